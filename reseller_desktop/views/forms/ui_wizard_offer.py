# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_offer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_OfferPage(object):
    def setupUi(self, OfferPage):
        if not OfferPage.objectName():
            OfferPage.setObjectName(u"OfferPage")
        OfferPage.resize(960, 600)
        self.pageLayout = QVBoxLayout(OfferPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.offerColumns = QHBoxLayout()
        self.offerColumns.setObjectName(u"offerColumns")
        self.offerForm = QFormLayout()
        self.offerForm.setObjectName(u"offerForm")
        self.offerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offerForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.offerLabel = QLabel(OfferPage)
        self.offerLabel.setObjectName(u"offerLabel")

        self.offerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offerLabel)

        self.offer = QComboBox(OfferPage)
        self.offer.setObjectName(u"offer")
        self.offer.setMinimumSize(QSize(440, 0))

        self.offerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offer)

        self.offerError = QLabel(OfferPage)
        self.offerError.setObjectName(u"offerError")
        self.offerError.setText(u"")
        self.offerError.setWordWrap(True)
        self.offerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.offerError)

        self.termLabel = QLabel(OfferPage)
        self.termLabel.setObjectName(u"termLabel")

        self.offerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.term = QComboBox(OfferPage)
        self.term.setObjectName(u"term")

        self.offerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.term)

        self.termError = QLabel(OfferPage)
        self.termError.setObjectName(u"termError")
        self.termError.setText(u"")
        self.termError.setWordWrap(True)
        self.termError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.termError)

        self.billingCycleLabel = QLabel(OfferPage)
        self.billingCycleLabel.setObjectName(u"billingCycleLabel")

        self.offerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.billingCycleLabel)

        self.billingCycle = QComboBox(OfferPage)
        self.billingCycle.setObjectName(u"billingCycle")

        self.offerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.billingCycle)

        self.billingCycleError = QLabel(OfferPage)
        self.billingCycleError.setObjectName(u"billingCycleError")
        self.billingCycleError.setText(u"")
        self.billingCycleError.setWordWrap(True)
        self.billingCycleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.billingCycleError)

        self.seatsLabel = QLabel(OfferPage)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.offerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsRow = QHBoxLayout()
        self.seatsRow.setObjectName(u"seatsRow")
        self.seats = QSpinBox(OfferPage)
        self.seats.setObjectName(u"seats")
        self.seats.setMinimumSize(QSize(120, 0))
        self.seats.setAccelerated(True)
        self.seats.setGroupSeparatorShown(True)
        self.seats.setMinimum(0)
        self.seats.setMaximum(999999999)
        self.seats.setValue(1)

        self.seatsRow.addWidget(self.seats)

        self.seatsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seatsRow.addItem(self.seatsSpacer)


        self.offerForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.seatsRow)

        self.seatsHint = QLabel(OfferPage)
        self.seatsHint.setObjectName(u"seatsHint")
        self.seatsHint.setText(u"")
        self.seatsHint.setWordWrap(True)

        self.offerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.seatsHint)

        self.seatsError = QLabel(OfferPage)
        self.seatsError.setObjectName(u"seatsError")
        self.seatsError.setText(u"")
        self.seatsError.setWordWrap(True)
        self.seatsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.seatsError)

        self.totalLabel = QLabel(OfferPage)
        self.totalLabel.setObjectName(u"totalLabel")

        self.offerForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.monthlyTotal = QLabel(OfferPage)
        self.monthlyTotal.setObjectName(u"monthlyTotal")
        self.monthlyTotal.setText(u"")
        self.monthlyTotal.setWordWrap(True)
        self.monthlyTotal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offerForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.monthlyTotal)

        self.priceNote = QLabel(OfferPage)
        self.priceNote.setObjectName(u"priceNote")
        self.priceNote.setWordWrap(True)

        self.offerForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.priceNote)


        self.offerColumns.addLayout(self.offerForm)

        self.offerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offerColumns.addItem(self.offerSpacer)


        self.pageLayout.addLayout(self.offerColumns)

        self.offerBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.offerBottomSpacer)

        self.summaryLabel = QLabel(OfferPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

#if QT_CONFIG(shortcut)
        self.offerLabel.setBuddy(self.offer)
        self.termLabel.setBuddy(self.term)
        self.billingCycleLabel.setBuddy(self.billingCycle)
        self.seatsLabel.setBuddy(self.seats)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offer, self.term)
        QWidget.setTabOrder(self.term, self.billingCycle)
        QWidget.setTabOrder(self.billingCycle, self.seats)

        self.retranslateUi(OfferPage)

        QMetaObject.connectSlotsByName(OfferPage)
    # setupUi

    def retranslateUi(self, OfferPage):
        OfferPage.setTitle(QCoreApplication.translate("OfferPage", u"Offer", None))
        OfferPage.setSubTitle(QCoreApplication.translate("OfferPage", u"Select the customer's first subscription. You can add more subscriptions once the customer exists.", None))
        self.offerLabel.setText(QCoreApplication.translate("OfferPage", u"Select &offer", None))
        self.termLabel.setText(QCoreApplication.translate("OfferPage", u"&Term", None))
        self.billingCycleLabel.setText(QCoreApplication.translate("OfferPage", u"B&illing", None))
        self.seatsLabel.setText(QCoreApplication.translate("OfferPage", u"Number of &seats", None))
        self.totalLabel.setText(QCoreApplication.translate("OfferPage", u"Estimated monthly total", None))
        self.priceNote.setText(QCoreApplication.translate("OfferPage", u"Indicative list prices in US dollars, before taxes.", None))
    # retranslateUi

