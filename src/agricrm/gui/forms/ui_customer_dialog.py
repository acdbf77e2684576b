# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from agricrm.gui.widgets.date_field import DateField
from agricrm.gui.widgets.field_errors import MessagePanel

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(900, 680)
        self.dialogLayout = QVBoxLayout(CustomerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(CustomerDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(CustomerDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicTabLayout = QVBoxLayout(self.basicTab)
        self.basicTabLayout.setObjectName(u"basicTabLayout")
        self.basicForm = QFormLayout()
        self.basicForm.setObjectName(u"basicForm")
        self.nameEditLabel = QLabel(self.basicTab)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idNumberEditLabel = QLabel(self.basicTab)
        self.idNumberEditLabel.setObjectName(u"idNumberEditLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberEditLabel)

        self.idNumberEdit = QLineEdit(self.basicTab)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(20)

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.genderComboLabel = QLabel(self.basicTab)
        self.genderComboLabel.setObjectName(u"genderComboLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderComboLabel)

        self.genderCombo = QComboBox(self.basicTab)
        self.genderCombo.setObjectName(u"genderCombo")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthDateEditLabel = QLabel(self.basicTab)
        self.birthDateEditLabel.setObjectName(u"birthDateEditLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateEditLabel)

        self.birthDateEdit = DateField(self.basicTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.lunarBirthdayCheck = QCheckBox(self.basicTab)
        self.lunarBirthdayCheck.setObjectName(u"lunarBirthdayCheck")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lunarBirthdayCheck)

        self.phoneEditLabel = QLabel(self.basicTab)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phonesLayout = QHBoxLayout()
        self.phonesLayout.setObjectName(u"phonesLayout")
        self.phoneEdit = QLineEdit(self.basicTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.phonesLayout.addWidget(self.phoneEdit)

        self.landlineEditLabel = QLabel(self.basicTab)
        self.landlineEditLabel.setObjectName(u"landlineEditLabel")

        self.phonesLayout.addWidget(self.landlineEditLabel)

        self.landlineEdit = QLineEdit(self.basicTab)
        self.landlineEdit.setObjectName(u"landlineEdit")
        self.landlineEdit.setMaxLength(20)
        self.landlineEdit.setPlaceholderText(u"0531-88776655")

        self.phonesLayout.addWidget(self.landlineEdit)

        self.phonesLayout.setStretch(0, 1)
        self.phonesLayout.setStretch(2, 1)

        self.basicForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phonesLayout)

        self.ethnicityComboLabel = QLabel(self.basicTab)
        self.ethnicityComboLabel.setObjectName(u"ethnicityComboLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ethnicityComboLabel)

        self.ethnicityCombo = QComboBox(self.basicTab)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.educationComboLabel = QLabel(self.basicTab)
        self.educationComboLabel.setObjectName(u"educationComboLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.educationComboLabel)

        self.educationCombo = QComboBox(self.basicTab)
        self.educationCombo.setObjectName(u"educationCombo")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.householdSpinLabel = QLabel(self.basicTab)
        self.householdSpinLabel.setObjectName(u"householdSpinLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.householdSpinLabel)

        self.householdSpin = QSpinBox(self.basicTab)
        self.householdSpin.setObjectName(u"householdSpin")
        self.householdSpin.setMaximum(50)

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.householdSpin)

        self.provinceEditLabel = QLabel(self.basicTab)
        self.provinceEditLabel.setObjectName(u"provinceEditLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.provinceEditLabel)

        self.provinceEdit = QLineEdit(self.basicTab)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.cityEditLabel = QLabel(self.basicTab)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(self.basicTab)
        self.cityEdit.setObjectName(u"cityEdit")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countyEditLabel = QLabel(self.basicTab)
        self.countyEditLabel.setObjectName(u"countyEditLabel")

        self.basicForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.countyEditLabel)

        self.countyEdit = QLineEdit(self.basicTab)
        self.countyEdit.setObjectName(u"countyEdit")

        self.basicForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.countyEdit)

        self.townshipComboLabel = QLabel(self.basicTab)
        self.townshipComboLabel.setObjectName(u"townshipComboLabel")

        self.basicForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.townshipComboLabel)

        self.townshipCombo = QComboBox(self.basicTab)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setEditable(True)

        self.basicForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.villageComboLabel = QLabel(self.basicTab)
        self.villageComboLabel.setObjectName(u"villageComboLabel")

        self.basicForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.villageComboLabel)

        self.villageCombo = QComboBox(self.basicTab)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setEditable(True)

        self.basicForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.addressEditLabel = QLabel(self.basicTab)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.basicForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(self.basicTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.basicForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.basicTabLayout.addLayout(self.basicForm)

        self.basicStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicTabLayout.addItem(self.basicStretch)

        self.tabs.addTab(self.basicTab, "")
        self.productionTab = QWidget()
        self.productionTab.setObjectName(u"productionTab")
        self.productionTabLayout = QVBoxLayout(self.productionTab)
        self.productionTabLayout.setObjectName(u"productionTabLayout")
        self.productionForm = QFormLayout()
        self.productionForm.setObjectName(u"productionForm")
        self.businessModeComboLabel = QLabel(self.productionTab)
        self.businessModeComboLabel.setObjectName(u"businessModeComboLabel")

        self.productionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.businessModeComboLabel)

        self.businessModeCombo = QComboBox(self.productionTab)
        self.businessModeCombo.setObjectName(u"businessModeCombo")

        self.productionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.businessModeCombo)

        self.landAreaEditLabel = QLabel(self.productionTab)
        self.landAreaEditLabel.setObjectName(u"landAreaEditLabel")

        self.productionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.landAreaEditLabel)

        self.landAreaEdit = QLineEdit(self.productionTab)
        self.landAreaEdit.setObjectName(u"landAreaEdit")
        self.landAreaEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.productionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.landAreaEdit)

        self.annualIncomeEditLabel = QLabel(self.productionTab)
        self.annualIncomeEditLabel.setObjectName(u"annualIncomeEditLabel")

        self.productionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.annualIncomeEditLabel)

        self.annualIncomeEdit = QLineEdit(self.productionTab)
        self.annualIncomeEdit.setObjectName(u"annualIncomeEdit")
        self.annualIncomeEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.productionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.annualIncomeEdit)

        self.technologyNotesEditLabel = QLabel(self.productionTab)
        self.technologyNotesEditLabel.setObjectName(u"technologyNotesEditLabel")

        self.productionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.technologyNotesEditLabel)

        self.technologyNotesEdit = QPlainTextEdit(self.productionTab)
        self.technologyNotesEdit.setObjectName(u"technologyNotesEdit")
        self.technologyNotesEdit.setTabChangesFocus(True)
        self.technologyNotesEdit.setMaximumSize(QSize(16777215, 80))

        self.productionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.technologyNotesEdit)


        self.productionTabLayout.addLayout(self.productionForm)

        self.itemsGroup = QGroupBox(self.productionTab)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsLayout = QVBoxLayout(self.itemsGroup)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsTable = QTableView(self.itemsGroup)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

        self.itemsLayout.addWidget(self.itemsTable)

        self.itemsButtons = QHBoxLayout()
        self.itemsButtons.setObjectName(u"itemsButtons")
        self.itemsAddButton = QPushButton(self.itemsGroup)
        self.itemsAddButton.setObjectName(u"itemsAddButton")

        self.itemsButtons.addWidget(self.itemsAddButton)

        self.itemsRemoveButton = QPushButton(self.itemsGroup)
        self.itemsRemoveButton.setObjectName(u"itemsRemoveButton")

        self.itemsButtons.addWidget(self.itemsRemoveButton)

        self.itemsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemsButtons.addItem(self.itemsSpacer)


        self.itemsLayout.addLayout(self.itemsButtons)

        self.itemsErrors = QLabel(self.itemsGroup)
        self.itemsErrors.setObjectName(u"itemsErrors")
        self.itemsErrors.setWordWrap(True)

        self.itemsLayout.addWidget(self.itemsErrors)


        self.productionTabLayout.addWidget(self.itemsGroup)

        self.productionTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.productionTab, "")
        self.creditTab = QWidget()
        self.creditTab.setObjectName(u"creditTab")
        self.creditTabLayout = QVBoxLayout(self.creditTab)
        self.creditTabLayout.setObjectName(u"creditTabLayout")
        self.creditForm = QFormLayout()
        self.creditForm.setObjectName(u"creditForm")
        self.creditGradeComboLabel = QLabel(self.creditTab)
        self.creditGradeComboLabel.setObjectName(u"creditGradeComboLabel")

        self.creditForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.creditGradeComboLabel)

        self.creditGradeCombo = QComboBox(self.creditTab)
        self.creditGradeCombo.setObjectName(u"creditGradeCombo")

        self.creditForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.creditGradeCombo)

        self.creditNotesEditLabel = QLabel(self.creditTab)
        self.creditNotesEditLabel.setObjectName(u"creditNotesEditLabel")

        self.creditForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.creditNotesEditLabel)

        self.creditNotesEdit = QPlainTextEdit(self.creditTab)
        self.creditNotesEdit.setObjectName(u"creditNotesEdit")
        self.creditNotesEdit.setTabChangesFocus(True)
        self.creditNotesEdit.setMaximumSize(QSize(16777215, 80))

        self.creditForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creditNotesEdit)


        self.creditTabLayout.addLayout(self.creditForm)

        self.loansGroup = QGroupBox(self.creditTab)
        self.loansGroup.setObjectName(u"loansGroup")
        self.loansLayout = QVBoxLayout(self.loansGroup)
        self.loansLayout.setObjectName(u"loansLayout")
        self.loansTable = QTableView(self.loansGroup)
        self.loansTable.setObjectName(u"loansTable")
        self.loansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loansTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

        self.loansLayout.addWidget(self.loansTable)

        self.loansButtons = QHBoxLayout()
        self.loansButtons.setObjectName(u"loansButtons")
        self.loansAddButton = QPushButton(self.loansGroup)
        self.loansAddButton.setObjectName(u"loansAddButton")

        self.loansButtons.addWidget(self.loansAddButton)

        self.loansRemoveButton = QPushButton(self.loansGroup)
        self.loansRemoveButton.setObjectName(u"loansRemoveButton")

        self.loansButtons.addWidget(self.loansRemoveButton)

        self.loansSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loansButtons.addItem(self.loansSpacer)


        self.loansLayout.addLayout(self.loansButtons)

        self.loansErrors = QLabel(self.loansGroup)
        self.loansErrors.setObjectName(u"loansErrors")
        self.loansErrors.setWordWrap(True)

        self.loansLayout.addWidget(self.loansErrors)


        self.creditTabLayout.addWidget(self.loansGroup)

        self.creditTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.creditTab, "")
        self.needsTab = QWidget()
        self.needsTab.setObjectName(u"needsTab")
        self.needsTabLayout = QVBoxLayout(self.needsTab)
        self.needsTabLayout.setObjectName(u"needsTabLayout")
        self.needsForm = QFormLayout()
        self.needsForm.setObjectName(u"needsForm")
        self.needsNotesEditLabel = QLabel(self.needsTab)
        self.needsNotesEditLabel.setObjectName(u"needsNotesEditLabel")

        self.needsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.needsNotesEditLabel)

        self.needsNotesEdit = QPlainTextEdit(self.needsTab)
        self.needsNotesEdit.setObjectName(u"needsNotesEdit")
        self.needsNotesEdit.setTabChangesFocus(True)
        self.needsNotesEdit.setMaximumSize(QSize(16777215, 80))

        self.needsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.needsNotesEdit)

        self.notesEditLabel = QLabel(self.needsTab)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.needsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(self.needsTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.needsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tagsEditLabel = QLabel(self.needsTab)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.needsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(self.needsTab)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.needsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.needsTabLayout.addLayout(self.needsForm)

        self.needsGroup = QGroupBox(self.needsTab)
        self.needsGroup.setObjectName(u"needsGroup")
        self.needsChecksLayout = QHBoxLayout(self.needsGroup)
        self.needsChecksLayout.setObjectName(u"needsChecksLayout")
        self.needFundingCheck = QCheckBox(self.needsGroup)
        self.needFundingCheck.setObjectName(u"needFundingCheck")

        self.needsChecksLayout.addWidget(self.needFundingCheck)

        self.needTrainingCheck = QCheckBox(self.needsGroup)
        self.needTrainingCheck.setObjectName(u"needTrainingCheck")

        self.needsChecksLayout.addWidget(self.needTrainingCheck)

        self.needMarketInfoCheck = QCheckBox(self.needsGroup)
        self.needMarketInfoCheck.setObjectName(u"needMarketInfoCheck")

        self.needsChecksLayout.addWidget(self.needMarketInfoCheck)

        self.needInsuranceCheck = QCheckBox(self.needsGroup)
        self.needInsuranceCheck.setObjectName(u"needInsuranceCheck")

        self.needsChecksLayout.addWidget(self.needInsuranceCheck)

        self.needOtherCheck = QCheckBox(self.needsGroup)
        self.needOtherCheck.setObjectName(u"needOtherCheck")

        self.needsChecksLayout.addWidget(self.needOtherCheck)


        self.needsTabLayout.addWidget(self.needsGroup)

        self.needsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.needsTabLayout.addItem(self.needsStretch)

        self.tabs.addTab(self.needsTab, "")
        self.statusTab = QWidget()
        self.statusTab.setObjectName(u"statusTab")
        self.statusTabLayout = QVBoxLayout(self.statusTab)
        self.statusTabLayout.setObjectName(u"statusTabLayout")
        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusValueLabel = QLabel(self.statusTab)
        self.statusValueLabel.setObjectName(u"statusValueLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusValueLabel)

        self.statusValue = QLabel(self.statusTab)
        self.statusValue.setObjectName(u"statusValue")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.officerComboLabel = QLabel(self.statusTab)
        self.officerComboLabel.setObjectName(u"officerComboLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officerComboLabel)

        self.officerCombo = QComboBox(self.statusTab)
        self.officerCombo.setObjectName(u"officerCombo")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerCombo)


        self.statusTabLayout.addLayout(self.statusForm)

        self.historyGroup = QGroupBox(self.statusTab)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTree = QTreeWidget(self.historyGroup)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)

        self.historyLayout.addWidget(self.historyTree)

        self.changeStatusButton = QPushButton(self.historyGroup)
        self.changeStatusButton.setObjectName(u"changeStatusButton")

        self.historyLayout.addWidget(self.changeStatusButton)


        self.statusTabLayout.addWidget(self.historyGroup)

        self.statusTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.statusTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formMessage = MessagePanel(CustomerDialog)
        self.formMessage.setObjectName(u"formMessage")

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.archiveButton = QPushButton(CustomerDialog)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(CustomerDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.idNumberEditLabel.setBuddy(self.idNumberEdit)
        self.genderComboLabel.setBuddy(self.genderCombo)
        self.birthDateEditLabel.setBuddy(self.birthDateEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.landlineEditLabel.setBuddy(self.landlineEdit)
        self.ethnicityComboLabel.setBuddy(self.ethnicityCombo)
        self.educationComboLabel.setBuddy(self.educationCombo)
        self.householdSpinLabel.setBuddy(self.householdSpin)
        self.provinceEditLabel.setBuddy(self.provinceEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.countyEditLabel.setBuddy(self.countyEdit)
        self.townshipComboLabel.setBuddy(self.townshipCombo)
        self.villageComboLabel.setBuddy(self.villageCombo)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.businessModeComboLabel.setBuddy(self.businessModeCombo)
        self.landAreaEditLabel.setBuddy(self.landAreaEdit)
        self.annualIncomeEditLabel.setBuddy(self.annualIncomeEdit)
        self.technologyNotesEditLabel.setBuddy(self.technologyNotesEdit)
        self.creditGradeComboLabel.setBuddy(self.creditGradeCombo)
        self.creditNotesEditLabel.setBuddy(self.creditNotesEdit)
        self.needsNotesEditLabel.setBuddy(self.needsNotesEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.statusValueLabel.setBuddy(self.statusValue)
        self.officerComboLabel.setBuddy(self.officerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer file", None))
        self.nameEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name", None))
        self.idNumberEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&ID number", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"18 characters; birth date and gender are read from it", None))
        self.genderComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Gender", None))
        self.birthDateEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Birth date", None))
        self.lunarBirthdayCheck.setText(QCoreApplication.translate("CustomerDialog", u"Keeps the birthday by the &lunar calendar", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Mobile phone", None))
        self.landlineEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Fi&xed line", None))
        self.ethnicityComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Ethnicity", None))
        self.educationComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"E&ducation", None))
        self.householdSpinLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Household size", None))
        self.provinceEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Province", None))
        self.cityEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Cit&y", None))
        self.countyEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&County", None))
        self.townshipComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Township", None))
        self.villageComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Village", None))
        self.addressEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Address detail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("CustomerDialog", u"Basic information", None))
        self.businessModeComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Business mode", None))
        self.landAreaEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Cultivated &land (mu)", None))
        self.annualIncomeEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Annual &income (yuan)", None))
        self.technologyNotesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Technology notes", None))
        self.itemsGroup.setTitle(QCoreApplication.translate("CustomerDialog", u"Production items", None))
        self.itemsAddButton.setText(QCoreApplication.translate("CustomerDialog", u"Add row", None))
        self.itemsRemoveButton.setText(QCoreApplication.translate("CustomerDialog", u"Remove row", None))
        self.tabs.setTabText(self.tabs.indexOf(self.productionTab), QCoreApplication.translate("CustomerDialog", u"Production and operation", None))
        self.creditGradeComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Credit grade", None))
        self.creditNotesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Credit &notes", None))
        self.loansGroup.setTitle(QCoreApplication.translate("CustomerDialog", u"Loans", None))
        self.loansAddButton.setText(QCoreApplication.translate("CustomerDialog", u"Add row", None))
        self.loansRemoveButton.setText(QCoreApplication.translate("CustomerDialog", u"Remove row", None))
        self.tabs.setTabText(self.tabs.indexOf(self.creditTab), QCoreApplication.translate("CustomerDialog", u"Credit and loans", None))
        self.needsNotesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Needs &notes", None))
        self.notesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Other notes", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"Separate tags with spaces, e.g. VIP", None))
        self.needsGroup.setTitle(QCoreApplication.translate("CustomerDialog", u"Needs", None))
        self.needFundingCheck.setText(QCoreApplication.translate("CustomerDialog", u"Funding", None))
        self.needTrainingCheck.setText(QCoreApplication.translate("CustomerDialog", u"Technical training", None))
        self.needMarketInfoCheck.setText(QCoreApplication.translate("CustomerDialog", u"Market information", None))
        self.needInsuranceCheck.setText(QCoreApplication.translate("CustomerDialog", u"Insurance", None))
        self.needOtherCheck.setText(QCoreApplication.translate("CustomerDialog", u"Other", None))
        self.tabs.setTabText(self.tabs.indexOf(self.needsTab), QCoreApplication.translate("CustomerDialog", u"Needs and notes", None))
        self.statusValueLabel.setText(QCoreApplication.translate("CustomerDialog", u"Current status", None))
        self.officerComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"Assigned &officer", None))
        self.historyGroup.setTitle(QCoreApplication.translate("CustomerDialog", u"Status history", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CustomerDialog", u"Reason", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CustomerDialog", u"By", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CustomerDialog", u"Change", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CustomerDialog", u"When", None))
        self.changeStatusButton.setText(QCoreApplication.translate("CustomerDialog", u"&Change status\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusTab), QCoreApplication.translate("CustomerDialog", u"Status and officer", None))
        self.archiveButton.setText(QCoreApplication.translate("CustomerDialog", u"A&rchive", None))
        self.restoreButton.setText(QCoreApplication.translate("CustomerDialog", u"&Restore", None))
    # retranslateUi

