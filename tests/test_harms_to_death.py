"""Harms a report names without "killed" or "wounded", each on an original sentence written for
the project: a bodily harm "to death" (or a drowning) is a death, a feeling "to death" is none; a
beating or a graze is a hurt; a person hurt who died later is one of the dead, not also hurt."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-06-10")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was beaten to death in his flat in Corrow on Monday, police said.", (1, 0)),
        ("A courier was crushed to death by a reversing lorry in Corrow.", (1, 0)),
        ("A woman was strangled to death at her home in Corrow, detectives said.", (1, 0)),
        ("A farmer burned to death in his barn outside Corrow on Sunday.", (1, 0)),
        ("A boy drowned in the quarry pond near Corrow on Sunday.", (1, 0)),
        ("A hiker beaten to death on the ridge trail was named by police on Tuesday.", (1, 0)),
        ("Two brothers were beaten to death outside a pub in Corrow.", (2, 0)),
        ("Two children burned to death in a house fire in Corrow.", (2, 0)),
        # near misses: a feeling "to death" exaggerates; a sound drowned out; a drowning that did not come
        ("The jurors were bored to death by the long hearing in Corrow.", (0, 0)),
        ("Two pupils were bored to death by the assembly in Corrow.", (0, 0)),
        ("She was scared to death when the siren went off in Corrow.", (0, 0)),
        ("Three children were scared to death by the thunder in Corrow.", (0, 0)),
        ("The brass band drowned out the mayor in Corrow on Sunday.", (0, 0)),
        ("Two men drowned out the preacher at the fair in Corrow on Sunday.", (0, 0)),
        ("Three drummers were drowning out the choir in Corrow on Sunday.", (0, 0)),
        ("A boy nearly drowned in the quarry pond near Corrow.", (0, 0)),
        ("A man was found beaten to death in his flat in Corrow.", (1, 0)),
        ("A fisherman was found drowned in the canal near Corrow.", (1, 0)),
        ("Two children were found drowned in a pond near Corrow.", (2, 0)),
        ("A shopkeeper was hacked to death in Corrow on Friday.", (1, 0)),
        ("A toddler choked to death on a grape in Corrow.", (1, 0)),
        ("A man was beaten to death and his brother was badly beaten in Corrow.", (1, 1)),
        # near misses: a threat, a defeat, a sentence, a thing "beaten to death", a flood of work or water
        ("A man threatened to beat his neighbour to death in Corrow, police said.", (0, 0)),
        ("The home side was beaten to the title by a late goal in Corrow.", (0, 0)),
        ("The proposal was beaten to death in committee in Corrow.", (0, 0)),
        ("A man was sentenced to death in Corrow on Friday for the killing.", (0, 0)),
        ("The children were frightened to death by the fireworks in Corrow.", (0, 0)),
        ("Clerks in Corrow say they are drowned in paperwork every spring.", (0, 0)),
        ("The fields were drowned by the flood near Corrow.", (0, 0)),
        ("Two horses drowned in the flood near Corrow.", (0, 0)),
    ],
)
def test_a_bodily_harm_to_death_is_a_death(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was beaten with a pipe outside a bar in Corrow on Friday.", (0, 1)),
        ("A cashier was badly beaten during a robbery in Corrow.", (0, 1)),
        ("A student was beaten up near the bus station in Corrow.", (0, 1)),
        ("A man was beaten unconscious outside a bar in Corrow on Friday.", (0, 1)),
        ("Two men were brutally beaten outside a club in Corrow.", (0, 2)),
        ("Two men were beaten up outside a club in Corrow.", (0, 2)),
        # a harm "to death" that did not come: hurt, not dead
        ("A man was nearly beaten to death outside a bar in Corrow but survived.", (0, 1)),
        ("A boy was nearly burned to death in a house fire in Corrow.", (0, 1)),
        ("Two men were nearly beaten to death outside a club in Corrow.", (0, 2)),
        ("A clerk was pistol-whipped during a robbery in Corrow.", (0, 1)),
        ("A woman was grazed by a bullet in Corrow on Friday.", (0, 1)),
        ("A man was killed at a club in Corrow. Two other guests were grazed by bullets.", (1, 2)),
        ("Three people were grazed by gunfire on Tansy Street in Corrow.", (0, 3)),
        # near misses: a defeat, a penalty, a car's graze, a graze the active verb tells of a thing
        ("The champion was beaten in the final in Corrow on Sunday.", (0, 0)),
        ("A landlord was hit with a fine in Corrow on Monday.", (0, 0)),
        ("The van grazed the curb on Tansy Street and stopped.", (0, 0)),
        ("Two cars were grazed by bullets on Tansy Street in Corrow.", (0, 0)),
        ("Two rounds grazed the car on Tansy Street in Corrow.", (0, 0)),
        ("The bullet grazed a wall on Tansy Street in Corrow.", (0, 0)),
        ("His car was beaten up by vandals in Corrow on Friday.", (0, 0)),
        ("The home team was badly beaten in the final in Corrow.", (0, 0)),
        ("The visitors were severely beaten by the champions in Corrow.", (0, 0)),
        ("The drum was beaten with a stick at the parade in Corrow.", (0, 0)),
        # an unnumbered plural is no count, hit or wounded alike
        ("Officers were hit with bottles during the march in Corrow.", (0, 0)),
        ("Officers were wounded during the march in Corrow.", (0, 0)),
    ],
)
def test_a_beating_or_a_graze_is_a_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person hurt, named again (pronoun, noun, name) as dead later: one person, dead
        ("A man was shot on Tansy Street in Corrow on Friday night. He died Tuesday at the hospital.", (1, 0)),
        ("A 34-year-old man was shot in the chest in Corrow on Saturday. The man died three days later.", (1, 0)),
        ("A woman was shot outside a bar in Corrow on Sunday. UPDATE: The woman has died, police said.", (1, 0)),
        ("A teenager was wounded in a shooting in Corrow. He later died of his injuries.", (1, 0)),
        ("Dale Brenner, 25, was shot in Corrow on Monday. Brenner died Wednesday at the hospital.", (1, 0)),
        ("A man was beaten with a pipe outside a bar in Corrow on Friday. He died Monday.", (1, 0)),
        # near misses: one more person, told so, died; the person hurt is another
        ("A man was shot on Tansy Street in Corrow. A second man died at the scene.", (1, 1)),
        ("A man was shot on Tansy Street in Corrow. A second man was found dead inside the house.", (1, 1)),
        ("A man was shot on Tansy Street in Corrow. Another man was killed inside the house.", (1, 1)),
        ("A man was shot on Tansy Street in Corrow. Another man was found dead on Tansy Street.", (1, 1)),
        ("A woman was shot on Tansy Street and another person died in Corrow.", (1, 1)),
        ("A woman was shot on Tansy Street and another died in Corrow.", (1, 1)),
        ("A man was stabbed on Tansy Street in Corrow. One other man died.", (1, 1)),
        # near misses: the one more person was not harmed here, or died in another time
        ("A man was shot on Tansy Street. A second man was arrested.", (0, 1)),
        ("A man was shot on Tansy Street. A second man died in an unrelated crash last year.", (0, 1)),
        ("A man was shot on Tansy Street in Corrow. Another man died in 2019 on the same street.", (0, 1)),
        ("A woman was shot on Tansy Street and later died in Corrow.", (1, 0)),
        # every death verb of incident_words.DIED_VERB tells the later death: "bled to death", the idioms
        ("A man was shot on Tansy Street in Corrow on Friday. He bled to death on Saturday.", (1, 0)),
        ("A man was stabbed outside a bar in Corrow on Friday and later bled to death.", (1, 0)),
        ("Guards shot the intruder in Corrow, who later bled to death, officials said.", (1, 0)),
        ("A man was shot on Tansy Street in Corrow. He breathes his last hours later, a doctor said.", (1, 0)),
        # near misses: a death that did not come, a sound drowned out
        ("A man was stabbed outside a bar in Corrow and nearly bled to death.", (0, 1)),
        ("A man was shot on Tansy Street in Corrow. The sirens drowned out his cries.", (0, 1)),
        # a patient's state in any grade (incident_words.IN_CONDITION), a hurt; a thing's state is none
        ("The shooting in Corrow left two guards in guarded condition.", (0, 2)),
        ("The flood in Corrow left the 12 old bridges in good condition.", (0, 0)),
    ],
)
def test_a_later_death_supersedes_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second harm joined by "and", its own object one more person, "to death" after it: dead
        ("A gunman shot two men and beat a third to death in Corrow on Friday.", (1, 2)),
        ("A gunman shot two men and stabbed a third to death in Corrow on Friday.", (1, 2)),
        ("A man shot a guard and beat another to death in Corrow on Friday.", (1, 1)),
        ("Two men were shot and another was stabbed to death in Corrow on Friday.", (1, 2)),
        # a degree adverb before "to death": the death did not come, the people hurt
        ("A gang beat three men nearly to death outside a club in Corrow.", (0, 3)),
        ("Thugs beat two men almost to death in Corrow on Friday.", (0, 2)),
        ("A mob beat four people half to death in Corrow on Friday.", (0, 4)),
        ("Three men were beaten nearly to death outside a club in Corrow.", (0, 3)),
        ("A gunman killed a guard and beat three men nearly to death in Corrow.", (1, 3)),
        # near misses: "to death" with no degree adverb, a death; a feeling "half to death"; a
        # third harmed by a degree adverb's beating is no death
        ("A mob beat four people to death in Corrow on Friday.", (4, 0)),
        ("Two pupils were bored half to death by the assembly in Corrow.", (0, 0)),
        ("Three children were scared nearly to death by the thunder in Corrow.", (0, 0)),
        ("A gunman shot two men and beat a third nearly to death in Corrow.", (0, 2)),
        ("She said she was scared half to death when shots rang out in Corrow.", (0, 0)),
        ("The dog was nearly starved to death, and two men were shot in Corrow.", (0, 2)),
        ("He was worked half to death at a mill before he was shot dead in Corrow.", (1, 0)),
        # ordinary variants: a noun or a weapon after the ordinal, other verbs of HARMED_TO_DEATH
        ("A gunman shot two men and beat a third man to death with a bat in Corrow.", (1, 2)),
        ("Gunmen shot two guards and burned a third to death in Corrow.", (1, 2)),
    ],
)
def test_a_second_harm_to_death_and_one_that_did_not_come(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active blow "to death": its object the one harmed (dead, or hurt by a degree adverb), its
        # subject the attackers, never a toll; the object an article's person, a count or a kin
        ("Two men beat a neighbour to death with a shovel in Corrow.", (1, 0)),
        ("Three teens beat a man nearly to death outside a club in Corrow.", (0, 1)),
        ("A man beat his wife to death on Sunday in Corrow, police said.", (1, 0)),
        ("Police say a man stabbed his mother to death and wounded his brother in Corrow.", (1, 1)),
        ("Two men strangled a shopkeeper to death in Corrow on Friday.", (1, 0)),
        ("Four youths kicked a cyclist to death on a towpath near Corrow.", (1, 0)),
        ("A woman stabbed her husband half to death in Corrow, police said.", (0, 1)),
        ("Two men beat three drinkers to death outside a pub in Corrow.", (3, 0)),
        ("Two men beat three drinkers almost to death outside a pub in Corrow.", (0, 3)),
        ("Two men stabbed a neighbour to death in Corrow.", (1, 0)),
        # the passive, the degree after the participle: hurt
        ("A man was beaten almost to death in Corrow on Friday.", (0, 1)),
        ("Two brothers were stabbed half to death in Corrow.", (0, 2)),
        # near misses: no person, a feeling, the passive's subject the harmed, a death told apart,
        # a harm only meant or denied, a blow with no "to death"
        ("A man beat two dogs to death in Corrow, police said.", (0, 0)),
        ("The teens were bored to death at the fair in Corrow.", (0, 0)),
        ("Two men were beaten to death in Corrow on Friday.", (2, 0)),
        ("Three teens beat a man in Corrow, police said. He died.", (1, 0)),
        ("A man threatened to beat his neighbour to death in Corrow.", (0, 0)),
        ("He said he would beat a rival to death, but he left Corrow.", (0, 0)),
        ("Two men beat a rival side in the final at Corrow.", (0, 0)),
    ],
)
def test_an_active_blow_to_death_counts_its_object(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
