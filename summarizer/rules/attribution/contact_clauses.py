"""A relative clause with no "who" or "that" inside a subject ("the nurses I asked said", "the
man I know says", "the clerk she talks to says"): a pronoun, its own verb, perhaps a preposition
left at the end, then the cue. The verb is a past ("I met", "we spoke with") or a present ("I
know", "they trust", "she talks to"), the present with nothing but a preposition after it, so
that "Yesterday I think he said" (a second pronoun) is no such clause."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES, IRREGULAR_PAST, TIME_NOUNS, TIME_WORDS
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# the subject of a relative clause with no pronoun on a speaker noun ("the nurses I asked")
CONTACT_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "you"})
# the prepositions a contact clause may end on ("the clerk I talk to says", "the crew we work with")
_STRANDED = frozenset({"to", "with", "at", "for", "from", "about", "on", "of"})
# verbs a speaker puts beside a pronoun to hedge, not a clause's ("Officials I think say …")
_PARENTHETICAL = frozenset({"think", "believe", "guess", "suppose", "hope", "mean"})
# forms of saying in the present with "s" that never follow "to" as an infinitive ("talk to says")
PRESENT_SAYING = frozenset({"says", "tells", "writes"})
# a cue after "to" in one of these forms is no infinitive ("spoke to said", "talk to says")
NOT_INFINITIVE = IRREGULAR_PAST | PRESENT_SAYING


def contact_clause(toks: list[Token], j: int, vg: int) -> bool:
    """Is the pronoun at toks[j], 2 to 4 words before the cue at toks[vg], the subject of a
    contact clause whose verb follows it? (The caller checks the noun before the pronoun.)"""
    if toks[j].low not in CONTACT_SUBJECTS or not 2 <= vg - j <= 4:
        return False
    verb = toks[j + 1].low
    if verb.endswith("ed") or verb in IRREGULAR_PAST:
        return True  # "the deckhand I met said", "officials we spoke to said"
    if not toks[j + 1].text.isalpha() or not toks[j + 1].text.islower() or verb in ENGLISH_FUNCTION_WORDS:
        return False
    if toks[j].low in ("he", "she") and not (verb.endswith("s") and not verb.endswith("ss")):
        return False  # "the clerk she talks to says", not "she really says"
    if verb.endswith("ly") or (toks[j].low not in ("he", "she") and verb in _PARENTHETICAL):
        return False
    return all(t.low in _STRANDED for t in toks[j + 2 : vg])  # "the man I know says", "I talk to says"


# the forms of saying a speaker's contact clause may stand before ("the nurses I asked said")
_SAID = frozenset({"said", "says", "told", "tells", "say"})


def inside_contact_clause(toks: list[Token], k: int, last: int) -> bool:
    """Is the cue at toks[k] the verb of a contact clause right before the cue of its subject
    ("The nurses I asked said …", "the mayor we criticised says …"), or of one whose object is the
    noun before it ("Despite the doubts she feels, Ana Ruiz said …"): no report of its own?"""
    return gapped_object(toks, k, last) or (
        last == k
        and k >= 2
        and k + 1 < len(toks)
        and toks[k + 1].low in _SAID
        and contact_clause(toks, k - 1, k + 1)
        and toks[k - 2].text.isalpha()
        and toks[k - 2].low not in ENGLISH_FUNCTION_WORDS
    )


# adverbs of frequency that may sit between a contact clause's pronoun and its verb ("the fear she
# sometimes feels")
_FREQUENCY = frozenset({"sometimes", "often", "still", "always", "never", "usually", "once", "now"})


def gapped_object(toks: list[Token], k: int, last: int) -> bool:
    """Is the cue at toks[k..last] the verb of a contact clause whose object is the noun before it,
    closed by a comma ("Despite the distrust she sometimes feels, Ana Ruiz said …", "For all the
    doubts they voiced, the board agreed …")? A noun in lower case, a subject pronoun, perhaps an
    adverb of frequency, the verb, then a comma with no quotation after it: the clause reports
    nothing, and what follows the comma is the sentence's own (not "In the end she said, “…”", nor
    "said" or "told" at all)."""
    comma = _clause_comma(toks, last)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].text in ALL_QUOTES:
        return False
    if toks[k].low in _SAID:
        return False  # "In the end she said, we won": "say" and "tell" take their object after them
    j = k - 2 if k >= 3 and toks[k - 1].low in _FREQUENCY else k - 1
    if j < 1 or toks[j].low not in CONTACT_SUBJECTS:
        return False
    noun = toks[j - 1]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in ENGLISH_FUNCTION_WORDS
        and noun.low not in TIME_WORDS
        and noun.low not in TIME_NOUNS
        and not noun.low.endswith("ly")
    )


# the words that open a phrase on a contact clause's verb before its closing comma: prepositions
# ("In a letter he wrote to the council, …", "In the speech she gave on Friday, …") and the
# determiners and adverbs of a bare phrase of time ("In the speech she gave last week, …",
# "… she gave this morning, …", "… he sent earlier today, …")
_ON_THE_VERB = frozenset({"to", "on", "in", "at", "for", "from", "with", "last", "this", "earlier"})


def _clause_comma(toks: list[Token], last: int) -> int | None:
    """The comma that closes a contact clause whose verb ends at toks[last]: right after it, or
    after a short phrase on the verb that opens the sentence's fronted phrase ("In a letter he
    wrote to the council, the envoy said": the sentence opens with a preposition)."""
    if last + 1 < len(toks) and toks[last + 1].text == ",":
        return last + 1
    if last + 1 >= len(toks) or toks[last + 1].low not in _ON_THE_VERB or toks[0].low not in _FRONTED:
        return None
    for c in range(last + 2, min(len(toks), last + 7)):
        if toks[c].text == ",":
            return c
        if not toks[c].text.replace("'", "").replace("’", "").isalnum():
            return None
    return None


# the prepositions that open a fronted phrase holding a contact clause ("In a letter he wrote …,")
_FRONTED = frozenset({"in", "at", "during", "with", "through", "via", "from", "despite", "for"})


# A report inside a relative clause with no "that" whose subject is the gap: "a move supporters
# say would cut costs", "the plan Mayor Ada Lee says will fail". The cue is followed straight away
# by a finite verb, so what is reported has no subject of its own; its subject is the noun before
# the speaker ("a move"), and the speaker is only the words after that noun ("supporters").

# finite verbs that may open a clause whose subject is a relative clause's gap ("say would cut")
_FINITE_OPENERS = frozenset({
    "would", "will", "could", "can", "should", "may", "might", "must", "is", "are", "was", "were", "has", "have", "had"
})  # fmt: skip
# the cues such a clause follows ("supporters say would", "the mayor said was")
_SAY_FORMS = frozenset({"say", "says", "said", "believe", "believes", "believed", "claim", "claims", "claimed"})
# words that open the head noun's phrase before the speaker ("a move", "the plan", "this step")
_HEAD_OPENERS = frozenset({*ARTICLES, "this", "that", "these", "those", "his", "her", "their", "its", "our"})


def gapped_subject(toks: list[Token], vg: int, last: int, who: Span | None) -> Span | None:
    """The speaker of a cue at toks[vg..last] whose report has no subject of its own: the words of
    ``who`` past the head noun that the relative clause describes; ``who`` itself otherwise."""
    if who is None or last + 1 >= len(toks) or toks[last + 1].low not in _FINITE_OPENERS:
        return who
    if vg != last or toks[vg].low not in _SAY_FORMS or vg < 3:
        return who
    s = next((i for i in range(vg - 1, -1, -1) if toks[i].start == who[0]), None)
    if s is None or toks[vg - 1].end != who[1] or toks[s].low not in _HEAD_OPENERS:
        return who
    words = toks[s + 1 : vg]
    if len(words) < 2 or not all(t.text.isalpha() for t in words) or not words[0].text.islower():
        return who  # "the supporters say would …" has no head noun before its speaker
    first = vg - 1
    if toks[first].text[:1].isupper():
        # a name: its capitalised run ("a move Mayor Ada Lee says"), never the head noun
        while first - 1 > s + 1 and toks[first - 1].text[:1].isupper():
            first -= 1
    return (toks[first].start, toks[vg - 1].end)
