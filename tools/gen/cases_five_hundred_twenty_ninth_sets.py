#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_twenty_ninth_sets.jsonl: forms met in
the five-hundred-and-twenty-ninth real-text sets and after (and in the misses
of the sets before them), generated across their families.

- A clock time alone in the sentence after the one that names its day, the
  page's day known (تنطلق الفعاليات يوم الاثنين 9 شباط 2026. ويقام حفل الافتتاح
  عند السادسة مساءً, مرحله پایانی روز جمعه ۲۱ آذر ۱۴۰۴ برگزار می‌شود. از ساعت
  ۱۱:۳۰ …, غدًا السبت … على النحو التالي: ⏎ تُقام المباراة عند الساعة 4:10
  مساءً): on that day, a Gregorian, Solar Hijri or relative one, in any digits.
  On the reference's day as before when that day is before the reference (a
  story's background), when it starts or ends a span (اعتبارا من يوم 15 مارس,
  حتى 14 من الشهر ذاته: hours kept every day), when a sentence of its own
  comes between (⏎ ألغيت المباراة. ⏎), when the clock's own sentence names a
  day after it, or when it is a wire's stamp after "end" (// انتهى // 19:23).

Days come from datetime and convertdate, offsets from zoneinfo; nothing here
is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_twenty_ninth_sets.py >
tests/extract/cases/five_hundred_twenty_ninth_sets.jsonl"""
import random

import datetime as dt

from case_form import case, clock_value, emit, fa, jday, want

rng = random.Random(529)
out = []

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Monday first, as date.weekday()
FA_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
AR_MONTHS = [["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["مارس", "آذار"], ["أبريل", "نيسان", "أفريل"],
             ["مايو", "أيار", "ماي"], ["يونيو", "حزيران", "جوان"], ["يوليو", "تموز", "جويلية", "يوليوز"],
             ["أغسطس", "آب", "أوت", "غشت"], ["سبتمبر", "أيلول", "شتنبر"], ["أكتوبر", "تشرين الأول"],
             ["نوفمبر", "تشرين الثاني", "نونبر"], ["ديسمبر", "كانون الأول", "دجنبر"]]
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AR_ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]

# Arabic clocks: the words, the hour and minute they state (a part of the day written in each).
AR_CLOCKS = [("السادسة مساءً", 18, 0), ("الساعة 8:30 صباحاً", 8, 30), ("في تمام الساعة العاشرة صباحا", 10, 0),
             ("الساعة 9 مساء", 21, 0), ("عند الساعة 4:10 مساءً", 16, 10), ("الساعة الثالثة عصراً", 15, 0)]
# (عند, at, before an hour in words and از, from, stay outside the match; عند الساعة is in it.)
AT = {"السادسة مساءً": "عند "}
AR_OPENERS = ["تنطلق فعاليات المهرجان", "تقام المباراة النهائية", "يعقد المجلس جلسته", "يفتتح المعرض أبوابه"]
AR_FOLLOW = ["ويقام حفل الافتتاح {c} على المسرح الرئيسي.", "وتبدأ الفعاليات {c} بحضور الوزير.",
             "ويستقبل الزوار {c} في القاعة الكبرى."]


def ar_written_day(day, n):
    """An Arabic day with its weekday, month name and year, in Latin or Arabic-Indic digits."""
    d, y = str(day.day), str(day.year)
    if n % 3 == 1:
        d, y = d.translate(AR_DIGITS), y.translate(AR_DIGITS)
    names = AR_MONTHS[day.month - 1]
    return f"{AR_WEEKDAYS[day.weekday()]} {d} {names[n % len(names)]} {y}"


def ar_clock_text(c, n):
    return c.translate(AR_DIGITS) if n % 4 == 3 else c


for n in range(12):
    ref = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    day = ref + dt.timedelta(days=rng.randrange(1, 20))
    zone = AR_ZONES[n % len(AR_ZONES)]
    c, hh, mm = AR_CLOCKS[n % len(AR_CLOCKS)]
    c = ar_clock_text(c, n)
    surface = ar_written_day(day, n)
    follow = AR_FOLLOW[n % len(AR_FOLLOW)].format(c=AT.get(c, "") + c)
    surface = "يوم " + surface
    text = f"{AR_OPENERS[n % len(AR_OPENERS)]} {surface}. {follow}"
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day"), want(c, "relative", clock_value(day, hh, mm, zone), "minute")],
                    tz=zone))

# A relative day with its weekday, a list's colon and its line after it.
for n in range(4):
    ref = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    day = ref + dt.timedelta(days=1)
    zone = AR_ZONES[n]
    c, hh, mm = AR_CLOCKS[(n + 2) % len(AR_CLOCKS)]
    surface = f"غدًا {AR_WEEKDAYS[day.weekday()]}"
    text = f"تُستكمل {surface} بقية مباريات الجولة، حيث تُقام ثلاث مباريات على النحو التالي:\nتُقام المباراة الأولى {AT.get(c, '')}{c} على الملعب البلدي."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "relative", day.isoformat(), "day"), want(c, "relative", clock_value(day, hh, mm, zone), "minute")],
                    tz=zone))

# Persian: a Solar Hijri day with its weekday and year, then the hours in the next sentence.
FA_CLOCKS = [("ساعت ۱۱:۳۰", 11, 30), ("ساعت ۸:۳۰ صبح", 8, 30), ("ساعت ۱۶", 16, 0), ("ساعت 9 صبح", 9, 0), ("ساعت ۱۴:۳۰", 14, 30)]
FA_FOLLOW = ["این مراسم {c} با حضور مسئولان آغاز می‌شود.", "دیدار نهایی {c} در سالن اصلی برگزار می‌شود.",
             "داوطلبان می‌توانند {c} به محل مراجعه کنند."]
for n in range(10):
    ref = dt.date(2023, 3, 25) + dt.timedelta(days=rng.randrange(0, 1000))
    day = ref + dt.timedelta(days=rng.randrange(1, 25))
    jy, jm, jd = jday(day)
    d, y = (fa(jd), fa(jy)) if n % 2 == 0 else (str(jd), str(jy))
    surface = f"{FA_WEEKDAYS[day.weekday()]} {d} {FA_MONTHS[jm - 1]} {y}"
    c, hh, mm = FA_CLOCKS[n % len(FA_CLOCKS)]
    zone = "Asia/Kabul" if n == 9 else "Asia/Tehran"
    surface = "روز " + surface
    text = f"مرحله پایانی مسابقات {surface} در تهران برگزار می‌شود. {FA_FOLLOW[n % len(FA_FOLLOW)].format(c=('از ' if n % 2 else '') + c)}"
    out.append(case(text, "fa", ref.isoformat(),
                    [want(surface, "jalali", day.isoformat(), "day"), want(c, "relative", clock_value(day, hh, mm, zone), "minute")],
                    tz=zone))

# On the reference's day: a day before it, a span's start or end, a sentence between, a day after the clock, a wire's stamp.
for n in range(4):
    ref = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 400))
    day = ref - dt.timedelta(days=rng.randrange(2, 30))
    zone = AR_ZONES[n]
    c, hh, mm = AR_CLOCKS[n]
    surface = ar_written_day(day, n)
    surface = "يوم " + surface
    text = f"افتتح المعرض {surface} بحضور الوزير. وتبدأ الندوة الختامية {AT.get(c, '')}{c} في القاعة الكبرى."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day"), want(c, "relative", clock_value(ref, hh, mm, zone), "minute")],
                    tz=zone))
for n in range(3):
    ref = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 400))
    day = ref + dt.timedelta(days=rng.randrange(2, 20))
    zone = AR_ZONES[n + 1]
    c, hh, mm = AR_CLOCKS[n + 1]
    names = AR_MONTHS[day.month - 1]
    surface = f"{day.day} {names[0]} {day.year}"
    text = f"يتغير توقيت الدوام اعتبارا من {surface} في جميع المدارس. ويبدأ العمل {AT.get(c, '')}{c} وينتهي بعد الظهر."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day"), want(c, "relative", clock_value(ref, hh, mm, zone), "minute")],
                    tz=zone))
for n in range(3):
    ref = dt.date(2023, 4, 1) + dt.timedelta(days=rng.randrange(0, 700))
    day = ref + dt.timedelta(days=rng.randrange(1, 10))
    jy, jm, jd = jday(day)
    surface = f"{FA_WEEKDAYS[day.weekday()]} {fa(jd)} {FA_MONTHS[jm - 1]} {fa(jy)}"
    c, hh, mm = FA_CLOCKS[n + 1]
    text = f"{surface}\nمسابقه لغو شد.\nجلسه بعدی از {c} برگزار می‌شود."
    out.append(case(text, "fa", ref.isoformat(),
                    [want(surface, "jalali", day.isoformat(), "day"), want(c, "relative", clock_value(ref, hh, mm, "Asia/Tehran"), "minute")]))
for n in range(2):
    ref = dt.date(2014, 8, 1) + dt.timedelta(days=rng.randrange(0, 300))
    day = ref + dt.timedelta(days=rng.randrange(3, 20))
    surface = f"{day.day} {AR_MONTHS[day.month - 1][0]} المقبل"
    hh, mm = rng.randrange(8, 23), rng.randrange(0, 60)
    stamp = f"{hh:02d}:{mm:02d}"
    text = f"وستقوم الهيئة بنشر القائمات الأولية يوم {surface}. // انتهى // {stamp}"
    if day.year != ref.year:
        continue
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"]), want(stamp, "relative", clock_value(ref, hh, mm, "Africa/Tunis"), "minute")],
                    tz="Africa/Tunis"))

emit("tools/gen/cases_five_hundred_twenty_ninth_sets.py: clocks in the sentence after their day (docs/accuracy.md)", out)
