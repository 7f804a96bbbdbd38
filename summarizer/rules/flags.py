"""Why a reported claim is unverified or disputed: hedges in it, claim verbs, unnamed sources,
"has not confirmed" near it, and later sentences that contest or deny it ("The assertion has
been met with skepticism", "X denied the claim", read by contested_claims). Every flag cites the
words that show it.
"""

from __future__ import annotations

import re

from summarizer.rules.claims import Claim, FlagInfo, Hedges
from summarizer.rules.contested_claims import discourse_flags
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

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


def flag_attributions(
    view: str, sentences: list[Sentence], items: list[Claim], *, title: Span | None = None
) -> list[list[FlagInfo]]:
    """Flags for each attribution, in the order given."""
    if not items:
        return []  # nothing to flag: no sentence's hedges need reading (every flag goes on an item)
    flags: list[list[FlagInfo]] = [[] for _ in items]
    hedges = Hedges(view, sentences)
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
    discourse_flags(view, sentences, items, flags, hedges, body)
    for i, fl in enumerate(flags):
        unique: dict[tuple[str, Span | None], FlagInfo] = {}
        for f in fl:
            unique.setdefault((f.reason, f.span), f)
        flags[i] = list(unique.values())
    return flags


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
