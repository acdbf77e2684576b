"""The fonts of every report: registered once per process, embedded as subsets, with a fallback.

WenQuanYi Micro Hei (`SANS`) prints everyday Chinese, Latin and digits.  Names may hold
characters from CJK Extension A/B (䶮, 𠮷) that Micro Hei lacks; those runs switch to
"AgriCRM Han Ext" (`HAN_EXT`).  A character in neither font is never dropped silently: it
prints as the substitute mark 〓 followed by its code point in small grey type (〓U+2B820), the
typesetter's convention for a missing character, and the report lists it so the caller can
tell the user (see `ReportKit.missing`).

reportlab embeds TrueType fonts as subsets of at most 256 glyphs each, with a ToUnicode map so
the text stays selectable.  Its map writes a code point above U+FFFF as five hex digits, which
no reader accepts, so 𠮷 would be lost on copy; `_to_unicode_cmap` writes UTF-16 surrogate
pairs as the PDF specification asks and replaces reportlab's function when fonts are first
registered.  Parsing Micro Hei costs ~0.1 s, so it happens once per process, never per report
and never at GUI start-up (this module imports reportlab only inside `ensure_fonts`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from agricrm.resources import resource_path

SANS = "AgriCRM-Sans"
HAN_EXT = "AgriCRM-HanExt"
FONT_FILES = {SANS: "WenQuanYiMicroHei.ttf", HAN_EXT: "AgriCRMHanExt.ttf"}
SUBSTITUTE = "〓"
SUBSTITUTE_COLOR = "#777777"

# Characters no report should carry: C0/C1 controls except tab and newline, and the
# byte-order mark.  They have no glyph anywhere and would break the paragraph markup.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and which characters each can draw."""

    sans: str
    han_ext: str
    main_gap: re.Pattern[str]  # matches a character Micro Hei cannot draw
    ext_chars: frozenset[int]

    def font_for(self, char: str) -> str | None:
        """The font that draws `char`, or None when neither does."""
        if self.main_gap.match(char) is None:
            return self.sans
        if ord(char) in self.ext_chars:
            return self.han_ext
        return None


_lock = threading.Lock()
_fonts: FontSet | None = None


def ensure_fonts() -> FontSet:
    """Register both fonts with reportlab (once per process, thread-safe) and return them."""
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register()
    return _fonts


def _register() -> FontSet:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    # Compressed streams stay binary: ASCII85 on top makes every page 25 % larger and costs
    # more time than compressing it (reportlab's default dates from 7-bit mail transport).
    rl_config.useA85 = 0
    faces: dict[str, Any] = {}
    for name, file_name in FONT_FILES.items():
        font = TTFont(name, str(resource_path("fonts", file_name)))
        pdfmetrics.registerFont(font)
        # No bold or italic faces exist: <b> and <i> keep the same face instead of failing.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        faces[name] = font.face
    main = set(faces[SANS].charToGlyph)
    main.update((0x09, 0x0A))  # handled by the markup, never drawn
    return FontSet(
        sans=SANS,
        han_ext=HAN_EXT,
        main_gap=re.compile(f"[^{_char_class(main)}]"),
        ext_chars=frozenset(faces[HAN_EXT].charToGlyph),
    )


def _char_class(code_points: Iterable[int]) -> str:
    """A regular-expression class body (ranges) matching exactly `code_points`."""
    parts: list[str] = []
    ordered = sorted(code_points)
    start = previous = ordered[0]
    for point in [*ordered[1:], -1]:
        if point == previous + 1:
            previous = point
            continue
        first, last = re.escape(chr(start)), re.escape(chr(previous))
        parts.append(first if start == previous else f"{first}-{last}")
        start = previous = point
    return "".join(parts)


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with code points above U+FFFF as UTF-16 surrogate pairs."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_utf16_hex(point)}>" for index, point in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def clean(text: str) -> str:
    """Line ends as ``\\n``, tabs as spaces, control characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text.replace("\t", " "))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def substitute_markup(char: str) -> str:
    return (
        f'<font name="{SANS}" color="{SUBSTITUTE_COLOR}">{SUBSTITUTE}'
        f'<font size="6">U+{ord(char):04X}</font></font>'
    )


def paragraph_markup(text: str, missing: set[str] | None = None) -> str:
    """`text` as reportlab paragraph markup: escaped, line breaks kept, rare characters in the
    fallback font, characters no font has replaced by the visible substitute (and collected in
    `missing`)."""
    fonts = ensure_fonts()
    text = clean(text)
    if fonts.main_gap.search(text) is None:
        escaped = _escape(text)
        return escaped.replace("\n", "<br/>") if "\n" in escaped else escaped
    out: list[str] = []
    for font, run in _runs(fonts, text):
        if font == fonts.sans:
            out.append(_escape(run).replace("\n", "<br/>"))
        elif font == fonts.han_ext:
            out.append(f'<font name="{fonts.han_ext}">{_escape(run)}</font>')
        else:
            if missing is not None:
                missing.update(run)
            out.extend(substitute_markup(char) for char in run)
    return "".join(out)


def text_runs(text: str, missing: set[str] | None = None) -> list[tuple[str, str]]:
    """`text` as (font, run) pairs for drawing straight on a canvas or in a chart; a character
    no font has becomes the substitute mark."""
    fonts = ensure_fonts()
    text = clean(text).replace("\n", " ")
    if fonts.main_gap.search(text) is None:
        return [(fonts.sans, text)]
    result: list[tuple[str, str]] = []
    for font, run in _runs(fonts, text):
        if font is None:
            if missing is not None:
                missing.update(run)
            result.append((fonts.sans, SUBSTITUTE * len(run)))
        else:
            result.append((font, run))
    return result


def plain_text(text: str, missing: set[str] | None = None) -> str:
    """`text` for places that take one font (chart labels): characters Micro Hei lacks become
    the substitute mark."""
    return "".join(
        run if font == SANS else SUBSTITUTE * len(run) for font, run in text_runs(text, missing)
    )


def _runs(fonts: FontSet, text: str) -> list[tuple[str | None, str]]:
    runs: list[tuple[str | None, str]] = []
    position = 0
    for match in fonts.main_gap.finditer(text):
        if match.start() > position:
            runs.append((fonts.sans, text[position : match.start()]))
        char = match.group()
        font = fonts.han_ext if ord(char) in fonts.ext_chars else None
        if runs and runs[-1][0] == font and match.start() == position:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
        position = match.end()
    if position < len(text):
        runs.append((fonts.sans, text[position:]))
    return runs


def missing_characters(text: str) -> set[str]:
    """The characters of `text` that neither bundled font can draw."""
    fonts = ensure_fonts()
    return {
        char for char in fonts.main_gap.findall(clean(text)) if ord(char) not in fonts.ext_chars
    }
