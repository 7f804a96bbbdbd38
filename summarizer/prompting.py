"""Prompt templates: files ``<name>.<part>.md`` (parts: system, user, reask) with a small
front matter (``name``, ``version``) and ``$placeholders``. Looked up in the user's folder
(``--prompts-dir`` / ``SUMMARIZER_PROMPTS_DIR``), then the packaged ``summarizer/prompts``,
then ``<repo>/prompts`` for an editable install.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from summarizer.errors import PromptError
from summarizer.text.regex import compiled

PARTS = ("system", "user", "reask")
# front matter is `key: value` lines, read by hand: PyYAML (a new dependency, +30-80 ms import, 38-257 us a
# parse against 1 us) would also read `version: 1` as an int
_FRONT = compiled(r"\A---\s*\n(?P<meta>.*?)\n---\s*\n", re.S)


def search_path(user_dir: Path | None = None) -> list[Path]:
    here = Path(__file__).resolve().parent
    dirs = [user_dir] if user_dir else []
    return [*dirs, here / "prompts", here.parent / "prompts"]


@dataclass(frozen=True)
class PromptSet:
    name: str
    version: str
    templates: dict[str, str]
    folder: Path

    @property
    def id(self) -> str:
        """What provenance.prompt records: name@version."""
        return f"{self.name}@{self.version}"

    def render(self, part: str, **values: str) -> str:
        try:
            return Template(self.templates[part]).substitute(values)
        except KeyError as exc:
            raise PromptError(f"prompt {self.id} {part}: no value for ${exc.args[0]}", name=self.name) from None
        except ValueError as exc:
            raise PromptError(f"prompt {self.id} {part}: {exc}", name=self.name) from None

    def messages(
        self, article: str, *, published: str | None, findings: list[str] | None = None
    ) -> list[dict[str, str]]:
        """System, user (the article inside a fresh random boundary) and, for a re-ask, only the
        failing findings: the context does not grow with every attempt."""
        boundary = secrets.token_hex(8)
        while boundary in article:
            boundary = secrets.token_hex(8)
        out = [
            {"role": "system", "content": self.render("system", boundary=boundary)},
            {
                "role": "user",
                "content": self.render("user", boundary=boundary, article=article, published=published or "unknown"),
            },
        ]
        if findings:
            listed = "\n".join(f"- {f}" for f in findings)
            out.append({"role": "user", "content": self.render("reask", findings=listed)})
        return out


def _parse(path: Path) -> tuple[dict[str, str], str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"cannot read prompt {path}: {exc}", name=path.stem) from None
    m = _FRONT.match(raw)
    if not m:
        raise PromptError(f"{path}: no front matter (--- name: … version: … ---)", name=path.stem)
    meta = {}
    for line in m.group("meta").splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    if not meta.get("name") or not meta.get("version"):
        raise PromptError(f"{path}: front matter needs name and version", name=path.stem)
    return meta, raw[m.end() :]


def load(name: str = "summarize", user_dir: Path | None = None) -> PromptSet:
    """The prompt set ``name``, from the first folder on the search path that has all its parts
    (read again only when a file changes)."""
    stamps = tuple(
        (str(p), p.stat().st_mtime_ns) for folder in search_path(user_dir) if folder.is_dir()
        for p in sorted(folder.glob(f"{name}.*.md"))
    )  # fmt: skip
    prompts = _load(name, user_dir, stamps)
    _LOADED.setdefault((prompts.id, str(prompts.folder), stamps), prompts)
    return prompts


# every prompt set this process has loaded (a user's folder included): the checker's prompt-echo
# rule reads them all, so a summary made with one's own templates cannot repeat those either
_LOADED: dict[tuple[str, str, tuple[tuple[str, int], ...]], PromptSet] = {}


def loaded() -> list[PromptSet]:
    """The prompt sets loaded so far, in the order they were first loaded."""
    return list(_LOADED.values())


@lru_cache(maxsize=32)
def _load(name: str, user_dir: Path | None, stamps: tuple[tuple[str, int], ...]) -> PromptSet:
    for folder in search_path(user_dir):
        files = {part: folder / f"{name}.{part}.md" for part in PARTS}
        if not all(p.is_file() for p in files.values()):
            if folder == user_dir and any(p.is_file() for p in files.values()):
                missing = [p.name for p in files.values() if not p.is_file()]
                raise PromptError(f"{folder}: prompt {name} lacks {', '.join(missing)}", name=name)
            continue
        metas, templates = {}, {}
        for part, path in files.items():
            metas[part], templates[part] = _parse(path)
        versions = {m["version"] for m in metas.values()}
        if len(versions) != 1:
            raise PromptError(
                f"{folder}: the parts of prompt {name} disagree on the version ({', '.join(sorted(versions))})",
                name=name,
            )
        return PromptSet(name, versions.pop(), templates, folder)
    raise PromptError(
        f"no prompt named {name!r} (looked in {', '.join(str(f) for f in search_path(user_dir))})", name=name
    )


def available(user_dir: Path | None = None) -> list[tuple[str, str, Path]]:
    """(name, version, folder) of every prompt set on the search path, first one of a name wins."""
    seen: dict[str, tuple[str, str, Path]] = {}
    for folder in search_path(user_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.system.md")):
            name = path.name.removesuffix(".system.md")
            if name in seen:
                continue
            try:
                prompt = load(name, folder)
            except PromptError:
                continue
            seen[name] = (prompt.name, prompt.version, prompt.folder)
    return list(seen.values())
