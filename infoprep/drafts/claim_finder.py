"""The claim finder: the phrases in a draft a reader would take as facts.

A claim is a capitalised name (a person, an organisation, a product, an event: name_spans.py),
a quoted title, a number, a date, a month or a season, a job title, an event noun about the
recipient ("your keynote", "the acquisition"), a topic ("your post about …"), or a rare word
in a phrase after a preposition ("moved from hourly batch jobs", "with cones and planters":
words outside the 10,000 most frequent English words, which research must have used). An -ly
adverb ("gladly") is never a rare word; a topic that is its sentence's subject ends at the
sentence's verb ("Your post on why … | put into words …"). Counts that say nothing about
anyone are left out (counts.py): a length of time the user asks for, times of day, age
groups, the writer's own plan ("I'll follow up in 2 weeks") and a count of the things the
sentence goes on to list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .common_words import COMMON_WORDS, DETERMINERS, FORMULA_WORDS, STOP_WORDS, english_rank
from .counts import (
    AGE_GROUP,
    AVAILABILITY,
    DURATION,
    MONTHS,
    NUMBER,
    NUMBER_TOKEN,
    NUMBER_WORDS,
    REREAD,
    SEASON,
    SELF_COUNT,
    SPENT,
    TIME_OF_DAY,
    URL_OR_EMAIL,
    is_year,
    mask_asked_duration,
    mask_clock_idioms,
)
from .name_spans import JOINERS, name_spans
from .requests import within_request
from .spelling import spelling_variants
from .text import WORD, normalise, sentences, word_set
from .word_forms import adverb_here, base_forms, judgement_word

__all__ = ["ABOUT_RECIPIENT", "EVENT_WORDS", "GREETING", "THANKS", "Claim", "extract_claims"]


@dataclass(frozen=True)
class Claim:
    """A phrase in a draft that asserts something specific."""

    phrase: str
    kind: str  # name | quote | number | date | when | day | title | event | topic | term | detail
    sentence: str
    # Why known names are flagged all the same: "research never names “A” with “B”".
    note: str = field(default="", compare=False)
    # Where in `sentence` the phrase stands, when it is not its first use there: "you spent
    # 2007 to 2012 in Italy … then joined Casa Azuay in 2012" checks each 2012 apart.
    at: int = field(default=-1, compare=False)


_USER_OWN = {"my", "our"}


_ROLE = (
    r"(?:manager|director|engineer|designer|scientist|analyst|researcher|officer|architect|"
    r"editor|producer|consultant|strategist|developer|counsel|partner|nurse|physician|doctor|"
    r"economist|writer|president|recruiter|specialist|coordinator|advis[eo]r|planner|founder|"
    r"co-?founder|lead|head|professor|lecturer|teacher|librarian|journalist|reporter|curator|"
    r"owner|intern|administrator|technician|therapist|pharmacist|lawyer|attorney|accountant|"
    r"marketer|programmer|statistician|epidemiologist|chemist|biologist|fellow|chair|dean)s?"
)


# A role word alone: "director" in "director of revenue".
ROLE_WORD = re.compile(r"\b" + _ROLE + r"\b", re.IGNORECASE)


_FREE_WORD = (
    r"(?!(?:a|an|the|of|to|for|at|in|on|and|or|with|your|my|our|their|who|that|i|you|he|she|"
    r"we|they|it|is|was|am|are|as)\b)[a-z][a-z&/-]*"
)


_TITLE_PATTERNS = [
    re.compile(
        r"\b(?:senior|sr|junior|jr|staff|principal|lead|chief|head|associate|assistant|deputy|"
        r"executive|managing|founding|general)\s+(?:" + _FREE_WORD + r"\s+){0,3}?" + _ROLE + r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:head|director|vp|vice\s+president|chief|dean|chair)\s+of\s+" + _FREE_WORD
        + r"(?:\s+(?!at\b|in\b|for\b|and\b|with\b|on\b|since\b|from\b|to\b)" + _FREE_WORD
        + r"){0,2}",
        re.IGNORECASE,
    ),
]


_ROLE_AFTER = re.compile(
    r"\b(?:as|became|become|becoming|promoted\s+to|now|you're|you\s+are|were)\s+"
    r"(?:(?:a|an|the|their|its)\s+)?((?:" + _FREE_WORD + r"\s+){0,3}?" + _ROLE + r")\b",
    re.IGNORECASE,
)


# A person the writer is to meet or talk to, named before what is said of them in apposition
# (group 1): "introduce me to Joel Ramirez, FP&A director at …".
MET_PERSON = (r"\b(?:to|with|meet|meeting)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+"
              r"(?:(?:a|an|the|your|their|our|her|his)\s+)?")


# The person the recipient pointed the user to, within six words before the name: "thank you
# for suggesting I talk to …", "you offered to introduce me to …", "your tip to call …".
POINTED_TO = re.compile(
    r"\b(?:you (?:suggested|recommended|mentioned|pointed|named|told|offered|put me)|"
    r"suggesting|recommending|mentioning|pointing me|introducing me|introduce me|"
    r"offering to (?:email|e-mail|message|text|call|contact|ask|write to|introduce)|"
    r"connecting me|putting me in touch|your (?:suggestion|recommendation|advice|tip|offer)|"
    r"(?:pass|passing|forward|forwarding|send|sending) (?:on )?my (?:name|CV|details|email))"
    r"\b(?:\W+[\w'’-]+){0,6}?\W+$", re.IGNORECASE)


# A role in apposition to that person (group 2): "talk to Núria Casellas, your gravel product
# manager".
_APPOSED_ROLE = re.compile(
    MET_PERSON + r"((?:(?!(?:and|or|who|which|at|of|in|for|I|you|he|she|they|we|it)\b)"
    r"[\w&/-]+\s+){0,3}?"
    + _ROLE + r")\b")


# Roles that are verbs too, and what follows the verb: its object.
_LEADS = re.compile(r"lead|head|chair", re.IGNORECASE)
_VERB_OBJECT = re.compile(r"\s+(?!(?:at|of|for|in|with|on|and|or|to|from)\b)(?:the\s+|a\s+|an\s+)?"
                          r"[a-z]")


_EVENT_GROUPS: list[set[str]] = [
    {"keynote", "keynotes"},
    {"talk", "talks", "presentation", "session", "lecture", "spoke", "speaker", "presented"},
    {"panel", "panels", "panelist"},
    {"podcast", "podcasts", "episode", "episodes"},
    {"webinar", "webinars"},
    {"workshop", "workshops"},
    {"book", "books"},
    {"paper", "papers", "publication", "study"},
    {"article", "articles", "post", "posts", "blog", "essay", "essays", "piece", "newsletter",
     "wrote", "write-up"},
    {"interview", "interviews"},
    {"course", "courses", "class"},
    {"video", "videos"},
    {"award", "awards", "prize", "won"},
    {"acquisition", "acquired", "merger", "merged"},
    {"ipo"},
    {"funding", "raised", "round", "series"},
    {"launch", "launched", "launching"},
    {"promotion", "promoted"},
    {"anniversary"},
]


EVENT_WORDS = {w: group for group in _EVENT_GROUPS for w in group}


_YOUR_EVENT = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+){0,2}?(" + "|".join(
        sorted((w for w in EVENT_WORDS if " " not in w), key=len, reverse=True)
    ) + r")\b",
    re.IGNORECASE,
)


_STANDALONE_EVENT = re.compile(
    r"\b(keynote|podcast|webinar|award|prize|acquisition|acquired|merger|ipo|funding|launch|"
    r"launched|promotion|promoted|anniversary)\b",
    re.IGNORECASE,
)


# "your post about X", "your work on X": X is a claim even in lower case.
_TOPIC = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+)?(?:work|post|posts|talk|piece|article|research|project|writing|"
    r"essay|paper|podcast|episode|session|keynote|thread|newsletter|book|course|interview|"
    r"conversation|presentation|panel)\s+(?:on|about|around|regarding|covering)\s+"
    r"(?![“\"])([^.,;:!?()“”\"\n–—]+)",
    re.IGNORECASE,
)


# Where a piece appeared, before what it is about: "your post on the NPB blog about …",
# "your episode on the company podcast about …". The name is checked on its own.
_TOPIC_VENUE = re.compile(
    r"(?:the|a|its|their|your)\s+(?:[\w'’&.-]+\s+){0,3}?(?:blog|website|site|podcast|"
    r"channel|newsletter|feed|account|magazine|journal|substack)\s+(?:about|on|around|"
    r"regarding|covering)\s+(?=\S)", re.IGNORECASE)


# Where one reads or listens on the way ("on the bus", "on my run"): no topic.
_WHERE_MET = re.compile(
    r"(?:the|a|my|our)\s+(?:(?:morning|evening|daily|long|early|late)\s+)?(?:bus|train|tube|"
    r"subway|metro|tram|plane|flight|ferry|commute|drive|walk|run|treadmill|way\s+(?:in|"
    r"home|to\s+work)|school\s+run|journey)(?:\s+(?:in|home|to\s+work))?", re.IGNORECASE)


_TOPIC_END = re.compile(
    # "… and took the first point to heart": the reader's own next verb, past tense.
    r"\s+(?:and\s+(?:your|the|how|it|its|I|[a-z]+ed|took|found|kept|made|went|came|saw|"
    r"gave|got|put|left|thought|felt|wrote|began|started|brought|taught|learnt|learned)\b|"
    r"but|which|that|who|was|is|were|has|have|had|"
    r"felt|feels|really|both|stuck|resonated|caught|changed|made|got|so|because|since|as|"
    r"when|while|is|are|from|last|this|in\s+(?:19|20)\d\d)\b.*$"
    # A preposition leading to a name or a number starts a place, not more of the topic:
    # "street trials on episode 42 of the Civic Design Podcast", "pipelines at Northwind".
    r"|\s+(?:on|at|in|of|for|with|from|by|during|to)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?=[A-Z0-9£$€]).*$",
)


# What may come before "your post on …" that is the sentence's subject.
_SUBJECT_LEAD = re.compile(r"[\W_]*(?:(?:and|but|so|also|honestly|ps|p\.s)[\W_]+)*",
                           re.IGNORECASE)


# Verbs that follow such a subject without a tell-tale -ed: "… put into words what I …".
_PREDICATE_VERBS = word_set(
    """put puts made makes got gets gave gives felt feels hit hits struck strikes caught
    catches said says taught teaches brought brings kept keeps left leaves set sets told
    tells found finds showed shows helped helps reminded reminds stuck sticks changed
    changes opened opens became becomes is was are were has had does did will would could
    may might should must can"""
)


# After a word these make it a phrasal verb: "Your talk on interconnection stood out …".
_PARTICLES = word_set("out up down off away back")


# Words that open a clause of its own with its own verb: "why the team stopped …".
_OWN_CLAUSE = word_set("why how what when where whether who which")


# Before an -ed word these make it an adjective ("the protected lane"), not a verb.
_BEFORE_ADJECTIVE = JOINERS | DETERMINERS | word_set("to with by at in on and or")


# Words after which a phrase names what someone works with or on ("from nightly batch jobs").
_TERM_LEAD = re.compile(
    r"\b(?:from|to|into|with|about|on|over|between|like|using|via|through|toward|towards)\s+"
    r"((?:[a-z][a-z'’-]*\s*){1,4})",
)


_TERM_RARE = 8000  # words beyond this rank are specific enough to need support

# Hyphenated compounds of lower-case words: "think-aloud", "lunch-and-learns".
_COMPOUND = re.compile(r"(?<![\w'’-])[a-z]+(?:-[a-z]+)+(?![\w'’-])")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|my|me|we|our|us)\b")
# A compound that judges rather than names: "was a real eye-opener".
_VERDICT = re.compile(r"\b(?:is|was|were|are|be|been|sounds?|seems?)\s+(?:an?\s+)?(?:real\s+|"
                      r"total\s+|true\s+|genuine\s+|complete\s+|such\s+an?\s+)?$")
_CLAUSE_MARK = re.compile(r"[,;:.!?()—–]")
# "one-page", "five-night", "ninety-nine": a number's compounds are the number claims' own.
_NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                          r"hundred|thousand|half|single|double|triple|first|second|third)")


def _clause_at(sentence: str, position: int) -> str:
    """The stretch of `sentence` around `position` between punctuation."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, position)), default=0)
    end = _CLAUSE_MARK.search(sentence, position)
    return sentence[start:end.start() if end else len(sentence)]


GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*[,!]\s*",
    re.IGNORECASE)


ABOUT_RECIPIENT = re.compile(r"\b(?:you|your|you're|you've|yours)\b", re.IGNORECASE)


_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")


# "the session you two will present", "curious about the other two.": the people spoken
# to, or things just named, counted: no claim.
_WE_TWO = re.compile(r"\b(?:you|we|us|other)\s+$", re.IGNORECASE)
_WE_TWO_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|(?:will|are|were|have|had|did|do|should|can|"
                           r"could|would|might|must|shall)\b)", re.IGNORECASE)


_SUBJECT_LABEL = re.compile(r"^\s*(?:subject|re|fwd?)\s*:\s*", re.IGNORECASE)


# Words that thank someone for what already happened.
THANKS = re.compile(r"\b(?:thank|thanks|grateful|appreciat\w*|diolch|merci|danke|gracias)\b",
                     re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_BY_WEEKDAY = re.compile(r"\b(?:by|before|until)\s+(?:next\s+|this\s+)?"
                         r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _title_case_end(title: str) -> str:
    """A title written in capitals after "of" ends at its first lower-case word that joins
    no capitalised one: "Head of English Lexicography | gives me hope", but "Head of
    Research and Development"."""
    words = title.split()
    low = [w.casefold() for w in words]
    if "of" not in low:
        return title
    at = low.index("of") + 1
    if at >= len(words) or not words[at][:1].isupper():
        return title
    for k in range(at + 1, len(words)):
        joins = low[k] in {"and", "&", "of", "the", "for"} and k + 1 < len(words) and (
            words[k + 1][:1].isupper())
        if words[k][:1].islower() and not joins:
            return " ".join(words[:k])
    return title


def extract_claims(text: str, vocabulary: set[str] | None = None) -> list[Claim]:
    """The specific claims in a draft, in order, without repeats."""
    own_vocabulary = {
        w.casefold() for w in WORD.findall(text) if w[:1].islower()
    } | (vocabulary or set())
    claims: list[Claim] = []
    seen: set[tuple[str, str, str, int]] = set()

    def add(phrase: str, kind: str, sentence: str, nth: int = 0) -> None:
        key = (normalise(phrase), kind, sentence, nth)
        if not key[0] or key in seen:
            return
        at = -1
        if nth:
            # The nth use of the phrase as words of its own in the sentence, if it has one.
            uses = [m.start() for m in re.finditer(
                rf"(?<![\w]){re.escape(phrase.strip())}(?![\w])", sentence)]
            if nth >= len(uses):
                return
            at = uses[nth]
        seen.add(key)
        claims.append(Claim(phrase.strip(), kind, sentence, at=at))

    for raw in sentences(text):
        # "Subject: Request for a short call": the subject's first word opens a sentence.
        sentence = _SUBJECT_LABEL.sub(lambda m: " " * len(m.group()), URL_OR_EMAIL.sub(" ", raw))
        for m in _QUOTED.finditer(sentence):
            if len(m.group(1).split()) >= 2:
                add(m.group(1), "quote", raw)
        for phrase in name_spans(sentence, own_vocabulary):
            add(phrase, "name", raw)
        for pattern in _TITLE_PATTERNS:
            for m in pattern.finditer(sentence):
                add(_title_case_end(m.group(0)), "title", raw)
        for m in _APPOSED_ROLE.finditer(sentence):
            add(m.group(2), "title", raw)  # "Joel Ramirez, FP&A director at Lakandula"
        for m in _ROLE_AFTER.finditer(sentence):
            if _LEADS.fullmatch(m.group(1)) and _VERB_OBJECT.match(sentence, m.end(1)):
                continue  # "you now lead revenue strategy": a verb, not a title
            add(m.group(1), "title", raw)
        for m in _TOPIC.finditer(sentence):
            topic = _TOPIC_END.sub("", m.group(1)).strip()
            venue = _TOPIC_VENUE.match(topic)
            if venue is not None:
                topic = topic[venue.end():]
            if _SUBJECT_LEAD.fullmatch(GREETING.sub("", sentence[:m.start()])):
                topic = _before_predicate(topic)
            # "your post on my commute", "your episode on the bus": where the user met it,
            # not what it is about
            if re.search(r"\bon\s+$", sentence[:m.start(1)]) and _WHERE_MET.fullmatch(
                    topic.strip()):
                continue
            if topic and topic.split()[0].islower() and topic.split()[0] not in _USER_OWN:
                add(topic, "topic", raw)
        for m in _TERM_LEAD.finditer(sentence):
            lead = _TOPIC_END.sub("", m.group(1))
            for w in re.finditer(r"[a-z][a-z'’-]+", lead):
                at = m.start(1) + w.start()
                if w.start() == 0 and _infinitive(sentence, m.start(), m.start(1) + w.end()):
                    continue  # "to rewrite the checklists": a verb, no term
                # So after a "to" further on: "on your advice to widen my experience".
                to = re.search(r"\bto\s+$", lead[:w.start()])
                if to is not None and w.start() > 0 and _infinitive(
                        sentence, m.start(1) + to.start(), m.start(1) + w.end()):
                    continue
                if _rare_term(w.group()) and not adverb_here(
                        w.group(), sentence[m.start(1) + w.end():]) and not within_request(
                        sentence, at, at + len(w.group())):
                    add(w.group(), "term", raw)
        # A hyphenated term in a clause about the recipient alone ("your episode on assent
        # and the think-aloud method"): a name for a practice, which research must use too.
        for m in _COMPOUND.finditer(sentence):
            clause = _clause_at(sentence, m.start())
            if (ABOUT_RECIPIENT.search(clause) and not _FIRST_PERSON.search(clause)
                    and not _VERDICT.search(sentence, 0, m.start())
                    and not _NUMBER_WORD.fullmatch(m.group().split("-")[0])
                    # "your well-deserved award", "hard-won": the writer's judgement.
                    and not any(judgement_word(part) for part in m.group().split("-"))):
                add(m.group(), "term", raw)
        # The day of the call a thank-you recalls ("Thank you for your time on Thursday"):
        # a date the notes give.
        if THANKS.search(sentence):
            for m in _WEEKDAY.finditer(sentence):
                add(m.group(0), "day", raw)
        # The day something is due by ("I'll send my CV by Friday"): a day the notes give.
        for m in _BY_WEEKDAY.finditer(sentence):
            add(m.group(1), "deadline", raw)
        about_you = ABOUT_RECIPIENT.search(sentence) is not None
        for m in _YOUR_EVENT.finditer(sentence):
            add(m.group(1), "event", raw)
        if about_you:
            for m in _STANDALONE_EVENT.finditer(sentence):
                add(m.group(1), "event", raw)
        # A length of time asked for is the request, not a claim; one already spent is.
        spent = SPENT.search(sentence) is not None
        masked_reads = REREAD.sub(" ", sentence)
        asked = mask_asked_duration(masked_reads)
        masked = TIME_OF_DAY.sub(" ", asked if spent else DURATION.sub(" ", asked))
        masked = AGE_GROUP.sub(" ", mask_clock_idioms(masked))
        masked = _OWN_PLAN.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(
            m.group(1)) + m.group(0)[m.end(1) - m.start(0):], masked)
        for m in NUMBER.finditer(masked):
            if re.search(r"\d(?:st|nd|rd|th)$", m.group(0)):
                continue
            # A number used again in the sentence is checked where it stands again.
            nth = len(re.findall(rf"(?<![\w]){re.escape(m.group(0))}(?![\w])",
                                 masked[:m.start()]))
            add(m.group(0), "number" if not is_year(m) else "date", raw, nth)
        for m in NUMBER_TOKEN.finditer(masked):
            if m.group().casefold() in NUMBER_WORDS and not SELF_COUNT.match(
                    masked[m.end():]) and not (_WE_TWO.search(masked[:m.start()])
                                               and _WE_TWO_AFTER.match(masked[m.end():])) and (
                    not _lists_as_many(
                        masked, m.end(), NUMBER_WORDS[m.group().casefold()])):
                add(m.group(), "number", raw)
        # A season of a year ("relaunched in spring 2025") dates what it is said of.
        for m in SEASON.finditer(sentence):
            add(m.group(0), "season", raw)
        # A month after a possessive or an article dates what follows ("your May interview"):
        # no modal verb comes there; so does one after a word of time ("starts each
        # September", "before February"). A month beside a request for time ("free in June?") is
        # the user's own plan, a claim only when research or notes date the same thing
        # otherwise ("book a Saturday stage in June" where the notes say the stage is in May).
        planning = AVAILABILITY.search(sentence) is not None
        for m in re.finditer(
            r"\b(?:(?:in|on|since|last|this|next|early|late|mid|of|by|until|from|the|every|"
            r"each|before|after|during|through|throughout|till|your|his|her|their|its|a)\s+|"
            r"\d{1,2}\s+)([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+\d{1,4}\b",
            sentence,
        ):
            month = m.group(1) or m.group(2)
            if month.casefold() in MONTHS:
                add(month, "when" if planning else "date", raw)
    return claims


def _before_predicate(topic: str) -> str:
    """A topic that is its sentence's subject ("Your post on why the team stopped building
    dashboards put into words …") ends where the sentence's own verb starts. A topic that
    is a clause of its own ("why the team stopped …", "how nurses read …") has a subject and
    a verb of its own first: the sentence's verb is looked for after them."""
    words = list(re.finditer(r"[\w'’-]+", topic))
    first = 1
    if words and words[0].group().casefold() in _OWN_CLAUSE:
        # Its subject is one word, or a determiner and a word; its verb comes next.
        determined = len(words) > 1 and words[1].group().casefold() in DETERMINERS
        first = 4 if determined else 3
    for i in range(first, len(words)):
        low, before = words[i].group().casefold(), words[i - 1].group().casefold()
        after = words[i + 1].group().casefold() if i + 1 < len(words) else ""
        if low in _PREDICATE_VERBS or (
                low.endswith("ed") and len(low) > 4 and before not in _BEFORE_ADJECTIVE
                and not before.endswith("ly")) or (
                after in _PARTICLES and before not in DETERMINERS):
            return topic[:words[i].start()].rstrip()  # "… stood out to me"
    return topic


# The writer's own plan and when they will do it ("Will send you my log after 1 month",
# "I'll follow up in 2 weeks"): their timing, not a claim about anyone.
_OWN_PLAN = re.compile(
    r"(?:^|[.;]\s+|,\s+and\s+)(?:I(?:'ll|’ll|\s+will|\s+plan\s+to|\s+am\s+going\s+to|'m\s+going\s+to|"
    r"’m\s+going\s+to)|Will)\b[^,;.]*?\b(?:after|in|within|for)\s+(\d+|one|two|three|four|"
    r"five|six)\s+(?:days?|weeks?|months?)\b", re.IGNORECASE)


def _lists_as_many(sentence: str, end: int, count: int) -> bool:
    """Whether the count ending at `end` is that of the things the sentence goes on to list
    ("Two bits of advice have stuck with me: A, and B"; "the two things I keep coming back
    to are A and B"): it says nothing the list does not."""
    if not 2 <= count <= 6:
        return False
    rest = sentence[end:]
    lead = re.search(r":\s*|\s(?:are|were)\s+", rest)
    # "with two of your people, Luis Benavides and Tanya Ruiz": the names in apposition.
    named = re.match(r"\s+(?:of\s+)?(?:\w+\s+){0,3}?\w+,\s+(?=[A-Z])", rest)
    if named is not None and (lead is None or lead.start() > named.end()):
        lead = re.match(r"\s+(?:of\s+)?(?:\w+\s+){0,3}?\w+,\s+", rest)
    if lead is None or lead.start() > 80:
        return False
    following = rest[lead.end():]
    if ";" in re.split(r"\.(?:\s|$)", following)[0]:
        # Items set apart by semicolons may hold commas and "and" of their own: "Three
        # actions from our call: finish the CPA first; ask to write the memos myself and
        # keep copies; and speak to Faith Chebet".
        items = [i for i in re.split(r"\.(?:\s|$)", following)[0].split(";") if i.strip()]
        return len(items) == count
    listed = re.split(r"\s+[–—-]\s+|;|\.(?:\s|$)", following)[0]
    items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed)
             if i.strip()]
    return len(items) == count


# "to" as the mark of a verb: after a word that wants one ("how to", "going to", "advice
# to"), or before the words a verb takes ("to widen my", "to cooperate better").
_TO_VERB_BEFORE = re.compile(
    r"\b(?:how|want|wants|wanted|like|love|going|have|has|had|need|needs|able|trying|try|"
    r"tries|plan|planning|learn|learning|hope|hoping|advice|chance|way|ways|began|begin|"
    r"start|started|starting|used|decided|helped|help|helps|ready|easier|harder|easy|hard|"
    r"meant|mean|means|seem|seems|seemed|tend|tends|where|what|when|whether)\s+$",
    re.IGNORECASE)
_TO_VERB_AFTER = re.compile(
    r"\s+(?:the|a|an|my|your|our|their|his|her|its|it|them|me|us|this|that|these|those|"
    r"up|out|better|more|to|with|how|what|something|anything)\b")


def _infinitive(sentence: str, to: int, word_end: int) -> bool:
    """Whether the word ending at `word_end` after "to" at `to` is a verb."""
    if not sentence.startswith("to", to):
        return False
    return (_TO_VERB_BEFORE.search(sentence, 0, to) is not None
            or _TO_VERB_AFTER.match(sentence, word_end) is not None)


def _rare_term(word: str) -> bool:
    # A contraction is its first word: "there's", "it'll", "you'll", "doesn't".
    low = re.sub(r"(?:n['’]t|['’](?:s|ll|re|ve|d|m))$", "", word.casefold()).strip("'’-")
    if low in FORMULA_WORDS:
        return False  # "to say diolch again": thanks in the writer's language
    if len(low) < 4 or low in STOP_WORDS or low in COMMON_WORDS or "-" in low:
        return False
    # A word spelled the other way ("specialise" for "specialize") is as frequent.
    # A verb is as frequent as its past form ("specialize" / "specialized").
    forms = {low} | spelling_variants(low)
    forms |= {f + "d" if f.endswith("e") else f + "ed" for f in set(forms)}
    # An adjective in -y of a frequent word is as everyday ("shaky", "sticky", "muddy").
    if low.endswith("y") and len(low) >= 5:
        forms |= {low[:-1], low[:-1] + "e"} | ({low[:-2]} if low[-2] == low[-3] else set())
    ranks = [english_rank(w) for form in forms for w in base_forms(form)]
    return all(r is None or r >= _TERM_RARE for r in ranks)
