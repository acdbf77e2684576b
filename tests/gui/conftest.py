"""GUI fixtures: the real application setup (fonts, zh_CN translators) on pytest-qt's app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.gui.app import create_application
from agricrm.gui.context import AppContext
from agricrm.gui.customers.list_page import CustomerListPage
from agricrm.services.actor import Actor


@pytest.fixture(scope="session", autouse=True)
def agricrm_app(qapp: QApplication) -> QApplication:
    return create_application()


@pytest.fixture
def context(demo_db: Database, admin: Actor) -> AppContext:
    return AppContext(demo_db, admin)


@pytest.fixture
def list_page(qtbot: QtBot, context: AppContext) -> Iterator[CustomerListPage]:
    page = CustomerListPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.show()
    yield page


class MessageBoxes:
    """Stands in for QMessageBox's blocking static calls: records them, answers as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def _record(self, kind: str) -> object:
        def show(_parent: object, _title: str, text: str, *args: object, **kwargs: object):
            self.shown.append((kind, text))
            if kind == "question":
                buttons = args[0] if args else kwargs.get("buttons")
                if buttons is not None and not (buttons & self.answer):
                    return QMessageBox.StandardButton.Discard
                return self.answer
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, boxes._record(kind))
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, _title, text: boxes.shown.append(("about", text))
    )
    return boxes
