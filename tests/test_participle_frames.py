"""Participles around a report: a second participle joined by "and" to a participle of saying
is the subject's next deed, not part of what was told ("conceded, telling aides the race was
over and thanking his staff"); a participle with only a phrase of scene, audience or manner
before the subject ("Speaking to reporters, …") reports nothing, nor is it any report's content."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    result = summarize(text, model="rules")
    return [(a.speaker, a.cue, [text[s:e] for s, e in a.content_spans]) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach resigned, telling players the season had been \"a long one\" and thanking the fans.",
         [("The coach", "telling", ['the season had been "a long one"'])]),
        ("The governor relented, telling lawmakers that the tax was dead and signing the budget.",
         [("The governor", "telling", ["the tax was dead"])]),
        ("The chief stepped down, telling reporters the force needed new blood, and naming a deputy.",
         [("The chief", "telling", ["the force needed new blood"])]),
        # near misses: a gerund that is a clause's subject, a participle of saying (a report of
        # its own), and a progressive in the content, whose participles are the content's
        ("The chief spoke, telling them the plan was working and hiring was up.",
         [("The chief", "telling", ["the plan was working and hiring was up"])]),
        ("The chief spoke, telling them the force was short and adding that pay would rise.",
         [("The chief", "telling", ["the force was short"]), ("The chief", "adding", ["pay would rise"])]),
        ("The chief spoke, telling them crews were clearing roads and fixing lines.",
         [("The chief", "telling", ["crews were clearing roads and fixing lines"])]),
        # a gerund or participle of the content's own, after a preposition or a verb, is what the
        # -ing after "and" joins: the content goes on
        ("The chief spoke, saying the plan was about widening roads and fixing bridges.",
         [("The chief", "saying", ["the plan was about widening roads and fixing bridges"])]),
        ("The firm replied, saying it was committed to hiring and training locals.",
         [("The firm", "saying", ["it was committed to hiring and training locals"])]),
        ("The coach spoke, telling the board he liked running and swimming.",
         [("The coach", "telling", ["he liked running and swimming"])]),
        # a noun in -ing after a determiner is no verb: the second participle is the next deed
        ("The mayor spoke, saying he opposed the new ruling and thanking the crews.",
         [("The mayor", "saying", ["he opposed the new ruling"])]),
        ("The coach resigned, saying the meeting was over and thanking the fans.",
         [("The coach", "saying", ["the meeting was over"])]),
    ],
)  # fmt: skip
def test_a_second_participle_ends_what_the_first_told(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Writing for the majority, Justice Ann Holt said the statute was void.",
         [("Justice Ann Holt", "said", ["the statute was void"])]),
        ("Speaking to reporters, the mayor said the bridge would reopen.",
         [("the mayor", "said", ["the bridge would reopen"])]),
        ("Speaking on condition of anonymity, an aide said the talks had stalled.",
         [("an aide", "said", ["the talks had stalled"])]),
        ("Writing in the journal, the researchers argued that the vaccine was safe.",
         [("the researchers", "argued", ["the vaccine was safe"])]),
        # a medium one writes or speaks on is where, not about what ("on his blog", "on X")
        ("Writing on his blog, the senator said the levy was dead.",
         [("the senator", "said", ["the levy was dead"])]),
        ("Writing on her own website, the judge said the levy was void.",
         [("the judge", "said", ["the levy was void"])]),
        ("Posting on X, the coach said the match was off.",
         [("the coach", "said", ["the match was off"])]),
        ("Writing in an op-ed, the dean argued that fees were too high.",
         [("the dean", "argued", ["fees were too high"])]),
        # near misses: a medium's "that" clause and a topic after "about" or "on" still report
        ("Writing about the levy, the senator said it was dead.",
         [("the senator", "Writing", ["about the levy"]), ("the senator", "said", ["it was dead"])]),
        ("Commenting on the tweet, the coach said it was a joke.",
         [("the coach", "Commenting", ["on the tweet"]), ("the coach", "said", ["it was a joke"])]),
        # a frame before a trailing cue is no content of it either
        ("Speaking to reporters, the mayor agreed.", []),
        # near misses: the verb's topic after its preposition, a complement of its own
        ("Commenting on the verdict, the mayor said it was fair.",
         [("the mayor", "Commenting", ["on the verdict"]), ("the mayor", "said", ["it was fair"])]),
        ("Arguing for a recount, the senator blocked the vote.",
         [("the senator", "Arguing", ["for a recount"])]),
        # a preposition the stance lexicon joins to the verb gives its topic ("refer to")
        ("Referring to the strike, the minister said it was illegal.",
         [("the minister", "Referring to", ["the strike"]), ("the minister", "said", ["it was illegal"])]),
        ("Advocating for cheaper rents in the city, the group filed a suit.",
         [("the group", "Advocating for", ["cheaper rents in the city"])]),
        ("Appealing for calm after the vote, the mayor closed the bridge.",
         [("the mayor", "Appealing for", ["calm after the vote"])]),
        ("Writing in May that the dam was sound, the engineer signed the permit.",
         [("the engineer", "Writing", ["in May that the dam was sound"])]),
    ],
)  # fmt: skip
def test_a_participle_frame_before_the_subject_reports_nothing(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of saying after a report takes the report's speaker, past an opening
        # participle clause (a frame, a topic, a report of its own) and its comma
        ("Speaking to reporters, the mayor said the road would open soon, adding that crews were ready.",
         [("the mayor", "said", ["the road would open soon"]), ("the mayor", "adding", ["crews were ready"])]),
        ("Speaking on the ruling, she said it was fair, adding that she would not appeal.",
         [("she", "said", ["it was fair"]), ("she", "adding", ["she would not appeal"])]),
        ("Speaking in Hull, York and Leeds, the chief said pay would rise, adding that it was overdue.",
         [("the chief", "said", ["pay would rise"]), ("the chief", "adding", ["it was overdue"])]),
        # near miss: no opener, the subject before the report
        ("The mayor spoke, adding that crews were ready.", [("The mayor", "adding", ["crews were ready"])]),
    ],
)  # fmt: skip
def test_a_participle_after_a_report_takes_its_speaker_past_an_opening_participle(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert contents(text) == expected
