"""Framing stage: how one article frames and sources its story.

``profile(facts, doc)`` returns a :class:`~counterpoint.model.FramingProfile`:

``loaded``
    :class:`Loaded` spans, ``technique`` = ``loaded_language`` | ``name_calling``
    (:func:`find_loaded`: our lexicons, VADER, patterns and a tagger trained on PTC train).
``hedges``
    :class:`Hedge` spans, ``kind`` = ``hedge`` | ``booster`` (:func:`find_hedges`).
``sourcing`` (JSON-ready)::

    {"attributions": {"named_official": n, "named_person": n, "organization": n,
                      "anonymous": n, "document": n, "unknown": n},   # quotes per speaker type
     "distinct_sources": n,                 # distinct speakers (by speaker_id, else name)
     "quoted_share": 0.23,                  # fraction of characters inside direct quotes
     "sources": [{"speaker": "Alexander Matsegora", "speaker_type": "named_official",
                  "affiliation": "Russian Ambassador to North Korea",   # as the text states it,
                  "count": 2}],                                         # or null
     "certainty": {"words": 612, "hedges": 4, "boosters": 1,
                   "hedges_per_1000_words": 6.54, "boosters_per_1000_words": 1.63}}

   Hedge and booster rates live under ``sourcing["certainty"]`` so that ``tone`` holds actors only.
``tone`` (JSON-ready), one entry per actor the article discusses: a country's state
(``country:XX``, which gathers the country where it acts, its capital, leaders, ministries,
embassies and diplomats, and "the regime"/"the authorities"; named "the North Korean
government"), a group from ``data/groups.tsv`` (``group:west``), or another organisation's
own id::

    {"country:KP": {"name": "the North Korean government",
                    "score": -0.23,                          # mean clause sentiment, -1..1
                    "clauses": 4,                            # clauses it takes part in
                    "mentions": 12,
                    "evidence": [{"text": "<sentence>", "span": [s, e], "score": -0.46,
                                  "clause": "<the clause's words>"}]}}

Spans are character offsets into ``Article.text``. See ``tone.py`` for the limitations of the
clause-level VADER scores.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING, Any

from counterpoint.framing.contrast import contrast
from counterpoint.framing.hedges import certainty, find_hedges
from counterpoint.framing.loaded import find_loaded
from counterpoint.framing.sourcing import sourcing
from counterpoint.framing.tone import tone
from counterpoint.model import ArticleFacts, FramingProfile

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["contrast", "find_hedges", "find_loaded", "profile"]

log = logging.getLogger(__name__)


@cache
def _nlp() -> Any:
    """The bare spaCy pipeline named in Settings.spacy_model, loaded once."""
    import spacy

    from counterpoint.errors import ExtractionError
    from counterpoint.settings import Settings

    names = [n.strip() for n in Settings.load().spacy_model.split(",") if n.strip()]
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ExtractionError(f"no spaCy English model installed (tried {', '.join(names)})")


def profile(facts: ArticleFacts, doc: Doc | None = None) -> FramingProfile:
    """How one article frames and sources its story (see the module docstring for the shapes).

    ``doc`` is the parsed article (a spaCy ``Doc`` of the same text) when the caller has one;
    otherwise the text is parsed here with the bare model.
    """
    text = facts.article.text
    if doc is None or doc.text != text:
        if doc is not None:
            log.warning(
                "framing: doc text differs from article %s; parsing again", facts.article.id
            )
        doc = _nlp()(text)
    loaded = find_loaded(doc)
    hedges = find_hedges(doc)
    words = facts.article.words or sum(1 for t in doc if not (t.is_punct or t.is_space))
    src = sourcing(facts.quotes, text, doc)
    src["certainty"] = certainty(hedges, words)
    return FramingProfile(
        loaded=loaded, hedges=hedges, sourcing=src, tone=tone(facts.entities, doc)
    )
