"""People killed or injured with no number written: "a man was shot and killed", "a shooting
that wounded a teenager", "a murder-suicide", and people referred to again ("he died at the
hospital"). Each becomes a count (1, or 2 for "a man and a woman") for figures.py.
"""

from __future__ import annotations

import bisect
import itertools
import re

from summarizer.rules import victims
from summarizer.rules.written_counts import HARMS, FigureDraft
from summarizer.text.base import Span
from summarizer.text.incident_words import NOT_DEAD_INTENSIFIER, PERPETRATOR_NOUNS
from summarizer.text.numbers import (
    ALSO,
    FILLER,
    FULL_NAME,
    VICTIM_NOUNS,
    implicit_count,
    sex_of,
)
from summarizer.text.regex import guarded
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import tells_another_incident

# "a murder-suicide" names two deaths, the victim's and the killer's; not an attempted one
_MURDER_SUICIDE_RE = guarded(r"(?<!attempted\s)\bmurder[- ]suicide\b", re.I)


def murder_suicide(
    view: str, lowered: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """Two killed for "a murder-suicide" in the lead (its first three sentences: later, it is
    often another case of a roundup) when no count of the dead comes before it."""
    lead = sentences[:3]
    if not lead or lowered.find("suicide", lead[0].start, lead[-1].end) < 0:
        return []
    for sent in lead:
        m = _MURDER_SUICIDE_RE.search(view, sent.start, sent.end)
        if m is None or any(a <= m.start() < b for a, b in skip):
            continue
        if any(d.category == "killed" and d.span[0] < m.start() for d in drafts):
            return []
        return [_people(view, m.span(), "killed", sent.index, 2)]
    return []


_PERSON = (
    rf"(?:(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b"
    # two people: "a pair of teenagers", "a couple of friends"
    rf"|a\s+(?:pair|couple)\s+of\s+(?!(?:dozens?|scores?|hundreds?)\b)(?:{FILLER}\s+){{0,2}}?(?:(?:{VICTIM_NOUNS})s|(?:wo)?men|people|children)\b"
    r"|(?:an?|one)\s+\d{1,3}-year-old(?=\s*(?:,|was\b|is\b|had\b|has\b|who\b|died\b)))"
)
_NAMED_AGED = r"(?P<named>\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
_HIS_PERSON = rf"(?:his|her|their)\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b"
# the next person of a list; without an article, never a verb of harm or "another" first: "shot
# a man and injured another person" names two people, each the object of their own verb
_NEXT = (
    rf"(?:(?:an?|his|her|their)\s+(?:{FILLER}\s+){{0,2}}?|(?!(?:another|injured|wounded|killed|shot|hurt)\s)(?:{FILLER}\s+){{0,2}}?)"
    rf"(?:{VICTIM_NOUNS})\b"
)
_PERSONS = rf"(?P<np>{_PERSON}(?:\s*(?:,|and|,\s*and)\s+{_NEXT})*)"
_KILLED_PRED = (
    r"(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:\w+ly\s+)?(?:shot\s+(?:and\s+killed|dead|to\s+death)|killed|slain"
    r"|murdered|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|struck)|(?:struck|hit)\s+and\s+killed|found\s+(?:shot\s+)?dead|(?:pronounced|confirmed|declared|presumed)\s+dead"
    r"|stabbed\s+to\s+death|dead" + NOT_DEAD_INTENSIFIER + r"|found\s+shot\s+to\s+death|found\s+dead)"
    r"|(?:has\s+|had\s+)?(?:also\s+)?(?:\w+ly\s+)?(?:died|passed\s+away|succumbed)"
    r"|(?:were)\s+(?:also\s+|both\s+|all\s+)?(?:shot\s+and\s+killed|killed|fatally\s+shot|found\s+(?:shot\s+)?dead|shot\s+to\s+death)"
    r"|whose\s+(?:[\w-]+\s+)?bod(?:y|ies)\s+(?:was|were|had\s+been)\s+(?:found|discovered|recovered)"
    # a reduced relative, only in forms no active verb takes: "a man shot to death Sunday", "a
    # teenager fatally shot while walking home"
    # (not "a gunman shot dead a man", the active verb before its object)
    r"|(?:shot\s+to\s+death|shot\s+dead(?!\s+(?:an?|the|his|her|their|one|two|three)\b)|(?:fatally|mortally)\s+(?:shot|wounded)\s+(?=while|during|after|outside|inside|in|on|at|near)|found\s+(?:shot\s+)?dead)"
)
# "was shot at" with nothing after "at" but the clause's end: aimed at and missed, no harm (not "shot
# at a party", "shot at about 2 a.m.", "shot at least once")
_MISSED = (
    r"at(?=\s*[,.;:]|\s+(?:by|but|and|or|while|when|as|from|during|twice|once|several|multiple|repeatedly|again)\b)"
)
_INJURED_PRED = (
    r"(?:was|were|has\s+been|had\s+been)\s+also\s+(?:shot(?!\s+"
    + _MISSED
    + r")|wounded|injured|hurt)(?!\s+by\s+(?:flying\s+)?(?:glass|debris))"
    # (a floating quantifier after the verb: "a clerk and a customer were both wounded")
    r"|(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:(?:both\s+|all\s+)?(?:shot(?!\s+"
    + _MISSED
    + r")|wounded|injured|hurt|grazed)"
    r"|(?:struck|hit)\s+and\s+(?:injured|wounded|hurt)|struck\s+(?:by|in\s+the)|hit\s+by\s+an?\s+(?:\w+\s+)?"
    r"(?:car|truck|lorry|bus|van|vehicle|train|tram|suv|motorcycle)"
    r"|hit\s+(?:twice|once|(?:\w+\s+)?times|in\s+the|by\s+(?:a\s+)?(?:bullet|gunfire|stray))|recovering"
    r"|hospitali[sz]ed|(?:taken|transported|rushed)\s+to\s+(?:"
    + victims.HOSPITAL
    + r")|in\s+(?:critical|serious|stable)\s+condition)"
    r"|(?:is|are|was|were)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)"
    # where the person is: "a cook is in the hospital after …" (not "in the hospital lobby"); a
    # cause after "with" or "for" must be a wound, not an illness or a companion ("with pneumonia")
    r"|(?:is|are|was|were|remains|remained)\s+(?:still\s+)?in\s+(?:the\s+|a\s+)?hospital"
    r"(?=\s*[,.;]|\s+(?:after|in|on|at|and|following|where|since|but|as|while|until|tonight|today|early|late)\b"
    r"|\s+(?:with|for)\s+(?:[\w'’-]+\s+){0,4}?(?:wounds?|injur(?:y|ies)|burns|gunshot|bullet|trauma|treatment)\b)"
    r"|(?:suffered|sustained)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot\s+)?(?:wounds?|injur(?:y|ies)|burns)"
    # a blow with a gun: "was pistol-whipped", "was struck in the head with a handgun"
    r"|(?:was|were)\s+(?:pistol[- ]?whipped|(?:struck|hit|beaten)\s+(?:\w+\s+){0,4}?with\s+an?\s+(?:gun|handgun|pistol|rifle|shotgun))"
    r"|(?:\w+ly\s+)?shot\s+(?:himself|herself)|being\s+shot"
    # the person brought themselves, or was brought, to a hospital with the wound
    r"|(?:arrived|showed\s+up|walked|drove\s+(?:himself|herself))\s+(?:at|to|into)\s+(?:"
    + victims.HOSPITAL
    + r")|was\s+(?:taken|transported|rushed)\s+by\s+(?:ambulance|helicopter|car|private\s+vehicle)\s+to"
    # "was the victim of a shooting", not of a fatal one
    r"|was\s+the\s+victim\s+of\s+an?\s+(?!(?:fatal|deadly)\b)(?:[\w\"“”'-]+\s+){0,2}?shooting"
    # found carrying the wound: "was found near the dam with a bullet wound"
    r"|(?:was|were)\s+found\s+(?:[^.;]{0,60}?\s)?(?:with|suffering\s+from)\s+(?:an?\s+|multiple\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gunshot|bullet)\s+wounds?"
)
_NAMES = rf"(?P<names>{victims.AGED_NAMES})(?:\s*,)?"
# the person, an optional apposition (", 23," or ", identified as …,"), then what happened (a
# quotation may open before it: 'a man "was shot in the leg," police said')
_SUBJECT_RE = guarded(
    rf"\b(?:{_PERSONS}|(?P<his>{_HIS_PERSON}))(?:\s*,[^,.;]{{1,60}},)?\s+(?:who\s+(?:[^.;]{{0,100}}?\s+)??)?[\"“]?(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b",
    re.IGNORECASE,
)
_NAMES_RE = guarded(
    rf"(?<![\w'’-]){_NAMES}\s+(?:(?P<killed>{_KILLED_PRED})|(?P<injured>{_INJURED_PRED}))\b", re.IGNORECASE
)
_OBJECT_RE = guarded(
    rf"\b(?:(?P<killed>kill(?:ed|ing)|(?:fatally|mortally)\s+(?:shot|wounded)|shot\s+and\s+killed|shot\s+dead|murdered"
    rf"|(?:lifeless\s+)?bod(?:y|ies)\s+of|(?:fatal|deadly)\s+shooting\s+of)"
    rf"|(?P<injured>wound(?:ed|ing)|injur(?:ed|ing)|shot(?!\s+(?:and\s+killed|dead))|shot\s+and\s+wounded|pistol[- ]?whipp(?:ed|ing)))"
    rf"\s+{_PERSONS}",
    re.IGNORECASE,
)
# a verb left out after "and", as in "one man was killed and a woman wounded"
_GAPPED_RE = guarded(
    rf"\band\s+(?P<np>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS}))\s+"
    r"(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt))\b",
    re.I,
)
_LEFT_DEAD_RE = guarded(
    # an age told by decade may come between: "left a woman in her forties dead"
    rf"\b(?:left|leaving|found|find|finds)\s+{_PERSONS}(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s))?"
    rf"\s+(?:(?P<killed>dead|shot\s+(?:to\s+death|dead))"
    rf"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|shot)|suffering\s+from\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?wounds?))\b",
    re.I,
)
# a death named by its noun, then whose it was, by kin or by name: "the shooting death of his
# son", "the fatal shooting of 19-year-old Dana Reyes", "found the body of Lee Park", "took the
# life of …"; a shooting not said to be fatal wounds: "investigating the shooting of a teenager"
_DEATH_OF_RE = guarded(
    r"\b(?:(?P<killed>(?:fatal|deadly)\s+shooting|(?:shooting\s+)?deaths?|murder|killing|(?:lifeless\s+)?body"
    r"|(?:took|claimed|ended)\s+the\s+(?:life|lives))|(?P<injured>(?:non-?fatal\s+)?shooting))\s+of\s+"
    rf"(?:{_PERSONS}|(?P<named>{_HIS_PERSON}|(?:\d{{1,3}}-year-old\s+)?{FULL_NAME}))",
    re.I,
)
# a sentence set weeks or more before the incident: "two weeks ago", "last month"
_PAST_RE = guarded(
    r"\b(?:(?:weeks|months|years|decades)\s+(?:ago|earlier|before)|last\s+(?:month|year))\b",
    re.I,
)
# "charged with attempted murder of an officer": no one died
_ATTEMPTED_BEFORE = re.compile(r"attempt\w*\s+(?:[\w-]+\s+)?$", re.I)
# "shot a man and wounded another person": one more person, the object of their own verb after
# "and" (not "one man shot another man", where "another" is the only victim)
_OBJECT_ANOTHER_RE = re.compile(
    # after "and", or the verb after a preposition: "was shot by deputies after shooting another man"
    r"(?:\band|\b(?:after|for|of|with)(?:\s+allegedly)?)\s+"
    rf"(?:(?P<killed>killed|killing|(?:fatally|mortally)\s+(?:shot|shooting|wounded))"
    rf"|(?P<injured>wounded|wounding|injured|hurt|shooting|shot(?!\s+(?:and\s+killed|dead))))"
    rf"\s+(?P<np>another)(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b|\s*[.,;])",
    re.I,
)
# "shot dead a man and wounded his brother": the object of a second verb of harm after "and", named
# by kin ("a woman" is _OBJECT_RE's)
_AND_HIS_OBJECT_RE = guarded(
    r"\band\s+(?:(?P<killed>killed|(?:fatally|mortally)\s+(?:shot|wounded))|(?P<injured>wounded|injured|shot(?!\s+(?:and|dead)\b)))"
    rf"\s+(?P<his>{_HIS_PERSON})",
    re.I,
)
# "a shooting sent a man to the hospital", "left a woman in critical condition"
_SENT_TO_RE = guarded(
    rf"\b(?:sent|put|landed|left|leaving)\s+{_PERSONS}\s+(?P<injured>(?:to|in)\s+(?:the|a|an)\s+(?:\w+\s+)?hospital"
    r"|in\s+(?:critical|serious|stable|grave|fair)\s+condition)\b",
    re.I,
)
# the second person of "left a man dead and a teenager wounded" (the first is _LEFT_DEAD_RE's)
_LEFT_AND_RE = guarded(
    rf"\b(?:left|leaving)\s+(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\s+dead\s+and\s+"
    rf"(?P<np>(?:an?|one)\s+(?:{FILLER}\s+){{0,4}}?(?:{VICTIM_NOUNS})\b|another)"
    r"\s+(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|hospitali[sz]ed))\b",
    re.I,
)
# "A Lisk man is dead and another was wounded"
# "a quarrel that left 52-year-old Tavish Orrin III dead and sent 29-year-old Ada Morel to the hospital"
_NAMED_RE = guarded(
    rf"\b(?:left\s+{_NAMED_AGED}\s+(?P<killed>dead)|(?:left|sent)\s+{_NAMED_AGED.replace('named', 'named2')}"
    rf"\s+(?P<injured>(?:to\s+(?:the|a|an)\s+(?:\w+\s+)?hospital|wounded|injured)))",
)
# "The gunfire hit a man and a woman"
_GUNFIRE_RE = guarded(
    rf"\b(?:gunfire|bullets?|shots?|rounds?|a\s+stray\s+bullet)\s+(?:\w+ly\s+)?(?P<injured>hit|struck|wounded|grazed)\s+{_PERSONS}",
    re.I,
)
# "the officer shot Orrin in the hip", "Lina Voss, 28, was shot in the stomach": a name
# is a person when a bullet finds a part of the body, or when the shots that hit them are counted
_BODY_PART = (
    r"(?:\w+\s+)?(?:legs?|arms?|hips?|chest|head|back|neck|foot|feet|hands?|shoulders?|stomach|abdomen|torso"
    r"|buttocks|face|thighs?|knees?|groin|side|wrists?|ankles?|jaw|eyes?)\b"
)
_NAMED_SHOT_RE = guarded(
    r"\b(?P<injured>shot)\s+(?P<named>(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+(?:once\s+|twice\s+)?in\s+the\s+"
    + _BODY_PART
    + r"|\b(?P<named2>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?:,[^,.;]{1,60},)?\s+(?:was|had\s+been)\s+"
    r"(?P<injured2>shot)\s+(?:once\s+|twice\s+)?in\s+the\s+"
    + _BODY_PART
    # or when the bullets are counted: "shot Orrin three times"
    + r"|\b(?P<injured3>shot)\s+(?P<named3>(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+"
    r"(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d{1,2})\s+times)\b"
)
# "fatally shot his brother and then himself": the person killed and the killer, two dead
_AND_SELF_RE = guarded(
    r"\b(?P<killed>fatally\s+shot|shot\s+and\s+killed|killed|murdered|shot\s+(?:\w+\s+)?(?:to\s+death|dead))\s+"
    rf"(?P<np>(?:{_HIS_PERSON}|{_PERSON})\s+and\s+(?:then\s+)?(?:himself|herself))\b",
    re.I,
)
_ANOTHER_RE = guarded(
    r"(?:\band|[,;])\s+(?P<np>another)\s+(?:(?P<killed>was\s+killed|died)|(?P<injured>(?:was\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt|shot"
    r"|hospitali[sz]ed|(?:taken|transported|rushed|airlifted)\s+to)"
    # how the other is now: "one man is dead and another is fighting for his life"
    r"|(?:is|was)\s+(?:(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+life|in\s+(?:critical|serious|stable|grave)\s+condition)))\b",
    re.I,
)
# "Another man was also shot", "a second victim was taken to a hospital", "and a third man was
# wounded": one more person, the words "another" or an ordinal before a person naming them
_ORDINAL = r"a\s+(?:second|third|fourth|fifth|sixth)"
_SECOND_RE = re.compile(
    rf"\b(?P<np>another(?=\s+(?:{FILLER}\s+){{0,2}}?(?:{VICTIM_NOUNS})\b)|(?<=\band\s)another|{_ORDINAL}\s+(?:{VICTIM_NOUNS})"
    # the one left of two: "the other man was taken to a hospital"
    rf"|the\s+other\s+(?:{VICTIM_NOUNS})\b"
    # one alone opening its sentence: "Another was wounded.", "A fourth was grazed.", "The other was hit."
    r"|(?-i:(?:Another|A\s+(?:second|third|fourth|fifth|sixth)|The\s+other))(?=\s+(?:was|were|had|has)\s))"
    # (words between, never a negation: "was shot at but was not hit")
    rf"\b(?:\s*,[^,.;]{{1,60}},)?(?:[\w\s'’-]{{0,30}}?,\s*\d{{1,3}},)?(?:(?!\s(?:not|never)\b|n['’]t\b)[\w\s'’-]){{0,30}}?"
    r"\s+(?P<aux>(?:was|has\s+been|had\s+been)\s+)?(?:also\s+|later\s+)?(?:(?P<killed>killed|died|(?:fatally|mortally)\s+(?:shot|wounded))"
    # (not the active "another driver shot him" nor "shot the clerk": the one more person is the
    # shooter; not "shot at", who was missed)
    r"|(?P<injured>(?:\w+ly\s+)?(?:wounded|injured|hurt|grazed|struck\s+by"
    r"|shot(?!\s+(?:and\s+killed|dead|to\s+death)\b)(?(aux)(?!\s+"
    + _MISSED
    + r")|(?!\s+(?:him|her|them|the|an?|his|their|its|one|at)\b))"
    r"|hospitali[sz]ed|(?:taken|transported|rushed)\s+to\s+(?:"
    + victims.HOSPITAL
    + r")|treated\s+(?:and\s+released|for)"
    # "a second man was also hit", not "hit him" nor "hit with a charge"
    r"|hit\b(?!\s+(?:him|her|them|it|an?|the|his|their)\b|\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:charges?|counts?|fines?|citations?|tickets?|lawsuits?|penalt(?:y|ies)|sanctions?|suspensions?|bans?)\b)"
    r"|found\s+(?:[^.;]{0,60}?\s)?(?:who\s+had\s+been\s+)?(?:shot|wounded|injured|suffering))))\b",
    re.I,
)
# "Officers said the store's clerk was also shot": one more person named by a definite noun
# phrase, told as harmed besides those counted (not "the victim", one of them)
_THE_ALSO_RE = guarded(
    rf"\b(?P<np>the\s+(?:{FILLER}\s+){{0,2}}?(?!victim\b)(?:{VICTIM_NOUNS}))\s+(?:was|were)\s+also\s+"
    r"(?:(?P<killed>killed|(?:fatally|mortally)\s+(?:shot|wounded))"
    r"|(?P<injured>(?:\w+ly\s+)?(?:shot(?!\s+" + _MISSED + r")|wounded|injured|hurt|grazed)))\b",
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
_DIED_LATER = re.compile(
    r"[^.;]{0,100}?\b(?:(?:(?:was|were)\s+)?(?:later\s+|\w+ly\s+)?(?:pronounced|declared)\s+(?:dead|deceased)|(?:later\s+)?died"
    r"|passed\s+away|succumbed)\b",
    re.I,
)
_WHO_DIED = re.compile(r"\bwho\s+(?:\w+ly\s+|later\s+)?(?:died|passed\s+away|succumbed)\b", re.I)


# each pattern with the words (lower-cased) one of which it cannot match without: a sentence
# without them is not searched
_VICTIM_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (_AND_SELF_RE, ("himself", "herself"), False),  # before the patterns that would take its first person
    (_LISTED_RE, (";",), False),  # before the patterns that would take one of its people
    (_SUBJECT_RE, (), True),
    (_OBJECT_RE, (), True),
    (_LEFT_DEAD_RE, ("left", "leaving", "found", "find"), True),
    (_LEFT_AND_RE, ("left", "leaving"), True),
    (_SENT_TO_RE, ("sent", "put", "landed", "left", "leaving"), True),
    (_ANOTHER_RE, ("another",), False),
    (_OBJECT_ANOTHER_RE, ("another",), False),
    (_AND_HIS_OBJECT_RE, ("his", "her", "their"), False),
    (_DEATH_OF_RE, (" of ",), False),
    (_SECOND_RE, ("another", "a second", "a third", "a fourth", "a fifth", "a sixth", "the other"), False),
    (_THE_ALSO_RE, ("also",), False),
    (_GAPPED_RE, ("wounded", "injured", "hurt"), True),
    (_GUNFIRE_RE, ("gunfire", "bullet", "shot", "round"), True),
    (_NAMED_RE, ("left", "sent"), False),
    (_NAMED_SHOT_RE, ("shot",), False),
    (_NAMES_RE, (" and ",), False),
)
# the third field: the pattern names a person with _PERSONS or _HIS_PERSON, after a space: a
# victim noun ("a man", "his son") or an age ("a 19-year-old"), each a whole run of word
# characters. The runs one of which such a sentence holds (lower-cased), None if not told


# the words one of which every pattern above needs, as they stand in lower-cased text; "hit"
# only as a whole word, "passed" only before "away"
_HARM_LITERALS = (
    "shot", "kill", "dead", "died", "wound", "injur", "hurt", "hospital", "recover", "struck", "grazed", "body",
    "bodies", "murder", "slain", "stabbed", "condition", "suffer", "gunfire", "bullet", "fatal", "deadly", "succumb",
    "sustained", "whipp", "death", "life of", "lives of", "fighting for", "shooting of", "treated",
)  # fmt: skip
_HARM_CHECKED = {"hit": re.compile(r"\bhit\b"), "passed": re.compile(r"passed\s+away")}


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
    return found


def implicit_victims(
    view: str, lowered_view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """People killed or injured with no number written: "A man was shot and killed", "a
    shooting that wounded a teenager". Each becomes a count of 1 (2 for "a man and a woman")
    whose span is the words that name them; a sentence that already counts its category in
    digits or words adds none."""
    out: list[FigureDraft] = []
    if not sentences:
        return out
    # most sentences tell of no one hurt: the harm words, looked up once each, find those that might
    lo, hi = sentences[0].start, sentences[-1].end
    lowered = lowered_view[lo:hi]  # the view lower-cased as a whole (once per article)
    harmed = harmed_sentences(lowered, [sent.start for sent in sentences], lo)
    # lower-casing keeps every letter re.IGNORECASE matches with an ASCII one but these
    folds_checked = not any(c in view for c in victims.FOLDS_TO_ASCII)
    shootings_of: set[int] = set()  # the people wounded by "the shooting of …" (ids of their drafts)
    counted_in: dict[int, set[str]] = {}
    for d in drafts:
        counted_in.setdefault(d.sentence, set()).add(d.category)
    for k, sent in enumerate(sentences):
        if k not in harmed:
            continue
        counted = counted_in.get(sent.index, set())
        first_here = len(out)  # sentences lie apart: only this sentence's people can overlap
        here = lowered[sent.start - lo : sent.end - lo]
        person: bool | None = None
        for pattern, needs, needs_person in _VICTIM_PATTERNS:
            if needs and not any(w in here for w in needs):
                continue
            if needs_person and victims.PERSON_RUNS is not None and folds_checked:
                if person is None:
                    person = not victims.PERSON_RUNS.isdisjoint(victims.RUN_RE.findall(here))
                if not person:
                    continue
            for m in pattern.finditer(view, sent.start, sent.end):
                category = "killed" if "killed" in m.groupdict() and m.group("killed") else "injured"
                if (
                    category == "injured"
                    and pattern in _DIES_LATER_PATTERNS
                    and (_WHO_DIED.search(m.group()) or _DIED_LATER.match(view, m.end(), sent.end))
                ):
                    category = "killed"  # "a man who was shot … died", "was shot and pronounced dead"
                group = next(g for g in ("his", "named", "named2", "named3", "np", "names") if m.groupdict().get(g))
                s, e = m.span(group)
                phrase = view[s:e]
                value = implicit_count(phrase)
                if value is None or category in counted or any(a <= s < b for a, b in skip):
                    continue
                if _unasserted(view, max(sent.start, s - 30), s):
                    continue  # "it is possible a man was shot": a harm supposed, not told
                if _PAST_RE.search(view, sent.start, sent.end):
                    continue  # an earlier case recalled: "two weeks ago a man was shot and killed there"
                if pattern is _DEATH_OF_RE and (
                    _ATTEMPTED_BEFORE.search(view, max(0, m.start() - 30), m.start())
                    or any(
                        d.category in HARMS and d.span[0] < m.start() and id(d) not in shootings_of
                        for d in itertools.chain(drafts, out)
                    )
                    or (category == "injured" and k >= _LEAD)
                ):
                    # a death named by its noun is the story's own only as its first toll: after
                    # another, it is most often an earlier case recalled ("since the murder of …");
                    # a shooting named so later than the lead is most often another one mentioned
                    continue
                before = list(itertools.chain(drafts, out))
                if _THE_OTHER.match(phrase) and any(d.category == "killed" and d.value > 1 for d in before):
                    continue  # after two deaths "the other victim" is the second of the dead, told how they were hurt
                also = _told_also(view, m, e)
                if (
                    also
                    and not any(d.category in HARMS and 0 <= sent.index - d.sentence <= _ALSO_REACH for d in before)
                    and not _ONE_MORE.match(phrase)
                ):
                    # "was also shot" with no one hurt just before: of another incident recalled (but "a
                    # second hiker was also hurt" tells one more of this story's, what befell the first unread)
                    continue
                if pattern is _THE_ALSO_RE and _head(phrase) in {
                    _head(w) for d in before for w in (d.text, d.noun or "")
                }:
                    continue  # "A clerk was shot … the clerk was also shot in the leg": the same person
                same = [d for d in out[first_here:] if d.span[0] < e and s < d.span[1]]
                if same:
                    if category == "killed" and all(d.category == "injured" for d in same):
                        # "the body of a man who had been shot": the words name one person, dead
                        for d in same:
                            d.category, d.label = "killed", "people killed"
                    continue
                out.append(_people(view, (s, e), category, sent.index, value))
                if also or _ALSO_HARMED_BEFORE.search(view, max(0, s - 30), s):
                    # "A woman was also wounded", "also injured a man": people besides those counted before
                    out[-1].label = f"{ALSO}{category}"
                if besides := _BESIDES_BEFORE.search(view, sent.start, s):
                    out[-1].label += f" {' '.join(besides.group().lower().split())}"  # "In addition, a woman …"
                if pattern is _DEATH_OF_RE and category == "injured":
                    shootings_of.add(id(out[-1]))
    if shootings_of and any(d.category == "killed" for d in out):
        # "the shooting of a man" leaves open whether he died: where the text counts a death, it
        # is most often that one ("… the fatal shooting of Lee Park")
        out = [d for d in out if id(d) not in shootings_of]
    # "a man was found shot to death … they found a man suffering from a gunshot wound": one
    # person, first dead, then described wounded; who died is not also counted as injured (but
    # one killed in a second shooting told after the lead's toll is someone else)
    dead_in = {d.sentence for d in out if d.category == "killed" and d.value == 1}
    lead = min((d.sentence for d in itertools.chain(drafts, out) if d.category in HARMS), default=-1)
    other_incident = {
        sent.index
        for sent in sentences
        if sent.index in dead_in and sent.index > lead and tells_another_incident(lowered_view, sent.start, sent.end)
    }
    killed_heads = {
        d.text.split()[-1].lower()
        for d in out
        if d.category == "killed" and d.value == 1 and d.sentence not in other_incident
    }
    return [
        d
        for d in out
        if not (
            d.category == "injured"
            and d.value == 1
            and d.text.split()[-1].lower() in killed_heads
            and not _ONE_MORE.match(d.text)
            and not _also_harmed(view, d.span)
        )
    ]


# a harm only supposed or asked after: "it is possible a man was shot", "unclear whether anyone
# was hurt"; or only thought by the person it would have harmed: "he thought he had been hit". A
# source's belief ("investigators believed a man was shot") is a hedge, not a denial.
_UNASSERTED_BEFORE = re.compile(r"\b(?:possible|possibly|unclear|whether)\s+(?:that\s+)?$", re.I)
_THOUGHT_HIMSELF_BEFORE = re.compile(
    r"\b(?P<who>he|she|they|I|we)\s+(?:\w+ly\s+)?(?:thought|believed|feared|assumed|imagined)\s+(?:that\s+)?$",
    re.I,
)


def _unasserted(view: str, start: int, at: int) -> bool:
    """Is the harm of the person named at ``at`` only supposed, not told?"""
    if _UNASSERTED_BEFORE.search(view, start, at):
        return True
    thinker = _THOUGHT_HIMSELF_BEFORE.search(view, start, at)
    return thinker is not None and re.match(rf"{thinker.group('who')}\b", view[at : at + 5], re.I) is not None


# the patterns after whose person the sentence may go on to their death ("shot a man, who died at
# the scene"); not those naming one more person ("and another was wounded")
_DIES_LATER_PATTERNS = (_SUBJECT_RE, _OBJECT_RE, _LEFT_DEAD_RE, _GUNFIRE_RE, _NAMED_SHOT_RE, _NAMES_RE)
_ONE_MORE = re.compile(r"(?:another|a\s+second|one\s+other|the\s+other)\b", re.I)
_THE_OTHER = re.compile(r"the\s+other\b", re.I)


# a story tells its own victims' fate early; later sentences recall other cases
REFERRED_WITHIN = 12
_LEAD = 3  # the lead's sentences, which tell the story's own incident


def referred_victims(
    view: str, sentences: list[Sentence], drafts: list[FigureDraft], skip: list[Span]
) -> list[FigureDraft]:
    """One person killed or injured, referred to again ("he was pronounced dead", "the victim
    is in stable condition"), for a category nothing else counts. Whoever is injured and then
    dies is counted once, as killed: "a man was shot …; he died at the hospital"."""
    have = {d.category for d in drafts if not d.roundup}  # a roundup's tally leaves room for the story's own toll
    found: dict[str, victims.Mention] = {}
    lead = sentences[:REFERRED_WITHIN]
    by_index = {sent.index: sent for sent in lead}
    mentions = victims.mentions(view, lead)
    _died_later(view, drafts, mentions)
    for m in mentions:
        if m.category in have or m.category in found or any(a <= m.span[0] < b for a, b in skip):
            continue
        if _unasserted(view, max(0, m.span[0] - 30), m.span[0]):
            continue  # "he thought he had been shot"
        sent = by_index.get(m.sentence)
        if sent is not None and _PAST_RE.search(view, sent.start, sent.end):
            continue  # an earlier case recalled
        found[m.category] = m
    # the title (a skipped span before the body) tells the toll when the body tells none
    top = sentences[0].start if sentences else 0
    for a, b in skip:
        if b <= top:
            for m in victims.headline(view, a, b):
                if m.category not in have and m.category not in found:
                    found[m.category] = victims.Mention(m.category, m.span, sentences[0].index)
    out: list[FigureDraft] = []
    killed = "killed" in have or "killed" in found
    dead = [d for d in drafts if d.category == "killed"]
    # a count written in a number tells the sex by its noun: "one man dead"
    dead_sexes = {sex_of(d.text if d.noun in (None, "people") else f"{d.text} {d.noun}") for d in dead} | (
        {sex_of(view[slice(*found["killed"].span)])} if "killed" in found else set()
    )
    # the dead all named as the attackers ("the suspect was found dead"): a person wounded and
    # named otherwise is their victim, another person
    dead_words = [d.text if d.noun in (None, "people") else d.noun for d in dead]
    if "killed" in found:
        dead_words.append(view[slice(*found["killed"].span)])
    attackers_dead = bool(dead_words) and all(_attacker(w) for w in dead_words)
    # the dead all introduced as one more person ("Another was fatally shot", "a second man
    # died"): whoever was named wounded before is someone else
    dead_spans = [d.span for d in dead] + ([found["killed"].span] if "killed" in found else [])
    additional_dead = bool(dead_spans) and all(_one_more(view, span[0]) for span in dead_spans)

    many_dead = any(d.value > 1 for d in dead)

    def apart(phrase: str) -> bool:
        # ("the other man": the one of two who did not die; after two deaths, one of the dead)
        return (
            _other_sex(phrase, dead_sexes)
            or (attackers_dead and not _attacker(phrase))
            or additional_dead
            or (_THE_OTHER.match(phrase) is not None and not many_dead)
        )

    for category, m in found.items():
        if category == "injured" and killed and not apart(view[m.span[0] : m.span[1]]):
            continue  # most likely the one who died, on the way to the hospital
        out.append(_people(view, m.span, category, m.sentence, implicit_count(view[m.span[0] : m.span[1]]) or 1))
    injured = [d for d in drafts if d.category == "injured"]
    one_dead = "killed" in found or (bool(dead) and all(_one(d) for d in dead))
    # "a man was shot …; he died": the injured one is the one who died, unless the text
    # introduces a second person ("a woman", "another") beside a single death, or tells them
    # apart ("also injured a man", a woman wounded where a man died)
    # "… a woman had been wounded. She later died": the next sentence tells the person died
    died_next = {
        (m.sentence, sex_of(view[m.span[0] : m.span[1]]))
        for m in mentions
        if m.category == "killed" and view[m.span[0] : m.span[1]].lower() in ("he", "she")
    }
    same = "killed" in found or all(
        _ALREADY_KNOWN.match(d.text) or (d.sentence + 1, sex_of(d.text)) in died_next for d in injured
    )
    same = same and not any(apart(d.text) or _also_harmed(view, d.span) for d in injured)
    dead_one = found.get("killed")
    if dead_one is not None and not _REFERRING.match(view, dead_one.span[0]):
        # "Reyes was killed and his brother was wounded": one sentence tells two fates of two
        # people, each named (not "he died", which names again who was wounded)
        same = same and not any(d.sentence == dead_one.sentence and d.span != dead_one.span for d in injured)
    if one_dead and injured and all(_one(d) for d in injured) and same:
        for d in injured:
            d.category, d.label = "other", f"{d.noun or 'people'} shot"
    return out


# words that introduce one more person than those named before: "another", "a second", "one more"
_ADDITIONAL = re.compile(r"(?:another|an?\s+(?:second|third|fourth|fifth)|one\s+more)\b", re.I)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?;,]\s*|\band\s+)$")


def _one_more(view: str, at: int) -> bool:
    """Does the phrase at ``at`` introduce one more person as a clause's subject ("Another was
    fatally shot", "and a second man died")? Not as an object, where "another" is only someone
    other than the subject ("shot and killed another man")."""
    return (
        _ADDITIONAL.match(view, at) is not None and _CLAUSE_OPENS_BEFORE.search(view[max(0, at - 8) : at]) is not None
    )


def _died_later(view: str, drafts: list[FigureDraft], mentions: list[victims.Mention]) -> None:
    """ "a man shot a woman …; the woman was pronounced dead": one person, named first wounded
    ("a woman") and later dead by the same noun ("the woman"), is not injured but among the
    dead (counted as people shot)."""
    dead: dict[str, int] = {}
    for m in mentions:
        words = view[m.span[0] : m.span[1]].lower().split()
        if m.category == "killed" and len(words) >= 2 and words[0] == "the":
            dead.setdefault(words[-1], m.span[0])
    if not dead:
        return
    for d in drafts:
        words = d.text.lower().split()
        if (
            d.category == "injured"
            and d.value == 1
            and len(words) >= 2
            and words[0] in ("a", "an")
            and dead.get(words[-1], -1) > d.span[0]
        ):
            d.category, d.label = "other", f"{d.noun or 'people'} shot"


def _attacker(phrase: str) -> bool:
    """Does the phrase name the attacker ("the suspect", "a gunman")?"""
    words = phrase.split()
    return bool(words) and words[-1].lower() in PERPETRATOR_NOUNS


def _other_sex(phrase: str, dead: set[str | None]) -> bool:
    """Does the person named by ``phrase`` differ in sex from everyone counted dead (each of
    whose sex is told)? "A man was found dead …; the woman is in stable condition": two people."""
    sex = sex_of(phrase)
    return sex is not None and bool(dead) and None not in dead and sex not in dead


# "the shooting also injured a man", "a woman was also shot": one more person than those told before
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+){0,2}$", re.I)
_ALSO_AFTER = re.compile(r"\s+(?:was|were)\s+also\b", re.I)
_ALSO_REACH = 2  # sentences back to the people "also" adds to
_ALSO_HARMED_BEFORE = re.compile(r"\balso\s+(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|struck|hit|killed)\s+$", re.I)


_ALSO_BEFORE_VERB = re.compile(r"\balso\s+(?:\w+ly\s+)?$", re.I)
_ALSO_VERB = re.compile(r"(?:(?:was|were|is|are|has|had)\s+(?:been\s+)?)?also\b", re.I)
_BESIDES_BEFORE = re.compile(r"\b(?:in\s+addition|besides)\b", re.I)


def _told_also(view: str, m: re.Match[str], end: int) -> bool:
    """Is the person named up to ``end`` told as harmed besides others ("A woman was also
    wounded", "a man who was walking by was also shot", "Another man, 45, was also shot")?"""
    verb = next((m.start(g) for g in ("killed", "injured") if m.groupdict().get(g)), m.end())
    return bool(
        _ALSO_AFTER.match(view, end) or _ALSO_BEFORE_VERB.search(view, end, verb) or _ALSO_VERB.match(view, verb)
    )


def _head(phrase: str) -> str:
    return phrase.split()[-1].lower().removesuffix("s") if phrase.split() else ""


def _also_harmed(view: str, span: Span) -> bool:
    return bool(_ALSO_BEFORE.search(view, max(0, span[0] - 30), span[0]) or _ALSO_AFTER.match(view, span[1]))


def _one(d: FigureDraft) -> bool:
    """One person: "a man", or a count written "one" ("left one woman dead")."""
    return d.value == 1 and (implicit_count(d.text) == 1 or d.text.lower() == "one")


# a person named again by a pronoun or a definite noun phrase: "he", "the victim"
_REFERRING = re.compile(r"(?:the|he|she|him|her|they|them)\b", re.I)
# a person the text has introduced: a name, a pronoun or a definite noun phrase, not "a man"
_ALREADY_KNOWN = re.compile(r"(?!(?:an?|one|another|his|her|their)\b)(?:the\b|he\b|she\b|[A-Z])", re.I)


def _people(view: str, span: Span, category: str, sentence: int, value: int = 1) -> FigureDraft:
    """A count of people named without a number ("a man and a woman", "the victim"), as written at ``span``."""
    return FigureDraft(
        text=view[span[0] : span[1]],
        span=span,
        value=value,
        value_max=None,
        qualifier="exact",
        category=category,
        noun="people",
        label=f"people {category}",
        location=None,
        location_span=None,
        sentence=sentence,
        phrase_start=span[0],
        range_end=span[1],
    )
