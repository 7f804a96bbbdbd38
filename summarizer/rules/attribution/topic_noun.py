"""Pattern `topic_noun`: a noun of saying, charge or concern with its topic after "of" or
"about" ("allegations of fraud", "the mayor's comments about the budget"); its owner is the source."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import subject_of
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.phrases import is_word, source_head
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES, FINITE
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.segments import Token

_NOUNS = frozenset(lx.TOPIC_NOUNS)
# function words, never a modifier between an owner and the noun
_NOT_MODIFIERS = frozenset(lx.DETERMINERS | lx.PRONOUNS.keys() | lx.AUXILIARIES | {"and", "or", "of", "to", "in", "on"})
# words after which a noun of the list is a verb instead ("to talk about", "they doubt of")
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "should", "may", "might", "must", "not", "n't",
                          "never", "did", "does", "do", *lx.SUBJECT_PRONOUNS})  # fmt: skip
# "have" and verbs of asking, answering or voicing, whose subject owns the noun after it ("the
# board has questions about …", "the minister answered questions about …", "she raised concerns about …")
_HAVE = frozenset({"has", "have", "had", "asked", "asks", "answered", "answers", "fielded", "fields", "posed",
                   "poses", "raised", "raises", "voiced", "voices", "expressed", "expresses"})  # fmt: skip


@pattern(
    "topic_noun",
    165,
    "sentence",
    "a noun of saying, charge or concern with its topic after of or about; its owner is the source",
    (
        "The anglers went ahead with hopes of a calmer sea by noon.",
        "Councillor Vey's remarks about the ferry timetable drew a crowd.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find a noun of saying, charge or concern followed by its topic ("his questions about the
    fund's accounts", "criticism for its silence"): the topic, up to where a reported clause
    would end, is the content; a possessive before the noun names the source."""
    if scan.words.isdisjoint(_NOUNS):
        return
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    for k in scan.where(_NOUNS):
        if not 0 <= k < end_idx - 3:
            continue
        prep = toks[k + 1].low
        if prep not in lx.TOPIC_NOUNS[toks[k].low] or not is_word(toks[k + 2]):
            continue
        if k > 0 and toks[k - 1].low in _VERB_BEFORE:
            continue  # "to talk about", "they fear of", "will comment about": the word is a verb
        if ctx.inside_quote(toks[k].start) or not scan.free((toks[k].start, toks[k + 1].end)):
            continue
        owner_span: Span | None = None
        o = k  # where the owner's phrase starts (the noun itself when it has none)
        if k > 0:
            o = k - 1
            # one modifier between the owner and the noun: "his latest remarks about", "the
            # mayor's repeated questions about" (a lower-case word, no function word)
            if (k > 1 and toks[o].text[:1].islower() and is_word(toks[o]) and toks[o].low not in _NOT_MODIFIERS
                    and (toks[o - 1].low in lx.POSSESSIVE_DETERMINERS or toks[o - 1].low.endswith(("'s", "’s")))):  # fmt: skip
                o -= 1
            owner = toks[o]
            if owner.low.endswith(("'s", "’s")) and len(owner.low) > 3:
                o_first = o  # "the Harbour Board's claims of …": the capitals before it
                while o_first > 0 and is_word(toks[o_first - 1]) and toks[o_first - 1].text[:1].isupper():
                    o_first -= 1
                owner_span = (toks[o_first].start, owner.end - 2)
            elif owner.low in lx.POSSESSIVE_DETERMINERS:
                owner_span = (owner.start, owner.end)
        if owner_span is None and k > 1 and toks[o].low in _HAVE:
            # "the agency has questions about …": the one who has them asks them
            subject = subject_of(toks, verb_group_start(toks, o, 0))
            if subject not in (None, (-1, -1)) and source_head(scan.view, subject):
                owner_span = subject
        # with no owner ("faces allegations of fraud", "criticism for its silence") the topic is
        # still what a charge or a concern is about, read with its source unknown
        end = content_end(toks, k + 2, end_idx)
        if not any(t.low in FINITE or t.low in lx.CUE_FORMS or t.low in lx.STANCE_FORMS for t in toks[:o]):
            # the noun opens the sentence's subject ("Her remarks about the fees were …"): the
            # sentence's own verb is no part of the topic
            end = next((j for j in range(k + 3, end) if toks[j].low in FINITE or _verb_with_object(toks, j)), end)
        end = next((j for j in range(k + 3, end) if _duration_at(toks, j, end)), end)
        scan.add("topic_noun", (toks[k + 2].start, toks[end - 1].end), owner_span, (toks[k].start, toks[k + 1].end),
                 toks[k].low, short_ok=True)  # fmt: skip


def _duration_at(toks: list[Token], j: int, hi: int) -> bool:
    """Does a phrase of how long it went on start at toks[j] ("for nearly an hour", "for two
    days", "for about 40 minutes")? It tells how long the questions ran, not what they were about."""
    if toks[j].low != "for":
        return False
    m = j + 1
    while m < hi and toks[m].low in _ROUGHLY:
        m += 1
    if m + 1 >= hi or not (toks[m].low in _COUNT_WORDS or toks[m].low.isdigit()):
        return False
    return toks[m + 1].low.rstrip("s") in _UNITS


_ROUGHLY = frozenset({"nearly", "almost", "about", "around", "roughly", "over", "some", "more", "than", "at", "least",
                      "well", "just", "under", "close", "to"})  # fmt: skip
_COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "several", "many"})
_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _verb_with_object(toks: list[Token], j: int) -> bool:
    """Is toks[j] the sentence's own verb after a topic in its subject, a past tense in -ed
    with its object's determiner after it ("The debate about closures dominated the meeting")?
    Not a participle before a noun ("about the leaked emails"), nor one after a determiner."""
    t = toks[j]
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.low.endswith("ed")
        and j + 1 < len(toks)
        and toks[j + 1].low in _OBJECT_OPENERS
        and is_word(toks[j - 1])
        and toks[j - 1].low not in lx.DETERMINERS
    )


# what opens a verb's object ("dominated the meeting", "drained its budget")
_OBJECT_OPENERS = frozenset(ARTICLES_AND_POSSESSIVES | {"its", "our", "my", "your"})
