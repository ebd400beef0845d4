"""Candidate questions: a curated bank and templates woven from the research, or a model.

Offline, the research's facts (a move between employers, a talk, a post, a product …) and the
user's interests fill the templates in `prompts/questions_woven.j2`; of several talks or posts
the newest is used, and one older than `news_months` is named with its year; the bank in
`data/bank.toml` fills the rest, category by category. With a model, one structured call
returns about twenty candidates with their category, the facts they build on and why they suit
the user.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from ..dates import Recency, When, past_plan, today
from ..grammar import as_role, as_topic, in_sentence, quotable, running_title
from ..models import (
    Dossier,
    Fact,
    Profile,
    Question,
    given_name,
    site_names,
    split_detail,
    split_publication,
)
from ..research.career import COLUMN_TITLE, last_employer
from .neighbours import load_neighbours
from .text import AIMS, STOPWORDS, WORKPLACE, content_terms, sentence_spans, stem, words

if TYPE_CHECKING:
    from ..llm import Generator, ModelGateway
    from ..prompts import PromptLibrary

__all__ = [
    "Bank",
    "CandidateReply",
    "Category",
    "candidates",
    "load_bank",
    "numbered_facts",
    "offline_candidates",
    "unique",
]

CategorySlug = Literal[
    "career-path", "day-to-day", "skills", "industry", "culture", "advice", "referral"
]
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_JOINED = re.compile(r"\b(?:joined|since|started|hired)\b", re.IGNORECASE)
_SCHOOL = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){0,4}(?:University|College|Institute|School|Academy|Polytechnic)"
    r"(?:\s+(?:of|for|at)(?:\s+[A-Z][\w.&'’-]*)+)?"
)

# (fact field, template kind, category, longest usable value, why) for one-fact questions.
_SIMPLE_KINDS = (
    ("talks", "talk", "industry", 90, "Shows you followed their public work."),
    ("posts", "post", "industry", 90, "Shows you read what they wrote."),
    ("interviews", "interview", "advice", 90,
     "Builds on what they said in public instead of asking it again."),
    ("topics", "topic", "industry", 50, "Draws on the subject they are known for."),
    ("products", "product", "day-to-day", 40, "Ties their work to what the employer makes."),
    ("customers", "customer", "industry", 40, "Learns from the people they serve."),
    ("mission", "mission", "culture", 120, "Tests the stated mission against daily work."),
)


@dataclass(frozen=True)
class Category:
    slug: str
    label: str
    minutes: float
    order: int


@dataclass(frozen=True)
class BankEntry:
    category: str
    text: str
    specific: str | None
    tags: tuple[str, ...]
    why: str
    theme: str = ""


@dataclass(frozen=True)
class Bank:
    categories: dict[str, Category]
    entries: tuple[BankEntry, ...]
    woven_themes: dict[str, str] = dataclasses.field(default_factory=dict)

    def referral(self) -> BankEntry:
        return next(e for e in self.entries if e.category == "referral")

    def minutes(self, category: str) -> float:
        found = self.categories.get(category)
        return found.minutes if found else 2.5


@cache
def load_bank() -> Bank:
    """The question bank shipped with infoprep."""
    text = resources.files("infoprep.questions").joinpath("data/bank.toml").read_text("utf-8")
    data = tomllib.loads(text)
    categories = {
        slug: Category(slug, c["label"], float(c["minutes"]), int(c["order"]))
        for slug, c in data["categories"].items()
    }
    entries = tuple(
        BankEntry(
            category=q["category"],
            text=q["text"],
            specific=q.get("specific"),
            tags=tuple(q.get("tags", ())),
            why=q.get("why", ""),
            theme=q.get("theme", ""),
        )
        for q in data["question"]
    )
    unknown = {e.category for e in entries} - set(categories)
    if unknown:
        raise ValueError(f"bank.toml: unknown categories {sorted(unknown)}")
    return Bank(categories, entries, dict(data.get("woven", {})))


def numbered_facts(dossier: Dossier) -> list[tuple[str, Fact]]:
    """The dossier's facts with stable ids: their own, else F1, F2 … by position."""
    return [(fact.id or f"F{i}", fact) for i, fact in enumerate(dossier.facts, start=1)]


def _clean(value: str | None, limit: int = 80) -> str | None:
    text = " ".join((value or "").split()).strip(" .;:,")
    if not text or len(text) > limit:
        return None
    return text


class _Weaver:
    """Renders the woven templates from a dossier and profile."""

    def __init__(self, prompts: PromptLibrary, dossier: Dossier, profile: Profile | None,
                 recency: Recency) -> None:
        self.prompts = prompts
        self.dossier = dossier
        self.profile = profile
        self.recency = recency
        self.published = {s.url: s.published for s in dossier.sources}
        self.facts = numbered_facts(dossier)
        self.employer = dossier.company.name or dossier.person.employer or ""
        self.out: list[Question] = []
        self.kinds: list[str] = []  # the template kind of each question in `out`
        self._words: tuple[set[str], set[str]] | None = None  # see _topic

    def first(self, field: str, subject: str | None = None) -> tuple[str, Fact] | None:
        for fid, fact in self.facts:
            if fact.field == field and (subject is None or fact.subject == subject):
                return fid, fact
        return None

    def newest(self, field: str) -> tuple[str, Fact, str] | None:
        """The newest fact of `field` (undated ones before those older than news_months), and
        the year to name it by when it is that old, else ""."""
        found = [(fid, fact, self.recency.when(fact, self.published))
                 for fid, fact in self.facts if fact.field == field]
        if not found:
            return None

        def rank(item: tuple[str, Fact, When | None]) -> tuple[int, date]:
            when = item[2]
            if when is None:
                return 1, date.min
            return (0 if self.recency.is_old(when) else 2), when.day

        fid, fact, when = max(found, key=rank)
        return fid, fact, str(when.day.year) if when and self.recency.is_old(when) else ""

    def add(
        self, kind: str, category: str, fact_ids: Sequence[str], why: str, **values: str
    ) -> None:
        base = {
            "kind": kind,
            "employer": in_sentence(self.employer),
            "first_name": given_name(self.dossier.person.name),
        }
        text = " ".join(self.prompts.render("questions_woven", **{**base, **values}).split())
        if text:
            self.out.append(
                Question(text=text, category=category, fact_ids=list(fact_ids), why=why)
            )
            self.kinds.append(kind)

    def weave(self) -> list[Question]:
        """The woven questions the research supports, at most one of each kind."""
        self._career()
        title_fact = self.first("title", "person")
        title = _clean(_own_title(
            self.dossier.person.title or (title_fact[1].value if title_fact else ""),
            self.employer).split(", ")[0], 70)  # the first of two titles held at once
        if title:
            ids = [title_fact[0]] if title_fact else []
            self.add("title", "day-to-day", ids, "Gets past the job title to the real work.",
                     title=as_role(title))
        for field, kind, category, limit, why in _SIMPLE_KINDS:
            year = ""
            if kind in {"talk", "post", "interview"}:
                dated = self.newest(field)
                found, year = (dated[:2], dated[2]) if dated else (None, "")
            elif kind == "product":
                # "Which part of Dry Riesling …" asks about a named product; a line of a
                # services list ("Orthopaedic and sports physiotherapy", "bee suits, veils and
                # gloves") or a stray fragment is no product to ask about by name.
                found = next(((fid, f) for fid, f in self.facts
                              if f.field == field and _named(split_detail(f.value)[0])), None)
            elif kind == "topic":
                # The first topic that reads after "your work involves": "designing for …",
                # "the Waterfront District Subarea Plan"; never "How climate change is …".
                found = next(((fid, f) for fid, f in self.facts
                              if f.field == field and self._topic(f.value)), None)
            else:
                found = self.first(field)
            raw = found[1].value if found else ""
            if kind == "topic" and found:
                raw = self._topic(raw) or ""
            if kind in {"talk", "post", "interview", "product"}:
                # "Title (Event, Place, Date)", "Name (what it is)": the title or name alone
                raw = split_detail(raw)[0]
            extra: dict[str, str] = {}
            if kind == "post":
                # "What an underwriter actually reads, Housing Finance Review": where it
                # appeared is no part of its title.
                raw, extra["publication"] = split_publication(
                    raw, site_names([s.title for s in self.dossier.sources]))
            if kind == "talk" and found:
                # A podcast episode is one, named without its number ("Episode 112: …").
                episode = re.search(r"\bpodcast|\bepisode\b|\bep\.\s*\d",
                                    f"{found[1].value} {found[1].quote}", re.IGNORECASE)
                extra["talk_noun"] = "podcast episode" if episode else "talk"
                if episode:
                    raw = re.sub(r"^(?:Episode|Ep\.?)\s*\d+\s*[:.–—-]\s*", "", raw,
                                 flags=re.IGNORECASE)
            value = _clean(quotable(raw), limit) if found else None
            if kind == "interview" and value and COLUMN_TITLE.fullmatch(value):
                extra["column"] = "yes"  # "the Five Questions interview with you"
            if found and value and (kind != "mission" or self.employer):
                self.add(kind, category, [found[0]], why, **{kind: value, "year": year}, **extra)
        school = self.first("education")
        named = _SCHOOL.search(school[1].value) if school else None
        if school and named:
            name = named.group(0).strip()
            if re.match(r"(?:University|College|Institute|School|Academy) of ", name):
                name = "the " + name
            self.add("education", "skills", [school[0]],
                     "Links their training to the work, so you can plan yours.", school=name)
        self._weave_profile()
        return self.out

    def _topic(self, value: str) -> str | None:
        """A topic as it reads in "I saw that your work involves …", or None when it cannot."""
        if self._words is None:
            text = "\n".join(s.text for s in self.dossier.sources)
            # Words the pages write in lower case, and those they capitalise inside a
            # sentence (names: "Seattle", "Python").
            self._words = (set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text)),
                           {w.casefold() for w in re.findall(
                               r"(?<=[a-z,;] )[A-Z][a-z][\w'’-]*", text)})
        lower, named = self._words
        neighbours = load_neighbours()

        def common(word: str) -> bool:
            bare = word.strip(",;:").casefold()
            return bare not in named and (bare in lower or stem(bare) in neighbours)

        return as_topic(value, common)

    def _career(self) -> None:
        moved = last_employer((f for _, f in self.facts), self.employer or "",
                              (s.text for s in self.dossier.sources))
        previous = next(((fid, f) for fid, f in self.facts if f is moved), None)
        value = _clean(previous[1].value, 60) if previous else None
        year = self._join_year()
        if previous and value and self.employer:
            self.add(
                "move", "career-path", [previous[0]],
                f"Builds on the public move from {in_sentence(value)} to "
                f"{in_sentence(self.employer)}.",
                previous=in_sentence(value), year=year or "",
            )
        elif year and self.employer:
            self.add("tenure", "career-path", self._join_fact_ids(),
                     "Builds on how long they have been there.", year=year)

    def _join_year(self) -> str | None:
        for _fid, fact in self.facts:
            if (
                fact.subject == "person"
                and fact.field in {"employer", "title", "tenure"}
                and _JOINED.search(fact.quote)
            ):
                year = _YEAR.search(fact.value + " " + fact.quote)
                if year:
                    return year.group(0)
        return None

    def _join_fact_ids(self) -> list[str]:
        return [
            fid for fid, fact in self.facts
            if fact.subject == "person" and fact.field in {"employer", "title", "tenure"}
            and _JOINED.search(fact.quote)
        ][:1]

    def _weave_profile(self) -> None:
        if self.profile is None:
            return
        texts = [s.text for s in self.dossier.sources] + [f.quote for f in self.dossier.facts]
        sentences = [
            set(content_terms(text[start:end]))
            for text in texts for start, end in sentence_spans(text)
        ]
        found_terms = set().union(*sentences)
        general = {stem(w) for w in WORKPLACE}
        linked = 0
        for interest in self.profile.interests[:3]:
            terms = content_terms(interest)
            telling = [t for t in terms if t not in general]
            if not telling:
                continue
            why = f"Matches your interest in {interest}."
            # "I saw it comes up in your work" only when one sentence says all of it: "lab"
            # on one page and "work" on another is not lab work.
            if linked < 2 and any(set(terms) <= terms_of for terms_of in sentences):
                self.add("interest_link", "day-to-day", [], why, interest=interest)
                linked += 1
            elif linked + len(self.out) < 12 and any(t in found_terms for t in telling):
                # Near their work ("storage" on a page for "grid storage"): worth asking
                # where it comes in. An interest nothing in the research touches (grid
                # storage, to a park naturalist; fleet operations, to a machine shop whose
                # pages only say "operations") would waste their time.
                self.add("interest", "industry", [], why, interest=interest)
        for role in self.profile.target_roles[:1]:
            # "at a place like Lakemont Health" only when their research touches the role:
            # a clinic does not hire logistics coordinators.
            near = any(t in found_terms for t in content_terms(role) if t not in general)
            self.add("target_role", "advice", [], f"Serves your goal of moving into {role} work.",
                     role=role, **({} if near else {"employer": ""}))


def _fill(entry: BankEntry, values: dict[str, str]) -> str:
    if entry.specific:
        names = set(re.findall(r"{(\w+)}", entry.specific))
        if all(values.get(n) for n in names):
            return entry.specific.format_map(values)
    return entry.text


def _bank_why(
    prompts: PromptLibrary, entry: BankEntry, profile: Profile | None
) -> tuple[str, int]:
    """Why an entry suits the user, and how strongly: the tags whose words all stand in their
    goal, an interest or a target role ("career change" in "Make a career change into …"),
    with a word that tells it apart: one no workplace and no goal uses ("role", "learn"), so a
    thin match says nothing. The profile's own words that matched are named."""
    if profile is None:
        return entry.why, 0
    general = {stem(w) for w in WORKPLACE | AIMS}
    tags = [terms for tag in entry.tags if set(terms := content_terms(tag)) - general]
    best: tuple[float, str, str, set[str]] | None = None  # share of the text, kind, text, stems
    hits_in_all = 0
    for kind, texts in (("goal", [profile.goals]), ("interest", profile.interests),
                        ("target role", profile.target_roles)):
        for text in texts:
            have = set(content_terms(text or ""))
            hits = [t for t in tags if set(t) <= have]
            hits_in_all += len(hits)
            wanted = {term for t in hits for term in t}
            # The profile line the tag says most of: "hiring" over "mentoring new hires".
            if hits and (best is None or len(wanted) / len(have) > best[0]):
                best = (len(wanted) / len(have), kind, text, wanted)
    if best is None:
        return entry.why, 0
    _, kind, text, wanted = best
    why = " ".join(prompts.render("questions_why", why=entry.why, kind=kind,
                                  item=" ".join(text.split()) if kind != "goal" else "",
                                  words=_said(text, wanted)[:2]).split())
    return why, hits_in_all


def _said(text: str, stems: set[str]) -> list[str]:
    """The runs of words of `text` whose stems are in `stems`, as written: "career change"."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[\w'’-]+", text):
        if word.casefold() not in STOPWORDS and stem(word.casefold()) in stems:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return list(dict.fromkeys(" ".join(run) for run in runs if run))


def offline_candidates(
    prompts: PromptLibrary, dossier: Dossier, profile: Profile | None, limit: int = 20,
    recency: Recency | None = None,
) -> list[Question]:
    """Woven questions first, then the bank, one category at a time, without duplicates.

    `recency` says how old the dossier's talks and posts are (default: by today's date)."""
    bank = load_bank()
    weaver = _Weaver(prompts, dossier, profile, recency or Recency(today()))
    woven = weaver.weave()
    field_fact = next((f.value for f in dossier.facts if f.field == "industry"), None)
    values_employer = dossier.company.name or dossier.person.employer or ""
    values = {
        "employer": in_sentence(dossier.company.name or ""),
        # Of two titles held at once ("Founder and Owner, Registered Physiotherapist") the
        # first: "to become a Founder and Owner, Registered …" does not read.
        "role": (_article(running_title(
            _own_title(dossier.person.title, values_employer).split(", ")[0]))
                 if dossier.person.title else ""),
        "field": _clean(field_fact, 40) or "" if field_fact else "",
    }
    # Within a category, woven questions come first (rank -100), then the bank entries
    # that match the user's profile best. Each carries its theme (see bank.toml).
    by_category: dict[str, list[tuple[int, int, Question, str]]] = {}
    for position, (question, kind) in enumerate(zip(woven, weaver.kinds, strict=True)):
        by_category.setdefault(question.category, []).append(
            (-100, position, question, bank.woven_themes.get(kind, "")))
    for position, entry in enumerate(bank.entries, start=len(woven)):
        if entry.category == "referral":
            continue
        why, strength = _bank_why(prompts, entry, profile)
        question = Question(text=_fill(entry, values), category=entry.category, why=why)
        by_category.setdefault(entry.category, []).append(
            (-strength, position, question, entry.theme))
    queues = [
        [(q, theme) for _, _, q, theme in sorted(by_category[slug], key=lambda t: (t[0], t[1]))]
        for slug in sorted(by_category, key=lambda s: bank.categories[s].order)
    ]
    # One question per category in turn: the call covers the ground before going deep. A
    # question asking what an earlier one asked in other words is left out ("What does a
    # typical week look like …" after "As a winemaker, which part of the job takes more of
    # your time …"); woven questions come first, so they keep their theme.
    themes: set[str] = set()
    ordered: list[Question] = []
    while any(queues):
        for queue in queues:
            if queue:
                question, theme = queue.pop(0)
                if theme and theme in themes:
                    continue
                themes.add(theme)
                ordered.append(question)
    return unique(ordered)[:limit]


_JOINING = frozenset({"a", "an", "and", "the", "of", "for", "with", "to", "in", "on", "by", "&"})


def _named(value: str) -> bool:
    """Whether `value` reads as a name ("Furrowlight Field", "Dry Riesling", "Wire EDM"):
    every word but the small joining ones starts with a capital or a digit."""
    words = [w for w in value.split() if w.casefold() not in _JOINING]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _own_title(title: str, employer: str) -> str:
    """A job title without the employer a byline adds to it ("Senior Sustainability
    Consultant, Vessely Marsh Architects" -> "Senior Sustainability Consultant"), so a
    question does not say "… Consultant, Vessely Marsh Architects at Vessely Marsh Architects"."""
    title = " ".join(title.split())
    if not employer:
        return title
    bare = re.sub(rf"\s*(?:,|\bat|\bwith|[—–|])\s*(?:the\s+)?{re.escape(employer)}\s*$", "", title,
                  flags=re.IGNORECASE)
    return bare or title


def _article(title: str) -> str:
    title = " ".join(title.split())
    if re.match(r"(?i)(a|an|the)\s", title):
        return title
    return ("an " if title[:1].lower() in "aeiou" else "a ") + title


def unique(questions: Iterable[Question]) -> list[Question]:
    """Questions without repeats: same words, or mostly the same meaning words."""
    kept: list[Question] = []
    seen: list[set[str]] = []
    for question in questions:
        terms = set(content_terms(question.text))
        if not terms:
            continue
        if any(len(terms & other) / len(terms | other) >= 0.6 for other in seen):
            continue
        seen.append(terms)
        kept.append(question)
    return kept


class Candidate(BaseModel):
    text: str
    category: CategorySlug
    fact_ids: list[str]
    why: str


class CandidateReply(BaseModel):
    questions: list[Candidate]


def model_candidates(
    gateway: ModelGateway,
    prompts: PromptLibrary,
    dossier: Dossier,
    profile: Profile | None,
    count: int = 20,
    recency: Recency | None = None,
) -> list[Question]:
    """One structured call for about `count` candidates; unknown fact ids are dropped.
    Each fact goes with its date when known, so the model can tell old news from new."""
    bank = load_bank()
    recency = recency or Recency(today())
    published = {s.url: s.published for s in dossier.sources}
    facts = numbered_facts(dossier)
    lines = []
    for fid, fact in facts:
        when = recency.when(fact, published)
        lines.append({
            "line": f"[{fid}] {fact.subject} {fact.field}: {' '.join(fact.value.split())}",
            "when": when.text if when else "",
            "old": recency.is_old(when),
            "past_plan": plan.when if (plan := past_plan(fact.value, recency.today)) else "",
        })
    categories = [
        {"slug": c.slug, "label": c.label}
        for c in sorted(bank.categories.values(), key=lambda c: c.order)
        if c.slug != "referral"
    ]
    messages = [
        {
            "role": "user",
            "content": prompts.render(
                "questions_candidates",
                person=dossier.person.name,
                title=dossier.person.title or "",
                company=dossier.company.name,
                facts=lines,
                profile=profile,
                count=count,
                categories=categories,
                today=f"{recency.today:%B %Y}",
                news_months=recency.months,
            ),
        }
    ]
    reply = gateway.structured(messages, CandidateReply, name="interview_questions")
    known = {fid for fid, _ in facts}
    out = [
        Question(
            text=" ".join(c.text.split()),
            category=c.category,
            fact_ids=[f for f in c.fact_ids if f in known],
            why=" ".join(c.why.split()),
        )
        for c in reply.questions
        if c.category != "referral" and len(words(c.text)) >= 3
    ]
    return unique(out)


def candidates(
    generator: Generator,
    prompts: PromptLibrary,
    dossier: Dossier,
    profile: Profile | None,
    count: int = 20,
    recency: Recency | None = None,
) -> list[Question]:
    """The model's candidates when a model is configured (topped up from the bank when it
    gives too few), else the offline ones. `recency` dates the dossier's items."""
    from ..llm import with_fallback

    def with_model(gateway: ModelGateway) -> list[Question]:
        found = model_candidates(gateway, prompts, dossier, profile, count, recency)
        if len(found) < count // 2:
            found = unique([*found, *offline_candidates(prompts, dossier, profile, count,
                                                         recency)])
        return found[: count + 5]

    return with_fallback(
        generator,
        with_model,
        lambda: offline_candidates(prompts, dossier, profile, count, recency),
        "writing the questions",
    )
