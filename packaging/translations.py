"""Maintain the zh_CN catalogue: collect every tr()/QT_TRANSLATE_NOOP string, compile it.

    python packaging/translations.py update   # refresh the .ts from the sources, build the .qm
    python packaging/translations.py check    # fail on a missing, unfinished or stale entry
    python packaging/translations.py apply new.tsv   # fill translations from a TSV file
    python packaging/translations.py merge other.ts  # take another branch's translations

Both files are committed; a translator edits the .ts (Qt Linguist or a text editor) and runs
``update`` again.  Locations are not recorded, so moving code does not churn the catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "agricrm"
CATALOGUES = ROOT / "resources" / "translations"
FORMS = ROOT / "forms"
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def _sources() -> list[str]:
    """Python sources plus the Designer forms (read directly: lupdate skips uic's output)."""
    python = [p for p in SOURCES.rglob("*.py") if not p.name.startswith("ui_")]
    return sorted(str(path) for path in [*python, *FORMS.glob("*.ui")])


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            *_sources(),
            "-ts",
            str(target),
        ],
        check=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )


def unfinished(ts_file: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation is not None and translation.findall("numerusform")
            empty = translation is None or not (
                (translation.text or "").strip() or any((n.text or "").strip() for n in numerus)
            )
            if empty or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{name}: {message.findtext('source')}")
    return problems


def update() -> int:
    for language in LANGUAGES:
        ts_file = CATALOGUES / f"agricrm_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        for problem in unfinished(ts_file):
            print(f"untranslated ({language}): {problem}")
    return 0


def check() -> int:
    failures: list[str] = []
    for language in LANGUAGES:
        ts_file = CATALOGUES / f"agricrm_{language}.ts"
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / ts_file.name
            shutil.copyfile(ts_file, fresh)
            lupdate(fresh)
            if fresh.read_bytes() != ts_file.read_bytes():
                failures.append(f"{ts_file.name} is not up to date with the sources")
            failures += [f"untranslated ({language}): {p}" for p in unfinished(fresh)]
            compiled = Path(scratch) / "fresh.qm"
            lrelease(ts_file, compiled)
            if compiled.read_bytes() != ts_file.with_suffix(".qm").read_bytes():
                failures.append(f"{ts_file.with_suffix('.qm').name} is stale")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print("run `make translations` and translate the new strings", file=sys.stderr)
    return 1 if failures else 0


def apply(tsv: Path, language: str = "zh_CN") -> int:
    """Fill translations from a ``context<TAB>source<TAB>translation`` file (``\\n`` for a
    newline), then rebuild the .qm: the quickest way to translate a batch of new strings."""
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, translation = (part.replace("\\n", "\n") for part in line.split("\t"))
            wanted[(context, source)] = translation
    ts_file = CATALOGUES / f"agricrm_{language}.ts"
    tree = ET.parse(ts_file)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = wanted[key]
            else:
                translation.text = wanted[key]
            applied += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    print(f"{applied} of {len(wanted)} translations applied")
    return update()


def merge(other_ts: Path, language: str = "zh_CN") -> int:
    """Take the translations another branch's .ts has for strings still unfinished here:
    after merging branches, keep one side's .ts, run ``update``, then ``merge`` the other."""
    from agricrm.i18n import Catalog

    theirs = Catalog.from_ts(other_ts)
    ts_file = CATALOGUES / f"agricrm_{language}.ts"
    rows = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if (name, source) in theirs:
                row = "\t".join((name, source, theirs.translate(name, source)))
                rows.append(row.replace("\n", "\\n"))
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as tsv:
        tsv.write("\n".join(rows))
    return apply(Path(tsv.name), language)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "apply":
        raise SystemExit(apply(Path(sys.argv[2])))
    if command == "merge":
        raise SystemExit(merge(Path(sys.argv[2])))
    raise SystemExit(update() if command == "update" else check())
