"""Named schema migrations, applied in order and recorded in `_migrations`.

Never edit a migration that has shipped: add a new one at the end. Statements are
separated by a semicolon at the end of a line.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            company TEXT,
            role TEXT,
            email TEXT,
            linkedin TEXT,
            source TEXT,
            referred_by INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'prospect',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE);
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            data TEXT
        );
        CREATE INDEX interactions_contact ON interactions(contact_id, at);
        CREATE TABLE dossiers (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            updated_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE question_sets (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            generator TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT,
            generator TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE usage (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            command TEXT NOT NULL,
            generator TEXT NOT NULL,
            calls INTEGER NOT NULL,
            cache_hits INTEGER NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            cost_usd REAL,
            detail TEXT
        )
        """,
    ),
    (
        "0006_contacts_tracker",
        """
        CREATE TABLE contact_details (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            connected_on TEXT
        );
        CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            referrer_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            referred_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            UNIQUE (referrer_id, referred_id)
        );
        CREATE INDEX referrals_referred ON referrals(referred_id);
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            tz TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX calls_contact ON calls(contact_id, starts_at);
        CREATE INDEX contacts_linkedin ON contacts(linkedin);
        CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE)
        """,
    ),
    (
        "0005_drafts_by_contact",
        """
        CREATE INDEX IF NOT EXISTS drafts_contact ON drafts(contact_id, created_at)
        """,
    ),
    (
        "0004_questions_set_index",
        """
        CREATE INDEX IF NOT EXISTS question_sets_contact ON question_sets(contact_id, id)
        """,
    ),
    (
        "0009_batch_rows",
        """
        CREATE TABLE batch_rows (
            key TEXT PRIMARY KEY,
            inputs TEXT NOT NULL,
            name TEXT NOT NULL,
            company TEXT NOT NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
            done TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        )
        """,
    ),
]
