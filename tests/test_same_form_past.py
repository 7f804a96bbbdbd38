"""A participle report after a verb that is no speech ("…, saying …") is the main clause's
subject's, and that subject ends before a verb whose past is written as its base ("The bank cut
rates", attribution/subject_ends.same_form_past). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> str | None:
    result = summarize(f"Town report\n\n{text}\n", model="rules")
    return result.attributions[0].speaker if result.attributions else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The lender cut its fees on Monday, saying costs had eased.", "The lender"),
        ("The co-op cut prices on Monday, saying costs had eased.", "The co-op"),
        ("The firm cut 40 jobs, noting that orders had dropped.", "The firm"),
        ("The league set a new date, adding that the pitch was ready.", "The league"),
        ("The club hit back at the board, saying the ban was unfair.", "The club"),
        ("The mills cut wages every winter, saying trade was slow.", "The mills"),
        ("The dairies cut prices last week, noting that feed was cheaper.", "The dairies"),
        ("The coach quit on Sunday, saying the board had failed him.", "The coach"),
        ("The coach quit, saying the board had failed him.", "The coach"),
        # near misses: the form is a noun of the subject, or the verb ends in -ed as before
        ("The budget cut was opposed by the nurses, saying it hurt wards.", "The budget cut"),
        ("The lender raised its fees on Monday, saying costs had grown.", "The lender"),
        ("The wage cut for porters was opposed by the union, saying it was unfair.", "The wage cut for porters"),
        ("The pay cut every winter angered porters, saying it was unfair.", "The pay cut every winter"),
    ],
)
def test_the_subject_ends_before_a_past_written_as_its_base(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_participle_after_a_report_is_the_reporters() -> None:
    # after a verb of saying, the participle goes on with the reporter's words, not the reported
    # subject's (the practice of the PolNeAR golds: six of nine such participles)
    result = summarize("Town report\n\nWardens said the driver sped off, saying he was late.\n", model="rules")
    assert [a.speaker for a in result.attributions] == ["Wardens", "Wardens"]
