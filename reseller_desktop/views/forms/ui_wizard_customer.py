# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_customer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CustomerPage(object):
    def setupUi(self, CustomerPage):
        if not CustomerPage.objectName():
            CustomerPage.setObjectName(u"CustomerPage")
        CustomerPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(CustomerPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(CustomerPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columns = QHBoxLayout(self.scrollContents)
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.companyGroup = QGroupBox(self.scrollContents)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyForm = QFormLayout(self.companyGroup)
        self.companyForm.setObjectName(u"companyForm")
        self.companyForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.companyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.companyForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.companyNameLabel = QLabel(self.companyGroup)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyName = QLineEdit(self.companyGroup)
        self.companyName.setObjectName(u"companyName")
        self.companyName.setClearButtonEnabled(True)

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyName)

        self.companyNameError = QLabel(self.companyGroup)
        self.companyNameError.setObjectName(u"companyNameError")
        self.companyNameError.setText(u"")
        self.companyNameError.setWordWrap(True)
        self.companyNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyNameError)

        self.domainPrefixLabel = QLabel(self.companyGroup)
        self.domainPrefixLabel.setObjectName(u"domainPrefixLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.domainPrefixLabel)

        self.domainRow = QHBoxLayout()
        self.domainRow.setSpacing(4)
        self.domainRow.setObjectName(u"domainRow")
        self.domainPrefix = QLineEdit(self.companyGroup)
        self.domainPrefix.setObjectName(u"domainPrefix")

        self.domainRow.addWidget(self.domainPrefix)

        self.domainSuffix = QLabel(self.companyGroup)
        self.domainSuffix.setObjectName(u"domainSuffix")
        self.domainSuffix.setText(u".onmicrosoft.com")

        self.domainRow.addWidget(self.domainSuffix)

        self.domainStatus = QLabel(self.companyGroup)
        self.domainStatus.setObjectName(u"domainStatus")
        self.domainStatus.setText(u"")
        self.domainStatus.setMinimumSize(QSize(90, 0))

        self.domainRow.addWidget(self.domainStatus)

        self.domainRow.setStretch(0, 1)

        self.companyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.domainRow)

        self.domainPrefixError = QLabel(self.companyGroup)
        self.domainPrefixError.setObjectName(u"domainPrefixError")
        self.domainPrefixError.setText(u"")
        self.domainPrefixError.setWordWrap(True)
        self.domainPrefixError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.domainPrefixError)

        self.countryLabel = QLabel(self.companyGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.companyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(self.companyGroup)
        self.country.setObjectName(u"country")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.companyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)

        self.countryError = QLabel(self.companyGroup)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setText(u"")
        self.countryError.setWordWrap(True)
        self.countryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countryError)

        self.cultureLabel = QLabel(self.companyGroup)
        self.cultureLabel.setObjectName(u"cultureLabel")

        self.companyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cultureLabel)

        self.culture = QComboBox(self.companyGroup)
        self.culture.setObjectName(u"culture")

        self.companyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.culture)

        self.cultureError = QLabel(self.companyGroup)
        self.cultureError.setObjectName(u"cultureError")
        self.cultureError.setText(u"")
        self.cultureError.setWordWrap(True)
        self.cultureError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cultureError)

        self.registrationNumberLabel = QLabel(self.companyGroup)
        self.registrationNumberLabel.setObjectName(u"registrationNumberLabel")

        self.companyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.registrationNumberLabel)

        self.registrationNumber = QLineEdit(self.companyGroup)
        self.registrationNumber.setObjectName(u"registrationNumber")
        self.registrationNumber.setClearButtonEnabled(True)

        self.companyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.registrationNumber)

        self.registrationNumberError = QLabel(self.companyGroup)
        self.registrationNumberError.setObjectName(u"registrationNumberError")
        self.registrationNumberError.setText(u"")
        self.registrationNumberError.setWordWrap(True)
        self.registrationNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.registrationNumberError)


        self.leftColumn.addWidget(self.companyGroup)

        self.addressGroup = QGroupBox(self.scrollContents)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.addressLine1Label = QLabel(self.addressGroup)
        self.addressLine1Label.setObjectName(u"addressLine1Label")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLine1Label)

        self.addressLine1 = QLineEdit(self.addressGroup)
        self.addressLine1.setObjectName(u"addressLine1")
        self.addressLine1.setClearButtonEnabled(True)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressLine1)

        self.addressLine1Error = QLabel(self.addressGroup)
        self.addressLine1Error.setObjectName(u"addressLine1Error")
        self.addressLine1Error.setText(u"")
        self.addressLine1Error.setWordWrap(True)
        self.addressLine1Error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressLine1Error)

        self.addressLine2Label = QLabel(self.addressGroup)
        self.addressLine2Label.setObjectName(u"addressLine2Label")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLine2Label)

        self.addressLine2 = QLineEdit(self.addressGroup)
        self.addressLine2.setObjectName(u"addressLine2")
        self.addressLine2.setClearButtonEnabled(True)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressLine2)

        self.addressLine2Error = QLabel(self.addressGroup)
        self.addressLine2Error.setObjectName(u"addressLine2Error")
        self.addressLine2Error.setText(u"")
        self.addressLine2Error.setWordWrap(True)
        self.addressLine2Error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressLine2Error)

        self.cityLabel = QLabel(self.addressGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(self.addressGroup)
        self.city.setObjectName(u"city")
        self.city.setClearButtonEnabled(True)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city)

        self.cityError = QLabel(self.addressGroup)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setText(u"")
        self.cityError.setWordWrap(True)
        self.cityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cityError)

        self.stateLabel = QLabel(self.addressGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateRow = QHBoxLayout()
        self.stateRow.setSpacing(0)
        self.stateRow.setObjectName(u"stateRow")
        self.stateEdit = QLineEdit(self.addressGroup)
        self.stateEdit.setObjectName(u"stateEdit")
        self.stateEdit.setClearButtonEnabled(True)

        self.stateRow.addWidget(self.stateEdit)

        self.stateCombo = QComboBox(self.addressGroup)
        self.stateCombo.setObjectName(u"stateCombo")

        self.stateRow.addWidget(self.stateCombo)


        self.addressForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.stateRow)

        self.stateError = QLabel(self.addressGroup)
        self.stateError.setObjectName(u"stateError")
        self.stateError.setText(u"")
        self.stateError.setWordWrap(True)
        self.stateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stateError)

        self.postalCodeLabel = QLabel(self.addressGroup)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.addressForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCode = QLineEdit(self.addressGroup)
        self.postalCode.setObjectName(u"postalCode")
        self.postalCode.setClearButtonEnabled(True)

        self.addressForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postalCode)

        self.postalCodeError = QLabel(self.addressGroup)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setText(u"")
        self.postalCodeError.setWordWrap(True)
        self.postalCodeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.postalCodeError)


        self.leftColumn.addWidget(self.addressGroup)

        self.contactGroup = QGroupBox(self.scrollContents)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.firstNameLabel = QLabel(self.contactGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(self.contactGroup)
        self.firstName.setObjectName(u"firstName")
        self.firstName.setClearButtonEnabled(True)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstName)

        self.firstNameError = QLabel(self.contactGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setText(u"")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.contactGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastName = QLineEdit(self.contactGroup)
        self.lastName.setObjectName(u"lastName")
        self.lastName.setClearButtonEnabled(True)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastName)

        self.lastNameError = QLabel(self.contactGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setText(u"")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.contactGroup)
        self.email.setObjectName(u"email")
        self.email.setClearButtonEnabled(True)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.contactGroup)
        self.phone.setObjectName(u"phone")
        self.phone.setClearButtonEnabled(True)

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)


        self.leftColumn.addWidget(self.contactGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.agreementGroup = QGroupBox(self.scrollContents)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementForm = QFormLayout(self.agreementGroup)
        self.agreementForm.setObjectName(u"agreementForm")
        self.agreementForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.agreementForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agreementForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.agreementExplanation = QLabel(self.agreementGroup)
        self.agreementExplanation.setObjectName(u"agreementExplanation")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agreementExplanation.sizePolicy().hasHeightForWidth())
        self.agreementExplanation.setSizePolicy(sizePolicy)
        self.agreementExplanation.setWordWrap(True)

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.agreementExplanation)

        self.signerSameLabel = QLabel(self.agreementGroup)
        self.signerSameLabel.setObjectName(u"signerSameLabel")

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerSameLabel)

        self.signerSameAsContact = QCheckBox(self.agreementGroup)
        self.signerSameAsContact.setObjectName(u"signerSameAsContact")
        self.signerSameAsContact.setChecked(True)

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerSameAsContact)

        self.signerFirstNameLabel = QLabel(self.agreementGroup)
        self.signerFirstNameLabel.setObjectName(u"signerFirstNameLabel")

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerFirstNameLabel)

        self.signerFirstName = QLineEdit(self.agreementGroup)
        self.signerFirstName.setObjectName(u"signerFirstName")
        self.signerFirstName.setClearButtonEnabled(True)

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerFirstName)

        self.signerFirstNameError = QLabel(self.agreementGroup)
        self.signerFirstNameError.setObjectName(u"signerFirstNameError")
        self.signerFirstNameError.setText(u"")
        self.signerFirstNameError.setWordWrap(True)
        self.signerFirstNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agreementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerFirstNameError)

        self.signerLastNameLabel = QLabel(self.agreementGroup)
        self.signerLastNameLabel.setObjectName(u"signerLastNameLabel")

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signerLastNameLabel)

        self.signerLastName = QLineEdit(self.agreementGroup)
        self.signerLastName.setObjectName(u"signerLastName")
        self.signerLastName.setClearButtonEnabled(True)

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signerLastName)

        self.signerLastNameError = QLabel(self.agreementGroup)
        self.signerLastNameError.setObjectName(u"signerLastNameError")
        self.signerLastNameError.setText(u"")
        self.signerLastNameError.setWordWrap(True)
        self.signerLastNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agreementForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signerLastNameError)

        self.signerEmailLabel = QLabel(self.agreementGroup)
        self.signerEmailLabel.setObjectName(u"signerEmailLabel")

        self.agreementForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signerEmailLabel)

        self.signerEmail = QLineEdit(self.agreementGroup)
        self.signerEmail.setObjectName(u"signerEmail")
        self.signerEmail.setClearButtonEnabled(True)

        self.agreementForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signerEmail)

        self.signerEmailError = QLabel(self.agreementGroup)
        self.signerEmailError.setObjectName(u"signerEmailError")
        self.signerEmailError.setText(u"")
        self.signerEmailError.setWordWrap(True)
        self.signerEmailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agreementForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signerEmailError)

        self.signerPhoneLabel = QLabel(self.agreementGroup)
        self.signerPhoneLabel.setObjectName(u"signerPhoneLabel")

        self.agreementForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signerPhoneLabel)

        self.signerPhone = QLineEdit(self.agreementGroup)
        self.signerPhone.setObjectName(u"signerPhone")
        self.signerPhone.setClearButtonEnabled(True)

        self.agreementForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signerPhone)

        self.signerPhoneError = QLabel(self.agreementGroup)
        self.signerPhoneError.setObjectName(u"signerPhoneError")
        self.signerPhoneError.setText(u"")
        self.signerPhoneError.setWordWrap(True)
        self.signerPhoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agreementForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signerPhoneError)


        self.rightColumn.addWidget(self.agreementGroup)

        self.partnerGroup = QGroupBox(self.scrollContents)
        self.partnerGroup.setObjectName(u"partnerGroup")
        self.partnerForm = QFormLayout(self.partnerGroup)
        self.partnerForm.setObjectName(u"partnerForm")
        self.partnerForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.partnerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.partnerForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.resellerLabel = QLabel(self.partnerGroup)
        self.resellerLabel.setObjectName(u"resellerLabel")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resellerLabel)

        self.reseller = QComboBox(self.partnerGroup)
        self.reseller.setObjectName(u"reseller")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reseller)

        self.resellerError = QLabel(self.partnerGroup)
        self.resellerError.setObjectName(u"resellerError")
        self.resellerError.setText(u"")
        self.resellerError.setWordWrap(True)
        self.resellerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resellerError)

        self.gdapLabel = QLabel(self.partnerGroup)
        self.gdapLabel.setObjectName(u"gdapLabel")

        self.partnerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gdapLabel)

        self.gdapDefault = QCheckBox(self.partnerGroup)
        self.gdapDefault.setObjectName(u"gdapDefault")
        self.gdapDefault.setChecked(True)

        self.partnerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gdapDefault)

        self.gdapExplanation = QLabel(self.partnerGroup)
        self.gdapExplanation.setObjectName(u"gdapExplanation")
        sizePolicy.setHeightForWidth(self.gdapExplanation.sizePolicy().hasHeightForWidth())
        self.gdapExplanation.setSizePolicy(sizePolicy)
        self.gdapExplanation.setWordWrap(True)

        self.partnerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gdapExplanation)

        self.adminRelationship = QCheckBox(self.partnerGroup)
        self.adminRelationship.setObjectName(u"adminRelationship")

        self.partnerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminRelationship)

        self.adminTemplateLabel = QLabel(self.partnerGroup)
        self.adminTemplateLabel.setObjectName(u"adminTemplateLabel")

        self.partnerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adminTemplateLabel)

        self.adminTemplate = QComboBox(self.partnerGroup)
        self.adminTemplate.setObjectName(u"adminTemplate")

        self.partnerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adminTemplate)

        self.adminRoles = QLabel(self.partnerGroup)
        self.adminRoles.setObjectName(u"adminRoles")
        self.adminRoles.setText(u"")
        self.adminRoles.setWordWrap(True)

        self.partnerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.adminRoles)

        self.includePrivilegedAuth = QCheckBox(self.partnerGroup)
        self.includePrivilegedAuth.setObjectName(u"includePrivilegedAuth")
        self.includePrivilegedAuth.setChecked(True)

        self.partnerForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.includePrivilegedAuth)


        self.rightColumn.addWidget(self.partnerGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 21)
        self.columns.setStretch(1, 19)
        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.summaryLabel = QLabel(CustomerPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyName)
        self.domainPrefixLabel.setBuddy(self.domainPrefix)
        self.countryLabel.setBuddy(self.country)
        self.cultureLabel.setBuddy(self.culture)
        self.registrationNumberLabel.setBuddy(self.registrationNumber)
        self.addressLine1Label.setBuddy(self.addressLine1)
        self.addressLine2Label.setBuddy(self.addressLine2)
        self.cityLabel.setBuddy(self.city)
        self.stateLabel.setBuddy(self.stateEdit)
        self.postalCodeLabel.setBuddy(self.postalCode)
        self.firstNameLabel.setBuddy(self.firstName)
        self.lastNameLabel.setBuddy(self.lastName)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.signerFirstNameLabel.setBuddy(self.signerFirstName)
        self.signerLastNameLabel.setBuddy(self.signerLastName)
        self.signerEmailLabel.setBuddy(self.signerEmail)
        self.signerPhoneLabel.setBuddy(self.signerPhone)
        self.resellerLabel.setBuddy(self.reseller)
        self.adminTemplateLabel.setBuddy(self.adminTemplate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.companyName, self.domainPrefix)
        QWidget.setTabOrder(self.domainPrefix, self.country)
        QWidget.setTabOrder(self.country, self.culture)
        QWidget.setTabOrder(self.culture, self.registrationNumber)
        QWidget.setTabOrder(self.registrationNumber, self.addressLine1)
        QWidget.setTabOrder(self.addressLine1, self.addressLine2)
        QWidget.setTabOrder(self.addressLine2, self.city)
        QWidget.setTabOrder(self.city, self.stateEdit)
        QWidget.setTabOrder(self.stateEdit, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.postalCode)
        QWidget.setTabOrder(self.postalCode, self.firstName)
        QWidget.setTabOrder(self.firstName, self.lastName)
        QWidget.setTabOrder(self.lastName, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.signerSameAsContact)
        QWidget.setTabOrder(self.signerSameAsContact, self.signerFirstName)
        QWidget.setTabOrder(self.signerFirstName, self.signerLastName)
        QWidget.setTabOrder(self.signerLastName, self.signerEmail)
        QWidget.setTabOrder(self.signerEmail, self.signerPhone)
        QWidget.setTabOrder(self.signerPhone, self.reseller)
        QWidget.setTabOrder(self.reseller, self.gdapDefault)
        QWidget.setTabOrder(self.gdapDefault, self.adminRelationship)
        QWidget.setTabOrder(self.adminRelationship, self.adminTemplate)
        QWidget.setTabOrder(self.adminTemplate, self.includePrivilegedAuth)

        self.retranslateUi(CustomerPage)

        QMetaObject.connectSlotsByName(CustomerPage)
    # setupUi

    def retranslateUi(self, CustomerPage):
        CustomerPage.setTitle(QCoreApplication.translate("CustomerPage", u"Customer information", None))
        CustomerPage.setSubTitle(QCoreApplication.translate("CustomerPage", u"Fields marked with a red asterisk (*) are required.", None))
        self.companyGroup.setTitle(QCoreApplication.translate("CustomerPage", u"Company", None))
        self.companyNameLabel.setText(QCoreApplication.translate("CustomerPage", u"&Company name", None))
        self.domainPrefixLabel.setText(QCoreApplication.translate("CustomerPage", u"&Domain prefix", None))
        self.domainPrefix.setPlaceholderText(QCoreApplication.translate("CustomerPage", u"contoso", None))
        self.countryLabel.setText(QCoreApplication.translate("CustomerPage", u"C&ountry/region", None))
        self.cultureLabel.setText(QCoreApplication.translate("CustomerPage", u"Lan&guage", None))
        self.registrationNumberLabel.setText(QCoreApplication.translate("CustomerPage", u"Registration n&umber", None))
        self.addressGroup.setTitle(QCoreApplication.translate("CustomerPage", u"Address", None))
        self.addressLine1Label.setText(QCoreApplication.translate("CustomerPage", u"Address line &1", None))
        self.addressLine2Label.setText(QCoreApplication.translate("CustomerPage", u"Address line &2", None))
        self.cityLabel.setText(QCoreApplication.translate("CustomerPage", u"Cit&y", None))
        self.stateLabel.setText(QCoreApplication.translate("CustomerPage", u"&State/province", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("CustomerPage", u"&Postal code", None))
        self.contactGroup.setTitle(QCoreApplication.translate("CustomerPage", u"Primary contact", None))
        self.firstNameLabel.setText(QCoreApplication.translate("CustomerPage", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("CustomerPage", u"&Last name", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomerPage", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("CustomerPage", u"name@contoso.com", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerPage", u"P&hone", None))
        self.agreementGroup.setTitle(QCoreApplication.translate("CustomerPage", u"Microsoft Customer Agreement", None))
        self.agreementExplanation.setText(QCoreApplication.translate("CustomerPage", u"Since 5 January 2026 the customer accepts the agreement themselves. After creation you get an acceptance link to send to the person below (they can also accept in their Microsoft 365 admin center); the first order waits until they accept.", None))
        self.signerSameLabel.setText(QCoreApplication.translate("CustomerPage", u"Accepted by", None))
        self.signerSameAsContact.setText(QCoreApplication.translate("CustomerPage", u"Same as pr&imary contact", None))
        self.signerFirstNameLabel.setText(QCoreApplication.translate("CustomerPage", u"First name", None))
        self.signerLastNameLabel.setText(QCoreApplication.translate("CustomerPage", u"Last name", None))
        self.signerEmailLabel.setText(QCoreApplication.translate("CustomerPage", u"E-mail", None))
        self.signerPhoneLabel.setText(QCoreApplication.translate("CustomerPage", u"Phone", None))
        self.partnerGroup.setTitle(QCoreApplication.translate("CustomerPage", u"Partner relationship", None))
        self.resellerLabel.setText(QCoreApplication.translate("CustomerPage", u"&Reseller", None))
        self.gdapLabel.setText(QCoreApplication.translate("CustomerPage", u"GDAP", None))
        self.gdapDefault.setText(QCoreApplication.translate("CustomerPage", u"Default GD&AP relationship", None))
        self.gdapExplanation.setText(QCoreApplication.translate("CustomerPage", u"Partner Center gives you delegated admin rights with common support roles as soon as the customer is created.", None))
        self.adminRelationship.setText(QCoreApplication.translate("CustomerPage", u"Re&quest an admin relationship", None))
        self.adminTemplateLabel.setText(QCoreApplication.translate("CustomerPage", u"Role &template", None))
        self.includePrivilegedAuth.setText(QCoreApplication.translate("CustomerPage", u"Include Pri&vileged Authentication Administrator", None))
    # retranslateUi

