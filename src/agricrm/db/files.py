"""Files the database manages beside itself (photos and scanned documents, SQLite's journal)."""

from __future__ import annotations

from pathlib import Path


def attachments_folder(db_path: Path) -> Path:
    """``farm.db`` keeps its attachments in ``farm.attachments/`` next to it."""
    return db_path.with_name(f"{db_path.stem}.attachments")


def remove_new_database(db_path: Path) -> None:
    """Remove a database file made by a command that then failed, with SQLite's files beside
    it: nothing is left for the next command to take for a branch."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
