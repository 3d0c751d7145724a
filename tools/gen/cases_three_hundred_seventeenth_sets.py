#!/usr/bin/python3
"""Writes tests/extract/cases/three_hundred_seventeenth_sets.jsonl: forms met in
the three-hundred-and-seventeenth real-text sets and after, generated across
their families.

- A month's or a year's first or last N days or weeks, in Arabic with the
  count before or after the unit, the plural with its article before the
  count, the dual alone, أول or آخر before, and الأولى, الأوائل, الأخيرة,
  الأواخر after (الأيام الخمسة الأولى من شهر يناير 2024, العشرين يوما الأخيرة
  من شهر ديسمبر 2022, آخر 10 أيام من شهر مارس, أول ثلاثة أيام من أبريل,
  الـ3 أسابيع الأولى من شهر نوفمبر, أول أسبوعين من رمضان 1445, آخر 20 يوما
  من العام الماضي), in Persian after the unit (۵ روز نخست فروردین, ۲۰ روز
  پایانی اسفند ۱۴۰۲, ۶ روز ابتدایی شهریور ماه, دو هفته اول مهرماه, ۴ روز
  اول ماه فروردین, سه هفته آخر سال ۱۴۰۱), named or from the reference
  (خمسة أيام الأولى من الشهر الجاري, ۱۵ روز پایانی ماه جاری): those days;
  ten last days are the month's last tenth (21 to its end), as the tenth's own
  words read. Not of anything else (الأيام الثلاثة الأولى من البطولة, سه روز
  اول عید), nor without first or last (خمسة أيام من شهر يناير is a span).
  The dual with its article (اليومين الأولين من شهر رمضان, الأسبوعين الأخيرين
  من شهر مارس 2024) too; a Hijri month with a Gregorian year (أول يومين من شهر
  رمضان المعظم لسنة 2026, العشر الأواخر من رمضان 2026): those days of the
  month within that year, its end in the same Hijri year.
- The same month of another year, the year after the year word or في as
  after من (مقارنة بالشهر ذاته عام 2013, بنفس الشهر في 2015, الشهر نفسه من سنة
  2014), and after a month whose year the page does not give (في شهر سبتمبر
  الماضي … مقارنة بالشهر ذاته من عام 2013, no reference): that month of that
  year; the month named from another year before it (من شهر تموز 2011
  ولغاية الشهر نفسه العام الجاري 2012): the months between.
- A Levantine month of two words with ل or ب written onto it (الرقم القياسي
  لتشرين ثاني/نوفمبر 2022, بتشرين الأول 2022, لكانون الثاني 2023): that month,
  as without it. The dual of the month word with its article (للشهرين
  الأولين من هذا العام, الشهرين الأخيرين من عام 2022) and the last ten months
  (الأشهر العشرة الأخيرة من سنة 2009, not the month's last tenth): those
  months of the year.
- Whole years after since and a word for until, the second at its end or not
  (منذ 2015 وحتى نهاية 2018, منذ 2013 إلى 2017, من عام 2010 حتى نهاية عام
  2012, از ۱۳۹۸ تا پایان سال ۱۴۰۲): the years from the first to the second.
- The Nth month of a year by its ordinal (مطلع الشهر السابع من 2018, الشهر
  الثاني عشر من العام الجاري, ماه هفتم سال ۱۴۰۲, نهمین ماه سال ۱۴۰۲,
  یازدهمین ماه سال جاری): that month; not without a year (للشهر السابع على
  التوالي, ماه هفتم بارداری).
- A night named with its weekday and date, or two (ليلة الاحد 28 شتنبر 2025,
  ليلة السبت 5 إلى الأحد 6 جويلية 2025): that date, or both days; the night's
  eve no date of its own then.
- Years of three digits after the year word, a word for to and the era after
  the second (سال ۷۸۶ تا ۱۲۱۵ میلادی, من سنة 750 إلى 1258 م): the years
  between; not without the era (سال ۷۸۶ تا ۱۲۱۵
  is read as its first year alone).
- The eve of a Gregorian holiday on a page with no reference (عشية عيد الميلاد,
  ليلة عيد الميلاد, عشية رأس السنة الميلادية): the day before, year-less
  (XXXX-12-24, XXXX-12-31), as with a reference.
- A Gregorian month and two digits no day can be, in Arabic (نكسة يونيو 67,
  انتفاضة يناير 84, في أكتوبر 73 انتصر): that month, the year read as two-digit
  years are (docs/extraction.md: 67 is 1967 in 2024); not a price or a count after them (تسليم
  نوفمبر 81 سنتاً, شهر تموز 58 ألفا, مارس 45%), nor a revolution's name
  (بثورة يوليو 52, as the sets write ثورة 23 يوليو).
- A count after "this year" (بقفة رمضان لهذا العام 3000 متوزعة, حصة ليبيا من
  الحجاج لهذا العام 7800 حاج): this year, and the count no year of its own;
  a likely year there stays the year (رمضان لهذا العام 2012).
- August spelt with ی in Dari (آگیست 2021, 31 اگیست 2019): that month.
- Not a date: lunch (وليمة غداء, غداء عمل), which folds to tomorrow's غدا
  once its hamza is dropped.

Days come from datetime, Solar Hijri days from convertdate (years 1390-1405,
where its arithmetic agrees with the Calendar Center's table), Hijri months
from the Umm al-Qura table; nothing here is read from taqvim. Run from the
project root: tools/gen/cases_three_hundred_seventeenth_sets.py >
tests/extract/cases/three_hundred_seventeenth_sets.jsonl"""
import random

import datetime as dt

from case_form import (AR_DIGITS, AR_GREG, AR_HIJRI, FA_DIGITS, FA_JALALI, case, emit, fa, jalali_month, jdate,
                       umm_al_qura, want)

rng = random.Random(317)
out = []
DAY = dt.timedelta(days=1)
UQ = umm_al_qura()

AR_COUNTS = {2: None, 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"}
AR_COUNTS_THE = {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة", 7: "السبعة", 8: "الثمانية", 9: "التسعة"}
FA_COUNTS = {2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه", 12: "دوازده",
             13: "سیزده", 14: "چهارده", 15: "پانزده", 20: "بیست"}


def month_end(y, m):
    return (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - DAY


def span(first, last, n, days):
    """The first or last `days` days of the month first..last, as the tenth reads ten last days (21 to the end)."""
    if n == "first":
        return first, first + (days - 1) * DAY
    if days == 10:
        return first + 20 * DAY, last
    return last - (days - 1) * DAY, last


# Arabic, Gregorian months with their year: every shape of the phrase, both digit scripts.
AR_FIRST_SHAPES = [
    lambda c, cw, u: f"الأيام {AR_COUNTS_THE.get(c, cw)} الأولى",
    lambda c, cw, u: f"{cw} {u} الأولى",
    lambda c, cw, u: f"أول {cw} {u}",
    lambda c, cw, u: f"الـ{c} {u} الأولى",
    lambda c, cw, u: f"{cw} {u} الأوائل",
]
AR_LAST_SHAPES = [
    lambda c, cw, u: f"الأيام {AR_COUNTS_THE.get(c, cw)} الأخيرة",
    lambda c, cw, u: f"{cw} {u} الأخيرة",
    lambda c, cw, u: f"آخر {cw} {u}",
    lambda c, cw, u: f"الـ{c} {u} الأخيرة",
    lambda c, cw, u: f"{cw} {u} الأواخر",
]
for n in range(20):
    which = "first" if n % 2 == 0 else "last"
    shapes = AR_FIRST_SHAPES if which == "first" else AR_LAST_SHAPES
    shape = shapes[(n // 2) % len(shapes)]
    c = rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 15, 20])
    digits = n % 3 == 2
    cw = AR_COUNTS.get(c) or (str(c).translate(AR_DIGITS) if digits else str(c))
    unit = "أيام" if c <= 10 else "يوما"
    y, m = rng.randrange(2010, 2026), rng.randrange(1, 13)
    ys = str(y).translate(AR_DIGITS) if digits else str(y)
    month = ["شهر " + AR_GREG[m - 1], AR_GREG[m - 1]][n % 2]
    words = shape(c, cw, unit) if not (c > 10 and "الأيام" in shape(c, cw, unit)) else f"آخر {cw} {unit}" if which == "last" else f"أول {cw} {unit}"
    surface = f"{words} من {month} {ys}"
    a, b = span(dt.date(y, m, 1), month_end(y, m), which, c)
    out.append(case(f"ارتفعت المبيعات خلال {surface} بحسب التقرير.", "ar", None,
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# Weeks: the dual alone after أول or آخر or with its article, a count of weeks, the plural before the count.
for n, (words, days, which) in enumerate([("أول أسبوعين", 14, "first"), ("آخر أسبوعين", 14, "last"),
                                         ("الـ3 أسابيع الأولى", 21, "first"), ("ثلاثة أسابيع الأخيرة", 21, "last"),
                                         ("الأسابيع الثلاثة الأولى", 21, "first"), ("أول يومين", 2, "first"),
                                         ("آخر يومين", 2, "last"), ("اليومين الأولين", 2, "first"),
                                         ("اليومين الأخيرين", 2, "last"), ("الأسبوعين الأولين", 14, "first"),
                                         ("الأسبوعين الأخيرين", 14, "last")]):
    y, m = rng.randrange(2012, 2026), rng.randrange(1, 13)
    surface = f"{words} من شهر {AR_GREG[m - 1]} {y}"
    a, b = span(dt.date(y, m, 1), month_end(y, m), which, days)
    out.append(case(f"تقام الامتحانات خلال {surface} في كل الكليات.", "ar", None,
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# Hijri months with their year (Umm al-Qura's month lengths).
for n, (words, days, which) in enumerate([("العشرين يوما الأولى", 20, "first"), ("آخر خمسة أيام", 5, "last"),
                                         ("أول أسبوعين", 14, "first"), ("الأيام السبعة الأخيرة", 7, "last"),
                                         ("العشرين يوم الأخيرة", 20, "last")]):
    hy, hm = rng.randrange(1435, 1447), [9, 12, 1, 8, 9][n]
    first, last = UQ[(hy, hm)], UQ[(hy + (hm == 12), hm % 12 + 1)] - DAY
    surface = f"{words} من شهر {AR_HIJRI[hm - 1]} {hy} هـ"
    a, b = span(first, last, which, days)
    out.append(case(f"يزداد الإقبال في {surface} على المساجد.", "ar", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "day")], tz="Asia/Riyadh"))

# A Hijri month with the Gregorian year it falls in (Ramadan 1447 begins in 2026, 1444 in 2023).
for words, days, which, hy, gy in [("أول يومين", 2, "first", 1447, 2026), ("آخر خمسة أيام", 5, "last", 1444, 2023),
                                   ("العشر الأواخر", 10, "last", 1447, 2026)]:
    first, last = UQ[(hy, 9)], UQ[(hy, 10)] - DAY
    surface = f"{words} من شهر رمضان المعظم لسنة {gy}"
    a, b = span(first, last, which, days)
    out.append(case(f"تتزايد الحركة في {surface} بالأسواق.", "ar", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "day")], tz="Asia/Riyadh"))

# Against a reference (Wednesday 2024-05-01): a month named from it, a year-less month, the year.
ref = dt.date(2024, 5, 1)
for words, which, days, month_words, first, last, flags in [
        ("خمسة أيام الأولى", "first", 5, "الشهر الجاري", dt.date(2024, 5, 1), dt.date(2024, 5, 31), ["year_inferred"]),
        ("آخر 5 أيام", "last", 5, "الشهر المقبل", dt.date(2024, 6, 1), dt.date(2024, 6, 30), ["year_inferred"]),
        ("أول ثلاثة أيام", "first", 3, "يونيو", dt.date(2024, 6, 1), dt.date(2024, 6, 30), ["year_inferred"]),
        ("آخر 20 يوما", "last", 20, "العام الماضي", dt.date(2023, 12, 1), dt.date(2023, 12, 31), ["year_inferred"]),
        ("أول أسبوعين", "first", 14, "العام الجاري", dt.date(2024, 1, 1), dt.date(2024, 1, 31), ["year_inferred"])]:
    surface = f"{words} من {month_words}"
    a, b = span(first, last, which, days)
    out.append(case(f"تم تسجيل الحالات خلال {surface} في العاصمة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day", flags)]))

# Persian: Solar Hijri months with their year, counts in words and both digit scripts, every word for first and last.
FA_FIRST = ["اول", "نخست", "ابتدایی", "آغازین", "اولیه"]
FA_LAST = ["آخر", "پایانی", "انتهایی"]
for n, jy in enumerate(rng.sample(range(1390, 1405), 14)):
    which = "first" if n % 2 == 0 else "last"
    word = (FA_FIRST if which == "first" else FA_LAST)[(n // 2) % (5 if which == "first" else 3)]
    c = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 20])
    cw = [FA_COUNTS[c], fa(c), str(c)][n % 3]
    jm = rng.randrange(1, 13)
    ys = fa(jy) if n % 2 == 0 else str(jy)
    month = [FA_JALALI[jm - 1], FA_JALALI[jm - 1] + " ماه", "ماه " + FA_JALALI[jm - 1], FA_JALALI[jm - 1] + "‌ماه"][n % 4]
    surface = f"{cw} روز {word} {month} {ys}"
    first, last = jalali_month(jy, jm)
    a, b = span(first, last, which, c)
    out.append(case(f"ثبت نام در {surface} انجام می‌شود.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day")]))
# Weeks, از before the month, the year's first or last days, Afghan months.
for words, which, days, jy, jm in [("دو هفته اول", "first", 14, 1403, 7), ("دو هفته پایانی", "last", 14, 1402, 12),
                                   ("سه هفته آخر", "last", 21, 1399, 11), ("۱۰ روز نخست از", "first", 10, 1401, 1)]:
    surface = f"{words} {FA_JALALI[jm - 1]}ماه {fa(jy)}"
    first, last = jalali_month(jy, jm)
    a, b = span(first, last, which, days)
    out.append(case(f"برگزاری نمایشگاه در {surface} ممنوع است.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day")]))
for words, which, days, jy in [("۲۰ روز پایانی سال", "last", 20, 1402), ("سه هفته آخر سال", "last", 21, 1401),
                               ("پانزده روز نخست سال", "first", 15, 1398)]:
    surface = f"{words} {fa(jy)}"
    first, last = jalali_month(jy, 12 if which == "last" else 1)
    a, b = span(first, last, which, days)
    out.append(case(f"فروش در {surface} بالا رفت.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day", ["calendar_guessed"])]))
for words, which, days, jy, jm in [("پنج روز اول", "first", 5, 1402, 2), ("۱۲ روز پایانی", "last", 12, 1401, 9)]:
    zodiac = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"][jm - 1]
    surface = f"{words} {zodiac} {fa(jy)}"
    first, last = jalali_month(jy, jm)
    a, b = span(first, last, which, days)
    out.append(case(f"توزیع کمک‌ها در {surface} در کابل انجام شد.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day")], tz="Asia/Kabul"))
# Against a reference (1 May 2024 is 12 Ordibehesht 1403).
for words, which, days, first, last in [("۱۵ روز پایانی ماه جاری", "last", 15) + jalali_month(1403, 2),
                                        ("ده روز نخست ماه آینده", "first", 10) + jalali_month(1403, 3)]:
    a, b = span(first, last, which, days)
    out.append(case(f"اجرای طرح در {words} آغاز می‌شود.", "fa", ref.isoformat(),
                    [want(words, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day", ["year_inferred"])]))

# The same month of another year.
SAME = ["بالشهر ذاته عام", "بنفس الشهر في", "بالشهر نفسه من سنة", "بنفس الشهر من عام", "بالشهر المماثل من عام",
        "بذات الشهر في"]
for n, words in enumerate(SAME * 2):
    y, m = rng.randrange(2008, 2026), rng.randrange(1, 13)
    ys, ps = (str(y), str(y - 1)) if n < 6 else (str(y).translate(AR_DIGITS), str(y - 1).translate(AR_DIGITS))
    month = f"{AR_GREG[m - 1]} {ys}"
    out.append(case(f"بلغ معدل التضخم في {month} نحو 3 في المئة مقارنة {words} {ps} حين بلغ 2 في المئة.", "ar", None,
                    [want(month, "gregorian", f"{y}-{m:02d}", "month"),
                     want(f"{words} {ps}", "gregorian", f"{y - 1}-{m:02d}", "month")]))
# The month with no year on a page with no reference: only the same month of the year written is a date.
for m in (9, 8, 3):
    y = rng.randrange(2010, 2025)
    out.append(case(f"ارتفع التضخم في شهر {AR_GREG[m - 1]} الماضي على أساس سنوي مقارنة بالشهر ذاته من عام {y}.", "ar", None,
                    [want(f"بالشهر ذاته من عام {y}", "gregorian", f"{y}-{m:02d}", "month")], tz="Asia/Kuwait"))
out.append(case("ارتفع الرقم القياسي من شهر تموز/ يوليو 2011 ولغاية الشهر نفسه العام الجاري 2012.", "ar", None,
                [want("من شهر تموز/ يوليو 2011 ولغاية الشهر نفسه العام الجاري 2012", "gregorian", "2011-07-01/2012-07-31",
                      "month")], tz="Asia/Baghdad"))
out.append(case("وصل الوفد في شهر مايو الماضي إلى العاصمة.", "ar", None, []))

# Levantine months of two words with ل or ب written onto them.
LEV2 = {10: ["تشرين الأول", "تشرين اول"], 11: ["تشرين الثاني", "تشرين ثاني"], 12: ["كانون الأول", "كانون اول"],
        1: ["كانون الثاني", "كانون ثاني"]}
for n, m in enumerate([10, 11, 12, 1, 11, 10, 1, 12]):
    y = rng.randrange(2010, 2026)
    name = LEV2[m][n % 2]
    clitic = ["ل", "ب"][n % 2]
    if n % 3 == 0:
        surface, value = f"{name}/{AR_GREG[m - 1]} {y}", f"{y}-{m:02d}"
    else:
        surface, value = f"{name} {y}", f"{y}-{m:02d}"
    out.append(case(f"ارتفع الرقم القياسي لأسعار المستهلك {clitic}{surface} بنسبة 4 في المئة.", "ar", None,
                    [want(surface, "gregorian", value, "month")], tz="Asia/Amman"))
# The dual of the month word with its article, and the last ten months.
for words, first, last in [("للشهرين الأولين", 1, 2), ("الشهرين الأخيرين", 11, 12), ("الأشهر العشرة الأخيرة", 3, 12),
                           ("الشهور العشرة الأخيرة", 3, 12)]:
    y = rng.randrange(2005, 2026)
    surface = f"{words} من سنة {y}"
    out.append(case(f"بلغ متوسط الرقم القياسي {surface} 107 نقاط.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{first:02d}-01/{month_end(y, last).isoformat()}", "month")]))
out.append(case("بلغ متوسط الرقم القياسي للشهرين الأولين من هذا العام 107 نقاط.", "ar", "2023-03-13",
                [want("للشهرين الأولين من هذا العام", "gregorian", "2023-01-01/2023-02-28", "month", ["year_inferred"])]))

# Whole years after since and a word for until.
for n, (a_words, to_words) in enumerate([("منذ {a}", "وحتى {b}"), ("منذ {a}", "وحتى نهاية {b}"), ("منذ {a}", "إلى {b}"),
                                         ("من {a}", "حتى نهاية عام {b}"), ("منذ {a}", "حتى {b}")]):
    a = rng.randrange(1990, 2015)
    b = a + rng.randrange(2, 9)
    first = a_words.format(a=a)
    surface = f"{first} {to_words.format(b=b)}"
    shown = surface if not surface.startswith("منذ") else surface[4:]
    out.append(case(f"بلغت إيرادات الصندوق {surface} أكثر من 12 مليار ريال.", "ar", None,
                    [want(shown, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))
for a, b in [(1398, 1402), (1395, 1399)]:
    surface = f"از {fa(a)} تا پایان سال {fa(b)}"
    out.append(case(f"این طرح {surface} اجرا شد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(a, 1, 1).isoformat()}/{jalali_month(b, 12)[1].isoformat()}", "year",
                          ["calendar_guessed"])]))

# The Nth month of a year.
AR_ORD_M = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
            "الحادي عشر", "الثاني عشر"]
FA_ORD_M = ["اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"]
for m in range(1, 13):
    y = rng.randrange(2005, 2026)
    surface = f"الشهر {AR_ORD_M[m - 1]} من {y}"
    out.append(case(f"ارتفعت الأسعار خلال {surface} بنسبة طفيفة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m:02d}", "month")]))
    jy = rng.randrange(1390, 1405)
    # ماه هفتم for odd months, هشتمین ماه for even ones.
    words = f"ماه {FA_ORD_M[m - 1]}" if m % 2 else f"{FA_ORD_M[m - 1]}ین ماه"
    first, last = jalali_month(jy, m)
    surface = f"{words} سال {fa(jy)}"
    out.append(case(f"تورم در {surface} کاهش یافت.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["calendar_guessed"])]))
first, last = jalali_month(1404, 11)
out.append(case("نرخ تورم در یازدهمین ماه سال جاری اعلام شد.", "fa", "2026-01-25",
                [want("یازدهمین ماه سال جاری", "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["year_inferred"])]))
out.append(case("ارتفعت الأسعار في الشهر الثاني عشر من العام الجاري.", "ar", "2026-01-25",
                [want("الشهر الثاني عشر من العام الجاري", "gregorian", "2026-12", "month", ["year_inferred"])]))
out.append(case("تراجع التضخم للشهر السابع على التوالي.", "ar", "2026-01-25", []))
out.append(case("او در ماه هفتم بارداری بود.", "fa", "2026-01-25", []))

# A night named with its weekday and date.
for n in range(6):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 28))
    month = ["جويلية", "شتنبر", "ديسمبر", "نونبر", "أغسطس", "يونيو"][n]
    month = {1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل", 5: "مايو", 6: "يونيو", 7: "يوليوز", 8: "غشت", 9: "شتنبر",
             10: "أكتوبر", 11: "نونبر", 12: "دجنبر"}[day.month] if n % 2 else AR_GREG[day.month - 1]
    w1 = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][day.weekday()]
    if n < 3:
        surface = f"{w1} {day.day} {month} {day.year}"
        out.append(case(f"اندلع الحريق ليلة {surface} في الغابة.", "ar", None,
                        [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Casablanca"))
    else:
        nxt = day + DAY
        w2 = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][nxt.weekday()]
        surface = f"{w1} {day.day} إلى {w2} {nxt.day} {month} {day.year}"
        out.append(case(f"تنظم الحملة ليلة {surface} بالشاطئ.", "ar", None,
                        [want(surface, "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")], tz="Africa/Algiers"))

# Years of three digits to a later year with its era.
for n in range(6):
    a = rng.randrange(600, 990)
    b = a + rng.randrange(50, 600)
    if n % 2 == 0:
        surface = f"سال {fa(a)} تا {fa(b)} میلادی"
        text, lang = f"این بنا در فاصله {surface} ساخته شد.", "fa"
    else:
        surface = f"سنة {a} إلى {b} م"
        text, lang = f"حكمت الأسرة من {surface} في المنطقة.", "ar"
    out.append(case(text, lang, None, [want(surface, "gregorian", f"{a:04d}-01-01/{b:04d}-12-31", "year")]))

# The eve of a Gregorian holiday, no reference.
for words, value in [("عشية عيد الميلاد", "XXXX-12-24"), ("ليلة عيد الميلاد", "XXXX-12-24"),
                     ("عشية رأس السنة الميلادية", "XXXX-12-31")]:
    out.append(case(f"تقام السحوبات {words} في الساحة العامة.", "ar", None,
                    [want(words, "gregorian", value, "day", ["unresolved"])], tz="Asia/Beirut"))

# A Gregorian month and two digits no day can be.
for n in range(8):
    yy, m = rng.randrange(50, 100), rng.randrange(1, 13)
    month = AR_GREG[m - 1]
    surface = f"{month} {yy}" if n % 2 == 0 else f"{month} {str(yy).translate(AR_DIGITS)}"
    text = [f"منذ نكسة {surface} والاحتلال مستمر.", f"في {surface} انتصر الجيش.", f"علمت بانتفاضة {surface} وأنا في المدرسة.",
            f"كانت أزمة {surface}، كما يذكرها الجميع."][n % 4]
    out.append(case(text, "ar", "2024-05-01", [want(surface, "gregorian", f"19{yy}-{m:02d}", "month")]))
for text in ("ارتفع خام تكساس تسليم نوفمبر 81 سنتاً إلى 70 دولارا.", "بلغ عدد زوار شهر تموز 58 ألفا و449 زائرا.",
             "ارتفعت النسبة في مارس 45% عن العام الماضي.", "شارك في الاحتفال بثورة يوليو 52 آلاف المواطنين."):
    out.append(case(text, "ar", None, []))

# A count after "this year".
out.append(case("بلغ عدد العائلات المستهدفة بقفة رمضان لهذا العام 3000 متوزعة على الولايات.", "ar", "2012-08-22",
                [want("رمضان لهذا العام", "hijri", f"{UQ[(1433, 9)].isoformat()}/{(UQ[(1433, 10)] - DAY).isoformat()}", "month",
                      ["year_inferred"])], tz="Africa/Tunis"))
out.append(case("وتشمل حصة ليبيا من الحجاج لهذا العام 7800 حاج.", "ar", "2024-05-22",
                [want("لهذا العام", "relative", "2024", "year")], tz="Africa/Tripoli"))
out.append(case("بدأ صيام رمضان لهذا العام 2012 في تونس.", "ar", "2012-08-22",
                [want("رمضان لهذا العام 2012", "hijri", f"{UQ[(1433, 9)].isoformat()}/{(UQ[(1433, 10)] - DAY).isoformat()}", "month")],
                tz="Africa/Tunis"))

# August spelt with ی.
for words in ("آگیست", "اگیست"):
    day = dt.date(rng.randrange(2015, 2026), 8, rng.randrange(1, 32))
    out.append(case(f"طالبان در {day.day} {words} {day.year} وارد کابل شدند.", "fa", None,
                    [want(f"{day.day} {words} {day.year}", "gregorian", day.isoformat(), "day")], tz="Asia/Kabul"))
out.append(case("در ماه آگیست 2021 پروازها متوقف شد.", "fa", None, [want("ماه آگیست 2021", "gregorian", "2021-08", "month")],
                tz="Asia/Kabul"))

# Lunch, not tomorrow.
for text in ("أقام السفير وليمة غداء تكريمية للوفد.", "عقد الطرفان غداء عمل في الفندق.", "تناول الوزير الغداءَ مع العمال."):
    out.append(case(text, "ar", "2026-01-13", []))

# Not a month's days: of a tournament, a holiday, a week; no first or last.
for text, lang in [("تأهل الفريق بعد الأيام الثلاثة الأولى من البطولة.", "ar"),
                   ("في آخر أسبوعين لم يخسر الفريق أي مباراة.", "ar"),
                   ("سه روز اول عید ادارات تعطیل است.", "fa"),
                   ("دو هفته آخر مسابقات حساس است.", "fa")]:
    out.append(case(text, lang, None, []))

emit("forms of the three-hundred-and-seventeenth real-text sets: generated by "
     "tools/gen/cases_three_hundred_seventeenth_sets.py (oracles: datetime, convertdate, Umm al-Qura table)", out)
