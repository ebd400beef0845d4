"""The data infoprep works with. Library calls return these; `render.py` shows them."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "Check",
    "Company",
    "Dossier",
    "Draft",
    "Evidence",
    "Fact",
    "Person",
    "Profile",
    "Question",
    "Skipped",
    "Source",
    "Verdict",
    "given_name",
    "site_names",
    "split_detail",
    "split_publication",
    "without_honorifics",
]

# Forms of address before a name ("Dr. Amara Obi"): never a first name.
_HONORIFIC = re.compile(
    r"^(?:dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev|revd|fr|engr|atty)\.?$",
    re.IGNORECASE,
)


def without_honorifics(name: str) -> str:
    """The name without the forms of address before it: "Rev. Dr. Ana Ruiz" -> "Ana Ruiz"."""
    words = name.split()
    while len(words) > 1 and _HONORIFIC.match(words[0]):
        words = words[1:]
    return " ".join(words)


# Vietnamese family names, written without their marks: a name that opens with one and is
# spelled with Vietnamese letters ("Phạm Thu Trang") puts the family name first, and its
# bearer is greeted by the last word ("Trang").
_VIETNAMESE_FAMILY = frozenset({
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "trinh", "dinh", "lam", "mai", "truong", "cao", "doan", "luong",
    "ta", "trieu", "ha", "quach", "chau", "kieu", "luu", "thai", "ton", "la", "diep", "tang",
    "khuc",
})
# Letters only Vietnamese spells with: đ, ư, ơ and the dot and hook of its tones.
_VIETNAMESE_LETTERS = re.compile(
    "[đĐưƯơƠạảẹẻẽịỉọỏụủỳỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựẠẢẸẺẼỊỈỌỎỤỦỲỴỶỸẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]")


def given_name(name: str) -> str:
    """The name a person is greeted and signs by: "Dr. Amara Obi" -> "Amara"; "Phạm Thu
    Trang" -> "Trang" (a Vietnamese name, family name first)."""
    words = without_honorifics(name).split()
    if len(words) >= 2 and _VIETNAMESE_LETTERS.search(name):
        folded = unicodedata.normalize("NFKD", words[0].replace("Đ", "D").replace("đ", "d"))
        if "".join(c for c in folded if c.isascii()).casefold() in _VIETNAMESE_FAMILY:
            return words[-1]
    return words[0] if words else ""


class Profile(BaseModel):
    """The user's own background, used by every draft (TOML under the home)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    headline: str = ""
    background: str = ""
    goals: str = ""
    interests: list[str] = Field(default_factory=list)
    target_roles: list[str] = Field(default_factory=list)
    location: str = ""
    email: str = ""
    signature: str = ""
    linkedin_premium: bool = False

    @field_validator("name")
    @classmethod
    def _name_is_not_blank(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("your name cannot be blank")
        return value

    @field_validator("email")
    @classmethod
    def _email_looks_like_one(cls, value: str) -> str:
        value = value.strip()
        if value and not re.fullmatch(r"[^@\s]+@[^@\s]+", value):
            raise ValueError(f"{value!r} is not an email address (name@example.org)")
        return value

    @property
    def first_name(self) -> str:
        return given_name(self.name)


class Person(BaseModel):
    """The professional the user wants to talk to."""

    name: str
    title: str | None = None
    employer: str | None = None
    location: str | None = None
    summary: str | None = None


class Company(BaseModel):
    """The professional's employer."""

    name: str
    website: str | None = None
    description: str | None = None


SourceKind = Literal["website", "file", "wikipedia", "wikidata", "news", "search", "profile"]


class Source(BaseModel):
    """One page or file read during research. `text` is its main text, kept for evidence."""

    url: str
    title: str = ""
    kind: str = "website"
    fetched_at: str = ""
    published: str | None = None
    description: str | None = None
    text: str = ""


class Fact(BaseModel):
    """A typed statement with the exact quote and the source it came from."""

    id: str = ""
    subject: Literal["person", "company"]
    field: str
    value: str
    source_url: str
    quote: str


_DETAIL = re.compile(r"^(?P<title>.+?)\s*\((?P<detail>[^()]+)\)\s*$")


def split_detail(value: str) -> tuple[str, str]:
    """A fact value and its trailing parenthesised detail.

    Talks and posts are stored as "Title (Event, Place, Date)": this gives
    ("Title", "Event, Place, Date"); a value without one gives (value, "").
    """
    m = _DETAIL.match(value.strip())
    return (m.group("title").strip(), m.group("detail").strip()) if m else (value.strip(), "")


# A capitalised name of two to five words ("Housing Finance Review", "Turf South Magazine").
_PUBLICATION = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)?[A-Z][\w'’&.-]*){1,4}$"
)
# A part of a series, not a publication ("Part Two", "Volume III").
_PART = re.compile(r"^(?:Part|Vol|Volume|Chapter|Episode|Ep|Book|Season|Series|Issue|No|"
                   r"Number|Day|Week)\b\.?", re.IGNORECASE)
# The lower-case words that show a title is in sentence case ("What an underwriter reads").
_SENTENCE_CASE_WORD = re.compile(r"\s[a-z][a-z'’-]{3,}\b")


def site_names(titles: list[str]) -> set[str]:
    """The names a dossier's source titles give their sites or publications: "What an
    underwriter actually reads | Housing Finance Review" -> "Housing Finance Review"."""
    names: set[str] = set()
    for title in titles:
        parts = [p.strip() for p in re.split(r"\s+[|·—–-]\s+", title) if p.strip()]
        names.update(p.casefold() for p in parts[1:])
    return names


def split_publication(title: str, known: Collection[str] = ()) -> tuple[str, str]:
    """A piece's title and the publication written after it with a comma: "What an
    underwriter actually reads, Housing Finance Review" -> ("What an underwriter actually
    reads", "Housing Finance Review"). The part after the last comma is the publication when
    it is one of `known` (the dossier's site names, casefolded), or a capitalised name of two
    to five words after a title in sentence case; otherwise the title is returned whole
    ("Ask, don't tell", "Touch Everything, Designing Tactile Exhibits")."""
    head, comma, tail = title.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not head or not tail:
        return title, ""
    if tail.casefold() in known:
        return head, tail
    if _PUBLICATION.match(tail) and _SENTENCE_CASE_WORD.search(head) and not _PART.match(tail):
        return head, tail
    return title, ""


def without_country_code(place: str) -> str:
    """A place as said aloud: "Manchester, GB" (a page's address record) is "Manchester"."""
    return re.sub(r",\s*[A-Z]{2}$", "", place)


class Skipped(BaseModel):
    """A URL that was not read, and why."""

    url: str
    reason: str


class Dossier(BaseModel):
    """Everything research found about a person and their employer, with sources."""

    person: Person
    company: Company
    sources: list[Source] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    updated_at: str = ""

    def facts_about(self, subject: str, field: str | None = None) -> list[Fact]:
        return [
            f for f in self.facts if f.subject == subject and (field is None or f.field == field)
        ]

    def contract(self) -> dict[str, object]:
        """The stable JSON shape of `research --format json`."""
        return {
            "person": self.person.model_dump(),
            "company": self.company.model_dump(),
            "sources": [
                {"url": s.url, "title": s.title, "kind": s.kind, "fetched_at": s.fetched_at}
                for s in self.sources
            ],
            "facts": [
                {
                    "subject": f.subject,
                    "field": f.field,
                    "value": f.value,
                    "source_url": f.source_url,
                    "quote": f.quote,
                }
                for f in self.facts
            ],
            "skipped": [s.model_dump() for s in self.skipped],
        }

    def to_dict(self) -> dict[str, object]:
        """The dossier as `research --format json` prints it."""
        return self.contract()

    def to_json(self) -> str:
        """`to_dict()` as indented JSON."""
        return json.dumps(self.contract(), indent=2, ensure_ascii=False)

    def _repr_markdown_(self) -> str:
        from .research.render import render_markdown

        return render_markdown(self)


class Evidence(BaseModel):
    """The passage that answers a question: its source URL and exact quote."""

    url: str
    quote: str


class Question(BaseModel):
    """A question for the call."""

    text: str
    category: str = "general"
    fact_ids: list[str] = Field(default_factory=list)
    why: str = ""
    minutes: float = 0.0


class Verdict(BaseModel):
    """Whether a question is answered by the research, with the evidence when it is."""

    text: str
    googleable: bool
    evidence: Evidence | None = None
    reason: str = ""
    rewrite: str | None = None


class Check(BaseModel):
    """One check run on a draft."""

    name: str
    ok: bool
    detail: str = ""


class Draft(BaseModel):
    """A message for the user to send, with the checks it passed or failed."""

    kind: str
    channel: str | None = None
    subject: str | None = None
    body: str
    generator: str
    checks: list[Check] = Field(default_factory=list)
    to: str | None = None
    follow_up: str | None = None  # LinkedIn: the message to send once they accept

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def contract(self) -> dict[str, object]:
        """The stable JSON shape of drafts; `follow_up` is added for LinkedIn intros."""
        shape: dict[str, object] = {
            "kind": self.kind,
            "channel": self.channel,
            "subject": self.subject,
            "body": self.body,
            "generator": self.generator,
            "checks": [c.model_dump() for c in self.checks],
        }
        if self.follow_up is not None:
            shape["follow_up"] = self.follow_up
        return shape

    def to_dict(self) -> dict[str, object]:
        """The draft as `--format json` prints it."""
        return self.contract()

    def to_json(self) -> str:
        """`to_dict()` as indented JSON."""
        return json.dumps(self.contract(), indent=2, ensure_ascii=False)

    def __str__(self) -> str:
        from .display import draft_text

        return draft_text(self)

    def _repr_markdown_(self) -> str:
        from .display import draft_markdown

        return draft_markdown(self)
