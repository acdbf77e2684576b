# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_page.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictsPage(object):
    def setupUi(self, ConflictsPage):
        if not ConflictsPage.objectName():
            ConflictsPage.setObjectName(u"ConflictsPage")
        self.pageLayout = QVBoxLayout(ConflictsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.intro = QLabel(ConflictsPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.splitter = QSplitter(ConflictsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.conflictList = QListWidget(self.splitter)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setMinimumSize(QSize(220, 0))
        self.splitter.addWidget(self.conflictList)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTitle = QLabel(self.detail)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setTextFormat(Qt.TextFormat.RichText)
        self.detailTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.detailTitle)

        self.fieldTable = QTableWidget(self.detail)
        self.fieldTable.setObjectName(u"fieldTable")
        self.fieldTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.detailLayout.addWidget(self.fieldTable)

        self.allLayout = QHBoxLayout()
        self.allLayout.setObjectName(u"allLayout")
        self.allLocalButton = QPushButton(self.detail)
        self.allLocalButton.setObjectName(u"allLocalButton")

        self.allLayout.addWidget(self.allLocalButton)

        self.allIncomingButton = QPushButton(self.detail)
        self.allIncomingButton.setObjectName(u"allIncomingButton")

        self.allLayout.addWidget(self.allIncomingButton)

        self.allSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allLayout.addItem(self.allSpacer)


        self.detailLayout.addLayout(self.allLayout)

        self.noteEdit = QLineEdit(self.detail)
        self.noteEdit.setObjectName(u"noteEdit")

        self.detailLayout.addWidget(self.noteEdit)

        self.resolveLayout = QHBoxLayout()
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.resolveMessage = QLabel(self.detail)
        self.resolveMessage.setObjectName(u"resolveMessage")
        self.resolveMessage.setWordWrap(True)

        self.resolveLayout.addWidget(self.resolveMessage)

        self.resolveButton = QPushButton(self.detail)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveLayout.addWidget(self.resolveButton)


        self.detailLayout.addLayout(self.resolveLayout)

        self.detailLayout.setStretch(1, 1)
        self.splitter.addWidget(self.detail)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(ConflictsPage)

        QMetaObject.connectSlotsByName(ConflictsPage)
    # setupUi

    def retranslateUi(self, ConflictsPage):
        self.intro.setText(QCoreApplication.translate("ConflictsPage", u"A record changed both here and on another device since they last agreed. Choose, field by field, which value to keep; the choice is recorded and sent with the next export.", None))
        self.allLocalButton.setText(QCoreApplication.translate("ConflictsPage", u"Keep all of &ours", None))
        self.allIncomingButton.setText(QCoreApplication.translate("ConflictsPage", u"Take all &incoming", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ConflictsPage", u"Note on this decision (optional)", None))
        self.resolveButton.setText(QCoreApplication.translate("ConflictsPage", u"&Resolve", None))
        pass
    # retranslateUi

