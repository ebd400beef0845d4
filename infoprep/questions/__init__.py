"""Questions for an informational interview: candidates, the googleable filter, the plan.

    from infoprep.questions import EvidenceIndex, GoogleableFilter
    verdicts = GoogleableFilter(EvidenceIndex(dossier), prompts).judge_offline(texts)
"""

from __future__ import annotations

from ..shortcuts import callable_package
from .evidence import EvidenceIndex, Passage
from .googleable import GoogleableFilter
from .plan import Plan, PlanItem, make_plan
from .workflow import CheckResult, QuestionSet, check_questions, prepare_questions

__all__ = [
    "CheckResult",
    "EvidenceIndex",
    "GoogleableFilter",
    "Passage",
    "Plan",
    "PlanItem",
    "QuestionSet",
    "check_questions",
    "make_plan",
    "prepare_questions",
]

# `infoprep.questions(...)` calls Workspace.questions on the default workspace.
callable_package(__name__, "questions")
