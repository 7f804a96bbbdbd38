"""File helpers shared by the CLI and batch: atomic writes (no reader ever sees half a file) with
the user's umask, the clean-up of what a killed writer left, and a lock on an output folder."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from summarizer.errors import InputError

_TMP_SUFFIX = ".tmp"  # atomic_writer's temporary files: ".<name>.<random>.tmp" beside the target
LOCK_FILE = ".summarizer.lock"
_umask_lock = threading.Lock()


def _umask() -> int:
    """The process umask, read without changing it where the system allows (os.umask can only
    set it, and setting it even for a moment races with other threads creating files)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


# our own: atomicwrites is archived (last release 2022) and no maintained package names its temporaries as remove_temporaries needs
@contextlib.contextmanager
def atomic_writer(path: Path, *, durable: bool = True) -> Iterator[IO[str]]:
    """A text file handle whose content replaces ``path`` only when the block ends without an
    error: written to a temporary file beside it, then renamed over it. ``durable`` also flushes
    it to disk first (safe from a power cut, not only from a killed process). The file gets the
    mode any new file would (0666 less the umask), not mkstemp's 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
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


def remove_temporaries(folder: Path) -> int:
    """Remove the temporary files a killed ``atomic_writer`` left under ``folder`` (hidden files
    ending in .tmp); symlinked folders are not entered. Returns how many were removed. Call it
    only while no writer works there (under ``folder_lock``)."""
    removed = 0
    for parent, _, names in os.walk(folder, followlinks=False):
        for name in names:
            if name.startswith(".") and name.endswith(_TMP_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(parent, name))
                    removed += 1
    return removed


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[int]:
    """Hold an exclusive lock on ``folder`` (flock on ``folder/.summarizer.lock``) for the block;
    when another process holds it, raise InputError(kind="locked") at once instead of waiting.
    The lock goes with the process, however it ends: a killed run leaves no stale lock. Yields the
    lock's descriptor, for processes forked meanwhile to close (their copy would hold it too)."""
    import fcntl

    path = folder / LOCK_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise InputError(f"cannot write there: {exc.strerror or exc}", path=str(folder), kind="unreadable") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            by = f" (pid {holder})" if holder.isdigit() else ""
            raise InputError(
                f"another summarize batch is writing to this folder{by}; wait for it to end", path=str(folder),
                kind="locked",
            ) from None  # fmt: skip
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield fd
    finally:
        os.close(fd)
