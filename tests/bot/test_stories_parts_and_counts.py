"""Questions as readers typed them in ``kinds_ak``, ``kinds_al`` and ``kinds_e``, through
``Engine.answer`` on the real model, over the first corpus and nine articles of those sets.

Each failed before this round's changes. A part of a two-part question that names no story
("how many ships are stuck waiting") is read in the story the other part names; what a "how many"
counts is read where the story counts it ("the ship's 22 crew"), and a year closing a sentence or a
"four-year deal" counts no pilots. A pay offer is a share; "who led the research" is answered by
whoever "led the study"; "how far away" is a distance from somewhere. "How much more at the US
Open than in Miami" asks each amount. A follow-up with its own "where" asks a place, whatever the
turn before asked; "what day was X reported" asks the date the story came out.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from tests.bot.conftest import converse, engine_with

pytestmark = pytest.mark.model

ARTICLES = [
    "kinds_ak/corpus/celtair-cabin-crew-strike.txt",
    "kinds_ak/corpus/mahlangu-stress-fracture-india-tour.md",
    "kinds_al/corpus/welland-canal-blockage.txt",
    "kinds_al/corpus/le-havre-port-strike.txt",
    "kinds_al/corpus/kallio-miami-open-title.txt",
    "kinds_al/corpus/kallio-us-open-title.html",
    "kinds_al/corpus/costa-marea-festival-cancelled.html",
    "kinds_al/corpus/euclid-dark-galaxy.html",
    "kinds_e/corpus/skye-pterosaur-fossil.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("stories"), real_embedder, ARTICLES)


def test_a_part_naming_no_story_is_read_in_the_one_the_other_part_names(engine: Engine) -> None:
    answer = engine.answer(
        "how many ships are stuck waiting and how many crew were on the huron ridge"
    )
    assert "34 ships" in answer.text and "22 crew" in answer.text, answer.text
    assert {c.title for c in answer.citations} == {
        "Bulk carrier stuck in Welland Canal lock halts Great Lakes shipping"
    }, answer.citations


def test_a_count_is_read_where_the_story_counts_it(engine: Engine) -> None:
    crew = engine.answer("how many crew were on the huron ridge")
    assert "22 crew" in crew.text, crew.text
    pilots = engine.answer("how many pilots does celtair employ")
    assert pilots.refused, pilots.text


def test_a_pay_offer_and_a_study(engine: Engine) -> None:
    offer = engine.answer("what is celtair's pay offer")
    assert "5.5%" in offer.text, offer.text
    led = engine.answer("who led the research on wisp")
    assert "Okonkwo" in led.text, led.text
    far = converse(engine, "what did the euclid telescope find", "how far away is it")
    assert "240 million light years" in far.text, far.text


def test_a_follow_up_with_its_own_where_asks_a_place(engine: Engine) -> None:
    answer = converse(
        engine,
        "how big was the pterosaur's skull",
        "and where will they put it on display",
    )
    assert "National Museum of Scotland" in answer.text, answer.text


def test_the_day_a_story_was_reported(engine: Engine) -> None:
    festival = engine.answer("what day was the costa marea cancellation reported")
    assert "28 May 2026" in festival.text, festival.text
    injury = engine.answer("what date was the stumps weekly story on mahlangu's back injury")
    assert "19 August 2026" in injury.text, injury.text


def test_how_much_more_in_one_place_than_another_gives_both(engine: Engine) -> None:
    answer = engine.answer("how much more did kallio win at the us open than in miami")
    assert "$5.3 million" in answer.text and "$1,151,380" in answer.text, answer.text
