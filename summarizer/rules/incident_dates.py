"""Which of the ranked dates is the incident's: the first day that is not the page's stamp, else
the first date that is not the stamp, else the first.
"""

from __future__ import annotations

from summarizer.text.segments import Sentence
from summarizer.text.timeplace import DateMention

__all__ = ["incident_date_of"]


def incident_date_of(view: str, body: list[Sentence], ranked: list[DateMention]) -> DateMention | None:
    """The incident's date from the ranked dates: the first day that is not the page's stamp,
    else the first date that is not the stamp, else the first (a day before a wider span the
    ranker put first: "the week of March 12" names no day)."""
    return next(
        (d for d in ranked if d.role != "stamp" and d.precision == "day"),
        next((d for d in ranked if d.role != "stamp"), next(iter(ranked), None)),
    )
