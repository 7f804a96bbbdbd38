"""A hearer of bare nouns for people after "told" or "warned", then an adverbial ("told
subscribers in a letter this week …", "warned the residents on Monday …"): the nouns are whom the
words were addressed to, no thing told; the adverbial after them is read as after a named hearer,
and with no clause past it there is no content. A hearer of any noun for people, a body that
listens or a name that ends the clause ("asked the crowd.", "has advised three governors") is all
the verb took: nothing is told in that clause. And a body in the singular and its
members, one hearer ("told parliament members …"), and a name after its title in lower case
("told board member Ada Pine …")."""

from __future__ import annotations

from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    AUDIENCES,
    FINITE,
    HEARERS,
    MEMBER_NOUNS,
    PREPOSITIONS,
    TIME_WORDS,
    WHO_WHICH_WHOM,
)
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.person_nouns import is_person_noun
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


def titled_name_at(toks: list[Token], i: int, hi: int) -> int | None:
    """The index of a name in capitals after one to three words in lower case that end in a role
    ("board member Ann Roy", "state senator Ann Roy", "his lawyer Ann Roy"): the words are the
    name's title, part of the hearer after "told"; ``None`` when no such title opens at toks[i]."""
    for m in range(i, min(hi - 1, i + 3)):
        t = toks[m]
        if not (t.low.isalpha() and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS):
            return None
        if t.low in lx.PERSON_ROLES and toks[m + 1].text[:1].isupper() and toks[m + 1].low.isalpha():
            return m + 1
    return None


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
        and toks[i + 1].low in MEMBER_NOUNS
        and toks[i + 2].low not in FINITE
        and toks[i + 2].low not in lx.AUXILIARIES
    )
    return i + 2 if members and low not in lx.PRONOUN_FORMS and not low.endswith("s") else i + 1


# prepositions that open the topic or the thing of a hearer verb ("warned the council of …",
# "asked the mayor about …", "told them to leave"): content follows, no adverbial
_TOPIC_OPENERS = frozenset({"to", "of", "about", "for", "on", "that", "whether", "if"})
# words that open a clause or an infinitive, which an adverbial never holds
_CLAUSE_OPENERS = frozenset({"to", "that", "whether", "if"})
# how many words a hearer's phrase, and an adverbial after it, may run to
_HEARER_WORDS = 4
_ADVERBIAL_WORDS = 8


def lone_hearer(toks: list[Token], i: int, hi: int) -> bool:
    """Is all from toks[i] to the clause's end a hearer, then at most an adverbial of time or
    place: a noun phrase whose head is a noun for people, a body that listens or a name ("asked
    the crowd.", "told Mayor Ann Roy on Friday.")? A verb that takes a hearer then told nothing
    in its clause; a thing after it ("advised caution"), a topic ("warned the council of a
    deficit"), a clause ("told the crowd the plan was dead") or, after a comma, a quotation or an
    appositive ("asked her, “…”", "asked Ann Roy, the host, to …") is its content. The verb at
    toks[i - 1] in a relative clause set off by commas ("Ana Ruiz, who has advised three
    governors, said") ends its clause at the closing comma."""
    hi = _clause_end(toks, i, hi, _in_relative(toks, i - 1))
    if i >= hi:
        return False
    k = i
    if toks[k].low in HEARERS and not (toks[k].low == "her" and k + 1 < hi and _hearer_word(toks[k + 1])):
        k += 1  # "told them.", "asked reporters on Friday." ("asked her mother." is a phrase)
    else:
        if toks[k].low in ARTICLES_AND_POSSESSIVES or toks[k].low in NUMBER_WORDS or toks[k].low.isdigit():
            k += 1
        start = k
        while k < hi and k - start < _HEARER_WORDS and (_hearer_word(toks[k]) or _name_of(toks, k, hi)):
            k += 1
        if k == start or not _hearer_head(toks[k - 1]):
            return False
    return _adverbial_to_end(toks, k, hi)


def _in_relative(toks: list[Token], last: int) -> bool:
    """Is the verb ending at toks[last] the verb of a relative clause ("who has long advised")?"""
    j = last - 1
    while j >= 0 and toks[j].low in lx.AUXILIARIES:
        j -= 1
    return j >= 0 and toks[j].low in WHO_WHICH_WHOM


def _clause_end(toks: list[Token], i: int, hi: int, comma_ends: bool) -> int:
    """The end of the clause from toks[i]: a closing stop, or a comma that closes a relative
    clause (not one a quotation follows)."""
    for k in range(i, hi):
        text = toks[k].text
        if text in (".", ";", "!", "?"):
            return k
        if comma_ends and text == "," and not (k + 1 < hi and toks[k + 1].text in ALL_QUOTES):
            return k
    return hi


def _hearer_word(t: Token) -> bool:
    low = t.low
    return (
        t.text[:1].isalpha()
        and low not in ENGLISH_FUNCTION_WORDS
        and low not in FINITE
        and low not in TIME_WORDS
        and low not in PREPOSITIONS
        and low not in _TOPIC_OPENERS
    )


def _name_of(toks: list[Token], k: int, hi: int) -> bool:
    """Is toks[k] the "of" inside a name in capitals ("the Order of Nurses")?"""
    return toks[k].low == "of" and 0 < k < hi - 1 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()


def _hearer_head(t: Token) -> bool:
    """Is ``t`` the head of a hearer: people, a listening body or a capitalised name?"""
    low = t.low
    return _people_noun(low) or is_person_noun(low) or low in AUDIENCES or t.text[:1].isupper()


def _adverbial_to_end(toks: list[Token], k: int, hi: int) -> bool:
    """Do the tokens from toks[k] to hi make no more than an adverbial of time or place ("on
    Friday", "at a rally in Dayton", "last week"), with no verb, clause or quotation in them?"""
    if k >= hi:
        return True
    low = toks[k].low
    timed = low == "on" and k + 1 < hi and (toks[k + 1].low in TIME_WORDS or toks[k + 1].text[:1].isupper())
    if not (low in TIME_WORDS or timed or (low in PREPOSITIONS and low not in _TOPIC_OPENERS)):
        return False  # "on Friday" tells when; "on the budget", "of a deficit" what
    rest = toks[k:hi]
    return len(rest) <= _ADVERBIAL_WORDS and not any(
        t.low in FINITE
        or t.low in _CLAUSE_OPENERS
        or t.text in ALL_QUOTES
        or (t.text.islower() and t.low.endswith("ed"))
        for t in rest
    )
