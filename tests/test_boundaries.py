"""Where an attribution's content starts and ends, as the offline model reads original
sentences: an interrupted quote is one attribution in two pieces, content stops before another
source's reporting clause, anonymity is never content, and no dateline or page furniture is a
speaker. Also how the evaluation scores an attribution in pieces."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import units
from summarizer.schema import Attribution


def _attributions(text: str) -> list[Attribution]:
    return summarize(text, model="rules").attributions


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # the speaker clause with a relative clause, closing its sentence
        ("“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. "
         "“The repairs are nearly done.”",
         ["The ferry will run again in May", "The repairs are nearly done"]),
        # the speaker clause mid-sentence, subject before the verb
        ("“We have checked every cable,” the engineer said, “and the bridge is safe to open.”",
         ["We have checked every cable", "and the bridge is safe to open"]),
    ],
)  # fmt: skip
def test_an_interrupted_quote_is_one_attribution_in_pieces(text: str, pieces: list[str]) -> None:
    (a,) = _attributions(text)
    assert [text[s:e] for s, e in a.content_spans] == pieces
    assert a.content == " … ".join(pieces)
    assert a.content_span == (a.content_spans[0][0], a.content_spans[-1][1])
    assert a.type == "direct"
    speaker = a.speaker_span
    assert speaker is not None and all(e <= speaker[0] or s >= speaker[1] for s, e in a.content_spans)


def test_reported_words_between_two_quoted_phrases_stay_content() -> None:
    text = 'In an interview on "Morning Desk," the mayor said the town needs "more patience" and "more buses."'
    for a in _attributions(text):
        assert len(a.content_spans) == 1


def test_the_pieces_survive_the_checker() -> None:
    text = "“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. “The repairs are nearly done.”"
    result = summarize(text, model="rules")
    assert [f for f in result.check.findings if f.severity == "error"] == []


def test_evaluation_scores_pieces_against_gold_split_or_whole() -> None:
    text = "“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. “The repairs are nearly done.”"
    (a,) = _attributions(text)
    (p1, p2) = a.content_spans
    # gold that records each part as a quote: each piece is scored against its own
    spans, owner = units(text, [a], [p1, p2])
    assert spans == [p1, p2] and owner == [0, 0]
    # gold that records the quote as one (its outer extent spans both pieces): scored whole
    spans, owner = units(text, [a], [a.content_span])
    assert spans == [a.content_span] and owner == [0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contrast opening another subject's report ends the content
        ("The army said its drones struck two fuel depots near the port, but regional officials denied "
         "that any depot was hit.",
         [("The army", "its drones struck two fuel depots near the port"),
          ("regional officials", "any depot was hit")]),
        ("The company said the leak was small, while city inspectors said it had lasted for weeks.",
         [("The company", "the leak was small"), ("city inspectors", "it had lasted for weeks")]),
        # a plural subject's "say" after a dash or a comma and a coordinator opens another report
        ("The club insists the pitch is safe — but parents say their children keep slipping on it.",
         [("The club", "the pitch is safe"), ("parents", "their children keep slipping on it")]),
        ("The club insists the pitch is safe, and coaches say the grass is fine.",
         [("The club", "the pitch is safe"), ("coaches", "the grass is fine")]),
        # a bare "say" after an adverb goes on the clause before: no subject, no report of its own
        ("The coach said the crews will pack the vans, and then say goodbye to the town.",
         [("The coach", "the crews will pack the vans, and then say goodbye to the town")]),
        # the same subject going on is still its report
        ("The mayor said the bridge would reopen in May, but would need another inspection first.",
         [("The mayor", "the bridge would reopen in May, but would need another inspection first")]),
        # ", but" and a clause with a past modal of reported speech is more of what was said
        ("The rangers said the trail was expected to reopen on Friday, but the upper loop would stay shut all month.",
         [("The rangers", "the trail was expected to reopen on Friday, but the upper loop would stay shut all month")]),
        ("The bank said that rates would hold, but fees could rise in the spring.",
         [("The bank", "rates would hold, but fees could rise in the spring")]),
        # near misses: no modal (the writer's clause), or a report of its own after "but"
        ("The rangers said the trail would reopen on Friday, but the warden denied it.",
         [("The rangers", "the trail would reopen on Friday")]),
        ("The rangers said the trail would reopen on Friday, but the roads were closed until May.",
         [("The rangers", "the trail would reopen on Friday")]),
        # a quote the content opens with ends it, a participle commenting on it after its close
        ('Mara Quill said that "a ferry that never sails helps nobody," pointing to the idle dock.',
         [("Mara Quill", '"a ferry that never sails helps nobody,"')]),
        ("Ravi Dunn said that “the dam held because we drained it early,” crediting the night crew.",
         [("Ravi Dunn", "“the dam held because we drained it early,”")]),
        # a quoted subject with no verb of its own: its predicate follows the participle aside
        ("Ravi Dunn said that “each cottage,” counting the boathouse, was rebuilt.",
         [("Ravi Dunn", "“each cottage,” counting the boathouse, was rebuilt")]),
        # a web address after a full stop opens a sentence of its own, though in lower case
        ("The shelter says adopters can book a visit online. https://www.example.org/visits/ "
         "Lee Park keeps the shelter's blog.",
         [("The shelter", "adopters can book a visit online")]),
        ("The clinic said its hours would change in May. www.example.org lists the new times.",
         [("The clinic", "its hours would change in May")]),
        # what "according to" gives its source ends before a joined clause with a report of its own
        ("Sales fell by a third last year, according to figures from the trade board, and the minister "
         "said the slump was over.",
         [("figures from the trade board", "Sales fell by a third last year"),
          ("the minister", "the slump was over")]),
        ("According to figures from the trade board, sales fell by a third, and the minister said the "
         "slump was over.",
         [("figures from the trade board", "sales fell by a third"), ("the minister", "the slump was over")]),
        # guard rows: a second clause with no verb of saying, or a directive, stays the source's account
        ("According to the health ministry, 40 people were treated and 12 were kept overnight.",
         [("the health ministry", "40 people were treated and 12 were kept overnight")]),
        ("According to the warden, guards saw the van leave, and they ordered it to stop.",
         [("the warden", "guards saw the van leave, and they ordered it to stop")]),
        # a verb of saying with "nothing" reports no words of its own: the source's account goes on
        ("According to the coastguard, the skipper swam ashore and the deckhand said nothing.",
         [("the coastguard", "the skipper swam ashore and the deckhand said nothing")]),
    ],
)  # fmt: skip
def test_content_ends_before_another_sources_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.speaker, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of time or concession set off after a parenthetical cue is the writer's narration
        ("Ferries will resume on Friday, the agency announced, as crews cleared the last of the ice.",
         [("the agency", "Ferries will resume on Friday")]),
        ("The mill will keep its night shift, the owners said, while the town waits for the new road.",
         [("the owners", "The mill will keep its night shift")]),
        ("The mine will stay open, the owners said, although no buyer has come forward.",
         [("the owners", "The mine will stay open")]),
        # "as" and an article's noun phrase with a verb of its own is a clause of time too
        ("The orchards will get no canal water this year, the basin board said on Monday, as a long dry spell grips the plain.",
         [("the basin board", "The orchards will get no canal water this year")]),
        ("The bridge will reopen in May, the council said, as the crews finished the deck.",
         [("the council", "The bridge will reopen in May")]),
        # near misses: "as" and an article's phrase with no verb is no clause ("as a result", a role)
        ("The bridge will reopen in May, the council said, as a result of the repairs.",
         [("the council", "The bridge will reopen in May … as a result of the repairs")]),
        ("The bridge will reopen in May, the council said, as the first step in its plan.",
         [("the council", "The bridge will reopen in May … as the first step in its plan")]),
        # guard rows: a clause of time inside what is said, and "as long as" (a condition), stay content
        ("He said that as prices rose, wages fell.", [("He", "as prices rose, wages fell")]),
        ("We will sail, the captain said, as long as the wind holds.",
         [("the captain", "We will sail … as long as the wind holds")]),
        # more said after the clause, or a participle of the speaker's: no narration cut there
        ("The beach is clean, the warden said, although rain is due, and swimmers should check the flags.",
         [("the warden", "The beach is clean … although rain is due, and swimmers should check the flags")]),
        ("The tower is sound, the surveyor said, while warning that the stairs need work.",
         [("the surveyor", "The tower is sound … while warning that the stairs need work")]),
    ],
)  # fmt: skip
def test_content_ends_before_the_writers_narration(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.speaker, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a bare-noun hearer, then a clause opened by an article or a possessive
        ("Prime Minister Lina Aasen told parliament the government would release emergency funds.",
         "the government would release emergency funds"),
        ("The ferryman told police his boat had drifted from the quay.", "his boat had drifted from the quay"),
        ("Neighbours told officers a van was parked outside all night.", "a van was parked outside all night"),
        # an indefinite pronoun after "that" opens the clause as "he" does
        ("The victim told police that someone shot him.", "someone shot him"),
        ("The warden told investigators that nobody had opened the gate.", "nobody had opened the gate"),
        ("The clerk told inspectors that no one had signed the ledger.", "no one had signed the ledger"),
        # no finite verb after the determiner: two objects, no clause, nothing skipped
        ("The guide told visitors the story of the old mill.", "visitors the story of the old mill"),
    ],
)  # fmt: skip
def test_the_hearer_after_told_is_not_content(text: str, content: str) -> None:
    assert [a.content for a in _attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Two engineers who asked not to be named said the crane had failed twice.",
         "Two engineers who asked not to be named", "the crane had failed twice"),
        ("A harbour official, who asked not to be named, said the crane had failed twice.",
         "A harbour official", "the crane had failed twice"),
        ("Two officials who spoke on condition of anonymity said the talks had stalled.",
         "Two officials who spoke on condition of anonymity", "the talks had stalled"),
    ],
)  # fmt: skip
def test_anonymity_is_never_content(text: str, speaker: str, content: str) -> None:
    (a,) = _attributions(text)
    assert (a.speaker, a.content) == (speaker, content)
    assert "unnamed_source" in {f.reason for f in a.flags}


@pytest.mark.parametrize(
    "text",
    ["One inspector asked not to be named.", "The clerk requested anonymity."],
)
def test_a_request_for_anonymity_alone_is_no_attribution(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # a dateline is a place, not the subject of the first sentence
        ("OSTRAVA, Czechia — Rescuers said two miners were still missing.", "OSTRAVA"),
        # a common word capitalised at a sentence start is no name ("watch" is a verb elsewhere)
        ("Fans can watch the race online. Watch highlights of the race on the club's website, where the "
         "captain says the crew trained for months.", "Watch"),
    ],
)  # fmt: skip
def test_no_dateline_or_fragment_is_a_speaker(text: str, bad: str) -> None:
    result = summarize(text, model="rules")
    assert all(bad not in (s.name or "") for s in result.speakers)
    assert all(bad not in (a.speaker or "") for a in result.attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page section or a kind of article before a headline's colon names no source
        ("Review: The harbour opera is a triumph\n\nThe company opened its season on Friday.", []),
        ("Opinion: The council has lost its way on housing\n\nThe vote came late on Monday.", []),
        ("News Analysis: Why the ferry strike will last\n\nThe union met on Friday.", []),
        ("Sports: Harbour Town wins the cup at last\n\nThe final was close.", []),
        # guard rows: a source noun or a name before the colon still speaks, "Review" inside a name too
        ("Critic: The harbour opera is a triumph\n\nThe company opened its season on Friday.",
         [("Critic", "The harbour opera is a triumph")]),
        ("Review Board: The pier is unsafe for crowds\n\nThe board met on Friday.",
         [("Review Board", "The pier is unsafe for crowds")]),
        ("Mayor Vance: The budget is balanced at last\n\nThe council met on Monday.",
         [("Mayor Vance", "The budget is balanced at last")]),
    ],
)  # fmt: skip
def test_a_section_label_before_a_colon_is_no_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.speaker, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document "reads" its words: a report, though its speaker resolves to who issued it
        ("“We acted within the rules,” the statement read.",
         [("the statement", "read", "We acted within the rules")]),
        ("A spokesperson for the port defended the decision.\n\n“We acted within the rules,” the statement read.",
         [("A spokesperson for the port", "defended", "the decision"),
          ("the statement", "read", "We acted within the rules")]),
        ("“The ferry will run again on Friday,” the port's notice read.",
         [("the port's notice", "read", "The ferry will run again on Friday")]),
        # guard row: "read" with no document is no report
        ("The pier read like a ghost town after the storm.", []),
    ],
)  # fmt: skip
def test_the_words_a_document_reads_are_its_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.speaker, a.cue, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", then said" goes on with the subject's next report, as "and said" does
        ('The coach declined to comment on the injury, then said: "We will see on Monday."',
         [("The coach", "declined", "to comment on the injury"),
          ("The coach", "then said", '"We will see on Monday."')]),
        ("The mayor said the port would close, then said it would not.",
         [("The mayor", "said", "the port would close"), ("The mayor", "then said", "it would not")]),
        # guard rows: "and then added" already split there; a bare verb after "then" goes on the
        # clause before (no deed of the subject's)
        ("The clerk promised to post the minutes, and then added that the vote would be repeated.",
         [("The clerk", "promised", "to post the minutes"),
          ("The clerk", "then added", "the vote would be repeated")]),
        ("The coach said the crews will pack the vans, then say goodbye to the town.",
         [("The coach", "said", "the crews will pack the vans, then say goodbye to the town")]),
        # a reported clause in the past goes on with its own subject's deeds
        ("The clerk said the intruder smashed a window, then asked for the keys.",
         [("The clerk", "said", "the intruder smashed a window, then asked for the keys")]),
        ("He said the porter opened the cellar, then told the cook to leave.",
         [("He", "said", "the porter opened the cellar, then told the cook to leave")]),
        ("The keeper said the boy woke before dawn, then asked for his mother.",
         [("The keeper", "said", "the boy woke before dawn, then asked for his mother")]),
    ],
)  # fmt: skip
def test_then_and_a_verb_of_saying_is_the_subjects_next_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.speaker, a.cue, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted participle and its agent are no subject: the subject follows their comma
        ("Chastened by the audit, the mayor revised her budget, promising to spend more on buses.",
         [("the mayor", "promising", "to spend more on buses")]),
        ("Stung by the reviews, as well as the loss, the coach changed his side, vowing to attack.",
         [("the coach", "vowing", "to attack")]),
        # a second fronted clause after a fronted phrase: the subject follows its comma
        ('Once in the spring, when my uncle mentioned the flood to me, I laughed and said, "I never saw it."',
         [("my uncle", "mentioned", "the flood to me"), ("I", "said", '"I never saw it."')]),
        # guard rows: one fronted clause, and a subject with no fronted phrase
        ('When my uncle mentioned the flood to me, I laughed and said, "I never saw it."',
         [("my uncle", "mentioned", "the flood to me"), ("I", "said", '"I never saw it."')]),
        ("The mayor revised her budget, promising to spend more on buses.",
         [("The mayor", "promising", "to spend more on buses")]),
        # a fronted phrase with no comma of its own: the first comma is inside the report
        ("In late May the board announced that Ana Ruiz, its longtime treasurer, would lead the fund.",
         [("the board", "announced", "Ana Ruiz, its longtime treasurer, would lead the fund")]),
        ("On Monday the council said that the levy, a tax on boats, would rise.",
         [("the council", "said", "the levy, a tax on boats, would rise")]),
        ("In Rome the envoy told reporters that the talks, now in their third week, would go on.",
         [("the envoy", "told", "the talks, now in their third week, would go on")]),
        # near miss: the participle's report inside the fronted phrase ends at its comma
        ("In a note announcing the sale, the firm said the price was fair.",
         [("a note", "announcing", "the sale"), ("the firm", "said", "the price was fair")]),
    ],
)  # fmt: skip
def test_a_fronted_phrase_is_no_subject_and_bounds_its_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.speaker, a.cue, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event where someone spoke, "announcing" what it did, is the speaker's occasion
        ('"We will get there," she said at a press conference announcing that the city was suing the ferry firm.',
         [("she", "said", "We will get there"), ("she", "announcing", "the city was suing the ferry firm")]),
        ("The warden said at a briefing announcing that the jail would close.",
         [("The warden", "announcing", "the jail would close")]),
        # guard row: a statement its giver issued, "calling" something so, is still the giver's
        ("The harbour board issued a statement calling the delay a disgrace.",
         [("The harbour board", "calling", "the delay a disgrace")]),
    ],
)  # fmt: skip
def test_the_occasion_of_speaking_is_no_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.speaker, a.cue, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court's or a party's written act a stance is taken in is how, not what
        ("The judge rejected that claim in a ruling released on Friday.", [("The judge", "that claim")]),
        ("The tenants criticised the sale in a brief filed with the county court.", [("The tenants", "the sale")]),
        # guard rows: inside a clause it tells where, and a speech event cut as before
        ("She said the error was found in a ruling from 2019.", [("She", "the error was found in a ruling from 2019")]),
        ("The guild said the studio broke the contract in a decision that angered actors.",
         [("The guild", "the studio broke the contract in a decision that angered actors")]),
        ("The mayor promised more bus routes in a letter on Friday.", [("The mayor", "more bus routes")]),
        # the event's noun past a modifier or two, or in the plural, is how it was said too
        ("The senator attacked the governor in early-morning tweets.", [("The senator", "the governor")]),
        ("She criticized the plan during a televised address.", [("She", "the plan")]),
        ("The coach praised the team in a radio interview on Sunday.", [("The coach", "the team")]),
        ("The critics attacked the governor in tweets.", [("The critics", "the governor")]),
        # a spoken act of scolding or preaching is a speech event too
        ("The minister denounced the merger in an on-air tirade.", [("The minister", "the merger")]),
        ("The bishop condemned the cuts in a Sunday sermon.", [("The bishop", "the cuts")]),
        ("The senator attacked the bill in a rant on the floor.", [("The senator", "the bill")]),
        ("The daughter praised her father in a moving eulogy.", [("The daughter", "her father")]),
        # near misses: no event noun after the modifiers, or a clause's own "in"
        ("The union praised the workers in the city for their courage.",
         [("The union", "the workers in the city for their courage")]),
        ("The minister praised the nurses in a way that surprised many.",
         [("The minister", "the nurses in a way that surprised many")]),
        ("The board criticized the grading in report cards.", [("The board", "the grading in report cards")]),
        ("She said the council will vote on it in its next letter.",
         [("She", "the council will vote on it in its next letter")]),
        ("The mayor praised the crews in a short speech for their long hours.",
         [("The mayor", "the crews in a short speech for their long hours")]),
        ("Rivals mocked Dunmore in late-night posts.", [("Rivals", "Dunmore")]),
        # a plural in "-es" names the event too
        ("The coach praised the players in two short speeches.", [("The coach", "the players")]),
        ("Critics attacked the levy in televised addresses.", [("Critics", "the levy")]),
        # near misses: after "said" or "that" the content is a clause, its verb seen or not
        ("The doctor said patients often lie in interviews.", [("The doctor", "patients often lie in interviews")]),
        ("The auditor said mistakes appeared in two reports last year.",
         [("The auditor", "mistakes appeared in two reports last year")]),
        ("The pastor noted that the faithful pray in messages of hope.",
         [("The pastor", "the faithful pray in messages of hope")]),
        ("The critic said the film was a long rant about the city.",
         [("The critic", "the film was a long rant about the city")]),
        # near misses: a known text, someone else's, or a name tells where the object is found
        ("The mayor faulted errors in the annual reports.", [("The mayor", "errors in the annual reports")]),
        ("The senator criticized the lies in his rival's tweets.",
         [("The senator", "the lies in his rival's tweets")]),
        ("The coach praised rivals in the Western Conference.", [("The coach", "rivals in the Western Conference")]),
        # near miss: a verb of saying's one-word report would be too short to keep
        ("The senator criticized Smith in tweets.", [("The senator", "Smith in tweets")]),
    ],
)  # fmt: skip
def test_the_act_a_stance_is_written_in_is_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.speaker, a.content) for a in _attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue word right after a relative pronoun, before a noun and a verb of saying, is the
        # subject's modifier ("state" engineers), not the verb
        ("Crews inspected the dam that state engineers said was unsafe.",
         [("state engineers", "said", "was unsafe")]),
        ("The council met to discuss the levy, which state news media claimed now costs each family a week's wage.",
         [("state news media", "claimed", "costs each family a week's wage")]),
        # guard row: a cue verb after "who" with its own object stays the verb
        ("The mayor, who claims the port is safe, said nothing.", [("who", "claims", "the port is safe")]),
    ],
)  # fmt: skip
def test_a_cue_word_modifying_a_relative_clauses_subject_is_no_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(a.speaker, a.cue, a.content) for a in _attributions(text)] == expected


def test_a_flag_attaches_to_the_claim_in_its_own_sentence() -> None:
    text = (
        "“We heard the drones over the harbour,” said Mira Kolev. "
        "The army said it downed 30 drones, a figure that could not be independently verified."
    )
    quote, army = _attributions(text)
    assert quote.flags == [] and quote.status == "attributed"
    assert "could not be independently verified" in {f.cue for f in army.flags}


def test_a_cue_naming_the_claim_reaches_back() -> None:
    text = "The army said it downed 30 drones over the coast.\n\nThe claim could not be independently verified."
    (army,) = _attributions(text)
    assert [f.reason for f in army.flags] == ["not_independently_verified"]


def test_a_cue_about_something_else_flags_nothing() -> None:
    text = (
        "The ministry said the new ferry would enter service in June.\n\n"
        "Several earlier proposals were rejected by the council in 2019."
    )
    for a in _attributions(text):
        assert a.flags == [] and a.status == "attributed"


def test_another_report_finds_what_a_scan_of_the_content_finds() -> None:
    """another_report tries a contrast only at the view's commas and semicolons (found once per
    view): the same answer as scanning the content with the pattern, on generated text."""
    import random

    from summarizer.rules.attribution import context
    from summarizer.text import lexicon as lx

    def scanned(view: str, start: int, end: int) -> int | None:
        for m in lx.CONTRAST_RE.finditer(view, start, end):
            words = list(context._WORD.finditer(view, m.end(), min(end, m.end() + 120)))
            for k, w in enumerate(words[:9]):
                if k and view[words[k - 1].end() : w.start()].strip():
                    break
                if k and w.group().islower() and lx.opens_report(w.group()):
                    subject = [x.group() for x in words[:k] if x.group().lower() not in lx.VERB_HELPERS]
                    if subject and not lx.continues_subject(subject[0]):
                        return m.start()
                    break
        return None

    rng = random.Random(3)
    words = ["officials", "denied", "said", "but", "while", "he", "the", "mayor", ",", ";", "claims", "it", "though"]
    for _ in range(400):
        view = " ".join(rng.choice(words) for _ in range(rng.randint(5, 60))).replace(" ,", ",").replace(" ;", ";")
        for _ in range(5):
            a = rng.randint(0, len(view))
            b = rng.randint(a, len(view))
            assert context.another_report(view, a, b) == scanned(view, a, b), (view, a, b)
