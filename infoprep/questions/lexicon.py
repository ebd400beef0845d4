"""The paraphrase lexicon: what a question asks for, read from `data/lexicon.toml`.

An intent names a kind of public fact (founding date, headquarters, education …), the phrasings
that ask for it, and how a passage shows it states the answer (a cue word near a value of the
right shape). Signals name questions about the person's own experience, reasons, views or
advice, and internals no public page tells.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Intent", "Lexicon", "compile_phrase", "load_lexicon"]

# A lone `*` between words: up to six words in between (a long name: "the Marlhaven Regional
# Recycling Authority").
_WILD = r"[\s-]+(?:[\w.]+[\s-]+){0,6}?"
_SPACE = r"[\s-]+"
# What follows a possessive once apostrophes are spaces: "studio's" reads "studio s".
_POSSESSIVE = re.compile(r"\s+s\b")
_WHETHER = re.compile(r"(?:whether|if)\b", re.IGNORECASE)
_WH = re.compile(r"(?:how|what|who|whom|whose|when|where|which|why)\b", re.IGNORECASE)


# A capital letter in a pattern, not one of an escape (`\S`, `\W`).
_CAPITAL = re.compile(r"(?<!\\)[A-Z]")


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """A lexicon phrase as a case-insensitive pattern matched on word boundaries: a space
    between words matches any run of spaces or hyphens, " * " a few words; a space inside a
    character class (`[\\w -]`) is only a space."""
    body = phrase.strip().replace(" * ", "\x00")
    out, in_class, escaped = [], False, False
    for char in body:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == " " and not in_class:
            char = _SPACE
        out.append(char)
    pattern = "".join(out).replace("\x00", _WILD)
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Intent:
    """A kind of public fact a question can ask for."""

    name: str
    subject: str  # person | company | either
    fields: tuple[str, ...]
    ask: tuple[re.Pattern[str], ...]
    cue: re.Pattern[str]
    answers: tuple[re.Pattern[str], ...]
    answer_names: tuple[str, ...]
    key: tuple[str, ...] = ()
    description: str = ""
    # The cue as a case-sensitive pattern for lower-cased text, which it scans about twice as
    # fast; None when the cue names a capital letter itself.
    cue_folded: re.Pattern[str] | None = None

    def cues_in(self, text: str) -> list[tuple[int, int]]:
        """Where the cue occurs in `text`, as (start, end) spans."""
        folded = text.lower()
        if self.cue_folded is not None and len(folded) == len(text):
            return [m.span() for m in self.cue_folded.finditer(folded)]
        return [m.span() for m in self.cue.finditer(text)]

    def asked_in(self, question: str) -> re.Match[str] | None:
        """The first phrasing of this intent found in a (normalised) question; not a
        possessive ("the studio's interns" asks about interns, not studios)."""
        for pattern in self.ask:
            for found in pattern.finditer(question):
                if not _POSSESSIVE.match(question, found.end()):
                    return found
        return None

    @property
    def label(self) -> str:
        return self.description or self.name.replace("_", " ")


@dataclass(frozen=True)
class Lexicon:
    intents: tuple[Intent, ...]
    personal: tuple[re.Pattern[str], ...]
    internal: tuple[re.Pattern[str], ...]
    answers: dict[str, re.Pattern[str]]
    generic: frozenset[str]
    weak: frozenset[str]
    synonyms: dict[str, frozenset[str]]
    answerable: tuple[tuple[str, tuple[re.Pattern[str], ...], re.Pattern[str]], ...] = ()
    titles: frozenset[str] = frozenset()  # words of job titles, lower-case
    framing: tuple[re.Pattern[str], ...] = ()  # phrases that only frame a question
    indirect: tuple[re.Pattern[str], ...] = ()  # openings that wrap a question in a request
    plain: tuple[tuple[re.Pattern[str], str], ...] = ()  # casual phrases and their plain word

    def unframed(self, question: str) -> str:
        """A (normalised) question without the phrases that only frame it ("All told,
        roughly how many …", "… these days?"), its casual phrases put plainly ("what would
        it set me back" asks what it would cost): what is left says what it asks."""
        text = self.direct(question)
        for pattern, word in self.plain:
            text = pattern.sub(word, text)
        for pattern in self.framing:
            text = pattern.sub(" ", text)
        text = " ".join(text.split()).lstrip(",;: ")
        return text if len(text.split()) >= 2 else question

    def direct(self, question: str) -> str:
        """An indirect question put directly: "Would you mind telling me who founded it?" asks
        "who founded it?", "I was curious whether you teach" asks "do you teach"."""
        for pattern in self.indirect:
            found = pattern.match(question)
            if found is None:
                continue
            rest = question[found.end():].lstrip(" ,")
            if _WHETHER.match(rest):
                return "do " + _WHETHER.sub("", rest, count=1).lstrip()
            if _WH.match(rest):
                return rest
        return question

    def answerable_kind(self, question: str) -> tuple[str, re.Pattern[str], str] | None:
        """For a personal question the person may have answered in public: its kind, the
        marker an answering passage holds, and the words that asked it (the marker stands
        for them)."""
        for name, asks, marker in self.answerable:
            for pattern in asks:
                found = pattern.search(question)
                if found:
                    return name, marker, found.group(0)
        return None

    def related(self, term: str) -> frozenset[str]:
        """Stems that stand for the stem `term` (its synonym groups), itself included."""
        return self.synonyms.get(term, frozenset((term,)))

    def intent(self, name: str) -> Intent:
        for intent in self.intents:
            if intent.name == name:
                return intent
        raise KeyError(name)


def _load(text: str) -> Lexicon:
    data = tomllib.loads(text)
    answers = {name: re.compile(rx) for name, rx in data["answers"].items()}
    intents = []
    for raw in data["intent"]:
        names = tuple(raw["answer"])
        intents.append(
            Intent(
                name=raw["name"],
                subject=raw["subject"],
                fields=tuple(raw["fields"]),
                ask=tuple(compile_phrase(p) for p in raw["ask"]),
                cue=re.compile(raw["cue"], re.IGNORECASE),
                answers=tuple(answers[n] for n in names),
                answer_names=names,
                key=tuple(raw.get("key", ())),
                description=raw.get("label", ""),
                cue_folded=None if _CAPITAL.search(raw["cue"]) else re.compile(raw["cue"]),
            )
        )
    signals = data["signals"]
    return Lexicon(
        intents=tuple(intents),
        personal=tuple(compile_phrase(p) for p in signals["personal"]),
        internal=tuple(compile_phrase(p) for p in signals["internal"]),
        answers=answers,
        generic=frozenset(data.get("generic", {}).get("words", [])),
        weak=_stems(data.get("weak", {}).get("words", [])),
        synonyms=_synonyms(data.get("synonyms", {}).get("groups", [])),
        titles=frozenset(w.lower() for w in data.get("titles", {}).get("words", [])),
        framing=tuple(compile_phrase(p) for p in data.get("framing", {}).get("phrases", [])),
        indirect=tuple(
            compile_phrase(p) for p in data.get("indirect", {}).get("openings", [])
        ),
        plain=tuple(
            (compile_phrase(casual), word)
            for casual, word in data.get("plain", {}).get("phrases", {}).items()
        ),
        answerable=tuple(
            (
                a["name"],
                tuple(compile_phrase(p) for p in a["ask"]),
                re.compile(a["marker"], re.IGNORECASE),
            )
            for a in data.get("answerable", [])
        ),
    )


def _stems(found: list[str]) -> frozenset[str]:
    from .text import stem

    return frozenset(stem(w.lower()) for w in found)


def _synonyms(groups: list[str]) -> dict[str, frozenset[str]]:
    from .text import stem

    related: dict[str, set[str]] = {}
    for group in groups:
        stems = {stem(w.lower()) for w in group.split()}
        for s in stems:
            related.setdefault(s, {s}).update(stems)
    return {k: frozenset(v) for k, v in related.items()}


@cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with infoprep."""
    text = resources.files("infoprep.questions").joinpath("data/lexicon.toml").read_text("utf-8")
    return _load(text)
