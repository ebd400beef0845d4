"""Facts of one page as a table the research tests compare: (subject, field) -> values, each
fact's quote checked to be exact text of its page."""

from __future__ import annotations

from infoprep.research.facts import page_facts, page_text
from infoprep.research.types import ExtractedPage

Table = dict[tuple[str, str], list[str]]


def facts_table(page: ExtractedPage, person: str, company: str) -> Table:
    text = page_text(page)
    table: Table = {}
    for fact in page_facts(page, person, company):
        assert fact.quote and fact.quote in text, fact
        table.setdefault((fact.subject, fact.field), []).append(fact.value)
    return table
