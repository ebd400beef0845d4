"""Gathering the brief: the dossier's best facts, the pitch, the questions' plan, follow-ups.

Dated items (news, funding, talks, posts) show when they happened, the newest first; news
older than the `news_months` setting is left out, and the brief says how many items were;
undated news is shown marked "undated", after the dated news, never as current.

The questions come from the latest saved set for a call of the same length when the dossier
has not changed since and the set is under 30 days old; otherwise new ones are prepared (and
saved), so a question never calls an item recent that has since grown old. The pitch is the latest
saved one, else a new one; without a profile the brief says how to create one.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..contacts.times import parse_stored, show_local
from ..dates import Recency, When, when_in
from ..errors import NotFoundError, ProfileMissingError
from ..models import Dossier, Draft, Fact, without_country_code
from ..records import contact_ref, get_contact, load_dossier
from ..research.career import SECTION_TITLE
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
    "interviews": "Interviewed",
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
# Fields whose facts report something that happened at a time; "news" ages out.
_DATED = {"news", "funding", "talks", "posts", "interviews", "publications"}
_PERSON_LINES = 6
_COMPANY_LINES = 6  # the news lines count as one
_NEWS_LINES = 2
# A news value's trailing date, already shown as the line's `when`: "… (2024-03-12)".
_TRAILING_DATE = re.compile(r"\s*\(([^()]{4,24})\)\s*$")
_LONGEST = 180  # characters of a value shown on the page
_TALKING_POINTS = 4
DEFAULT_MINUTES = 20  # the plan's length when no call is scheduled
STALE_DAYS = 90  # research older than this is worth refreshing before the call


def build_brief(ws: Workspace, name: str, *, minutes: int | None = None) -> Brief:
    """The brief for the call with contact `name` (name or #id), `minutes` long: by default
    as long as the scheduled call (within 10-60 minutes), else 20."""
    from ..questions.plan import MAX_MINUTES, MIN_MINUTES

    if minutes is not None and not MIN_MINUTES <= minutes <= MAX_MINUTES:
        from ..errors import ConfigError

        raise ConfigError(f"--minutes must be between {MIN_MINUTES} and {MAX_MINUTES}")
    hint = ("see `infoprep contacts list` for the ids" if name.strip().removeprefix("#").isdigit()
            else f"run `infoprep research {shlex.quote(name)} --company COMPANY` first")
    contact = get_contact(ws.store, name, hint=hint)
    # How the hints and the checklist name them: the id when another contact has their name.
    ref = contact_ref(ws.store.conn, contact.id, contact.name)
    dossier = load_dossier(ws.store, contact.id)
    if dossier is None:
        raise NotFoundError(
            f"no dossier for {contact.name} yet: run `infoprep research {ref} --company "
            f"{shlex.quote(contact.company or 'COMPANY')}` first"
        )
    book = ws.contacts
    call = book.current_call(contact.id)
    if minutes is None:
        minutes = (min(max(call.minutes, MIN_MINUTES), MAX_MINUTES) if call is not None
                   else DEFAULT_MINUTES)
    recency = ws.recency()
    numbers = {s.url: i for i, s in enumerate(dossier.sources, start=1)}
    about_person, _ = _lines(dossier, "person", _PERSON_FIELDS, _PERSON_LINES, numbers,
                             recency)
    about_company, older_news = _lines(dossier, "company", _COMPANY_FIELDS, _COMPANY_LINES,
                                       numbers, recency)
    questions = _questions(ws, contact.id, dossier, minutes, name)
    points = _talking_points(questions, numbers)
    if len(points) < 2:
        points += _their_writing(dossier, numbers, _TALKING_POINTS - len(points), recency)
    pitch, pitch_note = _pitch(ws)
    cited = sorted({n for line in (*about_person, *about_company) for n in line.sources}
                   | {p.source for p in points if p.source is not None})
    sources = [
        BriefSource(n, " ".join(dossier.sources[n - 1].title.split()) or dossier.sources[n - 1].url,
                    dossier.sources[n - 1].url, dossier.sources[n - 1].kind)
        for n in cited
    ]
    current = book.get(f"#{contact.id}")
    checklist = _checklist(ws, contact.id, ref, current.status, call, book)
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
        older_news=older_news,
        news_months=recency.months,
        **_research_age(dossier, ref, contact.company, recency.today),
        prompts=ws.prompts,
    )


def _research_age(dossier: Dossier, ref: str, company: str | None,
                  today: date) -> dict[str, str]:
    """When the research was done, and the way to refresh it once it is months old (`ref`:
    the contact as a command names them)."""
    if not dossier.updated_at:
        return {}
    done = parse_stored(dossier.updated_at).date()
    found = {"researched_at": done.isoformat()}
    days = (today - done).days
    if days < STALE_DAYS:
        return found
    months = days * 12 // 365
    found["research_note"] = (
        f"The research dates from {done.isoformat()}, {months} months ago: people change "
        "roles, so refresh it before the call"
    )
    employer = company or dossier.company.name or "COMPANY"
    found["refresh_command"] = (
        f"infoprep research {ref} --company {shlex.quote(employer)} --refresh"
    )
    return found


def _short(text: str) -> str:
    """A quote on one line, without a list marker ("- 2020 to now: …"), cut at a word."""
    flat = re.sub(r"^(?:[-•*–]\s+)", "", " ".join(text.split()))
    return flat if len(flat) <= _LONGEST else flat[: _LONGEST - 1].rsplit(" ", 1)[0] + "…"


def _lines(
    dossier: Dossier, subject: str, fields: dict[str, str], most: int, numbers: dict[str, int],
    recency: Recency,
) -> tuple[list[SourcedLine], int]:
    """One line per label in `fields` order (the first field that has a value wins): its first
    value (of a dated field, its newest), citing every source that says it; news gets up to
    `_NEWS_LINES` lines. Also returns how many news items were too old to show."""
    published = {s.url: s.published for s in dossier.sources}
    by_field: dict[str, list[Fact]] = {}
    for fact in dossier.facts_about(subject):
        by_field.setdefault(fact.field, []).append(fact)
    out: list[SourcedLine] = []
    labels: set[str] = set()
    older = 0
    for field_name, label in fields.items():
        facts = by_field.get(field_name)
        if not facts or label in labels:
            continue
        if field_name == "news":
            news, older = _news_lines(facts, label, numbers, published, recency)
            if not news:
                continue
            out += news
        else:
            out.append(_line(dossier, subject, field_name, label, facts, numbers, published,
                             recency))
        labels.add(label)
        if len(labels) == most:
            break
    return out, older


def _line(
    dossier: Dossier, subject: str, field_name: str, label: str, facts: list[Fact],
    numbers: dict[str, int], published: Mapping[str, str | None], recency: Recency,
) -> SourcedLine:
    first, when = facts[0], None
    if field_name in _DATED:
        # The newest item (by month: the first said of the same news), an undated one only
        # when none is dated.
        dated = [(recency.when(f, published), f) for f in facts]
        when, first = max(dated, key=lambda pair: _month_of(pair[0]))
    value = first.value
    if field_name in ("headquarters", "location") and re.search(r"\baddress\s*:", first.quote):
        # "Manchester, GB" from a page's address record (its country code) reads "Manchester";
        # "Austin, TX" written on a page keeps its state.
        value = without_country_code(value)
    if subject == "person" and field_name == "title" and dossier.person.employer:
        employer = dossier.person.employer
        if employer.casefold() not in value.casefold():
            value = f"{value}, {employer}"
    shown = "" if when is None or when_in(value) else when.text
    return SourcedLine(label, _short(value), _cites(facts, first, numbers), shown)


def _news_lines(
    facts: list[Fact], label: str, numbers: dict[str, int],
    published: Mapping[str, str | None], recency: Recency,
) -> tuple[list[SourcedLine], int]:
    """The newest news items still within `news_months` (then undated ones, marked so), and
    how many distinct items were older."""
    items: dict[str, tuple[When | None, Fact]] = {}
    for fact in facts:
        key = _headline(fact.value).casefold()
        when = recency.when(fact, published)
        if key and (key not in items or _newer(when, items[key][0])):
            items[key] = (when, fact)
    older = sum(recency.is_old(when) for when, _ in items.values())
    shown = sorted((pair for pair in items.values() if not recency.is_old(pair[0])),
                   key=lambda pair: pair[0].day if pair[0] else date.min, reverse=True)
    lines = [
        SourcedLine(label, _short(_headline(fact.value)), _cites(facts, fact, numbers),
                    when.text if when else "undated")
        for when, fact in shown[:_NEWS_LINES]
    ]
    return lines, older


def _month_of(when: When | None) -> tuple[int, int]:
    return (when.day.year, when.day.month) if when else (0, 0)


def _newer(when: When | None, than: When | None) -> bool:
    return when is not None and (than is None or when.day > than.day)


def _headline(value: str) -> str:
    """A news value without its trailing date: "Acme raises £5m (2024-03-12)" -> "Acme …"."""
    flat = " ".join(value.split())
    m = _TRAILING_DATE.search(flat)
    if m and when_in(m.group(1)) and len(m.group(1).split()) <= 4:
        return flat[: m.start()]
    return flat


def _cites(facts: list[Fact], chosen: Fact, numbers: dict[str, int]) -> list[int]:
    """The numbers of every source that says what `chosen` says."""
    same = [f for f in facts if f.value.casefold() == chosen.value.casefold()]
    return sorted({numbers[f.source_url] for f in same if f.source_url in numbers})


# How long saved questions serve the brief before they are prepared again.
QUESTIONS_KEPT_DAYS = 30


def _made_on(stamp: str) -> date:
    """The date of a stored timestamp ("2026-11-26T08:00:00+00:00"); an unreadable one is
    taken as long ago, so the questions are prepared again."""
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return date.min


def _questions(
    ws: Workspace, contact_id: int, dossier: Dossier, minutes: int, name: str
) -> QuestionSet:
    from ..questions.workflow import saved_question_set

    saved = saved_question_set(ws.store, contact_id, dossier.person.name)
    if saved is not None:
        made, found = saved
        # A set made before the dossier changed, or weeks ago, may frame an item as recent
        # that no longer is ("your recent talk"): it is prepared again.
        fresh = _made_on(made) >= ws.today() - timedelta(days=QUESTIONS_KEPT_DAYS)
        if found.plan.minutes == minutes and made >= dossier.updated_at and fresh:
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


def _their_writing(
    dossier: Dossier, numbers: dict[str, int], most: int, recency: Recency
) -> list[TalkingPoint]:
    """Pages whose title names the person (their posts, talks, interviews), by source order,
    each with its publication date when the page gives one."""
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
            if SECTION_TITLE.match(bare):
                continue  # "About | Philippa …": a page of their site, not a piece to mention
            when = when_in(source.published, until=recency.today)
            points.append(TalkingPoint("", _short(bare or title), source.url,
                                       numbers.get(source.url), when=when.text if when else ""))
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
    ws: Workspace, contact_id: int, quoted: str, status: str, call: Call | None, book: ContactBook
) -> list[ChecklistItem]:
    """Thank-you (with its deadline when a call is scheduled), status, referrals, what is due
    (`quoted`: the contact as a command names them)."""
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
        # The thank-you and the call's outcome are the first two items already.
        if item.contact_id == contact_id and item.kind not in ("thank-you", "call-passed"):
            items.append(ChecklistItem(item.action[:1].upper() + item.action[1:],
                                       item.command, show_local(item.due_at, book.zone)))
            break
    return items
