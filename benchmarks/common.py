"""Shared by the benchmark scripts: where data lives, the machine, and docs/benchmarks.md."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
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
