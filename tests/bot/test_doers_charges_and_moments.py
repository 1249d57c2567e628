"""Questions as readers typed them in ``kinds_bo`` and ``kinds_bp`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model over the first corpus and
ten articles of those sets and two of ``kinds_bm``.

"Who won" is answered by a name: when the lead only describes the winner ("A 16-year-old Kazakh
eagle hunter won ..."), the sentence naming him follows it (and "whats his eagle called" is
answered by the name set beside "eagle"), and "It was won by ..." is told of what the sentence
before names. What was won must be told by the story: a race report that never says "cup" does not
say who won the world cup, nor the marathon's winner who won its half marathon. A place named by
common words ("ha long bay") must be told, and so must the kind of charge asked ("the entry fee"):
a kayak's rental is no entry fee, and a marathon's entry fee is in another place; "is vietnam
banning overnight cruises" asks what is banned too. A price asked of a year is the one a story of
that year gives, "vs now" compares one fact at two times, a role names the person asked for ("the
name of the abbot"), "this year" is the figure said of this year, and "how many metres of cloth" is
answered by the metres, whatever the story calls the cloth. Parts set "during the outbreak" and
"now" are read in the story of each moment, and "the job" in the later part is the role the first
asked of.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import question_kind
from tests.bot.conftest import converse, engine_with

ARTICLES = [
    "kinds_bo/corpus/olgii-golden-eagle-festival.txt",
    "kinds_bo/corpus/kittila-husky-kennel-outbreak.txt",
    "kinds_bo/corpus/kittila-husky-record-winter.html",
    "kinds_bo/corpus/vaurenne-trappist-beer-rationing.md",
    "kinds_bo/corpus/kamiita-indigo-paris-order.txt",
    "kinds_bo/corpus/fez-tannery-reopens.html",
    "kinds_bp/corpus/highland-games-caber-record.txt",
    "kinds_bp/corpus/baikal-ice-marathon.txt",
    "kinds_bp/corpus/ha-long-bay-kayak-ban.html",
    "kinds_bp/corpus/galway-oyster-festival-record-crowds.txt",
    "kinds_bm/corpus/devriendt-record-easter-new-shop.md",
    "kinds_bm/corpus/devriendt-cocoa-price-rise-closures.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("doers"), real_embedder, ARTICLES)


def test_one_fact_at_two_times_is_a_comparison_and_a_role_asks_for_a_person() -> None:
    question = understand("hw much was a 2 hour husky safari at kaamos during the outbreak vs now")
    assert question.kind is Kind.COMPARE
    assert question.parts == (
        "how much was a 2 hour husky safari at kaamos during the outbreak",
        "how much was a 2 hour husky safari at kaamos now",
    )
    # a match's sides are still no comparison
    assert understand("who scored for everton vs villa").kind is not Kind.COMPARE
    assert question_kind("what is the name of the abbot of vaurenne abbey") == "who"
    assert question_kind("what is the name of the new beer") == "name"


@pytest.mark.model
def test_who_won_is_answered_by_the_name_after_a_lead_that_describes_the_winner(
    engine: Engine,
) -> None:
    eagle = engine.answer("who won the golden eagle festival in mongolia")
    assert not eagle.refused
    assert "Nurbol Serikbai" in eagle.text
    # and what his eagle is called, the name set beside the word "eagle"
    eagle_name = converse(
        engine, "who won the golden eagle festival in mongolia", "whats his eagle called"
    )
    assert "Akkanat" in eagle_name.text
    caber = engine.answer("who turned the strathtummel caber")
    assert not caber.refused
    assert "Callum Rennie" in caber.text
    # "It was won by ...": what "it" is, the sentence before names
    oysters = engine.answer("who won the irish oyster opening championship")
    assert not oysters.refused
    assert "Siobhán Moriarty" in oysters.text
    # a lead that names the winner is answer enough
    marathon = engine.answer("who won the baikal ice marathon")
    assert "Yerlan Abenov" in marathon.text


@pytest.mark.model
def test_what_was_won_and_which_charge_must_be_told(engine: Engine) -> None:
    assert engine.answer("who won the 2022 world cup?").refused
    # the story names its half marathon, but only the marathon's winner
    assert engine.answer("who won the half marathon on lake baikal").refused
    fee = engine.answer("how much is the new entry fee for ha long bay")
    assert fee.refused
    # what a ban is of must be told too: kayaking is banned, not overnight cruises
    assert engine.answer("is vietnam banning overnight cruises from ha long bay").refused
    assert not engine.answer("is vietnam banning kayaking in ha long bay").refused
    # the marathon's entry fee, and the bay's rental for an hour, are told
    assert (
        "165,000 roubles" in engine.answer("how much is the entry fee for the baikal marathon").text
    )
    rental = engine.answer("hw much does it cost to rent a kayak in ha long bay for an hour")
    assert not rental.refused
    assert "150,000 dong" in rental.text


@pytest.mark.model
def test_a_price_of_a_year_and_one_fact_at_two_times_are_compared(engine: Engine) -> None:
    prices = engine.answer("compare devriendt's praline price in 2025 with the new price")
    assert "68 euros" in prices.text
    assert "80 euros" in prices.text
    safari = engine.answer("hw much was a 2 hour husky safari at kaamos during the outbreak vs now")
    assert "189 euros" in safari.text
    assert "209 euros" in safari.text


@pytest.mark.model
def test_a_role_a_year_a_measure_and_a_plain_deed_find_their_sentence(engine: Engine) -> None:
    assert "Lemaire" in engine.answer("What is the name of the abbot of Vaurenne Abbey?").text
    assert "8,500 hectolitres" in engine.answer("how much beer is vaurenne brewing this year").text
    cloth = engine.answer("how many metres of cloth did maison delorme order")
    assert "4,200 metres" in cloth.text
    station = engine.answer("why did fez put a new treatment station under the tannery")
    assert not station.refused
    assert "chromium" in station.text


@pytest.mark.model
def test_parts_set_at_two_moments_are_read_in_the_story_of_each(engine: Engine) -> None:
    dogs = engine.answer(
        "how many dogs did kaamos have during the outbreak and how many does it have now?"
    )
    assert "230 dogs" in dogs.text
    assert "290 dogs" in dogs.text
    # "the job" is the role the first part asked of
    mushers = engine.answer(
        "who was kaamos's head musher during the 2025 outbreak, and who holds the job now?"
    )
    assert "Jouni Aikio" in mushers.text
    assert "Elina Ruotsala" in mushers.text
