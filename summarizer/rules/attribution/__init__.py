"""Who said what: direct quotes and the speaker next to them, indirect speech after reporting
verbs, "according to X", colon and dash attributions, each construction a registered pattern
(one module each; ``PATTERNS`` lists them with their ids, priorities and examples). Produces
spans only; speakers.py turns the speaker phrases into entities and flags.py decides what is
unverified.

The driver runs the patterns in priority order: the quote patterns on each quote (the first
that finds a speaker wins), then the paragraph patterns, then the sentence patterns on each
sentence (each keeps clear of what the earlier ones claimed), then the leftover quotes:

    quote      10 dash_signoff  20 speaker_after_quote  30 speaker_before_quote  40 lede_quote  45 so_says
    paragraph  50 headline_colon
    sentence  100 according_to  105 as_reported  110 trailing_cue
              120 subject_verb (stance_verb inside its walk)
              130 participle_opener  140 sourceless_claim  145 evidential_frame  150 passive_agent
              160 noun_clause
              165 topic_noun  170 that_verb  175 object_relative  180 hedged_claim
    leftover  890 headline_quote  900 unattributed_quote

To add a pattern: a module named for the construction with a function decorated by
``@pattern(id, priority, scope, description, examples)``, imported below; its examples must
yield it (tests/test_attribution.py checks), and ``summarize eval attribution --by-pattern``
scores it. Shared helpers: ``phrases`` (noun phrases and their sources),
``cue_nouns`` (a word of saying as a noun, inside a noun phrase too, and the phrase read rightward), ``clauses`` (verb groups and their subjects),
``reporting_verbs`` (the reporting verb at a token),
``content`` (where reported content ends),
``verb_objects`` (a verb's object and how its content opens),
``verb_content`` (where a reporting verb's content starts, and whether it takes any),
``adverbial_phrases`` (a phrase after a verb of saying: when or where it was said, or the content's),
``context`` (the article and the sentence scan), ``words`` (word classes).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from summarizer.ingest import Article

# importing the pattern modules registers them
from summarizer.rules.attribution import (  # noqa: F401
    according_to,
    as_reported,
    dash_signoff,
    evidential_frame,
    headline_colon,
    headline_quote,
    hedged_claim,
    lede_quote,
    noun_clause,
    object_relative,
    participle_opener,
    passive_agent,
    so_says,
    sourceless_claim,
    speaker_after_quote,
    speaker_before_quote,
    stance_verb,
    subject_verb,
    that_verb,
    topic_noun,
    trailing_cue,
)
from summarizer.rules.attribution.clause_subject import holds_clause
from summarizer.rules.attribution.context import (
    Context,
    RawAttribution,
    SentenceScan,
    is_mid_sentence_word,
    is_real_quote,
    is_title_case,
    name_like,
    paragraph_index,
    quote_pieces,
)
from summarizer.rules.attribution.contractions import split_contractions
from summarizer.rules.attribution.direct import find_direct
from summarizer.rules.attribution.registry import PATTERNS, Pattern, in_order
from summarizer.rules.attribution.words import (
    ACT_FORMS,
    CONNECTIVES,
    COORDINATORS,
    CUE_FIRST_WORDS,
    GALLERY_LABEL,
    JUDGED_PASSIVES,
    LINK_LABEL,
    LINK_LABEL_FIRST,
    NAMING_PASSIVES,
    PHOTO_CREDIT,
    PLAIN_WORD,
    SEEM_FORMS,
    STANCE_FIRST,
    SUBORDINATORS,
)
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.acronyms import acronym_at
from summarizer.text.base import ALL_QUOTES, Span, SpanIndex, quote_type, quoted_share, trim_content
from summarizer.text.datelines import dateline_at
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.lexicon import PERSON_OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence, tokens

# an unresolved pronoun may be a source ("his claim that …" is his)
PERSON_PRONOUNS = (
    SUBJECT_PRONOUNS
    | PERSON_OBJECT_PRONOUNS
    | lx.POSSESSIVE_DETERMINERS
    | {"each", "both", "all", "others", "some", "many"}
)

__all__ = ["PATTERNS", "Pattern", "RawAttribution", "find_attributions", "patterns_of"]


def _in_sentence(ctx: Context, sent: Sentence, patterns: list[Pattern]) -> list[RawAttribution]:
    """Run the sentence patterns over one sentence, in priority order."""
    view = ctx.view
    # most sentences hold no reporting verb at all, and some are a quote's words: cheap looks
    # before tokenising
    if _within_taken(ctx, sent):
        return []
    low = view[sent.start : sent.end].lower()
    if not _may_report(low):
        return []
    toks = split_contractions(tokens(view, sent.start, sent.end), low)  # "he’s said": "he" "has" "said"
    if len(toks) < 3:
        return []
    scan = SentenceScan(ctx, sent, toks)
    for p in patterns:
        p.fn(scan)
    return scan.out


def _within_taken(ctx: Context, sent: Sentence) -> bool:
    """Does one span an earlier pass attributed (a quote's words) hold the whole sentence? Then
    no sentence pattern can record anything in it: what each reports lies inside its sentence,
    and ``SentenceScan.add`` keeps only content clear of those spans (a quoted sentence's own
    "said" is the speaker's word, not a new report), so the sentence is not tokenised at all."""
    return any(a <= sent.start and sent.end <= b for a, b in ctx.taken.overlapping(sent.start, sent.end))


# the words one of which a sentence needs for any sentence pattern to read it
_TRIGGERS = frozenset(
    CUE_FIRST_WORDS
    | STANCE_FIRST
    | SEEM_FORMS
    | lx.ATTITUDE_ADJECTIVES.keys()
    | lx.PARTISAN_NOUNS
    | lx.TOPIC_NOUNS.keys()
    | rk.EVIDENCE_DOCUMENTS
    | ACT_FORMS.keys()
    | NAMING_PASSIVES
    | JUDGED_PASSIVES
    | lx.HEARSAY_ADVERBS
    | {"that"}
)


def _may_report(text: str) -> bool:
    """Does ``PLAIN_WORD.findall(text)`` hold a word of ``_TRIGGERS``? No word crosses a space,
    and a chunk between spaces made of letters alone is one word: the regex reads only the
    other chunks, and only when the all-letter ones hold none."""
    chunks = text.split()
    letters: Iterator[str] = filter(str.isalpha, chunks)
    if not _TRIGGERS.isdisjoint(letters):
        return True
    others = list(itertools.filterfalse(str.isalpha, chunks))
    return bool(others) and not _TRIGGERS.isdisjoint(PLAIN_WORD.findall(" ".join(others)))


def find_attributions(
    view: str, sentences: list[Sentence], paragraphs: list[Span], quotes: list[QuoteRegion]
) -> list[RawAttribution]:
    ctx = Context(view, sentences, [q for q in quotes if is_real_quote(view, q)])
    direct = find_direct(ctx, paragraphs)
    # quotes with no source next to them wait until indirect speech has had its chance:
    # `He called the plan "a disaster for everyone"` is his, not an orphan quote
    orphans = [a for a in direct if a.speaker is None]
    # a short title-case quote is a name (a show, a book, a slogan), not someone's words
    direct = [
        a
        for a in direct
        if a.speaker is not None and not (name_like(view, a.content) and is_title_case(view, a.content))
    ]
    ctx.taken = SpanIndex(
        [a.content for a in direct] + [a.speaker for a in direct if a.speaker] + [a.cue for a in direct if a.cue]
    )
    ctx.quote_speakers = sorted(a.speaker for a in direct if a.speaker)
    heads = [a for p in in_order("paragraph") for a in p.fn(ctx, paragraphs)]
    ctx.taken = SpanIndex([*ctx.taken.spans, *(a.content for a in heads)])
    sentence_patterns = in_order("sentence")
    indirect: list[RawAttribution] = []
    for sent in sentences:
        indirect.extend(_in_sentence(ctx, sent, sentence_patterns))
    claimed = SpanIndex(a.content for a in heads + indirect)
    for leftover in in_order("leftover"):
        orphans = leftover.fn(view, orphans, claimed)
    orphans = _without_subheads(view, paragraphs, orphans)
    found = _without_datelines(
        view, paragraphs, sorted(direct + heads + indirect + orphans, key=lambda a: a.content[0])
    )
    found = _without_captions(view, paragraphs, found)
    found = _without_editor_notes(view, found)
    # a speaker phrase that holds a clause ("the ministry received expert", "What I") is no
    # subject: its cue was a noun or a verb form, and a quote keeps its words without it
    found = [a for a in found if a.speaker is None or a.kind == "direct" or not holds_clause(view, a.speaker)]
    for a in found:
        if a.speaker is not None and not plausible_speaker(view, a.speaker):
            a.speaker = None  # "didn't", "Watch": a fragment read as the subject, not a source
    _finish(view, quotes, ctx, paragraphs, found)
    return [a for a in found if a.content[1] > a.content[0]]


_NAME_WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# a subject is never a time ("On Thursday", "In August", "late August"), nor one adverb or
# participle ("perhaps", "together", "Having")
_NO_SUBJECT_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "since", "late", "early"})
_NO_SUBJECT_WORDS = frozenset({"perhaps", "together", "also", "however", "still", "having", "recent", "later"})
_TIME_PHRASE_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "this",
     "last", "next", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "early", "late",
     "mid", "spring", "summer", "fall", "autumn", "winter"}
)  # fmt: skip


def plausible_speaker(view: str, span: Span) -> bool:
    """Could the phrase name a source? Not a phrase that opens with a preposition or is one
    adverb, nor only function words ("his", "didn't", "very"; a personal pronoun may be), nor
    one common word capitalised only because it opens a line or sentence ("Later", "Watch":
    written in lower case elsewhere in the article)."""
    words = _NAME_WORD.findall(view[span[0] : span[1]])
    lowered = [w.lower() for w in words]
    if words and (
        (lowered[0] in _NO_SUBJECT_OPENERS and all(w in _TIME_PHRASE_WORDS for w in lowered[1:]))
        or (len(words) == 1 and lowered[0] in _NO_SUBJECT_WORDS)
    ):
        return False  # "On Thursday", "In August", "late August", "perhaps": a time or an adverb
    if not words or set(lowered) & PERSON_PRONOUNS:
        return True
    if all(w in ENGLISH_FUNCTION_WORDS for w in lowered) and not acronym_at(view, span):
        return False
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() and not lx.is_source_noun(lowered[0]):
        before = view[max(0, span[0] - 3) : span[0]].rstrip(" \t" + ALL_QUOTES)
        at_start = span[0] == 0 or before == "" or before[-1:] in ("\n", ".", "!", "?")
        if at_start and _written_mid_sentence(view, lowered[0]):
            return False
    return True


def _written_mid_sentence(view: str, word: str) -> bool:
    """Is ``word`` written in lower case after a lower-case letter, a comma or a semicolon and a
    space somewhere in the view? (A set of such words is built once per view: one search of the
    whole view per speaker was quadratic in a long text with many.)"""
    if not word.isalnum():
        return re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", view) is not None
    return is_mid_sentence_word(view, word)


_SENTENCE_END = compiled(r"[.!?…][\s" + re.escape(ALL_QUOTES) + r")]*$")


def _without_subheads(view: str, paragraphs: list[Span], orphans: list[RawAttribution]) -> list[RawAttribution]:
    """A quote with no speaker that stands as a short paragraph of its own with no sentence's
    end ("‘Hard to leave the harbour’", "‘Not a lot of boats left’ on the quay") is a
    subheading pulling words from the story: the newsroom's label, not an attribution."""
    # only a quote that opens a line can open such a paragraph: a cheap look first
    if not any(a.content[0] == 0 or view[a.content[0] - 1] == "\n" for a in orphans):
        return orphans
    para_of = paragraph_index(paragraphs)
    kept = []
    for a in orphans:
        s = a.content[0]
        if (s == 0 or view[s - 1] == "\n") and (k := para_of(s)) >= 0:
            p_start, p_end = paragraphs[k]
            text = view[p_start:p_end].strip()
            if text[:1] in ALL_QUOTES and len(text.split()) <= 14 and not _SENTENCE_END.search(text):
                continue
        kept.append(a)
    return kept


def _without_captions(view: str, paragraphs: list[Span], found: list[RawAttribution]) -> list[RawAttribution]:
    """A paragraph opening with a link label and a colon ("WATCH: …", "Read more: …") is
    another story's headline or a video's caption, one opening with a gallery's button ("Open
    this photo in gallery …") a photo's caption, and one closing with a photographer's
    credit ("… at the pier. (Ann Lee/CBC)") a photo's caption: nothing in either is this
    article's attribution (a caption repeats what the story reports)."""
    # a cheap look at each paragraph's first or last character before the patterns
    captions = [
        p
        for p in paragraphs
        if (
            view[p[0] : p[0] + 1] in LINK_LABEL_FIRST
            and (LINK_LABEL.match(view, p[0], p[1]) or GALLERY_LABEL.match(view, p[0], p[1]))
        )
        or (")" in view[max(p[0], p[1] - 3) : p[1]] and PHOTO_CREDIT.search(view, max(p[0], p[1] - 120), p[1]))
    ]
    if not captions:
        return found
    starts = [p[0] for p in captions]

    def in_caption(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < captions[k][1]

    return [a for a in found if not in_caption(a.content[0])]


# "Editor's note:" opening a line: the newsroom's comment on its own story, up to a blank line
_EDITOR_NOTE = compiled(r"(?:^|\n)[ \t\xa0]*editor['’]s note\s*:", re.IGNORECASE)


def _without_editor_notes(view: str, found: list[RawAttribution]) -> list[RawAttribution]:
    """An editor's note ("Editor's note: …", to the next blank line) is the newsroom speaking of
    its own story, not a report of anyone's words: nothing in it is an attribution."""
    if "ditor" not in view:  # a cheap look before the pattern
        return found
    notes = [
        (m.start(), end if (end := view.find("\n\n", m.end())) >= 0 else len(view)) for m in _EDITOR_NOTE.finditer(view)
    ]
    if not notes:
        return found
    return [a for a in found if not any(s <= a.content[0] < e for s, e in notes)]


def _without_datelines(view: str, paragraphs: list[Span], found: list[RawAttribution]) -> list[RawAttribution]:
    """A dateline opening a paragraph ("KYIV, Ukraine — ") is a place and a wire, never a
    speaker: a speaker phrase that starts with one loses it, and an attribution whose speaker is
    only the dateline was a pattern reading the place as the subject, and is dropped."""
    # a dateline lies inside its paragraph: only a paragraph a speaker overlaps can hold one
    # that overlaps a speaker, and only those are read (in order, as the loop below meets them)
    speakers = SpanIndex(a.speaker for a in found if a.speaker is not None)
    datelines = [d.span for p in paragraphs if speakers.overlaps(p[0], p[1]) and (d := dateline_at(view, p[0], p[1]))]
    if not datelines:
        return found
    kept: list[RawAttribution] = []
    for a in found:
        sp = a.speaker
        hit = next((d for d in datelines if sp is not None and sp[0] < d[1] and d[0] < sp[1]), None)
        if sp is not None and hit is not None:
            rest = trim_content(view, hit[1], sp[1]) if hit[1] < sp[1] else None
            if rest is None or rest[1] <= rest[0]:
                continue
            a.speaker = rest
        kept.append(a)
    return kept


def _finish(
    view: str, quotes: list[QuoteRegion], ctx: Context, paragraphs: list[Span], found: list[RawAttribution]
) -> None:
    """Carry a speaker over to a quote with none of its own; trim direct content of its
    marks; type each attribution by its quote marks, as the checker reads them."""
    # a quote with no speaker goes on with the speaker of the attribution before it, in its
    # paragraph or the one before ("“…,” she said of the plans. “…”"; a paragraph of a quote)
    para_of = paragraph_index(paragraphs)
    previous: RawAttribution | None = None
    for a in found:
        if a.inherit:
            a.inherit = (
                previous is not None
                and 0 <= para_of(a.content[0]) - para_of(previous.content[1] - 1) <= 1
                and not _refuses_to_speak(view, previous)
            )
        if a.speaker is not None or a.inherit:
            previous = a
    all_quotes = SpanIndex((q.start, q.end) for q in quotes)
    for a in found:
        lo = bisect.bisect_left(ctx.quote_starts, a.content[0])
        hi = bisect.bisect_right(ctx.quote_starts, a.content[1] + 1)
        a.parts = [piece for q in ctx.quotes[lo:hi] if q.end <= a.content[1] + 1 for piece in quote_pieces(view, q)]
        if a.kind == "direct":
            if a.pieces:
                a.pieces = [p for p in (_unquoted(view, p) for p in a.pieces) if p[1] > p[0]]
                a.pieces = a.pieces if len(a.pieces) > 1 else []
                a.content = (a.pieces[0][0], a.pieces[-1][1]) if a.pieces else _unquoted(view, a.content)
            else:
                a.content = _unquoted(view, a.content)
        if not a.pieces:
            a.pieces = _around_clause(view, a)
            if a.pieces and view[a.pieces[0][0] : a.pieces[0][1]].lower() in _LINK_WORDS:
                # "Yet, as Ruiz noted, the plan failed": a link alone before the clause is the writer's
                a.content, a.pieces = a.pieces[1], []
        # the type follows the quote marks, as the checker reads them: a quote joined to the
        # next across "she said to the TV." is mixed
        skip = [x for x in (a.speaker, a.cue) if x is not None]
        shares = [
            (quoted_share(view, p, all_quotes.overlapping(*p), skip), p[1] - p[0]) for p in a.pieces or [a.content]
        ]  # no other quote counts
        a.kind = quote_type(sum(x * n for x, n in shares) / max(1, sum(n for _, n in shares)))


# "declined to comment", "refused to say", "did not respond": one who would not speak says
# none of the quotes after it
_REFUSALS = frozenset({"decline", "refuse"})
_NEGATED_ANSWERS = frozenset({"respond", "reply", "comment", "answer"})
_NEGATION = compiled(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# what a refusal of one fact goes on with ("declined to say why", "refused to say when …"):
# its refuser may still speak, as one who "declined to give a date"
_QUESTION_WORDS = frozenset({"why", "when", "where", "how", "who", "whom", "whose", "what", "which", "whether", "if"})


def _refuses_to_speak(view: str, a: RawAttribution) -> bool:
    """Is ``a`` a refusal to speak: a refusal of a verb of saying ("declined to comment",
    "refused to say more") or a negated answer ("did not respond to calls")?"""
    if a.cue is None:
        return False
    if a.cue_lemma in _REFUSALS:
        words = view[a.content[0] : a.content[1]].split(None, 3)
        return (
            len(words) >= 2
            and words[0].lower() == "to"
            and lx.CUE_KIND.get(words[1].lower().rstrip(".,")) == "speech"
            and (len(words) < 3 or words[2].lower() not in _QUESTION_WORDS)
        )
    return a.cue_lemma in _NEGATED_ANSWERS and _NEGATION.search(view, a.cue[0], a.cue[1]) is not None


# a hyphen spaced on both sides is a dash, as two are ("--"); an em dash may close against the
# next word ("The ferry—the board said—will stop"; not an en dash, which joins "9–5")
# a connective or subordinator that links the sentence to the one before, not what is said
_LINK_WORDS = frozenset(CONNECTIVES | SUBORDINATORS | COORDINATORS)
_AS_OPENER = compiled(r"(?:[,―—–]|\s--?)\s*as$")
_CLAUSE_CLOSE = compiled(r"[,―—–;:]\s|\s--?\s|[―—](?=\w)")


def _around_clause(view: str, a: RawAttribution) -> list[Span]:
    """The two pieces of a content its own speaker clause interrupts ("The plan, the mayor
    said, will cost more"): the words before the clause and after it; none when it does not."""
    clause = [x for x in (a.speaker, a.cue) if x is not None]
    if not clause:
        return []
    cs, ce = a.content
    start, end = min(x[0] for x in clause), max(x[1] for x in clause)
    opener = view[cs:start].rstrip()
    if _AS_OPENER.search(opener) and cs < start:
        # "Hawaii, as one adviser pointed out, rarely gets …": "as" opens the clause of saying
        start = cs + len(opener) - 2
        opener = opener[:-2].rstrip()
    if not (cs < start and end < ce) or not (opener[-1:] in (",", "―", "—", "–") or opener.endswith((" -", " --"))):
        return []  # only a clause set off by commas or dashes interrupts the content
    # the clause runs to the comma or dash that closes it ("…, Mr. Ames said in a statement, …")
    close = _CLAUSE_CLOSE.search(view, end, ce)
    if close is None:
        return []
    before = trim_content(view, cs, start)
    after = trim_content(view, close.end(), ce)
    while before[1] > before[0] and view[before[1] - 1] in ",―—–-;: ":
        before = (before[0], before[1] - 1)
    if before[1] - before[0] < 2 or after[1] - after[0] < 2:
        return []
    return [before, after]


def _unquoted(view: str, span: Span) -> Span:
    """A direct content without the quote marks at its edges."""
    q_start, q_end = span
    inner_s = q_start + 1 if view[q_start] in ALL_QUOTES else q_start
    inner_e = q_end - 1 if view[q_end - 1] in ALL_QUOTES else q_end
    c = trim_content(view, inner_s, inner_e)
    if c[1] > c[0] and view[c[1] - 1] in ALL_QUOTES and view[c[0]] not in ALL_QUOTES:
        c = (c[0], c[1] - 1)
    return c


def patterns_of(article: Article) -> dict[Span, str]:
    """The id of the pattern that found each of the article's attributions, by content span, as
    the offline model reads the article (what ``summarize eval --by-pattern`` scores)."""
    segments = article.segments
    found = find_attributions(article.view, segments.sentences, segments.paragraphs, segments.quotes)
    return {a.content: a.pattern for a in found}
