"""Questions as readers typed them in ``kinds_ay`` and ``kinds_az`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model, over the first corpus and
twelve articles of those sets, and the readings behind them.

Each failed before this round's changes. "Microsoft shows up in which stories?" and "in which
articles does alibaba come up" ask for a list; "anything come out in november 2025? list them
all" for a month's stories; "the earliest-dated story" for the oldest; "what's the article from
szczecin about" and "the piece where orla keaveney is quoted" name one article to sum up. A side
of a comparison that gives only what differs ("vs to the winner", "with before the crash", "the
new one", "vs recaptured") is the other side's question asked of it. "The result of the vote"
is its tally, whatever word the story uses; the cost "to run" the games is their operating
budget; rain that "fell" is counted in millimetres; a park "closed until at least Monday" says
how long. A runner-up's age is in the sentence that gives it ("Harrop, 33,"), not in the lead
giving the winner's. "Go bust" is bankruptcy, "who took the goncourt" who won it, "a chunk
of" a company a stake in it, "h1" the first half, "put the money up" funded it, "offload"
divest, "slip" a delay. "How big a fine" asks for a fine, which a story that tells none cannot
give, nor a year's figure a story of a later year gives without a year. (The idioms and words
of a deed were read off refusals in the other development sets, the year off a near miss.)
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from bot.retrieval import kind_match, stems, synonym_matches
from tests.bot.conftest import converse, engine_with

ARTICLES = [
    "kinds_ay/corpus/euromillions-portugal-record-jackpot.txt",
    "kinds_ay/corpus/hitra-farmed-salmon-escape.txt",
    "kinds_ay/corpus/lucerne-winter-olympics-bid.html",
    "kinds_ay/corpus/sobczak-elbow-surgery-premier-league.txt",
    "kinds_ay/corpus/sobczak-world-darts-title.md",
    "kinds_ay/corpus/taiwan-typhoon-parang.html",
    "kinds_az/corpus/berclaz-crans-montana-crash-knee-surgery.txt",
    "kinds_az/corpus/berclaz-world-downhill-gold.md",
    "kinds_az/corpus/ireland-four-day-week-trial-results.txt",
    "kinds_az/corpus/lysgro-bankruptcy-filing.html",
    "kinds_az/corpus/lysgro-herning-vertical-farm-opens.txt",
    "kinds_az/corpus/oder-fish-kill-algae.txt",
    "kinds_al/corpus/loopa-full-year-results.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("mentions"), real_embedder, ARTICLES)


def test_a_list_asked_with_the_name_first_or_after_in_which() -> None:
    for asked, subject in (
        ("microsoft shows up in which stories?", "microsoft"),
        ("in which articles does joe rogan get a mention", "joe rogan"),
        ("in which articles does alibaba come up", "alibaba"),
        ("every article where formula one gets a mention?", "formula one"),
        ("which stories quote or cite reuters", "reuters"),
        ("anything come out in november 2025? list them all", "november 2025"),
    ):
        question = understand(asked)
        assert (question.kind, question.subject) == (Kind.CATALOGUE, subject), asked


def test_the_oldest_story_and_one_article_named_by_place_or_speaker() -> None:
    oldest = understand("what's the earliest-dated story you have")
    assert (oldest.kind, oldest.subject, oldest.order) == (Kind.WHEN, "", "oldest")
    newest = understand("newest article pls, what is it and when's it from")
    assert (newest.kind, newest.subject, newest.order) == (Kind.WHEN, "", "newest")
    for asked, subject in (
        ("what's the article from szczecin about?", "szczecin"),
        ("can u summarise the piece where orla keaveney is quoted", "orla keaveney"),
        ("Future Plate's article - can you boil it down for me?", "future plate's"),
    ):
        question = understand(asked)
        assert (question.kind, question.subject) == (Kind.SUMMARY, subject), asked


def test_a_side_giving_only_what_differs_is_asked_in_full() -> None:
    for asked, sides in (
        (
            "how much of the euromillions prize goes to the portuguese state vs to the winner",
            (
                "how much of the euromillions prize goes to the portuguese state",
                "how much of the euromillions prize goes to the winner",
            ),
        ),
        (
            "what was the yes share vs the no share in lucerne?",
            ("what was the yes share in lucerne", "the no share in lucerne"),
        ),
        (
            "escaped salmon vs recaptured so far: what are the numbers?",
            ("escaped salmon", "recaptured salmon so far"),
        ),
        (
            "compare berclaz's world cup downhill points going into saalbach with before the "
            "crans-montana crash",
            (
                "berclaz's world cup downhill points going into saalbach",
                "berclaz's world cup downhill points before the crans-montana crash",
            ),
        ),
        (
            "how does the 2019 us tariff on italian cheese compare with the new one",
            ("2019 us tariff on italian cheese", "new us tariff on italian cheese"),
        ),
    ):
        question = understand(asked)
        assert (question.kind, question.parts) == (Kind.COMPARE, sides), asked


def test_chat_idioms_read_as_the_reports_word() -> None:
    assert expand_chat("why did lysgro go bust") == "why did lysgro go bankrupt"
    assert expand_chat("n who ended up winning that race") == "and who won that race"
    assert expand_chat("which city did he get his elbow op in").endswith("elbow operation in")
    # a company that went under is the deed asked, not "go"
    assert yes_no_deed("why did lysgro go under", ("lysgro",)) == (("lysgro",), ("bankrupt",))


def test_ways_of_saying_a_deed_read_as_the_reports_say_it() -> None:
    assert expand_chat("who took the goncourt") == "who won the goncourt"
    assert expand_chat("who owns a chunk of stagegate") == "who owns a stake in stagegate"
    assert expand_chat("did neutron actually make it to orbit").endswith("reach orbit")
    assert expand_chat("how much did revenue grow in h1").endswith("in first half")
    assert expand_chat("who put the money up") == "who funded"
    assert expand_chat("whats tenshozans real name").endswith("name born")
    # what a story calls the deed: "has two years to divest AdX", "the launch slipped"
    assert synonym_matches("offload", stems("Google must divest AdX."))
    assert synonym_matches("slip", stems("The launch was delayed by two days."))
    assert synonym_matches("funded", stems("a Series B funding round led by EIFO"))


def test_a_date_an_adjective_or_an_agency_names_nobody() -> None:
    lead = (
        "LISBON, Nov 5, 2025 (Reuters) - A single ticket bought in the central Portuguese city "
        "of Viseu has won a record 259 million euros."
    )
    assert not kind_match("who", lead, "who won the euromillions in viseu")
    assert kind_match("who", "It was won by Austria's Magdalena Ploner, 30.", "who won the race")
    closed = "Taroko National Park will stay closed until at least Monday."
    assert kind_match("duration", closed, "how long is taroko staying shut")
    assert not kind_match("duration", "Taroko National Park is closed.", "how long is it shut")


@pytest.mark.model
def test_attributes_any_answer_has_or_a_story_words_otherwise(engine: Engine) -> None:
    for asked, said in (
        ("wat was the result of the lucerne olympics vote", "1,183 votes"),
        ("hw much would the lucerne games cost to run", "1.9 billion francs"),
        ("hw much electricity does the herning farm burn thru in a yr", "26 gigawatt hours"),
        ("why did lysgro go bust", "filed for bankruptcy"),
        ("which city did sobczak get his elbow op in", "Katowice"),
    ):
        answer = engine.answer(asked)
        assert said in answer.text, (asked, answer.text)


@pytest.mark.model
def test_each_part_finds_the_sentence_holding_its_kind(engine: Engine) -> None:
    both = engine.answer("how much rain fell on yilan and how long is taroko staying shut")
    assert "1,100 millimetres" in both.text and "until at least Monday" in both.text, both.text
    age = engine.answer("how old was lewis harrop when he lost the world final")
    assert "Harrop, 33" in age.text, age.text
    points = engine.answer(
        "compare berclaz's world cup downhill points going into saalbach with before the "
        "crans-montana crash"
    )
    assert "385 points" in points.text and "460 points" in points.text, points.text


@pytest.mark.model
def test_a_fine_or_a_year_no_story_tells_is_refused(engine: Engine) -> None:
    fine = engine.answer("how big a fine did nordhav get for the salmon escape")
    assert fine.refused, fine.text
    assert "salmon" in fine.text, fine.text
    # "Revenue rose 23% to 486 million euros" in a story of 2026 and a forecast "for 2026"
    # tell no revenue of 2023
    old = engine.answer("what was loopa's revenue in 2023")
    assert old.refused, old.text
    assert not engine.answer("what was loopa's revenue last year").refused


@pytest.mark.model
def test_a_list_asked_name_first_quotes_each_mention(engine: Engine) -> None:
    mentions = engine.answer("microsoft shows up in which stories?")
    assert "Turnbull" in mentions.text, mentions.text
    rogan = engine.answer("in which articles does joe rogan get a mention")
    assert "Yampolskiy" in rogan.text, rogan.text
    # a story quoting an agency is listed by the quote, besides the agency's own stories
    cited = engine.answer("which stories quote or cite reuters")
    assert "A Reuters reporter in Viseu" in cited.text, cited.text


@pytest.mark.model
def test_a_follow_up_keeps_its_story(engine: Engine) -> None:
    plant = converse(engine, "how many people did lysgro hire", "why did it go bust")
    assert "bankruptcy" in plant.text, plant.text
