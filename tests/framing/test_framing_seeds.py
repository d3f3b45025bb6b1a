"""The framing profile of the two seed articles (skipped when ../shared is absent).

Quotes come from counterpoint.facts.analyze when that stage works; otherwise the test builds
them from speaker phrases located in the text (no seed sentences are copied here).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from counterpoint.framing import contrast, profile
from counterpoint.model import Article, ArticleFacts, FramingProfile, Quote

# (speaker phrase as it appears in the seed, speaker type), located at run time
SPEAKERS = {
    "000": [
        ("According to the embassy", "organization"),
        ("the Russian embassy", "organization"),
        ("defector Hong Gang Chul", "named_person"),
    ],
    "001": [
        ("Alexander Matsegora", "named_official"),
        ("Matsegora told", "named_official"),
        ("One diplomatic source", "anonymous"),
        ("Ko Young-hwan", "named_person"),
        ("Diplomats say", "anonymous"),
        ("One source said", "anonymous"),
        ("One former high-ranking official", "anonymous"),
    ],
}


def _seed(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _hand_quotes(text: str, prefix: str) -> tuple[Quote, ...]:
    out = []
    for phrase, kind in SPEAKERS[prefix]:
        at = text.find(phrase)
        assert at >= 0, phrase
        end = text.find(".", at + len(phrase)) + 1 or len(text)
        speaker = phrase.removeprefix("According to ").removesuffix(" told")
        speaker = speaker.removesuffix(" say").removesuffix(" said")
        sp = text.find(speaker, at)
        out.append(
            Quote(
                text[at:end],
                (at, end),
                speaker,
                None,
                kind,
                "said",
                False,  # type: ignore[arg-type]
                speaker_span=(sp, sp + len(speaker)),
            )
        )
    return tuple(out)


def _facts(text: str, prefix: str) -> ArticleFacts:
    try:
        from counterpoint.facts import analyze  # type: ignore[attr-defined]

        facts: ArticleFacts = analyze(text)
        if facts.quotes:
            return facts
    except (ImportError, AttributeError, NotImplementedError):
        pass
    return ArticleFacts(
        Article(id=prefix, text=text, source=prefix), quotes=_hand_quotes(text, prefix)
    )


@pytest.fixture(scope="module")
def seed_profiles(seeds_dir: Path, spacy_nlp: Any) -> dict[str, FramingProfile]:
    out = {}
    for prefix in ("000", "001"):
        text = _seed(seeds_dir, prefix)
        out[prefix] = profile(_facts(text, prefix), spacy_nlp(text))
    return out


def test_seed_loaded_words(seed_profiles: dict[str, FramingProfile]) -> None:
    words0 = " | ".join(x.text.lower() for x in seed_profiles["000"].loaded)
    for word in ("propaganda", "fakes", "insidious", "tyrant"):
        assert word in words0
    words1 = " | ".join(x.text.lower() for x in seed_profiles["001"].loaded)
    assert "joyride" in words1
    assert "dire" in words1


def test_seed_sourcing_contrast(seed_profiles: dict[str, FramingProfile]) -> None:
    p0, p1 = seed_profiles["000"], seed_profiles["001"]
    # 000 leans on the embassy's statements, 001 on anonymous diplomats and defectors
    assert p0.sourcing["attributions"]["organization"] >= 2
    assert p1.sourcing["attributions"]["organization"] == 0
    assert p1.sourcing["attributions"]["anonymous"] >= 3
    assert p1.sourcing["quoted_share"] > p0.sourcing["quoted_share"]
    sentences = contrast(seed_profiles, {"000": "NEO", "001": "Chosun"})
    assert any(
        s.startswith("NEO relies on")
        and "organization statements" in s
        and s.endswith("Chosun on none.")
        for s in sentences
    )
    described = [s["affiliation"] or "" for s in p1.sourcing["sources"]]
    assert any("defected" in a for a in described)
    assert any("embassy" in (s["affiliation"] or "").lower() for s in p0.sourcing["sources"])


def test_seed_tone_actors(seed_profiles: dict[str, FramingProfile]) -> None:
    tone0, tone1 = seed_profiles["000"].tone, seed_profiles["001"].tone
    for tone in (tone0, tone1):
        # Pyongyang, "the regime", "North Korean authorities" and Kim are one actor
        assert "country:KP" in tone and "city:pyongyang" not in tone
        assert tone["country:KP"]["name"] == "the North Korean government"
        assert "country:RU" in tone
        for entry in tone.values():
            assert -1.0 <= entry["score"] <= 1.0
            assert entry["evidence"]
    # Chosun describes a dire reality under the regime: negative, not positive as before
    assert tone1["country:KP"]["score"] < -0.05
    assert tone1["country:KP"]["clauses"] >= 3
    # the Russian-aligned analysis defends the Russian diplomats and attacks Western coverage
    assert tone0["country:RU"]["score"] > 0.05
    assert tone0["group:west"]["score"] < -0.05
    for ev in tone0["group:west"]["evidence"]:  # the clause's words come from the sentence
        sentence = set(re.findall(r"\w+", ev["text"]))
        assert set(re.findall(r"\w+", ev["clause"])) <= sentence


def test_seed_tone_contrast(seed_profiles: dict[str, FramingProfile]) -> None:
    sentences = contrast(seed_profiles, {"000": "NEO", "001": "Chosun"})
    tone_lines = [s for s in sentences if " writes about " in s]
    korea = next(s for s in tone_lines if "the North Korean government" in s)
    assert "NEO" in korea and "Chosun" in korea
    assert any("the West" in s for s in tone_lines)
    assert any("the Russian government" in s for s in tone_lines)
    quotes0 = next(s for s in sentences if s.startswith("NEO quotes "))
    assert "the Russian embassy" in quotes0
    quotes1 = next(s for s in sentences if s.startswith("Chosun quotes "))
    assert "(Russian Ambassador to North Korea" in quotes1
