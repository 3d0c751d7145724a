#!/usr/bin/python3
"""Writes tests/extract/cases/four_hundred_fifty_fourth_sets.jsonl: forms met
in the four-hundred-and-fifty-fourth real-text sets and after, generated
across their families.

- An Arabic year in words whose units are one, written وأحد or واحد after
  the thousands (عام ألفين وأحد عشر, سنة ألفين واحد وعشرين, لعام ألفين وأحد
  وعشرين من الميلاد): folded, وأحد is the word واحد (one); the year; not a count
  without the year word (ألفين وأحد عشر شخصا).
- A part of a month or year named relative to now straight after a word for a
  place (ممثلين عن كل محافظة منتصف الشهر الجارى, افتتاح ملعب نهاية العام
  الجاري): when, not the place's name; a day after the word stays a name
  (محافظة 6 أكتوبر).
- An Arabic Gregorian month alone with في written onto it as ب, in every
  region's naming (وقع الحادث بشباط, ارتفعت الأسعار بمارس الماضي, بجويلية,
  بشتنبر): the month nearest the reference; not بأكتوبر (in Egypt, the 6th of
  October City) nor a Hijri month so written (اتصل برمضان: a man).
- A year after منذ or خلال with the clause's comma that mixed-direction typing
  moved before it (منذ ،2003 وقد, خلال ,2018 ارتفعت, خلال, 2018 حسبما): the year; not a count
  (منذ ،2000 شخص).
- An Arabic year after في with "alone" after it (سجل في 2019 وحده 131.100 حالة,
  في 2022 وحدها): the year; not a count of units (في 2019 وحدة سكنية).
- A Gregorian month alone after "starting from", و written onto the word or
  not (اعتبارا من يناير, وبدءًا من مارس, ابتداءً من أبريل): the month nearest
  the reference; a Hijri month so written stays out.
- A Hijri year and the Gregorian year it overlaps after الموافق, a comma or
  nothing, the era م glued to the second before "and in" (عام 1426هـ الموافق
  2006م وفي إطار, سنة 1426ه , 2006م وفي): one year, the Gregorian one; the
  era and وفي are not read as Tunisian موفى (the end of).
- Not Friday: Arabic جمعه, written with ه (تم جمعه, collected); Arabic writes
  Friday جمعة.
- From a year to a later one named from now (من 2008 وحتى العام قبل الماضي,
  من عام 2008 إلى العام الحالي, از سال ۱۳۸۵ تا سال گذشته, از ۱۳۸۵ تا پارسال): one
  span; not from a span of two years.
- A Persian bare year after an early Solar Hijri date in the text stays Solar
  Hijri up to the present (در تيرماه سال 1338 تأسيس شد. در سال 1388): Persian
  names a lunar year of that age with its era.
- A periodical's serial number, its comma, then its month (شماره پیاپی 12،
  مهر 1397): the month.
- A written zone after a slash or a dash (06:50 م / بتوقيت القدس, ( 04:05 م -
  بتوقيت UTC )), UTC in Latin letters after بتوقيت, and GMT's offset in brackets
  (2:38:47 AM - GMT (+3 )): the zone's offset; a city's zone stands before a
  page's fixed label (بتوقيت القدس +2GMT is Jerusalem's time, +03:00 in summer).
- Not Friday: a town or district named by its market day with ب on the word
  for market (ببلدية سوق الجمعة, بسوق الأربعاء).
- A Persian decade by its two digits after the plural of year (در سالهای 70,
  سال‌های ۶۰ شمسی): the Solar Hijri decade of the text's century; not a count
  of years past (در سال‌های ۲۰ گذشته).
- Not a year: an area in square metres after four digits in brackets
  ((1200)م2); with its era alone after the brackets it stays the year.
- Three years or more on و after a colon (على 3 دفعات: 2020 و2021 و2022):
  each; not round counts (الأرقام: 1500 و2000 و2500).
- Not a day: Lebanon's camps after "backed by" or "close to" (المدعومين من 14
  آذار, المقرب من 8 آذار); "from" alone before the day keeps it a day.
- Not a clock: a video's length with its seconds after the word for duration
  or video (مدت زمان ویدیو: 00:01:42, مدة الفيديو: 00:03:15); after the word for
  the hour it stays the clock.
- A Persian year before "the worst", "the deadliest", "the hottest" year, its
  ZWNJ kept, lost or a blank (۱۳۹۹ بدترین سال برای خبرنگاران, ۲۰۲۳ گرم‌ترین سال):
  the year; not a count (۲۰۰۰ نفر در بزرگترین سال, ۲۰۰۰ بزرگترین سالن).
- Not a day: an article's number in figures after the word for article (وفق
  المادة 2ـ1ـ48, ماده ۱۲/۵/۱۳۹۰), as after the word for number.
- Not a day: a Persian feast of years past (بازارهای یلدای سالهای گذشته, نوروز
  سال‌های اخیر); not a year: two digits after a feast that open a price's range
  (آجیل شب یلدا 60 تا 100 هزار تومان); with سال and its year the feast stays
  that year's (شب یلدای سال ۱۴۰۲).
- A year after في before an adverb with و on it or a change's noun on ب (في
  2025 ووفقًا لوزارة, في 2011 بارتفاع قدره 84 %); a death's year after "the
  deceased" (الشاعر المتوفى 1926 كتب); not a count (في 2000 بيت, المتوفى 2000 شخص).
- Not a day: an outlet named by a day after the word for sources (ووفقا لمصادر 28
  نوفمبر فإن, مصادر "2 ديسمبر" في المحافظة); the day word between keeps the day
  (نقلت مصادر يوم 28 نوفمبر).
- Not from now: N units before or after "this" and a noun, an event (۲۰ سال بعد
  از این حادثه, دو روز قبل از این تاریخ); "after this" alone stays counted from
  now, as before.
- The night before last in Arabic (الليلة قبل الماضية, الليلة ما قبل الماضية): two
  days back; Persian's past N nights after a count a span (سرمای دو شب گذشته), as
  its past N days are; شب گذشته alone stays last night.

Years in words are composed from the hand table below; days come from
datetime; nothing here is read from taqvim. Run from the project root:
tools/gen/cases_four_hundred_fifty_fourth_sets.py >
tests/extract/cases/four_hundred_fifty_fourth_sets.jsonl"""
import random

import datetime as dt

from case_form import (AR_GREG, clock_value, fa, umm_al_qura as uq_starts, AR_HIJRI, AR_LEVANTINE, FA_JALALI, case, emit, jalali_month, jdate, jday, solar_hijri_year,
                       umm_al_qura, want)

rng = random.Random(454)
out = []

# Arabic numbers in words: the units and teens with one, the tens.
ELEVEN = ["أحد عشر", "إحدى عشرة", "احد عشر"]
TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين", 80: "ثمانين", 90: "تسعين"}
ONE = ["وأحد", "واحد", "وواحد"]


def ref_day():
    return dt.date(rng.randrange(2012, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


# A year in words whose units are one.
for n in range(12):
    word = ["عام", "سنة", "لعام", "العام", "في عام", "منذ عام"][n % 6]
    if n % 2 == 0:
        year, tail = 2011, f"و{ELEVEN[n % 3]}" if n % 4 == 0 else f"و {ELEVEN[n % 3]}"
        if n % 3 == 1:
            tail = "واحد عشر"
    else:
        tens = [20] if n < 6 else [20, 30, 40]
        t = tens[n % len(tens)]
        year = 2000 + t + 1 if word != "منذ عام" else 2021
        if word == "منذ عام":
            t = 20
        tail = f"{ONE[n % 3]} و{TENS[t]}"
    era = " من الميلاد" if n % 5 == 4 else ""
    surface = f"{word} ألفين {tail}{era}"
    shown = surface[4:] if word.startswith("منذ ") else surface  # في عام is read with its في, منذ is not
    out.append(case(f"قال إن المشروع بدأ {surface} في العاصمة.", "ar", None, [want(shown, "gregorian", str(year), "year")]))
# Not a count: the number without the year word.
out.append(case("بلغ عدد الزوار ألفين وأحد عشر شخصا في اليوم الأول.", "ar", None, []))
out.append(case("وزعت الجمعية ألفين واحد وعشرين سلة غذائية.", "ar", None, []))

# A part of a month or year named relative to now, straight after a word for a place.
PARTS_MONTH = [("منتصف", "middle"), ("مطلع", "start"), ("أواخر", "end"), ("نهاية", "end")]
RELS = [("الجاري", 0), ("الجارى", 0), ("الحالي", 0), ("المقبل", 1), ("القادم", 1), ("الماضي", -1)]
PLACES = ["عن كل محافظة", "في كل مدينة", "افتتاح ملعب", "افتتاح مستشفى", "بمحافظة الجيزة", "في جامعة"]
for n in range(12):
    ref = ref_day()
    part, kind = PARTS_MONTH[n % 4]
    rel, off = RELS[n % 6]
    place = PLACES[n % 6]
    if n < 9:
        y, m = ref.year, ref.month + off
        if m == 0:
            y, m = y - 1, 12
        elif m == 13:
            y, m = y + 1, 1
        value, gran = (f"{y:04d}-{m:02d}-15", "day") if kind == "middle" else (f"{y:04d}-{m:02d}", "month")
        surface = f"{part} الشهر {rel}"
    else:
        value, gran = str(ref.year + off), "year"
        surface = f"{part} العام {rel}"
    out.append(case(f"تجري القرعة بحضور ممثلين {place} {surface} وفق الجدول.", "ar", ref.isoformat(),
                    [want(surface, "relative", value, gran)]))
# A day after the word stays its name.
out.append(case("وصل الوفد إلى محافظة 6 أكتوبر صباحا.", "ar", "2024-05-01", []))

# An Arabic Gregorian month alone with ب written onto it.
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALGERIA = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = [AR_GREG, AR_LEVANTINE, MAGHREB, ALGERIA]


def nearest_month(ref, m):
    """The year that puts month m nearest the reference, counted in months (no tie asked for)."""
    best = min((abs((y - ref.year) * 12 + m - ref.month), y) for y in (ref.year - 1, ref.year, ref.year + 1))
    return best[1]


for n in range(16):
    ref = ref_day()
    m = rng.randrange(1, 13)
    while m == 10 or abs(m - ref.month) == 6:
        m = rng.randrange(1, 13)
    name = NAMES[n % 4][m - 1]
    tail = ["", " الماضي", "", " المقبل"][n % 4] if n % 8 < 4 else ""
    y = nearest_month(ref, m)
    if tail == " الماضي":
        y = ref.year if m < ref.month else ref.year - 1
    elif tail == " المقبل":
        y = ref.year if m > ref.month else ref.year + 1
    if tail and m == ref.month:
        continue
    head = ["وقع الحادث", "ارتفعت الأسعار", "بدأ الموسم", "انطلقت الحملة"][n % 4]
    out.append(case(f"{head} ب{name}{tail} في المدينة.", "ar", ref.isoformat(),
                    [want(f"{name}{tail}", "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))
out.append(case("افتتاح فرع جديد بأكتوبر والشيخ زايد.", "ar", "2024-05-01", []))
out.append(case("اتصل برمضان صباحا.", "ar", "2024-05-01", []))

# A year after since or during, the clause's comma moved before it.
DIGITS = [str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"), str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")]
for n in range(9):
    y = rng.randrange(1950, 2026)
    while y % 100 == 0:
        y = rng.randrange(1950, 2026)
    ys = str(y).translate(DIGITS[n % 3])
    word = ["منذ", "خلال", "منذ"][n % 3]
    comma = ["،", ",", ", ", "، "][(n + n // 3) % 4]
    before = "" if comma.endswith(" ") else " "  # خلال, 2018: the comma on the word, or moved onto the year
    out.append(case(f"وأشار التقرير إلى تراجع الإنتاج {word}{before}{comma}{ys} وقد ارتفعت الأسعار.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
out.append(case("وزعت المساعدات منذ ،2000 شخص في المخيم.", "ar", None, []))

# A year after في with "alone" after it.
for n in range(6):
    y = rng.randrange(1990, 2026)
    while y % 100 == 0:
        y = rng.randrange(1990, 2026)
    ys = str(y).translate(DIGITS[n % 3])
    alone = ["وحده", "وحدها"][n % 2]
    out.append(case(f"وبلغ عدد الحالات في {ys} {alone} 131.100 حالة.", "ar", None, [want(f"في {ys}", "gregorian", str(y), "year")]))
out.append(case("شيدت الشركة في 2019 وحدة سكنية جديدة.", "ar", None, []))

# A Gregorian month alone after "starting from".
STARTS = ["اعتبارا من", "اعتبارًا من", "وبدءًا من", "بدءا من", "واعتبارا من"]
for n in range(10):
    ref = ref_day()
    m = rng.randrange(1, 13)
    while abs(m - ref.month) == 6:
        m = rng.randrange(1, 13)
    name = NAMES[n % 4][m - 1]
    y = nearest_month(ref, m)
    out.append(case(f"أعلنت الوزارة أنها {STARTS[n % 5]} {name} ستطبق القرار.", "ar", ref.isoformat(),
                    [want(name, "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))
out.append(case("أعلنت الوزارة أنها اعتبارا من رمضان ستطبق القرار.", "ar", "2024-05-01", []))

# A Hijri year and the Gregorian year it overlaps, the era glued to the second before "and in".
UQ = umm_al_qura()
for n in range(8):
    h = rng.randrange(1400, 1447)
    while (h, 1) not in UQ:  # (a month the sources disagree on is left out of the table)
        h = rng.randrange(1400, 1447)
    g = (UQ[(h, 1)] + dt.timedelta(days=200)).year
    hs, gs = str(h).translate(DIGITS[2 * (n % 2)]), str(g).translate(DIGITS[2 * (n % 2)])
    era = ["هـ", "ه", "هـ", "ه"][n % 4]
    joint = [" الموافق ", " , ", "، ", " "][n % 4]
    word = ["عام", "سنة", "عام", "سنة"][n % 4]
    surface = f"{word} {hs}{era}{joint}{gs}م"
    out.append(case(f"أنشئت الإدارة {surface} وفي إطار توسعها افتتحت فروعا.", "ar", None,
                    [want(surface, "gregorian", str(g), "year")]))
for n in range(2):
    y = rng.randrange(1990, 2026)
    out.append(case(f"وقع الحادث {y}م وفي إطار التحقيق", "ar", None, [want(f"{y}م", "gregorian", str(y), "year")]))

# Not Friday: Arabic جمعه, collected.
out.append(case("والمتبقي من المال الذي تم جمعه في ذلك النهار يقسم بالتساوي.", "ar", "2016-11-21", []))
out.append(case("وقال إن ما تم جمعه من تبرعات يكفي.", "ar", "2020-02-10", []))

# From a year to a later one named from now.
for n in range(8):
    ref = ref_day()
    start = rng.randrange(1995, ref.year - 2)
    ss = str(start).translate(DIGITS[2 * (n % 2)])
    rel, off = [("العام الماضي", -1), ("العام الحالي", 0), ("العام قبل الماضي", -2), ("العام الجاري", 0)][n % 4]
    word = ["من", "من عام"][n // 4]
    to = ["حتى", "وحتى", "إلى", "وحتى"][n % 4]
    surface = f"{word} {ss} {to} {rel}"
    out.append(case(f"ارتفعت الحالات {surface} بنسبة كبيرة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{start}-01-01/{ref.year + off}-12-31", "year")]))
for n in range(6):
    ref = ref_day()
    jy = jday(ref)[0]
    start = rng.randrange(1370, jy - 2)
    ss = str(start).translate(DIGITS[n % 2])
    rel, off = [("سال گذشته", -1), ("پارسال", -1), ("امسال", 0)][n % 3]
    word = ["از سال", "از"][n // 3]
    surface = f"{word} {ss} تا {rel}"
    first = solar_hijri_year(start).split("/")[0]
    last = solar_hijri_year(jy + off).split("/")[1]
    out.append(case(f"شمار پرونده‌ها {surface} دو برابر شد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{first}/{last}", "year", ["calendar_guessed"])]))
# Not from a span of two years.
out.append(case("نتائج أعمالها خلال السنة القضائية 2008-2009 ولأنشطتها الأخرى حتى أواسط السنة الجارية.", "ar", "2010-10-18",
                [want("السنة القضائية 2008-2009", "gregorian", "2008-01-01/2009-12-31", "year"),
                 want("أواسط السنة الجارية", "relative", "2010", "year")]))

# A Persian bare year after an early Solar Hijri date in the text.
for n in range(4):
    jy1 = rng.randrange(1320, 1350)
    jy2 = rng.randrange(1380, 1404)
    m = rng.randrange(1, 13)
    d1 = rng.randrange(1, 29)
    ds, y1s, y2s = [str(x).translate(DIGITS[n % 2]) for x in (d1, jy1, jy2)]
    first = f"{ds} {FA_JALALI[m - 1]} سال {y1s}"
    out.append(case(f"شركت سهامي بيمه در {first} تأسيس شد. در سال {y2s} بر اساس سياستهاي كلي واگذار شد.", "fa", None,
                    [want(first, "jalali", jdate(jy1, m, d1).isoformat(), "day"),
                     want(f"در سال {y2s}", "jalali", solar_hijri_year(jy2), "year", ["calendar_guessed"])]))

# A periodical's serial number, its comma, then its month.
for n in range(3):
    jy, jm = rng.randrange(1385, 1404), rng.randrange(1, 13)
    num = str(rng.randrange(5, 60)).translate(DIGITS[n % 2])
    month = f"{FA_JALALI[jm - 1]} {str(jy).translate(DIGITS[n % 2])}"
    out.append(case(f"مقاله 3، دوره 6، شماره 2 - شماره پیاپی {num}، {month}، صفحه 59-88", "fa", None,
                    [want(month, "jalali", "/".join(d.isoformat() for d in jalali_month(jy, jm)), "month")]))

# A written zone after a slash or a dash; UTC in Latin letters; GMT's offset in brackets.
for n in range(6):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm = rng.randrange(1, 12), rng.randrange(0, 60)
    zone, word, tz = [("Asia/Jerusalem", "بتوقيت القدس", "Asia/Gaza"), ("UTC", "بتوقيت UTC", "Asia/Riyadh"),
                      ("Asia/Riyadh", "بتوقيت مكة", "Africa/Cairo")][n % 3]
    sep = [" / ", " - "][n % 2]
    stamp = f"{day.day:02d} {AR_GREG[day.month - 1]} {day.year} {hh:02d}:{mm:02d} م{sep}{word}"
    value = clock_value(day, hh + 12, mm, zone)
    tail = " +2GMT" if zone == "Asia/Jerusalem" else ""
    out.append(case(f"عنوان الخبر\n\n{stamp}{tail}\nنص الخبر", "ar", None, [want(stamp, "gregorian", value, "minute")], tz=tz))
for n in range(3):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm, ss = rng.randrange(1, 12), rng.randrange(0, 60), rng.randrange(0, 60)
    off = [3, 2, 4][n]
    stamp = f"{day.month}/{day.day}/{day.year} {hh}:{mm:02d}:{ss:02d} AM - GMT (+{off} )"
    value = f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+{off:02d}:00"
    out.append(case(f"العربي الجديد - {stamp}\n\nنص الخبر", "ar", None, [want(stamp, "gregorian", value, "second")], tz="Asia/Baghdad"))

# Not Friday: a district named by its market day, ب on the word for market.
for day in ["الجمعة", "الأربعاء", "الخميس"]:
    out.append(case(f"وحضر مدير مكتب النشاط المدرسي بسوق {day} (عبد الغني جبراني).", "ar", "2020-10-22", []))

# A Persian decade by its two digits after the plural of year.
for n in range(6):
    dec = rng.randrange(3, 10) * 10
    ds = str(dec).translate(DIGITS[n % 2])
    word = ["سالهای", "سال‌های", "سال های"][n % 3]
    era = " شمسی" if n % 3 == 2 else ""
    surface = f"در {word} {ds}{era}"
    first = solar_hijri_year(1300 + dec).split("/")[0]
    last = solar_hijri_year(1300 + dec + 9).split("/")[1]
    out.append(case(f"این صنعت {surface} رونق گرفت.", "fa", None, [want(surface, "jalali", f"{first}/{last}", "year")]))
out.append(case("در سال‌های ۲۰ گذشته این صنعت رونق گرفت.", "fa", "2024-05-01", []))
out.append(case("در سال‌های ۳۰ اخیر این صنعت رونق گرفت.", "fa", "2024-05-01", []))

# Not a year: square metres after a bracketed number.
out.append(case("وقدرت مساحة الحريق (1200)م2 بمنطقة زيزيا.", "ar", "2019-06-08", []))
out.append(case("وقدرت مساحة الحريق (٢٤٠٠)م٢ بالمنطقة الصناعية.", "ar", "2019-06-08", []))
out.append(case("بني المسجد (1885) م في عهد الوالي.", "ar", None, [want("(1885) م", "gregorian", "1885", "year")]))

# Three years or more on و after a colon.
for n in range(6):
    y = rng.randrange(1990, 2022)
    k = 3 + n % 2
    ys = [str(y + x).translate(DIGITS[2 * (n % 2)]) for x in range(k)]
    joint = ["و", "و "][n % 2]
    text = f" {joint}".join(ys) if joint == "و " else ys[0] + "".join(f" و{x}" for x in ys[1:])
    out.append(case(f"وذلك على {k} دفعات: {text}، ولكن الوزارة اكتفت بدفعتين.", "ar", None,
                    [want(x, "gregorian", str(y + j), "year") for j, x in enumerate(ys)]))
out.append(case("الأرقام: 1500 و2000 و2500.", "ar", None, []))

# Not a day: Lebanon's camps after "backed by" or "close to".
for n, word in enumerate(["المدعومين من", "المدعوم من", "المقربين من", "المحسوب على"][:3]):
    day = [14, 8, 14][n]
    out.append(case(f"ويتنافس على العضوية مرشحان {word} {day} آذار إلى جانب مرشحين منفردين.", "ar", None, []))
out.append(case("بدأ العمل من 14 آذار في المدينة.", "ar", "2024-05-01", [want("14 آذار", "gregorian", "2024-03-14", "day", ["year_inferred"])]))

# Not a clock: a video's length after the word for duration or video.
for n in range(4):
    mm, ss = rng.randrange(0, 10), rng.randrange(0, 60)
    length = f"00:{mm:02d}:{ss:02d}".translate(DIGITS[n % 2 * (1 if n < 2 else 2)])
    lang, text = [("fa", f"حجم ویدیو: 9.01M | مدت زمان ویدیو: {length}\nبه گزارش خبرنگار"), ("fa", f"مدت: {length}\nبه گزارش خبرنگار"),
                  ("ar", f"مدة الفيديو: {length}\nقال المراسل"), ("ar", f"الفيديو {length} دقيقة")][n]
    out.append(case(text, lang, "2023-06-13", []))
out.append(case("ساعت 00:01:42 بامداد زلزله آمد.", "fa", "2023-06-13", [want("ساعت 00:01:42 بامداد", "relative", "2023-06-13T00:01:42+03:30", "second")]))

# A Persian year before a superlative and the word for year.
SUPER = ["بدترین", "مرگبارترین", "گرم‌ترین", "گرمترین", "بهترین", "سخت ترین"]
for n in range(6):
    y = rng.randrange(1390, 1404) if n % 2 == 0 else rng.randrange(2010, 2026)
    ys = str(y).translate(DIGITS[1 if n < 3 else 0])
    out.append(case(f"{ys} {SUPER[n]} سال برای خبرنگاران\n\nبه گزارش خبرنگار", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(y), "year", ["calendar_guessed"]) if y < 1500 else want(ys, "gregorian", str(y), "year")]))
out.append(case("۲۰۰۰ نفر در بزرگترین سال‌های جنگ آواره شدند.", "fa", None, []))
out.append(case("۲۰۰۰ بزرگترین سالن شهر را پر کردند.", "fa", None, []))

# Not a day: an article's number after the word for article.
out.append(case("وغرامة مالية للألفاظ المهينة، وفق المادة 2ـ1ـ48».", "ar", "2026-02-24", []))
out.append(case("وفق المادة 12/5/2020 من اللائحة.", "ar", "2026-02-24", []))
out.append(case("طبق ماده ۱۲/۵/۱۳۹۰ آیین‌نامه.", "fa", "2024-02-24", []))
out.append(case("صدر القرار في 12/5/2020 من الوزارة.", "ar", None, [want("12/5/2020", "gregorian", "2020-05-12", "day")]))

# Not a day: a Persian feast of years past; not a year: two digits opening a price's range.
for text in ["رونق بازار هنوز به حد بازارهای یلدای سالهای گذشته نرسیده است.", "شاید گرانترین شب یلدای سال های اخیر باشد.",
             "بازار آجیل نوروز سال‌های گذشته شلوغ‌تر بود."]:
    out.append(case(text, "fa", "2023-12-20", []))
for n in range(3):
    lo = rng.randrange(40, 80)
    los, his = str(lo).translate(DIGITS[n % 2]), str(lo + 40).translate(DIGITS[n % 2])
    out.append(case(f"هر کیلو آجیل شب یلدا {los} تا {his} هزار تومان است.", "fa", "2018-12-17",
                    [want("شب یلدا", "jalali", "2018-12-21", "day", ["year_inferred"])]))
out.append(case("شب یلدای سال ۱۴۰۲ بازار شلوغ بود.", "fa", "2023-12-20", [want("شب یلدای سال ۱۴۰۲", "jalali", "2023-12-21", "day")]))

# A year after في before an adverb on و or a change's noun on ب; a death's year.
for n in range(6):
    y = rng.randrange(1990, 2026)
    while y % 100 == 0:
        y = rng.randrange(1990, 2026)
    ys = str(y).translate(DIGITS[2 * (n % 2)])
    tail = ["ووفقًا لوزارة التضامن", "بارتفاع قدره 84 %", "وطبقا للتقرير", "بانخفاض كبير", "بزيادة قدرها 5 %", "بتراجع ملحوظ"][n]
    out.append(case(f"بلغ الإنفاق 742 مليار جنيه في {ys} {tail}.", "ar", None, [want(f"في {ys}", "gregorian", str(y), "year")]))
for n in range(2):
    y = rng.randrange(1850, 1990)
    ys = str(y).translate(DIGITS[2 * n])
    out.append(case(f"وكتب الشاعر المتوفى {ys} قصائد كثيرة.", "ar", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("حجزت البلدية في 2000 بيت مخالف.", "ar", None, []))
out.append(case("بلغ عدد المتوفى 2000 شخص.", "ar", None, []))

# Not a day: an outlet named by a day after the word for sources.
out.append(case("ووفقا لمصادر 28 نوفمبر فإن خلفية الهجوم تعود إلى خلاف.", "ar", "2020-01-01", []))
out.append(case('مصادر "2 ديسمبر" في المحافظة أشارت إلى أن الطالبة بخير.', "ar", "2020-01-01", []))
out.append(case("نقلت مصادر يوم 28 نوفمبر أن الهجوم وقع.", "ar", "2020-01-01", [want("28 نوفمبر", "gregorian", "2019-11-28", "day", ["year_inferred"])]))

# Not from now: N units before or after "this" and a noun.
out.append(case("۲۰ سال بعد از این حادثه، طرح تعیین روز آتش نشانی تصویب شد.", "fa", "2023-09-26", []))
out.append(case("دو روز قبل از این تاریخ نامه ارسال شد.", "fa", "2023-09-26", []))

# The night before last; the past N nights.
for n in range(4):
    ref = ref_day()
    phrase = ["الليلة قبل الماضية", "الليلة ما قبل الماضية"][n % 2]
    out.append(case(f"استهل حفل الافتتاح، {phrase}، بعرض مسرحي قصير.", "ar", ref.isoformat(),
                    [want(phrase, "relative", (ref - dt.timedelta(days=2)).isoformat(), "day")]))
out.append(case("سرمای غیر منتظره دو شب گذشته باعث سرمازدگی شد.", "fa", "2020-10-11", []))
out.append(case("سه شب اخیر دما زیر صفر بود.", "fa", "2020-10-11", []))
out.append(case("شب گذشته باران آمد.", "fa", "2020-10-11", [want("شب گذشته", "relative", "2020-10-10", "day")]))

# Not today: today's audience or generation.
out.append(case("ومع اتساع شعبية البودكاست وتحول جمهور اليوم إلى باحث عن العمق.", "ar", "2025-07-19", []))
out.append(case("جيل اليوم مختلف عن جيل آبائه.", "ar", "2025-07-19", []))
out.append(case("مخاطب امروز به دنبال محتوای کوتاه است.", "fa", "2025-07-19", []))
out.append(case("حضر الجمهور اليوم المباراة في الملعب.", "ar", "2025-07-19", [want("اليوم", "relative", "2025-07-19", "day")]))

# Not a clock: per single hour after a count.
out.append(case("لتمكن من انتاج نحو 10 آلاف قارورة ماء في الساعة الواحدة، وفق ما أعلنت المسؤولة.", "ar", "2021-09-20", []))
out.append(case("أنتج المصنع 500 قارورة في الساعة الواحدة ظهرا.", "ar", "2021-09-20",
                [want("في الساعة الواحدة ظهرا", "relative", "2021-09-20T13:00+04:30", "minute")]))
out.append(case("وصل الوفد في الساعة الواحدة.", "ar", "2021-09-20", [want("في الساعة الواحدة", "relative", "2021-09-20T01:00+04:30", "minute")]))

# Not last year: a title with العام before "former".
out.append(case("استجابةً لطلب المفتي العام السابق الصادق الغرياني.", "ar", "2025-09-21", []))
out.append(case("التقى المرشد العام الحالي بالوفد.", "ar", "2025-09-21", []))

# The day before a feast after وقفة; Arafa's standing is Arafa's day.
UQS = uq_starts()
for n, h in enumerate([1438, 1444, 1440]):
    eid = UQS[(h, 10)]
    ref = eid + dt.timedelta(days=2)
    out.append(case("غصت صالونات الحلاقة يوم وقفة عيد الفطر بالشبان.", "ar", ref.isoformat(),
                    [want("وقفة عيد الفطر", "hijri", (eid - dt.timedelta(days=1)).isoformat(), "day", ["year_inferred"])]))
for n, h in enumerate([1438, 1444]):
    arafa = UQS[(h, 12)] + dt.timedelta(days=8)
    ref = arafa + dt.timedelta(days=3)
    out.append(case("يصوم المسلمون يوم وقفة عرفة.", "ar", ref.isoformat(),
                    [want("وقفة عرفة", "hijri", arafa.isoformat(), "day", ["year_inferred"])]))

# Not a Wednesday: the pun on چهارشنبه سوری.
out.append(case("چهارشنبه سوری یا چهارشنبه سوزی؛ خرافه یا سنت", "fa", "2022-03-14", []))

# A site's stamp: a clock, a bar, a weekday and its date month first.
for n in range(4):
    jy, jm, jd = rng.randrange(1398, 1405), rng.randrange(1, 13), rng.randrange(1, 29)
    day = jdate(jy, jm, jd)
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    wd = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"][day.weekday()]
    stamp = f"{hh:02d}:{mm:02d}|{wd}, {FA_JALALI[jm - 1]} {jd:02d} ,{jy}"
    out.append(case(f"{stamp}\nتاریخ انتشار خبر", "fa", "2023-01-23", [want(stamp, "jalali", clock_value(day, hh, mm, "Asia/Tehran"), "minute")]))

# Sizdah Bedar with به written apart.
for n in range(3):
    jy = rng.randrange(1398, 1405)
    day = jdate(jy, 1, 13)
    ref = day - dt.timedelta(days=8)
    surface = ["سیزده به در امسال", f"سیزده‌به‌در {fa(jy)}", "سیزده به در"][n]
    flags = [] if n == 1 else ["year_inferred"]  # (امسال: the year from the reference, as شب یلدای امسال)
    out.append(case(f"{surface} که مصادف شده است با بهار، مردم به طبیعت رفتند.", "fa", ref.isoformat(),
                    [want(surface, "jalali", day.isoformat(), "day", flags)]))

emit("Forms met in the four-hundred-and-fifty-fourth real-text sets and after, across their families "
     "(tools/gen/cases_four_hundred_fifty_fourth_sets.py; datetime and a hand table of number words).",
     out)
