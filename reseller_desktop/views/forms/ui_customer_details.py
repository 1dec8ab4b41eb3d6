# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_details.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_CustomerDetailsDialog(object):
    def setupUi(self, CustomerDetailsDialog):
        if not CustomerDetailsDialog.objectName():
            CustomerDetailsDialog.setObjectName(u"CustomerDetailsDialog")
        CustomerDetailsDialog.resize(820, 540)
        self.mainLayout = QVBoxLayout(CustomerDetailsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.statusIcon = QLabel(CustomerDetailsDialog)
        self.statusIcon.setObjectName(u"statusIcon")

        self.headerLayout.addWidget(self.statusIcon)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.companyLabel = QLabel(CustomerDetailsDialog)
        self.companyLabel.setObjectName(u"companyLabel")
        self.companyLabel.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.titleLayout.addWidget(self.companyLabel)

        self.statusLine = QLabel(CustomerDetailsDialog)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)

        self.titleLayout.addWidget(self.statusLine)


        self.headerLayout.addLayout(self.titleLayout)

        self.retryButton = QPushButton(CustomerDetailsDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.headerLayout.addWidget(self.retryButton)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(CustomerDetailsDialog)
        self.tabs.setObjectName(u"tabs")
        self.informationTab = QWidget()
        self.informationTab.setObjectName(u"informationTab")
        self.informationLayout = QVBoxLayout(self.informationTab)
        self.informationLayout.setObjectName(u"informationLayout")
        self.informationGrid = QGridLayout()
        self.informationGrid.setObjectName(u"informationGrid")
        self.companyGroup = QGroupBox(self.informationTab)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyGroupForm = QFormLayout(self.companyGroup)
        self.companyGroupForm.setObjectName(u"companyGroupForm")
        self.companyGroupForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.companyGroupForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.domainLabel = QLabel(self.companyGroup)
        self.domainLabel.setObjectName(u"domainLabel")

        self.companyGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainValue = QLabel(self.companyGroup)
        self.domainValue.setObjectName(u"domainValue")
        self.domainValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.domainValue)

        self.adminLabel = QLabel(self.companyGroup)
        self.adminLabel.setObjectName(u"adminLabel")

        self.companyGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminLabel)

        self.adminValue = QLabel(self.companyGroup)
        self.adminValue.setObjectName(u"adminValue")
        self.adminValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminValue)

        self.countryLabel = QLabel(self.companyGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.companyGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryValue = QLabel(self.companyGroup)
        self.countryValue.setObjectName(u"countryValue")
        self.countryValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryValue)

        self.addressLabel = QLabel(self.companyGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.companyGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressValue = QLabel(self.companyGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.registrationLabel = QLabel(self.companyGroup)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.companyGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationValue = QLabel(self.companyGroup)
        self.registrationValue.setObjectName(u"registrationValue")
        self.registrationValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registrationValue)

        self.languageLabel = QLabel(self.companyGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.companyGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageValue = QLabel(self.companyGroup)
        self.languageValue.setObjectName(u"languageValue")
        self.languageValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.companyGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageValue)


        self.informationGrid.addWidget(self.companyGroup, 0, 0, 1, 1)

        self.contactGroup = QGroupBox(self.informationTab)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupForm = QFormLayout(self.contactGroup)
        self.contactGroupForm.setObjectName(u"contactGroupForm")
        self.contactGroupForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.contactGroupForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.contactLabel = QLabel(self.contactGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactValue = QLabel(self.contactGroup)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailValue = QLabel(self.contactGroup)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneValue = QLabel(self.contactGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.contactGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneValue)


        self.informationGrid.addWidget(self.contactGroup, 0, 1, 1, 1)

        self.recordGroup = QGroupBox(self.informationTab)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordGroupForm = QFormLayout(self.recordGroup)
        self.recordGroupForm.setObjectName(u"recordGroupForm")
        self.recordGroupForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.recordGroupForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.createdLabel = QLabel(self.recordGroup)
        self.createdLabel.setObjectName(u"createdLabel")

        self.recordGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdValue = QLabel(self.recordGroup)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.recordGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.createdValue)

        self.createdByLabel = QLabel(self.recordGroup)
        self.createdByLabel.setObjectName(u"createdByLabel")

        self.recordGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.createdByLabel)

        self.createdByValue = QLabel(self.recordGroup)
        self.createdByValue.setObjectName(u"createdByValue")
        self.createdByValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.recordGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.createdByValue)

        self.customerIdLabel = QLabel(self.recordGroup)
        self.customerIdLabel.setObjectName(u"customerIdLabel")

        self.recordGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customerIdLabel)

        self.customerIdValue = QLabel(self.recordGroup)
        self.customerIdValue.setObjectName(u"customerIdValue")
        self.customerIdValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.recordGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customerIdValue)


        self.informationGrid.addWidget(self.recordGroup, 1, 0, 1, 2)


        self.informationLayout.addLayout(self.informationGrid)

        self.informationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.informationLayout.addItem(self.informationSpacer)

        self.tabs.addTab(self.informationTab, "")
        self.subscriptionsTab = QWidget()
        self.subscriptionsTab.setObjectName(u"subscriptionsTab")
        self.subscriptionsLayout = QVBoxLayout(self.subscriptionsTab)
        self.subscriptionsLayout.setObjectName(u"subscriptionsLayout")
        self.subscriptionsTable = QTableWidget(self.subscriptionsTab)
        self.subscriptionsTable.setObjectName(u"subscriptionsTable")
        self.subscriptionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.subscriptionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.subscriptionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.subscriptionsTable.setShowGrid(False)
        self.subscriptionsTable.setWordWrap(False)
        self.subscriptionsTable.horizontalHeader().setStretchLastSection(True)
        self.subscriptionsTable.verticalHeader().setVisible(False)

        self.subscriptionsLayout.addWidget(self.subscriptionsTable)

        self.subscriptionButtons = QHBoxLayout()
        self.subscriptionButtons.setObjectName(u"subscriptionButtons")
        self.seatRuleLabel = QLabel(self.subscriptionsTab)
        self.seatRuleLabel.setObjectName(u"seatRuleLabel")
        self.seatRuleLabel.setWordWrap(True)

        self.subscriptionButtons.addWidget(self.seatRuleLabel)

        self.changeSeatsButton = QPushButton(self.subscriptionsTab)
        self.changeSeatsButton.setObjectName(u"changeSeatsButton")

        self.subscriptionButtons.addWidget(self.changeSeatsButton)

        self.addSubscriptionButton = QPushButton(self.subscriptionsTab)
        self.addSubscriptionButton.setObjectName(u"addSubscriptionButton")

        self.subscriptionButtons.addWidget(self.addSubscriptionButton)

        self.subscriptionButtons.setStretch(0, 1)

        self.subscriptionsLayout.addLayout(self.subscriptionButtons)

        self.tabs.addTab(self.subscriptionsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")
        self.partnerTab = QWidget()
        self.partnerTab.setObjectName(u"partnerTab")
        self.partnerLayout = QVBoxLayout(self.partnerTab)
        self.partnerLayout.setObjectName(u"partnerLayout")
        self.agreementGroup = QGroupBox(self.partnerTab)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementGroupForm = QFormLayout(self.agreementGroup)
        self.agreementGroupForm.setObjectName(u"agreementGroupForm")
        self.agreementGroupForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.agreementGroupForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.agreementLabel = QLabel(self.agreementGroup)
        self.agreementLabel.setObjectName(u"agreementLabel")

        self.agreementGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreementLabel)

        self.agreementValue = QLabel(self.agreementGroup)
        self.agreementValue.setObjectName(u"agreementValue")
        self.agreementValue.setWordWrap(False)
        self.agreementValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.agreementGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreementValue)

        self.acceptanceLinkLabel = QLabel(self.agreementGroup)
        self.acceptanceLinkLabel.setObjectName(u"acceptanceLinkLabel")

        self.agreementGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acceptanceLinkLabel)

        self.acceptanceLinkRow = QHBoxLayout()
        self.acceptanceLinkRow.setObjectName(u"acceptanceLinkRow")
        self.acceptanceLinkValue = QLabel(self.agreementGroup)
        self.acceptanceLinkValue.setObjectName(u"acceptanceLinkValue")
        self.acceptanceLinkValue.setWordWrap(False)
        self.acceptanceLinkValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.acceptanceLinkRow.addWidget(self.acceptanceLinkValue)

        self.copyLinkButton = QPushButton(self.agreementGroup)
        self.copyLinkButton.setObjectName(u"copyLinkButton")
        self.copyLinkButton.setAutoDefault(False)

        self.acceptanceLinkRow.addWidget(self.copyLinkButton)

        self.sendLinkButton = QPushButton(self.agreementGroup)
        self.sendLinkButton.setObjectName(u"sendLinkButton")
        self.sendLinkButton.setAutoDefault(False)

        self.acceptanceLinkRow.addWidget(self.sendLinkButton)

        self.acceptanceLinkRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acceptanceLinkRow.addItem(self.acceptanceLinkRowSpacer)


        self.agreementGroupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.acceptanceLinkRow)

        self.signerLabel = QLabel(self.agreementGroup)
        self.signerLabel.setObjectName(u"signerLabel")

        self.agreementGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerValue = QLabel(self.agreementGroup)
        self.signerValue.setObjectName(u"signerValue")
        self.signerValue.setWordWrap(False)
        self.signerValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.agreementGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerValue)

        self.resellerLabel = QLabel(self.agreementGroup)
        self.resellerLabel.setObjectName(u"resellerLabel")

        self.agreementGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resellerLabel)

        self.resellerValue = QLabel(self.agreementGroup)
        self.resellerValue.setObjectName(u"resellerValue")
        self.resellerValue.setWordWrap(False)
        self.resellerValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.agreementGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resellerValue)

        self.gdapLabel = QLabel(self.agreementGroup)
        self.gdapLabel.setObjectName(u"gdapLabel")

        self.agreementGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gdapLabel)

        self.gdapValue = QLabel(self.agreementGroup)
        self.gdapValue.setObjectName(u"gdapValue")
        self.gdapValue.setWordWrap(False)
        self.gdapValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.agreementGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gdapValue)

        self.approvalLinkLabel = QLabel(self.agreementGroup)
        self.approvalLinkLabel.setObjectName(u"approvalLinkLabel")

        self.agreementGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approvalLinkLabel)

        self.approvalLinkRow = QHBoxLayout()
        self.approvalLinkRow.setObjectName(u"approvalLinkRow")
        self.approvalLinkValue = QLabel(self.agreementGroup)
        self.approvalLinkValue.setObjectName(u"approvalLinkValue")
        self.approvalLinkValue.setWordWrap(False)
        self.approvalLinkValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.approvalLinkRow.addWidget(self.approvalLinkValue)

        self.copyApprovalButton = QPushButton(self.agreementGroup)
        self.copyApprovalButton.setObjectName(u"copyApprovalButton")
        self.copyApprovalButton.setAutoDefault(False)

        self.approvalLinkRow.addWidget(self.copyApprovalButton)

        self.approvalLinkRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approvalLinkRow.addItem(self.approvalLinkRowSpacer)


        self.agreementGroupForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.approvalLinkRow)


        self.partnerLayout.addWidget(self.agreementGroup)

        self.partnerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partnerLayout.addItem(self.partnerSpacer)

        self.tabs.addTab(self.partnerTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CustomerDetailsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.subscriptionsTable)
        QWidget.setTabOrder(self.subscriptionsTable, self.changeSeatsButton)
        QWidget.setTabOrder(self.changeSeatsButton, self.addSubscriptionButton)
        QWidget.setTabOrder(self.addSubscriptionButton, self.historyTable)

        self.retranslateUi(CustomerDetailsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomerDetailsDialog)
    # setupUi

    def retranslateUi(self, CustomerDetailsDialog):
        CustomerDetailsDialog.setWindowTitle(QCoreApplication.translate("CustomerDetailsDialog", u"Customer details", None))
        self.retryButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"&Retry provisioning", None))
        self.companyGroup.setTitle(QCoreApplication.translate("CustomerDetailsDialog", u"Company", None))
        self.domainLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Domain:", None))
        self.adminLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Admin user:", None))
        self.countryLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Country/region:", None))
        self.addressLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Address:", None))
        self.registrationLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Registration no.:", None))
        self.languageLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Language:", None))
        self.contactGroup.setTitle(QCoreApplication.translate("CustomerDetailsDialog", u"Primary contact", None))
        self.contactLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Name:", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Phone:", None))
        self.recordGroup.setTitle(QCoreApplication.translate("CustomerDetailsDialog", u"Record", None))
        self.createdLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Created:", None))
        self.createdByLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Created by:", None))
        self.customerIdLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Customer ID:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.informationTab), QCoreApplication.translate("CustomerDetailsDialog", u"&Information", None))
        self.changeSeatsButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Change s&eats\u2026", None))
        self.addSubscriptionButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"&Add subscription\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.subscriptionsTab), QCoreApplication.translate("CustomerDetailsDialog", u"&Subscriptions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("CustomerDetailsDialog", u"&History", None))
        self.agreementGroup.setTitle(QCoreApplication.translate("CustomerDetailsDialog", u"Agreement and partner relationship", None))
        self.agreementLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Status:", None))
        self.acceptanceLinkLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Acceptance link:", None))
        self.copyLinkButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Copy &link", None))
        self.sendLinkButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Send a &new link", None))
        self.signerLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Accepts:", None))
        self.resellerLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Reseller:", None))
        self.gdapLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"GDAP:", None))
        self.approvalLinkLabel.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Approval link:", None))
        self.copyApprovalButton.setText(QCoreApplication.translate("CustomerDetailsDialog", u"Copy appro&val link", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partnerTab), QCoreApplication.translate("CustomerDetailsDialog", u"Agreement and &GDAP", None))
    # retranslateUi

