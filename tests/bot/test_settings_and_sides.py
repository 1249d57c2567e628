"""Questions as readers typed them in ``kinds_o`` … ``kinds_t``, through ``Engine.answer`` on the
real model, over the first corpus and twelve articles of ``kinds_o`` … ``kinds_t``.

Each failed before this round's changes: an HTML page dated only in its JSON-LD (the text
extraction guessed 1 January of a year the story mentions); one question asked of two settings
("against england and in the final"), of two places ("2nd and 3rd") or of two figures ("revenue
and adjusted profit"); a comparison whose second side leaves out what is compared ("the crowds at
the EuroLeague final and the Melbourne Cup"); a turn that says it changes the subject; who leads
something, asked as "who runs" or "whos X's coach"; who founded a company, said by "co-founders"
in a sentence naming it only as "the company"; and a score asked for among sentences full of
other numbers.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from tests.bot.conftest import converse, engine_with

pytestmark = pytest.mark.model

ARTICLES = [
    "kinds_o/corpus/huawei-nova-15-europe.html",
    "kinds_p/corpus/qantas-project-sunrise.md",
    "kinds_p/corpus/night-watch-reopens.html",
    "kinds_p/corpus/six-nations-england-ireland.html",
    "kinds_p/corpus/champions-cup-final-bilbao.md",
    "kinds_q/corpus/microsoft-sales-job-cuts.txt",
    "kinds_r/corpus/melbourne-cup-sakura-tempest.md",
    "kinds_r/corpus/euroleague-final-four-athens.html",
    "kinds_r/corpus/thead-star-market-ipo.txt",
    "kinds_r/corpus/pop-mart-labubu-results.txt",
    "kinds_s/corpus/zheng-china-open-title.txt",
    "kinds_t/corpus/goalhanger-podcast-results.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("settings"), real_embedder, ARTICLES)


def test_a_page_dated_only_in_its_json_ld_gives_that_date(engine: Engine) -> None:
    answer = engine.answer("when was the nova 15 europe article published")
    assert "18 September 2025" in answer.text, answer.text


def test_one_question_of_two_settings_answers_both(engine: Engine) -> None:
    answer = engine.answer(
        "how many points did prendergast kick against england and in the champions cup final"
    )
    assert "12 points" in answer.text and "14 points" in answer.text, answer.text
    titles = " ".join(c.title for c in answer.citations)
    assert "27-20" in titles and "Champions Cup" in titles, titles


def test_two_places_of_one_result_are_both_named(engine: Engine) -> None:
    answer = engine.answer("who finished 2nd and 3rd in the melbourne cup")
    assert "Galway Lantern" in answer.text and "Harbour Sovereign" in answer.text, answer.text


def test_the_second_side_of_a_comparison_is_asked_what_the_first_is(engine: Engine) -> None:
    answer = engine.answer("compare the crowds at the euroleague final and the melbourne cup")
    assert "18,412" in answer.text and "91,527" in answer.text, answer.text


def test_a_turn_that_changes_the_subject_leaves_the_story_discussed(engine: Engine) -> None:
    answer = converse(
        engine,
        "how long will the qantas sydney to london nonstop take",
        "ok diff topic, what are rijksmuseum tickets going up to",
    )
    assert "€27.50" in answer.text, answer.text
    assert all("Night Watch" in c.title for c in answer.citations)


def test_who_runs_a_company_is_answered_by_the_title_the_story_gives(engine: Engine) -> None:
    answer = engine.answer("who runs t-head")
    assert not answer.refused and answer.text.startswith("T-Head President Qi Hong"), answer.text


def test_two_figures_of_one_subject_are_both_asked(engine: Engine) -> None:
    answer = engine.answer("what were pop mart's first-half revenue and adjusted profit")
    assert len(answer.text.split("\n")) == 2, answer.text
    assert "Adjusted net profit rose 71% to 8.2 billion yuan" in answer.text, answer.text


def test_the_score_of_a_final_is_answered_by_the_score(engine: Engine) -> None:
    answer = engine.answer("wat was the score in the leinster toulouse final")
    assert "24-19" in answer.text, answer.text


def test_whose_coach_is_answered_by_the_coach(engine: Engine) -> None:
    answer = engine.answer("whos zheng qinwens coach")
    assert "Pere Riba" in answer.text, answer.text


def test_who_founded_a_company_is_answered_by_its_co_founders(engine: Engine) -> None:
    answer = engine.answer("who founded goalhanger")
    assert "Gary Lineker and Tony Pastor" in answer.text, answer.text
