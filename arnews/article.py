"""The composition: :func:`parse`, :func:`clean` and the :class:`Article` they describe.

This is the only module that knows all four parts. :mod:`arnews.boilerplate`
finds the title, body and dateline; :mod:`arnews.normalize` cleans them;
:mod:`arnews.quotes` and :mod:`arnews.dates` read the cleaned text, so their
offsets index :attr:`Article.text`. The publication date comes from the page
itself (agency dateline, photo caption, article timestamp) and the caller's
``reference`` is only the fallback.

>>> art = parse("الرئيسية / أخبار\\nالوزير يعلن خطة جديدة\\nالرياض (واس) - أعلن الوزير اليوم الخميس خطة جديدة.")
>>> art.title
'الوزير يعلن خطة جديدة'
>>> art.paragraphs
('أعلن الوزير اليوم الخميس خطة جديدة.',)
>>> [(r.kind, r.text) for r in art.removed]
[('nav', 'الرئيسية / أخبار'), ('dateline', 'الرياض (واس) -')]
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import Any

import attrs

from arnews._check import ensure_str
from arnews.boilerplate import (
    Dateline,
    Removed,
    Stripped,
    _title_and_paragraphs,
    split_boilerplate,
)
from arnews.dates import DateMention, find_dates
from arnews.normalize import PROFILES, ProfileName, normalize
from arnews.quotes import Quote, extract_quotes

__all__ = ["Article", "clean", "clean_many", "parse", "parse_many"]

DateLike = dt.date | dt.datetime


@attrs.frozen
class Article:
    """A parsed article: the clean text and everything found in or removed from it.

    ``quotes`` and ``dates`` index :attr:`text`
    (``article.text[q.start:q.end] == q.text``); ``removed`` indexes the input
    that was parsed. ``published`` is the publication date the page states
    (dateline, caption or article timestamp), else the ``reference`` given.
    """

    title: str | None
    paragraphs: tuple[str, ...]
    text: str
    published: DateLike | None
    dateline: Dateline | None
    quotes: tuple[Quote, ...]
    dates: tuple[DateMention, ...]
    removed: tuple[Removed, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: plain dicts, lists, strings, numbers; dates as ISO strings.

        >>> d = parse("عنوان الخبر\\nقال الوزير: “نحن مستعدون للحوار”.").to_dict()
        >>> sorted(d)
        ['dateline', 'dates', 'paragraphs', 'published', 'quotes', 'removed', 'text', 'title']
        >>> d["quotes"][0]["text"], d["quotes"][0]["speaker"]
        ('نحن مستعدون للحوار', 'الوزير')
        """
        data = attrs.asdict(self, recurse=True, value_serializer=_jsonable)
        data["dates"] = [
            {**row, "iso": mention.isoformat()}
            for row, mention in zip(data["dates"], self.dates, strict=True)
        ]
        return data

    def _repr_html_(self) -> str:
        """Right-to-left HTML for notebooks: the article, then every removed piece
        struck through with its kind and rule."""
        esc = html.escape
        parts = ['<div dir="rtl" lang="ar" style="text-align:right;font-family:serif">']
        if self.title:
            parts.append(f"<h3>{esc(self.title)}</h3>")
        if self.published is not None:
            parts.append(f'<p style="color:#555">{esc(_iso(self.published))}</p>')
        parts.extend(f"<p>{esc(p)}</p>" for p in self.paragraphs)
        if self.removed:
            parts.append('<details><summary dir="ltr">removed: ' + str(len(self.removed)))
            parts.append(" pieces</summary><ul>")
            for r in self.removed:
                parts.append(
                    f'<li><s style="color:#a33">{esc(r.text)}</s> '
                    f'<code dir="ltr">{esc(r.kind)} · {esc(r.rule)} · line {r.line}</code></li>'
                )
            parts.append("</ul></details>")
        parts.append("</div>")
        return "".join(parts)


def _iso(value: DateLike) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def _jsonable(_inst: object, _field: object, value: object) -> object:
    if isinstance(value, dt.date):
        return _iso(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _check_reference(reference: object) -> DateLike | None:
    if reference is None or isinstance(reference, dt.date):
        return reference
    raise TypeError(
        f"reference must be a datetime.date, datetime.datetime or None, not {type(reference).__name__}"
    )


def _normalized(
    title: str | None, paragraphs: tuple[str, ...], profile: ProfileName
) -> tuple[str | None, tuple[str, ...]]:
    title = normalize(title, profile=profile) if title else None
    kept = tuple(p for p in (normalize(raw, profile=profile) for raw in paragraphs) if p)
    return title or None, kept


def _join(title: str | None, paragraphs: tuple[str, ...]) -> str:
    return "\n".join(([title] if title else []) + list(paragraphs))


def _normalized_text(title: str | None, paragraphs: tuple[str, ...], profile: ProfileName) -> str:
    """``_join(*_normalized(title, paragraphs, profile))``, in one call to ``normalize``.

    Normalizing the joined lines gives the same text when no step looks across a line
    break (only the repair of marks cut off their letter does, in profiles that keep
    diacritics) and no line normalizes to nothing (that leaves an empty line, and so
    does a paragraph with two line separators in a row): both are checked, and such
    text takes one call per line.
    """
    config = PROFILES.get(profile) if isinstance(profile, str) else None
    if config is not None and not (config.repair and not config.diacritics):
        joined = normalize("\n".join(([title] if title else []) + list(paragraphs)), profile=config)
        if "\n\n" not in joined:
            return joined
    return _join(*_normalized(title, paragraphs, profile))


# Where the page states its own date, best first. Site clocks ("today is ...")
# and latest-news blocks show the crawl date and are never used; nor are the
# times printed in teaser cards far from the story.
_DATE_SOURCES = ("caption", "timestamp")
#: How many lines above the title or below the last paragraph an article's own
#: timestamp may stand.
_STORY_MARGIN = 4


def _story_lines(text: str, stripped: Stripped) -> tuple[int, int]:
    """1-based line numbers of the first and last line of the story (title and body)."""
    wanted = [p for p in (stripped.title, *stripped.paragraphs) if p]
    first = last = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if any(p in line for p in wanted[:1]) and not first:
            first = number
        if wanted and wanted[-1] in line:
            last = number
    return first, max(first, last)


def _published(text: str, stripped: Stripped, reference: DateLike | None) -> DateLike | None:
    dateline = stripped.dateline
    if dateline is not None:
        found = _page_date(dateline.date_text or dateline.text, reference)
        if found is not None:
            return found
    first, last = _story_lines(text, stripped)
    for kind in _DATE_SOURCES:
        for piece in stripped.removed:
            if piece.kind != kind or piece.rule == "site_clock":
                continue
            if first and not first - _STORY_MARGIN <= piece.line <= last + _STORY_MARGIN:
                continue
            # A caption names the photo's own date first and the page's stamp last.
            found = _page_date(piece.text, reference, last=kind == "caption")
            if found is not None:
                return found
    return reference


def _page_date(text: str, reference: DateLike | None, *, last: bool = False) -> DateLike | None:
    mentions = find_dates(text, reference=reference)
    for m in reversed(mentions) if last else mentions:
        if m.value is not None and m.granularity in ("day", "minute"):
            return m.value
    return None


def parse(
    text: str, *, reference: DateLike | None = None, profile: ProfileName = "default"
) -> Article:
    """Parse one scraped article: title, body, dateline, quotes, dates, and what was removed.

    ``reference`` is the publication date to fall back on when the page states
    none; relative dates (``اليوم الخميس``, ``أمس``) resolve against the
    publication date. ``profile`` is the normalization profile of the text.

    >>> import datetime
    >>> art = parse("الوزير يعلن\\nالقاهرة - أ ش أ: قال الوزير أمس إن “الخطة جاهزة”.",
    ...             reference=datetime.date(2021, 12, 2))
    >>> art.text
    'الوزير يعلن\\nقال الوزير أمس إن “الخطة جاهزة”.'
    >>> art.quotes[0].speaker, art.dates[0].isoformat()
    ('الوزير', '2021-12-01')
    """
    text = ensure_str(text)
    reference = _check_reference(reference)
    stripped = split_boilerplate(text)
    title, paragraphs = _normalized(stripped.title, stripped.paragraphs, profile)
    body = _join(title, paragraphs)
    published = _published(text, stripped, reference)
    return Article(
        title=title,
        paragraphs=paragraphs,
        text=body,
        published=published,
        dateline=stripped.dateline,
        quotes=tuple(extract_quotes(body)),
        dates=tuple(find_dates(body, reference=published)),
        removed=stripped.removed,
    )


def clean(text: str, *, profile: ProfileName = "default") -> str:
    """The clean text of a scraped article: title and body, normalized.

    The fast path: the same string as ``parse(text).text``, without the
    extraction of quotes and dates.

    >>> clean("عالمية\\nتابعنا عبر\\nوأكّد الوزير أن الدورة ٦٢ ستبدأ غدا.")
    'وأكد الوزير أن الدورة 62 ستبدأ غدا.'
    """
    text = ensure_str(text)
    stripped = _title_and_paragraphs(text)
    return _normalized_text(stripped.title, stripped.paragraphs, profile)


def clean_many(texts: Iterable[str], *, profile: ProfileName = "default") -> list[str]:
    """:func:`clean` over a batch (for ``datasets.map(batched=True)`` and friends).

    >>> clean_many(["نص ١", "نص ٢"])
    ['نص 1', 'نص 2']
    """
    return [clean(t, profile=profile) for t in texts]


def parse_many(
    texts: Iterable[str], *, reference: DateLike | None = None, profile: ProfileName = "default"
) -> list[Article]:
    """:func:`parse` over a batch.

    >>> [a.text for a in parse_many(["نص ١", "نص ٢"])]
    ['نص 1', 'نص 2']
    """
    return [parse(t, reference=reference, profile=profile) for t in texts]
