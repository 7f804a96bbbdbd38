"""Compiled patterns kept from one process to the next, as Python keeps compiled bytecode: what
the re module's parser and compiler make of a pattern (``text/regex.py`` describes it), read back
instead of made again. A one-article run spends a third of its time parsing patterns otherwise.

The store is one file in the package's ``__pycache__`` for each Python build (its version and
regex engine, in the file's header: a store made by another is not read), read when the first
pattern is asked for and written at exit when new patterns were made; never written when Python
writes no bytecode (``PYTHONDONTWRITEBYTECODE``), and a store that cannot be read or written is
no failure, as a ``.pyc`` is none: the patterns are made as without it. Entries are keyed by the
pattern's text, flags and what was made of it, so an edited pattern is a new entry, never a stale
one; entries no run has asked for are dropped when the store grows past ``MAX_ENTRIES``.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import importlib.util
import marshal
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

MAX_ENTRIES = 5000  # several times the patterns of the package: old ones go when it grows past

Key = tuple[str, str, int]  # what was made ("compile", "guarded" …), the pattern's text, its flags


def _header() -> tuple[Any, ...] | None:
    """What a store must have been written by to be read: this Python and its regex engine."""
    try:
        sre: Any = importlib.import_module("_sre")
        return (1, sys.implementation.cache_tag, sys.hexversion, sre.MAGIC, sre.CODESIZE)
    except (ImportError, AttributeError):  # pragma: no cover - another implementation
        return None


class PatternStore:
    """The entries of one store file: read on first use, written by ``save``."""

    def __init__(self, path: str | None, header: tuple[Any, ...] | None = None) -> None:
        self.path = path
        self.header = header if header is not None else _header()
        self._entries: dict[Key, Any] | None = None  # None: not read yet
        self._used: set[Key] = set()
        self._new = False
        self._lock = threading.Lock()

    def recall(self, key: Key, make: Callable[[], Any]) -> Any:
        """The value kept under ``key``, or ``make()``'s, kept from now on (a value marshal can
        write: None, numbers, strings, bytes, tuples, dicts of them)."""
        with self._lock:
            entries = self._read() if self._entries is None else self._entries
            self._used.add(key)
            if key in entries:
                return entries[key]
        value = make()
        with self._lock:
            entries[key] = value
            self._new = True
        return value

    def forget(self, key: Key) -> None:
        """Drop an entry found unusable (made by a damaged store): it is made again."""
        with self._lock:
            if self._entries is not None and self._entries.pop(key, None) is not None:
                self._new = True

    def _read(self) -> dict[Key, Any]:
        self._entries = self._load() or {}
        return self._entries

    def _load(self) -> dict[Key, Any] | None:
        if self.path is None or self.header is None:
            return None
        try:
            with open(self.path, "rb") as fh:
                header, entries = marshal.load(fh)
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or damaged: made again
            return None
        return entries if header == self.header and isinstance(entries, dict) else None

    def save(self) -> None:
        """Write the store when this process made new entries, with those another process wrote
        in the meantime; the entries this process asked for only, when it has grown too large."""
        if not self._new or self.path is None or self.header is None or sys.dont_write_bytecode:
            return
        with self._lock:
            entries = {**(self._load() or {}), **(self._entries or {})}
            if len(entries) > MAX_ENTRIES:
                entries = {k: v for k, v in entries.items() if k in self._used}
            self._new = False
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as fh:
                marshal.dump((self.header, entries), fh)
            os.replace(tmp, self.path)  # readers see the old store or the new one, never a part
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _default_path() -> str | None:
    """Beside this module's own bytecode (``__pycache__``, or where ``PYTHONPYCACHEPREFIX`` puts
    it), named for the Python that writes it."""
    tag = sys.implementation.cache_tag
    if tag is None or not __file__:
        return None
    try:
        folder = os.path.dirname(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):
        return None
    return os.path.join(folder, f"patterns.{tag}.marshal")


STORE = PatternStore(_default_path())
atexit.register(STORE.save)
