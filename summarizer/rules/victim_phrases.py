"""The constructions that name a person harmed without a number ("a man was shot and killed",
"left a woman dead", "his son was wounded"), as patterns, and the sentences that may hold one.
"""

from __future__ import annotations

import bisect
import re

from summarizer.rules import toll_words, victims
from summarizer.rules.victim_parts import (
    AGE_AFTER_PERSON,
    CHILDREN_OF,
    DEAD_PARTICIPLE,
    HIS_PERSON,
    HURT_WHEN,
    INJURED_PRED,
    KILLED_PRED,
    MISSED,
    NAMED_AGED,
    NAMES,
    NEXT,
    PENALTIES,
    PERSON,
    PERSONS,
    SURVIVED_HURT,
)
from summarizer.text.implicit_counts import (
    DECADE_AGE,
    FILLER,
    FULL_NAME,
    ORDINAL_WORDS,
    ORDINALS,
    OWN_LIFE,
    VICTIM_NOUNS,
)
from summarizer.text.incident_words import (
    BLOW_DEALT,
    CONVEYED,
    DID_NOT_SURVIVE,
    DIED_VERB,
    GUNNED_DOWN,
    HARMED_TO_DEATH,
    HOSPITALIZED,
    IN_CONDITION,
    INJURY_MODIFIERS,
    INJURY_NOUNS,
    NOT_AFTER_SENTENCE,
    NOT_NEARLY,
    SUFFERED_INJURY,
    TREATED_AND_RELEASED,
)
from summarizer.text.regex import compiled, guarded

# the person, an optional apposition (", 23," or ", identified as …,"), then what happened (a
# quotation may open before it: 'a man "was shot in the leg," police said')
SUBJECT_RE = guarded(
    rf"\b(?:{PERSONS}|(?P<his>{HIS_PERSON}(?:\s+and\s+{NEXT})?)){victims.ANIMALS_BESIDE}{CHILDREN_OF}{victims.RELATION_OF}{AGE_AFTER_PERSON}(?:\s*,[^,.;]{{1,60}},)?\s+(?:who\s+(?:[^.;]{{0,100}}?\s+)??)?"
    # or a reduced relative of what the person was doing: "a woman sitting in a parked car was hit"
    rf"(?:(?:sitting|standing|walking|waiting|riding|driving|sleeping|playing)\s+[^,.;\"“]{{1,50}}?\s+)?"
    + HURT_WHEN
    + rf"[\"“]?(?:(?P<killed>{KILLED_PRED})|(?P<injured>{INJURED_PRED}))\b",
    re.IGNORECASE,
)
# the person's harm as a second predicate after "and", their first a verb of what they did: "a
# man argued with two neighbors and was shot" (no relative, no clause of another subject between)
_AND_HARMED_RE = guarded(
    rf"\b{PERSONS}{AGE_AFTER_PERSON}(?:\s*,[^,.;]{{1,60}},)?"
    r"(?:\s+(?!(?:and|or|but|who|whom|which|that|when|after|before|because|while|as|if|was|were|is|are|has|have"
    r"|had|said|says|told|tells)\b)[\w'’-]+){1,10}?\s+and\s+"
    rf"(?:(?P<killed>{KILLED_PRED})|(?P<injured>{INJURED_PRED}))\b",
    re.IGNORECASE,
)
NAMES_RE = guarded(rf"(?<![\w'’-]){NAMES}\s+(?:(?P<killed>{KILLED_PRED})|(?P<injured>{INJURED_PRED}))\b", re.IGNORECASE)
# a harm's object, or its people (a blade's "stabbed" as a gun's "shot"), dead by the adverb before,
# the verb after or "to death" after them: "shot a clerk to death", "stabbed two men and killed …";
# any verb of a blow "to death" (toll_words.BLOW_TOWARD_DEATH): "beat a man to death", dead, "beat a
# man nearly to death", hurt
OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>kill(?:ed|ing)|(?:fatally|mortally)\s+(?:shot|wounded|stabbed)|(?:shot|stabbed)\s+and\s+killed"
    rf"|shot\s+dead|murdered|{GUNNED_DOWN}|(?:lifeless\s+)?bod(?:y|ies)\s+of|(?:fatal|deadly)\s+shooting\s+of)"
    rf"|(?P<injured>wound(?:ed|ing)|injur(?:ed|ing)|(?:shot|stabb(?:ed|ing))(?!\s+(?:and\s+killed|dead))|shot\s+and\s+wounded"
    rf"|pistol[- ]?whipp(?:ed|ing)|{BLOW_DEALT}|{toll_words.BLOW_TOWARD_DEATH}))\s+{PERSONS}(?P<to_death>\s+to\s+death\b)?",
    re.IGNORECASE,
)
# the harm of a charge or an accusation, told by its gerund: "is accused of shooting a man", "was
# charged with fatally shooting a clerk", "wanted for shooting a teen" (the person hurt, or dead,
# though no clause tells it; not "accused of shooting at a house", no one hit, nor "accused of
# threatening to shoot a man", no harm; "killing" is OBJECT_RE's)
ACCUSED_OF_RE = guarded(
    r"\b(?:accused|charged|suspected|convicted|arrested|wanted|indicted|guilty)\s+(?:of|with|for|in)\s+"
    r"(?:allegedly\s+)?(?:(?P<killed>(?:fatally|mortally)\s+shooting)|(?P<injured>shooting))"
    rf"\s+{PERSONS}",
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
    rf"\b(?:left|leaving|found|find|finds)\s+{PERSONS}(?:{DECADE_AGE})?"
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
    rf"(?:{PERSONS}|(?P<named>{HIS_PERSON}|(?:\d{{1,3}}-year-old\s+)?{FULL_NAME}))",
    re.I,
)
# a person told by their death in a reduced relative, the event it befell them in named after it:
# "the teenager killed in Saturday's shooting", "a man fatally shot during a robbery" (not "the
# man killed in 2019", which names no event: a time, another incident's)
_KILLED_IN_RE = guarded(
    rf"\b(?P<np>(?:the|an?)\s+(?:{FILLER}\s+){{0,2}}?(?:\d{{1,3}}-year-old\s+)?(?:{VICTIM_NOUNS}|victim)|the\s+\d{{1,3}}-year-old)\s+"
    rf"(?P<killed>{DEAD_PARTICIPLE})\s+(?:in|during|at)\s+(?:the|an?|(?:[\w-]+\s+)?[\w-]+['’]s)\s+"
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
# "shot a man and wounded another person", "shot three people and beat a fourth to death": one more person,
# their own verb's object after "and" (not "one man shot another man", the only victim), an ordinal past the count
_ORDINAL_OBJECT = rf"an?\s+(?:{ORDINAL_WORDS})"
_OBJECT_ANOTHER_RE = guarded(
    # after "and", or the verb after a preposition: "was shot by deputies after shooting another man";
    # not a sentence's crime ("on parole for killing another man")
    rf"(?:\band|{NOT_AFTER_SENTENCE}\b(?:after|for|of|with)(?:\s+allegedly)?)\s+"
    rf"(?:(?P<killed>killed|killing|(?:fatally|mortally)\s+(?:shot|shooting|wounded)|{toll_words.BLOW_TO_DEATH})"
    rf"|(?P<injured>wounded|wounding|injured|hurt|shooting|shot(?!\s+(?:and\s+killed|dead))))"
    rf"\s+(?P<np>another|{_ORDINAL_OBJECT})(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b|\s*[.,;]"
    # or where, when or how, the person unnamed: "and wounded a fourth in the lobby"
    r"|\s+(?:in|at|on|near|outside|inside|during|while|when|as|before|after|with|who|to\s+death)\b)",
    re.I,
)
# "shot dead a man and wounded his brother": the object of a second verb of harm after "and", named
# by kin ("a woman" is OBJECT_RE's)
_AND_HIS_OBJECT_RE = guarded(
    r"\band\s+(?:(?P<killed>killed|(?:fatally|mortally)\s+(?:shot|wounded))|(?P<injured>wounded|injured|shot(?!\s+(?:and|dead)\b)))"
    rf"\s+(?P<his>{HIS_PERSON}{victims.AND_KIN})",
    re.I,
)
# "a shooting sent a man to the hospital", "left a woman in critical condition" (in British usage,
# "to hospital", "in a critical condition", and an injury one is left with: "left a man with serious injuries")
_SENT_TO_RE = guarded(
    rf"\b(?:sent|put|landed|left|leaving)\s+{PERSONS}\s+(?P<injured>(?:to|in)\s+(?:the|a|an)\s+(?:\w+\s+)?hospital"
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
    rf"\b(?:left\s+{NAMED_AGED}\s+(?P<killed>dead)|(?:left|sent)\s+{NAMED_AGED.replace('named', 'named2')}"
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
    rf"(?P<injured>hit|struck|wounded|grazed|hitting|striking|grazing|shooting)\s+{PERSONS}"
    # (not a thing of the person's: "striking a woman's car"; but "a woman's leg")
    rf"(?!['’]s\s+(?!{_BODY_PART}\b))",
    re.I,
)
# a second blow of the gunfire, its participle coordinated after the first's person: "…, hitting a
# man and grazing a woman", "striking a guard in the arm and wounding a clerk" (the first person is
# GUNFIRE_RE's); not a thing struck ("hitting a man and shattering a window": no person)
AND_BLOW_RE = guarded(
    r"\b(?:hitting|striking|grazing)\s+[^.;]{1,60}?\band\s+"
    rf"(?P<injured>hitting|striking|grazing|wounding)\s+{PERSONS}(?!['’]s\s+(?!{_BODY_PART}\b))",
    re.I,
)
# a verb of a blow told with the part of the body it found: "blasted a teen in the leg", "hit a
# man once in the thigh", "grazed a boy in the arm"; not "the storm blasted the coast", "hit a
# parked car" (no person, no part of a body)
HIT_IN_PART_RE = guarded(
    rf"\b(?P<injured>blast(?:ed|ing)|hit(?:ting)?|struck|striking|graz(?:ed|ing))\s+{PERSONS}\s+(?:once\s+|twice\s+)?in\s+the\s+(?:\w+\s+)?"
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
    rf"(?P<np>(?:{HIS_PERSON}|{PERSON})\s+and\s+(?:then\s+)?(?:himself|herself))\b",
    re.I,
)
# one more, after "and" or a mark: "and another was hurt", "and a third is in critical condition" (an
# ordinal going on from a count told before; a noun only before a gapped state: "another man in fair condition")
ANOTHER_RE = guarded(
    rf"(?:\band|[,;])\s+(?P<np>another|{_ORDINAL_OBJECT})(?:\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})(?=\s+in\s))?\s+"
    rf"(?:(?P<killed>was\s+(?:killed|{HARMED_TO_DEATH})|died)|(?P<injured>(?:was\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|shot"
    rf"|{HOSPITALIZED}|{CONVEYED}\s+to)"
    # how the other is now: "one man is dead and another is fighting for his life", "… and another in fair condition"
    r"|(?:is|was)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+life"
    rf"|(?:(?:is|was|remains|remained)\s+)?(?:listed\s+)?{IN_CONDITION}))\b",
    re.I,
)
# "Another man was also shot", "a second victim was taken to a hospital", "and a third man was
# wounded": one more person, the words "another" or an ordinal before a person naming them (not
# a passive's agent: "she was carried out by another tenant and driven to a clinic", the hurt is she)
_ORDINAL = _ORDINAL_OBJECT
_SECOND_RE = guarded(
    rf"\b(?<!\bby\s)(?P<np>another(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b)|(?<=\band\s)another|{_ORDINAL}\s+(?:{VICTIM_NOUNS})"
    # the one left of two: "the other man was taken to a hospital"
    rf"|the\s+other\s+(?:{VICTIM_NOUNS})\b"
    # one alone opening its sentence: "Another was wounded.", "A fourth was grazed.", "The other was hit."
    # or with a predicate of its own harm lived through: "A fifth escaped with burns", "A third
    # suffered minor injuries" (not "A fifth escaped unhurt")
    rf"|(?-i:(?:Another|An?\s+(?:{ORDINAL_WORDS})|The\s+other))(?=\s+(?:was|were|had|has|escaped|survived|suffered|sustained)\s))"
    # (words between, never a negation: "was shot at but was not hit")
    rf"\b(?:\s*,[^,.;]{{1,60}},)?(?:[\w\s'’-]{{0,30}}?,\s*\d{{1,3}},)?(?:(?!\s(?:not|never)\b|n['’]t\b)[\w\s'’-]){{0,30}}?"
    # (a death in any words the dead are told by: "another man was found dead", "a third was beaten to death")
    r"\s+(?P<aux>(?:was|has\s+been|had\s+been)\s+)?(?:also\s+|later\s+)?(?:(?P<killed>died|" + DEAD_PARTICIPLE + r")"
    # (not the active "another driver shot him" nor "shot the clerk": the one more person is the
    # shooter; not "shot at", who was missed)
    r"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|grazed|struck\s+by"
    r"|shot(?!\s+(?:and\s+killed|dead|to\s+death)\b)(?(aux)(?!\s+"
    + MISSED
    + r")|(?!\s+(?:him|her|them|the|an?|his|their|its|one|at)\b))"
    rf"|{HOSPITALIZED}|{CONVEYED}\s+"
    + victims.TO_CARE
    + r"|treated\s+(?:"
    + TREATED_AND_RELEASED
    + r"|for)"
    + "|"
    + SURVIVED_HURT
    + "|"
    + SUFFERED_INJURY
    +  # "a second man was also hit", not "hit him" nor "hit with a charge"
    r"|hit\b(?!\s+(?:him|her|them|it|an?|the|his|their)\b|\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    rf"{PENALTIES})"
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
    r"|(?P<injured>(?:\w+ly\s+)?(?:shot(?!\s+" + MISSED + r")|wounded|injured|hurt|grazed"
    rf"|{HOSPITALIZED}|{CONVEYED}\s+to\s+(?:" + victims.HOSPITAL + r"))))\b",
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
    rf"(?:{PERSONS}|(?P<his>{HIS_PERSON}(?:\s+and\s+{NEXT})?))",
    re.I,
)
# the companion set off by commas before the clause's verb, whose fate is theirs too: "a woman,
# along with her son, was wounded", "the driver, along with a passenger, was killed"; not "a man,
# along with his brother, was arrested" (no harm)
ALONG_WITH_FRONT_RE = guarded(
    r",\s*along\s+with\s+"
    rf"(?:{PERSONS}|(?P<his>{HIS_PERSON}(?:\s+and\s+{NEXT})?)){AGE_AFTER_PERSON}\s*,\s*"
    rf"(?:(?P<killed>{KILLED_PRED})|(?P<injured>{INJURED_PRED}))\b",
    re.I,
)

# a companion count's noun, then the clause's verb: "The driver, along with two [passengers], was hurt"
COUNT_FRONT_PRED_RE = compiled(
    rf"(?:\s+[\w'’-]+){{1,3}}?\s*,\s*(?:(?P<killed>{KILLED_PRED})|(?P<injured>{INJURED_PRED}))\b", re.I
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
# the third field: the pattern names a person with PERSONS or HIS_PERSON, after a space: a
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
    "burned", "burnt", "beat", "martyr", "breath", "drown", "escaped with", "survived with",
    # the places of care HOSPITAL_NOUNS names beside "hospital": "flown to a trauma center"
    "trauma cent", "medical cent",
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
