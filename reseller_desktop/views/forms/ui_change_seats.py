# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_seats.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_ChangeSeatsDialog(object):
    def setupUi(self, ChangeSeatsDialog):
        if not ChangeSeatsDialog.objectName():
            ChangeSeatsDialog.setObjectName(u"ChangeSeatsDialog")
        ChangeSeatsDialog.resize(500, 240)
        self.mainLayout = QVBoxLayout(ChangeSeatsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.offerName = QLabel(ChangeSeatsDialog)
        self.offerName.setObjectName(u"offerName")
        self.offerName.setWordWrap(True)

        self.mainLayout.addWidget(self.offerName)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.currentLabel = QLabel(ChangeSeatsDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentValue = QLabel(ChangeSeatsDialog)
        self.currentValue.setObjectName(u"currentValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.seatsLabel = QLabel(ChangeSeatsDialog)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsSpin = QSpinBox(ChangeSeatsDialog)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimumSize(QSize(120, 0))
        self.seatsSpin.setMinimum(0)
        self.seatsSpin.setMaximum(999999999)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.seatsSpin)

        self.seatsError = QLabel(ChangeSeatsDialog)
        self.seatsError.setObjectName(u"seatsError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.seatsError.sizePolicy().hasHeightForWidth())
        self.seatsError.setSizePolicy(sizePolicy)
        self.seatsError.setWordWrap(True)
        self.seatsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seatsError)

        self.totalLabel = QLabel(ChangeSeatsDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalValue = QLabel(ChangeSeatsDialog)
        self.totalValue.setObjectName(u"totalValue")
        sizePolicy.setHeightForWidth(self.totalValue.sizePolicy().hasHeightForWidth())
        self.totalValue.setSizePolicy(sizePolicy)
        self.totalValue.setWordWrap(True)
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.totalValue)


        self.mainLayout.addLayout(self.form)

        self.ruleLabel = QLabel(ChangeSeatsDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.ruleLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ChangeSeatsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.seatsLabel.setBuddy(self.seatsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangeSeatsDialog)

        QMetaObject.connectSlotsByName(ChangeSeatsDialog)
    # setupUi

    def retranslateUi(self, ChangeSeatsDialog):
        ChangeSeatsDialog.setWindowTitle(QCoreApplication.translate("ChangeSeatsDialog", u"Change seats", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangeSeatsDialog", u"Current seats:", None))
        self.seatsLabel.setText(QCoreApplication.translate("ChangeSeatsDialog", u"&New number of seats:", None))
        self.totalLabel.setText(QCoreApplication.translate("ChangeSeatsDialog", u"New monthly total:", None))
    # retranslateUi

