# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_household_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CustomerHouseholdTab(object):
    def setupUi(self, CustomerHouseholdTab):
        if not CustomerHouseholdTab.objectName():
            CustomerHouseholdTab.setObjectName(u"CustomerHouseholdTab")
        self.tabLayout = QVBoxLayout(CustomerHouseholdTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.codeForm = QFormLayout()
        self.codeForm.setObjectName(u"codeForm")
        self.householdCodeLabel = QLabel(CustomerHouseholdTab)
        self.householdCodeLabel.setObjectName(u"householdCodeLabel")

        self.codeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdCodeLabel)

        self.householdCodeEdit = QLineEdit(CustomerHouseholdTab)
        self.householdCodeEdit.setObjectName(u"householdCodeEdit")
        self.householdCodeEdit.setMaxLength(30)

        self.codeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.householdCodeEdit)


        self.tabLayout.addLayout(self.codeForm)

        self.membersLabel = QLabel(CustomerHouseholdTab)
        self.membersLabel.setObjectName(u"membersLabel")

        self.tabLayout.addWidget(self.membersLabel)

        self.membersTable = QTableView(CustomerHouseholdTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

        self.tabLayout.addWidget(self.membersTable)

        self.membersButtons = QHBoxLayout()
        self.membersButtons.setObjectName(u"membersButtons")
        self.addMemberButton = QPushButton(CustomerHouseholdTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.membersButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(CustomerHouseholdTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.membersButtons.addWidget(self.removeMemberButton)

        self.membersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersButtons.addItem(self.membersSpacer)


        self.tabLayout.addLayout(self.membersButtons)

        self.membersErrors = QLabel(CustomerHouseholdTab)
        self.membersErrors.setObjectName(u"membersErrors")
        self.membersErrors.setWordWrap(True)

        self.tabLayout.addWidget(self.membersErrors)

        self.tabLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.householdCodeLabel.setBuddy(self.householdCodeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerHouseholdTab)

        QMetaObject.connectSlotsByName(CustomerHouseholdTab)
    # setupUi

    def retranslateUi(self, CustomerHouseholdTab):
        self.householdCodeLabel.setText(QCoreApplication.translate("CustomerHouseholdTab", u"Household &code", None))
        self.householdCodeEdit.setPlaceholderText(QCoreApplication.translate("CustomerHouseholdTab", u"As in the county's household register (\u6237\u7801)", None))
        self.membersLabel.setText(QCoreApplication.translate("CustomerHouseholdTab", u"Members of the household besides the customer", None))
        self.addMemberButton.setText(QCoreApplication.translate("CustomerHouseholdTab", u"&Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("CustomerHouseholdTab", u"Re&move member", None))
        pass
    # retranslateUi

