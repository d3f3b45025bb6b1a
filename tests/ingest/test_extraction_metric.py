"""The shingle metric of benchmarks/extraction.py, as the ScrapingHub benchmark defines it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_identical_texts_score_one(bench: ModuleType) -> None:
    text = "The bridge will close in June for six weeks of repairs."
    assert bench.match(text, text) == (1.0, 0.0, 0.0)
    assert bench.scores([bench.match(text, text)]) == (1.0, 1.0, 1.0)


def test_counts_are_normalized_per_document(bench: ModuleType) -> None:
    gold = "one two three four five six"  # shingles: 1234 2345 3456
    tp, fp, fn = bench.match(gold, "one two three four five seven")  # 1234 2345 + 3457
    assert (tp, fp, fn) == pytest.approx((2 / 4, 1 / 4, 1 / 4))


def test_empty_prediction_counts_for_recall_only(bench: ModuleType) -> None:
    rows = [bench.match("a b c d e", ""), bench.match("a b c d e", "a b c d e")]
    precision, recall, f1 = bench.scores(rows)
    assert precision == 1.0  # the empty prediction has tp + fp == 0: left out of precision
    assert recall == 0.5
    assert f1 == pytest.approx(2 * 0.5 / 1.5)


def test_short_text_is_one_shingle(bench: ModuleType) -> None:
    assert bench.shingles("two words") == {("two", "words"): 1}
    assert bench.shingles("") == {}
