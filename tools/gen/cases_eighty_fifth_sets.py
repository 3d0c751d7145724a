#!/usr/bin/python3
"""Writes tests/extract/cases/eighty_fifth_sets.jsonl: forms met in the
eighty-fifth real-text sets and in the older sets' misses, generated across
their families.

- A list of days joined by و or commas with its month after the last day,
  not all side by side (7 و8 و9 و12 و13 و14 يونيو 2023, روزهای ۷، ۹ و ۱۲
  خرداد ۱۴۰۲): each run of days side by side is one span, a day alone is its
  own date, all in the month and year written after the last. Negative: a
  list of numbers that do not rise (scores) before a date.
- A year after "from" with "until now" after it (از ۱۳۹۲ تاکنون, از ۹۲ تا
  کنون, از 1398 تا به حال, من 2015 وحتى الآن): the year; in Persian two digits
  are a Solar Hijri year of the 1300s. Negative: a unit between (از ۲۰ نفر
  تاکنون), two digits under thirty (از ۱۲ تا کنون: no year ahead is "since").

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic and offsets from datetime and zoneinfo: nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_eighty_fifth_sets.py > tests/extract/cases/eighty_fifth_sets.jsonl"""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from case_form import SCRIPTS, case, emit, jdate, umm_al_qura, want

rng = random.Random(85)
out = []

UQ = umm_al_qura()
AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
          "كانون الأول"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
FA_JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_ZODIAC = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]


def offset(day, hh, mm, zone):
    o = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(zone)).utcoffset()
    minutes = int(o.total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_value(day, hh, mm, zone):
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}{offset(day, hh, mm, zone)}"


def runs(days):
    """The runs of days side by side in a rising list: [[7, 8, 9], [12]]."""
    out = [[days[0]]]
    for d in days[1:]:
        if d == out[-1][-1] + 1:
            out[-1].append(d)
        else:
            out.append([d])
    return out


# A list of days, not all side by side, its month after the last day.
for n in range(18):
    digits = SCRIPTS[n % 3]
    while True:
        days = sorted(rng.sample(range(1, 29), rng.randint(3, 6)))
        if len(runs(days)) > 1:
            break
    kind = n % 6
    if kind < 3:  # Arabic: Gregorian (Egyptian, Maghrebi, Levantine names) or Hijri
        lang = "ar"
        year = rng.randint(2015, 2030)
        if kind == 2:
            hy, hm = rng.randint(1437, 1450), rng.randint(1, 12)
            month, year_text, cal = AR_HIJRI[hm - 1], f"{digits(str(hy))} هـ", "hijri"
            day_of = lambda d: UQ[(hy, hm)] + dt.timedelta(days=d - 1)
        else:
            m = rng.randint(1, 12)
            month = (MAGHREB if n % 2 else LEVANT if n % 4 == 0 else AR_GREG)[m - 1]
            year_text, cal = digits(str(year)), "gregorian"
            day_of = lambda d: dt.date(year, m, d)
        glue = n % 4 < 2  # و written onto the next day, or apart
        joiner = " و" if glue else " و "
        head = ("تجرى الامتحانات أيام ", "تقام المباريات في ", "وتوزع المساعدات يومي ")[n % 3]
    else:  # Persian: Jalali or the zodiac's names
        lang = "fa"
        jy, jm = rng.randint(1395, 1408), rng.randint(1, 12)
        month = (FA_ZODIAC if kind == 5 else FA_JALALI)[jm - 1]
        year_text, cal = digits(str(jy)), "jalali"
        day_of = lambda d: jdate(jy, jm, d)
        joiner = " و "
        head = ("آزمون در روزهای ", "این برنامه روزهای ", "جلسات در تاریخ‌های ")[n % 3]
    # Persian lists after روزهای may put commas before the last و.
    commas = lang == "fa" and n % 2 == 0 and head.startswith(("آزمون", "این"))
    parts = [digits(str(d)) for d in days]
    if commas:
        written = "، ".join(parts[:-1]) + " و " + parts[-1]
    else:
        written = joiner.join(parts)
    tail = f" {month} {year_text}"
    text = f"{head}{written}{tail} برگزار می‌شود." if lang == "fa" else f"{head}{written}{tail} حسب البرنامج."
    expect = []
    pos = 0
    for r in runs(days):
        first = digits(str(r[0]))
        start = written.index(first, pos)
        last_text = digits(str(r[-1]))
        end = written.index(last_text, start) + len(last_text)
        surface = written[start:end]
        pos = end
        if r[-1] == days[-1]:
            surface += tail
        value = day_of(r[0]).isoformat() if len(r) == 1 else f"{day_of(r[0]).isoformat()}/{day_of(r[-1]).isoformat()}"
        expect.append(want(surface, cal, value, "day"))
    out.append(case(text, lang, None, expect))

# Negative: numbers that do not rise (a score's goals) before a date.
out.append(case("سجل اللاعبون 3 و1 و2 من الأهداف في مباراة 5 يونيو 2024.", "ar", None,
                [want("5 يونيو 2024", "gregorian", "2024-06-05", "day")]))

# A year after "from", "until now" after it.
FA_NOW = ["تاکنون", "تا کنون", "تا به حال", "تا اکنون"]
AR_NOW = ["حتى الآن", "وحتى الآن", "إلى الآن", "لغاية الآن", "حتى الان"]
for n in range(12):
    digits = SCRIPTS[n % 3]
    if n < 8:
        two = n % 4 == 3
        jy = rng.randint(1330, 1399) if two else rng.randint(1340, 1404)
        written = digits(str(jy % 100 if two else jy))
        text = f"این روند از {written} {FA_NOW[n % 4]} ادامه داشته است."
        value = f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}"
        out.append(case(text, "fa", None, [want(written, "jalali", value, "year", ["calendar_guessed"])]))
    else:
        y = rng.randint(1990, 2025)
        written = digits(str(y))
        text = f"وتتواصل الأزمة من {written} {AR_NOW[n % 5]} دون حل."
        out.append(case(text, "ar", None, [want(written, "gregorian", str(y), "year")]))
out.append(case("از ۲۰ نفر تاکنون تنها دو نفر پذیرفته شده‌اند.", "fa", None, []))
out.append(case("از ۱۲ تا کنون هیچ‌کدام پاسخ نداده‌اند.", "fa", None, []))

emit("forms of the eighty-fifth real-text sets: generated by tools/gen/cases_eighty_fifth_sets.py (oracles: datetime, "
     "zoneinfo, convertdate, the Umm al-Qura table)", out)
