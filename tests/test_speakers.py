from __future__ import annotations

import pytest
from conftest import resolved_speaker, speaker_of

from summarizer import summarize
from summarizer.rules.speaker_phrases import analyse


@pytest.mark.parametrize(
    ("phrase", "kind", "name", "role", "affiliation", "anonymity"),
    [
        ("Ukraine’s defense minister, Rustem Muradov", "person", "Rustem Muradov", "defense minister", "Ukraine", "named"),
        ("Rustem Muradov, a spokesman for the ministry", "person", "Rustem Muradov", "spokesman for the ministry", None, "named"),
        ("Former Ukrainian President Petro Poroshenko", "person", "Petro Poroshenko", "former president", "Ukraine", "named"),
        ("Mayor Jane Doe", "person", "Jane Doe", "mayor", None, "named"),
        ("The Russian Ministry of Defense", "organization", "Russian Ministry of Defense", None, "Russia", "named"),
        ("The New York Post", "organization", "New York Post", None, None, "named"),
        ("NATO", "organization", "NATO", None, "NATO", "named"),
        ("defense analysts", "unnamed", "defense analysts", None, None, "role_only"),
        ("some Russian analysts", "unnamed", "Russian analysts", None, "Russia", "role_only"),
        ("Ukrainian officials", "unnamed", "Ukrainian officials", None, "Ukraine", "role_only"),
        ("a source close to the cabinet", "unnamed", "source close to the cabinet", None, None, "anonymous"),
        ("two officials familiar with the matter", "unnamed", "two officials familiar with the matter", None, None, "anonymous"),
        ("the spokesman", "person", "spokesman", "spokesman", None, "role_only"),
        ("Detectives", "unnamed", "detectives", None, None, "role_only"),
        ("police", "organization", "police", None, None, "role_only"),
        ("A Bloomberg poll", "document", "Bloomberg poll", None, None, "role_only"),
        ("satellite imagery and open-source intelligence", "document", "satellite imagery and open-source intelligence", None, None, "role_only"),
        # a name right after an organization noun or after "of the" is an affiliation, not the person
        ("Director of research at analytics firm Norvale, Tomas Berg", "person", "Tomas Berg", "director of research at analytics firm Norvale", "Norvale", "named"),
        ("the goalie, older sister of Mia Lund of the Harbour Hawks", "person", "goalie, older sister of Mia Lund of the Harbour Hawks", "goalie, older sister of Mia Lund of the Harbour Hawks", "Harbour Hawks", "role_only"),
        # a name after a person's role is that person's, even after an institution's name
        ("Doria University historian Ana Reyes", "person", "Ana Reyes", "historian", None, "named"),
        # an appositive that says what the named source is
        ("Harbour Trails, the group that organized the cleanup", "organization", "Harbour Trails", None, None, "named"),
        ("General Motors", "organization", "General Motors", None, None, "named"),
        # an aside in parentheses is no part of the name; an acronym there still names an organization
        ("Sen. Mara Quill (D-Ore.)", "person", "Mara Quill", None, None, "named"),
        ("Mara Quill (pictured), the harbour chief", "person", "Mara Quill", "harbour chief", None, "named"),
        ("the Harbour Safety Organization (HSO)", "organization", "Harbour Safety Organization (HSO)", None, None, "named"),
        ("the Harbour Safety Organization", "organization", "Harbour Safety Organization", None, None, "named"),
        # a preposition after a name of two or more words ends it: what follows is a place or a time
        ("Sen. Mara Quill of Doria, the chair of the budget panel", "person", "Mara Quill", "chair of the budget panel", "Doria", "named"),
        ("Chief Justice Tom Hale of the Harbour Court", "person", "Tom Hale", "chief justice", "Harbour Court", "named"),
        ("Mayor Tom Hale in the 1990s", "person", "Tom Hale", "mayor", None, "named"),
        ("Royal Bank of Doria", "organization", "Royal Bank of Doria", None, "Doria", "named"),
        # a part of an organization is one
        ("Harbourline's security unit", "organization", "Harbourline's security unit", None, "Harbourline", "named"),
        ("the research division", "organization", "research division", None, None, "role_only"),
        # capitals that give a role are no part of the name
        ("Harbourline CEO Mara Quill", "person", "Mara Quill", "ceo", None, "named"),
        # capitalised words a preposition or conjunction opens are a clause's piece, no name
        ("Despite the long delays", "unnamed", "Despite the long delays", None, None, "role_only"),
        ("In August", "unnamed", "In August", None, None, "role_only"),
        # a capitalised plural of a group noun is a party or a body of people, not a person
        ("The Conservatives", "group", "Conservatives", None, None, "named"),
        ("Senate Republicans", "group", "Senate Republicans", None, None, "named"),
        # a title and "of" before a list of fields: one office, not a role and a name
        ("Minister of Roads, Bridges and Ferries", "person", "Minister of Roads, Bridges and Ferries", "minister of Roads, Bridges and Ferries", None, "role_only"),
        ("the Secretary of Parks and Harbours", "person", "Secretary of Parks and Harbours", "secretary of Parks and Harbours", None, "role_only"),
        # a sentence's capital on a description with a common noun after its preposition: no name
        ("Backers of the harbour toll", "unnamed", "Backers of the harbour toll", None, None, "role_only"),
        # capitals joined to a word by a hyphen, and a ministry's "Affairs", name organizations
        # a part of a group before the group's common noun: the group's noun names the speakers
        ("Some of the riders", "unnamed", "riders", None, None, "role_only"),
        ("Two of the nurses", "unnamed", "nurses", None, None, "role_only"),
        ("One of the guards", "unnamed", "guards", None, None, "role_only"),
        # near misses: a part of a named group, or one named in apposition, keeps its reading
        ("Two of the Democrats", "person", "Two of the Democrats", None, "Democrats", "named"),
        ("One of the officers, Ada Pine", "person", "Ada Pine", "officers", None, "named"),
        ("Each of the 12", "person", "Each of the 12", None, None, "named"),
        ("HKX-Norvale", "organization", "HKX-Norvale", None, None, "named"),
        ("Harbour Affairs", "organization", "Harbour Affairs", None, None, "named"),
    ],
)  # fmt: skip
def test_speaker_phrases(
    phrase: str, kind: str, name: str, role: str | None, affiliation: str | None, anonymity: str
) -> None:
    p = analyse(phrase, (0, len(phrase)))
    assert (p.kind, p.name, p.role, p.affiliation, p.anonymity) == (kind, name, role, affiliation, anonymity)


def test_pronoun_resolves_to_nearest_person() -> None:
    text = (
        "Head coach Dana Whitfield said the team played well.\n\n"
        "She said the referees made two mistakes.\n\n"
        '"We will appeal," she said.'
    )
    result = summarize(text, model="rules")
    ids = {a.speaker_id for a in result.attributions}
    assert len(ids) == 1
    (speaker,) = result.speakers
    assert speaker.name == "Dana Whitfield" and speaker.role == "head coach"
    pronoun_mentions = [m for m in speaker.mentions if text[m[0] : m[1]] in ("She", "she")]
    assert len(pronoun_mentions) == 2


def test_surname_gets_the_fullest_name_in_the_text() -> None:
    text = "Mayor Lena Ortiz spoke to residents.\n\n“The ban stays,” Ortiz said."
    result = summarize(text, model="rules")
    (speaker,) = result.speakers
    assert (speaker.name, speaker.role) == ("Lena Ortiz", "mayor")


def test_possessive_document_resolves_to_its_owner() -> None:
    text = (
        "The Ministry of Health said 20 people were treated.\n\n"
        "According to the ministry's statement, four were children."
    )
    result = summarize(text, model="rules")
    assert len(result.speakers) == 1
    assert {a.speaker_id for a in result.attributions} == {result.speakers[0].id}
    assert result.attributions[1].speaker == "the ministry's statement"


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine — Ukraine said on Monday that the bridge was repaired.",
        "STATEN ISLAND, N.Y. -- Police said on Tuesday that the road was closed.",
        "WASHINGTON (AP) — Officials said on Friday that the plan would change.",
        "Harbor News\n\nHARBORVILLE, Maine — Ferry service resumed on Monday, the port authority said.",
    ],
)
def test_a_dateline_is_never_part_of_a_speaker(text: str) -> None:
    s = summarize(text, model="rules")
    assert s.speakers
    for sp in s.speakers:
        assert not any(w.isupper() and len(w) > 2 for w in sp.name.replace(",", " ").split()), sp.name
    for a in s.attributions:
        assert a.speaker is None or not a.speaker.split()[0].isupper()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # completing "Moss" from the words before it stops at a dateline's dash, a sentence's
        # full stop and a photo credit's slash
        ("PINEVILLE — Moss said on Monday that the mill would close.", "Moss"),
        ("The play starred Tom Reed as Moss. Moss said on Monday that the mill would close.", "Moss"),
        ("The mill stood idle. (Courier/Ada Moss)\n\nMoss said on Monday that the mill would close.", "Ada Moss"),
        ("Mayor Ada Moss spoke first.\n\nMoss said on Monday that the mill would close.", "Ada Moss"),
        # a title written with a hyphen is no given name ("Vice-President Lo", a surname first)
        ("Doria's Vice-President Lo Tam spoke first.\n\nLo said on Monday that the mill would close.", "Lo"),
    ],
)
def test_a_name_is_completed_only_by_the_words_right_before_it(text: str, name: str) -> None:
    assert [sp.name for sp in summarize(text, model="rules").speakers] == [name]


def test_a_bare_role_before_an_appositive_and_a_name_is_that_person() -> None:
    # the appositive's head is the role, the name its person: a later "he" is the same man
    text = (
        "The ferry stopped.\n\n"
        "Director, field operations at Bluewake, Tomas Reyes, agreed with the finding.\n\n"
        "“It is the same crew,” he said."
    )
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    assert [(a.speaker, names[a.speaker_id or ""]) for a in result.attributions] == [
        ("Director", "Tomas Reyes"),
        ("he", "Tomas Reyes"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # a document "reads" what it holds; a possessive pronoun's document is that person's
        (
            "Lena Ortiz spoke on Monday.\n\n“The ferry will run again on Friday,” her statement read.",
            "her statement",
            "Lena Ortiz",
        ),
        # its modifiers in lower case or figures between the pronoun and the document
        (
            "Lena Ortiz spoke on Monday.\n\n“The ferry will run again on Friday,” her written statement read.",
            "her written statement",
            "Lena Ortiz",
        ),
        (
            "The ferry board said the dock was shut.\n\n“The ferry will run again on Friday,” its 2024 report read.",
            "its 2024 report",
            "ferry board",
        ),
        (
            "Lena Ortiz spoke on Monday.\n\n“The ferry will run again on Friday,” her brief year-end statement read.",
            "her brief year-end statement",
            "Lena Ortiz",
        ),
        # guard: another's possessive in between is that one's document
        (
            "Lena Ortiz spoke on Monday.\n\n“The ferry will run again on Friday,” her lawyer's statement read.",
            "her lawyer's statement",
            "her lawyer",
        ),
        # "the notice" is the one its writer wrote in ("wrote in a notice that …")
        (
            "Tomas Reyes, who runs the ferry, wrote in a notice that the dock is shut.\n\n"
            "“The ferry will run again on Friday,” the notice read.",
            "the notice",
            "Tomas Reyes",
        ),
    ],
)
def test_a_document_that_reads_a_quote_is_its_source(text: str, speaker: str, name: str) -> None:
    assert resolved_speaker(text, speaker) == ("read", name)


def test_a_person_who_reads_aloud_is_no_document() -> None:
    result = summarize("“We need the money,” he read aloud from the card.", model="rules")
    assert [a.speaker for a in result.attributions] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long appositive after the name, with "and" and a possessive in it
        (
            "“We need the money,” Mara Quill, the firm’s founder and the designer of its cheapest bus, "
            "said at the plant.",
            "Mara Quill, the firm’s founder and the designer of its cheapest bus",
        ),
        # a full stop inside a word ("e.Volt") ends no sentence
        ("“We need the money,” Mara Quill, founder of e.Volt, said at the plant.", "Mara Quill, founder of e.Volt"),
        # the subject is the phrase a preposition's object belongs to, not that object
        ("The loudest voice in town finally said: “We need a vote on this tonight.”", "The loudest voice in town"),
        # a noun phrase after "came" is what is presented, its cue-like noun no verb
        ("Mara Quill runs the ferry. Then came her quick reply: “We are moving the dock east.”", None),
    ],
)
def test_speaker_span_reaches_the_whole_subject(text: str, speaker: str | None) -> None:
    result = summarize(text, model="rules")
    assert [a.speaker for a in result.attributions] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of speech after a comma, its speaker after it and right before the quote
        (
            "Instead of the old seats in rows, asks harbour board member Lena Ortiz, “why not try a circle this time?”",
            "harbour board member Lena Ortiz",
        ),
        # after a subject the name is the hearer: the subject speaks
        ("He asks Lena Ortiz, “why not try a circle this time?”", "He"),
        # a named subject, a copula and how the person speaks, then a colon and the quote
        (
            "Lena Ortiz, the harbour engineer on the east shore, is more direct: “The pier will not last another winter.”",
            "Lena Ortiz, the harbour engineer on the east shore",
        ),
        # a common noun's subject is no speaker
        ("The plan is simple: “Build the pier before winter comes.”", None),
    ],
)
def test_speaker_before_the_quote_inverted_or_before_a_colon(text: str, speaker: str | None) -> None:
    result = summarize(text, model="rules")
    assert [a.speaker for a in result.attributions] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "of" and what the words are about, between the verb and the quote
        (
            "Lena Ortiz also said of the new library, “The roof leaks already. We will need a new one.”",
            "Lena Ortiz",
            "The roof leaks already. We will need a new one",
        ),
        # a relative clause's verb of speech: its antecedent, a name, speaks, written as "who"
        (
            "The ferry line hired Tomas Reyes, who joked about the old pier, “It is the only dock in town that floats.”",
            "who",
            "It is the only dock in town that floats",
        ),
        # a relative clause after a common noun: no name to give
        (
            "The ferry line hired a guard, who joked about the old pier, “It is the only dock in town that floats.”",
            None,
            None,
        ),
    ],
)
def test_a_verb_with_its_topic_before_the_quote(text: str, speaker: str | None, content: str | None) -> None:
    result = summarize(text, model="rules")
    quoted = [a for a in result.attributions if a.type == "direct"]
    assert [a.speaker for a in quoted] == [speaker]
    if content is not None:
        assert quoted[0].content == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry posted a clip of the storm. “The best ride of the year!” was the reply of one cheerful passenger.",
            "one cheerful passenger",
        ),
        ("“Not again, not this week,” was the answer from the harbour master.", "the harbour master"),
        # a noun that is no reply names no speaker
        ("“Not again, not this week,” was the title of the harbour master's talk.", None),
    ],
)
def test_a_quote_that_was_someones_reply(text: str, speaker: str | None) -> None:
    result = summarize(text, model="rules")
    assert [a.speaker for a in result.attributions if a.speaker] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the letter" is the one its sender sent: a description as much as a name
        (
            "The school board met on Monday. In May, a group of parents with children at the school sent a "
            "letter to the board.\n\n“We want the library open on weekends,” the letter reads.",
            "group of parents with children at the school",
        ),
        (
            "Lena Ortiz sent a letter to the board.\n\n“We want the library open on weekends,” the letter reads.",
            "Lena Ortiz",
        ),
    ],
)
def test_a_sent_document_speaks_for_its_sender(text: str, name: str) -> None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    (quoted,) = result.attributions
    assert (quoted.speaker, names[quoted.speaker_id or ""]) == ("the letter", name)


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # a document named with its author after "by" or "from" speaks for that author
        (
            "The mayor denied reports by two local papers about the ferry.\n\n"
            "“Talks have failed,” the reports said, citing unnamed sources.",
            "the reports",
            "two local papers",
        ),
        (
            "A study by researchers at Lakeside University found that ferries run late.\n\n"
            "“Delays doubled in winter,” the study said.",
            "the study",
            "researchers at Lakeside University",
        ),
        (
            "A report published by the Tarn Valley Nurses' Union on Monday drew wide notice.\n\n"
            "“Shifts ran to 16 hours,” the report said.",
            "the report",
            "Tarn Valley Nurses' Union",
        ),
        # the author's words end before a participle of what follows ("filed with")
        (
            "A report by Officer Ana Ruiz filed with the court was read out.\n\n"
            "“The door was forced,” the report states.",
            "the report",
            "Ana Ruiz",
        ),
        # a sender's own document: "released her report" as "sent a letter"
        (
            "Auditor Mara Quill released her report on Tuesday.\n\n“Three warnings were ignored,” the report said.",
            "the report",
            "Mara Quill",
        ),
        # near misses: a time after "by"; another document's author; "on", no author
        (
            "The council expects a report by Friday.\n\n“The ferry is safe,” the report said.",
            "the report",
            "report",
        ),
        (
            "A study by researchers at Lakeside University found that ferries run late.\n\n"
            "“Delays doubled in winter,” the report said.",
            "the report",
            "report",
        ),
        (
            "The council read a report on the ferry.\n\n“The ferry is safe,” the report said.",
            "the report",
            "report",
        ),
        # an author at a sentence's start; a letter from a titled person; an agency; the verb the
        # author's words ran on to is cut off
        (
            "Reports from two hospitals put the count at nine.\n\n“Most were children,” the reports said.",
            "the reports",
            "two hospitals",
        ),
        (
            "A letter from Mayor Lena Ortiz reached every home.\n\n“The water is safe,” the letter said.",
            "the letter",
            "Lena Ortiz",
        ),
        (
            "A report by the Harbour Press Agency counted the boats.\n\n“Four sank,” the report said.",
            "the report",
            "Harbour Press Agency",
        ),
        (
            "A memo from the chief executive went out on Monday.\n\n“Cuts are coming,” the memo said.",
            "the memo",
            "chief executive",
        ),
        # near misses: after "from" or "by", a place, a time, a year or a manner is no author
        (
            "A report from the scene spoke of smoke.\n\n“Two cars burned,” the report said.",
            "the report",
            "report",
        ),
        (
            "A study from 2019 looked at the pier.\n\n“The piles are weak,” the study said.",
            "the study",
            "study",
        ),
        (
            "The board wants a report by 2030.\n\n“The pier will hold,” the report said.",
            "the report",
            "report",
        ),
        (
            "A report from Dunmore spoke of the talks.\n\n“The sides are close,” the report said.",
            "the report",
            "report",
        ),
        (
            "A report from the 1980s warned of floods.\n\n“The levee is low,” the report said.",
            "the report",
            "report",
        ),
        (
            "A letter from prison reached the paper.\n\n“The guards are cruel,” the letter said.",
            "the letter",
            "letter",
        ),
        (
            "A report by design left out names.\n\n“Five were disciplined,” the report said.",
            "the report",
            "report",
        ),
        (
            "A report from inside the mill spoke of leaks.\n\n“Workers fell ill,” the report said.",
            "the report",
            "report",
        ),
    ],
)
def test_a_document_speaks_for_its_author_named_after_by(text: str, speaker: str, name: str) -> None:
    assert resolved_speaker(text, speaker)[1] == name


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # the verb a document is the noun of names its author: "posted" makes "the post"
        (
            "The river board posted on its website that the weir would be shut.\n\n"
            "“Keep off the banks,” the post said.",
            "the post",
            "river board",
        ),
        (
            "The Orla Ferry Company filed in court on Monday to halt the strike.\n\n"
            "The filing said the crews had broken their contract.",
            "The filing",
            "Orla Ferry Company",
        ),
        # a fronted "In a letter …," names its author after the comma
        (
            "In a letter mailed to members on Friday, the rowing club wrote that the boathouse would close. "
            "The letter said repairs would take a year.",
            "The letter",
            "rowing club",
        ),
        # near misses: no author stated (a passive's filing, a letter that only arrived)
        (
            "The weir will be shut. The closure was disclosed in a filing with the state. "
            "According to that filing, the weir had cracked.",
            "that filing",
            "that filing",
        ),
        ("A letter reached the council on Friday. The letter said repairs would take a year.", "The letter", "letter"),
    ],
)
def test_a_document_speaks_for_who_posted_filed_or_wrote_it(text: str, speaker: str, name: str) -> None:
    assert resolved_speaker(text, speaker)[1] == name


@pytest.mark.parametrize(
    ("phrase", "kind", "name", "owner"),
    [
        # who came to hold a document is not its source
        ("the memo obtained by the Harbour Gazette", "document", "memo", None),
        ("draft findings seen by reporters", "document", "draft findings", None),
        # its author is
        ("the audit released by the port authority", "document", "the audit released by the port authority", "port authority"),
        ("a survey of ferry riders by Coastline Research", "document", "a survey of ferry riders by Coastline Research", "Coastline Research"),
        ("a statement by Mara Quill", "document", "a statement by Mara Quill", "Mara Quill"),
        # or sent it, "from" a person, a role or a body
        ("a letter from the town clerk", "document", "a letter from the town clerk", "town clerk"),
        ("a notice from the Tarn Valley Council", "document", "a notice from the Tarn Valley Council",
         "Tarn Valley Council"),
        # guards: a time or a place it came from sent nothing
        ("records from March 2019", "document", "records from March 2019", None),
        ("a report from the Lisk County jail", "document", "report from the Lisk County jail", None),
        # ... nor a person's thing ("from her phone" as from "Ana Ruiz's phone"); a person's role sends
        ("footage from Ana Ruiz's phone", "document", "footage from Ana Ruiz's phone", None),
        ("a letter from Ana Ruiz's lawyer", "document", "a letter from Ana Ruiz's lawyer", "Ana Ruiz's lawyer"),
    ],
)  # fmt: skip
def test_a_document_with_the_one_who_wrote_or_holds_it(phrase: str, kind: str, name: str, owner: str | None) -> None:
    p = analyse(phrase, (0, len(phrase)))
    assert (p.kind, p.name, p.owner.name if p.owner else None) == (kind, name, owner)


def test_a_document_obtained_by_a_newspaper_does_not_speak_for_it() -> None:
    result = summarize(
        "Ferry deal\n\nThe Harbour Gazette has covered the ferry deal for months. According to a memo obtained "
        "by the Harbour Gazette, the operator plans to cut two routes.\n",
        model="rules",
    )
    names = {s.id: s.name for s in result.speakers}
    assert [names[a.speaker_id] for a in result.attributions if a.speaker_id] == ["memo"]


def test_an_organization_description_goes_to_a_unit_named_before() -> None:
    result = summarize(
        "Scam emails traced\n\nHarbourline's security unit said on Friday that the emails came from one group.\n\n"
        '"We have seen this sender before," the security firm said.\n',
        model="rules",
    )
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(a.speaker_id or "") for a in result.attributions] == ["Harbourline's security unit"] * 2


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a firm named by the trade that ends its name, no speaker itself: "the company" is it
        ("Plant to close\n\nHollin Foods will shut its plant in Dorr next year.\n\n"
         "“We tried every option,” the company said.\n", "We tried every option", "Hollin Foods"),
        # a place's capital in a compound modifier names no company of its own
        ("Jobs cut\n\nBrisk Property Group cut ten jobs on Monday.\n\n"
         "The Halifax-based company said sales had fallen.\n", "sales had fallen", "Brisk Property Group"),
        # the firm's name starts after a capitalised word that names nothing ("On Friday")
        ("Plant to close\n\nOn Friday Vell Foods shut its plant in Dorr.\n\n"
         "“We tried every option,” the company said.\n", "We tried every option", "Vell Foods"),
        # "Resources" ends an office's name as often as a firm's: no firm named here
        ("Plant to close\n\nIda Sorn, who ran Human Resources at the plant, left in May.\n\n"
         "“We tried every option,” the company said.\n", "We tried every option", "company"),
    ],
)  # fmt: skip
def test_a_description_of_a_firm_is_the_firm_named_before(text: str, content: str, name: str) -> None:
    assert speaker_of(text, content) == name


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The Red Cross said at least 40 people were missing.", "Red Cross", "organization"),
        ("Dunmore Mountain Rescue Team said two walkers were found.", "Dunmore Mountain Rescue Team", "organization"),
        ("The national rail operator said the line would reopen.", "national rail operator", "organization"),
        # a given name and a surname that is also a word: a person
        ("Tom Cross said the plan was fair.", "Tom Cross", "person"),
    ],
)
def test_teams_charities_and_operators_are_organizations(sentence: str, name: str, kind: str) -> None:
    speakers = summarize("News\n\n" + sentence, model="rules").speakers
    assert [(s.name, s.kind) for s in speakers] == [(name, kind)]


def test_a_named_person_before_an_office_between_commas_is_its_holder() -> None:
    # an unfamiliar given name: the office in apposition says a person is named; a later "he" is him
    text = (
        "Toll plan revised\n\n"
        "Tavish Orrin, Minister of Roads, Bridges and Ferries, said on Monday that the toll would fall.\n\n"
        '"We heard the islanders," he said.\n'
    )
    assert speaker_of(text, "toll would fall") == "Tavish Orrin"
    assert speaker_of(text, "We heard the islanders") == "Tavish Orrin"


def test_her_statement_is_no_company_named_with_a_hyphen() -> None:
    text = (
        "Harbour deal questioned\n\n"
        "HKX-Norvale said the contract was fair. Backers of the deal agreed.\n\n"
        "Weeks after Mara Quill resigned, she published a statement online that hinted at pressure.\n\n"
        '"I was asked to look away," her statement said.\n'
    )
    assert speaker_of(text, "asked to look away") == "Mara Quill"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the subject of the verb that issued the document, and a later "it" with them
        (
            "Ferries halted\n\nThe port's travel office also issued a notice Friday saying that ferries "
            'would stop. It urged travellers to "check times before leaving home."\n',
            "ferries would stop",
            "port's travel office",
        ),
        (
            "Ferries halted\n\nThe port's travel office also issued a notice Friday saying that ferries "
            'would stop. It urged travellers to "check times before leaving home."\n',
            "check times",
            "port's travel office",
        ),
        # opening its sentence, a statement is the source's named just before in its paragraph
        (
            "Aid workers hurt\n\nThe Harbour Aid Foundation said two of its workers were hurt. "
            'A statement said the charity was "deeply shaken" by the attack.\n',
            "deeply shaken",
            "Harbour Aid Foundation",
        ),
    ],
)
def test_an_indefinite_document_speaks_for_its_issuer(text: str, words: str, name: str) -> None:
    assert speaker_of(text, words) == name


def test_what_something_was_said_in_is_no_sayer() -> None:
    # after "in", a response or a statement is how it was said: the sayer is the clause's subject
    text = (
        "Budget row\n\nAna Ruiz called the claim false on Monday and in a brief response said she never saw the memo.\n"
    )
    assert speaker_of(text, "never saw the memo") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name set off between commas right after a bare role is the role's holder
        ("Club clears debt\n\nAccording to the club's treasurer, Ann Vo, the debt was cleared in March.\n", "Ann Vo"),
        (
            "Club clears debt\n\nThe debt was cleared in March, according to the treasurer, Ann Vo, who signed "
            "the last cheque.\n",
            "Ann Vo",
        ),
        ("Club clears debt\n\nAccording to a spokesperson, Tom Hale, the debt was cleared in March.\n", "Tom Hale"),
        # guard rows: capitals that open with no given name or title are a place or a company
        ("Club clears debt\n\nAccording to the mayor, New Lisk, the town, cleared the debt in March.\n", "mayor"),
        ("Club clears debt\n\nAccording to its owner, Harbour Lines, the debt was cleared in March.\n", "its owner"),
        # a name with an appositive of its own (an age, a relative clause, a noun phrase) may open
        # the words, their subject: no holder of the role (a victim is no coroner)
        ("Club fire\n\nAccording to the coroner, Ann Vo, 34, died of smoke and was “beyond help.”\n", "coroner"),
        (
            "Club fire\n\nAccording to the coroner, Ann Vo, a mother of two, was “beyond help.”\n",
            "coroner",
        ),
        (
            "Club fire\n\nAccording to the prosecutor, Tom Hale, who was held on Monday, set the fire.\n",
            "prosecutor",
        ),
        # guard row: two treasurers named together, no name after the role: neither
        (
            "Club clears debt\n\nThe club has two treasurers, Ann Vo and Tom Hale.\n\n"
            "According to the treasurer, the debt was cleared in March.\n",
            "treasurer",
        ),
    ],
)
def test_a_name_between_commas_after_a_bare_role_is_its_holder(text: str, name: str) -> None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(a.speaker_id or "") for a in result.attributions] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name between "the" and a document's head is who issued the document
        ("Dock shut\n\nThe Gazette report said the dock had rotted.\n", ["Gazette"]),
        ("Dock shut\n\n“The dock had rotted,” the Harbour Council statement said.\n", ["Harbour Council"]),
        ("Dock shut\n\nThe CFIA report said the catch was safe to eat.\n", ["CFIA"]),
        # guard rows: a month, a nationality; a body issuing a report is no "she"
        ("Dock shut\n\nThe March report said the dock had rotted.\n", ["March report"]),
        ("Dock shut\n\nThe Canadian report said the dock had rotted.\n", ["Canadian report"]),
        # a country is what the report is about, a street where it was, no issuer
        ("Dock shut\n\nThe Ukraine report said the dock had rotted.\n", ["Ukraine report"]),
        ("Dock shut\n\nThe Harbour Road report said the dock had rotted.\n", ["Harbour Road report"]),
        # guard row: a capitalised head is the end of a name (a newspaper's), no document
        ("Dock shut\n\nThe Harbour Post said the dock had rotted.\n", ["Harbour Post"]),
        (
            "Dock shut\n\nAna Ruiz quit the board. The Gazette report said she was pushed.\n\n"
            "“I left of my own accord,” her statement said.\n",
            ["Gazette", "Ana Ruiz"],
        ),
    ],
)
def test_a_name_before_a_documents_head_is_its_issuer(text: str, names: list[str]) -> None:
    result = summarize(text, model="rules")
    by_id = {s.id: s.name for s in result.speakers}
    assert [by_id.get(a.speaker_id or "") for a in result.attributions] == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue word capitalised after a capital, mid-sentence, is a word of a name ("Lakeview State")
        ('Rival coach Tom Reed, whose side is 6-4, called Lakeview State "the best side in the league."', "Rival coach Tom Reed"),
        ("Tom Reed called Lakeview State “a team that never quits.”", "Tom Reed"),
        # near misses: a title-case line, and a cue set off by a comma
        ("Mayor Ada Ruiz States “We Will Rebuild”", "Mayor Ada Ruiz"),
        ("The coach of the club, Tom Reed, states: “We will win.”", "The coach of the club, Tom Reed"),
    ],
)  # fmt: skip
def test_a_capitalised_cue_word_after_a_capital_is_a_name_s(text: str, speaker: str) -> None:
    result = summarize(text, model="rules")
    assert [a.speaker for a in result.attributions] == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the one member of a counted group subject that "including" names closes the sentence:
        # a later "she" is that member
        (
            "Gov. Ann Reyes signed the bill. “It is a good day,” Reyes said. But several senators crossed over, "
            "including Sen. Nora Vance of Eastfield. She said she had heard from many drivers.",
            "Nora Vance",
        ),
        (
            "Gov. Ann Reyes signed the bill. “It is a good day,” Reyes said. Three members of her party voted no, "
            "among them Nora Vance. She said the tax was too high.",
            "Nora Vance",
        ),
        # near misses: the group is an object, and two members are named
        (
            "Gov. Ann Reyes signed the bill. “It is a good day,” Reyes said. The governor thanked several aides, "
            "including Nora Vance. She said she was proud.",
            "Ann Reyes",
        ),
        (
            "Gov. Ann Reyes signed the bill. “It is a good day,” Reyes said. Several aides joined her, including "
            "Nora Vance and Lily Dunn. She said she was proud.",
            "Ann Reyes",
        ),
    ],
)
def test_she_after_a_group_s_named_member_is_that_member(text: str, name: str) -> None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    last = result.attributions[-1]
    assert last.speaker == "She"
    assert names.get(last.speaker_id or "") == name


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("Some of the riders", True),
        ("Two of the nurses", True),
        # near miss: one of a group is one
        ("One of the guards", False),
    ],
)
def test_a_part_of_a_group_is_many_but_for_one(phrase: str, plural: bool) -> None:
    assert analyse(phrase, (0, len(phrase))).plural is plural


def test_a_part_of_a_group_speaks_as_the_group_s_noun() -> None:
    assert speaker_of("Bus delays\n\nSome of the riders said the bus was late.\n", "the bus was late") == "riders"
