"""What kind of incident: trigger words decide, a month is no march, and people killed with no
word of how assert no attack. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A lorry struck a bus shelter in Leeds on Monday morning, injuring two pedestrians.", ("crash", "accident")),
        (
            "At least 40 people died when a ferry capsized on the lake near the border on Thursday.",
            ("crash", "accident"),
        ),
        ("A cyclist was struck by a delivery van on the bridge and taken to hospital.", ("crash", "accident")),
        # "March 13" is the month, not a protest march
        ("On March 13, deputies arrested two men wanted for a string of burglaries.", ("arrest", "arrest")),
        # killed, with no word of how: no attack is asserted
        ("Two people were found dead in a flat on Monday, police said.", ("killed", "other")),
        # bullets that hit a thing, no one hurt: a shooting all the same
        ("Bullets ripped through the windows of a barber shop on Vale Road late Sunday.", ("shooting", "shooting")),
        ("A bullet went through the wall of a bakery in Orrin overnight, police said.", ("shooting", "shooting")),
        ("A tenant in Orrin found a bullet lodged in her bedroom ceiling on Tuesday.", ("shooting", "shooting")),
        # shots fired told by the participle, no one hurt
        ("A man is accused of firing shots from a pickup truck on Vale Road late Sunday.", ("shooting", "shooting")),
        ("Deputies say a teen was firing rounds into the air behind a barn in Orrin.", ("shooting", "shooting")),
        # a weapon fired, told by the participle as by the past
        ("Witnesses saw a teen firing his rifle from a balcony in Orrin.", ("shooting", "shooting")),
        ("A man was seen firing a handgun at a passing car in Orrin.", ("shooting", "shooting")),
    ],
)
def test_the_kind_of_incident(sentence: str, kind: tuple[str, str]) -> None:
    incident = summarize("News\n\n" + sentence, model="rules").incident
    assert incident is not None and (incident.type, incident.category) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # a bullet that went anywhere but through or into a thing was not fired
        "A bullet went missing from the evidence locker in Orrin, the sheriff said.",
        # firing that is no gunfire: staff let go, a range, a kiln
        "The bakery in Orrin is firing staff after a poor season, its owner said.",
        "The firing range on Vale Road reopened on Monday after repairs.",
        "Potters were firing bowls in the kiln behind the school in Orrin.",
        "Workers were firing the kiln behind the school in Orrin.",
        "The coach is firing the staff of the club in Orrin.",
    ],
)
def test_no_shooting_told(sentence: str) -> None:
    incident = summarize("News\n\n" + sentence, model="rules").incident
    assert incident is None or incident.type != "shooting"


@pytest.mark.parametrize(
    ("article", "kind"),
    [
        # a pile-up and a hit-and-run are crashes
        ("More than 20 cars were involved in a pile-up on the Farrow bypass in fog on Tuesday.", ("crash", "accident")),
        ("A jogger was killed in a hit-and-run in Pellow on Saturday night.", ("crash", "accident")),
        # weather that kills is a natural disaster; heat waves spoken of in general name no event
        ("A heatwave has killed 19 people in the state of Verano this week, officials said.", ("heatwave", "disaster")),
        ("Farmers in Tolsk fear a second drought after the driest spring on record.", ("drought", "disaster")),
        # a hazardous substance escaping is an accident
        ("A chlorine leak at a water plant in Mardle sickened 30 people on Friday.", ("leak", "accident")),
        # an attack on computers is no attack on people
        (
            "A ransomware attack on the Brenmoor Water Board shut its billing systems on Monday.",
            ("cyberattack", "other"),
        ),
        ("Hackers stole the records of 9,000 patients from the Ostler Clinic, it said.", ("cyberattack", "other")),
        # workers who stop work together are on strike, a protest's kind
        ("Bus drivers walked out across the region on Monday in a dispute over pay.", ("strike", "protest")),
        ("Nurses at three hospitals in Quellin went on strike on Thursday.", ("strike", "protest")),
        # a bus that plunges off a road, a vessel that sinks
        ("At least nine people died when a bus plunged into a gorge near Tarli on Sunday.", ("crash", "accident")),
        ("A ferry carrying 150 passengers sank off the coast of Merrow on Friday.", ("crash", "accident")),
        # a crowd that crushes its own, fumes or food that poison, ground that gives way
        ("Eleven pilgrims died in a stampede at a shrine in Oskar on Saturday.", ("stampede", "accident")),
        ("Two people were killed in a crowd crush outside a stadium in Belvin.", ("stampede", "accident")),
        ("A couple died of carbon monoxide poisoning at their cottage in Frayne.", ("poisoning", "accident")),
        ("A sinkhole opened under a road in Calder on Monday, swallowing a van.", ("collapse", "accident")),
        # a disaster is named by its own noun, whatever its number or form ("Floods", "flooding")
        ("Floods drove 4,000 people from their homes in the Rell valley on Monday.", ("flood", "disaster")),
        ("Flooding closed thirty roads around Ambry on Friday.", ("flood", "disaster")),
        ("Tornadoes tore through three towns in Marlow County on Sunday.", ("tornado", "disaster")),
        ("A heat wave has killed 19 people in Verano, officials said.", ("heat wave", "disaster")),
        # lightning and a river over its banks are nature's, with no noun of a kind of disaster
        ("Lightning killed two herders in the hills above Soria on Tuesday.", ("disaster", "disaster")),
        ("The Wend burst its banks on Friday, forcing 200 families from Aldmoor.", ("disaster", "disaster")),
        # a knife and a dog's teeth wound as an attack does
        ("A man was knifed outside a pub in Gorran on Friday night.", ("stabbing", "attack")),
        ("A boy was mauled by a dog in a park in Shelby on Sunday.", ("attack", "attack")),
        # people seized and held: a crime with no category of its own
        ("Six aid workers were abducted near Tessaly on Monday, officials said.", ("incident", "other")),
        # a rifle named for its kind is no assault
        ("Agents seized two handguns and an assault-style rifle in Dorne on Friday.", ("incident", "other")),
        # an arrest told after the lead's event is what came of it
        (
            "A car ploughed into a crowd at a fair in Lossiemoor on Saturday, injuring six people. "
            "The driver was arrested at the scene.",
            ("crash", "accident"),
        ),
        # a person hit by a train is in a crash
        ("A man died after being hit by a train at Orrin station on Tuesday.", ("crash", "accident")),
        # a trigger word that opens a company's name names no event
        ("A lorry owned by Storm Haulage Logistics crashed on the Selk bridge on Friday.", ("crash", "accident")),
        ("Workers marched on the offices of Riot Games in Calver to protest job cuts.", ("protest", "protest")),
        # an earlier event told as background in the next sentence is not the event
        (
            "Crews rescued 40 people from a derailed train near Lomar on Sunday. "
            "The line had been shut last year after a flood damaged the tracks.",
            ("crash", "accident"),
        ),
        # a crowd that clashes with the police riots; armed forces that clash fight
        ("Protesters clashed with police in central Arlen on Saturday.", ("riot", "riot")),
        ("Students clashed with riot police outside the assembly in Vessa.", ("riot", "riot")),
        ("Troops clashed with militants in the hills near Harsa on Tuesday.", ("armed clash", "armed_clash")),
        # strikes by drones, and drones that strike, are drone strikes
        (
            "Strikes by enemy drones caused a fire at a refinery in Samarsk overnight.",
            ("drone strike", "air_drone_strike"),
        ),
        ("Drones struck a power station near Orlov on Sunday, officials said.", ("drone strike", "air_drone_strike")),
        # from aircraft, an air strike
        ("An air strike hit a school in Nabra on Wednesday, killing five people.", ("air strike", "air_drone_strike")),
        ("Airstrikes pounded the outskirts of Kessab overnight, medics said.", ("air strike", "air_drone_strike")),
        # what came of the lead's event is not the event: "a fire broke out after the crash"
        (
            "Three people died when a van and a tractor collided near Dunmere on Friday. "
            "A fire broke out after the collision and the road was shut for hours.",
            ("crash", "accident"),
        ),
        (
            "A tanker lorry crashed into a bridge pier in Hollin on Sunday. Part of the span "
            "collapsed following the crash, the fire service said.",
            ("crash", "accident"),
        ),
    ],
)
def test_kinds_of_news_that_are_no_shooting(article: str, kind: tuple[str, str]) -> None:
    incident = summarize("News\n\n" + article, model="rules").incident
    assert incident is not None and (incident.type, incident.category) == kind


# phrases that name incidents of many types, some inside a name, a month or a company, some
# running past their sentence: leads made of them are classified by every type's words
_INCIDENT_PHRASES = [
    "a drone was shot down over Varsk", "two missiles were intercepted", "a drone strike hit a depot",
    "an air strike", "the shooting", "gunfire rang out", "a man was stabbed", "an explosion", "rioters",
    "clashes broke out", "protesters marched", "March 13", "police arrested a man", "workers went on strike",
    "a flood", "Storm Logistics", "the storm", "a building collapsed", "Fire and Rescue Service", "a fire",
    "a car crashed", "a gas leak", "a stampede", "a cyberattack", "an attack", "a homicide", "a robbery",
    "he threatened a clerk", "a kidnapping", "a theft", "after the crash", "following the blast", "the",
    "said", "on Monday", "in Oskel", "residents", "was",
]  # fmt: skip


def test_the_kind_is_what_a_scan_of_every_type_over_the_whole_lead_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each type is tried only where its opening words occur, and once a type is found only
    where a match could still decide (its sentence and the next): the same kind as trying
    every type everywhere in the lead."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarizer.rules import incident
    from summarizer.text.prefilters import Prefiltered
    from summarizer.text.segments import Sentence

    class Everywhere(Prefiltered):
        """The pattern tried at every place of the lead, wherever the first match so far."""

        def prefix_starts(self, text: str, pos: int, end: int, before: int | None = None) -> list[int]:
            return list(range(pos, end))

    assert all(p.prefixes is not None for p in incident._SCANNERS)
    everywhere = [Everywhere(p.pattern) for p in incident._SCANNERS]
    # short sentences, often of no incident: the first matched is often not the lead's first
    phrase = st.sampled_from(_INCIDENT_PHRASES) | st.sampled_from(["the", "said", "on Monday", "in Oskel"])
    sentence = st.lists(phrase, min_size=1, max_size=3).map(" ".join)

    @settings(max_examples=600, deadline=None)
    @given(st.lists(sentence, min_size=1, max_size=14), st.integers(0, 2))
    def check(texts: list[str], first_index: int) -> None:
        sentences, view, pos = [], "", 0
        for i, t in enumerate(texts):
            t = t[0].upper() + t[1:] + "."
            sentences.append(Sentence(pos, pos + len(t), i, first_index + i))
            view += t + " "
            pos = len(view)
        fast = incident.classify(view, sentences, [])
        with monkeypatch.context() as m:
            m.setattr(incident, "_SCANNERS", everywhere)
            assert incident.classify(view, sentences, []) == fast

    check()
