"""Questions as readers typed them in ``kinds_cx``, ``kinds_cy`` and ``kinds_cz`` (the last two
held out last round, read at the start of this one), through ``understand`` and
``Engine.answer`` on the real model over the first corpus and fifteen of their articles.

A date is asked "whats the date on it" of a story named first, and "which got published first" of
two stories named by their words ("the lampedusa new ferry story": the one whose headline says "a
new operator", not the other of the pair). A paper's story is asked "what did the malta island
herald report, briefly" or "in like 3 lines"; a list "where does X get a mention, full list". A
topic typed before a colon holds for every part after it, even when the first part is no question
("elafonisos: cars per day ...; how long is the crossing"), and "A vs B, who put more cash into it"
asks how much each put in; "... + what's he doing now" is a second question, of the one the first
names, and "when the study came out" is the older story of a pair. A population asked "how many ppl
live on lastovo" is answered by "The island has about 790 permanent residents", "fourteen
companies" counts companies, "back in feb 2025" is the dateline's "Feb 18, 2025", cars "kicked off"
a beach were banned from it, a village "designed" by someone was built by its architect, a cheese's
name is "metsovone, a smoked, pear-shaped cheese" ("the nickname" asks a name), "The mill charges
..." is the Machairado mill named two sentences before, and "whats it costing this time round" asks
a sum.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_cx/corpus/lastovo-carnival-poklad.txt",
    "kinds_cx/corpus/cefalu-cathedral-roof.txt",
    "kinds_cx/corpus/deia-rockslide-road-closed.txt",
    "kinds_cx/corpus/deia-road-reopens-parking-fee.md",
    "kinds_cy/corpus/lampedusa-ferry-surcharge.txt",
    "kinds_cy/corpus/lampedusa-new-operator.html",
    "kinds_cy/corpus/comino-blue-lagoon-cap.html",
    "kinds_cy/corpus/metsovo-cheese-cooperative.txt",
    "kinds_cz/corpus/samothrace-goats-overgrazing.txt",
    "kinds_cz/corpus/samothrace-goats-culling-fencing.md",
    "kinds_cz/corpus/elafonisos-parking-ban.txt",
    "kinds_cz/corpus/portmeirion-car-park.html",
    "kinds_cz/corpus/kythira-runway-closed.txt",
    "kinds_cz/corpus/kythira-airport-reopens.html",
    "kinds_cy/corpus/zakynthos-olive-harvest.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("as-typed"), real_embedder, ARTICLES)


def test_what_kind_of_thing_is_asked() -> None:
    assert question_kind("what is it costing this time round") == "money"
    assert question_kind("what is the per goat subsidy dropping to") == "money"
    assert question_kind("what is the fee going down to") == "money"
    assert question_kind("what is the new lampedusa harbour masters name") == "who"
    assert question_kind("what is the new lampedusa harbour master's name") == "who"
    assert question_kind("what is the nickname people give the afternoon wind") == "name"


def test_dates_papers_and_lists_asked_in_passing() -> None:
    dated = understand("comino lagoon cap article - whats the date on it")
    assert dated.kind is Kind.WHEN and dated.subject == "comino lagoon cap"
    first = understand(
        "lampedusa new ferry story or the comino cap story, which got published first"
    )
    assert first.kind is Kind.WHEN
    assert first.parts == ("lampedusa new ferry story", "comino cap story")
    herald = understand("what did the malta island herald report, briefly")
    assert herald.kind is Kind.SUMMARY and herald.subject == "malta island herald"
    # a fact asked of what a paper reported stays a fact
    assert understand("what did the herald say about the fee").kind is Kind.FACT
    lines = understand("southern greece courier story in like 3 lines pls")
    assert lines.kind is Kind.SUMMARY and lines.subject == "southern greece courier"
    named = understand("whats the article w carmelo farrugia in it about, briefly")
    assert named.kind is Kind.SUMMARY and "carmelo farrugia" in named.subject
    listed = understand("where does cadillacs f1 team get a mention, full list")
    assert listed.kind is Kind.CATALOGUE and listed.subject == "cadillacs f1 team"


def test_a_topic_first_and_a_side_that_did_more() -> None:
    ferry = understand(
        "elafonisos: cars per day on the ferry last aug; how long is the crossing from pounta"
    )
    assert ferry.kind is Kind.MULTI
    assert ferry.parts == (
        "elafonisos: cars per day on the ferry last aug",
        "elafonisos: how long is the crossing from pounta",
    )
    budget = understand("parga promenade: what its costing now against the original budget")
    assert budget.kind is Kind.COMPARE
    assert budget.parts == (
        "parga promenade: what its costing now",
        "parga promenade: original budget",
    )
    visitors = understand("portmeirion day visitors now compared w 2019, how much higher")
    assert visitors.parts == ("portmeirion day visitors now", "2019")
    spent = understand(
        "kavala cultural centre, planned cost b4 the fire vs what it actually came to"
    )
    assert spent.parts[1] == "what did the kavala cultural centre cost in the end"
    job = understand("what was kourtidis's job when the study came out + what's he doing now")
    assert job.kind is Kind.MULTI
    assert job.parts == ("what was kourtidis's job when the study came out", "what's he doing now")
    cash = understand(
        "lefkada town hall vs the ionian region, who put more cash into the championship"
    )
    assert cash.kind is Kind.COMPARE
    assert cash.parts == (
        "how much cash did lefkada town hall put into the championship",
        "how much cash did ionian region put into the championship",
    )


@pytest.mark.model
def test_a_story_named_by_its_words_and_its_date(engine: Engine) -> None:
    dated = engine.answer("what date did the story on lampedusa's new ferry operator run")
    assert "16 June 2026" in dated.text
    assert dated.citations[0].title.startswith("Daily ferries return to Lampedusa")
    first = engine.answer(
        "lampedusa new ferry story or the comino cap story, which got published first"
    )
    assert answer_lines(first)[0].startswith("“Daily ferries return to Lampedusa")
    assert len(cited_stories(first)) == 2
    cap = engine.answer("comino lagoon cap article - whats the date on it")
    assert "29 June 2026" in cap.text
    herald = engine.answer("what did the malta island herald report, briefly")
    assert not herald.refused and herald.citations[0].title.startswith("Comino's Blue Lagoon")


@pytest.mark.model
def test_facts_told_in_other_words(engine: Engine) -> None:
    lastovo = engine.answer("how many ppl actually live on lastovo year round")
    assert "790 permanent residents" in lastovo.text
    goats = engine.answer("how many goats did that samothrace study count back in feb 2025")
    assert "48,000 goats" in goats.text
    beach = engine.answer("why did elafonisos kick the cars off simos")
    assert "to protect its dunes" in beach.text
    designer = engine.answer("who designed portmerion in the first place")
    assert "Clough Williams-Ellis" in designer.text
    cheese = engine.answer("wats that smoked pear shaped cheese from metsovo called")
    assert "metsovone" in cheese.text
    comino = engine.answer("comino: how many licensed boat companies & whats the sunbed limit")
    assert "Fourteen companies" in answer_lines(comino)[0]
    assert "limited to 200" in answer_lines(comino)[1]
    mill = engine.answer("wat does the machairado mill charge per kilo of olives it presses")
    assert "9 cents for every kilo" in mill.text
    ferry = engine.answer(
        "elafonisos: cars per day on the ferry last aug; how long is the crossing from pounta"
    )
    assert "4,200 cars a day" in answer_lines(ferry)[0]
    assert "10 minutes by ferry" in answer_lines(ferry)[1]


@pytest.mark.model
def test_follow_ups_and_who_holds_a_post_now(engine: Engine) -> None:
    mayor = engine.answer("whos running deia now, like the mayor since the road reopened")
    assert "Aina Coll" in mayor.text
    cost = converse(
        engine,
        "when was the last time cefalu cathedral got its whole roof redone",
        "whats it costing this time round",
    )
    assert "3.2 million euros" in cost.text
    job = engine.answer("what was kourtidis's job when the study came out + what's he doing now")
    assert "the head of the forestry office" in answer_lines(job)[0]
    assert "now heads the regional forestry directorate" in answer_lines(job)[1]
    assert len(cited_stories(job)) == 2
    subsidy = converse(
        engine,
        "how many goats did that samothrace study count back in feb 2025",
        "whats the per goat subsidy droppin to",
    )
    assert "14 euros per animal" in subsidy.text
