"""A possessive inside a name is part of it ("Gulf Coast Children's Hospital", "St John's
Ambulance"): the name is checked whole and, when nothing supports it, flagged whole, as the
user will look for it; an owner's possessive ("Coralstone's head of modelling") still ends a
name."""

from __future__ import annotations

from infoprep.drafts.grounding import Support, unsupported_claims

# A fictional audiologist's first hospital, named with a possessive inside it.
HOSPITALS = [
    "Marta Ruiz spent five years at Gulf Coast Children's Hospital in Tampa.",
    "The session will be moderated by Dr Regina Moss of St Luke's Women's Clinic.",
]


def test_a_possessive_inside_a_name_is_part_of_the_name() -> None:
    support = Support(HOSPITALS, about=HOSPITALS, subjects=["Marta Ruiz", "Marta"])
    assert [c.phrase for c in unsupported_claims(
        "You spent five years at Gulf Coast Children's Hospital in Tampa.", support)] == []
    # The whole name is flagged, as the user will look for it, not "Palmetto Children".
    assert [c.phrase for c in unsupported_claims(
        "You spent five years at Palmetto Children's Hospital in Tampa.", support)] == [
        "Palmetto Children's Hospital"]
    assert [c.phrase for c in unsupported_claims(
        "I'd love to hear about your time at St Mark's Ambulance.", support)] == [
        "St Mark's Ambulance"]


def test_an_owners_possessive_still_ends_the_name() -> None:
    support = Support(HOSPITALS, about=HOSPITALS, subjects=["Marta Ruiz", "Marta"])
    flagged = [c.phrase for c in unsupported_claims(
        "I read about Tampa's Harbour Clinic and its new wing.", support)]
    assert "Harbour Clinic" in flagged and not any("Tampa's" in f for f in flagged)
