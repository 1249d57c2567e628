"""Reading article files: the saved Daily8 page, other saved pages, .txt, .md and .html."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import UnsupportedFile
from ingest.models import Article
from ingest.reading import decode_text, iter_article_files, read_articles
from tests.ingest.helpers import DAILY8_CHROME, FIXTURES, REAL_CORPUS, write

LIMIT = 2_000_000


def read(path: Path, corpus_dir: Path | None = None, max_bytes: int = LIMIT) -> list[Article]:
    return read_articles(path, corpus_dir or path.parent, max_bytes)


def assert_no_chrome(article: Article, chrome: tuple[str, ...]) -> None:
    lines = {line.strip().lower() for line in article.body.split("\n")}
    for phrase in chrome:
        assert phrase.lower() not in lines, f"{phrase!r} in the body of {article.title!r}"
        assert phrase not in article.body, f"{phrase!r} in the body of {article.title!r}"
        assert phrase != article.title


# ----- the real saved page ---------------------------------------------------------------------


def test_real_corpus_page_holds_four_articles_with_titles_and_publishers() -> None:
    articles = read(REAL_CORPUS)

    assert [(a.title, a.publisher) for a in articles] == [
        ("Huawei's AI lab denies that one of its Pangu models copied Alibaba's Qwen", None),
        (
            "Microsoft boss offers callous advice to workers who'd just been fired because of AI "
            "advances",
            "Daily Mail",
        ),
        (
            "Joe Rogan flips the God debate on its head with shocking theory that 'we created him'",
            "Daily Mail",
        ),
        ("F1 could return to V8 engines as soon as 2029, FIA president says", "The Independent"),
    ]
    assert all(a.source == "daily8-related-articles.txt" for a in articles)
    assert len({a.article_id for a in articles}) == 4


def test_real_corpus_bodies_are_whole_articles_without_page_chrome() -> None:
    huawei, microsoft, rogan, f1 = read(REAL_CORPUS)

    for article in (huawei, microsoft, rogan, f1):
        assert_no_chrome(article, DAILY8_CHROME)
        # The related-article header lines are not text of any article either.
        assert "30 minutes ago" not in article.body
        assert "- Daily Mail" not in article.body
        assert article.title not in article.body
    assert huawei.body.startswith("The division, called Noah Ark Lab, issued the statement")
    assert huawei.body.endswith("as well as the finance and manufacturing sectors.")
    assert "Matt Turnbull" in microsoft.body and "Yampolskiy" not in microsoft.body
    assert rogan.body.startswith("Joe Rogan has come to a mind-bending conclusion")
    assert rogan.body.endswith("indistinguishable from reality.'")
    assert f1.body.endswith("Formula One's owners, Liberty Media.")


def test_reading_the_same_page_twice_gives_the_same_ids() -> None:
    first = [a.article_id for a in read(REAL_CORPUS)]
    second = [a.article_id for a in read(REAL_CORPUS)]
    assert first == second


# ----- another saved page of the same layout ----------------------------------------------------


def test_synthetic_saved_page_is_split_by_publisher_and_age_lines() -> None:
    articles = read(FIXTURES / "saved_page.txt")

    assert [(a.title, a.publisher) for a in articles] == [
        ("Tidal turbines to power island ferry terminal from next spring", None),
        ("Coastal town votes to keep its last lighthouse keeper", "Harbour Herald"),
        ("Apple growers report record early harvest after mild winter", "Valley Courier"),
        ("Library lends out telescopes to encourage stargazing", "The Northern Ledger"),
    ]
    for article in articles:
        assert_no_chrome(article, (*DAILY8_CHROME, "Advertisement"))
        for age in ("2 hours ago", "yesterday", "an hour ago"):
            assert age not in article.body.split("\n")


def test_an_advertisement_line_inside_the_lead_article_does_not_cut_it_short() -> None:
    lead = read(FIXTURES / "saved_page.txt")[0]

    assert "Advertisement" not in lead.body
    assert lead.body.startswith("Three underwater turbines anchored in the Sound of Carrow")
    # The paragraphs after the advertisement slot are still part of the article.
    assert "surplus power sold to the local grid" in lead.body
    assert lead.body.endswith("should pay for itself within eleven years.")


def test_a_txt_file_without_the_page_layout_is_one_plain_article(tmp_path: Path) -> None:
    text = (FIXTURES / "saved_page.txt").read_text().replace("2 hours ago", "Sunday")
    text = text.replace("yesterday", "Monday").replace("an hour ago", "Tuesday")
    [article] = read(write(tmp_path / "page.txt", text))

    assert article.title == "Tidal turbines to power island ferry terminal from next spring"


# ----- plain text -------------------------------------------------------------------------------


def test_txt_first_non_empty_line_is_the_title() -> None:
    [article] = read(FIXTURES / "plain.txt")

    assert article.title == "Night buses return to Kelso Road after six-year gap"
    assert article.body.startswith("The night bus between the city centre and Kelso Road")
    assert article.body.endswith("a direct radio link to the depot.")
    assert article.publisher is None and article.published is None and article.url is None
    assert article.source == "plain.txt"


def test_txt_with_utf8_bom_or_utf16_reads_the_same(tmp_path: Path) -> None:
    text = "Ferry timetable changes\r\nThe winter timetable starts on 3 November. Café opens.\r\n"
    bom = read(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))[0]
    utf16 = read(write(tmp_path / "utf16.txt", text.encode("utf-16")))[0]

    for article in (bom, utf16):
        assert article.title == "Ferry timetable changes"
        assert article.body == "The winter timetable starts on 3 November. Café opens."


def test_source_is_relative_to_the_corpus_dir(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    path = write(corpus / "local" / "story.txt", "A title\nA body sentence.\n")
    outside = write(tmp_path / "elsewhere.txt", "Another title\nAnother body.\n")

    assert read(path, corpus)[0].source == "local/story.txt"
    assert read(outside, corpus)[0].source == outside.resolve().as_posix()


# ----- Markdown ---------------------------------------------------------------------------------


def test_markdown_front_matter_gives_title_publisher_date_and_url() -> None:
    [article] = read(FIXTURES / "front_matter.md")

    assert article.title == "Volunteers count 212 hedgehogs in first town-wide survey"
    assert article.publisher == "Millbrook Gazette"
    assert article.published == "2025-06-14"
    assert article.url == "https://example.org/news/hedgehog-survey"
    # The heading repeating the title is not body text; Markdown syntax is gone.
    assert article.body.startswith("Over two weekends in May, ninety volunteers placed")
    assert "**" not in article.body and "](" not in article.body and "---" not in article.body
    assert "ink pads" in article.body and "Millbrook Wildlife Trust" in article.body
    assert '"We honestly expected half that number," said survey lead Priya Anand.' in (
        article.body.split("\n")
    )


def test_markdown_without_front_matter_takes_the_first_heading_as_title() -> None:
    [article] = read(FIXTURES / "heading.md")

    assert article.title == "Schoolgirls set under-16 record for the Tamar rowing marathon"
    assert article.publisher is None
    assert "Ella Penrose and Ruby Carne trained on the river" in article.body
    assert "Previous record: 4 hours 20 minutes, set in 2011" in article.body.split("\n")
    assert "#" not in article.body


def test_markdown_setext_heading_is_the_title(tmp_path: Path) -> None:
    text = (
        "Harbour notes\n\nClock tower chimes again\n=======================\n\n"
        "The clock tower on Quay Street was repaired on Monday. It chimes every hour.\n"
    )
    [article] = read(write(tmp_path / "clock.md", text))

    assert article.title == "Clock tower chimes again"
    assert "=" not in article.body
    assert "The clock tower on Quay Street was repaired on Monday." in article.body


def test_markdown_front_matter_title_without_heading(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Swift colony returns\npublisher: Fenland Echo\n---\n\nThe swifts came back.\n"
    )
    [article] = read(write(tmp_path / "swifts.md", text))

    assert (article.title, article.publisher, article.body) == (
        "Swift colony returns",
        "Fenland Echo",
        "The swifts came back.",
    )
    assert article.published is None and article.url is None


# ----- HTML -------------------------------------------------------------------------------------


def test_html_main_text_only() -> None:
    [article] = read(FIXTURES / "article.html")

    assert article.title == "Bakery trains refugees as pastry chefs"
    assert article.body.startswith("A family bakery on Mill Lane has trained eleven refugees")
    assert "The next intake of twelve students begins in September" in article.body
    assert "Owner Samir Haddad said he started the course" in article.body
    for leak in (
        "SCRIPT-LEAK",
        "STYLE",
        "font-family",
        "NAV-LEAK",
        "FOOTER-LEAK",
        "ADS-LEAK",
        "ASIDE-LEAK",
        "HIDDEN-ATTR-LEAK",
        "DISPLAY-NONE-LEAK",
        "ARIA-HIDDEN-LEAK",
        "garden furniture",
        "trackingId",
    ):
        assert leak not in article.body, leak
    assert article.title not in article.body


def test_html_without_h1_takes_the_title_element(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Moorland fire contained overnight</title></head><body><article>"
        "<p>Firefighters contained a moorland fire above Hebden overnight after a dry week "
        "left the heather brittle. Crews from four stations worked through the night.</p>"
        "<p>No homes were damaged, and the footpath over the ridge will reopen on Friday once "
        "rangers have checked the ground for smouldering peat.</p></article></body></html>"
    )
    [article] = read(write(tmp_path / "fire.html", html))

    assert article.title == "Moorland fire contained overnight"
    assert "Crews from four stations worked through the night." in article.body


def test_html_hidden_heading_is_not_the_title(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Canal reopens to boats</title></head><body>"
        "<h1 style='display:none'>HIDDEN TITLE</h1><article>"
        "<p>The canal between Stoke Locks and the basin reopened to boats on Wednesday after "
        "volunteers cleared two years of silt from the channel by hand and barge.</p>"
        "<p>The trust expects more than four hundred boats to pass through before autumn, "
        "twice the number before the canal was closed.</p></article></body></html>"
    )
    [article] = read(write(tmp_path / "canal.htm", html))

    assert article.title == "Canal reopens to boats"
    assert "HIDDEN TITLE" not in article.body


_STORY = (
    "<article><h1>Tram depot wins planning approval</h1>"
    "<p>Councillors approved a new tram depot at Crossgate on Tuesday, ending a two-year dispute "
    "over the site's access road and the noise of night-time maintenance work.</p>"
    "<p>Building starts in spring and the depot should open in 2028, the council said.</p>"
    "</article>"
)


def test_html_publisher_comes_from_the_page_metadata_in_scripts(tmp_path: Path) -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "Tramway Times"}}'
    )
    html = (
        "<html><head><title>Tram depot wins planning approval | Tramway Times</title>"
        f'<script type="application/ld+json">{ld}</script></head><body>{_STORY}</body></html>'
    )
    [article] = read(write(tmp_path / "depot.html", html))

    assert article.publisher == "Tramway Times"
    assert "Organization" not in article.body


def test_html_date_in_json_ld_only_is_read_and_a_year_in_the_story_is_not_a_date(
    tmp_path: Path,
) -> None:
    """The story says "in 2028"; a date guessed from it would read 1 January 2028."""
    ld = '{"@type": "NewsArticle", "datePublished": "2025-09-18T08:00:00Z"}'
    head = f'<head><script type="application/ld+json">{ld}</script></head>'
    html = f"<html>{head}<body>{_STORY}</body></html>"
    undated = f"<html><body>{_STORY}</body></html>"

    [article] = read(write(tmp_path / "depot.html", html))
    [guess] = read(write(tmp_path / "undated.html", undated))

    assert article.published == "2025-09-18"
    assert guess.published is None


def test_html_date_in_the_visible_byline_under_the_headline_is_read(tmp_path: Path) -> None:
    story = _STORY.replace(
        "</h1>",
        "</h1><div class='meta'>Ruth Abernathy, transport desk &middot; Wednesday, "
        "January 14, 2026 &middot; 4 min read</div>",
    )
    [article] = read(write(tmp_path / "depot.html", f"<html><body>{story}</body></html>"))

    assert article.published == "2026-01-14"


def test_html_date_after_a_dash_in_a_long_byline_is_read(tmp_path: Path) -> None:
    story = _STORY.replace(
        "</h1>",
        "</h1><p class='byline'>Claire Duval, Paris correspondent, The Reading Room \u2014 "
        "Tuesday, November 3, 2026</p>",
    )
    [article] = read(write(tmp_path / "depot.html", f"<html><body>{story}</body></html>"))

    assert article.published == "2026-11-03"


def test_html_headline_is_never_taken_for_the_publisher(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Tram depot wins planning approval</title></head>"
        f"<body>{_STORY}</body></html>"
    )
    [article] = read(write(tmp_path / "depot.html", html))

    assert article.title == "Tram depot wins planning approval"
    assert article.publisher is None


def test_html_publisher_is_the_site_its_title_tag_names_after_the_headline(
    tmp_path: Path,
) -> None:
    html = (
        "<html><head><title>Tram depot wins planning approval | Midlands Post</title></head>"
        f"<body>{_STORY}</body></html>"
    )
    [article] = read(write(tmp_path / "depot.html", html))

    assert article.title == "Tram depot wins planning approval"
    assert article.publisher == "Midlands Post"


def test_html_with_no_article_text_is_refused() -> None:
    with pytest.raises(UnsupportedFile, match="no article text"):
        read(FIXTURES / "no_text.html")


# ----- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b"\n  \n\t\n", "file is empty"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "binary file",
        ),
        ("controls.txt", bytes(range(1, 9)) * 200, "binary file"),
        (
            "latin1.txt",
            "Café owner wins award\nThe café on the square won.\n".encode("latin-1"),
            "not valid UTF-8",
        ),
        ("report.pdf", b"%PDF-1.7 a real looking pdf", "unsupported file type .pdf"),
        ("README", b"A title\nA body.\n", "unsupported file type (none)"),
        ("title-only.txt", b"Just a headline\n\n", "only a title"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    with pytest.raises(UnsupportedFile) as excinfo:
        read(write(tmp_path / name, content))
    assert reason in str(excinfo.value)


def test_undecodable_text_reason_names_the_bad_byte() -> None:
    with pytest.raises(UnsupportedFile, match=r"bad byte at offset 3"):
        decode_text(b"Caf\xe9 news\n")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "Long read\n" + "A sentence of the body. " * 200)

    with pytest.raises(UnsupportedFile, match=r"over the 1,000-byte limit"):
        read(path, max_bytes=1_000)
    assert read(path, max_bytes=path.stat().st_size)[0].title == "Long read"


def test_folders_are_walked_recursively_skipping_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "sub" / "b.md", "x")
    write(tmp_path / ".hidden.txt", "x")
    write(tmp_path / ".git" / "c.txt", "x")

    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert found == ["a.txt", "sub/b.md"]


# ----- publishers stated in the text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "publisher"),
    [
        (
            "wire.txt",
            "Calvet suspended\n\nAIGLE, Aug 6, 2026 (Reuters) - Ruben Calvet was suspended.\n",
            "Reuters",
        ),
        (
            "byline.txt",
            "Audi names Köhler\n\nBy Jonas Brenner, Paddock Signal\nPublished: 9 June 2026\n"
            "Audi has appointed Marta Köhler.\n",
            "Paddock Signal",
        ),
        (
            "pipes.txt",
            "Aston Martin fined\n\nBy Marco Bellini | Pit Lane Post\nAston Martin were fined.\n",
            "Pit Lane Post",
        ),
        (
            "signed.md",
            "# Apple picks Gemini\n\nApple will use Gemini.\n\n"
            "*Reporting by Priyanka Desai for Signal Desk.*\n",
            "Signal Desk",
        ),
        (
            "italic.md",
            "# Jersey stolen\n\n*By Liesbeth Verstraete, 11 March 2025*\n\nThieves broke in.\n\n"
            "*Peloton Post*\n",
            "Peloton Post",
        ),
    ],
)
def test_the_publisher_a_dateline_byline_or_sign_off_names_is_kept(
    tmp_path: Path, name: str, text: str, publisher: str
) -> None:
    [article] = read(write(tmp_path / name, text))

    assert article.publisher == publisher


@pytest.mark.parametrize(
    "text",
    [
        "Sinner wins\n\nBy Tom Ashby, Tennis Correspondent\nJannik Sinner won on Sunday.\n",
        "Sinner wins\n\nBy Hannah Cole | June 3, 2025\nJannik Sinner won on Sunday.\n",
        "Sinner wins\n\nBy Tom Ashby, London\nJannik Sinner won, the Daily Mail said.\n",
        "Sinner wins\n\nJannik Sinner won on Sunday.\n\nThe ATP (Reuters) - said nothing.\n",
    ],
)
def test_a_role_a_date_a_place_or_a_name_in_the_story_is_not_taken_for_the_publisher(
    tmp_path: Path, text: str
) -> None:
    [article] = read(write(tmp_path / "story.txt", text))

    assert article.publisher is None
