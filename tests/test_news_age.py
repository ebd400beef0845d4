"""Dated research (news, talks, posts) is shown with its date and never passed off as current.

The clock is pinned: `Workspace(clock=...)` and `DraftContext(today=...)` measure ages from
26 November 2026, so "older than 18 months" means before 26 May 2025.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest
from examples_support import EXAMPLES

from infoprep.api import Workspace
from infoprep.batching import BatchRow
from infoprep.dates import Recency, when_in
from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.drafts.rules import timeliness_check
from infoprep.errors import ConfigError
from infoprep.llm import OfflineGenerator
from infoprep.models import Company, Dossier, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.bank import offline_candidates
from infoprep.records import ensure_contact, save_dossier
from infoprep.testing import OpenAITestServer

TODAY = date(2026, 11, 26)
NAME, COMPANY = "Lena Pryce", "Cobalt Lane Studios"
PROFILE = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))
ABOUT = "https://cobaltlane.example/about"
LEEDS = "https://news.example/cobalt-lane-leeds"
BAFTA = "https://news.example/cobalt-lane-bafta"
SEED = "https://news.example/cobalt-lane-seed"
EMPLOYER = "https://news.example/cobalt-lane-top-employer"
RAIN = "https://pixelsummit.example/2022/designing-for-rain"
SMALL = "https://lena.example/why-our-levels-start-small"
WORLDS = "https://devdays.example/2026/small-teams-big-worlds"

NEWS = [  # (url, published, headline)
    (BAFTA, "2023-05-02T08:00:00Z", "Cobalt Lane Studios wins a BAFTA for Tidewater"),
    (LEEDS, "2026-09-14T09:30:00Z", "Cobalt Lane Studios opens a second studio in Leeds"),
    (SEED, "2022-01-10T07:00:00Z", "Cobalt Lane Studios raises £4m to grow its team"),
    (EMPLOYER, None, "Cobalt Lane Studios named a top employer in games"),
]


def _source(url: str, title: str, kind: str, published: str | None, text: str) -> Source:
    return Source(url=url, title=title, kind=kind, fetched_at="2026-11-20T10:00:00+00:00",
                  published=published, text=text)


def dossier(*, recent_talk: bool = False) -> Dossier:
    """Lena Pryce: four news items (one recent, two old, one undated), a 2022 talk and an
    undated post; with `recent_talk`, also an October 2026 talk, listed after the old one."""
    about = ("Cobalt Lane Studios makes narrative games for consoles and PC. "
             "Lena Pryce is Director of Design.")
    sources = [_source(ABOUT, "About Cobalt Lane Studios", "website", None, about)]
    facts = [Fact(subject="person", field="title", value="Director of Design",
                  source_url=ABOUT, quote="Lena Pryce is Director of Design.")]
    for url, published, headline in NEWS:
        sources.append(_source(url, headline, "news", published, headline))
        value = f"{headline} ({published[:10]})" if published else headline
        facts.append(Fact(subject="company", field="news", value=value, source_url=url,
                          quote=headline))
    sources.append(_source(RAIN, "Designing for rain — Pixel Summit", "website", "2022-06-03",
                           "Lena Pryce spoke at Pixel Summit about designing for rain."))
    facts.append(Fact(subject="person", field="talks", value="Designing for rain (Pixel Summit)",
                      source_url=RAIN,
                      quote="Lena Pryce spoke at Pixel Summit about designing for rain."))
    if recent_talk:
        sources.append(_source(WORLDS, "Small teams, big worlds — DevDays", "website",
                               "2026-10-08", "Lena Pryce gave the talk Small teams, big worlds "
                               "at DevDays."))
        facts.append(Fact(subject="person", field="talks", value="Small teams, big worlds",
                          source_url=WORLDS, quote="Lena Pryce gave the talk Small teams, big "
                                                   "worlds at DevDays."))
    sources.append(_source(SMALL, "Why our levels start small", "website", None,
                           "Why our levels start small. By Lena Pryce."))
    facts.append(Fact(subject="person", field="posts", value="Why our levels start small",
                      source_url=SMALL, quote="Why our levels start small"))
    return Dossier(person=Person(name=NAME, title="Director of Design", employer=COMPANY),
                   company=Company(name=COMPANY), sources=sources, facts=facts)


def workspace(home: Path, **settings: object) -> Workspace:
    """A workspace whose clock says 26 November 2026, holding Lena Pryce's dossier."""
    ws = Workspace(home, clock=lambda: TODAY, **settings)
    contact = ensure_contact(ws.store, NAME, COMPANY)
    save_dossier(ws.store, contact.id, dossier())
    return ws


def test_the_brief_dates_news_and_leaves_out_the_old(isolated_home: Path) -> None:
    with workspace(isolated_home, offline=True) as ws:
        brief = ws.brief(NAME)
    page = brief.render("md")
    news = [line for line in page.splitlines() if line.startswith("- **In the news:**")]
    # The newest first, with its month; the undated one after it, marked so, never as current.
    assert news == [
        "- **In the news:** Cobalt Lane Studios opens a second studio in Leeds "
        "(September 2026) [3]",
        "- **In the news:** Cobalt Lane Studios named a top employer in games (undated) [5]",
    ]
    assert "BAFTA" not in page and "£4m" not in page
    assert "- _2 older news items not shown (more than 18 months old)._" in page
    html = brief.render("html")
    assert "(September 2026)" in html and "(undated)" in html
    assert "2 older news items not shown (more than 18 months old)." in html
    data = json.loads(brief.to_json())
    assert data["older_news"] == 2 and data["news_months"] == 18
    assert [line["when"] for line in data["about_company"] if line["label"] == "In the news"] \
        == ["September 2026", "undated"]
    # A talk is still worth knowing about, with the date it was given.
    assert "- **Talks:** Designing for rain (Pixel Summit) (June 2022) [6]" in page


def test_the_threshold_is_a_setting(isolated_home: Path, monkeypatch: pytest.MonkeyPatch,
                                    run) -> None:
    monkeypatch.setenv("INFOPREP_NEWS_MONTHS", "48")
    with workspace(isolated_home, offline=True) as ws:
        page = ws.brief(NAME).render("md")
    assert "Cobalt Lane Studios wins a BAFTA for Tidewater (May 2023) [2]" in page
    assert "- _1 older news item not shown (more than 48 months old)._" in page
    shown = run("config", "show")
    assert any(line.split() == ["news_months", "48", "[env", "INFOPREP_NEWS_MONTHS]"]
               for line in shown.stdout.splitlines()), shown.stdout
    monkeypatch.delenv("INFOPREP_NEWS_MONTHS")
    assert any(line.split() == ["news_months", "18", "[default]"]
               for line in run("config", "show").stdout.splitlines())


def test_a_threshold_under_a_month_is_a_configuration_error(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    workspace(isolated_home, offline=True).close()
    monkeypatch.setenv("INFOPREP_NEWS_MONTHS", "0")
    result = run("brief", NAME)
    assert result.exit_code == 2
    assert "Error: setting 'news_months' (env INFOPREP_NEWS_MONTHS) must be at least 1 month, " \
        "got 0" in result.output
    assert "Traceback" not in result.output


def test_a_batch_with_a_bad_threshold_stops_before_any_work(isolated_home: Path) -> None:
    with Workspace(isolated_home, offline=True, news_months=0) as ws:
        ws.save_profile(PROFILE)
        with pytest.raises(ConfigError, match=r"'news_months' .* must be at least 1 month"):
            ws.batch([BatchRow(NAME, COMPANY, line=2)], no_search=True)
        assert ws.store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_the_timeliness_check_reads_what_a_sentence_names() -> None:
    ctx = DraftContext(PROFILE, None, dossier(recent_talk=True), today=TODAY)
    assert timeliness_check(["Congratulations on the second studio in Leeds!"], ctx).ok
    assert timeliness_check(["I train the new analysts on our team."], ctx).ok
    old = timeliness_check(["Congratulations on the BAFTA for Tidewater!"], ctx)
    assert not old.ok
    assert old.detail == ("calls it current (“Congratulations on the BAFTA for Tidewater!”), "
                          "but the research dates it May 2023, more than 18 months ago")


def test_an_item_named_by_its_figure_is_the_one_congratulated() -> None:
    """"Congratulations on the $640,000 grant" names the recent news by its amount, though
    its other words are the undated project's: nothing old is framed as current."""
    grant = "https://herald.example/grant"
    desk = "https://office.example/about"
    headline = "Tamarack office wins $640,000 state grant for two investigators"
    sources = [_source(grant, headline, "news", "2026-09-24", headline),
               _source(desk, "About", "website", None, "We built the video recovery desk.")]
    facts = [Fact(subject="company", field="news", value=headline, source_url=grant,
                  quote=headline),
             Fact(subject="company", field="projects", value="built the video recovery desk",
                  source_url=desk, quote="We built the video recovery desk.")]
    ctx = DraftContext(PROFILE, None, Dossier(
        person=Person(name="Gail Voss", employer="Tamarack Office"),
        company=Company(name="Tamarack Office"), sources=sources, facts=facts), today=TODAY)
    said = "Congratulations on the $640,000 grant – it will expand the video recovery desk."
    assert timeliness_check([said], ctx).ok
    later = DraftContext(PROFILE, None, ctx.dossier, today=date(2028, 11, 26))
    assert not timeliness_check([said], later).ok


def _intro(ctx: DraftContext, channel: str) -> str:
    draft = write_intro(ctx, PromptLibrary(None), OfflineGenerator(), channel)
    assert [c for c in draft.checks if not c.ok] == [], draft.body
    return draft.body + (draft.follow_up or "")


def test_an_offline_intro_names_an_old_talk_by_its_year() -> None:
    only_old = dossier()
    only_old.facts = [f for f in only_old.facts if f.field != "posts"]
    ctx = DraftContext(PROFILE, None, only_old, today=TODAY)
    for channel in ("email", "linkedin"):
        body = _intro(ctx, channel)
        assert "2022 talk" in body, body
        assert "recent" not in body and "Congratulations" not in body
    # With a talk from last month as well, that one is the reason, and may be called recent.
    ctx = DraftContext(PROFILE, None, dossier(recent_talk=True), today=TODAY)
    body = _intro(ctx, "email")
    assert "your recent talk “Small teams, big worlds”" in body.replace("Your", "your")
    assert "Designing for rain" not in body


def test_an_undated_piece_comes_before_an_old_one_and_is_never_recent() -> None:
    ctx = DraftContext(PROFILE, None, dossier(), today=TODAY)
    assert [d.title for d in ctx.details[:2]] == ["Why our levels start small",
                                                  "Designing for rain"]
    body = _intro(ctx, "email")
    assert "“Why our levels start small”" in body and "recent" not in body


def test_offline_questions_name_an_old_talk_by_its_year_and_prefer_the_newest() -> None:
    prompts = PromptLibrary(None)
    old = offline_candidates(prompts, dossier(), PROFILE, recency=Recency(TODAY))
    talk = next(q.text for q in old if "talk" in q.text)
    assert talk.startswith("In your 2022 talk “Designing for rain”, what point")
    # Two talks: the October 2026 one, though listed second, with no year (it is current).
    new = offline_candidates(prompts, dossier(recent_talk=True), PROFILE,
                             recency=Recency(TODAY))
    talk = next(q.text for q in new if "talk" in q.text)
    assert talk.startswith("In your talk “Small teams, big worlds”, what point")


def test_questions_from_the_workspace_use_its_clock(isolated_home: Path) -> None:
    with workspace(isolated_home, offline=True) as ws:
        texts = [q.text for q in ws.questions(NAME).kept]
    assert any(t.startswith("In your 2022 talk “Designing for rain”") for t in texts), texts


def _user_message(request: dict[str, object]) -> str:
    messages = request["messages"]
    assert isinstance(messages, list)
    return "\n".join(m["content"] for m in messages if m["role"] == "user")


def test_model_prompts_carry_each_items_date(isolated_home: Path,
                                             use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(
        {"questions": [{"text": "What drew you to narrative games after your first studio?",
                        "category": "career-path", "fact_ids": [], "why": "Your path."}]},
        {"verdicts": [{"id": 1, "googleable": False, "url": "", "quote": "",
                       "reason": "personal"}]},
    )
    with workspace(isolated_home) as ws:
        ws.questions(NAME)
    prompt = _user_message(use_llm.chat_requests()[0])
    assert "It is November 2026 now." in prompt
    assert "Cobalt Lane Studios opens a second studio in Leeds (2026-09-14) " \
        "(dated September 2026)" in prompt
    assert "Cobalt Lane Studios wins a BAFTA for Tidewater (2023-05-02) (dated May 2023: " \
        "more than 18 months ago)" in prompt
    assert "talks: Designing for rain (Pixel Summit) (dated June 2022: more than 18 months " \
        "ago)" in prompt


CURRENT = ("Hi Lena,\n\nI'm Maya Okafor, a data analyst exploring product work in games.\n\n"
           "Congratulations on your recent talk at Pixel Summit, “Designing for rain”! "
           "It is a big part of why I'm writing to you in particular.\n\n"
           "Would you have 20 minutes for a purely informational chat in the next few weeks? "
           "I'm not asking about jobs, just hoping to learn from your experience, and I'm "
           "happy to fit around your schedule, by phone or video.\n\n"
           "If the timing doesn't work, no worries at all.\n\nBest,\nMaya Okafor")
DATED = CURRENT.replace("Congratulations on your recent talk at Pixel Summit, “Designing for "
                        "rain”!", "I came across your 2022 talk at Pixel Summit, “Designing "
                        "for rain”.")


def test_a_model_intro_calling_an_old_talk_recent_is_sent_back(
        isolated_home: Path, use_llm: OpenAITestServer) -> None:
    use_llm.enqueue({"subject": "Your Pixel Summit talk", "body": CURRENT},
                    {"subject": "Your Pixel Summit talk", "body": DATED})
    with workspace(isolated_home) as ws:
        ws.save_profile(PROFILE)
        draft = ws.draft_intro(NAME)
    requests = use_llm.chat_requests()
    assert len(requests) == 2
    first = _user_message(requests[0])
    assert "date: June 2022 (old)" in first and "it is November 2026 now" in first
    revise = _user_message(requests[1])
    assert "timeliness: calls it current" in revise
    assert "the research dates it June 2022, more than 18 months ago" in revise
    assert draft.body == DATED
    timeliness = next(c for c in draft.checks if c.name == "timeliness")
    assert timeliness.ok


@pytest.mark.parametrize(("text", "day", "shown"), [
    ("2024-03-12T08:00:00Z", date(2024, 3, 12), "March 2024"),  # an RSS or meta timestamp
    ("Tue, 12 Mar 2024 10:00:00 GMT", date(2024, 3, 12), "March 2024"),
    ("at PyCon 2019", date(2019, 1, 1), "2019"),  # the year alone: never "January 2019"
])
def test_dates_are_read_from_timestamps_and_shown_as_precisely_as_known(
        text: str, day: date, shown: str) -> None:
    found = when_in(text)
    assert found is not None and found.day == day and found.text == shown


def test_the_cutoff_counts_calendar_months() -> None:
    assert Recency(TODAY).cutoff == date(2025, 5, 26)
    assert Recency(date(2026, 8, 31), months=6).cutoff == date(2026, 2, 28)


def test_old_news_called_the_latest_with_its_own_year_is_dated_as_it_is() -> None:
    """"The latest, the BAFTA for Tidewater in 2023" tells the reader when: nothing old is
    framed as current. Without the year, or congratulated, it still is."""
    ctx = DraftContext(PROFILE, None, dossier(recent_talk=True), today=TODAY)
    assert timeliness_check(["Three awards so far, the latest the BAFTA for Tidewater in "
                             "2023!"], ctx).ok
    assert not timeliness_check(["Three awards so far, the latest the BAFTA for "
                                 "Tidewater!"], ctx).ok
    assert not timeliness_check(["Congratulations on the BAFTA for Tidewater in 2023!"],
                                ctx).ok
