#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_ninth_sets.jsonl: forms met in the
hundred-and-ninth and hundred-and-tenth real-text sets (roads and bridges;
fuel, power and water cuts), generated across their families.

- A range of clock times where one side says the part of the day and the
  other does not (من الساعة الثامنة مساء وحتى الساعة الحادية عشر, از ساعت ۵
  تا ساعت ۹ شب): the bare side is in the same half of the day when that keeps
  the range in order (23:00; 17:00); not when it would not (من الساعة 9 حتى
  الساعة 5 مساء: 9 in the morning).
- Dari's بجه, "o'clock", after an hour in figures or words (ساعت ۸ بجه صبح,
  دو بجه بعد از ظهر, ۱۰ بجه شب, ساعت ۸:۳۰ بجه): a clock time, with or
  without ساعت; not بچه (a child: ۵ بچه).
- The first or last ten days of a month in the spoken order, number before
  أيام (العشرة أيام الأخيرة من شهر يوليو 2023, آخر عشرة أيام من رمضان 1445,
  أول عشرة أيام من, ده روز ابتدایی مهر ۱۴۰۳): the month's first or last tenth
  (days 1-10; 21 to its end); not of a life (العشرة أيام الأخيرة من عمره).
- A two-digit number after سال before a distance, volume, area or power
  (تا پایان سال ۱۴ کیلومتر دیگر): a count, no year.
- A sentence closing on a colon that names one day (مواقيت الصلاة يوم الأحد
  16 مارس 2025 على النحو التالي:, اوقات شرعی مشهد در روز یکشنبه (۲۶ اسفند
  ۱۴۰۳) به شرح زیر است:) heads the table of clock times below it, lines
  that hold a clock alone (۰۴:۱۶:۵۷ |) included; not a notice's sentence
  below it (… عند الساعة 8:00 صباحا من كل أسبوع.). An empty widget's zeros
  glued to their labels (۰۰:۰۰طلوع خورشید) are no clock; سال before a
  decimal (سال ۱۴.۳) no year.
- An hour's feminine ordinal without its article after الساعة (على الساعة
  سابعة صباحا, الساعة ثامنة مساء); not واحدة (ساعة واحدة is an hour long)
  nor رابعة (a name).
- A year glued to the word that introduces it (کنکور۱۴۰۲, موسم2024,
  منذ2019): that year; glued to another word (شماره۱۴۰۲), a code.
- Local time with the same moment in GMT in brackets, its minutes after a
  dot (الساعة 9.50 مساء بالتوقيت المحلي (17.20 ت غ)): the bracket's instant;
  with GMT named in full (… (19.59 بتوقيت غرينتش)), two clocks, the local
  one in the text's zone.
- ھ, an Urdu keyboard's heh, folds to ه (۱۵ حمل ۱۴۰۳ ھجری شمسی).
- Palestine's Land Day (ذكرى يوم الأرض 2019: 30 March) and Valentine's Day
  in Persian (ولنتاین ۲۰۲۴); not the United Nations' international days
  (اليوم العالمي للمياه, روز جهانی محیط زیست), which the annotated sets hold
  a theme, not a date.

Weekdays and days come from datetime, offsets from zoneinfo, Umm al-Qura's
days from tests/data/umalqura_month_starts.csv, Solar Hijri days from
convertdate: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_ninth_sets.py > tests/extract/cases/hundred_ninth_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_CLOCK_HOURS, AR_GREG, AR_HIJRI, AR_WEEKDAYS, DAY, FA_DIGITS, FA_JALALI,
                       FA_WEEKDAYS, FA_ZODIAC, case, clock_value, emit, jdate, jday, offset, solar_hijri_year, umm_al_qura,
                       want)

rng = random.Random(109)
out = []
UQ = umm_al_qura()
FA_HOURS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده"]
AR_ZONES = ["Africa/Cairo", "Asia/Riyadh", "Asia/Baghdad", "Africa/Algiers", "Asia/Amman"]


def ref_day():
    return dt.date(2015, 1, 1) + rng.randint(0, 3800) * DAY


def fa(n):
    return str(n).translate(FA_DIGITS)


# A range of clocks: the evening of the first carries to the second when
# the second's hour is later.
for n in range(10):
    ref = ref_day()
    zone = AR_ZONES[n % len(AR_ZONES)]
    a = rng.randint(4, 9)
    b = rng.randint(a + 1, 11)
    words = n % 2 == 0
    first = f"الساعة {AR_CLOCK_HOURS[a - 1] if words else a} {['مساء', 'مساءا', 'مساءً'][n % 3]}"
    second = f"الساعة {AR_CLOCK_HOURS[b - 1] if words else b}"
    to = ["حتى", "وحتى", "إلى", "لغاية"][n % 4]
    text = f"تقرر قطع المياه عن عدة أحياء من {first} {to} {second} بسبب أعمال الصيانة."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(first, "relative", clock_value(ref, a + 12, 0, zone), "minute"),
                     want(second, "relative", clock_value(ref, b + 12, 0, zone), "minute")], tz=zone))
# ... and the afternoon or night of the second to the first when its hour is earlier.
for n in range(8):
    ref = ref_day()
    a = rng.randint(1, 7)
    b = rng.randint(a + 1, 11) if n % 2 else rng.randint(max(a + 1, 6), 11)
    if n % 2 == 0:
        zone = "Asia/Tehran"
        part = ["شب", "عصر", "بعد از ظهر"][n // 2 % 3]
        if part == "شب":
            b = rng.randint(max(a + 1, 7), 11)
        first = f"ساعت {fa(a) if n % 4 == 0 else FA_HOURS[a - 1]}"
        second = f"ساعت {fa(b)} {part}"
        text = f"برق این مناطق از {first} تا {second} قطع خواهد بود."
        out.append(case(text, "fa", ref.isoformat(),
                        [want(first, "relative", clock_value(ref, a + 12, 0, zone), "minute"),
                         want(second, "relative", clock_value(ref, b + 12, 0, zone), "minute")], tz=zone))
    else:
        zone = AR_ZONES[n % len(AR_ZONES)]
        if n // 2 % 2:  # the afternoon (عصرا) ends by six
            a, b = rng.randint(1, 4), rng.randint(5, 6)
        first = f"الساعة {a}"
        second = f"الساعة {b} {['مساء', 'عصرا'][n // 2 % 2]}"
        text = f"يستقبل المركز المراجعين من {first} حتى {second} في المقر الرئيسي للهيئة."
        out.append(case(text, "ar", ref.isoformat(),
                        [want(first, "relative", clock_value(ref, a + 12, 0, zone), "minute"),
                         want(second, "relative", clock_value(ref, b + 12, 0, zone), "minute")], tz=zone))
# Not when the bare hour would put the range out of order: 9 before 5 p.m.
for n in range(4):
    ref = ref_day()
    zone = AR_ZONES[n % len(AR_ZONES)]
    a = rng.randint(7, 11)
    b = rng.randint(1, 5)
    if n % 2 == 0:
        first, second = f"الساعة {a}", f"الساعة {b} مساء"
        text = f"تفتح المكاتب من {first} حتى {second} في المقر الرئيسي."
        lang = "ar"
    else:
        zone = "Asia/Tehran"
        first, second = f"ساعت {fa(a)}", f"ساعت {fa(b)} بعد از ظهر"
        text = f"ادارات از {first} تا {second} باز هستند."
        lang = "fa"
    out.append(case(text, lang, ref.isoformat(),
                    [want(first, "relative", clock_value(ref, a, 0, zone), "minute"),
                     want(second, "relative", clock_value(ref, b + 12, 0, zone), "minute")], tz=zone))

# Dari's بجه after the hour.
PARTS = [("صبح", 0), ("شب", 12), ("بعد از ظهر", 12), ("قبل از ظهر", 0), ("عصر", 12)]
for n in range(14):
    ref = ref_day()
    zone = "Asia/Kabul"
    part, add = PARTS[n % len(PARTS)]
    h = rng.randint(7, 11) if part in ("شب", "قبل از ظهر", "صبح") else rng.randint(1, 5)
    if part == "شب":
        h = rng.randint(7, 11)
    hour = [fa(h), FA_HOURS[h - 1], str(h)][n % 3]
    minutes = 30 if n % 5 == 4 and n % 3 != 1 else 0
    clock = f"{hour}:{fa(30) if n % 3 == 0 else '30'}" if minutes else hour
    word = "ساعت " if n % 2 == 0 else ""
    surface = f"{word}{clock} بجه {part}"
    out.append(case(f"مسوولان گفتند که نشست امروز {surface} در کابل برگزار شد.", "fa", ref.isoformat(),
                    [want(f"امروز {surface}", "relative", clock_value(ref, h + add, minutes, zone), "minute")], tz=zone))
for n in range(4):
    ref = ref_day()
    zone = "Asia/Kabul"
    h = rng.randint(1, 11)
    hour = fa(h) if n % 2 == 0 else FA_HOURS[h - 1]
    surface = f"{'ساعت ' if n < 2 else ''}{hour} بجه"
    out.append(case(f"به گفته او برق شهر {surface} قطع شد.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h, 0, zone), "minute")], tz=zone))
out.append(case("در این حادثه ۵ بچه زخمی شدند.", "fa", "2023-03-10", [], tz="Asia/Kabul"))
out.append(case("این خانواده سه بچه دارد.", "fa", "2023-03-10", [], tz="Asia/Kabul"))

# The first or last ten days of a month, the number before أيام.
AR_TENTHS = [("العشرة أيام الأخيرة", True), ("آخر عشرة أيام", True), ("العشر أيام الأخيرة", True),
             ("العشرة أيام الأولى", False), ("أول عشرة أيام", False), ("العشر أيام الأولى", False)]
for n in range(12):
    name, last = AR_TENTHS[n % len(AR_TENTHS)]
    if n < 6:
        y, m = rng.randint(2005, 2030), rng.randint(1, 12)
        month = f"{'شهر ' if n % 2 == 0 else ''}{AR_GREG[m - 1]} {y}"
        first_day = dt.date(y, m, 1)
        end = (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - DAY
        cal = "gregorian"
    else:
        hy, m = rng.randint(1430, 1448), [9, 12, 1, 8][n % 4]
        month = f"{'شهر ' if n % 2 == 0 else ''}{AR_HIJRI[m - 1]} {hy}"
        first_day = UQ[(hy, m)]
        end = (UQ[(hy + 1, 1)] if m == 12 else UQ[(hy, m + 1)]) - DAY
        cal = "hijri"
    value = f"{(first_day + 20 * DAY).isoformat()}/{end.isoformat()}" if last else \
        f"{first_day.isoformat()}/{(first_day + 9 * DAY).isoformat()}"
    surface = f"{name} من {month}"
    out.append(case(f"ارتفعت الأسعار خلال {surface} بشكل ملحوظ.", "ar", None, [want(surface, cal, value, "day")]))
FA_TENTHS = [("ده روز ابتدایی", False), ("ده روز ابتدای", False), ("ده روز آخر", True), ("ده روز پایانی", True)]
for n in range(8):
    name, last = FA_TENTHS[n % len(FA_TENTHS)]
    jy, m = rng.randint(1390, 1410), rng.randint(1, 12)
    first_day = jdate(jy, m, 1)
    end = (jdate(jy + 1, 1, 1) if m == 12 else jdate(jy, m + 1, 1)) - DAY
    value = f"{(first_day + 20 * DAY).isoformat()}/{end.isoformat()}" if last else \
        f"{first_day.isoformat()}/{(first_day + 9 * DAY).isoformat()}"
    surface = f"{name} {FA_JALALI[m - 1]}{'ماه' if n % 3 == 0 else ''} {fa(jy) if n % 2 else jy}"
    out.append(case(f"مصرف برق در {surface} افزایش یافت.", "fa", None, [want(surface, "jalali", value, "day")]))
out.append(case("قضى العشرة أيام الأخيرة من عمره في المستشفى.", "ar", "2024-05-01", []))
out.append(case("أمضى أول عشرة أيام من إقامته في الفندق.", "ar", "2024-05-01", []))

# A count of kilometres, metres, litres, hectares or megawatts after سال.
UNITS = ["کیلومتر", "متر", "لیتر", "هکتار", "مگاوات", "میگاوات"]
for n in range(6):
    v = rng.randint(10, 99)
    out.append(case(f"پیش‌بینی می‌شود تا پایان سال {fa(v)} {UNITS[n]} دیگر به بهره‌برداری برسد.", "fa", "2025-11-06", []))
# (as the wounded are: نوروز ۹۸ زخمی is Nowruz and a count, not Nowruz 1398)
out.append(case("در حادثه روز نوروز ۹۸ زخمی شدند.", "fa", "2025-03-20",
                [want("نوروز", "jalali", jdate(1404, 1, 1).isoformat(), "day", ["year_inferred"])]))

# An hour's feminine ordinal without its article after الساعة (the Maghreb).
AR_BARE_HOURS = {3: "ثالثة", 5: "خامسة", 6: "سادسة", 7: "سابعة", 8: "ثامنة", 9: "تاسعة", 10: "عاشرة"}
for n in range(8):
    ref = ref_day()
    zone = ["Africa/Casablanca", "Africa/Algiers", "Africa/Tunis", "Africa/Nouakchott"][n % 4]
    h = list(AR_BARE_HOURS)[n % len(AR_BARE_HOURS)]
    part, add = [("صباحا", 0), ("مساء", 12), ("ليلا", 12)][n % 3]
    if part == "ليلا" and h < 7:
        part, add = "صباحا", 0
    surface = f"الساعة {AR_BARE_HOURS[h]} {part}"
    out.append(case(f"انطلقت القافلة على {surface} من مقر الولاية.", "ar", ref.isoformat(),
                    [want(surface, "relative", clock_value(ref, h + add, 0, zone), "minute")], tz=zone))
out.append(case("استمر الاجتماع لمدة ساعة واحدة فقط.", "ar", "2024-05-01", [], tz="Africa/Cairo"))
out.append(case("تجمع المحتجون في ميدان رابعة العدوية.", "ar", "2024-05-01", [], tz="Africa/Cairo"))

# A year glued to the word that introduces it (the blank lost in scraping) is that year; glued to
# another word, a code.
for n in range(6):
    jy = rng.randint(1385, 1410)
    written = fa(jy) if n % 2 == 0 else str(jy)
    word = ["کنکور", "کنکور", "کانکور", "کانکور", "کنکور", "کانکور"][n]
    out.append(case(f"نتایج {word}{written} امروز اعلام شد.", "fa", None,
                    [want(written, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for n in range(4):
    y = rng.randint(2000, 2030)
    word = ["موسم", "منذ", "خلال", "البكالوريا"][n]
    out.append(case(f"قال المسؤول إن {word}{y} شهد تحسنا كبيرا.", "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("شماره۱۴۰۲ در دفتر ثبت شد.", "fa", None, []))
out.append(case("وصلت الطائرة A1402 إلى المطار.", "ar", None, []))

# Local time with the same moment in GMT in brackets, its minutes after a dot (17.20 ت غ): the bracket's.
for n in range(4):
    ref = ref_day()
    h, m = rng.randint(1, 11), rng.randint(10, 59)
    g = (h + 12 - 4) % 24
    gmt = ["ت غ", "بتوقيت غرينتش", "تغ", "بتوقيت جرينتش"][n]
    surface = f"الساعة {h}.{m:02d} مساء بالتوقيت المحلي ({g}.{m:02d} {gmt})"
    # With GMT named in full the moment is told twice: the local clock in the text's zone, then GMT's.
    expect = ([want(surface, "relative", f"{ref.isoformat()}T{g:02d}:{m:02d}+00:00", "minute")] if n % 2 == 0 else
              [want(f"الساعة {h}.{m:02d} مساء بالتوقيت المحلي", "relative", clock_value(ref, h + 12, m, "Asia/Beirut"), "minute"),
               want(f"{g}.{m:02d} {gmt}", "relative", f"{ref.isoformat()}T{g:02d}:{m:02d}+00:00", "minute")])
    out.append(case(f"ووقع الانفجار الأول قرابة {surface} وأعقبه انفجار ثان.", "ar", ref.isoformat(), expect, tz="Asia/Beirut"))

# ھ, an Urdu keyboard's heh, in the era's word (ھجری شمسی, ھ.ش): ه.
for n in range(4):
    jy, m, d = rng.randint(1390, 1405), rng.randint(1, 12), rng.randint(1, 29)
    era = ["ھجری شمسی", "ھ.ش", "ھ ش", "ھجری خورشیدی"][n]
    surface = f"{fa(d)} {FA_ZODIAC[m - 1]} {fa(jy)} {era}"
    out.append(case(f"این نشست به تاریخ {surface} در کابل برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, m, d).isoformat(), "day")], tz="Asia/Kabul"))

# Land Day and Valentine's Day with their year; the UN's international days are no date.
for n in range(4):
    y = rng.randint(2000, 2030)
    name = ["ذكرى يوم الأرض", "يوم الأرض الفلسطيني"][n % 2]
    surface = f"{name} {y}"
    out.append(case(f"نظمت فعاليات إحياء {surface} في عدة مدن.", "ar", None,
                    [want(surface, "gregorian", dt.date(y, 3, 30).isoformat(), "day")]))
for n in range(2):
    y = rng.randint(2000, 2030)
    surface = f"{['ولنتاین', 'روز ولنتاین'][n]} {fa(y)}"
    out.append(case(f"فروش گل در {surface} افزایش یافت.", "fa", None,
                    [want(surface, "gregorian", dt.date(y, 2, 14).isoformat(), "day")]))
out.append(case("تحتفل الأمم المتحدة باليوم العالمي للمياه تحت شعار جديد.", "ar", "2024-03-01", []))
out.append(case("به مناسبت روز جهانی محیط زیست درخت کاشتند.", "fa", "2024-03-01", []))

# A sentence closing on a colon that names one day heads a table of clock
# times below it (a prayer timetable); not a notice's sentence, nor two days.
AR_PRAYERS = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"]
FA_PRAYERS = ["اذان صبح", "طلوع آفتاب", "اذان ظهر", "غروب آفتاب", "اذان مغرب", "نیمه شب شرعی"]
for n in range(8):
    day = dt.date(2015, 1, 1) + rng.randint(0, 4000) * DAY
    times = sorted((rng.randint(3, 22), rng.randint(0, 59), rng.randint(0, 59)) for _ in range(3))
    seconds = n % 2 == 1
    bar = " |" if n % 4 in (1, 2) else ""
    if n < 4:
        zone = ["Asia/Riyadh", "Africa/Cairo"][n % 2]
        heading = f"مواقيت الصلاة يوم {AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year} على النحو التالي:"
        head_surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year}"
        names, lang = AR_PRAYERS, "ar"
        digits = lambda x: x
    else:
        zone = "Asia/Tehran"
        jy, jm, jd = jday(day)
        heading = f"اوقات شرعی مشهد در روز {FA_WEEKDAYS[day.weekday()]} ({fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)}) به شرح زیر است:"
        head_surface = f"روز {FA_WEEKDAYS[day.weekday()]} ({fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)})"
        names, lang = FA_PRAYERS, "fa"
        digits = fa
    lines = [heading]
    expect = [want(head_surface, "gregorian" if lang == "ar" else "jalali", day.isoformat(), "day")]
    for k, (h, m, sec) in enumerate(times):
        clock = f"{h:02d}:{m:02d}" + (f":{sec:02d}" if seconds else "")
        clock = "".join(digits(c) if c.isdigit() else c for c in clock)
        lines += [names[k * 2], clock + bar]
        value = f"{day.isoformat()}T{h:02d}:{m:02d}" + (f":{sec:02d}" if seconds else "") + offset(day, h, m, zone)
        expect.append(want(clock, "relative", value, "second" if seconds else "minute"))
    out.append(case("\n".join(lines), lang, None, expect, tz=zone))
out.append(case("وجاء في البلاغ ما يلي:\nتبدأ الحركة يوم الأحد 2 أبريل 2023 على النحو الآتي:\n"
                "المغادرون: تبدأ الحركة عند الساعة 8:00 صباحا من كل أسبوع.", "ar", None,
                [want("يوم الأحد 2 أبريل 2023", "gregorian", "2023-04-02", "day")], tz="Asia/Amman"))
# An empty widget's zeros glued to their labels are no clock; nor سال before a decimal.
out.append(case("اوقات شرعی مشهد\nاذان صبح\n۰۰:۰۰طلوع خورشید\n۰۰:۰۰اذان ظهر\n۰۰:۰۰غروب خورشید\n۰۰:۰۰نیمه شب شرعی",
                "fa", "2024-11-21", [], tz="Asia/Tehran"))
out.append(case("برای همه سال ۱۴.۳ هجری شمسی را پر از سعادت خواست.", "fa", None, [], tz="Asia/Tehran"))

emit("Forms of the hundred-and-ninth and hundred-and-tenth sets: tools/gen/cases_hundred_ninth_sets.py "
     "(oracles: datetime, zoneinfo, the Umm al-Qura table, convertdate)", out)
