"""The library a notebook imports: public names, shortcuts, results, the event loop."""

from __future__ import annotations

import asyncio
import inspect
import json
import pydoc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from examples_support import COMPANY, EXAMPLES, NAME, REFERRAL_ASK, example_workspace

import infoprep
from infoprep import shortcuts

ERRORS = [
    "ConfigError", "FetchError", "InfoprepError", "InputError", "ModelConfigError", "ModelError",
    "ModelOutputError", "NotFoundError", "ProfileMissingError", "PromptError",
]
PUBLIC = [
    "BatchReport", "BatchRow", "Brief", "Check", "CheckResult", "Company", "ConfigError",
    "ContactBook", "Dossier", "Draft", "Evidence", "Fact", "FetchError", "InfoprepError",
    "InputError", "ModelConfigError", "ModelError", "ModelOutputError", "NotFoundError",
    "Person", "Profile", "ProfileMissingError", "PromptError", "Question",
    "QuestionSet", "Source", "Verdict", "Workspace", "__version__", "batch", "brief",
    "check_questions", "contacts", "default_workspace", "dossier", "draft_intro",
    "draft_thankyou", "pitch", "questions", "research", "use",
]
WORKSPACE_METHODS = [
    "research", "research_async", "dossier", "questions", "questions_async",
    "check_questions", "check_questions_async", "draft_intro", "draft_intro_async", "pitch",
    "pitch_async", "draft_thankyou", "draft_thankyou_async", "brief", "brief_async", "batch",
    "contacts", "profile", "save_profile", "today", "recency",
]


@pytest.fixture
def default_home(tmp_path: Path) -> Iterator[Path]:
    """The module-level shortcuts pointed at a fresh home, and reset afterwards."""
    home = tmp_path / "default"
    example_workspace(home).close()
    infoprep.use(home, offline=True)
    yield home
    if shortcuts._default is not None:
        shortcuts._default.close()
    shortcuts._default = None


def test_public_names_are_pinned_and_all_resolve() -> None:
    assert infoprep.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(infoprep, name) is not None, name
    assert sorted(dir(infoprep)) == sorted(PUBLIC)


def test_every_public_callable_has_a_docstring() -> None:
    for name in PUBLIC:
        value = getattr(infoprep, name)
        if callable(value):
            assert inspect.getdoc(value), name
    for name in WORKSPACE_METHODS:
        assert inspect.getdoc(getattr(infoprep.Workspace, name)), name
    public = [n for n in vars(infoprep.Workspace) if not n.startswith("_")]
    assert sorted(set(public) - {"home", "store", "generator", "close"}) == sorted(
        WORKSPACE_METHODS
    )


def test_import_stays_light() -> None:
    code = (
        "import sys, json, infoprep\n"
        "print(json.dumps([m for m in ('openai', 'httpx', 'pydantic', 'jinja2', 'lxml',"
        " 'infoprep.api') if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout) == []


def test_help_teaches_the_api() -> None:
    page = pydoc.render_doc(infoprep, renderer=pydoc.plaintext)
    for part in ("Workspace(", "ws.research(", "ws.questions(", "research_async",
                 "infoprep.use(", "ws.brief(", "draft_thankyou", ".to_dict()"):
        assert part in page, part


def test_a_notebook_session_end_to_end(tmp_path: Path) -> None:
    ws = example_workspace(tmp_path / "home")
    dossier = ws.research(NAME, COMPANY, files=[EXAMPLES / "jordan-rivera"], no_search=True,
                          progress=False)
    assert dossier.to_dict() == json.loads(dossier.to_json())
    assert "Head of Product" in dossier._repr_markdown_()

    questions = ws.questions(NAME, minutes=20)
    texts = [q.text for q in questions]
    assert texts == [q.text for q in questions.kept] and len(questions) == len(texts)
    assert questions[-1].text == REFERRAL_ASK
    data = json.loads(questions.to_json())
    assert data["person"] == NAME and data["plan"]["minutes"] == 20
    assert REFERRAL_ASK in questions._repr_markdown_()

    checked = ws.check_questions(NAME, "When was Brightline Energy founded?\n\nWhat surprised you?")
    assert [v.text for v in checked] == ["When was Brightline Energy founded?", "",
                                         "What surprised you?"]
    assert checked[0].googleable and checked[0].evidence is not None
    assert "2017" in checked[0].evidence.quote
    assert not checked[2].googleable
    assert checked.to_dict()["verdicts"][0]["googleable"] is True
    assert "DROP" in checked._repr_markdown_()

    intro = ws.draft_intro(NAME)
    assert intro.subject and str(intro).startswith(f"Subject: {intro.subject}")
    assert intro.to_dict()["kind"] == "intro"
    assert "**Subject:**" in intro._repr_markdown_()

    note = ws.draft_thankyou(NAME, EXAMPLES / "call-notes.md")
    assert "Aisha" in note.body
    assert ws.contacts.get(NAME).name == NAME


def test_draft_markdown_escapes_markup() -> None:
    draft = infoprep.Draft(kind="intro", channel="email", subject="Hi <b>there</b>",
                           body="Line one [x](javascript:alert(1))\n\n*two*", generator="t")
    shown = draft._repr_markdown_()
    assert "<b>" not in shown and "\\<b\\>" in shown
    assert "\\[x\\]" in shown and "\\*two\\*" in shown


def test_sync_calls_work_inside_a_running_event_loop(tmp_path: Path) -> None:
    ws = example_workspace(tmp_path / "home")

    async def cell() -> tuple[int, int]:
        dossier = ws.research(NAME, COMPANY, files=[EXAMPLES / "jordan-rivera"],
                              no_search=True, progress=False)
        return len(dossier.facts), len(ws.questions(NAME))

    facts, kept = asyncio.run(cell())
    assert facts > 0 and kept > 1


def test_async_variants_await_the_same_results(tmp_path: Path) -> None:
    ws = example_workspace(tmp_path / "home")

    async def session() -> None:
        dossier = await ws.research_async(NAME, COMPANY, files=[EXAMPLES / "jordan-rivera"],
                                          no_search=True, progress=False)
        assert dossier.person.title == "Head of Product"
        questions, pitch = await asyncio.gather(ws.questions_async(NAME, minutes=30),
                                                ws.pitch_async(30))
        assert questions.plan.minutes == 30 and pitch.kind == "pitch"
        checked = await ws.check_questions_async(NAME, ["What surprised you?"])
        assert len(checked) == 1
        intro = await ws.draft_intro_async(NAME, "linkedin")
        assert intro.follow_up
        brief = await ws.brief_async(NAME, minutes=30)
        assert brief.referral_ask == REFERRAL_ASK
        note = await ws.draft_thankyou_async(NAME, (EXAMPLES / "call-notes.md").read_text())
        assert note.kind == "thankyou"

    asyncio.run(session())


def test_shortcuts_run_on_the_default_workspace(default_home: Path) -> None:
    import infoprep.research.pipeline  # the subpackage must stay callable

    assert infoprep.default_workspace().home == default_home
    dossier = infoprep.research(NAME, COMPANY, files=[EXAMPLES / "jordan-rivera"],
                                no_search=True, progress=False)
    assert infoprep.dossier(NAME).facts == dossier.facts
    assert [q.text for q in infoprep.questions(NAME)][-1] == REFERRAL_ASK
    assert infoprep.check_questions(NAME, ["What surprised you?"])[0].googleable is False
    assert infoprep.draft_intro(NAME).kind == "intro"
    assert infoprep.pitch(20).kind == "pitch"
    assert infoprep.brief(NAME).person.name == NAME
    book = infoprep.contacts()
    assert isinstance(book, infoprep.ContactBook)
    assert [c.name for c in book.list()] == [NAME]
    assert "company" in str(inspect.signature(infoprep.research))


def test_shortcuts_use_the_home_from_settings(isolated_home: Path) -> None:
    try:
        assert infoprep.default_workspace().home == isolated_home
    finally:
        assert shortcuts._default is not None
        shortcuts._default.close()
        shortcuts._default = None


def test_errors_are_library_errors_not_exits(tmp_path: Path) -> None:
    ws = infoprep.Workspace(tmp_path / "home", offline=True)
    with pytest.raises(infoprep.InfoprepError, match="no contact named 'Nobody'"):
        ws.brief("Nobody")
    with pytest.raises(infoprep.InfoprepError, match="is empty"):
        ws.draft_thankyou("Nobody", "   ")


def test_every_documented_error_is_reachable_from_infoprep(tmp_path: Path) -> None:
    """`except infoprep.NotFoundError:` in a notebook, as the docstrings name them."""
    from infoprep import errors

    for name in ERRORS:
        assert getattr(infoprep, name) is getattr(errors, name), name
        assert name in pydoc.render_doc(infoprep, renderer=pydoc.plaintext), name
    ws = infoprep.Workspace(tmp_path / "home", offline=True)
    with pytest.raises(infoprep.ProfileMissingError):
        ws.pitch()
    with pytest.raises(infoprep.NotFoundError):
        ws.dossier("Nobody")
    with pytest.raises(infoprep.ConfigError, match="unknown channel"):
        ws.draft_intro("Nobody", channel="sms")


def test_save_profile_reads_a_toml_file_like_profile_init_from(tmp_path: Path) -> None:
    ws = infoprep.Workspace(tmp_path / "home", offline=True)
    path = ws.save_profile(EXAMPLES / "profile.toml")
    assert ws.profile().name == "Maya Okafor" and path == ws.settings.paths.profile
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "Maya"\ntarget_role = ["UX researcher"]\n')
    with pytest.raises(infoprep.InputError, match=r"unknown key 'target_role' \(did you mean"):
        ws.save_profile(bad)
    assert ws.profile().name == "Maya Okafor"


def test_research_takes_a_single_file_or_url_as_well_as_a_list(tmp_path: Path) -> None:
    ws = example_workspace(tmp_path / "home")
    dossier = ws.research(NAME, COMPANY, files=str(EXAMPLES / "jordan-rivera" / "team.html"),
                          no_search=True, progress=False)
    assert [Path(s.url).name for s in dossier.sources] == ["team.html"]
    with pytest.raises(infoprep.InfoprepError) as caught:
        ws.research(NAME, COMPANY, urls="not-a-url", no_search=True, progress=False)
    assert "'not-a-url'" in str(caught.value)
