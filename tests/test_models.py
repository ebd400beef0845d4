from __future__ import annotations

import pytest

from infoprep.models import split_detail


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Explainable dispatch (Energy Storage Summit, London, February 2025)",
         ("Explainable dispatch", "Energy Storage Summit, London, February 2025")),
        ("What I got wrong about forecasting (2 September 2025)",
         ("What I got wrong about forecasting", "2 September 2025")),
        ("Tempo", ("Tempo", "")),
        ("Grids (and why they fail) explained", ("Grids (and why they fail) explained", "")),
    ],
)
def test_split_detail(value: str, expected: tuple[str, str]) -> None:
    assert split_detail(value) == expected
