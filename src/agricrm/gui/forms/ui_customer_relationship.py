# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_relationship.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QWidget)

from agricrm.gui.widgets.date_field import DateField

class Ui_CustomerRelationshipBox(object):
    def setupUi(self, CustomerRelationshipBox):
        if not CustomerRelationshipBox.objectName():
            CustomerRelationshipBox.setObjectName(u"CustomerRelationshipBox")
        self.relationshipForm = QFormLayout(CustomerRelationshipBox)
        self.relationshipForm.setObjectName(u"relationshipForm")
        self.cooperationSinceLabel = QLabel(CustomerRelationshipBox)
        self.cooperationSinceLabel.setObjectName(u"cooperationSinceLabel")

        self.relationshipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cooperationSinceLabel)

        self.sinceLayout = QHBoxLayout()
        self.sinceLayout.setObjectName(u"sinceLayout")
        self.cooperationSinceEdit = DateField(CustomerRelationshipBox)
        self.cooperationSinceEdit.setObjectName(u"cooperationSinceEdit")

        self.sinceLayout.addWidget(self.cooperationSinceEdit)

        self.cardLevelLabel = QLabel(CustomerRelationshipBox)
        self.cardLevelLabel.setObjectName(u"cardLevelLabel")

        self.sinceLayout.addWidget(self.cardLevelLabel)

        self.cardLevelCombo = QComboBox(CustomerRelationshipBox)
        self.cardLevelCombo.setObjectName(u"cardLevelCombo")

        self.sinceLayout.addWidget(self.cardLevelCombo)

        self.sinceLayout.setStretch(0, 1)
        self.sinceLayout.setStretch(2, 1)

        self.relationshipForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sinceLayout)

        self.depositBalanceLabel = QLabel(CustomerRelationshipBox)
        self.depositBalanceLabel.setObjectName(u"depositBalanceLabel")

        self.relationshipForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.depositBalanceLabel)

        self.depositsLayout = QHBoxLayout()
        self.depositsLayout.setObjectName(u"depositsLayout")
        self.depositBalanceEdit = QLineEdit(CustomerRelationshipBox)
        self.depositBalanceEdit.setObjectName(u"depositBalanceEdit")
        self.depositBalanceEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.depositsLayout.addWidget(self.depositBalanceEdit)

        self.depositAverageLabel = QLabel(CustomerRelationshipBox)
        self.depositAverageLabel.setObjectName(u"depositAverageLabel")

        self.depositsLayout.addWidget(self.depositAverageLabel)

        self.depositAverageEdit = QLineEdit(CustomerRelationshipBox)
        self.depositAverageEdit.setObjectName(u"depositAverageEdit")
        self.depositAverageEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.depositsLayout.addWidget(self.depositAverageEdit)

        self.depositsReadOnLabel = QLabel(CustomerRelationshipBox)
        self.depositsReadOnLabel.setObjectName(u"depositsReadOnLabel")

        self.depositsLayout.addWidget(self.depositsReadOnLabel)

        self.depositsReadOnEdit = DateField(CustomerRelationshipBox)
        self.depositsReadOnEdit.setObjectName(u"depositsReadOnEdit")

        self.depositsLayout.addWidget(self.depositsReadOnEdit)

        self.depositsLayout.setStretch(0, 1)
        self.depositsLayout.setStretch(2, 1)
        self.depositsLayout.setStretch(4, 1)

        self.relationshipForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.depositsLayout)

        self.productsLabel = QLabel(CustomerRelationshipBox)
        self.productsLabel.setObjectName(u"productsLabel")

        self.relationshipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productsLabel)

        self.productsTable = QTableWidget(CustomerRelationshipBox)
        if (self.productsTable.columnCount() < 2):
            self.productsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.productsTable.setObjectName(u"productsTable")
        self.productsTable.setColumnCount(2)
        self.productsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.relationshipForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productsTable)

#if QT_CONFIG(shortcut)
        self.cooperationSinceLabel.setBuddy(self.cooperationSinceEdit)
        self.cardLevelLabel.setBuddy(self.cardLevelCombo)
        self.depositBalanceLabel.setBuddy(self.depositBalanceEdit)
        self.depositAverageLabel.setBuddy(self.depositAverageEdit)
        self.depositsReadOnLabel.setBuddy(self.depositsReadOnEdit)
        self.productsLabel.setBuddy(self.productsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerRelationshipBox)

        QMetaObject.connectSlotsByName(CustomerRelationshipBox)
    # setupUi

    def retranslateUi(self, CustomerRelationshipBox):
        CustomerRelationshipBox.setTitle(QCoreApplication.translate("CustomerRelationshipBox", u"Relationship with the branch", None))
        self.cooperationSinceLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Cooperating s&ince", None))
        self.cardLevelLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Card le&vel", None))
        self.depositBalanceLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Depo&sits (yuan)", None))
        self.depositAverageLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Daily avera&ge", None))
        self.depositsReadOnLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Rea&d on", None))
        self.productsLabel.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Products &held", None))
        ___qtablewidgetitem = self.productsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Product (tick what the customer holds)", None))
        ___qtablewidgetitem1 = self.productsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CustomerRelationshipBox", u"Since", None))
    # retranslateUi

