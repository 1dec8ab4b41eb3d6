# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStatusBar, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        self.actionAddCustomer = QAction(MainWindow)
        self.actionAddCustomer.setObjectName(u"actionAddCustomer")
#if QT_CONFIG(shortcut)
        self.actionAddCustomer.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionDetails = QAction(MainWindow)
        self.actionDetails.setObjectName(u"actionDetails")
        self.actionRetry = QAction(MainWindow)
        self.actionRetry.setObjectName(u"actionRetry")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionDataLocations = QAction(MainWindow)
        self.actionDataLocations.setObjectName(u"actionDataLocations")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.mainLayout = QVBoxLayout(self.centralWidget)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.searchSpacer)

        self.statusLabel = QLabel(self.centralWidget)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterBar.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.centralWidget)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterBar.addWidget(self.statusCombo)

        self.barSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.barSpacer)

        self.detailsButton = QPushButton(self.centralWidget)
        self.detailsButton.setObjectName(u"detailsButton")

        self.filterBar.addWidget(self.detailsButton)

        self.exportButton = QPushButton(self.centralWidget)
        self.exportButton.setObjectName(u"exportButton")

        self.filterBar.addWidget(self.exportButton)

        self.addCustomerButton = QPushButton(self.centralWidget)
        self.addCustomerButton.setObjectName(u"addCustomerButton")

        self.filterBar.addWidget(self.addCustomerButton)


        self.mainLayout.addLayout(self.filterBar)

        self.customerTable = QTableView(self.centralWidget)
        self.customerTable.setObjectName(u"customerTable")
        self.customerTable.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customerTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.customerTable.setAlternatingRowColors(True)
        self.customerTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.customerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.customerTable.setShowGrid(False)
        self.customerTable.setSortingEnabled(False)
        self.customerTable.setWordWrap(False)
        self.customerTable.horizontalHeader().setHighlightSections(False)
        self.customerTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.customerTable)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.customersMenu = QMenu(self.menuBar)
        self.customersMenu.setObjectName(u"customersMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.customerTable)
        QWidget.setTabOrder(self.customerTable, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.addCustomerButton)

        self.menuBar.addAction(self.customersMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.customersMenu.addAction(self.actionAddCustomer)
        self.customersMenu.addAction(self.actionDetails)
        self.customersMenu.addAction(self.actionRetry)
        self.customersMenu.addSeparator()
        self.customersMenu.addAction(self.actionFind)
        self.customersMenu.addAction(self.actionExport)
        self.customersMenu.addSeparator()
        self.customersMenu.addAction(self.actionPreferences)
        self.customersMenu.addSeparator()
        self.customersMenu.addAction(self.actionQuit)
        self.helpMenu.addAction(self.actionShortcuts)
        self.helpMenu.addAction(self.actionDataLocations)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Customer management", None))
        self.actionAddCustomer.setText(QCoreApplication.translate("MainWindow", u"&Add customer\u2026", None))
        self.actionDetails.setText(QCoreApplication.translate("MainWindow", u"Customer &details\u2026", None))
        self.actionRetry.setText(QCoreApplication.translate("MainWindow", u"&Retry provisioning", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export to CSV\u2026", None))
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.actionDataLocations.setText(QCoreApplication.translate("MainWindow", u"&Where data lives", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Reseller Desktop", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Company, domain, contact or e-mail", None))
        self.statusLabel.setText(QCoreApplication.translate("MainWindow", u"S&tatus:", None))
        self.detailsButton.setText(QCoreApplication.translate("MainWindow", u"&Details\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
        self.addCustomerButton.setText(QCoreApplication.translate("MainWindow", u"&Add customer\u2026", None))
        self.customersMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Customers", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

