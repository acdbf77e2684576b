# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_statistics_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from agricrm.gui.widgets.date_field import DateField

class Ui_ComplaintStatisticsPage(object):
    def setupUi(self, ComplaintStatisticsPage):
        if not ComplaintStatisticsPage.objectName():
            ComplaintStatisticsPage.setObjectName(u"ComplaintStatisticsPage")
        self.pageLayout = QVBoxLayout(ComplaintStatisticsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(ComplaintStatisticsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.presetCombo = QComboBox(ComplaintStatisticsPage)
        self.presetCombo.setObjectName(u"presetCombo")

        self.periodLayout.addWidget(self.presetCombo)

        self.fromDate = DateField(ComplaintStatisticsPage)
        self.fromDate.setObjectName(u"fromDate")

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ComplaintStatisticsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = DateField(ComplaintStatisticsPage)
        self.toDate.setObjectName(u"toDate")

        self.periodLayout.addWidget(self.toDate)

        self.refreshButton = QPushButton(ComplaintStatisticsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodLayout.addWidget(self.refreshButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.timingLabel = QLabel(ComplaintStatisticsPage)
        self.timingLabel.setObjectName(u"timingLabel")

        self.periodLayout.addWidget(self.timingLabel)


        self.pageLayout.addLayout(self.periodLayout)

        self.figuresLabel = QLabel(ComplaintStatisticsPage)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setTextFormat(Qt.TextFormat.RichText)
        self.figuresLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.figuresLabel)

        self.views = QTabWidget(ComplaintStatisticsPage)
        self.views.setObjectName(u"views")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QGridLayout(self.chartsTab)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.views.addTab(self.chartsTab, "")
        self.tablesTab = QWidget()
        self.tablesTab.setObjectName(u"tablesTab")
        self.tablesLayout = QGridLayout(self.tablesTab)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.categoryGroup = QGroupBox(self.tablesTab)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.categoryGroupLayout = QVBoxLayout(self.categoryGroup)
        self.categoryGroupLayout.setObjectName(u"categoryGroupLayout")
        self.categoryTable = QTableWidget(self.categoryGroup)
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.categoryGroupLayout.addWidget(self.categoryTable)


        self.tablesLayout.addWidget(self.categoryGroup, 0, 0, 1, 2)

        self.causeGroup = QGroupBox(self.tablesTab)
        self.causeGroup.setObjectName(u"causeGroup")
        self.causeGroupLayout = QVBoxLayout(self.causeGroup)
        self.causeGroupLayout.setObjectName(u"causeGroupLayout")
        self.causeTable = QTableWidget(self.causeGroup)
        self.causeTable.setObjectName(u"causeTable")
        self.causeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.causeGroupLayout.addWidget(self.causeTable)


        self.tablesLayout.addWidget(self.causeGroup, 1, 0, 1, 1)

        self.monthGroup = QGroupBox(self.tablesTab)
        self.monthGroup.setObjectName(u"monthGroup")
        self.monthGroupLayout = QVBoxLayout(self.monthGroup)
        self.monthGroupLayout.setObjectName(u"monthGroupLayout")
        self.monthTable = QTableWidget(self.monthGroup)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.monthGroupLayout.addWidget(self.monthTable)


        self.tablesLayout.addWidget(self.monthGroup, 1, 1, 1, 1)

        self.views.addTab(self.tablesTab, "")

        self.pageLayout.addWidget(self.views)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.presetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintStatisticsPage)

        QMetaObject.connectSlotsByName(ComplaintStatisticsPage)
    # setupUi

    def retranslateUi(self, ComplaintStatisticsPage):
        self.periodLabel.setText(QCoreApplication.translate("ComplaintStatisticsPage", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ComplaintStatisticsPage", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ComplaintStatisticsPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ComplaintStatisticsPage", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("ComplaintStatisticsPage", u"&Refresh", None))
        self.views.setTabText(self.views.indexOf(self.chartsTab), QCoreApplication.translate("ComplaintStatisticsPage", u"Charts", None))
        self.categoryGroup.setTitle(QCoreApplication.translate("ComplaintStatisticsPage", u"By category and status", None))
        self.causeGroup.setTitle(QCoreApplication.translate("ComplaintStatisticsPage", u"By cause and responsibility", None))
        self.monthGroup.setTitle(QCoreApplication.translate("ComplaintStatisticsPage", u"Month by month", None))
        self.views.setTabText(self.views.indexOf(self.tablesTab), QCoreApplication.translate("ComplaintStatisticsPage", u"Tables", None))
        pass
    # retranslateUi

