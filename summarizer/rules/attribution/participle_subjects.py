"""A source with a participle phrase after it, as subject: "A woman walking her dog said …",
"Officials investigating the crash said …", "A neighbour watching from her porch said …". Read
leftward from the cue, the noun phrase stops at the participle's object ("her dog"); the speaker
is the source noun before the participle, with the participle and its object."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.rules.attribution.words import NOT_PARTICIPLES, NP_PREPOSITIONS, PATH_PREPOSITIONS
from summarizer.text import incident_words as iw
from summarizer.text.segments import Token

# participles whose object names a report's sources ("a report citing officials"): the object
# is the source the report relies on, read by their own rule
_CITING = frozenset({"citing", "quoting"})


def _participle(t: Token) -> bool:
    """A lower-case verb form in -ing that may open a participle phrase."""
    low = t.low
    return t.text.islower() and low.isalpha() and len(low) > 5 and low.endswith("ing") and low not in NOT_PARTICIPLES


def participle_holder(toks: list[Token], start: int, lo: int, source: Callable[[Token], bool]) -> int | None:
    """The index of the source noun that a participle before toks[start] modifies ("woman" in "A
    woman walking her dog"), with at most one preposition between participle and object ("watching
    from her porch", "living near the plant", "marching through the streets"); None when the word before the participle is neither
    a person's noun nor a source noun in lower case (not "At Monday's briefing the minister said")."""
    p = start - 1
    if p - 1 >= lo and (toks[p].low in NP_PREPOSITIONS or toks[p].low in PATH_PREPOSITIONS):
        p -= 1
    if p - 1 < lo or not _participle(toks[p]) or toks[p].low in _CITING:
        return None
    head = toks[p - 1]
    low = head.low
    if not low.isalpha():
        return None
    return p - 1 if low in iw.PEOPLE_NOUNS or source(Token.of(low, head.start, head.end)) else None


def participle_subject_start(
    toks: list[Token],
    start: int,
    lo: int,
    source: Callable[[Token], bool],
    np_left: Callable[..., int | None],
) -> int | None:
    """Where the whole subject starts ("A" in "A woman walking her dog") when a participle
    phrase on a source noun ends at toks[start]: the noun phrase ``np_left`` reads back from that
    noun; None when there is no such phrase."""
    held = participle_holder(toks, start, lo, source)
    return np_left(toks, held, lo, appositive=False) if held is not None else None
