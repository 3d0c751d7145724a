#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_twenty_third_sets.jsonl: forms met in the
hundred-and-twenty-third to hundred-and-twenty-sixth real-text sets
(electricity, gas and fuel; biographies and lives; housing, land and car
schemes; health), generated across their families.

- A week's schedule, then one weekday's own hours (* يوم الجمعة: من الساعة
  08:00 إلى 13:00 on the next line of the list, فيما يبدأ الدوام يوم الجمعة
  من التاسعة صباحا وحتى منتصف النهار in its sentence, و پنجشنبه از ۷ تا ۱۲):
  no day, as the schedule's own hours (of ordinal hours too: من الإثنين إلى
  الخميس، من التاسعة صباحا وحتى الخامسة مساء); an event on a weekday in the
  next sentence keeps its day.
- "Every day" in Persian (همه روزه از ساعت 8 صبح تا ساعت 19): no day.
- The years of a list of works, each after its title, place or publisher
  (رواية 1974، "عناصر منفصمة" رواية 1984، …, من أرض بلقيس 1961 - مدينة
  1970 -, الدار البيضاء، 1977؛ …, «سنگ صبور» ۱۳۶۵، …): each that year; not
  counts in a list (عدد الشهداء 1950، والجرحى 2010،).
- Persian era letters after a year: خ (۱۳۰۵ خ, Solar Hijri), ه. ش and ه. ق
  with a blank after the stop; the year word, then the year and its era in
  brackets (سال (۱۳۴۳ ق), سنة (1343 هـ)).
- A range of seasons with their years (از زمستان ۱۲۹۸ تا تابستان ۱۲۹۹): from
  the first day of one to the last of the other.
- After أيام, a weekday and its day on و before another and the month (أيام
  السبت 23 والأحد 24 أغسطس 2025): the two days.
- A day on و before the whole date of the next day (يومي 26 و27/ 1/ 2026,
  after الموافقين too): the two days.
- Weekdays listed after روزهای or أيام, then hours (روزهای یکشنبه، دوشنبه و
  سه‌شنبه از ساعت ۷ تا ۱۹): no day; one alone recurs with the clocks of its
  sentence (در روزهای پنجشنبه … از ساعت ۶:۳۰ تا ۱۳:۰۰).
- The same month of a year (نفس الشهر من عام 2022, الشهر المماثل من عام,
  بالشهر نفسه من عام, الشهر ذاته من): the month last written, in that year;
  نفس الربع من العام السابق 2022 the quarter last written.
- Coordinated Universal Time in Persian (۱۳:۵۷، ۱۹ اوت ۲۰۲۳ (ساعت هماهنگ
  جهانی)): +00:00.
- A year after في before a verb on و or a noun with its article (في 2011
  وتنتهي, في 2005 والوفد); not a count of more than 500 years ago (2022 سال
  پیش).
- Today's weekday with its day number before a verb on و (اليوم الأحد 21
  وتستمر إلى غاية 27 ديسمبر 2025): that day, and the range it starts; not a
  count on و (يوم الأحد 3 وزراء).

Weekdays and days come from datetime, offsets from zoneinfo, Solar Hijri
days from convertdate and years from the Calendar Center's leap years, Hijri
years from Umm al-Qura's table and Iran's almanacs (data/): nothing here is
read from taqvim. Run from the project root:
tools/gen/cases_hundred_twenty_third_sets.py > tests/extract/cases/hundred_twenty_third_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, FA_WEEKDAYS, case, clock_value, emit, fa, jdate, nearest,
                       solar_hijri_year, umm_al_qura, want)

rng = random.Random(123)
out = []
UQ = umm_al_qura()


def ref_day():
    return dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY


def two_days():
    """A random day and the next, both in one month."""
    day = ref_day()
    if (day + DAY).month != day.month:
        day -= 2 * DAY
    return day, day + DAY


# A week's schedule, then a weekday's own hours: no day.
for n in range(4):
    ref = ref_day()
    a, b = rng.choice([(0, 3), (6, 3), (5, 2)])
    fri = 4 if n % 2 == 0 else 5
    text = (f"توقيت العمل سيكون كالآتي:\n* من {AR_WEEKDAYS[a]} إلى {AR_WEEKDAYS[b]}: من الساعة 08:30 صباحا إلى 12:30 ظهرا، "
            f"ومن 13:30 إلى 17:30 مساء.\n* يوم {AR_WEEKDAYS[fri]}: من الساعة 08:00 إلى 13:00 ظهرا، ومن 14:30 إلى 17:30 مساء.")
    out.append(case(text, "ar", ref.isoformat(), []))
for n in range(3):
    ref = ref_day()
    text = ("وحدد البيان الدوام في الدوائر الحكومية من الإثنين إلى الخميس، من التاسعة صباحا وحتى الخامسة مساء، "
            "فيما يبدأ الدوام يوم الجمعة من التاسعة صباحا وحتى منتصف النهار.")
    out.append(case(text, "ar", ref.isoformat(), []))
for n in range(3):
    ref = ref_day()
    h = rng.randint(12, 14)
    text = f"ساعات کاری ادارات از شنبه تا چهارشنبه از ساعت ۷ تا {fa(h)} و {FA_WEEKDAYS[3]} از ۷ تا ۱۲ است."
    out.append(case(text, "fa", ref.isoformat(), []))
# An event on a weekday in the next sentence keeps its day and hour.
for n in range(3):
    ref = ref_day()
    wd = rng.randrange(7)
    h = rng.randint(8, 11)
    surface = f"يوم {AR_WEEKDAYS[wd]} من الساعة {h}"
    text = f"الدوام من الأحد إلى الخميس من الساعة 8 إلى 14. وسيقام الحفل {surface} إلى {h + 3}."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(nearest(ref, wd), h, 0, "Asia/Riyadh"), "minute")], tz="Asia/Riyadh"))

# Every day in Persian: no day.
for n in range(3):
    ref = ref_day()
    h = rng.randint(17, 21)
    spelled = "همه روزه" if n != 1 else "همه‌روزه"
    out.append(case(f"مرکز اهدای خون {spelled} از ساعت 8 صبح تا ساعت {h} باز است.", "fa", ref.isoformat(), []))

# The years of a list of works.
for n in range(4):
    ys = sorted(rng.sample(range(1950, 2020), 3))
    dig = (lambda s: s) if n % 2 == 0 else (lambda s: s.translate(AR_DIGITS))
    text = (f'ومن أبرز أعماله "المغتربون" رواية {dig(str(ys[0]))}، "عناصر منفصمة" رواية {dig(str(ys[1]))}، '
            f'"إصحاحات" رواية {dig(str(ys[2]))}، وغيرها.')
    out.append(case(text, "ar", None, [want(dig(str(y)), "gregorian", str(y), "year") for y in ys]))
for n in range(3):
    ys = sorted(rng.sample(range(1950, 2020), 4))
    text = (f"دواوينه الشعرية: من أرض بلقيس {ys[0]} - أغنيات الغيوم {ys[1]} - مدينة الغد {ys[2]} - "
            f"لعيني أم بلقيس {ys[3]} .")
    out.append(case(text, "ar", None, [want(str(ys[0]), "gregorian", str(ys[0]), "year"),
                                       want(str(ys[1]), "gregorian", str(ys[1]), "year"),
                                       want(str(ys[3]), "gregorian", str(ys[3]), "year")]))
for n in range(3):
    ys = sorted(rng.sample(range(1960, 2015), 2))
    text = (f"قصص صادرة عن دار النشر المغربية، الدار البيضاء، {ys[0]}؛ ثم قصص أخرى، صدرت عن دار النشر، الرباط، {ys[1]}.")
    out.append(case(text, "ar", None, [want(str(y), "gregorian", str(y), "year") for y in ys]))
for n in range(3):
    ys = sorted(rng.sample(range(1340, 1400), 2))
    text = f"از آثار او: «سنگ صبور» {fa(ys[0])}، «جای خالی» {fa(ys[1])}، و چند مجموعه دیگر."
    out.append(case(text, "fa", None, [want(fa(y), "jalali", solar_hijri_year(y), "year", ["calendar_guessed"]) for y in ys]))
for n in range(3):
    a, b = rng.randint(1900, 1999), rng.randint(2000, 2029)
    out.append(case(f"بلغ عدد الشهداء {a}، والجرحى {b}، حسب الوزارة.", "ar", "2024-05-01", []))

# Persian era letters after a year; the year and its era in brackets.
for n in range(4):
    y = rng.randint(1250, 1340)
    out.append(case(f"او در سال {fa(y)} خ در تبریز زاده شد.", "fa", None,
                    [want(f"در سال {fa(y)} خ", "jalali", solar_hijri_year(y), "year")]))
for n in range(3):
    y = rng.randint(1250, 1340)
    out.append(case(f"او در سال {y}ه. ش در شیراز درگذشت.", "fa", None,
                    [want(f"در سال {y}ه. ش", "jalali", solar_hijri_year(y), "year")]))

IRAN = {}
for line in open("data/iran_lunar_hijri_month_starts.txt", encoding="utf-8"):
    f = line.split("#")[0].split()
    if len(f) == 2 and "/" in f[0]:
        IRAN[tuple(int(x) for x in f[0].lstrip("*").split("/"))] = dt.date.fromisoformat(f[1])
for n in range(3):
    y = rng.randint(1300, 1400)
    value = f"{IRAN[(y, 1)].isoformat()}/{(IRAN[(y + 1, 1)] - DAY).isoformat()}"
    out.append(case(f"این فرمان در سال ({fa(y)} ق) صادر شد.", "fa", None, [want(f"سال ({fa(y)} ق)", "hijri", value, "year")]))
    out.append(case(f"او در سال {y} ه. ق به نجف رفت.", "fa", None, [want(f"در سال {y} ه. ق", "hijri", value, "year")]))
for n in range(3):
    y = rng.choice(sorted(k[0] for k in UQ if k[1] == 1 and (k[0] + 1, 1) in UQ))
    value = f"{UQ[(y, 1)].isoformat()}/{(UQ[(y + 1, 1)] - DAY).isoformat()}"
    out.append(case(f"وقد ولد سنة ({y} هـ) في مكة.", "ar", None, [want(f"سنة ({y} هـ)", "hijri", value, "year")]))

# A range of seasons with their years (Jalali: spring 1 Farvardin, summer 1 Tir, autumn 1 Mehr, winter 1 Dey).
SEASONS = [("بهار", 1), ("تابستان", 4), ("پاییز", 7), ("زمستان", 10)]
for n in range(4):
    y = rng.randint(1300, 1400)
    (s1, m1), (s2, m2) = rng.choice([(SEASONS[3], SEASONS[1]), (SEASONS[0], SEASONS[2]), (SEASONS[2], SEASONS[0])])
    y2 = y + 1 if m2 <= m1 else y
    first = jdate(y, m1, 1)
    last = jdate(y2 + 1, 1, 1) - DAY if m2 == 10 else jdate(y2, m2 + 3, 1) - DAY
    surface = f"از {s1} {fa(y)} تا {s2} {fa(y2)}"
    out.append(case(f"او {surface} در تهران بود.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month")]))

# After أيام, a weekday and its day on و before another weekday, its day and the month.
for n in range(4):
    day, nxt = two_days()
    surface = (f"{AR_WEEKDAYS[day.weekday()]} {day.day} و{AR_WEEKDAYS[nxt.weekday()]} {nxt.day} "
               f"{AR_GREG[day.month - 1]} {day.year}")
    out.append(case(f"سيتم تنفيذ الأشغال خلال أيام {surface}.", "ar", (day - 3 * DAY).isoformat(),
                    [want(surface, "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")]))

# A day on و before the whole date of the next day.
for n in range(4):
    day, nxt = two_days()
    blank = " " if n % 2 else ""
    surface = f"{day.day} و{blank}{nxt.day}/ {nxt.month}/ {nxt.year}"
    out.append(case(f"تجرى القرعة يومي {surface} بمقر الجهاز.", "ar", (day - 5 * DAY).isoformat(),
                    [want(surface, "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")]))
for n in range(3):
    day, nxt = two_days()
    surface = (f"{AR_WEEKDAYS[day.weekday()]} و{AR_WEEKDAYS[nxt.weekday()]} الموافقين {day.day} و{nxt.day}/ {nxt.month}/ "
               f"{nxt.year}")
    out.append(case(f"وذلك خلال يومي {surface}، بمقر الجهاز.", "ar", (day - 6 * DAY).isoformat(),
                    [want(surface, "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")]))

# Today's weekday with its day number, then a verb on و and the end of a range.
for n in range(4):
    day = ref_day()
    end = day + rng.randint(3, 12) * DAY
    verb = rng.choice(["وتستمر إلى غاية", "وتتواصل حتى", "ويستمر إلى"])
    surface = f"اليوم {AR_WEEKDAYS[day.weekday()]} {day.day} {verb} {end.day} {AR_GREG[end.month - 1]} {end.year}"
    out.append(case(f"أوضحت الوزارة أن الحملة تنطلق {surface} عبر كل الولايات.", "ar", day.isoformat(),
                    [want(surface, "gregorian", f"{day.isoformat()}/{end.isoformat()}", "day")]))
# Not a day number: a count of a noun on و after a weekday.
for n in range(2):
    ref = ref_day()
    wd = rng.randrange(7)
    out.append(case(f"اجتمع يوم {AR_WEEKDAYS[wd]} 3 وزراء في العاصمة.", "ar", ref.isoformat(),
                    [want(f"يوم {AR_WEEKDAYS[wd]}", "relative", nearest(ref, wd).isoformat(), "day")]))

# Weekdays listed after the plural of day, then hours; one alone recurs with the clocks of its sentence.
for n in range(3):
    ref = ref_day()
    h = rng.randint(17, 20)
    out.append(case(f"برنامه انسداد در روزهای یکشنبه، دوشنبه و سه‌شنبه از ساعت ۷ تا {fa(h)} و روزهای چهارشنبه از ساعت ۷ تا ۱۲ است.",
                    "fa", ref.isoformat(), []))
    out.append(case(f"در روزهای پنجشنبه تنها محدوده کنترل آلودگی هوا از ساعت ۶:۳۰ تا ۱۳:۰۰ کنترل می‌شود.", "fa", ref.isoformat(), []))
    out.append(case(f"تفتح المكاتب أيام السبت والأحد من الساعة 8 إلى {h - 5}.", "ar", ref.isoformat(), []))

# The same month of a year: the month last written, in that year.
for n in range(5):
    y = rng.randint(2011, 2025)
    mo = rng.randint(1, 12)
    phrase, surface_year = rng.choice([("نفس الشهر من عام", f"{y - 1}"), ("الشهر المماثل من عام", f"{y - 1}"),
                                       ("بالشهر نفسه من عام", f"{y - 1}"), ("الشهر ذاته من", f"{y - 1}")])
    first = f"{AR_GREG[mo - 1]} {y}"
    second = f"{phrase} {surface_year}"
    out.append(case(f"ارتفع التضخم في {first} بنسبة 5 في المائة مقارنة مع {second}، حسب الديوان.", "ar", None,
                    [want(first, "gregorian", f"{y}-{mo:02d}", "month"), want(second, "gregorian", f"{y - 1}-{mo:02d}", "month")]))

# The same quarter of a year: the quarter last written, in that year.
QUARTERS = ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"]
for n in range(3):
    y = rng.randint(2011, 2025)
    q = rng.randrange(4)
    first = f"{QUARTERS[q]} من {y}"
    second = f"نفس الربع من العام السابق {y - 1}"
    last = [31, 30, 30, 31][q]
    out.append(case(f"ارتفع الناتج في {first} بنسبة 3 في المائة مقارنة مع {second}، حسب الديوان.", "ar", None,
                    [want(first, "gregorian", f"{y}-{3 * q + 1:02d}-01/{y}-{3 * q + 3:02d}-{last}", "month"),
                     want(second, "gregorian", f"{y - 1}-{3 * q + 1:02d}-01/{y - 1}-{3 * q + 3:02d}-{last}", "month")]))

# Coordinated Universal Time in Persian after a wiki page's stamp.
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
for n in range(3):
    day = ref_day()
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    surface = f"{fa(h)}:{fa(f'{m:02d}')}، {fa(day.day)} {FA_GREG[day.month - 1]} {fa(day.year)} (ساعت هماهنگ جهانی)"
    out.append(case(f"این صفحه آخرین‌بار در {surface} ویرایش شده است.", "fa", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{h:02d}:{m:02d}+00:00", "minute")]))

# A year after في before a verb on و or a noun with its article; a count of more than 500 years ago names none.
for n in range(3):
    y = rng.randint(1990, 2024)
    out.append(case(f"تجرى في السودان منذ انفصال الجنوب في {y} وتنتهي غدا.", "ar", None, [want(f"في {y}", "gregorian", str(y), "year")]))
    out.append(case(f"بين ترشحه في {y} والوفد سيجني الكثير.", "ar", None, [want(f"في {y}", "gregorian", str(y), "year")]))
out.append(case("یک سنت باستانی (2022 سال پیش) در این شهر آغاز شد.", "fa", "2022-12-22", []))

emit("Forms of the hundred-and-twenty-third to hundred-and-twenty-sixth sets: tools/gen/cases_hundred_twenty_third_sets.py "
     "(oracles: datetime, zoneinfo, convertdate, the Calendar Center's leap years, Umm al-Qura's table, Iran's almanacs)", out)
