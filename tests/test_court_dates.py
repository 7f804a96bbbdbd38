"""The incident's date in a story of an arrest or a court's step: the harm's own day ("charged
Tuesday with shooting a man Sunday night": Sunday), not the day of the step, when the text dates
both; the step's day when it is the only one."""

from __future__ import annotations

import pytest

from summarizer import summarize


def incident_date(text: str, published: str) -> str | None:
    inc = summarize(text, model="rules", published=published).incident
    return inc.date.value if inc is not None and inc.date is not None else None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A man was sentenced Wednesday for a shooting on July 22 of last year that wounded a cook.",
         "2024-06-10", "2023-07-22"),
        ("A 34-year-old man was charged Tuesday with shooting a man on Elm Street Sunday night.",
         "2024-06-12", "2024-06-09"),
        ("Police early this morning arrested a man and charged him with shooting a cook on Elm Street "
         "on Saturday.", "2024-06-12", "2024-06-08"),
        ("A man pleaded guilty Monday in the May 3 stabbing of a cook on Elm Street.", "2024-06-12", "2024-05-03"),
        # the harm's act told right after its day, by its doer
        ("A Lorain man pleaded guilty Monday to murder in a shooting at a bowling alley last summer. "
         "Prosecutors said that on August 14 he fired at two men in the lot, killing one.", "2024-03-09",
         "2023-08-14"),
        ("A Lorain man was sentenced Tuesday. On August 14, he opened fire outside a bowling alley, wounding "
         "two men.", "2024-03-09", "2023-08-14"),
        # near misses: the step's day is the only one; the harm's day already first; a later step's
        # day before the act ("arrested on August 16 after he shot"), a step told after the day
        ("A Lorain man pleaded guilty Monday to murder. He was arrested on August 16 after he shot a clerk.",
         "2024-03-09", "2024-03-04"),
        ("A Lorain man pleaded guilty Monday to murder. On August 14, police arrested him at his home.",
         "2024-03-09", "2024-03-04"),
        ("A man was shot and killed Monday; police arrested a man Tuesday.", "2024-03-09", "2024-03-04"),
        ("A suspect was arrested Tuesday in a shooting on Elm Street that wounded a cook.", "2024-06-12",
         "2024-06-11"),
        ("A man was shot Sunday on Elm Street. A suspect was arrested Tuesday.", "2024-06-12", "2024-06-09"),
        ("Police said Tuesday that a cook was shot on Elm Street on Saturday.", "2024-06-12", "2024-06-08"),
    ],
)  # fmt: skip
def test_the_harms_day_over_the_laws(text: str, published: str, expected: str) -> None:
    assert incident_date(text, published) == expected
