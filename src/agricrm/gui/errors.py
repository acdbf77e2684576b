"""Telling the user what went wrong, in their language, without losing the details."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agricrm.domain.errors import AgriCrmError
from agricrm.gui.qt_text import qt_tr

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, AgriCrmError):
        return qt_tr(error.message)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {error}. Your data was not changed."
    ).format(error=type(error).__name__)


def show_error(parent: QWidget, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "AgriCRM"), error_text(error))
