# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from agricrm.gui.widgets.date_field import (DateField, TimeField)
from agricrm.gui.widgets.field_errors import MessagePanel

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(1000, 700)
        self.dialogLayout = QVBoxLayout(VisitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(VisitDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.RichText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.customerLabel = QLabel(VisitDialog)
        self.customerLabel.setObjectName(u"customerLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerCombo = QComboBox(VisitDialog)
        self.customerCombo.setObjectName(u"customerCombo")
        self.customerCombo.setEditable(True)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerCombo)

        self.statusLabel = QLabel(VisitDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(VisitDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.typeLabel = QLabel(VisitDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(VisitDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.modeLabel = QLabel(VisitDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(VisitDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.dateLabel = QLabel(VisitDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(VisitDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(VisitDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = TimeField(VisitDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.townshipLabel = QLabel(VisitDialog)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.townshipLabel)

        self.townshipCombo = QComboBox(VisitDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setEditable(True)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.villageLabel = QLabel(VisitDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = QComboBox(VisitDialog)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setEditable(True)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.attendeesLabel = QLabel(VisitDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesEdit = QLineEdit(VisitDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.purposeLabel = QLabel(VisitDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(VisitDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.nextVisitLabel = QLabel(VisitDialog)
        self.nextVisitLabel.setObjectName(u"nextVisitLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.nextVisitLabel)

        self.nextVisitEdit = DateField(VisitDialog)
        self.nextVisitEdit.setObjectName(u"nextVisitEdit")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.nextVisitEdit)

        self.satisfactionLabel = QLabel(VisitDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfactionCombo = QComboBox(VisitDialog)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.satisfactionCombo)

        self.officerLabel = QLabel(VisitDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(VisitDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.officerCombo)


        self.columnsLayout.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.conditionLabel = QLabel(VisitDialog)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionEdit = QPlainTextEdit(VisitDialog)
        self.conditionEdit.setObjectName(u"conditionEdit")
        self.conditionEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.conditionEdit)

        self.problemsLabel = QLabel(VisitDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemsLabel)

        self.problemsLayout = QGridLayout()
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemFundingShortageCheck = QCheckBox(VisitDialog)
        self.problemFundingShortageCheck.setObjectName(u"problemFundingShortageCheck")

        self.problemsLayout.addWidget(self.problemFundingShortageCheck, 0, 0, 1, 1)

        self.problemTechnologyCheck = QCheckBox(VisitDialog)
        self.problemTechnologyCheck.setObjectName(u"problemTechnologyCheck")

        self.problemsLayout.addWidget(self.problemTechnologyCheck, 0, 1, 1, 1)

        self.problemMarketAccessCheck = QCheckBox(VisitDialog)
        self.problemMarketAccessCheck.setObjectName(u"problemMarketAccessCheck")

        self.problemsLayout.addWidget(self.problemMarketAccessCheck, 0, 2, 1, 1)

        self.problemDisasterCheck = QCheckBox(VisitDialog)
        self.problemDisasterCheck.setObjectName(u"problemDisasterCheck")

        self.problemsLayout.addWidget(self.problemDisasterCheck, 1, 0, 1, 1)

        self.problemFamilyCheck = QCheckBox(VisitDialog)
        self.problemFamilyCheck.setObjectName(u"problemFamilyCheck")

        self.problemsLayout.addWidget(self.problemFamilyCheck, 1, 1, 1, 1)


        self.rightForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.problemsLayout)

        self.needsLabel = QLabel(VisitDialog)
        self.needsLabel.setObjectName(u"needsLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsLayout = QGridLayout()
        self.needsLayout.setObjectName(u"needsLayout")
        self.needFundingCheck = QCheckBox(VisitDialog)
        self.needFundingCheck.setObjectName(u"needFundingCheck")

        self.needsLayout.addWidget(self.needFundingCheck, 0, 0, 1, 1)

        self.needTrainingCheck = QCheckBox(VisitDialog)
        self.needTrainingCheck.setObjectName(u"needTrainingCheck")

        self.needsLayout.addWidget(self.needTrainingCheck, 0, 1, 1, 1)

        self.needMarketInfoCheck = QCheckBox(VisitDialog)
        self.needMarketInfoCheck.setObjectName(u"needMarketInfoCheck")

        self.needsLayout.addWidget(self.needMarketInfoCheck, 0, 2, 1, 1)

        self.needInsuranceCheck = QCheckBox(VisitDialog)
        self.needInsuranceCheck.setObjectName(u"needInsuranceCheck")

        self.needsLayout.addWidget(self.needInsuranceCheck, 1, 0, 1, 1)

        self.needOtherCheck = QCheckBox(VisitDialog)
        self.needOtherCheck.setObjectName(u"needOtherCheck")

        self.needsLayout.addWidget(self.needOtherCheck, 1, 1, 1, 1)


        self.rightForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.needsLayout)

        self.servicesLabel = QLabel(VisitDialog)
        self.servicesLabel.setObjectName(u"servicesLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.servicesLabel)

        self.servicesLayout = QGridLayout()
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.serviceLoanCheck = QCheckBox(VisitDialog)
        self.serviceLoanCheck.setObjectName(u"serviceLoanCheck")

        self.servicesLayout.addWidget(self.serviceLoanCheck, 0, 0, 1, 1)

        self.serviceTrainingCheck = QCheckBox(VisitDialog)
        self.serviceTrainingCheck.setObjectName(u"serviceTrainingCheck")

        self.servicesLayout.addWidget(self.serviceTrainingCheck, 0, 1, 1, 1)

        self.serviceMarketInfoCheck = QCheckBox(VisitDialog)
        self.serviceMarketInfoCheck.setObjectName(u"serviceMarketInfoCheck")

        self.servicesLayout.addWidget(self.serviceMarketInfoCheck, 0, 2, 1, 1)

        self.serviceInsuranceCheck = QCheckBox(VisitDialog)
        self.serviceInsuranceCheck.setObjectName(u"serviceInsuranceCheck")

        self.servicesLayout.addWidget(self.serviceInsuranceCheck, 1, 0, 1, 1)


        self.rightForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.servicesLayout)

        self.notesLabel = QLabel(VisitDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(VisitDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columnsLayout.addLayout(self.rightForm)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.tabs = QTabWidget(VisitDialog)
        self.tabs.setObjectName(u"tabs")
        self.followUpsTab = QWidget()
        self.followUpsTab.setObjectName(u"followUpsTab")
        self.followUpsLayout = QVBoxLayout(self.followUpsTab)
        self.followUpsLayout.setObjectName(u"followUpsLayout")
        self.followUpsTable = QTableView(self.followUpsTab)
        self.followUpsTable.setObjectName(u"followUpsTable")

        self.followUpsLayout.addWidget(self.followUpsTable)

        self.followUpsErrors = QLabel(self.followUpsTab)
        self.followUpsErrors.setObjectName(u"followUpsErrors")
        self.followUpsErrors.setWordWrap(True)

        self.followUpsLayout.addWidget(self.followUpsErrors)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.followUpAddButton = QPushButton(self.followUpsTab)
        self.followUpAddButton.setObjectName(u"followUpAddButton")

        self.followUpButtons.addWidget(self.followUpAddButton)

        self.followUpRemoveButton = QPushButton(self.followUpsTab)
        self.followUpRemoveButton.setObjectName(u"followUpRemoveButton")

        self.followUpButtons.addWidget(self.followUpRemoveButton)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpSpacer)


        self.followUpsLayout.addLayout(self.followUpButtons)

        self.tabs.addTab(self.followUpsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.tabs.addTab(self.attachmentsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.formMessage = MessagePanel(VisitDialog)
        self.formMessage.setObjectName(u"formMessage")

        self.bottomLayout.addWidget(self.formMessage)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customerCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.modeLabel.setBuddy(self.modeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.villageLabel.setBuddy(self.villageCombo)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.nextVisitLabel.setBuddy(self.nextVisitEdit)
        self.satisfactionLabel.setBuddy(self.satisfactionCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.conditionLabel.setBuddy(self.conditionEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customerCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.townshipCombo)
        QWidget.setTabOrder(self.townshipCombo, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.attendeesEdit)
        QWidget.setTabOrder(self.attendeesEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.conditionEdit)
        QWidget.setTabOrder(self.conditionEdit, self.problemFundingShortageCheck)
        QWidget.setTabOrder(self.problemFundingShortageCheck, self.problemTechnologyCheck)
        QWidget.setTabOrder(self.problemTechnologyCheck, self.problemMarketAccessCheck)
        QWidget.setTabOrder(self.problemMarketAccessCheck, self.problemDisasterCheck)
        QWidget.setTabOrder(self.problemDisasterCheck, self.problemFamilyCheck)
        QWidget.setTabOrder(self.problemFamilyCheck, self.needFundingCheck)
        QWidget.setTabOrder(self.needFundingCheck, self.needTrainingCheck)
        QWidget.setTabOrder(self.needTrainingCheck, self.needMarketInfoCheck)
        QWidget.setTabOrder(self.needMarketInfoCheck, self.needInsuranceCheck)
        QWidget.setTabOrder(self.needInsuranceCheck, self.needOtherCheck)
        QWidget.setTabOrder(self.needOtherCheck, self.serviceLoanCheck)
        QWidget.setTabOrder(self.serviceLoanCheck, self.serviceTrainingCheck)
        QWidget.setTabOrder(self.serviceTrainingCheck, self.serviceMarketInfoCheck)
        QWidget.setTabOrder(self.serviceMarketInfoCheck, self.serviceInsuranceCheck)
        QWidget.setTabOrder(self.serviceInsuranceCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.nextVisitEdit)
        QWidget.setTabOrder(self.nextVisitEdit, self.satisfactionCombo)
        QWidget.setTabOrder(self.satisfactionCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.followUpsTable)
        QWidget.setTabOrder(self.followUpsTable, self.followUpAddButton)
        QWidget.setTabOrder(self.followUpAddButton, self.followUpRemoveButton)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.customerLabel.setText(QCoreApplication.translate("VisitDialog", u"C&ustomer", None))
        self.statusLabel.setText(QCoreApplication.translate("VisitDialog", u"&Status", None))
        self.typeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Type", None))
        self.modeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Mode", None))
        self.dateLabel.setText(QCoreApplication.translate("VisitDialog", u"&Date", None))
        self.timeLabel.setText(QCoreApplication.translate("VisitDialog", u"T&ime", None))
        self.townshipLabel.setText(QCoreApplication.translate("VisitDialog", u"To&wnship", None))
        self.villageLabel.setText(QCoreApplication.translate("VisitDialog", u"&Village", None))
        self.attendeesLabel.setText(QCoreApplication.translate("VisitDialog", u"&Attendees", None))
        self.purposeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Purpose", None))
        self.nextVisitLabel.setText(QCoreApplication.translate("VisitDialog", u"Ne&xt visit", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("VisitDialog", u"Satis&faction", None))
        self.officerLabel.setText(QCoreApplication.translate("VisitDialog", u"Offic&er", None))
        self.conditionLabel.setText(QCoreApplication.translate("VisitDialog", u"Production &condition", None))
        self.problemsLabel.setText(QCoreApplication.translate("VisitDialog", u"Problems met", None))
        self.problemFundingShortageCheck.setText(QCoreApplication.translate("VisitDialog", u"Funding shortage", None))
        self.problemTechnologyCheck.setText(QCoreApplication.translate("VisitDialog", u"Technology", None))
        self.problemMarketAccessCheck.setText(QCoreApplication.translate("VisitDialog", u"Market access", None))
        self.problemDisasterCheck.setText(QCoreApplication.translate("VisitDialog", u"Natural disaster", None))
        self.problemFamilyCheck.setText(QCoreApplication.translate("VisitDialog", u"Family difficulties", None))
        self.needsLabel.setText(QCoreApplication.translate("VisitDialog", u"Needs identified", None))
        self.needFundingCheck.setText(QCoreApplication.translate("VisitDialog", u"Funding", None))
        self.needTrainingCheck.setText(QCoreApplication.translate("VisitDialog", u"Technical training", None))
        self.needMarketInfoCheck.setText(QCoreApplication.translate("VisitDialog", u"Market information", None))
        self.needInsuranceCheck.setText(QCoreApplication.translate("VisitDialog", u"Insurance", None))
        self.needOtherCheck.setText(QCoreApplication.translate("VisitDialog", u"Other", None))
        self.servicesLabel.setText(QCoreApplication.translate("VisitDialog", u"Services offered", None))
        self.serviceLoanCheck.setText(QCoreApplication.translate("VisitDialog", u"Loan", None))
        self.serviceTrainingCheck.setText(QCoreApplication.translate("VisitDialog", u"Training", None))
        self.serviceMarketInfoCheck.setText(QCoreApplication.translate("VisitDialog", u"Market information", None))
        self.serviceInsuranceCheck.setText(QCoreApplication.translate("VisitDialog", u"Insurance", None))
        self.notesLabel.setText(QCoreApplication.translate("VisitDialog", u"N&otes", None))
        self.followUpAddButton.setText(QCoreApplication.translate("VisitDialog", u"Add follow-up action", None))
        self.followUpRemoveButton.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpsTab), QCoreApplication.translate("VisitDialog", u"Follow-up actions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("VisitDialog", u"Photos and documents", None))
    # retranslateUi

