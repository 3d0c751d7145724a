#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_thirty_first_sets.jsonl: forms met in the
hundred-and-thirty-first to hundred-and-thirty-eighth real-text sets
(obituaries and mourning; weather forecasts and warnings; exhibitions, book
fairs and conferences; municipalities and local services; heritage and
museums; interviews and memoirs; legal notices; children and youth) and in
the older sets' misses, generated across their families.

- A part of a year before a run of its months or a century (نهاية الربع الأول
  2023, بنهاية النصف الأول من 2015م, پایان سه ماهه دوم سال ۱۴۰۳, نهاية القرن
  الثالث عشر الهجري, بدايات القرن العشرين, اوایل قرن بیستم): the run or the
  century named, the part in the match, as نهاية عام 2026 is the year.
- The part word with ب written on (بنهاية يونيو الماضي, بنهاية 2025, ببداية
  ديسمبر 2024, بمنتصف الشهر الجاري): the ب in the match; not ل (يكفي لنهاية
  العام: the year after it alone).
- An Arabic season before a Gregorian year (في صيف 2011, صيف عام 2014, لشتاء
  2026): the year, with its season; not ربيع الأول, a month, nor a season
  before a Hijri year or a count.
- Two bare weekdays joined by و, one after the other (الخميس والجمعة, پنجشنبه
  و جمعه): two days, the second the day after the first.
- Persian two-digit years listed after سال‌های (سالهای ۹۰ و ۹۱): each that
  Solar Hijri year; not before a count.
- The century's number after الـ with a blank (القرن الـ 21).
- Hijri years before Umm al-Qura was printed (1343 AH), as a span or a
  century (بين عامي 1300 و1302 هـ, القرن الثاني الهجري): the computed
  calendar, as a year alone is.
- A weekday and its day on و before the next weekday's whole date (يومي
  الجمعة 7 والخميس 20 أكتوبر 2022): the first in that month and year.
- A qualified weekday before a date (يوم الأربعاء المقبل 10 يونيو): that
  date; from one such day to another with no reference (من يوم غد الأربعاء 3
  يونيو الجاري حتى يوم الأربعاء المقبل 10 يونيو): a year-less range; so
  after a verb (… ويستمر حتى الأربعاء 15 منه), as the sets write it since
  (two days once, by ar121-039's gold, since joined: see
  cases_two_hundred_thirty_first_sets.py).
- Working hours in the construct form or as a service's timing (ساعات دوام
  …, توقيت العمل, توقيت تقديم هذه الخدمات) and Persian plural parts of the
  day (صبح‌ها, بعد از ظهرها): the clocks of the sentence recur, no day; a
  week's schedule listed with dashes, its next weekday's own line too.
- منتصف نهار before a day (منتصف نهار اليوم, منتصف نهار الاثنين المقبل): the
  day.
- A count of years before بعد and a quote (عن عمر ناهز 79 عاما بعد "مسيرة):
  an age, no date.
- Visiting and opening hours (مواعيد زيارة المتحف …, ساعات بازدید, مواعيد
  الفتح), every day of the week (طوال أيام الأسبوع من الساعة التاسعة) and a
  clock after every week (يومي السبت والأربعاء من كل أسبوع من الساعة
  التاسعة): the clocks recur, no day.
- A span of centuries before Christ counted down (القرن الثامن – السادس قبل
  الميلاد): no date.
- The classical مذ (since) before a year (مذ 1982 وأنا أعمل): the year.
- With no reference, a year-less start before an end whose year is written,
  joined by a verb on و and حتى or إلى (28 يونيو واستمر حتى 10 يوليو 2025):
  the span, the start in the last year that keeps it before the end.
- Yemen's outlets named by a day in a dateline (عدن/ 14 أكتوبر:, الخرطوم / 14
  أكتوبر / متابعات:, 21 سبتمبر |صنعاء): no date; an agency's dateline with
  its own day (طهران/ 4 تشرين الثاني /نوفمبر/إرنا-) stays.
- صبيحة (early morning) between a clock and its day (الساعة 06:00 من صبيحة
  يوم غد الأحد): that day's clock.

Weekdays and days come from datetime, Solar Hijri days from convertdate and
years from the Calendar Center's leap years, Hijri days from convertdate's
arithmetic calendar (the computed calendar outside Umm al-Qura's table):
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_thirty_first_sets.py > tests/extract/cases/hundred_thirty_first_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, FA_JALALI, FA_WEEKDAYS, case, clock_value, emit, fa, jdate,
                       nearest, solar_hijri_year, want)

rng = random.Random(131)
out = []


def ref_day():
    return dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY


def greg_quarter(y, q):
    first = dt.date(y, 3 * q - 2, 1)
    last = (dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)) - DAY
    return f"{first.isoformat()}/{last.isoformat()}"


def hijri_years(first, last):
    """Hijri years first..last in the arithmetic (computed) calendar."""
    a = dt.date(*islamic.to_gregorian(first, 1, 1))
    b = dt.date(*islamic.to_gregorian(last + 1, 1, 1)) - DAY
    return f"{a.isoformat()}/{b.isoformat()}"


def iso(d):
    return d.isoformat() if d.year >= 1000 else f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def hijri_century(n):
    a = dt.date(*islamic.to_gregorian(100 * (n - 1), 1, 1))
    b = dt.date(*islamic.to_gregorian(100 * n, 1, 1)) - DAY
    return f"{iso(a)}/{iso(b)}"


# A part of a year before its quarter or half and a Gregorian year.
AR_QUARTERS = [("الربع الأول", 1), ("الربع الثاني", 2), ("الربع الثالث", 3), ("الربع الرابع", 4)]
AR_PARTS = ["نهاية", "بنهاية", "مطلع", "بداية", "منتصف", "أواخر"]
for n in range(8):
    y = rng.randint(2005, 2030)
    part = AR_PARTS[n % len(AR_PARTS)]
    name, q = AR_QUARTERS[n % 4]
    written = str(y).translate(AR_DIGITS) if n % 3 == 2 else str(y)
    of = " من" if n % 2 else ""
    surface = f"{part} {name}{of} {written}"
    out.append(case(f"ارتفعت الأرباح حتى {surface}، وفق البيان.", "ar", None,
                    [want(surface, "gregorian", greg_quarter(y, q), "month")]))
for n in range(3):
    y = rng.randint(2005, 2030)
    surface = f"بنهاية النصف الأول من {y}م"
    out.append(case(f"بلغ عدد الاشتراكات {surface} نحو 53 مليون اشتراك.", "ar", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y}-06-30", "month")]))
# Persian: a part before a quarter or half of a Solar Hijri year (its months, the calendar's).
FA_RUNS = [("سه ماهه اول", 1, 3), ("سه ماهه دوم", 4, 6), ("سه ماهه سوم", 7, 9), ("نیمه دوم", 7, 12), ("نیمه نخست", 1, 6)]
FA_PARTS = ["پایان", "ابتدای", "اواخر", "اوایل"]
for n in range(6):
    jy = rng.randint(1395, 1410)
    part = FA_PARTS[n % len(FA_PARTS)]
    name, m1, m2 = FA_RUNS[n % len(FA_RUNS)]
    first = jdate(jy, m1, 1)
    last = (jdate(jy + 1, 1, 1) if m2 == 12 else jdate(jy, m2 + 1, 1)) - DAY
    surface = f"{part} {name} سال {fa(jy)}"
    out.append(case(f"این طرح تا {surface} اجرا می‌شود.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["calendar_guessed"])]))

# A part before a century.
AR_CENTURIES = [(13, "الثالث عشر"), (7, "السابع"), (11, "الحادي عشر"), (10, "العاشر"), (9, "التاسع")]
for n, (c, words) in enumerate(AR_CENTURIES):
    part = ["نهاية", "بدايات", "أواخر", "مطلع", "منتصف"][n]
    surface = f"{part} القرن {words} الهجري"
    out.append(case(f"شيد المسجد في {surface} على يد أحد الولاة.", "ar", None,
                    [want(surface, "hijri", hijri_century(c), "year", ["approximate"])]))
for n, (c, words) in enumerate([(20, "العشرين"), (19, "التاسع عشر"), (18, "الثامن عشر")]):
    part = ["بدايات", "أواخر", "نهاية"][n]
    surface = f"{part} القرن {words}"
    out.append(case(f"عرفت المدينة ازدهارا في {surface} بفضل التجارة.", "ar", None,
                    [want(surface, "gregorian", f"{100 * (c - 1)}-01-01/{100 * (c - 1) + 99}-12-31", "year")]))
for n, (c, words) in enumerate([(20, "بیستم"), (19, "نوزدهم")]):
    part = ["اوایل", "اواخر"][n]
    surface = f"{part} قرن {words} میلادی"
    out.append(case(f"این بنا در {surface} ساخته شد.", "fa", None,
                    [want(surface, "gregorian", f"{100 * (c - 1)}-01-01/{100 * (c - 1) + 99}-12-31", "year")]))

# The part word with ب written on.
for n in range(6):
    ref = ref_day()
    if n % 3 == 0:
        y = rng.randint(2010, 2030)
        surface = f"بنهاية {y}"
        expect = [want(surface, "gregorian", str(y), "year")]
        text = f"سيتم تسليم المشروع {surface} وفق الخطة."
    elif n % 3 == 1:
        m = rng.randint(1, 12)
        y = rng.randint(2010, 2030)
        surface = f"ببداية {AR_GREG[m - 1]} {y}"
        expect = [want(surface, "gregorian", f"{y}-{m:02d}", "month")]
        text = f"انطلقت الأشغال {surface} في الحي."
    else:
        surface = "بمنتصف الشهر الجاري"
        expect = [want(surface, "relative", ref.replace(day=15).isoformat(), "day")]
        text = f"تصرف الرواتب {surface} للموظفين."
    out.append(case(text, "ar", ref.isoformat() if n % 3 == 2 else None, expect))
# (Not ل: a headline's لنهاية العام names no year.)
out.append(case("خريطة الأشهر الهجرية بالتواريخ لنهاية العام", "ar", "2023-08-06", []))

# An Arabic season before a year.
SEASONS = ["صيف", "شتاء", "خريف", "ربيع", "لشتاء", "بصيف"]
for n, season in enumerate(SEASONS):
    y = rng.randint(1950, 2030)
    year = f"عام {y}" if n % 2 else str(y)
    surface = f"{season} {year}"
    out.append(case(f"وقعت الأحداث في {surface} . وقال شهود إن المدينة تغيرت.", "ar", None,
                    [want(surface, "gregorian", str(y), "year")]))
out.append(case("زار الوفد المدينة في ربيع الأول 1445 هـ.", "ar", None,
                [want("ربيع الأول 1445 هـ", "hijri", "2023-09-16/2023-10-15", "month")]))
out.append(case("زار الوفد المدينة في صيف عام 1445 هـ.", "ar", None,
                [want("عام 1445 هـ", "hijri", "2023-07-19/2024-07-06", "year")]))
out.append(case("أثناء ربيع وصيف عام 1978، أعلنت الحكومة", "ar", None, [want("عام 1978", "gregorian", "1978", "year")]))

# Two bare weekdays joined by و: the second the day after the first.
for n in range(6):
    ref = ref_day()
    a = rng.randint(0, 6)
    b = (a + 1) % 7
    first = nearest(ref, a)
    if n % 2:
        text = f"تتساقط الأمطار {AR_WEEKDAYS[a]} و{AR_WEEKDAYS[b]} على المرتفعات."
        names = (AR_WEEKDAYS[a], AR_WEEKDAYS[b])
        lang = "ar"
    else:
        text = f"بارش باران {FA_WEEKDAYS[a]} و {FA_WEEKDAYS[b]} ادامه دارد."
        names = (FA_WEEKDAYS[a], FA_WEEKDAYS[b])
        lang = "fa"
    out.append(case(text, lang, ref.isoformat(), [want(names[0], "relative", first.isoformat(), "day"),
                                                  want(names[1], "relative", (first + DAY).isoformat(), "day")]))

# Persian two-digit years after سال‌های.
for n in range(4):
    y = rng.randint(80, 98)
    word = ["سالهای", "سال‌های", "در سال‌های", "سالهای"][n]
    text = f"بررسی بودجه {word} {fa(y)} و {fa(y + 1)} شهرداری مطرح شد."
    out.append(case(text, "fa", None, [want(f"{word} {fa(y)}", "jalali", solar_hijri_year(1300 + y), "year", ["calendar_guessed"]),
                                       want(fa(y + 1), "jalali", solar_hijri_year(1301 + y), "year", ["calendar_guessed"])]))
out.append(case("در این سال‌ها ۲۰ و ۳۰ نفر ثبت نام کردند.", "fa", None, []))

# The century's number after الـ and a blank.
for n, c in enumerate([21, 19, 20]):
    written = str(c).translate(AR_DIGITS) if n == 2 else str(c)
    surface = f"القرن الـ {written}"
    out.append(case(f"أغنية تونسية ضمن أفضل أغاني {surface} /", "ar", None,
                    [want(surface, "gregorian", f"{100 * (c - 1)}-01-01/{100 * (c - 1) + 99}-12-31", "year")]))

# Hijri years before the printed calendar.
for n in range(3):
    y = rng.randint(1200, 1330)
    surface = f"بين عامي {y} و{y + 2} هـ"
    out.append(case(f"حكم الإقليم {surface} قبل أن يغادره.", "ar", None,
                    [want(f"عامي {y} و{y + 2} هـ", "hijri", hijri_years(y, y + 2), "year", ["approximate"])]))
for c, words in [(2, "الثاني"), (4, "الرابع")]:
    surface = f"القرن {words} الهجري"
    out.append(case(f"تعود المخطوطة إلى {surface} حسب الخبراء.", "ar", None,
                    [want(surface, "hijri", hijri_century(c), "year", ["approximate"])]))

# A weekday and its day on و before the next weekday's whole date.
for n in range(4):
    y = rng.randint(2015, 2030)
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 12)
    d2 = d1 + rng.randint(5, 15)
    w1, w2 = dt.date(y, m, d1).weekday(), dt.date(y, m, d2).weekday()
    second = f"{AR_WEEKDAYS[w2]} {d2} {AR_GREG[m - 1]} {y}"
    text = f"حددت الجماعة يومي {AR_WEEKDAYS[w1]} {d1} و{second} موعدا لدورتها."
    out.append(case(text, "ar", None, [want(f"{AR_WEEKDAYS[w1]} {d1}", "gregorian", dt.date(y, m, d1).isoformat(), "day"),
                                       want(second, "gregorian", dt.date(y, m, d2).isoformat(), "day")]))

# A weekday and its day last in the text (nothing after the number): the nearest such day.
for n in range(3):
    ref = ref_day()
    d = rng.randint(1, 28)
    cands = [ref + k * DAY for k in range(-200, 201) if (ref + k * DAY).day == d]
    target = cands[rng.randint(0, len(cands) - 1)]
    best = min((c for c in cands if c.weekday() == target.weekday()), key=lambda c: (abs((c - ref).days), c > ref))
    surface = f"يوم {AR_WEEKDAYS[target.weekday()]} {d}"
    out.append(case(f"موعد الجلسة {surface}", "ar", ref.isoformat(), [want(surface, "relative", best.isoformat(), "day")]))

# A qualified weekday before a date; two such ends with no reference.
for n in range(4):
    ref = ref_day()
    target = ref + rng.randint(3, 12) * DAY
    w = target.weekday()
    surface = f"يوم {AR_WEEKDAYS[w]} المقبل {target.day} {AR_GREG[target.month - 1]}"
    flags = ["year_inferred"]
    out.append(case(f"تعقد الجلسة {surface} في مقر البلدية.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", target.isoformat(), "day", flags)]))
for n in range(3):
    y = rng.randint(2015, 2030)
    m = rng.randint(1, 11)
    d1 = rng.randint(1, 20)
    start = dt.date(y, m, d1)
    end = start + 7 * DAY
    ws, we = AR_WEEKDAYS[start.weekday()], AR_WEEKDAYS[end.weekday()]
    surface = (f"من يوم غد {ws} {start.day} {AR_GREG[start.month - 1]} الجاري حتى يوم {we} المقبل "
               f"{end.day} {AR_GREG[end.month - 1]}")
    out.append(case(f"أعلنت اللجنة إغلاق الأسواق اعتباراً {surface}.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{start.month:02d}-{start.day:02d}/XXXX-{end.month:02d}-{end.day:02d}",
                          "day", ["unresolved"])]))
out.append(case("يفتتح المعرض يوم الاثنين 13 من أبريل ويستمر حتى الأربعاء 15 منه.", "ar", None,
                [want("يوم الاثنين 13 من أبريل ويستمر حتى الأربعاء 15 منه", "gregorian", "XXXX-04-13/XXXX-04-15", "day",
                      ["unresolved"])]))

# Working hours and plural parts of the day: the clocks recur.
for n in range(6):
    ref = ref_day()
    h1, h2 = rng.randint(7, 10), rng.randint(12, 15)
    text = [f"أعلنت الأمانة أن ساعات دوام دائرة المسالخ ستبدأ الساعة {h1} صباحاً وحتى الساعة {h2 - 12} مساءً.",
            f"وسيكون توقيت تقديم هذه الخدمات من الساعة {h1}:00 إلى الساعة {h2}:00.",
            f"سيكون توقيت العمل بالإدارات العمومية من الساعة {h1}:30 إلى الساعة {h2}:00.",
            f"تا کنون ساعت کار بازارها صبح‌ها از ساعت {fa(h1)}:۳۰ تا {fa(h2)} تعیین شده بود.",
            f"بازارها بعد از ظهرها از ساعت {fa(h2 + 1)} تا {fa(h2 + 5)} باز هستند.",
            f"بازارها صبحها از ساعت {fa(h1)} تا {fa(h2)} فعالند."][n]
    out.append(case(text, "ar" if n < 3 else "fa", ref.isoformat(), []))
out.append(case("على النحو التالي .\n-ايام الاثنين والثلاثاء والاربعاء والخميس من الساعة الثامنة صباحا الى الساعة الثانية "
                "بعد الزوال .\n-يوم الجمعة من الساعة السابعة والنصف صباحا الى الساعة الواحدة بعد الزوال.", "ar",
                "2018-05-10", []))

# منتصف نهار before a day: the day.
for n in range(4):
    ref = ref_day()
    if n % 2:
        surface, value = "منتصف نهار اليوم", ref
    else:
        w = rng.randint(0, 6)
        ahead = (w - ref.weekday()) % 7 or 7
        surface, value = f"منتصف نهار {AR_WEEKDAYS[w]} المقبل", ref + ahead * DAY
    out.append(case(f"تعقد الجلسة {surface} في البرلمان.", "ar", ref.isoformat(),
                    [want(surface, "relative", value.isoformat(), "day")]))

# An age before بعد and a quote: no date.
for age in (79, 87):
    out.append(case(f'توفي عن عمر ناهز {age} عاما بعد "مسيرة من العطاء".', "ar", "2020-01-11", []))

# Visiting and opening hours, every day of the week, a clock after every week: no day.
for n in range(6):
    ref = ref_day()
    h1, h2 = rng.randint(8, 10), rng.randint(17, 20)
    text = [f"مواعيد زيارة المتحف من الساعة {h1}:30 صباحًا إلى الساعة {h2 - 12} مساءً عدا يوم الجمعة.",
            f"يستقبل المتحف زائريه طوال أيام الأسبوع من الساعة {h1} صباحاً وحتى الساعة {h2 - 12} مساءً.",
            f"يشهد المتحف فتحاً مسائياً يومي السبت والأربعاء من كل أسبوع من الساعة {h1} صباحاً وحتى الساعة {h2 - 12} مساءً.",
            f"ساعات بازدید از موزه از ساعت {fa(h1)} تا {fa(h2)} است.",
            f"مواعيد الفتح الرسمية من الساعة {h1} صباحا إلى الساعة {h2 - 12} مساء.",
            f"أوقات الزيارة في المستشفى من الساعة {h1} حتى الساعة {h2}."][n]
    out.append(case(text, "fa" if n == 3 else "ar", ref.isoformat(), []))

# Centuries before Christ counted down: no date; one after Christ stays.
out.append(case("كان يعتقد أنه تم شغله فقط في القرن الثامن – السادس قبل الميلاد، عندما وصل الفينيقيون.", "ar", None, []))
out.append(case("كان يعتقد أنه تم شغله في القرن الثامن عشر، عندما وصل التجار.", "ar", None,
                [want("القرن الثامن عشر", "gregorian", "1700-01-01/1799-12-31", "year")]))

# مذ, since, before a year.
for n in range(3):
    y = rng.randint(1950, 2020)
    out.append(case(f"مذ {y} وأنا أعمل في هذه المهنة.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))

# A year-less start before an end with its year, no reference.
for n in range(5):
    end = dt.date(rng.randint(2005, 2030), 1, 1) + rng.randint(0, 364) * DAY
    start = end - rng.randint(3, 40) * DAY
    verb = ["واستمر حتى", "وامتد إلى", "ويستمر حتى", "وتتواصل إلى", "واستمر إلى"][n]
    surface = f"{start.day} {AR_GREG[start.month - 1]} {verb} {end.day} {AR_GREG[end.month - 1]} {end.year}"
    out.append(case(f"انطلق المهرجان في {surface} في المدينة.", "ar", None,
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))

# Outlets named by a day in a dateline: no date; an agency's day stays.
out.append(case("تعلن الجامعة عن مؤتمرها\nعدن/ 14 أكتوبر:تحتضن جامعة عدن المؤتمر الدولي السادس.", "ar", None, []))
out.append(case("أخبار محلية\nالخرطوم / 14 أكتوبر / متابعات:\nأصدر رئيس مجلس السيادة قرارا.", "ar", None, []))
out.append(case("مرور العاصمة يصدر تعميما\n26 سبتمبر |صنعاء\nحددت إدارة المرور خطوط السير.", "ar", None, []))
out.append(case("مرور العاصمة يصدر تعميما\n21 سبتمبر || طقس:\nتوقع المركز هطول أمطار.", "ar", None, []))
out.append(case("طهران/ 4 تشرين الثاني /نوفمبر/إرنا- انطلقت مسيرات في المدن.", "ar", None,
                [want("4 تشرين الثاني /نوفمبر", "gregorian", "XXXX-11-04", "day", ["unresolved"])]))
out.append(case("وقال إن الاجتماع في 14 أكتوبر: موعد نهائي.", "ar", None,
                [want("14 أكتوبر", "gregorian", "XXXX-10-14", "day", ["unresolved"])]))

# صبيحة between a clock and its day.
for n in range(3):
    ref = ref_day()
    tomorrow = ref + DAY
    w = tomorrow.weekday()
    hh = rng.randint(5, 9)
    surface = f"الساعة {hh:02d}:00 من صبيحة يوم غد {AR_WEEKDAYS[w]}"
    out.append(case(f"تستمر الرياح القوية إلى غاية {surface}، على الولايات الشرقية.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(tomorrow, hh, 0, "Africa/Algiers"), "minute")], tz="Africa/Algiers"))

emit("forms of the hundred-and-thirty-first real-text sets: generated by tools/gen/cases_hundred_thirty_first_sets.py "
     "(oracles: datetime, convertdate, the Calendar Center's leap years)", out)
