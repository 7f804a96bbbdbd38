from __future__ import annotations

import datetime as dt

import pytest

from summarizer import summarize
from summarizer.ingest import load_article
from summarizer.text.places import dateline_place
from summarizer.text.streets import find_addresses, may_name_a_street
from summarizer.text.timeplace import date_features, find_dates, find_time


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("between 2:20 pm and 7:30 pm MSK", "14:20", "19:30", "MSK"),
        ("from 9 a.m. to 11:15 a.m.", "09:00", "11:15", None),
        ("between 10:30 and 11:45 GMT", "10:30", "11:45", "GMT"),
        ("from 11 pm to 2 am local time", "23:00", "02:00", "LOCAL TIME"),
        ("shortly after 3 pm", "15:00", None, None),
        ("at noon", "12:00", None, None),
    ],
)
def test_time_windows(text: str, start: str, end: str | None, zone: str | None) -> None:
    window = find_time(text, 0, len(text))
    assert window is not None
    assert (window.start, window.end) == (start, end)
    assert (window.timezone or None) == (zone if zone != "LOCAL TIME" else "local time")


@pytest.mark.parametrize(
    ("published", "value"),
    [("2026-03-04", "2026-03-02"), ("2026-03-02", "2026-03-02"), (None, None)],
)
def test_relative_weekday_resolves_against_publication(published: str | None, value: str | None) -> None:
    text = "Two workers were injured in a fire at a warehouse in Fenwick on Monday, the fire department said."
    inc = summarize(text, model="rules", published=published).incident
    assert inc is not None and inc.date is not None
    assert inc.date.text == "on Monday"
    assert inc.date.value == value


def test_absolute_date_and_yesterday() -> None:
    inc = summarize("A bus crashed on March 3, 2025, killing two people, police said.", model="rules").incident
    assert inc is not None and inc.date is not None and inc.date.value == "2025-03-03"
    inc = summarize(
        "A bus crashed yesterday, killing two people, police said.", model="rules", published="2025-06-10"
    ).incident
    assert inc is not None and inc.date is not None and inc.date.value == "2025-06-09"


def test_locations_of_the_incident() -> None:
    inc = summarize(
        "Two people were killed in a shooting in the 500 block of Elm Street in Dayton, police said.", model="rules"
    ).incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == ["500 block of Elm Street", "Dayton"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time before the day, a harm word in the sentence, nothing about the hour after it
        ("A Man Was SHOT at 9 p.m. Sunday near the pool.", {"before=m", "harm=True", "time=False", "role=event"}),
        # when it was said, with the part of the day after it; no harm named
        ("The council said Monday evening that the bridge would close.", {"before=said", "harm=False", "role=report"}),
        ("The roof gave way on Tuesday night, injuring two.", {"before=way", "harm=True", "form=weekday_part"}),
        ("The march was held on 3 May 2026 at noon.", {"form=absolute", "time=True", "before=on"}),
    ],
)
def test_date_features_read_the_words_around_a_date(text: str, expected: set[str]) -> None:
    article = load_article(text)
    sentences = article.segments.sentences
    (mention,) = find_dates(article.view, sentences, "2026-05-04")
    features = set(date_features(article.view, mention, 0, sentences[0], dt.date(2026, 5, 4)))
    assert expected <= features


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday and the date that falls on it name one day: the date says which week
        (
            "The van was stolen on Friday (March 6) from a depot.",
            [("Friday (March 6)", "2026-03-06"), ("March 6", "2026-03-06")],
        ),
        (
            "The van was stolen Friday, March 6, from a depot.",
            [("Friday, March 6", "2026-03-06"), ("March 6", "2026-03-06")],
        ),
        # a date on another weekday is a slip of one of them: each keeps its own reading
        ("The van was stolen Friday (March 5) from a depot.", [("Friday", "2026-03-13"), ("March 5", "2026-03-05")]),
    ],
)
def test_a_weekday_named_by_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    article = load_article(text)
    found = sorted(find_dates(article.view, article.segments.sentences, "2026-03-16"), key=lambda d: d.span)
    assert [(d.text.removeprefix("on "), d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("A clerk was robbed on Christmas Eve in Marlow.", "2026-12-27", "2026-12-24"),
        ("A clerk was robbed early Christmas morning in Marlow.", "2027-01-02", "2026-12-25"),
        ("A clerk was robbed in Marlow on New Year’s Day.", "2027-01-03", "2027-01-01"),
        ("A clerk was robbed in Marlow on Halloween.", "2026-11-02", "2026-10-31"),
        # the night of New Year's Eve runs past midnight: no one day
        ("Shots were fired in Marlow on New Year's Eve.", "2027-01-02", None),
    ],
)
def test_a_holiday_on_one_day_of_the_year_is_its_latest_before_the_page(
    text: str, published: str, value: str | None
) -> None:
    article = load_article(text)
    found = find_dates(article.view, article.segments.sentences, published)
    assert [d.value for d in found] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("A man was shot early Thanksgiving morning in Marlow.", "2026-11-28", "2026-11-26"),
        ("A man was shot on Thanksgiving Day in Marlow.", "2026-11-30", "2026-11-26"),
        ("A clerk was robbed in Marlow on Memorial Day.", "2026-05-27", "2026-05-25"),
        ("A clerk was robbed in Marlow on Labor Day.", "2027-09-08", "2027-09-06"),
        ("A man was shot on Mother's Day in Marlow.", "2026-05-12", "2026-05-10"),
        ("A man was shot on Father’s Day night in Marlow.", "2026-06-23", "2026-06-21"),
        # the latest before the page: last year's when this year's is still to come
        ("A man was shot on Thanksgiving in Marlow.", "2026-03-02", "2025-11-27"),
        # near misses: its weekend, week or eve spans other days
        ("Two men were shot over the Thanksgiving weekend in Marlow.", "2026-11-30", None),
        ("Two men were shot over the Thanksgiving Day weekend in Marlow.", "2026-11-30", None),
        ("A man was shot on Thanksgiving eve in Marlow.", "2026-11-30", None),
        ("Shots rang out at a Memorial Day weekend party in Marlow.", "2026-05-27", None),
        # a year told after it names that year's
        ("A man was shot on Thanksgiving 2019 in Marlow.", "2026-11-30", "2019-11-28"),
        ("A clerk was robbed in Marlow on Labor Day of 2021.", "2026-09-08", "2021-09-06"),
        ("A clerk was robbed in Marlow on Christmas Day, 2020.", "2026-12-28", "2020-12-25"),
        ("A man was shot on Thanksgiving last year in Marlow.", "2026-11-05", "2025-11-27"),
        # between Canada's Thanksgiving (the second Monday of October) and the fourth Thursday of
        # November, a page's Thanksgiving is the one just past, not the one of eleven months before
        ("A man was stabbed on Thanksgiving in Marlow, Ontario.", "2026-10-14", "2026-10-12"),
        ("A man was shot on Thanksgiving in Marlow.", "2026-12-01", "2026-11-26"),
        # near misses: a day told from the holiday is not the holiday
        ("A man was shot the day after Thanksgiving in Marlow.", "2026-11-30", None),
        ("A man was shot the night before Memorial Day in Marlow.", "2026-05-27", None),
        ("A clerk was robbed in Marlow the day after Christmas Day.", "2026-12-28", None),
        ("Five people have been shot in Marlow since Labor Day.", "2026-09-30", None),
        ("A man was shot in Marlow ahead of Mother's Day.", "2026-05-12", None),
    ],
)
def test_a_holiday_on_a_weekday_of_its_month_is_its_latest_before_the_page(
    text: str, published: str, value: str | None
) -> None:
    article = load_article(text)
    found = find_dates(article.view, article.segments.sentences, published)
    assert [d.value for d in found] == ([value] if value else [])


def test_a_weekday_named_by_its_date_is_the_incident_date_and_passes_the_checker() -> None:
    text = "Clerk hurt\n\nA clerk was shot Friday (March 6) in a robbery at a store in Marlow, police said.\n"
    summary = summarize(text, model="rules", published="2026-03-16")
    assert summary.incident is not None and summary.incident.date is not None
    assert (summary.incident.date.text, summary.incident.date.value) == ("Friday (March 6)", "2026-03-06")
    assert summary.check.ok and not summary.check.findings


def test_an_update_line_dates_the_page_not_the_event() -> None:
    text = "UPDATE Tuesday, March 17: Police named the man who robbed a store in Marlow early Saturday."
    article = load_article(text)
    found = sorted(find_dates(article.view, article.segments.sentences, "2026-03-17"), key=lambda d: d.span)
    assert [(d.text, d.value, d.role) for d in found] == [
        ("Tuesday, March 17", "2026-03-17", "stamp"),
        ("March 17", "2026-03-17", "stamp"),
        ("early Saturday", "2026-03-14", "event"),
    ]


def test_date_scan_from_its_first_words_is_the_patterns_own() -> None:
    """Dates are looked for only at a digit run or a word a date opens with: the same matches as
    the date pattern's finditer, from any start to any end, on generated text."""
    import random

    from summarizer.text import timeplace

    rng = random.Random(9)
    vocab = ["on", "Monday", "last", "night", "this", "morning", "May", "12", "2024", "2024-05-01", "sept.",
             "Sep", "Jan.", "3rd", "of", "March", "early", "late", "Friday", "yesterday", "today", "earlier",
             "tonight", "overnight", "x1", "month", "on12", "a", "the", "Mayor", "thisday", "Christmas", "Eve",
             "Day", "New", "Year's", "Halloween", "fourth", "July", "newest", "Thanksgiving", "Memorial",
             "Labor", "Mother's", "weekend", "eve"]  # fmt: skip
    for _ in range(600):
        text = " ".join(rng.choice(vocab) + rng.choice(["", "", ",", "."]) for _ in range(rng.randint(0, 14)))
        low = text.lower()
        pos = rng.randint(0, len(low))
        end = rng.randint(pos, len(low))
        for a, b in ((0, len(low)), (pos, end)):
            assert [m.span() for m in timeplace._date_matches(low, a, b)] == [
                m.span() for m in timeplace._DATE_RE_LOWER.finditer(low, a, b)
            ], (text, a, b)


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("The man was found at 418 Larkmoor Avenue on Tuesday.", ["418 Larkmoor Avenue"]),
        ("On Elm Street, officers found a car on fire.", ["Elm Street"]),  # the sentence's "On" is not the street's
        ("The crash closed the junction of Quarry Hill Road and Mill Lane.", ["Quarry Hill Road and Mill Lane"]),
        ("A van overturned on Route 317 and later on I-95.", ["Route 317", "I-95"]),
        ("The parade turned into West 47th Street and then Martin Luther King Jr. Boulevard.",
         ["West 47th Street", "Martin Luther King Jr. Boulevard"]),
        # a type word that names other things counts only after a house number
        ("He appeared in Superior Court on Monday; he lives at 12 Tamsin Court.", ["12 Tamsin Court"]),
        ("Dr. Okafor said the Way Forward plan would start in Place Vendome.", []),
        # and after "on" or a block, where it can only be a street's
        ("Shots were fired on Tarrow Circle overnight.", ["Tarrow Circle"]),
        ("A car was found in the 900 block of Kell Court on Monday.", ["Kell Court"]),
        ("Deputies were sent to a home on NE 14th Place.", ["NE 14th Place"]),
        ("Neighbors along Tarrow Way heard the shots.", ["Tarrow Way"]),
        # and after "on the" before a road's "Circle" or "Way"
        ("A bank branch on the Tarrow Circle was robbed.", ["Tarrow Circle"]),
        # not a court there, nor a circle named by its kind
        ("A judge on the Tarrow Court heard the appeal on Friday.", []),
        ("A clerk on the Housing Court retired on Friday.", []),
        ("Aides on the Inner Circle met on Friday.", []),
        # and before the homes built on it: a complex named for its street
        ("Two men were hurt in the parking lot of the Venn Court apartments.", ["Venn Court"]),
        ("Shots hit a car outside the Kell Place townhomes.", ["Kell Place"]),
        ("He was cleaning a pistol in the garage of his Tamsin Court home when it fired.", ["Tamsin Court"]),
        ("A fire broke out at a Venn Circle house overnight.", ["Venn Circle"]),
        ("Lawyers crowded the District Court house steps.", []),  # guard: a court named by its kind
        ("A woman was killed at her Tarrow Circle residence on Friday.", ["Tarrow Circle"]),
        # guards: "Court house" is a courthouse in two words, a "residence hall" a dormitory
        ("A deputy was hurt outside the Traffic Court house on Monday.", []),
        ("A man was stabbed at the Kings Court house on Friday.", []),
        ("Police found a woman in a Tarrow Court residence hall on Sunday.", []),
        ("The Supreme Court complex was closed.", []),  # guard: a court named by its kind
        # a "complex" alone is no home's: a court's or a sport's
        ("Fans filled the Tennis Court complex on Friday.", []),
        ("Shots were fired at the Venn Court apartment complex.", ["Venn Court"]),  # guard
        # guards: a court named by its kind, or a body named after a verb whose object "on" opens
        ("The senator voted on the Supreme Court nominee.", []),
        ("The mayor commented on the Inner Circle report.", []),
        # guards: a court named by its kind after "on"; a building's name after "at"
        ("The senator voted on Supreme Court nominees.", []),
        ("The two men met at Kell Court on Friday.", []),
        # nor a court named by its kind after its town ("Kell County Court"), nor after a verb whose
        # object "on" opens
        ("Clerks worked late on Kell County Court filings.", []),
        ("The council voted on Safe Way, its plan against violence.", []),
        ("The mayor relies on Inner Circle, a panel of pastors.", []),
        ("A van was stopped on Tarrow Way after the council voted.", ["Tarrow Way"]),  # guard
        # a numbered road with its type word abbreviated
        ("Deputies were sent to 12 US Hwy 40 near Tarrow.", ["12 US Hwy 40"]),
        ("A truck overturned on Hwy. 61 and later on Rte 9.", ["Hwy. 61", "Rte 9"]),
        ("The US economy grew 2 percent in the quarter.", []),  # guard
        # "St" with no full stop after a house number
        ("Officers were sent to the store at 2189 41st St, the sheriff said.", ["2189 41st St"]),
        ("A car was stopped outside 40 Kell St on Friday.", ["40 Kell St"]),
        ("The parish of St Anne held 2 masses for St Kell.", []),  # guard
        # not after a rank or an edition: a state's school
        ("The victim wore a jersey of No. 5 Tarrow St to the game.", []),
        ("He cheered for the 2019 Kell St team and #3 Pell St on Friday.", []),
        # an avenue named by a letter, its type word first
        ("Officers were called to a crash on Avenue K late Sunday.", ["Avenue K"]),
        # a corner named by two streets without their type words, one numbered
        ("Shots were fired near 41st and Larkmoor on Friday.", ["41st and Larkmoor"]),
        ("A car hit a pole at 8th and Tamsin Avenue overnight.", ["8th and Tamsin Avenue"]),
        # guards: two grades of a school, and a numbered corner before a day
        ("The coach spoke to 5th and 6th graders at the school.", []),
        ("The coach spoke to the class on 3rd and Friday left early.", []),
        # a name after the corner's "and" that goes on with another name word is not a street's
        ("Shots were fired near 9th and Larkmoor High School.", []),
        # guard: a bare corner before a day
        ("Shots were fired near 9th and Larkmoor Sunday night.", ["9th and Larkmoor"]),
        # the plural type word of the two streets is the corner's, read whole
        ("Shots were fired at 2nd and Larkmoor Streets overnight.", ["2nd and Larkmoor Streets"]),
        # the numbered street with its compass point
        ("Shots were fired at North 41st and Larkmoor Streets overnight.", ["North 41st and Larkmoor Streets"]),
        ("Shots were fired near North 9th and Larkmoor High School.", []),  # guard
        # a corner of two streets named before their type word in the plural
        ("Officers stood at the corner of Pell and Orrin streets overnight.", ["Pell and Orrin streets"]),
        ("Shots were fired near North Tamsin and West Kell Avenues on Friday.", ["North Tamsin and West Kell Avenues"]),
        ("At Pell and Orrin roads, a van overturned.", ["Pell and Orrin roads"]),
        # guards: two people before streets; one name left once the words of a sentence are dropped
        ("Smith and Jones said the streets were quiet.", []),
        ("Police and Orrin streets were quiet.", []),
        # a street named by one word that otherwise names an institution
        ("He was found near Congress Street and Whitaker Street overnight.", ["Congress Street and Whitaker Street"]),
        ("A van overturned on President Street on Friday.", ["President Street"]),
        # guards: a word that opens a sentence or a date, stripped before a street, names none alone
        ("Police Street closures began on Friday.", []),
        ("In March Street vendors left early.", []),
        # guard: the corner's number in another script's digits (what "\d" matches) is read too
        ("Shots were fired near \u0664\u0661st and Larkmoor on Friday.", ["\u0664\u0661st and Larkmoor"]),
    ],
)  # fmt: skip
def test_street_addresses(text: str, streets: list[str]) -> None:
    assert [p.name for p in find_addresses(text, 0, len(text))] == streets


# guards: each kind of street find_addresses reads makes a text one that may name a street (the
# test runs its patterns only where a word or a digit they need occurs)
@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("The man was found at 418 Larkmoor Avenue on Tuesday.", True),
        ("A van overturned on Route 317 late on Friday.", True),
        ("Traffic on I-95 was slowed for hours.", True),
        ("Traffic on Hwy. 61 was slowed for hours.", True),
        ("A car was stopped outside 40 Kell St on Friday.", True),
        ("Shots were fired near 41st and Larkmoor on Friday.", True),
        ("Officers stood at the corner of Pell and Orrin streets overnight.", True),
        ("Shots were fired near \u0664\u0661st and Larkmoor on Friday.", True),
        ("The coach spoke to 5th and 6th graders at the school.", False),
        ("The mayor spoke to reporters on the third day of the strike.", False),
        ("A routine highway patrol found nothing.", False),
    ],
)  # fmt: skip
def test_may_name_a_street(text: str, may: bool) -> None:
    assert may_name_a_street(text, 0, len(text)) is may


def test_the_street_of_the_incident_is_one_of_its_places_but_never_splits_its_count() -> None:
    text = "Police report\n\nTwo men were shot outside a store on Quillon Street in Dayton late on Friday.\n"
    inc = summarize(text, model="rules").incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == ["Quillon Street", "Dayton"]
    assert [(f.category, f.value, f.location) for f in inc.figures] == [("injured", 2, "Dayton")]


_SCENE_LEAD = "Shooting\n\nA man was wounded in a shooting late Friday, police said. He is expected to recover.\n\n"


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # no street in the lead or the toll: the first sentence that tells where it took place
        (_SCENE_LEAD + "The shooting happened outside a bar on Tamsin Road, police said.\n", "Tamsin Road"),
        (_SCENE_LEAD + "Officers were called to a home in the 400 block of Pell Street.\n", "400 block of Pell Street"),
        # guard: a street told for another reason is no scene
        (_SCENE_LEAD + "His family said he grew up on Orrin Avenue.\n", "-Orrin Avenue"),
        # guard: a scene set at another time is another event's
        (_SCENE_LEAD + "Two years ago, officers were called to a home on Orrin Avenue.\n", "-Orrin Avenue"),
        # where the one who did it was found is no scene
        (_SCENE_LEAD + "The gunman was found hiding in a shed on Orrin Avenue.\n", "-Orrin Avenue"),
        # a scene told as another event's: "unrelated", "separate"
        (_SCENE_LEAD + "Later, officers were called to Orrin Avenue for an unrelated fight.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "In a separate case, a woman was found hurt on Orrin Avenue.\n", "-Orrin Avenue"),
        # no sentence tells where it happened: the first street the story names
        (
            _SCENE_LEAD + "Deputies on patrol stopped a van on Corliss Road soon after, the sheriff said.\n",
            "Corliss Road",
        ),
        (
            _SCENE_LEAD + "A clerk was held up at gunpoint in the 800 block of Wendle Avenue.\n",
            "800 block of Wendle Avenue",
        ),
        (_SCENE_LEAD + "Witnesses heard six shots outside a bar at 212 Aldine Street.\n", "212 Aldine Street"),
        # the street taken, named again later with its house number or block: the address in full
        (
            "Shooting\n\nA man was wounded on Marrow Lane late Friday, police said. He is expected to recover.\n\n"
            "Officers found him near his car in the 300 block of Marrow Lane.\n",
            "300 block of Marrow Lane",
        ),
        (
            "Shooting\n\nA woman was shot outside a shop on Ferrin Road on Friday, police said. She is in hospital.\n\n"
            "The shop, at 41 Ferrin Road, was closed on Saturday.\n",
            "41 Ferrin Road",
        ),
        (
            "Shooting\n\nA man was wounded on Marrow Lane late Friday, police said. He is expected to recover.\n\n"
            "Officers found him lying at the corner of Marrow Lane and Pell Road.\n",
            "Marrow Lane and Pell Road",
        ),
        # not a later mention set at another time
        (
            "A man was shot on Marrow Lane in Tarrow on Tuesday, police said. He was 30. A similar shooting "
            "happened in the 900 block of Marrow Lane last year.",
            "-900 block of Marrow Lane",
        ),
        (
            "A man was shot on Marrow Lane in Tarrow on Tuesday, police said. He was 30. Two years ago, police "
            "were called to the corner of Marrow Lane and Pell Road for a fight.",
            "-Marrow Lane and Pell Road",
        ),
        # a home named after its owner in the lead is no scene: the sentence that tells where is looked for
        (
            "Arrest\n\nDana Kell, 24, of 418 Larkmoor Avenue, was arrested on Friday. He is held in jail.\n\n"
            "Officers had seen him fire a pistol outside a bar on Tamsin Road, police said.\n",
            "Tamsin Road",
        ),
        (
            "Arrest\n\nDana Kell, who lives on Larkmoor Avenue, was arrested on Friday. He is held in jail.\n\n"
            "Deputies on patrol had seen him fire a pistol in the 200 block of Pell Street.\n",
            "200 block of Pell Street",
        ),
        # a home told as an address listed, or as where a person is from
        (
            "Arrest\n\nDana Kell, whose address was listed as Larkmoor Avenue, was arrested on Friday. He is held in "
            "jail.\n\nDeputies on patrol had seen him fire a pistol in the 200 block of Pell Street.\n",
            "200 block of Pell Street",
        ),
        (
            "Arrest\n\nDana Kell, a 24-year-old man from the 400 block of Larkmoor Avenue, was arrested on Friday. He "
            "is held in jail.\n\nDeputies on patrol had seen him fire a pistol in the 200 block of Pell Street.\n",
            "200 block of Pell Street",
        ),
        # a person moved from a street is not told as from it (by age)
        (_SCENE_LEAD + "Firefighters carried a woman from 40 Orrin Avenue after the blast.\n", "40 Orrin Avenue"),
        # guard: shots that came from a car on a street tell of no one's home
        (_SCENE_LEAD + "Witnesses said the shots came from a car on Larkmoor Avenue.\n", "Larkmoor Avenue"),
        # guard: the home is kept when no sentence names another street
        ("Arrest\n\nDana Kell, 24, of 418 Larkmoor Avenue, was arrested on Friday.\n", "418 Larkmoor Avenue"),
        # guards: the home of the one caught after a person was shot (the suspect's), a home told
        # with no catch, are no scene
        (
            _SCENE_LEAD + "Dana Kell, 24, of 418 Larkmoor Avenue, was arrested at home on Saturday.\n",
            "-418 Larkmoor Avenue",
        ),
        (
            "Guns\n\nDeputies found two rifles on Friday, the sheriff said. No one was hurt.\n\n"
            "Dana Kell, 24, of 418 Larkmoor Avenue, owns the farm.\n",
            "-418 Larkmoor Avenue",
        ),
        # guards: a person's home named after them, a catch, a life, a street standing for a trade are no scene
        (_SCENE_LEAD + "Shares of Wall Street banks fell after the shooting, traders said.\n", "-Wall Street"),
        (
            _SCENE_LEAD + "The victim, Dana Kell, 24, of 418 Larkmoor Avenue, is expected to recover.\n",
            "-418 Larkmoor Avenue",
        ),
        (_SCENE_LEAD + "The suspect was arrested at a motel on Orrin Avenue.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "Neighbors said the man lived on Orrin Avenue for years.\n", "-Orrin Avenue"),
        # what followed the incident is told at streets that need not be its scene: a gathering, a
        # road closed, a catch
        (_SCENE_LEAD + "Friends held a candlelight vigil for him on Larkmoor Avenue on Sunday.\n", "-Larkmoor Avenue"),
        (_SCENE_LEAD + "The next day, marchers walked down Larkmoor Avenue to City Hall.\n", "-Larkmoor Avenue"),
        (_SCENE_LEAD + "Orrin Avenue was closed between Pell Road and Kell Street for hours.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "A man was taken into custody at a gas station on Kell Avenue on Saturday.\n", "-Kell Avenue"),
        (_SCENE_LEAD + "The shooting came a day before the spring parade down Orrin Avenue.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "His car was towed to a lot on Orrin Avenue.\n", "-Orrin Avenue"),
        # where someone was taken after it (a fire station is no fire)
        (_SCENE_LEAD + "His brother drove him to a clinic on Orrin Avenue.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "A neighbor took him to the fire station on Orrin Avenue.\n", "-Orrin Avenue"),
        # unless taken by force, which is the incident
        (_SCENE_LEAD + "Two men forced him into a van and drove him to a house on Orrin Avenue.\n", "Orrin Avenue"),
        # guard: unless the sentence tells of the harm too
        (_SCENE_LEAD + "A friend drove him to Orrin Avenue, where the gunman fired again.\n", "Orrin Avenue"),
        # a state that lasted years is a life's; a home after its owner's name; a building where
        # officials are met
        (_SCENE_LEAD + "She ran a dance studio on Orrin Avenue for 30 years, friends said.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "He was named as Dana Kell of Orrin Avenue.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "He had moved into a flat on Orrin Avenue in the spring.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "He was staying with his aunt on Orrin Avenue, she said.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "A resident of Orrin Avenue said she heard nothing.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "Anyone who saw it may call the police station on Orrin Avenue.\n", "-Orrin Avenue"),
        (_SCENE_LEAD + "The chief spoke to reporters outside headquarters on Orrin Avenue.\n", "-Orrin Avenue"),
        # guard: a side of a street is no owner's name
        (_SCENE_LEAD + "North of Orrin Avenue, deputies on patrol stopped a van soon after.\n", "Orrin Avenue"),
        # guard: a catch told with the harm names the scene
        (_SCENE_LEAD + "A man was arrested after he fired at a car on Kell Avenue, police said.\n", "Kell Avenue"),
        # where a thing was found (a car, a gun, evidence) is told later and often elsewhere: no scene
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. A handgun was found in a yard on "
            "Orrin Avenue the next day.\n",
            "Pell Road and Kell Street",
        ),
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. His car was found on Orrin Avenue "
            "the next day.\n",
            "-Orrin Avenue",
        ),
        # a thing a preposition ties to the person found is not what was found: the scene
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. A man in a parked car was found on "
            "Orrin Avenue.\n",
            "Orrin Avenue",
        ),
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. The driver of the van was found "
            "slumped on Orrin Avenue.\n",
            "Orrin Avenue",
        ),
        # nor are shell casings, left where the shots were fired
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. Shell casings were found in the 400 "
            "block of Orrin Avenue.\n",
            "400 block of Orrin Avenue",
        ),
        # a thing found with the harm or at the scene tells the scene
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. A car was found on Orrin Avenue "
            "with a man dead inside.\n",
            "Orrin Avenue",
        ),
        (
            _SCENE_LEAD + "Neighbors heard shots near Pell Road and Kell Street. Casings and a rifle were found at "
            "the scene on Orrin Avenue.\n",
            "Orrin Avenue",
        ),
        # guard: where a person was found is the scene
        (
            _SCENE_LEAD
            + "Neighbors heard shots near Pell Road and Kell Street. The victim was found on Orrin Avenue.\n",
            "Orrin Avenue",
        ),
        # a place read inside a street is the street's word: the corner is kept whole
        (_SCENE_LEAD + "The shooting happened at Pell & Orrin Avenues.\n", "Pell & Orrin Avenues"),
        (_SCENE_LEAD + "The shooting happened at Pell & Orrin Avenues.\n", "-Pell"),
        # a numbered street's ordinal is no house number: "3rd Avenue" is completed from a later mention
        (
            "Shooting\n\nA man was wounded on 3rd Avenue late Friday, police said. He is expected to recover.\n\n"
            "The call came from 212 3rd Avenue, a duplex.\n",
            "212 3rd Avenue",
        ),
        # nor from a longer ordinal that ends in its own ("43rd Avenue" holds "3rd Avenue")
        (
            "Shooting\n\nA man was wounded on 3rd Avenue late Friday, police said. He is expected to recover.\n\n"
            "His sister lives near 43rd Avenue and Pine Street.\n",
            "-43rd Avenue and Pine Street",
        ),
        # guard: a street with its house number is not completed again
        (
            "Shooting\n\nA man was wounded at 40 3rd Avenue late Friday, police said. He is expected to recover.\n\n"
            "The call came from 212 3rd Avenue, a duplex.\n",
            "-212 3rd Avenue",
        ),
    ],
)
def test_the_sentence_that_tells_where_it_happened_names_its_street(text: str, street: str) -> None:
    # ("-Name": the guard rows, no place of that name)
    inc = summarize(text, model="rules").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert (street in names) if not street.startswith("-") else street[1:] not in names


_GUN_LEAD = (
    "A man was arrested on gun charges after police found a rifle in his flat. TARROW - A city man was "
    "arrested on gun charges after police found a rifle in his flat, police said. "
)


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # where no other street is told, the home a catch or a search names is the report's place
        (
            _GUN_LEAD + "Dana Kell, 24, of 418 Larkmoor Avenue was arrested on a warrant on Friday.",
            ["418 Larkmoor Avenue"],
        ),
        (
            _GUN_LEAD + "Dana Kell was taken into custody at a home in the 400 block of Pell Street.",
            ["400 block of Pell Street"],
        ),
        # near misses: a home told with no catch, a street of a life, the suspect's home after a shooting
        (_GUN_LEAD + "Dana Kell, 24, of 418 Larkmoor Avenue, owns the farm.", []),
        (_GUN_LEAD + "Dana Kell, who grew up on Orrin Avenue, was arrested on Friday.", []),
        # near misses: a harm told before, whatever its word, is the incident, elsewhere
        *(
            (f"{lead} TARROW - {lead} Dana Kell, 24, of 418 Larkmoor Avenue was arrested on Friday.", [])
            for lead in (
                "A woman was assaulted in a parking garage late Friday, police said.",
                "Two people were injured in a crash on the interstate, police said.",
                "A store was burglarized overnight, police said.",
                "A woman was struck by a car on Friday, police said.",
            )
        ),
        (
            "A man was shot and wounded on Friday, police said. TARROW - A city man was shot in the leg late "
            "Friday, police said. Dana Kell, 24, of 418 Larkmoor Avenue was arrested at home on Saturday.",
            [],
        ),
    ],
)
def test_a_home_where_someone_was_caught_when_no_other_street_is_told(text: str, streets: list[str]) -> None:
    inc = summarize(text + " He is due in court on Monday.", model="rules", published="2026-03-09").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert [n for n in names if n != "TARROW"] == streets


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DUNMORE — A man was shot on Friday.", "DUNMORE"),
        ("Man shot\nSAN ROQUE, Calif. (KXYZ) -- Two people were hurt.", "SAN ROQUE"),
        ("LAKE ORTON, Minn. – The ice gave way.", "LAKE ORTON"),
        ("UPDATE — The road has reopened.", None),  # a page word, not a place
        ("The mayor — and her deputy — said so.", None),
    ],
)
def test_the_dateline_place(text: str, place: str | None) -> None:
    found = dateline_place(text, 0, len(text))
    assert (found.name if found else None) == place
    assert found is None or text[found.span[0] : found.span[1]] == place


def test_the_dateline_town_is_a_place_of_the_incident() -> None:
    text = "Man shot on Main\n\nDUNMORE, Pa. — A man was shot outside a bakery on Friday night, police said.\n"
    inc = summarize(text, model="rules").incident
    assert inc is not None and inc.locations[0].name == "DUNMORE"


def test_a_place_off_a_coast_or_on_the_edge_of_a_town() -> None:
    text = (
        "Quake felt\n\nA strong earthquake struck off the coast of Vardo Island early on Monday, injuring two people.\n"
    )
    inc = summarize(text, model="rules").incident
    assert inc is not None and [loc.name for loc in inc.locations] == ["Vardo Island"]


@pytest.mark.parametrize(
    ("lead", "town"),
    [
        ("A man was shot inside his Tarvin apartment early Tuesday, police said.", "Tarvin"),
        ("A woman was hurt when shots hit their Oakmere home on Sunday, police said.", "Oakmere"),
        ("A clerk was stabbed at her Lisk office on Friday, police said.", "Lisk"),
        ("Two men were found dead in their Port Ellery house Saturday, police said.", "Port Ellery"),
        ("A man was shot in a Dunholt park on Friday, police said.", "Dunholt"),  # guard: after an article
        # guards: a style, a street, a firm's office after an article are no town
        ("A man was shot at his Victorian home on Friday, police said.", "-Victorian"),
        ("A man was shot outside his Orrin Street home on Friday, police said.", "-Orrin"),
        ("A man was shot outside a Quillo office on Friday, police said.", "-Quillo"),
    ],
)
def test_a_town_named_before_a_place_after_an_article_or_a_possessive(lead: str, town: str) -> None:
    # ("-Name": the guard rows, no place that is or starts with that name)
    inc = summarize("Shooting\n\n" + lead + "\n", model="rules").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert (town in names) if not town.startswith("-") else not any(n == town[1:] for n in names)


_HURT_LEAD = "Shooting\n\nA man was shot on Wrexford Lane early Friday, police said. "


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        # where the victim was taken or died is a hospital's place, not the incident's
        ("He was taken to Calloway General in stable condition.\n", "-Calloway General"),
        ("He was rushed by ambulance to Saint Odile Medical Center.\n", "-Saint Odile"),
        ("He was transported to Bexley County Infirmary.\n", "-Bexley County"),
        ("He died at Merriton Regional a day later.\n", "-Merriton Regional"),
        ("He was flown to St. Aldric's Medical Center, where he died.\n", "-St"),
        ("Medics took him to Corwin Health Center.\n", "-Corwin Health Center"),
        ("He was flown to a hospital in Delvin, where he is in critical condition.\n", "-Delvin"),
        ("He is being treated at the trauma center in Delvin.\n", "-Delvin"),
        ("The shooting happened near a hospital in Delvin.\n", "Delvin"),  # guard: the scene is near it
        # nor the hospital's street
        ("He was taken to Calloway Hospital on Orrin Avenue.\n", "-Orrin Avenue"),
        ("He died at a hospital in the 200 block of Orrin Avenue.\n", "-200 block"),
        ("He was driven to a clinic on Orrin Avenue by a friend.\n", "-Orrin Avenue"),
        # guard: a shooting outside a hospital is there
        ("A second man was shot outside Calloway Hospital on Orrin Avenue.\n", "Orrin Avenue"),
        # guards: a place the shooting is told at, or where the victim lives, stays one
        ("The shooting happened at Tamsin Park.\n", "Tamsin Park"),
        ("He was shot as he walked to Tamsin Park.\n", "Tamsin Park"),
        ("He died at Tamsin Park before help came.\n", "Tamsin Park"),
        ("It happened in Tarrow, not far from the river.\n", "Tarrow"),
    ],
)
def test_where_the_victim_was_taken_is_no_place_of_the_incident(rest: str, place: str) -> None:
    # ("-Name": no place that is or starts with that name)
    inc = summarize(_HURT_LEAD + rest, model="rules").incident
    names = [loc.name for loc in inc.locations] if inc else []
    assert (place in names) if not place.startswith("-") else not any(n.startswith(place[1:]) for n in names)
