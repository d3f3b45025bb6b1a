"""The spaCy pipeline: explicit registration, lazy loading, clear errors, names kept by the
entity component."""

from __future__ import annotations

import subprocess
import sys

import pytest

from counterpoint.errors import ExtractionError
from counterpoint.facts import pipeline
from counterpoint.settings import Settings


def test_every_component_is_registered_explicitly() -> None:
    from spacy.language import Language

    pipeline.register_components()
    pipeline.register_components()  # idempotent
    for name in pipeline.COMPONENTS:
        assert Language.has_factory(name), name


def test_components_sit_around_the_model_components() -> None:
    nlp = pipeline.get_nlp()
    names = nlp.pipe_names
    assert set(pipeline.COMPONENTS) <= set(names)
    assert names.index(pipeline.ENTITIES) > names.index("ner")
    assert names.index(pipeline.LINE_BREAKS) < names.index("parser")
    assert pipeline.get_nlp() is nlp  # loaded once


def test_components_can_be_added_to_a_blank_pipeline() -> None:
    import spacy

    nlp = pipeline.add_components(spacy.blank("en"))
    doc = nlp("Talks resumed in Seoul.\n\nLater the U.K. mission in Pyongyang reopened.")
    assert [e.text for e in doc.ents] == ["Seoul", "U.K.", "Pyongyang"]
    assert doc[6].is_sent_start  # "Later" starts a sentence after the blank line


def test_missing_model_gives_a_clear_error() -> None:
    settings = Settings(spacy_model="no_such_model_a,no_such_model_b")
    with pytest.raises(ExtractionError, match="no_such_model_a, no_such_model_b"):
        pipeline.get_nlp(settings)


def test_model_list_is_read_in_order() -> None:
    settings = Settings(spacy_model=" first_model , second_model ")
    assert pipeline.model_names(settings) == ["first_model", "second_model"]


def test_importing_facts_does_not_import_spacy() -> None:
    code = (
        "import sys, counterpoint.facts as f; "
        "print('spacy' in sys.modules); f.get_nlp(); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_a_time_the_model_tags_as_a_name_is_dropped() -> None:
    from spacy.tokens import Span

    nlp = pipeline.get_nlp()
    doc = nlp("Corran Water said the supply failed at 6.48am on Sunday.")
    at = next(t.i for t in doc if t.text.startswith("6.48"))
    end = at + 1 + (doc[at + 1].text == "am")
    # as the small model sometimes does: the time read as an organisation
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= end] + [
        Span(doc, at, end, label="ORG")]
    doc = nlp.get_pipe(pipeline.ENTITIES)(doc)
    names = [e.text for e in doc.ents if e.label_ in ("ORG", "PERSON", "GPE", "LOC")]
    assert "Corran Water" in names and not any("6.48" in n for n in names)
