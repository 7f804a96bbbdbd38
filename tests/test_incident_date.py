"""The incident date: the best-ranked date in the incident's own sentences or the lead, else
the best-ranked date anywhere in the report. Original article."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import summarize

LATE_DATE = (
    "Two hurt in warehouse fire\n\n"
    "Two workers were injured when a fire broke out at a warehouse in Hollins, officials said.\n\n"
    "Crews from three stations fought the blaze for more than an hour. The building had passed an inspection last year.\n\n"
    "The fire marshal said the alarm was raised on Tuesday, March 3, by a passing driver.\n"
)


def test_a_date_given_only_in_a_later_paragraph_is_the_incident_date() -> None:
    incident = summarize(LATE_DATE, model="rules", published="2026-03-04").incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == "2026-03-03"


@pytest.mark.parametrize("part", ["this afternoon", "this evening", "this morning"])
def test_a_part_of_the_day_of_publication_is_the_publication_date(part: str) -> None:
    text = (
        "Cyclist hurt on bridge\n\n"
        f"A cyclist was injured {part} when a van struck her on the Orrin Bridge, police said.\n"
    )
    incident = summarize(text, model="rules", published="2026-03-04").incident
    assert incident is not None and incident.date is not None
    assert (incident.date.text, incident.date.value) == (part, "2026-03-04")


# the page's own date ("(Published …)" under a video) sits in the lead; the day of the incident
# is told only in a later paragraph
STAMP_IN_LEAD = (
    "Clerk hurt in store robbery\n\n"
    "Video from the scene. (Published Thursday, March 5, 2026) A store clerk was injured in a "
    "robbery at a corner shop in Wexley, police said.\n\n"
    "Officers searched the area with a dog. The shop reopened the next day.\n\n"
    "The robbery happened late on Monday night, a detective said.\n"
)


def test_the_page_date_in_the_lead_gives_way_to_the_incident_date_later() -> None:
    incident = summarize(STAMP_IN_LEAD, model="rules", published="2026-03-05").incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == "2026-03-02"


# the lead dates the police's statement; the day of the incident is told later, in a sentence
# with no count of its own
REPORT_DAY_IN_LEAD = (
    "Woman hurt outside bar\n\n"
    "Police said Sunday they had arrested a man after a woman was wounded outside a bar on Elm Street.\n\n"
    "Witnesses said the two had argued inside. It all happened on Friday shortly after 10 p.m., a police "
    "statement said.\n\n"
    "The man was held overnight and will appear in court.\n"
)


def test_the_day_of_a_report_in_the_lead_gives_way_to_the_day_the_ranker_puts_first() -> None:
    incident = summarize(REPORT_DAY_IN_LEAD, model="rules", published="2024-05-20").incident
    assert incident is not None and incident.date is not None
    assert (incident.date.text, incident.date.value) == ("on Friday", "2024-05-17")


# a victim who dies days later: GVA and GVDB date the incident by the shooting, not by the death
DIED_LATER = [
    (
        "Darnell Pike, 41, was wounded on April 9 outside a laundromat on Vesey Road in Calder. He "
        "succumbed to his injuries on Sunday at Mercy General, the county coroner said.",
        "2026-04-22",
        "2026-04-09",
    ),
    (
        "Two brothers were shot Thursday night at a park in Linden Vale. The younger one died at the "
        "hospital Saturday, police said.",
        "2026-03-09",
        "2026-03-05",
    ),
    # the day opens the sentence of the death
    (
        "A 16-year-old girl was wounded Wednesday night near a skate park in Tolvern. On Friday, she died at "
        "Saint Agnes Hospital.",
        "2026-03-09",
        "2026-03-04",
    ),
    (
        "A man died Thursday at Saint Agnes Hospital, deputies said. He had been found with a gunshot wound on "
        "Tuesday behind a feed store in Orrin.",
        "2026-03-09",
        "2026-03-03",
    ),
    (
        "A cashier died Friday after being shot Wednesday during a robbery at a corner store in Tolvern.",
        "2026-03-09",
        "2026-03-04",
    ),
    # the death's own sentence tells its shooting: an earlier day elsewhere is another shot fired
    (
        "A 27-year-old man died Sunday in a shooting outside a bowling alley in Orrin. Residents said shots "
        "were fired at the same building on Thursday.",
        "2026-03-09",
        "2026-03-08",
    ),
    # no day is given for the shooting: the day of the death is the only one
    ("A man died Sunday after he was shot outside his home in Orrin, police said.", "2026-03-09", "2026-03-08"),
    # "that Saturday" is a day the text set elsewhere (here, years before), not this week's
    (
        "Jonah Reese, 33, died Thursday afternoon at his home in Calder, police said. He was awaiting trial "
        "in a 2019 killing. The shooting happened shortly before noon that Saturday in an alley off Pell Road.",
        "2026-03-13",
        "2026-03-12",
    ),
    # the harm told in a clause of its moment, after its day: "on Friday when he was struck"
    (
        "A pensioner was crossing Orrin Road at about 9.15pm on Friday when he was struck by a van. He died "
        "in hospital on Sunday evening, police said.",
        "2026-03-09",
        "2026-03-06",
    ),
    (
        "The two friends were walking home on Thursday night as they were attacked by a dog. One of them "
        "died on Saturday.",
        "2026-03-09",
        "2026-03-05",
    ),
    # near miss: a clause of a later step, not of the harm, after the earlier day
    (
        "Dale Kerr fell from a ladder at his home in Orrin. He had been home on Friday when he was arrested "
        "on an old warrant. He died on Sunday.",
        "2026-03-09",
        "2026-03-08",
    ),
    # a shooting months before is another story, not this death's
    (
        "Kel Moss died Sunday at Mercy General after a fall at his home in Orrin. His brother was shot on "
        "January 3 in the same street.",
        "2026-03-09",
        "2026-03-08",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DIED_LATER)
def test_the_day_of_the_shooting_dates_a_death_days_later(text: str, published: str, expected: str) -> None:
    incident = summarize(text, model="rules", published=published).incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == expected


# another incident told after the lead: its day is not the report's
OTHER_INCIDENT = [
    (
        "A 19-year-old man was wounded late Wednesday outside a pharmacy on Quill Street, police said. Deputies "
        "were also called to a second shooting Sunday morning in Fenmore, where a woman was killed.",
        "2026-03-09",
        "2026-03-04",
    ),
    (
        "A taxi driver was shot in the arm outside a hotel in Orrin on Wednesday, police said. In a separate "
        "shooting on Sunday night, a man was wounded in Fenmore.",
        "2026-03-09",
        "2026-03-04",
    ),
    (
        "A taxi driver was shot in the arm outside a hotel in Orrin on Wednesday, police said. Meanwhile, on "
        "Sunday night, a man was wounded in Fenmore.",
        "2026-03-09",
        "2026-03-04",
    ),
    # no other day is given for the report's own incident: the only event day stays
    (
        "A taxi driver was shot in the arm outside a hotel in Orrin, police said on Saturday. The attack came "
        "just days after a driver was killed early Tuesday morning two streets away.",
        "2026-03-09",
        "2026-03-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), OTHER_INCIDENT)
def test_the_day_of_another_incident_is_not_the_incident_date(text: str, published: str, expected: str) -> None:
    incident = summarize(text, model="rules", published=published).incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == expected


def test_the_packaged_date_weights_are_what_the_training_script_makes(tmp_path: Path) -> None:
    """summarizer/data/date_weights.json is reproducible: scripts/train_dates.py on
    incidents_train.jsonl writes it byte for byte (the script is deterministic)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    train = root.parent / "shared" / "data" / "incidents_train.jsonl"
    if not train.exists():
        pytest.skip("../shared/data is absent")
    out = tmp_path / "weights.json"
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "train_dates.py"), str(train), "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == (root / "summarizer" / "data" / "date_weights.json").read_bytes()


# a death whose own sentence introduces its cause ("after a shooting", "of a gunshot wound",
# "after being found with gunshot wounds", "after he was hit by a van"), or an earlier day that
# no victim's shooting governs ("shots were fired", "had been shot at", "he shot 6-for-9"): the
# earlier day is another event's, and the day of the death stays
DEATH_WITH_ITS_OWN_CAUSE = [
    "A 24-year-old woman died Monday after a shooting on Birch Lane in Pellham, police said. Detectives "
    "are checking whether it is tied to a shooting Saturday in which her neighbour was wounded.",
    "A man died Monday night after being found with gunshot wounds in a van on Quarry Road. Neighbours "
    "said shots were fired at the same address on Friday, but nobody was hit.",
    "A 41-year-old man died Monday of a gunshot wound after a quarrel at a diner. The owner said the same "
    "man had been wounded in a stabbing there on Friday.",
    "A cyclist died Monday afternoon after he was hit by a van in Orrin. The van's driver had been shot "
    "at during a dispute over a parking space on Saturday.",
    "Leo Brandt, 16, died Monday of injuries from the crash on Route 9. His coach said he shot 6-for-9 "
    "from the field in a win over Pellham on Friday.",
]


@pytest.mark.parametrize("text", DEATH_WITH_ITS_OWN_CAUSE)
def test_an_earlier_day_of_another_event_does_not_date_a_death(text: str) -> None:
    incident = summarize(text, model="rules", published="2026-03-11").incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == "2026-03-09"


# the report's own day told before a mention of another incident in its sentence ("happened
# Saturday …, and there was no sign it was tied to another incident"), with a later day of a
# vigil, a release or an interview: the report's day stays
OWN_DAY_BEFORE_ANOTHER = [
    (
        "A teenager was shot and wounded in Orrin, police said. The shooting happened Saturday evening near "
        "a library, police said, and there was no sign it was tied to another incident nearby. A prayer "
        "vigil will be held Tuesday.",
        "2026-03-07",
    ),
    (
        "A woman was shot and wounded in Orrin, police said. The shooting happened about 11 p.m. Friday, "
        "and police do not think it is related to another shooting earlier that evening. The woman is "
        "expected to leave the hospital on Tuesday.",
        "2026-03-06",
    ),
    (
        "A man was shot and wounded in Orrin, police said. Officers were called to Quarry Road at 3 a.m. "
        "Sunday, two hours after another shooting a few blocks away. Detectives spoke with neighbours on "
        "Monday.",
        "2026-03-08",
    ),
    (
        "A cook was shot and killed in Orrin, deputies said. Deputies found him near 8 p.m. Friday, days after "
        "another shooting at the same park. He was pronounced dead Saturday at Saint Agnes Hospital.",
        "2026-03-06",
    ),
    (
        "A man was stabbed in Orrin, police said. The fight happened shortly after midnight Saturday "
        "outside a tavern; police said it was unrelated to another incident at the tavern on Thursday.",
        "2026-03-07",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_DAY_BEFORE_ANOTHER)
def test_the_own_day_told_before_another_incident_stays(text: str, expected: str) -> None:
    incident = summarize(text, model="rules", published="2026-03-11").incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == expected


# a day that names the week it opens or closes is no day of the incident: a day the text gives
# wins over it, though the ranker put the week first
WEEK_OF = [
    (
        "Here are the bookings at the Orrin jail for the week of March 9, 2026. A man was arrested Friday "
        "night after deputies found a loaded pistol in his van.",
        "2026-03-14",
        "2026-03-13",
    ),
    (
        "Crime reports for the week beginning March 9, 2026: a clerk was robbed at gunpoint on Wednesday at a "
        "store on Pell Street in Orrin.",
        "2026-03-14",
        "2026-03-11",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEK_OF)
def test_a_day_naming_its_week_gives_way_to_a_day(text: str, published: str, expected: str) -> None:
    incident = summarize(text, model="rules", published=published).incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard row: the week of a day
        ("A clerk was robbed at gunpoint on Pell Street in Orrin the week of March 2, 2026.", "week"),
        # "a week of" measures seven days from a day, it names no week
        ("Within a week of March 2, 2026, a clerk was robbed at gunpoint on Pell Street in Orrin.", "day"),
    ],
)
def test_only_the_week_of_a_day_is_of_week_precision(text: str, expected: str) -> None:
    incident = summarize(text, model="rules", published="2026-03-14").incident
    assert incident is not None and incident.date is not None
    assert incident.date.precision == expected


# a day of the story's background, told in the pluperfect, gives way to the later day of the call
# or the harm; a harm told in the pluperfect keeps its day
BACKGROUND_DAY = [
    (
        "Three people were taken to hospital after fumes from a heater filled a flat in Tarrow. The tenants "
        "had run out of heating oil Sunday night. Firefighters were called to the flat at 12 Kell Road on "
        "Tuesday morning after a neighbour found them.",
        "2026-03-11",
        "2026-03-10",
    ),
    (
        "A woman was found dead in a cabin near Lisk. She had gone hiking alone Saturday morning. Deputies "
        "responded on Monday after her sister raised the alarm.",
        "2026-03-11",
        "2026-03-09",
    ),
    # a background told with its clock, or a range of clocks, between its verb and its day; the harm's
    # day is the finding of its victim
    (
        "A 40-year-old man was found shot to death Sunday inside his home in Corlen, deputies said. He had "
        "last been seen at the house between 6 p.m. and 8 p.m. Friday, deputies said.",
        "2026-03-09",
        "2026-03-08",
    ),
    (
        "A woman was wounded in her yard in Orrin. She had left a bar on Kell Road at 11 p.m. Friday. Deputies "
        "were called to the house at 9 Orrin Lane on Saturday after her sister heard shots.",
        "2026-03-11",
        "2026-03-07",
    ),
    # near miss: an "and" before a number that is no clock opens a clause, the harm's: its day stays
    (
        "Two men had argued outside a bar in Orrin and 2 shots were fired at 1 a.m. Friday. Deputies were "
        "called to the hospital on Sunday when one of them died.",
        "2026-03-10",
        "2026-03-06",
    ),
    # near miss: the harm itself told in the pluperfect keeps its day
    (
        "A man found wounded in a car in Orrin died on Tuesday. He had been shot Sunday night, police said.",
        "2026-03-11",
        "2026-03-08",
    ),
    (
        "A man found wounded in a car in Orrin died on Tuesday. He had been shot at about 11 p.m. Sunday, police said.",
        "2026-03-11",
        "2026-03-08",
    ),
    # near misses: the harm told in the pluperfect by another of its words (a crash, an assault) keeps its day
    (
        "The driver had crashed into a wall on Saturday night. Police were called to the scene at 12 Orrin "
        "Road on Sunday after a passer-by saw the car. He was badly hurt.",
        "2026-03-11",
        "2026-03-07",
    ),
    (
        "A teenager had been assaulted on Friday evening. Police were sent to the house at 22 Kell Lane on "
        "Sunday after he collapsed. He is in hospital.",
        "2026-03-11",
        "2026-03-06",
    ),
    # near miss: no later day of the call or the harm is told: the background's day stays
    (
        "A family of four was hurt when a stove exploded in their home in Tarrow. They had moved in Saturday.",
        "2026-03-11",
        "2026-03-07",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), BACKGROUND_DAY)
def test_a_background_day_in_the_pluperfect_gives_way_to_the_day_of_the_call(
    text: str, published: str, expected: str
) -> None:
    incident = summarize(text, model="rules", published=published).incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == expected
