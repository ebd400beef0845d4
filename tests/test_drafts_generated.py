"""Offline drafts pass every check, whatever shape the profile, the dossier and the notes take.

Profiles, dossiers and call notes are generated from pools of realistic parts (long and short
names, employers of one to four words, talks with and without venues, dated and undated news,
missions written five ways, referrers or none), seeded so a failure can be replayed.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from infoprep.drafts.context import DraftContext
from infoprep.drafts.intro import write_intro
from infoprep.drafts.thankyou import write_thankyou
from infoprep.llm import OfflineGenerator
from infoprep.models import Company, Dossier, Fact, Person, Profile, Source
from infoprep.prompts import PromptLibrary

PROMPTS = PromptLibrary(None)
TODAY = date(2026, 3, 1)

USERS = ["Maya Okafor", "Li Wei", "Anna-Lena Müller-Schmidt", "Tomás de la Cruz", "Sam Patel"]
HEADLINES = [
    "Data analyst", "Data analyst exploring a move into energy-transition product work",
    "High-school chemistry teacher moving into learning design", "Recent graduate in economics",
    "Nurse exploring health informatics", "Mechanical engineer curious about climate tech",
]
BACKGROUNDS = [
    "Five years of analytics at a regional bank, mostly forecasting and dashboards",
    "I taught chemistry for eight years and built the school's first online course.",
    "BSc in Economics; internships in market research", "",
]
GOALS = [
    "Understand how product teams decide what to build",
    "learn which skills matter most for a first UX research role", "Find my next step", "",
]
ROLES = [[], ["product analyst"], ["product analyst", "associate product manager"],
         ["learning designer", "instructional designer", "curriculum developer"]]
INTERESTS = [[], ["forecasting"], ["grid storage", "user research"]]
PEOPLE = ["Lena Pryce", "Chidi Brandt", "Zanele Mensah", "Nadia Nasser", "Jo Li",
          "Maximilian Oberhauser-Lindqvist", "Ines Varga"]
COMPANIES = ["Cobalt Lane Studios", "Northgate Grid", "Quillfield Health", "Acme",
             "Harbourline Robotics Group Ltd", "City of Halden Transport Department"]
TITLES = ["Head of Product", "Director of Operations", "Senior Data Scientist", "Design Lead",
          "Engineering Manager", "Chief Executive Officer"]
MISSIONS = ["make every megawatt-hour of stored energy count",
            "to bring hospital-grade monitoring to every patient's kitchen table",
            "Streets should be safe for children", "affordable housing for every family",
            "We help small farms sell direct to restaurants"]
TALKS = [("Explainable dispatch", "Energy Storage Summit, London, February 2025"),
         ("Boring pipelines save lives", "DataConf 2023"), ("Why forecasts fail", ""),
         ("Energy Storage Summit", ""), ("Designing for clinicians who have no time at all", "")]
POSTS = [("What I got wrong about forecasting", "2 September 2025"),
         ("Why we stopped building dashboards", ""), ("Notes on hiring", "2026-01-20")]
FUNDING = [("£38 million Series B", "In March 2024 we raised a £38 million Series B."),
           ("$12m", "The company raised $12m in January 2026."),
           ("Series A", "We closed our Series A to grow the team.")]
NOTES = [
    "- Advice: learn SQL properly and build one small project end to end\n",
    "- She said the hardest part of the job is saying no to good ideas\n",
    '- Resource: the book "Inspired" by Marty Cagan\n',
    "- Suggested I talk to Aisha Bello, Head of Customer Success\n",
    "- Next: rewrite my CV summary around forecasting\n",
    "- Offered to introduce me to Daniel Osei at the city council\n",
]


def _fact(subject: str, field: str, value: str, quote: str, url: str) -> Fact:
    return Fact(subject=subject, field=field, value=value, source_url=url, quote=quote)


def generated(seed: int) -> tuple[DraftContext, str]:
    """A profile, a dossier (and maybe a referrer) and call notes, from `seed`."""
    rng = random.Random(seed)
    profile = Profile(
        name=rng.choice(USERS), headline=rng.choice(HEADLINES),
        background=rng.choice(BACKGROUNDS), goals=rng.choice(GOALS),
        interests=rng.choice(INTERESTS), target_roles=rng.choice(ROLES),
        location=rng.choice(["Leeds, UK", "", "Minneapolis"]),
        linkedin_premium=rng.random() < 0.3,
    )
    person, company, title = rng.choice(PEOPLE), rng.choice(COMPANIES), rng.choice(TITLES)
    first = person.split()[0]
    url = f"https://{company.split()[0].lower()}.example/"
    facts = [_fact("person", "title", title, f"{person}, {title}", url)]
    lines = [f"{person}, {title} at {company}."]
    published: str | None = None
    for field in rng.sample(["talks", "posts", "previous_employer", "funding", "products",
                             "founded", "mission", "topics"], k=rng.randint(1, 4)):
        if field == "talks":
            name, venue = rng.choice(TALKS)
            value = f"{name} ({venue})" if venue else name
            quote = f"{first} spoke at {venue}, in a talk called \"{name}\"." if venue else (
                f"{first} gave a talk called \"{name}\".")
        elif field == "posts":
            name, when = rng.choice(POSTS)
            value = f"{name} ({when})" if when else name
            quote = name
            published = published or (when if "-" in when else None)
        elif field == "previous_employer":
            value = rng.choice(["Octave Analytics", "Contoso Bank", "University of Leeds"])
            quote = f"{first} joined {company} in 2021 from {value}."
        elif field == "funding":
            value, quote = rng.choice(FUNDING)
        elif field == "products":
            value = rng.choice(["Tempo", "CareSignal", "the Halden cycle-lane map"])
            quote = f"We build {value}, used by teams every day."
        elif field == "founded":
            value = str(rng.randint(1990, 2020))
            quote = f"{company} was founded in {value}."
        elif field == "mission":
            value = rng.choice(MISSIONS)
            quote = f"Our mission: {value}."
        else:
            value = rng.choice(["clinical data pipelines", "grid-scale batteries"])
            quote = f"{first} works on {value}."
        subject = "company" if field in {"funding", "products", "founded", "mission"} else (
            "person")
        facts.append(_fact(subject, field, value, quote, url))
        lines.append(quote)
    dossier = Dossier(
        person=Person(name=person, title=title, employer=company),
        company=Company(name=company),
        sources=[Source(url=url, title=f"About {company}", kind="website",
                        fetched_at="2026-02-01", published=published, text="\n\n".join(lines))],
        facts=facts,
    )
    referrer = rng.choice([None, None, "Priya Natarajan", "Tom Okonkwo-Baptiste"])
    notes = f"Call with {person}.\n\n" + "".join(rng.sample(NOTES, k=rng.randint(2, 5)))
    return DraftContext(profile, None, dossier, referrer, today=TODAY), notes


@pytest.mark.parametrize("seed", range(60))
def test_every_offline_draft_passes_every_check(seed: int) -> None:
    ctx, notes = generated(seed)
    generator = OfflineGenerator()
    drafts = [write_intro(ctx, PROMPTS, generator, channel) for channel in ("email", "linkedin")]
    thanks = DraftContext(ctx.profile, None, ctx.dossier, ctx.referrer, notes, today=TODAY)
    drafts += [write_thankyou(thanks, PROMPTS, generator, channel)
               for channel in ("email", "linkedin")]
    for draft in drafts:
        failing = [f"{c.name}: {c.detail}" for c in draft.checks if not c.ok]
        assert failing == [], (draft.kind, draft.channel, draft.subject, draft.body,
                               draft.follow_up)
