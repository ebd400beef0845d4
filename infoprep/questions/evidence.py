"""Evidence: every source's text as sentence passages in an SQLite FTS5 index, plus the facts.

Passages are exact slices of their source's text, so a passage quoted as evidence is always
found verbatim in that source. A table read one cell a line keeps a figure with the label above
it ("Children served in 2024" / "4,120" is one passage). Retrieval ranks passages with bm25 over
Porter-stemmed words.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..models import Dossier, Evidence, Fact, Source
from .echoes import echoes, without_echoes
from .text import sentence_spans, words

__all__ = ["EvidenceIndex", "Passage", "find_verbatim"]

_MAX_PASSAGE = 600  # characters; longer sentences (lists, run-ons) are cut at a word boundary
_CELL = 24  # characters at most in a table cell holding a figure
_CLOCK = re.compile(r"\d{1,2}:\d\d")
_LONG_CELL = 60  # characters at most in a cell that opens with a figure and says more
_LABEL_CELL = 70  # characters at most in a table cell naming one
# A figure, maybe hedged ("About 900", "More than 3,000"), maybe with its unit ("1.9 million").
_FIGURE = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|over|under|approximately|some|up to|more than|"
    r"less than|fewer than)\s+)?[$€£¥]?\d[\d,.]*(?:\s?%|\+)?(?:\s+[\w%$€£¥.,-]+){0,2}",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|My|me)\b")
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_PRONOUNS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]ers|[Hh]im|I|[Mm]y|[Mm]e)\b")


@dataclass(frozen=True)
class Passage:
    """One sentence of one source: `text` is `source.text[start:end]`."""

    id: int
    url: str
    kind: str
    text: str
    start: int
    end: int
    about_person: bool = False
    on_person_page: bool = False  # its source mentions the person

    def evidence(self) -> Evidence:
        return Evidence(url=self.url, quote=self.text)


@dataclass
class EvidenceIndex:
    """The dossier's passages and facts, searchable by question."""

    dossier: Dossier
    passages: list[Passage] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE passages USING fts5(body, tokenize='porter unicode61')"
        )
        person = self.dossier.person.name
        self.person_names = tuple(
            n for n in re.findall(r"[\w’'-]+", person) if len(n) > 2 and n[0].isupper()
        )
        self._person_rx = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, self.person_names)) + r")\b")
            if self.person_names
            else None
        )
        self.person_pages: set[str] = set()
        self.add_sources(self.dossier.sources)
        # Facts whose source text is not in the dossier still count as passages.
        extra = [f for f in self.dossier.facts if not self._quote_in_sources(f)]
        self._add_fact_passages(extra)

    def close(self) -> None:
        self._db.close()

    def add_sources(self, sources: Iterable[Source]) -> None:
        """Index more sources (e.g. search results); a URL already indexed is skipped."""
        rows = []
        for source in sources:
            if source.url in self.sources or not source.text.strip():
                continue
            self.sources[source.url] = source
            mentions = bool(self._person_rx and self._person_rx.search(source.text))
            if self._person_centric(without_echoes(source.text)):
                self.person_pages.add(source.url)
            for span in _records(source.text, _folded(source.text)):
                for start, end in _chunks(source.text, *span):
                    text = source.text[start:end]
                    if len(words(text)) < 2:
                        continue
                    rows.append(
                        self._passage(source.url, source.kind, text, start, end, mentions)
                    )
        self._insert(rows)

    def _person_centric(self, text: str) -> bool:
        """A page by or mostly about the person: "I" again and again (their own site need
        not name them), or their name in more than one sentence and "he" or "she" again and
        again. (A company's history that tells of its founder as "she" and names the person
        once, on a staff card, is the company's page.)"""
        named = self._person_rx.findall(text) if self._person_rx else []
        first_person = len(_FIRST_PERSON.findall(text))
        if first_person >= 4 or (named and first_person >= 3):
            return True
        if len(named) < 2 or len(_THIRD_PERSON.findall(text)) < 3:
            return False
        sentences = (text[start:end] for start, end in sentence_spans(text))
        return sum(1 for s in sentences if self._person_rx and self._person_rx.search(s)) >= 2

    def _passage(
        self, url: str, kind: str, text: str, start: int, end: int, source_mentions: bool
    ) -> Passage:
        own_page = url in self.person_pages
        about = bool(self._person_rx and self._person_rx.search(text)) or (
            (source_mentions or own_page) and bool(_PRONOUNS.search(text))
        ) or (own_page and bool(_WE.search(text)))
        return Passage(-1, url, kind, text, start, end, about, source_mentions or own_page)

    def _insert(self, rows: Sequence[Passage]) -> None:
        """Store passages, numbered in the order they arrive."""
        numbered = [replace(p, id=len(self.passages) + i) for i, p in enumerate(rows)]
        self.passages.extend(numbered)
        self._db.executemany(
            "INSERT INTO passages (rowid, body) VALUES (?, ?)", [(p.id, p.text) for p in numbered]
        )

    def _quote_in_sources(self, fact: Fact) -> bool:
        source = self.sources.get(fact.source_url)
        return source is not None and fact.quote in source.text

    def _add_fact_passages(self, facts: Iterable[Fact]) -> None:
        rows = []
        for fact in facts:
            if fact.quote.strip():
                about = fact.subject == "person"
                rows.append(
                    Passage(-1, fact.source_url, "fact", fact.quote, 0, len(fact.quote), about)
                )
        self._insert(rows)

    def search(
        self, terms: Iterable[str], limit: int = 8, stems: Iterable[str] = ()
    ) -> list[tuple[Passage, float]]:
        """Passages ranked by bm25 for any of `terms` (plain words) or of the words that
        start with one of `stems`, best first."""
        unique = sorted({t for t in terms if t and t.replace("'", "").isalnum()})
        prefixes = sorted({t for t in stems if t and t.isalnum()} - set(unique))
        if not unique and not prefixes:
            return []
        query = " OR ".join(
            ['"' + t.replace('"', "") + '"' for t in unique] + [f'"{t}"*' for t in prefixes]
        )
        rows = self._db.execute(
            "SELECT rowid, bm25(passages) FROM passages WHERE passages MATCH ?"
            " ORDER BY bm25(passages) LIMIT ?",
            (query, limit),
        ).fetchall()
        return [(self.passages[rowid], -score) for rowid, score in rows]

    def for_question(self, question: str, limit: int = 4) -> list[Passage]:
        """The top passages for a question's words (for the model's judge)."""
        return [p for p, _ in self.search(words(question), limit)]

    def fact_evidence(self, fact: Fact) -> Evidence:
        """The exact passage a fact came from: its quote when verbatim, else the sentence
        holding its value, else the recorded quote."""
        source = self.sources.get(fact.source_url)
        if source is not None:
            if fact.quote and fact.quote in source.text:
                return Evidence(url=fact.source_url, quote=fact.quote)
            for passage in self.passages:
                if passage.url == fact.source_url and fact.value and fact.value in passage.text:
                    return passage.evidence()
        return Evidence(url=fact.source_url, quote=fact.quote)

    def locate(self, url: str, quote: str) -> Evidence | None:
        """The quote as an exact passage of the source at `url`, or None when it is not there.

        White space may differ (models reflow text); the returned quote is the source's own.
        """
        source = self.sources.get(url)
        texts = [source.text] if source is not None else []
        texts += [p.text for p in self.passages if p.url == url and p.kind == "fact"]
        for text in texts:
            exact = find_verbatim(text, quote)
            if exact is not None:
                return Evidence(url=url, quote=exact)
        return None


def find_verbatim(text: str, quote: str) -> str | None:
    """`quote` as it appears in `text` (white space may differ), or None."""
    quote = quote.strip()
    if len(quote) < 8:
        return None
    if quote in text:
        return quote
    parts = quote.split()
    pattern = r"\s+".join(re.escape(p) for p in parts)
    found = re.search(pattern, text)
    return found.group(0) if found else None


def _folded(text: str) -> list[tuple[int, int]]:
    """Sentences, with a record the page gives a part a line and again as one line (a job
    card: title, hours, pay) read as one passage in its place, its repeat left out."""
    spans = sentence_spans(text)
    found = echoes(text)
    if not found:
        return spans
    folded: list[tuple[int, int]] = []
    for start, end in spans:
        echo = next((e for e in found if e.start <= start and end <= e.end), None)
        if echo is not None:
            if not folded or folded[-1] != (echo.start, echo.end):
                folded.append((echo.start, echo.end))
        elif not any(e.echo_start <= start and end <= e.echo_end for e in found):
            folded.append((start, end))
    return folded


def _records(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with a table of labels and figures read one cell a line ("Children served
    in 2024" then "4,120") joined back into its rows: a figure on a line of its own belongs
    to the label on the line above it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _is_figure(text[start:end]):
            before = text[joined[-1][0] : joined[-1][1]]
            if _is_label(before) and "\n" in text[joined[-1][1] : start]:
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _is_figure(line: str) -> bool:
    """A table cell that holds a figure: a few words, one of them a number ("About 900",
    "$14.2 million", "4,120")."""
    if len(line) <= _CELL and _FIGURE.fullmatch(line):
        return True
    # A figure with a few words on it: "312 (268 guitars and 44 mandolins)", "$3,950 with a
    # hardshell case"; not a time stamp ("03:40 Combat engineer to driller helper").
    return (len(line) <= _LONG_CELL and line[-1:] not in ".!?" and bool(_FIGURE.match(line))
            and not _CLOCK.match(line))


def _is_label(line: str) -> bool:
    """A table cell that names a figure: a short line that neither ends like a sentence nor
    is itself a figure or a list item."""
    return (
        len(line) <= _LABEL_CELL
        and line[-1:] not in ".!?:;,"
        and not _is_figure(line)
        and not line.startswith(("-", "*", "•", "|"))
    )


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long sentence as pieces of at most _MAX_PASSAGE characters, cut between words."""
    pieces = []
    while end - start > _MAX_PASSAGE:
        cut = text.rfind(" ", start, start + _MAX_PASSAGE)
        cut = cut if cut > start else start + _MAX_PASSAGE
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces
