"""Later sentences that contest or deny a reported claim, found by what they refer back to: "the
claim" or "the militia's account" ("The assertion has been met with skepticism", "X denied the
claim"), a claim's own appositive (", an accusation the authorities denied"), "the figures could
not be verified" of the counts before, one sentence on several claims ("neither toll could be
confirmed"), and a denial by the one a claim was made against.
"""

from __future__ import annotations

import re

from summarizer.rules.claims import Claim, FlagInfo, Hedges
from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_pattern, lower_same_length, lower_word_starts
from summarizer.text.prefilters import literal_prefixes
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

_CONTEST_RE = compiled(
    r"\b(?:(?:been|was|were|is|are)\s+met\s+with\s+(?:\w+\s+){0,2}(?:skepticism|scepticism|doubt|criticism|disbelief)"
    r"|(?:disputed|questioned|challenged|contradicted|contested|dismissed|rejected|refuted|debunked|cast(?:s|ing)?\s+doubt\s+on)"
    r"|(?:does|did|do)\s+not\s+(?:match|support|bear\s+out|tally\s+with|square\s+with)"
    r"|(?:doesn|didn|don)['’]t\s+(?:match|support|bear\s+out|tally\s+with|square\s+with)"
    r"|(?:at\s+odds|inconsistent|in\s+conflict)\s+with|conflicts?\s+with"
    r"|(?:skeptic(?:al|ism)|scepti(?:cal|cism))|(?:question(?:s|ed)?|dispute[sd]?|challenge[sd]?|doubt(?:s|ed)?)\s+(?:the\s+)?(?:feasibility|accuracy|veracity|credibility|validity|claim|figure|account|assertion|report|number))\b",
    re.I,
)


_DENY_RE = compiled(r"\b(?:den(?:y|ies|ied|ying)|denial|rebuffed|rebutted|false|untrue|baseless|fabricated)\b", re.I)


_ANAPHOR_DETERMINED = rf"\b(?:this|that|the|such|these|those|his|her|their|its)\s+(?:{lx.CLAIM_NOUNS})\b"


# or after a source's possessive as the object of a word of contest or denial before it: "rejected
# the militia's account", "did not support the victim's statement" (not "X's remark … when
# questioned"); the quick scan below finds such sentences by their word of contest or denial
_ANAPHOR_RE = compiled(rf"{_ANAPHOR_DETERMINED}|\b(?P<owner>[\w-]+['’]s)\s+(?:{lx.CLAIM_NOUNS})\b", re.I)


# "the figures could not be verified" speaks of every count reported just before
_NUMBERS_ANAPHOR_RE = compiled(
    r"\b(?:the|these|those|such|their|its)\s+(?:figures?|numbers?|tolls?|counts?|tall(?:y|ies)|estimates?)\b", re.I
)


# a claim's own appositive: "…, an accusation the authorities denied"
_APPOSITIVE_RE = compiled(
    r",\s+(?:a|an)\s+(?:claim|assertion|accusation|allegation|charge|account|figure|statement)\b[^.;]{0,80}?"
    r"\b(?P<cue>denied|den(?:y|ies)|rejected|disputed|dismissed|contested|questioned|refuted)\b",
    re.I,
)


# a sentence that speaks of several claims at once: "could not verify either account", "neither
# toll could be confirmed", "none of the figures", "both sides' tolls"
_BLANKET_RE = compiled(
    r"\b(?P<det>either|neither|both|each|all|none\s+of)\s+(?:(?:the|these|those|their|of\s+the)\s+)?"
    r"(?:(?:side|party|camp)['’]s\s+|sides['’]\s+|parties['’]\s+|(?:rival|competing|conflicting|two)\s+)?"
    r"(?P<noun>claims?|accounts?|versions?|statements?|reports?|assertions?"
    r"|(?P<count>tolls?|figures?|numbers?|counts?|tall(?:y|ies)|estimates?))\b",
    re.I,
)


# the negation a "neither"/"none" subject carries: "neither toll could be independently confirmed"
_CONFIRMED_RE = compiled(
    r"\b(?:(?:could|can|has|have|had|was|were|is|are)\s+)(?:(?:yet|been|be|immediately|officially|independently)\s+)*"
    r"(?:confirmed|verified|corroborated|substantiated)\b",
    re.I,
)


_DIGIT_OR_WORD = compiled(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b",
    re.I,
)


# the same patterns for lower-cased sentences: much faster than re.IGNORECASE
_CONTEST_LOW, _DENY_LOW, _ANAPHOR_LOW, _NUMBERS_ANAPHOR_LOW, _APPOSITIVE_LOW = (
    lower_pattern(p.pattern) for p in (_CONTEST_RE, _DENY_RE, _ANAPHOR_RE, _NUMBERS_ANAPHOR_RE, _APPOSITIVE_RE)
)


# (searched in every sentence: found from the characters before words, where a guard of their
# first letters, common ones, still had the engine try every position)
_BLANKET_LOW, _CONFIRMED_LOW = (lower_word_starts(p.pattern) for p in (_BLANKET_RE, _CONFIRMED_RE))


# every match of _BLANKET_LOW opens with one of these words ("either", "none" …, read from the
# pattern): a sentence that holds none of them, as most do, is not scanned (a few substring tests
# in C cost far less than the engine's try at every word start)
_BLANKET_OPENINGS = literal_prefixes(_BLANKET_LOW.pattern.pattern) or ("",)


# any of the first three: one scan tells a sentence that holds none of them (most do not)
# (skipping to the characters before words: a pattern that opens with "\b" is tried at every position)
_ANY_QUALIFIER_LOW = lower_word_starts(_CONTEST_RE.pattern, _DENY_RE.pattern, _ANAPHOR_DETERMINED)


# _ANAPHOR_LOW without its possessive owner (an "owner" group that never takes part), for a
# sentence with no "'s": the same matches there, found from the determiners' first letters where
# the owner's "[\w-]+" had the whole pattern tried at every position
_ANAPHOR_DETERMINED_LOW = lower_pattern(rf"{_ANAPHOR_DETERMINED}(?P<owner>(?!))?")


def _anaphor_search(text: str, pos: int = 0) -> re.Match[str] | None:
    """``_ANAPHOR_LOW.search(text, pos)``."""
    if "'s" in text or "’s" in text:
        return _ANAPHOR_LOW.search(text, pos)
    return _ANAPHOR_DETERMINED_LOW.search(text, pos)


def discourse_flags(
    view: str,
    sentences: list[Sentence],
    items: list[Claim],
    flags: list[list[FlagInfo]],
    hedges: Hedges,
    eligible: list[int],
) -> None:
    """Sentences that qualify an earlier claim: "has not confirmed such incidents", "The
    assertion has been met with skepticism", "The ministry denied the report"."""
    by_sentence: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        by_sentence.setdefault(item.sentence, []).append(i)
    eligible_set = set(eligible)
    referenced: dict[int, int] = {}  # attribution -> times a claim anaphor pointed at it
    for sent in sentences:
        original = view[sent.start : sent.end]
        text = hedges.lowered(sent.index)  # searched with the lower-case patterns; cues cite the original
        own = by_sentence.get(sent.index, [])
        unconfirmed = hedges.unconfirmed(sent.index, text)
        if _blanket_flags(view, sent, text, unconfirmed, own, items, flags, by_sentence, eligible_set):
            continue
        if not unconfirmed and not _ANY_QUALIFIER_LOW.search(text):
            continue
        anaphor = _anaphor_search(text)
        contest = _CONTEST_LOW.search(text)
        deny = _DENY_LOW.search(text)
        while (
            anaphor is not None
            and anaphor.group("owner")
            and not any(m is not None and m.start() < anaphor.start() for m in (contest, deny))
        ):
            anaphor = _anaphor_search(text, anaphor.end())
        if not (unconfirmed or contest or deny or anaphor):
            continue
        earlier = _antecedent(
            items,
            sent,
            referenced,
            exclude_own=own,
            prefer_before=sent.start,
            eligible=eligible_set,
            by_sentence=by_sentence,
        )
        appositive = _APPOSITIVE_LOW.search(text)
        if appositive and own:
            cue_span = (sent.start + appositive.start("cue"), sent.start + appositive.end("cue"))
            reason = "denied" if appositive.group("cue").lower().startswith("den") else "contested"
            nearest = min(own, key=lambda i: abs(items[i].content[1] - cue_span[0]))
            flags[nearest].append(FlagInfo(reason, original[slice(*appositive.span("cue"))], cue_span))
        numbers = _NUMBERS_ANAPHOR_LOW.search(text)
        if unconfirmed and numbers and not own:
            # "The figures could not be independently verified": every count reported just before
            cue_text, span = unconfirmed[0]
            # the claims of the five sentences before, in the order given
            recent = sorted(i for d in range(1, 6) for i in by_sentence.get(sent.index - d, ()) if i in eligible_set)
            counted = [i for i in recent if _DIGIT_OR_WORD.search(view, *items[i].content)]
            for i in counted:
                flags[i].append(FlagInfo("not_independently_verified", cue_text, span))
            if counted:
                continue
        # a cue outside its claim's sentence must name what it is about ("the claim", "such
        # incidents"), or be "this"/"that" opening the very next sentence: else it is about
        # this sentence's own claim, or about none
        if unconfirmed:
            cue_text, span = unconfirmed[0]
            covered = [i for i in own if items[i].content[0] <= span[0] < items[i].content[1]]
            mine = [i for i in own if i in eligible_set and items[i].content[0] <= span[0]]
            # an anaphor after the sentence's own claim points at it ("…, though the figure was
            # impossible to confirm"); one before it, at a claim of an earlier sentence
            after_own = anaphor is not None and any(sent.start + anaphor.start() >= items[i].content[1] for i in mine)
            if not covered and mine and (not anaphor or after_own):
                # "X claimed 30 were downed, a figure that could not be verified": its own claim
                target_own = max(mine, key=lambda i: items[i].content[0])
                flags[target_own].append(FlagInfo("not_independently_verified", cue_text, span))
            elif not covered:
                # "While Russia has not officially confirmed such incidents, …": the claim before
                target = earlier if _refers_back(view, sent, span, anaphor, earlier, items, own) else None
                if target is not None:
                    flags[target].append(FlagInfo("not_independently_verified", cue_text, span))
                    referenced[target] = referenced.get(target, 0) + 1
        # "X said …; observers disputed the figure": when another source reports the dispute,
        # its anaphor names the claim before it in the same sentence
        reported = contest or deny
        if anaphor is not None and reported is not None:
            rival = _speaker_of_cue(view, items, own, sent.start + reported.start())
            before = [
                i for i in own
                if i in eligible_set and items[i].content[1] <= sent.start + anaphor.start()
                and rival is not None and _speaker_text(view, items[i]) not in (None, rival)
            ]  # fmt: skip
            if before:
                earlier = max(before, key=lambda i: items[i].content[1])
        if deny and not anaphor and own:
            _denial_of_earlier(view, sent, deny, items, own, flags, by_sentence, eligible_set)
        if anaphor and earlier is not None:
            # a contest or a denial whose anaphor names the claim before ("… disputed the figure")
            for cue, reason in ((contest, "contested"), (deny, "denied")):
                if cue:
                    span = (sent.start + cue.start(), sent.start + cue.end())
                    flags[earlier].append(FlagInfo(reason, original[slice(*cue.span())], span))
                    referenced[earlier] = referenced.get(earlier, 0) + 1
            if not contest and not deny and not unconfirmed and anaphor.start() < 20:
                referenced[earlier] = referenced.get(earlier, 0) + 1  # "This claim, made on July 3, …"


def _blanket_flags(
    view: str,
    sent: Sentence,
    text: str,
    unconfirmed: list[tuple[str, Span]],
    own: list[int],
    items: list[Claim],
    flags: list[list[FlagInfo]],
    by_sentence: dict[int, list[int]],
    eligible: set[int],
) -> bool:
    """A sentence that leaves several claims before it unconfirmed at once ("Neither toll could be
    independently confirmed", "The agency could not verify either account", "…; neither side's
    figures could be verified"): each claim of the last two sources before it (of every source
    for "all", "none of"), only those holding a count when it speaks of tolls or figures; when
    the sentence holds claims, the words come after them, outside them. Whether it flagged any."""
    for opening in _BLANKET_OPENINGS:  # (a loop of "in" tests: faster than any() over a generator)
        if opening in text:
            break
    else:
        return False
    blanket = _BLANKET_LOW.search(text)
    if blanket is None:
        return False
    at = sent.start + blanket.start()
    if own and (not all(items[i].content[1] <= at for i in own) or not any(i in eligible for i in own)):
        return False
    if unconfirmed:
        cue_text, span = unconfirmed[0]
    else:
        confirmed = _CONFIRMED_LOW.search(text, blanket.end())
        if not blanket.group("det").startswith("n") or confirmed is None:
            return False
        span = (sent.start + blanket.start(), sent.start + confirmed.end())
        cue_text = view[span[0] : span[1]]
    recent = sorted(i for d in range(6) for i in by_sentence.get(sent.index - d, ()) if i in eligible)
    if blanket.group("count"):
        recent = [i for i in recent if _DIGIT_OR_WORD.search(view, *items[i].content)]
    if blanket.group("det") not in ("all", "none of"):
        sources: list[str | None] = []
        for i in reversed(recent):
            if (who := _speaker_text(view, items[i])) not in sources:
                sources.append(who)
        recent = [i for i in recent if _speaker_text(view, items[i]) in sources[:2]]
    for i in recent:
        flags[i].append(FlagInfo("not_independently_verified", cue_text, span))
    return bool(recent)


_CONTENT_WORD = compiled(r"\b[a-z][a-z'’-]{3,}\b")


_NOT_TOPIC_WORDS = frozenset(
    {"that", "this", "these", "those", "there", "their", "they", "them", "were", "have", "been", "with", "from",
     "said", "which", "would", "could", "should", "about", "after", "before", "more", "than", "also", "into",
     "some", "when", "what", "will", "only", "other", "being", "such", "does", "during", "while", "over"}
)  # fmt: skip


def _topic_words(view: str, span: Span) -> set[str]:
    low = lower_same_length(view[span[0] : span[1]])
    words = {w.rstrip("s") for w in _CONTENT_WORD.findall(low)}
    return {w for w in words if w not in _NOT_TOPIC_WORDS and len(w) >= 4}


# a denial of what was said: "denied that", "denied any", "denies the report"; after a modal or
# "to" it is a refusal that may come ("could deny them permits")
_DENIAL_OF_CLAIM_AFTER = compiled(
    r"\s+(?:that|any|the|reports?|claims?|allegations?|accusations?|having|responsibility|involvement)\b", re.I
)


_MODAL_BEFORE = compiled(r"\b(?:could|would|may|might|will|can|shall|should|must|to)\s+$", re.I)


def _denial_of_earlier(
    view: str,
    sent: Sentence,
    deny: re.Match[str],
    items: list[Claim],
    own: list[int],
    flags: list[list[FlagInfo]],
    by_sentence: dict[int, list[int]],
    eligible: set[int],
) -> None:
    """A source that denies what another source said just before, in words of the same matter:
    "Rebels said 30 fighters were killed. The army denied that any fighters had died." The
    denial is the cue of this sentence's own claim; the claim denied is the latest one of the two
    sentences before, by another speaker, that shares a content word with the denial."""
    at = sent.start + deny.start()
    if not _DENIAL_OF_CLAIM_AFTER.match(view, sent.start + deny.end()) or _MODAL_BEFORE.search(
        view, max(sent.start, at - 12), at
    ):
        return  # "could deny them permits": a refusal, not a denial of what was said
    denials = [i for i in own if (cue := items[i].cue) is not None and cue[0] <= at < cue[1]]
    if not denials:
        return
    denial = items[denials[0]]
    words = _topic_words(view, denial.content)
    who = _speaker_text(view, denial)
    before = sorted(i for d in (1, 2) for i in by_sentence.get(sent.index - d, ()) if i in eligible)
    for i in reversed(before):
        if _speaker_text(view, items[i]) != who and words & _topic_words(view, items[i].content):
            span = (at, sent.start + deny.end())
            flags[i].append(FlagInfo("denied", view[span[0] : span[1]], span))
            return


def _speaker_text(view: str, item: Claim) -> str | None:
    return view[item.speaker[0] : item.speaker[1]].casefold() if item.speaker else None


def _speaker_of_cue(view: str, items: list[Claim], own: list[int], at: int) -> str | None:
    """Who reports with the cue at ``at``: the speaker of the sentence's claim whose cue holds it."""
    for i in own:
        cue = items[i].cue
        if cue is not None and cue[0] <= at < cue[1]:
            return _speaker_text(view, items[i])
    return None


_PRONOUN_BEFORE = compiled(r"\b(?:this|that|it|neither|none of (?:this|it))\b[^.;]{0,24}$", re.I)


def _refers_back(
    view: str,
    sent: Sentence,
    cue: Span,
    anaphor: re.Match[str] | None,
    earlier: int | None,
    items: list[Claim],
    own: list[int],
) -> bool:
    """Does the sentence refer to the earlier claim: a noun ("the claim", "such incidents"), or
    "this"/"that" just before the cue in the sentence right after the claim's, holding no claim of its own?"""
    if earlier is None:
        return False
    if anaphor is not None:
        return True
    return (
        not own
        and items[earlier].sentence == sent.index - 1
        and bool(_PRONOUN_BEFORE.search(view, max(sent.start, cue[0] - 30), cue[0]))
    )


def _antecedent(
    items: list[Claim],
    sent: Sentence,
    referenced: dict[int, int],
    *,
    exclude_own: list[int],
    prefer_before: int,
    eligible: set[int],
    by_sentence: dict[int, list[int]],
) -> int | None:
    """The claim a sentence refers back to: recent, already referred to, by a named source."""
    best: tuple[float, int] | None = None
    # only the claims of this sentence and the four before can be its antecedent: look up those
    # (in the order given, as a scan of every claim would meet them) instead of scanning all
    window = sorted(i for d in range(5) for i in by_sentence.get(sent.index - d, ()))
    for i in window:
        item = items[i]
        content = item.content
        if i in exclude_own or content[0] >= prefer_before or i not in eligible:
            continue
        distance = sent.index - item.sentence
        if distance < 0 or distance > 4:
            continue
        score = -0.5 * distance + 2.0 * min(referenced.get(i, 0), 1) + (1.0 if item.anonymity == "named" else 0.0)
        if best is None or score > best[0] or (score == best[0] and content[0] > items[best[1]].content[0]):
            best = (score, i)
    return best[1] if best else None
