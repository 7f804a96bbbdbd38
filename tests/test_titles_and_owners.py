"""Two readings of a title before a name. A courtesy title ("Ms.", "Mr.", "Dr.") before a
surname that is also a company's last word ("Mills", "Cross") names a person, so "Ms. Rook
Mills" after "nurse Ada Mills" is her (rules/roles.org_like). A title inside a possessive is the
owner's, not the head's ("Ms. Roy's son, Tom Vale" is a man, so "he" may mean him:
speaker_phrases.gender_of). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.phrase_genders import gender_of
from summarizer.rules.speaker_phrases import analyse


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Ms. Mills", "person"),
        ("Mr. Cross", "person"),
        ("Dr. Banks", "person"),
        # near misses: a company's name, with no title or with more words after the title's name
        ("General Mills", "organization"),
        ("Harbour Mills", "organization"),
        ("Dr. Banks Holdings", "organization"),
    ],
)
def test_a_courtesy_title_names_a_person(phrase: str, kind: str) -> None:
    assert analyse(phrase, (0, len(phrase))).kind == kind


@pytest.mark.parametrize(
    ("phrase", "gender"),
    [
        ("Ms. Roy's son, Tom Vale", "male"),
        ("Mr. Hale's daughter, Ann Hale", "female"),
        # the head before an aside's comma: "husband," is the head noun with the aside's comma
        ("Ada Pell's husband, who chairs the group", "male"),
        ("Tom Ash's widow, who runs the farm", "female"),
        # near misses: the title is the head's own
        ("Ms. Ann Roy", "female"),
        ("Mr. Tom Vale, the owner's son", "male"),
    ],
)
def test_a_title_in_a_possessive_is_the_owners(phrase: str, gender: str) -> None:
    assert gender_of(analyse(phrase, (0, len(phrase)))) == gender


def test_he_means_the_son_named_after_his_mothers_title() -> None:
    text = (
        "Ms. Roy's son, Tom Vale, said outside the hearing that the family wants change. "
        '"My mother deserved better," he said.'
    )
    summary = summarize(text, model="rules")
    ids = {a.speaker_id for a in summary.attributions}
    assert len(ids) == 1 and None not in ids


def test_a_titled_surname_resolves_to_the_nurse_named_before() -> None:
    text = (
        "Registered nurse Ada Mills, who was one of two nurses on the ward that night, testified that she "
        'could not finish her rounds. "I was alone on the floor," Ms. Mills told the jury.'
    )
    summary = summarize(text, model="rules")
    names = {s.id: s.name for s in summary.speakers}
    assert [names[a.speaker_id] for a in summary.attributions if a.speaker_id] == ["Ada Mills", "Ada Mills"]
