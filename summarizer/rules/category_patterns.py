"""The words that tell a count's category, as one pattern per category (killed, injured, missing,
arrested, displaced, intercepted, launched, damaged), and the opening words each pattern's
matches start with, by which figure_context finds a clause's category words without searching it.
"""

from __future__ import annotations

import functools
import re

from summarizer.text import incident_words as iw
from summarizer.text.prefilters import literal_prefixes
from summarizer.text.regex import guarded

# "shot at" fires at someone, who may be missed ("was shot at by a gunman", "a shot at the
# officer"), unless what follows is a place, a noun phrase that names no person: "were shot at a
# party", "shot at the corner of …", "shot at her home"
_PEOPLE = "|".join(
    sorted(
        iw.PEOPLE_NOUNS | {"officer", "deputy", "driver", "resident", "agent", "trooper"}, key=lambda w: (-len(w), w)
    )
)
# nor a time or "at least": "shot at about 11 p.m.", "shot at 3:24", "shot at least once"
_AT_TIME = r"\s+(?:(?:about|around|approximately|roughly|least|noon|midnight)\b|\d{1,2}:\d\d)"
_FIRED_AT = (
    rf"\s+at\b(?!\s+(?:a|an|the|his|her|their|its|\d+)\s+(?!(?:[\w'’-]+\s+){{0,2}}(?:{_PEOPLE})\b))(?!{_AT_TIME})"
)
# conveyed to a hospital on another's errand, not as a patient: a purpose infinitive of a visitor
# or a helper ("taken to the hospital to be with him", "sent to hospital to help"; a patient's is
# passive or names the care: "taken to the hospital to be treated", "… to undergo surgery"; "to see"
# is either: "to see him", "to see a doctor")
_ON_AN_ERRAND = r"(?!\s+to\s+(?:be\s+with|visit|help|assist|treat|care\s+for|comfort|identify|work)\b)"
# the function words that may follow a place where people are, which no noun it modifies does:
# "in hospital with …", "taken to hospital where …"
_AFTER_A_PLACE = (
    "with|after|on|in|at|and|or|but|for|since|following|from|as|by|to|while|when|where|until|overnight|today"
    "|tonight|yesterday|last|this|early|late|under|is|was|were|are|had|has|have|said|says|the|a|an|his|her"
    "|their|its|because|due|of|there"
)
# the parts of a hospital and its staff, which "hospital" modifies: what is sent there is no patient
_HOSPITAL_PARTS = (
    "labs?|laborator(?:y|ies)|grounds|garages?|parking|lots?|chapel|morgue|lobby|entrance|helipad|pharmacy|kitchen"
    "|cafeteria|staff|officials|workers|employees|administrators?|board|security"
)
# the verbs of conveying people to a hospital (the care class with a hospital's own "sent" and
# "admitted", and "sending"), and what may stand between "to" and it (none in British usage: "taken
# to hospital"); a fixed-width look-behind for each
_CONVEYING = (*iw.CONVEYED_OR_ADMITTED_TO_CARE, "sending")
_CONVEYED_TO = "|".join(
    rf"(?<=\b{verb}\sto\s{det})"
    for verb in _CONVEYING
    for det in ("the\\s", "a\\s", "area\\s", "local\\s", "nearby\\s")
)
_CONVEYED_TO_NO_ARTICLE = "|".join(rf"(?<=\b{verb}\sto\s)" for verb in _CONVEYING)
# "to death" after a feeling only exaggerates it: "two pupils were bored to death" (a fixed-width
# look-behind for each feeling)
_NOT_A_FEELING = "".join(rf"(?<!\b{feeling}\sto\s)" for feeling in sorted(iw.FEELINGS_TO_DEATH))
# nor after a degree adverb (iw.SHORT_OF_DEATH), a death that did not come: "beat three men nearly
# to death" left them hurt, as the injured pattern's _NEARLY_TO_DEATH reads
_NOT_A_DEATH = _NOT_A_FEELING + "".join(rf"(?<!\b{degree}\sto\s)" for degree in iw.SHORT_OF_DEATH)
_SHORT_OF = "|".join(iw.SHORT_OF_DEATH)
# a harm "to death" that did not come, told by its degree adverb: "beat two men almost to death"; not
# a feeling before the adverb, which only exaggerates it ("bored half to death"); the adverb tried first
# by a look-ahead, as the note below says
_NEARLY_TO_DEATH = (
    f"(?={_SHORT_OF})"
    + "".join(rf"(?<!\b{feeling}\s)" for feeling in sorted(iw.FEELINGS_TO_DEATH))
    + rf"(?:{_SHORT_OF})\s+to\s+death\b"
)
# An alternative that opens with look-behinds before its word ("(?<=\bin\s)hospital") has the
# word tried first by a look-ahead ("(?=hospital)(?<=\bin\s)hospital"): the same matches, but
# the engine, which enters every alternative of a pattern that ignores case, gives up at a position
# after one letter rather than after every look-behind (some fifty before "hospital").
CATEGORY_SOURCES: list[tuple[str, str]] = [
    (
        "killed",
        r"\b(?:shot\s+(?:and\s+killed|dead|to\s+death)|fatal\s+shooting\s+of"
        # a wound and then the death of the same people, one clause: "two men were shot in the head and
        # died", "one of them was stabbed and later died" (not "shot, and one died", "shot and the gunman died")
        r"|(?:shot|wounded|stabbed|injured)(?:\s+(?!(?:and|but|who|which|that|while|when|after)\b)[\w'’-]+){0,6}?"
        r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?died\b|kill(?:ed|ing|s)?|dead|died|die|dies|slain|lynched"
        # a harm told fatal by its adverb, as near the count as the harm's verb: "fatally shot two guards"
        r"|(?:fatally|mortally)\s+(?:shot|shooting|wounded|wounding|stabbed|stabbing|injured|injuring)"
        # a killing by gunfire told as a phrasal verb: "two men were gunned down" (not "nearly gunned down")
        rf"|(?=gunn){iw.NOT_NEARLY}{iw.GUNNED_DOWN}"
        r"|fatal(?:ly|ities|ity)?|mortally|(?=death)"
        + _NOT_A_DEATH
        + r"deaths?|murder(?:ed)?|perish(?:ed)?|lifeless|bodies"
        # "deceased" as the people's predicate ("four people were deceased", "left two workers deceased"),
        # not before a noun nor a noun itself ("the deceased woman's three sisters", "the deceased and two friends")
        r"|(?=deceased)(?<!\bthe\s)deceased(?=\s*[,.;:)]|\s*$|\s+(?:in|inside|at|on|after|when|from|by|following|near|upon"
        r"|while|as|before|with|during)\b)"
        # deaths by water, current or lack of air: "two people drowned"
        rf"|drown(?:ed|s|ing)?{iw.NOT_DROWNED_OUT}|electrocuted|suffocated|asphyxiated"
        # a death told without its verb: "one of them did not survive", "two later succumbed", "passed away",
        # and the Commonwealth idioms (iw.DIED_VERB): "breathed his last", "two soldiers were martyred"
        rf"|{iw.DIED_VERB}|{iw.DID_NOT_SURVIVE}"
        # lives lost or taken: "claimed 17 lives", "lives were lost", "lost their lives"
        r"|(?:claim(?:ed|ing|s)?|took|tak(?:e|es|en|ing)|cost(?:ing|s)?)(?=\s+(?:[\w,-]+\s+){1,4}?lives\b)|lost\s+(?:their\s+)?lives"
        r"|lives\s+(?:were|have\s+been|had\s+been)\s+lost)\b",
    ),
    (
        "injured",
        rf"\b(?:injur(?:ed|ies|y|ing)|wound(?:ed|s|ing)?|hurt(?:ing)?|stabbed(?!\s+(?:to\s+death|and\s+killed|dead)\b)|(?=hospitali){iw.HOSPITALIZED}|casualties|critical\s+condition"
        # a blow with the gun itself, right before the count it takes as its object: "pistol-whipped
        # one of the clerks", "pistol-whipping two guards", or after the count in the passive: "three
        # guards were pistol-whipped" (not the count of those who struck: "Two men … pistol-whipped the clerk")
        r"|pistol[- ]?whipp(?:ed|ing)(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)"
        r"|(?=pistol)(?<=\bwere\s)pistol[- ]?whipped"
        # a patient's state: "two men are in stable condition", "critical but stable condition"
        # (British usage with an article: "two are in a stable condition")
        # (the grades of iw.CONDITION_GRADES: "left two guards in serious but stable condition"; the match starts at
        # the grade, as "critical condition" does, so that "in" stays free for the patterns of place)
        rf"|(?=critical|serious|stable|grave|guarded|fair|good|satisfactory)(?:(?<=\bin\s)|(?<=\bin\sa\s)){iw.CONDITION_GRADES}"
        r"|critical\s+but\s+stable\s+condition"
        # a prognosis after a harm: "the other two victims are expected to survive"
        r"|(?:expected|likely)\s+to\s+survive"
        # "two women are recovering after the shooting": people recovering were hurt
        rf"|recovering{iw.NOT_RECOVERING_FROM_HARM}"
        # British and Commonwealth usage, no article: "three others are in hospital", "admitted to hospital";
        # not a noun it modifies ("nurses in hospital wards"): only a stop, a capital, a function word, an
        # adverb or a participle may follow it, unless a verb of being taken there comes before
        rf"|(?=hospital)(?:{_CONVEYED_TO_NO_ARTICLE})hospitals?{_ON_AN_ERRAND}"
        # American usage, where people are: "two men are in the hospital", "one remains in the hospital"
        r"|(?=hospital)(?:(?<=\bare\sin\sthe\s)|(?<=\bis\sin\sthe\s)|(?<=\bwere\sin\sthe\s)|(?<=\bwas\sin\sthe\s)"
        r"|(?<=\bremain\sin\sthe\s)|(?<=\bremains\sin\sthe\s)|(?<=\bremained\sin\sthe\s))hospital"
        # American usage, conveyed there: "two men were taken to the hospital", "sending three people to
        # a hospital", "rushed to area hospitals"
        # (not a part of it or its staff: "samples were sent to a hospital lab", "taken to the hospital grounds")
        rf"|(?=hospital)(?:{_CONVEYED_TO})hospitals?\b{_ON_AN_ERRAND}(?!\s+(?:{_HOSPITAL_PARTS})\b)"
        rf"|(?=hospital)(?<=\bin\s|\bto\s)hospital{_ON_AN_ERRAND}(?![ \t]+(?!(?:{_AFTER_A_PLACE})\b)[a-z]+(?<!ing)(?<!ly)(?<!ed)\b)"
        # the sick of a poisoning or a leak: "left 100 villagers ill", "sickened 40 diners"
        r"|(?=ill)(?<!mentally\s)(?<!terminally\s)ill(?![\w-])|sicken(?:ed|ing)"
        # an injury undergone (iw.INJURY_NOUNS): "suffered burns", "sustained a deep cut", "suffered a
        # broken leg" (not "suffered a pay cut"); "were treated for burns"
        r"|(?:suffer(?:ed|ing|s)?|sustain(?:ed|ing|s)?)\s+(?:an?\s+|multiple\s+|several\s+|some\s+)?"
        + iw.INJURY_MODIFIERS
        + rf"(?:{iw.INJURY_NOUNS})"
        + r"|treated\s+for\s+(?:[\w-]+\s+){0,2}?burns"
        # saved alive with a harm: "were pulled out alive with burns" (not "alive and unhurt", "alive with no injuries")
        r"|alive\s+with\s+(?!no\b)(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:burns|injur(?:y|ies)|wounds?)"
        # "eleven people were treated for hypothermia", "… treated at the scene for hypothermia", "treated and released"
        # (not for shock alone, the care of the unhurt in British usage: "six were treated for shock")
        rf"|treated(?=\s+(?:{iw.TREATED_WHERE}for\b(?!\s+(?:mild\s+)?shock\b(?!\s+and\b))|{iw.TREATED_AND_RELEASED}))"
        # "two men were being treated at a hospital in Lisk" (the count's own verb, plural or
        # progressive: not "… a cashier, who was treated at a hospital")
        r"|(?=treated)(?:(?<=\bbeing\s)|(?<=\bwere\s)|(?<=\bare\s))treated"
        r"(?=\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|medical\s+cent(?:er|re)s?)\b)"
        # "left 800 needing treatment"
        r"|(?:need(?:ing|ed)?|requir(?:ing|ed)|receiv(?:ing|ed))\s+(?:medical\s+|hospital\s+)?treatment"
        # "three climbers are fighting for their lives": gravely hurt
        r"|fighting\s+for\s+(?:(?:his|her|their)\s+)?li(?:fe|ves)"
        rf"|(?=shot)(?<!\ba\s)(?<!single\s)(?<!warning\s)(?<!fired\sone\s)(?<!firing\sone\s)(?<!heard\sone\s)shot(?!\s+(?:down|out|up|back)\b)(?!{_FIRED_AT})|shootings?\s+of(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
        # the verb after a preposition takes the people shot as its object: "accused of shooting two
        # people", "charged with shooting three men", "… shooting a woman and two children"; not the
        # noun ("a shooting two blocks away")
        r"|(?=shooting)(?:(?<=\bof\s)|(?<=\bwith\s)|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bby\s))shooting"
        r"(?=\s+(?:(?:an?|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?and\s+(?:(?:his|her|their)\s+)?)?"
        r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
        r"|struck\s+by\s+(?:a\s+)?(?:bullets?|gunfire)"
        # a graze, as the people's passive: "two men were grazed by bullets", "… had been grazed" (not
        # the active "a round grazed the car")
        r"|(?=grazed)(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bgot\s))grazed"
        # a beating by its degree or result, a harm "to death" that did not come (iw.BEATEN_HURT):
        # "two men were badly beaten", "… beaten unconscious", "… nearly beaten to death"
        rf"|{iw.BEATEN_HURT}"
        # any harm "to death" that did not come, the adverb after the object: "beat two men almost to death"
        rf"|{_NEARLY_TO_DEATH}"
        # a blow with the gun itself or a blunt weapon (iw.BLUNT_WEAPONS, a handgun or a pistol among them): "both guards were struck with
        # pistols", "hit three clerks with his gun", "struck two guards with a bat"
        r"|(?:hit|struck|beaten|beat)(?=[^.;]{0,60}?\bwith\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?:(?:firearms?|rifles?|shotguns?|revolvers?)\b|{iw.BLUNT_WEAPONS})"
        # not a gun naming another noun: "hit with gun charges"
        r"(?![\s-]+(?:charges?|crimes?|laws?|violations?|offen[cs]es?|possession|counts?)\b)))\b",
    ),
    ("missing", r"\b(?:missing|unaccounted)\b"),
    (
        "arrested",
        r"\b(?:arrest(?:ed|s)?|detain(?:ed|ees)?|detentions?|apprehended|in\s+custody|jailed)\b",
    ),
    (
        "displaced",
        # people forced or driven from their homes are displaced
        r"\b(?:displac(?:e|es|ed|ing)|evacuat(?:e|es|ed|ion)|fled|flee(?:s|ing)?(?=\s+(?:from\s+)?(?:their\s+)?(?:homes|villages|towns)\b)|homeless|evacuees|refugees"
        r"|(?:forc(?:ed|ing)|driv(?:en|ing))(?=[^.;]{0,40}\b(?:from|out\s+of)\s+(?:their\s+)?homes\b))\b",
    ),
    (
        "intercepted",
        r"\b(?:intercept(?:ed|ion|ions|s)?|(?:shot|gunned)\s+down|downed|neutrali[sz](?:ed|ation)|destroy(?:ed)?|repell?ed|suppressed|eliminated)\b",
    ),
    ("launched", r"\b(?:launch(?:ed|es)?|fired|unleashed)\b"),
    ("damaged", r"\b(?:damag(?:ed|e)|destroy(?:ed)?|razed|burned|collapsed|flattened)\b"),
]
CATEGORY_RES: list[tuple[str, re.Pattern[str]]] = [(name, guarded(src, re.I)) for name, src in CATEGORY_SOURCES]


# "in custody": a clause holding "in" is no evidence; one without "custody" cannot match
_TELLING = {"in": "custody"}


def _openings(source: str) -> tuple[str, ...] | None:
    """The literal words one of which every match of a category's pattern opens with (lower
    case), or None when they cannot be told. The harm patterns open with some thirty words: a
    clause holding none of them is still not searched (looking each run up costs less than a search)."""
    prefixes = literal_prefixes(source, limit=48)
    if prefixes is None or not all(p.isascii() and p.isalpha() and p == p.lower() for p in prefixes):
        return None
    return tuple(_TELLING.get(p, p) for p in prefixes)


# every category pattern opens with \b and a word: a match starts where a run of letters does,
# and that run (lower-cased) starts with one of the category's opening words. The opening words
# by their first three letters, to look each run up once
_OPENINGS = {name: _openings(src) for name, src in CATEGORY_SOURCES}
ALWAYS = frozenset(name for name, words in _OPENINGS.items() if words is None or min(map(len, words)) < 3)
BY_FIRST3: dict[str, list[tuple[str, str]]] = {}
for _name, _words in _OPENINGS.items():
    if _name not in ALWAYS:
        for _word in _words or ():
            BY_FIRST3.setdefault(_word[:3], []).append((_word, _name))
# the categories whose runs found so are where their matches start (no opening word stands in
# for another, as "custody" does for "in"): their pattern is tried at those runs alone
AT_RUNS = frozenset(
    name
    for name, src in CATEGORY_SOURCES
    if name not in ALWAYS and not set(literal_prefixes(src, limit=48) or ()) & _TELLING.keys()
)


@functools.lru_cache(maxsize=1024)
def verb_category(word: str) -> str | None:
    """The first category whose pattern matches all of ``word``."""
    return next((name for name, pattern in CATEGORY_RES if pattern.fullmatch(word)), None)
