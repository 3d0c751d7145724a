#!/usr/bin/python3
"""Writes tests/extract/cases/eighty_first_sets.jsonl: forms met in the
eighty-first real-text sets and in the older sets' misses, generated across
their families.

- A site's header that gives the Gregorian day with its clock, then the
  Hijri day (الأحد 11 يناير 2026 05:28 صـ 23 رجب 1447 هـ): the Hijri day is the day the header states,
  flagged dual_mismatch where the calendar's day differs by one. Negative:
  three days apart, more than a sighting moves a month's start.
- A range of bare hours with a dash after the hour word, من or بين (الساعة
  4-5 مساءً, من 10-12 صباحا, ساعت ۴-۶ عصر): two clock times, as a range of
  clocks is read; a morning's range that ends at 12 ends at noon (من 10 إلى
  12 صباحا). Negative: a score (فاز 4-2 مساء الأحد).
- نص (Egyptian and Levantine for "half") before a month: its 15th day (نص
  شهر مارس 2025). Negatives: نص القرار (the text), إجازة نص العام (the
  mid-year holiday's name).
- A clock in brackets after the hour word, alone (لغاية الساعة (12:30) ظهرا,
  من الساعة (8:00) ولغاية الساعة (22:00)): the clock. Negative: a count in
  brackets (الساعة (4) الأولى).
- دورة (an exam's or a festival's session) before a Gregorian year, whatever
  word follows (امتحانات دورة 2020 التي يشارك فيها, مقارنة بدورة 2011):
  the year. Negative: a round hundred (دورة 2000 متدرب, a count).
- Arabic ل written onto a year (قانون المالية ل2016،), a constitution's year
  (دستور 2014). Negatives: ل on a count (ل2000 شخص), a gazette's issue
  number ending a line (العدد 1960), a parliament's legislative year (بداية
  السنة التشريعية), an ordinal past twelve before a part of the day (الفصل
  التشريعي الثامن عشر صباح يوم ...: no eighteen o'clock).
- Persian: an uprising, a massacre, a tragedy or martyrs named by their day
  (قیام خونین ۱۵ خرداد, کشتار ۱۷ شهریور, شهدای ۱۷ شهریور): a name, no date;
  with its year, the day.
- Persian: the fiscal year named from the reference's (سال مالی آینده): the
  Solar Hijri year. Negatives: after a count (۳ سال مالی گذشته, a span); in
  Afghan text (the Republic's fiscal year ran from Jadi to Qaws).
- Persian: a law's year after مصوب (قانون کار مصوب ۱۳۶۹); a date with commas
  between its parts there is that date, not its year (مصوب ۱۳۴۸,۰۸,۲۱).
- A range of days after من whose first day is past its second (من 25 إلى 01
  أوت 2023): from the month before. A range after a list's label and colon
  (عيد الأضحى: 9 إلى 11 ذي الحجة 1446). Negatives: a league's number (2 إلى
  26 شتنبر), a first day under 20 (من 8 إلى 3 مارس).
- An exam's year (کنکور ۱۴۰۲, کنکور سراسری ۱۴۰۰, البكالوريا 2023, الثانوية
  العامة 2026). Negatives: کنکور 2000 نفر, الموازنة العامة 2026.
- Weekdays, then their days in brackets (روزهای چهارشنبه و پنجشنبه ( ۱۴ و ۱۵
  تیرماه ۱۴۰۲ )): one span. Student Day (روز دانش‌آموز, 13 Aban).
- A headline's Gregorian year with its overlapping Hijri year after a slash
  (تونس 2025 / 1446). Negatives: في اليوم after a count five words back,
  outlets named ... اليوم, الأولى (the first of two spans) as no hour.
- An Arabic day in cardinal words with من (شهر) before its month (يوم الاثنين
  ثلاثة من شهر فبراير 2025). Negative: ثلاثة من اللاعبين.
- A tournament's year (جام جهانی ۲۰۲۶, كأس العالم 2026 التي, مونديال 2022).
  Negatives: سكان العالم 2000 مليون, بانک جهانی ۲۰۲۲.
- After يومي, a weekday on و and its day, side by side (يومي الجمعة 8 والسبت
  9 أوت 2025): one span.

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic and offsets from datetime and zoneinfo: nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_eighty_first_sets.py > tests/extract/cases/eighty_first_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_GREG, AR_HIJRI, AR_WEEKDAYS, FA_JALALI, FA_WEEKDAYS, FA_ZODIAC, SCRIPTS, case, clock_value, emit, jdate,
                       umm_al_qura, want)

rng = random.Random(81)
out = []

UQ = umm_al_qura()
# Umm al-Qura's (year, month, day) of a Gregorian day.
HIJRI_OF = {}
for (hy, hm), first in UQ.items():
    nxt = UQ.get((hy, hm + 1) if hm < 12 else (hy + 1, 1))
    if nxt:
        for k in range((nxt - first).days):
            HIJRI_OF[first + dt.timedelta(days=k)] = (hy, hm, k + 1)




# A header: the Gregorian day and its clock, then the Hijri day, the
# calendar's or one off it (a country's sighting).
for n in range(12):
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
    shift = (0, 1, -1)[n % 3]
    hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=shift)]
    if hd == 1 or hd >= 29:  # keep the shifted day inside its month
        day += dt.timedelta(days=3)
        hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=shift)]
    hh, mm = rng.randint(1, 11), rng.randint(0, 59)
    pm = n % 2 == 1
    digits = SCRIPTS[n % 3 if n % 3 != 1 else 0]
    mark = ("مـ" if pm else "صـ") if n % 4 < 2 else ("مساءً" if pm else "صباحاً")
    sep = (" ", " | ", " - ")[n % 3]
    greg = f"{AR_WEEKDAYS[day.weekday()]} {digits(str(day.day))} {AR_GREG[day.month - 1]} {digits(str(day.year))}{sep}{digits(f'{hh:02d}:{mm:02d}')} {mark}"
    hij = f"{digits(str(hd))} {AR_HIJRI[hm - 1]} {digits(str(hy))} هـ"
    zone = ("Africa/Cairo", "Asia/Riyadh", "Asia/Amman")[n % 3]
    text = f"جريدة المساء\n{greg} {hij}\nبوابة الأخبار | أخبار اليوم"
    flags = ["dual_mismatch"] if shift else []
    out.append(case(text, "ar", None, [want(greg, "gregorian", clock_value(day, hh + (12 if pm else 0), mm, zone), "minute"),
                                       want(hij, "hijri", day.isoformat(), "day", flags)], tz=zone))

# Negative: three days apart, no sighting moves a month so far: each keeps
# its own day.
for n in range(3):
    day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
    hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=3)]
    if hd <= 3 or hd >= 27:
        day += dt.timedelta(days=5)
        hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=3)]
    greg = f"{AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year} 09:1{n} صـ"
    hij = f"{hd} {AR_HIJRI[hm - 1]} {hy} هـ"
    out.append(case(f"{greg} {hij}\nبوابة الأخبار", "ar", None,
                    [want(greg, "gregorian", clock_value(day, 9, 10 + n, "Africa/Cairo"), "minute"),
                     want(hij, "hijri", (day + dt.timedelta(days=3)).isoformat(), "day")], tz="Africa/Cairo"))

# A range of bare hours with a dash after the hour word, من or بين (الساعة
# 4-5 مساءً, من 10-12 صباحا, ساعت ۴-۶ عصر): two clock times, the first in the
# half of the day the second's part of the day says; a morning's range that
# ends at 12 ends at noon. Negative: a score (فاز 4-2 مساء الأحد).
REF = dt.date(2024, 3, 10)
for n in range(9):
    digits = SCRIPTS[n % 3]
    pm = n % 3 != 1
    h1 = rng.randint(1, 9) if pm else rng.randint(7, 10)
    h2 = h1 + rng.randint(1, 2) if pm else 12
    if n < 6:
        head = ("الساعة ", "من ", "من الساعة ")[n % 3]
        tod = "مساءً" if pm else "صباحا"
        first = f"اليوم {head}{digits(str(h1))}"
        second = f"{digits(str(h2))} {tod}"
        text = f"يفتح المعرض أبوابه اليوم {head}{digits(str(h1))}-{second} للزوار."
        lang, zone = "ar", "Asia/Riyadh"
    else:
        tod = "عصر" if pm else "صبح"
        first = f"امروز از ساعت {digits(str(h1))}"
        second = f"{digits(str(h2))} {tod}"
        text = f"نمایشگاه {first}-{second} باز است."
        lang, zone = "fa", "Asia/Tehran"
    v1 = clock_value(REF, h1 + (12 if pm else 0), 0, zone)
    v2 = clock_value(REF, h2 + (12 if pm else 0), 0, zone)
    # اليوم من 10-12 صباحا: a bare hour after من stays apart from the day
    # before it, as in اليوم من 10 إلى 12 صباحا.
    day = [want("اليوم", "relative", REF.isoformat(), "day")] if first == f"اليوم من {digits(str(h1))}" else []
    if day:
        first = digits(str(h1))
    out.append(case(text, lang, REF.isoformat(), day + [want(first, "relative", v1, "minute"), want(second, "relative", v2, "minute")],
                    tz=zone))
out.append(case("فاز الفريق 4-2 مساء الأحد على ملعبه.", "ar", REF.isoformat(),
                [want("الأحد", "relative", REF.isoformat(), "day")], tz="Asia/Riyadh"))

# نص (Egyptian and Levantine for "half") before a month: its middle, the
# 15th. Negatives: نص before no month (نص القرار, the text), the mid-year
# holiday's name (إجازة نص العام).
for n, (head, month, year) in enumerate([("نص شهر", "مارس", 2025), ("نص", "أغسطس", 2023), ("نص شهر", "رمضان", None)]):
    if year:
        m = AR_GREG.index(month) + 1
        surface = f"{head} {month} {year}"
        out.append(case(f"سيتم الافتتاح في {surface} بإذن الله.", "ar", None,
                        [want(surface, "gregorian", dt.date(year, m, 15).isoformat(), "day")]))
    else:
        surface = f"{head} {month} 1446"
        out.append(case(f"وصلت الشحنة في {surface} إلى الميناء.", "ar", None,
                        [want(surface, "hijri", (UQ[(1446, 9)] + dt.timedelta(days=14)).isoformat(), "day")]))
out.append(case("ونشرت الوزارة نص القرار كاملا على موقعها.", "ar", "2024-03-10", []))
out.append(case("وتبدأ إجازة نص العام للطلاب بعد الامتحانات.", "ar", "2024-03-10", []))

# A clock in brackets after the hour word, alone (لغاية الساعة (12:30)
# ظهرا, من الساعة (8:00) ولغاية الساعة (22:00)): the clock, on the reference's
# day. Negative: counts in brackets (الساعة (4) شهداء is no clock).
for n in range(6):
    hh, mm = rng.randint(7, 11), rng.choice([0, 15, 30, 45])
    hh2 = hh + rng.randint(2, 8)
    digits = SCRIPTS[n % 3]
    a = f"الساعة ({digits(f'{hh}:{mm:02d}')})"
    b = f"الساعة ({digits(f'{hh2}:{mm:02d}')})"
    zone = ("Asia/Amman", "Asia/Baghdad", "Africa/Cairo")[n % 3]
    if n % 2 == 0:
        out.append(case(f"ويستقبل المركز المراجعين من {a} ولغاية {b} دون توقف.", "ar", REF.isoformat(),
                        [want(a, "relative", clock_value(REF, hh, mm, zone), "minute"),
                         want(b, "relative", clock_value(REF, hh2, mm, zone), "minute")], tz=zone))
    else:
        tail = f"الساعه ({digits(f'{hh2 - 12 if hh2 > 12 else hh2}:{mm:02d}')}) {'مساء' if hh2 > 12 else 'ظهرا'}"
        out.append(case(f"ويستمر الدوام لغاية {tail} في جميع الفروع.", "ar", REF.isoformat(),
                        [want(tail, "relative", clock_value(REF, hh2, mm, zone), "minute")], tz=zone))
out.append(case("وقتل (3) أشخاص في الساعة (4) الأولى من الهجوم.", "ar", REF.isoformat(), []))

# دورة (an exam's or a festival's session) before a Gregorian year: the year,
# whatever word follows (امتحانات دورة 2020 التي, لدورة 2025 بمشاركة,
# مقارنة بدورة 2011.). Negatives: a round hundred (دورة 2000 متدرب, a count),
# Persian دوره (a term: دوره ۱۴۰۲ مجلس is read by other rules, if at all).
for n, (head, tail) in enumerate([("انطلقت امتحانات دورة", "التي يشارك فيها أكثر من 600 ألف طالب"),
                                  ("بدأت امتحانات الشهادة الثانوية لدورة", "بمشاركة 344 ألف طالب"),
                                  ("تراجع عدد المترشحين مقارنة بدورة", "في عدة ولايات"),
                                  ("وستنظم دورة", "من المعرض الدولي للكتاب")]):
    year = rng.randint(2005, 2026)
    digits = SCRIPTS[(0, 2)[n % 2]]
    out.append(case(f"{head} {digits(str(year))} {tail}.", "ar", None, [want(digits(str(year)), "gregorian", str(year), "year")]))
out.append(case("نظمت الوزارة دورة 2000 متدرب في مجال الحاسوب.", "ar", None, []))

# Arabic ل written onto a year (قانون المالية ل2016،) and a constitution's
# year (منظومة دستور 2014،): the year. Negatives: ل on a count (تبرع ل2000
# شخص), a gazette's issue number ending its line (العدد 1960), a
# parliament's legislative year (بداية السنة التشريعية الثانية), an ordinal
# past twelve before a part of the day (الفصل التشريعي الثامن عشر صباح يوم
# الأربعاء: the day alone).
for n in range(4):
    year = rng.randint(2008, 2026)
    digits = SCRIPTS[(0, 2)[n % 2]]
    if n < 2:
        out.append(case(f"يناقش المجلس اليوم مشروع قانون المالية ل{digits(str(year))}، المثير للجدل.", "ar", None,
                        [want(digits(str(year)), "gregorian", str(year), "year")]))
    else:
        out.append(case(f"جاء البرلمان الحالي بعد مسار ألغى منظومة دستور {digits(str(year))}، وغير قواعد الانتخابات.", "ar", None,
                        [want(digits(str(year)), "gregorian", str(year), "year")]))
out.append(case("تبرع رجل الأعمال ل2000 شخص من المحتاجين.", "ar", None, []))
out.append(case("فهرس الجريدة الرسمية العدد 1960\nالجريدة الخاصة بالتشريعات", "ar", None, []))
out.append(case("بداية السنة التشريعية الثانية\nافتتح المجلس جلسته الأولى.", "ar", "2015-07-01", []))
day = dt.date(2024, 4, 17)
surface = f"يوم {AR_WEEKDAYS[day.weekday()]} الموافق 17 أبريل 2024"
out.append(case(f"يدعى المجلس للانعقاد للدور الأول من الفصل التشريعي الثامن عشر صباح {surface}.", "ar", None,
                [want(surface, "gregorian", day.isoformat(), "day")]))

# Persian: an uprising, a massacre, a tragedy or martyrs named by their day
# (قیام ۱۵ خرداد, قیام خونین ۱۵ خرداد, کشتار ۱۷ شهریور, فاجعه ۷ تیر, شهدای
# ۱۷ شهریور, قیام سوم حوت): a name, no date; with its year (قیام ۱۵ خرداد
# ۱۳۴۲) the day it names.
for n, head in enumerate(["قیام", "قیام خونین", "کشتار", "فاجعه", "شهدای"]):
    jm, jd = rng.randint(1, 12), rng.randint(1, 29)
    digits = SCRIPTS[(0, 1)[n % 2]]
    months = FA_ZODIAC if n == 4 else FA_JALALI
    out.append(case(f"مراسم بزرگداشت {head} {digits(str(jd))} {months[jm - 1]} در این شهر برگزار شد.", "fa", "2024-02-04", []))
    jy = rng.randint(1320, 1360)
    surface = f"{digits(str(jd))} {months[jm - 1]} {digits(str(jy))}"
    out.append(case(f"{head} {surface} نقطه عطفی در تاریخ بود.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# Persian: the fiscal year named from the reference's (سال مالی آینده, سال
# مالی جاری, سال مالی گذشته): Iran's is the Solar Hijri year. Negatives: a
# count before it (طی ۳ سال مالی گذشته, a span), and in Afghan text, where
# the Republic's fiscal year ran from Jadi to Qaws.
REF_FA = dt.date(2024, 2, 4)  # 15 Bahman 1402
for n, (words, off) in enumerate([("سال مالی آینده", 1), ("سال مالی جاری", 0), ("سال مالی گذشته", -1), ("سال مالی آتی", 1)]):
    first, last = jdate(1402 + off, 1, 1), jdate(1403 + off, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"دولت بدهی‌ها را در {words} پرداخت می‌کند.", "fa", REF_FA.isoformat(),
                    [want(words, "relative", f"{first.isoformat()}/{last.isoformat()}", "year")]))
out.append(case("درآمدهای گمرکی طی ۳ سال مالی گذشته افزایش یافت.", "fa", REF_FA.isoformat(), []))
out.append(case("وزارت مالیه در سال مالی آینده ۱۰ درصد قرضه‌ها را می‌پردازد.", "fa", REF_FA.isoformat(), [], tz="Asia/Kabul"))

# Persian: a law's year after مصوب (قانون کار مصوب ۱۳۶۹ مجمع تشخیص): the
# Solar Hijri year. A date with commas between its parts is the date, not
# its year (مصوب ۱۳۴۸,۰۸,۲۱: 21 Aban 1348).
for n in range(3):
    jy = rng.randint(1340, 1402)
    digits = SCRIPTS[(0, 1, 2)[n]]
    first, last = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"طبق ماده ۱۰ قانون کار مصوب {digits(str(jy))} مجمع تشخیص مصلحت نظام، کارفرما موظف است.", "fa", None,
                    [want(digits(str(jy)), "jalali", f"{first.isoformat()}/{last.isoformat()}", "year", ["calendar_guessed"])]))
out.append(case("آیین‌نامه مصوب ۱۳۴۸,۰۸,۲۱ هیئت وزیران است.", "fa", None,
                [want("۱۳۴۸,۰۸,۲۱", "jalali", jdate(1348, 8, 21).isoformat(), "day", ["calendar_guessed"])]))

# A range of days after من whose first day is past its second (من 25 إلى 01
# أوت 2023): the first day is in the month before (and the year before, for
# January). A range of days after a list's label and its colon (عيد الأضحى:
# 9 إلى 11 ذي الحجة 1446). Negatives: without من and a label, a league's
# number (البطولة الاحترافية 2 إلى 26 شتنبر: the 26th alone); a first day
# under 20 (من 8 إلى 3 مارس: no range).
AR_MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
for n in range(6):
    y = rng.randint(2016, 2026)
    m = rng.randint(1, 12)
    d1, d2 = rng.randint(24, 28), rng.randint(1, 5)
    start = dt.date(y - 1, 12, d1) if m == 1 else dt.date(y, m - 1, d1)
    names = AR_MAGHREB if n % 2 else AR_GREG
    digits = SCRIPTS[(0, 2)[n % 2]]
    surface = f"من {digits(str(d1))} إلى {digits(f'{d2:02d}')} {names[m - 1]} {digits(str(y))}"
    out.append(case(f"معالجة الرغبات {surface} عبر المنصة الرقمية.", "ar", None,
                    [want(surface, "gregorian", f"{start.isoformat()}/{dt.date(y, m, d2).isoformat()}", "day")]))
for n in range(3):
    hy = rng.randint(1440, 1447)
    first = UQ[(hy, 12)] + dt.timedelta(days=8)
    surface = f"9 إلى 11 {AR_HIJRI[11]} {hy}"
    out.append(case(f"عيد الأضحى: {surface} (3 أيام)", "ar", None,
                    [want(surface, "hijri", f"{first.isoformat()}/{(first + dt.timedelta(days=2)).isoformat()}", "day")]))
out.append(case("وتتواصل البطولة الاحترافية 2 إلى 26 شتنبر 2024 في الملاعب.", "ar", None,
                [want("26 شتنبر 2024", "gregorian", "2024-09-26", "day")]))
out.append(case("تستمر الحملة من 8 إلى 3 مارس 2024 حسب البيان.", "ar", None,
                [want("3 مارس 2024", "gregorian", "2024-03-03", "day")]))

# An exam's year (کنکور ۱۴۰۲, کنکور سراسری ۱۴۰۰, کانکور ۱۴۰۲, البكالوريا
# 2023, الثانوية العامة 2026), before any word. Negatives: a count after
# کنکور (کنکور 2000 نفر), a general budget's العامة (الموازنة العامة 2026 is
# read by no rule here).
for n, head in enumerate(["نتایج نهایی کنکور", "کارت ورود به جلسه کنکور سراسری", "امتحان کانکور"]):
    jy = rng.randint(1398, 1404)
    digits = SCRIPTS[1]
    first, last = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"{head} {digits(str(jy))} دانشگاه ها منتشر شد.", "fa", None,
                    [want(digits(str(jy)), "jalali", f"{first.isoformat()}/{last.isoformat()}", "year", ["calendar_guessed"])]))
for n, head in enumerate(["مراحل التسجيل لحاملي بكالوريا", "نتائج الباكالوريا", "امتحانات الثانوية العامة"]):
    y = rng.randint(2015, 2026)
    out.append(case(f"{head} {y} في جميع الولايات.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("در کنکور 2000 نفر غایب بودند.", "fa", None, []))
out.append(case("أقرت الحكومة الموازنة العامة 2026 بعد نقاش.", "ar", None, []))

# Weekdays, then their days in brackets (روزهای چهارشنبه و پنجشنبه ( ۱۴ و
# ۱۵ تیرماه ۱۴۰۲ ), يومي الأربعاء والخميس (5 و6 يوليو 2023)): one span.
for n in range(4):
    if n % 2 == 0:
        jy, jm, jd = rng.randint(1398, 1404), rng.randint(1, 6), rng.randint(1, 28)
        day = jdate(jy, jm, jd)
        digits = SCRIPTS[1]
        surface = (f"{FA_WEEKDAYS[day.weekday()]} و {FA_WEEKDAYS[(day.weekday() + 1) % 7]} ( {digits(str(jd))} و {digits(str(jd + 1))} "
                   f"{FA_JALALI[jm - 1]}ماه {digits(str(jy))} )")
        out.append(case(f"آزمون در روزهای {surface} برگزار می‌شود.", "fa", None,
                        [want(surface, "jalali", f"{day.isoformat()}/{(day + dt.timedelta(days=1)).isoformat()}", "day")]))
    else:
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        surface = f"{AR_WEEKDAYS[day.weekday()]} و{AR_WEEKDAYS[(day.weekday() + 1) % 7]} ({day.day} و{day.day + 1} {AR_GREG[day.month - 1]} {day.year})"
        if day.day + 1 > 28:
            continue
        out.append(case(f"تجرى الامتحانات يومي {surface} في القاعات.", "ar", None,
                        [want(surface, "gregorian", f"{day.isoformat()}/{(day + dt.timedelta(days=1)).isoformat()}", "day")]))

# Student Day, 13 Aban (روز دانش‌آموز, روز ملی مبارزه با استکبار جهانی).
out.append(case("مراسم روز دانش‌آموز در مدارس برگزار شد.", "fa", "2023-10-30",
                [want("روز دانش‌آموز", "jalali", jdate(1402, 8, 13).isoformat(), "day", ["year_inferred"])]))

# A headline's Gregorian year with the Hijri year that overlaps it after a
# slash (جدول العطل المدرسي في تونس 2025 / 1446): the Gregorian year. Two
# Gregorian years after الموسم (الموسم 2025 / 2026) are a season's, both years
# (as the real-text sets annotate موسم 2025/2026, لموسم 2022/2023).
for n in range(3):
    y = rng.randint(2015, 2026)
    hy = (y - 622) * 33 // 32 - (n % 2)
    out.append(case(f"جدول العطل المدرسي في تونس {y} / {hy}\nقامت وزارة التربية بتوضيح أهم العطل.", "ar", None,
                    [want(f"{y} / {hy}", "gregorian", str(y), "year")]))
out.append(case("برنامج الموسم 2025 / 2026\nنص البرنامج.", "ar", None,
                [want("2025 / 2026", "gregorian", "2025-01-01/2026-12-31", "year")]))

# Negatives: في اليوم after a count up to five words back (699 مليون متر
# مكعب في اليوم); outlets named "... اليوم" (صحيفة اليوم (@alyaum), الإمارات
# اليوم before its handle); an Arabic "first" that is no hour (الأولى فجر
# الإثنين والثانية قبيل الظهيرة: Monday alone; one o'clock is الواحدة).
REF_AR = dt.date(2025, 9, 3)  # a Wednesday
out.append(case("ليصل التصريف إلى 699 مليون متر مكعب في اليوم، وتخفيض الحصص.", "ar", REF_AR.isoformat(), []))
out.append(case("— صحيفة اليوم (@alyaum) December 28, 2022", "ar", REF_AR.isoformat(),
                [want("December 28, 2022", "gregorian", "2022-12-28", "day")]))
out.append(case("علي مصبح — الإمارات اليوم (@emaratalyoum) January 8, 2024", "ar", REF_AR.isoformat(),
                [want("January 8, 2024", "gregorian", "2024-01-08", "day")]))
monday = REF_AR - dt.timedelta(days=2)
out.append(case("جرت المناورات على فترتين؛ الأولى فجر الإثنين والثانية قبيل الظهيرة.", "ar", REF_AR.isoformat(),
                [want("الإثنين", "relative", monday.isoformat(), "day")], tz="Asia/Aden"))
out.append(case("وقع الانفجار الواحدة فجر الإثنين في الميناء.", "ar", REF_AR.isoformat(),
                [want("الواحدة فجر الإثنين", "relative", clock_value(monday, 1, 0, "Asia/Aden"), "minute")], tz="Asia/Aden"))

# An Arabic day in cardinal words with من (شهر) before its month, after a
# weekday, الموافق or حتى (يوم الاثنين ثلاثة من شهر فبراير 2025). Negative:
# no month after من (الاثنين ثلاثة من اللاعبين).
AR_CARD = {3: "ثلاثة", 6: "ستة", 9: "تسعة", 20: "عشرين"}
for n, d in enumerate(AR_CARD):
    y, m = rng.randint(2018, 2026), rng.randint(1, 12)
    day = dt.date(y, m, d)
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {AR_CARD[d]} من {'شهر ' if n % 2 else ''}{AR_GREG[m - 1]} {'عام ' if n % 2 else ''}{y}"
    out.append(case(f"تبدأ العطلة {surface} في كل المدارس.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
out.append(case("وأصيب يوم الاثنين ثلاثة من اللاعبين في التدريب.", "ar", None, []))

# A tournament's year, whatever word follows (جام جهانی ۲۰۲۶ کانادا, جام
# قهرمانی آسیا ٢٠٢٤, كأس العالم 2026 التي تقام, مونديال 2022 في قطر, كأس أمم
# أفريقيا 2025 بالمغرب). Negatives: العالم without a cup before it (سكان
# العالم 2000 مليون), بانک جهانی ۲۰۲۲ (a bank's report, no tournament).
for n, (text, lang) in enumerate([("مراسم قرعه کشی جام جهانی {y} کانادا برگزار شد.", "fa"),
                                  ("تیم در جام قهرمانی آسیا {y} به مقام قهرمانی رسید.", "fa"),
                                  ("تأهل المنتخب إلى كأس العالم {y} التي تقام في أمريكا.", "ar"),
                                  ("شارك المنتخب في مونديال {y} في قطر.", "ar"),
                                  ("تستضيف المغرب كأس أمم أفريقيا {y} بالمغرب.", "ar")]):
    y = rng.randint(2010, 2030)
    digits = SCRIPTS[(1, 2, 0, 2, 0)[n]]
    out.append(case(text.format(y=digits(str(y))), lang, None, [want(digits(str(y)), "gregorian", str(y), "year")]))
out.append(case("يبلغ عدد سكان العالم 2000 مليون نسمة تقريبا.", "ar", None, []))
out.append(case("گزارش بانک جهانی ۲۰۲۲ نشان داد که رشد کند شده است.", "fa", None, []))

# After the dual "two days", a weekday on و and its day, side by side
# (يومي الجمعة 8 والسبت 9 أوت 2025): one span. Negative: days that are not
# side by side (يومي الجمعة 8 والسبت 12 أوت).
for n in range(3):
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2400))
    if day.day > 27:
        day -= dt.timedelta(days=5)
    nxt = day + dt.timedelta(days=1)
    names = AR_MAGHREB if n % 2 else AR_GREG
    surface = f"{AR_WEEKDAYS[day.weekday()]} {day.day} و{AR_WEEKDAYS[nxt.weekday()]} {nxt.day} {names[day.month - 1]} {day.year}"
    out.append(case(f"تقام المنافسات يومي {surface} بالملعب البلدي.", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")]))

emit("forms of the eighty-first real-text sets (tools/gen/cases_eighty_first_sets.py)", out)
