"""Tests for :mod:`arnews.quotes`: hand-written cases, the seed articles, properties, speed."""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import attrs
import pytest
from cases_quotes import CASES, Expected
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.normalize import normalize
from arnews.quotes import Quote, extract_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    last = -1
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.text
        assert q.text == q.text.strip()
        assert q.start > last
        last = q.end
        if q.speaker is not None:
            assert q.speaker_start is not None
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        else:
            assert q.speaker_start is None
            assert q.speaker_end is None
        if not q.direct:
            assert q.speaker is None
            assert q.cue is None


# ---------------------------------------------------------------------------
# Hand-written cases
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case(name: str, text: str, expected: list[Expected]) -> None:
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    assert [(q.text, q.direct, q.speaker, q.cue) for q in quotes] == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case_without_diacritics(name: str, text: str, expected: list[Expected]) -> None:
    """``parse()`` passes text normalized with the default profile: same quotes, same calls."""
    plain = normalize(text)
    quotes = extract_quotes(plain)
    _check_offsets(plain, quotes)
    assert [(normalize(q.text), q.direct) for q in quotes] == [
        (normalize(t), d) for t, d, _, _ in expected
    ]
    assert [q.speaker is None for q in quotes] == [s is None for _, _, s, _ in expected]


@pytest.mark.parametrize(
    "text",
    [
        "وقال النائب ان” البرلمان قدم الكثير من التضحيات “، مبينا ان” العمل مستمر “.",
        'وقال الوزير إن "الخطة جاهزة"، مضيفا أن "التنفيذ يبدأ غدا".',
    ],
)
def test_no_quote_starts_with_a_comma(text: str) -> None:
    # The span between one quote's closing mark and the next quote's opening mark (swapped,
    # spaced marks) starts with a comma: it is never taken as a quote.
    quotes = extract_quotes(text)
    assert not [q.text for q in quotes if q.text.lstrip()[:1] in ("،", ",")]
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_rules_are_named() -> None:
    text = 'وقال ريابكوف، خلال برنامج "اللعبة الكبيرة" على القناة الأولى: "نأمل أن يتم الاتصال".'
    assert [q.rule for q in extract_quotes(text)] == ["label-noun", "cue-verb"]


# ---------------------------------------------------------------------------
# The seed articles
# ---------------------------------------------------------------------------


def test_seed_000_speaker_after_verb_not_nearest_name() -> None:
    text = _seed("000")
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    first = next(q for q in quotes if q.text.startswith("أجرينا"))
    assert (first.speaker, first.cue, first.direct) == ("بلينكين", "قال", True)
    frank = next(q for q in quotes if q.text == "صريحة")
    assert frank.direct
    assert frank.speaker == "وزير الخارجية الأمريكي"
    carried = next(q for q in quotes if q.text.startswith("نحن نرى"))
    assert (carried.cue, carried.speaker) == ("وأضاف", "وزير الخارجية الأمريكي")
    participle = next(q for q in quotes if q.text.startswith("المشاكل التي"))
    assert (participle.cue, participle.speaker) == ("قائلا", "لافروف")


def test_seed_001_programme_and_treaty_are_labels() -> None:
    text = _seed("001")
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    labels = [q.text for q in quotes if not q.direct]
    assert labels == ["اللعبة الكبيرة", "ستارت", "ستارت"]
    direct = [q for q in quotes if q.direct]
    assert [q.cue for q in direct] == ["وقال", "وأضاف", "وتابع", "وقال"]
    assert direct[0].speaker == "ريابكوف"
    assert direct[2].speaker == "نائب وزير الخارجية الروسي"
    assert direct[3].text.startswith("... وفدنا")


def test_seed_002_partial_quotes() -> None:
    text = _seed("002")
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    by_text = {q.text: q for q in quotes}
    assert by_text["قاتل"].direct
    assert by_text["قاتل"].speaker == "بايدن"
    assert by_text["بداية طيبة"].cue == "وصفوه"
    assert by_text["بداية طيبة"].speaker is not None
    assert by_text["بداية طيبة"].speaker.startswith("مسؤولون كبار")
    assert by_text["علاقة واضحة ومستقرة مع روسيا"].cue == "وأكّد"
    assert by_text["بناءة"].speaker == "لافروف"
    assert all(q.direct for q in quotes)


def test_seed_003_names_only() -> None:
    text = _seed("003")
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    assert [(q.text, q.direct) for q in quotes] == [
        ("أرض النجوم والمشارب", False),
        ("تروث سوشيال", False),
    ]


def test_seed_004_channel_is_not_speaker() -> None:
    text = _seed("004")
    quotes = extract_quotes(text)
    _check_offsets(text, quotes)
    assert [(q.text, q.direct) for q in quotes][:1] == [("انترفاكس", False)]
    said = quotes[1]
    assert (said.speaker, said.cue, said.direct) == ("لافروف", "قال", True)
    # The raw page ends with a latest-news block; the article's own labels come first.
    labels = [q.text for q in quotes if not q.direct]
    assert labels[:3] == ["انترفاكس", "روسيا وألمانيا وفرنسا وأوكرانيا", "المعتدي"]
    second_hand = next(q for q in quotes if q.text == "غير مقبولة")
    assert second_hand.speaker == "دول آسيا الوسطى"


def test_speaker_resolved_names_a_title() -> None:
    quotes = extract_quotes(_seed("000"))
    frank = next(q for q in quotes if q.text == "صريحة")
    assert frank.speaker_resolved == "أنتوني بلينكين"
    last = next(q for q in quotes if q.text.startswith("اجتماعنا"))
    assert (last.speaker, last.speaker_resolved) == ("وزير الخارجية الروسي", "سيرغي لافروف")


def test_speaker_resolved_gives_the_full_name() -> None:
    quotes = extract_quotes(_seed("001"))
    first = next(q for q in quotes if q.direct)
    assert (first.speaker, first.speaker_resolved) == ("ريابكوف", "سيرغي ريابكوف")


def test_speaker_resolved_is_the_speaker_when_nothing_better() -> None:
    (q,) = extract_quotes('وقال مصدر مطلع، فضل عدم الكشف عن اسمه، إن "المفاوضات متعثرة".')
    assert q.speaker_resolved == q.speaker == "مصدر مطلع"
    (label,) = extract_quotes('وأعلن حزب "العدالة والتنمية" مشاركته.')
    assert label.speaker_resolved is None


# ---------------------------------------------------------------------------
# Robustness and properties
# ---------------------------------------------------------------------------


def test_type_error() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        extract_quotes(b'"x"')  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_quotes(None)  # type: ignore[arg-type]


def test_empty_and_markless() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("قال الوزير إن الاجتماع كان مثمرا") == []
    assert extract_quotes('""') == []
    assert extract_quotes("« »") == []


def test_quote_pickles_and_is_frozen() -> None:
    q = extract_quotes('وقال الوزير: "سنواصل العمل".')[0]
    assert pickle.loads(pickle.dumps(q)) == q
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]


def test_unpaired_mark_does_not_swallow_the_text() -> None:
    text = 'وقال الوزير " إن الاجتماع كان مثمرا.\n' + "وأضاف أن المباحثات ستستمر. " * 400
    text += '\nوقال: "نعم".'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["نعم"]


_ALPHABET = st.sampled_from([*'"“”„«»:،. \nقال وزير إن أن لا «نعم»', "قال", "وأضاف", "إن"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_offsets_exact_on_quote_soup(text: str) -> None:
    _check_offsets(text, extract_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_str(text: str) -> None:
    _check_offsets(text, extract_quotes(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), st.sampled_from(CASES))
def test_offsets_exact_with_noise_around_cases(noise: str, case: tuple[str, str, object]) -> None:
    text = noise + "\n" + case[1] + noise
    _check_offsets(text, extract_quotes(text))


@pytest.mark.parametrize(
    "unit",
    [
        *['"', "“", "”", "«", "»", "„", '" ', ' "', "“ ”", "” “", "»«", '"قال"', "«a", 'x"y'],
        *["\n“", "\n“ا\n", "، ” ب", "\n“ا “ب” ج", "وبين «أ» ", "بـ«ا» "],
    ],
)
def test_linear_time_on_pathological_marks(unit: str) -> None:
    small = unit * 2_000
    large = unit * 40_000
    t0 = time.perf_counter()
    extract_quotes(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    quotes = extract_quotes(large)
    t_large = time.perf_counter() - t0
    _check_offsets(large, quotes)
    # 20x the input: quadratic time would take ~400x; allow generous noise.
    assert t_large < max(0.5, 60 * t_small)


def test_linear_time_on_long_article() -> None:
    text = _seed("000") + "\n" + _seed("001")
    t0 = time.perf_counter()
    n = len(extract_quotes(text))
    t_small = time.perf_counter() - t0
    big = "\n".join([text] * 40)
    t0 = time.perf_counter()
    assert len(extract_quotes(big)) == 40 * n
    t_big = time.perf_counter() - t0
    assert t_big < max(1.0, 120 * t_small)


def test_long_digit_and_space_runs() -> None:
    for text in ("1" * 200_000, " " * 200_000, 'قال: "' + "ا " * 100_000 + '"'):
        t0 = time.perf_counter()
        quotes = extract_quotes(text)
        assert time.perf_counter() - t0 < 5
        _check_offsets(text, quotes)


def test_linear_time_block_quote_after_a_long_line() -> None:
    """A multi-paragraph quote candidate after one very long line: the line start is
    found by bisection, not by scanning back."""
    text = "ا" * 200_000 + "“" * 3_000 + "\n\n" + "ب”\n" * 3_000
    t0 = time.perf_counter()
    quotes = extract_quotes(text)
    assert time.perf_counter() - t0 < 5
    _check_offsets(text, quotes)


def test_parenthetical_sources_do_not_recurse() -> None:
    """``وأكد X، بحسب Y، بحسب Z، ...``: the verb before a parenthetical source is
    looked for once, not once per source."""
    text = "وأكد الوزير" + "، بحسب مصدر" * 400 + '، أن "الاجتماع تأجل إلى موعد لاحق"'
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        (q,) = extract_quotes(text)
    finally:
        sys.setrecursionlimit(limit)
    assert q.direct
