"""A fictional person's dossier built from fixtures/questions, for the questions tests."""

from __future__ import annotations

from pathlib import Path

from infoprep.api import Workspace
from infoprep.models import Company, Dossier, Fact, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.finder import PassageFinder
from infoprep.questions.googleable import GoogleableFilter
from infoprep.questions.reader import AnswerReader
from infoprep.records import ensure_contact, save_dossier

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "questions"
ABOUT = "https://fernbank.example/about"
BIO = "https://fernbank.example/team/priya-raman"
BLOG = "https://priya.example/no-shows"
URLS = {"fernbank_about.txt": ABOUT, "priya_bio.txt": BIO, "priya_blog.txt": BLOG}


def source_text(url: str) -> str:
    name = next(k for k, v in URLS.items() if v == url)
    return (FIXTURES / name).read_text(encoding="utf-8")


def fernbank_dossier() -> Dossier:
    sources = [
        Source(url=url, title=name, kind="website", text=(FIXTURES / name).read_text("utf-8"))
        for name, url in URLS.items()
    ]
    facts = [
        Fact(subject="person", field="previous_employer", value="Kaiser Permanente",
             source_url=BIO,
             quote="Before Fernbank, Priya spent six years at Kaiser Permanente as a health "
                   "economist."),
        Fact(subject="person", field="talks", value="Predicting no-show appointments",
             source_url=BIO,
             quote="Priya spoke at the 2024 HIMSS conference on predicting no-show "
                   "appointments."),
        Fact(subject="person", field="employer", value="Fernbank Health", source_url=BIO,
             quote="She joined Fernbank in 2020."),
        Fact(subject="company", field="products", value="CareLoop", source_url=ABOUT,
             quote="Fernbank's flagship product is CareLoop, a patient app for booking visits "
                   "and messaging clinicians."),
    ]
    return Dossier(
        person=Person(name="Priya Raman", title="Head of Data Science", employer="Fernbank Health"),
        company=Company(name="Fernbank Health"),
        sources=sources,
        facts=facts,
    )


def store_dossier(home: Path | None = None) -> int:
    """Save the dossier for contact "Priya Raman" in the test's home; returns the contact id."""
    with Workspace(home, offline=True) as ws:
        contact = ensure_contact(ws.store, "Priya Raman", "Fernbank Health")
        save_dossier(ws.store, contact.id, fernbank_dossier())
        return contact.id


def judge_over(
    name: str, employer: str, sources: dict[str, str], reader: AnswerReader | None = None,
    finder: PassageFinder | None = None,
) -> GoogleableFilter:
    """The offline judge over a dossier of `sources` (url: text) about `name` at `employer`
    (with the rules alone unless a `reader` is given; the reader reads what bm25 finds, and
    what a `finder` finds too when one is given)."""
    dossier = Dossier(
        person=Person(name=name, employer=employer),
        company=Company(name=employer),
        sources=[Source(url=url, title=url, text=text) for url, text in sources.items()],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=reader,
                            finder=finder)


def dropped_quoting(judge: GoogleableFilter, question: str, quote_has: str) -> None:
    """Assert the judge drops `question` with a quote holding `quote_has`."""
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and quote_has in verdict.evidence.quote, verdict.evidence
