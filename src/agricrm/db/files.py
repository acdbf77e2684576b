"""Files the database manages beside itself (photos and scanned documents)."""

from __future__ import annotations

from pathlib import Path


def attachments_folder(db_path: Path) -> Path:
    """``farm.db`` keeps its attachments in ``farm.attachments/`` next to it."""
    return db_path.with_name(f"{db_path.stem}.attachments")
