"""Questions as readers typed them in ``kinds_aq`` and ``kinds_ar`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model, over the first corpus and
eleven articles of those sets, and the readings behind them.

Each failed before this round's changes. "Who was the judge" is answered by "Justice Miriam
Falk"; "tarnwell's 2024 loss compared with 2025" compares two losses; "what caused the fire"
asks for a cause as "why" does; "great, cheers" and "ok thanks" are thanks, "what time is it" no
question about the news; "which articles mention alibaba? list all of them" is a list; "is
hallorans being sold to lidl" must be reported as a sale, not answered by Lidl's market share;
"anything in here about supermarkets", "the rundown on the sri lankan cricket news" and "the
latest in pro cycling" ask for every story on the topic; a list quotes a body sentence rather
than a dateline that names the place, and shows the part of a long sentence that mentions it;
"do u know how cold it got" asks how cold it got, a temperature; "when did velo nordic run the
story about ..." asks a publication date; "tarnwell's 2025 revenue" is the sentence about 2025,
in whichever of its stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import Kind, is_calculation, understand
from bot.retrieval import leader_title
from tests.bot.conftest import converse, engine_with

ARTICLES = [
    "kinds_aq/corpus/stagegate-drip-pricing-penalty.html",
    "kinds_aq/corpus/tarnwell-dublin-bus-order.txt",
    "kinds_aq/corpus/tarnwell-bus-fire-recall.html",
    "kinds_aq/corpus/rathnayake-galle-double-century.md",
    "kinds_aq/corpus/rathnayake-icc-corruption-ban.txt",
    "kinds_ar/corpus/halloran-annual-results.txt",
    "kinds_ar/corpus/halloran-depot-strike.html",
    "kinds_ar/corpus/kuura-robotics-funding.txt",
    "kinds_ar/corpus/tveit-giro-women-overall-win.md",
    "kinds_ar/corpus/skarven-norvalt-sponsor-exit.txt",
    "kinds_ar/corpus/amberlink-cable-fault-baltic-power-prices.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("judges"), real_embedder, ARTICLES)


def test_a_judge_is_named_by_the_title_justice() -> None:
    judge = leader_title("who was the judge")
    assert judge.search("Justice Miriam Falk, sitting in Melbourne, found on Wednesday that")
    assert judge.search("Judge Alison Pryce said the spills were deliberate")
    assert not judge.search("The Federal Court has ordered ticketing company Stagegate to pay")


def test_thanks_and_small_talk_in_several_words_are_greetings() -> None:
    for said in ("great, cheers", "ok thanks", "thank you so much, that helps", "hi can u help me"):
        assert understand(said).kind is Kind.GREETING, said
    for asked in ("thanks, and who is the ceo", "ok what about huawei", "nice, how many were cut"):
        assert understand(asked).kind is not Kind.GREETING, asked
    assert is_calculation("what time is it") and is_calculation("whats todays date")
    assert not is_calculation("what time did the race start")


def test_a_year_alone_on_one_side_compares_the_same_thing_that_year() -> None:
    loss = understand("how did tarnwells 2024 loss compare with 2025")
    assert loss.parts == ("tarnwells 2024 loss", "tarnwells 2025 loss"), loss
    profit = understand("2024 vs 2025 profit")
    assert profit.parts == ("2024 profit", "2025 profit"), profit


def test_what_is_done_to_a_company_is_the_deed_asked() -> None:
    names = ["hallorans", "lidl", "wingrove", "amazon", "tilley"]
    assert yes_no_deed("is hallorans being sold to lidl", names) == (("hallorans",), ("sold",))
    assert yes_no_deed("was wingrove bought by amazon", names) == (("wingrove",), ("bought",))
    assert yes_no_deed("was tilley fired", names) == (("tilley",), ("fired",))


def test_news_on_a_topic_is_every_story_on_it() -> None:
    for asked, subject in (
        ("anything in here about supermarkets?", "supermarkets"),
        ("what's the latest in pro cycling", "pro cycling"),
        ("give me the rundown on the sri lankan cricket news", "sri lankan cricket"),
    ):
        question = understand(asked)
        assert (question.kind, question.subject) == (Kind.OVERVIEW, subject), question
    assert understand("whats the latest article on huawei").kind is Kind.WHEN
    assert understand("summarize the f1 article").kind is Kind.SUMMARY


@pytest.mark.model
def test_the_judge_and_two_years_of_losses(engine: Engine) -> None:
    judge = converse(engine, "which court ruled against stagegate", "who was the judge")
    assert "Miriam Falk" in judge.text, judge.text
    losses = engine.answer("how did tarnwells 2024 loss compare with 2025")
    assert "12.4 million pounds" in losses.text and "9.6 million pounds" in losses.text, losses


@pytest.mark.model
def test_a_sale_never_reported_is_refused(engine: Engine) -> None:
    answer = engine.answer("is hallorans being sold to lidl??")
    assert answer.refused, answer.text


@pytest.mark.model
def test_every_story_on_a_topic_asked_casually(engine: Engine) -> None:
    for asked, stories in (
        ("give me the rundown on the sri lankan cricket news", ("Rathnayake banned", "231")),
        ("what's the latest in pro cycling", ("Skarven team", "Maren Tveit")),
        ("anything in here about supermarkets?", ("walk out", "lifts annual profit")),
    ):
        answer = engine.answer(asked)
        titles = " ".join(c.title for c in answer.citations)
        for story in stories:
            assert story in titles, (asked, answer.text)


@pytest.mark.model
def test_a_list_quotes_the_mention_not_the_dateline(engine: Engine) -> None:
    listed = engine.answer("which articles mention alibaba? list all of them")
    assert not listed.refused and "Stagegate" in listed.text, listed.text
    dublin = engine.answer("which articles mention dublin")
    assert "DUBLIN, May 6" not in dublin.text, dublin.text
    assert "Euronext Dublin" in dublin.text, dublin.text
    assert "retailers from Dublin" in dublin.text, dublin.text


def test_a_polite_wrapper_is_not_part_of_the_question() -> None:
    for asked, meant in (
        ("do u know how cold it got in vilnius", "how cold it got in vilnius"),
        ("can you tell me who won the giro", "who won the giro"),
        ("any idea who won the giro?", "who won the giro?"),
    ):
        assert understand(asked).text == meant, asked
    assert understand("do you know anything about f1").kind is Kind.OVERVIEW
    dated = understand("when did velo nordic run the story about norvalt dropping skarven")
    assert dated.kind is Kind.WHEN, dated


@pytest.mark.model
def test_a_temperature_a_publication_date_and_a_years_revenue(engine: Engine) -> None:
    cold = engine.answer("do u know how cold it got in vilnius")
    assert "minus 24 degrees" in cold.text, cold.text
    run = engine.answer("when did velo nordic run the story about norvalt dropping skarven")
    assert "17 September 2026" in run.text, run.text
    revenue = engine.answer("what was tarnwell's 2025 revenue")
    assert "301 million pounds" in revenue.text, revenue.text
