"""A later death of someone already counted hurt, each on an original sentence written for the
project: one of the people told hurt beside the dead who dies later ("A man was killed and two
women were hurt. One of the women died Friday") moves from the hurt to the dead, and the day of
that death is not the incident's when the text dates the shooting itself."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def read(text: str) -> tuple[int, int, str | None]:
    result = summarize(text, model="rules", published="2024-06-15")
    date = result.incident.date.value if result.incident and result.incident.date else None
    return count_of(result, "killed"), count_of(result, "injured"), date


_LEAD = "A man was killed and two women were hurt in a shooting Monday night on Tarrow Lane."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_LEAD} One of the women died Friday, the coroner said.", (2, 1, "2024-06-10")),
        (f"{_LEAD} A second victim died Friday, the coroner said.", (2, 1, "2024-06-10")),
        (f"{_LEAD} On Friday, the coroner said one of the wounded women had died.", (2, 1, "2024-06-10")),
        (
            "A man was killed and two other people were hurt in a shooting Monday night on Tarrow Lane, police"
            " said. On Friday the coroner said one of the victims has died.",
            (2, 1, "2024-06-10"),
        ),
        (
            "Two people were shot Monday night on Tarrow Lane. The man shot Monday has died, police said.",
            (1, 1, "2024-06-10"),
        ),
        (
            "Two people were wounded Monday on Tarrow Lane. The woman, who was shot in the chest, has died.",
            (1, 1, "2024-06-10"),
        ),
        (
            "The woman wounded in Monday's shooting on Tarrow Lane has died, the coroner said Friday.",
            (1, 0, "2024-06-10"),
        ),
        (
            "Four people were hurt Monday night on Tarrow Lane. The driver, who was hurt, has died, police said.",
            (1, 3, "2024-06-10"),
        ),
        ("Three people were wounded Monday on Tarrow Lane. The cyclist shot Monday has died.", (1, 2, "2024-06-10")),
        (
            "A woman was killed and three men were hurt Monday on Tarrow Lane. One of the men died Sunday.",
            (2, 2, "2024-06-10"),
        ),
        (
            "A man was killed and four people were wounded Monday on Tarrow Lane. Two of the wounded died Thursday.",
            (3, 2, "2024-06-10"),
        ),
        (
            "Two people were stabbed Monday on Tarrow Lane. The woman stabbed in the neck has died.",
            (1, 1, "2024-06-10"),
        ),
        # near misses: the hurt still living, a death of another case, one hurt named by a verb
        (f"{_LEAD} One of the women is in critical condition.", (1, 2, "2024-06-10")),
        (f"{_LEAD} A woman died in an unrelated fire Friday.", (1, 2, "2024-06-10")),
        ("Four people were hurt Monday night on Tarrow Lane. The man hurt his back.", (0, 4, "2024-06-10")),
        # near misses: one told shot who died (no other count), a person not told hurt, the people
        # told shot (the dead among them), a background death of another case
        ("A woman who was shot Monday on Tarrow Lane died Friday, police said.", (1, 0, "2024-06-10")),
        # the people found hurt are the dead and the hurt told before, told again
        (
            "One man died and another was injured in a shooting early Monday on Tarrow Lane, police said. They"
            " found two men with gunshot wounds. Both were taken to a hospital, where one of them died a short"
            " time later.",
            (1, 1, "2024-06-10"),
        ),
        ("Two people were shot Monday night on Tarrow Lane. The man who called police has died.", (0, 2, "2024-06-10")),
        (
            "A man was killed Monday on Tarrow Lane. Police said three people were shot, one fatally.",
            (1, 2, "2024-06-10"),
        ),
        (
            "A man was shot dead on Tarrow Lane on Tuesday. Separately, the man wounded in a shooting last month"
            " has died.",
            (1, 0, "2024-06-11"),
        ),
    ],
)
def test_a_later_death_of_one_counted_hurt(text: str, expected: tuple[int, int, str | None]) -> None:
    assert read(text) == expected
