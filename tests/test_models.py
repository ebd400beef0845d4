from __future__ import annotations

import pytest

from infoprep.models import given_name, split_detail


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


@pytest.mark.parametrize(("name", "greeted"), [
    ("Dr. Amara Obi", "Amara"),
    ("Phạm Thu Trang", "Trang"),  # Vietnamese: the family name comes first
    ("Đặng Quốc Bảo", "Bảo"),
    ("Le Anh Thu", "Le"),  # without Vietnamese letters the order is not known: as written
    ("Maya Chen", "Maya"),
])
def test_a_person_is_greeted_by_their_given_name(name: str, greeted: str) -> None:
    assert given_name(name) == greeted
