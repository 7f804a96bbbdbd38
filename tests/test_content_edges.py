"""Where reported content ends at its edges: a noun phrase glossing a report after a tag set off
by commas is the writer's ("Sales fell, the firm said, the third drop in a row", "…, up from
40 per cent"); a comma
written inside a quote's closing mark ends the content before a clause of the writer's as it
would outside the mark, and "when it comes to" after a comma names a topic of what is said (and
"especially" before a phrase narrows it); a
list of subjects with a serial comma before its last item is one content, not cut at ", and"."""

from __future__ import annotations

import pytest

from summarizer import summarize


def contents(text: str) -> list[tuple[str | None, list[str]]]:
    result = summarize(text, model="rules")
    return [(a.speaker, [text[s:e] for s, e in a.content_spans]) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party raised $4 million in March, its treasurer said Friday, a record for a spring quarter.",
         [("its treasurer", ["The party raised $4 million in March"])]),
        ("Sales fell sharply in May, the company said Tuesday, the third drop in a row.",
         [("the company", ["Sales fell sharply in May"])]),
        ("Costs rose to $9 million, the audit found, more than twice the estimate.",
         [("the audit", ["Costs rose to $9 million"])]),
        ("Turnout was low, the clerk said, about a third of the roll.",
         [("the clerk", ["Turnout was low"])]),
        # near misses: a clause after the tag goes on with the report; a subject the tag
        # interrupts has its verb after the apposition; "and" joins the writer's clause
        ("The clinic has reopened, a spokeswoman said, the staff will see walk-ins too.",
         [("a spokeswoman", ["The clinic has reopened", "the staff will see walk-ins too"])]),
        ("The bridge, the engineer said, a span of 300 metres, is safe.",
         [("the engineer", ["The bridge", "a span of 300 metres, is safe"])]),
        ("Prices rose, the report said, more homes sold than in any year since 2006.",
         [("the report", ["Prices rose", "more homes sold than in any year since 2006"])]),
        ("Water levels are falling, the agency said, a trend that worries farmers.",
         [("the agency", ["Water levels are falling", "a trend that worries farmers"])]),
        # a rank is no adverb: "the first time" is a noun phrase
        ("The ferry will sail again next week, officials said, the first time since the storm.",
         [("officials", ["The ferry will sail again next week"])]),
        ("The squad lost again, the coach said, its fifth defeat this season.",
         [("the coach", ["The squad lost again"])]),
        # near misses: a clause in the present, or in the past of a change in amount, after the
        # tag goes on with the report (a word in -s after a singular noun, a word after a plural)
        ("The paths are icy, the rangers said, the sleet continues.",
         [("the rangers", ["The paths are icy", "the sleet continues"])]),
        ("Profits rose, the lender said, the group expects more growth.",
         [("the lender", ["Profits rose", "the group expects more growth"])]),
        ("The fees will change, the agency said, the changes take effect in autumn.",
         [("the agency", ["The fees will change", "the changes take effect in autumn"])]),
        ("Orders fell, the maker said, its shares slid.", [("the maker", ["Orders fell", "its shares slid"])]),
        # a change from an earlier figure, perhaps with its degree, glosses the report too
        ("Attendance was about 4,000, the league said, up slightly from last season.",
         [("the league", ["Attendance was about 4,000"])]),
        ("Ridership fell to 2 million, the transit board said, down from 3 million.",
         [("the transit board", ["Ridership fell to 2 million"])]),
        ("Exports reached $8 billion, the ministry said, up 6 per cent on last year.",
         [("the ministry", ["Exports reached $8 billion"])]),
        # a span of time before "earlier" or "later" dates the earlier figure: no adverb of a verb
        ("Turnout was 61 per cent, the commission said, down from 66 per cent four years earlier.",
         [("the commission", ["Turnout was 61 per cent"])]),
        ("The herd was 900, the ranger said Monday, up from 700 a decade earlier.",
         [("the ranger", ["The herd was 900"])]),
        # near misses: "up to" a count opens a clause that goes on with the report, and "down to"
        # is no change from a figure before
        ("Fares will rise, the council said, up to 300 riders may switch to buses.",
         [("the council", ["Fares will rise", "up to 300 riders may switch to buses"])]),
        ("Stocks thinned, the warden said, down to a few hundred fish.",
         [("the warden", ["Stocks thinned", "down to a few hundred fish"])]),
        # a change with a clause of its own after the earlier figure goes on with the report
        ("Prices are up, she said, up from where they were.",
         [("she", ["Prices are up", "up from where they were"])]),
        ("Patrols were cut, the chief said, down from ten to six, because the budget shrank.",
         [("the chief", ["Patrols were cut", "down from ten to six, because the budget shrank"])]),
        # a span of time before "after" tells when, inside the report
        ("The gallery will reopen, the curator said, a year after the flood.",
         [("the curator", ["The gallery will reopen", "a year after the flood"])]),
    ],
)  # fmt: skip
def test_a_gloss_after_a_tag_is_the_writers(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She called the plan "a giveaway," as protesters gathered outside.',
         [("She", ['the plan "a giveaway,"'])]),
        ('The senator described the bill as "a blank cheque," while aides handed out copies.',
         [("The senator", ['the bill as "a blank cheque,"'])]),
        ('The mayor said the new rules were "long overdue," although she did not say when they would start.',
         [("The mayor", ['the new rules were "long overdue,"'])]),
        # a report of its own set against it after the mark: each its own
        ('He said the tax was "a burden on families," while critics called it fair.',
         [("He", ['the tax was "a burden on families,"']), ("critics", ["it fair"])]),
        # the same comma outside the mark ends it too
        ("She called the plan a giveaway, as protesters gathered outside.", [("She", ["the plan a giveaway"])]),
        # "when it comes to" names a topic, no time: what is said goes on, mark or no mark
        ('She said there is still a "wide gap between the two firms," when it comes to pay.',
         [("She", ['there is still a "wide gap between the two firms," when it comes to pay'])]),
        ("She said there is still a wide gap between the two firms, when it comes to pay.",
         [("She", ["there is still a wide gap between the two firms, when it comes to pay"])]),
        ('He called the levy "unjust," although he voted for it.', [("He", ['the levy "unjust,"'])]),
        ('She called the move "reckless," as did her deputy.', [("She", ['the move "reckless,"'])]),
        # near misses: "if not" grades what is said, no clause opener after the mark; a quoted
        # phrase with its comma inside a subject goes on to the verb; a whole quote interrupted
        # by its tag keeps both pieces
        ('She called the offer "insulting," if not illegal.', [("She", ['the offer "insulting," if not illegal'])]),
        ('He said the levy, "a fair price," would pass.', [("He", ['the levy, "a fair price," would pass'])]),
        ('"We will rebuild," she said, "as we did after the flood."',
         [("she", ["We will rebuild", "as we did after the flood"])]),
    ],
)  # fmt: skip
def test_a_comma_inside_the_closing_mark_ends_the_content(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The organisers said the premier, the mayor, and two ministers would attend.",
         [("The organisers", ["the premier, the mayor, and two ministers would attend"])]),
        ("Police said the driver, a passenger, and a cyclist were hurt.",
         [("Police", ["the driver, a passenger, and a cyclist were hurt"])]),
        ("The board said details of the plan, the cost of the works, and a start date would be released.",
         [("The board", ["details of the plan, the cost of the works, and a start date would be released"])]),
        ("She said the roads, the bridges, or the ferries would be repaired first.",
         [("She", ["the roads, the bridges, or the ferries would be repaired first"])]),
        # the list's verb in the past, with no auxiliary
        ("She said that Ana, Bram, and Cleo resigned.", [("She", ["Ana, Bram, and Cleo resigned"])]),
        ("He said the warden, his deputy, and the board agreed on the fees.",
         [("He", ["the warden, his deputy, and the board agreed on the fees"])]),
        ("Police said the driver, a passenger and a cyclist were hurt.",
         [("Police", ["the driver, a passenger and a cyclist were hurt"])]),
        # near miss: a clause before ", and", where the writer's clause may follow
        ("The mayor said the plan failed, and the council will vote again.", [("The mayor", ["the plan failed"])]),
    ],
)  # fmt: skip
def test_a_list_of_subjects_with_a_serial_comma_is_one_content(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "especially" before a phrase narrows what was said: the content goes on, mark or no mark
        ("The agency said rents rose sharply, especially for young renters.",
         [("The agency", ["rents rose sharply, especially for young renters"])]),
        ("The warden said the trails are unsafe, especially the ones near the ridge.",
         [("The warden", ["the trails are unsafe, especially the ones near the ridge"])]),
        ('The agency called the rise "steep," especially in the north.',
         [("The agency", ['the rise "steep," especially in the north'])]),
        # near misses: before a clause or a condition it ends the content
        ("The agency said rents rose sharply, especially given that wages fell.",
         [("The agency", ["rents rose sharply"])]),
        ("The agency said rents would rise, especially if rates climb.", [("The agency", ["rents would rise"])]),
        ("The agency said rents would rise, especially when rates climb.", [("The agency", ["rents would rise"])]),
    ],
)  # fmt: skip
def test_especially_before_a_phrase_narrows_the_content(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert contents(text) == expected
