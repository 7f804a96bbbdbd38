"""Reports and speaker tags set between dashes: "goals — some say unrealistic — for …" says
"unrealistic", the rest is the writer's; "The toll — officials insist — will not rise" says it all."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import DASHES
from summarizer.rules.attribution.phrases import is_word, spaced_hyphen
from summarizer.rules.attribution.words import PLACE_PREPOSITIONS, PREPOSITIONS, TIME_WORDS
from summarizer.text.segments import Token

# how far before the content the opening dash may stand: a subject of a few words, the verb, "that"
_OPENER_REACH = 8
# how far after the content's start the closing dash may stand
_CLOSER_REACH = 20
# how many words may stand between the tag's verb and its closing dash: "said on Friday", "told
# reporters in Lagos late on Monday" reach it in a phrase of when and where
_ADVERBIAL_REACH = 6
# what ends a sentence or a clause of its own: no aside runs past one
_STOPS = frozenset({";", ".", ":", "!", "?"})


def is_dash(toks: list[Token], m: int) -> bool:
    """Is toks[m] a dash that sets off an aside: an em or en dash, a doubled hyphen, the bar, or
    a hyphen with a space on both sides ("goals - some say -"; not the one in "5-4")?"""
    return toks[m].text in DASHES or spaced_hyphen(toks, m)


def aside_end(toks: list[Token], i: int, hi: int) -> int:
    """Where content starting at toks[i] ends when its subject and verb stand inside an aside a
    dash opens ("goals — some say unrealistic — for …" -> the closing dash); ``hi`` when the
    words before the content reach no dash, the dash before them closes an earlier aside
    ("the goals — set in May — some say are too high"), or no dash of its kind closes it before
    ``hi`` (a dash before a final clause: "The fares fell — critics say too late.")."""
    m = i - 1
    while m >= max(1, i - _OPENER_REACH) and is_word(toks[m]):
        m -= 1
    if m < 1 or m == i - 1 or not is_dash(toks, m):
        return hi
    dash = toks[m].text
    if sum(1 for j in range(m) if toks[j].text == dash and is_dash(toks, j)) % 2:
        return hi  # the dash closes an aside opened before it: the report is not inside one
    for k in range(i + 1, min(hi, i + _CLOSER_REACH)):
        text = toks[k].text
        if text in _STOPS:
            return hi
        if text == dash and is_dash(toks, k):
            return k if k + 1 < len(toks) and is_word(toks[k + 1]) else hi
    return hi


def tag_between_dashes(toks: list[Token], vg: int, after: int) -> bool:
    """Is the speaker tag whose verb group starts at toks[vg] set off by a pair of dashes, the
    closing one at toks[after] ("The toll — officials insist — will not rise")? A dash of the
    same kind a few words before the verb, one that opens an aside; the words between are its subject."""
    if after >= len(toks) or not is_dash(toks, after):
        return False
    m = vg - 1
    while m >= max(1, vg - _OPENER_REACH) and is_word(toks[m]):
        m -= 1
    return (
        m >= 1
        and m < vg - 1
        and toks[m].text == toks[after].text
        and is_dash(toks, m)
        and sum(1 for j in range(m) if toks[j].text == toks[m].text and is_dash(toks, j)) % 2 == 0
    )


def dash_after_adverbial(toks: list[Token], vg: int, after: int, hi: int) -> int:
    """Where a speaker tag set off by dashes ends when a phrase of when or where stands between
    its verb and the closing dash ("The toll — the mayor said on Friday — will rise"): the
    dash, the phrase opening at toks[after] with a time word or a preposition and holding words
    alone; ``after`` itself otherwise."""
    if after >= hi or not (
        toks[after].low in TIME_WORDS or toks[after].low in PREPOSITIONS or toks[after].low in PLACE_PREPOSITIONS
    ):
        return after
    for k in range(after + 1, min(hi, after + _ADVERBIAL_REACH + 1)):
        if is_dash(toks, k):
            return k if tag_between_dashes(toks, vg, k) else after
        if not is_word(toks[k]):
            return after
    return after
