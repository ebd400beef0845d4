"""What kind of answer a question expects, and whether a passage holds one.

"How many acres …" wants a number next to "acres"; "How much does it cost" wants money;
"When …" a date; "Where …" a place; "Who …" a name; "Is …" / "Does …" only that the passage
speaks of the same things. The shapes are regular expressions in `data/lexicon.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .text import STOPWORDS, stem, words

__all__ = [
    "NAME_LINE", "Expectation", "asks_a_rate", "expected_answer", "holds_answer", "job_title_lines",
    "names_role", "paid_role", "pay_for_a_price", "rated_price",
]

_OPENING = re.compile(
    r"^(?:and |so |also |out of curiosity,? )?"
    # "Roughly how many …": an adverb of degree before the question word.
    r"(?:roughly,? |approximately,? |about |around |exactly |just |ballpark,? )?"
    r"(?P<wh>how many|how much|how big|how large|"
    r"how tall|how far|how close|how widely|how wide|how long|how old|how often|what year|"
    # How soon or early, and a measure of weight, heat or depth.
    r"how soon|how quickly|how fast|how early|how late|how heavy|how hot|how cold|how warm|"
    r"how deep|how loud|"
    r"what time|"
    r"what date|"
    r"when|where|whom|whose|who|which|what|why|how|is|are|was|were|do|does|did|can|could|"
    r"has|have|had|will|would|should|may|am)\b",
    re.IGNORECASE,
)
# A measure asked for by its "how …" and the units a passage gives it in: "up to 35 pounds".
_FIGURE = r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|" \
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s*(?:-\s*|\s)?"
_MEASURES = {
    "how heavy": re.compile(
        _FIGURE + r"(?:pounds?|lbs?|kilograms?|kilos?|kg|tons?|tonnes?|ounces?|oz|grams?)\b",
        re.IGNORECASE,
    ),
    **dict.fromkeys(("how hot", "how cold", "how warm"), re.compile(
        _FIGURE + r"(?:degrees?|°)", re.IGNORECASE
    )),
    "how deep": re.compile(
        _FIGURE + r"(?:feet|foot|ft|meters?|metres?|inch(?:es)?|fathoms?)\b", re.IGNORECASE
    ),
    "how loud": re.compile(_FIGURE + r"(?:decibels?|db)\b", re.IGNORECASE),
    # "How fast are the trains allowed to go?": "up to 40 miles an hour".
    "how fast": re.compile(
        _FIGURE + r"(?:miles?\s+(?:an|per)\s+hour|mph|km/h|kph|kilomet(?:re|er)s?\s+(?:an|per)"
        r"\s+hour|knots?)\b", re.IGNORECASE
    ),
}
# "How fast" of something that moves asks its speed; of a job, how soon it is done.
_MOVES = re.compile(r"\b(?:go|goes|going|run|runs|drive|drives|driving|travel|travels|move|"
                    r"moves|fly|flies|sail|sails|ride|rides|allowed)\b", re.IGNORECASE)
# Places asked for by name after "what": "what towns", "what other cities".
_PLACES_NAMED = re.compile(
    r"(?:other\s+)?(?:towns|cities|states|countries|counties|communities|suburbs|"
    r"neighbou?rhoods|regions)\b"
    # "What brand of pumps do you put in?" asks for a maker's name.
    r"|(?:brands?|makes?|manufacturers?|vendors?|suppliers?)\b",
    re.IGNORECASE,
)
_MAKER_OF = re.compile(
    r"(?:brands?|makes?|manufacturers?|vendors?|suppliers?)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)*?(?P<thing>[\w-]+)(?=\s+(?:do|does|did|is|are|was|were|would|will)\b|\W*$)",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:cost|costs|pay|pays|paid|salary|salaries|earn|earns|money|fund|funding|raise|"
    r"raised|budget|price|priced|fee|fees|worth|spend|spent|(?<!in )charge|tuition|bonus|bonuses|"
    r"valued|valuation|wage|wages|revenue|stipend|stipends|allowance|compensation|"
    r"reimbursement|scholarship|scholarships|dues|rent|deposit|premium|premiums|donation|"
    r"donations|dividends?|differentials?|dollars|commissions?|take[- ]home)\b",
    re.IGNORECASE,
)
_VERBS = frozenset({
    "work", "live", "come", "go", "use", "make", "get", "attend", "report", "visit", "apply",
    "serve", "join", "take", "buy", "sell", "run", "stay", "need", "want", "hold", "belong",
    "pay",
})
# "How many passengers went through …": the verb after the thing counted.
_PAST_VERBS = frozenset({
    "went", "came", "got", "took", "made", "ran", "did", "had", "were", "was", "passed",
    "moved", "used", "worked", "joined", "left", "signed", "showed", "turned",
})
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CURRENCY = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
# "Which <thing>" questions whose answer is a name.
_NAMED = re.compile(
    r"(?:[\w-]+\s+)?(?:company|companies|firm|firms|consultant|consultants|organi[sz]ations?|"
    r"makers?|manufacturers?|banks?|hospitals?|startups?|nonprofits?|foundations?|funds?|"
    r"publications?|journals?|magazines?|labs?|laborator(?:y|ies)|studios?|registr(?:y|ies)|"
    r"universit(?:y|ies)|colleges?|schools?|cit(?:y|ies)|countr(?:y|ies)|states?|"
    r"conferences?|agenc(?:y|ies)|partners?|clients?|customers?|investors?|brands?|"
    r"shops?|stores?|restaurants?|employers?|people|person|vendors?|suppliers?|programs?|"
    r"programmes?|landlords?|officials?|museums?|galleries|gallery|outlets?|newspapers?|"
    r"courts?|counties|county|neighbou?rhoods?|sculptors?|architects?|artists?|designers?|"
    r"photographers?|authors?|writers?|contractors?|builders?|developers?|insurers?|carriers?|"
    r"lenders?|brokers?|publishers?|retailers?|distributors?|dealers?|coalitions?|"
    r"associations?|councils?|guilds?|networks?|unions?|chains?|airlines?|[a-z]+ists?|"
    r"towns?|communities|suburbs?|"
    r"[a-z]{4,}ians?|"
    # People and bodies named for what they do: legislators, donors, artists, physicians.
    r"[a-z]+(?:ors|ers|ists|ians))\b",
    re.IGNORECASE,
)
# "How much does the shop bring in a year?": what it takes in, a sum.
_BRINGS_IN = re.compile(
    r"\b(?:(?:bring|brings|bringing|brought)\s+in|gross|grosses|grossed|sales|revenues?|"
    r"turnover|profits?|income)\b",
    re.IGNORECASE,
)
# "What does a second-shift machinist make?" asks for pay.
_PAY = re.compile(
    r"^what (?:does|do) (?:an? |the )?[\w -]+? (?:make|earn)\b", re.IGNORECASE
)
# "What are the shop's yearly sales?", "What's the fee for a re-test?": a sum, named last.
_SUM_ASKED = re.compile(
    r"^what\s+(?:is|are|was|were|s)\s+(?:[\w-]+\s+){0,5}?(?:sales|revenues?|turnover|"
    r"profits?|budget|tuition|fees?|price|bonus(?:es)?|salary|salaries|wages?)"
    r"(?:\s+(?:in|for|at|of|on|last|this|next|each|per|a|an|the)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
# "What did the survey turn up?" asks for what it found; "What will change?" for a plan.
_FINDING = re.compile(
    r"^what (?:did|does|do|has|have) [^?]*?\b(?:find|found|turn up|turned up|show|shown|"
    r"reveal|revealed|uncover|uncovered|discover|discovered|conclude|concluded)\W*$",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"^what(?:\s+s|\s+is|\s+was|\s+are|['’]s)\b[^?]*\b(?:rate|percentage|share|ratio|"
    r"proportion)\b(?:\s+(?:in|at|for|of|on)\s[^?]*)?\W*$",
    re.IGNORECASE,
)
# "How much extra do you get for working nights?" asks a sum of pay.
_GETS_EXTRA = re.compile(
    r"\s*(?:extra|more)\s+(?:do|does|did|would|will|can)\b[^?]*?\b(?:get|make|earn|receive)\b",
    re.IGNORECASE,
)
_SHARE_ASKED = re.compile(
    r"\bwhat (?:share|portion|fraction|percentage|percent|proportion)\b", re.IGNORECASE
)
# A rate charged: "your rate for", "the hourly rate", not a pass rate.
_PRICE_RATE = re.compile(
    r"\b(?:(?:your|their|its|the|s|['’]s)\s+rates?\s+(?:for|to)\b|"
    r"(?:hourly|daily|day|nightly|weekly|monthly)\s+rates?\b)",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"\d[\d.,]*\s*(?:percent|per cent|%)|\b(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine) (?:in|of|out of) (?:every )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:half|a third|a quarter|two thirds|three quarters)\b",
    re.IGNORECASE,
)
_RANK_ASKED = re.compile(
    r"^(?:where|what (?:place|position|spot|rank))\b[^?]*\b(?:rank|ranked|land|landed|place|"
    r"placed|finish|finished|come in|came in)\b",
    re.IGNORECASE,
)
_RANK = re.compile(
    r"\bNo\.\s?\d+|#\s?\d+|\b\d+(?:st|nd|rd|th)\b|\branked\s+(?:No\.\s?)?\d+|\btop\s+\d+\b|"
    r"\bnumber\s+\d+\b|\b(?:first|second|third|fourth|fifth|tenth)\s+(?:place|of|among|on)\b",
    re.IGNORECASE,
)
_PARTITIVE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|half|"
    r"all|none) (?:of|out of) (?:them|those|these|the|our|its|their|\d)|\d\s*(?:percent|%)|"
    r"\b(?:half|a third|a quarter|two thirds|three quarters)\b|"
    # "one in five", "7 in every 10"; not "in 2019".
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine) in (?:every )?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a hundred)\b",
    re.IGNORECASE,
)
# "of the", "of your", "of last season's", "of ORSP's", "of the 31": what comes before the
# whole a part is counted of.
_PART_OF = re.compile(
    r"\s*of\s+(?:(?:the|your|our|their|its|his|her|these|those|all|\d[\d,]*|"
    r"(?:[\w-]+\s+)?[\w-]+['’]s)\s+)*",
    re.IGNORECASE,
)
_TAKES = re.compile(r"\b(?:take|takes|took|last|lasts|lasted)\b", re.IGNORECASE)
_SHARE_REACH = 60  # characters between a share and a word of what it is a share of
_FUTURE = re.compile(r"^(?:what|how|who|which|where|why)\b[^?]*?\bwill\b", re.IGNORECASE)
# "Who is the <role>?": the name must be bound to that role, not merely near it.
_ROLE_ASKED = re.compile(
    r"^(?:who|whom)\s+(?:is|are|s|was|were)\s+(?!your?\b)(?:the\s+)?"
    r"(?:[\w&.-]+(?:\s+[\w&.-]+){0,3}?\s+s\s+)?(?P<role>[\w -]+?)(?:\s+(?:of|at|for|in)\s+.*)?\W*$",
    re.IGNORECASE,
)
_CHAIRS = re.compile(r"^(?:who|whom)\s+(?:chairs|chaired|will chair)\b", re.IGNORECASE)
# Between a name and a role, words that say the name is someone else ("X, who reports to
# the managing editor").
_NOT_BOUND = re.compile(
    r"\b(?:who|whom|which|reports?|reported|reporting|answers?|under|alongside|assists?|"
    r"assisted|succeeded|succeeds|replaced|replaces|hired|hires|works?\s+(?:for|with))\b",
    re.IGNORECASE,
)
# "What does a senior process engineer make?", "What does the interior designer job in Boise
# pay?", "How much do servers at Lantana make an hour?", "What's the pay for a line cook?"
_PAID_ROLE = (
    # "What does Tidewell pay a soil sort associate?": the job after the employer's pay.
    re.compile(
        r"^(?:what|how much) (?:does|do|would|will) (?:[\w'’&.-]+ ){1,4}?pay "
        r"(?:an? |the |its |their |new |starting )+(?P<role>[\w'’ -]+?)"
        r"(?: (?:at|in|for|with) [^?]*?)?\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^what (?:does|do|would|will) (?:an? |the |your )?(?P<role>[\w'’ -]+?)"
        r"(?: (?:job|position|role|opening|post))?(?: (?:at|in|for|with) [^?]*?)?"
        r" (?:make|earn|pay|get paid|gets paid|take home)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^how much (?:does|do|would|will|can) (?:an? |the |your )?(?P<role>[\w'’ -]+?)"
        r"(?: (?:at|in|for|with) [^?]*?)? (?:make|earn|get paid|take home)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:pay|salary|salaries|wages?|(?:pay|salary|wage) range|(?:hourly )?rate|"
        r"starting (?:pay|salary|wage)) (?:for|of) (?:an? |the )?(?P<role>[\w'’ -]+?)"
        r"(?: (?:job|position|role|opening|post))?(?: (?:at|in|with) [^?]*)?\W*$",
        re.IGNORECASE,
    ),
    # "What's the health officer's salary?" (apostrophes read as spaces).
    re.compile(
        r"^what(?:['’ ]s| is| are)? (?:the |an? )(?P<role>[\w'’ -]+?)(?:['’]s|\s+s)\s+"
        r"(?:salary|pay|wages?|compensation|starting salary|hourly rate)\b",
        re.IGNORECASE,
    ),
)
# Words of a job title that say which rung of it: "senior" pay is not a first-level one's.
_RUNGS = frozenset({
    "senior", "junior", "lead", "chief", "principal", "head", "assistant", "associate",
    "deputy", "trainee", "apprentice", "intern", "entry", "supervisor", "supervising",
})
# Words that say nothing of which job: "What does a new dispatcher make?"
_ANY_RUNG = frozenset({"new", "typical", "average", "starting", "beginning", "experienced"})
# Pay, not any sum: "$21.40 an hour", "$52,000 to $61,000 a year", "a salary of".
PAY_SHAPE = re.compile(
    r"[$€£]\s?\d[\d,.]*\s*k?(?:\s*(?:to|–|—|-)\s*[$€£]?\s?\d[\d,.]*\s*k?)?\s*"
    r"(?:an?|per|/)\s*(?:hour|hr|year|yr|week|wk|month|day|shift|annum|season|session)\b"
    r"|[$€£]\s?\d[\d,.]*\s*k?\s*(?:to|–|—|-)\s*[$€£]?\s?\d[\d,.]*"
    r"|\b(?:salary|salaries|pay|paid|pays|wages?|earns?|earned|compensation|stipends?|"
    r"annually|hourly|base)\b",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times)")
# "Stores tested for price scanner accuracy 342", "Instruments built in 2024\n312 (268 …)".
_LABEL_FIGURE = re.compile(
    r"(?P<label>[A-Za-z][^.!?\n]{2,80}?)[:\s]\s*(?P<value>(?:about |around |over |more than )?"
    r"\d[\d,.]*(?:\s*(?:\([^)]*\)|percent|%))?)",
    re.IGNORECASE,
)
# A figure that opens a line: "About 600, in sizes 0 to 32".
_LEADING_FIGURE = re.compile(
    r"(?:about |around |over |more than |nearly |roughly |almost |up to )?\d[\d,.]*",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
_ORIGIN = re.compile(r"\bcom(?:e|es|ing) from\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:have|has|been)\b", re.IGNORECASE)


# "When <a scene>, <the question>": the scene is no question of when.
_WHOLE_FIRST = re.compile(
    r"(?i)^(?:and |so )?(?:of|out of|among)\s+(?:all\s+)?(?:the|your|those|these|its|their)\b"
    r"[^,?]{3,80},\s*(?=(?:what|which|who|how|is|are|do|does|did)\b)"
)
_WHEN_SETTING = re.compile(
    r"(?i)^(?:and |so )?(?:when|whenever)\s+"
    # ("When did you join, and how …" asks when first.)
    r"(?!(?:did|do|does|is|are|was|were|will|would|can|could|has|have|had|should)\b)"
    r"[^,?]{3,80},\s*(?=(?:what|which|who|whom|"
    r"whose|where|when|how|why|is|are|was|were|do|does|did|can|could|will|would|should|has|"
    r"have)\b)"
)


@dataclass(frozen=True)
class Expectation:
    """The answer's shape (`kind`) and, for counts, the things counted (`heads`, stems)."""

    kind: str
    heads: tuple[str, ...] = ()
    who: bool = False  # asks for a person: a job title alone does not answer
    marker: str = ""  # the name of an answer shape an open question's answer also holds
    role: tuple[str, ...] = ()  # for "who is the <role>": its stems, a name must be bound to


def expected_answer(question: str) -> Expectation:
    """The kind of answer a (normalised) question asks for."""
    text = question.strip()
    setting = _WHEN_SETTING.match(text)
    if setting is not None:
        # "When a big storm rolls through, do engineers pitch in?" asks what follows the
        # comma; the "when" only sets the scene.
        return expected_answer(text[setting.end():])
    if _SHARE_ASKED.search(text):
        # "Of all the larvae you raise, what share make it to setting?" asks a share.
        return Expectation("share")
    whole = _WHOLE_FIRST.match(text)
    if whole is not None:
        # "Of the eleven people on your crew, how many are apprentices?" asks what follows
        # the comma: the whole it names first only says of what.
        return expected_answer(text[whole.end():])
    found = _OPENING.match(text)
    wh = found.group("wh").lower() if found else ""
    rest = text[found.end():] if found else text
    if wh == "how many":
        # "How many of the 31 cases were …?" asks a part of a whole: "16 of them", "88
        # percent", not the whole.
        whole = _PART_OF.match(rest)
        if whole is not None:
            # The part counted is of the whole named after "of": "How many of the instructors
            # you trained …" counts instructors.
            return Expectation("count", _counted(rest[whole.end():]), marker="part")
        return Expectation("count", _counted(rest))
    if _PAY.match(text) or _SUM_ASKED.match(text):
        return Expectation("money")
    if wh == "how much" and paid_role(text) is not None:
        return Expectation("money")
    if wh == "how much":
        # "How much of the premium does it cover?" asks for a share, not a sum.
        share = re.match(r"\s*of\b", rest, re.IGNORECASE)
        # "How much is a day pass?" asks its price: what a thing "is" in a sum, not a size.
        priced = _MONEY_WORDS.search(rest) or _BRINGS_IN.search(rest) or re.match(
            r"\s*(?:is|are|was|were|s)\b", rest) or _GETS_EXTRA.match(rest)
        return Expectation("money" if priced and not share else "amount")
    if wh in {"how big", "how large", "how tall", "how far", "how close", "how wide",
              "how widely"}:
        # "How big is the annual bonus?" asks a sum.
        return Expectation("money" if wh in {"how big", "how large"} and _MONEY_WORDS.search(
            rest) else "amount")
    if wh == "how long":
        return Expectation("since" if _SINCE.search(rest) else "duration")
    if wh == "how old":
        return Expectation("since")
    if wh == "how fast" and _MOVES.search(rest):
        return Expectation("amount", marker=wh)
    if wh in {"how soon", "how quickly", "how fast"}:
        # "How soon do the sheets come back?": "within 48 hours", a span, not a year.
        return Expectation("duration", marker="span")
    if wh in {"how early", "how late"}:
        # "How early do the crews head out?": "at 5:30 a.m.".
        return Expectation("time")
    if wh in _MEASURES:
        # "How heavy is what I'd lift?": a number of pounds or kilograms.
        return Expectation("amount", marker=wh)
    if wh == "how often":
        return Expectation("frequency")
    if wh in {"when", "what year", "what date"} or (
            # "What time of year would you cut back an oak?": a month or a season.
            wh == "what time" and re.match(r"\s*of\s+(?:the\s+)?year\b", rest, re.IGNORECASE)):
        return Expectation("date")
    if wh == "what time" or (
        # (A job "opening" is no opening time.)
        wh in {"what", "when"}
        and re.search(r"\b(?:hours|open|opening (?:time|hour)s?)\b", rest, re.I)
        # "What are the hours like in harvest?" asks how long and how hard, not a clock time.
        and not re.search(r"\bhours\b[^?]*\blike\b", rest, re.I)
    ):
        return Expectation("time")
    if _RANK_ASKED.match(text):
        # "Where did Marrowfield land on the Best Places to Work list?" asks a rank.
        return Expectation("rank")
    if wh == "where":
        # "Where does the name come from?" asks for an origin, not a place.
        return Expectation("any" if _ORIGIN.search(rest) else "place")
    if wh in {"who", "whom", "whose"}:
        asked = _ROLE_ASKED.match(text)
        said = words(asked.group("role")) if asked else []
        # "Who's leading the plan?" asks who does something, not who holds a role.
        if said and said[0].endswith("ing") and not re.search(
            r"(?i)\b(?:the|(?<!who )s)\s+" + said[0], text
        ):
            said = []
        role = tuple(stem(w) for w in said if w not in STOPWORDS)
        if _CHAIRS.match(text):
            role = ("chair",)  # "Who chairs the board of trustees?" asks for its chair
        return Expectation("name", who=True, role=role)
    named = _NAMED.match(rest.strip()) if wh == "which" or (
        # "What towns would I drive out to?" asks for their names too.
        wh == "what" and _PLACES_NAMED.match(rest.strip())
    ) else None
    if named is not None:
        maker = _MAKER_OF.match(rest.strip())
        if maker is not None:
            # "What brand of pumps …?": the maker's name sits next to the thing it makes
            # ("Tarnwell submersible pumps").
            return Expectation("name", tuple(stem(w) for w in words(maker.group("thing"))))
        # The name must sit next to what kind of thing it is ("which freight company").
        return Expectation("name", tuple(stem(w) for w in words(named.group(0))))
    if wh in {"is", "are", "was", "were", "do", "does", "did", "can", "could", "has", "have",
              "had", "will", "would", "should", "may", "am"}:
        return Expectation("yesno")
    if wh != "which" and _MONEY_WORDS.search(text) and re.search(
        r"\b(?:what|which)\b", text, re.IGNORECASE
    ):
        # ("Which fuel retailer paid the settlement?" asks who paid, not how much.)
        return Expectation("money")
    if wh == "why":
        # "Why won't Stakeline use ground-penetrating radar?" wants the reason, not that
        # it does not.
        return Expectation("any", marker="reason")
    if _FINDING.match(text):
        return Expectation("finding")
    if _PRICE_RATE.search(text):
        # "What is Corliss Harbor's rate for video interpreting?" asks a price.
        return Expectation("money")
    if _RATE.match(text):
        # "What is the first-time road test pass rate?" asks a share.
        return Expectation("share")
    if _FUTURE.match(text):
        return Expectation("any", marker="plan")
    return Expectation("any")


def paid_role(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """For a question about a job's pay, the stems of the words that name the job ("interior
    designer") and of those that say which rung of it ("senior")."""
    for pattern in _PAID_ROLE:
        found = pattern.search(question.strip())
        if found is None:
            continue
        said = [w for w in words(found.group("role")) if w not in STOPWORDS]
        if not said or said[-1] in {"you", "i", "people", "staff", "employees", "it"}:
            return None
        return tuple(stem(w) for w in said if w not in _ANY_RUNG), tuple(
            stem(w) for w in said if w in _RUNGS
        )
    return None


def _counted(rest: str) -> tuple[str, ...]:
    """The stem of the thing counted in "how many <patient falls> did …": the last word of the
    words that follow, unless it reads as the verb ("how many people work …")."""
    tokens = words(rest)
    phrase: list[str] = []
    for word in tokens:
        if word in STOPWORDS:
            break
        if phrase and phrase[-1].endswith("s") and (
                word in _VERBS or word in _PAST_VERBS or (word.endswith("ed") and len(word) > 4)):
            # The verb after the things counted: "how many disabled playtesters helped test
            # Hollow Meridian" counts playtesters.
            break
        phrase.append(word)
    if len(phrase) > 1 and (phrase[-1] in _VERBS or phrase[-1] in _PAST_VERBS):
        phrase.pop()
    if not phrase:
        return ()
    heads = [stem(phrase[-1])]
    # Things counted together ("how many households and businesses pay …"): either names
    # them. (What follows the "and" up to the next small word, less a verb.)
    after = tokens[len(phrase):]
    if after[:1] in (["and"], ["or"]):
        second: list[str] = []
        for word in after[1:]:
            if word in STOPWORDS or word in _VERBS or word in _PAST_VERBS:
                break
            second.append(word)
        if phrase[-1].endswith("s"):
            # As many as the first ("households and businesses pay"): a plural like it.
            while second and not second[-1].endswith("s"):
                second.pop()
        if second and len(second) <= 3:
            heads.append(stem(second[-1]))
    return tuple(heads)


# What a thing costs: "What's the permit fee …", "How much does a day pass cost?".
_PRICE_ASKED = re.compile(
    r"\b(?:fees?|prices?|priced|costs?|charges?|charged|tuition|dues|rent|premiums?|fares?|"
    r"admission|deposits?)\b",
    re.IGNORECASE,
)
# What a job pays: "What's the salary …", "How much do technicians earn?".
_PAY_ASKED = re.compile(
    r"\b(?:pay|pays|paid|salary|salaries|wages?|earn|earns|earning|earnings|stipends?|"
    r"compensation|take[- ]home|raises?|bonus(?:es)?|overtime)\b",
    re.IGNORECASE,
)
# A line that gives a job's pay: "Salary: $58,900 – $71,600 annually", "Pay range $22–$26".
_PAY_STATED = re.compile(
    r"\b(?:salary|salaries|wages?|stipends?|compensation|(?:hourly|starting|base) pay|"
    r"pay(?:[ \t]+(?:range|rate|scale|band|grade))?[ \t]*:|pay (?:range|rate|scale|band|grade)|"
    r"pays?[ \t]+(?:is|starts|ranges))\b",
    re.IGNORECASE,
)


def pay_for_a_price(question: str, passage: str) -> bool:
    """Whether a passage gives a job's pay (a salary, a wage) and the question asks what
    something costs (a fee, a price): the kind of money stated is not the kind asked. A line
    that names a price as well may still answer."""
    return bool(
        _PRICE_ASKED.search(question) and not _PAY_ASKED.search(question)
        and paid_role(question) is None
        and _PAY_STATED.search(passage) and not _PRICE_ASKED.search(passage)
    )


# A price that is a share of something else: a premium, a deposit, a commission. Its figure may
# be a percent ("a buyer's premium of 12 percent", "A 50 percent deposit holds your date").
_RATED = (
    r"(?:premiums?|deposits?|commissions?|fees?|mark-?ups?|discounts?|royalt(?:y|ies)|"
    r"surcharges?)"
)
_RATED_ASKED = re.compile(r"\b" + _RATED + r"\b", re.IGNORECASE)
_PERCENT = r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)"
# The percent bound to the priced word, before it (with at most two words between: "a 50
# percent non-refundable deposit") or after it ("a premium of 12 percent", "commission: 8%");
# "70 percent of the premium" is a share of the premium, not its figure.
_RATED_PRICE = re.compile(
    _PERCENT + r"(?!\s+of\b)(?:[\s-]+[a-z-]+){0,2}?[\s-]+(?P<before>" + _RATED + r")\b"
    r"|\b(?P<after>" + _RATED + r")\s*(?:of|is|are|at|runs?|:)\s+(?:about\s+|only\s+)?"
    + _PERCENT,
    re.IGNORECASE,
)


def _price_kind(word: str) -> str:
    return word.lower().replace("-", "").removesuffix("ies").removesuffix("y").rstrip("s")


def rated_price(question: str, passage: str) -> bool:
    """Whether a question asks a price that a percent may give (a buyer's premium, a deposit,
    a commission) and the passage binds a percent to that kind of price."""
    asked = {_price_kind(m.group(0)) for m in _RATED_ASKED.finditer(question)}
    return any(
        _price_kind(found.group("before") or found.group("after")) in asked
        for found in _RATED_PRICE.finditer(passage)
    )


def asks_a_rate(question: str) -> bool:
    """Whether a question asks a price as a rate ("What's the hourly rate for a stitcher?",
    "your rate for video interpreting"): the figure itself is the rate."""
    return bool(_PRICE_RATE.search(question))


def holds_answer(
    expectation: Expectation,
    passage: str,
    lexicon: Lexicon,
    stems: list[str] | None = None,
    question: str = "",
    near_terms: frozenset[str] = frozenset(),
    known: str = "",
) -> bool:
    """Whether `passage` holds a value of the expected shape (for names: one neither the
    question nor `known` (the person's and the employer's names) already says; for amounts:
    one within a few words of `near_terms`, the stems of what the question asks about)."""
    kind = expectation.kind
    shapes = lexicon.answers
    if kind in {"any", "yesno"}:
        return not expectation.marker or bool(shapes[expectation.marker].search(passage))
    if kind == "count":
        if expectation.marker == "part" and not _part_near(passage, expectation.heads, lexicon):
            return False
        return _count_near_heads(passage, expectation.heads, lexicon, stems)
    if kind == "amount" and expectation.marker in _MEASURES:
        return bool(_MEASURES[expectation.marker].search(passage))
    if kind == "amount":
        spots = _amounts(passage, lexicon)
        if not near_terms:
            return bool(spots)
        tokens = words(passage)
        token_stems = [stem(t) for t in tokens]
        # "three days a week" is how long or how often, not how big.
        spots = [
            i for i in spots
            if i + 1 >= len(tokens) or not _TIME_UNIT.fullmatch(tokens[i + 1])
            or token_stems[i + 1] in near_terms
        ]
        places = [i for i, s in enumerate(token_stems) if s in near_terms]
        return any(abs(i - j) <= 5 for i in spots for j in places)
    if kind == "name":
        return _new_name(passage, f"{question} {known}", shapes, expectation, lexicon)
    if kind == "rank":
        return bool(_RANK.search(passage))
    if kind == "share":
        # A share of what is asked about: "a third of our patients were driving" is no
        # no-show rate.
        shares = list(_SHARE.finditer(passage))
        if not near_terms:
            return bool(shares)
        at = [m.start() for m in _TOKEN.finditer(passage.lower()) if stem(m.group(0)) in near_terms]
        return any(abs(m.start() - i) <= _SHARE_REACH for m in shares for i in at)
    if question and pay_for_a_price(question, passage):
        # "What's the permit fee?" is not answered by a permit technician's salary.
        return False
    if kind == "money" and question and rated_price(question, passage):
        return True
    if kind in {"frequency", "money"} and near_terms:
        # Pay may sit on the line after the role it is for; a frequency is said of its topic.
        alone = kind == "money" and not _priced_elsewhere(passage, shapes[kind], question)
        return _bound_value(passage, shapes[kind], near_terms, alone=alone, money=kind == "money")
    if kind == "duration" and (expectation.marker == "span" or _TAKES.search(question)):
        # "How long did it take?" is not answered by a year ("Born at the zoo in 2024").
        spans = [m.group(0) for n in ("duration", "span") if n in shapes
                 for m in shapes[n].finditer(passage)]
        return any(not _YEAR.fullmatch(found.strip()) for found in spans)
    names = {
        "money": ("money",),
        "since": ("year", "duration"),
        "duration": ("duration", "span"),
        "frequency": ("frequency",),
        "date": ("year", "month"),
        "time": ("clock",),
        "place": ("place", "address"),
        "name": ("person", "name"),
        "finding": ("finding",),
    }[kind]
    return any(shapes[n].search(passage) for n in names if n in shapes)


_CLAUSE_END = re.compile(
    r"[;:]|\s[—–]\s|,\s+(?=(?:so|but|while|whereas|although|though|because|yet|which|who)\b)",
    re.IGNORECASE,
)


# Words that say a figure is a price or a wage without saying of what ("Salary: $78,312 a
# year", "Full time, $45,000 a year", "It costs $450").
_PRICE_WORDS = frozenset({
    "salary", "salaries", "pay", "pays", "paid", "wage", "wages", "cost", "costs", "price",
    "prices", "priced", "fee", "fees", "rate", "rates", "charge", "annually", "annual",
    "yearly", "year", "years", "hour", "hourly", "hr", "month", "monthly", "week", "weekly",
    "day", "daily", "full", "time", "part", "starting", "starts", "start", "range", "ranges",
    "plus", "per", "base", "total", "usd", "dollars"
})
_FIGURE_END = re.compile(r"[,.;:|()]\s|[;:|()]|$")


def _priced_elsewhere(passage: str, shape: re.Pattern[str], question: str) -> bool:
    """Whether the passage's first sum is the price of a thing it names and the question does
    not ("The class costs $120" for a ukulele's price, "a $75 trip charge", "- A $750 yearly
    wellness stipend"): the words before the sum in its sentence, or the words run together
    after it ("$21 an hour with mileage" ends at "an"), hold more than that it is a price, and
    none of the question's own ("the D-14 dreadnought $3,950" prices a D-14)."""
    found = shape.search(passage)
    if found is None:
        return False
    before = re.split(r"[.!?]\s", passage[: found.start()])[-1]
    rest = passage[found.end():]
    end = _FIGURE_END.search(rest)
    after = [t.group(0) for t in _TOKEN.finditer(rest[: end.start() if end else len(rest)].lower())]
    run = next((i for i, word in enumerate(after) if word in STOPWORDS), len(after))
    told = [t.group(0) for t in _TOKEN.finditer(before.lower())] + after[:run]
    # "$250 a year for steel-toe boots" prices the boots.
    rate = after[run:run + 3]
    if rate[:1] in (["a"], ["an"], ["per"]) and rate[1:2] and rate[1] in _PRICE_WORDS and (
        rate[2:] == ["for"]
    ):
        rest_of = after[run + 3:]
        told += rest_of[: next((i for i, w in enumerate(rest_of) if w in STOPWORDS), len(rest_of))]
    asked = {stem(t.group(0)) for t in _TOKEN.finditer(question.lower())
             if t.group(0) not in STOPWORDS}
    if any(stem(word) in asked for word in told
           if word not in STOPWORDS and word not in _PRICE_WORDS):
        return False
    return any(
        word not in STOPWORDS and word not in _PRICE_WORDS and not word.isdigit() for word in told
    )


def _bound_value(
    passage: str, shape: re.Pattern[str], near_terms: frozenset[str], alone: bool,
    money: bool = False,
) -> bool:
    """A value of `shape` in the same clause as a word of what the question asks about ("…
    seven days a week, so analysts take turns covering weekends" gives no analyst's
    frequency); with `alone`, when the passage names none of it (an answer on the line after
    its topic), any value will do. For `money`, a word that only says a sum is a price or how
    often it is paid ("yearly") names nothing."""
    clauses, start = [], 0
    # A list item or a table row is one record: "- QA Tester — Halifax, $22 an hour".
    record = passage.lstrip().startswith(("-", "*", "•", "|"))
    for end in () if record else _CLAUSE_END.finditer(passage):
        clauses.append(passage[start : end.start()])
        start = end.end()
    clauses.append(passage[start:])
    named_anywhere = False
    for clause in clauses:
        values = [m.span() for m in shape.finditer(clause)]
        named = any(
            stem(t.group(0)) in near_terms
            and not any(a <= t.start() < b for a, b in values)
            # "yearly" in "a $750 yearly wellness stipend" says how often, not of what.
            and not (money and t.group(0) in _PRICE_WORDS)
            for t in _TOKEN.finditer(clause.lower())
        )
        if named and values:
            return True
        named_anywhere |= named
    return alone and not named_anywhere and bool(shape.search(passage))


def _part_near(passage: str, heads: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A part of a whole ("16 of them", "88 percent", "one in five") said of what is counted,
    when the question names it: "one of our own cars" is no share of the instructors."""
    parts = list(_PARTITIVE.finditer(passage))
    if not parts or not heads:
        return bool(parts)
    wanted = set(heads)
    for h in heads:
        wanted |= lexicon.related(h)
    at = [m.start() for m in _TOKEN.finditer(passage.lower()) if stem(m.group(0)) in wanted]
    # "of them": the whole was named just before.
    return any(
        abs(m.start() - i) <= _SHARE_REACH for m in parts for i in at
    ) or any(re.search(r"\bof (?:them|those|these)\b", m.group(0), re.I) for m in parts)


def _count_near_heads(
    passage: str, heads: tuple[str, ...], lexicon: Lexicon, stems: list[str] | None
) -> bool:
    """A number within a few words of the thing counted (or a word that stands for it)."""
    tokens = words(passage)
    token_stems = stems if stems is not None and len(stems) == len(tokens) else [
        stem(t) for t in tokens
    ]
    spots = _amounts(passage, lexicon)
    if not spots:
        return False
    if not heads:
        return True
    wanted = set(heads)
    for h in heads:
        wanted |= lexicon.related(h)
    if _labelled_count(passage, wanted, lexicon):
        return True
    places = [i for i, s in enumerate(token_stems) if s in wanted]
    # "seven days a week" counts days, not the people asked about.
    unit = lexicon.answers["unit"]
    spots = [
        i for i in spots
        if i + 1 >= len(tokens) or not unit.fullmatch(tokens[i + 1]) or token_stems[i + 1] in wanted
    ]
    # Or next to it but for small words and years: "Patient visits in 2024: more than 21,000".
    at, n = [], 0
    for token in tokens:
        at.append(n)
        n += not (token in STOPWORDS or _YEAR.fullmatch(token))
    return any(abs(i - j) <= 4 or abs(at[i] - at[j]) <= 1 for i in spots for j in places)


def _labelled_count(passage: str, wanted: set[str], lexicon: Lexicon) -> bool:
    """A table row or a label and its figure: "| Stores tested for price scanner accuracy |
    342 |", "Instruments built in 2024: 312": the figure counts what its label names."""
    cells = [c.strip() for c in passage.strip().strip("|").split("|")] if passage.lstrip(
    ).startswith("|") else []
    label_line, _, rest = passage.strip().partition("\n")
    figure = _LEADING_FIGURE.match(rest)
    if len(cells) == 2:
        label, value = cells
    elif figure is not None and not _amounts(label_line, lexicon) and not (
        # ("Kayak tours" / "3 hours, twice a day" counts hours.)
        lexicon.answers["unit"].fullmatch(next(iter(words(rest[figure.end():])), ""))
    ):
        # A label and its value on the next line (a definition list, a card): "Gowns in stock
        # at Broughton Street" / "About 600, in sizes 0 to 32".
        label, value = label_line, figure.group(0)
    else:
        found = _LABEL_FIGURE.fullmatch(passage.strip())
        if found is None:
            return False
        label, value = found.group("label"), found.group("value")
    return bool(_amounts(value, lexicon)) and any(
        stem(w) in wanted for w in words(label)[:4]
    )


def _amounts(passage: str, lexicon: Lexicon) -> list[int]:
    """Word positions of numbers that count or measure something: not years, not days of
    a month, not sums of money."""
    numeral = lexicon.answers["numeral"]
    months = lexicon.answers["month"]
    money = [m.span() for m in _CURRENCY.finditer(passage)]
    spots = []
    for i, found in enumerate(_TOKEN.finditer(passage.lower())):
        token = found.group(0)
        if not numeral.fullmatch(token) or _YEAR.fullmatch(token):
            continue
        before = passage[: found.start()].split()
        if before and months.fullmatch(before[-1].strip(",.").capitalize()):
            continue
        if any(a <= found.start() < b for a, b in money):
            continue
        # Part of a name, not an amount: "401(k)", "ISO 9001", "AS9100".
        after = passage[found.end() : found.end() + 1]
        acronym = bool(before) and len(before[-1]) >= 2 and before[-1].isupper()
        if token[0].isdigit() and (after == "(" or acronym):
            continue
        spots.append(i)
    return spots


def _new_name(
    passage: str,
    question: str,
    shapes: dict[str, re.Pattern[str]],
    expectation: Expectation = Expectation("name"),
    lexicon: Lexicon | None = None,
) -> bool:
    """A capitalised name in the passage, not its first word, not already in the question;
    for "who", not part of a job title ("the Chief Nursing Officer"); for "which <kind>",
    within a few words of that kind of thing or a word standing for it."""
    asked = {w.removesuffix("'s") for w in words(question)}
    titles = _title_spans(passage, lexicon) if expectation.who and lexicon else []
    # The words naming that kind of thing ("engineering firm"); a word the lexicon files beside
    # one stands for it only inside a name ("Camas Prairie State University" for "which
    # school"), not as any word on its topic ("sold" for "shops", "report" for "chains").
    heads = set(expectation.heads)
    kinds: set[str] = set(heads)
    for head in heads:
        kinds |= lexicon.related(head) if lexicon else {head}
    tokens = list(_TOKEN.finditer(passage.lower()))
    spots = [
        t.start() for t in tokens
        if (word := stem(t.group(0))) in heads or (word in kinds and passage[t.start()].isupper())
    ]
    roles = _role_spans(tokens, expectation.role)
    # A job's title on a line of its own ("Lead Pyrotechnician and Show Designer") is what
    # someone does, not the name of a product, a firm or a place.
    # (Who holds a job is told on its line: "Evander Ruhl Executive Director".)
    jobs = job_title_lines(passage, lexicon) if lexicon and not expectation.who else []
    # Who holds a role the passage names: a person's name, not a word of a department's.
    for found in shapes["person" if roles else "name"].finditer(passage):
        if _CALENDAR.match(found.group(0)):
            continue
        if any(a <= found.start() < b for a, b in jobs):
            continue
        if roles:
            # "Graphics Editor" is the role itself; a name may open the passage.
            if any(stem(w) in expectation.role for w in words(found.group(0))):
                continue
        elif not passage[: found.start()].rpartition("\n")[2].strip():
            # The first words of the passage, or of one of its lines (a card's name and title
            # lines, a row's label), are capitalised whatever they are.
            continue
        if not any(w not in asked and w not in STOPWORDS for w in words(found.group(0))):
            continue
        if any(a <= found.start() < b for a, b in titles):
            continue
        if (expectation.who or kinds) and _PLACE_BEFORE.search(passage[: found.start()]):
            # "… the team at X in Halifax": a place answers no "who", nor "which shops" ("in
            # shops across New Jersey").
            continue
        if _AS_ADJECTIVE.search(passage[: found.start()]) and re.match(
            r"(?:\s+[A-Z][\w’'-]*)*\s+[a-z]", passage[found.end():]
        ):
            # "from a New England manufacturer": where it is from, not which one.
            continue
        if kinds and not any(
            abs(found.start() - at) <= _NAME_REACH
            # A record's lines are its fields: a card's name line does not name its bio's
            # "chemical storage".
            and "\n" not in passage[min(found.start(), at) : max(found.start(), at)]
            for at in spots
        ):
            continue
        if kinds and " " not in found.group(0) and _NUMBERED.match(passage, found.end()):
            # "a Phase 3 trial", "a Level 2 certification": a stage, not a name.
            continue
        if roles and not any(_bound(passage, found.span(), role) for role in roles):
            continue
        return True
    return False


def names_role(passage: str, role: tuple[str, ...]) -> bool:
    """Whether a passage names the whole role ("managing editor")."""
    return bool(_role_spans(list(_TOKEN.finditer(passage.lower())), role))


def _role_spans(tokens: list[re.Match[str]], role: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the passage names the whole role, its words in order ("managing editor", not
    "Graphics Editor"; "port captain", not "Ferry Captain")."""
    if not role:
        return []
    kept = [t for t in tokens if t.group(0) not in STOPWORDS]
    stems = [stem(t.group(0)) for t in kept]
    n = len(role)
    spans = [
        (kept[i].start(), kept[i + n - 1].end())
        for i in range(len(kept) - n + 1)
        if tuple(stems[i : i + n]) == role
    ]
    if n == 1 and 2 <= len(role[0]) <= 4 and role[0].isalpha():
        # "CEO" for "Chief Executive Officer", "VP" for "Vice President".
        letters = len(role[0])
        spans += [
            (kept[i].start(), kept[i + letters - 1].end())
            for i in range(len(kept) - letters + 1)
            if "".join(t.group(0)[0] for t in kept[i : i + letters]) == role[0]
            and all(len(t.group(0)) > 2 for t in kept[i : i + letters])
        ]
    return spans


def _bound(passage: str, name: tuple[int, int], role: tuple[int, int]) -> bool:
    """Whether a name and a role are said of one another: close, with no words between that
    make the name someone else ("X, who reports to the managing editor")."""
    between = passage[name[1] : role[0]] if name[1] <= role[0] else passage[role[1] : name[0]]
    return len(between) <= _NAME_REACH and not _NOT_BOUND.search(between)


_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout)\s+(?:the\s+)?$")
_NUMBERED = re.compile(r"\s+\d")
# "a New England manufacturer": an article, then capitalised words before a common noun.
_AS_ADJECTIVE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][\w’'-]*\s+)*$")
_NAME_REACH = 60  # characters between a name and the word for its kind of thing
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w.’'-]*)*")


# A line of capitalised words (and the small words that join them): a title, a name.
_TITLE_CASE_LINE = re.compile(
    r"[A-Z][\w.’'-]*,?(?:[ \t]+(?:[A-Z][\w.’'-]*,?|and|of|for|"
    r"the|in|&|/|,|[–—-]))*,?(?:[ \t]*\([^()\n]*\))?"
)
# A line that is only a person's name, maybe with credentials after a comma: "Wren
# Castellanos-Mbeki", "Dr. Ana M. Ruiz, PhD, RN". (Never across lines: a card's name line.)
NAME_LINE = re.compile(
    r"(?:Dr\.?[ \t]+)?[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}(?:,[ \t]*[\w ,.]+)?"
)
# How the nouns for people who do a job end: designer, technician, machinist, inspector,
# consultant, architect, trainee.
# (One of them: "Motors", "Partners" name a firm.)
_ROLE_NOUN = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ant|ent|ect|ee)")
_MAX_TITLE_WORDS = 8


def job_title_lines(passage: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of the lines of a record that are a job's title: capitalised words ending in a
    word for someone who does a job ("… and Show Designer", "Safety Manager"), with a word of a
    title in them ("Lead", "Senior", "Manager") or under a line that is only a person's name,
    as on a staff card."""
    spans = []
    above = ""
    for line in re.finditer(r"[^\n]+", passage):
        text = line.group(0).strip()
        start = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        if text and _TITLE_CASE_LINE.fullmatch(text):
            said = re.findall(r"[A-Za-z][\w’'-]*", re.sub(r"\([^()]*\)", " ", text))
            heads = [w.lower() for w in said if w[0].isupper()]
            # The word for the job ends the title, or its first part ("Manager, Field
            # Operations", "Director of Finance").
            first = re.split(r",|\s(?:of|for)\s", text)[0].split()
            ends = {heads[-1], first[-1].lower()} if heads and first else set()
            if heads and len(said) <= _MAX_TITLE_WORDS and any(
                w in lexicon.titles or _ROLE_NOUN.fullmatch(w) for w in ends
            ) and (
                any(w in lexicon.titles for w in heads)
                or (NAME_LINE.fullmatch(above) is not None and not any(
                    w.lower().strip(".") in lexicon.titles for w in above.split()))
            ):
                spans.append((start, start + len(text)))
        if text:
            above = text
    return spans


def _title_spans(passage: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of capitalised runs that are job titles: up to their last title word
    ("Senior Vice President and Chief Nursing Officer"), so a name after it still counts."""
    spans = []
    for run in _CAPITALISED_RUN.finditer(passage):
        first = last = None
        for word in re.finditer(r"[\w.’'-]+", run.group(0)):
            if word.group(0).lower().strip(".") in lexicon.titles:
                if first is None:
                    first = run.start() + word.start()
                last = run.start() + word.end()
        if first is not None and last is not None:
            spans.append((first, last))
    return spans
