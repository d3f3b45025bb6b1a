"""Shared by the benchmark scripts: where data lives, the machine, and docs/benchmarks.md."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
DOC = REPO / "docs" / "benchmarks.md"

_HEADER = (
    "# Benchmarks\n\n"
    "Each section is written by the script named in it (`python benchmarks/NAME.py`); rerun the\n"
    "script to refresh its section. Benchmark data is read from `../shared/benchmarks` and never\n"
    "committed.\n"
)


def machine() -> str:
    """One line naming the machine, the Python and the date of the run."""
    cpu = platform.processor() or platform.machine()
    return (f"{platform.system()} {platform.machine()} ({cpu}), {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, {_dt.date.today().isoformat()}")


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section ``name`` of docs/benchmarks.md with ``body``."""
    DOC.parent.mkdir(parents=True, exist_ok=True)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else _HEADER
    block = f"<!-- BEGIN {name} -->\n{body.rstrip()}\n<!-- END {name} -->"
    pattern = re.compile(rf"<!-- BEGIN {re.escape(name)} -->.*?<!-- END {re.escape(name)} -->",
                         re.S)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else (
        text.rstrip() + "\n\n" + block + "\n")
    DOC.write_text(text, encoding="utf-8")


class PeakRSS:
    """Samples RSS of this process and its children in a thread, keeping a peak per ``mode``."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.mode = ""
        self.peaks: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        total = self.proc.memory_info().rss
        for child in self.proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue
        mode = self.mode
        self.peaks[mode] = max(self.peaks.get(mode, 0), int(total))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    @property
    def peak(self) -> int:
        """The highest RSS seen in any mode, in bytes."""
        return max(self.peaks.values(), default=0)
