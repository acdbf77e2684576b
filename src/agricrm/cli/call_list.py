"""`agricrm report call-list`: the call list of a saved segment or of filters given on the
command line, as a workbook (``--out FILE.xlsx``) or a PDF call sheet (``--out FILE.pdf``).

    agricrm report call-list --db branch.db --segment 三镇优质客户 --out calls.pdf
    agricrm report call-list --db branch.db --class segment=quality --township 张庄镇 \\
        --out calls.xlsx

A class is given by its code (the rules document's: ``segment=quality``, ``value=high``,
``activity=dormant`` …); `--class` may repeat, one per dimension.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from agricrm.domain.classification.facts import CLASSES_OF, Dimension
from agricrm.domain.errors import AgriCrmError, NotFound
from agricrm.i18n import QT_TRANSLATE_NOOP, render_for_cli

CALL_LIST_DONE = QT_TRANSLATE_NOOP("Cli", "Wrote {path} ({count} customers).")
SHEET_DONE = QT_TRANSLATE_NOOP("Cli", "Wrote {path} ({pages} pages).")  # as every report
NO_SUCH_SEGMENT = QT_TRANSLATE_NOOP("Cli", "No saved segment is named {name}.")
BAD_CLASS = QT_TRANSLATE_NOOP(
    "Cli", "{value}: give a class as DIMENSION=CODE, e.g. segment=quality ({known})"
)
BAD_OUT = QT_TRANSLATE_NOOP("Cli", "{path}: a call list is written as .xlsx or .pdf")


def _class(value: str) -> tuple[Dimension, str]:
    dimension, _, code = value.partition("=")
    known = {d.value: {m.value for m in CLASSES_OF[d]} for d in Dimension}
    if dimension.strip() not in known or code.strip() not in known[dimension.strip()]:
        listing = "; ".join(f"{d}: {', '.join(sorted(codes))}" for d, codes in known.items())
        raise argparse.ArgumentTypeError(render_for_cli(BAD_CLASS(value=value, known=listing)))
    return Dimension(dimension.strip()), code.strip()


def add_call_list_parser(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: Callable[[argparse.ArgumentParser], None],
    run: Callable[[argparse.Namespace], int],
) -> None:
    """The parser, in `agricrm report`'s list; `run` is `run_call_list` through the report
    session of `cli.main`."""
    parser = kinds.add_parser("call-list", help="call list (电话清单) as .xlsx or .pdf")
    common(parser)
    parser.add_argument("--segment", metavar="NAME", help="a saved segment's name")
    parser.add_argument(
        "--class",
        dest="classes",
        metavar="DIMENSION=CODE",
        action="append",
        type=_class,
        default=[],
        help="only customers of this class (segment=quality, value=high …); may repeat",
    )
    parser.add_argument("--township", metavar="NAME")
    parser.add_argument("--village", metavar="NAME")
    parser.add_argument("--text", metavar="WORDS", default="", help="as typed in the search box")
    parser.add_argument(
        "--full-phones", action="store_true", help="mobile numbers in full (masked otherwise)"
    )
    parser.set_defaults(handler=run)


def run_call_list(args: argparse.Namespace, db: Any, actor: Any, options: Any) -> int:
    from agricrm.services.call_list import call_list_workbook, call_sheet
    from agricrm.services.customer_data import CustomerQuery
    from agricrm.services.saved_segments import saved_segments

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise AgriCrmError(BAD_OUT(path=str(out)))
    title = ""
    query = CustomerQuery()
    if args.segment:
        found = [s for s in saved_segments(db, actor) if s.name == args.segment.strip()]
        if not found:
            raise NotFound(NO_SUCH_SEGMENT(name=args.segment))
        title, query = found[0].name, found[0].query
    if args.township or args.village or args.text:
        query = replace(
            query,
            township=args.township or query.township,
            village=args.village or query.village,
            text=args.text or query.text,
        )
    for dimension, code in args.classes:
        query = query.with_class(dimension, code)
    if out.suffix.lower() == ".pdf":
        result = call_sheet(db, actor, query, title, args.full_phones, options, target=out)
        print(render_for_cli(SHEET_DONE(path=str(out), pages=result.pages)))
        return 0
    written = call_list_workbook(db, actor, query, out, title, args.full_phones, options.translate)
    print(render_for_cli(CALL_LIST_DONE(path=str(out), count=len(written.entries))))
    return 0
