"""A short quote that ends a speaker's indirect speech: `Moe said the province would continue
“to fight for every job.”` is one report of Moe's whose content runs to the quote's end, not a
second report by "the province" with the cue "would continue"."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Premier Orla Venn said the province would continue "to fight for every mill job."',
            [("Premier Orla Venn", "said", 'the province would continue "to fight for every mill job."')],
        ),
        (
            "Premier Orla Venn says the province will continue “to press Ottawa for a fair deal.”",
            [("Premier Orla Venn", "says", "the province will continue “to press Ottawa for a fair deal.”")],
        ),
        (
            'The harbour master said Tuesday that the ferry line would continue "to sail twice a day."',
            [("The harbour master", "said", 'the ferry line would continue "to sail twice a day."')],
        ),
        (
            '"We are not done," Venn said. She added that the province would continue "to fight for every job."',
            [
                ("Venn", "said", "We are not done"),
                ("She", "added", 'the province would continue "to fight for every job."'),
            ],
        ),
        # near misses: a verb of saying inside a relative clause, a quote opened by a colon
        (
            'The mill owner told reporters: "We will reopen in May."',
            [("The mill owner", "told", "We will reopen in May")],
        ),
        (
            'The premier, who said she was tired, added: "We will keep fighting."',
            [("The premier, who said she was tired", "added", "We will keep fighting")],
        ),
        # a quote that is a clause of its own, right after the inner verb of saying, is that
        # verb's subject's words
        (
            'The warden said the inspector warned "the dam could fail."',
            [("the inspector", "warned", "the dam could fail")],
        ),
        (
            'Critics said the treasurer had argued "we can afford it."',
            [("the treasurer", "had argued", "we can afford it")],
        ),
        # a phrase that finishes the reported clause stays the reporter's
        (
            'Premier Orla Venn said the province would continue "to fight for what is right."',
            [("Premier Orla Venn", "said", 'the province would continue "to fight for what is right."')],
        ),
        (
            'The coach said that the squad had promised "to win the cup."',
            [("The coach", "said", 'the squad had promised "to win the cup."')],
        ),
        # the verb's topic between it and the quote, or a two-word cue right before it: the
        # quote still ends the clause reported
        (
            "The harbour master said she had complained about the moorings ‘at least three times’.",
            [("The harbour master", "said", "she had complained about the moorings ‘at least three times’")],
        ),
        (
            "Ms Orrin, who has run the ferry since the spring, said she had raised concerns “more than once”.",
            [("Ms Orrin", "said", "she had raised concerns “more than once”")],
        ),
    ],
)
def test_a_quote_ending_indirect_speech_is_the_reporters(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert reports(text) == expected
