"""Acronyms, initials and clipped words: how a short form in a draft is matched to the
known words it stands for ("HRBP" for "HR Business Partner", "AMS" for "antimicrobial
stewardship", "stats" for "statistics").

An acronym is known when its letters are the initials of consecutive words of a known
sentence ("EE": "electrical engineering"), short joining words counted or skipped, a prefix
or a hyphenated part counted as a word; a university goes by its place's initial and U
("KU"). A short form may also take the start of each word ("SAMTRA"), be written in mixed
case ("PGDip", "UCLan"), cut a word to its consonants ("Asst"), join initials by "&" ("S&C"),
cut a known title's leading words to their initials ("QA manager"), or put a level's initial
before its number ("CIPS L4").
"""

from __future__ import annotations

import re

from .common_words import DETERMINERS, LETTER_WORDS, STOP_WORDS
from .known_texts import CAPITALISED_RUN, KnownTexts
from .text import normalise, sentences, word_set

__all__ = [
    "KnownAcronyms", "acronyms_of", "clip_of", "is_language_tag", "mixed_pieces",
    "spelled_by_starts", "spells", "tag_spelled",
]

# Short words an acronym may count or skip: "MBA" for "Master of Business Administration",
# "OJM" for "Orchestre des jeunes de la Mauricie", "UNAM" for "Universidad Nacional
# Autónoma de México" (the articles and prepositions of the languages names come in).
_ACRONYM_SKIP = word_set(
    """of and for the in on at to & de des du la le les et del della di da do dos das
    y e el los las der die das und für van von voor het en""")


def clip_of(clip: str, word: str) -> bool:
    """Whether `clip` starts `word`, or is a clip of four letters or more that keeps the
    word's plural -s ("stats" for "statistics")."""
    return word.startswith(clip) or (
        len(clip) >= 5 and clip.endswith("s") and word.endswith("s")
        and len(word) >= len(clip) + 3 and word.startswith(clip[:-1]))


def acronyms_of(words: list[str]) -> set[str]:
    """The acronyms consecutive `words` make: their initials, short joining words counted
    or skipped; an all-capital word gives all its letters ("HR Business Partner": HRBP)."""
    found: set[str] = set()
    tokens = [w.casefold() for w in words]
    for start in range(len(tokens)):
        if tokens[start] in _ACRONYM_SKIP:
            continue
        every = skipped = capitals = ""
        for word, token in zip(words[start:start + 10], tokens[start:start + 10], strict=True):
            every += token[0]
            if token not in _ACRONYM_SKIP:
                skipped += token[0]
                capitals += token if 2 <= len(word) <= 4 and word.isupper() else token[0]
            if token not in _ACRONYM_SKIP and len(skipped) >= 2:
                found.update((every, skipped))
                if len(capitals) <= 6:
                    found.add(capitals)
            if len(skipped) >= 6:
                break
    return found


_UNIVERSITY_OF = re.compile(r"\bUniversity\s+of\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+University\b")

# Prefixes an acronym may give a letter of its own ("AMS" for "antimicrobial stewardship").
_ACRONYM_PREFIXES = ("anti", "inter", "multi", "micro", "trans", "super", "cyber", "tele",
                     "bio", "neuro", "non", "post", "pre", "sub", "infra", "ultra", "hydro",
                     "electro", "thermo", "photo", "semi")


def _split_prefix(word: str) -> list[str]:
    """`word` as its prefix and the rest when the rest is a word of four letters or more
    (three after a long prefix: "infra" + "red")."""
    low = word.casefold()
    for prefix in _ACRONYM_PREFIXES:
        if low.startswith(prefix) and len(low) - len(prefix) >= (3 if len(prefix) >= 5 else 4):
            return [word[:len(prefix)], word[len(prefix):]]
    return [word]


def _compound_initials(letters: str, word: str) -> bool:
    """Whether `letters` abbreviate `word`, a compound of two parts joined by "o"
    ("musculo|skeletal", "cardio|vascular"), four letters each at least: one group per
    part, each its part's first letter then letters in order from the next two."""
    for k in range(4, len(word) - 3):
        if word[k - 1] != "o" or word[k] in "aeiou":
            continue
        first, second = word[:k], word[k:]
        for cut in range(1, len(letters)):
            a, b = letters[:cut], letters[cut:]
            if all(_starts(group, part) for group, part in ((a, first), (b, second))):
                return True
    return False


def _starts(group: str, part: str) -> bool:
    """`group` is `part`'s first letter, then letters in order from its next two."""
    if not group or group[0] != part[0]:
        return False
    rest = iter(part[1:3])
    return all(c in rest for c in group[1:])


def mixed_pieces(word: str) -> list[str] | None:
    """A short form in mixed case ("PGDip", "MSc") as its pieces: each lone capital a
    word's initial, a capital with lower-case letters after it a clipped word ("PG",
    "Dip": P, G, Dip); None when `word` is not such a form."""
    if not (3 <= len(word) <= 10 and word.isalpha() and word[0].isupper()):
        return None
    pieces = re.findall(r"[A-Z][a-z]*", word)
    if "".join(pieces) != word or len(pieces) < 2 or all(len(p) == 1 for p in pieces):
        return None
    return pieces if all(len(p) <= 5 for p in pieces) else None  # "Donald" is no clip


def spells(pieces: list[str], words: list[str]) -> bool:
    """Whether `pieces` (from mixed_pieces) stand for consecutive `words`, short joining
    words skipped: a lone capital the initial of its word, a clipped piece its word's start
    ("PG", "Dip" for "post graduate diploma"). A short form spells words that name
    something: a pronoun or a verb like "is" stands for no piece of it ("January she spends
    two weeks" spells no "JaSST")."""
    tokens = [w.casefold() for w in words if w.casefold() not in _ACRONYM_SKIP]
    want = [p.casefold() for p in pieces]
    for start in range(len(tokens) - len(want) + 1):
        if all(tokens[start + i].startswith(piece) and tokens[start + i] not in STOP_WORDS
               for i, piece in enumerate(want)):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """`letters` start `word` and the rest follow in order ("pt" in "portuguese")."""
    if not letters or not word.startswith(letters[0]):
        return False
    rest = iter(word[1:])
    return all(c in rest for c in letters[1:])


_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})[-_]([A-Z]{2})")


def tag_spelled(tag: str, country: str, language: str) -> bool:
    """Whether a language tag ("pt-BR") spells the country adjective and language of a
    known pair ("Brazilian Portuguese"): each code's letters in order in its word."""
    m = _LANGUAGE_TAG.fullmatch(tag)
    return m is not None and _in_order(m.group(1), language.casefold()) and _in_order(
        m.group(2).casefold(), country.casefold())


def is_language_tag(word: str) -> bool:
    return _LANGUAGE_TAG.fullmatch(word) is not None


def spelled_by_starts(acronym: str, words: list[str]) -> bool:
    """Whether a capitalised short form takes the start of each of consecutive `words`, one
    letter or more, short joining words skipped: "SAMTRA" for "South African Maritime
    TRaining Academy". Every word of the run is used, so no word is passed over."""
    letters = acronym.casefold()
    tokens = [w.casefold() for w in words if w.casefold() not in _ACRONYM_SKIP]

    def fits(at: int, index: int) -> bool:
        if at == len(letters):
            return index > 0
        if index >= len(tokens):
            return False
        word = tokens[index]
        return any(word.startswith(letters[at:at + size]) and fits(at + size, index + 1)
                   for size in range(1, min(3, len(letters) - at) + 1))

    return any(tokens[start][:1] == letters[:1] and fits(0, start)
               for start in range(len(tokens)))


_ACRONYM_OPENERS = word_set("to of for from by with in on at among")


class KnownAcronyms(KnownTexts):
    """The known texts' look-ups for short forms: acronyms, initials, clipped words and
    abbreviations of what the known texts spell out."""

    def has_skeleton(self, word: str) -> bool:
        """Whether `word` is a known word cut to its first letter and some of its consonants,
        in order ("Asst" for "assistant", "Supt" for "superintendent", "Mgr" for "manager")."""
        low = word.casefold().rstrip(".")
        if not (3 <= len(low) <= 5 and low.isalpha() and word[:1].isupper()
                and word.rstrip(".")[1:].islower() and not re.search(r"[aeiou]", low[1:])):
            return False
        return any(len(known) >= 2 * len(low) and known[0] == low[0]
                   and _in_order(low, known) for known in self.vocabulary)

    def has_acronym(self, word: str) -> bool:
        """An acronym ("EE", "MBA") whose letters are the initials of consecutive words of
        a known sentence ("electrical engineering", "Master of Business Administration"),
        short joining words counted or skipped."""
        if word.endswith("s") and word[:-1].isupper():
            word = word[:-1]  # "PLCs"
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return False
        if self._initials is None:
            self._initials = set()
            for chunk in self._chunks:
                for sentence in sentences(chunk):
                    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
                    # Hyphenated parts count as words too ("Urbana-Champaign": U, C).
                    parts = [p for w in words for p in w.split("-") if p]
                    # A prefix counts as a word ("antimicrobial stewardship": AMS).
                    prefixed = [p for w in parts for p in _split_prefix(w)]
                    for tokens in (words, parts, prefixed):
                        self._initials.update(acronyms_of(tokens))
                    # A university goes by its place's initial and U, either way round
                    # ("University of Kansas": KU, UK; "Weston University": WU).
                    for m in _UNIVERSITY_OF.finditer(sentence):
                        place = (m.group(1) or m.group(2)).casefold()
                        if place not in LETTER_WORDS:
                            self._initials.update({place[0] + "u", "u" + place[0]})
        if word.casefold() in self._initials:
            return True
        # A longer short form taking two or three letters of a word ("SAMTRA" for "South
        # African Maritime Training Academy"), from a run of capitalised words.
        return len(word) >= 4 and any(spelled_by_starts(word, words)
                                      for words in self._long_names())

    def _long_names(self) -> list[list[str]]:
        """The known runs of three capitalised words or more, as words (read once)."""
        if self._long_runs is None:
            runs = (run.group(0).split() for chunk in self._chunks
                    for run in CAPITALISED_RUN.finditer(chunk))
            self._long_runs = [words for words in runs if len(words) >= 3]
        return self._long_runs

    def has_modifier_acronym(self, word: str) -> bool:
        """An acronym of three letters or more whose letters but the last are the initials
        of the modifiers of a known lower-case noun phrase: "SME" (small and medium-sized
        enterprises) where a known text says "small and medium-sized suppliers", the last
        letter naming the head in a word of its own."""
        if not (3 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return False
        if self._modifier_initials is None:
            self._modifier_initials = set()
            for chunk in self._chunks:
                for sentence in sentences(chunk):
                    for run in re.findall(r"(?:\b[a-z][a-z'’-]*(?:\s+|$))+", sentence):
                        words = run.split()
                        # The phrase opens after a determiner or preposition; two
                        # modifiers at least, then their head.
                        for i, opener in enumerate(words[:-3]):
                            if opener in DETERMINERS or opener in _ACRONYM_OPENERS:
                                for k in range(i + 3, len(words)):
                                    initials = "".join(w[0] for w in words[i + 1:k]
                                                       if w not in _ACRONYM_SKIP)
                                    if len(initials) >= 2:
                                        self._modifier_initials.add(initials)
        return word[:-1].casefold() in self._modifier_initials

    def has_mixed_initials(self, word: str) -> bool:
        """A short form in mixed case ("PGDip") spelling consecutive words of a known
        sentence: initials and clipped words, prefixes and hyphenated parts counted as words
        ("Postgraduate Diploma": post, graduate, diploma); a lower-case letter between
        capitals may be a joining word's ("CoC": certificate of competency)."""
        if re.fullmatch(r"[A-Z](?:[a-z]?[A-Z])+", word) and word != word.upper() and (
                self.has_acronym(word.upper())):
            return True
        pieces = mixed_pieces(word)
        if pieces is None:
            return False
        for chunk in self._chunks:
            for sentence in sentences(chunk):
                words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
                parts = [p for w in words for p in w.split("-") if p]
                prefixed = [p for w in parts for p in _split_prefix(w)]
                if any(spells(pieces, tokens) for tokens in (words, parts, prefixed)):
                    return True
        return False

    def has_acronym_before(self, word: str, head: str) -> bool:
        """An acronym before a noun ("an ER nurse") where a known text has words with the
        acronym's initials but its last (the acronym's own head) before the same noun,
        and nothing else ("an emergency nurse")."""
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or not head:
            return False
        # The known phrase is just those words and the noun: it opens after a determiner
        # or preposition ("an emergency nurse"), not inside a longer phrase ("a civil
        # engineering degree" is no "EE degree").
        openers = "|".join(sorted(DETERMINERS | _ACRONYM_OPENERS | {"as"}))
        pattern = re.compile(
            rf"(?:^|\b(?:{openers})\s+)"
            + r"\s+".join(f"{c}[\\w'’-]*" for c in word[:-1].casefold())
            + r"\s+" + re.escape(head.casefold()) + r"(?:s|es)?\b", re.IGNORECASE)
        return any(pattern.search(chunk) for chunk in self._chunks)

    def has_language_tag(self, word: str) -> bool:
        """A language tag ("pt-BR") for a known pair of a country's adjective and a
        language ("Brazilian Portuguese")."""
        if not is_language_tag(word):
            return False
        return any(tag_spelled(word, m.group(1), m.group(2))
                   for chunk in self._chunks
                   for m in re.finditer(r"(?=\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b)", chunk))

    def has_numbered_initial(self, phrase: str) -> bool:
        """A phrase with a letter and a number run together ("CIPS L4", "L4") that a known
        text spells with a word of that initial before the number ("CIPS Level 4"); a
        plural -s counts those of that level ("the P3s" for "Primary 3")."""
        words = normalise(phrase).split()
        numbered = re.compile(r"([a-z])(\d{1,3})s?")
        if not any(numbered.fullmatch(w) for w in words):
            return False
        pattern = r"\s".join(
            rf"{m.group(1)}[a-z]+\s{m.group(2)}" if (m := numbered.fullmatch(w))
            else re.escape(w) for w in words)
        return re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", self._phrases) is not None

    def has_clipped_words(self, phrase: str) -> bool:
        """A name written as clipped words, separated by spaces or dots: each piece the
        start of consecutive capitalised words of a known name, three letters or more
        ("Grad Cert" for "Graduate Certificate"; after a dot a piece may be an initial:
        "M.Arch" for "Master of Architecture")."""
        if "." in phrase and " " not in phrase:
            pieces = [p for p in phrase.split(".") if p]
            short_ok = True
        else:
            pieces = phrase.split()
            short_ok = False
        if not 2 <= len(pieces) <= 4 or not all(p.isalpha() and p[0].isupper() for p in pieces):
            return False
        # An acronym piece stands for itself: "AP Stats" for "AP Statistics".
        if not short_ok and any(len(p) < 3 and not p.isupper() for p in pieces):
            return False
        if all(len(p) < 3 for p in pieces):
            return False
        return self._has_pieces([p.casefold() for p in pieces],
                                exact=[not short_ok and len(p) < 3 and p.isupper()
                                       for p in pieces])

    def has_abbreviation(self, word: str) -> bool:
        """An abbreviation of a known phrase, its letters in order, each group starting a
        word or a part of one: "S&C" for "strength and conditioning" (initials joined by
        "&"), "UniSo" or "UCLan" for a name whose words start with its capitalised pieces
        ("University of Central Lancashire"), "CV" for a known compound joined by "o"
        ("cardiovascular": each part's first letter, then letters from its first three)."""
        low_text = " | ".join(self._chunks).casefold()
        if re.fullmatch(r"[A-Z](?:&[A-Z])+", word):
            initials = word.casefold().split("&")
            pattern = r"\s+(?:and|&)\s+".join(rf"\b{c}[a-z'’-]*" for c in initials)
            return re.search(pattern + r"\b", low_text) is not None
        pieces = re.findall(r"[A-Z][a-z]*", word)
        if "".join(pieces) == word and len(pieces) >= 2 and any(len(p) > 1 for p in pieces):
            return self._has_pieces([p.casefold() for p in pieces])
        if 2 <= len(word) <= 5 and word.isalpha() and word.isupper():
            return any(_compound_initials(word.casefold(), w) for w in self.vocabulary
                       if len(w) >= 8)
        return False

    def _has_pieces(self, pieces: list[str], exact: list[bool] | None = None) -> bool:
        """Whether consecutive capitalised words of a known sentence (short joining words
        skipped) start with `pieces` in turn (are them, where `exact`); a clip may keep the
        word's plural -s ("Stats" for "Statistics")."""
        exact = exact or [False] * len(pieces)
        for chunk in self._chunks:
            for sentence in sentences(chunk):
                tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
                for start in range(len(tokens)):
                    i = start
                    for piece, whole in zip(pieces, exact, strict=True):
                        while i < len(tokens) and tokens[i] in _ACRONYM_SKIP and i > start:
                            i += 1
                        if not (i < len(tokens) and tokens[i][0].isupper() and (
                                tokens[i].casefold() == piece if whole
                                else clip_of(piece, tokens[i].casefold()))):
                            break
                        i += 1
                    else:
                        return True
        return False

    def has_spelled_out(self, phrase: str) -> bool:
        """A title written out whose initials a known text writes as an acronym: "a general
        manager" where the notes say "our Groveport GM"."""
        words = [w for w in phrase.split() if w.casefold() not in {"of", "and", "&", "the"}]
        if not 2 <= len(words) <= 5:
            return False
        if self._capitals is None:
            self._capitals = {token.removesuffix("s") for chunk in self._chunks
                              for token in re.findall(r"\b[A-Z]{2,5}s?\b", chunk)}
        return "".join(w[0] for w in words).upper() in self._capitals

    def has_title_initials(self, phrase: str) -> bool:
        """A known title with its leading words cut to their initials: "QA manager" for
        "Quality Assurance Manager", "VP of Sales" for "Vice President of Sales"."""
        words = phrase.split()
        if not (len(words) >= 2 and 2 <= len(words[0]) <= 4 and words[0].isalpha()
                and words[0].isupper()):
            return False
        initials = r"\s+".join(rf"{c}[a-z'’-]*" for c in words[0].casefold())
        rest = normalise(" ".join(words[1:]))
        return bool(rest) and re.search(
            rf" {initials} {re.escape(rest)} ", self._phrases) is not None
