"""Turning engine results into Discord embeds and messages that Discord accepts.

Everything here is a plain function of its inputs: no network, no client. Two rules hold for every
function that returns something to post:

* text that came from a question, an article or a file name is passed through :func:`neutralise`,
  so that ``@everyone`` or ``<@123>`` in it can never ping, even if allowed mentions were changed;
* the result fits Discord's limits (see the constants below); long text is split or trimmed at a
  word boundary and never inside a ``[n]`` citation marker.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import discord
from discord import app_commands

from bot.models import Answer, Citation
from ingest.errors import CorpusNotIndexed, ModelUnavailable, NewsbotError, StoreUnavailable
from ingest.models import Passage, StoredArticle, SyncReport

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
#: Room left for an answer's text in its message; the rest is for the sources.
ANSWER_TEXT_BUDGET = 4400
EMBEDS_PER_MESSAGE = 10
CHOICE_NAME_LIMIT = 100
THREAD_NAME_LIMIT = 100
URL_LIMIT = 2048

ANSWER_COLOUR = discord.Colour.from_rgb(46, 160, 67)
REFUSAL_COLOUR = discord.Colour.from_rgb(219, 138, 30)
INFO_COLOUR = discord.Colour.blurple()
ERROR_COLOUR = discord.Colour.red()

ELLIPSIS = "…"
ZWSP = "\u200b"
GENERIC_ERROR = "Sorry, something went wrong on my side. The problem has been logged."
#: The messages of these errors name files and commands meant for whoever runs the bot.
NOT_INDEXED_ERROR = "No articles are indexed yet: an admin can add some with /ingest or /reindex."
UNAVAILABLE_ERROR = "The article store is unavailable right now. The problem has been logged."
PERMISSION_ERROR = (
    "You need the Manage Server permission (or to be on newsbot's admin list) to do that."
)
GUILD_ONLY_ERROR = "This command only works in a server."

_EVERYONE = re.compile(r"@(everyone|here)", re.IGNORECASE)
_MENTION = re.compile(r"<@([!&]?\d+)>")
_MARKER_TAIL = re.compile(r"\[\d*$")


def neutralise(text: str) -> str:
    """Make mention syntax inert: ``@everyone`` → ``@\u200beveryone``, ``<@1>`` → ``<@\u200b1>``.

    The zero-width space keeps the text readable while Discord no longer parses a mention.
    """
    text = _EVERYONE.sub(lambda m: f"@{ZWSP}{m.group(1)}", text)
    return _MENTION.sub(lambda m: f"<@{ZWSP}{m.group(1)}>", text)


def _safe_cut(text: str, limit: int) -> int:
    """The largest cut position ≤ ``limit`` that does not split a ``[n]`` marker, preferring
    whitespace when one is reasonably near."""
    if len(text) <= limit:
        return len(text)
    cut = limit
    tail = _MARKER_TAIL.search(text[:cut])
    if tail is not None:
        cut = tail.start()
    space = text.rfind(" ", 0, cut + 1)
    newline = text.rfind("\n", 0, cut + 1)
    best = max(space, newline)
    if best > cut * 0.6:
        cut = best
    return max(cut, 0)


def clip(text: str, limit: int) -> str:
    """``text`` trimmed to ``limit`` characters (with an ellipsis), never mid-marker."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    cut = _safe_cut(text, limit - len(ELLIPSIS))
    return text[:cut].rstrip() + ELLIPSIS


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, split at paragraph, sentence or word
    boundaries and never inside a ``[n]`` marker."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", "] "):
            at = window.rfind(sep, 0, limit)
            if at > limit // 2:
                cut = at + len(sep.rstrip())
                break
        if cut <= 0:
            cut = _safe_cut(rest, limit)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def safe_url(url: str | None) -> str | None:
    """``url`` when Discord would accept it as a link target, else None."""
    if not url:
        return None
    url = url.strip()
    if not re.match(r"^https?://[^\s<>]+$", url, re.IGNORECASE) or len(url) > URL_LIMIT:
        return None
    return url


def _link_label(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


def linked_title(title: str, url: str | None, limit: int = 300) -> str:
    """The title as a masked link when the url is usable, else in bold."""
    label = _link_label(neutralise(clip(title, limit)))
    link = safe_url(url)
    return f"[{label}]({link})" if link else f"**{label}**"


def byline(publisher: str | None, published: str | None) -> str:
    parts = [neutralise(clip(p, 120)) for p in (publisher, published) if p]
    return " · ".join(parts)


def quote_block(text: str, limit: int) -> str:
    """``text`` as a Markdown quote of at most ``limit`` characters."""
    flat = " ".join(neutralise(text).split())
    return "> " + clip(flat, max(limit - 2, 1)) if flat else ""


def embed_size(embeds: Iterable[discord.Embed]) -> int:
    return sum(len(e) for e in embeds)


# --------------------------------------------------------------------------------------------
# Answers


def _citation_value(citation: Citation, quote_limit: int) -> str:
    head = linked_title(citation.title, citation.url, 200)
    meta = byline(citation.publisher, citation.published)
    lines = [head + (f" — {meta}" if meta else "")]
    if citation.quote and quote_limit > 0:
        lines.append(quote_block(citation.quote, quote_limit))
    return clip("\n".join(lines), FIELD_VALUE_LIMIT)


#: The title of an answer's embed, by the kind of question it answers.
KIND_TITLES = {
    "overview": "Overview",
    "summary": "Summary",
    "list": "Articles",
    "compare": "Comparison",
    "greeting": "newsbot",
}
REFUSAL_TITLE = "Not found in the indexed articles"


def answer_title(answer: Answer) -> str:
    """What an answer's embed is headed: the kind of answer, or that nothing was found."""
    if answer.refused:
        return REFUSAL_TITLE
    return KIND_TITLES.get(answer.kind, "Answer")


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The message that carries an answer: the text with its ``[n]`` markers, then the sources.

    A very long answer is trimmed (at a word, never mid-marker) and continued in a second embed;
    quotes are shortened, then sources dropped with a note, until the message fits. The full
    quotes stay available behind the Sources button.
    """
    refused = answer.refused
    greeting = answer.kind == "greeting" and not refused
    text = clip(neutralise(answer.text.strip()), ANSWER_TEXT_BUDGET) or "(no answer)"
    pieces = split_text(text, DESCRIPTION_LIMIT)
    colour = REFUSAL_COLOUR if refused else INFO_COLOUR if greeting else ANSWER_COLOUR
    embed = discord.Embed(title=answer_title(answer), description=pieces[0], colour=colour)
    question = " ".join(answer.question.split())
    if question:
        embed.set_author(name=clip(neutralise(question), AUTHOR_LIMIT))
    embeds = [embed, *(discord.Embed(description=p, colour=colour) for p in pieces[1:])]
    if refused:
        footer = "The closest articles are listed above: try rephrasing, or browse with /sources."
    elif greeting:
        footer = "/help lists every command."
    else:
        footer = "Press Sources for the full quotes."
    embeds[-1].set_footer(text=footer)
    _add_source_fields(embeds[-1], answer.citations, refused, embed_size(embeds))
    return embeds


def _add_source_fields(
    embed: discord.Embed, citations: Sequence[Citation], refused: bool, used: int
) -> None:
    if not citations:
        return
    budget = EMBED_TOTAL_LIMIT - used - 100
    shown = list(citations[: FIELD_COUNT_LIMIT - 1])
    for quote_limit in (400, 250, 150, 80, 0):
        fields = [
            (f"Closest article {c.n}" if refused else f"[{c.n}]", _citation_value(c, quote_limit))
            for c in shown
        ]
        if sum(len(n) + len(v) for n, v in fields) <= budget:
            break
    while shown and sum(len(n) + len(v) for n, v in fields) > budget:
        shown.pop()
        fields.pop()
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    hidden = len(citations) - len(shown)
    if hidden:
        embed.add_field(
            name="More sources",
            value=f"{hidden} more source{'s' if hidden != 1 else ''}: press Sources to see them.",
            inline=False,
        )


#: Packing leaves headroom for a note added to a packed embed afterwards.
PACK_LIMIT = EMBED_TOTAL_LIMIT - 200


def pack_embeds(embeds: Sequence[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters each."""
    messages: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        n = len(embed)
        if current and (len(current) >= EMBEDS_PER_MESSAGE or size + n > PACK_LIMIT):
            messages.append(current)
            current, size = [], 0
        current.append(embed)
        size += n
    if current:
        messages.append(current)
    return messages


def sources_messages(answer: Answer, limit_messages: int = 5) -> list[list[discord.Embed]]:
    """The full quotes of an answer's sources, one embed per source, packed into messages."""
    if not answer.citations:
        return [[discord.Embed(description="This answer has no sources.", colour=INFO_COLOUR)]]
    embeds: list[discord.Embed] = []
    for c in answer.citations:
        prefix = f"[{c.n}] "
        embed = discord.Embed(
            title=prefix + clip(neutralise(c.title), TITLE_LIMIT - len(prefix)),
            url=safe_url(c.url),
            colour=REFUSAL_COLOUR if answer.refused else ANSWER_COLOUR,
        )
        if c.quote:
            embed.description = quote_block(c.quote, 3000)
        elif answer.refused:
            embed.description = "A close article, but it does not answer the question."
        meta = byline(c.publisher, c.published)
        embed.set_footer(
            text=clip(f"{meta} · id {c.article_id}" if meta else f"id {c.article_id}", FOOTER_LIMIT)
        )
        embeds.append(embed)
    messages = pack_embeds(embeds)
    if len(messages) > limit_messages:
        messages = messages[:limit_messages]
    return messages


# --------------------------------------------------------------------------------------------
# Search, articles, passages


def search_embed(query: str, passages: Sequence[Passage]) -> discord.Embed:
    embed = discord.Embed(
        title=clip("Search: " + neutralise(" ".join(query.split())), TITLE_LIMIT),
        colour=INFO_COLOUR,
    )
    if not passages:
        embed.description = "No matching passages."
        return embed
    shown = list(passages[:FIELD_COUNT_LIMIT])
    budget = (EMBED_TOTAL_LIMIT - len(embed) - 200) // len(shown)
    for i, p in enumerate(shown, start=1):
        name = clip(f"{i}. {neutralise(p.title)}", min(FIELD_NAME_LIMIT, 200))
        meta = byline(p.publisher, p.published)
        head = (f"{meta} · " if meta else "") + f"`{p.article_id}`"
        link = safe_url(p.url)
        if link:
            head += f" · [open]({link})"
        room = min(FIELD_VALUE_LIMIT, budget - len(name)) - len(head) - 1
        value = head + "\n" + quote_block(p.text, max(room, 40))
        embed.add_field(name=name, value=clip(value, FIELD_VALUE_LIMIT), inline=False)
    embed.set_footer(text="Use /source to read a whole article, or /ask for a cited answer.")
    return embed


def article_line(article: StoredArticle) -> str:
    meta = byline(article.publisher, article.published)
    line = linked_title(article.title, article.url, 150)
    if meta:
        line += f" — {meta}"
    return line + f" · `{article.article_id}`"


ARTICLES_PER_PAGE = 10
PAGE_CHARS = 3800


def article_pages(articles: Sequence[StoredArticle]) -> list[list[str]]:
    """The article list in pages of at most 10 lines and ~3,800 characters: deterministic, so a
    button that names a page number can rebuild the page after a restart."""
    pages: list[list[str]] = []
    current: list[str] = []
    size = 0
    for article in articles:
        line = clip(article_line(article), 500)
        if current and (len(current) >= ARTICLES_PER_PAGE or size + len(line) + 1 > PAGE_CHARS):
            pages.append(current)
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pages.append(current)
    return pages


def articles_embed(articles: Sequence[StoredArticle], page: int) -> tuple[discord.Embed, int, int]:
    """Page ``page`` (clamped) of the article list; returns the embed, the page and the count."""
    pages = article_pages(articles)
    embed = discord.Embed(title=f"Indexed articles ({len(articles)})", colour=INFO_COLOUR)
    if not pages:
        embed.description = "No articles are indexed yet."
        return embed, 0, 1
    page = min(max(page, 0), len(pages) - 1)
    embed.description = "\n".join(
        f"{page * ARTICLES_PER_PAGE + i + 1}. {line}" for i, line in enumerate(pages[page])
    )
    if len(pages) > 1:
        embed.set_footer(text=f"Page {page + 1} of {len(pages)}")
    return embed, page, len(pages)


def article_messages(
    article: StoredArticle, passages: Sequence[Passage], limit_messages: int = 3
) -> list[list[discord.Embed]]:
    """An article's card, then its passages in order, packed into at most a few messages."""
    card = discord.Embed(
        title=clip(neutralise(article.title), TITLE_LIMIT),
        url=safe_url(article.url),
        colour=INFO_COLOUR,
    )
    if article.publisher:
        card.add_field(name="Publisher", value=clip(neutralise(article.publisher), 200))
    if article.published:
        card.add_field(name="Published", value=clip(neutralise(article.published), 200))
    card.add_field(name="Id", value=f"`{clip(article.article_id, 200)}`")
    card.add_field(name="Passages", value=str(len(passages) or article.chunk_count))
    card.add_field(name="File", value=clip(neutralise(Path(article.source).name), 200) or "-")
    embeds = [card]
    for p in sorted(passages, key=lambda p: p.chunk_index):
        embed = discord.Embed(
            description=clip(neutralise(p.text.strip()), 3500) or "(empty)", colour=INFO_COLOUR
        )
        embeds.append(embed.set_footer(text=f"Passage {p.chunk_index + 1}"))
    messages = pack_embeds(embeds)
    if len(messages) > limit_messages:
        shown = sum(len(m) for m in messages[:limit_messages]) - 1
        card.description = f"Showing the first {shown} of {len(passages)} passages."
        messages = pack_embeds(embeds[: shown + 1])[:limit_messages]
    return messages


# --------------------------------------------------------------------------------------------
# Admin, help and errors


def _name_list(items: Sequence[str], limit: int = FIELD_VALUE_LIMIT) -> str:
    text = ""
    for i, item in enumerate(items):
        line = f"• {item}\n"
        if len(text) + len(line) > limit - 30:
            text += f"…and {len(items) - i} more"
            break
        text += line
    return text.strip() or "-"


@dataclass(frozen=True)
class Rejected:
    """An uploaded file that was not ingested, and why (a reason a person can act on)."""

    name: str
    reason: str


def sync_report_embed(
    report: SyncReport,
    titles: Mapping[str, str],
    *,
    title: str = "Ingest finished",
    rejected: Sequence[Rejected] = (),
    include_failed: bool = True,
) -> discord.Embed:
    """What an ingest or re-index did, by article title, plus the rejected files."""

    def names(ids: Sequence[str]) -> list[str]:
        return [neutralise(clip(titles.get(i, i), 150)) for i in ids]

    failed = list(rejected)
    if include_failed:
        failed += [Rejected(Path(f.path).name, f.reason) for f in report.failed]
    ok = bool(report.added or report.updated or report.unchanged or report.removed)
    colour = ERROR_COLOUR if failed and not ok else (REFUSAL_COLOUR if failed else ANSWER_COLOUR)
    embed = discord.Embed(title=title, colour=colour)
    embed.description = (
        f"Added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, removed {len(report.removed)}, "
        f"rejected {len(failed)}. The store now holds {report.articles} articles "
        f"({report.chunks} passages)."
    )
    for label, ids in (
        ("Added", report.added),
        ("Updated", report.updated),
        ("Removed", report.removed),
    ):
        if ids:
            embed.add_field(name=label, value=_name_list(names(ids)), inline=False)
    if report.unchanged and len(report.unchanged) <= 10:
        embed.add_field(name="Unchanged", value=_name_list(names(report.unchanged)), inline=False)
    if failed:
        lines = [
            f"{neutralise(clip(r.name, 100))}: {neutralise(clip(r.reason, 200))}" for r in failed
        ]
        embed.add_field(name="Rejected", value=_name_list(lines), inline=False)
    return embed


#: One example question per kind the engine recognises (the "What you can ask" help field).
WHAT_YOU_CAN_ASK = (
    "**A fact** — “How many jobs did Microsoft cut?”\n"
    "**A topic overview** — “What's the news on Huawei?”\n"
    "**A summary** — “Summarize the F1 article”\n"
    "**A list** — “Which articles mention AI?” or “What articles do you have?”\n"
    "**A comparison or several questions** — “How do the two Microsoft stories differ?”, "
    "“Who is the FIA president and when could V8s return?”\n"
    "**Dates** — “When was the chess article published?”, “What's the most recent article?”\n"
    "**Follow-ups** — in the answer's thread, “and who said that?” uses the earlier turns."
)


def help_embed(
    article_count: int, newest: StoredArticle | None, last_ingest: datetime | None
) -> discord.Embed:
    embed = discord.Embed(title="newsbot", colour=INFO_COLOUR)
    embed.description = (
        "I answer questions about the news articles I have indexed, quoting them with numbered "
        "citations — and I say so when the articles don't cover a question."
    )
    known = f"{article_count} article{'s' if article_count != 1 else ''} indexed."
    if newest is not None:
        known += f"\nNewest: {clip(article_line(newest), 600)}"
    if last_ingest is not None:
        stamp = int(last_ingest.timestamp())
        known += f"\nLast ingest: <t:{stamp}:f> (<t:{stamp}:R>)"
    embed.add_field(name="What I know", value=clip(known, FIELD_VALUE_LIMIT), inline=False)
    embed.add_field(
        name="Asking",
        value=(
            "`/ask question` — a cited answer (`private: True` shows it only to you).\n"
            "Mention me with a question — I answer in a thread; mention me there for follow-ups.\n"
            "Right-click a message → Apps → **Find sources** — look up what it claims.\n"
            "Direct messages work too."
        ),
        inline=False,
    )
    embed.add_field(name="What you can ask", value=WHAT_YOU_CAN_ASK, inline=False)
    embed.add_field(
        name="Browsing",
        value=(
            "`/search query` — the best matching passages.\n"
            "`/sources` — every indexed article.\n"
            "`/source article` — one article and its passages."
        ),
        inline=False,
    )
    embed.add_field(
        name="Admins (Manage Server)",
        value=(
            "`/ingest file` — add .txt, .md or .html articles.\n"
            "`/reindex` — re-sync with the corpus folder.\n"
            "`/forget article` — remove an article."
        ),
        inline=False,
    )
    return embed


def unwrap_error(error: BaseException) -> BaseException:
    """The exception a command raised, out of discord.py's wrappers."""
    while isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError):
        inner = error.__cause__ or getattr(error, "original", None)
        if inner is None or inner is error:
            break
        error = inner
    return error


def cooldown_message(retry_after: float) -> str:
    return f"Please wait {max(1, math.ceil(retry_after))} s before asking again."


def error_message(error: BaseException) -> str:
    """The short text a user sees for a failed interaction: never a traceback or a path."""
    error = unwrap_error(error)
    if isinstance(error, CorpusNotIndexed):
        return NOT_INDEXED_ERROR
    if isinstance(error, StoreUnavailable | ModelUnavailable):
        return UNAVAILABLE_ERROR
    if isinstance(error, NewsbotError):
        return clip(neutralise(str(error)), 1800) or GENERIC_ERROR
    if isinstance(error, app_commands.CommandOnCooldown):
        return cooldown_message(error.retry_after)
    if isinstance(error, app_commands.NoPrivateMessage):
        return GUILD_ONLY_ERROR
    if isinstance(error, app_commands.CheckFailure):
        return PERMISSION_ERROR
    return GENERIC_ERROR


def thread_name(question: str) -> str:
    name = " ".join(neutralise(question).split()) or "Question"
    return clip(name, THREAD_NAME_LIMIT)


def choice_name(article: StoredArticle) -> str:
    extra = f" — {article.publisher}" if article.publisher else ""
    return clip(" ".join((article.title + extra).split()), CHOICE_NAME_LIMIT) or article.article_id
