"""Where an incident happened: place names after a preposition, a place noun before "of" with a
modifier allowed ("the port town of …"). Original sentences."""

from __future__ import annotations

import pytest

from summarizer.text.places import find_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods cut off villages in the northern province of Vess on Monday.", "Vess"),
        ("The quake collapsed homes in the port town of Selvik.", "Selvik"),
        ("He grew up in the state of Tarnia.", "Tarnia"),
        ("Officials spoke in the wake of Tuesday storms.", None),  # "wake" is no place noun
        ("In the words of Mayor Ana Ruiz, the town is safe.", None),
        ("Police patrolled the outskirts of Lisk after the blast at the town of Corran.", "Corran"),
    ],
)
def test_a_place_noun_with_one_modifier_before_of_names_the_place(text: str, place: str | None) -> None:
    names = [p.name for p in find_places(text, 0, len(text))]
    if place is None:
        assert names == []
    else:
        assert place in names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a word for the part of a place before its name, after "in" or "through"
        ("Thousands of teachers marched through central Orlen on Saturday.", ["Orlen"]),
        ("Shelling hit homes in eastern Varlo overnight.", ["Varlo"]),
        # the named part of a place, and the place: "the X area of Y"
        ("A roof fell in at a school in the Millbeck area of Torrin on Monday.", ["Millbeck", "Torrin"]),
        ("A shooting in the Tarn district of Bellport sent one man to hospital.", ["Tarn", "Bellport"]),
        ("A man was shot in the Kelby section of Lisk on Friday.", ["Kelby", "Lisk"]),
        # a sentence's full stop ends no organisation's name: "Lisk. Police" is no force
        ("A man was shot in Lisk. Police said he was hurt.", ["Lisk"]),
        ("He was hurt in the Kelby section of Lisk. Police Chief Dan Orr spoke.", ["Kelby", "Lisk"]),
        # a saint's or a fort's name abbreviated opens a place's after a preposition
        ("Shots were fired near a gas station in north St. Verran. Police said no one was hurt.", ["St. Verran"]),
        ("A man was shot in Ft. Orrin on Friday.", ["Ft. Orrin"]),
        # "on" before a place noun and "of"; a people's adjective before the noun
        ("Ash fell on the island of Perla on Monday.", ["Perla"]),
        ("Missiles rained down on the Ukrainian city of Velka overnight.", ["Velka"]),
        ("Five died in a blast in the Indian state of Marwa.", ["Marwa"]),
        # "the area of" a street names no place: the street is an address
        ("The crash happened in the area of Pell Street and Dunn Avenue.", []),
        ("The area of Pell Street was closed.", []),
        # a country's part is the part: "Russia's Kursk region" is in Kursk
        ("Drones struck a depot in Russia's Marsk region overnight.", ["Marsk"]),
        # an initial is no place ("northern B.C.", "S. Main Street")
        ("The camp lies on a forest road in northern B.C. near the river.", []),
        ("Officers closed the road near N. Harbor Street on Friday.", []),
        # a street's type word alone is no place ("in Place" written with a capital)
        ("He held the bag in Place and walked on.", []),
        ("She waited at Court for an hour.", []),  # guard: as before
        ("A man was shot in Place Hill on Friday.", ["Place Hill"]),  # guard: a name that opens with one
        # a company's noun after a name makes it a company; a number after one word, a numbered thing
        ("No one was hurt, the Arden City railway said in a statement.", []),
        ("A van overturned near Junction 14 on Friday.", []),
        ("The crash was at Exit 9 on the turnpike.", []),
        ("Two were shot in Corvel 2019 police said.", ["Corvel"]),  # a year is no number of a thing
        # a company, and a body named for its place, are no places; a venue named for a body is one
        ("Three were hurt at the Kelso Chemicals plant in Avonmere on Monday.", ["Avonmere"]),
        ("A student was stabbed outside the University of Tarrow library.", []),
        ("Fans gathered at the Bank of Kell Stadium on Sunday.", ["Bank of Kell Stadium"]),
        # a community's name, and a capital named in apposition
        ("Two died in a house fire in the community of Pine Lake on Monday.", ["Pine Lake"]),
        ("Police fired tear gas in the capital, Serrano, on Friday.", ["Serrano"]),
        # a village named after "the" with no preposition; a country's capital; the north of a place
        ("Shelling hit the village of Marka in Dorvan province.", ["Marka", "Dorvan"]),
        ("A blast hit a market in Syria's capital, Kessab, on Monday.", ["Kessab"]),
        ("The attack happened in the north of Tevla.", ["Tevla"]),
        # a side or an end of a town, and the town's part named by the town
        ("A man was robbed on the west side of Carrow on Friday.", ["Carrow"]),
        ("Two women were hurt in a crash on Dunmore's North Side.", ["Dunmore"]),
        ("The fire started in a warehouse in Lisk's east end.", ["Lisk"]),
        # a side or an end with no compass point is no town's part: a time's end, a person's side
        ("Two men were shot at the end of Operation Harrow, the army said.", []),
        ("The shots came from a car on Reyes's side of the road.", []),
        # a compass point in lower case before the town
        ("A man was shot in north Carrow early Sunday.", ["Carrow"]),
        ("Gunfire hit two cars in southeast Lisk Falls on Friday.", ["Lisk Falls"]),
        # guard: a direction taken, with no preposition before it, names no place
        ("The car sped east Sunday after the shots.", []),
        # a suburb told by its side of the city: "suburban", a compass point and "far" before it
        ("A man was shot Sunday in suburban Orvale, police said.", ["Orvale"]),
        ("Two women were hurt in west suburban Lisk Falls on Friday.", ["Lisk Falls"]),
        ("A boy was wounded in far south suburban Tarrow Heights.", ["Tarrow Heights"]),
        # near misses: "suburban" before a common noun, or with no preposition, names no place
        ("A man was shot Sunday in suburban neighborhoods, police said.", []),
        ("A group of suburban Orvale parents met on Friday.", []),
        ("A man was shot at a suburban mall in Delvin on Sunday.", ["Delvin"]),
        ("Suburban voters turned out in Kell on Tuesday.", ["Kell"]),
        # the side capitalised, as some papers write it: the suburb, not the compass point
        ("A man was shot in South suburban Orvale on Sunday.", ["Orvale"]),
        ("A man was found dead near northwest suburban Lisk on Sunday.", ["Lisk"]),
        ("A woman was hurt in the north suburban Oak Ridge area on Friday.", ["Oak Ridge"]),
        # the street of a block, a numbered street's ordinal among its words
        ("Officers closed the 1400 block of North 52nd Street on Friday.", ["1400 block of North 52nd Street"]),
        ("A car was hit in the 700 block of 9th Avenue overnight.", ["700 block of 9th Avenue"]),
        # its compass point written short, with a full stop
        ("Officers found him in the 2800 block of E. Tarrow Street, police said.", ["2800 block of E. Tarrow Street"]),
        ("A man was hurt in the 2800 block of W. 59th late on Friday.", ["2800 block of W. 59th"]),
        # guard: a block of a named street, as before
        ("A fire broke out in the 300 block of Pell Street on Monday.", ["300 block of Pell Street"]),
        # a block's street keeps a type word that elsewhere names no place ("Court"), and the words
        # before it that name none either ("President")
        ("Deputies were sent to the 600 block of Harlow Court after 9 p.m.", ["600 block of Harlow Court"]),
        ("A van was shot at in the 1200 block of President Street, police said.", ["1200 block of President Street"]),
        # near misses: a court that is no street is still no place; a block's street with no type word
        # ends at its name, and a block's "Court" ends with no word after it
        ("The Harlow County Court heard the case on Monday.", []),
        ("A man was hurt in the 600 block of Harlow on Friday.", ["600 block of Harlow"]),
        ("He was shot in the 600 block of Harlow Court Sunday.", ["600 block of Harlow Court"]),
        # an initial after "on" or "of" is an abbreviation cut at its stop, not the place's word
        ("They drove to the Tarrow House on U.S. Highway 9 for help.", ["Tarrow House"]),
        ("A man was shot outside the Kell Grill on N. Pell Road.", ["Kell Grill"]),
        # near miss: a word of the place's own after "on" stays
        ("Floods reached homes in Kelby on Tarn overnight.", ["Kelby on Tarn"]),
        ("Two men were shot at the Tarrow Inn on E. Venn Avenue on Friday.", ["Tarrow Inn"]),
        # near miss: an initial after "of" opens a person's name, not a road's
        ("A man was shot dead at the Bank of K. Harlow on Sunday.", []),
    ],
)
def test_parts_of_places_and_their_names(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


def test_a_wire_dateline_with_its_date_is_a_place_and_no_part_of_the_content() -> None:
    from summarizer import summarize

    text = "Blast hits market\n\nLISK, March 3 (Reuters) - A blast at a market killed four people on Sunday, police said.\n"
    result = summarize(text, model="rules")
    assert "LISK" in [p.name for p in result.incident.locations]
    assert [a.content for a in result.attributions] == ["A blast at a market killed four people on Sunday"]
    assert result.check.ok, result.check.findings


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Three killed as building collapses in Lisk\n\nLisk: Three people were killed when a building collapsed "
            "on Tuesday night, officials said.\n",
            "Three people were killed when a building collapsed on Tuesday night",
        ),
        (
            "Reyes interview\n\nReyes: We will not reopen the pier this year.\n\nHost: Not even for the festival?\n",
            "We will not reopen the pier this year",
        ),
    ],
)
def test_a_town_and_a_colon_that_the_text_places_is_a_dateline_not_a_speaker(text: str, content: str) -> None:
    # "Lisk:" where the text also says "in Lisk" is some outlets' dateline; a transcript's
    # "Reyes:" names no place and keeps its speaker
    from summarizer import summarize

    result = summarize(text, model="rules")
    assert content in [a.content for a in result.attributions]
    assert all(a.speaker != "Lisk" for a in result.attributions)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Bank robbed\n\nOrrington police say a bank teller was shot and wounded during a robbery on Friday.\n",
            "Orrington",
        ),
        ("Crash\n\nA Kessler Falls police officer was hurt when a truck hit his cruiser on Sunday.\n", "Kessler Falls"),
        (
            "Standoff\n\nWhen Dunmore police arrived, a man inside the house fired at them, a spokesman said.\n",
            "Dunmore",
        ),
        (
            "Shooting\n\nThe Maple Ridge Metropolitan Police Department said two men were wounded Monday.\n",
            "Maple Ridge",
        ),
        # the force's name capitalised before any word, or at the sentence's end
        ("Shooting\n\nA man was hurt when a Tarrow Police officer fired at his car on Monday.\n", "Tarrow"),
        ("Shooting\n\nTwo men were wounded on Monday night, according to Lisk Police.\n", "Lisk"),
        # guard rows: a capitalised force of no town
        ("Shooting\n\nCapitol Police said two men were wounded on Monday.\n", "-Capitol"),
        ("Shooting\n\nWhen Police arrived, two men were found wounded on Monday.\n", "-When"),
        # a title's modifier before the force's title names no town
        ("Shooting\n\nInterim Police Chief Dana Kell said two men were wounded on Monday.\n", "-Interim"),
        ("Shooting\n\nNew Police Chief Dana Kell said two men were wounded on Monday.\n", "-New"),
        ("Shooting\n\nActing Tarrow Police Chief Dana Kell said two men were wounded on Monday.\n", "Tarrow"),
        ("Shooting\n\nNew Carrow Police said two men were wounded on Monday.\n", "New Carrow"),  # guard
        # a force named by its branch or by what it guards names no town
        ("Shooting\n\nCivil Police said two men were wounded on Monday.\n", "-Civil"),
        ("Shooting\n\nTwo men were wounded on Monday, according to Hospital Police.\n", "-Hospital"),
        ("Shooting\n\nA Judicial Police officer said two men were wounded on Monday.\n", "-Judicial"),
        # guard rows: a county's or a state's force names no town
        ("Shooting\n\nHarlan County police said two men were wounded on Monday.\n", "-Harlan"),
        ("Shooting\n\nState police said two men were wounded on Monday.\n", "-State"),
        ("Shooting\n\nOregon police said two men were wounded on Monday.\n", "-Oregon"),
        # nor a state of two words, a nation's force, a force's manner
        ("Shooting\n\nNorth Dakota police said two men were wounded on Monday.\n", "-North Dakota"),
        ("Shooting\n\nDutch police said two men were wounded in a shooting on Monday.\n", "-Dutch"),
        ("Shooting\n\nUndercover police shot a man who drew a knife on Monday.\n", "-Undercover"),
        # the town's name opening with a saint's, a fort's or a mount's name written short, after a
        # word that opens a town's name or none
        ("Shooting\n\nSt. Verran police said two men were wounded on Monday.\n", "St. Verran"),
        ("Shooting\n\nTwo men were wounded on Monday, Ft. Kell police said.\n", "Ft. Kell"),
        ("Shooting\n\nEast St. Orrin police said two men were wounded on Monday.\n", "East St. Orrin"),
        ("Shooting\n\nTwo men were hurt in Lisk. Mt. Dorran police said they ran.\n", "Mt. Dorran"),
        # "Ste." (a female saint's name) is an abbreviation too: no sentence ends after it
        ("Shooting\n\nTwo men were hurt on Monday. Sault Ste. Orrin police said they ran.\n", "Sault Ste. Orrin"),
        ("Shooting\n\nTwo men were hurt on Monday. Ste. Verran police said they ran.\n", "Ste. Verran"),
        # near misses: a street's "St." after its name, the next words no saint's town
        ("Shooting\n\nTwo men were wounded near Kell St. Tarrow police said they ran.\n", "-St. Tarrow"),
        ("Shooting\n\nTwo men were wounded near Kell St. Tarrow police said they ran.\n", "Kell St"),
        ("Shooting\n\nTwo men were wounded at Pell St. Officers found them on Monday.\n", "Pell St"),
        ("Shooting\n\nTwo men were wounded on St. Verran Street on Monday.\n", "St. Verran Street"),
    ],
)
def test_the_town_whose_police_tell_the_incident_is_its_place(text: str, town: str) -> None:
    # ("-Name": the guard rows, no place of that name)
    from summarizer import summarize

    result = summarize(text, model="rules")
    names = [p.name for p in result.incident.locations] if result.incident else []
    assert (town in names) if not town.startswith("-") else town[1:] not in names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Shooting\n\nTwo men were wounded outside a Carrow home late Friday, deputies said.\n", "Carrow"),
        ("Shooting\n\nA teenager was shot in a Lisk Falls park on Sunday afternoon.\n", "Lisk Falls"),
        # the town's side in lower case before it; a shopping centre named by its town
        ("Shooting\n\nTwo men were wounded outside a south Carrow home late Friday.\n", "Carrow"),
        ("Shooting\n\nA teenager was shot at a Lisk Falls shopping center on Sunday.\n", "Lisk Falls"),
        # guard row: a people's adjective after a side names no town
        ("Shooting\n\nA man was shot in a west Latino neighborhood on Sunday afternoon.\n", "-Latino"),
        # guard rows: a style of house, a people's adjective, names no town
        ("Shooting\n\nA man was shot outside a Victorian home on Sunday afternoon.\n", "-Victorian"),
        ("Shooting\n\nA man was shot outside a Mexican restaurant on Sunday afternoon.\n", "-Mexican"),
        ("Shooting\n\nA man was shot outside a Ranch-style house on Sunday afternoon.\n", "-Ranch-style"),
        ("Shooting\n\nA man was shot outside a Spanish-style home on Sunday afternoon.\n", "-Spanish-style"),
        ("Shooting\n\nA man was shot in a Latino neighborhood on Sunday afternoon.\n", "-Latino"),
        # a shop named by its trade, the town before it, a person at work there after it
        ("Shooting\n\nA Dunmere pawn shop clerk was shot in a robbery late Friday.\n", "Dunmere"),
        # guard rows: a person's home town is not where it happened; a convenience store is most
        # often a chain's
        ("Shooting\n\nA Tarrow man was shot outside a bar late Friday, deputies said.\n", "-Tarrow"),
        ("Shooting\n\nA clerk was shot at a Quikmart convenience store late Friday.\n", "-Quikmart"),
        # a business, as any place, held by its town; not by a town's part or a people's adjective
        ("Shooting\n\nA woman was shot at a Carrow business late Friday.\n", "Carrow"),
        ("Shooting\n\nA woman was shot at a Downtown business late Friday.\n", "-Downtown"),
        ("Shooting\n\nA woman was shot at a Hispanic business late Friday.\n", "-Hispanic"),
        ("Shooting\n\nA woman was shot at a Black-owned business late Friday.\n", "-Black-owned"),
        ("Shooting\n\nA woman was shot at a Kell Township business late Friday.\n", "Kell Township"),
        ("Shooting\n\nA woman was shot at her Lisk business late Friday.\n", "Lisk"),
        ("Shooting\n\nA Carrow business owner was shot late Friday.\n", "Carrow"),
        # guard rows: a word "business" modifies, its study or its pages online, is a school's or a firm's
        ("Shooting\n\nA Harvard business graduate was shot late Friday in Lisk.\n", "-Harvard"),
        ("Shooting\n\nThe shop had a Yelp business page; a man was shot there Friday.\n", "-Yelp"),
        ("Shooting\n\nA Kellmore business school student was shot late Friday.\n", "-Kellmore"),
        # a suburb's side before the town, as after a preposition
        ("Shooting\n\nTwo men were wounded outside a west suburban Lisk home late Friday.\n", "Lisk"),
        ("Shooting\n\nA woman was shot at a suburban Orvale business late Friday.\n", "Orvale"),
        # a part of any town, capitalised, names no town
        ("Shooting\n\nA clerk was shot at a Downtown pawn shop late Friday.\n", "-Downtown"),
        ("Shooting\n\nTwo men were wounded outside an Uptown home late Friday.\n", "-Uptown"),
    ],
)
def test_a_town_named_before_the_place_it_holds(text: str, town: str) -> None:
    # ("-Name": the guard rows, no place of that name)
    from summarizer import summarize

    result = summarize(text, model="rules")
    names = [p.name for p in result.incident.locations] if result.incident else []
    assert (town in names) if not town.startswith("-") else town[1:] not in names


# the street of a block keeps a road's number: a road named by it is no road without it
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Deputies went to a farmhouse in the 2700 block of County Road 48 on Sunday.", ["2700 block of County Road 48"]),
        ("A woman was hurt in the 2200 block of Farm to Market Road 1960.", ["2200 block of Farm to Market Road 1960"]),
        ("Two men were shot in the 900 block of State Route 9 late Saturday.", ["900 block of State Route 9"]),
        ("A car burned in the 1500 block of Hwy. 16, troopers said.", ["1500 block of Hwy. 16"]),
        # near misses: a count after a street or a road, a number past a full stop
        ("Officers reached the 300 block of Main Street 40 minutes later.", ["300 block of Main Street"]),
        ("Officers reached the 300 block of Pell Road 40 minutes later.", ["300 block of Pell Road"]),
        ("A man was shot in the 300 block of Pell Road 2 times.", ["300 block of Pell Road"]),
        ("It was the 300 block of Pell Road. 12 people saw it.", ["300 block of Pell Road"]),
        # near miss: a clock's hour after a road (a numbered road's number before it is kept)
        ("A man was shot in the 900 block of Pell Road 2 a.m. Sunday.", ["900 block of Pell Road"]),
        ("Deputies found him in the 200 block of Route 9 40 minutes later.", ["200 block of Route 9"]),
    ],
)  # fmt: skip
def test_a_block_of_a_road_named_by_its_number(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


# a rank or title written short opens a person's name, a county names an office, "according to" a
# source: no place
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A man was shot Sunday night, according to Cmdr. Ana Ruiz.", []),
        ("Two were hurt in Elm Ford, according to Sgt. Joe Bell.", ["Elm Ford"]),
        ("A man was hurt in Tarrow, according to Insp. Joe Bell.", ["Tarrow"]),
        ("A boy was shot near Lt. Dana Kell's home.", []),
        ("A man was shot Sunday night, according to Joe Bell.", []),
        ("A man was shot, according to Police Chief Joe Bell.", []),
        ("A man was shot on Sunday, Kell County Coroner Dana Ross said.", []),
        ("A man was shot on Sunday, according to Acting Kell County Prosecutor Dana Ross.", []),
        ("A man was shot in Kell County on Sunday, Sheriff Dana Ross said.", ["Kell County"]),
        # near misses: a place after "to" that no "according" opens; a place by a saint's name
        ("A man who moved according to plan to Tarrow was shot.", ["Tarrow"]),
        ("A man was shot in St. Paul on Monday.", ["St. Paul"]),
    ],
)
def test_a_rank_an_office_or_a_source_names_no_place(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


# two modifiers before a village's noun and "of"
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A landslide buried the remote mountain village of Tarrow on Monday.", ["Tarrow"]),
        ("A flood swept through the small fishing village of Punta Vell.", ["Punta Vell"]),
        ("Gunmen raided the farming village of Orrin at dawn.", ["Orrin"]),
        # near miss: no place noun before "of"
        ("A flood swept through the heart of the Kell valley.", []),
        # near misses: an article or a possessive and a noun before a compass point and "of"
        ("A man was shot at a bar north of Tarrow Heights.", []),
        ("A man was found in a field east of the Kell Mountains.", []),
    ],
)
def test_two_modifiers_before_a_place_noun(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


# a saint's, a fort's or a mount's name abbreviated inside a place's name
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A man was shot in East St. Louis on Friday.", ["East St. Louis"]),
        ("A man was shot in West St. Paul on Friday.", ["West St. Paul"]),
        ("Two were hurt near North Ft. Myers late Sunday.", ["North Ft. Myers"]),
        # near miss: a street's "St." and a sentence's next word
        ("Three were hurt in Port St. Lucie on Sunday.", ["Port St. Lucie"]),
        ("A man was shot in Sault Ste. Marie on Friday.", ["Sault Ste. Marie"]),
        ("A boy was hurt in Fort St. Anne late Sunday.", ["Fort St. Anne"]),
        ("A man was shot on Kell St. Police said he was 20.", []),
        # near misses: any name before "St." is a street's, and the next sentence opens after it
        ("A man was shot near Kell St. Tarrow police said he died.", ["Kell St"]),
    ],
)
def test_an_abbreviated_word_inside_a_place_name(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


# a place's name ends before the day that follows it, through "on" or a bare space: a month and its
# day, a weekday, a holiday the dates' reader knows, or a day named "… Day" or "… Eve" after "on"
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A man was shot dead in Pell on Jan. 5.", ["Pell"]),
        ("A man was shot dead in Pell on Sept. 12.", ["Pell"]),
        ("A woman was hurt in Pell on Aug. 3 at a party.", ["Pell"]),
        ("A man was shot dead in Pell Dec. 3, police said.", ["Pell"]),
        ("A man was shot dead in Pell on Dec 3.", ["Pell"]),
        ("Two men were stabbed in Pell on Christmas Eve.", ["Pell"]),
        ("Two men were stabbed in Pell on New Year's Day.", ["Pell"]),
        ("A boy drowned in Pell on Labor Day.", ["Pell"]),
        ("A boy drowned in Pell on Memorial Day.", ["Pell"]),
        ("A boy drowned in Pell on Thanksgiving.", ["Pell"]),
        ("Fireworks hurt a girl in Pell on Fourth of July.", ["Pell"]),
        ("Fireworks hurt a girl in Pell on Canada Day.", ["Pell"]),
        ("Fireworks hurt a girl in Pell on New Year's Eve.", ["Pell"]),
        ("He was shot in the 300 block of Pell Street on Jan. 5.", ["300 block of Pell Street"]),
        # as before: a month's day and a weekday in full
        ("A man was shot dead in Pell on March 5.", ["Pell"]),
        ("A man was shot dead in Pell on Monday.", ["Pell"]),
        # near misses: a town or a street named after "on" or "upon", a month no day follows
        ("A man was shot dead in Stratford on Avon on Monday.", ["Stratford on Avon"]),
        ("A man was shot dead in Newcastle upon Tyne on Jan. 5.", ["Newcastle upon Tyne"]),
        ("A man was shot dead in Rostov-on-Don.", ["Rostov-on-Don"]),
        ("A man was shot dead in Pell on Marshall Street.", ["Pell on Marshall Street"]),
        ("A man was shot dead in Pell on May Avenue.", ["Pell on May Avenue"]),
        ("A man was shot dead in Pell on Day Street.", ["Pell on Day Street"]),
    ],
)
def test_a_place_ends_before_the_day_after_it(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places
