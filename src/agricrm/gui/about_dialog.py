"""Help ▸ About: the version, what it runs on, which database is open, and the licences of
what AgriCRM bundles (the fonts and the icons; resources/fonts/README.md and
resources/icons/README.md say where each came from, and a test fails when a bundled font or
icon set has no entry here)."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agricrm import __version__
from agricrm.gui import style
from agricrm.gui.geometry import fit_to_screen
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.i18n import QT_TRANSLATE_NOOP, Text
from agricrm.resources import resource_path


@dataclass(frozen=True)
class BundledFont:
    family: str
    file: str
    licence_file: str
    source: Text
    licence: Text
    use: Text


FONTS = (
    BundledFont(
        "WenQuanYi Micro Hei",
        "WenQuanYiMicroHei.ttf",
        "WenQuanYiMicroHei.COPYRIGHT.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "Debian package fonts-wqy-microhei 0.2.0-beta-3.1"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Apache License 2.0, or GPL 3 or later with the font embedding exception"
        ),
        QT_TRANSLATE_NOOP("AboutDialog", "All text on screen and on paper"),
    ),
    BundledFont(
        "AgriCRM Han Ext",
        "AgriCRMHanExt.ttf",
        "AgriCRMHanExt.COPYRIGHT.txt",
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Hanazono Mincho (Debian package fonts-hanazono 20170904), cut to CJK Extensions A "
            "and B and renamed",
        ),
        QT_TRANSLATE_NOOP("AboutDialog", "Hanazono Font License: free to use, copy and modify"),
        QT_TRANSLATE_NOOP("AboutDialog", "Rare characters in names (such as 䶮 and 𠮷)"),
    ),
)


@dataclass(frozen=True)
class BundledIcons:
    name: str
    folder: str
    licence_file: str
    source: Text
    licence: Text
    use: Text


ICON_SETS = (
    BundledIcons(
        "Lucide",
        "icons",
        "LICENSE.lucide.txt",
        QT_TRANSLATE_NOOP("AboutDialog", "PyPI package lucide 1.1.4 (Lucide outline icons)"),
        QT_TRANSLATE_NOOP("AboutDialog", "ISC licence; portions from Feather under MIT"),
        QT_TRANSLATE_NOOP("AboutDialog", "Icons of the sections, actions and states"),
    ),
)


class AboutDialog(QDialog):
    def __init__(self, database: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About AgriCRM"))
        heading = QLabel(f"<h2>AgriCRM {html.escape(__version__)}</h2>", self)
        summary = QLabel(
            self.tr(
                "Customer files, visits and complaints for the officers of rural banks, credit "
                "cooperatives and agri-input companies; works for weeks without a network."
            ),
            self,
        )
        summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_page(database), self.tr("&Version"))
        self.licences = QTextBrowser(self)
        self.licences.setOpenLinks(False)
        self.licences.setHtml(self._licences_html())
        self.tabs.addTab(self.licences, self.tr("&Fonts, icons and licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 520)

    def _about_page(self, database: Path | None) -> QWidget:
        rows = [
            (self.tr("Version"), __version__),
            (
                self.tr("Runs on"),
                arg(
                    self.tr("Python %1, Qt %2, PySide6 %3, %4"),
                    platform.python_version(),
                    qVersion(),
                    PySide6.__version__,
                    platform.system(),
                ),
            ),
            (self.tr("Database"), str(database) if database else "—"),
            (self.tr("Data folder"), str(database.parent) if database else "—"),
            (
                self.tr("Licence"),
                self.tr("Proprietary; the bundled fonts and icons keep their own licences"),
            ),
        ]
        table = "".join(
            f"<tr><td style='color:{style.MUTED};padding-right:12px'>{html.escape(label)}</td>"
            f"<td>{html.escape(value)}</td></tr>"
            for label, value in rows
        )
        page = QLabel(f"<table>{table}</table>", self)
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.setContentsMargins(8, 8, 8, 8)
        return page

    def _licences_html(self) -> str:
        rows = "".join(
            "<tr>"
            f"<td><b>{html.escape(font.family)}</b><br/><small>{html.escape(font.file)}</small></td>"
            f"<td>{html.escape(qt_tr(font.use))}</td>"
            f"<td>{html.escape(qt_tr(font.source))}</td>"
            f"<td>{html.escape(qt_tr(font.licence))}</td>"
            "</tr>"
            for font in FONTS
        )
        header = "".join(
            f"<th align='left'>{html.escape(text)}</th>"
            for text in (
                self.tr("Font"),
                self.tr("Used for"),
                self.tr("Source"),
                self.tr("Licence"),
            )
        )
        texts = []
        for font in FONTS:
            path = resource_path("fonts") / font.licence_file
            original = path.read_text("utf-8") if path.is_file() else ""
            title = arg(self.tr("%1: the licence as published (in English)"), font.family)
            texts.append(
                f"<h4>{html.escape(title)}</h4>"
                f"<pre style='white-space: pre-wrap'>{html.escape(original)}</pre>"
            )
        intro = self.tr(
            "AgriCRM bundles these fonts so that names print the same on every computer; "
            "they are embedded in the PDF reports as subsets."
        )
        icon_header = "".join(
            f"<th align='left'>{html.escape(text)}</th>"
            for text in (
                self.tr("Icons"),
                self.tr("Used for"),
                self.tr("Source"),
                self.tr("Licence"),
            )
        )
        icon_rows = "".join(
            f"<tr><td><b>{html.escape(icons.name)}</b></td>"
            f"<td>{html.escape(qt_tr(icons.use))}</td>"
            f"<td>{html.escape(qt_tr(icons.source))}</td>"
            f"<td>{html.escape(qt_tr(icons.licence))}</td></tr>"
            for icons in ICON_SETS
        )
        for icons in ICON_SETS:
            path = resource_path(icons.folder) / icons.licence_file
            original = path.read_text("utf-8") if path.is_file() else ""
            title = arg(self.tr("%1: the licence as published (in English)"), icons.name)
            texts.append(
                f"<h4>{html.escape(title)}</h4>"
                f"<pre style='white-space: pre-wrap'>{html.escape(original)}</pre>"
            )
        table = "<table cellspacing='0' cellpadding='4' border='1'>"
        return (
            f"<p>{html.escape(intro)}</p>"
            f"{table}<tr>{header}</tr>{rows}</table><p></p>"
            f"{table}<tr>{icon_header}</tr>{icon_rows}</table>" + "".join(texts)
        )
