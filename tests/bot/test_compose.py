"""Answer composition and citation checks on hand-made evidence (no model, no store)."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from bot.answers.fact import dated
from bot.compose import (
    MAX_ANSWER_CHARS,
    _fit,
    compose_answer,
    select_sentences,
    unanswered,
    yes_no_deed,
)
from bot.generate import supports, verify_reply
from bot.models import Answer, Citation, Turn
from bot.retrieval import (
    Evidence,
    Retrieval,
    expand_with_history,
    is_byline,
    score_unsaid,
    without_names,
)
from ingest.keywords import SentenceRow
from ingest.models import StoredArticle

ARTICLE = StoredArticle(
    "a1", "Club wins the cup, coach says", "Gazette", "2025-05-01", None, "a.txt", "h", 2
)


def evidence(text: str, score: float, index: int = 0, kind: float = 1.0) -> Evidence:
    row = SentenceRow(f"a1:h:s{index}", "a1", 0, index, 0, 0, text, np.zeros(4, np.float32))
    return Evidence(
        row,
        ARTICLE,
        dense=0.8,
        context=0.7,
        coverage=0.9,
        title=0.0,
        specific=0.9,
        kind=kind,
        missing=0.0,
        lead=float(index == 0),
        score=score,
    )


def test_answer_markers_match_citations_and_quotes_are_verbatim() -> None:
    items = (evidence("Jane Roe coaches the club.", 2.0, 3), evidence("The club won 3-1.", 1.9, 4))
    answer = compose_answer("Who coaches the club?", Retrieval("q", (), 0.0, items), 0.0)
    assert answer.text == "Jane Roe coaches the club. [1] The club won 3-1. [1]"
    assert [c.n for c in answer.citations] == [1]
    assert "Jane Roe coaches the club." in answer.citations[0].quote


def test_a_title_brings_the_lead_sentence() -> None:
    title = evidence(ARTICLE.title, 2.0, -1)
    lead = evidence("Coach Jane Roe said the final was hard.", 1.2, 0)
    other = evidence("Fans celebrated all night.", 1.9, 5)
    far = evidence("The stadium holds 40,000 people.", 0.5, 7)
    assert select_sentences([title, other, lead, far]) == [title, lead, other]


def test_answers_stay_within_the_limit_with_three_sentences() -> None:
    items = [evidence(f"Sentence {i} " + "word " * 45 + ".", 2.0 - i / 100, i) for i in range(4)]
    chosen = select_sentences(items)
    assert len(chosen) == 2
    assert sum(len(e.sentence.text) for e in chosen) <= MAX_ANSWER_CHARS


def test_low_support_refuses() -> None:
    items = (evidence("Jane Roe coaches the club.", 2.0),)
    answer = compose_answer("Who coaches the club?", Retrieval("q", (), 0.0, items), 0.999)
    assert answer.refused and answer.citations[0].quote == ""


def test_long_answers_are_trimmed_without_cutting_a_marker() -> None:
    text = " ".join(["word"] * 200) + " [1]"
    fitted = _fit(text)
    assert len(fitted) <= MAX_ANSWER_CHARS
    assert fitted.endswith("… [1]")
    assert re.findall(r"\[\d+\]", fitted) == ["[1]"]


def test_follow_up_borrows_the_previous_subject() -> None:
    history = [Turn("Tell me about Qwen 2.5-14B")]
    assert "Qwen" in expand_with_history("When was it released?", history)
    own_subject = "Who is the FIA president of Formula One?"
    assert expand_with_history(own_subject, history) == own_subject
    chain = [*history, Turn("Which devices can it be deployed on?")]
    assert "Qwen" in expand_with_history("Who developed it?", chain)


def test_a_follow_up_phrase_takes_the_place_of_the_one_it_answers() -> None:
    history = [Turn("how much is the xiaomi 17 ultra in europe")]
    assert (
        expand_with_history("and in the uk?", history)
        == "how much is the xiaomi 17 ultra in the uk"
    )
    # Nothing to take the place of: the follow-up joins the question.
    assert expand_with_history("and for the pro?", history) == (
        "how much is the xiaomi 17 ultra in europe and for the pro?"
    )


def test_support_check_needs_words_and_numbers() -> None:
    passage = "The company cut approximately 9,000 jobs last week."
    assert supports("The company cut 9,000 jobs last week", passage)
    assert not supports("The company cut 12,000 jobs last week", passage)
    assert not supports("Profits doubled at the company", passage)


def test_verify_reply_drops_unknown_and_unsupported_citations() -> None:
    passages = [
        evidence("The club won 3-1 on Saturday.", 1.0, 1),
        evidence("Jane Roe coaches the club.", 1.0, 2),
    ]
    checked = verify_reply(
        "q",
        "Jane Roe coaches the club [2][9]. The club won 3-1 on Saturday [2]. Aliens [9].",
        passages,
    )
    assert checked is not None
    text, citations = checked
    assert text == "Jane Roe coaches the club. [1]"
    assert [(c.n, c.quote) for c in citations] == [(1, "Jane Roe coaches the club.")]
    assert verify_reply("q", "NOT FOUND", passages) is None


def test_the_question_without_its_names_keeps_what_is_asked() -> None:
    stripped = without_names("How many people went to the Vegas GP?", ["vegas", "gp"])
    assert stripped == "How many people went to the"
    assert without_names("Huawei's Pangu?", ["huawei", "pangu"]) == "Huawei's Pangu?"


def test_page_furniture_is_told_from_short_statements() -> None:
    assert is_byline("Published: Friday 15 August 2025.")
    assert is_byline("By Tom Ashdown, 24 November 2026.")
    assert is_byline("Earnings.")  # a section label inside <article>
    assert not is_byline("Attendance: 41,873.")
    assert not is_byline("Arsenal have never won the Champions League.")


def test_a_sentence_saying_the_figure_is_not_disclosed_answers_nothing() -> None:
    items = (
        evidence("Goalhanger did not disclose the fee for the World Cup shows.", 2.0, 3),
        evidence("The shows were watched 40 million times.", 1.2, 4),
    )
    answer = compose_answer(
        "how much did netflix pay goalhanger for the shows?", Retrieval("q", (), 0.0, items), 0.0
    )
    assert answer.refused, answer.text


def test_a_price_asked_with_what_price_needs_an_amount() -> None:
    items = (evidence("Microsoft will take 1.4 gigawatts of power from three units.", 2.0, 3),)
    answer = compose_answer(
        "what price per megawatt hour is microsoft paying?", Retrieval("q", (), 0.0, items), 0.0
    )
    assert answer.refused, answer.text


@pytest.mark.parametrize(
    ("asked", "subject", "deed"),
    [
        ("is byd in talks to build a car plant in spain", ("byd",), ("talks",)),
        ("is byd going to build a plant in spain", ("byd",), ("build",)),
        ("when is stella li stepping down", ("stella",), ("stepping",)),
        ("when is the next meeting", (), ()),
        ("is pangu the first model", (), ()),
        # what is theirs, and what it is doing: both must be said of them
        ("is natwest's chairman stepping down", ("natwest",), ("chairman", "stepping")),
        # a name with its article, and the noun of its name before the deed
        ("is the fenlight festival moving to four days", ("fenlight",), ("moving",)),
        # "anything" is no deed
        ("is big tech doing anything about its carbon footprint", (), ()),
    ],
)
def test_a_deed_asked_about_is_read_from_the_question(
    asked: str, subject: tuple[str, ...], deed: tuple[str, ...]
) -> None:
    names = ["byd", "spain", "stella", "li", "pangu", "natwest", "fenlight", "big"]
    assert yes_no_deed(asked, names) == (subject, deed)


def test_what_was_priced_may_be_written_another_way_but_must_be_there() -> None:
    asked = "how much did us tariffs cost inditex"
    duties = evidence("He said U.S. customs duties had cost the company 140 million euros.", 2.0)
    shares = evidence("Shares in Inditex rose 3.2% to 51.80 euros by midday.", 2.0)
    assert unanswered(asked, [duties]) is None
    assert unanswered(asked, [shares]) == "tariffs"


def test_an_attribute_of_a_name_with_an_apostrophe_must_be_there() -> None:
    prize = evidence("O'Ward won $4.1 million from a record purse for McLaren.", 2.0)
    assert unanswered("whats pato o'ward's salary at mclaren", [prize]) == "salary"


def test_a_deputy_is_not_the_one_they_stand_in_for() -> None:
    governor = evidence("Central bank governor Gabriel Galipolo said rates would stay high.", 2.0)
    assert unanswered("who is the deputy governor of the central bank", [governor]) is not None
    assert unanswered("who is the governor of the central bank", [governor]) is None


def test_a_sentence_about_another_years_edition_does_not_answer_for_this_one() -> None:
    earlier = evidence("The 2025 festival was headlined by The 1975 and Neil Young.", 2.0)
    assert unanswered("who is headlining glastonbury 2027", [earlier]) == "2027"
    assert unanswered("who headlined glastonbury 2025", [earlier]) is None


def test_someones_next_thing_needs_a_sentence_about_what_is_ahead() -> None:
    done = evidence("In February it unveiled Majorana 1, a chip with eight qubits.", 2.0)
    assert unanswered("what's microsoft's next quantum chip called", [done]) == "next"
    planned = evidence("Microsoft plans a second quantum chip, Majorana 2, in 2027.", 2.0)
    assert unanswered("what's microsoft's next quantum chip called", [planned]) is None
    assert unanswered("what's next for microsoft", [done]) is None  # "'s" here is "is"


def test_a_score_asked_needs_a_score() -> None:
    future = "Scotland's next matches are two Tests in Argentina in July, in Buenos Aires."
    played = "Scotland survived a late fightback to win 31-24 at Murrayfield."
    asked = "what was the score when scotland played argentina in buenos aires"
    assert score_unsaid(asked, [future])
    assert not score_unsaid(asked, [played])
    assert not score_unsaid("who won when scotland played argentina", [future])


def test_another_numbered_thing_in_the_headline_answers_nothing_for_this_one() -> None:
    line = evidence("The line would carry about 300,000 passengers a day.", 2.0)
    seven = replace(line, article=replace(ARTICLE, title="Metro Line 7 opens"))
    assert unanswered("how many passengers a day does line 8 carry", [seven]) == "line 8"
    assert unanswered("how many passengers a day does line 7 carry", [seven]) is None


def test_an_amount_asked_in_a_places_own_currency_must_be_in_it() -> None:
    pounds = evidence("The deal values the company at about 2.4 billion pounds.", 2.0)
    assert unanswered("how much is the deal worth in singapore dollars", [pounds]) is not None
    assert unanswered("how much is the deal worth in pounds", [pounds]) is None


def test_a_hyphenated_attribute_meets_its_one_word_spelling() -> None:
    profit = evidence("Pretax profit rose to 186.4 million pounds from 166.2 million.", 2.0)
    assert unanswered("what was oakhurst's pre-tax profit last year", [profit]) is None
    assert unanswered("what was oakhurst's after-tax profit", [profit]) == "after-tax"


def test_a_figure_takes_its_year_from_the_sentence_before() -> None:
    told = evidence("Alongside the exit, Gobbl reported its 2025 results.", 2.0, index=0)
    revenue = evidence("Revenue rose 17% to 1.31 billion euros, the most since 2021.", 2.0, 1)
    after = replace(revenue, previous=told.sentence)
    assert unanswered("what was gobbl's revenue for 2025", [after]) is None
    assert unanswered("what was gobbl's revenue for 2025", [revenue]) == "2025"
    # the year a figure is compared with is not its own
    against = evidence("Revenue rose 17% to 1.31 billion euros, against a loss in 2024.", 2.0, 1)
    assert unanswered("what was gobbl's revenue for 2025", [against]) is None


def test_a_deed_asked_as_done_reads_a_verb_right_after_its_subject() -> None:
    names = ("germany", "locarno")
    assert yes_no_deed("when did germany restart its reactors", names) == (
        ("germany",),
        ("restart",),
    )
    assert yes_no_deed("when did locarno hand out the golden leopard", names) == ((), ())


def test_a_successor_still_searched_for_is_no_answer_to_who_will_replace() -> None:
    search = evidence("Chairman Neil Ashby said the board had begun a search for a new CEO.", 2.0)
    named = evidence("The board named finance director Graham Tully chief executive.", 2.0)
    assert unanswered("who will replace fiona marr as ceo", [search]) == "successor"
    assert unanswered("who will replace fiona marr as ceo", [named]) is None


def test_a_round_asked_by_its_order_must_be_the_one_quoted() -> None:
    last = evidence("Ferreyra closed with a 65, having parred it the first time round.", 2.0)
    opening = evidence("Ferreyra opened with a 64 in the first round on Thursday.", 2.0)
    asked = "what did ferreyra shoot in the first round"
    assert unanswered(asked, [last]) == "first round"
    assert unanswered(asked, [opening]) is None
    assert unanswered("what did he shoot in the final round", [last]) == "final round"


def test_a_when_answer_reporting_a_deed_just_done_gets_the_storys_date() -> None:
    cited = Citation(1, "a1", "Kerbrat wins", "Gazette", "2026-11-03", None, "Kerbrat has won.")
    done = Answer("when did kerbrat win", "Kerbrat has won the prize. [1]", False, (cited,), 0.9)
    assert "dated 3 November 2026" in dated(done, "when did kerbrat win").text
    timed = replace(cited, quote="Kerbrat has won the prize, first given in 1903.")
    told = replace(done, citations=(timed,))
    assert dated(told, "when did kerbrat win").text == told.text


def test_who_will_replace_someone_needs_a_sentence_saying_so() -> None:
    other = evidence(
        "Oliver Bearman will race for Ferrari, replacing champion Lewis Hamilton.", 2.0
    )
    assert unanswered("who will replace bearman at haas", [other]) == "successor"
    assert unanswered("who will replace hamilton at ferrari", [other]) is None
    later = evidence("Wolff said Mercedes would name a new reserve driver later this year.", 2.0)
    assert unanswered("who is mercedes' new reserve driver", [later]) == "successor"
