"""Uncertainty and unverified-claim cues in a sentence: ``find_hedges``.

Kinds: modal (may, could, likely), doxastic (believe, expect), reporting (alleged, reportedly),
unconfirmed (has not confirmed, could not be independently verified), investigation (whether,
investigating whether), conditional (if, unless). Each cue is returned with its span.
"""

from __future__ import annotations

import re

from summarizer.schema import HedgeCue
from summarizer.text import lexicon as lx
from summarizer.text.base import lower_same_length
from summarizer.text.regex import compiled, first_characters, guarded

# "that" opening a content clause ("the view that rents will rise"), not a relative clause, whose
# "that" is its subject and is followed by a verb ("views that will change"), nor "feel that way"
_CLAUSE_THAT = (
    r"\s+that(?!\s+(?:will|would|can|could|may|might|shall|should|must|has|have|had|is|are|was|were|be|been"
    r"|do|does|did|way)\b)"
)

_PATTERNS: list[tuple[str, str]] = [
    # unconfirmed first: it claims "could not be verified" before "could" does
    (
        "unconfirmed",
        r"(?:has|have|had|did|does|do|could|can|was|were|is|are)(?:\s*n['’]t|\s+not|\s+never)"
        r"(?:\s+(?:yet|been|be|immediately|officially|independently|publicly|formally|yet\s+been))*"
        r"\s+(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed)|substantiat(?:e|ed)|authenticat(?:e|ed))",
    ),
    # ("not immediately possible to reconcile the figures": two accounts that cannot both be checked)
    (
        "unconfirmed",
        r"(?:unable|impossible|not\s+(?:immediately\s+)?possible)\s+to\s+(?:independently\s+|immediately\s+)?"
        r"(?:confirm|verify|corroborate|reconcile)",
    ),
    ("unconfirmed", r"could\s+not\s+(?:be\s+)?(?:immediately\s+)?reconcil(?:e|ed)"),
    ("unconfirmed", r"cannot\s+(?:be\s+)?(?:independently\s+)?(?:confirm(?:ed)?|verif(?:y|ied))"),
    (
        "unconfirmed",
        r"(?:un(?:verified|confirmed|substantiated|corroborated)"
        r"|without\s+(?:(?:providing|offering|giving|citing|presenting|showing)\s+)?(?:any\s+)?(?:evidence|proof)"
        r"|no\s+evidence|(?:offered|provided|gave)\s+no\s+(?:evidence|proof)|did\s+not\s+provide\s+(?:any\s+)?(?:evidence|proof))",
    ),
    (
        "reporting",
        # the hearsay adverbs (lexicon.HEARSAY_ADVERBS) and the adjectives of four of them (not "reported")
        "|".join(sorted(lx.HEARSAY_ADVERBS)) + r"|alleged|allegations?|purported|supposed|reputed|rumou?r(?:ed|s)?"
        r"|claim(?:s|ed|ing)?|accus(?:ed|ing|ations?)|(?:is|are|was|were)\s+said\s+to"
        r"|alleg(?:e|es|ing)|charges?" + _CLAUSE_THAT,
    ),
    (
        "doxastic",
        r"believ(?:e|es|ed|ing)|think(?:s|ing)?|thought\s+(?:to|that|it|he|she|they|we|i|was|were|would|could)"
        r"|(?:seen|perceived|thought\s+of)\s+as|sees?\s+(?:[\w'’-]+\s+){1,5}?as\b|expect(?:s|ed|ing|ations?)?"
        r"|suspect(?:s|ed)?|suspicions?|assum(?:e|es|ed|ing|ptions?)|presum(?:e|es|ed|ably|ption)"
        r"|estimat(?:e|es|ed)|predict(?:s|ed|ions?)?|anticipat(?:e|es|ed)|speculat(?:e|es|ed|ion)"
        r"|doubt(?:s|ed|ful)?|s[ck]eptical|project(?:ed|ions?)|forecast(?:s|ed)?|foresee(?:s|n)?"
        r"|consider(?:s|ed)?\s+(?:to\s+be|as|it|that|likely|possible)|regarded\s+as|viewed\s+as"
        # a passive of considering with its predicate noun: "is widely considered the favourite"
        r"|(?:(?<=is\s)|(?<=are\s)|(?<=was\s)|(?<=were\s)|(?<=be\s)|(?<=been\s)|(?<=widely\s)|(?<=generally\s))"
        r"considered\s+(?:the|a|an|one|among)"
        r"|fear(?:s|ed|ing)?\s+(?:that|of|a|the|they|he|she|it|we|i|you)|bet(?:ting)?\s+(?:that|on)"
        # a toll feared, not found: "60 people are feared dead", "officials fear at least 60 died"
        r"|feared\s+(?:dead|killed|drowned|trapped|missing|lost|buried)|fear(?:s|ed)?\s+(?:at\s+least|more\s+than|dozens|hundreds|\d)"
        # verbs of supposition; nouns of belief and words of apprehension (like "fear") with their
        # content clause ("the view that", "residents worry that the dam will fail")
        # ("second-guess", "guess what", "reckon with" are not)
        r"|(?<!-)guess(?:es|ed|ing)?(?!\s+what\b)|reckon(?:s|ed|ing)?(?!\s+with\b)|surmis(?:e|es|ed|ing)"
        r"|(?:feel(?:s|ing)?|felt|beliefs?|views?|impressions?|notions?|theory|theories|opinion|confidence|s[ck]epticism"
        r"|worr(?:y|ies|ied|ying)|afraid)" + _CLAUSE_THAT,
    ),
    (
        "investigation",
        r"whether|"
        + "|".join(
            f"(?<={w}\\s)if"
            for w in (
                "say",
                "know",
                "ask",
                "see",
                "tell",
                "asked",
                "check",
                "learn",
                "wonder",
                "determine",
                "decide",
                "clear",
            )
        )
        + r"|(?:investigat(?:e|es|ing|ed)|prob(?:e|es|ing)|examin(?:e|es|ing)|look(?:s|ing)?\s+into)"
        r"\s+(?:whether|if|claims?|allegations?|reports?|the\s+possibility)"
        r"|remains?\s+to\s+be\s+seen|(?:is|are|was|it['’]s)\s+(?:not\s+)?(?:yet\s+)?(?:un)?clear\s+(?:whether|if|how|why|what|who|when)"
        r"|(?:is|are|was|were)\s+not\s+(?:yet\s+|entirely\s+|immediately\s+)?clear"
        r"|unclear|unknown|(?:an\s+)?open\s+question|yet\s+to\s+be\s+(?:seen|determined|established)",
    ),
    (
        "modal",
        r"may(?!\s+\d)|might|could(?!\s+not\s+be\s+(?:independently\s+)?verified)|possibl[ey]|possibilit(?:y|ies)"
        r"|perhaps|probabl[ey]|(?:un)?likely|likelihood|potential(?:ly)?|maybe|apparent(?:ly)?"
        r"|appear(?:s|ed)?\s+(?:to|that|as\s+(?:if|though)|\w+ly)|seem(?:s|ed|ingly)?|suggest(?:s|ed|ing)?\s+(?:that|a|an|the)"
        r"|indicat(?:es|ed|ing)\s+that|(?:indications?|signs?)" + _CLAUSE_THAT + r"|impl(?:y|ies|ied|ying)\s+that"
        r"|conceivabl[ey]|tentative(?:ly)?|uncertain(?:ty|ties)?"
        # epistemic adjectives and adverbs, nouns of possibility, epistemic "must have done"
        r"|(?:im)?plausibl[ey]|improbabl[ey]|probabilit(?:y|ies)|unsure|arguabl[ey]|ostensibl[ey]"
        r"|hypothe(?:sis|ses|si[sz](?:e|es|ed|ing)|tical(?:ly)?)|conjectur(?:e|es|ed|al)|odds\s+(?:are|that)"
        # negated certainty: "is not sure", "isn't certain whether"
        r"|(?:(?<=not\s)|(?<=n't\s)|(?<=n’t\s))(?:sure|certain)"
        r"|chances?\s+that|chances\s+are|prospects?\s+that"
        r"|must\s+(?:have|['’]ve)\s+(?:been|\w+ed|done|gone|seen|known|taken|given|made|had|heard|felt|left|lost|come)"
        r"|in\s+all\s+likelihood|(?:looks|looked)\s+(?:like|as\s+if|as\s+though|set\s+to)|risk(?:s|ed)?\s+(?:of|that)",
    ),
    ("conditional", r"if|unless|in\s+case|provided\s+that|as\s+long\s+as|in\s+the\s+event\s+(?:of|that)"),
]
# every unconfirmed cue above holds one of these (its verb of checking, or the evidence it lacks):
# a sentence in lower case with none holds no unconfirmed cue, and needs no reading for one
_UNCONFIRMED_WORDS = ("confirm", "verif", "corroborat", "substantiat", "authenticat", "reconcil", "evidence", "proof")


def may_be_unconfirmed(lowered: str) -> bool:
    """Whether ``lowered`` (a sentence in lower case) may hold a cue of kind "unconfirmed": False
    when it holds none of the words every such cue holds."""
    for word in _UNCONFIRMED_WORDS:  # noqa: SIM110 (a loop of "in" tests: faster than any() or a regex)
        if word in lowered:
            return True
    return False


_ALTERNATION = "|".join(f"(?P<{kind}{i}>\\b(?:{pattern})\\b)" for i, (kind, pattern) in enumerate(_PATTERNS))
_CUE_RE_LOWER = compiled(_ALTERNATION)  # on lower-cased text: much faster than IGNORECASE
_KIND_OF_GROUP = {f"{kind}{i}": kind for i, (kind, _) in enumerate(_PATTERNS)}
# "May" the month: a capital M with a day or year next to it
_MONTH_MAY = compiled(
    r"\bMay\s+\d|\b(?:in|of|since|until|by|early|late|mid-?|last|next|this|each|every)\s+May\b|\d\s+May\b"
)

# "May" the name: a capital M after a word or comma (mid-sentence, where the modal is written
# "may"), with a word in lower case after it ("the vote, May told reporters"); or, anywhere, a
# possessive, a finite verb or a stop after it, which no modal takes ("May said", "May, 41,"); a
# headline's title case ("Storm May Hit Coast") and a sentence's first word keep the modal
_NAME_MAY_AFTER = compiled(
    r"May(?=['’]s\b|\s+(?:said|says|told|tells|added|wrote|is|was|has|had|and|of)\b"
    # a comma or a stop after it, which the modal, written "may" mid-sentence, never has: the
    # name ("Dana May, 34,", "Ms. May.") or the month
    r"|\s*[,;:.!?)])"
)
_LOWER_WORD_AFTER = compiled(r"\s+[a-z]")


def _name_may(sentence: str, start: int, end: int) -> bool:
    """Whether the "May" at ``start`` is the name (see ``_NAME_MAY_AFTER``)."""
    if _NAME_MAY_AFTER.match(sentence, start):
        return True
    before = sentence[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",") and bool(_LOWER_WORD_AFTER.match(sentence, end))


def _alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (its "|" outside groups and classes)."""
    found, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # "[]…]", "[^]…]": a "]" first is a member
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*found, pattern[start:]]


def _openings() -> list[tuple[str, list[tuple[str, re.Pattern[str] | None]]]]:
    """Each kind's alternatives with the class of the characters each may open with (None when
    it cannot be bounded), read once from the parse, as guarded reads them."""
    return [
        (
            kind,
            [
                (a, None if (first := first_characters(a)) is None else compiled(f"[{first}]"))
                for a in _alternatives(pattern)
            ],
        )
        for kind, pattern in _PATTERNS
    ]


def _cues_opening_with(
    letter: str, openings: list[tuple[str, list[tuple[str, re.Pattern[str] | None]]]]
) -> re.Pattern[str]:
    """``_CUE_RE_LOWER`` with only the alternatives that may open with ``letter``: the same match
    at a place where ``letter`` stands (a trigger's first letter), found without trying the rest."""
    kinds = []
    for i, (kind, alternatives) in enumerate(openings):
        kept = [a for a, first in alternatives if first is None or first.match(letter)]
        if kept:
            kinds.append(f"(?P<{kind}{i}>\\b(?:{'|'.join(kept)})\\b)")
    return compiled("|".join(kinds))


def _matches(lowered: str) -> list[re.Match[str]]:
    """What ``_CUE_RE_LOWER.finditer`` finds, trying only word starts that can open a cue, and
    there only the cues that open with its letter."""
    found = []
    last = 0
    for pos in _trigger_starts(lowered):
        if pos < last:
            continue
        m = _CUE_BY_LETTER.get(lowered[pos], _CUE_RE_LOWER).match(lowered, pos)
        if m:
            found.append(m)
            last = m.end()
    return found


# kinds that make a reported claim unverified (conditionals alone do not)
STATUS_KINDS = frozenset({"modal", "doxastic", "reporting", "unconfirmed", "investigation"})


# Every cue opens with one of these, read at a word's start; only words that do are tried, far
# fewer than every position. Each is as long as the cues it opens allow, so that common words
# ("in", "and", "with", "region", "between") are not tried. What a cue needs after its first
# word is a lookahead: a trigger never covers the start of the next word.
_TRIGGERS = (
    # negated confirmation ("has not confirmed"), "is said to", "is not clear", modal "could"
    "has", "had", "hav", "did", "doe", "do", "cou", "can", "was", "wer", "is", "are",
    "una", "impos", r"not(?=\s+(?:immediately\s+)?possible)", r"no(?=\s+evidence)", "unv", "unc", "uns", "without", "offered",
    "gave", "prob", "provided", "project",
    # reporting
    "alleg", "reportedly", "purport", "suppos", "reput", "rumo", "claim", "accus", r"charges?(?=\s+that)",
    # doxastic
    "believ", "think", "thought", "see", "perc", "expect", "susp", "assum", "presum", "predict",
    "estimat", "anticipat", "speculat", "doubt", "fore", "consider", "regarded", "view", "fear",
    r"bet(?:ting)?(?=\s)", "guess", "reckon", "surmis", "feel", r"felt(?=\s+that)", "belief", "impression",
    "notion", "theor", "opinion", r"confidence(?=\s+that)", "skeptic", "sceptic", r"worr(?=\w*\s+that)", r"afraid(?=\s+that)",
    # investigation
    "whether", "if", "investigat", "examin", "look", "remain", "it['’]s", "unknown", r"an(?=\s+open)",
    "open", r"yet(?=\s+to)",
    # modal and conditional
    "may", "might", "possib", "perh", "likel", "unl", "potential", "appar", "appear", "suggest",
    "indicat", "conceivabl", "tentativ", r"in(?=\s+(?:all|case|the\s+event))", "risk", r"as(?=\s+long)",
    r"signs?(?=\s+that)", "hypothe", "conjectur", r"odds(?=\s)", "sure", "certain", "impl", "plausib", "improbab", "arguab", "ostensib", "chance", "prospect", r"must(?=\s)",
)  # fmt: skip


def _by_first_letter(words: tuple[str, ...]) -> str:
    """``a(?:lleg|ccus)|b(?:eliev)…``: one alternative per first letter, so that a word start
    tries only the triggers that open with its letter (each trigger opens with a plain letter;
    only the start of a trigger's match is used, so the order within a letter does not matter)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items()))


_TRIGGER_AT = guarded(r"\b(?:" + _by_first_letter(_TRIGGERS) + ")")
# the same triggers after the character before them, which a word start's "\b" says is no
# letter, digit or "_": a pattern that opens with a class of characters is skipped in C from one
# such character to the next (about one in five), where one that opens with "\b" or a lookahead
# is tried at every position. The class is ASCII; a letter of another script before a trigger
# ("İ", kept upper case) is told apart in Python.
_TRIGGER_AFTER = compiled(r"[^a-z0-9_](?:" + _by_first_letter(_TRIGGERS) + ")")


# the cues by the letter of a trigger they may open with (every trigger opens with a plain letter)
_OPENINGS = _openings()
_CUE_BY_LETTER = {letter: _cues_opening_with(letter, _OPENINGS) for letter in sorted({t[0] for t in _TRIGGERS})}
del _OPENINGS


def _trigger_starts(lowered: str) -> list[int]:
    """Where ``_TRIGGER_AT.finditer(lowered)`` finds a trigger: the next is looked for from the
    end of one found, and from the next character after one that is no word start."""
    starts = [0] if _TRIGGER_AT.match(lowered) else []
    search = _TRIGGER_AFTER.search
    m = search(lowered)
    while m is not None:
        before = m.start()
        if (c := lowered[before]).isalnum() or c == "_":
            m = search(lowered, before + 1)
        else:
            starts.append(before + 1)
            m = search(lowered, m.end())
    return starts


_AFTER_NEGATION = compiled(r"\s*(?:not\b|n['’]t\b|never\b)")
_AFTER_TO_THAT = compiled(r"\s+(?:\w+ly\s+)?(?:to|that)\b")
_EXPECTED_NOUNISH = compiled(r"\b(?:as|than|the|a|an|its|their|his|her|been|is|was|are|were|be)\s+$")
# "citing expected losses", "to meet expected demand": a participle before its noun, after a verb,
# names a forecast figure, as "the expected gain" does ("having expected losses" is the verb)
_VERB_BEFORE = compiled(r"(?:\b(?!having\b|being\b)[a-z]+ing|\bto\s+(?!have\b|be\b)[a-z]+)\s+$")
_NOUN_AFTER = compiled(
    r"\s+(?!(?:to|that|by|in|on|at|for|of|from|with|and|or|as|than|this|the|a|an)\b)[a-z]+\b(?!\s+(?:to|that)\b)"
)
_AFTER_NUMBER = compiled(r"\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?[$€£]?\d")
# "suspect" is a verb only after its subject (a pronoun, a noun of investigators), an auxiliary,
# a negation, an adverb or "to", or before "that"; elsewhere it is the far commoner noun ("the
# shooting suspect fled", "two male suspects")
_SUSPECT_VERB_BEFORE = compiled(
    r"(?:n['’]t|\b(?:i|we|they|you|he|she|it|who|police|investigators|officials|authorities|officers|detectives"
    r"|experts|analysts|scientists|doctors|prosecutors|agents|also|strongly|still|now|not|to|do|does|did|may|might"
    r"|could|would))\s+$"
)
_THAT_AFTER = compiled(r"\s+that\b")
_ARTICLE_BEFORE = compiled(r"\b(?:a|an|the)\s+$")
# "could be seen / heard / felt / reached": ability to perceive or contact, unless "seen as"
_PERCEPTION_AFTER = compiled(
    r"\s+(?:only\s+|still\s+|clearly\s+|also\s+|even\s+)?be\s+(?:seen|heard|felt|spotted|observed|reached|contacted)\b"
    r"(?!\s+as\b)"
)
# "could hear / smell / make out" (a sense perceived; "hear a case / an appeal / arguments" is a
# court's hearing, "hear from the director" word received, a possible outcome), "could barely / hardly / scarcely" (a restriction of what
# was done), "could only watch / wait / hope / guess" (all a bystander was able to do) and "could
# only be opened / reached by" (the only way in): ability, no possibility. "it could only get
# worse" and "could see" / "could feel" ("investors could see losses") name an outcome and hedge
_ABILITY_AFTER = compiled(
    r"\s+(?:(?:clearly|still|just|even)\s+)?(?:hear\b(?!\s+from\b|\s+(?:(?:the|an?|its|their|his|her|both|oral|further|new|closing"
    r"|opening|final)\s+){0,2}(?:case|cases|appeals?|arguments?|testimony|evidence|challenges?|motions?|petitions?"
    r"|complaints?|lawsuits?|suits?|disputes?|matter|objections?|pleas?|requests?)\b)|smell|make\s+out)\b"
    r"|\s+(?:barely|hardly|scarcely)\b"
    r"|\s+only\s+(?:(?:watch|wait|hope|pray|guess|speculate|imagine|wonder|listen|stare|look\s+on|stand\s+by|sit|weep|cry"
    r"|shrug|marvel)\b|be\s+(?:opened|unlocked|reached|accessed|approached|entered|boarded|visited|attended|viewed"
    r"|inspected|operated|used|crossed|bought|obtained)\b)"
)
# leave given in reported speech: "were told they could leave", "told the crew they could keep it",
# "told him he could stay"; the verbs of staying, leaving, keeping, which a possible outcome ("could
# face", "could be charged") does not take. Leave is given to the one told: the subject of a
# passive "were told", or the object of "told" that the pronoun after it names ("told them they",
# "told him he", "told the crew they"); "told reporters he could leave office" and "told the
# family he could remain in a coma" speak of someone else, a possible outcome, as "told her she
# could remain paralyzed" (a state undergone, "stay / remain" + a participle). Accepting ("she
# could live with the cuts") is the speaker's own word, whoever is told
_TOLD = r"(?:told|tells|assured|promised|informed|advised|allowed|permitted)"
_TOLD_SUBJECT_BEFORE = compiled(rf"\b{_TOLD}\s+(?:[\w'’.-]+\s+){{0,3}}?(?:that\s+)?(?:i|we|you|he|she|they)\s+$")
_TOLD_ONE_GIVEN_LEAVE_BEFORE = compiled(
    rf"\b(?:(?:was|were|been|being|is|are|am|get|gets|got)\s+{_TOLD}\s+(?:that\s+)?(?:i|we|you|he|she|they)"
    rf"|{_TOLD}\s+(?:them\s+(?:that\s+)?they|us\s+(?:that\s+)?we|you\s+(?:that\s+)?you|me\s+(?:that\s+)?i"
    rf"|him\s+(?:that\s+)?he|her\s+(?:that\s+)?she"
    rf"|(?!them\b|us\b|you\b|me\b|him\b|her\b|reporters\b|journalists\b)(?:[\w'’.-]+\s+){{1,3}}?(?:that\s+)?they))\s+$"
)
_LEAVE_GIVEN_AFTER = compiled(
    r"\s+(?:(?:now|then|also|still|soon|safely)\s+)?(?:leave|(?:stay|remain)(?!\s+\w+ed\b)|return|keep(?!\s+\w+ing\b)|enter"
    r"|attend|visit|vote|go\s+home|come\s+(?:home|back))\b"
)
_ACCEPTED_AFTER = compiled(r"\s+(?:(?:now|then|also|still)\s+)?live\s+with\b")
# "might" the noun (strength): right after a determiner or a possessive ("the might of", "the
# republic's might"), or before a word no modal takes ("military might was", "might of"), or with
# an adjective between a determiner and the clause's end ("its naval might.", "the sheer might,").
# "her" and "his" are also pronouns standing alone ("the ruling against her might be overturned",
# "a friend of his might"): after them the noun is read only before the clause's end or a
# preposition ("with all her might."). A noun between ("the company might.", "the crowd might,
# some feared, ...") is the subject of an elided or interrupted modal
# a finite verb after it: "is", "has", or a regular past ("military might alarmed"; "might need",
# "might proceed", "might shed" are the modal's bare verbs)
_MIGHT_NOUN_AFTER = compiled(
    r"\s+(?:of|is|was|has|had|are|were|(?![a-z]*eed\b|(?:shed|wed|bed|embed|shred|sled)\b)[a-z]+ed)\b"
)
_MIGHT_NOUN_BEFORE = compiled(r"(?:\b(?:the|its|their|our|my|your|whose)|['’]s)\s+$")
_MIGHT_PRONOUN_BEFORE = compiled(r"\b(?:his|her)\s+$")
_MIGHT_MODIFIED_BEFORE = compiled(
    r"(?:(?:\b(?:the|its|his|her|their|our|my|your|whose)|['’]s)\s+(?:sheer|full|great|vast|raw|brute|combined"
    r"|collective|considerable|formidable|growing)"
    # a suffix that is mostly an adjective's ("naval", "economic", "russian"), and "military", are
    # also nouns' ("the rival", "the public", "the military might."): after a possessive only
    r"|(?:\b(?:its|his|her|their|our|my|your|whose)|['’]s)\s+(?:[a-z-]+(?:al|ic|ian|ese)|military))\s+$"
)
_CLAUSE_END_AFTER = compiled(r"\s*(?:[.;:!?,)]|$)")
# after "her might" / "his might": words no modal takes before its verb ("in", "at", "for", "or"
# may: "her might in fact be", "his might or might not")
_PREPOSITION_AFTER = compiled(r"\s+(?:to|into|against|behind|and)\b")
# "so that he could leave" (purpose), "how the thief could have entered" (a question of means),
# "whether they could" (the question, "whether", is the cue)
_PURPOSE_OR_MEANS_BEFORE = compiled(r"\b(?:so\s+that\s+(?:[\w'’-]+\s+){1,4}|(?:how|whether)\s+(?:[\w'’-]+\s+){0,3})$")
# "the fire claimed three lives": to claim a life is to take it
_LIVES_AFTER = compiled(r"\s+(?!(?:that|they|he|she|it|we|i|you|this|to)\b)(?:[\w,'’-]+\s+){0,3}?(?:lives|victims)\b")
# "the fastest possible", "all means possible", "as soon as possible": an intensifier
_POSSIBLE_INTENSIFIED = compiled(
    r"(?:\b(?:\w+est|best|worst|most|least)\s+|\b(?:all|every|everything|anything)\s+(?:\w+\s+)?|\bas\s+\w+\s+as\s+)$"
)
# "assumed control / its debts / the director's duties / $5 million of its debt": to take on, not to suppose
_TAKEN_ON_AFTER = compiled(
    r"\s+(?:(?:the|its|his|her|their|full|overall|all|certain|some|of|day-to-day|interim|existing|mr\.|mrs\.|ms\.|dr\."
    r"|[\w-]+['’]s?|[$€£]?\d[\d.,]*(?:\s+(?:million|billion))?\s+of)\s+){0,4}"
    r"(?:control|command|responsibility|responsibilities|office|power|powers|role|duties|debts?|liabilit(?:y|ies)"
    r"|leadership|charge|ownership|presidency|chairmanship|post|position|mantle|throne|obligations)\b"
)
# "who will voters believe?", "believe him", "believe in" (credence, faith) and "think about",
# "think of", "think twice" (deliberation, recall) hold no belief that something is so; a
# parenthetical "I think," still hedges
_CREDENCE_AFTER = compiled(
    r"\s*[?!.;:,)]|\s+(?:in|me|him|them|us)\b(?!\s+(?:as|to)\b)|\s+(?:this|it)\s*(?:[?!.;:,)]|any\s*more\b|either\b)"
)
_DELIBERATION_AFTER = compiled(r"\s+(?:about|of|through|over|twice|ahead|back|in)\b(?!\s+as\b)")
# "potential buyers", "prospective customers": people named by a role they may take, no claim hedged
_ROLE_AFTER = compiled(
    r"\s+(?:buyers?|purchasers?|customers?|clients?|bidders?|suitors?|acquirers?|investors?|partners?|users?"
    r"|subscribers?|recruits?|donors?|voters?|jurors?|candidates?|employers?|tenants?|members?|successors?)\b"
)
# "the earnings estimate", "according to estimates", "the 200 forecast", "analysts' expectations": a forecast named by
# its noun is a figure (like "an estimated 200"), not a hedge, unless its content follows
_NOUN_BEFORE = compiled(
    r"(?:['’]s?|\d|\b(?:the|a|an|its|his|her|their|our|my|your|those|these|such|to|of|by|own|earnings|profit|sales"
    r"|revenue|budget|cost|price|official|initial|latest|previous|current|rough|preliminary))\s+$"
)
_CONTENT_AFTER = compiled(r"\s+(?:that|about|of)\b")
# "estimated the value at $55": the estimate is the figure's qualifier
_VALUED_AT_AFTER = compiled(r"\s+(?:[\w.,'’-]+\s+){1,8}?at\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d")
# "faster than expected", "than analysts had expected", "lower-than-anticipated": an expectation
# as the yardstick of what happened
_THAN_BEFORE = compiled(r"\bthan(?:-|\s+(?:[\w'’-]+\s+){0,3})$")
# "claims for damages": a demand for payment, not an assertion
_DEMAND_AFTER = compiled(r"\s+for\b")
_DOUBT_NEGATED = compiled(
    r"(?:\b(?:no|not|never|without|beyond)|n['’]t)\s+(?:(?:a|any|reasonable|little)\s+)?$"
    r"|\b(?:no\s+one|nobody|none)\s+(?:(?:can|could|should|would|will|may|might|must|ever|[a-z]+ly)\s+)?$"
)


def _word_before(lowered: str, start: int, word: str) -> bool:
    """Whether ``word`` stands whole right before ``start``, one space apart ("an estimated",
    not "a spokesman estimated")."""
    at = start - len(word) - 1
    return at >= 0 and lowered.startswith(word + " ", at) and (at == 0 or not lowered[at - 1].isalnum())


def _not_a_hedge(lowered: str, cue: str, start: int, end: int) -> bool:
    """Readings of cue words that state no uncertainty.

    "could not be reached", "could be seen", "could hear", "could only watch" (ability), "were
    told they could leave" (leave given), "so that they could", "how it could" (purpose, means);
    "the might of" (the noun); "as expected" / "the expected gain" (an expectation met or named,
    not a prediction); "the suspect fled" (the noun), "arrested on suspicion of"; "an estimated
    200,000" and "estimated at $55" (a figure's qualifier, which the figure keeps); "an unknown
    gunman" (attributive); "the fastest possible" (an intensifier); "claimed four lives" (took);
    "assumed control" (took on); "no doubt", "nobody doubts" (negated doubt asserts); "believe
    him", "believe in", "think about" (credence, faith, deliberation: no belief that something
    is so).
    """
    if cue == "could":
        return bool(
            _AFTER_NEGATION.match(lowered, end)
            or _PERCEPTION_AFTER.match(lowered, end)
            or _ABILITY_AFTER.match(lowered, end)
            or (
                _LEAVE_GIVEN_AFTER.match(lowered, end)
                and _TOLD_ONE_GIVEN_LEAVE_BEFORE.search(lowered, max(0, start - 60), start)
            )
            or (_ACCEPTED_AFTER.match(lowered, end) and _TOLD_SUBJECT_BEFORE.search(lowered, max(0, start - 60), start))
            or _PURPOSE_OR_MEANS_BEFORE.search(lowered, max(0, start - 40), start)
        )
    if cue == "might":
        return bool(
            _MIGHT_NOUN_AFTER.match(lowered, end)
            or _MIGHT_NOUN_BEFORE.search(lowered, max(0, start - 8), start)
            or (
                (_CLAUSE_END_AFTER.match(lowered, end) or _PREPOSITION_AFTER.match(lowered, end))
                and _MIGHT_PRONOUN_BEFORE.search(lowered, max(0, start - 8), start)
            )
            or (
                _CLAUSE_END_AFTER.match(lowered, end)
                and _MIGHT_MODIFIED_BEFORE.search(lowered, max(0, start - 24), start)
            )
        )
    if cue in ("expected", "anticipated") and _THAN_BEFORE.search(lowered, max(0, start - 40), start):
        return True
    if cue == "expected":
        return not _AFTER_TO_THAT.match(lowered, end) and bool(
            _EXPECTED_NOUNISH.search(lowered, max(0, start - 12), start)
            or (_VERB_BEFORE.search(lowered, max(0, start - 24), start) and _NOUN_AFTER.match(lowered, end))
        )
    if cue in ("potential", "potentially"):
        return bool(_ROLE_AFTER.match(lowered, end))
    if cue in ("projection", "projections", "expectation", "expectations") or (
        cue in ("estimate", "estimates", "forecast", "forecasts")
        and _NOUN_BEFORE.search(lowered, max(0, start - 16), start)
    ):
        return not _CONTENT_AFTER.match(lowered, end)
    if cue in ("suspect", "suspects"):
        if _ARTICLE_BEFORE.search(lowered, max(0, start - 4), start):
            return True
        return not (_SUSPECT_VERB_BEFORE.search(lowered, max(0, start - 16), start) or _THAT_AFTER.match(lowered, end))
    if cue in ("suspicion", "suspicions"):  # "arrested on suspicion of": the arrest is no hedge
        return _word_before(lowered, start, "on")
    if cue in ("estimated", "estimate", "estimates"):
        return bool(_AFTER_NUMBER.match(lowered, end) or _VALUED_AT_AFTER.match(lowered, end)) or _word_before(
            lowered, start, "an"
        )
    if cue == "unknown":
        return bool(_ARTICLE_BEFORE.search(lowered, max(0, start - 4), start))
    if cue in ("possible", "possibly"):
        return bool(_POSSIBLE_INTENSIFIED.search(lowered, max(0, start - 24), start))
    if cue in ("claim", "claims", "claimed", "claiming"):
        return bool(_LIVES_AFTER.match(lowered, end) or (cue[-1] != "d" and _DEMAND_AFTER.match(lowered, end)))
    if cue in ("assume", "assumes", "assumed", "assuming"):
        return bool(_TAKEN_ON_AFTER.match(lowered, end))
    if cue in ("believe", "believes", "believing"):
        return bool(_CREDENCE_AFTER.match(lowered, end))
    if cue in ("think", "thinks", "thinking"):
        return bool(_DELIBERATION_AFTER.match(lowered, end))
    if cue in ("doubt", "doubts", "doubted"):
        return bool(_DOUBT_NEGATED.search(lowered, max(0, start - 24), start))
    return False


def find_hedges(sentence: str, *, lowered: str | None = None) -> list[HedgeCue]:
    """Uncertainty / unverified-claim cues in ``sentence``, in order, with their spans.
    ``lowered``: the sentence in lower case, when the caller has it (a slice of its text's)."""
    cues: list[HedgeCue] = []
    if lowered is None:
        lowered = lower_same_length(sentence)  # offsets carry over, so the readings below look at the right words
    for m in _matches(lowered):
        group = m.lastgroup or ""
        kind = _KIND_OF_GROUP.get(group, "modal")
        text = sentence[m.start() : m.end()]
        if (
            kind == "modal"
            and text.startswith("May")
            and (
                _MONTH_MAY.search(sentence, max(0, m.start() - 10), m.end() + 6)
                or _name_may(sentence, m.start(), m.end())
            )
        ) or _not_a_hedge(lowered, text.lower(), m.start(), m.end()):
            continue
        cues.append(HedgeCue(text, (m.start(), m.end()), kind))  # type: ignore[arg-type]
    return cues


# Cues that hedge no claim: a question an inquiry will take up ("police will investigate whether
# the fire was set", "an inquiry to determine whether"), a plan, not a fact in doubt; and a count
# forecast to grow ("the toll is likely to rise", "the number of dead could climb"), a prediction
# of what is not yet so. find_hedges keeps them (they are uncertainty); a claim's status does not.
_INQUIRY = r"(?:investigat(?:e|ing)|examin(?:e|ing)|prob(?:e|ing)|determin(?:e|ing)|establish(?:ing)?|check(?:ing)?|review(?:ing)?|assess(?:ing)?|look(?:ing)?\s+into)"
_FUTURE = r"(?:will|would|shall|to|plans?\s+to|planning\s+to|vow(?:s|ed)\s+to|promis(?:es|ed)\s+to|going\s+to)"
_WILL_BEFORE = compiled(rf"(?:\b{_FUTURE}|['’]ll)\s+(?:\w+ly\s+)?$")
# (the verb's base form: "limited to determining whether" names a task, not a plan)
_WILL_INQUIRE_BEFORE = compiled(
    rf"(?:\b{_FUTURE}|['’]ll)\s+(?:\w+ly\s+)?(?:investigate|examine|probe|determine|establish|check|review|assess"
    r"|look\s+into)\s+$"
)
_INQUIRY_CUE = compiled(_INQUIRY)
_COUNT_SUBJECT_BEFORE = compiled(
    r"\b(?:toll|number|count|figure|tally|total|casualties)s?(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:(?:is|are|was|were|remains?|seems?|appears?|will|would|now)\s+)?$"
)
_GROWTH_AFTER = compiled(r"\s+(?:to\s+)?(?:rise|climb|increase|grow|mount|go\s+up|keep\s+rising)\b")


def hedges_no_claim(sentence: str, cue: HedgeCue) -> bool:
    """Whether ``cue``, found in ``sentence``, is a plan to inquire or a count's forecast growth."""
    if cue.kind not in ("investigation", "modal", "doxastic"):
        return False
    # (only the cue's surroundings are lowered: the sentence may be a whole article)
    lo = max(0, cue.span[0] - 60)
    lowered = lower_same_length(sentence[lo : cue.span[1] + 80])
    start, end = cue.span[0] - lo, cue.span[1] - lo
    before = lowered[:start]
    if cue.kind == "investigation":
        if _INQUIRY_CUE.match(lowered, start):
            return bool(_WILL_BEFORE.search(before))
        return bool(_WILL_INQUIRE_BEFORE.search(before))
    return bool(_GROWTH_AFTER.match(lowered, end) and _COUNT_SUBJECT_BEFORE.search(before))
