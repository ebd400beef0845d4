"""What a draft is written from: the profile, the contact, their dossier, the call notes.

`DraftContext` also knows what a draft may assert (`support`) and which dossier details are
safe to repeat (`details`): facts whose value or quote came from an injection paragraph or
carries template syntax are left out. Details come best first: the person's own work (the
most recent first; undated pieces before those older than `news_months`, which a draft names
with their year), their career move, news of the last six months, then the employer's
products, story and mission; older news comes last and is never framed as current.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import urlsplit

from ..dates import NEWS_MONTHS, Recency, names_a_time, past_plan, today, when_in, without_date
from ..grammar import IRREGULAR_PAST, TAKES_THE, as_role, quotable
from ..models import (
    Dossier,
    Fact,
    Profile,
    given_name,
    site_names,
    split_detail,
    split_publication,
    without_honorifics,
)
from ..records import ContactRow
from ..research.career import COLUMN_TITLE, last_employer
from .common_words import english_rank
from .grounding import Support
from .notes import NoteItem, expand_shorthand, parse_notes
from .shaping import WorkPhrase, is_clause, lower_first, starts_imperative, work_phrase
from .untrusted import clean_text, is_injection, is_untrusted_value, paragraphs

__all__ = ["Detail", "DraftContext"]

# The dossier fields that make "why this person" concrete, best first: the person's own work,
# their career move, news (when recent), what they work on, then the employer.
_OWN_WORK = ("talks", "posts", "interviews", "projects", "publications")
_NEWS = ("funding",)
_DETAIL_FIELDS = (
    *_OWN_WORK, "previous_employer", *_NEWS, "topics", "products", "founded", "mission",
    "title",
)
# Fields whose value is a piece's title ("Why we stopped building dashboards").
_TITLED = ("talks", "posts", "publications")
# Fields noting someone's work in shorthand ("chairs the safety committee; mentors …"),
# shaped by `work_phrase` before a draft names them.
_WORK_FIELDS = ("projects", "topics")
# A talk value that names the event rather than the talk ("Energy Storage Summit").
_EVENT_NAME = re.compile(
    r"\b(?:summit|conference|conf|forum|festival|expo|meetup|symposium|congress|convention|"
    r"week|days|camp|fest|world|live)\b|\b(?:19|20)\d{2}$|^[A-Z][A-Za-z]*Conf\b",
    re.IGNORECASE,
)
# A value naming a podcast by its show and number, maybe with the episode's title after:
# "The Nacelle, episode 112", "Vet Sales Uncut, episode 112: Teaching reps to talk like techs".
_SHOW_EPISODE = re.compile(
    r"^(?P<show>.+?),?\s+(?:episode|ep\.?)\s*\d+(?:\s*[:.–—-]\s*(?P<title>.+))?$",
    re.IGNORECASE,
)
# Event names that read with "the" after "at" ("the Energy Storage Summit 2024").
_TAKES_THE_EVENT = re.compile(
    r"\b(?:summit|conference|forum|festival|expo|symposium|congress|convention|meetup|"
    r"meeting)(?:\s+(?:19|20)\d{2})?$",
    re.IGNORECASE,
)

# Verbs a mission starts with when it is written without "to" ("make every megawatt-hour …").
_MISSION_VERB = re.compile(
    r"^(?:make|bring|help|give|put|turn|connect|empower|enable|accelerate|end|protect|"
    r"democratise|democratize|improve|transform|unlock|advance|deliver|ensure|provide|"
    r"restore|reduce|support|organise|organize|inspire|serve)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Detail:
    """One sourced dossier detail, shaped for a sentence."""

    field: str
    value: str
    title: str  # the value without a trailing "(venue)"
    venue: str  # where it was given or published, without its date ("DataConf, Denver")
    noun: str  # talk, podcast episode, post, project, move, funding …
    source_url: str
    form: str = ""  # how the value reads: "event" talk, "purpose"/"belief"/"focus" mission …
    when: date | None = None  # from the value, the quote or the source's publication date
    recent: bool = False  # within about six months of the draft's date
    when_text: str = ""  # "March 2024" ("2024" when only the year is known)
    about: str = ""  # what a titled piece is about, when its title says: "forecasting"
    old: bool = False  # older than `news_months`: named with its year, never as current
    year: str = ""  # "2022" when the date is known
    subject: str = "person"  # whose it is: the person's own work, or the "company"'s
    topic: str = ""  # what it is about, for "your post on …": "forecasting", "stewardship"
    event: str = ""  # the event a talk was given at, bare: "Southeast Sports Turf Conference"
    at_event: str = ""  # the same after "at": "the Southeast Sports Turf Conference"
    publication: str = ""  # where a post or paper appeared: "Housing Finance Review"


@dataclass
class DraftContext:
    """Everything one draft is written from."""

    profile: Profile
    contact: ContactRow | None = None
    dossier: Dossier | None = None
    referrer: str | None = None
    notes: str | None = None
    extra_support: list[str] = field(default_factory=list)
    today: date = field(default_factory=today)  # what "recent" is measured from
    news_months: int = NEWS_MONTHS  # older than this, an item is no longer news

    @property
    def recency(self) -> Recency:
        return Recency(self.today, self.news_months)

    @property
    def recipient(self) -> str:
        if self.dossier is not None and self.dossier.person.name:
            return self.dossier.person.name
        return self.contact.name if self.contact is not None else ""

    @cached_property
    def first_name(self) -> str:
        """The name the recipient is greeted by: their given name, two words where research
        calls them so on its own ("Ndèye Fatou describes …" for Ndèye Fatou Sarr)."""
        first = given_name(self.recipient)
        words = without_honorifics(self.recipient).split()
        if len(words) >= 3 and first == words[0] and self.dossier is not None:
            pair = " ".join(words[:2])
            alone = re.compile(rf"\b{re.escape(pair)}\s+(?!{re.escape(words[2])}\b)[a-z]")
            if sum(len(alone.findall(s.text)) for s in self.dossier.sources) >= 2:
                return pair
        return first

    @property
    def company(self) -> str:
        if self.dossier is not None and self.dossier.company.name:
            return self.dossier.company.name
        return (self.contact.company or "") if self.contact is not None else ""

    @property
    def role(self) -> str:
        if self.dossier is not None and self.dossier.person.title:
            return self.dossier.person.title
        return (self.contact.role or "") if self.contact is not None else ""

    @cached_property
    def note_items(self) -> list[NoteItem]:
        return parse_notes(self.notes or "")

    def safe_facts(self) -> list[Fact]:
        """Facts that neither came from an injection paragraph nor carry template syntax."""
        if self.dossier is None:
            return []
        poisoned = [
            p for s in self.dossier.sources for p in paragraphs(s.text) if is_injection(p)
        ]
        return [
            f for f in self.dossier.facts
            if not is_untrusted_value(f.value) and not is_untrusted_value(f.quote)
            and not any(f.quote.strip() and f.quote.strip() in p for p in poisoned)
        ]

    @cached_property
    def details(self) -> list[Detail]:
        """Concrete details for "why this person", best first (see the module docstring)."""
        published = {s.url: s.published for s in self.dossier.sources} if self.dossier else {}
        found: list[Detail] = []
        seen: set[tuple[str, str]] = set()
        facts = self.safe_facts()
        # Of several earlier employers, only the one the person moved from is "their move".
        moved = last_employer(facts, self.company,
                              [s.text for s in self.dossier.sources] if self.dossier else [])
        for wanted in _DETAIL_FIELDS:
            for fact in facts:
                if fact.field == "previous_employer" and fact is not moved:
                    continue
                key = (fact.field, fact.value.strip().casefold())
                if fact.field != wanted or not fact.value.strip() or key in seen:
                    continue
                title, venue = split_detail(fact.value)
                title = quotable(title)
                if fact.field == "founded":
                    # Its date alone: "1994, Dakar, by El Hadji Malick Diouf; 410
                    # employees" does not read after "since its founding in …".
                    year = re.match(r"(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d{2}\b", title) or (
                        re.search(r"\b(?:1[6-9]|20)\d{2}\b", title))
                    if year is None:
                        continue
                    title = year.group(0)
                title = self._without_past_plan(title)
                if not title:
                    continue  # a plan whose date has passed: no longer upcoming, not known done
                publication = ""
                if fact.field in ("posts", "publications"):
                    # "What an underwriter actually reads, Housing Finance Review": the
                    # publication is no part of the title.
                    title, publication = split_publication(title, self._site_names)
                if len(title) > 90:
                    continue  # too long to name in a sentence; a venue and date may be long
                if fact.field in _TITLED and _statement(title):
                    continue  # what a talk or post said, not its title: nothing to quote
                seen.add(key)
                noun = _noun(fact, venue)
                if noun == "podcast episode":  # "Episode 112: Native yeast …": no number
                    title = re.sub(r"^(?:Episode|Ep\.?)\s*\d+\s*[:.–—-]\s*", "", title,
                                   flags=re.IGNORECASE) or title
                title, form = _form(fact.field, noun, title, venue)
                if noun == "podcast episode":
                    title, venue, form = _episode(title, venue)
                if fact.field in _WORK_FIELDS:
                    work = _work(title, fact.field)
                    if work is None or (fact.subject == "company" and work.form == "deed"):
                        continue
                    title, form = work.text, work.form
                    if fact.subject == "company":
                        noun = "product"  # the employer's work: "Acme's work on …"
                when = self.recency.when(fact, published)
                venue = without_date(venue)
                event = (_event(title, venue, form)
                         if fact.field == "talks" and noun != "podcast episode" else "")
                found.append(Detail(
                    fact.field, fact.value, title, venue, noun, fact.source_url, form,
                    when.day if when else None, self.recency.is_recent(when),
                    when.text if when else "", _about(title), self.recency.is_old(when),
                    str(when.day.year) if when else "", fact.subject,
                    _topic(title, form, self._lower_words), event.removeprefix("the "), event,
                    publication,
                ))
        own = [d for d in found if d.field in _OWN_WORK and d.subject == "person"]
        newest = sorted((d for d in own if d.when and not d.old), key=_day, reverse=True)
        undated = [d for d in own if d.when is None]
        oldest = sorted((d for d in own if d.old), key=_day, reverse=True)
        stale = [d for d in found if d.field in _NEWS and not d.recent]
        rest = [d for d in found if d.field not in _OWN_WORK and d not in stale]
        # The employer's projects come with its products, after what the person does.
        theirs = [d for d in found if d.field in _OWN_WORK and d.subject != "person"]
        at = next((i for i, d in enumerate(rest)
                   if d.field in ("products", "founded", "mission", "title")), len(rest))
        rest[at:at] = theirs
        return [*newest, *undated, *oldest, *rest, *stale]

    def _without_past_plan(self, title: str) -> str:
        """`title` without a plan it announces for a date now past: "leads the Lantern Wing,
        reopening in March 2026" -> "leads the Lantern Wing"; "" when the plan is the whole
        detail ("Hall of Birds reopening in spring 2026 with …"), which is then left out."""
        plan = past_plan(title, self.today)
        if plan is None:
            return title
        head = title[:plan.start].rstrip()
        if not re.search(r"(?:[,;:]|\s[—–-])$", head):
            return ""
        return head.rstrip(" ,;:—–-")

    @cached_property
    def _site_names(self) -> set[str]:
        """The sites and publications the dossier's source titles name (casefolded)."""
        return site_names([s.title for s in self.dossier.sources]) if self.dossier else set()

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The words research writes in lower case somewhere ("cardboard mock-ups")."""
        if self.dossier is None:
            return frozenset()
        texts = [s.text for s in self.dossier.sources] + [f.quote for f in self.safe_facts()]
        return frozenset(w for t in texts for w in re.findall(r"\b[a-z][a-z'’-]+\b", t))

    def _dossier_texts(self) -> list[str]:
        texts: list[str] = []
        if self.contact is not None:
            texts += [self.contact.name, self.contact.company or "", self.contact.role or ""]
        if self.dossier is not None:
            d = self.dossier
            texts += [d.person.name, d.person.title or "", d.person.employer or "",
                      d.person.location or "", d.person.summary or "", d.company.name,
                      d.company.description or ""]
            # The field names what research found ("posts", "talks"): the draft may say so.
            texts += [t for f in self.safe_facts() for t in (f"{f.field}: {f.value}", f.quote)]
            for source in d.sources:
                texts += [t for t in (source.title, source.description or "")
                          if not is_injection(t)]
                found = when_in(source.published)
                published = found.text if found else ""
                if published and not is_injection(source.title):
                    # The date a page was published may be said with what it reports.
                    texts.append(f"{source.title}, published {published}.")
                texts.append(clean_text(source.text))
        return [t for t in texts if t]

    def _profile_texts(self) -> list[str]:
        p = self.profile
        # The target roles as the drafts name them: "I'm exploring QC analyst roles".
        roles = [f"{role} roles" for role in p.target_roles]
        return [p.name, p.headline, p.background, p.goals, *p.interests, *p.target_roles,
                *roles, p.location, p.signature]

    @cached_property
    def support(self) -> Support:
        """Everything a draft may assert: dossier, profile, contact, referrer and notes."""
        # The notes as typed and with their shorthand written out, as the drafts say it.
        about = [*self._dossier_texts(), self.referrer or "", self.notes or "",
                 expand_shorthand(self.notes or "")]
        sites = ([urlsplit(src.url).hostname or "" for src in self.dossier.sources]
                 if self.dossier is not None else [])
        # The pages research knows the publication date of, with their text.
        dated = [(found.text, clean_text(src.text)) for src in (
            self.dossier.sources if self.dossier is not None else [])
            if (found := when_in(src.published)) is not None]
        return Support([*about, *self._profile_texts(), *self.extra_support], about=about,
                       subjects=self._subjects(), places=self._places(), sites=sites,
                       said=[self.notes or ""], dated=dated)

    def _subjects(self) -> list[str]:
        """The names a sentence about the recipient or their employer mentions."""
        names = [self.recipient, self.first_name, self.company,
                 self.company.split()[0] if self.company else ""]
        names += [f.value for f in self.safe_facts() if f.field == "products"]
        return [n for n in names if n]

    def _places(self) -> list[str]:
        """Locations known as such: the recipient's, the contact's and the user's."""
        places = [self.profile.location]
        if self.dossier is not None:
            places.append(self.dossier.person.location or "")
        return [p for p in places if p]

    @cached_property
    def dossier_support(self) -> Support:
        """Only what research found (and the contact record): the "why this person" source."""
        return Support(self._dossier_texts(), subjects=self._subjects(), places=self._places())


def at_event(name: str) -> str:
    """An event's name as it reads after "at": "the Southeast Sports Turf Conference", "the
    Wildfire Resilience Summit 2024"; a name that reads without "the" stays ("DataConf 2023",
    "Bread & Pastry Live 2024")."""
    name = name.strip()
    if _TAKES_THE_EVENT.search(name) and not name.startswith(("the ", "The ")):
        return "the " + name
    return name


def _event(title: str, venue: str, form: str) -> str:
    """The event a talk was given at, after "at" (see `at_event`): its value when that names
    the event, else its venue's first part when the venue names an event and maybe its place
    ("Southeast Sports Turf Conference, Chattanooga"); "" for a venue of one part that names
    no event (a city)."""
    if form == "event":
        return title
    parts = [p.strip() for p in venue.split(",") if p.strip()]
    if parts and (_EVENT_NAME.search(parts[0]) or len(parts) > 1):
        return at_event(parts[0])
    return ""


def _day(detail: Detail) -> date:
    return detail.when or date.min


def _form(field: str, noun: str, title: str, venue: str) -> tuple[str, str]:
    """The value as it reads in a sentence, and which sentence shape fits it."""
    if field == "talks" and not venue and noun != "podcast episode" and _EVENT_NAME.search(
            title) and title[:1] not in "\"“":
        return at_event(title), "event"  # "your talk at the Energy Storage Summit"
    if field == "title":
        return as_role(title), ""  # "your work as a senior reliability engineer"
    if field == "interviews" and COLUMN_TITLE.fullmatch(title):
        return title, "column"  # "the Member Spotlight interview with you"
    if field == "previous_employer" and TAKES_THE.match(title):
        return "the " + title, ""
    if field == "mission":
        text = title.rstrip(".")
        if re.match(r"^to\s", text, re.IGNORECASE):
            return lower_first(text), "purpose"  # "its mission, to bring …,"
        if starts_imperative(text) or _MISSION_VERB.match(text):
            return "to " + lower_first(text), "purpose"  # "make every …" -> "to make every …"
        if re.match(r"^(?:we|our|us)\b", text, re.IGNORECASE):
            return text, "statement"  # quoted as written: “We help small farms …”
        if is_clause(text):
            return lower_first(text), "belief"  # "its belief that streets are …"
        return lower_first(text), "focus"
    if field == "funding":
        has_round = re.search(r"\b(?:series|round|seed|funding|raise|investment)\b", title,
                              re.IGNORECASE)
        return title, "round" if has_round else "amount"
    return title, ""


def _episode(title: str, venue: str) -> tuple[str, str, str]:
    """A podcast episode's title, venue and form: "show" when the value names only the show
    ("The Nacelle, episode 112"), "titled" for an episode title ("Ask, don't tell"), ""
    for what the conversation was about ("the 15-minute neighbourhood")."""
    m = _SHOW_EPISODE.match(title)
    if m and m.group("title"):
        return m.group("title"), venue or m.group("show"), "titled"
    if m:
        return m.group("show"), "", "show"
    return title, venue, "titled" if title[:1].isupper() else ""


def _statement(title: str) -> bool:
    """Whether a talk's or post's value is a point it made ("nurses already have the
    interviewing skill", "a 900-word draft became a 420-word book") rather than a title:
    it opens in lower case and has a verb of its own or two parts."""
    if not title[:1].islower():
        return False
    return is_clause(title) or ";" in title or any(
        w in IRREGULAR_PAST for w in title.split()[1:])


def _work(title: str, field: str) -> WorkPhrase | None:
    """A project or topic as a phrase for "how you …" (form "deed") or "work on …"; a topic
    may also be a short plain noun phrase ("shorter interconnection reviews")."""
    found = work_phrase(title)
    if found is not None or field != "topics":
        return found
    text = title.strip()
    if (len(text.split()) <= 5 and not re.search(r"[\d.;:!?]", text) and not is_clause(text)
            and not starts_imperative(text)):
        return WorkPhrase(text, "thing")
    return None


def _about(title: str) -> str:
    """The end of a title after its last "about"/"on" ("… wrong about forecasting"), when it
    names a topic: "… looks like on a Tuesday" names a day, no topic."""
    m = re.search(r"\b(?:about|on)\s+([^\s\"“”:?!.,]+(?:\s+[^\s\"“”:?!.,]+){0,2})$",
                  title.strip().rstrip("?!."))
    if not m or not m.group(1)[:1].isalnum() or names_a_time(m.group(1)):
        return ""
    return m.group(1)


# The subject of a title that is a sentence: "What stewardship looks like …", "Cardboard is
# the cheapest way to be wrong", "Why pharmacy rotas fail".
_TITLE_SUBJECT = re.compile(
    r"^(?:(?:what|how|why|where|when)\s+)?(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+"
    r"(?:is|are|was|were|looks?|works?|feels?|means?|happens?|changes?|goes|matters?|fails?|"
    r"needs?|breaks?|belongs?)\b",
    re.IGNORECASE,
)
_NO_TOPIC = frozenset({"i", "we", "you", "they", "it", "he", "she", "this", "that", "there",
                       "here", "what", "who", "everyone", "nobody", "something", "nothing",
                       "the", "a", "an", "our", "my", "your", "their"})


# Verbs of a deed whose object is people ("mentor new editors", "train investigators").
_PEOPLE_VERBS = frozenset({"mentor", "mentored", "train", "trained", "teach", "taught",
                           "coach", "coached", "hire", "hired", "manage", "managed",
                           "supervise", "supervised", "recruit", "recruited", "welcome",
                           "welcomed", "support", "supported", "advise", "advised"})


def _topic(title: str, form: str, lower_words: frozenset[str] = frozenset()) -> str:
    """What a piece or a deed is about, for "your post on …": the end of its title after
    "about"/"on" (see `_about`), else the subject of a title written as a sentence ("What
    stewardship looks like on a Tuesday" -> "stewardship"); for a deed its object ("built
    the video recovery desk" -> "the video recovery desk"). "" when none reads as a topic.
    `lower_words`: words the research writes in lower case, so a title's capitalised first
    word is a common noun ("Cardboard is …" -> "cardboard"), not a name ("Kubernetes")."""
    if form == "deed":
        if title.split()[0] in _PEOPLE_VERBS:
            return ""  # "mentor Water Futures graduates": people, not a thing worked on
        words = title.split(",")[0].split()[1:]
        while words and words[0] in ("up", "out", "after", "over", "on"):
            words = words[1:]
        thing = " ".join(words)
        opens = words and (words[0] in ("the", "a", "an", "its", "their") or words[0][:1].isupper())
        return thing if opens and len(words) <= 5 and not re.search(r"[;:\d]", thing) else ""
    about = _about(title)
    if about:
        return about
    m = _TITLE_SUBJECT.match(title.strip())
    if m is None:
        return ""
    words = m.group("np").split()
    if words[0].casefold() in _NO_TOPIC or words[-1].casefold() in _NO_TOPIC or names_a_time(
            m.group("np")):
        return ""
    first = words[0]
    if first[:1].isupper() and first[1:].islower() and (
            english_rank(first) is not None or first.casefold() in lower_words):
        words[0] = first.casefold()  # capitalised as the title's first word: "cardboard"
    return " ".join(words)


def _noun(fact: Fact, venue: str) -> str:
    # What kind of piece it is, read around its title, not in it: a talk called "What We
    # Learned from Stay Interviews" is no interview.
    title = split_detail(fact.value)[0]
    around = f"{venue} {fact.quote.replace(title, ' ')}".casefold()
    if fact.field == "talks":
        if _SHOW_EPISODE.match(title):
            return "podcast episode"  # "The Nacelle, episode 112": a show, no talk title
        for word, noun in (("keynote", "keynote"), ("panel", "panel"),
                           ("podcast", "podcast episode"), ("episode", "podcast episode"),
                           ("interview", "interview"),
                           ("webinar", "webinar"), ("workshop", "workshop")):
            if word in around:
                return noun
        return "talk"
    return {
        "posts": "post", "interviews": "interview", "projects": "project",
        "publications": "paper",
        "products": "product", "previous_employer": "move", "founded": "founding",
        "topics": "work", "mission": "mission", "title": "role", "funding": "funding",
    }.get(fact.field, "work")
