"""GUI fixtures: the real application setup (fonts, zh_CN translators) on pytest-qt's app."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database, open_database
from agricrm.demo.generator import build_demo_database
from agricrm.gui.app import create_application
from agricrm.gui.context import AppContext
from agricrm.gui.customers.list_page import CustomerListPage
from agricrm.services.actor import Actor


@pytest.fixture(scope="session", autouse=True)
def agricrm_app(qapp: QApplication) -> QApplication:
    return create_application()


def _background_work_done() -> None:
    """Let the searches a test started end before its database closes and the next test's
    widgets are made and collected: a search still reading while the collector frees the last
    test's widgets crashed the suite twice (a segmentation fault in garbage collection)."""
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.fixture
def context(demo_db: Database, admin: Actor) -> Iterator[AppContext]:
    yield AppContext(demo_db, admin)
    _background_work_done()


@pytest.fixture(scope="session")
def complaints_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small branch with a year and a half of complaints (and visits) up to today."""
    path = tmp_path_factory.mktemp("complaints-template") / "demo.db"
    build_demo_database(path, 300, seed=11, as_of=dt.date.today(), complaints=400, visits=600)
    return path


@pytest.fixture
def complaints_db_path(complaints_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "complaints.db"
    shutil.copyfile(complaints_template, target)
    return target


@pytest.fixture
def complaints_db(complaints_db_path: Path) -> Iterator[Database]:
    db = open_database(complaints_db_path)
    yield db
    db.close()


@pytest.fixture
def complaints_context(complaints_db: Database) -> Iterator[AppContext]:
    """The administrator on a branch with complaints in every state."""
    from agricrm.services.users import resolve_actor

    yield AppContext(complaints_db, resolve_actor(complaints_db))
    _background_work_done()


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
