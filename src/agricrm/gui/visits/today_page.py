"""The Today view, the officer's home screen: today's planned visits, overdue customers,
birthdays and festivals to greet, and follow-up actions falling due.

Overdue customers come in their service strategy's priority (the segment column says which
strategy; its tooltip the rank), birthdays only of customers whose strategy greets them.

Everything is computed by `services.today.today_view` on a worker thread; a double click
starts the natural next step (record the visit, log the greeting, open the follow-up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.cadence import DueReason
from agricrm.domain.care import CareOccasion
from agricrm.domain.visits import VisitStatus, VisitType
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.labels import enum_label
from agricrm.gui.notices import (
    announce,
    complaint_saved,
    customer_saved,
    greeting_saved,
    visit_saved,
)
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.tasks import LatestTask
from agricrm.gui.widgets.empty_state import EmptyOverlay
from agricrm.services.complaint_data import ComplaintAttention
from agricrm.services.progress import Progress
from agricrm.services.today import today_view
from agricrm.services.visit_data import (
    BirthdayItem,
    FestivalItem,
    FollowUpItem,
    OverdueItem,
    PlannedVisitItem,
    TodayView,
    VisitDetail,
)

DATA = Qt.ItemDataRole.UserRole
_VISIT_FOR_REASON = {
    DueReason.POST_LOAN: VisitType.POST_LOAN,
    DueReason.OVERDUE_LOAN: VisitType.COLLECTION,
}
OVERDUE_COLOR = style.color("danger")


def _tree(headers: list[str], parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree


def _fill_tree(tree: QTreeWidget, items: list[QTreeWidgetItem]) -> None:
    """All rows in one call, columns sized once (sizing per inserted row is quadratic)."""
    tree.setUpdatesEnabled(False)
    tree.clear()
    tree.addTopLevelItems(items)
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
    tree.setUpdatesEnabled(True)


class TodayPage(QWidget):
    refreshed = Signal()
    visitsChanged = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._today = today
        self._loading = LatestTask(
            lambda found: self._apply(*found), lambda error: show_error(self, error), self
        )
        self.view: TodayView | None = None

        self.dateLabel = QLabel(self)
        style.set_role(self.dateLabel, "title")
        self.refreshButton = QPushButton(self.tr("&Refresh"), self)
        self.dayListButton = QPushButton(self.tr("&Village day list…"), self)
        self.newVisitButton = QPushButton(self.tr("&New visit…"), self)
        self.printButton = QPushButton(self.tr("&Print…"), self)
        self.printMenu = QMenu(self.printButton)
        self.printPlannedAction = self.printMenu.addAction(
            self.tr("Visit report of the selected planned visit (to fill in by hand)")
        )
        self.printTodayAction = self.printMenu.addAction(self.tr("All visits planned for today"))
        self.printDaySheetAction = self.printMenu.addAction(self.tr("Village day sheet…"))
        self.printButton.setMenu(self.printMenu)
        self.printMenu.aboutToShow.connect(self._update_print_menu)
        self.printPlannedAction.triggered.connect(self.print_planned)
        self.printTodayAction.triggered.connect(self.print_today)
        self.printDaySheetAction.triggered.connect(self._day_list)
        top = QHBoxLayout()
        top.addWidget(self.dateLabel, 1)
        for button in (
            self.newVisitButton,
            self.dayListButton,
            self.printButton,
            self.refreshButton,
        ):
            top.addWidget(button)

        self.plannedTree = _tree(
            [self.tr("Customer"), self.tr("Village"), self.tr("Type"), self.tr("Purpose")], self
        )
        self.overdueTree = _tree(
            [
                self.tr("Customer"),
                self.tr("Segment"),
                self.tr("Village"),
                self.tr("Days overdue"),
                self.tr("Due"),
                self.tr("Reason"),
                self.tr("Last visit"),
            ],
            self,
        )
        self.careTree = _tree(
            [self.tr("Occasion"), self.tr("Customer"), self.tr("Date"), self.tr("Note")], self
        )
        self.followUpTree = _tree(
            [self.tr("Customer"), self.tr("Follow-up action"), self.tr("Due"), self.tr("State")],
            self,
        )
        self.recordPlannedButton = QPushButton(self.tr("Record this visit"), self)
        self.openPlannedButton = QPushButton(self.tr("Open customer"), self)
        self.recordOverdueButton = QPushButton(self.tr("Record a visit"), self)
        self.planOverdueButton = QPushButton(self.tr("Plan a visit"), self)
        self.openOverdueButton = QPushButton(self.tr("Open customer"), self)
        self.greetButton = QPushButton(self.tr("Log greeting"), self)
        self.openCareButton = QPushButton(self.tr("Open customer"), self)
        self.complaintTree = _tree(
            [
                self.tr("Number"),
                self.tr("Complainant"),
                self.tr("Category"),
                self.tr("Severity"),
                self.tr("Status"),
                self.tr("Handled by"),
                self.tr("Answer due"),
                self.tr("Deadline"),
            ],
            self,
        )
        self.openComplaintButton = QPushButton(self.tr("Open complaint"), self)
        self.followUpDoneButton = QPushButton(self.tr("Mark done"), self)
        self.followUpOpenButton = QPushButton(self.tr("Open visit"), self)

        self._empty_lists = []
        for tree, title, text in (
            (
                self.plannedTree,
                self.tr("No visits planned for today"),
                self.tr("Plan one from the overdue customers, or with New visit."),
            ),
            (self.overdueTree, self.tr("No customer is overdue for a visit"), ""),
            (self.careTree, self.tr("No birthdays or festivals in the coming days"), ""),
            (self.followUpTree, self.tr("No follow-up actions falling due"), ""),
            (self.complaintTree, self.tr("No complaint needs an answer soon"), ""),
        ):
            self._empty_lists.append((EmptyOverlay(tree, None), title, text))
        self.plannedBox = self._box(
            self.tr("Visits planned for today"),
            self.plannedTree,
            [self.recordPlannedButton, self.openPlannedButton],
        )
        self.overdueBox = self._box(
            self.tr("Overdue customers"),
            self.overdueTree,
            [self.recordOverdueButton, self.planOverdueButton, self.openOverdueButton],
        )
        self.careBox = self._box(
            self.tr("Birthdays and festivals"),
            self.careTree,
            [self.greetButton, self.openCareButton],
        )
        self.followUpBox = self._box(
            self.tr("Follow-up actions falling due"),
            self.followUpTree,
            [self.followUpDoneButton, self.followUpOpenButton],
        )
        self.complaintBox = self._box(
            self.tr("Complaints to answer soon"),
            self.complaintTree,
            [self.openComplaintButton],
        )
        grid = QGridLayout()
        grid.addWidget(self.plannedBox, 0, 0)
        grid.addWidget(self.careBox, 0, 1)
        grid.addWidget(self.overdueBox, 1, 0)
        grid.addWidget(self.followUpBox, 1, 1)
        grid.addWidget(self.complaintBox, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

        self.refreshButton.clicked.connect(self.refresh)
        self.newVisitButton.clicked.connect(lambda: self.start_visit(None))
        self.dayListButton.clicked.connect(self._day_list)
        self.recordPlannedButton.clicked.connect(self._record_planned)
        self.openPlannedButton.clicked.connect(lambda: self._open_current(self.plannedTree))
        self.plannedTree.itemActivated.connect(lambda *_: self._record_planned())
        self.recordOverdueButton.clicked.connect(self._record_overdue)
        self.planOverdueButton.clicked.connect(self._plan_overdue)
        self.openOverdueButton.clicked.connect(lambda: self._open_current(self.overdueTree))
        self.overdueTree.itemActivated.connect(lambda *_: self._record_overdue())
        self.greetButton.clicked.connect(self._greet)
        self.openCareButton.clicked.connect(lambda: self._open_current(self.careTree))
        self.careTree.itemActivated.connect(lambda *_: self._greet())
        self.followUpDoneButton.clicked.connect(self._follow_up_done)
        self.followUpOpenButton.clicked.connect(self._open_follow_up_visit)
        self.followUpTree.itemActivated.connect(lambda *_: self._open_follow_up_visit())
        self.openComplaintButton.clicked.connect(self._open_complaint)
        self.complaintTree.itemActivated.connect(lambda *_: self._open_complaint())
        self.complaints: list[ComplaintAttention] = []
        self.refresh()

    def _box(self, title: str, tree: QTreeWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(tree)
        layout.addLayout(row)
        return box

    # ----------------------------------------------------------------- loading

    def refresh(self) -> None:
        context, today = self._context, self._today()

        def work(_progress: Progress) -> tuple[TodayView, list[ComplaintAttention]]:
            from agricrm.services.complaint_search import complaints_needing_attention

            return (
                today_view(context.db, context.actor, today),
                complaints_needing_attention(context.db, context.actor, today),
            )

        self._loading.start(work)

    def _apply(self, view: TodayView, complaints: list[ComplaintAttention]) -> None:
        self.view = view
        self.complaints = complaints
        from agricrm.domain.lunar import to_lunar

        here = to_lunar(view.today)
        leap = self.tr("leap month") + " " if here.leap else ""
        self.dateLabel.setText(
            arg(
                self.tr("Today %1 · lunar %2%3-%4"),
                view.today.isoformat(),
                leap,
                here.month,
                here.day,
            )
        )
        self._fill_planned(view.planned)
        self._fill_overdue(view)
        self._fill_care(view.festivals, view.birthdays)
        self._fill_follow_ups(view.follow_ups)
        self._fill_complaints(view.today)
        for overlay, title, text in self._empty_lists:
            overlay.say(title, text)
        self.refreshed.emit()

    def _fill_complaints(self, today: dt.date) -> None:
        from agricrm.gui.complaints.texts import deadline_text, due_text
        from agricrm.services.complaint_settings import complaint_settings

        settings = complaint_settings(self._context.db, self._context.actor)
        rows = []
        for item in self.complaints:
            row = QTreeWidgetItem(
                [
                    item.number,
                    item.complainant,
                    qt_tr(settings.label(item.category)),
                    enum_label(item.severity),
                    enum_label(item.status),
                    item.officer_name,
                    due_text(item.due_at),
                    deadline_text(item.status, item.due_at, None, today),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            if item.overdue:
                row.setForeground(7, OVERDUE_COLOR)
            rows.append(row)
        _fill_tree(self.complaintTree, rows)
        self.complaintBox.setTitle(
            arg(self.tr("Complaints to answer soon (%1)"), len(self.complaints))
        )

    def _open_complaint(self) -> None:
        item = self.complaintTree.currentItem()
        if item is None:
            return
        from agricrm.gui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self._context, item.data(0, Qt.ItemDataRole.UserRole), self)
        dialog.saved.connect(
            lambda detail: (
                announce(self, complaint_saved(detail.number, detail.complainant)),
                self.refresh(),
            )
        )
        dialog.open()

    def _fill_planned(self, items: tuple[PlannedVisitItem, ...]) -> None:
        tree = self.plannedTree
        rows: list[QTreeWidgetItem] = []
        for item in items:
            row = QTreeWidgetItem(
                [item.customer_name, item.village, enum_label(item.visit_type), item.purpose]
            )
            row.setData(0, DATA, item)
            rows.append(row)
        _fill_tree(tree, rows)
        self.plannedBox.setTitle(arg(self.tr("Visits planned for today (%1)"), len(items)))

    def _fill_overdue(self, view: TodayView) -> None:
        tree = self.overdueTree
        rows: list[QTreeWidgetItem] = []
        for item in view.overdue:
            row = QTreeWidgetItem(
                [
                    item.customer_name,
                    enum_label(item.cadence_class),
                    f"{item.township}{item.village}",
                    str(item.days_overdue),
                    item.due_date.isoformat(),
                    enum_label(item.reason),
                    item.last_visit_date.isoformat() if item.last_visit_date else "—",
                ]
            )
            row.setToolTip(1, arg(self.tr("Today priority %1"), item.priority))
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setForeground(3, OVERDUE_COLOR)
            row.setData(0, DATA, item)
            rows.append(row)
        _fill_tree(tree, rows)
        if view.overdue_total > len(view.overdue):
            title = arg(
                self.tr("Overdue customers (%1, the %2 most overdue shown)"),
                view.overdue_total,
                len(view.overdue),
            )
        else:
            title = arg(self.tr("Overdue customers (%1)"), view.overdue_total)
        self.overdueBox.setTitle(title)

    def _fill_care(
        self, festivals: tuple[FestivalItem, ...], birthdays: tuple[BirthdayItem, ...]
    ) -> None:
        tree = self.careTree
        rows: list[QTreeWidgetItem] = []
        for festival in festivals:
            when = (
                self.tr("today")
                if festival.days_ahead == 0
                else arg(self.tr("in %1 days"), festival.days_ahead)
            )
            when = arg(self.tr("%1 · %n customer(s) to greet", "", festival.customers), when)
            row = QTreeWidgetItem(
                [enum_label(festival.festival), "", festival.date.isoformat(), when]
            )
            row.setData(0, DATA, festival)
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)
            rows.append(row)
        for birthday in birthdays:
            occasion = self.tr("Lunar birthday") if birthday.lunar else self.tr("Birthday")
            note = arg(self.tr("turns %1"), birthday.age)
            if birthday.greeted:
                note = arg(self.tr("%1 · greeted"), note)
            row = QTreeWidgetItem(
                [occasion, birthday.customer_name, birthday.date.isoformat(), note]
            )
            if birthday.greeted:
                for column in range(4):
                    row.setForeground(column, style.color("muted"))
            row.setData(0, DATA, birthday)
            rows.append(row)
        _fill_tree(tree, rows)
        pending = sum(1 for b in birthdays if not b.greeted)
        self.careBox.setTitle(arg(self.tr("Birthdays and festivals (%1 to greet)"), pending))

    def _fill_follow_ups(self, items: tuple[FollowUpItem, ...]) -> None:
        tree = self.followUpTree
        rows: list[QTreeWidgetItem] = []
        for item in items:
            if item.days_overdue > 0:
                state = arg(self.tr("%1 days late"), item.days_overdue)
            elif item.days_overdue == 0:
                state = self.tr("due today")
            else:
                state = arg(self.tr("in %1 days"), -item.days_overdue)
            row = QTreeWidgetItem(
                [item.customer_name, item.description, item.due_date.isoformat(), state]
            )
            if item.days_overdue > 0:
                row.setForeground(3, OVERDUE_COLOR)
            row.setData(0, DATA, item)
            rows.append(row)
        _fill_tree(tree, rows)
        self.followUpBox.setTitle(arg(self.tr("Follow-up actions falling due (%1)"), len(items)))

    # ----------------------------------------------------------------- actions

    def _current(self, tree: QTreeWidget) -> object | None:
        item = tree.currentItem()
        return None if item is None else item.data(0, DATA)

    def _open_current(self, tree: QTreeWidget) -> None:
        item = self._current(tree)
        customer_id = getattr(item, "customer_id", None)
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int) -> None:
        from agricrm.gui.customers.detail_dialog import CustomerDialog

        dialog = CustomerDialog(self._context, customer_id, self)
        dialog.saved.connect(
            lambda detail: (announce(self, customer_saved(detail.name)), self.refresh())
        )
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def start_visit(self, customer_id: int | None, **changes: object) -> object:
        from agricrm.gui.visits.visit_dialog import VisitDialog

        defaults = self._context.visits.new_input(self._context.actor, customer_id, **changes)
        dialog = VisitDialog(self._context, defaults=defaults, parent=self)
        self._connect(dialog)
        dialog.open()
        return dialog

    def open_visit(self, visit_id: int) -> object:
        from agricrm.gui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self._context, visit_id, parent=self)
        self._connect(dialog)
        dialog.open()
        return dialog

    def _connect(self, dialog: QWidget) -> None:
        dialog.saved.connect(self._visit_saved)  # type: ignore[attr-defined]

    def _visit_saved(self, detail: VisitDetail) -> None:
        announce(self, visit_saved(detail.customer_name, detail.visit_date))
        self.visitsChanged.emit()
        self.refresh()

    def _record_planned(self) -> None:
        item = self._current(self.plannedTree)
        if isinstance(item, PlannedVisitItem):
            dialog = self.open_visit(item.visit_id)
            from agricrm.gui.labels import select_data

            select_data(dialog.ui.statusCombo, VisitStatus.DONE)  # type: ignore[attr-defined]

    def _record_overdue(self) -> None:
        item = self._current(self.overdueTree)
        if isinstance(item, OverdueItem):
            self.start_visit(
                item.customer_id, visit_type=_VISIT_FOR_REASON.get(item.reason, VisitType.RETURN)
            )

    def _plan_overdue(self) -> None:
        item = self._current(self.overdueTree)
        if isinstance(item, OverdueItem):
            self.start_visit(
                item.customer_id,
                status=VisitStatus.PLANNED,
                visit_date=self._today() + dt.timedelta(days=1),
            )

    def _greet(self) -> None:
        from agricrm.gui.visits.care_dialog import CareDialog

        item = self._current(self.careTree)
        if isinstance(item, BirthdayItem):
            occasion = CareOccasion.LUNAR_BIRTHDAY if item.lunar else CareOccasion.BIRTHDAY
            dialog = CareDialog(
                self._context,
                item.customer_id,
                item.customer_name,
                occasion=occasion,
                occasion_date=item.date,
                parent=self,
            )
            name = item.customer_name
            dialog.saved.connect(
                lambda _event: (announce(self, greeting_saved(name)), self.refresh())
            )
            dialog.open()

    def _follow_up_done(self) -> None:
        item = self._current(self.followUpTree)
        if isinstance(item, FollowUpItem):
            try:
                self._context.visits.complete_follow_up(self._context.actor, item.follow_up_id)
            except Exception as error:
                show_error(self, error)
            self.refresh()

    def _open_follow_up_visit(self) -> None:
        item = self._current(self.followUpTree)
        if isinstance(item, FollowUpItem):
            self.open_visit(item.visit_id)

    # ----------------------------------------------------------------- printing

    def _update_print_menu(self) -> None:
        planned = self.view.planned if self.view is not None else ()
        self.printPlannedAction.setEnabled(
            isinstance(self._current(self.plannedTree), PlannedVisitItem)
        )
        self.printTodayAction.setText(
            self.tr("All %n visit(s) planned for today (to fill in by hand)", "", len(planned))
        )
        self.printTodayAction.setEnabled(bool(planned))

    def print_planned(self) -> None:
        from agricrm.gui.reports.actions import start_visit_report

        item = self._current(self.plannedTree)
        if isinstance(item, PlannedVisitItem):
            start_visit_report(self, self._context, item.visit_id)

    def print_today(self) -> None:
        """The visit reports of today's planned visits, in the list's order (by village)."""
        from agricrm.gui.reports.actions import start_visit_batch

        if self.view is not None and self.view.planned:
            start_visit_batch(self, self._context, [item.visit_id for item in self.view.planned])

    def _day_list(self) -> None:
        from agricrm.gui.visits.village_day_dialog import VillageDayDialog

        VillageDayDialog(self._context, self._today(), self).open()
