"""One street written two ways: its compass point and its type word in full or short ("North
Orrin Street", "N. Orrin St.", "N Orrin St"), so that a later mention with a house number or a
block is found for a street the story named first without one."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.text.base import Span
from summarizer.text.regex import compiled
from summarizer.text.scans import is_word_char

# each form of a compass point and of a type word, and the one it stands for
_COMPASS: dict[str, str] = {
    **{w: w[0] for w in ("North", "South", "East", "West")},
    **{f"{c}.": c for c in "NSEW"},
    **{c: c for c in "NSEW"},
}
_TYPES: dict[str, str] = {
    form: canon
    for canon, forms in {
        "Street": ("Street", "St.", "St"),
        "Avenue": ("Avenue", "Ave.", "Ave", "Av.", "Av"),
        "Road": ("Road", "Rd.", "Rd"),
        "Drive": ("Drive", "Dr.", "Dr"),
        "Lane": ("Lane", "Ln.", "Ln"),
        "Court": ("Court", "Ct.", "Ct"),
        "Boulevard": ("Boulevard", "Blvd.", "Blvd"),
        "Parkway": ("Parkway", "Pkwy.", "Pkwy"),
        "Place": ("Place", "Pl.", "Pl"),
        "Highway": ("Highway", "Hwy.", "Hwy"),
        "Terrace": ("Terrace", "Ter.", "Ter"),
        "Circle": ("Circle", "Cir.", "Cir"),
        **{w: (w,) for w in ("Way", "Trail", "Pike", "Alley", "Expressway", "Freeway")},
    }.items()
    for form in forms
}
# the word after the street's name, a type word in any form; and the word before it, a compass point
_TYPE_AFTER = compiled(r"\s+(?P<t>[A-Z][a-z]{1,8}\.?)(?![\w'’-])")
_COMPASS_BEFORE = compiled(r"(?<![\w'’.-])(?P<c>North|South|East|West|[NSEW]\.?)\s+\Z")


def street_parts(name: str) -> tuple[str | None, str, str] | None:
    """A street's compass point (one letter, or None), its name's own words and its type word
    (in full): "N. Orrin St." -> ("N", "Orrin", "Street"); None when the last word is no type
    word or nothing is left between ("North Street")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _TYPES:
        return None
    compass = _COMPASS.get(words[0]) if len(words) > 2 else None
    core = words[1:-1] if compass is not None else words[:-1]
    return compass, " ".join(core), _TYPES[words[-1]]


def written_again(view: str, name: str, start: int, end: int) -> Iterator[Span]:
    """Where view[start:end] names the street ``name`` again in any form of its compass point
    and type word ("North Orrin Street" … "N. Orrin St."), its compass point left out on either
    side or not, never another one ("S. Orrin St.", "Orrin Avenue"): the span from its compass
    point, or its name, to its type word. Those written as ``name`` come first: a story that
    names its scene in one form writes its address so too, and a mention in another form is
    more often another passage's (a caption, a list of earlier cases)."""
    yield from _as_written(view, name, start, end)
    parts = street_parts(name)
    if parts is None:  # a route, a street in lower case: as written only
        return
    compass, core, kind = parts
    pos = view.find(core, start, end)
    while pos != -1:
        after = pos + len(core)
        if not ((pos > 0 and is_word_char(view[pos - 1])) or (after < len(view) and is_word_char(view[after]))):
            t = _TYPE_AFTER.match(view, after, end)
            # (a full stop after a type word in full ends the sentence: "at 234 3rd Avenue. He …")
            word = t.group("t") if t is not None else ""
            if word not in _TYPES:
                word = word.removesuffix(".")
            if t is not None and _TYPES.get(word) == kind:
                c = _COMPASS_BEFORE.search(view, max(0, pos - 8), pos)
                s, e = (c.start() if c is not None else pos), t.start("t") + len(word)
                if (c is None or compass is None or _COMPASS[c.group("c")] == compass) and view[s:e] != name:
                    yield (s, e)
        pos = view.find(core, after, end)


def _as_written(view: str, name: str, start: int, end: int) -> Iterator[Span]:
    pos = view.find(name, start, end)
    while pos != -1:
        after = pos + len(name)
        if not ((pos > 0 and is_word_char(view[pos - 1])) or (after < len(view) and is_word_char(view[after]))):
            yield (pos, after)
        pos = view.find(name, after, end)
