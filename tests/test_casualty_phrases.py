"""Victim phrases of local news reports, each on an original sentence written for the project:
the forms in which a report tells who died or was hurt without a plain "killed" or "wounded"."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def counts(text: str, published: str | None = None) -> tuple[int, int]:
    summary = summarize(text, model="rules", published=published)
    return count_of(summary, "killed"), count_of(summary, "injured")


# an original title line first: a lone line would be read as the title, not the body
_TITLE = "County news\n\n"


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an adverb of time between the auxiliary and the death: the wounded person died
        (
            _TITLE + "Deputies were called to a report of a person being shot on Marlow Road. "
            "The woman was taken to Fenwick Memorial Hospital, where she was later pronounced deceased.",
            1,
            0,
        ),
        (_TITLE + "A man was shot on Tarrin Street. He was then pronounced dead at the scene.", 1, 0),
    ],
)
def test_a_death_told_after_an_adverb_of_time(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a date in capitals is no count: the update line before a report
        (
            "Shooting in Brackley\n\nUPDATE MONDAY, MARCH 23: Police have named the man who was shot on March 20. "
            "A shooting at a house in Brackley early Friday left one man dead, police said.",
            1,
            0,
        ),
    ],
)
def test_a_date_in_capitals_is_no_count(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # fighting for one's life: gravely hurt, counted or not
        (_TITLE + "One teenager is dead, and two girls are fighting for their lives after a shooting in Lisk.", 1, 2),
        (_TITLE + "Police were called to a shooting on Ponder Street. The victim is fighting for his life.", 0, 1),
        (_TITLE + "A man and a woman are still fighting for their lives after the crash on Route 9.", 0, 2),
        # a shot heard, with a modifier no person takes, is no person shot
        (
            _TITLE + "A man was found shot to death on Lark Road. A neighbor said she heard one last single shot "
            "and then silence.",
            1,
            0,
        ),
    ],
)
def test_fighting_for_life_and_a_single_shot(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the victim of a deadly shooting is one person dead, however the body goes on
        (
            _TITLE + "Police have named the victim of a deadly Sunday shooting in Ferris. "
            "Lena Orr, 35, was found shot in the chest in a house on Pell Drive.",
            1,
            0,
        ),
        (_TITLE + "Officers identified the victim of last week's fatal shooting on Dane Road.", 1, 0),
        # a shooting not said to be fatal, or victims not counted, tell no death
        (_TITLE + "Officers identified the victim of a shooting on Dane Road. He is expected to recover.", 0, 1),
    ],
)
def test_the_victim_of_a_deadly_shooting(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a relative clause set off by a comma: "the man, who was shot at 3:10 a.m. and …"
        (
            _TITLE + "Officers met a driver at the station in Pellham. The man, who was shot at 3:10 a.m. "
            "in a parking lot and drove himself there, is in stable condition.",
            0,
            1,
        ),
    ],
)
def test_a_relative_clause_after_a_comma(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a wound told by a pronoun's possessive, a verb after it
        (
            _TITLE + "Police were called to a shooting at a house on Wexley Road late Friday. "
            "His injuries were not life-threatening, a sergeant said.",
            0,
            1,
        ),
        # "his wounds" with no verb after them tells no one hurt here
        (_TITLE + "Police were called to a shooting at a house on Wexley Road. Nobody was hit.", 0, 0),
    ],
)
def test_a_pronouns_injuries(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # treated for a wound, or treated and released: hurt
        (_TITLE + "Shots were fired outside a bar on Corran Street. The cashier was treated for a graze wound.", 0, 1),
        (_TITLE + "Shots were fired outside a bar on Corran Street. The woman was treated and released.", 0, 1),
    ],
)
def test_treated_for_a_wound(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a death told only as "passed away": the figure stands, a word near it says so
        (
            _TITLE + "A man who was shot in the stomach during a robbery on Monday night passed away on Tuesday.",
            1,
            0,
        ),
        (_TITLE + "A woman who was shot several times on Friday night passed away on Saturday.", 1, 0),
    ],
)
def test_a_death_told_as_passing_away(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a house number before a pike or an alley is no count
        (_TITLE + "Crews answered a call about a person hurt in a crash at 1470 Dunmore Pike on Friday.", 0, 0),
        # an interstate's number
        (_TITLE + "A man was shot by troopers along Interstate-85 on Monday night and taken to a hospital.", 0, 1),
        # a credit's label, then a name opening with a number
        (
            _TITLE + "Gallery Photo: 14 West Studio Caption Close Man shot dead outside a club. A man was shot dead in "
            "Orvale on Saturday, police said.",
            1,
            0,
        ),
    ],
)
def test_numbers_that_count_no_one(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a label, then a caption's count, not a name
        ("Video: 4 killed in shooting at Orrin fairground", 4, 0),
        ("Video: 2 People Hurt In Orrin Depot Shooting", 0, 2),
    ],
)
def test_a_count_after_a_credits_label(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # ages: "also 20", a pair before "years old"
        (_TITLE + "Police said the victim, also 20, was shot in the leg on Pell Street.", 20),
        (_TITLE + "The victims who were shot on Pell Street were 16 and 17 years old.", 16),
        # a channel's number before its call sign
        (_TITLE + "A neighbor told 12 WKRX News that a man was shot on Pell Street.", 12),
    ],
)
def test_ages_and_channels_are_no_figures(text: str, number: int) -> None:
    summary = summarize(text, model="rules")
    assert summary.incident is not None
    assert number not in [f.value for f in summary.incident.figures]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the verb left out after "and": "… was killed and a woman wounded"
        (_TITLE + "One man was shot and killed and a teenager wounded outside a bar on Gale Road on Tuesday.", 1, 1),
        (_TITLE + "A teenager was shot and killed and a man critically injured on Gale Road on Tuesday.", 1, 1),
    ],
)
def test_a_verb_left_out_after_and(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "one fatally" set off by dashes: the people shot include the dead
        (_TITLE + "Two women were shot — one fatally — around 11 p.m. as they sat in a car on Ketter Road.", 1, 1),
        # attackers: their noun and three more words before their verb
        (_TITLE + "Two men impersonating utility workers shot a man and then stole his truck on Ketter Road.", 0, 1),
        # the parties to a fight are not its toll
        (_TITLE + "A fight between two brothers on Ketter Road ended with one man shot in the arm on Thursday.", 0, 1),
    ],
)
def test_dashes_attackers_and_parties(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # an hour written without "a.m." or "p.m."
        (_TITLE + "A 19-year-old was shot in the foot around 8 at Ransome Avenue and Keel Street.", 8),
        (_TITLE + "Two men were shot at about 9 on Sunday outside a store on Ransome Avenue.", 9),
    ],
)
def test_an_hour_is_no_figure(text: str, number: int) -> None:
    summary = summarize(text, model="rules")
    assert summary.incident is not None
    assert number not in [f.value for f in summary.incident.figures]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the harm is one other person's, in a clause of their own after the count
        (
            _TITLE + "A father was loading his van, with two children in the back seat, when he was shot on Friday.",
            0,
            1,
        ),
        # the count's own harm comes first
        (_TITLE + "Two children were hurt when he was shot and the van rolled into a fence on Friday.", 0, 2),
    ],
)
def test_a_harm_in_another_persons_clause(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a number joined by a hyphen to the word before it: a code or a name
        (_TITLE + "Deputies said she spat on a K-9 and said she would have killed that dog.", 0, 0),
        (_TITLE + "He was booked on charges of attempted murder-187(A) and of firing at a house on Orme Street.", 0, 0),
        # how often: "2 more times"
        (_TITLE + "A witness said the gunman fired and then shot 2 more times before he fled from Orme Street.", 0, 0),
        # returned fire: "shot back" wounds no one
        (_TITLE + "Officers said 2 masked men walked in, the staff inside shot back, and the men ran off.", 0, 0),
    ],
)
def test_codes_repeats_and_returned_fire(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "also" before a passive of harm other than "shot": one more person hurt
        (_TITLE + "A cashier was killed in the robbery on Elm Row. A shopper was also struck by a bullet.", 1, 1),
        (_TITLE + "Two brothers died in the ambush near Tarrow. Their cousin was also hit in the shoulder.", 2, 1),
    ],
)
def test_also_before_struck_or_hit(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # lived, and was hurt: one person injured
        (_TITLE + "A cab driver survived with a bullet wound to the neck, police in Orrin said.", 0, 1),
        (_TITLE + "Two hikers were killed by the gunman. A third hiker survived with a wound to the thigh.", 2, 1),
        # guard: survived and no wound told
        (_TITLE + "Two hikers were killed by the gunman. A third hiker survived.", 2, 0),
        # survived with no wound: no one hurt
        (_TITLE + "A cab driver survived with no injuries after a gunman fired at his car in Orrin.", 0, 0),
        (_TITLE + "Two hikers were killed by the gunman. A third hiker survived with no wounds.", 2, 0),
    ],
)
def test_survived_with_a_wound(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a reduced relative of what the person was doing, between the person and the harm
        (_TITLE + "A girl playing on a trampoline was hit by a stray bullet in Orrin on Sunday.", 0, 1),
        (_TITLE + "A cashier was killed in the robbery. A man waiting in line was also wounded.", 1, 1),
        # guard: what was done to them is no harm
        (_TITLE + "A man driving a stolen van was arrested on Pell Street on Monday.", 0, 0),
    ],
)
def test_a_person_doing_something_then_harmed(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a coordinated subject of an active verb of harm: the attackers, not its toll
        (_TITLE + "Two armed men and a woman shot a cashier at a gas station on Brill Avenue.", 0, 1),
        (_TITLE + "Three masked men and a teenager robbed and shot a driver on Brill Avenue late Friday.", 0, 1),
        # guard: a coordinated subject of a passive is the toll
        (_TITLE + "Two brothers and a cousin were shot outside a bakery on Brill Avenue.", 0, 3),
        # the people taken somewhere and dying there, the next sentence after their count
        (
            _TITLE + "Two men were shot near a pool hall on Brill Avenue. "
            "Both were rushed to a hospital, where they were pronounced dead.",
            2,
            0,
        ),
        (_TITLE + "Two hikers were shot near Brill Lake. All were flown to a trauma center, where they died.", 2, 0),
        # or in the count's own sentence, taken somewhere "where" they all died
        (_TITLE + "Two men were shot on Brill Avenue and taken to a hospital, where they died.", 2, 0),
        (
            _TITLE
            + "Two cousins were shot on Brill Avenue and flown to a clinic in Osby, where both were pronounced dead.",
            2,
            0,
        ),
        # guards: treated there, or another who died there
        (_TITLE + "Two men were shot on Brill Avenue and taken to a hospital, where they were treated.", 0, 2),
        (_TITLE + "Two men were shot on Brill Avenue and taken to a hospital, where a third man died.", 1, 2),
        # guard: taken somewhere and treated there
        (
            _TITLE + "Two men were shot near a pool hall on Brill Avenue. "
            "Both were taken to a hospital, where they were treated and released.",
            0,
            2,
        ),
        # an ordinal going on from a count of the same fate in its sentence
        (_TITLE + "Two cousins are in stable condition and a third is in critical condition after a shooting.", 0, 3),
        (_TITLE + "Two guards were shot on Brill Avenue, and a third man was wounded by a ricochet.", 0, 3),
        # guard: an ordinal that does not go on from the count is not added to it
        (_TITLE + "Five men were hurt on Brill Avenue and a third is in critical condition.", 0, 5),
        # a participle of harm after an act, its object a definite noun phrase
        (_TITLE + "The deputy returned fire, wounding the gunman near a shed on Brill Avenue.", 0, 1),
        (_TITLE + "The clerk fired back at the robbers, injuring the driver of their car.", 0, 1),
    ],
)
def test_subjects_ordinals_and_people_taken_where_they_died(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a person named by what they hold, run or ride in, then "of the …"
        (_TITLE + "The owner of the bakery was shot on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "The driver of the delivery van was wounded on Marlow Road on Friday.", 0, 1),
        (_TITLE + "A tenant of the building suffered minor injuries in the shooting on Tarrin Street.", 0, 1),
        # near misses: a holder of no harm, and a thing of no person
        (_TITLE + "The owner of the bakery was arrested on Tarrin Street on Friday. No one was hurt.", 0, 0),
        (_TITLE + "The window of the bakery was hit on Tarrin Street on Friday.", 0, 0),
        (_TITLE + "The manager of the bakery was shot on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "The occupant of the car was shot and killed on Marlow Road on Friday.", 1, 0),
        (_TITLE + "The owner of the car was not hurt after shots hit the windshield on Marlow Road.", 0, 0),
        (_TITLE + "The owner said his store was hit by gunfire overnight on Marlow Road on Friday.", 0, 0),
        (_TITLE + "The manager of the bar said two men were shot outside on Tarrin Street on Friday.", 0, 2),
        (_TITLE + "The owner of the house where a man was shot on Friday said she heard nothing.", 0, 1),
    ],
)
def test_a_person_named_by_what_they_hold(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a blow with a thing held or thrown, and a burn
        (_TITLE + "A man was hit with a bat outside a pub on Marlow Road on Friday.", 0, 1),
        (_TITLE + "A woman was struck by a bottle during a brawl on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "A man was badly burned when a petrol bomb hit his shed on Marlow Road on Friday.", 0, 1),
        (_TITLE + "A man was struck with a handgun during a robbery on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "A man was hit over the head with a bottle on Marlow Road on Friday.", 0, 1),
        (_TITLE + "A woman was hit by a man with a bat on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "A man was hit with rocks during a protest on Marlow Road on Friday.", 0, 1),
        (_TITLE + "A man was hit with a chair during a fight on Tarrin Street on Friday.", 0, 1),
        (_TITLE + "A man was burnt by hot oil in a kitchen on Marlow Road on Friday.", 0, 1),
        (_TITLE + "Two children were badly burned in a house fire on Tarrin Street on Friday.", 0, 2),
        # near misses: things hit or burned, a burn of no one, a burn to death
        (_TITLE + "A van was hit with a brick on Marlow Road on Friday and a shed was burned.", 0, 0),
        (_TITLE + "The shed burned on Marlow Road on Friday.", 0, 0),
        (_TITLE + "A man was burned out of his flat on Tarrin Street on Friday.", 0, 0),
        # near misses: a penalty named by a weapon's noun, things burned or struck, a burn done by
        # someone to a thing
        (_TITLE + "A man was hit with a gun charge after a brawl on Marlow Road on Friday.", 0, 0),
        (_TITLE + "A man was hit with a gun possession charge on Marlow Road on Friday.", 0, 0),
        (_TITLE + "A coach was hit with a club fine after a brawl on Tarrin Street on Friday.", 0, 0),
        (_TITLE + "A man was hit with a fine after a brawl on Tarrin Street on Friday.", 0, 0),
        (_TITLE + "The house was struck by a rock thrown from the road on Marlow Road on Friday.", 0, 0),
        (_TITLE + "A man burned the flag during a protest on Tarrin Street on Friday.", 0, 0),
        (_TITLE + "The victim's car was burned on Marlow Road on Friday.", 0, 0),
        (_TITLE + "A bat was found near the scene where a man was stabbed on Marlow Road on Friday.", 0, 1),
    ],
)
def test_a_blow_with_a_thing_or_a_burn_hurts(text: str, killed: int, injured: int) -> None:
    assert counts(text) == (killed, injured)
