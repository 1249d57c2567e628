"""Questions as readers typed them in ``kinds_aa`` and ``kinds_ab``, through ``Engine.answer`` on
the real model, over the first corpus, twelve articles of those sets, the Canadian Grand Prix
and two Sydney stories.

Each failed before this round's changes. A crowd asked about is a count of people ("the sell-out
crowd of 11,870"), and a comparison of crowds asks each side how big its crowd was. Crowns, and
an amount written "2.9 billion pound scheme", are money; a dividend is asked in money. What
someone earned is answered by "his cheque was worth ...". A yes/no question about a company no
article names is refused. "tix", "uni" and "xray" are chat words. "sent off vs como" names a
match. Lists are asked "where X comes up" and "anything to do with"; a publication date "what
date is the h&m ... article from". A follow-up of one word ("score?") asks what the score was. "hey
what can u actually do?" is a greeting, a sum is no question for news. A weekday is dated from the
article's date, every scorer of a match is listed, and an agency's story on a saved page is among
what that agency published. A market's "react" is its move, a figure in two years is asked of
each year, and a golf score is a total under par. "The piece out of sydney" is the story whose
dateline is Sydney.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from tests.bot.conftest import converse, engine_with

pytestmark = pytest.mark.model

ARTICLES = [
    "kinds_aa/corpus/ice-hockey-worlds-final-zurich.html",
    "kinds_aa/corpus/macintyre-masters-augusta.md",
    "kinds_aa/corpus/macintyre-scottish-open-win.txt",
    "kinds_aa/corpus/ashen-meridian-launch.html",
    "kinds_aa/corpus/smic-second-quarter-results.txt",
    "kinds_aa/corpus/renault-third-quarter-revenue.txt",
    "kinds_aa/corpus/renault-douai-electric-clio.html",
    "kinds_aa/corpus/maersk-suez-canal-return.md",
    "kinds_ab/corpus/hm-full-year-results.txt",
    "kinds_ab/corpus/hm-european-store-closures.md",
    "kinds_ab/corpus/como-coppa-italia-lazio.txt",
    "kinds_ab/corpus/smile-mission-launch.md",
    "kinds_ab/corpus/leeds-tram-route-plan.txt",
    "kinds_a/corpus/f1-canadian-gp.html",
    "kinds_k/corpus/rba-holds-cash-rate.txt",
    "kinds_k/corpus/australian-open-mens-final.html",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("crowds"), real_embedder, ARTICLES)


def test_a_crowd_is_answered_by_its_count(engine: Engine) -> None:
    answer = engine.answer("how big was the crowd at the hockey final in zurich")
    assert "11,870" in answer.text, answer.text
    turned_up = engine.answer("how many ppl turned up at the scottish open")
    assert "72,500" in turned_up.text, turned_up.text


def test_a_comparison_of_crowds_gives_each_crowd(engine: Engine) -> None:
    answer = engine.answer(
        "which had the bigger crowd, the hockey final in zurich or the scottish open"
    )
    assert "11,870" in answer.text, answer.text
    assert "72,500" in answer.text, answer.text


def test_what_someone_earned_is_the_cheque_they_got(engine: Engine) -> None:
    answer = engine.answer("how much did macintyre earn at augusta")
    assert not answer.refused, answer.text
    assert "$2.7 million" in answer.text, answer.text


def test_crowns_and_a_pound_scheme_are_money(engine: Engine) -> None:
    dividend = engine.answer("whats the h&m dividend gonna be")
    assert "6.80 crowns" in dividend.text, dividend.text
    sales = engine.answer("what were h&m's net sales and operating profit for the year")
    assert "231.4 billion crowns" in sales.text, sales.text
    tram = engine.answer("hw much is the leeds tram gonna cost")
    assert "2.9 billion pound" in tram.text, tram.text


def test_a_yes_no_question_about_a_company_no_article_names_is_refused(engine: Engine) -> None:
    assert engine.answer("is sony buying kestrel forge").refused
    assert engine.answer("is netflix making an ashen meridian show").refused
    won = engine.answer("did macintyre win the scottish open")
    assert not won.refused, won.text


def test_chat_words_for_tickets_university_and_x_ray(engine: Engine) -> None:
    tickets = engine.answer("how many tix did como get for the final in rome")
    assert "16,500" in tickets.text, tickets.text
    camera = engine.answer("which uni built the xray camera on smile")
    assert "University of Leicester" in camera.text, camera.text


def test_a_player_sent_off_against_a_team_is_one_fact(engine: Engine) -> None:
    answer = engine.answer("which lazio player got sent off vs como")
    assert "Marchetti" in answer.text, answer.text
    assert answer.kind == "fact"
    assert len(answer.text) <= 600


def test_lists_asked_where_a_name_comes_up(engine: Engine) -> None:
    answer = engine.answer("list the articles where xander schauffele comes up")
    assert answer.kind == "list"
    titles = {c.title for c in answer.citations}
    assert any("Masters" in t for t in titles), titles
    assert any("Scottish Open" in t for t in titles), titles
    formula = engine.answer("which articles have anything to do with formula one")
    assert formula.kind == "list"
    assert any("V8" in c.title for c in formula.citations), formula.text


def test_the_date_of_an_article_named_with_an_ampersand(engine: Engine) -> None:
    answer = engine.answer("what date is the h&m store closures article from")
    assert answer.kind == "when"
    assert "9 June 2026" in answer.text, answer.text


def test_a_one_word_follow_up_asks_for_that_attribute(engine: Engine) -> None:
    score = converse(engine, "who won the ice hockey worlds", "who'd they beat", "score?")
    assert "3-2" in score.text, score.text
    margin = converse(engine, "what was smic's revenue last quarter", "and their gross margin")
    assert not margin.refused, margin.text
    assert "21.4%" in margin.text, margin.text


def test_asking_what_the_bot_can_do_is_a_greeting_and_a_sum_is_refused(engine: Engine) -> None:
    for asked in ("hey what can u actually do?", "hello! what kinda stuff do u know about"):
        answer = engine.answer(asked)
        assert answer.kind == "greeting", (asked, answer.text)
        assert not answer.refused, (asked, answer.text)
    for asked in ("whats 15% of 240", "how many grams in a pound"):
        answer = engine.answer(asked)
        assert answer.refused, (asked, answer.text)
        assert not answer.citations, (asked, answer.text)


def test_a_weekday_is_dated_from_the_articles_date(engine: Engine) -> None:
    answer = engine.answer("what day was the canadian grand prix")
    assert "on Sunday" in answer.text, answer.text
    assert "24 May 2026" in answer.text, answer.text


def test_every_scorer_of_a_match_is_listed(engine: Engine) -> None:
    answer = engine.answer("who scored in the hockey world final")
    for scorer in ("Bedard", "Hischier", "Celebrini", "Josi"):
        assert scorer in answer.text, (scorer, answer.text)


def test_an_agencys_story_on_a_saved_page_is_among_what_it_published(engine: Engine) -> None:
    answer = engine.answer("what has reuters published")
    titles = [c.title for c in answer.citations]
    assert any("Renault" in t for t in titles), titles
    assert any("Pangu" in t for t in titles), titles
    assert not any("Rogan" in t for t in titles), titles


def test_a_markets_reaction_to_two_events_is_each_move(engine: Engine) -> None:
    answer = engine.answer("how did renault stock react to the douai news vs the q3 numbers")
    assert "2.3%" in answer.text, answer.text
    assert "6.2%" in answer.text, answer.text


def test_one_figure_in_two_years_is_asked_of_each_and_quoted_once(engine: Engine) -> None:
    answer = engine.answer("suez canal revenue 2023 vs 2024?")
    assert "$10.25 billion" in answer.text, answer.text
    assert answer.text.count("$10.25 billion") == 1, answer.text


def test_a_golf_score_is_a_total_under_par(engine: Engine) -> None:
    answer = engine.answer("what was the winning score at the scottish open")
    assert "17-under total of 263" in answer.text, answer.text


def test_the_piece_out_of_a_city_is_the_story_datelined_there(engine: Engine) -> None:
    answer = engine.answer("sum up the piece out of sydney")
    assert answer.kind == "summary"
    assert "cash rate" in answer.citations[0].title, answer.text
