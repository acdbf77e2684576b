"""Every form and dialog of the application, opened in the states a user meets, has unique
shortcut letters: 民族(E)/文化程度(E), 详细地址(A)/归档(A), 满意度(F)/客户经理(F) and
下次走访(N)/保存并新建(N) made Alt+letter jump between two fields instead of to one.

The Chinese interface is checked here; the English one in a second process (the language is
chosen when the application starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.gui.context import AppContext
from tests.gui.mnemonics import clashes, holders, menu_clashes
from tests.gui.windows import Keep, every_window

ROOT = Path(__file__).resolve().parents[2]


def find_clashes(context: AppContext, keep: Keep) -> dict[str, list[list[str]]]:
    found: dict[str, list[list[str]]] = {}
    for name, window in every_window(context, keep):
        pairs = clashes(holders(window)) + menu_clashes(window)
        if pairs:
            found[name] = [list(pair) for pair in pairs]
    return found


def test_no_two_shortcut_letters_clash_in_any_window(
    qtbot: QtBot, complaints_context: AppContext
) -> None:
    assert find_clashes(complaints_context, qtbot.addWidget) == {}


def test_no_two_shortcut_letters_clash_in_the_english_interface(
    complaints_db_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "agricrm.ini").write_text("[ui]\nlanguage=en\n", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.test_mnemonics", str(complaints_db_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "AGRICRM_CONFIG_DIR": str(config)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {}


def _main(db_path: str) -> None:
    from agricrm.db.database import open_database
    from agricrm.gui.app import create_application
    from agricrm.services.users import resolve_actor

    create_application()
    db: Database = open_database(Path(db_path))
    kept: list[QWidget] = []
    found = find_clashes(AppContext(db, resolve_actor(db)), kept.append)
    print(json.dumps(found, ensure_ascii=False))
    for widget in kept:
        widget.close()
    db.close()


if __name__ == "__main__":
    _main(sys.argv[1])
