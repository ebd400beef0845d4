"""Questions for an informational interview: candidates, the googleable filter, the plan.

    from infoprep.questions import (EvidenceIndex, GoogleableFilter, default_finder,
                                    default_reader)
    judge = GoogleableFilter(EvidenceIndex(dossier), prompts, reader=default_reader(),
                             finder=default_finder())
    verdicts = judge.judge_offline(texts)  # without `reader`, the rules alone judge
"""

from __future__ import annotations

from ..shortcuts import callable_package
from .evidence import EvidenceIndex, Passage
from .finder import PassageFinder, default_finder
from .googleable import GoogleableFilter
from .plan import Plan, PlanItem, make_plan
from .reader import AnswerReader, default_reader
from .workflow import CheckResult, QuestionSet, check_questions, prepare_questions

__all__ = [
    "AnswerReader",
    "CheckResult",
    "EvidenceIndex",
    "GoogleableFilter",
    "Passage",
    "PassageFinder",
    "Plan",
    "PlanItem",
    "QuestionSet",
    "check_questions",
    "default_finder",
    "default_reader",
    "make_plan",
    "prepare_questions",
]

# `infoprep.questions(...)` calls Workspace.questions on the default workspace.
callable_package(__name__, "questions")
