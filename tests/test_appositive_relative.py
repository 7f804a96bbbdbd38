"""A subject closed by an appositive with a relative clause of its own: the verb after the
appositive's closing comma is the subject's, and the relative clause reports only up to it."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Dana Whitlock, the mayor who called the vote, said Tuesday that the council would meet again.",
         "Dana Whitlock, the mayor", "said", "the council would meet again"),
        ("ST. ANDREWS, N.B. — Paul Ferris, a fisherman whose boat sank, said he was lucky to be alive.",
         "Paul Ferris, a fisherman", "said", "he was lucky to be alive"),
        ("Omar Reyes, the coach who told reporters the team was tired, said on Friday that the players would rest.",
         "Omar Reyes, the coach", "said", "the players would rest"),
        ("Lena Hart, the nurse who called for help, told police the man had stopped breathing.",
         "Lena Hart, the nurse", "told", "the man had stopped breathing"),
        ("Ivo Brandt, a trader whose firm denied the report, said the shares would recover.",
         "Ivo Brandt, a trader", "said", "the shares would recover"),
        ("Nell Ambrose, the clerk who announced the result, said the count would be checked again.",
         "Nell Ambrose, the clerk", "said", "the count would be checked again"),
        ("Ruth Calder, a lawyer that represents the family, said the case would be appealed.",
         "Ruth Calder, a lawyer", "said", "the case would be appealed"),
        ("Jonas Pike, a farmer whose barn burned, told reporters he had lost everything.",
         "Jonas Pike, a farmer", "told", "he had lost everything"),
        ("Pia Ferro, a neighbour who heard the shots, said she hid in the bathroom.",
         "Pia Ferro, a neighbour", "said", "she hid in the bathroom"),
        ("Dr. Ines Marr, the surgeon who treated the victims, said two remained in critical condition.",
         "Dr. Ines Marr, the surgeon", "said", "two remained in critical condition"),
        ("The company, which denied the claims, said it would cooperate.", "The company", "said", "it would cooperate"),
        # an appositive set off by commas, then the relative: the name heads the subject
        ("Wes Tolland, the owner, whose shop was looted, said he would reopen next week.",
         "Wes Tolland, the owner", "said", "he would reopen next week"),
        ("Asked about the fire, Ines Kole, the baker, who lost her oven, said she would rebuild.",
         "Ines Kole, the baker", "said", "she would rebuild"),
        # near misses: no name before the appositive; a fronted phrase is none
        ("The owner, whose shop was looted, said he would reopen next week.", "The owner", "said",
         "he would reopen next week"),
        ("After the fire, the owner, whose shop burned, said he would rebuild.", "the owner", "said",
         "he would rebuild"),
        # a verb of saying in the relative clause, with content of its own, is the appositive's report,
        # said by the relative word as written (its antecedent is the entity)
        ("Mika Ostrova, the senator who said last week that she would resign, said Monday that she had changed her mind.",
         "who", "said", "she would resign"),
        ("Mika Ostrova, the senator who said last week that she would resign, said Monday that she had changed her mind.",
         "Mika Ostrova, the senator", "said", "she had changed her mind"),
        ("Omar Reyes, the coach who told reporters the team was tired, said on Friday that the players would rest.",
         "who", "told", "the team was tired"),
        # near misses: the relative clause's own report, and no main verb of saying after it
        ("The mayor, who said the vote was lost, left early.", "who", "said", "the vote was lost"),
        ("The report, which said costs rose, was leaked.", "which", "said", "costs rose"),
        ("Dana Whitlock, the mayor who said the vote was lost, left early.", "who", "said", "the vote was lost"),
    ],
)  # fmt: skip
def test_the_subject_before_the_appositive_speaks(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlock, the mayor who called the vote, said Tuesday that the council would meet again.",
        "Lena Hart, the nurse who called for help, told police the man had stopped breathing.",
        "Ivo Brandt, a trader whose firm denied the report, said the shares would recover.",
    ],
)
def test_the_relative_clause_reports_no_further_than_its_comma(text: str) -> None:
    # the relative clause's content never runs on over the appositive's closing comma
    assert all(", " not in content for _, _, content in found(text))
