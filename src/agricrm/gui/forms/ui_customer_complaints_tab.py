# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_complaints_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CustomerComplaintsTab(object):
    def setupUi(self, CustomerComplaintsTab):
        if not CustomerComplaintsTab.objectName():
            CustomerComplaintsTab.setObjectName(u"CustomerComplaintsTab")
        self.tabLayout = QVBoxLayout(CustomerComplaintsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.complaintTree = QTreeWidget(CustomerComplaintsTab)
        self.complaintTree.setObjectName(u"complaintTree")
        self.complaintTree.setRootIsDecorated(False)
        self.complaintTree.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.complaintTree)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.countLabel = QLabel(CustomerComplaintsTab)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.newComplaintButton = QPushButton(CustomerComplaintsTab)
        self.newComplaintButton.setObjectName(u"newComplaintButton")

        self.buttonLayout.addWidget(self.newComplaintButton)

        self.openComplaintButton = QPushButton(CustomerComplaintsTab)
        self.openComplaintButton.setObjectName(u"openComplaintButton")

        self.buttonLayout.addWidget(self.openComplaintButton)


        self.tabLayout.addLayout(self.buttonLayout)

        self.tabLayout.setStretch(0, 1)

        self.retranslateUi(CustomerComplaintsTab)

        QMetaObject.connectSlotsByName(CustomerComplaintsTab)
    # setupUi

    def retranslateUi(self, CustomerComplaintsTab):
        ___qtreewidgetitem = self.complaintTree.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("CustomerComplaintsTab", u"Handled by", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CustomerComplaintsTab", u"Deadline", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CustomerComplaintsTab", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CustomerComplaintsTab", u"Severity", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CustomerComplaintsTab", u"Category", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CustomerComplaintsTab", u"Received", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CustomerComplaintsTab", u"Number", None))
        self.newComplaintButton.setText(QCoreApplication.translate("CustomerComplaintsTab", u"Receive a complaint\u2026", None))
        self.openComplaintButton.setText(QCoreApplication.translate("CustomerComplaintsTab", u"Open complaint", None))
        pass
    # retranslateUi

