# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.exportGroup = QGroupBox(SyncPage)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportForm = QFormLayout(self.exportGroup)
        self.exportForm.setObjectName(u"exportForm")
        self.modeLabel = QLabel(self.exportGroup)
        self.modeLabel.setObjectName(u"modeLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeLayout = QHBoxLayout()
        self.modeLayout.setObjectName(u"modeLayout")
        self.sinceLastRadio = QRadioButton(self.exportGroup)
        self.sinceLastRadio.setObjectName(u"sinceLastRadio")
        self.sinceLastRadio.setChecked(True)

        self.modeLayout.addWidget(self.sinceLastRadio)

        self.fullRadio = QRadioButton(self.exportGroup)
        self.fullRadio.setObjectName(u"fullRadio")

        self.modeLayout.addWidget(self.fullRadio)

        self.modeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeLayout.addItem(self.modeSpacer)


        self.exportForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.modeLayout)

        self.officerLabel = QLabel(self.exportGroup)
        self.officerLabel.setObjectName(u"officerLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(self.exportGroup)
        self.officerCombo.setObjectName(u"officerCombo")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.exportPathLabel = QLabel(self.exportGroup)
        self.exportPathLabel.setObjectName(u"exportPathLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.exportPathLabel)

        self.exportPathLayout = QHBoxLayout()
        self.exportPathLayout.setObjectName(u"exportPathLayout")
        self.exportPathEdit = QLineEdit(self.exportGroup)
        self.exportPathEdit.setObjectName(u"exportPathEdit")

        self.exportPathLayout.addWidget(self.exportPathEdit)

        self.exportBrowseButton = QPushButton(self.exportGroup)
        self.exportBrowseButton.setObjectName(u"exportBrowseButton")

        self.exportPathLayout.addWidget(self.exportBrowseButton)

        self.exportButton = QPushButton(self.exportGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.exportPathLayout.addWidget(self.exportButton)


        self.exportForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.exportPathLayout)

        self.exportResult = QLabel(self.exportGroup)
        self.exportResult.setObjectName(u"exportResult")
        self.exportResult.setWordWrap(True)
        self.exportResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exportResult)


        self.pageLayout.addWidget(self.exportGroup)

        self.importGroup = QGroupBox(SyncPage)
        self.importGroup.setObjectName(u"importGroup")
        self.importLayout = QVBoxLayout(self.importGroup)
        self.importLayout.setObjectName(u"importLayout")
        self.importPathLayout = QHBoxLayout()
        self.importPathLayout.setObjectName(u"importPathLayout")
        self.importPathEdit = QLineEdit(self.importGroup)
        self.importPathEdit.setObjectName(u"importPathEdit")

        self.importPathLayout.addWidget(self.importPathEdit)

        self.importBrowseButton = QPushButton(self.importGroup)
        self.importBrowseButton.setObjectName(u"importBrowseButton")

        self.importPathLayout.addWidget(self.importBrowseButton)

        self.previewButton = QPushButton(self.importGroup)
        self.previewButton.setObjectName(u"previewButton")

        self.importPathLayout.addWidget(self.previewButton)

        self.importButton = QPushButton(self.importGroup)
        self.importButton.setObjectName(u"importButton")

        self.importPathLayout.addWidget(self.importButton)

        self.registerButton = QPushButton(self.importGroup)
        self.registerButton.setObjectName(u"registerButton")

        self.importPathLayout.addWidget(self.registerButton)


        self.importLayout.addLayout(self.importPathLayout)

        self.previewSummary = QLabel(self.importGroup)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)
        self.previewSummary.setTextFormat(Qt.TextFormat.RichText)

        self.importLayout.addWidget(self.previewSummary)

        self.previewTable = QTableWidget(self.importGroup)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.importLayout.addWidget(self.previewTable)

        self.importResult = QLabel(self.importGroup)
        self.importResult.setObjectName(u"importResult")
        self.importResult.setWordWrap(True)
        self.importResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.importResult)

        self.importLayout.setStretch(2, 1)

        self.pageLayout.addWidget(self.importGroup)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.officerLabel.setBuddy(self.officerCombo)
        self.exportPathLabel.setBuddy(self.exportPathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.exportGroup.setTitle(QCoreApplication.translate("SyncPage", u"Export a package for headquarters or another device", None))
        self.modeLabel.setText(QCoreApplication.translate("SyncPage", u"Contents", None))
        self.sinceLastRadio.setText(QCoreApplication.translate("SyncPage", u"&Changes since the last export", None))
        self.fullRadio.setText(QCoreApplication.translate("SyncPage", u"&Everything", None))
        self.officerLabel.setText(QCoreApplication.translate("SyncPage", u"&Officer", None))
        self.exportPathLabel.setText(QCoreApplication.translate("SyncPage", u"Save &as", None))
        self.exportBrowseButton.setText(QCoreApplication.translate("SyncPage", u"Browse\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"E&xport", None))
        self.importGroup.setTitle(QCoreApplication.translate("SyncPage", u"Import a package or a filled-in workbook", None))
        self.importPathEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"An .xlsx package or workbook, or a .csv customer list", None))
        self.importBrowseButton.setText(QCoreApplication.translate("SyncPage", u"Browse\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("SyncPage", u"&Preview", None))
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Import", None))
        self.registerButton.setText(QCoreApplication.translate("SyncPage", u"Import a &list\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("SyncPage", u"A branch's own register (a village list, a survey, a list from the core banking system): choose its sheet and map its columns", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

