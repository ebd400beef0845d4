"""The googleable filter: drop the questions the research already answers, with the evidence.

Offline, a question is read for what it asks: signals that it wants the person's own
experience, reasons, views or advice (kept, even when it mentions a public fact); an intent
from the paraphrase lexicon (founding date, headquarters, education …). It is googleable when a
typed fact of that kind, or a passage with the intent's cue near a value of the right shape,
also covers the rest of the question's words. Questions with no intent are googleable only
when one passage covers nearly all their words and holds the kind of answer they ask for.

With a model, one batched call judges every question against its top passages; the model
must quote the passage that answers, and a quote not found verbatim in that source is
overruled (the question is kept).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import BaseModel

from ..models import Evidence, Fact, Verdict
from .evidence import EvidenceIndex, Passage
from .lexicon import Intent, Lexicon, load_lexicon
from .text import STOPWORDS, stem, words

if TYPE_CHECKING:
    from ..llm import Generator, ModelGateway
    from ..prompts import PromptLibrary

__all__ = ["Analysis", "GoogleableFilter", "JudgeReply", "JudgedQuestion", "normalise"]

log = logging.getLogger("infoprep")

_WINDOW = 120  # characters between an intent's cue and its answer in one passage
_GENERIC_COVERAGE = 0.75
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_DEFINITION_ASKED = re.compile(
    r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?(?P<x>[\w .&-]{2,60}?)\s*\?*$",
    re.IGNORECASE,
)
_DEFINED_AS = (
    r"(?:,\s*(?:a|an|the|our|its)\b|\s+(?:is|are|was|were)\s+(?:a|an|the|our|its)\b"
    r"|\s+\((?:a|an)\b)"
)
_FACTUAL_START = re.compile(
    r"^(?:what|which|when|where|who|how many|how much|is|are|does|do|did|has|have|was|were)\b",
    re.IGNORECASE,
)
_WH_ANSWER = (
    (re.compile(r"^\s*(?:when|what year|since when|how long ago)\b", re.I), "year"),
    (re.compile(r"^\s*where\b", re.I), "place"),
    (re.compile(r"^\s*(?:who|whom)\b", re.I), "person"),
    (re.compile(r"^\s*how (?:many|big|large|old)\b", re.I), "number"),
    (re.compile(r"^\s*how much\b", re.I), "money"),
)


def normalise(question: str) -> str:
    """A question for matching: apostrophes as spaces, one space between words."""
    return " ".join(re.sub(r"['’‘`]", " ", question).split())


@dataclass(frozen=True)
class Analysis:
    """What a question asks for."""

    text: str
    personal: str | None  # the phrase that shows it asks for the person's own view
    intent: Intent | None
    residual: tuple[str, ...]  # stems the evidence must also cover
    second_person: bool
    answer: str  # the answer shape a passage must hold when no intent matched


class JudgedQuestion(BaseModel):
    """The model's verdict on one question."""

    id: int
    googleable: bool
    url: str
    quote: str
    reason: str


class JudgeReply(BaseModel):
    verdicts: list[JudgedQuestion]


class GoogleableFilter:
    """Judges questions against one dossier's evidence."""

    def __init__(
        self, index: EvidenceIndex, prompts: PromptLibrary, lexicon: Lexicon | None = None
    ) -> None:
        self.index = index
        self.prompts = prompts
        self.lexicon = lexicon or load_lexicon()
        dossier = index.dossier
        names = f"{dossier.person.name} {dossier.company.name}"
        self._name_stems = frozenset(stem(w) for w in words(names) if len(w) > 1)
        self._generic = frozenset(stem(w) for w in self.lexicon.generic)
        self._stems: dict[int, frozenset[str]] = {}
        self._stating_cache: dict[str, list[Passage]] = {}

    # -- reading a question ------------------------------------------------------------

    def analyse(self, question: str) -> Analysis:
        text = normalise(question)
        personal = _first_match(self.lexicon.personal, text) or _first_match(
            self.lexicon.internal, text
        )
        intent = next((i for i in self.lexicon.intents if i.asked_in(text)), None)
        rest = text
        if intent is not None:
            # Every phrasing of the intent is taken out: what is left must be covered too.
            for pattern in intent.ask:
                rest = pattern.sub(" ", rest)
        residual = [
            stem(w.removesuffix("'s"))
            for w in words(rest)
            if w not in STOPWORDS
            and len(w) > 1
            and (intent is None or not intent.cue.search(w))
        ]
        residual = list(
            dict.fromkeys(
                t for t in residual if t not in self._name_stems and t not in self._generic
            )
        )
        answer = next((kind for rx, kind in _WH_ANSWER if rx.search(text)), "any")
        return Analysis(
            text=question.strip(),
            personal=personal,
            intent=intent,
            residual=tuple(residual),
            second_person=bool(_SECOND_PERSON.search(text)),
            answer=answer,
        )

    # -- the offline judge ------------------------------------------------------------

    def judge_offline(self, questions: Sequence[str]) -> list[Verdict]:
        return [self.judge_one(q) for q in questions]

    def judge_one(self, question: str) -> Verdict:
        a = self.analyse(question)
        first = self.index.dossier.person.name.split()[0] if self.index.dossier.person.name else ""
        if a.personal:
            return Verdict(
                text=a.text,
                googleable=False,
                reason=f"asks for {first}'s own experience, reasons or views (“{a.personal}”)",
            )
        if a.intent is not None:
            evidence = self._intent_evidence(a, a.intent)
            if evidence is None:
                return Verdict(
                    text=a.text,
                    googleable=False,
                    reason=f"asks about {a.intent.label}, which the research does not state",
                )
            reason = f"the research states {a.intent.label}"
            return self._dropped(a, evidence, a.intent.name, reason)
        evidence = self._generic_evidence(a)
        if evidence is None:
            return Verdict(text=a.text, googleable=False, reason="the research does not answer it")
        return self._dropped(a, evidence, "", "a passage of the research answers it")

    def _dropped(self, a: Analysis, evidence: Evidence, intent: str, reason: str) -> Verdict:
        return Verdict(
            text=a.text,
            googleable=True,
            evidence=evidence,
            reason=reason,
            rewrite=self.rewrite(a.text, evidence, intent),
        )

    def _passage_stems(self, passage: Passage) -> frozenset[str]:
        found = self._stems.get(passage.id)
        if found is None:
            found = frozenset(stem(w.removesuffix("'s")) for w in words(passage.text))
            self._stems[passage.id] = found
        return found

    def _enough(self, residual: Sequence[str], stems: frozenset[str]) -> bool:
        if not residual:
            return True
        covered = sum(1 for t in residual if t in stems)
        needed = len(residual) if len(residual) <= 2 else math.ceil(len(residual) * 2 / 3)
        return covered >= needed

    def _subject_ok(self, intent: Intent, passage: Passage) -> bool:
        return intent.subject != "person" or passage.about_person

    def _stating(self, intent: Intent) -> list[Passage]:
        """Passages with the intent's cue near a value of the right shape (cached)."""
        found = self._stating_cache.get(intent.name)
        if found is None:
            found = [p for p in self.index.passages if _states(intent, p.text)]
            self._stating_cache[intent.name] = found
        return found

    def _intent_evidence(self, a: Analysis, intent: Intent) -> Evidence | None:
        for fact in self._facts_for(intent):
            evidence = self.index.fact_evidence(fact)
            stems = frozenset(stem(w) for w in words(evidence.quote + " " + fact.value))
            if self._enough(a.residual, stems):
                return evidence
        candidates = [
            p for p in self._stating(intent)
            if self._subject_ok(intent, p) and self._enough(a.residual, self._passage_stems(p))
        ]
        if not candidates:
            return None
        ranks = {
            p.id: score
            for p, score in self.index.search(
                [*words(a.text), *intent.key], limit=max(50, len(candidates))
            )
        }
        best = max(
            candidates,
            key=lambda p: (ranks.get(p.id, 0.0) + 0.5 * len(intent.cue.findall(p.text)), -p.id),
        )
        return best.evidence()

    def _facts_for(self, intent: Intent) -> list[Fact]:
        facts = [f for f in self.index.dossier.facts if f.field in intent.fields]
        if intent.subject in ("person", "company"):
            facts = [f for f in facts if f.subject == intent.subject]
        return facts

    def _generic_evidence(self, a: Analysis) -> Evidence | None:
        if len(a.residual) < 2:
            return self._definition(a)
        answer = self.lexicon.answers.get(a.answer, self.lexicon.answers["any"])
        for passage, _score in self.index.search(words(a.text), limit=8):
            if a.second_person and not passage.about_person:
                continue
            stems = self._passage_stems(passage)
            covered = sum(1 for t in a.residual if t in stems)
            enough = covered >= 2 and covered / len(a.residual) >= _GENERIC_COVERAGE
            if enough and answer.search(passage.text):
                return passage.evidence()
        return None

    def _definition(self, a: Analysis) -> Evidence | None:
        """For "What is X?": a passage that defines X ("X, a …", "X is a …")."""
        asked = _DEFINITION_ASKED.match(normalise(a.text))
        if asked is None or _SECOND_PERSON.search(asked.group("x")):
            return None
        thing = asked.group("x").strip()
        if not thing or all(w in STOPWORDS or w in self.lexicon.generic for w in words(thing)):
            return None
        defined = re.compile(
            r"(?<!\w)" + re.escape(thing) + _DEFINED_AS, re.IGNORECASE
        )
        for passage in self.index.passages:
            if defined.search(passage.text):
                return passage.evidence()
        return None

    def wants_search(self, question: str) -> bool:
        """Whether a live search could settle it: a factual question the dossier leaves open."""
        a = self.analyse(question)
        if a.personal or self.judge_one(question).googleable:
            return False
        return a.intent is not None or a.answer != "any" or bool(
            _FACTUAL_START.match(normalise(question))
        )

    def search_query(self, question: str) -> str:
        """The question as a web search: "you" becomes the person, the employer is added."""
        person = self.index.dossier.person.name
        company = self.index.dossier.company.name
        query = " ".join(question.split())
        if person:
            query = re.sub(r"\byour\b", f"{person}'s", query, flags=re.IGNORECASE)
            query = re.sub(r"\byou\b", person, query, flags=re.IGNORECASE)
        if company and company.casefold() not in query.casefold():
            query += f" {company}"
        return query

    def rewrite(self, question: str, evidence: Evidence, intent: str) -> str:
        """A question that builds on the fact instead of asking for it."""
        dossier = self.index.dossier
        return " ".join(
            self.prompts.render(
                "questions_rewrite",
                question=question,
                intent=intent,
                quote=_short(evidence.quote),
                host=urlsplit(evidence.url).hostname or evidence.url,
                person=dossier.person.name,
                first_name=dossier.person.name.split()[0] if dossier.person.name else "",
                company=dossier.company.name,
            ).split()
        )

    # -- the model's judge -------------------------------------------------------------

    def judge(self, questions: Sequence[str], generator: Generator) -> list[Verdict]:
        """Every question judged: one batched model call when a model is configured."""
        from ..llm import with_fallback

        return with_fallback(
            generator,
            lambda gateway: self.judge_with_model(questions, gateway),
            lambda: self.judge_offline(questions),
            "judging the questions",
        )

    def judge_with_model(self, questions: Sequence[str], gateway: ModelGateway) -> list[Verdict]:
        offline = self.judge_offline(questions)
        items = []
        for i, (question, verdict) in enumerate(zip(questions, offline, strict=True)):
            passages = [
                {"url": p.url, "text": p.text} for p in self.index.for_question(question, 4)
            ]
            if verdict.evidence is not None and all(
                p["text"] != verdict.evidence.quote for p in passages
            ):
                passages.insert(0, {"url": verdict.evidence.url, "text": verdict.evidence.quote})
            items.append({"id": i + 1, "text": question, "passages": passages})
        dossier = self.index.dossier
        messages = [
            {"role": "system", "content": self.prompts.render("questions_judge_system")},
            {
                "role": "user",
                "content": self.prompts.render(
                    "questions_judge",
                    person=dossier.person.name,
                    company=dossier.company.name,
                    items=items,
                ),
            },
        ]
        reply = gateway.structured(messages, JudgeReply, name="googleable_verdicts")
        by_id = {v.id: v for v in reply.verdicts}
        verdicts = []
        for i, (question, fallback) in enumerate(zip(questions, offline, strict=True)):
            judged = by_id.get(i + 1)
            if judged is None:
                verdicts.append(fallback)
                continue
            verdicts.append(self._checked(question.strip(), judged))
        return verdicts

    def _checked(self, text: str, judged: JudgedQuestion) -> Verdict:
        """The model's verdict, overruled when its quote is not in the source it names."""
        if not judged.googleable:
            return Verdict(text=text, googleable=False, reason=judged.reason or "not answered")
        evidence = self.index.locate(judged.url, judged.quote)
        if evidence is None:
            return Verdict(
                text=text,
                googleable=False,
                reason=(
                    "kept: the model said the research answers it, but its quote is not in "
                    f"{judged.url or 'the named source'}"
                ),
            )
        intent = self.analyse(text).intent
        return Verdict(
            text=text,
            googleable=True,
            evidence=evidence,
            reason=judged.reason or "a passage of the research answers it",
            rewrite=self.rewrite(text, evidence, intent.name if intent else ""),
        )


def _first_match(patterns: Sequence[re.Pattern[str]], text: str) -> str | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def _states(intent: Intent, text: str) -> bool:
    """Whether a passage holds the intent's cue with a value of the right shape nearby."""
    cues = [m.span() for m in intent.cue.finditer(text)]
    if not cues:
        return False
    if intent.answer_names == ("any",):
        return True
    for answer in intent.answers:
        for found in answer.finditer(text):
            for start, end in cues:
                overlap = found.start() < end and start < found.end()
                near = min(abs(found.start() - end), abs(start - found.end())) <= _WINDOW
                if near and not (overlap and found.group(0).lower() == text[start:end].lower()):
                    return True
    return False


def _short(quote: str, limit: int = 180) -> str:
    text = " ".join(quote.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",;:") + " …"
