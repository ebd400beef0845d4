"""Noun phrases a draft coins about the recipient: compounds nothing known says.

Alignment (alignment.py) finds a word standing where known texts put another; it needs an
anchor, a neighbour the known texts share. A phrase replaced whole ("the operator's work
with offshore wind farms" where research said "car ferries") has none. This module reads the
noun phrases of a clause about the recipient or their employer (runs of lower-case content
words that a determiner, possessive, preposition, number or name opens, with verbs kept out)
and flags two kinds:

- a job title: the word before a role noun ("harbour engineer") must be known with it as a
  phrase, not each on its own ("harbour" in a sentence about a pilot, "engineer" in the
  user's profile), when that word is known elsewhere or specific ("a fellow analyst" is not a
  title);
- a coined compound: two or more content words none of which any known text uses in any
  form (by inflection or listed synonym, not by a shared first few letters: "clinic" is not
  "clinical"), one of them specific, that is outside the 2,000 most frequent English words.
  Everyday words ("a clear view", "no job request") are how letters talk, not claims;
- words put together that are known only apart: every word known, but no one known
  sentence has them all ("car" and "timetables" each known, "car timetables" never said). A head
  among the 1,000 most frequent words frames the phrase and need not be in that sentence
  ("your scheduling work"). The letter's own words ("video", "call") count only as the
  modifier of a known head ("phone timetables").

Hyphenated compounds are read whole ("pop-up ticket booths"); a gerund or participle starts
the object after it rather than joining the phrase ("reading short written notes", "an
analyst moving into …"), and the verb after a clause's subject is left out ("how your team
decides").

A phrase the user owns ("my morning commute", "our freight yard") is about the user, not
the recipient, and is left alone; so is one the writer exclaims ("such a practical
answer"): a judgement, not a detail. A word before a particle ("stood out", "jotting
down") is a verb and ends the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .alignment import (
    _DETERMINERS,
    _FRAME_NOUNS,
    _LETTER,
    _OBJECTS,
    PhraseIndex,
    _opens_phrase,
    _phrase_word,
    _singular,
    _Token,
    _tokens,
    _verb_like,
    synonyms_of,
)
from .common_words import COMMON_WORDS, english_rank
from .counts import NUMBER_WORDS
from .text import word_set

__all__ = ["ROLE_HEAD", "coined_phrases", "event_phrases", "noun_phrases", "superlatives"]

_SPECIFIC_RANK = 2000  # words beyond this rank in English name something specific
_FRAME_RANK = 1000  # a phrase's head this frequent frames it ("work", "team", "roles")
ROLE_HEAD = re.compile(
    r"(?:manager|director|engineer|designer|scientist|analyst|researcher|officer|architect|"
    r"editor|producer|consultant|strategist|developer|nurse|physician|doctor|economist|"
    r"writer|recruiter|specialist|coordinator|advis[eo]r|planner|founder|lead|professor|"
    r"lecturer|teacher|librarian|journalist|reporter|curator|administrator|technician|"
    r"therapist|pharmacist|lawyer|attorney|accountant|marketer|programmer|statistician|"
    r"epidemiologist|chemist|biologist|manager|supervisor|assistant|clerk|inspector|"
    r"surveyor|veterinarian|paralegal|dietitian|counselor|counsellor|midwife|paramedic)s?$"
)
# A noun phrase after these is the subject of a clause of its own ("how your team decides
# …"): its last word is the clause's verb.
_SUBJECT_AFTER = word_set("how what why whether where when that if once")
_PREPOSITIONS = word_set("into to toward towards from with for on in at about through")
_OWNERS = word_set("my our i i'm i've we")
_PRONOUN_OBJECTS = word_set("me us him them")
_EXCLAIMING = word_set("such what quite")
_KINDS = word_set("kind sort type")
# Nouns naming an event: the words before them say which one ("the green crab outbreak",
# "the first community meeting"), and another event put there is as plausible as it is wrong.
_EVENT_HEADS = word_set(
    """conference summit festival symposium convention congress expo forum fair outbreak
    bloom storm flood wildfire heatwave drought spill competition contest meeting award
    ceremony gala hackathon retreat tournament championship strike merger acquisition
    recall epidemic pandemic crisis launch""")
# After a word these make it a phrasal verb ("stood out", "jotting down").
_PARTICLES = word_set("out up down off away back")


def noun_phrases(clause: str) -> list[list[_Token]]:
    """The runs of lower-case content words in `clause` that read as noun phrases."""
    tokens = _tokens(clause)
    found: list[list[_Token]] = []
    run: list[int] = []

    def close() -> None:
        nonlocal run
        phrase = _trim(tokens, run)
        if phrase:
            found.append([tokens[i] for i in phrase])
        run = []

    for i, token in enumerate(tokens):
        if run and i + 1 < len(tokens) and tokens[i + 1].low in _PARTICLES:
            close()  # "your route stood out", "explainers jotting down": a phrasal verb
            continue
        if run and token.low.endswith("ing") and i + 1 < len(tokens) and _phrase_word(
                tokens[i + 1]) and tokens[i + 1].spaced and not _role_title_end(tokens, i + 1):
            close()  # "a post describing night routes": a participle with its object
        if run and token.low.endswith("ing") and i + 1 < len(tokens) and tokens[
                i + 1].low in _PREPOSITIONS:
            close()  # "an analyst moving into research": a participle, not a noun
            continue
        hyphened = i > 0 and clause[tokens[i - 1].end:token.start] == "-"
        fits = token.text[0].islower() and ((hyphened and bool(run)) or (
            (_phrase_word(token) or token.low in _LETTER) and not _adverb(token.low)
            and not _verb_like(tokens, i) and (not run or token.spaced)))
        if fits:
            run.append(i)
        else:
            close()
    close()
    return found


def _role_title_end(tokens: list[_Token], i: int) -> bool:
    """Whether `tokens[i]` is a singular role noun ending its phrase: an -ing word before
    it names the field of a title ("the regional training manager for …"), not a
    participle taking it as its object."""
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    return bool(ROLE_HEAD.fullmatch(tokens[i].low)) and _singular(tokens[i].low) == tokens[
        i].low and (
        after is None or not _phrase_word(after) or after.low in _PREPOSITIONS)


def _trim(tokens: list[_Token], run: list[int]) -> list[int]:
    """`run` without the words around it that are verbs, or [] when it opens no phrase."""
    if not run:
        return []
    # A gerund opening the run takes an object: "about retiring timetables", "reading short
    # written notes"; the object is a noun phrase of its own.
    gerund = False
    while run and tokens[run[0]].low.endswith("ing") and not _after_determiner(tokens, run[0]):
        run, gerund = run[1:], True
    if not run or not (gerund or _after_verb(tokens, run[0]) or _opens_phrase(tokens, run[0])):
        return []
    first = run[0]
    before = tokens[first - 1].low if first > 0 else ""
    before_that = tokens[first - 2].low if before in _DETERMINERS and first > 1 else ""
    if (before in _SUBJECT_AFTER or before_that in _SUBJECT_AFTER) and len(run) > 1:
        run = run[:-1]  # "how your team decides": the verb after its subject
    if len(run) > 1:
        last = run[-1]
        after = tokens[last + 1].low if last + 1 < len(tokens) else ""
        after_that = tokens[last + 2].low if last + 2 < len(tokens) else ""
        if after in _OBJECTS or after_that in _PRONOUN_OBJECTS:
            run = run[:-1]  # "the trial gave me", "… plan resonates with me"
    return run


def _after_verb(tokens: list[_Token], i: int) -> bool:
    """Whether an -ing or -ed word stands right before `i`: what follows is its object
    ("reading short written notes"), a noun phrase."""
    before = tokens[i - 1].low if i > 0 and tokens[i].spaced else ""
    return len(before) > 4 and before.isalpha() and before.endswith(("ing", "ed"))


def _after_determiner(tokens: list[_Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].low in _DETERMINERS
                      or tokens[i - 1].text.endswith(("'s", "’s")))


def _adverb(low: str) -> bool:
    return low.endswith("ly") and len(low) > 4


def _owned_by_user(tokens: list[_Token], phrase: list[_Token]) -> bool:
    """Whether the user's own determiner opens the phrase: "my morning commute"."""
    index = tokens.index(phrase[0])
    j = index - 1
    while j >= 0 and tokens[j].low in COMMON_WORDS and tokens[j].low not in _OWNERS:
        j -= 1  # "my own first case study"
    return j >= 0 and tokens[j].low in _OWNERS


def _exclaimed(tokens: list[_Token], phrase: list[_Token]) -> bool:
    """Whether "such a", "what a" or "quite a" opens the phrase: the writer's judgement
    ("such a practical answer"), not a detail about the recipient."""
    index = tokens.index(phrase[0])
    return index >= 2 and tokens[index - 1].low in {"a", "an"} and tokens[
        index - 2].low in _EXCLAIMING


def _negated(tokens: list[_Token], phrase: list[_Token]) -> bool:
    """Whether "not a" or "no" opens the phrase: what the letter is not ("not a job
    enquiry") asserts nothing about the recipient."""
    index = tokens.index(phrase[0])
    return (index >= 1 and tokens[index - 1].low == "no") or (
        index >= 2 and tokens[index - 1].low in {"a", "an"} and tokens[index - 2].low == "not")


def _kind_of(tokens: list[_Token], phrase: list[_Token]) -> bool:
    """Whether "that kind of", "this sort of" or "the type of" opens the phrase: a category
    the writer draws from what was said ("that kind of field knowledge"), not a detail."""
    index = tokens.index(phrase[0])
    return (index >= 3 and tokens[index - 1].low == "of"
            and tokens[index - 2].low in _KINDS and tokens[index - 3].low in _DETERMINERS)


def _content(token: _Token) -> bool:
    low = token.low
    return (_phrase_word(token) and low not in COMMON_WORDS and not _adverb(low)
            and english_rank(low) != 0)


# A determiner before an owner's 's, not after "as" (what someone was: "as a ship's officer",
# a title): "how a tannery's chemist sees it", "your museum's curator".
_OWNER_BEFORE = re.compile(r"(?<!\bas )\b(?:a|an|the|your|our|their|its|his|her|this|that)\s+$",
                           re.IGNORECASE)
# Plurals whose 's makes a title ("children's librarian", "women's health nurse").
_PLURAL_OWNERS = word_set("children women men people")


def _count_word(low: str) -> bool:
    """A number in figures or words: "8", "eight", "twenty-five"."""
    return low.isdigit() or low in NUMBER_WORDS


def _need_together(words: list[_Token]) -> list[_Token]:
    """The words a known sentence must have together for the phrase: all of them, but a
    head among the most frequent English words ("work", "roles", "team") frames the
    phrase rather than specifying it: "your public-space work"."""
    head = words[-1].low
    ranks = [r for r in (english_rank(w) for w in _lemmas(head)) if r is not None]
    # So does a shell noun ("the producer background", "that utility experience").
    framing = (bool(ranks) and min(ranks) < _FRAME_RANK) or _singular(head) in _FRAME_NOUNS
    if len(words) > 2 and framing:
        return words[:-1]
    if len(words) == 2 and framing:
        return []
    return words


def _specific(low: str) -> bool:
    ranks = [r for r in (english_rank(w) for w in _lemmas(low)) if r is not None]
    return not ranks or min(ranks) >= _SPECIFIC_RANK


def _lemmas(low: str) -> set[str]:
    """`low` and the words it may inflect ("clinics" -> clinic, "clearest" -> clear)."""
    forms = {low, _singular(low)}
    for ending in ("est", "er", "ing", "ed", "es", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            base = low[: -len(ending)]
            forms |= {base, base + "e"}
            if len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])
            if base.endswith("i"):
                forms.add(base[:-1] + "y")
    return forms


def coined_phrases(clause: str, index: PhraseIndex,
                   has_phrase: Callable[[str], bool]) -> list[str]:
    """Noun phrases in `clause` (about the recipient) that nothing known supports: job
    titles not known as phrases, compounds of words no known text uses."""
    tokens = _tokens(clause)
    found: list[str] = []
    for phrase in noun_phrases(clause):
        if _owned_by_user(tokens, phrase) or _exclaimed(tokens, phrase) or _negated(
                tokens, phrase) or _kind_of(tokens, phrase):
            continue
        # The letter's own words ("video", "call") say something only before a noun the
        # texts know as the phrase's head: "video summaries", not "a call sometime".
        head = phrase[-1]
        words = [t for k, t in enumerate(phrase) if _content(t) or (
            t.low in _LETTER and k == len(phrase) - 2 and _content(head)
            and index.known_form(head.low))]
        if len(words) < 2:
            continue
        text = clause[words[0].start:words[-1].end]
        # A count in the phrase is checked as a number, written in words or figures: "an
        # eight-day shift" for research's "an 8-day summit shift".
        words = [t for t in words if not _count_word(t.low)] or words
        if len(words) < 2:
            continue
        if ROLE_HEAD.match(words[-1].low):
            if _singular(words[-2].low) in _FRAME_NOUNS:
                continue  # "the part coordinators need": a clause without "that"
            if re.search(r"['’]s$", words[-2].text) and words[-2].low not in (
                    _PLURAL_OWNERS) and _OWNER_BEFORE.search(clause[:words[-2].start]):
                continue  # "how a tannery's chemist sees it": a role at a place, no title
            title = clause[words[-2].start:words[-1].end]
            singular = clause[words[-2].start:words[-1].start] + _singular(words[-1].low)
            modifier = words[-2].low
            # A modifier may be a listed synonym: "ops managers" for "operations managers".
            others = [title, singular] + [
                " ".join([other, rest]) for other in synonyms_of(modifier) - {modifier}
                for rest in (words[-1].low, _singular(words[-1].low))]
            if not any(has_phrase(t) for t in others) and (
                    index.known_form(modifier) or _specific(modifier)):
                found.append(text)
            continue
        known = [index.known_form(t.low) or index.known_clip(t.low) for t in words]
        coined = not any(known) and any(_specific(t.low) for t in words)
        together = _need_together(words)
        apart = all(known) and not index.together(t.low for t in together)
        # An everyday modifier ("local garages") may come from the sentence next to the
        # one naming the noun ("… commit to local apprenticeships. … 24 apprentices in
        # garages"); a specific one must stand with it.
        if apart and len(together) == 2 and not _specific(together[0].low) and index.near(
                t.low for t in together):
            apart = False
        # So may a head from the sentence next to one naming its known compound modifier:
        # "… logs every call in the case file system. New staff pick up that habit …" gives
        # "case file habit".
        if apart and len(together) >= 3 and has_phrase(
                clause[together[0].start:together[-2].end]) and index.near(
                t.low for t in together):
            apart = False
        # Only a compound that contrasts with a known phrase is a detail; one in the
        # writer's own words, sharing no word with research, is paraphrase.
        if (coined or apart) and index.contrasted([t.low for t in words]):
            found.append(text)
    return found



def event_phrases(clause: str, index: PhraseIndex, unheard: bool = False) -> list[str]:
    """Event phrases in `clause` (about the recipient) whose words no known sentence has
    together: the lower-case words before an event noun ("the red tide bloom", "the design
    competition") name which event, and a known sentence must name it with them (by
    inflection or listed synonym, in any order). Everyday words ("big", "first") say
    nothing of which event it was. `unheard`: only phrases "the" opens whose event noun no
    known text uses (the draft presumes an event nobody mentioned)."""
    tokens = _tokens(clause)
    found: list[str] = []
    for i, head in enumerate(tokens):
        if not (head.text[0].islower() and _singular(head.low) in _EVENT_HEADS):
            continue
        j = i
        while j > 0 and tokens[j - 1].text[0].islower() and (
                tokens[j].spaced or clause[tokens[j - 1].end:tokens[j].start] == "-"
                ) and _phrase_word(tokens[j - 1]) and not _adverb(tokens[j - 1].low):
            j -= 1
        modifiers = [t for t in tokens[j:i] if _phrase_word(t) and t.low not in COMMON_WORDS]
        if not modifiers or not _after_determiner(tokens, j) or _owned_by_user(
                tokens, tokens[j:i + 1]):
            continue
        if unheard and (tokens[j - 1].low != "the" or index.known_form(head.low)):
            continue
        if not index.together(t.low for t in [*modifiers, head]):
            found.append(clause[tokens[j].start:head.end])
    return found


def superlatives(clause: str, index: PhraseIndex) -> list[str]:
    """Superlatives before a noun research uses ("your deepest plots" where research said
    "shallowest plots"): a superlative ranks the recipient's things, so a known sentence must
    have it with that noun, not only its plain form ("deeper") or the noun elsewhere."""
    tokens = _tokens(clause)
    found: list[str] = []
    for i, token in enumerate(tokens[:-1]):
        noun = tokens[i + 1]
        if not (_superlative(token.low) and noun.spaced and _phrase_word(noun)
                and index.known_form(noun.low)):
            continue
        if _owned_by_user(tokens, [token]) or _exclaimed(tokens, [token]):
            continue
        if noun.low in _GENERIC_NOUNS:
            continue  # "the clearest thing anyone has told me": the writer's own verdict
        if not index.together([token.low, noun.low]):
            found.append(clause[token.start:noun.end])
    return found


# Nouns too general to name anything of the recipient's: after a superlative they rank what
# the writer read or heard ("the truest thing I have read", "the hardest part").
_GENERIC_NOUNS = word_set(
    "thing things part parts bit bits piece one ones way ways example point points lesson "
    "lessons reminder idea ideas takeaway takeaways line lines sentence words advice")


def _superlative(low: str) -> bool:
    """An -est adjective made from a plainer one ("deepest", "shallowest", "largest")."""
    if not (low.endswith("est") and len(low) >= 6) or low in COMMON_WORDS:
        return False
    base = low[:-3]
    plain = {base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base,
             base[:-1] + "y" if base.endswith("i") else base}
    return any(english_rank(w) is not None for w in plain)
