"""Antecedents beyond the sources: a person the text names by given name and surname ("Mayor
Lena Ortiz") is one a later "she" or "the mayor" can resolve to, and is listed as a speaker only
if an attribution resolves to them. Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer import summarize
from summarizer.rules.speakers import person_mentions


def test_the_text_names_people_by_given_name_and_surname_with_their_title() -> None:
    text = "Prime Minister Justin Trudeau met Ada Varrow. Grant Park stayed closed, said Mayor Lena O'Neill's office."
    assert [(text[s:e], name, role) for (s, e), name, role, _ in person_mentions(text)] == [
        ("Justin Trudeau", "Justin Trudeau", "prime minister"),
        ("Ada Varrow", "Ada Varrow", None),
        ("Lena O'Neill", "Lena O'Neill", "mayor"),
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a council's member titled before a name the census does not know: a person
        ("Councillor Ama Osei opposed the plan.", [("Ama Osei", "councillor")]),
        ("City Councillor Ama Osei opposed the plan.", [("Ama Osei", "city councillor")]),
        ("Councilman Kwabe Doss voted no.", [("Kwabe Doss", "councilman")]),
        # guard row: the role in lower case was read before
        ("The plan, said councillor Ama Osei, is dead.", [("Ama Osei", "councillor")]),
    ],
)
def test_a_councils_member_titled_before_a_name_is_a_person(text: str, named: list[tuple[str, str]]) -> None:
    assert [(m[1], m[2]) for m in person_mentions(text)] == named


def test_a_bare_role_resolves_to_the_named_holder_the_text_introduced() -> None:
    text = (
        "Bridge reopens after repairs\n\n"
        "Mayor Lena Ortiz cut the ribbon on Monday morning. Critics questioned the cost of the work.\n\n"
        '"It was worth every cent," the mayor said.\n'
    )
    assert speaker_of(text, "worth every cent") == "Lena Ortiz"


def test_a_pronoun_with_no_source_before_it_resolves_to_the_person_the_text_named() -> None:
    text = (
        "Exercise class wins fans\n\n"
        "Retired nurse Helen Moore, 71, joined the class in May and now walks every day.\n\n"
        '"I feel stronger than I did at sixty," she said.\n'
    )
    assert speaker_of(text, "I feel stronger") == "Helen Moore"


def test_a_pronoun_prefers_a_source_to_a_person_only_named_since() -> None:
    text = (
        "Rents set to rise\n\n"
        "Ben Ross, an economist, said rents would rise again next year. "
        "He pointed to a study by Frank Lee of the housing institute.\n\n"
        '"Supply is the whole problem," he said.\n'
    )
    assert speaker_of(text, "Supply is the whole problem") == "Ben Ross"


def test_a_person_no_attribution_resolves_to_is_not_a_speaker() -> None:
    text = (
        "Report on river quality\n\n"
        "Officials said the river was cleaner than in 2015. Angler Paul Grant caught a trout there last week.\n"
    )
    result = summarize(text, model="rules")
    assert result.attributions and all("Paul Grant" not in s.name for s in result.speakers)


def test_a_description_of_a_person_refers_back_to_the_person_named() -> None:
    text = (
        "Bookshop turns ten\n\n"
        "Omar Haddad opened the shop on Queen Street in 2016 with a loan from his sister.\n\n"
        '"We nearly closed twice," says the soft-spoken owner.\n'
    )
    assert speaker_of(text, "We nearly closed twice") == "Omar Haddad"


def test_a_titled_role_is_an_office_not_a_description_of_the_last_person_named() -> None:
    text = (
        "Budget vote delayed\n\n"
        "Council member Omar Haddad asked for more time to read the plan.\n\n"
        '"The numbers are not final," the former mayor said.\n'
    )
    assert speaker_of(text, "The numbers are not final") != "Omar Haddad"


@pytest.mark.parametrize(
    ("between", "his"),
    [
        # "the former harbour master", no holder of that office named: the subject of the sentence before
        ("", True),
        # guard: a sentence between: the office is no description of him
        ("The board meets again in May. ", False),
    ],
)
def test_a_former_office_no_one_holds_is_the_subject_of_the_sentence_before(between: str, his: bool) -> None:
    text = (
        "Ferry news\n\nTom Hale, who ran the harbour board for a decade, is thinking about a run for council.\n\n"
        + between
        + "The former harbour master said on Monday that he would decide by spring.\n"
    )
    assert (speaker_of(text, "he would decide by spring") == "Tom Hale") is his


SHOP_OPENING = (
    "Comic shop turns ten\n\nAna Ruiz opened the shop in 2015 and still runs it.\n\n“We print anything,” says Ruiz. "
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the quote speaks of him as "he": the former office is someone else's
        (
            "Ferry news\n\nTom Hale, who ran the harbour board for a decade, is thinking about a run for council.\n\n"
            "“He would make a fine councillor,” the former harbour master said.\n",
            "fine councillor",
        ),
        # a description of the other sex is not him
        (
            SHOP_OPENING + "There is joy, insists 16-year-old Tom Hale, in finishing a comic. "
            "“It takes months,” says the proud mother.\n",
            "It takes months",
        ),
        # nor one whose words speak of him
        (
            SHOP_OPENING + "There is joy, insists 16-year-old Tom Hale, in finishing a comic. "
            "“He works on them every night,” says the self-taught Lisk resident.\n",
            "every night",
        ),
    ],
)
def test_a_description_is_not_the_person_the_quote_speaks_of_nor_one_of_the_other_sex(text: str, words: str) -> None:
    assert speaker_of(text, words) != "Tom Hale"


def test_a_name_the_text_puts_after_in_or_from_is_a_place_not_a_person() -> None:
    text = "Virginia Hale moved from Nova Scotia in May. Nova Scotia had been home for years."
    assert [name for _, name, _, _ in person_mentions(text)] == ["Virginia Hale"]


def test_a_possessive_loses_only_its_s() -> None:
    text = "Maria Lopez backed Ben Ross's plan. Mayor Ruth Harris’s office agreed."
    assert [(text[s:e], name) for (s, e), name, _, _ in person_mentions(text)] == [
        ("Maria Lopez", "Maria Lopez"), ("Ben Ross", "Ben Ross"), ("Ruth Harris", "Ruth Harris"),
    ]  # fmt: skip


def test_a_quote_with_no_speaker_goes_on_with_the_speaker_before_it() -> None:
    # the words between the two quotes hold a verb of their own ("planned"), so they do not join
    text = (
        "Ferry service to resume\n\n"
        "“The new hull is sound,” said engineer Rosa Diaz, speaking about the planned repairs. "
        "“Nobody should worry about the crossing.”\n\n"
        "The line carried 40,000 people last year. “We want them back,” Diaz said.\n\n"
        "The harbour board met on Tuesday. “Tickets go on sale in May.”\n"
    )
    assert speaker_of(text, "Nobody should worry") == "Rosa Diaz"
    assert speaker_of(text, "Tickets go on sale") == "Rosa Diaz"


def test_a_pronoun_goes_to_a_newly_named_source_whose_gender_the_census_does_not_know() -> None:
    text = (
        "Swim club wins fans\n\n"
        "Retired teacher Doug Perry says the club gave him his mornings back. “I swim before work now,” he adds.\n\n"
        "Chidike Okafor, 50, says he sleeps better since joining. “No more late nights,” he says.\n"
    )
    assert speaker_of(text, "I swim before work") == "Doug Perry"
    assert speaker_of(text, "No more late nights") == "Chidike Okafor"


def test_he_or_she_is_never_two_people_named_together() -> None:
    text = (
        "Cafe workers join union\n\n"
        "Union president Tom Hale said the vote was a good result. “Workers now have one voice,” he said.\n\n"
        "The owners, Kemi Adeyemi and Yemi Bello, said they respected the outcome.\n\n"
        "“We will meet the staff in January,” he said.\n"
    )
    assert speaker_of(text, "We will meet the staff") == "Tom Hale"


def test_a_person_named_as_a_sentence_subject_since_the_last_source_is_who_he_is() -> None:
    text = (
        "Rents set to rise\n\n"
        "Ben Ross, an economist, said rents would rise again next year.\n\n"
        "Councillor Omar Haddad rejected the forecast at Tuesday's meeting.\n\n"
        '"Those numbers are out of date," he said.\n'
    )
    assert speaker_of(text, "Those numbers are out of date") == "Omar Haddad"


def test_a_source_the_text_names_again_by_surname_is_the_more_recent() -> None:
    text = (
        "Rents set to rise\n\n"
        "Omar Haddad, a councillor, said the city would build more homes.\n\n"
        "Ben Ross, an economist, said rents would rise again next year. It was a forecast that Haddad "
        "questioned at once.\n\n"
        '"Those numbers are out of date," he said.\n'
    )
    assert speaker_of(text, "Those numbers are out of date") == "Omar Haddad"


def test_surname_mentions_leave_out_a_surname_used_as_a_modifier() -> None:
    text = "Premier Dan Hale spoke first. The Hale government fell. Hale's office agreed. Then Hale left."
    mentions = [(text[s:e], subject) for (s, e), _, _, subject in person_mentions(text)]
    assert mentions == [("Dan Hale", True), ("Hale", False)]


def test_a_name_with_an_age_is_a_person_whatever_the_given_name() -> None:
    text = (
        "Market to reopen\n\n"
        "Mayor Lena Ortiz said the market would reopen in June.\n\n"
        "Local baker Tunde Bakare, 50, has sold bread there since 1999.\n\n"
        '"It is the heart of the town," he said.\n'
    )
    assert speaker_of(text, "heart of the town") == "Tunde Bakare"


def test_an_organization_described_by_a_common_noun_is_the_one_named_before() -> None:
    text = (
        "Pipeline passes test\n\n"
        "Coastline Energy said on Monday that the pipeline was safe.\n\n"
        '"We inspect every metre of it each month," the company said.\n'
    )
    assert speaker_of(text, "We inspect every metre") == "Coastline Energy"


def test_the_role_goes_to_the_holder_mentioned_last_not_the_one_introduced_last() -> None:
    text = (
        "Budget talks resume\n\n"
        "Health Minister Carla Diaz said hospitals needed more staff. Finance Minister Ana Ruiz said the "
        "budget was tight. Diaz said nurses had waited three years for a raise.\n\n"
        '"We will not wait another year," the minister said.\n'
    )
    assert speaker_of(text, "We will not wait another year") == "Carla Diaz"


@pytest.mark.parametrize(
    ("people", "holder"),
    [
        # one holder of the role named before: "the premier" is that one
        ("Premier Nia Holt cut the ferry budget. Tom Brask, a union leader, said the cut was unfair.", "Nia Holt"),
        (
            "Nia Holt, the premier, cut the ferry budget. Tom Brask, a union leader, said the cut was unfair.",
            "Nia Holt",
        ),
        # near miss: two premiers, each named once: either may be meant, so neither is
        ("Premier Nia Holt cut the ferry budget. Premier Lev Sarno said the cut was unfair.", "premier"),
    ],
)
def test_a_bare_role_is_its_one_holder_and_no_one_of_two_named_once(people: str, holder: str) -> None:
    text = f"Ferry budget cut\n\n{people} But the premier said the plan was fair.\n"
    assert speaker_of(text, "the plan was fair") == holder


@pytest.mark.parametrize(
    ("people", "role", "holder"),
    [
        # a bare role is a holder of that whole title: the prime minister is no finance minister,
        # the finance minister no prime minister
        ("Prime Minister Ada Pine met the unions. Finance Minister Tom Hale said the budget was tight.", "the prime minister", "Ada Pine"),
        ("Finance Minister Tom Hale met the unions. Prime Minister Ada Pine said the budget was tight.", "the finance minister", "Tom Hale"),
        # a plain "minister" is a minister of a field, not the prime minister
        ("Prime Minister Ada Pine met the unions. Finance Minister Tom Hale said the budget was tight.", "the minister", "Tom Hale"),
        ("Mayor Ada Pine met the unions. Deputy Mayor Tom Hale said the budget was tight.", "the mayor", "Ada Pine"),
        # near misses: a title with more words of the same office is still it
        ("County Sheriff Ada Pine met the unions. Tom Hale, a pastor, said the budget was tight.", "the sheriff", "Ada Pine"),
        ("Sheriff Ada Pine met the unions. Tom Hale, a pastor, said the budget was tight.", "the county sheriff", "Ada Pine"),
        # a former holder is not the one of now when a current one is named
        ("Former Premier Ada Pine met the unions. Premier Tom Hale said the budget was tight.", "the premier", "Tom Hale"),
        ("Premier Tom Hale met the unions. Former Premier Ada Pine said the budget was tight.", "the premier", "Tom Hale"),
        # near miss: the only holder named is a former one
        ("Former Premier Ada Pine met the unions. Tom Hale, a pastor, said the budget was tight.", "the former premier", "Ada Pine"),
    ],
)  # fmt: skip
def test_a_bare_role_is_a_holder_of_its_whole_title(people: str, role: str, holder: str) -> None:
    text = f'Budget talks\n\n{people}\n\n"We will find the money," {role} said.\n'
    assert speaker_of(text, "We will find the money") == holder


def test_an_indefinite_description_is_someone_new() -> None:
    text = (
        "Prices to fall\n\n"
        "Ana Ruiz, an economist, said prices would fall.\n\n"
        "An economist said on Tuesday that prices would rise.\n"
    )
    assert speaker_of(text, "prices would rise") == "economist"


def test_capitals_opening_a_paragraph_name_an_organization_unless_they_are_a_dateline() -> None:
    text = (
        "Camp grows\n\n"
        "UNHCR workers counted 4,000 new arrivals at the camp on Monday.\n\n"
        "“We need more tents,” the agency said.\n"
    )
    assert speaker_of(text, "We need more tents") == "UNHCR"


def test_a_title_before_a_surname_makes_the_person_the_holder_of_the_role() -> None:
    text = (
        "Bridge plan costs more\n\n"
        "Lena Ortiz won the vote in October. Critics say Mayor Ortiz's plan is too costly.\n\n"
        '"We will find the money," the mayor said.\n'
    )
    assert speaker_of(text, "We will find the money") == "Lena Ortiz"


def test_the_role_as_a_sentence_subject_keeps_its_holder_the_one_he_means() -> None:
    text = (
        "Ferry fares rise\n\n"
        "Mayor Tom Hale said fares would rise in May.\n\n"
        "A spokesperson for the ferry operator said the new boats were late.\n\n"
        "On Monday, the mayor rode the new ferry to the island.\n\n"
        '"We had no other choice," he said.\n'
    )
    assert speaker_of(text, "We had no other choice") == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The vote was close. Ana Ruiz said no.", True),
        ("The vote was close. On Monday, Ana Ruiz said no.", True),
        ("The vote was close. On Dec. 3, Ana Ruiz said no.", True),
        ("Critics, including Ana Ruiz, said no.", False),
        ("The vote was close, and Ana Ruiz said no.", False),
        # the stop of an abbreviation in capitals ends no sentence
        ("Rumours said that U.S. Justice Ana Ruiz had quit.", False),
        # a role in lower case with its field before the name opens the sentence with it
        ("The vote was close. Opposition critic Ana Ruiz said no.", True),
        ("The vote was close, and opposition critic Ana Ruiz said no.", False),
        # a capitalised word modifying the role opens the sentence with it
        ("The vote was close. Rival candidate Ana Ruiz said no.", True),
        ("The vote was close. Corran nurse Ana Ruiz said no.", True),
        ("The vote was close, and Corran nurse Ana Ruiz said no.", False),  # guard
        # a dateline before the name: the report's first sentence opens with it; a dash inside a
        # sentence opens none
        ("LISK, N.B. — Ana Ruiz said no.", True),
        ("The vote was close — Ana Ruiz said no.", False),
    ],
)
def test_a_name_opens_its_sentence_or_follows_a_fronted_adverbial(text: str, subject: bool) -> None:
    assert [m[3] for m in person_mentions(text)] == [subject]


BAKERY = "Bakery turns ten\n\nAna Ruiz opened the bakery on Pier Street in 2015. "


def test_a_description_refers_to_the_person_the_text_is_about_not_the_last_quoted() -> None:
    text = (
        BAKERY + "Ruiz bakes every loaf herself, and Ruiz still opens at five.\n\n"
        "“She never takes a day off,” says her business partner, Tom Hale. “Not one,” says the cheerful owner.\n"
    )
    assert speaker_of(text, "Not one") == "Ana Ruiz"


def test_a_description_refers_to_the_subject_of_the_sentence_before() -> None:
    text = (
        BAKERY + "Ruiz bakes every loaf herself, and Ruiz still opens at five.\n\n"
        "“She never takes a day off,” says her business partner, Tom Hale. "
        "Hale has cycled to the bakery every morning since 2016.\n\n"
        "“It keeps me young,” says the cheerful cyclist.\n"
    )
    assert speaker_of(text, "It keeps me young") == "Tom Hale"


SHOP = "Comic shop turns ten\n\nAna Ruiz opened the shop in 2015 and still runs it.\n\n“We print anything,” says Ruiz. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the one person the sentence before names, not as a source, is whom the description means
        (
            SHOP + "Never mind the sales. There is joy, insists 16-year-old Tom Hale, in finishing a comic. "
            "“It takes months,” says the self-taught Lisk resident.\n",
            "Tom Hale",
        ),
        # guard: two people named there: the one the text is about
        (
            SHOP + "Never mind the sales. There is joy, insists Tom Hale, in drawing with Greta Lund. "
            "“It takes months,” says the self-taught Lisk resident.\n",
            "Ana Ruiz",
        ),
    ],
)
def test_a_description_refers_to_the_one_person_the_sentence_before_names(text: str, name: str) -> None:
    assert speaker_of(text, "It takes months") == name


def test_a_description_whose_article_the_speaker_left_out_is_still_one() -> None:
    text = (
        BAKERY + "Winters are hard for small shops.\n\n"
        "“I don’t know any bakery that makes money in January,” the tall, soft-spoken owner said.\n"
    )
    assert speaker_of(text, "makes money in January") == "Ana Ruiz"


def test_the_document_a_source_spoke_in_is_that_source_later() -> None:
    text = (
        "Ferries to sail again\n\n"
        "The Harbour Ferry Company said in a statement on Monday that sailings would resume. "
        "The statement also said that fares would not change.\n"
    )
    assert speaker_of(text, "fares would not change") == "Harbour Ferry Company"


def test_a_description_in_apposition_to_a_name_is_that_person() -> None:
    text = (
        "Rents to rise\n\n"
        "Omar Haddad, a councillor, said rents would stay flat.\n\n"
        "Ana Ruiz, an independent economist who writes often about housing, noted that supply had fallen.\n\n"
        "“Rents will rise by a tenth,” she said.\n"
    )
    # the description may be read as a speaker of its own ("… who writes"): it is still Ana Ruiz
    assert speaker_of(text, "Rents will rise by a tenth") == "Ana Ruiz"


def test_a_description_by_a_noun_of_one_sex_has_that_gender() -> None:
    text = (
        "Flood clean-up\n\n"
        "Maria Lopez said the river rose overnight.\n\n"
        "Her husband said the basement was lost. “We will rebuild,” she said.\n"
    )
    assert speaker_of(text, "We will rebuild") == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # an acronym the text names in passing, not as a source
        (
            "Cafe staff unionize\n\nWorkers at the Harbour Cafe chain voted to join the HSWU on Friday. "
            "Members will vote on a contract in March, according to the union's release.\n",
            "Members will vote",
            "HSWU",
        ),
        # an acronym that ends its sentence
        (
            "Cafe staff unionize\n\nWorkers at the Harbour Cafe chain voted on Friday to join the HSWU. "
            "The union said a contract would follow in March.\n",
            "a contract would follow",
            "HSWU",
        ),
        # a name after an organization noun
        (
            "Markets\n\nShares of toy maker Acme & Sons rose 6 per cent on Tuesday. "
            "The company said sales had doubled.\n",
            "sales had doubled",
            "Acme & Sons",
        ),
        # a title's abbreviation and a heading in capitals name no organization
        (
            "Markets\n\nThe CEO of Harbour Bank spoke on Tuesday. NEWS FLASH: The company said sales had doubled.\n",
            "sales had doubled",
            "Harbour Bank",
        ),
        # "the team", "the band": a body's plural name after "the" is what they refer back to
        (
            "Hockey\n\nThe Pinecrest Owls dropped their third game in a row on Saturday. "
            "The team said its goalie would miss a month.\n",
            "its goalie would miss",
            "Pinecrest Owls",
        ),
        (
            "Music\n\nThe Glass Herons postponed their autumn tour. The band said the drummer had broken a wrist.\n",
            "the drummer had broken",
            "Glass Herons",
        ),
        # a name that ends in "League", "Club" or "FC"
        (
            "Rugby\n\nThe Tidewater Rugby League banned two players on Friday. "
            "The league said the tackles were reckless.\n",
            "the tackles were reckless",
            "Tidewater Rugby League",
        ),
        # named only in the lede, far back: the lede's organization
        (
            "Stadium sold\n\nSheffside FC has sold its stadium to a developer.\n\n"
            + "The stands held 9,000 people and were rebuilt twice after fires. " * 5
            + "\n\nThe club said it would play at a college field next year.\n",
            "it would play at",
            "Sheffside FC",
        ),
        # guard: a plural place after "the" names no team
        (
            "Hockey\n\nFans across the Highlands cheered on Friday. The team said it would tour in May.\n",
            "it would tour",
            "team",
        ),
        # guard: "the company" takes no plural name ("the Glass Herons" is no firm)
        (
            "Music\n\nThe Glass Herons signed with a label. The company said the album would be out in May.\n",
            "the album would be",
            "company",
        ),
        # a people named by its nation after "the" is no team
        (
            "Chess\n\nThe match against the Hungarians ended on Friday. The team said it would rest in May.\n",
            "it would rest",
            "team",
        ),
        # nor is a party's members named after "the"
        (
            "Vote\n\nTurnout was low among the Conservatives on Friday. The team said it would count again.\n",
            "it would count again",
            "team",
        ),
        # a team introduced since ("a rescue team") is the one "the team" means, not the lede's
        (
            "Storm\n\nThe Marsh Wrens lost their coach in the flood.\n\n"
            "A rescue team from Olby reached the bridge. The team said every player was safe.\n",
            "every player was safe",
            "team",
        ),
        # guard: "a young team" after a copula describes the team named, introduces none
        (
            "Hockey\n\nThe Marsh Wrens won on Friday, and the Wrens are a young team. The team said the coach would stay.\n",
            "the coach would stay",
            "Wrens",
        ),
        # guard: no team introduced since, the lede's team is meant
        (
            "Storm\n\nThe Marsh Wrens lost their coach in the flood.\n\n"
            + "The river rose over the road at dusk and the driver stopped on a bridge. " * 5
            + "\n\nThe team said every player was safe.\n",
            "every player was safe",
            "Marsh Wrens",
        ),
    ],
)
def test_an_organization_description_goes_to_the_organization_the_text_named_last(
    text: str, words: str, name: str
) -> None:
    assert speaker_of(text, words) == name


def test_a_datelines_place_in_capitals_is_no_organization() -> None:
    text = "Mill to close\n\nPINEVILLE, Ont. — The company said on Monday that the mill would close.\n"
    assert speaker_of(text, "the mill would close") == "company"


def test_they_goes_to_a_group_before_one_person() -> None:
    text = (
        "Bill in doubt\n\n"
        "The Conservatives said the bill would fail.\n\n"
        "Senator Ana Ruiz said it would pass.\n\n"
        "“We have the votes,” they said.\n"
    )
    assert speaker_of(text, "We have the votes") == "Conservatives"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # number: "they" takes no single man or woman; with no group before, it stays unresolved
        ("Tomas Reyes runs the ferry. “We sail at nine,” they said.\n", "We sail at nine", None),
        ("Ines Marlow owns the inn. They said the rooms were full.\n", "the rooms were full", None),
        (
            "Piet Abara said the ferry was late. “We lost an hour,” he said. They said the fare would rise.\n",
            "the fare would rise",
            None,
        ),
        # guard: a person of no known sex may be a singular "they"
        (
            "A spokesperson for the inn confirmed the sale. They said the rooms would stay open.\n",
            "the rooms would stay open",
            "spokesperson for the inn",
        ),
    ],
)
def test_they_takes_no_single_man_or_woman(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


def test_the_office_of_something_else_is_no_mention_of_the_titled_person() -> None:
    text = "Mayor Tom Hale spoke first. The mayor of Doria spoke next. Then the mayor left."
    mentions = [(text[s:e], name) for (s, e), name, role, _ in person_mentions(text) if role == "mayor"]
    assert mentions == [("Tom Hale", "Tom Hale"), ("mayor", "Tom Hale")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the subject before stays the subject: "he" opening the next sentence is the speaker of
        # the attribution before, not the man his words named since (a source elsewhere)
        (
            "Tomas Reyes said the ferry would run on time.\n\n"
            "Demir said in his speech he was ready to meet Tomas Reyes on Friday. "
            "But he warned that the pier might close first.",
            "the pier might close first",
            "Demir",
        ),
        # a sentence between: the nearest source again
        (
            "Tomas Reyes said the ferry would run on time.\n\n"
            "Demir said in his speech he was ready to meet Tomas Reyes on Friday. The crowd cheered. "
            "Later he said that the pier might close first.",
            "the pier might close first",
            "Tomas Reyes",
        ),
    ],
)
def test_a_pronoun_opening_the_next_sentence_goes_on_with_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name the census does not know, where the text marks the run as a person's name
        ("Coach Dario Vukic praised the defence.", [("Dario Vukic", "coach")]),
        ("Former Doria President Petro Vukic spoke first.", [("Petro Vukic", "former president")]),
        # a second given name goes on to the surname; a title written short is the office held
        ("Gov. Mary Ann Vukic spoke first.", [("Mary Ann Vukic", "gov")]),
        ("The crew thanked ferry captain Tobin Brandt on Friday.", [("Tobin Brandt", "captain")]),
        ("The crew thanked Tobin Brandt, who steered them home.", [("Tobin Brandt", None)]),
        ("A man named Tobin Brandt was aboard.", [("Tobin Brandt", None)]),
        # not a title before a name the run does not hold, nor a possessive
        ("The former Doria Gov. met them.", []),
        ("Guests filled Mr. Brandt's Harbour Inn.", []),
    ],
)
def test_a_run_the_text_marks_as_a_persons_name_whatever_the_given_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(name, role) for _, name, role, _ in person_mentions(text)] == expected


def test_a_surname_after_a_form_of_address_is_a_person_of_that_sex() -> None:
    text = (
        "Shipyard expands\n\n"
        "The shipyard hired forty welders this spring, said Ana Ruiz, the harbour chief. "
        "Mr. Okonjo, its owner, expects more orders.\n\n"
        '"We cannot keep up," he said.\n'
    )
    assert speaker_of(text, "cannot keep up") == "Okonjo"


def test_a_noun_of_one_sex_before_a_name_tells_its_sex() -> None:
    text = (
        "Ferry inquiry\n\n"
        "Maren Holt has asked for an inquiry since May. "
        "Her son Tobin Brandt, 19, was a deckhand on the ferry that sank.\n\n"
        '"Nobody has told me anything," she said.\n'
    )
    assert speaker_of(text, "Nobody has told me") == "Maren Holt"


@pytest.mark.parametrize(
    "text",
    [
        "The board heard from Lena Varga, a ferry captain, on Tuesday.",
        "The board heard from Lena Varga, who has sailed for thirty years.",
        "The board heard from Lena Varga, 52, on Tuesday.",
    ],
)
def test_a_name_after_from_is_a_person_when_a_persons_appositive_follows(text: str) -> None:
    assert [name for _, name, _, _ in person_mentions(text)] == ["Lena Varga"]


def test_a_person_heard_from_is_the_antecedent_of_a_later_she() -> None:
    text = (
        "Ferry service cut\n\n"
        "The board heard from Lena Varga, a ferry captain, on Tuesday.\n\n"
        '"We lose money every winter," she said.\n'
    )
    assert speaker_of(text, "We lose money") == "Lena Varga"


def test_a_description_no_one_named_before_refers_to_the_person_named_next() -> None:
    text = (
        "Harbour news\n\n"
        'The most feared umpire on the coast finally said "enough."\n\n'
        "Tom Varga has announced that he will retire from refereeing in June.\n"
    )
    assert speaker_of(text, "enough") == "Tom Varga"


def test_a_description_of_a_work_is_no_person_named_next() -> None:
    text = 'Harbour news\n\nThe glossy ferry advert says "sail with us."\n\nTom Varga directed it in June.\n'
    assert speaker_of(text, "sail with us") == "glossy ferry advert"


def test_a_noun_of_one_sex_before_a_name_is_also_the_persons_role() -> None:
    text = (
        "Ferry inquiry\n\n"
        "Maren Holt has asked for an inquiry since May. Her son Tobin Brandt, 19, was a deckhand on the ferry.\n\n"
        '"I miss the boat," the son said.\n'
    )
    assert speaker_of(text, "miss the boat") == "Tobin Brandt"


def test_a_description_through_someone_elses_possessive_is_someone_else() -> None:
    text = (
        "Ferry inquiry\n\n"
        "Tobin Brandt, 19, was a deckhand on the ferry that sank in May.\n\n"
        '"He loved the sea," the deckhand\'s oldest friend said.\n'
    )
    assert speaker_of(text, "loved the sea") == "deckhand's oldest friend"


def test_a_surname_inside_anothers_relative_clause_does_not_make_its_person_the_topic() -> None:
    text = (
        "Harbour shop turns one\n\n"
        "Nobody here forgets Rosa Delgado, the diver who found the wreck. "
        "I mean Maren Holt, who like Delgado grew up on the pier and now sells maps.\n\n"
        '"We sell every map we print," says the 41-year-old owner of the shop.\n'
    )
    assert speaker_of(text, "every map we print") == "Maren Holt"


def test_a_speaker_phrase_two_attributions_share_means_the_same_person_for_both() -> None:
    text = (
        "Harbour shop turns one\n\n"
        "Maren Holt opened the map shop last spring. Holt draws the maps; Holt prints them; Holt signs each one. "
        "Tom Varga sells the frames next door. Varga has worked on the pier for years.\n\n"
        '"We sell every map we print," says the soft-spoken framer, noting that the frames sell out too.\n'
    )
    result = summarize(text, model="rules")
    assert len({a.speaker_id for a in result.attributions}) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the census does not know, before a surname the text goes on using alone
        ("Ferry news\n\nTavish Orrin sailed at dawn. Orrin said the sea was calm. Later Orrin slept.", "Tavish Orrin"),
        ("Ferry news\n\nThe mate, Sen. Tavish Orrin, sailed. Orrin said it was calm. Orrin slept.", "Tavish Orrin"),
    ],
)
def test_a_person_is_named_in_full_once_and_by_surname_after(text: str, name: str) -> None:
    assert name in [n for _, n, _, _ in person_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a word the text also writes in lower case is no given name
        "Ferry news\n\nThe brave crew sailed. Brave Orrin waved. Orrin said it was calm. Orrin slept.",
        # a headline's capitals are its style; a surname used alone once is no sign
        "Brave Orrin Sails\n\nOrrin said it was calm. Orrin slept.",
        "Ferry news\n\nTavish Orrin sailed at dawn. Orrin said it was calm.",
        # "the" before the word: a team's or a body's name
        "Ferry news\n\nHarbour Rovers won. The Rovers play again. The Rovers lost in May.",
        "Ferry news\n\nHarbour Street, a busy road, closed.",
        # a relative clause, a quote's "he said", a plural: no person the "he" takes up
        "Ferry news\n\nCub Pilots who visit the port learn the rules too, he said.",
        "Ferry news\n\nHarbour Rovers won the cup after he scored twice.",
        # a compass point, an adverb, a participle, a word in CamelCase: no given name or surname
        "Ferry news\n\nNorth Dorvale stayed calm. Dorvale voted on Monday. Dorvale rejected the plan.",
        "Ferry news\n\nSometimes Orrin would sail alone. Orrin said so. Orrin left at dawn.",
        "Ferry news\n\nResponding Wardens found the car. Wardens said it was empty. Wardens left.",
        "Ferry news\n\nLangley SeaLink opened. SeaLink carried 900 people. SeaLink said more would come.",
        # a charge in capitals, a service's name going on after "and", an outlet with a digit
        "Ferry news\n\nThe charge: Unlawful Transmission. Transmission carries a fine. Transmission is rare.",
        "Ferry news\n\nDorvale Fire and Rescue took the man to hospital, where he was treated.",
        "Ferry news\n\nNo arrest was made, according to KDV4 Dorvale, media partner of the Courier.",
    ],
)
def test_no_person_from_capitals_that_are_no_name(text: str) -> None:
    assert [n for _, n, _, _ in person_mentions(text)] == []


def test_a_pronoun_goes_to_the_subject_named_by_surname_alone() -> None:
    text = (
        "Storm at sea\n\n"
        'Ben Ross, the harbour master, said the ferry left on time. "The forecast was clear," he said.\n\n'
        "Tavish Orrin was on deck when the engines failed. Orrin had sailed the strait for years. "
        "Orrin had never seen such waves.\n\n"
        '"We held on to the rails for an hour," he said.\n'
    )
    assert speaker_of(text, "We held on") == "Tavish Orrin"


def test_an_acronym_is_no_surname_after_a_word_in_lower_case() -> None:
    # "Will" is a given name too; the capitals after it name an organization
    text = "Markets wait\n\nTraders asked: Will HKX President Ana Lusk cut rates? The HKX meets on Friday."
    assert [n for _, n, _, _ in person_mentions(text)] == ["Ana Lusk"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry news\n\nTavish Orrin, president of the ferry union, agreed.",
        "Ferry news\n\nTavish Orrin, a ferry captain, agreed.",
        "Ferry news\n\nTavish Orrin, Varna-based harbour safety manager with the port, agreed.",
    ],
)
def test_a_role_in_apposition_marks_a_person_whatever_the_given_name(text: str) -> None:
    assert [n for _, n, _, _ in person_mentions(text)] == ["Tavish Orrin"]


def test_a_quotes_source_after_a_comma_is_no_appositive() -> None:
    text = "Ferry news\n\nThe driver was a resident of Dorvale Tarn, said a spokeswoman for the port."
    assert [n for _, n, _, _ in person_mentions(text)] == []


def test_the_subject_after_a_fronted_phrase_is_the_antecedent() -> None:
    text = (
        "Ferry strike looms\n\n"
        "Ben Ross said the union would strike on Monday.\n\n"
        "Given the long delays, Tavish Orrin, president of the ferry union, is hopeful of a deal.\n\n"
        '"We can still settle this," he said.\n'
    )
    assert speaker_of(text, "We can still settle this") == "Tavish Orrin"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the subject, not the one its sentence named after it
        (
            "Budget vote\n\nBen Hale said the plan was fair.\n\nTom Ruiz agreed with Hale about the budget.\n\n"
            '"The numbers work," he said.\n',
            "The numbers work",
            "Tom Ruiz",
        ),
        # a source named after a subject stays the one a "he" goes on with
        (
            'Arrest made\n\nTom Ruiz has "a long record," said Ben Hale. The motive is unclear, he said.\n',
            "motive is unclear",
            "Ben Hale",
        ),
    ],
)
def test_a_pronoun_prefers_the_subject_of_the_sentence_before(text: str, words: str, name: str) -> None:
    assert speaker_of(text, words) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lede that describes its one person by an act, named as the next sentence's subject
        ("Clerk quits\n\nA Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Nora Pell announced her decision in a letter on Monday.\n", "Nora Pell"),
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Nora Pell announced her decision in a letter on Monday.\n", "Nora Pell"),
        # an unnamed source who speaks is no description of the next person named
        ("Harbour arrests\n\nA police spokesman said the office was understaffed.\n\n"
         "Nora Pell, who lives nearby, said she heard shouting.\n", "police spokesman"),
        # the person named next holds another office; and a description after the lede's start
        ("Clerk quits\n\nA Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Mayor Nora Pell called it a loss.\n", "Selden county clerk"),
        ("Clerk quits\n\nThe rain went on. A Selden county clerk has resigned, saying the office was "
         "understaffed.\n\nNora Pell announced her decision in a letter on Monday.\n", "Selden county clerk"),
        # the person named next with a role set off after the name, or of the other sex, is
        # someone else who answers
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Omar Brandt, the deputy mayor, announced a review on Monday.\n", "Selden county clerk"),
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Omar Brandt, a lawyer for the county, called the claim unfounded.\n", "Selden county clerk"),
        ("A Selden county clerk has resigned, saying she found the office was understaffed.\n\n"
         "Omar Brandt announced that he would hire two more staff.\n", "Selden county clerk"),
        # the description's noun, definite, with the name in apposition opens the next sentence
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "The clerk, Nora Pell, announced her decision in a letter on Monday.\n", "Nora Pell"),
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "The mayor, Nora Pell, announced a review on Monday.\n", "Selden county clerk"),
        # a time between the description and its verb; a judge titled "Justice"; the name after
        # a fronted phrase and a title with stops ("U.S.")
        ("A Selden county judge on Friday voided the hiring freeze, saying the office was understaffed.\n\n"
         "In a brief ruling, Justice Nora Pell wrote that the freeze was unlawful.\n", "Nora Pell"),
        ("A federal judge on Monday voided the hiring freeze, saying the office was understaffed.\n\n"
         "In a brief order, U.S. District Judge Nora Pell wrote that the freeze was unlawful.\n", "Nora Pell"),
        # the person named next set off after another role is someone else
        ("A Selden county judge voided the hiring freeze, saying the office was understaffed.\n\n"
         "The county's lawyer, Omar Brandt, said the county would appeal.\n", "Selden county judge"),
        # guard: "Justice" is a judge's title, no clerk's
        ("A Selden county clerk has resigned, saying the office was understaffed.\n\n"
         "Justice Nora Pell called it a loss.\n", "Selden county clerk"),
    ],
)  # fmt: skip
def test_a_ledes_description_of_one_person_is_the_person_named_next(text: str, name: str) -> None:
    assert speaker_of(text, "the office was understaffed") == name


def test_a_ledes_description_is_not_the_official_named_with_another_role_after_it() -> None:
    text = (
        "A Tarrow councillor wants the city to close Dunmore Street to trucks after a fatal crash.\n\n"
        "Omar Brandt, the public works director, said the city would study the street.\n"
    )
    assert speaker_of(text, "the city would study the street") == "Omar Brandt"
    assert len(summarize(text, model="rules").speakers) == 2


def test_she_after_a_headline_goes_to_the_woman_a_role_and_her_name_open_the_sentence_before() -> None:
    """The headline's bare title makes the premier a source twice; the critic the sentence before
    names as its subject, a role with its field first, is still who "she" is."""
    text = (
        "Premier defends ferry deal\n\n"
        "Premier Hal Brisbane on Monday defended a new contract with the ferry workers' union.\n\n"
        "Opposition critic Nora Lisk disagreed. She said the real cost was hidden.\n"
    )
    assert speaker_of(text, "the real cost was hidden") == "Nora Lisk"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tavish Orrin was on deck when he saw the wave.",
        # the pair ends a phrase fronted before the subject
        "For Tavish Orrin, the crossing was the one he had feared most.",
    ],
)
def test_a_pair_a_later_he_in_its_sentence_takes_up_is_a_person(sentence: str) -> None:
    text = (
        "Rough crossing\n\n"
        "Ben Ross said the crossing was rough.\n\n"
        f"{sentence}\n\n"
        '"It was taller than the mast," he said.\n'
    )
    assert speaker_of(text, "taller than the mast") == "Tavish Orrin"


@pytest.mark.parametrize(
    ("between", "name"),
    [
        # close by, "the father" is the father the text just named
        ("", "Tom Ruiz"),
        # paragraphs about another family later, "the father" is that family's
        (
            "The ferry was found two days later.\n\nAt the harbour office, the family of a young deckhand waited.\n\n",
            "father",
        ),
    ],
)
def test_a_kin_noun_goes_to_a_relative_named_close_by(between: str, name: str) -> None:
    text = (
        "Ferry lost\n\n"
        "Ana Ruiz's father, Tom Ruiz, said she had sailed for years.\n\n"
        f"{between}"
        '"She knew the sea," the father said.\n'
    )
    assert speaker_of(text, "She knew the sea") == name


def test_it_with_no_antecedent_is_the_body_its_sentence_names() -> None:
    text = (
        "Ferry fares rise\n\n"
        "The ferry costs the town $2 million a year, while the council is struggling with "
        "what it says is a $9 million deficit.\n"
    )
    assert speaker_of(text, "deficit") == "council"


_ROW = "Ferry row\n\n“We will not pay,” said Ana Ruiz.\n\n"
_VOTE = "Vote ahead\n\nTom Hale backed the plan. “It is overdue,” he said.\n\n"
_STRIKE = "Ferry strike ends\n\nTom Hale was on the last boat when the raid began.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a verb coordinated with the previous attribution's verb shares its subject
        (
            "Secretary of State Tom Hale praised the support for ending the strike and said he did not "
            "think the row would last.",
            "did not think",
            "Tom Hale",
        ),
        # a participle set off after an attribution has its subject: the speaker's
        (
            _STRIKE + "The raiders shot at them “like hunters,” he said, adding that the guards ran.\n",
            "the guards ran",
            "Tom Hale",
        ),
        (
            _STRIKE + "The raiders shot at them “like hunters,” Hale said, adding that the guards ran.\n",
            "the guards ran",
            "Tom Hale",
        ),
        (
            _STRIKE + "The raiders shot at them “like hunters,” he said, also noting that the guards ran.\n",
            "the guards ran",
            "Tom Hale",
        ),
        # guard rows: a participle that opens another sentence, a clause with its own subject
        (
            _STRIKE + "The raiders shot at them “like hunters,” he said. "
            "Adding that the guards ran, Lena Ortiz said the boat was safe.\n",
            "the guards ran",
            "Lena Ortiz",
        ),
        (
            _STRIKE + "The raiders shot at them “like hunters,” he said, while Lena Ortiz added that the guards ran.\n",
            "the guards ran",
            "Lena Ortiz",
        ),
        # "Her reply was short:": the words a possessive pronoun's noun of saying brings in with a
        # colon are the possessor's
        (
            _VOTE + "Councillor Anna Osei was asked about the cost. Her reply was short: “We cannot afford it.”\n",
            "cannot afford",
            "Anna Osei",
        ),
        (
            _VOTE + "Councillor Anna Osei was asked about the cost. Her answer: “We cannot afford it.”\n",
            "cannot afford",
            "Anna Osei",
        ),
        (
            "Vote ahead\n\nAna Ruiz backed the plan. “It is overdue,” she said.\n\n"
            "Tom Hale was asked about the cost. His blunt reply: “We cannot afford it.”\n",
            "cannot afford",
            "Tom Hale",
        ),
        # guard rows: a noun of saying that passes on others' words; one that is no noun of saying
        (
            _VOTE
            + "Councillor Anna Osei was asked about the cost. Her reply quoted the mayor: “We cannot afford it.”\n",
            "cannot afford",
            "Tom Hale",
        ),
        (
            _VOTE + "Councillor Anna Osei read the letter. Her office was clear: “We cannot afford it.”\n",
            "cannot afford",
            "Tom Hale",
        ),
        # "a rebuke from X that …": the words the noun of saying reports are those of the one it
        # came from
        (
            _ROW + "The plan drew a sharp rebuke from a harbour master that it “ignores the tides.”\n",
            "ignores the tides",
            "harbour master",
        ),
        (
            _ROW + "The plan drew an attack from Tom Hale that it “ignores the tides.”\n",
            "ignores the tides",
            "Tom Hale",
        ),
        (
            _ROW + "The plan drew criticism from the Harbour Board that it “ignores the tides.”\n",
            "ignores the tides",
            "Harbour Board",
        ),
        # guard rows: a document's "that" opens a relative clause; a noun of no saying
        (
            _ROW + "The plan drew a letter from the Harbour Board that it “ignores the tides.”\n",
            "ignores the tides",
            "Ana Ruiz",
        ),
        (
            _ROW + "The plan drew a crowd from the Harbour Board that was “bigger than ever.”\n",
            "bigger than ever",
            "Ana Ruiz",
        ),
        # a source that is no noun phrase (a preposition's place); a relative "that" its verb
        # follows (an attack of the body): the words are the subject's, not the one "from" names
        (
            "Dock fall\n\nTom Hale survived an attack from behind that left him “unable to stand.”\n",
            "unable to stand",
            "Tom Hale",
        ),
        (
            "Dock fall\n\nTom Hale survived an attack from a stray dog that left him “unable to stand.”\n",
            "unable to stand",
            "Tom Hale",
        ),
        # "in her words": the words are the possessor's, not the last speaker's
        (
            "Tom Hale said the mill would close in March.\n\n"
            'Greta Lund ran its canteen for twenty years. The job had, in her words, become "a second family."',
            "a second family",
            "Greta Lund",
        ),
        # a quote after the subject's own verb in its sentence is the subject's
        (
            "Tom Hale said the mill would close in March.\n\n"
            'Greta Lund shrugged at the question, "Maybe we will open again next year."',
            "Maybe we will",
            "Greta Lund",
        ),
        # the subject a pronoun after a fronted phrase
        (
            "Tom Hale said the mill would close in March.\n\n"
            "Greta Lund still runs the canteen. In other words, she keeps her old motto "
            '("Soup first, then questions") and her old hours.',
            "Soup first",
            "Greta Lund",
        ),
        # the subject a role with a capitalised modifier opens
        (
            "Tom Hale said the mill would close in March.\n\n"
            'Veteran nurse Greta Lund smiled at the question, "Maybe we will buy it next year."',
            "Maybe we will",
            "Greta Lund",
        ),
        # a quote inside the clause a possessor's noun of saying reports is the possessor's
        (
            "Tom Hale said the mill would close in March.\n\n"
            'Greta Lund answered Ivo Marsh\'s latest claim that the sale made him "a fool."',
            "a fool",
            "Ivo Marsh",
        ),
        # guard: no clause after the noun: the subject's own words
        (
            "Tom Hale said the mill would close in March.\n\n"
            'Greta Lund took Ivo Marsh\'s remark as praise, "Thank you, truly."',
            "Thank you, truly",
            "Greta Lund",
        ),
        # guard: a quote opening its own sentence goes on with the speaker before it
        ('"The mill will close in March," Tom Hale said. "We tried everything."', "We tried everything", "Tom Hale"),
    ],
)
def test_a_speakerless_attribution_takes_its_source_from_its_own_sentence(text: str, words: str, speaker: str) -> None:
    assert speaker in (speaker_of(text, words) or "")


def test_quoted_words_after_a_passive_verb_are_not_the_subjects() -> None:
    # guard: "was described as" reports what others say of the subject
    text = (
        "Tom Hale said the mill would close in March.\n\n"
        'Greta Lund was described by the crew as "the heart of the place."'
    )
    assert speaker_of(text, "the heart of the place") != "Greta Lund"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a verb that passes on another's words
        ('Greta Lund read out a note from the night shift: "Boiler broken again."', "Boiler broken"),
        ('Greta Lund quoted her grandmother: "Waste nothing, fear nothing."', "Waste nothing"),
        # a clause of another subject, opened by "as"
        ('Greta Lund stood by as the pickets chanted "No more cuts!" at the gate.', "No more cuts"),
        # a verb of naming after its own subject, the relative left out
        ('Greta Lund faces a fine the inspector described as "overdue."', "overdue"),
        # a written thing
        ('Greta Lund carried a banner reading "Keep the mill open."', "Keep the mill open"),
        ('Greta Lund got a letter from the board calling her stall "an eyesore."', "an eyesore"),
        # a written thing or a cry that is no one's speech
        ('Greta Lund pointed at the label on the tin: "Best before May."', "Best before May"),
        ('Greta Lund keeps a copy of the old bylaw: "No carts on the quay."', "No carts on the quay"),
        ('Greta Lund walked in to cries of "Not again!"', "Not again"),
    ],
)
def test_quoted_words_another_voice_stands_before_are_not_the_subjects(sentence: str, words: str) -> None:
    text = "Tom Hale said the mill would close in March.\n\n" + sentence
    assert speaker_of(text, words) != "Greta Lund"


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (
            "Ferry row\n\nThe plan drew criticism from within the Harbour Board that it “ignores the tides.”\n",
            "ignores the tides",
            "within the Harbour Board",
        ),
        (
            "Ferry row\n\nThe plan drew a warning from across the Harbour Board that it “ignores the tides.”\n",
            "ignores the tides",
            "across the Harbour Board",
        ),
    ],
)
def test_a_noun_of_saying_from_a_prepositions_place_names_no_source(text: str, words: str, wrong: str) -> None:
    assert speaker_of(text, words) != wrong


def test_in_his_words_gives_the_words_to_the_man_he_means() -> None:
    text = 'Tom Hale said the mill would close in March. The job had, in his words, become "a burden."'
    assert speaker_of(text, "a burden") == "Tom Hale"


# the source before: a man, whom "he" meant last
_ASKED_BEFORE = "Golf day raises funds\n\n“We raised more than last year,” said Tom Hale, the organiser.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            _ASKED_BEFORE
            + "When asked about the wind, Fenn did not hesitate.\n\n“It was the hardest part,” he said.\n",
            "hardest part",
            "Fenn",
        ),
        (
            _ASKED_BEFORE
            + "Asked which hole was hardest, Fenn laughed and pointed at the lake.\n\n“That one,” he said.\n",
            "That one",
            "Fenn",
        ),
        (
            _ASKED_BEFORE + "Once asked about the prize, Brandt grew quiet. “I never expected it,” he said.\n",
            "I never expected it",
            "Brandt",
        ),
        (
            "Golf day raises funds\n\n“The greens were fast,” said Ana Ruiz.\n\n"
            "Asked whether she would play again, Moreau smiled.\n\n“Not this year,” she said.\n",
            "Not this year",
            "Moreau",
        ),
        # guard rows: a noun the capitalised word modifies, an "asked" that opens no sentence: no
        # one new for "he", who goes on with the source before
        (
            _ASKED_BEFORE + "Asked about the rain, Corvel staff shrugged.\n\n“We were unlucky,” he said.\n",
            "We were unlucky",
            "Tom Hale",
        ),
        (
            _ASKED_BEFORE + "Reporters asked about the rain, and Fenn shrugged.\n\n“We were unlucky,” he said.\n",
            "We were unlucky",
            "Tom Hale",
        ),
        # a copula or an auxiliary after the word: a state a place, a team or a brand has as well
        (
            _ASKED_BEFORE + "When asked about the storm, Brackley remains on alert.\n\n“We were unlucky,” he said.\n",
            "We were unlucky",
            "Tom Hale",
        ),
        (
            _ASKED_BEFORE + "Asked about the recall, Vantro has said little.\n\n“We were unlucky,” he said.\n",
            "We were unlucky",
            "Tom Hale",
        ),
        (
            _ASKED_BEFORE + "Asked about the final, Rovers looked calm.\n\n“We were unlucky,” he said.\n",
            "We were unlucky",
            "Tom Hale",
        ),
    ],
)
def test_the_subject_a_fronted_asked_clause_speaks_of_is_a_person_he_can_mean(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("When asked about the wind, Fenn did not hesitate. He said it was the hardest part.", ["Fenn"]),
        ("If asked, Okafor says her answer is always the same.", ["Okafor"]),
        # guard rows: no "he" or "she" after; a body's "its"; a noun after the word, which it
        # modifies; a word the text also writes in lower case; a possessive; someone named in full
        # already (a surname mention, once)
        ("Asked about the rain, Corvel said the forecast was wrong.", []),
        ("Asked about the rain, Corvel blamed its forecast. He said so.", []),
        ("Asked for comment, Corvel did not reply. Its owner said he was away.", []),
        # a "he" in the next sentence that is no quote's source may be someone else
        ("Asked about the fees, Lisk said the rules were clear. He disagreed.", []),
        ("Asked about the rain, Summit staff said he was away.", []),
        ("Asked about the plan, Summit shrugged. He said the summit was over.", []),
        ("Asked about the plan, Fenn’s lawyer said he was away.", []),
        ("Tom Fenn runs the club. Asked about the plan, Fenn said he was ready.", ["Tom Fenn", "Fenn"]),
    ],
)
def test_a_lone_capitalised_word_after_a_fronted_asked_clause_is_a_surname(text: str, names: list[str]) -> None:
    assert [m[1] for m in person_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an answer's line ("A: “…”") is the words of the one the lead-in says was interviewed:
        # its subject, or the one named right after it
        (
            "Vote ahead\n\nMayor Ana Lusk spoke to the Herald before the vote.\n\nQ: Will you run again?\n\n"
            "A: “Not this time.”\n\nQ: Why not?\n\nA: “I am tired, and the town needs new ideas.”\n",
            ["Ana Lusk", "Ana Lusk"],
        ),
        (
            "Vote ahead\n\nThe Herald spoke with Mayor Ana Lusk before the vote.\n\nQ: Will you run again?\n"
            "A: “Not this time.”\n",
            ["Ana Lusk"],
        ),
        (
            "Fares\n\nIn an interview with Tom Hale, the ferry's owner, we asked about fares.\n\n"
            "Q: Will fares rise?\n\nA: “Not this year.”\n",
            ["Tom Hale"],
        ),
        (
            "Fares\n\nThe Herald sat down with Tom Hale on Monday.\n\nQ: Will fares rise?\n\nA. “Not this year.”\n",
            ["Tom Hale"],
        ),
        # guard rows: no interview told before; a label that opens no line
        ("Vote ahead\n\nMayor Ana Lusk opened the hall.\n\nQ: Will you run again?\n\nA: “Not this time.”\n", [None]),
        (
            "Vote ahead\n\nMayor Ana Lusk spoke to the Herald before the vote.\n\nPlan A: “Build a new hall.”\n",
            [None],
        ),
        # an answer only after a question's line (not an item of a list); the lead-in read before
        # the first question (not one asked in it)
        (
            "Hall vote\n\nVoters were asked which hall to build. Mayor Ana Lusk spoke to the Herald.\n\n"
            "A: “The small one.”\n\nThe vote is on Monday.\n",
            [None],
        ),
        (
            "Vote ahead\n\nThe Herald sat down with Mayor Ana Lusk.\n\n"
            "Q: “You spoke to the minister, Tom Hale. What did he promise?”\n\nA: “Nothing at all.”\n",
            [None, "Ana Lusk"],
        ),
    ],
)
def test_an_answers_line_is_the_words_of_the_one_interviewed(text: str, speakers: list[str | None]) -> None:
    result = summarize(text, model="rules")
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(a.speaker_id or "") for a in result.attributions] == speakers


_FARES = "Fares\n\nThe Conservatives said fares would rise.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "they" after a group named by its plural possessive, in its sentence or the one before in
        # its paragraph: that group, not the group that spoke before
        (
            _FARES + "Key to the Liberals' plan is their pledge of cheaper trains. Most fares, they promise, "
            "will fall by half.\n",
            "fall by half",
            "Liberals",
        ),
        (
            "Fares\n\nThe Republicans said fares would rise.\n\n"
            "The Democrats’ pledge is simple: fares, they say, will fall by half.\n",
            "fall by half",
            "Democrats",
        ),
        (
            "Fares\n\nThe Republicans objected on Monday.\n\n"
            "At the heart of the Democrats’ bill is a tax cut. It will, they argue, pay for itself.\n",
            "pay for itself",
            "Democrats",
        ),
        # guard rows: a family's possessive (read as a person's name), no possessive, a possessive
        # in the paragraph before
        (
            _FARES + "The Smiths' shop sold tickets. Most fares, they promise, will fall by half.\n",
            "fall by half",
            "Conservatives",
        ),
        (
            _FARES + "Trains were late again. Most fares, they promise, will fall by half.\n",
            "fall by half",
            "Conservatives",
        ),
        # a group that spoke named before the possessive in its sentence: the one "they" goes on with
        (
            "Fares\n\nCritics mocked the Liberals' plan on Monday. Most fares, they said, would rise anyway.\n",
            "rise anyway",
            "critics",
        ),
        (
            _FARES + "Key to the Liberals' plan is cheaper trains.\n\nMost fares, they promise, will fall by half.\n",
            "fall by half",
            "Conservatives",
        ),
    ],
)
def test_they_after_a_groups_possessive_is_that_group(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
