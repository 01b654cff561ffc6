"""Find and resolve the dates written in Arabic news text.

:func:`find_dates` finds every calendar reference in a text: month names of all
families (standard ``يونيو``, Levantine ``حزيران``, Maghrebi ``جوان``/``يوليوز``, in
pairs such as ``حزيران/يونيو``), numeric dates (``02.12.2021``), years (``عام 2016``,
``2021ء``), Hijri dates (converted with the Umm al-Qura calendar when the optional
``hijridate`` package is installed), weekdays, deictic words (``اليوم``, ``أمس``),
``قبل/منذ N ...``, periods (``الشهر الماضي``) and clock times attached to a day.
Relative mentions are resolved against ``reference`` (the publication date).

Matching runs on the folded view of :func:`arnews.normalize.fold` (diacritics gone,
letter variants unified, digits ASCII); offsets index the text passed in.

>>> from datetime import date
>>> [m.isoformat() for m in find_dates("قال الوزير اليوم الخميس إن القمة عقدت في 16 حزيران/يونيو الماضي",
...                                    reference=date(2021, 12, 2))]
['2021-12-02', '2021-06-16']
>>> parse_date("02 ديسمبر 2021ء").isoformat()
'2021-12-02'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, Literal, NamedTuple

import attrs

from arnews._check import ensure_str
from arnews.data import dates as lex
from arnews.normalize import Folded, fold, normalize

__all__ = ["DateMention", "Granularity", "find_dates", "parse_date"]

Granularity = Literal["year", "month", "week", "day", "minute"]
Calendar = Literal["gregorian", "hijri"]
Reference = dt.date | dt.datetime | None


@attrs.frozen
class DateMention:
    """One date found in a text.

    ``value`` is a :class:`datetime.date` (a :class:`datetime.datetime` at minute
    granularity), or ``None`` when the mention cannot be resolved (a relative date
    without a reference, a Hijri date without its year or without ``hijridate``).
    Only the fields down to ``granularity`` are meaningful: a month mention has
    ``value`` on the first of its month.

    >>> m = DateMention("الأسبوع الماضي", 0, 14, dt.date(2021, 11, 25), "week", True)
    >>> m.isoformat()
    '2021-W47'
    """

    text: str
    start: int
    end: int
    value: dt.date | dt.datetime | None
    granularity: Granularity
    relative: bool
    calendar: Calendar = "gregorian"
    hijri: tuple[int | None, int | None, int | None] | None = None

    def isoformat(self) -> str | None:
        """``YYYY``, ``YYYY-MM``, ``YYYY-Www``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; ``None`` without a value."""
        v = self.value
        if v is None:
            return None
        g = self.granularity
        if g == "year":
            return f"{v.year:04d}"
        if g == "month":
            return f"{v.year:04d}-{v.month:02d}"
        if g == "week":
            y, w, _ = v.isocalendar()
            return f"{y:04d}-W{w:02d}"
        if g == "minute" and isinstance(v, dt.datetime):
            return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}"
        return f"{v.year:04d}-{v.month:02d}-{v.day:02d}"


# ---------------------------------------------------------------------------
# Patterns (built once, lazily, over the folded text)
# ---------------------------------------------------------------------------

_S = r"[ \t]{1,3}"  # the space between two words of one mention (never a line break)
_S0 = r"[ \t]{0,3}"
_START = r"(?<!\w)"
_END = r"(?!\w)"
_CLITIC = r"(?:[وف]?[بلك]?)"


def _f(word: str) -> str:
    return normalize(word, profile="search")


def _variants(word: str) -> list[str]:
    """The folded entry, and its ``ل`` form for after a clitic ``ل`` (``للخميس`` = ``ل`` + ``لخميس``)."""
    f = " ".join(_f(word).split())
    first = f.split(" ")[0]
    if first.startswith("ال") and len(first) > 3:
        return [f, "ل" + f[2:]]
    return [f]


def _folded_map(table: Mapping[str, int]) -> dict[str, int]:
    return {v: n for k, n in table.items() for v in _variants(k)}


def _latin(table: Mapping[str, int]) -> dict[str, int]:
    """French words as written and with a capital first letter (``Novembre``)."""
    return {v: n for k, n in table.items() for v in (k, k.capitalize())}


@cache
def _months_all() -> dict[str, int]:
    return {**lex.GREGORIAN_MONTHS, **_latin(lex.FRENCH_MONTHS)}


@cache
def _weekdays_all() -> dict[str, int]:
    return {**lex.WEEKDAYS, **_latin(lex.FRENCH_WEEKDAYS)}


@cache
def _tables() -> dict[str, dict[str, int]]:
    return {
        "months": _folded_map(_months_all()),
        "hmonths": _folded_map(lex.HIJRI_MONTHS),
        "weekdays": _folded_map(_weekdays_all()),
        "ordinals": _folded_map(lex.DAY_ORDINALS),
        "numbers": _folded_map(lex.NUMBER_WORDS),
        "deictic": _folded_map(lex.DEICTIC_DAYS),
        "direction": _folded_map(lex.DIRECTION),
        "hours": _folded_map(lex.HOUR_WORDS),
        "minutes": _folded_map(lex.MINUTE_WORDS),
    }


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    def fs(words: Iterable[str]) -> frozenset[str]:
        return frozenset(_f(w) for w in words)

    return {
        "amb": fs([*lex.AMBIGUOUS_MONTHS, *_latin(lex.FRENCH_MONTHS)]),
        "french_wd": fs(_latin(lex.FRENCH_WEEKDAYS)),
        "dur_cues": fs(w for w in lex.DURATION_CUES if " " not in w),
        "dur_phrases": fs(w for w in lex.DURATION_CUES if " " in w),
        "generic": fs(lex.TODAY_GENERIC_CLAUSE),
        "outlets": fs(lex.TODAY_OUTLETS),
        "outlet_heads": fs(lex.OUTLET_HEADS),
        "hamb": fs(lex.AMBIGUOUS_HIJRI_MONTHS),
        "two": fs(lex.TWO_PRECEDERS),
        "prayer": fs(lex.FRIDAY_PRAYER),
        "not_future": fs(lex.NOT_FUTURE),
        "nouns": fs(lex.NUMBER_NOUNS),
        "labels": fs(lex.NUMBER_LABELS),
        "duration": fs(lex.DURATION_AFTER_MUNDHU),
        "today_after": fs(lex.TODAY_NOT_AFTER),
        "not_month": fs(lex.NOT_MONTH_BEFORE),
        "time_preps": fs(lex.TIME_PREPOSITIONS),
        "today_before": fs(lex.TODAY_NOT_BEFORE),
    }


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes (longest match first).

    A flat alternation of a hundred month and number words makes every match attempt try each
    word in turn; the trie tries one branch per character.
    """
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    S, S0 = _S, _S0

    def _alt(words: Iterable[str]) -> str:
        # the "ل" forms ("لخميس" of "للخميس") only right after a clitic "ل": "لأحد" is "for anyone"
        full = {_variants(w)[0] for w in words}
        lforms = {v for w in words for v in _variants(w)[1:]}
        alt = _trie(full)
        return f"(?:{alt}|(?<=ل){_trie(lforms)})" if lforms else alt

    mon = _alt(_months_all())
    hmon = _alt(lex.HIJRI_MONTHS)
    wday = _alt(_weekdays_all())
    seasons = _alt([*lex.SEASONS, *("ال" + w for w in lex.SEASONS)])
    ordw = _alt(lex.DAY_ORDINALS)
    direction = _alt(lex.DIRECTION)
    parts = _alt(lex.PERIOD_PARTS)
    dayparts = _alt(lex.DAY_PARTS)
    numw = _alt(lex.NUMBER_WORDS)
    # no "ل" variants here: "ليوم واحد" is "for one day", not "today"
    deictic = _trie(
        {" ".join(_f(k).split()) for k in lex.DEICTIC_DAYS if k not in lex.DEICTIC_WITH_WEEKDAY}
    )
    units = _alt(lex.AGO_UNITS)
    unit_nouns = r"(?:(?:ال|(?<=ل)ل)اسبوع|(?:ال|(?<=ل)ل)شهر|(?:ال|(?<=ل)ل)عام|(?:ال|(?<=ل)ل)سنه)"
    suffix = rf"(?:{S0}(?P<suf>للهجره|هجريه|هجري|ميلاديه|ميلادي|ه|م|ء){_END})"
    year = rf"(?P<year>[0-9]{{4}})(?![0-9]){suffix}?"
    yearpart = rf"(?:{S0}[,،]?{S0}(?:من{S})?(?:(?:ال)?عام{S}|(?:ال)?سنه{S})?{year})"
    relyear = rf"(?:{S}(?:من{S})?(?P<rely>هذا{S}العام|هذه{S}السنه|العام{S}{direction}|السنه{S}{direction}))"
    relmod = rf"(?:{relyear}|{S}(?P<rel>{direction}))"
    day = rf"(?:(?:يوم{S})?(?:(?P<day>[0-9]{{1,2}})(?![0-9])|(?P<dayw>{ordw})))"
    mpair = (
        rf"(?:(?P<shahr>شهر){S})?(?P<mon>{mon})"
        rf"(?:{S0}[/(\-]{S0}(?P<mon2>{mon})(?:{S0}\))?|{S}(?P<mon3>{mon}))?"
    )
    partp = rf"(?:(?P<part>{parts}){S}(?:من{S})?)"
    alts = [
        # 2019-2020, موسم 2019/2020: two years
        rf"(?P<yrange>(?:(?:(?:ال)?عام|(?:ال)?سنه){S})?(?P<y1>[0-9]{{4}})"
        rf"{S0}[\-–/]{S0}(?P<y2>[0-9]{{4}})(?![0-9]|[./\-][0-9]))",
        # 02.12.2021, 2021-12-02, 14-09-1432 هـ
        rf"(?P<num>(?<![0-9./\-])(?:(?P<nd>[0-9]{{1,2}})(?P<sp>[ \t]?)(?P<sep>[./\-])(?P=sp)(?P<nm>[0-9]{{1,2}})"
        rf"(?P=sp)(?P=sep)(?P=sp)(?P<ny>[0-9]{{4}}|[0-9]{{2}})"
        rf"|(?P<ny_2>[0-9]{{4}})(?P<sep_2>[./\-])(?P<nm_2>[0-9]{{1,2}})(?P=sep_2)(?P<nd_2>[0-9]{{1,2}})"
        rf"(?:T(?P<iso_h>[0-9]{{2}}):(?P<iso_m>[0-9]{{2}})(?::[0-9]{{2}}(?:\.[0-9]{{1,9}})?)?"
        rf"(?:Z|[+\-][0-9]{{2}}:?[0-9]{{2}})?)?)"
        rf"(?![0-9]|[./\-][0-9]){suffix}?)",
        # مثل هذا اليوم عام 1929
        rf"(?P<mithl>مثل{S}هذا{S}اليوم{S}(?:من{S})?(?:عام|سنه){S}{year})",
        # 19 من الشهر الجاري; 29 الجاري, 15 الماضي (the month left out, in Gulf papers): a
        # number only, as "الربع الثالث الماضي" is no date
        rf"(?P<dcur>{day}{S}(?:من{S})?(?:الشهر{S}(?P<rel>{direction})|(?P<rel_2>هذا){S}الشهر)"
        rf"|(?:يوم{S})?(?P<dday>[0-9]{{1,2}})(?![0-9]){S}(?:من{S})?"
        rf"(?P<rel_3>الجاري|الحالي|الماضي|المقبل|القادم){_END})",
        # 16 حزيران/يونيو الماضي, الثالث عشر من شباط 2021
        rf"(?P<dm>{day}(?:{S}من{S}|{S0}){mpair}(?:{yearpart}|{relmod})?)",
        # 27 ربيع الآخر 1443 هـ
        rf"(?P<hdm>{day}(?:{S}من{S}|{S0})(?:(?P<shahr>شهر){S})?(?P<hmon>{hmon})(?:{yearpart})?)",
        # قبل 3 أيام, منذ يومين
        rf"(?P<ago>(?P<agow>قبل|منذ){S}(?:(?:نحو|حوالي){S})?(?:(?P<agon>[0-9]{{1,3}}|{numw}){S})?"
        rf"(?P<unit>{units}){_END}(?!{S}(?:من|علي|علي){_END}))",
        # الأسبوع الماضي, هذا العام, أواخر العام الماضي
        rf"(?P<prel>{partp}?(?:(?P<punit>{unit_nouns}){S}(?P<rel>{direction})"
        rf"|(?P<rel_2>هذا|هذه){S}(?P<punit_2>{unit_nouns}))"
        rf"|{partp.replace('<part>', '<part_2>')}(?P<punit_3>{unit_nouns}))",
        # مطلع شهر أيار 2021, حزيران/يونيو من هذا العام, آذار
        rf"(?P<my>{partp}?(?:(?P<mundh>منذ){S})?{mpair}(?:{yearpart}|{relmod})?)",
        rf"(?P<hmy>{partp}?(?:(?P<shahr>شهر){S})?(?P<hmon>{hmon})(?:{yearpart})?)",
        # صيف 2019, الشتاء الماضي: a season (no value)
        rf"(?P<season>{partp}?(?P<sname>{seasons})(?:{yearpart}|{relmod}))",
        # عام 2016, نهاية 2020, 2021م, 2003
        rf"(?P<ykw>{partp}?(?:(?P<kw>(?:ال)?عام|(?:ال)?سنه|(?<=ل)عام|(?<=ل)سنه){S})?"
        rf"(?P<year>[0-9]{{4}})(?![0-9]|[.,:/][0-9]){suffix}?)",
        # مساء يوم الخميس الماضي, اليوم الاثنين, أمس الأربعاء
        rf"(?P<wd>(?:(?P<dpart>{dayparts}){S})?(?:(?P<wdeic>اليوم|الليله|امس|الامس|يوم{S}امس|غدا|غد|يوم{S}غد){S})?"
        rf"(?:(?P<yawm>يوم|نهار|ليله|ليل){S})?(?P<wday>{wday})"
        rf"(?:(?:{S0}[\-–/]{S0}|{S}(?:الي|حتي|علي|و){S0})(?P<wday2>{wday}))?(?:{S}(?P<rel>{direction}))?)",
        # اليوم, أمس, بعد غد, صباح اليوم
        rf"(?P<deic>(?:(?P<dpart>{dayparts}){S})?(?P<dword>{deictic}))",
    ]
    hour_words = _alt(lex.HOUR_WORDS)
    minute_words = _alt(lex.MINUTE_WORDS)
    periods = _alt(lex.CLOCK_PERIODS)
    clock_core = (
        rf"(?:(?P<hh>[0-9]{{1,2}})(?:[:.](?P<mm>[0-9]{{2}}))?(?![0-9])|(?P<hw>{hour_words})(?:{S}(?P<mw>{minute_words}))?)"
        rf"(?:{S0}(?P<per>{periods}){_END})?"
    )
    clock_after = rf"(?:(?P<sa>(?:(?:في|عند|علي){S})?(?:تمام{S})?(?:ال)?ساعه){S})?{clock_core}"
    clock_before = rf"(?:(?P<sa>(?:تمام{S})?(?:ال)?ساعه){S})?{clock_core}"
    return {
        **{
            k: re.compile(
                rf"(?:{_START}{_CLITIC})?{a}{_END}"
                if k in ("num", "yrange")  # also right after letters: "عرب وعالم16-9-2021"
                else rf"{_START}{_CLITIC}{a}{_END}"
            )
            for k, a in zip(_KINDS, alts, strict=True)
        },
        "time_after": re.compile(rf"{S0}[,،\-–|]?{S0}(?:(?:في|عند|علي){S})?{clock_after}{_END}"),
        "time_before": re.compile(rf"{_START}{clock_before}(?:{S}(?:من{S})?|{S0}[|\-–،,]{S0})\Z"),
        "range_before": re.compile(
            rf"{_START}(?:(?:من|بين){S})?(?P<d1>[0-9]{{1,2}}){S0}(?:الي|حتي|و|-|–){S0}\Z"
        ),
        "range_gap": re.compile(rf"{S0}(?:(?:من|بين){S})?(?:الي|حتي|و|-|–){S0}"),
        "future": re.compile(
            r"(?:^|[ \t])(?:و|ف)?(?:س[يتن][^\W\d_]{2,}|سوف|من المقرر|من المنتظر|من المتوقع|المرتقب|يعتزم|تعتزم)"
        ),
    }


_DIGIT_KINDS = ("num", "dcur", "dm", "hdm", "ykw")


@cache
def _triggers() -> dict[str, tuple[str, ...]]:
    """First words of the patterns -> the patterns that can start with them, in priority order."""
    table: dict[str, set[str]] = {}

    def add(words: Iterable[str], *kinds: str) -> None:
        for w in words:
            table.setdefault(_f(w).split()[0], set()).update(kinds)

    add(lex.DAY_ORDINALS, "dcur", "dm", "hdm")
    add(_months_all(), "my")
    add([*lex.SEASONS, *("ال" + w for w in lex.SEASONS)], "season")
    add(lex.HIJRI_MONTHS, "hmy")
    add(lex.PERIOD_PARTS, "prel", "my", "hmy", "season", "ykw")
    add(_weekdays_all(), "wd")
    add(lex.DAY_PARTS, "wd", "deic")
    add(lex.DEICTIC_DAYS, "deic")
    add(("اليوم", "الليلة", "أمس", "الأمس", "غدا", "غد"), "wd")  # "اليوم الخميس", "غد السبت"
    add(("يوم",), "dcur", "dm", "hdm", "wd", "deic")
    add(("نهار", "ليلة", "ليل"), "wd")
    add(("شهر",), "my", "hmy")
    add(("منذ",), "ago", "my")
    add(("قبل",), "ago")
    add(("مثل",), "mithl")
    add(("هذا", "هذه"), "prel", "deic")
    add(("عام", "سنة", "العام", "السنة"), "yrange", "prel", "ykw")
    add(("الأسبوع", "الشهر"), "prel")
    order = {k: i for i, k in enumerate(_KINDS)}
    out: dict[str, tuple[str, ...]] = {}
    for w, ks in table.items():
        kinds = tuple(sorted(ks, key=order.__getitem__))
        for v in _variants(w):
            out[v] = kinds
    return out


_NUMBER_NEXT = re.compile(
    r"([0-9]+)([ \t]?[./\-–][ \t]?[0-9])?[ \t]{0,3}(?:(?:من|في)[ \t]{1,3})?(?:شهر[ \t]{1,3})?([^\W\d_]*)"
)


def _digit_kinds(ftext: str, pos: int, glued: bool = False) -> tuple[str, ...]:
    """The patterns worth trying at a number, from the word after it.

    ``glued``: the number is written against the letters before it (``عرب وعالم16-9-2021``); only
    a numeric date is taken there.
    """
    m = _NUMBER_NEXT.match(ftext, pos, pos + 40)
    if m is None:  # pragma: no cover - the scanner found a digit here
        return _DIGIT_KINDS
    digits, sep, word = m.groups()
    if len(digits) == 3 or len(digits) > 4:
        return ()  # neither a day, a month nor a year
    if sep:
        return ("yrange", "num") if len(digits) == 4 else ("num",)
    if glued:
        return ()
    first = _first_words()
    if word in first["months"]:
        return ("dm",)
    if word in first["hmonths"]:
        return ("hdm",)
    if word in ("الشهر", "هذا") or (
        len(digits) <= 2 and word in ("الجاري", "الحالي", "الماضي", "المقبل", "القادم")
    ):
        return ("dcur",)
    return ("ykw",) if len(digits) == 4 else ()


#: Function words that start a date only before one of these words (folded): ``هذا العام``,
#: ``بعد غد``, ``أول أمس``.
_NEXT_WORDS: dict[str, tuple[str, ...]] = {
    "هذا": ("العام", "الاسبوع", "الشهر", "الصباح", "المساء"),
    "هذه": ("السنه",),
    "بعد": ("غد", "الغد"),
    "اول": ("امس", "من"),
}


def _yawm_kinds(ftext: str, pos: int) -> tuple[str, ...]:
    """After ``يوم``: a number or an ordinal (``يوم 19``), or a weekday/deictic (``يوم الخميس``)."""
    nxt = ftext[pos : pos + 4].lstrip(" \t")
    if nxt[:1].isdigit():
        return _digit_kinds(ftext, pos + ftext[pos : pos + 4].index(nxt[0]))
    return ("dcur", "dm", "hdm", "wd", "deic")


@cache
def _first_words() -> dict[str, frozenset[str]]:
    return {
        "months": frozenset(v.split(" ")[0] for k in _months_all() for v in _variants(k)),
        "hmonths": frozenset(v.split(" ")[0] for k in lex.HIJRI_MONTHS for v in _variants(k)),
    }


@cache
def _scanner() -> re.Pattern[str]:
    """Finds the words that may start a date: a number, or a trigger word after clitics.

    The standard library's ``re`` is used throughout: on these patterns its per-call overhead is
    a fraction of ``regex``'s, and the lexicons are compiled into prefix tries.  The pattern
    consumes the non-word character before the word instead of testing a look-behind at every
    position (a fifth fewer instructions); :func:`_scanner_at_start` covers position 0.
    """
    return re.compile(rf"[^\w]{_scanner_body()}")


@cache
def _scanner_body() -> str:
    arabic = [w for w in _triggers() if not w[0].isascii()]
    return rf"(?P<w>[وف]?[بلك]?)(?:(?P<d>[0-9])|(?P<t>{_trie(arabic)})(?!\w))"


@cache
def _scanner_at_start() -> re.Pattern[str]:
    """:func:`_scanner` for a date at the very start of the text (no character before it)."""
    return re.compile(_scanner_body())


@cache
def _latin_scanner() -> re.Pattern[str]:
    """The French trigger words (``mercredi``, ``novembre``), apart: a pattern that starts with
    a set of letters lets ``re`` skip the Arabic text between them, where adding them to
    :func:`_scanner` would cost a test at every word."""
    return re.compile(rf"(?P<t>{_trie(w for w in _triggers() if w[0].isascii())})(?!\w)")


@cache
def _scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    scanners = (_scanner(), _scanner_at_start(), _latin_scanner())
    assert [s.groupindex.get(g) for s in scanners[:2] for g in "wdt"] == [1, 2, 3] * 2
    assert scanners[2].groupindex["t"] == 1
    return scanners


#: A numeric date glued to the letters before it (``عرب وعالم16-9-2021``), a defect of page
#: furniture: looked for only in texts up to ``_GLUED_MAX`` characters (timestamp and caption
#: lines, which ``parse()`` reads one by one), not in whole articles, where the pass would cost
#: a sixth of the scan.
_GLUED_MAX = 2000
_GLUED_NUMERIC = re.compile(r"[0-9](?<=[^\W\d_][0-9])[0-9]?[ \t]?[./\-–][ \t]?[0-9]")


def _hits(ftext: str) -> list[tuple[int, int, str]]:
    """Where a date may start, in text order: ``(start, key, trigger)``.

    ``trigger`` is the trigger word (``key``: where it ends), or ``"#"`` for a number (``key``:
    its first digit) or ``"#g"`` for a numeric date glued to the letters before it.
    """
    scanner, at_start, latin_scanner = _scanners()
    # groups 1, 2, 3: "w" (clitics), "d" (a digit), "t" (a trigger word)
    out = [
        (m.start(1), m.end(), t) if (t := m.group(3)) else (m.start(1), m.start(2), "#")
        for m in scanner.finditer(ftext)
    ]
    m0 = at_start.match(ftext)
    if m0 is not None:
        t0 = m0.group(3)
        out.insert(0, (0, m0.end(), t0) if t0 else (0, m0.start(2), "#"))
    latin = (
        [
            (m.start(), m.end(), m.group(1))
            for m in latin_scanner.finditer(ftext, first.start())
            if not (m.start() and ftext[m.start() - 1].isalnum())
        ]
        if (first := latin_scanner.search(ftext)) is not None
        else None
    )
    if latin:
        out.extend(latin)
        out.sort()
    if len(ftext) <= _GLUED_MAX and (g := _GLUED_NUMERIC.search(ftext)) is not None:
        glued = [(m.start(), m.start(), "#g") for m in _GLUED_NUMERIC.finditer(ftext, g.start())]
        if glued:
            out.extend(glued)
            out.sort()
    return out


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------


def _ref_date(reference: Reference) -> dt.date | None:
    if isinstance(reference, dt.datetime):
        return reference.date()
    return reference


def _days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    if not 1 <= d <= _days_in_month(y, m):
        return None
    return dt.date(y, m, d)


def _add_months(d: dt.date, n: int) -> dt.date | None:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    if not 1 <= y <= 9999:
        return None
    return dt.date(y, m + 1, min(d.day, _days_in_month(y, m + 1)))


def _add_days(d: dt.date, n: int) -> dt.date | None:
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return None


def _nearest_day(ref: dt.date, month: int, day: int, direction: int | None) -> dt.date | None:
    cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe_date(y, month, day))]
    if direction == 0:
        return _safe_date(ref.year, month, day)
    if direction == -1:
        past = [c for c in cands if c < ref]
        return max(past) if past else None
    if direction == 1:
        fut = [c for c in cands if c > ref]
        return min(fut) if fut else None
    if not cands:
        return None
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _nearest_month(ref: dt.date, month: int, direction: int | None, since: bool) -> dt.date | None:
    here = ref.year * 12 + ref.month - 1
    cands = [(y * 12 + month - 1, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == 0:
        ys = [ref.year]
    elif direction is not None and direction < 0:
        ys = [max(c[1] for c in cands if c[0] < here)]
    elif direction is not None and direction > 0:
        ys = [min(c[1] for c in cands if c[0] > here)]
    elif since:
        ys = [max(c[1] for c in cands if c[0] <= here)]
    else:
        ys = [min(cands, key=lambda c: (abs(c[0] - here), c[0] > here))[1]]
    return _safe_date(ys[0], month, 1)


def _hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - the hijri extra is installed in development
        return None
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


# ---------------------------------------------------------------------------
# Resolution of one match
# ---------------------------------------------------------------------------


class _Cand(NamedTuple):
    start: int  # folded offsets
    end: int
    value: dt.date | dt.datetime | None
    granularity: Granularity
    relative: bool
    calendar: Calendar = "gregorian"
    hijri: tuple[int | None, int | None, int | None] | None = None
    kind: str = ""
    month: int | None = None  # for range filling
    day: int | None = None
    has_year: bool = False
    dpart: str | None = None


@cache
def _group_map(source: str) -> dict[str, tuple[int, ...]]:
    """For each group name of the pattern: the numbers of it and its alternates ``name_2``,
    ``name_3`` (up to the first one missing).

    Keyed by the pattern's source string, whose hash Python caches (a compiled pattern hashes
    its whole program on every call).
    """
    gi = re.compile(source).groupindex
    out: dict[str, tuple[int, ...]] = {}
    for name in gi:
        ids: list[int] = []
        k = 1
        while (key := name if k == 1 else f"{name}_{k}") in gi:
            ids.append(gi[key])
            k += 1
        out[name] = tuple(ids)
    return out


def _grp(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` or its alternates ``name_2``, ``name_3``; None if absent or unmatched."""
    for i in _group_map(m.re.pattern).get(name, ()):
        v: str | None = m.group(i)
        if v is not None:
            return v
    return None


def _getters(
    m: re.Match[str],
) -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """:func:`_grp` bound to ``m``, and the same with runs of spaces made single: the groups are
    read once, by their precomputed numbers."""
    ids = _group_map(m.re.pattern)
    groups = (None, *m.groups())

    def grp(name: str) -> str | None:
        for i in ids.get(name, ()):
            v = groups[i]
            if v is not None:
                return v
        return None

    def g(name: str) -> str | None:
        s = grp(name)
        if not s:
            return None
        return s if "  " not in s and "\t" not in s else " ".join(s.split())

    return grp, g


def _int(s: str | None, words: Mapping[str, int] | None = None) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    return words.get(" ".join(s.split())) if words else None


def _direction(rel: str | None) -> int | None:
    if rel is None:
        return None
    if rel in ("هذا", "هذه"):
        return 0
    return _tables()["direction"].get(rel)


def _year_offset(rely: str | None) -> int | None:
    if rely is None:
        return None
    if rely.startswith(("هذا", "هذه")):
        return 0
    return _tables()["direction"].get(rely.split()[-1], 0)


def _word_before(ftext: str, pos: int) -> str:
    """The run of letters just before the spaces that end at ``pos`` ("" if none)."""
    seg = ftext[max(0, pos - 30) : pos]
    word = seg.rstrip(" \t")
    if len(word) == len(seg) or len(seg) - len(word) > 3:
        return ""
    i = len(word)
    while i and word[i - 1].isalpha():
        i -= 1
    return word[i:]


#: One to three spaces, then a run of word characters that are not digits: every letter
#: (``str.isalpha``), and a few other characters (``²``) that :func:`_word_after` cuts off.
_WORD_AFTER = re.compile(r"[ \t]{1,3}(?![ \t])([^\W\d_]*)")


def _word_after(ftext: str, pos: int) -> str:
    """The run of letters just after the spaces that start at ``pos`` ("" if none), within 30
    characters."""
    m = _WORD_AFTER.match(ftext, pos, pos + 30)
    if m is None:
        return ""
    word: str = m.group(1)
    if not word or word.isalpha():
        return word
    i = 0
    while word[i].isalpha():
        i += 1
    return word[:i]


def _preposition_before(ftext: str, pos: int) -> str:
    w = _word_before(ftext, pos)
    return w[1:] if len(w) == 3 and w[0] in "وف" else w


def _strip_clitic(w: str) -> str:
    if len(w) > 4 and w[0] in "وفبلك":
        return w[1:]
    return w


# Folded stems of common nouns and past verbs that begin like a future verb (س + ي/ت/ن).
_NOT_FUTURE_STEMS = tuple(lex.NOT_FUTURE_STEMS)
_LAST_STOP = re.compile(f"(?s:.*)[{re.escape('.،,؛;!?؟' + chr(10))}]")


def _future_context(ftext: str, pos: int) -> bool:
    lo = max(0, pos - 50)
    if (stop := _LAST_STOP.match(ftext, lo, pos)) is not None:
        lo = stop.end()
    not_future = _word_sets()["not_future"]
    for m in _patterns()["future"].finditer(ftext, lo, pos):
        word = m.group().strip()
        if word[0] in "وف" and len(word) > 4 and word[1] == "س":
            word = word[1:]
        if word not in not_future and not word.startswith(_NOT_FUTURE_STEMS):
            return True
    return False


_SHORT_YEAR_BEFORE = re.compile(
    r"(?:بتاريخ|تاريخ|نشر|نشرت|تحديث|date|Date|le|Le|في)[ \t]{0,3}:{0,2}[ \t]{0,3}\Z"
)
_CLOCK_AFTER = re.compile(r"[ \t]{0,3}[|،,\-–]?[ \t]{0,3}[0-9]{1,2}:[0-9]{2}")
_STAMP_DEBRIS = " \t:|-–،,()"


def _short_year_ok(ftext: str, start: int, end: int) -> bool:
    """A numeric date with a two-digit year (``2/12/21``) alone on its line, after a date word
    (``بتاريخ``, ``نشر في``) or before a clock time; elsewhere it may be a score or a fraction."""
    lo = max(0, start - 30, ftext.rfind("\n", max(0, start - 30), start) + 1)
    hi = ftext.find("\n", end, end + 30)
    hi = min(len(ftext), end + 30) if hi < 0 else hi
    at_start = (lo == 0 or ftext[lo - 1] == "\n") and not ftext[lo:start].strip(_STAMP_DEBRIS)
    at_end = (hi == len(ftext) or ftext[hi] == "\n") and not ftext[end:hi].strip(_STAMP_DEBRIS)
    if at_start and at_end:
        return True
    if _SHORT_YEAR_BEFORE.search(ftext, lo, start):
        return True
    return bool(_CLOCK_AFTER.match(ftext, end, hi))


def _year_range(m: re.Match[str], ftext: str) -> list[_Cand]:
    """``2019-2020``, ``موسم 2019/2020``: one mention per year (not ``1900-1950 جنيها``)."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not (1800 <= y1 < y2 <= 2200 and y2 - y1 <= 50):
        return []
    after = _word_after(ftext, m.end("y2"))
    if after in _word_sets()["nouns"] or _strip_clitic(after) in _word_sets()["nouns"]:
        return []
    return [
        _Cand(m.start("yrange"), m.end("y1"), dt.date(y1, 1, 1), "year", False, kind="ykw"),
        _Cand(m.start("y2"), m.end("y2"), dt.date(y2, 1, 1), "year", False, kind="ykw"),
    ]


_HIJRI_SUFFIXES = ("ه", "هجري", "هجريه", "للهجره")
_CLAUSE_STOPS = ".،,؛;!?؟:\n"
#: Up to the last clause stop of a window (greedy: one pass, instead of one rfind per stop).
_LAST_CLAUSE_STOP = re.compile(f"(?s:.*)[{re.escape(_CLAUSE_STOPS)}]")


def _clause_before(ftext: str, pos: int, width: int = 60) -> str:
    """The text of the clause that ends at ``pos`` (at most ``width`` characters back)."""
    lo = max(0, pos - width)
    if (stop := _LAST_CLAUSE_STOP.match(ftext, lo, pos)) is not None:
        lo = stop.end()
    return ftext[lo:pos]


def _mundhu_duration(ftext: str, start: int, unit: str, n: int, unit_w: str) -> bool:
    """``منذ N ...`` read as "for N ..." (a duration, not a date).

    Plural years (``منذ خمس سنوات``), large counts (``منذ 169 يوما``), and a negation, a
    superlative or a continuation earlier in the clause (``لم يزرها منذ ثلاثة أشهر``, ``الأعلى
    منذ أسبوعين``) make it a duration; ``غادر منذ ثلاثة أيام`` stays a date.
    """
    ws = _word_sets()
    if unit_w in ws["duration"] or n > lex.MUNDHU_MAX_COUNT.get(unit, 10**6):
        return True
    clause = _clause_before(ftext, start)
    cues = ws["dur_cues"]
    for w in clause.split():
        if w in cues or _strip_clitic(w) in cues or (w[:1] in "وف" and w[1:] in cues):
            return True
    return any(p in clause for p in ws["dur_phrases"])


def _resolve(m: re.Match[str], ftext: str, ref: dt.date | None, kind: str) -> _Cand | None:
    start, end = m.span(kind)
    grp, g = _getters(m)
    t = _tables()
    ws = _word_sets()

    if kind == "num":
        d, mo, y = (int(grp(g) or 0) for g in ("nd", "nm", "ny"))
        suf = grp("suf")
        if len(grp("ny") or "") == 2:  # 2/12/21: only where it is clearly a date
            if grp("sp") or not _short_year_ok(ftext, start, end):
                return None
            y += 2000 if y <= (ref.year % 100 + 1 if ref else 50) else 1900
        if suf in ("ه", "هجري", "هجريه", "للهجره") or 1300 <= y <= 1500:
            if not (1 <= mo <= 12 and 1 <= d <= 30):
                return None
            return _Cand(
                start, end, _hijri_to_gregorian(y, mo, d), "day", False, "hijri", (y, mo, d), kind
            )
        value = _safe_date(y, mo, d)
        if value is None or not 1800 <= y <= 2200:
            return None
        iso_h, iso_m = grp("iso_h"), grp("iso_m")
        if iso_h and iso_m and int(iso_h) < 24 and int(iso_m) < 60:  # 2021-12-02T15:40:00+03:00
            stamp = dt.datetime(y, mo, d, int(iso_h), int(iso_m))
            return _Cand(
                start, end, stamp, "minute", False, kind=kind, month=mo, day=d, has_year=True
            )
        return _Cand(start, end, value, "day", False, kind=kind, month=mo, day=d, has_year=True)

    if kind == "mithl":
        y = int(grp("year") or 0)
        if ref is None:
            return _Cand(start, end, None, "day", True, kind=kind)
        v = _safe_date(y, ref.month, ref.day) or _safe_date(y, ref.month, 28)
        return _Cand(start, end, v, "day", True, kind=kind)

    if kind == "dcur":
        dday = _int(g("day") or g("dday"), None) or _int(g("dayw"), t["ordinals"])
        ddir = _direction(g("rel") or g("rel_3")) or 0
        if dday is None or not 1 <= dday <= 31:
            return None
        if ref is None:
            return _Cand(start, end, None, "day", True, kind=kind)
        first = _add_months(ref.replace(day=1), ddir)
        v = _safe_date(first.year, first.month, dday) if first else None
        return _Cand(start, end, v, "day", True, kind=kind)

    if kind in ("dm", "my"):
        mon = g("mon") or ""
        month = t["months"].get(mon)
        if month is None:
            return None
        mon2 = g("mon2") or g("mon3")
        if mon2 is not None and t["months"].get(mon2) != month:
            # two different months side by side: keep only the first
            end = m.end("mon")
            mon2 = None
            has_tail = False
        else:
            has_tail = True
        day: int | None = None
        if kind == "dm":
            day = _int(g("day"), None) or _int(g("dayw"), t["ordinals"])
            if day is None or not 1 <= day <= 31:
                return None
        year_s = grp("year") if has_tail else None
        rel_dir = _direction(g("rel")) if has_tail else None
        y_off = _year_offset(g("rely")) if has_tail else None
        if mon in ws["amb"] and _strip_clitic(_word_before(ftext, start)) in ws["not_month"]:
            return None  # "سيارة نيسان", "تيريزا ماي"
        if (
            kind == "my"
            and mon in ws["amb"]
            and not (grp("shahr") or mon2 or year_s or rel_dir is not None or y_off is not None)
            and not grp("mundh")
            and not grp("part")
            and _preposition_before(ftext, start) not in ws["time_preps"]
        ):
            return None
        if (
            kind == "dm"
            and mon in ws["amb"]
            and grp("dayw")
            and not grp("shahr")
            and " من " not in ftext[start:end]
            and not year_s
        ):
            return None  # "الثاني مارس" is rare; "الأول من مارس" needs its من
        if year_s is not None:
            y = int(year_s)
            if not 1000 <= y <= 2200:
                return None
            if day is not None:
                v = _safe_date(y, month, day)
                if v is None:
                    return None
                return _Cand(
                    start, end, v, "day", False, kind=kind, month=month, day=day, has_year=True
                )
            return _Cand(
                start,
                end,
                dt.date(y, month, 1),
                "month",
                False,
                kind=kind,
                month=month,
                has_year=True,
            )
        gran: Granularity = "day" if day is not None else "month"
        if ref is None:
            return _Cand(start, end, None, gran, True, kind=kind, month=month, day=day)
        if y_off is not None:
            yy = ref.year + y_off
            v2 = _safe_date(yy, month, day or 1)
            return _Cand(start, end, v2, gran, True, kind=kind, month=month, day=day)
        if day is not None:
            v3 = _nearest_day(ref, month, day, rel_dir)
            return _Cand(start, end, v3, "day", True, kind=kind, month=month, day=day)
        v4 = _nearest_month(ref, month, rel_dir, bool(grp("mundh")))
        return _Cand(start, end, v4, "month", True, kind=kind, month=month)

    if kind in ("hdm", "hmy"):
        hmon = g("hmon") or ""
        hmonth = t["hmonths"].get(hmon)
        if hmonth is None:
            return None
        hday: int | None = None
        if kind == "hdm":
            hday = _int(g("day"), None) or _int(g("dayw"), t["ordinals"])
            if hday is None or not 1 <= hday <= 30:
                return None
        year_s = grp("year")
        if hmon in ws["hamb"] and not (grp("shahr") or year_s or " من " in ftext[start:end]):
            return None  # "رجب طيب أردوغان", "فاز 2 صفر": a name or a word, not the month
        hy = int(year_s) if year_s else None
        if hy is not None and hy > 1600 and grp("suf") not in _HIJRI_SUFFIXES:
            # رمضان 2020: a Hijri month with a Gregorian year has no single value
            return _Cand(start, end, None, "month", False, "hijri", (None, hmonth, hday), kind)
        if hy is not None and not 1 <= hy <= 1600:
            return None
        gran2: Granularity = "day" if hday is not None else "month"
        v5 = _hijri_to_gregorian(hy, hmonth, hday or 1) if hy is not None else None
        return _Cand(start, end, v5, gran2, hy is None, "hijri", (hy, hmonth, hday), kind)

    if kind == "season":  # صيف 2019, الشتاء الماضي: real, but no single value
        return _Cand(start, end, None, "month", grp("year") is None, kind=kind)

    if kind == "ago":
        unit_w = g("unit") or ""
        unit, implied = _ago_unit(unit_w)
        if unit is None:
            return None
        n_s = g("agon")
        n = _int(n_s, t["numbers"]) if n_s else implied
        if n is None or n == 0 or (n_s and implied == 2):
            return None
        if grp("agow") == "منذ" and _mundhu_duration(ftext, start, unit, n, unit_w):
            return None
        return _Cand(start, end, None, _UNIT_GRAN[unit], True, kind=kind, day=n, dpart=unit)

    if kind == "prel":
        punit = (g("punit") or "").removeprefix("ال").removeprefix("ل")
        pdir = _direction(g("rel"))
        if pdir is None:
            if not grp("part") or _word_after(ftext, end).startswith("ال"):
                return None  # "نهاية العام الدراسي" is not a calendar year
            pdir = 0
        gran3 = _PERIOD_GRAN.get(punit)
        if gran3 is None:
            return None
        if ref is None:
            return _Cand(start, end, None, gran3, True, kind=kind)
        v6: dt.date | None
        if gran3 == "week":
            v6 = _add_days(ref - dt.timedelta(days=ref.weekday()), 7 * pdir)
        elif gran3 == "month":
            v6 = _add_months(ref.replace(day=1), pdir)
        else:
            v6 = _safe_date(ref.year + pdir, 1, 1)
        return _Cand(start, end, v6, gran3, True, kind=kind)

    if kind == "ykw":
        y = int(grp("year") or 0)
        suf = grp("suf")
        if suf in ("ه", "هجري", "هجريه", "للهجره"):
            if not 1 <= y <= 1600:
                return None
            v7 = _hijri_to_gregorian(y, 1, 1)
            return _Cand(start, end, v7, "year", False, "hijri", (y, None, None), kind)
        if grp("part") or grp("kw"):
            if not 1000 <= y <= 2200:
                return None
        elif not (1800 <= y <= 2099 and _bare_year_ok(ftext, start, end, bool(suf))):
            return None
        return _Cand(start, end, dt.date(y, 1, 1), "year", False, kind=kind, has_year=True)

    if kind == "wd":
        wname = g("wday") or ""
        wdn = t["weekdays"].get(wname)
        if wdn is None:
            return None
        if wname in ws["french_wd"] and not ftext[end : end + 2].strip(" \t")[:1].isdigit():
            return None  # a French weekday only heads a date: "mercredi 21 novembre 2012"
        prefix = grp("dpart") or grp("wdeic") or grp("yawm")
        wdir = _direction(g("rel"))
        before = _strip_clitic(_word_before(ftext, start))
        if wdn == 6 and before == "الواحد":
            return None  # "الواحد الأحد": the One, not Sunday
        wname2 = g("wday2")
        if wname2 is not None:
            night = "ليل" in (grp("dpart") or "") + (grp("yawm") or "")
            if night and t["weekdays"].get(wname2) == (wdn + 1) % 7:
                # ليل الجمعة - السبت: a night over two days has no single value
                return _Cand(start, end, None, "day", True, kind=kind)
            end = m.end("wday")  # two weekdays in a row: the first one only
            wdir = None
        if not prefix and wdir is None:
            if wdn == 0 and before in ws["two"]:
                return None
            if wdn == 4 and before in ws["prayer"]:
                return None
            if wdn == 0 and _word_after(ftext, end) in ("معا", "الاخرين", "منهما", "كلاهما"):
                return None
        if wdn in (0, 6) and not grp("rel"):
            after = _word_after(ftext, end)
            if after == "عشر" or (
                after.startswith(("والعشر", "والثلاث", "والاربع"))
                and after[1:] not in t["weekdays"]
            ):
                return None  # "الأحد عشر", "الاثنين والعشرين": numbers, not weekdays
        deic = g("wdeic")
        off = t["deictic"].get(deic) if deic else None
        if ref is None:
            return _Cand(start, end, None, "day", True, kind=kind, dpart=grp("dpart"))
        if off is not None:
            v8 = _add_days(ref, off)
            if v8 is not None and v8.weekday() != wdn:
                v8 = None  # "اليوم الخميس" on a Saturday: the text contradicts the reference
        elif wdir is not None and wdir < 0:  # الماضي; قبل الماضي one week earlier
            v8 = _add_days(ref, -((ref.weekday() - wdn) % 7 or 7) + 7 * (wdir + 1))
        elif wdir is not None and wdir > 0:  # المقبل; بعد المقبل one week later
            v8 = _add_days(ref, ((wdn - ref.weekday()) % 7 or 7) + 7 * (wdir - 1))
        elif _future_context(ftext, start):
            v8 = _add_days(ref, (wdn - ref.weekday()) % 7)
        else:
            v8 = _add_days(ref, -((ref.weekday() - wdn) % 7))
        return _Cand(start, end, v8, "day", True, kind=kind, dpart=grp("dpart"))

    if kind == "deic":
        word = g("dword") or ""
        off2 = t["deictic"].get(word)
        if off2 is None:
            return None
        if word in ("اليوم", "الليله"):
            after = _word_after(ftext, end)
            before = _strip_clitic(_word_before(ftext, start))
            if after in ws["today_after"] or before in ws["today_before"]:
                return None
            if m.start() < start and ftext[start - 1] == "ك":
                return None  # "كاليوم": "as today", not a date
            if _quoted_name(ftext, start, end):
                return None  # «اليوم»: a newspaper's name
            if before in ws["outlets"]:
                head = _word_before(ftext, start - len(_word_before(ftext, start)) - 1)
                if _strip_clitic(head) in ws["outlet_heads"] or head in ws["outlet_heads"]:
                    return None  # "صحيفة المصري اليوم": an outlet's name
            if word == "اليوم" and _generic_clause(ftext, start):
                return None  # "هناك اختلال في التوازنات اليوم": "nowadays"
        if word in ("اليوم", "الامس") and _contrast(ftext, start, end):
            return None  # "مغرب اليوم ليس هو مغرب الأمس": today vs yesterday, figurative
        v9 = _add_days(ref, off2) if ref else None
        return _Cand(start, end, v9, "day", True, kind=kind, dpart=grp("dpart"))

    return None


_KINDS = (
    "yrange",
    "num",
    "mithl",
    "dcur",
    "dm",
    "hdm",
    "ago",
    "prel",
    "my",
    "hmy",
    "season",
    "ykw",
    "wd",
    "deic",
)

_PERIOD_GRAN: dict[str, Granularity] = {
    "اسبوع": "week",
    "شهر": "month",
    "عام": "year",
    "سنه": "year",
}

_UNIT_GRAN: dict[str, Granularity] = {
    "minute": "day",
    "hour": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


_OPEN_MARKS = "«\"“”'‘‹"
_CLOSE_MARKS = "»\"”“'’›"
#: An opening mark and one word right before a word (the first word of a two-word name).
_NAME_BEFORE_RE = re.compile("[" + re.escape(_OPEN_MARKS) + r"]([^\W\d_]{2,20}) $")


def _quoted_name(ftext: str, start: int, end: int) -> bool:
    """The word ends a name of one or two words in quote marks (``لـ«اليوم»``,
    ``صحيفة «المصري اليوم»``, ``شبكة "روسيا اليوم"``): a name, not a date."""
    if end >= len(ftext) or ftext[end] not in _CLOSE_MARKS:
        return False
    if start > 0 and ftext[start - 1] in _OPEN_MARKS:
        return True
    m = _NAME_BEFORE_RE.search(ftext, max(0, start - 24), start)
    if m is None:
        return False
    # A name's first word: a definite noun or a country (not a verb: «سنعود اليوم» is speech).
    word = m.group(1)
    return word.startswith("ال") or word == "اخبار" or word in _word_sets()["outlets"]


def _generic_clause(ftext: str, start: int) -> bool:
    """``اليوم`` late in an existential statement (``هناك اختلال في التوازنات اليوم``): "nowadays".

    The clause must open with ``هناك``/``ثمة`` and have at least three words before ``اليوم``:
    ``هناك اجتماع اليوم`` is today's meeting.
    """
    words = _clause_before(ftext, start).split()
    if len(words) < 3:
        return False
    first = words[0][1:] if words[0][:1] in "وف" and len(words[0]) > 4 else words[0]
    return first in _word_sets()["generic"]


def _contrast(ftext: str, start: int, end: int) -> bool:
    """``اليوم`` and ``الأمس`` set against each other in one line: figurative, not dates."""
    lo = max(0, start - 40, ftext.rfind("\n", 0, start) + 1)
    hi = ftext.find("\n", end, end + 40)
    window = ftext[lo:start] + " " + ftext[end : hi if hi >= 0 else end + 40]
    other = "الامس" if ftext[start:end] == "اليوم" else "اليوم"
    return other in window


@cache
def _ago_units() -> dict[str, tuple[str, int]]:
    return {" ".join(_f(k).split()): v for k, v in lex.AGO_UNITS.items()}


def _ago_unit(word: str) -> tuple[str | None, int]:
    u = _ago_units().get(word)
    return (u[0], u[1]) if u else (None, 0)


# "1920, 02.12.2021" (a list of numbers), "1920x1080", "45%"; "2,2019", "$2019"
_YEAR_TAIL = re.compile(r"[ \t]{0,2}(?:[,،][ \t]{0,2}[0-9]|[x×*%])")
_YEAR_HEAD = re.compile(r"(?:[0-9][ \t]{0,2}[,،]?[ \t]{0,2}|[$€£][ \t]?)\Z")


def _bare_year_ok(ftext: str, start: int, end: int, suffixed: bool) -> bool:
    ws = _word_sets()
    if start and ftext[start - 1] in "0123456789.,:/-+":
        return False
    if suffixed:
        return True
    if _YEAR_TAIL.match(ftext, end, end + 4) or _YEAR_HEAD.search(ftext, max(0, start - 3), start):
        return False
    word_after = _word_after(ftext, end)
    if word_after == "من":
        return False  # "2000 من المقاتلين": a count
    if _strip_clitic(word_after) in ws["nouns"] or word_after in ws["nouns"]:
        return False
    before = _word_before(ftext, start)
    return not (before in ws["labels"] or _strip_clitic(before) in ws["labels"])


# ---------------------------------------------------------------------------
# Post-processing: weekday + date, times, ranges
# ---------------------------------------------------------------------------


@cache
def _clock_periods() -> dict[str, str]:
    return {" ".join(_f(k).split()): v for k, v in lex.CLOCK_PERIODS.items()}


@cache
def _clock_last_words() -> frozenset[str]:
    """Last words of a clock time: periods (``مساء``, ``PM``), hour and minute words."""
    words = (*lex.CLOCK_PERIODS, *lex.HOUR_WORDS, *lex.MINUTE_WORDS)
    return frozenset(_f(w).split()[-1] for w in words)


@cache
def _time_after_heads() -> frozenset[str]:
    """The characters a clock time after a day can start with, past its separators: a digit, or
    the first letter of ``في``/``عند``/``على``, ``تمام``, ``الساعة``/``ساعة`` or an hour word."""
    words = [w for k in lex.HOUR_WORDS for w in _variants(k)]
    return frozenset("0123456789فعتاس" + "".join(w[0] for w in words))


def _attach_time(c: _Cand, ftext: str, reference: Reference) -> _Cand:
    pats = _patterns()
    # "time_after" may skip at most seven separators (spaces, one comma or dash) before the clock
    head = ftext[c.end : c.end + 8].lstrip(" \t,،-–|")[:1]
    if head and head in _time_after_heads():
        ma = pats["time_after"].match(ftext, c.end, min(len(ftext), c.end + 60))
        if ma is not None and (timed := _with_time(c, ma, True)) is not None:
            return timed
    # a clock written before the day ("08:54 م | الأحد ..."): only searched for when the words
    # right before end like a clock time
    tail = ftext[max(0, c.start - 16) : c.start].rstrip(" \t|-–،,")
    if tail.endswith(" من"):
        tail = tail[:-3].rstrip(" \t")
    last = tail.rsplit(None, 1)[-1:]  # [] when the tail is only a line break
    if tail and (tail[-1].isdigit() or (last and last[0] in _clock_last_words())):
        mb = pats["time_before"].search(ftext, max(0, c.start - 60), c.start)
        if mb is not None and (timed := _with_time(c, mb, False)) is not None:
            return timed
    return c


def _with_time(c: _Cand, mt: re.Match[str], after: bool) -> _Cand | None:
    """``c`` with the clock time ``mt`` (written after it, or before it); None if not a time."""
    grp = _getters(mt)[0]
    hh, mm_s, hw, mw, per = grp("hh"), grp("mm"), grp("hw"), grp("mw"), grp("per")
    has_sa = bool(grp("sa"))
    if hh is not None:
        if not (has_sa or mm_s or per):
            return None
        if mm_s is None and not has_sa and per in ("م",):
            return None
        hour, minute = int(hh), int(mm_s) if mm_s else 0
    elif hw is not None:
        if not (has_sa or per):
            return None
        hour = _tables()["hours"].get(" ".join(hw.split()), -1)
        minute = _tables()["minutes"].get(" ".join(mw.split()), 0) if mw else 0
    else:
        return None
    if not after and not (c.dpart or has_sa or mm_s):
        return None
    periods = _clock_periods()
    mode = periods.get(" ".join((per or "").split())) or periods.get(_dpart_mode(c.dpart), "")
    hour = _clock_hour(hour, mode)
    if minute < 0:
        hour, minute = hour - 1, minute + 60
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    value: dt.datetime | None = None
    if c.value is not None:
        value = dt.datetime(c.value.year, c.value.month, c.value.day, hour, minute)
    start, end = (c.start, mt.end()) if after else (mt.start(), c.end)
    return c._replace(start=start, end=end, value=value, granularity="minute")


def _dpart_mode(dpart: str | None) -> str:
    if not dpart:
        return ""
    if dpart.startswith(("صباح", "فجر")):
        return "صباحا"
    if dpart.startswith(("مساء", "عصر")):
        return "مساء"
    if dpart.startswith("ظهر"):
        return "ظهرا"
    if dpart.startswith("ل") or "ليل" in dpart:
        return "ليلا"
    return ""


def _clock_hour(hour: int, mode: str) -> int:
    if mode == "am":
        return 0 if hour == 12 else hour
    if mode == "noon":
        return hour if hour >= 11 else hour + 12
    if mode == "pm":
        return hour + 12 if hour < 12 else hour
    if mode == "night":
        if hour == 12:
            return 0
        return hour + 12 if 6 <= hour < 12 else hour
    return hour


def _ago_value(c: _Cand, reference: Reference) -> _Cand:
    ref = _ref_date(reference)
    if ref is None or c.day is None:
        return c
    n, unit = c.day, c.dpart
    if unit in ("minute", "hour"):
        if isinstance(reference, dt.datetime):
            delta = dt.timedelta(minutes=n) if unit == "minute" else dt.timedelta(hours=n)
            try:
                v = reference - delta
            except OverflowError:
                return c
            return c._replace(
                value=v.replace(second=0, microsecond=0, tzinfo=None), granularity="minute"
            )
        return c._replace(value=ref)
    if unit == "day":
        return c._replace(value=_add_days(ref, -n))
    if unit == "week":
        return c._replace(value=_add_days(ref, -7 * n))
    if unit == "month":
        return c._replace(value=_add_months(ref, -n))
    return c._replace(value=_safe_date(ref.year - n, 1, 1))


_MERGE_GAP = re.compile(r"[ \t]{1,3}(?:الموافق(?:[ \t]{1,3}ل)?[ \t]{1,3})?")


def _merge(cands: list[_Cand], ftext: str) -> list[_Cand]:
    """A weekday or deictic word right before a date (spaces only between) is one mention."""
    out: list[_Cand] = []
    for c in cands:
        if (
            out
            and out[-1].kind in ("wd", "deic")
            and c.kind in ("dm", "num", "hdm")
            and c.granularity in ("day", "minute")
            and _MERGE_GAP.fullmatch(ftext, out[-1].end, c.start)
        ):
            prev = out.pop()
            c = c._replace(start=prev.start, dpart=prev.dpart)
        out.append(c)
    return out


_DIGIT = re.compile(r"[0-9]")


def _ranges(cands: list[_Cand], ftext: str) -> list[_Cand]:
    pats = _patterns()
    out: list[_Cand] = []
    for c in cands:
        # "من 6 إلى 18 نوفمبر 2022": the bare first day takes the month and year of the second
        if c.kind in ("dm",) and c.day is not None and c.month is not None:
            lo = out[-1].end if out else 0
            lo = max(lo, c.start - 30)
            mr = None
            if _DIGIT.search(ftext, lo, c.start):
                mr = pats["range_before"].search(ftext, lo, c.start)
            if mr is not None:
                d1 = int(_grp(mr, "d1") or 0)
                v: dt.date | None = None
                if c.value is not None:
                    v = _safe_date(c.value.year, c.value.month, d1)
                if (c.value is None and 1 <= d1 <= 31) or v is not None:
                    out.append(
                        _Cand(
                            mr.start("d1"),
                            mr.end("d1"),
                            v,
                            "day",
                            c.relative,
                            kind="dm",
                            month=c.month,
                            day=d1,
                        )
                    )
        # "من 3 مارس إلى 5 أبريل 2023": the first end takes the year of the second
        if (
            out
            and c.has_year
            and c.value is not None
            and out[-1].kind in ("dm", "my")
            and out[-1].relative
            and out[-1].month is not None
            and c.granularity == out[-1].granularity
            and pats["range_gap"].fullmatch(ftext, out[-1].end, c.start)
        ):
            p = out[-1]
            pv = _safe_date(c.value.year, p.month or 1, p.day or 1)
            if pv is not None and pv <= c.value:
                out[-1] = p._replace(value=pv, relative=False, has_year=True)
        out.append(c)
    return out


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _find(text: str, ftext: str, folded: Folded | None, reference: Reference) -> list[DateMention]:
    """Dates in ``text`` from its folded view ``ftext``; ``folded`` maps offsets back (``None``:
    ``ftext`` is as long as ``text``, the offsets are the same)."""
    ref = _ref_date(reference)
    cands: list[_Cand] = []
    pats = _patterns()
    triggers = _triggers()
    pos = 0
    for start, key, t in _hits(ftext):
        if start < pos:
            continue
        if t == "#":
            kinds = _digit_kinds(ftext, key)
        elif t == "#g":
            kinds = _digit_kinds(ftext, key, glued=True)
        elif t == "يوم":
            kinds = _yawm_kinds(ftext, key)
        elif t in _NEXT_WORDS and not _word_after(ftext, key).startswith(_NEXT_WORDS[t]):
            continue  # "بعد أن", "هذا القرار": not a date
        else:
            kinds = triggers[t]
        for kind in kinds:
            m = pats[kind].match(ftext, start)
            if m is None:
                continue
            if kind == "yrange":
                pair = _year_range(m, ftext)
                if pair:
                    cands.extend(pair)
                    pos = m.end()
                    break
                continue
            c = _resolve(m, ftext, ref, kind)
            if c is not None:
                cands.append(c)
                pos = c.end if kind == "wd" else m.end()
                break
    if not cands:
        return []
    if len(cands) > 1:
        cands = _merge(cands, ftext)
    cands = _ranges(cands, ftext)
    out: list[DateMention] = []
    last_end = 0
    for c in cands:
        if c.kind == "ago":
            c = _ago_value(c, reference)
        if c.granularity == "day" and c.kind in ("wd", "deic", "dm", "num", "hdm", "dcur"):
            c = _attach_time(c, ftext, reference)
        start, end = folded.span(c.start, c.end) if folded is not None else (c.start, c.end)
        if start < last_end or end <= start:
            continue
        last_end = end
        out.append(
            DateMention(
                text[start:end], start, end, c.value, c.granularity, c.relative, c.calendar, c.hijri
            )
        )
    return out


def find_dates(text: str, *, reference: dt.date | dt.datetime | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in text order, resolved against ``reference``.

    >>> from datetime import date
    >>> for m in find_dates("سبوتنيك عربي, 1920, 02.12.2021"):
    ...     print(m.text, m.isoformat())
    02.12.2021 2021-12-02
    >>> [(m.text, m.isoformat()) for m in find_dates("مساء الأربعاء", reference=date(2021, 5, 20))]
    [('مساء الأربعاء', '2021-05-19')]
    """
    text = ensure_str(text)
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")
    if not text:
        return []
    bad, mapped, table = _fast_fold()
    if bad.search(text) is None:
        ftext = text
        for ch in set(mapped.findall(text)):  # faster than str.translate on short texts
            ftext = ftext.replace(ch, table[ch])
        return _find(text, ftext, None, reference)
    folded = fold(text)
    return _find(text, folded.text, folded, reference)


#: The characters :func:`_fast_fold` checks: where news text lives (ASCII, Latin, Arabic, general
#: punctuation and spaces).  Characters outside them always take :func:`arnews.normalize.fold`.
_FAST_FOLD_RANGES = (
    (0x0000, 0x0250),
    (0x0600, 0x0700),
    (0x0750, 0x0780),
    (0x08A0, 0x0900),
    (0x2000, 0x2070),
    (0x3000, 0x3001),
)


@cache
def _fast_fold() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A one-to-one fold for text made only of characters that :func:`arnews.normalize.fold` maps
    one-to-one: a pattern finding any other character, a pattern finding the characters it
    changes, and their replacements.

    Each character is checked once against ``fold`` itself: it is kept only if it folds to one
    character which folds to itself (so a sequence of them folds character by character, with the
    identity offsets).  Short texts skip ``fold``'s general machinery, which costs more than the
    search for dates in a 30-character sentence.
    """
    table: dict[str, str] = {}
    simple: list[str] = []
    for lo, hi in _FAST_FOLD_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            f = fold(ch)
            if len(f.text) == 1 and fold(f.text).text == f.text and list(f.offsets) == [0, 1]:
                simple.append(ch)
                if f.text != ch:
                    table[ch] = f.text
    bad = re.compile("[^" + "".join(re.escape(ch) for ch in simple) + "]")
    mapped = re.compile("[" + "".join(re.escape(ch) for ch in table) + "]")
    return bad, mapped, table


_LEFTOVER = re.compile(
    r"[\W_]*+(?:(?:نشر|نشرت|آخر تحديث|اخر تحديث|تاريخ النشر|date|Date|Published|Updated)[\W_]++)?"
    r"(?:(?:في|فى|بتاريخ|تاريخ|يوم|منذ|le|Le)[\W_]++)?[\W_]*+"
)


def parse_date(text: str, *, reference: dt.date | dt.datetime | None = None) -> DateMention | None:
    """Parse ``text`` as one date expression (the whole string, trimmed); ``None`` if it is not one.

    >>> parse_date("27 ربيع الآخر 1443 هـ").isoformat()
    '2021-12-02'
    >>> parse_date("القرار 2254") is None
    True
    """
    text = ensure_str(text)
    mentions = find_dates(text, reference=reference)
    if not mentions:
        return None
    pos = 0
    for m in mentions:
        gap = text[pos : m.start]
        if not _LEFTOVER.fullmatch(gap):
            return None
        pos = m.end
    if not _LEFTOVER.fullmatch(text[pos:]):
        return None
    order = {"year": 0, "month": 1, "week": 1, "day": 2, "minute": 3}
    return max(mentions, key=lambda m: (m.value is not None, order[m.granularity], m.end - m.start))
