# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edit_customer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EditCustomerDialog(object):
    def setupUi(self, EditCustomerDialog):
        if not EditCustomerDialog.objectName():
            EditCustomerDialog.setObjectName(u"EditCustomerDialog")
        EditCustomerDialog.resize(860, 460)
        self.mainLayout = QVBoxLayout(EditCustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EditCustomerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.groups = QHBoxLayout()
        self.groups.setObjectName(u"groups")
        self.companyGroup = QGroupBox(EditCustomerDialog)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyGroupLayout = QVBoxLayout(self.companyGroup)
        self.companyGroupLayout.setObjectName(u"companyGroupLayout")
        self.companyForm = QFormLayout()
        self.companyForm.setObjectName(u"companyForm")
        self.companyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.companyNameLabel = QLabel(self.companyGroup)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyName = QLineEdit(self.companyGroup)
        self.companyName.setObjectName(u"companyName")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyName)

        self.companyNameError = QLabel(self.companyGroup)
        self.companyNameError.setObjectName(u"companyNameError")
        self.companyNameError.setWordWrap(True)

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyNameError)

        self.domainValueLabel = QLabel(self.companyGroup)
        self.domainValueLabel.setObjectName(u"domainValueLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.domainValueLabel)

        self.domainValue = QLabel(self.companyGroup)
        self.domainValue.setObjectName(u"domainValue")
        self.domainValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.domainValue)

        self.countryValueLabel = QLabel(self.companyGroup)
        self.countryValueLabel.setObjectName(u"countryValueLabel")

        self.companyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryValueLabel)

        self.countryValue = QLabel(self.companyGroup)
        self.countryValue.setObjectName(u"countryValue")
        self.countryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryValue)

        self.addressLine1Label = QLabel(self.companyGroup)
        self.addressLine1Label.setObjectName(u"addressLine1Label")

        self.companyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLine1Label)

        self.addressLine1 = QLineEdit(self.companyGroup)
        self.addressLine1.setObjectName(u"addressLine1")

        self.companyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressLine1)

        self.addressLine1Error = QLabel(self.companyGroup)
        self.addressLine1Error.setObjectName(u"addressLine1Error")
        self.addressLine1Error.setWordWrap(True)

        self.companyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressLine1Error)

        self.addressLine2Label = QLabel(self.companyGroup)
        self.addressLine2Label.setObjectName(u"addressLine2Label")

        self.companyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLine2Label)

        self.addressLine2 = QLineEdit(self.companyGroup)
        self.addressLine2.setObjectName(u"addressLine2")

        self.companyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressLine2)

        self.addressLine2Error = QLabel(self.companyGroup)
        self.addressLine2Error.setObjectName(u"addressLine2Error")
        self.addressLine2Error.setWordWrap(True)

        self.companyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressLine2Error)

        self.cityLabel = QLabel(self.companyGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.companyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(self.companyGroup)
        self.city.setObjectName(u"city")

        self.companyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.city)

        self.cityError = QLabel(self.companyGroup)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setWordWrap(True)

        self.companyForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cityError)

        self.stateLabel = QLabel(self.companyGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.companyForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateRow = QHBoxLayout()
        self.stateRow.setSpacing(0)
        self.stateRow.setObjectName(u"stateRow")
        self.stateCombo = QComboBox(self.companyGroup)
        self.stateCombo.setObjectName(u"stateCombo")

        self.stateRow.addWidget(self.stateCombo)

        self.stateEdit = QLineEdit(self.companyGroup)
        self.stateEdit.setObjectName(u"stateEdit")

        self.stateRow.addWidget(self.stateEdit)


        self.companyForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.stateRow)

        self.stateError = QLabel(self.companyGroup)
        self.stateError.setObjectName(u"stateError")
        self.stateError.setWordWrap(True)

        self.companyForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.stateError)

        self.postalCodeLabel = QLabel(self.companyGroup)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.companyForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCode = QLineEdit(self.companyGroup)
        self.postalCode.setObjectName(u"postalCode")

        self.companyForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.postalCode)

        self.postalCodeError = QLabel(self.companyGroup)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setWordWrap(True)

        self.companyForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.postalCodeError)


        self.companyGroupLayout.addLayout(self.companyForm)

        self.companySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.companyGroupLayout.addItem(self.companySpacer)


        self.groups.addWidget(self.companyGroup)

        self.contactGroup = QGroupBox(EditCustomerDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupLayout = QVBoxLayout(self.contactGroup)
        self.contactGroupLayout.setObjectName(u"contactGroupLayout")
        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstNameLabel = QLabel(self.contactGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(self.contactGroup)
        self.firstName.setObjectName(u"firstName")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstName)

        self.firstNameError = QLabel(self.contactGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setWordWrap(True)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.contactGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastName = QLineEdit(self.contactGroup)
        self.lastName.setObjectName(u"lastName")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastName)

        self.lastNameError = QLabel(self.contactGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setWordWrap(True)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.contactGroup)
        self.email.setObjectName(u"email")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.contactGroup)
        self.phone.setObjectName(u"phone")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)


        self.contactGroupLayout.addLayout(self.contactForm)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactGroupLayout.addItem(self.contactSpacer)


        self.groups.addWidget(self.contactGroup)

        self.groups.setStretch(0, 1)
        self.groups.setStretch(1, 1)

        self.mainLayout.addLayout(self.groups)

        self.fixedNote = QLabel(EditCustomerDialog)
        self.fixedNote.setObjectName(u"fixedNote")
        self.fixedNote.setWordWrap(True)

        self.mainLayout.addWidget(self.fixedNote)

        self.buttonBox = QDialogButtonBox(EditCustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyName)
        self.addressLine1Label.setBuddy(self.addressLine1)
        self.addressLine2Label.setBuddy(self.addressLine2)
        self.cityLabel.setBuddy(self.city)
        self.stateLabel.setBuddy(self.stateEdit)
        self.postalCodeLabel.setBuddy(self.postalCode)
        self.firstNameLabel.setBuddy(self.firstName)
        self.lastNameLabel.setBuddy(self.lastName)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.companyName, self.addressLine1)
        QWidget.setTabOrder(self.addressLine1, self.addressLine2)
        QWidget.setTabOrder(self.addressLine2, self.city)
        QWidget.setTabOrder(self.city, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.stateEdit)
        QWidget.setTabOrder(self.stateEdit, self.postalCode)
        QWidget.setTabOrder(self.postalCode, self.firstName)
        QWidget.setTabOrder(self.firstName, self.lastName)
        QWidget.setTabOrder(self.lastName, self.email)
        QWidget.setTabOrder(self.email, self.phone)

        self.retranslateUi(EditCustomerDialog)

        QMetaObject.connectSlotsByName(EditCustomerDialog)
    # setupUi

    def retranslateUi(self, EditCustomerDialog):
        EditCustomerDialog.setWindowTitle(QCoreApplication.translate("EditCustomerDialog", u"Edit customer details", None))
        self.companyGroup.setTitle(QCoreApplication.translate("EditCustomerDialog", u"Company", None))
        self.companyNameLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"Company &name:", None))
        self.domainValueLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"Domain:", None))
        self.countryValueLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"Country/region:", None))
        self.addressLine1Label.setText(QCoreApplication.translate("EditCustomerDialog", u"Address line &1:", None))
        self.addressLine2Label.setText(QCoreApplication.translate("EditCustomerDialog", u"Address line &2:", None))
        self.cityLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"Cit&y:", None))
        self.stateLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"S&tate/province:", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"P&ostal code:", None))
        self.contactGroup.setTitle(QCoreApplication.translate("EditCustomerDialog", u"Primary contact", None))
        self.firstNameLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"&First name:", None))
        self.lastNameLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"&Last name:", None))
        self.emailLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("EditCustomerDialog", u"&Phone:", None))
    # retranslateUi

