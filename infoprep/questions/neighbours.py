"""Words that say nearly the same thing, read from `data/neighbours.tsv.gz`.

"How big is the team?" is answered by "employs 240 staff", "When did it get its start?" by
"founded in 1998": the question paraphrases the page. The hand-written synonym groups of
lexicon.toml cannot list every paraphrase, so a table distilled from a sentence-embedding model
(sentence-transformers' all-MiniLM-L6-v2, Apache-2.0; built by
scripts/build_paraphrase_table.py, which says how) lists, for each word stem, the stems whose
embeddings are nearest to it, each with its cosine similarity in hundredths. The stems are
Snowball (Porter 2) stems, the form the filter indexes passages in. Reading it needs only the
standard library: the model itself is never loaded at run time.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

__all__ = ["Neighbours", "load_neighbours"]

_TABLE = "data/neighbours.tsv.gz"


class Neighbours:
    """Each stem's nearest stems with their similarity (0–1), best first."""

    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows  # stem -> its row's neighbours, parsed on first use
        self._parsed: dict[str, tuple[tuple[str, float], ...]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, term: object) -> bool:
        """Whether the stem `term` is in the table: a word of everyday English."""
        return term in self._rows

    def of(self, term: str, at_least: float = 0.0) -> tuple[tuple[str, float], ...]:
        """The stems near the stem `term` with a similarity of `at_least` or more."""
        found = self._parsed.get(term)
        if found is None:
            raw = self._rows.get(term, "")
            pairs = (item.rpartition(":") for item in raw.split())
            found = self._parsed[term] = tuple((n, int(score) / 100) for n, _, score in pairs)
        return tuple(pair for pair in found if pair[1] >= at_least)


def parse(text: str) -> Neighbours:
    """A table from its text: `#` lines are its header, then `stem<TAB>near:score …`."""
    rows = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        term, _, near = line.partition("\t")
        rows[term] = near
    return Neighbours(rows)


@cache
def load_neighbours() -> Neighbours:
    """The table shipped with infoprep (read once per process)."""
    raw = resources.files("infoprep.questions").joinpath(_TABLE).read_bytes()
    return parse(gzip.decompress(raw).decode("utf-8"))
