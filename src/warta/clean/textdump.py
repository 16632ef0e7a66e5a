"""Text dumps of whole pages: classify each line as title, subtitle, body, heading or boilerplate.

A reader of a copied page finds the headline, skips the furniture above it, reads from the first paragraph of prose
to the point where the article visibly ends (a writer badge, credits, tags, a "Populer" sidebar, a timestamped list
of other headlines, a copyright line), and inside that stretch skips "Baca juga" links, captions and prompts. The
classifier follows the same steps with the same evidence: position relative to title and body, length, closing
punctuation, stopword density, link-like phrasing and date-only lines. Lines learned as furniture from the outlet's
other stories (``templates``) are dropped after this classifier, in ``clean.run``.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.clean import cues
from warta.model import Article, Block
from warta.resources import Resources

# Prose: the shortest opening paragraph in the seeds and in detik bodies has 9 words; headlines and sidebar rows
# that end in "?" or "!" have at most 8 words in the seeds' sidebars.
MIN_PROSE_WORDS = 9
# Stopword share of prose: seed and detik paragraphs have 0.25 or more; lists of names and headlines less than 0.15.
MIN_PROSE_STOPWORDS = 0.15
# A headline has 3-25 words: the seeds' titles have 7-14 and detik's up to 19; section and kicker lines 1-3.
# A longer line is prose even when it lacks closing punctuation (detik paragraphs cut before their full stop).
TITLE_WORDS = (3, 25)
# A timestamp line may also name its outlet or say "Diperbarui" ("CNN Indonesia | Senin, ..."): 3 extra words.
DATE_LINE_EXTRA_WORDS = 3
# Entries of a menu printed one per line ("Beranda", "Gaya Hidup"): the sample corpus' menus have 1-2 words.
MENU_LABEL_WORDS = 2
# A sentence that opens the body may be short ("Berikut ini langkah-langkahnya."): 4 words, as in detik.
MIN_OPENING_WORDS = 4
# Inside the body a short line without closing punctuation is a section heading up to this many words.
MAX_HEADING_WORDS = 20

# Reasons that end the article when met after its first paragraph.
END_REASONS = frozenset({"badge", "credit", "syndication", "source-credit", "tags", "copyright", "sidebar",
                         "date", "date-byline", "sidebar-row"})


@dataclass(slots=True)
class Line:
    n: int
    text: str
    reason: str = ""
    words: int = 0
    prose: bool = False


def clean(article: Article, resources: Resources) -> None:
    lines = [_line(n, text) for n, text in enumerate(article.source_text.splitlines(), start=1)
             if text.strip()]
    title = _find_title(lines, article.meta.title)
    start, end = _body_span(lines, title)
    subtitle = _find_subtitle(lines, title, start)
    title_text = lines[title].text.casefold() if title is not None else ""
    blocks = []
    for i, line in enumerate(lines):
        if i == title:
            kind, reason = "title", ""
        elif title_text and line.text.casefold() == title_text:
            kind, reason = "boilerplate", "title-repeat"
        elif i == subtitle:
            kind, reason = "subtitle", ""
        elif start <= i < end:
            kind, reason = _in_body(line, title_text)
        else:
            kind = "boilerplate"
            reason = line.reason or ("header" if i < start else "footer")
        blocks.append(Block(text=line.text, kind=kind, source=f"line:{line.n}", reason=reason))
    _mark_section(blocks, title)
    article.blocks = blocks


def _line(n: int, raw: str) -> Line:
    text = cues.normalise(raw)
    line = Line(n=n, text=text, words=len(cues.words(text)))
    line.reason = _reason(text)
    line.prose = (not line.reason and line.words >= MIN_PROSE_WORDS
                  and (cues.ends_sentence(text) or text.endswith(":") or cues.has_inner_sentence_end(text)
                       or line.words > TITLE_WORDS[1])
                  and cues.stopword_density(text) >= MIN_PROSE_STOPWORDS)
    return line


def _reason(text: str) -> str:
    """The furniture cue a line carries by itself, or ""."""
    checks = (
        (cues.related_link, "related-link"), (cues.prompt, "prompt"), (cues.promo, "promo"),
        (cues.syndication, "syndication"),
        (cues.badge, "badge"), (cues.credit, "credit"), (cues.copyright_or_disclaimer, "copyright"),
        (cues.tag_line, "tags"), (cues.sidebar_header, "sidebar"), (cues.source_credit, "source-credit"),
        (cues.photo_credit, "caption"), (cues.punctuation_only, "punctuation"), (cues.menu, "menu"),
    )
    for check, reason in checks:
        if check(text):
            return reason
    if cues.site_byline(text):
        return "credit"
    return _date_reason(text)


def _date_reason(text: str) -> str:
    """"date" for a timestamp line, also one that names its outlet or says "Diperbarui" ("Kompas.com -
    03/07/2023, 14:04 WIB"); "date-byline" for a timestamp followed by a credit."""
    rest = cues.date_remainder(text)
    if rest is None:
        return ""
    if any(cues.credit(part.strip(" ,-–—")) for part in text.split("|")[1:]):
        return "date-byline"
    found = cues.find_dates(text)
    if found[0].start <= 2 and cues.credit(text[found[0].end:].strip(" |,-–—")):
        return "date-byline"
    if len(cues.words(rest)) <= DATE_LINE_EXTRA_WORDS and not cues.has_inner_sentence_end(text):
        return "date"
    return ""


def _mark_sidebar_rows(lines: list[Line], start: int) -> None:
    """After the first paragraph, a headline-length line followed by a timestamp is a row of a list of other
    headlines (before it, the line above a timestamp is the article's own headline)."""
    for this, after in zip(lines[start + 1 :], lines[start + 2 :], strict=False):
        if not this.reason and after.reason == "date" and this.words <= TITLE_WORDS[1]:
            this.reason = "sidebar-row"


def _mark_link_lists(lines: list[Line], start: int) -> None:
    """Under a bare "Baca juga" / "Berita terkait" label, the headline-like lines up to the next prose are links."""
    in_list = False
    for line in lines[start:]:
        if line.reason == "related-link":
            in_list = not cues.related_link_target(line.text)
        elif in_list and not line.reason and not line.prose and line.words <= TITLE_WORDS[1] \
                and not cues.ends_sentence(line.text):
            line.reason = "related-link"
        else:
            in_list = False


def _title_candidate(line: Line) -> bool:
    low, high = TITLE_WORDS
    text = line.text
    if line.reason or not low <= line.words <= high:
        return False
    return not (text.endswith((".", ":", ";", ",")) or (text.isupper() and line.words <= 4))


def _find_title(lines: list[Line], hint: str) -> int | None:
    """The headline: the line the container named as title, else the first headline-like line above the prose.
    When the container named a title the text does not repeat, the dump holds the body only (detik's CSV)."""
    if hint:
        want = cues.normalise(hint).casefold()
        return next((i for i, line in enumerate(lines) if line.text.casefold() == want), None)
    for i, line in enumerate(lines):
        if _title_candidate(line) and i + 1 < len(lines) and lines[i + 1].reason == "date":
            return i  # a headline above its timestamp, even one that reads as a sentence ("Dari Negara Apa? ...")
        if line.prose:
            return None
        if _title_candidate(line) and not _above_menu(lines, i):
            return i
    return None


def _above_menu(lines: list[Line], i: int) -> bool:
    """The site's name sits above its menu (a row of entries, or entries one per line); a headline does not."""
    after = lines[i + 1 : i + 3]
    if after and after[0].reason == "menu":
        return True
    return len(after) == 2 and all(_label(line) for line in after)


def _label(line: Line) -> bool:
    return line.words <= MENU_LABEL_WORDS and not line.prose and not cues.ends_sentence(line.text) \
        and not cues.find_dates(line.text)


def _body_span(lines: list[Line], title: int | None) -> tuple[int, int]:
    """From the first paragraph to the point where the article visibly ends. A stretch of one line that ends
    while more prose follows was a misread headline (one that reads as a sentence, above its timestamp) or a
    teaser: the body is looked for again after it, so a body is never dropped whole."""
    first = 0 if title is None else title + 1
    while True:
        start = _body_start(lines, first)
        _mark_sidebar_rows(lines, start)
        _mark_link_lists(lines, start)
        end = _body_end(lines, start)
        if end - start > 1 or sum(line.prose for line in lines[end:]) < 2:
            return start, end
        first = end


def _body_start(lines: list[Line], first: int) -> int:
    for i in range(first, len(lines)):
        if _opens_body(lines[i]):
            return i
    return len(lines)


def _opens_body(line: Line) -> bool:
    if line.reason:
        return False
    return line.prose or (line.words >= MIN_OPENING_WORDS and cues.ends_sentence(line.text)
                          and cues.stopword_density(line.text) > 0)


def _body_end(lines: list[Line], start: int) -> int:
    for i in range(start + 1, len(lines)):
        if lines[i].reason in END_REASONS:
            return i
    return len(lines)


def _find_subtitle(lines: list[Line], title: int | None, start: int) -> int | None:
    if title is None:
        return None
    headline = lines[title].text.casefold()
    for i in range(title + 1, start):
        if _title_candidate(lines[i]) and lines[i].text.casefold() != headline:
            return i
    return None


def _in_body(line: Line, title_text: str) -> tuple[str, str]:
    text = line.text
    if line.reason:
        return "boilerplate", line.reason
    if title_text and text.casefold().startswith(title_text) and len(text) > len(title_text):
        return "boilerplate", "caption"
    if cues.is_numbered_heading(text) and line.words <= MAX_HEADING_WORDS and not text.endswith("."):
        return "heading", ""
    if not cues.ends_sentence(text) and line.words <= MAX_HEADING_WORDS and not cues.bullet(text):
        return "heading", ""
    return "body", ""


def _mark_section(blocks: list[Block], title: int | None) -> None:
    """The short line nearest above the headline ("Dunia", "Nasional") is the section kicker."""
    if title is None:
        return
    for block in reversed(blocks[:title]):
        if block.reason in ("header", "template") and 1 <= len(cues.words(block.text)) <= 3 \
                and not cues.find_dates(block.text):
            block.reason = "section"
            return
        if block.reason not in ("caption",):
            return
