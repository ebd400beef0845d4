"""Which detail an intro cites, how it is framed in time, and the subject that names it."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from examples_support import EXAMPLES, NAME, example_workspace

from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.llm import OfflineGenerator
from infoprep.models import Company, Dossier, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary

PROMPTS = PromptLibrary(None)
URL = "https://brightline-energy.example/about"
NEWS_URL = "https://news.example/brightline-series-b"
PROFILE = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))


def _dossier(*facts: tuple[str, str, str], published: str | None = None) -> Dossier:
    text = " ".join(quote for _, _, quote in facts)
    return Dossier(
        person=Person(name="Jordan Rivera", title="Head of Product", employer="Brightline Energy"),
        company=Company(name="Brightline Energy"),
        sources=[Source(url=URL, title="About Brightline Energy", kind="website",
                        fetched_at="2026-01-01", text=text),
                 Source(url=NEWS_URL, title="Brightline Energy raises £38m", kind="news",
                        fetched_at="2026-01-01", published=published, text=text)],
        facts=[Fact(subject="company" if field in {"funding", "products", "mission"}
                    else "person", field=field, value=value,
                    source_url=NEWS_URL if field == "funding" else URL, quote=quote)
               for field, value, quote in facts],
    )


def _intros(ctx: DraftContext) -> tuple[str, str, str]:
    email = write_intro(ctx, PROMPTS, OfflineGenerator(), "email")
    linkedin = write_intro(ctx, PROMPTS, OfflineGenerator(), "linkedin")
    for draft in (email, linkedin):
        assert [c for c in draft.checks if not c.ok] == [], draft.body
    return email.subject or "", email.body, linkedin.body


SERIES_B = ("funding", "£38 million Series B",
            "Brightline Energy raised a £38 million Series B led by Northwind Climate Partners.")


def test_the_example_intro_cites_their_own_post_under_a_subject_naming_it(
        isolated_home: Path) -> None:
    with example_workspace(isolated_home) as ws:
        email = ws.draft_intro(NAME)
        linkedin = ws.draft_intro(NAME, channel="linkedin")
    assert email.subject == "Your post about forecasting"
    for text in (email.body, linkedin.body, linkedin.follow_up or ""):
        assert "“What I got wrong about forecasting”" in text
        # The £38m round was in 2024: not news to congratulate anyone on.
        assert "Congratulations" not in text and "Series B" not in text
    # The headline already says "exploring": the body finds another verb.
    assert len(re.findall(r"\bexplor", email.body)) == 1


def test_own_work_comes_before_the_employer_and_the_latest_piece_first() -> None:
    ctx = DraftContext(PROFILE, None, _dossier(
        ("products", "Tempo", "We build Tempo, a platform that schedules batteries."),
        ("mission", "make every megawatt-hour count", "Our mission: make every megawatt-hour "
         "count."),
        ("talks", "Explainable dispatch (Energy Storage Summit, February 2025)",
         'Jordan gave a talk called "Explainable dispatch" at the Energy Storage Summit.'),
        ("posts", "Notes on battery warranties (2025-11-03)", "Notes on battery warranties"),
        SERIES_B,
    ), today=date(2026, 2, 1))
    assert [d.field for d in ctx.details][:2] == ["posts", "talks"]
    subject, body, note = _intros(ctx)
    assert "“Notes on battery warranties”" in body and "“Notes on battery warranties”" in note
    assert subject == "Your post “Notes on battery warranties”"


@pytest.mark.parametrize(("published", "today", "congratulated"), [
    ("2024-03-12", date(2024, 4, 20), True),   # five weeks later: news
    ("2024-03-12", date(2026, 11, 26), False),  # two and a half years later: not news
    (None, date(2024, 4, 20), False),  # undated: never framed as news
])
def test_funding_is_congratulated_only_while_it_is_news(
        published: str | None, today: date, congratulated: bool) -> None:
    ctx = DraftContext(PROFILE, None, _dossier(SERIES_B, published=published), today=today)
    subject, body, note = _intros(ctx)
    assert subject.startswith("Congratulations") is congratulated
    assert ("Congratulations" in body) is congratulated
    assert ("Congratulations" in note) is congratulated
    assert "Series B" in body  # still the reason, told as what it was
    if published and not congratulated:
        assert "in March 2024" in body


@pytest.mark.parametrize(("mission", "cited"), [
    ("make every megawatt-hour of stored energy count",
     "Brightline Energy's mission, to make every megawatt-hour of stored energy count,"),
    ("to bring hospital-grade monitoring to every patient's kitchen table",
     "Brightline Energy's mission, to bring hospital-grade monitoring"),
    ("Streets should be safe for children",
     "Brightline Energy's belief that streets should be safe for children"),
    ("affordable housing for every family",
     "Brightline Energy's focus on affordable housing for every family"),
    ("We help small farms sell direct to restaurants",
     "Brightline Energy's mission, “We help small farms sell direct to restaurants”,"),
])
def test_a_mission_alone_is_reason_enough(mission: str, cited: str) -> None:
    ctx = DraftContext(PROFILE, None, _dossier(("mission", mission, f"Our mission: {mission}.")))
    _, body, note = _intros(ctx)  # every check passes, "why this person" included
    assert cited in body and cited in note


def test_the_subject_names_the_referrer_first() -> None:
    ctx = DraftContext(PROFILE, None, _dossier(SERIES_B), referrer="Aisha Bello")
    subject, body, _ = _intros(ctx)
    assert subject == "Aisha suggested I reach out"
    assert body.count("Aisha Bello") == 1


def test_a_long_employer_name_still_fits_the_subject() -> None:
    dossier = _dossier(("title", "Director of Operations", "Lena Pryce, Director of Operations"))
    dossier.company = Company(name="Cobalt Lane Studios")
    dossier.person = Person(name="Lena Pryce", title="Director of Operations",
                            employer="Cobalt Lane Studios")
    subject, _, _ = _intros(DraftContext(PROFILE, None, dossier))
    # "Learning from your path at Cobalt Lane Studios" has eight words: the next one fits.
    assert subject == "Your path at Cobalt Lane Studios"


@pytest.mark.parametrize(("title", "said"), [
    ("Senior distribution reliability engineer",
     "as a senior distribution reliability engineer at Brightline Energy"),
    ("Head of Product", "as Head of Product at Brightline Energy"),
])
def test_a_title_reads_as_a_role_in_a_sentence(title: str, said: str) -> None:
    """A title written in sentence case describes the job: "your work as a senior … engineer",
    not "your work as Senior … engineer"; a title in title case is named as it is."""
    from infoprep.questions.bank import offline_candidates

    dossier = _dossier(("title", title, f"Jordan Rivera is {title} at Brightline Energy."))
    dossier.person.title = title
    ctx = DraftContext(PROFILE, None, dossier, today=date(2026, 2, 1))
    _, body, _ = _intros(ctx)
    assert f"your work {said}" in body
    texts = [q.text for q in offline_candidates(PROMPTS, dossier, PROFILE)]
    assert any(t.startswith(f"{said[0].upper()}{said[1:]},") for t in texts), texts


def test_a_title_that_holds_quotes_is_quoted_with_single_quotes_inside() -> None:
    from infoprep.questions.bank import offline_candidates

    talk = "“He Said He Was an Engineer”: Romance Scams and Older Members"
    dossier = _dossier(("talks", f"{talk} (Fraud Forum 2024, September 17, 2024)",
                        f"Jordan Rivera will present {talk} at the Fraud Forum."))
    ctx = DraftContext(PROFILE, None, dossier, today=date(2024, 10, 1))
    _, body, note = _intros(ctx)
    inner = "“‘He Said He Was an Engineer’: Romance Scams and Older Members”"
    assert inner in body and "““" not in body and "““" not in note
    texts = [q.text for q in offline_candidates(PROMPTS, dossier, PROFILE)]
    assert any(inner in t for t in texts) and not any("““" in t for t in texts), texts
