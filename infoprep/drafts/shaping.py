"""Turning the user's fragments into parts of sentences.

Call notes and profile lines are written in shorthand: "learn SQL; a portfolio beats
certificates", "Five years of analytics at a bank". The offline templates need grammatical
pieces: an infinitive after "your advice to", a clause after "your point that", a background
that is a sentence. These functions shape the pieces; the sentences around them live in the
templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grammar import IRREGULAR_PAST, second_person, to_you
from .text import word_set

__all__ = [
    "Resource",
    "WorkPhrase",
    "articles_restored",
    "background_leads",
    "background_sentence",
    "background_short",
    "interest_phrase",
    "is_clause",
    "lower_first",
    "resource_things",
    "resources_in",
    "said_to_them",
    "split_clauses",
    "split_steps",
    "starts_imperative",
    "their_to_your",
    "timing_in",
    "work_phrase",
]

# Verbs a note's piece of advice starts with ("learn SQL", "build a portfolio").
IMPERATIVE = word_set(
    """learn build read talk reach focus start try write keep join volunteer apply get take
    practise practice look find use ask study spend document make go attend meet follow
    sign listen watch create pick choose aim avoid consider treat think email call message
    rewrite update prepare set share send contact research review brush pair shadow lean
    narrow ship test explore network save sketch map finish complete come bring visit
    register enrol enroll earn gain develop improve connect schedule book check collect draft
    invest lead log master obtain offer plan prioritise prioritize record reflect run seek show
    skip speak stay stop switch teach track train travel understand upskill work ping"""
)
# Words that make a piece of text a clause with its own verb ("a portfolio beats certificates").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|"
    r"must|may|might|matters?|counts?|beats?|wins?|helps?|works?|pays?|means?|makes?|takes?|"
    r"needs?|comes?|goes?|gets?|looks?|seems?|tends?|starts?|depends?|wants?|cares?|"
    r"[a-z]+'s|isn't|aren't|don't|doesn't|won't|can't)\b",
    re.IGNORECASE,
)
# A plural subject and a verb of its own, perhaps past a place ("PMs at Brightline spend
# half their time …", "most teams hire …"): a clause though no listed verb form is in it.
_PLURAL_VERBS = IMPERATIVE | word_set(
    """own hire prefer expect struggle rely underestimate overestimate value love hate sit
    report move leave judge notice see know think feel say want like decide lack miss burn
    quit grow care need end ignore trust respect underrate overrate assume forget remember
    enjoy reward skim last"""
)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:(?:[A-Z]{2,}|[A-Za-z]+[^\Wsui\d])s|they|we|people|most|many|few)"
    r"(?:\s+(?:at|in|on|from|of|with)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)?"
    r"(?:\s+(?:\w+ly|often|still|also|only|all|actually))?\s+"
    r"(?:" + "|".join(sorted(_PLURAL_VERBS)) + r")\b"
)
_TIMING = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:week|weekend|month|afternoon|evening)|"
    r"next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:by|on|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the\s+end\s+of\s+(?:the\s+)?(?:week|month))|within\s+(?:a|two|three|\d+)\s+(?:days?|weeks?)|"
    r"in\s+the\s+next\s+(?:few\s+)?(?:days|weeks?))\b",
    re.IGNORECASE,
)


def lower_first(text: str) -> str:
    """'Learn SQL' -> 'learn SQL'; names, acronyms and 'I' keep their capital, and so does a
    word before another capitalised one ('Carbon Brief'), unless it tells the user what to do
    with one name ('Finish Dzidzo properly' -> 'finish Dzidzo properly')."""
    words = text.split()
    first = words[0] if words else ""
    # An imperative before one name ("Finish Dzidzo properly", "Learn Python for scripts")
    # is lowered; before a run of capitals it may open a title ("Start With Why").
    # So is one before an acronym ("Learn FDS, Ventsim alone won't carry over").
    # So is one before an honorific ("Ask Dr Thapa about workshop hours").
    named = starts_imperative(text) and len(words) > 1 and (
        (len(words) > 2 and words[2][:1].islower())
        or re.fullmatch(r"[A-Z][A-Z0-9&]+", words[1].rstrip(",.;:")) is not None
        or words[1].rstrip(".").casefold() in {"dr", "mr", "mrs", "ms", "mx", "prof", "capt"})
    if len(words) > 1 and words[1][:1].isupper() and words[1] != "I" and not named:
        return text
    if first[:1].isupper() and (first[1:].islower() or len(first) == 1) and first != "I":
        return text[0].lower() + text[1:]
    return text


# Where a note's clauses part: ";", a dash, a sentence's end before a capital, or before a
# step typed in lower case ("… by Fri 27 Nov. apply online before 31 Jan").
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|\s+[—–]\s+|\s+-\s+|(?<=[a-z)])\.\s+(?=[A-Z])|(?<=[\w)])\.\s+(?=(?:"
    + "|".join(sorted(IMPERATIVE)) + r")\b)")


def split_clauses(text: str) -> list[str]:
    """A note's pieces: split on ';', ' — ' and sentence ends, trimmed of end punctuation."""
    parts = _CLAUSE_SPLIT.split(text)
    return [p.strip().rstrip(" .;,:") for p in parts if p and p.strip(" .;,:")]


def starts_imperative(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].casefold().strip(",") in IMPERATIVE


def is_clause(text: str) -> bool:
    """Whether `text` has a verb of its own, so it can follow "your point that"."""
    return _FINITE.search(text) is not None or _PLURAL_SUBJECT.search(text) is not None


# A group someone works in or joins: "the data team", "the associate PM program".
_UNIT = r"(?:team|program|programme|department|committee|board|office|division|unit)"
_NOT_BARE = (r"(?:the|a|an|my|your|his|her|their|our|its|this|that|these|those|every|each|"
             r"some|any|other|another|both|all|no|one|which|what|whose)")
# "with ops team" -> "with the ops team": a group named without its article after a
# preposition, by a word or two before the group's noun (not "to team up", "in team meetings").
_BARE_UNIT = re.compile(
    rf"\b(with|to|on|in|into|for|from|at|join|joining|joined|across)\s+(?!{_NOT_BARE}\b)"
    rf"((?:(?:[a-z][\w-]*|[A-Z]{{2,}}s?)\s+){{1,2}}{_UNIT})\b(?!\s+[a-z]+s\b)(?![\w'’-])"
)
# "their data team", said to someone who works there: "your data team" (see `said_to_them`).
_THEIR_UNIT = re.compile(
    r"\btheir\s+((?:[a-z][\w-]*\s+){0,2}(?:team|company|org|organisation|organization|"
    r"department|group|office|division|unit|firm|side|program|programme|board|committee|"
    r"leadership|hiring\s+managers?))\b")
# What "their" may point back to other than the person's employer: another organisation
# named after a preposition ("Sam at Octopus, on their team"), a plural, "they".
_OTHER_OWNER = re.compile(
    r"\b(?:at|from|with|for|of)\s+(?:the\s+)?[A-Z]|\bthey\b|"
    r"\b(?:[A-Z]{2,}|[A-Za-z]+[^\Wsui\d])s\b")


def articles_restored(text: str) -> str:
    """A note's group named without its article given one: "apply to associate PM program"
    -> "apply to the associate PM program", "with ops team" -> "with the ops team"."""
    return _BARE_UNIT.sub(lambda m: f"{m.group(1)} the {m.group(2)}", text)


def their_to_your(text: str) -> str:
    """A note's "their team" said to the person whose team it is: "talk to Sam Okoro on
    their data team" -> "… on your data team". Only a group of people at work, and only when
    nothing before it in the clause ("they", a plural, another organisation) could be whose
    it is: "PMs spend half their time", "Sam at Octopus, on their team" stay."""

    def said(m: re.Match[str]) -> str:
        before = re.split(r"[;.:!?]", text[:m.start()])[-1]
        return m.group(0) if _OTHER_OWNER.search(before) else "your " + m.group(1)

    return _THEIR_UNIT.sub(said, text)


def said_to_them(text: str, names: tuple[str, ...] = ()) -> str:
    """A remark from the notes about the person, said to them: "she"/"her" (and each of
    `names` in the possessive) as "you"/"your", "their data team" as "your data team", a
    group given its article ("with the ops team")."""
    for name in names:
        # "send to maya by Friday": the person named as the one written to is "you".
        text = re.sub(rf"\b(to|with|for|e-?mail|ping|ask|tell|thank|send|message|call|cc|"
                      rf"update|show|meet)\s+{re.escape(name)}\b(?!['’])", r"\1 you", text,
                      flags=re.IGNORECASE)
    # … and what is sent to them, left out in notes, is "it": "send it to you".
    text = re.sub(r"\b(send|forward|show|pass)\s+to\s+you\b", r"\1 it to you", text)
    return articles_restored(their_to_your(to_you(text, names)))


def split_steps(text: str) -> list[str]:
    """A note's plan as its steps: the clauses of `split_clauses`, and a list of things to
    do after a comma ("write up my tests as a case study, send to maya by Friday")."""
    steps: list[str] = []
    for clause in split_clauses(text):
        steps.extend(p for p in re.split(r",\s+(?:and\s+|then\s+)?(?=[a-z])", clause)
                     if p)
    # A piece that is no step of its own ("…, especially X") goes back with the one before.
    merged: list[str] = []
    for step in steps:
        if merged and not starts_imperative(step):
            merged[-1] += ", " + step
        else:
            merged.append(step)
    return merged


def timing_in(text: str) -> str:
    """The time a note gives for doing something ('next week'), or ''."""
    m = _TIMING.search(text)
    return m.group(0) if m else ""


@dataclass(frozen=True)
class Resource:
    """One resource from the notes: what it is (book, talk …) and what one does with it."""

    text: str
    noun: str  # book, talk, newsletter … or "" when the note does not say
    verb: str  # read | watch | listen | subscribe | try | explore


_RESOURCE_KINDS: list[tuple[str, str]] = [
    (r"talk\s+recording|recording|video|talk|keynote|webinar|lecture|documentary", "watch"),
    (r"podcast|episode", "listen"),
    (r"newsletter", "subscribe"),
    (r"book|article|post|paper|essay|report|blog|guide|handbook|case\s+study", "read"),
    (r"course|class|bootcamp|tutorial|workshop", "explore"),
    (r"tool|app|library|template|software", "try"),
]


def _top_level_parts(text: str) -> list[str]:
    """Split a list of resources on ',' and 'and', but not inside quotes."""
    parts: list[str] = []
    current = ""
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if c in "\"“”":
            quoted = not quoted if c == '"' else c == "“"
        if not quoted:
            m = re.match(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|his|her|their|your)\b)",
                         text[i:])
            if m:
                parts.append(current)
                current = ""
                i += m.end()
                continue
        current += c
        i += 1
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


# What notes say to do with a resource, before each thing in a list: "She recommended that I
# take the X course and that I read the Y blog", "read X, listen to Y".
_USE = (r"read|re-read|skim|watch|listen\s+to|check\s+out|look\s+(?:at|into)|take|do|try|join|"
        r"follow|subscribe\s+to|sign\s+up\s+(?:for|to)|enrol{1,2}\s+in|attend|get|grab|"
        r"pick\s+up|explore|use|download|bookmark")
_USE_LEAD = re.compile(
    r"(?P<sep>^|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:that\s+)?"
    r"(?:I\s+(?:should\s+|could\s+|might\s+|must\s+)?|me\s+to\s+|to\s+)?"
    rf"(?P<verb>{_USE})\s+(?P<next>\S+)",
    re.IGNORECASE,
)
_SAID_VERBS = {"read": "read", "re-read": "read", "skim": "read", "watch": "watch",
               "listen": "listen", "subscribe": "subscribe"}


def resource_things(text: str) -> tuple[str, str]:
    """The things a resource note names, without what it says to do with each, and the
    first thing's verb as `resources_in` takes it ("read", "watch", "listen", "subscribe"
    or ""): "take the X course and that I read the Y blog" -> "the X course and the Y blog".
    A title that opens with a verb ("Try Softer") keeps it."""
    verbs: list[str] = []

    def dropped(m: re.Match[str]) -> str:
        title = m.group("verb")[:1].isupper() and not re.match(
            r"(?:the|a|an|his|her|their|your|this|these|[\"“'‘])", m.group("next"), re.IGNORECASE)
        if title:
            return m.group(0)
        verbs.append(m.group("verb").casefold().split()[0])
        sep = m.group("sep")
        return (" and " if "and" in sep and "," not in sep else sep) + m.group("next")

    things = _USE_LEAD.sub(dropped, text).strip()
    return things, _SAID_VERBS.get(verbs[0], "") if verbs else ""


_ASIDE = re.compile(
    r"\s*\((?=[^()]*\b(?:she|he|they|I|we|you|said|says|lol)\b)[^()]*\)", re.IGNORECASE)


def resources_in(text: str, verb: str = "") -> list[Resource]:
    """The resources a note names, each with its kind; one item when kinds are not clear.
    `verb`: what the note says to do with them ("read", "listen", "watch"), when it says."""
    said = verb
    found: list[Resource] = []
    # An aside in brackets is what was said of it, not its name: "the Sounding Line ep w/
    # Hannah Quist (she said skip the first 10 min)"; "(Lennard & Ewer)" stays.
    text = re.sub(r"\.(\s+(?:and|\+|&)\s)", r"\1", _ASIDE.sub("", text))
    for part in _top_level_parts(text):
        part = part.strip().rstrip(".").strip()  # "…, one chapter a week. + the …"
        unquoted = re.sub(r"[\"“][^\"”]*[\"”]", " ", part)
        for pattern, verb in _RESOURCE_KINDS:
            m = re.search(rf"\b(?:{pattern})s?\b", unquoted, re.IGNORECASE)
            if m:
                found.append(Resource(part, m.group(0).casefold(), verb))
                break
        else:
            found.append(Resource(part, "", ""))
    if any(not r.noun for r in found) and not (len(found) == 2 and all(
            r.noun or (r.text[:1].isupper() and len(r.text.split()) > 1) for r in found)):
        # "Thinking, Fast and Slow" split on its comma: keep the whole as one thing. Two
        # things, a name of two words or more beside a thing of a known kind ("Carbon Brief,
        # the X podcast"), stay apart; a longer list with a title's commas in it ("…, and
        # Ravi Menon's Blocks, Duties and Rosters") stays whole.
        known = [r for r in found if r.noun]
        verb = known[0].verb if len(known) == 1 else said or "explore"
        noun = known[0].noun if len(known) == 1 else ""
        if re.search(r",\s+and\s+", text) and len(found) > 2:
            verb = noun = ""  # a list of things of several kinds: nothing said of each
        return [Resource(text.strip(), noun, verb)]
    return found


_YEARS = re.compile(
    r"^(?P<n>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|a|a\s+few|several|many)\+?)\s+(?P<unit>years?|months?|decades?)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_SUBJECT_START = re.compile(
    r"^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|After|Before|Since|For|Over|During|Having|As|While|"
    r"When|Most\s+recently|Recently|Until)\b"
)
_PAST_VERB = word_set(
    """worked spent led ran managed built taught studied graduated trained served founded
    started moved joined designed developed analysed analyzed wrote coordinated supported
    completed earned finished volunteered helped created launched"""
)
# Adverbs a background may open with before its verb ("Just finished my BSc …").
_LEAD_ADVERBS = word_set("just recently also previously then since")
# How a profile's interest may be written as a sentence: "I am really interested in …",
# "I'd like to learn more about …". What follows is the interest itself.
_INTEREST_LEAD = re.compile(
    r"^(?:(?:i\s+am|i'm|i’m|i\s+have\s+been|i've\s+been|i’ve\s+been)\s+(?:\w+ly\s+)*"
    r"(?:interested|curious|passionate|excited|keen)\s+(?:in|about)|"
    r"(?:i(?:\s+would|'d|’d)\s+(?:like|love)|i\s+want|i\s+hope|i\s+plan)\s+to\s+"
    r"(?:learn|know|understand|find\s+out|hear)(?:\s+more)?(?:\s+(?:about|of))?|"
    r"i\s+(?:\w+ly\s+)*(?:love|enjoy|like|care\s+about|am\s+drawn\s+to)|"
    r"my\s+(?:main\s+)?interest\s+is(?:\s+in)?|(?:learning|reading)\s+about)\s+",
    re.IGNORECASE,
)
_PERSON_NOUNS = re.compile(
    r"\b(?:analyst|engineer|graduate|teacher|nurse|designer|developer|manager|scientist|"
    r"researcher|student|consultant|officer|planner|assistant|coordinator|specialist|"
    r"accountant|lawyer|journalist|writer|editor|technician|chemist|physician|veteran|"
    r"administrator|associate|lead|founder|owner|marketer|recruiter|economist|librarian|"
    r"pharmacist|therapist|architect|paralegal|producer|intern|volunteer)s?\b",
    re.IGNORECASE,
)


def background_sentence(text: str) -> str:
    """A profile's background line as a sentence a person would say.

    "Five years of analytics at a bank" -> "I've spent five years in analytics at a bank.";
    "Former teacher at …" -> "I'm a former teacher at …"; "Background in finance" -> "I have a
    background in finance."; a noun phrase -> "My background is in …"; sentences stay.
    """
    text = " ".join(text.split()).strip()
    if not text:
        return ""
    body = text.rstrip(".!")
    first = body.split(" ", 1)[0]
    if re.match(r"^(?:currently|now)\s+(?!I\b)", body, re.IGNORECASE):
        shaped = "I'm " + lower_first(body)  # "Currently a paralegal at …"
    elif _SUBJECT_START.match(body) or re.match(r"^I\b", body):
        shaped = body
    elif first.casefold() in _PAST_VERB or (
            first.casefold() in _LEAD_ADVERBS and len(body.split()) > 1
            and body.split()[1].casefold() in _PAST_VERB):
        shaped = "I " + lower_first(body)  # "Just finished my BSc …" -> "I just finished …"
    elif re.match(r"^(?:currently\s+)?working\b", body, re.IGNORECASE):
        shaped = "I'm " + lower_first(body)
    elif m := _YEARS.match(body):
        shaped = _years_sentence(m)
    elif re.match(r"^(?:a\s+)?(?:background|degree|career|experience)\s+(?:in|as)\b", body,
                  re.IGNORECASE):
        shaped = "I have " + (
            "" if body.casefold().startswith("a ") or body.casefold().startswith("experience")
            else "a ") + lower_first(body)
    elif re.match(r"^(?:former|ex-|recent|retired|self-taught|trained|qualified)\b", body,
                  re.IGNORECASE) or _person_phrase(body):
        lead = body.split(",")[0]
        article = "" if re.match(r"^(?:a|an|the)\b", lead, re.IGNORECASE) else (
            "an " if lead[:1].casefold() in "aeiou" else "a ")
        shaped = "I'm " + article + lower_first(body)
    elif re.search(r"[.!?]\s+(?:I|I'm|I've|I'd|My)\b", body):
        # Prose in the first person after its opening ("Everyone calls me Tobi. I grew up in
        # Ibadan …"): said as written.
        shaped = body
    else:
        shaped = "My background is in " + lower_first(body)
    shaped = shaped[0].upper() + shaped[1:]
    return shaped + "."


def _person_phrase(text: str) -> bool:
    """A noun phrase whose head is a person ('Civil engineering graduate from …')."""
    head = re.split(r"\s+(?:at|from|in|with|for|of|who|,)\b|,", text, maxsplit=1)[0]
    return len(head.split()) <= 5 and _PERSON_NOUNS.search(head.split()[-1]) is not None


def _years_sentence(m: re.Match[str]) -> str:
    n, unit, rest = m.group("n"), m.group("unit"), m.group("rest")
    span = f"{lower_first(n)} {unit}"
    if re.match(r"^of\s+(?:experience|work)\b", rest, re.IGNORECASE):
        return f"I have {span} {rest}"
    of = re.match(r"^of\s+(\S+)(.*)$", rest, re.IGNORECASE)
    if of:
        word, tail = of.group(1), of.group(2)
        if word.casefold().endswith("ing"):
            return f"I've spent {span} {word}{tail}"  # "years of teaching chemistry"
        return f"I've spent {span} in {word}{tail}"  # "years of analytics at a bank"
    return f"I've spent {span} {rest}"  # "years in retail", "years as a nurse"


def background_leads(text: str) -> list[str]:
    """The opening sentences of a background told in several, one more each time, short of
    all of them: a pitch says as many as its time allows, never half a sentence."""
    said = [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if part]
    return [" ".join(said[:k]) for k in range(1, len(said))]


def background_short(sentence: str) -> str:
    """The first clause of a background sentence, for a short pitch ('' if it has one)."""
    m = re.search(
        r",\s*(?:and|but|mostly|most\s+recently|including|where|which|with|then)\b|;|\s+and\s+(?=(?:I|have|"
        r"has|then|since|now|spent|later|in\s+the\s+last|most\s+recently)\b)",
        sentence,
    )
    if not m or m.start() < 25:
        return ""
    # Prose of several sentences ends at a sentence, never inside one ("… English. In 2019
    # my S3 pupils | and I collected …" keeps the sentences before "In 2019").
    ends = [e.end() for e in re.finditer(r"[.!?](?=\s+[A-Z])", sentence[:m.start()])]
    if ends:
        return sentence[:ends[-1]]
    return sentence[:m.start()].rstrip(" ,") + "."


# Where a long phrase can end early and still say something whole: a clause break first, then
# a preposition or participle that starts a detail.
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|where|which|who|while|so|including|mostly|then)\b|;|\s[—–]\s|"
    r"\s+and\s+(?=(?:whether|how|what|which|why|if)\b)|,\s"
)
_DETAIL_BREAK = re.compile(
    r"\s+(?=(?:at|in|for|with|on|from|across|to|of|as|who|while|studying|working|focused|"
    r"specialising|specializing|based|looking|moving)\s)"
)


# Words that cannot end a part cut short: they need what follows ("who wants", "keen").
_WANTS_MORE = re.compile(
    r"\b(?:wants?|wanting|hop(?:e|es|ing)|tr(?:y|ies|ying)|aiming|keen|eager|needs?|who|"
    r"which|that|and|or|of|to)\s*$",
    re.IGNORECASE)


def _set_phrase_end(text: str, at: int) -> int:
    """Where the phrase ends that a cut at `at` would part, a word, "to" and the word again
    ("day to day", "face to face"); 0 when it parts none."""
    before = re.search(r"(\w+)\s*$", text[:at])
    after = re.match(r"\s+to\s+(\w+)", text[at:])
    if before and after and before.group(1).casefold() == after.group(1).casefold():
        return at + after.end()
    return 0


def clip(text: str, max_words: int, least: int = 3) -> str:
    """`text` ended early at a clause break, else at a detail, so it has at most `max_words`
    words; '' when it has no such place (the caller then leaves the part out)."""
    text = " ".join(text.split()).rstrip(".")
    if len(text.split()) <= max_words:
        return text
    for pattern in (_CLAUSE_BREAK, _DETAIL_BREAK):
        cuts = []
        for m in pattern.finditer(text):
            at, most = m.start(), max_words
            phrase = _set_phrase_end(text, at)
            if phrase:  # "… looks like day to day": the phrase ends it, a word or two over
                at, most = phrase, max_words + 2
            head = text[:at]
            if head.count("(") > head.count(")") or (re.search(
                    r"\bas\s+[\w-]+$", head) and text[at:].lstrip().startswith("as ")):
                continue  # not inside brackets ("(BSc 2010"), nor "as busy | as Singapore"
            if _WANTS_MORE.search(head):
                continue  # "… who wants | to move into …": the verb needs what follows
            if least <= len(head.split()) <= most:
                cuts.append(at)
        if cuts:
            return text[: max(cuts)].rstrip(" ,")
    return ""


@dataclass(frozen=True)
class WorkPhrase:
    """A piece of someone's work as it reads in a sentence: a `deed` follows "how you"
    ("run Open Door, the yearly submissions window"), a `thing` follows "work on" ("the
    Mountain Pathways apprenticeship")."""

    text: str
    form: str  # "deed" | "thing"


# Words that open the object of a verb ("runs the …", "chairs Open Door").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "every",
                             "new", "two", "three", "four", "five", "six"})
_PARTICLES = frozenset({"up", "out", "after", "over", "on"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)


def _opens_object(words: list[str], i: int, gerund: bool) -> bool:
    """Whether words[i] starts the object of the verb before it."""
    if i >= len(words):
        return False
    word = words[i]
    if word.casefold() in _PARTICLES:
        return _opens_object(words, i + 1, gerund)
    return (word.casefold() in _OBJECT_OPENERS or word[:1].isupper()
            or (gerund and word.endswith("ing")))


def _deed(piece: str) -> str:
    """`piece` said after "how you" when it opens with what the person did or does ("runs
    Open Door" -> "run Open Door", "built the desk"); '' when it does not."""
    words = piece.split()
    first = words[0] if words else ""
    if not first.isalpha() or not first.islower():
        return ""
    past = first in IRREGULAR_PAST or (first.endswith("ed") and len(first) > 4)
    present = first.endswith("s") and not first.endswith("ss") and len(first) > 3
    if not (past or present) or not _opens_object(words, 1, gerund=present):
        return ""
    return " ".join([second_person(first), *words[1:]])


def work_phrase(value: str) -> WorkPhrase | None:
    """A dossier's note of someone's work as a phrase for "how you …" or "work on …".

    Research notes work in shorthand: "chairs the safety committee; mentors new hires",
    "Cool Places: 22 cooling centers each summer", "sensory map of the terminal planned for
    next spring". The first piece that reads as something done ("runs …", "set up …") is
    used, else a first piece that names a thing ("Cool Places", "the Harbourfront Greenway
    redesign"), its gloss after a colon or comma left out; a named thing ending in a common
    noun takes "the" ("the Mountain Pathways apprenticeship"). None when no piece reads so:
    a bare fragment, a statement with its own verb, a count.
    """
    for n, piece in enumerate(split_clauses(value.replace(": ", "; "))):
        deed = _deed(piece)
        if deed:
            return WorkPhrase(deed.rstrip(" ,"), "deed")
        if n:
            continue  # a later piece that is no deed glosses the first ("the rest rented …")
        if piece[:1].isupper() and not _DETERMINER.match(piece):
            piece = piece.split(", ")[0]
            words = piece.split()
            if re.search(r"\d", piece) or is_clause(piece) or len(words) > 8:
                continue
            if len(words) > 1 and words[-1][:1].islower() and words[-1].isalpha():
                piece = "the " + piece  # "Prairie Light community solar garden"
            return WorkPhrase(piece, "thing")
        if _DETERMINER.match(piece) and not re.search(r"\d", piece) and not is_clause(
                piece) and len(piece.split()) <= 10:
            return WorkPhrase(lower_first(piece), "thing")
    return None


def capitals_within(text: str) -> set[str]:
    """The words `text` writes with a capital inside a sentence ("my brother is Deaf"):
    the user's own capitals, which a list item of theirs keeps."""
    return {m.group(1) for m in re.finditer(r"(?<![.!?:;\n])\s([A-Z][a-z]+)\b", text)}


def interest_phrase(text: str, capitals: set[str] | frozenset[str] = frozenset()) -> str:
    """A profile interest as what follows "I'm drawn to": "I am really interested in how
    cities adapt to flooding." -> "how cities adapt to flooding"; a noun phrase stays, its
    first word lowered unless the user writes it with a capital elsewhere (`capitals`: "Deaf
    community access"); '' when it is a sentence of another kind."""
    body = " ".join(text.split()).strip().rstrip(".!;")
    m = _INTEREST_LEAD.match(body)
    if m:
        body = body[m.end():]
    elif re.match(r"^(?:I|I'm|I’m|I'd|I’d|I've|I’ve|My|We)\b", body) or (
            re.search(r"[.!?]\s", body)):
        return ""
    if body and body.split(maxsplit=1)[0] in capitals:
        return body
    return lower_first(body) if body else ""
