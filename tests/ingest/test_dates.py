"""Publication dates made comparable at ingest: ISO 8601 whatever the source wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.dates import date_in_lines, iso_date, parse_date
from ingest.reading import read_articles

BODY = (
    "The council approved the new harbour wall on Tuesday after a long debate.\n"
    "Work is due to start in the spring and to last eleven months.\n"
)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2025-05-14", "2025-05-14"),
        ("2025-08-07T12:00:00Z", "2025-08-07"),
        ("2025-08-07T23:30:00+02:00", "2025-08-07"),
        ("Oct 21, 2025", "2025-10-21"),
        ("21 October 2025", "2025-10-21"),
        ("Tuesday 16 September 2025", "2025-09-16"),
    ],
)
def test_whole_dates_become_iso(written: str, iso: str) -> None:
    assert iso_date(written) == iso


@pytest.mark.parametrize(
    "written",
    [
        "30 minutes ago",
        "2 hours ago",
        "yesterday",
        "March 3",  # no year: the parser would fill it in
        "2025",  # a year alone is not a date
        "SHENZHEN, March 3 (Reuters) -",
        "",
        None,
        "Daily Mail",
        "version 2.5-14B",
    ],
)
def test_partial_or_relative_dates_stay_unknown(written: str | None) -> None:
    assert iso_date(written) is None
    assert iso_date(written, fuzzy=True) is None


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        (["Published: 12 August 2025", "Sonos has unveiled ..."], "2025-08-12"),
        (["By Hannah Cole | June 3, 2025", "The museum said ..."], "2025-06-03"),
        (["", "Published Oct 21, 2025", "Alibaba Group on Tuesday ..."], "2025-10-21"),
        (["LONDON, 5 May 2025 (Reuters) - The Bank of England cut rates."], "2025-05-05"),
    ],
)
def test_bylines_and_datelines_give_the_date(lines: list[str], iso: str) -> None:
    assert date_in_lines(lines) == iso


@pytest.mark.parametrize(
    "lines",
    [
        ["SHENZHEN, March 3 (Reuters) - Huawei launched its Pura 90 phones on Tuesday."],
        ["Daily Mail", "30 minutes ago", "- Daily Mail"],
        # a date deep in an ordinary sentence is what the article talks about, not its date
        [
            "The council said the bridge, which opened on 12 August 1965 after four years of "
            "work, would close for repairs."
        ],
        ["First line.", "Second line.", "Third line.", "Published: 12 August 2025"],
    ],
)
def test_lines_without_a_whole_date_near_the_top_give_none(lines: list[str]) -> None:
    assert date_in_lines(lines) is None


def test_parse_date_reads_stored_values() -> None:
    assert parse_date("2025-05-14") == date(2025, 5, 14)
    assert parse_date("2025-08-07T12:00:00Z") == date(2025, 8, 7)
    assert parse_date("Oct 21, 2025") == date(2025, 10, 21)
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("30 minutes ago") is None
    assert parse_date("March 3") is None


def test_dates_compare_once_parsed() -> None:
    written = ["Oct 21, 2025", "2025-05-14", "Published: 12 August 2025"]
    parsed = [parse_date(iso_date(w, fuzzy=True)) for w in written]
    assert sorted(p for p in parsed if p) == [
        date(2025, 5, 14),
        date(2025, 8, 12),
        date(2025, 10, 21),
    ]


# ----- at ingest: every reader stores ISO dates -----------------------------------------------


def read_one(path: Path) -> str | None:
    [article] = read_articles(path, path.parent, 2_000_000)
    return article.published


def test_markdown_front_matter_date_is_stored_as_iso(tmp_path: Path) -> None:
    path = tmp_path / "wall.md"
    path.write_text(
        "---\ntitle: Harbour wall approved\npublisher: The Ledger\npublished: 2025-05-14\n---\n\n"
        + BODY,
        encoding="utf-8",
    )
    assert read_one(path) == "2025-05-14"


def test_markdown_front_matter_in_words_is_stored_as_iso(tmp_path: Path) -> None:
    path = tmp_path / "wall.md"
    path.write_text(
        '---\ntitle: Harbour wall approved\npublished: "Oct 21, 2025"\n---\n\n' + BODY,
        encoding="utf-8",
    )
    assert read_one(path) == "2025-10-21"


def test_html_time_element_is_stored_as_iso(tmp_path: Path) -> None:
    path = tmp_path / "wall.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Harbour wall approved</title></head><body>"
        "<article><h1>Harbour wall approved</h1>"
        '<p class="byline">By Ana Reyes · <time datetime="2025-08-07T12:00:00Z">7 August</time>'
        "</p>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert read_one(path) == "2025-08-07"


def test_text_published_line_is_stored_as_iso(tmp_path: Path) -> None:
    path = tmp_path / "wall.txt"
    path.write_text(
        "Harbour wall approved\n\nBy Hannah Cole\nPublished: 12 August 2025\n\n" + BODY,
        encoding="utf-8",
    )
    assert read_one(path) == "2025-08-12"


def test_text_with_a_relative_age_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "wall.txt"
    path.write_text("Harbour wall approved\n30 minutes ago\n" + BODY, encoding="utf-8")
    assert read_one(path) is None


def test_text_with_a_yearless_dateline_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "wall.txt"
    path.write_text(
        "Harbour wall approved\nALDERBURY, March 3 (Reuters) - " + BODY, encoding="utf-8"
    )
    assert read_one(path) is None
