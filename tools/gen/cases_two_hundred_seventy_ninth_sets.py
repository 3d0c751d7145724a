#!/usr/bin/python3
"""Writes tests/extract/cases/two_hundred_seventy_ninth_sets.jsonl: forms met
in the two-hundred-and-seventy-ninth real-text sets and after, generated
across their families.

- A year of the first Islamic centuries with its era and, in brackets or
  after a slash, the same year in the other calendar with its era (تأسس في
  698م (79هـ), عام 145هـ (762م), سنة 79 هـ / 698 م, در سال ۷۹ هجری (۶۹۸
  میلادی)): one year written twice, the Gregorian one, as four-digit pairs
  are. Not two years that are not twins (عام 145هـ (800م)).
- Two or three digits after في or در with the Hijri era's mark or an era's
  word (توفي في 79هـ, در ۷۹ هجری قمری, في 450 ميلادية): that year. Not the
  letter م alone (في 200م is a distance) nor ق.م (before Christ).
- A stop after the day, as European pages write it, with the month's year
  after (10. نوفمبر 2019, ۲۷.مارس ۲۰۲۴, 1. اکتبر.2017, a stop glued between
  month and year too): that day. Not a numbered list of months with no year
  (۱. فروردین: ۳۱ روز).
- Persian در written onto the word for a month, century or decade
  (درماه مهر, درقرن بیستم, دردهه ۶۰ خورشیدی), as onto سال and روز.
- The first or last N months of a year with the plural and its article before
  the number with its own (الأشهر الـ10 الأولى من سنة 2018, الشهور الـ3
  الأخيرة من 2018), or the article on the number (الـ10 أشهر الأولى من
  2018): those months, the article inside; Persian's one month's first
  (یک ماهه نخست سال ۱۴۰۲): the year's first month.

Years come from the text itself, Hijri years' first days from convertdate's
arithmetic Islamic calendar (Iran's reading a day later before its table);
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_two_hundred_seventy_ninth_sets.py >
tests/extract/cases/two_hundred_seventy_ninth_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import AR_DIGITS, AR_GREG, FA_DIGITS, FA_JALALI, case, emit, fa, jalali_month, jalali_year, want

rng = random.Random(279)
out = []


def hijri_year(y, days_later=0):
    """The Gregorian span of Hijri year y, arithmetic calendar (convertdate)."""
    a = dt.date(*islamic.to_gregorian(y, 1, 1)) + dt.timedelta(days=days_later)
    b = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) + dt.timedelta(days=days_later - 1)
    return f"{a.isoformat()}/{b.isoformat()}"


def greg_of(h):
    """A Gregorian year a Hijri year overlaps: the one its 1 Muharram falls in."""
    return islamic.to_gregorian(h, 1, 1)[0]


# A year of the first centuries and its twin.
hijri_years = rng.sample(range(20, 999), 14)
for n, h in enumerate(hijri_years):
    g = greg_of(h)
    digits = [None, AR_DIGITS][n % 2]
    hs, gs = str(h), str(g)
    if digits:
        hs, gs = hs.translate(digits), gs.translate(digits)
    forms = [(f"تأسس المسجد في {gs}م ({hs}هـ) بأمر من الوالي.", f"في {gs}م ({hs}هـ)"),
             (f"شهد عام {hs}هـ ({gs}م) فتح المدينة.", f"عام {hs}هـ ({gs}م)"),
             (f"توفي الفقيه سنة {hs} هـ / {gs} م في دمشق.", f"سنة {hs} هـ / {gs} م"),
             (f"بني القصر في {hs}هـ ({gs}م)، ثم وسع.", f"في {hs}هـ ({gs}م)")]
    text, surface = forms[n % len(forms)]
    out.append(case(text, "ar", None, [want(surface, "gregorian", f"{g:04d}", "year")]))
for h in rng.sample(range(20, 999), 4):
    g = greg_of(h)
    hs, gs = str(h).translate(FA_DIGITS), str(g).translate(FA_DIGITS)
    out.append(case(f"این بنا در سال {hs} هجری ({gs} میلادی) ساخته شد.", "fa", None,
                    [want(f"در سال {hs} هجری ({gs} میلادی)", "gregorian", f"{g:04d}", "year")]))
# Not twins: the years are centuries apart.
out.append(case("شهد عام 145هـ (800م) أحداثا كثيرة.", "ar", None,
                [want("عام 145هـ", "hijri", hijri_year(145), "year", ["approximate"])]))

# Two or three digits after في or در with an era.
for h in rng.sample(range(20, 999), 6):
    for text, surface, lang, later in [(f"توفي الإمام في {h}هـ بمكة.", f"في {h}هـ", "ar", 0),
                                       (f"وفي {str(h).translate(AR_DIGITS)} هجرية انتقل إلى بغداد.",
                                        f"في {str(h).translate(AR_DIGITS)} هجرية", "ar", 0),
                                       (f"این بنا در {str(h).translate(FA_DIGITS)} هجری قمری ساخته شد.",
                                        f"در {str(h).translate(FA_DIGITS)} هجری قمری", "fa", 1)]:
        out.append(case(text, lang, None, [want(surface, "hijri", hijri_year(h, later), "year", ["approximate"])]))
for g in rng.sample(range(100, 999), 3):
    out.append(case(f"وصل الرحالة إلى المدينة في {g} ميلادية.", "ar", None,
                    [want(f"في {g} ميلادية", "gregorian", f"{g:04d}", "year")]))
# Not a distance, nor a year before Christ.
out.append(case("فاز العداء بالذهبية في 200م حواجز.", "ar", None, []))
out.append(case("سقطت المدينة في 50 ق.م بيد الرومان.", "ar", None, []))
out.append(case("این شهر در ۵۰ ق.م ویران شد.", "fa", None, []))

# A stop after the day, the year after the month.
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
for n in range(8):
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))
    if n % 2 == 0:
        ds, ys = str(day.day), str(day.year)
        if n % 4 == 2:
            ds, ys = ds.translate(AR_DIGITS), ys.translate(AR_DIGITS)
        surface = f"{ds}. {AR_GREG[day.month - 1]} {ys}"
        out.append(case(f"نشر في {surface} - مقال", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
    else:
        surface = (f"{fa(day.day)}.{FA_GREG[day.month - 1]} {fa(day.year)}" if n % 4 == 1
                   else f"{day.day}. {FA_GREG[day.month - 1]}.{day.year}")
        out.append(case(f"تاریخ: {surface}\nخبر", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")]))
out.append(case("ماه‌های سال:\n۱. فروردین: ۳۱ روز\n۲. اردیبهشت: ۳۱ روز", "fa", None, []))

# در written onto the word for a month, century or decade.
ref = dt.date(2020, 11, 9)
for jm in rng.sample(range(1, 13), 3):
    # The year that puts the month's 15th nearest the reference.
    a, b = min((jalali_month(jy, jm) for jy in (1398, 1399, 1400)),
               key=lambda ab: abs((ab[0] + dt.timedelta(days=14) - ref).days))
    out.append(case(f"قیمت ها درماه {FA_JALALI[jm - 1]} افزایش یافت.", "fa", ref.isoformat(),
                    [want(f"ماه {FA_JALALI[jm - 1]}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month", ["year_inferred"])]))
out.append(case("سینما نمادی از تجدد درقرن بیستم درکابل است.", "fa", ref.isoformat(),
                [want("قرن بیستم", "gregorian", "1900-01-01/1999-12-31", "year")]))
out.append(case("این ترانه دردهه ۶۰ خورشیدی ساخته شد.", "fa", ref.isoformat(),
                [want("دهه ۶۰ خورشیدی", "jalali", f"{jalali_year(1360).split('/')[0]}/{jalali_year(1369).split('/')[1]}", "year")]))
out.append(case("این درمانگاه ۱۵ تخت دارد.", "fa", ref.isoformat(), []))

# The first or last N months of a year.
for n in rng.sample(range(2, 12), 4):
    y = rng.randrange(2005, 2025)
    last_day = (dt.date(y, n + 1, 1) - dt.timedelta(days=1)) if n < 12 else dt.date(y, 12, 31)
    for text, surface, first, end in [
            (f"ارتفع العدد خلال الأشهر الـ{n} الأولى من سنة {y} بشكل ملحوظ.", f"الأشهر الـ{n} الأولى من سنة {y}",
             dt.date(y, 1, 1), last_day),
            (f"تراجعت المبيعات خلال الشهور الـ{n} الأخيرة من {y}.", f"الشهور الـ{n} الأخيرة من {y}",
             dt.date(y, 13 - n, 1), dt.date(y, 12, 31)),
            (f"سجلت خلال الـ{n} أشهر الأولى من {y} زيادة.", f"الـ{n} أشهر الأولى من {y}", dt.date(y, 1, 1), last_day)]:
        out.append(case(text, "ar", None, [want(surface, "gregorian", f"{first.isoformat()}/{end.isoformat()}", "month")]))
for jy in rng.sample(range(1390, 1404), 2):
    a, b = jalali_month(jy, 1)
    out.append(case(f"صادرات در یک ماهه نخست سال {fa(jy)} رشد کرد.", "fa", None,
                    [want(f"یک ماهه نخست سال {fa(jy)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month",
                          ["calendar_guessed"])]))
out.append(case("ستبقى الأشهر الـ10 المقبلة صعبة.", "ar", None, []))

emit("forms of the two-hundred-and-seventy-ninth real-text sets: generated by "
     "tools/gen/cases_two_hundred_seventy_ninth_sets.py (oracles: datetime, convertdate)", out)
