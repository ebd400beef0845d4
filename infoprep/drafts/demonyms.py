"""The places (and organisations) a demonym or adjective of place may name.

"Canadian streets" asserts what "cities across Canada" says; "a Londoner" what "based in
London" says. Regular forms are undone by suffix rules ("-ian", "-an", "-n", "-ese", "-i",
"-er", "-ite", "-ic": Canadian -> Canada, Kenyan -> Kenya, Japanese -> Japan, Pakistani
-> Pakistan, Londoner -> London, Googler -> Google); irregular ones ("French" -> France)
are listed in data/demonyms.txt. Countries and their states or provinces, and the codes of
those ("TX"), come from ISO 3166 (pycountry). The candidates are only guesses ("Marian" would give
"Maria"): the grounding check accepts one only where the known texts name it as a place.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .text import normalise

__all__ = ["coded_places", "is_region", "is_world_region", "listed_places", "places_of"]

# Suffix, then the endings a place may have in its stead: "Canad|ian" -> "Canad" + "a".
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("", "a", "ia", "y", "e")),  # Brazilian, Canadian, Australian, Italian, Bostonian
    ("nian", ("", "n")),  # Torontonian
    ("ean", ("e", "a", "")),  # Chilean, Korean, European
    ("an", ("", "a", "o", "e", "as")),  # Chilean, Mexican, Chicagoan, European, Texan
    ("n", ("",)),  # Kenyan, Indian, American, Nigerian
    ("ese", ("", "a", "e")),  # Japanese, Chinese, Milanese
    ("i", ("", "a")),  # Pakistani, Israeli, Somali
    ("er", ("", "e")),  # Londoner, Berliner, Googler
    ("ite", ("", "e")),  # Vancouverite, Brooklynite
    ("ic", ("",)),  # Icelandic
)
_MIN_ROOT = 3


@cache
def _listed() -> dict[str, tuple[str, ...]]:
    text = resources.files("infoprep.drafts").joinpath("data/demonyms.txt").read_text("utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" in line:
            adjective, places = line.split(":", 1)
            found[adjective.strip().casefold()] = tuple(
                p.strip() for p in places.split(",") if p.strip())
    return found


def places_of(word: str) -> list[str]:
    """The places `word` ("Canadian") may be the demonym or adjective of, most likely
    first; [] when it does not read as one. Plural demonyms ("Canadians") count too."""
    low = word.casefold()
    if (low.endswith("s") and low[:-1] in _listed()) or (
            low.endswith(("ans", "ers", "ites")) and low not in _listed()):
        low, word = low[:-1], word[:-1]
    found = list(_listed().get(low, ()))
    for suffix, endings in _RULES:
        if low.endswith(suffix) and len(low) - len(suffix) >= _MIN_ROOT:
            root = word[: len(low) - len(suffix)]
            found += [root + ending for ending in endings]
    return list({p.casefold(): p for p in found}.values())


def listed_places(word: str) -> tuple[str, ...]:
    """The places data/demonyms.txt lists for `word` ("French": France): real places, so
    the texts naming them at all is enough, unlike the guesses of the suffix rules."""
    low = word.casefold()
    if low.endswith("s") and low[:-1] in _listed():
        low = low[:-1]
    return _listed().get(low, ())


@cache
def _subdivisions() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 subdivisions by the code after the country's ("TX" in US-TX)."""
    import pycountry

    found: dict[str, list[str]] = {}
    for division in pycountry.subdivisions:
        found.setdefault(division.code.split("-", 1)[1], []).append(division.name)
    return {code: tuple(names) for code, names in found.items()}


def coded_places(code: str) -> tuple[str, ...]:
    """The states, provinces or regions a postal code ("TX", "NSW", "KA") may stand for;
    () for none."""
    return _subdivisions().get(code, ())


@cache
def _regions() -> frozenset[str]:
    """The names of the world's countries and their first-level subdivisions, normalised."""
    import pycountry

    names = {division.name for division in pycountry.subdivisions}
    for country in pycountry.countries:
        names.update(getattr(country, key, "") or "" for key in (
            "name", "common_name", "official_name"))
    return frozenset(normalise(n) for n in names if n)


def is_region(name: str) -> bool:
    """Whether `name` is a country or a state, province or region of one ("Philippines",
    "Kerala", "Ontario")."""
    return normalise(name) in _regions()


@cache
def _world_regions() -> frozenset[str]:
    text = resources.files("infoprep.drafts").joinpath("data/world_regions.txt").read_text(
        "utf-8")
    return frozenset(normalise(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_world_region(name: str) -> bool:
    """Whether `name` is a region of the world ("Southeast Asia", "West Africa", "the
    Caribbean"), listed in data/world_regions.txt."""
    words = normalise(name).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words) in _world_regions()
