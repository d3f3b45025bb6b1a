"""The bundled demo stories: articles about one event each, written for this project.

Each story is a folder under ``stories/`` holding 3–4 articles by fictional outlets, as HTML
pages or scraped plain text (``NN-outlet.txt``) with a ``NN-outlet.meta.json`` sidecar, so a
story folder can be given to ``counterpoint ingest`` as it is. ``keys/<story>.md`` is a
developer's key to the planted agreements, conflicts, omissions and traps; the same
expectations are machine-readable in ``benchmarks/data/compare_gold.json``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ARTICLE_SUFFIXES", "STORIES_DIR", "story_dirs", "story_files"]

STORIES_DIR: Path = Path(__file__).resolve().parent / "stories"
KEYS_DIR: Path = Path(__file__).resolve().parent / "keys"

# The formats the demo articles are written in; sidecars (.meta.json) and README.md are not
# articles.
ARTICLE_SUFFIXES: tuple[str, ...] = (".html", ".txt")


def story_dirs() -> list[Path]:
    """The demo story folders, sorted by name (the folder name is the story's slug)."""
    return sorted(
        p for p in STORIES_DIR.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
    )


def story_files(story: Path) -> list[Path]:
    """The article files of one story folder, sorted by name, without sidecars or README."""
    return sorted(
        p
        for p in story.iterdir()
        if p.is_file() and p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(".meta.json")
    )
