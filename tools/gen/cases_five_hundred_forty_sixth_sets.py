#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_forty_sixth_sets.jsonl: forms met in
the five-hundred-and-forty-sixth real-text sets and after (and in the misses
of the sets before them), generated across their families.

- An underscore between two numbers, blanks around it or none, as a dash:
  two years (عاش بين 1911 _ 1943, للموسم 2023_2024, سنة 1960_ 1961, (2022_2021)
  typed from the right, از ۱۳۶۸ _ ۱۴۰۰, (١٢٩٨ _ ١٣٥٧ هـ ش)) one span of years,
  Gregorian or Solar Hijri; two days before their month (يوم 6_7 أيار 2023,
  ۱۵_۱۶ مهر ۱۴۰۲) one span of days. Not in a file's or a code's name
  (report_2023_2024.pdf, IMG_2024_0712, رقم القيد 2023_45), nor a score (2_1).
- A four-digit (military) clock after the hour word before a part of the day,
  or with its hour's zero written (الساعة 0635 صباحاً, الساعة 1100 صباحاً,
  ساعت ۰۹۰۰ صبح, ساعت ۰۹۰۰صبح امروز): that time, as before a written zone.
- The Persian new year named in Arabic (عيد رأس السنة الإيرانية, رأس السنة
  الفارسية, رأس السنة الشمسية الإيرانية): Nowruz, 1 Farvardin; the middle of
  Sha'ban (النصف من شعبان, النصف من شهر شعبان): its 15th, ليلة before it the
  eve; not the first half (النصف الأول من شعبان).
- Two year-less days after the dual "two days", each with its weekday, the
  second the next day (يومي الخميس 5 يونيو والجمعة 6 يونيو), no reference: one
  span of no year, as يومي 5 و6 يونيو is.
- A Kabul site's day with the Afghan and the Iranian name of its month
  joined by a bar (آدينه 3 حمل|فروردین 1397 برابر با 23 مارچ 2018, ١٨
  عقرب|آبان ١٣٩٦): that day, as with a slash between; not two months that
  differ (مهر | آبان ۱۳۹۶).
- Two Persian weekdays, each the next, with آینده or آتی (next) after the
  second (شنبه و یکشنبه آتی منتشر نمی‌شود): one span, as with هفته آینده after
  them and as Arabic's dual (السبت والأحد المقبلين) is; not two that are not
  next to each other (یکشنبه و چهارشنبه آینده).
- An Arabic day after ل on the article, its tatweel kept (يوم الثلاثاء الموافق
  للـ25 من أبريل 2023): that day, as after الـ or لـ, one with its weekday.
- The Tehran daily تهران امروز in a list of papers: no today.
- A Persian span from a day after روز to the end of a day named by its
  ordinal (از روز ۲۹ اسفند ۱۴۰۰ تا پایان روز سیزدهم فروردین ۱۴۰۱, تا روز
  سیزدهم): one span of days, as with figures.
- A school or university year or season by its two years with a slash, the
  later first as typed right to left (للعام الدراسي المقبل 2017/2016, للموسم
  الجامعي 2026/2025, الموسم الجامعي 2025/2026): the two years.
- A fiscal year by its two years (العام المالي 2025/2026, للعام المالي الحالي
  2022 - 2023, السنة المالية 2019-2020): Egypt's, 1 July to 30 June, with the
  zone Africa/Cairo; Kuwait's, 1 April to 31 March, with Asia/Kuwait; both
  whole years elsewhere, and a school year's everywhere.
- An Arabic day and month with a bar between, in brackets after a weekday (اليوم
  الأحد (2|8), اليوم الخميس (30|4)): that day, as with a slash; not after any
  other word (الفريق (2|8)).
- The day word, a weekday and الأول before a month, no reference (يوم الخميس
  الاول من اكتوبر المقبل): the month's 1st, of no year (with a reference, the
  1st when it is that weekday, else the first such weekday, as before); not
  without the day word (a title, “الإثنين الأول من شهر أيار”), nor أول خميس.
- Jumada al-Akhira as Iran writes it, "the other" (۱۲ جمادی‌الاخری ۱۳۳۹,
  جمادی الاخری, and in Arabic جمادى الأخرى): the sixth Hijri month, Iran's
  month starts in Persian, Umm al-Qura's in Arabic.
- Two Solar Hijri years of the 1200s or after, in brackets with الی or تا
  between (در زمان امیر امان الله خان (1297 الی 1308)): their span, as for
  the 1300s; not before a unit or a currency ((۱۲۵۰ تا ۱۳۰۰) تومان).
- The same day with ب on نفس, and the hours of the day (والعودة بنفس اليوم,
  خلال ساعات اليوم): no today; the men, youth and leaders "of tomorrow" (رجال
  الغد, شباب الغد, قادة الغد): no tomorrow; Dushanbe, Tajikistan (در دوشنبه
  تاجیکستان): no Monday; nor "we two" (نحن الأثنين), the Khamis Mosque (مسجد
  الخميس) or a camp named for a day (معسكر 7 أبريل); nor a day in a list of
  streets or crossings after their plural (تقاطعهای کاشانی- فارابی، حافظ، ۱۲
  محرم، شریعتی; خیابان‌های آزادی، ۲۲ بهمن، انقلاب).

Days come from datetime, convertdate and Umm al-Qura's table in tests/data,
the Solar Hijri years from the Calendar Center's table via case_form; nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_forty_sixth_sets.py >
tests/extract/cases/five_hundred_forty_sixth_sets.jsonl"""
import random

import datetime as dt

from case_form import (iran_lunar, AR_GREG, AR_HIJRI, AR_LEVANTINE, AR_WEEKDAYS, FA_JALALI, FA_WEEKDAYS, FA_ZODIAC, case, clock_value, emit, fa, jday, jdate,
                       solar_hijri_year, umm_al_qura, want)

rng = random.Random(546)
out = []

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]
UQ = umm_al_qura()


def ar(s, n):
    """s in Arabic-Indic digits every third case."""
    return s.translate(AR_DIGITS) if n % 3 == 2 else s


def span_years(a, b):
    return f"{a}-01-01/{b}-12-31"


def jalali_years(a, b):
    return f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}"


# Two Gregorian years in Arabic: blanks around the underscore, none, or one after it.
for n in range(9):
    a = rng.randrange(1900, 2020)
    b = a + (1 if n % 3 == 1 else rng.randrange(2, 40))
    zone = AR_ZONES[n % len(AR_ZONES)]
    sa, sb = ar(str(a), n), ar(str(b), n)
    if n % 3 == 0:
        surface = f"بين {sa} _ {sb}"
        text = f"عاش الشاعر {surface} في القاهرة ودمشق."
    elif n % 3 == 1:
        surface = f"{sa}_{sb}"
        text = f"أعلنت الوزارة عن افتتاح الموسم الرياضي للموسم {surface} بحضور المسؤولين."
    else:
        surface = f"سنة {sa}_ {sb}"
        text = f"شهدت البلاد {surface} أزمة اقتصادية حادة."
    out.append(case(text, "ar", None, [want(surface, "gregorian", span_years(a, b), "year")], tz=zone))
# Typed from the right: the later year first, in brackets.
for n in range(3):
    a = rng.randrange(2000, 2030)
    surface = f"{ar(str(a + 1), n)}_{ar(str(a), n)}"
    out.append(case(f"بلغ عدد المسجلين لموسم الحج ({surface}) نحو 219 ألف مترشح.", "ar", None,
                    [want(surface, "gregorian", span_years(a, a + 1), "year")], tz="Africa/Tunis"))

# Two Solar Hijri years in Persian: after از, or in brackets with their era.
for n in range(6):
    a = rng.randrange(1290, 1400)
    b = a + rng.randrange(3, 60)
    sa, sb = (fa(a), fa(b)) if n % 2 else (str(a), str(b))
    if n % 2 == 0:
        surface = f"از {sa} _ {sb}"
        text = f"او {surface} در این اداره خدمت کرد."
    else:
        surface = f"{sa} _ {sb} هـ ش"
        text = f"شاعر نامدار ({surface}) در شیراز به دنیا آمد."
    # (Latin digits with no era: the calendar a guess, as for a bare 13xx year.)
    flags = ("calendar_guessed",) if n % 2 == 0 else ()
    out.append(case(text, "fa", None, [want(surface, "jalali", jalali_years(a, b), "year", flags)]))

# Two days before their month and year: Gregorian and Levantine months, Hijri months, Solar Hijri months.
for n in range(6):
    y = rng.randrange(2015, 2027)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 27)
    e = d + (1 if n % 2 == 0 else rng.randrange(2, 5))
    names = AR_GREG if n % 2 else AR_LEVANTINE
    sep = "_" if n < 3 else " _ "
    surface = f"{ar(str(d), n)}{sep}{ar(str(e), n)} {names[m - 1]} {ar(str(y), n)}"
    out.append(case(f"تقام الدورة يوم {surface} في قاعة المؤتمرات.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d)}/{dt.date(y, m, e)}", "day")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(3):
    hy = rng.randrange(1440, 1448)
    hm = rng.randrange(1, 13)
    d = rng.randrange(1, 27)
    first = UQ[(hy, hm)]
    surface = f"{d}_{d + 1} {AR_HIJRI[hm - 1]} {hy} هـ"
    out.append(case(f"تنظم الفعاليات في {surface} بمكة المكرمة.", "ar", None,
                    [want(surface, "hijri", f"{first + dt.timedelta(days=d - 1)}/{first + dt.timedelta(days=d)}", "day")],
                    tz="Asia/Riyadh"))
for n in range(4):
    jy = rng.randrange(1395, 1406)
    jm = rng.randrange(1, 13)
    d = rng.randrange(1, 28)
    surface = f"{fa(d)}_{fa(d + 1)} {FA_JALALI[jm - 1]} {fa(jy)}" if n % 2 else f"{d}_{d + 1} {FA_JALALI[jm - 1]} {jy}"
    out.append(case(f"این همایش در {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d)}/{jdate(jy, jm, d + 1)}", "day")]))

# Military clocks after the hour word.
AR_PARTS = [("صباحاً", 6, 11), ("صباحا", 6, 11), ("مساءً", 18, 23), ("مساء", 13, 23)]
for n in range(8):
    ref = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))
    zone = AR_ZONES[n % len(AR_ZONES)]
    part, lo, hi = AR_PARTS[n % len(AR_PARTS)]
    hh, mm = rng.randrange(lo, hi + 1), rng.choice([0, 15, 30, 35, 45])
    surface = f"الساعة {hh:02d}{mm:02d} {part}"
    out.append(case(f"انطلقت القافلة اليوم عند {surface} من العاصمة.", "ar", ref.isoformat(),
                    [want(f"اليوم عند {surface}", "relative", clock_value(ref, hh, mm, zone), "minute")], tz=zone))
for n in range(6):
    ref = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))
    hh, mm = rng.randrange(5, 10), rng.choice([0, 15, 30, 45])
    digits = f"{hh:02d}{mm:02d}"
    digits = fa(digits[0]) + fa(digits[1]) + fa(digits[2]) + fa(digits[3]) if n % 2 else digits
    blank = " " if n % 3 else ""
    surface = f"ساعت {digits}{blank}صبح امروز" if n < 4 else f"ساعت {digits}"
    text = f"مسابقه {surface} آغاز می‌شود." if n < 4 else f"امروز {surface} مسابقه آغاز می‌شود."
    expect = want(surface if n < 4 else f"امروز {surface}", "relative", clock_value(ref, hh, mm, "Asia/Tehran"), "minute")
    out.append(case(text, "fa", ref.isoformat(), [expect]))

# The Persian new year in Arabic, a few weeks before it.
for n, name in enumerate(["رأس السنة الإيرانية", "رأس السنة الفارسية", "رأس السنة الشمسية الإيرانية", "رأس السنة الشمسية"]):
    jy = rng.randrange(1399, 1408)
    nowruz = jdate(jy, 1, 1)
    ref = nowruz - dt.timedelta(days=rng.randrange(3, 30))
    out.append(case(f"تستعد العتبة لاستقبال الزوار في عطلة عيد {name} والزيارات المرتقبة.", "ar", ref.isoformat(),
                    [want(name, "jalali", nowruz.isoformat(), "day", ("year_inferred",))], tz="Asia/Baghdad"))
# The middle of Sha'ban, and its eve, a few days before it; not the first half.
for n in range(4):
    hy = rng.randrange(1440, 1450)
    mid = UQ[(hy, 8)] + dt.timedelta(days=14)
    ref = mid - dt.timedelta(days=rng.randrange(2, 10))
    name = ["النصف من شعبان", "النصف من شهر شعبان"][n % 2]
    surface = f"ليلة {name}" if n >= 2 else name
    day = mid - dt.timedelta(days=1) if n >= 2 else mid
    out.append(case(f"يحيي المسلمون {surface} في المساجد.", "ar", ref.isoformat(),
                    [want(surface, "hijri", day.isoformat(), "day", ("year_inferred",))], tz=AR_ZONES[n]))
hy = 1446
first = UQ[(hy, 8)]
out.append(case("تنظم الدورة في النصف الأول من شعبان 1446 هـ بمكة المكرمة.", "ar", None,
                [want("النصف الأول من شعبان 1446 هـ", "hijri", f"{first}/{first + dt.timedelta(days=14)}", "day")], tz="Asia/Riyadh"))

# Two year-less days after the dual, each with its weekday, no reference.
for n in range(4):
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 360))
    while day.day > 27:
        day -= dt.timedelta(days=5)
    nxt = day + dt.timedelta(days=1)
    names = AR_GREG if n % 2 else AR_LEVANTINE
    surface = (f"{AR_WEEKDAYS[day.weekday()]} {ar(str(day.day), n)} {names[day.month - 1]} و{AR_WEEKDAYS[nxt.weekday()]} "
               f"{ar(str(nxt.day), n)} {names[nxt.month - 1]}")
    out.append(case(f"تُرجح التوقعات أن تكون فترات الذروة خلال يومي {surface} بسبب تزايد أعداد المسافرين.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{day.month:02d}-{day.day:02d}/XXXX-{nxt.month:02d}-{nxt.day:02d}", "day",
                          ("unresolved",))], tz=AR_ZONES[n]))

# The two names of a Solar Hijri month joined by a bar, a Kabul site's stamp with its Gregorian twin.
FA_GREG_AF = ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"]
for n in range(6):
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    jy, jm, jd = jday(day)
    wd = FA_WEEKDAYS[day.weekday()] if day.weekday() != 4 else "آدينه"
    if n % 2 == 0:
        surface = f"{wd} {jd} {FA_ZODIAC[jm - 1]}|{FA_JALALI[jm - 1]} {jy} برابر با {day.day} {FA_GREG_AF[day.month - 1]} {day.year}"
    else:
        surface = f"{fa(jd)} {FA_ZODIAC[jm - 1]}|{FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"{surface}\n\nمردم ولایت هرات از افزایش قیمت‌ها شکایت دارند.", "fa", None,
                    [want(surface, "jalali", day.isoformat(), "day")], tz="Asia/Kabul"))
out.append(case("جدول مهر | آبان ۱۳۹۶ منتشر شد.", "fa", None, [want("آبان ۱۳۹۶", "jalali", "2017-10-23/2017-11-21", "month")]))

# Two Persian weekdays, the second the next, with "next" after them.
for n in range(4):
    ref = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500))
    first = ref + dt.timedelta(days=rng.randrange(1, 6))
    second = first + dt.timedelta(days=1)
    word = ["آتی", "آینده"][n % 2]
    surface = f"{FA_WEEKDAYS[first.weekday()]} و {FA_WEEKDAYS[second.weekday()]} {word}"
    out.append(case(f"روزنامه کیهان نباید {surface} منتشر شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", f"{first}/{second}", "day")]))

# A day after ل on the article with its tatweel.
for n in range(3):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 4000))
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} الموافق للـ{ar(str(day.day), n)} من {AR_GREG[day.month - 1]} {ar(str(day.year), n)}"
    out.append(case(f"انتهت المهلة {surface} وفق القرار.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Tripoli"))

# The Tehran daily in a list of papers.
out.append(case("روزنامه‌های همشهری، بهار، تهران امروز، دنیای اقتصاد و آرمان منتشر شدند.", "fa", "2012-12-04", []))

# A Persian span from a day to (the end of) a day named by its ordinal.
FA_ORDINALS = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم",
               11: "یازدهم", 12: "دوازدهم", 13: "سیزدهم", 14: "چهاردهم", 15: "پانزدهم"}
for n in range(6):
    jy = rng.randrange(1395, 1406)
    start = jdate(jy, 12, rng.randrange(20, 29))
    sy, sm, sd = jday(start)
    ed = rng.randrange(2, 16)
    end = jdate(jy + 1, 1, ed)
    s_text = f"{fa(sd)} اسفند {fa(sy)}" if n % 2 else f"{sd} اسفند {sy}"
    e_text = f"{FA_ORDINALS[ed]} فروردین {fa(jy + 1) if n % 2 else jy + 1}"
    until = "تا پایان روز" if n < 3 else "تا روز"
    surface = f"{s_text} {until} {e_text}"
    out.append(case(f"تعطیلات نوروزی مدارس از روز {surface} ادامه دارد.", "fa", None,
                    [want(surface, "jalali", f"{start}/{end}", "day")]))

# School and university years and seasons by two years with a slash, either order.
AR_SCHOOL = [("للعام الدراسي المقبل", True), ("العام الدراسي", True), ("للموسم الجامعي", False), ("الموسم الجامعي", False)]
for n in range(8):
    a = rng.randrange(2005, 2030)
    head, whole = AR_SCHOOL[n % len(AR_SCHOOL)]
    years = f"{a + 1}/{a}" if n % 2 == 0 else f"{a}/{a + 1}"
    years = ar(years, n)
    surface = f"{head} {years}" if whole else years
    out.append(case(f"أعلنت الوزارة عن رزنامة {head} {years} في بيان رسمي.", "ar", None,
                    [want(surface, "gregorian", span_years(a, a + 1), "year")], tz=AR_ZONES[n % len(AR_ZONES)]))

# Fiscal years by their two years: the country's by the zone.
FISCAL = [("Africa/Cairo", 7), ("Asia/Kuwait", 4), ("Asia/Riyadh", 1), ("Africa/Casablanca", 1)]
AR_FISCAL = ["العام المالي {}/{}", "للعام المالي الحالي {} - {}", "السنة المالية {}-{}", "بالعام المالي {}/{}"]
for n in range(8):
    a = rng.randrange(2005, 2030)
    zone, fm = FISCAL[n % len(FISCAL)]
    surface = AR_FISCAL[n % len(AR_FISCAL)].format(ar(str(a), n), ar(str(a + 1), n))
    first = dt.date(a, fm, 1)
    last = dt.date(a + 1, fm, 1) - dt.timedelta(days=1) if fm != 1 else dt.date(a + 1, 12, 31)
    out.append(case(f"أقرت الحكومة موازنة {surface} بعد نقاش طويل.", "ar", None,
                    [want(surface, "gregorian", f"{first}/{last}", "month" if fm != 1 else "year")], tz=zone))
for zone, _ in FISCAL[:2]:
    out.append(case("انطلق العام الدراسي 2025/2026 في المدارس.", "ar", None,
                    [want("العام الدراسي 2025/2026", "gregorian", "2025-01-01/2026-12-31", "year")], tz=zone))

# A day and month with a bar, in brackets after a weekday.
for n in range(4):
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(0, 4000))
    ref = day  # (today's page)
    inner = f"{ar(str(day.day), n)}|{ar(str(day.month), n)}"
    if n % 2:
        out.append(case(f"وأجلت المحكمة، اليوم {AR_WEEKDAYS[day.weekday()]} ({inner})، النظر في القضية.", "ar", None,
                        [want(inner, "gregorian", f"XXXX-{day.month:02d}-{day.day:02d}", "day", ("unresolved",))], tz="Asia/Dubai"))
    else:
        surface = f"اليوم {AR_WEEKDAYS[day.weekday()]} ({inner})"
        out.append(case(f"وأجلت المحكمة، {surface}، النظر في القضية.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", day.isoformat(), "day", ("year_inferred",))], tz="Asia/Dubai"))
out.append(case("سجل الفريق (2|8) في المباراة.", "ar", None, [], tz="Asia/Dubai"))

# The day word, a weekday and الأول before a month, no reference: the month's 1st.
for n in range(4):
    m = rng.randrange(1, 13)
    wd = AR_WEEKDAYS[rng.randrange(0, 7)]
    names = AR_GREG if n % 2 else AR_LEVANTINE
    tail = " المقبل" if n < 2 else ""
    first = ["الأول", "الاول"][n % 2]
    surface = f"يوم {wd} {first} من {'شهر ' if n == 3 else ''}{names[m - 1]}{tail}"
    out.append(case(f"تنطلق البطولة {surface} في العاصمة.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{m:02d}-01", "day", ("unresolved",))], tz=AR_ZONES[n]))
out.append(case("يُختتم المهرجان بالوثائقي “الإثنين الأول من شهر أيار” في الصالة الكبرى.", "ar", None, [], tz="Asia/Beirut"))

# Jumada al-Akhira written "the other".
IRAN = iran_lunar()
for n in range(6):
    hy = rng.randrange(1440, 1448)
    d = rng.randrange(1, 29)
    if n < 4:
        first = IRAN[(hy, 6)]
        name = ["جمادی‌الاخری", "جمادی الاخری"][n % 2]
        surface = f"{fa(d)} {name} {fa(hy)}" if n % 2 else f"{d} {name} {hy}"
        out.append(case(f"این نامه در {surface} نوشته شده است.", "fa", None,
                        [want(surface, "hijri", (first + dt.timedelta(days=d - 1)).isoformat(), "day")]))
    else:
        first = UQ[(hy, 6)]
        surface = f"{ar(str(d), n)} جمادى الأخرى {ar(str(hy), n)} هـ"
        out.append(case(f"صدر القرار يوم {surface} في الرياض.", "ar", None,
                        [want(surface, "hijri", (first + dt.timedelta(days=d - 1)).isoformat(), "day")], tz="Asia/Riyadh"))

# A reign's Solar Hijri years in brackets (no era written: the calendar a guess, as for any year before 1800).
for n in range(3):
    a = rng.randrange(1250, 1300)
    b = a + rng.randrange(5, 20)
    to = ["الی", "تا"][n % 2]
    inner = f"{fa(a)} {to} {fa(b)}" if n % 2 else f"{a} {to} {b}"
    out.append(case(f"در زمان امیر ({inner}) ترافیک در کابل انکشاف یافت.", "fa", None,
                    [want(inner, "jalali", jalali_years(a, b), "year", ("calendar_guessed",))], tz="Asia/Kabul"))
out.append(case("قیمت هر متر (۱۲۵۰ تا ۱۳۰۰) تومان است.", "fa", None, []))

# The same day after ب, the hours of the day, tomorrow's people; Dushanbe.
out.append(case("تیم ملی نخستین جلسه تمرینی را در دوشنبه تاجیکستان برگزار کرد.", "fa", "2022-05-12", []))
for text in ["وكل الموجودين يهتمون بنا، نحن الأثنين، ويفرحون لفرحنا.", "يرمز المسرح إلى مسجد الخميس الأثري.",
             "طُلب من المواطنين التوجه نحو معسكر 7 أبريل لاستلام سياراتهم."]:
    out.append(case(text, "ar", "2013-05-10", [], tz="Asia/Bahrain"))
for text in ["ازجمله تقاطعهای مشمول این طرح، تقاطعهای کاشانی- فارابی، حافظ، ۱۲ محرم، شریعتی _ فارابی است.",
             "خیابان‌های آزادی، ۲۲ بهمن، انقلاب و ولیعصر بسته شد.", "تقاطع‌های کاشانی، ۱۵ خرداد، شریعتی چراغ دارند."]:
    out.append(case(text, "fa", "2025-10-14", []))
out.append(case("مراسم عزاداری، ۱۲ محرم در مسجد برگزار می‌شود.", "fa", "2025-06-20",
                [want("۱۲ محرم", "hijri", (IRAN[(1447, 1)] + dt.timedelta(days=11)).isoformat(), "day", ("year_inferred",))]))
for text in ["تنطلق الرحلة صباحا والعودة بنفس اليوم مساء.", "يتعمق المنخفض خلال ساعات اليوم وفق الأرصاد.",
             "لماذا لا يتم تنفيذه في باقي ساعات اليوم؟", "يجب العناية بالأطفال باعتبارهم رجال الغد.",
             "أطلقت الجامعة مبادرة «شباب الغد» للتدريب.", "يلتقي الوزير قادة الغد في المنتدى."]:
    out.append(case(text, "ar", "2025-12-29", [], tz="Asia/Amman"))

# Names of files and codes, and a score.
for text, lang in [("حمل الملف report_2023_2024.pdf من موقع الوزارة.", "ar"), ("نشرت الصورة IMG_2024_0712 على الصفحة.", "ar"),
                   ("رقم القيد 2023_45 لدى المحكمة الابتدائية.", "ar"), ("انتهت المباراة بنتيجة 2_1 للفريق المضيف.", "ar"),
                   ("تصویر DSC_1402_1403 در آرشیو است.", "fa"), ("کد رهگیری ۱۴۰۲_۳۵ را وارد کنید.", "fa")]:
    out.append(case(text, lang, None, [], tz="Africa/Cairo" if lang == "ar" else None))

emit("tools/gen/cases_five_hundred_forty_sixth_sets.py: an underscore between two numbers as a dash, military clocks, "
     "the Persian new year in Arabic, mid-Sha'ban, two year-less days after the dual, a month's two names with a bar, "
     "two weekdays before آینده, the day after للـ, spans to the end of an ordinal day, school years right to left "
     "fiscal years by the zone's country, a day and month with a bar after a weekday, a weekday's الأول "
     "with no reference, جمادی الاخری (docs/accuracy.md)", out)
