"""The loaded-language CRF: its forward-backward marginals and the word features it reads."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import pytest

from counterpoint.framing.lexicons import loaded_model, subjectivity, zipf
from counterpoint.framing.loaded import crf_marginals, token_features, token_flags, token_scores


@dataclass(frozen=True)
class _Tok:
    is_sent_start: bool


def _brute_force(d: list[float], trans: list[list[float]]) -> list[float]:
    """Marginal of label I per position by enumerating every label sequence."""
    weights: dict[tuple[int, ...], float] = {}
    for labels in itertools.product((0, 1), repeat=len(d)):
        score = sum(d[t] for t, y in enumerate(labels) if y)
        score += sum(trans[a][b] for a, b in itertools.pairwise(labels))
        weights[labels] = math.exp(score)
    z = sum(weights.values())
    return [sum(w for ls, w in weights.items() if ls[t]) / z for t in range(len(d))]


def test_crf_marginals_match_enumeration_per_sentence() -> None:
    d = [1.2, -0.7, 0.3, -2.0, 0.9, 0.1, -0.4]
    trans = [[0.5, -1.1], [-0.8, 1.4]]
    starts = [True, False, False, False, True, False, False]  # two sentences: 0-3 and 4-6
    got = crf_marginals([_Tok(s) for s in starts], d, trans)
    want = _brute_force(d[:4], trans) + _brute_force(d[4:], trans)
    assert got == pytest.approx(want, abs=1e-9)


def test_crf_transitions_pull_neighbours_together() -> None:
    # a strongly loaded word next to a neutral one: a sticky I->I transition lifts the neighbour
    d = [3.0, 0.0]
    toks = [_Tok(True), _Tok(False)]
    loose = crf_marginals(toks, d, [[0.0, 0.0], [0.0, 0.0]])
    sticky = crf_marginals(toks, d, [[0.0, 0.0], [0.0, 2.0]])
    assert loose[1] == pytest.approx(0.5)
    assert sticky[1] > 0.75


def test_word_lexicons_load() -> None:
    table = subjectivity()
    assert table["absurd"][1] > 0.8 > table["american"][1]
    assert table["terrible"][0] < 0 < table["good"][0]
    assert zipf("the") > 6 > zipf("despicable") > 0.0 == zipf("qqxzv")


@pytest.fixture(scope="module")
def nlp(spacy_nlp: Any) -> Any:
    return spacy_nlp


TEXT = (
    "Lawmakers passed the budget on Monday. Opponents called it a disgraceful betrayal "
    "by a corrupt clique of cronies."
)


def test_token_features_carry_subjectivity_and_rarity(nlp: Any) -> None:
    tokens = list(nlp(TEXT))
    flags = token_flags(tokens)
    i = next(k for k, t in enumerate(tokens) if t.lower_ == "corrupt")
    feats = token_features(tokens, i, flags)
    assert "sb=4" in feats  # fully subjective in Pattern's lexicon
    assert any(f.startswith("z=") for f in feats)
    assert f"bg={tokens[i - 1].lower_}|corrupt" in feats
    j = next(k for k, t in enumerate(tokens) if t.lower_ == "monday")
    assert not any(f.startswith("sb=") for f in token_features(tokens, j, flags))


def test_shipped_model_scores_loaded_words_above_plain_ones(nlp: Any) -> None:
    model = loaded_model()
    if model is None:
        pytest.skip("no trained model shipped")
    tokens = list(nlp(TEXT))
    scores = token_scores(tokens, model)
    at = {t.lower_: k for k, t in enumerate(tokens)}
    ll = scores["loaded_language"]
    assert ll[at["disgraceful"]] > ll[at["budget"]]
    assert ll[at["disgraceful"]] > ll[at["monday"]]
    assert all(0.0 <= p <= 1.0 for s in scores.values() for p in s)


def test_logistic_model_without_transitions_scores_per_token(nlp: Any) -> None:
    # the older file format (no transitions) is a logistic regression over the same features
    model = {
        "techniques": {
            "loaded_language": {"intercept": -2.0, "weights": {"w=corrupt": 4.0}},
            "name_calling": {"intercept": -3.0, "weights": {"w=cronies": 5.0, "w=corrupt": 0.5}},
        }
    }
    tokens = list(nlp(TEXT))
    scores = token_scores(tokens, model)
    at = {t.lower_: k for k, t in enumerate(tokens)}
    sig = lambda x: 1 / (1 + math.exp(-x))  # noqa: E731
    assert scores["loaded_language"][at["corrupt"]] == pytest.approx(sig(2.0))
    assert scores["loaded_language"][at["budget"]] == pytest.approx(sig(-2.0))
    assert scores["name_calling"][at["cronies"]] == pytest.approx(sig(2.0))
    assert scores["name_calling"][at["corrupt"]] == pytest.approx(sig(-2.5))
