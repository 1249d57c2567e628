"""Reading article files: saved news pages, plain text, Markdown with front matter, and HTML.

Every reader returns :class:`Article` records or raises :class:`UnsupportedFile` with a reason a
person can act on. Nothing here touches the store.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PosixPath
from typing import Any

import yaml

from ingest.dates import date_in_lines, iso_date
from ingest.errors import UnsupportedFile
from ingest.models import Article
from ingest.publishers import publisher_in_lines, publisher_in_sign_off

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

#: Lines that saved news pages carry around articles but that are not article text.
PAGE_CHROME = frozenset(
    {
        "try our ai features",
        "comments",
        "no comments yet...",
        "no comments yet",
        "related articles",
        "share",
        "advertisement",
    }
)
_CHROME_PREFIXES = ("explore what ",)
#: Chrome that a page puts between an article's paragraphs, rather than after the article.
_INLINE_CHROME = frozenset({"share", "advertisement"})
_AGE_LINE = re.compile(
    r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$"
    r"|^(?:just now|yesterday)$",
    re.IGNORECASE,
)


#: A first line longer than this is not a title: the file is text without line breaks.
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class _Parsed:
    title: str
    body: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


class RefusedPath(PosixPath):
    """A path the folder walk found but will not read: :func:`read_articles` raises
    :class:`UnsupportedFile` with its ``reason``, so a sync lists it among the failures."""

    reason = "not read"


def _refused(path: Path, reason: str) -> Path:
    refused = RefusedPath(path)
    refused.reason = reason
    return refused


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given paths, folders walked recursively, hidden files skipped.

    In a folder, a symbolic link is followed only when it resolves inside that folder; a link
    leading out of it, a broken link and a link loop are yielded as :class:`RefusedPath`. A link
    to a folder inside it is not entered (that folder is walked as itself). A path named on its
    own is yielded as given.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path, path.resolve())
        else:
            yield path


def _walk(folder: Path, root: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _refused(folder, f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_symlink():
            problem = _link_problem(path, root)
            if problem is not None:
                yield _refused(path, problem)
            elif not path.is_dir():
                yield path
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(path, root)
        elif entry.is_file(follow_symlinks=False):
            yield path


def _link_problem(link: Path, root: Path) -> str | None:
    """Why a symbolic link under ``root`` is not followed, or None when it stays inside."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop: not followed"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: not followed"
        return "broken symbolic link: its target does not exist"
    if not target.is_relative_to(root):
        return "symbolic link leading outside the folder being ingested: not followed"
    return None


def source_name(path: Path, corpus_dir: Path) -> str:
    """How an article's source is recorded: relative to the corpus dir when inside it.

    A file that is not itself a link resolves to its folder's real path plus its name, and a
    folder is resolved once per run: resolving every file walks every part of its path again.
    """
    plain = path.name not in ("", ".", "..") and not path.is_symlink()
    resolved = _resolved(path.parent) / path.name if plain else path.resolve()
    try:
        return resolved.relative_to(_resolved(corpus_dir)).as_posix()
    except ValueError:
        return resolved.as_posix()


@lru_cache(maxsize=256)
def _resolved(folder: Path) -> Path:
    """A folder's real path, looked up once per run rather than once per file (a re-ingest of
    thousands of unchanged files spends a noticeable share of its time in ``resolve``)."""
    return folder.resolve()


def check_suffix(suffix: str) -> None:
    """Refuse a file type no reader handles (``suffix`` lower-case, with its dot)."""
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFile(f"unsupported file type {suffix or '(none)'}: use .txt, .md or .html")


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise UnsupportedFile(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")


def read_file(path: Path, max_bytes: int) -> bytes:
    """The raw bytes of an article file, refusing what no reader handles before reading it."""
    if isinstance(path, RefusedPath):
        raise UnsupportedFile(path.reason)
    check_suffix(path.suffix.lower())
    try:
        size = path.stat().st_size
        check_size(size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedFile(f"cannot read file: {exc.strerror or exc}") from exc
    check_size(len(data), max_bytes)
    return data


def read_articles(
    path: Path, corpus_dir: Path, max_bytes: int, data: bytes | None = None
) -> list[Article]:
    """Parse one file into its articles (several for a saved page with related articles);
    ``data``, when given, is the file's bytes as already read by :func:`read_file`."""
    if data is None:
        data = read_file(path, max_bytes)
    suffix = path.suffix.lower()
    text = decode_text(data)
    if suffix in (".html", ".htm"):
        parsed = [parse_html(text)]
    elif suffix in (".md", ".markdown"):
        parsed = [parse_markdown(text)]
    else:
        parsed = parse_page(text) or [parse_plain(text)]
    source = source_name(path, corpus_dir)
    several = len(parsed) > 1
    return [_to_article(p, source, path, several) for p in parsed]


#: Control characters (Unicode category Cc) other than line breaks, tabs and form feeds.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) text; refuse empty, binary and undecodable bytes."""
    if not data.strip():
        raise UnsupportedFile("file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedFile("not valid UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise UnsupportedFile("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFile(f"not valid UTF-8 text (bad byte at offset {exc.start})") from exc
    control = len(_CONTROL.findall(text, 0, 8192))
    if control > 0.01 * min(len(text), 8192):
        raise UnsupportedFile("binary file, not text")
    return text


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text or "  " in text:  # the regex costs ~0.1 ms a file even with nothing to fold
        text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def _is_chrome(line: str) -> bool:
    lowered = line.strip().lower()
    return lowered in PAGE_CHROME or lowered.startswith(_CHROME_PREFIXES)


def _split_title(text: str) -> tuple[str, str]:
    lines = [line.strip() for line in _clean(text).split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise UnsupportedFile("no article text found")
    title, body = lines[0], "\n".join(lines[1:])
    if not body and len(title) > MAX_TITLE_CHARS:
        raise UnsupportedFile(
            f"the text is one line of {len(title):,} characters: put the title on the first "
            "line and the article text on the lines below it"
        )
    if not body:
        raise UnsupportedFile("no article text found (only a title)")
    return title, body


def parse_plain(text: str) -> _Parsed:
    """A ``.txt`` article: the first non-empty line is the title, the rest the body."""
    title, body = _split_title(text)
    return _Parsed(title=title, body=body)


def parse_page(text: str) -> list[_Parsed]:
    """A saved news page: a lead article, then related-article blocks, amid page chrome.

    A related block is ``publisher / age ("30 minutes ago") / "- publisher" / title / body``.
    Returns ``[]`` when the text does not have that layout, so the caller reads it as plain text.
    """
    lines = [line.strip() for line in _clean(text).split("\n")]
    starts = [
        i
        for i in range(len(lines) - 3)
        if lines[i]
        and _AGE_LINE.match(lines[i + 1])
        and lines[i + 2].lstrip("-–— ").strip().lower() == lines[i].lower()
        and lines[i + 2][:1] in "-–—"
    ]
    if not starts:
        return []
    articles: list[_Parsed] = []
    lead = [line for line in lines[: starts[0]] if line]
    lead_end = next(
        (
            i
            for i, line in enumerate(lead)
            if _is_chrome(line) and line.lower() not in _INLINE_CHROME
        ),
        len(lead),
    )
    lead = [line for line in lead[:lead_end] if not _is_chrome(line)]
    if len(lead) >= 2:
        articles.append(_Parsed(title=lead[0], body="\n".join(lead[1:])))
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = [line for line in lines[start + 3 : end] if line and not _is_chrome(line)]
        if len(block) >= 2:
            articles.append(
                _Parsed(title=block[0], body="\n".join(block[1:]), publisher=lines[start])
            )
    return articles


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)


def parse_markdown(text: str) -> _Parsed:
    """Markdown with optional YAML front matter (title, publisher, published, url)."""
    meta: dict[str, object] = {}
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise UnsupportedFile(
                f"front matter is not valid YAML: {exc.__class__.__name__}"
            ) from exc
        if isinstance(loaded, dict):
            meta = loaded
        text = text[match.end() :]
    raw_lines = _clean(text).split("\n")
    lines = [_strip_markdown(line) for line in raw_lines]
    title = _meta_str(meta, "title")
    heading = _first_heading(raw_lines) if title is None else None
    if heading is not None:
        title = lines[heading]
        body = "\n".join(line for i, line in enumerate(lines) if line and i != heading)
    elif title is None:
        title, body = _split_title("\n".join(lines))
    else:
        body = "\n".join(line for line in lines if line)
        first = next(iter(body.split("\n")), "")
        if first.strip().lower() == title.strip().lower():
            body = body[len(first) :].strip()
    if not body.strip():
        raise UnsupportedFile("no article text found")
    return _Parsed(
        title=title,
        body=body,
        publisher=_meta_str(meta, "publisher")
        or _meta_str(meta, "source")
        or publisher_in_sign_off(next((r for r in reversed(raw_lines) if r.strip()), "")),
        published=_meta_str(meta, "published") or _meta_str(meta, "date"),
        url=_meta_str(meta, "url"),
    )


def _first_heading(lines: list[str]) -> int | None:
    """Index of the first ATX (``# Title``) or setext (``Title`` over ``===``) heading line."""
    for i, line in enumerate(lines):
        if re.match(r"\s{0,3}#{1,6}\s+\S", line):
            return i
        underline = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and re.fullmatch(r"\s{0,3}(=+|-+)\s*", underline):
            return i
    return None


def _meta_str(meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    return str(value).strip() or None if value is not None else None


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)
    line = re.sub(r"^\s*[-*+]\s+", "", line)
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])", r"\1", line)
    line = re.sub(r"`([^`]+)`", r"\1", line)
    return line.strip() if not re.fullmatch(r"\s*(-{3,}|\*{3,}|_{3,}|=+)\s*", line) else ""


_HIDDEN_XPATH = (
    "//*[@hidden] | //*[@aria-hidden='true'] | "
    "//*[contains(translate(@style, ' ', ''), 'display:none')] | "
    "//*[contains(translate(@style, ' ', ''), 'visibility:hidden')] | "
    "//script | //style | //noscript | //template | //nav | //footer | //aside | //form | "
    "//iframe | //*[@role='navigation'] | //*[@role='contentinfo'] | //*[@role='complementary']"
)


def parse_html(text: str) -> _Parsed:
    """The main article text of an HTML page, extracted with trafilatura.

    Hidden elements and page furniture are removed from the tree first: trafilatura decides what
    the main content is, but it does not promise to skip ``display:none`` or ``hidden`` nodes.
    """
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise UnsupportedFile("not parseable HTML") from exc
    for element in tree.xpath(_HIDDEN_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    body = _clean(getattr(document, "text", "") or "") if document is not None else ""
    if not body:
        raise UnsupportedFile("no article text found in the HTML")
    h1 = tree.xpath("string(//h1)").strip()
    title = h1 or (getattr(document, "title", None) or "").strip()
    if not title:
        title_tag = tree.findtext(".//title")
        title = (title_tag or "").strip()
    if not title:
        title, body = _split_title(body)
    elif body.split("\n", 1)[0].strip() == title:
        body = body.split("\n", 1)[1].strip() if "\n" in body else ""
        if not body:
            raise UnsupportedFile("no article text found in the HTML")
    return _Parsed(
        title=title,
        body=body,
        publisher=(
            _publisher(text, title)
            or _publisher_of(document, title)
            or _site_in_title_tag(tree.findtext(".//title") or "", title)
        ),
        published=_marked_up_date(text) or _byline_date(tree),
        url=(getattr(document, "url", None) or None),
    )


def _marked_up_date(text: str) -> str | None:
    """The publication date the page's markup states: JSON-LD ``datePublished``, a
    ``article:published_time`` meta tag, a ``<time datetime>``.

    Read from the raw page, since JSON-LD lives in the ``<script>`` blocks the text extraction
    drops, and never guessed from the text: trafilatura's own date search falls back to any year
    it sees ("early 2019" becomes 1 January 2019). A page whose markup gives no date is dated by
    its visible byline (:func:`_byline_date`) or not at all.
    """
    from htmldate import find_date

    try:
        return find_date(text, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None


#: The first elements under the headline, where a visible byline and its date stand.
_AFTER_HEADLINE = (
    "//h1/following::*[self::p or self::div or self::span or self::time][position() <= 6]"
)


def _byline_date(tree: Any) -> str | None:
    """The date in the visible byline under the headline ("By Fiona Baird · Thursday, July 30,
    2026", "Claire Duval, Paris correspondent — Tuesday, November 3, 2026"), which the text
    extraction leaves out of the body as page furniture."""
    lines = [
        part.strip()
        for element in tree.xpath(_AFTER_HEADLINE)
        if len(element) == 0 or element.tag == "p"
        for part in re.split(r"[·•|]|\s[–—]\s", " ".join(element.text_content().split()))
    ]
    return date_in_lines(lines, first=len(lines))


def _publisher(text: str, title: str) -> str | None:
    """The site's name from the whole page: its ``og:site_name`` or JSON-LD publisher live in
    the ``<head>`` and in ``<script>`` blocks, which the text extraction drops first."""
    from trafilatura.metadata import extract_metadata

    try:
        metadata = extract_metadata(text)
    except (ValueError, TypeError):
        return None
    return _publisher_of(metadata, title)


def _publisher_of(document: object, title: str) -> str | None:
    """A document's site name, unless it is only the headline again (trafilatura falls back to
    the ``<title>`` text when a page names no site)."""
    name = (getattr(document, "sitename", None) or "").strip()
    return name if name and name.lower() not in title.lower() else None


def _site_in_title_tag(tag: str, title: str) -> str | None:
    """The site a ``<title>`` names after the headline: "Watkins double lifts Villa | Midlands
    Post" (the usual shape when a page carries no ``og:site_name``)."""
    parts = re.split(r"\s+[|–—-]\s+", tag.strip())
    if len(parts) < 2 or parts[0].strip().lower() != title.strip().lower():
        return None
    site = parts[-1].strip()
    return site if 0 < len(site) <= 60 else None


def slugify(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "article"


def _to_article(parsed: _Parsed, source: str, path: Path, several: bool) -> Article:
    """Give the article an id that survives edits of its text.

    A single-article file is named by its file; an article of a multi-article page by its title,
    since the page's articles have nothing else that stays put.
    """
    key = f"{source}#{parsed.title}" if several else source
    digest = hashlib.sha1(key.encode()).hexdigest()[:6]
    name = slugify(parsed.title if several else path.stem, 32)
    return Article(
        article_id=f"{name}-{digest}",
        title=parsed.title,
        body=parsed.body,
        source=source,
        publisher=parsed.publisher or publisher_in_lines(parsed.body.split("\n")),
        published=iso_date(parsed.published) or date_in_lines(parsed.body.split("\n")),
        url=parsed.url,
    )
