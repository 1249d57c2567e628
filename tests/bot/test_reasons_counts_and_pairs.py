"""Reasons, counts and a pair's two moments as readers typed them in ``kinds_bs`` and ``kinds_bt``
(held out last round, read at the start of this one), ``kinds_bm`` and ``kinds_bp``, through
``Engine.answer`` on the real model over the first corpus and nine of their articles.

A "why" question is answered by the sentence after one saying that causes follow ("Doctors said
the rise in injuries had several causes."), not only by the sentence restating what happened.
"How many X" is answered by a sentence counting X, also when the best one only names the story
("how many rollers work at vuelta real": "about 420 rollers sit at wooden desks", not "8.8
million hand-rolled cigars"), when the sentence names the town as "this oasis town", and when the
reader types a digit the story spells ("the first 9 months"). "Who bought" finds the
story's sentence doing the deed further down ("The company was bought in September by ...").
A part set "before the fire" and one set "now" are read in the fire story and the reopening
story, which a name both tell (Backlunds) ties together though no headline names it; a side that
is only a time ("20 yrs ago") asks the other side's thing then.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.retrieval import kind_match, stems, term_matches
from tests.bot.conftest import answer_lines, engine_with

ARTICLES = [
    "kinds_bs/corpus/pamplona-san-fermin-injuries.txt",
    "kinds_bs/corpus/catania-blood-orange-frost.txt",
    "kinds_bs/corpus/catania-blood-orange-record-harvest.md",
    "kinds_bs/corpus/nusnas-dala-horse-workshop-fire.html",
    "kinds_bs/corpus/nusnas-dala-horse-workshop-reopens.txt",
    "kinds_bt/corpus/kilauea-eruption-tourism-surge.md",
    "kinds_bt/corpus/oktoberfest-beer-price-record.html",
    "kinds_bm/corpus/havana-vuelta-real-cigar-exports.txt",
    "kinds_bp/corpus/atacama-stargazing-tourism.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("reasons"), real_embedder, ARTICLES)


def test_a_digit_asks_what_the_story_spells() -> None:
    assert term_matches("9", stems("in the first nine months of the year"))
    assert term_matches("twenty", stems("20 years ago"))
    assert not term_matches("9", stems("in the first seven months of the year"))


def test_a_count_is_of_the_unit_not_a_past_tense_that_starts_alike() -> None:
    question = "how many rollers work at vuelta real"
    rolled = "The factory exported a record 8.8 million hand-rolled cigars last year."
    assert kind_match("number", rolled, question) < 1
    rollers = "where about 420 rollers sit at wooden desks in long rows beneath ceiling fans"
    assert kind_match("number", rollers, question) == 1


@pytest.mark.model
def test_why_is_answered_by_the_reasons_that_follow(engine: Engine) -> None:
    hurt = engine.answer("why r so many ppl getting hurt in the bull runs")
    assert "never run before" in hurt.text
    harvest = engine.answer("why was the sicilian orange harvest so big this year")
    assert "rested" in harvest.text


@pytest.mark.model
def test_how_many_is_answered_by_a_sentence_counting_it(engine: Engine) -> None:
    rollers = engine.answer("how many rollers work at vuelta real")
    assert "420 rollers" in rollers.text
    town = engine.answer("how many people live in san pedro de atacama")
    assert "11,000 people" in town.text
    visits = engine.answer(
        "how many visits did hawaii volcanoes national park get in the first 9 months of the year"
    )
    assert "1.9 million visits" in visits.text


@pytest.mark.model
def test_who_did_it_is_found_further_down_the_story(engine: Engine) -> None:
    bought = engine.answer("who bought the nusnas dala horse workshop after the fire")
    assert "Karin Lindqvist" in bought.text


@pytest.mark.model
def test_before_an_event_and_now_are_read_in_the_pairs_two_stories(engine: Engine) -> None:
    staff = engine.answer(
        "how many ppl worked at backlunds b4 the fire and how many work there now"
    )
    before, now = answer_lines(staff)
    assert "23 employees" in before
    assert "31 employees" in now
    assert len({c.article_id for c in staff.citations}) == 2


@pytest.mark.model
def test_a_side_that_is_only_a_time_asks_the_other_sides_thing(engine: Engine) -> None:
    beer = engine.answer("oktoberfest beer now vs 20 yrs ago?")
    now, then = answer_lines(beer)
    assert "16" in now
    assert "7.10" in then
