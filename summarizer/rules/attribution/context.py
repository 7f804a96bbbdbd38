"""What every pattern shares: the raw attribution, the article as the extractor reads it, the
sentence being scanned (with the spans earlier patterns claimed) and the quote helpers."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.rules.attribution.words import FRONTED_OPENERS, PATH_PREPOSITIONS
from summarizer.rules.word_index import INDEX_FROM
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span, SpanIndex, trim_content
from summarizer.text.datelines import dateline_at
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.scans import is_word_char
from summarizer.text.segments import ABBREVIATIONS, Sentence, Token

# subordinators that open a second fronted clause after a first fronted phrase's comma
_SECOND_FRONTED = frozenset({"when", "while", "after", "before", "as", "although", "though", "because", "since", "if"})

# the prepositions that open a fronted phrase (the rest of FRONTED_OPENERS open a clause)
_FRONTED_PREPOSITIONS = frozenset({"in", "on", "at", "during", "with", "despite", "amid", "following", "by", "among",
                                   "under"})  # fmt: skip


def _report_before_comma(toks: list[Token], comma: int) -> bool:
    """Does a fronted phrase set off by no comma of its own run into the main clause before the
    first comma: a verb of saying and "that", perhaps past its hearer, with no relative word
    before them ("In May the board announced that Ana Ruiz, its treasurer, would …", "In Rome
    the envoy told reporters that …")? A phrase holds no "that" clause of
    a report unless a relative opens it ("In a letter in which she said that …, the mayor …")."""
    if toks[0].low not in _FRONTED_PREPOSITIONS:
        return False
    for m in range(2, comma - 1):
        low = toks[m].low
        if low in _FRONTED_RELATIVES:
            return False
        if low not in lx.CUE_FORMS or low.endswith("ing"):
            continue
        if toks[m + 1].low == "that" or _hearer_then_that(toks, m, comma):
            return True
    return False


def _hearer_then_that(toks: list[Token], m: int, comma: int) -> bool:
    """Does the verb of saying at toks[m] take a hearer, up to three words, before its "that"
    ("told reporters that", "assured the council that"; HEARER_VERBS)?"""
    if lx.CUE_FORMS[toks[m].low] not in lx.HEARER_VERBS:
        return False
    for n in range(m + 1, min(comma, m + 5)):
        if toks[n].low == "that":
            return n > m + 1
        if not toks[n].text[:1].isalnum():
            return False
    return False


_FRONTED_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "when"})

_COMMENTARY = compiled(
    r",\s+(?:(?:marking|highlighting|underscoring|signall?ing|reflecting|prompting|fueling|fuelling)\b"
    r"|(?:a|an)\s+(?:claim|assertion|statement|move|view|position|charge|accusation|allegation|remark|figure|account)\b)"
)


# a source's terms of speaking, never its claim: "asked not to be named", "spoke on condition
# of anonymity", "requested anonymity", "declined to be identified"
ANONYMITY_REQUEST = compiled(
    r"(?:asked|asking|requested|requesting|spoke|speaking|talked|talking|agreed|declined|insisted|demanded)\b"
    r"[^.;]{0,40}?\b(?:not\s+(?:to\s+)?be(?:ing)?\s+(?:named|identified|quoted\s+by\s+name)|anonymity|anonymously"
    r"|(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld|withheld))",
    re.I,
)
_WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def another_report(view: str, start: int, end: int) -> int | None:
    """Where a content runs on into another subject's report (", but officials denied …"):
    the comma before it, else None. A pronoun or no subject may be the same source going on."""
    marks = _marks(view)  # a contrast opens at a comma or semicolon: only those are tried
    for at in marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]:
        m = lx.CONTRAST_RE.match(view, at, end)
        if m is None:
            continue
        words = list(_WORD.finditer(view, m.end(), min(end, m.end() + 120)))
        for k, w in enumerate(words[:9]):
            if k and view[words[k - 1].end() : w.start()].strip():
                break
            if k and w.group().islower() and lx.opens_report(w.group()):
                subject = [x.group() for x in words[:k] if x.group().lower() not in lx.VERB_HELPERS]
                if subject and not lx.continues_subject(subject[0]):
                    return m.start()
                break
    return None


@lru_cache(maxsize=2)
def _marks(view: str) -> list[int]:
    """Where the view's commas and semicolons are, found once per view (each content scanned
    for a contrast again was quadratic in a long text without punctuation, where one sentence
    holds many contents)."""
    return [m.start() for m in _COMMA_OR_SEMICOLON.finditer(view)]


_COMMA_OR_SEMICOLON = compiled(r"[,;]")

Found = tuple[Span, Span | None, str | None, int]  # speaker, cue, cue lemma, where the attribution ends


@dataclass(slots=True)
class RawAttribution:
    content: Span
    kind: str  # direct | indirect | mixed
    speaker: Span | None
    cue: Span | None
    cue_lemma: str | None
    sentence: int
    inherit: bool = False  # a quote with no speaker: it goes on with the speaker before it
    parts: list[Span] = field(default_factory=list)  # the quoted pieces inside the content
    # the content's pieces when words that are not content interrupt it (the speaker clause
    # between the two parts of "“A,” said X, who … “B.”"); empty: one piece, the content
    pieces: list[Span] = field(default_factory=list)
    pattern: str = ""  # the id of the registered pattern that found it (internal, not in the schema)


# the words a title-case headline may leave small: function words and prepositions, however
# long (styles that lower-case every preposition: "Mayor Says City to Cut Budget amid Protests")
_SMALL_IN_TITLES = ENGLISH_FUNCTION_WORDS | PATH_PREPOSITIONS | {"amidst", "despite", "like", "unlike", "off", "per",
                                                                 "plus", "versus", "beyond", "below", "beneath",
                                                                 "besides", "till"}  # fmt: skip


def _content_word(word: str) -> bool:
    """Is ``word`` (written lower-case) a word of content, which a title-case headline would
    capitalise, not a function word or preposition it leaves small ("with", "amid", "that’s")?"""
    return word.lower().replace("’", "'") not in _SMALL_IN_TITLES


class Context:
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
        self.quote_speakers: list[Span] = []  # the speakers the quote patterns found, in text order

    def quote_speaker_in(self, start: int, end: int) -> Span | None:
        """The last speaker of a quote that lies within [start, end)."""
        k = bisect.bisect_left(self.quote_speakers, (end, end))
        while k > 0:
            k -= 1
            span = self.quote_speakers[k]
            if span[0] < start:
                return None
            if span[1] <= end:
                return span
        return None

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


def stops_sentence(toks: list[Token], k: int) -> bool:
    """Does toks[k] end a sentence (not the period of "Mr." or "J.") or open a quote?"""
    t = toks[k].text
    if t == "." and k > 0 and toks[k - 1].end == toks[k].start:
        prev = toks[k - 1].text
        if prev.lower() in ABBREVIATIONS or (len(prev) == 1 and prev.isupper()):
            return False
        if prev.rsplit("-", 1)[-1].lower() in ABBREVIATIONS and k + 1 < len(toks) and toks[k + 1].text in (")", ","):
            return False  # "Sen. Ada Morel (D-Mo.) said", "Sen. Ada Morel, D-Mo., said": a party and a state
    return t in (".", "!", "?", ";") or t in ALL_QUOTES


def is_real_quote(view: str, q: QuoteRegion) -> bool:
    s, e = q.inner
    words = view[s:e].split()
    return len(words) >= 3 or bool(re.search(r"[.!?,]\s*$", view[s:e]))


def _ends_sentence(view: str, q: QuoteRegion) -> bool:
    """Does the quote close a sentence of its own ("… policy." rather than "… policy,")?"""
    inner = view[q.inner[0] : q.inner[1]].rstrip()
    return inner[-1:] in (".", "!", "?", "…")


RELATIVE_CLAUSE = compiled(
    r",?\s*\b(?:who|whom|where|which|when)\b[^,.;]*"
    # and a passive: "the hearing he was formally called to" names no one speaking
    r"|\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?\w+"
)


def has_cue(text: str) -> bool:
    return (
        # verbs are lower case mid-sentence: "an interview with The Huffington Post" has none
        any(
            (w in lx.CUE_FORMS or w in lx.STANCE_FORMS) and w not in lx.NOUN_LIKE_FORMS
            for w in re.findall(r"\b[a-z]+\b", text)
        )
        or "according to" in text
    )


def headline_name(name: str) -> bool:
    first = name.split()[0]
    return first not in lx.NON_NAME_CAPS and first.rstrip(".") not in lx.NON_NAME_CAPS


@lru_cache(maxsize=2)
def mid_sentence_words(view: str) -> frozenset[str]:
    """The words written after a lower-case letter, a comma or a semicolon and a space: in the
    middle of a sentence, where a capital means a name ("said Reyes", "Gov. Ana Reyes"); built
    once per view."""
    return frozenset(_AFTER_LOWER_WORD.findall(view))


_AFTER_LOWER_WORD = compiled(r"(?<=[a-z,;] )(\w+)")
_LOWER_OR_PAUSE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def is_mid_sentence_word(view: str, word: str) -> bool:
    """``word in mid_sentence_words(view)``. A view asks a few words (a speaker's surname, a
    label's): in a short one each is looked for by ``str.find`` (in C), the set of all its
    words, a string a word, costing more than the few scans; a long one builds the set, as
    one scan per word of many would be quadratic (as word_index.INDEX_FROM says of names)."""
    if len(view) >= INDEX_FROM:
        return word in mid_sentence_words(view)
    if not word or not all(map(is_word_char, word)):
        return False  # no run of word characters
    needle, after = " " + word, len(word) + 1
    i = view.find(needle, 1)  # a space with a character before it
    while i > 0:
        if view[i - 1] in _LOWER_OR_PAUSE and (i + after >= len(view) or not is_word_char(view[i + after])):
            return True  # the whole run of word characters after the space
        i = view.find(needle, i + 1)
    return False


def paragraph_index(paragraphs: list[Span]) -> Callable[[int], int]:
    """A lookup of the paragraph holding a position (-1 before the first), in log time."""
    starts = [p[0] for p in paragraphs]

    def find(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    return find


def _tag_follows(view: str, end: int) -> bool:
    """Does a verb of saying come within four words after a quote's close ('"No," she said')?"""
    words = re.findall(r"[A-Za-z']+", re.split(r"[.!?;:]", view[end : end + 80], maxsplit=1)[0])
    return any(w.lower() in lx.CUE_FORMS for w in words[:4])


# a speech tag right after a quote's close: the verb first, or a subject of a few words before it
# and no clause's opener ('"No," said the mayor', '"No," the deputy mayor said'; not '"Jaws,"
# which opened …, said')
_TAG_AFTER = compiled(
    r"[ \t]*(?:(?!(?:which|who|that|when|where)\b)[\w.'’-]+[ \t]+){0,3}(?:"
    + "|".join(re.escape(f) for f in sorted(lx.CUE_FORMS, key=len, reverse=True))
    + r")\b"
)


def name_like(view: str, span: Span) -> bool:
    """A quoted phrase too short to be anyone's statement: "The 411", "national enterprise
    reporter", "Contract with America" (≤ 6 words with no sentence punctuation inside). Not a
    quote of up to three words that is a sentence of its own, its stop (or the comma before its
    tag) inside the marks and a stop before it in its paragraph ('… she added. "Five."', '… he
    was asked. "Never," she said.'), or one opening its paragraph with the comma before its tag
    inside the marks ('"No," said the mayor, hitting back.'): a short answer, someone's words (a
    paragraph of its own, "'All Hands on Deck.'", is a subheading's label)."""
    inner = view[span[0] : span[1]].strip(" " + ALL_QUOTES)
    tagged = inner[-1:] == "," and _tag_follows(view, span[1])
    before = view[: span[0]].rstrip(" ")[-1:]
    if (
        (inner[-1:] in (".", "!", "?") or tagged)
        and len(inner.split()) <= 3
        and (before in (".", "!", "?") or (tagged and before in ("", "\n") and _TAG_AFTER.match(view, span[1])))
    ):
        return False
    words = inner.split()
    return len(words) <= 6 and not re.search(r"[.!?,;:]", inner.rstrip(".,!?" + ALL_QUOTES + " "))


def is_title_case(view: str, span: Span) -> bool:
    words = [w for w in view[span[0] : span[1]].strip(" " + ALL_QUOTES).split() if w[:1].isalnum()]
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is", "it"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def quote_pieces(view: str, q: QuoteRegion) -> list[Span]:
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


_CLOSING_MARKS = frozenset((".", "!", "?", "…", *ALL_QUOTES))
_LOW = operator.attrgetter("low")
_TEXT = operator.attrgetter("text")


class SentenceScan:
    """One sentence as the sentence patterns read it: its tokens, where its words end, and the
    spans the patterns that ran before claimed (a later pattern keeps clear of them)."""

    def __init__(self, ctx: Context, sent: Sentence, toks: list[Token]) -> None:
        self.ctx = ctx
        self.view = ctx.view
        self.sent = sent
        self.toks = toks
        end_idx = len(toks)
        while end_idx > 0 and toks[end_idx - 1].text in _CLOSING_MARKS:
            end_idx -= 1
        self.end_idx = end_idx
        self.claimed: list[Span] = []
        self.out: list[RawAttribution] = []
        self.lows = list(map(_LOW, toks))
        self.words = set(self.lows)  # a pattern whose words are absent need not look
        self._title_case: bool | None = None
        # "Although Orrin has admitted using the loophole, he does not defend it": a clause put
        # before the main one ends at its comma, and so does what is reported inside it
        self.fronted_end = -1
        if toks[0].low in FRONTED_OPENERS:
            # "If, as Ruiz noted, the levy fails, …": an aside set off right after the opener
            # stands inside the fronted clause, which ends at the comma after it
            aside = next((k for k in range(2, end_idx) if toks[k].text == ","), None) if toks[1].text == "," else 1
            comma = next((k for k in range(aside + 1, end_idx) if toks[k].text == ","), None) if aside else None
            if comma is not None and comma + 1 < end_idx and toks[comma + 1].low in _SECOND_FRONTED:
                # "Once in the spring, when my uncle mentioned it, I laughed": a second fronted
                # clause after the first; what is reported inside it ends at its own comma
                comma = next((k for k in range(comma + 2, end_idx) if toks[k].text == ","), None)
            if comma is not None and _report_before_comma(toks, comma):
                comma = None  # "In May the board announced that Ana Ruiz, its treasurer, would …"
            self.fronted_end = toks[comma].start if comma is not None else -1

    @property
    def title_case(self) -> bool:
        """Is the sentence a headline in title case (most of its longer words capitalised, and
        none of them a lower-case word of content: a headline leaves only its little words
        small, while a sentence thick with names still writes its verb small, as in "Staff at
        Orrin State College walked out", where "State" is a name's word, no verb)?"""
        if self._title_case is None:
            longer = [x for x in map(_TEXT, self.toks) if len(x) > 3 and x[0].isalnum()]
            caps = [x[0] for x in longer]
            self._title_case = (
                len(caps) >= 3
                and sum(map(str.isupper, caps)) / len(caps) > 0.7
                and not any(x[0].islower() and _content_word(x) for x in longer)
            )
        return self._title_case

    def where(self, vocab: AbstractSet[str]) -> list[int]:
        """The indexes of the tokens whose lower-case form is in ``vocab``, in order."""
        hits = self.words.intersection(vocab)
        if not hits:
            return []
        lows = self.lows
        if len(hits) == 1:
            (word,) = hits
            if lows.count(word) == 1:  # the common case: one word, once
                return [lows.index(word)]
        found = []
        for word in hits:  # a few words, each found where it stands
            k = -1
            for _ in range(lows.count(word)):
                k = lows.index(word, k + 1)
                found.append(k)
        found.sort()
        return found

    def free(self, span: Span) -> bool:
        if not self.claimed:
            return self.ctx.free(span)
        return self.ctx.free(span) and all(span[1] <= a or span[0] >= b for a, b in self.claimed)

    def add(
        self, pattern: str, content: Span, speaker: Span | None, cue: Span, lemma: str, *, short_ok: bool = False
    ) -> None:
        """Record what ``pattern`` found, its content trimmed of the writer's comment, a dateline
        and whatever an earlier pattern claimed; too short a content is no attribution."""
        view, fronted_end, claimed = self.view, self.fronted_end, self.claimed
        if ANONYMITY_REQUEST.match(view, cue[0], content[1]):
            return  # "asked not to be named", "spoke on condition of anonymity": no claim
        if cue[1] <= fronted_end < content[1] and content[0] < fronted_end:
            content = (content[0], fronted_end)
        m = _COMMENTARY.search(view, content[0], content[1])
        if m and m.start() - content[0] > 12:
            content = (content[0], m.start())
        other = another_report(view, content[0], content[1])
        if other is not None and other - content[0] > 12:
            content = (content[0], other)  # ", but officials denied …" is their words, not these
        c = trim_content(view, *content)
        dateline = dateline_at(view, c[0], c[1])  # a label in its shape ("UPDATE — ") is no one's words either
        if dateline:
            c = (dateline.span[1], c[1])  # "CORRAN ― Tavish Orrin's …": the place is no one's words
        if not self.free(c):
            # the content runs into another attribution's words: keep what comes before them
            first_taken = self.ctx.taken.first_start_inside(c[0], c[1])
            ahead = [a for a, b in claimed if c[0] < a < c[1]] + ([first_taken] if first_taken is not None else [])
            if not ahead or not self.free((c[0], min(ahead))):
                return
            c = trim_content(view, c[0], min(ahead))
        if c[1] - c[0] < 2:
            return
        if c[1] - c[0] < 6:
            too_short = True
        else:  # fewer than two words, or than three in a title (title case is worked out only then)
            n_words = len(view[c[0] : c[1]].split(None, 2))  # counted up to three, all it needs
            too_short = n_words < 2 or (n_words < 3 and self.title_case)
        if too_short and (not short_ok or self.title_case):
            return  # a stance's object may be a name ("endorses Clinton"); a reported clause is longer
        claimed.append((min(c[0], cue[0], speaker[0] if speaker else c[0]), max(c[1], cue[1])))
        self.out.append(RawAttribution(c, "indirect", speaker, cue, lemma, self.sent.index, pattern=pattern))
