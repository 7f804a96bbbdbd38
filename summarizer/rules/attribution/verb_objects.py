"""A verb's object and how its content opens: the charge after "accused X of", the topic after a
noun of attitude ("expressed deep misgivings about …"), an object and an infinitive ("expect Ruiz
to win"), where a noun-phrase object ends ("mentioned the fee while driving"), and a fronted or an
elliptical clause the content opens with ("said if the levy fails, …", "said as he had in May,
…"). Where the content ends is `content`'s."""

from __future__ import annotations

from summarizer.rules.attribution.complements import clause_follows, skip_adverbials
from summarizer.rules.attribution.content import PASTS, has_verb, subject_and_verb
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.words import (
    ADJUNCT_OPENERS,
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    COORDINATORS,
    FINITE,
    SUBORDINATORS,
    WHO_WHICH,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token


def accusation(toks: list[Token], lemma: str, i: int, hi: int) -> int:
    """Where the charge starts after "accuse": "accused Vane of being a spendthrift" -> "being …"."""
    if lemma != "accuse":
        return i
    of = next((m for m in range(i + 1, min(hi - 1, i + 10)) if toks[m].low == "of"), None)
    return of + 1 if of is not None else i


# what may stand before a noun of attitude in a stance verb's object: "deep", "grave", "some"
_NOUN_MODIFIERS = frozenset({"a", "an", "some", "deep", "grave", "serious", "strong", "growing", "new", "real",
                             "public", "private", "sharp", "great", "no", "any", "little", "much", "many",
                             "such", "renewed", "continued", "concern", "particular"})  # fmt: skip


def attitude_object(toks: list[Token], i: int, hi: int) -> int:
    """Where the content starts after a noun of attitude in a stance verb's object: "expressed
    deep misgivings about the deal" -> "the deal"; ``i`` when the object is no such noun."""
    for m in range(i, min(hi - 2, i + 4)):
        low = toks[m].low
        if low in lx.ATTITUDE_NOUNS and toks[m + 1].low in lx.ATTITUDE_NOUN_OPENERS and is_word(toks[m + 2]):
            return m + 2
        if low not in _NOUN_MODIFIERS and not (low.endswith("ly") and low.isalpha()):
            return i
    return i


def object_infinitive(toks: list[Token], i: int, hi: int) -> bool:
    """Does an object and an infinitive start at toks[i] ("expect Clinton to win", "expects them
    to become …")? A belief about what someone will do."""
    for j in range(i + 1, min(hi - 1, i + 5)):
        if toks[j].low == "to":
            nxt = toks[j + 1].low
            return (
                is_word(toks[j + 1])
                and nxt not in lx.DETERMINERS
                and nxt not in ARTICLES
                and all(is_word(t) and t.low not in FINITE for t in toks[i:j])
            )
    return False


def object_end(toks: list[Token], i: int, hi: int) -> int:
    """Where a verb's noun-phrase object starting at toks[i] ends: before an adjunct ("during a
    rally"), a relative clause on it or a second verb ("turned down the post and has since moved away")."""
    quoted = False  # inside a quote the words are the source's ("called it 'a time when …'")
    for k in range(i + 1, hi):
        low = toks[k].low
        if toks[k].text in ALL_QUOTES:
            quoted = not quoted
        if low in ADJUNCT_OPENERS and not (low == "while" and toks[k - 1].low in ARTICLES):  # "for a while"
            return k - 1 if toks[k - 1].low == "on" and k - 1 > i else k  # "grilled the chief on Tuesday"
        if toks[k].text == "," and k + 1 < hi and toks[k + 1].low in WHO_WHICH:
            return k  # "accepted the survey's findings, which left him …"
        if low in _OBJECT_ENDING_SUBORDINATORS and not quoted and k > i + 1 and clause_follows(toks, k + 1, hi):
            return k  # "described her as a reformer when she ran": when, not what
        if toks[k].text == "as" and not quoted and k > i + 1 and _as_clause(toks, k + 1, hi):
            return k  # "condemned the launch as Lorn fired …": when, not what it was seen as (not a
            # title-case "As", where capitals tell no clause)
        if low in COORDINATORS and k + 1 < hi:
            nxt = toks[k + 1].low
            if (
                nxt in FINITE
                or nxt in lx.AUXILIARIES
                or nxt in PASTS
                or (nxt.endswith("ed") and len(nxt) > 4 and not (k + 2 < hi and toks[k + 2].low == "by"))
                or (toks[k - 1].text == "," and clause_follows(toks, k + 1, hi))
            ):
                return k  # not "called the claims baseless and invented by …"
    return hi


# verbs of saying whose content is a clause, "that" or not; and "find", whose object is what was
# found, a relative on it the finding's news ("police found the man, who was taken to …")
_CLAUSE_TAKERS = frozenset({"say", "tell", "add", "note", "argue", "insist", "write", "explain", "state", "report",
                            "claim", "contend", "assert", "allege", "believe", "think", "find"})  # fmt: skip
# what opens a noun-phrase object, never a clause's subject: an article, a possessive, "him"
_NOUN_OBJECT_OPENERS = frozenset(ARTICLES_AND_POSSESSIVES | {"its", "our", "my", "your"} | lx.PERSON_OBJECT_PRONOUNS)


def noun_object_end(toks: list[Token], i: int, end: int, lemma: str) -> int:
    """Where a reporting verb's content starting at toks[i] ends when it is a noun phrase, not
    a clause ("mentioned the budget to me while driving" -> "the budget to me"; "said the
    budget will rise while …" is a clause, and runs to ``end``)."""
    if toks[i].low not in _NOUN_OBJECT_OPENERS or lemma in _CLAUSE_TAKERS:
        # a name or a bare noun may be a clause's subject ("Scott deserves …"), as is what
        # follows "said" without "that" ("said the tapes show him leaving when …")
        return end
    cut = _clause_after_object(toks, i, end)
    # a clause has its verb before the cut ("the budget will rise while …"); past it, the verb
    # is the adjunct's ("insults as she walked …")
    return end if cut < end and clause_follows(toks, i, cut) else cut


def _clause_after_object(toks: list[Token], i: int, end: int) -> int:
    """Where a clause set after the object starting at toks[i] begins: a relative set off by a
    comma (", which …"), a clause of time or cause ("while driving", "as she walked"); ``end``
    when none does before a colon (what follows a colon explains the object, words and all)."""
    quoted = False
    for k in range(i + 1, end):
        t = toks[k]
        if t.text in ALL_QUOTES:
            quoted = not quoted
        elif t.text == ":" or quoted:
            if t.text == ":":
                return end
        elif t.text == "," and k + 1 < end and toks[k + 1].low in WHO_WHICH:
            return k  # "the wisdom of the plan, which has never …"
        elif t.low in _OBJECT_CLOSING_SUBORDINATORS and k > i + 1 and toks[k - 1].low not in ARTICLES:
            return k  # "the budget to me while driving home" (not "for a while")
        elif t.low == "as" and k > i + 1 and _as_clause(toks, k + 1, end):
            return k
    return end


# what opens a clause of time or cause after a reporting verb's object
_OBJECT_CLOSING_SUBORDINATORS = frozenset({"while", "until", "because", "although", "though", "whereas", "when"})


def _as_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause of time open at toks[i] after "as" ("as she hurries on", "as Lorn fired
    …"), not the role or quality "as" gives the object ("hailed him as a hero", "saw it as
    Lorn's best")? A personal pronoun or a name as subject, then its verb."""
    if i + 1 >= hi:
        return False
    first, nxt = toks[i], toks[i + 1].low
    if first.low in lx.PERSON_SUBJECT_PRONOUNS:
        return is_word(toks[i + 1]) and nxt not in ARTICLES
    return first.text[:1].isupper() and first.low not in ARTICLES and subject_and_verb(toks, i, min(hi, i + 4))


# a subordinate clause after a stance's object tells when or why, not what the stance is on
_OBJECT_ENDING_SUBORDINATORS = frozenset({"when", "since", "until", "because", "although", "though", "whereas"})


def fronted_clause(toks: list[Token], i: int, hi: int, lemma: str) -> int | None:
    """The comma that closes a subordinate clause fronted in reported content, the main clause
    after it ("said if the levy fails, the pool will close", "said once the snow melts, the team
    …"): a subordinator, a clause with its verb, a comma within a few words, then a clause of
    its own; None when there is none ("said after the vote, …" fronts a phrase, no clause; "asked
    if …" opens a question)."""
    if elliptical_as(toks, i, hi) is not None:
        return None  # "said as he had in May, the pool …": the "as" clause is the saying's
    if lemma in _ASKING or i + 3 >= hi or toks[i].low not in SUBORDINATORS or toks[i + 1].low in _NOT_A_SUBJECT:
        return None
    comma = next((m for m in range(i + 1, min(hi - 2, i + 16)) if not is_word(toks[m])), None)
    if comma is None or comma < i + 3 or toks[comma].text != ",":
        return None
    if toks[comma + 1].low in COORDINATORS or toks[comma + 1].low in SUBORDINATORS:
        return None  # ", and the clerk nodded": a clause of its own, after the content
    if has_verb(toks, i + 1, comma) and has_verb(toks, comma + 1, min(hi, comma + 8)):
        return comma
    return None


def elliptical_as(toks: list[Token], i: int, hi: int) -> int | None:
    """Where what is said starts past an "as" clause whose verb is an auxiliary alone, its verb
    phrase the saying itself left out ("said as he had in May, the pool …", "said as she did
    last year, …"): the clause compares the saying, no part of what is said; None else."""
    if i + 4 >= hi or toks[i].low != "as":
        return None
    aux = next((m for m in range(i + 2, min(hi, i + 5)) if toks[m].low in _ELIDING_AUXILIARIES), None)
    if aux is None or not all(is_word(t) and t.low not in FINITE for t in toks[i + 1 : aux]):
        return None
    comma = skip_adverbials(toks, aux + 1, hi)
    return comma + 1 if comma + 1 < hi and toks[comma].text == "," else None


# auxiliaries that stand for a verb phrase left out ("as he had", "as she did", "as it does")
_ELIDING_AUXILIARIES = frozenset({"had", "has", "have", "did", "does", "do"})


# verbs whose "if" or "when" opens a question asked, not a fronted clause of what is said
_ASKING = frozenset({"ask", "wonder", "question", "inquire"})
# what after a subordinator opens no clause: "as much", "as well", "after all", "once more"
_NOT_A_SUBJECT = frozenset({"much", "well", "all", "more", "long", "soon", "far", "of", "to", "for", "a", "an"})
