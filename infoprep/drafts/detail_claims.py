"""Topics, rare terms, events and lower-case details in a draft checked against what is
known.

A topic ("your post about …") is known as a phrase, or by its lower-case content words, each
known and most of them in one known paragraph. A rare word is known itself, by another
spelling ("practise", "colour": spelling.py), a listed synonym, a related form, a clipped
form ("grad" for "graduate") or a closed compound's open form ("fieldwork"). An event noun
about the recipient ("your keynote") is known when a known text has a word of its kind.

In clauses about the recipient or their employer, lower-case details are aligned with what
research and notes said (alignment.py): "your work on the protected bus route" is flagged
when research said "protected bike route"; in any clause, words that fill the slot a known
sentence fills otherwise ("at home after surgery" for "at home after discharge") are flagged
when one of them is unknown. A team named by its work ("the design team") is not a claim.
A lower-case detail is flagged only where it contrasts with something known: one thing named
in the place research names another, as a noun or its modifier (not a verb, an owner, a known
word moved within the clause, a clip of the known word, a head an -ly word frames), or a
compound one of whose words research puts next to another word ("bike lanes" where research
says "bike route"). Wording of the writer's own that shares no such frame with research is
paraphrase, not a claim. The noun phrases of clauses about the recipient are checked as
phrases (phrases.py): a job title must be known as one, words no known text uses, or words
known only apart, may not be put together into a phrase about them, and event phrases ("the
red tide bloom") and superlatives ("your deepest plots") must be known by their words.
"""

from __future__ import annotations

from collections.abc import Iterable

from .acronyms import clip_of
from .alignment import contraction_like, contraction_of, synonyms_of
from .claim_finder import ABOUT_RECIPIENT
from .common_words import COMMON_WORDS
from .known_texts import KnownTexts, context_stems
from .name_spans import is_capitalised
from .phrases import coined_phrases, event_phrases, superlatives
from .spelling import related_forms, spelling_variants
from .text import WORD, normalise, stem

__all__ = ["KnownDetails"]


class KnownDetails(KnownTexts):
    """The known texts' look-ups for topics, rare terms, events and lower-case details."""

    def has_topic(self, phrase: str) -> bool:
        """A topic ("your post about …"): the phrase itself, or its lower-case content
        words (names are checked on their own; a leading "-ing" verb may be paraphrased),
        each known, most of them in one known paragraph."""
        if self.has_phrase(phrase):
            return True
        # Compounds are matched by their parts: "one-question briefs" ~ "answer one question".
        tokens = [t for t in WORD.findall(phrase.replace("-", " "))
                  if not is_capitalised(t)]
        if len(tokens) > 1 and tokens[0].casefold().endswith("ing"):
            tokens = tokens[1:]
        wanted = {stem(t) for t in tokens if t.casefold() not in COMMON_WORDS} & context_stems(
            " ".join(tokens))
        if not wanted:
            return True
        # A short word's plural stems apart from it ("hires", "hire"): either form counts.
        forms = [{w, w[:-1]} if len(w) in (4, 5) and w.endswith("s") and not w.endswith(
            ("ss", "us", "is")) else {w} for w in wanted]
        if not all(f & self._all_stems for f in forms):
            return False
        need = max(1, -(-3 * len(wanted) // 4))
        return any(sum(1 for f in forms if f & stems) >= need for stems in self._paragraphs)

    def has_term(self, word: str) -> bool:
        """A rare word: known itself, by its stem, by another spelling or a listed synonym
        ("grad" for "graduate"), or as a clipped form of a known word ("grad" for
        "graduate": four letters or more)."""
        low = word.casefold()
        forms = {low} | spelling_variants(low) | synonyms_of(low) | related_forms(low)
        if any(f in self.vocabulary or stem(f) in self._all_stems for f in forms):
            return True
        return self.has_open_compound(word) or (len(low) >= 4 and any(
            len(w) >= len(low) + 3 and clip_of(low, w) for w in self.vocabulary)) or (
            contraction_like(low) and any(contraction_of(low, w) for w in self.vocabulary))

    def about_subject(self, sentence: str) -> bool:
        """Whether `sentence` says something about the recipient or their employer."""
        if ABOUT_RECIPIENT.search(sentence):
            return True
        norm = f" {normalise(sentence)} "
        return any(f" {name} " in norm for name in self._subjects)

    def misaligned(self, sentence: str, whole: str = "") -> list[str]:
        """Phrases where a word stands in for the one known texts have there (`whole`: the
        sentence the clause `sentence` is part of)."""
        return ([swap.phrase for swap in self._phrase_index.swaps(sentence)]
                + self._phrase_index.miscounts(sentence, whole))

    def coined(self, sentence: str) -> list[str]:
        """Noun phrases nothing known supports: titles, compounds of unknown words."""
        return (coined_phrases(sentence, self._phrase_index,
                               lambda t: self.has_phrase(t) or self.has_shortened_title(t))
                + self.events(sentence) + superlatives(sentence, self._phrase_index))

    def events(self, sentence: str, unheard: bool = False) -> list[str]:
        """Event phrases whose words no known sentence has together (`unheard`: only those
        "the" opens whose event noun no known text uses)."""
        return event_phrases(sentence, self._phrase_index, unheard)

    def replaced(self, sentence: str, whole: str = "") -> list[str]:
        """Phrases filling the slot a known sentence fills with other words (`whole`: the
        sentence the clause `sentence` is part of)."""
        return [swap.phrase for swap in self._phrase_index.replaced(sentence)
                + self._phrase_index.sandwiched(sentence, whole or sentence)]

    def has_word_of(self, group: Iterable[str]) -> bool:
        return any(f" {normalise(w)} " in self._phrases for w in group)
