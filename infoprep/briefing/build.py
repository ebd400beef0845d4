"""Gathering the brief: the dossier's best facts, the pitch, the questions' plan, follow-ups.

The questions come from the latest saved set for a call of the same length when the dossier
has not changed since; otherwise new ones are prepared (and saved). The pitch is the latest
saved one, else a new one; without a profile the brief says how to create one.
"""

from __future__ import annotations

import json
import re
import shlex
from datetime import timedelta
from typing import TYPE_CHECKING

from ..contacts.times import parse_stored, show_local
from ..errors import NotFoundError, ProfileMissingError
from ..models import Dossier, Draft, Fact
from ..records import get_contact, load_dossier
from ..workspace import utcnow
from .model import Brief, BriefSource, ChecklistItem, SourcedLine, TalkingPoint

if TYPE_CHECKING:
    from ..api import Workspace
    from ..contacts.book import ContactBook
    from ..contacts.types import Call
    from ..questions.workflow import QuestionSet

__all__ = ["build_brief"]

# The fields worth a line, in order, and their labels; a few lines each.
_PERSON_FIELDS = {
    "title": "Role",
    "tenure": "There",
    "location": "Based in",
    "previous_role": "Before",
    "previous_title": "Before",
    "previous_employer": "Before",
    "degree": "Studied",
    "education": "Studied",
    "topics": "Writes about",
    "talks": "Talks",
    "posts": "Wrote",
    "publications": "Wrote",
}
_COMPANY_FIELDS = {
    "description": "What they do",
    "products": "Products",
    "product": "Product",
    "news": "In the news",
    "funding": "Funding",
    "founded": "Founded",
    "headquarters": "Based in",
    "size": "Size",
    "mission": "Mission",
}
_PERSON_LINES = 6
_COMPANY_LINES = 6
_LONGEST = 180  # characters of a value shown on the page
_TALKING_POINTS = 4


def build_brief(ws: Workspace, name: str, *, minutes: int = 20) -> Brief:
    """The brief for the call with contact `name` (name or #id), `minutes` long."""
    from ..questions.plan import MAX_MINUTES, MIN_MINUTES

    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        from ..errors import ConfigError

        raise ConfigError(f"--minutes must be between {MIN_MINUTES} and {MAX_MINUTES}")
    contact = get_contact(
        ws.store, name, hint=f"run `infoprep research {shlex.quote(name)} --company ...` first"
    )
    dossier = load_dossier(ws.store, contact.id)
    if dossier is None:
        raise NotFoundError(
            f"no dossier for {contact.name} yet: run `infoprep research "
            f"{shlex.quote(contact.name)} --company {shlex.quote(contact.company or 'COMPANY')}`"
            " first"
        )
    numbers = {s.url: i for i, s in enumerate(dossier.sources, start=1)}
    about_person = _lines(dossier, "person", _PERSON_FIELDS, _PERSON_LINES, numbers)
    about_company = _lines(dossier, "company", _COMPANY_FIELDS, _COMPANY_LINES, numbers)
    questions = _questions(ws, contact.id, dossier, minutes, name)
    points = _talking_points(questions, numbers)
    if len(points) < 2:
        points += _their_writing(dossier, numbers, _TALKING_POINTS - len(points))
    pitch, pitch_note = _pitch(ws)
    cited = sorted({n for line in (*about_person, *about_company) for n in line.sources}
                   | {p.source for p in points if p.source is not None})
    sources = [
        BriefSource(n, " ".join(dossier.sources[n - 1].title.split()) or dossier.sources[n - 1].url,
                    dossier.sources[n - 1].url, dossier.sources[n - 1].kind)
        for n in cited
    ]
    book = ws.contacts
    current = book.get(f"#{contact.id}")
    calls = book.calls(contact.id)
    call = calls[-1] if calls else None
    checklist = _checklist(ws, contact.id, current.name, current.status, call, book)
    return Brief(
        person=dossier.person,
        company=dossier.company,
        status=current.status,
        minutes=minutes,
        about_person=about_person,
        about_company=about_company,
        sources=sources,
        pitch=pitch,
        pitch_note=pitch_note,
        questions=questions,
        talking_points=points,
        checklist=checklist,
        call=(f"{show_local(call.starts_at, book.zone)}, {call.minutes} minutes" if call else ""),
        created_at=utcnow(),
        prompts=ws.prompts,
    )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _LONGEST else flat[: _LONGEST - 1].rsplit(" ", 1)[0] + "…"


def _lines(
    dossier: Dossier, subject: str, fields: dict[str, str], most: int, numbers: dict[str, int]
) -> list[SourcedLine]:
    """One line per label in `fields` order (the first field that has a value wins): its first
    value, citing every source that says it."""
    by_field: dict[str, list[Fact]] = {}
    for fact in dossier.facts_about(subject):
        by_field.setdefault(fact.field, []).append(fact)
    out: list[SourcedLine] = []
    labels: set[str] = set()
    for field_name, label in fields.items():
        facts = by_field.get(field_name)
        if not facts or label in labels:
            continue
        labels.add(label)
        value = facts[0].value
        if subject == "person" and field_name == "title" and dossier.person.employer:
            employer = dossier.person.employer
            if employer.casefold() not in value.casefold():
                value = f"{value}, {employer}"
        same = [f for f in facts if f.value.casefold() == facts[0].value.casefold()]
        cites = sorted({numbers[f.source_url] for f in same if f.source_url in numbers})
        out.append(SourcedLine(label, _short(value), cites))
        if len(out) == most:
            break
    return out


def _questions(
    ws: Workspace, contact_id: int, dossier: Dossier, minutes: int, name: str
) -> QuestionSet:
    from ..questions.workflow import saved_question_set

    saved = saved_question_set(ws.store, contact_id, dossier.person.name)
    if saved is not None:
        made, found = saved
        if found.plan.minutes == minutes and made >= dossier.updated_at:
            return found
    return ws.questions(f"#{contact_id}" if name.strip().lstrip("#").isdigit() else name,
                        minutes=minutes)


def _talking_points(questions: QuestionSet, numbers: dict[str, int]) -> list[TalkingPoint]:
    points = []
    for verdict in questions.dropped:
        if verdict.evidence is None:
            continue
        points.append(TalkingPoint(
            question=verdict.text,
            quote=_short(verdict.evidence.quote),
            url=verdict.evidence.url,
            source=numbers.get(verdict.evidence.url),
            ask_instead=verdict.rewrite,
        ))
        if len(points) == _TALKING_POINTS:
            break
    return points


def _their_writing(dossier: Dossier, numbers: dict[str, int], most: int) -> list[TalkingPoint]:
    """Pages whose title names the person (their posts, talks, interviews), by source order."""
    name = " ".join(dossier.person.name.split()).casefold()
    company = dossier.company.name.casefold()
    points = []
    for source in dossier.sources:
        title = " ".join(source.title.split())
        folded = title.casefold()
        # A team page names everyone; a title that also names the employer is about it.
        if name and name in folded and company not in folded:
            # "What I got wrong — Jordan Rivera": the byline is not part of the title.
            bare = re.sub(rf"\s*[—–|:-]\s*{re.escape(dossier.person.name)}\s*$", "", title,
                          flags=re.IGNORECASE)
            points.append(TalkingPoint("", _short(bare or title), source.url,
                                       numbers.get(source.url)))
        if len(points) >= most:
            break
    return points


def _pitch(ws: Workspace) -> tuple[Draft | None, str]:
    row = ws.store.conn.execute(
        "SELECT data FROM drafts WHERE kind = 'pitch' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is not None:
        return Draft.model_validate(json.loads(row["data"])), ""
    try:
        return ws.pitch(30), ""
    except ProfileMissingError:
        return None, "No profile yet: create one with `infoprep profile init` for your pitch."


def _checklist(
    ws: Workspace, contact_id: int, name: str, status: str, call: Call | None, book: ContactBook
) -> list[ChecklistItem]:
    """Thank-you (with its deadline when a call is scheduled), status, referrals, what is due."""
    quoted = shlex.quote(name)
    hours = ws.settings.thankyou_hours
    due = ""
    if call is not None:
        end = parse_stored(call.starts_at) + timedelta(minutes=call.minutes, hours=hours)
        due = show_local(end, book.zone)
    items = [
        ChecklistItem(
            f"Send a thank-you note within {hours:g} hours of the call"
            + (f" (by {due})" if due else ""),
            f"infoprep draft-thankyou {quoted} --notes NOTES.md",
            due,
        ),
        ChecklistItem(
            f"Update the status (now: {status}) once the call has happened",
            f"infoprep contacts status {quoted} interviewed",
        ),
        ChecklistItem(
            "Record each person they suggest you talk to",
            f"infoprep contacts refer {quoted} --to 'OTHER NAME'",
        ),
    ]
    for item in book.follow_ups():
        if item.contact_id == contact_id and item.kind != "thank-you":
            items.append(ChecklistItem(item.reason, "infoprep contacts due",
                                       show_local(item.due_at, book.zone)))
            break
    return items
