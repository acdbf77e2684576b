"""Copy the icons AgriCRM uses from the `lucide` package on PyPI into resources/icons/.

Lucide (https://lucide.dev, ISC licence; portions from Feather, MIT) ships as SVGs drawn in
`currentColor`; Qt's icon engine has no current colour, so each copy gets the colour of its
tone from `agricrm.gui.style` written in.  The table of icons is `agricrm.gui.icons.ICONS`.
The licence goes beside the files, and README.md says where each icon came from.

    python packaging/icons/vendor_icons.py            # pip-downloads lucide==VERSION
    python packaging/icons/vendor_icons.py WHEEL.whl  # or uses a wheel at hand
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from agricrm.gui.icons import ICON_SET, ICONS
from agricrm.gui.style import TONES

PACKAGE = "lucide"
VERSION = "1.1.4"
OUT = Path(__file__).resolve().parents[2] / "resources" / "icons"
LICENCE_FILE = "LICENSE.lucide.txt"


def recoloured(svg: str, colour: str) -> str:
    return svg.replace("currentColor", colour)


def _wheel(argument: str | None) -> Path:
    if argument:
        return Path(argument)
    folder = Path(tempfile.mkdtemp(prefix="lucide-"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "-d",
            str(folder),
            f"{PACKAGE}=={VERSION}",
        ],
        check=True,
    )
    return next(folder.glob("lucide-*.whl"))


def _readme(dated: str) -> str:
    rows = "\n".join(
        f"| `{name}.svg` | {source} | {tone} (`{TONES[tone]}`) |"
        for name, (source, tone) in sorted(ICONS.items())
    )
    return f"""# Bundled icons

{ICON_SET} outline icons, from the PyPI package `{PACKAGE}` {VERSION} (its `lucide.zip`, dated
{dated}), copied by `packaging/icons/vendor_icons.py` with the stroke colour of each icon's
tone written in place of `currentColor` (the tones are `agricrm.gui.style.TONES`; the table of
icons is `agricrm.gui.icons.ICONS`).

Licence: ISC (Lucide Contributors), with portions from Feather under MIT (Cole Bemis); the
text as published is `{LICENCE_FILE}`. Both allow use, copying and modification with the
notice kept.

| file | Lucide icon | tone |
|---|---|---|
{rows}
"""


def main(argument: str | None = None) -> None:
    wheel = zipfile.ZipFile(_wheel(argument))
    inner = zipfile.ZipFile(io.BytesIO(wheel.read("lucide/lucide.zip")))
    licence = next(n for n in wheel.namelist() if n.endswith("licenses/LICENSE"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.svg"):
        old.unlink()
    for name, (source, tone) in ICONS.items():
        svg = inner.read(f"{source}.svg").decode("utf-8")
        (OUT / f"{name}.svg").write_text(recoloured(svg, TONES[tone]), "utf-8")
    (OUT / LICENCE_FILE).write_bytes(wheel.read(licence))
    dated = "{:04d}-{:02d}-{:02d}".format(*inner.getinfo("plus.svg").date_time[:3])
    (OUT / "README.md").write_text(_readme(dated), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
