#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_fifteenth_sets.jsonl: forms met in the
hundred-and-fifteenth to hundred-and-twenty-second real-text sets (consulates,
visas and migration; television and radio; markets, gold and currencies;
recruitment, scholarships and application windows; sport; the religious
calendar; elections; official holidays and working hours), generated across
their families.

- A clock with its written zone, then a part of the day and a weekday
  (الساعة 9 بتوقيت مكة المكرمة مساء الاثنين, التاسعة بتوقيت غرينتش مساء يوم
  الجمعة, ساعت ۹ به وقت تهران صبح دوشنبه): that weekday, at the hour of that
  half of the day; Persian شب there is the weekday's eve (ساعت ۹ به وقت تهران
  شب دوشنبه: 21:00 the day before).
- A Hijri day and its Gregorian twin, both without years, and a weekday
  (يوم الاثنين 13 ذي الحجة الموافق 9 يونيو), after the next Hijri year
  written (لعام 1447هـ): the year the pair meets in, not the one before it.
- A season's Hijri year in Arabic (لموسم 1447, موسم الحج 1445, بموسم
  ١٤٤٦): that Umm al-Qura year; not a count (منذ 1445 شخصا).
- A page's clock turned round by the layout after الساعة (08 شتنبر 2012
  الساعة 35 : 01): 01:35.
- The bare end of a range of clocks past noon after the hour word, when a
  day stands before the range or its weekday and date after it (روز
  سه‌شنبه ۱۱ شهریور از ساعت ۸ تا ۲۳, ساعت ۸ تا ۲۳ روز سه‌شنبه ۴ شهریور, يوم 11
  سبتمبر 2025 من الساعة 8 حتى 20): that day at that hour.
- A month then N years ago in Persian (اردیبهشت دو سال پیش, ۱۵ مهر سه سال
  قبل): that month of the year N before the reference's.
- A Persian school or fiscal year with its years (سال تحصیلی ۱۴۰۲, سال
  تحصیلی ۱۴۰۲-۱۴۰۳, سال تعلیمی ۱۴۰۳, سال تحصیلی 2023/ 2024): the Solar Hijri
  year or years, or the Gregorian two; alone (آغاز سال تحصیلی جدید) no date.
- A site's stamp with its zone's IANA name after the clock (شهریور ۲۴, ۱۴۰۰
  ۲۰:۰۴ Asia/Dushanbe): that zone's offset.
- A range of Gregorian days without a year and no reference (من 5 يونيو إلى
  15 سبتمبر, ما بين 10 و18 نونبر المقبل, الـ 22 والـ 23 من أكتوبر):
  XXXX-06-05/XXXX-09-15.
- Dari's twenty-somethings without و (بیست دوم ماه جوزا: the 22nd); an
  evening's hour before امشب without ساعت (رای گیری تا ۹ امشب: 21:00); N
  days more before تمدید, an extension (هشت روز دیگر تمدید گردیده: no day);
  a daily's menu (دانلود صفحات امروز روزنامه: no day); the Hijri months
  numbered in a list (1 المحرم – 2 صفر – 3 ربيع الأول: no day).
- Daily hours whose "until" stands apart from its و (من الساعة التاسعة صباحا
  و حتى الساعة الثانية ظهرا) after a span of days: no day.
- The Prophet's mission in Persian, مبعث alone too (عید سعید مبعث, روز مبعث,
  تعطیلی مبعث): 27 Rajab by Iran's lunar calendar, the one nearest the
  reference.
- Not dates: بازار سرمایه فردا is the capital market tomorrow (not the
  outlet سرمایه فردا); the Arbaeen base and tents (قرارگاه دائمی اربعین,
  موکب های اربعین); a company named Tomorrow (شركة الغد); a channel or
  magazine's name in quotes (تلویزیون خصوصی "امروز"). A clock after a word
  for a team or a place is no name (دیدار دو تیم ساعت ۱۸:۳۰ روز پنجشنبه).

Weekdays and days come from datetime, offsets from zoneinfo, Solar Hijri
days and years from convertdate and the Calendar Center's leap years, Hijri
days from Umm al-Qura's table and Iran's almanacs (data/):
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_fifteenth_sets.py > tests/extract/cases/hundred_fifteenth_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_CLOCK_HOURS, AR_DIGITS, AR_GREG, AR_HIJRI, AR_WEEKDAYS, DAY, FA_JALALI, FA_WEEKDAYS, case,
                       clock_value, emit, fa, jdate, jday, nearest, solar_hijri_year, umm_al_qura, want)

rng = random.Random(115)
out = []
UQ = umm_al_qura()


def ref_day():
    return dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY


# A clock, its zone, then a part of the day and a weekday.
AR_PLACES = [("مكة المكرمة", "Asia/Riyadh"), ("غرينتش", "UTC"), ("القاهرة", "Africa/Cairo"), ("الجزائر", "Africa/Algiers"),
             ("بغداد", "Asia/Baghdad")]
AR_PARTS = [("مساء", 12), ("مساءً", 12), ("صباحا", 0), ("صباح", 0), ("عصر", 12)]
for n in range(15):
    ref = ref_day()
    place, zone = AR_PLACES[n % len(AR_PLACES)]
    part, add = AR_PARTS[n % len(AR_PARTS)]
    h = rng.randint(1, 11) if add == 0 else rng.randint(3 if part == "عصر" else 6, 11)
    m = rng.choice([0, 15, 30, 45])
    wd = rng.randrange(7)
    if n % 3 == 0:
        clock = f"الساعة {h}:{m:02d}" if n % 2 == 0 else f"الساعة {h}:{m:02d}".translate(AR_DIGITS)
    elif n % 3 == 1:
        clock, m = AR_CLOCK_HOURS[h - 1], 0
    else:
        clock, m = (f"الساعة {h}", 0) if n % 2 == 0 else (f"الساعة {h}".translate(AR_DIGITS), 0)
    day_word = "يوم " if n % 2 else ""
    surface = f"{clock} بتوقيت {place} {part} {day_word}{AR_WEEKDAYS[wd]}"
    lead = "تبث الحلقة الأولى من المسلسل " if n % 2 else "تنطلق المباراة "
    value = clock_value(nearest(ref, wd), h + add, m, zone)
    out.append(case(f"{lead}{surface} على القناة الأولى.", "ar", ref.isoformat(),
                    [want(surface, "relative", value, "minute")], tz="Asia/Dubai"))
FA_PLACES = [("تهران", "Asia/Tehran"), ("کابل", "Asia/Kabul")]
FA_PARTS = [("صبح", 0), ("عصر", 12), ("صبح روز", 0)]
for n in range(8):
    ref = ref_day()
    place, zone = FA_PLACES[n % 2]
    part, add = FA_PARTS[n % len(FA_PARTS)]
    h = rng.randint(7, 11) if add == 0 else rng.randint(3, 6)
    wd = rng.randrange(7)
    surface = f"ساعت {fa(h)} به وقت {place} {part} {FA_WEEKDAYS[wd]}"
    out.append(case(f"این برنامه {surface} از شبکه سه پخش می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(nearest(ref, wd), h + add, 0, zone), "minute")],
                    tz="Asia/Kabul" if zone == "Asia/Tehran" else "Asia/Tehran"))
# Persian شب after the zone: the weekday's eve, at night.
for n in range(4):
    ref = ref_day()
    place, zone = FA_PLACES[n % 2]
    h = rng.randint(8, 11)
    wd = rng.randrange(7)
    surface = f"ساعت {fa(h)} به وقت {place} شب {FA_WEEKDAYS[wd]}"
    out.append(case(f"مراسم {surface} برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(nearest(ref, wd) - DAY, h + 12, 0, zone), "minute")],
                    tz=zone))

# A Hijri day and its Gregorian twin without years, then the weekday, after the next Hijri year.
for n in range(8):
    y = rng.randint(1436, 1446)
    m = rng.choice([9, 10, 11, 12])
    d = rng.randint(2, 28)
    g = UQ[(y, m)] + (d - 1) * DAY
    wd = g.weekday()
    day = str(d) if n % 2 == 0 else str(d).translate(AR_DIGITS)
    twin = f"{g.day} {AR_GREG[g.month - 1]}" if n % 2 == 0 else f"{g.day} من شهر {AR_GREG[g.month - 1]}"
    surface = f"يوم {AR_WEEKDAYS[wd]} {day} {AR_HIJRI[m - 1]} الموافق {twin}"
    text = f"أعلنت الوزارة التقويم لعام {y + 1}هـ، وينتهي الموسم {surface}."
    out.append(case(text, "ar", None,
                    [want(f"لعام {y + 1}هـ", "hijri", f"{UQ[(y + 1, 1)].isoformat()}/{(UQ[(y + 2, 1)] - DAY).isoformat()}", "year"),
                     want(surface, "hijri", g.isoformat(), "day", ["year_inferred"])], tz="Asia/Riyadh"))

# A season's Hijri year.
for n, (lead, word) in enumerate([("أعلنت الوزارة فتح التأشيرات", "لموسم"), ("بدأت الاستعدادات", "لموسم الحج"),
                                  ("تبدأ التأشيرات", "بموسم العمرة"), ("انطلق", "موسم الحج"), ("خطة", "للموسم")]):
    y = rng.randint(1440, 1447)
    year = str(y) if n % 2 == 0 else str(y).translate(AR_DIGITS)
    value = f"{UQ[(y, 1)].isoformat()}/{(UQ[(y + 1, 1)] - DAY).isoformat()}"
    out.append(case(f"{lead} {word} {year} في الوقت المحدد.", "ar", "2024-05-01",
                    [want(year, "hijri", value, "year", ["calendar_guessed"])], tz="Asia/Riyadh"))
out.append(case("حضر الحفل منذ 1445 شخصا من المدعوين.", "ar", "2024-05-01", []))

# A page's clock turned round after الساعة.
for n in range(4):
    day = dt.date(2010, 1, 1) + rng.randint(0, 3000) * DAY
    h, m = rng.randint(0, 11), rng.randint(24, 59)
    months = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
    surface = f"{day.day:02d} {months[day.month - 1]} {day.year} الساعة {m} : {h:02d}"
    out.append(case(f"أضيف في {surface}\nعنوان الخبر", "ar", None,
                    [want(surface, "gregorian", clock_value(day, h, m, "Africa/Casablanca"), "minute")], tz="Africa/Casablanca"))

# The bare end of a range of clocks past noon, with its day around.
for n in range(6):
    ref = ref_day()
    jy, jm, jd = jday(ref + rng.randint(1, 20) * DAY)
    day = jdate(jy, jm, jd)
    a, b = rng.randint(7, 10), rng.randint(14, 23)
    wd = FA_WEEKDAYS[day.weekday()]
    if n % 2 == 0:
        head = f"روز {wd} {fa(jd)} {FA_JALALI[jm - 1]}ماه"
        text = f"بازه واریز وجه {head} از ساعت {fa(a)} تا {fa(b)} خواهد بود."
        expect = [want(head, "jalali", day.isoformat(), "day", ["year_inferred"]),
                  want(f"ساعت {fa(a)}", "relative", clock_value(day, a, 0, "Asia/Tehran"), "minute"),
                  want(fa(b), "relative", clock_value(day, b, 0, "Asia/Tehran"), "minute")]
    else:
        tail = f"روز {wd} مورخ {fa(jd)} {FA_JALALI[jm - 1]}ماه"
        text = f"بازه واریز وجه ساعت {fa(a)} تا {fa(b)} {tail} است."
        expect = [want(f"ساعت {fa(a)}", "relative", clock_value(day, a, 0, "Asia/Tehran"), "minute"),
                  want(f"{fa(b)} {tail}", "jalali", clock_value(day, b, 0, "Asia/Tehran"), "minute", ["year_inferred"])]
    out.append(case(text, "fa", ref.isoformat(), expect, tz="Asia/Tehran"))
for n in range(3):
    day = dt.date(2015, 1, 1) + rng.randint(0, 3000) * DAY
    a, b = rng.randint(7, 10), rng.randint(14, 23)
    head = f"{day.day} {AR_GREG[day.month - 1]} {day.year}"
    out.append(case(f"يتم التسجيل يوم {head} من الساعة {a} حتى {b} في المقر.", "ar", None,
                    [want(head, "gregorian", day.isoformat(), "day"),
                     want(f"الساعة {a}", "relative", clock_value(day, a, 0, "Asia/Amman"), "minute"),
                     want(str(b), "relative", clock_value(day, b, 0, "Asia/Amman"), "minute")], tz="Asia/Amman"))
out.append(case("فروشگاه از ساعت ۸ تا ۲۳ باز است.", "fa", "2024-05-01",
                [want("ساعت ۸", "relative", clock_value(dt.date(2024, 5, 1), 8, 0, "Asia/Tehran"), "minute")]))

# A Persian month, then N years ago.
for n in range(6):
    ref = ref_day()
    ago = rng.randint(2, 5)
    jy = jday(ref)[0] - ago
    jm = rng.randint(1, 12)
    first = jdate(jy, jm, 1)
    last = jdate(jy + 1, 1, 1) - DAY if jm == 12 else jdate(jy, jm + 1, 1) - DAY
    words = {2: "دو", 3: "سه", 4: "چهار", 5: "پنج"}
    ago_words = f"{words[ago] if n % 2 == 0 else fa(ago)} سال {'پیش' if n % 3 else 'قبل'}"
    surface = f"{FA_JALALI[jm - 1]} {ago_words}"
    out.append(case(f"این ریزش بی‌شباهت به ریزش {surface} نیست.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["year_inferred"])]))

# Daily hours after a span of days, "until" apart from its و.
for n in range(3):
    a = dt.date(2014, 1, 1) + rng.randint(0, 3000) * DAY
    b = a + rng.randint(10, 40) * DAY
    surface = f"من يوم {a.day}/{a.month:02d}/{a.year} إلى غاية يوم {b.year}/{b.month:02d}/{b.day:02d}"
    out.append(case(f"يفتح التسجيل {surface}، وذلك خلال أيام العمل من الساعة التاسعة صباحا و حتى الساعة الثانية ظهرا.",
                    "ar", None, [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")],
                    tz="Africa/Nouakchott"))

# A Persian school or fiscal year with its years.
for n in range(6):
    jy = rng.randint(1395, 1404)
    word = ["سال تحصیلی", "سال تعلیمی", "سال تحصیلی"][n % 3]
    if n < 3:
        surface = f"{word} {fa(jy)}"
        value = solar_hijri_year(jy)
    elif n < 5:
        surface = f"{word} {fa(jy)}-{fa(jy + 1)}"
        value = f"{solar_hijri_year(jy).split('/')[0]}/{solar_hijri_year(jy + 1).split('/')[1]}"
    else:
        gy = rng.randint(2015, 2025)
        surface = f"{word} {gy}/ {gy + 1}"
        value = f"{gy}-01-01/{gy + 1}-12-31"
    flags = [] if n == 5 else ["calendar_guessed"]
    out.append(case(f"ثبت نام برای {surface} از امروز آغاز شد.", "fa", None,
                    [want(surface, "gregorian" if n == 5 else "jalali", value, "year", flags)], tz="Asia/Tehran"))
out.append(case("آغاز سال تحصیلی جدید نزدیک است.", "fa", None, []))

# A site's stamp with its zone's IANA name.
for n, zone in enumerate(["Asia/Dushanbe", "Asia/Kabul", "Asia/Tehran", "Europe/London"]):
    day = dt.date(2012, 1, 1) + rng.randint(0, 4000) * DAY
    jy, jm, jd = jday(day)
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    surface = f"{FA_JALALI[jm - 1]} {fa(jd)}, {fa(jy)} {fa(f'{h:02d}')}:{fa(f'{m:02d}')} {zone}"
    out.append(case(f"{surface}\nخبر تازه", "fa", None, [want(surface, "jalali", clock_value(day, h, m, zone), "minute")],
                    tz="Asia/Tehran"))

# The Prophet's mission: 27 Rajab by Iran's lunar calendar (data/iran_lunar_hijri_month_starts.txt,
# from the Iranian almanacs: see its SOURCE file).
IRAN = {}
for line in open("data/iran_lunar_hijri_month_starts.txt", encoding="utf-8"):
    f = line.split("#")[0].split()
    if len(f) == 2 and "/" in f[0]:
        IRAN[tuple(int(x) for x in f[0].lstrip("*").split("/"))] = dt.date.fromisoformat(f[1])
for n, (words, y) in enumerate([("عید سعید مبعث", 1445), ("روز مبعث", 1444), ("تعطیلی مبعث", 1443)]):
    day = IRAN[(y, 7)] + 26 * DAY
    ref = day - rng.randint(5, 40) * DAY
    surface = words.split()[-1] if words.startswith("تعطیلی") else words
    out.append(case(f"ادارات به مناسبت {words} تعطیل است.", "fa", ref.isoformat(),
                    [want(surface, "hijri", day.isoformat(), "day", ["year_inferred"])]))

# Not dates: the Arbaeen base and tents, a company named Tomorrow, a channel's name in quotes.
out.append(case("برای ساخت قرارگاه دائمی اربعین در تایباد زمینی پیش بینی شده است.", "fa", "2025-11-10", []))
out.append(case("موکب های اربعین در مرز مستقر شدند.", "fa", "2025-11-10", []))
out.append(case("وتعود ملكية المحطة الى شركة الغد للخدمات الاعلامية.", "ar", "2007-08-16", []))
out.append(case('تلویزیون خصوصی "امروز" دوباره فعال شد.', "fa", "2010-10-05", []))
out.append(case('مجله «فردا» منتشر شد.', "fa", "2010-10-05", []))

# A range of Gregorian days without a year, no reference.
for n in range(6):
    m1 = rng.randint(1, 12)
    d1 = rng.randint(1, 20)
    if n % 3 == 0:
        m2, d2 = (m1 % 12) + 1, rng.randint(1, 28)
        surface = f"من {d1} {AR_GREG[m1 - 1]} إلى {d2} {AR_GREG[m2 - 1]}"
    elif n % 3 == 1:
        m2, d2 = m1, d1 + rng.randint(2, 8)
        surface = f"بين {d1} و{d2} {AR_GREG[m1 - 1]}"
    else:
        m2, d2 = m1, d1 + 1
        surface = f"{d1} والـ {d2} من {AR_GREG[m1 - 1]}"
    value = f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}"
    out.append(case(f"تقام الدورة {surface} في العاصمة.", "ar", None,
                    [want(surface, "gregorian", value, "day", ["unresolved"])], tz="Africa/Cairo"))

# Dari's twenty-somethings without و; an evening's hour before امشب; N more days of an extension; a daily's menu.
for n in range(4):
    ref = ref_day()
    jy, jm, _ = jday(ref)
    d = rng.randint(21, 29)
    units = {21: "یکم", 22: "دوم", 23: "سوم", 24: "چهارم", 25: "پنجم", 26: "ششم", 27: "هفتم", 28: "هشتم", 29: "نهم"}
    surface = f"بیست {units[d]} {FA_JALALI[jm - 1]}"
    # the nearest of the three years' days to the reference, a tie to the past
    cands = [jdate(jy + k, jm, d) for k in (-1, 0, 1)]
    day = min(cands, key=lambda x: (abs((x - ref).days), x > ref))
    out.append(case(f"جلسه در {surface} برگزار شد.", "fa", ref.isoformat(), [want(surface, "jalali", day.isoformat(), "day", ["year_inferred"])]))
for n in range(3):
    ref = ref_day()
    h = rng.randint(6, 11)
    out.append(case(f"رای گیری تا {fa(h)} امشب ادامه دارد.", "fa", ref.isoformat(),
                    [want(f"{fa(h)} امشب", "relative", clock_value(ref, h + 12, 0, "Asia/Tehran"), "minute")]))
out.append(case("قسمت ۹ امشب پخش می‌شود.", "fa", "2024-05-01", [want("امشب", "relative", "2024-05-01", "day")]))
out.append(case("در بعضی از ولسوالی ها عملیه هشت روز دیگر تمدید گردیده است.", "fa", "2009-02-19", []))
out.append(case("دانلود صفحات امروز روزنامه: 1 2 3 4 5", "fa", "2024-05-01", []))
months = " – ".join(f"{k} {AR_HIJRI[k - 1]}" for k in range(1, 13))
out.append(case(f"الأشهر الهجرية بالترتيب: {months}.", "ar", "2024-05-01", []))

# A clock after a word for a team or a place: the clock (no name begins with the hour word).
for n in range(4):
    ref = ref_day()
    h, m = rng.randint(14, 21), rng.choice([0, 15, 30, 45])
    wd = rng.randrange(7)
    surface = f"ساعت {fa(h)}:{fa(f'{m:02d}')} روز {FA_WEEKDAYS[wd]}"
    out.append(case(f"دیدار دو تیم {surface} برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", clock_value(nearest(ref, wd), h, m, "Asia/Tehran"), "minute")]))

# The capital market tomorrow; the outlet is no day.
for n in range(3):
    ref = ref_day()
    out.append(case(f"{'بازار سرمایه' if n != 1 else 'بازار سرمايه'} فردا تعطیل است.", "fa", ref.isoformat(),
                    [want("فردا", "relative", (ref + DAY).isoformat(), "day")]))
out.append(case("به گزارش سرمایه فردا، شاخص کل بورس بالا رفت.", "fa", "2024-05-01", []))

emit("Forms of the hundred-and-fifteenth to hundred-and-eighteenth sets: tools/gen/cases_hundred_fifteenth_sets.py "
     "(oracles: datetime, zoneinfo, convertdate and the Calendar Center's leap years)", out)
