"""A verb of saying read in another sense, which reports nothing: a request left unanswered ("has
not responded to two letters"), a going to a call ("crews responded to a fire"), a vote convened
("called an emergency meeting"), goods recalled ("recalled 12,000 heaters"), "showed up"; with the
nouns for a person or people a subject is read by.
"""

from __future__ import annotations

from summarizer.rules.attribution.clauses import negated
from summarizer.rules.attribution.complements import TIME_OR_PREPOSITION
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.words import ALL_POSSESSIVES, CONVENED_NOUNS, DISPATCH_NOUNS, REQUEST_NOUNS
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.given_names import is_given_name
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token


def unanswered(toks: list[Token], vg: int, to: int, lemma: str, end_idx: int) -> bool:
    """Is this a request left unanswered, "has not responded to two letters", "never
    replied to our questions": a negated "respond" or "reply" with "to" (toks[to]) and a noun of
    request or message after at most a determiner and a modifier? A refusal to speak, like
    "declined to comment"; answered ("responded to questions"), what was said is elsewhere."""
    return (
        lemma in ("respond", "reply")
        and toks[to].low == "to"
        and negated(toks, vg, to)
        and any(t.low in REQUEST_NOUNS for t in toks[to + 1 : min(to + 4, end_idx)])
    )


def _noun_ahead(toks: list[Token], i: int, end_idx: int, nouns: frozenset[str]) -> int | None:
    """Where one of ``nouns`` heads the short noun phrase at toks[i] (after at most a
    determiner and two modifiers, before any comma); None when none does."""
    for m in range(i, min(end_idx, i + 4)):
        if not is_word(toks[m]):
            return None
        if toks[m].low in nouns:
            return m
    return None


def answers_by_going(toks: list[Token], to: int, end_idx: int, lemma: str) -> bool:
    """Is this "respond" a going there, "Four officers responded to the call", "crews responded
    to a fire": "to" (toks[to]) and a noun of a call or scene after it (DISPATCH_NOUNS)? What is
    said answering a call has its own clause ("responded that …", "“…,” he responded")."""
    return (
        lemma == "respond"
        and to < end_idx
        and toks[to].low == "to"
        and _noun_ahead(toks, to + 1, end_idx, DISPATCH_NOUNS) is not None
    )


# what may follow a vote or meeting convened: a time, a place, what it is on or of, another


_AFTER_CONVENED = TIME_OR_PREPOSITION | {"of", "for", "on", "over", "and", "but", "this", "next", "last", "off"}


def convenes(toks: list[Token], i: int, end_idx: int, lemma: str) -> bool:
    """Is this "call" a convening, "called the vote", "called an emergency meeting for Friday": a
    noun of a vote, meeting or election (CONVENED_NOUNS) its object at toks[i], nothing said of
    it after? Not "called the vote a sham" (a naming), nor "called for a vote" (a stance)."""
    if lemma != "call" or i >= end_idx or toks[i].low == "for":
        return False
    if toks[i].low in ALL_POSSESSIVES and not (i + 2 < end_idx and toks[i + 2].low == "off"):
        return False  # "called her vote for the war a mistake": a vote of hers, named ("called its meeting off")
    m = _noun_ahead(toks, i, end_idx, CONVENED_NOUNS)
    if m is None:
        return False
    while m + 1 < end_idx and toks[m + 1].low in CONVENED_NOUNS:
        m += 1  # "a strike vote"
    if m + 2 < end_idx and toks[m + 1].low.endswith("ly") and toks[m + 1].low not in CONVENED_NOUNS:
        m += 1  # "called the vote shortly after midnight", "called a vote immediately after the debate"
    after = toks[m + 1] if m + 1 < end_idx else None
    return after is None or not is_word(after) or after.low in _AFTER_CONVENED


def goods_recalled(toks: list[Token], vg: int, content_start: int) -> bool:
    """Is "recall" with a counted object ("is recalling 12,000 heaters", "recalled two million
    cars") the withdrawal of goods, nothing remembered? Not when a person is its subject: a
    person's pronoun, a noun for people or a named person ("she recalled two men running",
    "the witness recalled two shots", "Ana Ruiz recalled three nights without power")."""
    first = toks[content_start].low
    counted = first[:1].isdigit() or first in NUMBER_WORDS
    return counted and not (vg > 0 and _person_head(toks, vg - 1))


def _person_head(toks: list[Token], j: int) -> bool:
    """Does toks[j], the last word of a subject, name a person or people?"""
    low = toks[j].low
    if low in lx.PERSON_SUBJECT_PRONOUNS or _person_noun(low):
        return True  # not a group that acts as a body: "Authorities recalled 2,000 bottles"
    return toks[j].text[:1].isupper() and j > 0 and is_given_name(toks[j - 1].text)


def _person_noun(low: str) -> bool:
    """Is ``low`` a noun for a person or people by what they are or do ("witness", "neighbours")?"""
    return low in iw.PEOPLE_NOUNS or low in lx.PERSON_ROLES or (low.endswith("s") and low[:-1] in lx.PERSON_ROLES)


def people_word(low: str) -> bool:
    """Is ``low`` a noun for a person or people, a group's too ("witness", "voters", "officials")?"""
    return _person_noun(low) or low in lx.GROUP_NOUNS


def turned_up(toks: list[Token], i: int, end_idx: int) -> bool:
    """Is toks[i] the particle of "show up" (came, appeared: "showed up at the hearing"), not
    "up to" before a number ("showed up to 40 percent fewer")?"""
    if toks[i].low != "up":
        return False
    return not (i + 2 < end_idx and toks[i + 1].low == "to" and toks[i + 2].low[:1].isdigit())
