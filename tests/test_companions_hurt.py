"""People hurt beside the one a clause names: a possessive's kin joined by 'and' to anyone ('his
wife and a neighbour were hurt'), and the companion of a harm joined by 'along with' ('was
stabbed along with his son'), who is hurt besides, whatever befell the first."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-06")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two dogs died and his wife and a neighbour were hurt when a fire broke out in Tamsey on Friday.", (0, 2)),
        ("Their father and a paramedic were injured when a shed burned in Corrow on Thursday.", (0, 2)),
        ("Her husband and son were hurt when a boiler burst in Tamsey on Friday.", (0, 2)),
        ("His wife and her sister were wounded outside a bar on Dell Street on Friday.", (0, 2)),
        # near misses: no harm told of them, or one person alone
        ("His wife and a neighbour called police after a fire broke out in Tamsey on Friday.", (0, 0)),
        ("His wife was hurt when a fire broke out in Tamsey on Friday.", (0, 1)),
    ],
)
def test_a_possessives_kin_and_another_person_are_two(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A baker who was shot along with his nephew outside a shop in Corrow on Sunday has died.", (1, 1)),
        ("A woman was stabbed along with her brother outside a bar on Dell Street on Friday.", (0, 2)),
        ("A cyclist was hurt along with a jogger when a van left the road in Tamsey on Friday.", (0, 2)),
        # near misses: a companion of no harm, and no one beside
        ("A woman was arrested along with her brother outside a bar on Dell Street on Friday.", (0, 0)),
        ("A woman was stabbed outside a bar on Dell Street on Friday along with a theft of cash.", (0, 1)),
    ],
)
def test_a_companion_along_with_the_hurt_is_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of death the companion died too, whether the first person or the
        # companions are counted
        ("A fisherman was killed along with his son when a wave swamped their boat off Corrow.", (2, 0)),
        ("A widow died along with her three grandsons when a fire swept her cottage in Tamsey.", (4, 0)),
        ("Two climbers were killed along with a woman when a ledge gave way above Corrow.", (3, 0)),
        # near misses: a companion of no harm, a companion that is no person
        ("A fisherman was detained along with his son after a wave swamped a boat off Corrow.", (0, 0)),
        ("A farmer was killed along with four goats when lightning struck a barn in Tamsey.", (1, 0)),
        ("A driver died along with two passengers when the coach overturned near Corrow.", (3, 0)),
        ("A widow died along with her cat when a fire swept her cottage in Tamsey.", (1, 0)),
        ("Two climbers were killed, and police detained a guide along with his brother in Corrow.", (2, 0)),
    ],
)
def test_a_companion_along_with_the_dead_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the companion set off by commas, after the verb or before it
        ("A fisherman was killed, along with a neighbour, when a wave swamped the boat off Corrow.", (2, 0)),
        ("A fisherman, along with his nephew, was killed when a wave swamped the boat off Corrow.", (2, 0)),
        ("Two hikers were hurt, along with a woman, when a ledge gave way above Tamsey on Friday.", (0, 3)),
        ("A cyclist, along with her brother, was injured when a van left the road in Tamsey.", (0, 2)),
        # the object of a blow and its companion, nothing but "along with" between
        ("A gunman killed a cashier along with three customers at a shop in Corrow on Sunday.", (4, 0)),
        # near misses: a companion of no harm, or no person
        ("A fisherman, along with his nephew, was detained after a wave swamped a boat off Corrow.", (0, 0)),
        ("A fisherman was killed, along with two goats, when a wave swamped the boat off Corrow.", (1, 0)),
        ("A cyclist was hurt in Tamsey on Friday, along with her bicycle's frame.", (0, 1)),
        ("A clerk was shot, along with a customer, during a robbery in Corrow on Friday.", (0, 2)),
        ("A clerk, along with a customer, was shot dead during a robbery in Corrow on Friday.", (2, 0)),
        ("A gunman wounded a guard along with two customers at a bank in Corrow on Friday.", (0, 3)),
        ("A farmer was arrested, along with two friends, after a brawl in Corrow on Friday.", (0, 0)),
        ("A farmer, along with two friends, was arrested after a man was stabbed in Corrow on Friday.", (0, 1)),
        ("A man, along with his wife, was unhurt when a van hit their house in Tamsey on Friday.", (0, 0)),
        ("A man, along with his son, was charged with shooting a clerk in Tamsey on Friday.", (0, 1)),
        ("A gunman shot a guard along with his dog outside a bank in Tamsey on Friday.", (0, 1)),
        ("A man was found dead, along with his dog, in a flat in Corrow on Friday.", (1, 0)),
    ],
)
def test_a_companion_set_off_by_commas_shares_the_fate(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before the companion, its noun between: the companion is one more
        ("Two sailors, along with a woman, were wounded when a gunman fired on the quay in Corrow.", (0, 3)),
        ("Three young hikers, along with their teacher, were killed when a ledge gave way above Tamsey.", (4, 0)),
        # a definite person by their role before the companion, the first told harmed: both share the fate
        ("The driver of the van, along with a passenger, was killed when it left the road near Corrow.", (2, 0)),
        ("Police said the owner, along with a cook, was hurt when a gas line burst in Tamsey on Friday.", (0, 2)),
        # near misses: the count's own noun again (a part of them), no harm, the definite told before
        ("Two sailors, along with a woman, were detained after a gunman fired on the quay in Corrow.", (0, 0)),
        ("The driver of the van, along with a passenger, was arrested after a crash near Corrow.", (0, 0)),
        ("A man was shot in Corrow on Friday. The man, along with his wife, was taken to a hospital.", (0, 2)),
        ("A baker was killed in Tamsey on Friday. The owner, along with a cook, was also killed.", (2, 0)),
        ("The barn, along with a shed, was hit by gunfire in Corrow on Friday.", (0, 0)),
        # the definite person before companions counted: one more, as before "a passenger"
        ("The driver of the tractor, along with two farmers, was hurt when it rolled near Corrow.", (0, 3)),
        ("A train left the rails near Tamsey. The guard of the train, along with four passengers, was killed.", (5, 0)),
        ("Police said the owner, along with two clerks, was wounded in a raid on a shop in Corrow.", (0, 3)),
        # near misses: a harm word inside the count's phrase, no harm, negated, a thing
        ("The driver, along with two injured passengers, fled after a van hit a wall in Corrow.", (0, 2)),
        ("The mayor, along with two aides, urged calm after a van hit a wall in Corrow on Friday.", (0, 0)),
        ("The driver, along with two passengers, was arrested after a van hit a wall in Corrow.", (0, 0)),
        ("The driver, along with two passengers, was not hurt when a van hit a wall in Corrow.", (0, 0)),
        ("The barn, along with two sheds, was hit by gunfire in Corrow on Friday.", (0, 0)),
    ],
)
def test_the_people_before_a_companion_set_off_by_commas_count_too(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the people counted died later: the companion set off by commas is one of the
        # people shot, who are the hurt less that part
        ("Two teens, along with a man, were shot in Olvey on Friday and one of the teens died.", (1, 2)),
        ("Two teens, along with a man, were shot in Olvey on Friday. One of the teens died at a hospital.", (1, 2)),
        ("Two teens, along with their father, were wounded in Olvey on Friday. One of them died.", (1, 2)),
        # a companion that is no person is none of them
        ("Two teens, along with a dog, were shot in Olvey on Friday and one of the teens died.", (1, 1)),
        # a companion counted: its words whole in the figure's ("two men", not "two")
        ("Three women, along with two men, were wounded in Olvey. One of the women died.", (1, 4)),
        ("Two officers, along with two bystanders, were shot in Olvey. One of the officers died.", (1, 3)),
        # near misses: the companion the one who died, no death, a part in a grave state, no harm
        ("Two teens, along with a man, were shot in Olvey on Friday. The man died at a hospital.", (1, 2)),
        ("Two teens, along with a man, were shot in Olvey on Friday.", (0, 3)),
        (
            "Two teens, along with a man, were shot in Olvey on Friday. One of the teens is in critical condition.",
            (0, 3),
        ),
        ("Two teens, along with a man, were arrested in Olvey on Friday. One of the teens died.", (1, 0)),
        ("Two teens, along with a man, were shot in Olvey on Friday. One of the teens was arrested.", (0, 3)),
        ("Two teens, along with a man, were arrested in Olvey on Friday. One of the teens was shot.", (0, 1)),
    ],
)
def test_a_part_of_a_count_with_a_companion_died_later(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
