"""Grounding: every specific claim in a draft must be supported by what the user knows.

A claim is a phrase a reader would take as a fact (claim_finder.py): a capitalised name, a
quoted title, a number, a date, a job title, an event noun about the recipient, a topic or
a rare word in a phrase about someone's work. It is supported when the dossier (facts and
source texts, without injection paragraphs), the profile, the contact record or the user's
notes say it too (known_texts.py), after normalising case, accents and punctuation; each
kind of claim has its own look-ups and tolerances: names (name_claims.py, short forms in
acronyms.py), numbers, dates, months and seasons (number_claims.py), topics, rare terms,
events and the lower-case details of clauses about the recipient (detail_claims.py).

`unsupported_claims` is the check: the claims nothing known supports, then the lower-case
details swapped for others. The words that open and close a letter ("Kia ora Pip,", "Ngā
mihi nui,") and the greetings, thanks and sign-offs listed in data/formulas.txt ("Grüß Gott",
"Vergelt's Gott and kind regards,", formulas.py) are a formula in whatever language, never a
claim; the day of the call a thank-you recalls must be a day the notes give, if they give
any, in English or the notes' language (weekdays.py), and the one their line about the call
gives ("Teams call w/ … — Thurs 16:00") where it gives one; a day something is due by ("I'll
send my CV by Friday") must be one the notes set something for, where they set any; what
the user says of themselves next to a statement about the recipient is not about the
recipient, and who they say they are may be in their own words; a detail that is one event
noun, a quality named alone, an everyday word or part of the writer's own request (the easy
way to say no too) is no detail. A year or month bound to a name few known sentences give
("your 2023 Bergen talk") must be one they give it, and a title given to a person the writer
is to meet must be one the known texts give them.

Presence is not enough where research names several people, events or titles and a model mixes
them up: a person the recipient pointed the user to must be one the notes of the call name; a
title given to the recipient must not be one research gives only someone else; two known names
a sentence joins ("your episode of Line Clear with Rohan Kulkarni"), and a role and the place
it is held at ("as a render wrangler at Lumen Post"), must be named together in some known
paragraph, a role in apposition to a person in some known sentence (mixups.py), and a person
joined to a show or an event must be named with it in some known sentence where research names
someone else with it (partners.py: a colleague as the podcast's host); a year beside a name the
few known sentences naming it date otherwise ("Project Tern, which you've led since 2021") is
wrong, shown with the name where it stands right by it ("Bangor University in 2016": either may
be the slip), and so is a count of a thing research counts with other numbers, never this one
("140 wards" where research has 52 wards and 140 clinics); a number among words research gives
with another number, and its own value with fewer ("logs more than 230 sensors every ten
seconds" where research says 1,400 and gives 230 of something else) is flagged with the number
research has there, and so is a month, a day of the week or a length of time in minutes
research puts another in the place of ("goes out on Wednesday mornings instead of Friday
afternoons" for its Monday, "from a median of 20 minutes to 6" for its 14); so is a piece of
the recipient's dated otherwise than its page ("Your September post, “…”" published in
October); and the recipient's words put at an event, podcast or publication that no known
paragraph holding them names ("On Namibian Women in Aviation Day you said the pen weighs more
than the spanner", said_where.py), and an interview, an episode or
a column put on a name no known sentence tells of as holding that kind of piece ("your 2024
interview on the Kericho Smallholder Tea Day", piece_venues.py). Mix-ups that join nothing
still pass: a colleague's name alone in a sentence about the recipient's work, a product named
for another, a count of a thing research counts with this number too. A rare word in a stretch
about the user alone ("the whiteboard in my lab") and a verb after "to" are no terms of the
recipient's work.

A count of years in a clause about the user alone may be any the user's own texts date
("eight years in pharmaceutical distribution" where the profile says "Since 2017 I work at
…", counted to the year research was read); a count before a colon that counts the list after
it says nothing new; and a known name whose apposition research tells of another name, never
of it, is flagged with that name ("InspectaTrack, the dashboard that shows which villages you
have missed" where research says "RabiesMap, our online dashboard, so we can see which
villages we have missed").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claim_finder import (
    ABOUT_RECIPIENT,
    EVENT_WORDS,
    GREETING,
    MET_PERSON,
    POINTED_TO,
    ROLE_WORD,
    Claim,
    extract_claims,
)
from .common_words import LETTER_WORDS, STOP_WORDS, english_rank
from .counts import DURATION, MONTHS, NUMBER_WORDS, URL_OR_EMAIL
from .demonyms import is_region
from .detail_claims import KnownDetails
from .formulas import formula_spans, is_formula
from .idioms import idiom_spans
from .mixups import mixed_up_names
from .name_claims import KnownNames, name_supported
from .name_spans import ABSTRACT_NOUN, WEEKDAYS
from .number_claims import (
    KnownNumbers,
    dated_name,
    misdated_pieces,
    month_supported,
    number_supported,
    own_clause,
    rivalled_number,
    season_supported,
)
from .others_titles import titles_of_others
from .partners import misplaced_partners
from .piece_venues import misplaced_pieces
from .requests import EASY_NO, within_request
from .said_where import misplaced_sayings
from .text import find_phrase, normalise, sentences, word_set
from .weekdays import day_forms, weekday_index
from .word_forms import base_forms, everyday, judgement_word

__all__ = ["Claim", "Support", "extract_claims", "unsupported_claims"]


_CLAUSE_BREAK = re.compile(
    r"(\s*[;:—–]\s*|,\s+(?=(?:and|but|so|because|as)\s+(?:I|I'm|I’m|I've|I’ve|I'd|I’d|"
    r"I'll|I’ll|we|my|our|that's|that’s)\b))"
)


class Support(KnownNames, KnownNumbers, KnownDetails):
    """What a draft may assert: the known texts, normalised for phrase and number look-ups.
    The look-ups of each claim kind come from KnownNames (with KnownAcronyms), KnownNumbers
    and KnownDetails, on the index KnownTexts builds."""


_INTERVIEW = frozenset({"interview", "interviews"})
_PODCAST = frozenset({"podcast", "podcasts"})
_HOST = frozenset({"host", "hosts", "hosted", "interviewer"})


# What people call their family, capitalised as a name: "my own Nana", "our Gran".
_KIN = word_set("""mum mom mam mama mamma mammy ma dad daddy da papa pa nana nan nanna nanny
    gran granny grandma grandmama grandpa granda grandad granddad grandmother grandfather
    auntie aunty uncle lola lolo abuela abuelo abuelita abuelito oma opa nonna nonno yiayia
    yaya papou bubbe zaidy tita tito""")
_KIN_OWNER = re.compile(r"\b(?:my|our|his|her|their)\s+(?:(?:own|late|dear|old)\s+)?$",
                        re.IGNORECASE)


def _own_kin(claim: Claim) -> bool:
    """Whether the name `claim` is what someone calls a member of their family, after "my",
    "our" …: "my own Nana was the same", the writer's family, no name research must give."""
    at = find_phrase(claim.sentence, claim.phrase)
    return at >= 0 and claim.phrase.casefold() in _KIN and (
        _KIN_OWNER.search(claim.sentence[:at]) is not None)


def _supported(claim: Claim, support: Support) -> bool:
    if claim.kind in {"name", "title"} and _users_own(claim, support):
        return True
    if claim.kind == "name" and _users_code(claim, support):
        return True
    if claim.kind == "name" and _interjection(claim):
        return True
    if claim.kind == "name" and _own_kin(claim):
        return True
    if claim.kind in {"name", "title"} and _someone_elses_title(claim, support):
        return False
    if claim.kind == "name" and _SUBJECT_LINE.match(claim.sentence) and (
            " " not in claim.phrase.strip()):
        # "Subject: From Paarl back to Maseru": a subject line's few words are no context
        # to tell a one-word name by; a name known anywhere is the known name.
        return name_supported(Claim(claim.phrase, claim.kind, claim.phrase), support)
    if claim.kind == "name":
        return name_supported(claim, support) and not _pointed_to_unsaid(claim, support)
    if claim.kind == "topic":
        return support.has_topic(claim.phrase)
    if claim.kind == "term":
        # "a sketchbook", "the whiteboard in my lab": a word in a stretch about the user
        # alone tells of them, not of the recipient or their employer; one that names
        # someone ("I'll ask Matías about convergence monitoring") or asks of something
        # ("I'd love to hear how the cooperative moved to …") may tell of their work.
        at = find_phrase(claim.sentence, claim.phrase)
        return support.has_term(claim.phrase) or _everyday_compound(claim.phrase) or (
            at >= 0 and own_clause(claim.sentence, at, support)
            and _users_stretch(claim.sentence, at)
            and _ASKED.search(claim.sentence, 0, at) is None)
    if claim.kind == "title":
        if _other_persons_title(claim, support):
            return False
        # "an ICU nurse" for "an intensive care nurse": the acronym before the known rest.
        first, _, rest = claim.phrase.partition(" ")
        if rest and support.has_acronym_before(first, rest.split()[0]) and support.has_phrase(
                rest):
            return True
        return (support.has_phrase(claim.phrase) or support.has_clipped_phrase(claim.phrase)
                or support.has_title_initials(claim.phrase)
                or support.has_spelled_out(claim.phrase)
                or support.has_shortened_title(claim.phrase))
    if claim.kind == "quote":
        return support.has_phrase(claim.phrase)
    if claim.kind == "event":
        # "your 2024 interview on Cup and Leaf": a podcast's host talking to the recipient
        # is an interview, however research calls the episode.
        if claim.phrase.casefold() in _INTERVIEW and support.has_word_of(
                _PODCAST) and support.has_word_of(_HOST):
            return True
        return support.has_word_of(EVENT_WORDS.get(claim.phrase.casefold(), {claim.phrase}))
    if claim.kind == "when":
        return month_supported(claim, support)
    if claim.kind == "day":
        # The day of a call is wrong only where the known texts give days and not this
        # one, in full or short ("Tues 9am"), in English or the notes' language ("martes").
        forms = day_forms()
        day = weekday_index(claim.phrase)
        # The day the call was on ("Thank you for Monday's call") is the one the notes'
        # line about the call gives ("Teams call w/ … — Thurs 16:00"), where it gives one.
        called = support.call_days()
        said_of_call = {m.group(1) or m.group(2) for m in _CALL_DAY.finditer(claim.sentence)}
        if called and day not in called and claim.phrase in said_of_call:
            return False
        return (day is not None and (any(support.has_phrase(form) for form in forms[day]) or (
            day in _SHORT_DAYS and support.writes_short_day(_SHORT_DAYS[day])))) or (
            not any(support.has_phrase(form) for names in forms.values() for form in names))
    if claim.kind == "deadline":
        # Wrong only where the notes set things for other days ("send CV by Fri").
        due = support.deadline_days()
        return not due or weekday_index(claim.phrase) in due
    if claim.kind == "season":
        return season_supported(claim, support)
    if claim.kind in {"number", "date"}:
        return number_supported(claim, support)
    return False


# How frequent both words of a closed compound must be for it to be an everyday word.
_COMPOUND_PART_RANK = 2000


def _everyday_compound(phrase: str) -> bool:
    """Whether `phrase` is one word written as two frequent English words run together
    ("beforehand", "ballpark", "dropout"): an everyday word the frequency list lacks, no
    term of anyone's trade."""
    word = phrase.strip().casefold()
    if not word.isalpha() or " " in word:
        return False
    return any((a := english_rank(word[:k])) is not None and a < _COMPOUND_PART_RANK
               and (b := english_rank(word[k:])) is not None and b < _COMPOUND_PART_RANK
               for k in range(3, len(word) - 2))


_STRETCH_BREAK = re.compile(r"[,;:—–()]")
_OWN_MARK = re.compile(r"\b(?:my|our|I['’]m|I am|I['’]ve|I have)\b", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:how|what|why|whether|where|when|which|who)\b", re.IGNORECASE)


def _users_stretch(sentence: str, position: int) -> bool:
    """Whether the stretch of `sentence` around `position`, between punctuation, is the
    user's own: it has "my", "our", "I'm" or "I've", and no capitalised word but its first
    and "I" (one that names someone may tell of their work)."""
    start = max((m.end() for m in _STRETCH_BREAK.finditer(sentence, 0, position)), default=0)
    end = _STRETCH_BREAK.search(sentence, position)
    stretch = sentence[start:end.start() if end else len(sentence)]
    words = re.findall(r"[\w'’-]+", stretch)
    return _OWN_MARK.search(stretch) is not None and not any(
        w[:1].isupper() and not re.fullmatch(r"I(?:['’]\w+)?", w) for w in words[1:])


# The user saying what they are or were: "I'm a ski patroller and avalanche control tech",
# "I've worked in kitchens since 2014, starting as a dishwasher", "Brisbane chem teacher
# here": a few words after "I'm" or "as a", or before "here".
_SELF_COPULA = re.compile(r"\bI(?:['’]m| am| was|['’]ve been| have been)\s+"
                          r"(?:(?:an?|the|now)\s+)?(?:[\w'’-]+\s+){0,5}$")
_SELF_AS = re.compile(r"\bas\s+an?\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_SELF_HERE = re.compile(r"\s+here\b\s*(?:[,.!;:—–]|$)")
_OTHERS = re.compile(r"\b(?:you|your|yours|he|she|his|her|they|their)\b", re.IGNORECASE)
_I = re.compile(r"\b(?:I|my|I['’]ve|I['’]m)\b")
# The clause the user is the subject of, right after an opening phrase: ", I'd love to".
_I_NEXT = re.compile(r"[^,;:—–()]*,\s+I\b")


def _describes_user(sentence: str, start: int, end: int) -> bool:
    """Whether `sentence[start:end]` is part of what the user says they are or were, in
    words that are theirs to choose (no one else is spoken of before it): after "I'm a"
    or, in a sentence that speaks of the user alone, "as a" (or in an opening phrase the
    user is the subject after: "after 180 port calls as a ship's officer, I'd …"); or before
    "here"."""
    before = sentence[:start]
    copula = _SELF_COPULA.search(before)
    if copula is not None and _OTHERS.search(copula.group()) is None and not any(
            w.casefold().endswith("ing") for w in copula.group().split()[1:]):
        return True  # not what they are doing: "I'm going to get hands-on with radar"
    if _SELF_AS.search(before) and _OTHERS.search(before) is None and (
            _I.search(before) or _I_NEXT.match(sentence, end)):
        return True  # "after 180 port calls as a ship's officer, I'd love to …"
    move = _MOVE_FROM.search(before)
    if move is not None:
        # "I wanted to move from the teller line into investigations", "Coming from routine
        # water testing, I'd …": where the user comes from is theirs to tell.
        own = list(_I.finditer(before, 0, move.start()))
        if (own and _OTHERS.search(before, own[-1].start()) is None) or (
                not before[:move.start()].strip() and _I_NEXT.match(sentence, end)):
            return True
    return bool(_SELF_HERE.match(sentence, end)) and _OTHERS.search(before) is None


# Where someone moves from, up to the words of a detail: "move from the …", "coming from …".
_MOVE_FROM = re.compile(r"\b(?:mov(?:e|es|ed|ing)|com(?:e|es|ing)|came|switch(?:es|ed|ing)?|"
                        r"transition(?:s|ed|ing)?)\s+(?:away\s+|over\s+)?from\s+"
                        r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


# A word that opens a sentence and stands apart from it: before a comma and the sentence
# going on in small letters or "I" ("Eish, I was that guy.", "Ja, as a …"), not in an
# apposition ("Steinbind, the 4,500-metre well"), or before "!" with at most one small word
# ("Lekker work!", "Sjoe!").
_INTERJECTION = re.compile(
    r"^\W*([\w'’-]+)(?:,\s+(?=I\b|(?!(?:the|a|an|my|our|your|its|their|his|her|which|who|"
    r"whose|where|one|home|now)\b)[a-z])|\s*!|\s+[a-z][\w'’-]*\s*!\s*$)")


def _interjection(claim: Claim) -> bool:
    """Whether the name `claim` is a word of one the writer opens a sentence with, an
    exclamation or a word of their own language ("Eish, I was that guy.", "Lekker work!"),
    which names nothing. Not a name of two words, nor one the sentence goes on to speak of
    with a name ("Kilrush, County Clare, …")."""
    m = _INTERJECTION.match(claim.sentence)
    return m is not None and m.group(1) == claim.phrase


# A short code or acronym of capitals, digits and "&" ("SQL", "B1", "P&L"): a skill, a tool
# or a level anyone may have. Longer ones ("ELNEC") and brand names written in mixed case
# ("AutoCAD", "OnCore") are more often one product or course, a claim of their own.
_CODE = re.compile(r"[A-Z][A-Z0-9&]{1,3}")


def _users_code(claim: Claim, support: Support) -> bool:
    """Whether a short code or acronym ("SQL", "CFD", "B1") stands in a clause about the user
    alone, not asking of anything before it: the user's own tools and credentials ("I'm
    teaching myself SQL", "until I reach B1"), which research about the recipient need not
    give. Not one said of the recipient's work ("your team logs closures in SQL") or asked
    of it ("I'll ask how the barrier's FEM model was built")."""
    at = find_phrase(claim.sentence, claim.phrase)
    if at < 0 or not _CODE.fullmatch(claim.phrase):
        return False
    # Initials that start as those of a known phrase ("ASP" where research has antimicrobial
    # stewardship, AMS) may be research's thing, told wrong.
    if support.has_acronym(claim.phrase[:2]):
        return False
    # "an ER nurse", "an EE degree": part of a title or a credential, which the user's own
    # texts must give.
    role = re.match(r"\s+([\w'’-]+)", claim.sentence[at + len(claim.phrase):])
    if role is not None and (ROLE_WORD.fullmatch(role.group(1))
                             or role.group(1).casefold() in _CREDENTIALS):
        return False
    # "My thesis was a CFD study": the clause opening with "My" is the user's too.
    sentence = re.sub(r"^(\W*)My\b", r"\1my", claim.sentence)
    if not own_clause(sentence, at, support):
        return False
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    # "the OSM parts", "at NTNU": a body or a place named short, a claim of its own.
    return _ASKED.search(sentence, start, at) is None and not re.search(
        r"['’]s\b", sentence[start:at]) and not _CODE_OF_BODY.search(sentence, 0, at)


_CREDENTIALS = frozenset({"degree", "degrees", "diploma", "certificate", "cert", "licence",
                          "license", "qualification", "major", "minor", "honours", "honors"})
_CODE_OF_BODY = re.compile(r"\b(?:the|at|for|with|from|of|by|to|in)\s+$", re.IGNORECASE)


# Where the user says who they are: "I'm Matías Cortés, a …", "My name is …", "As a …".
_IDENTITY = re.compile(r"(?:\bI(?:'m|’m| am)|\b[Mm]y name(?:'s|’s| is)|^\s*As an?)\s")


def _users_own(claim: Claim, support: Support) -> bool:
    """Whether a title or name the user gives themselves where they say who they are, in a
    clause about them alone, is told in their own words ("I'm Matías Cortés, a senior
    ventilation engineer" where the profile says "its ventilation engineer, senior since
    2022"). Not what they are doing ("I'm getting a copy of Writing Is Designing")."""
    at = find_phrase(claim.sentence, claim.phrase)
    cues = list(_IDENTITY.finditer(claim.sentence, 0, max(at, 0)))
    if at < 0 or not cues:
        return False
    cue = cues[-1]
    between = re.findall(r"[\w'’-]+", claim.sentence[cue.end():at])
    return (len(between) <= 6 and not any(w.casefold().endswith("ing") for w in between)
            and own_clause(claim.sentence, at, support) and support.has_own_words(claim.phrase))


# The title given to the recipient: "As Deaf Patient Liaison Officer, you've …", "as you do
# as Senior Conservator at …", "you joined … in 2013 as a quality controller".
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:the|a|an|your)\s+)?$", re.IGNORECASE)


def _someone_elses_title(claim: Claim, support: Support) -> bool:
    """Whether a title the draft gives the recipient ("As Deaf Patient Liaison Officer,
    you …") is one the known texts give only in sentences about someone else: a colleague's
    title mixed up for theirs."""
    at = find_phrase(claim.sentence, claim.phrase)
    if at <= 0 or not ROLE_WORD.search(claim.phrase) or not _AS_BEFORE.search(
            claim.sentence[:at]) or not re.search(r"\b[A-Z]", claim.phrase):
        return False  # a title as written, with its capitals: not "as officers"
    # "you" next to it, and not the user: "As a pharmacy technician, I …" is their own.
    near = claim.sentence[max(0, at - 40):at + len(claim.phrase) + 40]
    if not re.search(r"\byou\b", near, re.IGNORECASE) or re.search(
            r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b", near):
        return False
    known = support.texts_naming(f" {normalise(claim.phrase)} ")
    return bool(known) and all(
        not support.names_subject(text) and any(support.has_given_name(w) for w in text.split())
        for text in known)


def _pointed_to_unsaid(claim: Claim, support: Support) -> bool:
    """Whether the person the recipient pointed the user to ("thank you for suggesting I
    talk to Reiko Tanabe") is one the notes of the call never name, where notes are known:
    research names colleagues the call did not, and a model mixes them up."""
    words = claim.phrase.split()
    if not support.notes_given() or not 2 <= len(words) <= 3 or any(
            not (w[:1].isupper() and w[1:].islower()) for w in words):
        return False
    at = find_phrase(claim.sentence, claim.phrase)
    # A person: a known given name, or a title before the name ("Dr Anna Lisowska").
    person = support.has_given_name(words[0]) or _TITLED.search(claim.sentence, 0, max(at, 0))
    pointed = POINTED_TO.search(claim.sentence[:at]) if at > 0 else None
    if pointed is None or not person or support.names_subject(claim.phrase):
        return False
    # An introduction is to someone the notes tell of as someone to talk to; a suggestion
    # may be of a book or a group the notes list bare.
    if _INTRODUCED.search(pointed.group()):
        return not support.pointed_to_on_call(claim.phrase)
    return not support.said_on_call(claim.phrase)


_TITLED = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+$")
_INTRODUCED = re.compile(r"introduc|connecting|in touch|offering to|"
                         r"\b(?:pass|passing|forward|forwarding|send|sending)\s+(?:on\s+)?my\b",
                         re.IGNORECASE)


# A person the writer is to meet, just before a title in apposition.
_MET_PERSON = re.compile(MET_PERSON + "$")


def _other_persons_title(claim: Claim, support: Support) -> bool:
    """Whether the title is given to a person the writer is to meet whom the known texts
    name without any of its role words: "Joel Ramirez, FP&A director" where the notes have
    "Joel Ramirez (senior FP&A manager)"."""
    at = find_phrase(claim.sentence, claim.phrase)
    roles = {m.group(0).casefold() for m in ROLE_WORD.finditer(claim.phrase)}
    person = _MET_PERSON.search(claim.sentence[:at]) if at > 0 and roles else None
    if person is None:
        return False
    known = support.texts_naming(f" {normalise(person.group(1))} ")
    return bool(known) and not any(re.search(rf" {re.escape(role)}s? ", text)
                                   for text in known for role in roles)


def _with_known_number(claim: Claim, support: Support) -> Claim:
    """A number flagged where research puts another among the same words says which: the
    user sees the number to write."""
    at = find_phrase(claim.sentence, claim.phrase)
    rivals = support.number_rivals(claim.sentence, at, at + len(claim.phrase)) if (
        claim.kind == "number" and at >= 0) else set()
    if not rivals:
        return claim
    return replace(claim, note=f"research has {' or '.join(sorted(rivals))} in its place")


# A month the writer asks to meet in, or hopes or fails to get somewhere in: "a short call
# in December?", "I wish I could be there in November", "getting there in January or".
_MEET_IN = re.compile(
    r"\b(?:call|chat|catch-up|coffee|conversation|meeting|be\s+there|get(?:ting)?\s+there)"
    r"\s+(?:(?:sometime|some\s+time)\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:[A-Z][a-z]+\s+or\s+)?$")
_WISHED = re.compile(r"\?|\b(?:would|could|maybe|perhaps|wish|hope|hoping|I'll|I’ll|I\s+will|"
                     r"can't|can’t|won't|won’t|cannot)\b")


def _month_asked(claim: Claim) -> bool:
    """Whether a month (no day with it) is when the writer asks to meet, or hopes to be
    somewhere, in a sentence that asks or wishes: the writer's plan, no date of research's
    ("maybe over a short call in December?", "I wish I could be there in November")."""
    if claim.phrase.casefold() not in MONTHS:
        return False
    at = find_phrase(claim.sentence, claim.phrase)
    if at < 0 or re.match(r"\s*\d", claim.sentence[at + len(claim.phrase):]):
        return False
    return bool(_MEET_IN.search(claim.sentence[:at])) and bool(_WISHED.search(claim.sentence))


# A year the writer plans or hopes for themselves: "possible for me in 2027", "at the top
# of my list for 2027", "my goal for 2026", "for us by 2028".
_PLANNED_FOR = re.compile(
    r"(?:\bfor\s+(?:me|us)\s+(?:in|by)|\b(?:my|our)\s+(?:[a-z]+\s+){1,2}(?:for|in|by))"
    r"\s+(?:(?:early|late|mid)[\s-]+)?$")


def _year_planned(claim: Claim) -> bool:
    """Whether a year alone is one the writer plans or hopes for themselves ("I hope the
    Gulf may be possible for me in 2027", "… is now at the top of my list for 2027"): the
    writer's plan, no date of research's."""
    if not re.fullmatch(r"(?:19|20)\d\d", claim.phrase):
        return False
    at = find_phrase(claim.sentence, claim.phrase)
    planned = _PLANNED_FOR.search(claim.sentence[:at]) if at >= 0 else None
    return planned is not None and _OTHERS.search(planned.group()) is None


_NAME_GOES_ON = re.compile(r"(?:\s+(?:og|of|de|del|la|le|van|von|der|y|e|i|and|&)"
                           r"\s+[A-Z][\w'’-]*)+")


def _with_dated_name(claim: Claim, support: Support) -> Claim:
    """A year (or month) flagged beside a name research dates otherwise is the pair: "at
    the Bangor University in 2016" where research has the MSc at the University of Bath in
    2016 and Bangor University in 2008. Either may be the slip, so the user sees both."""
    if claim.kind != "date":
        return claim
    phrase = claim.phrase.strip()
    if re.fullmatch(r"(?:19|20)\d\d", phrase):
        value = phrase
    elif phrase.casefold() in MONTHS:
        value = "month:" + phrase.casefold()[:3]
    else:
        return claim
    at = find_phrase(claim.sentence, claim.phrase)
    if at < 0:
        return claim
    span = dated_name(claim.sentence, at, at + len(claim.phrase), value, support)
    if span is None:
        return claim
    # The name's lower-case joiners and the words after them: "Bro og Vei", not "Bro".
    rest = _NAME_GOES_ON.match(claim.sentence, span[1])
    span = (span[0], rest.end() if rest is not None else span[1])
    start, end = min(span[0], at), max(span[1], at + len(claim.phrase))
    name = claim.sentence[span[0]:span[1]]
    what = "month" if value.startswith("month:") else "year"
    return replace(claim, phrase=claim.sentence[start:end],
                   note=f"research gives “{name}” another {what}")


def _dated_pairs(found: list[Claim], support: Support) -> list[Claim]:
    """The flagged years and months widened to the name beside them that research dates
    otherwise (`_with_dated_name`), where no other flagged claim of the sentence holds
    that name (it says more: "research has … in its place")."""
    widened = []
    for claim in found:
        wide = _with_dated_name(claim, support)
        if wide is not claim and any(
                other is not claim and other.sentence == claim.sentence
                and (other.phrase in wide.phrase or wide.phrase in other.phrase)
                for other in found):
            wide = claim
        widened.append(wide)
    return widened


def unsupported_claims(text: str, support: Support) -> list[Claim]:
    """The claims in `text` that nothing known supports: the specific claims, then in
    sentences about the recipient or their employer the details swapped for others.
    The words that open and close a letter ("Kia ora Pip,", "Ngā mihi nui,") are a formula
    in whatever language, never a claim; the name they greet is checked as usual."""
    greeting, closing = _formulas(text)
    # The formulas of a letter, and idioms ("a game changer", "make the jump"): no claim.
    listed = formula_spans(text) + idiom_spans(text)
    found = []
    # A name the draft has already grounded is the same name when it comes again, in any
    # sentence: "… speaking in Hobart in October. … 15 minutes sometime after Hobart?"
    grounded: set[str] = set()
    known_names: list[Claim] = []
    for claim in extract_claims(text, support.vocabulary):
        rest = _past_formula(claim, greeting, closing)
        if rest is not None:
            rest = _past_listed(rest, text, listed)
        if rest is None:
            continue
        if rest.kind == "number" and _counts_list_below(text, rest):
            continue  # "Three advices I am taking with me:" and three bullet points
        if rest.kind == "date" and _month_asked(rest):
            continue  # "maybe over a short call in December?": when the writer asks to meet
        if rest.kind == "date" and _year_planned(rest):
            continue  # "possible for me in 2027": the year the writer plans for
        # So is a month said again ("… in Houston in March. … safe travels in March!").
        again_kind = rest.kind == "name" or rest.phrase.casefold() in MONTHS
        again = again_kind and normalise(rest.phrase) in grounded
        if again or _supported(rest, support):
            if again_kind:
                grounded.add(normalise(rest.phrase))
            if rest.kind == "name":
                known_names.append(rest)
            continue
        found.append(_with_known_number(rest, support))
    for raw in sentences(text):
        # "your work as director of agriculture": a colleague's title given to the recipient
        # (before the pairs, which would tell only that research never puts it there).
        # "On Namibian Women in Aviation Day you said …": the recipient's words at an event
        # research never gives them at.
        found += [c for c in titles_of_others(raw, support) + misplaced_sayings(raw, support)
                  + misdated_pieces(raw, support) + misplaced_pieces(raw, support)
                  + _days_in_anothers_place(raw, support)
                  + _lengths_in_anothers_place(raw, support)
                  if not any(f.sentence == raw and (f.phrase in c.phrase or c.phrase in f.phrase)
                             for f in found)]
    found += mixed_up_names(known_names, support, found)
    found += misplaced_partners(text, known_names, support, found)
    found += _names_in_anothers_place(text, known_names, support, found)
    found += _described_otherwise(text, known_names, support, found)
    found = _dated_pairs(found, support)
    for raw in sentences(text):
        if _SUBJECT_LINE.match(raw):
            # "Subject: Your hammer-and-drone trial": a subject line names a topic in a few
            # words of the writer's own; its names, numbers and dates were checked above.
            continue
        # A swap overlapping a claim already flagged in the sentence is that claim again.
        flagged = {w for c in found if c.sentence == raw for w in normalise(c.phrase).split()}
        about_before = False
        for clause, after_colon in _clauses(URL_OR_EMAIL.sub(" ", raw)):
            about = support.about_subject(clause) or (
                after_colon and about_before and not _FIRST_PERSON.match(clause))
            about_before = about
            if _EASY_NO.search(clause):
                continue  # "If you're too busy, no reply needed at all.": the writer's offer
            # A clause that repeats research or notes word for word around a new detail
            # restates what they say, whoever it names.
            phrases = support.replaced(clause, raw)
            if about:
                phrases = support.misaligned(clause, raw) + phrases + support.coined(clause)
            else:
                # "The" event nothing known names ("how a redesign like that gets from the
                # design competition to opening day"): the draft presumes an event research
                # never mentions, in any clause.
                phrases = phrases + support.events(clause, unheard=True)
            for phrase in phrases:
                if len({frozenset(EVENT_WORDS.get(w.casefold(), {w}))
                        for w in phrase.split()}) == 1 and " " in phrase.strip():
                    continue  # "your blog post": one event noun, checked as an event
                plain = [w for w in phrase.split() if not w[:1].isupper()]
                if (len(plain) == 1 and plain != phrase.split()
                        and plain[0].casefold() in EVENT_WORDS
                        and support.has_word_of(EVENT_WORDS[plain[0].casefold()])):
                    continue  # "the NPB blog": a known kind of piece under a name checked apart
                if ABSTRACT_NOUN.search(phrase) and " " not in phrase.strip() and (
                        english_rank(phrase.casefold()) is not None):
                    continue  # "the same patience": a quality named alone is no detail
                at = find_phrase(raw, phrase)
                if at >= 0 and within_request(raw, at, at + len(phrase)):
                    continue  # "not asking about vacancies": the writer's own ask
                if at >= 0 and _describes_user(raw, at, at + len(phrase)):
                    continue  # "I'm a ski patroller and avalanche control tech"
                if is_formula(phrase) or _within(text, raw, phrase, listed):
                    continue  # "congratulations to you", "I hope this mail finds you well"
                words = set(normalise(phrase).split())
                unknown = {w for w in words if not support.has_term(w)}
                if unknown and all(judgement_word(w) or w in _EMPTY_NOUNS for w in unknown):
                    continue  # "a busy repair lab", "the clearest thing": the writer's view
                if support.has_clipped_phrase(phrase, clips_only=True):
                    continue  # "NUS civil eng" where research says "civil engineering"
                after = raw[at + len(phrase):] if at >= 0 else ""
                if _what_it_did(normalise(phrase).split(), unknown, after):
                    continue  # "cargo left on the quay fell from 7 per cent": what it did
                if len(words) == 1 and everyday(next(iter(words))):
                    continue  # "out of use", "your blog saying …": an everyday word alone
                if len(words) == 1 and at >= 0 and _verb_with_object(
                        next(iter(words)), raw[at + len(phrase):], raw[:at]):
                    continue  # "Sléttuhraun losing about 16 bar": what it does, not which
                if words and not words & flagged:
                    flagged |= words
                    found.append(Claim(phrase, "detail", raw))
    return found


_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satur|Sun)(?:day)?\b")


def _days_in_anothers_place(sentence: str, support: Support) -> list[Claim]:
    """The days of the week research puts another in the place of, among the same words:
    "the report now goes out on Wednesday mornings instead of Friday afternoons" where
    research says "on Monday mornings instead of Friday afternoons" (`day_rivals`)."""
    found = []
    for m in _WEEKDAY.finditer(sentence):
        rivals = support.day_rivals(sentence, m.start(), m.end())
        if rivals:
            found.append(Claim(m.group(), "day", sentence,
                               note=f"research has {' or '.join(sorted(rivals))} in its place"))
    return found


def _lengths_in_anothers_place(sentence: str, support: Support) -> list[Claim]:
    """The lengths of time ("a median of 20 minutes", "every 60 minutes"), which are no
    claims of their own (a call's length is the writer's request), where research puts
    another number among the same words (`rivalled_number`): "the time to the first dose
    fell from a median of 20 minutes to 6" where research says 14 minutes."""
    found = []
    for m in DURATION.finditer(sentence):
        for number in re.finditer(r"\d+|[A-Za-z]+", m.group()):
            word = number.group()
            if not (word.isdigit() or word.casefold() in NUMBER_WORDS):
                continue
            start, end = m.start() + number.start(), m.start() + number.end()
            rivals = rivalled_number(sentence, start, end, support)
            if rivals:
                found.append(Claim(word, "number", sentence,
                                   note=f"research has {' or '.join(sorted(rivals))} in its place"))
    return found


_EASY_NO = re.compile(EASY_NO, re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"\s*subject\s*:", re.IGNORECASE)


def _short_for(one: str, other: str) -> bool:
    """Whether one name is the other cut to its words' first letters or syllables: "UW" for
    "University of Washington", "B.Com" for "Bachelor of Commerce", "Singapore CoE" for
    "Singapore Certificate of Endorsement"."""
    short, name = sorted((one, other), key=len)
    capitals = "".join(c for c in short if c.isupper())
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))
    return len(capitals) > 1 and capitals == initials


def _names_in_anothers_place(text: str, names: list[Claim], support: Support,
                             flagged: list[Claim]) -> list[Claim]:
    """Known names where research puts another among the same words, and this one among
    fewer: "the closure decision is taken by Keringwacht" where research says "taken by
    GETIJ, the barrier's decision support system" and names Keringwacht as the maintenance
    app. Not the user's own names, towns and regions (research gives them apart from what
    happens there), nor a rival that is the name cut short ("UW") or one the draft names
    too ("for suggesting Lacey Nguyen … and Trent Oakes"). The user sees the name research
    has."""
    found = []
    said = f" {normalise(text)} "
    for claim in names:
        if any(f.sentence == claim.sentence
               and (claim.phrase in f.phrase or f.phrase in claim.phrase) for f in flagged):
            continue
        at = find_phrase(claim.sentence, claim.phrase)
        if at < 0 or support.users_own_name(claim.phrase) or support.is_town(claim.phrase) \
                or is_region(claim.phrase):
            continue
        # The recipient, where the draft speaks to them ("your interview in Sea Farmer
        # Weekly" for research's "an interview with Sigrún Hallgrímsdóttir"), is "you".
        you = ABOUT_RECIPIENT.search(claim.sentence) is not None
        rivals = sorted(
            r for r in support.name_rivals(claim.sentence, at, at + len(claim.phrase))
            if not support.is_town(r) and not is_region(r) and normalise(r) not in LETTER_WORDS
            and r.casefold() not in MONTHS and weekday_index(r) is None
            and not _short_for(claim.phrase, r) and f" {normalise(r)}" not in said
            and not (you and support.is_recipient(r)))
        if rivals:
            found.append(replace(claim, note=f"research has {' or '.join(rivals)} in its place"))
    return found

# What is said of a name in apposition after it: "InspectaTrack, the dashboard that …",
# "Fire & Form, Kourion's repair service", "Fair Leaf (a minimum price plus …)".
# (After a comma, "that" opens what was said, not what the name is: "the listener from
# Karachi, that one can come from anywhere".)
_APPOSITION = re.compile(r"\s*(?:,|\()\s*((?:the|a|an|your|its|their|his|her|our|which|who|"
                         r"winner|[A-Z][\w'’-]*['’]s)\s[^,;:!?()]*)")


def _described_otherwise(text: str, names: list[Claim], support: Support,
                         flagged: list[Claim]) -> list[Claim]:
    """Known names whose apposition research tells of another name, never of this one:
    "InspectaTrack, the dashboard that shows which villages you have missed" where research
    says "RabiesMap, our online dashboard, so we can see which villages we have missed".
    Not a name the draft names beside another research names there."""
    found: list[Claim] = []
    said = f" {normalise(text)} "
    for claim in names:
        at = find_phrase(claim.sentence, claim.phrase)
        if at < 0 or any(f.sentence == claim.sentence and (
                claim.phrase in f.phrase or f.phrase in claim.phrase) for f in flagged + found):
            continue
        described = _APPOSITION.match(claim.sentence, at + len(claim.phrase))
        if described is None or support.names_subject(claim.phrase) or (
                support.users_own_name(claim.phrase) or support.is_town(claim.phrase)
                or is_region(claim.phrase)):
            continue  # nor the user's own name ("I'm Ana, a data analyst in …"), nor a place
        rivals = sorted(r for r in support.described_otherwise(claim.phrase, described.group(1))
                        if f" {normalise(r)} " not in said)
        if rivals:
            found.append(replace(claim, note=f"research tells this of {' or '.join(rivals)}"))
    return found


# Nouns that name nothing in particular ("the honest parts", "how busy things must be").
_EMPTY_NOUNS = frozenset({"thing", "things", "part", "parts", "bit", "bits", "lot", "lots",
                          "stuff"})


# Past forms of frequent verbs that no ending tells: "the share fell", "the team grew".
_IRREGULAR_PAST = frozenset({"fell", "grew", "rose", "drew", "began", "became", "went", "came",
                             "took", "gave", "made", "kept", "got", "ran", "won", "led"})


def _what_it_did(words: list[str], unknown: set[str], after: str = "") -> bool:
    """Whether the words of a phrase research does not use (else its last word) are verbs
    said of the word before them, in a past or -ing form, or an -s form where `after` (the
    sentence after the phrase) reads as a verb's, with nothing but small words after ("the
    quay fell", "some sites dropped below", "the scenario becoming", "community pharmacy
    sounds so close"): what a known thing did, not another thing in its place. A verb's
    form before a noun ("funded pipelines", "skipped test") names a kind of thing."""
    if len(words) < 2:
        return False
    # Words known apart but never together ("the quay fell"): the last word that says
    # something is the one that may be a verb.
    checked = unknown or {next((w for w in reversed(words) if w not in STOP_WORDS), "")}
    for i, word in enumerate(words):
        if word not in checked:
            continue
        if i == 0 or any(w not in STOP_WORDS for w in words[i + 1:]):
            return False
        # An -s form is a verb only where what follows reads as a verb's: "sounds so
        # close", "asks of someone", "gets written" ("traffic models do" and "local
        # schools." are nouns).
        ending = ("ed", "ing", "s") if word == words[-1] and _VERB_NEXT.match(after) else (
            "ed", "ing")
        bases = base_forms(word) - {word}
        if word.endswith("ies"):
            bases.add(word[:-3] + "y")  # "carries" of "carry"
        if word not in _IRREGULAR_PAST and not (
                word.endswith(ending) and not word.endswith("ss") and any(
                    (rank := english_rank(b)) is not None and rank < _COMMON_VERB_RANK
                    for b in bases)):
            return False
    return True


# What follows a verb and seldom a noun: an adverb of degree, a past participle, "of" a
# person.
_VERB_NEXT = re.compile(r"\s+(?:so|too|very|quite|like|[a-z]+(?:ed|en)\b|"
                        r"of\s+(?:someone|anyone|me|you|us|them|people)\b|"
                        # an amount it takes ("a coin takes about 14 weeks") or a particle
                        # carrying on to ("what I learnt at sea carries over to …")
                        r"(?:about|around|nearly|almost|roughly|at\s+least)\s+\d|"
                        r"(?:over|across|through)\s+(?:to|into)\b)")


# Words that open an amount after a verb: "losing about 16 bar", "falling from 11 to 7".
_AMOUNT_LEADS = frozenset({"about", "around", "nearly", "almost", "over", "under", "from",
                           "more", "less", "up", "down", "by", "roughly", "some"})
# Words that open an -ing verb's object: "changing any more tanning recipes".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "any", "their", "its", "our", "your", "his",
                             "her", "my", "every", "each", "this", "these", "those"})
# A preposition before an -ing word that makes it a gerund: "by fixing", "of tackling".
_GERUND_PREPOSITION = re.compile(
    r"\b(?:by|of|before|after|without|while|when|through|into)\s+$", re.IGNORECASE)
# How frequent a verb must be for its inflected forms alone to name nothing.
_COMMON_VERB_RANK = 1500
# Any English word of the shipped list, for a verb whose object follows it.
_ANY_VERB_RANK = 10_000


def _verb_with_object(word: str, after: str, before: str = "") -> bool:
    """Whether `word` inflects a frequent English verb and goes on with its object or a
    preposition ("losing about 16 bar", "speaks to", "falling from 11 to 7"): it tells what
    something does, not which thing ("four lanes of parking" names one). An -ing word goes
    on with its object where a determiner follows it ("before changing any more recipes",
    "the drill bringing the peak down") or, after a preposition that takes a gerund, a
    lower-case word ("just by fixing tank lids", "a way of tackling wet-white failures")."""
    nxt = re.match(r"\s+([\w'’-]+)", after)
    if nxt is None or not word.endswith(("ing", "s", "ed")):
        return False
    following = nxt.group(1).casefold()
    # An -ing word may be a noun before "to" ("imaging to every kitchen"): as a verb it is
    # followed by an amount ("losing about 16 bar", "falling from 11 to 7").
    # With its object in sight, the verb may be any English one ("tackling", "fixing").
    with_object = word.endswith("ing") and (following in _OBJECT_OPENERS or (
        _GERUND_PREPOSITION.search(before) is not None and nxt.group(1).islower()
        and following not in STOP_WORDS))
    if word.endswith("ing") and not (
            following[:1].isdigit() or following in _AMOUNT_LEADS or with_object):
        return False
    if not word.endswith("ing") and following not in STOP_WORDS:
        return False
    bases = base_forms(word) - {word}
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    most = _ANY_VERB_RANK if with_object else _COMMON_VERB_RANK
    return any((rank := english_rank(b)) is not None and rank < most for b in bases)


# A day said as the day of the call: "for Monday's call", "your time on Tuesday", "the call
# Thursday"; not "I'll send it on Monday".
_DAY_NAME = r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_CALL_DAY = re.compile(
    rf"\b{_DAY_NAME}['’]s\s+(?:call|chat|conversation|talk|meeting)\b"
    r"|\b(?:call|chat|time|talk|minutes|conversation|speaking|talking|meeting)\b[^.,;!?]{0,30}?"
    rf"\b(?:on\s+)?{_DAY_NAME}")
# The days whose short forms are English words: notes write them before a time ("Sat 9:30").
_SHORT_DAYS = {5: "Sat", 6: "Sun"}


_NAME_TITLES = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "prof",
                          "prof.", "professor", "sir", "madam"})


def _formulas(text: str) -> tuple[tuple[str, frozenset[str]], str]:
    """The letter's salutation (its first line up to a comma, "!" or dash, at most five
    words) with the words that greet rather than name, and its closing line (a short line
    ending in a comma or "!" with only a short signature after it; no digits, months,
    weekdays or capitalised words after its first, which would be a claim: "See you at
    Ardbrack,")."""
    lines = [line.strip() for line in text.strip().splitlines()]
    greeting: tuple[str, frozenset[str]] = ("", frozenset())
    if lines:
        parts = re.split(r"\s*(?:[,!–—]|\s-\s)", lines[0], maxsplit=1)
        head = parts[0]
        words = head.split()
        # A salutation ends with the name it greets, then a comma, "!", dash or line break.
        ended = len(parts) == 2 or len(lines) > 1
        if ended and 2 <= len(words) <= 5 and words[-1][:1].isupper():
            start = len(words)
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            if start == 0:  # "Kia Ora Pip": the name is the last word, after any title
                start = len(words) - 1
                if start > 0 and words[start - 1].casefold() in _NAME_TITLES:
                    start -= 1
            while start > 0 and words[start - 1].casefold() in _NAME_TITLES:
                start -= 1
            greeting = (head, frozenset(w.casefold() for w in words[:start]))
    closing = ""
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index]
        after = [rest for rest in lines[index + 1:] if rest]
        if (line and len(line.split()) <= 4 and line[-1] in ",!" and after
                and all(len(rest.split()) <= 6 for rest in after)
                and not re.search(r"\d", line)
                and not any(w[:1].isupper() for w in line.split()[1:])
                and not any(w.casefold().strip(",!") in MONTHS | set(WEEKDAYS)
                            for w in line.split())):
            closing = line
            break
    return greeting, closing


def _past_formula(claim: Claim, greeting: tuple[str, frozenset[str]], closing: str
                  ) -> Claim | None:
    """`claim` without the words that greet or close the letter: None when it is all
    formula, the name alone when a greeting word was taken into it ("Hiya Euan")."""
    if closing and claim.sentence.strip() == closing:
        return None
    head, greets = greeting
    if greets and claim.sentence.strip().startswith(head) and claim.phrase in head:
        words = claim.phrase.split()
        while words and words[0].casefold() in greets:
            words.pop(0)
        if not words:
            return None
        if len(words) < len(claim.phrase.split()):
            return Claim(" ".join(words), claim.kind, claim.sentence)
    return claim


_BULLET = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+\S")


def _counts_list_below(text: str, claim: Claim) -> bool:
    """Whether the count `claim` is that of the bullet points under its line, which ends
    in a colon: it says nothing the list does not."""
    word = claim.phrase.casefold()
    count = NUMBER_WORDS.get(word) if word in NUMBER_WORDS else (
        int(word) if word.isdigit() else None)
    if count is None or not 2 <= count <= 9:
        return False
    at = find_phrase(claim.sentence, claim.phrase)
    colon = claim.sentence.find(": ")
    if 0 <= at < colon and not claim.sentence.rstrip().endswith(":"):
        # The list after the colon in the same sentence: "Two resources you mentioned are
        # now at the top of my list: the NDSA Levels, which I'll read first, and …".
        return _items_listed(claim.sentence[colon + 2:]) == count
    if not claim.sentence.rstrip().endswith(":"):
        return False
    lines = text.splitlines()
    for k, line in enumerate(lines):
        if line.strip().endswith(claim.sentence.strip()):
            items = 0
            for below in lines[k + 1:]:
                if not _BULLET.match(below):
                    break
                items += 1
            return items == count
    return False


_ITEM_BREAK = re.compile(r"\s*;\s*(?:and\s+|or\s+)?|,\s+(?:and\s+|or\s+)?")
# What goes on about the item before it, not another item: ", which I'll read first".
_ITEM_GOES_ON = re.compile(r"(?:which|who|whose|where|as|so|because|since|though|while)\b",
                           re.IGNORECASE)


def _items_listed(rest: str) -> int:
    """How many items a list written in a sentence holds: "an MPH for surveillance, a
    veterinary degree for …" (two); "A and B" (two), a relative clause part of its item."""
    rest = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
    parts = [p for p in _ITEM_BREAK.split(rest) if p.strip()]
    items = [p for k, p in enumerate(parts) if k == 0 or not _ITEM_GOES_ON.match(p)]
    if len(items) == 1:
        return len(re.split(r"\s+(?:and|or)\s+", items[0]))
    return len(items)


def _within(text: str, sentence: str, phrase: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the words of `phrase` of `sentence` that say anything lie in the formula
    `spans` of `text` ("say salamat kaayo")."""
    base = text.find(sentence)
    at = find_phrase(sentence, phrase) if base >= 0 else -1
    if at < 0 or not spans:
        return False
    start = base + at
    said = [m for m in re.finditer(r"[\w'’-]+", phrase) if m.group().casefold() not in STOP_WORDS]
    return bool(said) and all(any(a <= start + m.start() < b for a, b in spans) for m in said)


def _past_listed(claim: Claim, text: str, spans: list[tuple[int, int]]) -> Claim | None:
    """`claim` without the words of a listed formula (formulas.py): None when it is all
    formula ("Grüß Gott", "Vergelt's Gott"), what is left when a formula was read into it
    ("LG Lukas": Lukas)."""
    if not spans:
        return claim
    base = text.find(claim.sentence)
    at = find_phrase(claim.sentence, claim.phrase) if base >= 0 else -1
    if at < 0:
        return claim
    start = base + at
    kept = [m for m in re.finditer(r"\S+", claim.phrase)
            if not any(a <= start + m.start() < b for a, b in spans)]
    if all(m.group().casefold() in _NAME_TITLES for m in kept):
        return None  # "Grüß Gott Ms": the greeting and a title, the name checked apart
    if len(kept) == len(claim.phrase.split()):
        return claim
    return Claim(claim.phrase[kept[0].start():kept[-1].end()], claim.kind, claim.sentence)


# A clause the user opens of themselves: "a concrete plan: I've signed up for a course".
_FIRST_PERSON = re.compile(r"\s*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|we're|we’re|my|our)\b")


def _clauses(sentence: str) -> list[tuple[str, bool]]:
    """A sentence's clauses, without a greeting, each with whether a colon opens it: what
    the user says of themselves next to a statement about the recipient ("…, and that's
    the work I'd like to move into") is not about the recipient, but what follows a colon
    spells out the clause before it ("your advice on the podcast: learn emulsions
    properly")."""
    parts = _CLAUSE_BREAK.split(GREETING.sub("", sentence))
    found: list[tuple[str, bool]] = []
    after_colon = False
    for index, part in enumerate(parts):
        if index % 2:  # the break between two clauses; not the colon of a time ("2:10")
            after_colon = part.strip() == ":" and part != ":"
        elif part.strip():
            found.append((part, after_colon))
    return found
