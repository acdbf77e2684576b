# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_settings_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ComplaintSettingsTab(object):
    def setupUi(self, ComplaintSettingsTab):
        if not ComplaintSettingsTab.objectName():
            ComplaintSettingsTab.setObjectName(u"ComplaintSettingsTab")
        self.tabLayout = QVBoxLayout(ComplaintSettingsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.deadlineGroup = QGroupBox(ComplaintSettingsTab)
        self.deadlineGroup.setObjectName(u"deadlineGroup")
        self.deadlineGrid = QGridLayout(self.deadlineGroup)
        self.deadlineGrid.setObjectName(u"deadlineGrid")
        self.generalDaysLabel = QLabel(self.deadlineGroup)
        self.generalDaysLabel.setObjectName(u"generalDaysLabel")

        self.deadlineGrid.addWidget(self.generalDaysLabel, 0, 0, 1, 1)

        self.generalDaysSpin = QSpinBox(self.deadlineGroup)
        self.generalDaysSpin.setObjectName(u"generalDaysSpin")
        self.generalDaysSpin.setMinimum(1)
        self.generalDaysSpin.setMaximum(60)

        self.deadlineGrid.addWidget(self.generalDaysSpin, 0, 1, 1, 1)

        self.seriousDaysLabel = QLabel(self.deadlineGroup)
        self.seriousDaysLabel.setObjectName(u"seriousDaysLabel")

        self.deadlineGrid.addWidget(self.seriousDaysLabel, 0, 2, 1, 1)

        self.seriousDaysSpin = QSpinBox(self.deadlineGroup)
        self.seriousDaysSpin.setObjectName(u"seriousDaysSpin")
        self.seriousDaysSpin.setMinimum(1)
        self.seriousDaysSpin.setMaximum(60)

        self.deadlineGrid.addWidget(self.seriousDaysSpin, 0, 3, 1, 1)

        self.majorDaysLabel = QLabel(self.deadlineGroup)
        self.majorDaysLabel.setObjectName(u"majorDaysLabel")

        self.deadlineGrid.addWidget(self.majorDaysLabel, 1, 0, 1, 1)

        self.majorDaysSpin = QSpinBox(self.deadlineGroup)
        self.majorDaysSpin.setObjectName(u"majorDaysSpin")
        self.majorDaysSpin.setMinimum(1)
        self.majorDaysSpin.setMaximum(60)

        self.deadlineGrid.addWidget(self.majorDaysSpin, 1, 1, 1, 1)

        self.warningDaysLabel = QLabel(self.deadlineGroup)
        self.warningDaysLabel.setObjectName(u"warningDaysLabel")

        self.deadlineGrid.addWidget(self.warningDaysLabel, 1, 2, 1, 1)

        self.warningDaysSpin = QSpinBox(self.deadlineGroup)
        self.warningDaysSpin.setObjectName(u"warningDaysSpin")
        self.warningDaysSpin.setMinimum(0)
        self.warningDaysSpin.setMaximum(60)

        self.deadlineGrid.addWidget(self.warningDaysSpin, 1, 3, 1, 1)


        self.tabLayout.addWidget(self.deadlineGroup)

        self.categoryGroup = QGroupBox(ComplaintSettingsTab)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.categoryLayout = QVBoxLayout(self.categoryGroup)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryTable = QTableWidget(self.categoryGroup)
        if (self.categoryTable.columnCount() < 2):
            self.categoryTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.categoryTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.categoryTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.categoryLayout.addWidget(self.categoryTable)

        self.addCategoryLayout = QHBoxLayout()
        self.addCategoryLayout.setObjectName(u"addCategoryLayout")
        self.newCategoryEdit = QLineEdit(self.categoryGroup)
        self.newCategoryEdit.setObjectName(u"newCategoryEdit")
        self.newCategoryEdit.setMaxLength(30)

        self.addCategoryLayout.addWidget(self.newCategoryEdit)

        self.addCategoryButton = QPushButton(self.categoryGroup)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.addCategoryLayout.addWidget(self.addCategoryButton)


        self.categoryLayout.addLayout(self.addCategoryLayout)

        self.categoryNote = QLabel(self.categoryGroup)
        self.categoryNote.setObjectName(u"categoryNote")
        self.categoryNote.setWordWrap(True)

        self.categoryLayout.addWidget(self.categoryNote)

        self.categoryLayout.setStretch(0, 1)

        self.tabLayout.addWidget(self.categoryGroup)

        self.errorLabel = QLabel(ComplaintSettingsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.errorLabel)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.generalDaysLabel.setBuddy(self.generalDaysSpin)
        self.seriousDaysLabel.setBuddy(self.seriousDaysSpin)
        self.majorDaysLabel.setBuddy(self.majorDaysSpin)
        self.warningDaysLabel.setBuddy(self.warningDaysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintSettingsTab)

        QMetaObject.connectSlotsByName(ComplaintSettingsTab)
    # setupUi

    def retranslateUi(self, ComplaintSettingsTab):
        self.deadlineGroup.setTitle(QCoreApplication.translate("ComplaintSettingsTab", u"Days to answer a complaint", None))
        self.warningDaysLabel.setText(QCoreApplication.translate("ComplaintSettingsTab", u"&Warn this many days before", None))
        self.categoryGroup.setTitle(QCoreApplication.translate("ComplaintSettingsTab", u"Complaint categories", None))
        ___qtablewidgetitem = self.categoryTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ComplaintSettingsTab", u"Category", None))
        ___qtablewidgetitem1 = self.categoryTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ComplaintSettingsTab", u"In use", None))
        self.newCategoryEdit.setPlaceholderText(QCoreApplication.translate("ComplaintSettingsTab", u"New category", None))
        self.addCategoryButton.setText(QCoreApplication.translate("ComplaintSettingsTab", u"A&dd category", None))
        self.categoryNote.setText(QCoreApplication.translate("ComplaintSettingsTab", u"Categories complaints refer to cannot be deleted; untick \"In use\" to retire one.", None))
        pass
    # retranslateUi

