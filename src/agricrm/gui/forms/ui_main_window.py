# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.centralWidget)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(150, 0))
        self.navigation.setMaximumSize(QSize(200, 16777215))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.recentMenu = QMenu(self.fileMenu)
        self.recentMenu.setObjectName(u"recentMenu")
        self.settingsMenu = QMenu(self.menuBar)
        self.settingsMenu.setObjectName(u"settingsMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.settingsMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionOpenDatabase)
        self.fileMenu.addAction(self.recentMenu.menuAction())
        self.fileMenu.addAction(self.actionOpenDataFolder)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionImport)
        self.fileMenu.addAction(self.actionExport)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.settingsMenu.addAction(self.actionPreferences)
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"AgriCRM", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open another database\u2026", None))
#if QT_CONFIG(statustip)
        self.actionOpenDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Close this database and open another AgriCRM database file", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Open the &data folder", None))
#if QT_CONFIG(statustip)
        self.actionOpenDataFolder.setStatusTip(QCoreApplication.translate("MainWindow", u"Show the folder holding this database, its backups and attachments", None))
#endif // QT_CONFIG(statustip)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import a package or workbook\u2026", None))
#if QT_CONFIG(statustip)
        self.actionImport.setStatusTip(QCoreApplication.translate("MainWindow", u"Choose a file on the Sync screen and preview what it would change", None))
#endif // QT_CONFIG(statustip)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export a sync package\u2026", None))
#if QT_CONFIG(statustip)
        self.actionExport.setStatusTip(QCoreApplication.translate("MainWindow", u"Write a package for headquarters or another device (Sync screen)", None))
#endif // QT_CONFIG(statustip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPreferences.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About AgriCRM", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.recentMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Recent databases", None))
        self.settingsMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

