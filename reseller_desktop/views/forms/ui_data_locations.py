# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_locations.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_DataLocationsDialog(object):
    def setupUi(self, DataLocationsDialog):
        if not DataLocationsDialog.objectName():
            DataLocationsDialog.setObjectName(u"DataLocationsDialog")
        DataLocationsDialog.resize(720, 360)
        self.mainLayout = QVBoxLayout(DataLocationsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DataLocationsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.dataDirLabel = QLabel(DataLocationsDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLabel(DataLocationsDialog)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setWordWrap(True)
        self.dataDirValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataDirValue)

        self.databaseLabel = QLabel(DataLocationsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(DataLocationsDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.draftsLabel = QLabel(DataLocationsDialog)
        self.draftsLabel.setObjectName(u"draftsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.draftsLabel)

        self.draftsValue = QLabel(DataLocationsDialog)
        self.draftsValue.setObjectName(u"draftsValue")
        self.draftsValue.setWordWrap(True)
        self.draftsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.draftsValue)

        self.logFileLabel = QLabel(DataLocationsDialog)
        self.logFileLabel.setObjectName(u"logFileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logFileLabel)

        self.logFileValue = QLabel(DataLocationsDialog)
        self.logFileValue.setObjectName(u"logFileValue")
        self.logFileValue.setWordWrap(True)
        self.logFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logFileValue)

        self.configDirLabel = QLabel(DataLocationsDialog)
        self.configDirLabel.setObjectName(u"configDirLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.configDirLabel)

        self.configDirValue = QLabel(DataLocationsDialog)
        self.configDirValue.setObjectName(u"configDirValue")
        self.configDirValue.setWordWrap(True)
        self.configDirValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.configDirValue)

        self.catalogLabel = QLabel(DataLocationsDialog)
        self.catalogLabel.setObjectName(u"catalogLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.catalogLabel)

        self.catalogValue = QLabel(DataLocationsDialog)
        self.catalogValue.setObjectName(u"catalogValue")
        self.catalogValue.setWordWrap(True)
        self.catalogValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.catalogValue)

        self.settingsLabel = QLabel(DataLocationsDialog)
        self.settingsLabel.setObjectName(u"settingsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.settingsLabel)

        self.settingsValue = QLabel(DataLocationsDialog)
        self.settingsValue.setObjectName(u"settingsValue")
        self.settingsValue.setWordWrap(True)
        self.settingsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.settingsValue)


        self.mainLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(DataLocationsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DataLocationsDialog)

        QMetaObject.connectSlotsByName(DataLocationsDialog)
    # setupUi

    def retranslateUi(self, DataLocationsDialog):
        DataLocationsDialog.setWindowTitle(QCoreApplication.translate("DataLocationsDialog", u"Where data lives", None))
        self.introLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Where Reseller Desktop keeps what it writes on this computer. Back up the data folder; the log file helps when something goes wrong.", None))
        self.dataDirLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Data folder:", None))
        self.databaseLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Customer database:", None))
        self.draftsLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Unfinished customers (drafts):", None))
        self.logFileLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Log file:", None))
        self.configDirLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Configuration folder:", None))
        self.catalogLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Offer catalog:", None))
        self.settingsLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"Preferences file:", None))
    # retranslateUi

