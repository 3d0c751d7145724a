#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_ninety_seventh_sets.jsonl: forms met
in the five-hundred-and-ninety-seventh real-text sets and after (and in the
misses of the sets before them), generated across their families.

- A clock time in the sentence after one that names a day, when the page has
  no date of its own and the text's first date stands in a sentence (مراسم …
  چهارشنبه، 13 شهریورماه 1398، … برگزار می‌شود. در این مراسم که از ساعت
  17:00 …, … يوم الجمعة المقبل، الموافق 5 ديسمبر 2025 … . سيستمر هذا التوقف
  من الساعة 12:00 …): that day's clock, a blank line between or none; not a
  list's line, a label and a colon before its clock, under a day's sentence
  (… يوم الأحد 2 مارس 2025 … ⏎ الفجر: 4:53 صباحا): a timetable's hours. With
  no date for the page at all (the first date deep in the text), likewise
  when the day is written with its weekday (… يوم الاثنين المقبل، 12 يناير
  2026 … . وتنطلق المباراة في السابعة والنصف مساء); not a founding's day
  without it (… في 20 فبراير 2008 … . ويبث من الساعة 6 صباحا).
- A clock with its own zone named, then the same moment in GMT in brackets
  with GMT named in full (الساعة 4:44 صباحا بتوقيت الدوحة (1:44 صباحا بتوقيت
  غرينتش), بتوقيت جرينتش, بالتوقيت العالمي): two clocks, each in its own
  zone; with the agency's ت غ, one (الساعة 18:45 مساء بتوقيت عمان (15:45
  ت غ)), the first's.
- From a year, a part of it or not, to a later year, each with its year word
  (من أواخر العام ١٩٩٩ إلى العام ٢٠١٨, في العام 2019 إلى حين العام 2022, بين
  نهاية العام 2018 وبداية العام 2019, منذ مطلع العام 2010 وحتى العام 2015,
  از اواخر سال ۱۳۹۸ تا اوایل سال ۱۴۰۱): one span of the whole years; not
  after a verb (درسال ۱۳۵۲ آغاز شد و تا سال ۱۳۵۶) nor without a word for
  from, since, in or between (خلال عام 2024، وحتى عام 2030): two years.
- In Arabic the pilgrimage's word right before its year, before punctuation,
  a line's end or a lexicon word (حج 2025 : إطلاق برنامج, موعد الحج 2024،,
  للحج 1446.): the year, Gregorian or Umm al-Qura's Hijri one; not before a
  word it may count (الحج 2024 حاج).
- ل written onto a weekday with its article (للأربعاء القادم, للخميس المقبل,
  للأحد 9 فبراير), as a hearing is put off "to" a day: the weekday, before
  "next", "last" or its date only (دعت الهيئة للجمعة الموحدة, المعنى المجتمعي
  للجمعة: Friday's prayer and meaning, no day).
- A clock in local time, then GMT's named in full in brackets (الساعة 11:15
  صباحًا بالتوقيت المحلي (09:15 بتوقيت غرينتش)): two clocks, as with a
  zone of its own.
- A year of Iran's imperial era without its word, after a Solar Hijri month
  (دوشنبه ۵ اردیبهشت ۲۵۸۱, ۲۱ اسفند ماه ۲۵۳۶): 1180 years less, as with
  شاهنشاهی; not a number past the era (۱۰ خرداد ۲۶۰۰ نفر).
- "This year" before a number that is no likely year of four digits
  (وبلغ عدد المتقدمين هذا العام 123,264 طالبًا): this year, the number a
  count; Mauritania's spelling of the baccalaureate and Morocco's make-up
  session before their year (الباكلوريا 2020, الدورة الاستدراكية 2023): the
  year, not a round count after them (نجح في الباكلوريا 2000 طالب).
- A budget's two years after its word (ميزانية 2023- 2024, موازنة 2024/2025):
  the fiscal year, by the country's months as العام المالي's (April to March
  in Kuwait, July to June in Egypt, else the two whole years).
- A section's number of three parts whose dash runs on to its title
  (4-3-21-مربع های سه گانه): no date.
- A range of days after في or "the period" (القرعة في 9 إلى 20 أكتوبر, خلال
  الفترة 9 إلى 20 أكتوبر): the range, as after من.
- Two quarters named by the dual or by one quarter and the next ordinal on و
  (الربعين الأول والثاني من 2008, الربع الثاني والثالث من عام 2019,
  الربعين الأخيرين من 2021): the six months they span.
- Weekdays listed after أيام on a list's line, a colon, then hours (- أيام
  الاثنين والثلاثاء والأربعاء والخميس: من الساعة الثامنة …): a schedule, no
  day, nor the weekday of the next line (- يوم الجمعة: من الساعة …).
- A range of days written day-month with blanks around the first dash, then
  "to" and a whole date (من 24 - 1 الى 26- 1 - 2016): the range.
- In Persian a Hijri day and month, then the year word (در before it or
  not) and two digits (۲۸ صفر در سال ۹۸, ۲۸ ماه صفر سال 98): the Solar Hijri
  year cut short (1398), the day of that month within it, by Iran's lunar
  table; not a month alone or four digits after در سال (رمضان در سال ۱۴۰۱,
  the year apart, as the sets read them).
- The year word and a number before روزه, "-day" (در سالهای ۳۶۵ روزه, در
  سال ۳۶۶ روزه): a length in days, no year.
- A Persian year of the first Hijri century in words or by its ordinal after
  سال, the lunar era's word after it (در سال یازدهم هجری قمری, در سال پنجاه
  هجری قمری, سال دهم قمری): that Hijri year by the arithmetic calendar,
  approximate, as Arabic's سنة سبع عشرة للهجرة.
- A clock on a relative day with its weekday, then the word for "equals" and
  the date that weekday is (الساعة العاشرة مساء غدًا الجمعة الموافق 20 سبتمبر
  2024): the clock on that date, read against no reference or a reference
  of a year only.
- The national exam's Solar Hijri year by its last two digits after سراسری,
  and after کنکور with در written onto it (کنکور سراسری ۹۹, درکنکور ۹۶): as
  کنکور ۹۹; not a count (سراسری ۹۹ نفر).
- Persian "to early in the time of" a relative day (از بعد از ظهر امروز تا
  اوایل وقت فردا), as تا پایان وقت and تا اواخر وقت: the span of the days.
- A day moved or put off "to" another with no من (نقل امتحانات يوم الثلاثاء
  13/1/2026 إلى يوم السبت 17/1/2026, تأجيل الجلسة يوم 5 مايو إلى يوم 12
  مايو): the two days, as تم تأجيله من … إلى; not Persian's حمل و نقل.
- A festival's year before a verb's present that begins its clause (مهرجان
  مسقط 2019 ينتظر زواره, مهرجان مسقط 2018 يودع زواره): the year, as before
  punctuation; not before a word it may count (مهرجان الربيع 1950 زائرا).
- Elections named by their kind before their year, as the Maghreb writes them
  (رئاسيات 2024, الرئاسيات 2019, تشريعيات 2007, الانتخابات الرئاسية 2024,
  رئاسية 2024): the year, as after انتخابات; not a count (الرئاسية 2000 صوت).
- A range of clocks, then "and goes on until" a day (تبدأ أعمالها من التاسعة
  صباحًا حتى الخامسة مساءً، وتستمر حتى يوم الأربعاء 15 أكتوبر): the hours of
  every day until then, no moment, as before "starting from" a day.

Days come from datetime and convertdate's Persian calendar, offsets from
zoneinfo; nothing here is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_ninety_seventh_sets.py >
tests/extract/cases/five_hundred_ninety_seventh_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic
from zoneinfo import ZoneInfo

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, FA_DIGITS, FA_JALALI, FA_WEEKDAYS, clock_value, case, emit, iran_lunar,
                       jdate, solar_hijri_year, umm_al_qura, want)

rng = random.Random(597)
out = []


def digits(s, script):
    return s.translate(AR_DIGITS) if script == 1 else s.translate(FA_DIGITS) if script == 2 else s


# A clock in the sentence after the day's, the page undated.
AR_PLACES = [("Asia/Riyadh", "أعلنت الهيئة أن الحفل سيقام"), ("Africa/Cairo", "أعلنت الوزارة أن المؤتمر سيعقد"),
             ("Asia/Amman", "قالت اللجنة إن الاجتماع سيعقد"), ("Africa/Algiers", "أكدت المديرية أن الامتحان سيجرى")]
AR_HOURS = [(8, "الثامنة صباحا", 8), (20, "الثامنة مساء", 20), (10, "العاشرة صباحا", 10), (17, "الخامسة مساء", 17)]
for n in range(16):
    zone, opening = AR_PLACES[n % 4]
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    script = n % 3
    date_text = digits(f"{day.day} {AR_GREG[day.month - 1]} {day.year}", script)
    surface_day = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}"
    if n % 2:
        hh, mm = rng.choice([(9, 30), (16, 15), (11, 0), (19, 45)])
        clock = digits(f"{hh % 12 or 12}:{mm:02d}", script) + (" صباحا" if hh < 12 else " مساء")
        surface_clock = f"الساعة {clock}"
    else:
        hh, words, _ = AR_HOURS[(n // 2) % 4]
        mm = 0
        surface_clock = f"الساعة {words}"
    gap = ". " if n % 4 < 2 else ".\n\n"
    text = f"{opening} {surface_day} في القاعة الكبرى{gap}ويبدأ البرنامج في {surface_clock} بحضور الوزير."
    out.append(case(text, "ar", None, [want(surface_day, "gregorian", day.isoformat(), "day"),
                                       want(f"في {surface_clock}", "relative", clock_value(day, hh, mm, zone), "minute")],
                    tz=zone))
FA_OPENINGS = ["مراسم بزرگداشت استاد", "همایش ملی آب", "نشست خبری شورا", "جشنواره کتاب کودک"]
for n in range(16):
    zone = "Asia/Kabul" if n % 4 == 3 else "Asia/Tehran"
    jy = rng.randrange(1398, 1405)
    jm = rng.randrange(1, 13)
    jd = rng.randrange(1, 30)
    day = jdate(jy, jm, jd)
    script = n % 3
    weekday = FA_WEEKDAYS[day.weekday()]
    date_text = digits(f"{jd} {FA_JALALI[jm - 1]} {jy}", script)
    surface_day = f"{weekday}، {date_text}"
    hh, mm = rng.choice([(9, 0), (17, 0), (10, 30), (15, 45)]) if n % 2 else (rng.choice([9, 10, 17, 15]), 0)
    clock_digits = digits(f"{hh}:{mm:02d}" if n % 2 else f"{hh}", script)
    surface_clock = f"ساعت {clock_digits}"
    gap = ". " if n % 4 < 2 else ".\n\n"
    text = f"{FA_OPENINGS[n % 4]}، {surface_day}، در تالار اجتماعات برگزار می‌شود{gap}این برنامه از {surface_clock} آغاز می‌شود."
    calendar = "jalali"
    out.append(case(text, "fa", None, [want(surface_day, calendar, day.isoformat(), "day"),
                                       want(surface_clock, "relative", clock_value(day, hh, mm, zone), "minute")],
                    tz=zone))
# A timetable's line under the day's sentence: its hours, no moment.
for n, (zone, city) in enumerate([("Africa/Cairo", "القاهرة"), ("Asia/Riyadh", "الرياض"), ("Asia/Amman", "عمان")]):
    day = dt.date(2025, 3, 2) + dt.timedelta(days=7 * n)
    surface_day = f"يوم {AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year}"
    text = f"إليك مواقيت الصلاة في {city} {surface_day} حسب الهيئة.\nالفجر: 4:53 صباحا\nالمغرب: 5:55 مساءً"
    out.append(case(text, "ar", None, [want(surface_day, "gregorian", day.isoformat(), "day")], tz=zone))

# A clock in its own zone, then GMT's named in full in brackets.
GMT_NAMES = ["بتوقيت غرينتش", "بتوقيت جرينتش", "بالتوقيت العالمي"]
OWN = [("بتوقيت الدوحة", "Asia/Qatar"), ("بتوقيت مكة المكرمة", "Asia/Riyadh"), ("بتوقيت القاهرة", "Africa/Cairo"),
       ("بتوقيت بيروت", "Asia/Beirut")]
for n in range(12):
    own, zone = OWN[n % 4]
    gmt = GMT_NAMES[n % 3]
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    hh, mm = rng.randrange(6, 23), rng.choice([0, 15, 44, 30])
    local = dt.datetime(day.year, day.month, day.day, hh, mm)
    utc = local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc)
    script = n % 3 if n % 3 != 2 else 0
    def c12(h, m):
        return digits(f"{h % 12 or 12}:{m:02d}", script) + (" صباحا" if h < 12 else " مساء")
    date_text = digits(f"{day.day} {AR_GREG[day.month - 1]} {day.year}", script)
    surface_day = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}"
    first = f"الساعة {c12(hh, mm)} {own}"
    second = f"{c12(utc.hour, utc.minute)} {gmt}"
    text = f"وسيولد الهلال {surface_day} (يوم التحري)، وذلك في {first} ({second})."
    utc_value = f"{utc.date().isoformat()}T{utc.hour:02d}:{utc.minute:02d}+00:00"
    out.append(case(text, "ar", None, [want(surface_day, "gregorian", day.isoformat(), "day"),
                                       want(f"في {first}", "relative", clock_value(day, hh, mm, zone), "minute"),
                                       want(second, "relative", utc_value, "minute")], tz="Asia/Riyadh"))
# With the agency's ت غ: one clock, its own zone's (the day, a comma and the clock one match).
for n, (own, zone) in enumerate(OWN[:3]):
    day = dt.date(2024, 5, 1) + dt.timedelta(days=40 * n)
    local = dt.datetime(day.year, day.month, day.day, 18, 45)
    utc = local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc)
    surface_day = f"يوم {AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year}"
    whole = f"الساعة 6:45 مساء {own} ({utc.hour:02d}:{utc.minute:02d} ت غ)"
    text = f"وصلت الطائرة {surface_day}، عند {whole}."
    out.append(case(text, "ar", None, [want(f"{surface_day}، عند {whole}", "gregorian", clock_value(day, 18, 45, zone), "minute")],
                    tz="Asia/Riyadh"))

# From a year, a part of it or not, to a later year.
AR_PARTS = ["", "أواخر ", "نهاية ", "بداية ", "مطلع ", "أوائل "]
AR_FROM = [("من ", "إلى "), ("منذ ", "وحتى "), ("من ", "ولغاية "), ("في ", "إلى حين "), ("من ", "حتى ")]
for n in range(20):
    y1 = rng.randrange(1960, 2020)
    y2 = y1 + rng.randrange(1, 25)
    script = n % 3 if n % 3 != 2 else 1
    opener, to = AR_FROM[n % 5]
    part1, part2 = AR_PARTS[n % 6], AR_PARTS[(n // 2) % 6]
    first = f"{part1}العام {digits(str(y1), script)}"
    second = f"{to}{part2}العام {digits(str(y2), script)}"
    # في is the year word's when no part stands between (في العام 2019 is one match); من, منذ stay out.
    surface = f"{opener}{first} {second}" if opener == "في " and not part1 else f"{first} {second}"
    text = f"ارتفعت أسعار المساكن {opener}{first} {second} بشكل كبير."
    out.append(case(text, "ar", "2024-05-01", [want(surface, "gregorian", f"{y1}-01-01/{y2}-12-31", "year")], tz="Asia/Beirut"))
for n in range(6):
    y1 = rng.randrange(1990, 2020)
    y2 = y1 + 1
    part1, part2 = ["نهاية ", "أواخر ", ""][n % 3], ["وبداية ", "ومطلع ", "و"][n % 3]
    surface = f"{part1}العام {digits(str(y1), n % 2)} {part2}العام {digits(str(y2), n % 2)}"
    out.append(case(f"تراجعت المبيعات بين {surface} بسبب الأزمة.", "ar", "2024-05-01",
                    [want(surface, "gregorian", f"{y1}-01-01/{y2}-12-31", "year")], tz="Africa/Cairo"))
FA_PARTS = ["", "اواخر ", "اوایل ", "ابتدای ", "پایان "]
for n in range(10):
    y1 = rng.randrange(1370, 1400)
    y2 = y1 + rng.randrange(1, 6)
    script = 2 if n % 2 else 0
    part1, part2 = FA_PARTS[n % 5], FA_PARTS[(n + 2) % 5]
    to = "تا " if n % 3 else "الی "
    surface = f"{part1}سال {digits(str(y1), script)} {to}{part2}سال {digits(str(y2), script)}"
    first_day = solar_hijri_year(y1).split("/")[0]
    last_day = solar_hijri_year(y2).split("/")[1]
    out.append(case(f"قیمت مسکن از {surface} چند برابر شد.", "fa", "2024-05-01",
                    [want(surface, "jalali", f"{first_day}/{last_day}", "year", ["calendar_guessed"])]))
# After a verb, or with no word for from: two years.
out.append(case("كار ترمیم آن درسال ۱۳۵۲ آغاز شد و تا سال ۱۳۵۶ ادامه پیدا کرد.", "fa", None,
                [want("سال ۱۳۵۲", "jalali", solar_hijri_year(1352), "year", ["calendar_guessed"]),
                 want("سال ۱۳۵۶", "jalali", solar_hijri_year(1356), "year", ["calendar_guessed"])]))
out.append(case("ما تم في القطاع خلال عام 2023 وما هو مستهدف خلال عام 2024، وحتى عام 2030.", "ar", "2023-12-31",
                [want("عام 2023", "gregorian", "2023", "year"), want("عام 2024", "gregorian", "2024", "year"),
                 want("عام 2030", "gregorian", "2030", "year")], tz="Africa/Cairo"))

# The pilgrimage's word before its year.
UQ = umm_al_qura()
for n, (word, after) in enumerate([("حج", " : إطلاق برنامج تكويني"), ("موعد الحج", "، وذلك رغبة من المسلمين"), ("للحج", ".\nوأوضحت الوزارة"),
                                   ("بالحج", " في مصر"), ("الحج", ".. شروط السفر"), ("وموعد الحج", "، وكذلك موعد العيد")]):
    for script in (0, 1):
        if n % 2:
            y = rng.randrange(2015, 2027)
            value, cal = str(y), "gregorian"
        else:
            y = rng.randrange(1436, 1448)
            start = UQ[(y, 1)]
            value = f"{start.isoformat()}/{(UQ[(y + 1, 1)] - dt.timedelta(days=1)).isoformat()}"
            cal = "hijri"
        text = f"{word} {digits(str(y), script)}{after}"
        flags = [] if cal == "gregorian" else ["calendar_guessed"]
        out.append(case(text, "ar", None, [want(digits(str(y), script), cal, value, "year", flags)], tz="Asia/Riyadh"))
out.append(case("بلغ عدد حجاج الحج 2024 حاج من مصر.", "ar", None, [], tz="Africa/Cairo"))

# ل written onto a weekday with its article.
AR_LI_WEEKDAYS = ["للاثنين", "للثلاثاء", "للأربعاء", "للخميس", "للجمعة", "للسبت", "للأحد"]
for n in range(14):
    ref = dt.date(2020, 2, 3) + dt.timedelta(days=rng.randrange(0, 600))
    wd = n % 7
    ahead = (wd - ref.weekday()) % 7 or 7
    behind = (ref.weekday() - wd) % 7 or 7
    if n % 3 == 0:
        surface, value = f"{AR_LI_WEEKDAYS[wd]} القادم", ref + dt.timedelta(days=ahead)
    elif n % 3 == 1:
        surface, value = f"{AR_LI_WEEKDAYS[wd]} المقبل", ref + dt.timedelta(days=ahead)
    else:
        day = ref + dt.timedelta(days=ahead)
        surface, value = f"{AR_LI_WEEKDAYS[wd]} {digits(str(day.day), n % 2)} {AR_GREG[day.month - 1]} {day.year}", day
    out.append(case(f"قررت المحكمة تأجيل النظر في القضية {surface} لاستدعاء الشهود.", "ar", ref.isoformat(),
                    [want(surface, "relative" if n % 3 < 2 else "gregorian", value.isoformat(), "day")], tz="Africa/Casablanca"))
out.append(case("دعت الهيئة للجمعة الموحدة في كل المساجد.", "ar", "2024-08-17", [], tz="Africa/Tunis"))
out.append(case("يأتي القرار انسجاما مع المعنى المجتمعي للجمعة ولمة العائلة.", "ar", "2025-12-14", [], tz="Asia/Dubai"))

# A clock in local time, then GMT's in full in brackets: two clocks.
for n, (zone, gmt) in enumerate([("Asia/Gaza", "بتوقيت غرينتش"), ("Asia/Baghdad", "بتوقيت جرينتش"), ("Africa/Cairo", "بتوقيت غرينتش")]):
    day = dt.date(2025, 1, 19) + dt.timedelta(days=97 * n)
    hh, mm = 11, 15
    local = dt.datetime(day.year, day.month, day.day, hh, mm).replace(tzinfo=ZoneInfo(zone))
    utc = local.astimezone(dt.timezone.utc)
    date_text = f"{day.day} {AR_GREG[day.month - 1]} {day.year}"
    first = f"اليوم {AR_WEEKDAYS[day.weekday()]}، {date_text}، الساعة 11:15 صباحًا"
    second = f"{utc.hour:02d}:{utc.minute:02d} {gmt}"
    text = f"دخل الاتفاق حيز التنفيذ {first} بالتوقيت المحلي ({second})، بعد تأخير."
    out.append(case(text, "ar", None, [want(first + " بالتوقيت المحلي", "gregorian", clock_value(day, hh, mm, zone), "minute"),
                                       want(second, "relative", f"{utc.date().isoformat()}T{utc.hour:02d}:{utc.minute:02d}+00:00", "minute")],
                    tz=zone))

# A year of the imperial era without its word, after a Solar Hijri month.
for n in range(10):
    imperial = rng.choice([2535, 2536, 2537]) if n % 2 else rng.randrange(2580, 2586)
    jy, jm, jd = imperial - 1180, rng.randrange(1, 13), rng.randrange(1, 30)
    day = jdate(jy, jm, jd)
    month = FA_JALALI[jm - 1] + (" ماه" if n % 3 == 0 else "")
    surface = f"{FA_WEEKDAYS[day.weekday()]} {digits(str(jd), 2 if n % 2 else 0)} {month} {digits(str(imperial), 2 if n % 2 else 0)}"
    out.append(case(f"کارگران {surface} در برابر مجلس تجمع کردند.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")]))
out.append(case("در ۱۰ خرداد ۲۶۰۰ نفر در ورزشگاه بودند.", "fa", None, []))  # (a year-less day with no reference: not reported)

# "This year" before a count; the baccalaureate's Maghrebi spelling and the make-up session.
for n in range(6):
    ref = dt.date(2023, 7, 25) + dt.timedelta(days=rng.randrange(0, 500))
    count = rng.choice(["123,264", "623", "87", "450", "1,250"])
    word = ["هذا العام", "هذه السنة", "لهذا العام"][n % 3]
    out.append(case(f"وبلغ عدد المتقدمين للامتحانات {word} {digits(count, n % 2)} طالبًا وطالبة.", "ar", ref.isoformat(),
                    [want(word, "relative", str(ref.year), "year")], tz="Africa/Tripoli"))
for n, (phrase, after) in enumerate([("الباكلوريا", " بموريتانيا"), ("الدورة الاستدراكية", "، التي انطلقت أمس"),
                                     ("باكلوريا", "."), ("للدورة الاستدراكية", " في المغرب")]):
    y = rng.randrange(2012, 2026)
    out.append(case(f"سجلت نسبة النجاح في {phrase} {digits(str(y), n % 2)}{after} ارتفاعا.", "ar", None,
                    [want(digits(str(y), n % 2), "gregorian", str(y), "year")], tz="Africa/Nouakchott"))
out.append(case("نجح في الباكلوريا 2000 طالب من الولاية.", "ar", None, [], tz="Africa/Nouakchott"))

# A budget's two years: its fiscal year by its country's months.
FISCAL = {"Asia/Kuwait": ((4, 1), (3, 31)), "Africa/Cairo": ((7, 1), (6, 30)), "Asia/Riyadh": ((1, 1), (12, 31))}
for n, zone in enumerate(["Asia/Kuwait", "Africa/Cairo", "Asia/Riyadh"] * 2):
    y = rng.randrange(2015, 2027)
    word = ["ميزانية", "موازنة", "الميزانية", "الموازنة"][n % 4]
    sep = ["- ", "/", "-", " / "][n % 4]
    (m1, d1), (m2, d2) = FISCAL[zone]
    first_day = dt.date(y, m1, d1)
    last_day = dt.date(y + 1, m2, d2)
    years = f"{digits(str(y), n % 2)}{sep}{digits(str(y + 1), n % 2)}"
    out.append(case(f"تتوقع الحكومة عجزاً في {word} {years} بسبب تراجع أسعار النفط.", "ar", None,
                    [want(years, "gregorian", f"{first_day.isoformat()}/{last_day.isoformat()}",
                          "year" if m1 == 1 else "month")], tz=zone))  # (a fiscal year of other months: its months)
# A section's number run on to its title.
out.append(case("منجمان معتقدند.\n4-3-21-مربع های سه گانه (برج های منقلب)", "fa", None, []))
out.append(case("الفصل الثاني\n2-5-12-الأحكام العامة للعقد", "ar", None, [], tz="Africa/Cairo"))

# No date for the page at all: a clock the sentence after a day written with its weekday.
PREAMBLE = ("تتجه أنظار عشاق الكرة إلى قمة نارية جديدة في الدوري، تجمع بين الفريقين في واحدة من أبرز المواجهات المنتظرة "
            "بالموسم الحالي، وسط أجواء من الضغوط بعد سلسلة من النتائج السلبية التي أثرت على ترتيب الفريقين في جدول "
            "المسابقة، بينما يواصل المتصدر تقدمه بفارق النقاط عن أقرب ملاحقيه في السباق نحو اللقب.\n")
for n in range(6):
    zone = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca"][n % 3]
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    hh, words = [(19, "السابعة مساء"), (20, "الثامنة مساء"), (21, "التاسعة مساء")][n % 3]
    surface_day = f"{digits(str(day.day), n % 2)} {AR_GREG[day.month - 1]} {digits(str(day.year), n % 2)}"
    text = (PREAMBLE * 2 + f"ومن المنتظر أن تقام المباراة يوم {AR_WEEKDAYS[day.weekday()]} المقبل، {surface_day}، ضمن الجولة. "
            f"وتنطلق المباراة في {words}.")
    out.append(case(text, "ar", None, [want(surface_day, "gregorian", day.isoformat(), "day"),
                                       want(words, "relative", clock_value(day, hh, 0, zone), "minute")], tz=zone))
out.append(case(PREAMBLE * 2 + "أسست الإذاعة في 20 فبراير 2008 بشكل مستقل في المدينة. ويبث البرنامج من الساعة 6 صباحا بلا توقف.", "ar", None,
                [want("20 فبراير 2008", "gregorian", "2008-02-20", "day")], tz="Africa/Cairo"))

# A range of days after في or "the period".
for n in range(6):
    ref = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randrange(0, 400))
    m = (ref.month % 12) + 1
    y = ref.year + (1 if m < ref.month else 0)
    d1 = rng.randrange(1, 14)
    d2 = d1 + rng.randrange(2, 14)
    opener = ["في", "خلال الفترة", "في الفترة"][n % 3]
    surface = f"{digits(str(d1), n % 2)} إلى {digits(str(d2), n % 2)} {AR_GREG[m - 1]}"
    out.append(case(f"ستجري القرعة {opener} {surface} المقبل.", "ar", ref.isoformat(),
                    [want(surface + " المقبل", "gregorian", f"{dt.date(y, m, d1).isoformat()}/{dt.date(y, m, d2).isoformat()}", "day",
                          ["year_inferred"])], tz="Africa/Casablanca"))

# Two quarters by the dual, or a quarter and the next ordinal on و.
QUARTER_PAIRS = [("الربعين الأول والثاني", 1, 6), ("الربعين الثاني والثالث", 4, 9), ("الربعين الثالث والرابع", 7, 12),
                 ("الربعين الأولين", 1, 6), ("الربعين الأخيرين", 7, 12), ("الربع الأول والثاني", 1, 6),
                 ("الربع الثاني والثالث", 4, 9), ("الربع الثالث والرابع", 7, 12)]
for n, (words, m1, m2) in enumerate(QUARTER_PAIRS):
    y = rng.randrange(2005, 2026)
    year_text = ["من", "من عام", "من سنة"][n % 3] + " " + digits(str(y), n % 2)
    last = (dt.date(y + 1, 1, 1) if m2 == 12 else dt.date(y, m2 + 1, 1)) - dt.timedelta(days=1)
    surface = f"{words} {year_text}"
    out.append(case(f"نمت أرباح الشركة في {surface} بنسبة كبيرة.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m1, 1).isoformat()}/{last.isoformat()}", "month")], tz="Asia/Riyadh"))

# Weekdays after أيام on a list's line, then a colon and hours: a schedule.
for n in range(3):
    ref = dt.date(2021, 9, 14) + dt.timedelta(days=rng.randrange(0, 300))
    days = ["الاثنين والثلاثاء والأربعاء والخميس", "الأحد والاثنين والثلاثاء", "السبت والأحد"][n]
    text = (f"وذلك على النحو التالي:\n- أيام {days}: من الساعة الثامنة صباحا إلى الساعة الخامسة مساء.\n"
            "- يوم الجمعة: من الساعة الثامنة صباحا إلى الساعة الواحدة ظهرا.")
    out.append(case(text, "ar", ref.isoformat(), [], tz="Africa/Tunis"))
# A day-month range with blanks around the first dash, then "to" and a whole date.
for n in range(4):
    y, m = rng.randrange(2012, 2026), rng.randrange(1, 13)
    d1 = rng.randrange(1, 20)
    d2 = d1 + rng.randrange(1, 8)
    to = ["الى", "إلى", "حتى", "لغاية"][n]
    surface = f"من {d1} - {m} {to} {d2}- {m} - {y}"
    out.append(case(f"تشهد المملكة منخفضا جويا في الفترة {surface} حسب الأرصاد.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d1).isoformat()}/{dt.date(y, m, d2).isoformat()}", "day")],
                    tz="Asia/Amman"))

# A Persian Hijri day and month, then سال and two digits: the day within that Solar Hijri year.
IRAN = iran_lunar()
FA_HIJRI = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال",
            "ذی‌القعده", "ذی‌الحجه"]
for n in range(8):
    jy = rng.randrange(1390, 1404)
    hm, hd = rng.choice([(2, 28), (1, 10), (9, 21), (12, 18), (3, 17), (7, 13)])
    first, last = (dt.date.fromisoformat(x) for x in solar_hijri_year(jy).split("/"))
    days = [IRAN[(hy, hm)] + dt.timedelta(days=hd - 1) for hy in range(1400, 1460) if (hy, hm) in IRAN]
    inside = [d for d in days if first <= d <= last]
    if len(inside) != 1:
        continue
    month = ("ماه " if n % 2 else "") + FA_HIJRI[hm - 1]
    yy = f"{jy % 100:02d}"
    surface = f"{digits(str(hd), 2 if n % 3 else 0)} {month} {'در ' if n % 2 == 0 else ''}سال {digits(yy, 2 if n % 3 else 0)}"
    out.append(case(f"مراسم {surface} برگزار شد.", "fa", None, [want(surface, "hijri", inside[0].isoformat(), "day")]))
out.append(case("ماه رمضان در سال ۱۴۰۱ به پایان رسید.", "fa", None,
                [want("در سال ۱۴۰۱", "jalali", solar_hijri_year(1401), "year", ["calendar_guessed"])]))  # (the month alone: no reference)

# The year word and a number of days (N-day years): no year.
for n, text in enumerate(["این تعطیلی در سالهای ۳۶۵ روزه همواره برقرار است.", "در سال‌های ۳۶۶ روزه یک روز به اسفند افزوده می‌شود.",
                          "در سال 365 روزه تقویم جلالی تغییری نیست."]):
    out.append(case(text, "fa", None, []))

# A Persian year of the first Hijri century in words or by its ordinal.
def hijri_year_days(y):
    first = dt.date(*islamic.to_gregorian(y, 1, 1))
    last = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) - dt.timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


for n, (words, y, era) in enumerate([("سال یازدهم", 11, "هجری قمری"), ("سال پنجاه", 50, "هجری قمری"), ("سال دهم", 10, "قمری"),
                                     ("سال شصت و یک", 61, "هجری قمری"), ("سال بیستم", 20, "هجری قمری")]):
    surface = f"در {words} {era}"
    out.append(case(f"این واقعه {surface} رخ داد.", "fa", None, [want(surface, "hijri", hijri_year_days(y), "year", ["approximate"])]))

# A clock on a relative day with its weekday, then الموافق and that weekday's date.
for n in range(6):
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    zone = ["Asia/Riyadh", "Africa/Cairo", "Asia/Amman"][n % 3]
    hh, words = [(22, "العاشرة مساء"), (21, "التاسعة مساء"), (20, "الثامنة مساء")][n % 3]
    rel = ["غدًا", "غدا", "اليوم"][n % 3]
    surface = f"الساعة {words} {rel} {AR_WEEKDAYS[day.weekday()]} الموافق {digits(str(day.day), n % 2)} {AR_GREG[day.month - 1]} {digits(str(day.year), n % 2)}"
    out.append(case(f"تنطلق المباراة {surface} على الملعب الكبير.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, hh, 0, zone), "minute")], tz=zone))

# The national exam's year by its last two digits after سراسری or درکنکور.
for n in range(6):
    yy = rng.choice([96, 97, 98, 99, 0, 1, 2, 3])
    jy = 1300 + yy if yy >= 50 else 1400 + yy
    word = ["کنکور سراسری", "درکنکور", "آزمون سراسری"][n % 3]
    figures = digits(f"{yy:02d}", 2 if n % 2 else 0)
    out.append(case(f"نتایج {word} {figures} اعلام شد.", "fa", None, [want(figures, "jalali", solar_hijri_year(jy), "year")]))
out.append(case("در کنکور سراسری ۹۹ نفر از این مدرسه پذیرفته شدند.", "fa", None, []))

# To early in the time of a relative day.
for n in range(3):
    ref = dt.date(2025, 5, 12) + dt.timedelta(days=rng.randrange(0, 300))
    first = ["از بعد از ظهر امروز", "از امروز", "از عصر امروز"][n]
    second = ["تا اوایل وقت فردا", "تا اوایل وقت پس فردا", "تا اوایل وقت فردا"][n]
    last = ref + dt.timedelta(days=2 if "پس" in second else 1)
    surface = f"{first} {second}"
    out.append(case(f"بارش باران {surface} ادامه دارد.", "fa", ref.isoformat(),
                    [want(surface, "relative", f"{ref.isoformat()}/{last.isoformat()}", "day")]))

# A day moved or put off to another, with no from: two days.
for n in range(4):
    d1 = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    d2 = d1 + dt.timedelta(days=rng.randrange(2, 9))
    verb = ["نقل امتحانات", "تأجيل امتحانات", "نقل مباراة", "تأجيل جلسة"][n]
    first = f"يوم {AR_WEEKDAYS[d1.weekday()]} {d1.day}/{d1.month}/{d1.year}"
    second = f"يوم {AR_WEEKDAYS[d2.weekday()]} {d2.day}/{d2.month}/{d2.year}"
    out.append(case(f"قررت الإدارة {verb} {first} إلى {second} بسبب الأحوال الجوية.", "ar", None,
                    [want(first, "gregorian", d1.isoformat(), "day"), want(second, "gregorian", d2.isoformat(), "day")], tz="Asia/Amman"))

# A festival's year before a verb's present.
for n, (name, verb) in enumerate([("مهرجان مسقط", "ينتظر زواره"), ("مهرجان قرطاج", "يودع جمهوره"), ("مهرجان جرش", "يستقبل ضيوفه")]):
    y = rng.randrange(2010, 2026)
    out.append(case(f"{name} {digits(str(y), n % 2)} {verb} بعد أيام من التألق.", "ar", None,
                    [want(digits(str(y), n % 2), "gregorian", str(y), "year")], tz="Asia/Muscat"))
out.append(case("حضر مهرجان الربيع 1950 زائرا من المدينة.", "ar", None, [], tz="Asia/Muscat"))

# Elections named by their kind before their year.
for n, (word, after) in enumerate([("رئاسيات", ""), ("الرئاسيات", " في الجزائر"), ("تشريعيات", ""),
                                   ("رئاسية", " في تونس"), ("التشريعيات", ""), ("الرئاسية", "")]):
    y = rng.randrange(2004, 2026)
    out.append(case(f"{word} {digits(str(y), n % 2)}.. ما هي الحملة الانتخابية{after}؟", "ar", None,
                    [want(digits(str(y), n % 2), "gregorian", str(y), "year")], tz="Africa/Algiers"))
out.append(case("حصل المرشح في الرئاسية 2000 صوت فقط.", "ar", None, [], tz="Africa/Algiers"))

# A range of clocks, then "and goes on until" a day: every day's hours.
for n in range(3):
    ref = dt.date(2025, 10, 12) + dt.timedelta(days=rng.randrange(0, 300))
    end = ref + dt.timedelta(days=3)
    verb = ["وتستمر", "ويستمر", "تستمر"][n]
    surface = f"يوم {AR_WEEKDAYS[end.weekday()]} {end.day} {AR_GREG[end.month - 1]}"
    out.append(case(f"تبدأ اللجان أعمالها من التاسعة صباحًا حتى الخامسة مساءً، {verb} حتى {surface}.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", end.isoformat(), "day", ["year_inferred"])], tz="Africa/Cairo"))

emit("tools/gen/cases_five_hundred_ninety_seventh_sets.py: a clock in the sentence after its day on an undated page, "
     "a clock in its zone and GMT's named in full in brackets, spans of years with parts, the pilgrimage's year, ل on a weekday, local time and GMT, the imperial year, this year's counts, Maghrebi exams, budgets' fiscal years, section numbers (docs/accuracy.md)", out)
