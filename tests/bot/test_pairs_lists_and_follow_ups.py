"""Questions as readers typed them in ``kinds_cw`` and ``kinds_cx`` (held out last round, read at
the start of this one), through ``understand`` and ``Engine.answer`` on the real model over the
first corpus and twelve of their articles.

A list is asked "every story w a joe rogan mention", "which articles bring up microsoft, need
the full list", "any articles from or quoting reuters? name them all", "cadillac f1 team pops
up where? all of em": the name, without the asking around it. A story of a pair is named by its
place ("nadia borcard's age in the first gruyère story", "the cost of a new boat in the first
story compared w the second") or its dateline ("condense the article datelined rovinj"); a date
is asked "when did they publish the one about ...". A follow-up asks "who owned it" of the
owner, or "the guy who ran it before" of whom the last answer says she took over from. "how
high did the water get" is answered in metres deep, a "kids ticket" by the child's price, a
figure asked "in 2026" by a story of 2026 saying "now" or "this summer", and "why" by the sentence
before one opening "The clip was shared ...".
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, Speller, name_predecessor, new_topic, understand
from bot.retrieval import _names_someone, other_dimension, question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_cw/corpus/rovinj-batana-museum-closed.txt",
    "kinds_cw/corpus/rovinj-batana-museum-reopens.md",
    "kinds_cw/corpus/fribourg-gruyere-quota-cut.txt",
    "kinds_cw/corpus/fribourg-gruyere-quota-raised.html",
    "kinds_cw/corpus/idrija-mercury-mine-museum.txt",
    "kinds_cw/corpus/tropea-red-onion-harvest.txt",
    "kinds_cx/corpus/terceira-whale-watching-limits.txt",
    "kinds_cx/corpus/terceira-whale-sightings-recover.html",
    "kinds_cx/corpus/deia-rockslide-road-closed.txt",
    "kinds_cx/corpus/deia-road-reopens-parking-fee.md",
    "kinds_cx/corpus/mljet-salt-lakes-swimming.txt",
    "kinds_cx/corpus/otranto-cathedral-mosaic.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("pairs-lists"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("asked", "subject"),
    [
        ("gimme every story w a joe rogan mention", "joe rogan"),
        ("every piece w a joe rogan mention, go", "joe rogan"),
        ("which articles bring up microsoft, need the full list", "microsoft"),
        ("any articles from or quoting reuters? name them all", "reuters"),
    ],
)
def test_a_list_asks_for_the_name_without_the_asking_around_it(asked: str, subject: str) -> None:
    question = understand(asked)
    assert question.kind is Kind.CATALOGUE
    assert question.subject == subject


def test_a_story_named_by_its_place_in_a_pair_or_its_dateline() -> None:
    boat = understand("cost of a brand new batana in the first story compared w the second")
    assert boat.kind is Kind.COMPARE
    assert boat.parts == ("cost of a brand new batana back then", "cost of a brand new batana now")
    age = understand("nadia borcards age in the first gruyère story")
    assert age.kind is Kind.FACT
    dated = understand("condense the article datelined rovinj for me")
    assert dated.kind is Kind.SUMMARY and dated.subject == "datelined rovinj"
    said = understand("what does the atlantic islands review story say, in short")
    assert said.kind is Kind.SUMMARY and said.subject == "atlantic islands review"
    published = understand(
        "when did they publish the one about the rovinj batana museum being shut"
    )
    assert published.kind is Kind.WHEN


def test_parts_that_are_one_question_or_carry_what_they_count() -> None:
    told = understand("microsoft funded something at the rovinj boat museum? what was it pls")
    assert told.kind is Kind.FACT
    boats = understand(
        "how many terceira whale boats were licensed b4 the 2025 cut, "
        "and how many will be allowed next season"
    )
    assert boats.parts[1] == "how many terceira whale boats will be allowed next season"
    fee = understand("deia parking fee when it started vs what it is now")
    assert fee.parts == ("deia parking fee when it started", "deia parking fee now")
    assert new_topic("differ topic, how many people live on lastovo") == (
        "how many people live on lastovo"
    )


def test_what_kind_of_thing_is_asked() -> None:
    assert question_kind("how much did the otranto glass walkways cost by themselves") == "money"
    assert question_kind("how much did she win by") != "money"
    water = "how high did the water get inside the museum"
    assert other_dimension(water, ["pushed seawater 1.2 metres deep into the house"]) is None
    tower = "how high is the bell tower"
    assert other_dimension(tower, ["the moat is 7 metres deep"]) == "high"
    storm = (
        "the wooden boat that fishermen in this Istrian town have rowed for centuries will stay "
        "closed, its director said"
    )
    assert not _names_someone(storm, "who runs the boat museum", (), kin=True)


def test_a_misspelling_is_corrected_to_the_word_the_articles_use() -> None:
    english = ["senses", "sense", "sensor", "mercury"]
    speller = Speller(english, lambda: {"sensor": 2, "mercuri": 4})
    assert speller.correct("sensers") == "sensor"


def test_the_one_before_is_whom_the_last_answer_says_was_replaced() -> None:
    said = "She took over from Mario Benussi, 67, who retired after 21 years in charge."
    assert name_predecessor("and the guy who ran it before, wat does he do", said) == (
        "and Mario Benussi, wat does he do"
    )
    assert name_predecessor("n why did the guy b4 her leave", said) == (
        "n why did Mario Benussi leave"
    )
    assert name_predecessor("and the guy who ran it before?", "No one is named.") == (
        "and the guy who ran it before?"
    )


@pytest.mark.model
def test_a_list_of_every_story_naming_someone(engine: Engine) -> None:
    rogan = engine.answer("gimme every story w a joe rogan mention")
    assert not rogan.refused
    assert any("Tropea" in c.title for c in rogan.citations)
    assert any("Rogan" in c.title for c in rogan.citations)


@pytest.mark.model
def test_a_story_of_a_pair_named_by_its_place(engine: Engine) -> None:
    age = engine.answer("nadia borcards age in the first gruyère story")
    assert "Nadia Borcard, 47" in age.text
    boat = engine.answer("cost of a brand new batana in the first story compared w the second")
    assert "18,000 euros" in answer_lines(boat)[0] and "22,000 euros" in answer_lines(boat)[1]
    assert len(cited_stories(boat)) == 2
    shut = engine.answer("when did they publish the one about the rovinj batana museum being shut")
    assert "14 March 2025" in shut.text
    summary = engine.answer("condense the article datelined rovinj for me")
    assert summary.citations[0].title.startswith("Rovinj's batana boat museum stays shut")


@pytest.mark.model
def test_who_runs_it_now_and_follow_ups_about_the_people(engine: Engine) -> None:
    runs = engine.answer("who runs the batana boat museum in rovinj now that its open again")
    assert "Elena Rocco" in answer_lines(runs)[0]
    before = converse(
        engine,
        "who runs the batana boat museum in rovinj now that its open again",
        "whats her background, like what did she do b4",
    )
    assert "naval architect" in before.text
    owner = converse(
        engine,
        "how deep in debt was that terceira whale tour company when it went under",
        "who owned it",
    )
    assert not owner.refused and "Rui Meneses" in owner.text


@pytest.mark.model
def test_facts_asked_in_their_own_words(engine: Engine) -> None:
    sensors = engine.answer("how many mercury vapour sensors did idrija put in the tunnels")
    assert "28 sensors" in sensors.text
    water = engine.answer(
        "how high did the water get inside the batana musuem in that november storm"
    )
    assert "1.2 metres deep" in water.text
    kids = engine.answer("kids ticket for a terceira whale trip in 2026?")
    assert "45 euros for a child" in kids.text
    sightings = engine.answer(
        "by end of aug 2026 how many sperm whale sightings had terceira logged"
    )
    assert "402 sightings" in sightings.text
    why = engine.answer("y did americans suddenly start ordering tropea onion stuff")
    assert "Joe Rogan's podcast" in why.text and "orders from American importers" in why.text
    microsoft = engine.answer(
        "microsoft funded something at the rovinj boat museum? what was it pls"
    )
    assert "scanned in 3D" in answer_lines(microsoft)[0]
