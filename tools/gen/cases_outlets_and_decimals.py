#!/usr/bin/python3
"""Writes tests/extract/cases/outlets_and_decimals.jsonl: forms met in the
sixty-second real-text sets (weather, storms and floods), generated across
their families.

- A place and "today" (مصر اليوم, العراق اليوم, سوريا اليوم), which also name
  news outlets: in running text they are the place and today (تحتفل سوريا
  اليوم, في العراق اليوم رفع, إلى الأردن اليوم، قادما); as a dateline or a
  credit they are the outlet, no date: at a line's start, after a dash or a
  quote or a bracket, after a word for a site or an agency (موقع, وكالة),
  after لـ written apart, after the source words عن and از (نقلا عن, به نقل
  از), or before a dash or a line's end.
- Two temperatures written with a colon (من 23:24 درجة, ۲۳:۲۵ درجه): no clock;
  after الساعة the same figures are one.
- A weekday before a decimal with a comma or the Arabic decimal separator
  (يوم الإثنين 17,24 متر, ١٧٫٢٤): the weekday alone, not a day number.
- Day/month pairs from one to another whose second has its year (من 20/09
  إلى 25/09/2025م, من 20/ 09 إلى 25/ 09 /2025م, از ۲۰/۰۶ تا ۲۵/۰۶/۱۴۰۴): one
  range in that year, or from the year before when the first month comes
  later (من 28/12 إلى 3/1/2025).
- From the sixty-third sets (exams, admissions and recruitment): a Persian
  year of the Solar Hijri centuries after a law's old date near the top,
  which the page's day is taken from (مصوب ۲۵/۱۱/۱۳۱۵ … تا سال ۱۳۷۲), is
  still Jalali; a year before a closing markdown star (سال 1396*) is a
  year, a product (5*3) no date; an Arabic hour with a minute or two named
  by the singular or the dual alone (الساعة الثانية عشرة ودقيقة صباحا,
  العاشرة ودقيقتان مساء); a range whose first day is given after its
  weekday by به تاریخ or الموافق (از روز چهارشنبه به تاریخ ۱۴ تا روز یکشنبه
  ۱۸ شهریور, من يوم الأربعاء الموافق 11 إلى يوم الأحد 15 سبتمبر 2024).
- A table's cells run together by scraping, a date's year glued to the
  next date's day (درخواست انتقال۰۱/۰۳/۱۴۰۳۱۵/۰۳/۱۴۰۳): two dates; six digits
  that are no year and day (۰۱/۰۳/۱۲۳۴۵۶/۰۳) no date.
- From the sixty-fourth sets (municipal services): a closing quote after a
  name does not make the date after it a title (ووفق "تلفزيون سوريا" اليوم
  الخميس); a date inside quotes right after a title word still is (برنامج
  «مساء الخميس»).
- A short Persian sentence with no letter only Persian writes (ساعت هشت صبح
  روز جمعه.): Persian all the same, its hour in words read with its day;
  جمعه, folded, is also Arabic's bare جمعة, a mark of neither language.

Days from datetime and convertdate's persian module: nothing here is read
from taqvim. Run from the project root:
tools/gen/cases_outlets_and_decimals.py > tests/extract/cases/outlets_and_decimals.jsonl"""
import datetime as dt
import random

from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(62)
out = []

# --- A place and today.
PLACES = ["مصر", "العراق", "سوريا", "الأردن", "لبنان", "السودان", "المغرب", "الجزائر", "تونس", "ليبيا", "فلسطين",
          "اليمن", "الكويت", "قطر", "السعودية", "عمان", "بغداد", "روسيا"]
RUNNING = ["أعلنت السلطات في {} اليوم عن قرار جديد بشأن الدراسة.", "تحتفل {} اليوم بالذكرى السنوية للاستقلال.",
           "وصل الوفد إلى {} اليوم، قادما من الدوحة.", "قررت الحكومة في {} اليوم تعليق الدوام بسبب الأمطار.",
           "تشهد {} اليوم أمطارا غزيرة."]
CREDIT = ["القاهرة - {} اليوم\nأعلنت الوزارة عن قرار جديد بشأن الدراسة.",
          "وقال مصدر لـ\"{} اليوم\"، إن القرار نهائي.", "ذكر موقع {} اليوم أن القرار نهائي.",
          "نقلت وكالة {} اليوم عن مصدر أن القرار نهائي.", "نقلا عن {} اليوم، فإن القرار نهائي.",
          "وفي حديث لـ {} اليوم، قال المسؤول إن القرار نهائي.", "{} اليوم -\nأعلنت الوزارة عن قرار جديد.",
          "أفادت قناة ({} اليوم) بأن القرار نهائي."]
for k, place in enumerate(PLACES):
    ref = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    text = RUNNING[k % len(RUNNING)].format(place)
    out.append(case(text, "ar", ref.isoformat(), [want("اليوم", "relative", ref.isoformat(), "day")]))
    for frame in (CREDIT[k % len(CREDIT)], CREDIT[(k + 3) % len(CREDIT)]):
        out.append(case(frame.format(place), "ar", ref.isoformat(), []))
# Persian text quotes an Arabic outlet by its name.
for place in ("روسیا", "مصر", "العراق"):
    out.append(case(f"به گزارش ایلنا به نقل از {place} الیوم، ارزیابی‌های اولیه نشان می‌دهد که خسارت زیاد است.", "fa",
                    "2025-09-09", []))

# --- Two temperatures with a colon.
TEMP_AR = ["تسجل درجات الحرارة العظمى في القاهرة الكبرى من {} درجة حتى نهاية الأسبوع.",
           "تتراوح العظمى بين {} درجات مئوية.", "الحرارة المتوقعة غدا {} درجة."]
TEMP_FA = ["دمای هوای تهران فردا {} درجه خواهد بود.", "دمای هوا بین {} درجه است."]
TOMORROW = {"غدا": "ar", "فردا": "fa"}
for k in range(12):
    a = rng.randrange(14, 22)
    pair = f"{a}:{a + rng.randrange(1, 3)}"
    script = SCRIPTS[k % 3]
    lang = "fa" if k % 4 == 3 else "ar"
    text = (TEMP_FA[k % 2] if lang == "fa" else TEMP_AR[k % 3]).format(script(pair))
    # Tomorrow, when the sentence says it, is a day; the temperatures are no clock.
    expect = [want(w, "relative", "2025-11-29", "day") for w in TOMORROW if w in text.split()]
    out.append(case(text, lang, "2025-11-28", expect))
# A clock with الساعة before the same figures, a degree word after: a clock.
for k in range(3):
    h, m = 20 + k, 10 + k
    clock = SCRIPTS[k](f"{h}:{m}")
    out.append(case(f"تبدأ النشرة الساعة {clock} درجة الحرارة فيها مرتفعة.", "ar", "2025-11-28",
                    [want(f"الساعة {clock}", "relative", f"2025-11-28T{h}:{m}+03:00", "minute")], tz="Asia/Riyadh"))

# --- A weekday before a decimal.
WEEKDAYS_AR = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Monday first, as datetime


def nearest(ref, weekday):
    ahead = (weekday - ref.weekday()) % 7
    return ref + dt.timedelta(days=ahead) if ahead <= 3 else ref - dt.timedelta(days=7 - ahead)


for k in range(14):
    ref = dt.date(2013, 8, 1) + dt.timedelta(days=rng.randrange(400))
    wd = k % 7
    a, b = rng.randrange(11, 29), rng.randrange(10, 99)
    sep = [",", "٫", ","][k % 3]
    number = SCRIPTS[2](f"{a}") + sep + SCRIPTS[2](f"{b}") if sep == "٫" else SCRIPTS[k % 2](f"{a},{b}")
    text = f"بينما سجل منسوب النيل يوم {WEEKDAYS_AR[wd]} {number} متر، واقترب من فيضان عام 1946."
    out.append(case(text, "ar", ref.isoformat(), [
        want(f"يوم {WEEKDAYS_AR[wd]}", "relative", nearest(ref, wd).isoformat(), "day"),
        want("عام 1946", "gregorian", "1946", "year")]))

# --- Day/month pairs, the second with its year.
TO_AR = ["إلى", "حتى", "لغاية"]
for k in range(15):
    y = 2020 + k % 7
    first = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 25))
    last = first + dt.timedelta(days=rng.randrange(1, 40))
    if k % 5 == 4:  # across the year's end: the first in the year before
        first, last = dt.date(y - 1, 12, 20 + k % 9), dt.date(y, 1, 1 + k % 5)
    sep = "-" if k % 4 == 1 else "/"
    blank = " " if k % 4 == 2 else ""  # 20/ 09 إلى 25/ 09 /2025
    d2 = lambda d: f"{d.day:02d}" if k % 2 else str(d.day)
    m2 = lambda d: f"{d.month:02d}" if k % 2 else str(d.month)
    script = SCRIPTS[k % 3]
    one = script(f"{d2(first)}{sep}{blank}{m2(first)}")
    two = script(f"{d2(last)}{sep}{blank}{m2(last)}{blank}{sep}{last.year}") + ("م" if k % 3 == 0 else "")
    surface = f"من {one} {TO_AR[k % 3]} {two}"
    out.append(case(f"تتوقع الأرصاد أمطارا رعدية {surface} على عدد من المناطق.", "ar", "2019-06-01",
                    [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day")]))
# Persian, Jalali years: day first.
for k in range(6):
    jy, jm, jd = 1400 + k, 1 + (k * 2) % 12, 3 + k
    jd2 = jd + 5 + k
    script = SCRIPTS[1 if k % 2 else 0]
    surface = f"از {script(f'{jd:02d}/{jm:02d}')} تا {script(f'{jd2:02d}/{jm:02d}/{jy}')}"
    value = f"{jdate(jy, jm, jd).isoformat()}/{jdate(jy, jm, jd2).isoformat()}"
    out.append(case(f"طرح ترافیکی {surface} اجرا می‌شود.", "fa", "2023-08-06",
                    [want(surface, "jalali", value, "day", ["calendar_guessed"])]))

# --- Short Persian sentences: an hour in words, then روز and the weekday.
HOURS_FA = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده"]
WEEKDAYS_FA = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Monday first, as datetime
for k in range(14):
    ref = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
    h, wd = 1 + k % 11, k % 7 if k < 7 else 4  # Friday most: the word both languages fold alike
    day = nearest(ref, wd)
    surface = f"ساعت {HOURS_FA[h - 1]} صبح روز {WEEKDAYS_FA[wd]}"
    text = f"مراسم {surface}." if k % 2 else f"{surface}."
    c = case(text, "fa", ref.isoformat(), [want(surface, "relative", f"{day.isoformat()}T{h:02d}:00+03:30", "minute")])
    if k % 3:
        del c["lang"]  # the text's own words decide
    out.append(c)

# --- A Persian year after an old date near the top.
for k in range(6):
    oy, om, od = 1300 + 3 * k, 1 + k, 10 + k
    y = 1360 + 7 * k
    old_date = SCRIPTS[k % 2](f"{od}/{om}/{oy}")
    year = SCRIPTS[(k + 1) % 2](str(y))
    text = f"ماده ۱۸ قانون مصوب {old_date} است. این وضعیت تا سال {year} ادامه داشت."
    span = f"{jdate(y, 1, 1).isoformat()}/{(jdate(y + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}"
    out.append(case(text, "fa", None, [want(old_date, "jalali", jdate(oy, om, od).isoformat(), "day", ["calendar_guessed"]),
                                       want(f"سال {year}", "jalali", span, "year", ["calendar_guessed"])]))
# --- A year before a closing markdown star; a product is no date.
for k, y in enumerate((1396, 1401, 1403)):
    year = SCRIPTS[k % 2](str(y))
    span = f"{jdate(y, 1, 1).isoformat()}/{(jdate(y + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}"
    out.append(case(f"*اطلاعيه سازمان سنجش درباره آزمون سراسري سال {year}*", "fa", None,
                    [want(f"سال {year}", "jalali", span, "year", ["calendar_guessed"])]))
    out.append(case(f"حاصل ضرب {SCRIPTS[k % 2]('1396*' + str(k + 2))} را حساب کنید.", "fa", None, []))
# --- An Arabic hour with one or two minutes named alone.
ONE_TWO = [("ودقيقة", 1), ("ودقيقتان", 2), ("ودقيقتين", 2)]
HOURS_AR = ["الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
            "العاشرة", "الحادية عشرة", "الثانية عشرة"]
for k in range(12):
    h = 1 + k
    word, minutes = ONE_TWO[k % 3]
    part, hour24 = ("صباحا", h % 12) if k % 2 else ("مساء", h % 12 + 12)
    surface = f"الساعة {HOURS_AR[h - 1]} {word} {part}"
    out.append(case(f"انطلقت القافلة {surface} من أمام المبنى.", "ar", "2024-03-01",
                    [want(surface, "relative", f"2024-03-01T{hour24:02d}:{minutes:02d}+03:00", "minute")],
                    tz="Asia/Kuwait"))

# --- A range whose first day is "dated" after its weekday.
WD_FA = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Monday first, as datetime
WD_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREG_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
for k in range(8):
    if k % 2 == 0:
        jy, jm, d1 = 1403, 1 + k, 3 + k
        d2 = d1 + 4
        first, last = jdate(jy, jm, d1), jdate(jy, jm, d2)
        ref = first - dt.timedelta(days=10)
        day = "روز " if k % 4 == 0 else ""
        surface = (f"از {day}{WD_FA[first.weekday()]} به تاریخ {SCRIPTS[k % 3](str(d1))} تا {day}{WD_FA[last.weekday()]} "
                   f"{SCRIPTS[k % 3](str(d2))} {JALALI[jm - 1]}")
        out.append(case(f"ثبت نام {surface} انجام می‌شود.", "fa", ref.isoformat(),
                        [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "day", ["year_inferred"])]))
    else:
        first = dt.date(2024, k, 5 + k)
        last = first + dt.timedelta(days=4)
        surface = (f"من يوم {WD_AR[first.weekday()]} الموافق {SCRIPTS[k % 3](str(first.day))} إلى يوم "
                   f"{WD_AR[last.weekday()]} {SCRIPTS[k % 3](str(last.day))} {GREG_AR[last.month - 1]} {SCRIPTS[k % 3]('2024')}")
        out.append(case(f"يستمر التسجيل {surface} عبر المنصة.", "ar", "2024-01-01",
                        [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day")]))

# --- Table cells glued: a year, then the next date's day.
LABELS = ["درخواست انتقال", "انتخاب واحد توسط دانشجویان", "امتحانات میان ترم", "ثبت نام"]
for k in range(9):
    script = SCRIPTS[k % 3]
    if k % 3 == 2:  # Gregorian, in an Arabic table
        y = 2024
        a = dt.date(y, 1 + k, 2 + k)
        b = a + dt.timedelta(days=5 + k)
        one, two = script(f"{a.day:02d}/{a.month:02d}/{y}"), script(f"{b.day:02d}/{b.month:02d}/{y}")
        out.append(case(f"الفعاليةتاريخ البدايةتاريخ النهاية\nالتسجيل{one}{two}\n", "ar", None,
                        [want(one, "gregorian", a.isoformat(), "day"), want(two, "gregorian", b.isoformat(), "day")]))
        continue
    jy, jm, d1 = 1403, 1 + k, 1 + 2 * k
    d2 = d1 + 12
    one, two = script(f"{d1:02d}/{jm:02d}/{jy}"), script(f"{d2:02d}/{jm:02d}/{jy}")
    out.append(case(f"رویدادتاریخ شروعتاریخ پایان\n{LABELS[k % 4]}{one}{two}\n", "fa", None,
                    [want(one, "jalali", jdate(jy, jm, d1).isoformat(), "day", ["calendar_guessed"]),
                     want(two, "jalali", jdate(jy, jm, d2).isoformat(), "day", ["calendar_guessed"])]))
out.append(case("کد رهگیری ۰۱/۰۳/۱۲۳۴۵۶/۰۳ ثبت شد.", "fa", None, []))

# --- A closing quote before a date; an opening one after a title word.
NAMES = ['"تلفزيون سوريا"', '«قناة العربية»', '"صحيفة الرياض"', '«برنامج الصباح»']
for k in range(8):
    ref = dt.date(2025, 10, 1) + dt.timedelta(days=k)
    wd = ref.weekday()
    surface = f"اليوم {WEEKDAYS_AR[wd]}"
    out.append(case(f"ووفق {NAMES[k % 4]} {surface}، ينص القرار على تحديد أوقات الفتح.", "ar", ref.isoformat(),
                    [want(surface, "relative", ref.isoformat(), "day")]))
for title in ('برنامج «مساء الخميس» يعرض على القناة.', 'مسلسل "ليلة الجمعة" يعرض قريبا.'):
    out.append(case(title, "ar", "2025-10-01", []))

emit("generated by tools/gen/cases_outlets_and_decimals.py (datetime and convertdate's persian module); do not edit",
     out)
