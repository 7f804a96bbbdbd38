"""People hurt whom the text names again rather than counts: "he was pronounced dead", "the
victim is expected to recover", "the boy has died". Each is one person; implicit_victims.py counts
them only where nothing stronger (a number, "a man") counts that category.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.rules import toll_words
from summarizer.text.base import Span, lower_same_length
from summarizer.text.given_names import is_given_name
from summarizer.text.implicit_counts import (
    CALENDAR_WORDS,
    FILLER,
    FULL_NAME,
    PERSON_PREFIX,
    RELATION_NOUNS,
    VICTIM_NOUN_LIST,
    VICTIM_NOUNS,
)
from summarizer.text.incident_words import (
    BEATEN_HURT,
    CONVEYED,
    DID_NOT_SURVIVE,
    DIED_VERB,
    HEARSAY,
    HOLDER_NOUNS,
    HOSPITAL_NOUNS,
    HOSPITALIZED,
    HURT_PARTICIPLE,
    IN_CONDITION,
    LY_NOT_NEARLY,
    NEARLY_BEFORE,
    NOT_BY_SHARDS,
    NOT_DEAD_INTENSIFIER,
    NOT_NEARLY,
    NOT_PEOPLE_COUNTED,
    NOT_RECOVERING_FROM_HARM,
    PERPETRATOR_NOUNS,
    SUCCUMBED,
    SUFFERED_INJURY,
    TREATED_AND_RELEASED,
    TREATED_WHERE,
)
from summarizer.text.lexicon import QUANTIFIER_PRONOUNS
from summarizer.text.regex import compiled, guarded
from summarizer.text.segments import Sentence

# a person already introduced: a pronoun, or a definite noun phrase ("the victim", "the
# 22-year-old man", "the wounded teen"); an apposition may follow (", 24,", ", identified as …,")
# "the couple": two people, already introduced
_DEFINITE = (
    rf"(?:he|she|the\s+(?:{FILLER}\s+){{0,3}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS}|victim|couple)|the\s+\d{{1,3}}-year-old)"
)
# whose relative or relation the person is: "a friend of the two men", "the mother of the three
# victims" (one person; the number counts the complement: not_counts); or what they hold, run or
# ride in: "the owner of the store", "the driver of the van"
RELATION_OF = (
    "(?:(?:" + "|".join(f"(?<={w})" for w in (*RELATION_NOUNS, *HOLDER_NOUNS)) + ")"
    r"\s+of\s+(?:the|those|these|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
)
# animals coordinated after the people, never counted with them: "a man and his two dogs died" (one
# dead), "a woman and her horse were hurt"
ANIMALS_BESIDE = (
    r"(?:\s+and\s+(?:(?:his|her|their|an?|the)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pon(?:y|ies)|pets?|cows?|goats?|sheep|pigs?|birds?|parrots?))?"
)
# up to two appositions set off by commas before a name's death, an age and a home ("Dana Reyes,
# 31, of Olvey, died"); only for a death: a name hurt after a long aside is as often an earlier
# case recalled ("X, 35, a man police had stopped, was shot in May"), so a harm takes one
APPOSITIONS = r"(?:(?:\s*,[^,.;]{1,60}){1,2},)?"
# a name with an age after it is a person: "Dana Reyes, 31,"
_NAME = r"(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
_SOMEONE = rf"(?P<who>\b(?:{_DEFINITE}|{_NAME}(?=,\s*\d{{1,3}},))){RELATION_OF}(?:\s*,[^,.;]{{1,60}},)?(?:\s*,?\s+who)?"
# a quantifier pronoun opening a sentence is no name: "Nobody died", "Neither was killed"
_QUANTIFIERS = "|".join(sorted((w.replace(" ", r"\s+") for w in QUANTIFIER_PRONOUNS), key=lambda w: (-len(w), w)))
# a name alone is a person when the text says they died: "Reyes died at the scene"
_NAMED = (
    rf"(?P<who>\b(?!(?:Police|Officers?|Authorities|Investigators|Detectives|Deputies|It|This|That|There|{CALENDAR_WORDS}"
    rf"|{_QUANTIFIERS})\b)"
    # a street's name is no person's: "a man shot on Harlow Lane died later"
    rf"{_NAME}(?<!Lane)(?<!Street)(?<!Avenue)(?<!Road)(?<!Drive)(?<!Boulevard)(?<!County))"
)
# (not "nearly": "nearly died", "was nearly killed" tell a harm that did not come)
_ADVERB = rf"(?:(?:later|eventually|subsequently|then|also|soon|both|all|initially|ultimately|{LY_NOT_NEARLY})\s+)?"
# an adverb between the auxiliary and the participle: "she was later pronounced deceased"
_AUX_ADVERB = rf"(?:(?:later|eventually|subsequently|then|also|soon|{LY_NOT_NEARLY})\s+)?"
HOSPITAL = (
    rf"(?:(?:a|an|the)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{HOSPITAL_NOUNS})"
    # the British use, without an article: "were taken to hospital"
    r"|hospital\b(?!\s+(?:staff|officials?|workers?|bed|lobby|parking|car\s+park))"
    # a hospital by its name: "Mercy General Hospital", "Lakeview Medical Center"
    rf"|(?-i:[A-Z][\w'’.-]*\s+){{1,4}}(?i:{HOSPITAL_NOUNS})"
    # any place, when the words after it say why: "taken to Mercy General with minor injuries"
    r"|[^.;]{1,60}?\s+(?:with\s+(?:an?\s+|one\s+|multiple\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?:gunshot\s+)?"
    rf"(?:wounds?|injur(?:y|ies))|for\s+treatment|{IN_CONDITION}))"
    # not when the words after it say it was for no wound: "for an evaluation", "as a precaution",
    # "because he appeared confused"
    # (unless of a wound: "for evaluation of a gunshot wound")
    r"(?!,?\s+(?:for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:evaluation|examination|observation|assessment|check-?up)"
    r"(?!\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,3}?(?:gunshot|wounds?|injur(?:y|ies)|burns)\b)"
    r"|as\s+a\s+precaution|because\s+(?:he|she|they)\s+(?:appeared|seemed|looked)))"
)
# the care a person is moved to for their wound: a hospital, or its surgery ("taken to a hospital",
# "rushed into surgery", "wheeled to the operating room")
TO_CARE = rf"(?:to\s+(?:{HOSPITAL})|(?:in)?to\s+(?:emergency\s+)?(?:surgery|(?:an?|the)\s+operating\s+(?:room|theat(?:er|re)|table))\b)"
_DIED = (
    rf"{NOT_NEARLY}(?:{DIED_VERB}|dies|(?:has|have|had)\s+(?:since\s+|now\s+)?(?:died|{SUCCUMBED})"
    # a death told as a failure to get through: "he did not survive", "he didn't make it" (not "he
    # did not survive the first cut", "didn't make it clear")
    rf"|{DID_NOT_SURVIVE}"
    r"|(?:was|were)\s+gunned\s+down|(?:was|is|were)\s+(?:already\s+)?deceased"
    r"|(?:was|has\s+been|had\s+been)\s+"
    + _AUX_ADVERB
    + r"(?:pronounced|declared|found|confirmed)\s+(?:brain\s+)?(?:dead|deceased)"
    r"|(?:was|has\s+been|had\s+been|is)\s+"
    + _AUX_ADVERB
    + r"(?:killed|slain|lynched|dead|shot\s+(?:and\s+killed|dead|to\s+death)"
    r"|(?:fatally|mortally)\s+(?:shot|wounded|injured|struck|stabbed))"
    # counted among the dead: "Reyes was the city's first homicide of the year"
    r"|(?:was|is|became)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?homicide(?:\s+victim)?)\b"
)
_HURT = (
    # "was shot at by a gunman", "was shot at but not hit": fired at, maybe missed
    r"(?:(?:was|were|is|remains|remained|had\s+been|has\s+been)\s+(?:\w+ly\s+|then\s+|also\s+|later\s+)?"
    r"(?:shot(?!\s+at\s*(?:[,.;]|but\b|by\b))|(?:wounded|injured|hurt)" + NOT_BY_SHARDS + r"|grazed"
    # a blow with the gun itself: "the clerk was pistol-whipped"
    r"|pistol[- ]?whipped"
    # a beating told by its degree, result or agent: "he was badly beaten", "was beaten by police"
    rf"|{BEATEN_HURT}"
    r"|struck\s+(?:once|twice|\w+\s+times?|in\s+the|by)|hit\s+(?:once|twice|\w+\s+times?|in\s+the|by)"
    rf"|{HOSPITALIZED}|recovering"
    + NOT_RECOVERING_FROM_HARM
    + r"|suffering\s+from|"
    + CONVEYED
    + r"\s+"
    + TO_CARE
    + rf"|(?:listed\s+)?{IN_CONDITION}"
    r"|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)"
    # "was treated for a gunshot wound", "was treated and released"
    r"|treated\s+(?:"
    + TREATED_AND_RELEASED
    + "|"
    + TREATED_WHERE
    + r"for\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies))))"
    # an injury undergone: "suffered a gunshot wound", "sustained a minor burn to his hand"
    rf"|(?:had\s+)?{SUFFERED_INJURY}"
    r"|(?:is|was|were)\s+expected\s+to\s+(?:recover|survive|be\s+(?:ok|okay|fine|all\s+right))"
    # brought themselves to a hospital: "the victim arrived at a hospital with a gunshot wound"
    r"|(?:arrived|showed\s+up|walked|admitted\s+(?:himself|herself))\s+(?:at|to|into)\s+" + HOSPITAL + r""
    r"|survived)\b"
)
# a harm the relative's subject did, to a person it names: "who shot a clerk", "who wounded his wife"
# (a person, then where or when, by up to two phrases that open with a preposition: "at a store in
# Orland", "on Sunday"; no verb of saying: "who shot a man on Sunday said the man died")
IN_RELATIVE_OBJECT = (
    rf"(?:shot|stabbed|wounded)\s+(?:an?|the|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
    r"(?:\s+(?:at|in|on|near|outside|inside|during|behind|last|early|late|this)"
    r"(?:\s+(?!(?:and|who|when|but|after|before|because|as|while|said|says|told|was|is|had|has)\b)[\w'’.-]+){1,4}?){0,2}"
)
# a relative between the person and their fate, opened by when or where they were hurt: "the
# woman shot Sunday near the park has died", "the boy wounded in the crossfire is recovering", "the
# man who was shot Sunday outside a bar has died"; the relative may tell whose word it is and how
# they were hurt: "who police say was shot and wounded …", "who was struck by gunfire …"
_HURT_WHEN = (
    rf"(?:(?:(?<=\bwho)(?:\s+{HEARSAY})?\s+(?:was|were|had\s+been))?"
    rf"\s+(?:{HURT_PARTICIPLE})(?=\s+(?:early|late|last|this|on|in|at|near|outside|inside|during|overnight"
    # (or by whom, or how often: "the man who was shot by police Sunday", "shot twice Sunday")
    rf"|by|twice|once|multiple|several|repeatedly|yesterday|{CALENDAR_WORDS}"
    # (or right before the fate: "the man who was shot has died")
    r"|has|have|had|is|are|was|were|remains?|later|since|died|dies)\b)"
    r"(?:\s+(?!(?:and|who|when|but|after|before|because|as|while)\b)[\w'’-]+){0,8}?"
    # or the harm they did, the relative's verb taking its object: "the man who shot a clerk at a
    # store died" (the head's death; the clerk is hurt: IN_RELATIVE_OBJECT)
    # (their death only: "… was later shot by police and died" is read whole by _AND_DIED_RE)
    rf"|(?<=\bwho)\s+{IN_RELATIVE_OBJECT}(?=\s+(?:later\s+|\w+ly\s+)?(?:has\s+)?died\b))?"
)
_WEAK_RE = guarded(rf"{_SOMEONE}{_HURT_WHEN}\s+{_ADVERB}(?:(?P<killed>{_DIED})|(?P<injured>{_HURT}))", re.I)
# the person's death told after their harm, in a second clause of the same subject: "he was taken
# to a hospital but died", "… and later died of his wounds", "…, but she did not survive"; the words
# between open no clause of their own ("he was hurt while his friend was shot and died": the friend's)
_THEN_DIED = compiled(
    r"(?:\s+(?!(?:and|but|or|who|whose|which|where|while|when|after|before|as|because|said|says|told)\b)[^\s.;]+){0,10}?"
    rf",?\s+(?:but|and)\s+(?:(?:he|she|they)\s+)?{_ADVERB}{_DIED}",
    re.I,
)
# the person's death after another verb of theirs: "the victim ran to a neighbor's home and died"
_AND_DIED_RE = guarded(rf"{_SOMEONE}\s+(?![^.;]*?\bwho\b)[^.;,]{{1,80}}?\band\s+{_ADVERB}(?P<killed>{_DIED})", re.I)
_NAMED_DEAD_RE = guarded(rf"{_NAMED}{APPOSITIONS}\s+{_ADVERB}(?P<killed>{_DIED})", re.I)
_GUN = r"(?:gun|handgun|firearm|rifle|pistol|shotgun|revolver|weapon)"
# a second person of kin joined by "and", still the verb's object, not a new clause's subject: the
# object ends there, at a mark, a preposition, a conjunction or a time ("shot his wife and her brother
# at home", "shot his wife and daughter to death", not "shot his wife and her brother called police",
# "… and her brother drove her to a hospital")
AND_KIN = (
    rf"(?:\s+and\s+(?:(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?)?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
    r"(?=\s*[,.;:)\"”]|\s*$|\s+(?:in|at|on|inside|outside|near|behind|with|before|after|during|while|when|as|and|or"
    rf"|then|to|dead|from|early|late|last|this|once|twice|multiple|several|\d|{CALENDAR_WORDS})\b))?"
)
# the verbs of harm whose object is the one harmed, dead or hurt as the verb tells (a blade's
# "stabbed" as a gun's "shot": "stabbed his wife", one hurt)
_KILLED_OBJECT_VERBS = (
    r"(?:fatally|mortally)\s+(?:shot|shooting|wounded|stabbed)|(?:shot|stabbed)\s+and\s+killed|shot\s+dead"
    r"|kill(?:ed|ing)|murder(?:ed|ing)|gunned\s+down"
)
# (a name is the object of "hit" or "struck" as often in a figure as in a blow: "the scandal hit
# Dana Reyes hard", "struck Lee Park as odd"; a kin noun or a pronoun takes them, a name does not)
_HURT_OBJECT_VERBS = (
    r"shot|shooting(?!\s+(?:himself|herself))|stabb(?:ed|ing)(?!\s+(?:himself|herself))|knifed|slashed"
    r"|wound(?:ed|ing)|injur(?:ed|ing)|pistol[- ]?whipp(?:ed|ing)"
    # a blow "to death" after the object, dead by _DEAD_RESULT or hurt by its degree: "beat his wife
    # to death", "stabbed her son nearly to death" (toll_words.BLOW_TOWARD_DEATH)
    rf"|{toll_words.BLOW_TOWARD_DEATH}"
)
# the person as the object: "an officer shot him", "fatally shot her son", "shot dead his ex-wife",
# "found the man dead"
_OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>{_KILLED_OBJECT_VERBS})|(?P<injured>struck|hit|{_HURT_OBJECT_VERBS}))\s+(?P<who>him|himself|herself|her(?=\s*[,;]|\s*\.(?!\d)|\s+(?:in|on|at|once|twice|and|as|while|after|several|multiple|with|to\s+death)\b)|(?:his|her|their|the)\s+(?:{FILLER}\s+){{0,2}}?"
    # not "struck the man with his car" nor "shot by …"; the gun it was done with may follow; a
    # possessive is not the one harmed but whose ("shot dead his wife's dog"; "his wife's brother" is)
    rf"{PERSON_PREFIX}(?:{VICTIM_NOUNS}|victim)(?!['’]s\b){AND_KIN}|\d{{1,3}}-year-old\s+(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{1,2}}))\b(?!\s+by\b)(?!\s+with\b(?!\s+(?:an?|his|her|their|the)\s+(?:[\w.-]+\s+){{0,2}}?{_GUN}\b))"
    # "found the man dead", "found her neighbor, 52, dead": a possessive's kin too, an age after
    # (after "pronounced", "declared", a pronoun only: "medics pronounced him dead", not "pronounced the plan dead")
    rf"|\b(?:found|left|discovered|pronounced|declared)\s+(?P<who2>him|her|(?<!pronounced\s)(?<!declared\s)"
    rf"(?:{_DEFINITE}|{_NAME}|(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})))"
    # an age, or up to two appositions ("the victim, Dana Reyes, a 63-year-old woman, deceased")
    rf"(?:\s*,\s*\d{{1,3}}\s*,|(?:\s*,[^,.;]{{1,60}}){{1,2}},)?\s+(?P<killed2>dead{NOT_DEAD_INTENSIFIER}|deceased|fatally\s+wounded|shot\s+(?:to\s+death|dead)|lifeless)\b",
    re.I,
)
# a person named as the object, a full name whose first word is a given name, an age in
# apposition after it: "shot and killed Dana Reyes", "fatally stabbed Lee Park, 34, outside …";
# not a thing of theirs ("stabbed Lee Park's tires"), a place (no given name first: "shot Oak
# Street"), nor the first of two objects ("shot Lee Park a glance")
_NAMED_OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>{_KILLED_OBJECT_VERBS})|(?P<injured>{_HURT_OBJECT_VERBS}))\s+(?P<who>{FULL_NAME})"
    rf"(?<!['’]s)(?!['’]s\b|[\w'’-]|\s+(?-i:[A-Z]))(?:\s*,\s*\d{{1,3}}(?=\s*,))?(?!\s+(?:by|an?|the)\b)(?!\s+with\b(?!\s+(?:an?|his|her|their|the)\s+(?:[\w.-]+\s+){{0,2}}?{_GUN}\b))",
    re.I,
)
# people named one by one, each by a full name with an age before or after it: "Dana Reyes, 24,
# and Lee Park, 31", "17-year-old Dana Reyes and 16-year-old Lee Park"
_AGED_NAME = rf"(?:\d{{1,3}}-year-old\s+{FULL_NAME}|{FULL_NAME},\s*\d{{1,3}}(?=\s*,))"
AGED_NAMES = rf"{_AGED_NAME}(?:\s*,\s*{_AGED_NAME})*(?:\s*,)?\s+and\s+{_AGED_NAME}"
# "officers found a teenager with a gunshot wound", "a man suffering from gunshot wounds": an
# indefinite person and the wound they carry
_ONE_WOUNDED = rf"(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS}|\d{{1,3}}-year-old|victim)\b"
_WOUNDED_RE = guarded(
    # one person, or several named one by one: "a man and a woman with gunshot wounds", or one
    # person named with an age: "found Dana Reyes, 24, with a gunshot wound"
    rf"\b(?P<who>{_ONE_WOUNDED}(?:\s*(?:,|and|,\s*and)\s+{_ONE_WOUNDED})*|{AGED_NAMES}|{_AGED_NAME})"
    # where they were found may come between: "a passenger in a van with a gunshot wound"
    r"(?:\s*,[^,.;]{1,60},)?(?:\s+(?:in|on|at|inside|near|outside|behind)\s+(?:the|a|an|his|her|their)\s+[\w-]+)?"
    r"(?:\s*,?\s+(?:both|all|each))?"  # "… in the yard, both with bullet wounds"
    r",?\s+(?:who\s+had\s+been\s+shot|(?:suffering(?:\s+from)?|with)\s+(?:an?\s+|one\s+|multiple\s+|several\s+)?"
    # the wound of a gun, or any wound said to be (not) life-threatening: "with non-life-threatening wounds"
    r"(?:(?:[\w-]+\s+){0,2}?(?:gunshot|bullet|stab)\s+wounds?|(?:non-?\s*)?life[- ]threatening\s+(?:wounds?|injur(?:y|ies))))\b",
    re.I,
)

# the lists of people _WOUNDED_RE may start with, each read whole (possessive: never given back)
_ONE_CHAIN = guarded(rf"\b{_ONE_WOUNDED}(?:\s*(?:,|and|,\s*and)\s+{_ONE_WOUNDED})*+", re.I)
_NAME_CHAIN = guarded(rf"\b{_AGED_NAME}(?:\s*,\s*{_AGED_NAME})*+", re.I)
_PERSON_START = guarded(rf"\b(?={_ONE_WOUNDED}|{_AGED_NAME})", re.I)


def _wounded(view: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of _WOUNDED_RE in view[start:end], as its finditer finds them, in linear time.
    A later person of a list ("a man, a woman and a boy …") ends the same ways as the list from
    its first person, so where the first matches nothing neither does any later one: the regex
    engine would try each, a search quadratic in the list's length."""
    futile: set[int] = set()
    for chain in (_ONE_CHAIN, _NAME_CHAIN):
        for c in chain.finditer(view, start, end):
            if _WOUNDED_RE.match(view, c.start(), end) is None:
                futile.update(m.start() for m in _PERSON_START.finditer(view, c.start() + 1, c.end()))
    pos = start
    for p in _PERSON_START.finditer(view, start, end):
        at = p.start()
        if at < pos or at in futile:
            continue
        m = _WOUNDED_RE.match(view, at, end)
        if m is not None:
            yield m
            pos = m.end()


# "the victim's injuries were not life-threatening": the person by their wound
# "his injuries were not life-threatening": a pronoun's, when a verb follows the wound
_POSSESSIVE_RE = guarded(
    rf"\b(?P<who>the\s+(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS}|victim))['’]s\s+(?:injur(?:y|ies)|wounds?)\b"
    r"|\b(?P<his>his|her)\s+(?:injur(?:y|ies)|wounds?)\s+(?:were|are|was|is|appeared|appear|did|do|does)\b",
    re.I,
)

# "the identity of the victim of a deadly shooting": one person, dead (not "victims", a count
# untold, nor a shooting not said to be fatal)
_VICTIM_OF_RE = guarded(
    r"\b(?P<who>(?:the|a)\s+victim)\s+of\s+(?:an?|the|(?:\w+\s+)?\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:fatal|deadly)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:shooting|stabbing|attack|assault)\b",
    re.I,
)


# a headline's grammar, without articles: "Man shot outside bar", "Teen Shot To Death",
# "24-year-old man dies at hospital"; read only at the top of the text
_HEADLINE_RE = compiled(
    rf"(?:^|(?<=[\s|:–—-]))(?:\d{{1,3}}-year-old\s+)?(?P<who>{VICTIM_NOUNS}|victim)\s+(?:(?:is|was)\s+)?"
    r"(?:(?P<killed>fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death)|killed|dies|died|dead|slain|gunned\s+down)"
    rf"|(?P<injured>shot|wounded|injured|hurt|{HOSPITALIZED}|grazed|{IN_CONDITION}))\b",
    re.I,
)
# (lower-case modifiers may follow it: "a former driver shot and killed …" is prose)
_DETERMINER_BEFORE = guarded(
    r"\b(?:a|an|the|one|his|her|their|another|any|no|neither|either|each|every|this|that)\s+(?-i:[a-z][\w-]*\s+){0,2}$",
    re.I,
)
_HEADLINE_REACH = 160
# (a count is the object unless it counts shots or time: "Teen shot 3 times at party")
_OBJECT_AFTER = compiled(
    r"\s+(?:a|an|the|his|her|their|him|them|its|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    rf"(?!\s+{NOT_PEOPLE_COUNTED}))\b",
    re.I,
)


# a word every pattern of mentions() holds one of
_HARM = compiled(
    r"shot|kill|dead|died|dies|wound|injur|hurt|hospital|recover|struck|hit|graz|condition|suffer|surviv|gunned|stab"
    r"|slain|lynch|succumb|passed\s+away|murder|lifeless|treated|deceas|homicid|whipp|beaten|fighting|fatal|martyr|breath"
    # (the deaths of DIED_TO_DEATH: "drowned", "bled to death")
    r"|drown|death"
)  # on lower-cased text
# the same, looked up word by word (str's "in" is faster than the pattern's scan): its plain
# words, and "passed" for the one that is a pattern
_HARM_WORDS = tuple(w for w in _HARM.pattern.split("|") if w.isalpha())
_PASSED_AWAY = compiled(r"passed\s+away")
assert len(_HARM_WORDS) == _HARM.pattern.count("|")  # every alternative but "passed away"


def _has_harm(text: str) -> bool:
    """Does ``text`` (lower-cased) hold a match of _HARM, or a death told as not making it?"""
    return (
        any(w in text for w in _HARM_WORDS)
        or ("passed" in text and _PASSED_AWAY.search(text) is not None)
        or "n't make it" in text  # "he didn't make it" ("did not survive": "surviv")
        or "n’t make it" in text
        or "not make it" in text
    )


# characters that re.IGNORECASE matches with an ASCII letter ("ı" with "i", "ſ" with "s") but
# that lower-casing does not turn into it: in text holding one, lower-cased words tell nothing
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
RUN_RE = compiled(r"\w+")


def person_runs(nouns: str, extra: tuple[str, ...] = ()) -> frozenset[str] | None:
    """The first words (lower case) of an alternation of plain nouns ("man|woman|security
    guard|fiancée?"), with ``extra``; None when an alternative is more than words and a final
    optional letter."""
    words = set(extra)
    for alternative in nouns.split("|"):
        first = alternative.split()[0] if alternative.strip() else ""
        if not re.fullmatch(r"\w+\??", first):
            return None
        words.update((first[:-1], first[:-2]) if first.endswith("?") else (first,))
    return frozenset(w.lower() for w in words)


# A victim noun or an age ("a man", "the 19-year-old") follows a space and ends before a
# character that is no word character: the patterns naming a person match only in a sentence
# holding one of these as a whole run of word characters (lower-cased); the same for the
# pronouns, the finding verbs and the words of a death
PERSON_RUNS = person_runs(VICTIM_NOUN_LIST, extra=("year", "pair", "couple", "both"))
_SOMEONE_RUNS = None if PERSON_RUNS is None else PERSON_RUNS | {"he", "she", "couple"}
_OBJECT_RUNS = (
    None if PERSON_RUNS is None else PERSON_RUNS | {"him", "himself", "herself", "her", "found", "left", "couple"}
)
_POSSESSIVE_RUNS = None if PERSON_RUNS is None else PERSON_RUNS | {"his", "her"}
_DIED_RUNS = frozenset(
    {
        "died",
        "dies",
        "succumbed",
        "martyred",
        # the words of DIED_IDIOMS and DIED_TO_DEATH: "breathes his last", "bled to death"
        "breathed",
        "breathes",
        "breathing",
        "drowned",
        "burned",
        "burnt",
        "froze",
        "starved",
        "bled",
        "choked",
        "passed",
        "did",
        "didn",
        "gunned",
        "deceased",
        "dead",
        "killed",
        "slain",
        "lynched",
        "death",
        "fatally",
        "homicide",
    }
)
_DIES_AFTER = compiled(
    rf"[^.;]{{0,100}}?\b(?:(?:was|were)\s+(?:later\s+|\w+ly\s+)?(?:pronounced|declared)\s+(?:dead|deceased)|(?:later\s+)?{NOT_NEARLY}{DIED_VERB})\b",
    re.I,
)
# the state the verb left its object in, right after it: "shot his girlfriend dead" (a resultative;
# not "shot him dead center", where "dead" intensifies), or its end: "shot him to death"
# (not "to death's door", near it)
_DEAD_RESULT = compiled(r"\s+(?:dead\b" + NOT_DEAD_INTENSIFIER + r"|to\s+death\b(?!['’]s\b))", re.I)
# (a degree adverb before the verb tells a death that did not come: "nearly shot him to death",
# "almost killed her", the person hurt: NEARLY_BEFORE)
_NAME_AGE = compiled(r",\s*\d{1,3},")  # the age after a name: "Dana Reyes, 31,"


@dataclass(frozen=True, slots=True)
class Mention:
    """One person hurt, as the text refers to them again."""

    category: str  # killed | injured
    span: Span  # the words referring to the person, or the death's words when none
    sentence: int


def mentions(view: str, sentences: list[Sentence]) -> list[Mention]:
    """Every person referred to as hurt by a pronoun, a definite noun phrase, a name or an
    indefinite person with a wound, in text order; the same words are one mention."""
    out: dict[Span, Mention] = {}
    lowered = lower_same_length(view) if sentences else ""
    by_runs = sentences and PERSON_RUNS is not None and not any(c in view for c in FOLDS_TO_ASCII)
    for sent in sentences:
        if not _has_harm(lowered[sent.start : sent.end]):
            continue  # most sentences tell of no one hurt (a search of lower-cased text is much faster)
        runs = set(RUN_RE.findall(lowered, sent.start, sent.end)) if by_runs else None
        if _holds(runs, _SOMEONE_RUNS) or _NAME_AGE.search(lowered, sent.start, sent.end):
            for m in _WEAK_RE.finditer(view, sent.start, sent.end):
                killed = m.group("killed") or _THEN_DIED.match(view, m.end(), sent.end)
                out.setdefault(m.span("who"), Mention("killed" if killed else "injured", m.span("who"), sent.index))
        if _holds(runs, _DIED_RUNS):
            for m in _NAMED_DEAD_RE.finditer(view, sent.start, sent.end):
                out.setdefault(m.span("who"), Mention("killed", m.span("who"), sent.index))
            if _holds(runs, _SOMEONE_RUNS) and " and " in lowered[sent.start : sent.end]:
                for m in _AND_DIED_RE.finditer(view, sent.start, sent.end):
                    out.setdefault(m.span("who"), Mention("killed", m.span("who"), sent.index))
        if _holds(runs, _OBJECT_RUNS):
            for m in _OBJECT_RE.finditer(view, sent.start, sent.end):
                who = m.span("who") if m.group("who") else m.span("who2")
                if _blade_in_defence(m):
                    continue
                out.setdefault(who, Mention(_object_fate(view, m, sent), who, sent.index))
        for m in _NAMED_OBJECT_RE.finditer(view, sent.start, sent.end):
            if is_given_name(m.group("who").split()[0]):
                out.setdefault(m.span("who"), Mention(_object_fate(view, m, sent), m.span("who"), sent.index))
        if _holds(runs, PERSON_RUNS) or _NAME_AGE.search(lowered, sent.start, sent.end):
            for m in _wounded(view, sent.start, sent.end):
                out.setdefault(m.span("who"), Mention("injured", m.span("who"), sent.index))
        if _holds(runs, _POSSESSIVE_RUNS):
            for m in _POSSESSIVE_RE.finditer(view, sent.start, sent.end):
                who = m.span("who") if m.group("who") else m.span("his")
                out.setdefault(who, Mention("injured", who, sent.index))
        if "victim" in lowered[sent.start : sent.end]:
            for m in _VICTIM_OF_RE.finditer(view, sent.start, sent.end):
                out.setdefault(m.span("who"), Mention("killed", m.span("who"), sent.index))
    if sentences:
        for h in headline(view, sentences[0].start, min(sentences[0].end, sentences[0].start + _HEADLINE_REACH)):
            out.setdefault(h.span, Mention(h.category, h.span, sentences[0].index))
    return sorted(out.values(), key=lambda m: m.span)


# a blade's verb, whose object in a report of a gun's crime is as often the gunman, stabbed by
# the one he attacked ("the clerk stabbed the robber", "a man inside the home stabbed him")
_BLADE = compiled(r"(?:stabb|knifed|slashed)", re.I)


def _blade_in_defence(m: re.Match[str]) -> bool:
    """Is the object of a blade's verb the attacker ("stabbed the suspect") or a pronoun, who may
    be one ("stabbed him")? Only a person named as no attacker (kin, a victim noun) is hurt by it."""
    verb, who = m.group("injured"), m.group("who")
    if not verb or not who or not _BLADE.match(verb):
        return False
    last = who.split()[-1].lower()
    return last in PERPETRATOR_NOUNS or last in {"him", "her", "himself", "herself"}


def _object_fate(view: str, m: re.Match[str], sent: Sentence) -> str:
    """Whether the object of a verb of harm died: by the verb ("killed"), its result ("shot him
    dead"), or a death told after ("shot the suspect, who was later pronounced dead"); not when a
    degree before the verb tells a death that did not come ("nearly killed him")."""
    groups = m.groupdict()
    killed = (
        groups.get("killed")
        or groups.get("killed2")
        or _DEAD_RESULT.match(view, m.end(), sent.end)
        or _DIES_AFTER.match(view, m.end(), sent.end)
    )
    if killed and NEARLY_BEFORE.search(view, max(sent.start, m.start() - 8), m.start()):
        killed = None
    return "killed" if killed else "injured"


def _holds(runs: set[str] | None, words: frozenset[str] | None) -> bool:
    """Might a sentence with these word runs (None: not told) hold one of ``words`` (None: any)?"""
    return runs is None or words is None or not runs.isdisjoint(words)


def headline(view: str, start: int, end: int) -> list[Mention]:
    """People hurt in a headline's grammar in view[start:end] ("Man shot outside bar")."""
    out: list[Mention] = []
    text = view[start:end]
    if (
        PERSON_RUNS is not None
        and not any(c in text for c in FOLDS_TO_ASCII)
        and PERSON_RUNS.isdisjoint(RUN_RE.findall(lower_same_length(text)))
    ):
        return out  # no victim noun, which follows a space or a mark and ends before a space
    for m in _HEADLINE_RE.finditer(view, start, end):
        if _DETERMINER_BEFORE.search(view, max(0, m.start() - 40), m.start()):
            continue  # prose, read by the patterns of mentions()
        if _OBJECT_AFTER.match(view, m.end()):
            continue  # an active verb with its object: "an officer shot and killed a dog"
        out.append(Mention("killed" if m.group("killed") else "injured", m.span("who"), -1))
    return out
