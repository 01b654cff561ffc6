"""Lexicons for :mod:`arnews.dates`: month, weekday, number and time words.

Entries are written in ordinary spelling; :mod:`arnews.dates` folds them with the
``search`` profile (hamza, alef, ya and teh marbuta unified, digits ASCII) before it
builds its patterns, so one entry covers the spelling variants the fold unifies
(``أبريل``/``ابريل``/``إبريل``, ``آب``/``اب``, ``جويلية``/``جويليه``).  Variants the
fold does not unify (``يونيو``/``يونيه``) are listed one by one.  Tables are read-only
(:class:`types.MappingProxyType`, tuples, frozensets) and import nothing from arnews.
"""

from __future__ import annotations

from types import MappingProxyType

# ---------------------------------------------------------------------------
# Gregorian months: every family writes the same calendar
# ---------------------------------------------------------------------------

#: Month name -> month number, all families (Egyptian/Gulf standard, Levantine/Iraqi
#: Syriac names, Tunisian/Algerian French loans, Moroccan Spanish/French loans).
GREGORIAN_MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        # Standard (Egypt, Gulf, most agencies), with the Egyptian -يه spellings.
        "يناير": 1,
        "فبراير": 2,
        "مارس": 3,
        "أبريل": 4,
        "ابريل": 4,
        "إبريل": 4,
        "مايو": 5,
        "يونيو": 6,
        "يونيه": 6,
        "يوليو": 7,
        "يوليه": 7,
        "أغسطس": 8,
        "أغسطوس": 8,
        "سبتمبر": 9,
        "أكتوبر": 10,
        "اكتوبر": 10,
        "نوفمبر": 11,
        "ديسمبر": 12,
        # Levantine and Iraqi (Syriac names).
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
        # Tunisian and Algerian (French loans).
        "جانفي": 1,
        "فيفري": 2,
        "أفريل": 4,
        "ماي": 5,
        "جوان": 6,
        "جويلية": 7,
        "جويلة": 7,
        "أوت": 8,
        # Moroccan (Spanish/French loans).
        "يوليوز": 7,
        "غشت": 8,
        "شتنبر": 9,
        "نونبر": 11,
        "دجنبر": 12,
    }
)

#: French month names (Tunisian, Algerian and Moroccan sites print French timestamps:
#: ``mercredi 21 novembre 2012``).  They count only with a day or a year; the matcher also
#: accepts each with a capital first letter.
FRENCH_MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    }
)

#: French weekdays: a date only right before a date (``mercredi 21 novembre 2012``).
FRENCH_WEEKDAYS: MappingProxyType[str, int] = MappingProxyType(
    {
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    }
)

#: Month names that are also common words: ``مارس`` "he practised", ``نيسان`` the car
#: maker, ``ماي`` (Theresa) May, ``آب``/``أب`` "father".  They count as a month only with
#: date context (a day before, a year after, ``شهر`` or a time preposition before, a slash
#: pair, or ``الماضي``/``المقبل`` after).
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"مارس", "نيسان", "ماي", "آب"})

#: Prepositions before a bare ambiguous month that make it the month (``في مارس``, ``منذ آب``).
TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "في",
        "خلال",
        "حتى",
        "إلى",
        "من",
        "منذ",
        "قبل",
        "بعد",
        "بحلول",
        "أواخر",
        "مطلع",
        "منتصف",
        "نهاية",
        "بداية",
    }
)

#: Words before an ambiguous month name that make it a name (the car maker, Theresa May).
NOT_MONTH_BEFORE: frozenset[str] = frozenset(
    {"سيارة", "سيارات", "شركة", "طراز", "موديل", "تيريزا", "رئيسة", "السيدة", "مجموعة", "مصنع"}
)

#: Hijri (Islamic) months -> number.  ``ربيع الآخر`` and ``ربيع الثاني`` are the
#: same month; ``جمادى الآخرة`` is also written ``جمادى الثانية``.
HIJRI_MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        "محرم": 1,
        "صفر": 2,
        "ربيع الأول": 3,
        "ربيع أول": 3,
        "ربيع الآخر": 4,
        "ربيع الثاني": 4,
        "ربيع ثاني": 4,
        "ربيع آخر": 4,
        "جمادى الأولى": 5,
        "جمادى الأول": 5,
        "جمادى الآخرة": 6,
        "جمادى الثانية": 6,
        "جمادى الآخر": 6,
        "جمادى الثاني": 6,
        "رجب": 7,
        "شعبان": 8,
        "رمضان": 9,
        "شوال": 10,
        "ذو القعدة": 11,
        "ذي القعدة": 11,
        "ذو الحجة": 12,
        "ذي الحجة": 12,
    }
)

#: Hijri month names that are also first names or words (``صفر`` "zero", ``رجب``,
#: ``شعبان``, ``رمضان`` as names, ``محرم`` "forbidden", ``شوال`` "sack").  They count
#: only with a day number before, a year after, or ``شهر`` before.
AMBIGUOUS_HIJRI_MONTHS: frozenset[str] = frozenset({"محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال"})

# ---------------------------------------------------------------------------
# Weekdays (Python's weekday(): Monday = 0)
# ---------------------------------------------------------------------------

WEEKDAYS: MappingProxyType[str, int] = MappingProxyType(
    {
        "الإثنين": 0,
        "الاثنين": 0,
        "الاتنين": 0,
        "الثلاثاء": 1,
        "الثلاثا": 1,
        "الأربعاء": 2,
        "الاربعا": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
    }
)

#: Words before ``الاثنين`` that make it "the two" rather than Monday.
TWO_PRECEDERS: frozenset[str] = frozenset({"بين", "كلا", "من", "إلى", "على", "هذين", "عن", "مع"})

#: Words before ``الجمعة`` that make it the Friday prayer, not a date.
FRIDAY_PRAYER: frozenset[str] = frozenset({"صلاة", "خطبة", "خطيب", "إمام", "صلاه", "مسجد"})

# ---------------------------------------------------------------------------
# Day numbers in words (ordinals), for "الأول من مارس", "الثالث عشر من شباط"
# ---------------------------------------------------------------------------

_UNITS_ORD = (
    ("الأول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
)


def _ordinals() -> dict[str, int]:
    # غرة (first of a month, mostly Hijri); فاتح (Moroccan: فاتح يناير)
    out: dict[str, int] = {"غرة": 1, "فاتح": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
    out.update(_UNITS_ORD)
    out["الحادي عشر"] = 11
    for word, n in _UNITS_ORD[1:]:
        out[word + " عشر"] = 10 + n
    for tens_word, tens in (("العشرين", 20), ("الثلاثين", 30)):
        out["الحادي و" + tens_word] = tens + 1
        for word, n in _UNITS_ORD[1:] if tens == 20 else ():
            out[word + " و" + tens_word] = tens + n
    return out


#: Ordinal day words -> day of month (1..31).
DAY_ORDINALS: MappingProxyType[str, int] = MappingProxyType(_ordinals())

#: Cardinal number words (counts of days, weeks, months, years) -> value.
NUMBER_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {
        "واحد": 1,
        "واحدة": 1,
        "ثلاث": 3,
        "ثلاثة": 3,
        "أربع": 4,
        "أربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ست": 6,
        "ستة": 6,
        "سبع": 7,
        "سبعة": 7,
        "ثمان": 8,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشر": 10,
        "عشرة": 10,
        "أحد عشر": 11,
        "اثني عشر": 12,
        "اثنا عشر": 12,
        "خمسة عشر": 15,
        "عشرين": 20,
        "ثلاثين": 30,
    }
)

# ---------------------------------------------------------------------------
# Units for "قبل/منذ N ..." : word -> (unit, implied count or 0 when a number must come first)
# ---------------------------------------------------------------------------

AGO_UNITS: MappingProxyType[str, tuple[str, int]] = MappingProxyType(
    {
        "دقيقة": ("minute", 1),
        "دقيقتين": ("minute", 2),
        "دقائق": ("minute", 0),
        "ساعة": ("hour", 1),
        "ساعتين": ("hour", 2),
        "ساعات": ("hour", 0),
        "يوم": ("day", 1),
        "يوما": ("day", 0),
        "يومين": ("day", 2),
        "أيام": ("day", 0),
        "أسبوع": ("week", 1),
        "أسبوعا": ("week", 0),
        "أسبوعين": ("week", 2),
        "أسابيع": ("week", 0),
        "شهر": ("month", 1),
        "شهرا": ("month", 0),
        "شهرين": ("month", 2),
        "أشهر": ("month", 0),
        "شهور": ("month", 0),
        "سنة": ("year", 1),
        "عام": ("year", 1),
        "عاما": ("year", 0),
        "سنتين": ("year", 2),
        "عامين": ("year", 2),
        "سنوات": ("year", 0),
        "أعوام": ("year", 0),
    }
)

#: Plural year units that after ``منذ`` read as a duration ("for five years"), not a date.
DURATION_AFTER_MUNDHU: frozenset[str] = frozenset({"سنوات", "أعوام", "عاما", "سنين"})

#: Words earlier in the clause that make ``منذ N ...`` a duration ("for N days", "the highest
#: in N days"), not a point in time: negation (``لم يزر البلاد منذ ثلاثة أشهر``), superlatives
#: and "for the first time" (``الأعلى منذ 169 يوما``, ``لأول مرة منذ``), continuation.
DURATION_CUES: frozenset[str] = frozenset(
    {
        "لم",
        "لن",
        "ليس",
        "ليست",
        "مازال",
        "ما زال",
        "لا يزال",
        "لاتزال",
        "لا تزال",
        "مستمر",
        "مستمرة",
        "متواصل",
        "متواصلة",
        "المستمر",
        "المستمرة",
        "المتواصل",
        "المتواصلة",
        "يستمر",
        "تستمر",
        "يتواصل",
        "تتواصل",
        "مرة",
        "المرة",
        "الأعلى",
        "الأكبر",
        "الأدنى",
        "الأقل",
        "الأسوأ",
        "الأفضل",
        "الأطول",
        "الأكثر",
        "أعلى",
        "أكبر",
        "أدنى",
        "أقل",
        "أسوأ",
        "أفضل",
        "أطول",
        "حاجز",
        "طوال",
        "طيلة",
    }
)

#: Above these counts ``منذ N unit`` is a duration (``منذ 169 يوما``), not a point in time.
MUNDHU_MAX_COUNT: MappingProxyType[str, int] = MappingProxyType(
    {"minute": 600, "hour": 72, "day": 60, "week": 12, "month": 12, "year": 2}
)

#: Seasons: ``صيف 2019`` is a real calendar reference the formats cannot express (value None).
SEASONS: tuple[str, ...] = ("صيف", "شتاء", "ربيع", "خريف")

# ---------------------------------------------------------------------------
# Relative words
# ---------------------------------------------------------------------------

#: Deictic day words -> offset in days from the reference.
DEICTIC_DAYS: MappingProxyType[str, int] = MappingProxyType(
    {
        "اليوم": 0,
        "الليلة": 0,
        "الليلة الماضية": -1,
        "أمس الأول": -2,
        "هذا الصباح": 0,
        "هذا المساء": 0,
        "أمس": -1,
        "الأمس": -1,
        "البارحة": -1,
        "يوم أمس": -1,
        "أول أمس": -2,
        "أول من أمس": -2,
        "غدا": 1,
        "غد": 1,
        "يوم غد": 1,
        "بعد غد": 2,
        "بعد الغد": 2,
        # colloquial, in quotes: Egyptian (النهارده، امبارح، بكره), Maghrebi (البارح، غدوة)
        "النهارده": 0,
        "انهارده": 0,
        "امبارح": -1,
        "إمبارح": -1,
        "بكرة": 1,
        "البارح": -1,
        "غدوة": 1,
    }
)

#: Deictic words that are a date only before a weekday (``غد السبت``; ``غد أفضل`` is "a better future").
DEICTIC_WITH_WEEKDAY: frozenset[str] = frozenset({"غد"})

#: Time-of-day words that may precede a day word (``مساء الأربعاء``, ``صباح اليوم``).
DAY_PARTS: tuple[str, ...] = (
    "صباح",
    "مساء",
    "ظهر",
    "عصر",
    "ليل",
    "ليلة",
    "فجر",
    "نهار",
    "ظهيرة",
    "منتصف ليل",
    "منتصف ليلة",
)

#: Modifiers after a weekday/month/period: -1 strictly before, +1 strictly after, 0 current;
#: ``قبل الماضي``/``بعد المقبل`` one more step.
DIRECTION: MappingProxyType[str, int] = MappingProxyType(
    {
        "الماضي": -1,
        "الماضية": -1,
        "المنصرم": -1,
        "المنصرمة": -1,
        "الفائت": -1,
        "الفائتة": -1,
        "السابق": -1,
        "السابقة": -1,
        "المقبل": 1,
        "المقبلة": 1,
        "القادم": 1,
        "القادمة": 1,
        "قبل الماضي": -2,
        "قبل الماضية": -2,
        "بعد المقبل": 2,
        "بعد المقبلة": 2,
        "بعد القادم": 2,
        "بعد القادمة": 2,
        "الجاري": 0,
        "الحالي": 0,
        "الحالية": 0,
        "الجارية": 0,
    }
)

#: Part-of-period words: the mention keeps the period's own granularity.
PERIOD_PARTS: tuple[str, ...] = (
    "مطلع",
    "بداية",
    "أوائل",
    "مستهل",
    "منتصف",
    "أواسط",
    "أواخر",
    "نهاية",
    "أواخر",
    "ختام",
)

#: Phrases before a bare weekday that put it in the future ("من المقرر أن ... الخميس").
FUTURE_MARKERS: tuple[str, ...] = (
    "سوف",
    "من المقرر",
    "من المنتظر",
    "من المتوقع",
    "المقرر",
    "المرتقب",
    "يعتزم",
    "تعتزم",
)

#: Words that start with the future prefix letters but are not future verbs.
NOT_FUTURE: frozenset[str] = frozenset(
    {
        "ستة",
        "ستين",
        "ستون",
        "ستار",
        "ستائر",
        "ستوديو",
        "سنة",
        "سنوات",
        "سنين",
        "سنوي",
        "سنوية",
        "سنويا",
        "سنغافورة",
        "سيارة",
        "سيارات",
        "سياسة",
        "سياسي",
        "سياسية",
        "سياسيا",
        "سياسيون",
        "سياسيين",
        "سيد",
        "سيدة",
        "سيدات",
        "سيطرة",
        "سيول",
        "سيناء",
        "سيناريو",
        "سيرة",
        "سيادة",
        "سيادي",
        "ستراتيجية",
        "سنتين",
        "سنتيمتر",
    }
)

#: Beginnings of words that look like a future verb but are not (already folded: ة -> ه).
NOT_FUTURE_STEMS: tuple[str, ...] = (
    "سيطر",
    "سياس",
    "سيار",
    "سيد",
    "سنو",
    "سنه",
    "ستين",
    "سته",
    "سنغاف",
    "سيناري",
    "ستراتيج",
    "سيول",
    "سينما",
    "ستاد",
    "ستوديو",
    "سيناء",
    "سيرك",
    "سيبر",
    "ستار",
)

#: Hour words (feminine ordinals used for clock times) -> hour.
HOUR_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {
        "الواحدة": 1,
        "الثانية": 2,
        "الثالثة": 3,
        "الرابعة": 4,
        "الخامسة": 5,
        "السادسة": 6,
        "السابعة": 7,
        "الثامنة": 8,
        "التاسعة": 9,
        "العاشرة": 10,
        "الحادية عشرة": 11,
        "الحادية عشر": 11,
        "الثانية عشرة": 12,
        "الثانية عشر": 12,
    }
)

#: Minute words after an hour word.
MINUTE_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {"والنصف": 30, "و النصف": 30, "والربع": 15, "و الربع": 15, "إلا ربعا": -15, "إلا الربع": -15}
)

#: Period-of-day words after a clock time -> how to read the hour.
CLOCK_PERIODS: MappingProxyType[str, str] = MappingProxyType(
    {
        "صباحا": "am",
        "صباح": "am",
        "ص": "am",
        "فجرا": "am",
        "ظهرا": "noon",
        "عصرا": "pm",
        "مساء": "pm",
        "مساءا": "pm",
        "م": "pm",
        "ليلا": "night",
        "AM": "am",
        "am": "am",
        "PM": "pm",
        "pm": "pm",
        "بعد الظهر": "pm",
    }
)

#: Words after a bare year-like number that make it a count, price or measure.
NUMBER_NOUNS: frozenset[str] = frozenset(
    {
        "دولار",
        "دولارا",
        "يورو",
        "جنيه",
        "جنيها",
        "ريال",
        "ريالا",
        "درهم",
        "درهما",
        "دينار",
        "دينارا",
        "ليرة",
        "روبل",
        "مليون",
        "مليار",
        "ألف",
        "شخص",
        "شخصا",
        "نسمة",
        "حالة",
        "إصابة",
        "قتيل",
        "قتيلا",
        "جريح",
        "جريحا",
        "جندي",
        "جنديا",
        "عنصر",
        "عنصرا",
        "مقاتل",
        "مقاتلا",
        "طالب",
        "طالبا",
        "منزل",
        "منزلا",
        "وحدة",
        "كم",
        "كيلومتر",
        "متر",
        "مترا",
        "كلغ",
        "كيلوغرام",
        "طن",
        "طنا",
        "بكسل",
        "صاروخ",
        "صاروخا",
        "عامل",
        "عاملا",
        "موظف",
        "موظفا",
        "لاجئ",
        "لاجئا",
        "مشارك",
        "مشاركا",
        "سنة",
        "عام",
        "عاما",
        "يوم",
        "يوما",
        "ساعة",
        "دقيقة",
        "نقطة",
        "صوت",
        "صوتا",
        "سجين",
        "سجينا",
        "معتقل",
        "معتقلا",
        "مرة",
        "برميل",
        "ميغاواط",
        "طائرة",
        "سفينة",
        "شركة",
        "مدرسة",
        "جهاز",
        "مصابا",
        "مريضا",
        "طفلا",
        "امرأة",
        "مهاجرا",
        "مواطنا",
        "مستوطنا",
        "أسيرا",
        "شهيدا",
        "صحفيا",
        "طبيبا",
        "سائحا",
        "حاجا",
        "زائر",
        "زائرا",
        "مسافرا",
        "عائلة",
        "أسرة",
        "مقعد",
        "مقعدا",
        "كيلو",
        "كغ",
        "ملم",
        "ميل",
        "قدم",
        "هكتار",
        "دونم",
        "فدان",
        "لتر",
        "ليتر",
        "جرعة",
        "عينة",
        "فحص",
        "اختبار",
        "سهم",
        "وظيفة",
        "فرصة",
        "مشروع",
        "قطعة",
        "صفحة",
        "كلمة",
        "متابع",
        "مشاهدة",
        "نسخة",
        "تذكرة",
        "حالات",
        "وفاة",
        "متر مربع",
        "مترا مربعا",
        "قرية",
        "بلدة",
        "مسجد",
        "مستشفى",
    }
)

#: Words before a bare year-like number that make it a number of something else.
NUMBER_LABELS: frozenset[str] = frozenset(
    {
        "القرار",
        "قرار",
        "رقم",
        "الرقم",
        "المادة",
        "مادة",
        "الفقرة",
        "البند",
        "القانون",
        "قانون",
        "المرسوم",
        "مرسوم",
        "الدورة",
        "الطبعة",
        "العدد",
        "عدد",
        "الغرفة",
        "غرفة",
        "الهاتف",
        "هاتف",
        "الرمز",
        "كود",
        "الطريق",
        "الصفحة",
        "صفحة",
        "الرحلة",
        "رحلة",
        "الطائرة",
        "نحو",
        "حوالي",
        "قرابة",
        "زهاء",
        "أكثر",
        "أقل",
        "بلغ",
        "بلغت",
        "يبلغ",
        "تبلغ",
        "مجموع",
        "إجمالي",
        "المرتبة",
        "الصف",
        "الآية",
        "سورة",
        "الحديث",
        "الإصدار",
        "النسخة",
        "ضمن",
        "بمعدل",
        "بقيمة",
        "قيمته",
        "قيمتها",
        "سعر",
        "بسعر",
        "الكيلو",
        "صنف",
    }
)

#: Words right after ``اليوم`` that make it not the day of publication
#: (``اليوم الوطني`` national day, ``اليوم التالي`` the next day, ``اليوم الأول`` day one).
TODAY_NOT_AFTER: frozenset[str] = frozenset(
    {
        "الوطني",
        "العالمي",
        "الدولي",
        "التالي",
        "السابق",
        "الأول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "السابع",
        "الأخير",
        "نفسه",
        "ذاته",
        "الموعود",
        "المفتوح",
        "الواحد",
        "الذي",
        "التي",
        "فإن",
        "نعيش",
        "نحن",
        "فان",
        "فإنه",
        "فانه",
        "فإنها",
        "فانها",
    }
)

#: Words right before ``اليوم`` that make it "that day" or "nowadays" (``ذلك اليوم``, ``هناك اليوم``).
TODAY_NOT_BEFORE: frozenset[str] = frozenset(
    {
        "ذلك",
        "تلك",
        "نفس",
        "طوال",
        "هذا",
        "ذات",
        "مدار",
        "طيلة",
        "هناك",
        "هنالك",
        # "nowadays": عالم اليوم، شباب اليوم، جيل اليوم، إنسان اليوم
        "عالم",
        "عالمنا",
        "شباب",
        "جيل",
        "أجيال",
        "أطفال",
        "مجتمع",
        "مجتمعات",
        "إنسان",
        "رجال",
        "نساء",
        "عرب",
        "مسلمو",
        "مسلمي",
        "حياة",
        "واقع",
        # impersonal openers: الواضح اليوم أن، المطلوب اليوم
        "الواضح",
        "المؤكد",
        "الأكيد",
        "المطلوب",
        "اللافت",
        "الملاحظ",
        "المهم",
        "الأهم",
        "الثابت",
        "المعروف",
        "النتيجة",
        "الحقيقة",
        "الواقع",
        # "today's news": أخبار اليوم (also a newspaper's name)
        "أخبار",
    }
)

#: Outlet names that end in ``اليوم`` (``صحيفة المصري اليوم``, ``قناة روسيا اليوم``): the word
#: before ``اليوم``, which makes it a name only after one of :data:`OUTLET_HEADS`.
TODAY_OUTLETS: frozenset[str] = frozenset({"المصري", "روسيا", "فلسطين", "الجزائر", "تونس"})

#: Nouns that introduce an outlet's name.
OUTLET_HEADS: frozenset[str] = frozenset(
    {"صحيفة", "جريدة", "موقع", "بوابة", "قناة", "مجلة", "وكالة", "شبكة", "تلفزيون"}
)

#: Words heading a clause that make a later ``اليوم`` in it "nowadays" (``هناك اختلال ... اليوم``).
TODAY_GENERIC_CLAUSE: frozenset[str] = frozenset({"هناك", "هنالك", "ثمة", "ثمه"})
