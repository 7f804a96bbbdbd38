"""The indexed lookups that keep the offline model linear in the article's length give the
answers the scans they replaced gave: each is compared with that scan, written out here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.checker import article_facts
from summarizer.checker.numbers import _number_occurs
from summarizer.rules import asides, category_patterns, figure_context
from summarizer.rules.attribution.context import Context
from summarizer.rules.speakers import _word_spans, _WordIndex
from summarizer.text.base import SpanIndex
from summarizer.text.places import _PLACE_RES, _past_last_stop, _suffixed_places, _trim_place, find_places
from summarizer.text.quotes import QuoteRegion
from summarizer.text.segments import _END_RE, _sentence_ends, split_sentences

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=200, deadline=None)
@given(spans, st.integers(0, 80), st.integers(0, 15))
def test_span_index_answers_as_a_scan(items: list[tuple[int, int]], s: int, length: int) -> None:
    index = SpanIndex(items)
    e = s + length
    assert sorted(index.overlapping(s, e)) == sorted(x for x in items if x[0] < e and s < x[1])
    assert index.overlaps(s, e) == any(a < e and s < b for a, b in items)
    assert index.holds(s) == any(a <= s < b for a, b in items)
    assert index.first_start_inside(s, e) == min((a for a, _ in items if s < a < e), default=None)


@settings(max_examples=150, deadline=None)
@given(spans, spans, st.integers(0, 80))
def test_context_lookups_answer_as_a_scan(
    quotes: list[tuple[int, int]], taken: list[tuple[int, int]], pos: int
) -> None:
    view = "It was said. He said so, and then? She did! " * 3
    regions = [QuoteRegion(a, b) for a, b in sorted(quotes)]
    sentences = split_sentences(view)
    ctx = Context(view, sentences, regions)
    ctx.taken = SpanIndex(taken)

    def quote_scan(p: int) -> QuoteRegion | None:
        for q in regions:
            if q.start <= p < q.end:
                return q
            if q.start > p:
                return None
        return None

    def sentence_scan(p: int) -> int:
        for s in sentences:
            if s.start <= p < s.end:
                return s.index
            if s.start > p:
                return max(0, s.index - 1)
        return sentences[-1].index if sentences else 0

    assert ctx.inside_quote(pos) is quote_scan(pos)
    assert ctx.sentence_at(pos) == sentence_scan(pos)
    assert ctx.free((pos, pos + 5)) == all(pos + 5 <= a or pos >= b for a, b in taken)


def _category_scan(clause: str, noun: str | None, at: int) -> str:
    """The scan of every category word that figure_context._Clause.category replaced. Which harm
    word can be a count's fate at all ("argued with two men and was shot": the subject's harm, not
    theirs) is _Clause._distance's grammar, asked here word by word; what is scanned is the
    nearest word, which _Clause finds by bisection."""
    fate = figure_context._Clause(clause)
    projectile = noun is not None and (
        noun in figure_context.iw.PROJECTILES or noun.rstrip("s") in figure_context.iw.PROJECTILES
    )
    best: tuple[float, str] | None = None
    for name, pattern in category_patterns.CATEGORY_RES:
        if name in ("damaged", "killed") and projectile:
            continue
        if name == "launched" and noun is not None and not projectile:
            continue
        if (
            name == "intercepted"
            and not projectile
            and re.search(r"\bdestroy", clause, re.I)
            and not re.search(r"intercept|shot down|downed|neutrali", clause, re.I)
        ):
            continue
        for m in pattern.finditer(clause):
            if name in ("killed", "injured") and (
                figure_context._NEGATED_BEFORE.search(clause, max(0, m.start() - 12), m.start())
                or fate._distance(name, m.start(), m.end(), at) is None
            ):
                continue
            distance = m.start() - at if m.start() >= at else (at - m.end()) * 1.5 + 5
            if m.start() >= at and "," not in clause[at : m.start()] and distance <= 25:
                distance -= 100
            if (
                name in ("killed", "injured")
                and distance > 60
                and not (distance < 140 and asides.RELATIVE_THEN_VERB.search(clause, at, m.start() + 1))
            ):
                continue
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else "other"


_WORDS = ["12", "people", "were", "killed", "not", "hurt", "and", "injured", "who", "was", "shot", "missing",
          "arrested", "drones", "destroyed", "intercepted", "fired", "damaged", ",", "the", "men", "in", "town",
          "wounded", "dead", "filler text here", "a long stretch of words that says nothing at all"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.data())
def test_clause_category_is_the_nearest_word_as_a_scan_finds(words: list[str], data: st.DataObject) -> None:
    clause = " ".join(words)
    at = data.draw(st.integers(0, len(clause)))
    noun = data.draw(st.sampled_from([None, "people", "drones", "men", "buildings"]))
    assert figure_context._Clause(clause).category(noun, at) == _category_scan(clause, noun, at)


def _places_scan(view: str) -> list[tuple[str, tuple[int, int]]]:
    found: dict[tuple[int, int], str] = {}
    for pattern in _PLACE_RES:
        for m in pattern.finditer(view):
            name, s = _trim_place(" ".join(m.group("p").split()), m.start("p"))
            if not name or view[s : s + len(name)] != name:
                continue
            span = (s, s + len(name))
            if any(a <= span[0] and span[1] <= b for a, b in found):
                continue
            for other in [k for k in found if span[0] <= k[0] and k[1] <= span[1]]:
                del found[other]
            found[span] = name
    return [(n, s) for s, n in sorted(found.items())]


@pytest.mark.parametrize(
    "view",
    [
        "Drones were downed over Kursk and Novgorod regions, in the Moscow Region and near Lisk.",
        "Officials in Doria said six fell over Belgorod Oblast; two over Leningrad Oblast and Tver.",
        "In Merrow, police in the city of Port Alden said residents of New Carlow fled to Osk.",
    ],
)
def test_find_places_as_a_scan(view: str) -> None:
    assert [(p.name, p.span) for p in find_places(view, 0, len(view))] == _places_scan(view)


@pytest.mark.parametrize(
    ("text", "word", "hyphen", "casefold"),
    [
        ("Ortiz said. Lena Ortiz's team. Ortizes. Anti-Ortiz. ortiz", "Ortiz", False, False),
        ("Ortiz said. Lena Ortiz's team. Ortizes. Anti-Ortiz. ortiz", "Ortiz", True, False),
        ("ACME Group said. Acme group. acme's", "Acme", False, True),
        ("O'Brien met O'Brien-Smith and OO'Brien.", "O'Brien", False, False),
        ("Lena Ortiz and Lena  Ortiz and Lena Ortiz", "Lena Ortiz", False, False),
        ("Adler said Ana met Ana Brandt; Ana Adler's and Ana Adler.", "Ana Adler", False, False),  # rarest word
        ("Adler. Ana Adler-Brandt, ana adler", "Ana Adler", True, True),
        ("İstanbul Group said. istanbul", "istanbul", False, True),  # lower() changes the length
        ("(Reuters) said (Reuters)", "(Reuters)", False, False),  # a needle that opens with no word
    ],
)
def test_word_index_finds_what_a_scan_finds(text: str, word: str, hyphen: bool, casefold: bool) -> None:
    index = _WordIndex(text, casefold=casefold)
    assert index.spans(word, hyphen=hyphen) == _word_spans(text, word, hyphen=hyphen, casefold=casefold)


@pytest.mark.parametrize("at", [None, (0, 2), (4, 9), (10, 12), (13, 13), (30, 40), (45, 47), (60, 70)])
@pytest.mark.parametrize("qualifier", [None, "exact", "range", "at_least", "about"])
@pytest.mark.parametrize("value", [12.0, 20.0, 7.0])
def test_number_occurrences_as_a_scan(value: float, qualifier: str | None, at: tuple[int, int] | None) -> None:
    facts = article_facts("12 men, 12 to 20 women and at least 12 more; about 20 in all, 12 again.")
    found = [n for n in facts.numbers if n.value == value]
    if at is not None:
        here = [n for n in found if n.span[0] <= at[0] < n.span[1] or at[0] <= n.span[0] < at[1]]
        found = here or found
    expected = (
        (False, False) if not found else (True, qualifier is None or any(n.qualifier == qualifier for n in found))
    )
    assert _number_occurs(value, qualifier, facts, at) == expected


_PLACE_WORDS = ["Kursk", "Region", "Regions", "Region's", "Region,", "of", "on", "only", "del", "de", "Santiago", "Estero",
                "Province", "the", "The", "in", "Oblast", "Oblast-based", "City", "mcDonald", "County.", "\n", "upon", "x"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=25))
def test_suffixed_places_as_the_pattern_finds_them(words: list[str]) -> None:
    view = " ".join(words)
    found = [(m.group("p"), m.start("p")) for m in _suffixed_places(view, 0, len(view))]
    assert found == [(m.group("p"), m.start("p")) for m in _PLACE_RES[0].finditer(view, 0, len(view))]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=".!?…\"'”’»)]a A\n\u00a0", max_size=40), st.data())
def test_sentence_ends_as_the_pattern_finds_them(view: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    assert list(_sentence_ends(view, start, end)) == [m.span() for m in _END_RE.finditer(view, start, end)]


_STOPPED_PLACE_WORDS = ["Kursk", "Region", "Oblast", "of", "on", "the", "in", "Santiago", "del", "Estero", "Province",
                        "x", ".", ",", "“", "(", ")", "-", "’", "\n", "Oblast.", "Region,", "(Kursk", "Tver."]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STOPPED_PLACE_WORDS), min_size=1, max_size=30), st.data())
def test_suffixed_places_read_from_past_a_stop_are_the_patterns_own(words: list[str], data: st.DataObject) -> None:
    """Runs of capitalised words are looked for only near a suffix, from past the last
    character no run holds: within any bounds, the pattern's own matches."""
    view = data.draw(st.sampled_from([" ", ""])).join(words)
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    found = [(m.group("p"), m.span("p")) for m in _suffixed_places(view, start, end)]
    assert found == [(m.group("p"), m.span("p")) for m in _PLACE_RES[0].finditer(view, start, end)]


@pytest.mark.parametrize("run", [20, 200, 2000])
def test_past_the_last_stop_however_far_before(run: int) -> None:
    view = "x. (Kursk " + "Ab " * run + "Oblast, and " + "y " * run + "Region"
    for end in (len(view), len(view) - 8, 12, 3):
        naive = max((i + 1 for i in range(end) if not (view[i].isalnum() or view[i] in " '’-")), default=0)
        assert _past_last_stop(view, 0, end) == naive
        assert _past_last_stop(view, 5, end) == max(naive, 5)
    found = [m.span("p") for m in _suffixed_places(view, 0, len(view))]
    assert found == [m.span("p") for m in _PLACE_RES[0].finditer(view)]
    assert [view[a:b] for a, b in found] == ["Kursk " + "Ab " * run + "Oblast"]


# words and the spaces between them, as the window before a run of capitals holds them
_BEFORE_RUN = st.lists(
    st.sampled_from(["the", "Council", "leader", "U.S.", "(former", "Sen.", "of", "x", "—", "“", "48", "it’s", "a-b"])
    | st.text(alphabet="ab.’ \t\n", max_size=6),
    max_size=14,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_BEFORE_RUN, st.sampled_from([" ", "  ", "\t", "\n", " \n ", ""]), st.integers(0, 50))
def test_last_words_before_a_run_as_the_window_search(words: str, gap: str, lead: int) -> None:
    from summarizer.rules.name_runs import _LAST_WORDS, _last_words

    view = "y" * lead + words + gap + "Ana Lusk said"
    end = len(view) - len("Ana Lusk said")
    found, scanned = _last_words(view, end), _LAST_WORDS.search(view, max(0, end - 40), end)
    assert (found and (found.span(), found.groups())) == (scanned and (scanned.span(), scanned.groups()))


@pytest.mark.parametrize(
    "view",
    [
        "Asked about the fee, Okafor said he would not pay. “It is too high,” he said.",
        "When asked about it, Lusk said she had no comment.",
        "Okafor said he would not pay. The fee is too high, he told the council.",  # no "sked": none
        "",
    ],
)
def test_asked_subjects_skip_a_text_with_no_asked(view: str) -> None:
    from summarizer.rules.asked_subjects import _ASKED, asked_subjects

    found = asked_subjects(view)
    assert found == [] or _ASKED.search(view) is not None
    if "sked" not in view:
        assert _ASKED.search(view) is None and found == []
