"""A description with a name set off after it as the subject of two verbs: in "A spokeswoman for
the ministry, Lia Park, said the review was done and urged calm" the second verb's subject is the
whole phrase, the name with it, as the first verb's is; not the bare description."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import is_name
from summarizer.rules.attribution.words import COORDINATORS
from summarizer.text.segments import Token

__all__ = ["named_apposition_end"]


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
