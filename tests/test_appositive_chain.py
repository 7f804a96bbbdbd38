"""A name at the head of a chain of pieces set off by commas (an age, a place and its state, a
role) is the subject of the verb after the chain, with a relative clause on it or without
(rules/attribution/appositive_chain.py), and a state after a place is no one's name
(speaker_phrases). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None]]:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(a.speaker, names.get(a.speaker_id or "")) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Ines Varga, 71, of Toledo, Ohio, who takes the pills daily, said the price had tripled.",
         "Ines Varga, 71, of Toledo, Ohio", "Ines Varga"),
        ("Cal Dorsey, 58, a rancher from near Pierre, who raises cattle, said the creek ran dry.",
         "Cal Dorsey, 58, a rancher from near Pierre", "Cal Dorsey"),
        ("Nell Ambrose, a librarian from Mesa, Arizona, who lost her car, said the hail was huge.",
         "Nell Ambrose, a librarian from Mesa, Arizona", "Nell Ambrose"),
        ("Nell Ambrose, a librarian from Mesa, Arizona, said the hail was huge.",
         "Nell Ambrose, a librarian from Mesa, Arizona", "Nell Ambrose"),
        ("Ravi Chand, 44, a cabbie, who saw the crash, said the van ran the light.",
         "Ravi Chand, 44, a cabbie", "Ravi Chand"),
        ("Ines Varga, of Toledo, Ohio, who takes the pills daily, says the price had tripled.",
         "Ines Varga, of Toledo, Ohio", "Ines Varga"),
        ("Tuck Obi, 29, of Fresno, Calif., who saw the fight, told reporters he heard six shots.",
         "Tuck Obi, 29, of Fresno, Calif.", "Tuck Obi"),
        # near misses: no name heads the chain; a fronted place; a name after the place
        ("Residents of Toledo, Ohio, said the tap water smelled odd.",
         "Residents of Toledo, Ohio", "Residents of Toledo, Ohio"),
        ("Residents of Toledo, Ohio, who live by the plant, said the tap water smelled odd.",
         "Residents of Toledo, Ohio", "Residents of Toledo, Ohio"),
        ("A clerk from Mesa, Arizona, who asked not to be named, said she heard a bang.",
         "A clerk from Mesa, Arizona", "clerk from Mesa, Arizona"),
        ("In Toledo, Ohio, officials said the plant would shut.", "officials", "officials"),
        # a clause's first word before the name is none of it
        ("As Nell Ambrose, a librarian from Mesa, put it, the hail was huge.",
         "Nell Ambrose, a librarian from Mesa", "Nell Ambrose"),
        ("The mayor of Toledo, Rae Dunmore, said the plant would shut.",
         "The mayor of Toledo, Rae Dunmore", "Rae Dunmore"),
    ],
)  # fmt: skip
def test_the_name_heading_the_chain_speaks(text: str, speaker: str, name: str) -> None:
    assert (speaker, name) in found(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverbial set off after the name is no role: the name alone speaks, as before
        ("Labour candidate Ned Orme, like his rival, has urged voters to turn out.", "Labour candidate Ned Orme"),
        ("Party leader Ned Orme, in particular, has opposed the levy.", "Party leader Ned Orme"),
    ],
)
def test_an_adverbial_after_the_name_is_no_role(text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in found(text)]
