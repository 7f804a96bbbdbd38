"""The pieces the victim constructions (victim_phrases.py) are built of, as regex source: a person
harmed ("a man", "the driver and a passenger", "his son"), a list of people, what befell the
dead or the hurt after "was" or "were", an age told after the person and a reduced relative of
how the person was hurt.
"""

from __future__ import annotations

from summarizer.rules import victims
from summarizer.text.implicit_counts import (
    APPROXIMATELY,
    CALENDAR_WORDS,
    DECADE_AGE,
    FILLER,
    PERSON_PREFIX,
    VICTIM_NOUNS,
)
from summarizer.text.incident_words import (
    BEATEN_HURT,
    BLUNT_WEAPONS,
    CONVEYED,
    DIED_VERB,
    HARMED_TO_DEATH,
    HOSPITALIZED,
    HURT_PARTICIPLE,
    IN_CONDITION,
    LY_NOT_NEARLY,
    NOT_BY_SHARDS,
    NOT_DEAD_INTENSIFIER,
    NOT_RECOVERING_FROM_HARM,
    SUFFERED_INJURY,
    TREATED_AND_RELEASED,
    TREATED_WHERE,
    WEAPON_MODIFIER,
)

# a definite person's noun after its article, and an age in apposition if any ("the guard, 45")
_DEFINITE_NEXT = rf"(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b(?:\s*,\s*\d{{1,3}}(?=\s*,))?"
PERSON = (
    rf"(?:(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
    # two people: "a pair of teenagers", "a couple of friends", "both men"
    rf"|(?:a\s+(?:pair|couple)\s+of|both)\s+(?!(?:dozens?|scores?|hundreds?)\b)(?:{FILLER}\s+){{0,2}}?(?:(?:{VICTIM_NOUNS})s|(?:wo)?men|people|children)\b"
    # "both" alone, of two people told before, when a patient's state or care is its predicate
    # ("Both are in stable condition", "both of them were taken to a hospital"; not "Both were hit",
    # which may be two cars)
    r"|both(?:\s+of\s+them)?(?=\s+(?:are|were|remain(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:in\s+(?:\w+\s+){0,2}?condition"
    r"|listed|reported\s+in|" + CONVEYED + r"|treated|hospitali[sz]ed)\b)"
    # an age noun alone is a person ("a 19-year-old was shot", "leaving a 6-year-old dead", "killing
    # a 40-year-old.", "shot a 19-year-old in the leg"): told by what follows it, a mark, a verb or
    # complement of its harm, or a preposition of place or time; not a noun it modifies ("a
    # 19-year-old suspect", "a 6-year-old's bike")
    r"|(?:an?|one)\s+\d{1,3}-year-old(?![\w'’-])(?=\s*(?:[,.;:]|$)|\s+(?:was|is|had|has|who|died|dead|wounded|injured|hurt"
    r"|shot|and|in|on|at|near|inside|outside|during|while|after|before|to\s+death)\b)"
    # two definite people or more, each maybe with an age: "the man, 30, and the woman, 25" (one alone,
    # "the man", is a person named again: victims.py); the last may be new: "the driver and a passenger"
    rf"|the\s+{_DEFINITE_NEXT}(?:\s*,\s+(?:the|his|her|their)\s+{_DEFINITE_NEXT})*\s*(?:,\s*and|and)\s+"
    rf"(?:the|his|her|their|an?)\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
    # two people as one: "a married couple", "an elderly couple" (not "a couple of hours")
    r"|an?\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+(?:of|more|days?|weeks?|months?|years?|hours?|minutes?|times?|blocks?"
    r"|miles?|feet|yards?|shots?|rounds?)\b))"
)
NAMED_AGED = r"(?P<named>\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
HIS_PERSON = rf"(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
# the next person of a list; without an article, never a verb of harm or "another" first: "shot
# a man and injured another person" names two people, each the object of their own verb
NEXT = (
    rf"(?:(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?|(?!(?:another|injured|wounded|killed|shot|hurt)\s)(?:{FILLER}\s+){{0,2}}?)"
    rf"{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
)
# (each but the last may carry its own age, by decade or in apposition: "a woman in her 40s and a man
# in his 50s", "a woman, 45, and a man", "a boy of 5 and his sister"; the last's is the sentence's)
PERSONS = (
    rf"(?P<np>{PERSON}(?:(?:{DECADE_AGE}|\s*,\s*\d{{1,3}}(?=\s*,)|\s+of\s+\d{{1,3}}(?=\s*,|\s+and\b))?"
    rf"\s*(?:,|and|,\s*and)\s+{NEXT})*)"
)
# what befell the dead after "was" or "were": one list for one person and for several, so that
# "a father and his son were found shot to death" reads as "a man was found shot to death" does
DEAD_PARTICIPLE = (
    r"(?:(?:shot|stabbed)\s+(?:and\s+killed|dead|to\s+death)|killed|slain"
    r"|murdered|lynched|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|struck)|(?:struck|hit)\s+and\s+killed"
    # a killing by gunfire told as a phrasal verb: "was gunned down"
    r"|gunned\s+down"
    rf"|found\s+(?:{HARMED_TO_DEATH}|drowned|(?:shot\s+)?dead)"
    r"|(?:pronounced|confirmed|declared|presumed)\s+dead|martyred"
    # a bodily harm "to death": "was beaten to death", "were crushed to death"
    rf"|{HARMED_TO_DEATH})"
)
# (an adverb may come before the death, not "nearly": "was nearly killed" lived)
KILLED_PRED = (
    rf"(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:{LY_NOT_NEARLY}\s+)?(?:"
    + DEAD_PARTICIPLE
    + r"|dead"
    + NOT_DEAD_INTENSIFIER
    + r")"
    rf"|(?:has\s+|had\s+)?(?:also\s+|since\s+)?(?:{LY_NOT_NEARLY}\s+)?{DIED_VERB}"
    # (a floating quantifier after the verb: "a man and a woman were both found dead")
    r"|(?:were)\s+(?:also\s+|both\s+|all\s+)?"
    + DEAD_PARTICIPLE
    + r"|whose\s+(?:[\w-]+\s+)?bod(?:y|ies)\s+(?:was|were|had\s+been)\s+(?:found|discovered|recovered)"
    # a reduced relative, only in forms no active verb takes: "a man shot to death Sunday", "a
    # teenager fatally shot while walking home"
    # (not "a gunman shot dead a man", the active verb before its object)
    rf"|(?:{HARMED_TO_DEATH}|shot\s+dead(?!\s+(?:an?|the|his|her|their|one|two|three)\b)|(?:fatally|mortally)\s+(?:shot|wounded)\s+(?=while|during|after|outside|inside|in|on|at|near)|found\s+(?:shot\s+)?dead)"
)
# "was shot at" with nothing after "at" but the clause's end: aimed at and missed, no harm (not "shot
# at a party", "shot at about 2 a.m.", "shot at least once")
MISSED = (
    r"at(?=\s*[,.;:]|\s+(?:by|but|and|or|while|when|as|from|during|twice|once|several|multiple|repeatedly|again)\b)"
)
# lived, and was hurt: "survived with a gunshot wound to the hip", "escaped with minor burns" (not
# "survived with no injuries", nor "escaped unhurt")
SURVIVED_HURT = r"(?:survived|escaped)\s+with\s+(?!no\b)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns)"
# what one is "hit with" that is no blow: a penalty ("hit with two charges", "a gun charge")
PENALTIES = r"(?:charges?|counts?|fines?|citations?|tickets?|lawsuits?|penalt(?:y|ies)|sanctions?|suspensions?|bans?)\b"
INJURED_PRED = (
    r"(?:was|were|has\s+been|had\s+been)\s+also\s+(?:shot(?!\s+"
    + MISSED
    + r")|wounded|injured|hurt)"
    + NOT_BY_SHARDS
    # (a floating quantifier after the verb: "a clerk and a customer were both wounded")
    # found hurt: "a man was found shot in a parked car" (found shot to death, dead: killed, above)
    + r"|(?:was|were|has\s+been|had\s+been|is|are|remain(?:s|ed)?)\s+(?:also\s+)?(?:\w+ly\s+)?(?:(?:both\s+|all\s+)?(?:found\s+)?(?:shot(?!\s+"
    + MISSED
    + r")|wounded|injured|hurt|grazed|stabbed(?!\s+(?:to\s+death|and\s+killed|dead)\b))"
    r"|(?:struck|hit)\s+and\s+(?:injured|wounded|hurt)|struck\s+(?:by|in\s+the)|blasted\s+in\s+the|hit\s+by\s+an?\s+(?:\w+\s+)?"
    r"(?:car|truck|lorry|bus|van|vehicle|train|tram|suv|motorcycle)"
    # a blow with a thing held or thrown: "was hit with a bat", "struck by a bottle", "hit with
    # rocks" (not the thing's noun naming a penalty: "hit with a gun charge", "a club fine"); burned:
    # "was badly burned" (not "burned down", "burned out", nor to death, a death above)
    rf"|(?:hit|struck)\s+(?:by|with)\s+{WEAPON_MODIFIER}{BLUNT_WEAPONS}"
    rf"(?!\s+(?:[\w-]+\s+){{0,2}}?{PENALTIES})"
    r"|burn(?:ed|t)(?!\s+(?:down|out|up|alive|to\s+death|beyond)\b)"
    r"|hit\s+(?:twice|once|(?:\w+\s+)?times|in\s+the|by\s+(?:a\s+)?(?:bullet|gunfire|stray))|recovering"
    + NOT_RECOVERING_FROM_HARM
    + rf"|{HOSPITALIZED}|{CONVEYED}\s+"
    + victims.TO_CARE
    # the state a patient is listed in, any grade of it: "both men are listed in good condition"
    + rf"|(?:listed\s+|reported\s+)?{IN_CONDITION}"
    # treated for a wound, not an illness: "a man and a woman were treated for cuts", "… treated
    # at the scene for minor injuries"
    r"|treated\s+(?:"
    + TREATED_AND_RELEASED
    + "|"
    + TREATED_WHERE
    + r"for\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:cuts|wounds?|injur(?:y|ies)|burns|bruises|lacerations|fractures)))"
    r"|(?:is|are|was|were)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)"
    # where the person is: "a cook is in the hospital after …" (not "in the hospital lobby"); a
    # cause after "with" or "for" must be a wound, not an illness or a companion ("with pneumonia")
    r"|(?:is|are|was|were|remains|remained)\s+(?:still\s+)?in\s+(?:the\s+|a\s+)?hospital"
    r"(?=\s*[,.;]|\s+(?:after|in|on|at|and|following|where|since|but|as|while|until|tonight|today|early|late)\b"
    r"|\s+(?:with|for)\s+(?:[\w'’-]+\s+){0,4}?(?:wounds?|injur(?:y|ies)|burns|gunshot|bullet|trauma|treatment)\b)"
    + "|"
    + SUFFERED_INJURY
    + "|"
    + SURVIVED_HURT
    +  # a blow with a gun or a thing held: "was pistol-whipped", "was struck in the head with a
    # handgun", "hit over the head with a bottle", "hit by a man with a bat" (not "a gun charge")
    r"|(?:was|were)\s+(?:pistol[- ]?whipped|(?:struck|hit|beaten)\s+(?:\w+\s+){0,4}?with\s+"
    rf"(?:(?:an?|the|his|her|their)\s+)?(?:{BLUNT_WEAPONS}|rifle|shotgun)(?!\s+(?:[\w-]+\s+){{0,2}}?{PENALTIES}))"
    # a beating told by its degree, particle or result, or a harm "to death" that did not come:
    # "was badly beaten", "were beaten up", "was nearly beaten to death" (iw.BEATEN_HURT)
    rf"|(?:was|were)\s+(?:{BEATEN_HURT})"
    r"|(?:\w+ly\s+)?shot\s+(?:himself|herself)|being\s+shot"
    # the person's own gun, in a clause of time after the verb: "is going to be fine after shooting himself"
    # (not "was not hurt after shooting himself", "was unhurt …")
    r"|(?:is|was)\s+(?:(?!\b(?:not|never|unhurt|uninjured|unharmed)\b|n['’]t\b)[^.;]){0,50}?"
    r"\b(?:after|while|when)\s+(?:\w+ly\s+)?shooting\s+(?:himself|herself)\b"
    # the person brought themselves, or was brought, to a hospital with the wound
    r"|(?:arrived|showed\s+up|walked|drove\s+(?:himself|herself))\s+(?:at|to|into)\s+(?:"
    + victims.HOSPITAL
    + r")|was\s+"
    + CONVEYED
    + r"\s+by\s+(?:ambulance|helicopter|car|private\s+vehicle)\s+to"
    # "was the victim of a shooting", not of a fatal one
    r"|was\s+the\s+victim\s+of\s+an?\s+(?!(?:fatal|deadly)\b)(?:[\w\"“”'-]+\s+){0,2}?shooting"
    # found carrying the wound: "was found near the dam with a bullet wound"
    r"|(?:was|were)\s+found\s+(?:[^.;]{0,60}?\s)?(?:with|suffering\s+from)\s+(?:an?\s+|multiple\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gunshot|bullet|stab|knife)\s+wounds?"
)
NAMES = rf"(?P<names>{victims.AGED_NAMES})(?:\s*,)?"
# a parent named by how many children they have: "a father of five", "the mother of two young
# boys"; one person, the children uncounted (written counts skip the number, not_counts)
CHILDREN_OF = (
    r"(?:(?:(?<=father|mother|parent)|(?<=dad|mom|mum))\s+of\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:[\w-]+\s+)?(?:children|kids|sons|daughters|boys|girls))?)?"
)
# an age told after the person by decade or with "aged": "a man in his forties", "a man aged about 30"
AGE_AFTER_PERSON = (
    rf"(?:{DECADE_AGE}|\s+aged\s+(?:{APPROXIMATELY}\s+)?\d{{1,3}}"
    r"(?:\s*(?:-|–|to|and)\s*\d{1,3})?\b"
    # or after "of", ending the phrase: "a boy of 5 was shot", "a woman of eighty died" (the comma
    # that closes an apposition the people are in: "the victims, a boy of 5 and a girl of 7, were")
    r"|\s+of\s+(?:\d{1,3}|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)"
    r"(?:\s*,(?=\s+(?:was|were)\b)|(?=\s*[,;]|\s+(?:was|were|is|had|has|died|who)\b)))?"
)
# a reduced relative of how and when the person was hurt, before their fate: "a man shot Monday
# night has died", "a woman stabbed outside a bar on Friday is in stable condition"; a word of time,
# place, agent or manner comes right after the participle, never an object ("a man shot a woman")
HURT_WHEN = (
    rf"(?:(?:{HURT_PARTICIPLE})(?=\s+(?:early|late|last|this|on|in|at|near|outside|inside|during|overnight|by|twice|once"
    rf"|multiple|several|repeatedly|yesterday|{CALENDAR_WORDS})\b)"
    r"(?:\s+(?!(?:and|who|when|but|because|while)\b)[\w'’-]+){1,8}?\s+)?"
)
