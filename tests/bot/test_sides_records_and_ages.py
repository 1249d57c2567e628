"""Comparisons and two-part questions as readers typed them in ``kinds_bq`` and ``kinds_br``
(held out last round, read at the start of this one), and in ``kinds_ac``, through
``Engine.answer`` on the real model over the first corpus and thirteen of their articles.

A side that names only a new thing ("vs a sled run") is asked what the other side asks ("how
much does a sled run cost"), and "how big was X compared with Y" asks how big each was. "The old
record" is the record before, which the articles call the previous record, set against the record
the other side set. A side naming only the thing again with its own year ("the price in 2026")
asks the first side's thing then, and a price told as "fell to 12 pesos, from 22 pesos last year"
in a story of 2026 is the 2026 price. When the second side opens on the sentence the first was
answered by, it is asked again without it. A side with a thing of its own ("the orders it has
this year") does not borrow the first side's ("clock output").

"Who won" is answered by the name after a lead that only describes the winner, also when the lead
comes second or opens on a dateline, and not by "Gloucestershire Police"; the kids' uphill race or
the 1986 race is not the one the story says was won. "Kili" is Kilimanjaro, as a headline names
it. A coop is the cooperative, its members are people, and going bust is insolvency. A name the
sentence before gives is told by one saying "it" of it ("The 11 chalets around Charmey that make
it produced about 38 tonnes", after a sentence on alpine Gruyère).

Ages told as "Don Crispín Ruiz, is 81" or "Don Crispín Ruiz, retired at 82" are his; "Don" opens
a name, not a stopword. "How many dhows raced" counts dhows ("Twenty-four dhows"), and a headline
"Veteran captain, 67, wins ... dhow race" counts none.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import kind_match
from tests.bot.conftest import answer_lines, converse, engine_with

ARTICLES = [
    "kinds_bq/corpus/greenland-dog-sled-mail-route.md",
    "kinds_bq/corpus/coopers-hill-cheese-rolling.txt",
    "kinds_bq/corpus/oaxaca-mezcal-agave-shortage-fine.html",
    "kinds_bq/corpus/oaxaca-mezcal-export-deal.txt",
    "kinds_bq/corpus/lamu-dhow-race.txt",
    "kinds_bq/corpus/elfstedentocht-skating-race-returns.txt",
    "kinds_br/corpus/kyushu-sumo-attendance-record.txt",
    "kinds_br/corpus/kilimanjaro-porters-minimum-wage.txt",
    "kinds_br/corpus/zanzibar-seaweed-heatwave-losses.txt",
    "kinds_br/corpus/charmey-desalpe-record-crowd.html",
    "kinds_br/corpus/schillinger-cuckoo-clocks-insolvency.txt",
    "kinds_br/corpus/schillinger-cuckoo-clocks-takeover.html",
    "kinds_ac/corpus/delft-tandem-solar-cell-record.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("sides"), real_embedder, ARTICLES)


def test_a_bare_side_is_asked_what_the_other_side_asks() -> None:
    sled = understand("how much does a helicopter flight to siorapaluk cost vs a sled run")
    assert sled.kind is Kind.COMPARE
    assert sled.parts == (
        "how much does a helicopter flight to siorapaluk cost",
        "how much does a sled run cost",
    )
    crowd = understand(
        "how big was the coopers hill crowd this year compared with the crowds that got it "
        "cancelled in 2010?"
    )
    assert crowd.kind is Kind.COMPARE
    assert crowd.parts[1].startswith("how big was crowds that got it cancelled")
    # the same lead in another month is not "how big was april"
    lead = understand("how big was bayern's bundesliga lead in feb compared to april")
    assert "how big was april" not in lead.parts
    # a match's sides are still no comparison
    assert understand("how much did arsenal score vs atletico").kind is not Kind.COMPARE


def test_a_headline_number_before_a_comma_counts_nothing() -> None:
    question = "how many dhows raced at lamu"
    headline = "Veteran captain, 67, wins Lamu festival dhow race as new port reshapes the island"
    assert kind_match("number", headline, question) < 1
    told = "Twenty-four dhows took part in two classes, the larger jahazi and the smaller mashua."
    assert kind_match("number", told, question) == 1


@pytest.mark.model
def test_each_side_of_a_comparison_gets_its_own_figure(engine: Engine) -> None:
    sled = engine.answer("how much does a helicopter flight to siorapaluk cost vs a sled run")
    assert "96,000" in sled.text
    assert "2,400 kroner" in sled.text
    crowd = engine.answer(
        "how big was the coopers hill crowd this year compared with the crowds that got it "
        "cancelled in 2010?"
    )
    assert "6,000" in crowd.text
    assert "15,000" in crowd.text
    clocks = engine.answer(
        "compare schillinger's clock output in 2024 with the orders it has this year"
    )
    assert not clocks.refused
    assert "7,500" in clocks.text
    assert "21,000" in clocks.text


@pytest.mark.model
def test_the_old_record_is_the_previous_one(engine: Engine) -> None:
    sumo = engine.answer("how does this year's kyushu attendance compare with the old record?")
    assert "112,350" in sumo.text
    assert "109,800" in sumo.text
    delft = engine.answer("how does the delft cell compare to the previous record")
    assert "35.1 percent" in delft.text
    assert "34.85 percent" in delft.text


@pytest.mark.model
def test_a_side_naming_only_its_year_asks_the_first_sides_thing(engine: Engine) -> None:
    agave = engine.answer(
        "how does the espadin agave price when tres cerros got fined compare with the price in "
        "2026?"
    )
    fined, now = answer_lines(agave)
    assert "22 pesos" in fined
    assert "12 pesos" in now
    assert {c.title for c in agave.citations} == {
        a.title for a in engine.articles() if "Tres Cerros" in a.title
    }


@pytest.mark.model
def test_ages_told_after_a_name_and_at_a_deed(engine: Engine) -> None:
    ruiz = engine.answer(
        "how old was don crispin ruiz when tres cerros got fined, and how old was he when he "
        "retired?"
    )
    fined, retired = answer_lines(ruiz)
    assert "is 81" in fined
    assert "retired at 82" in retired
    dhows = engine.answer("how many dhows raced at lamu")
    assert dhows.text.startswith("Twenty-four dhows")


@pytest.mark.model
def test_who_won_is_named_and_of_the_race_asked(engine: Engine) -> None:
    cheese = engine.answer("who won the mens race at coopers hill")
    assert "Callum Pryor" in cheese.text
    dhow = engine.answer("who won the dhow race in lamu")
    assert "Mohamed Athman Bakari" in dhow.text
    assert engine.answer("who won the kids uphill race at coopers hill?").refused
    # the race of 1997 was won by Henk Angenent; the story says no winner of 1986
    assert engine.answer("who won the 1986 elfstedentocht?").refused
    assert "Henk Angenent" in engine.answer("who won the 1997 elfstedentocht").text


@pytest.mark.model
def test_a_name_cut_short_is_the_headlines_name(engine: Engine) -> None:
    fine = engine.answer("wats the fine for overloading a porter on kili")
    assert not fine.refused
    assert "2 million shillings" in fine.text


@pytest.mark.model
def test_everyday_words_for_what_the_story_says(engine: Engine) -> None:
    killed = "wat killed all the seaweed in zanzibar"
    members = converse(engine, killed, "how many ppl r in the coop")
    assert "1,150 members" in members.text


@pytest.mark.model
def test_going_bust_and_a_name_told_the_sentence_before(engine: Engine) -> None:
    bust = engine.answer("when did schillinger go bust")
    assert not bust.refused
    assert "filed for insolvency" in bust.text
    gruyere = engine.answer(
        "How many tonnes of alpine Gruyère did the chalets around Charmey produce this season?"
    )
    assert "38 tonnes" in gruyere.text
