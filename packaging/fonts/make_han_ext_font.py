"""Build resources/fonts/AgriCRMHanExt.ttf, the fallback for rare name characters.

WenQuanYi Micro Hei (the main UI and PDF font) stops at the common CJK block, yet resident
ID cards carry names with Extension A/B characters (䶮, 𠮷).  This subsets HanaMinA (GlyphWiki's
Hanazono Mincho, Hanazono Font License: free use and modification) to those extensions and
renames the family so it can never be mistaken for the upstream font.

Run once, by hand, with fontTools and the Debian package ``fonts-hanazono`` unpacked:
    python packaging/fonts/make_han_ext_font.py /usr/share/fonts/truetype/hanazono/HanaMinA.ttf
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "AgriCRM Han Ext"
UNICODES = "U+3400-4DBF,U+20000-2FA1F"
OUT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "AgriCRMHanExt.ttf"


def main(source: str) -> None:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(
                FAMILY.replace(" ", ""), 6, record.platformID, record.platEncID, record.langID
            )
    font.save(OUT)


if __name__ == "__main__":
    main(sys.argv[1])
