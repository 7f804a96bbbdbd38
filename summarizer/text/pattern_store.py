"""Compiled patterns kept from one process to the next, as Python keeps compiled bytecode: what
the re module's parser and compiler make of a pattern (``text/regex.py`` describes it), read back
instead of made again. A one-article run spends a third of its time parsing patterns otherwise.

The store is one file in the package's ``__pycache__`` for each Python build (its version and
regex engine, in the file's header: a store made by another is not read), read when the first
pattern is asked for and written at exit when making the patterns it lacked took a while; never
written when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``), nor where the package's
``__pycache__`` cannot be written (an install owned by another user). A store that cannot be
read or written is no failure, as a ``.pyc`` is none: the patterns are made as without it.
Entries are keyed by the pattern's text, flags and what was made of it, so an edited pattern is
a new entry, never a stale one; an entry no process asked for in the store's last
``KEEP_WRITES`` writes is dropped.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import importlib.util
import marshal
import os
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

KEEP_WRITES = 16  # an entry asked for in none of this many writes of the store is dropped
# the store is written when making the entries it lacked took longer than this (CPU time): about
# what a write of the store costs, so a process that made a pattern or two (one whose text differs
# from run to run, made from a set's order) does not rewrite the whole store at exit; entries
# lacking are made in each process until together they take this long
MIN_MAKING_S = 0.008
# ... or when one entry alone took this long: a large pattern of fixed text (none varies from run
# to run: tests/test_pattern_store.py checks it) that a store written before it lacks (the package
# upgraded, a rule edited) would otherwise be made again in every process, under the total above
MIN_ENTRY_S = 0.002
MAX_ENTRIES = 5000  # a process asking for more makes patterns from its input: no store would help

Key = tuple[str, str, int]  # what was made ("compile", "guarded" …), the pattern's text, its flags


def _code_digest() -> bytes:
    """A digest of the code that makes the entries (this module, ``regex.py``, ``parsed_patterns.py``
    and ``prefilters.py``): a store made
    by other code (the package upgraded in place, a fix to the readers) is not read."""
    digest = hashlib.blake2b(digest_size=16)
    for name in ("pattern_store.py", "regex.py", "parsed_patterns.py", "prefilters.py"):
        try:
            with open(os.path.join(os.path.dirname(__file__), name), "rb") as fh:
                digest.update(fh.read())
        except OSError:  # pragma: no cover - a package without its sources
            return b""
    return digest.digest()


def _checksum(payload: bytes) -> int:
    """The payload's CRC-32, which a byte changed on disk or a file cut short fails. It guards
    against damage, not tampering (the store lives where the package's bytecode does, trusted as
    much), and costs a thirtieth of the blake2b digest it replaced: about 3 ms against 88 ms for
    a 6 MB store, read at every start."""
    return zlib.crc32(payload)


def _header() -> tuple[Any, ...] | None:
    """What a store must have been written by to be read: this Python and its regex engine, on
    this byte order, with this code."""
    try:
        sre: Any = importlib.import_module("_sre")
        code = _code_digest()
        if not code:  # pragma: no cover
            return None
        # the store's own layout (raise it when it changes), then the Python that compiled it
        return (3, sys.implementation.cache_tag, sys.hexversion, sre.MAGIC, sre.CODESIZE, sys.byteorder, code)
    except (ImportError, AttributeError):  # pragma: no cover - another implementation
        return None


class PatternStore:
    """The entries of one store file: read on first use, written by ``save``. Each entry carries
    the write of the store it was last asked for in: one no process asked for in ``KEEP_WRITES``
    writes is dropped (a pattern since edited, or one whose text differs from run to run)."""

    def __init__(self, path: str | None, header: tuple[Any, ...] | None = None) -> None:
        self.path = path
        self.header = header if header is not None else _header()
        self._entries: dict[Key, Any] | None = None  # None: not read yet
        self._used: set[Key] = set()
        self._forgotten: set[Key] = set()
        self._new = False
        self._making_s = 0.0  # the CPU time spent making the entries the store lacked
        self._costly = False  # whether one of them alone took MIN_ENTRY_S
        self._lock = threading.Lock()

    def recall(self, key: Key, make: Callable[[], Any]) -> Any:
        """The value kept under ``key``, or ``make()``'s, kept from now on (a value marshal can
        write: None, numbers, strings, bytes, tuples, dicts of them)."""
        with self._lock:
            if self._entries is None:
                self._entries = self._load()[1]
            entries = self._entries
            self._used.add(key)
            if key in entries:
                return entries[key]
        start = time.process_time()
        value = make()
        with self._lock:
            entries[key] = value
            self._forgotten.discard(key)
            self._new = True
            took = time.process_time() - start
            self._making_s += took
            self._costly = self._costly or took >= MIN_ENTRY_S
        return value

    def forget(self, key: Key) -> None:
        """Drop an entry found unusable (made by a damaged store): it is made again, or not
        written back."""
        with self._lock:
            if self._entries is not None:
                self._entries.pop(key, None)
            self._forgotten.add(key)

    def _load(self) -> tuple[int, dict[Key, Any], dict[Key, int]]:
        """The store's number of writes, its entries and the write each was last asked for in."""
        if self.path is None or self.header is None:
            return 0, {}, {}
        try:
            with open(self.path, "rb") as fh:
                header, checksum, payload = marshal.load(fh)
            if header != self.header or _checksum(payload) != checksum:
                return 0, {}, {}  # another Python or other code, or damaged: made again
            writes, entries, last = marshal.loads(payload)
        except Exception:  # none yet, or damaged beyond reading: made again
            return 0, {}, {}
        if not (
            isinstance(writes, int)
            and isinstance(entries, dict)
            and isinstance(last, dict)
            and all(isinstance(v, int) for v in last.values())
        ):
            return 0, {}, {}
        return writes, entries, last

    def save(self) -> None:
        """Write the store when this process spent a while making entries it lacked (or one entry
        took a while alone), with those another process wrote in the meantime, less those asked
        for in none of the last ``KEEP_WRITES`` writes."""
        if not self._new or self.path is None or self.header is None or sys.dont_write_bytecode:
            return
        if len(self._used) > MAX_ENTRIES or (self._making_s < MIN_MAKING_S and not self._costly):
            return
        with contextlib.suppress(Exception):  # at exit, like a .pyc not written: no failure of the run
            self._write()

    def _write(self) -> None:
        assert self.path is not None
        with self._lock:
            writes, entries, last = self._load()
            writes += 1
            entries.update(self._entries or {})
            last.update(dict.fromkeys(self._used, writes))
            kept = {
                k: v for k, v in entries.items() if k not in self._forgotten and last.get(k, 0) > writes - KEEP_WRITES
            }
            last = {k: last[k] for k in kept}
            self._new = False
        payload = marshal.dumps((writes, kept, last))
        checksum = _checksum(payload)
        folder = os.path.dirname(self.path)
        tmp = None
        try:
            os.makedirs(folder, exist_ok=True)
            # a name of its own (two writers, even with one pid in two containers, never share it)
            fd, tmp = tempfile.mkstemp(prefix=".patterns.", suffix=".tmp", dir=folder)
            os.chmod(tmp, 0o644)  # readable as a .pyc is (mkstemp makes it the owner's only)
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((self.header, checksum, payload), fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)  # readers see the old store or the new one, never a part
        except (OSError, ValueError):
            if tmp is not None:
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
