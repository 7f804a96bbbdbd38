"""What surrounds a number in a sentence, for written_counts.py: the clause it stands in, the
category word nearest it (killed, intercepted, …; category_patterns holds the words), the noun
it counts and the places named after it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from summarizer.rules.agreement import singular_harm_of_another
from summarizer.rules.asides import harm_in_aside, joins_aside_list, verb_past_aside
from summarizer.rules.care_destinations import harm_past_destination
from summarizer.rules.category_patterns import ALWAYS, AT_RUNS, BY_FIRST3, CATEGORY_RES, verb_category
from summarizer.rules.clause_splits import clause_splits, joins_one_harmed
from summarizer.rules.not_counts import joins_two_ages
from summarizer.rules.victims import FOLDS_TO_ASCII
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import PlaceMention, Span, lower_same_length
from summarizer.text.implicit_counts import VICTIM_NOUN_WORDS, singular
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled, guarded
from summarizer.text.scans import matches_from
from summarizer.text.segments import Sentence

# a negation: "not", "n't", "never"
_NOT = r"\bnot|n['’]t|\bnever"
_NEGATED_BEFORE = guarded(
    rf"(?:{_NOT}|\bno\s+one(?:\s+was)?|\bno(?:\s+(?:other|serious|further|additional|major))?)\s+(?:\w+ly\s+)?$",
    re.I,
)
# the crime a charge names is no toll: "each previously convicted of murder", "charged with
# first-degree murder"; a charge of harming people it counts still tells the toll ("charged with
# killing two people", "accused of the murder of three")
# (the legal steps against a person, read by both: "charged", "convicted", "arrested")
_LEGAL_STEPS = r"convicted|charged|accused|suspected|wanted|guilty|indicted|sentenced|arrested"
_CHARGED_BEFORE = guarded(
    rf"\b(?:{_LEGAL_STEPS})\s+(?:of|with|for)\s+"
    r"(?:(?:first|second|third)[- ]degree\s+|capital\s+|felony\s+|attempted\s+)?$",
    re.I,
)
# a disciplinary or legal consequence over a harm is the people's, the harm another's: "two officers
# were suspended over the death of a man", "three guards fired after the shooting of an inmate",
# "two men charged in the killing", "two officers were suspended after three men died" (not the
# people's own fate: "two men were suspended and later shot")
_PUNISHED_OVER_BEFORE = guarded(
    rf"\b(?:{_LEGAL_STEPS}|suspended|fired|sacked|dismissed|disciplined|reprimanded|detained|jailed|sued|blamed"
    r"|investigated|questioned|placed\s+on\s+(?:paid\s+|administrative\s+)*leave)"
    # (the harm's own subject between, not a conjunction or a pronoun going on with the people:
    # "suspended after three men died", "after two inmates were beaten"; not "arrested in Tamsey
    # and shot", "arrested after they were shot")
    r"\s+(?:over|in|for|after|following|in\s+connection\s+with)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:and|or|but|then|later|they|he|she)\s)[\w-]+\s+){0,2}(?:(?:was|were|had\s+been)\s+)?$",
    re.I,
)
# a harm done, told by its participle after the people who did it: "two gunmen opened fire,
# killing a guard", "one of the officers fired a shot, wounding a man"
# (not when its object refers back to them: "two men were in the car when it crashed, killing both")
_DOING_HARM = compiled(
    r"(?:kill|wound|injur|hurt|shoot)ing\b"
    r"(?!\s+(?:both|all|them|everyone|(?:all|both|each|one|two|three|four)\s+of\s+them)\b)",
    re.I,
)
# a blow the people counted dealt to a thing or another: "two robbers struck a store with a shotgun"
_BLOW_TO_ONE = compiled(rf"(?:{iw.BLOW_VERBS})\s+(?:an?|the|his|her|their|its)\s", re.I)
# the people counted, then what they said, of another's harm: "one of the officers said a man was
# shot" (not of their own: "two guards told police they were hurt")
_THEY_SAID = compiled(
    r"[^,.;]{0,40}?\b(?:said|says|told|tells|testified)\b(?![^,.;]{0,20}?\b(?:they|both|all)\b)", re.I
)
# the crime of a sentence served: "on parole for shooting two men", "serving time for killing a man"
_SENTENCE_CRIME_BEFORE = compiled(rf"\b(?:{'|'.join(iw.SENTENCE_NOUNS)})\s+(?:for|of|after)\s+$", re.I)
# the crime named as a noun, with no object (a count, a person) after it
_CRIME_NOUN = guarded(r"(?:murder|manslaughter|homicide)s?\b(?!\s+(?:of|in\s+the\s+deaths?\s+of)\b)", re.I)
# a harm only foreseen or feared is none yet: "one of the victims is likely to die", "may die"
_FORESEEN_BEFORE = guarded(r"\b(?:(?:likely|expected|feared|going|about)\s+to|may|might|could|will)\s+$", re.I)
# a harm only meant, threatened or tried, told by a verb of intent and the harm's infinitive after
# the people counted: "two men threatened to kill a clerk", "three teens tried to beat a man to
# death", "two men hired a gunman to shoot him": they meant it, it is no fate of theirs (not "two men
# who tried to flee were shot": the infinitive is no harm; "two men tried to help and were shot")
_INTENDED_HARM = compiled(
    rf"\b(?:{iw.INTENT_VERBS})\w*"
    r"(?:\s+(?!(?:and|but|were|was|are|is)\b)[\w'’-]+){0,3}?\s+to\s+"
    rf"(?:{iw.HARM_INFINITIVES})\b"
    r"(?:[^,.;:]{0,40}?\b(?:to\s+death|dead)\b)?",
    re.I,
)
# or a harm that did not happen, told as what could or would have been: "two people could have died",
# "three would have been killed" (the words right before the harm word)
_COUNTERFACTUAL_BEFORE = guarded(
    r"\b(?:could|would)(?:\s+(?:easily|well|also|all|both))?(?:\s+have|['’]ve)\s+(?:(?:easily|all|both)\s+)?(?:been\s+)?$",
    re.I,
)
# a conveyance to a hospital denied or refused is no wound: "two men were not taken to the
# hospital", "both declined to be taken to hospital", "did not need to be rushed to a hospital"
_NOT_CONVEYED_BEFORE = guarded(
    rf"(?:{_NOT}|\b(?:declin|refus)(?:ed|es|e|ing)\s+to)\s+(?:need\s+to\s+)?(?:be\s+)?(?:\w+ly\s+)?"
    r"\w+\s+to\s+(?:(?:the|a|area|local|nearby)\s+)?$",
    re.I,
)
_HOSPITAL_AT = compiled(r"hospital", re.I)
_LETTERS = compiled(r"[a-z]+")

_DESTROY = compiled(r"\bdestroy", re.I)
_INTERCEPTED_WORD = compiled(r"intercept|shot down|downed|neutrali", re.I)

_WORD_RE = compiled(r"[A-Za-z][\w'’-]*")
# a category verb right before a number, nothing but a qualifier between: "floods kill 27 and
# displace about 40,000" (the verb takes its object, whatever word comes after the number), a
# phrasal verb as one: "gunmen gunned down 12 villagers"
_OWN_VERB_BEFORE = guarded(
    rf"\b((?:(?<!nearly\s)(?<!almost\s)(?:fatally|mortally)\s+)?(?:{iw.GUNNED_DOWN}|[a-z]+))\s+(?:(?:at\s+least|about|around|nearly|almost|some|more\s+than|over|up\s+to|an\s+estimated"
    r"|roughly)\s+)?$",
    re.I,
)


def own_verb(text: str, start: int, at: int) -> str | None:
    """The category of a verb written right before the number at ``at`` (text[start:at] is
    the clause before it), if one is: "kill 27" -> killed."""
    m = _OWN_VERB_BEFORE.search(text, max(start, at - 40), at)
    if m is None:
        return None
    verb = " ".join(m.group(1).lower().split())
    # a harm made fatal by its adverb: "fatally shot two" -> killed (else the verb alone's)
    return verb_category(verb) or verb_category(verb.removeprefix("fatally ").removeprefix("mortally "))


def people_counted(noun: str | None, text: str, start: int, at: int, since: int | None = None) -> str | None:
    """A noun found before the number (``since``: where its sentence starts; None for the noun of
    the count told just before), unless it is another's: the source of a verb of saying between
    them ("police said two were killed") or its hearer ("told reporters three died"), or, when the
    number is the object of a verb of harm ("killed three", "wounding 12"), a noun earlier in its
    clause, the verb's subject or inside it ("a car bomb outside a police station killed six",
    "gunmen killed three"). The noun of the count told just before stays ("killed four villagers
    and wounded 15") unless it is a weapon ("a bomb killed three and wounded 17")."""
    if noun is None:
        return None
    k = since + text[since:at].lower().rfind(noun) if since is not None else -1
    if since is not None and k >= since and (_SAID.search(text, k, at) or _TOLD.search(text, max(since, k - 24), k)):
        return None
    if own_verb(text, start, at) not in ("killed", "injured"):
        return noun
    weapon = noun in iw.PROJECTILES or noun.rstrip("s") in iw.PROJECTILES
    return None if weapon or since is not None else noun


def carried_noun(noun: str | None, told_at: int, text: str, start: int, at: int) -> str | None:
    """The noun of the count told just before (at ``told_at``) for a number with none of its own
    ("killed four villagers and wounded 15"), but not a weapon's after a verb of harm ("a bomb
    killed three and wounded 17"), nor a part's set off inside the count before it ("killed four
    people, including two children, and wounded 23": the children are not the wounded)."""
    if _PART_BEFORE.search(text, max(0, told_at - 16), told_at):
        return None
    return people_counted(noun, text, start, at)


_PART_BEFORE = compiled(r"\b(?:including|among\s+them|among\s+whom|of\s+them|of\s+whom)\s+(?:at\s+least\s+)?$", re.I)
_SAID = compiled(r"\b(?:said|says|say|told|reported|added|confirmed|stated|announced)\b")
_TOLD = compiled(r"\b(?:told|tell|tells|telling)\s+(?:the\s+|local\s+)?$")  # the hearer: "told reporters"


_ELIDED = {
    "were", "was", "are", "is", "have", "had", "has", "over", "in", "at", "on", "near", "each", "and", "or",
    "more", "others", "other", "destroyed", "shot", "downed", "intercepted", "killed", "injured", "wounded",
    "dead", "deceased", "died", "apiece", "hurt", "hospitalized", "hospitalised", "to", "from", "by", "with", "for", "across", "during", "between", "after",
    # a copula of state before the harm: "29 remain missing", "four were still unaccounted for"
    "remain", "remained", "still",
    # a relative right after the number: "including two who were shot", the people told before
    "who", "whom",
    # how badly: "three people were shot, one fatally"
    "fatally", "critically", "seriously", "gravely", "mortally", "severely", "slightly",
    # an adverb of time before the verb: "three were shot and one later died", "one has since died"
    "later", "since", "subsequently",
    # a preposition or conjunction of time opens a clause or a time after the number, never its noun:
    # "injured 14 before he was arrested", "wounded 11 until police came", "killed two when it blew up"
    "before", "until", "till", "when", "while",
    # a death told without its verb: "two did not survive", "one didn't make it", "three succumbed"
    "did", "didn't", "didn’t", "succumbed", "passed",
}  # fmt: skip
# participles a count's people take right after their number: "left 800 needing treatment"
_PARTICIPLES = frozenset({"needing", "requiring", "receiving", "suffering", "seeking"})
# adjectives of harm that stand before a noun or after the people counted: "120,000 homeless"
_PREDICATIVE = frozenset({"homeless", "missing", "ill"})
# a participle, then a plural noun it stands before (not "13 recorded over", "nine killed this")
_PARTICIPLE_NOUN = compiled(
    r"[A-Za-z]+ed\s+(?!(?:this|thus|plus|across|towards|besides|themselves)\b)[a-z]{3,}(?<![su]s)(?<!is)s\b"
)
_PRE_NOUN = {"unmanned", "armed", "attack", "kamikaze", "ballistic", "cruise", "more", "additional", "further"}


def noun_after(view: str, end: int, stop: int) -> str | None:
    """The counted noun: "48 Ukrainian drones" -> drones; "four provinces" -> provinces;
    "nine were shot down" -> None (the noun is elided)."""
    found = list(itertools.islice(_WORD_RE.finditer(view, end, min(stop, end + 60)), 4))
    words = [m.group() for m in found]
    if [w.lower() for w in words[:2]] in (["of", "them"], ["of", "whom"]):
        return None  # "one of them fatally", "one of whom died": the people counted before
    first_plain = None
    for k, word in enumerate(words):
        w = word.lower()
        if (k == 0 and w == "of") or w in ("the", "them", "those", "these", "their") or _AGE_WORD.match(w):
            continue  # "six of the drones", "two 15-year-old students"
        if is_countable(w):
            return w
        if w in _PREDICATIVE and not (k + 1 < len(found) and view[found[k].end() : found[k + 1].start()].isspace()):
            return first_plain  # "left 120,000 homeless, officials said": told of the people, not a noun's adjective
        if w in _PREDICATIVE:
            continue  # "twelve missing hikers"
        if first_plain is None and w not in _ELIDED and _PARTICIPLE_NOUN.match(view, found[k].start()):
            continue  # a participle before its noun: "two parked cars", "three abandoned trucks"
        if (
            w in _ELIDED
            or (word[:1].isupper() and w not in lx.DEMONYMS)
            or (first_plain is None and (w.endswith("ed") or w in _PARTICIPLES))
        ):
            return first_plain  # "nine were shot down", "13 recorded over …": the noun is elided
        if w in lx.DEMONYMS or w in _PRE_NOUN:
            continue  # adjectives before the noun
        if first_plain is not None:
            return first_plain
        first_plain = w
    return first_plain


# people nouns beyond the lexicon's: roles and kin a victim count may name ("two teachers")
_MORE_PEOPLE = {
    "teachers", "nurses", "doctors", "firefighters", "coaches", "owners", "tenants", "roommates", "cousins",
    "siblings", "parents", "grandparents", "patrons", "riders", "hikers", "hunters", "agents", "detectives",
    "troopers", "juveniles", "males", "females", "clerks", "cashiers", "partygoers", "spectators", "fans",
    "occupants", "teenage", "classmates", "students", "pupils", "villagers", "miners", "crew", "members",
    # visitors, audiences and travellers, and more kin and workers
    "guests", "visitors", "tourists", "commuters", "diners", "climbers", "swimmers", "cyclists", "campers",
    "revelers", "revellers", "concertgoers", "churchgoers", "congregants", "parishioners", "homeowners",
    "colleagues", "coworkers", "co-workers", "nephews", "nieces", "grandchildren", "babies", "paramedics", "medics",
    "journalists", "reporters", "staffers", "volunteers", "pilgrims", "migrants", "refugees", "fishermen",
    # trades and callings a toll outside a city counts: "killing three traders", "two farmers drowned"
    "traders", "vendors", "hawkers", "merchants", "farmers", "herders", "labourers", "laborers", "porters",
    "sailors", "seafarers", "pilots", "rescuers", "mourners", "demonstrators", "locals", "inhabitants",
    "holidaymakers", "trekkers", "skiers", "divers", "monks", "nuns", "priests", "schoolchildren",
}  # fmt: skip
# a subordinate clause opens between a harm word and a number after it: the number is that
# clause's, not the harm's ("was hurt when three men broke in", "died after two dogs attacked")
_SUBORDINATOR = compiled(r"\b(?:when|after|before|while|because|until)\b")  # not "as": "…, as were two others"
# a clause with a subject of its own, not one of the people counted (a pronoun may be): "where a
# teen was shot", "when Dana Reyes was hit"
_OTHER_SUBJECT_CLAUSE = compiled(
    r"\b(?:where|when|after|before|while|because|until)\s+(?:(?:an?|the|his|her|their)\s|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))"
)
_AGE_WORD = compiled(r"^(?:year|month|week)s?-olds?$")


# the four word lists as one set, looked up once (the lists are never changed after import)
_COUNTABLE = frozenset(iw.PROJECTILES | iw.PEOPLE_NOUNS | _MORE_PEOPLE | iw.PEOPLE_COUNTED_BY)


# the nouns in "men" that are no plural of "man"
_NOT_MEN_PLURALS = frozenset({"abdomen", "specimen", "regimen", "acumen", "bitumen", "albumen", "cyclamen", "stamen"})


def _singular(noun: str) -> str:
    """singular(), and a compound of "man" or "woman" in the plural, which it keeps as it is:
    "policemen", "fishermen", "policewomen" (not "specimen", "abdomen")."""
    if noun.endswith("men") and len(noun) > 5 and noun not in _NOT_MEN_PLURALS:
        return noun[:-3] + "man"
    return singular(noun)


@lru_cache(maxsize=8192)  # asked of every word of a sentence with a count, the same words again and again
def is_countable(noun: str) -> bool:
    """Nouns whose counts an incident summary reports: people and projectiles, and the plural of
    any noun of one person ("three grandsons", "two joggers"), the lexicon's too ("two guides"),
    but for the roles of those who speak, which the lists leave out ("according to 3 officials")."""
    if noun in _COUNTABLE or noun.rstrip("s") in iw.PROJECTILES:
        return True
    one = _singular(noun)
    return one != noun and (
        one in VICTIM_NOUN_WORDS or (is_person_noun(noun) and one not in lx.PERSON_ROLES and noun not in lx.GROUP_NOUNS)
    )


class _Clause:
    """One clause's category words, found once: each number in it then finds the nearest in
    log time (a long clause with many numbers, as in text without punctuation, was quadratic)."""

    def __init__(self, text: str, lowered: str | None = None) -> None:
        """``lowered``: the text lower-cased, when it holds none of FOLDS_TO_ASCII (a
        category none of whose opening words it holds is then not searched)."""
        self.text = text
        # where each category's opening words start a run, in text order (a run opening with two
        # of them is listed twice: matches_from passes over a start it has tried)
        runs: dict[str, list[int]] = {}
        if lowered is None:
            present = {name for name, _ in CATEGORY_RES}
        else:
            present = set(ALWAYS)
            for m in _LETTERS.finditer(lowered):
                run = m.group()
                for word, name in BY_FIRST3.get(run[:3], ()):
                    if run.startswith(word):
                        present.add(name)
                        runs.setdefault(name, []).append(m.start())
        self.matches = {
            name: (
                [m.span() for m in matches_from(pattern, text, runs[name], len(text))]
                if name in runs and name in AT_RUNS
                else [m.span() for m in pattern.finditer(text)]
            )
            if name in present
            else []
            for name, pattern in CATEGORY_RES
        }
        self.starts = {name: [a for a, _ in spans] for name, spans in self.matches.items()}
        self.destroy_only = bool(
            (lowered is None or "destroy" in lowered) and _DESTROY.search(text) and not _INTERCEPTED_WORD.search(text)
        )
        self._negated: dict[int, bool] = {}
        self._be: list[int] | None = None

    def negated(self, a: int) -> bool:
        """ "two passengers were not hurt", "one of them may die", "convicted of murder": a harm
        word just after a negation, a word that only foresees it, or a charge that names it."""
        if a not in self._negated:
            self._negated[a] = bool(
                _NEGATED_BEFORE.search(self.text, max(0, a - 12), a)
                or _FORESEEN_BEFORE.search(self.text, max(0, a - 16), a)
                or _COUNTERFACTUAL_BEFORE.search(self.text, max(0, a - 32), a)
                or iw.NEARLY_BEFORE.search(self.text, max(0, a - 8), a)  # "two people nearly died"
                or (_CRIME_NOUN.match(self.text, a) and _CHARGED_BEFORE.search(self.text, max(0, a - 40), a))
                or (_HOSPITAL_AT.match(self.text, a) and _NOT_CONVEYED_BEFORE.search(self.text, max(0, a - 48), a))
            )
        return self._negated[a]

    def has_be_after(self, at: int) -> bool:
        """Does a form of "be" or "have" follow offset ``at`` (as a search of text[at:] finds)?"""
        if self._be is None:
            self._be = [m.start() for m in _BE_OR_HAVE.finditer(self.text)]
        # at ``at`` itself the slice would see a word boundary the clause does not
        return bool(_BE_OR_HAVE_AT.match(self.text, at)) or bisect.bisect_right(self._be, at) < len(self._be)

    def _distance(self, name: str, a: int, b: int, at: int) -> float | None:
        """A category word's distance from the number at ``at``; None when it cannot be its fate."""
        harm = name in ("killed", "injured")
        if harm and self.negated(a):
            return None
        if harm and a >= at and _CHARGED_BEFORE.search(self.text, max(0, a - 40), a):
            return None  # "three men charged with killing a clerk": the people charged, not harmed
        if harm and a > at and _PUNISHED_OVER_BEFORE.search(self.text, max(at, a - 60), a):
            return None  # "two officers were suspended over the death of a man": the man's death
        if harm and a > at and _OTHER_SUBJECT_CLAUSE.search(self.text, at, a):
            return None  # "50 people gathered at the spot where a teen was shot": another's harm
        if harm and a > at and singular_harm_of_another(self.text, at, a):
            return None  # "argued with two men and was shot": the subject's harm, not theirs
        if harm and a > at and _intended(self.text, at, a):
            return None  # "two men threatened to kill a clerk": a harm they meant, not theirs
        if harm and a > at and _DOING_HARM.match(self.text, a):
            return None  # "one of the officers fired, wounding a man": the harm they did, not theirs
        if harm and a > at and (_BLOW_TO_ONE.match(self.text, a) or _THEY_SAID.match(self.text, at, a)):
            return None  # "two robbers struck a store with a rifle", "one of the officers said a man was shot"
        if harm and a > at and harm_in_aside(self.text, at, a):
            return None  # "four diners, including a boy who was shot, fled": the boy's harm
        if harm and a > at and _PARTITIVE_HEAD.fullmatch(self.text, at, a) and self._other_fate_after(name, b):
            return None  # "two of the injured died": the group the count is a part of, not its fate
        if harm and _SENTENCE_CRIME_BEFORE.search(self.text, max(0, a - 20), a):
            return None  # "on parole for shooting two men": a past case's harm
        if harm and a < at and _SUBORDINATOR.search(self.text, b, at):
            return None  # "a guard was hurt when three men broke in": the harm is the main clause's
        distance: float = a - at if a >= at else (at - b) * 1.5 + 5
        if (a >= at and distance <= 25 and "," not in self.text[at:a]) or (
            a < at and _OF_GAP.fullmatch(self.text, b, at)
        ):
            # its own phrase: "one of them fatally", "two wounded"; a noun the count is of: "the bodies of two men"
            distance -= 100
        if (
            harm
            and distance > 60
            and not (
                distance < 140 and (verb_past_aside(self.text, at, a + 1) or harm_past_destination(self.text, at, a))
            )
        ):
            return None  # "two men approached the worker … and shot him": too far to be their fate
        return distance

    def _other_fate_after(self, name: str, b: int) -> bool:
        """Does the other harm's word (a death after the hurt, a hurt after the dead) follow ``b``?"""
        other = self.starts["killed" if name == "injured" else "injured"]
        return bisect.bisect_right(other, b) < len(other)

    def _nearest(self, name: str, at: int) -> float | None:
        """The least distance of the category's words, as a scan of all of them finds: after the
        number the first word is nearest (for harm words, the first that can be its fate, which
        lies within 140 characters), before it the last."""
        spans, starts = self.matches[name], self.starts[name]
        harm = name in ("killed", "injured")
        k = bisect.bisect_left(starts, at)  # spans[k:] start at or after the number
        best: float | None = None
        for i in range(k, len(spans)):
            a, b = spans[i]
            if harm and a - at >= 140:
                break
            d = self._distance(name, a, b, at)
            if d is not None:
                best = d
                break
            if not harm:
                break
        for i in range(k - 1, -1, -1):
            a, b = spans[i]
            if harm and self.negated(a):
                continue
            d = self._distance(name, a, b, at)  # the last before the number: the furthest end
            if d is not None and (best is None or d < best):
                best = d
            break
        return best

    def category(self, noun: str | None, at: int) -> str:
        """The category whose word sits nearest the number (``at``, an offset in the clause),
        preferring words after it: "12 people were killed and about 40 were injured"."""
        projectile = noun is not None and (noun in iw.PROJECTILES or noun.rstrip("s") in iw.PROJECTILES)
        # a noun that names its people by a fate of its own ("refugees", "evacuees", "detainees"):
        # a harm the clause tells of them is their fate in this report ("two detainees were killed")
        status = verb_category(noun) if noun is not None else None
        best: tuple[float, str] | None = None
        harm: tuple[float, str] | None = None
        for name, _ in CATEGORY_RES:
            if name in ("damaged", "killed") and projectile:
                continue  # "two drones were gunned down": weapons are downed, not killed
            if name == "launched" and noun is not None and not projectile:
                continue  # "5,300 employees were fired": dismissed, not launched
            if name == "intercepted" and not projectile and self.destroy_only:
                continue
            distance = self._nearest(name, at)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, name)
            if distance is not None and name in ("killed", "injured") and (harm is None or distance < harm[0]):
                harm = (distance, name)
        if best is not None and best[1] == status and self._own_harm(harm, at):
            return harm[1] if harm else best[1]
        return best[1] if best else "other"

    def _own_harm(self, harm: tuple[float, str] | None, at: int) -> bool:
        """Is ``harm`` (a harm's distance and name) in the count's own phrase (_distance's bonus),
        not a relative clause's deed: "two detainees who had killed a guard"?"""
        return harm is not None and harm[0] < 0 and not _RELATIVE.search(self.text, at, at + max(0, int(harm[0]) + 100))


def _intended(text: str, at: int, a: int) -> bool:
    """Is the harm word at ``a`` inside a harm only meant after the count at ``at`` ("threatened to
    kill", "tried to beat a man to death")? Only a clause with "to" between is searched."""
    if " to " not in text[at : a + 1]:
        return False
    return any(m.start() < a < m.end() for m in _INTENDED_HARM.finditer(text, at, min(len(text), a + 60)))


_OF_GAP = compiled(r"\s+of\s+(?:the\s+|all\s+)?")
# a count, then the group it is a part of named by a harm: "two of the injured", "one of those wounded"
_PARTITIVE_HEAD = compiled(r"[\w'’-]+\s+of\s+(?:the|those)\s+")
_RELATIVE = compiled(r"\b(?:who|that|which|whom)\b", re.I)
_BE_OR_HAVE = compiled(r"\b(?:were|was|are|is|have|has)\b")
_BE_OR_HAVE_AT = compiled(r"(?:were|was|are|is|have|has)\b")


class Reader:
    """What find_figures looks up again and again, computed once per sentence or clause:
    where the clauses split, the words before a number, the places in text order."""

    def __init__(self, view: str, places: list[PlaceMention]) -> None:
        self.view = view
        self.places = sorted(places, key=lambda p: p.span[0])  # stable: text order as given
        self.place_starts = [p.span[0] for p in self.places]
        self.place_longest = max((p.span[1] - p.span[0] for p in self.places), default=0)
        self._splits: dict[int, tuple[list[int], list[int]]] = {}
        self._clauses: dict[Span, _Clause] = {}
        self._words: dict[int, tuple[list[Span], list[int], list[int]]] = {}
        self._lowered = lower_same_length(view) if not any(c in view for c in FOLDS_TO_ASCII) else None

    def clause(self, sent: Sentence, pos: int) -> Span:
        if sent.index not in self._splits:
            found = [
                m.span()
                for m in clause_splits(self.view, self._lowered, sent.start, sent.end)
                # "who were 3 and 5, were hurt", "including a woman, 20, and a man, 60, were hurt", "shot
                # a clerk and two coworkers"
                if not (
                    joins_two_ages(self.view, *m.span())
                    or joins_aside_list(self.view, *m.span())
                    or joins_one_harmed(self.view, *m.span())
                )
            ]
            self._splits[sent.index] = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._splits[sent.index]
        # the last split ending at or before pos, the first starting at or after it
        k = bisect.bisect_right(ends, pos)
        j = bisect.bisect_left(starts, pos)
        return (ends[k - 1] if k else sent.start), (starts[j] if j < len(starts) else sent.end)

    def clause_words(self, span: Span) -> _Clause:
        if span not in self._clauses:
            lowered = None if self._lowered is None else self._lowered[span[0] : span[1]]
            self._clauses[span] = _Clause(self.view[span[0] : span[1]], lowered)
        return self._clauses[span]

    def countable_before(self, sent: Sentence, pos: int) -> str | None:
        """The last countable word in the sentence before pos, as a scan of view[sent.start:pos] finds."""
        if sent.index not in self._words:
            # the pattern looks at nothing outside its match: the same words as in the sentence's slice
            spans = [m.span() for m in _WORD_RE.finditer(self.view, sent.start, sent.end)]
            countable = [i for i, (a, b) in enumerate(spans) if is_countable(self.view[a:b].lower())]
            self._words[sent.index] = (spans, [b for _, b in spans], countable)
        spans, ends, countable = self._words[sent.index]
        k = bisect.bisect_right(ends, pos)  # spans[:k] end at or before pos
        if k < len(spans) and spans[k][0] < pos:
            cut = self.view[spans[k][0] : pos].lower()  # a word the slice would cut short
            if is_countable(cut):
                return cut
        c = bisect.bisect_left(countable, k) - 1
        if c < 0:
            return None
        a, b = spans[countable[c]]
        return self.view[a:b].lower()

    def places_in(self, c_start: int, c_end: int, s: int) -> list[PlaceMention]:
        """The first two places named after the number in its clause, else just before it."""
        out: list[PlaceMention] = []
        for i in range(bisect.bisect_left(self.place_starts, max(c_start, s)), len(self.places)):
            if self.place_starts[i] >= c_end or len(out) == 2:
                break
            out.append(self.places[i])
        if out:
            return out
        # a place ending less than 40 characters before the number starts no earlier than this
        lo = max(c_start, s - 40 - self.place_longest)
        for i in range(bisect.bisect_left(self.place_starts, lo), len(self.places)):
            p = self.places[i]
            if p.span[0] >= min(c_end, s) or len(out) == 2:
                break
            if s - p.span[1] < 40:
                out.append(p)
        return out
