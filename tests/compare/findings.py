"""Small helpers the compare tests share (imported as ``findings``; pytest puts this folder on
the import path, see ``pythonpath`` in pyproject.toml)."""

from __future__ import annotations

from counterpoint.model import ArticleFacts, Finding


def conflicts(found: tuple[Finding, ...]) -> list[Finding]:
    """The conflicts among ``found``, in their order."""
    return [f for f in found if f.kind == "conflict"]


def age(phrase: str, years: float) -> tuple[object, ...]:
    """An age in years for ``facts_factory``'s ``quantities`` (phrase, value, low, high, unit,
    dimension, qualifier, counted)."""
    return (phrase, years, years, years, "year", "age", "exact", None)


def read_two(
    first: str, second: str, later: str = "2027-02-06", earlier: str = "2027-02-06"
) -> list[ArticleFacts]:
    """The facts of two articles read by the real extractor: ``first`` from Valley Wire,
    published on ``earlier``, and ``second`` from Plains Daily, published on ``later``."""
    from counterpoint.facts import extract
    from counterpoint.model import Article

    arts = [Article(id=i, text=t, source=f"{i}.txt", outlet=o, published=p)
            for i, t, o, p in (("a", first, "Valley Wire", earlier),
                               ("b", second, "Plains Daily", later))]
    return list(extract(arts))


def read_conflicts(first: str, second: str) -> list[Finding]:
    """The conflicts ``compare`` finds between two articles read by the real extractor
    (read_two's outlets and day)."""
    from counterpoint.compare import compare

    return conflicts(compare(read_two(first, second)).findings)


def conflict_texts(first: str, second: str) -> list[list[str]]:
    """The evidence texts of each conflict read_conflicts finds, sorted within each conflict."""
    return [sorted(e.text for e in f.evidence) for f in read_conflicts(first, second)]
