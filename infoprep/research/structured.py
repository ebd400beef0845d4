"""JSON-LD (schema.org) items as statements: one line of text per property, e.g.
`Lumenfold Energy (Organization) foundingDate: 2016`, so facts from structured data can quote
a line that the source's text holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .extract import iter_jsonld, jsonld_types
from .text import squeeze
from .types import ExtractedPage

__all__ = [
    "ARTICLE_TYPES",
    "PERSON_TYPES",
    "Statement",
    "items_of",
    "org_names",
    "property_values",
    "statements",
    "value_text",
]

_ORG_TYPES = {"organization", "corporation", "localbusiness", "ngo", "onlinebusiness",
              "educationalorganization", "governmentorganization", "newsmediaorganization",
              "researchorganization", "nonprofit", "company", "store", "airline",
              "medicalorganization", "sportsorganization", "workersunion"}
PERSON_TYPES = {"person"}
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report",
                 "scholarlyarticle", "techarticle", "analysisnewsarticle", "opinionnewsarticle",
                 "socialmediaposting", "posting", "pressrelease"}
_EVENT_TYPES = {"event", "educationevent", "businessevent", "socialevent", "conference"}
_PRODUCT_TYPES = {"product", "softwareapplication", "webapplication", "mobileapplication",
                  "service"}


@dataclass(frozen=True)
class Statement:
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


def _item_kind(item: dict[str, Any]) -> str | None:
    types = jsonld_types(item)
    for kind, group in (("organization", _ORG_TYPES), ("person", PERSON_TYPES),
                        ("article", ARTICLE_TYPES), ("event", _EVENT_TYPES),
                        ("product", _PRODUCT_TYPES)):
        if types & group:
            return kind
    return None


def items_of(page: ExtractedPage, types: set[str]) -> list[dict[str, Any]]:
    return [item for item in iter_jsonld(page.jsonld) if jsonld_types(item) & types]


def statements(page: ExtractedPage) -> list[Statement]:
    statements: list[Statement] = []
    seen: set[str] = set()
    for item in iter_jsonld(page.jsonld):
        kind = _item_kind(item)
        if kind is None:
            continue
        label = value_text(item.get("name") or item.get("headline")) or "item"
        type_name = sorted(jsonld_types(item))[0].capitalize() if jsonld_types(item) else kind
        raw_type = item.get("@type")
        if isinstance(raw_type, str):
            type_name = re.split(r"[/:#]", raw_type)[-1]
        for prop in _STATEMENT_PROPS[kind]:
            for value in property_values(item.get(prop), prop):
                text = f"{squeeze(label)} ({type_name}) {prop}: {value}"
                if text not in seen:
                    seen.add(text)
                    statements.append(Statement(item, kind, prop, value, text))
    return statements


def property_values(raw: Any, prop: str) -> list[str]:
    """A JSON-LD property's values as text (names of nested things, places as addresses)."""
    items = raw if isinstance(raw, list) else [raw]
    values: list[str] = []
    for item in items[:20]:
        text = value_text(item, prop)
        if text and text not in values:
            values.append(text)
    return values


def value_text(item: Any, prop: str = "") -> str:
    if isinstance(item, str):
        return squeeze(item)[:400]
    if isinstance(item, int | float) and not isinstance(item, bool):
        return str(item)
    if not isinstance(item, dict):
        return ""
    types = jsonld_types(item)
    if "postaladdress" in types or prop == "address" or "addressLocality" in item:
        parts = [value_text(item.get(k)) for k in
                 ("addressLocality", "addressRegion", "addressCountry")]
        place = ", ".join(p for p in parts if p)
        if place:
            return place
    if "quantitativevalue" in types or "value" in item or "minValue" in item:
        if item.get("value") is not None:
            return value_text(item.get("value"))
        low, high = item.get("minValue"), item.get("maxValue")
        if low is not None or high is not None:
            return "–".join(str(v) for v in (low, high) if v is not None)
    if prop in ("employee", "employees", "member", "founder", "founders", "performer") and \
            item.get("jobTitle"):
        return f"{value_text(item.get('name'))}, {value_text(item.get('jobTitle'))}"
    for key in ("name", "headline", "legalName", "alternateName"):
        text = value_text(item.get(key))
        if text:
            return text
    address = item.get("address")
    return value_text(address, "address") if address is not None else ""


def org_names(raw: Any) -> list[str]:
    return [v for v in property_values(raw, "worksFor") if v]
