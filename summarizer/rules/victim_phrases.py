"""The constructions that name a person harmed without a number ("a man was shot and killed",
"left a woman dead", "his son was wounded"), as patterns, and the sentences that may hold one.
"""

from __future__ import annotations

import bisect
import re

from summarizer.rules import victims
from summarizer.text.incident_words import (
    BEATEN_HURT,
    BLOW_DEALT,
    BLUNT_WEAPONS,
    DID_NOT_SURVIVE,
    DIED_VERB,
    GUNNED_DOWN,
    HARMED_TO_DEATH,
    HOSPITALIZED,
    HURT_PARTICIPLE,
    IN_CONDITION,
    INJURY_MODIFIERS,
    INJURY_NOUNS,
    LY_NOT_NEARLY,
    NOT_AFTER_SENTENCE,
    NOT_BY_SHARDS,
    NOT_DEAD_INTENSIFIER,
    NOT_NEARLY,
    NOT_RECOVERING_FROM_HARM,
    SUFFERED_INJURY,
    TREATED_AND_RELEASED,
    TREATED_WHERE,
    WEAPON_MODIFIER,
)
from summarizer.text.numbers import (
    APPROXIMATELY,
    CALENDAR_WORDS,
    DECADE_AGE,
    FILLER,
    FULL_NAME,
    ORDINAL_WORDS,
    ORDINALS,
    OWN_LIFE,
    VICTIM_NOUNS,
)
from summarizer.text.regex import compiled, guarded

# a definite person's noun after its article, and an age in apposition if any ("the guard, 45")
_DEFINITE_NEXT = rf"(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b(?:\s*,\s*\d{{1,3}}(?=\s*,))?"
_PERSON = (
    rf"(?:(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b"
    # two people: "a pair of teenagers", "a couple of friends", "both men"
    rf"|(?:a\s+(?:pair|couple)\s+of|both)\s+(?!(?:dozens?|scores?|hundreds?)\b)(?:{FILLER}\s+){{0,2}}?(?:(?:{VICTIM_NOUNS})s|(?:wo)?men|people|children)\b"
    # "both" alone, of two people told before, when a patient's state or care is its predicate
    # ("Both are in stable condition", "both of them were taken to a hospital"; not "Both were hit",
    # which may be two cars)
    r"|both(?:\s+of\s+them)?(?=\s+(?:are|were|remain(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:in\s+(?:\w+\s+){0,2}?condition"
    r"|listed|reported\s+in|taken|rushed|transported|treated|hospitali[sz]ed)\b)"
    r"|(?:an?|one)\s+\d{1,3}-year-old(?=\s*(?:,|was\b|is\b|had\b|has\b|who\b|died\b))"
    # two definite people or more, each maybe with an age: "the man, 30, and the woman, 25" (one alone,
    # "the man", is a person named again: victims.py); the last may be new: "the driver and a passenger"
    rf"|the\s+{_DEFINITE_NEXT}(?:\s*,\s+(?:the|his|her|their)\s+{_DEFINITE_NEXT})*\s*(?:,\s*and|and)\s+"
    rf"(?:the|his|her|their|an?)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
    # two people as one: "a married couple", "an elderly couple" (not "a couple of hours")
    r"|an?\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+(?:of|more|days?|weeks?|months?|years?|hours?|minutes?|times?|blocks?"
    r"|miles?|feet|yards?|shots?|rounds?)\b))"
)
_NAMED_AGED = r"(?P<named>\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
_HIS_PERSON = rf"(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
# the next person of a list; without an article, never a verb of harm or "another" first: "shot
# a man and injured another person" names two people, each the object of their own verb
_NEXT = (
    rf"(?:(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?|(?!(?:another|injured|wounded|killed|shot|hurt)\s)(?:{FILLER}\s+){{0,2}}?)"
    rf"(?:{VICTIM_NOUNS})\b"
)
# (each but the last may carry its own age, by decade or in apposition: "a woman in her 40s and a man
# in his 50s", "a woman, 45, and a man", "a boy of 5 and his sister"; the last's is the sentence's)
_PERSONS = (
    rf"(?P<np>{_PERSON}(?:(?:{DECADE_AGE}|\s*,\s*\d{{1,3}}(?=\s*,)|\s+of\s+\d{{1,3}}(?=\s*,|\s+and\b))?"
    rf"\s*(?:,|and|,\s*and)\s+{_NEXT})*)"
)
# what befell the dead after "was" or "were": one list for one person and for several, so that
# "a father and his son were found shot to death" reads as "a man was found shot to death" does
_DEAD_PARTICIPLE = (
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
_KILLED_PRED = (
    rf"(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:{LY_NOT_NEARLY}\s+)?(?:"
    + _DEAD_PARTICIPLE
    + r"|dead"
    + NOT_DEAD_INTENSIFIER
    + r")"
    rf"|(?:has\s+|had\s+)?(?:also\s+|since\s+)?(?:{LY_NOT_NEARLY}\s+)?{DIED_VERB}"
    # (a floating quantifier after the verb: "a man and a woman were both found dead")
    r"|(?:were)\s+(?:also\s+|both\s+|all\s+)?"
    + _DEAD_PARTICIPLE
    + r"|whose\s+(?:[\w-]+\s+)?bod(?:y|ies)\s+(?:was|were|had\s+been)\s+(?:found|discovered|recovered)"
    # a reduced relative, only in forms no active verb takes: "a man shot to death Sunday", "a
    # teenager fatally shot while walking home"
    # (not "a gunman shot dead a man", the active verb before its object)
    rf"|(?:{HARMED_TO_DEATH}|shot\s+dead(?!\s+(?:an?|the|his|her|their|one|two|three)\b)|(?:fatally|mortally)\s+(?:shot|wounded)\s+(?=while|during|after|outside|inside|in|on|at|near)|found\s+(?:shot\s+)?dead)"
)
# "was shot at" with nothing after "at" but the clause's end: aimed at and missed, no harm (not "shot
# at a party", "shot at about 2 a.m.", "shot at least once")
_MISSED = (
    r"at(?=\s*[,.;:]|\s+(?:by|but|and|or|while|when|as|from|during|twice|once|several|multiple|repeatedly|again)\b)"
)
# lived, and was hurt: "survived with a gunshot wound to the hip" (not "survived with no injuries")
_SURVIVED_HURT = r"survived\s+with\s+(?!no\b)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns)"
# what one is "hit with" that is no blow: a penalty ("hit with two charges", "a gun charge")
_PENALTIES = (
    r"(?:charges?|counts?|fines?|citations?|tickets?|lawsuits?|penalt(?:y|ies)|sanctions?|suspensions?|bans?)\b"
)
_INJURED_PRED = (
    r"(?:was|were|has\s+been|had\s+been)\s+also\s+(?:shot(?!\s+"
    + _MISSED
    + r")|wounded|injured|hurt)"
    + NOT_BY_SHARDS
    # (a floating quantifier after the verb: "a clerk and a customer were both wounded")
    # found hurt: "a man was found shot in a parked car" (found shot to death, dead: killed, above)
    + r"|(?:was|were|has\s+been|had\s+been|is|are|remain(?:s|ed)?)\s+(?:also\s+)?(?:\w+ly\s+)?(?:(?:both\s+|all\s+)?(?:found\s+)?(?:shot(?!\s+"
    + _MISSED
    + r")|wounded|injured|hurt|grazed|stabbed(?!\s+(?:to\s+death|and\s+killed|dead)\b))"
    r"|(?:struck|hit)\s+and\s+(?:injured|wounded|hurt)|struck\s+(?:by|in\s+the)|blasted\s+in\s+the|hit\s+by\s+an?\s+(?:\w+\s+)?"
    r"(?:car|truck|lorry|bus|van|vehicle|train|tram|suv|motorcycle)"
    # a blow with a thing held or thrown: "was hit with a bat", "struck by a bottle", "hit with
    # rocks" (not the thing's noun naming a penalty: "hit with a gun charge", "a club fine"); burned:
    # "was badly burned" (not "burned down", "burned out", nor to death, a death above)
    rf"|(?:hit|struck)\s+(?:by|with)\s+{WEAPON_MODIFIER}{BLUNT_WEAPONS}"
    rf"(?!\s+(?:[\w-]+\s+){{0,2}}?{_PENALTIES})"
    r"|burn(?:ed|t)(?!\s+(?:down|out|up|alive|to\s+death|beyond)\b)"
    r"|hit\s+(?:twice|once|(?:\w+\s+)?times|in\s+the|by\s+(?:a\s+)?(?:bullet|gunfire|stray))|recovering"
    + NOT_RECOVERING_FROM_HARM
    + rf"|{HOSPITALIZED}|(?:taken|transported|rushed|airlifted|flown)\s+"
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
    + _SURVIVED_HURT
    +  # a blow with a gun or a thing held: "was pistol-whipped", "was struck in the head with a
    # handgun", "hit over the head with a bottle", "hit by a man with a bat" (not "a gun charge")
    r"|(?:was|were)\s+(?:pistol[- ]?whipped|(?:struck|hit|beaten)\s+(?:\w+\s+){0,4}?with\s+"
    rf"(?:(?:an?|the|his|her|their)\s+)?(?:{BLUNT_WEAPONS}|rifle|shotgun)(?!\s+(?:[\w-]+\s+){{0,2}}?{_PENALTIES}))"
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
    + r")|was\s+(?:taken|transported|rushed)\s+by\s+(?:ambulance|helicopter|car|private\s+vehicle)\s+to"
    # "was the victim of a shooting", not of a fatal one
    r"|was\s+the\s+victim\s+of\s+an?\s+(?!(?:fatal|deadly)\b)(?:[\w\"“”'-]+\s+){0,2}?shooting"
    # found carrying the wound: "was found near the dam with a bullet wound"
    r"|(?:was|were)\s+found\s+(?:[^.;]{0,60}?\s)?(?:with|suffering\s+from)\s+(?:an?\s+|multiple\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gunshot|bullet|stab|knife)\s+wounds?"
)
_NAMES = rf"(?P<names>{victims.AGED_NAMES})(?:\s*,)?"
# a parent named by how many children they have: "a father of five", "the mother of two young
# boys"; one person, the children uncounted (written counts skip the number, not_counts)
_CHILDREN_OF = (
    r"(?:(?:(?<=father|mother|parent)|(?<=dad|mom|mum))\s+of\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:[\w-]+\s+)?(?:children|kids|sons|daughters|boys|girls))?)?"
)
# an age told after the person by decade or with "aged": "a man in his forties", "a man aged about 30"
_DECADE_AGE = DECADE_AGE
_AGE_AFTER_PERSON = (
    rf"(?:{_DECADE_AGE}|\s+aged\s+(?:{APPROXIMATELY}\s+)?\d{{1,3}}"
    r"(?:\s*(?:-|–|to|and)\s*\d{1,3})?\b"
    # or after "of", ending the phrase: "a boy of 5 was shot", "a woman of eighty died" (the comma
    # that closes an apposition the people are in: "the victims, a boy of 5 and a girl of 7, were")
    r"|\s+of\s+(?:\d{1,3}|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)"
    r"(?:\s*,(?=\s+(?:was|were)\b)|(?=\s*[,;]|\s+(?:was|were|is|had|has|died|who)\b)))?"
)
# a reduced relative of how and when the person was hurt, before their fate: "a man shot Monday
# night has died", "a woman stabbed outside a bar on Friday is in stable condition"; a word of time,
# place, agent or manner comes right after the participle, never an object ("a man shot a woman")
_HURT_WHEN = (
    rf"(?:(?:{HURT_PARTICIPLE})(?=\s+(?:early|late|last|this|on|in|at|near|outside|inside|during|overnight|by|twice|once"
    rf"|multiple|several|repeatedly|yesterday|{CALENDAR_WORDS})\b)"
    r"(?:\s+(?!(?:and|who|when|but|because|while)\b)[\w'’-]+){1,8}?\s+)?"
)
# the person, an optional apposition (", 23," or ", identified as …,"), then what happened (a
# quotation may open before it: 'a man "was shot in the leg," police said')
SUBJECT_RE = guarded(
    rf"\b(?:{_PERSONS}|(?P<his>{_HIS_PERSON}(?:\s+and\s+{_NEXT})?)){victims.ANIMALS_BESIDE}{_CHILDREN_OF}{victims.RELATION_OF}{_AGE_AFTER_PERSON}(?:\s*,[^,.;]{{1,60}},)?\s+(?:who\s+(?:[^.;]{{0,100}}?\s+)??)?"
    # or a reduced relative of what the person was doing: "a woman sitting in a parked car was hit"
    rf"(?:(?:sitting|standing|walking|waiting|riding|driving|sleeping|playing)\s+[^,.;\"“]{{1,50}}?\s+)?"
    + _HURT_WHEN
    + rf"[\"“]?(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b",
    re.IGNORECASE,
)
# the person's harm as a second predicate after "and", their first a verb of what they did: "a
# man argued with two neighbors and was shot" (no relative, no clause of another subject between)
_AND_HARMED_RE = guarded(
    rf"\b{_PERSONS}{_AGE_AFTER_PERSON}(?:\s*,[^,.;]{{1,60}},)?"
    r"(?:\s+(?!(?:and|or|but|who|whom|which|that|when|after|before|because|while|as|if|was|were|is|are|has|have"
    r"|had|said|says|told|tells)\b)[\w'’-]+){1,10}?\s+and\s+"
    rf"(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b",
    re.IGNORECASE,
)
NAMES_RE = guarded(
    rf"(?<![\w'’-]){_NAMES}\s+(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b", re.IGNORECASE
)
# a harm's object, or its people (a blade's "stabbed" as a gun's "shot"), dead by the adverb before,
# the verb after or "to death" after them: "shot a clerk to death", "stabbed two men and killed …"
OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>kill(?:ed|ing)|(?:fatally|mortally)\s+(?:shot|wounded|stabbed)|(?:shot|stabbed)\s+and\s+killed"
    rf"|shot\s+dead|murdered|{GUNNED_DOWN}|(?:lifeless\s+)?bod(?:y|ies)\s+of|(?:fatal|deadly)\s+shooting\s+of)"
    rf"|(?P<injured>wound(?:ed|ing)|injur(?:ed|ing)|(?:shot|stabb(?:ed|ing))(?!\s+(?:and\s+killed|dead))|shot\s+and\s+wounded"
    rf"|pistol[- ]?whipp(?:ed|ing)|{BLOW_DEALT}))\s+{_PERSONS}(?P<to_death>\s+to\s+death\b)?",
    re.IGNORECASE,
)
# the harm of a charge or an accusation, told by its gerund: "is accused of shooting a man", "was
# charged with fatally shooting a clerk", "wanted for shooting a teen" (the person hurt, or dead,
# though no clause tells it; not "accused of shooting at a house", no one hit, nor "accused of
# threatening to shoot a man", no harm; "killing" is OBJECT_RE's)
ACCUSED_OF_RE = guarded(
    r"\b(?:accused|charged|suspected|convicted|arrested|wanted|indicted|guilty)\s+(?:of|with|for|in)\s+"
    r"(?:allegedly\s+)?(?:(?P<killed>(?:fatally|mortally)\s+shooting)|(?P<injured>shooting))"
    rf"\s+{_PERSONS}",
    re.IGNORECASE,
)
# a verb left out after "and", as in "one man was killed and a woman wounded"
_GAPPED_RE = guarded(
    rf"\band\s+(?P<np>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS}))\s+"
    r"(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt))\b",
    re.I,
)
LEFT_DEAD_RE = guarded(
    # an age told by decade may come between: "left a woman in her forties dead"
    rf"\b(?:left|leaving|found|find|finds)\s+{_PERSONS}(?:{_DECADE_AGE})?"
    rf"\s+(?:(?P<killed>dead|shot\s+(?:to\s+death|dead))"
    rf"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|shot)|suffering\s+from\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?wounds?))\b",
    re.I,
)
# a death named by its noun, then whose it was, by kin or by name: "the shooting death of his
# son", "the fatal shooting of 19-year-old Dana Reyes", "found the body of Lee Park", "took the
# life of …"; a shooting not said to be fatal wounds: "investigating the shooting of a teenager"
DEATH_OF_RE = guarded(
    r"\b(?:(?P<killed>(?:fatal|deadly)\s+shooting|(?:shooting\s+)?deaths?|murder|killing|(?:lifeless\s+)?body"
    r"|(?:took|claimed|ended)\s+the\s+(?:life|lives))|(?P<injured>(?:non-?fatal\s+)?shooting))\s+of\s+"
    rf"(?:{_PERSONS}|(?P<named>{_HIS_PERSON}|(?:\d{{1,3}}-year-old\s+)?{FULL_NAME}))",
    re.I,
)
# a person told by their death in a reduced relative, the event it befell them in named after it:
# "the teenager killed in Saturday's shooting", "a man fatally shot during a robbery" (not "the
# man killed in 2019", which names no event: a time, another incident's)
_KILLED_IN_RE = guarded(
    rf"\b(?P<np>(?:the|an?)\s+(?:{FILLER}\s+){{0,2}}?(?:\d{{1,3}}-year-old\s+)?(?:{VICTIM_NOUNS}|victim)|the\s+\d{{1,3}}-year-old)\s+"
    rf"(?P<killed>{_DEAD_PARTICIPLE})\s+(?:in|during|at)\s+(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:shooting|stabbing|attack|robbery|gunfire|fight|standoff|ambush|rampage|spree)\b",
    re.I,
)
# the killer's own death told after what they did: "shot two co-workers before killing himself",
# "The gunman then turned the gun on herself", "who then took his own life" (the reflexive, or the
# life the killer ended: OWN_LIFE)
SELF_KILLED_RE = guarded(
    r"\b(?:before|then|after\s+which)\s+(?:(?:he|she|the\s+(?:[\w-]+\s+)?(?:gunman|shooter|suspect|attacker|killer))\s+)?"
    r"(?:(?:kill(?:ed|ing)|turn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle|handgun|pistol|shotgun)\s+on)\s+(?=himself|herself)"
    rf"|(?:took|taking|ended|ending)\s+(?={OWN_LIFE}))(?P<np>himself|herself|{OWN_LIFE})\b",
    re.I,
)
# a sentence set weeks or more before the incident: "two weeks ago", "a year ago", "last month",
# "last summer", "the previous year"; not a span up to now ("since last summer") nor "before" a
# time to come ("a month before his wedding": the singular "before" only as an adverb)
PAST_RE = guarded(
    r"\b(?:(?:weeks|months|years|decades)\s+(?:ago|earlier|before)"
    r"|(?:a|one)\s+(?:month|year|decade)\s+(?:ago|earlier|before(?!\s+[\w'’]))"
    r"|(?<!since\s)last\s+(?:month|year|spring|summer|fall|autumn|winter)|the\s+(?:previous|prior)\s+(?:month|year))\b",
    re.I,
)
# a death told in the present perfect is news now, whatever earlier time the harm was ("a man shot
# last winter has died"): no earlier case
DIED_NOW_RE = compiled(r"\bha(?:s|ve)\s+(?:since\s+|now\s+)?died\b", re.I)
# "charged with attempted murder of an officer": no one died
ATTEMPTED_BEFORE = compiled(r"attempt\w*\s+(?:[\w-]+\s+)?$", re.I)
# "shot a man and wounded another person", "shot three people and wounded a fourth": one more
# person, the object of their own verb after "and" (not "one man shot another man", where "another"
# is the only victim); an ordinal goes on from the count before it
_ORDINAL_OBJECT = rf"an?\s+(?:{ORDINAL_WORDS})"
_OBJECT_ANOTHER_RE = guarded(
    # after "and", or the verb after a preposition: "was shot by deputies after shooting another man";
    # not a sentence's crime ("on parole for killing another man")
    rf"(?:\band|{NOT_AFTER_SENTENCE}\b(?:after|for|of|with)(?:\s+allegedly)?)\s+"
    rf"(?:(?P<killed>killed|killing|(?:fatally|mortally)\s+(?:shot|shooting|wounded))"
    rf"|(?P<injured>wounded|wounding|injured|hurt|shooting|shot(?!\s+(?:and\s+killed|dead))))"
    rf"\s+(?P<np>another|{_ORDINAL_OBJECT})(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b|\s*[.,;]"
    # or where, when or how, the person unnamed: "and wounded a fourth in the lobby"
    r"|\s+(?:in|at|on|near|outside|inside|during|while|when|as|before|after|with|who)\b)",
    re.I,
)
# "shot dead a man and wounded his brother": the object of a second verb of harm after "and", named
# by kin ("a woman" is OBJECT_RE's)
_AND_HIS_OBJECT_RE = guarded(
    r"\band\s+(?:(?P<killed>killed|(?:fatally|mortally)\s+(?:shot|wounded))|(?P<injured>wounded|injured|shot(?!\s+(?:and|dead)\b)))"
    rf"\s+(?P<his>{_HIS_PERSON}{victims.AND_KIN})",
    re.I,
)
# "a shooting sent a man to the hospital", "left a woman in critical condition" (in British usage,
# "to hospital", "in a critical condition", and an injury one is left with: "left a man with serious injuries")
_SENT_TO_RE = guarded(
    rf"\b(?:sent|put|landed|left|leaving)\s+{_PERSONS}\s+(?P<injured>(?:to|in)\s+(?:the|a|an)\s+(?:\w+\s+)?hospital"
    rf"|to\s+hospital|{IN_CONDITION}"
    rf"|with\s+(?:an?\s+|multiple\s+|several\s+)?{INJURY_MODIFIERS}(?:{INJURY_NOUNS}))\b",
    re.I,
)
# the second person of "left a man dead and a teenager wounded" (the first is LEFT_DEAD_RE's)
_LEFT_AND_RE = guarded(
    rf"\b(?:left|leaving)\s+(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\s+dead\s+and\s+"
    rf"(?P<np>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b|another)"
    rf"\s+(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|{HOSPITALIZED}))\b",
    re.I,
)
# "A Lisk man is dead and another was wounded"
# "a quarrel that left 52-year-old Tavish Orrin III dead and sent 29-year-old Ada Morel to the hospital"
_NAMED_RE = guarded(
    rf"\b(?:left\s+{_NAMED_AGED}\s+(?P<killed>dead)|(?:left|sent)\s+{_NAMED_AGED.replace('named', 'named2')}"
    rf"\s+(?P<injured>(?:to\s+(?:the|a|an)\s+(?:\w+\s+)?hospital|wounded|injured)))",
)
# a part of the body a blow found
_BODY_PART = (
    r"(?:legs?|arms?|hips?|chest|head|back|neck|foot|feet|hands?|shoulders?|stomach|abdomen|torso"
    r"|buttocks|face|thighs?|knees?|groin|side|wrists?|ankles?|jaw|eyes?)"
)
# "The gunfire hit a cook and a waiter"; or the participle of a blow after the shooting in its
# clause: "opened fire in the bar, striking a woman", "fired twice, hitting a guard"
GUNFIRE_RE = guarded(
    r"\b(?:(?:gunfire|bullets?|shots?|rounds?|a\s+stray\s+bullet)\s+(?:\w+ly\s+)?"
    # ("fired" of gunfire: at someone, or its shots; not "fired tear gas", "fired a manager")
    r"|(?:opened\s+fire|shots|gunfire|rounds|fired(?=\s*,|\s+(?:at|into|on|from|through|toward|towards|wildly|again"
    r"|once|twice|repeatedly)\b|\s+(?:\w+\s+){0,2}?(?:shots?|rounds?|bullets?|volleys?)\b))\b[^.;]{0,80}?,\s*"
    r"(?:(?P<killed>fatally|mortally)\s+)?)"  # "…, fatally striking a woman": she died
    rf"(?P<injured>hit|struck|wounded|grazed|hitting|striking|grazing|shooting)\s+{_PERSONS}"
    # (not a thing of the person's: "striking a woman's car"; but "a woman's leg")
    rf"(?!['’]s\s+(?!{_BODY_PART}\b))",
    re.I,
)
# a second blow of the gunfire, its participle coordinated after the first's person: "…, hitting a
# man and grazing a woman", "striking a guard in the arm and wounding a clerk" (the first person is
# GUNFIRE_RE's); not a thing struck ("hitting a man and shattering a window": no person)
AND_BLOW_RE = guarded(
    r"\b(?:hitting|striking|grazing)\s+[^.;]{1,60}?\band\s+"
    rf"(?P<injured>hitting|striking|grazing|wounding)\s+{_PERSONS}(?!['’]s\s+(?!{_BODY_PART}\b))",
    re.I,
)
# a verb of a blow told with the part of the body it found: "blasted a teen in the leg", "hit a
# man once in the thigh", "grazed a boy in the arm"; not "the storm blasted the coast", "hit a
# parked car" (no person, no part of a body)
HIT_IN_PART_RE = guarded(
    rf"\b(?P<injured>blast(?:ed|ing)|hit(?:ting)?|struck|striking|graz(?:ed|ing))\s+{_PERSONS}\s+(?:once\s+|twice\s+)?in\s+the\s+(?:\w+\s+)?"
    rf"{_BODY_PART}\b",
    re.I,
)
# "the officer shot Orrin in the hip", "Lina Voss, 28, was shot in the stomach": a name
# is a person when a bullet finds a part of the body, or when the shots that hit them are counted
_BODY_PART = (
    r"(?:\w+\s+)?(?:legs?|arms?|hips?|chest|head|back|neck|foot|feet|hands?|shoulders?|stomach|abdomen|torso"
    r"|buttocks|face|thighs?|knees?|groin|side|wrists?|ankles?|jaw|eyes?)\b"
)
NAMED_SHOT_RE = guarded(
    r"\b(?P<injured>shot)\s+(?P<named>(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+(?:once\s+|twice\s+)?in\s+the\s+"
    + _BODY_PART
    # (where they live may follow the name: "Reyes of Lorn Hill, Ala., was shot in the neck")
    + r"|\b(?P<named2>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:,\s*[A-Z][a-z]{1,4}\.,)?)?(?:,[^,.;]{1,60},)?\s+(?:was|had\s+been)\s+"
    r"(?P<injured2>shot)\s+(?:once\s+|twice\s+)?in\s+the\s+"
    + _BODY_PART
    # or when the bullets are counted: "shot Orrin three times"
    + r"|\b(?P<injured3>shot)\s+(?P<named3>(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+"
    r"(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d{1,2})\s+times)\b"
)
# "fatally shot his brother and then himself": the person killed and the killer, two dead; "shot
# his wife and then himself": two shot (the verb's reflexive object the killer, hurt by it too)
_AND_SELF_RE = guarded(
    r"\b(?:(?P<killed>fatally\s+shot|shot\s+and\s+killed|killed|murdered|shot\s+(?:\w+\s+)?(?:to\s+death|dead))"
    r"|(?P<injured>shot|wounded))\s+"
    rf"(?P<np>(?:{_HIS_PERSON}|{_PERSON})\s+and\s+(?:then\s+)?(?:himself|herself))\b",
    re.I,
)
# one more, after "and" or a mark: "and another was hurt", "and a third is in critical condition" (an
# ordinal going on from a count told before; a noun only before a gapped state: "another man in fair condition")
ANOTHER_RE = guarded(
    rf"(?:\band|[,;])\s+(?P<np>another|{_ORDINAL_OBJECT})(?:\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})(?=\s+in\s))?\s+"
    r"(?:(?P<killed>was\s+killed|died)|(?P<injured>(?:was\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|shot"
    rf"|{HOSPITALIZED}|(?:taken|transported|rushed|airlifted)\s+to)"
    # how the other is now: "one man is dead and another is fighting for his life", "… and another in fair condition"
    r"|(?:is|was)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+life"
    rf"|(?:(?:is|was|remains|remained)\s+)?(?:listed\s+)?{IN_CONDITION}))\b",
    re.I,
)
# "Another man was also shot", "a second victim was taken to a hospital", "and a third man was
# wounded": one more person, the words "another" or an ordinal before a person naming them
_ORDINAL = _ORDINAL_OBJECT
_SECOND_RE = guarded(
    rf"\b(?P<np>another(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b)|(?<=\band\s)another|{_ORDINAL}\s+(?:{VICTIM_NOUNS})"
    # the one left of two: "the other man was taken to a hospital"
    rf"|the\s+other\s+(?:{VICTIM_NOUNS})\b"
    # one alone opening its sentence: "Another was wounded.", "A fourth was grazed.", "The other was hit."
    rf"|(?-i:(?:Another|An?\s+(?:{ORDINAL_WORDS})|The\s+other))(?=\s+(?:was|were|had|has)\s))"
    # (words between, never a negation: "was shot at but was not hit")
    rf"\b(?:\s*,[^,.;]{{1,60}},)?(?:[\w\s'’-]{{0,30}}?,\s*\d{{1,3}},)?(?:(?!\s(?:not|never)\b|n['’]t\b)[\w\s'’-]){{0,30}}?"
    # (a death in any words the dead are told by: "another man was found dead", "a third was beaten to death")
    r"\s+(?P<aux>(?:was|has\s+been|had\s+been)\s+)?(?:also\s+|later\s+)?(?:(?P<killed>died|" + _DEAD_PARTICIPLE + r")"
    # (not the active "another driver shot him" nor "shot the clerk": the one more person is the
    # shooter; not "shot at", who was missed)
    r"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|grazed|struck\s+by"
    r"|shot(?!\s+(?:and\s+killed|dead|to\s+death)\b)(?(aux)(?!\s+"
    + _MISSED
    + r")|(?!\s+(?:him|her|them|the|an?|his|their|its|one|at)\b))"
    rf"|{HOSPITALIZED}|(?:taken|transported|rushed)\s+"
    + victims.TO_CARE
    + r"|treated\s+(?:"
    + TREATED_AND_RELEASED
    + r"|for)"
    + "|"
    + _SURVIVED_HURT
    +  # "a second man was also hit", not "hit him" nor "hit with a charge"
    r"|hit\b(?!\s+(?:him|her|them|it|an?|the|his|their)\b|\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    rf"{_PENALTIES})"
    r"|found\s+(?:[^.;]{0,60}?\s)?(?:who\s+had\s+been\s+)?(?:shot|wounded|injured|suffering))))\b",
    re.I,
)
# an ordinal victim goes on from the victims counted before, whatever befell them or wherever
# they were found: "a third victim drove to a clinic", "police found a fourth gunshot victim"
# (not when the clause says they were unhurt: "a second victim was not hit")
ORDINAL_VICTIM_RE = compiled(
    rf"\b(?P<np>{_ORDINAL}\s+(?:(?:shooting|gunshot)\s+)?victim)\b"
    r"(?![^.;]{0,60}?(?:\b(?:not|never|unhurt|uninjured|unharmed)\b|n['’]t\b))",
    re.I,
)
# the ordinal victim's death told in their clause: "a third victim, a cook, was found dead" (not
# in a clause of its own, nor another subject's: "… was wounded and the gunman was killed")
ORDINAL_DIED_AFTER = compiled(
    r"(?:(?!\b(?:who|whom|whose|where|when|after|while|as)\b|\b(?:and|but)\s+(?:the|an?|his|her|their|its)\b)[^.;])"
    rf"{{0,60}}?\b(?:{DIED_VERB}"
    r"|(?:was|is)\s+(?:found\s+|later\s+)?(?:dead|killed)|(?:pronounced|declared)\s+dead"
    r"|(?:was\s+)?(?:fatally|mortally)\s+(?:shot|wounded))\b",
    re.I,
)
# "Officers said the store's clerk was also shot": one more person named by a definite noun
# phrase, told as harmed besides those counted (not "the victim", one of them), or as cared for
# as the hurt are ("the driver, a man of 40, was also taken to the hospital", "… also hospitalized");
# an aside on who they are may stand between ("the driver, a 50-year-old man, was also …")
THE_ALSO_RE = guarded(
    rf"\b(?P<np>the\s+(?:{FILLER}\s+){{0,2}}?(?!victim\b)(?:{VICTIM_NOUNS}))(?:\s*,\s*an?\s+[^,.;]{{1,40}},)?"
    r"\s+(?:was|were)\s+also\s+"
    r"(?:(?P<killed>killed|(?:fatally|mortally)\s+(?:shot|wounded))"
    r"|(?P<injured>(?:\w+ly\s+)?(?:shot(?!\s+" + _MISSED + r")|wounded|injured|hurt|grazed"
    rf"|{HOSPITALIZED}|(?:taken|transported|rushed|flown|airlifted)\s+to\s+(?:" + victims.HOSPITAL + r"))))\b",
    re.I,
)
# the people hurt listed one by one after a semicolon each, maybe with what befell them: "The
# victims were a man, who was hit in the leg; a woman, who was grazed; and a boy"
_ITEM = rf"(?:an?|one)\s+(?:(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b|\d{{1,3}}-year-old(?=\s*[,;]|\s+who\b))"
_LISTED_RE = guarded(
    # (not when the sentence tells a death: the list then mixes the dead and the hurt)
    r"\bthe\s+(?:(?P<injured>victims|wounded|injured)(?![^.]*\b(?:died|killed|dead|fatally)\b)|(?P<killed>dead))"
    r"\s+(?:were|are|included)\s+"
    rf"(?P<np>{_ITEM}(?:(?:,?\s+who\s[^;.]{{1,80}})?\s*;\s*(?:and\s+)?{_ITEM})+)",
    re.I,
)
# the same person's death later in the sentence: "a man was shot in the chest and pronounced dead"
DIED_LATER = compiled(
    rf"[^.;]{{0,100}}?\b(?:(?:(?:was|were)\s+)?(?:later\s+|\w+ly\s+)?(?:pronounced|declared)\s+(?:dead|deceased)|(?:later\s+)?{NOT_NEARLY}{DIED_VERB}"
    rf"|{DID_NOT_SURVIVE})\b",
    re.I,
)
WHO_DIED = compiled(rf"\bwho\s+(?:\w+ly\s+|later\s+)?{DIED_VERB}\b", re.I)


# the people hurt with the one a clause tells of, joined by "along with": "a man was stabbed along
# with his son" (the son hurt besides; the man's own fate is the clause's, maybe a death later:
# "a man who was shot along with his wife has died"); after a verb of death they died too: "was
# killed along with his son", "died along with her two daughters"; not "arrested along with his
# son", nor an animal ("killed along with two dogs": no person's noun); a comma may set it off ("was
# killed, along with a bystander")
ALONG_WITH_RE = guarded(
    r"\b(?:(?P<killed>killed|died|slain|murdered)|shot|stabbed|wounded|injured|hurt|struck|hit|grazed|burned|beaten)"
    r"\s*,?\s+(?:\w+ly\s+)?along\s+with\s+"
    rf"(?:{_PERSONS}|(?P<his>{_HIS_PERSON}(?:\s+and\s+{_NEXT})?))",
    re.I,
)
# the companion set off by commas before the clause's verb, whose fate is theirs too: "a woman,
# along with her son, was wounded", "the driver, along with a passenger, was killed"; not "a man,
# along with his brother, was arrested" (no harm)
ALONG_WITH_FRONT_RE = guarded(
    r",\s*along\s+with\s+"
    rf"(?:{_PERSONS}|(?P<his>{_HIS_PERSON}(?:\s+and\s+{_NEXT})?)){_AGE_AFTER_PERSON}\s*,\s*"
    rf"(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b",
    re.I,
)

# a companion count's noun, then the clause's verb: "The driver, along with two [passengers], was hurt"
COUNT_FRONT_PRED_RE = compiled(
    rf"(?:\s+[\w'’-]+){{1,3}}?\s*,\s*(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b", re.I
)

# each pattern with the words (lower-cased) one of which it cannot match without: a sentence
# without them is not searched
VICTIM_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (_AND_SELF_RE, ("himself", "herself"), False),  # before the patterns that would take its first person
    (_LISTED_RE, (";",), False),  # before the patterns that would take one of its people
    (SUBJECT_RE, (), True),
    (_AND_HARMED_RE, (" and ",), True),
    (OBJECT_RE, (), True),
    (ACCUSED_OF_RE, ("of ", "with ", "for ", "in "), True),
    (LEFT_DEAD_RE, ("left", "leaving", "found", "find"), True),
    (_LEFT_AND_RE, ("left", "leaving"), True),
    (_SENT_TO_RE, ("sent", "put", "landed", "left", "leaving"), True),
    (ANOTHER_RE, ("another", *ORDINALS), False),
    (_OBJECT_ANOTHER_RE, ("another", *ORDINALS), False),
    (_AND_HIS_OBJECT_RE, ("his", "her", "their"), False),
    (DEATH_OF_RE, (" of ",), False),
    (_KILLED_IN_RE, ("kill", "slain", "shot", "murder", "dead", "stabbed", "struck", "hit"), True),
    (_SECOND_RE, ("another", *ORDINALS, "the other"), False),
    (ORDINAL_VICTIM_RE, ("victim",), False),
    (THE_ALSO_RE, ("also",), False),
    (ALONG_WITH_RE, ("along with",), True),
    (ALONG_WITH_FRONT_RE, ("along with",), True),
    (_GAPPED_RE, ("wounded", "injured", "hurt"), True),
    (GUNFIRE_RE, ("gunfire", "bullet", "shot", "round", "fire"), True),
    (AND_BLOW_RE, ("hitting", "striking", "grazing"), True),
    (HIT_IN_PART_RE, ("blast", "hit", "struck", "striking", "grazing", "grazed"), True),
    (_NAMED_RE, ("left", "sent"), False),
    (NAMED_SHOT_RE, ("shot",), False),
    (NAMES_RE, (" and ",), False),
)
# the third field: the pattern names a person with _PERSONS or _HIS_PERSON, after a space: a
# victim noun ("a man", "his son") or an age ("a 19-year-old"), each a whole run of word
# characters. The runs one of which such a sentence holds (lower-cased), None if not told


# the words one of which every pattern above needs, as they stand in lower-cased text; "hit"
# only as a whole word, "passed" only before "away"
_HARM_LITERALS = (
    "shot", "kill", "dead", "died", "wound", "injur", "hurt", "hospital", "recover", "struck", "grazed", "body",
    "bodies", "murder", "slain", "lynch", "stabbed", "condition", "suffer", "gunfire", "bullet", "fatal", "deadly", "succumb",
    "sustained", "whipp", "death", "life of", "lives of", "fighting for", "shooting of", "treated", "gun on",
    "shooting himself", "shooting herself", "of shooting", "with shooting", "for shooting", "of fatally",
    "with fatally", "blasted", "blasting", "hitting", "striking", "grazing", ", shooting", "gunned down", "gunning down",
    "burned", "burnt", "beat", "martyr", "breath", "drown",
)  # fmt: skip
_HARM_CHECKED = {"hit": compiled(r"\bhit\b"), "passed": compiled(r"passed\s+away")}


def harmed_sentences(lowered: str, starts: list[int], lo: int) -> set[int]:
    """The sentences (indices into ``starts``, their starts; ``lowered`` begins at ``lo``) that
    hold a harm word: each word found by str.find, and skipped to the next sentence once found
    in one (a report of drones "shot down" repeats it)."""
    found: set[int] = set()
    n = len(starts)

    def scan(word: str, check: re.Pattern[str] | None) -> None:
        i = lowered.find(word)
        while i >= 0:
            k = bisect.bisect_right(starts, lo + i) - 1
            if check is None or check.match(lowered, i):  # \b sees the character before i
                found.add(k)
                i = starts[k + 1] - lo if k + 1 < n else len(lowered)
            else:
                i += 1
            i = lowered.find(word, i)

    for word in _HARM_LITERALS:
        scan(word, None)
    for word, check in _HARM_CHECKED.items():
        scan(word, check)
    if "victim" in lowered:  # "a third victim": the word tells the harm
        for m in ORDINAL_VICTIM_RE.finditer(lowered):
            found.add(bisect.bisect_right(starts, lo + m.start()) - 1)
    return found
