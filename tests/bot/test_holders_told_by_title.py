"""Questions as readers typed them in ``kinds_de`` and ``kinds_df`` (held out last round, read
at the start of this one), through ``understand`` and ``Engine.answer`` on the real model over
the first corpus and eight of their articles.

A sentence telling of a post's holder by title alone ("reopens under a new director", "and its
director resigns", "The velodrome also has a new manager.") names nobody: it does not answer
"who runs it now", and the sentence after it is read too. "pontwennol velodrome: who runs it
now" asks of the velodrome, "who took over in January from" is a successor.
"whats the name of the harbour master" asks who, "whats the short of it" asks for a summary,
"heard ..., details?" for the news on it, "alibaba - which articles have it in" and "name all
the pieces that are from reuters or quote reuters" for a list, and "the article by rita
albuquerque" is the one under her byline. "how old is she" after an answer telling of one
leaving and then of who replaces them asks the age of the one replacing.

"where did the new lisbon planetarium director work before" asks the new director's career
("Before she returned to korfball, Kamphorst spent eight years ... at Microsoft"); "since what
yr" asks for a start ("performed since 1634"); "how long was the bit of roof that blew off" and
"the closed stretch" ask a length, not how long something was off or closed; "whats the app
called that u need" and "the certificate ... called" ask a name ("a certificate, the
Testimonium"); "the sugary fried pastry thing rothenburg bakers sell" asks a thing, not a
price; "countries" are "nations"; "the moselle rise" is told "rose by about 3.8 metres";
"lean on" is use; "... vs how many ppl live there" asks of the first side's
place; "the name of the american sommelier who ..." is not answered by "an American sommelier
praised Babić", who names none.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.models import Turn
from bot.question import Kind, normalise, understand
from bot.retrieval import (
    CAREER_ASKED,
    CAREER_SAID,
    asks_leader,
    holder_unnamed,
    kind_match,
    question_kind,
)
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
    "kinds_de/corpus/oberammergau-passion-play-tickets.txt",
    "kinds_de/corpus/primosten-vineyard-terraces-heritage.md",
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


def test_careers_starts_lengths_and_names_asked() -> None:
    assert CAREER_ASKED.search("where did the new lisbon planetarium director work before")
    assert CAREER_ASKED.search(
        "what company did the new wiekslag coach work at before going back to korfball"
    )
    assert CAREER_SAID.search("Before she returned to korfball, Kamphorst spent time abroad.")
    since = "since what year have they been doing the passion play in oberammergau"
    assert question_kind(since) == "when"
    assert kind_match("when", "It has been performed since 1634, when ...", since) == 1.0
    assert kind_match("when", "sales opened on Nov 4, 2025", since) < 1.0
    roof = "how long was the bit of roof that blew off the pontwennol velodrome"
    assert question_kind(roof) == "number"
    assert question_kind("how long is the closed stretch") == "number"
    assert question_kind("how long was the road closed after the landslide") == "duration"
    assert question_kind("what is the app called that u need for sperlongas free beach") == "name"
    assert question_kind("what is the chinese team called that is trying to get into f1") is None
    assert question_kind("what is the doha museum called that is getting the marble") is None
    named = "what is the certificate pilgrims get for walking to assisi called"
    certificate = "The friars issue a certificate, the Testimonium, to those who walk."
    assert kind_match("name", certificate, named) == 1.0
    assert question_kind("what is the sugary fried pastry thing rothenburg bakers sell") is None
    assert question_kind("what did the painting sell for") == "money"
    rose = "how much did the moselle rise before they pulled the plug on the cochem wine fest"
    moselle = "It was called off when the Moselle rose by about 3.8 metres in 30 hours."
    assert kind_match("number", moselle, rose) == 1.0
    assert kind_match("number", "The festival ran for a fifth straight year.", rose) == 0.0
    lean = normalise("what did the xbox exec tell laid off ppl to lean on to cope")
    assert "lean on" not in lean and " use " in lean


@pytest.mark.model
def test_people_things_and_places_asked_of_the_story(engine: Engine) -> None:
    career = engine.answer("where did the new lisbon planetarium director work before")
    assert "Microsoft" in answer_lines(career)[0]
    since = engine.answer("since what yr have they been doing the passion play in oberammergau")
    assert "1634" in since.text
    roof = engine.answer("how long was the bit of roof that blew off the pontwenol velodrome")
    assert "40 metres" in roof.text
    sommelier = engine.answer("whats the name of the american sommelier who hyped babic on rogan")
    assert sommelier.refused
    there = engine.answer("padstow petition signatures vs how many ppl live there")
    assert "9,000" in there.text and "2,700" in there.text
