"""A subject pronoun opening a report ("He said …") means the subject of the sentence before it
(centering), not a speaker of its sex several paragraphs up: a pair of capitalised words the
census cannot vouch for is a person's name when it opens a sentence before a verb only people
do and the next sentence has "he" or "she" (opening_people.py), or when a person's role in
capitals opens the run right before it ("Premier Tavish Lusk", name_mentions._person_marked)."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.name_mentions import person_mentions

_BEFORE = "Tom Ash said the count was slow.\n\nThe vote ended at ten.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the subject of a sentence that reports nothing, then "He said" / "She said"
        (
            _BEFORE + "Lee Varn conceded shortly after midnight. He said he had called his rival.",
            "called his",
            "Lee Varn",
        ),
        (_BEFORE + "Kim Lo nodded slowly. She said she was tired of waiting.", "tired of", "Kim Lo"),
        (_BEFORE + "Lee Varn conceded.\n\nHe told reporters the race was clean.", "race was clean", "Lee Varn"),
        # a role in capitals before the name
        (_BEFORE + "Premier Lee Varn toured the plant. He said jobs would return.", "jobs would", "Lee Varn"),
        (_BEFORE + "Councillor Kim Lo visited the site. She said the repairs were late.", "repairs", "Kim Lo"),
        # a person introduced with a description, then "She said"
        (
            _BEFORE + "Mara Penn, who chairs the board, opened the meeting. She said the budget was tight.",
            "budget",
            "Mara Penn",
        ),
        # the nearest subject of the pronoun's sex: not the one who spoke first
        (
            _BEFORE + "Lee Varn spoke first. Then Ned Bly took the stage. He said the town needed a bridge.",
            "bridge",
            "Ned Bly",
        ),
        ("“We will win,” Ann Roe said.\n\nKim Lo nodded. She added that the polls were close.", "polls were", "Kim Lo"),
        # a subject before an object of the same sex
        (_BEFORE + "Ned Bly congratulated Lee Varn on the win. He said the race was clean.", "race was", "Ned Bly"),
        # the subject of an admission or a report, whatever its verb, then a quote by "she"
        (
            "Una Melk spoke first. Ada Carrow conceded the forecast could turn quickly."
            " “We are in a period of doubt,” she told reporters.",
            "period of doubt",
            "Ada Carrow",
        ),
        # the name after an inverted "said" is its report's subject, the report read or not
        (
            _BEFORE + "Una Melk opened the hearing. Exports have stalled, said Ada Pell, who chairs the"
            " shippers’ group.\n\n“We cannot wait,” she said.",
            "cannot wait",
            "Ada Pell",
        ),
        # a unisex given name weighs no more than the sentence's subject
        (
            _BEFORE + "Una Melk met the board. Jordan Pell conceded the vote. “It hurts,” she said.",
            "hurts",
            "Jordan Pell",
        ),
        # near miss: a possessor after the inverted "said" is no subject (her husband is)
        (
            "Una Melk opened the hearing. Exports have stalled, said Ada Pell’s husband, who chairs the"
            " group.\n\n“We cannot wait,” she said.",
            "cannot wait",
            "Una Melk",
        ),
        # near misses: two women in one sentence (the subject first); "said" with no comma before
        (_BEFORE + "Ada Carrow met Una Melk on Monday. She said the talks went well.", "talks went", "Ada Carrow"),
        (
            "Una Melk opened the hearing. Tom Ash said Ada Pell would chair it. “We are ready,” she said.",
            "are ready",
            "Una Melk",
        ),
        # near misses: a long quote by the same speaker, then "He said": still that speaker
        (
            "“The plan is sound and the money is there, and we will build it this year no matter what the critics"
            " say,” Tom Ash said. “Nobody can stop it.” He said work would start in May.",
            "start in May",
            "Tom Ash",
        ),
        # no sentence opened by the pair: a speaker's words stay the speaker's
        (_BEFORE + "Officials thanked Lee Varn. Tom Ash said the count was over.", "count was over", "Tom Ash"),
    ],
)
def test_a_subject_pronoun_means_the_subject_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lee Varn conceded shortly after midnight. He said he had called his rival.", "Lee Varn"),
        ("Premier Lee Varn toured the plant.", "Lee Varn"),
        ("Police Officer Kim Lo arrived first.", "Kim Lo"),
        # near misses: no pronoun next, a plural, a verb a team does too, a common noun
        ("Lee Varn conceded shortly after midnight. Officials said the count was over.", None),
        ("Harbour Rovers won the cup. He said the team was tired.", None),
        ("Lee Varn won the race. He said he had called his rival.", None),
        ("Nurse Union Hall opened at ten.", None),
        ("The nurse practitioners association met. She said the talks went well.", None),
    ],
)
def test_a_name_the_census_does_not_know_marked_as_a_person(text: str, name: str | None) -> None:
    assert next((m[1] for m in person_mentions(text)), None) == name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a surname after "Premier" (a title) completes to the name a possessive writes
        ("Rita Lusk’s Liberals won 40 seats. Premier Lusk said the count was final.", "count was", "Rita Lusk"),
        # or to the name a quote writes
        ("“I called Rita Lusk,” Tom Ash said. Premier Lusk said the count was final.", "count was", "Rita Lusk"),
        ("Rita Lusk’s Liberals won 40 seats. “We did it,” Lusk said.", "did it", "Rita Lusk"),
        # an intensifying reflexive after the name or the role
        ("Officials met Tom Hallow on Monday. Hallow himself said he was not worried.", "not worried", "Tom Hallow"),
        ("Mayor Ann Voss opened the bridge. The mayor herself said the work was late.", "work was", "Ann Voss"),
        # a document its issuer is named with
        (
            "Ray Jessop’s campaign said in a statement that the fees were paid. “We paid,” the statement said.",
            "We paid",
            "Ray Jessop’s campaign",
        ),
        # near miss: "Premier League" is no person
        ("Tarn Rovers left the Premier League. “It hurts,” Tom Ash said.", "hurts", "Tom Ash"),
        # near misses: a company's name opened by a title's word and closed by its trade
        ("Premier Inn said it would open ten hotels.", "ten hotels", "Premier Inn"),
        ("“Wells are dry,” Premier Oil said.", "Wells are dry", "Premier Oil"),
        ("Chancellor Hotels said rooms were full.", "rooms were full", "Chancellor Hotels"),
    ],
)
def test_a_name_and_its_fullest_form(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
