# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_report_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SummaryReportDialog(object):
    def setupUi(self, SummaryReportDialog):
        if not SummaryReportDialog.objectName():
            SummaryReportDialog.setObjectName(u"SummaryReportDialog")
        SummaryReportDialog.resize(420, 230)
        self.dialogLayout = QVBoxLayout(SummaryReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.periodKindLabel = QLabel(SummaryReportDialog)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodKindLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodKindCombo = QComboBox(SummaryReportDialog)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.periodLayout.addWidget(self.periodKindCombo)

        self.yearSpin = QSpinBox(SummaryReportDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.numberCombo = QComboBox(SummaryReportDialog)
        self.numberCombo.setObjectName(u"numberCombo")

        self.periodLayout.addWidget(self.numberCombo)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.scopeLabel = QLabel(SummaryReportDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(SummaryReportDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.rangeLabel = QLabel(SummaryReportDialog)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rangeLabel)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(SummaryReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SummaryReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodKindLabel.setBuddy(self.periodKindCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryReportDialog)

        QMetaObject.connectSlotsByName(SummaryReportDialog)
    # setupUi

    def retranslateUi(self, SummaryReportDialog):
        SummaryReportDialog.setWindowTitle(QCoreApplication.translate("SummaryReportDialog", u"Periodic summary", None))
        self.periodKindLabel.setText(QCoreApplication.translate("SummaryReportDialog", u"&Period", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("SummaryReportDialog", u"Year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.numberCombo.setAccessibleName(QCoreApplication.translate("SummaryReportDialog", u"Month or quarter", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("SummaryReportDialog", u"&Customers of", None))
    # retranslateUi

