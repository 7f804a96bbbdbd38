"""What a reporting verb takes, read for the subject-verb pattern: where its content starts (past
a hearer, adverbials, "that", an aside set off by commas, or a topic's preposition: "commented on
the ruling", "agreed with Ruiz that …"; not a medium's: "wrote on Twitter that …"), and whether
what follows is content at all (a clause, "that", an infinitive or a topic the verb takes) or a
thing ("wrote a letter", "denied a permit")."""

from __future__ import annotations

from summarizer.rules.attribution.asked import asked_question
from summarizer.rules.attribution.clauses import (
    evidence_subject,
)
from summarizer.rules.attribution.complements import clause_follows, skip_adverbials
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.other_senses import answers_by_going, unanswered
from summarizer.rules.attribution.participle_reports import (
    free_participle,
    participle_report_at,
)
from summarizer.rules.attribution.phrases import (
    is_word,
)
from summarizer.rules.attribution.verb_hearers import asked_for, skip_hearer
from summarizer.rules.attribution.verb_objects import (
    elliptical_as,
    fronted_clause,
    object_infinitive,
)
from summarizer.rules.attribution.words import (
    ABOUT_VERBS,
    ARTICLES_AND_POSSESSIVES,
    GRANTS,
    NOUN_PHRASE_OPENERS,
    OF_VERBS,
    ON_MANNERS,
    ON_VERBS,
    REFLEXIVES,
    THING_OBJECT_VERBS,
    TIME_WORDS,
    TO_VERBS,
    TOPIC_OPENERS,
    WHO_WHICH_WHOM,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

_AGREE = frozenset({"agree", "disagree", "concur"})
# the prepositions that open a verb's topic, not an adverbial, after the verbs listed
_TOPIC_PREPOSITIONS: dict[str, frozenset[str]] = {"on": frozenset(ON_VERBS), "with": _AGREE}


def _medium(toks: list[Token], i: int, hi: int) -> bool:
    """Is the phrase after "on" at toks[i] where or how something was said ("on Twitter that …",
    "on his blog:", "on behalf of", "on the record"), not what about?"""
    head = toks[i + 1].low if toks[i].low in ARTICLES_AND_POSSESSIVES and i + 1 < hi else toks[i].low
    if head in ON_MANNERS:
        return True
    for m in range(i, min(hi, i + 5)):
        if toks[m].low == "that" or toks[m].text == ":" or toks[m].text in ALL_QUOTES:
            return m > i
        if not is_word(toks[m]):
            return False
    return False


def _that_after_partner(toks: list[Token], i: int, hi: int) -> int | None:
    """The "that" after the partner of an agreement ("with Ruiz that …"), a few words on with no
    verb or comma between; None when there is none."""
    for m in range(i, min(hi - 1, i + 6)):
        low = toks[m].low
        if low == "that":
            return m if m > i else None
        if not is_word(toks[m]) or low in lx.CUE_FORMS or low in lx.AUXILIARIES:
            return None
    return None


# a finite verb right after "that": "that" is the clause's subject ("said that would be a
# mistake"), not the word opening it
_THAT_AS_SUBJECT = frozenset({"would", "will", "is", "was", "could", "can", "should", "might", "may", "has", "had"})


def content_opening(scan: SentenceScan, last: int, lemma: str) -> tuple[int, bool] | None:
    """Where the content starts after the verb (past a hearer, adverbials, "that", an aside),
    and whether "that" opened it."""
    toks, end_idx = scan.toks, scan.end_idx
    content_start = skip_hearer(toks, last + 1, end_idx, lone=True) if lemma in lx.HEARER_VERBS else last + 1
    # "asked for blankets and coats", "asked him a question": a thing or the act, no words told
    asks_nothing = lemma == "ask" and (asked_for(toks, last + 1, end_idx) or asked_question(toks, last + 1, end_idx))
    if asks_nothing or answers_by_going(toks, last + 1, end_idx, lemma):
        return None  # (and "responded to the call")
    content_start = elliptical_as(toks, content_start, end_idx) or content_start  # "said as he had in May, …"
    if fronted_clause(toks, content_start, end_idx, lemma) is not None:
        return content_start, False  # "said once the snow melts, the team …": the condition is said too
    if not (
        content_start + 1 < end_idx
        and lemma in _TOPIC_PREPOSITIONS.get(toks[content_start].low, ())
        and toks[content_start + 1].low not in TIME_WORDS
        and not (toks[content_start].low == "on" and _medium(toks, content_start + 1, end_idx))
    ):
        # "commented on the ruling", "agreed with Ruiz": the topic's preposition, not a time's
        # ("commented on Friday that …") nor a medium's ("wrote on Twitter that …")
        content_start = skip_adverbials(toks, content_start, end_idx)
        content_start = elliptical_as(toks, content_start, end_idx) or content_start  # ", as he had in May,"
    elif lemma in _AGREE and (that := _that_after_partner(toks, content_start + 1, end_idx)) is not None:
        return that + 1, True  # "agreed with Ruiz that the fee is too high": what they agree on
    has_that = False
    if (
        content_start < end_idx
        and toks[content_start].low == "that"
        and not (content_start + 1 < end_idx and toks[content_start + 1].low in _THAT_AS_SUBJECT)
    ):
        has_that = True
        content_start += 1
    elif content_start < end_idx and toks[content_start].text in (",", ":"):
        # "insists, most recently in an interview with ABC News, that …": an aside first
        aside = next(
            (
                m
                for m in range(content_start + 2, min(end_idx - 1, content_start + 16))
                if toks[content_start].text == "," and toks[m].text == "," and toks[m + 1].low == "that"
            ),
            None,
        )
        if aside is not None:
            content_start = aside + 2
            has_that = True
        elif participle_report_at(toks, content_start + 1):
            return None  # "replied, writing that …": the participle reports, read on its own
        elif toks[content_start].text == "," and free_participle(toks, content_start + 1, end_idx):
            return None  # "shouted in the square, drawing a crowd": the act's circumstance, no words
        else:
            content_start += 1
    if content_start >= end_idx:
        return None
    return content_start, has_that


def takes_content(scan: SentenceScan, vg: int, lemma: str, kind: str, content_start: int, has_that: bool) -> bool:
    """Is what follows the verb its content (a clause, "that", an infinitive it takes, a topic)?"""
    view, toks, end_idx = scan.view, scan.toks, scan.end_idx
    if (
        kind in ("cognition", "evidence")
        and not has_that
        and not clause_follows(toks, content_start, end_idx)
        and not (kind == "cognition" and object_infinitive(toks, content_start, end_idx))
        and not (toks[content_start].low == "to" and lemma in TO_VERBS)  # "hopes to win"
        and (kind == "cognition" or not evidence_subject(view, toks, vg))
    ):
        return False
    if fronted_clause(toks, content_start, end_idx, lemma) is not None:
        return True  # "said when the crews arrived, two workers …": a clause on what follows, said too
    first = toks[content_start].low
    if first in WHO_WHICH_WHOM or first == "whose" or (first in REFLEXIVES and lemma == "find"):
        return False  # "the sultan of Pahang state, who …": a noun read as the verb; "finds itself"
    if (
        (lemma in THING_OBJECT_VERBS or (lemma == "deny" and any(t.low in GRANTS for t in toks[content_start:][:3])))
        and not has_that
        and first not in TOPIC_OPENERS  # "wrote about the closure", "responded by cutting …"
        and toks[content_start].text not in ALL_QUOTES
        and toks[content_start - 1].text != ":"
        and not clause_follows(toks, content_start, end_idx)
    ):
        return False  # "added a second goal", "wrote a letter", "denied a permit": a thing, no statement
    second = toks[content_start + 1].low if content_start + 1 < end_idx else ""
    # "to more than double": a comparative before "than" opens no noun phrase ("agreed to more talks")
    comparative = content_start + 2 < end_idx and toks[content_start + 2].low == "than"
    # content that opens with a preposition is the verb's only when the verb takes that topic
    return (
        has_that
        or (
            first == "to"
            and lemma in TO_VERBS
            and (second not in NOUN_PHRASE_OPENERS or comparative)
            and not second[:1].isdigit()
        )
        or first not in TOPIC_OPENERS
        or (first == "about" and lemma in ABOUT_VERBS)
        or (first == "of" and lemma in OF_VERBS)
        or (first == "on" and lemma in ON_VERBS)
        or (first == "with" and lemma in _AGREE)
        or (first == "at" and second in ("least", "most"))  # "said at least three …"
        or (first == "by" and lemma == "respond" and second.endswith("ing"))  # "responded by using …"
        or (first == "to" and unanswered(toks, vg, content_start, lemma, end_idx))
        or (first == "about" and second[:1].isdigit())  # "said about 40 …"
        or (first == "as" and second == "much")  # "said as much": what was said before
    )
