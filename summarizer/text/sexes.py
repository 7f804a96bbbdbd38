"""The sex a phrase naming one person tells: its head word or pronoun ("the woman", "his wife",
"she"), or the given name that opens a name; the rules read it to tell whom a later pronoun names,
and here the nearest one person of its sex a pronoun may name ("… police shot the gunman. He died")."""

from __future__ import annotations

from summarizer.text.given_names import gender_of_given_name
from summarizer.text.implicit_counts import VICTIM_NOUN_WORDS, singular
from summarizer.text.incident_words import PERPETRATOR_NOUNS
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled

# the sex a person's head word or pronoun tells ("the woman", "his wife", "she"); a name tells none
FEMALE_WORDS = frozenset({
    "woman", "girl", "she", "her", "wife", "mother", "daughter", "sister", "grandmother", "granddaughter", "aunt",
    "niece", "girlfriend", "stepmother", "stepdaughter", "fiancée", "female", "lady", "herself", "waitress",
})  # fmt: skip
MALE_WORDS = frozenset({
    "man", "boy", "he", "him", "husband", "father", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
    "boyfriend", "stepfather", "stepson", "fiancé", "male", "gentleman", "himself",
})  # fmt: skip

SEX_WORDS = FEMALE_WORDS | MALE_WORDS


def sex_of(phrase: str) -> str | None:
    """ "female" or "male" by the last word of a phrase naming one person ("a 30-year-old woman",
    "killed herself"), or by the given name that opens a name ("Mary Green", "51-year-old Mary
    Green"); None if it tells neither, or names two people ("his brother and then himself")."""
    words = phrase.split()
    if "and" in words:
        return None
    last = words[-1].lower() if words else ""
    if last in FEMALE_WORDS:
        return "female"
    if last in MALE_WORDS:
        return "male"
    names = [w for w in words if not w[:1].isdigit()]
    return gender_of_given_name(names[0]) if names and names[0][:1].isupper() and len(names) >= 2 else None


_WORD = compiled(r"[\w'’-]+")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_ONE_PRONOUNS = frozenset({"he", "she", "him", "her"})
# the nouns of one person besides the lexicon's ("man", "teen", "suspect"; not the pronouns of
# SEX_WORDS); a body or a plural ("police", "people") is none
_ONE_PERSON_NOUNS = (VICTIM_NOUN_WORDS | SEX_WORDS | PERPETRATOR_NOUNS) - _ONE_PRONOUNS - {"herself", "himself"}


def _sex_of_noun(word: str) -> str | None:
    """The sex a person noun (lower case) tells, a compound of "man" too ("gunman", "policeman")."""
    if (sex := sex_of(word)) is not None:
        return sex
    return "male" if word.endswith("man") and not word.endswith("woman") else None


def referent(view: str, start: int, end: int, pronoun: str) -> str | None:
    """The head noun (lower case) of the last one person told in ``view[start:end]`` whom
    ``pronoun`` ("he", "she") may name by sex: "gunman" after "police shot the gunman"; not an
    agent after "by" ("shot by a deputy"), nor a plural ("people", "police"). None if the pronoun
    is none of one person, or no such person is told."""
    if pronoun.strip().lower() not in _ONE_PRONOUNS:
        return None
    sex = sex_of(pronoun.strip())
    words = [m.group(0).lower() for m in _WORD.finditer(view, start, end)]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if singular(word) != word or not (word in _ONE_PERSON_NOUNS or is_person_noun(word)):
            continue
        if _sex_of_noun(word) not in (None, sex):
            continue
        lead = words[i - 2] if i >= 2 and words[i - 1] in _DETERMINERS else words[i - 1] if i else ""
        if lead == "by":
            continue  # an agent, who harms rather than is harmed: "(shot) by a deputy"
        return word
    return None
