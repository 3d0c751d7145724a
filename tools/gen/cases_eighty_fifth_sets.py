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
- A revolution's, a war's or a crisis's year (ثورة 2011، بحرب 1994, وحرب
  1956 «…», انقلاب ۱۳۵۷, اعتراضات ۱۴۰۱, جنگ ۱۹۶۷): the year, before any word.
  Negative: a round hundred before a noun (أزمة 2000 موظف, a count).
- A clock with a dot for the colon and the minute word before its part of the
  day (الساعة 5.47 دقيقة مساء), the Tunisian دق for the minutes (الساعة 9 و 15
  دق صباحا), a comma before a written zone (الساعة 10:16 مساء الخميس، بتوقيت
  السعودية): the zone's offset.
- Days with their weekdays joined by و, not side by side (یکشنبه ۱۲ و سه‌شنبه
  ۱۴ فروردین ۱۴۰۳): two days; side by side, one span.
- A range of clocks with "starting from" a day after it (من الساعة العاشرة
  مساءً إلى الساعة الخامسة صباحًا، بداية من الخميس 13 جانفي 2022): hours kept
  every day from then, no moment; the day is read.
- Two digits after a Hijri month with الجاري after them (غرة رمضان 24
  الجاري): a day of this month, no year 1424; عيد الفطر السعيد and عيد الأضحى
  السعيد with their years.
- A day with its weekday and no year after a date with its year, in a text
  whose reference's nearest year the weekday belies (جمعه، دوم دی 1401 …
  شنبه، سوم دی on a page of 1403): the year written before, where the weekday
  fits. Alone it keeps the nearest year, the mismatch flagged.
- A clock with "the next day" after it (01:00 صباحاً (اليوم التالي), الساعة
  الخامسة صباحا من اليوم الموالي, ۲ بامداد روز بعد): the day after the one it
  would be on, or the day written after those words.
- A Solar Hijri budget's year (لایحه بودجه ۱۴۰۳, بودجه ۱۴۰۵ سخنگوی): the year.
  Negatives: a sum (بودجه 2000 دلاری, بودجه ۱۴۰۰ میلیارد تومانی).
- A Gulf state's national day named with the country as headlines write it
  (اليوم الوطني قطر 2025, العيد الوطني للكويت, اليوم الوطني للبحرين): its
  fixed Gregorian day, in the year written or the one nearest the reference.
- Egypt's 6th of October City: 6 أكتوبر without a year or weekday straight
  after a word that is no lexicon word, or such a word and a dash (بمدينة 6
  أكتوبر, كوبري 6 أكتوبر, الجيزة - 6 أكتوبر, عطلة 6 أكتوبر), is a name; after
  يوم, منذ or حتى, with its year, a day.

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic and offsets from datetime and zoneinfo: nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_eighty_fifth_sets.py > tests/extract/cases/eighty_fifth_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_GREG, AR_HIJRI, AR_WEEKDAYS, FA_JALALI, FA_WEEKDAYS, FA_ZODIAC, SCRIPTS, case, clock_value, emit, jalali_year, jdate,
                       umm_al_qura, want)

rng = random.Random(85)
out = []

UQ = umm_al_qura()
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
          "كانون الأول"]



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
        value = jalali_year(jy)
        out.append(case(text, "fa", None, [want(written, "jalali", value, "year", ["calendar_guessed"])]))
    else:
        y = rng.randint(1990, 2025)
        written = digits(str(y))
        text = f"وتتواصل الأزمة من {written} {AR_NOW[n % 5]} دون حل."
        out.append(case(text, "ar", None, [want(written, "gregorian", str(y), "year")]))
out.append(case("از ۲۰ نفر تاکنون تنها دو نفر پذیرفته شده‌اند.", "fa", None, []))
out.append(case("از ۱۲ تا کنون هیچ‌کدام پاسخ نداده‌اند.", "fa", None, []))

# A revolution's, a war's or a crisis's year.
EVENTS_AR = ["ثورة", "بعد حرب", "وحرب", "انتفاضة", "أحداث", "نكسة", "أزمة"]
EVENTS_FA = ["انقلاب", "اعتراضات", "جنگ"]
for n in range(12):
    digits = SCRIPTS[n % 3]
    if n < 7:
        y = rng.randint(1948, 2024)
        if y % 100 == 0:
            y += 1
        written = digits(str(y))
        text = f"وقال إن {EVENTS_AR[n]} {written} غيرت وجه المنطقة."
        out.append(case(text, "ar", None, [want(written, "gregorian", str(y), "year")]))
    elif n < 10:
        jy = rng.randint(1340, 1403)
        written = digits(str(jy))
        text = f"او پس از {EVENTS_FA[n - 7]} {written} مهاجرت کرد."
        value = jalali_year(jy)
        out.append(case(text, "fa", None, [want(written, "jalali", value, "year", ["calendar_guessed"])]))
    else:
        y = rng.randint(1950, 2020)
        written = digits(str(y))
        out.append(case(f"او پس از جنگ {written} به تهران آمد.", "fa", None, [want(written, "gregorian", str(y), "year")]))
out.append(case("تسببت أزمة 2000 موظف في إغلاق المصنع.", "ar", None, []))

# A clock with a dot and the minute word before its part of the day; دق; a
# comma before a written zone.
REF = dt.date(2024, 3, 10)
for n in range(9):
    digits = SCRIPTS[n % 3]
    hh, mm = rng.randint(1, 11), rng.randint(10, 59)
    pm = n % 2 == 0
    tod = "مساء" if pm else "صباحا"
    h24 = hh + (12 if pm else 0)
    zone = ("Africa/Cairo", "Asia/Riyadh", "Africa/Tunis")[n % 3]
    if n < 3:
        surface = f"الساعة {digits(f'{hh}.{mm:02d}')} دقيقة {tod}"
        out.append(case(f"ويبدأ الخسوف اليوم في تمام {surface} ويستمر ساعة.", "ar", REF.isoformat(),
                        [want(f"اليوم في تمام {surface}", "relative", clock_value(REF, h24, mm, zone), "minute")], tz=zone))
    elif n < 6:
        surface = f"الساعة {digits(str(hh))} و {digits(str(mm))} دق {tod}"
        out.append(case(f"وتنطلق الرحلة الأولى اليوم على {surface} من المحطة.", "ar", REF.isoformat(),
                        [want(f"اليوم على {surface}", "relative", clock_value(REF, h24, mm, zone), "minute")], tz=zone))
    else:
        place, zname = [("السعودية", "Asia/Riyadh"), ("مكة المكرمة", "Asia/Riyadh"), ("غرينتش", "UTC")][n - 6]
        surface = f"الساعة {digits(f'{hh}:{mm:02d}')} {tod}، بتوقيت {place}"
        out.append(case(f"وتبدأ المباراة اليوم عند {surface} في الدوحة.", "ar", REF.isoformat(),
                        [want(f"اليوم عند {surface}", "relative", clock_value(REF, h24, mm, zname), "minute")], tz="Africa/Cairo"))

# Days with their weekdays joined by و: not side by side, two days; side by
# side, one span.
for n in range(6):
    digits = SCRIPTS[n % 2]
    jy, jm, jd = rng.randint(1398, 1405), rng.randint(1, 11), rng.randint(1, 20)
    gap = 1 if n % 3 == 0 else rng.randint(2, 5)
    a, b = jdate(jy, jm, jd), jdate(jy, jm, jd + gap)
    first = f"{FA_WEEKDAYS[a.weekday()]} {digits(str(jd))}"
    second = f"{FA_WEEKDAYS[b.weekday()]} {digits(str(jd + gap))} {FA_JALALI[jm - 1]} {digits(str(jy))}"
    text = f"آزمون‌ها {first} و {second} برگزار می‌شود."
    if gap == 1:
        expect = [want(f"{first} و {second}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day")]
    else:
        expect = [want(first, "jalali", a.isoformat(), "day"), want(second, "jalali", b.isoformat(), "day")]
    out.append(case(text, "fa", None, expect))

# A range of clocks with "starting from" a day after it: hours kept every day.
for n in range(4):
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
    head = ("بداية من", "ابتداء من", "اعتبارا من", "انطلاقا من")[n]
    surface = f"{AR_WEEKDAYS[day.weekday()]} {day.day} {MAGHREB[day.month - 1]} {day.year}"
    text = f"تقرر منع الجولان من الساعة العاشرة مساءً إلى الساعة الخامسة صباحًا، {head} {surface}، ولمدة أسبوعين."
    out.append(case(text, "ar", None, [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Tunis"))

# Two digits after a Hijri month with الجاري after them: a day of this month.
for n, (hy, hm) in enumerate([(1441, 9), (1445, 10), (1446, 12)]):
    first = UQ[(hy, hm)]
    ref = first - dt.timedelta(days=3)
    surface = f"غرة {AR_HIJRI[hm - 1]} {first.day} الجاري"
    if ref.month != first.month:  # الجاري names the reference's month
        ref = first - dt.timedelta(days=first.day - 1)
    out.append(case(f"وأعلن المرصد أن {surface} بحسب الحسابات الفلكية.", "ar", ref.isoformat(),
                    [want(surface, "hijri", first.isoformat(), "day", ["year_inferred"])]))

# عيد الفطر السعيد, عيد الأضحى السعيد with their years.
for n, (name, month, day, hy) in enumerate([("عيد الفطر السعيد", 10, 1, 1447), ("عيد الأضحى السعيد", 12, 10, 1445)]):
    surface = f"{name} لعام {hy} هـ"
    value = (UQ[(hy, month)] + dt.timedelta(days=day - 1)).isoformat()
    out.append(case(f"وتبدأ عطلة {surface} في جميع المدارس.", "ar", None, [want(surface, "hijri", value, "day")]))

# Egypt's 6th of October City, and 6 October as a day.
REF = dt.date(2025, 9, 1)
for text in ["وشيعت الجنازة من مسجد الحصري بمدينة 6 أكتوبر بحضور الأهل.", "توقفت حركة المرور أعلى كوبري ٦ أكتوبر في اتجاه مدينة نصر.",
             "ويمتد الخط بين الجيزة - 6 أكتوبر والعاصمة الإدارية.", "وقرر المجلس إلغاء عطلة ٦ أكتوبر للموظفين.",
             "درجات الحرارة العظمى والصغرى:\nالقاهرة 36 25\n6 أكتوبر 37 25\nبنها 36 25"]:
    out.append(case(text, "ar", REF.isoformat(), []))
for n, (head, tail) in enumerate([("سيتوجه المنتخب يوم ", ""), ("لم يصرف الراتب منذ ", " الماضي"), ("يستمر العرض حتى ", "")]):
    digits = SCRIPTS[n % 3]
    year = 2024 if tail else 2025
    text = f"{head}{digits('6')} أكتوبر{tail} حسب المصادر."
    found = f"{digits('6')} أكتوبر{tail}"
    out.append(case(text, "ar", REF.isoformat(), [want(found, "gregorian", dt.date(year, 10, 6).isoformat(), "day", ["year_inferred"])]))
out.append(case("انطلقت الحرب في 6 أكتوبر 1973 ظهرا.", "ar", REF.isoformat(),
                [want("6 أكتوبر 1973", "gregorian", "1973-10-06", "day")]))

# A weekday that the reference's nearest year belies: the year written before.
for n in range(6):
    while True:
        jy, jm, jd = rng.randint(1395, 1400), rng.randint(1, 11), rng.randint(1, 27)
        ref = jdate(jy + 3, 6, 1)
        a, b = jdate(jy, jm, jd), jdate(jy, jm, jd + 1)
        near = [jdate(y, jm, jd + 1) for y in (jy + 2, jy + 3, jy + 4)]
        near_day = min(near, key=lambda x: (abs((x - ref).days), x > ref))
        if near_day.weekday() != b.weekday():
            break
    digits = SCRIPTS[n % 2]
    if n < 3:
        first = f"روز {FA_WEEKDAYS[a.weekday()]}، {digits(str(jd))} {FA_JALALI[jm - 1]} {digits(str(jy))}"
        second = f"روز {FA_WEEKDAYS[b.weekday()]}، {digits(str(jd + 1))} {FA_JALALI[jm - 1]}"
        text = f"این کاربران از {first} دسترسی پیدا کرده‌اند و با ورود به {second} هم مشکلی نداشتند."
        out.append(case(text, "fa", ref.isoformat(), [want(first, "jalali", a.isoformat(), "day"),
                                                      want(second, "jalali", b.isoformat(), "day", ["year_inferred"])]))
    else:
        g1 = dt.date(2016 + n, rng.randint(1, 12), rng.randint(1, 27))
        g2 = g1 + dt.timedelta(days=1)
        gref = dt.date(g1.year + 3, 6, 1)
        cands = [dt.date(y, g2.month, g2.day) for y in (gref.year - 1, gref.year, gref.year + 1)]
        if min(cands, key=lambda x: (abs((x - gref).days), x > gref)).weekday() == g2.weekday():
            gref = dt.date(g1.year + 4, 6, 1)
        first = f"{g1.day} {AR_GREG[g1.month - 1]} {g1.year}"
        second = f"يوم {AR_WEEKDAYS[g2.weekday()]} {g2.day} {AR_GREG[g2.month - 1]}"
        text = f"بدأت الأزمة في {first} ثم تفاقمت {second} بحسب الشهود."
        out.append(case(text, "ar", gref.isoformat(), [want(first, "gregorian", g1.isoformat(), "day"),
                                                       want(second, "gregorian", g2.isoformat(), "day", ["year_inferred"])]))

# A clock with "the next day" after it.
for n in range(6):
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
    nxt = day + dt.timedelta(days=1)
    digits = SCRIPTS[n % 3]
    h1, h2 = rng.randint(8, 11), rng.randint(1, 5)
    if n < 4:
        zone = ("Asia/Riyadh", "Africa/Algiers")[n % 2]
        head = f"يوم {AR_WEEKDAYS[day.weekday()]} {digits(str(day.day))} {AR_GREG[day.month - 1]} {digits(str(day.year))}"
        tail = ("(اليوم التالي)", "من اليوم الموالي", "من اليوم التالي", "(اليوم الموالي)")[n]
        second = f"الساعة {digits(str(h2))} صباحا"
        text = f"يستمر الحظر {head} من الساعة {digits(str(h1))} مساء حتى {second} {tail}."
        out.append(case(text, "ar", None, [want(head, "gregorian", day.isoformat(), "day"),
                                           want(f"الساعة {digits(str(h1))} مساء", "relative", clock_value(day, h1 + 12, 0, zone), "minute"),
                                           want(second, "relative", clock_value(nxt, h2, 0, zone), "minute")], tz=zone))
    else:
        ref = day
        text = f"مترو امروز از ساعت {digits(str(h1 + 12))} تا {digits(str(h2))} بامداد روز بعد فعال است."
        out.append(case(text, "fa", ref.isoformat(), [want(f"امروز از ساعت {digits(str(h1 + 12))}", "relative",
                                                           clock_value(day, h1 + 12, 0, "Asia/Tehran"), "minute"),
                                                      want(f"{digits(str(h2))} بامداد", "relative",
                                                           clock_value(nxt, h2, 0, "Asia/Tehran"), "minute")], tz="Asia/Tehran"))

# The next day written after the words: that day.
for n in range(3):
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
    digits = SCRIPTS[n % 3]
    nxt = day + dt.timedelta(days=1)
    written = f"{digits(str(nxt.day))} {AR_GREG[nxt.month - 1]} {digits(str(nxt.year))}"
    text = f"يفتح المعرض أبوابه حتى الساعة {digits('10:00')} مساءً من اليوم التالي {written} للزوار."
    out.append(case(text, "ar", day.isoformat(), [want(f"الساعة {digits('10:00')} مساءً", "relative", clock_value(nxt, 22, 0, "Asia/Riyadh"), "minute"),
                                                  want(written, "gregorian", nxt.isoformat(), "day")], tz="Asia/Riyadh"))

# A Gulf state's national day named with the country.
for n, (name, m, d) in enumerate([("اليوم الوطني قطر", 12, 18), ("العيد الوطني للكويت", 2, 25), ("اليوم الوطني للبحرين", 12, 16),
                                  ("اليوم الوطني لدولة الإمارات", 12, 2), ("اليوم الوطني للسعودية", 9, 23)]):
    year = rng.randint(2018, 2026)
    if n % 2 == 0:
        surface = f"{name} {SCRIPTS[n % 3](str(year))}"
        out.append(case(f"وتتواصل احتفالات {surface} في جميع المدن.", "ar", None,
                        [want(surface, "gregorian", dt.date(year, m, d).isoformat(), "day")]))
    else:
        ref = dt.date(year, m, d) - dt.timedelta(days=rng.randint(5, 60))
        out.append(case(f"وتتواصل الاستعدادات بمناسبة {name} في جميع المدن.", "ar", ref.isoformat(),
                        [want(name, "gregorian", dt.date(year, m, d).isoformat(), "day", ["year_inferred"])]))

# A Solar Hijri budget's year.
for n in range(4):
    jy = rng.randint(1395, 1406)
    written = SCRIPTS[n % 2](str(jy))
    value = jalali_year(jy)
    text = (f"مجلس بررسی لایحه بودجه {written} را آغاز کرد.", f"درآمد مالیاتی دولت در بودجه {written} سخنگوی وزارت گفت.")[n % 2]
    out.append(case(text, "fa", None, [want(written, "jalali", value, "year", ["calendar_guessed"])]))
out.append(case("این طرح با بودجه 2000 دلاری اجرا شد.", "fa", None, []))
out.append(case("بودجه ۱۴۰۰ میلیارد تومانی به این طرح رسید.", "fa", None, []))

emit("forms of the eighty-fifth real-text sets: generated by tools/gen/cases_eighty_fifth_sets.py (oracles: datetime, "
     "zoneinfo, convertdate, the Umm al-Qura table)", out)
