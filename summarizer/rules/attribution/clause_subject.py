"""A speaker phrase that holds a clause is no subject: the subject readers took a noun or a verb
form for the cue and the words before it for its speaker ("the ministry received expert reports
that …" read as "the ministry received expert" reporting, "I never thought I'd write this" as
"never thought I'd" writing, "What I am asking is …" as "What I" asking).

Three shapes, each read on the speaker phrase's words alone:

- it opens with "what", "how" or "why": a clause standing as a noun ("What I believe is …");
- it holds a pronoun's contraction of a verb ("I'd", "we'll", "they've", "she's"... not "it's",
  which the readers never take for a person);
- it holds a verb with its own object: a past in -ed after a noun and before a lower-case word
  that opens no adjunct ("the ministry received expert"), or any content word before a
  determiner ("the waves push some warm air"). A verb inside a relative clause ("Officials who
  reviewed the plan", "The man I met") or a participle before a preposition ("people arrested
  at the camp") is the phrase's own, and a word before a comma takes no object: the comma opens
  an apposition ("The city's mayor, a former judge"). A past in -ed before a noun of a person,
  after a word that names no one, is an adjective on that person ("a 64-year-old retired
  welder", "a tall licensed plumber"), not a verb ("the agency hired experts").
"""

from __future__ import annotations

from summarizer.rules.attribution.words import NP_PREPOSITIONS, PREPOSITIONS, TIME_WORDS
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled

_WORD = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "Moscow-based" is one word
_WH_OPENERS = frozenset({"what", "how", "why"})
# a verb contracted onto a subject pronoun: "I'd", "we'll", "they've", "I'm", "you're"
_CONTRACTED = frozenset({"d", "ll", "ve", "m", "re"})
# words after which a verb is a relative clause's, not the phrase's: "who reviewed", "I met"
_CLAUSE_OPENERS = frozenset({"who", "that", "which", "whom", "whose", *lx.SUBJECT_PRONOUNS})
# a determiner that opens an object: "push some warm air", "received the reports"
_OBJECT_OPENERS = frozenset({"the", "a", "an", "some", "his", "her", "their", "its", "our", "my", "these", "those"})
_ADJUNCTS = frozenset({*NP_PREPOSITIONS, *PREPOSITIONS, "by", "as", "and", "or", "but", "last", "this", "to", "near",
                       "around", "along", "behind", "beside", "beyond", "inside", "outside", "off", "up", "down",
                       "like", "per", "via", "versus", "amid", "throughout", "above", "below", "beneath", "past",
                       "despite", "including", "following", "earlier", "since"})  # fmt: skip
# words that are no verb, and after which none is ("a survey of listed clubs", "and granted")
_NO_VERB = frozenset({*ENGLISH_FUNCTION_WORDS, *_ADJUNCTS, *lx.NP_LINKS, *lx.DETERMINERS})
# a time before the subject is no verb either: "In the next eight weeks the campaign"
_TIMES = frozenset({*TIME_WORDS, "day", "hour", "minute", "decade", "season"})


def holds_clause(view: str, span: Span) -> bool:
    """Is the speaker phrase view[span] a clause rather than a noun phrase (see the module)?"""
    text = view[span[0] : span[1]]
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    if not words:
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in _WH_OPENERS:
        return True
    if ("'" in text or "’" in text) and any(_contracted(w) for w in lowered[1:]):
        return True
    for k in range(1, len(words) - 1):
        low, before, after = lowered[k], lowered[k - 1], words[k + 1]
        if before in _CLAUSE_OPENERS or before in _NO_VERB or not words[k].islower() or low in _NO_VERB:
            continue
        if "," in text[found[k].end() : found[k + 1].start()]:
            continue  # "The city's mayor, a former judge": a comma opens an apposition, no object
        if any(w in _CLAUSE_OPENERS for w in lowered[:k]):
            return False  # "Officials who reviewed the plan": the rest is the relative clause's
        if low.endswith("ing") or low.removesuffix("s") in _TIMES:
            continue  # "people attending the rally": a participle on the noun; "weeks": a time
        if after.lower() in _OBJECT_OPENERS or (
            low.endswith("ed") and len(low) > 4 and after.islower() and after not in _NO_VERB
            and not before.endswith(("'s", "’s", "ly", "ed")) and not _described_person(before, after)
        ):  # fmt: skip
            return True
    return False


def _described_person(before: str, after: str) -> bool:
    """Is the -ed word between ``before`` and ``after`` an adjective on a person ("a tall retired
    welder"): the noun after names a person, the word before names no one ("the agency hired
    experts": a body and its verb)?"""
    low = before.lower()
    return is_person_noun(after) and not (low in lx.SOURCE_NOUNS or is_person_noun(low))


def _contracted(word: str) -> bool:
    head, _, tail = word.replace("’", "'").partition("'")
    return head in lx.SUBJECT_PRONOUNS and head != "it" and tail in _CONTRACTED
