"""Questions typed as readers typed them in ``kinds_cc`` and ``kinds_cd`` (held out last round,
read at the start of this one), through ``Engine.answer`` on the real model over the first
corpus, fourteen of their articles and two of ``kinds_bq``.

Lists, dates and summaries are asked with the topic first and the asking after it ("alibaba
comes up where? all the articles pls", "kotor levy article - what day was it published?");
numbers are typed as people type them ("a 1000 litre qvevri", "an 8-euro levy"); a pay, a
closing or an age asked of someone the story does not tell it of is refused; and a later part
or follow-up leans on the first ("what's her new job", "n whats it now", "why'd it go up").
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, expand_abbreviations, understand
from bot.retrieval import kind_match
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_cc/corpus/bagan-balloon-season.txt",
    "kinds_cc/corpus/castelfidardo-accordion-energy-costs.txt",
    "kinds_cc/corpus/castelfidardo-accordion-us-order.html",
    "kinds_cc/corpus/jeju-haenyeo-heatwave-catch.txt",
    "kinds_cc/corpus/jeju-haenyeo-japan-export-deal.md",
    "kinds_cc/corpus/madeira-levada-walk-fee.md",
    "kinds_cc/corpus/plitvice-lakes-ticket-price.html",
    "kinds_cd/corpus/gijon-cider-festival-record-pour.txt",
    "kinds_cd/corpus/kakheti-qvevri-workshop-export-orders.md",
    "kinds_cd/corpus/kakheti-qvevri-workshop-landslide.txt",
    "kinds_cd/corpus/kazanlak-rose-oil-hail-harvest.txt",
    "kinds_cd/corpus/kazanlak-rose-oil-record-price.html",
    "kinds_cd/corpus/kotor-cruise-passenger-levy.html",
    "kinds_cd/corpus/nantucket-ferry-fare-rise.txt",
    "kinds_bq/corpus/oaxaca-mezcal-agave-shortage-fine.html",
    "kinds_bq/corpus/oaxaca-mezcal-export-deal.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("asked-as-typed"), real_embedder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind", "subject"),
    [
        ("alibaba comes up where? all the articles pls", Kind.CATALOGUE, "alibaba"),
        ("gimme all the stories that have reuters in them somewhere", Kind.CATALOGUE, "reuters"),
        ("huawei mentions?? which stories", Kind.CATALOGUE, "huawei"),
        (
            "formula one or cadillac, any articles w either",
            Kind.CATALOGUE,
            "formula one or cadillac",
        ),
        (
            "anything that talks about formula 1 or cadillac? list em",
            Kind.CATALOGUE,
            "formula 1 or cadillac",
        ),
        ("kotor levy article - what day was it published?", Kind.WHEN, "kotor levy"),
        (
            "how recent is the record rose oil price story, what date",
            Kind.WHEN,
            "record rose oil price",
        ),
        ("gijon cider record, when was that written up", Kind.WHEN, "gijon cider record"),
        ("which of these stories is the earliest, date-wise", Kind.WHEN, ""),
        ("adriatic ledger article in 3 sentences?", Kind.SUMMARY, "adriatic ledger"),
        (
            "mohammed rafiq is quoted somewhere, whats that article saying overall",
            Kind.SUMMARY,
            "mohammed rafiq",
        ),
        ("bulgarian rose oil - what do u have on it", Kind.OVERVIEW, "bulgarian rose oil"),
        ("what does madeiras trail booking thing run on", Kind.FACT, ""),
        ("any cap on numbers?", Kind.FACT, ""),
    ],
)
def test_topic_first_then_the_asking(question: str, kind: Kind, subject: str) -> None:
    asked = understand(question)
    assert asked.kind is kind
    assert asked.subject == subject


def test_amounts_typed_short_read_as_the_articles_write_them() -> None:
    known = {"4332", "14b"}.__contains__
    assert "like 80 billion" in expand_abbreviations("microsoft pouring, like 80b?", known)
    assert "a 1,000 litre qvevri" in expand_abbreviations("a 1000 litre qvevri", known)
    assert "gj 4332 b" in expand_abbreviations("what gas is on gj 4332 b", known)
    assert "qwen 2.5-14b" in expand_abbreviations("when did qwen 2.5-14b come out", known)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "was the salt mine piece published before or after the nantucket ferry one",
            ("salt mine piece", "nantucket ferry one"),
        ),
        (
            "the akureyri wool shortage one and the milford booking one came out the same month, "
            "which was first",
            ("akureyri wool shortage one", "milford booking one"),
        ),
        (
            "verdolini headcount before the cuts / after the new hires?",
            (
                "how many people does verdolini employ before the cuts",
                "how many people does verdolini employ after the new hires",
            ),
        ),
        (
            "georg gruber: how old was he when he announced the closures, and what's his role "
            "these days?",
            (
                "georg gruber: how old was he when he announced the closures",
                "georg gruber: what's his role these days",
            ),
        ),
        (
            "nantucket: how many people live there year round, how long is the slow ferry",
            (
                "nantucket: how many people live there year round",
                "nantucket: how long is the slow ferry",
            ),
        ),
        (
            "whats bhutans visitor target and by when",
            ("what is bhutans visitor target", "by when is the bhutans visitor target"),
        ),
        (
            "hado divers average age back in the heatwave, n whats it now after the new recruits",
            (
                "hado divers average age back in the heatwave",
                "what is it now after the new recruits",
            ),
        ),
    ],
)
def test_two_sides_or_parts_as_typed(question: str, parts: tuple[str, ...]) -> None:
    assert understand(question).parts == parts


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("andrea doherty from the steamship authority - age?", "how old is andrea doherty"),
        ("and wat did he win, money wise", "how much money did he win"),
        ("why'd it go up", "why did it go up"),
        ("and his age?", "how old is he"),
        ("wats it cost to drive into the park", "what does it cost to drive"),
    ],
)
def test_chat_wordings_read_plainly(question: str, read: str) -> None:
    assert read in understand(question).text


def test_a_share_asked_beside_short_time_work_is_no_race_time() -> None:
    question = (
        "what share of verdolini's sales came from the united states when it announced the "
        "short-time work?"
    )
    sentence = "The United States is its largest foreign market, with about 22% of sales."
    assert kind_match("number", sentence, question) == 1.0


@pytest.mark.model
def test_numbers_as_people_type_them(engine: Engine) -> None:
    qvevri = engine.answer("wat does a 1000 litre qvevri cost these days")
    assert "4,200 lari" in qvevri.text
    levy = engine.answer("how much do cruise passengers pay to get off in kotor now")
    assert "8-euro levy" in levy.text


@pytest.mark.model
def test_what_the_story_does_not_tell_is_refused(engine: Engine) -> None:
    assert engine.answer("andrea doherty from the steamship authority - age?").refused
    assert engine.answer("how much do balloon pilots in bagan get paid").refused
    assert engine.answer("is the accordion museum in castelfidardo closing down").refused
    assert engine.answer("whats the weather in kotor this weekend").refused


@pytest.mark.model
def test_dates_lists_and_overviews_topic_first(engine: Engine) -> None:
    day = engine.answer("kotor levy article - what day was it published?")
    assert "8 April 2026" in day.text
    order = engine.answer(
        "was the kotor levy piece published before or after the nantucket ferry one"
    )
    assert "8 April 2026" in order.text
    assert "27 January 2026" in order.text
    reuters = engine.answer("gimme all the stories that have reuters in them somewhere")
    assert not reuters.refused
    assert "Hail and late frost wreck Kazanlak rose harvest" in reuters.text
    rose = engine.answer("bulgarian rose oil - what do u have on it")
    assert len(cited_stories(rose)) == 2
    assert "Zlatna Roza" in rose.text


@pytest.mark.model
def test_later_parts_and_follow_ups_lean_on_the_first(engine: Engine) -> None:
    job = engine.answer(
        "how old was chiara verdolini in the energy bill story, and what's her new job"
    )
    first, then = answer_lines(job)[:2]
    assert "33" in first
    assert "will become chief executive" in then
    staff = engine.answer("verdolini headcount before the cuts / after the new hires?")
    first, then = answer_lines(staff)[:2]
    assert "64 workers" in first
    assert "workforce to 62" in then
    age = engine.answer(
        "hado divers average age back in the heatwave, n whats it now after the new recruits"
    )
    first, then = answer_lines(age)[:2]
    assert "average age is 71" in first
    assert "dropped to 68" in then
    why = converse(
        engine,
        "hows much is a bagan balloon flight this season",
        "wat was it last season",
        "why'd it go up",
    )
    assert "propane" in why.text
    cap = converse(
        engine, "whats plitvice gonna charge for a summer ticket next yr", "any cap on numbers?"
    )
    assert "12,000" in cap.text
    year = converse(
        engine,
        "how many litres of mezcal did tres cerros make b4 the shortage, in 2022",
        "and in 2025?",
    )
    assert "52,000 litres of mezcal in 2025" in year.text
