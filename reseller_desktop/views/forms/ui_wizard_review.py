# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_review.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(ReviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.problemBanner = QLabel(ReviewPage)
        self.problemBanner.setObjectName(u"problemBanner")
        self.problemBanner.setText(u"")
        self.problemBanner.setWordWrap(True)
        self.problemBanner.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.problemBanner)

        self.scrollArea = QScrollArea(ReviewPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.reviewContents = QWidget()
        self.reviewContents.setObjectName(u"reviewContents")
        self.reviewContentsLayout = QVBoxLayout(self.reviewContents)
        self.reviewContentsLayout.setObjectName(u"reviewContentsLayout")
        self.customerHeader = QHBoxLayout()
        self.customerHeader.setSpacing(8)
        self.customerHeader.setObjectName(u"customerHeader")
        self.customerHeading = QLabel(self.reviewContents)
        self.customerHeading.setObjectName(u"customerHeading")

        self.customerHeader.addWidget(self.customerHeading)

        self.editCustomerButton = QPushButton(self.reviewContents)
        self.editCustomerButton.setObjectName(u"editCustomerButton")
        self.editCustomerButton.setFlat(True)
        self.editCustomerButton.setAutoDefault(False)

        self.customerHeader.addWidget(self.editCustomerButton)

        self.customerHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.customerHeader.addItem(self.customerHeaderSpacer)


        self.reviewContentsLayout.addLayout(self.customerHeader)

        self.customerColumns = QHBoxLayout()
        self.customerColumns.setObjectName(u"customerColumns")
        self.customerLeftForm = QFormLayout()
        self.customerLeftForm.setObjectName(u"customerLeftForm")

        self.customerColumns.addLayout(self.customerLeftForm)

        self.columnGap = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.customerColumns.addItem(self.columnGap)

        self.customerRightForm = QFormLayout()
        self.customerRightForm.setObjectName(u"customerRightForm")

        self.customerColumns.addLayout(self.customerRightForm)

        self.customerColumns.setStretch(0, 1)
        self.customerColumns.setStretch(2, 1)

        self.reviewContentsLayout.addLayout(self.customerColumns)

        self.groupGap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.reviewContentsLayout.addItem(self.groupGap)

        self.offerHeader = QHBoxLayout()
        self.offerHeader.setSpacing(8)
        self.offerHeader.setObjectName(u"offerHeader")
        self.offerHeading = QLabel(self.reviewContents)
        self.offerHeading.setObjectName(u"offerHeading")

        self.offerHeader.addWidget(self.offerHeading)

        self.editOfferButton = QPushButton(self.reviewContents)
        self.editOfferButton.setObjectName(u"editOfferButton")
        self.editOfferButton.setFlat(True)
        self.editOfferButton.setAutoDefault(False)

        self.offerHeader.addWidget(self.editOfferButton)

        self.offerHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offerHeader.addItem(self.offerHeaderSpacer)


        self.reviewContentsLayout.addLayout(self.offerHeader)

        self.offerForm = QFormLayout()
        self.offerForm.setObjectName(u"offerForm")

        self.reviewContentsLayout.addLayout(self.offerForm)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewContentsLayout.addItem(self.reviewSpacer)

        self.scrollArea.setWidget(self.reviewContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.submitNote = QLabel(ReviewPage)
        self.submitNote.setObjectName(u"submitNote")
        self.submitNote.setWordWrap(True)

        self.pageLayout.addWidget(self.submitNote)

        QWidget.setTabOrder(self.editCustomerButton, self.editOfferButton)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setTitle(QCoreApplication.translate("ReviewPage", u"Review", None))
        ReviewPage.setSubTitle(QCoreApplication.translate("ReviewPage", u"Check the customer you are about to create. To change something, use Edit or Previous.", None))
        self.customerHeading.setText(QCoreApplication.translate("ReviewPage", u"Customer information", None))
        self.editCustomerButton.setText(QCoreApplication.translate("ReviewPage", u"&Edit", None))
        self.offerHeading.setText(QCoreApplication.translate("ReviewPage", u"Offer", None))
        self.editOfferButton.setText(QCoreApplication.translate("ReviewPage", u"Edi&t", None))
        self.submitNote.setText(QCoreApplication.translate("ReviewPage", u"Submit creates the customer's Microsoft 365 account. The domain cannot be changed or reused afterwards.", None))
    # retranslateUi

