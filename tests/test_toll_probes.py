"""Tolls in news that is no US shooting: short original articles (invented places, names and
numbers) in the styles of wire services and British, Canadian, Indian, African and Australian
outlets, on disasters, accidents, explosions, strikes, poisonings and riots. Each gives the
killed, injured, missing and displaced totals as the evaluation reads them, a clean check, and
a headline that states no number the article does not."""

from __future__ import annotations

import re

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of

_W = "World news\n\n"  # a title line: a lone line would be read as the title, not the body

PROBES = [
    # participial tolls, the second without its noun
    pytest.param(
        "Quake hits Varos province\n\nA magnitude 6.2 earthquake struck Varos province on Tuesday, killing 12 people "
        "and injuring more than 200, officials said. The quake, measured at 6.2 on the Richter scale, damaged "
        "1,400 buildings.",
        (12, 200, 0, 0),
        id="killing-and-injuring-more-than",
    ),
    pytest.param(
        _W + "A powerful earthquake shook the city of Ardal on Friday, injuring more than 200 people and damaging "
        "3,000 homes, the civil defence agency said.",
        (0, 200, 0, 0),
        id="injuring-with-noun",
    ),
    pytest.param(
        _W + "A bus plunged into a gorge near Rammal in the Kessar district on Monday, leaving 3 dead and 40 hurt, "
        "police said.",
        (3, 40, 0, 0),
        id="leaving-dead-and-hurt",
    ),
    pytest.param(
        _W + "Overnight shelling of the town of Dovrin killed two people and injured seven, the regional governor "
        "said on Telegram.",
        (2, 7, 0, 0),
        id="shelling-killed-and-injured-seven-comma",
    ),
    # drowning, and one more person missing named without a number
    pytest.param(
        "Floods in Kettering Vale\n\nTwo people drowned and a third person is missing after floods swept through "
        "Kettering Vale on Sunday, the county council said. About 300 residents were evacuated from their homes.",
        (2, 0, 1, 300),
        id="drowned-and-a-third-missing",
    ),
    pytest.param(
        _W + "Thirty-one passengers drowned when an overloaded ferry sank in the Sella river on Friday, while 112 "
        "others swam to safety, officials said.",
        (31, 0, 0, 0),
        id="ferry-drowned-spelled-out",
    ),
    # lives claimed or lost
    pytest.param(
        _W + "A fire at a garment factory in Dhorpur claimed 17 lives on Wednesday, fire officials said. "
        "Firefighters rescued 60 workers from the roof.",
        (17, 0, 0, 0),
        id="claimed-lives-rescued-no-harm",
    ),
    # the toll that replaces earlier counts
    pytest.param(
        _W + "Landslide buries village\n\nRescuers pulled 14 bodies from the mud in Kalinda on Friday. By Saturday "
        "evening the death toll had risen to 40, the district commissioner said, and 23 people remain "
        "unaccounted for.",
        (40, 0, 23, 0),
        id="death-toll-had-risen-to",
    ),
    pytest.param(
        "Death toll from Tarsa floods rises to 63\n\nThe number of people killed by floods in Tarsa province rose "
        "to 63 on Wednesday, up from 41 on Monday, the disaster agency said.",
        (63, 0, 0, 0),
        id="number-killed-rose-up-from",
    ),
    pytest.param(
        _W + "Rescue workers recovered six more bodies from the collapsed hotel in Baram on Monday, bringing the "
        "death toll to 27, the provincial governor said.",
        (27, 0, 0, 0),
        id="bringing-the-death-toll-to",
    ),
    pytest.param(
        _W + "A four-storey building collapsed in Mbale Road in Karuna on Tuesday. Rescuers pulled 19 people alive "
        "from the rubble, and two bodies were recovered, the fire brigade said.",
        (2, 0, 0, 0),
        id="bodies-recovered-alive-rescued",
    ),
    # have died, qualifiers, ranges and vague quantities
    pytest.param(
        _W + "At least five people have died after a storm battered the coast of Marrin County, the weather "
        "service said. Winds of up to 140 kilometres per hour brought down trees across 30 kilometres of road.",
        (5, 0, 0, 0),
        id="at-least-have-died-kilometres",
    ),
    pytest.param(
        _W + "Seven people were killed and twenty-three injured when a passenger train derailed near Orrin "
        "Junction on Thursday, railway officials said.",
        (7, 23, 0, 0),
        id="spelled-out-numbers",
    ),
    pytest.param(
        _W + "A dozen people were injured when a gas cylinder exploded at a restaurant in Nareth on Saturday night, "
        "police said.",
        (0, 12, 0, 0),
        id="a-dozen",
    ),
    pytest.param(
        _W + "Nearly 30 pilgrims were crushed to death in a stampede at a temple in Sarangpur on Sunday, and 60 "
        "others were injured, officials said.",
        (30, 60, 0, 0),
        id="stampede-nearly",
    ),
    pytest.param(
        _W + "Between 10 and 15 people are feared dead after a boat overturned on Lake Mirra on Saturday, police said.",
        (10, 0, 0, 0),
        id="range-between",
    ),
    pytest.param(
        _W + "Up to 20 people may have been killed in a mine explosion in Orsk Valley on Wednesday, the mining "
        "ministry said. Rescue teams brought 8 injured miners to the surface.",
        (20, 8, 0, 0),
        id="up-to",
    ),
    pytest.param(
        _W + "As many as 14 passengers were killed and over 50 injured after the Kamrup Express derailed near "
        "Jhansa station on Saturday, railway officials said.",
        (14, 50, 0, 0),
        id="as-many-as-and-over",
    ),
    # a vague quantity is no count: the evaluation reads none, and the headline states none
    pytest.param(
        _W + "Dozens were injured when a grandstand collapsed at a football ground in Kelvor on Saturday, ambulance "
        "officials said.",
        (0, 0, 0, 0),
        id="dozens-vague",
    ),
    # titles that count
    pytest.param(
        "Ferry capsizes: 9 dead, 31 injured\n\nA ferry carrying 120 passengers capsized on the Rell River on "
        "Tuesday. Nine people died and 31 were taken to hospital, the coastguard said.",
        (9, 31, 0, 0),
        id="title-dead-injured-body-repeats",
    ),
    pytest.param(
        "Tanker blast: 4 dead, 19 hurt\n\nA fuel tanker exploded on the Korrin ring road on Thursday evening, "
        "setting fire to nearby shops, the fire service said.",
        (4, 19, 0, 0),
        id="title-only-counts",
    ),
    # counts split by place: the total is the sum, not the sum plus the first count
    pytest.param(
        _W + "Five people died in flash floods on Monday, three in Lorn and two in Brae, the regional authority said.",
        (5, 0, 0, 0),
        id="killed-split-by-place",
    ),
    pytest.param(
        "Storm batters coast\n\nEight people were injured when Storm Edda swept across the region on Saturday, "
        "five in Pellow and three in Ransby, the ambulance service said.",
        (0, 8, 0, 0),
        id="injured-split-by-place-across-the-region",
    ),
    # strikes, poisonings, riots, leaks
    pytest.param(
        _W + "An air strike on a market in Tell Harun killed at least 22 civilians and wounded 45 others, local "
        "health officials said on Friday.",
        (22, 45, 0, 0),
        id="air-strike",
    ),
    pytest.param(
        _W + "Eleven people have died and 58 were admitted to hospital after drinking illicit liquor in Keshpur "
        "district, police said on Thursday.",
        (11, 58, 0, 0),
        id="poisoning-admitted-to-hospital",
    ),
    pytest.param(
        _W + "A gas leak at a fertiliser plant in Kadur left six workers dead and more than 100 villagers ill on "
        "Tuesday, district officials said.",
        (6, 100, 0, 0),
        id="gas-leak-ill",
    ),
    pytest.param(
        _W + "Police arrested 45 people after riots in the town of Harlow Green on Saturday night. Twelve officers "
        "were injured, the police said.",
        (0, 12, 0, 0),
        id="riot-arrested-and-injured",
    ),
    pytest.param(
        _W + "At least 35 people, including 12 police officers, were injured in clashes between rival groups in "
        "the town of Halvik on Sunday, police said.",
        (0, 35, 0, 0),
        id="clashes-including",
    ),
    pytest.param(
        _W + "An explosion at a fireworks warehouse in Sivanur killed four workers on Monday. The blast caused "
        "damage estimated at 2.5 million rupees, police said.",
        (4, 0, 0, 0),
        id="explosion-money",
    ),
    # hospital, British and Canadian usage
    pytest.param(
        _W + "Two people are dead and three others are in hospital after a head-on collision on Highway 17 near "
        "Pellman on Friday, the RCMP said.",
        (2, 3, 0, 0),
        id="in-hospital-highway-number",
    ),
    pytest.param(
        _W + "Three people were taken to hospital after a light plane crash-landed on a paddock near Wattle Creek "
        "on Sunday, the ambulance service said.",
        (0, 3, 0, 0),
        id="taken-to-hospital",
    ),
    pytest.param(
        _W + "A gas explosion tore through a block of flats in Ferne on Tuesday, injuring a dozen residents, the "
        "fire brigade said. No one was killed.",
        (0, 12, 0, 0),
        id="injuring-a-dozen-no-one-killed",
    ),
    # missing and displaced
    pytest.param(
        _W + "Fourteen fishermen remain unaccounted for after a cyclone struck the coast of Varandi on Monday, the "
        "fisheries department said.",
        (0, 0, 14, 0),
        id="unaccounted-for",
    ),
    pytest.param(
        _W + "One person was confirmed dead and 14 others remain unaccounted for after a landslide struck the "
        "village of Tepa on Thursday, the disaster agency said.",
        (1, 0, 14, 0),
        id="confirmed-dead-and-unaccounted",
    ),
    pytest.param(
        _W + "Fighting in the Ambo region has displaced more than 15,000 people since Thursday, the refugee agency "
        "said. At least eight civilians were killed.",
        (8, 0, 0, 15000),
        id="displaced-since",
    ),
    pytest.param(
        _W + "Hurricane Ondine made landfall as a Category 4 storm on Sunday, forcing 12,000 people from their "
        "homes. One man was killed by a falling tree, officials said.",
        (1, 0, 0, 12000),
        id="category-4-forced-from-homes",
    ),
    pytest.param(
        _W + "The wildfire forced 3,000 residents to flee their homes in the hills above Cordale and destroyed "
        "2,200 hectares of forest, officials said. Damage was put at $40 million.",
        (0, 0, 0, 3000),
        id="flee-their-homes-hectares-money",
    ),
    # numbers that count no one harmed
    pytest.param(
        _W + "Flight 417 from Orrisby made an emergency landing at Tarn airport on Monday after an engine fire. All "
        "186 passengers and crew were safely evacuated, the airline said.",
        (0, 0, 0, 0),
        id="flight-number-passengers-evacuated",
    ),
    pytest.param(
        _W + "A bushfire has burned through 4,500 hectares near Tarrawong and destroyed 37 homes, the rural fire "
        "service said. Two firefighters were treated for minor injuries.",
        (0, 2, 0, 0),
        id="hectares-homes",
    ),
    pytest.param(
        _W + "A 54-year-old man died after his lorry hit three parked cars on the M6 on Tuesday, police said. It "
        "was the worst crash on the road since 2019.",
        (1, 0, 0, 0),
        id="age-vehicles-year",
    ),
    pytest.param(
        _W + "Coastguards rescued 42 migrants from a sinking dinghy off Cape Merrin on Wednesday. All were reported "
        "in good health.",
        (0, 0, 0, 0),
        id="rescued-no-harm",
    ),
    pytest.param(
        _W + "A small plane crashed into a field near Brisk on Saturday, killing all four people on board, the "
        "aviation authority said.",
        (4, 0, 0, 0),
        id="killing-all-on-board",
    ),
    # trades and callings, homes lost, the people some are among, burns
    pytest.param(
        "Market fire\n\nFire swept through a covered market in Benmore on Sunday night, killing three traders and "
        "injuring 11 others, the state emergency agency said. More than 200 shops were destroyed.",
        (3, 11, 0, 0),
        id="traders-shops",
    ),
    pytest.param(
        _W + "Flooding has killed at least 42 people in the northern province of Dalvi and left more than 120,000 "
        "homeless, the government said on Monday.",
        (42, 0, 0, 120000),
        id="left-homeless",
    ),
    pytest.param(
        _W + "Two children were among five people killed when a truck ploughed into a crowd at a street market in "
        "Tornby on Saturday, police said.",
        (5, 0, 0, 0),
        id="among-the-killed",
    ),
    pytest.param(
        _W + "Eighteen people suffered burns, three of them critically, after a gas tanker overturned and caught "
        "fire on the N4 near Kelso Drift on Wednesday, paramedics said.",
        (0, 18, 0, 0),
        id="suffered-burns",
    ),
    pytest.param(
        _W + "At least 16 people were killed and scores injured when a suicide bomber struck a crowded bus station "
        "in Mardan Khel on Friday, police said.",
        (16, 0, 0, 0),
        id="scores-vague",
    ),
    pytest.param(
        _W + "The death toll from the collapse of a six-storey building in Ruvona has climbed to 31, with 9 people "
        "still missing, the county commissioner said on Tuesday.",
        (31, 0, 9, 0),
        id="toll-climbed-with-missing",
    ),
    pytest.param(
        _W + "A tourist boat carrying 48 people capsized off Palm Isle on Saturday. Forty-four were rescued and four "
        "are still missing, the coast guard said.",
        (0, 0, 4, 0),
        id="rescued-and-missing",
    ),
    pytest.param(
        _W + "A blaze at a nightclub in Velka killed 9 people and sent 27 to hospital early on Sunday, the interior "
        "ministry said.",
        (9, 27, 0, 0),
        id="sent-to-hospital",
    ),
    pytest.param(
        _W + "A missile strike on an apartment block in Kharvel killed seven people, including a child, and wounded "
        "21, regional officials said.",
        (7, 21, 0, 0),
        id="strike-including-a-child",
    ),
    pytest.param(
        _W + "Severe storms killed two people in Brennick and another three in Lowmoor on Thursday, emergency "
        "services said.",
        (5, 0, 0, 0),
        id="another-three-by-place",
    ),
    pytest.param(
        _W + "Police fired tear gas at protesters in Sambara on Tuesday. Health officials said 23 people were "
        "treated for injuries and one man died of gunshot wounds.",
        (1, 23, 0, 0),
        id="treated-for-injuries",
    ),
    pytest.param(
        _W + "A magnitude 5.8 quake hit the Tolan region early on Monday. There were no immediate reports of "
        "casualties, the geological survey said.",
        (0, 0, 0, 0),
        id="no-casualties-magnitude",
    ),
    pytest.param(
        _W + "Heavy rains triggered a landslide that buried 30 homes in Kiboko village, killing at least 11 people, "
        "the aid agency said. Eight people were pulled out alive.",
        (11, 0, 0, 0),
        id="landslide-homes-pulled-out-alive",
    ),
    pytest.param(
        _W + "Forty-two people were hospitalised after eating contaminated food at a wedding in Jorapur on "
        "Saturday, health officials said. Two of them were in serious condition.",
        (0, 42, 0, 0),
        id="food-poisoning-hospitalised",
    ),
    pytest.param(
        _W + "A passenger jet skidded off the runway at Orla airport on Tuesday. Seven of the 132 people on board "
        "suffered minor injuries, the airline said.",
        (0, 7, 0, 0),
        id="seven-of-those-on-board",
    ),
    pytest.param(
        _W + "About 5,000 people have been evacuated from villages along the Sarn river as water levels continue "
        "to rise, officials said.",
        (0, 0, 0, 5000),
        id="evacuated-from-villages",
    ),
    # train and vehicle numbers, speeds; homes destroyed and people without shelter, no death
    pytest.param(
        _W + "Twenty-six people died and more than 70 were injured when two passenger trains collided near Sorvik "
        "on Tuesday night, the transport ministry said. Train 4412 was travelling at 90 km/h.",
        (26, 70, 0, 0),
        id="train-number-speed",
    ),
    pytest.param(
        _W + "A Category 3 cyclone tore through the islands on Friday, destroying 4,000 homes and leaving 15,000 "
        "people without shelter, the disaster office said. No deaths were reported.",
        (0, 0, 0, 0),
        id="category-homes-no-deaths",
    ),
    pytest.param(
        _W + "The blast at the Harwell fertiliser depot killed 14, including three firefighters, and injured more "
        "than 300, the emergency ministry said.",
        (14, 300, 0, 0),
        id="killed-including-injured-more-than",
    ),
    pytest.param(
        _W + "Authorities said 27 people had been confirmed dead after heavy monsoon rains, bringing the toll since "
        "June to 212.",
        (212, 0, 0, 0),
        id="bringing-the-toll-since-to",
    ),
    pytest.param(
        _W + "Eight people, among them four children, died when a fire broke out in a three-storey house in Old "
        "Marrow on Sunday, the fire department said.",
        (8, 0, 0, 0),
        id="among-them-children",
    ),
    pytest.param(
        _W + "Thousands fled their homes as the river burst its banks in Lenfield on Monday. One woman drowned, "
        "police said.",
        (1, 0, 0, 0),
        id="thousands-fled-one-drowned",
    ),
    pytest.param(
        _W + "Rebels attacked a village in Kuro district overnight, killing 19 civilians and abducting at least 30, "
        "the army said.",
        (19, 0, 0, 0),
        id="killing-and-abducting",
    ),
    # people rescued are none of the dead, whatever harm word comes after them
    pytest.param(
        _W + "The ferry, carrying more than 300 passengers, sank near Selo island on Thursday. Authorities said 196 "
        "people had been rescued, 12 bodies had been found and dozens were still missing.",
        (12, 0, 0, 0),
        id="rescued-then-bodies-found",
    ),
    pytest.param(
        _W + "A stampede at a stadium in Ruma left 12 people dead and 37 injured on Saturday as fans rushed to "
        "enter through a single gate, officials said.",
        (12, 37, 0, 0),
        id="stampede-left-dead-and-injured",
    ),
    pytest.param(
        _W + "Seven people have been killed and 12 wounded in three days of riots in the city of Haldor, police "
        "said, and 140 people have been arrested.",
        (7, 12, 0, 0),
        id="riots-days-arrested",
    ),
    pytest.param(
        _W + "The toxic gas leak killed 11 people and left 800 needing treatment, the district collector said. "
        "Some 2,000 residents were evacuated from nearby villages.",
        (11, 800, 0, 2000),
        id="needing-treatment",
    ),
    # a place named as near the one before; the treated are hurt
    pytest.param(
        _W + "Police said 4 people died in Kessling and 2 in nearby Arnhope as floodwaters rose on Saturday. A "
        "further 11 people were treated for hypothermia.",
        (6, 11, 0, 0),
        id="nearby-place-treated-for",
    ),
    pytest.param(
        _W + "At least 23 people were killed when a bus collided with a lorry on the Marra highway on Sunday, "
        "police said. Nine of the dead were children.",
        (23, 0, 0, 0),
        id="nine-of-the-dead",
    ),
    pytest.param(
        _W + "Half a dozen people were hurt when a scaffold collapsed on a building site in Dunmere on Friday, the "
        "ambulance service said.",
        (0, 6, 0, 0),
        id="half-a-dozen",
    ),
    pytest.param(
        _W + "The death toll from last week's earthquake in Orvane now stands at 1,204, with more than 3,500 "
        "injured, the civil protection agency said on Sunday.",
        (1204, 3500, 0, 0),
        id="toll-stands-at-with-injured",
    ),
    pytest.param(
        _W + "A bomb blast in a crowded market in Jorra killed 31 people on Thursday. It was the deadliest attack "
        "in the city since 2014, when 45 people died in a mosque bombing.",
        (31, 0, 0, 0),
        id="earlier-attack-since-year",
    ),
    pytest.param(
        _W + "Emergency crews evacuated 1,500 homes in the suburbs of Karrow as a bushfire approached on Tuesday. "
        "No injuries were reported.",
        (0, 0, 0, 0),
        id="homes-evacuated-no-injuries",
    ),
    pytest.param(
        _W + "Four climbers were killed and another two are missing after an avalanche on Mount Ferrel on "
        "Saturday, rescue officials said.",
        (4, 0, 2, 0),
        id="another-two-missing",
    ),
    # vehicles, crews, money, fractions, power cuts and infections count no one harmed
    pytest.param(
        _W + "A 7.1-magnitude earthquake struck off the coast of Varnia on Wednesday. Officials sent 40 ambulances "
        "and 12 helicopters to the area, and reported three people dead.",
        (3, 0, 0, 0),
        id="magnitude-ambulances-helicopters",
    ),
    pytest.param(
        _W + "Thirty fire engines and 150 firefighters battled the blaze at a warehouse in Corby Vale overnight. "
        "Nobody was hurt, the fire service said.",
        (0, 0, 0, 0),
        id="fire-engines-firefighters-nobody-hurt",
    ),
    pytest.param(
        _W + "The government announced A$2 million in aid after floods killed four people in the Ryland Valley, "
        "where two-thirds of farms were under water.",
        (4, 0, 0, 0),
        id="money-fraction",
    ),
    pytest.param(
        _W + "Twelve of the 40 passengers were hurt when their coach overturned on the A1 near Stanmoor on "
        "Saturday, police said.",
        (0, 12, 0, 0),
        id="twelve-of-the-passengers",
    ),
    pytest.param(
        _W + "At least two people were killed and eight injured in a gas explosion at a block of flats in Kirkton "
        "on Friday, police said. Around 20 residents were left homeless.",
        (2, 8, 0, 20),
        id="left-homeless-after-noun",
    ),
    pytest.param(
        _W + "Heavy snowfall stranded 2,000 motorists on the M8 overnight and left 30,000 homes without power, "
        "officials said. One driver died of a heart attack.",
        (1, 0, 0, 0),
        id="stranded-without-power",
    ),
    pytest.param(
        _W + "The cholera outbreak has killed 96 people and infected more than 4,000 since August, the health "
        "ministry said.",
        (96, 0, 0, 0),
        id="outbreak-infected",
    ),
    # an ordinal before a person: one more person than those counted before
    pytest.param(
        _W + "Two women were killed at a bus shelter in Osmere late Saturday, and a third woman was also "
        "wounded, police said.",
        (2, 1, 0, 0),
        id="a-third-woman-also-wounded",
    ),
    # the object of a second verb of harm, named by kin
    pytest.param(
        _W + "A gunman shot dead a 52-year-old man and wounded his nephew outside a pharmacy in Tarvel on "
        "Monday, police said.",
        (1, 1, 0, 0),
        id="second-verb-kin-object",
    ),
    # the dead counted as the possessors of "the bodies of"
    pytest.param(
        _W + "The bodies of three men with gunshot wounds were found Monday in a ravine near Colvane, deputies said.",
        (3, 0, 0, 0),
        id="bodies-of-three-with-wounds",
    ),
    # the next sentence tells all the people counted died
    pytest.param(
        _W + "Deputies found two brothers with gunshot wounds inside a barn near Ostry on Sunday. Both were "
        "dead when paramedics arrived.",
        (2, 0, 0, 0),
        id="both-were-dead",
    ),
    # "a pair of" and "a couple of" people: two, not a couple of hours
    pytest.param(
        _W + "A pair of cousins were wounded by gunfire outside a cinema in Brennock early Sunday, police said.",
        (0, 2, 0, 0),
        id="a-pair-of-cousins",
    ),
    pytest.param(
        _W + "Stray gunfire hit a couple of shoppers in a market in Brennock on Saturday, police said.",
        (0, 2, 0, 0),
        id="a-couple-of-shoppers",
    ),
    pytest.param(
        _W + "A couple of hours after the match, a man was shot outside the stadium in Brennock, police said.",
        (0, 1, 0, 0),
        id="a-couple-of-hours",
    ),
    # further victims told one at a time, each as one more person than those counted before
    pytest.param(
        _W + "Gunfire hit a 15-year-old girl in the calf outside an arcade in Dunvale on Friday. A 16-year-old boy "
        "was also wounded, police said.",
        (0, 2, 0, 0),
        id="also-wounded-one-at-a-time",
    ),
    pytest.param(
        _W + "A woman was shot in the shoulder behind a diner in Dunvale late Friday. A second victim, a "
        "40-year-old man, was treated and released, police said.",
        (0, 2, 0, 0),
        id="a-second-victim-treated",
    ),
    pytest.param(
        _W + "A driver was shot in the hip behind a laundromat in Tolvey on Sunday. A second man was also hit, "
        "police said.",
        (0, 2, 0, 0),
        id="a-second-man-also-hit",
    ),
    pytest.param(
        _W + "Two men were shot in the car park of a gym in Dunvale on Friday. A third man was also wounded, "
        "police said.",
        (0, 3, 0, 0),
        id="a-third-after-two",
    ),
    # "another" after one person of another category is the one more; told again, it adds nothing
    pytest.param(
        _W + "One man was killed and another was wounded outside a bar in Dunvale on Friday, police said. "
        "Another man was wounded in the same shooting and taken to a hospital, where he is stable.",
        (1, 1, 0, 0),
        id="another-told-again",
    ),
    # "was also shot" with no one hurt in the sentences just before: another incident recalled
    pytest.param(
        _W + "A man was killed at a bar in Dunvale on Friday, police said. The bar had been closed twice for "
        "fights. Its owner spoke to reporters on Saturday. The city has seen several shootings this year. A "
        "woman was also shot outside the same bar in a shooting that is still unsolved.",
        (1, 0, 0, 0),
        id="also-shot-far-from-the-toll",
    ),
    # the people hurt listed one by one, a semicolon after each
    pytest.param(
        _W + "Shots rang out at a party in Fenmore on Sunday. The victims were a 19-year-old man, who was hit in "
        "the foot; a 17-year-old girl, who was hit in the hip; and a 23-year-old cousin of hers, who was grazed.",
        (0, 3, 0, 0),
        id="victims-listed-with-semicolons",
    ),
    pytest.param(
        _W + "Shots rang out at a party in Fenmore on Sunday. The dead were a 19-year-old man; a 17-year-old "
        "girl; and a 20-year-old woman, police said.",
        (3, 0, 0, 0),
        id="dead-listed-with-semicolons",
    ),
    # local US shooting reports (the p3i probe): the killer's own death after the people killed
    pytest.param(
        "Gunman kills two at depot\n\nA fired mechanic shot and killed two co-workers at a bus depot in Carrow on "
        "Thursday before turning the gun on himself, police said. No one else was hurt.",
        (3, 0, 0, 0),
        id="killed-two-before-turning-the-gun-on-himself",
    ),
    # one shooting's toll told over the weekend is no weekend tally
    pytest.param(
        _W + "Police have named the two men killed in a shooting at a cookout in Carrow over the weekend. The two "
        "were shot just after 11 p.m. on Saturday.",
        (2, 0, 0, 0),
        id="killed-in-a-shooting-over-the-weekend",
    ),
    # a person named beside people counted by their noun
    pytest.param(
        _W + "A man and two teenage girls were wounded when shots were fired into a crowd outside a skating rink in "
        "Carrow on Friday night, police said.",
        (0, 3, 0, 0),
        id="a-man-and-two-girls-wounded",
    ),
    # the subject of a verb of harm names no one harmed: the count after its second verb is injured
    pytest.param(
        _W + "Gunmen killed three and wounded 12 in a raid on a hill village near Sarro on Tuesday, police said.",
        (3, 12, 0, 0),
        id="subject-of-killed-and-wounded-is-no-count-noun",
    ),
    # a copula of state between the number and the harm: "remain missing", "remained unaccounted for"
    pytest.param(
        _W + "A ferry capsized on a lake near Tolva on Thursday; 18 remain missing, the harbour authority said.",
        (0, 0, 18, 0),
        id="bare-number-remain-missing",
    ),
    # a count told as the whole is the total only when no other count of its harm is larger
    pytest.param(
        _W + "Five people were seriously injured when a coach overturned on a hill road on Friday. In all, 28 "
        "passengers were hurt, the ambulance service said.",
        (0, 28, 0, 0),
        id="in-all-after-the-seriously-injured",
    ),
    pytest.param(
        _W + "Nine people were hurt when a stand collapsed at the Orrin ground on Saturday. In all, two were "
        "seriously injured, officials said.",
        (0, 9, 0, 0),
        id="in-all-on-a-count-smaller-than-a-part",
    ),
    # a later, larger count of the same harm told as an update is the toll; one more is not
    pytest.param(
        _W + "A mudslide buried houses in the hill town of Corvo on Sunday, killing 11 people. Civil defence "
        "officials later said 19 had died.",
        (19, 0, 0, 0),
        id="later-said-a-larger-toll",
    ),
    pytest.param(
        _W + "Three people died when a fire swept a hostel in Lintz on Friday. By Saturday, eight had died, the "
        "fire service said.",
        (8, 0, 0, 0),
        id="by-the-next-day-a-larger-toll",
    ),
    pytest.param(
        _W + "Three people died when a fire swept a hostel in Lintz on Friday. The fire service later said two "
        "more had died in hospital.",
        (3, 0, 0, 0),
        id="guard-later-one-more-is-no-toll",
    ),
    # "a third" alone, one more of the people counted before: read so, it drops a development
    # figure whose gold tells another incident of the same article (reported to the lead)
    pytest.param(
        _W + "Two miners were killed and a third was seriously injured in a rockfall at the Drummond colliery on "
        "Tuesday, the company said.",
        (2, 1, 0, 0),
        id="a-third-alone",
        marks=pytest.mark.xfail(
            reason="an ordinal alone ('a third was injured') is not read as one person", strict=True
        ),
    ),
]

_CATEGORIES = ("killed", "injured", "missing", "displaced")
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty[\w-]*"
    r"|thirty[\w-]*|hundred|thousand)\b",
    re.I,
)


@pytest.mark.parametrize(("article", "tolls"), PROBES)
def test_toll_of_an_article(article: str, tolls: tuple[int, int, int, int]) -> None:
    summary = summarize(article, model="rules")
    assert tuple(count_of(summary, c) for c in _CATEGORIES) == tolls
    assert summary.check.ok, summary.check.findings
    said = {n.lower() for n in _NUMBER.findall(article)}
    assert {n.lower() for n in _NUMBER.findall(summary.headline)} <= said, summary.headline
