"""Bundled CJK fonts, registered at start-up so Chinese never renders as boxes.

WenQuanYi Micro Hei covers everyday Chinese; "AgriCRM Han Ext" (a subset of Hanazono Mincho)
follows it in the family list so names with Extension A/B characters (䶮, 𠮷) still show.
The size and the rest of the look are `gui.style`'s.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from agricrm.resources import resource_path

FONT_FILES = ("WenQuanYiMicroHei.ttf", "AgriCRMHanExt.ttf")


def register_fonts() -> list[str]:
    families: list[str] = []
    for file_name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id)[:1])
    return families
