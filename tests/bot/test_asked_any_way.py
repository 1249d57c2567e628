"""Questions typed as readers typed them in ``kinds_cg`` and ``kinds_ch`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus and eleven of their articles.

A list is asked in words no pattern lists ("huawei mentioned anywhere? which stories", "name
every story where joe rogan comes up", "where does reuters show up as a source"): a word saying
a name turns up, a word asking for every article and a name the articles use make it one. A
pair of stories is found though the question never says the name their headlines share ("how
many slow boats did the association have then, and how many today"), and one thing is compared
"between the two stories" or "from the first article to the second". A name kept back keeps
back no number, a title in quotes is what something is called, and "reselling" is not a typo.
A publication date is asked "what day did the kyoto ledger run the saiho-ji piece" or
"publish date?"; "what %" asks a share, and a fine in lek is an amount.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, Speller, understand
from bot.retrieval import kind_match, question_kind
from tests.bot.conftest import answer_lines, cited_stories, engine_with

ARTICLES = [
    "kinds_cg/corpus/shetland-fair-isle-knitwear-prices.txt",
    "kinds_cg/corpus/shetland-fair-isle-knitwear-young-members.md",
    "kinds_cg/corpus/kyoto-saihoji-moss-temple-reservations.html",
    "kinds_cg/corpus/giants-causeway-visitor-centre-fee.html",
    "kinds_cg/corpus/socotra-dragons-blood-trees-survey.txt",
    "kinds_cg/corpus/azores-gorreana-tea-estate.md",
    "kinds_ch/corpus/luang-prabang-slow-boat-fares.txt",
    "kinds_ch/corpus/luang-prabang-slow-boat-night-market.md",
    "kinds_ch/corpus/burano-lace-school-enrolment.txt",
    "kinds_ch/corpus/burano-lace-school-new-head.html",
    "kinds_ch/corpus/vltava-rafting-cesky-krumlov.txt",
    "kinds_cg/corpus/zarnesti-bear-sanctuary-visitor-fee.html",
    "kinds_cg/corpus/zarnesti-bear-sanctuary-new-director.txt",
    "kinds_ch/corpus/ohrid-pearl-makers.txt",
    "kinds_ch/corpus/alberobello-trulli-rentals.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("asked-any-way"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("huawei mentioned anywhere? which stories", "huawei"),
        ("name every story where joe rogan comes up", "joe rogan"),
        ("where does reuters show up as a source", "reuters"),
        ("where does huawei come up? all of them pls", "huawei"),
        ("which stories are related to huawei", "huawei"),
        ("gimme all the formula 1 related articles", "formula 1"),
    ],
)
def test_a_list_asked_in_any_words(question: str, subject: str) -> None:
    asked = understand(question)
    assert asked.kind is Kind.CATALOGUE
    assert asked.subject == subject


@pytest.mark.parametrize(
    "question",
    [
        "why r so many americans suddenly rafting the vltava",
        "where does the drift ice show up first",
        "when did the formula one team first appear at silverstone",
    ],
)
def test_a_fact_with_a_mention_word_stays_a_fact(question: str) -> None:
    assert understand(question).kind is Kind.FACT


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        (
            "luang prabang night market stalls, went up or down between the two stories?",
            "luang prabang night market stalls",
        ),
        (
            "venice's yearly money for the lace school, did it go up from the first article to "
            "the second",
            "venice's yearly money for the lace school",
        ),
    ],
)
def test_one_thing_compared_between_two_stories(question: str, thing: str) -> None:
    asked = understand(question)
    assert asked.kind is Kind.COMPARE
    assert asked.parts == (f"{thing} back then", f"{thing} now")


def test_an_english_word_with_a_prefix_is_no_typo() -> None:
    speller = Speller(["selling", "sold", "people"], lambda: {"reel": 4, "resold": 1})
    assert speller.correct("reselling") == "reselling"
    assert speller.correct("reeeling") == "reel"


@pytest.mark.model
def test_lists_asked_in_any_words(engine: Engine) -> None:
    rogan = engine.answer("name every story where joe rogan comes up")
    titles = " ".join(c.title for c in rogan.citations)
    assert "Giant's Causeway" in titles
    assert "Socotra" in titles
    huawei = engine.answer("huawei mentioned anywhere? which stories")
    assert not huawei.refused
    assert len(cited_stories(huawei)) >= 2
    f1 = engine.answer("gimme all the formula 1 related articles")
    assert "Young knitters" in " ".join(c.title for c in f1.citations)


@pytest.mark.model
def test_facts_a_kept_back_name_or_a_typo_check_no_longer_refuse(engine: Engine) -> None:
    hats = engine.answer("how many hats did that f1 team order from the shetland knitters")
    assert "40 hats" in hats.text
    role = engine.answer("whats ina leasks new job called")
    assert "master in residence" in role.text
    resold = engine.answer("how much were ppl reselling the kokedera postcard replies for")
    assert "30,000 yen" in resold.text


@pytest.mark.model
def test_then_and_now_across_a_pair_of_stories(engine: Engine) -> None:
    boats = engine.answer(
        "how many slow boats did the association have when the fare went to 350k kip, "
        "and how many does it have today"
    )
    then, now = answer_lines(boats)[:2]
    assert "64" in then
    assert "71" in now
    assert len(cited_stories(boats)) == 2
    heads = engine.answer("who ran the slow boat association in jan 2025; who runs it now")
    then, now = answer_lines(heads)[:2]
    assert "Khamphanh Sisouk" in then
    assert "Bounmy Chanthavong" in now
    students = engine.answer("burano lace school student count in the 2025 story and how many now")
    assert "26 students" in answer_lines(students)[1]


@pytest.mark.model
def test_one_thing_between_the_two_stories_of_a_pair(engine: Engine) -> None:
    stalls = engine.answer(
        "luang prabang night market stalls, went up or down between the two stories?"
    )
    assert "300 stalls" in answer_lines(stalls)[0]
    assert "420 stalls" in answer_lines(stalls)[1]
    assert len(cited_stories(stalls)) == 2
    money = engine.answer(
        "venice's yearly money for the lace school, did it go up from the first article to "
        "the second"
    )
    assert "60,000 euros" in answer_lines(money)[0]
    assert "95,000 euros" in answer_lines(money)[1]
    piece = engine.answer(
        "how does a small burano lace piece price now stack up against a year before"
    )
    assert "1,200 euros" in piece.text
    assert "900" in piece.text


@pytest.mark.parametrize(
    "question",
    [
        "what day did the kyoto ledger run the saiho-ji piece",
        "when did afp file the story about the bears from the closed zoos",
        "gorreana tea article - publish date?",
        "icebreaker story or moss temple story, which one's older?",
    ],
)
def test_a_publication_date_asked_in_any_words(question: str) -> None:
    assert understand(question).kind is Kind.WHEN


def test_a_share_and_an_amount_in_any_currency() -> None:
    assert question_kind("what % of the lace in burano shops is machine made") == "number"
    fine = "Using metal sheeting on a listed house is punishable by a fine of up to 500,000 lek."
    assert kind_match("money", fine, "whats the fine for metal sheets on a listed house") == 1.0
    assert kind_match("money", "The fine was raised last year.", "whats the fine") == 0.0


@pytest.mark.model
def test_dates_and_shares_asked_in_passing(engine: Engine) -> None:
    gorreana = engine.answer("gorreana tea article - publish date?")
    assert "10 July 2025" in gorreana.text
    kyoto = engine.answer("what day did the kyoto ledger run the saiho-ji piece")
    assert "25 February 2026" in kyoto.text
    lace = engine.answer("wat % of the lace in burano shops is machine made")
    assert "90%" in lace.text


@pytest.mark.parametrize(
    ("question", "kind", "parts"),
    [
        (
            "how many basalt columns r there / when did it become a unesco site",
            Kind.MULTI,
            ("how many basalt columns are there", "when did it become a unesco site"),
        ),
        (
            "staff count at poiana ursului before + after the expansion",
            Kind.COMPARE,
            (
                "staff count at poiana ursului before the expansion",
                "staff count at poiana ursului after the expansion",
            ),
        ),
        (
            "is gorreana's harvest this year expected to beat last year's",
            Kind.COMPARE,
            ("gorreana's harvest this year", "gorreana's harvest last year"),
        ),
        (
            "did kasku lose more money in 2025 than in 2024?",
            Kind.COMPARE,
            ("how much money did kasku lose in 2025", "how much money did kasku lose in 2024"),
        ),
        (
            "were there more or fewer rescues on madeira trails last yr than the yr before",
            Kind.COMPARE,
            (
                "how many rescues on madeira trails were there last year",
                "how many rescues on madeira trails were there the year before",
            ),
        ),
    ],
)
def test_parts_joined_in_any_words(question: str, kind: Kind, parts: tuple[str, ...]) -> None:
    asked = understand(question)
    assert asked.kind is kind
    assert asked.parts == parts


@pytest.mark.model
def test_years_and_leaders_across_a_pair(engine: Engine) -> None:
    heads = engine.answer("who ran the bear sanctuary back in 2025 and who's the boss there now?")
    then, now = answer_lines(heads)[:2]
    assert "Ioana Mureșan" in then
    assert "Mihai Constantin" in now
    sales = engine.answer("shetland co-op sales 2024 vs 2025, how do they stack up")
    assert "£212,000" in answer_lines(sales)[0]
    assert "£298,000" in answer_lines(sales)[1]
    assert len(cited_stories(sales)) == 2
    causeway = engine.answer("how many basalt columns r there / when did it become a unesco site")
    assert "40,000" in causeway.text
    assert "1986" in causeway.text
    harvest = engine.answer("is gorreana's harvest this year expected to beat last year's")
    assert "45 tonnes" in harvest.text
    assert "42 tonnes" in harvest.text


@pytest.mark.model
def test_advice_asked_of_the_bot_is_refused(engine: Engine) -> None:
    docker = engine.answer("my docker container keeps exiting with code 137, what do i do")
    assert docker.refused


@pytest.mark.model
def test_what_remains_and_a_figure_against_a_year(engine: Engine) -> None:
    pearls = engine.answer("ohrid pearl workshops: how many left, how many back in the 80s")
    assert "Fewer than 10 workshops" in pearls.text
    assert "about 30 in the 1980s" in pearls.text
    trullo = engine.answer("trullo price per square metre now compared to 2016?")
    assert "3,800 euros per square metre" in trullo.text
    assert "2016" in trullo.text
