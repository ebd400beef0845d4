"""A sentence from the research retold to the person on the call.

A dropped question's rewrite builds on what the research says. Quoting the page back to the
person ("I read that “Jordan studied mechanical engineering at Leeds.” — …") reads stiffly;
people say "I read that you studied mechanical engineering at Leeds — …". `retell` turns a
sentence about the person (by name, or in the first person on their own page) into the second
person, and a sentence in the employer's "we" into the employer's name, with the verb agreeing.

It retells only what it can retell whole: a sentence that still refers to the person or the
employer in a way it cannot turn (an object "her", a later "we") gives None, and the caller
quotes the sentence as it stands.
"""

from __future__ import annotations

import re

from ..grammar import is_adverb, second_person, third_person
from ..models import given_name, without_honorifics

__all__ = ["retell"]

# "be" after "I" and after "you"; "we" and a company.
_FROM_I = {"am": "are", "was": "were", "'m": "'re", "’m": "’re", "wasn't": "weren't",
           "'ve": "'ve", "’ve": "’ve", "'d": "'d", "’d": "’d", "'ll": "'ll", "’ll": "’ll"}
_FROM_WE = {"are": "is", "were": "was", "have": "has", "do": "does", "aren't": "isn't",
            "weren't": "wasn't", "haven't": "hasn't", "don't": "doesn't", "'re": " is",
            "’re": " is", "'ve": " has", "’ve": " has"}
# After these a "her" is the possessive ("after her PhD"), not the object ("taught her").
_PREPOSITIONS = frozenset({
    "about", "after", "at", "before", "between", "by", "during", "for", "from", "in", "into",
    "of", "on", "over", "through", "to", "under", "with", "within", "without", "across",
    "alongside", "since", "throughout", "toward", "towards", "until", "via", "where",
    "and", "while", "when", "as",
})
# A second verb after "and" or "or" that "we" governs too ("sort and store", "and report to"):
# a lower-case word that is no article or possessive and, without a final "s", no plural noun.
_COORDINATED = re.compile(
    r"\b(?:and|or|then|but)\s+(?!(?:the|a|an|its|our|their|other|more|most|all|each|every|"
    r"many|some|any|no|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z]+(?<!s)\b"
)
# A second verb in the present after "and" ("… and teaches dyeing").
_ANOTHER_PRESENT = re.compile(r"\b(?:and|or|but|then)\s+[a-z]+[^s\W]s\b")
_LEAD = re.compile(
    r"(?:In|On|At|Since|After|Before|During|Last|This|Every|Each|Over|By|Until|Today|Now|"
    r"Earlier|Later|Recently|Previously)\s"
)
# A word that makes the words before a name a job title ("Head of Product Jordan Rivera"),
# not another person ("Priya Natarajan and Jordan Rivera").
_TITLE_WORD = re.compile(
    r"\b(?:Head|Chief|Director|Manager|Officer|Lead|President|VP|Founder|Co-founder|"
    r"Engineer|Editor|Partner|Chair|Principal|Senior|Associate|Professor|Dr|Captain|Curator|"
    r"Supervisor|Coordinator|Specialist|Analyst|Designer|Scientist|Nurse|Librarian|"
    r"Superintendent|CEO|CTO|CFO|COO)\b"
)
# The capitalised words that open a sentence (its subject when they name someone), then the rest.
_HEAD = re.compile(r"^(?P<head>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)(?P<rest>\s.*)$")


def retell(sentence: str, *, person: str, company: str, own_page: bool = False) -> str | None:
    """`sentence` as a clause to follow "I read that …", addressed to `person`; None when it
    cannot be retold whole. `own_page`: the sentence is on the person's own page, so its "I"
    is them."""
    text = " ".join(sentence.split()).rstrip()
    text = re.sub(r"[.!]+[”\"’']?$", "", text).strip()
    if not text or text.endswith("?") or "“" in text or '"' in text:
        return None
    # An opening phrase of time ("In fiscal 2024 I submitted …", "In March 2024 we raised …",
    # "Since 2019, Odile has …") stays in front of the retold rest.
    if _LEAD.match(text):
        for gap in re.finditer(r",?\s+", text[:60]):
            after = text[gap.end():]
            if re.match(r"(?:we|our)\b", after):
                after = after[0].upper() + after[1:]
            if not re.match(r"(?:I|We|Our|[A-Z][a-z])", after):
                continue
            rest = retell(after, person=person, company=company, own_page=own_page)
            if rest is not None:
                lead = text[:gap.start()] + gap.group(0)
                return lead[0].lower() + lead[1:] + rest
        return None
    if re.match(r"We(?:\s|['’](?:re|ve)\b)", text):
        # On the person's own page "we" is their team or household, not the employer.
        return _from_we(text[2:], company) if company and not own_page else None
    if text.startswith("Our "):
        rest = text[3:]
        return None if not company or _still_we(rest) else _its(_possessive(company) + rest)
    if re.match(r"I(?:\s|['’](?:m|ve|d|ll)\b)", text):
        if not own_page:
            return None
        # Their own words retold whole, else up to the first break that leaves a clause that
        # can be ("I plan the testing for each release, write our test plans … we wrote in
        # Python": "you plan the testing for each release"): a part of what they said, never
        # their "I" quoted back at them.
        breaks = [m.start() for m in re.finditer(r"\s*(?:[,;:]|\s[—–])\s", text)]
        for end in [len(text), *breaks]:
            if len(text[:end].split()) < 4:
                continue
            told = _from_first_person(text[1:end], person)
            if told is not None:
                return told
        return None
    # "Head of Product Jordan Rivera said …": a title before the name is theirs.
    bare = without_honorifics(person)
    names = [n for n in dict.fromkeys((person, bare, given_name(person))) if n]
    for name in names:
        titled = re.match(rf"(?:[A-Z][\w-]*\s+(?:(?:of|and|for|&)\s+)?){{1,6}}?{re.escape(name)}"
                          rf"(?=\s)", text)
        if titled and titled.group(0) != name and _TITLE_WORD.search(
                titled.group(0)[: -len(name)]):
            text = name + text[titled.end():]
            break
    head = _HEAD.match(text)
    if head is None:
        return None
    subject, rest = head.group("head"), head.group("rest")
    if _is_person(subject, person):
        return _second_person(rest, person)
    if subject.endswith(("'s", "’s")) and _is_person(subject[:-2], person):
        # "Jordan's team grew to twelve": the possessive is "your".
        return _finish("your" + rest, person)
    return None


def _is_person(subject: str, person: str) -> bool:
    """Whether `subject` names `person`: the full name, the first name or the last name,
    with or without a form of address ("Dr. Osei", "Margaret Osei" for "Dr. Margaret Osei")."""
    names = without_honorifics(person).split()
    if not names:
        return False
    bare = without_honorifics(subject)
    return subject == person or bare in (
        " ".join(names), names[0], names[-1], f"{names[0]} {names[-1]}")


def _second_person(rest: str, person: str) -> str | None:
    """The sentence with "you" as its subject: the verb after it agrees."""
    words = rest.split(" ")
    # words[0] is "" (rest opens with a space); the verb is the first word after any adverbs.
    index = 1
    while index < len(words) and is_adverb(words[index]):
        index += 1
    if index >= len(words):
        return None
    verb = words[index]
    if not verb.isalpha() and not re.fullmatch(r"[a-z]+n['’]t", verb):
        return None  # "Jordan Rivera, Head of Product, …" or "runs, tests and …"
    if not verb[:1].islower():
        return None  # an apposition, not a verb
    words[index] = second_person(verb)
    if words[index] != verb and _ANOTHER_PRESENT.search(" ".join(words[index + 1:])):
        return None  # "leads the studio and teaches dyeing": the second verb would need it too
    return _finish("you" + " ".join(words), person)


# A later "I" in the person's own words, with the contraction or form of "be" after it.
_LATER_I = re.compile(r"\bI(?:(?P<contracted>['’](?:m|ve|d|ll))|\s+(?P<be>am|was|wasn't|wasn’t)\b)?"
                      r"(?![\w'’])")


def _from_first_person(rest: str, person: str) -> str | None:
    """"I moved to product in 2021" on their own page: "you moved to product in 2021"; every
    later "I" too ("… by choice, and I help train …": "and you help train"), and their "our"
    is "your" ("our test plans": "your test plans")."""
    if rest[:1] in "'’":
        rest = _FROM_I.get(rest[:2], rest[:2]) + rest[2:]  # "I'm" -> "you're"; "I've" stays
    else:
        words = rest.split(" ")
        index = 1
        while index < len(words) and is_adverb(words[index]):
            index += 1
        if index < len(words):
            words[index] = _FROM_I.get(words[index], words[index])
        rest = " ".join(words)
    if re.search(r"\b(?:we|us|we['’]\w+)\b", rest, re.IGNORECASE):
        return None  # their team's "we" has no plain second-person form

    def later_i(m: re.Match[str]) -> str:
        if m.group("contracted"):
            return "you" + _FROM_I.get(m.group("contracted"), m.group("contracted"))
        if m.group("be"):
            return "you " + _FROM_I[m.group("be").replace("’", "'")].replace(
                "'", "’" if "’" in m.group("be") else "'")
        return "you"

    told = _LATER_I.sub(later_i, rest)
    told = re.sub(r"\bmy\b", "your", told)
    told = re.sub(r"\b(?:mine|ours)\b", "yours", told)
    told = re.sub(r"\bmyself\b", "yourself", told)
    told = re.sub(r"\bme\b", "you", told)
    told = re.sub(r"\bour\b", "your", told)
    # Their own words: a "he", "she" or "they" in them is someone else, never the person, so
    # it stays; only their name again ("I, Odile Varnham, …") is not retold.
    names = [n for n in {person, *without_honorifics(person).split()} if len(n) > 1]
    if any(re.search(rf"\b{re.escape(n)}\b", told) for n in names):
        return None
    return "you" + told


def _from_we(rest: str, company: str) -> str | None:
    """"We build Tempo" on the employer's page: "Brightline Energy builds Tempo"."""
    for short, long in _FROM_WE.items():
        if short.startswith(("'", "’")) and rest.startswith(short):
            rest = long + rest[len(short):]
            break
    else:
        words = rest.split(" ")
        index = 1
        while index < len(words) and is_adverb(words[index]):
            index += 1
        if index >= len(words) or not words[index].isalpha() or not words[index][:1].islower():
            return None
        words[index] = _FROM_WE.get(words[index], third_person(words[index]))
        rest = " ".join(words)
    if _still_we(rest) or re.search(r"\b(?:I|my|me|mine)\b|\bI['’]", rest):
        return None  # a later "we", or the writer's own "I" beside the company's "we"
    if _COORDINATED.search(rest):
        return None  # "we collect, sort and store": each verb would need turning
    return _its(company + rest)


def _still_we(rest: str) -> bool:
    """Whether a later "we" or "us" remains, which would need its own verb turned."""
    return re.search(r"\b(?:we|us|we['’]\w+)\b", rest, re.IGNORECASE) is not None


def _its(text: str) -> str:
    """A later "our" is the company's: "its"."""
    return re.sub(r"\bour\b", "its", re.sub(r"\bOur\b", "Its", text))


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _finish(told: str, person: str) -> str | None:
    """The retold sentence, or None when it still refers to the person in a way not turned:
    their name again, "he", "she", "they", "him", an object "her"."""
    names = [n for n in {person, *without_honorifics(person).split()} if len(n) > 1]
    if any(re.search(rf"\b{re.escape(n)}\b", told) for n in names):
        return None
    told = re.sub(r"\bhis\b", "your", told)
    words = told.split(" ")
    for index, word in enumerate(words):
        bare = word.strip(",;:")
        if bare in ("her", "Her"):
            before = words[index - 1].casefold() if index else ""
            after = words[index + 1] if index + 1 < len(words) else ""
            if before in _PREPOSITIONS and after[:1].islower() and word == bare:
                words[index] = "your"
            else:
                return None
    told = " ".join(words)
    # "he", "she" or "they" later may be the person or someone else: not retold.
    if re.search(r"\b(?:he|she|him|himself|herself|they|them|their|theirs|themselves)\b",
                 told, re.IGNORECASE):
        return None
    return told
