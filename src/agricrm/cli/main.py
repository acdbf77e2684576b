"""Entry point of the ``agricrm`` console script.

Every failure a user can cause ends as one line on stderr and a non-zero exit code; an
unexpected one also writes its traceback to the log folder, never to the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import multiprocessing
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from agricrm import __version__
from agricrm.cli.branch import add_init_parser
from agricrm.cli.call_list import add_call_list_parser, run_call_list
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.visits import VisitStatus
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, render_for_cli
from agricrm.paths import log_dir, resolve_database_path, resolve_location

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

INTERNAL_ERROR = QT_TRANSLATE_NOOP(
    "Cli", "Unexpected error: {error}. Details were written to {log}."
)
DEMO_DONE = QT_TRANSLATE_NOOP(
    "Cli",
    "Demo database {path}: {customers} customers, {items} production items, {loans} loans, "
    "{villages} villages, {officers} officers, {visits} visits.",
)
DEMO_COMPLAINTS_DONE = QT_TRANSLATE_NOOP(
    "Cli", "{complaints} complaints with their handling history."
)
BAD_DATE = QT_TRANSLATE_NOOP("Cli", "{value} is not a date; use YYYY-MM-DD.")
EXPORT_DONE = QT_TRANSLATE_NOOP("Cli", "Package {seq} written to {path}: {rows} rows.")
CONFLICTS_SETTLED = QT_TRANSLATE_NOOP(
    "Cli",
    "{count} earlier conflict(s) settled: the package brought a version that includes both sides.",
)
IMPORT_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts."
)
PREVIEW_ONLY = QT_TRANSLATE_NOOP("Cli", "Preview only, nothing was imported: {summary}")
IMPORT_REFUSED = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing imported: {count} problem(s), the first at sheet {sheet} row {row} column "
    "{column}: {reason} Full report: {report}",
)
TEMPLATE_DONE = QT_TRANSLATE_NOOP("Cli", "Registration workbook written to {path}.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Cli", "Cannot write {path}: {reason}")

if TYPE_CHECKING:
    from agricrm.db.database import Database
    from agricrm.db.location import Location
    from agricrm.services.actor import Actor
    from agricrm.services.sync_import import ImportPlan
NO_DATABASE = QT_TRANSLATE_NOOP("Cli", "There is no database at {path}.")
REPORT_DONE = QT_TRANSLATE_NOOP("Cli", "Wrote {path} ({pages} pages).")
REPORT_MISSING = QT_TRANSLATE_NOOP(
    "Cli", "Warning: no bundled font has {characters}; they are printed as 〓 with their code."
)

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (--help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(render_for_cli(BAD_DATE(value=value))) from None


def _add_db_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="database file or URL (default: $AGRICRM_DB, then the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="agricrm", description="AgriCRM: customer files for rural lending.")
    parser.add_argument("--version", action="version", version=f"agricrm {__version__}")
    _add_db_option(parser, default=None)
    parser.add_argument("--user", metavar="NAME", help="act as this user (until login exists)")
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the main window, report start-up time on stdout, then quit (diagnostics)",
    )
    parser.set_defaults(handler=_run_gui)
    commands = parser.add_subparsers(title="commands", parser_class=_Parser)

    demo = commands.add_parser("demo", help="write a demo database to a new file")
    _add_db_option(demo, default=argparse.SUPPRESS)
    demo.add_argument("--customers", type=int, default=3000, metavar="N")
    demo.add_argument(
        "--visits",
        type=int,
        default=None,
        metavar="N",
        help="visits over the past two years and the coming weeks (default: 3 per customer)",
    )
    demo.add_argument(
        "--complaints",
        type=int,
        default=None,
        metavar="N",
        help="complaints over the last 18 months (default: one per ten customers)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--as-of", type=_date, default=None, metavar="DATE", help="the demo's today (YYYY-MM-DD)"
    )
    demo.set_defaults(handler=_run_demo)
    add_init_parser(commands)

    export = commands.add_parser("export", help="write a sync package (.xlsx)")
    _add_common_options(export)
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    mode = export.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="every record (the default)")
    mode.add_argument("--since-last", action="store_true", help="changes since the last export")
    export.add_argument("--officer", metavar="NAME", help="only this officer's customers")
    export.set_defaults(handler=_run_export)

    import_ = commands.add_parser(
        "import", help="apply a sync package, a filled-in workbook or a branch's own register"
    )
    _add_common_options(import_)
    import_.add_argument("file", metavar="FILE")
    import_.add_argument("--dry-run", action="store_true", help="show what would change")
    _add_register_options(import_)
    import_.set_defaults(handler=_run_import)

    template = commands.add_parser("template", help="write a blank registration workbook")
    _add_common_options(template)
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    template.set_defaults(handler=_run_template)

    merge = commands.add_parser("merge", help="consolidate many officers' packages")
    _add_common_options(merge)
    merge.add_argument("files", nargs="+", metavar="FILE")
    merge.set_defaults(handler=_run_merge)
    _add_report_parsers(commands)
    return parser


def _add_register_options(parser: argparse.ArgumentParser) -> None:
    """A register in a clerk's own layout (`cli.registers`)."""
    parser.add_argument("--sheet", metavar="NAME", help="the register's sheet")
    parser.add_argument(
        "--heading-row", type=int, metavar="N", help="the row of the headings, from 1"
    )
    parser.add_argument("--mapping", metavar="NAME|FILE.json", help="a saved column mapping")
    parser.add_argument("--save-mapping", metavar="NAME", help="save the column mapping")
    parser.add_argument(
        "--ignore-unmapped", action="store_true", help="leave out columns mapped to no field"
    )
    parser.add_argument(
        "--members-sheet",
        metavar="NAME",
        help="a household register's sheet of family members (户号, 成员姓名, 与户主关系 …)",
    )
    parser.add_argument(
        "--members-heading-row", type=int, metavar="N", help="the members sheet's heading row"
    )
    parser.add_argument(
        "--members-mapping", metavar="NAME|FILE.json", help="a saved mapping of the members sheet"
    )
    parser.add_argument(
        "--save-members-mapping", metavar="NAME", help="save the members sheet's mapping"
    )
    parser.add_argument(
        "--add-villages",
        action="store_true",
        help="add the register's villages missing from the list (a branch manager); a name "
        "that is a listed village and a group (前屯村一组) goes to that village and group",
    )


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    _add_db_option(parser, default=argparse.SUPPRESS)
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS)


def _period(value: str) -> object:
    from agricrm.domain.period import InvalidPeriod, parse_period

    try:
        return parse_period(value)
    except InvalidPeriod as error:
        raise argparse.ArgumentTypeError(render_for_cli(error.message)) from None


def _add_report_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    report = commands.add_parser("report", help="print a report to a PDF file")
    kinds = report.add_subparsers(title="reports", parser_class=_Parser, required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        _add_db_option(parser, default=argparse.SUPPRESS)
        parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS)
        parser.add_argument("--out", metavar="FILE.pdf", required=True, type=Path)

    customer = kinds.add_parser("customer", help="customer profile sheet (客户信息档案表)")
    common(customer)
    customer.add_argument(
        "--customer", metavar="NUMBER|UUID", required=True, help="file number KH-… or UUID"
    )
    customer.set_defaults(handler=_run_report_customer)

    summary = kinds.add_parser("summary", help="periodic summary of the branch or an officer")
    common(summary)
    summary.add_argument(
        "--period", metavar="PERIOD", required=True, type=_period, help="2026-07, 2026-Q3 or 2026"
    )
    summary.add_argument("--officer", metavar="NAME", help="user name or name of an officer")
    summary.set_defaults(handler=_run_report_summary)

    visit = kinds.add_parser("visit", help="visit report (走访报告) of one visit")
    common(visit)
    visit.add_argument(
        "--visit", metavar="NUMBER|UUID", required=True, help="visit number ZF… or UUID"
    )
    visit.set_defaults(handler=_run_report_visit)

    visits = kinds.add_parser("visits", help="visit reports of a date range, in one file")
    common(visits)
    visits.add_argument("--from", dest="first", metavar="DATE", required=True, type=_date)
    visits.add_argument("--to", dest="last", metavar="DATE", required=True, type=_date)
    visits.add_argument("--officer", metavar="NAME", help="user name or name of an officer")
    visits.add_argument(
        "--status",
        choices=[*(status.value for status in VisitStatus), "all"],
        default="done",
        help="which visits (default: done, the visits that took place)",
    )
    visits.set_defaults(handler=_run_report_visits)

    complaint = kinds.add_parser("complaint", help="complaint handling form (投诉处理单)")
    common(complaint)
    complaint.add_argument(
        "--complaint", metavar="UUID", required=True, help="the complaint's UUID or number (TS…)"
    )
    complaint.set_defaults(handler=_run_report_complaint)

    village = kinds.add_parser("village-day", help="village day sheet (村走访清单)")
    common(village)
    village.add_argument(
        "--village", metavar="NAME", required=True, help="village, or township/village"
    )
    village.add_argument("--date", metavar="DATE", required=True, type=_date)
    village.set_defaults(handler=_run_report_village_day)
    add_call_list_parser(kinds, common, _run_report_call_list)


def _run_gui(args: argparse.Namespace) -> int:
    from agricrm.gui.app import run_app

    return run_app(resolve_location(args.db), args.user, args.quit_after_paint)


def _run_demo(args: argparse.Namespace) -> int:
    from agricrm.demo.generator import build_demo_database

    path = resolve_database_path(args.db)
    visits = args.visits if args.visits is not None else 3 * max(args.customers, 0)
    complaints = args.customers // 10 if args.complaints is None else args.complaints
    summary = build_demo_database(
        path, args.customers, args.seed, args.as_of, visits=visits, complaints=complaints
    )
    print(
        render_for_cli(
            DEMO_DONE(
                path=str(path),
                customers=summary.customers,
                items=summary.production_items,
                loans=summary.loans,
                villages=summary.villages,
                officers=summary.officers,
                visits=summary.visits,
            )
        )
    )
    if summary.complaints:
        print(render_for_cli(DEMO_COMPLAINTS_DONE(complaints=summary.complaints)))
    return 0


def _open(args: argparse.Namespace, *, create: bool = False) -> tuple[Database, Actor]:
    """The database of `--db`; one that does not exist is refused (a mistyped path must not
    become an empty branch), unless the command may `create` it: a laptop's database is made
    by importing its officer's package (see `_new_file_kept_only_if_done`)."""
    from agricrm.db.database import open_database
    from agricrm.services.derived import bring_up_to_date
    from agricrm.services.users import resolve_actor

    location = resolve_location(args.db) if create else _existing(args)
    db = open_database(location)
    try:
        bring_up_to_date(db)  # search index and schedule, after an upgrade or a new release
        return db, resolve_actor(db, args.user)
    except BaseException:
        db.close()
        raise


def _run_export(args: argparse.Namespace) -> int:
    from agricrm.services.sync_export import export_package
    from agricrm.services.users import find_officer

    db, actor = _open(args)
    try:
        officer_id = find_officer(db, actor, args.officer).id if args.officer else None
        result = export_package(
            db, actor, Path(args.out), since_last=args.since_last, officer_id=officer_id
        )
    finally:
        db.close()
    rows = sum(result.row_counts.values())
    print(render_for_cli(EXPORT_DONE(path=str(result.path), rows=rows, seq=result.package_seq)))
    return 0


def _existing(args: argparse.Namespace) -> Location:
    """The database of `--db`, refused when there is none: a mistyped path must not become
    an empty branch (`agricrm init` makes new ones)."""
    location = resolve_location(args.db)
    if not location.path.exists():
        raise AgriCrmError(NO_DATABASE(path=str(location)))
    return location


def _new_file_kept_only_if_done(
    args: argparse.Namespace, command: Callable[[argparse.Namespace], int]
) -> int:
    """Run an import or merge that may make its database file; a file it made is removed
    again when the command fails or only previewed."""
    from agricrm.db.files import remove_new_database

    path = resolve_location(args.db).path
    new = not path.exists()
    try:
        code = command(args)
    except BaseException:
        if new:
            remove_new_database(path)
        raise
    if new and (code != 0 or getattr(args, "dry_run", False)):
        remove_new_database(path)
    return code


def _run_import(args: argparse.Namespace) -> int:
    return _new_file_kept_only_if_done(args, _import)


def _import(args: argparse.Namespace) -> int:
    from agricrm.cli.registers import run_register_import, wants_register
    from agricrm.exchange.report import report_path, write_issue_report
    from agricrm.services.sync_import import ImportRejected, apply_import, preview_import

    db, actor = _open(args, create=True)
    path = Path(args.file)
    try:
        if wants_register(args, path):
            return run_register_import(args, path, db, actor)
        try:
            if args.dry_run:
                plan = preview_import(db, actor, path)
                if plan.held_back is not None:
                    raise AgriCrmError(plan.held_back)
                if plan.issues:
                    raise ImportRejected(plan)
                print(render_for_cli(PREVIEW_ONLY(summary=_plan_summary(plan))))
                return 0
            result = apply_import(db, actor, path)
        except ImportRejected as rejected:
            report = write_issue_report(report_path(path), rejected.plan.issues, render_for_cli)
            first = rejected.plan.issues[0]
            raise AgriCrmError(
                IMPORT_REFUSED(
                    count=len(rejected.plan.issues),
                    sheet=first.sheet,
                    row=first.row,
                    column=first.column,
                    reason=first.reason,
                    report=str(report),
                )
            ) from None
    finally:
        db.close()
    print(render_for_cli(_plan_summary(result.plan)))
    if result.settled:
        print(render_for_cli(CONFLICTS_SETTLED(count=result.settled)))
    return 0


def _plan_summary(plan: ImportPlan) -> Message:
    from agricrm.services.sync_import import Action

    return IMPORT_SUMMARY(
        new=plan.total(Action.NEW),
        updated=plan.total(Action.UPDATE),
        unchanged=plan.total(Action.UNCHANGED)
        + plan.total(Action.STALE)
        + plan.total(Action.QUEUED),
        conflicts=plan.total(Action.CONFLICT) + plan.total(Action.DUPLICATE),
    )


def _run_template(args: argparse.Namespace) -> int:
    from agricrm.exchange.template import write_template
    from agricrm.services.products import list_products
    from agricrm.services.villages import list_villages

    out = Path(args.out)
    db, actor = _open(args)
    try:
        places = [(v.township, v.name) for v in list_villages(db, actor)]
        products = [product.name for product in list_products(db, actor)]
    finally:
        db.close()
    try:
        write_template(out, places, products)
    except OSError as error:
        raise AgriCrmError(CANNOT_WRITE(path=str(out), reason=error.strerror or "")) from None
    print(render_for_cli(TEMPLATE_DONE(path=str(out))))
    return 0


def _run_merge(args: argparse.Namespace) -> int:
    return _new_file_kept_only_if_done(args, _merge)


def _merge(args: argparse.Namespace) -> int:
    from agricrm.services.sync_merge import merge_packages

    db, actor = _open(args, create=True)
    try:
        outcome = merge_packages(db, actor, [Path(f) for f in args.files])
    finally:
        db.close()
    for line in outcome.lines:
        print(render_for_cli(line))
    return 0 if outcome.ok else EXIT_FAILURE


def _report_session(args: argparse.Namespace) -> tuple[object, object, object]:
    """The opened database (never created here), the acting user and the report options."""
    from agricrm.db.database import open_database
    from agricrm.i18n import catalog, cli_language
    from agricrm.services.derived import bring_up_to_date
    from agricrm.services.reports import ReportOptions
    from agricrm.services.users import resolve_actor

    db = open_database(_existing(args))
    try:
        bring_up_to_date(db)
        actor = resolve_actor(db, args.user)
    except BaseException:
        db.close()
        raise
    found = catalog(cli_language())
    options = ReportOptions(translate=found.translate) if found else ReportOptions()
    return db, actor, options


def _report_written(result: object) -> int:
    print(render_for_cli(REPORT_DONE(path=str(result.path), pages=result.pages)))
    if result.missing_characters:
        characters = " ".join(sorted(result.missing_characters))
        print(f"agricrm: {render_for_cli(REPORT_MISSING(characters=characters))}", file=sys.stderr)
    return 0


def _run_report_customer(args: argparse.Namespace) -> int:
    from agricrm.services import reports

    db, actor, options = _report_session(args)
    try:
        customer_id = reports.find_customer(db, actor, args.customer)
        result = reports.customer_sheet(db, actor, customer_id, options, target=args.out)
    finally:
        db.close()
    return _report_written(result)


def _run_report_summary(args: argparse.Namespace) -> int:
    from agricrm.services import reports
    from agricrm.services.summary import resolve_officer

    db, actor, options = _report_session(args)
    try:
        officer = resolve_officer(db, actor, args.officer) if args.officer is not None else None
        result = reports.periodic_summary(db, actor, args.period, officer, options, target=args.out)
    finally:
        db.close()
    return _report_written(result)


def _run_report_visit(args: argparse.Namespace) -> int:
    from agricrm.services import reports

    db, actor, options = _report_session(args)
    try:
        visit_id = reports.find_visit(db, actor, args.visit)
        result = reports.visit_report(db, actor, visit_id, options, target=args.out)
    finally:
        db.close()
    return _report_written(result)


def _run_report_visits(args: argparse.Namespace) -> int:
    from agricrm.services import reports
    from agricrm.services.summary import find_officer

    db, actor, options = _report_session(args)
    try:
        officer = find_officer(db, actor, args.officer) if args.officer is not None else None
        status = None if args.status == "all" else VisitStatus(args.status)
        result = reports.visit_reports_in_range(
            db, actor, args.first, args.last, officer, status, options, target=args.out
        )
    finally:
        db.close()
    return _report_written(result)


def _run_report_complaint(args: argparse.Namespace) -> int:
    from agricrm.services import reports

    db, actor, options = _report_session(args)
    try:
        complaint_id = reports.find_complaint(db, actor, args.complaint)
        result = reports.complaint_form(db, actor, complaint_id, options, target=args.out)
    finally:
        db.close()
    return _report_written(result)


def _run_report_village_day(args: argparse.Namespace) -> int:
    from agricrm.services import reports
    from agricrm.services.villages import resolve_village

    db, actor, options = _report_session(args)
    try:
        village = resolve_village(db, actor, args.village)
        result = reports.village_day_sheet(
            db, actor, village.township, village.name, args.date, options, target=args.out
        )
    finally:
        db.close()
    return _report_written(result)


def _run_report_call_list(args: argparse.Namespace) -> int:
    db, actor, options = _report_session(args)
    try:
        return run_call_list(args, db, actor, options)
    finally:
        db.close()


def _log_internal_error(error: BaseException) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "agricrm-errors.log"
    logging.basicConfig(filename=path, level=logging.ERROR)
    logging.getLogger("agricrm").error(
        "%s\n%s", dt.datetime.now().isoformat(), "".join(traceback.format_exception(error))
    )
    return path


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen build's report workers start through here
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except AgriCrmError as error:
        print(f"agricrm: {render_for_cli(error.message)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # anything else is our bug: log it, say one line
        log = _log_internal_error(error)
        message = INTERNAL_ERROR(error=type(error).__name__, log=str(log))
        print(f"agricrm: {render_for_cli(message)}", file=sys.stderr)
        return EXIT_INTERNAL
