"""Photos and scanned documents attached to a customer's file or to a visit.

The bytes are kept in a folder beside the database (``farm.attachments/`` for ``farm.db``),
each file named by the SHA-256 of its content: a photo attached twice is stored once, a
stored file never changes, and a backup copies the folder with the database.  The type is
read from the file's first bytes, not trusted from its name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.db.files import attachments_folder
from agricrm.domain.errors import AgriCrmError, NotFound, PermissionDenied
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Attachment, Customer, Visit
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.visit_data import AttachmentView

MAX_BYTES = 10 * 1024 * 1024
MEDIA_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/pdf": ".pdf",
}
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)

FILE_MISSING = QT_TRANSLATE_NOOP("Attachments", "{name} cannot be read: {reason}")
FILE_EMPTY = QT_TRANSLATE_NOOP("Attachments", "{name} is empty.")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Attachments", "{name} is {size} MB; attachments may be at most {limit} MB."
)
FILE_TYPE_REFUSED = QT_TRANSLATE_NOOP(
    "Attachments",
    "{name} is not a JPEG or PNG photo or a PDF document; only those can be attached.",
)
NO_OWNER = QT_TRANSLATE_NOOP("Attachments", "Attach a file to one customer or one visit.")
OWNER_NOT_FOUND = QT_TRANSLATE_NOOP("Attachments", "The customer or visit was deleted.")
ATTACHMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Attachments", "The attachment was deleted.")
CUSTOMER_ARCHIVED = QT_TRANSLATE_NOOP(
    "Attachments", "{name}'s file is archived; restore it before adding files."
)


def sniff_media_type(head: bytes) -> str | None:
    return next((media for magic, media in _SIGNATURES if head.startswith(magic)), None)


def _view(folder: Path, row: Attachment) -> AttachmentView:
    return AttachmentView(
        id=row.id,
        uuid=row.uuid,
        original_name=row.original_name,
        media_type=row.media_type,
        size_bytes=row.size_bytes,
        sha256=row.sha256,
        path=folder / row.stored_path,
        created_at=row.created_at,
    )


def _owner_customer(session: object, customer_id: int | None, visit_id: int | None) -> Customer:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if (customer_id is None) == (visit_id is None):
        raise AgriCrmError(NO_OWNER)
    if visit_id is not None:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted:
            raise NotFound(OWNER_NOT_FOUND)
        return visit.customer
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFound(OWNER_NOT_FOUND)
    return customer


def add_attachment(
    db: Database,
    actor: Actor,
    source: Path,
    *,
    customer_id: int | None = None,
    visit_id: int | None = None,
) -> AttachmentView:
    """Copy `source` into the database's folder and attach it; nothing is kept on refusal."""
    name = source.name
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise AgriCrmError(
                FILE_TOO_LARGE(name=name, size=f"{size / 2**20:.1f}", limit=MAX_BYTES // 2**20)
            )
        content = source.read_bytes()
    except OSError as error:
        raise AgriCrmError(FILE_MISSING(name=name, reason=error.strerror or str(error))) from None
    if not content:
        raise AgriCrmError(FILE_EMPTY(name=name))
    media_type = sniff_media_type(content[:16])
    if media_type is None:
        raise AgriCrmError(FILE_TYPE_REFUSED(name=name))
    digest = hashlib.sha256(content).hexdigest()
    folder = attachments_folder(db.path)
    relative = f"{digest[:2]}/{digest}{MEDIA_TYPES[media_type]}"
    with db.write(actor, Cause.FORM) as session:
        customer = _owner_customer(session, customer_id, visit_id)
        policy.ensure_can_edit_customer(actor, customer.officer_id)
        if customer.archived_at is not None:
            raise PermissionDenied(CUSTOMER_ARCHIVED(name=customer.name))
        _store(folder / relative, content)
        row = Attachment(
            customer_id=customer_id,
            visit_id=visit_id,
            original_name=name[:200],
            media_type=media_type,
            size_bytes=len(content),
            sha256=digest,
            stored_path=relative,
            added_by_id=actor.user_id,
        )
        session.add(row)
        session.flush()
        return _view(folder, row)


def _store(target: Path, content: bytes) -> None:
    """Write once: same name means same bytes, so an existing file is left as it is."""
    if target.exists() and target.stat().st_size == len(content):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(content)
    partial.replace(target)


def list_attachments(
    db: Database, actor: Actor, *, customer_id: int | None = None, visit_id: int | None = None
) -> list[AttachmentView]:
    folder = attachments_folder(db.path)
    with db.read() as session:
        customer = _owner_customer(session, customer_id, visit_id)
        policy.ensure_can_see_customer(actor, customer.officer_id)
        statement = select(Attachment).where(~Attachment.deleted).order_by(Attachment.id)
        if visit_id is not None:
            statement = statement.where(Attachment.visit_id == visit_id)
        else:
            statement = statement.where(Attachment.customer_id == customer_id)
        return [_view(folder, row) for row in session.scalars(statement)]


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    """Detach (soft-delete); the stored file stays, as other records or backups may use it."""
    with db.write(actor, Cause.FORM) as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted:
            raise NotFound(ATTACHMENT_NOT_FOUND)
        customer = _owner_customer(session, row.customer_id, row.visit_id)
        policy.ensure_can_edit_customer(actor, customer.officer_id)
        row.deleted = True


def attachment_views_for(folder: Path, visit: Visit) -> tuple[AttachmentView, ...]:
    from sqlalchemy.orm import object_session

    session = object_session(visit)
    if session is None or visit.id is None:
        return ()
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.visit_id == visit.id, ~Attachment.deleted)
        .order_by(Attachment.id)
    )
    return tuple(_view(folder, row) for row in rows)


def attachment_views_by_visit(
    session: object, folder: Path, visit_ids: list[int]
) -> dict[int, tuple[AttachmentView, ...]]:
    """The attachments of many visits in one query (printed batches)."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    found: dict[int, list[AttachmentView]] = {}
    if not visit_ids:
        return {}
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.visit_id.in_(visit_ids), ~Attachment.deleted)
        .order_by(Attachment.id)
    )
    for row in rows:
        assert row.visit_id is not None
        found.setdefault(row.visit_id, []).append(_view(folder, row))
    return {visit_id: tuple(views) for visit_id, views in found.items()}
