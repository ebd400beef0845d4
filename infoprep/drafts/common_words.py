"""Common English words that open a sentence in a letter without naming anything, and the
lists of a letter's own words the grounding check reads drafts with.

A capitalised word at the start of a sentence is a name only if it is not an ordinary word.
The grounding check first asks the texts it knows (a word seen in lower case there is
ordinary); this list covers everyday words those texts may not happen to contain ("Quick
note …", "Short question …"). Words that are also common names of places, companies or
people (Chase, Apple, Target, Summit) are left out on purpose: for them a wrong name costs
more than a false alarm.

`english_rank` reads a shipped list of the 10,000 most frequent English words. The grounding
check uses it twice: a sentence's first word among the 5,000 most frequent is ordinary when
the word after it is in lower case ("Simple question …", "Genuine thanks …"), so "Apple Pay"
or "Summit Partners" still read as names; and a rare word in a phrase about someone's work
("from hourly batch jobs") must be known from the research.

`LETTER_WORDS` are the words that start sentences or sit capitalised in letters without
naming anything ("Dear", "Thanks", "Hopefully"); `FORMULA_WORDS` (formulas.py) the greetings and
thanks a writer mixes into English ("Diolch", "Asante"); `STOP_WORDS` the words too
common to say what a sentence is about.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .formulas import FORMULA_WORDS
from .spelling import spelling_variants
from .text import word_set

__all__ = [
    "COMMON_WORDS", "DETERMINERS", "FORMULA_WORDS", "LETTER_WORDS", "STOP_WORDS", "english_rank",
]

COMMON_WORDS = word_set(
    """
    able about above absolutely across actually add admittedly after afterwards again ago
    agreed ahead alas almost alone along already alright also although altogether always
    amazing anyhow anything anyway anywhere apart apologies appreciate appreciated apparently
    around asking aside attached awesome back bad basically be bear been before being below
    besides better between big bit both brief briefly but by can certainly chances clearly
    closing coming completely consider considering curious currently day dear definitely
    delighted despite did different directly do does doing done double during each earlier
    early easy either else elsewhere encouraged enjoy enjoyed enough entirely equally
    especially even eventually ever every everyone everything exactly excellent excited
    except excuse fair fairly familiar fantastic far feel feeling felt few final finally
    fine first following for forgive fortunately frankly free fresh friendly from full fully
    funny further furthermore genuinely get getting give given giving glad going gone good
    got grateful great greatly guess had half happily happy hard has have having hearing
    heard hello help helpful here hey hi highly hoping honestly hope hopefully how however
    huge humbly i'd if imagine immediately in incidentally indeed inspired instead
    interested interesting interestingly it just keen kind kindly know last late lately
    later least less let lets let's like likewise listening little long looking lots loved
    lovely low lucky luckily made main mainly make many maybe meanwhile mine more moreover
    most mostly much must my naturally nearly needless never nevertheless new next nice no
    none nor normally not nothing now obviously occasionally of off often oh ok okay old on
    once one only open originally other others otherwise our out over overall own partly
    perhaps personally plainly please pleased plus possibly practically presumably pretty
    previously probably promise proud quick quickly quite rather reading ready real
    realistically really recently regardless related relatedly reportedly right roughly sadly
    same seeing seriously several short shortly should similarly simply since sincerely
    slightly small so some someday somehow something sometimes soon sorry special
    specifically speaking still straight strangely strongly such sure surely surprisingly
    taking talking technically thank thankful thanks that the then there therefore these
    they thinking this those though thought thrilled through thus to together too totally
    true truly trying typically ultimately under understandably unfortunately unless until
    up upon usually very warm warmest was way we well what whatever when whenever where
    whereas wherever whether which while who whoever why wide will wishing with within
    without wonderful worth would wow yes yet you young your
    """
)


@cache
def _ranks() -> dict[str, int]:
    text = resources.files("infoprep.drafts").joinpath("data/english_words.txt").read_text(
        "utf-8")
    listed = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return {w: rank for rank, w in enumerate(listed)}


def english_rank(word: str) -> int | None:
    """How common `word` is in English (0 the most frequent), from a shipped list of the
    10,000 most frequent words; None when it is not among them. A word spelled the other
    way (British or American: "practise", "colour") ranks as its listed spelling."""
    low = word.casefold()
    rank = _ranks().get(low)
    if rank is None:
        ranks = [r for r in map(_ranks().get, spelling_variants(low)) if r is not None]
        rank = min(ranks) if ranks else None
    return rank


# Words that start sentences or sit capitalised in letters without naming anything.
LETTER_WORDS = word_set(
    """a an the i i'm i've i'd i'll my me mine we we're our us you you're you've your yours he she
    they it its it's his her their them this that these those there here hi hello hey dear thanks
    thank best regards cheers warmly warm sincerely kind yours mr mrs ms mx dr prof ps p.s and but
    or so if as at in on for to of with from by about after before since until while what when
    where why how who whom which would could should will can may might must shall also just no not
    yes please sorry congratulations congrats again all any some one each every both either neither
    many much more most few other another such own same very really quite perhaps maybe still even
    once only then now today tomorrow yesterday happy glad great good lovely absolutely certainly
    re fwd subject note whatever whenever wherever however whichever though although because
    unless besides instead otherwise meanwhile anyway honestly frankly recently lately currently
    hopefully ideally especially personally luckily sadly separately finally first second
    third lastly overall above across against along among around behind below beneath beside
    between beyond despite down during except inside into like near off onto out outside over
    past per through throughout toward towards under underneath unlike up upon via within
    without amid given following regarding"""
)


# Words that say nothing of what a sentence is about: a draft's sentence and a known one
# sharing only these are not about the same thing.
STOP_WORDS = LETTER_WORDS | word_set(
    """is are was were be been being have has had do does did done get got make made take
    took go went say said see saw know knew think thought want like love would well way lot
    thing things time times year years month months week weeks day days people work worked
    working role team really new old last next first"""
) - {"team", "work", "worked", "working", "years", "year", "role"}


# What opens a noun phrase: articles, possessives and demonstratives.
DETERMINERS = word_set("a an the my your our their its his her this that these those")
