"""How a count of people is told: the phrase of the people counted, as written and cut short (a
pronoun told as the text named the person before), one more told after the first, and the verb.
"""

from __future__ import annotations

import re

from summarizer.rules.figures import FigureDraft
from summarizer.rules.name_mentions import person_mentions
from summarizer.rules.wording import lower_first, short
from summarizer.text import incident_words as iw
from summarizer.text.added_counts import ALSO
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.implicit_counts import FILLER, ORDINAL_WORDS, VICTIM_NOUNS, implicit_count, singular
from summarizer.text.regex import compiled
from summarizer.text.sexes import sex_of

VERB_PAST = {
    "intercepted": "were intercepted", "killed": "were killed", "injured": "were injured",
    "missing": "are missing", "arrested": "were arrested", "displaced": "were displaced",
    "launched": "were launched", "damaged": "were damaged",
}  # fmt: skip
SINGULAR_VERB = {k: v.replace("were", "was").replace("are", "is") for k, v in VERB_PAST.items()}


def num(fig: FigureDraft) -> str:
    """The number as written, in lower case when it is a word ("Eleven" -> "eleven")."""
    return fig.text.lower() if fig.text[:1].isalpha() else fig.text


# the words a count's phrase keeps: a long list of the people counted is cut, as content is ("A
# man, a woman, a boy, … were injured" keeps its first people and "…")
_PHRASE_WORDS = 12


def figure_phrase(view: str, fig: FigureDraft) -> str:
    """ "at least 12 people", "48 Ukrainian drones": as written, qualifier through noun, cut to
    a few words."""
    return short(_whole_figure_phrase(view, fig), _PHRASE_WORDS, close=False)


def _whole_figure_phrase(view: str, fig: FigureDraft) -> str:
    start = fig.words_start
    end = max(fig.span[1], fig.range_end)
    phrase = view[start:end]
    if implicit_count(fig.text) is not None:
        phrase = " ".join(fig.text.split())  # "a 23-year-old man": the words are the count
        first, _, rest = phrase.partition(" ")
        sex = PRONOUN_SEX.get(first.lower())
        if sex is not None and (not rest or rest.startswith("and ")):
            # a victim named by a pronoun ("She was shot", "he and two others") is told as the
            # text named them before; no one named so, no phrase: never a bare pronoun
            named = named_before(view, fig.span[0], sex, first.lower() in _OBJECT_PRONOUNS)
            return f"{named} {rest}".strip() if named else ""
        if _BARE_NOUN.fullmatch(phrase):
            # a headline's bare noun ("Officer hurt") is one person: "an officer"
            return ("an " if phrase[0].lower() in "aeiou" else "a ") + phrase.lower()
        return lower_first(phrase)
    if fig.noun in iw.PEOPLE_COUNTED_BY:
        # "claimed 17 lives", "two bodies were recovered": the people killed
        return lower_first(" ".join(f"{phrase} {'person' if fig.value == 1 else 'people'}".split()))
    if fig.noun:
        m = re.search(rf"\b{re.escape(fig.noun)}\b", view[end : end + 40], re.I)
        # a noun taken from the people counted before ("three people were shot, one fatally") is
        # singular for one: "one person", not "one people"
        noun = singular(fig.noun) if fig.value == 1 else fig.noun
        phrase = view[start : end + m.end()] if m else f"{phrase} {noun}"
    return lower_first(" ".join(phrase.split()))


_BARE_NOUN = compiled(rf"(?:{VICTIM_NOUNS})", re.I)
PRONOUN_SEX = {"he": "male", "him": "male", "himself": "male", "she": "female", "her": "female", "herself": "female"}
_OBJECT_PRONOUNS = frozenset({"him", "her"})
# a person introduced by an indefinite noun phrase: "a 30-year-old woman", "one man" (its
# modifiers taken greedily: "a female nurse", not "a female"); or one named through another,
# by a possessive ("her son", "Ortega's daughter"): someone else's kin, whom a summary cannot
# name by the possessive alone
_INTRODUCED = compiled(
    rf"\b(?:(?P<indefinite>an?|one)|his|her|their|[A-Z][\w-]*['’]s)\s+(?:{FILLER}\s+){{0,4}}(?:{VICTIM_NOUNS})\b",
    re.I,
)
# what may stand between a clause's subject and its verb's object pronoun: a few lower-case words
# in a row, none of which opens another clause or is another subject ("walked up and shot")
_VERB_CHAIN = compiled(r"(?:\s+[a-z]+){1,6}\s+")
# words that open another clause or begin another subject: a clause's opening word, a pronoun, a
# determiner ("ran and a gunman shot her"), a common source noun
_OPENS_A_CLAUSE = frozenset(
    {"said", "says", "told", "someone", "somebody", "he", "she", "they", "it", "who", "that", "when", "after",
     "before", "because", "while", "as", "then", "police", "officers", "deputies", "a", "an", "the", "his", "her",
     "their", "its"}
)  # fmt: skip


def _subject_of(between: str) -> bool:
    """Is the phrase before these words the subject of the verb whose object comes after them?"""
    return _VERB_CHAIN.fullmatch(between) is not None and _OPENS_A_CLAUSE.isdisjoint(between.split())


# how far before its pronoun a person is looked for (a paragraph or two)
_NAMED_REACH = 800
_CAPITAL_AFTER = compiled(r"\s+[A-Z]")


def named_before(view: str, at: int, sex: str, is_object: bool = False) -> str:
    """The person a pronoun of this sex stands for, as the text named them last before ``at``:
    a noun phrase that introduced them ("a 30-year-old woman") whose noun has the sex, else a
    full name whose given name has it ("Mara Quill"), with no title or role (one who holds an
    office is mostly a source, not the victim). "" when the text named no one so (a bare pronoun
    tells a reader of the summary nobody), or when the nearest such phrase names someone's kin
    ("her son": whose?). An object pronoun is never its own clause's subject ("A man walked up
    and shot him"): such a subject is passed over."""
    lo = max(0, at - _NAMED_REACH)
    phrases = [(m.start(), m) for m in _INTRODUCED.finditer(view, lo, at) if sex_of(m.group()) == sex]
    if is_object:
        phrases = [(k, m) for k, m in phrases if not _subject_of(view[m.end() : at])]
    if phrases:
        m = max(phrases, key=lambda x: x[0])[1]
        return lower_first(" ".join(m.group().split())) if m.group("indefinite") else ""
    found = [
        (span[0], name)
        for span, name, role, _ in person_mentions(view[:at])
        if span[0] >= lo
        and role is None
        and len(name.split()) >= 2
        and gender_of_given_name(name.split()[0]) == sex
        and not _CAPITAL_AFTER.match(view, span[1])  # "Mara Quill Medical Center" names no one
    ]
    return lower_first(" ".join(max(found)[1].split())) if found else ""


# one more person named by "another" or an ordinal alone ("Another was wounded", "a fourth")
_NOUNLESS = compiled(rf"(?:another|an?\s+(?:{ORDINAL_WORDS}))", re.I)
_NOUN_AFTER = compiled(rf"\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b", re.I)


def added_phrase(view: str, fig: FigureDraft, first: FigureDraft | None) -> str:
    """The phrase of one more person told after the first toll, with its noun: "another" or an
    ordinal alone takes the words to the noun written after it ("Another officer, 45, …") or
    else the first toll's noun ("A nurse was hurt. Another was …": "another nurse")."""
    phrase = figure_phrase(view, fig)
    if not _NOUNLESS.fullmatch(phrase):
        return phrase
    after = _NOUN_AFTER.match(view, fig.span[1])
    if after is not None:
        return f"{phrase} {' '.join(after.group().split())}"
    head = ""
    if first is not None:
        head = (first.text.split()[-1] if implicit_count(first.text) is not None else first.noun or "").lower()
        head = singular(head)
    return f"{phrase} {head if _BARE_NOUN.fullmatch(head) and head != 'victim' else 'person'}"


def added_verb(fig: FigureDraft) -> str:
    verb = SINGULAR_VERB[fig.category] if fig.value == 1 else VERB_PAST[fig.category]
    return verb.replace(" ", " also ", 1) if fig.label.startswith(ALSO) else verb  # "was also injured"
