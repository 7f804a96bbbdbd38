"""The first-character guard (text/regex.py): it is derived from the parsed pattern, it leaves a
pattern it cannot bound as it is, and a guarded pattern finds exactly what the plain one finds."""

from __future__ import annotations

import random
import re

import pytest

from summarizer.text.base import lower_pattern, lower_word_starts
from summarizer.text.implicit_counts import VICTIM_NOUN_LIST, VICTIM_NOUNS
from summarizer.text.incident_types import ALL_INCIDENT_TYPES, LOWER_INCIDENT_TYPES
from summarizer.text.parsed_patterns import _Unbuilt
from summarizer.text.prefilters import Prefiltered, literal_prefixes
from summarizer.text.regex import WordStartPattern, after_boundary, first_characters, guarded, word_alternation
from summarizer.text.scans import WordStarts, digit_positions, digit_run_starts, prefix_groups


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\b(?:over|in|near)\s+", "ino"),
        (r"\d|\b(?:two|ten)\b", r"\dt"),
        (r"(?P<iso>\d{4})|(?:last\s+)?(?:monday|friday)", r"\dflm"),
        (r"[a-c]x|y", "abcy"),
        (r"(?:at\s+)?least", "al"),  # an optional opening: the next item's first characters count too
    ],
)
def test_first_characters_are_read_from_the_parsed_pattern(pattern: str, first: str) -> None:
    assert first_characters(pattern) == first


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # any word character: no small class
        r"[^\W\d_]+",  # a negated class
        r"a?",  # may match the empty string: a guard would lose the empty matches
        r"(?i)abc",  # global inline flags must stay first
        r"(?i:ab)c",  # case ignored inside only: the guard would not ignore it
        r".x",
        "|".join(chr(c) for c in range(ord("a"), ord("a") + 45)),  # too many first characters to help
    ],
)
def test_a_pattern_that_cannot_be_bounded_is_left_as_it_is(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert guarded(pattern).pattern == pattern


def _texts() -> list[str]:
    rng = random.Random(7)
    words = [
        "the", "ministry", "said", "two", "drones", "were", "shot", "down", "over", "Kursk", "Region", "in",
        "May", "12", "1,200", "on", "Monday", "last", "night", "could", "not", "be", "verified", "at", "least",
        "killed", "injured", "fire", "collapse", "flood", "a", "dozen", "hospital", "March", "2024-05-01",
    ]  # fmt: skip
    seps = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "'"]
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(5, 60))) for _ in range(300)]


def test_a_guarded_pattern_finds_what_the_plain_one_finds() -> None:
    """On the incident lexicon's patterns (lower-cased, as the offline model runs them) and the
    number-start pattern: same spans, same groups, on many generated texts."""
    patterns = [p.pattern for _, _, p in ALL_INCIDENT_TYPES]
    patterns += [r"\d|\b(?:half(?= a dozen)|a(?= dozen)|two|twelve|ten)\b", r"\b(?:over|in|near)\s+(?P<p>[A-Z]\w+)"]
    guarded_any = False
    for source in patterns:
        plain = re.compile(source.lower() if "(?P<" not in source else source)
        fast = guarded(plain.pattern)
        guarded_any = guarded_any or fast.pattern != plain.pattern
        for text in _texts():
            for view in (text, text.lower()):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(view)] == [
                    (m.span(), m.groupdict()) for m in plain.finditer(view)
                ], source
    assert guarded_any


def test_lower_pattern_is_guarded() -> None:
    compiled = lower_pattern(r"\b(?:Killed|shot)\b")
    assert compiled.pattern.startswith("(?=[")
    assert [m.group() for m in compiled.finditer("two were killed, one shot")] == ["killed", "shot"]


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (r"\b(?:drones?|uavs?)\b[^.]{0,80}", {"drone", "uav"}),
        (r"shot (?:and killed|dead)|neutrali[sz]\w*", {"shot and killed", "shot dead", "neutralis", "neutraliz"}),
        (r"\bfired\s+at", {"fired"}),  # a run of spaces ends the literal part
        (r"(?:killed|kill)s?", {"kill"}),  # "kill" opens "killed": one is enough
    ],
)
def test_literal_prefixes_are_read_from_the_parsed_pattern(pattern: str, prefixes: set[str]) -> None:
    found = literal_prefixes(pattern)
    assert found is not None and set(found) == prefixes


@pytest.mark.parametrize(("pattern", "flags"), [(r"\w+ed", 0), (r"\d+", 0), (r"a?b?", 0), (r"killed", re.IGNORECASE)])
def test_no_literal_prefixes_where_a_match_may_open_otherwise(pattern: str, flags: int) -> None:
    assert literal_prefixes(pattern, flags) is None


def test_a_prefiltered_pattern_finds_what_the_plain_one_finds() -> None:
    """From any start and to any end: the same matches as the pattern's own finditer and search,
    on the incident lexicon's patterns over many generated texts."""
    rng = random.Random(11)
    for _, _, scanner in LOWER_INCIDENT_TYPES:
        assert isinstance(scanner, Prefiltered)
        plain = scanner.pattern
        for text in _texts():
            view = text.lower()
            pos = rng.randint(0, len(view))
            end = rng.randint(pos, len(view))
            for a, b in ((0, None), (pos, end)):
                expected_spans = [m.span() for m in plain.finditer(view, a, len(view) if b is None else b)]
                assert [m.span() for m in scanner.finditer(view, a, b)] == expected_spans
                assert [m.span() for m in scanner.finditer_at_prefixes(view, a, b)] == expected_spans
                found, expected = scanner.search(view, a, b), plain.search(view, a, len(view) if b is None else b)
                assert (found and found.span()) == (expected and expected.span())
    assert sum(s.prefixes is not None for _, _, s in LOWER_INCIDENT_TYPES) >= len(LOWER_INCIDENT_TYPES) - 2


def test_the_checkers_word_set_is_the_word_patterns() -> None:
    """facts.distinct_words (and stems_of) split on ASCII marks first and send only odd runs through
    the pattern: the same set as the pattern, with apostrophes, hyphens, digits, "_" and marks and
    digits of other scripts in the words."""
    from summarizer.checker.facts import _WORD, distinct_words, stem, stems_of

    rng = random.Random(5)
    alphabet = list("ab'’-_1٣ é—“”.\n\tßİ€xY\ud800")  # a lone surrogate too: the UTF-8 trip keeps it
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["Russia's drone-strike, 'quoted' rock'n'roll 12th x_y café—naïve ٣٣ İstanbul"]
    for text in texts:
        assert distinct_words(text) == frozenset(_WORD.findall(text)), text
        assert stems_of(text) == frozenset(map(stem, _WORD.findall(text))), text  # (a window's stems)


def test_the_checkers_word_facts_are_the_word_patterns() -> None:
    """The article's words (case-folded, a possessive 's cut) and its lower-case words, found
    from the two word sets, are what the pattern's words give taken one by one."""
    from summarizer.checker.facts import _WORD, article_facts, possessive

    rng = random.Random(11)
    alphabet = list("ab's'’S-_1٣ é—“”.\n\tßİﬁ€xY")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    texts += ["Orla's and ORLA’S drone-strike, the Mayor’s rock'n'roll İstanbul's café"]
    for text in texts:
        facts = article_facts.__wrapped__(text)
        found = _WORD.findall(facts.norm)
        assert facts.words == frozenset(possessive(w.casefold()) for w in found), text
        assert facts.lower_words == frozenset(w for w in found if w[0].islower()), text


def test_the_checkers_plain_words_are_the_words_taken_one_by_one() -> None:
    """facts.plain_words makes the words distinct before it tests them, and cuts a possessive
    only when a word has an apostrophe: the same words, in the same order, as each word
    case-folded, its possessive cut and tested in turn."""
    from summarizer.checker.facts import NOT_CONTENT, plain_words, possessive, words_of

    def one_by_one(text: str) -> tuple[str, ...]:
        words = (possessive(w.casefold()) for w in words_of(text))
        return tuple(dict.fromkeys(w for w in words if len(w) >= 3 and w not in NOT_CONTENT and w.isalpha()))

    rng = random.Random(7)
    alphabet = [*"abcS's'’ -ßİﬁ.ΣxYz", "Reyes", "the", "Killed", "ʼ", "‘", "said"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += ["Mayor Reyes's office and Reyes said the REYES’S plan killed nothing"]
    for text in texts:
        assert plain_words.__wrapped__(text) == one_by_one(text), text


def _assert_word_starts_as_the_alternation(words: list[str], vocab: list[str], seed: int) -> None:
    """From any start to any end of generated text, the end read as the text's end as a
    pattern's endpos is: the same starts as the regex of the words."""
    finder = WordStarts(words)
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    rng = random.Random(seed)
    for _ in range(800):
        text = "".join(rng.choice(vocab) + rng.choice(["", " ", "-", "."]) for _ in range(rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        for a, b in ((0, len(text)), (pos, end)):
            expected = sorted({m.start() for m in plain.finditer(text, a, b)})
            assert finder.positions(text, a, b) == expected, (text, a, b)


def test_word_starts_finds_what_the_word_alternation_finds() -> None:
    """Whole words at word boundaries, the same starts as the regex."""
    _assert_word_starts_as_the_alternation(
        ["one", "two", "ten", "twenty", "eleven", "a dozen"],
        ["one", "twenty", "someone", "often", "ten", "tens", "_ten", "ten_", "a", "dozen", "half", "x1",
         "é", "twoé", "eleven-two", "twenty-one", "  ", ",", "\n", "ones", "ton"],
        5,
    )  # fmt: skip
    with pytest.raises(ValueError):
        WordStarts(["-one"])


def test_words_that_open_alike_are_found_by_one_scan() -> None:
    """Words sharing their first three characters form one group, led by the prefix they all
    share; a word listed twice stays twice."""
    groups = dict(prefix_groups(["seven", "seventy", "sept", "september", "on", "one", "on"]))
    assert groups == {"seven": ("seven", "seventy"), "sept": ("sept", "september"), "on": ("on", "on"), "one": ("one",)}


def test_word_starts_finds_grouped_words_as_the_alternation_does() -> None:
    """Words whose group shares a prefix (one scan finds them all): the same starts as the
    regex, a longer word of the group found where a shorter one is too, or alone."""
    _assert_word_starts_as_the_alternation(
        ["seven", "seventeen", "seventy", "sep", "sept", "september", "on", "one", "this", "thirty"],
        ["seven", "seventh", "seventy", "sevens", "septet", "sept", "september", "sep", "on", "one", "once",
         "this", "thirty", "thirst", "_on", "é", "x", "-", "  "],
        7,
    )  # fmt: skip


def test_a_prefiltered_pattern_with_prefixes_that_open_alike_finds_what_the_plain_one_finds() -> None:
    """Prefixes sharing their first characters are looked for by one scan, stopped at the first
    found so far: from any start to any end, the same first match and matches as the pattern."""
    plain = re.compile(r"shot dead|shot and killed|shooting|neutrali[sz]ed|seventy|seventeen|sev\b")
    scanner = Prefiltered(plain)
    assert scanner.groups is not None and len(scanner.groups) < len(scanner.prefixes or ())
    rng = random.Random(13)
    vocab = ["shot", "dead", "and", "killed", "shooting", "shoot", "neutralised", "neutralized", "neutral",
             "seventy", "seventeen", "seven", "sev", "x", " ", "."]  # fmt: skip
    for _ in range(1500):
        text = "".join(rng.choice(vocab) + rng.choice(["", " "]) for _ in range(rng.randint(0, 10)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        found, expected = scanner.search(text, pos, end), plain.search(text, pos, end)
        assert (found and found.span()) == (expected and expected.span()), (text, pos, end)
        expected_spans = [m.span() for m in plain.finditer(text, pos, end)]
        assert [m.span() for m in scanner.finditer(text, pos, end)] == expected_spans, (text, pos, end)
        # tried only where a prefix occurs: a prefix inside another's match is passed over
        assert [m.span() for m in scanner.finditer_at_prefixes(text, pos, end)] == expected_spans, (text, pos, end)


def test_a_prefiltered_pattern_starts_where_its_first_prefix_occurs() -> None:
    """The scan starts exactly at the first place any prefix occurs whole before the end, prefixes
    overlapping one another and sharing their first characters included."""
    scanner = Prefiltered(re.compile(r"abcab|abcba|bcab|bcaa|cabb|ca\b|aab"))
    prefixes = scanner.prefixes or ()
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        found = [i for i in (text.find(p, pos, end) for p in prefixes) if i >= 0]
        assert scanner._first(text, pos, end) == (min(found) if found else -1), (text, pos, end)


@pytest.mark.parametrize(
    "body",
    [
        r"(?:over|in|near)\s+(?P<p>[A-Z]\w+)",
        r"it['’]s|(?:has|is)(?:\s+not)?|an(?=\s+open)|one\b",
        r"(?:the|this)\s+(?:claims?|report)\b",
        r"(?<=\s)is\s+\w+|é?a",  # a lookbehind in the body; a body that may open with no ASCII letter
    ],
)
def test_a_word_start_pattern_finds_what_the_word_boundary_pattern_finds(body: str) -> None:
    """Same matches (spans, groups), from any start to any end, with letters of other scripts,
    apostrophes and hyphens next to the words."""
    if body.startswith("(?<="):
        with pytest.raises(ValueError):
            WordStartPattern(body)
        body = body.split("|")[0]
    fast = WordStartPattern(body)
    plain = re.compile(rf"\b(?:{body})")
    rng = random.Random(11)
    pieces = ["over", "in", "near", "Kursk", "it's", "it’s", "has", "is", "not", "an", "open", "one", "the",
              "claims", "report", "éin", "İs", "_is", "1in", "-", "'", "’", " ", " ", "\n", ".", "é", "x"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        for a, b in ((0, len(text)), (pos, end)):
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text, a, b)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text, a, b)] == expected, (text, a, b)
            found, first = fast.search(text, a, b), plain.search(text, a, b)
            assert (found and found.span()) == (first and first.span())


def test_lower_word_starts_finds_what_the_lower_case_alternation_finds() -> None:
    """The claim-qualifier patterns of rules/contested_claims.py, lower-cased, as one word-start pattern:
    the same matches as their alternation on generated sentences."""
    from summarizer.rules import contested_claims

    sources = [
        contested_claims._CONTEST_RE.pattern,
        contested_claims._DENY_RE.pattern,
        contested_claims._ANAPHOR_DETERMINED,
    ]
    fast = lower_word_starts(*sources)
    plain = lower_pattern("|".join(f"(?:{p})" for p in sources))
    rng = random.Random(5)
    words = ["the", "claim", "report", "this", "has", "been", "met", "with", "deep", "skepticism", "denied",
             "disputed", "questioned", "accuracy", "false", "undenied", "x", "é", "-", "’", ",", "\n"]  # fmt: skip
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("pattern", [r"\ba|b", r"a\b", r"(?:\ba)", r"\Ba"])
def test_only_a_word_boundary_before_the_whole_pattern_is_taken_off(pattern: str) -> None:
    with pytest.raises(ValueError):
        after_boundary(pattern)
    assert after_boundary(r"\b(?:a|b)\b") == r"(?:a|b)\b"


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        ("shot|kill|dead", False),  # literals: the engine skips to their first characters itself
        ("(?:over|in|near)", False),
        ("drone", False),
        ("[ab]x|[ab]y", False),
        (r"\b(?:shot|kill)", True),  # a word boundary first: the engine tries every position
        (r"(?:a|bc)|d", True),
        # anchored at the text's start: the engine tries the start alone (a guard: every position)
        (r"^(?:two\s+)?the\b", False),
        (r"^(?:two|the)$", False),
        (r"(?:^two\b|^the\b)", False),  # every branch anchored: the parser hoists the "^"
        (r"\A\s*(?:two|the)\b", False),
        (r"^two\b|\bthe\b", True),  # near miss: one branch unanchored
        (r"\s*^(?:two|the)\b", True),  # near miss: the anchor not first
    ],
)
def test_a_pattern_the_engine_skips_to_by_itself_is_not_guarded(pattern: str, guard: bool) -> None:
    compiled = guarded(pattern)
    assert compiled.pattern.startswith("(?=[") is guard
    for text in _texts()[:50]:
        for pos in (0, 3):
            assert [m.span() for m in compiled.finditer(text, pos)] == [
                m.span() for m in re.compile(pattern).finditer(text, pos)
            ]
        assert (compiled.search(text) is None) is (re.search(pattern, text) is None)


def test_a_start_of_every_line_is_guarded() -> None:
    """Near miss of the anchored pattern: with MULTILINE, "^" matches after every line break."""
    compiled = guarded(r"^(?:two\s+)?the\b", re.MULTILINE)
    assert compiled.pattern.startswith("(?=[")
    for text in _texts()[:50]:
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in re.finditer(r"^(?:two\s+)?the\b", text, re.MULTILINE)
        ]


@pytest.mark.parametrize(
    ("pattern", "flags", "compiled_as"),
    [
        (r"\b(?:over|in|near)\s+(?P<p>[A-Z]\w+)", 0, r"(?=[ino])(?:\b(?:over|in|near)\s+(?P<p>[A-Z]\w+))"),
        (r"\b(?P<w>two|ten)\s+(?P=w)\b", re.IGNORECASE, r"(?=[t])(?:\b(?P<w>two|ten)\s+(?P=w)\b)"),
        (r"(?<=\s)\b(?:shot|kill)", 0, r"(?=[ks])(?:(?<=\s)\b(?:shot|kill))"),
        ("shot|kill|dead", 0, "shot|kill|dead"),  # the engine skips to these by itself: no guard
        (r"\w+ed", re.IGNORECASE, r"\w+ed"),  # unbounded: no guard
        (r"(?x) \b (?: one | two ) # words", 0, r"(?x) \b (?: one | two ) # words"),  # inline flags
    ],
)
def test_a_guarded_pattern_is_compiled_as_the_re_module_compiles_its_text(
    pattern: str, flags: int, compiled_as: str
) -> None:
    """The guard is compiled from the pattern's one parse: the same compiled pattern (text,
    flags, code) as ``re.compile`` of the guarded text, groups and back-references included."""
    compiled = guarded(pattern, flags)
    assert compiled.pattern == compiled_as
    assert compiled == re.compile(compiled_as, flags)
    assert compiled.groupindex == re.compile(compiled_as, flags).groupindex


def test_a_word_start_pattern_is_compiled_as_the_re_module_compiles_its_text() -> None:
    """Both of its patterns come from one parse of the body: each the same compiled pattern as
    ``re.compile`` of its text."""
    fast = WordStartPattern(r"(?:over|in|near)\s+(?P<p>[A-Z]\w+)")
    assert fast.pattern == re.compile(fast.pattern.pattern)
    assert fast._after == re.compile(fast._after.pattern)


def _patterns_in(value: object, depth: int = 0) -> list[re.Pattern[str]]:
    """The compiled patterns a module-level value holds: itself, or in its items, or in the
    attributes of the objects that wrap patterns (a few levels deep)."""
    if isinstance(value, (re.Pattern, _Unbuilt)):  # read from the pattern store, made when first run
        return [value] if isinstance(value.pattern, str) else []  # type: ignore[list-item]
    if depth > 3:
        return []
    if isinstance(value, dict):
        items: list[object] = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    elif isinstance(value, (Prefiltered, WordStartPattern)):
        items = [getattr(value, name) for name in value.__slots__]
    else:
        return []
    return [p for item in items for p in _patterns_in(item, depth + 1)]


def test_every_pattern_the_package_compiles_is_what_re_compile_gives() -> None:
    """The offline model and the checker loaded and run once: each compiled pattern the
    package's modules hold (its text, flags and code) equals ``re.compile`` of its text, however
    it was compiled (guarded, from its parse, read from the pattern store)."""
    import sys

    from summarizer import summarize

    summarize("Two drones were shot down over Norvik on Monday, officials said. A man was wounded.", model="rules")
    patterns = [
        p
        for name, module in list(sys.modules.items())
        if name.startswith("summarizer.")
        for value in list(vars(module).values())
        for p in _patterns_in(value)
    ]
    assert len(patterns) > 300
    assert [p.pattern for p in patterns if p != re.compile(p.pattern, p.flags)] == []


def test_digits_are_found_where_the_digit_class_finds_them() -> None:
    """ASCII digits by str.find, those of other scripts (Arabic-Indic, Devanagari, full-width)
    by their own pattern: the same places as ``\\d``, from any start to any end; not the
    superscripts and fractions, which are no decimal digits."""
    digit, run = re.compile(r"\d"), re.compile(r"\d+")
    alphabet = [*"0123456789ab _.,-’é", "\u0663", "\u0967", "\uff15", "\u00b2", "\u00bd", "\u2463", "x1"]
    rng = random.Random(19)
    for k in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        text = text.encode("ascii", "ignore").decode() if k % 3 == 0 else text  # ASCII texts too
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        assert digit_positions(text, pos, end) == [m.start() for m in digit.finditer(text, pos, end)], text
        assert digit_run_starts(text, pos, end) == [
            m.start()
            for m in run.finditer(text, pos, end)
            if m.start() == 0 or not re.match(r"\w", text[m.start() - 1])
        ], text
    # every decimal digit (what \d matches) outside ASCII is at or above U+0660
    assert all(not chr(c).isdecimal() for c in range(128, 0x660))


@pytest.mark.parametrize(
    ("words", "alternation"),
    [
        (["cat", "dog"], "cat|dog"),
        (["lamp", "ladder", "dog"], "la(?:mp|dder)|dog"),
        (["pot", "potter", "pottery"], "pot(?:|ter(?:|y))"),  # a word ending where others go on keeps its place
        (["potter", "pot"], "pot(?:ter|)"),
        (["ab", "a", "abc"], "a(?:b||bc)"),  # the shorter word stays between the two it came between
        (["sailor", "sail boat"], "sail(?:or| boat)"),
        (["café", "cafés"], "café(?:|s)"),
        (["spoon", "spoon"], "spoon(?:|)"),  # listed twice, tried twice, as in the plain alternation
    ],
)
def test_a_word_alternation_writes_shared_beginnings_once(words: list[str], alternation: str) -> None:
    assert word_alternation(words) == alternation


@pytest.mark.parametrize("words", [["cat", ""], ["ca?t"], ["a(b)"], ["c.t"], ["two words "], ["r2d2"]])
def test_a_word_alternation_takes_only_plain_words(words: list[str]) -> None:
    with pytest.raises(ValueError):
        word_alternation(words)


def test_a_word_alternation_matches_what_the_plain_alternation_matches() -> None:
    """The same spans and the same words preferred, whatever follows the alternation: a word
    boundary, a plural "s" or none, the end of the text, case ignored or not."""
    words = VICTIM_NOUN_LIST.split("|")
    plain = "|".join(words)
    rng = random.Random(7)
    pieces = [*rng.sample(words, 40), "man", "manager", "ager", "s", "e", "2", " ", "-", "é", " guard", "fianc"]
    for shape in (r"(?:{})", r"\b(?:{})\b", r"(?P<w>{})s?", r"(?:{})s", r"(?:{})$", r"(?:{})(?:ager|s)?x"):
        for flags in (0, re.IGNORECASE):
            old, new = re.compile(shape.format(plain), flags), re.compile(shape.format(VICTIM_NOUNS), flags)
            for _ in range(400):
                text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
                text = text.title() if rng.random() < 0.2 else text
                assert [m.group() for m in new.finditer(text)] == [m.group() for m in old.finditer(text)], text
