"""Direct quotes: each quote takes its speaker from the first quote pattern that finds one
(in priority order); a quote with none joins the speaker before it in its paragraph, or goes on
with the speaker of the attribution before it (in its paragraph or the one before)."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.rules.attribution.context import (
    RELATIVE_CLAUSE,
    Context,
    Found,
    RawAttribution,
    has_cue,
    is_real_quote,
    is_title_case,
    name_like,
    paragraph_index,
)
from summarizer.rules.attribution.registry import in_order, pattern
from summarizer.rules.attribution.speaker_after_quote import speaker_after
from summarizer.rules.attribution.words import ALL_POSSESSIVES, PREPOSITIONS
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span, SpanIndex
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import is_abbreviation

# the speaker clause between two parts of a quote ends at a comma, stop, colon or dash (inside
# a show's name that closes it: `said on “Harbour Talk.” “…`)
_CLAUSE_CLOSE = compiled(r"[,.:;!?―—–-][”\"]?(?:\s|$)")


def find_direct(ctx: Context, paragraphs: list[Span]) -> list[RawAttribution]:
    """Attributions of quoted passages. A quote with no speaker of its own that follows one
    in the same paragraph joins it ("…," she said. "…"); any other goes on with the speaker of
    the attribution before it, in its paragraph or the one before."""
    view = ctx.view
    out: list[RawAttribution] = []
    para_of = paragraph_index(paragraphs)
    quote_patterns = in_order("quote")
    quotes = ctx.quotes
    i = 0
    while i < len(quotes):
        q = quotes[i]
        pi = para_of(q.start)
        p_start = paragraphs[pi][0] if pi >= 0 else q.start
        last_p_end = paragraphs[para_of(max(q.start, q.end - 1))][1] if pi >= 0 else q.end
        found: Found | None = None
        for quote_pattern in quote_patterns:
            found = quote_pattern.fn(ctx, q, p_start, last_p_end)
            if found is not None:
                break
        if found is None:
            # a quote with no speaker next to it goes on with the speaker of the attribution
            # before it, in its paragraph or the one before (decided once all are found),
            # unless a clause of its own follows that no pattern read (`„…“, sagte ein Tourist`)
            own_clause = _OWN_CLAUSE.match(view, q.end, paragraphs[para_of(q.end - 1)][1]) is not None
            orphan = RawAttribution(
                (q.start, q.end), "direct", None, None, None, ctx.sentence_at(q.start), inherit=not own_clause
            )
            orphan.pattern = "unattributed_quote"
            out.append(orphan)
            i += 1
            continue
        speaker, cue, lemma, att_end = found
        j, end = _joined(ctx, paragraphs, para_of, i, att_end)
        start = _lead_start(ctx, q, att_end, out)
        raw = RawAttribution(
            (start, end), "direct", speaker, cue, lemma, ctx.sentence_at(q.start), pattern=quote_pattern.id
        )
        # a show's name passed over inside the speaker clause is not a piece of the content
        joined = [quotes[i], *(x for x in quotes[i + 1 : j + 1] if not _is_title(view, x))]
        raw.pieces = _pieces(view, joined, start, [x for x in (speaker, cue) if x is not None])
        out.append(raw)
        i = j + 1
    return out


# a comma or dash right after a quote, then words: the quote's own attribution clause
_OWN_CLAUSE = compiled(r"\s*[,―—–]\s*\w")


def _joined(
    ctx: Context, paragraphs: list[Span], para_of: Callable[[int], int], i: int, att_end: int
) -> tuple[int, int]:
    """The last quote (its index and end) that joins quote ``i`` in its paragraph: no sentence
    of its own, no other speaker and no cue of its own in between."""
    view, quotes = ctx.view, ctx.quotes
    end = quotes[i].end
    j = i
    while j + 1 < len(quotes):
        nxt = quotes[j + 1]
        if para_of(nxt.start) != para_of(end - 1) or not is_real_quote(view, nxt):
            break
        if _is_title(view, nxt):
            # `… ," Reyes said on Harbour Radio's "Morning Desk." "…"`: a show's name, not more
            # words; the quote after it may still go on with the first
            if j + 2 < len(quotes) and _joins_past_title(view, quotes[j + 2], nxt):
                nxt = quotes[j + 2]
            else:
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
        narration = tail.strip()
        if (
            ((own_sentence or len(gap.split()) > 40) and len(gap.split()) > 15)
            # a whole sentence of the writer's between the quotes ("“…” His sales have grown
            # since, with … “…”"): the next quote is not joined across it
            or (narration[:1].isupper() and narration[-1:] in ".!?" and len(narration.split()) >= 6)
            or (own_sentence and len(own_sentence.split()) >= 2)
            or has_cue(RELATIVE_CLAUSE.sub("", gap))
            or _CONTRAST_IN_GAP.search(gap)
        ):
            break
        nxt_p_end = paragraphs[para_of(nxt.end - 1)][1]
        if speaker_after(ctx, nxt, nxt_p_end) is not None:
            break
        end = nxt.end
        j = quotes.index(nxt, j + 1)
    return j, end


def _is_title(view: str, q: QuoteRegion) -> bool:
    return name_like(view, (q.start, q.end)) and is_title_case(view, (q.start, q.end))


def _joins_past_title(view: str, after: QuoteRegion, title: QuoteRegion) -> bool:
    """Does the quote after a show's name open right after it, the name closing the speaker
    clause (`said on "Harbour Talk." "I mean …"`)?"""
    between = view[title.end : after.start]
    return len(between) <= 3 and not between.strip() and view[title.end - 2 : title.end].strip()[:1] in ".,"


# a contrast or a new clause between two quotes ends the first speaker's words: "but", "although",
# "while" (not "while sitting …", a participle of the same speaker's scene), a semicolon
_CONTRAST_IN_GAP = compiled(r"\b(?:but|and as|although)\b|\bwhile\b(?!\s+\w+ing\b)|;")


def _pieces(view: str, joined: list[QuoteRegion], start: int, clause: list[Span]) -> list[Span]:
    """The pieces of quotes joined into one attribution: a gap that is the attribution's own
    speaker clause (", said X, who sits on the board. " between “A” and “B”: it holds the
    speaker or cue and ends at a comma, stop, colon or dash) is not content; any other gap
    (`said the plan "A" and "B"`: reported words between quoted phrases) stays inside. One
    piece: an empty list."""
    pieces = [(start, joined[0].end)]
    for q in joined[1:]:
        gap = (pieces[-1][1], q.start)
        inside = [(a, b) for a, b in clause if gap[0] <= a and b <= gap[1]]
        closes = list(_CLAUSE_CLOSE.finditer(view, max(b for _, b in inside), q.start)) if inside else []
        if closes:
            # the next piece starts after the clause's last comma or stop: at the quote, or at
            # words before it that go on with the content (`, Jordan said, and still "…"`)
            pieces.append((closes[-1].end(), q.end))
        else:
            pieces[-1] = (pieces[-1][0], q.end)
    return pieces if len(pieces) > 1 else []


def _lead_start(ctx: Context, q: QuoteRegion, att_end: int, out: list[RawAttribution]) -> int:
    """Where the attributed words start: the quote, or its sentence's words before it when the
    speaker follows ("Skipping the vote ''was the honest thing,'' Morel said")."""
    view = ctx.view
    start = q.start
    if att_end > q.end:
        # "Skipping the vote ''was the honest thing,'' Morel said": the words before the quote in
        # its sentence are part of what is attributed
        sent = ctx.sentences[ctx.sentence_at(q.start)]
        lead = view[sent.start : q.start]
        if (
            sent.start < q.start
            and lead.strip()
            and not any(ch in ALL_QUOTES for ch in lead)
            and not has_cue(lead)
            and ctx.free((sent.start, q.start))
            and (not out or out[-1].content[1] <= sent.start)
            # a short title-case quote is a name ("In her film, ''Rivers Run Quiet,'' Ruiz
            # argued …"): no words before a title are anyone's statement
            and not (name_like(view, (q.start, q.end)) and is_title_case(view, (q.start, q.end)))
        ):
            start = sent.start + len(lead) - len(lead.lstrip())
    return start


@pattern(
    "unattributed_quote",
    900,
    "leftover",
    "a quote with no speaker next to it that no other pattern claimed (it goes on with the speaker of the attribution before it, in its paragraph or the one before)",
    ("The harbor was closed.\n\nThe sign read “No entry for any boats today” on Monday.",),
)
def keep_unclaimed(view: str, orphans: list[RawAttribution], claimed: SpanIndex) -> list[RawAttribution]:
    """The quotes with no speaker that indirect speech did not claim; a short title-case quote
    is a name (a show, a book, a slogan), and a short quote opened by a determiner or a
    preposition a marked term, not someone's words."""
    return [
        a
        for a in orphans
        if a.pattern != "unattributed_quote"  # a leftover pattern before this one gave it a speaker
        or (
            not claimed.overlaps(*a.content)
            and not (name_like(view, a.content) and is_title_case(view, a.content))
            and not _quoted_term(view, a.content)
        )
    ]


# the words that make a short quote a phrase of the sentence around it: a determiner ("its
# “night desk editor”") or a preposition ("a call for “safer bike lanes”")
_TERM_DETERMINERS = lx.DETERMINERS - {"one", "two", "three", "four", "five"}
_TERM_OPENERS = _TERM_DETERMINERS | (PREPOSITIONS - {"to"}) | {"into", "of"}
# a term with its sentence's comma or stop inside the marks is a short phrase after a determiner
# that names no one (after "her", "their" the words may be the owner's: "their “fair share,”")
_PUNCTUATED_TERM_WORDS = 4
_PUNCTUATED_TERM_DETERMINERS = _TERM_DETERMINERS - ALL_POSSESSIVES
_TWO_WORDS = compiled(r"(?:\b([A-Za-z]+)\s+)?\b([A-Za-z]+)\s*$")


def _quoted_term(view: str, content: Span) -> bool:
    """A short quote opened by a determiner or a preposition: a term the writer marks ("its
    “night desk editor”"), not anyone's statement. A closing stop or comma marks a statement,
    unless the quote is a phrase of at most four words that opens in lower case after a
    determiner that names no owner: the comma or stop of the writer's sentence, put inside the
    marks as US style does ("a “tax zone,” which"); after a preposition or a verb of saying such
    words are often someone's ("based on “one wild guess.”", "decrying the “rigged game,”")."""
    inner = view[content[0] : content[1]].strip("".join(ALL_QUOTES) + " ")
    words = inner.split()
    if not inner or len(words) > 6 or inner[-1] in "!?;:":
        return False
    before = _TWO_WORDS.search(view, max(0, content[0] - 30), content[0])
    if before is None:
        return False
    opener, verb = before.group(2).lower(), (before.group(1) or "").lower()
    if inner[-1] in ".," and (
        len(words) > _PUNCTUATED_TERM_WORDS
        or not inner[0].islower()
        or opener not in _PUNCTUATED_TERM_DETERMINERS
        or _after_cue(view, before.start(2))
    ):
        return False
    # "what critics described as a “…”": the words are the description's, someone's
    return opener in _TERM_OPENERS and verb != "as"


# before a quote's determiner: a verb, or a verb and its object (a name or a pronoun)
_VERB_BEFORE = compiled(r"\b([A-Za-z]+)\s+(?:(?:[A-Z][a-z]+|him|her|them|it|me|us)\s+)?$")


def _after_cue(view: str, opener: int) -> bool:
    """A verb of saying or stance just before the determiner, or before its object: the quote is
    its speaker's words ("decrying the “rigged game,”", "calling Ann a “fraud.”")."""
    before = _VERB_BEFORE.search(view, max(0, opener - 40), opener)
    verb = before.group(1).lower() if before is not None else ""
    return verb in lx.CUE_FORMS or verb in lx.STANCE_FORMS
