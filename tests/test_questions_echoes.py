"""A record a page gives a part a line and again as one line is found, with its lines."""

from __future__ import annotations

from infoprep.questions.echoes import echoes, without_echoes

TEXT = ("Open roles\nKiln Operator\nNights\n$21 an hour\nWe fire six days a week.\n"
        "Kiln Operator Nights $21 an hour\nNights\n")


def test_a_repeated_record_is_found_with_its_lines() -> None:
    [echo] = echoes(TEXT)
    assert TEXT[echo.start : echo.end] == "Kiln Operator\nNights\n$21 an hour"
    assert TEXT[echo.echo_start : echo.echo_end] == "Kiln Operator Nights $21 an hour"
    # A line repeated alone is no record; the repeat is left out of what is counted.
    assert "Kiln Operator Nights $21 an hour" not in without_echoes(TEXT)
    assert without_echoes(TEXT).endswith("Nights\n")
    assert echoes("Kiln Operator\nNights\nA line\nKiln Operator Nights A") == []
