#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_third_sets.jsonl: forms met in the
hundred-and-third to hundred-and-sixth real-text sets (disasters, exams,
parliaments and gazettes, crescents and calendars), generated across their
families.

- A clock time of a part of "this day" (الساعة السادسة من مساء هذا اليوم,
  العاشرة هذا المساء, التاسعة صباح هذا اليوم): that part's half of the day,
  today.
- Minutes written with د, the Maghreb's short form of دقيقة (الساعة 7 و44 د
  مساء, على الساعة العاشرة و15 د).
- An hour up to five with زوالا or ظهرا (الساعة الخامسة زوالا): the
  afternoon; with the first clock of a range before it too (من الساعة
  الثانية إلى الساعة الخامسة زوالا: 14:00 and 17:00).
- A named day or month, a comma, and its year with ل on the year word (عيد
  الفطر المبارك، لعام 1444هـ, شهر رمضان، لسنة 1445 هـ): that year's.
- A range of days whose second day has the day word after "to" (من 04 إلى
  يوم 09 سبتمبر 2021, از ۴ تا روز ۹ شهریور ۱۴۰۰): the days from one to the other.
- A range after a word for a place (في كل مدرسة من 18 ديسمبر 2023 حتى 9
  فبراير 2024): from and to say when, not the place's name (مدرسة 18 ديسمبر
  alone stays a name).
- A constitution's year before any word (دستور 2014 المعدل في 2019).
- Months as the keyboard slips them in published news (ديمسبر, دبسمبر, نوفمير).
- A range from a day to the end of a month (از دوم تا پایان دی‌ماه ۱۴۰۴, من 5
  إلى نهاية مارس 2024, من 5 حتى آخر فبراير 2024): to the month's last day.
- An exam named up to three words before a Solar Hijri year (آزمون
  کارشناسی ارشد ۱۴۰۳ تخلف محسوب شده): the year; not before a count (در آزمون
  ۱۴۰۳ نفر).
- An Arabic season before a year (صيف 2011, شتاء 2020, خريف 2018): the year,
  as the annotated sets write it; not before a counted noun.
- A page abroad whose stamp names the country before the clock (پنجشنبه ۱
  آذر ۱۴۰۳ ایران ۲۱:۲۸ on a page in America/New_York): that country's zone.
- Labour Day by its names (عيد الشغل, اليوم العالمي للشغل, اليوم العالمي للعمال,
  روز کارگر, روز جهانی کار و کارگر) with its year: 1 May; اردبیهشت, a
  transposition of اردیبهشت.
- تاریخ after در in running text is no publication label (ماه‌گرفتگی بعدی در
  تاریخ ۱۱ دی‌ماه ۱۴۰۷, a later date, dates no page: شب گذشته stays
  unresolved against it); between a weekday and its date it says "dated"
  (پنجشنبه تاریخ 24 حوت 1357, الخميس تاريخ 19 أكتوبر 2023).

Years and weekdays come from datetime, offsets from zoneinfo, Umm al-Qura's
days from tests/data/umalqura_month_starts.csv, Solar Hijri days from
convertdate: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_third_sets.py > tests/extract/cases/hundred_third_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_CLOCK_HOURS, AR_DIGITS, AR_GREG, AR_HIJRI, AR_WEEKDAYS, DAY, FA_DIGITS, FA_JALALI,
                       FA_WEEKDAYS, case, clock_value, emit, jdate, solar_hijri_year, umm_al_qura, want)

rng = random.Random(103)
out = []
UQ = umm_al_qura()
ZONES = ["Asia/Riyadh", "Africa/Cairo", "Africa/Casablanca", "Africa/Tunis", "Asia/Baghdad", "Africa/Algiers"]


def ref_day():
    return dt.date(2015, 1, 1) + rng.randint(0, 3800) * DAY


# A clock time in a part of "this day": that half of the day, today.
PARTS = [("مساء هذا اليوم", 12), ("صباح هذا اليوم", 0), ("هذا المساء", 12), ("هذا الصباح", 0)]
for n in range(12):
    ref = ref_day()
    zone = ZONES[n % len(ZONES)]
    part, add = PARTS[n % len(PARTS)]
    h = rng.randint(6, 11)
    glue = "من " if n % 3 != 2 else ""
    hour = f"الساعة {AR_CLOCK_HOURS[h - 1]}" if n % 2 == 0 else f"الساعة {h}"
    surface = f"{hour} {glue}{part}"
    out.append(case(f"أعلنت اللجنة أن الاجتماع سيعقد {surface} بمقر الوزارة.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h + add, 0, zone), "minute")], tz=zone))

# Minutes with د after the hour and و.
for n in range(8):
    ref = ref_day()
    zone = ZONES[n % len(ZONES)]
    h = rng.randint(1, 11)
    m = rng.randint(1, 59)
    evening = n % 2 == 0
    hour = AR_CLOCK_HOURS[h - 1] if n % 3 == 0 else str(h)
    gap = " " if n % 4 == 1 else ""
    surface = f"الساعة {hour} و{gap}{m} د {'مساء' if evening else 'صباحا'}"
    out.append(case(f"وقعت الهزة على {surface} وشعر بها السكان.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h + (12 if evening else 0), m, zone), "minute")], tz=zone))

# زوالا and ظهرا after an hour up to five: the afternoon; the first clock of
# a range in the same half.
for n in range(6):
    ref = ref_day()
    zone = ["Africa/Casablanca", "Africa/Algiers", "Africa/Tunis"][n % 3]
    h = rng.randint(1, 5)
    word = "زوالا" if n % 2 == 0 else "ظهرا"
    surface = f"الساعة {AR_CLOCK_HOURS[h - 1]} {word}"
    out.append(case(f"تجرى الاختبارات على {surface} في جميع المراكز.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h + 12, 0, zone), "minute")], tz=zone))
for n in range(4):
    ref = ref_day()
    zone = ["Africa/Casablanca", "Africa/Algiers"][n % 2]
    a = rng.randint(1, 3)
    b = rng.randint(a + 1, 5)
    text = f"تجرى اختبارات مادة الفلسفة من الساعة {AR_CLOCK_HOURS[a - 1]} إلى الساعة {AR_CLOCK_HOURS[b - 1]} زوالا."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(f"الساعة {AR_CLOCK_HOURS[a - 1]}", "relative", clock_value(ref, a + 12, 0, zone), "minute"),
                     want(f"الساعة {AR_CLOCK_HOURS[b - 1]} زوالا", "relative", clock_value(ref, b + 12, 0, zone), "minute")],
                    tz=zone))

# A named day or month, a comma, then its year with ل on the year word.
for n in range(8):
    hy = rng.randint(1425, 1460)
    year_word = ["لعام", "لسنة"][n % 2]
    written = str(hy) if n % 3 else str(hy).translate(AR_DIGITS)
    if n % 2 == 0:
        name = ["عيد الفطر المبارك", "عيد الأضحى"][n // 2 % 2]
        month, day = (10, 1) if name.startswith("عيد الفطر") else (12, 10)
        value = (UQ[(hy, month)] + (day - 1) * DAY).isoformat()
        gran = "day"
    else:
        name = f"شهر {AR_HIJRI[8]}"
        value = f"{UQ[(hy, 9)].isoformat()}/{(UQ[(hy, 10)] - DAY).isoformat()}"
        gran = "month"
    surface = f"{name}، {year_word} {written} هـ"
    out.append(case(f"أعلنت الهيئة موعد {surface} بعد تحري الهلال.", "ar", None, [want(surface, "hijri", value, gran)]))

# The day word before a range's second day, after from and to.
for n in range(8):
    y = rng.randint(2005, 2030)
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 14)
    d2 = rng.randint(d1 + 1, 28)
    to = ["إلى", "حتى", "إِلَى", "لغاية"][n % 4]
    first = f"{d1:02d}" if n % 2 == 0 else str(d1)
    surface = f"من {first} {to} يوم {d2:02d} {AR_GREG[m - 1]} {y}"
    out.append(case(f"تفتح التسجيلات {surface} عبر المنصة.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d1).isoformat()}/{dt.date(y, m, d2).isoformat()}", "day")]))
for n in range(4):
    jy = rng.randint(1390, 1410)
    m = rng.randint(1, 6)
    d1 = rng.randint(1, 14)
    d2 = rng.randint(d1 + 1, 29)
    surface = f"از {str(d1).translate(FA_DIGITS)} تا روز {str(d2).translate(FA_DIGITS)} {FA_JALALI[m - 1]} {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"ثبت‌نام {surface} انجام می‌شود.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, m, d1).isoformat()}/{jdate(jy, m, d2).isoformat()}", "day")]))

# A range after a word for a place: when, not a name.
PLACES = ["مدرسة", "ولاية", "مدينة", "مؤسسة"]
for n in range(4):
    a = dt.date(2012, 1, 1) + rng.randint(0, 4000) * DAY
    b = a + rng.randint(20, 90) * DAY
    surface = f"من {a.day} {AR_GREG[a.month - 1]} {a.year} حتى {b.day} {AR_GREG[b.month - 1]} {b.year}"
    out.append(case(f"فتح سجل الترشح في كل {PLACES[n]} {surface}، وإعداد القوائم.", "ar", None,
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")]))
out.append(case("تقع مدرسة 18 ديسمبر وسط المدينة.", "ar", "2024-01-10", []))

# A constitution's year, before any word.
for y in (1971, 1996, 2011, 2014):
    out.append(case(f"اختص دستور {y} المعدل السلطة التشريعية بسن القوانين.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")]))

# Months as the keyboard slipped them.
for name, month in (("ديمسبر", 12), ("دبسمبر", 12), ("نوفمير", 11)):
    y = rng.randint(2010, 2030)
    d = rng.randint(1, 28)
    out.append(case(f"وعقدت الجلسة في {d} {name} {y} بمقر البرلمان.", "ar", None,
                    [want(f"{d} {name} {y}", "gregorian", dt.date(y, month, d).isoformat(), "day")]))

# A range from a day to the end of a month.
for n in range(6):
    jy = rng.randint(1390, 1410)
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 20)
    end_word = ["پایان", "آخر"][n % 2]
    first = ["دوم", "سوم", "پنجم"][n % 3] if n < 3 else str(d1).translate(FA_DIGITS)
    day1 = [2, 3, 5][n % 3] if n < 3 else d1
    month = FA_JALALI[m - 1] + ("ماه" if n % 2 == 0 else "")
    surface = f"از {first} تا {end_word} {month} {str(jy).translate(FA_DIGITS)}"
    last = (jdate(jy + 1, 1, 1) if m == 12 else jdate(jy, m + 1, 1)) - DAY
    out.append(case(f"ثبت‌نام {surface} ادامه دارد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, m, day1).isoformat()}/{last.isoformat()}", "day")]))
for n in range(6):
    y = rng.randint(2005, 2030)
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 20)
    word = ["نهاية", "آخر"][n % 2]
    surface = f"من {d1} {'إلى' if n % 3 else 'حتى'} {word} {AR_GREG[m - 1]} {y}"
    last = (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - DAY
    out.append(case(f"تتواصل الحملة {surface} في كل الولايات.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d1).isoformat()}/{last.isoformat()}", "day")]))

# An exam named before a Solar Hijri year; not before a count.
EXAMS = ["آزمون کارشناسی ارشد", "آزمون دکتری", "کنکور سراسری", "آزمون استخدامی"]
for n in range(8):
    jy = rng.randint(1385, 1410)
    written = str(jy).translate(FA_DIGITS) if n % 2 == 0 else str(jy)
    out.append(case(f"اعلام نتایج جعلی در {EXAMS[n % len(EXAMS)]} {written} تخلف محسوب می‌شود.", "fa", None,
                    [want(written, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("در آزمون ۱۴۰۳ نفر شرکت کردند.", "fa", None, []))

# An Arabic season before a year (the year, with its season: صيف 2011, as the real-text sets write it);
# not before a counted noun.
for n, season in enumerate(["صيف", "شتاء", "خريف", "ربيع", "صيف", "شتاء"]):
    y = rng.randint(1950, 2030)
    written = str(y).translate(AR_DIGITS) if n % 3 == 2 else str(y)
    out.append(case(f"وفي {season} {written} اندلعت الاحتجاجات في المدينة.", "ar", None,
                    [want(f"{season} {written}", "gregorian", str(y), "year")]))
out.append(case("وصل صيف 2000 شخص إلى المدينة.", "ar", None, []))

# A page abroad: the country before the stamp's clock gives its zone.
for n in range(4):
    jy = rng.randint(1398, 1405)
    m = rng.randint(1, 12)
    d = rng.randint(1, 29)
    day = jdate(jy, m, d)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    wd = FA_WEEKDAYS[day.weekday()]
    stamp = f"{wd} {str(d).translate(FA_DIGITS)} {FA_JALALI[m - 1]} {str(jy).translate(FA_DIGITS)} ایران {f'{hh:02d}:{mm:02d}'.translate(FA_DIGITS)}"
    out.append(case(f"خبر فوری\n{stamp}\n\nروزنامه‌نگار به یک سال زندان محکوم شد.", "fa", None,
                    [want(stamp, "jalali", clock_value(day, hh, mm, "Asia/Tehran"), "minute")], tz="America/New_York"))

# در تاریخ in running text: no publication label; تاریخ between a weekday and its date.
for n in range(4):
    jy = rng.randint(1395, 1404)
    m, d = rng.randint(1, 6), rng.randint(1, 29)
    day = jdate(jy, m, d)
    later = jdate(jy + 3, 10, 11)
    wd = FA_WEEKDAYS[day.weekday()]
    first = f"{wd} ({str(d).translate(FA_DIGITS)} {FA_JALALI[m - 1]} {str(jy).translate(FA_DIGITS)})"
    second = f"۱۱ دی‌ماه {str(jy + 3).translate(FA_DIGITS)}"
    text = f"{first}، آسمان ایران. این ماه‌گرفتگی شب گذشته آغاز شد. ماه‌گرفتگی بعدی در تاریخ {second} اتفاق خواهد افتاد."
    out.append(case(text, "fa", None, [want(first, "jalali", day.isoformat(), "day"),
                                       want("شب گذشته", "relative", (day - DAY).isoformat(), "day"),
                                       want(second, "jalali", later.isoformat(), "day")]))
for n in range(4):
    if n % 2 == 0:
        jy = rng.randint(1330, 1404)
        m, d = rng.randint(1, 12), rng.randint(1, 29)
        day = jdate(jy, m, d)
        surface = f"{FA_WEEKDAYS[day.weekday()]} تاریخ {d} {FA_JALALI[m - 1]} {jy}"
        out.append(case(f"حدود ظهر {surface} بود که مردم جمع شدند.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")]))
    else:
        day = dt.date(2000, 1, 1) + rng.randint(0, 10000) * DAY
        surface = f"{AR_WEEKDAYS[day.weekday()]} تاريخ {day.day} {AR_GREG[day.month - 1]} {day.year}"
        out.append(case(f"عقد المجلس جلسته {surface} بمقره.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))

# Labour Day with its year; a transposed month name.
for n, name in enumerate(["عيد الشغل", "اليوم العالمي للشغل", "اليوم العالمي للعمال"]):
    y = rng.randint(2000, 2030)
    out.append(case(f"احتفلت النقابات بـ{name} {y} في الساحة الكبرى.", "ar", None,
                    [want(f"{name} {y}", "gregorian", f"{y}-05-01", "day")]))
for n, name in enumerate(["روز کارگر", "روز جهانی کار و کارگر"]):
    jy = rng.randint(1380, 1405)
    written = str(jy).translate(FA_DIGITS)
    out.append(case(f"کارگران در {name} {written} تجمع کردند.", "fa", None,
                    [want(f"{name} {written}", "gregorian", f"{jy + 621}-05-01", "day")]))
for n in range(3):
    jy = rng.randint(1390, 1405)
    d = rng.randint(1, 31)
    surface = f"{str(d).translate(FA_DIGITS)} اردبیهشت {str(jy).translate(FA_DIGITS)}"
    out.append(case(f"کارگران روز {surface} تجمع کردند.", "fa", None, [want(surface, "jalali", jdate(jy, 2, d).isoformat(), "day")]))

emit("forms of the hundred-and-third to hundred-and-sixth real-text sets: generated by "
     "tools/gen/cases_hundred_third_sets.py (oracles: datetime, zoneinfo, the Umm al-Qura table, convertdate)", out)
