"""The font layer: fallback runs, substitutes, the ToUnicode fix, lazy imports."""

from __future__ import annotations

import subprocess
import sys

from agricrm.reports import fonts


def test_fonts_are_registered_once_per_process() -> None:
    from reportlab.pdfbase import pdfmetrics

    first = fonts.ensure_fonts()
    assert fonts.ensure_fonts() is first
    assert {fonts.SANS, fonts.HAN_EXT} <= set(pdfmetrics.getRegisteredFontNames())


def test_rare_characters_switch_to_the_fallback_font() -> None:
    assert fonts.paragraph_markup("张三 & <李四>") == "张三 &amp; &lt;李四&gt;"
    markup = fonts.paragraph_markup("𠮷䶮明")
    assert markup == f'<font name="{fonts.HAN_EXT}">𠮷䶮</font>明'
    assert fonts.text_runs("王䶮x") == [
        (fonts.SANS, "王"),
        (fonts.HAN_EXT, "䶮"),
        (fonts.SANS, "x"),
    ]


def test_a_character_in_no_font_becomes_a_visible_substitute_and_is_reported() -> None:
    missing: set[str] = set()
    markup = fonts.paragraph_markup("石\U0002a700碑", missing)
    assert missing == {"\U0002a700"}
    assert fonts.SUBSTITUTE in markup and "U+2A700" in markup
    assert fonts.plain_text("石\U0002a700", missing) == "石〓"
    assert fonts.missing_characters("䶮😀\U0002a700") == {"😀", "\U0002a700"}


def test_line_breaks_kept_and_control_characters_dropped() -> None:
    assert fonts.paragraph_markup("第一行\r\n第二行\x00\x07\tend") == "第一行<br/>第二行 end"


def test_to_unicode_map_writes_surrogate_pairs_above_the_basic_plane() -> None:
    cmap = fonts._to_unicode_cmap("X", [0x20, 0x5F20, 0x20BB7])
    assert "<00> <0020>" in cmap and "<01> <5F20>" in cmap
    assert "<02> <D842DFB7>" in cmap  # 𠮷


def test_reportlab_is_not_imported_until_a_report_is_made() -> None:
    code = (
        "import sys\n"
        "import agricrm.reports.document, agricrm.reports.customer_sheet, agricrm.reports.summary\n"
        "import agricrm.services.reports, agricrm.cli.main\n"
        "import agricrm.gui.main_window, agricrm.gui.reports.actions\n"
        "import agricrm.gui.customers.detail_dialog, agricrm.gui.settings_dialog\n"
        "assert 'reportlab' not in sys.modules, 'reportlab imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
