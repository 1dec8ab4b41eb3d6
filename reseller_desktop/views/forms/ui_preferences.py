# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(560, 260)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.generalGroup = QGroupBox(PreferencesDialog)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.generalGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.clipboardLabel = QLabel(self.generalGroup)
        self.clipboardLabel.setObjectName(u"clipboardLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clipboardLabel)

        self.clipboardSpin = QSpinBox(self.generalGroup)
        self.clipboardSpin.setObjectName(u"clipboardSpin")
        self.clipboardSpin.setMinimum(10)
        self.clipboardSpin.setMaximum(3600)
        self.clipboardSpin.setValue(60)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clipboardSpin)


        self.mainLayout.addWidget(self.generalGroup)

        self.databaseGroup = QGroupBox(PreferencesDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.databaseLabel = QLabel(self.databaseGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.databaseGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setClearButtonEnabled(True)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.databaseError = QLabel(self.databaseGroup)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setStyleSheet(u"color: #c42b1c;")
        self.databaseError.setWordWrap(True)

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.databaseError)

        self.databaseHint = QLabel(self.databaseGroup)
        self.databaseHint.setObjectName(u"databaseHint")
        self.databaseHint.setStyleSheet(u"color: #605e5c;")
        self.databaseHint.setWordWrap(True)

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.databaseHint)


        self.mainLayout.addWidget(self.databaseGroup)

        self.restartNote = QLabel(PreferencesDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.mainLayout.addWidget(self.restartNote)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.clipboardLabel.setBuddy(self.clipboardSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.clipboardSpin)
        QWidget.setTabOrder(self.clipboardSpin, self.databaseEdit)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.generalGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"General", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.clipboardLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Clear &copied password after:", None))
        self.clipboardSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" s", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Database", None))
        self.databaseLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Shared &database:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"postgresql://user@server:5432/customers", None))
        self.databaseHint.setText(QCoreApplication.translate("PreferencesDialog", u"Leave empty to keep the customers in a file on this computer. Do not put a password in the address: it is read from your .pgpass file or the PGPASSWORD variable.", None))
        self.restartNote.setText(QCoreApplication.translate("PreferencesDialog", u"Language and database changes apply the next time the app starts.", None))
    # retranslateUi

