"""The kinds of incident a text may tell, as a table of (type, category, pattern) tried in order:
those tried first, the lexicon's own, and the crimes tried last; and the same patterns for
lower-cased text. rules/incident.py picks the incident's type, the checker grounds it.
"""

from __future__ import annotations

import re

from summarizer.text.base import lower_pattern
from summarizer.text.prefilters import Prefiltered
from summarizer.text.regex import compiled

INCIDENT_TYPES: list[tuple[str, str, re.Pattern[str]]] = [
    ("drone interception", "air_drone_strike", compiled(
        r"\b(?:drones?|uavs?|shaheds?)\b[^.]{0,80}\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)"
        r"|\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)\b[^.]{0,60}\b(?:drones?|uavs?)\b", re.I)),
    ("missile interception", "shelling_missile", compiled(
        r"\b(?:missiles?|rockets?|projectiles?|shells?)\b[^.]{0,80}\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)"
        r"|\b(?:intercept\w*|shot down|downed|neutrali[sz]\w*)\b[^.]{0,60}\b(?:missiles?|rockets?|projectiles?)\b", re.I)),
    ("drone strike", "air_drone_strike", compiled(
        r"\bdrone\s+(?:strike|attack|raid)s?\b"
        r"|\b(?:strikes?|attacks?|raids?)\s+(?:by|from|involving)\s+(?:\w+\s+)?(?:drones?|uavs?)\b"
        r"|\b(?:drones?|uavs?)\s+(?:struck|hit|attacked|targeted)\b", re.I)),
    # from aircraft, not drones: "an air strike", "airstrikes", "strikes by warplanes"
    ("air strike", "air_drone_strike", compiled(
        r"\b(?:air|aerial)\s+(?:strike|attack|raid)s?\b|\bairstrikes?\b"
        r"|\b(?:strikes?|attacks?|raids?)\s+(?:by|from)\s+(?:\w+\s+)?(?:warplanes|aircraft|jets)\b", re.I)),
    ("missile strike", "shelling_missile", compiled(
        r"\b(?:missile|rocket|artillery|mortar)\s+(?:strike|attack|fire|barrage)s?\b|\bshell(?:ing|ed)\b", re.I)),
    ("shooting", "shooting", compiled(
        r"\b(?:shooting|shot (?:and killed|dead|to death|in the)|gunfire|gunman|gunshots?|shots? (?:were )?fired"
        r"|fir(?:ed|ing) (?:\w+ )?(?:shots|rounds|bullets)|opened fire|bullets? (?:struck|hit)|(?:was|were) shot(?! down))\b", re.I)),
    ("stabbing", "attack", compiled(r"\b(?:stabb(?:ing|ed)|knif(?:ed|ing)|knife attack|(?:stab|knife) wounds?)\b", re.I)),
    ("explosion", "explosion", compiled(r"\b(?:explosion|blast|exploded|bombing|detonat\w+)\b", re.I)),
    # a crowd, not an armed force, that clashes (with the police): a violent demonstration
    ("riot", "riot", compiled(
        r"\b(?:protesters|demonstrators|students|fans|crowds?|youths|supporters|residents|workers|farmers|mobs?)\s+"
        r"(?:\w+\s+){0,2}?clash(?:ed|es)?\b|\bclash(?:ed|es)?\s+(?:\w+\s+){0,3}?with\s+(?:\w+\s+){0,2}?police\b", re.I)),
    ("armed clash", "armed_clash", compiled(r"\b(?:clash(?:es|ed)?|firefight|fighting broke out|ambush(?:ed)?)\b", re.I)),
    ("riot", "riot", compiled(r"\b(?:riot(?:s|ing|ers)?|looting|unrest)\b", re.I)),
    ("protest", "protest", compiled(r"\b(?:protest(?:s|ers|ed)?|demonstrat(?:ion|ors|ed)|rall(?:y|ies|ied)|march(?:ed|ers)?)\b", re.I)),
    ("arrest", "arrest", compiled(r"\b(?:arrested|detained|taken into custody)\b", re.I)),
    # a labour strike: workers who stop work together (a protest's kind; "strike" alone is also a blow)
    ("strike", "protest", compiled(
        r"\b(?:(?:went|go|goes|going|are|were|is|was|be|been|remain\w*)\s+on\s+strike|strike\s+action|general\s+strike"
        r"|industrial\s+action|hunger\s+strike|walk-?outs?|(?:walked|walk|walking)\s+out\s+(?:across|nationwide|over|in\s+protest))\b",
        re.I)),
    ("disaster", "disaster", compiled(
        r"\b(?:earthquakes?|flood(?:s|ing|ed)?|wildfires?|bushfires?|hurricanes?|storms?|tornado(?:e?s)?|landslides?"
        r"|mudslides?|tsunamis?|cyclones?|typhoons?|heat\s?wave|blizzards?|drought|avalanches?|volcanic\s+eruptions?"
        r"|lightning|burst\s+(?:its|their)\s+banks|(?:dam|levee|embankment)\s+(?:burst|breach(?:ed)?|failure))\b", re.I)),
    # a structure that gives way is an accident (after a natural disaster, before a fire: a fire
    # service may be the one to report it)
    ("collapse", "accident", compiled(r"\b(?:collaps(?:e|es|ed|ing)|caved\s+in|cave-in|gave\s+way|sinkholes?)\b", re.I)),
    ("fire", "accident", compiled(r"\b(?:fire|blaze|arson|inferno)\b(?!\s*(?:department|fighters?|crews?|chief|brigade|service|station|truck|engine|arms))", re.I)),
    # a crash: vehicles and vessels that collide, overturn or sink, or a vehicle that strikes
    ("crash", "accident", compiled(
        r"\b(?:crash(?:ed|es)?|collision|collided|derail\w*|accident|capsiz\w*|overturn(?:ed|s)?|ran\s+aground"
        r"|pile-?ups?|hit-and-run|(?:bus|car|truck|lorry|van|vehicle|jeep|minibus|coach)\s+(?:\w+\s+){0,3}?(?:plunged|plummeted)"
        r"|(?:boat|ferry|ship|vessel|dinghy|trawler|yacht|barge|canoe)\s+(?:[\w,]+\s+){0,4}?(?:sank|sunk|went\s+down)"
        r"|(?:lorry|truck|bus|car|van|vehicle|train|tram|suv)\s+(?:struck|hit|ploughed|plowed|slammed|mounted)"
        r"|(?:struck|hit)\s+by\s+an?\s+(?:\w+\s+)?(?:car|truck|lorry|bus|van|vehicle|train|tram))\b", re.I)),
    # a hazardous substance that escapes a plant, a pipe or a tanker
    ("leak", "accident", compiled(
        r"\b(?:gas|chemical|toxic|ammonia|chlorine|fuel|oil|diesel|radioactive)\s+(?:leak|spill)(?:s|age)?\b", re.I)),
    # a crowd that crushes its own: "a stampede at a temple", "a crowd crush outside a stadium"
    ("stampede", "accident", compiled(r"\b(?:stampedes?|crowd\s+(?:crush|surge)(?:es)?)\b", re.I)),
    # poisoning by fumes or food, not by a hand
    ("poisoning", "accident", compiled(
        r"\b(?:carbon\s+monoxide|food\s+poisoning|(?:gas|fume)s?\s+poisoning|toxic\s+fumes)\b", re.I)),
    # an attack on computers is no attack on people (the contract has no category for it)
    ("cyberattack", "other", compiled(
        r"\b(?:cyber[- ]?attacks?|cyber[- ]?incidents?|ransomware|data\s+breach(?:es)?|hackers?|hacked\s+into)\b", re.I)),
    ("attack", "attack", compiled(r"\b(?:attack(?:ed|s)?|assault(?:ed)?(?![- ]style|\s+(?:rifle|weapon)s?\b)|raid(?:ed)?|maul(?:ed|ing)|lynch(?:ed|ing))\b", re.I)),
]  # fmt: skip

# kinds of incident tried before the table above
INCIDENT_TYPES_BEFORE: list[tuple[str, str, re.Pattern[str]]] = [
    # a gun fired at someone, though no one was hit: "fired his weapon at a driver"
    ("shooting", "shooting", compiled(
        r"\bfir(?:ed|ing)\s+(?:his|her|their|a|the|several|multiple)\s+(?:\w+\s+)?(?:weapon|gun|handgun|rifle|pistol|shotgun"
        r"|firearm|service\s+weapon)s?\b|\bshots?\s+rang\s+out\b|\bshot\s+at\b"
        # bullets that hit something, though no one: "bullets tore through the front of a home", "a
        # bullet lodged in the ceiling"
        r"|\bbullets?\s+(?:tore|ripped|pierced|struck|hit|riddled|slammed|smashed|flew|lodged|went\s+(?:through|into))\b", re.I)),
]  # fmt: skip
# tried after the lexicon's: a crime with a weapon is the incident when nothing worse is told
# (category "other": the contract has no category for crime short of an attack)
INCIDENT_TYPES_AFTER: list[tuple[str, str, re.Pattern[str]]] = [
    ("homicide", "other", compiled(r"\b(?:homicides?|murder(?:ed|s)?|attempted\s+murder)\b", re.I)),
    ("robbery", "other", compiled(
        r"\b(?:at\s+(?:gun|knife)point|armed\s+robber(?:y|ies|s)?|robber(?:y|ies|s)|robbed|held\s+up|carjack\w*"
        r"|home\s+invasions?|invaded)\b", re.I)),
    ("threat", "other", compiled(
        r"\b(?:pulled\s+(?:out\s+)?an?\s+(?:gun|handgun|knife|pistol|rifle)|threatened\s+[^.;]{0,40}\bwith\s+an?\s+"
        r"(?:gun|handgun|knife|pistol|rifle)|brandish\w*|pointed\s+an?\s+(?:gun|handgun|rifle|weapon)|pointing\s+an?\s+"
        r"(?:gun|handgun|rifle|weapon)|pistol[- ]whipp\w*|armed\s+(?:man|men|woman|suspects?|with)|standoff"
        r"|fir(?:ed|ing)\s+at|fir(?:ed|ing)\s+an?\s+(?:gun|handgun|weapon|rifle|shotgun))\b", re.I)),
    # people seized and held
    ("kidnapping", "other", compiled(
        r"\b(?:kidnap\w*|abduct\w*|(?:took|taken|holding|held)\s+(?:\d+\s+|\w+\s+){0,2}?hostages?)\b", re.I)),
    ("theft", "other", compiled(r"\b(?:burglar(?:y|ies|ized)|stolen|stole|theft|thefts)\b", re.I)),
]  # fmt: skip

# the whole table in the order it is tried
ALL_INCIDENT_TYPES = INCIDENT_TYPES_BEFORE + INCIDENT_TYPES + INCIDENT_TYPES_AFTER
# the same patterns for lower-cased text, each run only from where one of its words first occurs
LOWER_INCIDENT_TYPES = [(t, c, Prefiltered(lower_pattern(p.pattern))) for t, c, p in ALL_INCIDENT_TYPES]
