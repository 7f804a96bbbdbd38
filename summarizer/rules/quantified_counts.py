"""Parts and quantifiers over the people counted: a negative quantifier that denies the harm to
all of them ("none of the four victims has died"), the group a part is of ("one of the three men"),
a group fronted before the part the clause tells of ("of the four officers, two were hurt").
written_counts reads a number's category with them.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_context import is_countable, noun_after
from summarizer.text import incident_words as iw
from summarizer.text.lexicon import NEGATIVE_QUANTIFIER_PRONOUNS
from summarizer.text.numbers import find_numbers
from summarizer.text.regex import compiled

# a quantifier that denies the fate to all of the people counted: "none of the four people who were
# shot has died", "neither of the two men …", "no one among the 12 guests …"
_NEGATIVE_QUANTIFIERS = "|".join(
    w.replace(" ", r"\s+") for w in sorted(NEGATIVE_QUANTIFIER_PRONOUNS, key=lambda w: (-len(w), w))
)
# or over a group told by its size: "nobody among the staff of 40 was hurt", "none of its crew of 12 …"
_SIZED_GROUP = "|".join(sorted(iw.SIZED_GROUP_NOUNS))
NONE_OF_BEFORE = compiled(
    rf"\b(?:{_NEGATIVE_QUANTIFIERS}|not\s+one|not\s+any)\s+(?:of|among)\s+(?:the\s+|those\s+|their\s+)?"
    rf"(?:(?:its\s+|our\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?(?:{_SIZED_GROUP})\s+of\s+)?$",
    re.I,
)
# a group fronted, opening its sentence or clause, then the part of it the clause tells of:
# "Of the four officers, two were hurt"; not "the deaths of the 12 miners, two of whom …"
OF_BEFORE = compiled(r"(?:^[\W_]*|[,;:]\s*)of\s+(?:the|those|their)\s+$", re.I)
# the count is the group a part is of: "(one) of the three men …"
GROUP_OF_PART_BEFORE = compiled(r"\bof\s+(?:the\s+|those\s+|these\s+)?$", re.I)
# the group a part is of, the part the object of a harm before it: "fatally shot one of two
# intruders", "wounded two of the five guards" (the harm is the part's; the group is only its size)
HARMED_PART_BEFORE = compiled(
    r"\b(?:shot|killed|wounded|injured|stabbed|hurt|struck|hit)\s+(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d{1,3})\s+of\s+(?:the\s+|those\s+|these\s+)?$",
    re.I,
)
PART_AFTER = compiled(
    rf"(?:\s+[\w'’-]+){{0,2}}?\s*,\s*(?:{_NEGATIVE_QUANTIFIERS}|not\s+one"
    r"|(?P<some>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|some|several|most|many|few))\b(?!\s+of\b)",
    re.I,
)
# the group fronted, opening the sentence, and a number right after its comma, which counts a part
# of it: "Of the 40 homes inspected, 12 were in fair condition"
_FRONTED_GROUP = compiled(r"[\W_]*of\s+(?:the|those|their|its)\s+(?P<group>[^,;]{1,60}?)\s*,\s*$", re.I)


def things_fronted(view: str, start: int, at: int) -> bool:
    """Whether the number at ``at`` counts a part of a group of things fronted before it (homes,
    cars, stores: no one's harm), whose noun is written and is no noun of people."""
    m = _FRONTED_GROUP.match(view, start, at)
    if m is None:
        return False
    g_start, g_end = m.span("group")
    size = next(iter(find_numbers(view, g_start, g_end)), None)
    if size is not None and size.span[0] == g_start:
        g_start = size.span[1]  # "(of the) five shot": the noun is after the group's size
    noun = noun_after(view, g_start, g_end)
    return noun is not None and not is_countable(noun)


# the counted people's own predicate, right after them (up to four words of their noun phrase, no
# relative and no participle of harm between): "(none of the four) victims has died", "(neither of
# the two) guards on duty was killed", "(none of the 40) workers inside was hurt"; not a participle of the noun
# ("none of the four killed was armed", "none of the four people shot there was seriously hurt")
_NOUN_WORDS = (
    r"(?:\s+(?!(?:who|that|which|whom|shot|killed|wounded|injured|hurt|stabbed|struck|hit|slain)\b)[a-z][\w'’-]*){0,4}?"
)
# a source set off between the people counted and their predicate: "(none of the three hikers), a
# ranger said, (died)", ", according to police,"
_SOURCE_ASIDE = (
    r"(?:\s*,\s*(?:according\s+to\s+[^,.;]{1,40}|(?:[\w'’-]+\s+){1,3}?(?:said|says|told\s+[\w'’-]+|added|reported)),)?"
)
DENIED_PREDICATE_AFTER = {
    "killed": compiled(
        rf"{_NOUN_WORDS}{_SOURCE_ASIDE}\s+(?:(?:has|have|had)\s+(?:yet\s+)?(?:died|succumbed|been\s+killed)"
        r"|died|succumbed|(?:was|were)\s+(?:\w+ly\s+)?killed|(?:is|are|was|were)\s+dead)\b",
        re.I,
    ),
    "injured": compiled(
        rf"{_NOUN_WORDS}{_SOURCE_ASIDE}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?"
        rf"(?:hurt|injured|wounded|harmed|shot|hospitali[sz]ed|{iw.CONVEYED_OR_ADMITTED}\s+to\s+(?:a|the)\s+hospital)"
        r"|(?:needed|required|received)\s+(?:medical\s+|hospital\s+)?treatment)\b",
        re.I,
    ),
}
