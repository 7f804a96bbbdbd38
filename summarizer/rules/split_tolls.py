"""A count of people harmed told first and then split into its parts, the hurt and the dead:
"Five people were shot on Friday: three were hurt and two died". The first count is of the people
shot (the evaluation's shot less the dead), not of the hurt beside the parts: 2 dead, 3 hurt, not
5 hurt. Read only when the parts sum to it exactly and come right after it, in its sentence or the
next; a count whose parts do not sum to it ("Five people were shot. Two died and one was hurt in a
crash") keeps its reading, and so does a count of the hurt told beside the dead ("A man is dead
and three people are hurt": the dead are no part of the three, whatever the later sentences list).
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.text.added_counts import HURT_ENDS
from summarizer.text.implicit_counts import implicit_count
from summarizer.text.regex import compiled

__all__ = ["split_into_parts"]

# the harm word the first count's verb says, right after its words ("were shot", "were wounded")
_HARM_WORD = compiled(rf"[^.;:]{{0,40}}?\b({'|'.join(end.strip() for end in HURT_ENDS)})\b", re.I)

# the dead told right before the count, beside it: "A woman is dead and three men are hurt"
_DEAD_BEFORE = compiled(r"\b(?:dead|killed|died|dies|slain)\b[^.;:]{0,40}$", re.I)


def split_into_parts(view: str, drafts: list[FigureDraft]) -> None:
    """Relabel as people shot (category "other") a count of the hurt whose next two harm counts,
    in its sentence or the next, are one of the hurt and one of the dead that sum to it, the dead
    not told right before it, both parts written as numbers (not "a neighbor", a name: a person
    named may be someone else). ``drafts`` is in text order."""
    harms = [d for d in drafts if d.category in HARMS]
    for i, whole in enumerate(harms[:-2]):
        hurt_part, dead_part = sorted(harms[i + 1 : i + 3], key=lambda d: d.category != "injured")
        if (
            whole.category != "injured"
            or whole.roundup
            or whole.value_max is not None
            or (hurt_part.category, dead_part.category) != ("injured", "killed")
            or any(
                p.roundup or p.value_max is not None or p.sentence - whole.sentence > 1 for p in (hurt_part, dead_part)
            )
            or not (hurt_part.value >= 1 and dead_part.value >= 1)
            or any(implicit_count(p.text) is not None for p in (hurt_part, dead_part))
            or hurt_part.value + dead_part.value != whole.value
            or _DEAD_BEFORE.search(view, max(0, whole.span[0] - 60), whole.span[0])
        ):
            continue
        said = _HARM_WORD.match(view, whole.range_end)
        whole.category = "other"
        whole.label = f"{whole.noun or 'people'} {said.group(1).lower() if said else 'shot'}"
