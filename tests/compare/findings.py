"""Small helpers the compare tests share (imported as ``findings``; pytest puts this folder on
the import path, see ``pythonpath`` in pyproject.toml)."""

from __future__ import annotations

from counterpoint.model import Finding


def conflicts(found: tuple[Finding, ...]) -> list[Finding]:
    """The conflicts among ``found``, in their order."""
    return [f for f in found if f.kind == "conflict"]


def age(phrase: str, years: float) -> tuple[object, ...]:
    """An age in years for ``facts_factory``'s ``quantities`` (phrase, value, low, high, unit,
    dimension, qualifier, counted)."""
    return (phrase, years, years, years, "year", "age", "exact", None)
