# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 480)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.textSizeLabel = QLabel(self.generalTab)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeCombo = QComboBox(self.generalTab)
        self.textSizeCombo.setObjectName(u"textSizeCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textSizeCombo)

        self.textSizeNote = QLabel(self.generalTab)
        self.textSizeNote.setObjectName(u"textSizeNote")
        self.textSizeNote.setWordWrap(True)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textSizeNote)

        self.tabs.addTab(self.generalTab, "")
        self.branchTab = QWidget()
        self.branchTab.setObjectName(u"branchTab")
        self.branchForm = QFormLayout(self.branchTab)
        self.branchForm.setObjectName(u"branchForm")
        self.branchNameLabel = QLabel(self.branchTab)
        self.branchNameLabel.setObjectName(u"branchNameLabel")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchNameLabel)

        self.branchNameEdit = QLineEdit(self.branchTab)
        self.branchNameEdit.setObjectName(u"branchNameEdit")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchNameEdit)

        self.provinceLabel = QLabel(self.branchTab)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.branchTab)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.cityLabel = QLabel(self.branchTab)
        self.cityLabel.setObjectName(u"cityLabel")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.branchTab)
        self.cityEdit.setObjectName(u"cityEdit")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countyLabel = QLabel(self.branchTab)
        self.countyLabel.setObjectName(u"countyLabel")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.countyEdit = QLineEdit(self.branchTab)
        self.countyEdit.setObjectName(u"countyEdit")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countyEdit)

        self.logoLabel = QLabel(self.branchTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.branchTab)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(160, 56))
        self.logoPreview.setMaximumSize(QSize(160, 56))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(self.branchTab)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoLayout.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.branchTab)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoLayout.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.branchForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.logoNote = QLabel(self.branchTab)
        self.logoNote.setObjectName(u"logoNote")
        self.logoNote.setWordWrap(True)

        self.branchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.logoNote)

        self.logoError = QLabel(self.branchTab)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)

        self.branchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.logoError)

        self.seriesLabel = QLabel(self.branchTab)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.branchForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesEdit = QLineEdit(self.branchTab)
        self.seriesEdit.setObjectName(u"seriesEdit")
        self.seriesEdit.setMaxLength(3)
        self.seriesEdit.setMaximumSize(QSize(80, 16777215))

        self.branchForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.seriesEdit)

        self.seriesNote = QLabel(self.branchTab)
        self.seriesNote.setObjectName(u"seriesNote")
        self.seriesNote.setWordWrap(True)

        self.branchForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.seriesNote)

        self.seriesError = QLabel(self.branchTab)
        self.seriesError.setObjectName(u"seriesError")
        self.seriesError.setWordWrap(True)

        self.branchForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.seriesError)

        self.tabs.addTab(self.branchTab, "")
        self.villagesTab = QWidget()
        self.villagesTab.setObjectName(u"villagesTab")
        self.villagesLayout = QVBoxLayout(self.villagesTab)
        self.villagesLayout.setObjectName(u"villagesLayout")
        self.villageTree = QTreeWidget(self.villagesTab)
        self.villageTree.setObjectName(u"villageTree")
        self.villageTree.setRootIsDecorated(False)
        self.villageTree.setSortingEnabled(True)

        self.villagesLayout.addWidget(self.villageTree)

        self.addVillageLayout = QHBoxLayout()
        self.addVillageLayout.setObjectName(u"addVillageLayout")
        self.newTownshipEdit = QLineEdit(self.villagesTab)
        self.newTownshipEdit.setObjectName(u"newTownshipEdit")

        self.addVillageLayout.addWidget(self.newTownshipEdit)

        self.newVillageEdit = QLineEdit(self.villagesTab)
        self.newVillageEdit.setObjectName(u"newVillageEdit")

        self.addVillageLayout.addWidget(self.newVillageEdit)

        self.addVillageButton = QPushButton(self.villagesTab)
        self.addVillageButton.setObjectName(u"addVillageButton")

        self.addVillageLayout.addWidget(self.addVillageButton)


        self.villagesLayout.addLayout(self.addVillageLayout)

        self.villageError = QLabel(self.villagesTab)
        self.villageError.setObjectName(u"villageError")
        self.villageError.setWordWrap(True)

        self.villagesLayout.addWidget(self.villageError)

        self.tabs.addTab(self.villagesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.textSizeLabel.setBuddy(self.textSizeCombo)
        self.branchNameLabel.setBuddy(self.branchNameEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countyLabel.setBuddy(self.countyEdit)
        self.logoLabel.setBuddy(self.chooseLogoButton)
        self.seriesLabel.setBuddy(self.seriesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect when AgriCRM is restarted.", None))
        self.textSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Text size", None))
        self.textSizeNote.setText(QCoreApplication.translate("SettingsDialog", u"Larger text, for easier reading, applies to every window as soon as you save.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.branchNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Branch &name", None))
        self.provinceLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Province", None))
        self.cityLabel.setText(QCoreApplication.translate("SettingsDialog", u"Cit&y", None))
        self.countyLabel.setText(QCoreApplication.translate("SettingsDialog", u"&County", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"Letterhead &logo", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"&Remove", None))
        self.logoNote.setText(QCoreApplication.translate("SettingsDialog", u"PNG or JPEG, at most 512 KB; printed at the top of every report.", None))
        self.seriesLabel.setText(QCoreApplication.translate("SettingsDialog", u"Number &series", None))
        self.tabs.setTabText(self.tabs.indexOf(self.branchTab), QCoreApplication.translate("SettingsDialog", u"Branch", None))
        ___qtreewidgetitem = self.villageTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsDialog", u"Village", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsDialog", u"Township", None))
        self.newTownshipEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Township", None))
        self.newVillageEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Village", None))
        self.addVillageButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add village", None))
        self.tabs.setTabText(self.tabs.indexOf(self.villagesTab), QCoreApplication.translate("SettingsDialog", u"Villages", None))
    # retranslateUi

