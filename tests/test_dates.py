"""Tests for :mod:`arnews.dates`: the case table, the seed articles, the API contract and properties."""

from __future__ import annotations

import builtins
import datetime as dt
import pickle
import time
from pathlib import Path
from typing import Any

import pytest
from cases_dates import CASES, Case
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.dates import DateMention, find_dates, parse_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _ref(s: str | None) -> dt.date | dt.datetime | None:
    if s is None:
        return None
    return dt.datetime.fromisoformat(s) if "T" in s else dt.date.fromisoformat(s)


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# The case table
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[f"{c.family}-{i}" for i, c in enumerate(CASES)])
def test_case_table(case: Case) -> None:
    got = find_dates(case.text, reference=_ref(case.reference))
    assert [(m.text, m.isoformat()) for m in got] == list(case.expected)
    for m in got:
        assert case.text[m.start : m.end] == m.text


def test_case_table_covers_every_family() -> None:
    families = {c.family for c in CASES}
    assert families >= {
        "gmonth", "levant", "maghreb", "morocco", "pair", "digits", "ordinal", "numeric", "year",
        "hijri", "weekday", "deictic", "ago", "period", "nearest", "time", "range", "neg",
    }  # fmt: skip
    assert len(CASES) >= 150
    assert sum(1 for c in CASES if not c.expected) >= 30


# ---------------------------------------------------------------------------
# Fields other than the surface and the value
# ---------------------------------------------------------------------------


def test_relative_flag_and_granularity() -> None:
    ref = dt.date(2021, 12, 2)
    (a, b, c) = find_dates("عام 2016 ثم 16 حزيران/يونيو الماضي ثم الأسبوع الماضي", reference=ref)
    assert (a.relative, a.granularity, a.value) == (False, "year", dt.date(2016, 1, 1))
    assert (b.relative, b.granularity, b.value) == (True, "day", dt.date(2021, 6, 16))
    assert (c.relative, c.granularity) == (True, "week")
    assert c.isoformat() == "2021-W47"


def test_relative_without_reference_has_no_value() -> None:
    for text in ("اليوم الخميس", "12 فبراير/شباط", "منذ آذار", "قبل يومين", "الشهر الماضي"):
        (m,) = find_dates(text)
        assert m.value is None, text
        assert m.relative, text
        assert m.isoformat() is None


def test_hijri_fields() -> None:
    (m,) = find_dates("27 ربيع الآخر 1443 هـ")
    assert m.calendar == "hijri"
    assert m.hijri == (1443, 4, 27)
    assert m.value == dt.date(2021, 12, 2)
    assert not m.relative
    (n,) = find_dates("في شهر رمضان", reference=dt.date(2021, 12, 2))
    assert (n.calendar, n.hijri, n.value, n.granularity) == (
        "hijri",
        (None, 9, None),
        None,
        "month",
    )


def test_hijri_without_hijridate(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("hijridate"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    (m, g) = find_dates("الخميس 27 ربيع الآخر 1443 هـ الموافق 2 ديسمبر 2021 م")
    assert m.calendar == "hijri"
    assert m.hijri == (1443, 4, 27)
    assert m.value is None
    assert g.value == dt.date(2021, 12, 2)


def test_muwafiq_pair_same_value() -> None:
    ms = find_dates("صدر في 1 محرم 1443 هـ الموافق 9 أغسطس 2021")
    assert [m.calendar for m in ms] == ["hijri", "gregorian"]
    assert ms[0].value == ms[1].value == dt.date(2021, 8, 9)


def test_minute_value_is_datetime() -> None:
    (m,) = find_dates("غدا الساعة الثالثة عصرا", reference=dt.date(2021, 12, 2))
    assert m.value == dt.datetime(2021, 12, 3, 15, 0)
    assert m.granularity == "minute"


def test_datetime_reference() -> None:
    ref = dt.datetime(2021, 12, 2, 15, 40)
    (m,) = find_dates("أمس", reference=ref)
    assert m.value == dt.date(2021, 12, 1)
    (n,) = find_dates("قبل 19 دقيقة", reference=ref)
    assert n.value == dt.datetime(2021, 12, 2, 15, 21)


def test_reference_type_checked() -> None:
    with pytest.raises(TypeError):
        find_dates("اليوم", reference="2021-12-02")  # type: ignore[arg-type]


def test_type_error_on_non_str() -> None:
    with pytest.raises(TypeError, match="must be str"):
        find_dates(b"2021")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be str"):
        parse_date(None)  # type: ignore[arg-type]


def test_results_pickle() -> None:
    ms = find_dates("الساعة 10 صباحا اليوم الخميس 2 ديسمبر 2021", reference=dt.date(2021, 12, 2))
    assert ms
    assert pickle.loads(pickle.dumps(ms)) == ms


def test_isoformat_by_granularity() -> None:
    v = dt.datetime(2021, 1, 3, 9, 5)
    assert DateMention("x", 0, 1, v, "year", False).isoformat() == "2021"
    assert DateMention("x", 0, 1, v, "month", False).isoformat() == "2021-01"
    assert DateMention("x", 0, 1, v, "week", False).isoformat() == "2020-W53"
    assert DateMention("x", 0, 1, v, "day", False).isoformat() == "2021-01-03"
    assert DateMention("x", 0, 1, v, "minute", False).isoformat() == "2021-01-03T09:05"
    assert DateMention("x", 0, 1, None, "day", True).isoformat() is None


# ---------------------------------------------------------------------------
# parse_date: one expression, the whole string
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("02 ديسمبر 2021ء", "2021-12-02"),
        ("  02.12.2021 ", "2021-12-02"),
        ("الخميس، 2 ديسمبر 2021", "2021-12-02"),
        ("في 16 حزيران/يونيو الماضي", "2021-06-16"),
        ("14-09-1432 هـ", "2011-08-14"),
        ("قبل 19 دقيقة", "2021-12-02"),
        ("10:30 صباحا 02/12/2021", "2021-12-02T10:30"),
        # page timestamp formats (round 2)
        ("نشر في: 7 مايو 2022", "2022-05-07"),
        ("آخر تحديث: 2022-05-07", "2022-05-07"),
        ("date 2019-01-15", "2019-01-15"),
        ("21-03-2019 09:05 AM", "2019-03-21T09:05"),
        ("21-03-2019 09:05 PM", "2019-03-21T21:05"),
        ("11:20 م | السبت 09 يناير 2021", "2021-01-09T23:20"),
        ("الجمعة ١٠ / ٩ / ٢٠٢١", "2021-09-10"),
        ("vendredi 10 septembre 2021", "2021-09-10"),
        ("Vendredi 10 Septembre 2021", "2021-09-10"),
        ("10/9/21", "2021-09-10"),
        ("10/9/98", "1998-09-10"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    m = parse_date(text, reference=dt.date(2021, 12, 2))
    assert m is not None
    assert m.isoformat() == iso


@pytest.mark.parametrize(
    "text", ["", "القرار 2254", "قال الوزير اليوم إن", "45%", "2-1", "مارس الضغط"]
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text, reference=dt.date(2021, 12, 2)) is None


def test_glued_numeric_date_only_in_short_texts() -> None:
    stamp = "أخبار عربية09-10-2021 | 18:05"
    assert [m.isoformat() for m in find_dates(stamp)] == ["2021-10-09T18:05"]
    long_text = "كلمة " * 500 + stamp
    assert find_dates(long_text) == []


def test_unvalued_mentions_keep_their_fields() -> None:
    ref = dt.date(2021, 12, 2)
    (season,) = find_dates("افتتح المشروع في صيف 2019", reference=ref)
    assert (season.text, season.value, season.relative) == ("صيف 2019", None, False)
    (ramadan,) = find_dates("عرض المسلسل في رمضان 2022", reference=ref)
    assert (ramadan.calendar, ramadan.hijri, ramadan.value) == ("hijri", (None, 9, None), None)
    (night,) = find_dates("دارت الاشتباكات ليل الأحد - الاثنين", reference=ref)
    assert (night.text, night.value, night.relative) == ("ليل الأحد - الاثنين", None, True)
    # two weekdays that are not a night: each is a date
    assert [m.isoformat() for m in find_dates("زار المصنع الأحد والاثنين", reference=ref)] == [
        "2021-11-28",
        "2021-11-29",
    ]


# ---------------------------------------------------------------------------
# The seed articles (the repository's copies)
# ---------------------------------------------------------------------------


def test_seed_000_caption_and_body() -> None:
    raw = _seed("000")
    got = [(m.text, m.isoformat()) for m in find_dates(raw, reference=dt.date(2021, 12, 2))]
    assert ("02.12.2021", "2021-12-02") in got
    assert ("28 مايو 2021", "2021-05-28") in got
    assert got.count(("اليوم الخميس", "2021-12-02")) == 2
    assert ("حزيران/ يونيو من هذا العام", "2021-06") in got
    assert not any(t == "1920" for t, _ in got)


def test_seed_001_dateline_and_body() -> None:
    raw = _seed("001")
    got = [(m.text, m.isoformat()) for m in find_dates(raw, reference=dt.date(2021, 12, 2))]
    assert ("02 ديسمبر 2021ء", "2021-12-02") in got
    assert ("16 حزيران/يونيو الماضي", "2021-06-16") in got
    assert ("حزيران/يونيو من هذا العام", "2021-06") in got


def test_seed_003_without_reference() -> None:
    got = find_dates(_seed("003"))
    texts = [m.text for m in got]
    assert texts.count("12 فبراير/شباط") == 2
    assert all(m.value is None for m in got if m.text == "12 فبراير/شباط")
    assert any(m.text == "عام 2016" and m.isoformat() == "2016" for m in got)


def test_seed_004_has_no_valued_date_in_body() -> None:
    # the body of 004 has no calendar date; the only numbers are editions and counts
    body = "\n".join(line for line in _seed("004").splitlines()[:8])
    assert all(m.value is None for m in find_dates(body))


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [
        *"0123456789٠١٢٣٤٥٦٧٨٩۱۲ /.-:،,()%هـمء\n\u00a0\u064b\u0651",
        *["اليوم", "الخميس", "أمس", "قبل", "منذ", "يومين", "مارس", "حزيران", "يونيو", "عام", "سنة"],
        *["رمضان", "ربيع الآخر", "الماضي", "المقبل", "الساعة", "العاشرة", "مساء", "من", "إلى"],
        *[
            "الأول",
            "شهر",
            "الشهر",
            "الجاري",
            "هذا",
            "العام",
            "غدا",
            "بعد",
            "غد",
            "2021",
            "1443",
            "x",
        ],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.booleans())
def test_property_offsets_order_no_exception(text: str, with_ref: bool) -> None:
    ref = dt.datetime(2021, 12, 2, 12, 0) if with_ref else None
    ms = find_dates(text, reference=ref)
    last = 0
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        assert m.end > m.start
        last = m.end
        m.isoformat()
    parse_date(text, reference=ref)


@pytest.mark.parametrize(
    "reference",
    [
        dt.date(1, 1, 1),
        dt.date(9999, 12, 31),
        dt.datetime(1, 1, 1),
        dt.datetime(9999, 12, 31, 23, 59),
    ],
)
def test_extreme_references_never_raise(reference: dt.date) -> None:
    for case in CASES:
        for m in find_dates(case.text, reference=reference):
            m.isoformat()
        parse_date(case.text, reference=reference)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join), st.dates() | st.datetimes())
def test_property_any_reference(text: str, reference: dt.date) -> None:
    for m in find_dates(text, reference=reference):
        assert text[m.start : m.end] == m.text
        m.isoformat()


@pytest.mark.parametrize("text", ["\nاليوم", "\n\nأمس الخميس", "\u2028غدا", " \n اليوم"])
def test_date_after_a_line_break_at_the_start(text: str) -> None:
    # The words before a day are read for a clock time; a bare line break there is none.
    (m,) = find_dates(text, reference=dt.date(2000, 1, 1))
    assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_property_any_text(text: str) -> None:
    for m in find_dates(text, reference=dt.date(2021, 12, 2)):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "unit",
    [
        "1" * 10,
        " ",
        "٢٠٢١ ",
        "12/",
        "اليوم ",
        "قبل ",
        "12 مارس ",
        "الساعة ",
        "مساء ",
        "من 6 إلى ",
        "2021-",
        '"',
        "ـ",
    ],
)
def test_linear_time_on_adversarial_input(unit: str) -> None:
    small = unit * (2_000 // len(unit) + 1)
    big = unit * (100_000 // len(unit) + 1)
    t0 = time.perf_counter()
    find_dates(small, reference=dt.date(2021, 12, 2))
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_dates(big, reference=dt.date(2021, 12, 2))
    t_big = time.perf_counter() - t0
    # 50x the input: linear is ~50x the time; quadratic would be ~2500x
    assert t_big < max(0.5, 300 * t_small), (unit, t_small, t_big)
