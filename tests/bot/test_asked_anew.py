"""Questions typed as readers typed them in ``kinds_ca`` and ``kinds_cb`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus and fourteen of their articles.

Someone's trade asked in everyday words ("whats her day job", "wat's dupasquier up to these
days") is the sentence giving it to the person asked of; sizes are asked by their nouns ("the
fountain's height. width too") and told only by a figure in their unit; a price asked of one
thing ("a devils pool trip", "the toboggan ride", "the senior fare") is not answered by another
price of its story; and dates, lists, summaries and comparisons are asked in new ways.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from tests.bot.conftest import answer_lines, converse, engine_with

ARTICLES = [
    "kinds_ca/corpus/favignana-tuna-cannery-fire.txt",
    "kinds_ca/corpus/favignana-tuna-cannery-reopens.html",
    "kinds_ca/corpus/gruyeres-dairy-listeria-recall.txt",
    "kinds_ca/corpus/gruyeres-dairy-record-auction.md",
    "kinds_ca/corpus/haleakala-sunrise-reservations.html",
    "kinds_ca/corpus/loire-chateaux-cycle-route-record.md",
    "kinds_ca/corpus/mathura-holi-festival-crowds.txt",
    "kinds_ca/corpus/sydney-new-years-eve-fireworks-crowd.html",
    "kinds_cb/corpus/akureyri-wool-cooperative-sheep-losses.txt",
    "kinds_cb/corpus/akureyri-wool-tokyo-department-store-order.html",
    "kinds_cb/corpus/trevi-fountain-access-fee.txt",
    "kinds_cb/corpus/victoria-falls-record-low-water.txt",
    "kinds_cb/corpus/mutianyu-cable-car-closure.html",
    "kinds_cb/corpus/lake-louise-parking-shuttle.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("asked-anew"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("whens the holi article from", Kind.WHEN, "holi"),
        ("lake louise shuttle article, when's it from?", Kind.WHEN, "lake louise shuttle"),
        ("oldest article in the whole set?", Kind.WHEN, ""),
        ("oldest article in the bunch + its date", Kind.WHEN, ""),
        ("most recent story u have, when was it out", Kind.WHEN, ""),
        ("huawei shows up where? list all of em", Kind.CATALOGUE, "huawei"),
        ("msft shows up where? every article pls", Kind.CATALOGUE, "microsoft"),
        (
            "what was the article quoting federica ruggeri about? short summary",
            Kind.SUMMARY,
            "federica ruggeri",
        ),
        ("the te anau article, summarise it in a couple sentences", Kind.SUMMARY, "te anau"),
        (
            "maui volcano sunrise bookings, fill me in",
            Kind.OVERVIEW,
            "maui volcano sunrise bookings",
        ),
        ("hi bot, what do u actually do", Kind.GREETING, ""),
    ],
)
def test_dates_lists_summaries_and_help_asked_anew(question: str, kind: Kind, subject: str) -> None:
    asked = understand(question)
    assert asked.kind is kind
    assert asked.subject == subject


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "did a lopapeysa get cheaper or dearer between the blizzard and the tokyo deal",
            ("a lopapeysa the blizzard", "a lopapeysa the tokyo deal"),
        ),
        (
            "did the ventresca jar go up or down in price since the fire",
            ("ventresca jar price before the fire", "ventresca jar price now"),
        ),
        ("loire riders 2025 compared to 2024?", ("loire riders 2025", "loire riders 2024")),
        (
            "is the sydney nye crowd a lot bigger than the year before",
            ("sydney nye crowd", "sydney nye crowd the year before"),
        ),
        (
            "is the tile company's revenue forecast for this yr more than what it made in 2024",
            ("tile company's revenue forecast for this year", "tile company's revenue in 2024"),
        ),
    ],
)
def test_two_sides_asked_anew(question: str, sides: tuple[str, ...]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == sides


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "whats the trevi fountain's height. width too",
            ("how high is the trevi fountain", "how wide"),
        ),
        (
            "holi in mathura - how many got treated for injuries, how much fake colour powder "
            "did cops seize",
            (
                "holi in mathura: how many people got treated for injuries",
                "holi in mathura: how much fake colour powder did police seize",
            ),
        ),
    ],
)
def test_parts_asked_anew(question: str, parts: tuple[str, ...]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.MULTI
    assert asked.parts == parts


@pytest.mark.model
def test_a_trade_asked_in_everyday_words(engine: Engine) -> None:
    teaches = engine.answer("wat's dupasquier up to these days")
    assert "teaches cheesemaking" in teaches.text
    living = converse(
        engine,
        "who bought that record gruyere wheel",
        "how much did he pay",
        "and what does he do for a living",
    )
    assert "four restaurants in Geneva" in living.text
    day_job = converse(
        engine, "who's the new chairwoman of the akureyri knitting coop", "whats her day job"
    )
    assert "a sheep farmer" in day_job.text
    before = converse(
        engine,
        "who's the new chairwoman of the akureyri knitting coop",
        "whats her day job",
        "and who'd she take over from",
    )
    assert "She replaced Hólmfríður Ólafsdóttir" in before.text
    role = engine.answer(
        "how old was salvatore ruggirello when the hall burned, and whats his role now?"
    )
    first, then = answer_lines(role)[:2]
    assert "71" in first
    assert "honorary president" in then


@pytest.mark.model
def test_sizes_asked_by_their_nouns(engine: Engine) -> None:
    fountain = engine.answer("whats the trevi fountain's height. width too")
    assert "26 metres high and 49 metres wide" in fountain.text
    falls = engine.answer("how wide r the victoria falls and how high")
    first, then = answer_lines(falls)[:2]
    assert "1,708-metre width" in first
    assert "108 metres high" in then


@pytest.mark.model
def test_a_price_asked_of_one_thing_is_not_another_price(engine: Engine) -> None:
    assert engine.answer("how much does a devils pool trip cost").refused
    assert engine.answer("whats the toboggan ride cost at mutianyu").refused
    assert engine.answer("whats the senior fare on the lake louise shuttle").refused
    assert engine.answer("how much is a ticket to get into chambord").refused
    fare = engine.answer("whats the return ticket cost on the lake louise shuttle")
    assert "8 dollars for adults" in fare.text


@pytest.mark.model
def test_comparisons_counts_and_causes_asked_anew(engine: Engine) -> None:
    sweaters = engine.answer(
        "did a lopapeysa get cheaper or dearer between the blizzard and the tokyo deal"
    )
    assert "38,000 krónur" in sweaters.text
    assert "41,000 krónur" in sweaters.text
    jar = engine.answer("did the ventresca jar go up or down in price since the fire")
    assert "14 euros" in jar.text
    assert "17 euros" in jar.text
    riders = engine.answer("loire riders 2025 compared to 2024?")
    assert "1.27 million" in riders.text
    assert "1.16 million" in riders.text
    cars = converse(
        engine,
        "when does haleakala switch over to the lottery",
        "hw much is the application fee",
        "and how many cars do they let in each morning",
    )
    assert "about 150" in cars.text
    treated = engine.answer(
        "holi in mathura - how many got treated for injuries, how much fake colour powder did "
        "cops seize"
    )
    assert "146 people were treated" in answer_lines(treated)[0]
    cause = engine.answer("so what actually caused the listeria in the end")
    assert "cracked drain" in cause.text


@pytest.mark.model
def test_a_summary_of_the_article_quoting_someone(engine: Engine) -> None:
    fireworks = engine.answer("summarise the article where luca bianchetti is quoted")
    assert fireworks.citations
    assert all("Sydney" in c.title for c in fireworks.citations)
    assert "1.3 million" in fireworks.text
