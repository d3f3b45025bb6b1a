"""Hand-built ArticleFacts for compare and report tests (texts written for this project)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from counterpoint.compare.text import split_sentences
from counterpoint.model import (
    Article,
    ArticleFacts,
    Entity,
    Quantity,
    Quote,
    Statement,
    TimeRef,
)

# Factor to the SI unit and the SI unit of the units the tests use.
SI = {
    "mile": (1609.344, "meter"), "kilometer": (1000.0, "meter"), "meter": (1.0, "meter"),
    "hour": (3600.0, "second"), "day": (86400.0, "second"), "percent": (1.0, "percent"),
    "minute": (60.0, "second"), "second": (1.0, "second"),
    "year": (365.25 * 86400, "second"), "dollar": (1.0, "USD"),
    "month": (365.25 * 86400 / 12, "second"), "milligram": (1e-6, "kilogram"),
    "dollar_per_month": (1.0, "USD per month"), "dollar_per_year": (1.0, "USD per year"),
    "kilometer_per_hour": (1 / 3.6, "meter per second"),
    "mile_per_hour": (0.44704, "meter per second"),
    "tonne": (1000.0, "kilogram"), "pound": (0.45359237, "kilogram"), "gbp": (1.0, "GBP"),
    "kilogram": (1.0, "kilogram"),
    "penny": (1.0, "GBp"), "cent": (1.0, "cent"), "foot": (0.3048, "meter"),
    "euro": (1.0, "EUR"), "euro_per_liter": (1.0, "EUR per liter"),
    "euro_per_day": (1.0, "EUR per day"),
    "cent_per_liter": (1.0, "cent per liter"),
    "gallon": (0.003785411784, "cubic meter"), "liter": (0.001, "cubic meter"),
    "ton": (907.18474, "kilogram"), "level": (None, None), "kelvin": (1.0, "kelvin"),
    None: (None, None),
}


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    i = text.index(phrase, after)
    return i, i + len(phrase)


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    for s, e in split_sentences(text):
        if s <= span[0] < e:
            return s, e
    return 0, len(text)


def make_facts(
    text: str,
    *,
    outlet: str,
    published: str | None = None,
    quantities: tuple[tuple[Any, ...], ...] = (),
    dates: tuple[tuple[Any, ...], ...] = (),
    entities: tuple[tuple[str, str, str, str], ...] = (),
    quotes: tuple[tuple[str, str | None, str | None, str], ...] = (),
    statements: tuple[tuple[str, str, bool], ...] = (),
) -> ArticleFacts:
    """ArticleFacts whose spans are found by searching ``text`` for each phrase.

    quantities: (phrase, value, low, high, unit, dimension, qualifier, counted[, change])
    dates: (phrase, start, end, precision); entities: (phrase, label, id, name)
    quotes: (quoted words, speaker, speaker_id, speaker_type)
    statements: (phrase inside the sentence, predicate lemma, negated)
    """
    art = Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, source=f"{outlet}.txt",
        outlet=outlet, published=published, words=len(text.split()),
    )
    qs = []
    for phrase, value, low, high, unit, dim, qual, counted, *rest in quantities:
        span = _span(text, phrase)
        factor, si_unit = SI[unit]
        f = factor or 1.0
        qs.append(Quantity(
            text=phrase, span=span, value=value, low=low, high=high, unit=unit,
            si_value=value * f if factor else None,
            si_low=low * f if factor and low is not None else None,
            si_high=high * f if factor and high is not None else None,
            si_unit=si_unit, dimension=dim, qualifier=qual, change=rest[0] if rest else None,
            counted=counted, sentence=_sentence(text, span),
        ))
    ds = []
    for phrase, start, end, precision in dates:
        span = _span(text, phrase)
        ds.append(TimeRef(phrase, span, start, end, precision, _sentence(text, span)))
    es = [
        Entity(text=p, span=_span(text, p), label=label, id=eid, name=name)
        for p, label, eid, name in entities
    ]
    qts = []
    for words, speaker, sid, stype in quotes:
        span = _span(text, words)
        qts.append(Quote(words, span, speaker, sid, stype, "said", True,
                         sentence=_sentence(text, span)))
    sts = []
    for phrase, pred, neg in statements:
        sent = _sentence(text, _span(text, phrase))
        sts.append(Statement(text[sent[0] : sent[1]], sent, pred, negated=neg))
    return ArticleFacts(art, tuple(es), tuple(qs), tuple(ds), tuple(qts), tuple(sts))


@pytest.fixture(scope="session")
def facts_factory() -> Callable[..., ArticleFacts]:
    """The ``make_facts`` builder."""
    return make_facts
