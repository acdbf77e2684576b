# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizard)

from agricrm.gui.widgets.checked_page import CheckedPage

class Ui_RegisterWizard(object):
    def setupUi(self, RegisterWizard):
        if not RegisterWizard.objectName():
            RegisterWizard.setObjectName(u"RegisterWizard")
        RegisterWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.filePage = CheckedPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.filePathLayout = QHBoxLayout()
        self.filePathLayout.setObjectName(u"filePathLayout")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.filePathLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.filePathLayout.addWidget(self.fileEdit)

        self.fileBrowseButton = QPushButton(self.filePage)
        self.fileBrowseButton.setObjectName(u"fileBrowseButton")

        self.filePathLayout.addWidget(self.fileBrowseButton)


        self.fileLayout.addLayout(self.filePathLayout)

        self.fileProblem = QLabel(self.filePage)
        self.fileProblem.setObjectName(u"fileProblem")
        self.fileProblem.setWordWrap(True)
        self.fileProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileLayout.addWidget(self.fileProblem)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        RegisterWizard.addPage(self.filePage)
        self.sheetPage = CheckedPage()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetChoiceLayout = QHBoxLayout()
        self.sheetChoiceLayout.setObjectName(u"sheetChoiceLayout")
        self.sheetLabel = QLabel(self.sheetPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetChoiceLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.sheetPage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.sheetChoiceLayout.addWidget(self.sheetCombo)

        self.headingRowLabel = QLabel(self.sheetPage)
        self.headingRowLabel.setObjectName(u"headingRowLabel")

        self.sheetChoiceLayout.addWidget(self.headingRowLabel)

        self.headingRowSpin = QSpinBox(self.sheetPage)
        self.headingRowSpin.setObjectName(u"headingRowSpin")
        self.headingRowSpin.setMinimum(1)
        self.headingRowSpin.setMaximum(30)

        self.sheetChoiceLayout.addWidget(self.headingRowSpin)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetChoiceLayout.addItem(self.sheetSpacer)


        self.sheetLayout.addLayout(self.sheetChoiceLayout)

        self.rowsTable = QTableWidget(self.sheetPage)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.sheetLayout.addWidget(self.rowsTable)

        self.sheetNotes = QLabel(self.sheetPage)
        self.sheetNotes.setObjectName(u"sheetNotes")
        self.sheetNotes.setWordWrap(True)
        self.sheetNotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetLayout.addWidget(self.sheetNotes)

        self.membersChoiceLayout = QHBoxLayout()
        self.membersChoiceLayout.setObjectName(u"membersChoiceLayout")
        self.membersSheetLabel = QLabel(self.sheetPage)
        self.membersSheetLabel.setObjectName(u"membersSheetLabel")

        self.membersChoiceLayout.addWidget(self.membersSheetLabel)

        self.membersSheetCombo = QComboBox(self.sheetPage)
        self.membersSheetCombo.setObjectName(u"membersSheetCombo")

        self.membersChoiceLayout.addWidget(self.membersSheetCombo)

        self.membersHeadingLabel = QLabel(self.sheetPage)
        self.membersHeadingLabel.setObjectName(u"membersHeadingLabel")

        self.membersChoiceLayout.addWidget(self.membersHeadingLabel)

        self.membersHeadingSpin = QSpinBox(self.sheetPage)
        self.membersHeadingSpin.setObjectName(u"membersHeadingSpin")
        self.membersHeadingSpin.setMinimum(1)
        self.membersHeadingSpin.setMaximum(30)

        self.membersChoiceLayout.addWidget(self.membersHeadingSpin)

        self.membersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersChoiceLayout.addItem(self.membersSpacer)


        self.sheetLayout.addLayout(self.membersChoiceLayout)

        self.membersNotes = QLabel(self.sheetPage)
        self.membersNotes.setObjectName(u"membersNotes")
        self.membersNotes.setWordWrap(True)
        self.membersNotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetLayout.addWidget(self.membersNotes)

        self.sheetLayout.setStretch(1, 1)
        RegisterWizard.addPage(self.sheetPage)
        self.mappingPage = CheckedPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.savedLayout = QHBoxLayout()
        self.savedLayout.setObjectName(u"savedLayout")
        self.savedLabel = QLabel(self.mappingPage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.savedLayout.addWidget(self.savedLabel)

        self.savedCombo = QComboBox(self.mappingPage)
        self.savedCombo.setObjectName(u"savedCombo")

        self.savedLayout.addWidget(self.savedCombo)

        self.savedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedLayout.addItem(self.savedSpacer)

        self.saveMappingButton = QPushButton(self.mappingPage)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.savedLayout.addWidget(self.saveMappingButton)


        self.mappingLayout.addLayout(self.savedLayout)

        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mappingLayout.addWidget(self.mappingTable)

        self.membersMappingLabel = QLabel(self.mappingPage)
        self.membersMappingLabel.setObjectName(u"membersMappingLabel")
        self.membersMappingLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.membersMappingLabel)

        self.membersMappingTable = QTableWidget(self.mappingPage)
        self.membersMappingTable.setObjectName(u"membersMappingTable")
        self.membersMappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersMappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mappingLayout.addWidget(self.membersMappingTable)

        self.mappingStatus = QLabel(self.mappingPage)
        self.mappingStatus.setObjectName(u"mappingStatus")
        self.mappingStatus.setWordWrap(True)
        self.mappingStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mappingLayout.addWidget(self.mappingStatus)

        self.mappingLayout.setStretch(1, 2)
        self.mappingLayout.setStretch(3, 1)
        RegisterWizard.addPage(self.mappingPage)
        self.previewPage = CheckedPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)
        self.previewSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewSummary)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.rowsTab = QWidget()
        self.rowsTab.setObjectName(u"rowsTab")
        self.rowsTabLayout = QVBoxLayout(self.rowsTab)
        self.rowsTabLayout.setObjectName(u"rowsTabLayout")
        self.previewTable = QTableView(self.rowsTab)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.rowsTabLayout.addWidget(self.previewTable)

        self.previewTabs.addTab(self.rowsTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.membersTable = QTableView(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)

        self.membersTabLayout.addWidget(self.membersTable)

        self.previewTabs.addTab(self.membersTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsTabLayout = QVBoxLayout(self.problemsTab)
        self.problemsTabLayout.setObjectName(u"problemsTabLayout")
        self.problemsNote = QLabel(self.problemsTab)
        self.problemsNote.setObjectName(u"problemsNote")
        self.problemsNote.setWordWrap(True)

        self.problemsTabLayout.addWidget(self.problemsNote)

        self.problemsTable = QTableWidget(self.problemsTab)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setAlternatingRowColors(True)

        self.problemsTabLayout.addWidget(self.problemsTable)

        self.previewTabs.addTab(self.problemsTab, "")
        self.villagesTab = QWidget()
        self.villagesTab.setObjectName(u"villagesTab")
        self.villagesTabLayout = QVBoxLayout(self.villagesTab)
        self.villagesTabLayout.setObjectName(u"villagesTabLayout")
        self.villagesNote = QLabel(self.villagesTab)
        self.villagesNote.setObjectName(u"villagesNote")
        self.villagesNote.setWordWrap(True)

        self.villagesTabLayout.addWidget(self.villagesNote)

        self.villagesTable = QTableWidget(self.villagesTab)
        self.villagesTable.setObjectName(u"villagesTable")
        self.villagesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.villagesTable.setAlternatingRowColors(True)

        self.villagesTabLayout.addWidget(self.villagesTable)

        self.previewTabs.addTab(self.villagesTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.recheckLayout = QHBoxLayout()
        self.recheckLayout.setObjectName(u"recheckLayout")
        self.recheckStatus = QLabel(self.previewPage)
        self.recheckStatus.setObjectName(u"recheckStatus")
        self.recheckStatus.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recheckStatus.sizePolicy().hasHeightForWidth())
        self.recheckStatus.setSizePolicy(sizePolicy)

        self.recheckLayout.addWidget(self.recheckStatus)

        self.recheckButton = QPushButton(self.previewPage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.recheckLayout.addWidget(self.recheckButton)


        self.previewLayout.addLayout(self.recheckLayout)

        self.importResult = QLabel(self.previewPage)
        self.importResult.setObjectName(u"importResult")
        self.importResult.setWordWrap(True)
        self.importResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.importResult)

        self.previewLayout.setStretch(1, 1)
        RegisterWizard.addPage(self.previewPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headingRowLabel.setBuddy(self.headingRowSpin)
        self.membersSheetLabel.setBuddy(self.membersSheetCombo)
        self.membersHeadingLabel.setBuddy(self.membersHeadingSpin)
        self.savedLabel.setBuddy(self.savedCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterWizard)

        QMetaObject.connectSlotsByName(RegisterWizard)
    # setupUi

    def retranslateUi(self, RegisterWizard):
        RegisterWizard.setWindowTitle(QCoreApplication.translate("RegisterWizard", u"Import a list", None))
        self.filePage.setTitle(QCoreApplication.translate("RegisterWizard", u"Choose the file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("RegisterWizard", u"A register of the branch: an Excel or WPS workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV list.", None))
        self.fileLabel.setText(QCoreApplication.translate("RegisterWizard", u"&File", None))
        self.fileBrowseButton.setText(QCoreApplication.translate("RegisterWizard", u"B&rowse\u2026", None))
        self.sheetPage.setTitle(QCoreApplication.translate("RegisterWizard", u"The sheet and its heading row", None))
        self.sheetPage.setSubTitle(QCoreApplication.translate("RegisterWizard", u"Rows above the heading row (titles, who filled it in) are left out. Click a row to make it the heading row.", None))
        self.sheetLabel.setText(QCoreApplication.translate("RegisterWizard", u"&Sheet", None))
        self.headingRowLabel.setText(QCoreApplication.translate("RegisterWizard", u"&Heading row", None))
        self.membersSheetLabel.setText(QCoreApplication.translate("RegisterWizard", u"Family &members on the sheet", None))
        self.membersHeadingLabel.setText(QCoreApplication.translate("RegisterWizard", u"Its heading ro&w", None))
        self.mappingPage.setTitle(QCoreApplication.translate("RegisterWizard", u"Columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("RegisterWizard", u"Each column fills a customer field, is kept in the customer's notes, or is ignored. Every column must be decided.", None))
        self.savedLabel.setText(QCoreApplication.translate("RegisterWizard", u"Saved &mapping", None))
        self.saveMappingButton.setText(QCoreApplication.translate("RegisterWizard", u"Sa&ve this mapping as\u2026", None))
        self.previewPage.setTitle(QCoreApplication.translate("RegisterWizard", u"Preview", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("RegisterWizard", u"What importing would do with each row. Nothing changes until you press Import.", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.rowsTab), QCoreApplication.translate("RegisterWizard", u"Ro&ws", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.membersTab), QCoreApplication.translate("RegisterWizard", u"&Members", None))
        self.problemsNote.setText(QCoreApplication.translate("RegisterWizard", u"Correct a cell here and check again; the file itself is not changed. What stays wrong is listed in the problem workbook.", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.problemsTab), QCoreApplication.translate("RegisterWizard", u"&Problems", None))
        self.villagesNote.setText(QCoreApplication.translate("RegisterWizard", u"Villages of the register that are not in the branch's list. Choose for each whether a branch manager adds it to the list or which listed village it means, then check again.", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.villagesTab), QCoreApplication.translate("RegisterWizard", u"Villa&ges", None))
        self.recheckButton.setText(QCoreApplication.translate("RegisterWizard", u"Chec&k again", None))
    # retranslateUi

