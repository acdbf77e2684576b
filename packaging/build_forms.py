"""Compile the Qt Designer forms in forms/ into src/agricrm/gui/forms/ui_*.py.

The compiled modules are committed, so a checkout, a wheel and a frozen build all import the
same code and nothing needs the uic tool at run time.  ``--check`` (run by the test suite)
fails when a compiled form is missing or older than its .ui file's content.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
TARGET = ROOT / "src" / "agricrm" / "gui" / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def compiled_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, output: Path) -> None:
    subprocess.run([_uic(), "--from-imports", str(ui_file), "-o", str(output)], check=True)
    # uic stamps the generator version; keep only the first comment block's stable lines
    text = output.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("## Created by:")]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a compiled form is stale")
    args = parser.parse_args()
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for ui_file in sorted(FORMS.glob("*.ui")):
            fresh = Path(scratch) / compiled_name(ui_file)
            compile_form(ui_file, fresh)
            target = TARGET / compiled_name(ui_file)
            if args.check:
                if not target.exists() or target.read_text("utf-8") != fresh.read_text("utf-8"):
                    stale.append(ui_file.name)
            else:
                shutil.copyfile(fresh, target)
    if stale:
        print("stale compiled forms (run `make forms`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
