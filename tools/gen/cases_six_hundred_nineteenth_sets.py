#!/usr/bin/python3
"""Writes tests/extract/cases/six_hundred_nineteenth_sets.jsonl: forms met in
the six-hundred-and-nineteenth real-text sets and after (and in the misses of
the sets before them), generated across their families.

- Noon after a date with "at" or "in" before it (يوم الاثنين 19 مارس 1962،
  في منتصف النهار, 5 ديسمبر 2024 عند منتصف النهار, على منتصف النهار): the
  day at 12:00, as منتصف النهار right after the date.
- RFC 850's stamp, a Latin month between dashes and a two-digit year
  (Monday, 29-Jul-24 07:02:40 UTC): the day, at its clock in its zone.
- Slips of the keyboard in Gregorian months' names, a letter added or its
  dots moved (الاحد 27 فيراير 1991, يوم السبت 11فبرابر, في 29 نوفمبير القادم).
- A year, month and day with blanks for separators (2016 02 27 on its line,
  يوم السبت 2023 12 30 بمنطقة): the day, as the day-first form; not inside a
  sentence without a weekday before it, nor before another number.
- A chamber named right before its year (لمرشحي مجلس النواب 2025, مجلس
  الأمة 2016, Kuwait's (أمة 2023)): its election's year.

Oracles: datetime (weekdays, days), zoneinfo (offsets)."""
import datetime as dt
import random

from case_form import AR_DIGITS, AR_GREG, AR_WEEKDAYS, FA_DIGITS, FA_WEEKDAYS, case, clock_value, emit, want

rng = random.Random(619)
out = []


def digits(s, script):
    return s.translate(AR_DIGITS) if script == 1 else s.translate(FA_DIGITS) if script == 2 else s


# Noon after a date, "at" or "in" before it.
ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]
for n in range(12):
    zone = ZONES[n % 6]
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500))
    at = ["في", "عند", "على"][n % 3]
    comma = "، " if n % 2 else " "
    date_text = digits(f"{day.day} {AR_GREG[day.month - 1]} {day.year}", n % 2)
    head = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}" if n % 4 < 2 else date_text
    surface = f"{head}{comma}{at} منتصف النهار"
    out.append(case(f"أعلنت اللجنة أن الحفل سيقام {surface} في الساحة الكبرى.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, 12, 0, zone), "minute")], tz=zone))
# Not noon: the word after في is another (في منتصف الأسبوع is no clock of the day).
out.append(case("سيقام الحفل في 5 ديسمبر 2024 في منتصف الأسبوع.", "ar", None,
                [want("5 ديسمبر 2024", "gregorian", "2024-12-05", "day")], tz="Africa/Cairo"))

# RFC 850's stamp.
LATIN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LATIN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for n in range(10):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 3800))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    zone_word = ["UTC", "GMT"][n % 2]
    stamp = f"{LATIN_DAYS[day.weekday()]}, {day.day:02d}-{LATIN_MONTHS[day.month - 1]}-{day.year % 100:02d} {hh:02d}:{mm:02d}:{ss:02d} {zone_word}"
    value = f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+00:00"
    if n % 2:
        text, lang = f"آخر تحديث: {stamp}\nأعلنت الوزارة نتائج المسابقة.", "ar"
    else:
        text, lang = f"آخرین به‌روزرسانی: {stamp}\nوزارت نتایج را اعلام کرد.", "fa"
    out.append(case(text, lang, None, [want(stamp, "gregorian", value, "second")], tz="Asia/Tehran" if lang == "fa" else "Asia/Riyadh"))

# Slips in the months' names.
SLIPS = [("فيراير", 2), ("فبرابر", 2), ("نوفمبير", 11)]
for n in range(9):
    word, month = SLIPS[n % 3]
    year = rng.randrange(1990, 2026)
    d = rng.randrange(1, 29)
    day = dt.date(year, month, d)
    date_text = digits(f"{d} {word} {year}", n % 2)
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}" if n % 3 == 0 else date_text
    out.append(case(f"وقعت الحادثة {surface} في المدينة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Cairo"))
ref = dt.date(2019, 5, 1)
out.append(case("ستجرى الانتخابات في 29 نوفمبير القادم وفق الدستور.", "ar", ref.isoformat(),
                [want("29 نوفمبير القادم", "gregorian", "2019-11-29", "day", ["year_inferred"])], tz="Africa/Algiers"))

# Year, month and day with blanks.
for n in range(10):
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 5000))
    stamp = digits(f"{day.year} {day.month:02d} {day.day:02d}", n % 2)
    if n % 2:
        surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {stamp}"
        text = f"انطلقت صباح {surface} بمنطقة الساحل حملة التلقيح."
    else:
        surface = stamp
        text = f"هدوء حذر في المدينة\n\n{stamp}\n\nدخل الاتفاق حيز التنفيذ."
    out.append(case(text, "ar", None, [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Nouakchott"))
# Not in a sentence without a weekday, nor before another number.
out.append(case("صدر العدد 2016 02 27 من المجلة.", "ar", None, [], tz="Africa/Cairo"))
out.append(case("سجل الفريق الثلاثاء 2023 12 30 5 أهداف.", "ar", None, [], tz="Africa/Cairo"))

# A chamber before its year.
CHAMBERS = ["مجلس النواب", "مجلس الشيوخ", "مجلس الأمة", "مجلس الشعب", "مجلس الشورى"]
for n in range(10):
    year = rng.randrange(2000, 2027)
    if year % 100 == 0:
        year += 1
    chamber = CHAMBERS[n % 5]
    lead = ["لمرشحي", "قوائم", "نتائج"][n % 3]
    y = digits(str(year), n % 2)
    surface = f"{chamber} {y}"
    out.append(case(f"أعلنت الهيئة {lead} {surface} رسميا.", "ar", None,
                    [want(y, "gregorian", str(year), "year")], tz="Asia/Kuwait"))
out.append(case("يتوجه الناخبون الكويتيون إلى صناديق الاقتراع لانتخاب أعضاء مجلس الأمة، في فصله التشريعي (أمة 2023).", "ar", None,
                [want("2023", "gregorian", "2023", "year")], tz="Asia/Kuwait"))

emit("tools/gen/cases_six_hundred_nineteenth_sets.py: noon after a date with at or in, RFC 850's stamp, slips in months' names, "
     "year-month-day with blanks, a chamber before its election's year (docs/accuracy.md)", out)
