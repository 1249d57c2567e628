"""Questions as readers typed them in ``kinds_bm`` and ``kinds_bn`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model over the first corpus and
twelve articles of those sets.

A country may be told by its region ("the german christmas markets" in a story that says
"Bavarian"), but a price in euros is no German price in a Dutch story that names no country. A
name typed without its accent ("villasenor") is the name the story writes ("Villaseñor"), so a
near miss about him is refused. A side the name only describes ("paying sri lankan growers") is
told of by a story about the place. A count of people is not a count of years; "what was it"
in a later part asks the first part's value again at its own moment, and what the rebuild
"actually cost" (or "ended up costing") is the later story's figure. An age "at the easter
record" is hers, told without Easter; "retired at 67" tells an age at retiring. "The year
before" and "now" are the other side of a comparison, and output is what a company produced.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from bot.retrieval import question_kind
from tests.bot.conftest import answer_lines, converse, engine_with

ARTICLES = [
    "kinds_bm/corpus/devriendt-record-easter-new-shop.md",
    "kinds_bm/corpus/devriendt-cocoa-price-rise-closures.txt",
    "kinds_bm/corpus/wheal-tressa-first-tin-shipment.txt",
    "kinds_bm/corpus/wheal-tressa-flooding-halts-mine.html",
    "kinds_bm/corpus/churchill-polar-bear-tourism-record.html",
    "kinds_bm/corpus/alkmaar-cheese-market-season-opens.md",
    "kinds_bn/corpus/pizzac-ferrata-rockfall-closure.txt",
    "kinds_bn/corpus/pizzac-ferrata-reopens-steel-bridge.html",
    "kinds_bn/corpus/wijesekara-cinnamon-mexico-deal.md",
    "kinds_bn/corpus/wijesekara-cinnamon-blight-job-cuts.txt",
    "kinds_bn/corpus/regensburg-christmas-market-record.txt",
    "kinds_bn/corpus/hveragerdi-geothermal-bananas.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("places"), real_embedder, ARTICLES)


def test_how_things_of_a_kind_fared_is_an_overview_and_the_other_side_is_a_time() -> None:
    assert understand("how did the german christmas markets do this winter").kind is Kind.OVERVIEW
    # the markets that trade are asked of a move, in numbers
    assert understand("how did the markets do").kind is not Kind.OVERVIEW
    assert question_kind("how did the markets do") == "number"
    assert understand(
        "regensburg christmas market visitors this season compared to the year before?"
    ).parts == (
        "regensburg christmas market visitors this season",
        "regensburg christmas market visitors the year before",
    )
    assert understand("alba cinnamon price when the mexico deal was signed vs now?").parts == (
        "alba cinnamon price when the mexico deal was signed",
        "alba cinnamon price now",
    )
    assert question_kind("what is the daily limit on the pizzac ferrata now") == "number"
    assert expand_chat("what did the rebuild actually cost") == (
        "what did the rebuild cost in the end"
    )
    assert expand_chat("the fungus thats killing them") == "the fungus that is killing them"


@pytest.mark.model
def test_a_country_told_by_its_region_and_a_price_told_in_its_own_currency(
    engine: Engine,
) -> None:
    markets = engine.answer("how did the german christmas markets do this winter")
    assert not markets.refused
    assert any(c.title.startswith("Regensburg Christmas market") for c in markets.citations)

    # euros are the Netherlands' currency too: a Dutch price is no German one
    assert engine.answer("whats the wholesale price of gouda in germany").refused

    bananas = engine.answer("how much r the icelandic bananas in the shops")
    assert "649 Icelandic krónur" in bananas.text

    growers = engine.answer("hw much r they paying sri lankan growers to replant a hectare")
    assert "250,000 rupees" in growers.text


@pytest.mark.model
def test_a_name_typed_without_its_accent_is_the_storys_name(engine: Engine) -> None:
    # the stories name Rodrigo Villaseñor but never give his age
    assert engine.answer("how old is rodrigo villasenor").refused


@pytest.mark.model
def test_people_counted_a_successor_named_and_a_destination(engine: Engine) -> None:
    residents = engine.answer("how many people live in churchill")
    assert "870 permanent residents" in residents.text

    # the sentence naming her comes, though the one before it does not fit beside the lead
    ceo = engine.answer("whos the new ceo at wheal tressa")
    assert "Rachel Penhaligon" in ceo.text

    going = converse(
        engine,
        "hw much tin concentrate was on the first lorry out of wheal tressa",
        "where's it going",
    )
    assert "Penang" in going.text


@pytest.mark.model
def test_each_part_of_a_pair_of_stories_asks_its_own_moment(engine: Engine) -> None:
    ages = engine.answer(
        "how old was elise devriendt at the easter record, and how old is she in the closures "
        "story?"
    )
    first, second = answer_lines(ages)
    assert "Elise Devriendt, 41" in first
    assert "Elise Devriendt, 42" in second

    tin = engine.answer(
        "what was the tin price when wheal tressa shipped its first ore, and what was it when the "
        "mine flooded?"
    )
    first, second = answer_lines(tin)
    assert "$34,500" in first
    assert "$48,200" in second

    bill = engine.answer(
        "what was the repair estimate after the pizzac rockfall and what did the rebuild actually "
        "cost?"
    )
    # what it "actually" cost is the later story's final bill, not the estimate
    assert "2.3 million euros" in answer_lines(bill)[1]
    # what it came to in the end is the later story's figure, asked alone too
    final = engine.answer("how much did the pizzac repairs end up costing")
    assert "2.3 million euros" in final.text

    warden = engine.answer(
        "how old was franco soraperra when the rock fell, and how old was he when he retired?"
    )
    first, second = answer_lines(warden)
    assert "Franco Soraperra, 66" in first
    assert "retired at 67" in second


@pytest.mark.model
def test_the_year_before_now_and_output_as_the_other_side(engine: Engine) -> None:
    visitors = engine.answer(
        "regensburg christmas market visitors this season compared to the year before?"
    )
    first, second = answer_lines(visitors)
    assert "1.9 million visitors" in first
    assert "1.6 million visitors the year before" in second

    alba = engine.answer("alba cinnamon price when the mexico deal was signed vs now?")
    first, second = answer_lines(alba)
    assert "$28 a kilo" in first
    assert "$34 a kilo" in second

    output = engine.answer(
        "how does wijesekara's 2024 output compare with what it expects to harvest in 2026?"
    )
    first, second = answer_lines(output)
    assert "1,700 tonnes" in first
    assert "1,300 tonnes" in second
