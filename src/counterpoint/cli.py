"""The ``counterpoint`` command line: each command is a thin wrapper over a library function."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from counterpoint.errors import CounterpointError
from counterpoint.model import Article, ArticleFacts, article_json
from counterpoint.runs import (
    RunSummary,
    cluster_store,
    facts_for,
    ingest_paths,
    run_comparison,
    story_articles,
    unique,
)
from counterpoint.store import Store

app = typer.Typer(
    name="counterpoint",
    help="Put news articles about one story side by side and compare them fact by fact.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

err = Console(stderr=True)
out = Console()

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file path (default: $COUNTERPOINT_DB, "
                 "else a file in the user data directory)."),
]
PathsArg = Annotated[
    list[Path], typer.Argument(help="Files or folders: HTML, text, WARC, RSS/Atom, JSONL, .gz.")
]
OutletOption = Annotated[
    str | None, typer.Option("--outlet", help="Outlet name for every input (wins over detection).")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD for every input."),
]


class UsageError(typer.BadParameter):
    """A command-line argument that cannot be used; typer prints it and exits with code 2."""


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


# --- helpers ---------------------------------------------------------------------------------


@contextmanager
def _progress(label: str, console: Console = err) -> Iterator[Any]:
    """A rich progress bar that draws only when the work lasts (transient otherwise)."""
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}", style="dim"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with bar:
        task = bar.add_task(label, total=None, item="")

        def update(item: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None, item=item[-40:])

        yield update


def _open_store(db: str | None) -> Store:
    try:
        return Store(db)
    except CounterpointError as exc:
        raise UsageError(str(exc)) from exc


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UsageError(f"--published {value!r}: expected a date as YYYY-MM-DD") from exc


def _print_summary(summary: RunSummary, console: Console = err) -> None:
    console.print(
        f"[green]{len(summary.ingested)} ingested[/], "
        f"{len(summary.present)} already present, "
        + (f"[red]{len(summary.failed)} failed[/]" if summary.failed else "0 failed")
    )
    for source, reason in summary.failed:
        console.print(f"  [red]✗[/] {escape(source)}: {escape(reason)}", soft_wrap=True)


def _write_json(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(target).write_text(text, encoding="utf-8")
        err.print(f"wrote {escape(target)}")


def _articles_table(articles: Sequence[Article], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, title_justify="left")
    for col in ("id", "outlet", "published", "words", "title"):
        table.add_column(col, overflow="fold", no_wrap=col in ("id", "published"))
    for a in articles:
        table.add_row(a.id, escape(a.outlet or "—"), a.published or "—", str(a.words),
                      escape((a.title or a.text[:60]).strip()))
    return table


# --- commands --------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
) -> None:
    """Read articles from files and folders into the store.

    Example: counterpoint ingest articles/ feed.xml crawl.warc.gz --db news.db

    Each input is recorded with its outcome; a bad input gets an error naming it and the
    others go on. Rerunning changes nothing. Exit code 1 when some inputs failed.
    """
    published = _check_date(published)
    with _open_store(db) as store, _progress("Reading") as update:
        summary = ingest_paths(store, paths, outlet=outlet, published=published,
                               progress=update)
    _print_summary(summary, err)
    raise typer.Exit(summary.exit_code)


@app.command("list")
def list_(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="An array of article objects.")] = False,
) -> None:
    """List the stored articles.

    Example: counterpoint list --json > articles.json
    """
    with _open_store(db) as store:
        articles = store.articles()
    if as_json:
        _write_json("-", json.dumps([article_json(a) for a in articles], ensure_ascii=False,
                                    indent=2) + "\n")
        return
    if not articles:
        out.print("The store is empty: add articles with [bold]counterpoint ingest PATH[/].")
        return
    out.print(_articles_table(articles, f"{len(articles)} stored articles"))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id or its prefix.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print counterpoint/article@1.")] = False,
) -> None:
    """Show one stored article with its facts.

    Example: counterpoint show 3f2a9c1e
    """
    with _open_store(db) as store:
        article = store.get(article_id)
        if article is None:
            raise UsageError(f"no stored article has the id {article_id!r} "
                             "(see counterpoint list)")
        sources = store.inputs_of(article.id)
        with _progress("Extracting facts") as update:
            facts = facts_for(store, [article], progress=update)[0]
    if as_json:
        from counterpoint.report.json import facts_to_dict

        _write_json("-", json.dumps(facts_to_dict(facts), ensure_ascii=False, indent=2) + "\n")
        return
    _print_facts(facts, sources)


def _print_facts(facts: ArticleFacts, sources: Sequence[str] = ()) -> None:
    a = facts.article
    out.rule(escape(a.title or a.id))
    out.print(f"[bold]{escape(a.outlet or 'unknown outlet')}[/] · {a.published or 'undated'}"
              f" · {', '.join(map(escape, a.authors)) or 'no byline'} · {a.words} words · "
              f"id {a.id}")
    for src in sources or (a.source,):
        out.print(f"[dim]from {escape(src)}[/]")
    if facts.quantities:
        t = Table(title="Numbers", title_justify="left")
        for col in ("text", "value", "unit", "qualifier", "counts", "SI"):
            t.add_column(col, overflow="fold")
        for q in facts.quantities:
            si = f"{q.si_low:g}–{q.si_high:g} {q.si_unit}" if q.si_low is not None else ""
            t.add_row(escape(q.text), f"{q.value:g}", q.unit or "", q.qualifier,
                      escape(q.counted or ""), si)
        out.print(t)
    if facts.dates:
        t = Table(title="Dates", title_justify="left")
        for col in ("text", "from", "to", "precision"):
            t.add_column(col)
        for d in facts.dates:
            t.add_row(escape(d.text), d.start or "?", d.end or "?", d.precision)
        out.print(t)
    if facts.quotes:
        t = Table(title="Quotes", title_justify="left")
        for col in ("speaker", "type", "quote"):
            t.add_column(col, overflow="fold")
        for quote in facts.quotes:
            said = f"“{quote.text}”" if quote.direct else quote.text
            t.add_row(escape(quote.speaker or "?"), quote.speaker_type, escape(said))
        out.print(t)
    if facts.entities:
        names: dict[str, tuple[str, int]] = {}
        for e in facts.entities:
            name, n = names.get(e.id, (e.name, 0))
            names[e.id] = (name, n + 1)
        top = sorted(names.items(), key=lambda kv: (-kv[1][1], kv[0]))[:15]
        out.print("[bold]Entities:[/] " + ", ".join(
            f"{escape(name)} ×{n}" for _id, (name, n) in top))


@app.command()
def extract(
    paths: PathsArg,
    json_out: Annotated[
        str | None, typer.Option("--json", help="Write JSON Lines (one counterpoint/article@1 "
                                 "per article) to FILE, or - for standard output.",
                                 metavar="FILE|-")
    ] = None,
    db: DbOption = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
    processes: Annotated[int, typer.Option("--processes", "-j", min=1,
                                           help="Parallel spaCy processes.")] = 1,
) -> None:
    """Extract entities, numbers, dates and quotes from articles.

    Example: counterpoint extract story/*.html --json - | jq .quantities

    The articles are stored and their facts cached, so a second run is instant.
    """
    published = _check_date(published)
    with _open_store(db) as store:
        with _progress("Reading") as update:
            summary = ingest_paths(store, paths, outlet=outlet, published=published,
                                   progress=update)
        with _progress("Extracting facts") as update:
            all_facts = facts_for(store, summary.articles, n_process=processes,
                                  progress=update, failed=summary.failed)
    if json_out is not None:
        from counterpoint.report.json import facts_to_dict

        lines = [json.dumps(facts_to_dict(f), ensure_ascii=False) + "\n" for f in all_facts]
        _write_json(json_out, "".join(lines))
    else:
        for facts in all_facts:
            _print_facts(facts)
    if summary.failed:
        _print_summary(summary, err)
    raise typer.Exit(summary.exit_code)


@app.command()
def compare(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Article files or folders to compare as one story.")] = None,
    story: Annotated[str | None, typer.Option("--story", help="Compare a stored story "
                                              "(an id from counterpoint stories).")] = None,
    db: DbOption = None,
    json_out: Annotated[str | None, typer.Option(
        "--json", metavar="FILE|-", help="Write counterpoint/comparison@1 to FILE or -.")] = None,
    html_out: Annotated[Path | None, typer.Option(
        "--html", metavar="FILE", help="Write a self-contained HTML report.")] = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
) -> None:
    """Compare articles about one story: conflicts, omissions, agreements, timeline, framing.

    Example: counterpoint compare story/*.html --html report.html

    Prints a summary; --json and --html write the full comparison.
    """
    if bool(paths) == bool(story):
        raise UsageError("give either article PATHs or --story ID (not both)")
    published = _check_date(published)
    console = err if json_out == "-" else out
    with _open_store(db) as store:
        if story:
            articles = _story_articles(store, story)
            summary = RunSummary(articles=articles)
        else:
            with _progress("Reading") as update:
                summary = ingest_paths(store, paths or [], outlet=outlet, published=published,
                                       progress=update)
            articles = list(unique(summary.articles))
        if len(articles) < 2:
            _print_summary(summary, err)
            raise UsageError(f"a comparison needs at least two articles; read {len(articles)}")
        with _progress("Extracting facts") as update:
            facts = facts_for(store, articles, progress=update, failed=summary.failed)
    if summary.failed:
        _print_summary(summary, err)
    if len(facts) < 2:
        raise UsageError(f"a comparison needs at least two articles; {len(facts)} could be read")
    result = run_comparison(facts)
    _print_copies(result.copies, facts, console)
    _emit_comparison(result.comparison, result.facts, json_out, html_out, console)
    raise typer.Exit(summary.exit_code)


def _print_copies(copies: dict[str, tuple[str, ...]], facts: Sequence[ArticleFacts],
                  console: Console) -> None:
    """Say which articles were set aside as syndicated copies of another."""
    name = {f.article.id: f.article.outlet or f.article.source for f in facts}
    for kept, others in copies.items():
        if others:
            console.print(
                f"[yellow]Syndicated:[/] {escape(', '.join(name[o] for o in others))} "
                f"{'is a copy' if len(others) == 1 else 'are copies'} of the report in "
                f"{escape(name[kept])}; compared as one voice.", soft_wrap=True)


def _emit_comparison(comparison: Any, facts: Sequence[ArticleFacts], json_out: str | None,
                     html_out: Path | None, console: Console) -> None:
    from counterpoint.report.terminal import render_comparison

    render_comparison(comparison, console)
    if json_out is not None:
        from counterpoint.report.json import comparison_to_dict

        _write_json(json_out, json.dumps(comparison_to_dict(comparison), ensure_ascii=False,
                                         indent=2) + "\n")
    if html_out is not None:
        from counterpoint.report.html import render_html

        html_out.write_text(render_html(comparison, facts), encoding="utf-8")
        err.print(f"report written to [bold]{escape(str(html_out))}[/]")


def _story_articles(store: Store, story_id: str) -> list[Article]:
    try:
        return story_articles(store, story_id)
    except KeyError:
        raise UsageError(f"no story has the id {story_id!r} (see counterpoint stories)") from None


@app.command()
def stories(
    db: DbOption = None,
    json_out: Annotated[str | None, typer.Option(
        "--json", metavar="FILE|-", help="Write counterpoint/stories@1 to FILE or -.")] = None,
) -> None:
    """Group the stored articles into stories, one per event, marking syndicated copies.

    Example: counterpoint stories --json stories.json

    New articles join an existing story or open a new one; compare one with
    counterpoint compare --story ID.
    """
    with _open_store(db) as store, _progress("Clustering"):
        found = cluster_store(store)
    if json_out is not None:
        from counterpoint.report.json import stories_to_dict

        _write_json(json_out, json.dumps(stories_to_dict(found), ensure_ascii=False,
                                         indent=2) + "\n")
        if json_out == "-":
            return
    if not found:
        out.print("The store is empty: add articles with [bold]counterpoint ingest PATH[/].")
        return
    table = Table(title=f"{len(found)} stories", title_justify="left", show_lines=True)
    for col in ("id", "articles", "dates", "story"):
        table.add_column(col, overflow="fold", no_wrap=col == "id")
    for st in found:
        outlets = sorted({a.outlet or "?" for a in st.articles})
        dates = f"{st.start or '?'} – {st.end or '?'}" if (st.start or st.end) else "undated"
        size = str(len(st.articles))
        if st.syndicated:
            copies = sum(len(g) - 1 for g in st.syndicated)
            size += f"\n({copies} syndicated cop{'y' if copies == 1 else 'ies'})"
        table.add_row(st.id, size, dates,
                      f"[bold]{escape(st.title)}[/]\n[dim]{escape(', '.join(outlets))}[/]")
    out.print(table)


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path(
        "counterpoint-demo"),
) -> None:
    """Run the bundled demo stories end to end and write a report for each.

    Example: counterpoint demo --out /tmp/demo

    Reads each story into a temporary store, extracts the facts, compares the articles, prints
    the comparison and writes STORY.html (a self-contained page) and STORY.json to --out.
    """
    import tempfile

    from counterpoint.demo import story_dirs, story_files
    from counterpoint.report.html import render_html
    from counterpoint.report.json import comparison_to_dict
    from counterpoint.report.terminal import render_comparison

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="counterpoint-demo-") as tmp, \
            Store(str(Path(tmp) / "demo.db")) as store:
        for story in story_dirs():
            out.rule(f"[bold]Demo story: {escape(story.name)}")
            with _progress(f"Reading {story.name}") as update:
                summary = ingest_paths(store, story_files(story), progress=update)
            if summary.failed:
                _print_summary(summary, err)
            with _progress("Extracting facts") as update:
                facts = facts_for(store, list(unique(summary.articles)), progress=update,
                                  failed=summary.failed)
            result = run_comparison(facts)
            _print_copies(result.copies, facts, out)
            render_comparison(result.comparison, out)
            page = out_dir / f"{story.name}.html"
            page.write_text(render_html(result.comparison, result.facts), encoding="utf-8")
            (out_dir / f"{story.name}.json").write_text(
                json.dumps(comparison_to_dict(result.comparison), ensure_ascii=False, indent=2)
                + "\n", encoding="utf-8")
            written.append(page)
    out.rule("[bold]Reports")
    for page in written:
        out.print(f"  {escape(str(page.resolve()))}")
    out.print("Open them in a browser: each page is self-contained and works offline.")


def main() -> None:
    """Entry point: run the app; our errors become a message and exit code 1."""
    try:
        app()
    except CounterpointError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        sys.exit(1)


if __name__ == "__main__":
    main()
