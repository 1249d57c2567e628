"""Questions as readers typed them in ``kinds_bi`` and ``kinds_bj`` (held out last round, read
at the start of this one), through ``Engine.answer`` on the real model over the first corpus and
thirteen of their articles (and two of ``kinds_bc`` and ``kinds_bh``).

A two-part question over a pair of stories that no headline word ties together is tied by the
person or company it asks about: "how old was darlene haskell when the chinese deal was signed"
reads each part in one of the two stories that name her. A later part that is only a moment
("and when the plant closure was announced") asks the first part's question at that moment, and
"at the reopening" is a moment as "when it reopened" is. A part set in a year after both
stories ("entered for 2027") is read in the newer one; "this spring" is the newest; "how many
this year" asks the first part's count again, and "how many member boats" counts boats.

"I am 71 now," he said" gives his age. "How heavy was don faustino" is answered by "about 270
kilograms" (the weight is how heavy), "when was the kerman carpet bought" by the sentence that
says it was bought, "how many elephants are there now" by the count the new arrivals "brought"
it to. A follow-up naming something of its own ("how many had floreana genes") is not answered
by the sentence the last answer already quoted. "Co-op" is a cooperative, not an operation, and
"the new ones" in "how much did they pay for the new ones" is whatever the story is about.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, about_then, expand_chat, split_parts, understand
from bot.retrieval import question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_bi/corpus/ledgemere-lobster-record-boat-price.txt",
    "kinds_bi/corpus/ledgemere-stonington-plant-closure.html",
    "kinds_bi/corpus/teatro-ardenghi-restoration-delay.md",
    "kinds_bi/corpus/teatro-ardenghi-reopening-season.html",
    "kinds_bi/corpus/galapagos-wolf-volcano-tortoise-census.txt",
    "kinds_bi/corpus/kerman-vase-carpet-auction-record.html",
    "kinds_bi/corpus/kinashi-bonsai-juniper-theft.txt",
    "kinds_bj/corpus/tanana-750-halvorsen-wins.txt",
    "kinds_bj/corpus/tanana-750-sponsor-quits.html",
    "kinds_bj/corpus/everest-permit-fee-rise.txt",
    "kinds_bj/corpus/everest-deadly-season-rescues.md",
    "kinds_bj/corpus/chiang-mai-elephant-sanctuary.html",
    "kinds_bj/corpus/davis-station-resupply-voyage.txt",
    "kinds_bc/corpus/nairobi-expressway-toll-rise.html",
    "kinds_bh/corpus/tromso-northern-lights-record.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("moments"), real_embedder, ARTICLES)


@pytest.mark.model
def test_a_pair_of_stories_is_tied_by_the_person_both_name(engine: Engine) -> None:
    haskell = engine.answer(
        "how old was darlene haskell when the chinese deal was signed and when the plant "
        "closure was announced"
    )
    first, second = answer_lines(haskell)
    assert "Darlene Haskell, 54," in first
    assert "Darlene Haskell, 55," in second
    assert len(cited_stories(haskell)) == 2

    ferraguti = engine.answer(
        "how old was ferraguti when the restoration was delayed, and how old was he at the "
        "reopening?"
    )
    first, second = answer_lines(ferraguti)
    assert "I am 71 now" in first
    assert "Massimo Ferraguti, 72," in second

    boats = engine.answer(
        "how many member boats did ledgemere have when it signed with haixin, and how many does "
        "it have now?"
    )
    first, second = answer_lines(boats)
    assert "118 member boats" in first
    assert "to 96" in second


@pytest.mark.model
def test_a_year_after_both_stories_and_this_spring_read_the_newer_one(engine: Engine) -> None:
    teams = engine.answer(
        "how many teams started the tanana in 2025 and how many have entered for 2027"
    )
    first, second = answer_lines(teams)
    assert "Thirty-eight teams" in first
    assert "22 teams" in second

    permits = engine.answer(
        "how many foreign everest permits were issued in spring 2024 and how many this year?"
    )
    first, second = answer_lines(permits)
    assert "436" in first
    assert "412 permits" in second


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how heavy was don faustino", "270 kilograms"),
        ("when was the kerman carpet bought", "1938"),
        ("how many elephants r at the mae wang sanctuary now", "to 42"),
        ("whats the tanana 750 record time", "6 days, 21 hours and 14 minutes"),
    ],
)
def test_a_size_a_deed_and_a_count_told_in_the_storys_own_words(
    engine: Engine, question: str, told: str
) -> None:
    answer = engine.answer(question)
    assert not answer.refused
    assert told in answer_lines(answer)[0].split(" [1]")[0]


@pytest.mark.model
def test_a_census_count_compared_with_an_earlier_one(engine: Engine) -> None:
    count = engine.answer("how does this wolf volcano tortoise count compare with the 2015 one?")
    assert "8,850" in count.text
    assert "6,300" in count.text


@pytest.mark.model
def test_a_follow_up_naming_its_own_thing_is_not_answered_by_the_last_quote(
    engine: Engine,
) -> None:
    genes = converse(
        engine,
        "how many tortoises did they count on wolf volcano",
        "how many had floreana genes",
    )
    assert "238" in genes.text

    paid = converse(
        engine,
        "how many elephants r at the mae wang sanctuary now",
        "how much did they pay for the new ones",
    )
    assert not paid.refused
    assert "9.6 million baht" in paid.text

    worth = converse(
        engine,
        "wat boat price did the stonington co-op get in the chinese deal",
        "how much is the whole deal worth",
    )
    assert not worth.refused
    assert "$38 million" in worth.text


def test_co_op_is_no_operation_and_a_bare_count_is_a_number() -> None:
    assert expand_chat("wat did the co-op get") == "what did the co-op get"
    assert expand_chat("the ops team") == "the operations team"
    assert question_kind("this wolf volcano tortoise count") == "number"
    assert question_kind("what boat price did they get") == "money"


def test_a_later_part_asks_the_first_ones_count_again() -> None:
    assert split_parts(
        "how many member boats did ledgemere have then and how many does it have now"
    ) == [
        "how many member boats did ledgemere have then",
        "how many member boats does it have now",
    ]
    assert split_parts("how many permits were issued in spring 2024 and how many this year") == [
        "how many permits were issued in spring 2024",
        "how many permits were issued this year",
    ]


@pytest.mark.model
def test_who_runs_a_road_is_its_operator_and_those_tours_are_priced(engine: Engine) -> None:
    operator = converse(
        engine,
        "whats the new toll for the full nairobi expressway",
        "what was it before",
        "who runs it",
    )
    assert not operator.refused
    assert "Moja Expressway" in operator.text

    tours = converse(
        engine,
        "how many guest nights did tromso get last year",
        "and in december alone?",
        "how much does one of those aurora tours cost",
    )
    assert not tours.refused
    assert "1,900 Norwegian kroner" in tours.text


def test_sides_before_and_after_an_event_and_of_one_owner() -> None:
    fee = understand("amsterdam mooring fee before and after the reform?", None)
    assert fee.kind is Kind.COMPARE
    assert fee.parts == (
        "amsterdam mooring fee before the reform",
        "amsterdam mooring fee after the reform",
    )
    prize = understand("lavoie's brier prize vs his career prize money?", None)
    assert prize.parts == ("lavoie's brier prize", "lavoie's career prize money")
    worth = understand(
        "how much is the stolen juniper worth compared with the other six trees?", None
    )
    assert worth.parts == (
        "how much is the stolen juniper worth",
        "how much is other six trees worth",
    )


def test_and_the_x_one_names_a_new_subject_but_the_other_one_does_not() -> None:
    assert about_then("ok and the malaysian durian one, how much went to china?") == (
        "malaysian durian",
        "how much went to china? (malaysian durian)",
    )
    assert about_then("and the other one, how much was it") is None
