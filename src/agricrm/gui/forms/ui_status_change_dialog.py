# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StatusChangeDialog(object):
    def setupUi(self, StatusChangeDialog):
        if not StatusChangeDialog.objectName():
            StatusChangeDialog.setObjectName(u"StatusChangeDialog")
        StatusChangeDialog.resize(460, 260)
        self.dialogLayout = QVBoxLayout(StatusChangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(StatusChangeDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentValue = QLabel(StatusChangeDialog)
        self.currentValue.setObjectName(u"currentValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.targetLabel = QLabel(StatusChangeDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(StatusChangeDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.reasonLabel = QLabel(StatusChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StatusChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(StatusChangeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StatusChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusChangeDialog)

        QMetaObject.connectSlotsByName(StatusChangeDialog)
    # setupUi

    def retranslateUi(self, StatusChangeDialog):
        StatusChangeDialog.setWindowTitle(QCoreApplication.translate("StatusChangeDialog", u"Change status", None))
        self.currentLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"Current status", None))
        self.targetLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"&New status", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"&Reason", None))
    # retranslateUi

