"""The commands that read the store: `warta articles`, `article`, `stories`, `story` and `search`."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from warta.cli.common import DB_OPTION, JSON_OPTION, console
from warta.cli.common import fail as _fail
from warta.cli.common import open_store_or_fail as _open_store
from warta.model import to_dict
from warta.store.fts import SearchRefused


def register(main_app: typer.Typer) -> None:
    for command in (articles, article, stories, story, search):
        main_app.command()(command)


def articles(
    db: str = DB_OPTION,
    limit: int = typer.Option(50, min=1, max=10000),
    offset: int = typer.Option(0, min=0),
    outlet: str = typer.Option(None, help="Only this outlet."),
    language: str = typer.Option(None, help="Only this language code (id, en)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List stored articles, newest first."""
    with _open_store(db, as_json) as store:
        rows = store.list_articles(limit=limit, offset=offset, outlet=outlet, language=language)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("id", "published", "outlet", "title")
    for r in rows:
        table.add_row(r["id"][:12], (r["published"] or "")[:16], escape(r["outlet"] or ""), escape(r["title"] or ""))
    console.print(table)


def article(article_id: str, db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Show one article with its metadata and annotations (an id prefix of 6+ characters is enough)."""
    with _open_store(db, as_json) as store:
        found = store.get_article(article_id)
    if found is None:
        _fail(f"no article {article_id}", as_json, code=1)
    data = to_dict(found)
    data.pop("source_text", None)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    m = found.meta
    console.print(f"[bold]{escape(m.title)}[/bold]")
    console.print(f"{escape(m.outlet)} · {escape(m.published or m.published_not_before)} · "
                  f"{escape(', '.join(m.authors))} · {m.language}" + (" · headline only" if m.headline_only else ""))
    console.print(escape(found.body))
    for name in ("mentions", "quotes", "citations", "claims", "dates"):
        items = data.get(name) or []
        if items:
            console.print(f"\n[bold]{name}[/bold] ({len(items)})")
            for item in items[:30]:
                console.print("  " + escape(_annotation_line(name, item)))


def _annotation_line(kind: str, item: dict) -> str:
    if kind == "mentions":
        return f"{item['label']:<5} {item['text']}"
    if kind == "quotes":
        return f"{item['kind']:<8} {item['speaker'] or '?'} ({item['cue']}): {item['text'][:100]}"
    if kind == "citations":
        return f"{item['kind']:<8} {item['source']} ({item['cue']})"
    if kind == "claims":
        return f"{item['value']:g} {item['unit']} {item['hedge']} — {item['text']}"
    return f"{item['text']} → {item['date'] or 'unresolved'}"


def stories(
    db: str = DB_OPTION,
    limit: int = typer.Option(50, min=1, max=10000),
    offset: int = typer.Option(0, min=0),
    order: str = typer.Option("newest", help="newest or largest"),
    min_size: int = typer.Option(1, min=1, help="Only stories with at least this many articles."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List stories (groups of articles about one event)."""
    if order not in ("newest", "largest"):
        _fail(f"--order must be 'newest' or 'largest', not {order!r}", as_json)
    with _open_store(db, as_json) as store:
        rows = store.list_stories(limit=limit, offset=offset, order=order, min_size=min_size)
        for row in rows:
            story = store.get_story(row["id"])
            row["outlets"] = sorted({(store.get_article(a).meta.outlet or "?") for a in story.articles})
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("story", "articles", "outlets", "last seen", "title")
    for r in rows:
        table.add_row(r["id"], str(r["size"]), escape(", ".join(r["outlets"])), (r["last_seen"] or "")[:10],
                      escape(r["title"] or ""))
    console.print(table)


def story(story_id: str, db: str = DB_OPTION, as_json: bool = JSON_OPTION,
          show_single: bool = typer.Option(False, "--all", help="Also list facts only one outlet reports.")) -> None:
    """Show one story: its articles, comparison (conflicts and agreements first), provenance and timeline."""
    with _open_store(db, as_json) as store:
        found = store.get_story(story_id)
        if found is None:
            _fail(f"no story {story_id}", as_json, code=1)
        members = [store.get_article(a) for a in found.articles]
    if as_json:
        data = to_dict(found)
        data["members"] = [{"id": a.id, "title": a.meta.title, "outlet": a.meta.outlet,
                            "published": a.meta.published or a.meta.published_not_before} for a in members]
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{escape(found.title)}[/bold]  ({found.id}, {len(members)} articles)")
    for a in members:
        console.print(f"  {a.id[:12]}  {escape(a.meta.outlet or '?'):<20} "
                      f"{(a.meta.published or a.meta.published_not_before)[:16]:<17} {escape(a.meta.title)}")
    if found.comparisons:
        _print_comparisons(found.comparisons, show_single)
    if found.provenance:
        console.print(f"\n[bold]provenance[/bold] ({found.independent_sources} independent upstream sources)")
        for e in found.provenance:
            console.print(f"  {escape(e.source)} —{e.relation}→ {escape(e.target)}"
                          + (f"  [dim]{escape(e.evidence[:80])}[/dim]" if e.evidence else ""))
    if found.related:
        console.print(f"\n[bold]related stories[/bold] {escape(', '.join(found.related))}")
    if found.timeline:
        console.print("\n[bold]timeline[/bold]")
        for t in found.timeline:
            console.print(f"  {t.date}  {escape(t.outlet)}: {escape(t.text[:100])}")


def _print_comparisons(comparisons: list, show_single: bool) -> None:
    from warta.stories.compare import by_verdict  # the stories package loads MinHash (scipy): only when shown

    shared = [c for c in by_verdict(comparisons) if c.verdict != "only-one-outlet"]
    single = [c for c in comparisons if c.verdict == "only-one-outlet"]
    console.print("\n[bold]comparison[/bold]")
    for c in shared + (single if show_single else []):
        sides = "; ".join(f"{s.outlet}: {s.value if s.value is not None else s.date} {s.hedge}".strip()
                          for s in c.sides)
        console.print(f"  {c.verdict:<16} {escape(c.what)} — {escape(sides)}")
    if single and not show_single:
        console.print(f"  [dim]+ {len(single)} fact{'s' if len(single) != 1 else ''} only one outlet reports "
                      "(--all lists them)[/dim]")


def search(
    query: str,
    db: str = DB_OPTION,
    limit: int = typer.Option(20, min=1, max=1000),
    offset: int = typer.Option(0, min=0),
    as_json: bool = JSON_OPTION,
) -> None:
    """Full-text search over titles and bodies.

    Words must all match; "quoted words" match as a phrase; word* matches a prefix; OR between two terms
    matches either; -word or NOT word excludes. Other punctuation is read as plain text.
    """
    with _open_store(db, as_json) as store:
        try:
            rows = store.search(query, limit=limit, offset=offset)
        except SearchRefused as exc:
            _fail(f"search {query[:60]!r}: {exc}", as_json)
    for r in rows:
        r["snippet"] = r["snippet"].replace("\x02", "[").replace("\x03", "]")
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        console.print(f"[bold]{escape(r['title'] or '')}[/bold]  {r['id'][:12]}  {escape(r['outlet'] or '')}")
        console.print(f"  {escape(r['snippet'])}")
