#!/usr/bin/python3
"""Writes tests/extract/cases/three_hundred_first_sets.jsonl: forms met in the
three-hundred-and-first real-text sets and after, generated across their
families.

- The Lebanese press's short names of the four Syriac months, a letter and
  the month's order glued (ت1 تشرين الأول, ت2 تشرين الثاني, ك1 كانون الأول,
  ك2 كانون الثاني), in either digit script, with a day and year, a weekday,
  the Gregorian name after a slash, or a relative word (15 ت1 2023, الخميس 3
  ت2 2022, من 1 ت1/ أكتوبر حتى الثامن منه, ت1 المقبل): that day or month, as
  for the full names. Not the letter and a digit as a label (الطابق ت2,
  مجموعة ك2), nor with more digits (ت12).
- A tenth of a Solar Hijri year (ده روز نخست سال ۱۴۰۱, ده روز اول, ده روز
  ابتدایی, دهه اول; ده روز پایانی, ده روز آخر, دهه آخر سال ۹۹; ده روز آخر سال
  گذشته): days 1 to 10 of Farvardin, or 21 Esfand to the year's last day.
  Not before the plural years (دهه اول سال‌های ۱۳۶۰ is no year's tenth), nor
  a tenth of something else (دهه اول انقلاب).
- A third of a year in Arabic (الثلث الأول من 2024, الثلث الأوسط من عام
  2022, الثلث الأخير من العام الجاري): its four months, as a third of a month
  (الثلث الأخير من رمضان) is ten days.
- A week of a month with a qualifier (الأسبوع الأول من ديسمبر الحالي,
  الأسبوع الأخير من نوفمبر الماضي, الأسبوع الثاني من مارس المقبل): that
  week of the month the qualifier names, as for the month alone; without a
  reference a Gregorian month's week keeps its days (XXXX-12-01/XXXX-12-07),
  but February's last (its length the year decides). The word for week with
  ب or ل and its article (بالأسبوع الأول من ديسمبر 2024, للأسبوع الأخير من
  رمضان), or Persian در glued on (درهفته اول آذر ۱۴۰۲).
- A year after the word for founded (کتابخانه ملی تبریز، تأسیس ۱۳۱۴, تاسیس
  1998 میلادی, منذ تأسيس 1932): that year, as after born. A day after the
  word for a complex (مجتمع ۲۷ خرداد, مجمع 6 أكتوبر) names the complex; not
  after an Arabic page's section (مجتمع 24-02-2025 | 10:46: society).
- A Solar Hijri year and the Gregorian year its Farvardin falls in, in
  brackets or after مطابق با (سال ۱۳۱۱ خورشیدی (۱۹۳۲ میلادی), در سال ۱۳۹۸
  (۲۰۱۹ میلادی), سال ۱۲۹۸ هجری (۱۹۱۹ میلادی): هجری alone, which that twin
  shows solar; در سال ۲۰۱۴ میلادی (۱۳۹۳ خورشیدی)): one year written twice,
  the one written first. Not two years joined by و, nor a twin a year off
  (سال ۱۳۹۸ (۲۰۲۰ میلادی)), nor ranges of years (۱۲۹۹- ۱۳۰۰ (۱۹۲۰-۱۹۲۱)).
- A stamp's clock after a two-digit Solar Hijri year (سه شنبه ۰۶ خرداد ۰۴
  ۲۲:۳۰): that day at that time; ۰۰ is 1400 (شنبه ۲۳ مرداد ۰۰ ۱۹:۴۴, مرداد
  ۰۰).
- Four digits alone in brackets after a word (بالجزائر (2015)، وفاز,
  کلاه قرمزی و پسرخاله (۱۳۷۳) - کارگردان): that year, Gregorian, or in
  Persian a Solar Hijri year of the last century. Not counts (ما بين (2000)
  و(3000) أجنبي, محلية أبوحجار (1300) قطعة, (2000) طالب), nor after a month
  (يوليو (2005) is its year, read with it). The year word and the word new
  before them (للعام الجديد (2015), اولین روز سال جدید (۱۳۹۵)): that year
  with the words, as بهار سال (1393).
- Rabi II as the Gulf writes it without the article (1 ربيع آخر 1447 هـ), as
  ربيع ثاني; a list of years after the plural year word with its article
  (الأعوام 2024 و2025 و2026, خلال السنوات 2010 و2012): each year; but two
  years in a row after الأعوام (للأعوام 2023 و2024, لأعوام 2001 و2002): the
  span of both, as after the dual (لعامي 2020 و2021). Three years or more
  alone in brackets with dashes or commas (خلال الفترة (2015 - 2016 - 2017 -
  2018)): each year; not with a number that is no likely year among them.
- Not dates: a date inside a link (https://…/افزایش-قیمت-نان-20-شهریور-ماه),
  today joined to a site's name by an underscore (تاربة_اليوم), the daily
  Al-Ghad (يومية الغد), a clip's length in English minutes ([ 4:32 mins ]),
  a rate per day after a unit or once or twice (ساعتين في اليوم, مرتين في
  اليوم), most or all of a day (خلال معظم اليوم, على امتداد كامل اليوم).
- A numeric date with both numbers under 13 whose month-first reading is the
  page's day (7/9/2015 on a page of 9 July 2015): that day, the page's stamp
  in the US order; with another reference, day first as ever.
- The year, then "precisely" a day and month without their own (عام 1921،
  تحديدا 17 يوليوز, سنة 1956 وبالتحديد في 26 يوليو, سال ۱۳۵۷، دقیقاً ۲۲ بهمن):
  that day of the year.
- The new year's moment: minutes and seconds after midnight with no hour
  (ساعت 54 دقیقه و 28 ثانیه بامداد روز سه شنبه 1 فروردین 1402): that moment.
- Iran's National Space Technology Day (روز ملی فناوری فضایی سال ۱۳۹۶): 14
  Bahman of that year. Algeria's جولية (July without its first ي) and Dari's
  نوومبر; a Solar Hijri month and the Gregorian month it shares most days
  with, after a slash (قوس 1391 / نوومبر 2012): one month, the first written;
  in brackets two (مرداد ۱۴۰۲ (اوت ۲۰۲۳)), as the sets write them.
- An aside closed by an underscore after the year (امروز _ دوشنبه ۲۸ تیرماه
  ۱۴۰۰_ خبری): the date still; not a code (۱۴۰۰_۲۳).
- A Solar Hijri year said in two pairs after a day and month or the year
  word (هفت ثور سیزده پنجاه وهفت, سوم حوت سال سیزده پنجاه و هشت هجری خورشیدی,
  ۲۲ بهمن سیزده پنجاه و هفت): 1357, 1358. Not a count (سیزده پنجاه و هفت نفر).
- Morocco's ستنبر (September with س, فاتح ستنبر 2024); Persian دههی (the
  decade word with its ezafe, its ZWNJ lost: اوایل دههی پنجاه); a Solar
  Hijri year and its Gregorian twin after a slash (برنامه نوروزی ۱۳۹۸/۲۰۱۹,
  سال ۱۳۹۸/۲۰۱۹): one year; a Hijri year and the Gregorian one it overlaps
  after a dash with no era of its own (عام 1445 هـ - 2024): the Gregorian.
- English days on Persian and Arabic pages joined by and, to, from … to or
  between … and, with or without ordinal suffixes, day or month first (21st
  and 22nd March 2024, from 3 to 5 May 2023, between 3 and 5 May 2023,
  March 21 and 22, 2024): the days from the first to the second, as 21 و22
  مارس is read. Not counts (scored 3 and 5 points in May 2023, won 2 to 1
  on 5 May 2023).

Days come from datetime, Solar Hijri days from convertdate (years 1390-1405,
where its arithmetic agrees with the Calendar Center's table); nothing here
is read from taqvim. Run from the project root:
tools/gen/cases_three_hundred_first_sets.py >
tests/extract/cases/three_hundred_first_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, FA_DIGITS, FA_JALALI, case, clock_value, emit, fa, jalali_month, jdate,
                       offset, umm_al_qura, want)

rng = random.Random(301)
out = []

AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Monday first, as weekday()
SHORT = {10: "ت1", 11: "ت2", 12: "ك1", 1: "ك2"}

# The short names with a day and year, in both digit scripts, with and without a weekday.
for n in range(12):
    month = [10, 11, 12, 1][n % 4]
    day = dt.date(rng.randrange(2005, 2026), month, rng.randrange(1, 29))
    short, ds, ys = SHORT[month], str(day.day), str(day.year)
    if n % 3 == 1:
        short, ds, ys = short.translate(AR_DIGITS), ds.translate(AR_DIGITS), ys.translate(AR_DIGITS)
    if n % 2 == 0:
        surface = f"{ds} {short} {ys}"
        text = f"بيروت في {surface} - أعلن وزير الاقتصاد خطة جديدة."
    else:
        surface = f"{AR_WEEKDAYS[day.weekday()]} {ds} {short} {ys}"
        text = f"صدر العدد {surface} وفيه ملف خاص."
    out.append(case(text, "ar", None, [want(surface, "gregorian", day.isoformat(), "day")], tz="Asia/Beirut"))

# With the Gregorian name after a slash.
for month in (10, 11, 12, 1):
    day = dt.date(rng.randrange(2010, 2026), month, rng.randrange(1, 29))
    surface = f"{day.day} {SHORT[month]}/ {AR_GREG[month - 1]} {day.year}"
    out.append(case(f"يقام المهرجان في {surface} على مسرح المدينة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Asia/Beirut"))

# Year-less, against a reference: the year that puts the day nearest it.
ref = dt.date(2024, 5, 1)
for month in (10, 1, 12, 11):
    d = rng.randrange(1, 29)
    day = min((dt.date(y, month, d) for y in (2023, 2024, 2025)), key=lambda x: abs((x - ref).days))
    surface = f"{day.day} {SHORT[month]}"
    out.append(case(f"الجلسة المقبلة في {surface} بحسب رئيس المجلس.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])], tz="Asia/Beirut"))
out.append(case("الاجتماع الدوري في ت1 المقبل.", "ar", ref.isoformat(),
                [want("ت1 المقبل", "gregorian", "2024-10", "month", ["year_inferred"])], tz="Asia/Beirut"))
out.append(case("اعتبارا من ك2 2025 ترتفع الرسوم.", "ar", None,
                [want("ك2 2025", "gregorian", "2025-01", "month")], tz="Asia/Beirut"))
# Labels, not months.
for text in ("انتقل الطلاب من الطابق ت2 إلى الطابق الأول.", "تضم مجموعة ك2 من الطلاب عشرة أسماء.",
             "وصلت الشحنة رقم ت12 إلى المرفأ."):
    out.append(case(text, "ar", ref.isoformat(), [], tz="Asia/Beirut"))

# A tenth of a Solar Hijri year.
FIRST = ["ده روز نخست", "ده روز اول", "ده روز ابتدایی", "دهه اول"]
LAST = ["ده روز پایانی", "ده روز آخر", "دهه آخر"]
for n, jy in enumerate(rng.sample(range(1390, 1405), 7)):
    ys = fa(jy) if n % 2 == 0 else str(jy)
    words = FIRST[n % len(FIRST)]
    a, b = jdate(jy, 1, 1), jdate(jy, 1, 10)
    out.append(case(f"مسافران نوروزی در {words} سال {ys} به شهر آمدند.", "fa", None,
                    [want(f"{words} سال {ys}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day",
                          ["calendar_guessed"])]))
    words = LAST[n % len(LAST)]
    a, b = jdate(jy, 12, 21), jalali_month(jy, 12)[1]
    out.append(case(f"بازار در {words} سال {ys} شلوغ بود.", "fa", None,
                    [want(f"{words} سال {ys}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day",
                          ["calendar_guessed"])]))
# Two digits after the year word, and a year named from the reference (1403 holds 2024-05-01: the last is 1402's).
a, b = jdate(1399, 12, 21), jalali_month(1399, 12)[1]
out.append(case("فروش در ده روز پایانی سال ۹۹ رکورد زد.", "fa", None,
                [want("ده روز پایانی سال ۹۹", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day", ["calendar_guessed"])]))
a, b = jdate(1402, 12, 21), jalali_month(1402, 12)[1]
out.append(case("خرید در ده روز آخر سال گذشته بالا رفت.", "fa", ref.isoformat(),
                [want("ده روز آخر سال گذشته", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day", ["year_inferred"])]))
out.append(case("در دهه اول انقلاب این طرح آغاز شد.", "fa", None, []))

# A third of a year.
THIRDS = [("الثلث الأول", 1), ("الثلث الثاني", 5), ("الثلث الأوسط", 5), ("الثلث الأخير", 9)]
for n, (words, first_month) in enumerate(THIRDS * 2):
    y = rng.randrange(2005, 2026)
    ys = str(y) if n < 4 else str(y).translate(AR_DIGITS)
    year = [f"{ys}", f"عام {ys}"][n % 2]
    a = dt.date(y, first_month, 1)
    b = (dt.date(y + 1, 1, 1) if first_month == 9 else dt.date(y, first_month + 4, 1)) - dt.timedelta(days=1)
    out.append(case(f"ارتفعت المبيعات خلال {words} من {year} بنسبة كبيرة.", "ar", None,
                    [want(f"{words} من {year}", "gregorian", f"{a.isoformat()}/{b.isoformat()}", "month")]))
out.append(case("تراجع الإنتاج في الثلث الأخير من العام الجاري.", "ar", "2024-05-01",
                [want("الثلث الأخير من العام الجاري", "gregorian", "2024-09-01/2024-12-31", "month", ["year_inferred"])]))

# A week of a month with a qualifier, against a reference (2024-05-01).
import calendar
AR_ORD = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", -1: "الأخير"}
QUAL = {"الحالي": 0, "الجاري": 0, "المقبل": 1, "القادم": 1, "الماضي": -1, "المنصرم": -1}


def qualified_year(month, q):
    """The year of the month a qualifier names, said on 1 May 2024 (docs/extraction.md, Missing year)."""
    if q == 0:
        return 2024
    if q > 0:
        return 2024 if month > 5 else 2025
    return 2024 if month < 5 else 2023


def week_days(y, month, nth):
    if nth > 0:
        return dt.date(y, month, 7 * nth - 6), dt.date(y, month, 7 * nth)
    last = calendar.monthrange(y, month)[1]
    return dt.date(y, month, last - 6), dt.date(y, month, last)


for n in range(8):
    month, nth, qual = rng.randrange(1, 13), [1, 2, 3, 4, -1][n % 5], list(QUAL)[n % len(QUAL)]
    if month == 5:
        month = 6
    y = qualified_year(month, QUAL[qual])
    a, b = week_days(y, month, nth)
    surface = f"الأسبوع {AR_ORD[nth]} من {AR_GREG[month - 1]} {qual}"
    out.append(case(f"يفتتح المعرض في {surface} بحضور الوزير.", "ar", "2024-05-01",
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "week", ["year_inferred"])]))
for month, nth in ((12, 1), (11, -1), (7, 2)):
    a, b = week_days(2001, month, nth)
    surface = f"الأسبوع {AR_ORD[nth]} من {AR_GREG[month - 1]}"
    out.append(case(f"يفتتح السوق في {surface} حسب الوزارة.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{a.month:02d}-{a.day:02d}/XXXX-{b.month:02d}-{b.day:02d}", "week",
                          ["unresolved"])]))
out.append(case("يفتتح السوق في الأسبوع الأخير من فبراير حسب الوزارة.", "ar", None, []))
for y in rng.sample(range(2010, 2026), 2):
    out.append(case(f"حدد موعد الافتتاح بالأسبوع الأول من ديسمبر {y} في العاصمة.", "ar", None,
                    [want(f"الأسبوع الأول من ديسمبر {y}", "gregorian", f"{y}-12-01/{y}-12-07", "week")]))
    out.append(case(f"ارتفعت الأسعار بالأسبوع الأخير من مارس {y}.", "ar", None,
                    [want(f"الأسبوع الأخير من مارس {y}", "gregorian", f"{y}-03-25/{y}-03-31", "week")]))
for jy in rng.sample(range(1395, 1405), 2):
    a, b = jdate(jy, 9, 1), jdate(jy, 9, 7)
    out.append(case(f"این نمایشگاه درهفته اول آذر {fa(jy)} برپا شد.", "fa", None,
                    [want(f"هفته اول آذر {fa(jy)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "week")]))

# Founded in a year; a complex named by a day.
for n, jy in enumerate(rng.sample(range(1300, 1404), 4)):
    ys = fa(jy) if n % 2 == 0 else str(jy)
    a = jdate(jy, 1, 1)
    b = jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"- کتابخانه عمومی شهر، تأسیس {ys}\n- موزه شهر", "fa", None,
                    [want(ys, "jalali", f"{a.isoformat()}/{b.isoformat()}", "year", ["calendar_guessed"])]))
for y in rng.sample(range(1900, 2020), 2):
    out.append(case(f"منذ تأسيس {y} والمكتبة تستقبل القراء.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("این جشنواره در مجتمع ۲۷ خرداد سازمان جهاد کشاورزی برگزار می‌شود.", "fa", "2025-12-18", []))
out.append(case("مجتمع 24-02-2025 | 10:46\nالمفتي يدعو إلى التماس الهلال", "ar", None,
                [want("24-02-2025 | 10:46", "gregorian", clock_value(dt.date(2025, 2, 24), 10, 46, "Asia/Beirut"), "minute")],
                tz="Asia/Beirut"))
out.append(case("افتتح الوزير المبنى الجديد في مجمع 6 أكتوبر الطبي.", "ar", "2025-12-18", []))

# A Solar Hijri year and its Gregorian twin.
for n, jy in enumerate(rng.sample(range(1300, 1404), 6)):
    g = jdate(jy, 1, 1).year
    a, b = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    era, flags = [("خورشیدی ", []), ("", ["calendar_guessed"]), ("هجری شمسی ", [])][n % 3]
    surface = f"سال {fa(jy)} {era}({fa(g)} میلادی)" if n % 2 == 0 else f"سال {fa(jy)} {era}مطابق با {fa(g)} میلادی"
    out.append(case(f"این ساختمان در {surface} ساخته شد.", "fa", None,
                    [want(f"در {surface}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year", flags)]))
for jy in rng.sample(range(1200, 1300), 2):
    g = jdate(jy, 1, 1).year
    a, b = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    surface = f"سال {fa(jy)} هجری ({fa(g)} میلادی)"
    out.append(case(f"این قلعه در {surface} بنا شد.", "fa", None,
                    [want(f"در {surface}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year")]))
for g in rng.sample(range(1950, 2024), 2):
    out.append(case(f"این سد در سال {fa(g)} میلادی ({fa(g - 621)} خورشیدی) ساخته شد.", "fa", None,
                    [want(f"در سال {fa(g)} میلادی ({fa(g - 621)} خورشیدی)", "gregorian", str(g), "year")]))
out.append(case("ریاست یکی از شعب وزارت: ۱۲۹۹- ۱۳۰۰ (۱۹۲۰-۱۹۲۱)", "fa", None,
                [want("۱۲۹۹- ۱۳۰۰", "jalali", f"{jdate(1299, 1, 1).isoformat()}/{(jdate(1301, 1, 1) - dt.timedelta(days=1)).isoformat()}",
                      "year", ["calendar_guessed"]),
                 want("۱۹۲۰-۱۹۲۱", "gregorian", "1920-01-01/1921-12-31", "year")]))
a, b = jdate(1398, 1, 1), jdate(1399, 1, 1) - dt.timedelta(days=1)
out.append(case("آمار سال ۱۳۹۸ و ۲۰۱۹ مقایسه شد.", "fa", None,
                [want("سال ۱۳۹۸", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year", ["calendar_guessed"]),
                 want("۲۰۱۹", "gregorian", "2019", "year")]))
out.append(case("این گزارش سال ۱۳۹۸ (۲۰۲۰ میلادی) را بررسی می‌کند.", "fa", None,
                [want("سال ۱۳۹۸", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year", ["calendar_guessed"]),
                 want("۲۰۲۰ میلادی", "gregorian", "2020", "year")]))

# The year 00 (1400).
a, b = jalali_month(1400, 5)
out.append(case("فروش مرداد ۰۰ بالا رفت.", "fa", None, [want("مرداد ۰۰", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")]))
out.append(case("شنبه ۲۳ مرداد ۰۰ ۱۹:۴۴\nخبر", "fa", None,
                [want("شنبه ۲۳ مرداد ۰۰ ۱۹:۴۴", "jalali", clock_value(jdate(1400, 5, 23), 19, 44, "Asia/Tehran"), "minute")]))

# A stamp's clock after a two-digit year.
FA_WEEKDAYS = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Monday first
for n in range(4):
    jy = rng.randrange(1398, 1405)
    jm, jd = rng.randrange(1, 13), rng.randrange(1, 30)
    day = jdate(jy, jm, jd)
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    surface = f"{FA_WEEKDAYS[day.weekday()]} {fa(jd).zfill(2) if n % 2 else fa(jd)} {FA_JALALI[jm - 1]} {fa(jy % 100).rjust(2, '۰')} {fa(hh).rjust(2, '۰')}:{fa(mm).rjust(2, '۰')}"
    out.append(case(f"{surface} ۱۲ بازديد\nهتل آپارتمان با پارکینگ", "fa", None,
                    [want(surface, "jalali", clock_value(day, hh, mm, "Asia/Tehran"), "minute")]))

# Four digits alone in brackets.
for n, y in enumerate(rng.sample(range(1950, 2026), 4)):
    ys = str(y) if n % 2 == 0 else str(y).translate(AR_DIGITS)
    out.append(case(f"نظمت الطبعة الأولى من الصالون الدولي للكتاب بالجزائر ({ys})، وفاز بها كاتب شاب.", "ar", None,
                    [want(f"({ys})", "gregorian", str(y), "year")]))
for jy in rng.sample(range(1340, 1403), 3):
    a, b = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"۱. کلاه قرمزی و پسرخاله ({fa(jy)}) - کارگردان: ایرج طهماسب", "fa", None,
                    [want(f"({fa(jy)})", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year", ["calendar_guessed"])]))
for y in rng.sample(range(2005, 2026), 2):
    out.append(case(f"تجرى السحوبات على الإصدار الثاني للعام الجديد ({y}) في العاصمة.", "ar", None,
                    [want(f"للعام الجديد ({y})", "gregorian", str(y), "year")]))
for jy in rng.sample(range(1390, 1405), 2):
    out.append(case(f"دومین دیدار در اولین روز سال جدید ({fa(jy)}) برگزار می‌شود.", "fa", None,
                    [want(f"اولین روز سال جدید ({fa(jy)})", "jalali", jdate(jy, 1, 1).isoformat(), "day", ["calendar_guessed"])]))
for text in ("تستقبل هذه المكاتب ما بين (2000) و(3000) أجنبي يوميا.", "وتشمل محلية أبوحجار (1300) قطعة سكنية.",
             "بلغ عدد المسجلين هذا الموسم (2000) طالب وطالبة."):
    out.append(case(text, "ar", None, []))

# Rabi II without the article; lists of years after the plural with its article.
UAQ = umm_al_qura()
for h in rng.sample(range(1440, 1448), 3):
    day = UAQ[(h, 4)]
    out.append(case(f"صدر القرار في 1 ربيع آخر {h} هـ.", "ar", None,
                    [want(f"1 ربيع آخر {h} هـ", "hijri", day.isoformat(), "day")], tz="Asia/Riyadh"))
for word in ("الأعوام", "السنوات"):
    ys = sorted(rng.sample(range(2010, 2027), 3))
    out.append(case(f"ستتواصل الخطة خلال {word} {ys[0]} و{ys[1]} و{ys[2]} حسب الوزارة.", "ar", None,
                    [want(f"{word} {ys[0]}", "gregorian", str(ys[0]), "year"), want(str(ys[1]), "gregorian", str(ys[1]), "year"),
                     want(str(ys[2]), "gregorian", str(ys[2]), "year")]))

for word in ("للأعوام", "لأعوام", "الأعوام"):
    y = rng.randrange(2000, 2025)
    out.append(case(f"فتح باب التقديم للطلاب {word} {y} و{y + 1} حسب الوزارة.", "ar", None,
                    [want(f"{word} {y} و{y + 1}", "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))

for n in range(3):
    y = rng.randrange(1990, 2022)
    ys = [y + k for k in range(3 + n % 2)]
    sep = [" - ", "، ", " – "][n]
    text = f"بعد دورات متتالية خلال الفترة ({sep.join(str(x) for x in ys)}) عاد المهرجان."
    out.append(case(text, "ar", None, [want(str(x), "gregorian", str(x), "year") for x in ys]))
out.append(case("سجلت الأرقام (2015 - 2016 - 2017 - 3000) في الجدول.", "ar", None, []))

# Not dates: links, handles, a daily's name, a clip's length.
out.append(case("خبری استان کرمان 23 شهريور 1400 ساعت 13:15 https://www.armanekerman.ir/news/121387/افزایش-قیمت-نان-20-شهریور-ماه-سال-جاری ---",
                "fa", "2021-09-14",
                [want("23 شهريور 1400 ساعت 13:15", "jalali", clock_value(jdate(1400, 6, 23), 13, 15, "Asia/Tehran"), "minute")]))
out.append(case("تاربة_اليوم / متابعات\nنجحت وحدات خفر السواحل في ضبط سفينتين.", "ar", "2025-11-09", [], tz="Asia/Aden"))
out.append(case("ارتفع سعر الطن وفق ما أوردته يومية الغد.", "ar", "2025-09-02", [], tz="Asia/Amman"))
out.append(case("(rm) صدا | [ 4:32 mins ]\nگفت‌وگو با دو جوان", "fa", "2024-05-11", []))
for text in ("تعمل المحطة ساعتين في اليوم فقط بسبب الأعطال.", "يتناول المريض الدواء مرتين في اليوم.",
             "يتوقع هطول أمطار خلال معظم اليوم على المرتفعات.", "تستمر الرحلات على امتداد كامل اليوم في المطار."):
    out.append(case(text, "ar", "2024-05-01", []))

# A stamp month first, the reference its day.
for n in range(4):
    while True:
        ref = dt.date(rng.randrange(2010, 2026), rng.randrange(1, 13), rng.randrange(1, 13))
        if ref.month != ref.day:
            break
    stamp = f"{ref.month}/{ref.day}/{ref.year}"
    out.append(case(f"مهرجان ليوا للرطب\n  • {stamp}\nتستمر الاستعدادات المكثفة للمهرجان.", "ar", ref.isoformat(),
                    [want(stamp, "gregorian", ref.isoformat(), "day")], tz="Asia/Dubai"))
    other = ref + dt.timedelta(days=40)
    out.append(case(f"مهرجان ليوا للرطب\n  • {stamp}\nتستمر الاستعدادات المكثفة للمهرجان.", "ar", other.isoformat(),
                    [want(stamp, "gregorian", dt.date(ref.year, ref.day, ref.month).isoformat(), "day")], tz="Asia/Dubai"))

# The year, then precisely a day.
for n in range(4):
    day = dt.date(rng.randrange(1920, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
    word = ["تحديدا", "وتحديداً", "وبالتحديد في", "بالتحديد يوم"][n]
    out.append(case(f"وقعت الحادثة عام {day.year}، {word} {day.day} {AR_GREG[day.month - 1]}، في العاصمة.", "ar", None,
                    [want(f"عام {day.year}، {word} {day.day} {AR_GREG[day.month - 1]}", "gregorian", day.isoformat(), "day")]))
for jy in rng.sample(range(1340, 1400), 2):
    jm, jd = rng.randrange(1, 13), rng.randrange(1, 30)
    out.append(case(f"این رویداد در سال {fa(jy)}، دقیقاً {fa(jd)} {FA_JALALI[jm - 1]} رخ داد.", "fa", None,
                    [want(f"در سال {fa(jy)}، دقیقاً {fa(jd)} {FA_JALALI[jm - 1]}", "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# The new year's moment after midnight.
for jy in (1402, 1398):
    day = jdate(jy, 1, 1)
    mm, ss = rng.randrange(1, 60), rng.randrange(0, 60)
    wd = FA_WEEKDAYS[day.weekday()]
    surface = f"ساعت {mm} دقیقه و {ss} ثانیه بامداد روز {wd} 1 فروردین {jy} هجری شمسی"
    o = offset(day, 0, mm, "Asia/Tehran")
    out.append(case(f"لحظه تحویل سال {surface} است.", "fa", None,
                    [want(surface, "jalali", f"{day.isoformat()}T00:{mm:02d}:{ss:02d}{o}", "second")]))

# The space technology day; جولية, نوومبر; a month and its twin month.
for jy in rng.sample(range(1388, 1404), 2):
    out.append(case(f"مراسم روز ملی فناوری فضایی سال {fa(jy)} برگزار شد.", "fa", None,
                    [want(f"روز ملی فناوری فضایی سال {fa(jy)}", "jalali", jdate(jy, 11, 14).isoformat(), "day")]))
day = dt.date(rng.randrange(2000, 2025), 7, rng.randrange(1, 29))
out.append(case(f"استشهد في {day.day} جولية {day.year} بالقصف.", "ar", None,
                [want(f"{day.day} جولية {day.year}", "gregorian", day.isoformat(), "day")], tz="Africa/Algiers"))
a, b = jalali_month(1391, 9)
out.append(case("تاریخ انتشار: قوس 1391 / نوومبر 2012", "fa", None,
                [want("قوس 1391 / نوومبر 2012", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")], tz="Asia/Kabul"))
a, b = jalali_month(1402, 5)
out.append(case("گزارش مرداد ۱۴۰۲ (اوت ۲۰۲۳) منتشر شد.", "fa", None,
                [want("مرداد ۱۴۰۲", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month"),
                 want("اوت ۲۰۲۳", "gregorian", "2023-08", "month")]))

# An aside closed by an underscore.
out.append(case("از صبح امروز _ دوشنبه ۲۸ تیرماه ۱۴۰۰_ خبری در رسانه‌ها منتشر شد.", "fa", None,
                [want("امروز _ دوشنبه ۲۸ تیرماه ۱۴۰۰", "jalali", jdate(1400, 4, 28).isoformat(), "day")]))
out.append(case("شماره پرونده ۱۴۰۰_۲۳ ثبت شد.", "fa", None, []))

# A Solar Hijri year said in two pairs.
FA_TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
FA_ONES = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
AF_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
for n in range(4):
    jy = rng.choice([y for y in range(1321, 1400) if y % 10])
    words = f"سیزده {FA_TENS[jy % 100 // 10 * 10]} و {FA_ONES[jy % 10]}"
    jm, jd = rng.randrange(1, 13), rng.randrange(1, 29)
    if n % 2 == 0:
        surface = f"{fa(jd)} {AF_MONTHS[jm - 1]} {words}"
        out.append(case(f"در {surface} این رویداد رخ داد.", "fa", None,
                        [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")], tz="Asia/Kabul"))
    else:
        surface = f"{fa(jd)} {FA_JALALI[jm - 1]} سال {words} هجری خورشیدی"
        out.append(case(f"در {surface} این رویداد رخ داد.", "fa", None,
                        [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
out.append(case("در این شهر سیزده پنجاه و هفت نفر زندگی می‌کنند.", "fa", None, []))

# ستنبر, دههی, year twins after a slash or a dash.
for y in rng.sample(range(2005, 2026), 2):
    out.append(case(f"ينطلق الموسم فاتح ستنبر {y} حسب الوزارة.", "ar", None,
                    [want(f"فاتح ستنبر {y}", "gregorian", f"{y}-09-01", "day")], tz="Africa/Casablanca"))
out.append(case("این سریال در اوایل دههی پنجاه ساخته شد.", "fa", None,
                [want("دههی پنجاه", "jalali", f"{jdate(1350, 1, 1).isoformat()}/{(jdate(1360, 1, 1) - dt.timedelta(days=1)).isoformat()}",
                      "year")]))
for jy in rng.sample(range(1380, 1404), 2):
    a, b = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    g = a.year
    out.append(case(f"برنامه نوروزی {fa(jy)}/{fa(g)}\nجشن نوروز", "fa", None,
                    [want(f"{fa(jy)}/{fa(g)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year")]))
    out.append(case(f"گزارش سال {fa(jy)}/{fa(g)} منتشر شد.", "fa", None,
                    [want(f"سال {fa(jy)}/{fa(g)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "year")]))
for h in rng.sample(range(1430, 1447), 2):
    g = dt.date(*islamic.to_gregorian(h, 1, 1)).year
    out.append(case(f"خلال عام {h} هـ - {g} تم تنظيم الرحلات.", "ar", None,
                    [want(f"عام {h} هـ - {g}", "gregorian", str(g), "year")]))

# English days joined by and or to.
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def suffix(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


for n in range(10):
    first = dt.date(rng.randrange(2010, 2026), rng.randrange(1, 13), rng.randrange(1, 25))
    kind = n % 5
    # Joined by and without between: two days side by side; else up to four.
    last = first + dt.timedelta(days=1 if kind in (0, 3) else rng.randrange(1, 4))
    mon, y = EN_MONTHS[first.month - 1], first.year
    surface = [f"{suffix(first.day)} and {suffix(last.day)} {mon} {y}", f"from {first.day} to {last.day} {mon} {y}",
               f"between {first.day} and {last.day} {mon} {y}", f"{mon} {first.day} and {last.day}, {y}",
               f"{mon} {first.day} to {last.day}, {y}"][kind]
    lang = "ar" if n % 2 == 0 else "fa"
    text = (f"أقيمت الفعالية ({surface}) بمشاركة واسعة." if lang == "ar"
            else f"این رویداد ({surface}) در تهران برگزار شد.")
    out.append(case(text, lang, None, [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day")]))
out.append(case("وسجل اللاعب (scored 3 and 5 points in May 2023) أرقاما جديدة.", "ar", None,
                [want("May 2023", "gregorian", "2023-05", "month")]))
out.append(case("وفاز الفريق (won 2 to 1 on 5 May 2023) في النهائي.", "ar", None,
                [want("5 May 2023", "gregorian", "2023-05-05", "day")]))

emit("forms of the three-hundred-and-first real-text sets: generated by "
     "tools/gen/cases_three_hundred_first_sets.py (oracles: datetime, convertdate)", out)
