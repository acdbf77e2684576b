"""AgriCRM's look, in one place: the palette, the text sizes and a small style sheet.

The design is deliberately plain — a banking tool on old laptops — and the same on every
computer: Qt's Fusion style with a light palette, WenQuanYi Micro Hei at 10 pt (12 pt with
the larger-text preference), one accent colour (a bank blue) for selection and focus, and
red, amber and green kept for states (late, due soon, done).  Widgets never set colours or
fonts of their own: they take a *role* (a heading, a hint, an empty state) or a *tone*
(error, warning, success, muted) with `set_role`/`set_tone`, and the style sheet below gives
each its look.  Changing the text size re-applies the sheet, so open windows follow at once.

Item views are not styled through the sheet (that makes every row's paint match selectors);
they take the palette, and rows are sized by `fit_rows`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyleFactory,
    QTableView,
    QWidget,
)

# ----------------------------------------------------------------- the palette
INK = "#1f2933"  # text
MUTED = "#5f6b7a"  # secondary text: hints, labels of values
ACCENT = "#1d5fa8"  # selection, focus, links
ACCENT_TINT = "#dce8f5"  # the selected section, a hovered row
WINDOW = "#f4f6f8"
BASE = "#ffffff"
ALTERNATE = "#f3f6f9"
BORDER = "#c5cdd6"
NAVIGATION = "#e9eef3"
DANGER = "#b00020"  # late, refused, an error
WARNING = "#a65f00"  # due soon, archived
SUCCESS = "#1b5e20"  # done, saved
ERROR_TINT = "#fde2e4"  # a field or cell with a problem
DIFFERENCE_TINT = "#fff4ce"  # a value that differs (conflicts)

TONES = {
    "ink": INK,
    "icon": "#3e4c5a",  # icons of sections and actions: a little lighter than text
    "muted": MUTED,
    "accent": ACCENT,
    "danger": DANGER,
    "warning": WARNING,
    "success": SUCCESS,
}

# ----------------------------------------------------------------- text sizes
TEXT_SIZES = {"normal": 10.0, "large": 12.0}  # points; the preference stores the key
DEFAULT_TEXT_SIZE = "normal"


def color(tone: str) -> QColor:
    return QColor(TONES[tone])


def palette() -> QPalette:
    colours = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        colours.setColor(group, role.Window, QColor(WINDOW))
        colours.setColor(group, role.WindowText, QColor(INK))
        colours.setColor(group, role.Base, QColor(BASE))
        colours.setColor(group, role.AlternateBase, QColor(ALTERNATE))
        colours.setColor(group, role.Text, QColor(INK))
        colours.setColor(group, role.Button, QColor("#eceff3"))
        colours.setColor(group, role.ButtonText, QColor(INK))
        colours.setColor(group, role.ToolTipBase, QColor("#fffbe6"))
        colours.setColor(group, role.ToolTipText, QColor(INK))
        colours.setColor(group, role.PlaceholderText, QColor("#8a96a3"))
        colours.setColor(group, role.Link, QColor(ACCENT))
        colours.setColor(group, role.Highlight, QColor(ACCENT))
        colours.setColor(group, role.HighlightedText, QColor(BASE))
        colours.setColor(group, role.Mid, QColor(BORDER))
    disabled = QPalette.ColorGroup.Disabled
    colours.setColor(disabled, role.Window, QColor(WINDOW))
    colours.setColor(disabled, role.Base, QColor("#eef1f4"))
    colours.setColor(disabled, role.Button, QColor("#eceff3"))
    for text_role in (role.WindowText, role.Text, role.ButtonText):
        colours.setColor(disabled, text_role, QColor("#8a96a3"))
    colours.setColor(disabled, role.Highlight, QColor("#9fb3c8"))
    return colours


def style_sheet(points: float) -> str:
    """The few rules the palette cannot say: headings, tones, the navigation, empty states."""
    return f"""
QLabel[role="title"] {{ font-size: {points * 1.5:.1f}pt; font-weight: bold; color: {INK}; }}
QLabel[role="heading"] {{ font-size: {points * 1.2:.1f}pt; font-weight: bold; color: {INK}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[tone="muted"] {{ color: {MUTED}; }}
QLabel[tone="error"] {{ color: {DANGER}; }}
QLabel[tone="warning"] {{ color: {WARNING}; }}
QLabel[tone="success"] {{ color: {SUCCESS}; }}
QGroupBox {{ font-weight: bold; }}
QListWidget#navigation {{
    background: {NAVIGATION}; border: none; border-right: 1px solid {BORDER};
    font-size: {points * 1.1:.1f}pt; padding-top: 6px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 7px 6px; border-radius: 4px; margin: 0 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_TINT}; color: {INK}; }}
QListWidget#navigation::item:hover:!selected {{ background: #dfe6ee; }}
QWidget#emptyState QLabel[role="heading"] {{ color: {MUTED}; }}
"""


def text_points(size: str) -> float:
    return TEXT_SIZES.get(size, TEXT_SIZES[DEFAULT_TEXT_SIZE])


_FUSION_SET = "agricrmFusionSet"


def apply_style(app: QApplication, size: str, families: list[str] | None = None) -> None:
    """Fusion, the palette, the font at the size chosen and the style sheet; called at start-up
    and again when the text size changes (widgets without a font of their own follow)."""
    if not app.property(_FUSION_SET):
        # Once a style sheet is set, app.style() is the sheet's proxy, whose name() is "":
        # asking it made every text size change install a new Fusion style, and a QWizard
        # (the import wizard) open meanwhile crashed at the next change, using the old one.
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
            app.setProperty(_FUSION_SET, True)
    app.setPalette(palette())
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    font.setPointSizeF(text_points(size))
    app.setFont(font)
    app.setStyleSheet(style_sheet(text_points(size)))


def set_role(widget: QWidget, role: str) -> None:
    """A label's place in the hierarchy: "title", "heading" or "hint"."""
    widget.setProperty("role", role)
    _repolish(widget)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """A label's state colour ("error", "warning", "success", "muted"), or None for plain."""
    widget.setProperty("tone", tone or "")
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


ROW_PADDING = 10  # pixels of a table row beyond its text: dense enough, not cramped


class _RowFitter(QObject):
    """Keeps a table's rows a little taller than its text, also after the text size changes."""

    def __init__(self, view: QTableView, padding: int) -> None:
        super().__init__(view)
        self._padding = padding
        self._size(view)
        view.installEventFilter(self)

    def _size(self, view: QTableView) -> None:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + self._padding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QTableView):
            self._size(watched)
        return False


def fit_rows(view: QTableView, padding: int = ROW_PADDING) -> None:
    _RowFitter(view, padding)


def fit_titles(header: QHeaderView) -> None:
    """Widen each column whose title (with its sort arrow) would be cut short."""
    for section in range(header.count()):
        needed = header.sectionSizeFromContents(section).width()
        if not header.isSectionHidden(section) and header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
