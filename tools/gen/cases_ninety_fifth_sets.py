#!/usr/bin/python3
"""Writes tests/extract/cases/ninety_fifth_sets.jsonl: forms met in the
ninety-fifth to ninety-eighth real-text sets (technology, aviation, banking,
ports and trade), generated across their families.

- A season's year with up to three of its words before it (موسم الحج 2024,
  لموسم 2025, الموسم الفلاحي 2023, بموسم الاصطياف ٢٠٢٤; Persian فصل زراعی
  ۱۴۰۲), before any word that is not a counted noun: the year; a Solar Hijri
  one in Persian. Two years with a slash after موسم (موسم 2023/2024,
  لموسم 2022/2023): both years. Morocco's summer crossing by its year
  (عملية مرحبا 2024). Negatives: a round hundred (موسم 2000 حاج), a number
  that is no year (فصل ۳ کتاب).
- عشية before a weekday in the Maghreb (Africa/Tunis, Africa/Algiers,
  Africa/Casablanca, Africa/Tripoli, Africa/Nouakchott): that weekday's
  afternoon, the day itself; elsewhere (Asia/Riyadh, Africa/Cairo) its eve,
  the day before, as ليلة is everywhere.
- A qualifier after the second month of a range (من مايو وحتى أغسطس
  الماضي, من يناير إلى مارس المقبل): the last such month before the
  reference's, or the next after it, and the first month before it.
- من and a part of the day before one weekday, to another (من مساء السبت حتى
  الإثنين): the days from the one to the other, not two moments; after a
  word for opening hours, none.
- A feed's stamp with its offset in four digits after the seconds (Tue, 25
  Feb 2025 19:31:32 +0000): that offset, not the zone of the page.
- A demonstrative after a weekday (روز یکشنبه این گذرگاه را بست): the
  noun's, no qualifier; the nearest such weekday.
- A Hijri year and the Gregorian year it overlaps with a dash and no era
  (لعام 1444-2023, 2023-1444): one year, the Gregorian one, no span.
- From the ninety-ninth to hundred-and-second sets: the US East and West
  written out (بالتوقيت الشرقي للولايات المتحدة, بالتوقيت الباسيفيكي, بتوقيت
  لوس أنجلوس) as zones; البارحة الأولى (the day before yesterday); يوم النحر
  with its year (10 Dhu al-Hijja); the Oscars', Cannes' and a plan's horizon
  year (حفل الأوسكار 2025, جشنواره کن ۲۰۲۳, في أفق 2030; not کن, "do", alone);
  a weekday without its article before a numeric date (ثلاثاء, 02/10/2026),
  whose weekday picks month-first where day-first does not fit it; a range
  of clock times whose second is an ordinal hour with its part of the day
  (من الساعة السادسة حتى الثامنة مساء: both in the evening); Iran's water
  year (سال آبی ۱۴۰۳-۱۴۰۴: 1 Mehr to the end of Shahrivar); a two-digit
  Solar Hijri year after two months (بهمن و اسفند 97) or beside a
  four-digit one (از مهرماه ۹۹ تا آخر شهریور ۱۴۰۰); م glued onto a day's
  digits as Persian's ordinal suffix (۴م جوزا ۱۳۹۷); a statute amended decades
  after its first date (مصوب ۱۳۶۳/۰۷/۲۹ … تا تاریخ ۱۳۹۶/۵/۱۷: both Solar Hijri);
  an anniversary's "today" without its year before the story's full date
  (تحيي البلاد اليوم 9 أغسطس … في 20 أكتوبر 1939): no publication line.
- Not dates: round hundreds before a noun (بين 1500 و1600 زائر: a count); a
  mosque named for a day (لمسجد أول نوفمبر); zeros of a banknote (حذف چهار صفر از پول ملی, 4 صفر کمرنگ,
  رنگ ۶ صفر اسکناس, یک و 4 صفر کمرنگ): صفر is zero as well as the month
  Safar.

Years and weekdays come from datetime, offsets from zoneinfo, Umm
al-Qura's days from tests/data/umalqura_month_starts.csv, Solar Hijri years
from the Calendar Center's leap years (tests/data/official_ut_leaps_1206_1498.txt): nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_ninety_fifth_sets.py > tests/extract/cases/ninety_fifth_sets.jsonl"""
import datetime as dt
import calendar as cal_module
import random

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, FA_DIGITS, FA_WEEKDAYS, case, clock_value, emit,
                       solar_hijri_year, umm_al_qura, want)

rng = random.Random(95)
out = []
UQ = umm_al_qura()



def year_not_round(lo, hi):
    y = rng.randint(lo, hi)
    return y + 1 if y % 100 == 0 else y


# Arabic: the season word, with a proclitic or the article, and up to two
# words of its kind before the year; the year in either digit script.
HEADS = ["موسم", "لموسم", "بموسم", "وموسم", "الموسم", "للموسم"]
KINDS = ["", "الحج", "الفلاحي", "الاصطياف", "السياحي", "الحج الحالي", "العمرة"]
AFTER = ["رسميا", "بنجاح", "انطلق أمس", "شهد إقبالا كبيرا", "كان استثنائيا"]
for n in range(18):
    head = HEADS[n % len(HEADS)]
    if head in ("الموسم", "للموسم") and n % 2 == 0:
        kind = "الفلاحي"
    else:
        kind = KINDS[n % len(KINDS)]
    if head in ("الموسم", "للموسم") and kind.startswith("الحج"):
        kind = "السياحي"
    y = year_not_round(2005, 2031)
    written = str(y).translate(AR_DIGITS) if n % 3 == 1 else str(y)
    phrase = f"{head} {kind} {written}".replace("  ", " ")
    text = f"أكدت الوزارة أن {phrase} {AFTER[n % len(AFTER)]} في مختلف الولايات."
    out.append(case(text, "ar", None, [want(written, "gregorian", str(y), "year")]))

# Two years after the season word, with a slash: both years.
for n in range(6):
    y = year_not_round(2010, 2030)
    head = HEADS[n % len(HEADS)]
    written = f"{y}/{y + 1}"
    if n % 3 == 2:
        written = written.translate(AR_DIGITS)
    out.append(case(f"وعرف {head} {written} تحسنا في النتائج.", "ar", None,
                    [want(written, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))

# Morocco's summer crossing by its year.
for n in range(3):
    y = year_not_round(2008, 2030)
    out.append(case(f"انطلقت عملية مرحبا {y}، التي تشرف عليها مؤسسة محمد الخامس للتضامن.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")]))

# Persian: فصل and its kind before a Solar Hijri year.
FA_KINDS = ["زراعی", "حج", "برداشت", "صادرات"]
for n in range(8):
    jy = rng.randint(1385, 1410)
    written = str(jy).translate(FA_DIGITS) if n % 2 == 0 else str(jy)
    text = f"فصل {FA_KINDS[n % len(FA_KINDS)]} {written} آغاز شد و کشاورزان آماده‌اند."
    out.append(case(text, "fa", None, [want(written, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))

# Negatives: a round hundred before a noun, a chapter's number.
out.append(case("وصل موسم 2000 حاج إلى المطار أمس.", "ar", None, []))
out.append(case("فصل ۳ کتاب به تاریخ بندر می‌پردازد.", "fa", None, []))

# عشية before a weekday: the day itself in the Maghreb, its eve elsewhere.
MAGHREB = ["Africa/Tunis", "Africa/Algiers", "Africa/Casablanca", "Africa/Tripoli", "Africa/Nouakchott"]
ELSEWHERE = ["Asia/Riyadh", "Africa/Cairo", "Asia/Baghdad"]
for n in range(10):
    ref = dt.date(2021, 1, 1) + rng.randint(0, 1700) * DAY
    wd = rng.randint(0, 6)
    while wd == ref.weekday():
        wd = rng.randint(0, 6)
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    day = ref - back * DAY if back <= ahead else ref + ahead * DAY  # nearest, a tie to the past
    maghreb = n % 2 == 0
    zone = MAGHREB[n // 2 % len(MAGHREB)] if maghreb else ELSEWHERE[n // 2 % len(ELSEWHERE)]
    value = day if maghreb else day - DAY
    surface = f"عشية {AR_WEEKDAYS[wd]}"
    out.append(case(f"عقد الوزير جلسة عمل {surface} بمقر الديوان.", "ar", ref.isoformat(),
                    [want(surface, "relative", value.isoformat(), "day")], tz=zone))

# Not dates: zeros of a banknote.
for n, text in enumerate([
        "برای اجرای طرح حذف چهار صفر از پول ملی، اسکناس‌های جدید چاپ می‌شود.",
        "اسکناس ده هزار ریالی با عدد یک و 4 صفر کمرنگ چاپ شده است.",
        "رنگ ۴ صفر اسکناس جدید محو شده است.",
        "پیش بینی می شود سه صفر از پول ایران حذف شود.",
        "با حذف ۶ صفر ارقام اسکناس کوتاه می‌شود.",
        "این اسکناس 5 صفر ریال دارد.",
]):
    out.append(case(text, "fa", "2020-09-20", []))

# A qualifier after a range's second month places it, and the first before
# it (من مايو وحتى أغسطس الماضي: the last August before the reference).
for n in range(10):
    ref = dt.date(2019, 1, 15) + rng.randint(0, 2000) * DAY
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    while m2 == m1:
        m2 = rng.randint(1, 12)
    past = n % 2 == 0
    if past:
        y2 = ref.year - 1 if m2 >= ref.month else ref.year
    else:
        y2 = ref.year + 1 if m2 <= ref.month else ref.year
    y1 = y2 - 1 if m1 > m2 else y2
    to = ("وحتى", "إلى", "حتى")[n % 3]
    word = ("الماضي", "المنصرم")[n // 2 % 2] if past else ("المقبل", "القادم")[n // 2 % 2]
    surface = f"من {AR_GREG[m1 - 1]} {to} {AR_GREG[m2 - 1]} {word}"
    last = dt.date(y2, m2, cal_module.monthrange(y2, m2)[1])
    out.append(case(f"ارتفعت الصادرات خلال الفترة {surface} بنسبة كبيرة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{y1}-{m1:02d}-01/{last.isoformat()}", "month", ["year_inferred"])]))

# From a part of one weekday to another weekday after من: days (a curfew, a
# storm), the first the reference's own weekday; not after opening hours.
AR_TOD = ["مساء", "صباح", "فجر", "ظهر"]
for n in range(6):
    ref = dt.date(2021, 3, 1) + rng.randint(0, 1500) * DAY
    wd1 = ref.weekday()
    gap = 2 + n % 2
    wd2 = (wd1 + gap) % 7
    surface = f"من {AR_TOD[n % len(AR_TOD)]} {AR_WEEKDAYS[wd1]} {('حتى', 'إلى')[n % 2]} {AR_WEEKDAYS[wd2]}"
    out.append(case(f"أعلنت السلطات حظر تجول {surface} تأهبا للإعصار.", "ar", ref.isoformat(),
                    [want(surface, "relative", f"{ref.isoformat()}/{(ref + gap * DAY).isoformat()}", "day")]))
out.append(case("تفتح المكاتب من صباح الأحد إلى الخميس أمام المراجعين.", "ar", "2023-09-10", []))

# A feed's stamp: the offset in four digits after the seconds wins.
EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
for n in range(6):
    day = dt.date(2016, 1, 1) + rng.randint(0, 3500) * DAY
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    oh, om = (0, 0) if n % 3 == 0 else ((3, 30) if n % 3 == 1 else (-5, 0))
    sign = "-" if oh < 0 else "+"
    written_offset = f"{sign}{abs(oh):02d}{om:02d}"
    stamp = f"{day.day:02d} {EN_MONTHS[day.month - 1]} {day.year} {hh:02d}:{mm:02d}:{ss:02d} {written_offset}"
    value = f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{sign}{abs(oh):02d}:{om:02d}"
    lang, tz = (("fa", "Asia/Tehran"), ("ar", "Asia/Riyadh"))[n % 2]
    out.append(case(f"{EN_WEEKDAYS[day.weekday()]}, {stamp}\nمتن خبر", lang, None, [want(stamp, "gregorian", value, "second")],
                    tz=tz))

# A demonstrative after a weekday is its noun's (یکشنبه این گذرگاه را بست):
# the weekday alone, the nearest one.
for n in range(4):
    ref = dt.date(2022, 1, 3) + rng.randint(0, 1200) * DAY
    wd = rng.randint(0, 6)
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    day = ref - back * DAY if back <= ahead else ref + ahead * DAY
    surface = f"روز {FA_WEEKDAYS[wd]}"
    out.append(case(f"طالبان {surface} این گذرگاه را به روی ترافیک بست.", "fa", ref.isoformat(),
                    [want(surface, "relative", day.isoformat(), "day")]))

# A Hijri year and the Gregorian year it overlaps, a dash between and no
# era: the Gregorian year (لعام 1444-2023).
for n in range(4):
    y = rng.randint(1990, 2030)
    hy = (y - 622) * 33 // 32
    written = f"{hy}-{y}" if n % 2 == 0 else f"{y}-{hy}"
    out.append(case(f"أعلنت الوزارة جدول الإجازات الرسمية لعام {written} للقطاع العام.", "ar", None,
                    [want(f"لعام {written}", "gregorian", str(y), "year")]))

# Second pass: the ninety-ninth to hundred-and-second sets.
# The US East and West written out (بالتوقيت الشرقي للولايات المتحدة,
# بالتوقيت الباسيفيكي, بتوقيت لوس أنجلوس): their offsets on that day.
for n, (phrase, zone) in enumerate([("بالتوقيت الشرقي للولايات المتحدة", "America/New_York"),
                                    ("بالتوقيت الباسيفيكي", "America/Los_Angeles"),
                                    ("بتوقيت لوس أنجلوس", "America/Los_Angeles"),
                                    ("بتوقيت المحيط الهادئ", "America/Los_Angeles")] * 2):
    day = dt.date(2018, 1, 10) + rng.randint(0, 2500) * DAY
    hh = rng.randint(1, 11)
    surface = f"{day.day} {AR_GREG[day.month - 1]} {day.year} الساعة {hh} مساء {phrase}"
    out.append(case(f"يقام الحفل يوم {surface} في هوليوود.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, hh + 12, 0, zone), "minute")]))

# البارحة الأولى (Gulf): the day before yesterday.
for n in range(2):
    ref = dt.date(2015, 1, 1) + rng.randint(0, 3000) * DAY
    out.append(case("هطلت أمطار غزيرة البارحة الأولى على المنطقة.", "ar", ref.isoformat(),
                    [want("البارحة الأولى", "relative", (ref - 2 * DAY).isoformat(), "day")]))

# يوم النحر with its Hijri year: 10 Dhu al-Hijja (Umm al-Qura in Arabic).
for n in range(3):
    hy = rng.randint(1430, 1450)
    day = UQ[(hy, 12)] + 9 * DAY
    out.append(case(f"أدى الحجاج صلاة يوم النحر {hy} في مشعر منى.", "ar", None,
                    [want(f"يوم النحر {hy}", "hijri", day.isoformat(), "day")]))

# The Oscars', Cannes' and a plan's horizon year.
for n, (template, lang) in enumerate([("حفل الأوسكار {y} يقام في لوس أنجلوس.", "ar"), ("جوائز أوسكار {y} ذهبت إلى الفيلم.", "ar"),
                                      ("مراسم اسکار {y} برگزار شد.", "fa"), ("مهرجان كان {y} السينمائي انطلق.", "ar"),
                                      ("جشنواره کن {y} آغاز شد.", "fa"), ("في أفق {y}، تسعى الحكومة إلى تعميم الماء.", "ar")]):
    y = year_not_round(2005, 2031)
    written = str(y).translate(FA_DIGITS) if lang == "fa" and n % 2 == 0 else str(y)
    out.append(case(template.format(y=written), lang, None, [want(written, "gregorian", str(y), "year")]))
out.append(case("این کار را کن ۲۰۲۳ بار تکرار کردند.", "fa", None, []))
out.append(case("تعد طاجيكستان أحد 11/2/2001 الأمثلة المهمة.", "ar", None,
                [want("11/2/2001", "gregorian", "2001-02-11", "day")]))

# A site's stamp: a weekday without its article, a comma, a numeric date
# (ثلاثاء, 02/10/2026); the weekday picks month-first where day-first does not fit it.
AR_BARE = ["اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد"]
for n in range(8):
    day = dt.date(2016, 1, 1) + rng.randint(0, 3500) * DAY
    while day.day > 12 or day.day == day.month:
        day += DAY
    month_first = n % 2 == 0
    written = f"{day.month:02d}/{day.day:02d}/{day.year}" if month_first else f"{day.day:02d}/{day.month:02d}/{day.year}"
    swapped = dt.date(day.year, day.day, day.month)
    if swapped.weekday() == day.weekday():
        continue
    surface = f"{AR_BARE[day.weekday()]}, {written}"
    out.append(case(f"{surface} - 12:57\nنص الخبر.", "ar", None, [want(f"{surface} - 12:57", "gregorian",
                                                                    f"{day.isoformat()}T12:57+03:00", "minute")],
                    tz="Asia/Riyadh"))

# A range of clock times whose second is an ordinal hour with its part of
# the day and no الساعة (من الساعة السادسة حتى الثامنة مساء): both in it.
AR_HOURS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
for n in range(4):
    ref = dt.date(2017, 1, 1) + rng.randint(0, 2500) * DAY
    h1 = rng.randint(3, 7)
    h2 = h1 + 2
    first, second = f"الساعة {AR_HOURS[h1 - 1]}", f"{AR_HOURS[h2 - 1]} مساء"
    out.append(case(f"يستقبل المعرض زواره من {first} حتى {second}.", "ar", ref.isoformat(),
                    [want(first, "relative", clock_value(ref, h1 + 12, 0, "Asia/Riyadh"), "minute"),
                     want(second, "relative", clock_value(ref, h2 + 12, 0, "Asia/Riyadh"), "minute")], tz="Asia/Riyadh"))

# Iran's water year (سال آبی ۱۴۰۳-۱۴۰۴, either order): 1 Mehr to the end of Shahrivar.
for n in range(4):
    jy = rng.randint(1390, 1408)
    written = f"{jy}-{jy + 1}" if n % 2 == 0 else f"{jy + 1}-{jy}"
    written = written.translate(FA_DIGITS)
    first = dt.date.fromisoformat(solar_hijri_year(jy)[:10])
    nxt = dt.date.fromisoformat(solar_hijri_year(jy + 1)[:10])
    mehr_first = first + 186 * DAY  # six months of 31 days
    mehr_next = nxt + 186 * DAY
    out.append(case(f"بارش‌ها در سال آبی {written} کاهش یافت.", "fa", None,
                    [want(written, "jalali", f"{mehr_first.isoformat()}/{(mehr_next - DAY).isoformat()}", "month")]))

# Two Solar Hijri months with a two-digit year after them (بهمن و اسفند 97),
# and a range with two digits beside four (از مهرماه ۹۹ تا شهریور ۱۴۰۰).
for n in range(3):
    yy = rng.randint(85, 99)
    jy = 1300 + yy
    start = dt.date.fromisoformat(solar_hijri_year(jy)[:10])
    bahman = start + (6 * 31 + 4 * 30) * DAY
    end = dt.date.fromisoformat(solar_hijri_year(jy)[11:])
    out.append(case(f"این جشنواره در بهمن و اسفند {yy} برگزار می‌شود.", "fa", None,
                    [want(f"بهمن و اسفند {yy}", "jalali", f"{bahman.isoformat()}/{end.isoformat()}", "month")]))
out.append(case("از مهرماه ۹۹ تا آخر شهریور ۱۴۰۰ ثبت نام شد.", "fa", None,
                [want("از مهرماه ۹۹ تا آخر شهریور ۱۴۰۰", "jalali",
                      f"{(dt.date.fromisoformat(solar_hijri_year(1399)[:10]) + 186 * DAY).isoformat()}/"
                      f"{(dt.date.fromisoformat(solar_hijri_year(1400)[:10]) + 185 * DAY).isoformat()}", "month")]))

# Persian's ordinal suffix م glued onto a day's digits (۴م جوزا ۱۳۹۷, ۱۲م مهر).
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_ZODIAC_NAMES = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
for n in range(6):
    jy, jm, jd = rng.randint(1390, 1405), rng.randint(1, 12), rng.randint(1, 29)
    first = dt.date.fromisoformat(solar_hijri_year(jy)[:10])
    day = first + (sum(31 if m <= 6 else 30 for m in range(1, jm)) + jd - 1) * DAY
    zodiac = n % 2 == 1
    surface = f"{str(jd).translate(FA_DIGITS)}م {(FA_ZODIAC_NAMES if zodiac else FA_MONTHS)[jm - 1]} {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"این نشست در روز {surface} برگزار شد.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")],
                    tz="Asia/Kabul" if zodiac else None))

# An anniversary: the day the text calls today, without its year, then the
# story's full date further on: that date is no publication line, and today's
# day stays without its year (SCHEMA: nothing to resolve it against).
for n in range(4):
    founded = dt.date(1925, 1, 1) + rng.randint(0, 20000) * DAY
    today = founded + rng.randint(30, 300) * DAY
    if (today.month, today.day) == (founded.month, founded.day):
        today += DAY
    text = (f"تحيي البلاد اليوم {today.day} {AR_GREG[today.month - 1]} ذكرى تأسيس الجيش.\n\n"
            f"البداية كانت في {founded.day} {AR_GREG[founded.month - 1]} {founded.year}، حين اجتمع القادة.")
    out.append(case(text, "ar", None,
                    [want(f"اليوم {today.day} {AR_GREG[today.month - 1]}", "gregorian",
                          f"XXXX-{today.month:02d}-{today.day:02d}", "day", ["unresolved"]),
                     want(f"{founded.day} {AR_GREG[founded.month - 1]} {founded.year}", "gregorian", founded.isoformat(), "day")]))

# A statute's later amendment decades after its first date: Solar Hijri.
out.append(case("قانون خدمت وظیفه عمومی مصوب ۱۳۶۳/۰۷/۲۹ با اصلاحات تا تاریخ ۱۳۹۶/۵/۱۷ - فصل دوم", "fa", None,
                [want("۱۳۶۳/۰۷/۲۹", "jalali", (dt.date.fromisoformat(solar_hijri_year(1363)[:10]) + (6 * 31 + 28) * DAY).isoformat(),
                      "day", ["calendar_guessed"]),
                 want("۱۳۹۶/۵/۱۷", "jalali", (dt.date.fromisoformat(solar_hijri_year(1396)[:10]) + (4 * 31 + 16) * DAY).isoformat(),
                      "day", ["calendar_guessed"])]))

# Not dates: round hundreds before the noun they count (بين 1500 و1600
# زائر); a mosque named for a day (لمسجد أول نوفمبر).
for lo in (500, 1000, 1200, 1500):
    out.append(case(f"وكان عدد الزوار بين {lo} و{lo + 100} زائر يوميا.", "ar", "2024-05-01", []))
out.append(case("ينطلق الاستعراض من الساحة المحاذية لمسجد أول نوفمبر ليجوب وسط المدينة.", "ar", "2022-07-10", []))

emit("forms of the ninety-fifth to ninety-eighth real-text sets: generated by tools/gen/cases_ninety_fifth_sets.py "
     "(oracles: datetime, the Calendar Center's leap years)", out)
