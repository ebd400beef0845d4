"""Mix-ups of known names: two names research gives, joined in a draft as research never
joins them.

A model writing from a dossier knows every name in it, so a presence check passes its slips:
"your episode of Line Clear with Rohan Kulkarni" where the podcast's host is Aditya Menon and
Rohan Kulkarni is a colleague on the team page, "your Master of Museum Studies at the
Australian National University" where the master's was at the University of Sydney, "the
Asian Marine Pilots Network conference in Busan" for another event held there. Each name is
known; the pair is not.

Two names are joined when they stand in one clause a few words apart with only linking words
between them: prepositions and articles ("with", "at the", "on … of"), numbers ("episode 41")
and the nouns of an event or a piece ("episode", "conversation", "seminar", "masterclass").
Joined names must be named together in some known paragraph (with its page's heading: a
session's speakers under the conference's name); where none names both, the pair is flagged
as the sentence joins them, for either may be the slip. Verbs between them ("mentioned your
talk at", "said you worked with") tell of what the writer did or heard, which research need
not hold, and a list or an apposition joins nothing. Left out: the recipient, their employer
and the user, who go with everything; names the user's own texts hold, for research need not
know the user's world; and towns, which research gives apart from what happens there, except
the place of an event ("the … seminar in Chennai") and of an organisation put in a town
research puts another in ("five years at Palmetto Children's Hospital in Tampa" where research
has Gulf Coast Children's Hospital in Tampa). The employer goes with every name but a person
research places at another organisation ("introduce me to Anya Rostova at Hispaniola Gem
Laboratory" where research has her as director of research at Biscayne Gem Laboratory).

A role held at a place is such a pair too: "as a render wrangler at Lumen Post" where research
has the recipient as a render wrangler at another studio and names Lumen Post elsewhere. The
longest ending of the role research names ("marine logistics assistant") must stand at the
place in a known text, a few lower-case words apart ("a sound designer at Sroka Games", "joined
Teranga in 2013 as laboratory manager"), not across "and" or "after" ("joined Kruk Interactive
in 2019 after six years as a sound designer"); the employer counts as a place here. A role very
many paragraphs name ("officer") goes with no one place. A place joined as a role ("joining
Casa Azuay as a quality inspector in 2013") must share a word with the role research says it
was joined as, where research says one ("joined Casa Azuay in 2013 as a grader"). A role in
apposition to a person
("Tomos Prys, your quarry manager", "Siri Brekke, Technical Director at Vestnett") must stand
beside that person's name in a known text ("Tomos Prys, the company's senior heritage
craftsman"), for a team page names everyone in one sentence, unless the user gives it to a
colleague of their own ("our prepress manager, Kofi"); a role research never names, given
to someone research names beside another role ("Federico Olivera, your deputy chief surveyor"
where research has "senior surveyor Federico Olivera"), is flagged too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .claim_finder import Claim
from .known_texts import KnownTexts
from .name_kinds import name_kind
from .phrases import ROLE_HEAD
from .text import find_phrase, normalise

__all__ = ["is_role", "joined", "linking_word", "mixed_up_names"]


# What may stand between two joined names: "with", "at the", "on episode 41 of The",
# "masterclass with", "'s".
_LINK_WORDS = frozenset({"with", "at", "in", "of", "on", "for", "from", "by", "the", "a", "an",
                         "&", "'s", "’s"})
_LINK_NOUNS = frozenset({"episode", "episodes", "conversation", "interview", "masterclass",
                         "seminar", "conference", "session", "talk", "keynote", "panel",
                         "podcast", "series", "show", "workshop", "forum", "summit", "award",
                         "prize"})
_MOST_BETWEEN = 6


# An event's place: "… seminar in Chennai", "the Asia Pilotage Forum in Busan".
_EVENT_PLACE = re.compile(r"^\s*(?:([\w'’-]+)\s+)?in\s+(?:the\s+)?$")
# A person at a place: "Anya Rostova at the …".
_AT = re.compile(r"\s+at\s+(?:the\s+)?")
# A name put in a town: "… Hallworth & Pyne in Birmingham".
_IN_TOWN = re.compile(r"\s+in\s+(?:the\s+)?")
# What takes place somewhere.
_GATHERINGS = frozenset({"conference", "summit", "forum", "seminar", "symposium", "congress",
                         "festival", "expo", "fair", "day", "days", "week", "meeting",
                         "workshop", "masterclass", "award", "awards", "prize", "convention",
                         "session", "talk", "keynote", "panel", "show", "challenge"})


def _event_place(name: str, between: str) -> bool:
    """Whether `between` puts the event `name` in the place after it: "the IRSE seminar in
    Chennai", "the Asia Pilotage Forum in Busan"; not "Sam Oduya in Hobart"."""
    link = _EVENT_PLACE.search(between)
    if link is None:
        return False
    noun = link.group(1) or name.split()[-1]
    return noun.casefold() in _GATHERINGS


@dataclass(frozen=True)
class _Named:
    claim: Claim
    start: int
    end: int
    units: frozenset[int]  # the known paragraphs naming it
    town: bool


def linking_word(token: str) -> bool:
    """Whether `token` (in small letters) may link two names: "with", "at", "episode", "41"."""
    return token in _LINK_WORDS or token in _LINK_NOUNS or token.isdigit()


# A title before the second name, with or without its full stop: "with Dr. Lina Obi".
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Capt|Sr|Fr)\.?\s*$")


def joined(between: str) -> bool:
    """Whether only linking words stand between two names (a title before the second is
    part of it: "with Dr. Lina Obi")."""
    between = _TITLE_BEFORE.sub(" ", between)
    if re.search(r"[^\w\s'’&-]", between):
        return False  # a list or an apposition: "Ola Brekke, Head of Bridge Inspection"
    tokens = re.findall(r"[\w'’&-]+", between.casefold())
    return len(tokens) <= _MOST_BETWEEN and all(linking_word(t) for t in tokens)


# A role held at a place: "as a render wrangler at Lumen Post", "from sous chef at Saffron
# Terrace", "you were a transport analyst at …"; the role's words end right before "at",
# "with" or "for".
_ROLE_AT = re.compile(r"\b(?:as|from|then|was|were|became|become|becoming)\s+(?:an?\s+|the\s+)?"
                      r"((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+(?:at|with|for)\s+"
                      r"(?:the\s+)?$")
# A place joined as a role: "joining Casa Azuay as a quality inspector in 2013".
_JOINED = re.compile(r"\b(?:joined|joining|join|joins)\s+(?:the\s+)?$")
_AS_ROLE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s+as\s+(?:an?\s+|the\s+|its\s+)?"
                      r"((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)")
# Where a role's words end: "a grader and became …", "a grader in 2013".
_ROLE_ENDS = frozenset({"and", "in", "at", "for", "with", "from", "since", "before", "after",
                        "until", "where", "when", "then", "to", "on", "but", "who", "which",
                        "that", "of"})
# A role in apposition to a name: "Tomos Prys, your quarry manager", "Jasmine Tiongson, the
# hospital's medical equipment planner"; or before it: "your chief pilot, Capt. …". Not after
# "our" or "my": the user's own colleague, in the user's words ("our prepress manager, Kofi").
_NOT_ROLE_WORD = r"(?!(?:at|in|for|with|on|from|and|who|which|that|the|a|an)\b)"
_APPOSED_AFTER = re.compile(r",\s+(?:your|the|his|her|their)\s+(?:[\w'’-]+['’]s\s+)?"
                            rf"((?:{_NOT_ROLE_WORD}(?:[a-z][\w'’-]*|[A-Z]{{2,5}})\s+){{0,3}}"
                            rf"{_NOT_ROLE_WORD}(?!of\b)[a-z][\w'’-]*)\b(?![\w'’-])")
# A title in capitals in apposition: "Siri Brekke, Technical Director at Vestnett, …",
# "Priya Venn, your Head of Tooling".
_TITLED_AFTER = re.compile(r",\s+(?:(?:your|the|his|her|their)\s+)?"
                           r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|and|&)\s+)?){0,4}[A-Z][\w'’-]*)"
                           r"(?=[,.;]|\s+(?:at|for|with|in|from)\b)")
_APPOSED_BEFORE = re.compile(r"\b(?:your|the|his|her|their)\s+(?:[\w'’-]+['’]s\s+)?"
                             r"((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*),\s+"
                             r"(?:(?:Dr|Capt|Prof|Mr|Mrs|Ms)\.?\s+)?$")
# Roles of trades the general list leaves out.
_MORE_ROLES = frozenset({"wrangler", "chef", "pilot", "forecaster", "patroller", "winemaker",
                         "viticulturist", "agronomist", "voicer", "conservator", "geologist",
                         "hydrologist", "mechanic", "operator", "controller", "buyer",
                         "apprentice", "trainee", "vet", "physiotherapist", "interpreter",
                         "translator", "chocolatier", "sommelier", "brewer", "baker",
                         "president", "ceo", "chairman", "chairwoman", "chairperson",
                         "owner", "trainer", "instructor", "engraver"})
# Roles named with what they head, besides the role nouns: "head of quality".
_HEADS_OF = frozenset({"head", "director", "chief", "manager", "lead", "leader"})
# A role this many known paragraphs name is no sign of one place.
_ROLE_PARAGRAPHS = 12


# Endings of role nouns the lists leave out: "gemologist", "orthotist", "electrician",
# "kiln master", "harbourmaster".
_ROLE_ENDINGS = ("ologist", "otist", "etist", "ician", "master", "maker")


def is_role(words: list[str]) -> bool:
    """Whether the words end in a role noun ("engineer", "wrangler", "kiln master") or are
    one with what it heads ("deputy head of quality", "curator of beetles")."""
    head = words[-1].casefold()
    return bool(ROLE_HEAD.fullmatch(head)) or head.removesuffix("s") in _MORE_ROLES or (
        head.removesuffix("s").endswith(_ROLE_ENDINGS)) or any(
        (w.casefold() in _HEADS_OF or ROLE_HEAD.fullmatch(w.casefold())) and after == "of"
        for w, after in pairwise(words))


def _role_before(sentence: str, named: _Named, support: KnownTexts) -> Claim | None:
    """The role a sentence gives someone at the place `named` ("as a project engineer with
    Deltares"), where research names the role and the place but never together."""
    m = _ROLE_AT.search(sentence, 0, named.start)
    if m is None:
        return None
    return _role_pair(m.group(1).split(), named, support,
                      sentence[m.start(1):named.end], sentence)


def _role_joined_as(sentence: str, named: _Named, support: KnownTexts) -> Claim | None:
    """The role a sentence says someone joined the place `named` as ("joining Casa Azuay as
    a quality inspector in 2013"), where research says what role that place was joined as
    and it shares no word with this one ("joined Casa Azuay in 2013 as a grader")."""
    if not _JOINED.search(sentence, 0, named.start):
        return None
    m = _AS_ROLE.match(sentence, named.end)
    if m is None:
        return None
    words = _role_words(m.group(1).split())
    if not words or not (is_role(words) or words[-1].casefold() in support.role_heads()):
        return None
    place = normalise(named.claim.phrase)
    joined_as = re.compile(rf"\bjoined {re.escape(place)}(?: in \d{{4}})? as (?:an? |the |its )?"
                           r"((?:[a-z]+ ){0,3}[a-z]+)")
    known = [_role_words(found.group(1).split()) for text in support.texts_naming(f" {place} ")
             for found in joined_as.finditer(text)]
    said = {normalise(w) for w in words}
    if not known or any(said & set(role) for role in known):
        return None
    # Up to the end of the role's last word: "Casa Azuay as a quality inspector".
    ends = [w.end() for w in re.finditer(r"\S+", m.group(1))]
    stretch = sentence[named.start:m.start(1) + ends[len(words) - 1]]
    return Claim(stretch, "name", sentence,
                 note=f"research has “{named.claim.phrase}” joined as “{' '.join(known[0])}”")


def _role_words(words: list[str]) -> list[str]:
    """A role's words, up to the first that ends it ("grader and became head": "grader")."""
    for k, word in enumerate(words):
        if word.casefold() in _ROLE_ENDS:
            return words[:k]
    return words


def _role_apposed(sentence: str, named: _Named, support: KnownTexts) -> Claim | None:
    """The role a sentence gives the person `named` in apposition ("Tomos Prys, your quarry
    manager"; "your chief pilot, Capt. …"; "Siri Brekke, Technical Director at Vestnett"),
    where research names the role and the person but never side by side."""
    after = _APPOSED_AFTER.match(sentence, named.end) or _TITLED_AFTER.match(
        sentence, named.end)
    if after is not None:
        return _person_role(after.group(1).split(), named, support,
                            sentence[named.start:after.end()], sentence)
    before = _APPOSED_BEFORE.search(sentence, 0, named.start)
    if before is not None:
        return _person_role(before.group(1).split(), named, support,
                            sentence[before.start(1):named.end], sentence)
    return None


def _person_role(words: list[str], named: _Named, support: KnownTexts, stretch: str,
                 sentence: str) -> Claim | None:
    """The pair of a role and the person `named` as a claim, where research names the
    longest known ending of the role (two words or more: "quarry manager", "HSE manager")
    and the person, but never side by side (`gives_role`): one sentence may list several
    people with their roles ("the quarry manager, Rhodri Vaughan, and … Tomos Prys")."""
    if not is_role(words) and words[-1].casefold() not in support.role_heads():
        return None
    person = support.texts_naming(f" {normalise(named.claim.phrase)} ")
    for start in range(len(words) - 1):
        role = " ".join(words[start:])
        spaced = f" {normalise(role)} "
        if support.texts_naming(spaced):
            if not person or support.gives_role(named.claim.phrase, role):
                return None
            return Claim(stretch, "name", sentence,
                         note=f"research never names “{named.claim.phrase}” as “{role}”")
    # A role research never names, given to someone it names with another beside them:
    # "Federico Olivera, your deputy chief surveyor" where research has "senior surveyor
    # Federico Olivera"; "Lê Hồng Nhung, your chocolatier" where research has her as pastry
    # sous chef (a role of one word that ends research's, "your chef", is that one).
    role = normalise(" ".join(words))
    beside = _roles_beside(named.claim.phrase, person)
    if beside and not any(
            f" {known}".endswith(f" {role}") or f" {role}".endswith(f" {known}")
            for known in beside):
        return Claim(stretch, "name", sentence,
                     note=f"research never names “{named.claim.phrase}” as “{' '.join(words)}”")
    return None


def _roles_beside(person: str, texts: list[str]) -> list[str]:
    """The roles of two words or more that stand right before or after `person` in
    `texts` (normalised): "senior surveyor federico olivera", "federico olivera senior
    surveyor"."""
    norm = re.escape(normalise(person))
    found = []
    for text in texts:
        for m in re.finditer(rf"((?:[a-z]+ ){{2,4}}){norm} ", text):
            words = m.group(1).split()
            found += [" ".join(words[k:]) for k in range(len(words) - 1)
                      if is_role(words[k:])][:1]
        for m in re.finditer(rf" {norm} ((?:[a-z]+ ){{2,4}})", text):
            words = m.group(1).split()
            found += [" ".join(words[:k]) for k in range(len(words), 1, -1)
                      if is_role(words[:k])][:1]
    return found


def _role_pair(words: list[str], named: _Named, support: KnownTexts, stretch: str,
               sentence: str) -> Claim | None:
    """The pair of a role (its words) and a name as a claim, where research names the
    longest known ending of the role ("marine logistics assistant" for "senior marine
    logistics assistant") and the name, but never at that place (`gives_role_at`); a role
    very many paragraphs name ("officer") goes with no one name."""
    if not is_role(words):
        return None
    for start in range(len(words) - 1):
        role = " ".join(words[start:])
        units = support.paragraphs_naming(role)
        if units:
            if len(units) > _ROLE_PARAGRAPHS or support.gives_role_at(
                    role, named.claim.phrase):
                return None
            return Claim(stretch, "name", sentence,
                         note=f"research never names “{role}” with “{named.claim.phrase}”")
    return None


def mixed_up_names(claims: list[Claim], support: KnownTexts,
                   flagged: Sequence[Claim] = ()) -> list[Claim]:
    """Pairs of `claims` (names each known on its own) that a sentence joins and no known
    paragraph names together, each as the stretch of the sentence from one to the other, and
    roles given at a known place or to a known person that research never gives there.
    A pair holding a claim already `flagged` is that slip again ("Ola Brekke, Head of Bridge
    Inspection at Vestvik" where the title is flagged)."""
    found: list[Claim] = []
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "name":
            by_sentence.setdefault(claim.sentence, []).append(claim)
    for sentence, named in by_sentence.items():
        spans: list[_Named] = []
        employers: list[_Named] = []
        for claim in named:
            at = find_phrase(sentence, claim.phrase)
            if at < 0 or support.users_own_name(claim.phrase):
                continue
            units = support.paragraphs_naming(claim.phrase)
            if not units:
                continue
            span = _Named(claim, at, at + len(claim.phrase), units, support.is_town(claim.phrase))
            if support.names_subject(claim.phrase) or support.is_subject_part(claim.phrase):
                # The employer goes with every name, but not with every role: "as a sound
                # designer at Kruk Interactive" where she was one at her first studio.
                employers.append(span)
            else:
                spans.append(span)
        spans.sort(key=lambda n: n.start)
        for place in [*spans, *employers]:
            if place.town:
                continue
            role = _role_before(sentence, place, support) or _role_joined_as(
                sentence, place, support) or (
                _role_apposed(sentence, place, support) if place in spans else None)
            if role is not None and not any(
                    c.sentence == sentence and c.phrase in role.phrase for c in flagged):
                found.append(role)
        for person in spans:
            for employer in employers:
                between = sentence[person.end:employer.start]
                if (employer.start > person.end and _AT.fullmatch(between)
                        and name_kind(person.claim.phrase) == "other"
                        and len(person.claim.phrase.split()) >= 2
                        and not person.units & employer.units
                        and support.placed_at_another(person.claim.phrase,
                                                      employer.claim.phrase)):
                    # A person research places at another organisation, put at the
                    # employer: "introduce me to Anya Rostova at Hispaniola Gem Laboratory".
                    found.append(Claim(
                        sentence[person.start:employer.end], "name", sentence,
                        note=f"research never names “{person.claim.phrase}” with "
                             f"“{employer.claim.phrase}”"))
        for first, second in pairwise(spans):
            between = sentence[first.end:second.start]
            if second.start < first.end or not joined(between) or first.units & second.units:
                continue
            # An organisation put in the town research puts another in: "five years at
            # Palmetto Children's Hospital in Tampa" where research has Gulf Coast Children's
            # Hospital in Tampa.
            misplaced = (second.town and not first.town and bool(_IN_TOWN.fullmatch(between))
                         and name_kind(first.claim.phrase) == "organisation"
                         and support.town_of_another(second.claim.phrase, first.claim.phrase))
            if not misplaced and (first.town or (
                    second.town and not _event_place(first.claim.phrase, between))):
                continue  # "Fulton County Superior Court in Atlanta": towns go apart
            stretch = sentence[first.start:second.end]
            if any(c.sentence == sentence and c.phrase in stretch for c in flagged):
                continue
            # Either may be the slip: the claim is the pair, as the sentence joins it.
            found.append(Claim(stretch, "name", sentence,
                               note=f"research never names “{first.claim.phrase}” with "
                                    f"“{second.claim.phrase}”"))
    return found
