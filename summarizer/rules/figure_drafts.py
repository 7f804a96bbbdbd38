"""A figure as drafted from one number of the text (FigureDraft: its value, qualifier, category,
noun, label and place) and the two categories of harm (HARMS), read by every module of counts that
amends the drafts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.text.base import PlaceMention, Span


@dataclass(slots=True)
class FigureDraft:
    text: str
    span: Span
    value: float
    value_max: float | None
    qualifier: str
    category: str
    noun: str | None
    label: str
    location: str | None
    location_span: Span | None
    sentence: int
    phrase_start: int = -1  # where the figure's words start, qualifier included ("at least 12")
    range_end: int = -1  # where the upper number of a range ends
    shared: list[PlaceMention] = field(default_factory=list)  # "over Belgorod and Smolensk"
    each: bool = False
    is_total: bool = False
    roundup: bool = False  # a toll over several shootings ("two killed in shootings across the city")

    @property
    def words_start(self) -> int:  # where the figure's words start: its phrase's when known, else its number's
        return self.phrase_start if self.phrase_start >= 0 else self.span[0]


HARMS = ("killed", "injured")
