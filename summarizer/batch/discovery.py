"""What a batch reads: the article files under the input folder, in a repeatable order, and
only regular files inside it. A FIFO, a symlink out of the folder, a loop, the output folder:
each is reported (or, the output folder, skipped), never read.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # as reached from the input folder
    rel: str  # path relative to the input folder, with "/" separators
    error: str | None = None  # "kind: message": symlink loop, unreadable folder, not_a_file, outside_input


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _not_a_file(path: Path) -> str:
    """What a path that is not a regular file is, for its error record."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "not_a_file: not a regular file"
    what = (
        "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
        else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"
    )  # fmt: skip
    return f"not_a_file: {what}, not read"


def discover(
    root: Path,
    *,
    globs: list[str] | None = None,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
    exclude: Path | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Found]:
    """Every article file under ``root``, depth first in sorted order (so runs are repeatable).
    Symlinked folders are followed once; a loop is reported, not followed. A symlink that leads
    out of ``root`` is reported (``outside_input``) unless ``follow_symlinks``; anything but a
    regular file is reported (``not_a_file``: a FIFO would block the reader forever); the
    ``exclude`` folder (the output folder) is never entered, wherever it lies."""
    seen: set[str] = set()
    top = os.path.realpath(root)
    skip = os.path.realpath(exclude) if exclude is not None else None

    def wanted(rel: str) -> bool:
        if globs:
            return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], g) for g in globs)
        return rel.lower().endswith(suffixes)

    def walk(folder: Path, prefix: str) -> Iterator[Found]:
        try:
            real = os.path.realpath(folder)
        except OSError:
            real = str(folder)
        if real in seen:
            yield Found(folder, prefix.rstrip("/") or ".", "symlink loop: this folder is already being read")
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Found(folder, prefix.rstrip("/") or ".", f"unreadable folder: {exc.strerror or exc}")
            return
        for entry in entries:
            rel = f"{prefix}{entry.name}"
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir or entry.is_symlink():
                target = os.path.realpath(path)
                if skip is not None and _inside(target, skip):
                    continue  # the output folder, or a way into it: our own outputs are not articles
                if entry.is_symlink() and not follow_symlinks and not _inside(target, top) and (is_dir or wanted(rel)):
                    yield Found(path, rel, "outside_input: a symlink that leads out of the input folder "
                                "(--follow-symlinks reads it)")  # fmt: skip
                    continue
            if is_dir:
                yield from walk(path, rel + "/")
                continue
            if not wanted(rel):
                continue
            if entry.is_symlink() and not path.exists():
                # a dangling link, or a link that points at itself
                try:
                    os.stat(path)
                except OSError as exc:
                    kind = "symlink loop" if exc.errno == 40 else "broken symlink"
                    yield Found(path, rel, kind)
                    continue
            try:
                regular = entry.is_file(follow_symlinks=True)
            except OSError:
                regular = False
            yield Found(path, rel) if regular else Found(path, rel, _not_a_file(path))

    yield from walk(root, "")


def read_regular(path: Path, rel: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``. Opened without blocking and checked
    on the open descriptor: a FIFO put in a file's place after discovery cannot hang the batch."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_not_a_file(path).split(": ", 1)[1], path=rel, kind="not_a_file")
        if info.st_size > max_bytes:
            raise InputError(
                f"file is {info.st_size:,} bytes, over the size cap of {max_bytes:,}", path=rel, kind="too_large"
            )
        return fh.read(max_bytes + 1)
