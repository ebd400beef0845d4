"""Nothing is lost: concurrent writers, and an import killed halfway."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from infoprep import Workspace

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import sys, time
from pathlib import Path
from infoprep import Workspace

k, go = int(sys.argv[1]), Path(sys.argv[2])
with Workspace(offline=True) as ws:
    book = ws.contacts
    book.list()  # opened and migrated; now start together
    while not go.exists():
        time.sleep(0.002)
    me = book.add(f"Worker {k}", company="Acme")  # change 1
    for i in range(1, 250):  # changes 2..250
        if i % 3 == 0:
            book.note("Shared Person", f"worker {k} note {i}")
        elif i % 3 == 1:
            book.set_status(str(me.id), "requested" if (i // 3) % 2 == 0 else "prospect")
        else:
            book.refer(str(me.id), f"Referred {k}-{i}")
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["INFOPREP_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_four_processes_making_250_changes_each_lose_nothing(tmp_path: Path) -> None:
    home, go = tmp_path / "home", tmp_path / "go"
    with Workspace(home, offline=True) as ws:
        ws.contacts.add("Shared Person")
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(k), str(go)], env=_env(home),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for k in range(4)
    ]
    time.sleep(0.3)  # let them all open the workspace, then release them at once
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=90)
        assert proc.returncode == 0, err
    with Workspace(home, offline=True) as ws:
        conn = ws.store.conn
        notes = {r[0] for r in conn.execute("SELECT detail FROM interactions WHERE kind = 'note'")}
        assert notes == {f"worker {k} note {i}" for k in range(4) for i in range(3, 250, 3)}
        assert conn.execute("SELECT count(*) FROM interactions WHERE kind = 'note'").fetchone()[
            0] == 4 * 83
        for k in range(4):
            me = ws.contacts.get(f"Worker {k}")
            statuses = [i for i in ws.contacts.history(me.id) if i.kind == "status"]
            assert len(statuses) == 83  # every status change kept
            assert me.status == "requested"  # the last change (i = 247) wins
            assert len(ws.contacts.referrals(referrer=me.id)) == 83
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1 + 4 + 4 * 83
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_import_killed_midway_leaves_previous_state(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Workspace(home, offline=True) as ws:
        ws.contacts.add("Person Number 7", company="Old Company",
                        linkedin="https://www.linkedin.com/in/p7")
        ws.contacts.add("Unrelated Person")
        ws.contacts.note("Unrelated Person", "keep me")
        before = ws.contacts.export("json")
    big = tmp_path / "Connections.csv"
    lines = ["Notes:", '"Some emails may be missing."', "",
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f'Person,Number {i},https://www.linkedin.com/in/p{i},,"Company {i % 500}, Inc.",'
        f'"Role {i}, Team",07 Dec 2025'
        for i in range(40_000)
    ]
    big.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    wal = home / "workspace.db-wal"
    wal_before = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "infoprep", "contacts", "import", str(big)],
        env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.startswith("writing 40000 contacts"), line
    # Kill once the transaction has written pages of its own (uncommitted WAL frames).
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > wal_before + 256 * 1024:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    with Workspace(home, offline=True) as ws:
        assert ws.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = ws.contacts.export("json")
        strip = [line for line in after.splitlines() if '"exported_at"' not in line]
        assert strip == [line for line in before.splitlines() if '"exported_at"' not in line]
        # The same import, uninterrupted, then works.
        report = ws.contacts.import_file(big)
        assert (report.added, report.updated) == (39_999, 1)
        assert ws.contacts.get("Person Number 7").company == "Company 7, Inc."
