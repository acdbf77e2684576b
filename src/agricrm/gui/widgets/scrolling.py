"""Long forms that scroll instead of outgrowing the screen.

The customer form's basic tab has sixteen rows and the visit form thirteen beside its
follow-ups: at 1920×1080 with 150 % scaling (720 points of height) and the larger text, their
smallest size was taller than the screen, so the buttons fell off its bottom.  A form whose
smallest size is taller than the screen (`too_tall`) is wrapped in a scroll area when it
opens: it is then as tall as the screen allows and scrolls the rest.  Where it fits, nothing
changes (a scroll bar appearing with an error message would move every field).  Fields stay
where the .ui file puts them (their parents change, their names do not), and
`field_errors.reveal` scrolls to a field it brings forward.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def too_tall(window: QWidget) -> bool:
    """Whether the window's smallest size is taller than the screen it opens on allows."""
    from agricrm.gui.geometry import largest_size

    window.ensurePolished()  # the style sheet's fonts, as the window will be shown
    return window.minimumSizeHint().height() > largest_size(window).height()


def _area(parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def scroll_tab_pages(tabs: QTabWidget, *pages: QWidget) -> None:
    """Put each page (a tab of `tabs`) in a scroll area of its own, in the same place."""
    for page in pages:
        index = tabs.indexOf(page)
        icon, text, tip = tabs.tabIcon(index), tabs.tabText(index), tabs.tabToolTip(index)
        tabs.removeTab(index)
        area = _area(tabs)
        area.setWidget(page)
        tabs.insertTab(index, area, icon, text)
        tabs.setTabToolTip(index, tip)


def scroll_layout(parent: QBoxLayout, inner: QLayout, *below: QWidget) -> QScrollArea:
    """Put the nested layout `inner` of `parent`, and the widgets `below` it (which take the
    height left), in one scroll area in its place: the window scrolls only when it is smaller
    than all of them at their least."""
    index = parent.indexOf(inner)
    parent.removeItem(inner)
    form = QWidget()
    form.setLayout(inner)  # a layout taken from a layout may move to a widget
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(form)
    for widget in below:
        parent.removeWidget(widget)
        column.addWidget(widget, 1)
    area = _area()
    area.setWidget(content)
    parent.insertWidget(index, area, 1)
    return area
