"""Common English words that open a sentence in a letter without naming anything.

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
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .spelling import spelling_variants
from .text import word_set

__all__ = ["COMMON_WORDS", "english_rank"]

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
