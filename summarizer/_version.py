"""The package's version, in a module of its own: every module (and hatch) reads it here, so none
imports the package root."""

from __future__ import annotations

__version__ = "0.1.0"
