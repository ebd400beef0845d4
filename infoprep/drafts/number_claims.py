"""Numbers, dates, months and seasons in a draft checked against what is known.

A number or a month is supported by the same value in a known sentence that shares a content
word with the draft's sentence, so "a team of 35 engineers" is not supported by "35
hospitals"; an acronym beside the number may stand for the words a known sentence spells out
("an LVT since 2018"). A year may instead be said of the same named subject with a
compatible event ("Riverbend has shaped streets since 2009" for "Riverbend … founded in
2009"); "six years later" may give the gap between two years a known sentence gives. A count
of a unit of time ("an 18-month traineeship", "two-year") must have the known length of what
it is said of, in any spelling; a month said of an event ("the October grafting day") or
beside a plan the notes date ("book a visit in May") must match what is known of it; a
season of a year is wrong where known sentences date the same thing in another. A year or a
month bound to a name few known sentences give ("your 2023 Bergen talk") must be one they give
it, and a year next to a name whose page research dates so is supported ("your 2025
conversation with Helen Marsh on The Conservation Bench"); a version of a named thing ("FLARE
2.0") must be one research gives it; a year in a clause about the user alone is theirs when
their profile or notes give it; clock times in the notes ("16:00-16:40") give the call's
length; "the two" that points back counts nothing. A number or a year among words research
gives with another number ("logs more than 230 sensors every ten seconds" where research says
1,400), and its own value among fewer, is wrong; so is the month or year of a piece of the
recipient's ("Your July post, “…”") that its page, found by the words of its title, dates
otherwise ("…, published June 2025"); so is a day of a month that research or the notes give,
among the same words, in another month ("applications open on 11 February 2027" where the
notes say "open 11 Jan 2027"). Values are read by counts.py.
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from .acronyms import acronyms_of
from .claim_finder import ABOUT_RECIPIENT, GREETING, Claim
from .common_words import LETTER_WORDS, STOP_WORDS
from .counts import (
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    SEASON,
    SPAN_AFTER,
    counted_noun,
    counts_in,
    months_in,
    number_value,
    numbers_in,
    numbers_in_order,
    season_value,
    span_value,
)
from .known_texts import KnownTexts, context_stems, window_stems
from .name_spans import name_spans
from .text import find_phrase, normalise, stem, word_set

__all__ = ["KnownNumbers", "dated_name", "misdated_pieces", "month_supported",
           "number_supported", "own_clause", "rivalled_number", "season_supported"]


# Events a year may date, grouped by what they mean: "since 2009" is a start, like
# "founded in 2009".
_YEAR_EVENTS: dict[str, frozenset[str]] = {
    "start": word_set(
        "since founded founding established establishing started starting began begun "
        "launched launching opened opening created formed incorporated set up"),
    "join": word_set("joined joining hired appointed"),
    "move": word_set("moved moving relocated"),
    "award": word_set("won award awarded prize"),
    "release": word_set("released published launched shipped"),
    "acquire": word_set("acquired acquisition bought merged merger"),
}


# The name opening a clause: its subject ("Riverbend Studio has been shaping …").
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:(?:and|but|so|since|because|while|the)\s+)*"
    r"([A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){0,4})(?:['’]s)?\s+[a-z]")


_CLAUSE_BREAK_YEAR = re.compile(r"[;:—–]|,\s+(?:and|but|so|while|because)\s+|\.\s+")


# How many known sentences may name what a year or month is bound to for it to date it.
_FEW_SENTENCES = 4


_YEAR_VALUE = re.compile(r"(?:19|20)\d\d")
# Words of a page a draft must share to date a piece of the recipient's by it.
_PIECE_WORDS = 3


# Words that may stand between a year or a month and the name it dates: "your 2023 Bergen
# talk", "Kaintiba in 2020", "the Premios Interfaz 2025", "your May interview in HR Norden".
# A piece and the word that leads to its topic, between a year and a name: "2025 post on".
_PIECE_ON = re.compile(r"\s+(?:talk|post|keynote|interview|episode|podcast|panel|session|"
                       r"article|column|paper|report|lecture|webinar|workshop)\s+"
                       r"(?:on|about)\s+(?:the\s+)?", re.IGNORECASE)
_DATING_WORDS = word_set(
    "in at on of the a an talk talks post keynote interview episode podcast panel session "
    "award prize conference summit article column paper report lecture webinar workshop "
    "launch edition season show festival")


# A piece of the recipient's the draft dates: "Your July post, “…”", "your 2023 post on why
# …", "Your August 2024 interview in Postdoc Paths".
_YOUR_DATED = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PIECE_AFTER = re.compile(
    r"\s*(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?(?:blog\s+)?(?:post|blog|article|interview|episode|"
    r"column|essay|piece|newsletter|op-ed|feature)\b[\s,]*(?:(?:on|about|in|with)\s+)?",
    re.IGNORECASE)
# A day of a month in a normalised text: "11 january", "11 jan", "january 11".
_MONTH_WORD = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) {_MONTH_WORD}\b|\b{_MONTH_WORD} (\d{{1,2}})\b(?! \d)")
# The day of the month next to a month in a draft: "on 11 February", "March 2".
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+$")
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:])")
# How many words of a piece's title, running, name it.
_TITLE_RUN = 4


_YEARS_LATER = re.compile(r"\s+years?\s+(?:later|after(?:wards)?|on)\b", re.IGNORECASE)


class KnownNumbers(KnownTexts):
    """The known texts' look-ups for numbers, years, months, seasons and lengths of time."""

    def has_year_gap(self, years: int) -> bool:
        """Whether one known sentence gives two years `years` apart."""
        return years in self._year_gaps

    def has_year_span(self, years: int, context: set[str]) -> bool:
        """Whether a known sentence sharing a content word with `context` gives two years
        `years` apart: how long what it tells lasted."""
        return any(years in gaps and context & stems for gaps, stems in self._year_spans)

    def has_year_for(self, year: str, subject: str, events: set[str]) -> bool:
        """`year` in a known sentence that names `subject` (normalised) and says one of
        `events` ("founded", "launched" …)."""
        for (values, _), (text, _) in zip(self._sentences, self._texts, strict=True):
            if year in values and f" {subject} " in text and events & set(text.split()):
                return True
        return False

    def dates_otherwise(self, value: str, context: set[str], prefix: str = "month:",
                        shared: int = 2) -> bool:
        """Whether known sentences about the same thing as `context` (`shared` content
        words in common) give it a value of `value`'s kind (`prefix`: a month, a length of
        time), never `value`."""
        values = set().union(*(
            {v for v in known if v.startswith(prefix)}
            for known, stems in self._sentences if len(context & stems) >= shared))
        return bool(values) and value not in values

    def dates_name_otherwise(self, name: str, value: str, few: int = _FEW_SENTENCES,
                             one: bool = False) -> bool:
        """Whether the few known sentences naming `name` give years (or months, for a month
        `value`) and never `value`; with `one`, a single year each time they give any. A
        name many sentences give (the employer, its town) has many dates, each of something
        else, and dates nothing alone."""
        norm = f" {normalise(name)} "
        if norm.strip() in self._subjects:
            return False
        month = value.startswith("month:")
        given: set[str] = set()
        naming: set[str] = set()
        for (values, _), (text, _) in zip(self._sentences, self._texts, strict=True):
            if norm in text:
                naming.add(text)
                given |= {v for v in values if v.startswith("month:") == month and (
                    month or _YEAR_VALUE.fullmatch(v) is not None)}
        return (len(naming) <= few and bool(given) and value not in given
                and (not one or len(given) == 1))

    def years_after(self, name: str) -> set[str]:
        """The years known sentences put right after `name` ("Electrification Project Lead
        since 2021", "Jisr 2030 (since 2021)"), or after its place set off by commas
        ("partner: Halite Minerals, Ghor Al Safi, since 2009")."""
        found: set[str] = set()
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + _PLACE_APPOSED + _BINDING
                             + r"((?:19|20)\d\d)\b", re.IGNORECASE)
        for raw in self._raw_sentences:
            found |= {m.group(1) for m in pattern.finditer(raw)}
        return found

    def years_of_event(self, verb: str, about: set[str]) -> set[str]:
        """The years the known sentences give with the verb stem `verb` ("found") and a
        word of `about` (stems): when research says a thing was founded, joined, won. Empty
        where one such sentence gives no year ("the 36 briefs the institute published that
        year"): the year may be told elsewhere."""
        given: set[str] = set()
        for (values, _), (_, stems) in zip(self._sentences, self._texts, strict=True):
            if verb in stems and stems & about:
                years = {v for v in values if _YEAR_VALUE.fullmatch(v)}
                if not years:
                    return set()
                given |= years
        return given

    def publication_dates(self, words: list[str]) -> set[str]:
        """The years and months of the pages research dates ("…, published June 2025")
        whose title holds `words` whole (three or four) or any four of them running: when
        the piece the words name came out."""
        runs = ([" ".join(words)] if len(words) <= _TITLE_RUN else
                [" ".join(words[k:k + _TITLE_RUN]) for k in range(len(words) - _TITLE_RUN + 1)])
        dates: set[str] = set()
        for (values, _), (text, _) in zip(self._sentences, self._texts, strict=True):
            if " published " in text and any(f" {run} " in text for run in runs):
                dates |= {v for v in values if v.startswith("month:") or _YEAR_VALUE.fullmatch(v)}
        return dates

    def published_with(self, year: str, stems: set[str], names: set[str]) -> bool:
        """Whether research has a page published in `year` that holds `_PIECE_WORDS` or more
        of `stems`, and all of `names`: a piece the draft dates by what it is about."""
        return any(year in years and len(stems & words) >= _PIECE_WORDS and names <= words
                   for years, words in self._dated_pages)

    def day_dated_otherwise(self, day: str, month: str, context: set[str]) -> bool:
        """Whether known sentences about the same thing as `context` (two content words in
        common) give the day of the month `day` in another month, and no known sentence
        gives it in `month` ("open 11 January 2027" for "open on 11 February 2027")."""
        other = False
        for (_, stems), (text, _) in zip(self._sentences, self._texts, strict=True):
            pairs = {(m.group(1) or m.group(4), (m.group(2) or m.group(3))[:3])
                     for m in _DAY_MONTH.finditer(text)}
            if (day, month) in pairs:
                return False
            if len(context & stems) >= 2 and any(d == day and m != month for d, m in pairs):
                other = True
        return other

    def numbers_name_otherwise(self, name: str, value: str) -> bool:
        """Whether the known texts put numbers right after the word `name` ("FLARE 3.0",
        "episode 29"), never `value`."""
        after = re.compile(rf" {re.escape(normalise(name))} (\d+(?: \d+)?) ")
        given = {m.group(1) for text, _ in self._texts for m in after.finditer(text)}
        wanted = normalise(value.replace(".", " "))
        return bool(given) and wanted not in given and not any(
            g.split()[0] == wanted for g in given)

    def dates_name(self, name: str, value: str) -> bool:
        """Whether one of the known sentences naming `name`, at most eight (not the
        recipient or their employer: many sentences date them), gives the year `value`:
        "The Conservation Bench, episode 47 …, published 15 April 2025"."""
        norm = f" {normalise(name)} "
        if norm.strip() in self._subjects:
            return False
        naming = [values for (values, _), (text, _) in zip(self._sentences, self._texts,
                                                           strict=True) if norm in text]
        return len(naming) <= 2 * _FEW_SENTENCES and any(value in values for values in naming)

    def has_value_by_initials(self, value: str, acronyms: set[str]) -> bool:
        """A number or month in a known sentence whose consecutive words make one of
        `acronyms` by their initials."""
        if not acronyms:
            return False
        for (values, _), (text, _) in zip(self._sentences, self._texts, strict=True):
            if value in values and acronyms & acronyms_of(text.split()):
                return True
        return False

    def counts_otherwise(self, value: str, noun: str, context: frozenset[str] = frozenset()
                         ) -> bool:
        """Whether the known texts count `noun` ("jet" of "32 jet fans") with other numbers
        and never with `value`."""
        known = self._counts.get(noun, set())
        if not known or value in known:
            return False
        # A known sentence that counts `noun` with another number and gives `value` bare,
        # among words of the draft's `context`, tells that many of them too: "Of the 18,600
        # children screened …, 213 were found to have a permanent hearing loss" backs "the
        # 213 children La Guagua Auditiva found" (not "the 1,240 children … found", where
        # research's 1,240 "had a full diagnostic evaluation").
        context = context - {stem(noun)}
        for raw in self._raw_sentences:
            pairs = counts_in(raw)
            if not (value in numbers_in(raw) and any(n == noun for _, n in pairs)
                    and value not in {v for v, _ in pairs}):
                continue
            for start, end, told in numbers_in_order(raw):
                if re.match(r"\s*(?:[–-]|to\s+)\s*\d", raw[end:]):
                    continue  # "2–3 December": one end of a range, no count of its own
                if told == value and context & window_stems(raw, start, end):
                    return False
        return True

    @cached_property
    def _number_pairs(self) -> set[tuple[str, str]]:
        """The numbers the known sentences give one right after the other."""
        pairs: set[tuple[str, str]] = set()
        for raw in self._raw_sentences:
            pairs.update(pairwise(v for _, _, v in numbers_in_order(raw)))
        return pairs

    def has_number_pair(self, first: str, second: str) -> bool:
        """Whether a known sentence gives the number `first` and then `second`, with no
        other number between them ("six of us made 4,200")."""
        return (first, second) in self._number_pairs

    def has_value(self, value: str, context: set[str], shared: int = 1) -> bool:
        """A number or month in a known sentence that shares `shared` content words with
        `context` (any sentence when `context` is empty)."""
        for values, stems in self._sentences:
            if value in values and (not context or len(context & stems) >= shared):
                return True
        return False


def _window_acronyms(sentence: str, start: int, end: int, width: int = 6) -> set[str]:
    """The acronyms of three letters or more among the words around `sentence[start:end]`."""
    before = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence[:start])[-width:]
    after = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence[end:])[:width]
    return {w.removesuffix("s").casefold() for w in before + after
            if re.fullmatch(r"[A-Z]{3,6}s?", w)}


def _year_of_subject(sentence: str, position: int, year: str, support: KnownNumbers
                     ) -> bool:
    """A year said of a named subject with an event ("Riverbend Studio has shaped streets
    since 2009") is supported by a known sentence naming the same subject with the same
    year and a compatible event ("Riverbend Studio … founded in 2009"), though no other
    word is shared. The subject is the name opening the year's clause; "since"/"from"
    before the year (or "has been … since") means a start."""
    clause = _CLAUSE_BREAK_YEAR.split(sentence[:position])[-1]
    after = re.split(r"[,;:—–]", sentence[position:], maxsplit=1)[0]
    subject = _CLAUSE_SUBJECT.match(GREETING.sub("", clause))
    if subject is None or normalise(subject.group(1)) in LETTER_WORDS:
        return False  # "I", "We": the user's own years are not the research's
    events: set[str] = set()
    if re.search(r"\b(?:since|from)\s+$", clause, re.IGNORECASE):
        events |= _YEAR_EVENTS["start"]
    said = set(normalise(clause + " " + after).split())
    for group in _YEAR_EVENTS.values():
        if said & group:
            events |= group
    return bool(events) and support.has_year_for(year, normalise(subject.group(1)), events)


def month_supported(claim: Claim, support: KnownNumbers) -> bool:
    """Whether a month beside a request for time (a "when" claim) is supported: nothing
    known about the same thing dates it otherwise."""
    position = find_phrase(claim.sentence, claim.phrase)
    context = (window_stems(claim.sentence, position, position + len(claim.phrase))
               if position >= 0 else set())
    return not support.dates_otherwise("month:" + claim.phrase.casefold()[:3], context)


def season_supported(claim: Claim, support: KnownNumbers) -> bool:
    """Whether a season of a year ("spring 2025") is supported."""
    # Wrong where known sentences about the same thing date it in another season of
    # that year; a season nothing contradicts may paraphrase a month.
    m = SEASON.search(claim.phrase)
    if m is None:
        return True
    value = season_value(m)
    about = context_stems(claim.sentence) - context_stems(claim.phrase)
    return support.has_value(value, about) or not support.dates_otherwise(
        value, about, prefix=value.rsplit(":", 1)[0] + ":")


def rivalled_number(sentence: str, start: int, end: int, support: KnownNumbers) -> set[str]:
    """The numbers research puts where the number `sentence[start:end]` stands, among the
    same words, and its own value among fewer (`KnownTexts.number_rivals`): not in a clause
    about the user alone, nor in a code ("Part-66"), nor one the user's own texts give."""
    if re.search(r"[\w-]$", sentence[:start]) or _users_clause(sentence, start, support) or (
            _own_number(sentence, start, end, support)):
        return set()
    rivals = support.number_rivals(sentence, start, end) - _same_hour(sentence, start, end)
    if rivals and _YEAR_VALUE.fullmatch(sentence[start:end].strip()) and (
            support.date_told_more(sentence, start, end, rivals)):
        # Research tells this year with more of the clause's words, in another order.
        return set()
    return rivals


# An hour of the clock said in words or figures: "at eleven", "at 11", "at 11am".
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after)\s+$", re.IGNORECASE)


def _same_hour(sentence: str, start: int, end: int) -> set[str]:
    """The ways research may write the hour of the clock `sentence[start:end]` stands for,
    after "at", "by", "until" …: "at eleven" is research's "1100" or "11:00", no rival of
    it ("when the cloud closes the valley at eleven" where research logs a flight at 1100)."""
    said = sentence[start:end].strip().casefold()
    hour = NUMBER_WORDS.get(said) if said in NUMBER_WORDS else (
        int(said) if said.isdigit() and len(said) <= 2 else None)
    if hour is None or not 1 <= hour <= 12 or _CLOCK_BEFORE.search(sentence[:start]) is None:
        return set()
    return {f"{h}{m}" for h in (hour, hour + 12) for m in ("00", ":00")} | {
        f"{h:02d}00" for h in (hour, hour + 12)}


_SIZES = {"hundred": 100, "thousand": 1000, "million": 1000000}
_SIZE_AFTER = re.compile(r"[\s-]+(hundred|thousand|million)\b", re.IGNORECASE)


def number_supported(claim: Claim, support: KnownNumbers) -> bool:
    """Whether a number or a date (a year, a month) is supported."""
    phrase = claim.phrase
    at = claim.at if claim.at >= 0 else find_phrase(claim.sentence, phrase)
    # A number or a year where research puts another among the same words, and its own
    # value among fewer: "logs more than 230 sensors every ten seconds" where research says
    # "reads 1,400 sensors every ten seconds" and gives 230 of the first version only;
    # "graduating in 2011" where research has "graduating in 2008" and 2011 of a diploma;
    # a month so too ("a first group of 12 in February 2027" for research's January).
    # Not a count in a clause about the user alone ("I spent five years as a site engineer"
    # where research has the recipient spend two so), nor a number in a code ("Part-66"),
    # nor one the user's own texts give ("our club's 190 top-bar hives" where research has
    # the union's 4,200).
    # The year of a piece of the recipient's that research has a page of, published that
    # year, on what the draft says it is about or under the title the draft gives it:
    # "Your 2023 post on finishing Project Clear Label" for a blog post of 2023 on it, however
    # research dates the project itself ("since 2020"); "Your 2025 post, “Why we make our own
    # pointe shoes,”" for the page of that title published in 2025.
    if at >= 0 and claim.kind == "date" and not _piece_dated_otherwise(
            claim.sentence, at, at + len(phrase), support) and (
            _piece_published(claim.sentence, at, at + len(phrase), support)
            or _piece_titled(claim.sentence, at, at + len(phrase), support)):
        return True
    if at >= 0 and claim.kind in {"number", "date"} and rivalled_number(
            claim.sentence, at, at + len(phrase), support):
        return False
    # A year the notes of the call give with two of the words around it: what the recipient
    # said, however research tells other years ("the factory papers from 2019 on, as you
    # suggested" for the notes' "read the factory ones from 2019 on").
    if at >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(phrase) and support.noted_with(
            phrase, window_stems(claim.sentence, at, at + len(phrase))):
        return True
    # A year or a day of a month research never tells with any word of its clause, where it
    # tells another with three of them: "your move from the Kaliua Forest Beekeeping
    # Project to Msitu Asali in 2018" where research dates that move 2016 and gives 2018 of
    # an app.
    if at >= 0 and claim.kind in {"date", "number"} and not _users_clause(
            claim.sentence, at, support) and (
            support.date_rivals(claim.sentence, at, at + len(phrase))):
        return False
    # The month or year of a piece of the recipient's that research dates otherwise: "Your
    # 2024 post, What a taster listens for" where its page was published in 2025.
    if at >= 0 and claim.kind == "date" and _piece_dated_otherwise(
            claim.sentence, at, at + len(phrase), support):
        return False
    # A day of a month the notes or research give in another month, among the same words:
    # "applications open on 11 February 2027" where the notes say "open 11 Jan 2027".
    if at >= 0 and phrase.casefold() in MONTHS and _day_dated_otherwise(
            claim.sentence, at, at + len(phrase), phrase.casefold()[:3], support):
        return False
    # A month research tells another of with more of the words around it, not in a clause
    # about the user alone: "your new finishing workshop, opened in June 2025 after ten
    # months of building" where research has it opened on 8 May after ten months of building.
    if at >= 0 and phrase.casefold() in MONTHS and not _users_clause(
            claim.sentence, at, support) and support.month_rivals_near(
            claim.sentence, at, at + len(phrase)):
        return False
    # The number in the known words around it: "for the next hundred years, as you put it"
    # where research quotes "keep doing it here for the next hundred".
    if at >= 0 and _said_as_known(claim.sentence, at, phrase, support):
        return True
    if phrase.casefold() in MONTHS:
        value = "month:" + phrase.casefold()[:3]
    elif phrase.casefold() in NUMBER_WORDS:
        value = str(NUMBER_WORDS[phrase.casefold()])
    else:
        m = NUMBER.search(phrase)
        if m is None:
            return False
        value = number_value(m)
    position = at
    # "a ninety-thousand-dollar mannequin": a number word joined to the word of its size is
    # that many thousands, as research may write it in figures ("a $90,000 mannequin").
    size = _SIZE_AFTER.match(claim.sentence, position + len(phrase)) if (
        position >= 0 and phrase.casefold() in NUMBER_WORDS) else None
    if size is not None and support.has_value(
            str(int(value) * _SIZES[size.group(1).casefold()]), set()):
        return True
    # "the two" that points back ("designers often blur the two", "how the two sides of it
    # fit together"): no count of anything.
    # So does "the last two" ("I've made a start on the last two, and …"): the last of a
    # list just given.
    if position > 0 and phrase.casefold() in {"two", "three"} and re.search(
            r"\bthe\s+(?:(?:last|first|other|final|latter|former)\s+)?$",
            claim.sentence[:position], re.IGNORECASE) and re.match(
            r"\s*(?:[.,;:!?)]|$|(?:sides|things|worlds|halves)\b)",
            claim.sentence[position + len(phrase):]):
        return True
    # People as a pair or a few ("you two go back to your Griffith days", "the two of you"):
    # no count of anything research gives.
    if position >= 0 and phrase.casefold() in {"two", "three"} and (
            re.search(r"\b(?:you|we|us|them)\s+$", claim.sentence[:position], re.IGNORECASE)
            or re.match(r"\s+of\s+(?:you|us|them)\b", claim.sentence[position + len(phrase):])):
        return True
    # A number that points back ("I recognised myself in that 31%"), or the end of a span
    # of years ("in 2012–13"), is told where it was first said.
    pointing = re.search(r"\b(?:that|those|these)\s+$", claim.sentence[:max(position, 0)],
                         re.IGNORECASE)
    if position > 0 and ((pointing is not None and support.has_value(value, set()))
                         or re.search(r"(?:19|20)\d\d[–-]$", claim.sentence[:position])):
        return True
    # A version or number of a named thing ("FLARE 2.0", "Torre 6") must be one the known
    # texts give it, where they number it at all: "FLARE 3.0" is no "FLARE 2.0".
    name = re.search(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$", claim.sentence[:max(position, 0)])
    if position > 0 and name is not None and re.fullmatch(r"\d+(?:\.\d+)?", phrase) and (
            "." in phrase or name.group(1).isupper()) and len(name.group(1)) >= 2 and (
            not _YEAR_VALUE.fullmatch(value)) and (
            support.numbers_name_otherwise(name.group(1), value)):
        return False
    # A year or a month bound to a name must be one the known texts give that name, where
    # they give it any: "your 2023 Bergen talk" where research has the Bergen talk in 2024.
    if position >= 0 and (value.startswith("month:") or (
            claim.kind == "date" and _YEAR_VALUE.fullmatch(value))) and _dated_otherwise(
            claim.sentence, position, position + len(phrase), value, support):
        return False
    # A year put after a name with "since" ("Electrification Project Lead since 2018") where
    # research puts others so after it, never this one ("… Lead since 2021"); not the user's.
    if position >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(value) and not (
            _users_clause(claim.sentence, position, support)) and (
            _bound_otherwise(claim.sentence, position, value, support)):
        return False
    # A year of a name a few words away in the clause, which research dates so: "your 2025
    # conversation with Helen Marsh on The Conservation Bench" where the episode's page was
    # published in 2025.
    if position >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(value) and _dated_so(
            claim.sentence, position, position + len(phrase), value, support):
        return True
    # A year of the user's own told in a clause about them alone ("I've worked in kitchens
    # since 2014"): their own texts give it, in whatever words.
    # Not a year beside a name only research gives ("leading the Kite 50 launch in 2019, is
    # the kind of path I'd love …"): that year is the name's, whoever the clause speaks of.
    if position >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(value) and (
            support.has_own_value(value) and own_clause(claim.sentence, position, support)) and (
            not _by_researchs_name(claim.sentence, position, position + len(phrase), support)):
        return True
    # A year of the name nearest it in its clause, which research dates otherwise: "Project
    # Tern, which you've led since 2021" where every sentence naming Project Tern says 2023.
    if position >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(value) and (
            _nearest_dated_otherwise(claim.sentence, position, position + len(phrase), value,
                                     support)):
        return False
    # A year an event verb governs ("the summer school you founded in 2020", "you joined
    # Cerro Plata in 2014") must be one research gives that verb with the same words, where
    # it gives it any: research has the school founded in 2022.
    if position >= 0 and claim.kind == "date" and _YEAR_VALUE.fullmatch(value) and (
            _event_dated_otherwise(claim.sentence, position, value, support)):
        return False
    context = (
        window_stems(claim.sentence, position, position + len(phrase))
        if position >= 0 else set()
    )
    # "then Senior Investigator six years later": the gap between two years a known
    # sentence gives.
    if position >= 0 and value.isdigit() and _YEARS_LATER.match(
            claim.sentence[position + len(phrase):]) and support.has_year_gap(int(value)):
        return True
    # A count of a unit of time ("an 18-month programme", "two-year") is the length of
    # what it is said of: where the known texts about it give another, it is wrong.
    unit = SPAN_AFTER.match(claim.sentence[position + len(phrase):]) if (
        position >= 0 and claim.kind == "number") else None
    if unit is not None:
        span = span_value(value, unit.group(1))
        # Known sentences speak of the same thing when they share two words with the
        # draft's sentence; the unit itself ("seasons") is no sign of that.
        about = context_stems(claim.sentence) - context_stems(
            unit.group(0).replace("-", " "))
        # A known sentence giving the same length beside the same words around the
        # count backs it, whatever other lengths the rest of the sentence recalls ("my
        # eleven years in retail" in a sentence about the recipient's team).
        if support.has_value(span, context):
            return True
        if unit.group(1).casefold() == "year" and value.isdigit() and support.has_year_span(
                int(value), context):
            return True
        # The user's own years, in a clause about them alone: "with eight years in
        # pharmaceutical distribution" where their profile dates the job since 2017.
        if unit.group(1).casefold() == "year" and value.isdigit() and support.tells_own_years(
                int(value)) and own_clause(claim.sentence, position, support):
            return True
        if support.dates_otherwise(span, about, prefix=span.rsplit(":", 1)[0] + ":"):
            return False
    # A count of a thing the known texts count with other numbers, never this one: "140
    # wards" where research has 52 wards and 140 clinics. Not a numbered name ("BT 2
    # cuttings"), nor the user's own count ("my 38 dives", "the 4,200 beetles I pinned"
    # where their profile says so).
    before = re.search(r"\b([A-Z][\w'’-]*|my|our)\s+$", claim.sentence[:max(position, 0)])
    if position >= 0 and claim.kind == "number" and not _YEAR_VALUE.fullmatch(value) and not (
            (before is not None and before.group(1).casefold() not in STOP_WORDS)
            or support.has_own_value(value)):
        noun = counted_noun(claim.sentence, position + len(phrase))
        if noun is not None and support.counts_otherwise(value, noun, frozenset(context)):
            return False
    if support.has_value(value, context):
        return True
    # Two numbers a known sentence gives one after the other, given so in the draft a few
    # words apart, tell the same thing in other words: "by the time you wrote it six of you
    # were making 4,200" for "Last season six of us made 4,200".
    if position >= 0 and claim.kind == "number" and _told_with_neighbour(
            claim.sentence, position, position + len(phrase), support):
        return True
    # A year told of the same thing as a known sentence, in other words around it: "a
    # glossary of 600 Dundee words … we put together in 2019" for "In 2019 my S3 pupils and I
    # collected about 600 Dundee words … into a glossary" (three lower-case content words
    # shared: names shared say only whom the sentence is about).
    if claim.kind == "date" and support.has_value(value, context_stems(" ".join(
            w for w in claim.sentence.split() if not w[:1].isupper())), 3):
        return True
    # An acronym beside the number stands for the words a known sentence spells out:
    # "an LVT since 2018" for "a Licensed Veterinary Technician … since 2018".
    if position >= 0 and support.has_value_by_initials(value, _window_acronyms(
            claim.sentence, position, position + len(phrase))):
        return True
    # What the recipient said or did in a year ("the distinction you drew in 2025 between
    # shūri and hozon"), where research has a page of that year holding it.
    if claim.kind == "date" and position >= 0 and _YEAR_VALUE.fullmatch(value) and (
            _YOU_DID_IN.search(claim.sentence[:position])) and support.published_with(
            value, context_stems(claim.sentence) - context_stems(phrase), set()):
        return True
    return claim.kind == "date" and position >= 0 and _year_of_subject(
        claim.sentence, position, value, support)


# The recipient and a verb before "in" and a year: "you drew in", "you spoke about it in".
_YOU_DID_IN = re.compile(r"\byou(?:\s+[a-z]+){1,3}\s+in\s+$", re.IGNORECASE)


# How many words apart two numbers of a draft may stand to be read as one pair.
_PAIR_WORDS = 6
# A month next to a number, before or after it: "2 December", "December 2", "2–3 December".
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"(?:\s*[–-]\s*\d+)?\s+(?:{_MONTH_WORDS})\b", re.IGNORECASE)


def _told_with_neighbour(sentence: str, start: int, end: int, support: KnownNumbers) -> bool:
    """Whether the number `sentence[start:end]` and the number next to it in the sentence,
    at most `_PAIR_WORDS` words away, are a pair a known sentence gives in that order."""
    numbers = numbers_in_order(sentence)
    at = next((i for i, (s, e, _) in enumerate(numbers) if s <= start < e), None)
    if at is None:
        return False
    # Not a day of a month ("on 2 December, on five years of …") nor a year: a date, no
    # count told with its neighbour.
    counts = [(s, e, v) for s, e, v in numbers if not (
        _YEAR_VALUE.fullmatch(v) or _MONTH_BEFORE.search(sentence[:s])
        or _MONTH_AFTER.match(sentence, e))]
    if numbers[at] not in counts:
        return False
    value = numbers[at][2]
    if at > 0 and numbers[at - 1] in counts and len(
            sentence[numbers[at - 1][1]:start].split()) <= _PAIR_WORDS and (
            support.has_number_pair(numbers[at - 1][2], value)):
        return True
    return at + 1 < len(numbers) and numbers[at + 1] in counts and len(
        sentence[end:numbers[at + 1][0]].split()) <= _PAIR_WORDS and (
        support.has_number_pair(value, numbers[at + 1][2]))


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")
# What the user read or heard is about someone else: "I read that none of Lichtveld's sites …"
_REPORTED = re.compile(r"\bI\s+(?:have\s+|'ve\s+|’ve\s+)?(?:read|saw|seen|heard|learned|learnt|"
                       r"noticed|came\s+across|listened)\b")


def own_clause(sentence: str, position: int, support: KnownTexts) -> bool:
    """Whether the clause around `position` speaks of the user alone: "I", "my", and neither
    "you", the recipient or their employer, nor what the user read of them."""
    start = max((m.end() for m in _CLAUSE_BREAK_YEAR.finditer(sentence, 0, position)), default=0)
    after = _CLAUSE_BREAK_YEAR.search(sentence, position)
    clause = GREETING.sub("", sentence[start:after.start() if after else len(sentence)])
    return (_FIRST_PERSON.search(clause) is not None and ABOUT_RECIPIENT.search(clause) is None
            and _REPORTED.search(clause) is None and not support.names_subject(clause))


def _day_dated_otherwise(sentence: str, start: int, end: int, month: str,
                         support: KnownNumbers) -> bool:
    """Whether the month at `sentence[start:end]`, with its day beside it, is one research
    or the notes give that day of another month for, among the same words."""
    day = _DAY_BEFORE.search(sentence[:start]) or _DAY_AFTER.match(sentence, end)
    if day is None:
        return False
    context = window_stems(sentence, start, end)
    return support.day_dated_otherwise(day.group(1), month, context)


def _piece_dated_otherwise(sentence: str, start: int, end: int, support: KnownNumbers
                           ) -> bool:
    """Whether the date `sentence[start:end]` dates a piece of the recipient's ("Your July
    post, “…”") that research dates, by the page whose title holds the words after it, and
    never so."""
    piece = _PIECE_AFTER.match(sentence, end)
    if not _YOUR_DATED.search(sentence[:start]) or piece is None:
        return False
    stop = re.search(r"[.;!?]|:\s", sentence[piece.end():])
    words = normalise(sentence[piece.end():piece.end() + (stop.start() if stop else len(
        sentence))]).split()
    if len(words) < 3:
        return False
    dates = support.publication_dates(words)
    said = months_in(sentence[start:end]) | set(_YEAR_VALUE.findall(sentence[start:end]))
    return bool(dates) and bool(said) and not said <= dates


def _piece_titled(sentence: str, start: int, end: int, support: KnownNumbers) -> bool:
    """Whether the year `sentence[start:end]` dates a piece of the recipient's by the title
    of a page research dates that year ("Your 2025 post, “Why we make our own pointe
    shoes,”" for the page "Why we make our own pointe shoes", published January 2025)."""
    stretch = _piece_told(sentence, start, end)
    if stretch is None:
        return False
    words = normalise(stretch).split()
    return len(words) >= 3 and sentence[start:end] in support.publication_dates(words)


def _piece_published(sentence: str, start: int, end: int, support: KnownNumbers) -> bool:
    """Whether the year `sentence[start:end]` dates a piece of the recipient's ("Your 2023
    post on how …") that research has a page of, published that year, holding the words
    the draft tells the piece by."""
    stretch = _piece_told(sentence, start, end)
    if stretch is None:
        return False
    # The names it is told by ("DeckPlan") must be the page's too.
    named = context_stems(" ".join(re.findall(r"\b[A-Z][\w'’-]*", stretch)))
    return support.published_with(sentence[start:end], context_stems(stretch), named)


def _piece_told(sentence: str, start: int, end: int) -> str | None:
    """For a year that dates a piece of the recipient's ("Your 2023 post on how …"), the words
    the draft tells the piece by, up to the end of the clause; else None."""
    piece = _PIECE_AFTER.match(sentence, end)
    if not _YEAR_VALUE.fullmatch(sentence[start:end]) or not _YOUR_DATED.search(
        sentence[:start]
    ) or piece is None:
        return None
    stop = re.search(r"[.;!?]|:\s", sentence[piece.end():])
    return sentence[piece.end():piece.end() + (stop.start() if stop else len(sentence))]


# A month that dates a piece ("Your July post"), which is no claim of its own elsewhere.
_PIECE_MONTH = re.compile(
    r"\b(?i:your)\s+((?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?:19|20)\d\d)?)\b")


def misdated_pieces(sentence: str, support: KnownNumbers) -> list[Claim]:
    """The months that date a piece of the recipient's otherwise than its page: "Your
    September post, “What a lending desk taught me about archives”" where research has it
    published in October."""
    return [Claim(m.group(1), "date", sentence, note="research dates that piece otherwise")
            for m in _PIECE_MONTH.finditer(sentence)
            if _piece_dated_otherwise(sentence, m.start(1), m.end(1), support)]


_USER_SUBJECT = re.compile(
    r"(?:(?:and|but|so|then)\s+)?(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|we|our)\b", re.IGNORECASE)


# The user speaking of themselves or their own world, and the recipient.
_USER_WORDS = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Oo]ur|[Ww]e|me|us)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_REFLEXIVE_AFTER = re.compile(r"[^,;:.!?—–()]*?\b(?:myself|ourselves)\b")


def _own_number(sentence: str, start: int, end: int, support: KnownNumbers) -> bool:
    """Whether the number `sentence[start:end]` is the user's own, as their profile tells it
    with a word around it, in words the user says of themselves ("I", "our" before it and
    no "you" between): "Our club has grown to 190 top-bar hives" where the profile says "it
    now has 64 members and 190 Kenya top-bar hives"."""
    mine = list(_USER_WORDS.finditer(sentence, 0, start))
    # Or "myself" after it in its clause: "Having spent 138 days at sea myself, …".
    after = _REFLEXIVE_AFTER.match(sentence, end)
    if after is not None:
        if _SECOND_PERSON.search(sentence, end, after.end()):
            return False
    elif not mine or _SECOND_PERSON.search(sentence, mine[-1].end(), start):
        return False
    context = window_stems(sentence, start, end)
    return any(support.tells_own_value(v, context) for v in numbers_in(sentence[start:end]))


def _users_clause(sentence: str, position: int, support: KnownTexts) -> bool:
    """Whether the clause around `position` speaks of the user alone and opens with them as
    its subject: "I spent five years as a site engineer", not "A system that logs … is
    close to what I do"."""
    start = max((m.end() for m in _CLAUSE_BREAK_YEAR.finditer(sentence, 0, position)), default=0)
    opening = GREETING.sub("", sentence[start:position]).lstrip(" ,")
    if _USER_SUBJECT.match(opening) is None:
        # A clause that opens with its time, then the user: "Since 2024 I've practised
        # grafting on the farm's cull oysters".
        time = _TIME_OPENING.fullmatch(opening)
        rest = _TIME_SAID.match(sentence, position)
        if time is None or rest is None or _USER_SUBJECT.match(sentence, rest.end()) is None:
            return False
    return own_clause(sentence, position, support)


# A clause's opening time, before the year: "Since 2024 I've …", "In 2023, I …".
_TIME_OPENING = re.compile(r"(?:since|in|from|by|until|back\s+in)\s+", re.IGNORECASE)
_TIME_SAID = re.compile(r"[\w–-]+,?\s+")


def _nearest_name(sentence: str, start: int, end: int, support: KnownNumbers, most: int,
                  strict: bool = False) -> str | None:
    """The name nearest the year `sentence[start:end]`, at most `most` words from it in its
    clause. `strict`: not a town, and no comma between but before a relative clause
    ("Project Tern, which you've led since 2021")."""
    nearest: tuple[int, str] | None = None
    for span in name_spans(sentence, support.vocabulary):
        # A town is where, not what, a year dates: "Assistant Librarian in Winnipeg in
        # 2012" where research names Winnipeg with an orchestra's founding.
        if normalise(span) in STOP_WORDS or (strict and support.is_town(span)):
            continue
        for m in re.finditer(re.escape(span), sentence):
            between = (sentence[m.end():start] if m.end() <= start
                       else sentence[end:m.start()] if m.start() >= end else None)
            if between is None or re.search(r"[;:—–()!?\"“”]|\.\s", between):
                continue
            if strict and "," in _RELATIVE.sub(" ", between):
                continue
            distance = len(re.findall(r"[\w'’-]+", between))
            if distance <= most and (nearest is None or distance < nearest[0]):
                nearest = (distance, span)
    return None if nearest is None else nearest[1]


def _by_researchs_name(sentence: str, start: int, end: int, support: KnownNumbers) -> bool:
    """Whether the name nearest the year `sentence[start:end]`, at most three words from it in
    its clause (not a town), is one the known texts give and the user's own never do."""
    nearest = _nearest_name(sentence, start, end, support, 3, strict=True)
    return nearest is not None and support.has_phrase(nearest) and not (
        support.users_own_name(nearest))


def _dated_so(sentence: str, start: int, end: int, value: str, support: KnownNumbers) -> bool:
    """Whether the name nearest the year `sentence[start:end]`, at most eight words from it
    in its clause, is dated so by the known sentences naming it (`KnownNumbers.dates_name`):
    it, or a name joined into it ("Helen Marsh on The Conservation Bench")."""
    nearest = _nearest_name(sentence, start, end, support, 8)
    if nearest is None:
        return False
    parts = [nearest, *re.split(r"\s+(?:on|at|in|with|for|and|of)\s+", nearest)]
    return any(support.dates_name(part, value) for part in dict.fromkeys(parts))


# What may stand between a year and the name it dates, besides words: a relative clause
# ("Project Tern, which you've led since 2021").
_RELATIVE = re.compile(r",\s+(?:which|that|who|where)\b")
# How many known sentences may name what a year is near for them to date it.
_NEAR_SENTENCES = 8


# An event verb a few words before "in" or "since" and the year: "founded in", "you joined
# Cerro Plata in", "started the Kruk Audio Residency in".
_EVENT_VERB = re.compile(r"\b(founded|joined|started|launched|opened|became|won|published|"
                         r"introduced|began|moved|completed|finished|graduated|left|retired|"
                         r"took over|set up|set off|appointed|named|promoted)\b"
                         r"((?:\s+[\w'’&-]+){0,5}?)\s+(?:in|since)\s+$", re.IGNORECASE)


def _event_dated_otherwise(sentence: str, start: int, value: str,
                           support: KnownNumbers) -> bool:
    """Whether the event verb governing the year at `start` is given, with a word of what
    the draft says of it, only other years by the known sentences (one or two of them)."""
    m = _EVENT_VERB.search(sentence, 0, start)
    if m is None:
        return False
    verbs = context_stems(m.group(1).split()[0])
    if not verbs:
        return False
    about = window_stems(sentence, m.start(), m.end(), 4) - verbs
    if not about:
        return False
    given = support.years_of_event(next(iter(verbs)), about)
    return 0 < len(given) <= 2 and value not in given


def _nearest_dated_otherwise(sentence: str, start: int, end: int, value: str,
                             support: KnownNumbers) -> bool:
    """Whether the name nearest the year `sentence[start:end]`, at most five words from it
    in its clause (not a town), or a part of that name, is given one other year, never this
    one, by the few known sentences naming it: a name research dates with several years is
    dated by a draft's year in ways a check cannot tell apart."""
    nearest = _nearest_name(sentence, start, end, support, 5, strict=True)
    if nearest is None or _PIECE_ON.match(sentence, end):
        return False  # "Your 2025 post on MembraneWatch": the post's year, not the topic's
    # "Farai Moyo on Evidence in the Classroom": each name joined; not "Head of Physio".
    parts = list(dict.fromkeys(
        [nearest, *re.split(r"\s+(?:on|at|in|with|for|and)\s+", nearest)]))
    if any(support.dates_name(part, value) for part in parts):
        return False
    return any(support.dates_name_otherwise(part, value, _NEAR_SENTENCES, one=True)
               for part in parts)


def _dated_otherwise(sentence: str, start: int, end: int, value: str,
                     support: KnownNumbers) -> bool:
    """Whether a name the year or month `sentence[start:end]` is bound to (next to it, or
    with only `_DATING_WORDS` between) is given other dates, never this one, by the few known
    sentences naming it."""
    return dated_name(sentence, start, end, value, support) is not None


def dated_name(sentence: str, start: int, end: int, value: str,
               support: KnownNumbers) -> tuple[int, int] | None:
    """Where in `sentence` the name stands that the year or month `sentence[start:end]`
    (of `value`: "2016", "month:oct") is bound to and the few known sentences naming it date
    otherwise, never so: "at the Bangor University in 2016" where research has Bangor
    University in 2008."""
    for span in name_spans(sentence, support.vocabulary):
        if normalise(span) in STOP_WORDS:
            continue
        for m in re.finditer(re.escape(span), sentence):
            if m.end() <= start:
                between = sentence[m.end():start]
            elif m.start() >= end:
                between = sentence[end:m.start()]
            else:
                continue
            if re.search(r"[,;:—–()!?\"“”]|\.\s", between):
                continue
            words = re.findall(r"[\w'’-]+", between)
            if m.start() >= end and _PIECE_ON.fullmatch(between):
                continue  # "Your 2025 post on MembraneWatch": the post's year, not the topic's
            if len(words) <= 2 and all(w.casefold() in _DATING_WORDS for w in words) and (
                    support.dates_name_otherwise(span, value)):
                return m.start(), m.end()
    return None


# Words after a number that say nothing of what it counts.
_FUNCTION_WORDS = word_set("of the a an and or to in on at for with by from per as is are was "
                           "were be been has have had it its that this than")


def _bound_otherwise(sentence: str, position: int, value: str, support: KnownNumbers) -> bool:
    """Whether the year at `position` follows a name with "since" between ("Electrification
    Project Lead since 2018"), and research puts years so after that name, never this one."""
    before = sentence[:position]
    for span in name_spans(before, support.vocabulary):
        if re.search(re.escape(span) + _BINDING + r"$", before) is None:
            continue
        bound = support.years_after(span)
        return bool(bound) and value not in bound
    return False


# What may stand between a name and the year it is bound to: "Lead since 2021", "Jisr 2030
# (since 2021)".
_BINDING = r"\s*\(?\s*since\s+"
# A place set off by commas after a name: "Halite Minerals, Ghor Al Safi, since 2009".
_PLACE_APPOSED = r"(?:,\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3},)?"


def _said_as_known(sentence: str, position: int, phrase: str, support: KnownNumbers) -> bool:
    """The number with the words before it as a known text has them: two words, one of them
    no stop word, or three ("for the next hundred"); or with the word after it, no stop
    word ("by 21 November"); a changed number would not read so."""
    after = re.match(r"\.?\s+([\w'’-]+)", sentence[position + len(phrase):])  # "Oct. 28"
    if after is not None and after.group(1).casefold() not in _FUNCTION_WORDS and any(
            support.has_phrase(f"{phrase} {word}")
            for word in {after.group(1), re.sub(r"s$", "", after.group(1))}):
        return True  # "the 12 weeks" for "a paid 12-week program" too
    before = re.findall(r"[\w'’-]+", sentence[:position])
    # A month before a year or a day: "April 2026" where the notes say "Next sitting April
    # 2026".
    if before and before[-1].casefold() in MONTHS and support.has_phrase(
            f"{before[-1]} {phrase}"):
        return True
    two, three = before[-2:], before[-3:]
    if len(two) == 2 and any(w.casefold() not in STOP_WORDS for w in two) and (
            support.has_phrase(" ".join([*two, phrase]))):
        return True
    return len(three) == 3 and support.has_phrase(" ".join([*three, phrase]))
