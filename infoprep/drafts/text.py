"""Small text helpers shared by the checks: sentences, words, normalised matching."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WORD", "find_phrase", "normalise", "sentences", "stem", "word_count", "word_set",
           "words"]

# A word as a reader counts it: letters and digits, with inner apostrophes, dots, hyphens, "&".
WORD = re.compile(r"[^\W_](?:[\w'’&.-]*[^\W_])?")
# A title or short abbreviation before a name ends no sentence: "Dr. Karen Liu", "Ennis, Co.
# Clare", "St. Louis".
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Mt", "Co", "Jr", "Sr", "Rev", "Hon",
           "Gen", "Capt", "Lt", "Sgt", "Col", "Sto", "Sta", "Ste", "Ft", "Pt", "Engr", "Atty",
           "No", "Nos", "Fr",
           # a month cut short before its day: "our call on Oct. 28"
           "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_SENTENCE_END = re.compile(
    # … nor do dotted initials before a name ("the U.S. Army", "Washington, D.C. Office").
    r"(?<=[.!?…])(?<!\b[A-Z]\.[A-Z]\.)" + "".join(rf"(?<!\b{t}\.)" for t in _TITLES)
    + r"[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ý])"
)


def words(text: str) -> list[str]:
    """The words of a text, as a reader would count them."""
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def sentences(text: str) -> list[str]:
    """Sentences, taking each line as a break too (greetings, sign-offs, bullet points)."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            found.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return found


def normalise(text: str) -> str:
    """Lower case, no accents, no possessive 's, punctuation as single spaces."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("’", "'").replace("‘", "'")
    folded = re.sub(r"(?<=\w)'s\b", "", folded)  # a possessive, not "'s-Gravenzande"
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def stem(word: str) -> str:
    """A crude stem for matching context words: the first five letters, lower case."""
    return normalise(word).replace(" ", "")[:5]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list, as a set."""
    return frozenset(text.split())


def find_phrase(sentence: str, phrase: str) -> int:
    """Where `phrase` stands in `sentence` as words of its own ("ten", not the "ten" in
    "listened"); -1 when it does not."""
    m = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", sentence)
    return m.start() if m else sentence.find(phrase)
