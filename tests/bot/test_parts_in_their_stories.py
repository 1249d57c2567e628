"""Questions as readers typed them in ``kinds_bg`` and ``kinds_bh`` (held out last round, read at
the start of this one), through ``Engine.answer`` on the real model over the first corpus and ten
of their articles.

A two-part question or comparison over a pair of stories names each part's story by what it
reports ("in the compensation story", "in its record year"), by a moment of its subject ("at the
time of the court ruling", "when he got promoted") or by the year each was published ("osaka
record in 2025 vs 2026"). Each part is then read in its own story, asked without the words that
only pick that story; a part naming only a year the text tells ("what did it drop to in 2025")
takes the story the other part does not. A later part's "she" is whom the first part asks of
("how old was fiona macrae when ..."), and a comparison's side that is only a moment ("with when
he got promoted") asks the first side's thing then.

"The 24-year-old sekiwake won" gives the age of whom the headline names. In a conversation, "how
old is he" after an answer quoting one person's age ("chief executive Mikko Lehtonen, 49, told
Reuters") is answered by that sentence alone. A water "temp" is a temperature, in degrees; "how
high was the gas bill gonna go" and "how much rent" ask sums; "how much did oysters go up to" is
answered by "had risen from 24 dollars to 36 dollars"; what "broke" is told as a "failure"; a
price "for a ticket" need not say "ticket"; a "real name" is told as such.

"And wat was it before" asks the kind of the turn it follows ("whats the rent going up to": a
sum), not that of the conversation's first ("how old is cafe hofstetter"). "ok wat about hydra,
how much water can its desalination plant make a day" asks of Hydra, a subject the Lake Garda
story under discussion never names: a new topic.

"Has chile's supreme court frozen all brine pumping?" asks whether the court froze it: "court" is
part of whom it asks about, "frozen" the deed, which no sentence tells.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.compose import yes_no_deed
from bot.engine import Engine
from bot.question import about_then
from bot.retrieval import asked_kind, question_kind
from tests.bot.conftest import answer_lines, cited_stories, converse, engine_with

ARTICLES = [
    "kinds_bg/corpus/ryuseiho-ozeki-promotion.md",
    "kinds_bg/corpus/ryuseiho-knee-injury-withdrawal.txt",
    "kinds_bg/corpus/tamarugal-record-lithium-output.txt",
    "kinds_bg/corpus/tamarugal-tilopozo-water-ruling.html",
    "kinds_bg/corpus/tasmania-oyster-farms-poms-closures.txt",
    "kinds_bg/corpus/murano-furnaces-energy-prices.html",
    "kinds_bh/corpus/hebridean-dawn-ferry-delivered.txt",
    "kinds_bh/corpus/hebridean-dawn-breakdowns-compensation.html",
    "kinds_bh/corpus/saunava-record-export-year.md",
    "kinds_bh/corpus/saunava-estonia-move-job-cuts.txt",
    "kinds_bh/corpus/machu-picchu-daily-ticket-limits.txt",
    "kinds_bh/corpus/vienna-cafe-hofstetter-closing.html",
    "kinds_bh/corpus/lake-garda-low-water-level.txt",
    "kinds_bh/corpus/hydra-desalination-tanker-ships.txt",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    return engine_with(tmp_path_factory.mktemp("parts"), real_embedder, ARTICLES)


@pytest.mark.model
def test_each_part_is_read_in_the_story_its_words_name(engine: Engine) -> None:
    ages = engine.answer(
        "how old was fiona macrae when the hebridean dawn was delivered, and how old is she in "
        "the compensation story?"
    )
    first, second = answer_lines(ages)
    assert "Fiona Macrae, 52," in first
    assert "Fiona Macrae, 53," in second
    assert len(cited_stories(ages)) == 2

    revenue = engine.answer(
        "wat was saunavas revenue in its record year and wat did it drop to in 2025"
    )
    first, second = answer_lines(revenue)
    assert "184 million euros" in first
    assert "151 million euros" in second

    staff = engine.answer(
        "how many employees did tamarugal have when it posted the record profit, and how many "
        "does it have at the time of the court ruling?"
    )
    first, second = answer_lines(staff)
    assert "2,300 employees" in first
    assert "2,750 workers" in second


@pytest.mark.model
def test_a_side_that_is_a_moment_or_a_year_reads_its_own_story(engine: Engine) -> None:
    record = engine.answer("ryuseiho's osaka record in 2025 vs 2026?")
    first, second = answer_lines(record)
    assert "13-2 record" in first
    assert "14-1 record" in second

    weight = engine.answer("how does ryuseihos weight now compare with when he got promoted")
    assert not weight.refused
    assert "178 kilograms" in weight.text
    # the side "when he got promoted" is no longer refused: it is read in the promotion story
    assert "couldn't find" not in weight.text
    assert len(cited_stories(weight)) == 2


@pytest.mark.model
def test_an_age_given_as_the_n_year_old_and_asked_of_him(engine: Engine) -> None:
    made = engine.answer("how old was ryuseiho when he made ozeki")
    assert not made.refused
    assert "the 24-year-old sekiwake" in made.text

    chief = converse(engine, "whos running saunava now", "how old is he")
    assert not chief.refused
    assert "Mikko Lehtonen, 49," in chief.text
    assert "57" not in chief.text  # the shop steward's age, in another sentence


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how high was the murano glassmakers gas bill gonna go", "27,000 euros"),
        ("how much did a dozen east coast oysters go up to in hobart", "36 dollars"),
        ("wat broke on the hebridean dawn in july", "bow thruster"),
        ("what do peruvians pay for a ticket", "64 soles"),
        ("whats ryuseihos real name", "Kenta Moriyama"),
    ],
)
def test_what_casual_words_ask_is_told_in_the_story_words(
    engine: Engine, question: str, told: str
) -> None:
    answer = engine.answer(question)
    assert not answer.refused
    assert told in answer.text


@pytest.mark.model
def test_a_water_temp_is_told_in_degrees(engine: Engine) -> None:
    temperature = converse(
        engine,
        "how many oyster farms got shut down in tasmania",
        "wat water temp does the virus kick in at",
    )
    assert "21 degrees" in temperature.text


def test_temperatures_rent_and_bills_are_asked_in_their_kind() -> None:
    assert question_kind("what water temperature does the virus kick in at") == "number"
    assert question_kind("how high was the gas bill going to go") == "money"
    assert question_kind("how much rent does the landlord want now") == "money"
    # a height is still a height
    assert question_kind("how high did the lava fountains go") != "money"


def test_a_deed_after_has_is_its_participle_not_the_subjects_noun() -> None:
    _, deed = yes_no_deed(
        "has chile's supreme court frozen all brine pumping in the atacama",
        ["chile", "supreme", "atacama"],
    )
    assert deed == ("frozen",)


@pytest.mark.model
def test_a_deed_no_sentence_tells_is_refused(engine: Engine) -> None:
    frozen = engine.answer("has chile's supreme court frozen all brine pumping in the atacama?")
    assert frozen.refused


@pytest.mark.model
def test_a_follow_up_asks_the_kind_of_the_turn_before_and_what_about_names_a_topic(
    engine: Engine,
) -> None:
    before = converse(
        engine,
        "how old is cafe hofstetter",
        "whats the rent going up to",
        "and wat was it before",
    )
    assert "9,800 euros" in before.text
    assert "Hofstetter, 64," not in before.text  # an age, which the first turn asked

    hydra = converse(
        engine,
        "whats the water level at lake garda rn",
        "ok wat about hydra, how much water can its desalination plant make a day",
    )
    assert "2,400 cubic metres" in hydra.text
    assert "Garda" not in hydra.text


def test_what_about_names_the_subject_its_question_asks_of() -> None:
    assert about_then(
        "ok wat about hydra, how much water can its desalination plant make a day"
    ) == (
        "hydra",
        "how much water can hydra's desalination plant make a day",
    )
    assert about_then("what about hydra?") is None  # no question of its own: a follow-up
    joined = "how old is cafe hofstetter what is the rent going up to and what was it before"
    assert asked_kind("and what was it before", joined) == "money"
