"""The googleable filter: drop the questions the research already answers, with the evidence.

Offline, a question is read for what it asks, past the phrases that only frame it ("all told",
"these days") and the requests that wrap it ("Would you mind telling me who …" asks "who …", "I
was curious whether you …" asks "do you …", "I don't have a degree. Could I still apply?" asks
"do I need a degree?"): signals that it wants the person's own experience,
reasons, views or advice (kept, even when it mentions a public fact, unless the person answered
it in public: a line on their own page or about them, or under an interviewer's question, that
covers most of its words and holds the marker of an answer of its kind, a reason, advice, an
opinion, a day's routine …, the marker standing for the few words that only ask for that kind,
"your take", "most frustrating part", the marker a word of its own and not one of the words
asked about, a count when the question asks how many, and what the asker stated before asking
("You ran the night desk. What was the hardest part?") among the words it must cover; a
question that tells the person a fact about them and then asks them about it asks for their
experience of it); an intent from the paraphrase lexicon
(founding date, headquarters, education …). It is googleable when a typed fact of that kind, or
a passage with the question's own word for the thing near a value of the right shape, also
covers the rest of the question's words. Questions with no intent are googleable only when one
passage covers nearly all their words (a question with one word to go on: a word few passages
use, in the sentence itself) and holds the kind of answer they ask for (a value next to what it
measures, not in a sentence that names something else), or, for a yes/no question, when a
sentence says yes or no ("not", "only", "-free") of every word of it the sources use. Some words
are stated without being written: a concept (data/concepts.toml) marks a passage that shows one
("Lisbon, Portugal" shows "abroad"; "$68,000 – $80,000" shows a "range"). Words that only hedge
or frame ("is it true", "even", "one of") are read past, and common verbs ("came", "deal with")
count for little; a "how often" question's one word no source uses is its own phrasing of what
the sentence with the frequency says ("rewrite" for "changes"). Beyond the lexicon's synonyms, a
word the paraphrase table (data/neighbours.tsv.gz) lists near a question's word in meaning
("closed" for "shut", "crew" for "team") covers it, for a little less than the word itself.
An intent that finds no typed answer does not bar the person's own page when the passage check
runs: "before you moved into revenue management" asks about them, not revenue. A question the
rules keep that asks for a fact of a kind the lexicon knows or an answer of a shape (a number, a
date, a name, yes or no …), not the person's own experience or views, then goes to the answer
reader (reader.py) when the filter is given one: a small language model that reads it beside each
of the passages bm25 ranks nearest and drops it when one states the answer in other words
("Weekend work is paid at time and a half." for "Do you get paid more for working on a Saturday?").

A passage answers only what it says, not what it mentions: a line that only names a topic (an
episode's list of subjects, "we also talked about …", "Next time: …", a talk's abstract) answers
nothing; "Which union …?" wants a name, not "a union"; a job's pay is that job's row, its rung
included ("senior" is not "Engineer I"); "Why …?" wants a reason; a question's second part ("…,
and when?") must be answered too; a figure or a record of names the question itself gives is no
answer; "How many of the X …?" wants a part of them. The quote shown is the line that answers:
not the FAQ or interview question before it nor a section's title, the head of the organisation
for "who runs it", the degree asked about.

With a model, one batched call judges every question. The model reads whole sources, as many as
fit in a word budget (those holding the most of the questions' top passages first), and next to
each question its top passages (ranked by bm25 on the words that carry its meaning and the
lexicon's words for them, see `passages_for`): an answer put in other words ("closed-toe shoes"
for "sandals") is often in no question's top passages. The model must quote the passage that
answers, and a quote not found verbatim in that source is overruled (the question is kept).
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from ..grammar import as_role
from ..models import Evidence, Fact, Source, Verdict, given_name, without_country_code
from .answers import (
    NAME_LINE,
    PAY_SHAPE,
    Expectation,
    asks_a_rate,
    expected_answer,
    holds_answer,
    job_title_lines,
    names_role,
    paid_role,
    pay_for_a_price,
    rated_price,
)
from .concepts import load_concepts
from .evidence import EvidenceIndex, Passage
from .lexicon import Intent, Lexicon, load_lexicon
from .neighbours import Neighbours, load_neighbours
from .retell import retell
from .text import STOPWORDS, acronyms, stem, words

if TYPE_CHECKING:
    from ..llm import Generator, ModelGateway
    from ..prompts import PromptLibrary
    from .finder import PassageFinder
    from .reader import AnswerReader

__all__ = ["Analysis", "GoogleableFilter", "JudgeReply", "JudgedQuestion", "normalise"]

log = logging.getLogger("infoprep")

_WINDOW = 120  # characters between an intent's cue and its answer in one passage
# What the model's judge reads: whole sources up to this many words in all (about 16,000
# tokens), and next to each question its top passages (more when a source did not fit).
_JUDGE_WORDS = 12_000
_JUDGE_PASSAGES = 4
_JUDGE_PASSAGES_WIDE = 8
# The answer reader reads the passages bm25 ranks nearest a question the rules keep, and drops
# it when one scores at least this: chosen on fresh18 to fresh21 while its training had not
# seen them, as the threshold of best F1 that keeps at least 0.97 of the personal questions, and
# kept when they joined the training. An open question (no fact kind, no shape of answer)
# needs the second, and only its 4 nearest are read: a line that answers it beyond doubt is
# near it (reading 8 found 1 more right drop in 2,062 on the read sets, and was a third of all
# the reading).
_READ_PASSAGES = 8
# For a question that asks a kind of answer (a count, a date, a name…), the reader reads the
# first 8 passages that could hold one among bm25's first 16: lines on the topic with no answer
# of that shape no longer crowd out the one that has it. Read sets tp 1411 -> 1430, fp 111 ->
# 114; fresh29 (which the reader was not trained on) tp 54 -> 56, fp 4 -> 4; blind fresh31 tp
# 48 -> 49, fp 6 -> 6; judging with the reader took 15% longer.
_READ_POOL = 2
_READ_THRESHOLD = 0.20
# Of the passages nearest a question in meaning, the finder's first this many are looked at,
# and at most this many of them (of the shape asked, beyond bm25's) are read.
_MEANING_PASSAGES = 8
_MEANING_READ = 2
# Of the lines the rules find answering a question, the reader's pick is quoted when it scores
# at least this, and this much more than the rules' first; at most this many are offered.
_CHOOSE_THRESHOLD = 0.20
_CHOOSE_MARGIN = 0.1
_CHOICES = 4
_GENERIC_REASON = "a passage of the research answers it"
_OPEN_READ_THRESHOLD = 0.7
_OPEN_READ_PASSAGES = 4
# Shares of a question's IDF-weighted words a passage (with its context) must hold.
_GENERIC_COVERAGE = 0.65  # questions that want a value of some shape (a number, a date …)
_OPEN_COVERAGE = 0.85  # yes/no and open "what" questions
_INTENT_COVERAGE = 0.6  # questions whose intent the passage states
_TITLE_WORDS = 6  # words at most in a section's title that only leads to its answer
_OWN_SHARE = 0.34  # of an open question's words, in the answering sentence itself
_TOLD_COVERAGE = 0.7  # personal questions the person answered in public
_MOVE_TOLD_COVERAGE = 0.25  # … why they made a move, by a line that tells the move and why
_SAID_MOST_COVERAGE = 0.5  # … by a line that opens with "The hardest part of …"
_ASKED_SHARE = 0.5  # … by the answer to an interviewer's question of its kind, with it
_NEAR_COVERAGE = 0.5  # of which in the sentence or the two lines before it
# A word of the passage near a word of the question in meaning (the paraphrase table,
# data/neighbours.tsv.gz: "personnel" for "staff", "launch" for "start"): from this cosine
# similarity on, it covers the question's word with this weight. A personal question the
# person answered in public must still use its own words.
_KIN_SIMILARITY = 0.5
# A word written in lower case (its first letter at least).
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z0-9]*(?:['’][a-z]+)?")
_KIN_WEIGHT = 0.8
# A yes/no question settled in other words (see `_settles`): words of the question the sources
# use, at least; words no source uses, at most (besides weak verbs); share of the former the
# sentence itself must hold.
_SETTLED_PRESENT = 2
_SETTLED_ABSENT = 1
_SETTLED_COVERAGE = 0.85
_POLARITY = re.compile(
    r"\b(?:not|no|never|none|only|without|n't)\b|n't\b|\w-free\b|\bfree of\b", re.IGNORECASE
)
_RARE = 3  # passages a word may be in, at least, and still decide a question alone
_RARE_SHARE = 0.1  # or this share of the passages, in a larger dossier
_WEAK = 0.1  # weight of a common verb ("offer", "use") against a word that names a thing
_NEARBY = 0.85  # weight of a word in the two lines before a passage
_ON_PAGE = 0.6  # weight of a word elsewhere on the passage's page
_HEADING_REACH = 8  # lines back to look for the title of a passage's section
_HEADING_LENGTH = 80  # characters at most in such a title
# The name a table row or list item opens with: two or more capitalised words.
_LABEL = re.compile(r"^[|*•-]?\s*[A-Z][\w&'’-]*(?:\s+(?:of|and|&|for|the)?\s*[A-Z][\w&'’-]*)+")
# A run of capitalised words: a name ("Lamplighter's Rest", "Tower Avenue").
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")  # never across lines
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_MONEY = re.compile(r"[$€£]\s?\d")
# The employer named by the kind of place it is, in a question about the employer.
_THE_EMPLOYER = re.compile(
    r"\b(?:the|your|this|that)\s+(?:utility|practice|studio|co-?op|cooperative|clinic|"
    r"hospital|authority|press|publisher|foundation|nonprofit|charity|winery|brewery|"
    r"agency|organi[sz]ation|company|firm|business|outfit|foundry)\b",
    re.IGNORECASE,
)
# "How big is the annual bonus?": what is sized.
_HOW_BIG = re.compile(
    r"\bhow (?:big|large|small) (?:is|are|was|were) (?P<thing>[^?,]+?)"
    r"(?:\s+(?:now|today|these days|right now|in (?:a|an|the) [\w ]+|overall))?\W*$",
    re.IGNORECASE,
)
# The employer, or people in it: a size of these is a headcount.
_PEOPLE = frozenset({
    "company", "firm", "organization", "organisation", "business", "employer", "workforce",
    "staff", "co-op", "cooperative", "agency", "it", "they", "operation", "outfit", "group",
    "team", "department", "crew", "newsroom", "office", "unit", "division", "lab", "studio",
    "practice", "headcount", "teams", "staffs", "groups", "departments",
})
# "How many people are in the sustainability group?": a part of the employer.
_SUB_UNIT = re.compile(
    r"\bhow many (?:people|staff|employees|workers|members)\b[^?]*?\b(?:in|on|at|within)\s+"
    r"(?:the|your|its|their|our)?\s*(?P<unit>(?:[\w'’-]+\s+){0,4}?"
    r"(?:group|team|department|unit|division|side|office|lab|crew|shift|studio|branch|wing))\b",
    re.IGNORECASE,
)
# Who the employer deals with, not an office in it (stems).
_DEALS_WITH = frozenset({
    "client", "customer", "donor", "funder", "sponsor", "partner", "supplier", "vendor",
    "investor", "contractor", "subcontractor", "competitor", "rival", "buyer", "tenant",
})
# A line of a degree, and a question of study.
_DEGREE_LINE = re.compile(
    r"\b(?:Bachelor|Master|Doctor|Associate)\s+of\b|\b(?:B\.?Sc|M\.?Sc|MBA|MFA|Ph\.?D|BA|MA|BS|MS)"
    r"\b|\b(?:degree|diploma)\b"
)
_ASKS_STUDY = re.compile(
    r"\b(?:degrees?|stud(?:y|ied|ies|ying)|graduat\w*|bachelor\w*|master\w*|mba|mfa|ph\.?d|"
    r"doctorate|diplomas?|major\w*|schools?|colleges?|certificat\w*|credentials?|"
    r"qualifications?|educat\w*)\b",
    re.IGNORECASE,
)
# "… through the Larder Market alone?": a part of a whole, singled out.
_SINGLED_OUT = re.compile(r"\s+(?:alone|specifically|by itself|on its own)\W*$", re.IGNORECASE)
# A part of the employer: its size is no headcount of the whole.
_PART = r"\b(?:group|team|crew|division|department|unit|shift|lab|office|studio|branch|pod)s?"
_PART_COUNTED = re.compile(
    _PART + r"\s+(?:of|has|have|is|are)\s+(?:about\s+|around\s+|roughly\s+)?\d", re.IGNORECASE
)
_PART_WORD = re.compile(_PART + r"\b", re.IGNORECASE)
_OWNED_BY_ITS_OWN = re.compile(
    r"\bowned by (?:the )?[A-Z][\w'’-]+ family\b|\b(?:family|employee|member|worker|"
    r"clinician|partner|founder|locally|independently)[- ]owned\b|\bowned by (?:its|our|their)"
    r" (?:own )?(?:\w+ )?(?:employees|members|policyholders|clinicians|partners|founders|"
    r"staff|farmers|customers)\b",
)
_YOU_FIRST = re.compile(r"\s*(?:you|you['’](?:ve|re|d))\b", re.IGNORECASE)
_OPENS_WITH_FIGURE = re.compile(r"\s*(?:about |around |over |more than )?[$€£]?\d")
_FOUNDED = re.compile(r"\bfound(?:ed|er|ers|ing)\b|\bco-?founder", re.IGNORECASE)
# A leader as research records one: "Wren Tokarczyk, Studio Director and Co-founder".
_CARD_VALUE = re.compile(r"(?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+\S")
# A figure in a question: "31", "$38 million" (its number).
_FIGURE = re.compile(
    r"\$?\d[\d,.]*\d(?:\s+(?:million|billion|thousand))?|\$?\d(?:\s+(?:million|billion|thousand))?"
)
# A count in words a question may give ("Of the eleven people on your crew, …").
_FIGURE_WORD = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)\b"
)
# A yes/no question of what came about ("Did the annex end up getting …?"), and a line of
# what is only aimed at.
_HAPPENED = re.compile(r"\s*(?:did|has|have|was|were)\b", re.IGNORECASE)
_AIMED = re.compile(
    r"\b(?:is|are) (?:targeting|aiming|seeking|hoping|planning|expected)|\baims? to\b|"
    r"\bplans? to\b|\bhopes? to\b|\bexpects? to\b|\bwill (?:seek|apply|pursue)\b",
    re.IGNORECASE,
)
# Levels of degree, as questions and résumés name them.
_DEGREES = (
    ("doctorate", re.compile(
        r"\b(?:ph\.?\s?d|doctorate|doctoral|dnp|ed\.?\s?d|dphil)\b", re.IGNORECASE)),
    ("master", re.compile(
        r"\b(?:[Mm]aster(?:['’ ]?s)?|M\.\s?[AS]\.?|MA|MS|MSc|MBA|MFA|MPH|MPA|MSN|MLIS|MPP|MEng|"
        r"M\.Ed|[Gg]rad school|[Gg]raduate degree)(?![\w-])")),
    ("bachelor", re.compile(
        r"\b(?:[Bb]achelor(?:['’ ]?s)?|B\.\s?[AS]\.?|BA|BS|BSc|BFA|BBA|BSN|[Uu]ndergrad(?:uate)?|"
        r"[Cc]ollege major)(?![\w-])")),
    ("associate", re.compile(r"\bassociate(?:['’ ]?s)? degree\b", re.IGNORECASE)),
)
_SCHOOL = re.compile(
    r"\b(?:University|College|Institute|School|Polytechnic|Academy|Conservatory)\b"
)
# A question why the person made a move ("Why did you leave banking for climate tech?",
# "What made you jump to the software side?"), and a line of theirs that tells one and why
# ("I left property management because I was tired of …").
_MOVE_FROM = re.compile(
    r"\b(?:leave|left|quit|(?:switch|switched|move|moved|jump|jumped|change|changed)(?=\s+(?:from|"
    r"off|out|to|into)\b)(?:\s+(?:from|off|out of))?|walk(?:ed)? away from|get out of|got out "
    r"of|trade|traded|stop|stopped|give up|gave up)\b(?P<left>[^?]*?)(?=\s+(?:for|to|into|and|"
    r"in|after|when)\b|\W*$)",
    re.IGNORECASE,
)
_MOVE_TOLD = re.compile(
    r"\bI\s+(?:left|quit|switched|moved|jumped|walked away|traded|got out|stopped|gave up|"
    r"changed|came ashore|made the (?:jump|switch|move))\b[^.;]*?\b(?:because|so that|"
    r"wanted|in order to)\b"
)
# A line of a career timeline: "2017 to 2020: Network administrator, …", "- 2009–2012 …",
# "From 2015 to 2020 I was …".
_TIMELINE = re.compile(
    r"^\W*(?:[Ff]rom\s+)?(?:[A-Z][a-z]+\s+)?(?P<start>(?:19|20)\d\d)\s*(?:to|–|—|-|until)\s*"
    r"(?:[A-Z][a-z]+\s+)?(?P<end>(?:19|20)\d\d|(?i:now|present|today))\b"
)
# The role of whoever heads an organisation.
_TOP_ROLE = re.compile(
    r"\b(?:chief executive|ceo|president|executive director|managing director|director general|"
    r"founder|owner|principal|head of (?:school|the)|general manager|publisher|chair)\b",
    re.IGNORECASE,
)
# Sums that are not a wage or a price: the line must name the kind asked about.
_KINDS_OF_SUM = frozenset({
    "allowance", "stipend", "bonus", "premium", "dividend", "differential", "tuition",
    "deposit", "dues", "rent", "reimbursement", "scholarship", "commission", "match",
    "settlement", "penalty", "fine", "grant", "donation", "endowment", "budget", "fee",
    # What the employer takes in or pays out: a wage or a price is neither.
    "revenue", "sales", "turnover", "income", "profit", "profits", "spend", "spending",
    # What a drive or a gala brought in: a ticket's price is not it.
    "raise", "raised",
})
# "How much money does the studio bring in a year?" asks its revenue.
_TAKES_IN = re.compile(r"\b(?:bring|brings|brought|take|takes|took) in\b", re.IGNORECASE)
_SAYS_THE_MOST = re.compile(
    r"\s*(?:the|my)\s+(?:hardest|toughest|biggest|best|worst|most \w+|least \w+)\s+"
    r"(?:part|thing|challenge|lesson|surprise|mistake|call|calls|conversation)s?\b[^.?!]*\bis\b",
    re.IGNORECASE,
)
# A second question that only offers answers to the first: "Is it …", "Or …".
_FOLLOW_UP = re.compile(r"\s*(?:is|are|was|were|does|do|did|or|has|have)\b", re.IGNORECASE)
# Intents whose stated value settles a yes/no question that offers another value.
# Pay by the hour or the shift: a job's wage, whatever the job is called.
_PAID_BY_THE_HOUR = re.compile(
    r"[$€£]\s?\d[\d,.]*(?:\s*(?:to|–|—|-)\s*[$€£]?\s?\d[\d,.]*)?\s*(?:an?|per|/)\s*"
    r"(?:hour|hr|shift)\b|\bhourly\b",
    re.IGNORECASE,
)
_SETTLED_BY_STATING = frozenset({"ownership", "leadership", "headquarters", "founders"})
# A second question put at the end of the first: "…, and when?", "…, and in what year?"
_AND_ALSO = re.compile(
    r",?\s+and\s+(?:in\s+|from\s+|at\s+)?(?P<wh>when|what year|where|who|how many|how much)"
    r"\b[^,]*\??\s*$",
    re.IGNORECASE,
)
# A line of pay that names no job: its job is in the lines or the heading above it.
_PAY_FIRST = re.compile(
    r"(?:(?:the\s+)?(?:starting\s+|hourly\s+|base\s+)?(?:pay|salary|wages?|compensation|rate)"
    r"|it\s+pays|this\s+(?:role|job|position)\s+pays)\b",
    re.IGNORECASE,
)
# A line that only names a topic, as an episode's or a talk's list of subjects does ("Why the
# city moved every backup offline", "The claim that almost made her quit", "Home funerals:
# what families may do themselves"), or a sentence that says a topic was or will be talked
# about ("We also talked about robotic milkers", "In my next post I'll write about …").
_TOPIC_LINE = re.compile(
    r"^[-*•\s]*(?:\d{1,2}:\d{2}\s+)?(?:(?:why|how|what|whether|when|where|who)\b"
    r"|(?:the|a|an|one|her|his|my|our|their)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:that|who|which|when|where|she|he|i|they|we)\s"
    r"|[^:.!?]{2,60}:\s+(?:why|how|what|whether|when|where|who)\b)[^.!?]*$",
    re.IGNORECASE,
)
# A chapter of a recording at its time: "| 26:30 | The flyrock near miss |", "- 34:30 The …".
_CHAPTER = re.compile(r"^[-*•|\s]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:\|\s*)?[A-Za-z\"“]")
# What a sum adds with no figure of its own: "plus commission", "plus a monthly rental bonus"
# (up to the end of its clause or cell).
_PLUS_THING = re.compile(
    r"\b(?:plus|and|with) (?:an? )?(?P<thing>(?:[\w'’-]+ ){0,2}(?:commissions?|bonus(?:es)?|"
    r"tips|gratuities|overtime|stipends?|allowances?|profit[- ]sharing))\b[^.;|]*",
    re.IGNORECASE,
)
_FIGURE_OR_SUM = re.compile(r"\d|[$€£¥]")
# A line that declines to tell: "That one's covered by a confidentiality agreement."
_DECLINES = re.compile(
    r"\b(?:confidentiality agreement|non-disclosure agreement|not in print|"
    r"(?:can ?not|can['’]t|won['’]t|couldn['’]t|not allowed to) (?:say|talk|go into|get into|"
    r"discuss|share)\b|tell you about (?:it )?(?:someday|some day|another time)|"
    r"(?:people|folks) (?:still )?ask me about)",
    re.IGNORECASE,
)
_TOPIC_MENTION = re.compile(
    r"\b(?:I|we|they|she|he|will)(?:['’]ll)?\s+(?:also\s+)?(?:will\s+)?"
    r"(?:(?:talk(?:s|ed)?|write|wrote|writes)\s+about|discuss(?:es|ed)?|cover(?:s|ed)?)\b|"
    r"\bthe story of\b|\bin (?:my|our|the) next (?:post|episode|issue)\b|"
    r"^(?:next time|coming up|next week|next month|next issue|coming soon|stay tuned|"
    r"in (?:this|the next) episode)\s*:|"
    r"\b(?:will|'ll) (?:share|walk through|talk through|explain)\b",
    re.IGNORECASE,
)
# What a talk's or a session's abstract promises ("This session shows how …", "The session
# covers …", "Rosendo walks through …"): often the topic only, though a figure in it may be
# stated ("ranks feeders every quarter").
_ABSTRACT = re.compile(
    r"\b(?:session|talk|workshop|episode|panel|webinar|keynote|presentation) (?:walks through|"
    r"will (?:cover|share|walk through|look at|show)|looks at|covers|shows (?:how|why|what))\b|"
    r"\b(?:walks|walk) (?:us |you )?through\b|\bshows how (?:his|her|their|our) team\b",
    re.IGNORECASE,
)
# "Which <thing> …": the name of a thing of that kind is asked for.
_WHICH_THING = re.compile(
    r"^which\s+(?P<thing>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:do|does|did|is|are|was|were|will|has|have|had|would|could|can|s|gives?|gave|"
    r"represents?|carr(?:y|ies)|runs?|owns?|designed|makes?|made|built|hired|won|sponsors?|"
    r"funds?|funded|paid|pays|sold|sells|bought|buys|took|takes|found|finds|led|leads|"
    r"provides?|provided|suppl(?:y|ies|ied)|hosts?|hosted|uses?|used|partner(?:s|ed)?|"
    r"works?|worked|handles?|handled|[a-z]+ed)\b",
    re.IGNORECASE,
)
# "a union", "an outside incident response firm", "one of the big national chains", "several
# of the state's biggest charity galas", "most designers" (but "several designers, including
# Maren Vale" names them).
_INDEFINITE = re.compile(
    r"\b(?:(?:one|some|several|many|most|a few|dozens|hundreds) of (?:the|our|its|their|"
    r"(?:the )?[\w-]+['’]s)(?:\s+(?:biggest|largest|best|top|leading|major|local))?|"
    r"an?|another|some|several|many|most|various|numerous|a few)\s+"
    r"(?=(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,3}))",
    re.IGNORECASE,
)
# A quote in someone's own voice ("I help train …", "We also talked about …"): a rewrite says
# what was read, never that "I" or "we" quoted back as if the user said it.
_I_VOICE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# What the asker lacks ("I've never worked in aviation", "I don't have my license yet") …
_LACKING = re.compile(
    r"\bI(?: ve| have)?(?: just| still| literally)? (?:never (?:so much as )?(?:went to|"
    r"worked (?:in|as|at|on)|studied|had|done|earned|got|been (?:on|in)|touched|held|"
    r"driven|used|taken)|don t have|do not have|have no|have zero|haven t (?:got|had|earned|"
    r"done|worked in)|lack)(?: an?| any| my| a single)? (?P<x>[^.;:,?]+?)"
    r"(?: yet| in my life| before)?\s*(?:[.;:,?]|\b(?:but|and|so)\b)"
    # … or has never done the work at all ("I've never sold anything fancier than coffee",
    # "I've literally never swung a hammer for a living", "I've only ever worked on my own
    # bikes"): what they lack is experience.
    r"|\bI(?: ve| have)?(?: just| still| literally| really)? (?P<done>never (?:so much as |even )?"
    r"|only ever )[a-z]+\b",
    re.IGNORECASE,
)
# … or "My degree is in music, not engineering" …
_NOT_THAT = re.compile(
    r"\bmy (?P<what>[\w-]+) is in [\w -]+?,? not (?:in )?(?P<x>[\w -]+?)\s*[.;:,]", re.I
)
# … and asks whether it will still do.
_STILL_OK = re.compile(
    r"\b(?:(?:could|can|would|will) I (?:still|even) (?:qualify|apply|get hired|be hired|"
    r"be considered|get in)|is (?:that|it|this) (?:going to )?(?:be )?(?:a )?(?:dealbreaker|"
    r"deal breaker|deal-breaker|problem|count against me|hold me back)|(?:am|would|will) I "
    r"(?:be )?out of the running|(?:does|would|will|could|is) (?:that|it|this) (?:going to )?"
    r"(?:knock|rule|take|keep) me out(?: of the running)?|(?:would|could|will|do|does) I "
    r"(?:still |even |ever )?(?:have|stand) a (?:shot|chance)|(?:would|could|will|do|does) "
    r"(?:you|they|[\w ]{1,30}?) (?:still |even |ever )?(?:take a chance on|consider|hire) me)"
    r"\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)
# … or asks whether what they lack holds them back, in one breath.
_LACK_HOLDS_BACK = re.compile(
    r"\b(?:would|will|does|could|is|might) (?:not having|having no|(?P<knowing>not knowing"
    r"(?: anything| much)?(?: about)?)|my lack of|a lack of|the lack of) (?P<x>[^?]+?) "
    r"(?:be a problem|be a dealbreaker|be a deal breaker|hold me back|count against me|"
    r"keep me out|rule me out|knock me out|hurt my chances)\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"^\W*(?:if|when|whenever|once|before|after|suppose|say|imagine|let s say)\b", re.I
)
# "… for you as a senior grants officer": the words after "as" that may be their title.
_AS_TITLE = re.compile(r"\bas\s+(?:an?\s+|the\s+|your\s+)?((?:[\w'’-]+\s+){0,5}[\w'’-]+)",
                       re.IGNORECASE)
_YOUR_WORKPLACE = re.compile(
    r"\byour\s+(?:company|firm|lab|laboratory|shop|store|clinic|hospital|practice|agency|"
    r"organi[sz]ation|studio|plant|business|restaurant|library|museum|utility|station|mill|"
    r"farm|winery|brewery|bakery|warehouse|factory|yard|center|centre)s?\b",
    re.IGNORECASE,
)
# "on Lake Altoona", "in Manchester": a name that says where something is.
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at|near|outside)\s+(?:the\s+)?$")
_YOU_PLURAL = re.compile(r"\b(you) (?:guys|folks)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_DEFINITION_ASKED = re.compile(
    r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?(?P<x>[\w .&-]{2,60}?)\s*\?*$",
    re.IGNORECASE,
)
_DEFINED_AS = (
    r"(?:,\s*(?:a|an|the|our|its)\b|\s+(?:is|are|was|were)\s+(?:a|an|the|our|its)\b"
    r"|\s+\((?:a|an)\b)"
)
# Words a value of the expected kind answers by itself.
_IMPLIED = {
    "money": ("cost", "pay", "price", "money", "charge"),
    "place": ("located", "where", "address"),
    "date": ("date", "year"),
    "time": ("hours", "time"),
    "frequency": ("often", "frequently"),
    "amount": ("big", "large", "widely", "wide", "much", "size"),
    "share": ("rate", "percentage", "share", "ratio", "proportion"),
    "name": ("name",),
    "finding": ("find", "found", "turn", "show", "reveal", "uncover", "discover", "conclude"),
}
_FACTUAL_START = re.compile(
    r"^(?:what|which|when|where|who|how many|how much|is|are|does|do|did|has|have|was|were)\b",
    re.IGNORECASE,
)
# Where a stated preamble ends and the question begins: a dash, colon or semicolon, or the end of
# a sentence.
_PREAMBLE_END = re.compile(r"\s+(?:[—–]|--?)\s+|[:;]\s+|(?<=[a-z0-9)\]])\.\s+")
# Where a clause may start inside a question: after a sentence's end or a comma.
# A question about what comes next: only a line that speaks of plans answers it.
_AHEAD = re.compile(
    r"\b(?:(?<!the )next (?:year|month|season|quarter|spring|summer|fall|autumn|winter)"
    r"|(?:the|your|its|their) next (?!(?:day|morning|night|winter|summer|spring|fall|autumn|"
    r"season|week|shift|time)\b)[\w-]+|going to open|will open|planning to|plans? to)\b",
    re.IGNORECASE,
)
# Where a second question starts after a first one ends.
_NEXT_QUESTION = re.compile(r"\?\s+(?=\S)")
_CLAUSE_START = re.compile(r"[.?!:;]\s+|,\s+")
_QUESTION_OPENING = re.compile(
    r"^(?:(?:so|and|but|then)\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|"
    r"were|do|does|did|can|could|has|have|had|will|would|should|am)\b",
    re.IGNORECASE,
)
# Words that refer back to the preamble: without it, the question says too little.
_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|this|that|these|those|there|he|she|him|her|his)\b", re.I
)
_FIRST_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:do|does|did|is|are|was|were|can|could|must|will|would|should|has|have)\s"
    r"[^?]*\?*\s*$",
    re.IGNORECASE,
)
_WH_ANSWER = (
    (re.compile(r"^\s*(?:when|what year|since when|how long ago)\b", re.I), "year"),
    (re.compile(r"^\s*where\b", re.I), "place"),
    (re.compile(r"^\s*(?:who|whom)\b", re.I), "person"),
    (re.compile(r"^\s*how (?:many|big|large|old)\b", re.I), "number"),
    (re.compile(r"^\s*how much\b", re.I), "money"),
)


# A verb before the person's name, as it reads before "you": "does Marta" -> "do you".
_TO_YOU = {"does": "do", "is": "are", "was": "were", "has": "have"}


def normalise(question: str) -> str:
    """A question for matching: apostrophes as spaces, one space between words, and "you"
    for the casual plural ("Do you guys design your own chips?")."""
    spaced = " ".join(re.sub(r"['’‘`]", " ", question).split())
    return _YOU_PLURAL.sub(r"\1", spaced)


def asked_part(text: str) -> str:
    """What a question asks, without a preamble that states something first: "You won the
    award in 2023 — what did the study turn up?" asks only what follows the dash. A question
    that points back at its preamble ("… — how long did it take?") is read whole."""
    before, after = _split_preamble(text)
    if not before or _POINTS_BACK.search(after):
        return text
    return after


def _told_then_asked(text: str) -> str | None:
    """A question that first tells the person a fact about them and then asks them about it
    ("You ran the night desk for years. How did you stay awake?"): the asker knows the fact,
    so it asks for their experience of it. The statement it opens with, or None. (A
    condition, "If you were …", "When you hire …", states nothing.)"""
    before, after = _split_preamble(text)
    if not before or _CONDITION.match(before) or not _SECOND_PERSON.search(before):
        return None
    if _SECOND_PERSON.search(after) or (
        # "You help run a climbing day every April. How did that get started?", "You were a
        # line cook. Does anything from the kitchen carry over?": their story of it.
        _YOU_FIRST.match(before) and expected_answer(after).kind in {"any", "yesno"}
    ):
        return before
    return None


def _as_requirement(text: str) -> str | None:
    """A question about what the asker lacks, put as the question of a requirement: "I don't
    have a degree. Could I still qualify for the analyst job?" asks "do I need a degree for
    the analyst job?", "My degree is in art, not design. Could I still apply?" asks "do I
    need a degree in design"; None for any other question."""
    asked = _STILL_OK.search(text)
    if asked is None:
        held = _LACK_HOLDS_BACK.search(text)
        if held is None:
            return None
        # "Would not having laundry experience hold me back?", "Would not knowing anything
        # about storage count against me?"
        thing = held.group("x").strip()
        if held.group("knowing"):
            thing = f"{thing} experience"
        return f"do I need {thing} {_for_job(held.group('rest'))}".strip() + "?"
    lacking = _LACKING.search(text, 0, asked.start()) or _NOT_THAT.search(text, 0, asked.start())
    if lacking is None:
        return None
    if lacking.groupdict().get("done"):
        return f"do I need experience {_for_job(asked.group('rest'))}".strip() + "?"
    thing = lacking.group("x").strip()
    if lacking.groupdict().get("what"):
        thing = f"{lacking.group('what')} in {thing}"
    return f"do I need {thing} {_for_job(asked.group('rest'))}".strip() + "?"


def _for_job(rest: str) -> str:
    """What follows "keep me out" says what for: "of the driver job" is "for the driver job"."""
    return re.sub(r"^of\b", "for", rest.strip(), flags=re.IGNORECASE)


def preamble_of(text: str) -> str:
    """The statement a question opens with before it asks ("You ran the night shift for
    years. What did it teach you?" opens with "You ran the night shift for years"), or ""."""
    return _split_preamble(text)[0]


def question_clause(text: str) -> str:
    """The clause that asks, after whatever sets it up: "Once a trail is on your maps, how
    often does somebody re-walk it?" asks "how often does somebody re-walk it?", "My tracker
    stopped charging. Is that something you fix?" asks "Is that something you fix?". The
    whole text when no later clause opens as a question."""
    for found in _CLAUSE_START.finditer(text):
        rest = text[found.end():]
        if _QUESTION_OPENING.match(rest):
            return rest
    return text


def _split_preamble(text: str) -> tuple[str, str]:
    ends = list(_PREAMBLE_END.finditer(text))
    if not ends:
        return "", text
    found = ends[-1]
    before, after = text[: found.start()], text[found.end():]
    if "?" in before or not _QUESTION_OPENING.match(after):
        return "", text
    return before, after


@dataclass(frozen=True)
class Analysis:
    """What a question asks for."""

    text: str
    personal: str | None  # the phrase that shows it asks for the person's own view
    intent: Intent | None
    residual: tuple[str, ...]  # stems the evidence must also cover
    terms: tuple[str, ...]  # every meaningful stem of the question, names left out
    second_person: bool
    answer: str  # the answer shape a passage must hold when no intent matched
    names: tuple[str, ...] = ()  # stems of the names the question uses (not the person's)
    asked: str = ""  # the normalised question without a preamble stating a fact
    stated: tuple[str, ...] = ()  # stems of that preamble ("You led the 2022 rebuild. …")


class JudgedQuestion(BaseModel):
    """The model's verdict on one question."""

    id: int
    googleable: bool
    url: str
    quote: str
    reason: str


class JudgeReply(BaseModel):
    verdicts: list[JudgedQuestion]


@dataclass
class _Reading:
    """A question the rules keep and the passages the answer reader must read beside it."""

    analysis: Analysis
    passages: list[Passage]
    scores: list[float] = field(default_factory=list)
    threshold: float = 0.0
    # The rules drop the question already; the reader only chooses which of the passages
    # (best first by the rules) to quote.
    choosing: bool = False
    reason: str = ""


class GoogleableFilter:
    """Judges questions against one dossier's evidence."""

    def __init__(
        self, index: EvidenceIndex, prompts: PromptLibrary, lexicon: Lexicon | None = None,
        neighbours: Neighbours | None = None, reader: AnswerReader | None = None,
        finder: PassageFinder | None = None,
    ) -> None:
        self.index = index
        # Reads the passages nearest a question the rules keep, for an answer in other words.
        self.reader = reader
        # Finds, for the reader, passages near a question in meaning that share no word
        # with it; their vectors are worked out once, when the reader first needs them.
        self.finder = finder
        self._vectors: Any = None
        self.prompts = prompts
        self.lexicon = lexicon or load_lexicon()
        self.neighbours = neighbours if neighbours is not None else load_neighbours()
        dossier = index.dossier
        names = f"{dossier.person.name} {dossier.company.name}"
        self._name_stems = frozenset(stem(w) for w in words(names) if len(w) > 1)
        self._company_stems = frozenset(
            stem(w) for w in words(dossier.company.name) if len(w) > 1
        )
        self._person_stems = frozenset(
            stem(w) for w in words(dossier.person.name) if len(w) > 1
        )
        # The employer's own name word: "thornmer" of "Thornmere Mutual Insurance".
        self._company_key = next((stem(w) for w in words(dossier.company.name)
                                  if w not in STOPWORDS and len(w) > 1), "")
        titles = [dossier.person.title or "", *(f.value for f in dossier.facts
                                                if f.field == "title" and f.subject == "person")]
        self._title_stems = frozenset(
            stem(w) for w in words(" ".join(titles)) if w not in STOPWORDS and len(w) > 1)
        self._names = names
        person = dossier.person.name
        spoken = sorted({n for n in (normalise(person), normalise(given_name(person))) if n},
                        key=len, reverse=True)
        self._by_name = re.compile(
            r"\b(?:((?i:does|is|was|has)) )?(?:" + "|".join(re.escape(n) for n in spoken)
            + r")\b( s\b)?" if spoken
            else r"(?!x)x"
        )
        self._generic = frozenset(stem(w) for w in self.lexicon.generic)
        self._stems: dict[int, frozenset[str]] = {}
        self._indexed = 0
        self._pages: dict[str, frozenset[str]] = {}
        self._contexts: dict[int, dict[str, float]] = {}
        self._related_cache: dict[str, frozenset[str]] = {}
        self._kin_cache: dict[str, dict[str, float]] = {}
        # Per (stem, whether words near in meaning count): the stems that stand for it, with
        # their weight.
        self._stand_ins: dict[tuple[str, bool], tuple[tuple[str, float], ...]] = {}
        self._idf_cache: dict[str, float] = {}
        self._sorted_terms: list[str] = []
        self._postings: dict[str, set[int]] = {}
        # Stems of words some passage writes in lower case: a word only ever capitalised is a
        # name ("Winston-Salem"), no longer form of a question's word ("sale").
        self._common_stems: set[str] = set()
        self._stating_cache: dict[str, list[Passage]] = {}
        # Acronyms the sources define: a passage that uses one also holds the words it stands for.
        self._acronyms: dict[str, frozenset[str]] = {}
        self._by_quote: dict[tuple[str, str], Passage] | None = None
        self._firsts: dict[str, Passage | None] = {}
        self._read_acronyms(index.sources.values())
        # Topics a passage states in other words ("Lisbon, Portugal" for abroad).
        self._concepts = load_concepts().at_home_in(s.text for s in index.sources.values())

    # -- reading a question ------------------------------------------------------------

    def analyse(self, question: str) -> Analysis:
        whole = normalise(question)
        personal = (
            _first_match(self.lexicon.personal, whole)
            # "What does Marta like most about it?" asks what "What do you like most …?" asks.
            or self._personal_to_them(whole)
            or _first_match(self.lexicon.internal, whole)
            or _told_then_asked(whole)
        )
        # A preamble that states a public fact does not make the question googleable.
        text = _as_requirement(whole) or self.lexicon.unframed(asked_part(whole))
        expectation = expected_answer(text)
        first = _FIRST_ALTERNATIVE.sub("", text) if expectation.kind == "yesno" else text
        if len(self._meaningful(words(first))) >= 2:
            # "Can anyone join, or do you have to qualify?": a passage that settles the first
            # alternative settles the question (when it says enough to go on alone).
            text = first
        # "What is Marisol's title?" asks what "What is your title?" asks: the person's own
        # intents are phrased to them.
        to_them = self._to_the_person(text)
        intent = next(
            (
                i for i in self.lexicon.intents
                if _compatible(i, expectation)
                and (i.asked_in(text) or (i.subject == "person" and i.asked_in(to_them)))
            ),
            None,
        )
        if intent is not None and intent.name == "size" and self._sizes_something_else(text):
            # "How big is the annual bonus?", "How many people are in the sustainability
            # group?": the size of something, not of the employer.
            intent = None
        job = paid_role(text)
        if intent is not None and intent.subject == "company" and job is not None and any(
            t not in self._company_stems for t in job[0]
        ):
            # "How much does Wenonah make?" asks a person's pay, not what the employer makes.
            intent = None
        rest = text
        if intent is not None:
            asked_first, _mark, then = text.partition("?")
            if then.strip() and _FOLLOW_UP.match(then) and intent.asked_in(asked_first):
                # "Who owns Brackenford? Is it still independent?": the second question only
                # offers answers to the first.
                rest = asked_first
            if not intent.asked_in(rest):
                rest = self._to_the_person(rest)
            # Every phrasing of the intent is taken out: what is left must be covered too.
            for pattern in intent.ask:
                rest = pattern.sub(" ", rest)
            if intent.subject == "company":
                # "the utility", "the practice": the employer by the kind of place it is.
                rest = _THE_EMPLOYER.sub(" ", rest)
        residual = self._meaningful(
            w for w in words(rest) if intent is None or not intent.cue.search(w)
        )
        terms = self._meaningful(words(text))
        answer = next((kind for rx, kind in _WH_ANSWER if rx.search(text)), "any")
        return Analysis(
            names=tuple(self._names_in(text)),
            text=question.strip(),
            personal=personal,
            intent=intent,
            residual=tuple(residual),
            terms=tuple(terms),
            # "your lab", "your shop": the employer, asked of its own pages.
            second_person=bool(_SECOND_PERSON.search(_YOUR_WORKPLACE.sub(" ", text))),
            answer=answer,
            asked=text,
            stated=tuple(
                t for t in self._meaningful(words(preamble_of(whole))) if t not in terms
            ),
        )

    def _to_the_person(self, text: str) -> str:
        """`text` put to the person: their name (full or given, possessive or not) as "you"
        or "your"."""
        return self._put_to_them(text)[0]

    def _put_to_them(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """`text` put to the person, and for each of its characters the span of `text` it
        stands for (a name's whole span for each character of the "you" put in its place)."""
        told: list[str] = []
        spans: list[tuple[int, int]] = []
        at = 0
        for m in self._by_name.finditer(text):
            told.append(text[at:m.start()])
            spans.extend((i, i + 1) for i in range(at, m.start()))
            verb = m.group(1) or ""
            you = (f"{verb} your" if m.group(2)
                   else f"{_TO_YOU.get(verb.casefold(), verb)} you").strip()
            told.append(you)
            spans.extend([(m.start(), m.end())] * len(you))
            at = m.end()
        told.append(text[at:])
        spans.extend((i, i + 1) for i in range(at, len(text)))
        return "".join(told), spans

    def _personal_to_them(self, text: str) -> str | None:
        """A sign of the person's own experience in `text` once it is put to them, in the
        question's own words: "What does Marta like" for "What do you like"."""
        told, spans = self._put_to_them(text)
        if told == text:
            return None
        for pattern in self.lexicon.personal:
            found = pattern.search(told)
            if found and found.end() > found.start():
                return text[spans[found.start()][0]:spans[found.end() - 1][1]]
        return None

    def _sizes_something_else(self, text: str) -> bool:
        """Whether "how big" or "how many people" is asked of something other than the
        employer: a bonus, a facility, a group within it."""
        if _SUB_UNIT.search(text):
            return True
        found = _HOW_BIG.search(text)
        if found is None:
            return False
        thing = [w for w in words(found.group("thing")) if w not in STOPWORDS]
        if any(w in _PEOPLE for w in thing):
            return False
        return any(stem(w) not in self._company_stems for w in thing)

    def _names_in(self, text: str) -> list[str]:
        """Stems of the capitalised words after a question's first word: the things it names
        ("Harrow & Quay", "Long-Range Planning"), the person and employer left out."""
        found = []
        for match in _CAPITALISED.finditer(text):
            if match.start() == 0 or match.group(0) == "I":
                continue
            for w in words(match.group(0)):
                if w not in STOPWORDS and len(w) > 1:
                    found.append(stem(w))
        return [t for t in dict.fromkeys(found) if t not in self._name_stems]

    def _names_near(self, a: Analysis, context: dict[str, float]) -> bool:
        """Every name the question uses is in the passage, the lines just before it or its
        titles: a page that names it elsewhere speaks of something else."""
        return all(self._weight_of(t, context, kin=False) > _ON_PAGE for t in a.names)

    def _names_another(self, passage: Passage, a: Analysis) -> bool:
        """A sentence that leaves out a name the question uses and names something else of
        its own instead: its value belongs to that ("X is our biggest hit, with 1.2 million
        copies sold" says nothing of Y's sales, even under a line about Y). (For a question
        that asks for a name, the other name is the answer.)"""
        own = self._passage_stems(passage)
        if not a.names or all(self._has(t, own) for t in a.names):
            return False
        known = set(a.terms) | set(a.names) | self._name_stems
        for run in _NAME_RUN.finditer(passage.text):
            found = [w for w in words(run.group(0)) if w not in STOPWORDS and len(w) > 1]
            initial = run.start() == len(passage.text) - len(passage.text.lstrip(" |*•-"))
            if initial and len(found) < 2:
                continue
            if _WHERE_BEFORE.search(passage.text, 0, run.start()):
                # Where it is ("our 12-bed residence on Lake Altoona"), not another thing.
                continue
            if any(stem(w.removesuffix("'s")) not in known for w in found):
                return True
        return False

    def _pay_is_for(
        self, passage: Passage, job: tuple[str, ...], rungs: tuple[str, ...]
    ) -> bool:
        """Whether a line gives pay (not any sum: "I raise gifts of $10,000") for the job
        asked about: it names the job ("naturalist", not a park ranger's row) and its rung
        ("senior", not "Engineer I"), or, a line of pay alone, the lines or the heading above
        it do ("Harvest intern" … "Pay is $19 an hour")."""
        text = passage.text.lstrip()
        record = text.startswith(("|", "-", "*", "•"))
        if not (PAY_SHAPE.search(text) or (record and _MONEY.search(text))):
            return False
        own = self._passage_stems(passage)
        job = tuple(t for t in job if t not in self._name_stems)
        if not job:
            # "How much does Hollis Quennell-Baptiste earn?": a named person's pay is no
            # job's posted pay.
            return False
        stems = own
        if not any(self._names_job_word(t, own) for t in job):
            above = self.index.passages[passage.id - 1] if passage.id > 0 else None
            if _PAY_FIRST.match(text):
                stems = frozenset(t for t, w in self._context(passage).items() if w >= _NEARBY)
            elif above is not None and above.url == passage.url and _is_heading(above.text):
                # A job's title, and its terms on the line below: "Editorial Assistant" /
                # "Full time, $45,000 a year."
                stems = own | self._passage_stems(above)
        return all(self._names_job_word(t, stems) for t in job) and all(r in stems for r in rungs)

    def _names_job_word(self, term: str, stems: frozenset[str]) -> bool:
        """A word of a job's name, or its short form ("vet" for "veterinary")."""
        return self._has(term, stems) or (
            len(term) >= 3 and any(s.startswith(term) for s in stems)
        )

    def _label_above(self, passage: Passage) -> Passage | None:
        """For a line that opens with its figure ("312 (268 guitars and 44 mandolins)"), the
        label on the line above it, when that line is a short title of its own."""
        if passage.id == 0 or not _OPENS_WITH_FIGURE.match(passage.text):
            return None
        above = self.index.passages[passage.id - 1]
        if above.url != passage.url or not _is_heading(above.text):
            return None
        return above

    def _holds_a_name(self, text: str, a: Analysis) -> bool:
        """Whether a line names something the question does not: a capitalised run, past the
        line's first word, with a word neither the question nor the person's and employer's
        names use."""
        known = {stem(w.removesuffix("'s")) for w in words(a.text)} | self._name_stems
        lead = len(text) - len(text.lstrip(" |*•-"))
        # A job's title on a card ("Lead Pyrotechnician and Show Designer") names no thing.
        jobs = job_title_lines(text, self.lexicon)
        for run in _NAME_RUN.finditer(text):
            found = [w for w in words(run.group(0)) if w not in STOPWORDS]
            if run.start() == lead and len(found) < 2:
                continue
            if any(a <= run.start() < b for a, b in jobs):
                continue
            if any(stem(w.removesuffix("'s")) not in known for w in found):
                return True
        return False

    def _meaningful(self, found: Iterable[str]) -> list[str]:
        """Stems of the words that carry meaning: no stopwords, names or generic words."""
        stems = (
            stem(w.removesuffix("'s")) for w in found if w not in STOPWORDS and len(w) > 1
        )
        return list(
            dict.fromkeys(t for t in stems if t not in self._name_stems and t not in self._generic)
        )

    # -- the offline judge ------------------------------------------------------------

    def judge_offline(self, questions: Sequence[str]) -> list[Verdict]:
        """The rules' verdict on each question; then the answer reader reads, in one pass,
        the passages beside every question the rules keep that it may read."""
        judged = [self._judge_by_rules(q) for q in questions]
        pending = [j for j in judged if isinstance(j, _Reading)]
        if pending and self.reader is not None:
            scores = iter(self.reader.score_pairs(
                [(r.analysis.text, p.text) for r in pending for p in r.passages]
            ))
            for reading in pending:
                reading.scores = [next(scores) for _ in reading.passages]
        return [j if isinstance(j, Verdict) else self._after_reading(j) for j in judged]

    def judge_one(self, question: str) -> Verdict:
        return self.judge_offline([question])[0]

    def _judge_by_rules(self, question: str) -> Verdict | _Reading:
        """The rules' verdict, or what the reader must read before one can be given."""
        a = self.analyse(question)
        first = given_name(self.index.dossier.person.name)
        if a.personal:
            told = self._told_in_public(a) or self._asked_in_interview(a)
            if told is not None:
                return self._dropped(
                    a, told, "", f"{first} has answered this in public: see the quote"
                )
            return Verdict(
                text=a.text,
                googleable=False,
                reason=f"asks for {first}'s own experience, reasons or views (“{a.personal}”)",
            )
        if a.intent is not None:
            evidence = self._intent_evidence(a, a.intent)
            if evidence is not None and self._answers_all(a, evidence):
                reason = f"the research states {a.intent.label}"
                return self._dropped(a, evidence, a.intent.name, reason)
        answers = self._generic_answers(a)
        answering = [p for p in answers if self._answers_all(a, p.evidence())]
        if answering and answering[0] is answers[0]:
            if len(answering) > 1 and self.reader is not None:
                # The rules rank lines that all answer by words and search rank; the reader
                # picks the one that states the answer ("Animals: 412 animals of 74 species"
                # over "Animal care is only one part of running a zoo").
                return _Reading(a, answering, choosing=True, reason=_GENERIC_REASON)
            return self._dropped(
                a, answering[0].evidence(), a.intent.name if a.intent else "", _GENERIC_REASON
            )
        passages, threshold = self._to_read(a)
        if passages:
            return _Reading(a, passages, threshold=threshold)
        return self._kept(a)

    def _kept(self, a: Analysis) -> Verdict:
        if a.intent is not None:
            return Verdict(
                text=a.text,
                googleable=False,
                reason=f"asks about {a.intent.label}, which the research does not state",
            )
        return Verdict(text=a.text, googleable=False, reason="the research does not answer it")

    def _to_read(self, a: Analysis) -> tuple[list[Passage], float]:
        """The passages the answer reader reads beside a question the rules keep (those
        nearest it that could hold the answer: of the shape it asks for, a number, a date, a
        name, yes or no …) and the score one of them must reach to answer it."""
        if self.reader is None:
            return [], _READ_THRESHOLD
        expectation = expected_answer(a.asked)
        if expectation.kind == "any" and not _QUESTION_OPENING.match(a.asked):
            # What the question asks after what sets it up ("Back when you inspected, how many
            # broken rails did you catch?" wants a number). (What a question that opens as one
            # asks next is a part of it: "What kind of person thrives here, and who finds it
            # hard?" asks no name.)
            expectation = expected_answer(question_clause(a.asked))
        elif expectation.kind == "any" and _NEXT_QUESTION.search(a.asked):
            # A yes-or-no question after an open one says what answers both: "How strong do
            # I need to be? Is there some kind of physical requirement?"
            later = expected_answer(_NEXT_QUESTION.split(a.asked)[-1])
            if later.kind == "yesno":
                expectation = later
        threshold, nearest = _READ_THRESHOLD, _READ_PASSAGES
        if a.intent is None and expectation.kind == "any":
            # An open question ("What kind of person thrives on your team?") must be answered
            # beyond doubt: the reader takes a line on the same topic for a likely answer ("We
            # employ 1,200 people"), but not for a sure one.
            threshold, nearest = _OPEN_READ_THRESHOLD, _OPEN_READ_PASSAGES
        # The reader weighs the topic more than the answer: a line it reads must hold an
        # answer of the shape asked ("When was it founded?" is not answered by "Contact us")
        # and one of the question's own words or a word the lexicon gives for one ("How big
        # is the Denver office?" is not answered by "I live in Denver").
        # The part counted ("How many people work on the second shift?") or singled out
        # ("… through the Larder Market alone?") must be named too: the reader takes the
        # whole's figure for it.
        unit = self._unit_counted(a, expectation) + self._part_singled_out(a)
        # A job's pay is read only in lines that give pay for that job and rung, as the rules
        # read it: the reader takes another job's range, or a price, for it.
        job = paid_role(a.asked) if expectation.kind == "money" else None
        # An office is named with whoever holds it; a client or a donor need not be.
        office = bool(expectation.role) and not _DEALS_WITH.intersection(expectation.role)
        # The reader judges whether a name is of the kind asked ("Which firm led the Series
        # B?" is answered by "led by Halberd Peak Ventures"): any new name will do.
        shape = replace(expectation, heads=()) if expectation.kind == "name" else expectation
        # Who owns the employer may be answered with no name: "His family has owned and run
        # the company ever since", "owned by its policyholders".
        owners = a.intent if a.intent is not None and a.intent.name == "ownership" else None
        # A figure the question gives ("Of the eleven people on your crew, …") answers none of
        # it, for the reader as for the rules.
        given = _given_figures(a.asked)
        pool = nearest if expectation.kind == "any" else nearest * _READ_POOL

        def fits(p: Passage) -> bool:
            return (
                (expectation.kind == "any"
                 or holds_answer(shape, _without(p.text, given), self.lexicon)
                 or (expectation.kind == "money" and rated_price(a.asked, p.text))
                 or (owners is not None and bool(owners.cues_in(p.text))))
                and all(self._has(t, self._passage_stems(p)) for t in unit)
                and (job is None or self._pay_is_for(p, *job))
                # A job's salary is no fee or price: the reader takes one sum for another.
                and not pay_for_a_price(a.asked, p.text)
                # "Who chairs the board?" is not answered by whom the board appointed
                # director.
                and (not office or names_role(p.text, expectation.role))
                # A degree's line answers what they studied, not "Which university runs the
                # lab that tests your samples?"
                and (not _DEGREE_LINE.search(p.text) or bool(_ASKS_STUDY.search(a.asked)))
            )

        found = [
            p for p in self.passages_for(a.text, pool)
            if any(self._has(t, self._passage_stems(p)) for t in a.terms) and fits(p)
        ][:nearest]
        # The lines nearest in meaning, which may share no word with the question ("Which day
        # are the restaurants shut?" for "All three restaurants are closed on Mondays."): a
        # few more for the reader, of the shape asked as the others.
        have = {p.id for p in found}
        near = [p for p in self._nearest_in_meaning(a.text, _MEANING_PASSAGES)
                if p.id not in have and fits(p)]
        return found + near[:_MEANING_READ], threshold

    def _nearest_in_meaning(self, question: str, limit: int) -> list[Passage]:
        """The passages nearest `question` by the finder's sentence embedding (none without
        a finder)."""
        if self.finder is None or not self.index.passages:
            return []
        if self._vectors is None or len(self._vectors) != len(self.index.passages):
            # (Search may add passages: all are embedded again, which is rare.)
            self._vectors = self.finder.embed([p.text for p in self.index.passages])
        return [self.index.passages[i]
                for i in self.finder.nearest(question, self._vectors, limit)]

    def _after_reading(self, reading: _Reading) -> Verdict:
        """Dropped when one of the passages read states the answer, as the reader judges, in
        whatever words; else the rules' verdict stands."""
        a, passages, scores = reading.analysis, reading.passages, reading.scores
        best = max(range(len(passages)), key=scores.__getitem__)
        if reading.choosing:
            # The reader's pick when it is sure of it, and surer than of the rules' first.
            chosen = passages[0]
            if scores[best] >= max(_CHOOSE_THRESHOLD, scores[0] + _CHOOSE_MARGIN):
                chosen = passages[best]
            return self._dropped(
                a, chosen.evidence(), a.intent.name if a.intent else "", reading.reason
            )
        if scores[best] < reading.threshold or not self._answers_all(
            a, passages[best].evidence()
        ):
            return self._kept(a)
        return self._dropped(
            a, passages[best].evidence(), a.intent.name if a.intent else "",
            "a passage of the research answers it in other words",
        )

    def _answers_all(self, a: Analysis, evidence: Evidence) -> bool:
        """Whether a quote answers every part of the question: the part it adds at the end
        ("Where will the third clinic open, and when?" wants a date too), and more than the
        fact the asker opened with ("You won the Claims Excellence Award in 2023. What was
        the work behind it?" is not answered by "Claims Excellence Award, 2023")."""
        tail = _AND_ALSO.search(a.asked)
        # The second part's kind of answer, read from its question word alone ("when is it").
        if tail is not None and not holds_answer(
            expected_answer(tail.group("wh") + " is it"), evidence.quote, self.lexicon
        ):
            return False
        if _AHEAD.search(a.asked) and not self.lexicon.answers["plan"].search(evidence.quote):
            # "Where's the next Glintway going to open?" is not answered by where the first
            # one opened, nor "Is the office planning to hire next year?" by today's jobs.
            return False
        if self._unpriced(evidence.quote, a):
            # "How much do drivers make in commission?" is not answered by "$24.00 an hour
            # plus commission".
            return False
        if expected_answer(a.asked).kind == "any" and _names_only_what_was_asked(
            evidence.quote, a.text
        ):
            # "What did the Network recognize you for when you were named Keeper of the
            # Year?" is not answered by "Keeper of the Year, Prairie Keepers Network, 2022".
            return False
        opening, question = _split_preamble(normalise(a.text))
        if opening and expected_answer(question).kind == "any":
            told = set(self._meaningful(words(opening))) | set(a.terms) | self._name_stems
            plain = _NAME_RUN.sub(" ", evidence.quote)
            said = self._meaningful(w for w in words(plain) if not w.isdigit())
            if all(t in told for t in said):
                return False
        return True

    def _unpriced(self, quote: str, a: Analysis) -> bool:
        """Whether a quote adds what the question asks the figure of with no figure of its
        own: "plus commission", "plus a monthly rental bonus"."""
        if expected_answer(a.asked).kind not in _COUNTED:
            return False
        for found in _PLUS_THING.finditer(quote):
            if _FIGURE_OR_SUM.search(found.group(0)):
                continue
            if any(stem(w) in a.terms for w in words(found.group("thing"))):
                return True
        return False

    def _answer_line(self, a: Analysis, evidence: Evidence) -> Evidence:
        """The line that answers, for a quote that only leads to it: a question put in an
        interview or a FAQ ("What are you drinking when it isn't your own wine?"), or a
        section's title ("Our mission"), is followed by its answer."""
        passage = self._passage_at(evidence)
        expectation = expected_answer(a.asked)
        if passage is None or expectation.who:
            return evidence
        text = passage.text.strip()
        short_title = _is_heading(text) and len(words(text)) <= _TITLE_WORDS and not (
            _OPENS_WITH_FIGURE.search(text) or _MONEY.search(text)
        )
        if not (text.endswith("?") or short_title):
            return evidence
        after = passage.id + 1
        if after < len(self.index.passages):
            below = self.index.passages[after]
            if below.url == passage.url and not below.text.rstrip().endswith("?") and not (
                _is_heading(below.text)
            ) and (
                # A figure asked for must be in the line that stands for the title.
                expectation.kind in {"any", "yesno"}
                or holds_answer(expectation, below.text, self.lexicon, question=a.text)
            ):
                return below.evidence()
        return evidence

    def _left_untold(self, passage: Passage) -> bool:
        """Whether a question put to the person is answered by a line that declines to tell
        or only names its topic."""
        if not passage.text.rstrip().endswith("?") or passage.id + 1 >= len(self.index.passages):
            return False
        below = self.index.passages[passage.id + 1]
        return below.url == passage.url and _names_a_topic(below.text)

    def _page_title(self, passage: Passage) -> bool:
        """Whether a line is its page's title: the page's first line, as the title says it
        or with the site's name after a bar."""
        first = self._first_line(passage.url)
        if first is None or first.id != passage.id:
            return False
        source = self.index.sources.get(passage.url)
        title = source.title.strip() if source is not None else ""
        return " | " in passage.text or (bool(title) and passage.text.strip() == title)

    def _last_job_before(self) -> Passage | None:
        """The line of the person's own career timeline that ended last, the job they hold
        now (to "now", or at their employer) left out; None without such a timeline."""
        jobs: list[tuple[int, int, Passage]] = []
        for passage in self.index.passages:
            if passage.url not in self.index.person_pages:
                continue
            found = _TIMELINE.match(passage.text)
            if found is None:
                continue
            start, end = int(found.group("start")), found.group("end")
            # (An earlier job at their employer is no job before it.)
            current = not end[:1].isdigit() or bool(
                self._company_key and self._company_key in self._passage_stems(passage))
            jobs.append((0 if current else int(end), start, passage))
        past = [job for job in jobs if job[0]]
        if len(jobs) < 2 or not past:
            return None
        return max(past, key=lambda job: (job[0], job[1]))[2]

    def _school_of(self, passage: Passage, level: str) -> bool:
        """Whether a line names the school of the degree asked about: beside the degree
        ("Master of Business Administration Tamarisk State University, 2019") or under it,
        as a list gives them ("- M.S., Materials Science" then "- Sawtooth Polytechnic")."""
        if not _SCHOOL.search(passage.text):
            return False
        if not level or {name for name, rx in _DEGREES if rx.search(passage.text)}:
            return not level or _degree_fits(level, passage.text)
        above = self.index.passages[passage.id - 1] if passage.id > 0 else None
        return above is not None and above.url == passage.url and level in {
            name for name, rx in _DEGREES if rx.search(above.text)}

    def _passage_at(self, evidence: Evidence) -> Passage | None:
        if self._by_quote is None:
            self._by_quote = {(p.url, p.text): p for p in self.index.passages}
        return self._by_quote.get((evidence.url, evidence.quote))

    def _dropped(self, a: Analysis, evidence: Evidence, intent: str, reason: str) -> Verdict:
        evidence = self._answer_line(a, evidence)
        return Verdict(
            text=a.text,
            googleable=True,
            evidence=evidence,
            reason=reason,
            rewrite=self.rewrite(a.text, evidence, intent),
        )

    def _read_acronyms(self, sources: Iterable[Source]) -> None:
        for source in sources:
            for short, long in acronyms(source.text).items():
                stems = frozenset(
                    stem(w) for w in words(long) if w not in STOPWORDS and len(w) > 1
                )
                self._acronyms.setdefault(short, stems)

    def _passage_stems(self, passage: Passage) -> frozenset[str]:
        found = self._stems.get(passage.id)
        if found is None:
            tokens = words(passage.text)
            found = frozenset(stem(w.removesuffix("'s")) for w in tokens)
            for token in tokens:
                if token in self._acronyms:
                    found |= self._acronyms[token]
            found |= self._concepts.stems_in(passage.text)
            self._stems[passage.id] = found
        return found

    def _index_passages(self) -> None:
        """Stems and postings of passages added since the last call (search adds some)."""
        if self._indexed == len(self.index.passages):
            return  # nothing new: what was worked out from the passages still holds
        new = {p.url for p in self.index.passages[self._indexed:]}
        self._read_acronyms(s for url, s in self.index.sources.items() if url in new)
        for passage in self.index.passages[self._indexed:]:
            for term in self._passage_stems(passage):
                self._postings.setdefault(term, set()).add(passage.id)
            self._common_stems.update(
                stem(w.replace("’", "'")) for w in _LOWER_WORD.findall(passage.text)
            )
        self._indexed = len(self.index.passages)
        self._by_quote = None
        self._sorted_terms = sorted(self._postings)
        self._related_cache.clear()
        self._kin_cache.clear()
        self._stand_ins.clear()
        self._idf_cache.clear()
        self._stating_cache.clear()

    def _idf(self, term: str) -> float:
        """Rarer words weigh more; a word no passage has weighs most."""
        found = self._idf_cache.get(term)
        if found is None:
            n = len(self.index.passages)
            df = len(self._with_term(term))
            found = self._idf_cache[term] = math.log((n + 1) / (df + 1)) + 1.0
        return found

    def _with_term(self, term: str) -> set[int]:
        found: set[int] = set()
        for related in self._related(term):
            found |= self._postings.get(related, set())
        return found

    def _related(self, term: str) -> frozenset[str]:
        """The stems that stand for `term`: its synonyms, and words of the dossier that
        start with it or that it starts with ("corp" and "corporation")."""
        found = self._related_cache.get(term)
        if found is None:
            more = set(self.lexicon.related(term))
            if len(term) >= 4:
                keys = self._sorted_terms
                at = bisect.bisect_left(keys, term)
                while at < len(keys) and keys[at].startswith(term):
                    if keys[at] in self._common_stems or keys[at] in self.neighbours:
                        more.add(keys[at])
                    at += 1
                # A prefix of most of the word ("corp" for "corporation"), not a word inside a
                # compound ("week" in "weekend").
                shortest = max(4, math.ceil(len(term) * 0.6))
                more |= {
                    term[:n] for n in range(shortest, len(term)) if term[:n] in self._postings
                }
            found = frozenset(more)
            self._related_cache[term] = found
        return found

    def _has(self, term: str, stems: frozenset[str]) -> bool:
        return term in stems or not self._related(term).isdisjoint(stems)

    def _kin(self, term: str) -> dict[str, float]:
        """Stems of the dossier near `term` in meaning (the paraphrase table), besides those
        that stand for it already, each with the weight it covers `term` with. Names of the
        person and employer are no one's paraphrase."""
        found = self._kin_cache.get(term)
        if found is None:
            related = self._related(term)
            found = {
                near: _KIN_WEIGHT
                for near, _score in self.neighbours.of(term, _KIN_SIMILARITY)
                if near in self._postings and near not in related
                and near not in self._name_stems
            }
            self._kin_cache[term] = found
        return found

    def _has_kin(self, term: str, stems: frozenset[str]) -> bool:
        """`_has`, a word near in meaning counting too."""
        return self._has(term, stems) or any(near in stems for near in self._kin(term))

    def _with_kin(self, term: str) -> set[int]:
        """The passages with `term`, a word that stands for it or a word near it in meaning."""
        found = set(self._with_term(term))
        for near in self._kin(term):
            found |= self._postings.get(near, set())
        return found

    def _context(self, passage: Passage) -> dict[str, float]:
        """How much each stem near a passage counts: fully in the sentence itself, nearly as
        much in the two lines before it (a heading, an interviewer's question, a job title
        above its pay), less anywhere else on the same page (its topic). A copy: callers add
        to it."""
        found = self._contexts.get(passage.id)
        if found is None:
            found = self._contexts[passage.id] = self._context_of(passage)
        return dict(found)

    def _context_of(self, passage: Passage) -> dict[str, float]:
        weights: dict[str, float] = dict.fromkeys(self._page_stems(passage.url), _ON_PAGE)
        for heading in self._headings(passage):
            weights.update(dict.fromkeys(self._passage_stems(heading), _NEARBY))
        for back in (2, 1):
            if passage.id - back >= 0:
                before = self.index.passages[passage.id - back]
                if before.url == passage.url:
                    weights.update(dict.fromkeys(self._passage_stems(before), _NEARBY))
        weights.update(dict.fromkeys(self._passage_stems(passage), 1.0))
        return weights

    def _headings(self, passage: Passage) -> list[Passage]:
        """The titles above a passage: its page's title (the page's first line, when it reads
        as one) and its section's (the nearest short line above it on the same page that
        does not end like a sentence)."""
        found = []
        for back in range(1, _HEADING_REACH + 1):
            at = passage.id - back
            if at < 0 or self.index.passages[at].url != passage.url:
                break
            if _is_heading(self.index.passages[at].text):
                found.append(self.index.passages[at])
                break
        first = self._first_line(passage.url)
        if first is not None and first.id < passage.id and _is_heading(first.text):
            found.append(first)
        return found

    def _section_of(self, pid: int) -> range:
        """The passages a heading stands over: to the next heading, or the whole page under
        its title; nothing for a passage that is no heading."""
        passages = self.index.passages
        heading = passages[pid]
        if not _is_heading(heading.text):
            return range(0)
        title = self._first_line(heading.url)
        end = pid + 1
        while (
            end < len(passages) and passages[end].url == heading.url
            and ((title is not None and title.id == pid) or not _is_heading(passages[end].text))
        ):
            end += 1
        return range(pid + 1, end)

    def _first_line(self, url: str) -> Passage | None:
        if url not in self._firsts:
            self._firsts[url] = next((p for p in self.index.passages if p.url == url), None)
        return self._firsts[url]

    def _near_enough(self, terms: Sequence[str], context: dict[str, float]) -> bool:
        """At least half the words must be in the sentence or the lines just before it: a
        page that merely mentions them elsewhere does not answer."""
        return self._coverage(terms, context, above=_ON_PAGE) >= _NEAR_COVERAGE

    def _page_stems(self, url: str) -> frozenset[str]:
        found = self._pages.get(url)
        if found is None:
            found = frozenset().union(
                *(self._passage_stems(p) for p in self.index.passages if p.url == url)
            )
            self._pages[url] = found
        return found

    def _weight_of(
        self, term: str, context: dict[str, float], kin: bool = True, above: float = 0.0
    ) -> float:
        """How much the best stand-in for `term` counts in `context`, where it counts more
        than `above`."""
        found = self._stand_ins.get((term, kin))
        if found is None:
            stand_ins = dict.fromkeys((term, *self._related(term)), 1.0)
            if kin:
                for near, weight in self._kin(term).items():
                    stand_ins.setdefault(near, weight)
            found = self._stand_ins[(term, kin)] = tuple(stand_ins.items())
        best = 0.0
        for near, weight in found:
            got = context.get(near)
            if got is not None and got > above and got * weight > best:
                best = got * weight
        return best

    def _coverage(
        self, terms: Sequence[str], context: dict[str, float], light: frozenset[str] = frozenset(),
        kin: bool = True, above: float = 0.0,
    ) -> float:
        """The IDF-weighted share of `terms` found near a passage (synonyms count), of those
        words of its context that count more than `above`; `light` terms weigh as little as
        common verbs."""
        if not terms:
            return 1.0
        weights = [
            self._idf(t) * (_WEAK if t in self.lexicon.weak or t in light else 1.0)
            for t in terms
        ]
        found = sum(
            w * self._weight_of(t, context, kin, above)
            for t, w in zip(terms, weights, strict=True)
        )
        return found / sum(weights)

    def _enough(self, residual: Sequence[str], stems: frozenset[str]) -> bool:
        if not residual:
            return True
        covered = sum(1 for t in residual if self._has_kin(t, stems))
        needed = len(residual) if len(residual) <= 2 else math.ceil(len(residual) * 2 / 3)
        return covered >= needed

    def _subject_ok(self, intent: Intent, passage: Passage) -> bool:
        """Whether a passage may state a fact of the intent's subject: for the person, a line
        about them or any line of a page by or mostly about them (a résumé line names no one)."""
        if intent.subject == "person":
            return passage.about_person or passage.url in self.index.person_pages
        if intent.subject == "company":
            return passage.url not in self.index.person_pages
        return True

    def _stating(self, intent: Intent) -> list[Passage]:
        """Passages with the intent's cue near a value of the right shape (cached)."""
        found = self._stating_cache.get(intent.name)
        if found is None:
            found = [p for p in self.index.passages if _states(intent, p.text)]
            self._stating_cache[intent.name] = found
        return found

    def _intent_evidence(self, a: Analysis, intent: Intent) -> Evidence | None:
        expectation = expected_answer(a.asked)
        if intent.name == "previous_employer":
            # A career told as a timeline ("2017 to 2020: Network administrator, Pellworth
            # Regional Hospital"): the last job before the one they hold now.
            before = self._last_job_before()
            if before is not None:
                return before.evidence()
        facts = self._facts_for(intent)
        if intent.name == "founders":
            # A staff card answers "who founded" only when its role says so.
            facts = [f for f in facts if f.field != "leadership" or _FOUNDED.search(
                f"{f.value} {f.quote}")]
        if intent.name == "leadership":
            # "Who runs Inland Larder?" is answered by its head, not by any leader on its
            # staff page; "Who is the CEO?" only by a fact that names that role.
            facts = sorted(facts, key=lambda f: not _TOP_ROLE.search(f"{f.value} {f.quote}"))
            if expectation.role:
                facts = [f for f in facts if names_role(f"{f.value} {f.quote}", expectation.role)]
        level = _degree_asked(a.asked) if intent.name == "education" or a.second_person else ""
        thing = _thing_asked(a.asked, expectation)
        for fact in facts:
            evidence = self.index.fact_evidence(fact)
            stated = evidence.quote + " " + fact.value
            if level and not _degree_fits(level, stated):
                # "Where did you get your master's?" is not answered by the bachelor's.
                continue
            stems = frozenset(stem(w) for w in words(stated))
            # "How many engineers" is not answered by a headcount of employees, nor "who is
            # your manager" by the team the person leads.
            card = fact.field in {"leadership", "founders"} and bool(_CARD_VALUE.match(fact.value))
            counted = card or not (expectation.kind == "count" or expectation.who) or holds_answer(
                expectation, evidence.quote if expectation.who else stated, self.lexicon,
                question=a.text, known=self._names,
            ) or (
                # A card read as a fact: "Delphine Ashworth-Kamau, President".
                bool(expectation.role) and fact.field in intent.fields
                and names_role(fact.value, expectation.role)
                and holds_answer(
                    expectation, fact.value, self.lexicon, question=a.text, known=self._names
                )
            )
            if counted and self._enough(a.residual, stems):
                return evidence
        self._index_passages()
        # A value measures what the question's own word names ("revenue"): another word the
        # intent accepts ("budget") measures something else. (A role or an award may be named
        # by any word of its kind.)
        own_cues = [
            stem(w) for w in words(a.asked)
            if w not in STOPWORDS and intent.cue.match(w) and stem(w) not in self.lexicon.weak
        ] if expectation.kind in _MEASURED else []
        part = _PART_WORD.search(a.asked)
        # "Is Saltmarrow owned by a big publisher?": who does own it settles the question,
        # whoever the asker offers.
        residual = () if (
            expectation.kind == "yesno" and intent.name in _SETTLED_BY_STATING
        ) else a.residual
        candidates = [
            p for p in self._stating(intent)
            if self._subject_ok(intent, p)
            and not _names_a_topic(p.text)
            and not self._page_title(p)
            and (not level or _degree_fits(level, p.text))
            and not (thing and _leaves_unnamed(p.text, thing))
            and not (expectation.kind not in _MEASURED and _ABSTRACT.search(p.text))
            # "Our digitisation group of 14 people" counts a group, not the employer.
            and (intent.name != "size" or part is not None or not _PART_COUNTED.search(p.text))
            # "| Sales Associate | $16.50 an hour |" is a wage, no figure of sales.
            and (intent.name != "revenue" or not _PAID_BY_THE_HOUR.search(p.text))
            and (not own_cues or any(self._has(t, self._passage_stems(p)) for t in own_cues))
            and self._coverage(residual, context := self._context(p)) >= _INTENT_COVERAGE
            and self._near_enough(residual, context)
            and self._names_near(a, context)
            and (
                holds_answer(
                    expectation, p.text, self.lexicon, question=a.text, known=self._names
                )
                # "owned by the Hollowfield family", "employee-owned": the owner may bear the
                # employer's name or none.
                or (intent.name == "ownership" and bool(_OWNED_BY_ITS_OWN.search(p.text)))
                # "Where did you get your MBA?": the school is where.
                or (intent.name == "education" and expectation.kind == "place"
                    and self._school_of(p, level))
            )
        ]
        if not candidates:
            return None
        ranks = {
            p.id: score
            for p, score in self.index.search(
                [*words(a.asked), *intent.key], limit=max(50, len(candidates))
            )
        }
        home = self.index.person_pages if intent.subject == "person" else set()
        best = max(
            candidates,
            key=lambda p: (
                p.url in home,
                ranks.get(p.id, 0.0) + 0.5 * len(intent.cue.findall(p.text)),
                -p.id,
            ),
        )
        return best.evidence()

    def _facts_for(self, intent: Intent) -> list[Fact]:
        facts = [f for f in self.index.dossier.facts if f.field in intent.fields]
        if intent.subject in ("person", "company"):
            facts = [f for f in facts if f.subject == intent.subject]
        return facts

    def _focus(self, a: Analysis, expectation: Expectation) -> tuple[str, ...]:
        """The words a passage must cover: the answer itself stands for the words that only
        name what kind of answer is wanted ("cost" in a money question)."""
        counted = expectation.kind == "count"
        implied: set[str] = set(expectation.heads) if counted else set()
        for word in _IMPLIED.get(expectation.kind, ()):
            implied |= self.lexicon.related(stem(word))
        if expectation.kind == "money" and asks_a_rate(a.asked):
            implied.add(stem("rate"))
        focus = tuple(t for t in a.terms if t not in implied)
        if counted and expectation.heads:
            # A count next to the thing counted says enough; common verbs add nothing.
            focus = tuple(t for t in focus if t not in self.lexicon.weak)
        return focus

    def _told_in_public(self, a: Analysis) -> Evidence | None:
        """A personal question the person answered in public: a passage by or about them that
        covers nearly all the question's words and holds an answer of that kind."""
        kind = self.lexicon.answerable_kind(normalise(a.text))
        if kind is None:
            return None
        _name, marker, asking = kind
        self._index_passages()
        # The words that only ask for an answer of that kind ("your take", "most frustrating
        # part", "advice") are stood for by the marker: the rest say what it is about.
        # (A longer phrase of what shaped them names what the passage must say itself.)
        framing = set(self._meaningful(words(asking))) if (
            len(words(asking)) <= 3 or _name != "influence") else set()
        # What the asker stated first is what they ask about: "You spent a winter on the
        # night desk. What was the hardest part?" is not answered by any hardest part.
        focus = (*a.terms, *a.stated)
        # Their job title after "as" says whom the question is put to, not what they told:
        # "a typical week as a senior grants officer" is not answered by a line naming the
        # title (but "advice for someone hoping to become a conservator" is about the title).
        addressed = {
            stem(w) for m in _AS_TITLE.finditer(a.asked) for w in words(m.group(1))
        } & self._title_stems
        untitled = tuple(t for t in focus if t not in addressed)
        if untitled:
            focus = untitled
        if not focus:
            return None
        # The words it asks about, past those that ask for the kind: the marker must be a word
        # of its own ("in a week" is no routine for "the weeks before a launch").
        topic = frozenset(focus) - set(self._meaningful(words(asking)))
        # A value asked for ("How many complaints in a typical month?") must be there.
        expectation = expected_answer(a.asked)
        typed = expectation.kind in _COUNTED
        # One word to go on ("What's the toughest thing about what you do?") is enough only
        # when an interviewer put that question to them in other words ("What's the hardest
        # part of the job?") and the line under it answers.
        single = len(focus) < 2
        left = self._left_behind(a) if _name == "reason" else ()
        candidates: set[int] = set()
        for term in focus:
            for pid in self._with_term(term):
                candidates.add(pid)
                # An interview: the person's answer follows the question put to them.
                if self.index.passages[pid].text.rstrip().endswith("?"):
                    candidates.update(range(pid + 1, pid + 3))
        candidates &= set(range(len(self.index.passages)))
        best: tuple[tuple[float, bool], Passage] | None = None
        for pid in sorted(candidates):  # in page order: of lines that say it as well, the first
            passage = self.index.passages[pid]
            # A line by or about them (anything on their own page), not a question put to them.
            if passage.text.rstrip().endswith("?") or _names_a_topic(passage.text) or not (
                passage.about_person or passage.url in self.index.person_pages
                or self._interview_question(passage) is not None
            ):
                continue
            near = {t: w for t, w in self._context(passage).items() if w > _ON_PAGE}
            asked = self._interview_question(passage)
            if single and (
                asked is None or asked.id != pid - 1
                or self._coverage(
                    focus, dict.fromkeys(self._passage_stems(asked), 1.0), kin=False
                ) < 1.0
            ):
                continue
            if asked is not None:
                # The question put to them says in full what the answer under it is about.
                near.update(dict.fromkeys(self._passage_stems(asked), 1.0))
            before = self.index.passages[pid - 1] if pid > 0 else None
            nearby = passage.text + (" " + before.text if before and before.url == passage.url
                                     else "")
            if not any(not self._only_topic(m.group(0), topic) for m in marker.finditer(nearby)):
                continue
            if typed and not holds_answer(
                expectation, passage.text, self.lexicon, question=a.text, known=self._names
            ):
                continue
            near.update(dict.fromkeys(framing, 1.0))
            coverage = self._coverage(focus, near, kin=False)
            need = _TOLD_COVERAGE
            if left and _MOVE_TOLD.search(passage.text) and any(
                self._has(t, self._passage_stems(passage)) for t in left
            ):
                # "Why did you leave teaching for fundraising?" told as "I left teaching
                # because I was tired of …": the move from the same thing and its reason in one
                # sentence of theirs, in their own words for the rest.
                need = _MOVE_TOLD_COVERAGE
            if _name == "most" and _SAYS_THE_MOST.match(passage.text):
                # "The hardest part of being crew leader is telling a customer …": a line
                # that says which part, in its own words for the rest.
                need = _SAID_MOST_COVERAGE
            # Between lines that say it as fully, theirs: one in their voice, quoted or naming
            # them, not the employer's ("Our fraud unit reviews claims because …").
            rank = (coverage, bool(_I_VOICE.search(passage.text)) or passage.text.lstrip(
            ).startswith(('"', "“")) or bool(self._person_stems & self._passage_stems(passage)))
            if coverage >= need and (best is None or rank > best[0]):
                best = (rank, passage)
        return best[1].evidence() if best else None

    def _left_behind(self, a: Analysis) -> tuple[str, ...]:
        """For a question why the person made a move, the stems of what they left: "banking"
        in "Why did you leave banking for climate tech?", or, where it names none ("what made
        you jump to the software side?"), what the asker said of their past before it."""
        found = _MOVE_FROM.search(a.asked)
        if found is None:
            return ()
        said = tuple(stem(w) for w in words(found.group("left")) if w not in STOPWORDS)
        return said or a.stated

    @staticmethod
    def _only_topic(found: str, topic: frozenset[str]) -> bool:
        """Whether every word of a marker's match is a word the question asks about."""
        stems = [stem(w) for w in words(found) if w not in STOPWORDS]
        return bool(stems) and all(t in topic for t in stems)

    def _asked_in_interview(self, a: Analysis) -> Evidence | None:
        """A personal question an interviewer put to the person in other words, of the same
        kind ("Why did you leave the corporate group?" for "Why did you switch from a
        corporate practice group to an independent hospital?"), on a page of theirs: the line
        under it answers, where the two hold half the question's words past those that ask
        for the kind."""
        kind = self.lexicon.answerable_kind(normalise(a.text))
        if kind is None:
            return None
        self._index_passages()
        asking = set(self._meaningful(words(kind[2])))
        rest = [t for t in a.terms if t not in asking]
        if not rest:
            return None
        best: tuple[float, Passage] | None = None
        for asked in self.index.passages:
            if not asked.on_person_page or not asked.text.rstrip().endswith("?"):
                continue
            put = self.lexicon.answerable_kind(normalise(asked.text))
            if put is None or put[0] != kind[0] or asked.id + 1 >= len(self.index.passages):
                continue
            answer = self.index.passages[asked.id + 1]
            if answer.url != asked.url or answer.text.rstrip().endswith("?") or _is_heading(
                    answer.text) or _names_a_topic(answer.text):
                continue
            said = self._passage_stems(asked) | self._passage_stems(answer)
            share = sum(1 for t in rest if self._has_kin(t, said)) / len(rest)
            if share >= _ASKED_SHARE and (best is None or share > best[0]):
                best = (share, answer)
        return best[1].evidence() if best else None

    def _interview_question(self, passage: Passage) -> Passage | None:
        """For a line on a page about the person that follows a question put to them (within
        two lines), that question: the line is their answer in an interview, even when it
        names no one."""
        if not passage.on_person_page or passage.text.rstrip().endswith("?"):
            return None
        for back in (1, 2):
            at = passage.id - back
            if at < 0 or self.index.passages[at].url != passage.url:
                return None
            if self.index.passages[at].text.rstrip().endswith("?"):
                return self.index.passages[at]
        return None

    def _unit_counted(self, a: Analysis, expectation: Expectation) -> list[str]:
        """The stems of the part of the employer whose people a question counts ("How many
        people are in the sustainability group?"): a line that answers names it itself, by
        the words that say which part when there are any ("Shore employees 340" answers
        "How many people work on the shore side?"; the firm's group is its group)."""
        part = _SUB_UNIT.search(a.asked) if expectation.kind == "count" else None
        if part is None:
            return []
        found = [
            w for w in words(part.group("unit"))
            if w not in STOPWORDS and stem(w) not in self._name_stems
        ]
        which = [w for w in found[:-1] if not w.endswith("'s")]
        return [stem(w.removesuffix("'s")) for w in which or found[-1:]]

    def _part_singled_out(self, a: Analysis) -> list[str]:
        """The stems of the part a question singles out by "alone" or "specifically" ("How
        many pounds went out through the Larder Market alone?"): a line that answers names
        it, where the whole's figure does not."""
        marked = _SINGLED_OUT.search(a.asked)
        if marked is None:
            return []
        before = words(a.asked[: marked.start()])
        part: list[str] = []
        for w in reversed(before[-3:]):
            if w in STOPWORDS:
                break
            part.append(w)
        return [t for w in part if (t := stem(w.removesuffix("'s"))) not in self._name_stems]

    def _generic_answers(self, a: Analysis) -> list[Passage]:
        """The passages that best answer a question no intent covers, best first (at most a
        few), each holding a value of the expected shape and, with the line before it, nearly
        all the question's words; else the line that defines X for "What is X?"."""
        self._index_passages()
        expectation = expected_answer(a.asked)
        focus = self._focus(a, expectation)
        if not focus and not expectation.heads:
            return []
        typed = expectation.kind not in {"any", "yesno"}
        need = _GENERIC_COVERAGE if typed else _OPEN_COVERAGE
        if len(focus) == 1 and not typed:
            # One word to go on: only a rare word (in a few passages, or a tenth of a large
            # dossier), in the sentence itself, will do.
            if len(self._with_term(focus[0])) > max(
                _RARE, _RARE_SHARE * len(self.index.passages)
            ):
                return self._definition(a)
            need = 1.0
        near_terms = frozenset().union(*(self._related(t) for t in focus)) if focus else frozenset()
        thing = _thing_asked(a.asked, expectation)
        given = _given_figures(a.asked)
        # "Where did you do your master's?": a line of the bachelor's does not answer.
        level = _degree_asked(a.asked) if a.second_person or (
            a.intent is not None and a.intent.name == "education") else ""
        job = paid_role(a.asked) if expectation.kind == "money" else None
        asked_words = words(a.asked)
        sums = [stem(w) for w in asked_words if w in _KINDS_OF_SUM] if (
            expectation.kind == "money") else []
        if expectation.kind == "money" and _TAKES_IN.search(a.asked):
            sums.append("revenu")
        # (A sales associate's pay is a wage: "sales" names the job.)
        takings = job is None and bool({"revenu", "sale", "turnov", "incom", "profit"} & set(sums))
        # What the sum is for, said just before it: "continuing education" allowance.
        sum_of = [
            stem(before)
            for at, word in enumerate(asked_words) if word in _KINDS_OF_SUM
            for before in asked_words[max(0, at - 2):at]
            if before not in STOPWORDS and before not in {"yearly", "annual", "monthly", "weekly"}
        ] if sums else []
        unit = self._unit_counted(a, expectation)
        # "Which unions represent …" wants names: a line that speaks of them with none ("the
        # maritime unions that represent our officers") does not say which.
        which = bool(thing) and not expectation.who and expectation.kind == "any"
        # For a value bound to what it measures ("how often … the tasting menu", "how many
        # donors"), one word of the question no source uses is its own phrasing ("rewrite" for
        # "changes").
        absent = [t for t in focus if t not in self.lexicon.weak and not self._with_term(t)]
        own_words = frozenset(absent) if (
            len(absent) == 1 and len(focus) >= 3 and expectation.kind == "frequency"
        ) else frozenset()
        candidates: set[int] = set()
        for term in focus or expectation.heads:
            for pid in self._with_kin(term):
                # A typed answer may sit in the line after the words asked about
                # ("Harvest intern" … "Pay is $19 an hour").
                candidates.update(range(pid, pid + (3 if typed else 1)))
                if typed:
                    candidates.update(self._section_of(pid))
                if expectation.role:
                    # A card: the name on the line above the role.
                    candidates.add(pid - 1)
        if expectation.role and len(expectation.role) == 1 and not candidates:
            # A role the question names by its initials ("CEO"): the lines that spell it out,
            # and the name above each, as on a card.
            for passage in self.index.passages:
                if names_role(passage.text, expectation.role):
                    candidates.update((passage.id - 1, passage.id))
        candidates &= set(range(len(self.index.passages)))
        scored = []
        for pid in candidates:
            passage = self.index.passages[pid]
            if a.second_person and not (
                passage.about_person or passage.on_person_page
                # "Do you buy fruit?" asks the employer too: "we" on its pages answers.
                or (expectation.kind == "yesno" and _WE.search(passage.text))
            ):
                continue
            if a.intent is not None and not self._subject_ok(a.intent, passage) and not (
                # An intent read from a word the question only uses in passing ("before you
                # moved into revenue management") does not bar the person's own page.
                (a.second_person or a.intent.subject == "person") and passage.on_person_page
            ):
                continue
            own = self._passage_stems(passage)
            if not typed and not any(self._has_kin(t, own) for t in focus or expectation.heads):
                continue
            if expectation.kind != "yesno" and (
                _names_a_topic(passage.text) or (thing and _leaves_unnamed(passage.text, thing))
                or (not typed and _ABSTRACT.search(passage.text))
            ):
                continue
            if expectation.kind == "yesno" and _is_heading(passage.text):
                # A title says what a page or section is about, not yes or no.
                continue
            if self._left_untold(passage):
                # "What about the Federal Hill job?" then "That one's covered by a
                # confidentiality agreement."
                continue
            if expectation.kind == "yesno" and _HAPPENED.match(a.asked) and _AIMED.search(
                passage.text
            ):
                # "Did the annex end up getting LEED Gold?" is not settled by "is targeting
                # LEED Gold".
                continue
            if level and not _degree_fits(level, passage.text):
                continue
            if self._page_title(passage):
                # "Staff Directory | Planning & Community Development | City of Port Alder".
                continue
            if which and thing & own and not self._holds_a_name(passage.text, a):
                continue
            if job is not None and not self._pay_is_for(passage, *job):
                continue
            if takings and _PAID_BY_THE_HOUR.search(passage.text):
                continue  # "| Sales Associate | $16.50 an hour |" gives no figure of sales
            if sums and not any(
                self._has(t, frozenset(w for w, v in self._context(passage).items()
                                       if v >= _NEARBY))
                for t in sums
            ) and not (sum_of and all(t in own for t in sum_of)):
                # "How much is the yearly tool allowance?" is not answered by a wage, but
                # "$1,500 a year for continuing education" is a continuing education
                # allowance.
                continue
            if unit and not all(self._has(t, own) for t in unit):
                continue
            card = None
            if expectation.role and not names_role(passage.text, expectation.role):
                card = self._role_below(passage, expectation.role)
                if card is None:
                    continue
            if (
                expectation.who and card is None
                and not any(
                    self._has(t, own) for t in focus or expectation.heads
                    if t not in self.lexicon.weak
                )
            ):
                # A name on another line than what the question asks about is not bound to it
                # ("… governed by a board of directors." then "… on Keith Street"), nor to a
                # word only near it in meaning ("Prairie Institute" for "who founded").
                continue
            if typed and card is None and self._about_something_else(
                passage, a, (*focus, *expectation.heads)
            ):
                continue
            context = self._context(passage)
            if card is not None:
                # The card names the role, in full when the question gave its initials.
                context.update(dict.fromkeys(self._passage_stems(card), 1.0))
                context.update(dict.fromkeys(expectation.role, 1.0))
            coverage = self._coverage(focus, context, own_words)
            if coverage < need and self._settles(passage, expectation, focus, own):
                coverage = need
            if coverage < need or not self._near_enough(focus, context):
                continue
            if expectation.kind in {"any", "yesno"} and self._coverage(
                focus, dict.fromkeys(own, 1.0)
            ) < _OWN_SHARE:
                # An open question is answered by a sentence that says most of it, not by one
                # whose neighbours do.
                continue
            if not self._names_near(a, context) or (
                expectation.kind != "name" and self._names_another(passage, a)
            ):
                continue
            said = f"{passage.text}, {card.text}" if card else passage.text
            label = self._label_above(passage) if typed and card is None else None
            if label is not None:
                # A figure under its label, as a definition list gives it: "Training cars" /
                # "16, each with a passenger-side brake".
                said = f"{label.text}: {passage.text}"
            if typed:
                # A figure the question gives ("of the 31 cases", "the $38 million
                # expansion") is no answer to it.
                said = _without(said, given)
            if not holds_answer(
                expectation, said, self.lexicon, question=a.text, near_terms=near_terms,
                known=self._names,
            ) and not (level and expectation.kind == "place" and self._school_of(passage, level)):
                continue
            scored.append((coverage, self._coverage(focus, dict.fromkeys(own, 1.0)), passage))
        if not scored:
            return self._definition(a)
        ranks = dict(self.index.search(words(a.asked), limit=len(self.index.passages)))
        home = self.index.person_pages if a.second_person else set()
        ranked = sorted(
            scored,
            # The sentence itself holds the topic, then the person's own page for questions
            # put to them, then the best search rank.
            key=lambda t: (t[1] >= need, t[2].url in home, ranks.get(t[2], 0.0), t[1], -t[2].id),
            reverse=True,
        )
        answers: list[Passage] = []
        for _coverage, _own, passage in ranked[:_CHOICES]:
            under = self._under_heading(passage, focus)
            if typed and under is not passage and not holds_answer(
                expectation, under.text, self.lexicon, question=a.text, near_terms=near_terms,
                known=self._names,
            ):
                # The line under a heading stands for it only when it holds the answer too.
                under = passage
            if under not in answers:
                answers.append(under)
        return answers

    def _under_heading(self, passage: Passage, focus: Sequence[str]) -> Passage:
        """A heading names where the answer is ("Education and certification"), not the
        answer: the line under it that shares most of the question's words stands for it,
        when one shares any."""
        section = self._section_of(passage.id)
        if not section or not focus:
            return passage
        lines = [self.index.passages[pid] for pid in section]
        best = max(lines, key=lambda p: (self._coverage(focus, dict.fromkeys(
            self._passage_stems(p), 1.0)), -p.id))
        covered = self._coverage(focus, dict.fromkeys(self._passage_stems(best), 1.0))
        return best if covered > 0 else passage

    def _settles(
        self, passage: Passage, expectation: Expectation, focus: Sequence[str],
        own: frozenset[str],
    ) -> bool:
        """A sentence that settles a yes/no question in other words: it says yes or no of
        the thing asked about ("not", "only", "never", "-free") and holds every word of the
        question the sources use anywhere, the rest being the question's own phrasing ("Do
        you take freelance gigs on the side?" ~ "I'm not available for freelance testing
        work")."""
        if expectation.kind != "yesno" or not _POLARITY.search(passage.text):
            return False
        present = [t for t in focus if self._with_term(t)]
        absent = [t for t in focus if t not in present and t not in self.lexicon.weak]
        if len(present) < _SETTLED_PRESENT or len(absent) > _SETTLED_ABSENT:
            return False
        # The rarest of them in its own word, and each by a word of its own: "open" does not
        # stand for both "hours" and "launch".
        rarest = max(present, key=self._idf)
        if rarest not in own:
            return False
        used: set[str] = set()
        held = []
        for term in sorted(present, key=self._idf, reverse=True):
            match = next(iter(sorted((self._related(term) & own) - used)), None)
            if match is not None:
                used.add(match)
                held.append(term)
        return self._coverage(present, dict.fromkeys(held, 1.0), kin=False) >= _SETTLED_COVERAGE

    def _role_below(self, passage: Passage, role: Sequence[str]) -> Passage | None:
        """For "Who is the <role>?" and a passage that does not name the role: the line below
        it when the passage is only a name and that line names the role (every word of it), as
        on a staff card.
        (A passage that names the role must name who holds it: see `holds_answer`.)"""
        after = passage.id + 1
        if after >= len(self.index.passages) or not NAME_LINE.fullmatch(passage.text.strip()):
            return None
        below = self.index.passages[after]
        if (
            below.url == passage.url
            and _is_heading(below.text)
            and (self._passage_stems(below).issuperset(role) or names_role(below.text, tuple(role)))
        ):
            return below
        return None

    def _about_something_else(
        self, passage: Passage, a: Analysis, asked_terms: Sequence[str]
    ) -> bool:
        """A passage that names none of what the question asks about and opens with the name
        of something else, as a table row or a list item does: its value belongs to that
        ("Investigative Data Fellow … $58,000" gives no intern's pay). A line that only
        holds the value ("Pay is $19 an hour") may answer the line before it."""
        label = _LABEL.match(passage.text)
        if label is None:
            return False
        stems = {stem(w.removesuffix("'s")) for w in words(passage.text)}
        asked = set().union(*(self.lexicon.related(t) for t in asked_terms))
        if not stems.isdisjoint(asked):
            return False
        known = set(a.terms) | self._name_stems
        return any(stem(w) not in known for w in words(label.group(0)) if w not in STOPWORDS)

    def _definition(self, a: Analysis) -> list[Passage]:
        """For "What is X?": the first passage that defines X ("X, a …", "X is a …"), if one
        does."""
        asked = _DEFINITION_ASKED.match(a.asked)
        if asked is None or _SECOND_PERSON.search(asked.group("x")):
            return []
        thing = asked.group("x").strip()
        if not thing or all(w in STOPWORDS or w in self.lexicon.generic for w in words(thing)):
            return []
        defined = re.compile(
            r"(?<!\w)" + re.escape(thing) + _DEFINED_AS, re.IGNORECASE
        )
        for passage in self.index.passages:
            if defined.search(passage.text):
                return [passage]
        return []

    def passages_for(self, question: str, limit: int = 8) -> list[Passage]:
        """The top passages for a question, for a judge to read: bm25 over the words that
        carry its meaning and the words the lexicon and the dossier give for them ("staff"
        for "people", "corp" for "corporation"), not over its question words or the names
        every page repeats."""
        a = self.analyse(question)
        self._index_passages()
        stems = {r for t in (*a.terms, *a.names, *a.stated) for r in self.lexicon.related(t)}
        if a.intent is not None:
            stems |= {stem(w) for k in a.intent.key for w in words(k)}
        found = self.index.search(self._meaningful_words(question), limit, stems=stems)
        if not found:
            return self.index.for_question(question, limit)
        return [p for p, _ in found]

    def _meaningful_words(self, question: str) -> list[str]:
        return [w for w in words(question) if w not in STOPWORDS and len(w) > 1]

    def wants_search(self, question: str) -> bool:
        """Whether a live search could settle it: a factual question the dossier leaves open."""
        a = self.analyse(question)
        if a.personal or self.judge_one(question).googleable:
            return False
        return a.intent is not None or a.answer != "any" or bool(
            _FACTUAL_START.match(normalise(question))
        )

    def search_query(self, question: str) -> str:
        """The question as a web search: "you" becomes the person, the employer is added."""
        person = self.index.dossier.person.name
        company = self.index.dossier.company.name
        query = " ".join(question.split())
        if person:
            query = re.sub(r"\byour\b", f"{person}'s", query, flags=re.IGNORECASE)
            query = re.sub(r"\byou\b", person, query, flags=re.IGNORECASE)
        if company and company.casefold() not in query.casefold():
            query += f" {company}"
        return query

    def rewrite(self, question: str, evidence: Evidence, intent: str) -> str:
        """A question that builds on the fact instead of asking for it."""
        dossier = self.index.dossier
        parts = urlsplit(evidence.url)
        # A fact whose quote is the evidence gives its value in plain words: a record
        # ("Acme (Organization) address: Leeds, GB") restated, and a long sentence boiled down
        # to what the question asked ("was founded in 2011"). A fact of the question's own
        # kind comes first, so a sentence giving a headcount and places is read for the one
        # the question asked about.
        facts = [f for f in dossier.facts
                 if f.source_url == evidence.url and f.quote.strip() == evidence.quote.strip()]
        fact = next((f for f in facts if _same_kind(f.field, intent)), None)
        value = fact.value if fact else (facts[0].value if facts else "")
        if intent in _PLACE_KINDS:
            # "Manchester, GB" from a page's address record is said "Manchester"; a value
            # that is no place name ("Acme Library: a main library and six branches") is not
            # said as one.
            value = without_country_code(value)
            if ":" in value or (dossier.company.name and dossier.company.name in value):
                value = ""
        if not intent and facts:
            # What the sentence states decides the follow-on question; a place only when
            # the sentence states nothing else ("the nurse manager of 4 West … since 2019").
            field = next((f.field for f in facts if f.field not in _PLACE_KINDS),
                         facts[0].field)
            intent = _FOLLOW_ON.get(field, field)
        retold = (
            retell(
                evidence.quote,
                person=dossier.person.name,
                company=dossier.company.name,
                own_page=evidence.url in self.index.person_pages,
            )
            if _reads_as_sentence(evidence.quote)
            else None
        )
        return " ".join(
            self.prompts.render(
                "questions_rewrite",
                question=question,
                intent=intent,
                quote=_short(_plain_record(evidence.quote)),
                sentence=_reads_as_sentence(evidence.quote),
                retold=retold or "",
                # "your own account" only of their "I" on their own page; a "we" there may be
                # an interviewer's.
                first_person=bool(_I_VOICE.search(evidence.quote) or _WE.search(evidence.quote)),
                own_account=evidence.url in self.index.person_pages
                and bool(_I_VOICE.search(evidence.quote)),
                value=value,
                role=as_role(value) if intent == "title" and value else "",
                of_intent=fact is not None,
                # A web page is named by its site; a local file by nothing (its path means
                # nothing to the person on the call).
                host=parts.hostname if parts.scheme in ("http", "https") else "",
                person=dossier.person.name,
                first_name=given_name(dossier.person.name),
                company=dossier.company.name,
            ).split()
        )

    # -- the model's judge -------------------------------------------------------------

    def judge(self, questions: Sequence[str], generator: Generator) -> list[Verdict]:
        """Every question judged: one batched model call when a model is configured."""
        from ..llm import with_fallback

        return with_fallback(
            generator,
            lambda gateway: self.judge_with_model(questions, gateway),
            lambda: self.judge_offline(questions),
            "judging the questions",
        )

    def judge_request(
        self, questions: Sequence[str], offline: Sequence[Verdict] | None = None
    ) -> tuple[list[Source], list[dict[str, object]]]:
        """What the model's judge reads: whole sources, and for each question its top
        passages.

        A question's answer is often a sentence that shares few words with it, so the judge
        reads whole sources where they fit: those that hold the most of the questions' top
        passages come first, then the others in the dossier's order, up to `_JUDGE_WORDS`
        words in all. A question still gets its
        four top passages next to it (eight when the source of one of them did not fit), and
        the passage the offline judge found."""
        if offline is None:
            offline = self.judge_offline(questions)
        tops = [self.passages_for(q, _JUDGE_PASSAGES_WIDE) for q in questions]
        hits: dict[str, int] = {}
        for top in tops:
            for passage in top:
                hits[passage.url] = hits.get(passage.url, 0) + 1
        order = {url: n for n, url in enumerate(self.index.sources)}
        ranked = sorted(order, key=lambda url: (-hits.get(url, 0), order[url]))
        research: list[Source] = []
        budget = _JUDGE_WORDS
        for url in ranked:
            source = self.index.sources[url]
            size = len(source.text.split())
            if size <= budget:
                research.append(source)
                budget -= size
        read = {s.url for s in research}
        items: list[dict[str, object]] = []
        for i, (question, verdict, top) in enumerate(zip(questions, offline, tops, strict=True)):
            limit = (
                _JUDGE_PASSAGES
                if all(p.url in read for p in top[:_JUDGE_PASSAGES_WIDE])
                else _JUDGE_PASSAGES_WIDE
            )
            passages = [{"url": p.url, "text": p.text} for p in top[:limit]]
            if verdict.evidence is not None and all(
                p["text"] != verdict.evidence.quote for p in passages
            ):
                passages.insert(0, {"url": verdict.evidence.url, "text": verdict.evidence.quote})
            items.append({"id": i + 1, "text": question, "passages": passages})
        return research, items

    def judge_with_model(self, questions: Sequence[str], gateway: ModelGateway) -> list[Verdict]:
        offline = self.judge_offline(questions)
        research, items = self.judge_request(questions, offline)
        dossier = self.index.dossier
        messages = [
            {"role": "system", "content": self.prompts.render("questions_judge_system")},
            {
                "role": "user",
                "content": self.prompts.render(
                    "questions_judge",
                    person=dossier.person.name,
                    company=dossier.company.name,
                    research=[{"url": s.url, "text": s.text} for s in research],
                    items=items,
                ),
            },
        ]
        reply = gateway.structured(messages, JudgeReply, name="googleable_verdicts")
        by_id = {v.id: v for v in reply.verdicts}
        verdicts = []
        for i, (question, fallback) in enumerate(zip(questions, offline, strict=True)):
            judged = by_id.get(i + 1)
            if judged is None:
                verdicts.append(fallback)
                continue
            verdicts.append(self._checked(question.strip(), judged))
        return verdicts

    def _checked(self, text: str, judged: JudgedQuestion) -> Verdict:
        """The model's verdict, overruled when its quote is not in the source it names."""
        if not judged.googleable:
            return Verdict(text=text, googleable=False, reason=judged.reason or "not answered")
        evidence = self.index.locate(judged.url, judged.quote)
        if evidence is None:
            return Verdict(
                text=text,
                googleable=False,
                reason=(
                    "kept: the model said the research answers it, but its quote is not in "
                    f"{judged.url or 'the named source'}"
                ),
            )
        intent = self.analyse(text).intent
        return Verdict(
            text=text,
            googleable=True,
            evidence=evidence,
            reason=judged.reason or _GENERIC_REASON,
            rewrite=self.rewrite(text, evidence, intent.name if intent else ""),
        )


# Which intents can answer what a question's opening asks for ("how many" wants a number).
_ACCEPTS = {
    "count": {"number", "money"},
    "amount": {"number", "money"},
    "money": {"money"},
    "date": {"year", "duration"},
    "since": {"year", "duration"},
    "duration": {"duration"},
    "place": {"place", "name"},
    "name": {"person", "name"},
    "time": set(),
    "frequency": set(),
}


# Kinds of answer a told routine must also hold: how many, how much, how often.
_COUNTED = frozenset({"count", "amount", "money", "frequency"})

# Kinds of answer that are values measured of something named.
_MEASURED = frozenset({"money", "amount", "count", "date", "since", "duration"})


def _compatible(intent: Intent, expectation: Expectation) -> bool:
    accepted = _ACCEPTS.get(expectation.kind)
    return accepted is None or not accepted.isdisjoint(intent.answer_names)


def _thing_asked(asked: str, expectation: Expectation) -> frozenset[str]:
    """For "Which union …?" or "Who is the <role>?": the stems of the words for the kind of
    thing whose name is asked for."""
    found = _WHICH_THING.match(asked.strip())
    if found is not None:
        said = [w for w in words(found.group("thing")) if w not in STOPWORDS][:3]
        return frozenset(stem(w) for w in said)
    if re.match(r"\s*which\s", asked, re.IGNORECASE):
        # No verb read: the kind of thing is in the words right after "which".
        said = [w for w in words(asked)[1:3] if w not in STOPWORDS]
        return frozenset(stem(w) for w in said)
    return frozenset(expectation.role) if expectation.who else frozenset()


def _names_only_what_was_asked(quote: str, question: str) -> bool:
    """Whether a quote holds only names the question already gives, with a year or a comma
    between them: a record of the thing asked about, which says nothing about it."""
    quote = re.sub(r"^[-*•\s]*[A-Z][\w ]{0,30}:\s", "", quote)  # a label: "Awards: …"
    runs = [m.group(0) for m in _NAME_RUN.finditer(quote)]
    rest = [w for w in words(_NAME_RUN.sub(" ", quote)) if w not in STOPWORDS]
    if not runs or any(re.search(r"[a-z]{3,}", w) for w in rest):
        return False
    asked = question.casefold()
    return all(run.casefold() in asked for run in runs)


def _given_figures(question: str) -> list[str]:
    """The figures a question gives, in digits or in words ("of the 31 cases", "of the
    eleven people")."""
    return _FIGURE.findall(question) + _FIGURE_WORD.findall(question)


def _without(text: str, figures: Sequence[str]) -> str:
    """`text` with the figures a question gave taken out."""
    for figure in figures:
        text = re.sub(r"(?<![\w.,])" + re.escape(figure) + r"(?![\w]|[.,]\d)", " ", text)
    return text


def _degree_asked(question: str) -> str:
    """The level of degree a question asks about ("your master's", "undergrad"), or ""."""
    return next((level for level, rx in _DEGREES if rx.search(question)), "")


def _degree_fits(level: str, text: str) -> bool:
    """Whether a line speaks of a degree of that level, or names a school and no degree."""
    said = {name for name, rx in _DEGREES if rx.search(text)}
    return level in said or (not said and bool(_SCHOOL.search(text)))


def _leaves_unnamed(text: str, thing: frozenset[str]) -> bool:
    """Whether a line speaks of the thing asked about only as "a union", "an outside firm",
    "one of the largest carriers", with no name beside it: it says one exists, not which."""
    for found in _INDEFINITE.finditer(text):
        if not any(stem(w) in thing for w in words(found.group("noun"))):
            continue
        before, after = text[: found.start()], text[found.end() + len(found.group("noun")):]
        if re.match(r"\s*(?:,\s*(?:(?:including|such as|like|among them)\s+)?|\(|:\s*|"
                    r"\s(?:called|named|including|such as|like)\s+)[A-Z0-9]", after) or re.search(
            r"[A-Z][\w'’&.-]*[),]\s*$", before
        ):
            continue
        return True
    return False


@functools.lru_cache(maxsize=8192)
def _names_a_topic(text: str) -> bool:
    """Whether a line only names a topic (a title of a talk's or an episode's part, a chapter
    at its time in a recording), says that one was or will be talked about, or declines to
    tell it: the topic, not what was said of it."""
    line = text.strip()
    return bool(
        (_TOPIC_LINE.match(line) and not line.endswith("?"))
        or _TOPIC_MENTION.search(line)
        or _CHAPTER.match(line)
        or _DECLINES.search(line)
    )


def _is_heading(text: str) -> bool:
    """A short line that does not end like a sentence and is no list item or table row."""
    text = text.rstrip()
    return (
        len(text) <= _HEADING_LENGTH
        and text[-1:] not in ".!?:;,\"”"
        and not text.startswith(("-", "*", "•", "|"))
    )


def _first_match(patterns: Sequence[re.Pattern[str]], text: str) -> str | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def _states(intent: Intent, text: str) -> bool:
    """Whether a passage holds the intent's cue with a value of the right shape nearby."""
    cues = intent.cues_in(text)
    if not cues:
        return False
    if intent.answer_names == ("any",):
        return True
    for answer in intent.answers:
        for found in answer.finditer(text):
            for start, end in cues:
                overlap = found.start() < end and start < found.end()
                near = min(abs(found.start() - end), abs(start - found.end())) <= _WINDOW
                if near and not (overlap and found.group(0).lower() == text[start:end].lower()):
                    return True
    return False


_RECORD = re.compile(r"\)\s+[\w ]+:\s|^\s*[\w ]+:\s")


_PLACE_KINDS = frozenset({"headquarters", "location", "locations"})
# Facts whose follow-on question is that of another kind.
_FOLLOW_ON = {"degree": "education", "previous_role": "previous_employer"}


def _same_kind(field: str, intent: str) -> bool:
    """Whether a fact's field states what a question of `intent` asks (places are one kind)."""
    return field == intent or (field in _PLACE_KINDS and intent in _PLACE_KINDS)


def _reads_as_sentence(quote: str) -> bool:
    """Whether a quote reads as prose to repeat to someone: several words ending like a
    sentence, not a record of fields ("Acme (Organization) address: Leeds")."""
    text = " ".join(quote.split())
    return (
        len(text.split()) >= 4
        and text[-1:] in ".!?”\"’'"
        and not _RECORD.search(text)
    )


def _plain_record(quote: str) -> str:
    """A quote as it reads aloud: no list bullets, a table row's cells and a card's lines
    joined by commas ("| Service Dispatcher | $26 to $30 an hour |" reads "Service Dispatcher,
    $26 to $30 an hour"), a figure after its label by a colon ("Training cars: 16")."""
    lines = [
        re.sub(r"^\s*[-*•]\s+", "", line).strip()
        for line in quote.splitlines() if line.strip()
    ]
    said = ""
    for line in lines:
        if line.startswith("|"):
            line = ", ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())
        elif " | " in line:
            line = ", ".join(part.strip() for part in line.split(" | ") if part.strip())
        if said:
            said += " " if said[-1] in ".!?" else ": " if _OPENS_WITH_FIGURE.match(line) else ", "
        said += line
    return said


def _short(quote: str, limit: int = 180) -> str:
    text = " ".join(quote.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",;:") + " …"
