# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from agricrm.gui.widgets.date_field import DateTimeField
from agricrm.gui.widgets.field_errors import MessagePanel

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(1000, 660)
        self.dialogLayout = QVBoxLayout(ComplaintDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ComplaintDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.splitter = QSplitter(ComplaintDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.intakeTab = QWidget()
        self.intakeTab.setObjectName(u"intakeTab")
        self.intakeTabLayout = QVBoxLayout(self.intakeTab)
        self.intakeTabLayout.setObjectName(u"intakeTabLayout")
        self.intakeForm = QFormLayout()
        self.intakeForm.setObjectName(u"intakeForm")
        self.complainantLabel = QLabel(self.intakeTab)
        self.complainantLabel.setObjectName(u"complainantLabel")

        self.intakeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.complainantLabel)

        self.complainantLayout = QHBoxLayout()
        self.complainantLayout.setObjectName(u"complainantLayout")
        self.customerRadio = QRadioButton(self.intakeTab)
        self.customerRadio.setObjectName(u"customerRadio")

        self.complainantLayout.addWidget(self.customerRadio)

        self.callerRadio = QRadioButton(self.intakeTab)
        self.callerRadio.setObjectName(u"callerRadio")

        self.complainantLayout.addWidget(self.callerRadio)

        self.complainantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complainantLayout.addItem(self.complainantSpacer)


        self.intakeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.complainantLayout)

        self.customerLabel = QLabel(self.intakeTab)
        self.customerLabel.setObjectName(u"customerLabel")

        self.intakeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerLayout = QHBoxLayout()
        self.customerLayout.setObjectName(u"customerLayout")
        self.customerValue = QLabel(self.intakeTab)
        self.customerValue.setObjectName(u"customerValue")
        self.customerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customerLayout.addWidget(self.customerValue)

        self.chooseCustomerButton = QPushButton(self.intakeTab)
        self.chooseCustomerButton.setObjectName(u"chooseCustomerButton")

        self.customerLayout.addWidget(self.chooseCustomerButton)

        self.customerLayout.setStretch(0, 1)

        self.intakeForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.customerLayout)

        self.callerNameLabel = QLabel(self.intakeTab)
        self.callerNameLabel.setObjectName(u"callerNameLabel")

        self.intakeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.callerNameLabel)

        self.callerNameEdit = QLineEdit(self.intakeTab)
        self.callerNameEdit.setObjectName(u"callerNameEdit")
        self.callerNameEdit.setMaxLength(40)

        self.intakeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.callerNameEdit)

        self.callerPhoneLabel = QLabel(self.intakeTab)
        self.callerPhoneLabel.setObjectName(u"callerPhoneLabel")

        self.intakeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.callerPhoneLabel)

        self.callerPhoneEdit = QLineEdit(self.intakeTab)
        self.callerPhoneEdit.setObjectName(u"callerPhoneEdit")
        self.callerPhoneEdit.setMaxLength(20)

        self.intakeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.callerPhoneEdit)

        self.channelLabel = QLabel(self.intakeTab)
        self.channelLabel.setObjectName(u"channelLabel")

        self.intakeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.intakeTab)
        self.channelCombo.setObjectName(u"channelCombo")

        self.intakeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.categoryLabel = QLabel(self.intakeTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.intakeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.intakeTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.intakeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.severityLabel = QLabel(self.intakeTab)
        self.severityLabel.setObjectName(u"severityLabel")

        self.intakeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityLayout = QHBoxLayout()
        self.severityLayout.setObjectName(u"severityLayout")
        self.severityCombo = QComboBox(self.intakeTab)
        self.severityCombo.setObjectName(u"severityCombo")

        self.severityLayout.addWidget(self.severityCombo)

        self.deadlineHint = QLabel(self.intakeTab)
        self.deadlineHint.setObjectName(u"deadlineHint")

        self.severityLayout.addWidget(self.deadlineHint)

        self.severityLayout.setStretch(1, 1)

        self.intakeForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.severityLayout)

        self.receivedLabel = QLabel(self.intakeTab)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.intakeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = DateTimeField(self.intakeTab)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.intakeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.officerLabel = QLabel(self.intakeTab)
        self.officerLabel.setObjectName(u"officerLabel")

        self.intakeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(self.intakeTab)
        self.officerCombo.setObjectName(u"officerCombo")

        self.intakeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.descriptionLabel = QLabel(self.intakeTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.intakeForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.intakeTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.intakeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.intakeTabLayout.addLayout(self.intakeForm)

        self.tabs.addTab(self.intakeTab, "")
        self.handlingTab = QWidget()
        self.handlingTab.setObjectName(u"handlingTab")
        self.handlingTabLayout = QVBoxLayout(self.handlingTab)
        self.handlingTabLayout.setObjectName(u"handlingTabLayout")
        self.handlingView = QTextBrowser(self.handlingTab)
        self.handlingView.setObjectName(u"handlingView")
        self.handlingView.setOpenLinks(False)

        self.handlingTabLayout.addWidget(self.handlingView)

        self.tabs.addTab(self.handlingTab, "")
        self.splitter.addWidget(self.tabs)
        self.historyGroup = QGroupBox(self.splitter)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.timelineView = QTextBrowser(self.historyGroup)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setMinimumSize(QSize(300, 0))
        self.timelineView.setOpenLinks(False)

        self.historyLayout.addWidget(self.timelineView)

        self.splitter.addWidget(self.historyGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.formMessage = MessagePanel(ComplaintDialog)
        self.formMessage.setObjectName(u"formMessage")

        self.dialogLayout.addWidget(self.formMessage)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.investigateButton = QPushButton(ComplaintDialog)
        self.investigateButton.setObjectName(u"investigateButton")

        self.actionLayout.addWidget(self.investigateButton)

        self.resolveButton = QPushButton(ComplaintDialog)
        self.resolveButton.setObjectName(u"resolveButton")

        self.actionLayout.addWidget(self.resolveButton)

        self.replyButton = QPushButton(ComplaintDialog)
        self.replyButton.setObjectName(u"replyButton")

        self.actionLayout.addWidget(self.replyButton)

        self.closeButton = QPushButton(ComplaintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)

        self.reopenButton = QPushButton(ComplaintDialog)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionLayout.addWidget(self.reopenButton)

        self.linkButton = QPushButton(ComplaintDialog)
        self.linkButton.setObjectName(u"linkButton")

        self.actionLayout.addWidget(self.linkButton)

        self.assignButton = QPushButton(ComplaintDialog)
        self.assignButton.setObjectName(u"assignButton")

        self.actionLayout.addWidget(self.assignButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.buttonBox = QDialogButtonBox(ComplaintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.actionLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.actionLayout)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.callerNameLabel.setBuddy(self.callerNameEdit)
        self.callerPhoneLabel.setBuddy(self.callerPhoneEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.severityLabel.setBuddy(self.severityCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.officerLabel.setBuddy(self.officerCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Complaint", None))
        self.complainantLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Complainant", None))
        self.customerRadio.setText(QCoreApplication.translate("ComplaintDialog", u"Customer of the branch", None))
        self.callerRadio.setText(QCoreApplication.translate("ComplaintDialog", u"Unregistered caller", None))
        self.customerLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Customer", None))
        self.chooseCustomerButton.setText(QCoreApplication.translate("ComplaintDialog", u"C&hoose\u2026", None))
        self.callerNameLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Caller's &name", None))
        self.callerPhoneLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Caller's &phone", None))
        self.callerPhoneEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Mobile or landline, e.g. 0539-3221234", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Channel", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Ca&tegory", None))
        self.severityLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Severit&y", None))
        self.receivedLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Received at", None))
        self.officerLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Handling &officer", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"What happened, in the customer's words", None))
        self.tabs.setTabText(self.tabs.indexOf(self.intakeTab), QCoreApplication.translate("ComplaintDialog", u"Complaint", None))
        self.tabs.setTabText(self.tabs.indexOf(self.handlingTab), QCoreApplication.translate("ComplaintDialog", u"Handling", None))
        self.historyGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"History", None))
        self.investigateButton.setText(QCoreApplication.translate("ComplaintDialog", u"Start &investigation\u2026", None))
        self.resolveButton.setText(QCoreApplication.translate("ComplaintDialog", u"Conclude in&vestigation\u2026", None))
        self.replyButton.setText(QCoreApplication.translate("ComplaintDialog", u"&Answer the customer\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintDialog", u"Close the co&mplaint\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("ComplaintDialog", u"R&eopen\u2026", None))
        self.linkButton.setText(QCoreApplication.translate("ComplaintDialog", u"&Link to customer\u2026", None))
        self.assignButton.setText(QCoreApplication.translate("ComplaintDialog", u"Reassi&gn\u2026", None))
    # retranslateUi

