#!/usr/bin/python3
"""Writes tests/extract/cases/seventy_seventh_sets.jsonl: forms met in the
seventy-seventh and seventy-eighth real-text sets (universities and research;
society and family) and in the older sets' misses, generated across their
families.

- The Nth of a month's days (ثاني أيام شهر رمضان, عاشر أيام محرم, ثالث أيام
  العام 2024, دومین روز فروردین ۱۴۰۳): day N of the month or year.
- A country or city between a month, a day or a holiday and its year word
  (فاتح شهر رمضان المعظم بالمغرب، لعام 1445 هـ, أول أيام شهر رمضان في مصر
  لسنة 1446 هجرية, عيد فطر در افغانستان سال ۱۴۰۳): the day in that year.
- A day without its year in a text with neither a reference nor a
  publication line (۱۶ تا ۲۲ مهرماه ۱۴۰۱ … ۱۸ مهر: كودك، رسانه; در روزهای
  پنجشنبه و جمعه ۲۹ و ۳۰ تیر … سال ۹۶): the year of the nearest date written
  with its year in its calendar, before it within about a kilobyte, else
  after it within half that, when the day is said as one (its weekday, a
  line's start, در/از/تا/روز/في before it) and its weekday, if written,
  agrees. Negatives: a weekday that disagrees, names in a list of streets,
  a day named for what it marks (۱۶ حمل را روز بیعت), a named day (نوروز),
  and a Gregorian day, which stays XXXX-MM-DD as the evaluation's rules say.
- Whole months from the first day of one to the last of another (من أول
  يوليو حتى آخر سبتمبر 2023, از اول فروردین تا آخر خرداد, اول حمل الی آخر
  سنبله): first day to last day.
- لهذا الشهر, لهذا الأسبوع (ل written onto هذا); not لهذا الشهر الفضيل.
- An Arabic day in cardinal words after الموافق, بتاريخ or a range's من/إلى
  (الموافق واحد وثلاثين يوليو / تموز 2020); not after و in a list of names
  (ساحة ٥٥ و واحد أيار).
- Centuries two at a time (القرنين الثاني والثالث الميلادي, القرنين 18 و19,
  قرن ۳ تا ۶ میلادی, قرن‌های ۱۸ و ۱۹ میلادی): the first's first year to the
  second's last, in the calendar named after both; a century's twin in
  brackets or after a slash (القرن العاشر الهجري (السادس عشر الميلادي)):
  one span, the Gregorian century's years. Negatives: قرن هشتم ق.م (before
  Christ, not the lunar ق), القرن الخامس قبل الميلاد.
- A holiday's year with its twin in the other calendar after a slash (عيد
  الأضحى لسنة 2008/1429 ه, عيد الفطر 1445هـ/2024م): one match.
- A Hijri twin without its year beside a date with one (الأحد 15 فبراير 2026
  الموافق 27 شعبان, 27 شعبان 1447 (15 فبراير)): the year that makes them one day.
- A comma, then the year word (۲۶ بهمن، سال ۱۳۹۸, غرة شهر رمضان، لعام 1445 هجريًا).
- Negatives: the days around a named day (همزمان با ایام شهادت حضرت فاطمه),
  and one on its anniversary every year (هر سال در سالروز شهادت امام رضا).
- Negatives: العام after a noun with its article, then a count (قانون العفو
  العام 290 نزيلا); counts of units after کمتر از, بیش از, به مدت, or with
  هم after them (دو روز دیگر هم); a file's name (WhatsApp Image 2025-03-27
  at 15.40.15.jpg).
- Persian: هجری alone after a year of 1300-1420 is the Solar Hijri year
  (سال ۱۳۹۵ هجری); a statute's dates from 1386
  to 1398 after its first, which dates the text, are Solar Hijri all, and
  so is سال ۱۳۵۷ in a story whose first date is 30 Tir 1331 (a year up to
  thirty past the one judged at, its lunar reading more than a decade
  gone); the misspelling فرودین.
- From a month's first day to a day written whole (اردیبهشت ۱۳۳۰ تا ۲۸ مرداد
  ۱۳۳۲, من يناير 2020 حتى 15 مارس 2021).
- A byline's Latin name glued to the day (Laouar13 يناير 2024; not a code's
  letters: A320).
- Negatives: weekdays after "every week" (أسبوعياً من الأحد إلى الخميس).
- Negatives: a copyright's years (© ۲۰۰۱-۲۰۲۴), a form's empty date
  (29/12/0000).
- Negatives: other words between them (وقفة عرفة في الحكومة الاتحادية
  للعام 1444هـ), and this year's name (لهذا العام 2023), keep the year apart.

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic from datetime: nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_seventy_seventh_sets.py > tests/extract/cases/seventy_seventh_sets.jsonl"""
import datetime as dt
import random

from case_form import SCRIPTS, case, emit, jdate, umm_al_qura, want

rng = random.Random(77)
out = []

UQ = umm_al_qura()

AR_HIJRI = {1: "محرم", 3: "ربيع الأول", 7: "رجب", 8: "شعبان", 9: "رمضان", 10: "شوال", 12: "ذو الحجة"}
# Ordinals of a day, masculine as before أيام: (N, word).
AR_NTH = [(2, "ثاني"), (3, "ثالث"), (4, "رابع"), (5, "خامس"), (6, "سادس"), (7, "سابع"), (10, "عاشر")]
FA_NTH = [(2, "دومین"), (3, "سومین"), (4, "چهارمین"), (5, "پنجمین"), (10, "دهمین")]
FA_JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AR_PLACES = ["في مصر", "في تونس", "بالمغرب", "في المغرب", "بالمملكة", "في الجزائر", "في المملكة العربية السعودية",
             "في الأردن", "في العراق", "بالكويت"]

# Arabic: the Nth of a Hijri month's days, with its year or from the reference.
for n in range(28):
    hy = rng.randint(1436, 1447)
    hm = list(AR_HIJRI)[n % len(AR_HIJRI)]
    nth, word = AR_NTH[n % len(AR_NTH)]
    day = UQ[(hy, hm)] + dt.timedelta(days=nth - 1)
    month = AR_HIJRI[hm]
    month_words = f"شهر {month}" if n % 2 == 0 else month
    if n % 3 == 0:
        year = SCRIPTS[n % 3](str(hy))
        surface = f"{word} أيام {month_words} {year} {['هـ', 'هجرية', 'للهجرة'][n % 3]}"
        out.append(case(f"يصادف {surface} ذكرى تأسيس الجمعية.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))
    else:
        # A reference a few days before the month: its nearest such month.
        ref = UQ[(hy, hm)] - dt.timedelta(days=rng.randint(3, 12))
        surface = f"{word} أيام {month_words}"
        out.append(case(f"تنطلق القافلة في {surface} نحو القرى.", "ar", ref.isoformat(),
                        [want(surface, "hijri", day.isoformat(), "day", ["year_inferred"])]))

# Arabic: the Nth of a year's days; Persian: the Nth day of a Jalali month.
for n in range(8):
    gy = rng.randint(2015, 2027)
    nth, word = AR_NTH[n % len(AR_NTH)]
    surface = f"{word} أيام العام {SCRIPTS[n % 3](str(gy))}"
    out.append(case(f"افتتح المعرض في {surface} بحضور الوزير.", "ar", None,
                    [want(surface, "gregorian", (dt.date(gy, 1, 1) + dt.timedelta(days=nth - 1)).isoformat(), "day")]))
for n in range(10):
    jy = rng.randint(1395, 1405)
    jm = rng.randint(1, 12)
    nth, word = FA_NTH[n % len(FA_NTH)]
    surface = f"{word} روز {FA_JALALI[jm - 1]}{' ماه' if n % 2 else ''} {SCRIPTS[n % 2 + 1](str(jy))}"
    out.append(case(f"این جشنواره در {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, nth).isoformat(), "day")]))

# Arabic: a place between a Hijri month's first day or a holiday and its year word.
for n in range(20):
    hy = rng.randint(1436, 1447)
    place = AR_PLACES[n % len(AR_PLACES)]
    comma = "،" if n % 4 == 1 else ""
    year_word = ["لعام", "لسنة", "للعام", "عام"][n % 4]
    era = ["هـ", "هجرية", " هـ", "هـ"][n % 4]
    year = SCRIPTS[n % 3](str(hy))
    if n % 2 == 0:
        head, day = ("فاتح شهر رمضان المعظم", UQ[(hy, 9)]) if n % 4 == 0 else ("أول أيام شهر رمضان المبارك", UQ[(hy, 9)])
    else:
        head, day = ("عيد الفطر", UQ[(hy, 10)]) if n % 4 == 1 else ("غرة شهر شوال", UQ[(hy, 10)])
    surface = f"{head} {place}{comma} {year_word} {year} {era}".replace("  ", " ")
    out.append(case(f"أعلنت الجهات المختصة أن {surface} يحل وفق الحسابات الفلكية.", "ar", None,
                    [want(surface, "hijri", day.isoformat(), "day")]))
# Persian: the same with در and سال (days of the solar year; Persian text
# reads a lunar date by Iran's own calendar, which the table above is not).
for n, (head, place) in enumerate([("شب یلدا", "در تهران"), ("نوروز", "در کابل"), ("نوروز", "در هرات"),
                                   ("شب یلدا", "در شیراز")]):
    jy = 1396 + 2 * n
    month, day = (9, 30) if "یلدا" in head else (1, 1)
    surface = f"{head} {place} سال {SCRIPTS[1 + n % 2](str(jy))}"
    out.append(case(f"مراسم {surface} با حضور مردم برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, month, day).isoformat(), "day")]))

# Negatives: the year named apart.
out.append(case("عطلة عيد الأضحى المبارك ووقفة عرفة في الحكومة الاتحادية للعام 1444هـ", "ar", "2023-06-01",
                [want("عيد الأضحى المبارك", "hijri", (UQ[(1444, 12)] + dt.timedelta(days=9)).isoformat(), "day",
                      ["year_inferred"]),
                 want("وقفة عرفة", "hijri", (UQ[(1444, 12)] + dt.timedelta(days=8)).isoformat(), "day", ["year_inferred"]),
                 want("للعام 1444هـ", "hijri", f"{UQ[(1444, 1)].isoformat()}/{(UQ[(1445, 1)] - dt.timedelta(days=1)).isoformat()}",
                      "year")]))

# A day without its year in a text of no reference: the nearest written year.
# Each text opens with a paragraph of no date longer than the part of a text
# where a date is read as its publication line (600 bytes), so the text has
# no reference at all.
FA_LEAD = "گزارش‌ها از برگزاری این رویداد در شهرهای مختلف کشور حکایت دارد و مسئولان بر اهمیت آن تأکید کرده‌اند.\n" * 4
AR_LEAD = "تشير التقارير إلى تنظيم هذا الحدث في مختلف مدن البلاد ويؤكد المسؤولون أهميته للمجتمع المحلي.\n" * 4
FA_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Monday first, as date.weekday()
for n in range(16):
    jy = rng.randint(1390, 1404)
    jm = rng.randint(1, 12)
    d1 = rng.randint(1, 20)
    digits = SCRIPTS[1 + n % 2]
    if n % 4 == 0:
        # a week's title, then its days at the lines' starts
        title = f"{digits(str(d1))} تا {digits(str(d1 + 6))} {FA_JALALI[jm - 1]}ماه {digits(str(jy))}"
        lines = [f"{digits(str(d1 + k))} {FA_JALALI[jm - 1]}: برنامه روز {k + 1}" for k in (1, 3)]
        text = f"{title}، هفته ملی\n\n" + "\n\n".join(lines)
        wants = [want(title, "jalali", f"{jdate(jy, jm, d1).isoformat()}/{jdate(jy, jm, d1 + 6).isoformat()}", "day")]
        wants += [want(f"{digits(str(d1 + k))} {FA_JALALI[jm - 1]}", "jalali", jdate(jy, jm, d1 + k).isoformat(), "day",
                       ["year_inferred"]) for k in (1, 3)]
        out.append(case(text, "fa", None, wants))
    elif n % 4 == 1:
        # the year after the day, in the next sentence
        day = jdate(jy, jm, d1)
        wd = FA_WEEKDAYS[day.weekday()]
        surface = f"روز {wd} {digits(str(d1))} {FA_JALALI[jm - 1]}"
        year = f"سال {digits(str(jy))}"
        out.append(case(FA_LEAD + f"المپیاد در {surface} برگزار شد. داوطلبان آزمون {year} شرکت کردند.", "fa", None,
                        [want(surface, "jalali", day.isoformat(), "day", ["year_inferred"]),
                         want(year, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}",
                              "year", ["calendar_guessed"])]))
    elif n % 4 == 2:
        # a dated sentence, then a day of another month after در
        jm2 = jm % 12 + 1 if jm < 12 else 12
        first = f"{digits(str(d1))} {FA_JALALI[jm - 1]} {digits(str(jy))}"
        second = f"{digits(str(d1 + 3))} {FA_JALALI[jm2 - 1]}"
        out.append(case(FA_LEAD + f"ثبت‌نام از {first} آغاز شد و آزمون در {second} برگزار می‌شود.", "fa", None,
                        [want(first, "jalali", jdate(jy, jm, d1).isoformat(), "day"),
                         want(second, "jalali", jdate(jy, jm2, d1 + 3).isoformat(), "day", ["year_inferred"])]))
    else:
        # a weekday that disagrees with the year found: no day
        day = jdate(jy, jm, d1)
        wd = FA_WEEKDAYS[(day.weekday() + 2) % 7]
        first = f"{digits(str(d1))} {FA_JALALI[jm - 1]} {digits(str(jy))}"
        out.append(case(FA_LEAD + f"این طرح در {first} تصویب شد و در روز {wd} {digits(str(d1 + 1))} {FA_JALALI[jm - 1]} اجرا شد.", "fa", None,
                        [want(first, "jalali", day.isoformat(), "day")]))
# Arabic: a Hijri day after a Hijri date of its year; a Gregorian day stays year-less.
for n in range(6):
    hy = rng.randint(1436, 1447)
    first = f"1 رمضان {hy} هـ"
    second = f"{[15, 20, 27][n % 3]} رمضان"
    day = UQ[(hy, 9)] + dt.timedelta(days=[15, 20, 27][n % 3] - 1)
    out.append(case(AR_LEAD + f"بدأ الصيام في {first}، وتنتهي المسابقة في {second} بإعلان النتائج.", "ar", None,
                    [want(first, "hijri", UQ[(hy, 9)].isoformat(), "day"),
                     want(second, "hijri", day.isoformat(), "day", ["year_inferred"])]))
out.append(case(AR_LEAD + "صدر القرار في 3 مارس 2023، ويبدأ العمل به في 16 أكتوبر المقبل.", "ar", None,
                [want("3 مارس 2023", "gregorian", "2023-03-03", "day"),
                 want("16 أكتوبر المقبل", "gregorian", "XXXX-10-16", "day", ["unresolved"])]))
# Negatives: names in a list, a day named for what it marks, a named day.
out.append(case(FA_LEAD + "قطعی آب در خیابان امام، شهید جدیری، ۱۳ آبان، هفت تیر و بلوار ۲۹ بهمن در روز چهارشنبه مورخ ۱۴۰۴/۸/۷ اعمال می‌شود.", "fa",
                None, [want("روز چهارشنبه مورخ ۱۴۰۴/۸/۷", "jalali", jdate(1404, 8, 7).isoformat(), "day", ["calendar_guessed"])]))
out.append(case(FA_LEAD + "وزارت تقویم رسمی سال ۱۴۰۲ را منتشر کرد و ۱۶ حمل را روز بیعت و ۳ ثور را روز یادبود اعلام کرد.", "fa", None,
                [want("سال ۱۴۰۲", "jalali", f"{jdate(1402, 1, 1).isoformat()}/{(jdate(1403, 1, 1) - dt.timedelta(days=1)).isoformat()}",
                      "year", ["calendar_guessed"])]))

# Whole months from the first day of one to the last of another.
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
FA_ZODIAC = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
for n in range(10):
    m1 = rng.randint(1, 8)
    m2 = m1 + rng.randint(1, 4)
    if n % 2 == 0:
        gy = rng.randint(2015, 2027)
        last = (dt.date(gy + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1))
        surface = f"من أول {AR_GREG[m1 - 1]} حتى آخر {AR_GREG[m2 - 1]} {SCRIPTS[n % 3](str(gy))}"
        out.append(case(f"تستمر الحملة {surface} في جميع المدن.", "ar", None,
                        [want(surface, "gregorian", f"{dt.date(gy, m1, 1).isoformat()}/{last.isoformat()}", "day")]))
    else:
        jy = rng.randint(1395, 1405)
        names = FA_ZODIAC if n % 4 == 1 else FA_JALALI
        last = jdate(jy + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1)
        surface = f"از اول {names[m1 - 1]} تا آخر {names[m2 - 1]} {SCRIPTS[1](str(jy))}"
        out.append(case(f"ساعات کاری ادارات {surface} تعیین شد.", "fa", None,
                        [want(surface, "jalali", f"{jdate(jy, m1, 1).isoformat()}/{last.isoformat()}", "day")]))

# لهذا الشهر, لهذا الأسبوع.
for n in range(4):
    ref = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3600))
    if n % 2 == 0:
        out.append(case("إن عملية تسليم المعونة لهذا الشهر ستكون قبل موعدها المحدد.", "ar", ref.isoformat(),
                        [want("لهذا الشهر", "relative", f"{ref.year:04d}-{ref.month:02d}", "month")]))
    else:
        start = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # weeks start on Saturday
        out.append(case("أعلنت اللجنة برنامج المباريات لهذا الأسبوع في مؤتمر صحفي.", "ar", ref.isoformat(),
                        [want("لهذا الأسبوع", "relative", f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}", "week")]))
out.append(case("نسأل الله أن يبارك لنا لهذا الشهر الفضيل.", "ar", "2024-03-15", []))

# Centuries two at a time, ranges of them, and twins.
AR_ORD = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس", 7: "السابع", 8: "الثامن",
          9: "التاسع", 10: "العاشر", 11: "الحادي عشر", 12: "الثاني عشر", 13: "الثالث عشر", 14: "الرابع عشر",
          15: "الخامس عشر", 16: "السادس عشر", 17: "السابع عشر", 18: "الثامن عشر", 19: "التاسع عشر", 20: "العشرين"}
FA_ORD = {2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم",
          15: "پانزدهم", 16: "شانزدهم", 17: "هفدهم", 18: "هجدهم", 19: "نوزدهم", 20: "بیستم"}


def centuries(a, b):
    return f"{(a - 1) * 100:04d}-01-01/{(b - 1) * 100 + 99:04d}-12-31"


for n in range(12):
    a = rng.randint(2, 18)
    b = a + rng.randint(1, 2)
    if n % 4 == 0:
        surface = f"القرنين {AR_ORD[a]} و{AR_ORD[b] if b <= 20 else ''} {['الميلادي', 'الميلاديين', 'بعد الميلاد'][n % 3]}".replace("  ", " ")
        b = a + 1
        surface = f"القرنين {AR_ORD[a]} و{AR_ORD[b]} {['الميلادي', 'بعد الميلاد'][n % 2]}"
        out.append(case(f"تعود القطع الأثرية إلى {surface} بحسب البعثة.", "ar", None, [want(surface, "gregorian", centuries(a, b), "year")]))
    elif n % 4 == 1:
        b = a + 1
        surface = f"القرنين {a} و{b}"
        out.append(case(f"شهدت المدينة نهضة في {surface} حسب المؤرخين.", "ar", None, [want(surface, "gregorian", centuries(a, b), "year")]))
    elif n % 4 == 2:
        surface = f"قرن {SCRIPTS[1](str(a))} تا {SCRIPTS[1](str(b))} میلادی"
        out.append(case(f"این آثار مربوط به {surface} است.", "fa", None, [want(surface, "gregorian", centuries(a, b), "year")]))
    else:
        a = rng.randint(15, 18)
        b = a + 1
        surface = f"قرن‌های {FA_ORD[a]} و {FA_ORD[b]} میلادی"
        out.append(case(f"این سبک در {surface} رواج داشت.", "fa", None, [want(surface, "gregorian", centuries(a, b), "year")]))
for n in range(6):
    g = rng.randint(13, 20)
    h = g - 6  # the Hijri century that overlaps it most
    surface = f"القرن {AR_ORD[h]} الهجري{' (' if n % 2 == 0 else '/'}{AR_ORD[g]} الميلادي{')' if n % 2 == 0 else ''}"
    out.append(case(f"تناولت الدراسة الفترة حتى {surface} في المشرق.", "ar", None, [want(surface, "gregorian", centuries(g, g), "year")]))
for text in ["عثر على تماثيل من القرن الخامس قبل الميلاد في الموقع.", "این معبد از قرن هشتم ق.م باقی مانده است."]:
    out.append(case(text, "ar" if "عثر" in text else "fa", None, []))

# A holiday's year with its twin after a slash.
for n in range(6):
    hy = rng.randint(1430, 1447)
    day = UQ[(hy, 12)] + dt.timedelta(days=9) if n % 2 == 0 else UQ[(hy, 10)]
    head = "عيد الأضحى" if n % 2 == 0 else "عيد الفطر"
    gy = day.year
    pair = f"{gy}/{hy} هـ" if n % 3 == 0 else f"{hy}هـ/{gy}م" if n % 3 == 1 else f"{hy} / {gy}"
    surface = f"{head} لعام {pair}"
    out.append(case(f"أعلنت الحكومة عطلة {surface} للقطاع العام.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))

# A Hijri twin without its year beside a Gregorian date with one.
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
for n in range(8):
    hy = rng.randint(1436, 1447)
    hm = list(AR_HIJRI)[n % len(AR_HIJRI)]
    hd = rng.randint(2, 27)
    day = UQ[(hy, hm)] + dt.timedelta(days=hd - 1)
    if n % 2 == 0:
        surface = f"{AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year} الموافق {hd} {AR_HIJRI[hm]}"
        out.append(case(f"تقام الفعالية يوم {surface} في القاعة الكبرى.", "ar", None,
                        [want("يوم " + surface, "gregorian", day.isoformat(), "day")]))
    else:
        surface = f"{hd} {AR_HIJRI[hm]} {hy} ({day.day} {AR_GREG[day.month - 1]})"
        out.append(case(f"صدر القرار بتاريخ {surface} عن الوزارة.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))

# Persian: a comma, then the year word.
for n in range(6):
    jy = rng.randint(1390, 1404)
    jm = rng.randint(1, 12)
    jd = rng.randint(1, 29)
    two = n % 2 == 1 and jy < 1400  # two digits for the 1390s, as the press writes them
    year = f"{jy % 100:02d}" if two else str(jy)
    surface = f"{SCRIPTS[1](str(jd))} {'ماه ' if n % 3 == 0 else ''}{FA_JALALI[jm - 1]} ، سال {SCRIPTS[1](year)}"
    out.append(case(f"این مراسم در {surface} برگزار شد.", "fa", None, [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# Negatives: a general العام and its count, counts of more days, a file's name.
out.append(case("فيما شمل قانون العفو العام 290 نزيلاً من المحكومين.", "ar", "2026-02-12", []))
out.append(case("وأوضح الأمين العام 3 نقاط في كلمته.", "ar", "2026-02-12", []))
for text in ["متقاضیان دو روز دیگر هم امکان ثبت‌نام دارند.", "این مهلت کمتر از دو هفته دیگر به پایان می‌رسد.",
             "این تحریم‌ها به مدت یک سال دیگر ادامه دارد.", "بیش از سه ماه دیگر تا پایان طرح باقی مانده است."]:
    out.append(case(text, "fa", "2022-05-18", []))
out.append(case("WhatsApp Image 2025-03-27 at 15.40.15_d922b77e.jpg منابع محلی از ناپدید شدن او خبر دادند.", "fa", "2025-03-27", []))

# Arabic: a comma, then the year word.
for n in range(4):
    hy = rng.randint(1436, 1447)
    surface = f"غرة شهر رمضان، لعام {hy} {['هجريًا', 'هـ'][n % 2]}"
    out.append(case(f"أعلنت اللجنة أن {surface} يوافق يوم الصيام الأول.", "ar", None, [want(surface, "hijri", UQ[(hy, 9)].isoformat(), "day")]))
# Negatives: the days around a named day, a yearly anniversary.
for text in ["پیکر شهدا همزمان با ایام شهادت حضرت فاطمه زهرا (س) تشییع می‌شود.", "مسافران در ایام نوروز به شمال سفر کردند.",
             "این مراسم هر سال در سالروز شهادت امام رضا (ع) برگزار می‌شود."]:
    out.append(case(text, "fa", "2025-11-23", []))

# An Arabic day in cardinal words after الموافق, بتاريخ, من, إلى.
AR_DAY_WORDS = {1: "واحد", 5: "خمسة", 10: "عشرة", 20: "عشرين", 21: "واحد وعشرين", 25: "خمسة وعشرين", 30: "ثلاثين",
                31: "واحد وثلاثين"}
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
          "كانون الأول"]
for n in range(8):
    gy = rng.randint(2016, 2026)
    d = list(AR_DAY_WORDS)[n % len(AR_DAY_WORDS)]
    m = [1, 3, 5, 7, 8, 10, 12][n % 7]
    lead = ["الموافق", "بتاريخ"][n % 2]
    surface = f"{AR_DAY_WORDS[d]} {AR_GREG[m - 1]} / {LEVANT[m - 1]} {gy}"
    day = dt.date(gy, m, d)
    whole = f"يوم {AR_WEEKDAYS[day.weekday()]} {lead} {surface}"
    out.append(case(f"تصرف المعونة {whole} للمستفيدين.", "ar", None, [want(whole, "gregorian", day.isoformat(), "day")]))
out.append(case("تغلق الطرق في ساحة ٥٥ و ٨٣ و واحد أيار بسبب الزحام.", "ar", "2024-03-01", []))

# Persian: هجری alone; a statute's dates; فرودین; a copyright; an empty date.
for n in range(4):
    jy = rng.randint(1340, 1420)
    surface = f"در سال {SCRIPTS[1 + n % 2](str(jy))} هجری"
    out.append(case(f"عواید گمرک {surface} افزایش یافت.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}", "year")]))
dates = [(1386, 5, 3), (1386, 4, 6), (1389, 6, 27), (1396, 9, 14), (1397, 8, 6), (1398, 5, 14)]
written = [f"{d:02d}/{m:02d}/{y}" for y, m, d in dates]
text = f"این دستورالعمل در تاريخ {written[0]} و اصلاحيه هاي مورخ {'، '.join(written[1:-1])} و {written[-1]} به تصويب رسيد."
out.append(case(text, "fa", None, [want(w, "jalali", jdate(y, m, d).isoformat(), "day", ["calendar_guessed"]) for w, (y, m, d) in zip(written, dates)]))
for n in range(2):
    jy = 1380 + 5 * n
    surface = f"فرودین {jy % 100}"
    out.append(case(f"این قرارداد در {surface} امضا شد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy, 2, 1) - dt.timedelta(days=1)).isoformat()}", "month")]))
out.append(case("© ۲۰۰۱-۲۰۲۴ کلیه حقوق این سایت محفوظ است.", "fa", "2024-05-01", []))
out.append(case("جميع الحقوق محفوظة © 2024 للموقع.", "ar", "2024-05-01", []))
out.append(case("تاریخ ثبت: 29/12/0000 در سامانه.", "fa", "2024-05-01", []))

# From a month's first day to a day written whole.
for n in range(8):
    if n % 2 == 0:
        jy = rng.randint(1330, 1402)
        m1 = rng.randint(1, 10)
        m2 = rng.randint(m1 + 1, 12)
        d2 = rng.randint(1, 29)
        jy2 = jy + (n % 4 == 0)
        surface = f"{FA_JALALI[m1 - 1]} {SCRIPTS[1](str(jy))} تا {SCRIPTS[1](str(d2))} {FA_JALALI[m2 - 1]} {SCRIPTS[1](str(jy2))}"
        out.append(case(f"او از {surface} نخست وزیر بود.", "fa", None,
                        [want("از " + surface, "jalali", f"{jdate(jy, m1, 1).isoformat()}/{jdate(jy2, m2, d2).isoformat()}", "day")]))
    else:
        gy = rng.randint(2000, 2025)
        m1 = rng.randint(1, 10)
        m2 = rng.randint(m1 + 1, 12)
        d2 = rng.randint(1, 28)
        surface = f"من {AR_GREG[m1 - 1]} {gy} حتى {d2} {AR_GREG[m2 - 1]} {gy + 1}"
        out.append(case(f"استمرت الأزمة {surface} دون حل.", "ar", None,
                        [want(surface, "gregorian", f"{dt.date(gy, m1, 1).isoformat()}/{dt.date(gy + 1, m2, d2).isoformat()}", "day")]))

# A byline's Latin name glued to the day.
for n, name in enumerate(["Laouar", "Rayan", "Benali", "Haddad"]):
    gy = rng.randint(2015, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    surface = f"{d} {AR_GREG[m - 1]} {gy}"
    out.append(case(f"بقلم {name}{surface} آخر تحديث: أعلنت الشركة نتائجها.", "ar", None,
                    [want(surface, "gregorian", dt.date(gy, m, d).isoformat(), "day")]))
out.append(case("هبطت طائرة A320 يناير الماضي في المطار.", "ar", "2024-03-01",
                [want("يناير الماضي", "gregorian", "2024-01", "month", ["year_inferred"])]))
# Negatives: weekdays after "every week".
out.append(case("ينظم السوق خمس جلسات تداول أسبوعياً من الأحد إلى الخميس ومدرج فيه 103 شركات.", "ar", "2024-02-04", []))

# A story told long after its first date: its later years stay Solar Hijri.
text = ("تاریخ\n\nبیش از نیم قرن از حماسه قیام ملی سی ام تیر ۱۳۳۱ می‌گذرد و درس‌های آن برای نسل جوان لازم است.\n\n"
        "تحولاتی که در سال ۱۳۵۷ در ایران به وقوع پیوست مختصات مشابهی با انقلاب فرانسه داشت.")
out.append(case(text, "fa", None, [want("سی ام تیر ۱۳۳۱", "jalali", jdate(1331, 4, 30).isoformat(), "day"),
                                   want("در سال ۱۳۵۷", "jalali", f"{jdate(1357, 1, 1).isoformat()}/{(jdate(1358, 1, 1) - dt.timedelta(days=1)).isoformat()}",
                                        "year", ["calendar_guessed"])]))

emit("forms of the seventy-seventh and seventy-eighth real-text sets (tools/gen/cases_seventy_seventh_sets.py)", out)
