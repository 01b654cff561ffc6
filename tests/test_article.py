"""parse(), clean() and Article: the composition of the four modules."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
RAW = [p.read_text(encoding="utf-8") for p in SEEDS]
WORD = re.compile(r"\w+")


def _check_offsets(raw: str, art: arnews.Article) -> None:
    for q in art.quotes:
        assert art.text[q.start : q.end] == q.text
    for m in art.dates:
        assert art.text[m.start : m.end] == m.text
    for r in art.removed:
        assert raw[r.start : r.end] == r.text


def _tokens(text: str) -> Counter[str]:
    return Counter(WORD.findall(arnews.normalize(text, profile="search")))


def test_seed_001_dateline_gives_the_publication_date() -> None:
    art = arnews.parse(RAW[1])
    assert art.title == "موسكو تأمل بإجراء الاتصال بين بوتين وبايدن في الأيام المقبلة - ريابكوف"
    assert art.dateline is not None
    assert art.dateline.date_text == "02 ديسمبر 2021ء"
    assert art.published == dt.date(2021, 12, 2)
    # Relative dates in the body resolve against it: "اليوم الخميس" is that Thursday.
    today = [m for m in art.dates if m.text == "اليوم الخميس"]
    assert today
    assert today[0].isoformat() == "2021-12-02"
    assert art.paragraphs[0].startswith("أعلن نائب وزير الخارجية الروسي")


def test_seed_000_caption_date_is_the_publication_date() -> None:
    art = arnews.parse(RAW[0])
    assert art.published == dt.date(2021, 12, 2)
    assert any(r.kind == "caption" for r in art.removed)


def test_reference_is_only_a_fallback() -> None:
    ref = dt.date(2030, 1, 1)
    assert arnews.parse(RAW[1], reference=ref).published == dt.date(2021, 12, 2)
    assert arnews.parse("خبر قصير بلا تاريخ.", reference=ref).published == ref
    assert arnews.parse("خبر قصير بلا تاريخ.").published is None


def test_timestamp_with_the_outlet_name_under_the_headline() -> None:
    # "<outlet> <weekday> <date> | <time>" under the headline is the story's own timestamp.
    page = "\n".join(
        [
            "الوزير يعلن خطة جديدة للنقل العام في العاصمة",
            "الجريدة العقارية الجمعة 12 سبتمبر 2025 | 12:12 صباحاً",
            "أعلن وزير النقل أمس خطة جديدة للنقل العام تشمل خطوط حافلات وقطارات جديدة.",
        ]
    )
    art = arnews.parse(page)
    assert art.published == dt.datetime(2025, 9, 12, 0, 12)
    assert [m.isoformat() for m in art.dates if m.text == "أمس"] == ["2025-09-11"]
    assert [r.kind for r in art.removed] == ["timestamp"]


def test_site_clock_is_never_the_publication_date() -> None:
    page = "\n".join(
        [
            "اليوم الأحد 14 يونيو 2020",
            "الوزير يعلن خطة جديدة للنقل العام في العاصمة",
            "أعلن وزير النقل اليوم خطة جديدة للنقل العام تشمل خطوط حافلات وقطارات جديدة.",
        ]
    )
    art = arnews.parse(page)
    assert art.published is None  # the clock above the headline is the crawl date
    assert any(r.rule == "site_clock" for r in art.removed)


@pytest.mark.parametrize("raw", RAW, ids=[p.stem for p in SEEDS])
def test_offsets_index_article_text(raw: str) -> None:
    art = arnews.parse(raw, reference=dt.date(2021, 12, 2))
    _check_offsets(raw, art)


@pytest.mark.parametrize("raw", RAW, ids=[p.stem for p in SEEDS])
def test_clean_is_parse_text(raw: str) -> None:
    for profile in ("light", "default", "search"):
        art = arnews.parse(raw, profile=profile)
        assert arnews.clean(raw, profile=profile) == art.text
        assert art.text == "\n".join(([art.title] if art.title else []) + list(art.paragraphs))


@pytest.mark.parametrize("raw", RAW, ids=[p.stem for p in SEEDS])
def test_nothing_silently_lost_on_seeds(raw: str) -> None:
    art = arnews.parse(raw)
    kept = _tokens(art.text) + sum((_tokens(r.text) for r in art.removed), Counter())
    assert not (_tokens(raw) - kept)


def test_results_pickle_and_serialize() -> None:
    art = arnews.parse(RAW[1])
    again = pickle.loads(pickle.dumps(art))
    assert again == art
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    assert data["published"] == "2021-12-02"
    assert data["title"] == art.title
    assert data["dateline"]["source"] == art.dateline.source if art.dateline else True
    assert all({"text", "kind", "rule", "line"} <= set(r) for r in data["removed"])
    assert all("iso" in d for d in data["dates"])


def test_repr_html_is_rtl_and_shows_removed_pieces() -> None:
    out = arnews.parse(RAW[0])._repr_html_()
    assert 'dir="rtl"' in out
    assert "<s " in out
    assert "share" in out


def test_batches_and_bad_input() -> None:
    assert arnews.clean_many(RAW[:2]) == [arnews.clean(t) for t in RAW[:2]]
    assert [a.text for a in arnews.parse_many(RAW[:2])] == [arnews.parse(t).text for t in RAW[:2]]
    with pytest.raises(TypeError, match="bytes"):
        arnews.parse(RAW[0].encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        arnews.parse(RAW[0], reference="2021-12-02")  # type: ignore[arg-type]


def test_one_line_and_quote_only_articles_survive() -> None:
    assert arnews.clean("انفجار في مرفأ بيروت") == "انفجار في مرفأ بيروت"
    quote_only = "“لن نتراجع عن قرارنا مهما كانت الضغوط”، قال رئيس الوزراء."
    assert arnews.clean(quote_only) == quote_only


LINES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "تابعنا عبر",
                "قبل 19 دقيقة",
                "© REUTERS / POOL",
                "الرئيسية / أخبار",
                "وقال الوزير: “نحن مستعدون للحوار”.",
                "القاهرة - أ ش أ: أعلن الوزير اليوم الخميس أن 16 حزيران/يونيو الماضي موعد.",
                "",
                "  ",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(lines=LINES)
def test_parse_properties(lines: list[str]) -> None:
    raw = "\n".join(lines)
    art = arnews.parse(raw, reference=dt.date(2021, 12, 2))
    assert art.text == arnews.clean(raw)
    _check_offsets(raw, art)
    json.dumps(art.to_dict(), ensure_ascii=False)


def test_safe_in_threads_and_spawned_processes() -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    serial = [arnews.parse(t) for t in RAW]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(arnews.parse, RAW)) == serial
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        assert list(pool.map(arnews.parse, RAW)) == serial


# Characters where normalizing lines one by one and all at once could differ: marks (cut
# off, composing), joiners, invisible characters, line and paragraph separators, special
# spaces, presentation forms, tatweel, digits, and plain letters.
_TRICKY = st.sampled_from(
    [
        *"ابت و ي ا",
        *"\u064b\u0651\u0654\u0653\u0670\u0640\u200c\u200d\u200f",
        *"\u2028\u2029\x0b\x85\r\u00a0\u2009\ufefb\ufdf2\ufe8d",
        *"٣1.«😀\ufe0f",
    ]
)
_LINE = st.lists(_TRICKY, max_size=12).map("".join).map(str.strip)


@settings(max_examples=400, deadline=None)
@given(title=st.one_of(st.none(), _LINE), paragraphs=st.lists(_LINE, max_size=6))
def test_clean_normalizes_lines_at_once_as_one_by_one(
    title: str | None, paragraphs: list[str]
) -> None:
    from arnews.article import _join, _normalized, _normalized_text

    for profile in ("light", "default", "search"):
        one_by_one = _join(*_normalized(title, tuple(paragraphs), profile))
        assert _normalized_text(title, tuple(paragraphs), profile) == one_by_one
