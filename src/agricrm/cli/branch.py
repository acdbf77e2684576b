"""`agricrm init`: an empty branch from the command line (`services.branch_setup`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from agricrm.i18n import QT_TRANSLATE_NOOP, render_for_cli
from agricrm.paths import resolve_database_path

INIT_DONE = QT_TRANSLATE_NOOP(
    "Cli", "New branch {branch} written to {path}, with {villages} villages."
)


def add_init_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = commands.add_parser("init", help="write a new, empty branch to a new file")
    init.add_argument("--db", metavar="PATH", default=None, help="the new database file")
    init.add_argument("--branch", required=True, metavar="NAME", help="the branch's name")
    init.add_argument(
        "--villages",
        metavar="FILE",
        help="the branch's villages: a workbook or CSV with township (乡镇) and village (村)",
    )
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from agricrm.services.branch_setup import create_branch, read_villages

    villages = read_villages(Path(args.villages)) if args.villages else []
    branch = create_branch(resolve_database_path(args.db), args.branch, villages)
    print(
        render_for_cli(
            INIT_DONE(branch=branch.name, path=str(branch.path), villages=branch.villages)
        )
    )
    return 0
