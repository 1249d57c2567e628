"""Questions as readers typed them in ``kinds_am`` and ``kinds_an`` (held out last round, read
at the start of this one), through ``Engine.answer`` on the real model, over the first corpus
and eight articles of those sets.

Each failed before this round's changes. "Euro 2028" is a tournament, not an amount in euros;
"1.8 million Swiss francs" is an amount; "what share of its revenue" asks a part, not an amount;
"how many kilometres high" counts kilometres, and "30 kilometres an hour" is a speed; a club
called Racing is named by its own name; "how much per year" asks an amount; a trailing "how
much" repeats the question before it; two sides answered by the same sentence show it once;
"where was she speaking" is answered by the sentence that quoted her, which says where.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine
from bot.question import Kind, understand
from bot.retrieval import kind_match, question_kind
from tests.bot.conftest import converse, engine_with

pytestmark = pytest.mark.model

ARTICLES = [
    "kinds_am/corpus/nz-nurses-pay-deal.txt",
    "kinds_am/corpus/ashdown-racing-92-move.txt",
    "kinds_am/corpus/lewotobi-ash-bali-flights.txt",
    "kinds_an/corpus/hampden-park-naming-rights.txt",
    "kinds_an/corpus/simplon-pass-avalanche.txt",
    "kinds_an/corpus/korrin-trucks-first-half-results.txt",
    "kinds_an/corpus/rousseau-paris-diamond-league-record.html",
    "kinds_an/corpus/new-zealand-teachers-strike.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("amounts"), real_embedder, ARTICLES)


def test_what_counts_as_an_amount_a_share_and_a_height() -> None:
    worth = "how much is the naming deal worth in euros"
    assert kind_match("money", "It will not be used during Euro 2028.", worth) == 0.0
    assert kind_match("money", "The cost was about 1.8 million Swiss francs.", worth) == 1.0
    assert question_kind("what share of korrin's revenue came from germany") == "number"
    high = "how many kilometres high did the ash plume go"
    assert kind_match("number", "sending a column of ash 11 kilometres into the sky", high) == 1.0
    assert kind_match("number", "the plume was moving at about 30 kilometres an hour", high) < 1
    repeated = understand("does the federation pay anything for a national record? how much")
    assert repeated.kind is Kind.FACT, repeated


def test_an_amount_in_another_currency_is_refused(engine: Engine) -> None:
    euros = engine.answer("how much is the hampden naming deal worth in euros")
    assert euros.refused, euros.text
    yearly = engine.answer("how much per year is the hampden naming deal worth")
    assert "£3.4 million a year" in yearly.text, yearly.text
    clearing = engine.answer("how much is clearing the simplon pass gonna cost")
    assert "1.8 million Swiss francs" in clearing.text, clearing.text


def test_a_share_a_height_and_a_payer_named_racing(engine: Engine) -> None:
    share = engine.answer("wat share of korrin's revenue came from germany")
    assert "38%" in share.text, share.text
    plume = engine.answer("how many kilometers high did the ash plume go")
    assert "11 kilometres" in plume.text, plume.text
    fee = engine.answer("hw much are racing paying leicester to release ashdown early")
    assert "600,000 pounds" in fee.text, fee.text


def test_a_repeated_question_and_a_repeated_sentence(engine: Engine) -> None:
    bonus = engine.answer("does the french federation pay anything for a national record? how much")
    assert "5,000 euros" in bonus.text and bonus.text.count("[1]") == 1, bonus.text
    pay = engine.answer("how much more do nurses make in queensland vs nz")
    assert pay.text.count("about 25% more") == 1, pay.text
    assert pay.citations[0].quote.count("about 25% more") == 1, pay.citations


def test_where_someone_quoted_was_speaking(engine: Engine) -> None:
    answer = converse(engine, "who is the ppta president", "where was she speaking")
    assert "Wellington" in answer.text and not answer.refused, answer.text
