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

- An era marker in brackets after a year, blanks inside or none (سال ۹۰۷(ه ق ),
  در سال ۹۱۵ (ه.ق), سال ۱۳۲۰ (ه.ش), عام 1350 (هـ)): the year in that era's
  calendar; not (م) alone after a number (طوله 1350 (م): metres).
- A pilgrimage's season by its Solar Hijri year in Persian (حج تمتع ۱۴۰۴,
  زائران حج ۱۴۰۳, عمره مفرده ۱۴۰۲) and a horizon's (در افق ۱۴۰۴): the year; not
  a count (سهمیه حج ۱۳۸۰ نفر, افق ۱۴۰۰ هکتار).
- A tournament's year with a city between (المپیک ریو ۲۰۱۶, أولمبياد باريس
  2024, مونديال قطر 2022), after a champion or its edition (قهرمان ۲۰۲۲, نایب
  قهرمان ۲۰۱۸, قهرمان دوره ۲۰۲۲, میزبان دوره ۲۰۲۶), after a sport and its
  continent (فوتسال آسیا ۲۰۲۶, والیبال آسیا ۲۰۲۳): the year; not a round
  hundred (قهرمان ۲۰۰۰ متر) nor a count (أولمبياد باريس 2000 رياضي).
- A day, month and two-digit year between dots after the Arabic day word (يوم
  22.2.22): that day, as after a word for "dated"; and an Arabic day and month
  joined by a dash after a weekday, the day past 12 (اليوم الإثنين 28-4): the
  day; not a score (الأحد 3-1).
- A Persian clock's hour and its minutes in words, both below ten (ساعت هفت و
  دو دقیقه بامداد): 07:02, no longer nine minutes past midnight; each part of a
  number in words stands below the place of the one before (هزار و چهارصد و
  دو), or in Arabic units before their tens (ألفين وأربعة وعشرين).
- A sea warning's range to "the end of the time" of a day (از صبح چهارشنبه تا
  پایان وقت جمعه, صبح چهارشنبه ۱۹ آذر تا اواخر وقت جمعه ۲۱ آذر): one span.
- Persian decades in words joined by تا as by و (دهه‌های سی تا شصت خورشیدی,
  دهه چهل تا پنجاه): from the first decade's first year to the last's last.
- The Gregorian new year in Persian with its year after سال نو, میلادی after
  the year or none (سال نو ۲۰۲۴ میلادی, آغاز سال نو ۲۰۲۶): 1 January of that
  year, as سال نو میلادی 2024 is; سال نو ۱۴۰۳ stays the Solar Hijri year.
- A tatweel after a year, then a blank and the next year (1552ـ 1820م, عاش
  (1552ـ 1620م), سال‌های ۱۳۵۷ـ ۱۳۶۷): a dash between them, one span, as when
  it touches both.
- A Persian stamp's Solar Hijri year and the hour after it run together (10
  بهمن 139210:02, ۲۵ اسفند ۱۴۰۲۱۸:۳۰): the day at that time, as with a
  Gregorian year (06 أغسطس 202119:20).
- Since a year with its era until another (صدرت منذ 1928م حتى 1990م): one span,
  as without the eras and as after من.
- An Arabic year after في with the article written onto it (في الـ2024 صدر
  الكتاب): the year, as without it; not a round hundred nor a count
  (في الـ2000 متر, في الـ2024 مدرسة).
- Two numbers that could be years before a weight or a measure (بين 1900 و2100
  غرام, بین ۱۸۰۰ تا ۲۰۰۰ تُن, من 1950 إلى 2050 لترا): no span of years; the
  years of a span before other words stay one (بين 1990 و2000 شهد البلد).

Days come from datetime and convertdate (its arithmetic Hijri calendar for the
years before Umm al-Qura's table, as SCHEMA's civil reading), the Solar Hijri
years from the Calendar Center's table via case_form, offsets from zoneinfo;
nothing here
is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_twenty_ninth_sets.py >
tests/extract/cases/five_hundred_twenty_ninth_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import case, clock_value, emit, fa, jday, solar_hijri_year, umm_al_qura, want

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


def day_then_clock(text, lang, ref, surface, cal, day, c, clock_day, hh, mm, zone, tz=None, flags=()):
    """A case of a day and a clock alone after it: the day's value, the clock's on clock_day in zone."""
    return case(text, lang, ref.isoformat(), [want(surface, cal, day.isoformat(), "day", flags),
                                              want(c, "relative", clock_value(clock_day, hh, mm, zone), "minute")], tz=tz)


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
    out.append(day_then_clock(text, "ar", ref, surface, "gregorian", day, c, day, hh, mm, zone, tz=zone))

# A relative day with its weekday, a list's colon and its line after it.
for n in range(4):
    ref = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    day = ref + dt.timedelta(days=1)
    zone = AR_ZONES[n]
    c, hh, mm = AR_CLOCKS[(n + 2) % len(AR_CLOCKS)]
    surface = f"غدًا {AR_WEEKDAYS[day.weekday()]}"
    text = f"تُستكمل {surface} بقية مباريات الجولة، حيث تُقام ثلاث مباريات على النحو التالي:\nتُقام المباراة الأولى {AT.get(c, '')}{c} على الملعب البلدي."
    out.append(day_then_clock(text, "ar", ref, surface, "relative", day, c, day, hh, mm, zone, tz=zone))

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
    out.append(day_then_clock(text, "fa", ref, surface, "jalali", day, c, day, hh, mm, zone, tz=zone))

# On the reference's day: a day before it, a span's start or end, a sentence between, a day after the clock, a wire's stamp.
for n in range(4):
    ref = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 400))
    day = ref - dt.timedelta(days=rng.randrange(2, 30))
    zone = AR_ZONES[n]
    c, hh, mm = AR_CLOCKS[n]
    surface = ar_written_day(day, n)
    surface = "يوم " + surface
    text = f"افتتح المعرض {surface} بحضور الوزير. وتبدأ الندوة الختامية {AT.get(c, '')}{c} في القاعة الكبرى."
    out.append(day_then_clock(text, "ar", ref, surface, "gregorian", day, c, ref, hh, mm, zone, tz=zone))
for n in range(3):
    ref = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randrange(0, 400))
    day = ref + dt.timedelta(days=rng.randrange(2, 20))
    zone = AR_ZONES[n + 1]
    c, hh, mm = AR_CLOCKS[n + 1]
    names = AR_MONTHS[day.month - 1]
    surface = f"{day.day} {names[0]} {day.year}"
    text = f"يتغير توقيت الدوام اعتبارا من {surface} في جميع المدارس. ويبدأ العمل {AT.get(c, '')}{c} وينتهي بعد الظهر."
    out.append(day_then_clock(text, "ar", ref, surface, "gregorian", day, c, ref, hh, mm, zone, tz=zone))
for n in range(3):
    ref = dt.date(2023, 4, 1) + dt.timedelta(days=rng.randrange(0, 700))
    day = ref + dt.timedelta(days=rng.randrange(1, 10))
    jy, jm, jd = jday(day)
    surface = f"{FA_WEEKDAYS[day.weekday()]} {fa(jd)} {FA_MONTHS[jm - 1]} {fa(jy)}"
    c, hh, mm = FA_CLOCKS[n + 1]
    text = f"{surface}\nمسابقه لغو شد.\nجلسه بعدی از {c} برگزار می‌شود."
    out.append(day_then_clock(text, "fa", ref, surface, "jalali", day, c, ref, hh, mm, "Asia/Tehran"))
for n in range(2):
    ref = dt.date(2014, 8, 1) + dt.timedelta(days=rng.randrange(0, 300))
    day = ref + dt.timedelta(days=rng.randrange(3, 20))
    surface = f"{day.day} {AR_MONTHS[day.month - 1][0]} المقبل"
    hh, mm = rng.randrange(8, 23), rng.randrange(0, 60)
    stamp = f"{hh:02d}:{mm:02d}"
    text = f"وستقوم الهيئة بنشر القائمات الأولية يوم {surface}. // انتهى // {stamp}"
    if day.year != ref.year:
        continue
    out.append(day_then_clock(text, "ar", ref, surface, "gregorian", day, stamp, ref, hh, mm, "Africa/Tunis", tz="Africa/Tunis",
                              flags=["year_inferred"]))


def hijri_year(y):
    first = dt.date(*islamic.to_gregorian(y, 1, 1))
    last = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) - dt.timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


# An era marker in brackets. Years before Umm al-Qura's table are computed, flagged approximate (SCHEMA).
UMM_AL_QURA_FIRST = 1343
FA_LUNAR = ["(ه ق )", "(ه.ق)", "(ه ق)", "(هـ.ق)"]
for n in range(8):
    y = rng.randrange(700, 1000)  # a manuscript's century (the 1200s' computed month starts are a day off the civil table's at times: noted)
    ys = fa(y) if n % 2 == 0 else str(y)
    era = FA_LUNAR[n % len(FA_LUNAR)]
    glue = "" if n % 3 == 0 else " "
    surface = f"در سال {ys}{glue}{era}"
    out.append(case(f"این نسخه {surface} کتابت شده است.", "fa", None,
                    [want(surface, "hijri", hijri_year(y), "year", ["approximate"] if y < UMM_AL_QURA_FIRST else [])]))
for n in range(4):
    y = rng.randrange(1300, 1400)
    ys = fa(y) if n % 2 else str(y)
    surface = f"در سال {ys} (ه.ش)"
    out.append(case(f"این بنا {surface} ساخته شد.", "fa", None, [want(surface, "jalali", solar_hijri_year(y), "year")]))
UAQ = umm_al_qura()
AGREED = [y for y in range(1343, 1450) if (y, 1) in UAQ and (y + 1, 1) in UAQ]  # both ends where the sources agree
for n in range(4):
    y = rng.choice(AGREED)
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    surface = f"عام {ys} (هـ)"
    value = f"{UAQ[(y, 1)].isoformat()}/{(UAQ[(y + 1, 1)] - dt.timedelta(days=1)).isoformat()}"
    out.append(case(f"توفي الشيخ {surface} في مكة المكرمة.", "ar", None, [want(surface, "hijri", value, "year")]))
out.append(case("يبلغ طوله 1350 (م) فوق سطح البحر.", "ar", None, []))

# A pilgrimage's or a horizon's Solar Hijri year.
FA_SEASON = ["ثبت‌نام حج تمتع {y} بزودی انجام می‌شود.", "اعزام زائران حج {y} از فرودگاه امام آغاز شد.",
             "پیش‌فروش عمره مفرده {y} از مهر آغاز می‌شود.", "برنامه تولید در افق {y} دو برابر می‌شود."]
for n in range(8):
    y = rng.randrange(1385, 1410)
    if y == 1400:  # a round hundred is a count as often (افق ۱۴۰۰ هکتار)
        y = 1401
    ys = fa(y) if n % 2 == 0 else str(y)
    out.append(case(FA_SEASON[n % len(FA_SEASON)].format(y=ys), "fa", None,
                    [want(ys, "jalali", solar_hijri_year(y), "year", ["calendar_guessed"])]))
for text in ["سهمیه حج ۱۳۸۵ نفر تعیین شد.", "مساحت باغ‌ها در افق ۱۴۰۰ هکتار است."]:
    out.append(case(text, "fa", None, []))

# A tournament's year after a city, a champion, an edition or a sport and its continent.
FA_CUP = ["المپیک {c} {y} برگزار شد.", "تیم ملی قهرمان {y} شد.", "این تیم نایب قهرمان {y} بود.", "عربستان قهرمان دوره {y} است.",
          "کانادا میزبان دوره {y} خواهد بود.", "تیم ملی فوتسال آسیا {y} را آغاز کرد.", "والیبال آسیا {y} در تایلند برگزار شد."]
CITIES = ["ریو", "توکیو", "پاریس", "لندن"]
for n, tmpl in enumerate(FA_CUP):
    while True:
        y = rng.randrange(1960, 2031)
        if y % 100:
            break
    ys = fa(y) if n % 2 == 0 else str(y)
    out.append(case(tmpl.format(c=CITIES[n % len(CITIES)], y=ys), "fa", None, [want(ys, "gregorian", str(y), "year")]))
for n, (tmpl, c) in enumerate([("انطلقت أولمبياد {c} {y} وسط حضور كبير.", "باريس"), ("فاز المنتخب في مونديال {c} {y} بلقبه.", "قطر")]):
    y = rng.randrange(1960, 2031)
    y += y % 100 == 0
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    out.append(case(tmpl.format(c=c, y=ys), "ar", None, [want(ys, "gregorian", str(y), "year")], tz="Asia/Riyadh"))
for text, lang in [("او قهرمان ۲۰۰۰ متر شد.", "fa"), ("شارك في أولمبياد باريس 2000 رياضي.", "ar")]:
    out.append(case(text, lang, None, []))

# A dotted date with a two-digit year after يوم; a day-month pair with a dash after a weekday.
for n in range(4):
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 9000))
    txt = f"{day.day}.{day.month}.{day.year % 100:02d}"
    if n % 2:
        txt = txt.translate(AR_DIGITS)
    out.append(case(f"ولدت التوائم يوم {txt} في المستشفى الجامعي.", "ar", None, [want(txt, "gregorian", day.isoformat(), "day", ["calendar_guessed"])],  # a two-digit year: its calendar guessed
                    tz="Africa/Algiers"))
for n in range(4):
    ref = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    day = ref + dt.timedelta(days=rng.randrange(0, 6))
    if day.day <= 12:
        day = day.replace(day=13 + n)
    surface = f"اليوم {AR_WEEKDAYS[day.weekday()]} {day.day}-{day.month}"
    out.append(case(f"ارتفاع أسعار الخشب {surface}.. تفاصيل جديدة", "ar", day.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])], tz="Africa/Cairo"))
ref = dt.date(2025, 4, 27)
out.append(case("فاز الفريق الأحد 3-1 على منافسه.", "ar", ref.isoformat(),
                [want("الأحد", "relative", ref.isoformat(), "day")], tz="Africa/Cairo"))

# A clock's hour and minutes in words, both below ten.
FA_UNITS_WORDS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
for n in range(6):
    ref = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randrange(0, 700))
    hh, mm = rng.randrange(1, 10), rng.randrange(1, 10)
    part, add = [("صبح", 0), ("بامداد", 0), ("عصر", 12)][n % 3]
    if add and hh < 2:
        hh = 2
    surface = f"ساعت {FA_UNITS_WORDS[hh]} و {FA_UNITS_WORDS[mm]} دقیقه {part}"
    out.append(case(f"این زلزله {surface} رخ داد.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, hh + add, mm, "Asia/Tehran"), "minute")]))

# A sea warning's range to the end of a day's time.
for n in range(4):
    ref = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    first = ref + dt.timedelta(days=1 + n % 3)
    last = first + dt.timedelta(days=2)
    end_word = "پایان" if n % 2 == 0 else "اواخر"
    fj, lj = jday(first), jday(last)
    surface = (f"{FA_WEEKDAYS[first.weekday()]} {fa(fj[2])} {FA_MONTHS[fj[1] - 1]} تا {end_word} وقت "
               f"{FA_WEEKDAYS[last.weekday()]} {fa(lj[2])} {FA_MONTHS[lj[1] - 1]}")
    surface = "از صبح " + surface  # "from" and the morning are the range's own words
    out.append(case(f"دریا {surface} مواج است.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "day",
                          ["year_inferred"])]))

# Decades in words joined by تا.
FA_TENS_WORDS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
for n in range(4):
    a = rng.choice([20, 30, 40, 50, 60])
    b = a + 10 * rng.randrange(1, (90 - a) // 10 + 1)
    surface = f"{'دهه‌های' if n % 2 else 'دهه'} {FA_TENS_WORDS[a]} تا {FA_TENS_WORDS[b]}"
    value = f"{solar_hijri_year(1300 + a).split('/')[0]}/{solar_hijri_year(1300 + b + 9).split('/')[1]}"
    out.append(case(f"این سبک در {surface} رواج داشت.", "fa", None, [want(surface, "jalali", value, "year")]))

# The Gregorian new year in Persian.
for n in range(4):
    y = rng.randrange(1990, 2031)
    ys = fa(y) if n % 2 == 0 else str(y)
    surface = f"سال نو {ys}" + (" میلادی" if n < 2 else "")
    out.append(case(f"مردم سیدنی به استقبال {surface} رفتند.", "fa", None, [want(surface, "gregorian", f"{y}-01-01", "day")]))
out.append(case("سال نو ۱۴۰۳ مبارک باد.", "fa", None, [want("سال نو ۱۴۰۳", "jalali", solar_hijri_year(1403), "year", ["calendar_guessed"])]))

# A tatweel and a blank between two years.
for n in range(4):
    a = rng.randrange(1500, 1950)
    b = a + rng.randrange(10, 70)
    sa, sb = (str(a), str(b)) if n % 2 == 0 else (str(a).translate(AR_DIGITS), str(b).translate(AR_DIGITS))
    surface = f"{sa}ـ {sb}م"
    out.append(case(f"حكم المنطقة ({surface}) وبنى فيها قلاعا.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")], tz="Africa/Tunis"))
for n in range(2):
    a = rng.randrange(1320, 1390)
    b = a + rng.randrange(3, 12)
    surface = f"در سال‌های {fa(a)}ـ {fa(b)}"
    value = f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}"
    out.append(case(f"این بنا {surface} ساخته شد.", "fa", None, [want(surface, "jalali", value, "year", ["calendar_guessed"])]))

# A Solar Hijri year and the hour glued.
for n in range(4):
    day = dt.date(2023, 3, 25) + dt.timedelta(days=rng.randrange(0, 900))
    jy, jm, jd = jday(day)
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    txt = f"{jd} {FA_MONTHS[jm - 1]} {jy}{hh:02d}:{mm:02d}"
    if n % 2:
        txt = f"{fa(jd)} {FA_MONTHS[jm - 1]} {fa(jy)}{fa(hh // 10)}{fa(hh % 10)}:{fa(mm // 10)}{fa(mm % 10)}"
    out.append(case(f"کد خبر: ۲۳۴۵\n{txt}\nخبرگزاری", "fa", None, [want(txt, "jalali", clock_value(day, hh, mm, "Asia/Tehran"), "minute")]))

# Since a year with its era until another.
for n in range(3):
    a = rng.randrange(1900, 1990)
    b = a + rng.randrange(5, 30)
    sa, sb = (str(a), str(b)) if n != 1 else (str(a).translate(AR_DIGITS), str(b).translate(AR_DIGITS))
    surface = f"{sa}م حتى {sb}م"
    out.append(case(f"صدرت المجلة منذ {surface} في القاهرة.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")], tz="Africa/Cairo"))

# The article on a year after في.
for n in range(3):
    y = rng.randrange(1950, 2036)
    y += y % 100 == 0
    ys = str(y) if n != 1 else str(y).translate(AR_DIGITS)
    out.append(case(f"وكان الكتاب قد صدر في الـ{ys} عن دار الشروق.", "ar", None, [want(ys, "gregorian", str(y), "year")],
                    tz="Africa/Cairo"))
for text in ["قطع العداء في الـ2000 متر الأولى مسافة كبيرة.", "وزعت الكتب في الـ2024 مدرسة."]:
    out.append(case(text, "ar", None, [], tz="Africa/Cairo"))

# Weights and measures after two numbers.
AR_UNITS = ["غرام", "جرام", "كيلو", "طن", "لتر", "كيلومتر"]
FA_UNITS = ["تُن", "گرم", "کیلوگرم", "لیتر", "کیلومتر", "تن"]
for n in range(6):
    a = rng.randrange(1800, 2000)
    b = a + rng.randrange(20, 200)
    out.append(case(f"تراوحت الكميات بين {a} و{b} {AR_UNITS[n]} يوميا.", "ar", None, [], tz="Africa/Casablanca"))
    out.append(case(f"روزانه بین {fa(a)} تا {fa(b)} {FA_UNITS[n]} جابه‌جا می‌شود.", "fa", None, []))
for n in range(3):
    a = rng.randrange(1950, 2000)
    b = a + rng.randrange(2, 20)
    out.append(case(f"بين {a} و{b} شهد البلد نموا كبيرا.", "ar", None,
                    [want(f"بين {a} و{b}", "gregorian", f"{a}-01-01/{b}-12-31", "year")], tz="Africa/Cairo"))

emit("tools/gen/cases_five_hundred_twenty_ninth_sets.py: clocks in the sentence after their day, eras in brackets, "
     "pilgrimages' and tournaments' years (docs/accuracy.md)", out)
