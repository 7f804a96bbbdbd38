"""A description with a name set off after it as the subject of two verbs: in "A spokeswoman for
the ministry, Lia Park, said the review was done and urged calm" the second verb's subject is the
whole phrase, the name with it, as the first verb's is; not the bare description."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import is_name
from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES, COORDINATORS
from summarizer.text.segments import Token

__all__ = ["named_apposition_end", "named_apposition_start"]


def named_apposition_end(toks: list[Token], k: int, hi: int, *, closing: bool = False) -> int:
    """Where a subject that ends before toks[k] ends when a name set off by commas follows its
    head, a noun in lower case ("the mayor's chief of staff, Ann Roy,"): the closing comma's
    index; else k. Not a list of names ("…, Ann Roy, and …"), nor a name with no comma after
    (``closing``: the name may close the sentence at hi, "… according to her aide, Ann Roy.")."""
    if k < 1 or k + 2 >= hi or toks[k].text != "," or not toks[k - 1].text.isalpha() or not toks[k - 1].text.islower():
        return k
    close = next((m for m in range(k + 3, min(hi, k + 7)) if toks[m].text == ","), None)
    if close is None and closing and hi - k - 1 <= 5:
        return hi if is_name(toks[k + 1 : hi]) else k
    if close is None or close + 1 >= hi or toks[close + 1].low in COORDINATORS:
        return k
    return close if is_name(toks[k + 1 : close]) else k


def named_apposition_start(toks: list[Token], start: int | None) -> int | None:
    """Where a speaker that opens at toks[start] with a name set off by commas opens when a
    description with an article or a possessive stands before the name ("…, the mayor, Ann
    Roy, 41, said": the speaker opens at "the"); else start. Not a name after a clause's word
    ("The dam is safe, Ann Roy, 41, said"), nor one whose description is not set off by a comma."""
    if start is None or start < 4 or toks[start - 1].text != ",":
        return start
    if named_apposition_end(toks, start - 1, len(toks)) == start - 1:
        return start
    outer = np_left(toks, start - 2, 0, appositive=False)
    if outer is None or outer < 2 or toks[outer].low not in ARTICLES_AND_POSSESSIVES or toks[outer - 1].text != ",":
        return start
    return outer
