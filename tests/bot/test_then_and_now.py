"""A thing then and now, owners, lists of mentions and claims, as readers typed them in
``kinds_bu`` and ``kinds_bv`` (held out last round, read at the start of this one), through
``Engine.answer`` on the real model over the first corpus and nine of their articles.

A comparison of one thing at two moments of a pair of stories ("how does the cloth price now
stack up against before the fire", "did the pan price go up or down since the flood", "this
season's harvest against the drought year") quotes each moment from its own story. "Who owns
it now", answered by a lead naming only "its new owner", names the owner from further down. A
question asking if an amount is what the story says ("going up to 50 euros") or how old
someone's daughter is, when the story gives another amount or the mother's age, is refused.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from tests.bot.conftest import answer_lines, cited_stories, engine_with

ARTICLES = [
    "kinds_bu/corpus/harris-tweed-mill-fire.txt",
    "kinds_bu/corpus/harris-tweed-mill-new-owner.html",
    "kinds_bv/corpus/steelpan-workshop-flood.txt",
    "kinds_bv/corpus/steelpan-workshop-record-carnival.html",
    "kinds_bv/corpus/kampot-pepper-drought-harvest.txt",
    "kinds_bv/corpus/kampot-pepper-eu-export-deal.md",
    "kinds_bv/corpus/isle-of-man-tt-spectator-record.txt",
    "kinds_bv/corpus/santorini-donkey-weight-limit.html",
    "kinds_bv/corpus/harbin-ice-snow-world-bookings.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("then-now"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "how does breasclete's cloth price now stack up against before the fire",
            ("breasclete's cloth price now", "breasclete's cloth price before the fire"),
        ),
        ("difference between the old and new pletna fare?", ("old pletna fare", "new pletna fare")),
        (
            "is kampot black pepper pricier now than it was in the drought",
            ("kampot black pepper now", "kampot black pepper in the drought"),
        ),
        (
            "has the tweed cloth price gone up since the fire",
            ("tweed cloth price before the fire", "tweed cloth price now"),
        ),
        (
            "kampot pepper price: drought year vs now",
            ("kampot pepper price in the drought year", "kampot pepper price now"),
        ),
        ("mds entry fee old vs new", ("old mds entry fee", "new mds entry fee")),
        (
            "how much more is the new pletna fare than the old one",
            ("new pletna fare", "old pletna fare"),
        ),
        (
            "is the new tomatina ticket cap lower than last year's",
            ("new tomatina ticket cap", "tomatina ticket cap last year"),
        ),
    ],
)
def test_one_thing_at_two_moments_is_compared(question: str, sides: tuple[str, str]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == sides


@pytest.mark.model
def test_then_and_now_are_quoted_from_each_moments_story(engine: Engine) -> None:
    cloth = engine.answer("how does breasclete's cloth price now stack up against before the fire")
    now, then = answer_lines(cloth)
    assert "52 pounds" in now
    assert "45 pounds" in then
    assert len(cited_stories(cloth)) == 2
    pan = engine.answer("did the price of a belmont tenor pan go up or down since the flood")
    assert "6,500" in answer_lines(pan)[0]
    assert "7,800" in answer_lines(pan)[1]
    assert len(cited_stories(pan)) == 2
    harvest = engine.answer(
        "how does this seasons kampot harvest stack up against the drought year"
    )
    assert "31 tonnes" in harvest.text
    assert "11 tonnes" in harvest.text
    assert len(cited_stories(harvest)) == 2


@pytest.mark.model
def test_who_ran_it_then_and_who_runs_it_now(engine: Engine) -> None:
    heads = engine.answer("who ran the kampot pepper coop in the drought and who's in charge now")
    then, now = answer_lines(heads)
    assert "Chhay Sovann" in then
    assert "Keo Sreymom" in now


@pytest.mark.model
def test_who_owns_it_names_the_owner_the_lead_only_calls_its_new_owner(engine: Engine) -> None:
    mill = engine.answer("who owns the breasclete tweed mill now")
    assert "Eilidh Crawford" in mill.text
    pans = engine.answer("who owns belmont steel pan works now")
    assert "Renée Baptiste" in pans.text


@pytest.mark.model
def test_mentions_dates_and_summaries_as_readers_ask_for_them(engine: Engine) -> None:
    rogan = engine.answer("where does rogan pop up across the news u have")
    assert {c.title.split()[0] for c in rogan.citations} >= {"Santorini", "Isle", "Joe"}
    first = engine.answer("tt crowds story or the steelpan flood one - which was published first")
    assert answer_lines(first)[0].startswith("“Isle of Man TT")
    dated = engine.answer("wat date is on the harbin ice and snow world article")
    assert "12 January 2026" in dated.text
    quoted = engine.answer(
        "the article that quotes alice kermode - what's it about in a few lines?"
    )
    assert not quoted.refused
    assert next(c.title for c in quoted.citations).startswith("Isle of Man TT")


@pytest.mark.model
def test_an_amount_or_a_relative_the_story_does_not_give_is_refused(engine: Engine) -> None:
    assert engine.answer("is the santorini cruise tax going up to 50 euros").refused
    told = engine.answer("is the santorini cruise tax 20 euros")
    assert not told.refused
    assert "20 euros" in told.text
    assert engine.answer("how old is keo sreymoms daughter").refused
    assert "39" in engine.answer("how old is keo sreymom").text


@pytest.mark.model
def test_a_fact_set_at_an_event_is_read_in_that_events_story(engine: Engine) -> None:
    chair = engine.answer("who chaired the kampot coop during the drought")
    assert "Chhay Sovann" in chair.text
    assert "Keo Sreymom" not in chair.text
    fire = engine.answer("when did the tweed mill fire story run")
    assert "13 March 2025" in fire.text
    aged = engine.answer("how old is the santorini article")
    assert "14 October 2026" in aged.text


@pytest.mark.model
def test_stories_naming_something_are_listed_however_asked(engine: Engine) -> None:
    for question in ("any story mentioning paris", "got anything that mentions paris"):
        listed = engine.answer(question)
        assert len(cited_stories(listed)) == 2, question
        assert all(c.title.startswith(("Kampot", "Drought")) for c in listed.citations)
