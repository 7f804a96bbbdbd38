"""A subject pronoun written with its contracted auxiliary ("he’s said", "they’re claiming") is
read as the pronoun and the auxiliary: the pronoun is the source, the verb's report is found."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.attribution import contractions
from summarizer.rules.attribution.contractions import split_contractions
from summarizer.text.segments import tokens


def reports(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("He’s said that the ferry fares are too high.", "He", "’s said", "the ferry fares are too high"),
        ("They're claiming the audit was rushed.", "They", "'re claiming", "the audit was rushed"),
        ("She’s long argued that the pier needs repairs.", "She", "’s long argued", "the pier needs repairs"),
        ("We’ve warned the council about the flood risk.", "We", "’ve warned the council about", "the flood risk"),
        ("The mayor, who’s called for a new levy, spoke first.", "who", "’s called for", "a new levy"),
        ("He's been saying the bridge is unsafe.", "He", "'s been saying", "the bridge is unsafe"),
        # after a quote, any auxiliary: the pronoun speaks
        ("“Nobody reads the minutes,” he’d told the board.", "he", "’d told", "Nobody reads the minutes"),
        ("“Nobody reads the minutes,” they’ve told the board.", "they", "’ve told", "Nobody reads the minutes"),
        ("“Nobody reads the minutes,” she’s said.", "she", "’s said", "Nobody reads the minutes"),
        # the passive's agent speaks, not the one told
        ("“The gate stays shut,” she’s told by the warden.", "the warden", "’s told by", "The gate stays shut"),
    ],
)  # fmt: skip
def test_a_contracted_auxiliary_leaves_the_pronoun_as_the_source(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert (speaker, cue, content) in reports(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # before a verb of report: the pronoun, then the auxiliary it stands for
        ("he’s said so", ["he", "has", "said", "so"]),
        ("she’s claiming it", ["she", "is", "claiming", "it"]),
        ("they’d warned us", ["they", "had", "warned", "us"]),
        ("we'll argue it", ["we", "will", "argue", "it"]),
        # a participle with its agent after it: a passive's "is"
        ("she’s told by him", ["she", "is", "told", "by", "him"]),
        # near misses: no verb of report after it ("going" is no "go after")
        ("we’re going home", ["we’re", "going", "home"]),
        ("he’s so tired", ["he’s", "so", "tired"]),
        # a name's possessive, and "that’s", are left as written
        ("Ruiz’s claim held", ["ruiz’s", "claim", "held"]),
        ("that’s what she said", ["that’s", "what", "she", "said"]),
        # the impersonal passive: nobody believes
        ("it’s believed that", ["it’s", "believed", "that"]),
        # the writer and the reader of a column are no source here
        ("I’d write that", ["i’d", "write", "that"]),
        ("you’d say so", ["you’d", "say", "so"]),
    ],
)  # fmt: skip
def test_which_contractions_are_read_as_two_words(text: str, words: list[str]) -> None:
    toks = split_contractions(tokens(text, 0, len(text)))
    assert [t.low for t in toks] == words
    assert "".join(text[t.start : t.end] for t in toks) == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "It’s believed that the levy will pass.",
        "That’s what the harbour master said about the fees.",
        "I’d write that the plan is costly.",
        # after a quote: the one told, and the impersonal passive, are no source
        "“The gate stays shut,” we’re told.",
        "“The gate stays shut,” it’s claimed.",
    ],
)
def test_no_pronoun_with_its_auxiliary_is_a_source_in_a_near_miss(text: str) -> None:
    assert not any(speaker in ("It", "That", "I", "we", "it") for speaker, _, _ in reports(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "I" is left joined to its "'m" (a column's writer), yet the source is the pronoun alone
        ("Road\n\nI'm hoping that the ferry runs again by June.", "I"),
        ("Road\n\nI’m not talking about the ferry fares.", "I"),
        # near misses: a name, a pronoun split already
        ("Road\n\nAna Ruiz is hoping that the ferry runs again by June.", "Ana Ruiz"),
        ("Road\n\nThey're claiming the audit was rushed.", "They"),
    ],
)
def test_a_pronoun_written_with_be_is_the_pronoun(text: str, speaker: str) -> None:
    assert reports(text)[0][0] == speaker


@pytest.mark.parametrize(
    "word",
    ["he’s", "they're", "who’s", "we've", "it'd", "she’ll", "they’m", "he's", "ruiz’s", "that’s", "isn’t",
     "he''s", "he'’s", "she’d’ve", "’s", "he’", "hes", "he’ss", "i’m", "you’re", ""],
)  # fmt: skip
def test_the_contracted_forms_looked_up_are_those_read(word: str) -> None:
    assert contractions._CONTRACTED.get(word) == contractions._contracted(word)


@pytest.mark.parametrize(
    "text",
    ["He’s said that the fares are high.", "The mayor's aide said they're ready.", "Officials said it was safe."],
)
def test_the_text_given_splits_as_the_tokens_alone(text: str) -> None:
    toks = tokens(text, 0, len(text))
    split = split_contractions(toks, text.lower())
    assert [(t.text, t.low, t.start) for t in split] == [(t.text, t.low, t.start) for t in split_contractions(toks)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ferry’s crew said the pier's planks were loose.", True),  # possessives only: the same list
        ("Officials said it isn’t safe, and the port’s chief agreed.", True),  # a negation is no pronoun's
        ("The harbour master said they’re ready.", False),  # "they’re" is looked at (no verb of report after it)
        ("He’s said that the fares are high.", False),
    ],
)
def test_an_apostrophe_in_no_contracted_pronoun_leaves_the_tokens_as_they_are(text: str, kept: bool) -> None:
    toks = tokens(text, 0, len(text))
    split = split_contractions(toks, text.lower())
    assert (split is toks) == kept
    looked = [t for t in toks if contractions._CONTRACTED.get(t.low) is not None]
    assert bool(looked) != kept
