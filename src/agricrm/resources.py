"""Find bundled resources the same way from a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path


def _candidates() -> Iterator[Path]:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        yield Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    yield package_dir / "resources"  # wheel: resources/ is force-included into the package
    yield package_dir.parents[1] / "resources"  # checkout or editable install: <repo>/resources


@cache
def resources_root() -> Path:
    for candidate in _candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("AgriCRM resources folder not found")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
