# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(560, 420)
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

        self.partnerCenterGroup = QGroupBox(PreferencesDialog)
        self.partnerCenterGroup.setObjectName(u"partnerCenterGroup")
        self.partnerCenterForm = QFormLayout(self.partnerCenterGroup)
        self.partnerCenterForm.setObjectName(u"partnerCenterForm")
        self.partnerCenterForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.backendLabel = QLabel(self.partnerCenterGroup)
        self.backendLabel.setObjectName(u"backendLabel")

        self.partnerCenterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backendLabel)

        self.backendCombo = QComboBox(self.partnerCenterGroup)
        self.backendCombo.setObjectName(u"backendCombo")

        self.partnerCenterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.backendCombo)

        self.baseUrlLabel = QLabel(self.partnerCenterGroup)
        self.baseUrlLabel.setObjectName(u"baseUrlLabel")

        self.partnerCenterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.baseUrlLabel)

        self.baseUrlEdit = QLineEdit(self.partnerCenterGroup)
        self.baseUrlEdit.setObjectName(u"baseUrlEdit")
        self.baseUrlEdit.setPlaceholderText(u"https://api.partnercenter.microsoft.com")

        self.partnerCenterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.baseUrlEdit)

        self.tenantIdLabel = QLabel(self.partnerCenterGroup)
        self.tenantIdLabel.setObjectName(u"tenantIdLabel")

        self.partnerCenterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tenantIdLabel)

        self.tenantIdEdit = QLineEdit(self.partnerCenterGroup)
        self.tenantIdEdit.setObjectName(u"tenantIdEdit")

        self.partnerCenterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tenantIdEdit)

        self.clientIdLabel = QLabel(self.partnerCenterGroup)
        self.clientIdLabel.setObjectName(u"clientIdLabel")

        self.partnerCenterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clientIdLabel)

        self.clientIdEdit = QLineEdit(self.partnerCenterGroup)
        self.clientIdEdit.setObjectName(u"clientIdEdit")

        self.partnerCenterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientIdEdit)

        self.accountLabel = QLabel(self.partnerCenterGroup)
        self.accountLabel.setObjectName(u"accountLabel")

        self.partnerCenterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountRow = QHBoxLayout()
        self.accountRow.setObjectName(u"accountRow")
        self.accountValue = QLabel(self.partnerCenterGroup)
        self.accountValue.setObjectName(u"accountValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.accountValue.sizePolicy().hasHeightForWidth())
        self.accountValue.setSizePolicy(sizePolicy)
        self.accountValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.accountRow.addWidget(self.accountValue)

        self.signInButton = QPushButton(self.partnerCenterGroup)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setAutoDefault(False)

        self.accountRow.addWidget(self.signInButton)

        self.signOutButton = QPushButton(self.partnerCenterGroup)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setAutoDefault(False)

        self.accountRow.addWidget(self.signOutButton)


        self.partnerCenterForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.accountRow)

        self.partnerCenterError = QLabel(self.partnerCenterGroup)
        self.partnerCenterError.setObjectName(u"partnerCenterError")
        self.partnerCenterError.setStyleSheet(u"color: #c42b1c;")
        self.partnerCenterError.setWordWrap(True)

        self.partnerCenterForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.partnerCenterError)

        self.partnerCenterHint = QLabel(self.partnerCenterGroup)
        self.partnerCenterHint.setObjectName(u"partnerCenterHint")
        self.partnerCenterHint.setStyleSheet(u"color: #605e5c;")
        self.partnerCenterHint.setWordWrap(True)

        self.partnerCenterForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.partnerCenterHint)


        self.mainLayout.addWidget(self.partnerCenterGroup)

        self.partnerGroup = QGroupBox(PreferencesDialog)
        self.partnerGroup.setObjectName(u"partnerGroup")
        self.partnerForm = QFormLayout(self.partnerGroup)
        self.partnerForm.setObjectName(u"partnerForm")
        self.partnerForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.partnerTypeLabel = QLabel(self.partnerGroup)
        self.partnerTypeLabel.setObjectName(u"partnerTypeLabel")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerTypeLabel)

        self.partnerTypeCombo = QComboBox(self.partnerGroup)
        self.partnerTypeCombo.setObjectName(u"partnerTypeCombo")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnerTypeCombo)

        self.partnerDomainsLabel = QLabel(self.partnerGroup)
        self.partnerDomainsLabel.setObjectName(u"partnerDomainsLabel")

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerDomainsLabel)

        self.partnerDomainsEdit = QLineEdit(self.partnerGroup)
        self.partnerDomainsEdit.setObjectName(u"partnerDomainsEdit")
        self.partnerDomainsEdit.setClearButtonEnabled(True)

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partnerDomainsEdit)

        self.gdapTemplatesLabel = QLabel(self.partnerGroup)
        self.gdapTemplatesLabel.setObjectName(u"gdapTemplatesLabel")

        self.partnerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gdapTemplatesLabel)

        self.gdapTemplatesRow = QHBoxLayout()
        self.gdapTemplatesRow.setObjectName(u"gdapTemplatesRow")
        self.gdapTemplatesValue = QLabel(self.partnerGroup)
        self.gdapTemplatesValue.setObjectName(u"gdapTemplatesValue")
        sizePolicy.setHeightForWidth(self.gdapTemplatesValue.sizePolicy().hasHeightForWidth())
        self.gdapTemplatesValue.setSizePolicy(sizePolicy)
        self.gdapTemplatesValue.setWordWrap(False)

        self.gdapTemplatesRow.addWidget(self.gdapTemplatesValue)

        self.editTemplatesButton = QPushButton(self.partnerGroup)
        self.editTemplatesButton.setObjectName(u"editTemplatesButton")
        self.editTemplatesButton.setAutoDefault(False)

        self.gdapTemplatesRow.addWidget(self.editTemplatesButton)


        self.partnerForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.gdapTemplatesRow)


        self.mainLayout.addWidget(self.partnerGroup)

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
        self.backendLabel.setBuddy(self.backendCombo)
        self.baseUrlLabel.setBuddy(self.baseUrlEdit)
        self.tenantIdLabel.setBuddy(self.tenantIdEdit)
        self.clientIdLabel.setBuddy(self.clientIdEdit)
        self.partnerTypeLabel.setBuddy(self.partnerTypeCombo)
        self.partnerDomainsLabel.setBuddy(self.partnerDomainsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.clipboardSpin)
        QWidget.setTabOrder(self.clipboardSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.backendCombo)
        QWidget.setTabOrder(self.backendCombo, self.baseUrlEdit)
        QWidget.setTabOrder(self.baseUrlEdit, self.tenantIdEdit)
        QWidget.setTabOrder(self.tenantIdEdit, self.clientIdEdit)
        QWidget.setTabOrder(self.clientIdEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.signOutButton)
        QWidget.setTabOrder(self.signOutButton, self.partnerTypeCombo)
        QWidget.setTabOrder(self.partnerTypeCombo, self.partnerDomainsEdit)
        QWidget.setTabOrder(self.partnerDomainsEdit, self.editTemplatesButton)

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
        self.partnerCenterGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Partner Center", None))
        self.backendLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Backend:", None))
        self.baseUrlLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Address:", None))
        self.tenantIdLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Tenant id:", None))
        self.tenantIdEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"Your partner tenant: contoso-partner.onmicrosoft.com or its id", None))
        self.clientIdLabel.setText(QCoreApplication.translate("PreferencesDialog", u"C&lient id:", None))
        self.clientIdEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"The application (client) id of your Entra app", None))
        self.accountLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Signed in as:", None))
        self.signInButton.setText(QCoreApplication.translate("PreferencesDialog", u"Sign &in", None))
        self.signOutButton.setText(QCoreApplication.translate("PreferencesDialog", u"Sign &out", None))
        self.partnerGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Your organisation", None))
        self.partnerTypeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Partner type:", None))
        self.partnerDomainsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Your organisation's do&mains:", None))
        self.partnerDomainsEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"contoso.com, contoso.fr", None))
        self.gdapTemplatesLabel.setText(QCoreApplication.translate("PreferencesDialog", u"GDAP role templates:", None))
        self.editTemplatesButton.setText(QCoreApplication.translate("PreferencesDialog", u"&Edit templates\u2026", None))
        self.restartNote.setText(QCoreApplication.translate("PreferencesDialog", u"Language, database and Partner Center backend changes apply the next time the app starts.", None))
    # retranslateUi

