"""This device's sync identity and position, kept in `sync_state` (never exported)."""

from __future__ import annotations

import socket
import uuid

from sqlalchemy import Connection, select, text

from agricrm.db.door import Writer
from agricrm.models import SyncCounter, SyncState

DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
PACKAGE_SEQ = "package_seq"
EXPORT_WATERMARK = "export_watermark"


def get_state(connection: Connection, key: str) -> str | None:
    return connection.scalar(select(SyncState.value).where(SyncState.key == key))


def set_state(writer: Writer, key: str, value: object) -> None:
    writer.execute_local(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": key, "value": str(value)},
    )


def device_identity(writer: Writer) -> tuple[str, str]:
    """(device id, device name), created the first time this database exports."""
    device_id = get_state(writer.connection, DEVICE_ID)
    if device_id is None:
        device_id = str(uuid.uuid4())
        set_state(writer, DEVICE_ID, device_id)
        set_state(writer, DEVICE_NAME, socket.gethostname()[:80])
    return device_id, get_state(writer.connection, DEVICE_NAME) or ""


def current_change_seq(connection: Connection) -> int:
    return connection.scalar(select(SyncCounter.value).where(SyncCounter.id == 1)) or 0


def int_state(connection: Connection, key: str) -> int:
    return int(get_state(connection, key) or 0)
