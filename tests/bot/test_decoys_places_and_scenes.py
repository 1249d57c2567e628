"""Questions as readers typed them in ``kinds_ba`` and ``kinds_bb`` (held out last round, read at
the start of this one) and a few of earlier sets, through ``Engine.answer`` on the real model
over the first corpus and fourteen of their articles, and the readings behind them.

A yes/no question about someone it only describes ("were two brothers arrested in berlin", "did
a locksmith give the thieves the codes", "was a distillery worker arrested") asks of people no
story names: the deed must be told of them, and a word no article uses at all cannot be
satisfied. A prize "for second place" is not the winner's, unless the amount is told of the one
asked about. The place a figure holds in may be said by the sentence before it ("Prices paid to
growers in Uruapan fell sharply. Packers offered about 31 pesos ..."), and so may what a figure
is of ("Attention now turns to the ... Auction ... Last year the top lot ... was bought for
140,000 euros"). A year compared with ("against a loss of 64 million euros in 2024") is not the
figure's own. A part of a multi-part question that its first part's sentence crowded out is
asked again without it. "How much whisky" is answered in litres "of alcohol" in a distillery's
story; "robbed" is told as thieves breaking in; "the 23-year-old" after a sentence's setting is
whom its story is about, and "compared with when he ..." asks the same question at the other
time. A story that "did not give" a forecast still tells when it reported.

"Has anything been stolen ... lately", "is big tech doing anything about ..." and "what happened
to the holiday ship caught in the storm" ask for stories; "which article in the collection is
the oldest" for the oldest; "are about or mention X" and "what happened in march ... list
everything" for lists. "u.s." is no "you.s.", "in us supermarkets" names the country, and "is
the museum open again" is told by how long it stays closed.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import Kind, expand_chat, understand
from tests.bot.conftest import engine_with

ARTICLES = [
    "kinds_ba/corpus/calder-cleared-to-ride-again.txt",
    "kinds_ba/corpus/calder-scottish-grand-national-win.md",
    "kinds_ba/corpus/piedmont-white-truffle-harvest.md",
    "kinds_bb/corpus/carbery-southern-cross-solo-win.txt",
    "kinds_bb/corpus/claggain-distillery-hoshikawa-takeover.md",
    "kinds_bb/corpus/claggain-warehouse-fire.html",
    "kinds_bb/corpus/dresden-coin-cabinet-gold-heist.html",
    "kinds_bb/corpus/mexico-avocado-exports-halted.txt",
    "kinds_bb/corpus/quebec-maple-syrup-reserve-release.md",
    "kinds_ac/corpus/volvo-cars-second-quarter-results.txt",
    "kinds_aj/corpus/gobbl-first-half-results.txt",
    "kinds_aj/corpus/gobbl-italy-exit.md",
    "kinds_j/corpus/open-championship-royal-birkdale.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("decoys"), real_embedder, ARTICLES)


def test_the_oldest_in_the_collection_and_stories_of_late() -> None:
    oldest = understand("which article in the collection is the oldest?")
    assert (oldest.kind, oldest.subject, oldest.order) == (Kind.WHEN, "", "oldest")
    stolen = understand("has anything been stolen from a german museum lately?")
    assert (stolen.kind, stolen.subject) == (Kind.OVERVIEW, "stolen from german museum")
    doing = understand("is big tech doing anything about its carbon footprint")
    assert (doing.kind, doing.subject) == (Kind.OVERVIEW, "big tech carbon footprint")
    ship = understand("what happened to the holiday ship caught in the storm?")
    assert (ship.kind, ship.subject) == (Kind.OVERVIEW, "holiday ship caught in storm")
    # a word or two, or a pronoun, is a follow-up's: what became of the one just discussed
    assert understand("what happened to the booster tho").kind == Kind.FACT
    assert understand("what happened to their other car").kind == Kind.FACT
    # a move after an event is a fact of one story
    assert understand("wat happened to maersk shares after the annoucement").kind == Kind.FACT


def test_lists_asked_two_ways_at_once_or_of_a_month_that_happened() -> None:
    for asked, subject in (
        ("what articles are about or mention korrin trucks", "korrin trucks"),
        ("what happened in march according to the articles? list everything", "march"),
        ("anything on huawei? list everything", "huawei"),
    ):
        question = understand(asked)
        assert (question.kind, question.subject) == (Kind.CATALOGUE, subject), asked


def test_a_side_set_by_when_is_the_same_question_at_the_other_time() -> None:
    question = understand(
        "how old was calder when he won at ayr compared with when he got cleared to ride again?"
    )
    assert (question.kind, question.parts) == (
        Kind.COMPARE,
        (
            "how old was calder when he won at ayr",
            "how old was calder when he got cleared to ride again",
        ),
    )


def test_the_country_typed_in_lower_case_is_no_pronoun() -> None:
    assert "you.s." not in expand_chat("whats maple syrup selling for in u.s. supermarkets")
    assert expand_chat("whats syrup selling for in us supermarkets").endswith(
        "in the united states supermarkets"
    )
    assert expand_chat("how much r u paying") == "how much are you paying"
    # whether it is open again is told by how long it stays closed
    assert expand_chat("is the museum open again") == "is the museum still closed"


def test_someone_described_must_be_told_of_with_the_deed() -> None:
    asked = "were two brothers arrested in berlin over the dresden coin theft?"
    assert yes_no_deed(asked, ("berlin", "dresden")) == (("brothers",), ("arrested",))
    worker = "was a distillery worker arrested for starting the claggain fire"
    assert yes_no_deed(worker, ("claggain",)) == (("worker",), ("arrested",))


@pytest.mark.model
def test_decoys_of_a_sidebar_or_a_hidden_paragraph_are_refused(engine: Engine) -> None:
    for asked in (
        "were two brothers arrested in berlin over the dresden coin theft?",
        "did a locksmith give the dresden thieves the alarm codes?",
        "was a distillery worker arrested for starting the claggain fire",
        "how much prize money did thomas le gall get for second place in the southern cross solo?",
        # "selling for in the us": the place is the country, not "in" (Canadian prices only)
        "whats maple syrup selling for in us supermarkets right now",
    ):
        answer = engine.answer(asked)
        assert answer.refused, (asked, answer.text)
    runner_up = engine.answer("how much did scheffler make for finishing 2nd at the open")
    assert "$1.76 million" in runner_up.text, runner_up.text


@pytest.mark.model
def test_the_sentence_before_sets_the_place_and_the_thing(engine: Engine) -> None:
    for asked, said in (
        (
            "What price are packers in Uruapan offering for export-quality Hass avocados?",
            "31 pesos",
        ),
        ("what were gobbl's revenue and net loss for 2025", "1.31 billion euros"),
        (
            "what are top white truffles selling for per kilo this week, and what did last "
            "year's top auction lot fetch?",
            "140,000 euros",
        ),
        ("how much whisky does claggain make a year", "1.2 million litres"),
        ("which museum in dresden got robbed", "coin cabinet"),
        ("has anything been stolen from a german museum lately?", "Dresden"),
        # a date is not what "did not give a full-year forecast" keeps back
        ("when did volvo cars put out its q2 numbers", "July 17, 2025"),
        # "At Ayr on Saturday, ..., the 23-year-old from the Borders won it", in Calder's story
        (
            "how old was calder when he won at ayr compared with when he got cleared to ride "
            "again?",
            "the 23-year-old",
        ),
    ):
        answer = engine.answer(asked)
        assert said in answer.text, (asked, answer.text)
