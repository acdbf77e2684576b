"""Errors a user can understand: each carries translatable text, never a stack trace."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text


class AgriCrmError(Exception):
    """Anything the user should be told about in words; the CLI prints it as one line."""

    def __init__(self, message: Text | Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field.

    `field` is the input's attribute name; rows of a sub-table use ``"loans[2].balance"`` so a
    form can point at the cell.  `action` names a remedy the form may offer (e.g. adding an
    unknown village to the branch's list) instead of silently keeping a typo.
    """

    field: str
    message: Text | Message
    action: str | None = None


class ValidationFailed(AgriCrmError):
    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        first = self.errors[0].message if self.errors else INVALID_INPUT
        super().__init__(first)

    def for_field(self, field: str) -> FieldError | None:
        return next((error for error in self.errors if error.field == field), None)


class NotFound(AgriCrmError):
    pass


class PermissionDenied(AgriCrmError):
    pass


class StaleRecord(AgriCrmError):
    """The record changed since the form was opened; saving would overwrite someone's work."""


INVALID_INPUT = QT_TRANSLATE_NOOP("Errors", "The input is not valid.")
