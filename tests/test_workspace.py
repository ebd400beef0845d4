from __future__ import annotations

from pathlib import Path

import pytest

from infoprep.migrations import MIGRATIONS
from infoprep.models import Company, Dossier, Person
from infoprep.records import (
    AmbiguousContactError,
    ensure_contact,
    find_contact,
    load_dossier,
    save_dossier,
)
from infoprep.workspace import Store


def test_migrations_recorded_and_pragmas(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # Reopening applies nothing twice.
    with Store(tmp_path / "w.db") as store:
        assert len(store.applied_migrations()) == len(MIGRATIONS)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        ensure_contact(store, "Ada Lovelace", "Analytical Engines")
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("UPDATE contacts SET company = 'Changed'")
            raise RuntimeError("interrupted")
        assert find_contact(store, "ada lovelace").company == "Analytical Engines"  # type: ignore[union-attr]


def test_contacts_by_name_or_id_and_ambiguity(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        first = ensure_contact(store, "Sam Lee", "Acme")
        assert ensure_contact(store, "  sam   LEE ").id == first.id
        store.conn.execute(
            "INSERT INTO contacts (name, company, created_at, updated_at) VALUES (?, ?, '', '')",
            ("Sam Lee", "Globex"),
        )
        with pytest.raises(AmbiguousContactError, match=r"#1 Sam Lee \(Acme\).*#2 Sam Lee"):
            find_contact(store, "Sam Lee")
        assert find_contact(store, "#2").company == "Globex"  # type: ignore[union-attr]
        assert find_contact(store, "Nobody") is None


def test_dossier_round_trip_logs_interaction(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        contact = ensure_contact(store, "Ada Lovelace", "Analytical Engines")
        dossier = Dossier(
            person=Person(name="Ada Lovelace", title="Analyst"), company=Company(name="AE")
        )
        save_dossier(store, contact.id, dossier)
        loaded = load_dossier(store, contact.id)
        assert loaded is not None and loaded.person.name == "Ada Lovelace"
        kinds = [r["kind"] for r in store.conn.execute("SELECT kind FROM interactions")]
        assert kinds == ["researched"]
        # The researched title fills an empty role, and never overwrites one the user gave.
        assert find_contact(store, "Ada Lovelace").role == "Analyst"  # type: ignore[union-attr]
        store.conn.execute("UPDATE contacts SET role = 'Countess'")
        dossier.person.title = "Mathematician"
        save_dossier(store, contact.id, dossier)
        assert find_contact(store, "Ada Lovelace").role == "Countess"  # type: ignore[union-attr]


def test_corrupt_database_is_config_error(run, isolated_home: Path) -> None:
    isolated_home.mkdir()
    (isolated_home / "workspace.db").write_bytes(b"this is not sqlite" * 100)
    from infoprep.api import Workspace
    from infoprep.errors import ConfigError

    with pytest.raises(ConfigError, match="not usable"):
        _ = Workspace().store
