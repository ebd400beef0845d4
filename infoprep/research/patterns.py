"""The sentence patterns facts are read with: titles, employers, founding, headquarters,
size, products, customers, funding, news, mission, schools, talks, writing, topics, places.

They match sentence structure, not particular pages; `trim_*` cut a match back to its noun
phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import squeeze

__all__ = [
    "AFFILIATION",
    "CUSTOMERS",
    "EDUCATION_CUE",
    "EVENT",
    "FOUNDED",
    "FUNDING",
    "HQ",
    "LEADER_AFTER",
    "LEADER_BEFORE",
    "LEAD_WORD",
    "LOCATION",
    "LOCATIONS",
    "MISSION",
    "MISSION_CLAUSE",
    "NEWS",
    "ORG",
    "ORG_HEAD",
    "PAST",
    "ROUND",
    "SCHOOL",
    "SIZE",
    "TALKS",
    "TITLED",
    "TITLE_RE",
    "TITLE_WORD",
    "TOPICS",
    "WRITING",
    "founding_pattern",
    "looks_like_name",
    "products_pattern",
    "quoted_speech",
    "titled_work",
    "trim_org",
    "trim_phrase",
    "trim_place",
]

ORG = (r"(?P<org>(?:[A-Z0-9][\w&'’.+-]*)"
       r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+|the\s+|de\s+)?[A-Z0-9][\w&'’.+-]*){0,5})")
_PLACE = r"(?P<place>[A-Z][\w'’.-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’.-]*|de|del|upon|am|on)){0,5})"
TITLE_WORD = (
    r"(?:chief\s+\w+(?:\s+\w+)?\s+officer|chief\s+executive|CEO|CTO|CFO|COO|CMO|CPO|CIO|CISO|CRO|founder|"
    r"co-?founder|president|vice\s+president|SVP|EVP|VP|director|head|manager|lead|engineer|"
    r"scientist|analyst|designer|partner|principal|professor|researcher|architect|developer|"
    r"consultant|editor|chair(?:man|woman|person)?|officer|specialist|coordinator|adviser|"
    r"advisor|strategist|owner|associate|fellow|lecturer|evangelist|recruiter|writer|"
    r"journalist|reporter|counsel|attorney|economist|physician|teacher|instructor|"
    r"administrator|executive|superintendent|dean|curator|producer|technologist|nurse|"
    r"planner|winemaker|brewer|chef|machinist|technician|inspector|dispatcher|pharmacist|"
    r"therapist|librarian|paramedic|EMT|accountant|auditor|buyer|operator|supervisor)"
)
_LEAD = (
    r"(?i:chief\s+\w+(?:\s+\w+)?\s+officer|chief\s+executive|CEO|CTO|CFO|COO|CMO|CPO|CIO|CISO|founder|"
    r"co-?founder|president|vice\s+president|SVP|EVP|VP|head\s+of|director|chair(?:man|woman|"
    r"person)?|managing\s+(?:director|partner)|general\s+manager|general\s+partner|board)\b"
)
LEAD_WORD = re.compile(rf"\b{_LEAD}")
TITLE_RE = re.compile(rf"\b{TITLE_WORD}s?\b", re.IGNORECASE)
# A name's word: "Whitfield", "O'Neill", a double-barrelled "Whitfield-Aguilar".
_NAME_PART = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
_PERSON_NAME = (rf"(?P<name>{_NAME_PART}(?:\s+[A-Z]\.)?(?:\s+(?:van|de|von|da|di|le|la))?"
                rf"(?:\s+{_NAME_PART}){{1,2}})")
_MODIFIER = (r"(?:(?:Senior|Executive|Deputy|Interim|Acting|Founding|Global|Regional|"
             r"Associate|Assistant|Managing|General)\s+)")
_LEAD_TITLE = (rf"(?P<title>{_MODIFIER}{{0,2}}\b{_LEAD}"
               r"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w&-]*|\s+&\s+[A-Z][\w-]*){1,5})?)")
# Words that end an organisation's name, so the part of a career line they end is no place.
ORG_HEAD = re.compile(
    r"\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Company|Co|Group|Bank|Hospital|Clinic|"
    r"Council|Department|Agency|Institute|Foundation|Park|Services|Partners|Associates|Labs?|"
    r"Laboratory|Laboratories|Electric|Energy|Systems|Technologies|Studio|Museum|Library|"
    r"Centre|Center|Trust|Society|District|Authority|Board|Office|Church|Contractors|"
    r"University|College|School|Academy|Ministry|Service|Network|Press|Club)\.?$")
LEADER_AFTER = re.compile(
    rf"{_PERSON_NAME}(?:,?\s+|\s+(?:is|serves\s+as|became|was\s+named|was\s+appointed)\s+)"
    rf"(?:(?i:the|our|its)\s+)?(?:(?i:company'?s)\s+)?{_LEAD_TITLE}"
)
LEADER_BEFORE = re.compile(
    rf"(?P<title>\b{_LEAD}(?:\s+(?:and|&)\s+(?i:\w+))?),?\s+{_PERSON_NAME}"
)
AFFILIATION = re.compile(
    rf"\b(?:works?\s+(?:at|for)|worked\s+(?:at|for)|working\s+(?:at|for)|employed\s+(?:at|by)|plays?\s+for|"
    rf"played\s+for|signed\s+(?:with|for)|joined|(?:{TITLE_WORD})s?\s+(?:at|of|for|with))\s+"
    rf"(?:the\s+)?{ORG}",
)
PAST = re.compile(
    r"\b(?:previously|formerly|former|prior\s+to|before\s+(?:joining|that|this)|earlier|"
    r"spent\s+\w+\s+years?|worked|served|was\s+(?:a|an|the)|left|until\s+\d{4})\b",
    re.IGNORECASE,
)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_YEAR = rf"(?P<year>(?:{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:1[6-9]|20)\d{{2}})"

# "founded"/"established"/"incorporated" in any voice; the vaguer verbs only in the passive
# ("was started in 2011"), since "launched a repair program in 2018" founds nothing.
FOUNDED = re.compile(
    rf"\b(?:founded|established|incorporated|(?:was|were|been)\s+(?:started|launched|formed|"
    rf"set\s+up|created|born))\b(?:[^.;]{{0,60}}?)\b(?:in|since)\s+{_YEAR}\b", re.IGNORECASE)
# The organisation itself as the subject of a start: "Furrowlight began in 2019", "Lakemont's
# story began in 1911", "we opened our doors in 1987", "the shop has been family-owned since
# 1962". `nouns` are what the page calls the organisation ("the winery", "the city").
_ORG_NOUNS = r"company|firm|business|startup|start-up|organi[sz]ation"
_STARTED = (
    r"(?:began|started(?:\s+out)?|got\s+(?:its|our)\s+start|opened\s+(?:its|our)\s+doors|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:founded|established|incorporated|started|"
    r"launched|formed|born|opened|created|set\s+up|organi[sz]ed)|founded|"
    r"dates?\s+(?:back\s+)?to|traces?\s+(?:its|our)\s+(?:roots|history|origins?)\s+"
    r"(?:back\s+)?to)"
    r"(?:\s+as\s+(?:an?|the)\s+[^.;,]{1,50}?)?(?:\s+by\s+[^.;,]{1,50}?)?"
    r"\s+(?:in|back\s+in|to|to\s+the\s+year)"
    r"|(?:has\s+|have\s+|['’]ve\s+)been\s+(?:in\s+business|family[- ]owned(?:\s+and\s+operated)?|"
    r"open|operating|serving\s+[^.;,]{1,40}?)\s+since"
)


def founding_pattern(org: re.Pattern[str], nouns: Iterable[str] = ()) -> re.Pattern[str]:
    """The year an organisation started, said with the organisation (or "we", "the
    company", "the <noun>") as the subject."""
    extra = "".join("|" + re.escape(n) for n in nouns if n)
    subject = (rf"(?:(?i:{org.pattern})|\b[Ww]e|\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+"
               rf"(?:{_ORG_NOUNS}{extra})\b|^It)")
    return re.compile(
        rf"{subject}(?:['’]s\s+(?:story|history|roots|journey))?"
        rf"(?:\s*,[^,.;]{{1,60}},)?(?:\s+|(?=['’]ve))(?:{_STARTED})\s+{_YEAR}\b"
        rf"|^(?:(?:Family[- ]owned(?:\s+and\s+operated)?|In\s+business|Serving\s+[^.;,]{{1,40}}?|"
        rf"Founded|Established|Est\.)\s+(?:since\s+|in\s+)?){_YEAR.replace('year', 'year2')}\b",
        re.MULTILINE,
    )


HQ = re.compile(
    rf"\b(?:headquartered|head-quartered|headquarters\s+(?:is\s+|are\s+)?(?:located\s+)?|"
    rf"HQ\s+(?:is\s+)?|based|located|head\s+offices?\s+(?:are\s+|is\s+)?)\s*in\s+{_PLACE}")
SIZE = re.compile(
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


def products_pattern(org: re.Pattern[str]) -> re.Pattern[str]:
    """Products: "our products include …", or the company (or "we") as the subject of
    builds/makes/sells …"""
    subject = rf"(?:{org.pattern}|\b[Ww]e|\b[Tt]he\s+company)"
    return re.compile(
        rf"(?:\b{_PRODUCT_NOUNS}|{subject}\s+(?:also\s+|now\s+|currently\s+|which\s+)?"
        rf"{_PRODUCT_VERBS})\s+(?P<what>[^.;!?]{{3,200}})",
        re.IGNORECASE,
    )

CUSTOMERS = re.compile(
    r"\b(?:customers|clients|users|partners)\s+(?:include|including|such\s+as|like|range\s+"
    r"from|are)\s+(?P<who>[^.;!?]{3,200})"
    r"|\b(?:used|trusted|chosen|relied\s+on|relied\s+upon)\s+by\s+(?P<who2>[^.;!?]{3,200})"
    r"|\bserves\s+(?P<who3>[^.;!?]{3,200})",
    re.IGNORECASE,
)
_AMOUNT = (r"(?:US\s?)?[$€£¥]\s?\d[\d.,]*\s*(?:million|billion|bn|mn|[MBK]\b|m\b)?|"
           r"\d[\d.,]*\s*(?:million|billion)\s+(?:dollars|euros|pounds|USD|EUR|GBP)")
FUNDING = re.compile(
    rf"\b(?:raised|raises|raising|secured|secures|closed|closes|landed|lands|announced|"
    rf"received)\b[^.;!?]{{0,60}}?(?P<amount>{_AMOUNT})(?:[^.;!?]{{0,60}}?"
    rf"(?P<round>Series\s+[A-H]\d?|seed|pre-seed|growth|venture)\b)?",
    re.IGNORECASE,
)
ROUND = re.compile(r"\b(?P<round>Series\s+[A-H]\d?)\s+(?:round|funding|financing)\b")
NEWS = re.compile(
    r"\b(?:announced|announces|launched|launches|acquired|acquires|partnered|partners\s+with|"
    r"unveiled|unveils|opened|opens|expanded|expands|released|releases|named|appointed|"
    r"appoints|won|wins|signed|signs)\b",
    re.IGNORECASE,
)
MISSION = re.compile(
    r"\b(?:(?:our|its|their|the\s+company'?s)\s+(?:mission|purpose|vision)|mission\s+is|"
    r"we\s+exist\s+to|we\s+believe|on\s+a\s+mission)\b",
    re.IGNORECASE,
)
SCHOOL = re.compile(
    r"(?P<school>(?:(?:[A-Z][\w&'’.-]*|&)\s+){0,4}(?:University|College|Institute|School|"
    r"Polytechnic|Academy|Conservatory|Universit[äéà]\w*|Hochschule|École|Ecole)"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
    r"(?:,\s+[A-Z][\w'’.-]+(?=\s*[.;,)]|$))?)"
)
EDUCATION_CUE = re.compile(
    r"\b(?:graduated|graduate|studied|studies|degree|Ph\.?\s?D|doctorate|MBA|M\.?Sc|B\.?Sc|"
    r"B\.?A\.|M\.?A\.|BSc|MSc|bachelor'?s?|master'?s?|alumn\w*|educated|holds|earned|"
    r"attended)\b",
    re.IGNORECASE,
)
TALKS = re.compile(
    r"\b(?:spoke|speaks|speaking|keynote|talk|talks|presented|presents|presentation|panel|"
    r"panelist|speaker|webinar|podcast|fireside\s+chat)\b",
    re.IGNORECASE,
)
EVENT = re.compile(r"\b(?:at|on)\s+(?:the\s+)?(?P<event>[A-Z][\w&'’.+-]*(?:\s+(?:[A-Z0-9]"
                    r"[\w&'’.+-]*|of|on|for|and|&)){0,6})")
WRITING = re.compile(
    r"\b(?:wrote|writes|written|authored|author\s+of|co-?authored|published|publishes|"
    r"blog\s+post|essay|article|paper|book|column)\b",
    re.IGNORECASE,
)
TITLED = re.compile(r"[\"“‘](?P<work>[^\"”’]{3,160})[\"”’]")
_SPEECH_VERB = (r"(?:said|says|told|tells|wrote|writes|added|adds|asked|explained|noted|"
                r"recalled|commented|continued|replied|insisted|argued|admitted|joked)")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|our|us)\b")


def quoted_speech(sentence: str) -> bool:
    """Whether a sentence reports someone's words in quotation marks (`“…,” Lena said`,
    `She told the paper: “…”`): a first person inside is the speaker, not the writer."""
    if not re.search(r"[\"“]", sentence):
        return False
    return bool(re.match(r"^\s*[\"“]", sentence) or re.search(
        rf"[\"”]\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?{_SPEECH_VERB}\b|\b{_SPEECH_VERB}"
        r"(?:\s+[\w.'’-]+){0,4}?\s*[:,]?\s*[\"“]", sentence))


def titled_work(sentence: str) -> re.Match[str] | None:
    """The first quoted title in a sentence (`her essay “Soil as ledger”`), not a quoted
    remark (`“We have to match the fleet,” said …`, a question, a first-person line), a
    word in scare quotes (`a “success mindset”`) or a quote cut at an apostrophe (`“It’s`)."""
    for found in TITLED.finditer(sentence):
        work = found.group("work").strip()
        after = sentence[found.end() : found.end() + 1]
        if after.isalpha():
            continue  # "it’s": the apostrophe closed nothing
        if not (work[:1].isupper() or work[:1].isdigit()) or work[-1:] in ",.!?…:;":
            continue
        if _FIRST_PERSON.search(work) or re.match(
                rf"^\s*,?\s*(?:[\w.'’-]+\s+){{0,4}}?{_SPEECH_VERB}\b",
                sentence[found.end() :]):
            continue
        if len(work.split()) == 1 and re.search(r"\d", work):
            continue  # a model number in quotes ("the ‘CBR600F4’"), no title
        return found
    return None
# Writing or speaking is "about" or "on" a topic; "wrote in Python", "speaks in French" name a
# language, not a topic. Working, research and interest may be "in" one ("works in
# healthcare").
TOPICS = re.compile(
    r"\b(?:(?:writes|write|writing|wrote|speaks|speak|talks|talk|blogs|blog)\s+"
    r"(?:mostly\s+|mainly\s+|primarily\s+)?(?:about|on)|"
    r"(?:focus(?:es|ed|ing)?|speciali[sz](?:es|ed|ing)|expert|expertise|interested|interests|"
    r"research(?:es|ing)?|passionate|works|working)\s+"
    r"(?:mostly\s+|mainly\s+|primarily\s+)?(?:about|on|in))\s+(?P<topic>[^.;!?]{3,150})",
    re.IGNORECASE,
)
LOCATION = re.compile(
    rf"\b(?:based|lives|live|living|located|resides|residing)\s+in\s+{_PLACE}")
_ONE_PLACE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# "offices in Manchester, London and Rotterdam", "employs 140 people in …"
LOCATIONS = re.compile(
    r"\b(?:offices?|locations?|sites?|studios?|hubs?|branches|teams?|people|employees|staff|"
    r"presence|operations|hospitals|clinics|stores|shops|plants|factories|facilities|"
    r"warehouses|labs?|campuses)\s+(?:[a-z]+\s+){0,2}?(?:in|across)\s+"
    rf"(?P<places>{_ONE_PLACE}(?:,\s+{_ONE_PLACE})*(?:,?\s+and\s+{_ONE_PLACE})?)"
)
MISSION_CLAUSE = re.compile(
    r"\b(?:mission|purpose|vision|goal)\s+(?:is|has\s+always\s+been|remains)\s+(?:simple:\s*)?"
    r"(?:to\s+)?(?P<what>[^.;!?]{6,220})"
    r"|\b(?:we\s+exist|on\s+a\s+mission|we\s+are\s+here|we're\s+here)\s+to\s+"
    r"(?P<what2>[^.;!?]{6,220})",
    re.IGNORECASE,
)


_STOP_TAIL = re.compile(
    r"\s+(?:in|on|since|where|who|which|and|as|to|from|with|for|after|before|until|when|"
    r"while|during|by)\b.*$"
)


def trim_org(org: str | None) -> str:
    org = squeeze(org or "").rstrip(".,;:")
    org = _STOP_TAIL.sub("", org)
    org = re.sub(r"^(?:The|the)\s+", "", org) if len(org.split()) > 1 else org
    if not org or org.lower() in {"i", "we", "she", "he", "they", "it", "this", "that"}:
        return ""
    return org


def trim_place(place: str | None) -> str:
    place = squeeze(place or "").rstrip(".,;:")
    return re.sub(r"\s+(?:and|with|since|where|who)\b.*$", "", place)


def trim_phrase(phrase: str | None) -> str:
    """A noun phrase without the relative clause after it (`…, which use the forecasts`)."""
    phrase = squeeze(phrase or "")
    phrase = re.sub(r",?\s+(?:which|who|whose|where|while|because|so\s+that)\b.*$", "", phrase)
    phrase = re.sub(r",\s+(?:and\s+)?(?:is|are|was|were|has|have|had)\b.*$", "", phrase)
    return phrase.rstrip(".,;:")[:200]


_NOT_NAME = {"the", "our", "and", "for", "with", "about", "contact", "team", "leadership",
             "careers", "news", "home", "products", "company", "board", "advisors", "read",
             "more", "view", "profile", "learn", "meet", "join", "us", "all", "rights",
             "reserved", "privacy", "policy", "terms", "cookie", "cookies", "accept", "by",
             "i", "i'm", "i’m", "hi", "hello", "dear", "posted", "written", "presenter",
             "speaker", "host", "guest", "episode", "session", "senior", "vice", "executive",
             "deputy", "interim", "acting", "assistant", "associate", "managing", "general",
             "chief", "name", "title", "phone", "email", "role", "introducing", "welcome",
             "welcoming", "announcing", "congratulations", "remembering", "celebrating"}


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words, no digits, none of them a common page word."""
    words = text.strip().split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in text):
        return False
    for word in words:
        bare = word.strip(".,'’")
        if bare.lower() in _NOT_NAME or TITLE_RE.fullmatch(bare):
            return False
        if not (bare[:1].isupper() or bare.lower() in {"van", "de", "von", "da", "di", "le"}):
            return False
    return True
