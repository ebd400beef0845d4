"""The questions feature end to end: candidates, the googleable filter, the plan, the record.

`prepare_questions` writes the questions for a call with a contact and judges them against the
contact's dossier; `check_questions` judges the user's own questions, one per line. Both keep
what they produced in the workspace (`question_sets`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import NotFoundError, ProfileMissingError
from ..models import Dossier, Profile, Question, Verdict
from ..records import ContactRow, contact_ref, find_contact, load_dossier
from ..workspace import Store, utcnow
from .bank import candidates
from .evidence import EvidenceIndex
from .finder import default_finder
from .googleable import GoogleableFilter
from .plan import Plan, make_plan
from .reader import default_reader

if TYPE_CHECKING:
    from ..api import Workspace

__all__ = [
    "BLANK_REASON",
    "CheckResult",
    "QuestionSet",
    "check_questions",
    "latest_question_set",
    "prepare_questions",
    "saved_question_set",
]

BLANK_REASON = "blank line: nothing to judge"
HEADING_REASON = "a heading, not a question: nothing to judge"
# A list marker before a question in the user's file: "- ", "* ", "3. ", "Q3:".
_MARKER = re.compile(r"^(?:[-*•–]\s+|\d{1,3}[.)]\s+|Q\d{0,3}[.:)]\s*)", re.IGNORECASE)
CANDIDATES = 20


@dataclass
class QuestionSet:
    """The questions for one call: kept ones in plan order (the referral ask last), the
    dropped ones with their evidence, and the plan."""

    contact_id: int
    person: str
    kept: list[Question]
    dropped: list[Verdict]
    plan: Plan
    generator: str
    profile_used: bool = True

    def contract(self) -> dict[str, Any]:
        """The stable JSON shape of `questions --format json`."""
        return {
            "kept": [q.model_dump() for q in self.kept],
            "dropped": [v.model_dump() for v in self.dropped],
        }

    def to_dict(self) -> dict[str, Any]:
        """The contract plus the plan and who the questions are for."""
        return {
            "person": self.person,
            "generator": self.generator,
            **self.contract(),
            "plan": self.plan.model_dump(),
        }

    def to_json(self) -> str:
        """`to_dict()` as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.kept)

    def __len__(self) -> int:
        return len(self.kept)

    def __getitem__(self, index: int) -> Question:
        return self.kept[index]

    def _repr_markdown_(self) -> str:
        from .render import render_questions

        return render_questions(self, "md")


@dataclass
class CheckResult:
    """One verdict per input line, in input order."""

    contact_id: int
    person: str
    verdicts: list[Verdict] = field(default_factory=list)
    generator: str = ""

    def contract(self) -> list[dict[str, Any]]:
        """The stable JSON shape of `questions --check FILE --format json`."""
        return [
            {
                "text": v.text,
                "googleable": v.googleable,
                "evidence": (
                    {"url": v.evidence.url, "quote": v.evidence.quote} if v.evidence else None
                ),
                "reason": v.reason,
            }
            for v in self.verdicts
        ]

    def to_dict(self) -> dict[str, Any]:
        """Who the questions were judged against, and one verdict per line."""
        return {"person": self.person, "generator": self.generator,
                "verdicts": self.contract()}

    def to_json(self) -> str:
        """The verdicts as `questions --check FILE --format json` prints them."""
        return json.dumps(self.contract(), indent=2, ensure_ascii=False)

    def __iter__(self) -> Iterator[Verdict]:
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def __getitem__(self, index: int) -> Verdict:
        return self.verdicts[index]

    def _repr_markdown_(self) -> str:
        from .render import render_check

        return render_check(self, "md")


def _research_hint(store: Store, name: str, contact: ContactRow | None) -> str:
    """How to research them: by name, or by id (`"#12"`) when another contact has the name."""
    if contact is None and name.strip().removeprefix("#").isdigit():
        return "see `infoprep contacts list` for the ids"
    company = contact.company if contact and contact.company else "COMPANY"
    if contact is not None and contact_ref(store.conn, contact.id, contact.name).startswith("'#"):
        quoted = f'"#{contact.id}"'
    else:
        who = contact.name if contact is not None else name
        quoted = f'"{who}"' if " " in who else who
    return f"run `infoprep research {quoted} --company {_shell(company)}` first"


def _shell(text: str) -> str:
    return f'"{text}"' if re.search(r"\s", text) else text


def _dossier(ws: Workspace, name: str) -> tuple[ContactRow, Dossier]:
    contact = find_contact(ws.store, name)
    dossier = load_dossier(ws.store, contact.id) if contact else None
    if contact is None or dossier is None:
        raise NotFoundError(
            f"no dossier for '{name}': {_research_hint(ws.store, name, contact)}"
        )
    return contact, dossier


def _profile(ws: Workspace) -> Profile | None:
    try:
        return ws.profile()
    except ProfileMissingError:
        return None


def _search_evidence(
    ws: Workspace, judge: GoogleableFilter, questions: Sequence[str]
) -> None:
    """Adds the search provider's top results for the factual questions the dossier leaves
    open."""
    from .search import search_sources

    queries = [
        judge.search_query(q) for q in questions
        if judge.wants_search(q)
    ]
    if queries:
        judge.index.add_sources(
            search_sources(ws.settings, queries, limit=ws.settings.verify_searches)
        )


def prepare_questions(
    ws: Workspace,
    name: str,
    *,
    minutes: int = 20,
    count: int | None = None,
    verify_with_search: bool = False,
) -> QuestionSet:
    """Questions for the call with contact `name`, the googleable ones dropped, in a plan."""
    contact, dossier = _dossier(ws, name)
    profile = _profile(ws)
    # Checked before any model call, so bad options cost nothing.
    make_plan(ws.prompts, [], minutes=minutes, count=count)
    recency = ws.recency()
    judge = GoogleableFilter(EvidenceIndex(dossier), ws.prompts, reader=default_reader(),
                             finder=default_finder())
    try:
        found = candidates(ws.generator, ws.prompts, dossier, profile, CANDIDATES, recency)
        texts = [q.text for q in found]
        if verify_with_search:
            _search_evidence(ws, judge, texts)
        verdicts = judge.judge(texts, ws.generator)
    finally:
        judge.index.close()
    open_questions = [q for q, v in zip(found, verdicts, strict=True) if not v.googleable]
    dropped = [v for v in verdicts if v.googleable]
    plan, kept = make_plan(
        ws.prompts, open_questions, minutes=minutes, count=count,
        person=dossier.person.name, profile=profile,
        thankyou_hours=ws.settings.thankyou_hours,
    )
    result = QuestionSet(
        contact_id=contact.id,
        person=dossier.person.name or contact.name,
        kept=kept,
        dropped=dropped,
        plan=plan,
        generator=_generator_label(ws),
        profile_used=profile is not None,
    )
    _save(ws.store, contact.id, result.generator, {
        "kind": "questions",
        "minutes": minutes,
        "count": count,
        **result.contract(),
        "plan": plan.model_dump(),
    })
    return result


def check_questions(
    ws: Workspace, name: str, lines: Sequence[str], *, verify_with_search: bool = False
) -> CheckResult:
    """One verdict per line of the user's file, in order. A blank line or a markdown heading
    ("# For Jordan") gets a not-googleable verdict saying so; a list marker ("- ", "3. ") is
    no part of the question judged; a repeated question is judged once and reported on each
    of its lines."""
    contact, dossier = _dossier(ws, name)
    texts = [" ".join(line.split()) for line in lines]
    # What is judged: the line without a list marker; a markdown heading is not judged.
    asks = ["" if text.startswith("#") else _MARKER.sub("", text) for text in texts]
    unique: dict[str, str] = {}
    for ask in asks:
        if ask:
            unique.setdefault(ask.casefold(), ask)
    judge = GoogleableFilter(EvidenceIndex(dossier), ws.prompts, reader=default_reader(),
                             finder=default_finder())
    try:
        asked = list(unique.values())
        if verify_with_search and asked:
            _search_evidence(ws, judge, asked)
        verdicts = judge.judge(asked, ws.generator) if asked else []
    finally:
        judge.index.close()
    by_key = {q.casefold(): v for q, v in zip(asked, verdicts, strict=True)}
    out = []
    for text, ask in zip(texts, asks, strict=True):
        if not text:
            out.append(Verdict(text="", googleable=False, reason=BLANK_REASON))
        elif not ask:
            out.append(Verdict(text=text, googleable=False, reason=HEADING_REASON))
        else:
            out.append(by_key[ask.casefold()].model_copy(update={"text": text}))
    result = CheckResult(contact.id, dossier.person.name or contact.name, out,
                         _generator_label(ws))
    _save(ws.store, contact.id, result.generator, {
        "kind": "check",
        "verdicts": [v.model_dump() for v in out],
    })
    return result


def _generator_label(ws: Workspace) -> str:
    gen = ws.generator
    return "offline templates" if gen.fell_back else gen.label


def _save(store: Store, contact_id: int, generator: str, data: dict[str, Any]) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO question_sets (contact_id, created_at, generator, data)"
            " VALUES (?, ?, ?, ?)",
            (contact_id, utcnow(), generator, json.dumps(data, ensure_ascii=False)),
        )


def saved_question_set(
    store: Store, contact_id: int, person: str
) -> tuple[str, QuestionSet] | None:
    """The contact's most recent saved questions as a QuestionSet, with when they were made."""
    rows = store.conn.execute(
        "SELECT created_at, generator, data FROM question_sets WHERE contact_id = ?"
        " ORDER BY id DESC",
        (contact_id,),
    ).fetchall()
    for row in rows:
        data = json.loads(row["data"])
        if data.get("kind") != "questions" or "plan" not in data:
            continue
        found = QuestionSet(
            contact_id=contact_id,
            person=person,
            kept=[Question.model_validate(q) for q in data.get("kept", [])],
            dropped=[Verdict.model_validate(v) for v in data.get("dropped", [])],
            plan=Plan.model_validate(data["plan"]),
            generator=row["generator"],
        )
        return str(row["created_at"]), found
    return None


def latest_question_set(store: Store, contact_id: int) -> dict[str, Any] | None:
    """The contact's most recent saved question set (kind "questions"), or None."""
    rows = store.conn.execute(
        "SELECT data FROM question_sets WHERE contact_id = ? ORDER BY id DESC",
        (contact_id,),
    ).fetchall()
    for row in rows:
        data = json.loads(row["data"])
        if data.get("kind") == "questions":
            return dict(data)
    return None
