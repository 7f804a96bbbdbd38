"""A toll set at another time or place than the incident's is the story's background, not its
toll: a clause whose harm carries its own date before the incident's day ("On June 3 a woman was
killed"), a year before it ("in 2019"), or, after the story's first toll, an earlier time, a
running total or a place apart of its own ("last week", "since January", "a mile away")."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

PUBLISHED = "2024-06-10"  # a Monday: "Sunday" is June 9
LEAD = "A man was shot and wounded Sunday night on Elm Street, police said. "


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published=PUBLISHED)
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date of its own, days before the incident's
        (LEAD + "On June 3 a woman was shot and killed a block away.", (0, 1)),
        (LEAD + "A cook was killed at the same corner on Tuesday, June 4.", (0, 1)),
        # an earlier time told without a date, a running total, a place apart
        (LEAD + "Last week a woman was killed on the same block.", (0, 1)),
        (LEAD + "A woman was killed there in May.", (0, 1)),
        (LEAD + "Ten others have been wounded in the city since January.", (0, 1)),
        (LEAD + "So far this year, 14 people have been killed in the city.", (0, 1)),
        # a period told as the past or last few weeks, months or years, after the story's toll
        (LEAD + "Over the last three years, four people have been killed at the junction.", (0, 1)),
        (LEAD + "During the past two years, five people were killed at the same corner.", (0, 1)),
        (LEAD + "Within the past six months, three men have been wounded on the block.", (0, 1)),
        (LEAD + "This year alone, 12 people have been killed in the city.", (0, 1)),
        (LEAD + "Since 2019, nine people have been shot on the street.", (0, 1)),
        # near miss: the last minutes of the incident's own night, no period of weeks or years
        (LEAD + "In the last minutes of the fight, a second man was wounded.", (0, 2)),
        (LEAD + "Police said a teen was fatally shot a mile away hours earlier.", (0, 1)),
        (LEAD + "In another part of town, two brothers were killed in a crash.", (0, 1)),
        # a year before the incident's sets apart even the first harm told
        ("Police sought a gunman after gunfire Sunday on Elm Street. A woman who was killed in 2019 "
         "lived nearby. A man was wounded.", (0, 1)),
        # near misses: the incident's own day, month or year; a victim found away from the scene
        ("On Sunday a man was shot and killed on Elm Street, police said.", (1, 0)),
        (LEAD + "A woman was also wounded there Sunday.", (0, 2)),
        ("A woman was shot Sunday on Elm Street. A man was killed there in June.", (1, 1)),
        ("A woman was shot Sunday on Elm Street in 2024. A man was killed nearby.", (1, 1)),
        (LEAD + "A second man was found wounded a mile away.", (0, 2)),
        # a story of the recalled case alone keeps its toll
        ("Last year, two men were killed on Elm Street, police said Sunday.", (2, 0)),
        ("In 2019, a man was killed on Elm Street, police said.", (1, 0)),
        ("Over the past two years, four people have been killed on Elm Street, police said.", (4, 0)),
    ],
)  # fmt: skip
def test_a_toll_of_another_time_is_background(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


def test_a_follow_up_keeps_its_recalled_case() -> None:
    # a court's step in the lead: the shooting it follows is the story's own
    text = (
        "A man was charged Friday in the killing of a cook on Elm Street. "
        "On June 1, a waiter was wounded in the same shooting."
    )
    assert tolls(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier time and its comma right before new people harmed: another, earlier incident
        (LEAD + "It was the second shooting by deputies that day. Earlier, a man and a woman were shot to "
         "death by deputies in the Lisk neighborhood.", (0, 1)),
        (LEAD + "Hours earlier, two women were wounded on Pell Road.", (0, 1)),
        (LEAD + "Earlier Sunday afternoon, another man was killed on Pell Road.", (0, 1)),
        ("A man was killed Sunday night on Elm Street. Earlier, a woman was wounded on Pell Road.", (1, 0)),
        # near misses: more of the same incident (a report, the person named again), and the
        # story's own first toll opened so
        (LEAD + "Earlier, police said the man had been shot twice.", (0, 1)),
        (LEAD + "Earlier, he had been shot in the arm.", (0, 1)),
        ("Earlier Sunday, a man was shot and killed on Elm Street, police said.", (1, 0)),
        ("Deputies were called to Elm Street on Sunday night. Earlier, a man was wounded there.", (0, 1)),
    ],
)  # fmt: skip
def test_an_earlier_incident_opened_by_its_time_is_background(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (LEAD + "Earlier, a man was shot on Pell Road.", ["A man"]),
        # a roundup, which tells its shootings as several: the earlier one is among its own
        ("Two men were wounded Sunday night in Lisk, police said. A man was shot on Elm Street. Earlier, a man "
         "was shot on Pell Road. No arrests were made in either shooting.", ["Two", "A man", "a man"]),
    ],
)  # fmt: skip
def test_a_roundup_keeps_the_incident_it_opens_by_an_earlier_time(text: str, figures: list[str]) -> None:
    incident = summarize(text, model="rules", published=PUBLISHED).incident
    assert incident is not None
    assert [f.text for f in incident.figures] == figures


WIRE = "Gunmen opened fire on a bus station in Tamsen on Tuesday, killing at least 19 people, a police source said. "


def killed(text: str, published: str = "2024-01-17") -> list[float]:
    """The counts of the dead the story keeps, in the text's order."""
    result = summarize(text, model="rules", published=published)
    assert result.incident is not None
    return [f.value for f in result.incident.figures if f.category == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conflict's running total: a present perfect harm of a long-running thing, or with its span
        (WIRE + "The rebellion in the east, now in its ninth year, has killed more than 12,000 people.", [19]),
        (WIRE + "Some 3,500 people have died in the fighting, according to aid groups.", [19]),
        (WIRE + "The militia's attacks have killed at least 800 civilians, a monitoring group says.", [19]),
        (WIRE + "Over the years, more than 600 people have been killed along the road.", [19]),
        (WIRE + "Bandits have killed 2,000 villagers in six years, the governor said.", [19]),
        # near misses: the incident's own toll in the present perfect
        (WIRE + "The attack has killed at least 23, the mayor said later.", [19, 23]),
        (WIRE + "The blast has killed 12 more, officials said.", [19, 12]),
        (WIRE + "Two more were killed in the violence on Wednesday.", [19, 2]),
    ],
)  # fmt: skip
def test_a_conflicts_running_total_is_background(text: str, expected: list[float]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a bare month later in the year than the story's is last year's, before the incident
        ("2024-01-17", WIRE + "In December, at least 10 herders were killed in a raid near Orso.", [19]),
        ("2024-03-05", WIRE + "Six traders were killed there in November.", [19]),
        # near misses: the story's own month, told bare; an earlier month of the year stays apart
        ("2024-01-17", WIRE + "In January, two more people were killed in Tamsen.", [19, 2]),
        ("2024-03-05", WIRE + "Six traders were killed there in February.", [19]),
    ],
)  # fmt: skip
def test_a_bare_later_month_is_last_years(published: str, text: str, expected: list[float]) -> None:
    assert killed(text, published) == expected


def tolls_of(text: str, published: str | None) -> tuple[int, int]:
    result = summarize(text, model="rules", published=published)
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # "since" a month opens a period's running total, of an undated story or of the story's own month
        (None, LEAD + "Since March, 31 people have been killed in the city.", (0, 1)),
        ("2024-06-10", LEAD + "Since June, 12 more people have been shot in the city.", (0, 1)),
        (None, "A cook was shot dead Sunday on Elm Street. Since March, 31 people have been wounded in the city.", (1, 0)),
        # near misses: "in" the month of an undated story may be its own; a period's total in the first
        # toll's sentence stays the incident's
        (None, LEAD + "In March, 31 people were killed in the city.", (31, 1)),
        (None, "Since March, 31 people have been killed in the city.", (31, 0)),
    ],
)  # fmt: skip
def test_since_a_month_is_a_running_total(published: str | None, text: str, expected: tuple[int, int]) -> None:
    assert tolls_of(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # "since" a day opens a period's running total too, its harm told in the present perfect, whether
        # the day resolves (an undated story) or not, before or after the count
        (None, LEAD + "Since Jan. 1, 31 people have been killed in the city.", (0, 1)),
        (None, "A cook was shot dead Sunday on Elm Street. Since Feb. 3, 31 people have been wounded in the city.", (1, 0)),
        (None, "A cook was shot dead Sunday on Elm Street. Nine teens have been shot in the city since Sept. 1.", (1, 0)),
        ("2024-06-10", "A cook was shot dead Sunday on Elm Street. Since March 1st, 31 people have been hurt in the city.", (1, 0)),
        # near misses: a day since which something else holds, a count of the first toll's sentence
        (None, "Two men were shot Sunday on Elm Street. One, who has been in a coma since March 3, died Tuesday.", (1, 1)),
        (None, "Since Jan. 1, 31 people have been killed in the city.", (31, 0)),
    ],
)  # fmt: skip
def test_since_a_day_is_a_running_total(published: str | None, text: str, expected: tuple[int, int]) -> None:
    assert tolls_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no publication date: a yearless day of the incident's month, days before its own
        ("Two cyclists were shot on Tolley Road on May 17. It is the third such attack this month. "
         "On May 2, a jogger was wounded on Route 8.", [("injured", 2)]),
        # near misses: the story's own day named the same way, the day before it (a night runs on),
        # another month (the year may turn between them)
        ("Two cyclists were shot on Tolley Road on May 17. Officers heard more shots. "
         "On May 17, a jogger was wounded on Route 8.", [("injured", 2), ("injured", 1)]),
        ("Two cyclists were shot on Tolley Road on May 17. Officers heard more shots. "
         "On May 16, a jogger was wounded on Route 8.", [("injured", 2), ("injured", 1)]),
        ("Two cyclists were shot on Tolley Road on Jan. 3. It is the third such attack. "
         "On Dec. 28, a jogger was wounded on Route 8.", [("injured", 2), ("injured", 1)]),
    ],
)  # fmt: skip
def test_a_yearless_earlier_day_of_the_month_is_background(text: str, expected: list[tuple[str, int]]) -> None:
    incident = summarize(text, model="rules").incident
    assert incident is not None
    assert [(f.category, f.value) for f in incident.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the story's toll, a clause opened by its own date the day before the incident's
        (LEAD + "It is the second such attack this month. On June 8, a woman was wounded on Route 8.", [("injured", 1)]),
        # near misses: the story's own day named the same way; the day before not opening the clause
        (LEAD + "Officers heard more shots. On June 9, a woman was wounded on Route 8.", [("injured", 1), ("injured", 1)]),
        (LEAD + "Officers heard more shots, and a woman was wounded on Route 8 late June 8.", [("injured", 1), ("injured", 1)]),
        # near miss: the story's own people after the date, told again ("he", "the victim"), not new ones
        ("A man died at a hospital in Brackwell on June 9, police said. On June 8, he and his brother were shot on Tolley Road.", [("killed", 1), ("injured", 1)]),
    ],
)  # fmt: skip
def test_an_earlier_case_opened_by_the_day_before_is_background(text: str, expected: list[tuple[str, int]]) -> None:
    incident = summarize(text, model="rules", published=PUBLISHED).incident
    assert incident is not None
    assert [(f.category, f.value) for f in incident.figures] == expected
