"""Measurements the program reports about itself (the start-up probe, benchmarks).

The peak memory is the process's own high-water mark (VmHWM on Linux).  getrusage's
ru_maxrss survives fork and exec on Linux, so a program started by a larger process (a
benchmark that has just built its 100,000-customer branch) would report its parent's size.
"""

from __future__ import annotations

import resource
from pathlib import Path

STATUS = Path("/proc/self/status")


def peak_memory_kib() -> int:
    """This process's peak resident memory in KiB."""
    try:
        for line in STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB where there is no /proc
