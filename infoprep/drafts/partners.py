"""Partners of a piece: the person a draft puts with a podcast, a talk, an event or a book,
where research puts someone else with it.

A model that knows everyone in the dossier may give a show's host, or a talk's co-speaker,
the name of a colleague from the same page: "your episode of Ballast & Batteries with Arne
Tveit", where the episode's page has "host Eirik Haugland" and names Arne Tveit, the chief
engineer, in its guest's biography. Both names are known, and a paragraph names them together
(mixups.py passes the pair), but no known sentence names Arne Tveit with the show, while one
names Eirik Haugland with it. The draft's pair is flagged, with the person research has.

The pair is a person and another known name next to each other with only linking words
between them ("Juice & Steam with Kavitha Pillay", "with Dr Kenji Aoyama at the Asia-Pacific
Ceramics Forum", "Ash Glazes by Tom Harrow"), or with a verb of presenting as well ("which
you and Wilkin Rosario presented at the Americas Gem Trade Symposium"); a name read across
"on" is two ("Winston Gillett on The One Health Verandah"); and the one the recipient spoke
to, where the sentence names a show before ("On episode 88 of The Slab Report, you told Kip
Rasmussen"). A person is a name of two or three words that starts with a given name research
uses, whose other words are no common English words ("Big Bend", "Malmö Live Konserthus")
nor words research writes in small letters, and that research tells of as someone somewhere
(a title or role beside it, "by" before it, a verb of saying or "who" after it: not "the
Tiga Soalan", a practice). Left out: the recipient, their employer, towns, and people from
the user's own texts; a person research never names in a sentence with the piece passes
unless research names someone else there, and someone else the draft names too is no rival
("with Lacey Nguyen … and Trent Oakes"). A name counts as named with the piece only in its
capitals: "wood ash glazes" is not the book "Ash Glazes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..models import without_honorifics
from .claim_finder import Claim
from .common_words import english_rank
from .mixups import is_role, joined, linking_word
from .name_claims import KnownNames
from .name_kinds import name_kind
from .name_spans import name_spans
from .text import find_phrase, normalise
from .word_forms import base_forms

__all__ = ["misplaced_partners"]


# Verbs that put two speakers with the event they speak at: "you and Wilkin Rosario
# presented at the …", "you are speaking with X at …".
_PRESENTING = frozenset({"present", "presents", "presented", "presenting", "will", "spoke",
                         "speak", "speaks", "speaking", "gave", "give", "giving", "talked",
                         "talking", "hosted", "co-hosted", "co-presented", "are", "were", "is",
                         "was"})
# A name joined to the next by "&" is one name: "Juice & Steam", "Fathom & Finch".
_AMPERSAND_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+&\s+$")
_AMPERSAND_AFTER = re.compile(r"\s+&(?:\s+[A-Z][\w'’-]*)+")
_MOST_BETWEEN = 6
# What the recipient said to someone on a show: "you told Kip Rasmussen", "talking to".
_SPOKEN_TO = re.compile(r"\b(?:you\s+told|you\s+said\s+to|you\s+were\s+talking\s+to|"
                        r"talking\s+(?:to|with)|speaking\s+(?:to|with)|interviewed\s+by|"
                        r"asked\s+by)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$")
# A show, an interview or a talk the sentence names.
_PIECE_NOUN = re.compile(r"\b(?:episode|podcast|interview|show|conversation|talk|session|"
                         r"panel|webinar|series)s?\b", re.IGNORECASE)
# Words that put a person's name after them: "host Eskil Brathagen", "by Phil Rogers".
_PERSON_CUES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "capt",
                          "captain", "host", "guest", "speaker", "chair", "presenter",
                          "author", "interviewer", "colleague", "sister", "brother", "by"})
# Words after a person's name: a verb of saying, or "who".
_SAYING = frozenset({"says", "said", "told", "tells", "talks", "talked", "explains",
                     "explained", "asks", "asked", "writes", "wrote", "recalls", "notes",
                     "who"})
# A linking word inside a name read as one: "Winston Gillett on The One Health Verandah".
_LINK_INSIDE = re.compile(r"\s+(?:on|at|with|in|for|by)\s+(?=[A-Z])")
# A family name may be an English word, but a rare one ("Rogers", not "Live" or "Bend").
_RARE = 6000


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    name: str


def _told_of_as_person(words: list[str], support: KnownNames) -> bool:
    """Whether some known sentence tells of the name `words` as of a person: a title or a
    role beside it ("Dr Ragna Eidsvoll", "host Eskil Brathagen", "Siri Brekke, Grid Planning
    Manager", "a book by Phil Rogers"), or a verb of saying or "who" after it ("Eskil
    Brathagen talks to …", "Wilkin Rosario, who coordinates …")."""
    norm = normalise(" ".join(words))
    for text in support.texts_naming(f" {norm} "):
        for m in re.finditer(rf" {re.escape(norm)} ", text):
            before = text[:m.start()].split()[-2:]
            after = text[m.end():].split()[:4]
            if (before and (before[-1] in _PERSON_CUES or is_role(before[-1:])
                            or is_role(before))) or (
                    after and (after[0] in _SAYING or any(
                        is_role(after[:k]) for k in range(1, len(after) + 1)))):
                return True
    return False


def is_person(name: str, support: KnownNames) -> bool:
    """Whether `name` (honorifics aside) reads as a person's: two or three words in capitals
    and small letters, of no kind name_kinds.py tells, starting with a given name research
    uses ("Kavitha Pillay"), its other words neither common English words ("Malmö Live
    Konserthus", "Big Bend") nor, in any form, words research writes in small letters ("Ash
    Glazes", a book); and research tells of it as of a person somewhere (a title, a role or
    "by" before it, a role, a verb of saying or "who" after it), which a practice ("the Tiga
    Soalan") or a car never is."""
    words = without_honorifics(name).split()
    return (2 <= len(words) <= 3
            and all(w[:1].isupper() and w[1:].islower() for w in words)
            and name_kind(" ".join(words)) == "other"
            and support.has_given_name(words[0])
            and all((english_rank(w) or _RARE) >= _RARE for w in words[1:])
            and not any(form in support.vocabulary
                        for w in words[1:] for form in base_forms(w.casefold()))
            and _told_of_as_person(words, support))


def _presented(between: str) -> bool:
    """Whether only linking words and at least one verb of presenting stand between two
    names: "presented at the", "will present at"."""
    if re.search(r"[^\w\s'’&-]", between):
        return False
    tokens = re.findall(r"[\w'’&-]+", between.casefold())
    return (len(tokens) <= _MOST_BETWEEN and any(t in _PRESENTING for t in tokens)
            and all(linking_word(t) or t in _PRESENTING for t in tokens))


def _whole(sentence: str, start: int, end: int) -> _Span:
    """The name at `sentence[start:end]` with the words an "&" joins to it."""
    before = _AMPERSAND_BEFORE.search(sentence, 0, start)
    if before is not None and before.end() == start:
        start = before.start()
    after = _AMPERSAND_AFTER.match(sentence, end)
    if after is not None:
        end = after.end()
    return _Span(start, end, sentence[start:end])


def _parts(phrase: str) -> list[tuple[int, int]]:
    """Where the names stand in `phrase` that a linking word joins: "Winston Gillett" and
    "The One Health Verandah" in "Winston Gillett on The One Health Verandah"."""
    parts, start = [], 0
    for link in _LINK_INSIDE.finditer(phrase):
        parts.append((start, link.start()))
        start = link.end()
    return [*parts, (start, len(phrase))]


def _people_with(piece: str, support: KnownNames) -> set[str]:
    """The people known sentences name with `piece`."""
    found = set()
    for sentence in support.sentences_naming(piece):
        if piece not in sentence:
            continue  # as a name, in its capitals: not "studying ash glazes"
        for span in name_spans(sentence, support.vocabulary):
            person = without_honorifics(span)
            if is_person(person, support) and not support.is_town(person):
                found.add(person)
    return found


def misplaced_partners(text: str, claims: list[Claim], support: KnownNames,
                       flagged: Sequence[Claim] = ()) -> list[Claim]:
    """Pairs of a person and a piece or event among `claims` (names each known) that
    `text` joins, where no known sentence names the person with the piece and one names
    someone else with it; each as the stretch from one to the other, noting who research
    names there. A pair overlapping a claim already `flagged` is that slip again."""
    found: list[Claim] = []
    said = f" {normalise(text)} "
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "name":
            by_sentence.setdefault(claim.sentence, []).append(claim)
    for sentence, named in by_sentence.items():
        spans: set[_Span] = set()
        for claim in named:
            at = find_phrase(sentence, claim.phrase)
            if at < 0:
                continue
            # A name read with another across a linking word is the two names: "Winston
            # Gillett on The One Health Verandah".
            parts = [(at + a, at + b) for a, b in _parts(claim.phrase)]
            for start, end in parts if len(parts) > 1 else [(at, at + len(claim.phrase))]:
                name = sentence[start:end]
                if support.names_subject(name) or support.is_subject_part(name) or (
                        support.is_town(name)) or (
                        len(parts) > 1 and not support.paragraphs_naming(name)):
                    continue
                spans.add(_whole(sentence, start, end))
        # A name inside a longer one ("Juice" in "Juice & Steam") is that name.
        kept = sorted((s for s in spans if not any(
            o != s and o.start <= s.start and s.end <= o.end for o in spans)),
            key=lambda s: s.start)
        pairs = [(first, second) for first, second in pairwise(kept)
                 if second.start >= first.end and (
                     joined(sentence[first.end:second.start])
                     or _presented(sentence[first.end:second.start]))]
        # The one the recipient spoke to on a show the sentence names before: "On episode
        # 88 of The Slab Report, you told Kip Rasmussen that …".
        pairs += [(piece, person) for k, person in enumerate(kept)
                  if _SPOKEN_TO.search(sentence, 0, person.start)
                  and _PIECE_NOUN.search(sentence, 0, person.start) for piece in kept[:k]]
        for first, second in pairs:
            people = [s for s in (first, second) if is_person(s.name, support)]
            if len(people) != 1:
                continue
            person = people[0]
            piece = second if person is first else first
            if support.users_own_name(person.name):
                continue  # someone of the user's own world
            if any(piece.name in known  # as a name, in its capitals
                   for known in support.sentences_naming(without_honorifics(person.name))):
                continue
            others = sorted(
                other for other in _people_with(piece.name, support)
                if f" {normalise(other)} " not in said and not support.names_subject(other))
            stretch = sentence[first.start:second.end]
            if not others or any(c.sentence == sentence and (
                    c.phrase in stretch or stretch in c.phrase) for c in [*flagged, *found]):
                continue
            found.append(Claim(stretch, "name", sentence,
                               note=f"research names {' or '.join(others)} with "
                                    f"“{piece.name}”"))
    return found
