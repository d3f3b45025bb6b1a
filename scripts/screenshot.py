"""Screenshot an HTML report with headless Chromium (no network, throwaway profile).

    .venv/bin/python scripts/screenshot.py report.html report.png [--size 1400,2000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", default="1400,2000", help="window WIDTH,HEIGHT in pixels")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={args.size}",
             f"--screenshot={args.png.resolve()}", args.page.resolve().as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
    if run.returncode != 0 or not args.png.exists():
        print(run.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"{args.png} ({args.png.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
