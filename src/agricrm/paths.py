"""Where AgriCRM keeps its files: one place decides, the command line and environment override."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agricrm.db.location import Location

APP_NAME = "AgriCRM"
ENV_DATABASE = "AGRICRM_DB"
ENV_CONFIG_DIR = "AGRICRM_CONFIG_DIR"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "agricrm.db"


def resolve_database_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over ``AGRICRM_DB``, which wins over the per-user data directory."""
    if cli_value:
        return Path(cli_value).expanduser()
    if env_value := os.environ.get(ENV_DATABASE):
        return Path(env_value).expanduser()
    return default_database_path()


def resolve_location(cli_value: str | os.PathLike[str] | None) -> Location:
    """The database to open, as a location: ``--db`` takes a path or a URL."""
    from agricrm.db.location import Location

    if cli_value and "://" in str(cli_value):
        return Location.of(str(cli_value))
    return Location.of(resolve_database_path(cli_value))


def config_dir() -> Path:
    """Window state and preferences; tests and ``make run`` point it away from the real user."""
    if env_value := os.environ.get(ENV_CONFIG_DIR):
        return Path(env_value).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    if env_value := os.environ.get(ENV_CONFIG_DIR):
        return Path(env_value).expanduser() / "logs"
    return user_log_path(APP_NAME, appauthor=False)
