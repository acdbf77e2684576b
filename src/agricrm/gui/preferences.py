"""Per-user preferences and remembered state (windows, folders, recent databases), in one INI
file.

Kept in AgriCRM's config folder (``AGRICRM_CONFIG_DIR`` overrides it, as tests and ``make run``
do) rather than Qt's platform default, so a checkout never touches a real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from agricrm.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from agricrm.paths import config_dir

LANGUAGE_KEY = "ui/language"
TEXT_SIZE_KEY = "ui/text_size"
INTERFACE_LANGUAGE = "agricrmInterfaceLanguage"  # a dynamic property of the application


def settings() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "agricrm.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = str(settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    settings().setValue(LANGUAGE_KEY, value)


def text_size() -> str:
    """ "normal" or "large" (`gui.style.TEXT_SIZES`), applied at once when changed."""
    from agricrm.gui.style import DEFAULT_TEXT_SIZE, TEXT_SIZES

    value = str(settings().value(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE))
    return value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE


def set_text_size(value: str) -> None:
    settings().setValue(TEXT_SIZE_KEY, value)


def mark_interface_language(app: QCoreApplication, value: str) -> None:
    app.setProperty(INTERFACE_LANGUAGE, value)


def interface_language() -> str:
    """The language the running interface was started in: a change in Settings applies from
    the next start, and reports follow the interface, not the setting."""
    app = QCoreApplication.instance()
    value = app.property(INTERFACE_LANGUAGE) if app is not None else None
    return str(value) if value in SUPPORTED_LANGUAGES else language()


def _restore(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_geometry(widget: QWidget, key: str) -> bool:
    state = _restore(f"geometry/{key}")
    return state is not None and widget.restoreGeometry(state)


def save_geometry(widget: QWidget, key: str) -> None:
    settings().setValue(f"geometry/{key}", widget.saveGeometry())


def restore_splitter(splitter: QSplitter, key: str) -> None:
    state = _restore(f"splitter/{key}")
    if state is not None:
        splitter.restoreState(state)


def save_splitter(splitter: QSplitter, key: str) -> None:
    settings().setValue(f"splitter/{key}", splitter.saveState())


def restore_header(header: QHeaderView, key: str) -> bool:
    state = _restore(f"header/{key}")
    return state is not None and header.restoreState(state)


def save_header(header: QHeaderView, key: str) -> None:
    settings().setValue(f"header/{key}", header.saveState())


RECENT_DATABASES_KEY = "files/recent_databases"
RECENT_LIMIT = 8


def folder(key: str) -> Path:
    """The folder last used for `key` (exports, imports…) if it still exists, else the
    user's Documents folder, else the home folder; never the program's working folder."""
    remembered = settings().value(f"folders/{key}")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(key: str, chosen: Path) -> None:
    settings().setValue(f"folders/{key}", str(chosen))


def recent_databases() -> list[Path]:
    """Databases opened before, the latest first (files since deleted are left out)."""
    value = settings().value(RECENT_DATABASES_KEY) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(path) for path in paths if path and Path(path).is_file()]


def remember_database(path: Path) -> None:
    resolved = path.resolve()
    kept = [p for p in recent_databases() if p.resolve() != resolved]
    settings().setValue(RECENT_DATABASES_KEY, [str(resolved), *map(str, kept)][:RECENT_LIMIT])


def forget_recent_databases() -> None:
    settings().remove(RECENT_DATABASES_KEY)
