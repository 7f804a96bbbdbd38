"""Who said what: direct quotes and the speaker next to them, indirect speech after reporting
verbs, "according to X", colon and dash attributions. Produces spans only; speakers.py turns the
speaker phrases into entities and flags.py decides what is unverified.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span, SpanIndex, quote_type, quoted_share, trim_content
from summarizer.text.quotes import QuoteRegion
from summarizer.text.segments import ABBREVIATIONS, Sentence, Token, is_abbreviation, tokens

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TIME_WORDS = _WEEKDAYS | {
    "today", "yesterday", "tonight", "earlier", "later", "recently", "previously", "again",
    "also", "then", "now", "once", "repeatedly", "publicly", "privately", "last", "this",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "ago",
}  # fmt: skip
_PREPOSITIONS = {"on", "in", "at", "during", "to", "through", "via", "with", "from", "after",
                 "before", "over", "for", "under", "while", "late", "early"}  # fmt: skip
_PUNCT_STOP = set(".;!?…") | set(ALL_QUOTES) | {"(", ")", "[", "]", "—", "–"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_HEADLINE_SPEAKER = re.compile(
    r"(?P<sp>(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|bin)){0,4})\s*:\s+(?=\S)"
)
_EDITORIAL_LABELS = {"correction", "corrections", "clarification", "editor's note", "editor’s note", "update",
                     "updated", "note", "related", "read more", "watch", "video", "photos", "abstract",
                     "full text", "disclosure", "advertisement", "source", "sources", "credit", "more"}  # fmt: skip
_DASH_SPEAKER = re.compile(r"\s*[―—–-]\s*(?P<sp>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


_FINITE = {"will", "would", "is", "was", "are", "were", "has", "have", "had", "can", "could", "should", "may",
           "might", "must", "did", "does", "do", "shall"}  # fmt: skip
_NP_PREPOSITIONS = {"of", "for", "at", "from", "in", "with", "on"}
# nouns and adjectives that take "to" inside a speaker phrase: "a source close to the cabinet"
_TO_HEADS = {"close", "closest", "loyal", "linked", "next", "adviser", "advisor", "advisers", "advisors",
             "spokesman", "spokeswoman", "spokesperson", "counsel", "ambassador", "envoy", "aide", "aides",
             "secretary", "assistant", "deputy", "heir", "successor", "predecessor", "near", "familiar",
             "knowledgeable", "briefed", "involved", "opposed", "sympathetic"}  # fmt: skip
# the writer's own comment appended to a reported claim: ", marking a …", ", a claim that …"
_COMMENTARY = re.compile(
    r",\s+(?:(?:marking|highlighting|underscoring|signall?ing|reflecting|prompting|fueling|fuelling)\b"
    r"|(?:a|an)\s+(?:claim|assertion|statement|move|view|position|charge|accusation|allegation|remark|figure|account)\b)"
)


@dataclass(slots=True)
class RawAttribution:
    content: Span
    kind: str  # direct | indirect | mixed
    speaker: Span | None
    cue: Span | None
    cue_lemma: str | None
    sentence: int
    inherit: bool = False  # speaker carried over from the previous paragraph's quote
    parts: list[Span] = field(default_factory=list)  # the quoted pieces inside the content


def _is_word(t: Token) -> bool:
    return t.text[:1].isalnum()


def _lower(t: Token) -> str:
    return t.low


# ---------------------------------------------------------------- noun phrases


def _np_ok(toks: list[Token], lo: int, hi: int) -> bool:
    """Does toks[lo:hi] look like a speaker noun phrase (has a head that is no function word)?"""
    if hi <= lo:
        return False
    head = _lower(toks[hi - 1])
    if head in lx.NP_LINKS or head in lx.DETERMINERS or not _is_word(toks[hi - 1]):
        return head in lx.PRONOUN_FORMS
    if head in lx.BOUNDARY_WORDS and head not in lx.PRONOUN_FORMS:
        return False
    return any(_is_word(t) for t in toks[lo:hi])


def _np_left(toks: list[Token], j: int, lo: int, *, appositive: bool = True) -> int | None:
    """Index where the noun phrase ending at toks[j] starts, scanning left no further than lo."""
    if j < lo:
        return None
    if toks[j].text == ")" and j - 1 > lo:
        # "Sen. Lindsey Graham (R-S.C.) said": the parenthesis belongs to the name
        depth = 0
        for p in range(j, lo - 1, -1):
            depth += toks[p].text == ")"
            depth -= toks[p].text == "("
            if depth == 0:
                return _np_left(toks, p - 1, lo, appositive=False) if p - 1 >= lo and j - p <= 8 else None
        return None
    if appositive and toks[j].text == "," and j - 1 >= lo:
        # "Officials in Doria, speaking on condition of anonymity, said": skip the participle
        for b in range(j - 1, max(lo, j - 12) - 1, -1):
            if toks[b].text == ",":
                if (
                    b + 1 < j
                    and (toks[b + 1].low.endswith("ing") or toks[b + 1].low in ("who", "whose", "which"))
                    and b - 1 >= lo
                ):
                    return _np_left(toks, b - 1, lo, appositive=False)
                break
        # "United States Citizenship and Immigration Services, the agency that oversees the
        # program, said": an apposition that holds a relative clause of its own
        for b in range(j - 1, max(lo, j - 25) - 1, -1):
            if toks[b].text == ",":
                app = toks[b + 1 : j]
                rel = next((r for r in range(2, len(app)) if app[r].low in ("that", "who", "which")), None)
                if b - 1 >= lo and rel is not None and app[0].low in ("the", "a", "an") and _source_like(app[rel - 1]):
                    outer = _np_left(toks, b - 1, lo, appositive=False)
                    if outer is not None and b - outer <= 8:
                        return outer
                break
        # "Ukraine's defense minister, Rustem Muradov, said": the phrase closes with a comma
        inner = _np_left(toks, j - 1, lo, appositive=False)
        # "Leonard E. Burman, director of the center and a professor at …, said": two titles
        while inner is not None and inner - 2 >= lo and toks[inner - 1].low == "and":
            inner = _np_left(toks, inner - 2, lo, appositive=False)
        if inner is None or inner - 1 < lo or toks[inner - 1].text != ",":
            return None
        outer = _np_left(toks, inner - 2, lo, appositive=False)
        if outer is None or (inner - 1 - outer) > 8:
            return None
        if outer > lo and _is_word(toks[outer - 1]) and _lower(toks[outer - 1]) not in ("and", "but"):
            return None
        return outer
    i = j
    taken = 0
    while i >= lo and taken < 14:
        t = toks[i]
        low = _lower(t)
        if t.text == ",":
            break
        if not _is_word(t):
            if t.text in ("&", "-", "'", "’", ".") and i > lo:
                i -= 1
                continue
            break
        if low in lx.BOUNDARY_WORDS and low not in lx.PRONOUN_FORMS:
            if low in ("who",) and i < j:
                pass  # "officials who spoke on condition of anonymity said": keep the clause
            elif low == "and" and i > lo and i < j and _conjoined_sources(toks[i - 1], toks[i + 1]):
                pass  # "Smith and Jones said", "satellite imagery and open-source intelligence"
            elif low == "to" and i > lo and i < j and toks[i - 1].low in _TO_HEADS:
                pass  # "a source close to the cabinet said"
            else:
                break
        if low in lx.PRONOUN_FORMS and i < j:
            break  # "he" ends a noun phrase, it does not sit inside one
        if (
            low in ("the", "a", "an")
            and i < j
            and i > lo
            and toks[i - 1].low not in _NP_PREPOSITIONS
            and toks[i - 1].low not in ("to", "and", "&")
        ):
            i -= 1  # a determiner opens its noun phrase: "an accusation the authorities denied" stops here
            taken += 1
            break
        if (
            low in _NP_PREPOSITIONS
            and i < j
            and not (i > lo and (_source_like(toks[i - 1]) or toks[i - 1].low in _TO_HEADS or _nounish(toks[i - 1])))
            and not (low == "of" and i > lo and toks[i - 1].low in _QUANTIFIERS)  # "one of his advisers"
        ):
            break  # "a spokesman for the agency" holds "for"; "drew fire from economists" does not
        i -= 1
        taken += 1
    start = i + 1
    while start <= j and (_lower(toks[start]) in lx.NP_LINKS - {"the", "a", "an"} or toks[start].text in "&-'’"):
        start += 1
    if start > j or not _np_ok(toks, start, j + 1):
        return None
    return start


def _np_right(toks: list[Token], i: int, hi: int, *, stop_at_comma: bool = True) -> int | None:
    """End index (exclusive) of the noun phrase starting at toks[i]."""
    k = i
    commas = 0
    while k < hi and k - i < 16:
        t = toks[k]
        low = _lower(t)
        if t.text == ",":
            if stop_at_comma or commas >= 2:
                break
            if k + 1 < hi and (toks[k + 1].low.endswith("ing") or toks[k + 1].low in ("who", "which", "whose")):
                break  # "said Donald Tusk, summing up …": the name ends at the comma
            commas += 1
            k += 1
            continue
        if (
            t.text == "."
            and k > i
            and toks[k - 1].end == t.start
            and (len(toks[k - 1].text) == 1 or toks[k - 1].low in ABBREVIATIONS)
            and k + 1 < hi
            and toks[k + 1].text[:1].isupper()
        ):
            k += 1  # "Jeffrey N. Trimble", "Rep. Smith": an initial or a title's full stop
            continue
        if not _is_word(t) and t.text not in ("&", "-", "'", "’"):
            break
        if low in ("that", "said", "says", "told", "added", "which", "who", "whose", "when", "as") and k > i:
            break
        if low in _FINITE and k > i:
            break  # a verb: this is a clause, not a noun phrase
        if low in lx.CUE_FORMS and k > i and not toks[k].text[:1].isupper() and not _noun_position(toks, k, i):
            break
        k += 1
    while k > i and (toks[k - 1].text == "," or _lower(toks[k - 1]) in lx.NP_LINKS):
        k -= 1
    return k if k > i and _np_ok(toks, i, k) else None


# ---------------------------------------------------------------- verb groups


_CUE_FIRST_WORDS = {form.split()[0] for form in lx.CUE_FORMS} | {"according"}
_PLAIN_WORD = re.compile(r"[^\W\d_]+")


def _cue_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """(lemma, last index) when toks[k] starts a reporting verb (one or two words)."""
    low = toks[k].low
    if low not in _CUE_FIRST_WORDS:
        return None
    if k + 1 < len(toks):
        pair = f"{low} {toks[k + 1].low}"
        if pair in lx.CUE_FORMS:
            return lx.CUE_FORMS[pair], k + 1
    if low in lx.CUE_FORMS:
        return lx.CUE_FORMS[low], k
    return None


_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"}


def _verb_reading(toks: list[Token], k: int, last: int, hi: int) -> bool:
    """Is a cue word that is often a noun ("states", "claims", "projects") a verb here?"""
    if toks[k].low not in lx.NOUN_LIKE_FORMS:
        return True
    if last + 1 < hi:
        after = toks[last + 1].low
        after2 = toks[last + 2].low if last + 2 < hi else ""
        if (
            after in _FINITE
            or after in ("than", "similar")
            or (after == "that" and (after2 in _FINITE or (after2.endswith("ed") and len(after2) > 4)))
        ):
            return False  # "Republican support was more solid", "a show that aired": a noun
    if k > 0 and (
        toks[k - 1].low in _SUBJECT_PRONOUNS
        or toks[k - 1].low in lx.AUXILIARIES
        or (_source_like(toks[k - 1]) and toks[k - 1].low not in lx.PRONOUN_FORMS)
    ):
        return True
    if last + 1 >= hi:
        return k > 0 and toks[k - 1].text == ","
    nxt = toks[last + 1]
    if k > 0 and (toks[k - 1].low in ("and", "but") or toks[k - 1].text == ",") and nxt.low in ("to", "that"):
        return True  # "opposes the mandate and plans to reduce the cost", "X, which …, wants to"
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in _ASPECT:
        return True  # "continued to call for more information"
    return (
        nxt.low in ("that", "he", "she", "they", "we", "i", "it", "there", "the", "a", "an", "his", "her", "their")
        or nxt.text == ":" or nxt.text in ALL_QUOTES
        or (nxt.text[:1].isupper() and not toks[k].text[:1].isupper())
    )  # fmt: skip


_STANCE_FIRST = {form.split()[0] for form in lx.STANCE_FORMS}


def _stance_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """(lemma, last index) when toks[k] starts a stance verb ("wants", "called for", "took aim at")."""
    if toks[k].low not in _STANCE_FIRST:
        return None
    for n in (4, 3, 2):
        if k + n <= len(toks):
            form = " ".join(t.low for t in toks[k : k + n])
            if form in lx.STANCE_FORMS:
                return lx.STANCE_FORMS[form], k + n - 1
    # "spoke emotionally of", "called Friday for": an adverb or a day between verb and particle
    if k + 2 < len(toks) and (toks[k + 1].low.endswith("ly") or toks[k + 1].low in _TIME_NOUNS):
        for n in (3, 2):
            if k + 1 + n <= len(toks):
                form = " ".join([toks[k].low] + [t.low for t in toks[k + 2 : k + 1 + n]])
                if form in lx.STANCE_FORMS:
                    return lx.STANCE_FORMS[form], k + n
    if toks[k].low in lx.STANCE_FORMS:
        return lx.STANCE_FORMS[toks[k].low], k
    return None


def _content_end(toks: list[Token], i: int, hi: int) -> int:
    """Where reported content starting at toks[i] ends: the sentence end, a semicolon, or a new
    reporting clause (", adding …", ", according to …")."""
    for k in range(i + 1, hi):
        t = toks[k]
        if t.text == ";":
            return k
        if t.text in (",", "—", "–", "--") and k + 1 < hi:
            nxt = toks[k + 1]
            low = nxt.low
            if low == "according" or low in _CLAUSE_OPENERS:
                return k
            # ", meaning …", ", implicitly putting …": a participle clause comments on the content
            if low.endswith("ing") and low not in ("including", "during", "nothing", "something", "anything",
                                                   "everything", "being", "king", "thing", "spring"):  # fmt: skip
                return k
            if k + 2 < hi and low.endswith("ly") and toks[k + 2].low.endswith("ing"):
                return k
            # ", and Republicans want …": a new clause with its own subject and verb
            if (
                low in ("and", "but")
                and k + 2 < hi
                and toks[k + 2].low != "that"  # ", and that …": a second complement of the same verb
                and _clause_follows(toks, k + 2, min(hi, k + 6))
            ):
                return k
            # ", the presumed favorite …", ", with X showing …": an appositive or an absolute
            # phrase on the content, or a new clause; either way the reported words end here
            if low in ("the", "a", "an", "with") and k - i >= 3:
                return k

        # "… more school investment in a statement on Thursday": how it was said, not what
        if t.low in ("in", "during") and k + 2 < hi and toks[k + 2].low in _SPEECH_EVENTS and k - i >= 2:
            return k
        # `… a gun," but he said …`: a new clause after a quote's comma
        if (
            t.low == "but"
            and k - i >= 3
            and toks[k - 1].text in ALL_QUOTES
            and toks[k - 2].text == ","
            and _clause_follows(toks, k + 1, min(hi, k + 6))
        ):
            return k - 2
        # "… a veto and attempted to …", "… and said …": a second verb of the same subject
        if t.low in ("and", "but") and k + 1 < hi and not toks[k + 1].text[:1].isupper():
            verb = toks[k + 1].low
            if (
                verb in lx.SPEECH_FORMS
                or verb in lx.STANCE_FORMS
                or (verb.endswith("ed") and len(verb) > 4)
                or (verb in ("has", "have", "had") and k + 2 < hi and toks[k + 2].low in ("been", "since", "also"))
            ):
                return k  # "… but has been met with opposition": the subject's next deed
    return hi


_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,14})?(?:\s*\([^)]{1,30}\))?\s*[―—–-]{1,2}\s+")
_PERIODS = _WEEKDAYS | {"week", "month", "year", "weekend"}
_TIME_NOUNS = _PERIODS | {"morning", "evening", "night", "afternoon"}
_SEASONS = _PERIODS | {"fall", "spring", "summer", "winter"}
_BE_FORMS = {"is", "was", "were", "are", "been", "be", "being"}
_PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i", "you"}
# participles that put a claim with no source: "is expected to", "are thought to", "was seen as"
_SOURCELESS_PASSIVES = {"expected", "thought", "believed", "considered", "seen", "rumored", "rumoured", "alleged",
                        "rated", "dubbed", "regarded", "viewed", "deemed", "estimated", "projected", "predicted",
                        "feared", "reported", "said", "understood", "presumed", "described", "touted", "billed"}  # fmt: skip
_SEEM_FORMS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
_CONNECTIVES = {"however", "meanwhile", "still", "yet", "instead", "indeed", "now", "but", "so", "also", "thus",
                "moreover", "furthermore", "nonetheless", "nevertheless", "regardless", "separately", "similarly"}  # fmt: skip
_QUANTIFIERS = {"one", "two", "three", "four", "some", "many", "several", "most", "each", "none", "all", "both",
                "few", "dozens", "hundreds", "majority", "half", "any"}  # fmt: skip
_FRONTED_OPENERS = {"although", "though", "while", "whereas", "when", "after", "before", "because", "since", "if",
                  "unless", "as", "once", "until", "even",
                  # and a fronted phrase: "In a statement announcing the pick, the union called …"
                  "in", "on", "at", "during", "with", "despite", "amid", "following", "by", "among", "under"}  # fmt: skip
# words that open an adjunct after a verb's object rather than continue it: "denounced the
# plan during a rally", "endorsed her Friday" (most prepositions do continue it, as annotated)
_ADJUNCT_OPENERS = {"during", "while", "because", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday"}  # fmt: skip


def _subject_start(toks: list[Token], vg: int) -> int | None:
    """Where the subject of the verb group at ``vg`` starts: the sentence's opening noun phrase
    when it runs up to the verb ("a different side of the Trump tax story was being told"),
    past a time ("About one of every nine voters this fall is expected"), else the phrase
    before the verb."""
    j = vg - 1
    if j >= 1 and toks[j].low in _SEASONS and toks[j - 1].low in ("this", "last", "next", "on"):
        j -= 2
    if j < 0:
        return None
    opening = _clause_subject(toks, j + 1)
    if opening is not None and opening[1] == toks[j].end:
        return next(i for i, t in enumerate(toks) if t.start == opening[0])
    return _np_left(toks, j, 0, appositive=False)


def _accusation(toks: list[Token], lemma: str, i: int, hi: int) -> int:
    """Where the charge starts after "accuse": "accused Holt of being a Democrat" -> "being …"."""
    if lemma != "accuse":
        return i
    of = next((m for m in range(i + 1, min(hi - 1, i + 10)) if toks[m].low == "of"), None)
    return of + 1 if of is not None else i


def _object_infinitive(toks: list[Token], i: int, hi: int) -> bool:
    """Does an object and an infinitive start at toks[i] ("expect Clinton to win", "expects them
    to become …")? A belief about what someone will do."""
    for j in range(i + 1, min(hi - 1, i + 5)):
        if toks[j].low == "to":
            nxt = toks[j + 1].low
            return (
                _is_word(toks[j + 1])
                and nxt not in lx.DETERMINERS
                and nxt not in ("the", "a", "an")
                and all(_is_word(t) and t.low not in _FINITE for t in toks[i:j])
            )
    return False


def _object_end(toks: list[Token], i: int, hi: int) -> int:
    """Where a verb's noun-phrase object starting at toks[i] ends: before an adjunct ("during a
    rally"), a relative clause on it or a second verb ("declined that assignment and has since left")."""
    for k in range(i + 1, hi):
        low = toks[k].low
        if low in _ADJUNCT_OPENERS:
            return k
        if toks[k].text == "," and k + 1 < hi and toks[k + 1].low in ("which", "who"):
            return k  # "acknowledged the reality of climate change, which makes him …"
        if low in ("and", "but") and k + 1 < hi:
            nxt = toks[k + 1].low
            if (
                nxt in _FINITE
                or nxt in lx.AUXILIARIES
                or (nxt.endswith("ed") and len(nxt) > 4 and not (k + 2 < hi and toks[k + 2].low == "by"))
            ):
                return k  # not "called the charges unsubstantiated and fabricated by …"
    return hi


# verbs whose content may be an infinitive: "agreed to release", "told his advisers to figure out"
_TO_VERBS = {"agree", "promise", "vow", "pledge", "threaten", "urge", "ask", "order", "tell", "warn", "advise",
             "remind", "encourage", "beg", "instruct", "decline", "refuse", "offer", "plan", "want", "hope",
             "expect", "decide", "seek", "demand", "propose", "recommend", "intend", "swear", "guarantee",
             "plead", "caution", "assure"}  # fmt: skip
_SPEECH_EVENTS = {"statement", "interview", "speech", "tweet", "post", "letter", "op-ed", "email", "release",
                  "conference", "appearance", "briefing", "address", "video", "message", "remarks", "memo",
                  "filing", "report"}  # fmt: skip
_CLAUSE_OPENERS = {"where", "when", "while", "whereas", "although", "though", "as", "since", "after", "before", "until", "who", "despite", "especially", "more", "less"}  # fmt: skip


_ASPECT = {"continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "start",
           "starts", "started", "keep", "keeps", "kept", "try", "tries", "tried", "seek", "seeks", "sought",
           "went", "go", "goes", "seem", "seems", "seemed", "appear", "appears", "appeared"}  # fmt: skip


def _verb_group_start(toks: list[Token], k: int, lo: int) -> int:
    i = k
    while i - 1 >= lo:
        low = _lower(toks[i - 1])
        if (low in lx.AUXILIARIES and low != "told") or (
            low.endswith("ly") and low.isalpha() and len(low) > 4 and not toks[i - 1].text[:1].isupper()
        ):
            i -= 1
            continue
        if low == "to" and i - 2 >= lo and toks[i - 2].low in _ASPECT:
            i -= 2  # "continues to insist", "began to call for": the report is the infinitive's
            continue
        if low == "to" and i - 3 >= lo and toks[i - 2].low == "on" and toks[i - 3].low in ("went", "goes", "go"):
            i -= 3  # "went on to say"
            continue
        break
    return i


def _noun_position(toks: list[Token], k: int, lo: int) -> bool:
    """Is the cue word a noun here ("the report", "his claims", "a warning")?"""
    if k - 1 < lo:
        return False
    prev = _lower(toks[k - 1])
    if prev == "and":  # "claims and warnings" (nouns) but "met him and said" (a verb)
        return k - 2 >= lo and toks[k - 2].low in lx.CUE_FORMS and not toks[k - 2].low.endswith(("ed", "said"))
    if prev == "to" and k - 2 >= lo and (toks[k - 2].low in _ASPECT or toks[k - 2].low == "on"):
        return False  # "continued to call for", "went on to say": a verb
    return prev in lx.DETERMINERS or prev.endswith(("'s", "’s")) or prev in ("of", "to", "no")


def _evidence_subject(view: str, toks: list[Token], vg: int) -> bool:
    """Is the subject of an evidence verb a document or source ("the average of polls … shows")?"""
    if vg > 0 and _source_like(toks[vg - 1]):
        return True
    subject = _subject_of(toks, vg)
    return subject not in (None, (-1, -1)) and _source_head(view, subject)


def _skip_adverbials(toks: list[Token], i: int, hi: int) -> int:
    """Skip "Tuesday", "in a statement", "on Twitter", "last week", ", as did the campaign,"
    after a reporting verb."""
    while i < hi:
        low = _lower(toks[i])
        if toks[i].text == "," and i + 1 < hi and toks[i + 1].low == "as":
            close = next((j for j in range(i + 2, min(hi, i + 12)) if toks[j].text == ","), None)
            if close is not None and close + 1 < hi and toks[close + 1].low == "that":
                i = close + 1  # "cautioned, as did the Clinton campaign itself, that …"
                continue
        if low in _TIME_WORDS:
            i += 1
            continue
        if (low in _PREPOSITIONS and low not in ("to",)) or (
            low == "to"
            and i + 1 < hi
            and _lower(toks[i + 1])
            in ("reporters", "journalists", "the", "a", "an", "cnn", "fox", "nbc", "abc", "cbs", "msnbc")
        ):
            k = i + 1
            while k < hi and k - i <= 8:
                lk = _lower(toks[k])
                if toks[k].text in (",", ":") or lk == "that" or not (_is_word(toks[k]) or toks[k].text in "'’-&"):
                    break
                if lk in lx.CUE_FORMS and lk not in ("statement",):
                    break
                k += 1
            if k < hi and (_lower(toks[k]) == "that" or toks[k].text in (",", ":")):
                i = k
                continue
            if k >= hi:
                return k
            break
        break
    return i


def _skip_hearer(toks: list[Token], i: int, hi: int) -> int:
    """After "told"/"warned": skip the hearer ("reporters", "The Associated Press", "him")."""
    if i >= hi:
        return i
    low = _lower(toks[i])
    if low in ("him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers",
               "supporters", "voters", "viewers", "listeners", "readers"):  # fmt: skip
        return i + 1
    k = i
    if low in ("the", "a", "an", "his", "her", "their"):
        k += 1
    start = k
    while k < hi and k - start < 5 and (toks[k].text[:1].isupper() or toks[k].text in ("'s", "’s")):
        k += 1
    if (
        k > start
        and k < hi
        and (_lower(toks[k]) == "that" or toks[k].text in (",", ":") or _lower(toks[k]) in _TIME_WORDS | _PREPOSITIONS)
    ):
        return k
    if (
        low in ("the", "a", "an")
        and k == start
        and start + 1 < hi
        and (toks[start + 1].low == "that" or toks[start + 1].text == ",")
    ):
        return start + 1  # "told the crowd that"
    return i


# ---------------------------------------------------------------- the extractor


class _Context:
    """The article as the extractor reads it, with the lookups every sentence makes (a span
    free of earlier attributions, the quote around a position, the sentence at a position)
    answered from sorted indexes in log time instead of a scan of the whole article."""

    def __init__(self, view: str, sentences: list[Sentence], quotes: list[QuoteRegion]) -> None:
        self.view = view
        self.sentences = sentences
        self.quotes = quotes  # in text order (by start); a single quote may sit inside a double
        self._sentence_starts = [s.start for s in sentences]
        self.quote_starts = [q.start for q in quotes]
        self._quote_reach = list(itertools.accumulate((q.end for q in quotes), max))
        self.taken = SpanIndex([])  # what earlier passes attributed: later ones keep clear

    def free(self, span: Span) -> bool:
        return not self.taken.overlaps(*span)

    def inside_quote(self, pos: int) -> QuoteRegion | None:
        # the first quote, in text order, that starts at or before pos and ends after it
        k = bisect.bisect_right(self.quote_starts, pos)
        i = bisect.bisect_right(self._quote_reach, pos)
        return self.quotes[i] if i < k else None

    def sentence_at(self, pos: int) -> int:
        """The sentence holding pos, else the one before the next (sentences in text order)."""
        sentences = self.sentences
        k = bisect.bisect_right(self._sentence_starts, pos)
        if k > 0 and pos < sentences[k - 1].end:
            return sentences[k - 1].index
        if k < len(sentences):
            return max(0, sentences[k].index - 1)
        return sentences[-1].index if sentences else 0


def _stop(toks: list[Token], k: int) -> bool:
    """Does toks[k] end a sentence (not the period of "Mr." or "J.") or open a quote?"""
    t = toks[k].text
    if t == "." and k > 0 and toks[k - 1].end == toks[k].start:
        prev = toks[k - 1].text
        if prev.lower() in ABBREVIATIONS or (len(prev) == 1 and prev.isupper()):
            return False
        if prev.rsplit("-", 1)[-1].lower() in ABBREVIATIONS and k + 1 < len(toks) and toks[k + 1].text == ")":
            return False  # "Sen. Claire McCaskill (D-Mo.) said"
    return t in (".", "!", "?", ";") or t in ALL_QUOTES


def _is_real_quote(view: str, q: QuoteRegion) -> bool:
    s, e = q.inner
    words = view[s:e].split()
    return len(words) >= 3 or bool(re.search(r"[.!?,]\s*$", view[s:e]))


def _speaker_after_quote(ctx: _Context, q: QuoteRegion, p_end: int) -> tuple[Span, Span, str, int] | None:
    """`"…," he said` / `"…," said Smith` / `"…" ― Smith`: (speaker, cue, lemma, end)."""
    view = ctx.view
    limit = min(p_end, q.end + 160)
    m = _DASH_SPEAKER.match(view, q.end, limit)
    if m:
        return (
            (m.start("sp"), m.end("sp")),
            (m.start() + (len(m.group()) - len(m.group().lstrip())), m.start("sp")),
            "dash",
            m.end(),
        )
    toks = tokens(view, q.end, limit)
    i = 0
    while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(toks):
        return None
    stop = len(toks)
    for k in range(i, len(toks)):
        if _stop(toks, k):
            stop = k
            break
    # inverted: said Smith / said the minister
    cue = _cue_at(toks, i)
    if cue is None and i + 1 < stop and _lower(toks[i]) in lx.AUXILIARIES:
        cue = _cue_at(toks, i + 1)
        if cue is not None:
            cue = cue[0], cue[1]
    if (
        cue is not None
        and cue[1] + 1 < stop
        and lx.CUE_KIND.get(toks[i].low) == "speech"
        and toks[cue[1] + 1].low not in ("that", "whether", "if", "how", "what", "why", "to")
    ):
        end = _np_right(toks, cue[1] + 1, stop, stop_at_comma=False)
        if end is not None:
            return (
                (toks[cue[1] + 1].start, toks[end - 1].end),
                (toks[i].start, toks[cue[1]].end),
                cue[0],
                toks[end - 1].end,
            )
    # normal: he said / Smith, a spokesman, said
    for k in range(i + 1, min(stop, i + 40)):
        c = _cue_at(toks, k) if not toks[k].text[:1].isupper() else None  # "United States" is no verb
        if c is None:
            continue
        vg = _verb_group_start(toks, k, i)
        np_start = _np_left(toks, vg - 1, i)
        if np_start is not None and np_start == i:
            # "… policy.'' The network said it would …": that verb reports its own clause
            after = _skip_adverbials(toks, _skip_hearer(toks, c[1] + 1, stop), stop)
            if after < stop and toks[after].text not in (",", "—", "–", "-") and _ends_sentence(view, q):
                return None
            # "… change.” She adds, “What kind of …”: the verb opens the next quote
            if (
                _ends_sentence(view, q)
                and after < len(toks)
                and toks[after].text in (",", ":")
                and after + 1 < len(toks)
                and toks[after + 1].text in ALL_QUOTES
            ):
                return None
            sp_last = vg - 2 if toks[vg - 1].text == "," and vg - 2 >= np_start else vg - 1
            return (toks[np_start].start, toks[sp_last].end), (toks[vg].start, toks[c[1]].end), c[0], toks[c[1]].end
        break
    return None


def _ends_sentence(view: str, q: QuoteRegion) -> bool:
    """Does the quote close a sentence of its own ("… policy." rather than "… policy,")?"""
    inner = view[q.inner[0] : q.inner[1]].rstrip()
    return inner[-1:] in (".", "!", "?", "…")


def _speaker_before_quote(ctx: _Context, q: QuoteRegion, p_start: int) -> tuple[Span, Span, str] | None:
    """`Smith said: "…"` / `He added, "…"` / `Smith told reporters: "…"`."""
    view = ctx.view
    lo = max(p_start, q.start - 200)
    toks = tokens(view, lo, q.start)
    if not toks:
        return None
    j = len(toks) - 1
    if toks[j].text in (",", ":"):
        j -= 1
    # skip a hearer or adverbial between the verb and the quote
    for k in range(j, max(-1, j - 7), -1):
        c = _cue_at(toks, k)
        if c is None:
            continue
        if c[1] < j and not _skip_to(toks, c[1] + 1, j + 1):
            return None
        first = 0
        for b in range(k - 1, -1, -1):
            if _stop(toks, b):
                first = b + 1
                break
        vg = _verb_group_start(toks, k, first)
        np_start = _np_left(toks, vg - 1, first)
        if np_start is None:
            return None
        return (toks[np_start].start, toks[vg - 1].end), (toks[vg].start, toks[c[1]].end), c[0]
    return None


def _skip_to(toks: list[Token], i: int, hi: int) -> bool:
    """Are toks[i:hi] only a hearer and adverbials (so the quote is the verb's content)?"""
    k = _skip_hearer(toks, i, hi)
    k = _skip_adverbials(toks, k, hi)
    return k >= hi


def _direct(ctx: _Context, paragraphs: list[Span]) -> list[RawAttribution]:
    """Attributions of quoted passages. A quote with no speaker of its own that follows one
    in the same paragraph joins it ("…," she said. "…"); one that opens the next paragraph
    carries the speaker over."""
    view = ctx.view
    out: list[RawAttribution] = []
    para_of = _paragraph_index(paragraphs)
    quotes = ctx.quotes
    i = 0
    while i < len(quotes):
        q = quotes[i]
        pi = para_of(q.start)
        p_start = paragraphs[pi][0] if pi >= 0 else q.start
        last_p_end = paragraphs[para_of(max(q.start, q.end - 1))][1] if pi >= 0 else q.end
        real = _is_real_quote(view, q)
        found: tuple[Span, Span | None, str | None, int] | None = None
        after = _speaker_after_quote(ctx, q, last_p_end)
        if after is not None and (real or after[2] != "dash"):
            dash = after[2] == "dash"
            found = (after[0], None if dash else after[1], None if dash else after[2], after[3])
        elif real:
            before = _speaker_before_quote(ctx, q, p_start)
            if before is not None:
                found = (before[0], before[1], before[2], q.end)
            else:
                head = _HEADLINE_SPEAKER.match(view, p_start, q.start)
                if head and not view[head.end() : q.start].strip() and _headline_name(head.group("sp")):
                    found = ((head.start("sp"), head.end("sp")), (head.end("sp"), head.end("sp") + 1), ":", q.end)
        if found is None:
            if real:
                # a paragraph that is only a quote continues the previous paragraph's speaker;
                # any other quote with no speaker next to it is kept with no source named
                p_end = paragraphs[para_of(q.end - 1)][1]
                alone = not view[p_start : q.start].strip() and not view[q.end : p_end].strip(" .,;")
                out.append(
                    RawAttribution(
                        (q.start, q.end),
                        "direct",
                        None,
                        None,
                        None,
                        ctx.sentence_at(q.start),
                        inherit=alone,
                    )
                )
            i += 1
            continue
        speaker, cue, lemma, att_end = found
        end = q.end
        j = i
        while j + 1 < len(quotes):
            nxt = quotes[j + 1]
            if para_of(nxt.start) != para_of(end - 1) or not _is_real_quote(view, nxt):
                break
            gap = view[max(end, att_end) : nxt.start]
            # the gap may finish the attribution's own sentence ("… she said of the election,
            # in which …. "…"), but not hold a sentence of its own or another speaker
            base = max(end, att_end)
            tail = gap.rstrip()
            own_sentence = next(
                (
                    tail[m.end() :].strip()
                    for m in re.finditer(r"[.!?](?=\s+\S)", tail)
                    if not (m.group() == "." and is_abbreviation(view, base + m.start()))
                ),
                None,
            )
            if (
                ((own_sentence or len(gap.split()) > 40) and len(gap.split()) > 15)
                or (own_sentence and len(own_sentence.split()) >= 2)
                or _has_cue(_RELATIVE_CLAUSE.sub("", gap))
                or re.search(r"\b(?:but|while|and as|although)\b|;", gap)
            ):
                break
            nxt_p_end = paragraphs[para_of(nxt.end - 1)][1]
            if _speaker_after_quote(ctx, nxt, nxt_p_end) is not None:
                break
            end = nxt.end
            j += 1
        start = q.start
        if att_end > q.end:
            # "Not paying taxes ''makes me smart,'' Trump said": the words before the quote in
            # its sentence are part of what is attributed
            sent = ctx.sentences[ctx.sentence_at(q.start)]
            lead = view[sent.start : q.start]
            if (
                sent.start < q.start
                and lead.strip()
                and not any(ch in ALL_QUOTES for ch in lead)
                and not _has_cue(lead)
                and ctx.free((sent.start, q.start))
                and (not out or out[-1].content[1] <= sent.start)
            ):
                start = sent.start + len(lead) - len(lead.lstrip())
        out.append(RawAttribution((start, end), "direct", speaker, cue, lemma, ctx.sentence_at(q.start)))
        i = j + 1
    return out


# "… said Mr. Obama at a dinner, where Mrs. Clinton also spoke": a relative clause's verb
# reports nobody's words in the quote
_RELATIVE_CLAUSE = re.compile(
    r",?\s*\b(?:who|whom|where|which|when)\b[^,.;]*"
    # and a passive: "the hearing he was formally called to" names no one speaking
    r"|\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?\w+"
)


def _has_cue(text: str) -> bool:
    return (
        # verbs are lower case mid-sentence: "an interview with The Huffington Post" has none
        any(
            (w in lx.CUE_FORMS or w in lx.STANCE_FORMS) and w not in lx.NOUN_LIKE_FORMS
            for w in re.findall(r"\b[a-z]+\b", text)
        )
        or "according to" in text
    )


def _headline_name(name: str) -> bool:
    first = name.split()[0]
    return first not in lx.NON_NAME_CAPS and first.rstrip(".") not in lx.NON_NAME_CAPS


def _paragraph_index(paragraphs: list[Span]):  # type: ignore[no-untyped-def]
    starts = [p[0] for p in paragraphs]

    def find(pos: int) -> int:
        import bisect

        k = bisect.bisect_right(starts, pos) - 1
        return k

    return find


def _headline_colon(ctx: _Context, paragraphs: list[Span]) -> list[RawAttribution]:
    """`Pat Caddell: voters are worried` and transcript lines `WALLACE: Let's start…`."""
    out: list[RawAttribution] = []
    view = ctx.view
    for p_start, p_end in paragraphs:
        s = p_start
        if view[s] in ALL_QUOTES:
            s += 1
        m = _HEADLINE_SPEAKER.match(view, s, p_end)
        if not m or not _headline_name(m.group("sp")) or m.group("sp").lower() in _EDITORIAL_LABELS:
            continue  # "Correction: An earlier version …" is the newsroom's note, nobody's words
        name = m.group("sp")
        if len(name.split()) > 4 or not all(
            w[:1].isupper() or w in ("of", "the", "de", "van", "von", "al", "bin") for w in name.split()
        ):
            continue
        c_start, c_end = trim_content(view, m.end(), p_end)
        if view[c_end - 1 : c_end] in ALL_QUOTES and view[c_start] not in ALL_QUOTES:
            c_end -= 1
        if c_end - c_start < 8 or not ctx.free((c_start, c_end)):
            continue
        out.append(
            RawAttribution(
                (c_start, c_end),
                "indirect",  # the final type follows the quote marks
                (m.start("sp"), m.end("sp")),
                (m.end("sp"), m.end("sp") + 1),
                ":",
                ctx.sentence_at(c_start),
            )
        )
    return out


def _indirect_in_sentence(ctx: _Context, sent: Sentence) -> list[RawAttribution]:
    view = ctx.view
    out: list[RawAttribution] = []
    # most sentences hold no reporting verb at all: a cheap look before tokenising
    words = set(_PLAIN_WORD.findall(view[sent.start : sent.end].lower()))
    if (
        _CUE_FIRST_WORDS.isdisjoint(words)
        and _STANCE_FIRST.isdisjoint(words)
        and _SEEM_FORMS.isdisjoint(words)
        and "that" not in words
    ):
        return out
    toks = tokens(view, sent.start, sent.end)
    n = len(toks)
    if n < 3:
        return out
    end_idx = n
    while end_idx > 0 and toks[end_idx - 1].text in (".", "!", "?", "…", *tuple(ALL_QUOTES)):
        end_idx -= 1
    claimed: list[Span] = []
    caps = [t for t in toks if _is_word(t) and len(t.text) > 3]
    title_case = len(caps) >= 3 and sum(t.text[:1].isupper() for t in caps) / len(caps) > 0.7

    def free(span: Span) -> bool:
        return ctx.free(span) and all(span[1] <= a or span[0] >= b for a, b in claimed)

    # "Although Trump has admitted using the tax code, he does not defend it": a clause put
    # before the main one ends at its comma, and so does what is reported inside it
    fronted_end = -1
    if toks[0].low in _FRONTED_OPENERS:
        fronted_end = next((t.start for t in toks[2:end_idx] if t.text == ","), -1)

    def add(content: Span, speaker: Span | None, cue: Span, lemma: str, *, short_ok: bool = False) -> None:
        if cue[1] <= fronted_end < content[1] and content[0] < fronted_end:
            content = (content[0], fronted_end)
        m = _COMMENTARY.search(view, content[0], content[1])
        if m and m.start() - content[0] > 12:
            content = (content[0], m.start())
        c = trim_content(view, *content)
        dateline = _DATELINE.match(view, c[0], c[1])
        if dateline:
            c = (dateline.end(), c[1])  # "WASHINGTON ― Donald Trump's …": the place is no one's words
        if not free(c):
            # the content runs into another attribution's words: keep what comes before them
            first_taken = ctx.taken.first_start_inside(c[0], c[1])
            ahead = [a for a, b in claimed if c[0] < a < c[1]] + ([first_taken] if first_taken is not None else [])
            if not ahead or not free((c[0], min(ahead))):
                return
            c = trim_content(view, c[0], min(ahead))
        if c[1] - c[0] < 2:
            return
        if (not short_ok or title_case) and (
            c[1] - c[0] < 6 or len(view[c[0] : c[1]].split()) < (3 if title_case else 2)
        ):
            return  # a stance's object may be a name ("endorses Clinton"); a reported clause is longer
        claimed.append((min(c[0], cue[0], speaker[0] if speaker else c[0]), max(c[1], cue[1])))
        out.append(RawAttribution(c, "indirect", speaker, cue, lemma, sent.index))

    # "according to X"
    for k in range(n - 1):
        if _lower(toks[k]) == "according" and _lower(toks[k + 1]) == "to" and k + 2 < end_idx:
            if ctx.inside_quote(toks[k].start):
                continue
            sp_end = _np_right(toks, k + 2, end_idx)
            if sp_end is None:
                continue
            cue = (toks[k].start, toks[k + 1].end)
            speaker = (toks[k + 2].start, toks[sp_end - 1].end)
            if k == 0 or (k > 0 and toks[k - 1].text in ("—", "(")):
                if sp_end < end_idx and toks[sp_end].text == ",":
                    add((toks[sp_end].end, toks[end_idx - 1].end), speaker, cue, "according to")
            else:
                before = (sent.start, toks[k - 1].start if toks[k - 1].text == "," else toks[k].start)
                # "…, according to X, the rest …" spans the sentence; but "…, according to Craig
                # Bryan, head of the center, …" only names its source at length
                if sp_end < end_idx - 1 and toks[sp_end].text == "," and len(view[before[0] : before[1]].split()) < 4:
                    add((sent.start, toks[end_idx - 1].end), speaker, cue, "according to")
                else:
                    add(before, speaker, cue, "according to")

    # the few tokens that can open a cue, found once: the loops below visit only those
    cue_starts = [k for k, t in enumerate(toks) if t.low in _CUE_FIRST_WORDS]
    candidates = [k for k, t in enumerate(toks) if t.low in _CUE_FIRST_WORDS or t.low in _STANCE_FIRST]

    # sentence-final and parenthetical cues: "…, a source said." / "…, said John Smith."
    for k in cue_starts:
        if k == 0:
            continue
        c = _cue_at(toks, k)
        if c is None:
            continue
        if ctx.inside_quote(toks[k].start):
            continue
        lemma, last = c
        vg = _verb_group_start(toks, k, 0)
        after = _skip_adverbials(toks, last + 1, end_idx)
        ends_sentence = after >= end_idx
        parenthetical = not ends_sentence and after < end_idx and toks[after].text == ","
        if _negated(toks, vg, k):
            continue
        # inverted "…, said John Smith."
        if (
            vg - 1 >= 0
            and toks[vg - 1].text == ","
            and last + 1 < end_idx
            and lx.CUE_KIND.get(_lower(toks[k])) == "speech"
            and not _lower(toks[k]).endswith("ing")
        ):
            sp_end = _np_right(toks, last + 1, end_idx, stop_at_comma=False)
            if sp_end is not None and sp_end < end_idx:
                # "…, said Jeffrey N. Trimble, a senior official with the board that oversees
                # them.": a name, then an apposition that runs to the end of the sentence
                name_end = _np_right(toks, last + 1, end_idx)
                if (
                    name_end is not None
                    and toks[name_end].text == ","
                    and name_end + 1 < end_idx
                    and (toks[name_end + 1].low in ("a", "an", "the") or _source_like(toks[name_end + 1]))
                    and all(t.text not in (";", ":") for t in toks[name_end:end_idx])
                ):
                    sp_end = end_idx
            if (
                sp_end is not None
                and sp_end >= end_idx
                and (toks[last + 1].text[:1].isupper() or _lower(toks[last + 1]) in lx.DETERMINERS)
                and _source_like(toks[sp_end - 1])
            ):
                add(
                    (sent.start, toks[vg - 1].start),
                    (toks[last + 1].start, toks[sp_end - 1].end),
                    (toks[vg].start, toks[last].end),
                    lemma,
                )
                continue
        if not (ends_sentence or parenthetical):
            continue
        np_start = _np_left(toks, vg - 1, 0)
        if np_start is None or np_start == 0:
            continue
        opener = np_start - 1
        if toks[opener].low == "as" and opener > 0 and toks[opener - 1].text == ",":
            opener -= 1  # "Hawaii, as one of his advisers pointed out, rarely gets …"
        if toks[opener].text != ",":
            continue
        speaker = (toks[np_start].start, toks[vg - 1].end)
        cue = (toks[vg].start, toks[last].end)
        pre = (sent.start, toks[opener].start)
        if parenthetical:
            add((sent.start, toks[end_idx - 1].end), speaker, cue, lemma)
        else:
            add(pre, speaker, cue, lemma)

    # subject + verb + content: "X said (that) …", "X, who said …", "…, saying …"
    k = 0
    next_candidate = 0
    while k < end_idx:
        while next_candidate < len(candidates) and candidates[next_candidate] < k:
            next_candidate += 1
        if next_candidate == len(candidates):
            break
        k = candidates[next_candidate]
        if k >= end_idx:
            break
        c = _cue_at(toks, k)
        kind = "speech"
        if c is None:
            c = _stance_at(toks, k)
            if c is None:
                k += 1
                continue
            kind = "stance"
        else:
            kind = lx.CUE_KIND.get(toks[k].low if c[1] == k else f"{toks[k].low} {toks[c[1]].low}", "speech")
        lemma, last = c
        if ctx.inside_quote(toks[k].start) or not free((toks[k].start, toks[last].end)):
            k = last + 1
            continue
        if (
            _noun_position(toks, k, 0)
            or (toks[k].text[:1].isupper() and k > 0 and not title_case)
            or not _verb_reading(toks, k, last, end_idx)
        ):
            k = last + 1
            continue
        vg = _verb_group_start(toks, k, 0)
        if vg > 0 and toks[vg - 1].low in ("to", "help", "helps", "helped", "helping") and vg == k:
            k = last + 1  # an infinitive: "to help assess …" reports nothing yet
            continue
        if _negated(toks, vg, k) and kind != "stance":
            k = last + 1
            continue
        vg_words = [_lower(t) for t in toks[vg:k]]
        passive = any(w in _BE_FORMS for w in vg_words) and toks[k].text.endswith(
            ("ed", "told", "said", "thought", "known", "shown", "found", "seen")
        )
        if (
            passive
            and toks[k].low in _SOURCELESS_PASSIVES
            and last + 1 < end_idx
            and toks[last + 1].low in ("to", "as")
        ):
            k = last + 1  # "Obama's veto is expected to come …": the veto expects nothing
            continue
        if kind == "stance":
            if passive or (
                toks[k].low.endswith("ing")
                and vg == k
                and not (k > 0 and (toks[k - 1].text == "," or toks[k - 1].low in _SPEECH_EVENTS))
            ):
                k = last + 1  # "was criticized", "the growing …": no source speaks here
                continue
            content_start = _skip_adverbials(toks, last + 1, end_idx)
            if (
                content_start >= end_idx
                or (
                    toks[content_start].low in _PREPOSITIONS | {"as", "because", "since", "while", "and", "but", "or"}
                    and toks[content_start].low != "to"
                )
                or (not _is_word(toks[content_start]) and toks[content_start].text not in ALL_QUOTES)
            ):
                k = last + 1
                continue
            subject = _subject_of(toks, vg)
            if subject is None and not (vg > 0 and toks[vg - 1].text == "," and toks[k].low.endswith("ing")):
                k = last + 1
                continue
            who: Span | None = None if subject in (None, (-1, -1)) else subject
            if who is None and vg > 0 and toks[vg - 1].text == ",":
                s_end = _subject_end(toks, vg - 1)
                if s_end is not None:
                    who = (toks[0].start, toks[s_end - 1].end)
            # only a source takes a stance: "the drones …, highlighting" reports nobody's view
            if who is not None and not _source_head(view, who):
                k = last + 1
                continue
            charged = _accusation(toks, lemma, content_start, end_idx)
            if charged != content_start:
                content_start, last = charged, charged - 1  # the cue reads "accused Holt of"
            c_end_idx = _content_end(toks, content_start, end_idx)
            if lemma in ("see", "view", "regard") and not any(
                t.low == "as" for t in toks[content_start : min(c_end_idx, content_start + 12)]
            ):
                k = last + 1  # "critics see the plan as a giveaway" is a view; "police saw a car" is not
                continue
            if (
                toks[content_start].low not in ("to", "that", "whether", "how", "why", "what")
                and toks[content_start].text not in ALL_QUOTES
            ):
                c_end_idx = _object_end(toks, content_start, c_end_idx)
            cue_span = (toks[vg].start, toks[last].end)
            add((toks[content_start].start, toks[c_end_idx - 1].end), who, cue_span, lemma, short_ok=True)
            k = last + 1
            continue
        content_start = _skip_hearer(toks, last + 1, end_idx) if lemma in lx.HEARER_VERBS else last + 1
        content_start = _skip_adverbials(toks, content_start, end_idx)
        has_that = False
        if content_start < end_idx and _lower(toks[content_start]) == "that":
            has_that = True
            content_start += 1
        elif content_start < end_idx and toks[content_start].text in (",", ":"):
            # "insists, most recently in an interview with ABC News, that …": an aside first
            aside = next(
                (
                    m
                    for m in range(content_start + 2, min(end_idx - 1, content_start + 16))
                    if toks[content_start].text == "," and toks[m].text == "," and toks[m + 1].low == "that"
                ),
                None,
            )
            if aside is not None:
                content_start = aside + 2
                has_that = True
            else:
                content_start += 1
        if content_start >= end_idx:
            k = last + 1
            continue
        charged = _accusation(toks, lemma, content_start, end_idx)
        if charged != content_start:
            content_start, last = charged, charged - 1  # the cue reads "accused Holt of"
        if (
            kind in ("cognition", "evidence")
            and not has_that
            and not _clause_follows(toks, content_start, end_idx)
            and not (kind == "cognition" and _object_infinitive(toks, content_start, end_idx))
            and not (toks[content_start].low == "to" and lemma in _TO_VERBS)  # "hopes to win"
            and (kind == "cognition" or not _evidence_subject(view, toks, vg))
        ):
            k = last + 1
            continue
        first = toks[content_start].low
        second = toks[content_start + 1].low if content_start + 1 < end_idx else ""
        if (
            not has_that
            and not (first == "to" and lemma in _TO_VERBS and second not in ("the", "a", "an", "his", "her", "their"))
            and first
            in ("to", "for", "about", "of", "on", "by", "with", "in", "at", "as", "because", "since", "while", "when")
            and not (
                first == "about"
                and lemma
                in (
                    "raise concerns",
                    "raise questions",
                    "express concern",
                    "voice concern",
                    "warn",
                    "complain",
                    "write",
                    "ask",
                    "speak",
                    "talk",
                    "testify",
                    "joke",
                    "tweet",
                    "post",
                    "boast",
                    "brag",
                )
            )
            and not (first == "of" and lemma in ("warn", "complain", "speak", "talk", "boast", "brag", "write"))
            and not (first == "with" and lemma in ("agree", "disagree", "concur"))
            and not (first == "at" and second in ("least", "most"))  # "said at least three …"
            and not (first == "by" and lemma == "respond" and second.endswith("ing"))  # "responded by using …"
            and not (first == "about" and second[:1].isdigit())  # "said about 40 …"
        ):
            k = last + 1
            continue
        who = None
        rel_end: int | None = None
        if vg - 1 >= 0 and toks[vg - 1].text == "," and _lower(toks[k]).endswith("ing"):
            # participle: "…, saying that …": the speaker is the subject of the sentence
            s_end = _subject_end(toks, vg - 1)
            if s_end is not None:
                who = (toks[0].start, toks[s_end - 1].end)
        elif (
            vg - 1 >= 0
            and vg - 2 >= 0
            and (
                _lower(toks[vg - 1]) in ("who", "which")
                # "another mining company that had declared bankruptcy"
                or (toks[vg - 1].low == "that" and _source_like(toks[vg - 2]) and toks[vg - 2].low not in lx.CUE_FORMS)
            )
        ):
            j = vg - 2
            if toks[j].text == ",":
                j -= 1
            s = _np_left(toks, j, 0, appositive=False)
            if s is not None:
                who = (toks[s].start, toks[j].end)
                if toks[vg - 2].text == "," or (s > 0 and toks[s - 1].text == ","):
                    # "Smith, who said the plan was sound, left early": what is reported ends
                    # with the clause set off by commas
                    rel_end = next((m for m in range(last + 1, end_idx) if toks[m].text == ","), None)
        elif passive:
            who = None
            if not (vg - 1 >= 0 and _lower(toks[vg - 1]) in ("it",)):
                s = _np_left(toks, vg - 1, 0) if vg > 0 else None
                who = (toks[s].start, toks[vg - 1].end) if s is not None else None
                if lemma in ("tell",):
                    k = last + 1
                    continue
        else:
            subject = _subject_of(toks, vg)
            if subject is None:
                k = last + 1
                continue
            who = subject if subject != (-1, -1) else None
        c_end = toks[_content_end(toks, content_start, rel_end or end_idx) - 1].end
        # a multi-sentence quote that opens inside the content carries the content to its end
        for qi in range(bisect.bisect_left(ctx.quote_starts, toks[content_start].start), len(ctx.quotes)):
            q = ctx.quotes[qi]
            if q.start >= c_end:
                break  # in text order: no later quote opens inside the content
            if c_end < q.end:
                c_end = q.end
        cue_span = (toks[vg].start, toks[last].end)
        c_start = toks[content_start].start
        if (
            who is not None
            and toks[0].low in ("when", "if", "whenever", "once", "unless")
            and vg > 2
            and toks[vg - 1].low in lx.PRONOUN_FORMS
            and toks[vg - 2].text == ","
            and fronted_end == toks[vg - 2].start
        ):
            # "When she is looking to fill a position, she said she ensures …": the condition
            # is part of what she says
            c_start = toks[0].start
        add((c_start, c_end), who, cue_span, lemma)
        k = last + 1

    # a sentence that opens with a participle of saying: "Claiming the criticism … is
    # designed to pressure moderators, Trump …": the main clause's subject says it
    if end_idx > 4 and toks[0].low.endswith("ing") and toks[0].text[:1].isupper():
        c = _cue_at(toks, 0) or _stance_at(toks, 0)
        comma = next((j for j in range(c[1] + 2, end_idx) if toks[j].text == ","), None) if c else None
        if c is not None and comma is not None and comma + 1 < end_idx:
            s_end = _np_right(toks, comma + 1, end_idx)
            if s_end is not None and _source_head(view, (toks[comma + 1].start, toks[s_end - 1].end)):
                add(
                    (toks[c[1] + 1].start, toks[comma - 1].end),
                    (toks[comma + 1].start, toks[s_end - 1].end),
                    (toks[0].start, toks[c[1]].end),
                    c[0],
                )

    # a claim with no source, put in the passive or as an appearance: "Obama's veto is expected
    # to come before the deadline", "North Korea is not thought to be capable of …", "the
    # lack of enthusiasm seems to be a real issue". The claim is the whole clause.
    for k in range(1, end_idx - 2):
        low = toks[k].low
        if low not in _SOURCELESS_PASSIVES and low not in _SEEM_FORMS:
            continue
        nxt = toks[k + 1].low
        vg = _verb_group_start(toks, k, 0)
        be = [t.low for t in toks[vg:k]]
        if low in _SOURCELESS_PASSIVES:
            if not any(w in _BE_FORMS and w != "being" for w in be) or nxt not in ("to", "as"):
                continue
        elif low in _SEEM_FORMS:
            if nxt != "to" or toks[k + 2].low in lx.CUE_FORMS or toks[k + 2].low in lx.STANCE_FORMS:
                continue  # "appeared to blame low-level workers" is Stumpf's, read from "blame"
        else:
            continue
        if ctx.inside_quote(toks[k].start) or vg < 1 or not _is_word(toks[vg - 1]):
            continue
        subj_start = vg - 1 if toks[vg - 1].low in _PERSONAL_SUBJECTS else _subject_start(toks, vg)
        if subj_start is None or toks[vg - 1].low in ("it", "there", "what", "which", "that", "who"):
            continue  # "it is expected that …" puts the claim after; the subject must be one
        end = _content_end(toks, k + 2, end_idx)
        if end - (k + 2) < 1:
            continue
        add((toks[subj_start].start, toks[end - 1].end), None, (toks[vg].start, toks[k].end), low)

    # the passive with its agent: "His views were echoed by a number of tax experts", "The
    # nominee has been endorsed by dozens of papers", "a view echoed by everyone I interviewed"
    for k in range(2, end_idx - 1):
        if toks[k].low != "by" or ctx.inside_quote(toks[k].start):
            continue
        part = toks[k - 1].low
        if not (part.endswith(("ed", "en")) or part in ("told", "said", "shown", "found", "seen", "known")):
            continue
        if part not in lx.CUE_FORMS and part not in lx.STANCE_FORMS:
            continue
        agent_end = _np_right(toks, k + 1, end_idx)
        if agent_end is None or (not _source_like(toks[agent_end - 1]) and not toks[k + 1].text[:1].isupper()):
            continue
        vg = _verb_group_start(toks, k - 1, 0)
        be = [t.low for t in toks[vg : k - 1]]
        if be and not any(w in _BE_FORMS for w in be):
            continue
        subject_end = vg - 1
        if subject_end < 0 or not _is_word(toks[subject_end]):
            continue
        subj_start = _subject_start(toks, vg)
        if subj_start is None:
            continue
        cue = (toks[vg].start, toks[k].end)
        if not free(cue):
            continue
        add(
            (toks[subj_start].start, toks[subject_end].end),
            (toks[k + 1].start, toks[agent_end - 1].end),
            cue,
            lx.CUE_FORMS.get(part) or lx.STANCE_FORMS.get(part, part),
            short_ok=True,
        )

    # a noun of saying or intending with its clause: "Trump's claim that there have been …",
    # "his promise to cut taxes", "the company's decision to close the plant"
    for k in range(1, end_idx - 2):
        noun = toks[k].low
        nxt = toks[k + 1].low
        if not (
            (noun in _THAT_NOUNS and nxt == "that" and _clause_follows(toks, k + 2, min(end_idx, k + 9)))
            or (noun in _TO_NOUNS and nxt == "to" and _is_word(toks[k + 2]) and toks[k + 2].low not in lx.DETERMINERS)
        ):
            continue
        if ctx.inside_quote(toks[k].start) or not free((toks[k].start, toks[k + 1].end)):
            continue
        owner = toks[k - 1]
        owner_span: Span | None = None
        if owner.low.endswith(("'s", "’s", "s'", "s’")) and len(owner.low) > 3:
            # the owner's noun phrase: "the Trump campaign's claim"
            o_first = k - 1
            while o_first > 0 and _is_word(toks[o_first - 1]) and toks[o_first - 1].text[:1].isupper():
                o_first -= 1
            owner_span = (toks[o_first].start, owner.end - 2)
        elif owner.low in ("his", "her", "their", "its"):
            owner_span = (owner.start, owner.end)
        elif owner.low not in ("the", "a", "an", "this", "whose"):
            continue  # "a state claim that …": not a noun of saying after all
        subject_position = not any(t.low in _FINITE or t.low in lx.CUE_FORMS for t in toks[: k - 1])
        if owner_span is None and subject_position:
            continue  # "The claim that he made was false": a relative clause as often as not
        start = k + 2 if nxt == "that" else k + 1
        end = _content_end(toks, start, end_idx)
        if subject_position:
            # "Trump's claim that there have been … is false": the sentence's own verb ends it
            finite = [j for j in range(start, end) if toks[j].low in _FINITE]
            cut = finite[1] if nxt == "that" and len(finite) > 1 else finite[0] if nxt == "to" and finite else None
            if cut is not None:
                end = cut
        if end - start < 3:
            continue
        add((toks[start].start, toks[end - 1].end), owner_span, (toks[k].start, toks[k].end), noun)

    # any other verb a source uses to put forward a clause: "Clinton conceded that …",
    # "the lawsuit contends that …" (the verb is read from its "that" clause)
    for k in [k for k in range(2, end_idx - 2) if toks[k].low == "that"]:
        if ctx.inside_quote(toks[k].start):
            continue
        verb = toks[k - 1]
        v = verb.low
        if (
            not v.isalpha()
            or not (v.endswith(("ed", "es")) or (v.endswith("s") and not v.endswith("ss")))
            or v in _NOT_VERBS
            or v in lx.CUE_FORMS
            or verb.text[:1].isupper()
            or not free((verb.start, toks[k].end))
        ):
            continue
        vg = _verb_group_start(toks, k - 1, 0)
        subject = _subject_of(toks, vg)
        if subject is None or subject == (-1, -1) or not _source_head(view, subject):
            continue
        end = _content_end(toks, k + 1, end_idx)
        if end - (k + 1) < 3 or not _clause_follows(toks, k + 1, min(end, k + 8)):
            continue
        add((toks[k + 1].start, toks[end - 1].end), subject, (toks[vg].start, verb.end), v)
    return out


_THAT_NOUNS = {"claim", "claims", "assertion", "allegation", "allegations", "argument", "belief", "view",
               "warning", "suggestion", "insistence", "contention", "charge", "charges", "accusation",
               "statement", "announcement", "acknowledgment", "acknowledgement", "admission", "recognition",
               "prediction", "assessment", "conclusion", "finding", "findings", "report", "reports", "assurance",
               "assurances", "denial", "message", "case", "promise", "pledge", "vow", "threat", "hope", "fear",
               "fears", "doubt", "doubts", "agreement", "complaint", "complaints", "insinuation", "implication"}  # fmt: skip
_TO_NOUNS = {"plan", "plans", "promise", "promises", "pledge", "pledges", "vow", "vows", "threat", "threats",
             "decision", "determination", "refusal",
             "agreement", "effort", "efforts", "bid", "attempt", "push", "commitment", "call", "calls", "demand",
             "intention", "desire", "willingness", "proposal", "offer", "order", "request", "vote"}  # fmt: skip
# words before "that" that are no verbs of saying: "so that", "the fact that", "news that"
_NOT_VERBS = {"is", "was", "does", "has", "as", "this", "thus", "unless", "less", "news", "fears", "hopes", "claims",
              "means", "suggests", "ensures", "ensured", "proves", "proved", "assumes", "requires",
              "required", "implies", "implied", "mandates", "dictates", "demands", "stipulates", "provided",
              "agreed", "decided", "noted", "signaled", "signalled", "indicates", "indicated", "showed", "shows",
              "reasoned", "learned", "discovered", "realized", "noticed", "determined", "ordered", "ruled",
              "pleased", "worried", "concerned", "convinced", "persuaded", "surprised", "shocked", "amazed",
              "disappointed", "relieved", "aware", "happened", "seemed", "appeared", "times", "days", "years",
              "results", "reports", "records", "documents", "assures", "becomes", "became", "makes", "takes"}  # fmt: skip


_SUBORDINATORS = {"when", "if", "as", "after", "before", "although", "though", "while", "because", "since",
                  "once", "unless", "whereas", "until"}  # fmt: skip


def _subject_of(toks: list[Token], vg: int) -> Span | None:
    """The subject of the reporting verb group starting at ``vg``.

    A span; ``(-1, -1)`` when the clause reports speech but names no subject here; None when
    this is no reporting clause. Handles a parenthesis after the name ("Rep. Trey Gowdy
    (R-S.C.) said"), a verb coordinated with an earlier one ("Cruz exhorted Republicans … and
    said"), and a subject closed by a long appositive ("Angelique Brunner, a developer and
    spokeswoman for …, which is made up of …, said").
    """
    if vg == 0:
        return None
    j = vg - 1
    prev = toks[j]
    if prev.text == ")":
        depth = 0
        for p in range(j, -1, -1):
            depth += toks[p].text == ")"
            depth -= toks[p].text == "("
            if depth == 0:
                s = _np_left(toks, p - 1, 0, appositive=False) if p > 0 else None
                return (toks[s].start, prev.end) if s is not None else None
        return None
    if prev.low in ("and", "but") or (prev.text == "," and j > 0 and toks[j - 1].low in ("and", "but")):
        # "… promised to continue and said …": a second verb of the clause's subject
        subject = _clause_subject(toks, j)
        return subject if subject is not None else (-1, -1)
    if prev.text in ("--", "—", "–") and j > 1:
        # "Kall -- co-editor of a book … -- said": the name before the dashes
        opening = next((p for p in range(j - 1, max(-1, j - 30), -1) if toks[p].text == prev.text), None)
        if opening is not None and opening > 0:
            s = _np_left(toks, opening - 1, 0, appositive=False)
            if s is not None:
                return toks[s].start, toks[opening - 1].end
        return None
    if prev.low in _SPEECH_EVENTS and toks[vg].low.endswith("ing") and j >= 2:
        # "the Security Council issued a statement calling the test …": who issued it
        event = _np_left(toks, j, 0, appositive=False)
        if event is not None and event >= 2:
            s = _np_left(toks, event - 2, 0, appositive=False)
            if s is not None and _source_like(toks[event - 2]):
                return toks[s].start, toks[event - 2].end
    if prev.low in ("by", "after", "before", "while", "without", "when") and toks[vg].low.endswith("ing"):
        # "began by saying he would …": the clause's subject speaks
        subject = _clause_subject(toks, j)
        return subject if subject is not None else (-1, -1)
    if prev.low in ("whom", "which", "who") and j > 0:
        return (-1, -1)  # "many of whom say …": the source is the phrase before, named elsewhere
    # "The Supreme Court this month rejected …", "Trump on Friday said …": a time between
    if j >= 2 and prev.low in _TIME_NOUNS and toks[j - 1].low in ("this", "last", "next", "on", "earlier", "late"):
        j -= 2
        prev = toks[j]
    elif j >= 1 and prev.low in _TIME_NOUNS and prev.text[:1].isupper():
        j -= 1
        prev = toks[j]
    s = _np_left(toks, j, 0)
    after_preposition = s is not None and s > 0 and toks[s - 1].low in ("over", "during", "after", "since")
    if (
        s is not None
        and not after_preposition
        and not (s == j and toks[s].low.endswith("ed") and not toks[s].text[:1].isupper())
    ):
        # (not "arrested" in "the man who was arrested said": a participle is no subject)
        return toks[s].start, toks[j - 1 if prev.text == "," else j].end
    if prev.text == ",":
        subject = _clause_subject(toks, j)
        if subject is not None and toks[0].start == subject[0]:
            c0 = next(i for i, t in enumerate(toks) if t.text == ",")
            if all(t.low not in _FINITE and t.low not in lx.CUE_FORMS for t in toks[:c0]) and c0 < j:
                return subject
    # "The Real Clear Politics average of polls taken over the past two weeks shows …", "an
    # analysis of super PACs that have raised $1 million … shows …": the sentence's subject,
    # then a modifier of its own
    subject = _clause_subject(toks, vg)
    if subject is not None and subject[0] == toks[0].start:
        e = next(i for i, t in enumerate(toks) if t.end == subject[1]) + 1
        gap = toks[e:vg]
        if (
            0 <= len(gap) <= 24
            and (
                not gap
                or gap[0].low in ("that", "who", "which", "being")
                or (gap[0].low.endswith("ed") and len(gap[0].low) > 4)
            )
            and not any(t.low in lx.CUE_FORMS or t.low in lx.STANCE_FORMS for t in gap)
        ):
            return subject
    if after_preposition and s is not None:
        return toks[s].start, toks[j - 1 if prev.text == "," else j].end
    return None


def _clause_subject(toks: list[Token], hi: int) -> Span | None:
    """The noun phrase that opens the sentence (after a leading adverbial and its comma)."""
    i = 0
    if toks and (
        toks[0].low in _PREPOSITIONS
        or toks[0].low in _SUBORDINATORS
        or toks[0].low in _TIME_WORDS
        or (len(toks) > 1 and toks[1].text == "," and (toks[0].low in _CONNECTIVES or toks[0].low.endswith("ly")))
    ):
        comma = next((k for k in range(min(hi, 14)) if toks[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < hi and toks[i].low in _PERSONAL_SUBJECTS:
        return toks[i].start, toks[i].end  # "He opposes the mandate and plans to …"
    k = i
    while k < hi:
        low = toks[k].low
        if (
            toks[k].text in (",", "(", "—", "–")
            or (low in lx.BOUNDARY_WORDS and k > i and low not in ("and", "of") and not toks[k].text[:1].isupper())
            or ((low in lx.CUE_FORMS or (low in lx.STANCE_FORMS and low not in lx.NOUN_LIKE_FORMS)) and k > i)
            or (low.endswith("ed") and k > i and not toks[k].text[:1].isupper())
            or low in _FINITE
        ):
            break
        k += 1
    if k > i and _np_ok(toks, i, k):
        return toks[i].start, toks[k - 1].end
    return None


_GEO_NOUNS = {"province", "region", "city", "town", "county", "state", "district", "country", "village",
              "capital", "area", "border", "oblast", "island", "coast", "valley", "republic", "territory"}  # fmt: skip
_NOUN_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ity",
    "ness",
    "ist",
    "ists",
    "ians",
    "ian",
    "ers",
    "ors",
    "ship",
    "ance",
    "ence",
)


def _nounish(t: Token) -> bool:
    """A word that is most likely a noun heading a phrase ("province of", "members of")."""
    low = t.low
    return (
        low in _GEO_NOUNS
        or (low.endswith(_NOUN_SUFFIXES) and len(low) > 5)
        or low in ("members", "member", "head", "heads", "chief", "leader", "leaders", "staff", "people")
    )


def _conjoined_sources(left: Token, right: Token) -> bool:
    if left.text[:1].isupper() and right.text[:1].isupper():
        return True
    return _source_like(left) and not left.text[:1].isupper()


def _negated(toks: list[Token], vg: int, k: int) -> bool:
    return any(_lower(t) in ("not", "n't", "never") for t in toks[vg:k])


def _source_like(head: Token) -> bool:
    """Can this noun be the source of a statement (a person, body, group or document)?"""
    low = head.text.lower().rstrip("'’s") if head.text.lower().endswith(("'s", "’s")) else head.text.lower()
    if head.text[:1].isupper() or low in lx.PRONOUN_FORMS:
        return True
    stem = low[:-1] if low.endswith("s") else low
    return any(
        w in vocab for w in (low, stem) for vocab in (lx.PERSON_ROLES, lx.GROUP_NOUNS, lx.ORG_HEADS, lx.DOCUMENT_HEADS)
    )


def _source_head(view: str, span: Span) -> bool:
    """Is the head of the phrase at ``span`` a person, body, group, document or a name? For
    "Trump's running mate, Mike Pence", either part may say so."""
    text = view[span[0] : span[1]]
    comma = text.find(",")
    if comma >= 0:
        second = text[comma + 1 :].split(",")[0]
        start = span[0] + comma + 1 + len(second) - len(second.lstrip())
        if second.strip() and _source_head(view, (start, start + len(second.strip()))):
            return True
    words = re.findall(r"[\w'’.-]+", view[span[0] : span[1]].split(",")[0].split("(")[0])
    words = [w for w in words if w.lower() not in ("of", "the", "a", "an")] or words
    if not words:
        return False
    # the head is the last word before "of"/"for"/"at": "members of Congress" -> members
    head_words = re.split(r"\s+(?:of|for|at|from|in|with|on)\s+", view[span[0] : span[1]].split(",")[0])[0].split()
    head = head_words[-1] if head_words else words[-1]
    if head.lower() in lx.PRONOUN_FORMS:
        return True
    lowered = head[:1].lower() + head[1:] if head_words and head == head_words[0] else head
    return _source_like(Token(lowered, 0, len(lowered))) or any(
        w[:1].isupper() and w not in lx.NON_NAME_CAPS for i, w in enumerate(head_words) if i or len(head_words) == 1
    )


def _clause_follows(toks: list[Token], i: int, hi: int) -> bool:
    """Does a finite clause start at toks[i] (a subject, then a verb within a few words)?"""
    if i >= hi:
        return False
    first = _lower(toks[i])
    if first in ("he", "she", "they", "we", "i", "it", "there", "you"):
        return True
    for k in range(i + 1, min(hi, i + 7)):
        if _lower(toks[k]) in ("is", "was", "are", "were", "will", "would", "could", "can", "has",
                               "have", "had", "should", "may", "might", "must", "did", "does"):  # fmt: skip
            return True
        if toks[k].low in ("said", "says", "told", "added", "noted", "argued", "insisted", "acknowledged"):
            return True  # "… , but Shelby said …": another report begins
    return False


def _subject_end(toks: list[Token], hi: int) -> int | None:
    """End of the sentence-initial subject noun phrase, before its verb."""
    k = 0
    while k < hi:
        low = _lower(toks[k])
        if toks[k].text == "," or (low in lx.BOUNDARY_WORDS and k > 0) or (low in lx.CUE_FORMS and k > 0):
            break
        if low.endswith("ed") and k > 0 and not toks[k].text[:1].isupper():
            break
        k += 1
    return k if k > 0 and _np_ok(toks, 0, k) else None


def _name_like(view: str, span: Span) -> bool:
    """A quoted phrase too short to be anyone's statement: "The 411", "national enterprise
    reporter", "Contract with America" (≤ 6 words with no sentence punctuation inside)."""
    inner = view[span[0] : span[1]].strip(" " + ALL_QUOTES)
    words = inner.split()
    return len(words) <= 6 and not re.search(r"[.!?,;:]", inner.rstrip(".,!?" + ALL_QUOTES + " "))


def _title_case(view: str, span: Span) -> bool:
    words = [w for w in view[span[0] : span[1]].strip(" " + ALL_QUOTES).split() if w[:1].isalnum()]
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is", "it"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def _quote_pieces(view: str, q: QuoteRegion) -> list[Span]:
    """The quoted words of each paragraph a quote runs through, without marks or edge spaces."""
    pieces = []
    for ps, pe in q.pieces or [(q.start, q.end)]:
        start, end = ps, pe
        while start < end and (view[start] in ALL_QUOTES or view[start].isspace()):
            start += 1
        while end > start and (view[end - 1] in ALL_QUOTES or view[end - 1].isspace()):
            end -= 1
        if end > start:
            pieces.append(trim_content(view, start, end))
    return pieces


def find_attributions(
    view: str, sentences: list[Sentence], paragraphs: list[Span], quotes: list[QuoteRegion]
) -> list[RawAttribution]:
    ctx = _Context(view, sentences, [q for q in quotes if _is_real_quote(view, q)])
    direct = _direct(ctx, paragraphs)
    # quotes with no source next to them wait until indirect speech has had its chance:
    # `He called the plan "a disaster for everyone"` is his, not an orphan quote
    orphans = [a for a in direct if a.speaker is None]
    # a short title-case quote is a name (a show, a book, a slogan), not someone's words
    direct = [
        a
        for a in direct
        if a.speaker is not None and not (_name_like(view, a.content) and _title_case(view, a.content))
    ]
    ctx.taken = SpanIndex(
        [a.content for a in direct] + [a.speaker for a in direct if a.speaker] + [a.cue for a in direct if a.cue]
    )
    heads = _headline_colon(ctx, paragraphs)
    ctx.taken = SpanIndex([*ctx.taken.spans, *(a.content for a in heads)])
    indirect: list[RawAttribution] = []
    for sent in sentences:
        indirect.extend(_indirect_in_sentence(ctx, sent))
    claimed = SpanIndex(a.content for a in heads + indirect)
    orphans = [
        a
        for a in orphans
        if not claimed.overlaps(*a.content) and not (_name_like(view, a.content) and _title_case(view, a.content))
    ]
    found = sorted(direct + heads + indirect + orphans, key=lambda a: a.content[0])
    # a paragraph that is only a quote carries on the speaker of the paragraph before
    para_of = _paragraph_index(paragraphs)
    previous: RawAttribution | None = None
    for a in found:
        if a.inherit:
            a.inherit = previous is not None and 0 <= para_of(a.content[0]) - para_of(previous.content[1] - 1) <= 1
        if a.speaker is not None or a.inherit:
            previous = a
    all_quotes = SpanIndex((q.start, q.end) for q in quotes)
    for a in found:
        lo = bisect.bisect_left(ctx.quote_starts, a.content[0])
        hi = bisect.bisect_right(ctx.quote_starts, a.content[1] + 1)
        a.parts = [piece for q in ctx.quotes[lo:hi] if q.end <= a.content[1] + 1 for piece in _quote_pieces(view, q)]
        if a.kind == "direct":
            q_start, q_end = a.content
            inner_s = q_start + 1 if view[q_start] in ALL_QUOTES else q_start
            inner_e = q_end - 1 if view[q_end - 1] in ALL_QUOTES else q_end
            a.content = trim_content(view, inner_s, inner_e)
            if (
                a.content[1] > a.content[0]
                and view[a.content[1] - 1] in ALL_QUOTES
                and view[a.content[0]] not in ALL_QUOTES
            ):
                a.content = (a.content[0], a.content[1] - 1)
        # the type follows the quote marks, as the checker reads them: a quote joined to the
        # next across "she said to the TV." is mixed
        skip = [x for x in (a.speaker, a.cue) if x is not None]
        near = all_quotes.overlapping(*a.content)  # no other quote counts
        a.kind = quote_type(quoted_share(view, a.content, near, skip))
    return [a for a in found if a.content[1] > a.content[0]]
