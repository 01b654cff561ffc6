"""Tests for :mod:`arnews.boilerplate`: seeds, hand-written pages, properties."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
import pytest
from cases_boilerplate import CASES
from hypothesis import given, settings
from hypothesis import strategies as st

from arnews.boilerplate import (
    Dateline,
    Removed,
    Stripped,
    learn_boilerplate,
    split_boilerplate,
    strip_boilerplate,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

KINDS = {
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
}


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def residuals(text: str, result: Stripped) -> list[str]:
    """What is left of each non-blank line once the removed pieces are taken out."""
    out: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        keep = [True] * len(line)
        for r in result.removed:
            if r.start >= start and r.end <= end:
                for i in range(r.start - start, r.end - start):
                    keep[i] = False
        rest = "".join(ch for ch, k in zip(line, keep, strict=True) if k).strip()
        if rest:
            out.append(rest)
    return out


def check_invariants(text: str, result: Stripped) -> None:
    for r in result.removed:
        assert text[r.start : r.end] == r.text
        assert r.kind in KINDS
        assert r.rule
        assert r.text == r.text.strip()
        assert r.text
    starts = [r.start for r in result.removed]
    assert starts == sorted(starts)
    if result.dateline is not None:
        d = result.dateline
        assert text[d.start : d.end] == d.text
    # Nothing silently lost: every line is the title, a paragraph, or removed pieces.
    assert residuals(text, result) == [
        *([result.title] if result.title is not None else []),
        *result.paragraphs,
    ]
    assert result.text == "\n".join(
        ([result.title] if result.title is not None else []) + list(result.paragraphs)
    )


# ---------------------------------------------------------------------------
# Seeds (expected values derived from the seed gold annotations)
# ---------------------------------------------------------------------------

SEED_EXPECT = {
    # id: (title, number of body paragraphs, first words of the first paragraph)
    "000": ("بلينكن: جو بايدن وبوتين سيجريان اتصالات مباشرة في المستقبل القريب", 6, "أكد وزير"),
    "001": (
        "موسكو تأمل بإجراء الاتصال بين بوتين وبايدن في الأيام المقبلة - ريابكوف",
        9,
        "أعلن نائب",
    ),
    "002": ("بلينكن ولافروف يؤكدان على ضرورة الحوار رغم “الخلافات القوية”", 11, "أكد كل"),
    "003": (None, 9, "وبحسب وزارة"),
    "004": ("لافروف: موسكو وواشنطن تعملان على تنشيط الاتصالات بينهما", 6, "أعلن وزير"),
}


@pytest.mark.parametrize("sid", sorted(SEED_EXPECT))
def test_seed_title_and_body(sid: str) -> None:
    text = seed(sid)
    title, n, lead = SEED_EXPECT[sid]
    r = split_boilerplate(text)
    assert r.title == title
    assert len(r.paragraphs) == n
    assert r.paragraphs[0].startswith(lead)
    check_invariants(text, r)


def test_seed_000_debris_kinds() -> None:
    r = split_boilerplate(seed("000"))
    got = {(x.kind, x.text) for x in r.removed}
    assert ("timestamp", "قبل 19 دقيقة") in got
    assert ("credit", "© REUTERS / POOL") in got
    assert ("share", "تابعنا عبر") in got
    assert ("source", "العربية نت") in got
    assert ("section", "عالمية") in got
    caption = [x for x in r.removed if x.line == 10]
    assert caption[0].kind == "caption"


def test_seed_001_dateline_is_cut_and_kept_as_data() -> None:
    r = split_boilerplate(seed("001"))
    assert r.dateline == Dateline(
        text="( أردو بوینت نتورك ۔ / سبوتنيك - 02 ديسمبر 2021ء)",
        line=5,
        start=r.dateline.start if r.dateline else -1,
        end=r.dateline.end if r.dateline else -1,
        place=None,
        source="سبوتنيك",
        date_text="02 ديسمبر 2021ء",
    )
    assert ("continued", "(تستمر)") in {(x.kind, x.text) for x in r.removed}
    assert ("comments", "أفكارك وتعليقاتك") in {(x.kind, x.text) for x in r.removed}
    assert ("duplicate", SEED_EXPECT["001"][0]) in {(x.kind, x.text) for x in r.removed}


def test_seed_002_breadcrumb_and_outlet_byline() -> None:
    r = split_boilerplate(seed("002"))
    kinds = {x.text: x.kind for x in r.removed}
    assert kinds["مجلة وفاء wafaamagazine"] == "byline"
    assert [k for t, k in kinds.items() if t.startswith("الرئيسية /")] == ["nav"]


def test_seed_003_caption_ad_source_comments() -> None:
    r = split_boilerplate(seed("003"))
    kinds = [(x.line, x.kind) for x in r.removed]
    assert kinds == [(1, "caption"), (11, "ad"), (12, "source"), (13, "comments")]


def test_seed_004_latest_block_and_byline() -> None:
    r = split_boilerplate(seed("004"))
    kinds = [(x.line, x.kind) for x in r.removed]
    assert (5, "byline") in kinds
    assert (19, "latest") in kinds
    assert (20, "latest") in kinds


def test_seeds_are_idempotent() -> None:
    for sid in SEED_EXPECT:
        once = strip_boilerplate(seed(sid))
        assert strip_boilerplate(once) == once


# ---------------------------------------------------------------------------
# Hand-written pages
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "raw", "title", "paragraphs", "kinds"), CASES, ids=[c[0] for c in CASES]
)
def test_case(
    name: str,
    raw: str,
    title: str | None,
    paragraphs: tuple[str, ...],
    kinds: tuple[tuple[str, str], ...],
) -> None:
    r = split_boilerplate(raw)
    assert r.title == title
    assert r.paragraphs == paragraphs
    got = {(x.kind, x.text) for x in r.removed}
    for k in kinds:
        assert k in got
    check_invariants(raw, r)
    assert strip_boilerplate(raw) == r.text  # the fast path (no removed pieces) agrees
    assert strip_boilerplate(r.text) == r.text


def test_cases_cover_every_kind() -> None:
    seen = {k for c in CASES for k, _ in c[4]}
    # "section" and "caption" are shown by the seeds and cases above without a listed pair
    assert KINDS - seen <= {"section", "caption"}
    assert len(CASES) >= 25


def test_site_clock_and_article_timestamp_rules() -> None:
    page = "\n".join(
        [
            "الثلاثاء 12 مارس 2024",
            "الرئيسية",
            "سياسة",
            "البرلمان يصادق على قانون المالية الجديد",
            "نشر في 2024/03/11",
            "صادق البرلمان مساء الاثنين على مشروع قانون المالية للسنة المقبلة بأغلبية واسعة.",
            "وقال رئيس لجنة المالية إن القانون يتضمن إجراءات لدعم الفئات الضعيفة.",
        ]
    )
    r = split_boilerplate(page)
    rules = {x.text: x.rule for x in r.removed}
    assert rules["الثلاثاء 12 مارس 2024"] == "site_clock"
    assert rules["نشر في 2024/03/11"] == "timestamp"


def test_timestamp_rules_without_headline_and_in_teasers() -> None:
    page = "\n".join(
        [
            "مارس 21, 2025 5:27 م",
            "السبيل – الأناضول",
            "قال الرئيس إن بلاده سرعت الاتصالات الدبلوماسية لإعادة وقف إطلاق النار.",
            "وأضاف أن الجهود ستتواصل حتى تحقيق الهدف المنشود في أقرب وقت ممكن.",
            "مقالات ذات صلة",
            "2025-03-20",
            "الرئيس يستقبل وفدا برلمانيا",
        ]
    )
    r = split_boilerplate(page)
    assert r.title is None
    rules = {x.text: (x.kind, x.rule) for x in r.removed}
    assert rules["مارس 21, 2025 5:27 م"] == ("timestamp", "timestamp")
    assert rules["2025-03-20"] == ("timestamp", "teaser_time")
    assert rules["السبيل – الأناضول"][0] == "dateline"
    assert r.dateline is not None
    assert r.dateline.source == "الأناضول"


def test_timestamp_between_title_copies_and_under_the_story() -> None:
    title = "الحكومة تقر خطة لدعم المزارعين في المناطق الريفية"
    page = "\n".join(
        [
            title,
            "تاريخ النشر: 09/11/2019",
            "762",
            title,
            "أقرت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية بقروض ميسرة.",
            "وقال وزير الزراعة إن الخطة تشمل أكثر من عشرة آلاف مزارع في مختلف المحافظات.",
            "أضيف بتاريخ :2019/11/10",
        ]
    )
    r = split_boilerplate(page)
    assert r.title == title
    rules = {x.text: (x.kind, x.rule) for x in r.removed}
    assert rules["تاريخ النشر: 09/11/2019"] == ("timestamp", "timestamp")
    assert rules["أضيف بتاريخ :2019/11/10"] == ("timestamp", "timestamp")
    assert rules[title] == ("duplicate", "repeated_title")


def test_dateline_fields() -> None:
    r = split_boilerplate(
        "الرياض (واس) - أعلنت الهيئة العامة للإحصاء اليوم نتائج المسح السنوي للقوى العاملة."
    )
    assert r.dateline is not None
    assert (r.dateline.text, r.dateline.place, r.dateline.source) == (
        "الرياض (واس) -",
        "الرياض",
        "واس",
    )
    r = split_boilerplate(
        "أبوظبي في 17 فبراير / وام / استقبل سمو الشيخ وفدا رسميا يزور الدولة حاليا."
    )
    assert r.dateline is not None
    assert r.dateline.date_text == "17 فبراير"
    assert r.dateline.source == "وام"


def test_reporting_verb_with_colon_is_not_a_dateline() -> None:
    text = "وأضاف: إن الحكومة ماضية في تنفيذ الإصلاحات الاقتصادية رغم كل الصعوبات القائمة."
    r = split_boilerplate(text)
    assert r.dateline is None
    assert r.paragraphs == (text,)


def test_known_boilerplate_and_learning() -> None:
    promo = "حمّلوا تطبيقنا المجاني واستمتعوا بتجربة قراءة أفضل"
    pages = [
        f"عنوان الخبر رقم {i} عن الاقتصاد\nنص الخبر رقم {i} الذي يتحدث عن الاقتصاد الوطني والنمو المتوقع.\n{promo}"
        for i in range(5)
    ]
    learned = learn_boilerplate(pages, min_count=3)
    assert learned == frozenset({promo})
    r = split_boilerplate(pages[0], known_boilerplate=learned)
    assert ("other", "known_line", promo) in {(x.kind, x.rule, x.text) for x in r.removed}
    assert learn_boilerplate([]) == frozenset()


def test_results_are_frozen_values() -> None:
    r = split_boilerplate("تابعنا عبر\nأعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.title = "x"  # type: ignore[misc]
    assert isinstance(r.removed[0], Removed)
    assert hash(r) == hash(split_boilerplate(r.text and "تابعنا عبر\n" + r.text))


def test_type_error_on_non_str() -> None:
    with pytest.raises(TypeError, match="decode"):
        strip_boilerplate(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        split_boilerplate(None)  # type: ignore[arg-type]


def test_empty_and_blank() -> None:
    assert strip_boilerplate("") == ""
    assert split_boilerplate(" \n\u00a0\n\t") == Stripped(None, (), None, ())


# ---------------------------------------------------------------------------
# Properties and speed
# ---------------------------------------------------------------------------

LINES = st.sampled_from(
    [
        "الرئيسية / أخبار",
        "تابعنا عبر",
        "قبل 19 دقيقة",
        "تعليق (0)",
        "[إعلان 2]",
        "(تستمر)",
        "المصدر: وكالة الأنباء",
        "آخر الأخبار",
        "اقرأ أيضا:",
        "وزارة الصحة تعلن انخفاض الإصابات",
        "القاهرة - أ ش أ: أعلنت وزارة الصحة اليوم تسجيل انخفاض في عدد الإصابات الجديدة.",
        "وقال المتحدث إن الحملة الوطنية ستتواصل في جميع المحافظات حتى نهاية الشهر الجاري.",
        "«لن نتراجع عن الإصلاحات»",
        "© REUTERS / POOL",
        "",
        "   ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_nothing_lost_on_any_str(text: str) -> None:
    r = split_boilerplate(text)
    check_invariants(text, r)
    assert strip_boilerplate(text) == r.text


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=25))
def test_invariants_and_idempotence_on_composed_pages(lines: list[str]) -> None:
    text = "\n".join(lines)
    r = split_boilerplate(text)
    check_invariants(text, r)
    out = r.text
    assert strip_boilerplate(text) == out
    assert strip_boilerplate(out) == out


@pytest.mark.parametrize(
    "unit",
    ['"', "1", " ", "-", "(", "الرئيسية / ", "قبل ", "a/", "« ", "أ ش أ - ", "\u00a0"],
)
def test_linear_on_adversarial_input(unit: str) -> None:
    one_line = unit * (200_000 // len(unit))
    many_lines = (unit + "\n") * (100_000 // (len(unit) + 1))
    for text in (one_line, many_lines):
        t0 = time.perf_counter()
        r = split_boilerplate(text)
        assert time.perf_counter() - t0 < 20.0  # seconds; quadratic behaviour would take minutes
        for x in r.removed[:50]:
            assert text[x.start : x.end] == x.text


def test_line_features_lower_every_letter() -> None:
    # Only lines with a letter other than Arabic are lowered: the characters ``lower()``
    # changes are such letters, but for circled Latin capitals (symbols, kept as they are).
    import sys

    from arnews.boilerplate import _OTHER_LETTER_RE

    missed = [
        cp
        for cp in range(sys.maxunicode + 1)
        if chr(cp).lower() != chr(cp) and _OTHER_LETTER_RE.match(chr(cp)) is None
    ]
    assert missed == list(range(0x24B6, 0x24D0))


@pytest.mark.parametrize(
    "page",
    [
        "عاجل\nAB عنوان الخبر هنا\nقال الوزير إن الحكومة ستواصل العمل على الخطة الجديدة خلال العام المقبل.",
        "BREAKING\nİstanbul: قال الوزير إن الحكومة ستواصل العمل على الخطة خلال العام المقبل.",
        "الرئيسية / أخبار\nقال الوزير إن الحكومة ستواصل العمل على الخطة الجديدة خلال العام المقبل.",
    ],
)
def test_mixed_case_lines_match_whole_page_lowering(page: str) -> None:
    # Line keys are lower case whichever line carries the capitals, as if the page were lowered.
    from arnews.boilerplate import _EDGE_CHARS, _split_lines
    from arnews.normalize import fold_text

    lowered = fold_text(page).lower()
    same_length = len(lowered) == len(fold_text(page))
    lines = [x for x in lowered.split("\n") if x.strip()]
    for ln, low in zip(_split_lines(page), lines, strict=True):
        assert ln.key == " ".join(low.strip(_EDGE_CHARS).split())
        if same_length:  # else ("İ" lowers to two characters) ``ftext`` keeps its case
            assert ln.ftext == low.strip()


_LONG = " ".join(["وأضاف المتحدث أن الحكومة ستعمل على تنفيذ الخطة في جميع المحافظات."] * 30)


@pytest.mark.parametrize(
    ("suffix", "kind"),
    [
        (" (المصدر: وكالة الأنباء الأردنية)", "source"),
        (" (الأناضول)", "source"),
        (" الوسوم: الحكومة، الخطة، المحافظات", "other"),
    ],
)
def test_suffix_glued_to_a_long_last_paragraph_is_cut(suffix: str, kind: str) -> None:
    page = "\n".join(
        [
            "الحكومة تطلق خطة جديدة في المحافظات",
            "قال متحدث باسم الحكومة إن الخطة الجديدة تشمل جميع المحافظات وتبدأ الشهر المقبل.",
            _LONG + suffix,
        ]
    )
    r = split_boilerplate(page)
    assert r.paragraphs[-1] == _LONG
    cut = [x for x in r.removed if x.kind == kind]
    assert [x.text for x in cut] == [suffix.strip()]
    assert page[cut[0].start : cut[0].end] == cut[0].text


def test_suffix_patterns_fit_the_tail_they_are_searched_in() -> None:
    # ``site_suffix`` is searched in a line's last 100 characters, the glued tag list in the
    # last paragraph's last 400: neither pattern may span more.
    parser = pytest.importorskip("re._parser")
    from arnews.boilerplate import _patterns

    pats = _patterns()
    assert parser.parse(pats["site_suffix"].pattern).getwidth()[1] <= 100
    assert parser.parse(pats["tags_suffix"].pattern).getwidth()[1] <= 400
    title = (
        "الحكومة الأردنية تطلق استراتيجيات وطنية لدعم المزارعين وتطوير شبكات الري والتخزين"
        " بالمحافظات الجنوبية والشمالية"
    )
    assert len(title) > 100
    lead = (
        "أعلنت الحكومة الأردنية إطلاق استراتيجية وطنية جديدة لدعم المزارعين وتطوير شبكات الري"
        " في المحافظات."
    )
    r = split_boilerplate(f"{title} - موقع الأخبار\n{lead}\n{_LONG}")
    assert r.title == title
    assert [x.rule for x in r.removed] == ["site_suffix"]
