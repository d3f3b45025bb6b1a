"""Small helpers the compare tests share (imported as ``findings``; pytest puts this folder on
the import path, see ``pythonpath`` in pyproject.toml)."""

from __future__ import annotations

from counterpoint.model import Finding


def conflicts(found: tuple[Finding, ...]) -> list[Finding]:
    """The conflicts among ``found``, in their order."""
    return [f for f in found if f.kind == "conflict"]
