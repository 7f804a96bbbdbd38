"""A subject closed by an appositive with a relative clause of its own ("Dana Whitlock, the
mayor who called the vote, said …", "Paul Ferris, a fisherman whose boat sank, said …").

The verb after the appositive's closing comma is the main clause's, and its speaker is the
subject with its appositive, not the relative clause ("Dana Whitlock, the mayor"); a verb inside
the relative clause reports, if at all, only up to that comma ("the coach who told reporters
the team was tired, said …"), and a stance or an act there ("who called the vote", "whose firm
denied the report") is the appositive's description, no report of the subject's.
"""

from __future__ import annotations

from summarizer.rules.attribution.phrases import np_left
from summarizer.rules.attribution.words import main_verb_after
from summarizer.text.base import Span
from summarizer.text.segments import Token

# the words that open a relative clause on the appositive's noun
_RELATIVES = frozenset({"who", "whose", "which", "that"})

# how far a relative word may stand from the appositive's comma ("the former deputy mayor who")
# and from the verb it opens ("whose fishing boat sank")
_NOUN_SPAN = 6
_WHOSE_SPAN = 3


def _word(t: Token) -> bool:
    return t.text[:1].isalnum()


def relative_in_appositive(toks: list[Token], vg: int) -> int | None:
    """The index of the comma that sets off the relative clause the verb group at ``vg`` is the
    verb of, or the appositive it hangs on ("Dana Whitlock, the mayor who called …": the comma
    after "Whitlock"; "The mayor, who called …"); None when the verb is in no such clause."""
    rel = next(
        (
            r
            for r in range(vg - 1, max(-1, vg - 2 - _WHOSE_SPAN), -1)
            if toks[r].low in _RELATIVES and (r == vg - 1 or toks[r].low == "whose")
        ),
        None,
    )
    if rel is None or rel < 2 or not all(_word(t) for t in toks[rel + 1 : vg]):
        return None
    for c in range(rel - 1, max(0, rel - 1 - _NOUN_SPAN), -1):
        if toks[c].text == ",":
            # a noun of its own between the comma and the relative word, a word before the comma
            return c if c >= 1 and _word(toks[c - 1]) else None
        if not _word(toks[c]) and toks[c].text not in ("'s", "’s", "-"):
            return None
    return None


def appositive_close(toks: list[Token], vg: int, end_idx: int) -> int | None:
    """The comma that closes the appositive whose relative clause the verb at ``vg`` opens: the
    first comma after it that the main clause's verb follows ("…, said", "…, left early", "…,
    now says"); what the clause reports ends there. None when there is none ("who spoke of the
    museum's director, Lonnie Bunch": a comma of the clause's own)."""
    if relative_in_appositive(toks, vg) is None:
        return None
    return next(
        (
            m
            for m in range(vg + 1, end_idx - 1)
            if toks[m].text == "," and main_verb_after(toks, m + 1, any_finite=True)
        ),
        None,
    )


def without_relative(toks: list[Token], subject: Span, vg: int) -> Span:
    """The main verb's subject without the relative clause set off after it: "Dana Whitlock,
    the mayor who called the vote," → "Dana Whitlock, the mayor"; "The union, which represents
    400 members," → "The union"; any other subject as it is."""
    if vg < 3 or toks[vg - 1].text != "," or toks[vg - 1].start < subject[0]:
        return subject
    lo = next((i for i in range(vg - 1, -1, -1) if toks[i].start <= subject[0]), 0)
    for r in range(lo + 1, vg - 1):
        if toks[r].low in _RELATIVES and any(t.text == "," for t in toks[lo:r]) and _opens_clause(toks, r, vg):
            end = r - 1 if toks[r - 1].text == "," else r
            if end <= lo:
                return subject
            start = subject[0]
            if end == r - 1:
                # "Wes Tolland, the owner, whose shop was looted, said": the noun phrase that ends
                # at the relative's comma, a name with its appositive ("Wes Tolland, the owner")
                s = np_left(toks, end, 0)
                start = min(start, toks[s].start) if s is not None else start
            return (start, toks[end - 1].end)
    return subject


# the verbs a relative "that" is followed by ("a lawyer that represents", "a firm that has"),
# not a determiner ("the author of that book")
_AFTER_THAT = frozenset({"is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "does", "did"})


def _opens_clause(toks: list[Token], r: int, vg: int) -> bool:
    if toks[r].low != "that":
        return True
    nxt = toks[r + 1].low if r + 1 < vg else ""
    return nxt in _AFTER_THAT or (nxt.endswith(("s", "ed")) and toks[r - 1].low.isalpha() and len(nxt) > 3)
