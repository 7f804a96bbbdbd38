"""The sex a speaker phrase tells, for the pronouns that may resolve to it: a title ("Ms.",
"Mr."), a head noun of one sex ("his mother", "a businessman"), or a named person's given
name; a title inside a possessive is the owner's. speaker_phrases.py analyses the phrase.
"""

from __future__ import annotations

from summarizer.rules.roles import head_word
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text import lexicon as lx
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.regex import compiled

_POSSESSOR = compiled(r"\w['’]s\s|s['’]\s")  # "Ms. Roy's ", "the Ruizes' ": what comes before is an owner


# nouns for a person of one sex, as a description's head ("his mother", "the 16-year-old boy")
_FEMALE_HEADS = frozenset({
    "mother", "mom", "mum", "wife", "daughter", "sister", "grandmother", "grandma", "aunt", "niece", "woman",
    "girl", "widow", "girlfriend", "actress", "granddaughter", "stepmother", "fiancée",
})  # fmt: skip


_MALE_HEADS = frozenset({
    "father", "dad", "husband", "son", "brother", "grandfather", "grandpa", "uncle", "nephew", "man", "boy",
    "widower", "boyfriend", "actor", "grandson", "stepfather", "fiancé",
})  # fmt: skip


_GENDERED_HEADS = _FEMALE_HEADS | _MALE_HEADS


def _compound_sex(text: str) -> str | None:
    """The sex a head compounded on "woman" or "man" tells, written in lower case ("a businessman",
    "the policewoman", "a fisherman"), its first part of four letters or more (not "human",
    "shaman"; a capitalised name, "Freeman", is no such noun)."""
    head = head_word(text)
    if head not in text.split(",")[0].split():
        return None
    for ending, sex in (("woman", "female"), ("man", "male")):
        if head.endswith(ending) and len(head) - len(ending) >= 4 and head.isalpha():
            return sex
    return None


def gender_of(phrase: SpeakerPhrase) -> str | None:
    # a title inside a possessive is the owner's, not the head's: "Ms. Roy's son, Peter Doyle" is a man
    owned = _POSSESSOR.split(phrase.text)[-1]
    # each word without the stop of an abbreviation or the comma of an aside: "husband, who chairs …"
    words = {w.lower().rstrip(".,;:") for w in (owned if owned.strip() else phrase.text).split()}
    if words & lx.FEMALE_TITLES:
        return "female"
    if words & lx.MALE_TITLES:
        return "male"
    if words & _GENDERED_HEADS:  # the head found only when one of its words could be it
        head = head_word(phrase.text)
        if head in _FEMALE_HEADS:
            return "female"
        if head in _MALE_HEADS:
            return "male"
    compound = _compound_sex(phrase.text)
    if compound is not None:
        return compound
    parts = phrase.name.split()
    if phrase.kind == "person" and phrase.anonymity == "named":
        # "Ada Varrow", "Councillor Ada Walsh": the first given name before the surname
        return next((g for g in map(gender_of_given_name, parts[:-1]) if g is not None), None)
    return None
