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


@attrs.frozen(kw_only=True)
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

_MARK_CLASS = "[" + re.escape(chars.COMBINING_MARKS) + "]"
_LETTER_CLASS = "[" + chars.LETTER_RANGES + "]"
_INVISIBLE_RE = re.compile("[" + chars.INVISIBLE + "]+")
_JOINERS_RE = re.compile("[\u200c\u200d]+")
_PRESENTATION_RE = re.compile("[" + chars.PRESENTATION_RANGES + "]+")
_DIACRITICS_RE = re.compile("[" + re.escape(chars.DIACRITICS) + "]+")
_TATWEEL_RE = re.compile(chars.TATWEEL + "+")
_DIACRITICS_TATWEEL_RE = re.compile("[" + re.escape(chars.DIACRITICS + chars.TATWEEL) + "]+")
_ANY_MARK_RE = re.compile(_MARK_CLASS)
_COMPOSE_RE = re.compile("[\u0627\u0648\u064a\u06d5\u06c1\u06d2][\u0653-\u0655]+")
# A mark cut off its letter by spaces:  "مقبولا ًللطرفين" -> "مقبولاً للطرفين".
_DETACHED_RE = re.compile(f"({_LETTER_CLASS}{_MARK_CLASS}*)[ \u00a0]+({_MARK_CLASS}+)(?={_LETTER_CLASS})")
# Marks with no letter before them (word start, after punctuation or digits).
_ORPHAN_RE = re.compile(f"(?<![{chars.LETTER_RANGES}{re.escape(chars.COMBINING_MARKS)}]){_MARK_CLASS}+")
# The same mark written twice or more in a row.
_DOUBLED_RE = re.compile(f"({_MARK_CLASS})\\1+")
_LINE_BREAK_RE = re.compile("|".join(re.escape(b) for b in chars.LINE_BREAKS))
_SPACES_RE = re.compile("[" + chars.SPACES + "]")
_SPACE_RUN_RE = re.compile(" {2,}")
_LINE_EDGE_RE = re.compile(" *\n *")
_BLANK_RUN_RE = re.compile("\n{3,}")

_ARABIC_LETTER_RE = re.compile(_LETTER_CLASS)


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
    text = _INVISIBLE_RE.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS_RE.sub(lambda m: _joiner(m, keep_zwnj), text)
    return text


def _joiner(m: re.Match[str], keep_zwnj: bool) -> str:
    s, i, j = m.string, m.start(), m.end()
    before = s[i - 1] if i > 0 else " "
    after = s[j] if j < len(s) else " "
    edge = before.isspace() or after.isspace()
    arabic = bool(_ARABIC_LETTER_RE.match(before) or _ARABIC_LETTER_RE.match(after))
    out = []
    if "\u200c" in m.group() and keep_zwnj and not edge and before.isalpha() and after.isalpha():
        out.append("\u200c")
    if "\u200d" in m.group() and not edge and not arabic and not out:
        out.append("\u200d")
    return "".join(out)


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
    if not _PRESENTATION_RE.search(text):
        return text
    table = _presentation_table()
    return _PRESENTATION_RE.sub(lambda m: "".join(table.get(c, c) for c in m.group()), text)


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
    if not _ANY_MARK_RE.search(text):
        return text
    if _COMPOSE_RE.search(text):
        text = _COMPOSE_RE.sub(lambda m: _unicode.normalize("NFC", m.group()), text)
    text = _DETACHED_RE.sub(r"\1\2 ", text)
    text = _ORPHAN_RE.sub("", text)
    return _DOUBLED_RE.sub(r"\1", text)


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.

    >>> strip_diacritics("وأكَّدَ نهجًا")
    'وأكد نهجا'
    """
    return _DIACRITICS_RE.sub("", _guard(text))


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida), the stretching stroke.

    >>> strip_tatweel("الســـلام")
    'السلام'
    """
    return _TATWEEL_RE.sub("", _guard(text))


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
    text = _LINE_BREAK_RE.sub("\n", text)
    text = _SPACES_RE.sub(" ", text)
    text = _SPACE_RUN_RE.sub(" ", text)
    text = _LINE_EDGE_RE.sub("\n", text)
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip(" \n")


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


def _normalize(text: str, c: NormalizeConfig) -> str:
    if not text.isascii():
        if c.invisible:
            text = remove_invisible(text, keep_zwnj=not c.diacritics)
        if c.presentation_forms:
            text = fold_presentation_forms(text)
        if c.repair:
            text = repair_marks(text)
        if c.diacritics and c.tatweel:
            text = _DIACRITICS_TATWEEL_RE.sub("", text)
        elif c.diacritics:
            text = _DIACRITICS_RE.sub("", text)
        elif c.tatweel:
            text = _TATWEEL_RE.sub("", text)
    mapping = _char_map(c.persian, c.digits, c.alef, c.ya, c.teh_marbuta, c.hamza)
    if mapping is not None and (c.digits == "arabic" or not text.isascii()):
        text = _apply_map(text, *mapping)
    if c.whitespace:
        text = normalize_whitespace(text)
    return text


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
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the folded text to the original text.

        Marks and other characters the fold removed right after the span's last
        character belong to it, so a word keeps its diacritics.
        """
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], max(self.offsets[end - 1] + 1, self.offsets[end])


@cache
def _fold_tables() -> tuple[re.Pattern[str], MappingProxyType[str, str]]:
    table: dict[str, str] = {}
    mapping = _char_map(True, "ascii", True, True, True, True)
    assert mapping is not None
    table.update(mapping[1])
    for ch in chars.DIACRITICS + chars.TATWEEL + "\u200c\u200d":
        table[ch] = ""
    for ch in _expand_ranges(chars.INVISIBLE):
        table[ch] = ""
    for ch in _expand_ranges(chars.SPACES):
        table[ch] = " "
    for ch, folded in _presentation_table().items():
        table[ch] = normalize(folded, profile="search", whitespace=False)
    pattern = re.compile("[" + re.escape("".join(sorted(table))) + "]")
    return pattern, MappingProxyType(table)


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


def fold(text: str) -> Folded:
    """Fold ``text`` for matching and keep the offsets back to it.

    The folded text is what cue and name lexicons are matched against; spans
    found there map back to exact spans of the input with :meth:`Folded.span`.
    Runs in linear time.

    >>> fold("قالَ ـ").text
    'قال '
    """
    text = _guard(text)
    pattern, table = _fold_tables()
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        i = m.start()
        if i > last:
            parts.append(text[last:i])
            offsets.extend(range(last, i))
        rep = table[m.group()]
        if rep:
            parts.append(rep)
            offsets.extend([i] * len(rep))
        last = i + 1
    if last < len(text):
        parts.append(text[last:])
        offsets.extend(range(last, len(text)))
    offsets.append(len(text))
    return Folded("".join(parts), tuple(offsets))

