# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_step_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget)

from agricrm.gui.widgets.date_field import DateTimeField
from agricrm.gui.widgets.field_errors import MessagePanel

class Ui_ComplaintStepDialog(object):
    def setupUi(self, ComplaintStepDialog):
        if not ComplaintStepDialog.objectName():
            ComplaintStepDialog.setObjectName(u"ComplaintStepDialog")
        ComplaintStepDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(ComplaintStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ComplaintStepDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.pages = QStackedWidget(ComplaintStepDialog)
        self.pages.setObjectName(u"pages")
        self.investigatePage = QWidget()
        self.investigatePage.setObjectName(u"investigatePage")
        self.investigatePageLayout = QVBoxLayout(self.investigatePage)
        self.investigatePageLayout.setObjectName(u"investigatePageLayout")
        self.investigatePageForm = QFormLayout()
        self.investigatePageForm.setObjectName(u"investigatePageForm")
        self.investigateNoteEditLabel = QLabel(self.investigatePage)
        self.investigateNoteEditLabel.setObjectName(u"investigateNoteEditLabel")

        self.investigatePageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.investigateNoteEditLabel)

        self.investigateNoteEdit = QPlainTextEdit(self.investigatePage)
        self.investigateNoteEdit.setObjectName(u"investigateNoteEdit")
        self.investigateNoteEdit.setTabChangesFocus(True)

        self.investigatePageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.investigateNoteEdit)


        self.investigatePageLayout.addLayout(self.investigatePageForm)

        self.pages.addWidget(self.investigatePage)
        self.resolvePage = QWidget()
        self.resolvePage.setObjectName(u"resolvePage")
        self.resolvePageLayout = QVBoxLayout(self.resolvePage)
        self.resolvePageLayout.setObjectName(u"resolvePageLayout")
        self.resolvePageForm = QFormLayout()
        self.resolvePageForm.setObjectName(u"resolvePageForm")
        self.causeComboLabel = QLabel(self.resolvePage)
        self.causeComboLabel.setObjectName(u"causeComboLabel")

        self.resolvePageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeComboLabel)

        self.causeCombo = QComboBox(self.resolvePage)
        self.causeCombo.setObjectName(u"causeCombo")

        self.resolvePageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.causeCombo)

        self.responsibilityComboLabel = QLabel(self.resolvePage)
        self.responsibilityComboLabel.setObjectName(u"responsibilityComboLabel")

        self.resolvePageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibilityComboLabel)

        self.responsibilityCombo = QComboBox(self.resolvePage)
        self.responsibilityCombo.setObjectName(u"responsibilityCombo")

        self.resolvePageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responsibilityCombo)

        self.findingsEditLabel = QLabel(self.resolvePage)
        self.findingsEditLabel.setObjectName(u"findingsEditLabel")

        self.resolvePageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.findingsEditLabel)

        self.findingsEdit = QPlainTextEdit(self.resolvePage)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)

        self.resolvePageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.resolveNoteEditLabel = QLabel(self.resolvePage)
        self.resolveNoteEditLabel.setObjectName(u"resolveNoteEditLabel")

        self.resolvePageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resolveNoteEditLabel)

        self.resolveNoteEdit = QPlainTextEdit(self.resolvePage)
        self.resolveNoteEdit.setObjectName(u"resolveNoteEdit")
        self.resolveNoteEdit.setTabChangesFocus(True)

        self.resolvePageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resolveNoteEdit)


        self.resolvePageLayout.addLayout(self.resolvePageForm)

        self.pages.addWidget(self.resolvePage)
        self.replyPage = QWidget()
        self.replyPage.setObjectName(u"replyPage")
        self.replyPageLayout = QVBoxLayout(self.replyPage)
        self.replyPageLayout.setObjectName(u"replyPageLayout")
        self.replyPageForm = QFormLayout()
        self.replyPageForm.setObjectName(u"replyPageForm")
        self.measuresEditLabel = QLabel(self.replyPage)
        self.measuresEditLabel.setObjectName(u"measuresEditLabel")

        self.replyPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measuresEditLabel)

        self.measuresEdit = QPlainTextEdit(self.replyPage)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)

        self.replyPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.compensationEditLabel = QLabel(self.replyPage)
        self.compensationEditLabel.setObjectName(u"compensationEditLabel")

        self.replyPageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.compensationEditLabel)

        self.compensationEdit = QLineEdit(self.replyPage)
        self.compensationEdit.setObjectName(u"compensationEdit")

        self.replyPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.compensationEdit)

        self.replyMethodComboLabel = QLabel(self.replyPage)
        self.replyMethodComboLabel.setObjectName(u"replyMethodComboLabel")

        self.replyPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replyMethodComboLabel)

        self.replyMethodCombo = QComboBox(self.replyPage)
        self.replyMethodCombo.setObjectName(u"replyMethodCombo")

        self.replyPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replyMethodCombo)

        self.repliedAtEditLabel = QLabel(self.replyPage)
        self.repliedAtEditLabel.setObjectName(u"repliedAtEditLabel")

        self.replyPageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repliedAtEditLabel)

        self.repliedAtEdit = DateTimeField(self.replyPage)
        self.repliedAtEdit.setObjectName(u"repliedAtEdit")

        self.replyPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repliedAtEdit)

        self.replyContentEditLabel = QLabel(self.replyPage)
        self.replyContentEditLabel.setObjectName(u"replyContentEditLabel")

        self.replyPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.replyContentEditLabel)

        self.replyContentEdit = QPlainTextEdit(self.replyPage)
        self.replyContentEdit.setObjectName(u"replyContentEdit")
        self.replyContentEdit.setTabChangesFocus(True)

        self.replyPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.replyContentEdit)

        self.replyNoteEditLabel = QLabel(self.replyPage)
        self.replyNoteEditLabel.setObjectName(u"replyNoteEditLabel")

        self.replyPageForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.replyNoteEditLabel)

        self.replyNoteEdit = QPlainTextEdit(self.replyPage)
        self.replyNoteEdit.setObjectName(u"replyNoteEdit")
        self.replyNoteEdit.setTabChangesFocus(True)

        self.replyPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.replyNoteEdit)


        self.replyPageLayout.addLayout(self.replyPageForm)

        self.pages.addWidget(self.replyPage)
        self.closePage = QWidget()
        self.closePage.setObjectName(u"closePage")
        self.closePageLayout = QVBoxLayout(self.closePage)
        self.closePageLayout.setObjectName(u"closePageLayout")
        self.closePageForm = QFormLayout()
        self.closePageForm.setObjectName(u"closePageForm")
        self.satisfactionComboLabel = QLabel(self.closePage)
        self.satisfactionComboLabel.setObjectName(u"satisfactionComboLabel")

        self.closePageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.satisfactionComboLabel)

        self.satisfactionCombo = QComboBox(self.closePage)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.closePageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.satisfactionCombo)

        self.closeNoteEditLabel = QLabel(self.closePage)
        self.closeNoteEditLabel.setObjectName(u"closeNoteEditLabel")

        self.closePageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closeNoteEditLabel)

        self.closeNoteEdit = QPlainTextEdit(self.closePage)
        self.closeNoteEdit.setObjectName(u"closeNoteEdit")
        self.closeNoteEdit.setTabChangesFocus(True)

        self.closePageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closeNoteEdit)


        self.closePageLayout.addLayout(self.closePageForm)

        self.pages.addWidget(self.closePage)
        self.reopenPage = QWidget()
        self.reopenPage.setObjectName(u"reopenPage")
        self.reopenPageLayout = QVBoxLayout(self.reopenPage)
        self.reopenPageLayout.setObjectName(u"reopenPageLayout")
        self.reopenPageForm = QFormLayout()
        self.reopenPageForm.setObjectName(u"reopenPageForm")
        self.reopenReasonEditLabel = QLabel(self.reopenPage)
        self.reopenReasonEditLabel.setObjectName(u"reopenReasonEditLabel")

        self.reopenPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reopenReasonEditLabel)

        self.reopenReasonEdit = QPlainTextEdit(self.reopenPage)
        self.reopenReasonEdit.setObjectName(u"reopenReasonEdit")
        self.reopenReasonEdit.setTabChangesFocus(True)

        self.reopenPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reopenReasonEdit)


        self.reopenPageLayout.addLayout(self.reopenPageForm)

        self.pages.addWidget(self.reopenPage)

        self.dialogLayout.addWidget(self.pages)

        self.errorLabel = MessagePanel(ComplaintStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.investigateNoteEditLabel.setBuddy(self.investigateNoteEdit)
        self.causeComboLabel.setBuddy(self.causeCombo)
        self.responsibilityComboLabel.setBuddy(self.responsibilityCombo)
        self.findingsEditLabel.setBuddy(self.findingsEdit)
        self.resolveNoteEditLabel.setBuddy(self.resolveNoteEdit)
        self.measuresEditLabel.setBuddy(self.measuresEdit)
        self.compensationEditLabel.setBuddy(self.compensationEdit)
        self.replyMethodComboLabel.setBuddy(self.replyMethodCombo)
        self.repliedAtEditLabel.setBuddy(self.repliedAtEdit)
        self.replyContentEditLabel.setBuddy(self.replyContentEdit)
        self.replyNoteEditLabel.setBuddy(self.replyNoteEdit)
        self.satisfactionComboLabel.setBuddy(self.satisfactionCombo)
        self.closeNoteEditLabel.setBuddy(self.closeNoteEdit)
        self.reopenReasonEditLabel.setBuddy(self.reopenReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintStepDialog)

        QMetaObject.connectSlotsByName(ComplaintStepDialog)
    # setupUi

    def retranslateUi(self, ComplaintStepDialog):
        ComplaintStepDialog.setWindowTitle(QCoreApplication.translate("ComplaintStepDialog", u"Complaint step", None))
        self.investigateNoteEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Note", None))
        self.causeComboLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Cause", None))
        self.responsibilityComboLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Responsibility", None))
        self.findingsEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Findings", None))
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("ComplaintStepDialog", u"What the investigation established", None))
        self.resolveNoteEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Note", None))
        self.measuresEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Measures taken", None))
        self.measuresEdit.setPlaceholderText(QCoreApplication.translate("ComplaintStepDialog", u"Apology, refund, training, a partner's replacement\u2026", None))
        self.compensationEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"Com&pensation (yuan)", None))
        self.compensationEdit.setPlaceholderText(QCoreApplication.translate("ComplaintStepDialog", u"Leave empty when there is none", None))
        self.replyMethodComboLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"Answered &by", None))
        self.repliedAtEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"Answered &at", None))
        self.replyContentEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"What the customer was &told", None))
        self.replyNoteEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Note", None))
        self.satisfactionComboLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"Customer's &satisfaction", None))
        self.closeNoteEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Note", None))
        self.reopenReasonEditLabel.setText(QCoreApplication.translate("ComplaintStepDialog", u"&Reason", None))
        self.reopenReasonEdit.setPlaceholderText(QCoreApplication.translate("ComplaintStepDialog", u"Why the complaint is taken up again", None))
    # retranslateUi

