"""Questions typed as readers typed them in ``kinds_ce`` and ``kinds_cf`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus, nine of their articles and six of earlier sets.

Lists are asked with a dash or a trailing "gimme the list" ("alibaba — where does it come up?
every article pls", "huawei mentions anywhere? gimme the list"); a comparison may name one side
by what happened to it ("that reopened matera church"); a ticket of a kind of visitor, a closing
day or a guided tour no article prices is refused; follow-ups ask "last year" of a story that
writes the year, a price "goes up to", a ride "if ur a tourist"; parts ask a share with "%", a
year something "kicks in fully", a deadline the story gives as "had until October 20"; an
overview asked of prices ("top of europe train tix getting pricier?") quotes each story's price,
and takes in the other story of a pair whose headlines share a name.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import kind_match, question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_ce/corpus/trolltunga-rescues-parking-fee.txt",
    "kinds_ce/corpus/kinderdijk-windmills-visitor-cap.html",
    "kinds_ce/corpus/matera-cave-church-reopens.txt",
    "kinds_ce/corpus/sintra-pena-palace-timed-tickets.html",
    "kinds_ce/corpus/cliffs-of-moher-record-year.md",
    "kinds_ce/corpus/cancale-oyster-record-harvest.md",
    "kinds_cf/corpus/valparaiso-funicular-reopens.txt",
    "kinds_cf/corpus/rjukan-sun-mirrors-repaired.txt",
    "kinds_cf/corpus/jungfraujoch-rail-fare-rise.html",
    "kinds_ao/corpus/austria-pension-age-vote.html",
    "kinds_ar/corpus/skarven-norvalt-sponsor-exit.txt",
    "kinds_e/corpus/huawei-mate-80-launch.txt",
    "kinds_e/corpus/microsoft-q1-earnings.md",
    "kinds_ca/corpus/gruyeres-dairy-listeria-recall.txt",
    "kinds_ca/corpus/gruyeres-dairy-record-auction.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("asked-in-passing"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("alibaba — where does it come up? every article pls", Kind.CATALOGUE, "alibaba"),
        ("huawei mentions anywhere? gimme the list", Kind.CATALOGUE, "huawei"),
        (
            "cadillac or formula 1 references across the whole corpus?",
            Kind.CATALOGUE,
            "cadillac or formula 1",
        ),
        ("list whatever mentions formula 1 or cadillac", Kind.CATALOGUE, "formula 1 or cadillac"),
        ("which pieces quote or come from reuters", Kind.CATALOGUE, "reuters"),
        (
            "atlantic seafood review had something on oysters, whats it say in short",
            Kind.SUMMARY,
            "atlantic seafood review",
        ),
        ("that story filed from odda, what was it about in a few lines", Kind.SUMMARY, None),
        ("the one that quotes ananya rao - what's it saying overall", Kind.SUMMARY, None),
        ("are boat rides in italy getting pricier?", Kind.OVERVIEW, "boat rides in italy"),
        ("how expensive is coffee getting at the bar these days", Kind.OVERVIEW, "coffee at bar"),
        ("what happened at the stone circle in wiltshire", Kind.OVERVIEW, None),
        ("why are the akureyri sweaters getting pricier", Kind.FACT, None),
    ],
)
def test_lists_summaries_and_overviews_asked_in_passing(
    question: str, kind: Kind, subject: str | None
) -> None:
    asked = understand(question)
    assert asked.kind is kind
    if subject is not None:
        assert asked.subject == subject


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "how many cruise ships stopped at kinderdijk last yr, how many passengers max each?",
            (
                "how many cruise ships stopped at kinderdijk last year",
                "how many passengers max each",
            ),
        ),
        (
            "who chaired the bee coop during the collapse — and who chairs it now?",
            ("who chaired the bee coop during the collapse", "who chairs it now"),
        ),
        (
            "which gets more visitors a yr, kinderdijk or that reopened matera church",
            ("kinderdijk", "reopened matera church"),
        ),
    ],
)
def test_parts_and_sides_as_typed(question: str, parts: tuple[str, ...]) -> None:
    assert understand(question).parts == parts


def test_the_kind_of_thing_asked() -> None:
    assert question_kind("how much is reykjaviks landing fee for cruise passengers") == "money"
    assert question_kind("and the ticket goes up to?") == "money"
    assert question_kind("what is the name of the xbox producer who posted those prompts") == "who"
    cable_car = "Instead, Norsk Hydro built the Krossobanen cable car in 1928."
    assert kind_match("name", cable_car, "what is the name of rjukans old cable car") == 1.0
    lead = (
        "MATERA, Italy, Mar 5, 2026 (AP) - One of the oldest rock-cut churches in Matera "
        "reopened to visitors on Thursday after a four-year restoration."
    )
    asked = "how many visitors a year does the reopened matera church get"
    assert kind_match("number", lead, asked) < 1.0
    assert kind_match("number", "It expects about 60,000 visitors a year.", asked) == 1.0


@pytest.mark.model
def test_lists_and_a_side_named_by_what_happened(engine: Engine) -> None:
    alibaba = engine.answer("alibaba — where does it come up? every article pls")
    assert not alibaba.refused
    assert "Kinderdijk caps daily visitors" in alibaba.text
    huawei = engine.answer("huawei mentions anywhere? gimme the list")
    assert len(cited_stories(huawei)) >= 3
    visitors = engine.answer(
        "which gets more visitors a yr, kinderdijk or that reopened matera church"
    )
    first, then = answer_lines(visitors)[:2]
    assert "780,000" in first
    assert "60,000" in then


@pytest.mark.model
def test_what_no_article_prices_or_tells_is_refused(engine: Engine) -> None:
    assert engine.answer("is pena palace gonna be closed on mondays").refused
    assert engine.answer("whats a childs ticket for pena palace").refused
    assert engine.answer("what does a guided trolltunga tour cost").refused
    assert not engine.answer("what does a ticket for pena palace cost").refused


@pytest.mark.model
def test_follow_ups_asked_in_passing(engine: Engine) -> None:
    last_year = converse(
        engine,
        "how many times have rescuers been called out to trolltunga this yr",
        "n in all of last year?",
    )
    assert "29 times" in last_year.text
    ticket = converse(
        engine, "whats the new daily visitor limit at kinderdijk", "and the ticket goes up to?"
    )
    assert "22.50 euros" in ticket.text
    ride = converse(
        engine,
        "what yr did the ascensor mariposas first open",
        "hw much is a ride if ur a tourist",
    )
    assert "300 pesos" in ride.text


@pytest.mark.model
def test_parts_asked_in_passing(engine: Engine) -> None:
    moher = engine.answer(
        "cliffs of moher: what % of visitors were american, also what was the revenue"
    )
    assert "38%" in moher.text
    assert "15.8 million euros" in moher.text
    pension = engine.answer(
        "what's austria's new pension age and by what year does it kick in fully"
    )
    assert "2036" in pension.text
    skarven = engine.answer(
        "what's skarven's deadline with the uci and how many riders does the team have"
    )
    assert "October 20" in skarven.text
    assert "15 riders" in skarven.text
    mate = engine.answer("how much is the mate 80 and when can u actually buy it")
    assert "December 1" in mate.text
    copilot = engine.answer("how many people use copilot now")
    assert "150 million" in copilot.text
    cable_car = engine.answer("whats the name of rjukans old cable car")
    assert "Krossobanen" in cable_car.text
    producer = engine.answer(
        "whats the name of the xbox producer who posted those ai prompts for laid off ppl"
    )
    assert "Turnbull" in producer.text


@pytest.mark.model
def test_overviews_asked_of_prices_and_of_a_pair(engine: Engine) -> None:
    fare = engine.answer("top of europe train tix getting pricier?")
    assert fare.kind == "overview"
    assert "265 francs" in fare.text
    cheese = engine.answer("anything on swiss cheese drama lately?")
    assert len(cited_stories(cheese)) == 2
