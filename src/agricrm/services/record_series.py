"""This device's series of readable record numbers (the BFK of KH-BFK-00123).

Made at random the first time a record is numbered; a branch that hands out series to its
laptops sets each one here, so numbers given offline do not meet.  See
`agricrm.domain.record_numbers` for the formats and why.
"""

from __future__ import annotations

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.record_numbers import SERIES_LENGTH, SERIES_LETTERS, is_series
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager

NOT_A_SERIES = QT_TRANSLATE_NOOP(
    "RecordSeries",
    "A series is {length} capital letters from {letters} (no I or O, which read as 1 and 0).",
)


def numbering_series(db: Database, actor: Actor) -> str:
    """The series this device numbers new customers and visits in (every user may see it:
    it is printed on their records)."""
    with db.write(actor, Cause.FORM) as session:
        return writer_of(session).numbering_series()


def change_numbering_series(db: Database, actor: Actor, value: str) -> str:
    """Number this device's next records in `value`: a branch manager's decision.  Records
    already numbered keep their numbers."""
    ensure_manager(actor)
    series = value.strip().upper()
    if not is_series(series):
        message = NOT_A_SERIES(length=SERIES_LENGTH, letters=SERIES_LETTERS)
        raise ValidationFailed([FieldError("series", message)])
    with db.write(actor, Cause.FORM) as session:
        writer_of(session).set_numbering_series(series)
    return series
