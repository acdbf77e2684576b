"""The branch's logo for the letterhead of printed reports: a small PNG or JPEG image."""

from __future__ import annotations

import io

from agricrm.domain.errors import FieldError
from agricrm.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 512 * 1024
MIN_PIXELS = 16
MAX_PIXELS = 4000
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}

LOGO_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Logo", "The logo file is {size} KB; a logo may have at most {limit} KB."
)
LOGO_WRONG_TYPE = QT_TRANSLATE_NOOP("Logo", "The logo must be a PNG or JPEG image.")
LOGO_UNREADABLE = QT_TRANSLATE_NOOP("Logo", "The logo file is damaged or not an image.")
LOGO_BAD_SIZE = QT_TRANSLATE_NOOP(
    "Logo",
    "The logo is {width}×{height} pixels; each side must be between {low} and {high} pixels.",
)


def image_type(data: bytes) -> str | None:
    """The MIME type named by the file's signature, or None for anything but PNG and JPEG."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FORMATS["PNG"]
    if data.startswith(b"\xff\xd8\xff"):
        return FORMATS["JPEG"]
    return None


def check_logo(data: bytes) -> list[FieldError]:
    """Problems with `data` as a letterhead logo (empty list: fine)."""
    if len(data) > MAX_BYTES:
        size = (len(data) + 1023) // 1024
        return [FieldError("logo", LOGO_TOO_LARGE(size=size, limit=MAX_BYTES // 1024))]
    if image_type(data) is None:
        return [FieldError("logo", LOGO_WRONG_TYPE)]
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            width, height = image.size
            kind = image.format
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # verify() does not decode; a truncated image fails here
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return [FieldError("logo", LOGO_UNREADABLE)]
    if kind not in FORMATS:
        return [FieldError("logo", LOGO_WRONG_TYPE)]
    if not (MIN_PIXELS <= width <= MAX_PIXELS and MIN_PIXELS <= height <= MAX_PIXELS):
        return [
            FieldError(
                "logo",
                LOGO_BAD_SIZE(width=width, height=height, low=MIN_PIXELS, high=MAX_PIXELS),
            )
        ]
    return []
