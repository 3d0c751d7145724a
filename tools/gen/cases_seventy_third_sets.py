#!/usr/bin/python3
"""Writes tests/extract/cases/seventy_third_sets.jsonl: forms met in the
seventy-third and seventy-fourth real-text sets (Arabic and Persian news of
the other's countries, and international and exile outlets), generated
across their families.

- A year or month named in its calendar with a relative word between or
  after (العام الهجري المقبل, السنة الميلادية الجارية, الشهر الميلادي
  الماضي, سال میلادی جاری, ماه میلادی گذشته): counted in that calendar from
  the reference's day; with a year of four digits after it (للعام الهجري
  المقبل 1447هـ, غرة ربيع الأول للعام الهجري الحالي 1446), that year.
- A day of such a month (الخامس عشر من الشهر الميلادي المقبل).
- A month named by a relative word, then its name in brackets (الشهر
  الماضي (أبريل), اوایل ماه میلادی گذشته (فوریه)): that month.
- A month with such a year (رمضان من العام الميلادي الحالي: the Ramadan
  within this Gregorian year; سپتامبر سال میلادی گذشته).
- Negatives: سال میلادی قبل از ... (before an event), a year word and its
  calendar alone.

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic from datetime: nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_seventy_third_sets.py > tests/extract/cases/seventy_third_sets.jsonl"""
import csv
import datetime as dt
import os
import random

from convertdate import persian

from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(73)
out = []

HERE = os.path.dirname(os.path.abspath(__file__))
UQ = {}
with open(os.path.join(HERE, "..", "..", "tests", "data", "umalqura_month_starts.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        UQ[(int(row["hijri_year"]), int(row["hijri_month"]))] = dt.date.fromisoformat(row["gregorian_first_day"])


def hijri_of(day):
    """The Umm al-Qura (year, month) holding a Gregorian day."""
    best = None
    for (y, m), first in UQ.items():
        if first <= day and (best is None or first > UQ[best]):
            best = (y, m)
    return best


def next_month(y, m, n=1):
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


def hijri_year_span(y):
    return span(UQ[(y, 1)], UQ[(y + 1, 1)] - dt.timedelta(days=1))


def hijri_month_span(y, m):
    ny, nm = next_month(y, m)
    return span(UQ[(y, m)], UQ[(ny, nm)] - dt.timedelta(days=1))


def greg_add_months(d, n):
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def random_day(lo=2015, hi=2026):
    a = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(a, dt.date(hi, 12, 31).toordinal()))


# Qualifiers: offset, masculine, feminine.
AR_QUALS = [(-1, "الماضي", "الماضية"), (-1, "المنصرم", "المنصرمة"), (0, "الجاري", "الجارية"), (0, "الحالي", "الحالية"),
            (1, "المقبل", "المقبلة"), (1, "القادم", "القادمة")]
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
FA_QUALS = [(-1, "گذشته"), (-1, "قبل"), (-1, "پیش"), (0, "جاری"), (1, "آینده"), (1, "بعد")]
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
AR_DAYS = {1: "الأول", 2: "الثاني", 3: "الثالث", 5: "الخامس", 10: "العاشر", 12: "الثاني عشر", 15: "الخامس عشر",
           20: "العشرين", 25: "الخامس والعشرين"}

# Arabic: a Hijri or Gregorian year named so.
for n in range(24):
    ref = random_day()
    off, masc, fem = AR_QUALS[n % len(AR_QUALS)]
    hijri = n % 2 == 0
    fem_form = n % 4 >= 2
    if hijri:
        surface = f"{'السنة الهجرية' if fem_form else 'العام الهجري'} {fem if fem_form else masc}"
        value = hijri_year_span(hijri_of(ref)[0] + off)
    else:
        surface = f"{'السنة الميلادية' if fem_form else 'العام الميلادي'} {fem if fem_form else masc}"
        value = str(ref.year + off)
    out.append(case(f"أعلنت الوزارة خطتها خلال {surface} في مؤتمر صحفي.", "ar", ref.isoformat(),
                    [want(surface, "relative", value, "year")]))

# Arabic: a Hijri year named so, then its number (the number is the value).
for n in range(12):
    ref = random_day(2016, 2025)
    off, masc, fem = AR_QUALS[n % len(AR_QUALS)]
    hy = hijri_of(ref)[0] + off
    sc = SCRIPTS[n % 3]
    era = ["هـ", " هـ", "", " للهجرة"][n % 4]
    surface = f"العام الهجري {masc} {sc(str(hy))}{era}"
    out.append(case(f"تبدأ الإجازة في {surface} وفق التقويم.", "ar", ref.isoformat(),
                    [want(surface, "hijri", hijri_year_span(hy), "year")]))

# Arabic: the Gregorian month named so, and a day of it.
for n in range(18):
    ref = random_day()
    off, masc, _ = AR_QUALS[n % len(AR_QUALS)]
    y, m = greg_add_months(ref, off)
    if n % 2 == 0:
        surface = f"الشهر الميلادي {masc}"
        out.append(case(f"ترتفع الأسعار خلال {surface} بحسب التوقعات.", "ar", ref.isoformat(),
                        [want(surface, "relative", f"{y:04d}-{m:02d}", "month")]))
    else:
        d = list(AR_DAYS)[n % len(AR_DAYS)]
        surface = f"{AR_DAYS[d]} من الشهر الميلادي {masc}"
        out.append(case(f"ينعقد المجلس في {surface} لمناقشة الموازنة.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", dt.date(y, m, d).isoformat(), "day", ["year_inferred"])]))

# A month named by a relative word, then its name in brackets.
for n in range(12):
    ref = random_day()
    off = [-1, 1, 0][n % 3]
    y, m = greg_add_months(ref, off)
    if n % 2 == 0:
        word = {-1: "الشهر الماضي", 0: "الشهر الجاري", 1: "الشهر المقبل"}[off]
        surface = f"{word} ({AR_GREG[m - 1]})"
        out.append(case(f"سجلت الصادرات ارتفاعا في {surface} مقارنة بما سبقه.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))
    else:
        word = {-1: "ماه میلادی گذشته", 0: "ماه میلادی جاری", 1: "ماه میلادی آینده"}[off]
        surface = f"{word} ({FA_GREG[m - 1]})"
        out.append(case(f"قیمت نفت در {surface} کاهش یافت.", "fa", ref.isoformat(),
                        [want(surface, "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))

# Persian: the Gregorian year or month named so.
for n in range(18):
    ref = random_day()
    off, qual = FA_QUALS[n % len(FA_QUALS)]
    if n % 2 == 0:
        surface = f"سال میلادی {qual}"
        value, gran = str(ref.year + off), "year"
    else:
        surface = f"ماه میلادی {qual}"
        y, m = greg_add_months(ref, off)
        value, gran = f"{y:04d}-{m:02d}", "month"
    out.append(case(f"صادرات ایران در {surface} افزایش یافت.", "fa", ref.isoformat(), [want(surface, "relative", value, gran)]))

# A month with a year named in another calendar: the Hijri month within the
# Gregorian year; the Gregorian month of the Gregorian year.
for n in range(12):
    ref = random_day(2016, 2025)
    off, masc, _ = AR_QUALS[n % len(AR_QUALS)]
    gy = ref.year + off
    if n % 2 == 0:
        hm = [9, 10, 12, 1, 3][n % 5]
        # the Hijri month whose first day falls within that Gregorian year
        # (none of these cases lets it start in one year and hold another's)
        starts = [(y, m) for (y, m), first in UQ.items() if m == hm and first.year == gy]
        if len(starts) != 1:
            continue
        hy, _ = starts[0]
        surface = f"شهر {AR_HIJRI[hm - 1]} من العام الميلادي {masc}"
        out.append(case(f"تنطلق الحملة في {surface} في جميع المحافظات.", "ar", ref.isoformat(),
                        [want(surface, "hijri", hijri_month_span(hy, hm), "month", ["year_inferred"])]))
    else:
        m = rng.randint(1, 12)
        surface = f"{AR_GREG[m - 1]} من العام الميلادي {masc}"
        out.append(case(f"افتتح المشروع في {surface} بحضور الوزير.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{gy:04d}-{m:02d}", "month", ["year_inferred"])]))
for n in range(6):
    ref = random_day()
    off, qual = FA_QUALS[[0, 3, 4][n % 3]]
    m = rng.randint(1, 12)
    surface = f"{FA_GREG[m - 1]} سال میلادی {qual}"
    out.append(case(f"این قرارداد در {surface} امضا شد.", "fa", ref.isoformat(),
                    [want(surface, "gregorian", f"{ref.year + off:04d}-{m:02d}", "month", ["year_inferred"])]))

# Negatives: before an event; a year word and its calendar alone.
out.append(case("در سال میلادی قبل از همه‌گیری، سفرها بیشتر بود.", "fa", "2024-05-10", []))
out.append(case("يعتمد التقويم على العام الهجري في المعاملات الرسمية.", "ar", "2024-05-10", []))
out.append(case("ماه میلادی با ماه شمسی برابر نیست.", "fa", "2024-05-10", []))

emit("forms of the seventy-third and seventy-fourth real-text sets (tools/gen/cases_seventy_third_sets.py)", out)
