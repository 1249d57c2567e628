"""Comparisons and multi-part questions as readers typed them in ``kinds_cu`` and ``kinds_cv``
(held out last round, read at the start of this one), through ``Engine.answer`` on the real
model over the first corpus and ten of their articles.

One thing's move is asked as "did the fare go up? old v new", "was a ride cheaper before the
rockfall than it is now", "how much more is the ticket after the repairs" or "the ticket before
the refurb and after"; a cost as "what they budgeted vs what it ended up costing" or "final bill
vs what they first guessed"; a count as "how many more porters now than in the 2025 story" or
"the crowd in 2024 and then the 2026 crowd". A topic typed first carries into each question
after it ("elena bruni - how old ..., where ..."), and so does what is asked ("coffees sold the
day after the rockfall, and on reopening morning").
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_cu/corpus/edam-cheese-market-porters.txt",
    "kinds_cu/corpus/edam-cheese-market-revival.md",
    "kinds_cu/corpus/orvieto-cliff-rockfall.txt",
    "kinds_cu/corpus/orvieto-cliff-reopening.html",
    "kinds_cu/corpus/perast-regatta-islet.txt",
    "kinds_cu/corpus/lindau-lighthouse-refurbishment.html",
    "kinds_cv/corpus/sighisoara-festival-cancelled.txt",
    "kinds_cv/corpus/sighisoara-festival-returns.html",
    "kinds_cv/corpus/banska-stiavnica-tajchy-repairs.txt",
    "kinds_cv/corpus/besalu-bridge-repair.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("over-time"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "did the perast boat taxi fare go up? old v new",
            ("perast boat taxi fare before", "perast boat taxi fare now"),
        ),
        (
            "was an orvieto funicular ride cheaper b4 the rockfall than it is now",
            ("orvieto funicular ride before the rockfall", "orvieto funicular ride now"),
        ),
        (
            "how much more is the sighisoara clock tower museum ticket after the repairs",
            (
                "sighisoara clock tower museum ticket before the repairs",
                "sighisoara clock tower museum ticket after the repairs",
            ),
        ),
        (
            "lindau lighthouse ticket b4 the refurb and after, which is pricier",
            (
                "lindau lighthouse ticket before the refurb",
                "lindau lighthouse ticket after the refurb",
            ),
        ),
        (
            "clock tower repair: what they budgeted vs what it ended up costing",
            (
                "how much was first budgeted for the clock tower repair",
                "how much did the clock tower repair cost",
            ),
        ),
        (
            "orvieto cliff job, final bill vs what they first guessed after the rockfall",
            (
                "orvieto cliff job, final bill",
                "first estimate for orvieto cliff job after the rockfall",
            ),
        ),
        (
            "how many more cheese porters does edam have now than in the 2025 story",
            (
                "how many cheese porters does edam have now",
                "how many cheese porters does edam have in the 2025 story",
            ),
        ),
        (
            "sighisoara fest crowd in 2024 and then the 2026 comeback crowd",
            ("sighisoara festival crowd in 2024", "sighisoara festival crowd in 2026"),
        ),
        (
            "what was ilona fabian doing in 2025 vs her role now",
            ("what was ilona fabian doing in 2025", "what is ilona fabian's role now"),
        ),
        (
            "who was edam's guild master in the 2025 story + who is it now",
            ("who was edam's guild master in the 2025 story", "who was edam's guild master now"),
        ),
    ],
)
def test_one_thing_at_two_times(question: str, parts: tuple[str, str]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == parts


def test_what_a_topic_typed_first_carries() -> None:
    bruni = understand(
        "elena bruni - how old was she when the funicular shut, where does she live now"
    )
    assert bruni.kind is Kind.MULTI
    assert bruni.parts == (
        "elena bruni: how old was she when the funicular shut",
        "elena bruni: where does she live now",
    )
    coffees = understand(
        "rossetti's bar in orvieto: coffees sold the day after the rockfall, "
        "and on reopening morning"
    )
    assert (
        coffees.parts[1] == "rossetti's bar in orvieto: coffees sold the day on reopening morning"
    )


def test_kinds_asked_in_chat_shapes() -> None:
    listed = understand("full list of where microsoft shows up")
    assert listed.kind is Kind.CATALOGUE and listed.subject == "microsoft"
    dated = understand("sozopol wooden houses piece, what date")
    assert dated.kind is Kind.WHEN and dated.subject == "sozopol wooden houses"
    overview = understand("montenegro stuff?? what've u got")
    assert overview.kind is Kind.OVERVIEW
    assert expand_chat("n whos footing the bill") == "and who is paying for it"
    assert expand_chat("how many of the old mining lakes r still around") == (
        "how many of the old mining lakes survive"
    )


@pytest.mark.model
def test_a_price_before_and_after(engine: Engine) -> None:
    fare = engine.answer("did the perast boat taxi fare go up? old v new")
    assert not fare.refused and "5 euros from 4 euros" in fare.text
    ride = engine.answer("was an orvieto funicular ride cheaper b4 the rockfall than it is now")
    assert "1.30 euros" in ride.text and "2 euros" in ride.text
    assert len(cited_stories(ride)) == 2
    tower = engine.answer("lindau lighthouse ticket b4 the refurb and after, which is pricier")
    assert "3 euros" in tower.text and "4.50 euros" in tower.text
    museum = engine.answer(
        "how much more is the sighisoara clock tower museum ticket after the repairs"
    )
    assert "20 lei" in museum.text and "30 lei" in museum.text


@pytest.mark.model
def test_a_cost_planned_and_paid(engine: Engine) -> None:
    tower = engine.answer("clock tower repair: what they budgeted vs what it ended up costing")
    assert "10.2 million lei" in tower.text and "9.4 million lei" in tower.text
    cliff = engine.answer(
        "orvieto cliff job, final bill vs what they first guessed after the rockfall"
    )
    assert not answer_lines(cliff)[0].startswith("orvieto cliff job, final bill: I couldn't")
    assert "9.2 million euros" in cliff.text and "6.5 million" in cliff.text


@pytest.mark.model
def test_two_parts_each_from_its_story(engine: Engine) -> None:
    master = engine.answer("who was edam's guild master in the 2025 story + who is it now")
    assert "Jan Kuiper" in answer_lines(master)[0] and "Kees Bakker" in answer_lines(master)[1]
    bruni = engine.answer(
        "elena bruni - how old was she when the funicular shut, where does she live now"
    )
    assert "Elena Bruni, 34" in answer_lines(bruni)[0]
    assert "flat near the station" in answer_lines(bruni)[1]
    coffees = engine.answer(
        "rossetti's bar in orvieto: coffees sold the day after the rockfall, "
        "and on reopening morning"
    )
    assert "Today I sold 70" in coffees.text and "260 coffees" in coffees.text
    fabian = engine.answer("what was ilona fabian doing in 2025 vs her role now")
    assert "new director" in answer_lines(fabian)[1]


@pytest.mark.model
def test_facts_and_follow_ups_in_other_words(engine: Engine) -> None:
    lakes = engine.answer("how many of the old mining lakes near banska stiavnica r still around")
    assert "Only 24 of the lakes survive" in answer_lines(lakes)[0]
    payer = converse(engine, "why is the bridge in besalu being closed", "n whos footing the bill")
    assert "Catalan government will pay 60%" in answer_lines(payer)[0]
