"""Why a reported claim is unverified or disputed: hedges in it, claim verbs, unnamed sources,
"has not confirmed" near it, and later sentences that contest or deny it ("The assertion has
been met with skepticism", "X denied the claim"). Every flag cites the words that show it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_pattern, lower_same_length, lower_word_starts
from summarizer.text.hedges import STATUS_KINDS, find_hedges, hedges_no_claim, may_be_unconfirmed
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
_UNCONFIRMED_KIND = "unconfirmed"
_DIGIT_OR_WORD = compiled(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b",
    re.I,
)
# reporting verbs that themselves hedge what they report: "imagery suggested", "data indicate"
_HEDGING_CUES = {
    "suggest",
    "indicate",
    "imply",
    "speculate",
    "believe",
    "think",
    "suspect",
    "hint",
    "guess",
    "estimate",
    "predict",
    "forecast",
    "expect",
    "hope",
    "fear",
    "assume",
}


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


@dataclass(frozen=True, slots=True)
class Claim:
    """What flagging needs to know of one attribution."""

    content: Span
    cue: Span | None
    lemma: str | None
    speaker: Span | None
    kind: str | None  # the speaker entity's kind; None when no source is named
    anonymity: str | None
    sentence: int
    affiliation: str | None = None  # the speaker entity's affiliation ("Ukraine" of "Ukrainian officials")


@dataclass(slots=True)
class FlagInfo:
    reason: str
    cue: str
    span: Span | None


class _Hedges:
    """find_hedges run once per sentence, with absolute spans, for every later lookup; a sentence
    is read when a lookup first needs it (most sentences hold no claim, and one that cannot hold
    an unconfirmed cue is never read for one)."""

    def __init__(self, view: str, sentences: list[Sentence]) -> None:
        self._view = view
        self._lowered = lower_same_length(view)  # once: each sentence's is a slice of it
        self._sentences = sentences
        self._cues: list[list[tuple[str, str, Span]] | None] = [None] * len(sentences)  # (kind, text, span)
        # sentences are in text order and apart: a span's cues lie in the sentences it touches
        self._starts = [sent.start for sent in sentences]
        self._ends = [sent.end for sent in sentences]
        self._ordered = all(a <= b for a, b in zip(self._ends, self._starts[1:], strict=False))

    def of_sentence(self, k: int) -> list[tuple[str, str, Span]]:
        """The cues of sentence ``k`` (its index in the list given), read once."""
        cues = self._cues[k]
        if cues is None:
            sent = self._sentences[k]
            piece = self._view[sent.start : sent.end]
            cues = self._cues[k] = [
                (str(c.kind), c.text, (sent.start + c.span[0], sent.start + c.span[1]))
                for c in find_hedges(piece, lowered=self.lowered(k))
                if not hedges_no_claim(piece, c)
            ]
        return cues

    def lowered(self, k: int) -> str:
        """Sentence ``k`` in lower case, as lower_same_length gives it (a slice of the view's)."""
        sent = self._sentences[k]
        return self._lowered[sent.start : sent.end]

    def unconfirmed(self, k: int, lowered: str) -> list[tuple[str, Span]]:
        """The unconfirmed cues of sentence ``k``, whose text in lower case is ``lowered``."""
        if not may_be_unconfirmed(lowered):
            return []
        return [(t, cs) for kind, t, cs in self.of_sentence(k) if kind == _UNCONFIRMED_KIND]

    def within(self, span: Span) -> list[FlagInfo]:
        s, e = span
        lo, hi = 0, len(self._sentences)
        if self._ordered:
            lo = bisect.bisect_left(self._ends, s)
            hi = bisect.bisect_right(self._starts, e)
        return [
            FlagInfo("not_independently_verified" if kind == _UNCONFIRMED_KIND else "hedge", text, cs)
            for k in range(lo, hi)
            for kind, text, cs in self.of_sentence(k)
            if s <= cs[0] and cs[1] <= e and kind in STATUS_KINDS
        ]


def flag_attributions(
    view: str, sentences: list[Sentence], items: list[Claim], *, title: Span | None = None
) -> list[list[FlagInfo]]:
    """Flags for each attribution, in the order given."""
    if not items:
        return []  # nothing to flag: no sentence's hedges need reading (every flag goes on an item)
    flags: list[list[FlagInfo]] = [[] for _ in items]
    hedges = _Hedges(view, sentences)
    for i, item in enumerate(items):
        flags[i].extend(hedges.within(item.content))
        cue = item.cue
        if cue is not None and item.lemma in lx.CLAIM_VERBS:
            flags[i].append(FlagInfo("claim_verb", view[cue[0] : cue[1]], cue))
        elif cue is not None and item.lemma in _HEDGING_CUES:
            flags[i].append(FlagInfo("hedge", view[cue[0] : cue[1]], cue))
        elif cue is not None:
            flags[i].extend(f for f in hedges.within(cue) if f.reason == "hedge")
        if cue is not None and 0 <= item.content[0] - cue[1] <= 80:
            # "said, without offering evidence, that …": an aside between the verb and its claim
            gap = hedges.within((cue[1], item.content[0]))
            flags[i].extend(f for f in gap if f.reason == "not_independently_verified")
        if (item.kind == "unnamed" and not _speaks_for_named_body(view, sentences, item)) or (
            item.kind is None and item.speaker is None
        ):
            speaker = item.speaker
            flags[i].append(FlagInfo("unnamed_source", view[speaker[0] : speaker[1]] if speaker else "", speaker))
        elif (told := _anonymity_told_beside(view, sentences, item)) is not None:
            flags[i].append(FlagInfo("unnamed_source", view[told[0] : told[1]], told))
    # a headline restates a claim of the body: later sentences refer to the body's claim
    body = [i for i, item in enumerate(items) if not (title and title[0] <= item.content[0] < title[1])]
    _discourse_flags(view, sentences, items, flags, hedges, body)
    for i, fl in enumerate(flags):
        unique: dict[tuple[str, Span | None], FlagInfo] = {}
        for f in fl:
            unique.setdefault((f.reason, f.span), f)
        flags[i] = list(unique.values())
    return flags


def _discourse_flags(
    view: str,
    sentences: list[Sentence],
    items: list[Claim],
    flags: list[list[FlagInfo]],
    hedges: _Hedges,
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
        if contest and anaphor:
            target = earlier
            if target is not None:
                span = (sent.start + contest.start(), sent.start + contest.end())
                flags[target].append(FlagInfo("contested", original[slice(*contest.span())], span))
                referenced[target] = referenced.get(target, 0) + 1
        if deny and not anaphor and own:
            _denial_of_earlier(view, sent, deny, items, own, flags, by_sentence, eligible_set)
        if deny and anaphor:
            target = earlier
            if target is not None:
                span = (sent.start + deny.start(), sent.start + deny.end())
                flags[target].append(FlagInfo("denied", original[slice(*deny.span())], span))
                referenced[target] = referenced.get(target, 0) + 1
        elif anaphor and not contest and not unconfirmed:
            target = earlier
            if target is not None and anaphor.start() < 20:
                referenced[target] = referenced.get(target, 0) + 1  # "This claim, made on July 3, …"


# plural nouns of people who speak for a body (not "residents", "witnesses", "rebels"): a phrase
# that names the body or its country or place ("officials at the health ministry", "Ukrainian
# officials", "officials in Kherson") names its source, as "a police spokesman" does
_OFFICIALS = frozenset(
    {"officials", "authorities", "spokespeople", "spokesmen", "spokeswomen", "spokespersons", "representatives",
     "commanders", "officers", "diplomats", "administrators", "ministers", "prosecutors", "investigators"}
)  # fmt: skip
_BODY_IN_PHRASE = compiled(
    rf"\b(?:at|of|from|for|with|in)\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?:{'|'.join(sorted(lx.ORG_HEADS))})\b",
    re.I,
)


# a public body as the subject that opens the sentence before: "The health ministry issued
# figures on Monday. Officials said …" (the officials are that body's)
# (a public body, whose people are its "officials"; a firm's are its executives)
_PUBLIC_BODIES = (
    "ministry|department|agency|office|government|administration|authority|authorities|command|council|police"
    "|army|military|navy|commission|committee|bureau|directorate|embassy|mission|service|services|municipality"
)
_BODY_SUBJECT = compiled(
    rf"\s*(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_PUBLIC_BODIES})"
    r"\s+(?:has|had|have|is|was|were|said|says|issued|released|published|reported|announced|[a-z]+ed)\b",
    re.I,
)


def _speaks_for_named_body(view: str, sentences: list[Sentence], item: Claim) -> bool:
    """An unnamed group of officials whose phrase names the body they speak for (no anonymity
    told), or bare officials right after a sentence whose subject is a body."""
    if item.anonymity != "role_only" or item.speaker is None:
        return False
    words = view[item.speaker[0] : item.speaker[1]].lower().split()
    if not any(w.strip(",") in _OFFICIALS for w in words):
        return False
    if item.affiliation is not None or _BODY_IN_PHRASE.search(view, *item.speaker) is not None:
        return True
    before = item.sentence - 1
    return (
        len(words) == 1
        and 0 <= before < len(sentences)
        and _BODY_SUBJECT.match(view, sentences[before].start, sentences[before].end) is not None
    )


# anonymity told beside a source rather than in its phrase: an appositive or a relative clause
# set off between it and its verb, or after it when it follows the verb ("a commander, speaking on
# condition of anonymity, said", "said an aide, who asked not to be named")
_ANONYMITY_TOLD = compiled(
    r"\b(?:(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requested|requesting|asked\s+for|granted)\s+anonymity"
    r"|speaking\s+anonymously|(?:asked|asking|requested|requesting|declined|declining|wished|wishing)\s+not\s+to\s+be\s+"
    r"(?:named|identified)|(?:declined|declining|refused|refusing)\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?names?)"
    r"|(?:was|were|is|are|being)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss|brief)"
    r"|without\s+being\s+(?:named|identified))\b",
    re.I,
)


def _anonymity_told_beside(view: str, sentences: list[Sentence], item: Claim) -> Span | None:
    """Where anonymity is told next to the item's named-by-role source, outside its phrase."""
    speaker, cue = item.speaker, item.cue
    if speaker is None or cue is None or item.anonymity == "named":
        return None
    if speaker[1] <= cue[0]:
        start, end = speaker[1], cue[0]
    elif cue[1] <= speaker[0] and 0 <= item.sentence < len(sentences):
        start, end = speaker[1], min(speaker[1] + 120, sentences[item.sentence].end)
    else:
        return None
    if end - start > 160 or not view.startswith(",", start):
        return None
    m = _ANONYMITY_TOLD.search(view, start, end)
    return m.span() if m else None


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


def status_of(flags: list[FlagInfo]) -> str:
    if any(f.reason in ("contested", "denied") for f in flags):
        return "disputed"
    return "unverified" if flags else "attributed"
