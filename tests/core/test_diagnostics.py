"""The start-up probe's peak memory is the program's own, not its parent's."""

from __future__ import annotations

import subprocess
import sys

import pytest

from agricrm.diagnostics import STATUS, peak_memory_kib

CHILD = (
    "import resource; from agricrm.diagnostics import peak_memory_kib; "
    "print(peak_memory_kib(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
BALLAST_MIB = 320


@pytest.mark.skipif(not STATUS.exists(), reason="Linux's /proc: ru_maxrss is the fallback")
def test_a_child_of_a_large_process_reports_its_own_peak() -> None:
    ballast = bytearray(BALLAST_MIB * 2**20)
    ballast[::4096] = b"\1" * len(ballast[::4096])  # touch every page, so it is resident
    own, inherited = map(
        int,
        subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True
        ).stdout.split(),
    )
    assert inherited >= BALLAST_MIB * 1024  # what ru_maxrss says in the child: the parent's size
    assert own < 150 * 1024 and own < inherited
    assert peak_memory_kib() >= BALLAST_MIB * 1024
    del ballast
