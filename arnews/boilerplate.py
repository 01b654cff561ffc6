"""Boilerplate stripping: the title and body out of a scraped Arabic news page.

The input is the raw text of one page as scrapers extract it, one paragraph per
line, with page debris mixed in: menus, breadcrumbs, section labels, teaser
headlines, clocks and timestamps, captions and photo credits, share and comment
prompts, ads, "latest news" blocks, source and copyright lines. The output is
the title once, then the body paragraphs in order, and a record of everything
removed and why (:class:`Removed`, with a ``kind`` and the ``rule`` that fired).

How it decides, in three passes over the lines (linear in their number and length):

1. Every line gets a *label* from phrase lexicons matched on the folded view
   (:func:`arnews.normalize.fold`: hamza, diacritics, letter and digit variants
   do not matter) -- ``تابعنا عبر`` is a share prompt, ``قبل 19 دقيقة`` a
   timestamp, ``[إعلان 2]`` an ad -- and *features*: word count, terminal
   punctuation, share of Arabic letters.
2. *Position*: sentence-like lines (six words or more ending in ``.``/``؟``,
   or long lines) form blocks, allowing short gaps (a caption, a "read also"
   card, an intertitle, list items); "latest news", related, comment-form, tag
   and copyright lines close a block. The block with the most text is the story
   (later blocks must be half as long again to win). Debris clusters before and
   after it; inside it only what a lexicon or a caption rule names is cut.
3. *Title*: the headline line repeated on the page, else the headline-like line
   before the story whose words the story repeats. Lines between the title and
   the story are a deck (kept) when they read like text, else bylines and
   captions. An agency dateline at the start of the lead is cut off and kept
   as data (:class:`Dateline`).

Removal is conservative: dropping a body paragraph costs more than leaving a
share button in.

>>> page = "\\n".join([
...     "الرئيسية / أخبار / الحكومة تقر الموازنة",
...     "الحكومة تقر الموازنة العامة للعام المقبل",
...     "قبل 19 دقيقة",
...     "تابعنا عبر",
...     "القاهرة - أ ش أ: أقرت الحكومة اليوم الموازنة العامة للعام المقبل بعد نقاش طويل.",
...     "وقال وزير المالية إن الموازنة تركز على دعم الأسر وتحسين الخدمات العامة.",
...     "آخر الأخبار",
...     "ارتفاع أسعار الذهب في الأسواق المحلية",
... ])
>>> print(strip_boilerplate(page))
الحكومة تقر الموازنة العامة للعام المقبل
أقرت الحكومة اليوم الموازنة العامة للعام المقبل بعد نقاش طويل.
وقال وزير المالية إن الموازنة تركز على دعم الأسر وتحسين الخدمات العامة.
>>> result = split_boilerplate(page)
>>> result.dateline.place, result.dateline.source
('القاهرة', 'أ ش أ')
>>> [(r.kind, r.rule) for r in result.removed][:3]
[('nav', 'breadcrumb'), ('timestamp', 'timestamp'), ('share', 'share_prompt')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from typing import Literal

import attrs
import regex

from arnews._check import ensure_str
from arnews.data import boilerplate as lex
from arnews.normalize import Folded, fold, fold_text

__all__ = [
    "Dateline",
    "Removed",
    "RemovedKind",
    "Stripped",
    "learn_boilerplate",
    "split_boilerplate",
    "strip_boilerplate",
]

RemovedKind = Literal[
    "nav",
    "section",
    "related",
    "latest",
    "timestamp",
    "caption",
    "credit",
    "share",
    "continued",
    "comments",
    "ad",
    "source",
    "byline",
    "dateline",
    "duplicate",
    "other",
]


@attrs.frozen
class Removed:
    """A piece of the input that is not title or body, with why it went.

    ``text`` is exactly ``input[start:end]``: a whole stripped line, or a
    fragment cut from the start or end of one. ``line`` is 1-based.
    """

    text: str
    line: int
    start: int
    end: int
    kind: RemovedKind
    rule: str


@attrs.frozen
class Dateline:
    """An agency or place dateline cut from the lead, kept as data (dates not parsed)."""

    text: str
    line: int
    start: int
    end: int
    place: str | None
    source: str | None
    date_text: str | None


@attrs.frozen
class Stripped:
    """The result of :func:`split_boilerplate`."""

    title: str | None
    paragraphs: tuple[str, ...]
    dateline: Dateline | None
    removed: tuple[Removed, ...]

    @property
    def text(self) -> str:
        """Title (if any) then paragraphs, one per line."""
        parts = ([self.title] if self.title is not None else []) + list(self.paragraphs)
        return "\n".join(parts)


# ---------------------------------------------------------------------------
# Lexicons, folded and compiled lazily, once
# ---------------------------------------------------------------------------

_EDGE_CHARS = " \t:：،,.;؛-–—_|*•·»«<>()[]{}!؟?\"'“”‘’…/\\+=~^#@"


def _key(s: str) -> str:
    """A folded line or phrase reduced for whole-line lookups."""
    return " ".join(s.lower().strip(_EDGE_CHARS).split())


def _fold_phrase(s: str) -> str:
    return _key(fold_text(s))


def _fold_phrases(items: Iterable[str]) -> list[str]:
    """``[_fold_phrase(s) for s in items]`` with one fold of the joined phrases (a lexicon has
    hundreds; the fold changes characters one by one and keeps line breaks)."""
    items = list(items)
    if not items or any("\n" in s for s in items):
        return [_fold_phrase(s) for s in items]
    return [_key(s) for s in fold_text("\n".join(items)).split("\n")]


@cache
def _rx(pattern: str) -> _Pattern:
    """A small pattern compiled once (call sites pass constant strings)."""
    return _compile(pattern)


@cache
def _phrases(name: str) -> frozenset[str]:
    table: tuple[str, ...] = getattr(lex, name)
    return frozenset(_fold_phrases(table))


def _alt(words: Iterable[str]) -> str:
    items = sorted(set(_fold_phrases(w for w in words if w.strip())), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in items)


@cache
def _opener_re(name: str) -> regex.Pattern[str]:
    """``^(phrase)`` followed by a word boundary, over a lowered folded line."""
    table: tuple[str, ...] = getattr(lex, name)
    return regex.compile(rf"^(?:{_alt(table)})(?!\w)", regex.V1)


@cache
def _opener_firsts(name: str) -> frozenset[str] | None:
    """First words of a table's phrases (None when a phrase does not start with a word)."""
    out: set[str] = set()
    for p in _fold_phrases(getattr(lex, name)):
        m = _WORD_RE.match(p)
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


def _first_word(k: str) -> str:
    head = k.partition(" ")[0]
    if head.isalnum():
        return head  # the common case: a plain word (``\w`` is ``isalnum`` plus "_")
    m = _WORD_RE.match(k)
    return m.group() if m else ""


#: The tables :func:`_opens` reads: the index of their phrases' first words covers these.
_OPENER_TABLES = frozenset(
    {
        "AD_OPENERS",
        "BYLINE_OPENERS",
        "COMMENT_OPENERS",
        "FOOTER_OPENERS",
        "LATEST_RUN_HEADINGS",
        "MASTHEAD_OPENERS",
        "RELATED_HEADINGS",
        "SECTION_OPENERS",
        "SHARE_OPENERS",
        "SHARE_VERBS",
        "SOURCE_OPENERS",
        "TAG_HEADINGS",
        "TIMESTAMP_OPENERS",
    }
)


@cache
def _opener_index() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """First word -> the opener tables with a phrase it can start; and the tables any word
    can start (a phrase that does not open with a word)."""
    always = frozenset(n for n in _OPENER_TABLES if _opener_firsts(n) is None)
    by_first: dict[str, set[str]] = {}
    for name in _OPENER_TABLES:
        for word in _opener_firsts(name) or ():
            by_first.setdefault(word, set(always)).add(name)
    return {w: frozenset(names) for w, names in by_first.items()}, always


def _heads(first: str) -> frozenset[str]:
    """The opener tables a line whose first word is ``first`` may open with (one lookup a line)."""
    index, always = _opener_index()
    return index.get(first, always)


def _opens(name: str, k: str, heads: frozenset[str]) -> _Match | None:
    """``_opener_re(name).match(k)``, skipped when ``k``'s first word opens no phrase of the table
    (``heads`` is :func:`_heads` of it)."""
    if name in heads:
        return _opener_re(name).match(k)
    if name not in _OPENER_TABLES:
        raise KeyError(f"{name} is not listed in _OPENER_TABLES")
    return None


_Pattern = re.Pattern[str] | regex.Pattern[str]
_Match = re.Match[str] | regex.Match[str]


def _compile(pattern: str, flags: int = 0) -> _Pattern:
    """``re`` when it can compile the pattern (faster per call), else ``regex``."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


@cache
def _patterns() -> dict[str, _Pattern]:
    def folded(pattern: str, flags: int = 0) -> _Pattern:
        # Arabic literals in patterns are matched against folded text: fold them the same way.
        return _compile(fold(pattern).text, flags)

    months = _alt(lex.MONTHS)
    weekdays = _alt(lex.WEEKDAYS)
    units = _alt(lex.TIME_UNITS)
    return {
        "comment_count": folded(
            r"^(?:(?:عدد )?(?:ال)?تعليق(?:ات)?|comments?|ردود|رد) ?\(? ?\d{1,6} ?\)?$"
            r"|^\(?\d{1,6}\)? ?(?:تعليق(?:ات)?|comments?|ردود)$"
        ),
        "ad_marker": _compile(r"^\[? ?(?:اعلان|اعلانات|ad|ads|advertisement) ?\d{0,3} ?\]?$", re.I),
        "continued": folded(r"^[(\[-]? ?(?:تستمر|يتبع|تتمه|تابع|continued) ?[)\]-]?\.{0,3}$"),
        "breadcrumb_home": folded(r"^(?:الرئيسيه|الصفحه الرئيسيه|home)\s{0,3}[/»›>|]"),
        "crumb_sep": _compile(r"\s[/»›>]\s|»|›"),
        "comment_welcome": folded(
            r"^(?:ترحب|يرحب|نرحب) (?:\S{1,20} ){0,4}?ب(?:النقاش|تعليقات|تعليقاتكم|ارائكم|مشاركات)"
        ),
        "dateline_tail": _compile(r"([^\W\d_]{2,15})(?:\s{0,2}[.:\-–—]\s{0,3}|\s{1,3})"),
        "spa_dateline": _compile(
            r"^([^\W\d_]{2,15}(?: [^\W\d_]{2,15})?) \d{1,2} (?:[^\W\d_]{2,10} ){1,2}\d{4} ?هـ?"
            r"(?: الموافق \d{1,2} (?:[^\W\d_]{2,10} ){1,2}\d{4} ?م?)? (?:واس|sp[a])\s{0,2}[-:–—]?\s{0,3}",
            re.I,
        ),
        "outlet_prefix": _compile(
            r"^([^\W\d_]{2,15}(?: [^\W\d_]{2,15})?)(?:\s{0,2}:|\s{1,2}[-–—])\s{1,3}(?=[^\W\d_])"
        ),
        "leaked_date": _compile(
            r"(?:date|التاريخ)\s{0,2}:?\s{0,2}\d{4}-\d{1,2}-\d{1,2}(?:[ t]\d{1,2}(?::\d{2}){0,2})?\s{1,3}",
            re.I,
        ),
        "paren_tail": _compile(r"\([^()]{1,30}\)\s*$"),
        "guillemets": _compile(r"«[^«»\n]{0,80}»"),
        "glued_date": _compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,20}){0,2} ?(?=\d)"),
        "published_mid": folded(r"(?:^|\s)(?:نشر في|نشر بتاريخ|تاريخ النشر|نشر)\s?:?\s"),
        "relative_byline": folded(
            r"^[^\W\d_]{2,15} ?[,،] ?(?:منذ|قبل) \d{1,4} [^\W\d_]{2,8}"
            r"(?: و ?\d{1,4} [^\W\d_]{2,8})?(?: [^\W\d_]{2,15}){0,3}$"
        ),
        "mid_source": folded(r"(?:\d|[a-z])\s{0,2}(?:المصدر|المصدر:)\s"),
        "tags_suffix": folded(
            r"\s(?:الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم|تاجز|tags)(?: ذات صلة)?\s{0,2}:?\s[^.!?؟]{0,300}$",
            re.I,
        ),
        "paren_source": _compile(
            r"[.!?؟]\s{0,2}(\(\s{0,2}[^\W\d_]{2,20}(?: [^\W\d_]{2,20}){0,2}\s{0,2}\))\s*$"
        ),
        "relative_time": _compile(
            rf"^(?:(?:منذ|قبل|نشر|نشر قبل|اخر تحديث|تحديث) )?(?:حوالي )?(?:\d{{1,4}} ?)?(?:{units})"
            rf"(?: و ?(?:\d{{1,4}} ?)?(?:{units}))?(?: ago)?$",
            re.I,
        ),
        "date_token": _compile(
            rf"(?:{months}|{weekdays})(?!\w)|\d{{1,4}}(?:[./:\-]\d{{1,4}}){{1,3}}|\d{{4}}", re.I
        ),
        "counter": folded("^(?:" + "|".join(lex.COUNTER_PATTERNS) + ")$", re.I),
        "caption": folded("|".join(lex.CAPTION_MARKERS), re.I),
        "photo_credit": _compile("|".join(lex.PHOTO_CREDIT_MARKERS), re.I),
        "url": _compile(r"(?:https?://|www\.)\S{1,500}|\b\S{1,60}\.(?:com|net|org|me|tv)\b"),
        "latin_word": _compile(r"[A-Za-z]{2,}"),
        "letters_digits": _compile(r"[^\W\d_]+|\d+"),
        "terminal": _compile(r"[.!?؟…:][\"'”’»)\]\s]{0,4}$"),
        "truncated": _compile(r"\w(?:\.{2,4}|…)\s{0,2}$"),
        "credit_latin": _compile(r"^[A-Za-z0-9 ./,&'()-]{2,80}$"),
        "source_suffix": folded(
            r"\s{0,3}[(\[]\s{0,3}(?:المصدر|source)\s{0,3}:[^()\[\]]{1,60}[)\]]\s*$"
        ),
        "site_suffix": _compile(
            r"\s{1,3}[-–—|]\s{1,3}([^-–—|]{1,40}(?:\s{0,3}\|\s{0,3}[^|]{1,40})?)$|\s(مميز)$"
        ),
        "social_url": _compile(
            r"(?:facebook|fb|twitter|x|t|telegram|instagram|youtube|youtu|wa|whatsapp|tiktok|linkedin)"
            r"\.(?:com|me|be|org)",
            re.I,
        ),
    }


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    def words(*names: str) -> frozenset[str]:
        out: set[str] = set()
        for name in names:
            for p in _fold_phrases(getattr(lex, name)):
                out.update(p.split())
        return frozenset(out)

    return {
        "social": words("SOCIAL_WORDS"),
        "agency": frozenset(_fold_phrases(lex.AGENCIES)),
        "agency_words": frozenset(w for w in words("AGENCIES") if len(w) > 1),
        "outlet": words("OUTLET_WORDS"),
        "place_words": words("PLACES"),
        "places": frozenset(_fold_phrases(lex.PLACES)),
        "date_words": words("MONTHS", "WEEKDAYS", "TIMESTAMP_WORDS"),
        "months": words("MONTHS"),
        "honorifics": frozenset(_fold_phrases(lex.HONORIFICS)),
        "offices": frozenset(_fold_phrases(lex.OFFICES)),
        "speakers": frozenset(_fold_phrases(lex.SPEAKER_WORDS)),
        "verbish_names": frozenset(_fold_phrases(lex.VERBISH_NAMES)),
    }


# ---------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(
        _fold_phrase(w)
        for w in [
            "في",
            "من",
            "على",
            "إلى",
            "الى",
            "عن",
            "أن",
            "إن",
            "مع",
            "هذا",
            "هذه",
            "ذلك",
            "التي",
            "الذي",
            "التى",
            "بعد",
            "قبل",
            "كما",
            "أو",
            "ثم",
            "قد",
            "لم",
            "لا",
            "ما",
            "بين",
            "حول",
            "خلال",
            "عند",
            "كل",
            "وقد",
            "وفي",
            "ومن",
            "أنه",
            "إنه",
        ]
    )


#: The clitics ``_stem_re`` cuts off, in the order its alternation tries them.
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
_CLITICS_BY_FIRST = {c[0]: tuple(p for p in _CLITICS if p[0] == c[0]) for c in _CLITICS}


@cache
def _stem_re() -> re.Pattern[str]:
    """A word of three letters or more after an optional clitic (و، ب، ل، ف، ال ...), or a number."""
    return re.compile(r"(?<!\w)(?:" + "|".join(_CLITICS) + r")?(\w{3,}|\d+)(?!\w)")


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """What ``_stem_re`` finds in one whole ``\\w+`` word, or "" (memoized: words repeat).

    >>> _stem("والحكومة"), _stem("ولد"), _stem("في"), _stem("و12")
    ('حكومة', 'ولد', '', '12')
    """
    for clitic in _CLITICS_BY_FIRST.get(word[:1], ()):
        if word.startswith(clitic):
            rest = word[len(clitic) :]
            if len(rest) >= 3 or (rest and rest.isdecimal()):
                return rest
    return word if len(word) >= 3 or word.isdecimal() else ""


class _Line:
    """One non-blank input line with its features and, as passes go, its verdict."""

    __slots__ = (
        "_folded",
        "arabic",
        "content",
        "end",
        "ftext",
        "key",
        "kind",
        "latin",
        "no",
        "rule",
        "start",
        "status",
        "terminal",
        "text",
        "wkey",
        "wkey_exact",
        "words",
    )

    def __init__(
        self,
        *,
        no: int,
        start: int,
        end: int,
        text: str,
        ftext: str,
        key: str,
        words: int,
        arabic: float,
        terminal: bool,
        latin: bool,
        wkey: str,
        wkey_exact: bool,
    ) -> None:
        self.no = no
        self.start = start
        self.end = end
        self.text = text
        self.ftext = ftext
        self._folded: Folded | None = None
        self.key = key
        self.words = words
        self.arabic = arabic
        self.terminal = terminal
        self.latin = latin  # a letter other than Arabic somewhere in the line
        self.wkey = wkey
        self.wkey_exact = wkey_exact  # ``wkey`` holds exactly the words of ``ftext``
        self.kind: RemovedKind | None = None
        self.rule = ""
        self.content = False
        self.status = "?"  # "title", "body", "removed"

    @property
    def folded(self) -> Folded:
        """The folded line with offsets (built on demand: most lines need only ``ftext``)."""
        if self._folded is None:
            if len(self.ftext) == len(self.text):
                self._folded = Folded(self.ftext, range(len(self.ftext) + 1))
            else:
                self._folded = fold(self.text)
        return self._folded


# Arabic ranges first: the engine tests a class's items in order, most letters exit there.
#: A letter other than Arabic (one class, used by the two patterns below).
_OTHER_LETTER = r"[^\u0600-\u06ff\u0750-\u077f\W\d_]"
_OTHER_LETTER_RE = re.compile(_OTHER_LETTER + "+")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")
#: From a letter other than Arabic to the end of its line (one match per such line).
_LATIN_LINE_RE = re.compile(_OTHER_LETTER + r"[^\n]*")
_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
_SEP_RE = re.compile(r"[-–—/:(]")
#: Every caption marker needs one of these (a cheap ``in`` test before the marker regex).
_CAPTION_HINTS = ("(", "|", "صور", "تصوير", "عدسه", "ارشيف")


def _caption_hint(k: str) -> bool:
    """One of ``_CAPTION_HINTS`` is in ``k`` (spelt out: a generator costs more than the tests)."""
    return "(" in k or "|" in k or "صور" in k or "تصوير" in k or "عدسه" in k or "ارشيف" in k


_ALNUM_RE = re.compile(r"[^\W_]")
#: Punctuation stripped from a token's edges before the ``\w+`` split (none is ``\w``).
_TOKEN_EDGES = ".,،:؛;!?؟()«»\"'-–—/[]“”‘’…%"
#: The last character of a stripped line the ``terminal`` pattern can match at.
_TERMINAL_LAST = frozenset(".!?؟…:\"'”’»)]")
_LIST_ITEM_RE = re.compile(r"^(?:[-–—•*·▪●○◦]|\d{1,2}\s?[-.)]|[(]\d{1,2}[)])")


def _arabic_share(s: str) -> float:
    """Share of Arabic characters among the letters of the first 400 characters."""
    head = s[:400]
    if _OTHER_LETTER_RE.search(head) is None:
        # The common case: no Latin (or other) letters at all.
        return 1.0 if _ARABIC_RE.search(head) else 0.0
    arabic = len(head) - len(_ARABIC_RE.sub("", head))
    other = len(head) - len(_OTHER_LETTER_RE.sub("", head))
    return arabic / (arabic + other) if arabic + other else 0.0


@cache
def _safe_punctuation() -> frozenset[str]:
    """Punctuation the fold keeps as it is (checked, not assumed)."""
    return frozenset(c for c in _TOKEN_EDGES if fold(c).text == c)


def _safe_edge(ch: str) -> bool:
    """A character the fold neither deletes nor turns into a space (a letter, a digit, a stop)."""
    if ch.isalnum():
        return ch != "\u0640"  # U+0640 ARABIC TATWEEL is deleted
    return ch in _safe_punctuation()


def _terminal(stripped: str, terminal_re: _Pattern, truncated_re: _Pattern) -> bool:
    """The ``terminal`` pattern matches the line's end and the ``truncated`` one does not."""
    last = stripped[-1]
    if last in "!?؟:" or (last == "." and stripped[-2:-1] != "."):
        # A stop with no closer after it; "truncated" needs ".." or "…" at the very end.
        return True
    return (
        last in _TERMINAL_LAST
        and terminal_re.search(stripped[-8:]) is not None
        and truncated_re.search(stripped[-8:]) is None
    )


def _split_lines(text: str) -> list[_Line]:
    pats = _patterns()
    terminal_re = pats["terminal"]
    truncated_re = pats["truncated"]
    out: list[_Line] = []
    pos = 0
    raws = text.split("\n")
    # Fold the page once; a line whose folded form has its length is sliced from it
    # (the fold then changed no length, so offsets are the identity), any other line
    # (diacritics, tatweel, invisible characters) is folded on its own.
    page = fold_text(text)
    folded_raws = page.split("\n")  # line for line: the fold keeps every "\n" and adds none
    # Lines with letters other than Arabic (most pages have a few, most lines none): only
    # they need the full letter count (on the others the Arabic share is 1, or 0 without
    # Arabic letters) and only they are lowered (the letters are what ``lower()`` changes,
    # but for circled Latin capitals, which are symbols and stay as they are).
    mixed: set[int] = set()
    index, last = 0, 0
    for m in _LATIN_LINE_RE.finditer(page):
        index += page.count("\n", last, m.start())
        last = m.start()
        mixed.add(index)
    # Keys are lower case; so is ``ftext`` unless lowering a line changes its length
    # (then no line's is, and each key is lowered on its own).
    lowered = {i: folded_raws[i].lower() for i in mixed}
    is_lower = all(len(lowered[i]) == len(folded_raws[i]) for i in mixed)
    if is_lower:
        for i in mixed:
            folded_raws[i] = lowered[i]
    for no, raw in enumerate(raws, 1):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            fraw = folded_raws[no - 1]
            low: str | None = None
            if len(fraw) == len(raw):
                ftext = fraw[lead : lead + len(stripped)]
                low = ftext if is_lower else None
            elif _safe_edge(stripped[0]) and _safe_edge(stripped[-1]):
                # The fold deleted or expanded characters inside the line (diacritics):
                # its edges are letters or digits, so the line's fold is the page's, stripped.
                ftext = fraw.strip()
                low = ftext if is_lower else None
            else:
                ftext = fold_text(stripped)
            if low is None:
                low = ftext.lower()
            key = low.strip(_EDGE_CHARS)
            if "  " in key or not key.isprintable():
                # Printable text has no whitespace but U+0020 (tabs, NBSP, U+2028 ... are
                # "Other" or "Separator"): only then can ``split`` change the key.
                key = " ".join(key.split())
            toks: list[str] = []
            for t in key.split(" "):
                if t.isalnum():
                    toks.append(t)
                else:
                    # "word." / "«word»": punctuation (never a \w character) at the edges only.
                    u = t.strip(_TOKEN_EDGES)
                    if u.isalnum():
                        toks.append(u)
                    else:
                        toks.extend(_WORD_RE.findall(t))
            latin = no - 1 in mixed
            if latin:
                arabic = _arabic_share(ftext)
            elif "\u0621" <= ftext[:1] <= "\u064a":  # most lines open with an Arabic letter
                arabic = 1.0
            else:
                arabic = 1.0 if _ARABIC_RE.search(ftext, 0, 400) else 0.0
            out.append(
                _Line(
                    no=no,
                    start=start,
                    end=start + len(stripped),
                    text=stripped,
                    ftext=ftext,
                    key=key,
                    words=len(toks),
                    wkey=" ".join(toks),
                    wkey_exact=low == ftext and "_" not in ftext,
                    arabic=arabic,
                    terminal=_terminal(stripped, terminal_re, truncated_re),
                    latin=latin,
                )
            )
        pos += len(raw) + 1
    return out


# ---------------------------------------------------------------------------
# Pass 1: lexicon labels
# ---------------------------------------------------------------------------


def _is_timestamp(key: str, words: int, first: str | None = None) -> bool:
    """A timestamp line; ``first`` is ``key``'s first word when the caller has it."""
    pats = _patterns()
    if words > 26 or not key:
        return False
    if pats["relative_time"].match(key):
        return True
    m = _opens("TIMESTAMP_OPENERS", key, _heads(_first_word(key) if first is None else first))
    if m and words <= 16 and pats["date_token"].search(key, m.end()):
        return True
    # Only dates, times and places, and at least one digit. The words first: a sentence's
    # first word ends the loop, where a scan for a digit would read the whole line.
    ws = _word_sets()
    for mt in pats["letters_digits"].finditer(key):
        tok = mt.group()
        if tok.isdigit() or tok in ws["date_words"] or tok in ws["place_words"]:
            continue
        if tok in ("gmt", "utc", "am", "pm", "eet", "ص", "م", "ء", "ه", "هـ"):
            continue
        return False
    return _DIGIT_RE.search(key) is not None


def _dateline_tokens_ok(key: str) -> tuple[bool, bool]:
    """(all tokens may appear in a dateline, at least one agency/outlet/place hit)."""
    ws = _word_sets()
    toks = _patterns()["letters_digits"].findall(key)
    if not toks or len(toks) > 9:
        return False, False
    hit = False
    unknown = 0
    for t in toks:
        if t in ws["agency_words"] or t in ws["outlet"] or t in ws["place_words"]:
            hit = True
        elif t.isdigit() or t in ws["months"] or t in ("في", "ء") or len(t) == 1:
            continue
        else:
            unknown += 1
    if not hit:
        hit = _abbrev_re().search(key) is not None
    return unknown <= 2 and hit, hit


@cache
def _abbrev_re() -> regex.Pattern[str]:
    """Agency abbreviations written letter by letter (``أ ش أ``, ``د.ب.أ``)."""
    abbrevs = [a for a in lex.AGENCIES if " " in a.strip() or "." in a]
    parts = [
        r"[\s.]{1,2}".join(regex.escape(c) for c in _fold_phrase(a) if c not in " .")
        for a in abbrevs
    ]
    return regex.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _label(line: _Line, known: frozenset[str]) -> tuple[RemovedKind, str] | None:
    pats = _patterns()
    k = line.key
    w = line.words
    f = line.ftext
    if known and (line.text in known or k in known):
        return "other", "known_line"
    if w > 60:
        return None
    first = _first_word(k)
    heads = _heads(first)
    if w > 45:
        # A long line: only a run-together "latest news" block, a tag list or a source
        # line can be debris (every other rule is for shorter lines).
        m = _opens("LATEST_RUN_HEADINGS", k, heads)
        if m and not line.terminal and k[m.end() :].startswith(" "):
            return "latest", "latest_block"
        if _opens("TAG_HEADINGS", k, heads) and ":" in f[:30]:
            return "other", "tags"
        if (
            _opens("SOURCE_OPENERS", k, heads)
            and _rx(r"^\S{1,12}(?: \S{1,12})?\s?[:\-–—]").match(f)
            and len(_WORD_RE.findall(pats["url"].sub(" ", f))) <= 16
        ):
            return "source", "source_line"
        return None
    if not f[:1].isalnum() and _ALNUM_RE.search(f) is None:
        return "other", "punctuation"
    if w <= 2 and all(t.isdigit() for t in pats["letters_digits"].findall(k)):
        return "other", "number"
    # Share / follow / subscribe
    if k in _phrases("SHARE_PHRASES"):
        return "share", "share_prompt"
    toks = k.split() if w <= 12 else []  # read only under ``w <= 12`` guards
    social = _word_sets()["social"]
    if w <= 12 and toks and toks[0] in social and all(t in social for t in toks):
        return "share", "social_names"
    if w <= 10 and not line.terminal and _opens("SHARE_OPENERS", k, heads):
        return "share", "share_prompt"
    if (
        w <= 10
        and not line.terminal
        and _opens("SHARE_VERBS", k, heads)
        and (
            any(t in social for t in toks[1:])
            or (line.latin and (pats["latin_word"].search(f) or pats["url"].search(f)))
        )
    ):
        return "share", "share_prompt"
    # Latin-letter patterns (links, agencies' credits) only where there are such letters.
    if w <= 12 and line.latin and pats["social_url"].search(f):
        return "share", "social_link"
    # Comments
    if k in _phrases("COMMENT_PHRASES"):
        return "comments", "comment_block"
    # A counter ("تعليق (0)") also sits under headlines: it does not close the story.
    if pats["comment_count"].match(k) or (
        w <= 5 and _rx(r"^(?:ال)?(?:تعليقات|تعليق|ردود)(?: \w{1,12})? ?\(\d{1,6}\)?$").match(k)
    ):
        return "comments", "comment_count"
    if w <= 45 and (
        _opens("COMMENT_OPENERS", k, heads)
        or (first in ("ترحب", "يرحب", "نرحب") and pats["comment_welcome"].match(k))
    ):
        return "comments", "comment_policy"
    # Related and latest headings
    if k in _phrases("RELATED_HEADINGS"):
        return "related", "read_also" if _is_read_also(k) else "related_heading"
    if k in _phrases("LATEST_HEADINGS"):
        return "latest", "latest_heading"
    m = _opens("LATEST_RUN_HEADINGS", k, heads)
    if m and w >= 8 and not line.terminal and k[m.end() :].startswith(" "):
        return "latest", "latest_block"
    if w <= 8 and not line.terminal and _opens("SECTION_OPENERS", k, heads):
        return "section", "section_heading"  # "آخر أخبار مجلس الأمة": the site's section
    m = _opens("RELATED_HEADINGS", k, heads)
    if m and _is_read_also(k) and w <= 30 and f.lstrip(_EDGE_CHARS)[:12].find(":") >= 0:
        return "related", "read_also"
    if w <= 25 and not line.terminal and _rx(r"^(?:اقرا|شاهد|طالع) (?:ايضا|المزيد|كذلك) ").match(k):
        return "related", "read_also"
    # Navigation
    if k in _phrases("NAV_PHRASES"):
        return "nav", "nav_link"
    if w <= 40 and not line.terminal:
        if pats["breadcrumb_home"].match(k):
            return "nav", "breadcrumb"
        if "»" in f or "/" in f or "›" in f or ">" in f:
            unquoted = pats["guillemets"].sub(" ", f) if "«" in f else f
            if len(pats["crumb_sep"].findall(unquoted)) >= 2:
                return "nav", "breadcrumb"
    # Continuation, ads
    if w <= 6 and (k in _phrases("CONTINUED_PHRASES") or pats["continued"].match(f.strip())):
        return "continued", "continued_marker"
    if w <= 6 and (k in _phrases("AD_PHRASES") or pats["ad_marker"].match(f.strip())):
        return "ad", "ad_marker"
    if w <= 14 and _opens("AD_OPENERS", k, heads):
        return "ad", "app_promo"
    # Tags, footer, counters
    if w <= 60 and _opens("TAG_HEADINGS", k, heads) and (w <= 3 or ":" in f[:30]):
        return "other", "tags"
    if w <= 12 and "#" in f and all(t.startswith("#") for t in f.split()):
        return "other", "tags"  # hashtags
    if w <= 40 and (_opens("FOOTER_OPENERS", k, heads) or ("حقوق" in k and "محفوظه" in k)):
        return "other", "copyright"
    if w <= 8 and _opens("MASTHEAD_OPENERS", k, heads) and ":" in f:
        return "other", "masthead"
    if "©" in f or "(c)" in k:
        if w <= 6 and "حقوق" not in k:
            return "credit", "photo_credit"
        if w <= 40:
            return "other", "copyright"
    if w <= 8 and pats["counter"].match(k):
        return "other", "counter"
    # Polls
    if w <= 4 and k in _phrases("POLL_HEADINGS"):
        return "other", "poll"
    # Timestamps (rule refined by position later)
    if _is_timestamp(k, w, first):
        return "timestamp", "timestamp"
    if w <= 20 and not line.terminal and _DIGIT_RE.search(k) is not None:
        # "عرب وعالم16-9-2021 | 18:25", "كشـ24 | و.م.ع نشر في: 11 مارس 2023": a section or
        # outlet label glued to the article's timestamp.
        m = pats["published_mid"].search(k)
        if m is None and w <= 12:  # "الجريدة العقارية الجمعة 12 سبتمبر 2025 | 12:12 صباحا"
            m = pats["glued_date"].match(k)
        if m is not None and len(k[: m.start()].split()) <= 5:
            rest = k[m.end() :]
            if _dateline_res()[2].search(rest) and _is_timestamp(_key(rest), w):
                return "timestamp", "timestamp"
        if w <= 10 and pats["relative_byline"].match(k):
            return "timestamp", "timestamp"  # "المغرب، منذ 4 عام و 5 شهر NAME"
    # Source lines
    if (
        _opens("SOURCE_OPENERS", k, heads)
        and _rx(r"^\S{1,12}(?: \S{1,12})?\s?[:\-–—]").match(f)
        and len(_WORD_RE.findall(pats["url"].sub(" ", f))) <= 16
    ):
        return "source", "source_line"
    if (
        w <= 4
        and toks
        and (all(t in _word_sets()["agency_words"] for t in toks) or _abbrev_re().fullmatch(k))
    ):
        return "source", "agency_line"
    if w <= 8 and pats["mid_source"].search(k):
        return "source", "source_line"  # "أطلس 24 المصدر أصوات مغاربية."
    # Credits and captions
    if w <= 8 and line.arabic == 0.0 and "/" in f and pats["credit_latin"].match(f):
        return "credit", "photo_credit"
    if w <= 3 and line.arabic == 0.0 and line.latin and pats["photo_credit"].search(k):
        return "credit", "photo_credit"
    if (
        w <= 40
        and _caption_hint(k)
        and pats["caption"].search(k)
        and (w <= 14 or not line.terminal or "(" in f)
    ):
        return "caption", "caption_marker"
    if w <= 12 and not line.terminal and line.latin and pats["photo_credit"].search(k):
        return "caption", "caption_marker"
    if w <= 10 and "عدسه" in k:
        return "caption", "caption_marker"
    # Bylines
    if w <= 5 and _opens("BYLINE_OPENERS", k, heads) and _rx(r"^\S{1,12}\s?[:\-–—]").search(f):
        return "byline", "byline"
    if 2 <= w <= 4 and not line.terminal and _rx(r"^(?:كتب|كتبت|بقلم) ").match(k):
        return "byline", "byline"
    # A whole-line dateline or outlet line ("جفرا نيوز -", "السبيل – الأناضول")
    if w <= 6 and (not line.terminal or f.rstrip().endswith(":")):
        ok, _hit = _dateline_tokens_ok(k)
        ws = _word_sets()
        named = any(t in ws["agency_words"] or t in ws["place_words"] for t in toks)
        if ok and f.rstrip().endswith(":") and not named:
            return "byline", "outlet_line"  # "الثورة أون لاين :" heads the story
        if ok and _rx(r"[-–—_/:]|\sـ|ـ\s").search(line.text):
            return "dateline", "dateline_line"
        if ok and w <= 3 and any(t in _word_sets()["outlet"] for t in toks):
            return "byline", "outlet_line"
    if w <= 5 and not line.terminal and toks and toks[0] == "موقع":
        return "byline", "outlet_line"  # "موقع كل يوم -الوطن": an aggregator's source line
    # URL-only lines
    if w <= 12 and line.latin and pats["url"].fullmatch(f.strip()):
        return "other", "url"
    return None


def _is_read_also(k: str) -> bool:
    return bool(_rx(r"^(?:اقرا|شاهد|طالع|انظر|read|اقر)").match(k))


# ---------------------------------------------------------------------------
# Pass 2: blocks
# ---------------------------------------------------------------------------

_BREAK_RULES = frozenset(
    {
        "latest_heading",
        "latest_block",
        "comment_block",
        "comment_policy",
        "related_heading",
        "tags",
        "copyright",
    }
)


def _is_content(line: _Line) -> bool:
    if line.kind is not None or line.arabic < 0.5:
        return False
    if line.words >= 6 and line.terminal:
        return True
    if _patterns()["truncated"].search(line.text[-8:]):
        return line.words >= 40  # a teaser cut off with "..." is not a paragraph
    return line.words >= 18


_UNDER_HEADLINE_KINDS = frozenset({"other", "source", "byline", "timestamp", "credit", "share"})

_IN_STORY_KINDS = frozenset({"caption", "credit", "ad", "continued", "dateline", "byline"})


def _gap_weight(ln: _Line) -> float:
    """How much a line that is not a sentence separates two sentences of one story."""
    if ln.kind in _IN_STORY_KINDS or ln.rule in ("read_also", "read_also_card"):
        return 0.25  # furniture that sits inside stories: photos, ads, "read also" cards
    if ln.kind == "share":
        return 0.5
    if ln.kind is None and ln.arabic >= 0.5 and _LIST_ITEM_RE.match(ln.text):
        return 1 / 3  # a list item, however short
    if ln.kind is not None or ln.words < 4 or ln.arabic < 0.5:
        return 1.0
    return 1 / 3  # a text-like line that is not a sentence: an intertitle, a list item


def _cut_after_source(lines: list[_Line], first: int, last: int) -> int:
    """End the story at a closing ``المصدر:`` line when what follows is another article.

    Text after the source line that shares almost no words with the story before it is a
    teaser of another article (often ending in ``Read More``); a chart's source line inside
    the story is followed by more of the same story, which stays.
    """
    for i in range(first + 1, last + 1):
        if lines[i].rule != "source_line":
            continue
        text_before = " ".join(ln.ftext for ln in lines[first:i] if ln.content)
        text_after = " ".join(ln.ftext for ln in lines[i + 1 : last + 1])
        if len(text_after) >= len(text_before):
            continue
        before = _stems(text_before[:3000])
        after = _stems(text_after[:3000])
        if after and before and len(after & before) / len(after) < 0.2:
            return max((j for j in range(first, i) if lines[j].content), default=last)
    return last


def _best_block(lines: list[_Line], max_gap: float = 3) -> tuple[int, int] | None:
    """Indices (first, last) of the story: the content block with the most text.

    A block that comes after the best one so far must be half as long again to
    replace it: teaser paragraphs and related stories come after the story. Once
    a story-sized block has been closed by a comment form, blocks after it count
    a fifth (readers' comments); after a "latest"/"related" heading, half.
    """
    best: tuple[int, int] | None = None
    best_score = 0.0
    start = -1
    last = -1
    score = 0
    gap = 0.0
    factor = 1.0

    def close() -> None:
        nonlocal best, best_score
        if start >= 0 and score * factor > best_score:
            best, best_score = (start, last), score * factor * 1.5

    for i, ln in enumerate(lines):
        if ln.content:
            if start < 0:
                start, score = i, 0
            last = i
            score += len(ln.text)
            gap = 0.0
            continue
        if start >= 0:
            gap += _gap_weight(ln)
            if ln.rule in _BREAK_RULES or gap > max_gap:
                close()
                start, last, score, gap = -1, -1, 0, 0.0
        if best is not None:
            if ln.rule in ("comment_block", "comment_policy"):
                factor = min(factor, 0.2)
            elif ln.rule in ("latest_heading", "latest_block", "related_heading"):
                factor = min(factor, 0.5)
    close()
    return best


# ---------------------------------------------------------------------------
# Pass 3: title
# ---------------------------------------------------------------------------


def _stems(f: str) -> set[str]:
    """Content words of a folded text with a leading conjunction/preposition/article cut off."""
    return set(_stem_re().findall(f)).difference(_stop_words())


def _line_stems(line: _Line) -> set[str]:
    """``_stems(line.ftext)``, from the line's words when they are exact (see :class:`_Lead`)."""
    if not line.wkey_exact:
        return _stems(line.ftext)
    out = set(map(_stem, line.wkey.split()))
    out.discard("")
    return out.difference(_stop_words())


class _Lead:
    """The stems of the story's first lines, for the title search.

    Equal to ``_stems`` of the lines' folded texts joined by spaces, but held as the
    set of words: a candidate title's stem ``s`` is a stem of the lead when ``s`` or a
    clitic plus ``s`` is a word there that stems to ``s``. A title has a few stems, a
    lead hundreds of words, so testing the title's stems costs less than stemming the
    lead. A line's words are its ``wkey`` when nothing but case separates the two (its
    folded text is already lower case and has no ``_``, which the key strips from the
    edges); other lines are stemmed with ``_stem_re`` at once.
    """

    __slots__ = ("_lines", "_text", "stems", "words")

    def __init__(self, lines: Iterable[_Line]) -> None:
        self._lines: list[_Line] | None = list(lines)  # read on the first test: pages whose
        self.words: set[str] = set()  # story starts on the first line never test a title
        self.stems: set[str] = set()
        self._text: str | None = None

    def repeats(self, words: str) -> bool:
        """The lead has ``words`` (a words key) word for word."""
        if self._text is None:
            lines = self._lines if self._lines is not None else []
            self._text = " " + " ".join(ln.wkey for ln in lines) + " "
        return f" {words} " in self._text

    def _read(self, lines: list[_Line]) -> None:
        if self._text is None:
            self._text = " " + " ".join(ln.wkey for ln in lines) + " "
        self._lines = None
        for ln in lines:
            if ln.wkey_exact:
                self.words.update(ln.wkey.split())
            else:
                self.stems.update(_stem_re().findall(ln.ftext))
        self.stems.discard("")
        self.stems.difference_update(_stop_words())

    def __contains__(self, stem: str) -> bool:
        if self._lines is not None:
            self._read(self._lines)
        if stem in self.stems:
            return True
        if not stem or stem in _stop_words():
            return False
        words = self.words
        if stem in words and _stem(stem) == stem:
            return True
        for clitic in _CLITICS:
            word = clitic + stem
            if word in words and _stem(word) == stem:
                return True
        return False

    def common(self, stems: Iterable[str]) -> int:
        """How many of ``stems`` are stems of the lead."""
        return sum(1 for st in stems if st in self)


def _headline_like(line: _Line) -> bool:
    if line.kind is not None and line.rule != "site_suffix":
        return False
    if not 2 <= line.words <= 40 or line.arabic < 0.5:
        return False
    return not line.text.rstrip().endswith((":", "："))


def _words_key(f: str) -> str:
    return " ".join(_WORD_RE.findall(f.lower()))


def _site_suffix(f: str) -> _Match | None:
    """``site_suffix`` in a folded line: `` - Site`` or `` | Site`` at its end (the pattern needs
    a dash or a bar, or ends in a word, and spans at most 100 characters: checked first)."""
    if "-" in f or "|" in f or "–" in f or "—" in f or f.endswith("مميز"):
        return _patterns()["site_suffix"].search(f, max(0, len(f) - 100))
    return None


def _title_key(line: _Line) -> str:
    m = _site_suffix(line.ftext)
    if m and _is_site_suffix(m.group(1)):
        return _words_key(line.ftext[: m.start()])
    return line.wkey


def _is_site_suffix(suffix: str | None) -> bool:
    if suffix is None:
        return True
    s = suffix.strip()
    if _patterns()["latin_word"].search(s) or "|" in s:
        return True
    toks = _key(s).split()
    return 0 < len(toks) <= 4 and any(t in _word_sets()["outlet"] for t in toks)


def _dup_title_ok(line: _Line, key: str, lead: _Lead) -> bool:
    """A line printed twice above the story is its headline only if it reads like one.

    Mastheads, names and search widgets are printed twice too: the headline shares
    words with the story; a photo caption ends with its credit in parentheses.
    """
    st = {_stem(w) for w in key.split()}  # a words key: the words split on spaces
    st.discard("")
    st.difference_update(_stop_words())
    common = lead.common(st)
    if common == 0 or (common == 1 and len(st) > 3):
        return False
    return not (line.text.rstrip().endswith(")") and _patterns()["paren_tail"].search(line.text))


_NAME_PARTICLES = frozenset({"بن", "ابن", "ال", "ابو", "بنت", "ولد"})


def _person_caption(ln: _Line, lead: _Lead) -> bool:
    """A photo caption naming a person (``أحمد عوض بن مبارك``, ``ولي العهد السعودي الأمير محمد
    بن سلمان``): a short line with a name particle or an honorific, which the lead repeats
    word for word. Pages print such a caption (often twice: the image's text and its
    caption) right above or below the headline; a headline is written, not copied."""
    toks = ln.wkey.split()
    if not 2 <= len(toks) <= 8 or ln.terminal:
        return False
    honor = _word_sets()["honorifics"]
    if not any(t in _NAME_PARTICLES or t in honor for t in toks):
        return False
    if toks[0] in honor and len(toks) >= 3:
        toks = toks[1:]  # "د. رياض ياسين" for the lead's "الدكتور رياض ياسين"
    return lead.repeats(" ".join(toks))


def _find_title(lines: list[_Line], first: int, lead: _Lead) -> tuple[int | None, int]:
    """(title index or None, index where the lines between title and story begin)."""
    lo = max(0, first - 25)
    window = range(lo, first)
    seen: dict[str, list[int]] = {}
    for j in window:
        ln = lines[j]
        if _headline_like(ln) and ln.words >= 3 and not _person_caption(ln, lead):
            seen.setdefault(_title_key(ln), []).append(j)
    # The page <title> is often the headline plus a site name the suffix rule does not know.
    keys = sorted(seen, key=len)
    for short in keys:
        for long in keys:
            if (
                len(long) > len(short)
                and long.startswith(short + " ")
                and seen[long][0] < seen[short][0]
                and len(long.split()) - len(short.split()) <= 4
            ):
                clean = seen[short]
                return clean[0], clean[-1] + 1
    dups = [v for key, v in seen.items() if len(v) >= 2 and _dup_title_ok(lines[v[0]], key, lead)]
    if dups:
        occ = max(dups, key=lambda v: v[-1])
        a, b = occ[0], occ[-1]
        plain = [j for j in occ if not _LIST_ITEM_RE.match(lines[j].text)]
        if plain and plain[0] != a and b - a <= 10:
            return plain[0], b + 1  # "• headline" in a ticker, then the headline itself
        if b - a <= 10:
            return a, b + 1
        return b, b + 1
    best: tuple[float, int] | None = None
    ok: set[int] = set()
    for j in window:
        ln = lines[j]
        if not _headline_like(ln) or _person_caption(ln, lead):
            continue
        st = _line_stems(ln)
        if not st:
            continue
        common = lead.common(st)
        share = common / len(st)
        if (common >= 2 or (common == 1 and len(st) <= 2)) and share >= 0.3:
            ok.add(j)
            score = common * share
            if best is None or (score, j) >= best:
                best = (score, j)
    if best is not None:
        # A headline directly above the best match (only labelled debris between) is the
        # title and the best match its deck.
        t = best[1]
        k = t - 1
        while k >= lo:
            if k in ok and lines[k].words >= 4:
                t = k
            elif lines[k].kind is None:
                break
            k -= 1
        return t, t + 1
    # Fallback: a headline-like line just above the story, or the page's first line.
    unlabelled = 0
    for j in range(first - 1, lo - 1, -1):
        ln = lines[j]
        if ln.kind is not None and ln.kind not in ("latest", "related", "comments"):
            continue  # timestamps, bylines, share buttons sit between headline and story
        if _headline_like(ln) and len(_title_key(ln).split()) >= 4 and not ln.terminal:
            return j, j + 1
        unlabelled += 1
        if unlabelled >= 2 or ln.kind is not None:
            break
    if 0 < first <= 8 and _headline_like(lines[0]) and len(_title_key(lines[0]).split()) >= 3:
        return 0, 1
    return None, first


# ---------------------------------------------------------------------------
# Cuts inside a line: datelines, site suffixes, source suffixes
# ---------------------------------------------------------------------------

_DL_SEP = re.compile(r"\s{0,3}(?::-|:|-|–|—|_|/)\s{0,3}")


#: A source label run together with the lead's first word (``وكالاتافتتح الشيخ ...``: inline
#: elements with no space between them); not a pronoun suffix (``وكالاتها``).
_GLUED_SOURCE_RE = re.compile(r"(?:وكالات|متابعات)(?=[^\W\d_]{3,})(?!(?:هما|هم|ها|نا|كم|هن)(?!\w))")


def _cut_dateline(line: _Line) -> int:
    """Length (in folded chars) of a dateline prefix of ``line``, or 0."""
    f = line.ftext
    head = f[:90]
    label = _GLUED_SOURCE_RE.match(f)
    if label and line.words >= 12:
        return label.end()
    m = _patterns()["leaked_date"].match(head)
    if m and len(_WORD_RE.findall(f[m.end() : m.end() + 200])) >= 3:
        return m.end()  # "date 2025-08-31 أقر ...": a date field glued to the lead
    m = _rx(r"^\(\s{0,3}([^()]{2,85})\)\s{0,3}(?::-|:|-|–|—)?\s{0,3}").match(head)
    if m:
        inner = m.group(1)
        ok, hit = _dateline_tokens_ok(_key(inner))
        if hit or _patterns()["date_token"].search(inner):
            rest = f[m.end() : m.end() + 200]
            if len(_WORD_RE.findall(rest[:200])) >= 3:
                return m.end()
    # "أبوظبي: «الخليج»", "الرياض - «الحياة» -": a place and the outlet in guillemets.
    m = _rx(
        r"^[^\W\d_]{2,15}(?: [^\W\d_]{2,15})?\s{0,2}[:\-–—]\s{0,2}«[^«»]{1,30}»\s{0,2}[:\-–—]?\s{0,3}"
    ).match(
        head,
    )
    if (
        m
        and _key(m.group().split("«")[0]) in _word_sets()["places"]
        and len(_WORD_RE.findall(f[m.end() : m.end() + 200])) >= 3
    ):
        return m.end()
    best = 0
    for sm in _DL_SEP.finditer(head):
        if sm.start() == 0:
            continue
        prefix = f[: sm.start()]
        if len(prefix) > 60:
            break
        k = _key(prefix.replace("(", " ").replace(")", " "))
        ok, _hit = _dateline_tokens_ok(k)
        if not ok:
            continue
        sep = sm.group().strip()
        toks = _patterns()["letters_digits"].findall(k)
        ws = _word_sets()
        only_place = all(
            t in ws["place_words"] or t.isdigit() or t in ws["months"] or t == "في" for t in toks
        )
        glued = _rx(r"[^\W\d_]\d").search(prefix) is not None
        if only_place and sep.startswith(":") and "(" not in prefix and not glued:
            continue
        if sep in ("/", "_") and not (set(toks) & (ws["agency_words"] | ws["outlet"])):
            continue
        rest = f[sm.end() : sm.end() + 200]
        if len(_WORD_RE.findall(rest[:200])) < 3:
            continue
        best = sm.end()
    if best:
        # "دمشق-سانا بحث ...": the agency after the place; "أفريقيا برس – المغرب. تشير ...":
        # the place after the outlet.
        m = _patterns()["dateline_tail"].match(f, best)
        if m:
            ws = _word_sets()
            word = m.group(1)
            if (
                word in ws["agency_words"]
                or word in ws["places"]
                or m.group().strip() == word + "."
            ) and len(_WORD_RE.findall(f[m.end() : m.end() + 200])) >= 3:
                best = m.end()
    else:
        m = _patterns()["spa_dateline"].match(head)
        if m and _key(m.group(1)) in _word_sets()["places"]:
            best = m.end()  # "الرياض 12 ربيع الأول 1442 هـ الموافق 29 أكتوبر 2020 م واس"
        m = _patterns()["outlet_prefix"].match(head)
        if (
            m
            and (":" not in m.group() or m.group().startswith("ال"))
            and len(_WORD_RE.findall(f[m.end() : m.end() + 400])) >= 12
        ):
            # "الشارع المغاربي: عبّر ...", "سرايا - أعلنت ...": a short unknown outlet name.
            ws = _word_sets()
            toks = _key(m.group(1)).split()
            if not any(
                t in ws["offices"]
                or t in ws["honorifics"]
                or t in _stop_words()
                or t.startswith("و")
                or t[2:] in ws["offices"]
                or t in ws["speakers"]
                for t in toks
            ):
                best = m.end()
    return best


@cache
def _dateline_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    place = regex.compile(r"(?:^|\s|\()(" + _alt(lex.PLACES) + r")(?!\w)")
    agency = regex.compile(r"(?:^|[\s(/\-–—])(" + _alt(lex.AGENCIES) + r")(?!\w)")
    date = regex.compile(
        r"\d{1,2}\s{0,2}(?:" + _alt(lex.MONTHS) + r")(?:\s{0,2}\d{2,4}\s?ء?)?"
        r"|\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}"
    )
    return place, agency, date


def _dateline_data(line: _Line, flen: int, text: str) -> Dateline:
    fo = line.folded
    _s, e = fo.span(0, flen)
    frag = line.text[:e].rstrip()
    start = line.start
    ffrag = fo.text[:flen]
    ws = _word_sets()
    place = source = date_text = None
    place_re, agency_re, date_re = _dateline_res()
    pm = place_re.search(ffrag)
    if pm:
        a, b = fo.span(pm.start(1), pm.end(1))
        place = line.text[a:b]
    am = agency_re.search(ffrag)
    if am:
        a, b = fo.span(am.start(1), am.end(1))
        source = line.text[a:b]
    else:
        toks = list(_WORD_RE.finditer(ffrag))
        outl = [t for t in toks if t.group() in ws["outlet"]]
        if outl:
            # the outlet name: words before the outlet word on the same segment
            seg_start = 0
            for sep in _SEP_RE.finditer(ffrag[: outl[0].start()]):
                seg_start = sep.end()
            a, b = fo.span(seg_start, outl[0].end())
            source = line.text[a:b].strip(" (") or None
    dm = date_re.search(ffrag)
    if dm:
        a, b = fo.span(dm.start(), dm.end())
        date_text = line.text[a:b].strip()
    return Dateline(
        text=frag,
        line=line.no,
        start=start,
        end=start + len(frag),
        place=place,
        source=source,
        date_text=date_text,
    )


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def split_boilerplate(text: str, *, known_boilerplate: Collection[str] = ()) -> Stripped:
    """Split a scraped page into title, body paragraphs, dateline and removed pieces.

    ``known_boilerplate``: lines known to be boilerplate for the site (compared
    stripped, and folded), e.g. from :func:`learn_boilerplate`; they are removed
    with kind ``other``, rule ``known_line``.

    >>> r = split_boilerplate("عالمية\\nانتخابات مبكرة في البلاد\\nقرر البرلمان إجراء انتخابات مبكرة في البلاد الشهر المقبل.\\nتعليق (0)")
    >>> r.title, r.paragraphs
    ('انتخابات مبكرة في البلاد', ('قرر البرلمان إجراء انتخابات مبكرة في البلاد الشهر المقبل.',))
    >>> [(x.text, x.kind) for x in r.removed]
    [('عالمية', 'section'), ('تعليق (0)', 'comments')]
    """
    text = ensure_str(text)
    known = frozenset(
        k for s in known_boilerplate if isinstance(s, str) for k in (s.strip(), _fold_phrase(s))
    )
    return _split(text, known, details=True)


def _title_and_paragraphs(text: str) -> Stripped:
    """``split_boilerplate(text)`` with its title and paragraphs only: no removed pieces
    and no dateline (the fast path of :func:`arnews.clean` and :func:`strip_boilerplate`)."""
    return _split(ensure_str(text), frozenset(), details=False)


def _split(text: str, known: frozenset[str], *, details: bool) -> Stripped:
    lines = _split_lines(text)
    if not lines:
        return Stripped(title=None, paragraphs=(), dateline=None, removed=())
    for ln in lines:
        lab = _label(ln, known)
        if lab is not None:
            ln.kind, ln.rule = lab
    _mark_credits_and_cards(lines)
    seen_content: set[str] = set()
    for ln in lines:
        ln.content = _is_content(ln)
        if ln.content:
            wk = ln.wkey
            if wk in seen_content:
                ln.content = False
                ln.kind, ln.rule = "duplicate", "duplicate_line"
            seen_content.add(wk)
    block = _best_block(lines)
    if block is None:
        # No sentence-like line: keep every line no rule names (a one-line or quote-only article).
        cands = [i for i, ln in enumerate(lines) if ln.kind is None]
        if not cands:
            return _assemble(text, lines, None, None, details)
        first = last = max(cands, key=lambda i: (len(lines[i].text), -i))
        title_i: int | None = None
        if len(cands) >= 2:
            title_i = cands[0]
            first = cands[1]
            last = cands[-1]
        for ln in lines:
            ln.status = "removed"
        for i in cands:
            if (title_i is None or i >= first) and first <= i <= last:
                lines[i].status = "body"
        if title_i is not None:
            lines[title_i].status = "title"
        return _assemble(text, lines, title_i, None, details)
    first, last = block
    if (
        first == 0
        and last >= 2
        and lines[0].words <= 20
        and lines[1].kind in _UNDER_HEADLINE_KINDS
        and lines[2].content
        and lines[2].words > lines[0].words
        and not _cut_dateline(lines[0])
    ):
        # A headline that ends with a full stop, then a source/URL/timestamp line, then the
        # lead: the page starts with the headline, not with the story.
        lines[0].content = False
        first = 2
    last = _cut_after_source(lines, first, last)
    # The words of the story's first lines, for the title search.
    lead = _Lead(ln for ln in lines[first : last + 1][:6] if ln.content)
    title_i, deck_from = _find_title(lines, first, lead)
    for ln in lines:
        ln.status = "removed"
    title_key = _title_key(lines[title_i]) if title_i is not None else None
    if title_i is not None:
        lines[title_i].status = "title"
    # Lines between the title and the story: a deck is kept, the rest goes.
    deck_lo = deck_from if title_i is not None else max(0, first - 3)
    # A name-and-office photo caption under the headline ("الدكتور ... وزير ..."); only here,
    # where it cannot be a headline ("الرئيس يستقبل وزير الخارجية").
    for j in range(deck_lo, first + 1):
        ln = lines[j]
        if ln.kind is None and j != title_i and _is_name_caption(ln):
            ln.kind, ln.rule, ln.content = "caption", "name_caption", False
    teasers = False
    above = Counter(lines[j].wkey for j in range(max(0, first - 25), first))
    for j in range(deck_lo, first):
        ln = lines[j]
        if ln.rule in ("latest_heading", "related_heading", "read_also"):
            teasers = True
        if (
            not teasers
            and ln.kind is None
            and (ln.words >= 7 or (ln.terminal and ln.words >= 3))
            and ln.arabic >= 0.6
            and ln.wkey != title_key
            and above[ln.wkey] < 2  # printed twice above the story: a caption or a widget
        ):
            ln.status = "body"
    if title_i is not None and title_i + 2 < deck_lo <= first:
        _keep_deck_under_first_copy(lines, title_i, deck_lo, title_key, lead, above)
    # The story: everything no rule names.
    for j in range(first, last + 1):
        if lines[j].kind is None:
            lines[j].status = "body"
    # Sentences and list items right after the story's last long line.
    j = last + 1
    while j < len(lines):
        ln = lines[j]
        prev = lines[j - 1]
        if (
            ln.kind is None
            and ln.arabic >= 0.6
            and (
                (ln.terminal and ln.words >= 3)
                or ln.words >= 10
                or (ln.words >= 3 and _LIST_ITEM_RE.match(ln.text) is not None)
                or (ln.words >= 3 and prev.status == "body" and prev.text.endswith((":", "：")))
            )
        ):
            ln.status = "body"
            j += 1
            continue
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        if (
            ln.kind is None
            and ln.arabic >= 0.6
            and 2 <= ln.words <= 10
            and not ln.terminal
            and nxt is not None
            and nxt.kind is None
            and nxt.arabic >= 0.6
            and (nxt.words >= 12 or (nxt.terminal and nxt.words >= 6))
            and (j + 2 >= len(lines) or lines[j + 2].kind is not None or lines[j + 2].content)
            and ln.wkey not in seen_content
        ):
            ln.status = "body"  # an intertitle and its paragraph close the story
            j += 1
            continue
        if (
            j == len(lines) - 1
            and ln.kind is None
            and ln.arabic >= 0.6
            and prev.status == "body"
            and ln.words >= 3
            and not ln.terminal
            and not _patterns()["truncated"].search(ln.text[-8:])
            and j == last + 1
            and ln.end == len(text.rstrip())
        ):
            ln.status = "body"  # a page start cut off inside the story's next paragraph
        break
    _drop_closing_tags(lines)
    # Duplicates of the title or of a kept paragraph.
    seen: set[str] = set()
    if title_key is not None:
        seen.add(title_key)
    for ln in lines:
        if ln.status == "title":
            continue
        wk = ln.wkey
        if ln.status == "body":
            if wk in seen and ln.words >= 2:
                ln.status = "removed"
                ln.kind, ln.rule = "duplicate", "duplicate_line"
            else:
                seen.add(wk)
        elif ln.kind is None and title_key is not None and wk == title_key:
            ln.kind, ln.rule = "duplicate", "repeated_title"
        elif (
            ln.kind is None
            and title_key
            and ln.wkey.startswith(title_key + " ")
            and len(ln.wkey.split()) - len(title_key.split()) <= 4
        ):
            ln.kind, ln.rule = "other", "page_title"
    return _assemble(text, lines, title_i, (first, last), details)


def _keep_deck_under_first_copy(
    lines: list[_Line],
    title_i: int,
    deck_lo: int,
    title_key: str | None,
    lead: _Lead,
    above: Counter[str],
) -> None:
    """The headline printed twice (the page's title, then its heading) with the deck right
    under the first copy: the line there is the deck, kept, when the lead tells the same
    (most of its words are the lead's); a teaser between the copies is another story."""
    if _title_key(lines[deck_lo - 1]) != title_key:
        return
    ln = lines[title_i + 1]
    if (
        ln.kind is not None
        or ln.arabic < 0.6
        or not 7 <= ln.words <= 40
        or ln.text.rstrip().endswith(("؟", "?"))
        or ln.wkey == title_key
        or above[ln.wkey] >= 2
    ):
        return
    stems = _line_stems(ln)
    common = lead.common(stems)
    if common >= 3 and common >= 0.4 * len(stems):
        ln.status = "body"


def _drop_closing_tags(lines: list[_Line]) -> None:
    """A line of tags closing the story (``الفريق أول ركن عوض بن عوف وزير الدفاع السوداني
    الخرطوم``): after a sentence, short, no sentence itself, and every word already in the
    story. Tag links run together into one line when the page has no "tags:" heading."""
    body = [ln for ln in lines if ln.status == "body"]
    if len(body) < 3:
        return
    tail = body[-1]
    if (
        tail.kind is not None
        or not 3 <= tail.words <= 15
        or tail.terminal
        or not body[-2].terminal
        or ":" in tail.text
        or _LIST_ITEM_RE.match(tail.text)
    ):
        return
    story: set[str] = set()
    for ln in body[:-1]:
        story.update(ln.wkey.split())
    if all(w in story for w in tail.wkey.split()):
        tail.status = "removed"
        tail.kind, tail.rule = "other", "tags"


def _mark_credits_and_cards(lines: list[_Line]) -> None:
    """Captions next to a photo credit, the headline after a "read also" heading, and the
    headlines after a "related" heading."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "credit":
            for j in (i - 1, i + 1):
                if 0 <= j < n:
                    c = lines[j]
                    if c.kind is None and c.words <= 40 and not (c.terminal and c.words >= 8):
                        c.kind, c.rule = "caption", "caption_near_credit"
        if ln.rule == "read_also" and ln.words <= 4:
            # The cards after the heading: the first headline, then more headlines when a
            # card's date separates them or they are headline-long (an intertitle is short).
            j = i + 1
            taken = 0
            dated = False
            while j < n and taken < 6:
                c = lines[j]
                if c.kind == "timestamp" and taken:
                    dated = True
                    j += 1
                    continue
                if (
                    c.kind is None
                    and not c.terminal
                    and c.words <= 25
                    and (taken == 0 or dated or c.words >= 7)
                ):
                    c.kind, c.rule = "related", "read_also_card"
                    taken += 1
                    dated = False
                    j += 1
                else:
                    break
        if ln.rule == "related_heading":
            # The headlines under "قد يعجبك أيضا", "أخبار أخرى": headline-long lines, which may
            # end in "؟" or "!" but not in a full stop, up to the first sentence.
            j = i + 1
            while j < n and j - i <= 8:
                c = lines[j]
                last = c.text.rstrip()[-1:]
                if c.kind is not None or c.words > 20 or c.words < 3 or last in (".", ":", "："):
                    break
                c.kind, c.rule = "related", "teaser_headline"
                j += 1
        if ln.rule == "poll" or (ln.rule == "comment_block" and ln.key == "شارك برايك"):
            # A poll question under its heading, or above its answer options.
            for j in (i + 1, i - 1):
                if 0 <= j < n and _is_poll_question(lines[j]):
                    lines[j].kind, lines[j].rule = "other", "poll"
        if _is_poll_question(ln) and i + 1 < n and lines[i + 1].key in _phrases("POLL_ANSWERS"):
            ln.kind, ln.rule = "other", "poll"


def _is_name_caption(ln: _Line) -> bool:
    """``الدكتور محمد ... وزير الموارد المائية``: a photo caption naming a person and an office.

    An honorific, a name, then an office word, and nothing more than the office's
    complement: no comma clause after the office, no second sentence.
    """
    toks = ln.key.split()
    if not 3 <= len(toks) <= 11 or ln.text.count("،") + ln.text.count(",") > 1:
        return False
    honor = _word_sets()["honorifics"]
    if toks[0] not in honor:
        return False
    offices = _word_sets()["offices"]
    for i, t in enumerate(toks[2:6], 2):
        if t in offices or (t.startswith("ال") and t[2:] in offices):
            # No verb between the honorific and the office ("الرئيس يستقبل وزير ..." is a
            # headline): an imperfect verb starts with ي/ت/ن (names that do are listed).
            names = _word_sets()["verbish_names"]
            if any(len(x) >= 4 and x[0] in "يتن" and x not in names for x in toks[1:i]):
                return False
            return len(toks) - i <= 6
    return False


def _is_poll_question(ln: _Line) -> bool:
    """``هل تؤيد ...؟``: a one-sentence question that a poll widget asks."""
    return (
        ln.kind is None
        and 3 <= ln.words <= 30
        and ln.text.rstrip().endswith(("؟", "?"))
        and ln.text.count("؟") + ln.text.count("?") == 1
        and ln.key.startswith(("هل ", "ما ", "ماذا ", "كيف ", "من ", "ايهما ", "برايك "))
    )


def _guess_kind(ln: _Line, where: str) -> tuple[RemovedKind, str]:
    if ln.kind is not None:
        rule = ln.rule
        if rule in ("outlet_line", "agency_line"):
            if where == "after":
                return "source", rule
            return ("byline" if rule == "outlet_line" else "credit"), rule
        if ln.kind == "timestamp" and rule == "timestamp":
            if where == "before":
                rule = "site_clock"
            elif where == "after":
                rule = "teaser_time"
        return ln.kind, rule
    if where == "before":
        if ln.words <= 3:
            return ("section", "section_label") if ln.words <= 2 else ("nav", "menu_item")
        return "related", "teaser_headline"
    if where == "deck":
        if ln.words <= 3:
            return "byline", "short_line_before_story"
        return "caption", "short_line_before_story"
    if where == "after":
        if ln.words <= 3:
            return "nav", "menu_item"
        return "related", "teaser_headline"
    return "other", "other"


def _assemble(
    text: str,
    lines: list[_Line],
    title_i: int | None,
    block: tuple[int, int] | None,
    details: bool,
) -> Stripped:
    """The ``Stripped`` value of the passes' verdicts; without ``details`` (for ``clean``),
    only the title and the paragraphs: no removed pieces and no dateline fields."""
    pats = _patterns()
    removed: list[Removed] = []
    paragraphs: list[str] = []
    dateline: Dateline | None = None
    dateline_seen = False  # ``dateline is not None`` when ``details``
    title: str | None = None
    first = block[0] if block else 0
    body_idx = [i for i, ln in enumerate(lines) if ln.status == "body"]
    lead_i = next((i for i in body_idx if i >= first), body_idx[0] if body_idx else -1)
    last_body = body_idx[-1] if body_idx else -1
    title_pos = title_i if title_i is not None else first
    between_end = -1
    if title_i is not None:
        tk = _title_key(lines[title_i])
        for j in range(title_i + 1, first):
            if lines[j].wkey == tk:
                between_end = j

    heading: RemovedKind | None = None

    def rem(ln: _Line, s: int, e: int, kind: RemovedKind, rule: str) -> None:
        if details:
            removed.append(Removed(text[s:e], ln.no, s, e, kind, rule))

    for i, ln in enumerate(lines):
        if ln.status == "title":
            m = _site_suffix(ln.ftext)
            if m and _is_site_suffix(m.group(1)):
                a, _b = ln.folded.span(m.start(), len(ln.ftext))
                keep = ln.text[:a].rstrip()
                title = keep
                s = ln.start + a + (len(ln.text[a:]) - len(ln.text[a:].lstrip()))
                rem(ln, s, ln.end, "other", "site_suffix")
            else:
                title = ln.text
            continue
        if ln.status == "body":
            s = ln.start
            body = ln.text
            if i == lead_i or (i in body_idx[:2] and not dateline_seen and i <= lead_i):
                flen = _cut_dateline(ln)
                if flen:
                    dateline_seen = True
                    if details:
                        dl = _dateline_data(ln, flen, text)
                        if dateline is None:
                            dateline = dl
                        removed.append(
                            Removed(dl.text, ln.no, dl.start, dl.end, "dateline", "agency_dateline")
                        )
                    _a, b = ln.folded.span(0, flen)
                    body = ln.text[b:].lstrip()
                    s = ln.end - len(body)
            if i == last_body:
                # A source, tag list or outlet in parentheses glued to the end of the story.
                suffixes: tuple[tuple[str, RemovedKind, str, int], ...] = (
                    ("source_suffix", "source", "source_suffix", 0),
                    ("paren_source", "source", "source_suffix", 1),
                    ("tags_suffix", "other", "tags", 0),
                )
                # Each suffix pattern spans at most 400 characters before trailing spaces.
                tail = max(0, len(ln.ftext.rstrip()) - 400)
                closed = ln.ftext.rstrip()[-1:] in (")", "]")  # the two source patterns' end
                for name, kind, rule, group in suffixes:
                    if name != "tags_suffix" and not closed:
                        continue
                    m = pats[name].search(ln.ftext, tail)
                    if m and m.start(group) > 0:
                        a, _b = ln.folded.span(m.start(group), len(ln.ftext))
                        a = max(a, s - ln.start)
                        frag = ln.text[a:]
                        lead = len(frag) - len(frag.lstrip())
                        rem(ln, ln.start + a + lead, ln.end, kind, rule)
                        body = ln.text[s - ln.start : a].rstrip()
                        break
            if body.strip():
                paragraphs.append(body)
            continue
        where = "before" if i < title_pos else ("after" if i > last_body and i > first else "deck")
        if title_i is not None and title_i < i < first:
            where = "deck"
            if i < between_end and ln.kind != "timestamp":
                where = "before"  # between the page title and the headline: teasers
        if block is None:
            where = "other"
        elif title_i is None and where == "before" and i >= first - 4:
            where = "deck"  # no headline: the lines just above the story belong to it
        elif where == "after" and i <= last_body + 2 and heading is None:
            # "أضيف بتاريخ ..." right under the story is its own timestamp
            where = "foot" if ln.kind == "timestamp" else where
        if ln.kind == "dateline" and where != "after":
            if details and not dateline_seen:
                dateline = _dateline_data(ln, len(ln.ftext), text)
            dateline_seen = True
        if not details:
            continue
        kind, rule = _guess_kind(ln, where)
        if ln.kind is not None and ln.rule in ("latest_heading", "related_heading", "read_also"):
            heading = ln.kind
        elif ln.kind is not None or ln.words <= 2:
            heading = None
        elif heading is not None:
            kind, rule = heading, "teaser_block"
        if ln.kind is None and rule in ("section_label", "menu_item"):
            near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if any(x.status == "removed" and x.kind is None and x.words <= 4 for x in near):
                kind, rule = "nav", "menu_item"
        if (
            ln.kind is None
            and i > title_pos
            and i > last_body
            and ln.words <= 4
            and i == len(lines) - 1
        ):
            ws = _word_sets()
            if any(t in ws["outlet"] or t in ws["agency_words"] for t in ln.key.split()):
                kind, rule = "source", "outlet_name"
        rem(ln, ln.start, ln.end, kind, rule)
    removed.sort(key=lambda r: (r.start, r.end))
    return Stripped(
        title=title, paragraphs=tuple(paragraphs), dateline=dateline, removed=tuple(removed)
    )


def strip_boilerplate(text: str, *, known_boilerplate: Collection[str] = ()) -> str:
    """Title (if any) on the first line, then one body paragraph per line.

    Same as ``split_boilerplate(text, known_boilerplate=...).text``.

    >>> strip_boilerplate("تابعنا عبر\\nأعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.\\nجميع الحقوق محفوظة 2024")
    'أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.'
    """
    if not known_boilerplate:
        return _title_and_paragraphs(text).text
    return split_boilerplate(text, known_boilerplate=known_boilerplate).text


def learn_boilerplate(
    pages: Iterable[str], *, min_count: int = 3, min_share: float = 0.3
) -> frozenset[str]:
    """Lines repeated across pages of one site: candidates for ``known_boilerplate``.

    A stripped line counts once per page; it is returned when it occurs on at
    least ``min_count`` pages and on at least ``min_share`` of them.

    >>> pages = ["خبر أول عن الاقتصاد\\nتابعونا على تلغرام", "خبر ثان عن الرياضة\\nتابعونا على تلغرام",
    ...          "خبر ثالث عن الطقس\\nتابعونا على تلغرام"]
    >>> sorted(learn_boilerplate(pages, min_count=2))
    ['تابعونا على تلغرام']
    """
    counts: Counter[str] = Counter()
    n = 0
    for page in pages:
        page = ensure_str(page, "page")
        n += 1
        counts.update({ln.strip() for ln in page.split("\n") if ln.strip()})
    if n == 0:
        return frozenset()
    return frozenset(s for s, c in counts.items() if c >= min_count and c / n >= min_share)
