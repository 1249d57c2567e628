"""Questions typed as readers typed them in ``kinds_ck`` and ``kinds_cl`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus and fifteen of their articles.

One thing is asked at two times after a semicolon, a slash or a "+" ("...; what is it now",
"+ what he does now", "in feb 2025 / who took over from him"), or between two stories named by
what they report ("between the shortage story and the plant story"); "the final bill" is the
later story's. Lists, dates, topics and summaries come in new chat shapes ("which stories r
reuters reports or quote reuters", "kaziukas article - published when?", "georgian bathhouses,
whats the deal there", "X wrote something, break it down for me"). A count is told beside a
price kept back, a sum in marks is money, and money alone counts no fishmongers.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_ck/corpus/geiranger-zero-emission-rule.txt",
    "kinds_ck/corpus/geiranger-first-full-season.html",
    "kinds_ck/corpus/uji-matcha-shortage.txt",
    "kinds_ck/corpus/uji-matcha-grinding-plant.md",
    "kinds_ck/corpus/modica-chocolate-cocoa.txt",
    "kinds_ck/corpus/lisbon-fado-houses-rents.html",
    "kinds_ck/corpus/sarajevo-coppersmiths.txt",
    "kinds_ck/corpus/zakopane-oscypek.txt",
    "kinds_cl/corpus/tallinn-old-town-tram-delays.txt",
    "kinds_cl/corpus/tallinn-old-town-tram-opens.html",
    "kinds_cl/corpus/bohol-tarsier-visitor-cap.txt",
    "kinds_cl/corpus/bohol-tarsier-sanctuary-reopens.md",
    "kinds_cl/corpus/riga-market-zeppelin-hangars.md",
    "kinds_cl/corpus/rhodes-donkey-ride-ban.html",
    "kinds_cl/corpus/vilnius-kaziukas-crafts.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("two-times"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "andrus kivi - his job while the tram was being built + what he does now",
            ("andrus kivi - his job back then", "andrus kivi - his job now"),
        ),
        (
            "daily visitor cap at the tarsier sanctuary when it was first brought in; what is it "
            "now",
            (
                "daily visitor cap at the tarsier sanctuary back then",
                "daily visitor cap at the tarsier sanctuary now",
            ),
        ),
        (
            "did the ceremonial tin at hibiki-en go up between the shortage story and the plant "
            "story",
            (
                "the ceremonial tin at hibiki-en in the shortage story",
                "the ceremonial tin at hibiki-en in the plant story",
            ),
        ),
    ],
)
def test_one_thing_asked_at_two_times(question: str, parts: tuple[str, str]) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == parts


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("which stories r reuters reports or quote reuters", Kind.CATALOGUE, "reuters"),
        (
            "which stuff here is from reuters or quotes them, all of it pls",
            Kind.CATALOGUE,
            "reuters",
        ),
        ("stuff published in june 2026?", Kind.CATALOGUE, "june 2026"),
        (
            "where does the cadillac f1 team get a mention, every one pls",
            Kind.CATALOGUE,
            "cadillac f1 team",
        ),
        # "about" is no publisher
        ("what articles are about or mention korrin trucks", Kind.CATALOGUE, "korrin trucks"),
        ("kaziukas article - published when?", Kind.WHEN, "kaziukas"),
        ("whats the oldest thing in ur archive", Kind.WHEN, ""),
        ("georgian bathhouses, whats the deal there", Kind.OVERVIEW, "georgian bathhouses"),
        ("gimme the gist of whats happenin w matcha in japan", Kind.OVERVIEW, "matcha in japan"),
        # what happened at one event is one story's
        (
            "quick rundown of what happened at the launch in virginia",
            Kind.SUMMARY,
            "what happened at launch in virginia",
        ),
        (
            "visayas wildlife dispatch wrote something, break it down for me",
            Kind.SUMMARY,
            "visayas wildlife dispatch",
        ),
    ],
)
def test_lists_dates_topics_and_summaries_in_new_words(
    question: str, kind: Kind, subject: str
) -> None:
    asked = understand(question)
    assert (asked.kind, asked.subject) == (kind, subject)


def test_what_is_asked_however_typed() -> None:
    assert question_kind("whats aurora tirols age, the bohol tourism officer") == "age"
    assert question_kind("daily visitor cap at the tarsier sanctuary back then") == "number"
    # the rents' move is asked: "fish" is no deed the story must tell
    assert yes_no_deed("will riga fish pavilion rents go up after the works", ["riga"]) == ((), ())
    assert yes_no_deed("will cadillac score any points", ["cadillac"]) == (
        ("cadillac",),
        ("score",),
    )


@pytest.mark.model
def test_one_thing_read_in_each_story_of_a_pair(engine: Engine) -> None:
    cap = engine.answer(
        "daily visitor cap at the tarsier sanctuary when it was first brought in; what is it now"
    )
    assert "600" in answer_lines(cap)[0] and "800" in cap.text
    assert len(cited_stories(cap)) == 2
    kivi = engine.answer("andrus kivi - his job while the tram was being built + what he does now")
    assert "Deputy Mayor Andrus Kivi" in answer_lines(kivi)[0]
    assert "chief executive" in answer_lines(kivi)[1]
    bill = engine.answer(
        "what was the tallinn tram cost estimate in apr 2025, and whats the final bill"
    )
    assert "85.6 million" in answer_lines(bill)[0] and "91.3 million" in bill.text
    vik = engine.answer(
        "per arne vik, what was his job at nordlys when the rule came in; whats his job now"
    )
    assert "chief executive" in answer_lines(vik)[0] and "chairman" in answer_lines(vik)[1]
    tin = engine.answer(
        "did the ceremonial tin at hibiki-en go up between the shortage story and the plant story"
    )
    assert "9,000 yen" in answer_lines(tin)[0] and "11,000 yen" in tin.text


@pytest.mark.model
def test_lists_and_dates_in_new_words(engine: Engine) -> None:
    # the F1 story of the first page, and the Modica, Lisbon and Riga stories in passing
    cadillac = engine.answer("where does the cadillac f1 team get a mention, every one pls")
    assert len(cited_stories(cadillac)) == 4
    assert all(place in cadillac.text for place in ("Modica", "Lisbon", "Riga"))
    # its own Huawei story, and four that quote it
    reuters = engine.answer("which stuff here is from reuters or quotes them, all of it pls")
    assert len(cited_stories(reuters)) == 5
    oldest = engine.answer("whats the oldest thing in ur archive")
    assert not oldest.refused and "earliest" in oldest.text
    kaziukas = engine.answer("kaziukas article - published when?")
    assert "9 March 2026" in kaziukas.text


@pytest.mark.model
def test_facts_told_in_other_words(engine: Engine) -> None:
    bars = engine.answer("how many bars got ordered for cadillacs f1 hospitality thing")
    assert "4,000 bars" in bars.text
    copper = engine.answer("what r the sarajvo coppersmiths paying per kilo of copper sheet now")
    assert "28 marks" in copper.text
    rebuild = engine.answer("whats the price tag on redoing the riga market hangars")
    assert "48 million euros" in rebuild.text
    carts = engine.answer("whats gonna replace the donkeys in rhodes")
    assert "electric carts" in carts.text
    lobo = engine.answer("how much does marta lobo get paid a night per fado house thx")
    assert "60 euros a night" in lobo.text
    oscypek = engine.answer("wat does a real oscypek cost on krupowki")
    assert "12 and 15 zloty" in oscypek.text


@pytest.mark.model
def test_follow_ups_in_new_words(engine: Engine) -> None:
    who = "whos in charge of the tarsier sanctuary on bohol these days"
    age = converse(engine, who, "n her age?")
    assert "Baguio, 40" in age.text
    job = converse(engine, who, "n her age?", "wat was her job b4 that")
    assert "former veterinarian" in job.text
    done = converse(
        engine,
        "whats the price tag on redoing the riga market hangars",
        "when's it supposed to be all done",
    )
    assert "2029" in done.text
    workshops = converse(
        engine, "how many copper workshops r still going on kazandziluk", "how many in 1990"
    )
    assert "about 40 in 1990" in workshops.text


@pytest.mark.model
def test_near_misses_in_new_words(engine: Engine) -> None:
    for question in (
        "how many fishmongers r in the riga fish pavilion",
        "whats aurora tirols age, the bohol tourism officer",
    ):
        assert engine.answer(question).refused, question
