"""Reading generated PDFs back the way a person's viewer does: text per page, fonts used."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squeeze(text: str) -> str:
    """Text without the line breaks and spaces a layout inserts (for phrases that wrap)."""
    return "".join(text.split())


@dataclass(frozen=True)
class FontUse:
    name: str
    subtype: str
    embedded: bool

    @property
    def subset(self) -> bool:
        """A subset font's name carries a six-letter tag: ``AAAAAA+WenQuanYiMicroHei``."""
        tag, plus, _ = self.name.lstrip("/").partition("+")
        return bool(plus) and len(tag) == 6 and tag.isalpha() and tag.isupper()


def fonts_used(pdf: bytes) -> set[FontUse]:
    found: set[FontUse] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for reference in (fonts.get_object() if fonts else {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add(FontUse(str(font.get("/BaseFont")), str(font.get("/Subtype")), embedded))
    return found
