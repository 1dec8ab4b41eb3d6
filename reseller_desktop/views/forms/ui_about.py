# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QTableWidget, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.nameLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.lgplLabel = QLabel(AboutDialog)
        self.lgplLabel.setObjectName(u"lgplLabel")
        self.lgplLabel.setWordWrap(True)
        self.lgplLabel.setOpenExternalLinks(True)
        self.lgplLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.mainLayout.addWidget(self.lgplLabel)

        self.librariesLabel = QLabel(AboutDialog)
        self.librariesLabel.setObjectName(u"librariesLabel")

        self.mainLayout.addWidget(self.librariesLabel)

        self.librariesTable = QTableWidget(AboutDialog)
        self.librariesTable.setObjectName(u"librariesTable")
        self.librariesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.librariesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.librariesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.librariesTable.setShowGrid(False)
        self.librariesTable.setWordWrap(False)
        self.librariesTable.horizontalHeader().setStretchLastSection(True)
        self.librariesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.librariesTable)

        self.licenceTextLabel = QLabel(AboutDialog)
        self.licenceTextLabel.setObjectName(u"licenceTextLabel")

        self.mainLayout.addWidget(self.licenceTextLabel)

        self.licenceText = QPlainTextEdit(AboutDialog)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)
        self.licenceText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.mainLayout.addWidget(self.licenceText)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.librariesLabel.setBuddy(self.librariesTable)
        self.licenceTextLabel.setBuddy(self.licenceText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Reseller Desktop", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Office 365 customer onboarding for Microsoft cloud reseller partners.", None))
        self.librariesLabel.setText(QCoreApplication.translate("AboutDialog", u"&Libraries and their licences:", None))
        self.licenceTextLabel.setText(QCoreApplication.translate("AboutDialog", u"Licence &text of the selected library:", None))
    # retranslateUi

