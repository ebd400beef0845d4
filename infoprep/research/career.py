"""Person facts read from sentence structure and page shape: moves between employers, start
years, degrees, talks, and the posts a person wrote.

    voice = page_voice(page, names)           # whose "I" the page speaks in
    for sentence in person_sentences:
        career_facts(add, sentence, names, org, company)
    talk_page_facts(add, page, text, names)   # a session, episode or keynote page
    post_facts(add, page, text, names)        # a post the person wrote

`add(subject, field, value, quote)` receives each fact; every quote is a sentence or line of
the text given, so it stays exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..models import without_honorifics
from .patterns import EVENT, ORG, ORG_HEAD, SCHOOL, TITLE_RE, titled_work, trim_org
from .text import squeeze
from .types import ExtractedPage

if TYPE_CHECKING:
    from ..models import Fact

__all__ = [
    "DATE",
    "SECTION_TITLE",
    "Add",
    "career_facts",
    "education_facts",
    "first_name",
    "first_person",
    "format_date",
    "full_headline",
    "interview_facts",
    "iso_date",
    "last_employer",
    "page_voice",
    "post_facts",
    "talk_facts",
    "talk_list_facts",
    "talk_page_facts",
]

Add = Callable[[str, str, str, str], None]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|" \
         r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE = (rf"(?:(?:(?:early|late|mid-?)\s+)?{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|"
         rf"\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d|(?:(?:early|late|mid-?)\s+)?{_MONTH}\s+"
         r"(?:19|20)\d\d)")
_YEAR = r"(?:19|20)\d\d"
DATE = _DATE  # a written date: "March 4, 2025", "4 March 2025", "March 2025"
_SUBJECT_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|my|My|me)\b")


def first_name(person: str) -> str | None:
    """The first word of a two-or-more-word name (`Jordan` of `Jordan Rivera`), after any
    form of address (`Amara` of `Dr. Amara Obi`)."""
    words = re.findall(r"[\w'’-]+", without_honorifics(person))
    return words[0] if len(words) >= 2 and len(words[0]) >= 2 else None


def format_date(value: str | None) -> str:
    """`2025-09-02` -> `2 September 2025`; other shapes are returned as they are."""
    if not value:
        return ""
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not match:
        return value.strip()
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return value.strip()
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def iso_date(written: str) -> str | None:
    """`March 4, 2025` or `4 March 2025` -> `2025-03-04`; None for other shapes."""
    found = re.fullmatch(r"(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})|"
                         r"(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]+)\.?\s+(?P<y2>\d{4})",
                         squeeze(written))
    if not found:
        return None
    month_name = (found.group("m") or found.group("m2")).lower()[:3]
    months = [m.lower()[:3] for m in _MONTHS]
    if month_name not in months:
        return None
    day = int(found.group("d") or found.group("d2"))
    year = int(found.group("y") or found.group("y2"))
    try:
        return date(year, months.index(month_name) + 1, day).isoformat()
    except ValueError:
        return None


def _site_keys(page: ExtractedPage) -> set[str]:
    """The site's name as compared keys: its og:site_name and its host's labels
    (`thehill`, `ign`), each also without a leading "the"."""
    host = urlsplit(page.url).hostname or ""
    labels = [label for label in host.split(".")[:-1] if label not in ("www", "m", "amp")]
    keys = {_key(name) for name in (page.opengraph.get("og:site_name", ""), *labels)}
    return {k for key in keys if key for k in (key, key.removeprefix("the")) if k}


def _key(name: str) -> str:
    return re.sub(r"[\W_]", "", name.casefold())


def full_headline(headline: str, page: ExtractedPage) -> str:
    """A headline as the article's own: without the site's name a title or structured data
    adds after a bar or a dash (`… | The Hill`, `… - IGN`), and whole when the structured
    data cut it short at a word (`… making him third` of a heading that goes on)."""
    headline = squeeze(headline)
    site = re.match(r"^(?P<head>.{12,}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,40})$", headline)
    if site and _key(site.group("site")) in _site_keys(page):
        headline = site.group("head").strip()
    for heading in (squeeze(h) for h in page.headings):
        if len(heading) > len(headline) and heading.startswith(headline + " "):
            return heading
    return headline


def _title_segments(page: ExtractedPage) -> list[str]:
    return [seg.strip() for seg in re.split(r"\s+[|–—·-]\s+", page.title) if seg.strip()]


def page_voice(page: ExtractedPage, text: str, names: re.Pattern[str],
               first: str | None) -> bool:
    """Whether the page's "I" is the person: they wrote it (author, byline, JSON-LD), it is
    their own site (a title segment is their name) or their introduction ("I'm Jordan"), or
    it is an interview with them ("Five questions for …", "Q&A with …")."""
    author = squeeze(page.author or "")
    if author and names.search(author):
        return True
    if author and first and author.casefold() == first.casefold():
        return True
    if any(names.fullmatch(seg) for seg in _title_segments(page)):
        return True
    # Their own site's title: the name, then what they do ("Ximena Carrow, Project Engineer").
    if any(re.match(rf"{names.pattern}\s*,\s+[A-Za-z]", seg) and len(seg.split(",")) == 2
           for seg in _title_segments(page)):
        return True
    who = names.pattern if not first else rf"(?:{names.pattern}|{re.escape(first)}\b)"
    if re.search(rf"\b(?:I'm|I’m|I am|[Mm]y name is)\s+{who}", text):
        return True
    return bool(re.search(
        rf"\b(?:interview\s+with|questions\s+for|Q\s?&\s?A\s+with|conversation\s+with|"
        rf"in\s+conversation:?)\s+{names.pattern}", page.title + "\n" + text[:300],
        re.IGNORECASE))


def first_person(sentence: str) -> bool:
    return bool(_SUBJECT_I.search(sentence))


# --- moves and start years -------------------------------------------------------------

_JOINED = re.compile(
    rf"\b(?:joined|joining|came\s+to|moved\s+to|took\s+a\s+job\s+[^.;]{{0,60}}?\s+at)\s+"
    rf"(?:the\s+)?{ORG}"
    rf"(?P<rest>[^.;]{{0,80}}?)\b(?:in|back\s+in)\s+(?:(?:early|late|mid-?)\s+)?"
    rf"(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b"
)
_SINCE = re.compile(
    rf"\b(?:worked|been|served)\s+(?:for|at|with)\s+(?:the\s+)?{ORG}\s+since\s+(?P<year>{_YEAR})"
    rf"|\b(?:have|has|'ve|’ve)\s+been\s+(?:with|at)\s+(?:the\s+)?{ORG.replace('org', 'org2')}"
    rf"\s+since\s+(?P<year2>{_YEAR})"
)
_FROM = re.compile(rf"\bfrom\s+(?:the\s+)?{ORG}(?:,\s+where\s+(?:I|he|she|they|\w+)\s+"
                   r"(?:was|were|had\s+been|worked\s+as|served\s+as)\s+(?:an?\s+|the\s+)?"
                   r"(?P<role>[^.;]{3,90}))?")
_PREVIOUS = re.compile(
    r"\b(?:spent\s+[\w-]+\s+(?:years?|months?)(?:\s+as\s+(?:an?\s+|the\s+)?(?P<role>[^,.;]{3,60}?))?"
    r"\s+(?:at|with|for)"
    r"|worked(?:\s+for\s+[\w-]+\s+(?:years?|months?))?(?:\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<role2>[^,.;]{2,60}?))?\s+(?:at|for|with)"
    r"|started\s+(?:my|his|her|their)\s+career\s+(?:at|with)"
    r"|(?:started|began)(?:\s+(?:out|off))?(?:\s+(?:my|his|her|their)\s+career)?\s+as\s+"
    r"(?:an?\s+|the\s+)?(?P<role4>[^,.;]{3,60}?)\s+(?:at|with|for)"
    r"|previously\s+(?:led|managed|ran|worked|was|headed|built)[^,.;]{0,60}?\s+(?:at|for|with)"
    r"|moved\s+from\s+[^,.;]{0,60}?\s+at"
    r"|(?:was|were)\s+(?:an?\s+|the\s+)(?P<role3>[^,.;]{3,60}?)\s+at"
    r"|(?:before|after)\s+(?:that\s+)?(?:a\s+)?(?:stint|years?|time)\s+at)"
    rf"\s+(?:the\s+)?{ORG}"
)


_AS_ROLE = re.compile(r"\bas\s+(?:an?|the)\s+(?P<role>[^,.;]{3,60}?)(?=\s+and\b|[,.;]|$)")


def career_facts(add: Add, sentence: str, org: re.Pattern[str], company: str) -> None:
    """Start year with the employer, previous employers and roles in one sentence about the
    person."""
    for match in _JOINED.finditer(sentence):
        joined = trim_org(match.group("org"))
        if joined and org.search(joined):
            add("person", "tenure", f"since {match.group('year')}", sentence)
            add("person", "employer", company, sentence)
            after = sentence[match.start():]
            came = _FROM.search(after)
            if came:
                _previous(add, sentence, came.group("org"), came.group("role"), org)
    for match in _SINCE.finditer(sentence):
        found = trim_org(match.group("org") or match.group("org2"))
        year = match.group("year") or match.group("year2")
        if found and org.search(found):
            add("person", "tenure", f"since {year}", sentence)
    if re.search(r"\bsince\s+joining\s+", sentence, re.IGNORECASE):
        joining = re.search(rf"\bsince\s+joining\s+(?:the\s+)?{ORG}\s+in\s+(?:(?:early|late|"
                            rf"mid-?)\s+)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})", sentence,
                            re.IGNORECASE)
        if joining and org.search(trim_org(joining.group("org"))):
            add("person", "tenure", f"since {joining.group('year')}", sentence)
    for match in _PREVIOUS.finditer(sentence):
        role = (match.group("role") or match.group("role2") or match.group("role3")
                or match.group("role4"))
        _previous(add, sentence, match.group("org"), role, org)
        # "… at Brightmere Financial, first as an interaction designer and later as a …"
        for later in _AS_ROLE.finditer(sentence[match.end():]):
            _previous(add, sentence, match.group("org"), later.group("role"), org)


def _previous(add: Add, sentence: str, raw_org: str | None, role: str | None,
              org: re.Pattern[str]) -> None:
    employer = trim_org(raw_org)
    if not employer or org.search(employer) or SCHOOL.fullmatch(employer):
        return
    if not re.match(r"[A-Z0-9]", employer):
        return
    add("person", "previous_employer", employer, sentence)
    role = squeeze(role or "")
    role = re.split(r",|\s+(?:and|before|after|until|where|when)\s+", role)[0].strip()
    if role and TITLE_RE.search(role) and len(role.split()) <= 9:
        add("person", "previous_role", f"{role}, {employer}", sentence)


# --- education --------------------------------------------------------------------------

_DEGREE_BEFORE = re.compile(
    r"(?:\bstudied\s+(?P<subject>[^.;()]{2,70}?)"
    r"|\b(?:an?|the|his|her|their|my)\s+(?P<degree>(?:[\w'’.-]+\s+){0,3}?"
    r"(?:degree|diploma|certificate|BSc|MSc|BA|MA|BS|MS|BFA|MFA|MBA|BSN|MSN|DNP|PhD|Ph\.D\.|"
    r"bachelor'?s|master'?s|doctorate|associate|AS|AA|BEng|MEng|LLB|LLM|JD|MD)"
    r"(?:\s+(?:degree|diploma))?(?:\s+(?:in|of)\s+[^.;()]{2,70}?)?))"
    r"\s+(?:at|from|with)\s+(?:the\s+)?$"
)


def education_facts(add: Add, sentence: str) -> None:
    """Schools (`education`) and what was studied there (`degree`, with the school)."""
    for match in SCHOOL.finditer(sentence):
        school = match.group("school").strip()
        before = sentence[: match.start()]
        degree = _DEGREE_BEFORE.search(before)
        if degree:
            what = squeeze(degree.group("subject") or degree.group("degree") or "")
            what = re.sub(r"^(?:and|later|then)\s+", "", what)
            if what and len(what.split()) <= 10:
                add("person", "degree", f"{what}, {school}", sentence)


# --- talks ------------------------------------------------------------------------------

_TALK_CUE = re.compile(
    r"\b(?:spoke|speaks|speaking|keynote|talk|presented|presents|presentation|panel|"
    r"panelist|webinar|podcast|fireside\s+chat|session|lecture)\b", re.IGNORECASE)
_CALLED = re.compile(
    r"\b(?:called|titled|entitled|named|on)\s+[\"“‘](?P<work>[^\"”’]{3,160})[\"”’]")
_PLACE_AFTER = re.compile(r"^\s*(?:,\s*|\s+in\s+)(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)")


def talk_facts(add: Add, sentence: str, org: re.Pattern[str] | None = None) -> None:
    """A talk in a sentence: its title when quoted, the event after "at", the place and the
    date: `Explainable dispatch (Energy Storage Summit, London, February 2025)`."""
    cue = _TALK_CUE.search(sentence)
    if not cue:
        return
    titled = _CALLED.search(sentence) or titled_work(sentence)
    event = None
    for found in EVENT.finditer(sentence):
        if found.start() >= cue.start() - 40:
            event = found
            break
    name = trim_org(event.group("event")) if event else ""
    if name and (re.fullmatch(rf"{_MONTH}(?:\s+\d+)?|{_YEAR}", name)
                 or (org is not None and org.search(name))):
        name = ""  # a date, or the employer ("her team at Furrowlight"), is no event
    details: list[str] = []
    if name:
        details.append(name)
        assert event is not None
        rest = sentence[event.start("event") + len(name):]
        place = _PLACE_AFTER.match(rest)
        if place and not re.fullmatch(_MONTH, place.group("place")):
            details.append(place.group("place"))
    # A talk named for a year ("Summit 2026") is not dated to an earlier year the sentence
    # mentions.
    named = _years_named(name, titled.group("work") if titled else "")
    when = next((found for found in re.finditer(_DATE, sentence)
                 if named is None or int(found.group(0)[-4:]) >= named), None)
    if when and (name or titled):
        details.append(when.group(0))
    if titled:
        title = squeeze(titled.group("work")).rstrip(".,")
        add("person", "talks", f"{title} ({', '.join(details)})" if details else title, sentence)
    elif name:
        value = name if len(details) == 1 else f"{name} ({', '.join(details[1:])})"
        add("person", "talks", value, sentence)


_EVENT_PAGE = re.compile(
    r"\b(?:session|talk|keynote|episode|podcast|webinar|panel|conference|summit|symposium|"
    r"meetup|workshop|lecture|presentation|abstract|speakers?)\b", re.IGNORECASE)


def talk_page_facts(add: Add, page: ExtractedPage, text: str, names: re.Pattern[str]) -> bool:
    """A page that is one talk, session or episode with the person as a speaker: the talk
    is its heading, the event the rest of the page title, the date the first on the page."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not _EVENT_PAGE.search(page.title + "\n" + "\n".join(lines[:4])):
        return False
    speaking = False
    for line in lines[:60]:
        found = names.search(line)
        if not found:
            continue
        lead = line[: found.start()].replace("|", " ")  # a table row: "| Speaker | Name"
        if re.fullmatch(r"\s*(?:[-•*]\s*)?(?:(?:Presenter|Presenters|Speaker|Speakers|"
                        r"Panelists?|Moderator|Host|Guest|Keynote|With)\s*:?\s*)?", lead,
                        re.IGNORECASE) and (lead.strip() or line.startswith(("-", "•"))):
            speaking = True
        if re.search(r"\b(?:In\s+this\s+(?:talk|session|episode|webinar|keynote)|"
                     r"talks\s+with|joins\s+(?:us|host)|speaks\s+(?:with|about))\b", line):
            speaking = True
    if re.search(rf"\bwith\s+{names.pattern}", page.title):
        speaking = True
    if not speaking:
        return False
    heading = next((h for h in page.headings if h in text), lines[0])
    if names.search(heading) or len(heading.split()) > 16:
        return False
    segments = _title_segments(page)
    # The event is the title's other part, not a session label that repeats the talk's
    # name ("Session 3B: Worst feeders first | Northwest Grid Reliability Forum 2024").
    short = heading.split(":")[0].strip().casefold()
    # "Access in Care 2026: Who books the interpreter?": the event, then the talk again.
    event = next((_event_before_talk(s, heading) or s for s in segments
                  if _event_before_talk(s, heading) or (
                      s not in heading and heading not in s and short not in s.casefold()
                      and not names.search(s))), "")
    date_text = talk_date(lines[:8], _years_named(page.title, heading, event)) or \
        format_date(page.published)
    details = ", ".join(d for d in (event, date_text) if d)
    quote = next((line for line in text.splitlines() if heading in line), heading)
    add("person", "talks", f"{heading} ({details})" if details else heading, quote)
    return True


def _event_before_talk(segment: str, heading: str) -> str:
    """The event of a title segment that names the event, then the talk: `CatRisk Europe
    2026: From fuel maps to loss curves` -> `CatRisk Europe 2026`; not a session label
    (`Session 4A: …`)."""
    found = re.match(r"^(?P<event>[^:]{3,80}?):\s+(?P<talk>.{3,})$", segment)
    if not found or re.match(r"(?:Session|Talk|Track|Panel|Room|Episode|Part)\b",
                             found.group("event"), re.IGNORECASE):
        return ""
    talk = found.group("talk").casefold().rstrip(" ?!.")
    return found.group("event").strip() if talk and talk in heading.casefold() else ""


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A day without its year, as a programme gives it: "Thursday 3 December", "3–4 December",
# "Dec 3", not "3 December 2026" (a full date) or "3 December 10:15" read as a year.
_DAY_NO_YEAR = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?(?:\b(?P<day>\d{{1,2}})(?P<span>\s*[–-]\s*\d{{1,2}})?\s+"
    rf"(?P<month>{_MONTH})|\b(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})\b"
    rf"(?P<span2>\s*[–-]\s*\d{{1,2}})?)(?!\w)(?!,?\s+(?:19|20)\d\d)")
_PROSE_WORDS = 20  # a line longer than this is a description, not a programme's line


def _years_named(*texts: str) -> int | None:
    """The latest year that a talk's title, heading or event names (`Access in Care 2026`)."""
    years = [int(y) for text in texts for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return max(years) if years else None


def talk_date(lines: list[str], named_year: int | None = None) -> str:
    """The date of the talk itself on a session page: a date in a programme's short line
    (`Thursday 3 December, 10:15–11:00`), its year taken from the event's name when the line
    gives none, a single day before the event's span (`3–4 December`); a year mentioned in the
    talk's description ("In January 2021 the service had …") is history, not its date. A talk
    whose title or event names a year is never dated to an earlier one."""
    def fits(year: int) -> bool:
        return named_year is None or year >= named_year

    short = [line for line in lines if len(line.split()) <= _PROSE_WORDS]
    for line in short:
        for found in re.finditer(_DATE, line):
            if fits(int(found.group(0)[-4:])):
                return found.group(0)
    if named_year is not None:
        days = [found for line in short for found in _DAY_NO_YEAR.finditer(line)]
        days.sort(key=lambda d: bool(d.group("span") or d.group("span2")))  # single days first
        for found in days:
            day = found.group("day") or found.group("day2")
            month = found.group("month") or found.group("month2")
            if found.group("day"):
                return f"{day} {month} {named_year}"
            return f"{month} {day}, {named_year}"
    for line in lines[:6]:
        for found in re.finditer(_DATE, line):
            if fits(int(found.group(0)[-4:])):
                return found.group(0)
    return ""


_TALK_LIST = re.compile(r"\b(?:talks|speaking|presentations|keynotes|appearances)\b",
                        re.IGNORECASE)
_LISTED_TALK = re.compile(
    r"^(?:[-•*]\s+)?[\"“](?P<title>[^\"”]{3,160}?)[,.]?[\"”],?\s+(?P<rest>[^\n]{3,160}?)\.?$")


def talk_list_facts(add: Add, page: ExtractedPage, text: str) -> None:
    """The person's own list of talks: `“Title”, Event, Place, Date.` one a line."""
    if not _TALK_LIST.search(page.title + " " + " ".join(page.headings[:3])):
        return
    for line in text.splitlines():
        match = _LISTED_TALK.match(line.strip())
        if match:
            rest = match.group("rest").strip(" ,")
            add("person", "talks", f"{squeeze(match.group('title'))} ({rest})", line.strip())


# --- interviews ---------------------------------------------------------------------------

# A regular feature's name rather than a headline: "Member Spotlight", "Five Questions".
COLUMN_TITLE = re.compile(
    r"(?:(?:member|staff|employee|alumni|alumnus|alumna|career|careers|community|people|"
    r"leader|leadership|volunteer|partner|faculty|student|spotlight|profile|profiles|q\s?&\s?a|"
    r"interview|interviews|meet|the|our|in|conversation|questions|question|for|with|of|week|"
    r"month|feature|featured|five|ten|\d+)\s*)+",
    re.IGNORECASE,
)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:ed)?|Q\s?&\s?A|questions\s+for|in\s+conversation|conversation\s+with|"
    r"we\s+(?:talked|spoke|sat\s+down)\s+(?:with|about)|profile\s+of|spotlight)\b",
    re.IGNORECASE)
_ASKED = re.compile(r"^[^\n]{8,200}\?\s*$", re.MULTILINE)


def interview_facts(add: Add, page: ExtractedPage, text: str, names: re.Pattern[str],
                    full_text: str = "") -> bool:
    """A page that interviews the person or profiles them in someone else's publication:
    its title names them and it puts questions to them ("What does a normal day look
    like?") or says it is an interview. The fact is the piece's headline without their
    name, with the publication and the date: `Bench to Manager (Bench & Batch, March
    2025)`. A page they wrote themselves is a post, not an interview."""
    author = squeeze(page.author or "")
    if author and names.search(author):
        return False
    segments = _title_segments(page)
    if not segments:
        return False
    parts = [part.strip() for part in re.split(r"\s*:\s+", segments[0]) if part.strip()]
    named = [part for part in parts if names.search(part)]
    if not named:
        return False
    asked = len(_ASKED.findall(text))
    if asked < 2 and not _INTERVIEW_WORDS.search(page.title + "\n" + text[:400]):
        return False
    headline = next((part for part in parts if not names.search(part)), "")
    if not headline:
        # "Five questions for Dana Whitfield": the piece's name without theirs.
        headline = squeeze(names.sub(" ", segments[0]))
        headline = re.sub(r"\s+(?:for|with|and|to|of|featuring|feat\.)\s*$", "", headline,
                          flags=re.IGNORECASE).strip(" ,:—–-")
    if not headline or len(headline.split()) > 16:
        return False
    outlet = segments[-1] if len(segments) > 1 and not names.search(segments[-1]) else ""
    # The byline ("By Oskar Feldmann-Reyes · Bench & Batch, March 2025") may be outside
    # the main text.
    head = f"{page.more_text[:400]}\n{(full_text or text)[:800]}"
    when = format_date(page.published) or next(
        (m.group(0) for m in re.finditer(_DATE, head)), "")
    details = ", ".join(d for d in (outlet, when) if d)
    quote = next((line.strip() for line in text.splitlines() if headline in line), "")
    if not quote:
        quote = next((line.strip() for line in (full_text or "").splitlines()
                      if headline in line), headline)
    add("person", "interviews", f"{headline} ({details})" if details else headline, quote)
    return True


# --- posts --------------------------------------------------------------------------------

SECTION_TITLE = re.compile(
    r"^(?:talks|speaking|writing|posts|articles|blog|publications|projects|"
    r"about(?:\s+me)?|now|archive|notes|home|education|experience|"
    r"work(?:\s+history)?|career|path|skills|contact|awards|honou?rs|"
    r"credentials|certifications?|languages|cv|resume|résumé)$",
    re.IGNORECASE)


def post_facts(add: Add, page: ExtractedPage, text: str, names: re.Pattern[str],
               headline: str | None = None, full_text: str = "") -> None:
    """The page as a post the person wrote: its headline and date, quoting the headline.
    `full_text` (the page's whole visible text) may hold the byline the main text lost:
    "Philippa Nakagawa-Reyes · September 9, 2024", "By Philippa Nakagawa-Reyes"."""
    author = squeeze(page.author or "")
    segments = _title_segments(page)
    by_them = bool(author and names.search(author)) or (
        len(segments) > 1 and names.fullmatch(segments[-1]) is not None)
    byline = re.search(rf"^\s*(?:[Bb]y\s+)?{names.pattern}\s*(?:[·|,—–-]\s*(?P<when>{_DATE})"
                       rf"[^\n]*)?$", full_text, re.MULTILINE) if full_text else None
    if byline is not None:
        by_them = True
    if not by_them:
        return
    when = format_date(page.published) if page.published else ""
    if not when and byline is not None and byline.group("when"):
        when = byline.group("when")
    if not when:
        found = re.search(_DATE, text[:600])
        when = found.group(0) if found else ""
    if not when:
        return  # an undated page of their own is a profile, not a post
    title = full_headline(headline, page) if headline else _post_title(page, text, names)
    if not title or title not in text or SECTION_TITLE.match(title):
        return
    # "Read more: …" under the post is another article's link, not this one.
    lines = sorted((line for line in (full_text or text).splitlines() if title in line),
                   key=lambda line: (line.strip() != title, not line.startswith(title)))
    quote = next((line for line in lines if not _RELATED.match(line)), "")
    if lines and not quote:
        return
    add("person", "posts", f"{title} ({when})" if when else title, quote or title)


_RELATED = re.compile(r"^\s*(?:read\s+more|related(?:\s+\w+)?|see\s+also|also\s+read|"
                      r"more\s+from\s+[^:]{1,40}|recommended|you\s+may\s+also\s+like)\s*:",
                      re.IGNORECASE)


def _post_title(page: ExtractedPage, text: str, names: re.Pattern[str]) -> str:
    """A post's title: the heading the page's title holds (not a section's heading inside
    the post, such as "Summary", nor a subtitle), else the part of the page's title the text
    holds; the first heading only for a page without a title."""
    headings = [squeeze(h) for h in page.headings if h in text and not names.fullmatch(h)]
    titles = [squeeze(t).casefold() for t in (page.title, page.opengraph.get("og:title", ""))
              if t.strip()]
    if not titles:
        return headings[0] if headings else ""
    segments = [s for t in titles for s in re.split(r"\s+[|–—·-]\s+", t)]
    sites = _site_keys(page)
    # The site's name: its own keys, and what its title puts after a bar ("… | Harbor Ledger").
    named_site = sites | {_key(seg) for seg in _title_segments(page)[1:]}
    for heading in headings:
        folded = heading.casefold()
        if _key(heading) in named_site:
            continue  # the site's own name (its logo as a heading) is no post
        if folded in segments or (len(heading.split()) >= 3 and any(
                folded in t or (len(seg.split()) >= 3 and seg in folded)
                for t in titles for seg in segments)):
            return heading
    return next((seg for seg in _title_segments(page) if seg in text and not names.fullmatch(seg)
                 and len(seg.split()) >= 3 and _key(seg) not in sites), "")


def last_employer(facts: Iterable[Fact], employer: str, texts: Iterable[str] = ()) -> Fact | None:
    """The employer the person came to `employer` from, when the research says which: the
    only earlier employer it names, or the one a sentence names as the move ("joined Acme in
    2021 from Octave", "came from Octave"). With several and no such sentence (a career told
    from its start: a first job, then a fellowship) it is None: no move is claimed that the
    pages do not state. Nor is one claimed when the dates say another job or years came
    between: a career list in `texts` (the research's pages) or the facts' own years ("2011 to
    2014: Field technician, Red River Plains University", then a job in Montana, then
    `employer` from 2016)."""
    facts = list(facts)
    found = [f for f in facts if f.field == "previous_employer" and f.value.strip()]
    moved: Fact | None = None
    if len({f.value.strip().casefold() for f in found}) == 1:
        moved = found[0]
    for fact in found if moved is None else ():
        named = re.escape(fact.value.strip())
        if re.search(rf"\b(?:joined|moved|came|switched|jumped|arrived|transferred)\b[^.;]{{0,80}}"
                     rf"\bfrom\s+(?:the\s+)?{named}|\bfrom\s+(?:the\s+)?{named}\s+to\s+"
                     rf"(?:the\s+)?{re.escape(employer)}", fact.quote, re.IGNORECASE):
            moved = fact
            break
    if moved is None or not _right_before(moved, employer, facts, [*texts, moved.quote]):
        return None
    return moved


_RANGE = re.compile(r"\b(?P<start>(?:19|20)\d{2})\s*(?:to|–|—|-|until)\s*"
                    r"(?P<end>(?:19|20)\d{2})\b")


def _right_before(moved: Fact, employer: str, facts: list[Fact], texts: list[str]) -> bool:
    """Whether the job at `moved` ended right before the person's time at `employer` began:
    false when a career line starts between the two, or a year or more lies between them."""
    lines: dict[str, tuple[int, int | None]] = {}
    for text in texts:
        for match in _RESUME_LINE.finditer(text):
            end = match.group("end")
            lines[match.group(0).strip()] = (int(match.group("start")),
                                             int(end) if end[:1].isdigit() else None)
    value, here = moved.value.strip().casefold(), employer.strip().casefold()
    ended = next((end for line, (_, end) in lines.items()
                  if value in line.casefold() and end is not None), None)
    if ended is None:
        span = _RANGE.search(moved.quote)
        if span is None:
            return True  # no dates: nothing says another job came between
        ended = int(span.group("end"))
    starts = [start for line, (start, _) in lines.items() if here and here in line.casefold()]
    starts += [int(f.value.split()[-1]) for f in facts
               if f.subject == "person" and f.field == "tenure"
               and re.fullmatch(r"since (?:19|20)\d{2}", f.value.strip())]
    began = min(starts, default=None)
    if began is not None and began - ended > 1:
        return False  # years between them
    # Another job that starts after it ended and before `employer` (or any, with no start).
    return not any(
        ended <= start and (began is None or start < began)
        for line, (start, _) in lines.items()
        if value not in line.casefold() and not (here and here in line.casefold())
    )


# A line of a career list on the person's own page: "2020 to now: Senior grants officer,
# ORSP, Stoneleigh State University", "- 2012–2017: Lab manager, Department of Biology, …".
_RESUME_LINE = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<start>(?:19|20)\d{2})\s*(?:to|–|—|-)\s*"
    r"(?P<end>now|present|today|current|date|(?:19|20)\d{2})\s*[:–—|]\s*"
    r"(?P<role>[^,;:\n]{2,80}),\s*(?P<rest>[^\n]{2,160}?)\s*\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_STUDENT = re.compile(r"\b(?:student|pupil|candidate|undergraduate)s?\b", re.IGNORECASE)


def _employer_part(rest: str) -> str:
    """The organisation of a career line's remainder: its last part (`ORSP, Stoneleigh
    State University`), unless that is a place after the organisation (`Ardenwood
    Electrical Contractors, Boise`, `Lakewood Middle School, Duluth, MN`)."""
    parts = [squeeze(p) for p in rest.split(",") if p.strip()]
    while len(parts) > 1 and re.fullmatch(r"[A-Z]{2}", parts[-1]):
        parts.pop()  # a state or country code
    if len(parts) > 1:
        last, before = parts[-1], parts[-2]
        words = last.split()
        place = (len(words) <= 2 and not ORG_HEAD.search(last) and not last.isupper()
                 and all(w[:1].isupper() for w in words))
        org_before = bool(ORG_HEAD.search(before)) or len(before.split()) >= 2
        unit_before = re.search(r"\b(?:Team|Division|Unit|Desk|Squad|Practice)$", before)
        if place and org_before and not unit_before:
            return before
    return parts[-1] if parts else squeeze(rest)


def resume_facts(add: Add, text: str, org: re.Pattern[str], company: str) -> None:
    """Title, tenure and earlier roles from the lines of a career list on the person's own
    page: the line running to now gives the title and the year they started; the earlier
    lines give earlier roles, and earlier employers when the organisation is another."""
    # The person's time with the employer starts with the first line there of the run that
    # leads to the current one: "2016 to 2021: Staff Court Interpreter, …", then "2021 to now:
    # Lead Staff Court Interpreter, …" is there since 2016, not 2021.
    here_lines = [m for m in _RESUME_LINE.finditer(text)
                  if org.search(_employer_part(m.group("rest"))) or org.search(m.group("rest"))]
    for match in _RESUME_LINE.finditer(text):
        line = match.group(0).strip()
        role = squeeze(match.group("role"))
        where = _employer_part(match.group("rest"))  # "ORSP, Stoneleigh State …"
        if not TITLE_RE.search(role) and not re.search(r"\b(?:er|or|ist|ian|ant|ent)\b|"
                                                       r"(?:er|or|ist|ian)s?$", role):
            continue  # no job title: "2019 to now: Volunteering, …" says nothing of a role
        here = bool(org.search(where) or org.search(match.group("rest")))
        current = match.group("end").casefold() in ("now", "present", "today", "current",
                                                    "date")
        if current and here:
            add("person", "title", role, line)
            first = _first_of_run(match, here_lines)
            add("person", "tenure", f"since {first.group('start')}", first.group(0).strip())
            add("person", "employer", company, line)
        elif not current and not here and (not SCHOOL.fullmatch(where)
                                            or not _STUDENT.search(role)):
            add("person", "previous_employer", trim_org(where) or where, line)
            add("person", "previous_role", f"{role}, {trim_org(where) or where}", line)


def _first_of_run(current: re.Match[str], here: list[re.Match[str]]) -> re.Match[str]:
    """The earliest career line at the employer from which the lines there run on, each
    ending within a year of the next one's start, to `current`."""
    first = current
    earlier = sorted((m for m in here if m is not current), key=lambda m: -int(m.group("start")))
    for line in earlier:
        end = line.group("end")
        if end[:1].isdigit() and 0 <= int(first.group("start")) - int(end) <= 1 \
                and int(line.group("start")) < int(first.group("start")):
            first = line
    return first
