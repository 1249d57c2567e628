"""Questions as readers typed them in ``kinds_as`` and ``kinds_at`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model, over the first corpus and
eleven articles of those sets, and the readings behind them.

Each failed before this round's changes. "How many passengers did Atlantia carry in 2024" is
answered by "2.3 million passengers last year" in a story of February 2025; "are other networks
giving Alpenfunk customers free roaming" and "is Quebec cutting its tax credit" must be told as
such, though their subjects are no bare names; "Marchetti's salary" is not the damages he was
ordered to pay; a supplier the story "declined to name" is not named; "how much is he carrying"
asks an amount carried, not a price; "how many schools shut" counts schools; "what does the
union say the 90 minutes would cost" asks an amount; "the article that quotes Morag Keir" is
the teachers' strike story; "thanks, that's all for now" is goodbye; "when can she race again"
is answered by when she "can compete again"; a list shares its room among its quotes; "that
Canadian game studio" has two stories; "the Overpass sales one" is the story of how it sells;
the date a weekday was keeps its room when the quote is long.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.answers.catalogue import _shares
from bot.answers.fact import dated
from bot.engine import Engine
from bot.models import Answer, Citation
from bot.question import Kind, understand
from bot.retrieval import _asked_unit, question_kind
from tests.bot.conftest import converse, engine_with

ARTICLES = [
    "kinds_as/corpus/atlantia-air-boston-route.txt",
    "kinds_as/corpus/atlantia-air-it-outage.html",
    "kinds_as/corpus/parlia-founder-fraud-verdict.txt",
    "kinds_as/corpus/rhine-low-water-kaub.html",
    "kinds_at/corpus/alpenfunk-mobile-outage.html",
    "kinds_at/corpus/scotland-teachers-strike.txt",
    "kinds_at/corpus/south-africa-carbon-tax-rise.txt",
    "kinds_at/corpus/carvalho-doping-ban.txt",
    "kinds_at/corpus/emberline-overpass-launch-sales.txt",
    "kinds_at/corpus/emberline-studio-job-cuts.html",
    "kinds_at/corpus/carvalho-backstroke-world-record.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("last_year"), real_embedder, ARTICLES)


def test_what_is_carried_or_shut_is_counted_not_priced() -> None:
    assert question_kind("how much is he carrying rn") == "number"
    assert question_kind("how much is amazon paying fervo") == "money"
    assert question_kind("what does the union say the 90 minutes would cost") == "money"
    assert question_kind("what does the union say") == "quote"
    assert _asked_unit("how many schools shut in the scottish teachers strike") == "schools"
    assert _asked_unit("how many ppl in europe cancelled brightreel") is None
    assert _asked_unit("how many ppl went to indian wells this yr") == "fans"


def test_an_article_named_by_who_it_quotes_and_a_goodbye() -> None:
    quoted = understand("summarise the article that quotes morag keir")
    assert (quoted.kind, quoted.subject) == (Kind.SUMMARY, "morag keir"), quoted
    for said in ("thanks, that's all for now", "ok that's it"):
        assert understand(said).kind is Kind.GREETING, said
    lately = understand("any huge concert ticket rush in china lately?")
    assert (lately.kind, lately.subject) == (Kind.OVERVIEW, "concert ticket rush in china")


def test_one_side_named_alone_shares_what_the_other_asks() -> None:
    quake = understand("afad vs usgs magnitude for the bergama quake")
    assert quake.parts == (
        "afad magnitude for the bergama quake",
        "usgs magnitude for the bergama quake",
    )
    sold = understand("was the monet worth more or less than the turner sold in london?")
    assert sold.parts == ("monet", "turner sold in london"), sold


def test_a_list_gives_a_short_quotes_room_to_the_long_ones() -> None:
    assert _shares(300, [50, 400, 0, 400]) == [50, 125, 0, 125]
    assert _shares(300, [50, 60]) == [50, 60]


def test_the_date_of_a_weekday_has_room_before_a_second_quote() -> None:
    asked = "when did volvo's kosice factory open"
    opened = "Volvo Cars opened its new factory near Kosice on Tuesday, its first in Europe."
    second = "It will build " + "electric cars and small SUVs for export, " * 10 + "from 2027."
    quote = f"{opened} … {second}"
    cited = Citation(1, "v1", "Volvo opens Kosice plant", "Reuters", "2026-09-30", None, quote)
    answer = Answer(asked, f"{opened} [1] {second} [1]", False, (cited,))
    text = dated(answer, asked).text
    assert "That Tuesday was 29 September 2026" in text and second not in text, text
    assert text.startswith(opened), text


@pytest.mark.model
def test_last_year_in_a_story_is_the_year_before_it(engine: Engine) -> None:
    carried = engine.answer("how many passengers did atlantia carry in 2024 and how many in 2025")
    assert "2.3 million" in carried.text and "2.6 million" in carried.text, carried.text
    profit = engine.answer("compare atlantia's net profit in 2024 with 2025")
    assert "18 million euros" in profit.text and "23 million euros" in profit.text, profit.text


@pytest.mark.model
def test_a_deed_never_reported_is_refused(engine: Engine) -> None:
    for asked in (
        "is quebec cutting its tax credit for video game studios",
        "are other networks giving alpenfunk customers free roaming",
        "what was loic marchetti's salary at parlia",
        "which company made the software update that broke alpenfunk's network",
    ):
        answer = engine.answer(asked)
        assert answer.refused, (asked, answer.text)


@pytest.mark.model
def test_amounts_counts_and_dates_asked_casually(engine: Engine) -> None:
    carrying = converse(engine, "who's gerrit vos", "how much is he carrying rn")
    assert "900 tonnes" in carrying.text, carrying.text
    schools = engine.answer("how many schools shut in the scottish teachers strike")
    assert "2,200" in schools.text, schools.text
    cost = engine.answer("what does the union say the 90 minutes would cost")
    assert "190 million pounds" in cost.text, cost.text
    again = converse(engine, "why did ines carvalho get banned", "when can she race again")
    assert "Oct. 6, 2027" in again.text, again.text
    payers = converse(
        engine, "whats south africas carbon tax gonna be by 2030", "who ends up paying the most"
    )
    assert "Eskom" in payers.text, payers.text


@pytest.mark.model
def test_a_companys_other_story_and_an_article_named_by_its_sales(engine: Engine) -> None:
    studio = engine.answer("what's been going on with that canadian game studio")
    titles = " ".join(c.title for c in studio.citations)
    assert "Overpass sells" in titles and "cut 410 jobs" in titles, studio.text
    first = engine.answer(
        "which came first, the carvalho world record article or the overpass sales one"
    )
    assert "12 June 2025" in first.text and "15 June 2025" in first.text, first.text


@pytest.mark.model
def test_the_story_quoting_someone_is_summarised(engine: Engine) -> None:
    summary = engine.answer("summarise the article that quotes morag keir")
    assert not summary.refused and "Scottish teachers" in summary.text, summary.text
    bye = converse(engine, "who's gerrit vos", "thanks, that's all for now")
    assert bye.text.startswith("You're welcome!"), bye.text
