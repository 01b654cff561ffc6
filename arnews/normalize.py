"""Unicode and Arabic letter normalization with named profiles.

Three presets cover what people need (see ``docs/normalization.md``):

``light``
    Display-safe: removes invisible and bidi control characters, folds white
    space and presentation forms, repairs detached or duplicated marks. Keeps
    diacritics, letters and digits as written.
``default``
    ``light`` + strips diacritics and tatweel, maps Persian/Urdu look-alikes to
    Arabic letters, writes digits in ASCII. This is what :func:`arnews.clean` uses.
``search``
    ``default`` + unifies alef variants, alef maksura, teh marbuta and hamza
    seats, for indexing and matching.

>>> normalize("وأكّد نهجًا")
'وأكد نهجا'
>>> normalize("وأكّد نهجًا", profile="light")
'وأكّد نهجًا'
>>> normalize("أإآٱ ى ة", profile="search")
'اااا ي ه'
>>> normalize("الدورة ٦٢", digits="keep")
'الدورة ٦٢'

Every step is also a small public function (:func:`strip_diacritics`,
:func:`fold_presentation_forms`, ...). The work is organised to skip what a
text does not need: most news text has no presentation forms, few diacritics
and no bidi controls, so those steps cost one fast scan each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from types import MappingProxyType
from typing import Any, Literal

import attrs

from arnews import _unicode
from arnews._check import ensure_str
from arnews.data import chars

__all__ = [
    "PROFILES",
    "Folded",
    "NormalizeConfig",
    "ProfileName",
    "fold",
    "fold_presentation_forms",
    "normalize",
    "normalize_digits",
    "normalize_whitespace",
    "remove_invisible",
    "repair_marks",
    "strip_diacritics",
    "strip_tatweel",
]

ProfileName = Literal["light", "default", "search"]
DigitsMode = Literal["keep", "ascii", "arabic"]


@attrs.frozen(kw_only=True, cache_hash=True)  # hashed on every call to find its plan
class NormalizeConfig:
    """Every normalization option in one place (ftfy's ``TextFixerConfig`` style).

    Use a preset from :data:`PROFILES` and override single options with
    keyword arguments: ``normalize(text, profile="search", teh_marbuta=False)``.

    >>> PROFILES["default"].diacritics
    True
    >>> attrs.evolve(PROFILES["default"], digits="keep").digits
    'keep'
    """

    #: Remove LRM/RLM/ALM, bidi embeddings/overrides/isolates, BOM, soft hyphen,
    #: zero-width space; handle ZWNJ/ZWJ by rule (see :func:`remove_invisible`).
    invisible: bool = True
    #: Fold NBSP and other spaces to U+0020, collapse runs, trim lines, keep
    #: paragraph breaks (at most one blank line between paragraphs).
    whitespace: bool = True
    #: Fold Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFE) to base letters.
    presentation_forms: bool = True
    #: Repair scraping damage: a mark separated from its letter by a space, a
    #: mark at the start of a word, duplicated marks, decomposed hamza/madda.
    repair: bool = True
    #: Strip harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
    diacritics: bool = False
    #: Strip tatweel (U+0640).
    tatweel: bool = False
    #: Map Persian/Urdu look-alike letters (and U+06D4 ARABIC FULL STOP) to Arabic.
    persian: bool = False
    #: ``"ascii"``: Eastern digits to 0-9; ``"arabic"``: ASCII digits to Arabic-Indic;
    #: ``"keep"``: leave digits alone.
    digits: DigitsMode = "keep"
    #: Alef variants (hamza above/below, madda, wasla) -> bare alef.
    alef: bool = False
    #: Alef maksura -> yeh.
    ya: bool = False
    #: Teh marbuta -> heh.
    teh_marbuta: bool = False
    #: Hamza on waw/yeh seats -> bare hamza.
    hamza: bool = False


_LIGHT = NormalizeConfig()
_DEFAULT = attrs.evolve(_LIGHT, diacritics=True, tatweel=True, persian=True, digits="ascii")
_SEARCH = attrs.evolve(_DEFAULT, alef=True, ya=True, teh_marbuta=True, hamza=True)

#: The named presets: ``light``, ``default`` and ``search``.
PROFILES: MappingProxyType[str, NormalizeConfig] = MappingProxyType(
    {"light": _LIGHT, "default": _DEFAULT, "search": _SEARCH}
)

# ---------------------------------------------------------------------------
# Compiled patterns (small ones at import, anything larger lazily and once)
# ---------------------------------------------------------------------------


class _Lazy:
    """A regex compiled on first use, so that ``import arnews`` stays cheap."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def rx(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled


_MARK_CLASS = "[" + re.escape(chars.COMBINING_MARKS) + "]"
_LETTER_CLASS = "[" + chars.LETTER_RANGES + "]"
_INVISIBLE_RE = _Lazy("[" + chars.INVISIBLE + "]+")
_JOINERS_RE = _Lazy("[\u200c\u200d]+")
_PRESENTATION_RE = _Lazy("[" + chars.PRESENTATION_RANGES + "]+")
_DIACRITICS_RE = _Lazy("[" + re.escape(chars.DIACRITICS) + "]+")
_TATWEEL_RE = _Lazy(chars.TATWEEL + "+")
_DIACRITICS_TATWEEL_RE = _Lazy("[" + re.escape(chars.DIACRITICS + chars.TATWEEL) + "]+")
_ANY_MARK_RE = _Lazy(_MARK_CLASS)
_COMPOSE_RE = _Lazy("[\u0627\u0648\u064a\u06d5\u06c1\u06d2][\u0653-\u0655]+")
# A mark cut off its letter by spaces:  "مقبولا ًللطرفين" -> "مقبولاً للطرفين". These find
# the last space before the mark: a pattern that starts with a literal character is scanned
# at memchr speed, one that starts with a character class about ten times slower.
_SPACE_MARK_RE = _Lazy(f" {_MARK_CLASS}")
_NBSP_MARK_RE = _Lazy(f"\u00a0{_MARK_CLASS}")
# Marks with no letter before them (after punctuation, digits, spaces, line breaks); the
# character before them is captured and kept. Marks at the very start are cut apart.
_ORPHAN_RE = _Lazy(f"([^{chars.LETTER_RANGES}{re.escape(chars.COMBINING_MARKS)}]){_MARK_CLASS}+")
# The same mark written twice or more in a row.
_DOUBLED_RE = _Lazy(f"({_MARK_CLASS})\\1+")
_LINE_BREAK_RE = _Lazy("|".join(re.escape(b) for b in chars.LINE_BREAKS))
_SPACES_RE = _Lazy("[" + chars.SPACES + "]")

_ARABIC_LETTER_RE = _Lazy(_LETTER_CLASS)


def _expand_ranges(spec: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


_MARK_CHARS = frozenset(chars.COMBINING_MARKS)
_LETTER_CHARS = frozenset(_expand_ranges(chars.LETTER_RANGES))


def _guard(text: object) -> str:
    return ensure_str(text)


# ---------------------------------------------------------------------------
# The steps, one small public function each
# ---------------------------------------------------------------------------


def remove_invisible(text: str, *, keep_zwnj: bool = False) -> str:
    """Remove invisible format characters.

    LRM, RLM, ALM, bidi embeddings, overrides and isolates, the BOM, soft
    hyphens, zero-width spaces and word joiners are removed. The joiners are
    handled by rule:

    * U+200D ZERO WIDTH JOINER stays only between two characters that are not
      Arabic letters (emoji sequences such as a family or a flag); next to an
      Arabic letter, or at a word edge, it only changes glyph shapes and goes.
    * U+200C ZERO WIDTH NON-JOINER is Persian spelling inside a word; with
      ``keep_zwnj=True`` it stays between two letters, otherwise it goes.

    >>> remove_invisible("\u200fمرحبا\u200e \ufeffبكم\u00ad")
    'مرحبا بكم'
    >>> remove_invisible("\U0001f468\u200d\U0001f469") == "\U0001f468\u200d\U0001f469"
    True
    """
    text = _guard(text)
    if text.isascii():
        return text
    text = _INVISIBLE_RE.rx.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS_RE.rx.sub(lambda m: _joiner(m, keep_zwnj), text)
    return text


def _joiner(m: re.Match[str], keep_zwnj: bool) -> str:
    s, i, j = m.string, m.start(), m.end()
    before = s[i - 1] if i > 0 else " "
    after = s[j] if j < len(s) else " "
    if "\u200c" in m.group() and keep_zwnj and before.isalpha() and after.isalpha():
        return "\u200c"
    # An emoji ZWJ sequence: a symbol (or its variation selector) joined to a symbol.
    symbol_before = before not in chars.COMBINING_MARKS and (
        _unicode.category(before) in _EMOJI_LEFT
    )
    if "\u200d" in m.group() and symbol_before and _unicode.category(after) in _EMOJI_RIGHT:
        return "\u200d"
    return ""


_EMOJI_LEFT = frozenset({"So", "Sk", "Mn", "Me"})
_EMOJI_RIGHT = frozenset({"So", "Sk"})


@cache
def _presentation_table() -> MappingProxyType[str, str]:
    """Presentation form -> base letters, from the Unicode database (built once)."""
    table: dict[str, str] = {}
    for ranges in ((0xFB50, 0xFE00), (0xFE70, 0xFEFF)):
        for code in range(*ranges):
            ch = chr(code)
            folded = _unicode.normalize("NFKC", ch)
            if folded == ch:
                continue
            # Isolated forms of marks decompose to SPACE + mark: keep the mark only.
            table[ch] = folded.lstrip(" ")
    table.update(chars.WORD_LIGATURES)
    return MappingProxyType(table)


def fold_presentation_forms(text: str) -> str:
    """Fold Arabic presentation forms to base letters.

    Ligatures become their letters (``lam-alef`` -> two letters); the word
    ligatures U+FDF2 (Allah), U+FDFA and U+FDFB become the words they stand for,
    so they stay searchable. Characters without a decomposition (such as
    U+FDFD, the bismillah ligature) are kept.

    >>> fold_presentation_forms("\ufefb \ufe8e\ufedf\ufed8\ufeaa\ufeb3")
    'لا القدس'
    >>> fold_presentation_forms("\ufdf2")
    'الله'
    """
    text = _guard(text)
    if not _PRESENTATION_RE.rx.search(text):
        return text
    table = _presentation_table()
    return _PRESENTATION_RE.rx.sub(lambda m: "".join(table.get(c, c) for c in m.group()), text)


def repair_marks(text: str) -> str:
    """Repair marks damaged by scraping or careless typing.

    * a decomposed hamza or madda is composed onto its letter (``\u0627\u0654`` -> ``أ``);
    * a mark separated from its letter by a space is moved back
      (``مقبولا ًللطرفين`` -> ``مقبولاً للطرفين``);
    * a mark with no letter before it is dropped (``ُيذكر`` -> ``يذكر``);
    * the same mark typed twice is kept once.

    >>> repair_marks("مقبولا ًللطرفين")
    'مقبولاً للطرفين'
    >>> repair_marks("ُيذكر")
    'يذكر'
    >>> repair_marks("وأكّّد")
    'وأكّد'
    """
    text = _guard(text)
    if not _ANY_MARK_RE.rx.search(text):
        return text
    text = _compose_hamza(text)
    text = _reattach_marks(text)
    start = 0
    while start < len(text) and text[start] in _MARK_CHARS:
        start += 1
    text = _ORPHAN_RE.rx.sub(r"\1", text[start:])
    return _DOUBLED_RE.rx.sub(r"\1", text)


def _compose_hamza(text: str) -> str:
    """Compose a hamza or madda typed as a combining mark onto its alef, waw or yeh."""
    if "\u0653" in text or "\u0654" in text or "\u0655" in text:
        text = _COMPOSE_RE.rx.sub(lambda m: _unicode.normalize("NFC", m.group()), text)
    return text


def _reattach_marks(text: str) -> str:
    """Move marks cut off their letter by spaces back onto it, spaces after them.

    Only the spaces right before a mark are visited; linear time: each character
    is stepped over at most twice.
    """
    hits = [m.start() for m in _SPACE_MARK_RE.rx.finditer(text)]
    if "\u00a0" in text:
        hits = sorted(hits + [m.start() for m in _NBSP_MARK_RE.rx.finditer(text)])
    parts: list[str] = []
    last = 0
    n = len(text)
    for hit in hits:
        end = hit + 1  # the marks run from hit + 1 to end, and a letter must follow
        while end < n and text[end] in _MARK_CHARS:
            end += 1
        if end == n or text[end] not in _LETTER_CHARS:
            continue
        start = hit  # the run of spaces starts here ...
        while start > last and text[start - 1] in " \u00a0":
            start -= 1
        before = start - 1  # ... after a letter and its own marks
        while before >= last and text[before] in _MARK_CHARS:
            before -= 1
        if before < last or text[before] not in _LETTER_CHARS:
            continue
        parts.append(text[last:start])
        parts.append(text[hit + 1 : end] + " ")
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.

    >>> strip_diacritics("وأكَّدَ نهجًا")
    'وأكد نهجا'
    """
    return _DIACRITICS_RE.rx.sub("", _guard(text))


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida), the stretching stroke.

    >>> strip_tatweel("الســـلام")
    'السلام'
    """
    return _TATWEEL_RE.rx.sub("", _guard(text))


def normalize_digits(text: str, *, to: Literal["ascii", "arabic"] = "ascii") -> str:
    """Write digits in ASCII (Arabic-Indic and Persian digits, ``٪ ٫ ٬``) or the reverse.

    >>> normalize_digits("الدورة ٦٢ و۱۲٪")
    'الدورة 62 و12%'
    >>> normalize_digits("عام 2021", to="arabic")
    'عام ٢٠٢١'
    """
    text = _guard(text)
    table = chars.EASTERN_TO_ASCII if to == "ascii" else chars.ASCII_TO_ARABIC_INDIC
    return _apply_map(text, _map_regex(tuple(sorted(table))), table)


def normalize_whitespace(text: str) -> str:
    """Fold spaces and line breaks, collapse runs, trim lines, keep paragraph breaks.

    NBSP, thin and other spaces and tabs become one U+0020; CR, LF, U+2028 and
    the other line breaks become ``\\n``; spaces at line edges go; more than one
    blank line in a row becomes one; the text is stripped.

    >>> normalize_whitespace("  أ\\u00a0\\u00a0ب \\r\\n\\r\\n\\r\\n ج\\u2009د ")
    'أ ب\\n\\nج د'
    """
    text = _guard(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _LINE_BREAK_RE.rx.sub("\n", text)
    text = _SPACES_RE.rx.sub(" ", text)
    return _collapse_whitespace(text)


# ---------------------------------------------------------------------------
# One-to-one character maps, built per configuration and cached
# ---------------------------------------------------------------------------


@cache
def _map_regex(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(keys)) + "]")


def _apply_map(text: str, pattern: re.Pattern[str], table: MappingProxyType[str, str]) -> str:
    # str.replace per distinct character present is memchr-fast; a per-character
    # str.translate walk is several times slower on Arabic text.
    present = set(pattern.findall(text))
    for ch in present:
        text = text.replace(ch, table[ch])
    return text


@cache
def _char_map(
    persian: bool, digits: DigitsMode, alef: bool, ya: bool, teh_marbuta: bool, hamza: bool
) -> tuple[re.Pattern[str], MappingProxyType[str, str]] | None:
    table: dict[str, str] = {}
    if persian:
        table.update(chars.PERSIAN_LOOKALIKES)
    if digits == "ascii":
        table.update(chars.EASTERN_TO_ASCII)
    elif digits == "arabic":
        # Persian digits first become ASCII-equivalents of Arabic-Indic digits.
        table.update({d: chars.ARABIC_INDIC_DIGITS[i] for i, d in enumerate(chars.PERSIAN_DIGITS)})
        table.update(chars.ASCII_TO_ARABIC_INDIC)
    if alef:
        table.update(chars.ALEF_VARIANTS)
    if ya:
        table.update(chars.ALEF_MAKSURA)
    if teh_marbuta:
        table.update(chars.TEH_MARBUTA)
    if hamza:
        table.update(chars.HAMZA_SEATS)
    if persian and ya:
        table.update({k: "\u064a" for k, v in chars.PERSIAN_LOOKALIKES.items() if v == "\u064a"})
    if persian and teh_marbuta:
        table["\u06c3"] = "\u0647"
    if not table:
        return None
    return _map_regex(tuple(sorted(table))), MappingProxyType(table)


# ---------------------------------------------------------------------------
# The front door
# ---------------------------------------------------------------------------


def _resolve(profile: ProfileName | NormalizeConfig, overrides: dict[str, Any]) -> NormalizeConfig:
    if isinstance(profile, NormalizeConfig):
        config = profile
    else:
        try:
            config = PROFILES[profile]
        except (KeyError, TypeError):
            raise ValueError(
                f"unknown normalization profile {profile!r}; choose one of {', '.join(PROFILES)}"
            ) from None
    if overrides:
        try:
            config = attrs.evolve(config, **overrides)
        except TypeError as exc:
            known = ", ".join(f.name for f in attrs.fields(NormalizeConfig))
            raise TypeError(f"{exc}; normalize() options are: {known}") from None
        if config.digits not in ("keep", "ascii", "arabic"):
            raise ValueError(f"digits must be 'keep', 'ascii' or 'arabic', not {config.digits!r}")
    return config


def normalize(
    text: str, *, profile: ProfileName | NormalizeConfig = "default", **overrides: Any
) -> str:
    """Normalize Arabic text with a named profile and optional per-option overrides.

    ``profile`` is ``"light"``, ``"default"`` or ``"search"`` (or a
    :class:`NormalizeConfig`); keyword overrides switch single options, for
    example ``teh_marbuta=False`` or ``digits="keep"``.

    >>> normalize("وأكّد نهجًا")
    'وأكد نهجا'
    >>> normalize("مقبولا ًللطرفين", profile="light")
    'مقبولاً للطرفين'
    >>> normalize("المدرسة الأولى", profile="search")
    'المدرسه الاولي'
    >>> normalize("المدرسة الأولى", profile="search", teh_marbuta=False)
    'المدرسة الاولي'
    >>> normalize(b"x")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes; decode it first, e.g. data.decode("utf-8")
    """
    text = _guard(text)
    config = _resolve(profile, overrides)
    return _normalize(text, config)


@attrs.frozen
class _Plan:
    """What one configuration needs, precomputed once: the characters it may
    change (one regex class) and what to do with each of them."""

    special: re.Pattern[str]
    probe: tuple[str, ...]
    invisible: frozenset[str]
    delete: frozenset[str]
    marks: frozenset[str]
    table: MappingProxyType[str, str]
    mapped: frozenset[str]  # the table's keys, for set intersections
    spaces: frozenset[str]
    breaks: frozenset[str]


_PRESENTATION_CHARS = frozenset(_expand_ranges(chars.PRESENTATION_RANGES))
_INVISIBLE_CHARS = frozenset(_expand_ranges(chars.INVISIBLE))
_SPACE_CHARS = frozenset(_expand_ranges(chars.SPACES))
_BREAK_CHARS = frozenset(b for b in chars.LINE_BREAKS if len(b) == 1)
_FREQUENT = frozenset(
    chars.HARAKAT[:8]  # fathatan .. sukun
    + chars.SUPERSCRIPT_ALEF
    + chars.TATWEEL
    + "".join(chars.EASTERN_TO_ASCII)
    + "0123456789"
    + "".join(chars.ALEF_VARIANTS)
    + "".join(chars.ALEF_MAKSURA)
    + "".join(chars.TEH_MARBUTA)
    + "".join(chars.HAMZA_SEATS)
)


@cache
def _plan(c: NormalizeConfig) -> _Plan:
    mapping = _char_map(c.persian, c.digits, c.alef, c.ya, c.teh_marbuta, c.hamza)
    table = mapping[1] if mapping else MappingProxyType({})
    delete: set[str] = set()
    if c.diacritics:
        delete.update(chars.DIACRITICS)
    if c.tatweel:
        delete.add(chars.TATWEEL)
    marks = frozenset(chars.COMBINING_MARKS) if c.repair else frozenset()
    invisible = _INVISIBLE_CHARS | {chars.ZWNJ, chars.ZWJ} if c.invisible else frozenset()
    spaces = _SPACE_CHARS if c.whitespace else frozenset()
    breaks = _BREAK_CHARS if c.whitespace else frozenset()
    members = set(table) | delete | marks | invisible | spaces | breaks
    # Frequent characters (common harakat, letters, digits) are probed with
    # `in`, which runs at memory speed; a regex scan finds the rare rest.
    probe = tuple(sorted(members & _FREQUENT))
    ranges = chars.PRESENTATION_RANGES if c.presentation_forms else ""
    special = re.compile("[" + re.escape("".join(sorted(members - _FREQUENT))) + ranges + "]")
    return _Plan(
        special, probe, invisible, frozenset(delete), marks, table, frozenset(table), spaces, breaks
    )


def _present(plan: _Plan, text: str) -> set[str]:
    """The distinct characters of ``text`` that ``plan`` may change."""
    present = set(plan.special.findall(text))
    present.update(ch for ch in plan.probe if ch in text)
    return present


def _normalize(text: str, c: NormalizeConfig) -> str:
    # One scan finds the distinct characters this configuration may change;
    # each is then handled with str.replace, which runs at memory speed. Text
    # without presentation forms, marks or bidi controls pays nothing for them.
    plan = _plan(c)
    present = _present(plan, text)
    if present and c.presentation_forms and not present.isdisjoint(_PRESENTATION_CHARS):
        text = fold_presentation_forms(text)
        present = _present(plan, text)
    if present & plan.invisible:
        for ch in present & _INVISIBLE_CHARS:
            text = text.replace(ch, "")
    if present & plan.marks:
        if c.diacritics:
            # Marks are stripped below: only a decomposed hamza/madda needs repair.
            if not present.isdisjoint(chars.COMPOSING_MARKS):
                text = _compose_hamza(text)
                present = _present(plan, text)
        else:
            text = repair_marks(text)
    if c.invisible and ("\u200c" in present or "\u200d" in present):
        keep_zwnj = not c.diacritics
        text = _JOINERS_RE.rx.sub(lambda m: _joiner(m, keep_zwnj), text)
    for ch in present & plan.delete:
        text = text.replace(ch, "")
    for ch in present & plan.mapped:
        text = text.replace(ch, plan.table[ch])
    if c.whitespace:
        if "\r" in present:
            text = text.replace("\r\n", "\n")
        for ch in present & plan.breaks:
            text = text.replace(ch, "\n")
        for ch in present & plan.spaces:
            text = text.replace(ch, " ")
        text = _collapse_whitespace(text)
    return text


def _collapse_whitespace(text: str) -> str:
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    if "\n" in text:  # one line (a paragraph) needs no more scans
        if " \n" in text:
            text = text.replace(" \n", "\n")
        if "\n " in text:
            text = text.replace("\n ", "\n")
        while "\n\n\n" in text:
            text = text.replace("\n\n\n\n", "\n\n").replace("\n\n\n", "\n\n")
    return text.strip(" \n")


# ---------------------------------------------------------------------------
# A folded view with offsets, for matching (used by quotes, dates, boilerplate)
# ---------------------------------------------------------------------------


@attrs.frozen
class Folded:
    """Text folded for matching, with a map back to the original offsets.

    ``text`` has diacritics, tatweel and invisible characters removed, letter
    variants unified (``search`` letters), Persian look-alikes and digits
    mapped, spaces (NBSP etc.) turned into U+0020, and presentation forms
    folded. ``offsets[i]`` is the index in the original of ``text[i]``;
    ``offsets[len(text)]`` is ``len(original)``.

    >>> f = fold("وأكّد الوزيرُ")
    >>> f.text
    'واكد الوزير'
    >>> f.span(5, 11)
    (6, 13)
    >>> "وأكّد الوزيرُ"[6:13]
    'الوزيرُ'
    """

    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the folded text to the original text.

        Marks and other characters the fold removed right after the span's last
        character belong to it, so a word keeps its diacritics.
        """
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], max(self.offsets[end - 1] + 1, self.offsets[end])


#: The one-to-one part of the fold (no change of length): letters, digits, look-alikes.
_FOLD_MAPS = NormalizeConfig(
    invisible=False,
    whitespace=False,
    presentation_forms=False,
    repair=False,
    persian=True,
    digits="ascii",
    alef=True,
    ya=True,
    teh_marbuta=True,
    hamza=True,
)


@cache
def _fold_tables() -> tuple[re.Pattern[str], MappingProxyType[str, str], re.Pattern[str]]:
    """Characters the fold deletes or expands (with their replacement), and the
    special spaces it turns into U+0020."""
    table: dict[str, str] = {}
    for ch in chars.DIACRITICS + chars.TATWEEL + "\u200c\u200d":
        table[ch] = ""
    for ch in _expand_ranges(chars.INVISIBLE):
        table[ch] = ""
    for ch, folded in _presentation_table().items():
        table[ch] = _DIACRITICS_TATWEEL_RE.rx.sub("", _normalize(folded, _FOLD_MAPS))
    pattern = re.compile("[" + re.escape("".join(sorted(table))) + "]")
    spaces = re.compile("[" + chars.SPACES + "]")
    return pattern, MappingProxyType(table), spaces


def fold(text: str) -> Folded:
    """Fold ``text`` for matching and keep the offsets back to it.

    The folded text is what cue and name lexicons are matched against; spans
    found there map back to exact spans of the input with :meth:`Folded.span`.
    Runs in linear time.

    >>> fold("قالَ ـ").text
    'قال '
    """
    text = _guard(text)
    pattern, table, spaces = _fold_tables()
    offsets: Sequence[int]
    if pattern.search(text) is None:
        # The common case: nothing changes length, the offsets are the identity.
        folded, offsets = text, range(len(text) + 1)
    else:
        parts: list[str] = []
        index: list[int] = []
        last = 0
        for m in pattern.finditer(text):
            i = m.start()
            if i > last:
                parts.append(text[last:i])
                index.extend(range(last, i))
            rep = table[m.group()]
            if rep:
                parts.append(rep)
                index.extend([i] * len(rep))
            last = i + 1
        if last < len(text):
            parts.append(text[last:])
            index.extend(range(last, len(text)))
        index.append(len(text))
        folded, offsets = "".join(parts), tuple(index)
    folded = _normalize(folded, _FOLD_MAPS)
    if spaces.search(folded):
        folded = spaces.sub(" ", folded)
    return Folded(folded, offsets)


@cache
def _fold_text_plan() -> tuple[re.Pattern[str], tuple[str, ...], MappingProxyType[str, str]]:
    """``fold`` as one character map: the rare characters it changes (one class), the
    frequent ones (probed with ``in``), and each one's replacement.

    The fold changes each character on its own (deletions, expansions, letter and digit
    maps, special spaces; nothing depends on context), and what it puts in is left alone
    by a second fold: so replacing each distinct character present, in any order, folds.
    """
    _pattern, table, _spaces = _fold_tables()
    candidates = set(table) | set(_plan(_FOLD_MAPS).table) | _SPACE_CHARS
    repl: dict[str, str] = {}
    for ch in sorted(candidates):
        out = fold(ch).text
        if out != ch:
            if fold(out).text != out or "\n" in out:
                raise AssertionError(f"fold of U+{ord(ch):04X} is not a fixed point")
            repl[ch] = out
    probe = tuple(sorted(set(repl) & _FREQUENT))
    rare = re.compile("[" + re.escape("".join(sorted(set(repl) - _FREQUENT))) + "]")
    return rare, probe, MappingProxyType(repl)


def fold_text(text: str) -> str:
    """``fold(text).text`` without the offsets, several times faster on long text.

    For callers that match on the folded text but never map a span back (line
    features, keys for comparing lines).

    >>> fold_text("وأكّد الوزيرُ ـ")
    'واكد الوزير '
    """
    text = _guard(text)
    rare, probe, repl = _fold_text_plan()
    present = set(rare.findall(text))
    present.update(ch for ch in probe if ch in text)
    for ch in present:
        text = text.replace(ch, repl[ch])
    return text
