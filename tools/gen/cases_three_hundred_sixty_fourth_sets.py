#!/usr/bin/python3
"""Writes tests/extract/cases/three_hundred_sixty_fourth_sets.jsonl: forms met
in the three-hundred-and-sixty-fourth real-text sets and after, generated
across their families.

- A whole date in figures with commas for its slashes, written tight, the
  year's four digits at either end (مصوب ۱۳۴۸,۰۸,۲۱, 29,03,2024, ۲۵،۶،۲۰۲۳):
  the date, Solar Hijri in Persian when the year is; not a number's
  thousands (1,234,567) nor figures with blanks between.
- A date in figures with dots and a two-digit year last after a word for
  "dated" (مورخ ۱۳.۱.۹۲, بتاريخ 13.1.92, تاریخ: 5.7.98): the date; not a
  version's number (الإصدار 13.1.92).
- A disaster's year, a place's or a storm's name of one or two words between
  or none (زلزال القاهرة 1992, إعصار دانيال 2023, فيضانات 2019, زلزله بم
  ۱۳۸۲, زمین‌لرزه ۱۳۵۷ طبس, سیل ۱۳۹۸): the year; not a count (سیل ۱۴۰۰ خانوار:
  a round hundred stays a count after the word).
- Three days or more, each the next, with slashes or backslashes between
  after أيام or روزهای (أيام 16\\17\\18 ماي 2025, روزهای ۱۶/۱۷/۱۸ اردیبهشت):
  one span.
- A school year by its Hijri year, a dash and the two Gregorian years it
  overlaps (للعام الدراسي 1446 هـ - 2024/2025 م): the two Gregorian years.
- A season's two years after its word for this, next or last (للموسم الحالي
  2020 / 2021): the two years.
- Years in a list after the year word with a comma and و before each (سنوات
  2005، و2007، و2009): each year.
- A bulleted list of years, each first after its bullet and before its
  event (•  1941 انفصال …⏎  •  1966 تم تأسيس …): each year; not a list of
  sums (• 1500 دينار).
- A year in brackets before the next item of a list on و (دقة الأثري (1997)
  ومدينة سوسة), or after a title in quotes ("الخوالي" (2000)): the year; not
  before a count's unit on و ((1500) وحدة).
- A year after في before أما or فقد (في 2009 أما في 2011 فقد تراجعت): each.
- A clock time alone, then a year alone, then its day in the same sentence
  (في تمام الساعة الثالثة عصراً حين وقع زلزال القاهرة 1992 في يوم 12 أكتوبر
  1992): the clock on that day.
- A Solar Hijri date and its Gregorian twin after a dash (24/1/1388-
  13/4/2009): one day, no span across six centuries.
- A doubled dash between a date and its clock (04 أكتوبر 2018 -- 10:06:23):
  the moment.
- A day in brackets after the day word before من and its month (يوم (15) من
  شهر أكتوبر الحالي, يوم (15) من الشهر الجاري): that day.
- The word for date after from before a range of days (من تاريخ 21 إلى 30
  سبتمبر 2022, از تاریخ ۲۱ تا ۳۰ شهریور ۱۴۰۲): the range, the words in it.
- With no reference, a range of days without its year opening with از after
  a Solar Hijri year (در سال ۱۴۰۳ از یکم تا هفتم اردیبهشت ماه): in that year.
- Not a date: a Maghrebi street or lane named for a day (بنهج 1 نوفمبر, نهج
  18 جانفي, زنقة 20 غشت).
- Ramadan after the Persian month word with a Solar Hijri year of two digits
  (ماه مبارک رمضان 95, ماه رمضان ۹۸): that Solar year's Ramadan by Iran's
  calendar; not before a count (ماه رمضان ۱۵ روز, ۴۰ درصد).
- A championship's year (وصيف بطولة 2019, لبطولة 2024); not a round hundred
  before a count (بطولة 2000 لاعب).
- Not a date: a swimming pool named for a day (بمسبح 5 جويلية, بمسبح أول ماي).
- A relative day with its weekday and date, then و written apart before the
  word for "until" (غدا الإثنين 1 غشت و إلى غاية 6 منه): one range.
- A plan's year (خطة 2026 للتحول الرقمي; not خطة 2000 مسكن); the year word and
  a year in quotes (منذ عام “2013”: the year, not a year ago).
- A report's Solar Hijri year, a word between or none (گزارش 1400, گزارش سالانه
  ۱۴۰۳, گزارش دیجیکالا ۱۴۰۰); not before مورد (گزارش ۱۳۵۰ مورد: cases).
- An agreement's year (اتفاق 2015, توافق ۲۰۱۵; not اتفاق 2000 دولار); a span of
  years by a slash after بين or the word for a period (ما بين 2020/2024,
  الفترة 2020/2024).
- The Friday prayer with its weekday's qualifier (بعد صلاة الجمعة الماضية, نماز
  جمعه گذشته): that Friday; not امام جمعه این استان (this province's).
- Not a day: the two together (كاهل الاثنين معًا); a newspaper's name before its
  writer in a byline (الغد-عبدالرحمن الخوالدة, اليمن الغد/ تقرير).
- Not a week: a league's round in Persian sports news (دیدارهای این هفته,
  در دیگر دیدار این هفته, این هفته از رقابت‌ها); این هفته alone stays.

Days come from datetime, Solar Hijri days and years from convertdate and the
Calendar Center's leap years, offsets from zoneinfo; nothing here is read
from taqvim. Run from the project root:
tools/gen/cases_three_hundred_sixty_fourth_sets.py >
tests/extract/cases/three_hundred_sixty_fourth_sets.jsonl"""
import random

import datetime as dt

from case_form import (AR_CLOCK_HOURS, AR_DIGITS, AR_GREG, AR_WEEKDAYS, FA_DIGITS, FA_JALALI, case, clock_value, emit, fa,
                       iran_lunar, jdate, jday, solar_hijri_year, umm_al_qura, want)

rng = random.Random(364)
out = []
DAY = dt.timedelta(days=1)
LATIN = str.maketrans("", "")
SCRIPTS = [LATIN, FA_DIGITS, AR_DIGITS]
UMM = umm_al_qura()


def week_of(day):
    """The Saturday-to-Friday week holding day, as Persian weeks run."""
    start = day - ((day.weekday() - 5) % 7) * DAY
    return f"{start.isoformat()}/{(start + 6 * DAY).isoformat()}"


# Commas for slashes: a Solar Hijri date year first in Persian, a Gregorian one either way in Arabic.
for n in range(12):
    jy, jm, jd = rng.randrange(1300, 1405), rng.randrange(1, 13), rng.randrange(1, 30)
    digits = SCRIPTS[n % 3]
    sep = "," if n % 4 else "،"
    surface = f"{jy}{sep}{jm:02d}{sep}{jd:02d}".translate(digits)
    out.append(case(f"ماده ۱۳ اساسنامه شرکت مصوب {surface} مجمع عمومی", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day", ["calendar_guessed"])]))
for n in range(12):
    day = dt.date(rng.randrange(1990, 2026), rng.randrange(1, 13), rng.randrange(13, 29))
    digits = SCRIPTS[n % 3] if n % 3 != 1 else LATIN
    surface = (f"{day.year},{day.month:02d},{day.day:02d}" if n % 2 else f"{day.day},{day.month:02d},{day.year}").translate(digits)
    out.append(case(f"صدر القرار بتاريخ {surface} عن الوزارة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))
for text, lang in [("بلغت الإيرادات 1,234,567 دولار.", "ar"), ("هزینه ۱۲,۵۰۰,۰۰۰ ریال شد", "fa"),
                   ("وبلغ العدد 2019, 12, 5 حالات.", "ar"), ("رقم الحساب 1402,15,33 لدى البنك.", "ar")]:
    out.append(case(text, lang, None, []))

# Dots and a two-digit year last after a word for "dated".
for n in range(8):
    jy, jm, jd = rng.randrange(1370, 1400), rng.randrange(1, 13), rng.randrange(13, 30)
    word = ["مورخ", "مورخه", "به تاریخ", "تاریخ:"][n % 4]
    surface = f"{jd}.{jm}.{jy % 100}".translate(SCRIPTS[n % 2])
    out.append(case(f"نامه {word} {surface} ابلاغ شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day", ["calendar_guessed"])]))
for n in range(6):
    day = dt.date(rng.randrange(1990, 2000), rng.randrange(1, 13), rng.randrange(13, 29))
    surface = f"{day.day}.{day.month}.{day.year % 100}".translate(SCRIPTS[2 * (n % 2)])
    out.append(case(f"صدر المرسوم بتاريخ {surface} عن الرئاسة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day", ["calendar_guessed"])]))
for text, lang in [("نزل الإصدار 13.1.92 من البرنامج.", "ar"), ("نسخه 12.5.90 نرم‌افزار منتشر شد", "fa")]:
    out.append(case(text, lang, None, []))

# A disaster's year, a name of none, one or two words between.
AR_DISASTERS = [("زلزال", ["القاهرة", "بومرداس", "الحوز", "أغادير"]), ("إعصار", ["دانيال", "شاهين", "ميكونو"]),
                ("فيضانات", ["", "السودان"]), ("سيول", ["", "جدة"])]
for n in range(12):
    word, places = AR_DISASTERS[n % 4]
    place = places[(n // 4) % len(places)]
    y = rng.randrange(1950, 2025)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    text_place = f"{place} " if place else ""
    out.append(case(f"ذكرى {word} {text_place}{ys} الذي خلف دمارا كبيرا.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
FA_DISASTERS = [("زلزله", ["بم", "رودبار", "کرمانشاه"]), ("زمین‌لرزه", ["", "طبس"]), ("سیل", ["", "گلستان"]),
                ("زمین لرزه", ["سرپل ذهاب", "بم"])]
for n in range(12):
    word, places = FA_DISASTERS[n % 4]
    place = places[(n // 4) % len(places)]
    jy = rng.choice([y for y in range(1340, 1404) if y % 100])  # (a round hundred: as often a count, سیل ۱۴۰۰ خانوار)
    ys = str(jy).translate(SCRIPTS[n % 2])
    text_place = f"{place} " if place else ""
    out.append(case(f"سالگرد {word} {text_place}{ys} برگزار شد", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for text, lang in [("سیل ۱۴۰۰ خانوار را آواره کرد", "fa"), ("زلزال بقوة 2000 درجة", "ar"),
                   ("ضرب زلزال بقوة 5.8 درجات المنطقة", "ar")]:
    out.append(case(text, lang, None, []))

# Days each the next with slashes or backslashes after أيام / روزهای: one span.
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
for n in range(8):
    y, m, d = rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 26)
    count = 3 + n % 2
    sep = "\\" if n % 2 else "/"
    days = sep.join(str(d + k) for k in range(count))
    surface = f"{days} {MAGHREB[m - 1]} {y}"
    last = dt.date(y, m, d + count - 1)
    out.append(case(f"نظمت العصبة، أيام {surface} ، بطولة جهوية.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d).isoformat()}/{last.isoformat()}", "day")],
                    tz="Africa/Casablanca"))
for n in range(4):
    jy, jm, jd = rng.randrange(1395, 1405), rng.randrange(1, 13), rng.randrange(1, 26)
    days = "/".join(str(jd + k) for k in range(3)).translate(FA_DIGITS)
    surface = f"{days} {FA_JALALI[jm - 1]} {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"این نمایشگاه روزهای {surface} برپا است", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, jd).isoformat()}/{jdate(jy, jm, jd + 2).isoformat()}", "day")]))

# A school year by its Hijri year and the two Gregorian years.
for n, hy in enumerate(range(1440, 1448)):
    g = UMM[(hy, 1)].year  # the Gregorian year its 1 Muharram falls in: the school year starts that autumn
    word = ["للعام الدراسي", "العام الدراسي", "للعام الجامعي", "العام الجامعي"][n % 4]
    era = [" هـ", "هـ"][n % 2]
    surface = f"{word} {hy}{era} - {g}/{g + 1}{[' م', 'م'][n % 2]}"
    out.append(case(f"يستفيد الطلاب {surface}.", "ar", None,
                    [want(surface, "gregorian", f"{g}-01-01/{g + 1}-12-31", "year")], tz="Asia/Aden"))

# A season's two years after this, next or last.
for n in range(8):
    y = rng.randrange(2015, 2026)
    word = ["للموسم", "الموسم", "موسم"][n % 3]
    rel = ["الحالي", "الجاري", "المقبل", "الماضي"][n % 4]
    years = f"{y}{[' / ', '/'][n % 2]}{y + 1}"
    out.append(case(f"وبحسب آلية الدوري {word} {rel} {years}، فإن المنافسات تقام في القاعة.", "ar", None,
                    [want(years, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")], tz="Asia/Baghdad"))

# Years in a list after the year word, a comma and و before each.
for n in range(6):
    years = sorted(rng.sample(range(1990, 2026), 3 + n % 3))
    first = f"سنوات {years[0]}"
    text = first + "".join(f"، و{y}" for y in years[1:])
    out.append(case(f"وتوج الفريق بألقاب {text}.", "ar", None,
                    [want(first, "gregorian", str(years[0]), "year")] + [want(str(y), "gregorian", str(y), "year") for y in years[1:]]))

# A bulleted list of years.
EVENTS = ["انفصال دائرة الجوازات عن الشرطة", "تم تأسيس دائرة الأحوال المدنية", "باشرت الدائرة عملها",
          "بدأ تدوين الأرقام الوطنية", "تم ربط جميع المكاتب"]
for n in range(4):
    years = sorted(rng.sample(range(1900, 2025), 3))
    lines = [f"  •  {y} {EVENTS[(n + k) % len(EVENTS)]}." for k, y in enumerate(years)]
    out.append(case("تاريخ الجهاز:\n" + "\n".join(lines), "ar", None,
                    [want(str(y), "gregorian", str(y), "year") for y in years]))
out.append(case("• 1500 دينار للفرد\n• 2000 دينار للعائلة\n", "ar", None, []))

# A year in brackets before the next item on و, or after a title in quotes.
for n in range(6):
    a, b = rng.sample(range(1960, 2025), 2)
    sites = [("جزيرة جربة", "وموقع دقة الأثري"), ("المدينة العتيقة", "وقصر الجم"), ("مسلسل الخوالي", "ومسلسل ليالي الصالحية")]
    s1, s2 = sites[n % 3]
    if n < 3:
        text = f"أدرجت اليونسكو {s1} ({a}) {s2} ({b}) ومدينة سوسة في القائمة."
    else:
        text = f'كما أن "{s1}" ({a}) و"{s2[1:]}" ({b}) حققا نجاحا.'
    out.append(case(text, "ar", None, [want(f"({a})", "gregorian", str(a), "year"), want(f"({b})", "gregorian", str(b), "year")]))
out.append(case("وسلمت الوزارة بمحلية (1500) وحدة سكنية.", "ar", None, []))

# في and a year before أما or فقد.
for n in range(4):
    a, b = sorted(rng.sample(range(1995, 2025), 2))
    text = f"بلغ عدد العمليات في {a} أما في {b} فقد تراجعت النسبة."
    out.append(case(text, "ar", None, [want(f"في {a}", "gregorian", str(a), "year"), want(f"في {b}", "gregorian", str(b), "year")]))

# A clock, a year alone, then the day: the clock on that day.
for n in range(4):
    day = dt.date(rng.randrange(1990, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
    h = rng.randrange(1, 6)
    clock = f"الساعة {AR_CLOCK_HOURS[h - 1]} عصراً"
    date = f"{day.day} {AR_GREG[day.month - 1]} {day.year}"
    text = f"كانت البداية في تمام {clock} حين وقع زلزال القاهرة {day.year} في يوم {date} قرب دهشور."
    out.append(case(text, "ar", None,
                    [want(f"في تمام {clock}", "relative", clock_value(day, h + 12, 0, "Africa/Cairo"), "minute"),
                     want(str(day.year), "gregorian", str(day.year), "year"),
                     want(date, "gregorian", day.isoformat(), "day")], tz="Africa/Cairo"))

# A league's round, not a week; the week alone stays.
for n in range(6):
    ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    text = ["در جریان دیدارهای این هفته تیم های مدعی پیروز شدند.", "در دیگر دیدار این هفته مهرام به میدان رفت.",
            "در این هفته از رقابت‌ها دیدار دو تیم برگزار نخواهد شد."][n % 3]
    out.append(case(text, "fa", ref.isoformat(), []))
    if n < 2:
        out.append(case("این هفته جلسه شورا برگزار شد.", "fa", ref.isoformat(),
                        [want("این هفته", "relative", week_of(ref), "week")]))

# A Solar Hijri date and its Gregorian twin after a dash: one day, the first written.
for n in range(4):
    day = dt.date(rng.randrange(2005, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    jy, jm, jd = jday(day)
    surface = f"{jd}/{jm}/{jy}-{' ' if n % 2 else ''}{day.day}/{day.month}/{day.year}"
    out.append(case(f"تاریخ ورود به سایت: {surface}\n\nجشن گل بادام", "fa", None,
                    [want(surface, "jalali", day.isoformat(), "day", ["calendar_guessed"])], tz="Asia/Kabul"))

# Not a date: a Maghrebi street or lane named for a day.
for text in ("الواقعة بنهج 1 نوفمبر و حسين داي.", "يقع المقر في نهج 18 جانفي بتونس.", "افتتح المحل في زنقة 20 غشت بالرباط."):
    out.append(case(text, "ar", None, []))

# A doubled dash between a date and its clock (a page's stamp).
for n in range(4):
    day = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    surface = f"{day.day:02d} {AR_GREG[day.month - 1]} {day.year} -- {hh:02d}:{mm:02d}:{ss:02d}"
    value = f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{clock_value(day, hh, mm, 'Africa/Tunis')[-6:]}"
    out.append(case(f"حملة التقصي المبكر\n\n{surface} 324\n  نشر في وطنية", "ar", None,
                    [want(surface, "gregorian", value, "second")], tz="Africa/Tunis"))

# A day in brackets after the day word, then من and its month.
for n in range(4):
    ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), 1)
    d = rng.randrange(10, 29)
    surface = f"({d}) من شهر {AR_GREG[ref.month - 1]} الحالي" if n % 2 else f"({d}) من الشهر الجاري"
    out.append(case(f"وسيكون هناك ماراثون يوم {surface}، إلى جانب توزيع المنشورات.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", ref.replace(day=d).isoformat(), "day", ["year_inferred"])], tz="Asia/Baghdad"))

# From the word for date, then a range of days: the range, the words in it.
for n in range(6):
    if n % 2:
        y, m, a = rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 15)
        b = a + rng.randrange(3, 12)
        surface = f"من تاريخ {a} إلى {b} {AR_GREG[m - 1]} {y}"
        out.append(case(f"أطلق الناشطون حملة {surface} للضغط على المحتكرين.", "ar", None,
                        [want(surface, "gregorian", f"{dt.date(y, m, a).isoformat()}/{dt.date(y, m, b).isoformat()}", "day")]))
    else:
        jy, jm, a = rng.randrange(1395, 1405), rng.randrange(1, 13), rng.randrange(1, 15)
        b = a + rng.randrange(3, 12)
        surface = f"از تاریخ {fa(a)} تا {fa(b)} {FA_JALALI[jm - 1]} {fa(jy)}"
        out.append(case(f"این نمایشگاه {surface} برپا است.", "fa", None,
                        [want(surface, "jalali", f"{jdate(jy, jm, a).isoformat()}/{jdate(jy, jm, b).isoformat()}", "day")]))

# With no reference, a range of days without its year opening with از after a Solar Hijri year: in that year.
ORD_FA = {1: "یکم", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 7: "هفتم", 9: "نهم", 10: "دهم"}
for n in range(4):
    jy, jm = rng.randrange(1395, 1405), rng.randrange(1, 13)
    a, b = sorted(rng.sample(list(ORD_FA), 2))
    days = f"{ORD_FA[a]} تا {ORD_FA[b]}" if n % 2 else f"{fa(a)} تا {fa(b)}"
    surface = f"از {days} {FA_JALALI[jm - 1]} ماه"
    out.append(case(f"در سال {fa(jy)} {surface} هفته سلامت برگزار شد.", "fa", None,
                    [want(f"در سال {fa(jy)}", "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"]),
                     want(surface, "jalali", f"{jdate(jy, jm, a).isoformat()}/{jdate(jy, jm, b).isoformat()}", "day", ["year_inferred"])]))

# A Hijri month after the Persian month word with a Solar Hijri year of two digits: that Solar year's Ramadan.
IRAN = iran_lunar()
for n, jy in enumerate((1390, 1394, 1395, 1398)):
    first, last = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - DAY
    hy = next(h for h in range(1420, 1460) if first <= IRAN[(h, 9)] <= last)
    a, b = IRAN[(hy, 9)], IRAN[(hy, 10)] - DAY
    yy = str(jy % 100).translate(SCRIPTS[n % 2])
    surface = f"ماه مبارک رمضان {yy}" if n % 2 else f"ماه رمضان {yy}"
    out.append(case(f"ساعت کار کتابخانه های عمومی در {surface} اعلام شد", "fa", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "month")]))
for text in ("در ماه رمضان ۴۰ درصد افزایش یافت", "ماه رمضان ۱۵ روز دیگر آغاز می‌شود"):
    out.append(case(text, "fa", None, []))

# A championship's year; not a round hundred before a count.
for n in range(4):
    y = rng.choice([y for y in range(1995, 2026) if y % 100])
    word = ["بطولة", "لبطولة", "ببطولة", "بطولة"][n]
    out.append(case(f"وكان وصيف {word} {y}، والإسباني بطل دورة دبي.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("تضم بطولة 2000 لاعب من عدة دول.", "ar", None, []))

# Not a date: a swimming pool named for a day.
for text in ("من 29 جوان إلى 3 جويلية 2019 بمسبح 5 جويلية للمركب الأولمبي.", "لكرة الماء بمسبح أول ماي يومي 5 و6 جويلية 2018."):
    days = [(dt.date(2019, 6, 29), dt.date(2019, 7, 3), "من 29 جوان إلى 3 جويلية 2019"),
            (dt.date(2018, 7, 5), dt.date(2018, 7, 6), "5 و6 جويلية 2018")][0 if "جوان" in text else 1]
    out.append(case(text, "ar", None, [want(days[2], "gregorian", f"{days[0].isoformat()}/{days[1].isoformat()}", "day")],
                    tz="Africa/Algiers"))

# A relative day, its weekday and date, then و written apart before the word for "until": one range.
for n in range(4):
    ref = dt.date(rng.randrange(2016, 2026), rng.randrange(1, 13), rng.randrange(1, 20))
    start = ref + (1 if n % 2 == 0 else 2) * DAY
    end = start + rng.randrange(3, 9) * DAY
    rel = "غدا" if n % 2 == 0 else "بعد غد"
    to = ["و إلى غاية", "و حتى"][n // 2]
    surface = f"{rel} {AR_WEEKDAYS[start.weekday()]} {start.day} {MAGHREB[start.month - 1]} {to} {end.day} منه"
    if end.month != start.month:
        continue
    out.append(case(f"ستنطلق البطولة {surface}، بمشاركة 145 دولة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])],
                    tz="Africa/Casablanca"))

# A plan's year; the year word and a year in quotes.
for n in range(4):
    y = rng.choice([y for y in range(2020, 2036) if y % 100])
    word = ["خطة", "لخطة"][n % 2]
    out.append(case(f"في إطار {word} {y} للتحول الرقمي أطلقت الوزارة المنصة.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("وضعت الحكومة خطة 2000 مسكن جديد.", "ar", None, []))
for n in range(4):
    y = rng.randrange(1990, 2025)
    q = ["“{}”", '"{}"'][n % 2].format(y)
    word = ["عام", "سنة"][n // 2]
    out.append(case(f"تعمل الشركة منذ {word} {q} في السوق المحلية.", "ar", "2025-04-01",
                    [want(f"{word} {q}", "gregorian", str(y), "year")]))

# Not a day: "the two together"; a newspaper's name before its writer in a byline.
out.append(case("تحولت إلى كلفة إضافية تثقل كاهل الاثنين معًا، فكل فاتورة تمر عبر المنصة.", "ar", "2025-08-27", []))
out.append(case("آخر تحديث\n\n الغد-عبدالرحمن الخوالدة\n\n في اللحظات التي تستمر فيها التجارة.", "ar", "2025-12-18", []))
out.append(case("التجارة المربحة في اليمن\n\nاليمن الغد/ تقرير\n\nتشهد السيارات اليابانية اقبالا.", "ar", "2018-05-18", []))

# A report's Solar Hijri year, a word between or none; not before مورد (cases).
for n in range(4):
    jy = rng.randrange(1395, 1405)
    ys = str(jy).translate(SCRIPTS[n % 2])
    head = ["گزارش", "گزارش سالانه", "گزارش دیجیکالا", "گزارش عملکرد"][n]
    out.append(case(f"بر اساس {head} {ys} فروش این شرکت افزایش یافت", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("پلیس از گزارش ۱۳۵۰ مورد سرقت خبر داد", "fa", None, []))

# An agreement's year; a span of years by a slash after بين or the word for a period.
for n in range(4):
    y = rng.choice([y for y in range(1995, 2026) if y % 100])
    if n < 2:
        word = ["اتفاق", "الاتفاق"][n]
        out.append(case(f"أعلنت واشنطن انسحابها من {word} {y} النووي.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
    else:
        ys = str(y).translate(FA_DIGITS)
        out.append(case(f"خروج آمریکا از توافق {ys} هسته‌ای اعلام شد", "fa", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("وقع الطرفان اتفاق 2000 دولار للتعويض.", "ar", None, []))
for n in range(4):
    y = rng.randrange(2010, 2025)
    z = y + rng.randrange(1, 6)
    if n % 2:
        text, surface = f"ستوقع الحكومة برنامج التعاون في الفترة ما بين {y}/{z}.", f"بين {y}/{z}"
    else:
        text, surface = f"تم خلال الفترة {y}/{z} تنفيذ المشاريع.", f"{y}/{z}"
    out.append(case(text, "ar", None, [want(surface, "gregorian", f"{y}-01-01/{z}-12-31", "year")]))

# The Friday prayer with its weekday's qualifier: that day; alone, or before "this" and another noun, no day.
for n in range(4):
    ref = dt.date(rng.randrange(2016, 2026), rng.randrange(1, 13), rng.randrange(1, 28))
    fri = 4  # date.weekday() of a Friday
    last = ref - ((ref.weekday() - fri) % 7 or 7) * DAY
    nxt = ref + ((fri - ref.weekday()) % 7 or 7) * DAY
    if n == 0:
        out.append(case("نظموا اعتصاما بعد صلاة الجمعة الماضية نصرة للنبي.", "ar", ref.isoformat(),
                        [want("الجمعة الماضية", "relative", last.isoformat(), "day")], tz="Asia/Kuwait"))
    elif n == 1:
        out.append(case("وتقام الوقفة عقب صلاة الجمعة المقبلة في الساحة.", "ar", ref.isoformat(),
                        [want("الجمعة المقبلة", "relative", nxt.isoformat(), "day")], tz="Asia/Kuwait"))
    elif n == 2:
        out.append(case("تجمع مردم پس از نماز جمعه گذشته برگزار شد", "fa", ref.isoformat(),
                        [want("جمعه گذشته", "relative", last.isoformat(), "day")]))
    else:
        out.append(case("امام جمعه این استان در جلسه حضور داشت", "fa", ref.isoformat(), []))

emit("forms of the three-hundred-and-sixty-fourth real-text sets: generated by "
     "tools/gen/cases_three_hundred_sixty_fourth_sets.py (oracles: datetime, zoneinfo, convertdate, Calendar Center leap years)", out)
