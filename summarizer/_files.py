"""File helpers shared by the CLI and batch: atomic writes, so no reader ever sees half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_writer(path: Path, *, durable: bool = True) -> Iterator[IO[str]]:
    """A text file handle whose content replaces ``path`` only when the block ends without an
    error: written to a temporary file beside it, then renamed over it. ``durable`` also flushes
    it to disk first (safe from a power cut, not only from a killed process)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, data: str, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path, durable=durable) as fh:
        fh.write(data)
