"""Counts of people harmed that hang on a word class or a construction, each on an original
sentence: a person named by a crew's post, a trade or a kin word (with a prefix: "co-", "half-",
"great-") is one person ("pilot" names things too and is left out); a stabbing's object is hurt, a harm's object "to death" is dead; a
gerund after "of" takes a person and the people counted beside them; a wound and then "died" in
one clause is a death, and one of a group told so is one of the group; an age noun alone ("a
19-year-old") is a person in any frame of harm; an ordinal person with a harm lived through ("A
fifth escaped with burns") is one more hurt; a person named by a possessive and a noun of relation
after one person told dead in their sentence ("killing a man and wounding his son") is one more."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.rules.descriptions import KIN_NOUNS


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crew's post, a trade, a kin word: one person each, with the people counted beside them
        ("A copilot and two passengers died when a glider came down near Tessel on Sunday.", (3, 0)),
        ("A co-worker was hurt when a crop duster hit a shed near Tessel on Sunday.", (0, 1)),
        ("A deckhand drowned when a trawler sank off Tessel on Sunday.", (1, 0)),
        ("A crew member died after a fire broke out on a ferry near Tessel.", (1, 0)),
        ("A roofer was hurt when scaffolding gave way in Tessel on Monday.", (0, 1)),
        ("Their grandchild was killed when a wall fell in Tessel on Monday.", (1, 0)),
        ("Her half-brother was killed in a collision near Tessel on Monday.", (1, 0)),
        ("A great-grandchild of the owner was injured in the blaze in Tessel.", (0, 1)),
        ("A teen shot a classmate and two teachers at a school in Tessel on Friday.", (0, 3)),
        # near misses: "pilot" naming a thing too, left out; a kin word of no one harmed
        ("A pilot program for crash survivors opened in Tessel on Monday.", (0, 0)),
        ("The pilot project was killed by the council in Tessel on Monday.", (0, 0)),
        ("Her stepbrother spoke at a vigil in Tessel on Monday.", (0, 0)),
    ],
)
def test_a_person_by_post_trade_or_kin(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blade's harm to its object, as a gun's: hurt; "to death" after the object: dead
        ("A man stabbed a cashier at a kiosk in Tessel on Friday.", (0, 1)),
        ("A man stabbed a cashier to death at a kiosk in Tessel on Friday.", (1, 0)),
        ("A man shot a farmer to death near Tessel on Friday.", (1, 0)),
        ("A man shot two farmers to death near Tessel on Friday.", (2, 0)),
        ("A woman stabbed three people to death at a fair in Tessel.", (3, 0)),
        # the gerund after "of" takes a person and the people counted beside them
        ("A man is accused of shooting a nurse and two children in Tessel on Friday.", (0, 3)),
        ("A man was charged with shooting a guard and her two sons in Tessel.", (0, 3)),
        # near misses: "to death" of another verb; the people after "and" a clause's own subject;
        # "shooting" a noun
        ("A man shot two farmers who were later beaten to death by others.", (0, 2)),
        ("A man is accused of shooting a nurse and two children were at home.", (0, 1)),
        ("A shooting and two robberies were reported in Tessel on Friday.", (0, 0)),
    ],
)
def test_a_harms_object(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of an active harm named by a full name (an age in apposition) or by kin: the
        # verb tells dead or hurt, a blade's as a gun's
        ("A man shot and killed Owen Tarly in Tessel on Sunday.", (1, 0)),
        ("Police said Ray Dunn shot and killed Owen Tarly, 34, in Tessel on Sunday.", (1, 0)),
        ("Ray Dunn fatally shot Owen Tarly outside a bar in Tessel.", (1, 0)),
        ("Ray Dunn murdered Owen Tarly at a farm near Tessel.", (1, 0)),
        ("Ray Dunn shot Owen Tarly dead in Tessel on Friday.", (1, 0)),
        ("Ray Dunn stabbed Owen Tarly to death in Tessel on Friday.", (1, 0)),
        ("Ray Dunn stabbed Owen Tarly in Tessel on Friday.", (0, 1)),
        ("Officers shot Owen Tarly, 34, after he fired at them in Tessel.", (0, 1)),
        ("A man stabbed his wife in Tessel on Friday, police said.", (0, 1)),
        ("Police say a teen stabbed his father at their home in Tessel.", (0, 1)),
        ("A man shot and killed his neighbor in Tessel on Sunday.", (1, 0)),
        ("A man shot and killed Owen Tarly. Tarly, 34, died at the scene.", (1, 0)),
        # near misses: no harm to the person, a thing of theirs, a place, a figure of a blow, a
        # game's defeat
        ("Ray Dunn shot a video of Owen Tarly in Tessel.", (0, 0)),
        ("Ray Dunn stabbed Owen Tarly's tires in Tessel on Friday.", (0, 0)),
        ("A lorry hit Mill Lane Bridge near Tessel on Friday.", (0, 0)),
        ("The storm struck Palm Harbour County on Friday.", (0, 0)),
        ("Ray Dunn shot Owen Tarly a glance across the court in Tessel.", (0, 0)),
        ("The scandal hit Owen Tarly hard in Tessel on Friday.", (0, 0)),
        ("The Rovers beat Owen Tarly and his side in Tessel.", (0, 0)),
        # the attacker stabbed by the one he attacked, or a pronoun who may be him: defence, no toll
        ("A robber drew a gun, and a clerk stabbed him in Tessel on Friday.", (0, 0)),
        ("A clerk stabbed the robber during a struggle in Tessel on Friday.", (0, 0)),
    ],
)
def test_a_named_or_kin_object(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wound and then "died" in the people's one clause: their death
        ("Two men were shot in the chest and died in Tessel on Friday.", (2, 0)),
        # one of a group shot, told so with a wound of its own: one dead of the two
        ("Two men were shot in Tessel on Friday. One of them was shot in the head and died.", (1, 1)),
        ("Two men were shot in Tessel on Friday. One was hit in the chest and later died.", (1, 1)),
        ("Two men were shot in Tessel on Friday. One of them was stabbed and died.", (1, 1)),
        # near misses: a death with a subject of its own after "and", or after a comma
        ("Two men were shot at a bar in Tessel, and one died.", (1, 1)),
        ("Two men were shot in Tessel on Friday and the gunman died.", (1, 2)),
        ("Two men were shot in Tessel on Friday. One of them was hurt but did not die.", (0, 2)),
    ],
)
def test_a_wound_then_a_death_in_one_clause(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefix on a person noun ("co-", "half-", "great-", "ex-") in every reader of a person harmed
        ("A co-owner was stabbed at a kiosk in Tessel on Friday.", (0, 1)),
        ("Gunfire broke out at a shop in Tessel. The co-owner was shot.", (0, 1)),
        ("Their great-grandmother was wounded in the attack in Tessel.", (0, 1)),
        ("A gunman killed a clerk and a co-owner at a shop in Tessel.", (2, 0)),
        ("A gunman shot a co-worker and two customers in Tessel on Friday.", (0, 3)),
        ("A gunman shot an ex-worker and two customers in Tessel on Friday.", (0, 3)),
        ("A gunman shot the co-owner and his wife at a shop in Tessel.", (0, 2)),
        # the prefix on the kin after "and" too (victims.AND_KIN)
        ("A gunman shot his ex-girlfriend and her half-brother in Tessel.", (0, 2)),
        ("A gunman killed his ex-wife and her co-worker in Tessel.", (2, 0)),
        ("His ex-wife and two children were shot in Tessel on Friday.", (0, 3)),
        ("A great-grandmother, 90, died in the fire in Tessel.", (1, 0)),
        # near misses: a prefixed person who says or does, harmed by no one
        ("A co-owner said the shop in Tessel would reopen on Monday.", (0, 0)),
        ("The half-time show in Tessel went on after two fans were stabbed.", (0, 2)),
        ("An ex-officer was charged after a man was shot in Tessel.", (0, 1)),
        ("A gunman shot a co-worker and two customers fled in Tessel.", (0, 1)),
    ],
)
def test_a_prefixed_person_is_one_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attackers counted hurt, then an attacker named again and dead: one of them
        ("Two suspects were shot by police in Tessel. The gunman died at the scene.", (1, 1)),
        ("Two suspects were shot by police in Tessel. The suspect died at the scene.", (1, 1)),
        ("Three robbers were shot by a guard in Tessel. The robber died later.", (1, 2)),
        ("Police shot two suspects in Tessel. The gunman died.", (1, 1)),
        # the count keeps the text's own word of harm, which grounds its label ("wounded", "hurt")
        ("Two robbers were wounded by a clerk in Tessel. The robber died later.", (1, 1)),
        ("Two robbers were hurt by a clerk in Tessel. The robber died later.", (1, 1)),
        # near misses: the people hurt are not the attackers, so the attacker is one more dead (GVA
        # counts an attacker killed); the dead no attacker, another person
        ("Two officers were shot in Tessel. The gunman died at the scene.", (1, 2)),
        ("Two guards were shot in Tessel. The suspect died at the scene.", (1, 2)),
        ("Two suspects were shot by police in Tessel. The officer died at the scene.", (1, 2)),
        ("The gunman and two officers were shot in Tessel. The gunman died.", (1, 2)),
        ("Two suspects were shot in Tessel; a third suspect died.", (1, 2)),
        ("Two men were shot in Tessel. The gunman, who fled, was later found dead.", (1, 2)),
    ],
)
def test_an_attacker_dead_after_attackers_shot_is_one_of_them(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age noun alone is a person: left dead, killed, shot, wounded
        ("Gunfire erupted near the corner of Fifth and Vine, leaving a 19-year-old dead.", (1, 0)),
        ("A gunman opened fire on Quay Street in Tessel, killing a 6-year-old.", (1, 0)),
        ("Gunfire erupted on Quay Street in Tessel, leaving a 19-year-old wounded.", (0, 1)),
        ("Officers shot a 19-year-old in the leg on Quay Street in Tessel.", (0, 1)),
        ("A 40-year-old was wounded in the shooting on Quay Street, police said.", (0, 1)),
        # near misses: the age modifies a noun of no one harmed, or a thing of the person's
        ("A 19-year-old suspect was arrested after the shooting on Quay Street in Tessel.", (0, 0)),
        ("A gunman opened fire on Quay Street in Tessel, killing a 6-year-old's dog.", (0, 0)),
    ],
)
def test_age_noun_is_a_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal person with a harm lived through: one more hurt
        ("Four family members died in the house fire in Tessel. A fifth escaped with burns.", (4, 1)),
        ("Two men were shot dead on Quay Street in Tessel. A third suffered minor injuries.", (2, 1)),
        ("Two men were shot dead on Quay Street in Tessel. A third survived with a wound to the leg.", (2, 1)),
        ("Four family members died in the house fire in Tessel. A fifth was treated for smoke inhalation.", (4, 1)),
        # near misses: escaped unhurt, with no injuries, or through a window
        ("Four family members died in the house fire in Tessel. A fifth escaped unhurt.", (4, 0)),
        ("Four family members died in the house fire in Tessel. A fifth escaped with no injuries.", (4, 0)),
        ("Four family members died in the house fire in Tessel. A fifth escaped through a window.", (4, 0)),
    ],
)
def test_ordinal_person_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


# the dead, and the possessive that agrees with them (a couple's child for "their")
_POSSESSORS = [("a man", "his"), ("a woman", "her"), ("a 6-year-old", "his"), ("a couple's son", "their")]


@pytest.mark.parametrize("kin", sorted(KIN_NOUNS))
@pytest.mark.parametrize(("dead", "possessive"), _POSSESSORS)
def test_kin_of_the_dead_is_one_more(dead: str, possessive: str, kin: str) -> None:
    # every kin word, either sex, any possessive: the possessor's relation is someone else
    text = f"A gunman opened fire in Tessel on Sunday, killing {dead} and wounding {possessive} {kin}."
    assert tolls(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation by a person noun, a prefix or an age between: one more
        ("A gunman opened fire in Tessel on Sunday, killing a man and wounding his friend.", (1, 1)),
        ("A gunman opened fire in Tessel on Sunday, killing a woman and injuring her neighbor.", (1, 1)),
        ("A gunman opened fire in Tessel on Sunday, killing a man and wounding his half-brother.", (1, 1)),
        ("A gunman opened fire in Tessel on Sunday, killing a man and wounding his 12-year-old son.", (1, 1)),
        ("A drunk driver killed a man in Tessel on Sunday and injured his stepson.", (1, 1)),
        ("A man was killed in Tessel on Sunday and his mom was shot in the arm.", (1, 1)),
        # near misses: the relation speaks, looks on, is unharmed, or is dead too
        ("A man was killed in Tessel on Sunday; his son said he was kind.", (1, 0)),
        ("A gunman opened fire in Tessel on Sunday, killing a man in front of his son.", (1, 0)),
        ("A man was shot in Tessel on Sunday. His son, 12, was not hurt.", (0, 1)),
        ("A gunman opened fire in Tessel on Sunday, killing a man and his son.", (2, 0)),
        # near misses: the dead in a parent's words; the relation told hurt before the dead; the
        # possessor the attacker, the dead told a sentence before; several dead, the relation one
        ("A boy was killed in Tessel on Sunday, and his mother said her son had been shot in the back.", (1, 0)),
        ("His son was wounded in Tessel on Sunday. He died at the hospital.", (1, 0)),
        (
            "Deputies found a man dead in Tessel on Sunday. A woman shot her boyfriend in an argument, they said.",
            (1, 0),
        ),
        (
            "A man shot his wife, 70, and then shot himself in Tessel, police said. The two were pronounced dead.",
            (2, 0),
        ),
    ],
)
def test_relation_of_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
