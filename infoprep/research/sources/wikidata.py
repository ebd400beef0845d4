"""Wikidata: statements about the employer (or the person) as facts.

Three requests at most: `wbsearchentities` finds items labelled with the name, one
`wbgetentities` reads the candidates' claims, and one more resolves the labels of every item
they point to (headquarters, chief executive, employer …). An item is used only when it
matches the entity in context. Each fact's quote is its statement rendered as text, e.g.
`inception: 2004-02`; the source's text holds every such line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from ...config import Settings
from ...errors import FetchError
from ...models import Skipped, Source
from ..facts import company_core, company_pattern, make_fact
from ..types import ApiClient, SourceResult
from ._common import now

__all__ = ["COMPANY_PROPERTIES", "PERSON_PROPERTIES", "lookup_wikidata", "time_text"]

# property id -> (label used in quotes, fact field)
COMPANY_PROPERTIES: dict[str, tuple[str, str]] = {
    "P856": ("official website", "website"),
    "P571": ("inception", "founded"),
    "P159": ("headquarters location", "headquarters"),
    "P169": ("chief executive officer", "leadership"),
    "P112": ("founded by", "leadership"),
    "P1128": ("number of employees", "size"),
    "P452": ("industry", "industry"),
    "P749": ("parent organization", "parent"),
}
PERSON_PROPERTIES: dict[str, tuple[str, str]] = {
    "P108": ("employer", "employer"),
    "P39": ("position held", "title"),
    "P69": ("educated at", "education"),
    "P106": ("occupation", "occupation"),
    "P856": ("official website", "website"),
}
_ORG_HINTS = ("P571", "P159", "P169", "P1128", "P452", "P112", "P749", "P414", "P4264")
_PERSON_HINTS = ("P108", "P39", "P69", "P106", "P569", "P27", "P6634", "P2037")
_MAX_CANDIDATES = 7


async def lookup_wikidata(
    api: ApiClient,
    settings: Settings,
    name: str,
    *,
    subject: Literal["company", "person"] = "company",
    context: Sequence[str] = (),
    qid: str | None = None,
    have_website: bool = False,
    company: str | None = None,
) -> SourceResult:
    """Wikidata statements about `name` (the employer, or the person with `subject="person"`).

    `qid` skips the search (e.g. Wikipedia's `wikibase_item`); `context` holds terms that
    tie the right item to this research (the person's name or the company's website for an
    employer; for a person, the employer `company` and known titles). The official website
    becomes a seed unless `have_website`."""
    result = SourceResult()
    endpoint = settings.wikidata_url
    if qid:
        ids = [qid]
    else:
        result.tried.append(f"Wikidata search for {name!r}")
        try:
            found = await api.get_json(endpoint, params={
                "action": "wbsearchentities", "search": name, "language": "en",
                "type": "item", "limit": str(_MAX_CANDIDATES), "format": "json",
            })
        except FetchError as exc:
            result.skipped.append(Skipped(url=endpoint, reason=f"Wikidata search failed: {exc}"))
            return result
        ids = _candidate_ids(found, name)
        if not ids:
            return result
    try:
        entities = await _entities(api, endpoint, ids, "labels|descriptions|claims|sitelinks/urls")
        referenced = sorted({ref for e in entities.values() for ref in _references(e)})
        labels = _labels(await _entities(api, endpoint, referenced, "labels")) if referenced \
            else {}
    except FetchError as exc:
        result.skipped.append(Skipped(url=endpoint, reason=f"Wikidata: {exc}"))
        return result
    chosen = _choose(entities, ids, labels, name, subject, context, company, endpoint, result)
    if chosen is None:
        return result
    _use(result, chosen, labels, endpoint, subject, have_website, company)
    return result


def _candidate_ids(found: Any, name: str) -> list[str]:
    search = found.get("search") if isinstance(found, dict) else None
    if not isinstance(search, list):
        return []
    wanted = _key(company_core(name))
    ids: list[str] = []
    for hit in search:
        if not isinstance(hit, dict) or not isinstance(hit.get("id"), str):
            continue
        raw_match = hit.get("match")
        match: dict[str, Any] = raw_match if isinstance(raw_match, dict) else {}
        names = [hit.get("label"), match.get("text"), *(hit.get("aliases") or [])]
        if any(isinstance(n, str) and _key(company_core(n)) == wanted for n in names):
            ids.append(hit["id"])
    return ids[:_MAX_CANDIDATES]


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


async def _entities(
    api: ApiClient, endpoint: str, ids: list[str], props: str
) -> dict[str, Any]:
    entities: dict[str, Any] = {}
    for start in range(0, len(ids), 50):
        batch = ids[start : start + 50]
        data = await api.get_json(endpoint, params={
            "action": "wbgetentities", "ids": "|".join(batch), "props": props,
            "languages": "en", "format": "json",
        })
        if isinstance(data, dict) and isinstance(data.get("entities"), dict):
            entities.update(data["entities"])
        elif isinstance(data, dict) and isinstance(data.get("error"), dict):
            error = data["error"]
            raise FetchError(f"{error.get('code', 'error')}: {error.get('info', '')}".strip())
    return entities


def _labels(entities: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for item_id, entity in entities.items():
        label = _label(entity)
        if label:
            labels[item_id] = label
    return labels


def _label(entity: Any) -> str:
    if not isinstance(entity, dict):
        return ""
    en = (entity.get("labels") or {}).get("en")
    return str(en.get("value")) if isinstance(en, dict) and en.get("value") else ""


def _description(entity: dict[str, Any]) -> str:
    en = (entity.get("descriptions") or {}).get("en")
    return str(en.get("value")) if isinstance(en, dict) and en.get("value") else ""


@dataclass(frozen=True)
class _Claim:
    value: str  # text: label, URL, date or amount
    item: str | None  # the Q-id of an item value
    rank: str
    start: str | None
    end: str | None
    when: str | None  # P585 point in time


def _claims(entity: dict[str, Any], pid: str, labels: dict[str, str]) -> list[_Claim]:
    """A property's usable statements: deprecated ones and value-less snaks left out,
    preferred rank first."""
    raw = (entity.get("claims") or {}).get(pid)
    claims: list[_Claim] = []
    for statement in raw if isinstance(raw, list) else []:
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak") or {}
        if snak.get("snaktype") != "value":
            continue
        value, item = _snak_text(snak.get("datavalue"), labels)
        if not value:
            continue
        qualifiers = statement.get("qualifiers") or {}
        claims.append(_Claim(
            value=value, item=item, rank=str(statement.get("rank") or "normal"),
            start=_qualifier_time(qualifiers, "P580"), end=_qualifier_time(qualifiers, "P582"),
            when=_qualifier_time(qualifiers, "P585"),
        ))
    preferred = [c for c in claims if c.rank == "preferred"]
    return preferred + [c for c in claims if c.rank != "preferred"]


def _snak_text(datavalue: Any, labels: dict[str, str]) -> tuple[str, str | None]:
    if not isinstance(datavalue, dict):
        return "", None
    value = datavalue.get("value")
    kind = datavalue.get("type")
    if kind == "wikibase-entityid" and isinstance(value, dict):
        item = value.get("id") or (f"Q{value['numeric-id']}" if value.get("numeric-id") else None)
        return (labels.get(str(item), "") if item else ""), (str(item) if item else None)
    if kind == "time" and isinstance(value, dict):
        return time_text(value), None
    if kind == "quantity" and isinstance(value, dict):
        amount = str(value.get("amount") or "").lstrip("+")
        return amount, None
    if kind == "monolingualtext" and isinstance(value, dict):
        return str(value.get("text") or ""), None
    if isinstance(value, str):
        return value, None
    return "", None


def time_text(value: dict[str, Any]) -> str:
    """A Wikidata time as text at its precision: `2004` (9), `2004-02` (10), `2004-02-17` (11)."""
    raw = str(value.get("time") or "")
    match = re.match(r"^([+-])(\d+)-(\d\d)-(\d\d)", raw)
    if not match:
        return ""
    sign, year, month, day = match.groups()
    year = str(int(year)) + (" BCE" if sign == "-" else "")
    precision = int(value.get("precision") or 11)
    if precision <= 9 or month == "00":
        return year
    if precision == 10 or day == "00":
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def _qualifier_time(qualifiers: dict[str, Any], pid: str) -> str | None:
    for snak in qualifiers.get(pid) or []:
        if isinstance(snak, dict) and snak.get("snaktype") == "value":
            value = (snak.get("datavalue") or {}).get("value")
            if isinstance(value, dict):
                return time_text(value) or None
    return None


def _references(entity: Any) -> Iterable[str]:
    if not isinstance(entity, dict):
        return []
    refs: list[str] = []
    for pid in (*COMPANY_PROPERTIES, *PERSON_PROPERTIES):
        for statement in (entity.get("claims") or {}).get(pid) or []:
            datavalue = ((statement or {}).get("mainsnak") or {}).get("datavalue") or {}
            value = datavalue.get("value")
            if datavalue.get("type") == "wikibase-entityid" and isinstance(value, dict):
                item = value.get("id")
                if isinstance(item, str):
                    refs.append(item)
    return refs


def _choose(
    entities: dict[str, Any],
    ids: list[str],
    labels: dict[str, str],
    name: str,
    subject: str,
    context: Sequence[str],
    company: str | None,
    endpoint: str,
    result: SourceResult,
) -> dict[str, Any] | None:
    """The candidate that is the entity in context; the others are skipped with the reason.
    Among several matching organisations, one tied to the context (the person, the website)
    wins, then one that looks like a business, then the search's order."""
    scored: list[tuple[int, int, dict[str, Any]]] = []
    for order, item_id in enumerate(ids):
        entity = entities.get(item_id)
        if not isinstance(entity, dict) or "missing" in entity:
            continue
        reason = _mismatch(entity, labels, name, subject, context, company)
        if reason is not None:
            result.skipped.append(Skipped(url=_entity_url(endpoint, item_id), reason=reason))
            continue
        scored.append((-_score(entity, labels, context), order, entity))
    if not scored:
        return None
    scored.sort(key=lambda row: (row[0], row[1]))
    for _, _, entity in scored[1:]:
        shown = _label(entity) or str(entity.get("id"))
        description = _description(entity)
        result.skipped.append(Skipped(
            url=_entity_url(endpoint, str(entity.get("id"))),
            reason=f"Wikidata: {shown} ({description}) is another entity of that name",
        ))
    return scored[0][2]


def _score(entity: dict[str, Any], labels: dict[str, str], context: Sequence[str]) -> int:
    claims = entity.get("claims") or {}
    text = " ".join(
        [_description(entity)]
        + [c.value for pid in (*COMPANY_PROPERTIES, *PERSON_PROPERTIES)
           for c in _claims(entity, pid, labels)]
    )
    score = 4 if any(_context_match(t, text) for t in context if t and len(t.strip()) > 2) else 0
    if any(pid in claims for pid in ("P169", "P1128", "P452", "P414", "P4264")):
        score += 2
    if _BUSINESS.search(_description(entity)):
        score += 1
    return score


_BUSINESS = re.compile(
    r"\b(?:company|corporation|business|firm|startup|enterprise|manufacturer|provider|"
    r"developer|retailer|bank)\b",
    re.IGNORECASE,
)


def _mismatch(
    entity: dict[str, Any],
    labels: dict[str, str],
    name: str,
    subject: str,
    context: Sequence[str],
    company: str | None,
) -> str | None:
    """None when the item is the entity in context; else why it was passed over."""
    label = _label(entity) or str(entity.get("id"))
    description = _description(entity)
    shown = f"{label} ({description})" if description else label
    claims = entity.get("claims") or {}
    facts_text = " ".join(
        [description]
        + [c.value for pid in (*COMPANY_PROPERTIES, *PERSON_PROPERTIES)
           for c in _claims(entity, pid, labels)]
    )
    terms = [t for t in context if t and len(t.strip()) > 2]
    in_context = any(
        _context_match(t, facts_text) for t in terms
    )
    if subject == "person":
        if not any(pid in claims for pid in _PERSON_HINTS):
            return f"Wikidata: {shown} is not a person"
        employer = company_pattern(company) if company else None
        if (employer and employer.search(facts_text)) or in_context:
            return None
        return f"Wikidata: {shown} is a different person of that name"
    looks_like_org = any(pid in claims for pid in _ORG_HINTS) or bool(
        _BUSINESS.search(description) or re.search(r"\borgani[sz]ation\b", description, re.I))
    if not looks_like_org:
        return f"Wikidata: {shown} is not an organisation"
    if terms and not in_context and any(pid in claims for pid in _PERSON_HINTS):
        return f"Wikidata: {shown} is not the employer in context"
    return None


def _context_match(term: str, text: str) -> bool:
    term = term.strip()
    host = urlsplit(term).hostname if "://" in term else None
    if host:
        return host.removeprefix("www.") in text
    return bool(re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE))


def _entity_url(endpoint: str, item_id: str) -> str:
    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{parts.netloc}/wiki/{item_id}"


def _use(
    result: SourceResult,
    entity: dict[str, Any],
    labels: dict[str, str],
    endpoint: str,
    subject: str,
    have_website: bool,
    company: str | None,
) -> None:
    item_id = str(entity.get("id"))
    url = _entity_url(endpoint, item_id)
    lines: list[str] = []
    kind: Literal["company", "person"] = "person" if subject == "person" else "company"
    properties = PERSON_PROPERTIES if kind == "person" else COMPANY_PROPERTIES
    employer = company_pattern(company) if company else None

    def add(field: str, value: str, line: str) -> None:
        lines.append(line)
        result.facts.append(make_fact(kind, field, value, url, line))

    for pid, (label, field) in properties.items():
        claims = _claims(entity, pid, labels)
        if pid in ("P169", "P108", "P39"):
            current = [c for c in claims if c.end is None]
            past = [c for c in claims if c.end is not None]
        else:
            current, past = claims, []
        if pid == "P1128" and claims:
            # The preferred (or latest dated) head count, not every yearly figure.
            dated = sorted(claims, key=lambda c: c.when or "", reverse=True)
            current = [claims[0] if claims[0].rank == "preferred" else dated[0]]
        for claim in current:
            line = f"{label}: {claim.value}" + (f" ({claim.when})" if claim.when else "") + (
                f" (since {claim.start})" if claim.start else "")
            if pid == "P169":
                add(field, f"{claim.value}, chief executive officer", line)
            elif pid == "P112":
                add(field, f"{claim.value}, founder", line)
            elif pid == "P108" and employer is not None and employer.search(claim.value):
                add(field, company or claim.value, line)
            else:
                add(field, claim.value, line)
            if pid == "P856" and not have_website and claim.value.startswith("http"):
                result.seeds.append(claim.value)
        for claim in past:
            line = f"{label}: {claim.value} (until {claim.end})"
            if pid == "P108":
                add("previous_employer", claim.value, line)
            elif pid == "P169":
                lines.append(line)  # a former chief executive: context, not leadership today
            else:
                add("previous_title" if pid == "P39" else field, claim.value, line)
    title = _label(entity) or item_id
    description = _description(entity)
    if description:
        lines.insert(0, f"description: {description}")
        if kind == "company":
            result.facts.append(make_fact(kind, "description", description, url,
                                          f"description: {description}"))
    result.sources.append(Source(
        url=url, title=title, kind="wikidata", fetched_at=now(),
        description=description or None, text="\n".join(lines),
    ))
    result.entity = item_id
