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
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from ..dates import date_in
from ..models import Fact, Source
from .career import (
    DATE,
    career_facts,
    education_facts,
    first_name,
    first_person,
    full_headline,
    interview_facts,
    iso_date,
    page_voice,
    post_facts,
    resume_facts,
    talk_facts,
    talk_list_facts,
    talk_page_facts,
)
from .patterns import (
    AFFILIATION,
    CUSTOMERS,
    EDUCATION_CUE,
    FOUNDED,
    FUNDING,
    HQ,
    LEAD_WORD,
    LEADER_AFTER,
    LEADER_BEFORE,
    LOCATION,
    LOCATIONS,
    MISSION,
    MISSION_CLAUSE,
    NEWS,
    ORG,
    ORG_HEAD,
    PAST,
    ROUND,
    SCHOOL,
    SIZE,
    TITLE_RE,
    TITLE_WORD,
    TOPICS,
    WRITING,
    founding_pattern,
    looks_like_name,
    products_pattern,
    quoted_speech,
    titled_work,
    trim_org,
    trim_phrase,
    trim_place,
)
from .structured import (
    ARTICLE_TYPES,
    PERSON_TYPES,
    items_of,
    org_names,
    property_values,
    statements,
    value_text,
)
from .text import (
    company_core,
    company_pattern,
    name_pattern,
    norm,
    sentence_spans,
    squeeze,
    surname,
)
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

COMPANY_FIELDS = ("description", "founded", "headquarters", "locations", "size", "leadership",
                  "products", "customers", "funding", "news", "mission")
PERSON_FIELDS = ("title", "employer", "tenure", "previous_employer", "previous_role",
                 "education", "degree", "talks", "posts", "publications", "interviews", "topics",
                 "location")

Subject = Literal["person", "company"]
_MAX_VALUE = 240


def fact_id(subject: str, field: str, value: str, source_url: str) -> str:
    """A stable id: the same statement from the same source always gets the same id."""
    key = "\x1f".join((subject, field, norm(value), source_url))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def make_fact(subject: Subject, field: str, value: str, source_url: str, quote: str) -> Fact:
    """A Fact with its stable id; value whitespace squeezed, quote kept exactly."""
    value = squeeze(value)
    if len(value) > _MAX_VALUE:
        cut = value[: _MAX_VALUE - 1]
        if value[_MAX_VALUE - 1].isalnum() and " " in cut:
            cut = cut.rsplit(" ", 1)[0]  # never inside a word
        value = cut.rstrip(" ,;:") + "…"
    return Fact(
        id=fact_id(subject, field, value, source_url), subject=subject, field=field,
        value=value, source_url=source_url, quote=quote,
    )


def page_text(page: ExtractedPage) -> str:
    """The text to keep as the page's Source text: the main text, then the title, the
    description and the JSON-LD statements that it lacks. Every quote of `page_facts` is an
    exact substring of it."""
    parts = [body_text(page)]
    extra: list[str] = []
    for line in (page.title, page.description or ""):
        line = squeeze(line)
        if line and line not in parts[0] and line not in extra:
            extra.append(line)
    for statement in statements(page):
        if statement.text not in extra:
            extra.append(statement.text)
    return "\n\n".join(p for p in (parts[0], "\n".join(extra)) if p)


def body_text(page: ExtractedPage) -> str:
    """The page's main text, then the visible passages the main text lost."""
    main = page.main_text.strip()
    more = page.more_text.strip()
    return f"{main}\n{more}" if main and more else main or more


def _fact_text(page: ExtractedPage) -> str:
    """What sentence patterns read: the main text and the lost passages that are prose
    (a hero banner's sentence), not table rows or cards, which stay evidence only."""
    prose = [line for line in page.more_text.splitlines()
             if re.search(r"[.!?][\"”’)]?$", line) and len(line.split()) >= 6]
    main = page.main_text.strip()
    return "\n".join(p for p in (main, *prose) if p)


def page_source(page: ExtractedPage, fetched_at: str = "") -> Source:
    """The Source record of a page, its text being `page_text(page)`."""
    return Source(
        url=page.url, title=page.title, kind=page.kind, fetched_at=fetched_at,
        published=page.published, description=page.description, text=page_text(page),
    )


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
    for item in items_of(page, PERSON_TYPES):
        if not _same_name(item.get("name"), names):
            continue
        for employer in org_names(item.get("worksFor")) + org_names(item.get("affiliation")):
            if org.search(employer):
                return Attribution("same", f"{person} works for {employer} (structured data)")
    if org.search(text):
        return Attribution("same", f"the page names {person} and {company}")
    terms = [t for t in context if t and len(t) > 2]
    for term in terms:
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            return Attribution("same", f"the page names {person} and {term}")
    for item in items_of(page, PERSON_TYPES):
        if _same_name(item.get("name"), names):
            others = org_names(item.get("worksFor")) + org_names(item.get("affiliation"))
            if others:
                return Attribution("other", f"{person} here works for {others[0]}, not {company}")
    for sentence in _person_sentences(text, names, surname(person)):
        for match in AFFILIATION.finditer(sentence):
            found = trim_org(match.group("org"))
            if found and not org.search(found):
                return Attribution("other", f"{person} here is tied to {found}, not {company}")
    return Attribution("unknown", f"the page names {person} but nothing ties them to {company}")


def _same_name(value: Any, names: re.Pattern[str]) -> bool:
    return isinstance(value, str) and bool(names.fullmatch(squeeze(value)))


def _person_sentences(text: str, names: re.Pattern[str], surname: str | None) -> Iterator[str]:
    for start, end in _person_spans(text, names, surname):
        yield text[start:end]


def _person_spans(
    text: str, names: re.Pattern[str], surname: str | None, first: str | None = None,
    voice: bool = False,
) -> list[tuple[int, int]]:
    """Sentences naming the person, and the run of sentences right after one in the same
    paragraph that go on with a pronoun, the surname or the first name. On a page in the
    person's own voice (`voice`), every first-person sentence too."""
    spans = sentence_spans(text)
    own = [re.escape(w) for w in (surname, first) if w]
    starts = re.compile(
        rf"^[\"“]?(?:(?:Before|After|Since|Today|Now|Later|Then|In\s+\d{{4}}|Previously),?\s+)?"
        rf"(?:She|He|They|Her|His|Their{''.join('|' + w for w in own)})\b"
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
        elif first and re.match(rf"^[\"“]?{re.escape(first)}\b", sentence) and \
                not re.match(rf"^{re.escape(first)}\s+[A-Z]", sentence):
            chosen.append((start, end))  # a new paragraph about "Jordan"
            in_run = True
        elif voice and first_person(sentence) and not quoted_speech(sentence):
            # the writer's own "I", not the words of someone the writer quotes
            chosen.append((start, end))
            in_run = False
        else:
            in_run = False
        last_end = end
    return chosen


_HEADING_WORDS = re.compile(
    r"^(?:our\s+|the\s+|about\s+)?(?:mission|vision|values|purpose|story|team|people|"
    r"leadership|about(?:\s+us)?|products?|services|customers|clients|news|press|careers|"
    r"jobs|contact(?:\s+us)?|locations?|history|overview|home|blog|talks|speaking|writing|"
    r"posts|articles|publications|projects|work|now|archive|events)$", re.IGNORECASE)
_BYLINE_VALUE = re.compile(
    r"^(?:by|posted\s+by|written\s+by|posted|updated|published)\b|\s·\s|\bmin(?:ute)?s?\s+read\b"
    r"|^(?:I'm|I’m|I am|Hi|Hello|Meet)\b", re.IGNORECASE)
# Fields whose value is a short noun phrase: a longer value is a sentence caught whole.
_SHORT_FIELDS = {"founded": 6, "headquarters": 10, "size": 8, "funding": 10, "title": 12,
                 "employer": 8, "previous_employer": 8, "education": 12, "location": 10,
                 "leadership": 16, "tenure": 4}


def clean_value(value: str) -> str:
    """A value squeezed, without list markers, wrapping quotes or a closing full stop, its
    HTML character references decoded (`rock n&#039; roll`, escaped twice in a page's
    markup, reads `rock n' roll`)."""
    if re.search(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});", value):
        value = html.unescape(value)
    value = squeeze(value)
    value = re.sub(r"^(?:[-•*–]\s+|\d+\.\s+)", "", value)
    value = value.strip(" ,;:-–—")
    if len(value) > 2 and value[0] in "\"“" and value[-1] in "\"”" and \
            value.count('"') + value.count("“") + value.count("”") == 2:
        value = value[1:-1].strip()
    return value.removesuffix(".")


def junk_value(field: str, value: str) -> bool:
    """Whether a value is no fact: a heading alone (`Our mission`), a byline, a greeting, or
    a whole passage where a short phrase belongs."""
    if _HEADING_WORDS.match(value) or _BYLINE_VALUE.search(value):
        return True
    if field in ("title", "employer", "previous_employer", "leadership") and (
            re.match(r"^(?:with|from|at|in|on|for|and|by|of|to|the\s+same)\b|^\d", value)
            or "|" in value or "@" in value):
        return True
    if re.search(r"\s(?:of|for|and|the|at|with|in|to)$", value):
        return True  # cut short: "Maren Okafor, Head of"
    if field in ("title", "employer", "previous_employer", "leadership") and (
            re.search(r"\s,|^,", value) or re.match(r"(?:head|lead|team|staff)$", value,
                                                      re.IGNORECASE)):
        return True  # a word left out ("Introducing , New CEO"), or no title ("head")
    if field == "topics" and re.match(
            r"(?:that|this|these|those|it|them|him|her|us|me|you|everything|anything|"
            r"something|nothing|all\s+of\s+(?:it|this|that)|what|which|why)\b", value,
            re.IGNORECASE):
        return True  # "I'll write about that another time": no topic named
    words = len(value.split())
    return words > _SHORT_FIELDS.get(field, 40)


_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Z-]{1,7}|Ph\.?D\.?|M\.?D\.?|Dr\.?)$")
_PARENTHETICAL = re.compile(r"\s*\([^()]{1,60}\)")


def clean_title(value: str, org: re.Pattern[str] | None = None) -> str:
    """A job title without the credentials before it, a parenthetical or the employer
    after it: `AICP, Principal Planner, City of Port Alder (moderator)` -> `Principal
    Planner`."""
    value = _PARENTHETICAL.sub("", value)
    # "now a staff scientist": the title, without the word saying it is the present one
    value = re.sub(r"^(?:now|currently|today)\s+(?:(?:an?|the)\s+)?", "", value,
                   flags=re.IGNORECASE)
    parts = [p.strip() for p in value.split(",")]
    while len(parts) > 1 and _CREDENTIAL.match(parts[0]) and not TITLE_RE.fullmatch(parts[0]):
        parts.pop(0)
    if org is not None:
        parts = [re.sub(rf"\s+(?:at|with|for)\s+(?:the\s+)?(?:{org.pattern}).*$", "", part,
                        flags=re.IGNORECASE) for part in parts]
        for i, part in enumerate(parts[1:], start=1):
            if org.search(part) and not TITLE_RE.search(part):
                parts = parts[:i]
                break
    # A unit of the employer after the title: `Interpretation supervisor, Ironfern Cove
    # State Park` (the title's area stays: `Vice President, Grid Reliability`).
    for i, part in enumerate(parts[1:], start=1):
        if ORG_HEAD.search(part) and not TITLE_RE.search(part):
            parts = parts[:i]
            break
    return ", ".join(p for p in parts if p)


_DANGLING = re.compile(r"(?:[\s,;:–—-]+(?:and|or|but|of|for|the|a|an|in|at|to|with|on|by|"
                       r"from|our|its|their|as))+[\s,;:–—-]*$|[\s,;:–—-]+$", re.IGNORECASE)


def whole_words(value: str, quote: str) -> str:
    """A value that ends inside a word of its quote (a pattern's length cap cut `… Singapore
    and Sydne` from "Sydney") ends at the last whole word instead, without the words left
    dangling (`and`), and with `…` to say it was cut; "" when no whole word is left."""
    if not value or not value[-1].isalnum():
        return value
    flat = squeeze(quote)
    ends = [m.end() for m in re.finditer(re.escape(value), flat)]
    if not ends or any(end == len(flat) or not flat[end].isalnum() for end in ends):
        return value  # not quoted as it is (rewritten), or it ends where a word ends
    cut = _DANGLING.sub("", re.sub(r"\w+$", "", value))
    return f"{cut}…" if re.search(r"\w", cut) else ""


class _Collector:
    def __init__(self, url: str, org: re.Pattern[str] | None = None) -> None:
        self.url = url
        self.org = org
        self.facts: list[Fact] = []
        self._ids: set[str] = set()

    def add(self, subject: str, field: str, value: str, quote: str) -> None:
        if field == "title":
            value = clean_title(squeeze(value), self.org)
        value = whole_words(clean_value(value), quote)
        if not value or not quote or subject not in ("person", "company") or \
                junk_value(field, value):
            return
        fact = make_fact(cast(Subject, subject), field, value, self.url, quote)
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
    out = _Collector(page.url, org)
    about_person = attribution.verdict != "other"
    main = _fact_text(page)
    first = first_name(person)
    newsy = _news_listing(page)
    headlines = _dated_headlines(out, page, main, org, company_site) if newsy else 0
    _company_sentences(out, main, org, names, company_site,
                       sentence_news=newsy and not headlines, article=is_article(page))
    if page.kind != "profile":
        _team_lines(out, main, names, org, about_person, company)
    if company_site:
        _product_cards(out, page, main, org)
    _news_page(out, page, text, org)
    if about_person:
        voice = page.kind != "profile" and page_voice(page, main, names, first)
        _person_sentences_facts(out, main, names, org, company, surname(person), first, voice)
        if page.kind == "profile":
            _profile_facts(out, main, names, org, company)
        _authored(out, page, text, names)
        if voice:
            talk_list_facts(out.add, page, main)
            resume_facts(out.add, main, org, company)
        if voice or names.search(page.title):
            _topic_lists(out, page, main)
        _focus_cells(out, main, names)
        if (page.kind != "profile" and not talk_page_facts(out.add, page, main, names)
                and not interview_facts(out.add, page, main, names, full_text=text)):
            headline = next((value_text(item.get("headline")) for item in
                             items_of(page, ARTICLE_TYPES) if item.get("headline")), None)
            post_facts(out.add, page, main, names, headline, full_text=text)
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
    if re.fullmatch(rf"(?:About(?:\s+us)?|Welcome\s+to|Meet|Inside)\s+(?:{org.pattern})",
                    page.title.strip(), re.IGNORECASE):
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
        value = norm(fact.value)
        extended = any(
            other is not fact and other.subject == fact.subject and other.field == fact.field
            and norm(other.value).startswith(value + " ")
            for other in facts
        )
        if not extended:
            kept.append(fact)
    return kept


def _company_sentences(out: _Collector, text: str, org: re.Pattern[str],
                       names: re.Pattern[str], own: bool, sentence_news: bool = False,
                       article: bool = False) -> None:
    """Company facts from sentences about it. News sentences count only on a news page
    that lists no dated headlines (`sentence_news`): elsewhere a dated sentence is history.
    `article`: the page is an article (see `is_article`)."""
    since_mention = 99  # sentences since the company was last named
    other_since = False  # another organisation named since
    products = products_pattern(org)
    nouns = org_nouns(text, org)
    founding = founding_pattern(org, nouns)
    the_org = re.compile(r"\b[Tt]he\s+(?:company|firm|startup|start-up|business"
                         + "".join("|" + re.escape(n) for n in nouns) + r")\b")
    our = re.compile(r"\b[Oo]ur\s+(?:company|firm|startup|start-up|business"
                     + "".join("|" + re.escape(n) for n in nouns) + r")\b")
    other_topic = False  # a sentence since the company was the subject defined something else
    other_company = False  # another company introduced since the company was named
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        mentions = org.search(_without_dateline(sentence, org))
        # "The company's founder …" after another firm was named speaks of that firm.
        other_since = not mentions and (other_since or _names_other_org(sentence, org))
        # "It" speaks of the topic: not the company's once a sentence has said what something
        # else is ("The programme is a 12-month …. It was started in 2024": its start).
        it = bool(re.match(r"^(?:It|Its)\b", sentence))
        # "the company's field teams" after a partner company was introduced is the partner's.
        if not mentions:
            other_company = other_company or _introduces_other_org(sentence, org)
        continued = since_mention <= 3 and not other_company and bool(
            (it and not other_topic) or the_org.search(sentence))
        heading = len(sentence.split()) < 8 and not sentence.endswith((".", "!", "?", ":"))
        if not heading and not (it and continued):
            if _org_subject(sentence, org, the_org, our, own):
                other_topic = False
            elif _DEFINITION.match(sentence):
                other_topic = True
        # In an article, a "we" inside quotation marks is the speaker's, not the site's.
        spoken = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", sentence) if article else sentence
        we = own and re.search(r"\b(?:We|we|Our|our|us)\b", spoken)
        if mentions or we:
            since_mention = 0
            other_company = _introduces_other_org(
                sentence[mentions.end():] if mentions else sentence, org)
        elif not heading:
            since_mention += 1
        if not (mentions or we or continued):
            # "said chief executive Pieter Vos" right after the company is named; on the
            # company's own pages anywhere, but not in an article, whose people (a news
            # site's, or those a press release quotes) belong to other organisations.
            if ((own and not article) or (since_mention <= 2 and not other_since)) and \
                    len(sentence) <= 600:
                _leaders(out, sentence, org, named=False)
            continue
        other_since = other_since or _names_other_org(sentence[mentions.end():] if mentions
                                                      else sentence, org)
        if len(sentence) > 600:
            continue
        names_person = bool(names.search(sentence))
        for match in FOUNDED.finditer(sentence):
            if (not _subject_is_person(sentence, match.start(), names) or mentions) and \
                    _founding_of_org(sentence, match, org, the_org, our):
                out.add("company", "founded", match.group("year"), sentence)
        for match in founding.finditer(sentence):
            out.add("company", "founded", _year(match.group("year") or match.group("year2")),
                    sentence)
        for match in HQ.finditer(sentence):
            if names_person and _subject_is_person(sentence, match.start(), names):
                continue
            word_before = sentence[: match.start()].split()[-1:]
            if word_before and re.fullmatch(r"[a-z]+s", word_before[0]) and \
                    word_before[0] not in ("is", "was", "has", "us", "as"):
                continue  # "agronomists based in Iowa": people, not the head office
            place = trim_place(match.group("place"))
            if place and not org.fullmatch(place):
                out.add("company", "headquarters", place, sentence)
        for match in SIZE.finditer(sentence):
            size = match.group("size") or match.group("size2") or match.group("size3")
            if match.group("size3") and re.search(
                    r"\b(?:[a-z]+\s+){1,3}team\s+of\s+$",
                    sentence[: match.start("size3")], re.IGNORECASE) and not re.search(
                    r"\b(?:our|the|a)\s+team\s+of\s+$", sentence[: match.start("size3")],
                    re.IGNORECASE):
                continue  # "our youth services team of 16": one team, not the whole company
            if _LAYOFF.search(sentence[max(0, match.start() - 60) : match.start()]) or \
                    _LAYOFF_AFTER.match(sentence[match.end():]):
                continue  # "cut thousands of employees": a change, not the headcount
            if size and re.search(r"\d|hundreds|thousands|dozens", size, re.IGNORECASE):
                out.add("company", "size", size, sentence)
        for match in products.finditer(sentence):
            if names_person and _subject_is_person(sentence, match.start(), names):
                continue
            if _in_quotation(sentence, match.start()) and (not own or article):
                continue  # a remark someone made: "we build our own satellites," said …
            what = product_phrase(match.group("what"))
            if what and not _NOT_PRODUCT.match(what) and not org.fullmatch(what):
                out.add("company", "products", what, sentence)
        for match in CUSTOMERS.finditer(sentence):
            if (match.group("who2") or match.group("who3")) and not _said_of_company(
                    sentence[:match.start()], org, own):
                continue  # "a Volunteer of the Year, chosen by staff": not the company's users
            if _in_quotation(sentence, match.start()) and (not own or article):
                continue
            who = match.group("who") or match.group("who2") or match.group("who3")
            who = trim_phrase(who)
            if match.group("who") and not re.search(r"[A-Z0-9]|\b\w+s\b", who):
                continue  # "our partners are top notch": praise, not who they are
            out.add("company", "customers", who, sentence)
        for match in FUNDING.finditer(sentence):
            value = match.group("amount").strip()
            round_ = match.group("round") or _group(ROUND.search(sentence), "round")
            if not round_ and _fundraiser(value, sentence):
                continue  # "Open house raises $38,000 for pet food shelf": a fundraiser
            out.add("company", "funding", f"{value} {round_}" if round_ else value, sentence)
        if MISSION.search(sentence):
            clause = MISSION_CLAUSE.search(sentence)
            if clause:
                out.add("company", "mission", clause.group("what") or clause.group("what2"),
                        sentence)
        for match in LOCATIONS.finditer(sentence):
            if names_person and _subject_is_person(sentence, match.start(), names):
                continue
            places = [trim_place(p) for p in re.split(r",\s+(?:and\s+)?|\s+and\s+",
                                                      match.group("places"))]
            places = [p for p in places if p and not org.fullmatch(p)]
            if len(places) >= 2 or re.match(r"offices?|locations?|sites?", match.group(0)):
                out.add("company", "locations", ", ".join(places), sentence)
        if sentence_news and mentions and NEWS.search(sentence) and \
                re.search(r"\b(?:19|20)\d{2}\b", sentence):
            out.add("company", "news", sentence, sentence)
        if mentions and re.match(rf"^(?:{org.pattern})\s*(?:,[^,]{{0,80}},\s*)?(?:is|was)\s+"
                                 r"(?:a|an|the|one)\b", sentence, re.IGNORECASE):
            out.add("company", "description", sentence, sentence)
        if mentions or we or not other_since:
            _leaders(out, sentence, org, named=bool(mentions))


def _org_subject(sentence: str, org: re.Pattern[str], the_org: re.Pattern[str],
                 our: re.Pattern[str], own: bool) -> bool:
    """Whether the sentence's subject is the company: its name, "the company" (or what the
    page calls it), or on its own site "we" / "our company", as one of the first words
    (`In 2013 the group was formed`, `Zurich reinsurer Limmat Re has signed …`)."""
    head = " ".join(re.sub(r"^[^,]{0,40},\s+", "", sentence).split()[:6])
    found = org.search(head) or the_org.search(head) or (
        re.search(r"\b[Ww]e\b", head) or our.search(head) if own else None)
    return found is not None and len(head[: found.start()].split()) <= 3


# A sentence saying what its subject is: "The ISL Clinical Mentorship Programme is a …".
_DEFINITION = re.compile(
    r"^(?:(?:The|Our|This|That|An?)\s+)?(?:[\w&'’./-]+\s+){0,6}?(?:is|was|are|were)\s+"
    r"(?:an?|the|one\s+of)\s")

_FOUNDED_SUBJECT_GAP = re.compile(
    r"(?:['’]s?\s+(?:story|history|roots)\s*)?\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,]{0,80},\s*)?"
    r"(?:(?:is|was|are|were|has\s+been|became)\s+(?:a|an|the|one\s+of\s+the)\s+"
    r"(?:[\w'’-]+\s+){0,5}?)?(?:(?:which|that)\s+)?")


def _founding_of_org(sentence: str, match: re.Match[str], org: re.Pattern[str],
                     the_org: re.Pattern[str], our: re.Pattern[str]) -> bool:
    """Whether a founding the sentence states ("… founded in 1961") is the company's own:
    the company ("we", "the company", "It") is what was founded, the subject right before
    the verb with at most an apposition or "is a <noun>" between (`Limmat Re is a Zurich
    reinsurer founded in 1961`), the verb's object (`Ana founded Limmat Re in 1961`), or the
    subject after an opening `Founded in 1961, …`; not a programme, a partner or a product
    the sentence names (`its mentorship programme was started in 2024`)."""
    refs = [m for pattern in (org, the_org, our, re.compile(r"\b[Ww]e\b|^It\b"))
            for m in pattern.finditer(sentence[: match.start()])]
    if refs:
        last = max(refs, key=lambda m: m.end())
        if _FOUNDED_SUBJECT_GAP.fullmatch(sentence[last.end() : match.start()]):
            return True
    verb = re.match(r"(?:founded|established|incorporated)\s+(?:the\s+)?", sentence[match.start():],
                    re.IGNORECASE)
    if verb and org.match(sentence, match.start() + verb.end()):
        return True
    rest = sentence[match.end():]
    return not sentence[: match.start()].strip() and bool(re.match(
        rf"\s*,\s*(?:(?:{org.pattern})|{the_org.pattern}|{our.pattern}|[Ww]e\b)", rest))


def _without_dateline(sentence: str, org: re.Pattern[str]) -> str:
    """A sentence without the news agency's dateline before it (`(Harbor Wire) —`,
    `PORT ALDER (Harbor Wire) -`): the publisher's label, not a mention of it."""
    found = re.match(r"^\s*(?:[A-Z][A-Z .,'-]{1,40}\s*)?\((?P<by>[^()]{1,40})\)\s*(?:[-—–]\s*)?",
                     sentence)
    return sentence[found.end():] if found and org.fullmatch(found.group("by").strip()) \
        else sentence


_NOT_ORG_CAPS = {"US", "UK", "EU", "UN", "CEO", "CFO", "COO", "CTO", "VP", "AM", "PM", "TV",
                 "OK", "AI", "IT", "HR", "PR", "USA", "GDP", "ID", "II", "III", "IV", "Q&A",
                 "FAQ", "PDF", "AP"}


def _names_other_org(text: str, org: re.Pattern[str]) -> bool:
    """Whether the text names an organisation other than the company: an acronym (`PG&E`,
    `SNC`) or capitalised words ending in an organisation's word (`Ferrow Port Authority`)."""
    for found in re.finditer(r"\b[A-Z][A-Z&]*[A-Z]\b", text):
        word = found.group(0)
        if word not in _NOT_ORG_CAPS and not org.search(word) and not text.isupper():
            return True
    for found in re.finditer(r"(?:[A-Z][\w&'’.-]*\s+)+(?:Inc|LLC|Ltd|Corp|Corporation|Company|"
                             r"Group|Bank|Authority|Agency|Foundation|Partners|Holdings|Capital|"
                             r"Ventures|Labs|Technologies|Systems)\b", text):
        if not org.search(found.group(0)):
            return True
    return _introduces_other_org(text, org)


def _introduces_other_org(text: str, org: re.Pattern[str]) -> bool:
    """Whether the text says that a name other than the company's is an organisation, which
    "the company" may then speak of: "start-up Kyma Analytics", "Kyma Analytics, an Athens
    company", "Kyma Analytics was founded in 2021"."""
    for found in _ORG_CUE.finditer(text):
        name = re.sub(r"^(?:(?:The|A|An|Our|Its|Their)\s+)+", "",
                      found.group("n") or found.group("n2") or found.group("n3") or "")
        if name and not org.search(name) and not _ORG_WORD.fullmatch(name.lower()) and \
                name.split()[0] not in _NOT_OWNER and name not in ("It", "This", "That"):
            return True
    return False


_ORG_WORD = re.compile(
    r"(?:start-?up|company|firm|business|agency|vendor|supplier|provider|partner|subsidiary|"
    r"rival|competitor|manufacturer|maker|consultancy|organi[sz]ation|insurer|reinsurer|"
    r"charity|non-?profit|cooperative|co-op|retailer|publisher|developer)s?")
_CAP_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|de)\s+)?[A-Z][\w&'’.-]*){0,4}"
_ORG_CUE = re.compile(
    rf"\b{_ORG_WORD.pattern}\s+(?P<n>{_CAP_NAME})"
    rf"|(?P<n2>{_CAP_NAME}),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_ORG_WORD.pattern}"
    r"(?![\w'’])"
    rf"|(?P<n3>{_CAP_NAME})\s+(?:(?:was|were|has\s+been)\s+(?:founded|established|"
    r"incorporated|acquired)|employs|is\s+headquartered)\b")


_LAYOFF = re.compile(
    r"\b(?:cut|cuts|cutting|lay(?:ing)?\s+off|laid\s+off|lays\s+off|fire[sd]?|firing|shed|"
    r"sheds|shedding|furlough\w*|eliminat\w+|slash\w*|axe[sd]?|axing|hir(?:e|es|ed|ing)|add(?:s|ed|ing)?|"
    r"recruit\w*|relocat\w+|affect\w*|lose|losing|lost|job\s+cuts?\s+(?:for|of)|layoffs?\s+"
    r"(?:of|for))\b(?:\s+\S+){0,4}?\s*$", re.IGNORECASE)
_LAYOFF_AFTER = re.compile(
    r"\s+(?:(?:will|would|could|may|have|had|were|are)\s+)?(?:be\s+|been\s+)?"
    r"(?:lost|lose|losing|laid\s+off|cut|fired|furloughed|affected|let\s+go)\b", re.IGNORECASE)


_ARTICLE_NOUN = re.compile(
    r"\s*(?:,[^,]{0,80},\s*)?(?:is|was)\s+(?:a|an|the|one\s+of\s+the)\s+"
    r"(?P<phrase>(?:[\w'’-]+\s+){0,4}?[a-z][\w-]+)"
    r"(?=\s+(?:of|for|in|on|at|that|which|who|with|from|serving|making|based|"
    r"registered|and|since|where)\b|\s*[,.;:]|$)")


_REST_OF_NAME = re.compile(r"(?:[ \t]+(?-i:[A-Z][\w&'’.-]*))*")


def org_nouns(text: str, org: re.Pattern[str]) -> list[str]:
    """What the page calls the organisation when it says what it is: "Port Alder is a
    waterfront city of …" gives `city`, "Brennick is a family-owned machine shop making …"
    gives `shop`, so "the city" and "the shop" speak of it too."""
    nouns: list[str] = []
    for match in org.finditer(text):
        # the rest of the name a shorter pattern left out ("Dublin Bay Hospital| Group")
        rest = _REST_OF_NAME.match(text, match.end())
        found = _ARTICLE_NOUN.match(text, rest.end() if rest else match.end())
        if found:
            noun = found.group("phrase").split()[-1].lower()
            if len(noun) > 2 and noun not in nouns:
                nouns.append(noun)
    return nouns


def _year(value: str) -> str:
    """The year of "March 2019" or "2019"."""
    found = re.search(r"\d{4}", value)
    return found.group(0) if found else value


_DOCUMENT = re.compile(
    r"\b(?:reports?|documentation|documents?|paperwork|certificates?|certifications?|"
    r"records?|quotes?|invoices?|forms?|statements?|newsletters?|brochures?|datasheets?)$",
    re.IGNORECASE)


def product_phrase(what: str) -> str:
    """What a company makes as a noun phrase, or "" when it is none. A named product keeps
    its description (`Tempo, a software platform that …`); an unnamed one loses the relative
    clause and a tagline's colon (`wines that taste like a cool lake summer: …` -> `wines`),
    and then a lone common noun (`wines`) or paperwork (`inspection reports on request`) is
    refused."""
    phrase = trim_phrase(what)
    # "batteries, ear cushions and charging cases, and publish repair guides": the list ends
    # where a second verb of the company's begins.
    phrase = re.split(r",?\s+and\s+(?=(?:also\s+)?(?:publish|run|help|work|operate|host|"
                      r"support|train|maintain|manage|serve|partner|deliver|repair|install|"
                      r"teach|fund|advise|lead|share|invest|employ|ship|sell|make|build|"
                      r"design|offer|provide|develop|create|produce)\b)", phrase)[0].strip()
    if not phrase[:1].isupper():  # no name: what it is, without the praise after it
        # nor where it comes from: "reinsurance to …, from our headquarters in Zurich and …"
        phrase = re.split(r"\s+(?:that|which|who|so)\s+|\s*[:—–]\s*|,\s+(?:from|across|"
                          r"through|throughout|via)\s+", phrase)[0].strip()
    bare = re.sub(r"\s+(?:on|upon)\s+request$|\s+(?:when|if|as)\s+(?:required|needed)$", "",
                  phrase)
    if _DOCUMENT.search(bare):
        return ""
    if len(phrase.split()) == 1 and phrase.islower():
        return ""
    return phrase


_PRODUCT_PAGE = re.compile(
    r"^(?:(?:our|all)\s+)?(?:products?|services|solutions|capabilities|platform|offerings?|"
    r"what\s+we\s+(?:do|make|offer)|menu|catalog(?:ue)?|shop|store)$", re.IGNORECASE)
_NOT_CARD = re.compile(
    r"^(?:Our|The|About|Why|How|What|Where|Who|When|Meet|Contact|Pricing|Prices|Join|Get|"
    r"Find|Visit|Learn|See|From|Two|Three|More)\b")
_PRICE = re.compile(r"[$€£]\s?\d")


def _product_page(page: ExtractedPage) -> bool:
    segments = [seg.strip() for seg in re.split(r"\s+[|–—:·-]\s+", page.title)]
    first = page.headings[0] if page.headings else ""
    path = urlsplit(page.url).path.rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.\w+$", "", path).replace("-", " ")
    return any(_PRODUCT_PAGE.match(squeeze(c)) for c in (*segments[:1], first, path) if c)


def _card_name(line: str, headings: set[str], org: re.Pattern[str]) -> bool:
    """A heading that names a product: a few capitalised words, not a section heading."""
    words = line.split()
    if line not in headings or not 1 <= len(words) <= 5 or _NOT_CARD.match(line):
        return False
    if _HEADING_WORDS.match(line) or org.fullmatch(line) or TITLE_RE.search(line):
        return False  # a section, the company itself, or a job opening
    small = {"and", "of", "the", "for", "with", "de", "&"}
    return all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words)


def _short_description(paragraph: str, name: str) -> str:
    """The first clause of a card's text, without the product's name as its subject."""
    first = paragraph[: sentence_spans(paragraph)[0][1]] if sentence_spans(paragraph) else ""
    first = re.sub(rf"^{re.escape(name)}\s+(?:is|are)?\s*", "", first).strip()
    first = _PRICE.split(first)[0]
    clause = re.split(r",\s+|;\s+|\s+[—–]\s+", first)[0].strip().rstrip(".")
    if len(clause.split()) > 12:
        clause = re.split(r"\s+(?:that|which|who|where)\s+", clause)[0]
    if len(clause.split()) > 12:
        return ""
    if clause[:1].isupper() and clause[1:2].islower():
        clause = clause[0].lower() + clause[1:]
    return clause


def _product_cards(out: _Collector, page: ExtractedPage, text: str,
                   org: re.Pattern[str]) -> None:
    """Named products on the company's own pages: a heading, then a short text that says
    what it is (`Furrowlight Field` / `Furrowlight Field is a mobile app …`), that prices it
    (`Dry Riesling` / `Our flagship … $24`), or that sits on a products page; and on a
    products or services page, the short items listed under a heading."""
    headings = {squeeze(h) for h in page.headings}
    product_page = _product_page(page)
    lines = list(re.finditer(r"[^\n]+", text))
    for i, line in enumerate(lines[:-1]):
        name = squeeze(line.group(0))
        if name not in headings:
            continue
        nxt = lines[i + 1].group(0).strip()
        if product_page and nxt.startswith("- "):
            for item in lines[i + 1 :]:
                entry = item.group(0).strip()
                if not entry.startswith("- "):
                    break
                value = entry[2:].strip()
                if 1 <= len(value.split()) <= 10 and not value.endswith(".") and \
                        value[:1].isupper() | value[:1].isdigit() and not _TERMS.search(value):
                    out.add("company", "products", value, value)
            continue
        if not _card_name(name, headings, org) or squeeze(nxt) in headings or (
                TITLE_RE.search(nxt) and len(nxt.split()) <= 8):
            continue  # a person's card: their name, then their title
        after = lines[i + 2].group(0) if i + 2 < len(lines) else ""
        # "Furrowlight Field is a mobile app …", not "Groups of 6 to 25 people can book …"
        # (a section whose text starts with its heading's word).
        named = re.match(rf"{re.escape(name)}\s+(?!(?:of|for|in|on|at|with|from|to|and|or|"
                         rf"who|that)\b)[a-z]", nxt) is not None
        priced = bool(_PRICE.search(nxt) or re.fullmatch(r"\s*[$€£]\s?[\d.,]+\s*", after))
        # One word ("Hiring" / "Hiring takes three steps") names a product only when the
        # text says what it is: "Tempo is a platform …".
        defined = re.match(rf"{re.escape(name)}\s+(?:is|are)\s", nxt) is not None
        if not (named or priced or product_page) or (len(name.split()) == 1 and not defined):
            continue
        description = _short_description(nxt, name)
        spans = sentence_spans(nxt)
        end = lines[i + 1].start() + len(lines[i + 1].group(0)) - len(
            lines[i + 1].group(0).lstrip()) + (spans[0][1] if spans else len(nxt))
        quote = text[line.start() : end].strip()
        out.add("company", "products", f"{name} ({description})" if description else name,
                quote)


_INVESTMENT = re.compile(r"\b(?:funding|round|invest\w*|led\s+by|venture|capital|backed|"
                         r"financing|seed|valuation|series)\b", re.IGNORECASE)


def _in_quotation(sentence: str, at: int) -> bool:
    """Whether position `at` lies inside words the sentence quotes (an odd number of
    quotation marks before it, or it opens with one not yet closed)."""
    before = sentence[:at]
    opened = before.count("“") - before.count("”")
    straight = before.count('"') % 2
    return opened > 0 or straight == 1 or (quoted_speech(sentence) and bool(
        re.search(r"[”\"]", sentence[at:])) and not re.search(r"[“\"]", before))


def _said_of_company(before: str, org: re.Pattern[str], own: bool = True) -> bool:
    """Whether "trusted by …" follows the company or what it makes: a tagline ("Trusted by
    …", "Proudly used by …") or a clause naming the company, "we", "our" or its product."""
    if len(before.split()) <= 2:
        return own or bool(org.search(before))
    if before.rstrip().endswith(","):
        # ", chosen by …" describes the noun just before the comma ("a Baker of the Year").
        said = " ".join(before.rstrip(" ,").split()[-4:])
        pronouns = ""
    else:
        said = re.split(r"[,;:]", before)[-1]
        pronouns = r"we|we're|we’re|our|us|" if own else ""
    return bool(org.search(said) or re.search(
        rf"\b(?:{pronouns}products?|platform|software|app|tools?|services?)\b", said,
        re.IGNORECASE))


def _fundraiser(amount: str, sentence: str) -> bool:
    """Money raised for a cause rather than invested: no word of investment in the sentence
    and under a million ("$38,000 for the pet food shelf")."""
    if _INVESTMENT.search(sentence):
        return False
    if re.search(r"million|billion|bn|mn|[MB]\b|m\b", amount, re.IGNORECASE):
        return False
    digits = re.sub(r"[^\d.]", "", amount.replace(",", ""))
    try:
        return float(digits) < 1_000_000
    except ValueError:
        return False


# Terms of sale listed beside the products ("Free shipping and 45-day returns", "A two-year
# warranty on every product"): what buying is like, not what is sold.
_TERMS = re.compile(r"\b(?:warrant(?:y|ies)|free\s+(?:shipping|delivery|returns|trial)|"
                    r"\d+-day\s+returns|returns?\s+policy|refunds?|money-back|guarantee|"
                    r"price\s+match)\b", re.IGNORECASE)


# What follows "we make" that is no product: pronouns, amounts, abstractions.
_NOT_PRODUCT = re.compile(
    r"^(?:that|this|these|those|it|its|them|sure|every|each|about|around|roughly|nearly|"
    r"customers|clients|users|patients|members|partners|no|any|an?\s+apology|"
    r"more|less|fewer|up|over|under|us|you|your|people|a\s+difference|decisions?|sense|"
    r"progress|money|time|room|changes?|use|the\s+most|things|it's|it’s|\d)\b"
    # "Our products are built by contract manufacturers": how they are made, not what
    r"|^(?:\w+ed|built|made|sold|known|grown|shown|given|taken|written|done|run|found|held|"
    r"kept|used|designed|backed)\s+(?:by|in|at|for|from|with|to|on|across|under|through)\b",
    re.IGNORECASE,
)


# A title held no longer: "former CEO", "ex-president", "the late founder".
_PAST_TITLE = re.compile(
    r"\b(?:former|formerly|ex|late|onetime|one-time|erstwhile|then|previous|retired|"
    r"legendary|storied|fabled|iconic)\b[-\s]"
    r"(?:[\w&'’.-]+\s+){0,3}$", re.IGNORECASE)


def _elsewhere_after(rest: str, org: re.Pattern[str] | None) -> bool:
    """Whether the words right after a leader's title tie it to another organisation
    (`…, vice president of sales at Brightwater Ports`, `CEO and founder of Ceres Robotics`)."""
    found = re.match(r"^(?:\s+[A-Z][\w&'’.-]*)*(?:\s+(?:and|&)\s+[\w-]+)?"
                     r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’.-]+){0,3}?)?"
                     r"\s+(?:at|of|for|with)\s+(?:the\s+)?" + ORG, rest) or re.match(
        r"^,\s+" + ORG + r"\s*(?:[.,;:]|$)", rest)  # "…, Director, IIFL Securities."
    if not found or (org and org.search(found.group("org"))):
        return False
    name = found.group("org")
    return not rest.startswith(",") or bool(ORG_HEAD.search(name) or re.search(
        r"[A-Z]{2,}", name))


def _leaders(out: _Collector, sentence: str, org: re.Pattern[str] | None = None,
             named: bool = True) -> None:
    """`Name, Chief Executive Officer` and `CEO Name` in a sentence about the company
    (`named`: the sentence names it); not a title held elsewhere (`CEO of Take-Two`,
    `…, director at Stratfor`) or held no longer (`former CEO Name`)."""
    for match in LEADER_AFTER.finditer(sentence):
        if re.search(r"\bthe\s+$", sentence[: match.start()], re.IGNORECASE):
            continue  # "members of the Teen Advisory Board": a body's name, not a person's
        if not re.match(r"\S*[,\s]*(?:is|serves|became|was)\b|\S*,",
                        sentence[match.end("name") :]):
            continue  # "United Arab Emirates vice president Sheikh …": a place, then a title
        title = match.group("title")
        rest = sentence[match.end() :]
        if _PAST_TITLE.search(sentence[: match.start("title")][-60:]) or \
                _elsewhere_after(rest, org) or _owned_by_other(title, rest, org, named):
            continue
        if looks_like_name(match.group("name")):
            out.add("company", "leadership",
                    f"{match.group('name')}, {squeeze(match.group('title'))}", sentence)
    for match in LEADER_BEFORE.finditer(sentence):
        if _owned_elsewhere(sentence[max(0, match.start() - 40) : match.start()], org):
            continue
        if _PAST_TITLE.search(sentence[max(0, match.start() - 60) : match.start()]):
            continue
        if re.search(r"['’]s?$", match.group("name")):
            continue  # "President Ana Duarte's plan": the name is the possessor of a thing
        if _area_after_title(sentence, match):
            continue
        if looks_like_name(match.group("name")) and not re.search(
            r"\b(?:of|for|and|&)$", match.group("title")
        ):
            out.add("company", "leadership",
                    f"{match.group('name')}, {squeeze(match.group('title'))}", sentence)


def _area_after_title(sentence: str, match: re.Match[str]) -> bool:
    """`Vice President, Grid Reliability and Asset Management`: after a title and a comma,
    capitalised words that end the line or run on with "and" name the title's area, not a
    person (a person after a comma is said more: "our Vice President, Ana Ruiz, said")."""
    between = sentence[match.end("title") : match.start("name")]
    rest = sentence[match.end() :]
    return "," in between and bool(re.match(r"\s*(?:$|\n|(?:and|&)\s+[A-Z])", rest))


_NOT_OWNER = {"The", "A", "An", "Its", "Our", "Their", "His", "Her", "And", "But", "Former",
              "Then", "Now", "Co", "Also", "Said", "Says", "As", "When", "While", "Meanwhile"}


def _owned_elsewhere(before: str, org: re.Pattern[str] | None) -> bool:
    """Whether the capitalised name nearest before a title is another organisation's
    ("Salesforce founder and co-CEO Marc Benioff")."""
    caps = [re.sub(r"^(?:(?:" + "|".join(_NOT_OWNER) + r")\s+)+", "", c)
            for c in re.findall(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*", before)]
    caps = [c for c in caps if c and c.split()[0] not in _NOT_OWNER]
    if not caps:
        return False
    return not (org and org.search(caps[-1]))


def _owned_by_other(title: str, rest: str, org: re.Pattern[str] | None,
                    named: bool = True) -> bool:
    """Whether a title names another organisation (`CEO of Take-Two`, `president of the
    Federal Reserve Bank`); a unit of the company stays (`Vice President of Sales`) in a
    sentence that names the company (`named`); elsewhere any name after "of" is another's."""
    found = re.search(r"\s(?:of|for)\s+(?P<the>the\s+)?"
                      r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*)*)$", title)
    if not found:
        return False
    more = re.match(r"(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)*", rest)
    name = found.group("org") + (more.group(0) if more else "")
    if org is not None and org.search(name):
        return False
    return not named or bool(found.group("the") or ORG_HEAD.search(name) or
                re.search(r"-|[A-Z]{2,}|\b(?:Inc|Corp|Ltd|LLC)\b", name))


_LIST_MARK = re.compile(r"^(?:[-•*]\s+)")


def _looks_like_card_name(line: str) -> bool:
    """A name line of a card, its credentials after commas allowed (`Ruth Kessling, MD`)."""
    name = re.sub(r"(?:,\s*(?:[A-Z]{2,}[\w-]*|Dr|Jr|Sr|Ph\.?D\.?))+$", "", line.strip())
    return looks_like_name(name)


def _team_lines(out: _Collector, text: str, names: re.Pattern[str], org: re.Pattern[str],
                about_person: bool, company: str) -> None:
    """Team pages: a name on one line, the title on the next (or `Name, Title`/`Name | Title`)."""
    lines = list(re.finditer(r"[^\n]+", text))
    for i, line in enumerate(lines):
        name_line = _LIST_MARK.sub("", line.group(0).strip())
        pair: tuple[str, str, str] | None = None
        cells = [c.strip() for c in name_line.strip("| ").split(" | ")]
        if name_line.startswith("|") and len(cells) >= 2:  # a table row: | Name | Title |
            name = re.sub(r",\s*[A-Z]{2,}(?:[-,\s]+[A-Z]{2,})*$", "", cells[0])
            if looks_like_name(name) and TITLE_RE.search(cells[1]) and len(cells[1]) <= 90:
                pair = (name, cells[1], line.group(0).strip())
        elif i + 1 < len(lines) and _looks_like_card_name(name_line):
            title = _LIST_MARK.sub("", lines[i + 1].group(0).strip())
            if len(title) <= 90 and TITLE_RE.search(title) and not title.endswith("."):
                pair = (name_line, title, text[line.start() : lines[i + 1].end()].strip())
        if pair is None:
            split = re.match(r"^(?P<n>[^,|–—]{4,40}?)\s*(?:,|\||–|—| - )\s*(?P<t>[^.]{2,90})$",
                             name_line)
            if split and looks_like_name(split.group("n")) and TITLE_RE.search(split.group("t")):
                pair = (split.group("n"), split.group("t"), name_line)
        if pair is None:
            continue
        name, title, quote = pair
        if LEAD_WORD.search(title):
            out.add("company", "leadership", f"{name}, {title}", quote)
        if about_person and names.fullmatch(name):
            out.add("person", "title", title, quote)


_TOPIC_HEADING = re.compile(
    r"^(?:topics?|things\s+I\s+(?:care|write|think|talk)\s+about|interests|areas\s+of\s+"
    r"(?:focus|expertise|interest)|expertise|specialties|specialities|focus(?:\s+areas)?|"
    r"what\s+I\s+(?:work\s+on|write\s+about))$", re.IGNORECASE)


def _topic_lists(out: _Collector, page: ExtractedPage, text: str) -> None:
    """The items listed under a Topics / Things I care about / Expertise heading of a page
    by or about the person."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if not _TOPIC_HEADING.match(line.rstrip(":")):
            continue
        for item in lines[i + 1 :]:
            if not item.startswith(("- ", "• ", "* ")):
                break
            value = item[2:].strip()
            if 1 <= len(value.split()) <= 12:
                out.add("person", "topics", value, value)


def _focus_cells(out: _Collector, text: str, names: re.Pattern[str]) -> None:
    """A staff table's Focus (Expertise, Specialties …) cell on the person's row."""
    header: list[str] = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*\|[-|: ]+\|?\s*", line):
            continue  # the rule under a table's header
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if not line.lstrip().startswith("|") or len(cells) < 2:
            header = []
            continue
        if any(c.lower() == "name" for c in cells):
            header = [c.lower() for c in cells]
            continue
        if not header or len(cells) != len(header) or not names.match(cells[0]):
            continue
        for label, cell in zip(header, cells, strict=True):
            if re.fullmatch(r"focus(?:\s+areas?)?|expertise|specialt(?:y|ies)|areas?|topics|"
                            r"interests|research", label):
                for topic in re.split(r";\s*", cell):
                    if topic and len(topic.split()) <= 10:
                        out.add("person", "topics", topic, line.strip())


def _person_sentences_facts(out: _Collector, text: str, names: re.Pattern[str],
                            org: re.Pattern[str], company: str, surname: str | None,
                            first: str | None = None, voice: bool = False) -> None:
    for start, end in _person_spans(text, names, surname, first, voice):
        sentence = text[start:end]
        if len(sentence) > 600:
            continue
        _titles(out, sentence, names, org, company)
        career_facts(out.add, sentence, org, company)
        education_facts(out.add, sentence)
        talk_facts(out.add, sentence, org)
        past = PAST.search(sentence)
        for match in AFFILIATION.finditer(sentence):
            employer = trim_org(match.group("org"))
            before = sentence[: match.start()]
            said = match.group(0)[: match.start("org") - match.start()]
            if re.search(rf"\b(?:{TITLE_WORD})s\s+\w+\s+(?:the\s+)?$", said, re.IGNORECASE) \
                    and not re.search(r"\bone\s+of\s+(?:the\s+|its\s+)?$", before):
                continue  # "editors at Tor": other people's work
            if re.search(r"\b(?:that|who|which)\s+$", before) and not \
                    names.search(before[-40:]):
                continue  # "the techies that work for Best Buy": someone else works there
            # "vice president of Advanced Development Programs at Blue Origin": a unit of
            # the organisation named after it.
            unit = re.match(r"\s+(?:at|with)\s+(?:the\s+)?" + ORG,
                            sentence[match.end():]) if re.search(
                r"\s(?:of|for)\s+(?:the\s+)?$", said) else None
            if unit:
                employer = trim_org(unit.group("org"))
            if not employer or SCHOOL.fullmatch(employer) or re.search(
                    r"-(?:based|born|owned|run|led|headquartered|area)$", employer):
                continue  # "the London-based fact-checking website": a place, no employer
            was_past = bool(past and past.start() <= match.start() + 40) or bool(
                re.search(r"\b(?:was|had been|former)\b", before[-40:]))
            is_company = bool(org.search(employer))
            field = "previous_employer" if was_past and not is_company else "employer"
            if was_past and is_company and re.search(r"\b(?:former|formerly|previously|left)\b",
                                                     sentence, re.IGNORECASE):
                field = "previous_employer"
            out.add("person", field, company if is_company else employer, sentence)
        for match in SCHOOL.finditer(sentence):
            school = match.group("school")
            outside = sentence[: match.start()] + " " + sentence[match.end():]
            if EDUCATION_CUE.search(outside) and not _workplace(sentence[: match.start()]):
                out.add("person", "education", school, sentence)
        if WRITING.search(sentence):
            titled = titled_work(sentence)
            if titled:
                out.add("person", "publications", titled.group("work"), sentence)
        for match in TOPICS.finditer(sentence):
            if re.search(r"\w[’']s\s+(?:[a-z]+\s+)?$", sentence[: match.start()]):
                continue  # "Cook's focus on costs": someone else's focus
            out.add("person", "topics", trim_phrase(match.group("topic")), sentence)
        for match in LOCATION.finditer(sentence):
            before = sentence[: match.start()]
            if org.search(before) and not names.search(before):
                continue
            place = trim_place(match.group("place"))
            if place:
                out.add("person", "location", place, sentence)


_TITLE_MODIFIER = re.compile(
    r"Senior|Executive|Deputy|Interim|Acting|Founding|Global|Regional|Associate|Assistant|"
    r"Managing|General|Chief|Vice|Principal|Lead|Staff|Junior|Co")
_WORKPLACE = re.compile(
    rf"\b(?:{TITLE_WORD})s?(?:\s+(?:of|in|for)\s+[\w ,&'’-]{{2,60}}?)?\s+(?:at|of|with|for|in)\s+"
    r"(?:the\s+)?$|\b(?:works?|worked|working|employed|teaches|taught|teaching|researcher)\s+"
    r"(?:at|for|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _workplace(before: str) -> bool:
    """Whether the school named next is where the person works: "a professor of history at
    the University of …", "now a staff scientist at the … Institute for …"."""
    return bool(_WORKPLACE.search(before[-90:]))


_SMALL_WORDS = {"a", "an", "is", "was", "as", "to", "in", "at", "on", "his", "her", "its",
                "who", "that", "which", "new", "former", "late", "are", "were", "be", "been"}
_NOT_TITLE_START = {"the", "said", "says", "and", "our", "its", "their", "with", "by", "of",
                    "from", "for", "former", "then", "when", "as"}
_PRONOUN = re.compile(r"^[\"“]?(?:She|He|They)\b")


def _titles(out: _Collector, sentence: str, names: re.Pattern[str], org: re.Pattern[str],
            company: str) -> None:
    name = names.search(sentence)
    # "… who has been the chief executive officer of Quillmark since 2019"
    role_at_company = re.search(
        rf"\b(?:is|was|has\s+been|have\s+been|serves\s+as|served\s+as|became|as)\s+"
        rf"(?:the\s+|an?\s+|its\s+)?(?P<title>(?:[\w-]+\s+){{0,4}}?{TITLE_WORD}s?"
        rf"(?:\s+of\s+[a-z][\w -]{{2,30}}?)?)\s+(?:at|of|for|with)\s+(?:{org.pattern})",
        sentence, re.IGNORECASE,
    )
    if role_at_company and (name or _PRONOUN.match(sentence)):
        title = squeeze(role_at_company.group("title"))
        current = not re.search(r"\b(?:was|served|former|formerly)\b",
                                sentence[: role_at_company.start("title")], re.IGNORECASE)
        if current:
            out.add("person", "title", title, sentence)
            out.add("person", "employer", company, sentence)
            if name and LEAD_WORD.search(title):
                out.add("company", "leadership", f"{name.group(0)}, {title}", sentence)
    patterns = []
    if name:
        after = sentence[name.end():]
        patterns.append(re.match(
            r"^\s*(?:,|\(|–|—|-)\s*(?:the\s+|our\s+|a\s+|an\s+|who\s+is\s+(?:the\s+|a\s+|an\s+)?)?"
            r"(?P<title>[^,.;()]{2,80}?)(?:\s+(?:at|of|for|with)\s+(?:the\s+)?" + ORG +
            r")?\s*(?=[,.;)]|$)",
            after))
        patterns.append(re.match(
            r"^\s*(?:\([^)]{0,60}\)\s*)?,?\s+(?:is|was|serves\s+as|has\s+been|became|works\s+as|"
            r"joined\s+\S+(?:\s+\S+)?\s+as)"
            r"\s+(?:the\s+|an?\s+|our\s+|its\s+)?(?P<title>[^,.;()]{2,80}?)(?:\s+(?:at|of|for|with)"
            r"\s+" + ORG + r")?\s*(?=[,.;)]|\s+(?:and|since|where|who)\b|$)",
            after))
        before = sentence[: name.start()]
        lead = re.search(rf"(?P<title>(?:(?-i:[A-Z][\w&'-]*)\s+|(?-i:[a-z][\w-]*\s+){{1,2}})?"
                         rf"{TITLE_WORD}s?)\s*,?\s*$", before, re.IGNORECASE)
        # "former CEO Hal Brenner": a title he no longer holds
        if lead and not _PAST_TITLE.search(before[: lead.end("title")][-60:] + " "):
            title = lead.group("title")
            first = title.split()[0]
            # "Wells Fargo analyst Ana Ruiz": the word before the title ends a name.
            ends_name = len(title.split()) > 1 and first[:1].isupper() and re.search(
                r"(?<![.!?:]\s)\b[A-Z][\w&'’.-]*\s+$", before[: lead.start("title")]) and \
                not _TITLE_MODIFIER.fullmatch(first)
            if org.fullmatch(first) or ends_name:
                title = " ".join(title.split()[1:])
            words = title.split()
            # "research team head", "planetary scientist"; not "sent by chairman"
            for i in range(len(words) - 2, -1, -1):
                word = words[i]
                if word.lower() in _NOT_TITLE_START or word in _SMALL_WORDS or (
                        word.islower() and re.search(r"(?:ed|ly|ing)$|^(?:by|sent|told)$",
                                                     word)):
                    words = words[i + 1 :]
                    break
            title = " ".join(words)
            out.add("person", "title", title, sentence)
    if name:
        _capitalised_title(out, sentence, sentence[name.end():], org)
    for match in patterns:
        if not match:
            continue
        title = squeeze(match.group("title"))
        if not TITLE_RE.search(title) or len(title.split()) > 9:
            continue
        title = re.sub(r"^(?:the|a|an|our)\s+", "", title, flags=re.IGNORECASE)
        out.add("person", "title", title, sentence)
        found = match.group("org") if "org" in match.groupdict() else None
        if found:
            employer = trim_org(found)
            if employer:
                current = not re.search(r"\b(?:was|former|formerly|previously)\b",
                                        sentence, re.IGNORECASE)
                is_company = bool(org.search(employer))
                field = "employer" if current or is_company else "previous_employer"
                out.add("person", field, company if is_company else employer, sentence)


_CAPS_WORD = r"(?-i:[A-Z][\w'’/&-]*)"
_CAPS_PHRASE = rf"{_CAPS_WORD}(?:\s+(?:(?:of|for|and|&|the|in)\s+){{0,2}}{_CAPS_WORD}){{0,6}}"


def _capitalised_title(out: _Collector, sentence: str, after: str,
                       org: re.Pattern[str]) -> None:
    """A title in capitals held at the employer, whatever its words: "Seraina Caduff is
    Senior Catastrophe Modeller, Wildfire, at Limmat Re", "…, Senior Catastrophe Modeller,
    Wildfire, at Limmat Re in Zurich". The list of title words cannot know every trade
    (modeller, interpreter, sommelier …); a capitalised phrase right after the name, tied to
    the employer by "at", is one. A phrase holding a title word is left to `_titles`' own
    patterns, which read it (or leave it, as in a byline) already."""
    found = re.match(
        rf"\s*(?:(?P<comma>,)\s*|\s+(?:is|serves\s+as|works\s+as|has\s+been|became)\s+)"
        rf"(?:(?:the|our|its|an?)\s+)?(?P<title>{_CAPS_PHRASE}(?:,\s+{_CAPS_PHRASE})?),?"
        rf"\s+(?:at|with|for)\s+(?:the\s+)?(?:{org.pattern})(?!\w)", after)
    if not found:
        return
    title = found.group("title")
    if TITLE_RE.search(title):
        return  # a title word the patterns of `_titles` read (or leave) already
    if org.search(title) or (found.group("comma") and looks_like_name(title.split(",")[0])):
        return  # the employer itself, or another person ("Ana Ruiz, Tom Lee, at …")
    out.add("person", "title", title, sentence)


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
    for item in items_of(page, ARTICLE_TYPES):
        authors = property_values(item.get("author"), "author")
        given = value_text(item.get("headline") or item.get("name"))
        if given and any(names.fullmatch(a) for a in authors):
            headline = full_headline(given, page)
            out.add("person", "publications", headline, _headline_quote(text, page, headline,
                                                                        given))


def _news_page(out: _Collector, page: ExtractedPage, text: str, org: re.Pattern[str]) -> None:
    if page.kind != "news" and not items_of(page, {"newsarticle", "pressrelease",
                                                     "reportagenewsarticle"}):
        return
    headline = page.title
    for item in items_of(page, ARTICLE_TYPES):
        headline = value_text(item.get("headline")) or headline
    given = headline
    headline = full_headline(headline, page)
    site = page.opengraph.get("og:site_name", "")
    if re.match(rf"(?:{org.pattern})(?:\s+[A-Z][\w'’-]*){{0,3}}\s*:", headline) and (
            org.search(site) or org.search(urlsplit(page.url).hostname or "")):
        return  # "<Site> Gift Guide: …": the site's own feature, no news of it
    if headline and org.search(headline + " " + (page.description or "")):
        # The page's date in one shape ("2024-03-12"), whatever shape its markup gave.
        day = date_in(page.published)
        value = f"{headline} ({day.isoformat()})" if day else headline
        out.add("company", "news", value, _headline_quote(text, page, headline, given))


_NEWS_SECTION = re.compile(
    r"^(?:[\w&'’.-]+\s+){0,2}(?:news(?:room)?|press(?:\s+releases?)?|press\s+room|media|"
    r"announcements|updates|journal|stories)$|^(?:in\s+the\s+)?news$", re.IGNORECASE)


def _news_listing(page: ExtractedPage) -> bool:
    """Whether the page is a news page: an article, or a section (its title segment, first
    heading or path) called News, Newsroom, Press, Journal …"""
    if page.kind == "news" or items_of(page, {"newsarticle", "pressrelease"}):
        return True
    segments = [seg.strip() for seg in re.split(r"\s+[|–—:·-]\s+", page.title)]
    first = page.headings[0] if page.headings else ""
    path = urlsplit(page.url).path.rstrip("/").rsplit("/", 1)[-1]
    path = re.sub(r"\.\w+$", "", path).replace("-", " ")
    return any(_NEWS_SECTION.match(squeeze(c)) for c in (*segments[:1], first, path) if c)


_DATE_LINE = re.compile(
    r"^(?:(?:Posted|Published|Updated)\s+(?:on\s+)?)?(?P<date>" + DATE + r")"
    r"(?:\s*[·|•–—-]\s*[^\n]{1,60})?$")


def _dated_headlines(out: _Collector, page: ExtractedPage, text: str, org: re.Pattern[str],
                     own: bool) -> int:
    """A news page's dated headlines: a heading, then its date on the next line. On the
    company's own site each one is its news; elsewhere only those naming the company.
    Returns how many dated headlines the page lists."""
    headings = {squeeze(h) for h in page.headings}
    lines = list(re.finditer(r"[^\n]+", text))
    found = 0
    for before, line in pairwise(lines):
        headline = before.group(0).strip()
        date = _DATE_LINE.match(line.group(0).strip())
        if not date or squeeze(headline) not in headings or len(headline.split()) < 3:
            continue
        found += 1
        if own or org.search(headline):
            value = f"{headline} ({iso_date(date.group('date')) or date.group('date')})"
            out.add("company", "news", value, text[before.start() : line.end()].strip())
    return found


_ARTICLE_PATH = re.compile(r"(?:^|[-_])(?:news|press|blog|posts?|articles?|stories|columnists?)"
                           r"(?:[-_]|$)", re.IGNORECASE)


def is_article(page: ExtractedPage) -> bool:
    """Whether the page is an article, post or press release, or a list of them, rather
    than a page about the site's owner: og:type `article`, schema.org Article, NewsArticle,
    BlogPosting …, a byline and a date, or a folder of the URL called news, press, blog …"""
    if page.opengraph.get("og:type", "").strip().lower().startswith("article"):
        return True
    if items_of(page, ARTICLE_TYPES) or (page.author and page.published):
        return True
    folders = urlsplit(page.url).path.strip("/").split("/")[:-1] if page.kind == "website" \
        else []
    return any(_ARTICLE_PATH.search(folder) for folder in folders)


def _description(out: _Collector, page: ExtractedPage, text: str, org: re.Pattern[str],
                 own: bool) -> None:
    """The meta description of the company's own page about itself. An article's
    description (a news site's, or the company's own blog post's) sums up the article."""
    description = squeeze(page.description or "")
    if description and own and not is_article(page) and \
            org.search(description + " " + page.title) and description in text:
        out.add("company", "description", description, description)


def _jsonld_facts(out: _Collector, page: ExtractedPage, text: str, names: re.Pattern[str],
                  org: re.Pattern[str], company: str, about_person: bool, own: bool) -> None:
    orgs = [s for s in statements(page) if s.kind == "organization"]
    org_labels = {value_text(s.item.get("name")) for s in orgs}
    lone_org = own and len(org_labels) == 1
    for st in statements(page):
        name = value_text(st.item.get("name") or st.item.get("headline"))
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
            elif st.prop in ("employee", "employees", "member") and LEAD_WORD.search(st.value):
                out.add("company", "leadership", st.value, quote)
        elif st.kind == "person":
            title = value_text(st.item.get("jobTitle"))
            works = org_names(st.item.get("worksFor"))
            if st.prop == "jobTitle" and title and LEAD_WORD.search(title) and \
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
                event = value_text(st.item.get("name"))
                date = value_text(st.item.get("startDate"))[:10]
                out.add("person", "talks", f"{event} ({date})" if date else event,
                        _quote_for(text, page, event, _statement_text(page, st.item, "name")))
        elif st.kind == "product" and st.prop == "name" and own:
            out.add("company", "products", st.value, quote)


def _headline_quote(text: str, page: ExtractedPage, headline: str, given: str) -> str:
    """The line that is the headline (or the title that holds it with the site's name),
    else the sentence holding it."""
    lines = [line.strip() for line in text.splitlines()]
    for wanted in (headline, given):
        if wanted in lines:
            return wanted
    found = next((line for line in lines if line.startswith(headline + " ")
                  and line in (page.title, given)), "")
    return found or _quote_for(text, page, headline) or _quote_for(text, page, given)


def _statement_text(page: ExtractedPage, item: dict[str, Any], prop: str) -> str:
    for st in statements(page):
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


def _group(match: re.Match[str] | None, name: str) -> str:
    return match.group(name) if match else ""


def _subject_is_person(sentence: str, at: int, names: re.Pattern[str]) -> bool:
    """Whether the nearest name or pronoun before position `at` is the person's."""
    before = sentence[:at]
    person = [m.end() for m in names.finditer(before)]
    person += [m.end() for m in re.finditer(r"\b(?:she|he|her|his)\b", before, re.IGNORECASE)]
    return bool(person)
