"""The letterhead logo: checked on the way in, kept with the branch, managers only."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from agricrm.db.database import Database
from agricrm.domain.errors import PermissionDenied, ValidationFailed
from agricrm.domain.logo import MAX_BYTES, check_logo
from agricrm.i18n import render_for_cli
from agricrm.services.actor import Actor
from agricrm.services.settings import branch_logo, save_branch_logo


def image(size: tuple[int, int] = (200, 60), kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (46, 107, 79)).save(buffer, kind)
    return buffer.getvalue()


def _message(data: bytes) -> str:
    errors = check_logo(data)
    assert len(errors) == 1 and errors[0].field == "logo"
    return render_for_cli(errors[0].message)


def test_png_and_jpeg_logos_are_accepted() -> None:
    assert check_logo(image()) == []
    assert check_logo(image(kind="JPEG")) == []


def test_other_files_are_refused_in_words() -> None:
    assert "PNG 或 JPEG" in _message(image(kind="GIF"))
    assert "PNG 或 JPEG" in _message(b"%PDF-1.4 not an image")
    assert "损坏" in _message(image()[:60])
    assert "像素" in _message(image((8, 8)))
    assert "像素" in _message(image((4100, 20)))
    assert "KB" in _message(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_BYTES)


def test_the_logo_is_kept_with_the_branch(demo_db: Database, manager: Actor) -> None:
    assert branch_logo(demo_db, manager) is None
    data = image()
    save_branch_logo(demo_db, manager, data)
    assert branch_logo(demo_db, manager) == data
    save_branch_logo(demo_db, manager, None)
    assert branch_logo(demo_db, manager) is None


def test_only_managers_change_it_and_bad_images_are_not_saved(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        save_branch_logo(demo_db, officer, image())
    with pytest.raises(ValidationFailed):
        save_branch_logo(demo_db, manager, b"GIF89a")
    assert branch_logo(demo_db, manager) is None
