"""A piece of the recipient's put on a show or in a publication of another kind.

A model that knows every name of a dossier slips a conference day in where a podcast stood:
"your 2024 interview on the Kericho Smallholder Tea Day", where research has the interview on
the Cup and Leaf podcast and the tea day as an event she spoke at. Both names are known; an
interview is not given on a tea day.

A piece heard or read ("your interview on X", "your episode of X", "your conversation with
… on X", "your column in X") is put on X. X must be named in some known sentence that speaks
of that kind of piece: an interview, an episode or a conversation of a show (episode,
podcast, host, listen, guest …), a column or an article of a publication (column, article,
magazine, newsletter, published …). Where no known sentence naming X does, X is flagged.
"""

from __future__ import annotations

import re

from .claim_finder import Claim
from .known_texts import KnownTexts
from .text import normalise, word_set

__all__ = ["misplaced_pieces"]


_SHOW = word_set("episode episodes podcast podcasts host hosts hosted guest listen listened "
                 "listeners interview interviews interviewed show radio conversation series "
                 "season")
_PRINT = word_set("column columns article articles magazine newsletter published publishes "
                  "journal newspaper edition issue wrote writes blog interview interviewed")
_KINDS = {"interview": _SHOW | _PRINT, "episode": _SHOW, "conversation": _SHOW,
          "podcast": _SHOW, "column": _PRINT, "article": _PRINT, "op-ed": _PRINT}
_PIECE = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+){0,2}?(interview|episode|conversation|podcast|column|article|"
    r"op-ed)\s+(?:(?:with|alongside)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?:on|of|in|for)\s+"
    r"(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&|the)){0,5})", re.IGNORECASE)


def misplaced_pieces(sentence: str, support: KnownTexts) -> list[Claim]:
    """The shows and publications `sentence` puts a piece of the recipient's on that no
    known sentence naming them tells of as holding that kind of piece."""
    found: list[Claim] = []
    for m in _PIECE.finditer(sentence):
        name = re.sub(r"\s+(?:of|and|&|the)$", "", m.group(2))
        if not name[:1].isupper() or support.names_subject(name) or support.is_subject_part(
                name) or support.users_own_name(name):
            continue
        naming = support.texts_naming(f" {normalise(name)} ")
        kinds = _KINDS[m.group(1).casefold()]
        if naming and not any(kinds & set(text.split()) for text in naming):
            piece = m.group(1).casefold()
            article = "an" if piece[0] in "aeiou" else "a"
            found.append(Claim(name, "event", sentence,
                               note=f"research never tells of “{name}” as holding {article} "
                                    f"{piece}"))
    return found
