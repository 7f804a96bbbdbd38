"""People shot, and those of them who died ("four people were shot, one fatally", "two men were shot;
one of them died", "all of them died"): the dead counted as killed, the people shot as people shot.
"""

from __future__ import annotations

import itertools
import re

from summarizer.rules import toll_words as tw
from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.victims import APPOSITIONS
from summarizer.text.added_counts import BESIDES, HURT_ENDS
from summarizer.text.implicit_counts import ORDINALS, implicit_count, singular
from summarizer.text.incident_words import CONVEYED_OR_ADMITTED, HOSPITALIZED, NOT_DEAD_INTENSIFIER, PERPETRATOR_NOUNS
from summarizer.text.regex import compiled
from summarizer.text.sexes import referent, sex_of

_FATALLY_AT = compiled(r"\s*(?:\w+\s+)?(?:of\s+them\s+)?fatally\b", re.I)
_FATALLY_AFTER = compiled(
    r"\s*(?:people|persons|men|women|victims)?\s*(?:were|was|have\s+been)?\s*shot\b[^.;]{0,30}?(?:,|\s*[—–]|\s+-)\s*"
    r"(?:including\s+)?$",
    re.I,
)


_SHOT_BEFORE = compiled(r"\b(?:shot|shooting)\s+(?:at\s+)?$", re.I)
_KILLING_BETWEEN = compiled(r"[^.;]{0,80}?,\s*(?:killing|fatally\s+wounding)\s+", re.I)


def split_fatal(view: str, drafts: list[FigureDraft]) -> None:
    """ "Four people were shot, one man fatally": four were shot, one of them died. The four
    are counted as people shot, not as injured; the one as killed."""
    for shot, dead in itertools.pairwise(drafts):
        if (
            shot.category == "injured"
            and dead.category == "killed"
            and shot.sentence == dead.sentence
            and dead.value < shot.value
            and (
                (
                    _FATALLY_AFTER.match(view, shot.span[1], dead.span[0])
                    and _FATALLY_AT.match(view[dead.span[1] : dead.span[1] + 30])
                )
                # "shot two teenagers, killing one of them": the gunfire's toll, then how many of it died
                or (
                    _SHOT_BEFORE.search(view, max(0, shot.phrase_start - 12), shot.phrase_start) is not None
                    and _KILLING_BETWEEN.fullmatch(view, shot.span[1], dead.span[0]) is not None
                )
            )
        ):
            shot.category = "other"
            shot.label = f"{shot.noun or 'people'} shot"


# the people counted were shot: "two men were shot", "three people shot", "two men suffering from
# gunshot wounds"; not "shot and killed", but "shot and one died" (a count of some of them after "and")
_WERE_SHOT_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|have\s+been|had\s+been|got)\s+)?shot\b"
    r"(?!\s+(?:and(?!\s+(?:one|two|three|four|five|six|\d{1,2})\s)|dead|to\s+death)\b)"
    r"|\s+(?:[\w'’-]+\s+){0,2}?(?:suffering|with)\s+(?:from\s+)?(?:multiple\s+)?gunshot\s+wounds\b",
    re.I,
)
# a trailing absolute of degree, how badly some of them were hurt: ", several of them critically,"
_DEGREE = r"\s*,\s*(?:some|several|many|most|all|a\s+few|\w+)(?:\s+of\s+them)?\s+(?:critically|seriously|badly|severely|gravely)\s*,"
# or hurt another way, the same partition after it: "two men were stabbed", "three women were
# wounded", "two men were found with stab wounds"; not a toll of their own coordinated after it,
# past the degree ("40 were injured, several of them critically, and five died"; but "…, and one
# of them later died" is among them)
_WERE_HURT_AFTER = compiled(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?"
    # or taken to a hospital, their harm told by its care: "four people were rushed to hospital"
    rf"(?:wounded|injured|hurt|stabbed|{HOSPITALIZED}|{CONVEYED_OR_ADMITTED}\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:hospitals?|trauma\s+cent(?:er|re)s?|medical\s+cent(?:er|re)s?)"
    # (not for no wound: "for evaluation", "as a precaution")
    r"(?!\s+(?:for\s+(?:an?\s+)?(?:evaluation|observation|examination|assessment|check-?up)|as\s+a\s+precaution)\b))"
    r"\b(?!\s+(?:and|dead|to\s+death)\b"
    rf"|{_DEGREE}\s+and\s+(?:(?!later\b)[\w'’-]+\s+){{0,2}}?(?:died|dead|killed|were\s+killed)\b"
    # (not dying of the harm: "and five died of their injuries", "in hospital", "overnight", "later")
    r"(?!\s+(?:of\s+(?:their|the|his|her)\s+(?:\w+\s+)?(?:wounds|injuries)|(?:in|at)\s+(?:a\s+|the\s+)?hospitals?|overnight|later|since)\b))"
    r"|\s+(?:[\w'’-]+\s+){0,3}?(?:suffering|with)\s+(?:from\s+)?(?:multiple\s+)?(?:stab|knife)\s+wounds\b",
    re.I,
)
_SHOT_VERB_BEFORE = compiled(r"\b(?:shot|shooting|shootings?\s+of|wounded|wounding)\s+$", re.I)
# more people the verb takes after the count: "shot two officers and a bystander"; "one of them"
# may then be any of them
_MORE_OBJECTS_AFTER = compiled(
    r"(?:\s+[\w'’-]+){1,3}?,?\s+and\s+(?:an?|one|another|\d+|two|three|four|five|six|seven|eight|nine|ten)\b", re.I
)
_DIED_REACH = 2  # sentences after the people shot
# a later death refers back to the people shot: "one of them", "one of whom", "one of the teens"
# after its count, or "one of them, <name>," before it
_OF_THEM_AFTER = compiled(r"\s+of\s+(?:them|whom|those|these|the)\b", re.I)
_OF_THEM_BEFORE = compiled(r"\bof\s+(?:them|whom|those|these|the\s+[\w'’ -]{1,30}?)\s*,\s*$", re.I)
_PRONOUN = compiled(r"(?:he|she|they|him|her|them)", re.I)
# a definite noun phrase: "the older teen"
_DEFINITE = compiled(r"the\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)", re.I)
_ARTICLE = compiled(r"an?\b", re.I)
_WORD = compiled(r"[\w'’-]+")
_LIST_GAP = compiled(r"\s*(?:,\s*and|,|\band)\s+", re.I)
# the people counted, named one by one in an apposition to a plural that refers to them: "the
# victims, a man and a woman,", "both, a cook and a waiter,"
_LISTED_BETWEEN = compiled(
    r"\b(?:the\s+(?:victims|two|three|four|pair|people)|both|all\s+three|they)\s*,\s*"
    r"(?P<people>an?\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s*(?:,\s*and|,|\band)\s+an?\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)+)\s*,",
    re.I,
)
# the partition of the people shot goes on: "… was pronounced dead and the other was hurt"
_THE_OTHER = compiled(r"\bthe\s+other\b", re.I)
# a death of the wounds a shooting leaves: "… died after he was shot", "died of her gunshot wounds"
_OF_WOUNDS_AFTER = compiled(
    r"[^.;]{0,80}?\b(?:after\s+(?:he|she)\s+was\s+shot|(?:of|from)\s+(?:his|her)\s+(?:gunshot\s+)?wounds)\b", re.I
)
# a death told with no cause of its own: "… died at the hospital", "was pronounced dead"; not "was
# killed when his car …", nor "died after a fall", which tell their own ("succumbed" is left out:
# the checker grounds no death on it, and the people shot would be lost with the pruned death)
_CAUSELESS_DEATH_AFTER = compiled(
    APPOSITIONS + r"\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?"
    r"(?:died|dies|has\s+died|had\s+died|was\s+pronounced\s+dead)\b"
    r"(?![^.;]*\b(?:when|after|because|while|as|following|in\s+an?|from\s+an?)\b)",
    re.I,
)
# a person named as one of the people counted: "Lee Park, 20, was one of two people shot"
_NAMED_ONE_OF_BEFORE = compiled(
    r"(?-i:([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))(?:\s*,[^,.;]{1,60},)?\s+(?:was|is)\s+(?:one\s+of|among)\s+(?:the\s+)?$",
    re.I,
)


def one_noun(noun: str | None) -> str | None:
    """ "teens" and "teen", "men" and "man" are one noun."""
    if noun is None:
        return None
    return singular(noun.lower())


# a perpetrator named in an apposition after the noun: "the suspect, (Lee Park, 31, died)"
_PERPETRATOR_APPOSED_BEFORE = compiled(r"\bthe\s+(?:" + "|".join(sorted(PERPETRATOR_NOUNS)) + r")\s*,\s*$", re.I)
_MORE_AFTER = compiled(r"\s+(?:more|additional|further|other)\b", re.I)


def _refers_back(view: str, shot: FigureDraft, dead: FigureDraft) -> bool:
    """Is the later death one of the people shot? "one of them", "one of whom", "one of the
    teens", a pronoun, a count of the same or an elided noun ("one died"), a definite noun
    phrase with the same noun ("the older teen"), or a death followed by "the other"; an
    indefinite "a man" only when his death has no cause of its own ("a man died at the
    hospital"), else he may be someone else."""
    a, b = dead.span
    words = dead.text.lower().split()
    if len(words) > 1 and words[0] in ("a", "an") and ORDINALS.get(words[1], 0) > shot.value:
        return False  # "Two men were shot … a third victim died": one more than they
    if words[:1] != ["the"] and _MORE_AFTER.match(view, b):
        return False  # "Four were hurt … Three more people died": others besides them
    text = dead.text.strip()
    apposed = _PERPETRATOR_APPOSED_BEFORE.search(view, max(0, a - 40), a) is not None  # "The suspect, Lee Park, died"
    if (
        apposed or {dead.noun, referent(view, shot.range_end, a, text)} & PERPETRATOR_NOUNS
    ) and shot.noun not in PERPETRATOR_NOUNS:
        return False  # "… and one of the gunmen died", "… police shot the gunman. He died": the other side's dead
    if _OF_THEM_AFTER.match(view, b) or _OF_THEM_BEFORE.search(view, max(0, a - 40), a):
        return True
    if _THE_OTHER.search(view, b, b + 160) or _OF_WOUNDS_AFTER.match(view, b):
        return True
    if _PRONOUN.fullmatch(text):
        # "he died", "medics pronounced her dead": one of them, unless none of them is of the
        # pronoun's sex ("two men were shot … pronounced her dead": someone else)
        sex = sex_of(text)
        if shot.noun != "people":
            sexes = [sex_of(one_noun(shot.noun) or "")]
        else:
            sexes = [sex_of(person) for person in _LIST_GAP.split(shot.text)]
        return sex is None or None in sexes or sex in sexes
    same = one_noun(shot.noun)
    definite = _DEFINITE.fullmatch(text)
    if definite is not None:
        # "the woman" after "two women were shot", or after "a man and a woman were shot"
        head = one_noun(definite.group(1))
        if shot.noun != "people":
            return head == same
        # named among the coordinated people shot by their noun, or by a sex only one of them has
        # ("a woman and her son were shot … the boy died")
        sex = sex_of(text)
        # or by an apposition that lists them, told between: "The victims, a man and a woman, were …"
        listed = _LISTED_BETWEEN.search(view, shot.range_end, a)
        people = listed.group("people") if listed is not None else shot.text
        sexes = [sex_of(person) for person in _LIST_GAP.split(people)]
        return head in {one_noun(w) for w in _WORD.findall(people)} or (sex is not None and sexes.count(sex) == 1)
    if _CAUSELESS_DEATH_AFTER.match(view, b) and (_ARTICLE.match(text) or implicit_count(text) is not None):
        # "A 24-year-old man died at the hospital", "Lorne died at the scene": of the shooting told before
        return True
    start = shot.words_start
    named = _NAMED_ONE_OF_BEFORE.search(view, max(0, start - 100), start)
    if named is not None and text.split()[-1] in named.group(1).split():
        return True  # "Lee Park was one of two people shot … Park died": named one of them before
    if _ARTICLE.match(text) or implicit_count(text) is not None:
        return False  # "a man", a name
    hurt = tw.HURT_NOT_SHOT_AFTER.match(view, shot.range_end) or tw.HURT_VERB_BEFORE.search(
        view, max(0, start - 16), start
    )
    if hurt and (tw.KILLED_AFTER.match(view, dead.range_end) or tw.KILLING_BEFORE.search(view, max(0, a - 16), a)):
        # "62 people were hurt … Twelve were killed", "wounding three people and killing one": the
        # hurt are the living, the dead a toll of their own; only "of them", "later died" tells
        # them among the hurt
        return False
    return one_noun(dead.noun) == same


# a companion set off by commas between the people counted and their verb: "Two teens, along with
# a man, were shot" (the companion's own draft, if a person, lies in it)
_COMPANION_AT = compiled(r"(?:\s+[\w'’-]+){0,2}?\s*,\s*(?:together\s+)?along\s+with\s+[^,.;]{1,60}?,", re.I)


def _companion_end(view: str, shot: FigureDraft) -> int:
    """Where the companion "along with" set off after the count ends, or the count's end."""
    m = _COMPANION_AT.match(view, shot.range_end)
    return shot.range_end if m is None else m.end()


def _join(view: str, group: FigureDraft, companion: FigureDraft, companion_end: int) -> None:
    """The companion's people added to the group's count (in place), its words running over both
    up to the comma that closes the companion (its words whole, "two men", not its number alone)."""
    span = (group.words_start, view.rindex(",", 0, companion_end))
    group.span, group.text, group.phrase_start = span, view[span[0] : span[1]], span[0]
    group.value += companion.value
    group.range_end = max(group.range_end, span[1])


def is_shot_group(view: str, shot: FigureDraft) -> bool:
    """Are the people counted told shot or hurt, some of whom may have died: "two men were shot",
    "four people were wounded" (maybe with a companion: "two men, along with a woman, were shot"),
    or the count the verb takes, "a gunman shot four people"?"""
    start, end = shot.words_start, _companion_end(view, shot)
    return bool(
        _WERE_SHOT_AFTER.match(view, end)
        or _WERE_HURT_AFTER.match(view, end)
        or (
            _SHOT_VERB_BEFORE.search(view, max(0, start - 16), start)
            and not _MORE_OBJECTS_AFTER.match(view, shot.range_end)
        )
    )


def mark_shot(view: str, d: FigureDraft) -> None:
    """Relabel (in place) a count of the injured as the people shot, some of whom died."""
    label_shot(view, d, clause_end(view, d.range_end))


def shot_then_died(view: str, drafts: list[FigureDraft]) -> None:
    """ "Two men were shot Saturday. One of them died at the scene.": the people shot are not all
    injured when the next sentences tell that some of them died; the count of people shot (and
    its repeats, "deputies saw three women with gunshot wounds") is of people shot, the
    evaluation's shot less the dead. Any other toll between them leaves the figures as read; the
    companion "along with" them ("Two teens, along with a man, were shot") is one of the people
    shot then, the count's words running over both."""
    for i, shot in enumerate(drafts):
        if shot.category != "injured" or shot.roundup or not is_shot_group(view, shot):
            continue
        repeats, companion_end, companions = [shot], _companion_end(view, shot), []
        for later in drafts[i + 1 :]:
            if later.sentence - shot.sentence > _DIED_REACH:
                break
            if later.category == "injured" and shot.range_end < later.span[0] < companion_end:
                companions.append(later)
                continue
            if (
                later.category == "injured"
                and later.value == shot.value
                and (_WERE_SHOT_AFTER.match(view, later.range_end) or _WERE_HURT_AFTER.match(view, later.range_end))
            ):
                repeats.append(later)
                continue
            if (
                later.category == "killed"
                and not later.roundup
                and not later.label.endswith(BESIDES)  # told as besides them: not one of the people shot
                and 1 <= later.value < shot.value
                and _refers_back(view, shot, later)
            ):
                for c in companions:
                    _join(view, shot, c, companion_end)
                    drafts.remove(c)
                for d in repeats:
                    label_shot(view, d, clause_end(view, d.range_end))
            if later.category in HARMS:
                break


# the next sentence tells that all the people just counted died: "… Both (of them) were dead.", "All three died
# at the scene.", "Both were taken to a hospital, where they died."
_ALL_DEAD_NEXT = compiled(
    r"[^.!?;]{0,200}?[.!?]\s+(?:Both(?:\s+of\s+them)?|All(?:\s+(?:of\s+them|\w+))?)\s+(?:(?:were|had\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:pronounced\s+|found\s+|declared\s+)?dead"
    + NOT_DEAD_INTENSIFIER  # not "Both were dead tired"
    + r"|(?:later\s+)?died"
    # or taken somewhere where they died: "Both were rushed to a clinic, where they were pronounced dead"
    rf"|(?:were|had\s+been)\s+(?:\w+ly\s+)?{CONVEYED_OR_ADMITTED}\s+to\s+[^.;!?]{{1,80}}?"
    r",?\s+where\s+(?:they|both|all)\s+(?:were\s+(?:later\s+)?(?:pronounced|declared)\s+dead|(?:later\s+)?died))\b"
)


# or its own sentence, where they were taken: "Two men were shot and taken to a hospital, where
# they died", "… flown to a trauma center in Reno, where both were pronounced dead"
_ALL_DEAD_WHERE = compiled(
    r"[^.!?;]{0,160}?,?\s+where\s+(?:they|both(?:\s+of\s+them)?|all(?:\s+(?:of\s+them|\w+))?)\s+(?:were\s+"
    r"(?:later\s+|both\s+|all\s+)?(?:pronounced|declared)\s+dead|(?:later\s+|both\s+|all\s+)?died)\b",
    re.I,
)


def all_of_them_dead(view: str, drafts: list[FigureDraft]) -> None:
    """ "Two men were found with gunshot wounds. Both were dead.": the count of people hurt whose
    next sentence, or a "where" of its own, says all of them died is of the dead."""
    for i, d in enumerate(drafts):
        if d.category != "injured" or d.value < 2 or d.roundup:
            continue
        m = _ALL_DEAD_NEXT.match(view, d.range_end)
        if m is None and "where" in view[d.range_end : d.range_end + 200]:
            m = _ALL_DEAD_WHERE.match(view, d.range_end)
        if m is None or any(o.category in HARMS and o.span[0] < m.end() for o in drafts[i + 1 :]):
            continue
        d.category, d.label = "killed", f"{d.noun or 'people'} killed"


HURT_WORD = compiled(rf"\b(?:{'|'.join(end.strip() for end in HURT_ENDS)})\b", re.I)
_CARED_FOR = compiled(rf"\b(?:{HOSPITALIZED}|hospitals?|trauma\s+cent(?:er|re)s?|medical\s+cent(?:er|re)s?)\b", re.I)


def label_shot(view: str, d: FigureDraft, end: int) -> None:
    """The people counted are the people hurt (labelled by the word the text says it with up to
    ``end``: "teens shot", "men wounded"), not all injured."""
    word = HURT_WORD.search(view, d.range_end, max(d.range_end, end))
    # "found with stab wounds", "wounding three people": the people wounded
    # "rushed to hospital": the people hospitalized, their harm told by its care
    words = view[d.range_end : end].lower()
    said = (
        word.group().lower()
        if word
        else "wounded"
        if "wounds" in words or tw.HURT_VERB_BEFORE.search(view, max(0, d.words_start - 16), d.words_start)
        else "hospitalized"
        if _CARED_FOR.search(words)
        else "shot"
    )
    d.category, d.label = "other", f"{d.noun or 'people'} {said}"


def clause_end(view: str, at: int) -> int:
    """The end of the sentence after ``at``, at most 80 characters on."""
    stop = view.find(".", at, at + 80)
    return stop if stop >= 0 else min(len(view), at + 80)
