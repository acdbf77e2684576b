# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CustomerListPage(object):
    def setupUi(self, CustomerListPage):
        if not CustomerListPage.objectName():
            CustomerListPage.setObjectName(u"CustomerListPage")
        self.pageLayout = QVBoxLayout(CustomerListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchEdit = QLineEdit(CustomerListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(CustomerListPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.openButton = QPushButton(CustomerListPage)
        self.openButton.setObjectName(u"openButton")

        self.toolbarLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.townshipFilter = QComboBox(CustomerListPage)
        self.townshipFilter.setObjectName(u"townshipFilter")

        self.filterLayout.addWidget(self.townshipFilter)

        self.villageFilter = QComboBox(CustomerListPage)
        self.villageFilter.setObjectName(u"villageFilter")

        self.filterLayout.addWidget(self.villageFilter)

        self.businessModeFilter = QComboBox(CustomerListPage)
        self.businessModeFilter.setObjectName(u"businessModeFilter")

        self.filterLayout.addWidget(self.businessModeFilter)

        self.creditGradeFilter = QComboBox(CustomerListPage)
        self.creditGradeFilter.setObjectName(u"creditGradeFilter")

        self.filterLayout.addWidget(self.creditGradeFilter)

        self.statusFilter = QComboBox(CustomerListPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.officerFilter = QComboBox(CustomerListPage)
        self.officerFilter.setObjectName(u"officerFilter")

        self.filterLayout.addWidget(self.officerFilter)

        self.archivedCheck = QCheckBox(CustomerListPage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterLayout.addWidget(self.archivedCheck)

        self.clearFiltersButton = QPushButton(CustomerListPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(CustomerListPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.table)
        self.summary = QTextBrowser(self.splitter)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(220, 0))
        self.summary.setOpenLinks(False)
        self.splitter.addWidget(self.summary)

        self.pageLayout.addWidget(self.splitter)

        self.countLabel = QLabel(CustomerListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(CustomerListPage)

        QMetaObject.connectSlotsByName(CustomerListPage)
    # setupUi

    def retranslateUi(self, CustomerListPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CustomerListPage", u"Search by name, pinyin, phone, ID number, village or file number (Ctrl+F)", None))
        self.newButton.setText(QCoreApplication.translate("CustomerListPage", u"&New customer", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CustomerListPage", u"Create a customer file (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("CustomerListPage", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("CustomerListPage", u"Open the selected customer's file (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.townshipFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Township", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.villageFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Village", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.businessModeFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Business mode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.creditGradeFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Credit grade", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerFilter.setAccessibleName(QCoreApplication.translate("CustomerListPage", u"Officer", None))
#endif // QT_CONFIG(accessibility)
        self.archivedCheck.setText(QCoreApplication.translate("CustomerListPage", u"Show archived", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("CustomerListPage", u"Clear filters", None))
        pass
    # retranslateUi

