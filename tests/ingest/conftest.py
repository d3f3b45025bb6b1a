"""Make tests/ingest/builders.py importable as ``ingest_builders`` (a name no other test
folder's helper module can shadow under pytest's importlib import mode)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if "ingest_builders" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "ingest_builders", Path(__file__).with_name("builders.py")
    )
    assert _spec is not None and _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["ingest_builders"] = _module
    _spec.loader.exec_module(_module)
