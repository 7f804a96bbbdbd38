"""The on-disk result cache (SQLite): a summary keyed by everything that shapes it (article
hash, prompt name and version, schema version, model, parameters), never by the API key.
Several processes may share it: WAL journal, a busy timeout, and one write per result.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)"


def cache_key(**parts: Any) -> str:
    """A stable key from named parts (sorted, JSON-encoded, hashed)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class Cache:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "cache.sqlite3"

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute(_SCHEMA)
        return conn

    def get(self, key: str) -> str | None:
        try:
            conn = self._connect()
        except sqlite3.Error:
            return None  # an unusable cache is no cache, never a failure
        try:
            row = conn.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    def put(self, key: str, value: str) -> None:
        try:
            conn = self._connect()
        except sqlite3.Error:
            return
        try:
            conn.execute(
                "INSERT OR REPLACE INTO results (key, value, created) VALUES (?, ?, ?)", (key, value, time.time())
            )
        except sqlite3.Error:
            pass
        finally:
            conn.close()
