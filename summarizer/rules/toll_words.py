"""The words beside a count that tell how its people were harmed, read by shot_and_dead to keep
the dead apart from the hurt: hurt in a word that leaves out the dead ("were injured", "wounding
three people"), killed at the time rather than dead later ("twelve were killed", "killing one").
"""

from __future__ import annotations

import re

from summarizer.text.incident_words import HARMED_VERBS, SHORT_OF_DEATH
from summarizer.text.regex import compiled

# the people counted were hurt in a word that leaves out the dead ("were injured", "were hurt",
# "were wounded"), not shot or stabbed, which the dead may be among
HURT_NOT_SHOT_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.I
)
# or in the verb that takes them: "(a gunman) wounded three people", "wounding three people"
HURT_VERB_BEFORE = compiled(r"\b(?:wounded|wounding|injured|injuring|hurt|hurting)\s+$", re.I)
# a death told as a killing at the time, not a later death: "twelve were killed", "two people dead"
KILLED_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)\s+killed|(?:were|are)\s+dead|killed|dead)\b", re.I
)
# or by the verb that takes the dead: "(wounding three people and) killing one"
KILLING_BEFORE = compiled(r"\b(?:killed|killing)\s+$", re.I)
# a harm's verb whose object, a few words on, is told dead by "to death": "(and) beat a third to death",
# "stabbed another man to death" (the verbs of iw.HARMED_VERBS, and "beat"; not a death that did
# not come, "beat a third nearly to death"), for a pattern to open with
# ("beat" is also the bare verb: not after "to", a modal or a negation, a harm only meant or denied:
# "threatened to beat his neighbour to death", "would beat her to death")
_NOT_BARE = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "not")
)
# (the word tried first, by a look-ahead, so the look-behinds run only before it)
_BLOW_VERBS = rf"(?:(?=beat){_NOT_BARE}(?<!n['’]t\s)beat|{HARMED_VERBS})"
BLOW_TO_DEATH = rf"{_BLOW_VERBS}(?=(?:\s+(?!(?:{'|'.join(SHORT_OF_DEATH)})\b)[\w'’-]+){{1,4}}?\s+to\s+death\b)"
# the same verbs, "to death" after the object whatever its degree: "beat a man (nearly) to death",
# "strangled his wife (half) to death"; an active clause, its object the one harmed (dead or hurt, as
# the degree tells) and its subject the attackers, never a toll
BLOW_TOWARD_DEATH = rf"{_BLOW_VERBS}(?=(?:\s+[\w'’-]+){{1,4}}?\s+to\s+death\b)"
