"""The one-page brief as data: the renderers (Markdown, HTML) turn it into a page."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..dates import NEWS_MONTHS
from ..models import Company, Draft, Person
from ..questions.plan import Plan

if TYPE_CHECKING:
    from ..prompts import PromptLibrary
    from ..questions.workflow import QuestionSet

__all__ = ["Brief", "BriefSource", "ChecklistItem", "SourcedLine", "TalkingPoint"]


@dataclass
class SourcedLine:
    """One line about the person or the employer, citing the numbered sources it came from.

    `when` is the date of a dated item (news, funding, a talk, a post) as "March 2024" when
    the text does not already say it; a news line without a date says "undated"."""

    label: str
    text: str
    sources: list[int] = field(default_factory=list)
    when: str = ""


@dataclass
class BriefSource:
    """A source cited in the brief, with the number it has in the dossier."""

    number: int
    title: str
    url: str
    kind: str


@dataclass
class TalkingPoint:
    """Something to mention instead of asking: the answer to a dropped question (`question`
    is the question), or, when few were dropped, a piece the person wrote (`question` empty)."""

    question: str
    quote: str
    url: str
    source: int | None = None
    ask_instead: str | None = None
    when: str = ""  # when the piece was published ("September 2025"), when known


@dataclass
class ChecklistItem:
    """A follow-up to do after the call, with the command that does it."""

    text: str
    command: str = ""
    due: str = ""


@dataclass
class Brief:
    """Everything to read before the call with one contact, on one printable page."""

    person: Person
    company: Company
    status: str
    minutes: int
    about_person: list[SourcedLine]
    about_company: list[SourcedLine]
    sources: list[BriefSource]
    pitch: Draft | None
    pitch_note: str
    questions: QuestionSet
    talking_points: list[TalkingPoint]
    checklist: list[ChecklistItem]
    call: str = ""  # the scheduled call, shown in local time, when there is one
    created_at: str = ""
    older_news: int = 0  # news items left out for being older than `news_months`
    researched_at: str = ""  # the dossier's date (YYYY-MM-DD)
    research_note: str = ""  # said when the research is old enough to refresh
    refresh_command: str = ""
    news_months: int = NEWS_MONTHS
    prompts: PromptLibrary | None = field(default=None, repr=False, compare=False)

    @property
    def plan(self) -> Plan:
        """The time-boxed plan: opening, introduction, questions, referral ask, close."""
        return self.questions.plan

    @property
    def referral_ask(self) -> str:
        """The question that asks who else to talk to."""
        return next((i.text for i in self.plan.items if i.kind == "referral"), "")

    def to_dict(self) -> dict[str, Any]:
        """The brief as plain data (JSON-ready)."""

        def lines(items: list[SourcedLine]) -> list[dict[str, Any]]:
            return [{"label": i.label, "text": i.text, "sources": i.sources, "when": i.when}
                    for i in items]

        return {
            "person": self.person.model_dump(),
            "company": self.company.model_dump(),
            "status": self.status,
            "call": self.call or None,
            "minutes": self.minutes,
            "about_person": lines(self.about_person),
            "about_company": lines(self.about_company),
            "older_news": self.older_news,
            "researched_at": self.researched_at or None,
            "research_note": self.research_note or None,
            "refresh_command": self.refresh_command or None,
            "news_months": self.news_months,
            "sources": [vars(s).copy() for s in self.sources],
            "pitch": self.pitch.contract() if self.pitch else None,
            "pitch_note": self.pitch_note,
            "plan": self.plan.model_dump(),
            "referral_ask": self.referral_ask,
            "talking_points": [vars(t).copy() for t in self.talking_points],
            "checklist": [vars(c).copy() for c in self.checklist],
            "created_at": self.created_at,
        }

    def to_json(self) -> str:
        """`to_dict()` as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def render(self, fmt: str = "md") -> str:
        """The page as Markdown (`"md"`) or self-contained, printable HTML (`"html"`)."""
        from .render import render_brief

        return render_brief(self, fmt)

    def _repr_markdown_(self) -> str:
        return self.render("md")
