"""The bundled icons: Lucide's outline icons (ISC licence), one file per use.

Each entry names what the icon stands for in AgriCRM, the Lucide icon drawn for it and its
tone (a colour of `gui.style`).  `packaging/icons/vendor_icons.py` copies these from the
`lucide` package on PyPI into resources/icons/ with the tone's colour written in, together
with the licence and a README saying where each came from; a test fails when a file is
missing, left over or of another colour than its tone.  Icons are found like every other
resource (`resource_path`), so a wheel and a frozen build have them too.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from agricrm.resources import resource_path

ICON_SET = "Lucide"
ICONS: dict[str, tuple[str, str]] = {
    # the sections
    "today": ("calendar-days", "icon"),
    "customers": ("users", "icon"),
    "visits": ("clipboard-list", "icon"),
    "complaints": ("message-square-warning", "icon"),
    "sync": ("arrow-left-right", "icon"),
    "conflicts": ("git-compare", "icon"),
    "segments": ("chart-pie", "icon"),
    # actions
    "new": ("plus", "icon"),
    "open": ("square-pen", "icon"),
    "save": ("save", "icon"),
    "print": ("printer", "icon"),
    "refresh": ("rotate-cw", "icon"),
    "search": ("search", "muted"),
    "clear-filters": ("funnel-x", "icon"),
    "export": ("upload", "icon"),
    "import": ("download", "icon"),
    "preview": ("eye", "icon"),
    "browse": ("folder-open", "icon"),
    "record-visit": ("clipboard-check", "icon"),
    "plan-visit": ("calendar-plus", "icon"),
    "greet": ("gift", "icon"),
    "mark-done": ("check", "icon"),
    "customer": ("user", "icon"),
    "village": ("map-pin", "icon"),
    "receive-complaint": ("message-square-plus", "icon"),
    "statistics": ("chart-column", "icon"),
    "zoom-in": ("zoom-in", "icon"),
    "zoom-out": ("zoom-out", "icon"),
    "archive": ("archive", "icon"),
    "restore": ("archive-restore", "icon"),
    "status": ("shield-check", "icon"),
    "settings": ("settings", "icon"),
    "about": ("info", "icon"),
    "quit": ("log-out", "icon"),
    "database": ("database", "icon"),
    "folder": ("folder", "icon"),
    "remove": ("trash-2", "icon"),
    "save-pdf": ("file-down", "icon"),
    "call-list": ("phone-outgoing", "icon"),
    # states
    "overdue": ("circle-alert", "danger"),
    "due-soon": ("clock", "warning"),
    "done": ("circle-check", "success"),
    "warning": ("triangle-alert", "warning"),
    "info": ("info", "accent"),
    # empty states
    "empty": ("inbox", "muted"),
    "no-match": ("search-x", "muted"),
    "no-conflicts": ("git-compare", "muted"),
    "workbook": ("file-spreadsheet", "muted"),
    "no-selection": ("user-round", "muted"),
}


def icon_file(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon for `name` (a key of ICONS), drawn at whatever size it is shown."""
    if name not in ICONS:
        raise KeyError(name)
    return QIcon(icon_file(name))
