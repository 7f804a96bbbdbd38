"""The incident date: the best-ranked date in the incident's own sentences or the lead, else
the best-ranked date anywhere in the report. Original article."""

from __future__ import annotations

from summarizer import summarize

LATE_DATE = (
    "Two hurt in warehouse fire\n\n"
    "Two workers were injured when a fire broke out at a warehouse in Hollins, officials said.\n\n"
    "Crews from three stations fought the blaze for more than an hour. The building had passed an inspection last year.\n\n"
    "The fire marshal said the alarm was raised on Tuesday, March 3, by a passing driver.\n"
)


def test_a_date_given_only_in_a_later_paragraph_is_the_incident_date() -> None:
    incident = summarize(LATE_DATE, model="rules", published="2026-03-04").incident
    assert incident is not None and incident.date is not None
    assert incident.date.value == "2026-03-03"
