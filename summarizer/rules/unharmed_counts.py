"""People a count names who came to no harm though the sentence tells one: those rescued or saved
("rescued 42 migrants") and those taken captive ("killed five and abducted 20 others")."""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text.regex import compiled

# people saved from the harm, told so by their own verb: "196 people had been rescued", "pulled
# eight out alive", "rescued 42 migrants"
_UNHARMED_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:rescued|saved|evacuated\s+safely|found\s+alive|pulled\s+(?:out\s+)?alive|unharmed|unhurt|uninjured|unscathed"
    r"|without\s+(?:any\s+|serious\s+)?(?:injury|injuries|harm))\b",
    re.I,
)
# a harm told of them after all in the same clause: "two people rescued from the river later died",
# "… pulled out alive with burns", or their care for one: "three men were rescued and were treated
# in hospital for burns", "… pulled out alive and hospitalized", "… and admitted to hospital"
_HARM_VERB_AT = compiled(
    r"\b(?:died|dies|die|killed|dead|injured|hurt|wounded|succumbed|with\s+(?!no\b)(?:[\w-]+\s+){0,2}?(?:burns|injuries)"
    r"|(?P<care>treated\s+(?:in|at|for)|hospitali[sz]ed|(?:in|to)\s+(?:the\s+|a\s+)?hospital))\b",
    re.I,
)
# care that tells no harm: "… rescued and taken to hospital for observation", "as a precaution"
_PRECAUTION_AT = compiled(
    r"\b(?:for\s+(?:further\s+)?(?:observation|evaluation|checks?|check-?ups?)|as\s+a\s+precaution|precautionary"
    r"|to\s+be\s+(?:checked|evaluated|examined|assessed))\b",
    re.I,
)


def unharmed_after(view: str, at: int, end: int) -> bool:
    """The people counted at ``at`` were saved, and the clause (to ``end``) tells no harm of them,
    nor care for one other than a precaution's."""
    m = _UNHARMED_AFTER.match(view, at, end)
    if m is None:
        return False
    harm = _HARM_VERB_AT.search(view, m.end(), end)
    while harm is not None and harm.group("care") and _PRECAUTION_AT.search(view, harm.end(), end):
        harm = _HARM_VERB_AT.search(view, harm.end(), end)
    return harm is None


# saved by a verb before the count: "rescued 42 migrants", "pulled out two men"
_UNHARMED_BEFORE = compiled(r"\b(?:rescued|saved|pulled\s+out)\s+$", re.I)
# people taken captive, the object of abduct/kidnap: no toll ("killed five and abducted 20 others"),
# unless a relative clause tells the harm of them all: "kidnapped three children, who were later
# found dead" (not "…, two of whom were freed", whose own count is read)
_CAPTIVE_BEFORE = compiled(rf"\b{iw.TAKEN_CAPTIVE}\s+(?:(?:his|her|their|the)\s+)?$", re.I)
_CAPTIVES_HARMED_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]*,?\s+who\s[^.;]{0,160}?\b(?:shot|killed|dead|died|murdered|slain|beheaded|executed)\b",
    re.I,
)


def unharmed_before(view: str, sent_start: int, at: int, count_end: int, sent_end: int) -> bool:
    """The people counted at ``at`` (to ``count_end``) were saved, or taken captive by the verb before
    them and told no harm of in a relative clause after (to ``sent_end``)."""
    if _UNHARMED_BEFORE.search(view, max(sent_start, at - 16), at):
        return True
    return bool(
        _CAPTIVE_BEFORE.search(view, max(sent_start, at - 24), at)
        and not _CAPTIVES_HARMED_AFTER.match(view, count_end, min(sent_end, count_end + 200))
    )
