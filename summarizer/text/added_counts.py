"""People added one at a time to a count told before ("another", "a second victim", "a woman was
also shot", "in addition"), read on figures of any model, with the label words of such counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from summarizer.text.base import Span
from summarizer.text.implicit_counts import ORDINAL_WORDS, ORDINALS, OWN_LIFE
from summarizer.text.regex import compiled


class _Counted(Protocol):
    """A figure as the model drafts it or as a summary states it."""

    @property
    def text(self) -> str | None: ...
    @property
    def label(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def span(self) -> Span | None: ...


_C = TypeVar("_C", bound=_Counted)
# one more person than those counted before: "another", an ordinal ("a second victim", "a third")
_ONE_MORE = compiled(rf"(?:(?P<another>another)|an?\s+(?P<ordinal>{ORDINAL_WORDS}))\b", re.I)
# the label's end of people hurt, some of whom died, not all injured ("four people shot, one fatally";
# "one of the three men wounded has died", "four people hospitalized"): the evaluation's injured are
# they less the dead
HURT_ENDS = (" shot", " wounded", " injured", " hurt", " stabbed", " hospitalized")
HURT_ONLY = (" wounded", " injured", " hurt")  # people told hurt, none of the dead among them
ALSO = "people also "  # the label of people told as besides those counted ("A woman was also wounded")
# the words that end the label of people the text tells as besides those counted ("In addition, a
# woman was shot": "people injured in addition")
BESIDES = ("in addition", "besides")
# the one who did it, by a reflexive ("before killing himself"): never one of the people they
# harmed, counted before; or the life they ended ("then took his own life")
_SELF_ONLY = compiled(rf"himself|herself|{OWN_LIFE}", re.I)


def ordinal_toll(text: str) -> int | None:
    """The toll an ordinal person tells, with those before: "a second person (has died)" is 2."""
    return ORDINALS[m["ordinal"].lower()] if (m := _ONE_MORE.match(text)) is not None and m["ordinal"] else None


def added_after(first: _C, figures: Sequence[_C]) -> list[_C]:
    """The figures right after ``first`` (none of another category between) that add people to
    it, each told as one more: "another" after one person (after several, most often one of
    them), the ordinal that goes on from the count so far ("a third" after two), or people
    labelled "also" hurt after one person (after several, most often one of them described:
    "Two were shot. Officers found a man … A woman was also shot."), or after any count when the
    text says they are besides it. None when the first is itself one more ("one killed and
    another hurt"), whose repeats would be counted again, but an ordinal that goes on from the
    people of both fates ("one killed and another hurt … a third victim"). Past a count of the
    other fate, the first figure after it ends the run, and is added to the dead only when it is
    the one who did it, by a reflexive ("killing four and injuring 11 before turning the gun on
    himself"), or fewer of the people told hurt just before, dead later ("two women were hurt …
    one of the women died"), unless those hurt are as many as the dead and the injured told so
    far, the same people retold ("one man died and another was hurt … two men wounded … one of
    them died")."""
    if not first.text or first.label.startswith(ALSO) or first.span is None:
        return []
    lead_more = _ONE_MORE.match(first.text) is not None
    start = first.span[0]
    count = first.value
    out: list[_C] = []
    crossed = False  # a count of the other fate told since the first
    hurt: _C | None = None  # the people told hurt (not "shot", which may hold the dead) crossed last
    told = 0  # the injured told since the first
    for f in sorted(
        (f for f in figures if f.span is not None and f.span[0] > start), key=lambda f: f.span[0] if f.span else 0
    ):
        if f.category != first.category:
            hurt = f if f.category == "other" and f.label.endswith(HURT_ONLY) else None
            told += int(f.value) if f.category == "injured" else 0
            if first.category != "killed" or (f.category != "injured" and hurt is None):
                break
            crossed = True
            continue
        if crossed:
            # or some of the people told hurt right before, dead later ("two women were hurt … one
            # of the women died": their count less them is the hurt, as count_of reads it), unless
            # those hurt are as many as the dead and the injured told so far, the same people told
            # again ("One man died and another was hurt … found two men wounded … one of them died")
            retold = hurt is not None and hurt.value <= count + told
            if not _SELF_ONLY.fullmatch(f.text or "") and (hurt is None or f.value >= hurt.value or retold):
                break
            count += f.value
            out.append(f)
            break
        m = _ONE_MORE.match(f.text or "")
        if m is not None and f.value == 1:
            ordinal = m.group("ordinal")
            n = ORDINALS[ordinal.lower()] if ordinal else 2
            besides = _other_fate_before(first, figures, f) if ordinal else 0
            if not (besides and n == count + besides + 1) and (lead_more or n != count + 1):
                break
        elif lead_more or not (
            f.label.endswith(BESIDES)
            or (f.label.startswith(ALSO) and first.value == 1)
            or _SELF_ONLY.fullmatch(f.text or "")
        ):
            break
        count += f.value
        out.append(f)
    return out


_FATES = ("killed", "injured")


def _other_fate_before(first: _C, figures: Sequence[_C], f: _C) -> float:
    """The people of the other fate than ``first``'s (the dead beside the wounded) told before
    ``f``: the largest count of them, 0 when none."""
    if first.category not in _FATES or f.span is None:
        return 0
    other = _FATES[1 - _FATES.index(first.category)]
    return max(
        (g.value for g in figures if g.category == other and g.span is not None and g.span[0] < f.span[0]), default=0
    )
