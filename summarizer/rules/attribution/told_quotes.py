"""A quotation after the hearer of "told": 'Reyes told the Herald "nonsense" was all he heard'
says '"nonsense" was all he heard', the quote mark opening what was told, whatever its first word."""

from __future__ import annotations

from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

# quote marks that only ever close a quotation
_CLOSERS = frozenset({"”", "’", "»"})
# how many words a title in quote marks may run to
_TITLE_WORDS = 5
# small words a title in capitals keeps in lower case after its first word ("Face the Nation")
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by"})


def opening_quote(toks: list[Token], i: int, hi: int) -> bool:
    """Does a quote mark open a quotation at toks[i], after a hearer: a space before it, a word
    against it after ('the Herald "nonsense"'; not the closing mark of 'the "Herald" said'), and
    the clause going on after its closing mark ('"nonsense" was all …'; a quotation that ends the
    sentence, 'told the jury "yes."', is left to the readers of a quotation told whole)?"""
    if i < 1 or i + 1 >= hi or toks[i].text not in ALL_QUOTES or toks[i].text in _CLOSERS:
        return False
    if not (toks[i - 1].end < toks[i].start and toks[i].end == toks[i + 1].start and toks[i + 1].text[:1].isalnum()):
        return False
    return _goes_on(toks, i + 1, hi) and not _quoted_title(toks, i + 1, hi)


def _goes_on(toks: list[Token], i: int, hi: int) -> bool:
    """Is there a word after the quote mark that closes the quotation opening at toks[i]?"""
    close = next((k for k in range(i, hi) if toks[k].text in ALL_QUOTES and toks[k - 1].end == toks[k].start), None)
    return close is not None and any(t.text[:1].isalnum() for t in toks[close + 1 : hi])


def _quoted_title(toks: list[Token], i: int, hi: int) -> bool:
    """Are the words from toks[i] to the next quote mark a title in capitals, a few words long
    (the show of 'told MSNBC's "Morning Joe" that …', 'told CBS's "Face the Nation" that …': the
    hearer's name, not what was told)?"""
    return quoted_title_end(toks, i - 1, hi) is not None


# the nouns of a programme or an outlet that may follow its quoted title ('the "Today" show')
_PROGRAMME_NOUNS = frozenset({"show", "program", "programme", "podcast", "broadcast", "column", "newsletter"})


def quoted_title_end(toks: list[Token], k: int, hi: int) -> int | None:
    """Where a programme's or an outlet's title in quote marks that opens at toks[k] ends: the
    mark, a few words in capitals or numbers (small words in lower case after the first), the closing mark,
    and a programme noun if one follows ('told NBC's "Meet the Press" on Sunday that …', 'told the
    "Today" show that …', 'said on ABC's "This Week" that …': the hearer or the medium, not what
    was said); None else ('told them "We are done"', a quoted clause, is what was told)."""
    if k + 2 >= hi or toks[k].text not in ALL_QUOTES:
        return None
    for m in range(k + 1, min(hi, k + _TITLE_WORDS + 2)):
        if toks[m].text in ALL_QUOTES:
            if m == k + 1:
                return None
            return m + 2 if m + 1 < hi and toks[m + 1].low in _PROGRAMME_NOUNS else m + 1
        # a word in capitals, or a number ('"60 Minutes"'), or a small word after the first
        if not (
            toks[m].text[:1].isupper() or toks[m].text[:1].isdigit() or (m > k + 1 and toks[m].low in _TITLE_SMALL)
        ):
            return None
    return None
