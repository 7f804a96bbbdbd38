"""A group hurt another way than by gunfire (stabbed, wounded, injured, found with stab wounds),
then in a later sentence a part of it died: the part is dead, the rest hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.text.implicit_counts import singular


def tolls(text: str) -> tuple[int, int]:
    s = summarize(text, model="rules")
    return count_of(s, "killed"), count_of(s, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two porters were found with stab wounds near a depot in Olvey on Saturday. One of them, 50, died on "
            "Sunday. The other man, 41, is in stable condition.",
            (1, 1),
        ),
        (
            "Three women were wounded when a gunman fired at a bus stop in Sarrow. One of the women died on Monday.",
            (1, 2),
        ),
        ("Four people were hurt in a crash on Route 9 in Olvey. One of them died Tuesday.", (1, 3)),
        ("Three people were injured in a house fire in Tarn. One of them, a 6-year-old girl, has died.", (1, 2)),
        ("Two cooks were stabbed in a kitchen brawl in Tarn. One of them died at a clinic.", (1, 1)),
        # the gunfire's kind, read before
        ("Two men were shot outside a store in Tarn on Friday. One of them died at a hospital.", (1, 1)),
        # guards: a part arrested, released, or in a grave state is no death; someone else died
        ("Two men were stabbed outside a store in Tarn on Friday. One of them was arrested later.", (0, 2)),
        ("Two men were wounded outside a store in Tarn on Friday. One of them was released from the hospital.", (0, 2)),
        ("Two men were stabbed outside a bar in Olvey. One of them is in critical condition.", (0, 2)),
        ("Two women were wounded in Sarrow. Police arrested two men, and one of them was charged.", (0, 2)),
        ("Two men were injured in Olvey on Friday. A third man was stabbed and died.", (1, 2)),
        # "more", "other" after the count: people besides the group, not a part of it
        ("Four people were hurt in a blast at a kiln in Tarn on Friday. Three more people died in hospital.", (3, 4)),
        ("Three men were shot outside a depot in Olvey. Two other men died at the scene.", (2, 3)),
        # the group told hurt by its care: taken, rushed to a hospital, hospitalized
        ("Four hikers were rushed to hospital after a rockslide near Tarn. One died.", (1, 3)),
        ("Five men were shot in Olvey. Five men were taken to a hospital. Two of them died.", (2, 3)),
        ("Three people were hospitalized after a gas leak in Sarrow. One has died.", (1, 2)),
        # near misses: taken for a check; a death of someone besides them
        ("Four hikers were taken to a hospital for evaluation after a rockslide in Tarn. One died.", (1, 4)),
        ("Four hikers were rushed to hospital after a rockslide near Tarn. A fifth hiker died.", (1, 4)),
        # the part named by the group's harm ("of the injured"): the verb after it is its fate
        ("Six people were injured in a blast at a mill in Tarn on Sunday. Two of the injured died on Monday.", (2, 4)),
        ("Six people were injured in a blast at a mill in Tarn on Sunday. Two of the injured later died.", (2, 4)),
        ("Five men were wounded in Olvey. Two of those wounded succumbed to their injuries.", (2, 3)),
        # the part one person, "one of the injured", as "two of the injured" is
        ("Five men were wounded in Olvey. One of those wounded died.", (1, 4)),
        ("Six people were injured in a blast at a mill in Tarn on Sunday. One of the injured later died.", (1, 5)),
        ("Four people were shot in Tarn. One of the wounded died on Monday.", (1, 3)),
        ("Four people were shot in Tarn. One of those shot died on Sunday.", (1, 3)),
        ("Four people were hurt in a crash in Tarn. One of those hurt has since died.", (1, 3)),
        (
            "Five people were injured in a crash in Tarn. One of the injured, a 12-year-old boy, died on Tuesday.",
            (1, 4),
        ),
        # near misses: the part told by what they are, or by their state, stays hurt
        ("Six people were injured in a blast at a mill in Tarn. One of the injured is in critical condition.", (0, 6)),
        ("Six people were injured in a blast at a mill in Tarn. One of the injured was a firefighter.", (0, 6)),
        ("Four people were killed in a blast at a mill in Tarn. One of the dead was a child.", (4, 0)),
        ("Five people were hurt in a fire in Tarn. One of the injured officers said the blaze spread fast.", (0, 5)),
        ("Five people were injured in a crash in Tarn. Police said one of the injured is expected to die.", (0, 5)),
        ("Three people were killed in a shooting in Tarn. One of those killed was a teacher.", (3, 0)),
        ("Six people were injured in a blast at a mill in Tarn on Sunday. Two of the injured were children.", (0, 6)),
        ("Six people were injured in a blast at a mill in Tarn. Two of the injured are in critical condition.", (0, 6)),
        ("Four people were killed in a blast at a mill in Tarn. Two of the dead were children.", (4, 0)),
    ],
)
def test_a_part_of_a_group_hurt_who_died_later(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "stabbed and killed", "stabbed dead" are deaths, like "shot and killed"
        ("A cook was stabbed and killed in her home in Olvey on Sunday.", (1, 0)),
        ("Police said a 40-year-old man was stabbed dead in an alley in Tarn.", (1, 0)),
        ("A clerk was stabbed to death and a guard was stabbed in the hand in Sarrow.", (1, 1)),
        # guards: stabbed and living; stabbed in another sense
        ("A clerk was stabbed in the neck in Tarn and is expected to survive.", (0, 1)),
        ("The striker stabbed at the ball but missed the open goal in Olvey on Saturday.", (0, 0)),
    ],
)
def test_stabbed_and_killed_is_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("climbers", "climber"),
        ("casualties", "casualty"),
        ("men", "man"),
        ("people", "person"),
        ("staff", "staff"),
        ("series", "series"),
        ("boss", "boss"),
        ("officers", "officer"),
    ],
)
def test_a_plural_noun_of_people_told_for_one(plural: str, one: str) -> None:
    # "one climbers was killed" was told for a group hurt, one of whom died later
    assert singular(plural) == one


def test_one_of_a_group_hurt_is_told_in_the_singular() -> None:
    s = summarize(
        "Three climbers were hurt in a rockfall near Tarn on Friday. By Sunday, one of them had died.", model="rules"
    )
    assert "one climber was killed" in s.headline.lower(), s.headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part told in a relative after the group: the part's harm is the relative's, the group's
        # only what its own predicate tells
        ("Five guards were at the gate, one of whom was shot.", (0, 1)),
        ("Six campers were at the lake in Tarn, two of whom were wounded.", (0, 2)),
        ("The three men, one of whom died, were shot outside a bar in Olvey.", (1, 2)),
        # near misses: the group harmed as the part is; a harm denied; a death of some of the shot
        ("Four workers were hurt, two of whom are in critical condition.", (0, 4)),
        ("Three men were stabbed in Sarrow, two of whom were hospitalized.", (0, 3)),
        ("Six hikers set out from Tarn on Sunday, one of whom was not hurt.", (0, 0)),
        ("Three men were shot outside a bar in Olvey, one of whom died.", (1, 2)),
    ],
)
def test_a_part_of_whom_after_the_group(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person's death in a second clause of theirs, after their harm or care
        ("A porter was shot in Olvey on Friday. He was taken to a hospital but died.", (1, 0)),
        ("A woman was shot in Olvey on Friday. She was rushed to a hospital but did not survive.", (1, 0)),
        (
            "A cook was stabbed in Tarn on Friday. The victim was taken to a hospital and later died of his wounds.",
            (1, 0),
        ),
        ("A cook was stabbed in Tarn. He was flown to a trauma center in critical condition, but he died.", (1, 0)),
        # near misses: a fate that is no death; another's death; a death that nearly came
        ("A porter was shot in Olvey on Friday. He was taken to a hospital but is expected to survive.", (0, 1)),
        ("A porter was shot in Olvey on Friday. He was taken to a hospital but his dog died.", (0, 1)),
        ("A porter was shot in Olvey on Friday. He was taken to a hospital and nearly died.", (0, 1)),
    ],
)
def test_taken_to_a_hospital_but_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of the people listed died where they were taken: that one dead, the rest hurt
        ("Two people were shot in Olvey. The victims, a man and a woman, were taken to a clinic, where the man died.", (1, 1)),
        ("A cook and a waiter were stabbed in Tarn and taken to a hospital, where the cook died.", (1, 1)),
        ("A man and a woman were shot in Sarrow on Friday, and the woman later died.", (1, 1)),
        # near misses: someone not among them died; the one person shot died
        ("Two people were shot in Olvey. The victims, a man and a woman, were taken to a clinic, where the doctor died.", (1, 2)),
        ("A cook was shot in Tarn and taken to a hospital, where he died.", (1, 0)),
    ],
)  # fmt: skip
def test_one_of_the_people_listed_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the care of a wound may be surgery, then the death told in a second clause
        ("A clerk was shot at a kiosk in Tarn on Friday. He was rushed to surgery but died.", (1, 0)),
        ("A driver was stabbed in Olvey on Monday. She was taken into surgery but did not survive.", (1, 0)),
        ("A guard was shot in Sarrow. He was wheeled to the operating room and later died.", (1, 0)),
        # near misses: surgery and a recovery; a death of someone else
        ("A clerk was shot at a kiosk in Tarn on Friday. He was rushed to surgery and is expected to recover.", (0, 1)),
        ("A clerk was shot at a kiosk in Tarn on Friday. He was rushed to surgery, and his dog died.", (0, 1)),
        ("A pony was rushed into surgery after the race at Tarn; no riders were hurt.", (0, 0)),
        ("A clerk was hit by a van in Tarn on Friday. He was taken to surgery and later released.", (0, 1)),
    ],
)
def test_a_death_after_surgery_is_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he"/"she" after a group hurt names the nearest one person of its sex: a perpetrator told
        # after the group dies, the group stays hurt (a shooter killed by police is counted)
        ("Three people were wounded before police shot the gunman. He died at the scene.", (1, 3)),
        ("Three people were wounded before the gunman was shot by an officer. He died at the scene.", (1, 3)),
        ("Three diners were stabbed in Tarn before deputies shot the attacker. He died at a clinic.", (1, 3)),
        ("Two women were shot before deputies shot the suspect. He was pronounced dead at a hospital.", (1, 2)),
        # near misses: a pronoun of the other sex, or no one person told between, is one of the group
        ("Two women were shot before police shot the gunman. She died at the hospital.", (1, 1)),
        ("Two men were shot in Tarn on Sunday. He died at the hospital.", (1, 1)),
        ("Two men were shot outside a store in Tarn where the clerk works. He died at the hospital.", (1, 1)),
        ("Two men were shot by a gunman in Tarn. He died at the hospital.", (1, 1)),
        # the part of the group told by "one of them" and a long apposition (an age and a home,
        # or how the person was identified), or by a name with them
        (
            "Two men were shot in Tarn on Sunday. One of them, identified as Lee Park, 31, of Olvey, died at the scene.",
            (1, 1),
        ),
        ("Two men were shot in Tarn on Sunday. One of them, Lee Park, 31, of Olvey, died at the scene.", (1, 1)),
        ("Two men were shot in Tarn on Sunday. Lee Park, 31, of Olvey, died at the scene.", (1, 1)),
        (
            "Deputies found two men with gunshot wounds in Tarn. One of them, who the coroner identified as Lee "
            "Park, 31, of Olvey, died at the scene. The other man was taken to a hospital.",
            (1, 1),
        ),
        # near misses: the part's apposition and no death
        (
            "Two men were shot in Tarn on Sunday. One of them, identified as Lee Park, 31, of Olvey, told police "
            "the shooter fled.",
            (0, 2),
        ),
        (
            "Two men were shot in Tarn on Sunday. One of them, identified as Lee Park, 31, of Olvey, was arrested.",
            (0, 2),
        ),
        # a name hurt after two appositions is no one of them: an earlier case recalled in an aside
        ("A woman was killed in Tarn on Sunday. Lee Park, 35, a man police had stopped, was shot in May.", (1, 0)),
        # the people a shooter wounded, told after the verb, then a part of them died
        ("A man opened fire in Tarn, wounding three people. One of them died.", (1, 2)),
        ("A gunman wounded four people at a mall in Olvey. One of them later died.", (1, 3)),
        # near misses: none of them died; someone else died
        ("A man opened fire in Tarn, wounding three people. One of them was released.", (0, 3)),
        ("A man opened fire in Tarn, wounding three people. A fourth person died.", (1, 3)),
        # the wounded are the living: a killing told with them is a toll of its own, "one of them" a part
        ("A man opened fire in Tarn, wounding three people and killing one.", (1, 3)),
        ("A gunman wounded two clerks and killed one in Olvey on Friday.", (1, 2)),
        ("A man opened fire in Tarn, injuring three people. One was killed.", (1, 3)),
        ("A man opened fire in Tarn, wounding three people, one of them fatally.", (1, 2)),
        ("A man opened fire in Tarn, wounding three people. One of them was killed.", (1, 2)),
        # a name set off after a perpetrator noun is the perpetrator: the other side's dead
        ("Two men were shot in Tarn. The suspect, Lee Park, 31, of Olvey, later died.", (1, 2)),
        ("Two men were shot in Tarn. The shooter, Lee Park, 31, died of a self-inflicted wound.", (1, 2)),
        # near miss: a name set off after a victim noun is one of them
        ("Two men were shot in Tarn. The driver, Lee Park, 31, of Olvey, later died.", (1, 1)),
    ],
)
def test_a_later_mention_of_one_already_counted(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one told dead by a definite noun, then a person introduced as new by another noun (an
        # indefinite article or a possessive) taken to a place of care: someone else, hurt
        ("The driver died at the scene in Tarn. A passenger was taken to a hospital with minor injuries.", (1, 1)),
        ("The driver died at the scene in Tarn. A man was taken to a hospital.", (1, 1)),
        ("The driver, 31, died at the scene in Olvey. His passenger was flown to a trauma center.", (1, 1)),
        ("The cook died at the inn in Sarrow. Her cousin was rushed to a medical center.", (1, 1)),
        ("The driver died in Tarn. The other driver was taken to a hospital.", (1, 1)),
        # near misses: the same person taken there; the same noun; a noun anyone may be called;
        # the dead told by a pronoun
        ("The driver was taken to a hospital in Tarn, where he died.", (1, 0)),
        ("A man was shot in Tarn. The victim was taken to a hospital, where he died.", (1, 0)),
        ("The man died in Tarn. A man was taken to a hospital.", (1, 0)),
        ("The driver died at the scene in Tarn. A victim was taken to a hospital.", (1, 0)),
        ("The victim died at the scene in Tarn. A man was taken to a hospital.", (1, 0)),
        ("He died at the scene in Tarn. A passenger was taken to a hospital.", (1, 0)),
        # an update's original story retells the dead as one hurt, not taken to care
        (
            "UPDATE: The driver who was shot on Monday in Tarn has died, police said.\n\nORIGINAL STORY: A man"
            " was critically wounded Monday night at a red light in Tarn.",
            (1, 0),
        ),
        (
            "The driver died at the scene in Tarn. A passenger was critically hurt and later flown to a trauma center.",
            (1, 1),
        ),
        # one more person as a passive's agent is not the one taken to care; as the subject, is
        ("A clerk was shot in Tarn. He was helped by another clerk and rushed to a medical center.", (0, 1)),
        ("A clerk was shot in Tarn. Another clerk was rushed to a medical center.", (0, 2)),
    ],
)
def test_a_new_person_taken_to_care_after_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
