# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_list_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from agricrm.gui.widgets.date_field import DateField

class Ui_ComplaintListPage(object):
    def setupUi(self, ComplaintListPage):
        if not ComplaintListPage.objectName():
            ComplaintListPage.setObjectName(u"ComplaintListPage")
        self.pageLayout = QVBoxLayout(ComplaintListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchEdit = QLineEdit(ComplaintListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(ComplaintListPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ComplaintListPage)
        self.openButton.setObjectName(u"openButton")

        self.toolbarLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilter = QComboBox(ComplaintListPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.categoryFilter = QComboBox(ComplaintListPage)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.severityFilter = QComboBox(ComplaintListPage)
        self.severityFilter.setObjectName(u"severityFilter")

        self.filterLayout.addWidget(self.severityFilter)

        self.deadlineFilter = QComboBox(ComplaintListPage)
        self.deadlineFilter.setObjectName(u"deadlineFilter")

        self.filterLayout.addWidget(self.deadlineFilter)

        self.officerFilter = QComboBox(ComplaintListPage)
        self.officerFilter.setObjectName(u"officerFilter")

        self.filterLayout.addWidget(self.officerFilter)

        self.dateCheck = QCheckBox(ComplaintListPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck)

        self.fromDate = DateField(ComplaintListPage)
        self.fromDate.setObjectName(u"fromDate")

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ComplaintListPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = DateField(ComplaintListPage)
        self.toDate.setObjectName(u"toDate")

        self.filterLayout.addWidget(self.toDate)

        self.clearFiltersButton = QPushButton(ComplaintListPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(ComplaintListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.pageLayout.addWidget(self.table)

        self.countLabel = QLabel(ComplaintListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(ComplaintListPage)

        QMetaObject.connectSlotsByName(ComplaintListPage)
    # setupUi

    def retranslateUi(self, ComplaintListPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ComplaintListPage", u"Search by number, name, phone or words of the description", None))
        self.newButton.setText(QCoreApplication.translate("ComplaintListPage", u"&Receive complaint\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ComplaintListPage", u"Record a new complaint (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ComplaintListPage", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ComplaintListPage", u"Open the selected complaint (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.severityFilter.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Severity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlineFilter.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Deadline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.officerFilter.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Handling officer", None))
#endif // QT_CONFIG(accessibility)
        self.dateCheck.setText(QCoreApplication.translate("ComplaintListPage", u"Received from", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Received from", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ComplaintListPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ComplaintListPage", u"Received until", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("ComplaintListPage", u"Clear filters", None))
        pass
    # retranslateUi

