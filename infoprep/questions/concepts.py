"""Topics a passage states without the word a question uses, read from `data/concepts.toml`.

"Have you ever worked overseas?" is answered by "a year teaching in Hanoi, Vietnam": the
passage never says "abroad", but it names a country other than the one the dossier is at home
in. "Are the staff unionized?" is answered by "represented by Local 7". A concept is a word and
a marker; a passage that matches the marker also holds the word's stem, so the filter's word
matching (and its synonym groups) sees the topic there.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .text import stem

__all__ = ["Concepts", "load_concepts"]

_FOREIGN = "@foreign_country"
_NEGATED = re.compile(r"\b(?:[Uu]n|[Nn]on-?)([a-z]{4,})\b")


@dataclass(frozen=True)
class Concepts:
    """The concept markers, and which country the dossier's pages are at home in."""

    markers: tuple[tuple[str, re.Pattern[str]], ...]  # (stem of the word, marker)
    abroad: str | None  # stem of the word a foreign country stands for
    places: re.Pattern[str]  # any country or region name
    country_of: dict[str, str]  # a country or region name -> its country
    home: str | None = None
    # A country's part of the world: "Antwerp, Belgium" is in Europe.
    region_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def at_home_in(self, texts: Iterable[str]) -> Concepts:
        """These concepts for a dossier: its home is the country its pages name most, when
        more than one page names it (one page naming a country is no sign of home); with no
        home known, every country is foreign."""
        pages: Counter[str] = Counter()
        for text in texts:
            pages.update({self.country_of[m.group(0)] for m in self.places.finditer(text)})
        ranked = pages.most_common(1)
        home = ranked[0][0] if ranked and ranked[0][1] > 1 else None
        return Concepts(
            self.markers, self.abroad, self.places, self.country_of, home, self.region_of
        )

    def stems_in(self, text: str) -> frozenset[str]:
        """The stems of the concepts a passage states."""
        found = {word for word, marker in self.markers if marker.search(text)}
        countries = {self.country_of[m.group(0)] for m in self.places.finditer(text)}
        if self.abroad is not None and any(c != self.home for c in countries):
            found.add(self.abroad)
        for country in countries:
            found.update(self.region_of.get(country, ()))
        # A yes/no question is answered by its negation too: "unpaid" says whether they are
        # paid, "non-union" whether they are unionised.
        found.update(stem(m.group(1).lower()) for m in _NEGATED.finditer(text))
        return frozenset(found)


def _load(text: str) -> Concepts:
    data = tomllib.loads(text)
    markers: list[tuple[str, re.Pattern[str]]] = []
    abroad = None
    for raw in data["concept"]:
        if raw["marker"] == _FOREIGN:
            abroad = stem(raw["word"].lower())
            continue
        marker = re.compile(raw["marker"])
        # "retirement savings": a passage matching the marker holds each of the words.
        markers.extend((stem(word), marker) for word in raw["word"].lower().split())
    countries = data["countries"]
    country_of = {name: name for name in countries["names"]}
    for country, regions in countries.get("regions", {}).items():
        country_of.update(dict.fromkeys(regions, country))
    names = sorted(country_of, key=len, reverse=True)
    places = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
    region_of = {
        country: tuple(stem(w) for w in region.lower().split())
        for region, members in data.get("parts_of_the_world", {}).items()
        for country in members
    }
    return Concepts(tuple(markers), abroad, places, country_of, region_of=region_of)


@cache
def load_concepts() -> Concepts:
    """The concepts shipped with infoprep (no home country yet: see `at_home_in`)."""
    text = resources.files("infoprep.questions").joinpath("data/concepts.toml").read_text("utf-8")
    return _load(text)
