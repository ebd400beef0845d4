"""The exact prompts infoprep's model path sends for a fixture person, for writing the
model-written sets of the grounding benchmark (benchmarks/grounding.py).

    python benchmarks/grounding_prompts.py RECIPIENT PROFILE OUTDIR [--referrer "Full Name"]
                                           [--fixtures DIR]

RECIPIENT is a dossier in fixtures/dossiers/, PROFILE a profile in fixtures/profiles/, and the
thank-you uses fixtures/notes/RECIPIENT-call.md. The real commands run (draft-intro by email
and on LinkedIn, and without a referrer draft-thankyou) in a throwaway home, against the
OpenAI-compatible test server on 127.0.0.1, and the first request of each (its system and user
messages) is written to OUTDIR/RECIPIENT-<kind>[-referrer].txt. Nothing reaches the internet
and no draft is kept: the server's replies are placeholders the check then rejects.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from infoprep.api import Workspace
from infoprep.models import Dossier
from infoprep.records import ensure_contact, save_dossier
from infoprep.testing import OpenAITestServer

ROOT = Path(__file__).resolve().parent.parent
# A reply of every draft shape, so each command finishes; its text never matters.
_PLACEHOLDER = {"subject": "A question", "body": "Hi.", "note": "Hi.", "follow_up": "Hi."}


def _home(home: Path, fixtures: Path, recipient: str, profile: str,
          referrer: str | None) -> str:
    """A workspace with the user's profile and the recipient's contact and dossier; the
    recipient's name."""
    home.mkdir(parents=True)
    shutil.copy(fixtures / "profiles" / f"{profile}.toml", home / "profile.toml")
    dossier = Dossier.model_validate_json(
        (fixtures / "dossiers" / f"{recipient}.json").read_text(encoding="utf-8"))
    with Workspace(home, offline=True) as ws:
        fields: dict[str, object] = {}
        if referrer:
            fields["referred_by"] = ensure_contact(ws.store, referrer).id
        contact = ensure_contact(ws.store, dossier.person.name, dossier.company.name, **fields)
        save_dossier(ws.store, contact.id, dossier)
    return dossier.person.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipient")
    parser.add_argument("profile")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--referrer")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    args = parser.parse_args()
    jobs = {"intro-email": ["draft-intro", "--channel", "email"],
            "intro-linkedin": ["draft-intro", "--channel", "linkedin"]}
    if not args.referrer:
        notes = args.fixtures / "notes" / f"{args.recipient}-call.md"
        jobs["thankyou"] = ["draft-thankyou", "--notes", str(notes)]
    args.outdir.mkdir(parents=True, exist_ok=True)
    suffix = "-referrer" if args.referrer else ""
    for kind, command in jobs.items():
        llm = OpenAITestServer()
        with tempfile.TemporaryDirectory() as tmp, llm:
            llm.responder = lambda body: json.dumps(_PLACEHOLDER)
            home = Path(tmp) / "home"
            name = _home(home, args.fixtures, args.recipient, args.profile, args.referrer)
            env = dict(os.environ, INFOPREP_HOME=str(home), OPENAI_BASE_URL=llm.base_url_v1,
                       OPENAI_API_KEY="sk-local-test-key-000000", INFOPREP_MAX_RETRIES="1")
            subprocess.run([sys.executable, "-m", "infoprep", command[0], name, *command[1:]],
                           env=env, capture_output=True, text=True, timeout=120, check=False)
            requests = llm.chat_requests()
            if not requests:
                print(f"{kind}: the command made no model request", file=sys.stderr)
                return 1
            messages = requests[0]["messages"]
            assert isinstance(messages, list)
            path = args.outdir / f"{args.recipient}-{kind}{suffix}.txt"
            path.write_text("\n\n".join(
                f"===== {m['role'].upper()} MESSAGE =====\n{m['content']}" for m in messages
            ) + "\n", encoding="utf-8")
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
