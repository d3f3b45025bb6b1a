"""Report tests reuse the hand-built facts of tests/compare (texts written for this project)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from counterpoint.compare import compare
from counterpoint.model import ArticleFacts, Comparison

_path = Path(__file__).resolve().parents[1] / "compare" / "conftest.py"
_spec = importlib.util.spec_from_file_location("counterpoint_compare_test_facts", _path)
assert _spec is not None and _spec.loader is not None
_facts = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _facts
_spec.loader.exec_module(_facts)
make_facts: Callable[..., ArticleFacts] = _facts.make_facts

HOSTILE = (
    "Officials said <script>alert('x')</script> [bold red]the levee[/] held for 12 hours "
    "before it broke. "
    'Readers were told to visit <a href="javascript:alert(1)">this page</a> for updates. '
    "The river rose 4 meters overnight."
)
CALM = (
    "The levee held for 20 hours before it finally broke, engineers said on Tuesday. "
    "The river rose 4 meters overnight, according to the county."
)


@pytest.fixture(scope="session")
def hostile_story() -> tuple[Comparison, list[ArticleFacts]]:
    """Two articles, one full of markup that must be escaped, with a conflict between them."""
    a = make_facts(
        HOSTILE, outlet="Levee <b>Times</b>", published="2024-05-02",
        quantities=(
            ("12 hours", 12, 12, 12, "hour", "duration", "exact", None),
            ("4 meters", 4, 4, 4, "meter", "length", "exact", None),
        ),
    )
    b = make_facts(
        CALM, outlet="River Post", published="2024-05-01",
        quantities=(
            ("20 hours", 20, 20, 20, "hour", "duration", "exact", None),
            ("4 meters", 4, 4, 4, "meter", "length", "exact", None),
        ),
        dates=(("on Tuesday", "2024-04-30", "2024-04-30", "day"),),
    )
    facts = [a, b]
    return compare(facts), facts

