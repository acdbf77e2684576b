# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ProductsTab(object):
    def setupUi(self, ProductsTab):
        if not ProductsTab.objectName():
            ProductsTab.setObjectName(u"ProductsTab")
        self.tabLayout = QVBoxLayout(ProductsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.introLabel = QLabel(ProductsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.introLabel)

        self.productTable = QTableWidget(ProductsTab)
        if (self.productTable.columnCount() < 3):
            self.productTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.productTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.productTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.productTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.productTable.setObjectName(u"productTable")
        self.productTable.setColumnCount(3)
        self.productTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tabLayout.addWidget(self.productTable)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.newNameEdit = QLineEdit(ProductsTab)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.addLayout.addWidget(self.newNameEdit)

        self.newCodeEdit = QLineEdit(ProductsTab)
        self.newCodeEdit.setObjectName(u"newCodeEdit")

        self.addLayout.addWidget(self.newCodeEdit)

        self.addProductButton = QPushButton(ProductsTab)
        self.addProductButton.setObjectName(u"addProductButton")

        self.addLayout.addWidget(self.addProductButton)

        self.addLayout.setStretch(0, 1)
        self.addLayout.setStretch(1, 1)

        self.tabLayout.addLayout(self.addLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.retireButton = QPushButton(ProductsTab)
        self.retireButton.setObjectName(u"retireButton")

        self.actionsLayout.addWidget(self.retireButton)

        self.usualButton = QPushButton(ProductsTab)
        self.usualButton.setObjectName(u"usualButton")

        self.actionsLayout.addWidget(self.usualButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.tabLayout.addLayout(self.actionsLayout)

        self.errorLabel = QLabel(ProductsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.errorLabel)

        self.tabLayout.setStretch(1, 1)

        self.retranslateUi(ProductsTab)

        QMetaObject.connectSlotsByName(ProductsTab)
    # setupUi

    def retranslateUi(self, ProductsTab):
        self.introLabel.setText(QCoreApplication.translate("ProductsTab", u"The products the branch offers. Officers tick those a customer holds on the file's credit tab; a product no longer offered is retired, never deleted, so the files that hold it keep it.", None))
        ___qtablewidgetitem = self.productTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProductsTab", u"Product", None))
        ___qtablewidgetitem1 = self.productTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProductsTab", u"Code", None))
        ___qtablewidgetitem2 = self.productTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProductsTab", u"State", None))
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("ProductsTab", u"Name, e.g. \u7eff\u8272\u8d37\u6b3e", None))
        self.newCodeEdit.setPlaceholderText(QCoreApplication.translate("ProductsTab", u"Code, e.g. green_loan", None))
        self.addProductButton.setText(QCoreApplication.translate("ProductsTab", u"Add &product", None))
        self.retireButton.setText(QCoreApplication.translate("ProductsTab", u"Re&tire or bring back", None))
        self.usualButton.setText(QCoreApplication.translate("ProductsTab", u"Add the &usual products", None))
        pass
    # retranslateUi

