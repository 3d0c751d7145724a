#!/usr/bin/python3
"""Writes tests/extract/cases/sixty_ninth_sets.jsonl: forms met in the
sixty-eighth to seventieth real-text sets (environment and water;
obituaries and commemorations; travel, pilgrimage and aviation), generated
across their families.

- The Iranian water year and crop year (سال آبی, سال زراعی: from 1 Mehr to
  the end of Shahrivar) as a range's start: از ابتدای سال آبی جاری تا پنجم
  خرداد, از ابتدای سال جاری آبی تا ۱۱ مهر, از آغاز سال زراعی تا پایان
  اردیبهشت: from the last 1 Mehr by the end to the end. Alone, or up to now
  (تا کنون), neither it nor the calendar year is read (سال آبی گذشته, پایان
  سال زراعی).
- آغاز (the start of) as ابتدای: آغاز سال ۱۴۰۱, از آغاز سال جاری تا ۱۵
  خرداد, آغاز مهر ماه; not آغاز شد, nor the school year (آغاز سال تعلیمی)
  or the fiscal year named alone (آغاز سال مالی جدید).
- اول سال after از, در or تا: the year's first day (از اول سال ۱۴۰۴, در اول
  سال جاری); after a noun it is that noun's ordinal (نوبت اول سال ۱۴۰۲: the
  year).
- The day word before a range's end after از or من (از ۵ خرداد تا روز ۱۰
  خرداد, من 5 مايو حتى يوم 10 مايو), not after a verb between (انطلاقا من 5
  سبتمبر ويتواصل إلى يوم 31 أكتوبر: two days); a dash before the word for
  "to" (من 8 - حتى 12 يونيو, از ۵ - تا ۹ مهر).
- A Hijri year and its Gregorian twin with a dash (لعام 1438هـ - 2017م): no
  span, one year written twice, the Gregorian (as the real-text sets write
  it; two years until the two-hundred-and-eleventh sets).
- A year in Dari words without و after the hundreds (یک هزار و سه صد دوازده).
- Arbaeen's caravans, and its walk, pilgrims and visas with a word between
  (کاروان‌های اربعین حسینی, راهپیمایی عظیم اربعین, زائران خارجی اربعین),
  with no year, name the pilgrimage, not the day.
- A first date told within a sentence, with no reference: the text's
  year-less days take its year, but a relative word, a bare weekday or a
  clock alone is not resolved against it; a dateline (the date at its
  line's start) or a day the text says is today (امروز دوشنبه ۶ مرداد
  ۱۴۰۴, اليوم الخميس الموافق 24 أبريل 2025) still is the page's day.

- From the seventy-first and seventy-second sets: French dates on Maghrebi
  pages (Samedi 6 avril 2019, with and without accents; Publié le a
  publication label); الفارط as الماضي (الاسبوع الفارط); names that hold a
  date (٢٦ سبتمبر نت, a site; #jan25, a hashtag; بازار ۱۵خرداد, a bazaar);
  a header's "today:" before its date (امروز: يکشنبه ۰۹ ارديبهشت ۱۴۰۳).

Days from datetime and convertdate's persian module: nothing here
is read from taqvim. Run from the project root:
tools/gen/cases_sixty_ninth_sets.py > tests/extract/cases/sixty_ninth_sets.jsonl"""
import datetime as dt
import random

from convertdate import persian

from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(69)
out = []

JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
ORDINALS = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم"}


def month_length(y, m):
    return 31 if m <= 6 else 30 if m <= 11 else (30 if persian.leap(y) else 29)


def span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


# The water and crop years: from the last 1 Mehr by the range's end.
STARTS = ["از ابتدای سال آبی جاری تا", "از ابتدای سال جاری آبی تا", "از ابتدای سال آبی تا", "از آغاز سال زراعی جاری تا",
          "از ابتدای سال زراعی تا", "از آغاز سال آبي جاري تا"]
for n in range(36):
    ry = rng.randint(1396, 1404)
    rm = rng.randint(1, 12)
    rd = rng.randint(1, month_length(ry, rm))
    ref = jdate(ry, rm, rd)
    start = STARTS[n % len(STARTS)]
    sc = SCRIPTS[n % 3]
    kind = n % 4
    # an end at or before the reference, in its Jalali year or the one before
    em = rng.randint(1, rm)
    ed = rng.randint(1, month_length(ry, em) if em != rm else rd)
    ey = ry
    if kind == 0:  # a day and month: the year nearest the reference
        end_text, end = f"{sc(str(ed))} {JALALI[em - 1]}", jdate(ey, em, ed)
    elif kind == 1:  # an ordinal day in words
        ed = min(ed, 10)
        end_text, end = f"{ORDINALS[ed]} {JALALI[em - 1]}ماه", jdate(ey, em, ed)
    elif kind == 2:  # the day word before it
        end_text, end = f"روز {sc(str(ed))} {JALALI[em - 1]}", jdate(ey, em, ed)
    else:  # with its year
        ey = ry - rng.randint(0, 3)
        end_text, end = f"{sc(str(ed))} {JALALI[em - 1]} {sc(str(ey))}", jdate(ey, em, ed)
    # the nearest year of a year-less end: a month and day more than half a
    # year after the reference's fall in the year before
    if kind != 3:
        candidates = [jdate(y, em, ed) for y in (ry - 1, ry, ry + 1)]
        end = min(candidates, key=lambda d: (abs((d - ref).days), d > ref))
        ey = persian.from_gregorian(end.year, end.month, end.day)[0]
    wy = ey if em >= 7 else ey - 1
    first = jdate(wy, 7, 1)
    surface = f"{start} {end_text}"
    text = f"بارش‌ها {surface} به ۲۸۹ میلی‌متر رسید."
    out.append(case(text, "fa", ref.isoformat(),
                    [want(surface, "jalali", span(first, end), "day", [] if kind == 3 else ["year_inferred"])]))
for text in ("بارش‌ها از ابتدای سال آبی ۲۰ درصد کاهش یافت.", "در سال جاری آبی بارش کم بود.",
             "نسبت به سال آبی گذشته کاهش داشت.", "تا پایان سال زراعی ادامه دارد.",
             "از ابتدای سال آبی تا کنون بارشی نبوده است.", "در ابتدای سال زراعی جاری کشت آغاز شد."):
    out.append(case(text, "fa", "2021-06-06", []))

# آغاز: the start of a month or year, as ابتدای.
for n, y in enumerate((1399, 1401, 1403)):
    sc = SCRIPTS[n]
    out.append(case(f"با آغاز سال {sc(str(y))} قیمت‌ها بالا رفت.", "fa", None,
                    [want(f"آغاز سال {sc(str(y))}", "jalali", span(jdate(y, 1, 1), jdate(y, 12, month_length(y, 12))), "year",
                          ["calendar_guessed"])]))
for n, (m, d) in enumerate(((3, 15), (2, 20), (4, 5))):
    ref = jdate(1403, 5, 10)
    sc = SCRIPTS[n]
    surface = f"از آغاز سال جاری تا {sc(str(d))} {JALALI[m - 1]}"
    out.append(case(f"صادرات {surface} رشد کرد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", span(jdate(1403, 1, 1), jdate(1403, m, d)), "day", ["year_inferred"])]))
out.append(case("کلاس‌ها از آغاز مهر ماه برگزار می‌شود.", "fa", jdate(1403, 5, 10).isoformat(),
                [want("آغاز مهر ماه", "jalali", span(jdate(1403, 7, 1), jdate(1403, 7, 30)), "month", ["year_inferred"])]))
for text in ("مسابقات از دیروز آغاز شد و تا هفته آینده ادامه دارد.", "زنگ آغاز سال تعلیمی به صدا درآمد.",
             "آغاز سال مالی جدید از جدی به حمل تغییر کرد."):
    out.append(case(text, "fa", None, []))

# اول سال after از, در or تا: its first day.
for n, y in enumerate((1398, 1402, 1404)):
    sc = SCRIPTS[n]
    out.append(case(f"حقوق بازنشستگان از اول سال {sc(str(y))} افزایش می‌یابد.", "fa", None,
                    [want(f"اول سال {sc(str(y))}", "jalali", jdate(y, 1, 1).isoformat(), "day", ["calendar_guessed"])]))
out.append(case("گردشگران در اول سال جاری به هرات آمدند.", "fa", jdate(1395, 2, 21).isoformat(),
                [want("اول سال جاری", "relative", jdate(1395, 1, 1).isoformat(), "day")]))
out.append(case("زمان ثبت نام کنکور نوبت اول سال ۱۴۰۲ اعلام شد.", "fa", None,
                [want("سال ۱۴۰۲", "jalali", span(jdate(1402, 1, 1), jdate(1402, 12, 29)), "year", ["calendar_guessed"])]))

# The day word before a range's end after از or من; a dash before "to".
for n, (m, d1, d2) in enumerate(((3, 5, 10), (7, 12, 18), (11, 2, 9))):
    sc = SCRIPTS[n]
    surface = f"از {sc(str(d1))} {JALALI[m - 1]} تا روز {sc(str(d2))} {JALALI[m - 1]} {sc('1402')}"
    out.append(case(f"نمایشگاه {surface} برپاست.", "fa", None,
                    [want(surface, "jalali", span(jdate(1402, m, d1), jdate(1402, m, d2)), "day")]))
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
for n, (m, d1, d2) in enumerate(((5, 5, 10), (9, 2, 14), (12, 20, 27))):
    sc = SCRIPTS[n]
    surface = f"من {sc(str(d1))} {AR_MONTHS[m - 1]} حتى يوم {sc(str(d2))} {AR_MONTHS[m - 1]} {sc('2024')}"
    out.append(case(f"يستمر المعرض {surface} في العاصمة.", "ar", None,
                    [want(surface, "gregorian", span(dt.date(2024, m, d1), dt.date(2024, m, d2)), "day")]))
out.append(case("فإن باب الترشحات يفتح انطلاقا من 5 سبتمبر 2025 ويتواصل إلى يوم 31 أكتوبر 2025، على أن يكون آخر أجل.", "ar",
                None, [want("5 سبتمبر 2025", "gregorian", "2025-09-05", "day"),
                       want("31 أكتوبر 2025", "gregorian", "2025-10-31", "day")]))
for n, (d1, d2) in enumerate(((8, 12), (3, 22), (14, 19))):
    sc = SCRIPTS[n]
    ref = dt.date(2023, 6, 9)
    surface = f"من {sc(str(d1))} - حتى {sc(str(d2))} يونيو الجاري"
    out.append(case(f"وتشمل أربع رحلات للمدينة المنورة {surface} ، و44 رحلة إلى جدة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", span(dt.date(2023, 6, d1), dt.date(2023, 6, d2)), "day", ["year_inferred"])]))
    surface = f"از {sc(str(d1))} - تا {sc(str(d2))} مهر {sc('1402')}"
    out.append(case(f"ثبت نام {surface} انجام می‌شود.", "fa", None,
                    [want(surface, "jalali", span(jdate(1402, 7, d1), jdate(1402, 7, d2)), "day")]))

# A Hijri year and its Gregorian twin: one year, the Gregorian.
HIJRI_YEARS = {1438: (dt.date(2016, 10, 2), dt.date(2017, 9, 20)), 1445: (dt.date(2023, 7, 19), dt.date(2024, 7, 6))}
for n, (h, g) in enumerate(((1438, 2017), (1445, 2024))):  # 1 Muharram: tests/data/umalqura_month_starts.csv
    first, last = HIJRI_YEARS[h]
    out.append(case(f"بدء استقبال رحلات الحج لعام {h}هـ - {g}م، ابتداءً من الشهر المقبل.", "ar", None,
                    [want(f"لعام {h}هـ - {g}م", "gregorian", str(g), "year")]))
    assert first.year <= g <= last.year  # the Gregorian year the Hijri one overlaps

# A Dari year in words without و after the hundreds.
for words, year in (("یک هزار و سه صد دوازده", 1312), ("هزار و سیصد پنجاه", 1350), ("یک هزار و چهار صد دو", 1402)):
    surface = f"در سال {words}"  # در before a year in words is the match's
    out.append(case(f"این مکتب {surface} خورشیدی ساخته شد.", "fa", None,
                    [want(f"{surface} خورشیدی", "jalali", span(jdate(year, 1, 1), jdate(year, 12, month_length(year, 12))),
                          "year")]))

# Arbaeen's pilgrims, visas, caravans, walk: no day.
for text in ("روادید دوبار ورود برای زائران اربعین حسینی صادر می‌شود.", "صدور ویزای اربعین متوقف شد.",
             "حرکت کاروان‌های اربعین حسینی از افغانستان آغاز شد.", "راهپیمایی عظیم اربعین از مرز مهران می‌گذرد.",
             "زائر اربعین باید گذرنامه داشته باشد.", "زائران خارجی اربعین می‌توانند تا پایان ماه بمانند."):
    out.append(case(text, "fa", "2024-08-10", []))

# A first date told within a sentence: the year only.
out.append(case("ووقع المجاهد في الأسر يوم 11 سبتمبر 1931 بينما كان متوجها إلى البيضاء. وتحيي ليبيا هذا الإثنين يوم الشهيد.",
                "ar", None, [want("11 سبتمبر 1931", "gregorian", "1931-09-11", "day")]))
out.append(case("أصدرت العشيرة بعد اجتماعها في ديوانها يوم السبت 4 يناير 2025 وثيقة تنظم العزاء. ويبدأ استقبال التعازي اعتبارا من الغد.",
                "ar", None, [want("يوم السبت 4 يناير 2025", "gregorian", "2025-01-04", "day")]))
out.append(case("قال المعهد إن الأمطار التي هطلت يوم الاثنين 22 سبتمبر 2025 كانت غزيرة، وستتواصل غدا الثلاثاء 23 سبتمبر.",
                "ar", None, [want("يوم الاثنين 22 سبتمبر 2025", "gregorian", "2025-09-22", "day"),
                             want("غدا الثلاثاء 23 سبتمبر", "gregorian", "2025-09-23", "day", ["year_inferred"])]))
out.append(case("مدیرکل شیلات گفت زمان آزادسازی صید از روز یکشنبه ۵ مرداد ۱۴۰۴ تغییر کرد و امروز اعلام شد. صید از ۱۱ مرداد آغاز می‌شود.",
                "fa", None, [want("روز یکشنبه ۵ مرداد ۱۴۰۴", "jalali", jdate(1404, 5, 5).isoformat(), "day"),
                             want("۱۱ مرداد", "jalali", jdate(1404, 5, 11).isoformat(), "day", ["year_inferred"])]))
# A dateline, or a day said to be today: the page's day.
out.append(case("الثلاثاء، 11 أغسطس 2015\nأعلنت الوزارة اليوم عن خطة جديدة.", "ar", None,
                [want("الثلاثاء، 11 أغسطس 2015", "gregorian", "2015-08-11", "day"),
                 want("اليوم", "relative", "2015-08-11", "day")]))
out.append(case("أعلن البنك عن توقف خدماته، وستبدأ فترة التعطيل مساء اليوم الخميس الموافق 24 أبريل 2025. وتعود الخدمات صباح الجمعة.",
                "ar", None, [want("اليوم الخميس الموافق 24 أبريل 2025", "gregorian", "2025-04-24", "day"),
                             want("الجمعة", "relative", "2025-04-25", "day")]))

# From the seventy-first and seventy-second sets (protests and strikes;
# accidents and rescue). French dates on Maghrebi pages, with and without
# accents; Publié le as a publication label.
FR_MONTHS = [["janvier"], ["février", "fevrier", "Février"], ["mars", "Mars"], ["avril", "Avril"], ["mai"], ["juin"],
             ["juillet", "Juillet"], ["août", "aout", "Août"], ["septembre"], ["octobre", "Octobre"], ["novembre"],
             ["décembre", "decembre", "Décembre"]]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]  # Monday first, as date.weekday()
for m, names in enumerate(FR_MONTHS, start=1):
    for name in names:
        day = dt.date(rng.randint(2015, 2026), m, rng.randint(1, 28))
        weekday = FR_DAYS[day.weekday()]
        if rng.random() < 0.5:
            weekday = weekday.capitalize()
        surface = f"{weekday} {day.day} {name} {day.year}"
        out.append(case(f"نظم العشرات وقفة احتجاجية أمام مقر الولاية {surface} حسب ما نقلته الصحيفة.", "ar", None,
                        [want(surface, "gregorian", day.isoformat(), "day")]))
moment = dt.datetime(2026, 2, 14, 17, 53)
out.append(case("Publié le Samedi 14 Février 2026 - 17:53\nأعلنت النقابة اليوم عن إضراب عام.", "ar", None,
                [want("Samedi 14 Février 2026 - 17:53", "gregorian", "2026-02-14T17:53+01:00", "minute"),
                 want("اليوم", "relative", "2026-02-14", "day")], tz="Africa/Tunis"))
# الفارط (Tunisian, Algerian): the past week, month, year; weeks start on Saturday.
ref = dt.date(2019, 3, 4)
saturday = ref - dt.timedelta(days=(ref.weekday() + 2) % 7)
out.append(case("وقال إن تصريحاته التي أدلى بها الاسبوع الفارط كانت مستفزة.", "ar", ref.isoformat(),
                [want("الاسبوع الفارط", "relative", span(saturday - dt.timedelta(days=7), saturday - dt.timedelta(days=1)), "week")]))
out.append(case("وارتفعت الأسعار خلال الشهر الفارط بنسبة كبيرة.", "ar", ref.isoformat(),
                [want("الشهر الفارط", "relative", "2019-02", "month")]))
out.append(case("وسجلت الولاية في العام الفارط أعلى نسبة.", "ar", ref.isoformat(),
                [want("العام الفارط", "relative", "2018", "year")]))
# Names: a Yemeni news site (٢٦ سبتمبر نت), a hashtag (#jan25), a Tehran bazaar (بازار ۱۵خرداد).
out.append(case("المصدر: ٢٦ سبتمبر نت", "ar", "2025-12-30", []))
out.append(case("مظاهرات بعض السائقين #Egypt, #jan25, #egyworkers", "ar", "2011-04-27", []))
out.append(case("بازاریان در بازار ۱۵خرداد تهران اعتصاب کردند.", "fa", "2018-11-11", []))
# A page's header "today:" then its date: that date.
out.append(case("امروز: يکشنبه ۰۹ ارديبهشت ۱۴۰۳ - ۰۹:۲۷\nکد خبر: ۳۴۱۹۶۳", "fa", "2022-04-11",
                # (a day said to be today, not the reference's: flagged, as امروز (یکشنبه) ۱۵ مرداد is)
                [want("امروز: يکشنبه ۰۹ ارديبهشت ۱۴۰۳ - ۰۹:۲۷", "jalali", "2024-04-28T09:27+03:30", "minute",
                      ["weekday_mismatch"])],
                tz="Asia/Tehran"))

# A day of a relative month in the calendar named after it: اول ماه روان
# میلادی (the Gregorian month's first), پانزدهم ماه قمری جاری (Iran's Hijri
# month in Persian), العاشر من الشهر الهجري الجاري (Umm al-Qura's in Arabic).
ref = dt.date(2020, 3, 15)
out.append(case("قیمت‌ها از اول ماه روان میلادی بالا رفت.", "fa", ref.isoformat(),
                [want("اول ماه روان میلادی", "gregorian", "2020-03-01", "day", ["year_inferred"])]))
out.append(case("قیمت‌ها از اول ماه گذشته میلادی بالا رفت.", "fa", ref.isoformat(),
                [want("اول ماه گذشته میلادی", "gregorian", "2020-02-01", "day", ["year_inferred"])]))
# 1 Rajab 1441: 2020-02-25 by Umm al-Qura (tests/data/umalqura_month_starts.csv)
out.append(case("وتبدأ الحملة في العاشر من الشهر الهجري الجاري.", "ar", ref.isoformat(),
                [want("العاشر من الشهر الهجري الجاري", "hijri", "2020-03-05", "day", ["year_inferred"])]))

emit("generated by tools/gen/cases_sixty_ninth_sets.py (datetime and convertdate's persian module); do not edit",
     out)
