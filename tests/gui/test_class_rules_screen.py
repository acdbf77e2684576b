"""The classification rules screen on a real demo branch: every entry of the document has a
field and reads back unchanged, a preview shows exactly the customers the table says move,
Cancel keeps the rules, Save makes the next version and reclassifies, a bad figure is named
on its field and saves nothing, and an officer can only look."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QAbstractSpinBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from agricrm.db.database import Database
from agricrm.domain.classification.document import WEIGHTS_ZERO, WRONG_WAY, rules_from_json
from agricrm.domain.classification.facts import Dimension, ValueTier
from agricrm.domain.classification.rules import DEFAULT_RULES
from agricrm.gui.classes.rules_dialog import ClassRulesDialog
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import qt_tr
from agricrm.services import classes
from agricrm.services.actor import Actor
from agricrm.services.class_effect import RulesSource, rules_origin
from tests.gui.conftest import MessageBoxes


class _Waiting(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait(10)


def _table(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT customer_id, rules_version, scale, credit, value, segment, activity, "
                    "relationship, value_score FROM customer_classes ORDER BY customer_id"
                )
            )
        ]


@pytest.fixture
def today_classes(demo_db: Database, manager: Actor) -> Database:
    """The demo's classes as of today (the demo was classified as of its own day, and a
    preview classifies as of today): the table is then what unchanged rules give."""
    classes.save_rules(demo_db, manager, classes.read_rules(demo_db, manager))
    return demo_db


@pytest.fixture
def screen(qtbot: QtBot, today_classes: Database, manager: Actor) -> Iterator[ClassRulesDialog]:
    dialog = ClassRulesDialog(AppContext(today_classes, manager))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def _leaves(document: Any, path: str = "") -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _leaves(value, f"{path}.{key}" if path else key)
    else:
        yield path


def _finish(qtbot: QtBot, dialog: ClassRulesDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def test_every_entry_has_a_field_and_the_form_reads_back_what_it_was_given(
    screen: ClassRulesDialog,
) -> None:
    document = DEFAULT_RULES.to_json()
    for path in _leaves(document):
        if path in ("schema", "version"):
            continue
        assert screen.form.field_of(path) in screen.form.fields, path
    # the cut points name both limits of the bands they join
    assert screen.form.field_of("scale.land_mu.small.below") == "scale.land_mu.medium.from"
    assert screen.form.field_of("scale.land_mu.medium.below") == "scale.land_mu.large.from"
    assert screen.form.field_of("strategy.dormant.care[1]") == "strategy.dormant.care"
    read_back = rules_from_json(screen.form.document())
    assert read_back == classes.read_rules(screen._context.db, screen._context.actor)
    assert not screen.has_unsaved_changes()
    assert "2" in screen.origin.text()  # version 2, saved by the fixture on this computer


def test_a_preview_lists_exactly_the_customers_the_table_says_move(
    qtbot: QtBot, screen: ClassRulesDialog, today_classes: Database
) -> None:
    before = _table(today_classes)
    old_cut = DEFAULT_RULES.value.tiers["medium"].start
    assert old_cut is not None
    new_cut = 20
    # independently of the classifier: a stored score (tenths) from the new cut up to the old
    # one moves a low-value customer to medium value, and nothing else moves
    expected = {
        row[0] for row in before if row[4] == "low" and new_cut * 10 <= row[8] < int(old_cut) * 10
    }
    assert expected  # the demo has some
    low_before = sum(row[4] == "low" for row in before)
    medium_before = sum(row[4] == "medium" for row in before)

    screen.form.fields["value.tiers.medium.from"].setValue(new_cut)  # type: ignore[attr-defined]
    screen.preview_button.click()
    _finish(qtbot, screen)

    effect = screen.effect.effect
    assert effect is not None
    assert set(effect.changed) == expected
    model = screen.effect.model
    assert model.rowCount() == len(expected) and set(model.ids()) == expected
    summary = screen.effect.summary.text()
    assert f"{len(expected)} " in summary
    assert f"{low_before:,} → {low_before - len(expected):,}" in summary
    assert f"{medium_before:,} → {medium_before + len(expected):,}" in summary
    first = model.index(0, 0)
    model.data(first)  # names are fetched a page at a time, as the rows are drawn
    qtbot.waitUntil(lambda: model.data(first) is not None)
    with today_classes.read() as session:
        number, name = session.execute(
            text("SELECT number, name FROM customers WHERE id = :id"), {"id": model.record_id(0)}
        ).one()
    assert (model.data(first), model.data(model.index(0, 1))) == (number, name)
    assert model.data(model.index(0, 3)) == (
        f"{qt_tr(Dimension.VALUE.label)} {enum_label(ValueTier.LOW)} → "
        f"{enum_label(ValueTier.MEDIUM)}"
    )
    assert _table(today_classes) == before  # a preview saves nothing

    screen.effect.table.doubleClicked.emit(first)
    opened = screen.findChildren(CustomerDialog)
    assert [dialog.detail.id for dialog in opened if dialog.detail] == [model.record_id(0)]
    for dialog in opened:
        dialog.close()


def test_cancel_keeps_the_rules_and_save_makes_the_next_version(
    qtbot: QtBot,
    screen: ClassRulesDialog,
    today_classes: Database,
    manager: Actor,
    message_boxes: MessageBoxes,
) -> None:
    db = today_classes
    old_rules, old_table = classes.read_rules(db, manager), _table(db)
    screen.form.fields["value.tiers.medium.from"].setValue(20)  # type: ignore[attr-defined]

    # the worker threads are kept busy, so Cancel is pressed before the save's first step
    pool = QThreadPool.globalInstance()
    threads, release = pool.maxThreadCount(), threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(_Waiting(release))
    try:
        screen.save_button.click()
        assert screen.task is not None
        screen.findChild(QProgressDialog).findChild(QPushButton).click()  # Cancel
    finally:
        release.set()
        pool.setMaxThreadCount(threads)
    _finish(qtbot, screen)
    question = message_boxes.shown[-1]
    assert question[0] == "question" and "3" in question[1]  # 保存为第 3 版…
    assert f"{len(old_table):,}" in question[1]
    assert "2" in screen.messages.text() and screen.has_unsaved_changes()  # stays at version 2
    assert classes.read_rules(db, manager) == old_rules
    assert _table(db) == old_table

    screen.save_button.click()
    _finish(qtbot, screen)
    saved = classes.read_rules(db, manager)
    assert saved.version == old_rules.version + 1
    assert saved.value.tiers["medium"].start == 20
    new_table = _table(db)
    assert {row[1] for row in new_table} == {saved.version}  # everyone reclassified
    moved = {old[0] for old, new in zip(old_table, new_table, strict=True) if old[4] != new[4]}
    assert moved and all(new[4] == "medium" for new in new_table if new[0] in moved)
    assert not screen.has_unsaved_changes()
    assert str(saved.version) in screen.origin.text()
    assert rules_origin(db, manager).source is RulesSource.SAVED_HERE


def test_a_bad_figure_is_named_on_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    screen: ClassRulesDialog,
    today_classes: Database,
    manager: Actor,
    message_boxes: MessageBoxes,
) -> None:
    db = today_classes
    old_rules, old_table = classes.read_rules(db, manager), _table(db)
    form = screen.form
    for part in ("loan_balance", "deposits", "products", "years", "growth"):
        form.fields[f"value.weights.{part}"].setValue(0)  # type: ignore[attr-defined]
    form.fields["scale.land_mu.medium.from"].setValue(300)  # above the large farmers' 200
    screen.save_button.click()
    assert screen.task is None and message_boxes.shown == []  # not even asked
    assert screen.errors.text("value.weights") == qt_tr(WEIGHTS_ZERO)
    assert screen.errors.text("scale.land_mu.medium.from") == qt_tr(
        WRONG_WAY(start="300", end="200")
    )
    assert form.currentIndex() == 0  # brought to the first field with a problem
    assert "2" in screen.messages.text()  # the rules stay at version 2
    screen.preview_button.click()  # a preview is refused alike
    assert screen.task is None and screen.effect.effect is None
    assert classes.read_rules(db, manager) == old_rules and _table(db) == old_table

    form.fields["value.weights.growth"].setValue(10)  # type: ignore[attr-defined]
    screen.errors.recheck()
    assert screen.errors.text("value.weights") == ""  # a fixed figure loses its message
    assert screen.errors.text("scale.land_mu.medium.from") != ""


def test_restore_defaults_fills_the_form_without_saving(
    screen: ClassRulesDialog, today_classes: Database, manager: Actor
) -> None:
    screen.form.fields["activity.months"].setValue(2)  # type: ignore[attr-defined]
    screen.restore_defaults()
    document = screen.form.document()
    assert rules_from_json(document) == rules_from_json(
        {**DEFAULT_RULES.to_json(), "version": document["version"]}
    )
    assert classes.read_rules(today_classes, manager).version == 2


def test_an_officer_sees_the_rules_and_changes_nothing(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    dialog = ClassRulesDialog(AppContext(demo_db, officer))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.read_only_note.isHidden()
    for button in (dialog.defaults_button, dialog.preview_button, dialog.save_button):
        assert not button.isEnabled()
    editable = [
        path
        for path, widget in dialog.form.fields.items()
        if widget.isEnabled() and not (isinstance(widget, QAbstractSpinBox) and widget.isReadOnly())
    ]
    assert editable == []
    assert rules_from_json(dialog.form.document()) == classes.read_rules(demo_db, officer)


def test_the_settings_menu_opens_the_rules_screen(qtbot: QtBot, context: AppContext) -> None:
    from agricrm.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.class_rules_action in window.ui.settingsMenu.actions()
    assert window.class_rules_action.isEnabled()
    window.class_rules_action.trigger()
    (dialog,) = window.findChildren(ClassRulesDialog)
    assert dialog.isVisible() and dialog.rules == classes.read_rules(context.db, context.actor)
    dialog.close()
