"""Where the source of an attribution is found: constructions that put the speaker far from its
content, after an adjunct, or in the paragraph before. Invented sentences, one phenomenon a row."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer import summarize


def speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker as written, content) of each attribution, in order."""
    return [(a.speaker, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted speaker ends at the comma before an adjunct (a preposition, "while", "as")
        ("“The road is closed,” said Brandt, on what was her last day in office.",
         [("Brandt", "The road is closed")]),
        ("“The road is closed,” said Tia Brandt, at a briefing that ran late.",
         [("Tia Brandt", "The road is closed")]),
        # a passive "was quoted as saying" reports the words of its subject
        ("“The debt is far too high,” she was quoted as saying in the release.",
         [("she", "The debt is far too high")]),
        ("Ana Ruiz was quoted as saying the debt was too high.", [("Ana Ruiz", "the debt was too high")]),
        # an inverted verb of two words ("points out") is a verb of speech as one
        ("“We only sell one kind,” points out the shop owner, who moved here in 2004.",
         [("the shop owner", "We only sell one kind")]),
        # an appositive too long to read whole leaves the name before its comma
        ("“We found some common ground,” said Tom R. Vale, a chief of staff to Governor Ada Kern whom "
         "Ms. Ruiz hired to lead her energy work in her second term.",
         [("Tom R. Vale", "We found some common ground")]),
        # a narrator is a person's role: the speaker of an advertisement's words
        ("“Why didn’t he pay?” a narrator in the ad asks.", [("a narrator in the ad", "Why didn’t he pay?")]),
        # a dash sign-off ends before the sentence's stop, not an abbreviation's
        ("“No one here wants the new road.” ― Ola Brik.", [("Ola Brik", "No one here wants the new road")]),
        ("“No one here wants the new road.” ― Brik Holdings Inc.",
         [("Brik Holdings Inc.", "No one here wants the new road")]),
        # an appositive after the comma is still the speaker's
        ("“The road is closed,” said Tia Brandt, a spokeswoman for the city.",
         [("Tia Brandt, a spokeswoman for the city", "The road is closed")]),
        # "as" and a subject set off by an appositive (with an initial) before "put it"
        ("Few agree. As Ilse K. Varga, a tax lawyer at Mornay College, recently put it, “Who pays for the roads?”",
         [("Ilse K. Varga, a tax lawyer at Mornay College", "Who pays for the roads?")]),
        ("Few agree. As Ilse Varga put it, “Who pays for the roads?”",
         [("Ilse Varga", "Who pays for the roads?")]),
        # a demonstrative pointing back to the quote, a noun of reply or advice and its giver
        ("“Stay off the ice.” That was the advice on Friday from the fire chief, Mara Quill.",
         [("the fire chief, Mara Quill", "Stay off the ice")]),
        ("“Stay off the ice.” That was the end of the meeting.", [(None, "Stay off the ice")]),
        # a document a quote "reads", and who gave it
        ("“No swimming after dark,” reads a notice posted by the parks board.",
         [("the parks board", "No swimming after dark")]),
        ("“Classes resume on Friday,” reads a statement from the board.",
         [("the board", "Classes resume on Friday")]),
        # the giver ends before to whom or when it was given, and takes a name set off after it
        ("“It is time to reopen the pool,” reads a letter from parents to the town council.",
         [("parents", "It is time to reopen the pool")]),
        ("“We thank everyone who searched,” reads a statement released by the family on Sunday.",
         [("the family", "We thank everyone who searched")]),
        ("“We miss her every day,” reads a statement from her husband, Dov Arlen.",
         [("her husband, Dov Arlen", "We miss her every day")]),
        # a title written short ends no sentence
        ("“It will cost us dearly.” That was the warning from Coun. Dov Arlen.",
         [("Coun. Dov Arlen", "It will cost us dearly")]),
        # a story that opens with a quote alone names its speaker as the next paragraph's subject
        ("“The pool was always full.”\n\nMarta Ilves, who swam there for 40 years, was at the last swim.",
         [("Marta Ilves", "The pool was always full")]),
        # ... not when that sentence has a verb of saying of its own, nor when the name is a place's
        ("“Stay inside tonight.”\n\nOla Brenn, 61, was asleep when a deputy shouted the order.",
         [(None, "Stay inside tonight"), ("a deputy", "the order")]),
        ("“Stay inside tonight.”\n\nMilton Avenue, where the shelter stands, was closed by noon.",
         [(None, "Stay inside tonight")]),
        ("“Stay inside tonight.”\n\nClay County, where the shelter stands, was flooded by noon.",
         [(None, "Stay inside tonight")]),
        # ... nor when the quote speaks of the person named: in the third person, or after a death
        ("“He fixed every bike on our street.”\n\nOla Brenn, 40, was shot on Sunday near the park.",
         [(None, "He fixed every bike on our street")]),
        ("“Every bike on our street ran because of that kid.”\n\nOla Brenn, 16, died on Sunday.",
         [(None, "Every bike on our street ran because of that kid")]),
        # guard: a quote further into the story is no lede
        ("The pool closed on Sunday.\n\nIt had opened in 1960.\n\n“The pool was always full.”\n\n"
         "Marta Ilves, who swam there for 40 years, was at the last swim.",
         [(None, "The pool was always full")]),
        # "that is how X puts it": the manner of wording points back to the quote, X speaks
        ("“The bus never comes on time.” That is how Ines Varga puts it.",
         [("Ines Varga", "The bus never comes on time")]),
        ("“A long, cold wait.” That was how the ferry captain described the night at the dock.",
         [("the ferry captain", "A long, cold wait")]),
        # ... "put it" is the verb of wording with its own "it": a role's, not only a name's
        ("“The tide waits for no one.” That is how the mayor put it.",
         [("the mayor", "The tide waits for no one")]),
        # ... not when a verb of saying before the quote already names its speaker
        ("He shouted “Not one more step.” That is how the guard described him afterward.",
         [("He", "Not one more step"), ("the guard", "him afterward")]),
        # ... and the verb's object and adjuncts are no statement of their own
        ("“A fair deal for everyone.” That is how the mayor explained the budget to voters on Friday.",
         [("the mayor", "A fair deal for everyone")]),
        # guard: "how" opening no verb of wording tells no speaker
        ("“A long, cold wait.” That was how the night began for the ferry captain.",
         [(None, "A long, cold wait")]),
    ],
)  # fmt: skip
def test_speaker_of_a_quote(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph ending in a colon introduces the quoted paragraph after it
        ("Few gave much.\n\nThe Orvel Courier reports:\n\n“Just 20 percent of donors gave over $100. Most gave less.”\n\nThat was all.",
         [("The Orvel Courier", "Just 20 percent of donors gave over $100. Most gave less")]),
        ("Lind spoke next. She said:\n\n“We will not close the school. Not this year.”\n\nThe crowd cheered.",
         [("She", "We will not close the school. Not this year")]),
        # without the colon the paragraph before introduces nothing
        ("Lind spoke next. She stood up.\n\n“We will not close the school. Not this year.”",
         [(None, "We will not close the school. Not this year")]),
    ],
)  # fmt: skip
def test_a_colon_closing_a_paragraph_introduces_the_quote_after_it(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words given as an object before a colon ("made a comment:", "issued a statement:"): the giver speaks
        ("On Monday, Ana Ruiz made the following comment: “Nobody asked us.”", "Ana Ruiz"),
        ("Orvel Mayor Ana Ruiz issued a statement: “We are sorry.”", "Orvel Mayor Ana Ruiz"),
        # a noun of words is no verb: "the mayor's" is not the speaker of what follows
        ("Ana Ruiz called the mayor's remarks “a bad joke.”", "Ana Ruiz"),
    ],
)
def test_the_giver_of_a_statement_before_a_colon_speaks(text: str, speaker: str) -> None:
    assert [a.speaker for a in summarize(text, model="rules").attributions] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular past ends the sentence's subject, which a trailing participle reports for
        ("Ana Ruiz spoke to farm leaders on Monday, warning that the drought would last.",
         [("Ana Ruiz", "the drought would last")]),
        # a second verb inside a fronted subordinate clause has that clause's subject
        ("Though she called the fee unfair and called for a vote on it, Ruiz said little else.",
         [("she", "the fee unfair"), ("she", "a vote on it"), ("Ruiz", "little else")]),
        # a short fronted time with no comma, then a pronoun subject ("by" and a participle)
        ("The board checked the sum. On May 3 they ended the review by announcing that the sum was right.",
         [("they", "the sum was right")]),
        # past a fronted phrase of comparison: "Unlike X," is no subject
        ("Unlike the mayor, the councillors kept quiet on the deal, stressing that an audit came first.",
         [("the councillors", "an audit came first")]),
        # past a fronted time and a connective set off by commas
        ("On Thursday, however, Ana Ruiz spoke to a meeting of farm leaders, promising to cut fees.",
         [("Ana Ruiz", "to cut fees")]),
        # a participle after "after" / "by" in a sentence that opens with a quote: the quote's
        # speaker, not the quote's first word
        ("“We will not sell the farm,” Tia Brandt told reporters after announcing she would retire.",
         [("Tia Brandt", "We will not sell the farm"), ("Tia Brandt", "she would retire")]),
    ],
)  # fmt: skip
def test_the_subject_of_a_trailing_participle(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(text) == expected


def test_a_document_made_at_a_time_is_the_source() -> None:
    """A participle of the document's making with its time ("a poll taken in June") stays in
    the source's phrase."""
    text = "A Lisk College poll taken in late June found that most voters want a recount."
    assert speakers(text) == [("A Lisk College poll taken in late June", "most voters want a recount")]


def test_a_surname_with_either_apostrophe_is_one_person() -> None:
    """ "O’Dell" and "O'Dell" are one name: the surname resolves to the full name before it."""
    result = summarize(
        "The fire began near the docks, according to Chief Mara O’Dell.\n\n“The cause is not known,” said O'Dell.",
        model="rules",
    )
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(a.speaker_id or "") for a in result.attributions] == ["Mara O’Dell", "Mara O’Dell"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause ending in a forward-pointing "this" or "as follows" before the quote's colon
        ("Trust was low in May when Ruiz again took to her blog with this: “The title is an honour, not a job.”",
         "Ruiz"),
        ("Mayor Ana Ruiz put it like this: “The title is an honour, not a job.”", "Mayor Ana Ruiz"),
        ("She summed it up as follows: “We stay.”", "She"),
        # a lone capitalised word opening the sentence is no name
        ("Partial notes as follows: “We stay.”", None),
    ],
)  # fmt: skip
def test_a_clause_pointing_forward_to_the_quote_names_its_speaker(text: str, speaker: str | None) -> None:
    assert [a.speaker for a in summarize(text, model="rules").attributions] == [speaker]


@pytest.mark.parametrize(
    "article",
    [
        # a victim's profile: the quote after it is a mourner's, not theirs
        "Crash on Route 9\n\nAna Ruiz, 34, was killed in the crash on Route 9 on Friday.\n\n“I will miss the mornings most.”\n",
        # a quote that speaks of her in the third person is not hers
        "Ferry pilot retires\n\nAna Ruiz has piloted the Lisk ferry for 30 years.\n\n“She never missed a tide.”\n",
    ],
)
def test_a_quote_after_a_profile_is_not_the_victims_nor_one_about_the_person(article: str) -> None:
    result = summarize(article, model="rules")
    assert [a.speaker_id for a in result.attributions] == [None]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # a paragraph opened by "She" or "Her" about someone named before: the quote after it is hers
        (
            "Ferry pilot retires\n\nAna Ruiz has piloted the Lisk ferry for 30 years.\n\n"
            "Her advice to new pilots is simple: watch the tide tables.\n\n“The river is never the same twice.”\n",
            "Ana Ruiz",
        ),
        (
            "Ferry pilot retires\n\nAna Ruiz has piloted the Lisk ferry for 30 years.\n\n"
            "She still checks the engine herself every morning.\n\n“I trust no one else with it.”\n",
            "Ana Ruiz",
        ),
        # guard: after a victim's profile the pronoun may mean the victim: no speaker
        (
            "Crash on Route 9\n\nAna Ruiz, 34, was killed in the crash on Route 9 on Friday.\n\n"
            "She had worked at the mill for ten years.\n\n“I will miss the mornings most.”\n",
            None,
        ),
        # two women the paragraph before names: "She" may mean either, the quote is no one's
        (
            "Ferry pilots retire\n\nAna Ruiz trained Greta Lund on the Lisk ferry in 1990.\n\n"
            "She still checks the engine every morning.\n\n“I trust no one else with it.”\n",
            None,
        ),
        # a quote that speaks of "her" is not hers
        (
            "Ferry pilot retires\n\nAna Ruiz has piloted the Lisk ferry for 30 years.\n\n"
            "She still checks the engine every morning.\n\n“We will all miss her on the river.”\n",
            None,
        ),
    ],
)
def test_a_quote_after_a_paragraph_a_pronoun_opens_is_the_persons_it_means(article: str, speaker: str | None) -> None:
    result = summarize(article, model="rules")
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(a.speaker_id or "") for a in result.attributions] == [speaker]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("She put it plainly:", "She"),  # how she speaks
        ("He was blunt:", "He"),
        ("She received a text message:", None),  # words someone else sent her
        ("He read the sign on the gate:", None),
        # a noun phrase subject, a verb with "it" for the words to come and how ("put it simply")
        ("The ferry captain summed it up:", "The ferry captain"),
        ("Deckhand Ivo Marsh put it bluntly:", "Deckhand Ivo Marsh"),
        ("Deckhand Ivo Marsh, who has crewed the ferry for years, put it bluntly:", "Deckhand Ivo Marsh"),
        ("The ferry captain read the notice on the gate:", None),
        # a group noun opens the frame too; a verb of hearing or reading out "it" does not
        ("Police put it bluntly:", "Police"),
        ("Deckhand Ivo Marsh heard it firsthand:", None),
        ("Deckhand Ivo Marsh read it aloud:", None),
        ("She heard it from a neighbour:", None),
    ],
)
def test_a_short_clause_before_a_colon_names_the_speaker_only_when_it_tells_how_they_speak(
    clause: str, speaker: str | None
) -> None:
    result = summarize(f"News\n\nAna Ruiz left the hall early. {clause} “Where are you?”\n", model="rules")
    assert [a.speaker for a in result.attributions] == [speaker]


def resolved(text: str) -> list[tuple[str | None, str]]:
    """(resolved speaker's name, content) of each speech attribution, in order."""
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(names.get(a.speaker_id or ""), a.content) for a in result.attributions if a.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title written short before the name is the office a later description names
        ("Coun. Wren Halloway wants a crosswalk. “Kids cross there daily,” the councillor said.", "Wren Halloway"),
        # the British short form, with no stop: a title, not a given name
        ("Cllr Wren Halloway wants a crosswalk. “Kids cross there daily,” the councillor said.", "Wren Halloway"),
        ("Councillor Wren Halloway wants a crosswalk. “Kids cross there daily,” said Cllr Halloway.", "Wren Halloway"),
        ("Cllr Wren Halloway wants a crosswalk. “Kids cross there daily,” said Cllr Halloway.", "Wren Halloway"),
        # the Australian short form "Cr", with or without a stop, after the name in full
        ("Lord mayor Wren Halloway opened the pool. “The water is warm,” Cr Halloway said.", "Wren Halloway"),
        ("Wren Halloway chairs the parks panel. “The pool opens in May,” Cr. Halloway said.", "Wren Halloway"),
        ("Cr Wren Halloway wants a crosswalk. “Kids cross there daily,” the councillor said.", "Wren Halloway"),
        # near miss: another councillor, named in full after the title
        ("Lord mayor Wren Halloway opened the pool. “The water is cold,” Cr Tobin Marsh said.", "Tobin Marsh"),
        ("Sen. Wren Halloway voted against the bill. “It costs too much,” the senator said.", "Wren Halloway"),
        ("Const. Ivo Brisk spoke at the scene. “Keep your windows shut,” the constable said.", "Ivo Brisk"),
        # "Rev." and "Prof." are titles of an office, no mere forms of address
        ("Rev. Wren Halloway led the vigil. “We pray for them all,” the reverend said.", "Wren Halloway"),
        ("Prof. Wren Halloway studies bridges. “The steel was too thin,” the professor said.", "Wren Halloway"),
        # a justice of a court is the judge a later description names (not a "minister of justice")
        ("Justice Wren Halloway heard the appeal. “The law is plain,” the judge wrote.", "Wren Halloway"),
        # guard: a judge keeps the office, so another office's noun is someone else
        ("Justice Wren Halloway heard the case. “I will appeal,” the Republican nominee said.", "Republican nominee"),
        # a role for the body it serves, then the bare role: the same source
        (
            "A spokesperson for the Lakeport Water Board said the pipes were old. “Repairs start Monday,” "
            "the spokesperson said.",
            "spokesperson for the Lakeport Water Board",
        ),
        (
            "A lawyer for the tenants said the rent notice was invalid. “They will not pay it,” the lawyer said.",
            "lawyer for the tenants",
        ),
    ],
)
def test_a_later_bare_role_is_the_person_its_title_or_role_phrase_named(text: str, name: str) -> None:
    assert resolved(text)[-1][0] == name


@pytest.mark.parametrize(
    "middle",
    [
        "Her lawyer, Tom Reeve, had asked for a delay.",
        "Her lawyer, Tavish Reeve, had asked for a delay.",  # a given name no census lists
    ],
)
def test_a_name_set_off_after_the_opening_noun_phrase_is_the_subject_a_pronoun_takes_up(middle: str) -> None:
    text = f"Judge Ed Lange said the plan was clear. {middle} He told the court his client was ill."
    assert resolved(text)[-1][0] == middle.split(", ")[1]


def test_a_name_set_off_later_in_the_sentence_is_no_subject() -> None:
    text = "Mayor Ed Lange said the budget was fine. It was drafted by his aide, Tom Reeve, last year. He said it would pass."
    assert resolved(text)[-1][0] == "Ed Lange"


@pytest.mark.parametrize(
    "second",
    [
        "Later, another lawyer, Ivo Brisk, joined the case.",
        "Later, Ivo Brisk, a second lawyer, joined the case.",
        "Later, a lawyer named Ivo Brisk joined the case.",
    ],
)
def test_a_bare_role_is_not_the_role_phrase_once_the_noun_brought_in_someone_else(second: str) -> None:
    text = f"A lawyer for the tenants said the rent notice was invalid. {second} “We file Monday,” the lawyer said."
    assert resolved(text)[-1][0] != "lawyer for the tenants"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote inside what the figures show, in a "that" clause someone writes: the writer's quote
        ("In a memo, Tia Marsh wrote that the figures showed “a steep fall in ferry trips.”",
         [("Tia Marsh", "a steep fall in ferry trips")]),
        # an adverbial between the writer's verb and "that": the medium, a letter and its reader
        ("Rep. Tia Marsh wrote on Facebook that the audit proved “the port is broke.”",
         [("Rep. Tia Marsh", "the port is broke")]),
        ("Tia Marsh wrote in a letter to the board that the audit showed “the port is broke.”",
         [("Tia Marsh", "the port is broke")]),
        # a verb of saying in the clause keeps its own subject: the one it reports is quoted
        ("Tia Marsh said that the mayor told her “go home.”", [("the mayor", "go home")]),
        ("Tia Marsh said on Monday that the mayor warned “the port is broke.”", [("the mayor", "the port is broke")]),
    ],
)  # fmt: skip
def test_a_quote_shown_by_evidence_inside_a_reported_clause_is_the_reporters(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("Later, another lawyer, Ivo Brisk, joined the case.", "Ivo Brisk"),
        ("Later, Ivo Brisk, another lawyer, joined the case.", "Ivo Brisk"),
        ("Later, the tenants hired Tom Brisk, a second lawyer.", "Tom Brisk"),
    ],
)
def test_a_role_set_off_beside_a_name_is_the_persons_for_a_later_bare_role(second: str, name: str) -> None:
    text = f"A lawyer for the tenants said the rent notice was invalid. {second} “We file Monday,” the lawyer said."
    assert resolved(text)[-1][0] == name


def test_a_bare_role_is_no_person_of_another_role() -> None:
    text = "The mayor, Ana Ruiz, said the bridge would reopen in May. “We lost the forms,” the clerk said."
    assert resolved(text)[-1][0] != "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description by a role noun is no one the text gave another office
        ("The mayor, Ana Ruiz, said the pier would reopen. The town clerk said the forms were late.", "town clerk"),
        ("Senator Tom Hale backed the levy. The retired pilot said the fares were too high.", "retired pilot"),
        # a description of what someone is like still takes up the person named before
        ("Mayor Ana Ruiz opened the pier. “It took years,” the soft-spoken Lakeport native said.", "Ana Ruiz"),
    ],
)
def test_a_description_by_a_role_is_no_holder_of_another_office(text: str, expected: str) -> None:
    assert resolved(text)[-1][0] == expected


_MAYOR = "“The ferry must stop,” said Mayor Ines Marlow.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a quote with no speaker goes on with the speaker before, unless a sentence of its own
        # paragraph after that attribution names a person as its subject: then it is theirs
        (_MAYOR + "Tomas Abara shook his head. “Islanders need it every day.”\n", "Islanders need", "Tomas Abara"),
        (_MAYOR + "Her rival, Tomas Abara, laughed. “Islanders need it.”\n", "Islanders need", "Tomas Abara"),
        # guards: a paragraph of the quote alone, a sentence about a thing, a passive subject (what
        # was done to them), a quote that speaks of a third person, all go on with the mayor
        (_MAYOR + "“Islanders can fly instead.”\n", "Islanders can fly", "Ines Marlow"),
        (_MAYOR + "The ferry was built in 1950. “It costs too much to keep.”\n", "It costs too much", "Ines Marlow"),
        (_MAYOR + "Piet Abara was fired in May. “The ferry lost money.”\n", "The ferry lost money", "Ines Marlow"),
        (_MAYOR + "Piet Abara has sailed it for thirty years. “He knows every rock.”\n", "He knows every rock",
         "Ines Marlow"),
        # ... and so does one after words of harm: a victim's paragraph, a mourner's words
        (_MAYOR + "Tomas Abara died in the storm. “We miss the ferry.”\n", "We miss the ferry", "Ines Marlow"),
        # ... and so does one after an event told of the subject, a profile or a denial: a verb of
        # reaction or stance gives the subject the floor, no other (a profile may be a suspect's)
        (_MAYOR + "Piet Abara, its captain, has sailed it for thirty years. “Islanders need it every day.”\n",
         "Islanders need", "Ines Marlow"),
        (_MAYOR + "The skipper, Tomas Abara, remains in custody. “The ferry lost money.”\n", "The ferry lost money",
         "Ines Marlow"),
        (_MAYOR + "Tomas Abara fled in a grey van. “Anyone who saw the van should call us.”\n", "Anyone who saw",
         "Ines Marlow"),
        (_MAYOR + "Founder Tomas Abara built the first pier in 1820. “We will rebuild it.”\n", "We will rebuild",
         "Ines Marlow"),
        (_MAYOR + "Tomas Abara, 34, had been swimming near the pier. “The current was too strong.”\n", "The current",
         "Ines Marlow"),
        (_MAYOR + "Tomas Abara did not return calls. “The ferry lost money.”\n", "The ferry lost money", "Ines Marlow"),
        # ... and the subject is the one of the sentence that leads into the quote, not the first one
        (_MAYOR + "Tomas Abara objected in March, in a report. But Marlow insists. “The ferry loses money.”\n",
         "The ferry loses money", "Ines Marlow"),
        # guard: a verb of stance after an appositive gives the floor
        (_MAYOR + "Piet Abara, its captain, disagrees. “Islanders need it.”\n", "Islanders need", "Piet Abara"),
    ],
)  # fmt: skip
def test_a_quote_after_a_subject_of_its_own_paragraph_is_theirs(text: str, words: str, name: str) -> None:
    assert speaker_of(text, words) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who would not speak says none of the quotes after it, in its paragraph or the next
        ("Ada Lind declined to comment. “The pier stays shut until spring,” a sign on the gate read.",
         [(None, "The pier stays shut until spring")]),
        ("Ada Lind declined to comment.\n\n“The pier has been closed for a year and nobody has told us why.”",
         [(None, "The pier has been closed for a year and nobody has told us why")]),
        ("Ada Lind did not respond to calls.\n\n“The pier has been closed for a year and nobody has told us why.”",
         [(None, "The pier has been closed for a year and nobody has told us why")]),
        # guard: a refusal of something other than speech leaves the quote after it hers
        ("Ada Lind declined to give a date. “The pier will reopen when it is safe and not before.”",
         [("Ada Lind", "The pier will reopen when it is safe and not before")]),
        # a refusal to say one thing ("why", "when") is a refusal of that fact, not of speaking
        ("Ada Lind declined to say why the pier shut. “It was a matter of safety and nothing more than that.”",
         [("Ada Lind", "It was a matter of safety and nothing more than that")]),
        ("Ada Lind refused to say when the pier would reopen.\n\n“It will reopen when it is safe and not a day before.”",
         [("Ada Lind", "It will reopen when it is safe and not a day before")]),
        # guard: a paragraph about her that tells no refusal still gives her the quote after it
        ("Ada Lind has run the ferry for 30 years.\n\n“The pier has been closed for a year and nobody has told us why.”",
         [("Ada Lind", "The pier has been closed for a year and nobody has told us why")]),
    ],
)  # fmt: skip
def test_a_quote_after_a_refusal_to_speak_is_not_the_refusers(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert resolved(text) == expected
