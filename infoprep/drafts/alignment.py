"""Phrase alignment: a word in a known phrase's place that nothing known says.

Names, numbers and titles are easy to check; a changed common word is not. "Your work on the
protected bus route" names nothing, yet the research said "protected bike route". This module
finds such swaps: in a sentence about the recipient or their employer, a content word that no
known text uses (by stem or by a listed synonym) standing where a known text puts another
content word, next to the same neighbour ("bus route" / "bike route", "ICU doctors" /
"ICU nurses", "parks and airports" / "parks and waterfronts"), is a detail nobody supports.

A neighbour is the next content word on either side, across at most two joining words
("lanes of traffic", "streets, parks and waterfronts"); any other word in between breaks the
link. Only texts about the recipient (dossier, contact, notes) give places: what the user says
about themselves in their profile is not a claim about the recipient.

A second, wider alignment lines up whole word sequences: a run of content words whose
neighbours on one side read as in a known sentence (three shared words, or two that are more
than grammar: "at home after", "even on", "community street", "actually read them") while the
known sentence has another content word in the run's place, and one word of the run no known
text uses, is a replaced detail ("at home after surgery", "even on mobile apps"). It holds
whoever the clause names, since the shared words already tie it to research or notes. Verbs
are kept out of the slots: an -ed word, an -ing word no determiner or preposition opens
("lanes of parking" is a noun), a word right after a plural noun, an -s word its subject
governs ("a sensor that maps gas", "as my logbook grows", "the forecasts GETIJ relies on"),
and on the right-hand side a word after a pronoun ("how you approach street redesign").

A slot pinned on both sides is a third alignment: where the draft reads as a known sentence
before a run of words and again after it (a strong anchor each side, four words more than
grammar between them), and the known sentence has other nouns in the run's place, the run is
a swapped detail even when research uses its words elsewhere ("people who know how factories
actually run" where the notes say "how stores actually run"). Not a word that sentence or
the draft's has anyway, nor a form of the known word, nor a verb of change ("fell from 7 per
cent" for "has fallen from 7 per cent"), nor a count.

Paraphrase is tolerated three ways: a word known anywhere (profile included) by its stem is
never a swap; a word is known when a synonym of it is (data/synonyms.txt, one group a line);
and counts ("three questions each") are compared with the count the known text puts before
the same noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from .common_words import COMMON_WORDS, english_rank
from .spelling import spelling_variants
from .text import normalise, sentences, stem, word_set
from .weekdays import english_day
from .word_forms import base_forms

__all__ = ["PhraseIndex", "Swap", "contraction_like", "contraction_of", "synonyms_of"]

# Words that may join a word to its neighbour in one phrase: "lanes of traffic".
_JOINING = word_set("of and or")
# Words after which a noun phrase starts.
_OPENERS = word_set(
    """a an the your his her their its our my this that these those each every some any no
    of in on at for with from by about into over through between like via toward towards
    across after before behind beyond during under and or why how what which where when
    whose"""
)
_DETERMINERS = word_set(
    "a an the your his her their its our my this that these those each every")
_POSSESSIVES = word_set("your his her their its our my")
_OBJECT_PRONOUNS = word_set("me him them us")
_SUBJECTS = word_set("i you we they he she")
# Words after which the next word is a verb: "and see you", "to thank you", "I'll call you".
_VERB_LEADS = word_set(
    "and or to i we i'll we'll will would can could might should may must let please")
# Words after a verb, not after a noun: "the trial gave me …".
_OBJECTS = word_set(
    "me you us him her them it a an the my your our their his its this that these those"
)
# The letter's own vocabulary: asking for a call says nothing about the recipient.
_LETTER = word_set(
    """chat call calls conversation conversations coffee video phone time minute minutes
    hour hours week weeks month months year years day days"""
)
# Grammatical and letter words: never content, never a neighbour.
_GRAMMAR = word_set(
    """a an the i me my mine we us our ours you your yours he him his she her hers they them their
    theirs it its this that these those who whom whose which what when where why how there
    here is are was were be been being am have has had having do does did doing done will
    would can could should shall may might must not no nor so but if than then too very
    just also only even still again ever never always all any some each every both either
    neither such own same other another more most much many few less least one ones
    about after before since until while because though although unless over under up down
    out off through during without within between across against among around upon via
    per like whether yet else to in on at for with from by as into onto than behind beyond
    toward towards near inside outside along despite i'm i've i'd
    i'll you're you've you'd you'll it's that's myself yourself himself herself itself
    ourselves yourselves themselves someone somebody anyone anybody everyone everybody
    nobody something anything everything nothing
    let's don't didn't can't won't isn't wasn't aren't weren't doesn't haven't hasn't"""
)
# A word right before these is a verb, not a noun: "how your team decides what …", "your
# route stood out", "explainers jotting down …".
_AFTER_VERB = word_set("what how why whether out up down off away back")
# Two words this frequent make an everyday compound ("business degree") unless research
# gives its head with another modifier.
_GENERIC_RANK = 3000
# A word this frequent is a word of its own, never the clip of a longer one.
_CLIP_RANK = 1000
# After a word these make it a verb: "won out", "fit together", "nodding along", "drive
# home".
_VERB_PARTICLES = word_set("out up down off away back along together apart home")
# Past forms without -ed: a verb wherever they stand ("Your post said overrides fell").
_IRREGULAR_PAST = word_set(
    """said told wrote made gave took felt kept found brought thought taught got put led
    won ran began became meant sent spent knew saw went came caught struck held stood""")
# Words after which a word with an object is a verb: "to expand its …", "can serve as".
_INFINITIVE = word_set("to will would can could should may might must")
# Prepositions and particles: after an -ing word they make it a participle ("moving to").
_PREPOSITIONS = word_set("to into from with for on in at about through over across")
# Words that open a clause of its own, whose subject a verb follows: "how your team decides".
_SUBJECT_LEADS = word_set("how why whether where when once if")
# Shell nouns: after a known word they frame it ("the pastry side", "that utility
# experience", "the turnout numbers") rather than name a thing research could have named
# otherwise.
_FRAME_NOUNS = word_set(
    """side part end aspect area kind sort type way approach world space angle element
    stuff thing question matter lens perspective experience background journey path
    process picture view sense idea bit piece work version number figure stat statistic
    step""")
# Gradable adjectives whose comparative ("smaller breweries", "larger teams") compares with
# the recipient rather than names a detail research could have named otherwise.
_GRADABLE = word_set(
    """small large big old new young high low long short early late fast slow cheap easy
    hard wide narrow close great strong weak deep busy simple safe light heavy quick
    tight loose rich poor""")
# Words in any alphabet ("Zieliński", "Ospøy", "d'Optique") and numbers ("3,200").
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*|\d+(?:[.,]\d+)?")
_COUNT_WORDS = {
    "one": "1", "single": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "dozen": "12",
}


@dataclass(frozen=True)
class Swap:
    """A draft phrase whose `word` stands where known texts put `known` instead."""

    phrase: str  # the word with its neighbour, as the draft has it: "bus route"
    word: str
    known: frozenset[str]  # stems the known texts have in that place


@dataclass(frozen=True)
class _Token:
    text: str  # as written
    low: str
    start: int
    end: int
    spaced: bool  # only white space separates it from the token before
    gap: str = ""  # what separates it from the token before


def _tokens(sentence: str) -> list[_Token]:
    out: list[_Token] = []
    previous_end = -1
    for m in _TOKEN.finditer(sentence):
        raw = m.group()
        low = raw.casefold().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        spaced = previous_end >= 0 and not sentence[previous_end:m.start()].strip()
        gap = sentence[previous_end:m.start()] if previous_end >= 0 else ""
        out.append(_Token(raw, low.strip("'"), m.start(), m.end(), spaced, gap))
        previous_end = m.end()
    return out


def _is_content(low: str) -> bool:
    return (len(low) >= 3 and low.isalpha() and low not in _GRAMMAR
            and low not in _JOINING and low not in COMMON_WORDS and low not in _LETTER
            and low not in _COUNT_WORDS and not _comparative(low) and not _adverb(low))


# Words whose -ly form says how often, which a swap may change ("weekly" for "monthly").
_PERIODS = word_set("week month year hour quarter night fortnight")


def _adverb(low: str) -> bool:
    """Whether `low` is the -ly adverb of an English adjective ("carefully", "properly"):
    how the writer will do a thing, never what research says."""
    return (low.endswith("ly") and len(low) >= 6 and low[:-2] not in _PERIODS
            and english_rank(low[:-2]) is not None)


def _comparative(low: str) -> bool:
    """Whether `low` is the comparative of a gradable adjective: "smaller", "larger",
    "bigger", "busier"."""
    if not low.endswith("er") or len(low) < 5:
        return False
    stem_ = low[:-2]
    bases = {stem_, stem_ + "e", stem_[:-1] + "y" if stem_.endswith("i") else stem_,
             stem_[:-1] if len(stem_) > 2 and stem_[-1] == stem_[-2] else stem_}
    return bool(bases & _GRADABLE)


def _eligible(token: _Token) -> bool:
    """A content word that is not part of a name: lower case, or an acronym ("ICU")."""
    return _is_content(token.low) and (token.text[0].islower() or (
        len(token.text) >= 2 and token.text.isupper()))


def _key(word: str) -> str:
    """What a word is matched by in a phrase: its synonym group, else its singular."""
    single = _singular(word)
    groups = _synonym_key()
    return groups.get(word) or groups.get(single) or single


def _singular(low: str) -> str:
    """`low` without a plural ending: "questions" -> question, "studies" -> study."""
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return low[:-2]
    if _plural(low):
        return low[:-1]
    return low


def _plural(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


@cache
def _synonym_groups() -> list[frozenset[str]]:
    text = resources.files("infoprep.drafts").joinpath("data/synonyms.txt").read_text("utf-8")
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            groups.append(frozenset(w.strip().casefold() for w in line.split(",") if w.strip()))
    return groups


@cache
def _synonym_key() -> dict[str, str]:
    return {w: "syn:" + min(group) for group in _synonym_groups() for w in group}


def synonyms_of(word: str) -> frozenset[str]:
    """`word` and the words listed with it in data/synonyms.txt."""
    low = word.casefold()
    found = {low}
    for group in _synonym_groups():
        if low in group:
            found |= group
    return frozenset(found)


def _link(tokens: list[_Token], i: int, step: int) -> tuple[str, int] | None:
    """The word joining `i` to its neighbour in direction `step` (1 right, -1 left) and the
    neighbour's index: "" for the next word itself, "and"/"or"/"of" across one of those.
    None when the neighbour is not an eligible content word or punctuation intervenes."""
    def spaced(a: int, b: int) -> bool:  # a and b adjacent, b = a + 1 or a - 1
        return tokens[max(a, b)].spaced

    j = i + step
    if not 0 <= j < len(tokens) or not spaced(i, j):
        return None
    # An owner and what it owns ("your department's language") are no compound.
    if _possessive(tokens[min(i, j)]):
        return None
    if _eligible(tokens[j]):
        return "", j
    k = j + step
    if tokens[j].low in _JOINING and 0 <= k < len(tokens) and spaced(j, k) and _eligible(
            tokens[k]):
        return tokens[j].low, k
    return None


def _possessive(token: _Token) -> bool:
    return token.text.endswith(("'s", "’s"))


def _pair(tokens: list[_Token], i: int) -> tuple[str, str] | None:
    """The words right before and after `i` when both are lower-case words of a phrase
    (ordinary ones too: "short written briefs"), and `i` a content word between them."""
    if not 0 < i < len(tokens) - 1 or not _eligible(tokens[i]):
        return None
    before, after = tokens[i - 1], tokens[i + 1]
    if _possessive(before) or _possessive(tokens[i]):
        return None
    if not (tokens[i].spaced and after.spaced and _phrase_word(before)
            and _phrase_word(after)):
        return None
    return _key(before.low), _key(after.low)


# Forms of verbs no ending tells, by their base: "fell" and "fallen" are "fall".
_VERB_FORMS = {form: base for base, forms in (
    ("fall", "fell fallen"), ("rise", "rose risen"), ("grow", "grew grown"),
    ("drop", "dropped"), ("go", "went gone"), ("take", "took taken"), ("give", "gave given"),
    ("show", "showed shown"), ("drive", "drove driven"), ("begin", "began begun"))
    for form in [base, *forms.split()]}
# Words after a verb of change that open its amount: "fell from nine days".
_CHANGE_LEADS = word_set("from by to")


def _past_form(word: str) -> bool:
    """Whether `word` is a verb's past form: "fell", "dropped", "risen"."""
    return word in _VERB_FORMS or word in _IRREGULAR_PAST or word.endswith("ed")


def _one_verb(mine: list[str], theirs: list[str]) -> bool:
    """Whether a word of `mine` and one of `theirs` are forms of one word ("practicing",
    "practice"; "fell", "fallen")."""
    def bases(word: str) -> set[str]:
        return base_forms(word) | {_canon(word), _VERB_FORMS.get(word, word)}
    return any(bases(a) & bases(b) for a in mine for b in theirs)


def _sandwich_word(token: _Token) -> bool:
    """A word that may fill a slot: lower case, no name, no number."""
    return token.low.isalpha() and token.text[0].islower()


def _phrase_word(token: _Token) -> bool:
    low = token.low
    return (len(low) >= 3 and low.isalpha() and token.text[0].islower()
            and low not in _GRAMMAR and low not in _JOINING and low not in _LETTER)


def _opens_phrase(tokens: list[_Token], i: int) -> bool:
    """Whether the words ending at `i` start a noun phrase: walking left over adjacent
    content words reaches a determiner, possessive, preposition, number, name or
    punctuation rather than a pronoun or verb ("how you approach street …")."""
    j = i
    while j > 0 and tokens[j].spaced and _eligible(tokens[j - 1]):
        j -= 1
    if j == 0 or not tokens[j].spaced:
        return True
    before = tokens[j - 1]
    if before.low in _OPENERS or _count_of(before.low):
        return True
    # After a subject and its verb, the noun phrase starts past the verb: "you run taster
    # sessions", not the verb itself ("how you approach …").
    if before.low in _SUBJECTS and j < i:
        return True
    # A name or a possessive ("your DataConf talk", "CareSignal's work"), not a pronoun
    # ("how I see …", "how you approach …").
    return before.low not in _GRAMMAR and before.text[0].isupper()


def _determined(tokens: list[_Token], i: int) -> bool:
    """Whether a determiner or possessive opens the phrase ending at `i`: "the parking
    lane" rather than "about swapping dashboards"."""
    j = i
    while j > 0 and tokens[j].spaced and _eligible(tokens[j - 1]):
        j -= 1
    return j > 0 and (tokens[j - 1].low in _DETERMINERS
                      or tokens[j - 1].text.endswith(("'s", "’s")))


class PhraseIndex:
    """Which content word known texts put next to which neighbour."""

    def __init__(self, about: Iterable[str], everything: Iterable[str]) -> None:
        self._places: dict[tuple[str, str, str], set[str]] = {}
        self._between: dict[tuple[str, str], set[str]] = {}
        self._counts: dict[tuple[str, str, str], set[str]] = {}
        # The nouns each word takes as its object after "the": "follow the chicken".
        self._objects: dict[str, set[str]] = {}
        # Each noun's counts by the known sentence that puts them before it.
        self._counted: dict[str, dict[int, set[str]]] = {}
        # The known sentences as word sequences, for the slot a draft's words stand in.
        self._sequences: list[list[_Token]] = []
        # Where each word stands in them, by what an anchor compares it by: a slot is only
        # ever found beside a word the draft shares.
        self._positions: dict[tuple[str, str], list[tuple[int, int]]] = {}
        # Each one's numbers by place, its content words, and which give each value.
        self._values: list[list[str]] = []
        self._content: list[set[str]] = []
        # Each one's words and names, for `miscounts`, read when first asked for.
        self._words: dict[int, set[str]] = {}
        self._with_value: dict[str, list[int]] = {}
        self._normalised: list[str] = []  # each one as a name look-up reads it
        self._runs: list[tuple[str, set[str]]] | None = None
        self._years: list[tuple[str, set[str]]] | None = None
        self._months: list[tuple[str, set[str]]] | None = None
        # The known sentences by the month or day of the week they name.
        self._by_value: dict[str, dict[str, list[int]]] = {}
        self._pair_positions: dict[tuple[tuple[str, str], tuple[str, str]],
                                   list[tuple[int, int]]] | None = None
        for text in about:
            for sentence in sentences(text):
                tokens = _tokens(sentence)
                self._learn(tokens)
                for j, token in enumerate(tokens):
                    for key in {("low", token.low), ("canon", _canon(token.low))}:
                        self._positions.setdefault(key, []).append(
                            (len(self._sequences), j))
                values = _number_values(tokens)
                for value in set(values) - {""}:
                    self._with_value.setdefault(value, []).append(len(self._sequences))
                self._values.append(values)
                self._content.append({_canon(t.low) for t in tokens if _phrase_word(t)})
                self._sequences.append(tokens)
                self._normalised.append(f" {normalise(sentence)} ")
        self._known: set[str] = set()
        self._plurals: set[str] = set()  # long plural words, for clips that keep the -s
        # Short words of no English of their own, for a word they clip ("temp").
        self._clips: set[str] = set()
        # Word forms by inflection and synonym only, for checks that a shared first few
        # letters must not satisfy ("clinic" is not "clinical").
        self._forms: set[str] = set()
        # Each known sentence's word forms, for words a phrase puts together.
        self._together: list[set[str]] = []
        # Each pair of neighbouring sentences of a text, for an everyday modifier that a
        # text puts in the sentence before or after its noun.
        self._near: list[set[str]] = []
        for text in everything:
            previous: set[str] = set()
            for sentence in sentences(text):
                forms: set[str] = set()
                for token in _tokens(sentence):
                    if token.low.isalpha():
                        if len(token.low) >= 8 and _plural(token.low):
                            self._plurals.add(token.low)
                        if 4 <= len(token.low) <= 6 and english_rank(token.low) is None:
                            self._clips.add(token.low)
                        self._known.add(_key(token.low))
                        self._known.add(stem(_singular(token.low)))
                        forms |= {_key(token.low), _canon(token.low)}
                self._forms |= forms
                self._together.append(forms)
                self._near.append(previous | forms)
                previous = forms

    def _learn(self, tokens: list[_Token]) -> None:
        for i, token in enumerate(tokens):
            count = _count_of(token.low) if not _in_code(tokens, i) else ""
            if count and i + 1 < len(tokens) and _is_content(tokens[i + 1].low):
                for place in _count_places(tokens, i):
                    self._counts.setdefault(place, set()).add(count)
                # "seven road tunnels on the E16" counts tunnels too.
                for k in range(i + 1, min(i + 3, len(tokens))):
                    if not _is_content(tokens[k].low):
                        break
                    self._counted.setdefault(_key(tokens[k].low), {}).setdefault(
                        len(self._sequences), set()).add(count)
            if not _eligible(token):
                continue
            key = _key(token.low)
            if _object_of(tokens, i):
                self._objects.setdefault(_key(tokens[i - 2].low), set()).add(key)
            links = {step: _link(tokens, i, step) for step in (1, -1)}
            for step, link in links.items():
                if link is not None:
                    side = "right" if step > 0 else "left"
                    place = (side, link[0], _key(tokens[link[1]].low))
                    self._places.setdefault(place, set()).add(key)
            pair = _pair(tokens, i)
            if pair is not None:
                self._between.setdefault(pair, set()).add(key)

    def known(self, word: str) -> bool:
        """Whether any known text uses `word`, by stem, by a synonym or spelled the other
        way ("practise", "colour")."""
        low = word.casefold()
        if any(_key(form) in self._known or stem(_singular(form)) in self._known
               for form in {low} | spelling_variants(low)):
            return True
        # A word a known text clips: "temperature" where the notes say "air temp".
        if any(low[:n] in self._clips for n in range(4, min(7, len(low) - 2))):
            return True
        # A clip of four letters or more keeping the word's plural -s: "stats" for
        # "statistics".
        return len(low) >= 5 and _plural(low) and any(
            len(w) >= len(low) + 3 and w.startswith(low[:-1]) for w in self._plurals)

    def known_form(self, word: str) -> bool:
        """Whether any known text uses `word` itself, inflected, by a listed synonym or
        spelled the other way."""
        low = word.casefold()
        return any(_key(form) in self._forms or _canon(form) in self._forms
                   for form in {low} | spelling_variants(low))

    def known_clip(self, word: str) -> bool:
        """Whether `word` is the clip or contraction of a word a known text uses ("chem" for
        "chemistry", "dept" for "department") and no English word of its own: "clinic" is a
        word, not a clip of "clinician"."""
        low = word.casefold()
        return english_rank(low) is None and _uses(low, self._forms)

    def together(self, words: Iterable[str]) -> bool:
        """Whether one known sentence uses every word of `words` (inflected, by a listed
        synonym or clipped: "tech" for "technician")."""
        wanted = [w.casefold() for w in words]
        return any(all(_uses(w, known) for w in wanted) for known in self._together)

    def near(self, words: Iterable[str]) -> bool:
        """Whether two neighbouring sentences of one known text use every word of `words`
        between them (inflected, by a listed synonym or clipped)."""
        wanted = [w.casefold() for w in words]
        return any(all(_uses(w, known) for w in wanted) for known in self._near)

    def swaps(self, sentence: str) -> list[Swap]:
        """Unknown content words standing where known texts put another word."""
        tokens = _tokens(sentence)
        found: list[Swap] = []
        for i, token in enumerate(tokens):
            if not _eligible(token) or not token.text[0].islower() or self.known(token.low):
                continue
            if _verb_of_subject(tokens, i):
                continue  # "as my logbook grows": what a known thing does
            swap = self._swap(tokens, i)
            if swap is None and _object_of(tokens, i):
                # "follow the fish" where research says "follow the chicken".
                rivals = self._objects.get(_key(tokens[i - 2].low), set()) - {_key(token.low)}
                if rivals:
                    swap = (i - 2, i), rivals
            if swap is not None:
                a, b = sorted(swap[0])
                if a > 0 and sentence[tokens[a - 1].end:tokens[a].start] == "/":
                    continue  # "the low/likely/high ranges": one of a list of options
                if self._generic(tokens, a, b, i):
                    continue
                if _uses(token.low, swap[1]):
                    continue  # "tech" where the texts say "technician": the word, clipped
                if _judged(tokens, a):
                    continue  # "such a smart part of …": the writer's judgement
                if not self._swap_contrasts(tokens, i, a, b, swap[1]):
                    continue
                found.append(Swap(sentence[tokens[a].start:tokens[b].end], token.text,
                                  frozenset(swap[1])))
        return found

    @staticmethod
    def _swap_contrasts(tokens: list[_Token], i: int, a: int, b: int, rivals: set[str]
                        ) -> bool:
        """Whether the swap of word `i` in `tokens[a..b]` names another thing than research:
        a known word is gone from the clause (one the clause still has was moved, not
        swapped), and the shared neighbour is more than a word of how or how often ("a
        weekly habit" where research says "weekly routine": an -ly word frames the head it
        modifies rather than pinning which one)."""
        # In a list the known items stay beside the new one ("flour and packaging and
        # ovens" where research lists packaging and flour): the new item is added, not moved.
        listed = any(tokens[k].low in {"and", "or"} for k in range(a, b + 1))
        kept = {f(t.low) for k, t in enumerate(tokens) if k != i and t.low.isalpha()
                for f in (_key, _canon)}
        if not listed and not rivals - kept:
            return False
        neighbours = [k for k in range(a, b + 1) if k != i]
        return not (neighbours == [i - 1] and tokens[i - 1].low.endswith("ly"))

    def contrasted(self, words: list[str]) -> bool:
        """Whether the compound `words` contrasts with a known phrase: research puts one of
        two neighbouring words next to another word in the same place ("bike lanes" where
        research says "bike route"; "video summaries" where it says "written briefs").
        A compound nothing known shares a word with is the writer's own wording."""
        keys = [_key(w.casefold()) for w in words]
        for left, right in pairwise(keys):
            if self._places.get(("right", "", right), set()) - {left}:
                return True
            if self._places.get(("left", "", left), set()) - {right}:
                return True
        return False

    def replaced(self, sentence: str) -> list[Swap]:
        """Runs of words that fill the slot a known sentence fills otherwise: the words on
        one side of the run read as in that sentence ("… before applying, even on mobile
        apps" / "… before applying, even on internal tools"; "at home after surgery" / "at
        home after discharge"), the known sentence has a different content word in the run's
        place, and a word of the run is one no known text uses. A run that keeps the known
        word ("four lanes of car traffic") adds a detail rather than replacing one."""
        tokens = _tokens(sentence)
        found: list[Swap] = []
        i = 0
        while i < len(tokens):
            if not _eligible(tokens[i]) or not tokens[i].text[0].islower():
                i += 1
                continue
            end = i
            while (end + 1 < len(tokens) and tokens[end + 1].spaced
                   and _eligible(tokens[end + 1]) and tokens[end + 1].text[0].islower()):
                end += 1
            if _judged(tokens, i):
                i = end + 1
                continue  # "such a clever part of …": the writer's judgement
            if _verb_of_subject(tokens, i):
                i += 1
                continue  # "the forecasts GETIJ relies on": what a known thing does
            # A framing noun ("the two-page version" for "a two-page case study") names
            # the known thing generally, not another thing.
            unknown = [k for k in range(i, end + 1) if not self.known(tokens[k].low)
                       and _singular(tokens[k].low) not in _FRAME_NOUNS]
            # A word known only by its stem ("chargers" where a text says "charging") in a
            # one-word slot that a long run of shared words pins: "a second life for the
            # chargers" / "a second life for the batteries".
            long_pin = not unknown and end == i and not self.known_form(tokens[i].low) and (
                _singular(tokens[i].low) not in _FRAME_NOUNS)
            if long_pin:
                rivals = self._slot_rivals(tokens, i, i, True, pin=_LONG_PIN)
                if rivals and not _uses(tokens[i].low, rivals):
                    found.append(Swap(tokens[i].text, tokens[i].text, frozenset(rivals)))
            if unknown:
                # The slot may start or end inside the run: "a community street festival"
                # lines up with "a community street trial" from "festival" on.
                spans = ([(k, end, True) for k in range(i, unknown[-1] + 1)]
                         + [(i, k, False) for k in range(unknown[0], end + 1)])
                for first, last, left in spans:
                    rivals = self._slot_rivals(tokens, first, last, left)
                    if rivals and all(_uses(tokens[k].low, rivals) for k in unknown):
                        break  # "tech jobs" where the texts say "technician jobs"
                    if rivals:
                        found.append(Swap(sentence[tokens[first].start:tokens[last].end],
                                          tokens[unknown[0]].text, frozenset(rivals)))
                        break
            i = end + 1
        return found

    def sandwiched(self, sentence: str, whole: str = "") -> list[Swap]:
        """Words that fill a slot a known sentence pins on both sides and fills otherwise:
        "streets are the most valuable real estate a city owns" where research says
        "streets are the largest public space a city owns". Shared wording on both sides
        (a strong anchor each) says the draft retells that sentence, so a noun put in the
        place of another is a swapped detail even where some other known text uses it. Not a
        word the known sentence has elsewhere (moved, not swapped), nor a known word the
        clause keeps (or the `whole` sentence the clause is part of), a clip or a listed synonym
        of it, nor a verb put for a verb."""
        tokens = _tokens(sentence)
        found: list[Swap] = []
        taken = -1
        for p in range(1, len(tokens)):
            if p <= taken or not tokens[p].spaced or not _sandwich_word(tokens[p]):
                continue
            if p < 2:
                continue  # a strong anchor has two words at least
            for n, at in self._pairs().get((_match_key(tokens[p - 2]),
                                             _match_key(tokens[p - 1])), []):
                known = self._sequences[n]
                swap = self._filled_otherwise(tokens, p, known, at)
                if swap is not None and not swap[2] & {
                        _canon(t.low) for t in _tokens(whole) if t.low.isalpha()}:
                    first, last, rivals = swap
                    found.append(Swap(sentence[tokens[first].start:tokens[last].end],
                                      tokens[first].text, frozenset(rivals)))
                    taken = last
                    break
        return found

    def _pairs(self) -> dict[tuple[tuple[str, str], tuple[str, str]], list[tuple[int, int]]]:
        """Where each pair of neighbouring words stands in the known sentences, by the
        second word's place."""
        if self._pair_positions is None:
            self._pair_positions = {}
            for n, sequence in enumerate(self._sequences):
                for at in range(1, len(sequence)):
                    key = (_match_key(sequence[at - 1]), _match_key(sequence[at]))
                    self._pair_positions.setdefault(key, []).append((n, at))
        return self._pair_positions

    @staticmethod
    def _filled_otherwise(tokens: list[_Token], p: int, known: list[_Token], at: int
                          ) -> tuple[int, int, set[str]] | None:
        """The draft's words from `p` and the other content words the known sentence has in
        their place, when it reads as the draft's up to `at` and again after its slot."""
        left = _anchor(tokens, p - 1, known, at, -1)
        if at + 1 >= len(known) or not _strong(left):
            return None
        for length in range(1, _SLOT_MOST + 1):
            q = p + length
            if q >= len(tokens) or not tokens[q].spaced:
                return None
            run = tokens[p:q]
            if not all(_sandwich_word(t) and t.spaced for t in run):
                return None
            for width in range(1, _SLOT_MOST + 2):
                r = at + 1 + width
                if r >= len(known):
                    break
                slot = known[at + 1:r]
                if not all(t.spaced for t in slot) or not known[r].spaced:
                    break
                if _match_key(tokens[q]) != _match_key(known[r]):
                    continue
                right = _anchor(tokens, q, known, r, 1)
                if not _strong(right) or _weight(left) + _weight(right) < _SANDWICH_PIN:
                    continue
                mine = [k for k in range(p, q) if _phrase_word(tokens[k])]
                theirs = [t for t in slot if _phrase_word(t)]
                if not mine or not theirs or not all(_nominal(tokens, k) for k in mine) or (
                        not all(_nominal(known, at + 1 + k) for k, t in enumerate(slot)
                                if _phrase_word(t))):
                    continue
                if "".join(tokens[k].low for k in range(p, q)) == "".join(t.low for t in slot):
                    continue  # "percent" for "per cent": one word written closed
                if any(not t.low.isalpha() or t.low in _COUNT_WORDS for t in slot) or any(
                        t.low in _COUNT_WORDS for t in run) or _one_verb(
                            [tokens[k].low for k in mine], [t.low for t in theirs]):
                    continue  # "ten minutes" for "10 min", "fell" for "has fallen"
                if any(_past_form(t.low) and (known[at + 2 + k].low in _CHANGE_LEADS)
                       for k, t in enumerate(slot)):
                    continue  # "cargo left behind fell from 7 per cent": what it did
                rivals = {_canon(t.low) for t in theirs}
                forms = rivals | {_key(t.low) for t in theirs}
                known_words = {_canon(t.low) for t in known if t.low.isalpha()}
                elsewhere = {_canon(t.low) for k, t in enumerate(tokens)
                             if not p <= k < q and t.low.isalpha()}
                if rivals & elsewhere or any(
                        _canon(tokens[k].low) in known_words or _uses(tokens[k].low, forms)
                        or any(_clip_of(tokens[k].low, t.low) or _clip_of(t.low, tokens[k].low)
                               for t in theirs) for k in mine):
                    continue
                return mine[0], mine[-1], rivals
        return None

    def _generic(self, tokens: list[_Token], a: int, b: int, i: int) -> bool:
        """Whether the compound `tokens[a..b]` with its head `i` unknown is an everyday one
        ("your business degree"): both words among the most frequent English words, and no
        known text puts another modifier before that head."""
        if not (b == a + 1 and i == b):
            return False
        ranks = [english_rank(tokens[k].low) for k in (a, b)]
        if any(r is None or r >= _GENERIC_RANK for r in ranks):
            return False
        return not self._places.get(("right", "", _key(tokens[b].low)), set()) - {
            _key(tokens[a].low)}

    def _slot_rivals(self, tokens: list[_Token], first: int, last: int, left: bool,
                     pin: int = 0) -> set[str]:
        """The content words known sentences put where `tokens[first..last]` stand, found by
        a shared anchor of words on the left of the span (`left`) or on its right."""
        mine = {_canon(tokens[k].low) for k in range(first, last + 1)}
        # A right-hand anchor that opens with a grammar word, a preposition or a number
        # follows a verb as often as a noun ("leading the data platform"): only an anchor
        # that goes on with a content word pins the slot ("nurses actually read them").
        if not left and not (last + 1 < len(tokens) and _phrase_word(tokens[last + 1])):
            return set()
        rivals: set[str] = set()
        # A strong anchor is two words at least, so the word beside the span is one of them.
        beside = first - 1 if left else last + 1
        if not 0 <= beside < len(tokens):
            return rivals
        word = tokens[beside].low
        for n, at in self._positions.get(
                ("canon", _canon(word)) if word.isalpha() else ("low", word), []):
            known, j = self._sequences[n], at + 1 if left else at - 1
            if not 0 <= j < len(known):
                continue
            slot = known[j]
            if not _eligible(slot) or _canon(slot.low) in mine:
                continue
            if left:
                anchor = _anchor(tokens, first - 1, known, j - 1, -1)
                verb = _verb_like(known, j) or any(
                    _verb_like(tokens, k) for k in range(first, last + 1))
            else:  # lined up on the right, the span's last word and the slot are heads
                # of noun phrases, not verbs after a pronoun ("you approach street …").
                anchor = _anchor(tokens, last + 1, known, j + 1, 1)
                verb = (_verb_like(tokens, last) or _verb_like(known, j)
                        or not _opens_phrase(tokens, first) or not _opens_phrase(known, j))
            if _strong(anchor) and not verb and (not pin or (
                    sum(1 for t in anchor if _phrase_word(t)) >= pin
                    and len(anchor) >= pin + 2)) and _contrasts(
                        tokens, first, last, known, j, left):
                rivals.add(_canon(slot.low))
        return rivals

    def _swap(self, tokens: list[_Token], i: int) -> tuple[tuple[int, int], set[str]] | None:
        if _plain_verb(tokens, i):
            return None
        key = _key(tokens[i].low)
        left, right = _link(tokens, i, -1), _link(tokens, i, 1)
        # Between two known neighbours: "protected bus route", "short audio briefs".
        # A framing noun ("my lab work counts" for "lab skills count") names the known
        # thing generally, not another thing.
        if _singular(tokens[i].low) in _FRAME_NOUNS:
            return None
        pair = _pair(tokens, i)
        if pair is not None:
            rivals = self._between.get(pair, set()) - {key}
            if rivals:
                return (i - 1, i + 1), rivals
        for step, link in ((1, right), (-1, left)):
            if link is None:
                continue
            joiner, j = link
            side = "right" if step > 0 else "left"
            rivals = self._places.get((side, joiner, _key(tokens[j].low)), set()) - {key}
            if not rivals or (_plain_verb(tokens, j) and not _object_head(tokens, i, j)) or (
                    not self._phrase_like(tokens, i, step, link)):
                continue
            return (i, j), rivals
        return None

    @staticmethod
    def _phrase_like(tokens: list[_Token], i: int, step: int, link: tuple[str, int]) -> bool:
        """Whether word `i` and its neighbour read as parts of one noun phrase (or of a list)
        rather than a verb next to a noun."""
        joiner, j = link
        if joiner in {"and", "or"}:
            # "paying for gas and parking and offering Saturday visits": an -ing word with
            # an object of its own (a name, a number, a determiner) is a verb in a list of
            # verbs, not a noun in a list of nouns.
            # Otherwise: "chalk and planters", "parks and waterfronts".
            return not (tokens[i].low.endswith("ing") and step < 0 and i + 1 < len(tokens)
                        and tokens[i + 1].spaced and _object_opening(tokens[i + 1]))
        first = min(i, j)
        if not _opens_phrase(tokens, first):
            return False
        word = tokens[i].low
        if step > 0:
            # A modifier before its noun: "council meetings". A plural there is a verb after
            # a name ("Riverbend Studio approaches projects"), an -ing word a gerund with its
            # object ("about swapping dashboards") unless a determiner opens the phrase.
            if joiner:
                return True
            if _plural(word) and (i == 0 or tokens[i - 1].low not in _DETERMINERS):
                return False
            return not word.endswith("ing") or _determined(tokens, i)
        # A head after its modifier: "ICU doctors", "remote patient billing." After a
        # plural, ending in -ed, followed by an object, or an -ing word with more after it,
        # the word is more likely a verb ("pipelines stuck with", "an analyst exploring UX").
        after = tokens[i + 1].low if i + 1 < len(tokens) and tokens[i + 1].spaced else ""
        if (not joiner and _plural(tokens[j].low)) or word.endswith("ed"):
            return False
        if after in _AFTER_VERB:
            return False  # "how your team decides what …": a verb after its subject
        if not (i + 1 < len(tokens) and tokens[i + 1].spaced and _phrase_word(tokens[i + 1])):
            # The last word after "how/why … (your) team" is that clause's verb.
            k = j
            while k > 0 and tokens[k].spaced and _eligible(tokens[k - 1]):
                k -= 1
            lead = k - 1 if k > 0 and tokens[k - 1].low in _DETERMINERS else k
            if lead > 0 and tokens[lead - 1].low in _SUBJECT_LEADS and not joiner:
                return False
            # A possessive right after a noun opens a clause without "that" whose last
            # word is its verb: "how much of a garden its soil decides".
            if (not joiner and lead < k and tokens[lead].low in _POSSESSIVES
                    and _plural(word) and lead > 0 and tokens[lead].spaced
                    and _eligible(tokens[lead - 1]) and tokens[lead - 1].text[0].islower()):
                return False
        if not joiner and _singular(word) in _FRAME_NOUNS:
            return False  # "the pastry side", "that utility experience": a framing head
        if word.endswith("ing") and after:
            return False
        return after not in _OBJECTS

    def number_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other numbers known sentences put where the number in `sentence[start:end]`
        stands, as they write them, pinned by more shared words around it than any known
        sentence with its own value shares: "logs more than 230 sensors every ten seconds"
        where research says "reads 1,400 sensors every ten seconds" and gives 230 only of the
        first version ("watched 230 sensors")."""
        tokens = _tokens(sentence)
        values = _number_values(tokens)
        # The numbers the draft says, not those in a code ("3D printers", "B1").
        said = {v for k, v in enumerate(values) if v and not (
            (k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end)
            or (k > 0 and tokens[k - 1].end == tokens[k].start))}
        for i, token in enumerate(tokens):
            value = values[i]
            if not value or token.start < start or token.end > end:
                continue
            rivals: dict[str, int] = {}
            own = self._own_weight(tokens, i, value)
            for step in (-1, 1):
                beside = i + step
                if not 0 <= beside < len(tokens):
                    continue
                word = tokens[beside].low
                for n, at in self._positions.get(
                        ("canon", _canon(word)) if word.isalpha() else ("low", word), []):
                    j = at - step
                    if not 0 <= j < len(self._sequences[n]):
                        continue
                    other = self._values[n][j]
                    if not other or (other != value and other in said):
                        continue  # a number the draft says too, in another order
                    anchor = _anchor(tokens, beside, self._sequences[n], at, step)
                    if other == value:
                        own = max(own, _anchor_weight(anchor))
                    elif len(anchor) >= 3 and any(_phrase_word(t) for t in anchor):
                        # As research writes it ("1,400"); a number in words by its value.
                        slot = self._sequences[n][j]
                        written = slot.text if slot.low[:1].isdigit() else other
                        rivals[written] = max(rivals.get(written, 0), _anchor_weight(anchor))
            strongest = max(rivals.values(), default=0)
            if strongest and strongest >= own + _NUMBER_MARGIN:
                return {v for v, w in rivals.items() if w == strongest}
        return set()

    def month_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other months known sentences put where the month in `sentence[start:end]`
        stands, pinned by more shared words beside it than any known sentence with that
        month shares with the words around it: "a first group of 12 in February 2027" where
        research says "first group of 12 in January 2027" and gives February of something
        else. Months the draft says too are no rivals ("from March to June")."""
        return self._word_rivals(sentence, start, end, _month_of)

    def day_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other days of the week known sentences put where the day in
        `sentence[start:end]` stands, as `month_rivals` finds months: "the report now goes
        out on Wednesday mornings instead of Friday afternoons" where research says "on
        Monday mornings instead of Friday afternoons"."""
        return self._word_rivals(sentence, start, end, _day_of)

    def _word_rivals(self, sentence: str, start: int, end: int,
                     value_of: Callable[[_Token], str]) -> set[str]:
        tokens = _tokens(sentence)
        values = [value_of(t) for t in tokens]
        said = set(values) - {""}
        for i, token in enumerate(tokens):
            value = values[i]
            if not value or token.start < start or token.end > end:
                continue
            near = {_canon(t.low) for t in tokens[max(0, i - _NUMBER_WINDOW):
                                                 i + _NUMBER_WINDOW + 1] if _phrase_word(t)}
            own = max((2 * len(near & self._content[n])
                       for n in self._with_word(value, value_of)), default=0)
            rivals: dict[str, int] = {}
            for step in (-1, 1):
                beside = i + step
                if not 0 <= beside < len(tokens):
                    continue
                word = tokens[beside].low
                for n, at in self._positions.get(
                        ("canon", _canon(word)) if word.isalpha() else ("low", word), []):
                    sequence = self._sequences[n]
                    j = at - step
                    if not 0 <= j < len(sequence):
                        continue
                    other = value_of(sequence[j])
                    if not other or other in said:
                        continue
                    anchor = _anchor(tokens, beside, sequence, at, step)
                    if len(anchor) >= 3 and any(_phrase_word(t) for t in anchor):
                        rivals[sequence[j].text] = max(rivals.get(sequence[j].text, 0),
                                                       _anchor_weight(anchor))
            strongest = max(rivals.values(), default=0)
            if strongest and strongest >= own + _NUMBER_MARGIN:
                return {v for v, w in rivals.items() if w == strongest}
        return set()

    def _with_word(self, value: str, value_of: Callable[[_Token], str]) -> list[int]:
        """The known sentences with a word whose value (by `value_of`) is `value`."""
        index = self._by_value.setdefault(value_of.__name__, {})
        if not index:
            for n, sequence in enumerate(self._sequences):
                for t in sequence:
                    if value_of(t):
                        index.setdefault(value_of(t), []).append(n)
            index.setdefault("", [])
        return index.get(value, [])

    def name_rivals(self, sentence: str, start: int, end: int) -> set[str]:
        """The other names known sentences put where the name in `sentence[start:end]`
        stands, pinned by more shared words around it than any known sentence with that name
        shares: "you trained call takers at the Almaty Fire and Rescue Service" where research
        says "trained call takers at the Almaty City Ambulance Station" and names the fire
        service only as a partner."""
        found = _name_at(sentence, start, end)
        if found is None:
            return set()
        tokens, first, last, name = found
        own = self._name_weight(tokens, first, last, name)
        rivals: dict[str, int] = {}
        for step, beside in ((-1, first - 1), (1, last + 1)):
            if not 0 <= beside < len(tokens):
                continue
            word = tokens[beside].low
            for n, at in self._positions.get(
                    ("canon", _canon(word)) if word.isalpha() else ("low", word), []):
                sequence = self._sequences[n]
                run = _name_run(sequence, at - step, -step)
                if run is None:
                    continue
                # The shared words touch both names as they touch the other's, and run on
                # while marks fall alike: "…a harbour pilot" at the Forum" shares nothing
                # with "a training pilot at the Centre"; "Kulen Celadon, the glaze line made
                # with rice husk ash" shares its apposition with "Rice Ash White, the …".
                touching = (tokens[first].spaced == sequence[at + 1].spaced if step < 0
                            else tokens[beside].spaced == sequence[at].spaced)
                if not touching:
                    continue
                anchor = _anchor(tokens, beside, sequence, at, step)
                for k in range(1, len(anchor)):
                    if (anchor[k - 1] if step < 0 else anchor[k]).spaced != (
                            sequence[at + k if step > 0 else at - k + 1].spaced):
                        anchor = anchor[:k]
                        break
                if len(anchor) < 3 or not any(_phrase_word(t) for t in anchor):
                    continue
                other = normalise(run)
                weight = _anchor_weight(anchor)
                if other == name or other in name or name in other:
                    own = max(own, weight)
                elif f" {name} " not in self._normalised[n]:
                    # (A sentence naming both puts the other beside it: "a Master of
                    # Engineering in Biomedical Engineering".)
                    rivals[run] = max(rivals.get(run, 0), weight)
        return _stronger(rivals, own, _NUMBER_MARGIN)

    def name_rivals_near(self, sentence: str, start: int, end: int) -> set[str]:
        """The other names known sentences tell with the words around the name in
        `sentence[start:end]`, by more of them than any known sentence tells with it: "Kulen
        Celadon, the glaze line made with rice husk ash from farms in Siem Reap" where
        research has "Rice Ash White, made with rice husk ash from farms in Siem Reap
        province"."""
        found = _name_at(sentence, start, end)
        if found is None:
            return set()
        tokens, first, last, name = found
        near = {_canon(t.low) for t in tokens[max(0, first - _NEAR):last + _NEAR + 1]
                if _phrase_word(t)}
        own = 0
        rivals: dict[str, int] = {}
        for run, words in self._named_runs():
            shared = len(near & words)
            other = normalise(run)
            if other == name or other in name or name in other:
                own = max(own, shared)
            elif shared >= _NEAR_LEAST:
                rivals[run] = max(rivals.get(run, 0), shared)
        own = max(own, self._name_weight(tokens, first, last, name) // 2)
        return _stronger(rivals, own, _NEAR_MARGIN)

    def date_rivals_near(self, sentence: str, start: int, end: int) -> set[str]:
        """The other years (or days of a month, for a day of a month) known sentences tell
        with three words or more of the clause around the date in `sentence[start:end]`
        (names' words too: they tell which event), where no known sentence tells the date
        itself with any of them: "your move from the Kaliua Forest Beekeeping Project to
        Msitu Asali in 2018" where research dates the project and the move 2009 and 2016,
        and gives 2018 of an app; "your session with Leila Mansouri on 3 December" where
        research has the session on 2 December. A date research tells with some of the
        words loses only to one it tells with three more of them: "in 2024 you started the Kruk
        Audio Residency", where research tells 2024 with "audio" (of another award) and 2025
        with "started", "Kruk", "Audio" and "Residency". Dates the sentence says itself are
        no rivals ("from the tows in 2009 to Supervisor in 2018"). (Counts read so raised
        only false alarms: a "15-minute neighbourhood" is told with no word of research's
        15.)"""
        tokens = _tokens(sentence)
        dates = _dates(tokens)
        inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end
                  and dates[k]]
        if not inside:
            return set()
        i = inside[0]
        value = dates[i]
        near = _telling(_clause_around(tokens, i)) - _MONTH_WORDS
        said = set(dates)
        # A year for a year, a day of a month for a day of a month.
        told = [(d, words) for d, words in self._dated_words() if (" " in d) == (" " in value)]
        return _rivals_told(value, near, said, told)

    def date_told_more(self, sentence: str, start: int, end: int, rivals: set[str]) -> bool:
        """Whether a known sentence tells the year (or day of a month) in
        `sentence[start:end]` with at least `_NEAR_LEAST` words of the clause around it, and
        with more of them than any sentence telling one of `rivals`: "you joined Perles de
        Tiputa as a grafter in 2014" where research has "She joined Perles de Tiputa in 2014
        as a grafter", though "qualified as a grafter in 2011" sits closer in its words."""
        tokens = _tokens(sentence)
        dates = _dates(tokens)
        inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end
                  and dates[k]]
        if not inside:
            return False
        value = dates[inside[0]]
        near = _telling(_clause_around(tokens, inside[0])) - _MONTH_WORDS
        told = self._dated_words()
        own = max((len(near & words) for date, words in told if date == value), default=0)
        rival = max((len(near & words) for date, words in told if date in rivals), default=0)
        return own >= _NEAR_LEAST and own > rival

    def month_rivals_near(self, sentence: str, start: int, end: int) -> set[str]:
        """The other months known sentences tell with `_NEAR_LEAST` words or more of those
        around the month in `sentence[start:end]`, and with `_DATE_MARGIN` more of
        them than any sentence telling the month itself: "your new finishing workshop, opened
        in June 2025 after ten months of building" where research has it "opened … on 8 May
        after ten months of building" and gives June only of afternoon visits. Months the
        sentence says itself are no rivals."""
        tokens = _tokens(sentence)
        inside = [k for k, t in enumerate(tokens)
                  if t.start >= start and t.end <= end and _month_of(t)]
        if not inside:
            return set()
        value = _month_of(tokens[inside[0]])
        near = _telling(_around(tokens, inside[0])) - _MONTH_WORDS
        said = {_month_of(t) for t in tokens}
        return _rivals_told(value, near, said, self._month_words())

    def _month_words(self) -> list[tuple[str, set[str]]]:
        """Each month named in the known sentences, with the words around it."""
        if self._months is None:
            self._months = [
                (_month_of(token), _telling(_around(sequence, k)) - _MONTH_WORDS)
                for sequence in self._sequences
                for k, token in enumerate(sequence) if _month_of(token)
            ]
        return self._months

    def _dated_words(self) -> list[tuple[str, set[str]]]:
        """Each year and each day of a month in the known sentences, with the words of its
        clause."""
        if self._years is None:
            self._years = []
            for sequence in self._sequences:
                dates = _dates(sequence)
                self._years += [(date, _telling(_clause_around(sequence, k)) - _MONTH_WORDS)
                                for k, date in enumerate(dates) if date]
        return self._years

    def _named_runs(self) -> list[tuple[str, set[str]]]:
        """Each name in the known sentences with the content words around it."""
        if self._runs is None:
            self._runs = []
            for sequence in self._sequences:
                k = 0
                while k < len(sequence):
                    run = _name_run(sequence, k, 1) if k > 0 else None
                    if run is None:
                        k += 1
                        continue
                    size = len(run.split())
                    words = {_canon(t.low) for t in sequence[max(0, k - _NEAR):k + size + _NEAR]
                             if _phrase_word(t)}
                    self._runs.append((run, words))
                    k += size
        return self._runs

    def _name_weight(self, tokens: list[_Token], first: int, last: int, name: str) -> int:
        """How well a known sentence naming `name` reads like the words around it: twice
        the content words it shares with them."""
        near = {_canon(t.low) for t in tokens[max(0, first - _NUMBER_WINDOW):
                                             last + _NUMBER_WINDOW + 1] if _phrase_word(t)}
        return max((2 * len(near & self._content[n]) for n, text in enumerate(self._normalised)
                    if f" {name} " in text), default=0)

    def _own_weight(self, tokens: list[_Token], i: int, value: str) -> int:
        """How well a known sentence with `value` reads like the words around `tokens[i]`:
        twice the content words it shares with them."""
        near = {_canon(t.low) for t in tokens[max(0, i - _NUMBER_WINDOW):i + _NUMBER_WINDOW + 1]
                if _phrase_word(t)}
        return max((2 * len(near & self._content[n]) for n in self._with_value.get(value, [])),
                   default=0)

    def _words_in(self, n: int) -> set[str]:
        """The words and names of known sentence `n` (`_words_of`)."""
        if n not in self._words:
            self._words[n] = _words_of(self._sequences[n])
        return self._words[n]

    def miscounts(self, sentence: str, whole: str = "") -> list[str]:
        """Counts before a noun ("three questions each") where the known texts count the
        same noun otherwise and never so, unless a known sentence about the same things
        counts it so: "Bergluft's E16 contract in Valdres: seven tunnels upgraded …" where
        research says "to upgrade seven tunnels on the E16 in Valdres" and "23 road tunnels
        upgraded since 2019" (`whole`: the sentence the clause `sentence` is part of). Of
        the known sentences that count the noun, those sharing the most words with `whole`
        tell which count is meant."""
        tokens = _tokens(sentence)
        around = _words_of(_tokens(whole or sentence))
        found = []
        for i, token in enumerate(tokens[:-1]):
            count = _count_of(token.low) if not _in_code(tokens, i) else ""
            if not count or not _is_content(tokens[i + 1].low):
                continue
            counting = self._counted.get(_key(tokens[i + 1].low), {})
            shared = {n: len(around & self._words_in(n)) for n in counting}
            most = max(shared.values(), default=0)
            if most >= 3 and all(count in counting[n] for n in shared if shared[n] == most):
                continue
            if i + 2 < len(tokens) and _is_content(tokens[i + 2].low):
                # The noun the counted word is a modifier of, counted so by a known sentence
                # about the same things: "the 17 donor lines you kept" where research has
                # "Of its 26 donor lines, 17 were kept" and "the 17 lines kept".
                heads = self._counted.get(_key(tokens[i + 2].low), {})
                if any(count in heads[n] and len(around & self._words_in(n)) >= 3
                       for n in heads):
                    continue
            known = set().union(*(self._counts.get(p, set()) for p in _count_places(tokens, i)))
            if known and count not in known:
                found.append(sentence[token.start:tokens[i + 1].end])
        return found


def contraction_like(low: str) -> bool:
    """Whether `low` may be a contraction ("dept", "mgmt", "govt"): three to five letters,
    no English word of its own."""
    return 3 <= len(low) <= 5 and low.isalpha() and english_rank(low) is None


def contraction_of(short: str, word: str) -> bool:
    """Whether `short` contracts `word`: the same first and last letter, its letters in
    order in the word, three letters shorter at least ("dept" for "department", "mgmt" for
    "management", "bldg" for "building")."""
    if len(word) < len(short) + 3 or short[0] != word[0] or short[-1] != word[-1]:
        return False
    rest = iter(word[1:-1])
    return all(c in rest for c in short[1:-1])


def _uses(word: str, forms: set[str]) -> bool:
    """Whether a sentence with word `forms` uses `word`: inflected, by a listed synonym, or
    as the clip or contraction of a longer word ("tech" for "technician", "dept" for
    "department"): four letters or more, three fewer than the word at least, and not itself
    among the most frequent English words ("care" is no clip of "career")."""
    # Spelled the other way: "license" where the sentence says "licence".
    if any({_key(form), _canon(form)} & forms for form in {word} | spelling_variants(word)):
        return True
    # The sentence clips the word: "air temp" for "air temperature".
    if any(word[:n] in forms and english_rank(word[:n]) is None
           for n in range(4, min(7, len(word) - 2))):
        return True
    clip = _singular(word)
    if len(clip) < 4 or not clip.isalpha():
        return False
    rank = english_rank(clip)
    return (rank is None or rank >= _CLIP_RANK) and any(
        len(f) >= len(clip) + 3 and (f.startswith(clip) or (
            contraction_like(clip) and contraction_of(clip, f))) for f in forms)


def _object_opening(token: _Token) -> bool:
    """Whether `token` opens a verb's object rather than goes on a noun: a name, a number,
    a determiner or an object pronoun."""
    return token.low in _OBJECTS or token.low.isdigit() or token.text[0].isupper()


@cache
def _canon(low: str) -> str:
    """What a word is compared by when sentences are lined up: its synonym group, else its
    base form ("reading" ~ "read", "turned" ~ "turning", "designer" is not "design")."""
    group = _synonym_key().get(low) or _synonym_key().get(_singular(low))
    return group or _base(low)


def _base(low: str) -> str:
    """`low` without an inflection: "leads"/"leading" -> lead, "shaping"/"shape" -> shap,
    "running" -> run."""
    for ending in ("ing", "ed", "es", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 3 and not low.endswith("ss"):
            low = low[: -len(ending)]
            if len(low) > 3 and low[-1] == low[-2] and low[-1] not in "ls":
                low = low[:-1]
            break
    return low[:-1] if low.endswith("e") and len(low) > 3 else low


def _verb_like(tokens: list[_Token], i: int) -> bool:
    """Whether the word at `i` reads as a verb rather than a noun: it ends in -ed, it is an
    irregular past form ("said", "kept", "won"), a particle or adverb of direction follows
    it ("won out", "fit together", "nodding along"), or it is an -ing word no determiner or
    preposition opens ("four lanes of parking" is a noun), or it follows a plural noun
    directly ("community meetings shape")."""
    word = tokens[i].low
    before = tokens[i - 1] if i > 0 and tokens[i].spaced else None
    if word.endswith("ed") or _plain_verb(tokens, i) or _verb_of_subject(tokens, i):
        return True
    # A word before an object pronoun is its verb: "… and see you at the open day", "to
    # tell them"; "you" is an object only after a word that leads a verb ("the advice you
    # gave" is a noun with its clause).
    after_word = tokens[i + 1].low if i + 1 < len(tokens) and tokens[i + 1].spaced else ""
    if after_word in _OBJECT_PRONOUNS or (after_word == "you" and (
            i == 0 or tokens[i - 1].low in _VERB_LEADS)):
        return True
    if word.endswith("ing"):
        # "the plan becoming your first dataset": an -ing word with an object of its own.
        return before is None or not (before.low in _OPENERS or _eligible(before)) or (
            after_word in _OBJECTS - {"you", "it"})
    # An -s word that "like", or an -ly adverb and an object, follows is a verb: "what
    # commissioning looks like", "…, covers exactly the side of the work" (not "the nurses
    # actually read them").
    beyond = tokens[i + 2].low if i + 2 < len(tokens) and tokens[i + 2].spaced else ""
    if _plural(word) and (after_word == "like" or (
            after_word.endswith("ly") and len(after_word) > 4 and beyond in _OBJECTS)):
        return True
    if before is None or not _eligible(before):
        return False
    # An -s word between a singular noun and an object is that noun's verb: "packaging
    # quality sounds a lot like …"; so is one before a name ("the plan commits SVT to …").
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    if (_plural(word) and not _plural(before.low) and after is not None
            and (after.low in _OBJECTS or after.text[:1].isupper())):
        return True
    return _plural(before.low)


# Words that open a clause of time or reason, whose subject a verb follows: "as my logbook
# grows".
_CLAUSE_OPENERS = word_set("as when while until once if because before after since unless")
_RELATIVES = word_set("that which who")
# Verbs whose -s form is no noun: "every payout seems".
_LINKING_VERBS = word_set("seems appears becomes")


def _verb_of_subject(tokens: list[_Token], i: int) -> bool:
    """Whether the -s word at `i` is the verb of the noun or name before it: after "that",
    "which" or "who" that follows a noun ("a sensor that maps gas"), at the end of a clause
    of time ("as my logbook grows"), or before a past participle ("every call-taker gets
    written feedback") or a preposition that ends the clause ("the forecasts GETIJ relies
    on")."""
    word = tokens[i].low
    if not (word.endswith("s") and not word.endswith(("ss", "us", "is")) and i >= 2
            and tokens[i].spaced):
        return False
    before, earlier = tokens[i - 1], tokens[i - 2]
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    if word in _LINKING_VERBS and before.low.isalpha() and before.low not in _GRAMMAR:
        return True  # "publishing the basis risk of every payout seems both brave …"
    if (i >= 4 and earlier.low in _DETERMINERS and tokens[i - 4].low in _DETERMINERS
            and _is_content(tokens[i - 3].low) and before.low.isalpha()):
        return True  # "the question a tracer answers": a clause without "that"
    if before.low in _RELATIVES and earlier.low.isalpha() and earlier.low not in _GRAMMAR and (
            tokens[i - 1].spaced) and after is not None and after.low not in _GRAMMAR and (
            # "that nurses actually read them": a plural subject, its verb after it
            not after.low.endswith(("ly", "ed"))):
        return not _plural(earlier.low) or earlier.text[:1].isupper()
    if _plural(before.low) or not before.low.isalpha() or before.low in _GRAMMAR:
        return False
    if after is None:
        k = i - 1
        while k > 0 and tokens[k].spaced and _eligible(tokens[k - 1]):
            k -= 1  # "as my gauging logbook swells"
        return (k >= 2 and tokens[k - 1].low in _DETERMINERS
                and tokens[k - 2].low in _CLAUSE_OPENERS)
    ends = i + 2 >= len(tokens) or not tokens[i + 2].spaced
    return (after.low.endswith(("ed", "en")) and after.low not in _GRAMMAR
            and len(after.low) > 4) or (
        before.text[:1].isupper() and after.low in _PREPOSITIONS and ends)


def _object_of(tokens: list[_Token], i: int) -> bool:
    """Whether the word at `i` is the noun a verb takes after "the", the phrase ending
    there: "follow the chicken,"."""
    if i < 2 or tokens[i - 1].low != "the" or not tokens[i].spaced or not tokens[i - 1].spaced:
        return False
    verb = tokens[i - 2]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (verb.low.isalpha() and verb.low not in _GRAMMAR and verb.low not in _OPENERS
            and not verb.text[:1].isupper() and (after is None or not after.spaced))


def _object_head(tokens: list[_Token], i: int, j: int) -> bool:
    """Whether the plural at `j`, right after the word at `i`, heads a verb's object rather
    than being a verb with a particle: "brought sepsis alerts down" (a word of content before
    `i`, not a determiner or a subject that would make `i` the subject of `j`)."""
    before = tokens[i - 1] if i > 0 and tokens[i].spaced else None
    return (j == i + 1 and _plural(tokens[j].low) and before is not None
            and before.low.isalpha() and before.low not in _GRAMMAR
            and before.low not in _OPENERS and before.low not in _SUBJECTS
            and not _plural(before.low))


def _plain_verb(tokens: list[_Token], i: int) -> bool:
    """Whether the word at `i` is a verb by its form alone: an irregular past ("said",
    "won") or a word a particle follows ("won out", "fit together", "drive home")."""
    return tokens[i].low in _IRREGULAR_PAST or (
        i + 1 < len(tokens) and tokens[i + 1].spaced and tokens[i + 1].low in _VERB_PARTICLES)


def _contrasts(draft: list[_Token], first: int, last: int, known: list[_Token], j: int,
               left: bool) -> bool:
    """Whether the draft's words `first..last`, lined up with the known sentence's word `j`
    by a shared frame, contrast with it: one thing named in the place of another. Both
    must be nouns or their modifiers (a verb put for a verb, "moving to" for "joining", an
    owner, "the airport's", retold as "the whole operation" is the writer's own wording);
    the known word must be gone from the draft's clause ("40% fewer bugs after launch"
    keeps "launch" and only reorders "bugs down 40 percent post launch"); and the draft's
    word is no clip of the known one ("epis" for "epidemiologists")."""
    rival = known[j]
    if not _nominal(known, j) or not all(_nominal(draft, k) for k in range(first, last + 1)):
        return False
    outside = [t for k, t in enumerate(draft) if not first <= k <= last]
    if any(t.low.isalpha() and _canon(t.low) == _canon(rival.low) for t in outside):
        return False
    # The known sentence's next words moved into the draft's slot: "take wastewater
    # testing" for "expand its wastewater surveillance": a rewording, not a swap.
    near = known[j + 1:j + 6] if left else known[max(0, j - 5):j]
    nearby = {_key(t.low) for t in near if _eligible(t)}
    span = draft[first:last + 1]
    aligned = known[j:j + len(span)] if left else known[max(0, j - len(span) + 1):j + 1]
    if any(_key(t.low) in nearby and not any(_key(t.low) == _key(a.low) for a in aligned)
           for t in span if _eligible(t)):
        return False
    return not any(_clip_of(t.low, rival.low) for t in span)


def _nominal(tokens: list[_Token], i: int) -> bool:
    """Whether the word at `i` reads as a noun or a noun's modifier: no owner ("the
    airport's"), no verb by its form or place (`_verb_like`), nor after "to" or a modal
    with an object after it ("to expand its …"), an -ing word with an object or a
    preposition after it ("joining Awanui", "moving to"), an -s word after a singular noun
    with a lower-case word after it ("the role involves day-to-day …", "the forecast
    combines soil …") or a particle that ends the clause ("fits in.")."""
    token = tokens[i]
    if _possessive(token) or _verb_like(tokens, i):
        return False
    before = tokens[i - 1] if i > 0 and token.spaced else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    if before is not None and before.low in _INFINITIVE and after is not None and (
            _object_opening(after)):
        return False
    if token.low.endswith("ing") and after is not None and _object_opening(after) and not (
            before is not None and (_eligible(before) or before.low in _DETERMINERS)):
        return False
    if (before is not None and _plural(token.low) and _eligible(before)
            and not _plural(before.low) and before.text[0].islower() and after is not None):
        ends = i + 2 >= len(tokens) or not tokens[i + 2].spaced
        lower = after.text[0].islower() and after.low.isalpha() and (
            after.low not in _GRAMMAR and after.low not in _JOINING)
        if (lower and not _plural(after.low) and not after.low.endswith("ly")) or (
                after.low in _PREPOSITIONS and ends):
            return False
    return True


def _clip_of(short: str, word: str) -> bool:
    """Whether `short` is `word` cut short, plural or not: "epis" for "epidemiologists"."""
    clips = {short, short[:-1]} if short.endswith("s") else {short}
    return any(len(clip) >= 3 and len(word) >= len(clip) + 3 and word.startswith(clip)
               for clip in clips)


def _match_key(token: _Token) -> tuple[str, str]:
    """What a word is matched by in an anchor (`_anchor`): a word by its base form or
    synonym group, anything else as written."""
    return ("canon", _canon(token.low)) if token.low.isalpha() else ("low", token.low)


def _anchor(draft: list[_Token], i: int, known: list[_Token], j: int, step: int
            ) -> list[_Token]:
    """The words that read the same in `draft` from `i` and in `known` from `j`, walking in
    direction `step`."""
    same: list[_Token] = []
    while 0 <= i < len(draft) and 0 <= j < len(known):
        a, b = draft[i], known[j]
        if a.low != b.low and (not a.low.isalpha() or _canon(a.low) != _canon(b.low)):
            break
        same.append(a)
        i += step
        j += step
    return same


# Content words a shared anchor needs for a slot whose word is known only by its stem (with
# two grammar words more at least).
_LONG_PIN = 2
# The most words a slot pinned on both sides may hold.
_SLOT_MOST = 4
# The words more than grammar that a slot's anchors on both sides hold together at least.
_SANDWICH_PIN = 4


def _weight(anchor: list[_Token]) -> int:
    """How many of an anchor's words are more than grammar."""
    return sum(1 for t in anchor if _phrase_word(t) or t.low.isdigit())


def _strong(anchor: list[_Token]) -> bool:
    """Whether shared words pin a slot: three words, one of them more than grammar ("at home
    after"), or two such words ("community street")."""
    weighty = sum(1 for t in anchor if _phrase_word(t) or t.low.isdigit())
    return (len(anchor) >= 3 and weighty >= 1) or weighty >= 2


# By how much more shared wording a known sentence must pin another number in a number's
# place than any known sentence with its own value reads like its words; how many words on
# each side of it those are.
_NUMBER_MARGIN = 2
_NUMBER_WINDOW = 6
# Words either side of a name or a year that tell what it is, how many of them another must
# share at least, and (for a name) by how many more than the name itself.
_NEAR = 8
_NEAR_LEAST = 3
_NEAR_MARGIN = 2
# How many more of a clause's words a year must be told with than the draft's own year,
# where research tells that one with some of them too.
_DATE_MARGIN = 3

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}


def _number_values(tokens: list[_Token]) -> list[str]:
    """The value of each token that is a number ("1,400" -> 1400, "four" -> 4), else "".
    Both words of a number in words ("sixty four") hold its whole value."""
    values = []
    for k, token in enumerate(tokens):
        low = token.low
        if low[:1].isdigit():
            whole, _, frac = low.replace(",", "").partition(".")
            frac = frac.rstrip("0")
            values.append(whole + ("." + frac if frac else ""))
        elif low in _TENS and k + 1 < len(tokens) and tokens[k + 1].low in _UNITS:
            values.append(str(_TENS[low] + _UNITS[tokens[k + 1].low]))
        elif low in _UNITS and k > 0 and tokens[k - 1].low in _TENS:
            values.append(values[-1])
        else:
            values.append(_COUNT_WORDS.get(low, str(_TENS.get(low, ""))))
    return values


# Lower-case words inside a name: "Almaty Fire and Rescue Service", "Institut d'Optique".
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "the", "de", "du", "la", "van", "von",
                           "der"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that open the next clause: "ACCA in 2009, then Financial Controller in 2011".
_CLAUSE_LINKS = frozenset({"and", "then", "but", "while", "before", "after"})


def _clause_around(tokens: list[_Token], i: int) -> list[_Token]:
    """The words of the clause `tokens[i]` stands in, at most `_NEAR` either side: up to a
    mark, or to "and", "then" … opening the next ("ACCA in 2009, then Financial Controller
    in 2011")."""
    lo = i
    # A date in brackets after a name dates it, both ends of a range so: "Tasmanian Aquatic
    # Animal Health Laboratory (2011-2015)", "Gallery Days with the Polytechnic University of
    # Tirana (since 2019)".
    crossed = False
    while lo > max(0, i - _NEAR) and tokens[lo - 1].low not in _CLAUSE_LINKS and (
            tokens[lo].spaced or (tokens[lo].gap.strip() == "(" and not crossed) or (
            tokens[lo].gap.strip() in {"-", "–"} and tokens[lo].low.isdigit()
            and tokens[lo - 1].low.isdigit())):
        crossed = crossed or tokens[lo].gap.strip() == "("
        lo -= 1
    hi = i
    while hi + 1 < min(len(tokens), i + _NEAR + 1) and tokens[hi + 1].spaced and (
            tokens[hi + 1].low not in _CLAUSE_LINKS):
        hi += 1
    return tokens[lo:hi + 1]


def _rivals_told(value: str, near: set[str], said: set[str],
                 told: list[tuple[str, set[str]]]) -> set[str]:
    """The dates (or months) of `told` (each with the words known around it) that share
    `_NEAR_LEAST` of the words `near` or more, and `_DATE_MARGIN` more than any telling of
    `value` itself does, the strongest only; none the draft's sentence says itself (`said`)."""
    own = 0
    rivals: dict[str, int] = {}
    for other, words in told:
        shared = len(near & words)
        if other == value:
            own = max(own, shared)
        elif other not in said and shared >= _NEAR_LEAST:
            rivals[other] = max(rivals.get(other, 0), shared)
    strongest = max(rivals.values(), default=0)
    if own and strongest < own + _DATE_MARGIN:
        return set()  # research tells this date with some of these words, as well
    return {v for v, w in rivals.items() if w == strongest}


def _around(tokens: list[_Token], i: int) -> list[_Token]:
    """The words at most `_NEAR` either side of `tokens[i]`, across commas and clauses: a
    month is often told a clause away from what it dates ("the new workshop, opened in June
    2025 after ten months of building")."""
    return tokens[max(0, i - _NEAR):i + _NEAR + 1]


def _name_at(sentence: str, start: int, end: int
             ) -> tuple[list[_Token], int, int, str] | None:
    """The words of `sentence`, the first and last of those in `start:end`, and that name
    normalised; None when no word stands there."""
    tokens = _tokens(sentence)
    inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end]
    if not inside:
        return None
    return tokens, inside[0], inside[-1], normalise(sentence[start:end])


def _stronger(rivals: dict[str, int], own: int, margin: int) -> set[str]:
    """The rivals weighing most, where they outweigh `own` by `margin` at least."""
    strongest = max(rivals.values(), default=0)
    if strongest and strongest >= own + margin:
        return {v for v, w in rivals.items() if w == strongest}
    return set()


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"})


def _month_of(token: _Token) -> str:
    """The month a capitalised word names, by its first three letters ("Sept", "October":
    "sep", "oct"), else "". Not "Jan" or "Jun", which are given names too."""
    low = token.low
    if not token.text[:1].isupper() or low in _NAME_CLIPS or not (low in _MONTH_WORDS or (
            len(low) >= 3 and any(m.startswith(low) for m in _MONTH_WORDS))):
        return ""
    return low[:3]


def _day_of(token: _Token) -> str:
    """The day of the week a capitalised word names in full or short ("Wed", "Thursday"),
    as its number ("2", "3"), else ""."""
    if not token.text[:1].isupper():
        return ""
    day = english_day(token.low)
    return "" if day is None else str(day)


# Clipped months that are given names as well.
_NAME_CLIPS = frozenset({"jan", "jun"})


def _dates(tokens: list[_Token]) -> list[str]:
    """Each token's date: a year ("2018"), or a day of a month for the day and the month
    beside it ("2 dec"); else ""."""
    found = [""] * len(tokens)
    for k, token in enumerate(tokens):
        if _YEAR.fullmatch(token.low) and not _glued(tokens, k):
            found[k] = token.low
        elif token.low[:3] in {m[:3] for m in _MONTH_WORDS} and token.low in _MONTH_WORDS | {
                m[:3] for m in _MONTH_WORDS}:
            for j in (k - 1, k + 1):
                if 0 <= j < len(tokens) and tokens[j].low.isdigit() and 1 <= int(
                        tokens[j].low) <= 31 and len(tokens[j].low) <= 2:
                    found[j] = found[k] = f"{int(tokens[j].low)} {token.low[:3]}"
                    break
    return found


def _glued(tokens: list[_Token], k: int) -> bool:
    """Whether the number at `k` is glued to a word before or after it: part of a code
    ("B1", "3D printers", "Part-66")."""
    return (k > 0 and tokens[k - 1].end == tokens[k].start) or (
        k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end)


def _telling(tokens: list[_Token]) -> set[str]:
    """The words among `tokens` that tell what is spoken of: content words by their
    canonical form, and the words of names in lower case."""
    return {_canon(t.low) for t in tokens if _phrase_word(t)} | {
        t.low for t in tokens if t.text[:1].isupper() and len(t.low) >= 3
        and t.low not in _GRAMMAR and t.low not in _LETTER and t.low not in _JOINING}


def _name_run(sequence: list[_Token], j: int, step: int) -> str | None:
    """The capitalised name that starts at `sequence[j]` and runs in direction `step`
    (joining words inside it: "Almaty Fire and Rescue Service"), as written; None when no
    name starts there."""
    if not 0 <= j < len(sequence) or not sequence[j].text[:1].isupper():
        return None
    k = j
    ends = [j]
    while 0 <= k + step < len(sequence) and sequence[k + 1 if step > 0 else k].spaced:
        nxt = sequence[k + step]
        if nxt.text[:1].isupper() or re.match(r"[a-z]['’][A-Z]", nxt.text):  # "d'Optique"
            ends.append(k + step)
        elif nxt.low not in _NAME_JOINERS:
            break
        k += step
    far = ends[-1]
    lo, hi = min(j, far), max(j, far)
    return " ".join(t.text for t in sequence[lo:hi + 1])


def _anchor_weight(anchor: list[_Token]) -> int:
    """How strongly shared words pin a slot: each word counts, a content word or a number
    twice."""
    return sum(2 if _phrase_word(t) or t.low[:1].isdigit() or (
        len(t.text) >= 2 and t.text.isupper()) else 1 for t in anchor)


def _judged(tokens: list[_Token], i: int) -> bool:
    """Whether "such a", "what a" or "quite a" opens the phrase at `i`: the writer's
    judgement ("such a smart part of the course"), not a detail about the recipient."""
    return i >= 2 and tokens[i - 1].low in {"a", "an"} and tokens[i - 2].low in {
        "such", "what", "quite"}


def _in_code(tokens: list[_Token], i: int) -> bool:
    """Whether the number at `i` is part of a model name or code written with letters
    ("V120 turbines", "the A320 fleet"): a number glued to them counts nothing."""
    return i > 0 and tokens[i - 1].end == tokens[i].start


def _words_of(tokens: list[_Token]) -> set[str]:
    """The content words and names of a sentence, which tell what it is about (a name
    twice: it tells more): no grammar, no count."""
    found = set()
    for t in tokens:
        if len(t.low) > 1 and t.low.isalpha() and not _count_of(t.low) and (
                _is_content(t.low) or t.text[:1].isupper()):
            found.add(_canon(t.low))
            if t.text[:1].isupper() and t.low not in COMMON_WORDS:
                found.add(t.low.upper())
    return found


def _count_of(low: str) -> str:
    if low.isdigit():
        # A year dates what follows ("your 2016 pink pigeon stamp"); it counts nothing.
        return "" if len(low) == 4 and low[:2] in {"19", "20"} else low
    return _COUNT_WORDS.get(low, "")


def _count_places(tokens: list[_Token], i: int) -> list[tuple[str, str, str]]:
    """Where the count at `i` stands: its noun with the word after it ("question each"),
    and its noun with the content word before the count ("answer … question")."""
    noun = _key(tokens[i + 1].low)
    places = []
    if i + 2 < len(tokens):
        places.append(("after", noun, tokens[i + 2].low))
    before = _link(tokens, i, -1)
    if before is not None:
        places.append(("before", noun, _key(tokens[before[1]].low)))
    return places
