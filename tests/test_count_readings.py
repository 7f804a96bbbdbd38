"""Counts that a nearby word once misread: the toll a number belongs to, people saved who died
after all, the group some are counted among, a missing person denied, a hospital's staff."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of
from summarizer.schema import IncidentSummary


def tolls(result: IncidentSummary) -> tuple[int, int]:
    return count_of(result, "killed"), count_of(result, "injured")


def harm_figures(text: str) -> list[tuple[str, float, bool]]:
    inc = summarize(text, model="rules").incident
    if inc is None:
        return []
    return [(f.category, f.value, f.is_total) for f in inc.figures if f.category in ("killed", "injured", "missing")]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the blaze is 9, and the number of injured rose to 31.",
        "The death toll from the blaze is nine, and the number of injured rose to 31.",
    ],
)
def test_a_toll_gives_its_value_to_the_number_nearest_it(text: str) -> None:
    assert [(c, v) for c, v, _ in harm_figures(text)] == [("killed", 9), ("injured", 31)]
    assert harm_figures(text)[1][2]


def test_a_number_of_the_event_between_a_toll_and_its_value_is_not_the_value() -> None:
    assert harm_figures("The death toll from the 3 blasts in Varbeck rose to 40 on Monday.") == [("killed", 40, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll, according to 2 clinics in Varbeck, is at least 45.",
        "The death toll, according to 3 officials, is not yet known.",
    ],
)
def test_a_bare_to_after_a_toll_gives_it_no_value(text: str) -> None:
    assert harm_figures(text) == []


def test_a_verb_bringing_a_toll_to_a_number_gives_its_value() -> None:
    text = "Two more bodies were found on Friday in Varbeck, bringing the death toll to 14."
    assert (14.0, True) in [(v, t) for c, v, t in harm_figures(text) if c == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Two people rescued from the lake later died in hospital.",
        "Three of those rescued from the mine later died.",
    ],
)
def test_people_rescued_who_died_after_all_are_dead(text: str) -> None:
    assert tolls(summarize(text, model="rules"))[0] in (2, 3)


def test_people_rescued_unharmed_are_not_harmed() -> None:
    assert tolls(summarize("Forty people were rescued from the flooded tunnel in Varbeck.", model="rules")) == (0, 0)


def test_the_group_some_are_counted_among_is_not_harmed() -> None:
    text = "Among the 240 guests at the hotel in Varbeck, 7 were injured when a balcony gave way, officials said."
    assert harm_figures(text) == [("injured", 7, False)]


def test_people_among_those_harmed_are_part_of_the_total() -> None:
    text = "Two children were among six people killed in the blast in Varbeck, police said."
    assert harm_figures(text) == [("killed", 2, False), ("killed", 6, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people they are among told shot and killed, shot dead, fatally shot or shot and wounded
        ("A ferry guard was among six people shot and killed at the pier in Varbeck.", (6, 0)),
        ("Two clerks were among five people fatally shot in Varbeck on Friday.", (5, 0)),
        ("A nurse was among four people shot and wounded in Varbeck on Friday.", (0, 4)),
        # guards: "shot dead" (read before); a group not told harmed, some of whom were
        ("Among the seven people shot dead in Varbeck on Friday was a nurse.", (7, 0)),
        ("Among the 240 guests at the hotel in Varbeck, 7 were shot and killed.", (7, 0)),
    ],
)
def test_people_among_those_shot_and_killed_are_the_total(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 60 porters in hospital kitchens across Varbeck stopped work on Tuesday over pay.",
        "Some 40 volunteers in hospital gardens planted trees in Varbeck on Sunday.",
    ],
)
def test_hospital_modifying_a_noun_tells_no_harm(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Three others are in hospital in Varbeck, police said.",
        "Three climbers were taken to hospital with broken legs after a rockfall near Varbeck.",
        "Three climbers were rushed to hospital two hours after a rockfall near Varbeck.",
    ],
)
def test_people_in_hospital_are_injured(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # American usage, with the article: where the people are tells that they were hurt
        ("Two cousins are in the hospital tonight, Tessing police said of the gunfire on Dorran Avenue.", (0, 2)),
        ("A teenager is in the hospital with a leg wound from gunfire near Pellow Park.", (0, 1)),
        ("Police said three men remain in the hospital after gunfire outside a bar in Tessing.", (0, 3)),
        # not a place someone merely stood in
        ("A guard was in the hospital lobby when a fight broke out on Friday in Tessing.", (0, 0)),
        # a cause after "with" or "for" tells a wound, or an illness or a companion of someone unhurt
        ("A man was shot dead on Friday in Tessing. His brother is in the hospital with a gunshot wound.", (1, 1)),
        (
            "A man was shot dead on Friday in Tessing. His aunt is in the hospital with pneumonia, a friend said.",
            (1, 0),
        ),
        ("A man was shot dead on Friday in Tessing. His wife was in the hospital with their baby at the time.", (1, 0)),
        ("A man was shot dead on Friday in Tessing. His uncle is in the hospital for a kidney operation.", (1, 0)),
        # a floating quantifier between the verb and the participle
        ("A cashier and a customer were both wounded when a gunman fired into a store in Tessing.", (0, 2)),
        ("A man and his nephew were both killed in a shooting on Dorran Avenue on Friday.", (2, 0)),
        # a patient's state other than "critical" tells a wound as well
        ("Two cousins are in stable condition after gunfire outside a bakery on Dorran Avenue.", (0, 2)),
        ("Three clerks were in critical but stable condition after a robbery in Tessing on Friday.", (0, 3)),
        # conveyed to the hospital, with its article: "taken to the hospital", "rushed to area hospitals"
        ("Two cousins were taken to the hospital after gunfire outside a bakery on Dorran Avenue.", (0, 2)),
        ("Police said three men were rushed to area hospitals after the gunfire in Tessing.", (0, 3)),
        # guard row: going there on one's own errand tells no wound
        ("Two detectives drove to the hospital on Friday to speak with a witness in Tessing.", (0, 0)),
        # a conveyance denied or refused tells no wound, with the article or without it
        ("Police said two clerks were not taken to the hospital after the robbery in Tessing.", (0, 0)),
        ("Two hikers declined to be taken to the hospital after a fall near Tessing on Friday.", (0, 0)),
        ("Two hikers refused to be taken to hospital after a fall near Tessing on Friday.", (0, 0)),
        # nor one on another's errand: a visitor's or a helper's purpose after the hospital
        ("Two nurses were sent to the hospital to help after the gunfire on Dorran Avenue in Tessing.", (0, 0)),
        ("Three cousins were taken to hospital to be with their grandmother on Friday in Tessing.", (0, 0)),
        # every verb of conveying reads the British form too, as the American one
        ("Two hikers were flown to hospital aboard a helicopter after a fall near Tessing.", (0, 2)),
        # nor one to a part of the hospital, which "hospital" modifies
        ("Blood samples from 20 people were sent to a hospital lab in Tessing on Friday.", (0, 0)),
        ("Thirty officers were sent to the hospital grounds after a threat in Tessing on Friday.", (0, 0)),
        # guard row: a patient's purpose ("to be treated") still tells a wound
        ("Two men were taken to the hospital to be treated for cuts after a fight in Tessing.", (0, 2)),
        ("Two men were taken to the hospital to see a doctor after a fight in Tessing on Friday.", (0, 2)),
    ],
)
def test_people_in_the_hospital_or_both_wounded_are_counted(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "another" told by how they are now, after one dead
        "One cyclist is dead and another is fighting for their life after gunfire on Dorran Avenue.",
        "A guard was killed and another is in serious condition after a robbery in Tessing on Friday.",
    ],
)
def test_another_told_by_their_condition_is_injured(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one recovers from is an illness or a setback, no harm done to the body
        ("A nurse who is recovering from an illness spoke at the rally in Olvey on Monday.", (0, 0)),
        ("Two women are recovering from the flu after the fair in Olvey, officials said.", (0, 0)),
        ("The coach, who is recovering from a long slump, spoke to the press in Tarn on Friday.", (0, 0)),
        # guards: recovering from wounds, from an operation, or with nothing after it
        ("A man was shot on Kell Road in Olvey on Monday. He is recovering from his wounds.", (0, 1)),
        ("A man was shot on Kell Road in Olvey on Monday. He is recovering from surgery.", (0, 1)),
        ("Two porters who were shot on Kell Road in Olvey on Monday are recovering, police said.", (0, 2)),
    ],
)
def test_recovering_from_an_illness_is_no_harm(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay in hospital for an illness, or a committal, is no harm done to the body
        ("The rally in Olvey drew a crowd on Monday. She was hospitalized for depression in May.", (0, 0)),
        ("The rally in Olvey drew a crowd on Monday. He was hospitalised with pneumonia in June.", (0, 0)),
        ("The rally in Olvey drew a crowd on Monday. She had been involuntarily hospitalized in May.", (0, 0)),
        # guards: a stay in hospital with wounds or burns, or with no cause told
        ("A man was shot on Kell Road in Olvey on Monday. He was hospitalized with gunshot wounds.", (0, 1)),
        ("Two men were hospitalized with burns after the blast at the depot in Olvey on Monday.", (0, 2)),
        ("A gas main burst in Olvey on Monday. Three people were hospitalized, the council said.", (0, 3)),
    ],
)
def test_a_stay_in_hospital_for_an_illness_is_no_harm(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two nouns under one article with a singular verb name one person
        ("A teacher and coach was shot and killed on Kell Road in Olvey on Monday.", (1, 0)),
        ("A nurse and mother who ran the food bank was wounded on Kell Road in Olvey on Monday.", (0, 1)),
        (
            "Ines Marlow, 52 — a mother and nurse who sang in the choir — was shot and killed in Olvey on Monday.",
            (1, 0),
        ),
        # guards: a plural verb, or a second article, names two
        ("A father and son were shot and killed on Kell Road in Olvey on Monday.", (2, 0)),
        ("A father and son who lived in Olvey were shot and killed on Kell Road on Monday.", (2, 0)),
        ("A man and a woman were wounded on Kell Road in Olvey on Monday.", (0, 2)),
    ],
)
def test_two_nouns_under_one_article_with_a_singular_verb_are_one_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the children of a parent counted are a family's size, never a toll
        "A father of seven was shot and killed on Kell Road in Olvey on Monday.",
        "A mother of three was wounded on Kell Road in Olvey on Monday.",
        "The grandmother of 12 died at the scene on Kell Road in Olvey on Monday.",
        "A stepfather of two was hurt on Kell Road in Olvey on Monday.",
    ],
)
def test_a_parent_of_a_number_counts_no_victims(text: str) -> None:
    inc = summarize(text, model="rules").incident
    assert all(
        f.value is None or f.value < 2 for f in (inc.figures if inc else []) if f.category in ("killed", "injured")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent named by how many children they have is the one person harmed
        ("A father of seven was shot and killed on Kell Road in Olvey on Monday.", (1, 0)),
        ("A mother of three was wounded on Kell Road in Olvey on Monday.", (0, 1)),
        ("A stepfather of two young sons was hurt on Kell Road in Olvey on Monday.", (0, 1)),
        ("A grandmother of 11 was killed when a stray bullet entered her kitchen in Olvey.", (1, 0)),
        # guard: a definite parent refers back to someone told before, counted there if at all
        ("The grandmother of 12 died at the scene on Kell Road in Olvey on Monday.", (0, 0)),
    ],
)
def test_a_parent_named_by_their_children_is_one_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child named by a parent's word after the victim's parent is named: the victim again
        ("A boy, 5, was shot dead at home in Tessing. His mother was out when her son was shot.", (1, 0)),
        ("A teenager was killed in Tessing on Friday. His parents said their son had been shot twice.", (1, 0)),
        # guards: the wounded named so (read before); one more told ("also", "as well"); a child of
        # another sex than the victim
        ("A girl, 6, was wounded on Dorran Avenue. Her father said his daughter was shot in the leg.", (0, 1)),
        ("A man was shot dead in Tessing on Friday. His father said his son was wounded as well.", (1, 1)),
        ("A man was shot dead in Tessing on Friday. His son was also wounded, police said.", (1, 1)),
        ("A man was shot dead in Tessing on Friday. His mother said her daughter was wounded.", (1, 1)),
        # a child by a word that is not the parent's ("his" after "parents"): the victim's own child
        ("A cook was shot dead in Tessing on Friday. His parents said his son was wounded in the car.", (1, 1)),
    ],
)
def test_a_child_named_by_the_victims_parent_is_the_victim(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the other" of two, after one of them died, is the one who lived
        "A bus driver was shot dead on Dorran Avenue on Friday. The other man, 24, is recovering at home.",
        "A nurse was killed on Friday outside a clinic in Tessing. The other woman was wounded in the arm.",
        "Two brothers were shot on Dorran Avenue. One of them died. The other was taken to a hospital.",
    ],
)
def test_the_other_after_a_death_is_the_one_injured(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        # "the other" after two deaths is the second of the dead, told how they were hurt
        "A man and a woman were killed at a diner in Tessing. The man was shot in the head. "
        "The other victim was wounded in the shoulder blade.",
        "Two men were killed on Dorran Avenue on Friday. The older man was hit in the chest. The other man was shot twice.",
    ],
)
def test_the_other_after_two_deaths_is_one_of_the_dead(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (2, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Rangers said not a single hiker was missing after the storm near Varbeck.",
        "Police are checking whether a man is missing after the fire in Varbeck.",
        "Rescuers asked if a third climber had been reported missing near Varbeck.",
    ],
)
def test_a_missing_person_denied_or_asked_after_is_not_missing(text: str) -> None:
    assert harm_figures(text) == []


def test_a_person_missing_with_no_number_is_one_missing() -> None:
    assert harm_figures("A hiker is missing after a storm swept the ridge near Varbeck, rangers said.") == [
        ("missing", 1, False)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "A 31-year-old woman died at the hospital.",
        "A man, 40, was pronounced dead at the scene.",
    ],
)
def test_a_death_with_no_cause_of_its_own_is_of_the_people_shot(second: str) -> None:
    text = f"Four people were shot late Friday outside a cafe in Varbeck, officers said. {second}"
    assert tolls(summarize(text, model="rules")) == (1, 3)


def test_a_death_with_its_own_cause_is_someone_else() -> None:
    text = (
        "Four people were shot late Friday outside a cafe in Varbeck, officers said. "
        "A man was killed when his van hit a wall nearby."
    )
    assert tolls(summarize(text, model="rules")) == (1, 4)


@pytest.mark.parametrize(
    ("sentence", "number", "counts"),
    [
        ("Image 3 of / 7 shows the street.", "7", False),  # a page counter
        ("Crews fixed 3/4 of the lines.", "3", False),  # a fraction
        ("Ana Ruiz told 16 KXLT reporters.", "16", False),  # a channel, its call sign after it
        ("Neighbours heard one shot fired near the park.", "one", False),  # a shot, not a person
        ("Tavish Orrin, 28, was taken to hospital.", "28", False),  # an age in apposition
        ("The unit logged code 12.5 at the depot.", "12.5", False),  # a code
        ("Guards said 12 drones were shot down near Varsk.", "12", True),
        ("Officers said 3 people were hurt on Elm Row.", "3", True),
        ("A mother of three was hurt on Elm Row.", "three", False),  # a family's size
        ("Two of the three were hurt on Elm Row.", "three", True),  # guard: "of" with no parent
        ("The crash was at County Road 212 near Tarrow.", "212", False),  # a road's number
        ("Two men died near Range Road 3083 and Highway 16.", "3083", False),
        ("Crews closed Mill Rd. 40 people were moved out.", "40", True),  # guard: a stop ends the road
        ("Along the road 3 men were hurt.", "3", True),  # guard: "road" in lower case is no name
        # an emergency line's number before a noun of calling is the number rung
        ("Several 911 callers heard shots near Tarrow.", "911", False),
        ("Police logged 911 calls from Elm Row.", "911", False),
        ("A 911 dispatcher sent two crews to Elm Row.", "911", False),
        ("The 999 operator kept him on the line.", "999", False),
        ("A 112 call came in from Elm Row.", "112", False),
        ("Several 911 - callers heard shots.", "911", False),
        # guards: a count of callers or calls; a road's number; a number of another line with no article
        ("Officers said 12 callers heard shots.", "12", True),
        ("The desk took 110 calls about the storm.", "110", True),
        ("Two men died on Route 911 near Tarrow.", "911", False),
        ("Crews said 911 people were moved out.", "911", True),
        ("Dispatchers took 911 calls all night after the fire.", "911", False),
        ("The 911 center received dozens of calls.", "911", False),
        ("Two 911 dispatchers were shot outside the station.", "911", False),
        ("The flu killed 911 people over the winter.", "911", True),
    ],
)
def test_numbers_that_count_nothing_are_told_by_the_words_around_them(sentence: str, number: str, counts: bool) -> None:
    from summarizer.rules.not_counts import not_a_count
    from summarizer.text.numbers import find_numbers

    num = next(n for n in find_numbers(sentence) if n.text == number)
    s, e = num.span
    assert not_a_count(sentence, num, sentence[max(0, s - 12) : s], sentence[e : e + 20]) is not counts


def test_the_words_before_a_number_are_searched_only_when_they_may_end_as_a_skip_word() -> None:
    """_skip_before searches the characters before a number only when their last ones are not
    ASCII or end with a word or mark that ends one of _SKIP_BEFORE's alternatives: the same answer
    as the search of them all, on random runs of those words in any case, look-alike letters
    (the long s, the Kelvin sign, a dotted capital I), currency signs and blanks."""
    import random

    from summarizer.rules import not_counts

    words = ["No", "No.", "number", "Image", "PHOTO", "picture", "Slide", "page", "p.", "Section", "age", "Aged",
             "ages", "Route", "Road", "road", "Rd.", "rd", "highway", "Interstate", "Interstate-", "I-", "U.S.", "US", "u.s", "Us.", "SR", "K-",
             "$", "€", "£", "¥", "#", "the", "was", "aſ", "Uſ", "ageſ", "\u212a-", "İ-", "x", "sno", "nos", "7",
             "e-", "-"]  # fmt: skip
    gaps = [" ", " ", "", "\n", "  ", "\u00a0", "\t"]
    rng = random.Random(7)
    for _ in range(6000):
        before = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 4)))[-12:]
        assert not_counts._skip_before(before) is (not_counts._SKIP_BEFORE.search(before) is not None), before


@pytest.mark.parametrize(
    "text",
    [
        # a definite noun phrase naming one of the coordinated people shot
        "A teenager and a man were shot late Sunday near a bus stop in Carrow. The teenager died at the hospital.",
        # or by a sex only one of them has
        "A man and his daughter were shot Saturday outside a shop in Carrow. The girl died at the hospital.",
        # a name given to one of the people shot, whose death has no cause of its own
        "The two women shot Friday outside a bar in Lindmoor were Ada Kerrow, 44, and Bea Lunt, 39, deputies said. "
        "Kerrow was pronounced dead at the scene.",
    ],
)
def test_one_of_the_people_shot_who_died_is_not_also_injured(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 1)


def test_the_subject_of_shot_dead_before_its_object_is_not_a_victim() -> None:
    assert harm_figures("A masked gunman shot dead a guard outside a depot in Harnell on Friday.") == [
        ("killed", 1, False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of the subject of an active verb of harm with an object is who did it; the object is harmed
        ("Three deputies shot and injured a suspect outside a pawn shop in Harnell on Monday.", (0, 1)),
        ("Three officers injured a suspect during a struggle in Harnell on Monday.", (0, 1)),
        ("Two robbers stabbed and injured a clerk at a kiosk in Orvale on Friday.", (0, 1)),
        # the verb of harm after another act of theirs
        ("Two gunmen opened fire and wounded a cashier at a kiosk in Orvale on Friday.", (0, 1)),
        ("Two men fired several shots and injured a guard outside a depot in Harnell.", (0, 1)),
        ("Three teens beat and injured a cyclist outside a shop in Harnell on Monday.", (0, 1)),
        ("Two men robbed and shot a clerk at a kiosk in Orvale on Friday.", (0, 1)),
        ("Two men got into a fight and injured a bystander outside a bar in Harnell.", (0, 1)),
        # an adverb before the verb of harm
        ("Two gunmen shot and seriously injured a guard outside a depot in Harnell.", (0, 1)),
        # the object a count of its own
        ("Two gunmen shot and injured three people outside a bar in Harnell on Friday.", (0, 3)),
        # guards: a passive, a headline's reduced passive, the killed object, a time after a participle
        ("Three officers were shot and injured outside a depot in Harnell on Monday.", (0, 3)),
        ("Two people shot and injured in Harnell", (0, 2)),
        ("Two deputies shot and killed a man outside a depot in Harnell on Monday.", (1, 0)),
        # guard: a count that is the object, then another act of the subject's
        ("A gunman shot two people and killed a dog outside a depot in Harnell on Monday.", (0, 2)),
        ("Two people injured the night before the race were treated at a clinic in Harnell.", (0, 2)),
        # a time after the participle is no object
        ("Two people killed the same day in Harnell were cousins, police said.", (2, 0)),
    ],
)
def test_the_subject_of_an_active_harm_verb_with_an_object_is_not_harmed(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite person, a reduced relative telling when or where they were hurt, their fate
        ("UPDATE: The cyclist shot Sunday night outside a bakery on Marl Road has died, his family said.", (1, 0)),
        ("The nurse shot Thursday in the Kellow car park died of her wounds on Saturday, police said.", (1, 0)),
        ("The girl wounded on Friday near a school in Halloway is recovering at home, her mother said.", (0, 1)),
        # the same with a full relative: "who was shot …", then the main verb
        ("UPDATE: The driver who was shot Monday outside a depot on Fenn Road has died, police said.", (1, 0)),
        ("The man who had been shot Saturday on Kell Street died Monday at a hospital, police said.", (1, 0)),
        # by whom, or how often, before when or where
        ("The driver who was shot by a deputy Monday on Fenn Road has died, his sister said.", (1, 0)),
        ("The cook who was stabbed several times Friday behind a diner in Orvale died Sunday, police said.", (1, 0)),
        ("The deputy who was shot by a suspect Friday on Fenn Road is recovering at home, the sheriff said.", (0, 1)),
        # how they were hurt, and whose word it is, told in the relative
        ("The cashier who was shot and wounded Tuesday outside a mill on Tarn Road has died, police said.", (1, 0)),
        ("The cashier who was struck by gunfire Tuesday outside a mill on Tarn Road has died, police said.", (1, 0)),
        ("The cashier who police say was shot Tuesday outside a mill on Tarn Road has died, her son said.", (1, 0)),
        # people counted, then the relative, then their fate
        ("Two porters who were shot Tuesday outside a mill in Sarrow have died, police said.", (2, 0)),
        ("Three hikers who police say were struck by gunfire near Colvey Ridge on Friday later died.", (3, 0)),
        ("Two porters who were shot Tuesday outside a mill in Sarrow are recovering, police said.", (0, 2)),
        # a relative of its own in the gap tells another's death, not theirs
        (
            "A girl, 14, was killed in a shooting at a fair in Wenmoor on Sunday. Three porters who were "
            "wounded at the fair in which the girl died remain in the hospital.",
            (1, 3),
        ),
        # a quantifier that denies the death to all of them
        (
            "Four porters were shot Tuesday outside a mill in Sarrow. None of the four porters who were "
            "shot there has died, police said.",
            (0, 4),
        ),
    ],
)
def test_a_person_hurt_named_with_a_reduced_relative_then_their_fate(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


_UPDATED = "Shooting on Tamsin Road\n\nUPDATE: The {dead} has died, police said Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an update on top tells the death before the story that told the person hurt: one person
        (
            _UPDATED.format(dead="man") + "A man was hospitalized after he was shot on Tamsin Road on Sunday. "
            "A woman was also hurt.",
            (1, 1),
        ),
        (
            _UPDATED.format(dead="man") + "One man was hospitalized after he was shot on Tamsin Road on Sunday. "
            "A woman was also hurt.",
            (1, 1),
        ),
        # one more person told by the same noun is someone else: the first one named died
        (
            _UPDATED.format(dead="man") + "A man was hospitalized after he was shot on Tamsin Road on Sunday. "
            "A second man was also hurt.",
            (1, 1),
        ),
        # guard: the update names another person than the one hurt
        (
            _UPDATED.format(dead="woman") + "A man was hospitalized after he was shot on Tamsin Road on Sunday. "
            "A woman was hurt too.",
            (1, 1),
        ),
        # the person named by a bare relative of their harm, right before their fate
        (
            "Shooting on Tamsin Road\n\nUPDATE: The man who was shot has died, police said.\n\n"
            "One person was hurt in a shooting on Tamsin Road on Sunday.",
            (1, 0),
        ),
        ("Stabbing\n\nThe woman who was stabbed later died, police said.", (1, 0)),
        # a death told with "since" or "now" between the auxiliary and the verb
        (
            "Shooting on Tamsin Road\n\nUPDATE: Police say Lena Ortiz, 29, has since died.\n\n"
            "Lena Ortiz, 29, was hurt in a shooting on Tamsin Road on Sunday, police said.",
            (1, 0),
        ),
        (
            _UPDATED.replace("has died", "has now died").format(dead="man") + "A man was hurt in a shooting on Sunday.",
            (1, 0),
        ),
        # and a fate after it that is no death: hurt
        ("Stabbing\n\nThe woman who was stabbed is expected to recover, police said.", (0, 1)),
    ],
)
def test_an_update_that_the_person_hurt_died_counts_them_once(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an age as the predicate of one person, their clause ending after it
        "Police said the woman killed in the crash on Pell Street was 62.",
        # the second of two ages in apposition
        "The sisters, 15 and 19, were wounded outside a cafe in Varbeck on Saturday, police said.",
    ],
)
def test_an_age_is_no_count(text: str) -> None:
    assert all(v < 15 for _, v, _ in harm_figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative quantifier governing the count's own verb of death: no one of them died
        ("Three porters were shot Tuesday outside a mill in Sarrow. None of the three victims has died.", (0, 3)),
        ("Two clerks were shot at a kiosk in Orvale. Neither of the two clerks was killed, police said.", (0, 2)),
        ("None of the five hikers were killed when the bridge near Colvey Ridge gave way.", (0, 0)),
        # the dead named by a participle after the count stay dead: the quantifier says another thing of them
        ("None of the four killed at the depot in Sarrow was armed, police said.", (4, 0)),
        ("Neither of the two men killed in Orvale on Friday had a criminal record.", (2, 0)),
    ],
)
def test_none_of_the_people_counted_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative quantifier over the people counted, the count's own verb of harm after them
        ("None of the 30 passengers was hurt when the ferry ran aground near Tarn on Monday.", (0, 0)),
        ("Two cars collided on Kell Road on Monday. Neither of the two drivers was injured, police said.", (0, 0)),
        ("No one among the 14 guests was injured in the blaze at the inn in Olvey.", (0, 0)),
        ("Nobody among the 14 guests was hurt in the blaze at the inn in Olvey.", (0, 0)),
        # their noun phrase longer, a place or a role after the noun
        ("A fire swept a hall in Olvey. Neither of the two guards on duty was hurt.", (0, 0)),
        # their own verb of harm told by where they were taken or what they needed
        ("A fire swept a hall in Olvey. None of the 12 residents were taken to a hospital.", (0, 0)),
        ("A fire swept a hall in Olvey. None of the 12 residents needed treatment.", (0, 0)),
        # "not one", "not a single": a negative quantifier as the subject's determiner
        ("A fire gutted a shed in Olvey on Monday. Not one person was injured.", (0, 0)),
        ("A fire gutted a shed in Olvey on Monday. Not a single person was hurt.", (0, 0)),
        # people counted whose own predicate says they came to no harm
        ("All 12 residents escaped without injury when a fire swept a hall in Olvey.", (0, 0)),
        # a title's headline grammar, its noun after a negative determiner
        (
            "Neither driver hurt in Olvey crash\n\nTwo vans collided on Fenn Road in Olvey on Monday, police said.",
            (0, 0),
        ),
        # the group fronted, then the part of it the clause tells of
        ("Of the 12 residents, none was hurt when the roof of the hall in Olvey fell in.", (0, 0)),
        ("Of the four officers, two were injured in the blast at the depot in Olvey.", (0, 2)),
        # a group told by its size after "of" under the quantifier: the number is its size
        ("A fire swept a depot in Olvey on Monday. Nobody among the staff of 40 was hurt.", (0, 0)),
        ("None of the crew of 12 was injured when the trawler ran aground off Tarn on Monday.", (0, 0)),
        # a group of things fronted: the part counts things, whose state is no harm
        ("Of the 30 barns the council surveyed in Olvey, nine were in fair condition.", (0, 0)),
        ("Of the 20 vans checked at the depot in Tarn on Monday, three were in stable condition.", (0, 0)),
        # guard: a group by its size harmed
        ("A family of five was killed in the fire at a house in Olvey on Monday.", (5, 0)),
        # guards: a fronted group of people, or of people told by a participle
        ("Of the 12 tenants, two were hurt when the roof of the hall in Olvey fell in on Monday.", (0, 2)),
        ("Of the five shot outside the hall in Olvey, two were in critical condition.", (0, 5)),
        # guard: the people hurt named by a participle after the count stay hurt
        (
            "Four porters were shot outside a mill in Sarrow on Tuesday. None of the four porters shot there "
            "was badly hurt, police said.",
            (0, 4),
        ),
        # guards: "not one but two"; the people shot, none of whom died; a part "of them" after a count;
        # a title's bare noun
        ("Driver hurt in Olvey crash\n\nTwo vans collided on Fenn Road in Olvey on Monday, police said.", (0, 1)),
        ("Not one but two people were killed in the blast at the depot in Olvey.", (2, 0)),
        ("Twelve people were shot at a fair in Olvey. Of the 12 people shot, none died.", (0, 12)),
        ("The blast at the depot in Olvey killed 12 people, two of them children.", (12, 0)),
    ],
)
def test_none_of_the_people_counted_was_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a negative quantifier pronoun as the subject of a harm counts no one (it is no one's name)
        "A barn caught fire on a farm near Olvey on Sunday. Nobody was killed.",
        "A boiler exploded at a laundry in Tarn on Friday. No-one was killed, the fire service said.",
        "Two vans collided on the Kell bypass on Tuesday. Neither died.",
        "A gas main burst under a school in Orvale on Monday. Nobody died, the council said.",
        # nor does a quantifier over all of them, which tells no number
        "A tour bus overturned on a hill near Olvey on Sunday. Everyone was killed.",
        "A tour bus overturned on a hill near Olvey on Sunday. Each was killed.",
    ],
)
def test_a_quantifier_pronoun_subject_of_a_harm_is_no_person_counted(text: str) -> None:
    assert harm_figures(text) == []


def test_someone_subject_of_a_harm_is_one_person() -> None:
    # guard: "someone" stands for one person, unnamed
    assert tolls(summarize("A ferry caught fire near Tarn on Monday. Someone was killed.", model="rules")) == (1, 0)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "A 16-year-old girl was wounded in the hand by a stray round on Wren Lane in Osterby on Sunday, deputies said. "
            "A 52-year-old man was also wounded.",
            "A 52-year-old man was also injured.",
        ),
        (
            "A cyclist was hurt when a van struck a bus shelter in Marlow Cross on Monday, police said. "
            "A second cyclist was injured.",
            "A second cyclist was injured.",
        ),
    ],
)
def test_people_told_one_at_a_time_are_each_in_the_summary(text: str, told: str) -> None:
    """The count adds a person told as one more after the first toll, and the summary says so: a
    reader of the summary alone learns of both."""
    result = summarize(text, model="rules")
    assert tolls(result)[1] == 2
    assert told in result.summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also" after several people counted is most often one of them described again
        (
            "Three people were hurt by gunfire outside a cafe in Pellham on Sunday, police said. Deputies found a "
            "teenager lying near the door. A woman was also shot.",
            (0, 3),
        ),
        # unless the text says they are besides those counted
        (
            "Two men were wounded outside a depot in Pellham on Sunday. In addition, a woman was shot in the arm.",
            (0, 3),
        ),
        # a second of the same noun after a first hurt by a vehicle, a fire, a blow
        (
            "A cyclist was hit by a van on Mill Road in Osterby on Tuesday, police said. A second cyclist was also "
            "injured.",
            (0, 2),
        ),
        (
            "A worker suffered burns in a kitchen fire at a diner in Osterby on Tuesday. A second worker was also hurt.",
            (0, 2),
        ),
        ("A woman was struck and injured by a bus in Osterby on Tuesday. A second woman was also hurt.", (0, 2)),
        # the one more person is the shooter, was shot at and missed, or was hit with a charge
        (
            "A teenager was wounded on Fern Road in Osterby on Friday, police said. Neighbours said another "
            "teenager shot the boy after a quarrel.",
            (0, 1),
        ),
        (
            "A driver was wounded on Fern Road in Osterby on Friday. A second driver was also shot at but drove away.",
            (0, 1),
        ),
        (
            "A man was wounded on Fern Road in Osterby on Friday. A second man shot at deputies before he was caught.",
            (0, 1),
        ),
        ("A man was wounded on Fern Road in Osterby on Friday. Another man was shot at but was not struck.", (0, 1)),
        (
            "A woman was shot on Fern Road in Osterby on Friday. Another woman was also hit with a trespassing charge.",
            (0, 1),
        ),
        # "dead" as an intensifier tells no death
        (
            "Two cousins were shot outside a hall in Osterby on Saturday, police said. Both were dead tired after "
            "the long drive home, an uncle said.",
            (0, 2),
        ),
        # one more told with "also": killed as well as injured; after a relative clause, an apposition;
        # named by a definite noun phrase (but not the same noun again: the same person)
        (
            "A cyclist was killed in a collision on the B12 near Osterby on Monday. A pillion rider was also killed.",
            (2, 0),
        ),
        (
            "A man was shot on Fern Road in Osterby on Friday. A 60-year-old woman who was sitting on her porch was "
            "also wounded.",
            (0, 2),
        ),
        ("A man was shot on Fern Road in Osterby on Friday. Another man, 33, was also hit in the arm.", (0, 2)),
        (
            "A man was shot on Fern Road in Osterby on Friday. Deputies said the bakery's owner was also wounded.",
            (0, 2),
        ),
        ("A clerk was shot at a petrol station in Osterby on Friday. The clerk was also shot in the leg.", (0, 1)),
        # "another" or an ordinal alone opening its sentence
        ("A woman was shot on Fern Road in Osterby on Friday. Another was grazed in the arm.", (0, 2)),
        (
            "Two women were wounded on Fern Road in Osterby on Friday. A third woman was hurt. A fourth was grazed.",
            (0, 4),
        ),
    ],
)
def test_one_more_person_told_one_at_a_time(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


def test_a_couple_of_dozen_is_no_pair() -> None:
    text = "A couple of dozen people were hurt when a footbridge gave way at a fair in Osterby on Saturday."
    assert tolls(summarize(text, model="rules"))[1] != 2


@pytest.mark.parametrize(
    ("text", "told", "untold"),
    [
        # "another" alone keeps a noun: the first toll's, or the one written after it
        (
            "A nurse was injured when a gunman opened fire at a clinic in Osterby on Friday. Another was injured.",
            "Another nurse was injured.",
            "Another was",
        ),
        (
            "A man was shot on Fern Road in Osterby on Friday. Another man, 33, was also hit in the arm.",
            "Another man was also injured.",
            "Another was",
        ),
        # no one more where the count would then say more than the text
        (
            "Three people were hurt by gunfire outside a cafe in Pellham on Sunday, police said. Deputies found a "
            "teenager lying near the door. A woman was also shot.",
            "three people were injured.",
            "also injured",
        ),
        (
            "A man was wounded on Fern Road in Osterby on Friday. A second man was also shot at but drove away.",
            "A man was injured.",
            "second man",
        ),
        # said by the source that tells it
        (
            "Deputies said a hunter was wounded on Fern Road in Osterby on Friday, and a second hunter was also shot.",
            "According to deputies, a hunter was injured, and a second hunter was also injured",
            "injured. A second hunter",
        ),
        (
            "A hunter was wounded on Fern Road in Osterby on Friday, deputies said. Deputies said a second hunter "
            "was also shot.",
            "According to deputies, a second hunter was also injured",
            "injured. A second hunter",
        ),
        # a first toll named by a definite noun phrase: told as one of the people counted before it, or
        # the lead tells the toll
        (
            "Two women were shot outside a garage in Osterby late Friday, deputies said. The woman shot in the neck "
            "died on the way to a clinic; the other is recovering at home.",
            "Two women were shot, according to deputies, and a woman among them was killed.",
            "The woman was killed",
        ),
        (
            "Deputies are looking for the driver of a grey car after a shooting in Osterby on Friday. The victim was "
            "shot in the leg and is recovering.",
            "Deputies are looking for the driver of a grey car",
            "The victim was injured",
        ),
    ],
)
def test_the_summary_tells_one_more_person_as_the_text_does(text: str, told: str, untold: str) -> None:
    result = summarize(text, model="rules")
    assert told in result.summary
    assert untold not in result.summary
    assert result.check.ok, result.check.findings


@pytest.mark.xfail(reason="'a couple of dozen' is read as no count, not as some 24 people", strict=True)
def test_a_couple_of_dozen_is_some_two_dozen() -> None:
    text = "A couple of dozen people were hurt when a footbridge gave way at a fair in Osterby on Saturday."
    assert tolls(summarize(text, model="rules"))[1] == 24


@pytest.mark.xfail(reason="a fall is not read as an injury: only the second hiker is counted", strict=True)
def test_a_second_person_also_hurt_after_a_fall() -> None:
    text = "A hiker fell from a ledge above Cray Point on Sunday, rangers said. A second hiker was also hurt."
    assert tolls(summarize(text, model="rules")) == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after a preposition takes the people shot as its object
        (
            "A Harwick man is accused of shooting two people outside a bar on Dell Street early Sunday, police "
            "said. Officers found a woman shot in the arm.",
            (0, 2),
        ),
        (
            "Deputies arrested a Lenmoor man on Saturday. He is charged with shooting three teenagers at a park "
            "near the river, the sheriff said.",
            (0, 3),
        ),
        # the people shot, then how many of them died
        (
            "Police arrested a Harwick man on Monday. He was charged with shooting two men, killing one, outside a "
            "bar on Dell Street.",
            (1, 1),
        ),
        # the noun is no verb: a place after it, not people shot
        (
            "Police were called to a shooting two blocks from a school on Dell Street on Monday. No one was hurt.",
            (0, 0),
        ),
    ],
)
def test_shooting_after_a_preposition_counts_the_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "label",
    ["More", "Related", "Related coverage", "Read more", "See also"],
)
def test_a_capitalised_link_label_sets_another_story_apart(label: str) -> None:
    text = (
        "A man was shot and killed outside a garage on Tern Street on Monday, police said. Officers have made no "
        f"arrest. {label}: Three shot, including a guard, at a Carlow mall; one dead. Anyone with information is "
        "asked to call police."
    )
    assert tolls(summarize(text, model="rules")) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a gunman shot four people outside a bar in Carlow on Tuesday night. One of them died at the "
        "hospital. The others are expected to recover.",
        "A Harwick man was charged on Monday with shooting four people at a party on Fenn Road. One of them died "
        "on Sunday, deputies said.",
    ],
)
def test_a_count_the_verb_shot_takes_then_one_of_them_dead(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named with an age, and the wound they carry
        (
            "Police are investigating a shooting Tuesday night on Fenn Road in Harwick. When officers arrived, they "
            "found Dale Morrow, 31, with a gunshot wound. No arrest has been made.",
            (0, 1),
        ),
        # a later, unrelated case is set apart from the toll its people tell, though no number counts it
        (
            "Police are investigating a shooting Tuesday night on Fenn Road in Harwick. When officers arrived, they "
            "found Dale Morrow, 31, with a gunshot wound to his hip. Pat Lyle, 21, who was found badly hurt on Elm "
            "Street last week in an unrelated shooting, died on Monday, police said.",
            (0, 1),
        ),
    ],
)
def test_a_person_named_with_an_age_and_a_wound_is_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Masked robbers burst into a flat on Fenn Road in Harwick late Tuesday, police said. Two tenants "
            "were struck on the face with pistols before the robbers fled with a safe.",
            (0, 2),
        ),
        (
            "A robber stopped three women on Tern Street in Carlow early Saturday, police said. He struck all "
            "three women with his handgun before taking their phones.",
            (0, 3),
        ),
        # a blow with something else is no gun's harm counted here
        (
            "A robber stopped three women on Tern Street in Carlow early Saturday, police said. He hit all "
            "three women before running off with their phones.",
            (0, 0),
        ),
    ],
)
def test_people_hit_with_a_gun_are_injured(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize("place", ["the Carlow Regional Medical Center", "a trauma centre in Harwick"])
def test_a_person_taken_to_a_hospital_by_another_name_is_injured(place: str) -> None:
    text = (
        f"One man was killed and another was taken to {place} after a gunfight on Fenn Street on Saturday night. "
        "Police said four men had knocked on the door of the house."
    )
    assert tolls(summarize(text, model="rules")) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of any people counted before is a count of one
        (
            "Two deputies fired at a fleeing van near a depot in Osterby early Sunday. One of the deputies was "
            "hurt during the chase. The van's driver later gave himself up.",
            (0, 1),
        ),
        (
            "Three teens were shot outside a rink in Osterby late Friday. One of the teens died on Saturday, "
            "deputies said.",
            (1, 2),
        ),
        # the harm they did, told by its participle, is not theirs
        (
            "Deputies went to a flat in Osterby on Tuesday to serve a warrant. One of the deputies fired a single "
            "round from his rifle, wounding a tenant, who is recovering.",
            (0, 1),
        ),
    ],
)
def test_one_of_the_people_counted_and_the_harm_they_did(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with a subject of its own tells that subject's harm, not the people counted before it
        (
            "Deputies held three men for questioning on Friday after a clerk was shot and killed behind a diner "
            "in Osterby. No charges have been filed.",
            (1, 0),
        ),
        (
            "Neighbours held a candlelit march in Osterby on Sunday. About 60 people walked to the corner where "
            "Dana Reyes, 16, was shot a night earlier.",
            (0, 1),
        ),
        # a pronoun subject is the people counted
        (
            "Three men were on a porch when they were shot early Sunday in Osterby, deputies said. All are "
            "expected to recover.",
            (0, 3),
        ),
    ],
)
def test_a_harm_in_a_clause_with_its_own_subject_is_that_subjects(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the shootings of" counts the people shot, and "one of those people" is one of them
        (
            "Deputies are still looking for a motive in the shootings of five people at a flat in Osterby on "
            "Friday. One of those people died. The others are recovering.",
            (1, 4),
        ),
        (
            "Deputies are looking for a motive in the shootings of three people at a flat in Osterby on Friday, "
            "a spokesman said.",
            (0, 3),
        ),
    ],
)
def test_the_shootings_of_people_and_one_of_those(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # the shootings named before the toll they left
        "Deputies are investigating two overnight shootings in Osterby that left two men with wounds.",
        # a place naming the shootings
        "Two men were wounded in two Osterby shootings overnight, deputies said.",
        # the toll spread over several places
        "Three men were wounded by gunfire on Friday night in different parts of Osterby, deputies said.",
        # where each was told between "separate" and the shootings
        "Two men were wounded on Friday night in separate East and West side shootings, deputies said.",
    ],
)
def test_a_toll_over_several_shootings_leaves_the_story_its_own(lead: str) -> None:
    text = f"{lead} Near a bakery on Fenn Road, a 31-year-old man was grazed on his thigh. He is expected to recover."
    assert tolls(summarize(text, model="rules")) == (0, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's toll, then the text names its shootings as several
        (
            "Two men were taken to hospitals on Sunday after they were shot in Osterby, deputies said. A man was "
            "hit in the arm on Fenn Road at about 7 p.m. Earlier that day, a man was hit in the foot on Tern "
            "Street. Deputies have no suspects in either shooting.",
            (0, 1),
        ),
        # "the shootings happened …": several, the first told is the story's toll
        (
            "Two people were fatally shot on Sunday night in Osterby. The shootings happened an hour and a mile "
            "apart. In the first, on Fenn Road, a man was hit in the chest; he died at a clinic.",
            (1, 0),
        ),
        # one shooting with two people hurt stays whole
        (
            "Two men were taken to hospitals on Sunday after they were shot in Osterby, deputies said. One was hit "
            "in the arm and the other in the foot. Deputies have no suspects.",
            (0, 2),
        ),
        # the lead ties its toll to one shooter's one scene: a later scene of theirs leaves it the story's
        (
            "Two clerks were hurt when a gunman opened fire at a bakery on Fenn Road in Osterby on Sunday. Minutes "
            "later he shot a man on Tern Street, deputies said. The shootings happened about ten minutes apart.",
            (0, 2),
        ),
    ],
)
def test_a_lead_toll_over_shootings_told_as_several_later(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another" as the object of a verb after a preposition is one more person
        (
            "A gunman was shot by deputies in Osterby on Sunday after shooting another man in the arm, the sheriff "
            "said. Both are in stable condition.",
            (0, 2),
        ),
        (
            "A gunman was shot dead by deputies in Osterby on Sunday after killing another man outside a bar, the "
            "sheriff said.",
            (2, 0),
        ),
    ],
)
def test_another_after_a_verb_after_a_preposition_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies were called to a farm near Osterby on Monday. In the barn they found a farmer's brother in "
            "his sixties dead of a gunshot wound. Foul play is not suspected.",
            (1, 0),
        ),
        (
            "Deputies were called to a farm near Osterby on Monday. They found a woman in her early twenties "
            "wounded in the barn. She is expected to recover.",
            (0, 1),
        ),
    ],
)
def test_a_person_found_with_an_age_by_decade(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


def test_a_person_discovered_deceased_after_two_appositions_is_killed() -> None:
    text = (
        "Osterby police answered a call on Fenn Lane late on Friday. Officers discovered the tenant, Ada Moor, "
        "a retired nurse, deceased in the hall. Her nephew was arrested at the scene."
    )
    assert tolls(summarize(text, model="rules")) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by their work where the shooting happened, one by one or counted
        ("A chef and a bouncer are in the hospital after gunfire outside a grill in Pemberly on Friday.", (0, 2)),
        ("Two waitresses were shot at a cafe in Pemberly late Friday, police said.", (0, 2)),
        ("A barber was shot inside his shop in Pemberly on Friday. The barber died at a hospital.", (1, 0)),
    ],
)
def test_people_named_by_their_work_are_counted(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rangers found two men near Colvey Ridge on Friday. One was 19. The other man was 23 and was shot twice.",
            (0, 1),
        ),
        ("A cashier was shot outside a mill in Sarrow. The cashier was 58 and died on Sunday, police said.", (1, 0)),
    ],
)
def test_an_age_told_with_a_second_predicate_is_no_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two cousins were shot outside a mill in Sarrow on Friday. One of them, a 31-year-old woman, died at a "
        "hospital. The other person is in the hospital.",
        "Two cousins were shot outside a mill in Sarrow on Friday. One of them, identified as Dana Orrel, died at "
        "the scene. The other is recovering.",
    ],
)
def test_one_of_them_with_an_apposition_then_their_death(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 1)


def test_a_person_named_with_an_age_and_a_wound_sets_apart_a_later_counted_case() -> None:
    text = (
        "Deputies came to Fenn Lane in Harwick and found Lena Marsh, 24, with a gunshot wound in her hip. Medics "
        "took her to a clinic. In an unrelated shooting, a man was killed on Tern Street."
    )
    assert tolls(summarize(text, model="rules")) == (0, 1)


def test_a_storm_toll_over_several_places_is_one_events() -> None:
    text = (
        "Tornadoes killed five people in different parts of Lenmoor County on Tuesday, officials said. In "
        "Harwick, a woman died when a tree fell on her car."
    )
    assert tolls(summarize(text, model="rules")) == (5, 0)


@pytest.mark.parametrize(
    "text",
    [
        # the crime of a sentence served is a past case's
        "A man was shot and killed late Saturday on Pine Street in Varbeck, police said. The suspect was on "
        "parole after serving ten years for killing another man.",
        "A man was shot and killed late Saturday on Pine Street in Varbeck, police said. The suspect was paroled "
        "last spring after serving time for shooting two men outside a tavern.",
    ],
)
def test_the_crime_of_a_sentence_served_is_no_toll(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        # the people counted dealt the blow, to a place
        "Two robbers struck a gas station in Varbeck with a shotgun on Sunday, police said. The clerk was not hurt.",
        # a gun naming another noun is no weapon
        "Two men were hit with gun charges after a traffic stop on Tuesday in Varbeck, police said.",
    ],
)
def test_a_blow_the_people_counted_dealt_or_a_gun_charge_is_no_harm(text: str) -> None:
    assert tolls(summarize(text, model="rules")) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one of the people counted said is of another's harm
        (
            "A man was killed on Sunday on Elm Street in Harwick. One of the officers said the man was shot in the chest.",
            (1, 0),
        ),
        ("One of the officers said two people were killed in the crash on Route 9 near Harwick.", (2, 0)),
        ("One of the deputies told reporters that three people were hurt in the crash near Harwick.", (0, 3)),
    ],
)
def test_what_one_of_the_people_counted_said_is_not_their_harm(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle whose object refers back to the people counted is their harm
        ("Two men were in a car when it crashed into a tree, killing both, troopers said.", (2, 0)),
        ("Three people were in a van when it hit a pole near Harwick, injuring all of them, troopers said.", (0, 3)),
    ],
)
def test_a_participle_whose_object_is_the_people_counted_is_theirs(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


def test_one_of_them_dead_after_a_verb_taking_more_people_than_its_count() -> None:
    text = "A gunman shot two guards and a cook at a diner in Harwick on Sunday. One of them died at a clinic."
    assert tolls(summarize(text, model="rules")) == (1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same attacker's later victim, new to the story, adds one person to the first
        (
            "Police say Corwin Abley shot a woman at a flat in Sarrow on Monday. He later shot a man outside a kiosk.",
            (0, 2),
        ),
        ("A gunman shot a cook behind a diner in Orvale on Friday. He then shot a clerk, police said.", (0, 2)),
        # told in a verb phrase joined to a later one of the same subject
        ("A man shot a neighbor in Orvale on Friday, then drove to a shop and shot a clerk, police said.", (0, 2)),
        # no one hurt before: the clerk is the only one
        ("A masked man walked into a shop in Orvale on Friday. He then shot a clerk, police said.", (0, 1)),
        # himself, or shots at someone, add no victim
        ("Police say Corwin Abley shot a woman at a flat in Sarrow on Monday. He then shot himself.", (0, 1)),
        ("Police say Corwin Abley shot a woman at a flat in Sarrow on Monday. He then shot at a man nearby.", (0, 1)),
    ],
)
def test_a_later_victim_of_the_same_attacker_adds_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people of kin joined by "and", both the object of the verb of harm
        (
            "A Dayton man shot and killed his former wife and her new husband at their home on Monday, police said.",
            (2, 0),
        ),
        ("A Dayton man shot his former wife and her new husband at their home on Monday, police said.", (0, 2)),
        # or both its subject
        ("A man was shot and killed in Orvale on Monday. His wife and his son were also wounded, police said.", (1, 2)),
        # two people hurt are not the one who died
        (
            "A Dayton man killed himself Monday after shooting his former wife and her new husband at home, police said.",
            (1, 2),
        ),
        # guard: the second one is the subject of a clause of their own
        ("A Dayton man shot his wife and her brother called police on Monday, deputies said.", (0, 1)),
        ("A Dayton man shot his wife and her brother drove her to a hospital on Monday, deputies said.", (0, 1)),
    ],
)
def test_two_people_of_kin_joined_by_and_are_two(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a couple" with no "of" after it: two people named as one
        ("A shooting on Elm Street in Orvale left an elderly couple wounded on Monday, police said.", (0, 2)),
        ("A married couple was shot at their home in Orvale on Monday, police said.", (0, 2)),
        ("A gunman shot a couple outside a bar in Orvale on Monday, police said.", (0, 2)),
        ("A young couple were found shot dead in their car in Orvale on Monday.", (2, 0)),
        # and more people named after the couple: summed
        ("An elderly couple and their grandson were killed at a farm near Orvale on Monday.", (3, 0)),
        ("A young couple and their daughter were shot dead in their car near Orvale on Monday.", (3, 0)),
        ("A married couple and a neighbor were wounded in a shooting in Orvale on Monday, police said.", (0, 3)),
        # guard: a couple of times, a measure and no people
        ("A gunman shot a couple of times at a car in Orvale on Monday, but no one was hurt, police said.", (0, 0)),
    ],
)
def test_a_couple_is_two_people(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named as one of the people shot, then their death by the same name
        (
            "Lee Park was one of two people shot at a house in Orvale on Sunday, police said. Park died at a "
            "hospital, while the second victim is expected to recover.",
            (1, 1),
        ),
        (
            "Police said Lee Park, 20, was one of three people shot at a party in Orvale on Sunday. Park died "
            "later that night, while the others are recovering.",
            (1, 2),
        ),
        # guard: another name's death is someone else's
        (
            "Lee Park was one of two people shot at a house in Orvale on Sunday, police said. Dana Reyes died "
            "at a hospital, while a neighbor was hurt.",
            (1, 2),
        ),
    ],
)
def test_a_person_named_one_of_the_people_shot_then_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


def test_a_number_word_typed_twice_counts_once() -> None:
    text = "Police said her two two young sons were wounded in the shooting on a porch in Orvale on Sunday."
    assert tolls(summarize(text, model="rules")) == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of harm in an infinitive denied or only meant: no one is hurt
        ("The woman begged him not to hurt her two children, police in Orvale said.", (0, 0)),
        ("The woman pleaded for the robber to not take her car or hurt her three children, police said.", (0, 0)),
        ("A man threatened to hurt two neighbors during an argument in Orvale on Sunday, police said.", (0, 0)),
        # guard: determiners between the verb and the count
        ("A man vowed to kill all three witnesses, a prosecutor in Orvale said on Sunday.", (0, 0)),
        # the count outside the infinitive: a clause after its object, or "and hurt" in the past
        ("The rebels vowed to avenge the attack that killed 14 villagers near Orvale on Sunday.", (14, 0)),
        ("The gang threatened to attack again after it killed 9 guards at a depot near Orvale.", (9, 0)),
        ("A tram driver braked to not hit a dog and hurt five riders in Orvale on Sunday, police said.", (0, 5)),
        # guard: the harm done
        ("Two neighbors were hurt during an argument in Orvale on Sunday, police said.", (0, 2)),
    ],
)
def test_a_harm_denied_or_threatened_in_an_infinitive_hurts_no_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken to a hospital for no wound: an evaluation, a precaution, how they seemed
        ("A man was taken to a hospital for an evaluation after the standoff in Orvale, police said.", (0, 0)),
        ("A man was taken to a hospital for a mental health evaluation after the standoff in Orvale.", (0, 0)),
        ("The suspect was taken to a hospital as a precaution after his arrest in Orvale, police said.", (0, 0)),
        ("A man was taken to a hospital because he appeared confused after a break-in in Orvale, police said.", (0, 0)),
        # guard: a wound said after the hospital
        ("A man was taken to a hospital with a gunshot wound after a fight in Orvale, police said.", (0, 1)),
        # the evaluation of a wound: hurt
        (
            "A clerk was taken to a hospital for evaluation of a gunshot wound to the arm in Orvale, police said.",
            (0, 1),
        ),
    ],
)
def test_taken_to_a_hospital_for_no_wound_is_not_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun's sex overrides the guess from the dead person's given name: the same person
        (
            "Lavon Reyes, 22, was shot dead outside a shop in Orvale on Sunday, police said. Witnesses said Reyes "
            "was arguing with several men when he was struck by gunfire.",
            (1, 0),
        ),
        (
            "Police said Lavon Reyes was killed outside a shop in Orvale on Sunday. Reyes was arguing with several "
            "men when he was struck by gunfire.",
            (1, 0),
        ),
        # guard: a sex the words tell sets the pronoun's person apart
        (
            "A woman was found shot dead in a car in Orvale on Sunday. He was taken to a hospital in stable "
            "condition, police said.",
            (1, 1),
        ),
    ],
)
def test_a_pronoun_is_not_set_apart_by_a_given_names_guessed_sex(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a person named lives may follow the name, before the verb: "Park of Dunmore Heights, Pa., was shot"
        (
            "Lee Park of Dunmore Heights, Pa., was shot in the chest outside a diner on Friday and died at a hospital.",
            (1, 0),
        ),
        ("Dana Reyes of Lorn Hill, Ky., was shot in the leg outside a bar in Orvale on Sunday, police said.", (0, 1)),
    ],
)
def test_a_person_named_with_where_they_live_then_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a murder-suicide told in words: the people killed, and the killer
        (
            "A Dayton man killed himself Monday after killing his wife and her brother at their home, police said.",
            (3, 0),
        ),
        (
            "A Dayton woman killed herself on Friday after murdering her ex-husband and his new wife, deputies said.",
            (3, 0),
        ),
        # guard: a shooting not said to kill leaves its victim hurt
        ("A Dayton man killed himself Monday after shooting his wife at their home, police said.", (1, 1)),
    ],
)
def test_a_killer_dead_by_their_own_hand_after_killing_others(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll of one event told over a weekend or a holiday is that event's
        ("Three men were killed in a shooting outside a club in Pell Harbor over the weekend, police said.", (3, 0)),
        ("Relatives gathered for the two cousins killed in a shooting at a bowling alley over the weekend.", (2, 0)),
        ("Four men were wounded in a stabbing outside a diner in Pell Harbor over the holiday, police said.", (0, 4)),
        # guard: no one event named, a tally of the city's weekend
        ("Eleven people were shot across Pell Harbor over the weekend, police said.", (0, 0)),
    ],
)
def test_one_events_toll_told_over_the_weekend_is_no_tally(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A retired trucker fatally shot his neighbor before turning the gun on himself in Coldbrook on Sunday.",
            (2, 0),
        ),
        ("Deputies said a man shot and killed three relatives at a farmhouse before killing himself.", (4, 0)),
        ("A woman shot her husband in the arm and then turned the gun on herself, police said.", (1, 1)),
        # turning the gun on oneself and living is no death
        ("A farmer shot his brother in Coldbrook, then turned the gun on himself. He survived, police said.", (0, 1)),
        ("A woman shot two tenants and then turned the gun on herself, wounding herself in the jaw.", (0, 2)),
        # (any grade of a patient's state, incident_words.IN_CONDITION: "guarded", "good"; near miss: a place)
        (
            "A gunman shot two guards in Coldbrook and then turned the gun on himself. He is in guarded condition.",
            (0, 2),
        ),
        (
            "A gunman shot two guards in Coldbrook and then turned the gun on himself. He is in a satisfactory condition.",
            (0, 2),
        ),
        ("A gunman shot two guards in Coldbrook and then turned the gun on himself. He is in the yard.", (1, 2)),
        # the life the killer ended, told as "took his own life"
        ("A clerk was shot dead in a Dunmere shop by a customer who then took his own life.", (2, 0)),
        ("Deputies said a woman wounded her brother before taking her own life in Coldbrook.", (1, 1)),
        # guards: no one harmed before it in the sentence, and a death long after, with no "then"
        ("A rancher took his own life at his barn in Coldbrook on Sunday, deputies said.", (0, 0)),
        ("A man shot his brother in Coldbrook, and years later he took his own life.", (0, 1)),
    ],
)
def test_the_killers_own_death_after_the_people_harmed_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "deceased" after the people counted, as "dead" is
        ("Deputies said four people were deceased when they reached the cabin near Harwick.", (4, 0)),
        ("The sheriff said the blast left two workers deceased at the mill in Harwick.", (2, 0)),
        # not before a noun, nor a noun itself: the people counted are others
        ("The deceased woman's three sisters spoke at a vigil in Harwick on Sunday.", (0, 0)),
        # guard: "the deceased", a noun
        ("Deputies said the deceased and two friends had driven to Harwick on Sunday.", (0, 0)),
        # people being treated at a hospital are hurt
        ("Two men were being treated at Harwick General Hospital after the shooting, police said.", (0, 2)),
    ],
)
def test_deceased_and_treated_at_a_hospital(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person named by having lived is not one of the dead
        (
            "Two people were killed at a motel in Harwick on Friday. Deputies said the wounded man was taken to a "
            "hospital.",
            (2, 1),
        ),
        # a person hurt first named so, then named again by having lived: the one who lived
        (
            "Lee Varn, 25, was shot dead near Orlo, police said. The driver was hit in the barrage. Varn died at "
            "the scene and the wounded driver was taken to a hospital.",
            (1, 1),
        ),
        (
            "Dana Reyes was shot dead in Orlo on Friday. Her friend was hit too. Reyes died at the scene, and the "
            "surviving friend was taken to a hospital.",
            (1, 1),
        ),
        # near misses: the person hurt never named as having lived is most likely the one who died
        (
            "Lee Varn, 25, was shot dead near Orlo, police said. The driver was hit in the barrage. Varn died at "
            "the scene and the driver was taken to a police station.",
            (1, 0),
        ),
        ("A man was shot near Orlo. The victim was taken to a hospital, where he died.", (1, 0)),
    ],
)
def test_the_wounded_one_is_not_one_of_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part that died, told before the people hurt it is counted among: dead, the rest hurt
        ("One of the three hikers shot near the Orrin trailhead on Friday has died, rangers said.", (1, 2)),
        ("One of the two teenagers wounded outside the Kell arcade Saturday night has died.", (1, 1)),
        ("Two of the five people shot at a cookout in Olvey have since died.", (2, 3)),
        # the dead told first, then counted among the people hurt
        ("The cyclist shot Monday on Kell Road has died. She was one of three people shot there.", (1, 2)),
        ("A vendor was killed Sunday in Olvey. He was among four people wounded at the market.", (1, 3)),
        ("Two guards who were shot at the Olvey depot died. They were among five people wounded there.", (2, 3)),
        # the part of people named by a relative of their harm
        ("One of the three hikers who were shot near the Orrin trailhead has died, rangers said.", (1, 2)),
        # an apposition between the part and its verb of death
        ("Rangers found three hikers on the Orrin ridge. One of the three hikers, a 60-year-old, died there.", (1, 0)),
        ("One of the three hikers shot near the Orrin trailhead, a teacher from Olvey, has died.", (1, 2)),
        ("Two of the five people shot at a cookout in Olvey, both cousins, have died.", (2, 3)),
        # the part's verb of death right after the whole, its noun elided
        ("Rangers found three hikers on the Orrin ridge. One of the three died there.", (1, 0)),
        # guards: a part that did not die; a count of the people hurt with no one dead
        ("One of the three hikers shot near the Orrin trailhead, and a ranger, were treated there.", (0, 3)),
        ("One of the three hikers shot near the Orrin trailhead on Friday was released on Monday.", (0, 3)),
        ("Three people were shot near the Orrin trailhead on Friday, rangers said.", (0, 3)),
        # the part's death denied, almost, or only possible: none died
        ("One of the three hikers shot near the Orrin trailhead on Friday nearly died, rangers said.", (0, 3)),
        ("One of the two hikers wounded near the Orrin trailhead could have died, the surgeon said.", (0, 2)),
        ("One of the three hikers shot near the Orrin trailhead has not died, rangers said.", (0, 3)),
        # the part that died of a group not said hurt: the group is no toll
        ("One of the three climbers trapped on the Orrin ridge has died, rangers said.", (1, 0)),
        ("One of the four workers in the Kell mine has died, officials said.", (1, 0)),
        # guard: the group said hurt, read so before
        ("One of the three suspects shot by deputies in Olvey has died.", (1, 2)),
        # the part is the object of a noun: the death is someone else's
        ("The sister of one of the three hikers shot near the Orrin trailhead has died.", (0, 3)),
        # the recap's subject someone else than the dead: the count is of others hurt
        ("A vendor was killed Friday in Olvey. Her nephew was one of two people wounded there.", (1, 2)),
        ("A vendor was killed Friday in Olvey. The gunman was among three people wounded there.", (1, 3)),
        # guard: the recap's subject the dead named again by name
        ("A vendor died Friday in Olvey. Police said Reyes was one of two people shot near the market stalls.", (1, 1)),
    ],
)
def test_a_part_of_the_people_hurt_who_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the objects of two verbs of harm joined by "and" are all hurt
        ("A gunman shot two bouncers and wounded a patron outside a club in Olvey.", (0, 3)),
        ("The intruder stabbed a guard and then injured two nurses at the Kell clinic.", (0, 3)),
        ("Police said the gunman shot two bouncers, and wounded a patron who tried to flee.", (0, 3)),
        # a blow's verb, and the participles: "hitting …, and wounding …"
        ("The gunman opened fire on the quay, hitting a sailor and wounding three tourists.", (0, 4)),
        ("A van struck two cyclists and injured a jogger on Kell Road in Olvey.", (0, 3)),
        # the person the list adds already counted: hurt, one of the list; dead, not hurt
        ("A gunman shot one man and wounded two patrons outside a club in Olvey.", (0, 3)),
        ("A gunman shot two bouncers and wounded a patron, who died at the Kell clinic.", (1, 2)),
        # guards: the second verb no harm; the first verb a death
        ("Officers shot two men and arrested a driver on Kell Road in Olvey.", (0, 2)),
        ("A gunman shot and killed two bouncers and wounded a patron outside a club in Olvey.", (2, 1)),
        # the person a possessive; its noun is the object, whose noun is the object
        ("A gunman shot two bouncers and wounded a patron's horse outside a club in Olvey.", (0, 2)),
        ("The gunman fired at the quay, hitting a sailor's dog and wounding three tourists.", (0, 3)),
        # a blow's verb whose object is no person: a wall, a tree, a record, a deal
        ("The van spun on the quay, hitting the wall and injuring three tourists.", (0, 3)),
        ("A van struck a tree and injured two cyclists on Kell Road in Olvey.", (0, 2)),
        ("The ferry line hit a record and struck a deal; two workers were hurt in a fall.", (0, 2)),
    ],
)
def test_the_objects_of_two_verbs_of_harm_are_all_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm told in a condition, or as what could or would have been, did not happen
        ("If a child is hurt, the pool in Olvey closes for the day, the manager said.", (0, 0)),
        ("In the event a patron was injured, staff were to call the clinic on Kell Road.", (0, 0)),
        ("Four hikers could have died on the Orrin ridge, rangers said after the rockslide.", (0, 0)),
        ("Two cyclists could easily have been killed on Kell Road, the coroner said.", (0, 0)),
        ("Six riders would have been hurt had the cable snapped, the inspector said.", (0, 0)),
        # the condition asks of a person whose harm its relative clause tells: hurt
        ("It is unclear if the clerk who was wounded in Olvey on Friday knew the gunman.", (0, 1)),
        ("It is unclear whether the clerk who was wounded in Olvey on Friday knew the gunman.", (0, 1)),
        # guards: a condition with no person after it; a narrative "would" of a death that came
        ("Two cyclists were hurt on Kell Road, and if the van had been faster it would be worse.", (0, 2)),
        ("Two cyclists struck on Kell Road would later die at the clinic in Olvey.", (2, 0)),
    ],
)
def test_a_harm_in_a_condition_or_that_could_have_been_is_none(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death that nearly came did not: the person lived, hurt when the text says so
        ("A clerk was shot and nearly died on Kell Road in Olvey on Friday.", (0, 1)),
        ("The clerk who was shot Friday on Kell Road nearly died, the clinic said.", (0, 1)),
        ("A driver was nearly killed when a stray round struck a van in Olvey.", (0, 0)),
        ("Two hikers nearly died on the Orrin ridge, rangers said.", (0, 0)),
        ("Two hikers who were shot on the Orrin ridge nearly died, rangers said.", (0, 2)),
        # guards: a death after another adverb; "nearly" before something else
        ("A clerk was shot and later died on Kell Road in Olvey on Friday.", (1, 0)),
        ("A clerk was fatally shot nearly a block from his home in Olvey.", (1, 0)),
    ],
)
def test_a_death_that_nearly_came_is_none(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an approximate age in apposition to one person, or after "aged": an age, not a count
        ("A retired teacher, nearly 90, was shot and killed at her stall in Olvey on Friday.", (1, 0)),
        ("A clerk, almost 60, was wounded on Kell Road in Olvey, police said.", (0, 1)),
        ("A hiker aged about 40 was shot dead on the Orrin ridge, rangers said.", (1, 0)),
        # an age told by decade or with "aged" between the person and their fate
        ("A driver in her early fifties was killed when gunfire struck a van in Olvey.", (1, 0)),
        ("A cyclist in his 30s was wounded on Kell Road in Olvey on Friday.", (0, 1)),
        ("A tenant aged 71 was fatally stabbed in Olvey on Friday.", (1, 0)),
        ("A guard aged between 50 and 60 was shot dead at the depot in Olvey.", (1, 0)),
        # a place's phrase opening the sentence is no person: the approximate number after it counts
        ("At a wedding in Olvey, some 40 died when a shell struck the hall.", (40, 0)),
        ("During a march in Olvey, about 30 of the protesters were wounded by rubber bullets.", (0, 30)),
        # the second age of an approximate range after "aged"
        ("The victims, aged about 20 to 30, were four guards shot dead at the depot in Olvey.", (4, 0)),
        # an age after "of", ending the phrase: one person, the number no count
        ("A boy of 5 was shot dead at his home in Olvey on Friday.", (1, 0)),
        ("A tenant of 80 was wounded on Kell Road in Olvey, police said.", (0, 1)),
        ("A cyclist of seventy died after gunfire on Kell Road in Olvey.", (1, 0)),
        ("A boy of 5 and his sister were wounded on Kell Road in Olvey.", (0, 2)),
        ("A boy of 5, a girl of 7 and their aunt were hurt on Kell Road in Olvey.", (0, 3)),
        ("A nurse of 30 and a guard of 41 were wounded on Kell Road in Olvey.", (0, 2)),
        ("The victims, a boy of 6 and a girl of 9, were hurt on Kell Road in Olvey.", (0, 2)),
        # guards: a family's size, a parent's children
        ("A family of 5 was shot dead at home in Olvey on Friday.", (5, 0)),
        ("A father of 5 was shot dead at home in Olvey on Friday.", (1, 0)),
        # each person of a list may carry their own age, by decade or in apposition: all are counted
        ("A driver in her 50s and a cyclist in his 20s were wounded on Kell Road in Olvey.", (0, 2)),
        ("A tenant, 71, and a clerk, 64, were shot on Kell Road in Olvey on Friday.", (0, 2)),
        ("Raiders killed a guard in his early forties and a clerk at the depot in Olvey.", (2, 0)),
        ("A nurse in her late 30s, a driver in his 60s and a boy were hurt in Olvey.", (0, 3)),
        # guards: a plural's approximate number counts; an exact age in apposition
        ("The raiders shot about 40 villagers near Olvey, nearly 12 of them children.", (0, 40)),
        ("A clerk, 58, was shot and killed on Kell Road in Olvey.", (1, 0)),
    ],
)
def test_an_age_after_a_person_is_no_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people found with wounds just after as many are counted dead: the dead, as found
        (
            "Two hikers were shot and killed on the Orrin ridge. A man and a woman were found near a tent with bullet wounds.",
            (2, 0),
        ),
        (
            "Two people died in Olvey on Friday. Officers found a man and a woman suffering from gunshot wounds in a yard.",
            (2, 0),
        ),
        # guards: a fate after the finding tells they lived; another sex than the dead; another number
        (
            "Two hikers were shot and killed on the Orrin ridge. A man and a woman were found with bullet wounds and taken to a clinic.",
            (2, 2),
        ),
        ("Two men were shot and killed on Kell Road. A woman was found in a van with a gunshot wound.", (2, 1)),
        (
            "Two people died in Olvey on Friday. Deputies found a man suffering from one gunshot wound behind a shed.",
            (2, 1),
        ),
        # a fate told in the next sentence tells they lived
        (
            "Two hikers were shot and killed on the Orrin ridge. A man and a woman were found with bullet wounds."
            " Both are expected to recover.",
            (2, 2),
        ),
    ],
)
def test_people_found_with_wounds_after_a_count_of_the_dead_are_the_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal object of a second verb of harm goes on from the count before it: one more
        ("Raiders shot two guards and wounded a third at the depot in Olvey.", (0, 3)),
        ("Raiders killed four villagers and injured a fifth near Olvey on Friday.", (4, 1)),
        ("A gunman shot a clerk and wounded another in the lobby in Olvey.", (0, 2)),
        # past the sixth: one lexicon of ordinals for every reader of one more person
        ("Raiders shot six villagers and wounded a seventh near Olvey.", (0, 7)),
        ("Raiders killed six villagers and wounded a seventh near Olvey.", (6, 1)),
        ("Six villagers were wounded near Olvey, and a seventh was hurt in the crush.", (0, 7)),
        # guards: an ordinal of no person ("a third time"), of no harm ("charged a third")
        ("A gunman fired two rounds and wounded a clerk a third time in Olvey.", (0, 1)),
        ("Police detained two men and charged a third in Olvey on Friday.", (0, 0)),
    ],
)
def test_an_ordinal_object_of_harm_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal victim is one more, whatever the verb or where they were found
        ("Two porters were shot at the depot in Olvey. A third victim walked to a clinic on Hale Lane.", (0, 3)),
        ("Three guards were shot to death at the depot in Olvey. Police found a fourth gunshot victim nearby.", (3, 1)),
        ("Two porters were shot dead in Olvey. Officers later found a third shooting victim in a van.", (2, 1)),
        # guards: a victim said unhurt; an ordinal of a definite victim (a tally, not this event's)
        ("Two porters were shot at the depot in Olvey. A third victim was not hit, police said.", (0, 2)),
        ("A courier was killed in Olvey on Friday, the town's third victim this year.", (1, 0)),
        # an ordinal goes on from the people of both fates told before it
        ("A courier died on Kell Road in Olvey. Another was wounded. A third victim walked to a clinic.", (1, 2)),
        ("Two couriers died in Olvey. A clerk was wounded. A fourth victim was treated at a clinic.", (2, 2)),
        # guards: an ordinal of both fates that is one of them; "a second" after "another"
        ("Two couriers died in Olvey. A clerk was wounded. A third victim was treated at a clinic.", (2, 1)),
        ("A courier died in Olvey on Friday. Another was wounded. A second victim was treated there.", (1, 1)),
        # guard: an ordinal no greater than those counted names one of them again
        ("Three guards were killed at the depot in Olvey. A third victim was named as Lee Park, 30.", (3, 0)),
        # an ordinal told before any count goes on from people told after it: it adds none
        ("Officers found a fourth gunshot victim near the Olvey depot after three porters were wounded there.", (0, 3)),
        # an ordinal victim's death told in their clause: one more dead, not one of the people shot
        (
            "Two porters were shot at the depot in Olvey. A third victim of the raid, a guard, was found dead in a van.",
            (1, 2),
        ),
        ("Two porters were shot at the depot in Olvey. A third victim died at a clinic on Hale Lane.", (1, 2)),
        # another subject's death in the clause is not the ordinal victim's
        (
            "Two porters were shot at the depot in Olvey. A third victim was hurt and a guard was killed there.",
            (1, 3),
        ),
    ],
)
def test_an_ordinal_victim_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person's own gun in a clause of time after their verb: they wounded themselves
        ("A boy of 6 is expected to recover fully after shooting himself in the hand in Olvey.", (0, 1)),
        ("A woman was flown out on Friday after shooting herself in the leg near Olvey.", (0, 1)),
        # guards: a death told by the verb; shots at a thing
        ("A hunter died on Friday after shooting himself near Olvey, rangers said.", (1, 0)),
        ("A clerk was charged on Friday after shooting at a parked car in Olvey.", (0, 0)),
        # the clause says the person was unhurt
        ("A deputy was not injured after shooting himself in his vest at a range near Olvey.", (0, 0)),
    ],
)
def test_a_person_hurt_after_shooting_themselves_is_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where one more victim was found is not where the shooting was
        "Two men were shot in Olvey on Friday. Officers were called to the 400 block of Kell Road. "
        "A third victim was found near Hale Lane, bleeding from the arm.",
        "Three men were killed in Olvey on Friday. Officers had heard gunfire in the 400 block of Kell Road. "
        "A fourth gunshot victim was found walking near Hale Lane.",
    ],
)
def test_where_an_ordinal_victim_was_found_is_no_scene(text: str) -> None:
    inc = summarize(text, model="rules").incident
    names = [p.name for p in inc.locations] if inc else []
    assert "400 block of Kell Road" in names
    assert "Hale Lane" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced relative of when, where or by whom one person was hurt, then their fate
        ("A courier shot Friday evening has died, the clinic said.", (1, 0)),
        ("A cyclist stabbed outside a cafe on Kell Road is in stable condition.", (0, 1)),
        ("A tenant shot by a neighbor in Olvey on Friday died at the clinic.", (1, 0)),
        # guards: the active verb with its object; a relative clause of the person's own deed
        ("A courier shot a clerk Friday evening near the depot in Olvey.", (0, 1)),
        # (the clerk the relative's verb shot is hurt, no death told of them: ec93652)
        ("A courier who shot a clerk Friday evening in Olvey has died.", (1, 1)),
    ],
)
def test_a_person_hurt_told_in_a_reduced_relative_then_their_fate(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death a sentence sets a season, a year or more back is another case recalled
        ("A clerk was wounded in Olvey on Friday. She told officers her nephew died last winter.", (0, 1)),
        ("A clerk was wounded in Olvey on Friday. She said her uncle was killed a year ago.", (0, 1)),
        (
            "A clerk was wounded in Olvey on Friday. Her aunt said the clerk's son was shot dead the previous year.",
            (0, 1),
        ),
        # guards: "last year" (read before); a death of the story's own days
        ("A clerk was wounded in Olvey on Friday. She told officers her nephew died last year.", (0, 1)),
        ("A clerk was wounded in Olvey on Friday. She told officers her nephew had died.", (1, 1)),
        # a time to come after "before", a span up to now after "since": the story's own death
        ("A clerk was shot dead in Olvey on Sunday, a month before her wedding.", (1, 0)),
        ("A courier was killed in Olvey on Friday, the third death on Kell Road since last summer.", (1, 0)),
        # a death told in the present perfect is news now, whenever the harm was
        ("A courier shot on Kell Road last winter has died, the clinic said.", (1, 0)),
        ("A clerk who was stabbed in Olvey last year has died, her family said.", (1, 0)),
    ],
)
def test_a_death_set_a_season_or_a_year_back_is_another_case(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative or a relation of the people a number counts is one person: the number counts
        # the complement, whose fate the sentence does not tell
        ("The aunt of the four hikers was wounded on the Orrin ridge, rangers said.", (0, 1)),
        ("The coach of the 11 players was shot dead outside the ground in Olvey.", (1, 0)),
        ("A neighbor of the two tenants was stabbed to death in Olvey on Friday.", (1, 0)),
        # guards: a complement whose fate is told counts; a part of a group counts
        ("The families of the 12 miners killed in the blast met the mayor of Olvey.", (12, 0)),
        ("Two of the five hikers were wounded on the Orrin ridge, rangers said.", (0, 2)),
        # the complement's fate told by a relative clause, an adjective or later: it counts
        ("The aunt of the four hikers said they were shot dead on the Orrin ridge.", (4, 0)),
        ("The family of the three hikers who died met the mayor of Olvey.", (3, 0)),
        ("A neighbor of the two tenants found them dead in a flat in Olvey.", (2, 0)),
        ("The coach of the three injured players said a stray bullet hit the bus.", (0, 3)),
    ],
)
def test_a_relation_of_the_people_counted_is_one_person(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead, named again, among people said shot: the people shot, the dead among them
        ("Two miners died in Olvey on Friday. They were among six people shot at the depot.", (2, 4)),
        ("Dana Reyes died at the clinic. She was among five people shot on Kell Road.", (1, 4)),
        # guards: shot at and missed; people said wounded (read before)
        ("Two miners died in Olvey on Friday. They were among six people shot at during the raid.", (2, 0)),
        ("Two miners died in Olvey on Friday. They were among six people wounded at the depot.", (2, 4)),
        # a running tally they are among, not this shooting's people shot
        ("Two guards died in Olvey on Friday. They were among nine people shot in the town over the weekend.", (2, 0)),
    ],
)
def test_the_dead_among_people_shot_are_of_the_people_shot(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded, named again, among people said shot, no death told: all of them wounded
        ("Two guards were wounded in Olvey on Friday. They were among six people shot at the depot.", (0, 6)),
        ("A guard was wounded in Olvey on Friday. He was one of five people shot on Kell Road.", (0, 5)),
        # guards: shot at and missed; someone else among them
        ("Two guards were wounded in Olvey on Friday. They were among six people shot at during the raid.", (0, 2)),
        ("Two guards were wounded in Olvey on Friday. Their sons were among six people shot.", (0, 2)),
        # a running tally they are among, not this shooting's people shot
        (
            "Two guards were wounded in Olvey on Friday. They were among nine people shot across the county this year.",
            (0, 2),
        ),
        (
            "A guard was wounded in Olvey on Friday. He was one of seven people shot in the town this weekend.",
            (0, 1),
        ),
    ],
)
def test_the_wounded_among_people_shot_are_of_the_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fired on and missed ("shot at" before no place), or all shot dead: no one more hurt
        "Two miners died in Olvey on Friday. They were among six people shot at on the road this year.",
        "Two miners died in Olvey on Friday. They were among six people shot and killed at the depot.",
        # guard: "shot at" a place is shot (read before)
        "Two miners died in Olvey on Friday. They were among six people shot at Kell Road.",
    ],
)
def test_the_dead_among_people_shot_at_or_shot_dead_add_no_injured(text: str) -> None:
    expected = 4 if "Kell Road" in text else 0
    assert count_of(summarize(text, model="rules"), "injured") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted, hurt in a reduced relative, then the main verb of their death: dead
        ("Two couriers shot Friday evening near the depot have died, the clinic said.", (2, 0)),
        ("Three hikers wounded on the Orrin ridge on Friday later died at the clinic.", (3, 0)),
        # guards: no death of theirs; a death of someone else after "but"
        ("Two couriers shot Friday evening near the depot are in critical condition.", (0, 2)),
        ("Two couriers shot near the depot are recovering, but the gunman has died.", (1, 2)),
        # a clause a noun of time opens without a relative word has a subject of its own
        ("Two couriers shot near the depot on the day their dog died are recovering.", (0, 2)),
        # guard: a singular verb's subject is someone else, the count a noun's complement
        ("The sister of the two couriers shot near the depot has died.", (1, 2)),
    ],
)
def test_people_counted_hurt_in_a_reduced_relative_then_dead(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people counted hurt, then a part of them dead, the group named again by its number
        (
            "Four porters were shot outside a mill in Sarrow on Friday. One of the four porters died at a clinic.",
            (1, 3),
        ),
        ("Three clerks were wounded at a kiosk in Orvale. Two of the 3 clerks later died.", (2, 1)),
        ("Two teenagers were shot near the Kell arcade. One of the two teenagers has died, police said.", (1, 1)),
        # the group's noun elided
        ("Five people were shot at a fair in Olvey on Sunday. One of the five died on Monday.", (1, 4)),
        # "both of them": the whole of the people counted
        ("Two porters were shot outside a mill in Sarrow. Both of them died.", (2, 0)),
        # the part in a clause of the same sentence as the people counted
        ("Four clerks were shot in Olvey on Monday; one of the four has since died.", (1, 3)),
        ("Four clerks were shot in Olvey on Monday, and one of the four has since died.", (1, 3)),
        ("Two guards were shot at the depot; one of the two guards was killed.", (1, 1)),
        ("Two porters were shot outside a mill in Sarrow. Both of them were pronounced dead.", (2, 0)),
        # guards: a group not said hurt; a part that did not die; a death of someone the part names
        ("Three climbers were trapped on the Orrin ridge. One of the three climbers died.", (1, 0)),
        ("Three men were shot outside a bar in Tarn. One of the three men was arrested on Monday.", (0, 3)),
        ("Three men were shot outside a bar in Tarn. One of the three men nearly died.", (0, 3)),
        ("Three men were shot outside a bar in Tarn. One of the three men's brothers died.", (1, 3)),
    ],
)
def test_a_part_of_the_people_counted_hurt_before_who_died(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative quantifier over the people counted, a source set off before their predicate
        ("None of the three hikers, a warden said, has died.", (0, 0)),
        ("None of the 5 passengers, the ferry line said, died.", (0, 0)),
        ("Neither of the 2 drivers, police said, was injured in the crash on Kell Road.", (0, 0)),
        ("None of the 40 pupils, according to the head teacher, was hurt in the fire.", (0, 0)),
        ("Not one of the nine guests, the owner told reporters, was hurt.", (0, 0)),
        ("Three porters were shot outside a mill in Sarrow. None of the three, police said, has died.", (0, 3)),
        # guards: the dead named by a participle, then another thing said of them; a part not hurt
        ("None of the four killed at the depot in Sarrow, police said, was armed.", (4, 0)),
        ("Two clerks were shot at a kiosk in Orvale. One of the two, police said, was released on Monday.", (0, 2)),
    ],
)
def test_none_of_the_people_counted_with_a_source_set_off(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group not said harmed, the part's own predicate of harm: the part is the toll
        ("One of the four officers who responded was hurt.", (0, 1)),
        ("One of the 12 residents of the hall was injured in the fire.", (0, 1)),
        ("One of the five passengers on the bus was taken to a hospital.", (0, 1)),
        ("Police said one of the six deputies at the gate was shot in the leg.", (0, 1)),
        ("One of the four officers who responded was killed.", (1, 0)),
        ("One of the four officers who responded died.", (1, 0)),
        ("One of the seven miners in the shaft was killed when it flooded.", (1, 0)),
        # a relative clause set off by commas between the group and the part's verb
        ("One of the two guards, who were on watch at the gate, was hurt.", (0, 1)),
        ("One of the three deputies, who had answered a call about a brawl, was shot in the arm.", (0, 1)),
        ("Two of the six hikers, whom rescuers reached on Monday, were injured.", (0, 2)),
        ("One of the five porters, which the hotel had hired, died.", (1, 0)),
        # the group counted hurt before, named again: the part killed among them
        ("Three men were shot outside a bar in Tarn. One of the three men was killed.", (1, 2)),
        # guards: a part counted by itself; the group itself said hurt; the group counted hurt before;
        # a harm almost come
        ("Two of the five officers who responded were hurt.", (0, 2)),
        ("One of the three men shot outside a bar in Tarn was taken to a hospital.", (0, 3)),
        ("One of the three men shot on Sunday was critically wounded.", (0, 3)),
        ("Four officers were hurt in the blast in Olvey. One of the four officers was taken to a hospital.", (0, 4)),
        ("One of the four officers who responded was nearly killed.", (0, 0)),
        # the clause set off says the group itself harmed; a clause with no verb of harm after it
        ("One of the four guards, who were all shot in the ambush, was hurt badly.", (0, 4)),
        ("One of the five workers, who were trapped for hours, was rescued on Sunday.", (0, 0)),
    ],
)
def test_a_part_of_a_group_not_said_harmed_is_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead's toll, then "and" and as many hurt, their noun elided: other people than the dead
        ("Two people were killed and two wounded in the blast at the depot in Olvey.", (2, 2)),
        ("Three porters died and three were hurt when the mill in Sarrow caught fire.", (3, 3)),
        ("Four hikers were killed, and four were injured, when the bridge near Tarn gave way.", (4, 4)),
        ("Two people were killed and 2 were wounded at a fair in Olvey on Sunday.", (2, 2)),
        # guards: "others" named; the same people named again by their noun
        ("Two people were killed and two others wounded in the blast at the depot in Olvey.", (2, 2)),
        ("Two robbers were shot and killed on Fenn Road. Police found two robbers shot in a van.", (2, 0)),
    ],
)
def test_as_many_hurt_as_dead_with_the_noun_elided_are_others(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm whose objects are a person and the one who did it ("… and then himself"): two hurt,
        # then the fate of each
        ("A farmer shot his brother and then himself near Tarn. The brother died; the farmer was wounded.", (1, 1)),
        ("A woman shot her husband and then herself in Olvey. He died; she was wounded.", (1, 1)),
        ("Police said the man shot his wife and then himself in the head.", (0, 2)),
        ("A man shot his wife and then himself. Both were pronounced dead.", (2, 0)),
        ("A man shot his wife and then himself late on Sunday. The wife was killed; he survived.", (1, 1)),
        ("A guard wounded his partner and then himself in a struggle at the Olvey depot.", (0, 2)),
        # guards: the deaths told before, the shooting how they died; a death by the verb itself
        ("Police found a couple dead on Friday. The man shot his wife and then himself, police said.", (2, 0)),
        ("A gunman fatally shot his wife and then himself in Olvey late on Sunday.", (2, 0)),
    ],
)
def test_a_person_and_the_shooter_themself_shot_are_two_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stabbing, the person living, is a harm like a wound: the people stabbed are hurt
        ("A young man was stabbed in the arm outside a hostel in Olvey on Friday night.", (0, 1)),
        ("Two men were stabbed during a brawl at a fair in Tarn on Saturday, police said.", (0, 2)),
        ("Police said 3 guests were stabbed at an inn near Sarrow.", (0, 3)),
        # guards: stabbed to death is a death; a blow that is not a wound; nothing told of a stabbing
        ("A young man was stabbed to death outside a hostel in Olvey on Friday.", (1, 0)),
        ("A clerk was stabbed several times in Tarn on Monday and died at a clinic.", (1, 0)),
        ("Our side was beaten 3-1 by the visitors on Saturday.", (0, 0)),
    ],
)
def test_people_stabbed_and_living_are_injured(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular predicate of harm after "and" is its subject's, not a count's before it
        ("A man argued with two neighbors outside a hostel in Olvey and was shot in the leg.", (0, 1)),
        ("A woman quarrelled with her cousin's three friends and was wounded.", (0, 1)),
        ("A cook ran from the kitchen and was struck in the back.", (0, 1)),
        ("A man fired at two deputies near Tarn and was killed by a third.", (1, 0)),
        ("A man ran to a neighbor's porch in Sarrow and died.", (1, 0)),
        # guards: a plural predicate is the count's; a fate that is no harm; a harm denied; one
        # counted of the group
        ("Two men argued outside a bar in Olvey and were shot.", (0, 2)),
        ("A man shot a woman in Tarn and was arrested on Friday.", (0, 1)),
        ("A man saw the shooting in Sarrow and was not hurt.", (0, 0)),
        ("A man argued with one of the guests and was shot.", (0, 1)),
    ],
)
def test_a_singular_harm_after_and_is_its_subjects(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition or conjunction of time after a bare number opens a clause or a time, never
        # the noun it counts
        ("A gunman killed three and injured 14 before he was arrested in Tarn.", (3, 14)),
        ("A man opened fire in Olvey, killing two and wounding 9 before police arrested him.", (2, 9)),
        ("A gunman injured 11 at a fair in Sarrow until deputies stopped him.", (0, 11)),
        ("The blast killed 12 in Tarn when it hit a depot.", (12, 0)),
        ("A man stabbed 3 at a hostel in Olvey while they slept.", (0, 3)),
        # the one who did it by a reflexive, after the hurt told between, is one more dead
        (
            "A man opened fire at a fair in Tarn, killing four and injuring 11 before turning the gun on himself.",
            (5, 11),
        ),
        ("A man opened fire at a fair in Tarn, killing two and wounding three, then killed himself.", (3, 3)),
        # near misses: the number with a word or a time after it; a score; a year
        ("A gunman killed three and injured 14 in Tarn on Monday.", (3, 14)),
        ("A gunman opened fire in Olvey, killing four and wounding three before police arrived.", (4, 3)),
        ("Our side led 3-1 before the break in Tarn.", (0, 0)),
        ("A man opened fire at a fair in Tarn, killing four and injuring 11. A man shot himself in Olvey.", (4, 11)),
    ],
)
def test_a_number_before_a_word_of_time_counts_no_noun(text: str, expected: tuple[int, int]) -> None:
    assert tolls(summarize(text, model="rules")) == expected
