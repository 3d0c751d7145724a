#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_eleventh_sets.jsonl: forms met in the
hundred-and-eleventh to hundred-and-fourteenth real-text sets (housing and
rents; environment and climate; retail and consumers; health and
hospitals), generated across their families.

- A written zone as the word for "time" and a city or country, with or
  without ب, in brackets or not (22:42 (توقيت القدس), الساعة 8 مساء توقيت
  بغداد, ساعت ۲۰ وقت کابل, ۲۱:۳۰ (وقت تهران)): that place's offset.
- A day to the end of a year (از ۲۲ خرداد تا پایان سال ۱۴۰۰, من 5 مارس 2021
  حتى نهاية عام 2021): one span to the year's last day.
- One month of a year (ماه اول ۱۴۰۳, ماه آخر سال ۱۴۰۲, الشهر الأول من عام
  2024); a count before it counts months from there (۶ ماه دوم سال ۱۴۰۲:
  مهر–اسفند), a fraction before it is no first month (شش و نیم ماه اول سال
  مالی ۱۴۰۲: the year).
- The dual's year word before two years in a row (لسنتي 2017 و 2018,
  لعامي ٢٠٢٠ و ٢٠٢١): the span of both; two years apart stay two (عامي 1974
  و1976).
- Morocco's متم, "the end of" (في متم 2015, متم شهر دجنبر 2015): the year
  or the month.
- A year after في before a verb's feminine past (وفي 2009 شاركت دبي):
  that year; not before a counted noun (في 2000 سيارات).
- An hour of the morning in Persian words before its day (هشت صبح شنبه ۱۹
  آبان ۱۴۰۳): that clock; not a newspaper (روزنامه هشت صبح) nor daily hours
  (از شش صبح تا ده شب).
- Dari's سال پار (last year) and نیمه شب گذشته (last midnight: the day
  before).
- A stamp's clock run into its Gregorian twin (ساعت 17:472022-07-29): one
  match, the clock's.
- English weekday before "the Nth of Month" (Saturday the 28th of March).
- اردی‌بهشت in two parts; an hour in figures with its half or quarter and a
  part of the day (۸ و نیم صبح); the bare end of a range of clocks past
  noon before a relative day (از ساعت ۱۶ تا ۲۰ امروز: 20:00 today); a
  stamp's year run into its hour (08 Jun 201718:37 PM); a month's other
  name in quotes (28 فبراير"شباط"); two shifts a day (على فترتين), whose
  hours recur; hours before a span of weekdays of any week (من الساعة 8
  صباحا حتى 2 ظهرا من الأحد إلى الخميس, از ساعت ۸ صبح تا ۲ بعدازظهر از شنبه
  تا چهارشنبه): a week's schedule, no day.
- Not dates: a month after بعد شهر كامل من (a month of something), a
  two-digit year before a decimal (30 ديسمبر 83.8 كم/ساعة), forties of heat
  (درجات الحرارة في الأربعينات), Mehr housing (مسکن مهر تا پایان امسال: the
  year's end only), a festival's name (یلدای اقوام), a day every year with
  a night word between (همه ساله شب 28 ماه مارس); a clock followed by
  "and on" another weekday keeps its own day (الساعة الخامسة مساءً، ويوم
  الأربعاء).

Weekdays and days come from datetime, offsets from zoneinfo, Solar Hijri
days and years from convertdate and the Calendar Center's leap years:
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_eleventh_sets.py > tests/extract/cases/hundred_eleventh_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_CLOCK_HOURS, AR_GREG, AR_WEEKDAYS, DAY, FA_DIGITS, FA_JALALI, FA_WEEKDAYS, case, clock_value,
                       emit, jdate, jday, solar_hijri_year, want)

rng = random.Random(111)
out = []
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FA_HOURS = {2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه", 10: "ده", 11: "یازده"}
FA_COUNTS = {2: "دو", 3: "سه", 4: "چهار", 6: "شش"}


def ref_day():
    return dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY


def fa(n):
    return str(n).translate(FA_DIGITS)


def jalali_month(jy, m):
    """SCHEMA's value of a Solar Hijri month: its first and last days."""
    first = jdate(jy, m, 1)
    last = jdate(jy + 1, 1, 1) - DAY if m == 12 else jdate(jy, m + 1, 1) - DAY
    return f"{first.isoformat()}/{last.isoformat()}"


def jalali_months(jy, m1, m2):
    return f"{jalali_month(jy, m1).split('/')[0]}/{jalali_month(jy, m2).split('/')[1]}"


# A written zone: the word for "time" and a place, after a clock.
AR_PLACES = [("القدس", "Asia/Jerusalem"), ("بغداد", "Asia/Baghdad"), ("الدوحة", "Asia/Qatar"),
             ("الرياض", "Asia/Riyadh"), ("القاهرة", "Africa/Cairo")]
for n in range(10):
    ref = ref_day()
    place, zone = AR_PLACES[n % len(AR_PLACES)]
    h, m = rng.randint(13, 23), rng.randint(10, 59)
    word = ["توقيت", "بتوقيت"][n % 2] if n % 4 < 2 else "توقيت"
    zone_words = f"({word} {place})" if n % 2 == 0 else f"{word} {place}"
    surface = f"{h}:{m:02d} {zone_words}"
    out.append(case(f"نشر الخبر في {surface} على موقع الوكالة.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h, m, zone), "minute")], tz="Asia/Dubai"))
FA_PLACES = [("تهران", "Asia/Tehran"), ("کابل", "Asia/Kabul")]
for n in range(6):
    ref = ref_day()
    place, zone = FA_PLACES[n % 2]
    other = "Asia/Kabul" if zone == "Asia/Tehran" else "Asia/Tehran"
    h = rng.randint(13, 22)
    zone_words = f"(وقت {place})" if n % 3 == 0 else f"وقت {place}" if n % 3 == 1 else f"بوقت {place}"
    surface = f"ساعت {fa(h)} {zone_words}"
    out.append(case(f"مسابقه {surface} آغاز می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h, 0, zone), "minute")], tz=other))
out.append(case("الساعة 8 مساء توقيت المباراة الأولى.", "ar", "2024-05-01",
                [want("الساعة 8 مساء", "relative", clock_value(dt.date(2024, 5, 1), 20, 0, "Asia/Baghdad"), "minute")],
                tz="Asia/Baghdad"))

# A day to the end of a year: one span to its last day.
for n in range(6):
    jy = rng.randint(1390, 1405)
    m, d = rng.randint(1, 11), rng.randint(1, 29)
    ref = jdate(jy, m, d) + rng.randint(0, 20) * DAY
    day_surface = f"{fa(d)} {FA_JALALI[m - 1]}{' ماه' if n % 2 else ''}"
    end = ["پایان سال", "پایان سال", "آخر سال"][n % 3]
    surface = f"از {day_surface} تا {end} {fa(jy)}"
    value = f"{jdate(jy, m, d).isoformat()}/{solar_hijri_year(jy).split('/')[1]}"
    out.append(case(f"قراردادهای اجاره {surface} تمدید می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "jalali", value, "day", ["year_inferred"])]))
for n in range(4):
    y = rng.randint(2012, 2026)
    m, d = rng.randint(1, 11), rng.randint(1, 28)
    surface = f"من {d} {AR_GREG[m - 1]} {y} {['حتى', 'إلى', 'ولغاية', 'حتى'][n]} نهاية عام {y}"
    value = f"{dt.date(y, m, d).isoformat()}/{y}-12-31"
    out.append(case(f"يستمر العمل بالقرار {surface}.", "ar", None, [want(surface, "gregorian", value, "day")]))

# One month of a year, and a count of months before the words for it.
for n in range(6):
    jy = rng.randint(1395, 1405)
    words, month = [("ماه اول", 1), ("ماه نخست", 1), ("ماه دوم", 2), ("ماه آخر", 12), ("ماه پایانی", 12),
                    ("ماه سوم", 3)][n]
    year = f"سال {fa(jy)}" if n % 2 else fa(jy)
    surface = f"{words} {year}"
    out.append(case(f"تورم اجاره در {surface} کاهش یافت.", "fa", None,
                    [want(surface, "jalali", jalali_month(jy, month), "month", ["calendar_guessed"])]))
for n in range(5):
    jy = rng.randint(1395, 1405)
    c = [6, 3, 4, 2, 6][n]
    words, v = [("ماه اول", 1), ("ماه دوم", 2), ("ماه آخر", 12), ("ماه نخست", 1), ("ماه پایانی", 12)][n]
    first, last = (13 - c, 12) if v == 12 else ((v - 1) * c + 1, v * c)
    count = fa(c) if n % 2 == 0 else FA_COUNTS[c]
    surface = f"{count} {words} سال {fa(jy)}"
    out.append(case(f"رشد اجاره‌بها در {surface} اعلام شد.", "fa", None,
                    [want(surface, "jalali", jalali_months(jy, first, last), "month", ["calendar_guessed"])]))
for n in range(3):
    y = rng.randint(2015, 2026)
    words, month = [("الشهر الأول", 1), ("الشهر الثاني", 2), ("الشهر الأخير", 12)][n]
    surface = f"{words} من عام {y}"
    out.append(case(f"ارتفعت الإيجارات خلال {surface} بنسبة كبيرة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{month:02d}", "month")]))
out.append(case("کشف اموال در شش و نیم ماه اول سال مالی (۱۴۰۲) بیشتر شد.", "fa", None,
                [want("سال مالی (۱۴۰۲)", "jalali", solar_hijri_year(1402), "year", ["calendar_guessed"])]))

# The dual's year word: two years in a row are one span; two apart, two years.
for n in range(8):
    y = rng.randint(2000, 2025)
    word = ["لسنتي", "بسنتي", "سنتي", "لعامي", "عامي", "العامين", "للعامين", "لسنتي"][n]
    second = f"و{y + 1}" if n % 2 else f"و {y + 1}"
    written = f"{y} {second}" if n < 6 else f"{y} {second}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    surface = f"{word} {written}"
    out.append(case(f"يجب دفع المعاليم المستوجبة {surface} في أجل أقصاه شهر.", "ar", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))
out.append(case("تضاعف عدد السكان بين عامي 1974 و1976 عندما أعلنت الحكومة.", "ar", None,
                [want("عامي 1974 و1976", "gregorian", "1974-01-01/1976-12-31", "year")]))
out.append(case("شهدت البلاد عامي 1974 و1976 أزمة سكن.", "ar", None,
                [want("عامي 1974", "gregorian", "1974", "year"), want("1976", "gregorian", "1976", "year")]))

# Morocco's متم: the end of a year or a month.
for n in range(6):
    y = rng.randint(2010, 2026)
    if n % 2 == 0:
        surface = f"متم {'سنة ' if n % 4 == 2 else ''}{y}"
        expect = want(surface, "gregorian", str(y), "year")
    else:
        m = rng.randint(1, 12)
        month = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
                 "دجنبر"][m - 1]
        surface = f"متم شهر {month} {y}"
        expect = want(surface, "gregorian", f"{y}-{m:02d}", "month")
    out.append(case(f"تقلص العجز السكني في {surface} بفضل البرامج.", "ar", None, [expect]))

# A year after في before a verb's feminine past.
for n in range(6):
    y = rng.randint(1990, 2025)
    verb = ["شاركت", "اندلعت", "أعلنت", "سجلت", "انطلقت", "بلغت"][n]
    out.append(case(f"وفي {y} {verb} المدينة في المبادرة لأول مرة.", "ar", None,
                    [want(f"في {y}", "gregorian", str(y), "year")]))
out.append(case("تم تسجيل ما يزيد عن ألف حادث في 2000 سيارات مختلفة.", "ar", None, []))

# An hour of the morning in Persian words before its day.
for n in range(8):
    jy = rng.randint(1395, 1405)
    m, d = rng.randint(1, 12), rng.randint(1, 29)
    day = jdate(jy, m, d)
    h = rng.randint(5, 11)
    weekday = FA_WEEKDAYS[day.weekday()]
    surface = f"{FA_HOURS[h]} صبح {weekday} {fa(d)} {FA_JALALI[m - 1]} {fa(jy)}"
    out.append(case(f"شاخص کیفیت هوا در ۲۴ ساعت منتهی به {surface} ناسالم بود.", "fa", None,
                    [want(surface, "jalali", clock_value(day, h, 0, "Asia/Tehran"), "minute")], tz="Asia/Tehran"))
for n in range(3):
    ref = ref_day()
    h = rng.randint(5, 11)
    surface = f"{FA_HOURS[h]} صبح فردا"
    out.append(case(f"محدودیت‌ها تا {surface} ادامه دارد.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref + DAY, h, 0, "Asia/Tehran"), "minute")], tz="Asia/Tehran"))
out.append(case("به گزارش روزنامه هشت صبح، شورای شهر جلسه گذاشت.", "fa", "2024-05-01", [], tz="Asia/Kabul"))
out.append(case("پرواز ها از شش صبح تا ده شب انجام می‌شود.", "fa", "2024-05-01", [], tz="Asia/Kabul"))
out.append(case("سه شب متوالی باران بارید.", "fa", "2024-05-01", [], tz="Asia/Kabul"))

# Dari's سال پار, and last midnight.
for n in range(4):
    ref = ref_day()
    jy = jday(ref)[0]
    out.append(case(f"قیمت‌ها نسبت به سال پار بالا رفته است.", "fa", ref.isoformat(),
                    [want("سال پار", "relative", solar_hijri_year(jy - 1), "year")], tz="Asia/Kabul"))
    out.append(case(f"بارش شدید باران نیمه شب گذشته به وقوع سیل منجر شد.", "fa", ref.isoformat(),
                    [want("نیمه شب گذشته", "relative", (ref - DAY).isoformat(), "day")]))

# A stamp's clock run into its Gregorian twin: one match, the clock's.
for n in range(5):
    jy = rng.randint(1398, 1404)
    m, d = rng.randint(1, 12), rng.randint(1, 29)
    day = jdate(jy, m, d)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    weekday = FA_WEEKDAYS[day.weekday()]
    surface = f"{weekday}، {d} {FA_JALALI[m - 1]} {jy} ساعت {h:02d}:{mi:02d}{day.isoformat()}"
    out.append(case(f"{surface}اجتماعي\n\nخبر تازه", "fa", None,
                    [want(surface, "jalali", clock_value(day, h, mi, "Asia/Tehran"), "minute")], tz="Asia/Tehran"))

# An English weekday before "the Nth of Month": the day whose weekday it is.
for n in range(5):
    while True:
        day = dt.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        ref = day - rng.randint(1, 25) * DAY
        if ref.year == day.year:
            break
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day.day, "th")
    surface = f"{EN_WEEKDAYS[day.weekday()]}{',' if n % 2 else ''} the {day.day}{suffix} of {EN_MONTHS[day.month - 1]}"
    out.append(case(f"هي ساعة واحدة فقط، on a {surface}.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])]))

# Not dates.
for n in range(4):
    ref = ref_day()
    unit = ["شهر كامل", "أسبوع كامل", "عام كامل", "شهر كامل"][n]
    out.append(case(f"انتهت الراحة البيولوجية بعد {unit} من التوقف.", "ar", ref.isoformat(), []))
for n in range(4):
    ref = ref_day()
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    cands = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1)]
    near = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
    surface = f"{d} {AR_GREG[m - 1]}"
    out.append(case(f"سجلت الرياح مساء {surface} {rng.randint(60, 99)}.{rng.randint(1, 9)} كم/ساعة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", near.isoformat(), "day", ["year_inferred"])]))
for words in ["درجات الحرارة ستكون في الأربعينات", "حرارة عموما ستكون في الثلاثينات", "درجة الحرارة العظمى في الخمسينات"]:
    out.append(case(f"قال المركز إن {words} خلال هذا الأسبوع.", "ar", None, []))
out.append(case("تطورت المدينة كثيرا في الأربعينات من القرن الماضي.", "ar", None,
                [want("الأربعينات من القرن الماضي", "gregorian", "1940-01-01/1949-12-31", "year")]))
for n in range(3):
    ref = ref_day()
    jy = jday(ref)[0]
    out.append(case(f"وزیر گفت: ۷۰ هزار مسکن مهر تا پایان امسال تحویل مردم داده می‌شود.", "fa", ref.isoformat(),
                    [want("پایان امسال", "relative", solar_hijri_year(jy), "year")]))
out.append(case("جشنواره یلدای اقوام هر روز از ساعت ۱۷ تا ۲۱ برگزار می‌شود.", "fa", "2025-12-16", []))
out.append(case('رویداد "ساعت زمین" همه ساله شب 28 ماه مارس میلادی برگزار می شود.', "fa", "2020-03-01", []))
for n in range(4):
    ref = ref_day()
    zone = ["Asia/Amman", "Asia/Riyadh", "Africa/Cairo", "Asia/Amman"][n]
    wed = ref + ((2 - ref.weekday()) % 7) * DAY
    wed = wed - 7 * DAY if (wed - ref).days > 3 else wed  # the nearest Wednesday, a tie to the past
    out.append(case("وأكد رئيس البلدية أن الدوام تم تمديده حتى الساعة الخامسة مساءً، ويوم الأربعاء حتى الخامسة والنصف.",
                    "ar", ref.isoformat(),
                    [want("الساعة الخامسة مساءً", "relative", clock_value(ref, 17, 0, zone), "minute"),
                     want("يوم الأربعاء", "relative", wed.isoformat(), "day"),
                     want("الخامسة والنصف", "relative", clock_value(wed, 17, 30, zone), "minute")], tz=zone))

# From the hundred-and-fourteenth sets (health and hospitals).
# اردی‌بهشت written in two parts (a ZWNJ or a blank between them).
for n in range(4):
    jy, d = rng.randint(1395, 1405), rng.randint(1, 31)
    name = ["اردی‌بهشت", "اردی بهشت", "اردي‌بهشت", "اردی‌بهشت ماه"][n]
    surface = f"{fa(d)} {name} {fa(jy)}"
    out.append(case(f"واکسیناسیون از {surface} آغاز شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, 2, d).isoformat(), "day")]))
# An hour in figures with its half or quarter in words and a part of the day, without ساعت.
for n in range(4):
    ref = ref_day()
    h = rng.randint(6, 11)
    half, mm = [("نیم", 30), ("ربع", 15)][n % 2]
    part, add = [("صبح", 0), ("عصر", 12)][n // 2] if h > 4 else ("صبح", 0)
    surface = f"{fa(h)} و {half} {part}"
    out.append(case(f"درمانگاه {surface} باز می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h + add, mm, "Asia/Tehran"), "minute")], tz="Asia/Tehran"))
out.append(case("وزن نوزاد ۸ و نیم کیلو بود.", "fa", "2024-05-01", [], tz="Asia/Tehran"))
# The bare end of a range of clocks past noon, before a relative day: that day at that hour.
for n in range(6):
    ref = ref_day()
    a, b = rng.randint(8, 15), rng.randint(16, 23)
    if n % 2 == 0:
        word, shift = ["امروز", "فردا"][n % 4 // 2], [0, 1][n % 4 // 2]
        text = f"اهداکنندگان می‌توانند از ساعت {fa(a)} تا {fa(b)} {word} به مرکز انتقال خون مراجعه کنند."
        first, end, zone, lang = f"ساعت {fa(a)}", f"{fa(b)} {word}", "Asia/Tehran", "fa"
    else:
        word, shift = ["اليوم", "غدا"][n % 4 // 2], [0, 1][n % 4 // 2]
        text = f"يستقبل المركز المتبرعين من الساعة {a} حتى {b} {word} في مقره."
        first, end, zone, lang = f"الساعة {a}", f"{b} {word}", "Asia/Amman", "ar"
    day = ref + shift * DAY
    out.append(case(text, lang, ref.isoformat(),
                    [want(first, "relative", clock_value(day, a, 0, zone), "minute"),
                     want(end, "relative", clock_value(day, b, 0, zone), "minute")], tz=zone))
# A stamp's year run into the hour after it (08 Jun 201718:37 PM).
for n in range(4):
    day = dt.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28))
    h, mi = rng.randint(13, 23), rng.randint(0, 59)
    surface = f"{day.day:02d} {EN_MONTHS[day.month - 1][:3]} {day.year}{h:02d}:{mi:02d} PM"
    out.append(case(f"إصابات جديدة بالكوليرا\n{surface}\nأعلنت المنظمة اليوم", "ar", None,
                    [want(surface, "gregorian", clock_value(day, h, mi, "Asia/Aden"), "minute"),
                     # the stamp dates the page: its today (docs/extraction.md, Reference)
                     want("اليوم", "relative", day.isoformat(), "day")], tz="Asia/Aden"))
# A month's other name in quotes glued to the first (28 فبراير"شباط").
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
          "كانون الأول"]
for n in range(4):
    y, m = rng.randint(2010, 2025), rng.randint(1, 11)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    surface = f'من {d1} {AR_GREG[m - 1]}"{LEVANT[m - 1]}" و لغاية {d2} {AR_GREG[m]} ({LEVANT[m]}) {y}'
    out.append(case(f"تنظم الجمعية أكبر حملة للتبرع بالدم {surface} في الرباط.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d1).isoformat()}/{dt.date(y, m + 1, d2).isoformat()}", "day")]))
# Hours before a span of weekdays of any week recur: no day (the span too).
AR_SPANS = [("الأحد", "الخميس"), ("السبت", "الخميس"), ("السبت", "الأربعاء"), ("الاثنين", "الجمعة")]
FA_SPANS = [("شنبه", "چهارشنبه"), ("شنبه", "پنجشنبه"), ("یکشنبه", "پنجشنبه")]
for n in range(6):
    ref = ref_day()
    a, b = rng.randint(7, 10), rng.randint(1, 4)
    w1, w2 = AR_SPANS[n % len(AR_SPANS)]
    if n % 3 == 0:
        text = f"يستقبل المركز المراجعين من الساعة {a} صباحا حتى {b} ظهرا من {w1} إلى {w2}."
    elif n % 3 == 1:
        text = (f"تفتح المكاتب أبوابها من {AR_CLOCK_HOURS[a - 1]} صباحاً وحتى {AR_CLOCK_HOURS[b - 1]} عصراً، ومن 30: 8 مساءً "
                f"وحتى 30: 11 ليلاً من {w1} إلى {w2}.")
    else:
        text = f"العيادات مفتوحة من {a} إلى {b} مساء من {w1} إلى {w2} في كل المحافظات."
    out.append(case(text, "ar", ref.isoformat(), [], tz="Africa/Cairo"))
for n in range(3):
    ref = ref_day()
    a, b = rng.randint(7, 10), rng.randint(1, 4)
    w1, w2 = FA_SPANS[n]
    out.append(case(f"مراکز از ساعت {fa(a)} صبح تا {fa(b)} بعدازظهر از {w1} تا {w2} فعال هستند.", "fa", ref.isoformat(), [],
                    tz="Asia/Tehran"))

# Two shifts a day: their hours recur.
out.append(case("تعمل العيادات على فترتين، الصباحية تبدأ من الثامنة وحتى الثانية ظهراً، والمسائية من الرابعة وحتى الثامنة مساءً.",
                "ar", "2024-05-01", [], tz="Asia/Dubai"))

emit("Forms of the hundred-and-eleventh to hundred-and-fourteenth sets: tools/gen/cases_hundred_eleventh_sets.py "
     "(oracles: datetime, zoneinfo, convertdate and the Calendar Center's leap years)", out)
