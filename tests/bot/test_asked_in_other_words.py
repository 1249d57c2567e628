"""Questions typed as readers typed them in ``kinds_cs`` and ``kinds_ct`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus and fifteen of their articles.

A story's date is asked as "the X thing put out" or "X story date pls", the newest as "which one
in here is the most recent"; "old price vs new price" asks both of the same thing; a year named
with an event of a pair ("during the 2025 drought") reads the story of that year; "him" is
named by the sentence before; a possessive typed without its apostrophe ("comacchios") still
names the place; "voted in", "pulled into", "studied", "how long after" and "for a full day"
are read as the stories say them; "who owns it, how old is he" asks two things; a sea, a
lake or a town's harbour is nobody's name.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from bot.retrieval import kind_match, question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_cs/corpus/collioure-anchovy-quota-cut.txt",
    "kinds_cs/corpus/collioure-salting-workshop.html",
    "kinds_cs/corpus/bamberg-rauchbier-beech-shortage.txt",
    "kinds_cs/corpus/bamberg-rauchbier-kiln-relit.md",
    "kinds_cs/corpus/comacchio-eel-marinating.html",
    "kinds_cs/corpus/volterra-alabaster-carvers.txt",
    "kinds_ct/corpus/camembert-milk-shortage.txt",
    "kinds_ct/corpus/camembert-new-farms-president.md",
    "kinds_ct/corpus/montepulciano-cellar-collapse.txt",
    "kinds_ct/corpus/montepulciano-cellars-reopen.html",
    "kinds_ct/corpus/paros-marble-quarries.html",
    "kinds_ct/corpus/nessebar-wooden-boats.txt",
    "kinds_ct/corpus/horta-marina-paintings.txt",
    "kinds_ct/corpus/levoca-altar-restoration.txt",
    "kinds_ct/corpus/quedlinburg-timber-houses.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("other-words"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "subject", "order"),
    [
        ("when was the quedlinburg houses thing put out", "quedlinburg houses", ""),
        ("levoca altar story date pls", "levoca altar", ""),
        ("which one in here is the most recent", "", "newest"),
    ],
)
def test_a_story_date_asked_in_passing(question: str, subject: str, order: str) -> None:
    asked = understand(question)
    assert asked.kind is Kind.WHEN
    assert asked.subject == subject and asked.order == order
    assert understand("when was the fire put out").kind is Kind.FACT


def test_old_and_new_price_of_one_thing() -> None:
    asked = understand("montepulciano cellar tour, old price vs new price")
    assert asked.kind is Kind.COMPARE
    assert asked.parts == (
        "montepulciano cellar tour, old price",
        "montepulciano cellar tour, new price",
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "who got voted in as head of the camembert makers assoc",
            "who was elected head of the camembert makers association",
        ),
        ("how many yachts pulled into horta in 2025", "how many yachts arrived in horta in 2025"),
    ],
)
def test_words_read_as_the_stories_say_them(typed: str, meant: str) -> None:
    assert expand_chat(typed) == meant


def test_asked_in_chat_shapes() -> None:
    assert understand("key takeaways from the franconian beer & table article").kind is (
        Kind.SUMMARY
    )
    for question in (
        "eels in northern italy, what've u got",
        "kayaking on the costa brava, whats new",
    ):
        assert understand(question).kind is Kind.OVERVIEW, question
    owner = understand("n who owns it, how old is he")
    assert owner.kind is Kind.MULTI and owner.parts == ("and who owns it", "how old is he")


def test_what_a_question_asks_for() -> None:
    gap = "how long after vidal shut did the new salting workshop open"
    assert question_kind(gap) == "duration"
    assert kind_match("duration", "Fifteen months after Anchois Vidal closed its doors.", gap)
    built = "when was the trepponti bridge built"
    assert kind_match("when", "The five-way Trepponti bridge was built in 1638.", built)
    assert not kind_match("when", "The bridge carries 1638 people a day.", built)
    festival = "what is the name of comacchios eel festival"
    assert kind_match(
        "name", "About 70,000 came to its eel festival, the Sagra dell'Anguilla.", festival
    )
    guy = "who is the guy still building them"
    assert not kind_match(
        "who",
        "Only 28 boats are moored in the harbour of Nessebar's old town on Bulgaria's Black Sea "
        "coast, and the last man who builds them has time for three more.",
        guy,
    )
    assert kind_match("who", "Dimitar Kalchev, 71, has built wooden boats since 1972.", guy)


@pytest.mark.model
def test_facts_asked_in_other_words(engine: Engine) -> None:
    president = engine.answer("who got voted in as head of the camembert makers assoc in sept")
    assert "Sandrine Marie" in president.text
    yachts = engine.answer("how many yachts pulled into horta in 2025")
    assert not yachts.refused and "1,100 yachts" in yachts.text
    studied = engine.answer("What did Nadia Rossetti study before she started her apprenticeship?")
    assert "architecture degree" in studied.text
    festival = engine.answer("whats the name of comacchios eel festival")
    assert "Sagra dell'Anguilla" in festival.text
    bridge = engine.answer("comacchio population & when was the trepponti bridge built")
    assert "22,000" in bridge.text and "1638" in bridge.text
    trophy = engine.answer("what did skiadas make for the cadillac sponsor")
    assert "marble trophy" in trophy.text
    gap = engine.answer("how long after vidal shut did the new salting workshop open")
    assert "Fifteen months" in answer_lines(gap)[0]


@pytest.mark.model
def test_a_year_named_reads_the_story_of_that_year(engine: Engine) -> None:
    rain = engine.answer("how much rain did the orne get june to aug 2025, in mm")
    assert "41 millimetres" in rain.text and "172" not in rain.text
    cheese = engine.answer("how much was a raw milk camembert in the shops during the 2025 drought")
    assert "4.90 euros" in answer_lines(cheese)[0]
    paid = engine.answer("what did kesselring pay per stere during the shortage")
    assert not paid.refused and "145 euros" in paid.text


@pytest.mark.model
def test_stories_dated_compared_and_summed_up(engine: Engine) -> None:
    newest = engine.answer("which one in here is the most recent")
    assert newest.kind == "when" and "28 October 2026" in newest.text
    tour = engine.answer("montepulciano cellar tour, old price vs new price")
    assert "12 euros" in tour.text and "18 euros" in tour.text
    assert len(cited_stories(tour)) == 2
    paros = engine.answer("recap the article where eleni marinou gets quoted")
    assert paros.kind == "summary" and "Paros" in paros.citations[0].title
    beer = engine.answer("key takeaways from the franconian beer & table article")
    assert beer.kind == "summary" and "Bamberg" in beer.citations[0].title


@pytest.mark.model
def test_follow_ups_in_other_words(engine: Engine) -> None:
    builder = converse(
        engine,
        "any idea how many wooden fishing boats r still in nessebar harbour",
        "whos the guy still building them",
    )
    assert "Kalchev" in answer_lines(builder)[0]
    owner = converse(
        engine,
        "which of the collioure anchovy salting houses is shutting down",
        "n who owns it, how old is he",
    )
    assert owner.kind == "multi" and "Jean-Paul Vidal, 63" in owner.text
    altar = converse(
        engine,
        "how many wooden fishing boats r still in nessebar harbour",
        "totally diff q but how tall is that altar in levoca",
    )
    assert not altar.refused and "18.6 metres" in altar.text


def test_what_anyone_may_do_is_a_deed_asked() -> None:
    assert yes_no_deed("do u have to pay a fee to walk on the lucca walls now", []) == (
        (),
        ("pay",),
    )
    assert yes_no_deed("can u get married inside the paros marble tunnels", []) == (
        (),
        ("married",),
    )
    assert yes_no_deed("can i get a recap of the paros article", []) == ((), ())
    assert "for only the aguieiras walkway" in expand_chat(
        "what does a ticket for just the aguieiras walkway cost"
    )


@pytest.mark.model
def test_near_misses_in_other_words(engine: Engine) -> None:
    married = engine.answer("can u get married inside the paros marble tunnels")
    assert married.refused and "Paros" in married.text
