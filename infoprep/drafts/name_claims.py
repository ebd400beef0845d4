"""Names in a draft checked against what is known.

A name is supported when the known texts say it too (known_texts.py), or as people write it
otherwise: a demonym standing for a place the texts name as one ("Canadian" for "across
Canada", demonyms.py); a clipped form ("Pitt" for "Pittsburgh"); a short form of a known name
(acronyms.py); one distinctive word of a known name ("Strathclyde"), a known person's given
name alone, or "the" and a known name's last word ("the Trust"); a known name without a
middle word or two; a site the research was read on, spelt as words ("the Strathspey
Herald"). Names joined by "on" ("a guest on a show") are checked part by part. A name with an
acronym in it needs its other words known together ("BES Orchard Day", not "the BES Research
Day"). A frequent word opening the sentence before a known name describes it ("Fellow
Lakeshore University graduate here"); a contraction opening a sentence or a currency before
its amount is no name.
"""

from __future__ import annotations

import difflib
import re

from ..models import without_honorifics
from .acronyms import KnownAcronyms
from .claim_finder import Claim
from .common_words import LETTER_WORDS, english_rank
from .counts import MONTHS
from .demonyms import coded_places, is_region, is_world_region, listed_places, places_of
from .known_texts import CAPITALISED_RUN, window_stems
from .name_kinds import name_kind
from .name_spans import JOINERS, OPENER_COMMON, is_capitalised, name_spans
from .text import WORD, find_phrase, normalise, sentences, word_set

__all__ = ["KnownNames", "name_supported"]


_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|across|around|throughout|near|outside|within|based\s+in|to)\s+(?:the\s+)?$")


_PLACE_PERSON = re.compile(r"\s+(?:woman|women|man|men|native|natives|girl|boy|lad|family|"
                           r"person|people)\b")
# A town before an event held there: "your 2024 Kampala talk", "your Busan session".
_PLACE_EVENT = re.compile(r"\s+(?:talk|session|keynote|panel|workshop|presentation|lecture|"
                          r"masterclass|conference|summit|forum)s?\b")


# A preposition joining two names that are claims each: a guest on a show. ("for" is left
# out: it joins the words of one name, "Streets for People".)
_NAME_LINK = re.compile(r"\s+(?:on|upon)\s+(?:the\s+)?(?=[A-Z])")


# "for" joins two names that are claims each only between full names of two words or more:
# a person and the work they did for it ("Dana Reyes for The Owl Who Stayed Up").
_NAME_FOR = re.compile(r"\s+for\s+(?=[A-Z])")


# "for the" between two names ("Priya Natarajan for the Prairie Suite week", "Priya for the
# Masterworks week"): a person and the occasion, each a name of its own.
_NAME_FOR_THE = re.compile(r"\s+for\s+the\s+(?=[A-Z])")


# "of" between a person's full name and an organisation ("Henrik Aagaard of the Limfjord
# Coastal Authority"): two names, said together where research says them together.
_NAME_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


# Words any institution's name may have: alone they name nothing in particular.
_GENERIC_NAME_WORDS = word_set(
    """university hospital college school county city general royal national international
    institute institution centre center department group team company society association
    council board trust service services health foundation museum clinic infirmary state
    north south east west central upper lower great new saint st street road park lake river
    district region community public"""
)


_NEAR_NAME = 0.75  # similarity of a flagged name to a known one worth suggesting


class KnownNames(KnownAcronyms):
    """The known texts' look-ups for names: places, distinctive words of known names,
    given names, clipped and shortened names, names given apart."""

    def nearest_name(self, phrase: str) -> str | None:
        """A known name spelt almost like `phrase` ("Ellie Quinn" for "Ellie Quinlan"), to
        show next to a flag: the likely intended name, or None."""
        if self._spans is None:
            self._spans = set()
            for chunk in self._chunks:
                for run in CAPITALISED_RUN.finditer(chunk):
                    self._spans.add(" ".join(run.group(0).split()).rstrip(".,;:'’"))
        wanted = normalise(phrase)
        size = len(wanted.split())
        best, score = None, 0.0
        for span in self._spans:
            known = normalise(span)
            if known == wanted or len(known.split()) != size:
                continue
            ratio = difflib.SequenceMatcher(None, wanted, known).ratio()
            if ratio > score:
                best, score = span, ratio
        return best if score >= _NEAR_NAME else None

    def is_site_name(self, phrase: str) -> bool:
        """Whether `phrase` is a site the research was read on, spelt as words: "Strathspey
        Herald" for strathspeyherald.example."""
        joined = re.sub(r"[^a-z0-9]", "", normalise(re.sub(r"^the\s+", "", phrase,
                                                             flags=re.IGNORECASE)))
        return len(joined) > 3 and joined in self._sites

    def has_clipped_name(self, word: str, context: set[str]) -> bool:
        """A clipped form of a known name: "Pitt" for "Pittsburgh", "Penn" for
        "Pennsylvania" (four letters or more, three fewer than the name at least)."""
        low = word.casefold()
        if len(low) < 3 or not word[0].isupper() or low in MONTHS:
            return False
        if self._capitalised is None:
            self._capitalised = {w for chunk in self._chunks for w in WORD.findall(chunk)
                                 if w[0].isupper()}
        # Three letters clip only a known place ("Vic" for "Victoria").
        return any(len(full) >= len(low) + 3 and full.casefold().startswith(low)
                   and (len(low) >= 4 or normalise(full) in self._places)
                   and self.has_name(full, context) for full in self._capitalised)

    def has_name_word(self, word: str) -> bool:
        """A single distinctive word of a known name of two words or more ("Strathclyde"
        for "University of Strathclyde", "Wishaw" for "University Hospital Wishaw"), or a
        known word written with a capital inside ("MPharm"). Generic words of names
        (university, hospital …) and frequent English words stand for nothing alone."""
        low = word.casefold()
        if " " in word:
            # An institution by its place and a generic word of its known name: "Wishaw
            # General" for "University Hospital Wishaw" (a hospital's "General"), not
            # "Kelmoor College" for "University of Kelmoor".
            parts = word.split()
            distinct = [w for w in parts if w.casefold() not in _GENERIC_NAME_WORDS]
            if len(distinct) != 1 or distinct[0] != parts[0] or not self.has_name_word(
                    distinct[0]):
                return False
            generic = {w.casefold() for w in parts[1:]}
            self._known_names()
            return any(distinct[0].casefold() in known and generic <= known | (
                {"general"} if "hospital" in known else set())
                for known in self._institutions)
        if low in _GENERIC_NAME_WORDS or low in LETTER_WORDS:
            return False
        rank = english_rank(low)
        if rank is not None and rank < OPENER_COMMON:
            return False
        return low in self._known_names()

    def _known_names(self) -> set[str]:
        """The words of known names of two words or more, and known words with a capital
        inside; gathers the known institutions and names' last words on the way."""
        if self._name_words is None:
            self._name_words = set()
            self._institutions = []
            self._name_heads = set()
            self._given_names = set()
            for chunk in self._chunks:
                for sentence in sentences(chunk):
                    for span in name_spans(sentence, self.vocabulary):
                        words = span.split()
                        if len(words) >= 2:
                            self._name_words.update(w.casefold() for w in words)
                        if any(w.casefold() in _GENERIC_NAME_WORDS for w in words):
                            self._institutions.append({w.casefold() for w in words})
                        if len(words) >= 2:
                            self._name_heads.add(words[-1].casefold())
                        # "Dr Idris Kowalczyk" is known as "Idris", never as "Dr".
                        bare = without_honorifics(span).split()
                        if 2 <= len(bare) <= 3 and all(
                                w[:1].isupper() and w[1:].islower()
                                and w.casefold() not in _GENERIC_NAME_WORDS for w in bare):
                            self._given_names.add(bare[0].casefold())
                    self._name_words.update(
                        w.casefold() for w in WORD.findall(sentence)
                        if w[0].isupper() and any(c.islower() for c in w)
                        and any(c.isupper() for c in w[1:]))
        return self._name_words

    def has_given_name(self, word: str) -> bool:
        """The first word of a known person's name of two or three words, which a draft
        may use alone once the notes have named the person: "Jordan" for "Jordan Pike, the
        studio recruiter", however frequent the word is in English. A name with a generic
        word ("Harbour College") or an odd capital ("McAllister Group") is no person's."""
        self._known_names()
        return word.casefold() in self._given_names

    def has_name_head(self, word: str) -> bool:
        """The last word of a known name of two words or more, which "the" before it in a
        draft makes a clipped reference to that name: "the Guard" for "the Iowa Army National
        Guard", "the Trust" for "the Fenwick Heritage Trust"."""
        self._known_names()
        return word.casefold() in self._name_heads

    def has_clipped_phrase(self, phrase: str, clips_only: bool = False) -> bool:
        """A known phrase with a word clipped to four letters or more, three fewer than
        the word at least: "Head of Physio" for "Head of Physiotherapy"; to three letters
        where those are no English word ("civil eng", "loc coordinator"). `clips_only`: the
        clipped word is no English word at all ("traffic engineer" is no clip of "traffic
        engineering")."""
        words = normalise(phrase).split()
        if len(words) < 2:
            return False
        for k, word in enumerate(words):
            english = english_rank(word) is not None
            if len(word) < 3 or word.isdigit() or (
                    english and (clips_only or len(word) == 3)):
                continue
            pattern = " ".join([*map(re.escape, words[:k]), re.escape(word) + "[a-z]{3,}",
                                *map(re.escape, words[k + 1:])])
            if re.search(rf" {pattern} ", self._phrases):
                return True
        return False

    def has_place_of(self, phrase: str, context: set[str]) -> bool:
        """A demonym or adjective of a known place or organisation: "Canadian" when the
        texts say "across Canada", "a Londoner" when they say "based in London"."""
        *rest, last = phrase.split()
        if not rest and any(self.has_phrase(place) for place in listed_places(last)):
            return True  # "the French cellar tradition" where research says "of France"
        for place in places_of(last):
            candidate = " ".join([*rest, place])
            if normalise(candidate) in self._places and self.has_name(candidate, context):
                return True
        return False

    def has_names_apart(self, phrase: str, head: str = "") -> bool:
        """A name put together from names one known sentence gives apart, in any order:
        "M5 Walmart" for "the M5 competition's Walmart sales data". Words that all stand in
        one known name ("Data Analytics" within "Columbus Data & Analytics") make another
        name of it, not this one; and the name of an event, an organisation, a publication
        or a programme is one name, never put together ("East Africa Fraud Summit" from "East
        Africa", "fraud" and a summit), nor is a name before the lower-case `head` that says
        it is one ("the Water New Zealand conference")."""
        words = phrase.split()
        if len(words) < 2 or not all(is_capitalised(w) for w in words):
            return False
        if name_kind(f"{phrase} {head}") in _WHOLE_KINDS:
            return False  # "East Africa Fraud Summit" is no summit research names
        wanted = {w.casefold() for w in words}
        for chunk in self._chunks:
            for sentence in sentences(chunk):
                runs: list[set[str]] = []
                run: set[str] = set()
                for token in WORD.findall(sentence.replace("’s", " ").replace("'s", " ")):
                    if is_capitalised(token):
                        run.add(token.casefold())
                    elif token.casefold() not in JOINERS and run:
                        runs.append(run)
                        run = set()
                if run:
                    runs.append(run)
                found = set().union(*runs) if runs else set()
                if wanted <= found and not any(wanted <= r for r in runs):
                    return True
        return False

    def has_title_with_employer(self, phrase: str) -> bool:
        """A title and an organisation as a known text puts them, joined otherwise: "Head
        Affineur of Coulee Ridge Cellars" for "Head Affineur at Coulee Ridge Cellars",
        "Coulee Ridge's Head Affineur" or "Head Affineur, Coulee Ridge Cellars"."""
        m = re.fullmatch(r"(.+?)\s+(?:of|at|with)\s+(?:the\s+)?(.+)", phrase)
        if m is None:
            return False
        title, employer = m.group(1), m.group(2)
        return any(self.has_phrase(f"{title} {joint} {employer}")
                   for joint in ("at", "of", "with", "at the", "of the", "")) or (
            self.has_phrase(f"{employer} {title}"))

    def is_place(self, phrase: str) -> bool:
        """Whether the texts name `phrase` as a place ("in Ennis, Co. Clare": Ennis, Clare)."""
        return normalise(phrase) in self._places


# Capitalised words and joiners a known name may have around the part the span reader kept.
_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|of|the|and|&|in|on|at|for|under|over|from)"


def _within_known_name(sentence: str, start: int, end: int, support: KnownNames) -> bool:
    """Whether the span at `start:end` belongs to a longer known name that the span reader
    cut at a common word ("Lake" in "Under the Lake", a known gallery)."""
    before = re.findall(rf"(?:{_NAME_WORD}\s+)*$", sentence[:start])[0].split()
    after = re.match(rf"(?:\s+{_NAME_WORD})*", sentence[end:])
    following = after.group().split() if after else []
    core = sentence[start:end]
    for i in range(len(before) + 1):
        for j in range(len(following) + 1):
            if i == 0 and j == 0:
                continue
            words = [*before[len(before) - i:], core, *following[:j]]
            if not words[0][0].isupper() or not words[-1][0].isupper():
                continue
            if len(" ".join(words).split()) >= 2 and support.has_phrase(" ".join(words)):
                return True
    return False


def _used_as_place(sentence: str, start: int, end: int) -> bool:
    """Whether the draft uses the name at `start:end` as a place: after a preposition of
    place ("from Kilrush", "in Ennis") or before a word for someone from there ("a Clare
    woman")."""
    return bool(_PLACE_BEFORE.search(sentence[:start])
                or _PLACE_PERSON.match(sentence[end:]))


# The user speaking of themselves in a clause: "I'm …", "I'll look at …", "my …".
_USER_IN_CLAUSE = re.compile(r"\b(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|my)\b")


_CONTRACTED = re.compile(r"[A-Z][a-z]*(?:n['’]t|['’](?:ll|re|ve|d|m))")


_CURRENCIES = frozenset({
    "Rs", "INR", "USD", "US$", "GBP", "EUR", "AUD", "A$", "CAD", "C$", "NZD", "NZ$", "ZAR",
    "R", "Rp", "IDR", "RM", "MYR", "Ksh", "KSh", "KES", "NGN", "PHP", "SGD", "S$", "HKD",
    "HK$", "CHF", "JPY", "CNY", "RMB", "AED", "SAR", "SEK", "NOK", "DKK", "PLN", "BRL", "R$",
    "MXN", "TRY", "EGP", "GHS", "PKR", "BDT", "LKR", "VND", "THB", "KRW", "ILS",
})


def _one_name_supported(claim: Claim, support: KnownNames) -> bool:
    """A name: known as it is, as the demonym of a known place, as a clipped form of a
    known name ("Pitt" for "Pittsburgh"), or as the initials of a known phrase ("EE" for
    "electrical engineering"); or a region of the world where the user speaks of
    themselves ("container feeders in Southeast Asia")."""
    position = find_phrase(claim.sentence, claim.phrase)
    if position >= 0 and is_world_region(claim.phrase) and _USER_IN_CLAUSE.search(
            re.split(r"[;:—–]|,\s+(?:and|but)\s+", claim.sentence[:position])[-1]):
        return True
    context = (window_stems(claim.sentence, position, position + len(claim.phrase))
               if position >= 0 else set())
    if support.has_name(claim.phrase, context) or support.has_place_of(
            claim.phrase, context) or support.is_site_name(claim.phrase):
        return True
    # A word cut to its consonants ("Asst" for assistant, "Supt" for superintendent).
    if support.has_skeleton(claim.phrase):
        return True
    # A contraction opening a sentence ("Didn't expect that."), or a currency before its
    # amount ("the Rs 4.5 crore building", "ZAR 2m"): no name.
    if _CONTRACTED.fullmatch(claim.phrase):
        return True
    if position >= 0 and claim.phrase in _CURRENCIES and re.match(
            r"\s?\d", claim.sentence[position + len(claim.phrase):]):
        return True
    # The lower-case word after the name, which may say what kind of thing it is: "the
    # Water New Zealand conference".
    head = re.match(r"\s+([a-z][\w'’-]*)", claim.sentence[position + len(claim.phrase):]
                    ) if position >= 0 else None
    if (support.has_clipped_phrase(claim.phrase)
            or support.has_names_apart(claim.phrase, head.group(1) if head else "")
            or support.has_title_with_employer(claim.phrase)):
        return True
    # A known name without a middle word or two: "the ResearchOps Slack" for "the
    # ResearchOps Community Slack", "Ann Paul" for "Ann Whitford Paul".
    if support.has_shortened_title(claim.phrase):
        return True
    # A word with the lower-case word after it as a known text has them: "a Watch out!
    # note" where research names the dictionary's "Watch out!" notes.
    after = re.match(r"\s+([a-z0-9][\w'’-]*)", claim.sentence[position + len(claim.phrase):]
                     ) if position >= 0 else None
    if after is not None and " " not in claim.phrase and support.has_phrase(
            f"{claim.phrase} {after.group(1)}"):
        return True  # "your Agilent 7900" where research names the "Agilent 7900 ICP-MS"
    # After a known place and a comma, its state's postal code or its country or region:
    # "San Antonio, TX" for Texas, "a nurse from Cebu, Philippines".
    town = re.search(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s*$", claim.sentence[:position]
                     ) if position > 0 else None
    if town is not None and (
            any(support.has_phrase(place) for place in coded_places(claim.phrase))
            or (is_region(claim.phrase) and support.has_phrase(town.group(1)))):
        return True
    # A name after the same preposition a known text puts before it: "someone from
    # Mangalore" where the notes say "naval architect in her group, from Mangalore".
    lead = re.search(r"\b(from|in|near|outside|around|at|to|about)\s+$", claim.sentence[:position]
                     ) if position > 0 else None
    if lead is not None and support.has_phrase(f"{lead.group(1)} {claim.phrase}"):
        return True
    if position >= 0 and support.is_place(claim.phrase) and _used_as_place(
            claim.sentence, position, position + len(claim.phrase)):
        return True
    # A town where something was held: "Spruce to Mix at Innsbruck", "your Busan session".
    if position >= 0 and support.is_town(claim.phrase) and (
            re.search(r"\bat\s+$", claim.sentence[:position])
            or _PLACE_EVENT.match(claim.sentence[position + len(claim.phrase):])):
        return True
    if support.has_clipped_words(claim.phrase) or support.has_name_word(claim.phrase):
        return True
    # A person's given name alone, mid-sentence: "thanks for putting me in touch with Jordan".
    if (position > 0 and " " not in claim.phrase
            and claim.sentence[:position].strip(" \t\"“'‘(")
            and support.has_given_name(claim.phrase)):
        return True
    if position >= 0 and _within_known_name(claim.sentence, position,
                                            position + len(claim.phrase), support):
        return True
    if (position > 0 and " " not in claim.phrase
            and re.search(r"\bthe\s+$", claim.sentence[:position], re.IGNORECASE)
            and support.has_name_head(claim.phrase)):
        return True
    # A known word in its plural, as English or the word's own language makes it: "four
    # Sennereien" where the profile names "Sennerei Hinteregg".
    rare = english_rank(claim.phrase.casefold()) is None
    if " " not in claim.phrase and any(
            claim.phrase.endswith(end) and len(claim.phrase) - len(end) >= 5
            and ((rare and support.has_name_word(claim.phrase[:-len(end)]))
                 or support.has_name(claim.phrase[:-len(end)], context))
            for end in (("en", "n", "es", "s") if rare else ("s",))):
        return True  # "your Masters at Griffith" for "her master's at Griffith" too
    # A level, grade or part cut to its initial before its number: "CIPS L4" for "CIPS
    # Level 4".
    if support.has_numbered_initial(claim.phrase):
        return True
    # An acronym named in the other number: "SOP" where the notes say "SOPs".
    if re.fullmatch(r"[A-Z]{2,6}s?", claim.phrase) and support.has_name(
            claim.phrase[:-1] if claim.phrase.endswith("s") else claim.phrase + "s", context):
        return True
    if " " not in claim.phrase and (support.has_mixed_initials(claim.phrase)
                                    or support.has_language_tag(claim.phrase)):
        return True
    head = re.match(r"\s+([a-z][a-z'’-]*)", claim.sentence[position + len(claim.phrase):]
                    ) if position >= 0 else None
    if head is not None and support.has_acronym_before(claim.phrase, head.group(1)):
        return True
    if " " not in claim.phrase and (support.has_acronym(claim.phrase)
                                    or support.has_modifier_acronym(claim.phrase)
                                    or support.has_abbreviation(claim.phrase)
                                    or support.has_clipped_name(claim.phrase, context)
                                    or support.has_open_compound(claim.phrase)):
        return True
    # A name with an acronym in it ("MSU Denver"): the acronym of a known phrase, each run
    # of the other words a known name as a whole ("the FA Medical Conference" needs
    # "Medical Conference", not "Medical" and "Conference" known apart). A word that only
    # says what kind of thing it is ("Summit", "Institute") names none on its own: "the
    # Columbus AI Summit" is no summit research names.
    words = claim.phrase.split()
    acronyms = [support.has_acronym(w) or support.has_abbreviation(w) for w in words]
    if len(words) > 1 and any(acronyms):
        runs = [run.strip() for run in " ".join(
            "|" if is_acronym else w
            for w, is_acronym in zip(words, acronyms, strict=True)).split("|") if run.strip()]
        if all(support.has_name(run, context) and (
                " " in run or name_kind(run) in {"other", "camel"}) for run in runs):
            return True
    # A frequent word opening the sentence before a known name of two words or more
    # describes the name rather than being part of it: "Fellow Lakeshore University
    # graduate here".
    first, _, rest = claim.phrase.partition(" ")
    rank = english_rank(first)
    return (position >= 0 and not claim.sentence[:position].strip(" \t\"“'‘(")
            and rank is not None and rank < OPENER_COMMON and len(rest.split()) >= 2
            and support.has_name(rest, context))


# Kinds of names that stand whole: an event, an organisation, a publication, a programme.
_WHOLE_KINDS = frozenset({"event", "organisation", "publication", "programme"})


def name_supported(claim: Claim, support: KnownNames) -> bool:
    """Whether a name claim is supported. Names joined by a preposition are claims each
    ("Ellie Quinn on Tide Lines", a guest on a show): each known is the whole known."""
    if re.fullmatch(r"[A-Z]", claim.phrase):
        return True  # "my own N strips", "starting with R": a letter alone names no one
    prefix = re.match(r"(?:ex|Ex|non|Non|pre|Pre|post|Post)-(?=[A-Z])", claim.phrase)
    if prefix is not None:  # "ex-English teacher": the name after the prefix
        claim = Claim(claim.phrase[prefix.end():], claim.kind, claim.sentence)
    # A name with the honorific suffix of the writer's language: "Haruka-san", "Tomoko-san",
    # "Raman-ji".
    suffix = re.search(r"-(?:san|sama|sensei|kun|chan|ji|nim|ssi)$", claim.phrase)
    if suffix is not None:
        claim = Claim(claim.phrase[:suffix.start()], claim.kind, claim.sentence)
    parts = _NAME_LINK.split(claim.phrase)
    linked = _NAME_FOR.split(claim.phrase)
    # Full names "for" each other, or a full name for a one-word name research knows as such
    # ("LabelLoom for Project Pinpoint", a tool and the project it serves).
    if len(parts) == 1 and len(linked) > 1 and (
        all(len(p.split()) >= 2 for p in linked)
        or (len(linked) == 2 and any(len(p.split()) >= 2 for p in linked))
    ):
        parts = linked
    if len(parts) == 1:
        parts = _NAME_FOR_THE.split(claim.phrase)
    if len(parts) > 1 and all(
            _one_name_supported(Claim(part, "name", claim.sentence), support)
            for part in parts):
        return True
    return _one_name_supported(claim, support) or _person_of_place(claim, support)


def _person_of_place(claim: Claim, support: KnownNames) -> bool:
    """Whether a person's full name (words no institution's name has) "of" an organisation
    ("Henrik Aagaard of the Limfjord Coastal Authority") names two known names that one
    known paragraph names together; a person put at another organisation is not."""
    person, *rest = _NAME_OF.split(claim.phrase, maxsplit=1)
    words = person.split()
    if not rest or not 2 <= len(words) <= 3 or any(
            not w[:1].isupper() or w.casefold() in _GENERIC_NAME_WORDS for w in words):
        return False
    place = rest[0]
    return (
        all(_one_name_supported(Claim(part, "name", claim.sentence), support)
            for part in (person, place))
        and bool(support.paragraphs_naming(person) & support.paragraphs_naming(place)))
