"""A hearer of bare nouns for people after "told" or "warned", then an adverbial ("told
subscribers in a letter this week …", "warned the residents on Monday …"): the nouns are whom the
words were addressed to, no thing told; the adverbial after them is read as after a named hearer,
and with no clause past it there is no content. And a body in the singular and its members, one
hearer ("told parliament members …")."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES, FINITE, MEMBER_NOUNS, PREPOSITIONS, TIME_WORDS
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# the endings of plural nouns for those who do or hold something
_AGENT_PLURALS = ("ers", "ors", "ents", "ants", "ees", "ists", "ians")


def _people_noun(low: str) -> bool:
    """Is ``low`` a noun for people ("subscribers", "residents", "staff", "officials")?"""
    return (
        low in iw.PEOPLE_NOUNS
        or low in lx.GROUP_NOUNS
        or low in MEMBER_NOUNS
        or (low.endswith("s") and (low[:-1] in lx.PERSON_ROLES or low[:-1] in iw.PEOPLE_NOUNS))
        or low.endswith(_AGENT_PLURALS)  # "subscribers", "investors", "residents", "employees"
    )


def bare_hearer_end(toks: list[Token], i: int, hi: int) -> int | None:
    """The index after a hearer of one or two bare nouns in lower case, the last a noun for people
    ("subscribers", "bank staff"), a determiner before them or not ("the players", "his staff"),
    when a preposition (not "to": "told staff to leave") or a word of time follows them; otherwise
    None."""
    if i + 1 < hi and toks[i].low in ARTICLES_AND_POSSESSIVES:
        i += 1  # "told the players in the locker room …": the nouns after the determiner
    for m in (i + 1, i + 2):
        if m >= hi:
            return None
        t = toks[m - 1]
        if not (t.low.isalpha() and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS):
            return None
        nxt = toks[m].low
        if _people_noun(t.low) and ((nxt in PREPOSITIONS and nxt != "to") or nxt in TIME_WORDS):
            return m
    return None


def body_members_end(toks: list[Token], i: int, hi: int) -> int:
    """The index after a hearer of one word at toks[i] ("reporters", "parliament"), or after a body
    in the singular and its members, one hearer ("told parliament members the vote …"). Not when
    a verb follows the members, their clause's subject ("told parliament leaders would meet"), nor
    after a plural or a pronoun ("told reporters leaders had agreed": the clause's subject)."""
    low = toks[i].low
    members = (
        i + 2 < hi
        and toks[i + 1].low in ("members", "leaders")
        and toks[i + 2].low not in FINITE
        and toks[i + 2].low not in lx.AUXILIARIES
    )
    return i + 2 if members and low not in lx.PRONOUN_FORMS and not low.endswith("s") else i + 1
