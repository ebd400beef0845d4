"""Typed facts from pages: each with the URL it came from and the exact quote that says it.

    text = page_text(page)                      # keep this as the Source's text
    verdict = attribute_person(page, "Dana Okafor", "Lumenfold Energy")
    facts = page_facts(page, "Dana Okafor", "Lumenfold Energy", attribution=verdict)
    assert all(f.quote in text for f in facts)

Facts come from the main text's sentences (patterns over sentence structure), from JSON-LD
(schema.org Organization, Person, Article, Event …) and from the meta description. Values
that disagree are all kept, each with its own source; nothing is merged here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from ..models import Fact, Source
from .extract import iter_jsonld, jsonld_types
from .types import ExtractedPage

__all__ = [
    "COMPANY_FIELDS",
    "PERSON_FIELDS",
    "Attribution",
    "attribute_person",
    "company_core",
    "company_pattern",
    "fact_id",
    "is_company_site",
    "make_fact",
    "name_pattern",
    "page_facts",
    "page_source",
    "page_text",
    "sentence_spans",
]

COMPANY_FIELDS = ("description", "founded", "headquarters", "size", "leadership", "products",
                  "customers", "funding", "news", "mission")
PERSON_FIELDS = ("title", "employer", "previous_employer", "education", "talks", "publications",
                 "topics", "location")

Subject = Literal["person", "company"]
_MAX_VALUE = 240


def fact_id(subject: str, field: str, value: str, source_url: str) -> str:
    """A stable id: the same statement from the same source always gets the same id."""
    key = "\x1f".join((subject, field, _norm(value), source_url))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def make_fact(subject: Subject, field: str, value: str, source_url: str, quote: str) -> Fact:
    """A Fact with its stable id; value whitespace squeezed, quote kept exactly."""
    value = _squeeze(value)
    if len(value) > _MAX_VALUE:
        value = value[: _MAX_VALUE - 1].rstrip() + "…"
    return Fact(
        id=fact_id(subject, field, value, source_url), subject=subject, field=field,
        value=value, source_url=source_url, quote=quote,
    )


# --- text: sentences, names ------------------------------------------------------------------

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "ltd", "co", "corp",
                  "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "mt", "ft", "approx"}
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines split at sentence ends, common abbreviations and
    initials kept whole. Every span is an exact slice of `text`."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            before = text[start : boundary.start()].rstrip("\"'”’)]")
            last = re.search(r"([\w.]+)[.!?…]$", before)
            word = last.group(1).lower() if last else ""
            if last and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            _add_span(spans, text, start, boundary.start())
            start = boundary.end()
        _add_span(spans, text, start, line.end())
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def name_pattern(name: str) -> re.Pattern[str]:
    """A person's name in text: its words in order, an optional middle initial between."""
    words = [re.escape(w) for w in re.findall(r"[\w'’.-]+", name) if w not in (".",)]
    if not words:
        return re.compile(r"(?!x)x")
    if len(words) == 1:
        return re.compile(rf"(?<!\w){words[0]}(?!\w)", re.IGNORECASE)
    body = r"\s+".join(words[:-1]) + r"(?:\s+[A-Z]\.)?\s+" + words[-1]
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _surname(name: str) -> str | None:
    """The last word of a two-or-more-word name: later sentences may use it alone."""
    words = re.findall(r"[\w'’-]+", name)
    return words[-1] if len(words) >= 2 else None


_LEGAL = re.compile(
    r"[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|corp\.?|corporation|"
    r"co\.?|company|plc|s\.a\.|sa|b\.v\.|bv|n\.v\.|oy|ab|as|pty|srl|sas|group|holdings?)$",
    re.IGNORECASE,
)


def company_core(name: str) -> str:
    """The name without its legal form: `Lumenfold Energy, Inc.` -> `Lumenfold Energy`."""
    core = name.strip()
    while True:
        stripped = _LEGAL.sub("", core).strip()
        if stripped == core or not stripped:
            return core
        core = stripped


def company_pattern(company: str, aliases: Iterable[str] = ()) -> re.Pattern[str]:
    """The company's name (legal form optional) or any alias, as whole words."""
    names = {company_core(n) for n in (company, *aliases) if n and n.strip()}
    parts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names if n), key=len,
                   reverse=True)
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


# --- the text a page's quotes come from ------------------------------------------------------

def page_text(page: ExtractedPage) -> str:
    """The text to keep as the page's Source text: the main text, then the title, the
    description and the JSON-LD statements that it lacks. Every quote of `page_facts` is an
    exact substring of it."""
    parts = [page.main_text.strip()]
    extra: list[str] = []
    for line in (page.title, page.description or ""):
        line = _squeeze(line)
        if line and line not in parts[0] and line not in extra:
            extra.append(line)
    for statement in _statements(page):
        if statement.text not in extra:
            extra.append(statement.text)
    return "\n\n".join(p for p in (parts[0], "\n".join(extra)) if p)


def page_source(page: ExtractedPage, fetched_at: str = "") -> Source:
    """The Source record of a page, its text being `page_text(page)`."""
    return Source(
        url=page.url, title=page.title, kind=page.kind, fetched_at=fetched_at,
        published=page.published, description=page.description, text=page_text(page),
    )


# --- who a page is about -------------------------------------------------------------------

@dataclass(frozen=True)
class Attribution:
    """Whether a page's person of that name is the contact: `same`, `other` or `unknown`."""

    verdict: Literal["same", "other", "unknown"]
    reason: str


def attribute_person(
    page: ExtractedPage,
    person: str,
    company: str,
    aliases: Iterable[str] = (),
    context: Iterable[str] = (),
) -> Attribution:
    """Decide whether the person this page names is the contact.

    `same` when the page also names the employer (or one of `aliases`, or a `context` term
    such as a known title or former employer); `other` when it ties the name to a different
    organisation (JSON-LD worksFor, "X at Y", "X plays for Y") and never names the employer;
    `unknown` when the name is absent or nothing says either way."""
    text = page_text(page)
    names = name_pattern(person)
    org = company_pattern(company, aliases)
    if not names.search(text):
        return Attribution("unknown", f"the page does not name {person}")
    for item in _items_of(page, _PERSON_TYPES):
        if not _same_name(item.get("name"), names):
            continue
        for employer in _org_names(item.get("worksFor")) + _org_names(item.get("affiliation")):
            if org.search(employer):
                return Attribution("same", f"{person} works for {employer} (structured data)")
    if org.search(text):
        return Attribution("same", f"the page names {person} and {company}")
    terms = [t for t in context if t and len(t) > 2]
    for term in terms:
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            return Attribution("same", f"the page names {person} and {term}")
    for item in _items_of(page, _PERSON_TYPES):
        if _same_name(item.get("name"), names):
            others = _org_names(item.get("worksFor")) + _org_names(item.get("affiliation"))
            if others:
                return Attribution("other", f"{person} here works for {others[0]}, not {company}")
    for sentence in _person_sentences(text, names, _surname(person)):
        for match in _AFFILIATION.finditer(sentence):
            found = _trim_org(match.group("org"))
            if found and not org.search(found):
                return Attribution("other", f"{person} here is tied to {found}, not {company}")
    return Attribution("unknown", f"the page names {person} but nothing ties them to {company}")


def _same_name(value: Any, names: re.Pattern[str]) -> bool:
    return isinstance(value, str) and bool(names.fullmatch(_squeeze(value)))


def _person_sentences(text: str, names: re.Pattern[str], surname: str | None) -> Iterator[str]:
    for start, end in _person_spans(text, names, surname):
        yield text[start:end]


def _person_spans(
    text: str, names: re.Pattern[str], surname: str | None
) -> list[tuple[int, int]]:
    """Sentences naming the person, and the run of sentences right after one in the same
    paragraph that go on with a pronoun or the surname."""
    spans = sentence_spans(text)
    starts = re.compile(
        rf"^[\"“]?(?:She|He|They|Her|His|Their{'|' + re.escape(surname) if surname else ''})\b"
    )
    chosen: list[tuple[int, int]] = []
    in_run = False
    last_end = -1
    for start, end in spans:
        sentence = text[start:end]
        same_paragraph = last_end >= 0 and "\n" not in text[last_end:start]
        if names.search(sentence):
            chosen.append((start, end))
            in_run = True
        elif in_run and same_paragraph and starts.match(sentence):
            chosen.append((start, end))
        else:
            in_run = False
        last_end = end
    return chosen




# --- patterns --------------------------------------------------------------------------------

_ORG = (r"(?P<org>(?:[A-Z0-9][\w&'’.+-]*)"
        r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+|the\s+|de\s+)?[A-Z0-9][\w&'’.+-]*){0,5})")
_PLACE = r"(?P<place>[A-Z][\w'’.-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’.-]*|de|del|upon|am|on)){0,5})"
_TITLE_WORD = (
    r"(?:chief\s+\w+(?:\s+\w+)?\s+officer|chief\s+executive|CEO|CTO|CFO|COO|CMO|CPO|CIO|CISO|CRO|founder|"
    r"co-?founder|president|vice\s+president|SVP|EVP|VP|director|head|manager|lead|engineer|"
    r"scientist|analyst|designer|partner|principal|professor|researcher|architect|developer|"
    r"consultant|editor|chair(?:man|woman|person)?|officer|specialist|coordinator|adviser|"
    r"advisor|strategist|owner|associate|fellow|lecturer|evangelist|recruiter|writer|"
    r"journalist|reporter|counsel|attorney|economist|physician|teacher|instructor|"
    r"administrator|executive|superintendent|dean|curator|producer|technologist)"
)
_LEAD = (
    r"(?i:chief\s+\w+(?:\s+\w+)?\s+officer|chief\s+executive|CEO|CTO|CFO|COO|CMO|CPO|CIO|CISO|founder|"
    r"co-?founder|president|vice\s+president|SVP|EVP|VP|head\s+of|director|chair(?:man|woman|"
    r"person)?|managing\s+(?:director|partner)|general\s+manager|general\s+partner|board)\b"
)
_LEAD_WORD = re.compile(rf"\b{_LEAD}")
_TITLE_RE = re.compile(rf"\b{_TITLE_WORD}s?\b", re.IGNORECASE)
_PERSON_NAME = (r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:van|de|von|da|di|le|la))?"
                r"(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})")
_MODIFIER = (r"(?:(?:Senior|Executive|Deputy|Interim|Acting|Founding|Global|Regional|"
             r"Associate|Assistant|Managing|General)\s+)")
_LEAD_TITLE = (rf"(?P<title>{_MODIFIER}{{0,2}}\b{_LEAD}"
               r"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w&-]*){1,3})?)")
_LEADER_AFTER = re.compile(
    rf"{_PERSON_NAME},?\s+(?:(?i:the|our|its)\s+)?(?:(?i:company'?s)\s+)?{_LEAD_TITLE}"
)
_LEADER_BEFORE = re.compile(
    rf"(?P<title>\b{_LEAD}(?:\s+(?:and|&)\s+(?i:\w+))?),?\s+{_PERSON_NAME}"
)
_AFFILIATION = re.compile(
    rf"\b(?:works?\s+(?:at|for)|worked\s+(?:at|for)|working\s+(?:at|for)|employed\s+(?:at|by)|plays?\s+for|"
    rf"played\s+for|signed\s+(?:with|for)|joined|(?:{_TITLE_WORD})s?\s+(?:at|of|for|with))\s+"
    rf"(?:the\s+)?{_ORG}",
)
_PAST = re.compile(
    r"\b(?:previously|formerly|former|prior\s+to|before\s+(?:joining|that|this)|earlier|"
    r"spent\s+\w+\s+years?|worked|served|was\s+(?:a|an|the)|left|until\s+\d{4})\b",
    re.IGNORECASE,
)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_YEAR = rf"(?P<year>(?:{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:1[6-9]|20)\d{{2}})"

# "founded"/"established"/"incorporated" in any voice; the vaguer verbs only in the passive
# ("was started in 2011"), since "launched a repair program in 2018" founds nothing.
_FOUNDED = re.compile(
    rf"\b(?:founded|established|incorporated|(?:was|were|been)\s+(?:started|launched|formed|"
    rf"set\s+up|created|born))\b(?:[^.;]{{0,60}}?)\b(?:in|since)\s+{_YEAR}\b", re.IGNORECASE)
_HQ = re.compile(
    rf"\b(?:headquartered|head-quartered|headquarters\s+(?:is\s+|are\s+)?(?:located\s+)?|"
    rf"HQ\s+(?:is\s+)?|based|located|offices?\s+(?:are\s+)?)\s*in\s+{_PLACE}")
_SIZE = re.compile(
    r"(?P<size>\b(?:\d[\d,.]*\+?\s*(?:thousand|k)?|(?:hundreds|thousands|dozens)\s+of|"
    r"(?:over|more\s+than|about|around|nearly|almost)\s+\d[\d,.]*\+?)\s+"
    r"(?:full-time\s+|talented\s+|dedicated\s+|passionate\s+)?"
    r"(?:employees|people|staff|team\s+members|engineers|workers|colleagues|professionals)\b)"
    r"|\bemploys\s+(?P<size2>[\w,.+ ]{1,30}?(?:people|employees|staff)\b)"
    r"|\bteam\s+of\s+(?P<size3>\d[\d,.]*\+?\s*(?:people|employees|engineers)?)",
    re.IGNORECASE,
)
_PRODUCT_NOUNS = (r"(?:(?:our|its|their|the\s+company'?s)\s+(?:flagship\s+|main\s+|core\s+)?"
                  r"(?:products?|platform|software|services?|solutions?|tools?|apps?|"
                  r"offerings?)\s+(?:include|includes|are|is|called|named|,))")
_PRODUCT_VERBS = (r"(?:builds|makes|develops|sells|offers|provides|designs|manufactures|creates|"
                  r"produces|ships|build|make|develop|sell|offer|provide|design|manufacture|"
                  r"create|produce)")


def _products_pattern(org: re.Pattern[str]) -> re.Pattern[str]:
    """Products: "our products include …", or the company (or "we") as the subject of
    builds/makes/sells …"""
    subject = rf"(?:{org.pattern}|\b[Ww]e|\b[Tt]he\s+company)"
    return re.compile(
        rf"(?:\b{_PRODUCT_NOUNS}|{subject}\s+(?:also\s+|now\s+|currently\s+|which\s+)?"
        rf"{_PRODUCT_VERBS})\s+(?P<what>[^.;!?]{{3,200}})",
        re.IGNORECASE,
    )

_CUSTOMERS = re.compile(
    r"\b(?:customers|clients|users|partners)\s+(?:include|including|such\s+as|like|range\s+"
    r"from|are)\s+(?P<who>[^.;!?]{3,200})"
    r"|\b(?:used|trusted|chosen|relied\s+on|relied\s+upon)\s+by\s+(?P<who2>[^.;!?]{3,200})"
    r"|\bserves\s+(?P<who3>[^.;!?]{3,200})",
    re.IGNORECASE,
)
_AMOUNT = (r"(?:US\s?)?[$€£¥]\s?\d[\d.,]*\s*(?:million|billion|bn|mn|[MBK]\b|m\b)?|"
           r"\d[\d.,]*\s*(?:million|billion)\s+(?:dollars|euros|pounds|USD|EUR|GBP)")
_FUNDING = re.compile(
    rf"\b(?:raised|raises|raising|secured|secures|closed|closes|landed|lands|announced|"
    rf"received)\b[^.;!?]{{0,60}}?(?P<amount>{_AMOUNT})(?:[^.;!?]{{0,60}}?"
    rf"(?P<round>Series\s+[A-H]\d?|seed|pre-seed|growth|venture)\b)?",
    re.IGNORECASE,
)
_ROUND = re.compile(r"\b(?P<round>Series\s+[A-H]\d?)\s+(?:round|funding|financing)\b")
_NEWS = re.compile(
    r"\b(?:announced|announces|launched|launches|acquired|acquires|partnered|partners\s+with|"
    r"unveiled|unveils|opened|opens|expanded|expands|released|releases|named|appointed|"
    r"appoints|won|wins|signed|signs)\b",
    re.IGNORECASE,
)
_MISSION = re.compile(
    r"\b(?:(?:our|its|their|the\s+company'?s)\s+(?:mission|purpose|vision)|mission\s+is|"
    r"we\s+exist\s+to|we\s+believe|on\s+a\s+mission)\b",
    re.IGNORECASE,
)
_SCHOOL = re.compile(
    r"(?P<school>(?:(?:[A-Z][\w&'’.-]*|&)\s+){0,4}(?:University|College|Institute|School|"
    r"Polytechnic|Academy|Conservatory|Universit[äéà]\w*|Hochschule|École|Ecole)"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
    r"(?:,\s+[A-Z][\w'’.-]+(?=\s*[.;,)]|$))?)"
)
_EDUCATION_CUE = re.compile(
    r"\b(?:graduated|graduate|studied|studies|degree|Ph\.?\s?D|doctorate|MBA|M\.?Sc|B\.?Sc|"
    r"B\.?A\.|M\.?A\.|BSc|MSc|bachelor'?s?|master'?s?|alumn\w*|educated|holds|earned|"
    r"attended)\b",
    re.IGNORECASE,
)
_TALKS = re.compile(
    r"\b(?:spoke|speaks|speaking|keynote|talk|talks|presented|presents|presentation|panel|"
    r"panelist|speaker|webinar|podcast|fireside\s+chat)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(r"\b(?:at|on)\s+(?:the\s+)?(?P<event>[A-Z][\w&'’.+-]*(?:\s+(?:[A-Z0-9]"
                    r"[\w&'’.+-]*|of|on|for|and|&)){0,6})")
_WRITING = re.compile(
    r"\b(?:wrote|writes|written|authored|author\s+of|co-?authored|published|publishes|"
    r"blog\s+post|essay|article|paper|book|column)\b",
    re.IGNORECASE,
)
_TITLED = re.compile(r"[\"“‘](?P<work>[^\"”’]{3,160})[\"”’]")
_TOPICS = re.compile(
    r"\b(?:writes|writing|wrote|speaks|talks|focus(?:es|ed|ing)?|speciali[sz](?:es|ed|ing)|"
    r"expert|expertise|interested|interests|research(?:es|ing)?|passionate|works|working|"
    r"blogs)\s+(?:mostly\s+|mainly\s+|primarily\s+)?(?:about|on|in)\s+(?P<topic>[^.;!?]{3,150})",
    re.IGNORECASE,
)
_LOCATION = re.compile(rf"\b(?:based|lives|living|located|resides|residing)\s+in\s+{_PLACE}")


# --- JSON-LD statements ----------------------------------------------------------------------

_ORG_TYPES = {"organization", "corporation", "localbusiness", "ngo", "onlinebusiness",
              "educationalorganization", "governmentorganization", "newsmediaorganization",
              "researchorganization", "nonprofit", "company", "store", "airline",
              "medicalorganization", "sportsorganization", "workersunion"}
_PERSON_TYPES = {"person"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report",
                  "scholarlyarticle", "techarticle", "analysisnewsarticle", "opinionnewsarticle",
                  "socialmediaposting", "posting", "pressrelease"}
_EVENT_TYPES = {"event", "educationevent", "businessevent", "socialevent", "conference"}
_PRODUCT_TYPES = {"product", "softwareapplication", "webapplication", "mobileapplication",
                  "service"}


@dataclass(frozen=True)
class _Statement:
    """One JSON-LD property rendered as a line of text: `Lumenfold Energy (Organization)
    foundingDate: 2016`."""

    item: dict[str, Any]
    kind: str
    prop: str
    value: str
    text: str


_STATEMENT_PROPS = {
    "organization": ("description", "foundingDate", "address", "location", "numberOfEmployees",
                     "founder", "founders", "slogan", "employee", "employees", "member",
                     "brand", "makesOffer"),
    "person": ("jobTitle", "worksFor", "affiliation", "alumniOf", "address", "homeLocation",
               "knowsAbout", "description"),
    "article": ("headline", "name", "datePublished", "author"),
    "event": ("name", "startDate", "location", "performer", "organizer"),
    "product": ("name", "description"),
}


def _kind(item: dict[str, Any]) -> str | None:
    types = jsonld_types(item)
    for kind, group in (("organization", _ORG_TYPES), ("person", _PERSON_TYPES),
                        ("article", _ARTICLE_TYPES), ("event", _EVENT_TYPES),
                        ("product", _PRODUCT_TYPES)):
        if types & group:
            return kind
    return None


def _items_of(page: ExtractedPage, types: set[str]) -> list[dict[str, Any]]:
    return [item for item in iter_jsonld(page.jsonld) if jsonld_types(item) & types]


def _statements(page: ExtractedPage) -> list[_Statement]:
    statements: list[_Statement] = []
    seen: set[str] = set()
    for item in iter_jsonld(page.jsonld):
        kind = _kind(item)
        if kind is None:
            continue
        label = _value_text(item.get("name") or item.get("headline")) or "item"
        type_name = sorted(jsonld_types(item))[0].capitalize() if jsonld_types(item) else kind
        raw_type = item.get("@type")
        if isinstance(raw_type, str):
            type_name = re.split(r"[/:#]", raw_type)[-1]
        for prop in _STATEMENT_PROPS[kind]:
            for value in _values(item.get(prop), prop):
                text = f"{_squeeze(label)} ({type_name}) {prop}: {value}"
                if text not in seen:
                    seen.add(text)
                    statements.append(_Statement(item, kind, prop, value, text))
    return statements


def _values(raw: Any, prop: str) -> list[str]:
    """A JSON-LD property's values as text (names of nested things, places as addresses)."""
    items = raw if isinstance(raw, list) else [raw]
    values: list[str] = []
    for item in items[:20]:
        text = _value_text(item, prop)
        if text and text not in values:
            values.append(text)
    return values


def _value_text(item: Any, prop: str = "") -> str:
    if isinstance(item, str):
        return _squeeze(item)[:400]
    if isinstance(item, int | float) and not isinstance(item, bool):
        return str(item)
    if not isinstance(item, dict):
        return ""
    types = jsonld_types(item)
    if "postaladdress" in types or prop == "address" or "addressLocality" in item:
        parts = [_value_text(item.get(k)) for k in
                 ("addressLocality", "addressRegion", "addressCountry")]
        place = ", ".join(p for p in parts if p)
        if place:
            return place
    if "quantitativevalue" in types or "value" in item or "minValue" in item:
        if item.get("value") is not None:
            return _value_text(item.get("value"))
        low, high = item.get("minValue"), item.get("maxValue")
        if low is not None or high is not None:
            return "–".join(str(v) for v in (low, high) if v is not None)
    if prop in ("employee", "employees", "member", "founder", "founders", "performer") and \
            item.get("jobTitle"):
        return f"{_value_text(item.get('name'))}, {_value_text(item.get('jobTitle'))}"
    for key in ("name", "headline", "legalName", "alternateName"):
        text = _value_text(item.get(key))
        if text:
            return text
    address = item.get("address")
    return _value_text(address, "address") if address is not None else ""


def _org_names(raw: Any) -> list[str]:
    return [v for v in _values(raw, "worksFor") if v]


# --- facts from a page -----------------------------------------------------------------------

class _Collector:
    def __init__(self, url: str) -> None:
        self.url = url
        self.facts: list[Fact] = []
        self._ids: set[str] = set()

    def add(self, subject: Subject, field: str, value: str, quote: str) -> None:
        value = _squeeze(value).strip(" ,;:-–—").removesuffix(".")
        if not value or not quote:
            return
        fact = make_fact(subject, field, value, self.url, quote)
        if fact.id not in self._ids:
            self._ids.add(fact.id)
            self.facts.append(fact)


def page_facts(
    page: ExtractedPage,
    person: str,
    company: str,
    *,
    aliases: Iterable[str] = (),
    company_site: bool | None = None,
    attribution: Attribution | None = None,
) -> list[Fact]:
    """Facts about the person and the company that this page states.

    `company_site`: the page is on the company's own site, so "we"/"our" sentences speak for
    the company (default: the page's title or site name names the company). Person facts are
    left out when `attribution` (default: `attribute_person`) says the page is about someone
    else of the same name."""
    text = page_text(page)
    names = name_pattern(person)
    org = company_pattern(company, aliases)
    if company_site is None:
        company_site = is_company_site(page, company, aliases)
    if attribution is None:
        attribution = attribute_person(page, person, company, aliases)
    out = _Collector(page.url)
    about_person = attribution.verdict != "other"
    main = page.main_text
    _company_sentences(out, main, org, names, company_site)
    if page.kind != "profile":
        _team_lines(out, main, names, org, about_person, company)
    _news_page(out, page, text, org)
    if about_person:
        _person_sentences_facts(out, main, names, org, company, _surname(person))
        if page.kind == "profile":
            _profile_facts(out, main, names, org, company)
        _authored(out, page, text, names)
    _jsonld_facts(out, page, text, names, org, company, about_person, company_site)
    _description(out, page, text, org, company_site)
    return _most_specific(out.facts)


def is_company_site(page: ExtractedPage, company: str, aliases: Iterable[str] = ()) -> bool:
    """Whether the page is the company's own: its site name or a title segment is the
    company's name (`Leadership – Lumenfold Energy`), or its host is (`lumenfold.com`)."""
    if page.kind not in ("website", "file"):
        return False
    org = company_pattern(company, aliases)
    site = page.opengraph.get("og:site_name", "").strip()
    if site and org.fullmatch(site):
        return True
    segments = [seg.strip() for seg in re.split(r"\s+[|–—:·-]\s+", page.title)]
    if len(segments) > 1 and any(org.fullmatch(seg) for seg in segments):
        return True
    host = (urlsplit(page.url).hostname or "") if page.kind == "website" else ""
    names = [company_core(n) for n in (company, *aliases) if n]
    keys = {re.sub(r"\W", "", n.lower()) for n in names}
    keys |= {n.split()[0].lower() for n in names if n.split() and len(n.split()[0]) >= 5}
    labels = {label.replace("-", "") for label in host.split(".")[:-1]}
    return bool(keys & labels)


def _most_specific(facts: list[Fact]) -> list[Fact]:
    """Within one page, drop a value that another value of the same field only extends
    (`$45 million` beside `$45 million Series B`)."""
    kept: list[Fact] = []
    for fact in facts:
        value = _norm(fact.value)
        extended = any(
            other is not fact and other.subject == fact.subject and other.field == fact.field
            and _norm(other.value).startswith(value + " ")
            for other in facts
        )
        if not extended:
            kept.append(fact)
    return kept


def _company_sentences(out: _Collector, text: str, org: re.Pattern[str],
                       names: re.Pattern[str], own: bool) -> None:
    since_mention = 99  # sentences since the company was last named
    products = _products_pattern(org)
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        mentions = org.search(sentence)
        continued = since_mention <= 3 and bool(
            re.match(r"^(?:It|Its)\b", sentence)
            or re.search(r"\b[Tt]he\s+(?:company|firm|startup|start-up|business)\b", sentence))
        heading = len(sentence.split()) < 8 and not sentence.endswith((".", "!", "?", ":"))
        if mentions:
            since_mention = 0
        elif not heading:
            since_mention += 1
        we = own and re.search(r"\b(?:We|we|Our|our|us)\b", sentence)
        if not (mentions or we or continued):
            if since_mention <= 2 and len(sentence) <= 600:
                _leaders(out, sentence, org)  # "said chief executive Pieter Vos" right after
            continue
        if len(sentence) > 600:
            continue
        names_person = bool(names.search(sentence))
        for match in _FOUNDED.finditer(sentence):
            if not _subject_is_person(sentence, match.start(), names) or mentions:
                out.add("company", "founded", match.group("year"), sentence)
        for match in _HQ.finditer(sentence):
            if names_person and _subject_is_person(sentence, match.start(), names):
                continue
            place = _trim_place(match.group("place"))
            if place and not org.fullmatch(place):
                out.add("company", "headquarters", place, sentence)
        for match in _SIZE.finditer(sentence):
            size = match.group("size") or match.group("size2") or match.group("size3")
            if size and re.search(r"\d|hundreds|thousands|dozens", size, re.IGNORECASE):
                out.add("company", "size", size, sentence)
        for match in products.finditer(sentence):
            if names_person and _subject_is_person(sentence, match.start(), names):
                continue
            out.add("company", "products", _trim_phrase(match.group("what")), sentence)
        for match in _CUSTOMERS.finditer(sentence):
            who = match.group("who") or match.group("who2") or match.group("who3")
            out.add("company", "customers", _trim_phrase(who), sentence)
        for match in _FUNDING.finditer(sentence):
            value = match.group("amount").strip()
            round_ = match.group("round") or _group(_ROUND.search(sentence), "round")
            out.add("company", "funding", f"{value} {round_}" if round_ else value, sentence)
        if _MISSION.search(sentence):
            out.add("company", "mission", sentence, sentence)
        if mentions and _NEWS.search(sentence) and re.search(r"\b(?:19|20)\d{2}\b", sentence):
            out.add("company", "news", sentence, sentence)
        if mentions and re.match(rf"^(?:{org.pattern})\s*(?:,[^,]{{0,80}},\s*)?(?:is|was)\s+"
                                 r"(?:a|an|the|one)\b", sentence, re.IGNORECASE):
            out.add("company", "description", sentence, sentence)
        _leaders(out, sentence, org)


def _leaders(out: _Collector, sentence: str, org: re.Pattern[str] | None = None) -> None:
    """`Name, Chief Executive Officer` and `CEO Name` in a sentence about the company."""
    for match in _LEADER_AFTER.finditer(sentence):
        if _looks_like_name(match.group("name")):
            out.add("company", "leadership",
                    f"{match.group('name')}, {_squeeze(match.group('title'))}", sentence)
    for match in _LEADER_BEFORE.finditer(sentence):
        if _owned_elsewhere(sentence[max(0, match.start() - 40) : match.start()], org):
            continue
        if _looks_like_name(match.group("name")) and not re.search(
            r"\b(?:of|for|and|&)$", match.group("title")
        ):
            out.add("company", "leadership",
                    f"{match.group('name')}, {_squeeze(match.group('title'))}", sentence)


_NOT_OWNER = {"The", "A", "An", "Its", "Our", "Their", "His", "Her", "And", "But", "Former",
              "Then", "Now", "Co", "Also", "Said", "Says", "As", "When", "While", "Meanwhile"}


def _owned_elsewhere(before: str, org: re.Pattern[str] | None) -> bool:
    """Whether the capitalised name nearest before a title is another organisation's
    ("Salesforce founder and co-CEO Marc Benioff")."""
    caps = [c for c in re.findall(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*", before)
            if c.split()[0] not in _NOT_OWNER]
    if not caps:
        return False
    return not (org and org.search(caps[-1]))


def _team_lines(out: _Collector, text: str, names: re.Pattern[str], org: re.Pattern[str],
                about_person: bool, company: str) -> None:
    """Team pages: a name on one line, the title on the next (or `Name, Title`/`Name | Title`)."""
    lines = list(re.finditer(r"[^\n]+", text))
    for i, line in enumerate(lines):
        name_line = line.group(0).strip()
        pair: tuple[str, str, str] | None = None
        if i + 1 < len(lines) and _looks_like_name(name_line):
            title = lines[i + 1].group(0).strip()
            if len(title) <= 90 and _TITLE_RE.search(title) and not title.endswith("."):
                pair = (name_line, title, text[line.start() : lines[i + 1].end()].strip())
        if pair is None:
            split = re.match(r"^(?P<n>[^,|–—]{4,40}?)\s*(?:,|\||–|—| - )\s*(?P<t>[^.]{2,90})$",
                             name_line)
            if split and _looks_like_name(split.group("n")) and _TITLE_RE.search(split.group("t")):
                pair = (split.group("n"), split.group("t"), name_line)
        if pair is None:
            continue
        name, title, quote = pair
        if _LEAD_WORD.search(title):
            out.add("company", "leadership", f"{name}, {title}", quote)
        if about_person and names.fullmatch(name):
            out.add("person", "title", title, quote)


def _person_sentences_facts(out: _Collector, text: str, names: re.Pattern[str],
                            org: re.Pattern[str], company: str, surname: str | None) -> None:
    for start, end in _person_spans(text, names, surname):
        sentence = text[start:end]
        if len(sentence) > 600:
            continue
        _titles(out, sentence, names, org, company)
        past = _PAST.search(sentence)
        for match in _AFFILIATION.finditer(sentence):
            employer = _trim_org(match.group("org"))
            if not employer or _SCHOOL.fullmatch(employer):
                continue
            before = sentence[: match.start()]
            was_past = bool(past and past.start() <= match.start() + 40) or bool(
                re.search(r"\b(?:was|had been|former)\b", before[-40:]))
            is_company = bool(org.search(employer))
            field = "previous_employer" if was_past and not is_company else "employer"
            if was_past and is_company and re.search(r"\b(?:former|formerly|previously|left)\b",
                                                     sentence, re.IGNORECASE):
                field = "previous_employer"
            out.add("person", field, company if is_company else employer, sentence)
        if _EDUCATION_CUE.search(sentence):
            for match in _SCHOOL.finditer(sentence):
                out.add("person", "education", match.group("school"), sentence)
        talk = _TALKS.search(sentence)
        if talk:
            event = _EVENT.search(sentence, talk.start())
            value = _trim_org(event.group("event")) if event else ""
            out.add("person", "talks", value or sentence, sentence)
        if _WRITING.search(sentence):
            titled = _TITLED.search(sentence)
            if titled:
                out.add("person", "publications", titled.group("work"), sentence)
        for match in _TOPICS.finditer(sentence):
            out.add("person", "topics", _trim_phrase(match.group("topic")), sentence)
        for match in _LOCATION.finditer(sentence):
            before = sentence[: match.start()]
            if org.search(before) and not names.search(before):
                continue
            place = _trim_place(match.group("place"))
            if place:
                out.add("person", "location", place, sentence)


_PRONOUN = re.compile(r"^[\"“]?(?:She|He|They)\b")


def _titles(out: _Collector, sentence: str, names: re.Pattern[str], org: re.Pattern[str],
            company: str) -> None:
    name = names.search(sentence)
    # "… who has been the chief executive officer of Quillmark since 2019"
    role_at_company = re.search(
        rf"\b(?:is|was|has\s+been|have\s+been|serves\s+as|served\s+as|became|as)\s+"
        rf"(?:the\s+|an?\s+|its\s+)?(?P<title>(?:[\w-]+\s+){{0,4}}?{_TITLE_WORD}s?"
        rf"(?:\s+of\s+[a-z][\w -]{{2,30}}?)?)\s+(?:at|of|for|with)\s+(?:{org.pattern})",
        sentence, re.IGNORECASE,
    )
    if role_at_company and (name or _PRONOUN.match(sentence)):
        title = _squeeze(role_at_company.group("title"))
        current = not re.search(r"\b(?:was|served|former|formerly)\b",
                                sentence[: role_at_company.start("title")], re.IGNORECASE)
        if current:
            out.add("person", "title", title, sentence)
            out.add("person", "employer", company, sentence)
            if name and _LEAD_WORD.search(title):
                out.add("company", "leadership", f"{name.group(0)}, {title}", sentence)
    patterns = []
    if name:
        after = sentence[name.end():]
        patterns.append(re.match(
            r"^\s*(?:,|\(|–|—|-)\s*(?:the\s+|our\s+|a\s+|an\s+|who\s+is\s+(?:the\s+|a\s+|an\s+)?)?"
            r"(?P<title>[^,.;()]{2,80}?)(?:\s+(?:at|of|for|with)\s+" + _ORG + r")?\s*(?=[,.;)]|$)",
            after))
        patterns.append(re.match(
            r"^\s*(?:\([^)]{0,60}\)\s*)?,?\s+(?:is|was|serves\s+as|has\s+been|became|works\s+as|"
            r"joined\s+\S+(?:\s+\S+)?\s+as)"
            r"\s+(?:the\s+|an?\s+|our\s+|its\s+)?(?P<title>[^,.;()]{2,80}?)(?:\s+(?:at|of|for|with)"
            r"\s+" + _ORG + r")?\s*(?=[,.;)]|\s+(?:and|since|where|who)\b|$)",
            after))
        before = sentence[: name.start()]
        lead = re.search(rf"(?P<title>(?:[A-Z][\w&'-]*\s+)?{_TITLE_WORD}s?)\s*,?\s*$",
                         before, re.IGNORECASE)
        if lead:
            title = lead.group("title")
            first = title.split()[0]
            if org.fullmatch(first) or not _TITLE_RE.match(first):
                title = " ".join(title.split()[1:])
            out.add("person", "title", title, sentence)
    for match in patterns:
        if not match:
            continue
        title = _squeeze(match.group("title"))
        if not _TITLE_RE.search(title) or len(title.split()) > 9:
            continue
        title = re.sub(r"^(?:the|a|an|our)\s+", "", title, flags=re.IGNORECASE)
        out.add("person", "title", title, sentence)
        found = match.group("org") if "org" in match.groupdict() else None
        if found:
            employer = _trim_org(found)
            if employer:
                current = not re.search(r"\b(?:was|former|formerly|previously)\b",
                                        sentence, re.IGNORECASE)
                is_company = bool(org.search(employer))
                field = "employer" if current or is_company else "previous_employer"
                out.add("person", field, company if is_company else employer, sentence)


def _profile_facts(out: _Collector, text: str, names: re.Pattern[str], org: re.Pattern[str],
                   company: str) -> None:
    """A LinkedIn Save-to-PDF profile: headline, location, Experience, Education."""
    from .files import parse_linkedin_profile

    profile = parse_linkedin_profile(text)
    if profile.name and not names.fullmatch(profile.name):
        return
    if profile.location and profile.location in text:
        out.add("person", "location", profile.location, profile.location)
    for role in profile.experience:
        quote = _lines_quote(text, [role.company, role.title, role.dates]) or \
            _lines_quote(text, [role.title, role.dates])
        if not quote:
            continue
        is_company = bool(org.search(role.company))
        if role.current:
            out.add("person", "title", role.title, quote)
            out.add("person", "employer", company if is_company else role.company, quote)
        elif not is_company:
            out.add("person", "previous_employer", role.company, quote)
    for school in profile.education:
        quote = _lines_quote(text, [school.school, school.degree]) if school.degree else ""
        out.add("person", "education", school.school, quote or school.school)
    for skill in profile.skills[:10]:
        out.add("person", "topics", skill, skill)


def _lines_quote(text: str, lines: list[str]) -> str:
    """The exact passage spanning `lines`, found from the last one backwards (each earlier
    line within a few lines above the next)."""
    lines = [line for line in lines if line]
    if not lines:
        return ""
    end_at = text.find(lines[-1])
    if end_at < 0:
        return ""
    start = end_at
    end = end_at + len(lines[-1])
    for line in reversed(lines[:-1]):
        at = text.rfind(line, max(0, start - 200), start)
        if at < 0:
            break
        start = at
    return text[start:end]


def _authored(out: _Collector, page: ExtractedPage, text: str, names: re.Pattern[str]) -> None:
    for item in _items_of(page, _ARTICLE_TYPES):
        authors = _values(item.get("author"), "author")
        headline = _value_text(item.get("headline") or item.get("name"))
        if headline and any(names.fullmatch(a) for a in authors):
            out.add("person", "publications", headline, _quote_for(text, page, headline))


def _news_page(out: _Collector, page: ExtractedPage, text: str, org: re.Pattern[str]) -> None:
    if page.kind != "news" and not _items_of(page, {"newsarticle", "pressrelease",
                                                     "reportagenewsarticle"}):
        return
    headline = page.title
    for item in _items_of(page, _ARTICLE_TYPES):
        headline = _value_text(item.get("headline")) or headline
    if headline and org.search(headline + " " + (page.description or "")):
        value = f"{headline} ({page.published[:10]})" if page.published else headline
        out.add("company", "news", value, _quote_for(text, page, headline))


def _description(out: _Collector, page: ExtractedPage, text: str, org: re.Pattern[str],
                 own: bool) -> None:
    description = _squeeze(page.description or "")
    if description and own and org.search(description + " " + page.title) and \
            description in text:
        out.add("company", "description", description, description)


def _jsonld_facts(out: _Collector, page: ExtractedPage, text: str, names: re.Pattern[str],
                  org: re.Pattern[str], company: str, about_person: bool, own: bool) -> None:
    orgs = [s for s in _statements(page) if s.kind == "organization"]
    org_names = {_value_text(s.item.get("name")) for s in orgs}
    lone_org = own and len(org_names) == 1
    for st in _statements(page):
        name = _value_text(st.item.get("name") or st.item.get("headline"))
        quote = _quote_for(text, page, st.value, st.text)
        if st.kind == "organization" and (org.search(name) or lone_org):
            field = {"description": "description", "foundingDate": "founded",
                     "address": "headquarters", "location": "headquarters",
                     "numberOfEmployees": "size", "slogan": "mission", "brand": "products",
                     "makesOffer": "products"}.get(st.prop)
            if field:
                value = st.value[:4] if field == "founded" and re.match(r"\d{4}-", st.value) \
                    else st.value
                out.add("company", field, value, quote)
            elif st.prop in ("founder", "founders"):
                value = st.value if "," in st.value else f"{st.value}, Founder"
                out.add("company", "leadership", value, quote)
            elif st.prop in ("employee", "employees", "member") and _LEAD_WORD.search(st.value):
                out.add("company", "leadership", st.value, quote)
        elif st.kind == "person":
            title = _value_text(st.item.get("jobTitle"))
            works = _org_names(st.item.get("worksFor"))
            if st.prop == "jobTitle" and title and _LEAD_WORD.search(title) and \
                    any(org.search(w) for w in works):
                out.add("company", "leadership", f"{name}, {title}", quote)
            if not (about_person and names.fullmatch(name)):
                continue
            field = {"jobTitle": "title", "alumniOf": "education", "address": "location",
                     "homeLocation": "location", "knowsAbout": "topics"}.get(st.prop)
            if st.prop in ("worksFor", "affiliation"):
                is_company = bool(org.search(st.value))
                out.add("person", "employer", company if is_company else st.value, quote)
            elif field:
                out.add("person", field, st.value, quote)
        elif st.kind == "event" and st.prop == "performer" and about_person:
            if any(names.fullmatch(v.split(",")[0]) for v in [st.value]):
                event = _value_text(st.item.get("name"))
                date = _value_text(st.item.get("startDate"))[:10]
                out.add("person", "talks", f"{event} ({date})" if date else event,
                        _quote_for(text, page, event, _statement_text(page, st.item, "name")))
        elif st.kind == "product" and st.prop == "name" and own:
            out.add("company", "products", st.value, quote)


def _statement_text(page: ExtractedPage, item: dict[str, Any], prop: str) -> str:
    for st in _statements(page):
        if st.item is item and st.prop == prop:
            return st.text
    return ""


def _quote_for(text: str, page: ExtractedPage, value: str, fallback: str = "") -> str:
    """The main-text sentence holding `value` when there is one, else `fallback` (a line of
    `page_text`), else the value itself when the text holds it."""
    if value and len(value) >= 3:
        main = page.main_text
        at = main.find(value)
        if at >= 0:
            for start, end in sentence_spans(main):
                if start <= at < end:
                    sentence = main[start:end]
                    if value in sentence:
                        return sentence
            return value
    if fallback and fallback in text:
        return fallback
    return value if value and value in text else ""


# --- small helpers ---------------------------------------------------------------------------

def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _norm(text: str) -> str:
    return _squeeze(text).casefold()


def _group(match: re.Match[str] | None, name: str) -> str:
    return match.group(name) if match else ""


def _subject_is_person(sentence: str, at: int, names: re.Pattern[str]) -> bool:
    """Whether the nearest name or pronoun before position `at` is the person's."""
    before = sentence[:at]
    person = [m.end() for m in names.finditer(before)]
    person += [m.end() for m in re.finditer(r"\b(?:she|he|her|his)\b", before, re.IGNORECASE)]
    return bool(person)


_STOP_TAIL = re.compile(
    r"\s+(?:in|on|since|where|who|which|and|as|to|from|with|for|after|before|until|when|"
    r"while|during|by)\b.*$"
)


def _trim_org(org: str | None) -> str:
    org = _squeeze(org or "").rstrip(".,;:")
    org = _STOP_TAIL.sub("", org)
    org = re.sub(r"^(?:The|the)\s+", "", org) if len(org.split()) > 1 else org
    if not org or org.lower() in {"i", "we", "she", "he", "they", "it", "this", "that"}:
        return ""
    return org


def _trim_place(place: str | None) -> str:
    place = _squeeze(place or "").rstrip(".,;:")
    return re.sub(r"\s+(?:and|with|since|where|who)\b.*$", "", place)


def _trim_phrase(phrase: str | None) -> str:
    """A noun phrase without the relative clause after it (`…, which use the forecasts`)."""
    phrase = _squeeze(phrase or "")
    phrase = re.sub(r",?\s+(?:which|who|whose|where|while|because|so\s+that)\b.*$", "", phrase)
    phrase = re.sub(r",\s+(?:and\s+)?(?:is|are|was|were|has|have|had)\b.*$", "", phrase)
    return phrase.rstrip(".,;:")[:200]


_NOT_NAME = {"the", "our", "and", "for", "with", "about", "contact", "team", "leadership",
             "careers", "news", "home", "products", "company", "board", "advisors", "read",
             "more", "view", "profile", "learn", "meet", "join", "us", "all", "rights",
             "reserved", "privacy", "policy", "terms", "cookie", "cookies", "accept"}


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words, no digits, none of them a common page word."""
    words = text.strip().split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in text):
        return False
    for word in words:
        bare = word.strip(".,'’")
        if bare.lower() in _NOT_NAME or _TITLE_RE.fullmatch(bare):
            return False
        if not (bare[:1].isupper() or bare.lower() in {"van", "de", "von", "da", "di", "le"}):
            return False
    return True
