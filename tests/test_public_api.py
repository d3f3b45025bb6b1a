"""The curated public API and the settings table."""

from __future__ import annotations

import subprocess
import sys

import pytest

import counterpoint
from counterpoint.errors import ConfigError
from counterpoint.settings import Settings


def test_all_names_exist_and_are_documented() -> None:
    assert sorted(counterpoint.__all__) == counterpoint.__all__
    for name in counterpoint.__all__:
        obj = getattr(counterpoint, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"
    for fn in ("read", "analyze", "extract", "compare"):
        assert fn in counterpoint.__all__


def test_import_is_light() -> None:
    code = (
        "import sys, counterpoint, counterpoint.cli; "
        "heavy = [m for m in ('spacy', 'sklearn', 'trafilatura', 'pint') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_setting_has_help() -> None:
    rows = Settings.table()
    assert {r.name for r in rows} >= {"max_document_bytes", "max_warc_bytes",
                                      "max_decompression_ratio", "spacy_model"}
    for row in rows:
        assert len(row.help) > 20, f"setting {row.name} is undocumented"


def test_settings_layers(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "c.toml"
    cfg.write_text("[counterpoint]\nmax_document_bytes = 1000\nbatch_size = 8\n")
    monkeypatch.setenv("COUNTERPOINT_BATCH_SIZE", "16")
    s = Settings.load(cfg, min_body_words=5)
    assert (s.max_document_bytes, s.batch_size, s.min_body_words) == (1000, 16, 5)


def test_bad_setting_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "c.toml"
    cfg.write_text("[counterpoint]\nmax_document_byts = 1\n")
    with pytest.raises(ConfigError, match="max_document_byts"):
        Settings.load(cfg)
    cfg.write_text("[counterpoint]\nmax_document_bytes = 'lots'\n")
    with pytest.raises(ConfigError, match="max_document_bytes"):
        Settings.load(cfg)
