"""A cue word inside a noun phrase is no verb of saying (attribution/cue_nouns): a plural a
number counts, a plural whose own verb of saying follows, a modifier before a title with its stop.
Near misses keep the verb. Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _attributions(text: str) -> list[tuple[str | None, str | None, str]]:
    result = summarize(f"Town hall\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural a number counts: the noun, no verb
        ("Twenty-seven states led by Kell filed suit.", []),
        ("Three reports published last year found the same.", []),
        # a plural whose own verb of saying follows: the subject, not the verb
        ("Member states warn that the fund will run dry.", [("Member states", "warn", "the fund will run dry")]),
        ("Farm states argue that the rule is unfair.", [("Farm states", "argue", "the rule is unfair")]),
        # a cue word before a title with its stop: the title's modifier
        (
            "The bill's sponsor, state Sen. Ada Lee, voted against it.",
            [("The bill's sponsor, state Sen. Ada Lee", "voted against", "it")],
        ),
        # near misses: the verb after a plural or a name, a label's number, a plural subject before a title
        ("The states argue that the rule is unlawful.", [("The states", "argue", "the rule is unlawful")]),
        ("Officials report that two bridges are closed.", [("Officials", "report", "two bridges are closed")]),
        ("Critics charge that the fee is unfair.", [("Critics", "charge", "the fee is unfair")]),
        ("The Kell delegates state that the vote was fair.", [("The Kell delegates", "state", "the vote was fair")]),
        ("Ada Lee states that the vote was fair.", [("Ada Lee", "states", "the vote was fair")]),
        ("The reports claim that the mill will close.", [("The reports", "claim", "the mill will close")]),
        ("Figure 2 shows that the river rose.", [("Figure 2", "shows", "the river rose")]),
        ("Critics charge Sgt. Tom Vale lied.", [("Critics", "charge", "Sgt. Tom Vale lied")]),
        ("A state lawmaker said the plant was safe.", [("A state lawmaker", "said", "the plant was safe")]),
        # the modifier after a place name, a date or an adjective, and before a quote's speaker
        (
            "Texas state Sen. Ada Lee said the plan would fail.",
            [("Texas state Sen. Ada Lee", "said", "the plan would fail")],
        ),
        ('"We will win," Kansas state Rep. Tom Vale said.', [("Kansas state Rep. Tom Vale", "said", "We will win")]),
        ('"The plan will fail," state Rep. Ann Moss said.', [("state Rep. Ann Moss", "said", "The plan will fail")]),
        ('"It is over," state Sen. Ada Lee told reporters.', [("state Sen. Ada Lee", "told", "It is over")]),
        (
            "Veteran state Rep. Tom Vale said the bill would pass.",
            [("Veteran state Rep. Tom Vale", "said", "the bill would pass")],
        ),
        # a modifier before an office in lower case, then its holder's name
        (
            '"We stand by the count," state party chairwoman Una Melk said.',
            [("state party chairwoman Una Melk", "said", "We stand by the count")],
        ),
        (
            '"Turnout was high," state election director Rob Lenz told reporters.',
            [("state election director Rob Lenz", "told", "Turnout was high")],
        ),
        # near misses: an office with no name after it, a subject before the cue word
        ("Voters state party rules are unfair.", [("Voters", "state", "party rules are unfair")]),
        ("Aides report party chairwoman Una Melk quit.", [("Aides", "report", "party chairwoman Una Melk quit")]),
        # near misses: "who", a relative subject, before the cue word
        (
            "They are voters who claim party chairwoman Una Melk lied.",
            [("who", "claim", "party chairwoman Una Melk lied")],
        ),
        ("They are voters who claim Sgt. Tom Vale lied.", [("who", "claim", "Sgt. Tom Vale lied")]),
        # near misses: before the title, a subject (irregular plural, joined names) or a verb group's word
        ("Police report Sgt. Tom Vale was hurt.", [("Police", "report", "Sgt. Tom Vale was hurt")]),
        ("People claim Gov. Ray Park lied.", [("People", "claim", "Gov. Ray Park lied")]),
        ("Lee and Vale state Dr. Ann Moss lied.", [("Lee and Vale", "state", "Dr. Ann Moss lied")]),
        ("The board must report Dr. Ann Moss was absent.", [("The board", "must report", "Dr. Ann Moss was absent")]),
        (
            "Officials quickly report Gen. Ivan Roe was hurt.",
            [("Officials", "quickly report", "Gen. Ivan Roe was hurt")],
        ),
        # after a quote or a clause's comma, a cue word before a bare phrase of one who can speak
        # and that phrase's own verb of saying: the phrase's modifier, the later verb the cue
        (
            '"We will mend the dam soon," state officials said.',
            [("state officials", "said", "We will mend the dam soon")],
        ),
        ('"The ferry is late," state workers told reporters.', [("state workers", "told", "The ferry is late")]),
        ('"We are ready," state police say.', [("state police", "say", "We are ready")]),
        (
            '"The mill will close," state officials have said.',
            [("state officials", "have said", "The mill will close")],
        ),
        ('"It is a loss," claims adjuster Bo Venn said.', [("claims adjuster Bo Venn", "said", "It is a loss")]),
        # the name read as np_right reads a speaker's: its initials, and a phrase of its own after it
        (
            '"It is a loss," claims adjuster Ada J. Morel said.',
            [("claims adjuster Ada J. Morel", "said", "It is a loss")],
        ),
        (
            '"It is a loss," claims adjuster Bo Venn of Ridge Mutual said.',
            [("claims adjuster Bo Venn of Ridge Mutual", "said", "It is a loss")],
        ),
        ('"The tent held," report writers say.', [("report writers", "say", "The tent held")]),
        ('"Keep calm," comment moderator Ivy Dorn wrote.', [("comment moderator Ivy Dorn", "wrote", "Keep calm")]),
        ("The roof held up, claims adjuster Bo Venn said.", [("claims adjuster Bo Venn", "said", "The roof held up")]),
        # a news organisation is one who can speak ("media", "television", "outlets", as "agency")
        ('"The dam has burst," state media reported.', [("state media", "reported", "The dam has burst")]),
        ('"The dam has burst," state television said.', [("state television", "said", "The dam has burst")]),
        ('"The dam has burst," local outlets reported.', [("local outlets", "reported", "The dam has burst")]),
        # near misses: a bare subject, and a document whose noun "media" only modifies
        ("The media reported that the dam had burst.", [("The media", "reported", "the dam had burst")]),
        ("Social media posts said the dam had burst.", [("Social media posts", "said", "the dam had burst")]),
        ("Media reports say the dam has burst.", [("Media reports", "say", "the dam has burst")]),
        # a bare noun after "to" is who a thing was sent to, no head a preposition hangs on
        (
            "A memo sent to media from the union on Friday said the plant would close.",
            [("the union", "said", "the plant would close")],
        ),
        (
            "A memo sent to staff from the dean on Friday said the lab would close.",
            [("the dean", "said", "the lab would close")],
        ),
        # near miss: a word of nearness before "to" keeps the phrase whole
        (
            "A source close to officials in the ministry said the plant would close.",
            [("A source close to officials in the ministry", "said", "the plant would close")],
        ),
        # near misses: inverted (a determiner, a title, no verb after), a subject before the cue
        # word, a noun subject of its own verb, a relative clause's cue after a determiner
        ('"The pier is shut," state the officials.', [("the officials", "state", "The pier is shut")]),
        ('"Leave the pier now," officials state.', [("officials", "state", "Leave the pier now")]),
        ("Officials state the pier is shut.", [("Officials", "state", "the pier is shut")]),
        ("Reports say the pier is shut.", [("Reports", "say", "the pier is shut")]),
        ('"Leave the pier now," warns Officer Bo Venn.', [("Officer Bo Venn", "warns", "Leave the pier now")]),
        ("The mayor claims officials said nothing.", [("The mayor", "claims", "officials said nothing")]),
        # near misses of the count: a number's own verb before a subject pronoun
        ("Each of the 12 says it will comply.", [("Each of the 12", "says", "it will comply")]),
        ("Two reports say the plant is unsafe.", [("Two reports", "say", "the plant is unsafe")]),
    ],
)
def test_a_cue_word_in_a_noun_phrase_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected
