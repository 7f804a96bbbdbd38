"""The on-disk result cache (SQLite): a summary keyed by everything that shapes it (article
hash, prompt name and version, schema version, model, parameters), never by the API key.
Several processes may share it: WAL journal, a busy timeout, and one write per result.

A cache that cannot be used (its folder is a file, it is not writable, the file is not a
database) is never a failure: one warning on the ``summarizer.cache`` logger, once per
process, and the run goes on without it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)"

log = logging.getLogger(__name__)

# caches found unusable in this process, with why: asked no more, warned about once
_UNUSABLE: dict[Path, str] = {}
_UNUSABLE_LOCK = threading.Lock()


def cache_key(**parts: Any) -> str:
    """A stable key from named parts (sorted, JSON-encoded, hashed)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class Cache:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "cache.sqlite3"

    @property
    def usable(self) -> bool:
        return self.path not in _UNUSABLE

    def check(self) -> bool:
        """Open the cache now (warning once if it cannot be used): a batch calls it before
        forking its workers, which then inherit the verdict instead of each warning."""
        conn = self._connect()
        if conn is not None:
            conn.close()
        return self.usable

    def _connect(self) -> sqlite3.Connection | None:
        if not self.usable:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            self._unusable(exc)
            return None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute(_SCHEMA)
        except sqlite3.Error as exc:
            conn.close()
            self._unusable(exc)
            return None
        return conn

    def get(self, key: str) -> str | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            row = conn.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            return str(row[0]) if row else None
        except sqlite3.Error as exc:
            self._unusable(exc)
            return None
        finally:
            conn.close()

    def put(self, key: str, value: str) -> None:
        conn = self._connect()
        if conn is None:
            return
        try:
            conn.execute(
                "INSERT OR REPLACE INTO results (key, value, created) VALUES (?, ?, ?)", (key, value, time.time())
            )
        except sqlite3.Error as exc:
            self._unusable(exc)
        finally:
            conn.close()

    def _unusable(self, exc: BaseException) -> None:
        """Stop using this cache in this process, and say so once. Busy is not unusable: another
        process holds the lock past the timeout, and this one result goes uncached."""
        if isinstance(exc, sqlite3.OperationalError) and any(w in str(exc) for w in ("locked", "busy")):
            return
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
        with _UNUSABLE_LOCK:
            if self.path in _UNUSABLE:
                return
            _UNUSABLE[self.path] = reason
        log.warning("the result cache at %s cannot be used (%s); going on without it", self.path, reason)
