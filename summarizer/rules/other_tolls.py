"""People told as others of a toll's own harm in its sentence ("Four people were hurt, and two
others were treated for burns"): besides the toll, not among it."""

from __future__ import annotations

import itertools
import re

from summarizer.rules.written_counts import HARMS, FigureDraft
from summarizer.text.numbers import BESIDES
from summarizer.text.regex import compiled

_BESIDES = BESIDES[-1]
# the others are among the toll when an aside on its people names them: "Three people were
# injured, including two others who were trampled"
_AMONG_BEFORE = compiled(r"\b(?:including|among(?:\s+them)?)\s+$", re.I)


def others_besides(view: str, drafts: list[FigureDraft]) -> None:
    """Label as besides (the evaluation adds them to the toll) the people counted as "others" right
    after a count of the same harm in the same sentence. Not a part told of the count ("Four people
    were hurt, two of them critically"), nor others of another harm ("one killed and two others
    hurt"), nor others in a later sentence ("Three of the five were flown out. Two others were
    driven"), nor others named in an aside on the toll's people ("…, including two others who were
    trampled"): the draft right before must be the same harm's, in the same sentence. ``drafts`` is
    in text order."""
    for before, d in itertools.pairwise(drafts):
        at = d.phrase_start if d.phrase_start >= 0 else d.span[0]  # "including at least two others"
        if (
            d.category in HARMS
            and before.category == d.category
            and before.sentence == d.sentence
            and d.noun == "others"
            and not d.label.endswith(BESIDES)
            and _AMONG_BEFORE.search(view, max(0, at - 20), at) is None
        ):
            d.label = f"{d.label} {_BESIDES}"
