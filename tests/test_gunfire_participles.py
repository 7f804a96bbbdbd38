"""A blow's participle after the gunfire of its clause tells a person hit: "opened fire in the bar,
striking a woman" counts her hurt, as "the bullets struck a woman" does; with the part of the body
("hitting a cook in the arm") whatever the subject; people counted ("hitting two people") too, and
"fatally striking" tells the dead. A thing hit, or no gunfire, counts no one."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_TAIL = " The gunman fled on foot."


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text + _TAIL, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man opened fire in a tavern in Marlow Falls, hitting a 31-year-old waiter in the arm, police said.", (0, 1)),
        ("A man opened fire outside a laundromat on Sunday, striking a woman in the leg, police said.", (0, 1)),
        ("A man opened fire outside a laundromat on Sunday, striking a woman, police said.", (0, 1)),
        ("The suspect fired several shots at the crowd, grazing a teenager, deputies said.", (0, 1)),
        ("A man fired into the diner late Sunday, hitting a man and a woman, police said.", (0, 2)),
        ("A man opened fire outside a laundromat on Sunday, wounding a guard, police said.", (0, 1)),
        # a bullet, one of them or a stray round as the subject
        ("A man fired on Elm Street, and one of his bullets grazed a woman who was walking home.", (0, 1)),
        ("A stray round struck a girl who was sitting on her porch on Sunday, police said.", (0, 1)),
        # the person hit dies in the clause
        ("A man opened fire in a tavern on Sunday, striking a woman, who died at the scene.", (1, 0)),
        # counted people struck, a death told by its adverb
        ("A man opened fire outside a club in Welby on Sunday, hitting two people, police said.", (0, 2)),
        ("A man opened fire outside a club in Welby on Sunday, striking three men in the legs.", (0, 3)),
        ("A man fired into the crowd in Welby on Sunday and hit at least four people, police said.", (0, 4)),
        ("A man opened fire outside a club in Welby on Sunday, fatally striking two men, police said.", (2, 0)),
        ("A man opened fire in a tavern on Sunday, fatally striking a woman, police said.", (1, 0)),
        ("A man opened fire in a bar in Welby on Sunday, shooting a woman in the leg, police said.", (0, 1)),
        ("A man opened fire in a bar in Welby on Sunday, fatally shooting a woman, police said.", (1, 0)),
        ("Police are looking into a shooting a block from the school in Welby on Sunday.", (0, 0)),
        # near misses: a thing hit, fired workers, a fired canister
        ("The mill fired two workers on Sunday, striking a blow at the union, officials said.", (0, 0)),
        ("A man opened fire outside a laundromat on Sunday, hitting a parked car, police said.", (0, 0)),
        ("The mill fired a foreman on Sunday, striking a blow at the union, workers said.", (0, 0)),
        ("Police fired tear gas at the march, hitting a woman, witnesses said.", (0, 0)),
        # a thing of the person's is no person hit; a part of the body is
        ("A man opened fire on Elm Street on Sunday, striking a woman's car, police said.", (0, 0)),
        ("A man opened fire on Elm Street on Sunday, hitting a neighbor's porch, police said.", (0, 0)),
        ("A man opened fire on Elm Street on Sunday, striking a woman's leg, police said.", (0, 1)),
        # a second blow coordinated after the first's person: one more person hit
        ("A man opened fire outside a diner in Welby on Sunday, hitting a cook and grazing a waiter.", (0, 2)),
        ("A man fired at a van in Welby on Sunday, striking a driver in the arm and wounding a boy.", (0, 2)),
        # near misses: the second blow finds a thing, or a person's thing
        ("A man opened fire outside a diner in Welby on Sunday, hitting a cook and shattering a window.", (0, 1)),
        ("A man opened fire outside a diner in Welby on Sunday, hitting a cook and striking a waiter's van.", (0, 1)),
    ],
)  # fmt: skip
def test_participle_of_a_blow_after_gunfire(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
