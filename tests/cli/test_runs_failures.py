"""A failure in the extractors names its article and never stops the others."""

from __future__ import annotations

from pathlib import Path

import pytest

import counterpoint.facts.quantities as quantities_module
from counterpoint.errors import ExtractionError
from counterpoint.ingest.normalize import make_article
from counterpoint.runs import facts_for
from counterpoint.store import Store

GOOD = ("The council approved a budget of $12 million on Monday, the mayor said. "
        "About 300 residents attended the meeting.")
BAD = "POISON sentence with 7 numbers that the broken extractor will choke on."


def test_failed_extraction_is_reported_and_others_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = quantities_module.find_quantities

    def broken(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise RuntimeError("simulated extractor bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quantities_module, "find_quantities", broken)
    good1 = make_article(GOOD, source="good1.txt")
    bad = make_article(BAD, source="bad.txt")
    good2 = make_article(GOOD + " The vote was 7 to 2.", source="good2.txt")
    failed: list[tuple[str, str]] = []
    with Store(str(tmp_path / "f.db")) as store:
        for art in (good1, bad, good2):
            store.record(art.source, "text", art)
        facts = facts_for(store, [good1, bad, good2], failed=failed)
        assert [f.article.source for f in facts] == ["good1.txt", "good2.txt"]
        assert len(failed) == 1 and failed[0][0] == "bad.txt"
        assert "bad.txt" in failed[0][1] and "simulated extractor bug" in failed[0][1]
        # the good ones were cached; nothing is cached for the bad one
        from counterpoint.facts import ANALYSIS_VERSION

        assert store.get_analysis(good2.id, ANALYSIS_VERSION) is not None
        assert store.get_analysis(bad.id, ANALYSIS_VERSION) is None
        with pytest.raises(ExtractionError, match=r"bad\.txt"):
            facts_for(store, [bad])
