#!/usr/bin/python3
"""Writes tests/extract/cases/three_hundred_forty_first_sets.jsonl: forms met
in the three-hundred-and-forty-first real-text sets and after, generated
across their families.

- A Gregorian month's two Arabic names with a blank alone between, either
  name first, after an ordinal day and من, the month word, a part of the
  month or before a qualifier (الاول من اغسطس آب, العاشر من تشرين الأول
  أكتوبر, خلال شهر أيلول سبتمبر, منتصف حزيران يونيو, في آب أغسطس الماضي):
  one month, as with a day or year beside them or a slash between.
- Maghrebi يومه ("this day") before a weekday, with or without its date and
  after a clock and من (صباح يومه السبت 18 فبراير 2023, الساعة الثالثة صباحا من
  يومه الأحد): the weekday's day, the clock on it; the word in the match.
- A Persian Solar Hijri year ending a line after a word, as lists of
  downloads and headlines write it (تعرفه عوارض ۱۳۹۵, ارزش معاملاتی 1401,
  1400 itself too): that year; not a code's, a plate's, a page's or a car
  model's number (کد 1385, مدل 1404), nor after a day and an unknown word
  (25 ادریبهشت 1396, a month misspelt).
- A whole date in figures after the year word (العام 2019-03-24, سنة
  ٢٠٢٠-٠٥-٠١): the date, not its year. A site's name with its whole date
  glued on, every blank lost (تهامة نيوز11يوليو2019م, ایسنا12مهر1402): the date.
- Years alone on their lines in a timeline, each before its event's line
  (⏎1952⏎أول عملية زرع قرنية⏎1986⏎…), and a history list's year with its
  dash ending the line (1962 –⏎الاتحاد السوفيتي يعلن): each year; not a
  column of numbers (1938⏎1964⏎26).
- Dari's spelling of nineteen and nineteenth (نزده, نزدهم) before a month
  (امروز نزدهم دلو ۱۳۸۸, نزده حوت ۱۴۰۲): that day.
- Years between بين and the year word again on و (بين عام 2010 وعام 2015,
  بين العام 2010 والعام 2015, ما بين سنة 1990 وسنة 1995): the span; a chain of
  years each the next, typed with dashes and no blanks (2019-2020-2021-2022م):
  their span, but each after a year word (لسنوات 2013-2014-2015).
- A book's citation in brackets, its publisher or place, a comma or slash and
  the year closing them ((دار ميم/ 2023), (دار الآداب، 2019), (تهران، 1356)):
  the year; a Persian year after در before توسط ("by": در ٢٠٠٧ توسط): the year.
- The hour alone in brackets after the hour word (الساعة (5) من مساء اليوم,
  الساعة (8) صباحا): that clock.
- A month-first date after a number glued to its month (المغرب 24مايو 10,
  2025: May 10, 2025, the 24 an outlet's), and not a day: a feminine ordinal
  straight before a month (نسختها الثالثة أبريل 2025: the edition's; the month).
- Persian's two-digit Solar Hijri year said in words after سال, with blanks
  or with و written onto the units (سال نود و چهار, سال نودوچهار, سال پنجاه و
  هفت: 1394, 1357), alone or after a day (بیستوسوم تیرماه سال نودوچهار): that
  year or day; not a gazette's volume before its issue (سال هفتاد و دو شماره
  ۲۰۷۴۲) nor a count (در سال بیست درصد).
- This year with its number after from, then a word for to (من العام الجاري
  2025 حتى العام 2027, من العام الحالي 2025 إلى 2026): the span.
- Ranges written half in figures: a bare day, a word for to, then the second
  day's day/month or whole date (من 24 إلى 26/12, من 24 إلى 26/12/2024; not
  من 2 إلى 3/4, a fraction); a first day and a dash before a Hijri date with
  backslashes (15-18\\3\\1431هـ); days in brackets after بين (ما بين (28 وحتى
  29 نيسان)); the new school year (العام الدراسي الجديد 2025 / 2026); a quarter
  and the next one's ordinal (سه ماهه اول و دوم سال 1391: the first half).
- A university or academic year (السنة الجامعية 2019/ 2020, للعام الأكاديمي
  2021/2022, العام الأكاديمي الجديد 2025-2026) and a year word before two years
  each with its era and a slash (لعام 2012م/2013م): both years.
- A Persian year and "onwards" ((2004 به بعد), از ۱۳۹۸ به بعد): the year; a
  year after در before برای ("for": در ۱۸۸۵ برای اولین بار): the year.
- Not a date: a day without its year after شهداء (جسر شهداء 15 يوليو, a
  bridge named for that day's martyrs); with its year the day stands.
- Not a clock: a name's number before a part of the day (بجامعة الجزائر 2
  صبيحة اليوم الاثنين: the university's; the day stands).
- Not a date: a number's figures after the word number (مصوبه شماره
  3/11/1973, an id; the Solar Hijri date after it stays Solar Hijri).
- Not a date: a race's distance in metres opening a bracket ((1800م على
  المضمار العشبي, (1200م رملي،), while (1934م) is the year; an ordinal and a
  comma before a month (سال ششم، دی ماه ۱۳۷۸, العدد السادس، يناير 2020: a
  volume's or an issue's number; the month and year stand), nor a Persian
  ordinal after سال or شماره (سال چهارم جدی 1385: the volume's), nor an
  issue's number in figures and a comma before its month (شماره 20، آذر 1393).

Days come from datetime, Solar Hijri days and months from convertdate (years
1380-1405) and Solar Hijri years from the Calendar Center's leap years, offsets
from zoneinfo; nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_three_hundred_forty_first_sets.py >
tests/extract/cases/three_hundred_forty_first_sets.jsonl"""
import random

import datetime as dt

from case_form import (AR_CLOCK_HOURS, AR_DIGITS, AR_GREG, AR_LEVANTINE, AR_WEEKDAYS, FA_DIGITS, FA_JALALI, FA_ORD,
                       FA_ZODIAC, case, clock_value, emit, jalali_month, jdate, nearest_day, solar_hijri_year, umm_al_qura,
                       want)

rng = random.Random(341)
out = []
DAY = dt.timedelta(days=1)
AR_ORD = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس", 7: "السابع", 8: "الثامن",
          9: "التاسع", 10: "العاشر", 11: "الحادي عشر", 15: "الخامس عشر", 20: "العشرين", 21: "الحادي والعشرين",
          25: "الخامس والعشرين"}


def pair(m, n):
    """The two names of month m, the standard one first on even n."""
    return f"{AR_GREG[m - 1]} {AR_LEVANTINE[m - 1]}" if n % 2 == 0 else f"{AR_LEVANTINE[m - 1]} {AR_GREG[m - 1]}"


# An ordinal day and من before the pair: no reference (year-less), a reference (the nearest year), a year.
for n in range(24):
    m = n % 12 + 1
    d = rng.choice(list(AR_ORD))
    surface = f"{AR_ORD[d]} من {pair(m, n)}"
    if n < 8:
        out.append(case(f"ويبدأ التسجيل في {surface} في جميع المراكز.", "ar", None,
                        [want(surface, "gregorian", f"XXXX-{m:02d}-{d:02d}", "day", ["unresolved"])]))
    elif n < 16:
        ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
        day = nearest_day(ref, m, d)
        out.append(case(f"ويبدأ التسجيل في {surface} في جميع المراكز.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])], tz="Asia/Beirut"))
    else:
        y = rng.randrange(1990, 2026)
        ys = str(y).translate(AR_DIGITS) if n % 3 == 0 else str(y)
        surface = f"{surface} {ys}"
        out.append(case(f"صدر القرار في {surface} عن الوزارة.", "ar", None,
                        [want(surface, "gregorian", dt.date(y, m, d).isoformat(), "day")], tz="Asia/Damascus"))

# The month word, a part of the month, a qualifier: the month, its 15th, the last or next one.
for n in range(24):
    m = n % 12 + 1
    ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    kind = n % 4
    if kind == 0:  # خلال شهر …: the month whose 15th is nearest
        surface = f"شهر {pair(m, n // 4)}"
        y = nearest_day(ref, m, 15).year
        value, gran = f"{y}-{m:02d}", "month"
    elif kind == 1:  # منتصف …: the 15th, the year nearest
        surface = f"منتصف {pair(m, n // 4)}"
        value, gran = nearest_day(ref, m, 15).isoformat(), "day"
    elif kind == 2:  # … الماضي: the last such month before the reference's
        surface = f"{pair(m, n // 4)} الماضي"
        y = ref.year if m < ref.month else ref.year - 1
        value, gran = f"{y}-{m:02d}", "month"
    else:  # … المقبل: the next such month after the reference's
        surface = f"{pair(m, n // 4)} المقبل"
        y = ref.year if m > ref.month else ref.year + 1
        value, gran = f"{y}-{m:02d}", "month"
    out.append(case(f"وسجلت الأسعار ارتفاعا خلال {surface} بحسب التقرير.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", value, gran, ["year_inferred"])], tz="Asia/Amman"))

# يومه before a weekday and its date; a clock and من before it, on the page's own day.
for n in range(14):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    wd = AR_WEEKDAYS[day.weekday()]
    maghreb = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
    if n % 2 == 0:
        surface = f"يومه {wd} {day.day} {maghreb[day.month - 1]} {day.year}"
        out.append(case(f"انطلقت صباح {surface} فعاليات المهرجان.", "ar", None,
                        [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Casablanca"))
    else:
        h = rng.randrange(1, 12)
        part, hh = ("صباحا", h) if h < 11 else ("ليلا", h + 12)
        surface = f"الساعة {AR_CLOCK_HOURS[h - 1]} {part} من يومه {wd}"
        out.append(case(f"تنطلق القافلة على {surface} من الرباط.", "ar", day.isoformat(),
                        [want(surface, "relative", clock_value(day, hh, 0, "Africa/Casablanca"), "minute")],
                        tz="Africa/Casablanca"))

# A Solar Hijri year ending its line after a word, in a list of downloads or a headline; both digit scripts.
NOUNS = ["تعرفه عوارض", "ارزش معاملاتی", "دفترچه بودجه", "گزارش عملکرد", "بخشنامه افزایش حقوق", "تقویم آموزشی"]
for n in range(12):
    years = [rng.randrange(1381, 1406) for _ in range(2)]
    if n == 0:
        years[0] = 1400
    digits = FA_DIGITS if n % 2 else str.maketrans("", "")
    lines = [f"{NOUNS[(n + k) % len(NOUNS)]} {str(y).translate(digits)}" for k, y in enumerate(years)]
    out.append(case("قوانین و مقررات\n" + "\n".join(lines) + "\n", "fa", None,
                    [want(str(y).translate(digits), "jalali", solar_hijri_year(y), "year", ["calendar_guessed"])
                     for y in years]))
for text in ("کد 1385\n", "پلاک ۱۳۹۸\n", "شماره گذاری خودروها با مدل 1404\n", "فرداد پرواز\n\n25 ادریبهشت 1396\n"):
    out.append(case(text, "fa", None, []))

# A whole date in figures after the year word; a site's name and its whole date glued.
for n in range(6):
    day = dt.date(rng.randrange(2000, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    iso = day.isoformat().translate(AR_DIGITS) if n % 2 else day.isoformat()
    word = ["العام", "سنة", "عام"][n % 3]
    out.append(case(f"افتتح المجلس {word} {iso} بحضور الوزير.", "ar", None,
                    [want(iso, "gregorian", day.isoformat(), "day")]))
for n in range(6):
    day = dt.date(rng.randrange(2000, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    site = ["تهامة نيوز", "اليمن اليوم", "الشروق"][n % 3]
    glued = f"{day.day}{AR_GREG[day.month - 1]}{day.year}م"
    out.append(case(f"براءة اختراع\n\n{site}{glued}\n\nبقلم الكاتبة", "ar", None,
                    [want(glued, "gregorian", day.isoformat(), "day")]))
for n in range(4):
    jy, jm, jd = rng.randrange(1385, 1405), rng.randrange(1, 13), rng.randrange(1, 29)
    glued = f"{jd}{FA_JALALI[jm - 1]}{jy}"
    glued = glued.translate(FA_DIGITS) if n % 2 else glued
    out.append(case(f"ایسنا{glued} گزارش داد.", "fa", None,
                    [want(glued, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# Timelines: each year alone on its line before its event's; a year, a dash ending its line.
for n in range(6):
    years = sorted(rng.sample(range(1950, 2025), 3))
    events = ["أول عملية زرع قرنية", "أول عملية زرع الكلى", "افتتاح المستشفى الجامعي", "أول عملية قلب مفتوح"]
    body = "".join(f"{y}\n{events[(n + k) % len(events)]}\n" for k, y in enumerate(years))
    out.append(case("تاريخ الطب في البلاد\n\n" + body, "ar", None,
                    [want(str(y), "gregorian", str(y), "year") for y in years]))
for n in range(4):
    y = rng.randrange(1900, 2020)
    dash = ["–", "-"][n % 2]
    out.append(case(f"فاز مناصروه بمعظم المقاعد.\n{y} {dash}\nالاتحاد السوفيتي يعلن إطلاق القمر.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")]))
out.append(case("قیمت پایانی هفته گذشته\nدلار آمریکا\n1938\n1964\n26\nیورو\n2418\n2482\n64", "fa", None, []))

# Years between بين and the year word again on و; a chain of years each the next.
for n in range(8):
    a = rng.randrange(1960, 2015)
    b = a + rng.randrange(2, 9)
    word, again = [("بين عام", "وعام"), ("بين العام", "والعام"), ("ما بين سنة", "وسنة"), ("بين عام", "وعام")][n % 4]
    digits = AR_DIGITS if n % 3 == 2 else str.maketrans("", "")
    ya, yb = str(a).translate(digits), str(b).translate(digits)
    first = word.split(" ", 1)[1] if word.startswith("بين") else word.split(" ", 2)[2]
    surface = f"{first} {ya} {again} {yb}"
    out.append(case(f"تضاعف الإنتاج {word} {ya} {again} {yb} بحسب التقرير.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))
for n in range(4):
    a = rng.randrange(1990, 2020)
    years = [a + k for k in range(3 + n % 2)]
    chain = "-".join(map(str, years)) + ("م" if n % 2 else "")
    out.append(case(f"ارتفع عدد المستفيدين خلال {chain} إلى الضعف.", "ar", None,
                    [want(chain, "gregorian", f"{years[0]}-01-01/{years[-1]}-12-31", "year")]))
years = [2013, 2014, 2015]
out.append(case("قدم التقرير السنوي لسنوات 2013-2014-2015 من رئيس المحكمة.", "ar", None,
                [want("لسنوات 2013", "gregorian", "2013", "year"), want("2014", "gregorian", "2014", "year"),
                 want("2015", "gregorian", "2015", "year")]))

# A book's citation in brackets; a Persian year after در before توسط.
for n in range(6):
    y = rng.randrange(1950, 2026)
    pub = ["دار ميم/ ", "دار الآداب، ", "المركز القومي للترجمة، "][n % 3]
    out.append(case(f"صدرت الرواية ({pub}{y}) وفازت بالجائزة.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
for n in range(4):
    jy = rng.randrange(1340, 1404)
    ys = str(jy).translate(FA_DIGITS) if n % 2 else str(jy)
    place = ["تهران، ", "مشهد، "][n % 2]
    out.append(case(f"این مقاله در یادنامه ({place}{ys}) منتشر شده است.", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for n in range(4):
    y = rng.randrange(1990, 2025)
    ys = str(y).translate([FA_DIGITS, AR_DIGITS][n % 2])
    out.append(case(f"ترجمه این رساله در {ys} توسط مترجم افغان صورت گرفت.", "fa", None,
                    [want(f"در {ys}", "gregorian", str(y), "year")], tz="Asia/Kabul"))

# The hour alone in brackets after the hour word.
for n in range(6):
    day = dt.date(rng.randrange(2010, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    h = rng.randrange(1, 12)
    part, hh = [("من مساء اليوم", h + 12), ("مساء", h + 12), ("صباحا", h)][n % 3]
    surface = f"الساعة ({h}) {part}"
    out.append(case(f"تقام الجولة الأولى عند {surface} في قاعة الاتحاد.", "ar", day.isoformat(),
                    [want(f"عند {surface}", "relative", clock_value(day, hh, 0, "Asia/Amman"),
                          "minute")], tz="Asia/Amman"))

# A month-first date after a number glued to its month; a feminine ordinal before a month.
for n in range(4):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    surface = f"{AR_GREG[day.month - 1]} {day.day}, {day.year}"
    out.append(case(f"بواسطة المغرب 24{surface}\nشارك", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
for n, ordinal in enumerate(["الثالثة", "الخامسة", "الثامنة عشرة"]):
    y, m = rng.randrange(2015, 2026), rng.randrange(1, 13)
    surface = f"{AR_GREG[m - 1]} {y}"
    out.append(case(f"تعود البطولة في نسختها {ordinal} {surface} بمشاركة واسعة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m:02d}", "month")]))

# Persian's two-digit year in words after سال; glued tens.
FA_TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
FA_UNITS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
for n in range(10):
    yy = rng.randrange(51, 100)
    if yy % 10 == 0:
        yy += 1
    words = f"{FA_TENS[yy // 10 * 10]} و {FA_UNITS[yy % 10]}" if n % 2 == 0 else f"{FA_TENS[yy // 10 * 10]}و{FA_UNITS[yy % 10]}"
    jy = 1300 + yy
    if n < 6:
        out.append(case(f"این طرح در سال {words} اجرا شد.", "fa", None,
                        [want(f"در سال {words}", "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
    else:
        jm, jd = rng.randrange(1, 13), rng.randrange(1, 30)
        surface = f"{FA_ORD[jd] if jd in FA_ORD else jd} {FA_JALALI[jm - 1]}ماه سال {words}"
        out.append(case(f"این مراسم {surface} برگزار شد.", "fa", None,
                        [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
for text in ("روزنامه رسمی، سال هفتاد و دو شماره ۲۰۷۴۲ منتشر شد.", "در سال بیست درصد افزایش یافت."):
    out.append(case(text, "fa", None, []))

# This year with its number after from, then a word for to.
for n in range(4):
    a = rng.randrange(2015, 2026)
    b = a + rng.randrange(1, 4)
    this, to = [("العام الجاري", "حتى العام"), ("العام الحالي", "إلى"), ("العام الجاري", "إلى غاية"), ("العام الحالي", "حتى")][n]
    surface = f"{this} {a} {to} {b}"
    out.append(case(f"يمتد البرنامج من {surface} بحسب الوزارة.", "ar", f"{a}-05-01",
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))

# Ranges half in figures.
UQ = umm_al_qura()
for n in range(4):
    y, m = rng.randrange(2010, 2026), rng.randrange(1, 13)
    d1 = rng.randrange(13, 25)
    d2 = d1 + rng.randrange(1, 4)
    if n % 2 == 0:
        surface = f"من {d1} إلى {d2}/{m}"
        out.append(case(f"ويقام المؤتمر في الفترة {surface} تحت رعاية الوزير.", "ar", None,
                        [want(surface, "gregorian", f"XXXX-{m:02d}-{d1:02d}/XXXX-{m:02d}-{d2:02d}", "day", ["unresolved"])]))
    else:
        surface = f"من {d1} إلى {d2}/{m}/{y}"
        out.append(case(f"ويقام المؤتمر في الفترة {surface} تحت رعاية الوزير.", "ar", None,
                        [want(surface, "gregorian", f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{d2:02d}", "day")]))
out.append(case("وتراجعت النسبة من 2 إلى 3/4 من الحالات.", "ar", None, []))
for n in range(4):
    hy, hm = rng.randrange(1430, 1446), rng.randrange(1, 13)
    d1 = rng.randrange(1, 20)
    d2 = d1 + 3
    first = UQ[(hy, hm)]
    surface = f"{d1}-{d2}\\{hm}\\{hy}هـ"
    out.append(case(f"عقد المؤتمر خلال الفترة {surface} في الرياض.", "ar", None,
                    [want(surface, "hijri", f"{(first + (d1 - 1) * DAY).isoformat()}/{(first + (d2 - 1) * DAY).isoformat()}",
                          "day")], tz="Asia/Riyadh"))
for n in range(3):
    m = rng.randrange(1, 13)
    d1 = rng.randrange(1, 27)
    surface = f"بين ({d1} وحتى {d1 + 1} {AR_LEVANTINE[m - 1]}"
    out.append(case(f"عقد المؤتمر للمدة ما {surface}) بمشاركة 309 باحثين.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{m:02d}-{d1:02d}/XXXX-{m:02d}-{d1 + 1:02d}", "day", ["unresolved"])],
                    tz="Asia/Baghdad"))
for n in range(3):
    y = rng.randrange(2015, 2026)
    sep = [" / ", "-", "/"][n]
    surface = f"العام الدراسي الجديد {y}{sep}{y + 1}"
    out.append(case(f"انطلاق {surface} في جميع المدارس.", "ar", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))
for n in range(3):
    jy = rng.randrange(1385, 1404)
    a, _ = jalali_month(jy, 1)
    _, b = jalali_month(jy, 6)
    surface = f"سه ماهه اول و دوم سال {jy}"
    out.append(case(f"گزارش عملکرد {surface} منتشر شد.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month", ["calendar_guessed"])]))

# A university or academic year; a year word before two years with their era and a slash.
for n in range(6):
    y = rng.randrange(2010, 2026)
    word = ["السنة الجامعية", "للعام الأكاديمي", "العام الأكاديمي الجديد", "للسنة الجامعية", "العام الأكاديمي",
            "لعام"][n]
    sep = ["/ ", "/", "-", " – ", "/", "م/"][n]
    end = "م" if n == 5 else ""
    surface = f"{word} {y}{sep}{y + 1}{end}"
    out.append(case(f"حفل اختتام {surface}، وسط حضور مميز.", "ar", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))

# A Persian year and "onwards"; a year after در before برای.
for n in range(6):
    if n % 2 == 0:
        y = rng.randrange(1990, 2025)
        ys = str(y).translate(FA_DIGITS) if n % 4 == 0 else str(y)
        out.append(case(f"در سال های اخیر ({ys} به بعد) نشانه ای جدید مشاهده شده است.", "fa", None,
                        [want(f"{ys} به بعد", "gregorian", str(y), "year")]))
    else:
        jy = rng.randrange(1370, 1404)
        ys = str(jy).translate(FA_DIGITS)
        out.append(case(f"این قانون از {ys} به بعد اجرا می‌شود.", "fa", None,
                        [want(f"{ys} به بعد", "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for n in range(3):
    y = rng.randrange(1850, 2000)
    ys = str(y).translate(FA_DIGITS)
    out.append(case(f"لوئی پاستور در {ys} برای اولین بار موفق شد.", "fa", None,
                    [want(f"در {ys}", "gregorian", str(y), "year")]))

# A day without its year after شهداء: a name.
for n in range(3):
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    out.append(case(f"تخفيف الكثافة على الجسرين الآخرين (شهداء {d} {AR_GREG[m - 1]} أو البوسفور).", "ar", None, []))
y = rng.randrange(2000, 2024)
out.append(case(f"جرى تكريم شهداء 15 يوليو {y} في أنقرة.", "ar", None, [want(f"15 يوليو {y}", "gregorian", f"{y}-07-15", "day")]))

# Not a clock: a name's number before a part of the day.
for n in range(3):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    wd = AR_WEEKDAYS[day.weekday()]
    city = ["الجزائر", "قسنطينة", "وهران"][n]
    surface = f"اليوم {wd} {day.day} {AR_GREG[day.month - 1]} {day.year}"
    out.append(case(f"شهدت قاعة المحاضرات بجامعة {city} 2 صبيحة {surface} حفل اختتام.", "ar", day.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Algiers"))

# A number's figures after the word number, an id; the Solar Hijri date after it.
for n in range(3):
    jy, jm, jd = rng.randrange(1385, 1404), rng.randrange(1, 13), rng.randrange(1, 29)
    num = f"{rng.randrange(1, 13)}/{rng.randrange(1, 13)}/{rng.randrange(1960, 1990)}"
    surface = f"{jy}/{jm:02d}/{jd:02d}"
    out.append(case(f"این نشریه بر اساس مصوبه شماره {num} مورخه {surface} کمیسیون نشریات حائز درجه شده است.", "fa",
                    None, [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day", ["calendar_guessed"])]))

# Dari's nineteen and nineteenth before a zodiac month.
for n in range(4):
    jy, jm = rng.randrange(1385, 1405), rng.randrange(1, 13)
    words = ["نزدهم", "نزده"][n % 2]
    surface = f"{words} {FA_ZODIAC[jm - 1]} {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"این گزارش {surface} در کابل نشر شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, 19).isoformat(), "day")], tz="Asia/Kabul"))

# Not a date: a race's distance in metres opening a bracket; an ordinal and a comma before a month.
for n, dist in enumerate([1800, 1200, 1600, 2000]):
    ground = ["على المضمار العشبي", "رملي،", "عشبي،", "على الرمل"][n]
    out.append(case(f"سباق دبي ({dist}م {ground} 5 ملايين دولار).", "ar", None, []))
out.append(case("ولد الشاعر (1934م) في القاهرة.", "ar", None, [want("1934م", "gregorian", "1934", "year")]))
for n in range(4):
    jy, jm = rng.randrange(1381, 1405), rng.randrange(1, 13)
    a, b = jalali_month(jy, jm)
    month = f"{FA_JALALI[jm - 1]} ماه {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"هفته‌نامه بنیاد، سال ششم، {month} منتشر شده است.", "fa", None,
                    [want(month, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")]))
for n in range(4):  # a volume's ordinal after سال with no comma, a zodiac month after it
    jy, jm = rng.randrange(1381, 1405), rng.randrange(1, 13)
    a, b = jalali_month(jy, jm)
    month = f"{[FA_JALALI, FA_ZODIAC][n % 2][jm - 1]} {jy}"
    out.append(case(f"ماهنامه، شماره ششم سال چهارم {month}", "fa", None,
                    [want(month, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")], tz=["Asia/Tehran", "Asia/Kabul"][n % 2]))
for n in range(3):  # an issue's number in figures, a comma, then its month
    jy, jm = rng.randrange(1381, 1405), rng.randrange(1, 13)
    a, b = jalali_month(jy, jm)
    month = f"{FA_JALALI[jm - 1]} {jy}"
    out.append(case(f"مقاله 7، دوره 6، شماره {rng.randrange(1, 31)}، {month}، صفحه 173-198", "fa", None,
                    [want(month, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")]))
for n in range(3):
    y, m = rng.randrange(2000, 2026), rng.randrange(1, 13)
    out.append(case(f"صدر العدد السادس، {AR_GREG[m - 1]} {y} من المجلة.", "ar", None,
                    [want(f"{AR_GREG[m - 1]} {y}", "gregorian", f"{y}-{m:02d}", "month")]))

# Not one month: two months in a row of a list, a pair of different months, Persian text.
for text, lang in [("تراجعت الصادرات بين يناير فبراير ومارس.", "ar"),
                   ("احتفل في يومه الأول بالمنصب.", "ar"),
                   ("واحتفلت المدرسة بيومه الوطني.", "ar")]:
    out.append(case(text, lang, None, []))

emit("forms of the three-hundred-and-forty-first real-text sets: generated by "
     "tools/gen/cases_three_hundred_forty_first_sets.py (oracles: datetime, zoneinfo, convertdate, Calendar Center leap years)", out)
