# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keyboard_shortcuts.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout)

class Ui_KeyboardShortcutsDialog(object):
    def setupUi(self, KeyboardShortcutsDialog):
        if not KeyboardShortcutsDialog.objectName():
            KeyboardShortcutsDialog.setObjectName(u"KeyboardShortcutsDialog")
        KeyboardShortcutsDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(KeyboardShortcutsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(KeyboardShortcutsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.shortcutsTable = QTableWidget(KeyboardShortcutsDialog)
        self.shortcutsTable.setObjectName(u"shortcutsTable")
        self.shortcutsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortcutsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcutsTable.setShowGrid(False)
        self.shortcutsTable.setWordWrap(False)
        self.shortcutsTable.horizontalHeader().setStretchLastSection(True)
        self.shortcutsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.shortcutsTable)

        self.buttonBox = QDialogButtonBox(KeyboardShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(KeyboardShortcutsDialog)

        QMetaObject.connectSlotsByName(KeyboardShortcutsDialog)
    # setupUi

    def retranslateUi(self, KeyboardShortcutsDialog):
        KeyboardShortcutsDialog.setWindowTitle(QCoreApplication.translate("KeyboardShortcutsDialog", u"Keyboard shortcuts", None))
        self.introLabel.setText(QCoreApplication.translate("KeyboardShortcutsDialog", u"Every key of the customer list and of the Add customer wizard. On a page of the wizard, Alt with the underlined letter of a field's name goes to that field.", None))
    # retranslateUi

