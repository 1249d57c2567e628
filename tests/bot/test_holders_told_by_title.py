"""Questions as readers typed them in ``kinds_de`` and ``kinds_df`` (held out last round, read
at the start of this one), through ``understand`` and ``Engine.answer`` on the real model over
the first corpus and eight of their articles.

A sentence telling of a post's holder by title alone ("reopens under a new director", "and its
director resigns", "The velodrome also has a new manager.") names nobody: it does not answer
"who runs it now", and the sentence after it, or the one naming the holder with an age further
on, is read instead. "pontwennol velodrome: who runs it now" asks of the velodrome, "who took
over in January from" is a successor, and one "who stepped down as director" holds it no more.
"whats the name of the harbour master" asks who, "whats the short of it" asks for a summary,
"heard ..., details?" for the news on it, "alibaba - which articles have it in" and "name all
the pieces that are from reuters or quote reuters" for a list, and "the article by rita
albuquerque" is the one under her byline. "how old is she" after an answer telling of one
leaving and then of who replaces them asks the age of the one replacing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.models import Turn
from bot.question import Kind, normalise, understand
from bot.retrieval import asks_leader, holder_unnamed, kind_match, question_kind
from tests.bot.conftest import answer_lines, engine_with

ARTICLES = [
    "kinds_df/corpus/pontwennol-velodrome-roof-storm.txt",
    "kinds_df/corpus/pontwennol-velodrome-reopens-championships.html",
    "kinds_df/corpus/lisbon-planetarium-shuts-director-resigns.txt",
    "kinds_df/corpus/lisbon-planetarium-reopens-record.md",
    "kinds_df/corpus/padstow-harbour-parking-row.md",
    "kinds_df/corpus/gruyeres-milk-price-cheesemakers.txt",
    "kinds_de/corpus/prague-marionette-workshop-fire.txt",
    "kinds_de/corpus/prague-marionette-theatre-reopens.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("told-by-title"), real_embedder, ARTICLES)


def test_a_holder_told_by_title_alone_names_nobody() -> None:
    asked = "who runs the quintela planetarium now"
    headline = "Quintela Planetarium reopens under a new director, and Lisbon queues round"
    assert holder_unnamed(headline)
    assert holder_unnamed("The velodrome also has a new manager.")
    assert holder_unnamed("Fire guts the workshop and its veteran director steps down")
    assert kind_match("who", headline, asked) == 0.0
    ceo = "Ingrid Solvang, the chief executive of Voltaris, said the choice was deliberate."
    assert not holder_unnamed(ceo)
    named = "said Joana Vilarinho, 45, the astrophysicist who became director in November."
    assert not holder_unnamed(named)
    assert kind_match("who", named, asked) == 1.0
    took = (
        "Rhian Beddoe, 41, a former Great Britain team sprinter from Swansea, took over in "
        "January from Gwilym Penllyn, 59, who had run the track since 2009."
    )
    assert kind_match("who", took, "whos the new boss at pontwennol velodrome") == 1.0
    gone = "Věra Holubová, 72, who stepped down as director in March last year, watched."
    assert kind_match("who", gone, "who is the director of the seven strings theatre now") < 1.0


def test_kinds_asked_in_readers_words() -> None:
    assert question_kind("pontwennol velodrome: who runs it now") == "who"
    assert asks_leader("pontwennol velodrome: who runs it now")
    assert asks_leader("who's running the seven strings puppet theater in prague now")
    assert question_kind("whats the name of the harbour master in padstow") == "who"
    assert question_kind("whats the name of the christmas market in rothenburg") == "name"
    short = understand(normalise("the afp report from gruyeres, whats the short of it"))
    assert (short.kind, short.subject) == (Kind.SUMMARY, "afp from gruyeres")
    heard = understand(normalise("heard a wine festival in germany got flooded out, details?"))
    assert heard.kind is Kind.OVERVIEW
    assert "wine festival" in heard.subject
    have = understand("alibaba - which articles have it in? need the full list")
    assert (have.kind, have.subject) == (Kind.CATALOGUE, "alibaba")
    named = understand("name all the pieces that are from reuters or quote reuters")
    assert (named.kind, named.subject) == (Kind.CATALOGUE, "reuters")


@pytest.mark.model
def test_who_holds_a_post_told_by_title_first(engine: Engine) -> None:
    boss = engine.answer("whos the new boss at pontwennol velodrome")
    assert "Rhian Beddoe, 41" in answer_lines(boss)[0]
    now = engine.answer("who runs the quintela planetarium now")
    assert "Joana Vilarinho, 45" in answer_lines(now)[0]
    quit_ = engine.answer("who was the lisbon planetarium director that quit")
    assert "Luísa Bragança, 61" in quit_.text
    running = engine.answer("who's running the seven strings puppet theater in prague now")
    assert "Tereza Macháčková, 38" in answer_lines(running)[0]
    age = engine.answer("hows old is she then", [Turn.of(running)])
    assert "38" in age.text and "Kenji Morioka" not in age.text
    both = engine.answer(
        "pontwennol velodrome: who managed it when the storm hit + who runs it now"
    )
    assert "Penllyn" in both.text and "Beddoe" in both.text


@pytest.mark.model
def test_names_summaries_and_lists_asked_casually(engine: Engine) -> None:
    master = engine.answer("whats the name of the harbour master in padstow")
    assert "Jory Trelawny" in master.text
    short = engine.answer("the afp report from gruyeres, whats the short of it")
    assert not short.refused and "Gruyères" in short.text
    by = engine.answer("brief rundown of the article by rita albuquerque")
    assert "Quintela Planetarium shuts" in answer_lines(by)[0]
    reuters = engine.answer("name all the pieces that are from reuters or quote reuters")
    assert not reuters.refused
    assert "Quintela Planetarium shuts" in reuters.text
