"""The answer reader: a question the rules keep is dropped when the small language model reads
one of its nearest passages as stating the answer in other words; personal questions stay kept;
the command line uses the reader by default."""

from __future__ import annotations

import json

import pytest
from questions_support import dropped_quoting

from infoprep.models import Company, Dossier, Person, Source
from infoprep.prompts import PromptLibrary
from infoprep.questions.evidence import EvidenceIndex
from infoprep.questions.googleable import _READ_THRESHOLD, GoogleableFilter
from infoprep.questions.reader import AnswerReader, default_reader

CAREERS = "https://gullwing.example/careers"
BIO = "https://gullwing.example/team/marta"
CAREERS_TEXT = (
    "Gullwing Renewables services onshore wind turbines across the Scottish Highlands.\n"
    "Weekend work is paid at time and a half.\n"
    "Every technician gets a training budget of £1,500 a year for courses and certificates.\n"
    "Our depot is in Inverness, next to the harbour.\n"
    "Gullwing employs 84 people, 60 of them technicians."
)
BIO_TEXT = (
    "Marta Ferreira-Lund leads the Inverness crew at Gullwing Renewables.\n"
    "She spent eight years offshore in oil and gas before joining in 2019."
)
# Each is kept by the rules alone: its words are not the page's.
PARAPHRASED = [
    ("Do you get paid more for working on a Saturday?", "Weekend work is paid at time and a half."),
    ("Do technicians get money for training?",
     "Every technician gets a training budget of £1,500 a year for courses and certificates."),
]


def _judge(reader: AnswerReader | None) -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Marta Ferreira-Lund", employer="Gullwing Renewables"),
        company=Company(name="Gullwing Renewables"),
        sources=[
            Source(url=CAREERS, title="Careers", text=CAREERS_TEXT),
            Source(url=BIO, title="Marta", text=BIO_TEXT),
        ],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=reader)


@pytest.fixture(scope="module")
def judge() -> GoogleableFilter:
    return _judge(default_reader())


def test_the_reader_scores_an_answer_above_a_passage_on_the_same_topic() -> None:
    scores = default_reader().scores(
        "Is there extra pay for working weekends?",
        ["Weekend work is paid at time and a half.",
         "Gullwing Renewables services onshore wind turbines across the Scottish Highlands."],
    )
    assert len(scores) == 2
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] > _READ_THRESHOLD > scores[1]


@pytest.mark.parametrize(("question", "quote"), PARAPHRASED)
def test_a_question_answered_in_other_words_is_dropped_with_its_passage(
    judge: GoogleableFilter, question: str, quote: str
) -> None:
    assert not _judge(None).judge_one(question).googleable  # the rules alone keep it
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert (verdict.evidence.url, verdict.evidence.quote) == (CAREERS, quote)
    assert "other words" in verdict.reason
    assert verdict.rewrite and quote.rstrip(".") in verdict.rewrite


@pytest.mark.parametrize("question", [
    "What made you choose wind energy over oil and gas?",
    "What's the biggest lesson you've learned leading a crew?",
    "Do you have any advice for someone leaving offshore work?",
])
def test_personal_questions_stay_kept(judge: GoogleableFilter, question: str) -> None:
    assert not judge.judge_one(question).googleable


def test_a_question_the_research_does_not_answer_stays_kept(judge: GoogleableFilter) -> None:
    verdict = judge.judge_one("How many turbines does a crew look after in a typical week?")
    assert not verdict.googleable, verdict.evidence


def test_the_command_line_drops_with_the_reader_by_default(run, isolated_home) -> None:
    from infoprep.api import Workspace
    from infoprep.records import ensure_contact, save_dossier

    with Workspace(isolated_home, offline=True) as ws:
        contact = ensure_contact(ws.store, "Marta Ferreira-Lund", "Gullwing Renewables")
        save_dossier(ws.store, contact.id, _judge(None).index.dossier)
    mine = ("Is there extra pay for working weekends?\n"
            "What made you choose wind energy over oil and gas?\n")
    result = run("--offline", "questions", "Marta Ferreira-Lund", "--check", "-",
                 "--format", "json", input=mine)
    assert result.exit_code == 0, result.output
    paid, why = json.loads(result.stdout)
    assert paid["googleable"] is True
    assert paid["evidence"] == {"url": CAREERS, "quote": "Weekend work is paid at time and a half."}
    assert why["googleable"] is False and why["evidence"] is None


@pytest.mark.xfail(strict=True, reason="a known miss of the reader trained on fresh2 to fresh26")
def test_a_casual_ask_of_pay_is_read_as_answered(judge: GoogleableFilter) -> None:
    # The reader shipped before it dropped this at 0.71; the one trained with fresh18 to
    # fresh21 scores it 0.10 beside the same line (and 0.92 for "Is there extra pay for
    # working weekends?"), while it is better on the sets it never saw. Kept here so a
    # retrain that reads it again is noticed.
    assert judge.judge_one("Do you guys pay extra for weekend shifts?").googleable


@pytest.mark.parametrize(("question", "quote"), [
    ("I've got two kids at home. Do you guys pay extra for weekend shifts?",
     "Weekend work is paid at time and a half."),
    ("Certificates cost a lot, so I have to ask: do technicians get money for training?",
     "Every technician gets a training budget of £1,500 a year for courses and certificates."),
])
def test_a_question_after_a_few_words_of_set_up_is_read_for_what_it_asks(
    judge: GoogleableFilter, question: str, quote: str
) -> None:
    # The set-up opens the text, so its first words ask nothing; the clause that asks does.
    assert not _judge(None).judge_one(question).googleable
    verdict = judge.judge_one(question)
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None and verdict.evidence.quote == quote


def test_judging_many_questions_at_once_gives_each_the_verdict_it_gets_alone(
    judge: GoogleableFilter,
) -> None:
    # The reader reads every kept question's passages in one pass, in batches sorted by
    # length: each score must come back to its own question.
    questions = [
        "Is there extra pay for working weekends?",
        "What made you choose wind energy over oil and gas?",
        "How many turbines does a crew look after in a typical week?",
        "Do technicians get money for training?",
        "Where is the depot?",
    ]
    together = judge.judge_offline(questions)
    assert [v.text for v in together] == questions
    assert together == [judge.judge_one(q) for q in questions]
    assert [v.googleable for v in together] == [True, False, False, True, True]


def test_the_reader_scores_pairs_of_any_length_in_their_own_order() -> None:
    reader = default_reader()
    pairs = [
        ("Do you guys pay extra for weekend shifts?", "Weekend work is paid at time and a half."),
        ("Where is the depot?", CAREERS_TEXT.replace("\n", " ")),
        ("Do technicians get money for training?", "Our depot is in Inverness."),
    ]
    together = reader.score_pairs(pairs)
    alone = [reader.scores(q, [p])[0] for q, p in pairs]
    assert together == pytest.approx(alone, abs=1e-4)


def test_an_open_question_is_not_read_as_answered_by_a_line_on_its_topic() -> None:
    # The reader alone scores the head count high for this bank question; an open question
    # (no fact kind, no answer shape) is left to the rules.
    judge = _judge(default_reader())
    verdict = judge.judge_one(
        "What kind of person tends to thrive on your team, and who tends to find it hard?")
    assert not verdict.googleable, verdict.evidence


def test_a_line_with_no_answer_of_the_shape_asked_is_not_read_as_the_answer() -> None:
    # The reader alone scores this line above its threshold for the question; it holds no
    # size of an office and no word of the question but the place, so it answers nothing.
    dossier = Dossier(
        person=Person(name="Tamsin Okoye", employer="Harrowgate Analytics"),
        company=Company(name="Harrowgate Analytics"),
        sources=[Source(url=BIO, title="Tamsin", text=(
            "Tamsin Okoye is a data engineer at Harrowgate Analytics.\n"
            "I live in Leeds with my partner and an unreasonably large dog named Biscuit."))],
    )
    question = "How big is the Leeds office?"
    line = "I live in Leeds with my partner and an unreasonably large dog named Biscuit."
    assert default_reader().scores(question, [line])[0] > _READ_THRESHOLD
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    assert not judge.judge_one(question).googleable


LINEN = "https://brightfold.example/services"


def _linen_judge(lines: list[str]) -> GoogleableFilter:
    dossier = Dossier(
        person=Person(name="Iris Vantongeren", employer="Brightfold Linen"),
        company=Company(name="Brightfold Linen"),
        sources=[Source(url=LINEN, title="Services", text="\n".join([
            "Brightfold Linen washes sheets, towels and scrubs for clinics around Duluth.",
            *lines,
            "Brightfold was founded in 1987 and employs 120 people.",
        ]))],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())


def test_how_heavy_is_answered_by_a_weight_in_its_units() -> None:
    # (A question the reader scores well clear of its threshold: a score within a few
    # thousandths of it moves across onnxruntime releases.)
    question = "How heavy is what a route driver lifts?"
    weighed = _linen_judge(["Route drivers lift carts of up to 40 pounds."]).judge_one(question)
    assert weighed.googleable, weighed.reason
    assert weighed.evidence is not None
    assert weighed.evidence.quote == "Route drivers lift carts of up to 40 pounds."
    # A line on the same work with other numbers in it does not say how heavy.
    unweighed = _linen_judge(
        ["Route drivers lift carts all day, eight hours a shift, five shifts a week."]
    ).judge_one(question)
    assert not unweighed.googleable, unweighed.evidence


def test_a_yes_or_no_question_after_a_condition_or_another_question_is_read() -> None:
    # "If …, am I …?" and "How …? Is there …?" ask yes or no: the reader reads for an answer.
    judge = _linen_judge([
        "Medical and dental cover starts on day one; Brightfold pays the full premium for you "
        "and half of it for your family.",
        "Route drivers must be able to lift 50 pounds and hold a regular driver's license.",
    ])
    covered = judge.judge_one("If I put my two kids on the health plan, am I stuck paying "
                              "their whole premium?")
    assert covered.googleable, covered.reason
    assert covered.evidence is not None and "half of it for your family" in covered.evidence.quote
    lifted = judge.judge_one("How strong do I have to be? Is there a physical requirement?")
    assert lifted.googleable, lifted.reason
    assert lifted.evidence is not None and "lift 50 pounds" in lifted.evidence.quote


def test_an_open_question_is_dropped_only_when_the_reader_is_sure() -> None:
    # An open question (no fact kind, no shape of answer) is read too, but a line must score
    # far above the usual threshold: a line on the same topic is not its answer.
    dossier = Dossier(
        person=Person(name="Ada Quint", employer="Larkspur Labs"),
        company=Company(name="Larkspur Labs"),
        sources=[Source(url=CAREERS, title="About", text=(
            "Larkspur Labs was founded in 2004.\n"
            "We don't accept bacteria samples on Thursdays or Fridays: the test takes 48 hours "
            "and the lab is closed on weekends.\n"
            "Field technicians must be able to hike 10 miles a day carrying a 30-pound pack.\n"
            "We employ 140 people across three counties."))],
    )
    judge = GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())
    verdict = judge.judge_one("Why won't the lab take my bacteria sample on a Thursday?")
    assert verdict.googleable
    assert verdict.evidence is not None
    assert verdict.evidence.quote.startswith("We don't accept bacteria samples on Thursdays")
    kept = judge.judge_one(
        "What kind of person tends to thrive on your team, and who tends to find it hard?")
    assert not kept.googleable, kept.evidence


def test_the_people_of_a_part_are_not_counted_by_the_whole_s_headcount() -> None:
    question = "How many people work on the second shift?"
    whole = _linen_judge(["The second shift runs from 3 p.m. to 11 p.m."]).judge_one(question)
    assert not whole.googleable, whole.evidence  # 120 people is everyone
    part = _linen_judge(["The second shift of 38 people runs from 3 p.m. to 11 p.m."])
    counted = part.judge_one(question)
    assert counted.googleable and counted.evidence is not None, counted.reason
    assert "38 people" in counted.evidence.quote


def test_a_part_singled_out_is_not_answered_by_the_whole_s_figure() -> None:
    question = "How many pounds of linen does the Superior plant wash specifically?"
    whole = _linen_judge([
        "Brightfold washed 4.1 million pounds of linen last year.",
        "Our second plant, in Superior, opened in 2019.",
    ]).judge_one(question)
    assert not whole.googleable, whole.evidence
    part = _linen_judge([
        "Brightfold washed 4.1 million pounds of linen last year; the Superior plant washed "
        "1.3 million pounds of it.",
    ]).judge_one(question)
    assert part.googleable and part.evidence is not None, part.reason


def test_a_job_s_pay_is_not_read_from_another_job_s_line() -> None:
    judge = _linen_judge([
        "Open positions",
        "Route Driver, Duluth: $21 to $24 an hour",
        "Plant Supervisor, Duluth: discussed at interview",
        "Senior Wash Technician, Duluth: $52,000 to $58,000 a year",
    ])
    # The senior wash technician's pay is no senior route driver's.
    other = judge.judge_one("What does a senior route driver at Brightfold earn?")
    assert not other.googleable, other.evidence
    dropped_quoting(judge, "What does a route driver make at Brightfold?", "$21 to $24 an hour")


def test_a_degree_s_line_answers_only_a_question_of_study() -> None:
    judge = _linen_judge([
        "Education",
        "Bachelor of Science in Microbiology University of Minnesota Duluth, 2011",
    ])
    lab = judge.judge_one("Which university runs the lab that tests Brightfold's wash water?")
    assert not lab.googleable, lab.evidence
    dropped_quoting(judge, "Which university did Iris get her microbiology degree from?",
                    "University of Minnesota Duluth")


def _read_over(name: str, employer: str, url: str, text: str) -> GoogleableFilter:
    """The offline judge, with the reader, over one page about `name` at `employer`."""
    dossier = Dossier(
        person=Person(name=name, employer=employer),
        company=Company(name=employer),
        sources=[Source(url=url, title=url, text=text)],
    )
    return GoogleableFilter(EvidenceIndex(dossier), PromptLibrary(None), reader=default_reader())


def test_a_name_of_the_kind_asked_is_read_though_the_line_does_not_say_its_kind() -> None:
    # "Halberd Peak Ventures" is a firm, though the line never says "firm": the reader, not the
    # word, decides.
    judge = _read_over(
        "Keziah Marchetti", "Brindlework", "https://brindlework.example/news",
        "Brindlework makes maintenance software for apartment managers.\n"
        "In March, Brindlework raised a $34 million Series B led by Halberd Peak Ventures.\n",
    )
    dropped_quoting(judge, "Which firm led the Series B?", "Halberd Peak")


def test_who_owns_the_employer_is_answered_by_a_line_that_names_no_owner() -> None:
    judge = _read_over(
        "Mina Osei", "Redhollow Stone", "https://redhollow.example/about",
        "Redhollow Stone quarries limestone in central Pennsylvania.\n"
        "Amos Redd opened the quarry in 1952. His family has owned and run the company ever "
        "since.\n",
    )
    dropped_quoting(judge, "Who owns Redhollow these days? Has some big outfit bought it out?",
                    "family has owned")


def test_lines_on_the_topic_without_an_answer_do_not_crowd_out_the_one_with_it() -> None:
    # Ten lines share more words with the question than the answer does, and none of them
    # holds a weight: the reader still reads the line that does.
    lines = [f"Route drivers {verb} the carts they lift at every clinic." for verb in (
        "check", "clean", "label", "load", "count", "sort", "stack", "push", "wheel", "log")]
    verdict = _linen_judge([*lines, "A full cart weighs up to 40 pounds."]).judge_one(
        "How heavy are the carts route drivers lift?")
    assert verdict.googleable, verdict.reason
    assert verdict.evidence is not None
    assert verdict.evidence.quote == "A full cart weighs up to 40 pounds."
