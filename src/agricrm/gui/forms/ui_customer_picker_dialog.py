# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_picker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CustomerPickerDialog(object):
    def setupUi(self, CustomerPickerDialog):
        if not CustomerPickerDialog.objectName():
            CustomerPickerDialog.setObjectName(u"CustomerPickerDialog")
        CustomerPickerDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(CustomerPickerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchEdit = QLineEdit(CustomerPickerDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.results = QListWidget(CustomerPickerDialog)
        self.results.setObjectName(u"results")
        self.results.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.results)

        self.countLabel = QLabel(CustomerPickerDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.dialogLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(CustomerPickerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)

        self.retranslateUi(CustomerPickerDialog)

        QMetaObject.connectSlotsByName(CustomerPickerDialog)
    # setupUi

    def retranslateUi(self, CustomerPickerDialog):
        CustomerPickerDialog.setWindowTitle(QCoreApplication.translate("CustomerPickerDialog", u"Choose a customer", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CustomerPickerDialog", u"Name, pinyin, phone, ID number or village", None))
    # retranslateUi

