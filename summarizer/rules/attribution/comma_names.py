"""An organisation's name that lists its fields with commas: "The Oil, Gas and Allied Workers
Union said …", "The Ministry of Health, Labour and Welfare said …". A noun phrase read leftward
stops at a comma, which would leave "Gas and Allied Workers Union" or "Labour and Welfare"; the
name runs back over single capitalised words each closed by a comma, when the phrase joins
capitalised words with "and", to the article that opens it (the list ends in a body's head:
"union", "federation") or to a body's head with "of" before the list ("Ministry of", "Council of")."""

from __future__ import annotations

from summarizer.rules.attribution.words import ARTICLES
from summarizer.rules.trade_names import TRADE_NAME_HEADS
from summarizer.text.segments import Token

_MAX_ITEMS = 4  # "The Oil, Gas, Chemical and Allied …": at most four trades before "and"


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and t.text.isalpha()


def _joined(part: list[Token]) -> bool:
    """Capitalised words joined by "and" somewhere inside ``part``."""
    return any(
        t.low == "and" and 0 < m < len(part) - 1 and part[m - 1].text[:1].isupper() and part[m + 1].text[:1].isupper()
        for m, t in enumerate(part)
    )


def _head_of(toks: list[Token], k: int, lo: int) -> int | None:
    """Where the name starts when toks[k] is "of" after a capitalised body's head ("the Ministry
    of"): the article before the head, or the head; otherwise None."""
    if k - 1 < lo or toks[k].low != "of" or not (_capitalised(toks[k - 1]) and toks[k - 1].low in TRADE_NAME_HEADS):
        return None
    return k - 2 if k - 2 >= lo and toks[k - 2].low in ARTICLES else k - 1


def comma_name_start(toks: list[Token], start: int, j: int, lo: int) -> int:
    """Where the name whose last comma-free part is toks[start..j] starts: ``start`` itself, or the
    article before a run of "Word," items ("The Oil, Gas and Allied Workers Union"), or the body's
    head with "of" before them ("the Ministry of Health, Labour and Welfare")."""
    if start - 3 < lo or toks[start - 1].text != ",":
        return start
    headed = toks[j].low in TRADE_NAME_HEADS and _joined(toks[start:j])
    # "Labour and Welfare": every word capitalised but the "and" that joins them
    listed = _joined(toks[start : j + 1]) and all(_capitalised(t) or t.low == "and" for t in toks[start : j + 1])
    if not (headed or listed):
        return start
    k = start - 1  # a comma
    for _ in range(_MAX_ITEMS):
        if not _capitalised(toks[k - 1]):
            return start
        if headed and k - 2 >= lo and toks[k - 2].low in ARTICLES:
            return k - 2
        opened = _head_of(toks, k - 2, lo) if listed and k - 2 >= lo else None
        if opened is not None:
            return opened
        if k - 2 < lo or toks[k - 2].text != ",":
            return start
        k -= 2
    return start


def comma_name_end(toks: list[Token], start: int, end: int, hi: int) -> int:
    """Where the name that an article at toks[start] opens ends, read rightward, when a phrase
    read to ``end`` stopped at a comma after one capitalised word ("according to the Oil, Gas and
    Allied Workers Union, …"): past the comma-closed words to the body's head; else ``end``."""
    if toks[start].low not in ARTICLES or end != start + 2 or end >= hi or toks[end].text != ",":
        return end
    k = end  # a comma closing one capitalised word
    for _ in range(_MAX_ITEMS):
        if k + 2 >= hi or toks[k + 2].text != ",":
            break
        k += 2
    last = k + 1  # the comma-free part: capitalised words joined by "and", up to the body's head
    j = last
    while j < hi and toks[j].text[:1].isalnum():
        j += 1
    if j - 1 <= last or comma_name_start(toks, last, j - 1, start) != start:
        return end
    return j
