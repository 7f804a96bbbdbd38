"""The pattern store (text/pattern_store.py): compiled patterns read back in the next process are
the ones ``re.compile`` gives; a store of another Python, a damaged one or one that cannot be
written is no failure; nothing is written when Python writes no bytecode."""

from __future__ import annotations

import copy
import marshal
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.text import parsed_patterns, pattern_store, prefilters, regex
from summarizer.text.parsed_patterns import _Unbuilt
from summarizer.text.pattern_store import PatternStore
from summarizer.text.prefilters import literal_prefixes
from summarizer.text.regex import WordStartPattern, after_boundary, compiled, guarded

HEADER = (1, "test", 1)


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store is written as bytecode is: say Python writes it, whatever the shell says; and
    whatever the time the entries took to make."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(pattern_store, "MIN_MAKING_S", 0.0)


def _never() -> object:
    raise AssertionError("made again, not read from the store")


def test_an_entry_made_in_one_process_is_read_in_the_next(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.marshal")
    first = PatternStore(path, HEADER)
    assert first.recall(("compile", "a+", 0), lambda: ("made", 1)) == ("made", 1)
    assert first.recall(("compile", "a+", 0), _never) == ("made", 1)  # kept in the process
    first.save()
    assert PatternStore(path, HEADER).recall(("compile", "a+", 0), _never) == ("made", 1)


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty
        b"\x00garbage\xff",  # not marshal data
        marshal.dumps(((1, "other python", 1), 1, {("compile", "a+", 0): ("stale", 0)}, {})),  # another Python's
        marshal.dumps(["not", "a", "store"]),
        marshal.dumps((HEADER, 1, {("compile", "a+", 0): ("kept", 2)}, {}))[:-3],  # cut short
    ],
)
def test_a_store_of_another_python_or_damaged_is_not_read_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    store = PatternStore(str(path), HEADER)
    assert store.recall(("compile", "a+", 0), lambda: ("made", 1)) == ("made", 1)
    store.save()
    assert PatternStore(str(path), HEADER).recall(("compile", "a+", 0), _never) == ("made", 1)


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = PatternStore(str(tmp_path / "patterns.marshal"), HEADER)
    store.recall(("compile", "a+", 0), lambda: ("made", 1))
    store.save()
    assert not (tmp_path / "patterns.marshal").exists()


def test_a_store_that_cannot_be_written_is_no_failure(tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("")
    store = PatternStore(str(tmp_path / "a file" / "patterns.marshal"), HEADER)  # its folder is a file
    assert store.recall(("compile", "a+", 0), lambda: ("made", 1)) == ("made", 1)
    store.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


def test_entries_another_process_wrote_meanwhile_are_kept(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.marshal")
    one, two = PatternStore(path, HEADER), PatternStore(path, HEADER)
    one.recall(("compile", "a+", 0), lambda: ("one", 1))
    two.recall(("compile", "b+", 0), lambda: ("two", 2))
    one.save()
    two.save()
    again = PatternStore(path, HEADER)
    assert again.recall(("compile", "a+", 0), _never) == ("one", 1)
    assert again.recall(("compile", "b+", 0), _never) == ("two", 2)


def test_an_entry_no_process_asked_for_in_a_number_of_writes_is_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern whose text differs from run to run (made from a set's order) adds an entry to
    each write: the store keeps those of the last writes only, and what every run asks for."""
    monkeypatch.setattr(pattern_store, "KEEP_WRITES", 3)
    path = str(tmp_path / "patterns.marshal")
    for run in range(6):
        store = PatternStore(path, HEADER)
        store.recall(("compile", "kept", 0), lambda: "every run")
        store.recall(("compile", f"variant {run}", 0), lambda: "this run")
        store.save()
    _, writes, entries, _ = _read(Path(path))
    assert writes == 6
    assert sorted(k[1] for k in entries) == ["kept", "variant 3", "variant 4", "variant 5"]


def test_a_process_that_made_its_entries_in_no_time_writes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rewriting the store would cost more than making them again in the next process."""
    monkeypatch.setattr(pattern_store, "MIN_MAKING_S", 60.0)
    monkeypatch.setattr(pattern_store, "MIN_ENTRY_S", 60.0)
    store = PatternStore(str(tmp_path / "patterns.marshal"), HEADER)
    store.recall(("compile", "a+", 0), lambda: "made")
    store.save()
    assert not (tmp_path / "patterns.marshal").exists()


def test_one_entry_that_took_a_while_alone_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written before a large pattern was added lacks it: a process that makes it writes
    it, though all it made took less than the total that asks for a write."""
    monkeypatch.setattr(pattern_store, "MIN_MAKING_S", 60.0)
    monkeypatch.setattr(pattern_store, "MIN_ENTRY_S", 0.0)
    path = str(tmp_path / "patterns.marshal")
    store = PatternStore(path, HEADER)
    store.recall(("compile", "a+", 0), lambda: "made")
    store.save()
    assert PatternStore(path, HEADER).recall(("compile", "a+", 0), _never) == "made"


def test_a_process_that_asks_for_too_many_patterns_writes_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_store, "MAX_ENTRIES", 2)
    store = PatternStore(str(tmp_path / "patterns.marshal"), HEADER)
    for name in ("x", "y", "z"):
        store.recall(("compile", name, 0), lambda: "made")
    store.save()
    assert not (tmp_path / "patterns.marshal").exists()


def _fresh_store(monkeypatch: pytest.MonkeyPatch, path: Path) -> PatternStore:
    store = PatternStore(str(path))
    monkeypatch.setattr(parsed_patterns, "STORE", store)
    return store


def _never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    # each module that parses a pattern holds its own name for the parse
    for module in (parsed_patterns, prefilters, regex):
        monkeypatch.setattr(module, "parse_pattern", _never)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:over|in|near)\s+(?P<p>[A-Z]\w+)", 0),
        (r"\b(?P<w>two|ten)\s+(?P=w)\b", re.IGNORECASE),
        (r"(?<=\s)\b(?:shot|kill)\b", 0),
        (r"(?x) \b (?: one | two ) \b", 0),
    ],
)
def test_patterns_read_from_the_store_are_what_re_compile_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    """Made in one process, read in the next: the same compiled patterns (text, flags, code,
    group names) as ``re.compile`` gives their text, and the same literal prefixes."""
    made = _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    first = (compiled(pattern, flags), guarded(pattern, flags), literal_prefixes(pattern, flags))
    made.save()
    _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    _never_parsed(monkeypatch)  # read, not parsed
    again = (compiled(pattern, flags), guarded(pattern, flags), literal_prefixes(pattern, flags))
    assert again == first
    for p in again[:2]:
        assert p == re.compile(p.pattern, flags)
        assert p.groupindex == re.compile(p.pattern, flags).groupindex


@pytest.mark.parametrize(
    ("make", "pattern", "flags", "text"),
    [
        (compiled, r"\b(?:over|in|near)\s+(?P<p>[A-Z]\w+)", 0, "Drones flew over Tarsk and in Velm, near Ost."),
        (guarded, r"\b(?P<n>two|ten)\s+(?:men|women)\b", re.IGNORECASE, "Two men and TEN women; two dogs."),
        (guarded, r"\bshot\b", 0, "no match in this line"),
    ],
)
def test_a_pattern_read_from_the_store_and_made_when_first_run_acts_as_re_compile_gives(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[str, int], re.Pattern[str]],
    pattern: str,
    flags: int,
    text: str,
) -> None:
    """A pattern read from the store is handed to the regex engine when first run: its text,
    flags and groups are known before, and every method finds what ``re.compile``'s does."""
    made = _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    make(pattern, flags)
    made.save()
    _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    read = make(pattern, flags)
    plain = re.compile(read.pattern, read.flags)
    assert (read.groups, dict(read.groupindex)) == (plain.groups, dict(plain.groupindex))
    assert "_engine" not in vars(read)  # not made yet
    assert [m.span() for m in read.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m and m.span() for m in (read.search(text), read.match(text), read.fullmatch(text))] == [
        m and m.span() for m in (plain.search(text), plain.match(text), plain.fullmatch(text))
    ]
    assert (read.findall(text), read.split(text), read.sub("#", text)) == (
        plain.findall(text), plain.split(text), plain.sub("#", text),
    )  # fmt: skip
    assert read == plain and hash(read) == hash(plain) and repr(read) == repr(plain)
    assert pickle.loads(pickle.dumps(read)) == plain and copy.deepcopy(read) == plain


@pytest.mark.parametrize(
    ("first", "second", "equal"),
    [
        ((r"\bcat\b", 0), (r"\bdog\b", 0), False),  # other text
        ((r"\bcat\b", 0), (r"\bcat\b", re.I), False),  # other flags
        ((r"\bcat\b", re.I), (r"\bcat\b", re.I), True),
    ],
)
def test_patterns_read_from_the_store_are_told_apart_without_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: tuple[str, int], second: tuple[str, int], equal: bool
) -> None:
    """Patterns of other text or flags are unequal as ``re.compile``'s are, and comparing them
    ("pattern in (A_RE, B_RE)") hands neither to the regex engine; equal ones are compared by it."""
    made = _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    compiled(*first), compiled(*second)
    made.save()
    _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    a, b = compiled(*first), compiled(*second)
    assert (a == b, a != b, a == re.compile(*second), a in (b,)) == (equal, not equal, equal, equal)
    assert ("_engine" in vars(a), "_engine" in vars(b)) == (equal, equal)


def test_a_word_start_pattern_read_from_the_store_is_what_re_compile_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = r"(?:over|in|near)\s+(?P<p>[A-Z]\w+)"
    made = _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    WordStartPattern(body)
    with pytest.raises(ValueError):
        WordStartPattern(r"\w+")
    assert after_boundary(r"\b(?:a|b)\b") == r"(?:a|b)\b"
    made.save()
    _fresh_store(monkeypatch, tmp_path / "patterns.marshal")
    _never_parsed(monkeypatch)
    monkeypatch.setattr(regex, "_opens_with_boundary", _never)
    assert after_boundary(r"\b(?:a|b)\b") == r"(?:a|b)\b"
    fast = WordStartPattern(body)
    assert fast.pattern == re.compile(fast.pattern.pattern)
    assert fast._after == re.compile(fast._after.pattern)
    with pytest.raises(ValueError):  # the refusal is kept too
        WordStartPattern(r"\w+")


def test_a_damaged_entry_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry whose code the regex engine refuses (a store damaged on disk) is dropped and the
    pattern compiled from its text."""
    path = tmp_path / "patterns.marshal"
    text = r"\b(?:over|in)\s+x"
    key = ("guarded", text, 0)
    made = _fresh_store(monkeypatch, path)
    good = guarded(text)
    made.save()
    header, writes, entries, last = _read(path)
    pattern, flags, code, groups, names = entries[key]
    entries[key] = (pattern, flags, b"\xff\xff\xff\xff" + code[4:], groups, names)
    _write(path, header, writes, entries, last)  # refused by the engine though its checksum holds
    again = _fresh_store(monkeypatch, path)
    assert guarded(text) == good == re.compile(good.pattern)
    again.save()  # the damaged entry is written as made again
    assert _read(path)[2][key][2] == code


def _read(path: Path) -> tuple[object, int, dict[object, object], dict[object, int]]:
    header, _checksum, payload = marshal.loads(path.read_bytes())
    writes, entries, last = marshal.loads(payload)
    return header, writes, entries, last


def _write(path: Path, header: object, writes: int, entries: object, last: object) -> None:
    payload = marshal.dumps((writes, entries, last))
    path.write_bytes(marshal.dumps((header, pattern_store._checksum(payload), payload)))


def test_a_store_damaged_on_disk_is_not_read(tmp_path: Path) -> None:
    """A flipped byte in the entries fails the store's checksum: nothing of it is served, the
    entries are made again (a literal changed on disk would otherwise still compile)."""
    path = tmp_path / "patterns.marshal"
    store = PatternStore(str(path), HEADER)
    store.recall(("compile", "lisk", 0), lambda: "made")
    store._making_s = 1.0
    store.save()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x01
    path.write_bytes(bytes(data))
    again = PatternStore(str(path), HEADER)
    assert again.recall(("compile", "lisk", 0), lambda: "made again") == "made again"


def test_a_store_of_other_code_is_not_read(tmp_path: Path) -> None:
    """The header holds a digest of the code that makes the entries: a store written before an
    upgrade in place is made again."""
    path = tmp_path / "patterns.marshal"
    store = PatternStore(str(path), HEADER)
    store.recall(("compile", "lisk", 0), lambda: "made")
    store._making_s = 1.0
    store.save()
    other = PatternStore(str(path), (*HEADER[:-1], b"other code"))
    assert other.recall(("compile", "lisk", 0), lambda: "made again") == "made again"


def test_the_package_makes_the_same_patterns_whatever_the_hash_seed() -> None:
    # a pattern built from a set in its iteration order differs from run to run, so the store
    # would never hold it: every pattern the package compiles at import has one text
    import subprocess

    script = (
        "import gc, re, summarizer.rules.model, summarizer.checker, summarizer.ingest\n"
        "from summarizer.text.parsed_patterns import _Unbuilt\n"
        "print(sorted({(p.pattern if isinstance(p.pattern, str) else '', p.flags) for p in gc.get_objects()"
        " if isinstance(p, (re.Pattern, _Unbuilt))}))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_the_package_compiles_its_patterns_at_import_through_the_store() -> None:
    # a pattern compiled at import with re.compile is parsed again in every process: about a
    # quarter of the CLI's start-up before they went through the store (``compiled``); patterns
    # made inside functions (from the input) are not meant for it, nor are the store's own modules
    import ast

    package = Path(__file__).resolve().parents[1] / "summarizer"
    own = {
        package / "text" / name
        for name in ("regex.py", "parsed_patterns.py", "prefilters.py", "pattern_store.py", "scans.py")
    }
    found = []
    for path in sorted(package.rglob("*.py")):
        if path in own:
            continue
        stack: list[tuple[ast.AST, bool]] = [(ast.parse(path.read_text(encoding="utf-8")), False)]
        while stack:
            node, in_function = stack.pop()
            for child in ast.iter_child_nodes(node):
                inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                func = getattr(child, "func", None)
                if (
                    not in_function
                    and isinstance(child, ast.Call)
                    and isinstance(func, ast.Attribute)
                    and func.attr == "compile"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "re"
                ):
                    found.append(f"{path.relative_to(package)}:{child.lineno}")
                stack.append((child, inside))
    assert found == []


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        (
            "import re\nfrom summarizer.text.regex import compiled\nP = compiled('a')\ndef f(t):\n    return re.sub(P, '', t)\n",
            True,
        ),
        (
            "import re\nfrom summarizer.text import regex\nP = regex.compiled('a')\ndef f(t):\n    return re.compile(P)\n",
            True,
        ),
        ("import re\nP = 'a'\ndef f(t):\n    return re.split(P, t)\n", False),
        (
            "import re\nfrom summarizer.text.regex import compiled\nP = compiled('a')\ndef f(t):\n    return re.findall(r'b', t)\n",
            False,
        ),
        (
            "import re\nfrom summarizer.text.regex import compiled\nP = compiled('a')\ndef f(t):\n    return P.sub('', t)\n",
            False,
        ),
        ("import re\ndef f(p):\n    return isinstance(p, re.Pattern)\n", True),
        ("import re\ndef f(p):\n    return isinstance(p, (str, re.Pattern))\n", True),
        ("import re\ndef f(p):\n    return isinstance(p, str)\n", False),
    ],
)
def test_read_patterns_handed_to_the_re_module_are_found(source: str, refused: bool) -> None:
    module: dict[str, object] = {}
    exec(compile(source, "<row>", "exec"), module)  # the row's own invented module
    assert bool(_handed_to_re(source, module)) == refused


def _handed_to_re(source: str, module: dict[str, object]) -> list[int]:
    """The lines of ``source`` where a pattern read from the store would be refused: handed to one
    of the ``re`` module's functions (``re.sub(P, …)``: re asks ``isinstance(P, re.Pattern)``, and
    the engine's type cannot be subclassed, so a read pattern is no instance of it) or a value
    tested against ``re.Pattern``. ``module``: the module's globals, where its patterns are found."""
    import ast

    def value_of(node: ast.expr) -> object:
        if isinstance(node, ast.Name):
            return module.get(node.id)
        if isinstance(node, ast.Attribute):
            return getattr(value_of(node.value), node.attr, None)
        return None

    def is_re_pattern(node: ast.expr) -> bool:
        if isinstance(node, ast.Tuple):
            return any(is_re_pattern(e) for e in node.elts)
        return isinstance(node, ast.Attribute) and node.attr == "Pattern" and value_of(node.value) is re

    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        to_re = isinstance(func, ast.Attribute) and value_of(func.value) is re
        tested = isinstance(func, ast.Name) and func.id == "isinstance" and len(node.args) == 2
        if (to_re and isinstance(value_of(node.args[0]), _Unbuilt)) or (tested and is_re_pattern(node.args[1])):
            lines.append(node.lineno)
    return lines


def test_no_module_hands_a_pattern_read_from_the_store_to_the_re_module() -> None:
    # a read pattern acts as re.compile's in every method, but is not of its type: re's own
    # functions (re.sub(P, …), re.compile(P)) raise TypeError on it and isinstance(P, re.Pattern)
    # is False. The package calls a pattern's methods; this keeps it so (mypy cannot: the read
    # pattern is typed as re.Pattern)
    import importlib

    package = Path(__file__).resolve().parents[1] / "summarizer"
    found = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "re." not in source:
            continue
        parts = path.relative_to(package.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            module = vars(importlib.import_module(name))
        except ImportError:  # an optional extra not installed: its text alone
            module = {"re": re}
        found += [f"{path.relative_to(package)}:{line}" for line in _handed_to_re(source, module)]
    assert found == []
