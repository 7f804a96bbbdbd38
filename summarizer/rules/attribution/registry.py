"""The registry of attribution patterns: each construction registers itself with an id, a
priority (lower runs first and claims its words first) and example sentences it reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

# when a pattern runs: on each quote (the first that names a speaker wins), on each paragraph's
# opening, on each sentence, inside another pattern's walk, or on the quotes left unclaimed
Scope = Literal["quote", "paragraph", "sentence", "within", "leftover"]


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    priority: int
    scope: Scope
    description: str
    examples: tuple[str, ...]
    fn: Callable[..., Any]


PATTERNS: dict[str, Pattern] = {}
_F = TypeVar("_F", bound=Callable[..., Any])


def pattern(id: str, priority: int, scope: Scope, description: str, examples: tuple[str, ...]) -> Callable[[_F], _F]:
    """Register the decorated function as the pattern ``id``."""

    def register(fn: _F) -> _F:
        if id in PATTERNS:
            raise ValueError(f"attribution pattern {id!r} registered twice")
        PATTERNS[id] = Pattern(id, priority, scope, description, examples, fn)
        return fn

    return register


def in_order(scope: Scope) -> list[Pattern]:
    """The registered patterns of ``scope``, by priority (sorted once for the registry as it
    stands: the driver asks for each scope's on every article)."""
    current = tuple(PATTERNS.values())
    known = _ORDERED.get(scope)
    # tuples compare their items by identity first: the same registered patterns, in the same
    # order, give the same sorting; any registration or replacement sorts again
    if known is None or known[0] != current:
        known = _ORDERED[scope] = (current, sorted((p for p in current if p.scope == scope), key=lambda p: p.priority))
    return list(known[1])


_ORDERED: dict[Scope, tuple[tuple[Pattern, ...], list[Pattern]]] = {}
