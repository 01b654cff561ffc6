"""Benchmark :func:`arnews.dates.find_dates` against ``dateparser.search.search_dates``.

Run from the repository root::

    .venv/bin/python benchmarks/dates.py

Times ``find_dates`` per sentence over the realistic sentences of ``tests/cases_dates.py``
(every family of the issue plus negatives), and, when ``dateparser`` is installed (the
``bench`` extra), ``search_dates(s, languages=["ar"])`` on the same sentences in the same
process, printing the ratio.  It also prints MB/s on the seed articles (whole pages) and on a
long news-like text, and checks that the time grows linearly with the input length.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from cases_dates import CASES  # noqa: E402

from arnews.dates import find_dates  # noqa: E402

REFERENCE = dt.datetime(2021, 12, 2, 12, 0)

#: Full-length news sentences (the case table's sentences are short, one construction each).
NEWS = (
    "قال وزير الخارجية اليوم الخميس إن المحادثات التي جرت في 16 حزيران/يونيو الماضي كانت بناءة",
    "وأعلنت وزارة الصحة مساء الأربعاء تسجيل 245 إصابة جديدة بفيروس كورونا خلال الساعات الـ24 الماضية",
    "ومن المقرر أن يصل الوفد الأمريكي إلى الرياض الأحد المقبل لبحث الملفات الإقليمية مع المسؤولين",
    "وكان مجلس الأمن قد تبنى القرار 2254 في كانون الأول/ديسمبر 2015 بالإجماع لإنهاء النزاع في سوريا",
    "وأضاف المتحدث أن الاجتماع المقبل سيعقد في 12 يناير بمقر الجامعة العربية في القاهرة بحضور الوزراء",
    "وبلغ سعر برميل النفط 85 دولارا صباح اليوم بعد ارتفاعه بنسبة 2% منذ مطلع الأسبوع الجاري",
    "الخميس 27 ربيع الآخر 1443 هـ الموافق 2 ديسمبر 2021 م، أصدرت المحكمة العليا حكمها في القضية",
    "وكانت الحكومة التونسية قد أعلنت في 25 جويلية 2021 عن تجميد أعمال البرلمان لمدة ثلاثين يوما",
    "وأكد الرئيس خلال مؤتمر صحفي عقده أمس في قصر الإليزيه أن بلاده لن تتراجع عن قرارها مهما كانت الضغوط",
    "وتراجعت الصادرات بنسبة 12 في المئة في الربع الثالث مقارنة بالفترة نفسها من العام الماضي وفق الإحصاءات",
    "ويقام المعرض الدولي للكتاب من 6 إلى 18 نوفمبر 2022 بمشاركة أكثر من 1500 دار نشر من 80 دولة",
    "وقالت مصادر مطلعة إن المفاوضات التي بدأت قبل ثلاثة أسابيع قد تستأنف في غضون أيام قليلة في الدوحة",
    "وفاز المنتخب المغربي 2-1 على نظيره الكندي مساء أمس في ختام مباريات المجموعة السادسة من البطولة",
    "سبوتنيك عربي, 1920, 02.12.2021 - وزير الخارجية الروسي سيرغي لافروف خلال لقائه نظيره في ستوكهولم",
    "واستقبل جلالة الملك محمد السادس في 20 غشت 2021 بالقصر الملكي بالرباط عددا من السفراء الجدد",
    "وأشار التقرير إلى أن عدد السكان بلغ 2020 نسمة في القرية حسب آخر إحصاء أجري في 2019 من قبل المكتب",
    "وتبدأ امتحانات الشهادة الثانوية العامة يوم السبت المقبل وتستمر حتى نهاية الشهر الجاري في جميع المحافظات",
    "ولفت إلى أن الرئيس سيلتقي نظيره الفرنسي الاثنين في باريس لبحث العلاقات الثنائية والقضايا المشتركة",
    "وفي مثل هذا اليوم عام 1990 اجتاحت القوات العراقية الكويت في خطوة أشعلت أزمة إقليمية ودولية واسعة",
    "وأوضح البيان أن الجلسة ستعقد غدا الجمعة عند الساعة العاشرة صباحا بتوقيت بيروت في مقر المجلس النيابي",
)


def _per_call(fn: Callable[[str], object], texts: list[str], min_seconds: float) -> float:
    """Seconds per text: the best of five rounds, each repeating the list for ``min_seconds``/5.

    The best round is the least disturbed by other processes on a shared machine.
    """
    for t in texts:  # warm up (lazy regex compilation, caches)
        fn(t)
    best = float("inf")
    for _ in range(5):
        n = 0
        start = time.perf_counter()
        while True:
            for t in texts:
                fn(t)
            n += len(texts)
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds / 5:
                break
        best = min(best, elapsed / n)
    return best


def _compare(label: str, texts: list[str]) -> None:
    ours = _per_call(lambda s: find_dates(s, reference=REFERENCE), texts, 1.0)
    mean = sum(map(len, texts)) / len(texts)
    print(f"== {label}: {len(texts)} (mean {mean:.0f} chars)")
    print(f"arnews.find_dates:            {ours * 1e6:9.1f} us/sentence")
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        print("dateparser not installed (pip install dateparser, the bench extra): no comparison")
        return
    settings = {"RELATIVE_BASE": REFERENCE}

    def theirs_fn(s: str) -> object:
        return search_dates(s, languages=["ar"], settings=settings)

    theirs = _per_call(theirs_fn, texts, 3.0)
    print(f"dateparser.search_dates(ar):  {theirs * 1e6:9.1f} us/sentence")
    print(f"ratio: arnews is {theirs / ours:.0f}x faster per sentence")


def main() -> None:
    sentences = [c.text for c in CASES]
    for label, texts in (("case-table sentences", sentences), ("news sentences", list(NEWS))):
        _compare(label, texts)

    # Throughput on whole articles: the five seed pages (raw, with their page furniture).
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if pages:
        per_page = _per_call(lambda s: find_dates(s, reference=REFERENCE), pages, 1.0)
        size = sum(len(p.encode("utf-8")) for p in pages) / len(pages)
        print(
            f"seed articles: {len(pages)} pages (mean {size / 1000:.1f} KB): "
            f"{per_page * 1e3:.2f} ms/page, {size / per_page / 1e6:.2f} MB/s"
        )

    # Throughput on a long news-like text.
    text = "\n".join(sentences) * 20
    t0 = time.perf_counter()
    find_dates(text, reference=REFERENCE)
    elapsed = time.perf_counter() - t0
    mb = len(text.encode("utf-8")) / 1e6
    print(f"throughput: {mb / elapsed:.2f} MB/s ({len(text):,} chars in {elapsed * 1000:.0f} ms)")

    # Linearity: 1x, 4x, 16x the same text.
    base = "\n".join(sentences)
    times = []
    for k in (1, 4, 16):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            find_dates(base * k, reference=REFERENCE)
            best = min(best, time.perf_counter() - t0)
        times.append(best)
    ratio = times[2] / max(times[0], 1e-9)
    print(
        "linearity: "
        + ", ".join(f"{k}x {t * 1000:.1f} ms" for k, t in zip((1, 4, 16), times, strict=True))
        + f" (16x/1x = {ratio:.1f}; linear is ~16)"
    )
    adversarial = {"digits": "1" * 200_000, "spaces": " " * 200_000, "dates": "12 مارس " * 25_000}
    for name, s in adversarial.items():
        t0 = time.perf_counter()
        find_dates(s, reference=REFERENCE)
        print(f"adversarial {name} ({len(s):,} chars): {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
