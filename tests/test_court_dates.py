"""The incident's date in a story of an arrest or a court's step: the harm's own day ("charged
Tuesday with shooting a man Sunday night": Sunday), not the day of the step, when the text dates
both, and likewise the harm's day over a vigil's, a search's, an autopsy's or a name's release;
the step's day when it is the only one."""

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
        # a step told by its noun or with its clock, and the harm's day told by its shots, its
        # robbery or the call it brought
        ("A 19-year-old made his first appearance Thursday in district court. Officers responded near "
         "9:40 p.m. Monday to calls of two men hurt by gunfire on Elm Street.", "2024-06-15", "2024-06-10"),
        ("Two men were booked around 2:50 a.m. Tuesday on counts of robbery, accused of robbing a cook at "
         "gunpoint on Monday night.", "2024-06-12", "2024-06-10"),
        ("A third man turned himself into police Tuesday evening. He is charged with firing at a car on "
         "Elm Street on Saturday.", "2024-06-13", "2024-06-08"),
        # a gathering or a search after the harm, told before its day
        ("Friends gathered at the park Sunday night for a teen who was shot by a deputy on Saturday night.",
         "2024-06-10", "2024-06-08"),
        ("Police were still searching for the gunman Friday. A clerk was shot on Elm Street on Wednesday.",
         "2024-06-15", "2024-06-12"),
        # near misses: a call to a later step; a call with no step before; a state that lasts (its
        # day stays first)
        ("A 19-year-old was arraigned Thursday in a shooting. A cook was called to testify on Monday.", "2024-06-15", "2024-06-13"),
        ("Deputies responded Monday to a report of shots. A man was arrested Tuesday.", "2024-06-15", "2024-06-10"),
        ("A man shot on Tuesday night remained in a hospital on Wednesday morning.", "2024-06-12", "2024-06-12"),
        # a later step told right after its day, by its doer: a release of a name, an identification
        ("Detectives on Monday released the name of a cook who was shot on Elm Street on Saturday.",
         "2024-06-12", "2024-06-08"),
        ("Authorities Friday identified the woman who was killed by gunfire on Elm Street. She was shot "
         "on Wednesday.", "2024-06-15", "2024-06-12"),
        # the harm's day told by the finding of its victim, before a later step's day
        ("A retired teacher died of a gunshot wound, according to an autopsy on Tuesday. A neighbour found "
         "him lying in the garden behind his cottage near 6 p.m. Monday.", "2024-06-13", "2024-06-10"),
        ("Friends held a vigil on Monday for a cyclist who was shot. A jogger found the cyclist lying beside "
         "the path behind the old mill on Harbour Road early Sunday.", "2024-06-11", "2024-06-09"),
        # the harm told in the step's own sentence, after its day, however far from the harm's day
        ("Troopers this afternoon arrested a woman and charged her with firing a rifle at a neighbour's "
         "pickup from the porch of a farmhouse near the quarry on Saturday.", "2024-06-12", "2024-06-08"),
        # near misses: a harm's day before an apposition; a search with no earlier day; a found thing
        # after the harm's day; a step's sentence that dates another step after it
        ("A man was shot and killed Monday, identified as a cook from Elm Street who had been robbed on "
         "Sunday.", "2024-06-12", "2024-06-10"),
        ("Detectives on Thursday released the name of a baker who was shot on Elm Street.", "2024-06-14",
         "2024-06-13"),
        ("A baker was shot on Elm Street on Tuesday. Police found the gun on Wednesday.", "2024-06-14",
         "2024-06-11"),
        ("A man was arrested on Tuesday and appeared in court on Wednesday in a shooting that wounded a cook.",
         "2024-06-14", "2024-06-11"),
        # the one found a person or a body, told actively or as the passive's subject
        ("A man was arrested Tuesday in the death of a cook. A passer-by found the cook's body in an alley "
         "on Sunday.", "2024-06-12", "2024-06-09"),
        ("Detectives Thursday identified a man whose body was found on Tuesday.", "2024-06-14", "2024-06-11"),
        ("Detectives appealed on Saturday for help in tracing the gunman. Officers discovered Ana Ruiz slumped over the wheel "
         "of a car on Elm Street late Friday.", "2024-06-16", "2024-06-14"),
        # a clause inside the harm's object is the harm's: its day is still the harm's
        ("Police this morning arrested a man and charged him with firing shots at a van he was following on "
         "Elm Street on Saturday.", "2024-06-12", "2024-06-08"),
        # near misses: a verdict, a thing, the doer or a finding of fact found on an earlier day
        ("A man was sentenced Friday for a shooting on Elm Street. A jury found him guilty on Tuesday.",
         "2024-06-14", "2024-06-14"),
        ("A man was arrested Thursday in a shooting on Elm Street. Officers found a rifle in his car on "
         "Wednesday.", "2024-06-14", "2024-06-13"),
        ("A man was arrested Thursday. Police found the stolen car on Tuesday.", "2024-06-14", "2024-06-13"),
        ("A man was arrested Thursday. Police found Ana Ruiz's car on Tuesday.", "2024-06-14", "2024-06-13"),
        ("A man was sentenced Friday for a shooting. A jury found Ana Ruiz guilty on Tuesday.", "2024-06-14", "2024-06-14"),
        ("A woman was arraigned Thursday in a shooting. An audit found the shop had lost money on Monday.",
         "2024-06-14", "2024-06-13"),
        ("A vigil was held Thursday for a cook who was shot. Investigators found no motive, police said on "
         "Tuesday.", "2024-06-14", "2024-06-13"),
        ("A man was arrested Thursday in a robbery. He had been found guilty of a robbery on Monday in another "
         "case.", "2024-06-14", "2024-06-13"),
        # near miss: a clause of its own between the harm's word and the day, in the step's sentence
        ("Police on Thursday arrested a man in the shooting and said he had been released from jail on "
         "Monday.", "2024-06-14", "2024-06-13"),
    ],
)  # fmt: skip
def test_the_harms_day_over_the_laws(text: str, published: str, expected: str) -> None:
    assert incident_date(text, published) == expected
