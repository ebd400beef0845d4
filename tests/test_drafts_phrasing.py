"""Offline drafts read like a person wrote them: notes become clauses, the background is a
sentence, the cited detail fits its kind, and the grounding check knows ordinary words."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest
from drafting import FIXTURES, dossier

from infoprep.api import Workspace
from infoprep.drafts.context import DraftContext
from infoprep.drafts.grounding import unsupported_claims
from infoprep.drafts.intro import write_intro
from infoprep.drafts.pitch import write_pitch
from infoprep.drafts.shaping import background_sentence, clip, resources_in
from infoprep.drafts.text import sentences
from infoprep.models import Company, Dossier, Fact, Person, Profile, Source

EXAMPLES = FIXTURES.parent / "examples"


def _example_thankyou(run, home: Path) -> str:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", home / "profile.toml")
    result = run("draft-thankyou", "Jordan Rivera", "--notes", str(EXAMPLES / "call-notes.md"),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    return str(draft["body"])


def test_thankyou_turns_note_fragments_into_sentences(run, isolated_home: Path) -> None:
    body = _example_thankyou(run, isolated_home)
    notes = (EXAMPLES / "call-notes.md").read_text()
    # no "a; b" fragment of the notes is pasted in
    for left, right in re.findall(r"(\w+); (\w+)", notes):
        assert f"{left}; {right}" not in body
    assert "your advice to learn SQL properly" in body
    assert "Your point that a portfolio beats certificates" in body
    assert "My next step is to rewrite my CV summary around forecasting." in body


def test_thankyou_takes_timing_from_the_notes(run, isolated_home: Path) -> None:
    body = _example_thankyou(run, isolated_home)
    assert "I'll email Aisha next week" in body
    assert "this week" not in body  # the notes say next week


def test_thankyou_resource_phrasing_fits_kind_and_number(run, isolated_home: Path) -> None:
    body = _example_thankyou(run, isolated_home)
    assert "reading list" not in body  # a talk recording is watched, not read
    assert "watching the talk recording and reading the book" in body


def test_a_list_with_a_titles_commas_stays_whole() -> None:
    """"the videos …, and Ravi Menon's Blocks, Duties and Rosters": one list, said as written,
    with nothing said of what one does with each."""
    text = ("the free Bus Scheduling videos from the Transit Academy, and Ravi Menon's "
            "Blocks, Duties and Rosters")
    found = resources_in(text)
    assert [(r.text, r.verb) for r in found] == [(text, "")]


def test_resource_kinds() -> None:
    two = resources_in('the "Explainable dispatch" talk recording and the book "Inspired"')
    assert [(r.noun, r.verb) for r in two] == [("talk recording", "watch"), ("book", "read")]
    one = resources_in('the book "Thinking, Fast and Slow" by Daniel Kahneman')
    assert [(r.noun, r.verb) for r in one] == [("book", "read")]
    assert [r.verb for r in resources_in("the Streets for People newsletter")] == ["subscribe"]


def test_a_suggestion_put_in_the_users_words_reads_as_advice_and_reading(
    run, isolated_home: Path, tmp_path: Path
) -> None:
    """Notes as people write them: "She suggested I read …" is a resource to read, not a
    remark ("What you said about I read …"); the advice that says what to do is the one
    the note thanks for."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", isolated_home / "profile.toml")
    notes = tmp_path / "notes.md"
    notes.write_text(
        "- Jordan said the best analysts sit with the operations team for a month.\n"
        "- She suggested I read 'Inspired' by Marty Cagan.\n"
        "- Advice: build a small forecasting project with public grid data.\n",
        encoding="utf-8",
    )
    result = run("draft-thankyou", "Jordan Rivera", "--notes", str(notes), "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    body = " ".join(str(draft["body"]).split())
    assert "I read" not in body
    assert "your advice to build a small forecasting project with public grid data" in body
    assert "pointing me to 'Inspired' by Marty Cagan; it's at the top of my reading list" in body


@pytest.mark.parametrize(
    ("notes", "said", "not_said"),
    [
        (  # several sentences on a line; a remark about her said to her
            "Really useful chat. Jordan thinks finance people underestimate how messy energy "
            "data is.\nShe mentioned that most of her week is spent in customer calls.\n",
            ["Your point that finance people underestimate how messy energy data is"],
            ["Really useful chat", "her week"],
        ),
        (
            "She mentioned that most of her week is spent in customer calls, not in "
            "spreadsheets.\n",
            ["Your point that most of your week is spent in customer calls"],
            ["her week", "put it to work"],
        ),
        (  # a numbered list, advice as a bare imperative, two resources, her offer to write
            "Takeaways:\n1. Learn the basics of how the balancing market works\n"
            "2. Don't wait for the perfect role\nResources: Carbon Brief, the Modo Energy "
            "podcast\nPeople: Aisha Bello (customer success) - Jordan will email her\n",
            ["your advice to learn the basics of how the balancing market works",
             "pointing me to Carbon Brief and the Modo Energy podcast",
             "offering to introduce me to Aisha Bello"],
            ["carbon Brief", "listening to it"],
        ),
        (  # typed fast, in lower case
            "jordan was super friendly. she said the hardest part was learning to say no to "
            "features. she'll intro me to priya natarajan.\n",
            ["Your point that the hardest part was learning to say no to features",
             "offering to introduce me to Priya Natarajan"],
            [],
        ),
        (  # advice opening with a verb the note gives bare; the plan said to her
            "Advice: finish the Level 3 before applying; the board asks for it\n"
            "Next: send her my logs within two weeks and come to her session\n",
            ["your advice to finish the Level 3 before applying", "send you my logs",
             "come to your session"],
            ["What you said about finish", "send her", "send your", "her session"],
        ),
        (  # a course to explore: no "looking forward to looking into"
            "Advice: learn SQL properly\nResource: the online course on grid economics\n",
            ["looking forward to digging into it"],
            ["looking forward to looking into"],
        ),
        (
            "Call with Jordan, 20 Nov\n- told me to get comfortable with SQL before applying\n",
            ["your advice to get comfortable with SQL before applying"],
            ["advice to call", "to to"],
        ),
    ],
)
def test_notes_as_people_type_them_make_a_note_that_reads_well(
    run, isolated_home: Path, tmp_path: Path, notes: str, said: list[str], not_said: list[str]
) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", isolated_home / "profile.toml")
    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    result = run("draft-thankyou", "Jordan Rivera", "--notes", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert [c for c in draft["checks"] if not c["ok"]] == []
    body = " ".join(str(draft["body"]).split())
    for phrase in said:
        assert phrase in body
    for phrase in not_said:
        assert phrase not in body


def test_offered_introduction_is_not_a_promise_to_reach_out(run, isolated_home: Path) -> None:
    from drafting import notes_file, set_up

    name = set_up(isolated_home, "lena-okafor")
    result = run("draft-thankyou", name, "--notes", str(notes_file("lena-okafor")),
                 "--format", "json")
    body = json.loads(result.stdout)["body"]
    assert "offering to introduce me to Daniel Osei" in body
    assert "reading list" not in body  # a newsletter is subscribed to


@pytest.mark.parametrize(("line", "sentence"), [
    ("Five years of analytics at a regional bank, mostly forecasting and dashboards",
     "I've spent five years in analytics at a regional bank, mostly forecasting and "
     "dashboards."),
    ("Ten years of teaching high school chemistry", "I've spent ten years teaching high "
     "school chemistry."),
    ("6 years in retail management", "I've spent 6 years in retail management."),
    ("Six years of experience in supply chain planning",
     "I have six years of experience in supply chain planning."),
    ("Former nurse with a decade on oncology wards",
     "I'm a former nurse with a decade on oncology wards."),
    ("Civil engineering graduate from Lakeshore University",
     "I'm a civil engineering graduate from Lakeshore University."),
    ("Background in finance and operations", "I have a background in finance and operations."),
    ("Marketing and events for nonprofits", "My background is in marketing and events for "
     "nonprofits."),
    ("Worked in hospitality before retraining", "I worked in hospitality before retraining."),
    ("Currently a paralegal at a small firm", "I'm currently a paralegal at a small firm."),
    ("I have spent five years analysing data.", "I have spent five years analysing data."),
])
def test_background_becomes_a_sentence(line: str, sentence: str) -> None:
    assert background_sentence(line) == sentence


# Three more profiles of different shapes, beside the fixture and example ones.
EXTRA_PROFILES = [
    {"name": "Lee Wong", "headline": "high school chemistry teacher",
     "background": "Ten years of teaching chemistry in public schools, plus running the "
                   "science fair",
     "goals": "find out how people move from teaching into instructional design",
     "interests": ["learning science", "edtech"], "target_roles": ["instructional designer"],
     "location": "Denver"},
    {"name": "Priya Nair", "headline": "operations lead at a logistics startup",
     "background": "Background in supply chain planning and vendor management",
     "goals": "I want to understand what product managers in logistics software do all day",
     "interests": ["routing", "warehouse automation"],
     "target_roles": ["product manager", "solutions consultant"]},
    {"name": "Tom Berg", "headline": "Former army logistics officer",
     "background": "Former logistics officer, most recently managing a fleet of 40 vehicles",
     "goals": "learn which civilian roles value field operations experience",
     "interests": [], "target_roles": ["operations manager"], "location": "Oslo"},
]


def _profiles() -> list[Profile]:
    files = [*sorted((FIXTURES / "profiles").glob("*.toml")), EXAMPLES / "profile.toml"]
    loaded = [Profile.model_validate(tomllib.loads(f.read_text())) for f in files]
    return loaded + [Profile.model_validate(p) for p in EXTRA_PROFILES]


# A sentence of the speaker's own: "I …", a form of be/have, them as its object ("Everyone
# calls me Tobi"), or their own thing doing something ("My final-year project measured …"):
# the user's own prose said as written.
_HAS_VERB = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|is|are|was|were|have|has|want|spent|graduated|worked|me)\b"
    r"|^My\b.*\b\w{3,}ed\b")


@pytest.mark.parametrize("seconds", [20, 30, 60])
def test_pitch_reads_naturally(isolated_home: Path, seconds: int) -> None:
    with Workspace(isolated_home, offline=True) as ws:
        for profile in _profiles():
            draft = write_pitch(DraftContext(profile), ws.prompts, ws.generator, seconds)
            said = sentences(draft.body)
            assert all(_HAS_VERB.search(s) for s in said), draft.body
            # the background, in the first person ("For the last three years I have …" too;
            # a user's own prose may open with another line: "Everyone calls me Tobi. I grew …")
            assert re.search(r"\b(?:I|I'm|I've|My|my|me)\b", said[1]), draft.body
            failing = {c.name: c.detail for c in draft.checks if not c.ok}
            if seconds < 60:
                assert failing == {}, (profile.name, failing)
            else:  # a short profile may not fill a minute; it says so, without padding
                assert set(failing) <= {"length"}
                assert all("your profile gives" in d for d in failing.values())
            assert draft.body.count("exploring") <= 1


WORDY = Profile(
    name="Tegan Rossi",
    headline="night-shift supervisor at a grocery distribution centre studying a Certificate IV"
             " in Human Resources",
    background="For the past six years I have supervised a night-shift crew of around forty"
               " pickers, loaders and forklift drivers at a large grocery distribution centre in"
               " Melbourne's west, where I handle rosters, onboarding and return-to-work plans."
               " Before that I worked my way up from casual picker to team leader.",
    goals="understand what an HR business partner actually does day to day in a large logistics"
          " business, and whether my operational background would be valued or held against me",
    interests=["workforce planning", "industrial relations"],
    target_roles=["HR coordinator", "HR advisor"],
)


@pytest.mark.parametrize("seconds", [15, 20, 30])
def test_a_wordy_profile_still_gives_a_short_pitch_that_fits(
    isolated_home: Path, seconds: int
) -> None:
    """Long headline, background and goals: a short pitch cuts each part at a clause or a
    detail instead of running over the time."""
    with Workspace(isolated_home, offline=True) as ws:
        draft = write_pitch(DraftContext(WORDY), ws.prompts, ws.generator, seconds)
    assert {c.name: c.detail for c in draft.checks if not c.ok} == {}, draft.body
    assert draft.body.startswith("Hi, I'm Tegan Rossi, a night-shift supervisor")
    assert all(_HAS_VERB.search(s) for s in sentences(draft.body)), draft.body
    assert not re.search(r"\b(?:at|in|of|and|the|a)\.", draft.body), draft.body  # no torn ends


def test_a_pitch_says_where_the_user_is_once_and_keeps_their_capitals(
        isolated_home: Path) -> None:
    """The headline names the town, so the close does not say it again; an interest keeps
    the capital the user gives its word in their own sentences ("my brother is Deaf")."""
    profile = Profile.model_validate(tomllib.loads(
        (FIXTURES / "profiles" / "carmela-dizon.toml").read_text(encoding="utf-8")))
    with Workspace(isolated_home, offline=True) as ws:
        short = write_pitch(DraftContext(profile), ws.prompts, ws.generator, 20)
        full = write_pitch(DraftContext(profile), ws.prompts, ws.generator, 60)
    for draft in (short, full):
        assert {c.name: c.detail for c in draft.checks if not c.ok} == {}, draft.body
        assert draft.body.count("Winnipeg") == 1 + draft.body.count("Winnipeg's"), draft.body
        assert "based in" not in draft.body
    assert "Deaf community access" in full.body
    assert "healthcare interpreting" in full.body


def test_an_intro_says_where_the_user_is_once(isolated_home: Path) -> None:
    profile = Profile.model_validate(tomllib.loads(
        (FIXTURES / "profiles" / "carmela-dizon.toml").read_text(encoding="utf-8")))
    other = profile.model_copy(update={"headline": "Deaf studies graduate and interpreter "
                                       "booking coordinator"})
    with Workspace(isolated_home, offline=True) as ws:
        said = write_intro(DraftContext(profile, None, dossier("maya-chen")), ws.prompts,
                           ws.generator, "email")
        unsaid = write_intro(DraftContext(other, None, dossier("maya-chen")), ws.prompts,
                             ws.generator, "email")
    assert said.body.count("Winnipeg") == 1, said.body
    assert "based in Winnipeg, Manitoba, Canada" in unsaid.body, unsaid.body


def _detail_dossier(field: str, value: str, quote: str) -> Dossier:
    pages = EXAMPLES / "jordan-rivera"
    text = " ".join(re.sub(r"<[^>]+>", " ", p.read_text()) for p in sorted(pages.glob("*.html")))
    url = "https://brightline-energy.example/about"
    return Dossier(
        person=Person(name="Jordan Rivera", title="Head of Product", employer="Brightline Energy"),
        company=Company(name="Brightline Energy"),
        sources=[Source(url=url, title="About", kind="website", fetched_at="2025-01-01",
                        text=text)],
        facts=[Fact(subject="person", field=field, value=value, source_url=url, quote=quote)],
    )


TALK = ('I spoke about this at the Energy Storage Summit in London in February 2025, in a talk '
        'called "Explainable dispatch".')


@pytest.mark.parametrize(("field", "value", "quote", "email", "note"), [
    ("talks", "Energy Storage Summit", TALK, "your talk at the Energy Storage Summit",
     "Your talk at the Energy Storage Summit really stuck with me."),
    ("posts", "What I got wrong about forecasting", "What I got wrong about forecasting",
     "your post “What I got wrong about forecasting”",
     "Your post “What I got wrong about forecasting” really stuck with me."),
    ("previous_employer", "Octave Analytics", "Jordan joined Brightline Energy in 2021 from "
     "Octave Analytics", "your move from Octave Analytics to Brightline Energy",
     "Your move from Octave Analytics to Brightline Energy caught my eye."),
    ("products", "Tempo", "We build Tempo, a software platform that forecasts prices",
     "Brightline Energy's work on Tempo", "Brightline Energy's work on Tempo caught my eye."),
    ("funding", "£38 million Series B", "In March 2024 we raised a £38 million Series B led by "
     "Northwind Climate Partners.", "Congratulations on Brightline Energy's £38 million Series B;",
     "Congratulations on Brightline Energy's £38 million Series B!"),
])
def test_cited_detail_reads_naturally(isolated_home: Path, field: str, value: str, quote: str,
                                      email: str, note: str) -> None:
    profile = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))
    # A month after the round: news that is still news.
    ctx = DraftContext(profile, None, _detail_dossier(field, value, quote),
                       today=date(2024, 4, 15))
    with Workspace(isolated_home, offline=True) as ws:
        mail = write_intro(ctx, ws.prompts, ws.generator, "email")
        linkedin = write_intro(ctx, ws.prompts, ws.generator, "linkedin")
    assert email.casefold() in mail.body.casefold()
    assert note in linkedin.body
    for draft in (mail, linkedin):
        assert [c for c in draft.checks if not c.ok] == []


def test_a_talk_with_a_long_venue_is_still_the_detail_named(isolated_home: Path) -> None:
    """The person's own talk is the best reason to write to them; a long venue and date
    after its title ("(LaunchCraft Summit 2025, October 9, 2025)") do not rule it out."""
    profile = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))
    value = ("Launching into a crowded shelf: the Tern Pro playbook "
             "(LaunchCraft Summit 2025, October 9, 2025)")
    assert len(value) > 90
    dossier = _detail_dossier("talks", value, "Launching into a crowded shelf: the Tern Pro "
                              "playbook")
    dossier.facts.append(Fact(subject="company", field="products", value="Tempo",
                              source_url=dossier.sources[0].url,
                              quote="We build Tempo, a software platform"))
    ctx = DraftContext(profile, None, dossier, today=date(2025, 11, 1))
    with Workspace(isolated_home, offline=True) as ws:
        mail = write_intro(ctx, ws.prompts, ws.generator, "email")
    assert "talk “Launching into a crowded shelf: the Tern Pro playbook”" in mail.body
    assert "work on Tempo" not in mail.body


def test_fixture_podcast_is_listened_to(isolated_home: Path) -> None:
    profile = Profile.model_validate(
        tomllib.loads((FIXTURES / "profiles" / "sam-patel.toml").read_text()))
    # The episode is from January 2024: in September it is no longer recent, not yet old.
    ctx = DraftContext(profile, None, dossier("lena-okafor"), today=date(2024, 9, 1))
    with Workspace(isolated_home, offline=True) as ws:
        draft = write_intro(ctx, ws.prompts, ws.generator, "email")
        assert "I listened to your podcast conversation about the 15-minute neighbourhood" in (
            draft.body)
        # Almost three years on, it is named by its year.
        ctx = DraftContext(profile, None, dossier("lena-okafor"), today=date(2026, 11, 26))
        draft = write_intro(ctx, ws.prompts, ws.generator, "email")
    assert "I listened to your 2024 podcast conversation about the 15-minute neighbourhood" \
        in draft.body


def _maya() -> DraftContext:
    profile = Profile.model_validate(
        tomllib.loads((FIXTURES / "profiles" / "ana-ruiz.toml").read_text()))
    return DraftContext(profile, None, dossier("maya-chen"))


def test_an_ordinary_word_opening_a_sentence_is_not_a_name() -> None:
    text = "Quick note from a fellow Minneapolis data person. Short question, really."
    assert unsupported_claims(text, _maya().support) == []


def test_a_place_named_in_another_role_does_not_support() -> None:
    # Chicago is where the conference was, not where anyone works.
    flagged = unsupported_claims("Quick note from a fellow Chicago data person.",
                                 _maya().support)
    assert [c.phrase for c in flagged] == ["Chicago"]


def test_a_wrong_lower_case_topic_is_flagged() -> None:
    ok = "Your post about replacing dashboards with short written briefs stuck with me."
    assert unsupported_claims(ok, _maya().support) == []
    wrong = "Your post about replacing dashboards with weekly slide decks stuck with me."
    assert [c.kind for c in unsupported_claims(wrong, _maya().support)] == ["topic"]


@pytest.mark.parametrize("opening", ["Simple question from a fellow analyst.",
                                     "Genuine thanks for putting your thinking online."])
def test_a_frequent_english_word_opening_a_sentence_is_not_a_name(opening: str) -> None:
    assert unsupported_claims(opening, _maya().support) == []


def test_a_frequent_word_before_a_capitalised_one_may_still_be_a_name() -> None:
    flagged = unsupported_claims("Summit Partners led the round.", _maya().support)
    assert [c.phrase for c in flagged] == ["Summit Partners"]


def test_a_topic_stops_where_a_place_or_number_begins() -> None:
    lena = DraftContext(Profile.model_validate(tomllib.loads(
        (FIXTURES / "profiles" / "sam-patel.toml").read_text())), None, dossier("lena-okafor"))
    text = ("Your talk about pop-up street trials on episode 42 of the Civic Design Podcast "
            "changed how I see public meetings.")
    assert unsupported_claims(text, lena.support) == []


def test_a_rare_word_about_their_work_must_be_known() -> None:
    ok = ("The way Northwind Health moved its clinical data pipelines from nightly batch jobs "
          "to streaming is the change I'd like to understand.")
    assert unsupported_claims(ok, _maya().support) == []
    wrong = ok.replace("nightly", "hourly")
    assert [(c.phrase, c.kind) for c in unsupported_claims(wrong, _maya().support)] == [
        ("hourly", "term")]


def test_a_title_before_a_name_ends_no_sentence() -> None:
    assert sentences("I was a researcher in Dr. Karen Liu's lab. Then Prof. Park hired me.") == [
        "I was a researcher in Dr. Karen Liu's lab.", "Then Prof. Park hired me."]
    assert sentences("I served six years in the U.S. Army as a mechanic. Then I moved.") == [
        "I served six years in the U.S. Army as a mechanic.", "Then I moved."]
    # Place and number abbreviations: "Sto. Tomas", "Ft. Worth", "No. 5".
    assert sentences("You ran the plant in Sto. Tomas for eight years. Then Ft. Worth, and "
                     "Line No. 5.") == ["You ran the plant in Sto. Tomas for eight years.",
                                        "Then Ft. Worth, and Line No. 5."]


def test_a_sales_assistant_in_the_profile_is_no_page_instruction(isolated_home: Path) -> None:
    """"…starting as a sales assistant, and …" is the user's own prose, not text addressing
    an AI: the offline pitch built from it passes the placeholder check."""
    profile = Profile(
        name="Callum Reid", headline="store manager moving into sustainability",
        background="I have worked in fashion retail for eleven years, starting as a sales"
                   " assistant, and for the last four I have managed a city-centre store.",
        goals="learn what a sustainability team at a retailer actually does",
        target_roles=["sustainability coordinator"],
    )
    with Workspace(isolated_home, offline=True) as ws:
        draft = write_pitch(DraftContext(profile), ws.prompts, ws.generator, 60)
    assert "sales assistant, and" in draft.body
    assert next(c for c in draft.checks if c.name == "no placeholders").ok


def test_a_talk_is_named_by_what_it_is_not_by_a_word_in_its_title(isolated_home: Path) -> None:
    """A talk called "… What We Learned from Stay Interviews" is a talk, not an interview;
    a podcast episode is named without its number."""
    profile = Profile.model_validate(tomllib.loads((EXAMPLES / "profile.toml").read_text()))
    talk = ("Keeping Night Shift Nurses: What We Learned from Stay Interviews "
            "(Great Lakes Nurse Leader Summit, April 11, 2024)")
    with Workspace(isolated_home, offline=True) as ws:
        mail = write_intro(DraftContext(profile, None, _detail_dossier(
            "talks", talk, "Keeping Night Shift Nurses: What We Learned from Stay Interviews"),
            today=date(2024, 6, 1)), ws.prompts, ws.generator, "email")
        assert "talk “Keeping Night Shift Nurses" in mail.body
        assert "interview “" not in mail.body
        episode = "Episode 112: Native yeast and nervous fathers (Slow Ferment Podcast, 2025)"
        mail = write_intro(DraftContext(profile, None, _detail_dossier(
            "talks", episode, "Episode 112: Native yeast and nervous fathers"),
            today=date(2025, 3, 1)), ws.prompts, ws.generator, "email")
    assert "podcast conversation “Native yeast and nervous fathers”" in mail.body
    assert "Episode 112" not in mail.body


def test_a_background_written_as_first_person_prose_is_said_as_written(
        isolated_home: Path) -> None:
    """"Everyone calls me Dayo. I grew up in Ibadan …" is the user's own prose: the pitch says
    it, never "My background is in everyone calls me Dayo"."""
    profile = Profile(
        name="Adedayo Okonkwo", headline="lighting technician moving into theatre lighting",
        background="Everyone calls me Dayo. I grew up in Ibadan and lit concerts in Lagos for "
                   "four years.",
        goals="learn how a producing theatre's lighting department hires", interests=[],
        target_roles=["lighting technician"])
    with Workspace(isolated_home, offline=True) as ws:
        draft = write_pitch(DraftContext(profile), ws.prompts, ws.generator, 30)
    assert "Everyone calls me Dayo." in draft.body
    assert "background is in everyone" not in draft.body.casefold()


STORYTELLER = Profile(
    name="Elspeth Guthrie",
    headline="former English teacher retraining as a lexicographer",
    background=(
        "I grew up in Dundee. I taught English at Balgay Academy for 26 years, from 1998 to "
        "2024, the last eleven of them as Principal Teacher of English. In 2019 my S3 pupils "
        "and I collected about 600 Dundee words and phrases into a glossary, which the public "
        "library published and which local schools still use in their Scots lessons. I left "
        "teaching in June 2024. Since then I have worked as a freelance proofreader for two "
        "Scottish educational publishers, checking grammar workbooks, reading anthologies "
        "and exam revision guides for pupils aged eleven to eighteen, and as an exam marker "
        "for National 5 and Higher English, marking critical essays and close reading papers "
        "every spring. In 2025 I finished a ten-week online course in practical lexicography, "
        "where I drafted forty entries for a learner's dictionary, wrote example sentences "
        "for each sense and had them reviewed by a senior editor. I also volunteer on "
        "Saturdays at the Dundee Central Library's reading club for adults learning English, "
        "where I help with vocabulary, pronunciation and letter writing."),
    goals="learn how an English teacher becomes a lexicographer",
    target_roles=["dictionary editor"],
)


@pytest.mark.parametrize("seconds", [30, 60])
def test_a_background_told_in_sentences_is_said_in_whole_ones(isolated_home: Path,
                                                              seconds: int) -> None:
    """A pitch takes as many of the background's sentences as its time allows: never half a
    sentence ("… my pupils."), never more than fits."""
    with Workspace(isolated_home, offline=True) as ws:
        draft = write_pitch(DraftContext(STORYTELLER), ws.prompts, ws.generator, seconds)
    assert [c.name for c in draft.checks if not c.ok] == []
    told = sentences(STORYTELLER.background)
    for said in sentences(draft.body):
        assert said in told or not said.startswith(("I ", "In ", "Since ")), said


VETERAN = Profile.model_validate(tomllib.loads(
    (FIXTURES / "profiles" / "troy-haskins.toml").read_text(encoding="utf-8")))


def test_a_short_pitch_from_a_long_background_says_a_clause_of_it(isolated_home: Path) -> None:
    """Twenty seconds leave room for one clause of a long background ("I served 20 years in
    the US Army"): that is the background said, and the check sees it; a pitch without any
    of it still fails."""
    from infoprep.drafts.rules import run_checks
    from infoprep.models import Draft

    with Workspace(isolated_home, offline=True) as ws:
        draft = write_pitch(DraftContext(VETERAN), ws.prompts, ws.generator, 20)
    assert "I served 20 years in the US Army" in draft.body
    assert [c.name for c in draft.checks if not c.ok] == []
    bare = Draft(kind="pitch", channel="spoken", generator="offline", body=(
        "Hi, I'm Troy Haskins, a retired Army logistics NCO in Dayton, Ohio. I'm looking at "
        "roles such as logistics coordinator. Above all, I want to understand how freight "
        "crosses the US-Mexico border."))
    failing = {c.name: c.detail for c in run_checks(bare, DraftContext(VETERAN), 20)
               if not c.ok}
    assert "background" in failing.get("required parts", "")


def test_a_goal_cut_short_keeps_day_to_day_whole() -> None:
    goal = ("understand what quality assurance work in a fish processing and export plant "
            "looks like day to day, and how a chemist can move into it")
    assert clip(goal, 16).endswith("looks like day to day")
    assert clip("learn how a team plans its work, and how it hires", 8) == (
        "learn how a team plans its work")


def test_a_part_cut_short_is_never_cut_inside_brackets_or_a_comparison() -> None:
    assert clip("understand how pilots train for a port as busy as Singapore, and what the "
                "simulator phase asks", 9) == "understand how pilots train for a port"
    assert "(" not in clip("a chemistry teacher (BSc 2010, Tbilisi State University) moving "
                           "into viticulture in Mendoza", 6)
    # nor after a word that needs what follows it
    assert clip("statistics master's student at Tampere University who wants to move into "
                "data journalism at a news desk", 10) == (
        "statistics master's student at Tampere University")


def test_an_imperative_before_an_honorific_is_lowered() -> None:
    from infoprep.drafts.shaping import lower_first

    assert lower_first("Ask Dr Thapa about workshop hours") == "ask Dr Thapa about workshop hours"
    assert lower_first("Carbon Brief is good") == "Carbon Brief is good"
