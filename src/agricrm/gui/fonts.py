"""Bundled CJK fonts, registered at start-up so Chinese never renders as boxes.

WenQuanYi Micro Hei covers everyday Chinese; "AgriCRM Han Ext" (a subset of Hanazono Mincho)
follows it in the family list so names with Extension A/B characters (䶮, 𠮷) still show.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from agricrm.resources import resource_path

FONT_FILES = ("WenQuanYiMicroHei.ttf", "AgriCRMHanExt.ttf")
POINT_SIZE = 10


def register_fonts() -> list[str]:
    families: list[str] = []
    for file_name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id)[:1])
    return families


def apply_application_font(app: QApplication, families: list[str]) -> None:
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
