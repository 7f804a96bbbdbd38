"""The sex a phrase naming one person tells: its head word or pronoun ("the woman", "his wife",
"she"), or the given name that opens a name; the rules read it to tell whom a later pronoun names."""

from __future__ import annotations

from summarizer.text.given_names import gender_of_given_name

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
