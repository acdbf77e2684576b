"""Per-user preferences and remembered window state, in one INI file.

Kept in AgriCRM's config folder (``AGRICRM_CONFIG_DIR`` overrides it, as tests and ``make run``
do) rather than Qt's platform default, so a checkout never touches a real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from agricrm.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from agricrm.paths import config_dir

LANGUAGE_KEY = "ui/language"
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
