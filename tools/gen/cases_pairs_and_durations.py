#!/usr/bin/python3
"""Writes tests/extract/cases/pairs_and_durations.jsonl: forms met in the
sixtieth real-text sets, generated across their families.

- Two days joined by و, the year written only after the second (يوم 14
  جوان و25 أكتوبر 2021, في 14 حزيران و 25 تشرين الأول 2021, در ۱۴ خرداد و
  ۲۵ مهر ۱۴۰۰, ۱۴ ژوئن و ۲۵ اکتبر ۲۰۲۱): the first is in that year, or in the
  year before when its month comes later (28 ديسمبر و3 يناير 2022); Arabic
  Gregorian months by their Egyptian/Gulf, Levantine and Maghrebi names,
  Jalali and Gregorian months in Persian, و written onto the number or
  apart, the three digit scripts, with a reference far from the year; a
  weekday before the first is checked against that year.
- Persian durations: به مدت, برای مدت or مدت, then a count and a unit with
  دیگر (به مدت یک سال دیگر تمدید شد, برای مدت دو هفته دیگر, مدت ۲ سال دیگر)
  are "N more units", no date; the same count and unit with دیگر after a
  verb's subject (دو هفته دیگر برگزار می‌شود) are the day that far ahead.
- A date that recurs every year (روز ۲۴ خرداد هر سال, يوم 14 يونيو من كل
  عام) with its twin in brackets after the words for every year: neither
  is a date; without those words the date and its twin are one day (the
  nearest to the reference).
- Persian در or تا written onto a day's ordinal (درنهم مرداد سال ۱۳۵۳, تااول
  مهر ۱۴۰۲): the date without the preposition; not on other words (دراول کار).
- رؤية (a vision) before a year names a plan (رؤية السعودية 2030): no year.
- A neighbourhood or quarter named by a date (کوی 22 بهمن, محله ۱۷ شهریور).
- A day "of it" (في 18 منه, الموافق 18 منه, لغاية 13 منه): of the month
  last written; with none before it, or after المادة (an article of a law),
  no date.
- A weekday glued by a dash to an ISO date and its clock (الخميس-2023-10-01
  03:54 pm); not a file name or a longer chain of numbers.
- An Arabic Gregorian month after إلى غاية, لغاية or حتى (إلى غاية أكتوبر),
  as after في; a month before a clock leaves the clock to the day after it.

Jalali days from convertdate's persian module, Gregorian days from datetime:
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_pairs_and_durations.py > tests/extract/cases/pairs_and_durations.jsonl"""
import datetime as dt
import random

from convertdate import persian
from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(60)
GREG_AR = {
    "egyptian": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "levantine": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                  "تشرين الثاني", "كانون الأول"],
    "maghrebi": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
}
GREG_FA = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]

out = []
# --- Two days joined by و, the year after the second.
AR_FRAMES = ["ستتبعها حملتان يوم {} بمناسبة اليوم الوطني.", "عقدت الجلستان في {} بمقر الوزارة.",
             "أجريت الانتخابات يومي {}، وفق البيان."]
FA_FRAMES = ["این دو نشست در {} برگزار شد.", "واکسیناسیون در دو نوبت {} انجام شد."]
ref = "2025-03-01"


def pair_days(days_in):
    """Two days of one year, the first's month not after the second's; or a
    December then a January of the year written (the first a year before)."""
    m1 = rng.randint(1, 12)
    m2 = rng.randint(m1, 12)
    return (m1, rng.randint(1, days_in(m1)), m2, rng.randint(1, days_in(m2)))


def greg_len(m):
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def jal_len(m):
    return 31 if m <= 6 else 30 if m <= 11 else 29


for k in range(18):
    variety = list(GREG_AR)[k % 3]
    names = GREG_AR[variety]
    sc = SCRIPTS[k % 3]
    y = rng.randint(2005, 2022)
    if k % 6 == 5:
        m1, d1, m2, d2 = 12, rng.randint(1, 31), 1, rng.randint(1, 31)
    else:
        m1, d1, m2, d2 = pair_days(greg_len)
    y1 = y - 1 if m1 > m2 else y
    glued = k % 2 == 0
    first = f"{sc(str(d1))} {names[m1 - 1]}"
    second = f"{sc(str(d2))} {names[m2 - 1]} {sc(str(y))}"
    text = AR_FRAMES[k % 3].format(first + (" و" if glued else " و ") + second)
    out.append(case(text, "ar", ref if k % 2 else None,
                    [want(first, "gregorian", dt.date(y1, m1, d1).isoformat(), "day", ["year_inferred"]),
                     want(second, "gregorian", dt.date(y, m2, d2).isoformat(), "day")]))
# With a weekday before the first: checked against the year found (weekdays
# from datetime).
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
for k in range(4):
    y = rng.randint(2010, 2022)
    m1, d1, m2, d2 = pair_days(greg_len)
    wd = dt.date(y, m1, d1).weekday()
    wrong = k % 2 == 1
    first = f"{WD[(wd + 1) % 7 if wrong else wd]} {d1} {GREG_AR['egyptian'][m1 - 1]}"
    second = f"{d2} {GREG_AR['egyptian'][m2 - 1]} {y}"
    flags = ["weekday_mismatch", "year_inferred"] if wrong else ["year_inferred"]
    out.append(case(f"تعقد الجلستان {first} و{second} في مقر المجلس.", "ar", ref,
                    [want(first, "gregorian", dt.date(y, m1, d1).isoformat(), "day", flags),
                     want(second, "gregorian", dt.date(y, m2, d2).isoformat(), "day")]))
for k in range(12):
    sc = SCRIPTS[k % 3]
    jal = k % 2 == 0
    if jal:
        y = rng.randint(1385, 1401)
        m1, d1, m2, d2 = (12, rng.randint(1, 29), 1, rng.randint(1, 31)) if k % 4 == 2 else pair_days(jal_len)
        y1 = y - 1 if m1 > m2 else y
        first, second = f"{sc(str(d1))} {JALALI[m1 - 1]}", f"{sc(str(d2))} {JALALI[m2 - 1]} {sc(str(y))}"
        e = [want(first, "jalali", jdate(y1, m1, d1).isoformat(), "day", ["year_inferred"]),
             want(second, "jalali", jdate(y, m2, d2).isoformat(), "day")]
    else:
        y = rng.randint(2005, 2022)
        m1, d1, m2, d2 = pair_days(greg_len)
        first, second = f"{sc(str(d1))} {GREG_FA[m1 - 1]}", f"{sc(str(d2))} {GREG_FA[m2 - 1]} {sc(str(y))}"
        e = [want(first, "gregorian", dt.date(y, m1, d1).isoformat(), "day", ["year_inferred"]),
             want(second, "gregorian", dt.date(y, m2, d2).isoformat(), "day")]
    out.append(case(FA_FRAMES[k % 2].format(first + " و " + second), "fa", ref, e))

# --- Persian durations with دیگر.
COUNTS = [("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4)]
UNITS = [("روز", 1), ("هفته", 7), ("ماه", 0), ("سال", 0)]
DUR = ["اعتبار این کارت‌ها {} تمدید می‌شود.", "این طرح {} ادامه خواهد داشت.", "قرارداد {} تمدید شد."]
for k in range(16):
    word, n = COUNTS[k % 4]
    unit, _ = UNITS[(k // 4) % 4]
    lead = ["به مدت", "برای مدت", "مدت", "به مدت"][k % 4]
    count = word if k % 3 else SCRIPTS[1 + k % 2](str(n))
    out.append(case(DUR[k % 3].format(f"{lead} {count} {unit} دیگر"), "fa", "2023-08-06", []))
# The same words as a point ahead: days and weeks from the reference, a year
# the same Jalali day a year on.
r = dt.date(2023, 8, 6)
for k, (word, n) in enumerate(COUNTS):
    for unit, days in UNITS[:2]:
        phrase = f"{word} {unit} دیگر"
        lead = "انتخابات " if k % 2 else "مرحله بعدی انتخابات "
        out.append(case(f"{lead}{phrase} برگزار خواهد شد.", "fa", "2023-08-06",
                        [want(phrase, "relative", (r + dt.timedelta(days=n * days)).isoformat(),
                              "day" if days == 1 else "week")]))
jy, jm, jd = persian.from_gregorian(2023, 8, 6)
out.append(case("انتخابات یک سال دیگر برگزار می‌شود.", "fa", "2023-08-06",
                [want("یک سال دیگر", "relative", jdate(jy + 1, jm, jd).isoformat(), "year")]))

# --- A date that recurs, its twin in brackets after the words for every year.
for k in range(8):
    jm = rng.randint(1, 10)  # 1402's months within half a year of the reference: the nearest is in 1402
    jd_ = rng.randint(1, jal_len(jm))
    g = jdate(1402, jm, jd_)
    sc = SCRIPTS[k % 3]
    jal = f"{sc(str(jd_))} {JALALI[jm - 1]}"
    if k % 2 == 0:
        greg = f"{sc(str(g.day))} {GREG_FA[g.month - 1]}"
        text = f"روز {jal} هر سال ({greg}) به نام روز ملی این رشته نامگذاری شده است."
        out.append(case(text, "fa", "2023-08-06", []))
        # Without هر سال: the day and its twin, one match.
        text2 = f"نشست روز {jal} ({greg}) برگزار می‌شود."
        out.append(case(text2, "fa", "2023-08-06", [want(f"{jal} ({greg})", "jalali", g.isoformat(), "day", ["year_inferred"])]))
    else:
        greg = f"{sc(str(g.day))} {GREG_AR['egyptian'][g.month - 1]}"
        text = f"يحتفل العالم يوم {greg} من كل عام ({jal}) باليوم العالمي."
        out.append(case(text, "ar", "2023-08-06", []))

# --- Persian در or تا written onto a day's ordinal.
ORD = ["اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم",
       "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"]
for k in range(10):
    d = rng.randint(1, 20)
    m = rng.randint(1, 12)
    y = rng.randint(1350, 1402)
    sc = SCRIPTS[k % 2 + (1 if k % 4 == 3 else 0)]
    prep = "در" if k % 3 else "تا"
    surface = f"{ORD[d - 1]} {JALALI[m - 1]} سال {sc(str(y))}"
    out.append(case(f"این سازمان {prep}{surface} تاسیس شد.", "fa", None,
                    [want(surface, "jalali", jdate(y, m, d).isoformat(), "day")]))
out.append(case("دراول کار با مشکلات زیادی روبرو بودیم.", "fa", "2023-08-06", []))

# --- A Gregorian month after إلى غاية, لغاية or حتى in Arabic: the month nearest
# the reference (2021-09-11: May to December are 2021's, January and February
# 2022's); not a Hijri month (حتى رمضان, a season's span) nor Persian تا (تا
# میزان: up to the amount).
UNTIL = ["إلى غاية", "لغاية", "حتى", "وحتى"]
for k in range(12):
    m = [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 10, 12][k]
    name = GREG_AR[list(GREG_AR)[k % 3]][m - 1]
    y = 2022 if m <= 2 else 2021
    text = f"الهدف هو تلقيح نصف السكان {UNTIL[k % 4]} {name}، حسب الوزارة."
    out.append(case(text, "ar", "2021-09-11", [want(name, "gregorian", f"{y}-{m:02}", "month", ["year_inferred"])]))
out.append(case("يستمر العمل بهذا النظام حتى رمضان.", "ar", "2021-09-11", []))
out.append(case("این طرح تا میزان مشخصی اجرا می‌شود.", "fa", "2021-09-11", []))
# A month before a clock does not keep it from the day after it.
out.append(case("تؤخر الشركة الإعلان حتى أكتوبر، إذ تعقد حدثا الساعة 18:00 بتوقيت جرينتش أي الساعة السابعة مساء "
                "بتوقيت القاهرة غدا الثلاثاء", "ar", "2020-09-14",
                [want("أكتوبر", "gregorian", "2020-10", "month", ["year_inferred"]),
                 want("الساعة 18:00 بتوقيت جرينتش", "relative", "2020-09-15T18:00+00:00", "minute"),
                 want("الساعة السابعة مساء بتوقيت القاهرة غدا الثلاثاء", "relative", "2020-09-15T19:00+02:00", "minute")]))

# --- A neighbourhood or quarter named by a date (کوی 22 بهمن, محله ۱۷ شهریور):
# a place, no date; the day named after it in its sentence still is one.
for k in range(6):
    d, m = [(22, 11), (17, 6), (15, 3), (13, 8), (9, 9), (28, 5)][k]
    sc = SCRIPTS[k % 3]
    place = ["کوی", "محله"][k % 2]
    text = f"جریان گاز {place} {sc(str(d))} {JALALI[m - 1]} روز دوشنبه ۷ آبان ۱۳۹۷ قطع می‌شود."
    out.append(case(text, "fa", "2018-10-29",
                    [want("روز دوشنبه ۷ آبان ۱۳۹۷", "jalali", jdate(1397, 8, 7).isoformat(), "day")]))

# --- A weekday glued by a dash to an ISO date, a page's stamp (الخميس-2023-10-01
# 03:54 pm): the date and its clock; the weekday right (from datetime).
WD_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WD_FA = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
for k in range(6):
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
    h, mi = rng.randint(1, 11), rng.randint(0, 59)
    pm = k % 2 == 0
    fa = k >= 4
    sc = SCRIPTS[k % 3] if not fa else SCRIPTS[0]
    stamp = f"{(WD_FA if fa else WD_AR)[day.weekday()]}-{sc(day.isoformat())} {sc(f'{h:02}:{mi:02}')} {'pm' if pm else 'am'}"
    hh = h + 12 if pm else h
    off = "+03:30" if fa else "+03:00"
    out.append(case(f"الرئيسية / أخبار محلية / {stamp}\nنص الخبر" if not fa else f"صفحه اصلی / {stamp}\nمتن خبر",
                    "fa" if fa else "ar", None,
                    [want(stamp, "gregorian", f"{day.isoformat()}T{hh:02}:{mi:02}{off}", "minute")],
                    tz=None if fa else "Asia/Riyadh"))
for text in ["IMG-2023-10-01.jpg", "5-2023-10-01"]:
    out.append(case(text, "ar", None, []))

# --- A day "of it" (منه), of the month last written: the engine's same month.
for k in range(8):
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    d1 = rng.randint(1, 10)
    d2 = rng.randint(d1 + 8, 28)
    names = GREG_AR[list(GREG_AR)[k % 3]]
    sc = SCRIPTS[k % 3]
    first = f"{sc(str(d1))} {names[m - 1]} {sc(str(y))}"
    lead = ["في", "الموافق", "يوم", "لغاية"][k % 4]
    second = f"{sc(str(d2))} منه"
    text = f"أعلنت الوزارة في {first} عن حملة وطنية، على أن تعقد الجلسة الختامية {lead} {second}."
    out.append(case(text, "ar", "2025-06-01",
                    [want(first, "gregorian", dt.date(y, m, d1).isoformat(), "day"),
                     want(second, "gregorian", dt.date(y, m, d2).isoformat(), "day", ["year_inferred"])]))
out.append(case("صدر القانون في 5 يونيو 2023 وتنص المادة 21 منه على العقوبات.", "ar", "2025-06-01",
                [want("5 يونيو 2023", "gregorian", "2023-06-05", "day")]))
out.append(case("وتستمر الحملة حتى 13 منه.", "ar", "2025-06-01", []))

# --- A vision's year.
for k, text in enumerate(["أحد برامج رؤية السعودية {}.", "في إطار رؤية مصر {}", "تماشيا مع رؤية {} الطموحة"]):
    out.append(case(text.format(SCRIPTS[k](str(2030))), "ar", "2025-08-22", []))

emit("Forms of the sixtieth real-text sets, generated across their families by tools/gen/cases_pairs_and_durations.py "
     "(its docstring lists them): two days joined by و with the year after the second; Persian durations with دیگر "
     "after مدت, and the same words as a point ahead; a recurring date's twin in brackets; در or تا written onto a "
     "day's ordinal; a vision's year; a month after إلى غاية, لغاية, حتى. Jalali days from convertdate, Gregorian days from datetime.", out)
