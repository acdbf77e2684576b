"""Fonts, translations and compiled forms: what makes the app look right everywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def _render(text: str) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(QApplication.font())
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_bundled_fonts_cover_common_and_rare_name_characters() -> None:
    families = QApplication.font().families()
    assert families[:2] == ["WenQuanYi Micro Hei", "AgriCRM Han Ext"]
    covered = {
        char: any(QRawFont.fromFont(QFont(f)).supportsCharacter(ord(char)) for f in families)
        for char in "客户曾单䶮𠮷"
    }
    assert all(covered.values()), covered


def test_chinese_renders_as_distinct_glyphs_not_boxes() -> None:
    tofu = _render("\ue000")  # a private-use code point no font has: drawn as a box
    images = [_render(char) for char in "客户䶮𠮷"]
    assert all(image != tofu for image in images)
    assert len({image.cacheKey() for image in images}) == len(images)
    assert images[0] != images[1] and images[2] != images[3]


def test_every_user_visible_string_is_translated() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_compiled_forms_match_their_ui_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside an f-string, so such a string would stay English."""
    offenders = []
    for path in (ROOT / "src" / "agricrm").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "tr":
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
