"""Lists, dates, summaries, comparisons, follow-ups and near misses as readers typed them in
``kinds_bw`` and ``kinds_bx`` (held out last round, read at the start of this one), through
``Engine.answer`` on the real model over the first corpus and ten of their articles.

"rogan keeps popping up, in which stories exactly" lists the stories naming him; "this season
vs last" compares a thing in two seasons; "who's the new ceo" is the one in charge now, and a
bare "how old" after it is her age, not her predecessor's. A price asked "for kids" that the
story gives only for everyone, or a ban on a thing the story never names, is refused.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from tests.bot.conftest import answer_lines, converse, engine_with

ARTICLES = [
    "kinds_bw/corpus/appenzell-cowbell-foundry-fire.txt",
    "kinds_bw/corpus/appenzell-cowbell-foundry-japan-order.html",
    "kinds_bw/corpus/carrara-marble-quarry-landslide.txt",
    "kinds_bw/corpus/carrara-marble-quarry-record-output.md",
    "kinds_bw/corpus/camino-de-santiago-pilgrim-record.md",
    "kinds_bw/corpus/munich-oktoberfest-beer-price.html",
    "kinds_bw/corpus/petra-night-visit-ticket-fee.txt",
    "kinds_bw/corpus/great-barrier-reef-bleaching-survey.txt",
    "kinds_bx/corpus/kobe-wagyu-record-auction-export.md",
    "kinds_bx/corpus/antarctica-tourist-record.md",
    "kinds_bx/corpus/jablonec-glass-beads-paris-order.html",
    "kinds_bx/corpus/loch-ness-summer-search.html",
    "kinds_bx/corpus/yellowstone-bison-count.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("asked-ways"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("rogan keeps popping up, in which stories exactly", "rogan"),
        ("paris comes up in a few stories right? which ones", "paris"),
        ("f1 / cadillac - where in the articles do they come up?", "f1 / cadillac"),
        ("does alibaba come up anywhere apart from the ai model stuff? list every one", "alibaba"),
        ("anything published aug 2025? list em", "august 2025"),
        ("list all the stuff that mentions f1 or cadillac", "f1 or cadillac"),
    ],
)
def test_mentions_asked_in_chat_are_lists(question: str, subject: str) -> None:
    asked = understand(question)
    assert asked.kind is Kind.CATALOGUE
    assert asked.subject == subject


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("what date's on the petra ticket story", Kind.WHEN, "petra ticket"),
        ("barcelona cruise tax article - what date was that", Kind.WHEN, "barcelona cruise tax"),
        ("Polar Ledger had a piece on something, whats it say", Kind.SUMMARY, "polar ledger"),
        ("what did the amesbury-datelined story say, in a few lines", Kind.SUMMARY, "amesbury"),
    ],
)
def test_an_article_named_first_then_asked_about(question: str, kind: Kind, subject: str) -> None:
    asked = understand(question)
    assert asked.kind is kind
    assert asked.subject == subject


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "antarctica visitors this season vs last, up or down?",
            ("antarctica visitors this season", "antarctica visitors last season"),
        ),
        (
            "northern reef coral cover this year compared w last year",
            ("northern reef coral cover this year", "northern reef coral cover last year"),
        ),
        (
            "did cave lunensi's output go up or down from 2024 to this year",
            ("cave lunensi's output in 2024", "cave lunensi's output this year"),
        ),
        (
            "broger revenue in 2024 vs what they expect this year, up or down?",
            ("broger revenue in 2024", "broger revenue expect this year"),
        ),
    ],
)
def test_one_thing_at_two_times_is_compared(question: str, sides: tuple[str, str]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == sides


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "how many volunteers joined the nessie hunt and how many came over from the us",
            (
                "how many volunteers joined the nessie hunt",
                "how many volunteers travelled from the united states",
            ),
        ),
        (
            "how many houseboats did kayal crown have then and how many does it run now?",
            (
                "how many houseboats did kayal crown have then",
                "how many houseboats does it run now",
            ),
        ),
    ],
)
def test_a_later_part_counting_nothing_counts_what_the_first_counts(
    question: str, parts: tuple[str, str]
) -> None:
    asked = understand(question)
    assert asked.kind is Kind.MULTI
    assert asked.parts == parts


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("which shop ordered a ton of cowbells", "which shop ordered many cowbells"),
        ("how many deaths overall?", "how many deaths in total?"),
        ("was any1 hurt?", "was anyone hurt?"),
        ("how many bells tho", "how many bells"),
        ("how close can u get to a bison", "how far can you get to a bison"),
        ("how close was the fight when she won", "how close was the fight when she won"),
        ("whats cave lunensi's headcount today", "how many people does cave lunensi employ today"),
    ],
)
def test_chat_ways_of_saying_it_are_read_plainly(typed: str, read: str) -> None:
    assert expand_chat(typed) == read


@pytest.mark.model
def test_lists_and_dates_asked_in_chat(engine: Engine) -> None:
    rogan = engine.answer("rogan keeps popping up, in which stories exactly")
    assert {c.title.split()[0] for c in rogan.citations} >= {"Kobe", "Joe"}
    cadillac = engine.answer("list all the stuff that mentions f1 or cadillac")
    assert {c.title.split()[0] for c in cadillac.citations} >= {"Carrara", "Oktoberfest", "F1"}
    dated = engine.answer("what date's on the petra ticket story")
    assert "24 July 2025" in dated.text


@pytest.mark.model
def test_a_new_chief_and_her_age_and_past(engine: Engine) -> None:
    assert "Lazzerini" in engine.answer("who's the new ceo at cave lunensi").text
    aged = converse(engine, "who's the new ceo at cave lunensi", "how old")
    assert "41" in aged.text
    assert "67" not in aged.text
    before = converse(
        engine,
        "who's the new ceo at cave lunensi",
        "how old",
        "what was she doing b4 she got the job",
    )
    assert "granite company" in before.text


@pytest.mark.model
def test_comparisons_of_one_thing_at_two_times(engine: Engine) -> None:
    output = engine.answer("did cave lunensi's output go up or down from 2024 to this year")
    assert "92,000" in output.text
    assert "118,000" in output.text
    staff = engine.answer("what is cave lunensi's headcount today")
    assert "88 people" in staff.text


@pytest.mark.model
def test_facts_asked_the_way_readers_ask(engine: Engine) -> None:
    shop = engine.answer("which japanese shop ordered a ton of swiss cowbells")
    assert "Kanemori" in shop.text
    hurt = converse(
        engine,
        "how much damage did the fire at that appenzell cowbell foundry do",
        "was any1 hurt?",
    )
    assert "Nobody was hurt" in hurt.text
    photos = converse(
        engine,
        "how many reefs did aims survey this round",
        "what did they use to sort all the photos",
    )
    assert "image-recognition tool" in photos.text
    buyer = engine.answer("who bought the okada farm")
    assert "Takumi Nishida" in buyer.text
    pilgrims = engine.answer(
        "who runs the pilgrim's office and how many pilgrims does he expect in 2027"
    )
    assert "Ordóñez" in answer_lines(pilgrims)[0]
    assert "700,000" in pilgrims.text


@pytest.mark.model
def test_a_price_or_a_rule_for_what_the_story_never_names_is_refused(engine: Engine) -> None:
    assert engine.answer("how much is petra by night for kids").refused
    adults = engine.answer("how much is petra by night")
    assert "27 dinars" in adults.text
    assert engine.answer("r smartphones banned in the oktoberfest tents now").refused
    backpacks = engine.answer("are large backpacks banned at oktoberfest")
    assert not backpacks.refused
    assert "large backpacks" in backpacks.text


@pytest.mark.model
def test_counts_parts_and_careers_as_asked(engine: Engine) -> None:
    visitors = engine.answer("antarctica visitors this season vs last, up or down?")
    now, then = answer_lines(visitors)[:2]
    assert "128,400" in now
    assert "118,000" in then
    assert "78 vessels" not in now
    northern = engine.answer("what was northern reef coral cover this year")
    assert "27.4%" in northern.text
    assert "30.1%" not in northern.text
    nessie = engine.answer(
        "how many volunteers joined the nessie hunt and how many came over from the us"
    )
    assert "400 volunteers" in answer_lines(nessie)[0]
    assert "about 60" in nessie.text
    bison = engine.answer(
        "how many bison calves were counted this spring also how close can u get to a bison"
    )
    assert "1,250 calves" in bison.text
    assert "25 yards" in bison.text
    career = converse(
        engine, "whos the new boss at the jablonec bead place", "what did she do b4 that"
    )
    assert "embroidery materials" in career.text
