"""The grounding benchmark prints a set's figures without its errors when asked: a set no one
has read yet is scored once, totals only, so no rule is ever shaped on it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from drafting import grounding_benchmark

# One correct draft with a name research never gives (a false alarm) and a plant the check
# cannot see (a verb swapped for another): an error of each kind to hide or to list.
ITEMS: list[dict[str, object]] = [{
    "person": "maya-chen", "notes": False, "referrer": None, "set": "example",
    "text": "Hi Maya, I met Zorblat Quigley last week and I loved your post on pipelines.",
    "plants": [["loved", "enjoyed", "term"]],
}]


def test_totals_print_the_figures_and_no_error(capsys: pytest.CaptureFixture[str]) -> None:
    grounding_benchmark().score(ITEMS, "example", verbose=False, totals=True)
    out = capsys.readouterr().out
    assert "planted claims flagged: 0/1" in out
    assert "correct drafts wrongly flagged: 1/1" in out
    assert "MISSED" not in out and "false alarm" not in out and "Zorblat" not in out


def test_without_totals_the_errors_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    grounding_benchmark().score(ITEMS, "example", verbose=False)
    out = capsys.readouterr().out
    assert "MISSED term: 'loved' -> 'enjoyed'" in out
    assert "false alarm (maya-chen): ['Zorblat Quigley']" in out


def test_an_unknown_option_is_refused() -> None:
    script = grounding_benchmark().__file__
    done = subprocess.run([sys.executable, script, "--totalz"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 2
    assert "usage: python benchmarks/grounding.py [-v | --totals]" in done.stderr


def test_help_says_what_the_benchmark_does() -> None:
    script = grounding_benchmark().__file__
    done = subprocess.run([sys.executable, script, "--help"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0
    assert "--totals  each set's figures only" in done.stdout
