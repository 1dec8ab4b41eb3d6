# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_confirmation.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConfirmationPage(object):
    def setupUi(self, ConfirmationPage):
        if not ConfirmationPage.objectName():
            ConfirmationPage.setObjectName(u"ConfirmationPage")
        ConfirmationPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(ConfirmationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.passwordWarning = QLabel(ConfirmationPage)
        self.passwordWarning.setObjectName(u"passwordWarning")
        self.passwordWarning.setWordWrap(True)

        self.pageLayout.addWidget(self.passwordWarning)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.companyLabel = QLabel(ConfirmationPage)
        self.companyLabel.setObjectName(u"companyLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyValue = QLabel(ConfirmationPage)
        self.companyValue.setObjectName(u"companyValue")
        self.companyValue.setText(u"")
        self.companyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyValue)

        self.customerIdLabel = QLabel(ConfirmationPage)
        self.customerIdLabel.setObjectName(u"customerIdLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customerIdLabel)

        self.customerIdValue = QLabel(ConfirmationPage)
        self.customerIdValue.setObjectName(u"customerIdValue")
        self.customerIdValue.setText(u"")
        self.customerIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customerIdValue)

        self.domainLabel = QLabel(ConfirmationPage)
        self.domainLabel.setObjectName(u"domainLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainValue = QLabel(ConfirmationPage)
        self.domainValue.setObjectName(u"domainValue")
        self.domainValue.setText(u"")
        self.domainValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.domainValue)

        self.adminUserLabel = QLabel(ConfirmationPage)
        self.adminUserLabel.setObjectName(u"adminUserLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminUserLabel)

        self.adminUserValue = QLabel(ConfirmationPage)
        self.adminUserValue.setObjectName(u"adminUserValue")
        self.adminUserValue.setText(u"")
        self.adminUserValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminUserValue)

        self.passwordLabel = QLabel(ConfirmationPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setSpacing(12)
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordValue = QLabel(ConfirmationPage)
        self.passwordValue.setObjectName(u"passwordValue")
        self.passwordValue.setText(u"")
        self.passwordValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passwordRow.addWidget(self.passwordValue)

        self.copyPasswordButton = QPushButton(ConfirmationPage)
        self.copyPasswordButton.setObjectName(u"copyPasswordButton")
        self.copyPasswordButton.setAutoDefault(False)

        self.passwordRow.addWidget(self.copyPasswordButton)

        self.passwordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordRow.addItem(self.passwordSpacer)


        self.detailsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.passwordRow)

        self.agreementLabel = QLabel(ConfirmationPage)
        self.agreementLabel.setObjectName(u"agreementLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreementLabel)

        self.agreementValue = QLabel(ConfirmationPage)
        self.agreementValue.setObjectName(u"agreementValue")
        self.agreementValue.setText(u"")
        self.agreementValue.setWordWrap(True)
        self.agreementValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreementValue)

        self.acceptanceLinkLabel = QLabel(ConfirmationPage)
        self.acceptanceLinkLabel.setObjectName(u"acceptanceLinkLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.acceptanceLinkLabel)

        self.acceptanceLinkRow = QHBoxLayout()
        self.acceptanceLinkRow.setSpacing(12)
        self.acceptanceLinkRow.setObjectName(u"acceptanceLinkRow")
        self.acceptanceLinkValue = QLabel(ConfirmationPage)
        self.acceptanceLinkValue.setObjectName(u"acceptanceLinkValue")
        self.acceptanceLinkValue.setText(u"")
        self.acceptanceLinkValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.acceptanceLinkRow.addWidget(self.acceptanceLinkValue)

        self.copyLinkButton = QPushButton(ConfirmationPage)
        self.copyLinkButton.setObjectName(u"copyLinkButton")
        self.copyLinkButton.setAutoDefault(False)

        self.acceptanceLinkRow.addWidget(self.copyLinkButton)

        self.acceptanceLinkRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acceptanceLinkRow.addItem(self.acceptanceLinkRowSpacer)


        self.detailsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.acceptanceLinkRow)

        self.resellerLabel = QLabel(ConfirmationPage)
        self.resellerLabel.setObjectName(u"resellerLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.resellerLabel)

        self.resellerValue = QLabel(ConfirmationPage)
        self.resellerValue.setObjectName(u"resellerValue")
        self.resellerValue.setText(u"")
        self.resellerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.resellerValue)

        self.gdapLabel = QLabel(ConfirmationPage)
        self.gdapLabel.setObjectName(u"gdapLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.gdapLabel)

        self.gdapValue = QLabel(ConfirmationPage)
        self.gdapValue.setObjectName(u"gdapValue")
        self.gdapValue.setText(u"")
        self.gdapValue.setWordWrap(True)
        self.gdapValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.gdapValue)

        self.approvalLinkLabel = QLabel(ConfirmationPage)
        self.approvalLinkLabel.setObjectName(u"approvalLinkLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.approvalLinkLabel)

        self.approvalLinkRow = QHBoxLayout()
        self.approvalLinkRow.setSpacing(12)
        self.approvalLinkRow.setObjectName(u"approvalLinkRow")
        self.approvalLinkValue = QLabel(ConfirmationPage)
        self.approvalLinkValue.setObjectName(u"approvalLinkValue")
        self.approvalLinkValue.setText(u"")
        self.approvalLinkValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approvalLinkRow.addWidget(self.approvalLinkValue)

        self.copyApprovalButton = QPushButton(ConfirmationPage)
        self.copyApprovalButton.setObjectName(u"copyApprovalButton")
        self.copyApprovalButton.setAutoDefault(False)

        self.approvalLinkRow.addWidget(self.copyApprovalButton)

        self.approvalLinkRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approvalLinkRow.addItem(self.approvalLinkRowSpacer)


        self.detailsForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.approvalLinkRow)

        self.subscriptionIdLabel = QLabel(ConfirmationPage)
        self.subscriptionIdLabel.setObjectName(u"subscriptionIdLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.subscriptionIdLabel)

        self.subscriptionIdValue = QLabel(ConfirmationPage)
        self.subscriptionIdValue.setObjectName(u"subscriptionIdValue")
        self.subscriptionIdValue.setText(u"")
        self.subscriptionIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.subscriptionIdValue)

        self.offerLabel = QLabel(ConfirmationPage)
        self.offerLabel.setObjectName(u"offerLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.offerLabel)

        self.offerValue = QLabel(ConfirmationPage)
        self.offerValue.setObjectName(u"offerValue")
        self.offerValue.setText(u"")
        self.offerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.offerValue)

        self.seatsLabel = QLabel(ConfirmationPage)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsValue = QLabel(ConfirmationPage)
        self.seatsValue.setObjectName(u"seatsValue")
        self.seatsValue.setText(u"")
        self.seatsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.seatsValue)

        self.orderIdLabel = QLabel(ConfirmationPage)
        self.orderIdLabel.setObjectName(u"orderIdLabel")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.orderIdLabel)

        self.orderIdValue = QLabel(ConfirmationPage)
        self.orderIdValue.setObjectName(u"orderIdValue")
        self.orderIdValue.setText(u"")
        self.orderIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.orderIdValue)

        self.createdLabel = QLabel(ConfirmationPage)
        self.createdLabel.setObjectName(u"createdLabel")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdValue = QLabel(ConfirmationPage)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setText(u"")
        self.createdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.createdValue)


        self.pageLayout.addLayout(self.detailsForm)

        self.copyRow = QHBoxLayout()
        self.copyRow.setSpacing(12)
        self.copyRow.setObjectName(u"copyRow")
        self.copyAllButton = QPushButton(ConfirmationPage)
        self.copyAllButton.setObjectName(u"copyAllButton")
        self.copyAllButton.setAutoDefault(False)

        self.copyRow.addWidget(self.copyAllButton)

        self.copyStatus = QLabel(ConfirmationPage)
        self.copyStatus.setObjectName(u"copyStatus")
        self.copyStatus.setText(u"")

        self.copyRow.addWidget(self.copyStatus)

        self.copySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copyRow.addItem(self.copySpacer)


        self.pageLayout.addLayout(self.copyRow)

        self.provisioningNote = QLabel(ConfirmationPage)
        self.provisioningNote.setObjectName(u"provisioningNote")
        self.provisioningNote.setWordWrap(True)

        self.pageLayout.addWidget(self.provisioningNote)

        self.confirmationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.confirmationSpacer)

        QWidget.setTabOrder(self.copyPasswordButton, self.copyAllButton)

        self.retranslateUi(ConfirmationPage)

        QMetaObject.connectSlotsByName(ConfirmationPage)
    # setupUi

    def retranslateUi(self, ConfirmationPage):
        ConfirmationPage.setTitle(QCoreApplication.translate("ConfirmationPage", u"Confirmation", None))
        ConfirmationPage.setSubTitle(QCoreApplication.translate("ConfirmationPage", u"The customer was created. Copy this information for your records.", None))
        self.passwordWarning.setText(QCoreApplication.translate("ConfirmationPage", u"The temporary password will not be shown again. Copy it now and keep it until the customer's administrator has signed in.", None))
        self.companyLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Company", None))
        self.customerIdLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Customer ID", None))
        self.domainLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Domain", None))
        self.adminUserLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Admin user name", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Temporary password", None))
        self.copyPasswordButton.setText(QCoreApplication.translate("ConfirmationPage", u"Copy pass&word", None))
        self.agreementLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Customer agreement", None))
        self.acceptanceLinkLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Acceptance link", None))
        self.copyLinkButton.setText(QCoreApplication.translate("ConfirmationPage", u"Copy &link", None))
        self.resellerLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Reseller", None))
        self.gdapLabel.setText(QCoreApplication.translate("ConfirmationPage", u"GDAP", None))
        self.approvalLinkLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Approval link", None))
        self.copyApprovalButton.setText(QCoreApplication.translate("ConfirmationPage", u"Copy appro&val link", None))
        self.subscriptionIdLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Subscription ID", None))
        self.offerLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Offer", None))
        self.seatsLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Seats", None))
        self.orderIdLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Order ID", None))
        self.createdLabel.setText(QCoreApplication.translate("ConfirmationPage", u"Created", None))
        self.copyAllButton.setText(QCoreApplication.translate("ConfirmationPage", u"&Copy all", None))
        self.provisioningNote.setText(QCoreApplication.translate("ConfirmationPage", u"The customer is in your customer list now, marked Pending. Microsoft 365 can take several minutes to finish setting it up.", None))
    # retranslateUi

