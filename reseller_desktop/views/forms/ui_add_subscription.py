# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_subscription.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_AddSubscriptionDialog(object):
    def setupUi(self, AddSubscriptionDialog):
        if not AddSubscriptionDialog.objectName():
            AddSubscriptionDialog.setObjectName(u"AddSubscriptionDialog")
        AddSubscriptionDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(AddSubscriptionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AddSubscriptionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.offerLabel = QLabel(AddSubscriptionDialog)
        self.offerLabel.setObjectName(u"offerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offerLabel)

        self.offerCombo = QComboBox(AddSubscriptionDialog)
        self.offerCombo.setObjectName(u"offerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offerCombo)

        self.termLabel = QLabel(AddSubscriptionDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termCombo = QComboBox(AddSubscriptionDialog)
        self.termCombo.setObjectName(u"termCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termCombo)

        self.billingLabel = QLabel(AddSubscriptionDialog)
        self.billingLabel.setObjectName(u"billingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.billingLabel)

        self.billingCombo = QComboBox(AddSubscriptionDialog)
        self.billingCombo.setObjectName(u"billingCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.billingCombo)

        self.seatsLabel = QLabel(AddSubscriptionDialog)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsSpin = QSpinBox(AddSubscriptionDialog)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimumSize(QSize(120, 0))
        self.seatsSpin.setMinimum(0)
        self.seatsSpin.setMaximum(999999999)
        self.seatsSpin.setValue(1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seatsSpin)

        self.seatsError = QLabel(AddSubscriptionDialog)
        self.seatsError.setObjectName(u"seatsError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.seatsError.sizePolicy().hasHeightForWidth())
        self.seatsError.setSizePolicy(sizePolicy)
        self.seatsError.setWordWrap(True)
        self.seatsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seatsError)

        self.seatsHint = QLabel(AddSubscriptionDialog)
        self.seatsHint.setObjectName(u"seatsHint")
        self.seatsHint.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.seatsHint)

        self.priceLabel = QLabel(AddSubscriptionDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceValue = QLabel(AddSubscriptionDialog)
        self.priceValue.setObjectName(u"priceValue")
        self.priceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priceValue)

        self.totalLabel = QLabel(AddSubscriptionDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalValue = QLabel(AddSubscriptionDialog)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.totalValue)

        self.chargeNote = QLabel(AddSubscriptionDialog)
        self.chargeNote.setObjectName(u"chargeNote")
        sizePolicy.setHeightForWidth(self.chargeNote.sizePolicy().hasHeightForWidth())
        self.chargeNote.setSizePolicy(sizePolicy)
        self.chargeNote.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.chargeNote)


        self.mainLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AddSubscriptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.offerLabel.setBuddy(self.offerCombo)
        self.termLabel.setBuddy(self.termCombo)
        self.billingLabel.setBuddy(self.billingCombo)
        self.seatsLabel.setBuddy(self.seatsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offerCombo, self.termCombo)
        QWidget.setTabOrder(self.termCombo, self.billingCombo)
        QWidget.setTabOrder(self.billingCombo, self.seatsSpin)

        self.retranslateUi(AddSubscriptionDialog)

        QMetaObject.connectSlotsByName(AddSubscriptionDialog)
    # setupUi

    def retranslateUi(self, AddSubscriptionDialog):
        AddSubscriptionDialog.setWindowTitle(QCoreApplication.translate("AddSubscriptionDialog", u"Add subscription", None))
        self.offerLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"&Offer:", None))
        self.termLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"&Term:", None))
        self.billingLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"&Billing:", None))
        self.seatsLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"&Seats:", None))
        self.priceLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"Price:", None))
        self.totalLabel.setText(QCoreApplication.translate("AddSubscriptionDialog", u"Monthly total:", None))
    # retranslateUi

