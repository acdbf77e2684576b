# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_preview_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ReportPreviewDialog(object):
    def setupUi(self, ReportPreviewDialog):
        if not ReportPreviewDialog.objectName():
            ReportPreviewDialog.setObjectName(u"ReportPreviewDialog")
        ReportPreviewDialog.resize(860, 760)
        self.dialogLayout = QVBoxLayout(ReportPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.printButton = QPushButton(ReportPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbarLayout.addWidget(self.saveButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.zoomOutButton = QToolButton(ReportPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(ReportPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.toolbarLayout.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(ReportPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.pageLabel = QLabel(ReportPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(110, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.toolbarLayout.addWidget(self.pageLabel)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.warningLabel = QLabel(ReportPreviewDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.viewHost = QWidget(ReportPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHost.sizePolicy().hasHeightForWidth())
        self.viewHost.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.viewHost)

        self.buttonBox = QDialogButtonBox(ReportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReportPreviewDialog)

        QMetaObject.connectSlotsByName(ReportPreviewDialog)
    # setupUi

    def retranslateUi(self, ReportPreviewDialog):
        ReportPreviewDialog.setWindowTitle(QCoreApplication.translate("ReportPreviewDialog", u"Print preview", None))
        self.printButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Save as PDF\u2026", None))
        self.zoomOutButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomCombo.setAccessibleName(QCoreApplication.translate("ReportPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

