"""What the user knows, read for the grounding check: the dossier (facts and source texts,
without injection paragraphs), the profile, the contact record and the user's notes.

A phrase is known when the known texts say it too, after normalising case, accents and
punctuation, with a common abbreviation spelled out or in ("VP", "Sr"), or with a middle word
or two left out ("site lead" for "Site Operations Lead"); a closed compound is known by its
open form ("fieldwork": "field work"). A name of one word is known from a short text (a value:
a location, an employer) or from a known sentence that shares a content word with the
draft's sentence, so "in Chicago" about a conference does not back "a Chicago analyst". The
look-ups of each claim kind build on these (acronyms.py, name_claims.py, number_claims.py,
detail_claims.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .alignment import PhraseIndex
from .common_words import STOP_WORDS, english_rank
from .counts import (
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    counts_in,
    last_unit,
    minutes_between,
    months_in,
    number_value,
    numbers_in,
    seasons_in,
    spans_in,
)
from .name_kinds import name_kind
from .text import WORD, normalise, sentences, stem
from .weekdays import english_day

__all__ = ["CAPITALISED_RUN", "KnownTexts", "context_stems", "window_stems"]


_ABBREVIATIONS = {
    "vp": "vice president", "svp": "senior vice president", "evp": "executive vice president",
    "ceo": "chief executive officer", "cto": "chief technology officer",
    "cfo": "chief financial officer", "coo": "chief operating officer",
    "cmo": "chief marketing officer", "cpo": "chief product officer",
    "cio": "chief information officer", "cdo": "chief data officer",
    "md": "managing director", "sr": "senior", "jr": "junior", "mgr": "manager",
    "dept": "department", "univ": "university", "u": "university", "ms": "master of science",
    "msc": "master of science", "ma": "master of arts", "mba": "master of business administration",
    "phd": "doctorate", "bs": "bachelor of science", "bsc": "bachelor of science",
    "ba": "bachelor of arts", "co": "company", "corp": "corporation", "inc": "incorporated",
}


# A page's opening paragraph this short is its heading ("Island Collections Forum 2025,
# Launceston, 14 May."), which goes with every paragraph of the page.
_HEADING_WORDS = 15


# A known text this short is a value (a location, an employer, a fact): see KnownTexts.
_ATOM_WORDS = 8


# A name after these is a place or an organisation: "across Canada", "at Riverbend Studio".
# A list of them counts: "across Norway, Denmark and Portugal".
# An Irish or British county keeps its abbreviation: "Ennis, Co. Clare".
_PLACE_NAME = r"(?:Co\.\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}"


# A day something is due by in the notes: "send CV by Fri", "before next Monday".
_DEADLINE = re.compile(r"\b(?:by|before|until)\s+(?:next\s+|this\s+)?([A-Za-z]+)\b",
                       re.IGNORECASE)


# A line of the notes about the call itself: "Zoom w/ Cheryl Tsang — Sat 08:00".
_CALL_LINE = re.compile(r"\b(?:call|zoom|teams|phone|video|meet|skype|whatsapp)\b",
                        re.IGNORECASE)


# A town in a dated line of an event's page, its region or country maybe after it: "Digital
# Health East Africa Summit 2024, Kampala, 11 September", "BEXCO, Busan, 25–26 November",
# "Conference 2025, Tórshavn, Faroe Islands, 23–25 September 2025".
_DATED_TOWN = re.compile(
    r"(?:^|,\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b", re.MULTILINE)


_PLACE = re.compile(
    r"\b(?:in|across|around|throughout|near|outside|within|inside|at|based\s+in)\s+(?:the\s+)?"
    rf"({_PLACE_NAME}(?:(?:,\s*|,?\s+(?:and|or|&)\s+)(?:the\s+)?{_PLACE_NAME})*)"
    # Not a possessive ("in Nadia Halim's laboratory" is no place) nor cut inside a name.
    r"(?<!['’]s)(?![\w'’]|\s+[A-Z])")


_LIST_BREAK = re.compile(r",\s*(?:(?:and|or|&)\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?")


# Runs of capitalised words in the known texts (names), for suggesting the intended one.
# A capital letter of the Latin alphabets, accented too ("Ásdís", "Øystein", "Šárka").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAPITALISED_RUN = re.compile(
    rf"\b[{UPPER}][\w'’&.-]*(?:[ \t]+(?:of|the|and|for|on|de|van|von|&)?[ \t]*"
    rf"[{UPPER}][\w'’&.-]*){{0,4}}")


# Units notes write short: "~35 min" is about the same thing as "35 minutes".
_UNIT_SHORT = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours",
               "yr": "years", "yrs": "years", "wk": "weeks", "wks": "weeks", "mo": "months",
               "mos": "months", "km": "kilometres", "kms": "kilometres"}


# A line of the notes, and the words that tell of someone to talk to.
_NOTE_LINE = re.compile(r"\n+")
# The year something of the user's own started: "Since 2017 I work at …", "since March
# 2021 I have been …".
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|mid|late|mid-)\s*|[A-Z][a-z]+\s+)?"
                         r"((?:19|20)\d{2})\b", re.IGNORECASE)
_POINTING = re.compile(r"\b(?:talk|speak|intro|introduc|referr?|contact|reach|e-?mail|connect|"
                       r"suggest|recommend|meet|ping|put me|pass|forward|get in touch)",
                       re.IGNORECASE)
# What may stand between a role and the place it is held: a few lower-case words, commas
# and a year ("… at the", "hired her as a", "joined Teranga in 2013 as").
_PLACE_GAP = re.compile(r"(?:[\s,]|['’]s\b|\d{4}\b|(?!(?:and|or|but|then|before|after|later|"
                        r"until|while|when)\b)[a-z][\w'’-]*){0,10}")
# A title before a name: "Dr. Urs Zimmermann".
_HONORIFIC = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Capt|Sir)\.?\s+)+")
_SENTENCE_END = re.compile(r"\.\s+")
# What may stand between a person and the role a text gives them: a few lower-case words,
# commas and a possessive ("Tomos Prys, the company's senior …", "Alasdair Grant, Ardbrack
# Resort's mountain operations manager", "senior craftsman Tomos Prys").
# A role beside a person's name, then what the person does or the next name of a list:
# "Dolores Quizhpi, the company's master weaver, who trains …", "Heimana Temauri, the farm's
# senior grafter, Dr Lucie Brotherson, …".
_ROLE_BESIDE_PERSON = re.compile(
    rf"\b[{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+,\s+(?:the|our|its|their|his|her)\s+"
    r"(?:[\w'’-]+['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,2}([a-z][\w'’-]*),\s+"
    rf"(?=(?:who|whose|has|had|is|was|says|said|(?:and\s+)?(?:Dr\.?\s+)?[{UPPER}][\w'’-]+\s+"
    rf"[{UPPER}][\w'’-]+)\b)")
# A name with a comma after it, and the role of that name's that follows: "Wilson Guamán, ".
_APPOSED_TO_NAME = re.compile(rf"[{UPPER}][\w'’-]+,\s+(?:(?:the|our|its|their)\s+)?$")
_ROLE_GAP = re.compile(rf"(?:[\s,]|(?:[{UPPER}][\w-]*\s+){{0,3}}[{UPPER}][\w-]*['’]s\b"
                       r"|(?!(?:and|with|or|at|in|of|for|from|on|by)\b)[a-z][\w'’-]*){0,12}")


def context_stems(text: str) -> set[str]:
    """The content words of `text` by stem; a hyphenated word gives its parts too
    ("night-shift": night, shift), a unit written short its full word ("min": minutes)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    words += [p for w in words if "-" in w for p in w.split("-") if len(p) >= 2]
    words = [_UNIT_SHORT.get(w.casefold(), w) for w in words]
    return {
        stem(w)
        for w in words
        if len(w) >= 3 and w.casefold() not in STOP_WORDS and w.casefold() not in NUMBER_WORDS
        and w.casefold() not in MONTHS
    }


def window_stems(sentence: str, start: int, end: int, width: int = 6) -> set[str]:
    """The content words by stem of the `width` words either side of `sentence[start:end]`."""
    before = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence[:start])[-width:]
    after = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence[end:])[:width]
    return context_stems(" ".join(before + after))


# Units, which tell how much and not of what ("3,560 metres" of another mountain).
_UNIT_STEMS = frozenset(stem(w) for w in (
    "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers",
    "feet", "foot", "mile", "miles", "tonne", "tonnes", "ton", "tons", "kilogram", "kilograms",
    "litre", "litres", "liter", "liters", "hour", "hours", "minute", "minutes", "second",
    "seconds", "year", "years", "month", "months", "week", "weeks", "day", "days", "cent",
    "percent", "degree", "degrees"))


# How many more of a draft sentence's words a known sentence giving another number before
# the same word must share than any giving this one, and how many at least.
_NEIGHBOUR_MARGIN = 2
# How many of a name's description a known sentence must tell of another name, and how many
# more than any naming it.
_DESCRIBED_LEAST = 3
_DESCRIBED_MARGIN = 2
# A word this frequent opening a sentence is no name: "Second, we counted …".
_RARE = 3000
_NEIGHBOUR_LEAST = 3
# The words either side of the number that tell what it is of.
_NEIGHBOUR_WIDTH = 8


# What ends a stretch of text a name or a title stands inside: a line, a sentence's end,
# a comma, a colon, a dash, a bar or a bracket.
_TEXT_BREAK = re.compile(r"[\n|:;,()\[\]—–]|[.!?](?=\s|$)|\s-\s")


def _without_common_lead(run: str) -> str:
    """A run of capitalised words that opens a sentence without its first word where that
    is a frequent word, capitalised for opening it: "Through Direct Leaf" is "Direct Leaf"."""
    first, _, rest = run.partition(" ")
    return rest if rest and (english_rank(first.casefold()) or _RARE) < _RARE else run


# A name as a sentence writes it, capitalised words and the small words inside names:
# "Gulf Coast Children's Hospital", "Hallworth & Pyne", "University of Tasmania".
_NAME_BEFORE = r"([A-Z][\w'’&.-]*(?:\s+(?:&|of|and|the|de|du|la|[A-Z][\w'’&.-]*))*)"


class KnownTexts:
    """The known texts, normalised for phrase, name and number look-ups."""

    def __init__(self, texts: Iterable[str], about: Iterable[str] | None = None,
                 subjects: Iterable[str] = (), places: Iterable[str] = (),
                 sites: Iterable[str] = (), said: Iterable[str] = (),
                 dated: Iterable[tuple[str, str]] = ()) -> None:
        """`texts`: everything known. `about`: the texts about the recipient and their
        employer (all of `texts` when not given), which say what belongs where in a phrase.
        `subjects`: the names that make a sentence a statement about them (the recipient,
        the employer, its products). `places`: locations known as such ("Toronto, ON");
        names after "in", "across", "at" … in the texts are places too. `sites`: the host
        names the research was read on ("strathspeyherald.example"), so a publication may
        be named as its site spells it ("the Strathspey Herald"). `said`: the user's notes
        of the call, what the recipient said (a thank-you recalls only what they hold).
        `dated`: the pages research knows the publication date of, as (date, text)."""
        # The pages research dates: the years each was published in, with its words.
        self._dated_pages = [(set(re.findall(r"\b(?:19|20)\d\d\b", when)), context_stems(text))
                             for when, text in dated]
        self._sites = {host.casefold().removeprefix("www.").split(".")[0] for host in sites
                       if host}
        chunks = [t for t in texts if t and t.strip()]
        self._places = {normalise(p) for text in places for p in text.split(",")}
        # Towns and regions: the places not named after "at", which names institutions too
        # ("at the University of Tasmania").
        self._towns = set(self._places)
        for chunk in chunks:
            for m in _PLACE.finditer(chunk):
                for name in _LIST_BREAK.split(m.group(1)):
                    words = normalise(name).split()  # "New York City": New York too
                    if words[:1] == ["co"] and len(words) > 1:
                        words = words[1:]  # "Co. Clare": Clare
                    found = {" ".join(words[:k]) for k in range(1, len(words) + 1)}
                    self._places |= found
                    if not re.match(r"at\s", m.group(0)):
                        self._towns |= found
            for m in _DATED_TOWN.finditer(chunk):
                town = normalise(m.group(1))
                self._places.add(town)
                self._towns.add(town)
        self._phrase_index = PhraseIndex(
            chunks if about is None else [t for t in about if t and t.strip()], chunks)
        self._subjects = [n for n in {normalise(x) for x in subjects} if n]
        self._phrases = " | " + " | ".join(normalise(t) for t in chunks) + " | "
        # Short texts are values (a location, an employer, a fact): a word in them stands on
        # its own. In longer texts a word supports a claim only in a sentence on the same
        # subject, so "in Chicago" about a conference does not back "a Chicago analyst".
        self._atoms = " | " + " | ".join(
            normalise(t) for t in chunks if len(t.split()) <= _ATOM_WORDS) + " | "
        # The names of the user's own texts (profile, notes), which need no shared subject:
        # "On Ndarugu we were happy with a fraction of that" where the profile names "the
        # Ndarugu raw water tunnel".
        recipient = {t for t in about} if about is not None else set(chunks)
        self._own_names = {normalise(w) for chunk in chunks if chunk not in recipient
                           for w in WORD.findall(chunk) if w[:1].isupper()}
        # The numbers and years of the user's own texts: "I've worked in kitchens since
        # 2014" where the profile says "started washing dishes … in 2014".
        self._own_values = {v for chunk in chunks if chunk not in recipient
                            for v in numbers_in(chunk)}
        # Each of their sentences' numbers and words, for a number they tell of something.
        self._own_counts = [(numbers_in(sentence), context_stems(sentence))
                            for chunk in chunks if chunk not in recipient
                            for sentence in sentences(chunk)]
        # How many years they have done what their own texts date: "From 2016 to 2020 I
        # worked …" (four), "Since 2017 I work at …" (from then to the time of the research,
        # its latest page's year, or to this year).
        self._own_year_spans: set[int] = set()
        published = [int(y) for years, _ in self._dated_pages for y in years]
        this_year = date.today().year
        researched = max(published, default=this_year)
        for chunk in chunks:
            if chunk in recipient:
                continue
            for sentence in sentences(chunk):
                years = sorted({int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sentence)})
                self._own_year_spans |= {b - a for i, a in enumerate(years) for b in years[i + 1:]}
                for m in _SINCE_YEAR.finditer(sentence):
                    start = int(m.group(1))
                    self._own_year_spans |= set(range(max(0, researched - start - 1),
                                                      this_year - start + 1))
        # Their words: "a senior ventilation engineer" where the profile says "its
        # ventilation engineer, senior since 2022".
        self._own_stems: set[str] = set().union(
            *(context_stems(chunk) for chunk in chunks if chunk not in recipient))
        # Their texts whole, for the names of their own world ("Volta Union Bank", "SQL").
        self._own_text = " | " + " | ".join(
            normalise(chunk) for chunk in chunks if chunk not in recipient) + " | "
        self._sentences: list[tuple[set[str], set[str]]] = []
        self._texts: list[tuple[str, set[str]]] = []
        self._raw_sentences: list[str] = []  # as written, in the order of `_texts`
        # A topic is often spread over a paragraph ("we replaced them with written briefs").
        by_chunk = [[p for p in re.split(r"\n\s*\n", chunk) if p.strip()] for chunk in chunks]
        self._paragraphs = [context_stems(p) for ps in by_chunk for p in ps]
        # A paragraph with its page's heading, a short opening paragraph naming what the
        # page is about: a session's speakers listed under the conference's name.
        self._paragraph_texts = [
            f" {normalise(ps[0]) if len(ps[0].split()) <= _HEADING_WORDS else ''} | "
            f"{normalise(p)} " for ps in by_chunk for p in ps]
        self.vocabulary: set[str] = set()
        for chunk in chunks:
            unit: str | None = None
            for sentence in sentences(chunk):
                stems = context_stems(sentence)
                # A stretch of clock time gives a length in minutes ("16:00-16:40": the call
                # took forty minutes).
                lengths = minutes_between(sentence)
                if lengths:
                    stems = stems | {stem("minutes")}
                self._sentences.append((numbers_in(sentence) | months_in(sentence)
                                        | seasons_in(sentence) | spans_in(sentence, unit)
                                        | lengths, stems))
                unit = last_unit(sentence) or unit
                self._texts.append((f" {normalise(sentence)} ", stems))
                self._raw_sentences.append(sentence)
                self.vocabulary.update(
                    w.casefold() for w in WORD.findall(sentence) if w[:1].islower()
                )
        self._all_stems: set[str] = set().union(*(stems for _, stems in self._texts))
        # The numbers each thing is counted with: "32 jet fans", "140 wards".
        self._counts: dict[str, set[str]] = {}
        for chunk in chunks:
            for value, noun in counts_in(chunk):
                self._counts.setdefault(noun, set()).add(value)
        # Years apart within one known sentence ("joined in 2014 and became Senior
        # Investigator in 2020"): what "six years later" may say.
        self._year_gaps: set[int] = set()
        # The same, with the content words of the sentence: "six years as Finance Manager"
        # for "From 2016 to 2022 I was Finance Manager at …".
        self._year_spans: list[tuple[set[int], set[str]]] = []
        for chunk in chunks:
            for sentence in sentences(chunk):
                years = sorted({int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sentence)})
                gaps = {b - a for i, a in enumerate(years) for b in years[i + 1:]}
                self._year_gaps.update(gaps)
                if gaps:
                    self._year_spans.append((gaps, context_stems(sentence)))
        self._chunks = chunks
        self._spaced_paragraphs: list[list[str]] | None = None
        self._unbroken: str | None = None
        self._said = " | ".join(normalise(t) for t in said if t and t.strip())
        self._said_lines = [line for t in said if t for line in _NOTE_LINE.split(t)
                            if line.strip()]
        self._initials: set[str] | None = None
        self._long_runs: list[list[str]] | None = None
        self._modifier_initials: set[str] | None = None
        self._capitals: set[str] | None = None
        self._capitalised: set[str] | None = None
        self._spans: set[str] | None = None
        self._name_words: set[str] | None = None
        self._institutions: list[set[str]] = []  # known names with generic words, as words
        self._name_heads: set[str] = set()  # last words of known names of two words or more
        self._given_names: set[str] = set()  # first words of known people's names
        self._role_heads: set[str] | None = None

    def number_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other numbers research puts where the number in `sentence[start:end]`
        stands, among the same words (`PhraseIndex.number_rivals`)."""
        rivals = self._phrase_index.number_rivals(sentence, start, end)
        if not rivals and sentence[start:end].strip().casefold() in MONTHS:
            rivals = self._phrase_index.month_rivals(sentence, start, end)
        return rivals or self._neighbour_rivals(sentence, start, end)

    def _neighbour_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other numbers (or months) research puts beside the word before or after this
        one, in a known sentence naming a name around it in the draft and sharing more of
        the words around it, by `_NEIGHBOUR_MARGIN`, than any known sentence giving this
        number beside that word: "the Fagernesberget tunnel getting 24 jet fans and a
        fire-rated escape route" where research gives that tunnel 32 jet fans and another
        tunnel 24."""
        said = sentence[start:end].strip()
        month = said.casefold() in MONTHS
        digits = NUMBER.fullmatch(said)
        if digits is not None:
            value = number_value(digits)
        elif month:
            value = said.casefold()[:3]
        else:
            return set()
        draft = window_stems(sentence, start, end, _NEIGHBOUR_WIDTH)
        # The names among those words, which say what the number is of ("Ihuza", "Straume
        # Court"): a rival's sentence must name it too.
        window = (re.findall(r"[\w'’-]+", sentence[:start])[-_NEIGHBOUR_WIDTH:]
                  + re.findall(r"[\w'’-]+", sentence[end:])[:_NEIGHBOUR_WIDTH])
        named = draft & context_stems(" ".join(
            w for w in window if w[:1].isupper() and w.casefold() not in STOP_WORDS))
        others = {m.casefold()[:3] for m in re.findall(r"[A-Za-z]+", sentence)} if month else {
            number_value(m) for m in NUMBER.finditer(sentence)}
        year = re.fullmatch(r"(?:19|20)\d\d", value) is not None
        lead = r"(?P<n>\b[A-Za-z]+)" if month else rf"(?P<n>{NUMBER.pattern})"
        after = re.match(r"\s+([A-Za-z][\w'’-]*|\d{4}\b)", sentence[end:])
        before = re.search(r"([A-Za-z][\w'’-]*)\s+$", sentence[:start])
        for beside, word_first in ((after, False), (before, True)):
            if beside is None or beside.group(1).casefold() in STOP_WORDS:
                continue
            word = beside.group(1)
            pattern = (rf"\b{re.escape(word)}\s+{lead}" if word_first
                       else rf"{lead}\s+{re.escape(word)}\b")
            found = self._rivals_beside(re.compile(pattern, re.IGNORECASE), word, value,
                                        month, year, draft - context_stems(word), named,
                                        others)
            if found:
                return found
        return set()

    def _rivals_beside(self, pattern: re.Pattern[str], word: str, value: str, month: bool,
                       year: bool, draft: set[str], named: set[str], others: set[str]
                       ) -> set[str]:
        """`_neighbour_rivals` for one word beside the number, `pattern` finding a number
        (group "n") beside it in a known sentence."""
        own = -1
        rivals: dict[str, int] = {}
        spaced = f" {normalise(word)} "
        for raw, (text, stems) in zip(self._raw_sentences, self._texts, strict=True):
            if spaced not in text:
                continue
            for m in pattern.finditer(raw):
                if month:
                    if m.group("n").casefold() not in MONTHS:
                        continue
                    other, written = m.group("n").casefold()[:3], m.group("n")
                else:
                    found = NUMBER.match(raw, m.start("n"))
                    if found is None:
                        continue
                    other, written = number_value(found), found.group(0)
                    if (re.fullmatch(r"(?:19|20)\d\d", other) is not None) != year:
                        continue  # a year for a year, a count for a count
                shared = len(draft & stems)
                if other == value:
                    own = max(own, shared)
                elif other not in others and named & stems:
                    rivals[written] = max(rivals.get(written, 0), shared)
        # Only where research gives this number beside that word too, of something else: a
        # number research writes otherwise ("hire about 150 new engineers") is no slip.
        strongest = max(rivals.values(), default=0)
        if own < 0 or strongest < _NEIGHBOUR_LEAST or strongest < own + _NEIGHBOUR_MARGIN:
            return set()
        return {r for r, w in rivals.items() if w == strongest}

    def day_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other days of the week research puts where the day in `sentence[start:end]`
        stands, among the same words (`PhraseIndex.day_rivals`)."""
        return self._phrase_index.day_rivals(sentence, start, end)

    def date_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other years, or days of a month, research tells with the words around the
        year or day in `sentence[start:end]` (`PhraseIndex.date_rivals_near`)."""
        return self._phrase_index.date_rivals_near(sentence, start, end)

    def month_rivals_near(self, sentence: str, start: int, end: int) -> set[str]:
        """The other months research tells with the words around the month in
        `sentence[start:end]` (`PhraseIndex.month_rivals_near`)."""
        return self._phrase_index.month_rivals_near(sentence, start, end)

    def date_told_more(self, sentence: str, start: int, end: int, rivals: set[str]) -> bool:
        """Whether research tells the date in `sentence[start:end]` with more of the words of
        its clause than any of `rivals` (`PhraseIndex.date_told_more`)."""
        return self._phrase_index.date_told_more(sentence, start, end, rivals)

    def name_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other names research puts where the name in `sentence[start:end]` stands:
        among the same words (`PhraseIndex.name_rivals`), else told with the words around it
        and of the same kind."""
        beside = self._phrase_index.name_rivals(sentence, start, end)
        if beside:
            return beside
        # Told by the words around it (`PhraseIndex.name_rivals_near`), another name of its
        # own kind only (name_kinds.py): "Kulen Celadon, the glaze line made with rice husk
        # ash" where research tells that of Rice Ash White. Not the recipient or employer,
        # not a list of people ("Shireen Alleyne and Nathan Clarke"), not a name ending in
        # this one's last two words, which writes it out ("University of Kansas Medical
        # Center" for "KU Medical Center"); a name of one word only if it has a capital
        # inside ("SniffBird"): one word alone is too often a town, a person or a clip.
        name = sentence[start:end]
        kind = name_kind(name)
        if " " not in name.strip() and kind != "camel":
            return set()
        tail = normalise(name).split()[-2:]
        return {r for r in self._phrase_index.name_rivals_near(sentence, start, end)
                if name_kind(r) == kind and " and " not in r
                and (len(tail) < 2 or normalise(r).split()[-2:] != tail)
                and not any(f" {normalise(r)} " in f" {subject} " for subject in self._subjects)}

    def has_phrase(self, phrase: str) -> bool:
        norm = normalise(phrase)
        if not norm:
            return True
        if f" {norm} " in self._phrases:
            return True
        expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in norm.split())
        if expanded != norm and f" {expanded} " in self._phrases:
            return True
        contracted = norm
        for short, long in _ABBREVIATIONS.items():
            contracted = re.sub(rf"\b{long}\b", short, contracted)
        return contracted != norm and f" {contracted} " in self._phrases

    def has_name(self, phrase: str, context: set[str]) -> bool:
        """A name: a multi-word one anywhere; a one-word one in a value, or in a sentence
        that shares a content word with `context` (the words around it in the draft)."""
        norm = normalise(phrase)
        if len(norm.split()) != 1 or not context:
            return self.has_phrase(phrase)
        if f" {norm} " in self._atoms or norm in self._own_names:
            return True
        return any(f" {norm} " in text and context & stems for text, stems in self._texts)

    def is_town(self, phrase: str) -> bool:
        """Whether `phrase` is a town or region the known texts name as one ("in Hobart",
        "across Tasmania"), not an institution named after "at"."""
        return normalise(phrase) in self._towns

    def is_subject_part(self, phrase: str) -> bool:
        """Whether `phrase` is the recipient's or employer's name or part of it ("Kerryn")."""
        norm = f" {normalise(phrase)} "
        return any(norm in f" {name} " for name in self._subjects)

    def is_recipient(self, phrase: str) -> bool:
        """Whether `phrase` is the recipient's full name: a subject of two or three words
        whose first word (their given name) is a subject alone too."""
        words = normalise(phrase).split()
        return 2 <= len(words) <= 3 and " ".join(words) in self._subjects and (
            words[0] in self._subjects)

    def users_own_name(self, phrase: str) -> bool:
        """Whether the user's own texts (profile) name `phrase`."""
        return f" {normalise(phrase)} " in self._own_text

    def paragraphs_naming(self, phrase: str) -> frozenset[int]:
        """The known paragraphs, by index, that name `phrase`."""
        norm = f" {normalise(phrase)} "
        return frozenset(i for i, text in enumerate(self._paragraph_texts) if norm in text)

    def notes_given(self) -> bool:
        """Whether the notes of a call are known."""
        return bool(self._said)

    def said_on_call(self, phrase: str) -> bool:
        """Whether the notes of the call hold a word of `phrase` (a name: "Tomoko" for
        "Tomoko Hayashi")."""
        words = f" {self._said} "
        return any(f" {w} " in words for w in normalise(phrase).split())

    def noted_with(self, year: str, stems: set[str]) -> bool:
        """Whether a line of the call's notes gives `year` with two or more of `stems`: what
        the recipient said, in the notes' shorthand ("SASTS congress papers … "read the
        factory ones from 2019 on"")."""
        return any(re.search(rf"\b{re.escape(year)}\b", line)
                   and len(context_stems(line) & stems) >= 2 for line in self._said_lines)

    def pointed_to_on_call(self, phrase: str) -> bool:
        """Whether the notes of the call name a word of `phrase` (a person) where they tell
        of someone to talk to ("talk to Dr. Ingrid Solberg", "she'll email Ingrid to
        introduce me"); where no line of the notes tells of anyone so, anywhere in them."""
        told = [normalise(line) for line in self._said_lines
                if _POINTING.search(line) and any(
                    len(run.group().split()) >= 2 for run in CAPITALISED_RUN.finditer(line))]
        if not told:
            return self.said_on_call(phrase)
        words = normalise(phrase).split()
        return any(f" {w} " in f" {line} " for line in told for w in words)

    def names_subject(self, text: str) -> bool:
        """Whether `text` names the recipient or their employer."""
        norm = f" {normalise(text)} "
        return any(f" {name} " in norm for name in self._subjects)

    def has_own_words(self, phrase: str) -> bool:
        """Whether the user's own texts use every content word of `phrase`, in any order."""
        stems = context_stems(phrase)
        return bool(stems) and stems <= self._own_stems

    def tells_own_value(self, value: str, context: set[str]) -> bool:
        """Whether a sentence of the user's own texts gives `value` with a word of
        `context`: "our club's 190 top-bar hives" where the profile says "it now has 64
        members and 190 Kenya top-bar hives"."""
        told = context - _UNIT_STEMS
        return any(value in values and stems & told for values, stems in self._own_counts)

    def described_otherwise(self, name: str, description: str) -> set[str]:
        """The other names a known sentence tells `description` of (a name's apposition:
        "InspectaTrack, the dashboard that shows which villages you have missed"), where it
        shares three of its lower-case content words at least, and two more than any known
        sentence naming `name` shares: "RabiesMap, our online dashboard, so we can see
        which villages we have missed"."""
        wanted = context_stems(" ".join(w for w in description.split() if not w[:1].isupper()))
        if len(wanted) < _DESCRIBED_LEAST:
            return set()
        norm = f" {normalise(name)} "
        own = max((len(wanted & stems) for text, stems in self._texts if norm in text),
                  default=0)
        best, rivals = 0, set[str]()
        for (text, stems), raw in zip(self._texts, self._raw_sentences, strict=True):
            shared = len(wanted & stems)
            if norm in text or shared < max(best, _DESCRIBED_LEAST, own + _DESCRIBED_MARGIN):
                continue
            runs = [_without_common_lead(m.group()) if not raw[:m.start()].strip() else m.group()
                    for m in CAPITALISED_RUN.finditer(raw)]
            names = {run for run in runs if not self.names_subject(run) and len(run) > 2 and (
                " " in run or (english_rank(run.casefold()) or _RARE) >= _RARE)}
            if names:
                if shared > best:
                    best, rivals = shared, set()
                rivals |= names
        return rivals

    def tells_own_years(self, years: int) -> bool:
        """Whether the user's own texts date something of theirs `years` long: "eight years
        in pharmaceutical distribution" where the profile says "Since 2017 I work at Rota
        Viva Distribuição" and research was read in 2025, "I spent four years in one" for
        "From 2016 to 2020 I worked as a maintenance electrician"""
        return years in self._own_year_spans

    def has_own_value(self, value: str) -> bool:
        """Whether the user's own texts (profile, notes) give `value`."""
        return value in self._own_values

    def role_heads(self) -> set[str]:
        """The last words of the roles known texts set beside a person's name, before what
        the person does or the next name of a list: "weaver" of "Dolores Quizhpi, the
        company's master weaver, who trains the home weavers"; the trade's own role nouns,
        which no list holds."""
        if self._role_heads is None:
            self._role_heads = {
                m.group(1).casefold() for chunk in self._chunks
                for m in _ROLE_BESIDE_PERSON.finditer(chunk)
            }
        return self._role_heads

    def gives_role(self, person: str, role: str) -> bool:
        """Whether a known text gives `person` the `role` beside their name: "Tomos Prys,
        the company's senior heritage craftsman", "senior craftsman Tomos Prys"; not a role
        across "and", "with", a semicolon, a line or another name ("the quarry manager,
        Rhodri Vaughan, and with Tomos Prys")."""
        named = re.compile(re.escape(person), re.IGNORECASE)
        held = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        for chunk in self._chunks:
            for a in named.finditer(chunk):
                for b in held.finditer(chunk):
                    if a.end() <= b.start():
                        between = chunk[a.end():b.start()]
                    elif b.end() <= a.start() and not _APPOSED_TO_NAME.search(
                            chunk, 0, b.start()):
                        # Not a role in a list of names and roles, which is the name's
                        # before it: "Wilson Guamán, head of blocking, Verónica Cordero, head
                        # of export sales".
                        between = chunk[b.end():a.start()]
                    else:
                        continue
                    if _ROLE_GAP.fullmatch(between):
                        return True
        return False

    def gives_role_at(self, role: str, place: str) -> bool:
        """Whether a known text puts `role` at `place` in one stretch: "a sound designer at
        Sroka Games", "joined Teranga in 2013 as laboratory manager"; not across "and",
        "after", a line or another name ("joined Kruk Interactive in 2019 after six years as
        a sound designer")."""
        return self._side_by_side(re.compile(rf"\b{re.escape(role)}s?\b", re.IGNORECASE),
                                  re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE),
                                  _PLACE_GAP)

    def _side_by_side(self, one: re.Pattern[str], other: re.Pattern[str],
                      gap: re.Pattern[str]) -> bool:
        """Whether a known text has `one` and `other`, either first, with only what `gap`
        takes between them."""
        for chunk in self._chunks:
            for a in one.finditer(chunk):
                for b in other.finditer(chunk):
                    between = chunk[a.end():b.start()] if a.end() <= b.start() else (
                        chunk[b.end():a.start()] if b.end() <= a.start() else None)
                    if between is not None and gap.fullmatch(between):
                        return True
        return False

    def role_holders(self, role: str) -> set[str]:
        """The names (two to four capitalised words, a title like "Dr" left off) that a
        known text gives `role` beside: "Peter Kirui" for "director of agriculture" in "Our
        director of agriculture, Peter Kirui, is …"."""
        roles = re.compile(r"\b" + re.escape(role) + r"\b", re.IGNORECASE)
        holders: set[str] = set()
        for chunk in self._chunks:
            for r in roles.finditer(chunk):
                before, after = chunk[max(0, r.start() - 80):r.start()], chunk[r.end():r.end() + 80]
                for run in CAPITALISED_RUN.finditer(before):
                    if _ROLE_GAP.fullmatch(before[run.end():]):
                        # "… Samuel Langat. Our director …": the run from the sentence's start
                        holders.add(_SENTENCE_END.split(_HONORIFIC.sub("", run.group()))[-1])
                next_run = CAPITALISED_RUN.search(after)
                if next_run is not None and _ROLE_GAP.fullmatch(after[:next_run.start()]):
                    holders.add(_SENTENCE_END.split(_HONORIFIC.sub("", next_run.group()))[0])
        names = {h.strip(" .,") for h in holders}
        return {n for n in names if 2 <= len(n.split()) <= 4}

    def deadline_days(self) -> set[int]:
        """The days the notes of the call set something for ("send CV by Fri", "before
        Monday"): 0 is Monday."""
        found = set()
        for line in self._said_lines:
            for m in _DEADLINE.finditer(line):
                day = english_day(m.group(1))
                if day is not None:
                    found.add(day)
        return found

    def call_days(self) -> set[int]:
        """The days the notes' lines about the call itself give ("Teams call w/ Ndapewa —
        Thurs 16:00"): 0 is Monday."""
        found = set()
        for line in self._said_lines:
            if _CALL_LINE.search(line) and not _DEADLINE.search(line):
                for word in re.findall(r"[A-Za-z]+", line):
                    day = english_day(word)
                    if day is not None and (day < 5 or re.search(
                            rf"\b{word}\.?\s+\d", line)):
                        found.add(day)
        return found

    def writes_short_day(self, short: str) -> bool:
        """Whether a known text writes a day short, capitalised, before a time or a date:
        "Sat 9:30", "Sun 14 June" (the short forms that are English words, "sat" and "sun",
        count only so)."""
        pattern = re.compile(rf"\b{re.escape(short)}\.?\s+\d")
        return any(pattern.search(chunk) for chunk in self._chunks)

    def known_paragraphs(self) -> list[list[str]]:
        """Every known text (a page, a fact, the notes) as its paragraphs, each normalised
        with a space either side."""
        if self._spaced_paragraphs is None:
            self._spaced_paragraphs = [
                [f" {normalise(p)} " for p in re.split(r"\n\s*\n", chunk) if p.strip()]
                for chunk in self._chunks]
        return self._spaced_paragraphs

    def texts_naming(self, spaced: str) -> list[str]:
        """The known sentences (normalised) holding `spaced`, a normalised phrase with a
        space either side."""
        return [text for text, _ in self._texts if spaced in text]

    def sentences_naming(self, phrase: str) -> list[str]:
        """The known sentences, as written, that hold `phrase` (after normalising)."""
        spaced = f" {normalise(phrase)} "
        if not spaced.strip():
            return []
        return [raw for raw, (text, _) in zip(self._raw_sentences, self._texts, strict=True)
                if spaced in text]

    def town_of_another(self, town: str, name: str) -> bool:
        """Whether a known sentence puts another name than `name` in `town` ("five years at
        Gulf Coast Children's Hospital in Tampa"): the town is where that one is."""
        pattern = re.compile(_NAME_BEFORE + r"\s+in\s+(?:the\s+)?" + re.escape(town) + r"\b")
        return self._another_named(town, pattern, name)

    def placed_at_another(self, person: str, place: str) -> bool:
        """Whether a known sentence puts `person` at another place than `place`: "Dr. Anya
        Rostova, director of research at Biscayne Gem Laboratory"."""
        pattern = re.compile(
            re.escape(person) + r",?(?:\s+[\w'’-]+){0,5}?\s+at\s+(?:the\s+)?" + _NAME_BEFORE)
        return self._another_named(person, pattern, place)

    def _another_named(self, phrase: str, pattern: re.Pattern[str], name: str) -> bool:
        """Whether a known sentence naming `phrase` has a name other than `name` where
        `pattern`'s group stands."""
        own = normalise(name).removeprefix("the ")
        for raw in self.sentences_naming(phrase):
            for found in pattern.finditer(raw):
                other = normalise(found.group(1)).removeprefix("the ")
                if other and other != own and own not in other and other not in own:
                    return True
        return False

    def has_shortened_title(self, phrase: str) -> bool:
        """A known title or name said without one or two of its middle words: "site lead"
        for "Site Operations Lead", "senior editor" for "Senior Commissioning Editor",
        "Manager of the Amnissos Bay Resort" for "Manager of the 380-room Amnissos Bay
        Resort"."""
        words = normalise(phrase).split()
        if len(words) < 2:
            return False
        # The words left out stand inside one stretch of text, no punctuation or line
        # between: "humanitarian logistics | Humanitarian Supply Review" (a page title
        # and its site) is no "Humanitarian Logistics Review".
        if self._unbroken is None:
            self._unbroken = " | " + " | ".join(
                normalise(piece) for chunk in self._chunks
                for piece in _TEXT_BREAK.split(chunk) if piece.strip()) + " | "
        for k in range(1, len(words)):
            pattern = (" ".join(map(re.escape, words[:k])) + r"(?: [a-z0-9][a-z0-9'-]*){1,2} "
                       + " ".join(map(re.escape, words[k:])))
            if re.search(rf" {pattern} ", self._unbroken) is not None:
                return True
        return False

    def has_open_compound(self, word: str) -> bool:
        """A closed compound known written open or hyphenated: "fieldwork" for "field
        work", "nonprofit" for "non-profit" (parts of three letters or more)."""
        low = word.casefold()
        return low.isalpha() and any(
            self.has_phrase(f"{low[:k]} {low[k:]}") for k in range(3, len(low) - 2))
