"""Each kind of question through ``Engine.answer``, on the real model and store.

``corpus_engine`` holds the first corpus (four articles on one saved page, none dated);
``kinds_engine`` adds the dated articles of ``tests/eval/fresh`` and ``tests/eval/kinds_a``
(17 articles: two Microsoft layoff stories, two F1 stories, two Huawei stories, a central bank
rate cut, ...), ingested once per session.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from bot import cli
from bot.engine import Engine
from bot.models import Answer, Conversation, Turn
from tests.bot.conftest import CORPUS, bot_settings

pytestmark = pytest.mark.model

EVAL = Path(__file__).resolve().parents[1] / "eval"
MS_DAILY_MAIL = "Microsoft boss offers callous advice"
MS_MAY = "Microsoft to cut about 6,000 jobs"
ROGAN_GOD = "Joe Rogan flips the God debate"
ROGAN_JOBS = "Joe Rogan grills economist"
HUAWEI_PANGU = "Huawei's AI lab denies"
HUAWEI_PURA = "Huawei launches Pura 90"
F1_V8 = "F1 could return to V8 engines"
F1_CANADA = "Norris holds off Leclerc"
CHESS = "Okafor outlasts Lindqvist"
BATTERY = "Voltaris opens £1.4bn battery gigafactory"
BANK = "Bank of Canada cuts policy rate"


@pytest.fixture(scope="session")
def kinds_engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    root = tmp_path_factory.mktemp("kinds")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    for folder in (EVAL / "fresh" / "corpus", EVAL / "kinds_a" / "corpus"):
        for path in folder.iterdir():
            shutil.copy(path, corpus / path.name)
    settings = bot_settings(root)
    engine = Engine.open(settings, embedder=real_embedder)
    report = engine.ingest([settings.corpus_dir])
    assert not report.failed, report.failed
    assert len(report.added) == 17
    return engine


#: Small articles made for the near-miss rules: ages given with a name, a weekday, a deal.
NEAR_MISSES = {
    "cycling.txt": (
        "Calvet suspended after positive test\n\n"
        "AIGLE, Aug 6, 2026 (Reuters) - Spanish cyclist Ruben Calvet has been provisionally "
        "suspended after testing positive for a banned blood booster, the UCI said on Thursday.\n"
        "The 29-year-old Calvet set the pace on the final climb for team leader Axel Verhaegen, "
        "who went on to win the stage at Peyragudes.\n"
        "Verhaegen finished seventh overall in the Tour.\n"
    ),
    "sprint.md": (
        "# Norris wins the Miami sprint\n\n*By Dana Reyes, Grid Weekly*\n\n"
        "Lando Norris won the sprint race at the Miami Grand Prix on Saturday, beating Max "
        "Verstappen by 0.874 seconds on a drying track.\n\n"
        "Norris leads the championship by four points.\n"
    ),
    "startup.md": (
        "# Lumen AI raises $200 million for its chatbot\n\n"
        "Lumen AI raised $200 million from investors led by Sequoia, the startup said on "
        "Tuesday.\n\nIt will spend the money on chips and on hiring 300 engineers by September.\n"
    ),
    "console.md": (
        "# Vexa raises Nova console prices and takes it to Germany\n\n"
        "*By Lee Park, Play Ledger*\n\n"
        "Vexa will raise the price of its Nova console in the US and Britain from May 1, and "
        "start selling it in Germany, the company said on Monday.\n\n"
        "In the US, the standard Nova goes up to $499.99 from $449.99.\n\n"
        "British buyers will pay £429.99, up from £399.99.\n\n"
        "The launch event for the tri-fold Nova Flex handheld lasted 2 hours 10 minutes.\n\n"
        "Vexa's owner, Halden Group, declined to comment.\n"
    ),
    "harbour.md": (
        "# Norris wins the first Harbour Grand Prix\n\n*By Sam Ortiz, Pit Lane Post*\n\n"
        "Lando Norris won the first Harbour Grand Prix on Sunday, beating Oscar Piastri by 2.1 "
        "seconds after 57 laps of the new street circuit.\n\n"
        "Piastri had started from pole, with Norris third on the grid.\n\n"
        "Organisers said 96,500 people attended over the three days.\n\n"
        "The next race is in Singapore in two weeks.\n"
    ),
    "bank.md": (
        "---\ntitle: Northland central bank holds its key rate\npublished: 2026-09-10\n---\n\n"
        "The Northland central bank decided on Thursday to keep its key rate at 2%.\n\n"
        "Inflation in Northland was 2.3% in August, the statistics office said.\n"
    ),
}


@pytest.fixture(scope="session")
def near_miss_engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: Any) -> Engine:
    root = tmp_path_factory.mktemp("near-misses")
    settings = bot_settings(root)
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    for name, text in NEAR_MISSES.items():
        (settings.corpus_dir / name).write_text(text, encoding="utf-8")
    engine = Engine.open(settings, embedder=real_embedder)
    report = engine.ingest([settings.corpus_dir])
    assert len(report.added) == len(NEAR_MISSES), report
    return engine


def titles(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


def cites(answer: Answer, start: str) -> bool:
    return any(t.startswith(start) for t in titles(answer))


def body_of(engine: Engine, article_id: str) -> str:
    """The article's text with white space folded (paragraph breaks become spaces)."""
    return " ".join(" ".join(p.text for p in engine.passages(article_id)).split())


def assert_well_cited(engine: Engine, answer: Answer) -> None:
    """The ``[n]`` markers are exactly the citations, and every sentence of every quote is in
    its article (or is its title)."""
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers, answer.text
    assert markers == {c.n for c in answer.citations}
    for c in answer.citations:
        body = body_of(engine, c.article_id)
        for part in c.quote.split(" … "):
            for sentence in _SENTENCE.split(part):
                sentence = sentence.strip("…").strip()  # a quote cut to fit
                assert sentence in body or sentence == c.title, (sentence, c.title)


_MARKED = re.compile(r"(.*?)\s*\[(\d+)\]\.?")
_HEADLINE = re.compile(r"^\*\*(.+?)\*\*(?: \([^)]*\))?:?\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'‘])")


def assert_quotes_verbatim(engine: Engine, answer: Answer) -> None:
    """Every sentence the answer states before an ``[n]`` is in article n (or is its title)."""
    assert_well_cited(engine, answer)
    by_n = {c.n: c for c in answer.citations}
    checked = 0
    for line in answer.text.splitlines():
        for claim, n in _MARKED.findall(line):
            citation = by_n[int(n)]
            claim = claim.strip()
            headline = _HEADLINE.match(claim)
            if headline:
                assert citation.title.startswith(headline.group(1).rstrip("…")), line
                claim = claim[headline.end() :]
            body = body_of(engine, citation.article_id)
            for sentence in _SENTENCE.split(claim):
                # a quote cut to fit ends (or starts) with "…"; what it shows stays verbatim
                sentence = sentence.strip().strip("…").strip()
                if sentence and sentence.rstrip(".") != citation.title.rstrip("."):
                    assert sentence in body, (sentence, citation.title)
                    checked += 1
    assert checked, answer.text


# ----- topic overviews ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("anything on formula one?", [F1_V8, F1_CANADA]),
        ("what's the news on huawei", [HUAWEI_PANGU, HUAWEI_PURA]),
        ("what's happening with interest rates", [BANK]),
        ("any news on the microsoft layoffs?", [MS_DAILY_MAIL, MS_MAY]),
    ],
)
def test_overview_covers_every_article_on_the_topic(
    kinds_engine: Engine, question: str, expected: list[str]
) -> None:
    answer = kinds_engine.answer(question)
    assert answer.kind == "overview"
    assert not answer.refused, answer.text
    for start in expected:
        assert cites(answer, start), (start, titles(answer))
    lines = answer.text.splitlines()
    # one headline line per cited article, each with its own marker
    for c in answer.citations:
        assert any(line.startswith(f"**{c.title[:40]}") and f"[{c.n}]" in line for line in lines), (
            c.title,
            answer.text,
        )
    assert len(answer.text) <= 1200
    assert_quotes_verbatim(kinds_engine, answer)


def test_overview_leaves_out_articles_on_other_topics(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("anything on formula one?")
    for other in (CHESS, BATTERY, BANK, MS_MAY, ROGAN_GOD):
        assert not cites(answer, other), titles(answer)


# ----- summaries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("tl;dr of the chess story", CHESS),
        ("what is the battery plant article about", BATTERY),
        ("summarise the f1 artcle", F1_V8),
        ("Summarize the Huawei Pangu article", HUAWEI_PANGU),
    ],
)
def test_summary_quotes_the_lead_of_the_right_article_in_order(
    kinds_engine: Engine, question: str, expected: str
) -> None:
    answer = kinds_engine.answer(question)
    assert answer.kind == "summary"
    assert not answer.refused, answer.text
    [citation] = answer.citations
    assert citation.title.startswith(expected)
    assert len(answer.text) <= 1200
    passages = kinds_engine.passages(citation.article_id)
    body = body_of(kinds_engine, citation.article_id)
    lead = re.split(r"(?<=[.!?])\s+", passages[0].text.strip())[0]
    lines = answer.text.splitlines()
    assert lines[0].startswith(f"**{expected}")
    quoted = re.sub(r"\s*\[\d+\]\.?", "", " ".join(lines[1:])).strip()
    assert quoted.startswith(lead), (lead, quoted)
    # the sentences come in article order
    sentences = [s for s in _SENTENCE.split(quoted) if s]
    positions = [body.find(s) for s in sentences]
    assert -1 not in positions, sentences
    assert positions == sorted(positions)
    assert_quotes_verbatim(kinds_engine, answer)


def test_summary_of_the_first_corpus_resolves_a_person(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("give me the gist of the rogan piece")
    assert answer.kind == "summary"
    assert titles(answer) and titles(answer)[0].startswith(ROGAN_GOD)
    assert "Joe Rogan has come to a mind-bending conclusion" in answer.text
    assert_quotes_verbatim(corpus_engine, answer)


# ----- lists --------------------------------------------------------------------------------------


def test_list_of_all_articles_cites_all_four(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("what articles do you have")
    assert answer.kind == "list"
    assert not answer.refused
    assert len(answer.citations) == 4
    assert {c.article_id for c in answer.citations} == {
        a.article_id for a in corpus_engine.articles()
    }
    assert "4" in answer.text.splitlines()[0]
    for c in answer.citations:
        assert f"[{c.n}]" in answer.text
    assert_well_cited(corpus_engine, answer)


def test_list_by_publisher_is_exactly_the_daily_mail_articles(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("which articles are from the Daily Mail?")
    assert answer.kind == "list"
    assert sorted(titles(answer)) == sorted(
        a.title for a in corpus_engine.articles() if a.publisher == "Daily Mail"
    )
    assert len(answer.citations) == 2
    assert all(c.publisher == "Daily Mail" for c in answer.citations)


def test_list_by_publisher_on_the_larger_corpus(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("which stories are from the Daily Mail?")
    assert {t[:30] for t in titles(answer)} == {MS_DAILY_MAIL[:30], ROGAN_GOD[:30]}


def test_list_of_articles_mentioning_ai_includes_the_ai_ones(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("which articles mention AI?")
    assert answer.kind == "list"
    assert not answer.refused
    for start in (HUAWEI_PANGU, MS_DAILY_MAIL, ROGAN_GOD):
        assert cites(answer, start), titles(answer)
    assert not cites(answer, F1_V8)
    assert_well_cited(corpus_engine, answer)


def test_list_by_month_is_every_article_published_then(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("any articles from september?")
    assert answer.kind == "list"
    expected = {
        a.title for a in kinds_engine.articles() if (a.published or "").startswith("2025-09")
    }
    assert expected and set(titles(answer)) == expected


# ----- multi-part and comparisons -----------------------------------------------------------------


def test_multi_part_answers_each_part_from_its_own_article(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("who is the FIA president and how many jobs did microsoft cut?")
    assert answer.kind == "multi"
    assert not answer.refused
    assert "Ben Sulayem" in answer.text
    assert re.search(r"\b(?:9|25),000 jobs\b", answer.text), answer.text
    assert cites(answer, F1_V8) and cites(answer, MS_DAILY_MAIL)
    assert_quotes_verbatim(corpus_engine, answer)


def test_compare_cites_both_layoff_stories(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("how do the two microsoft layoff stories differ in numbers?")
    assert answer.kind == "compare"
    assert not answer.refused
    assert cites(answer, MS_MAY) and cites(answer, MS_DAILY_MAIL)
    assert_quotes_verbatim(kinds_engine, answer)
    lines = answer.text.splitlines()
    assert lines[0].startswith("**Microsoft") and lines[1].startswith("**Microsoft")


@pytest.mark.xfail(strict=True, reason="lead to decide: compare quotes no figure of either side")
def test_compare_in_numbers_quotes_each_storys_numbers(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("how do the two microsoft layoff stories differ in numbers?")
    assert "6,000" in answer.text and "9,000" in answer.text


def test_compare_two_named_articles_answers_each_from_its_own(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("compare the rogan article and the microsoft article")
    assert answer.kind == "compare"
    assert cites(answer, ROGAN_GOD) and cites(answer, MS_DAILY_MAIL), answer.text
    lines = answer.text.splitlines()
    assert len(lines) == 2 and lines[0] != lines[1]


def test_multi_part_with_a_date_part_answers_both_parts(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("Who is the FIA president and when was Qwen 2.5-14B released?")
    assert answer.kind == "multi"
    assert "Ben Sulayem" in answer.text and "May 2024" in answer.text
    assert cites(answer, F1_V8) and cites(answer, HUAWEI_PANGU)


# ----- dates --------------------------------------------------------------------------------------


def test_when_states_the_iso_date_of_a_dated_article(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("when was the chess article published")
    assert answer.kind == "when"
    assert not answer.refused
    assert titles(answer)[0].startswith(CHESS)
    assert "2025-11-14" in answer.text


def test_when_says_an_undated_article_has_no_date(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("when was the huawei pangu article published?")
    assert answer.kind == "when"
    assert "no publication date" in answer.text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", answer.text)
    assert "minutes ago" not in answer.text
    assert titles(answer)[0].startswith(HUAWEI_PANGU)


def test_which_came_out_first(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("which came out first, the chess final or the battery plant?")
    assert answer.kind == "when"
    first = answer.text.splitlines()[0]
    assert BATTERY in first and "first" in first
    assert "2025-09-17" in answer.text and "2025-11-14" in answer.text


def test_most_recent_article_about_a_topic(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("what's the most recent article about microsoft?")
    assert answer.kind == "when"
    assert titles(answer)[0].startswith(MS_MAY)  # the only dated Microsoft story
    assert "2025-05-14" in answer.text
    assert "'s" not in answer.text.split(" is ")[0]  # "about 's microsoft"


# ----- greetings, near misses, conversations ------------------------------------------------------


@pytest.mark.parametrize("greeting", ["hi", "thanks!", "what can you do?"])
def test_greeting_is_friendly_and_points_to_ask(corpus_engine: Engine, greeting: str) -> None:
    answer = corpus_engine.answer(greeting)
    assert answer.kind == "greeting"
    assert not answer.refused
    assert "couldn't find" not in answer.text.lower()
    assert "/ask" in answer.text or "/help" in answer.text
    assert "4 articles" in answer.text


def test_greeting_after_an_answer_does_not_repeat_it(corpus_engine: Engine) -> None:
    conversation = Conversation()
    first = corpus_engine.answer("How many jobs did Microsoft cut last week?")
    conversation.add(first)
    hello = corpus_engine.answer("hi", conversation.turns)
    assert hello.kind == "greeting"
    assert not hello.refused
    assert "9,000" not in hello.text
    assert first.text not in hello.text
    conversation.add(hello)
    assert len(conversation.turns) == 1  # greetings are not turns


def test_near_miss_is_refused_and_names_the_article(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("how old is matt turnbull")
    assert answer.refused
    assert titles(answer)[0].startswith(MS_DAILY_MAIL)
    assert MS_DAILY_MAIL in answer.text
    assert not re.search(r"\b\d{2} years? old\b", answer.text)


def test_a_race_an_article_only_mentions_is_refused(kinds_engine: Engine) -> None:
    # The Canadian race report says "wins" in its title and mentions Monaco in its last line.
    monaco = kinds_engine.answer("who won the monaco grand prix")
    assert monaco.refused, monaco.text
    assert "1.412 seconds" not in monaco.text
    canada = kinds_engine.answer("who won the canadian gp")
    assert not canada.refused, canada.text
    assert "Norris" in canada.text
    assert cites(canada, F1_CANADA)


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("is leclerc moving to mercedes?", F1_CANADA),
        ("is norris retiring after this season", F1_CANADA),
        ("is lindqvist retiring from chess", CHESS),
    ],
)
def test_a_yes_no_question_about_something_no_article_says_is_refused(
    kinds_engine: Engine, question: str, article: str
) -> None:
    """The article names the person and the words, but no sentence says they did it:
    "Oscar Piastri retired" is not Norris retiring."""
    answer = kinds_engine.answer(question)
    assert answer.refused, answer.text
    assert titles(answer)[0].startswith(article)


def test_a_yes_no_question_the_article_answers_is_answered(kinds_engine: Engine) -> None:
    won = kinds_engine.answer("did okafor win the world championship")
    assert not won.refused, won.text
    assert "new world chess champion" in won.text
    assert cites(won, CHESS)
    pole = kinds_engine.answer("who was on pole in canada")
    assert not pole.refused, pole.text
    assert "Leclerc had started from pole" in pole.text


def test_who_is_answered_by_a_sentence_that_opens_with_the_name(kinds_engine: Engine) -> None:
    answer = kinds_engine.answer("who was gracious in defeat")
    assert not answer.refused, answer.text
    assert "Lindqvist was gracious in defeat" in answer.text


def test_an_amount_answers_what_something_cost(kinds_engine: Engine) -> None:
    """The article says "a fee of £62 million", not "cost": the amount is what was asked."""
    answer = kinds_engine.answer("how much did moreira cost")
    assert not answer.refused, answer.text
    assert "£62 million" in answer.text


def test_a_month_the_article_never_mentions_is_refused(kinds_engine: Engine) -> None:
    august = kinds_engine.answer("what was canada's inflation rate in august")
    assert august.refused, august.text
    september = kinds_engine.answer("what was canada's inflation rate in september")
    assert not september.refused, september.text
    assert "2.4%" in september.text


def test_a_country_no_article_reports_on_is_refused_in_either_form(kinds_engine: Engine) -> None:
    japan = kinds_engine.answer("what was the japanese inflation rate")
    assert japan.refused, japan.text
    canada = kinds_engine.answer("what is the interest rate in canada")
    assert not canada.refused, canada.text
    assert "2.25%" in canada.text


def test_a_question_naming_nothing_is_about_the_story_just_discussed(
    kinds_engine: Engine,
) -> None:
    first = kinds_engine.answer("what are the sonos ace 2 headphones")
    follow = kinds_engine.answer("how long does the battery last", [Turn.of(first)])
    assert not follow.refused, follow.text
    assert titles(follow)[0].startswith("Sonos unveils Ace 2")
    assert_quotes_verbatim(kinds_engine, follow)


def test_follow_up_resolves_he_from_the_earlier_turn(corpus_engine: Engine) -> None:
    conversation = Conversation()
    first = corpus_engine.answer("who did rogan interview about the simulation stuff")
    assert "Yampolskiy" in first.text
    conversation.add(first)
    follow = corpus_engine.answer("what does he do for a living?", conversation.turns)
    assert not follow.refused, follow.text
    assert titles(follow)[0].startswith(ROGAN_GOD)
    assert "computer scientist" in follow.text
    assert_quotes_verbatim(corpus_engine, follow)


def test_casual_typing_gets_the_same_answer_as_careful_typing(corpus_engine: Engine) -> None:
    careful = corpus_engine.answer("how many people did microsoft lay off?")
    casual = corpus_engine.answer("how many ppl did microsft lay off lol")
    assert not casual.refused, casual.text
    assert casual.text == careful.text
    assert titles(casual)[0].startswith(MS_DAILY_MAIL)
    assert casual.question == "how many ppl did microsft lay off lol"


# ----- the command line carries conversations -----------------------------------------------------


def test_ask_json_stdin_answers_conversations_in_order(
    corpus_engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Engine, "open", classmethod(lambda cls, s, e=None: corpus_engine))
    sent = [
        {"q": "who did rogan interview about the simulation stuff", "conversation": "c1"},
        {"q": "How many jobs did Microsoft cut last week?", "conversation": "c2"},
        {"q": "hi", "conversation": "c1"},
        {"q": "what does he do for a living?", "conversation": "c1"},
        {"q": "who said that?", "conversation": "c2"},
    ]
    lines = [json.dumps(item) for item in sent] + ["Who is the FIA president?"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["ask", "--json", "-"], corpus_engine.settings) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in results] == [item["q"] for item in sent] + [
        "Who is the FIA president?"
    ]
    assert all(set(r) == {"question", "answer", "refused", "kind", "citations"} for r in results)
    assert "Yampolskiy" in results[0]["answer"]
    assert results[2]["kind"] == "greeting" and not results[2]["refused"]
    follow = results[3]
    assert not follow["refused"]
    assert follow["citations"][0]["title"].startswith(ROGAN_GOD)
    assert "computer scientist" in follow["answer"]
    # c2's follow-up is answered from c2's Microsoft story, not c1's Rogan one
    assert results[4]["citations"] and results[4]["citations"][0]["title"].startswith(MS_DAILY_MAIL)
    assert "Ben Sulayem" in results[5]["answer"]


def test_an_age_given_with_another_name_is_not_the_age_asked(near_miss_engine: Engine) -> None:
    other = near_miss_engine.answer("how old is axel verhaegen")
    assert other.refused, other.text
    own = near_miss_engine.answer("how old is ruben calvet")
    assert not own.refused, own.text
    assert "29-year-old" in own.text


def test_what_happened_on_another_day_does_not_answer_the_day_asked(
    near_miss_engine: Engine,
) -> None:
    sunday = near_miss_engine.answer("who won the miami grand prix on sunday")
    assert sunday.refused, sunday.text
    saturday = near_miss_engine.answer("who won the miami sprint on saturday")
    assert not saturday.refused, saturday.text
    assert "Lando Norris" in saturday.text


@pytest.mark.parametrize(
    "question",
    ["what is lumen ai valued at", "how much did it cost lumen ai to train its chatbot"],
)
def test_an_amount_for_another_deal_is_not_the_value_asked(
    near_miss_engine: Engine, question: str
) -> None:
    """The article gives what Lumen raised, not what it is worth or what training cost."""
    refused = near_miss_engine.answer(question)
    assert refused.refused, refused.text
    raised = near_miss_engine.answer("how much did lumen ai raise")
    assert not raised.refused, raised.text
    assert "$200 million" in raised.text


def test_stories_of_a_publisher_named_only_in_their_text_are_listed(
    near_miss_engine: Engine,
) -> None:
    reuters = near_miss_engine.answer("what has reuters published?")
    assert reuters.kind == "list"
    assert titles(reuters) == ["Calvet suspended after positive test"]
    grid = near_miss_engine.answer("which stories are from grid weekly")
    assert titles(grid) == ["Norris wins the Miami sprint"]


def test_a_deed_in_the_month_the_story_came_out_is_answered(near_miss_engine: Engine) -> None:
    """The story, published on 10 September, says "on Thursday": that is the September
    decision. A figure for September is still one the text must give (it gives August's)."""
    decided = near_miss_engine.answer("What did the Northland central bank decide in September?")
    assert not decided.refused, decided.text
    assert "2%" in decided.text
    figure = near_miss_engine.answer("what was northland inflation in september")
    assert figure.refused, figure.text


def test_a_section_asked_by_name_finds_every_story_in_it(kinds_engine: Engine) -> None:
    """No headline says "motorsport": the race report says "Grand Prix", the other "F1"."""
    answer = kinds_engine.answer("which of the articles are about motorsport?")
    assert answer.kind == "list"
    assert cites(answer, F1_CANADA) and cites(answer, F1_V8), titles(answer)
    assert not cites(answer, CHESS)


def test_a_price_in_a_place_is_the_price_stated_there(near_miss_engine: Engine) -> None:
    """The article sells the console in Germany but gives only US and British prices."""
    us = near_miss_engine.answer("how much is a regular nova going to cost in the us")
    assert not us.refused, us.text
    assert "$499.99" in us.text
    uk = near_miss_engine.answer("and in the uk?", [Turn.of(us)])
    assert "£429.99" in uk.text, uk.text
    germany = near_miss_engine.answer("how much is the nova in germany")
    assert germany.refused, germany.text


def test_how_long_is_answered_by_a_span_of_time(near_miss_engine: Engine) -> None:
    answer = near_miss_engine.answer("how long did the nova flex trifold launch event go for")
    assert not answer.refused, answer.text
    assert "2 hours 10 minutes" in answer.text


def test_who_owns_is_answered_by_the_owner_named(near_miss_engine: Engine) -> None:
    answer = near_miss_engine.answer("who owns vexa?")
    assert not answer.refused, answer.text
    assert "Halden Group" in answer.text


def test_articles_mentioning_either_of_two_names(corpus_engine: Engine) -> None:
    answer = corpus_engine.answer("which articles mention yampolskiy or cadillac")
    assert answer.kind == "list"
    assert cites(answer, F1_V8), titles(answer)
    assert any("Rogan" in t for t in titles(answer)), titles(answer)


def test_the_sentence_that_tells_what_is_asked_wins_within_the_story(
    near_miss_engine: Engine,
) -> None:
    """The lead names the race and holds numbers; the answer names neither the race nor the
    word "went". Its closeness to the question without its names picks it."""
    answer = near_miss_engine.answer("how many people went to the harbour gp")
    assert not answer.refused, answer.text
    assert "96,500" in answer.text, answer.text
