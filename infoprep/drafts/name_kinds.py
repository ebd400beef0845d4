"""What kind of thing a capitalised name names, read off its words: an organisation ("Gangri
Mountain Rescue Trust"), an event ("Bergen Maritime Days"), a publication ("the Druk Daily
Post"), a programme ("the Garage Programme"), a job title ("Head Grower"), one word in two
capitals ("SniffBird"), or a name of no telling word (a person, a product: "Kinley Penjor",
"Safe Winter"). A name stands in for another only of its own kind.
"""

from __future__ import annotations

import re

from .text import word_set

__all__ = ["name_kind"]


_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("title", word_set(
        """head chief manager director officer supervisor lead leader coordinator engineer
        superintendent inspector technician specialist analyst adviser advisor consultant
        president secretary curator controller planner scientist researcher professor""")),
    ("event", word_set(
        """forum summit conference congress symposium days day week festival expo fair
        meeting workshop masterclass awards award prize convention colloquium seminar
        webinar series""")),
    ("publication", word_set(
        """herald times post news wire courier review journal daily gazette magazine
        chronicle tribune observer bulletin newsletter digest""")),
    ("programme", word_set("programme program project initiative scheme campaign")),
    ("organisation", word_set(
        """university college school institute institution academy hospital clinic infirmary
        centre center trust society association council board service services authority
        foundation agency ministry department office bank company corporation group ltd inc
        laboratory laboratories lab labs station union cooperative co-operative network
        federation guild league alliance commission museum library studio studios mills mill
        works engineering partners consultancy firm""")),
)


def name_kind(name: str) -> str:
    """The kind of thing `name` names: "title", "event", "publication", "programme",
    "organisation", "camel" (one word with a capital inside) or "other"."""
    words = [w.casefold().strip("'’") for w in re.findall(r"[\w'’&-]+", name)]
    for kind, heads in _KINDS:
        if any(w in heads for w in words):
            return kind
    if len(words) == 1 and re.search(r"[a-z][A-Z]", name):
        return "camel"
    return "other"
