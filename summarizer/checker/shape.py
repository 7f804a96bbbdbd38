"""Rules on the shape of what a model read: a speaker is a plausible source (not a dateline,
heading, photo credit, page furniture or sentence fragment), and content ends where the claim
does (never another source's reporting clause, nor the speaker clause inside a split quote)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from summarizer.checker.facts import ArticleFacts, bounded_at, is_word
from summarizer.checker.registry import finding, in_range, rule, short
from summarizer.schema import Attribution, Finding, IncidentSummary, Speaker
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.acronyms import acronym_at
from summarizer.text.base import ALL_QUOTES, Span, SpanIndex
from summarizer.text.datelines import line_datelines
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

# a photo credit line: "(Photo: Ana Ruiz/Staff)", "Photo by Ana Ruiz", "AP Photo/Ana Ruiz"
_CREDIT = compiled(
    r"\b(?:photo(?:graph)?s?|image|picture|illustration)\s*(?:by|:|credit)|\bcredit:|\bap photo\b"
    r"|/\s*(?:getty images|reuters|afp|ap|staff|file)\b|\bgetty images\b",
    re.I,
)
# every _CREDIT match holds one of these in the line lower-cased: a line without any is not
# searched (none has an i, s or k, the letters case-insensitive matching pairs with other
# characters: "İ", "ſ", "K")
_CREDIT_HINTS = ("photo", "mage", "ctur", "llu", "cred", "/")
_HEADING = compiled(r"^[ \t]*#{1,6}\s", re.M)
# people can be sources when named by a pronoun the model left unresolved
_PLAUSIBLE_PRONOUNS = (
    lx.SUBJECT_PRONOUNS
    | lx.PERSON_OBJECT_PRONOUNS
    | lx.POSSESSIVE_DETERMINERS
    | {"each", "both", "all", "others", "some", "many"}
)
_WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# what a cue may be besides a reporting or stance verb: a colon or dash, "according to", quotes,
# the nouns of a statement ("in a statement", "a spokesman's post")
_CUE_MARKERS = compiled(
    r"^[\s:―—–-]*$|according|statement|interview|post|tweet|letter|report|message|remarks|testimony|"
    r"release|video|briefing|email|memo|speech|told|wrote|writes|argue|noted|say|added",
    re.I,
)


@lru_cache(maxsize=64)
def _datelines(text: str) -> tuple[tuple[Span, str], ...]:
    """(span, first word) of every dateline opening the article or a paragraph."""
    return tuple(((d.place[0], d.span[1]), d.name(text).split()[0].strip(",")) for d in line_datelines(text))


@lru_cache(maxsize=64)
def _page_lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, what) of the page's own words, found once per text: each page-furniture
    phrase ("Story continues below advertisement", not in lower case mid-sentence), each heading
    line and each short photo-credit line."""
    out: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for phrase in iw.FURNITURE_PHRASES:
        at = folded.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if len(folded) == len(text) and not text[at:end].islower():
                out.append((at, end, f"page furniture ({text[at:end]!r})"))
            at = folded.find(phrase, end)
    headings = "#" in text  # a heading line holds one: without any, no line is tried for one
    for m in _LINE.finditer(text):
        line = m.group()
        if headings and _HEADING.match(line):
            out.append((m.start(), m.end(), "a heading"))
        # (split no further than a thirteenth word: enough to tell a long line)
        elif len(line.split(None, 12)) <= 12 and _may_be_credit(line) and _CREDIT.search(line):
            out.append((m.start(), m.end(), f"a photo credit ({short(line.strip(), 40)!r})"))
    return tuple(out)


def _may_be_credit(line: str) -> bool:
    low = line.lower()
    return any(hint in low for hint in _CREDIT_HINTS)


@lru_cache(maxsize=64)
def _page_index(text: str) -> SpanIndex:
    """The page's own words as an index: whether a mention overlaps them, in log time (a scan of
    them all per mention was quadratic in a long text with many headings)."""
    return SpanIndex((s, e) for s, e, _ in _page_lines(text))


def _at_line_or_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t" + ALL_QUOTES)
    return pos == 0 or before == "" or before[-1:] in ("\n", ".", "!", "?")


def _cue_is_reporting(cue: str | None) -> bool:
    """Does the cue read as a report (a verb of saying, thinking or stance, a hedge, a marker)?"""
    if cue is None or _CUE_MARKERS.search(cue):
        return True
    words = [w.lower() for w in _WORD.findall(cue)]
    return not words or any(
        w in lx.CUE_FORMS or w in lx.STANCE_FORMS or w in lx.CLAIM_VERBS or w in lx.AUXILIARIES for w in words
    )


def _document_reads(a: Attribution) -> bool:
    """Is the attribution a document's words given by "read" (`"…," the statement read`, "the
    port's notice reads")? A written text "reads" what it says: a report, no fragment, though
    its speaker resolves to the one who issued it (the port)."""
    words = _WORD.findall(a.speaker or "")
    return bool(words) and words[-1].lower() in lx.DOCUMENT_HEADS and (a.cue or "").lower() in _READ_FORMS


_READ_FORMS = frozenset({"read", "reads"})


def _holds_an_appearance(a: Attribution) -> bool:
    """Is the speaker the one something seems so to, named after "seem" or "appear" ("the levy
    seemed unfair to homeowners")? The subject before it is no source ("Vey appeared in court")."""
    words = [w.lower() for w in _WORD.findall(a.cue or "")]
    return (
        any(w in rk.SEEM_FORMS for w in words)
        and a.speaker_span is not None
        and a.cue_span is not None
        and a.speaker_span[0] >= a.cue_span[1]
    )


_LINE = compiled(r"[^\n]+")
_TO_OR_THAT = compiled(r"\s+(?:to|that)\b")


def _opens_clause(text: str, cue: Span | None) -> bool:
    """A noun of saying or intending with its clause ("its decision to raise …", "his claim
    that …") reports, as a verb does."""
    return (
        cue is not None and in_range(cue, text) is not None and _TO_OR_THAT.match(text[cue[1] : cue[1] + 8]) is not None
    )


def _after_title(text: str, mention: Span) -> bool:
    """Is the mention a capitalised word right after a title ("Ms. May", "Prime Minister May"):
    a surname, though the word is also a function word ("may")?"""
    start = mention[0]
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in lx.TITLES


def _shape_problem(speaker: Speaker, facts: ArticleFacts, removed: SpanIndex) -> str | None:
    """Why the speaker is not a plausible source, or None (``removed``: the boilerplate's spans)."""
    text = facts.text
    name = speaker.name.strip()
    words = _WORD.findall(name)
    mentions = [m for m in speaker.mentions if in_range(m, text)]
    datelines = _datelines(text)
    for (ds, de), first in datelines:
        inside = [m for m in mentions if m[0] < de and ds < m[1]]
        if (mentions and len(inside) == len(mentions)) or (inside and words and words[0] == first and first.isupper()):
            return f"{name!r} is the dateline {text[ds:de].strip()!r}, a place, not a source"
    if mentions and all(removed.overlaps(*m) for m in mentions):
        return f"{name!r} is only named in boilerplate the article's page carries"
    on_page = _page_index(text)
    if mentions and all(on_page.overlaps(ms, me) for ms, me in mentions):
        ms, me = mentions[0]
        what = next(what for s, e, what in _page_lines(text) if s < me and ms < e)
        return f"{name!r} is named only in the page's own words: {what}, not a source"
    lowered = [w.lower() for w in words]
    if set(lowered) & _PLAUSIBLE_PRONOUNS:
        return None  # "he", "they": a source the model left unresolved
    if (
        lowered
        and all(w in ENGLISH_FUNCTION_WORDS for w in lowered)
        and not any(acronym_at(text, m) or _after_title(text, m) for m in mentions)
    ):
        return f"{name!r} is made of function words, a fragment of a sentence"
    if _BARE_NUMBER.match(name):
        # "56" of "Orrin, 56, who has served …", "2008" of "In 2008, …": an age or a year, no name
        return f"{name!r} is a bare number (an age or a year), a fragment of a sentence, not a source"
    if (
        len(words) == 1
        and not lx.is_source_noun(lowered[0])
        and name[:1].isupper()
        and not name.isupper()
        and mentions
        and all(_at_line_or_sentence_start(text, m[0]) for m in mentions)
        and _is_common_word(lowered[0], text)
    ):
        return f"{name!r} is a common word capitalised at the start of a line or sentence, not a name"
    return None


# a number alone, or before a comma: "56", "2008", "56, who has served …" (not "10 voters",
# "63 percent", "60 Minutes": a count of people or a name with its number)
_BARE_NUMBER = compiled(r"\d[\d.,]*\s*(?:$|,)")


def _is_common_word(word: str, text: str) -> bool:
    """Written in lower case mid-sentence somewhere in the article: a common word, not a name."""
    # (?<=[a-z,;] )word\b: after a lower-case letter or a comma and one space, a word boundary after
    end = len(word)
    return bounded_at(
        text,
        word,
        lambda at: (
            at >= 2
            and text[at - 1] == " "
            and text[at - 2] in _LOWER_OR_MARK
            and is_word(text, at + end - 1) != is_word(text, at + end)
        ),
    )


_LOWER_OR_MARK = frozenset("abcdefghijklmnopqrstuvwxyz,;")


@rule(
    "speaker-shape",
    "error",
    "a speaker is a plausible source, not a dateline (an all-caps place opening a paragraph), heading, photo "
    "credit, page furniture or sentence fragment (a common word capitalised at a line start, function words, a "
    "cue that is no reporting verb)",
)
def _speaker_shape(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    users: dict[str, list[int]] = {}
    for k, a in enumerate(summary.attributions):
        if a.speaker_id is not None:
            users.setdefault(a.speaker_id, []).append(k)
    removed = SpanIndex(r.span for r in summary.source.removed)
    for i, s in enumerate(summary.speakers):
        problem = _shape_problem(s, facts, removed)
        uses = users.get(s.id, [])
        # a one-word "name" whose every cue is no reporting verb: "Story" that "continues"
        if (
            problem is None
            and uses
            and len(_WORD.findall(s.name)) == 1
            and all(len(_WORD.findall(summary.attributions[k].cue or "")) == 1 for k in uses)
            and not any(_cue_is_reporting(summary.attributions[k].cue) for k in uses)
            and not all(_document_reads(summary.attributions[k]) for k in uses)
            and not any(_holds_an_appearance(summary.attributions[k]) for k in uses)
            and not any(_opens_clause(facts.text, summary.attributions[k].cue_span) for k in uses)
        ):
            cues = sorted({summary.attributions[k].cue or "" for k in uses})
            problem = f"{s.name!r} reports only by {', '.join(map(repr, cues))}, no reporting verb: a fragment"
        if problem is None:
            for k in uses:
                # an attribution whose speaker is written only in a dateline ("KYIV, Ukraine —")
                a = summary.attributions[k]
                sp = in_range(a.speaker_span, facts.text)
                hit = next((d for d, _ in _datelines(facts.text) if sp and sp[0] >= d[0] and sp[1] <= d[1]), None)
                if sp is not None and hit is not None:
                    yield finding(
                        "speaker-shape",
                        f"attributions[{k}].content",
                        f"{a.id}: its speaker {a.speaker!r} is the dateline, a place, not a source",
                        sp,
                    )
            continue
        span = next((m for m in s.mentions if in_range(m, facts.text)), None)
        yield finding("speaker-shape", f"speakers[{i}].name", f"{s.id}: {problem}", span)
        for k in uses:
            a = summary.attributions[k]
            yield finding(
                "speaker-shape",
                f"attributions[{k}].content",
                f"{a.id}: its speaker {s.id} is not a source ({problem})",
                in_range(a.speaker_span, facts.text),
            )


# a new reporting clause of another subject inside a content (lexicon.CONTRAST_RE: ", but
# officials denied …"); and a speaker clause set off inside it: ", the mayor said, "
# from the mark before the segment, not a look-behind: the scan for the mark runs in C
_SEGMENT = compiled(r"[,―—–]\s+([^,―—–\n]{1,80}?)\s*(?=[,―—–]\s)")
_CLAUSE_CLOSE = compiled(r"[,―—–;:]\s")


def _same_source(subject: str, a: Attribution, names: dict[str, str]) -> bool:
    """Is the clause's subject the attribution's own source (or a pronoun, which may be)?"""
    words = _WORD.findall(subject)
    if not words or lx.continues_subject(words[0]):
        return True  # "but he said", "but would add", "but that she …": the same source may go on
    subject_words = {w.lower() for w in words} - ENGLISH_FUNCTION_WORDS
    if not subject_words:
        return True
    own = " ".join(x for x in (a.speaker, names.get(a.speaker_id or "")) if x)
    return bool(subject_words & {w.lower() for w in _WORD.findall(own)})


def _clause_after(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """(subject, verb span) when the words from ``start`` are a subject and a reporting verb
    (up to six words of subject, helpers like "has" or "flatly" skipped), else None."""
    words = list(_WORD.finditer(text, start, min(end, start + 120)))
    for k, w in enumerate(words[:9]):
        if k and text[words[k - 1].end() : w.start()].strip():
            return None  # punctuation between words: past the clause
        if k and lx.opens_report(w.group()) and w.group().islower():
            subject = [x.group() for x in words[:k] if x.group().lower() not in lx.VERB_HELPERS]
            return " ".join(subject), w.span()
    return None


def _boundary_problems(a: Attribution, facts: ArticleFacts, names: dict[str, str]) -> Iterator[tuple[str, Span | None]]:
    text = facts.text
    pieces = [span for span, part in a.pieces if in_range(span, text) and text[span[0] : span[1]] == part]
    for ps, pe in pieces:
        clause = [x for x in (a.speaker_span, a.cue_span) if x is not None]
        if a.speaker_span is not None and all(ps < s and e < pe for s, e in clause):
            # the attribution's own speaker clause set off inside it: "The plan, she said, will …"
            start, end = min(s for s, _ in clause), max(e for _, e in clause)
            set_off = text[ps:start].rstrip()[-1:] in (",", "―", "—", "–", *ALL_QUOTES)
            if set_off and _CLAUSE_CLOSE.search(text, end, pe) and text[end:pe].strip(" ,.―—–-" + ALL_QUOTES):
                yield "its content holds its own speaker clause; give the parts as content_spans", (start, end)
        for m in lx.CONTRAST_RE.finditer(text, ps, pe):
            found = _clause_after(text, m.end(), pe)
            if found is None or facts.quote_index.overlaps(m.start(), found[1][1]):
                continue
            subject, verb = found
            if not _same_source(subject, a, names):
                report = text[m.start() : verb[1]].strip(" ,;")
                yield (
                    f"its content runs on into another source's words ({short(report, 50)!r})",
                    (m.start() + 1, verb[1]),
                )
        for m in _SEGMENT.finditer(text, max(0, ps - 1), pe):
            seg = m.group(1)
            words = _WORD.findall(seg)
            if not 2 <= len(words) <= 7 or m.end() >= pe - 1 or facts.quote_index.overlaps(*m.span(1)):
                continue
            if lx.opens_report(words[-1]) and words[-1].islower():
                subject = " ".join(words[:-1])
            elif lx.opens_report(words[0]) and words[0].islower() and words[1].lower() != "to":
                # (not ", reported to be in his 40s,": a participle raising its noun's
                # infinitive, with no speaker after it)
                subject = " ".join(words[1:])
            else:
                continue
            if not _same_source(subject, a, names):
                yield f"its content holds another source's reporting clause ({short(seg, 50)!r})", m.span(1)


@rule(
    "content-boundary",
    "error",
    'an attribution\'s content holds no other source\'s reporting clause (", but X denied …", ", X said, ") '
    "and not its own speaker clause between the parts of an interrupted quote",
)
def _content_boundary(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    names = {s.id: s.name for s in summary.speakers}
    for i, a in enumerate(summary.attributions):
        for message, span in _boundary_problems(a, facts, names):
            yield finding("content-boundary", f"attributions[{i}].content", f"{a.id}: {message}", span)
            break
