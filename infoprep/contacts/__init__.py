"""The networking tracker: contacts, statuses, notes, referrals, follow-ups, imports, exports.

    >>> book = Workspace().contacts
    >>> book.add("Jane Doe", company="Acme")
    >>> book.set_status("Jane Doe", "scheduled", at="2026-12-03 15:00 Europe/Paris", minutes=20)
    >>> book.due()
"""

from __future__ import annotations

from ..shortcuts import callable_package
from .book import ContactBook
from .companies import company_key, same_company
from .types import (
    SOURCES,
    STATUSES,
    Call,
    Contact,
    ContactReport,
    FollowUp,
    ImportReport,
    Interaction,
    Referral,
    RowProblem,
    StatusChange,
)

__all__ = [
    "SOURCES",
    "STATUSES",
    "Call",
    "Contact",
    "ContactBook",
    "ContactReport",
    "FollowUp",
    "ImportReport",
    "Interaction",
    "Referral",
    "RowProblem",
    "StatusChange",
    "company_key",
    "same_company",
]

# `infoprep.contacts(...)` calls Workspace.contacts on the default workspace.
callable_package(__name__, "contacts")
