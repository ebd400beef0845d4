"""The writer's own request inside a draft: the words that say what the call is not (a job,
a vacancy, a referral), how it would fit the recipient's time and how easily they may say
no. They are the ask, not claims about the recipient: "I'm not asking about vacancies",
"happy to fit around your rota", "if you're too busy, no reply needed". Only the request's
own words are: a name, number or event inside the same clause is still checked."""

from __future__ import annotations

import re

__all__ = ["EASY_NO", "JOB_WORDS", "NEGATION", "request_spans", "within_request"]

JOB_WORDS = re.compile(
    r"\b(?:jobs?|positions?|openings?|vacanc\w*|hiring|hire\s+me|employment|internships?|"
    r"refer\s+me|referral\s+for|put\s+(?:in\s+)?a\s+(?:good\s+)?word|"
    r"(?:pass|send|forward)\s+(?:along|on)?\s*my\s+(?:resume|résumé|cv)|my\s+(?:resume|résumé|cv)|"
    r"apply(?:ing)?\s+(?:for|to)|recommend\s+me|open\s+roles?)\b",
    re.IGNORECASE,
)
# An easy way to say no: "If you're too busy, no reply needed at all."
EASY_NO = (
    r"no\s+(?:worries|pressure|problem|hard\s+feelings)|(?:completely|totally|fully)\s+"
    r"understand|if\s+(?:now|this|it)\s+(?:isn't|is\s+not|doesn't|does\s+not)|"
    r"if\s+you(?:'re|\s+are)\s+(?:too\s+)?(?:busy|swamped)|"
    r"feel\s+free\s+to\s+(?:ignore|decline|say\s+no|pass)|no\s+need\s+to\s+reply|"
    r"no\s+(?:reply|response|answer)\s+(?:needed|necessary|required)|"
    r"understand\s+if|if\s+the\s+timing"
)
NEGATION = re.compile(r"\b(?:not|no|never|nor|without)\b|n't\b|n’t\b", re.IGNORECASE)
# What a job request is called ("a job enquiry", "a vacancy request").
_REQUEST_NOUN = re.compile(
    r"\s+(?:enquir(?:y|ies)|inquir(?:y|ies)|requests?|asks?|applications?|hunt|search)\b",
    re.IGNORECASE)
# Fitting the call to the recipient's time: "fit around your rota", "work in with your
# shifts", "whatever suits your diary". The words after "your" up to a break name that time.
_FIT_AROUND = re.compile(
    r"\b(?:fit|fits|fitting|work|working|slot|slotting|arrange|plan|bend|flex)\s+"
    r"(?:(?:it|myself|things)\s+)?(?:around|round|in\s+with)\s+your\s+"
    r"|\b(?:whatever|whenever|what(?:ever)?\s+time)\s+(?:suits|fits)\s+your\s+",
    re.IGNORECASE)
_TIME_WORDS = re.compile(r"(?:[a-z][\w'’-]*)(?:\s+(?!(?:by|and|or|but|for|at|in|on|if|so|"
                         r"with|to|from|over|via)\b)[a-z][\w'’-]*){0,2}")


# What the writer says they are not asking about: "not asking about secondments".
_NOT_ASKING = re.compile(
    r"\b(?:not|n't|n’t)\s+(?:(?:really|here|writing)\s+)?(?:asking|looking|angling|fishing|"
    r"hoping)\s+(?:you\s+)?(?:about|for|after)\s+(?:(?:a|an|any|the)\s+)?",
    re.IGNORECASE)


def request_spans(sentence: str) -> list[tuple[int, int]]:
    """Where `sentence` words the writer's own request: a job word under a negation
    before it in the same clause ("not a job enquiry"), with the name of the request
    after it; the lower-case words after "not asking about"; and the lower-case words naming the
    recipient's time after "fit around your"."""
    spans: list[tuple[int, int]] = []
    for m in JOB_WORDS.finditer(sentence):
        before = re.split(r"[.!?;\n]|\bbut\b", sentence[max(0, m.start() - 60):m.start()])[-1]
        if NEGATION.search(before):
            noun = _REQUEST_NOUN.match(sentence, m.end())
            spans.append((m.start(), noun.end() if noun else m.end()))
    for m in _NOT_ASKING.finditer(sentence):
        what = _TIME_WORDS.match(sentence, m.end())
        if what is not None:
            spans.append((m.start(), what.end()))
    for m in _FIT_AROUND.finditer(sentence):
        time = _TIME_WORDS.match(sentence, m.end())
        if time is not None:
            spans.append((m.start(), time.end()))
    return spans


def within_request(sentence: str, start: int, end: int) -> bool:
    """Whether `sentence[start:end]` lies inside the writer's own request."""
    return any(a <= start and end <= b for a, b in request_spans(sentence))
