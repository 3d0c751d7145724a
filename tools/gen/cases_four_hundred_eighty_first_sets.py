#!/usr/bin/python3
"""Writes tests/extract/cases/four_hundred_eighty_first_sets.jsonl: forms met
in the four-hundred-and-eighty-first real-text sets and after, generated
across their families.

- A page's stamp alone on its line under a headline, the month and day in
  figures and a clock (02/14 22:15, 11/19 16:04, in every digit script): the
  month first (no site so printing has been seen day first), day first only
  when the first number cannot be a month (14/02 22:15); the year nearest the
  reference; not with words after it on the line.
- A "last updated" line whose year and hour ran together, six digits in one
  run (20/9/202303:17 م (بتوقيت مكة المكرمة), 12/2/202504:59 PM): the day and
  clock, its part of the day and written zone read; not with an hour that no
  clock has (202335:17).
- A stamp with colons between the date's parts and a dot before its clock
  (2021:06:30.10:17:30, 2018:02:07.08:26): the day and clock; not the date
  alone (2021:06:30 is a ratio as much as a day), nor a month past twelve.
- A day and its twin with the year after "every year" (هر سال ۱۲ ژوئن / ۲۳
  خرداد ۱۴۰۳, هر سال دوازدهم ژوئن مصادف با ۲۳ خرداد ۱۴۰۳, كل عام في 12 يونيو
  الموافق 6 ذو الحجة 1445 هـ): this year's day, one entry; without a year the
  pair still recurs (هر سال ۱۲ ژوئن (۲۳ خرداد)). A dash joins twins too when
  the two days are one (۱۲ ژوئن-۲۳ خرداد ۱۴۰۳); two days apart stay two.
- A tournament's year after its sport's name (كأس العالم لكرة القدم 2026, كأس
  آسيا لكرة السلة, كأس العالم للأندية 2025, جام جهانی کشتی ۲۰۲۵, جام جهانی
  کریکت ۲۰۲۶), after Persian رقابت‌های or مسابقات and a word for the world or a
  continent (رقابت‌های جهانی ۲۰۲۵), Mr. Olympia's and the Arnold Classic's
  (مستر المپیا ۲۰۲۵, آرنولد کلاسیک ۲۰۲۵, مستر أولمبيا 2025): the Gregorian year;
  not a count after a classic that is not Arnold's (مدل کلاسیک ۲۰۲۵ تومان).
- Two centuries whose ordinals share عشر (القرنين الثاني والثالث عشر, السابع
  والثامن عشر): the twelfth and thirteenth; the dual's era (الهجريين,
  الميلاديين) names their calendar; Persian سده‌های, its ZWNJ kept, lost or a
  blank, before two numbers (سده‌های ۱۸ و ۱۹ میلادی).
- A Dari ordinal day glued to هم (۱۴هم ماه جنوری, ۲۴هم جدی ۱۴۰۰): the day.
- Two years after an Arabic dual's construct that names years' things
  (منحتي 2014 و2015, موسمي 2019 و2020, ولايتي 2014 و2018): both; not two
  trains' numbers (قطاري 2026 و2027). A year with its era, then a later one
  on و ((1996م و2015)): both.
- A Persian bare year after در before a change or "also" (در ۱۴۰۴ کاهش یافته,
  در ۲۰۲۴ افزایش یافت, در ۱۴۰۲ نیز); an Arabic one before "except" (في 2022 عدا
  إقليم كردستان) or after "within" (في غضون 2016): the year; not a count (در
  ۲۰۰۰ نقطه).
- A page's "hour of publication" label between a date and its clock (۱۱ مرداد
  ۱۴۰۳ساعت انتشار : 11:1:36): one stamp with its clock; the label alone before a
  clock stays no date.
- A Solar Hijri day and its Gregorian twin after "equivalent to" or مقارن
  without با (۲۱ خرداد ۱۴۰۳ معادل ۱۰ ژوئن ۲۰۲۴): one day; not a price
  (معادل ۱۰ میلیون تومان).
- A Persian span of years in brackets with تا (دوره(۱۹۹۷ تا ۲۰۰۱), (۱۳۸۰ تا
  ۱۳۸۵)): the years; not a price ((۱۵۰۰ تا ۱۸۰۰) تومان). An Arabic year after في
  before ب on a noun with its article (في 2006 بالنظر, بالتزامن): the year; not a
  rate (في 2000 بالمئة).
- A school year named next, this or last before its years (للعام الدراسي المقبل
  2023/2024, العام الدراسي الحالي 2024-2025): one span with its words; a
  budget's year (موازنة 2022 بعجز, ميزانية 2019 لوزارة) and Morocco's برسم 2016:
  the year; not a budget's amount (ميزانية 2500 مليون).
- The night from a weekday into the next (ليلة السبت إلى الأحد, ليلة الخميس الى
  الجمعة): both days, not the eve of the first.
- Last night in Tunisian and Algerian (الليلة الفارطة): the day before; a
  page's stamp with blanks for separators after a rubric's bar (تقارير | 25 05
  2020), alone on its line.
- A weekday, then أول without its article straight before a month (الخميس أول
  تموز يوليو): the month's first day; الخميس الأول من يوليو stays the first
  Thursday. An Afghan year with ه.خ (هجری خورشیدی cut short): Solar Hijri.
- Not dates: "between yesterday and today", then and now, a title's idiom
  (الحناء بين الأمس واليوم, تهران بین دیروز و امروز); yesterday and today apart
  stay days.
- Not a day: Yemen's papers named by a revolution's day after the word for
  paper (صحيفة 14 أكتوبر, لصحيفة 26 سبتمبر); the day itself stays a day.
- Iran's lunar calendar before its table (1265 AH): the civil calendar of
  historians' tables, day for day (سال ۱۰۵۷ هجری قمری, ۹ صفر ۶۵۶ قمری).

Days come from datetime, offsets from zoneinfo, Hijri days from convertdate's
arithmetic calendar and Umm al-Qura's table in tests/data; nothing here is read
from taqvim. Run from the project root:
tools/gen/cases_four_hundred_eighty_first_sets.py >
tests/extract/cases/four_hundred_eighty_first_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import (AR_GREG, AR_HIJRI, FA_JALALI, case, clock_value, emit, fa, jdate, jday,
                       nearest_day, solar_hijri_year, umm_al_qura, want)

rng = random.Random(481)
out = []

DIGITS = [str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"), str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")]
ZONES = ["Africa/Cairo", "Asia/Riyadh", "Asia/Amman", "Africa/Casablanca", "Asia/Baghdad", "Asia/Dubai"]


def ref_day():
    return dt.date(rng.randrange(2012, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


# A page's stamp: month/day and a clock alone on their line.
HEADS = ["مهرجان دبي للتسوق رحلة مع الفرح", "مأساة مخيم.. نازحون على الحدود", "بث مباشر أهداف المباراة",
         "المحتوى الرئيسي"]
for n in range(12):
    ref = ref_day()
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    if n % 4 == 3:
        d = rng.randrange(13, 29)  # day first, when the first cannot be a month
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    zone = ZONES[n % len(ZONES)]
    shown = f"{d:02d}/{m:02d}" if n % 4 == 3 else f"{m:02d}/{d:02d}"
    stamp = f"{shown} {hh:02d}:{mm:02d}".translate(DIGITS[n % 3 if n % 3 < 2 else 0])
    day = nearest_day(ref, m, d)
    out.append(case(f"{HEADS[n % 4]}\n\n{stamp}\n\nيقدم لكم الموقع تغطية كاملة للحدث.", "ar", ref.isoformat(),
                    [want(stamp, "gregorian", clock_value(day, hh, mm, zone), "minute", ["year_inferred"])], tz=zone))
# Words after it on its line: a score and a length, no stamp.
out.append(case("النتيجة\n3/4 22:15 دقيقة من اللعب\nانتهى اللقاء.", "ar", "2024-05-01", [], tz="Africa/Cairo"))
out.append(case("عنوان\n02/14 22:15 نص الخبر", "ar", "2024-05-01", [], tz="Africa/Cairo"))

# The year and the hour in one run of six digits, on a "last updated" line.
for n in range(10):
    day = ref_day()
    hh, mm = rng.randrange(1, 13), rng.randrange(0, 60)
    half = ["م", "ص", "PM", "AM", "مساءً"][n % 5]
    pm = half in ("م", "PM", "مساءً")
    hour = hh % 12 + (12 if pm else 0)
    zone_word = ["(بتوقيت مكة المكرمة)", "(توقيت مكة)", ""][n % 3]
    run = f"{day.day}/{day.month}/{day.year}{hh:02d}:{mm:02d}".translate(DIGITS[n % 2])
    stamp = f"{run} {half}" + (f" {zone_word}" if zone_word else "")
    zone = "Asia/Riyadh" if zone_word else ZONES[n % len(ZONES)]
    out.append(case(f"{day.day}/{day.month}/{day.year}–|آخر تحديث: {stamp}\nعاش سكان المدينة في ظلام لساعات.", "ar",
                    day.isoformat(),
                    [want(f"{day.day}/{day.month}/{day.year}", "gregorian", day.isoformat(), "day"),
                     want(stamp, "gregorian", clock_value(day, hour, mm, zone), "minute")],
                    tz=ZONES[n % len(ZONES)]))
# No clock has the hour 35.
out.append(case("آخر تحديث: 20/9/202335:17 م\nعاش سكان المدينة في ظلام.", "ar", "2023-09-20", [], tz="Asia/Riyadh"))

# Colons between the date's parts and a dot before its clock.
for n in range(8):
    day = ref_day()
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    clock = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if n % 2 == 0 else "")
    stamp = f"{day.year}:{day.month:02d}:{day.day:02d}.{clock}".translate(DIGITS[n % 3 if n % 3 < 2 else 0])
    value = clock_value(day, hh, mm, "Asia/Shanghai")
    if n % 2 == 0:
        value = value[:16] + f":{ss:02d}" + value[16:]
    out.append(case(f"人民网 {stamp}\nالأخبار الأخيرة\nالصفحة الرئيسية >> العالم العربي", "ar", day.isoformat(),
                    [want(stamp, "gregorian", value, "second" if n % 2 == 0 else "minute")], tz="Asia/Shanghai"))
out.append(case("بلغت النسبة 2021:06:30 في الجدول.", "ar", "2024-05-01", []))
out.append(case("الرمز 2021:13:30.10:17 في القائمة.", "ar", "2024-05-01", []))

# A day and its twin with the year, after "every year".
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
FA_DAY_WORDS = {12: "دوازدهم", 15: "پانزدهم", 20: "بیستم", 11: "یازدهم"}
for n in range(8):
    day = dt.date(rng.randrange(2015, 2027), rng.randrange(1, 13), [12, 15, 20, 11, rng.randrange(1, 29)][n % 5])
    jy, jm, jd = jday(day)
    greg = FA_DAY_WORDS.get(day.day) if n % 4 == 1 and day.day in FA_DAY_WORDS else fa(day.day)
    join = [" / ", " مصادف با ", "-", " برابر با "][n % 4]
    jal = f"{fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)}"
    surface = f"{greg} {FA_GREG[day.month - 1]}{join}{jal}"
    out.append(case(f"روز جهانی این مناسبت هر سال {surface}، گرامی داشته می‌شود.", "fa", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))
UQ = umm_al_qura()
for n, (hy, hm, hd) in enumerate([(1445, 12, 6), (1440, 9, 17), (1446, 3, 12), (1443, 10, 1)]):
    day = UQ[(hy, hm)] + dt.timedelta(days=hd - 1)
    g = f"{day.day} {AR_GREG[day.month - 1]}"
    h = f"{hd} {AR_HIJRI[hm - 1]} {hy} هـ"
    surface = f"{g} الموافق {h}" if n % 2 == 0 else f"{h} الموافق {g}"
    out.append(case(f"ويحتفل به كل عام في {surface} بالقاعة الكبرى.", "ar", None,
                    [want(surface, "gregorian" if n % 2 == 0 else "hijri", day.isoformat(), "day")]))
out.append(case("روز جهانی این مناسبت هر سال ۱۲ ژوئن (۲۳ خرداد)، گرامی داشته می‌شود.", "fa", "2024-01-10", []))
# A dash between two days of two calendars that are not one day: each its own.
out.append(case("تاریخ‌های ۱۲ ژوئن - ۲۳ تیر ۱۴۰۳ برای دو مرحله اعلام شد.", "fa", "2024-05-01",
                [want("۱۲ ژوئن", "gregorian", "2024-06-12", "day", ["year_inferred"]),
                 want("۲۳ تیر ۱۴۰۳", "jalali", "2024-07-13", "day")]))

# A tournament's year after its sport's name, and Persian events' years.
AR_CUPS = [("كأس العالم لكرة القدم", 2026), ("كأس آسيا لكرة السلة", 2025), ("كأس العالم للأندية", 2025),
           ("كأس العالم للرجبي", 2023), ("كأس العالم للكريكيت", 2027), ("كأس أفريقيا لكرة اليد", 2024)]
for n, (cup, y) in enumerate(AR_CUPS):
    ys = str(y).translate(DIGITS[n % 2])
    out.append(case(f"وتستعد المنتخبات لبطولة {cup} {ys} التي تقام في الصيف.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
FA_CUPS = [("جام جهانی کشتی", 2025), ("جام جهانی کریکت", 2026), ("رقابت‌های جهانی", 2025), ("مسابقات جهانی", 2024),
           ("رقابتهای آسیایی", 2023), ("مستر المپیا", 2025), ("آرنولد کلاسیک", 2024), ("جام جهانی تکواندو", 2022)]
for n, (cup, y) in enumerate(FA_CUPS):
    ys = fa(y) if n % 2 else str(y)
    out.append(case(f"این ورزشکار در {cup} {ys} قهرمان شد.", "fa", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("فاز اللاعب في مستر أولمبيا 2025 في لاس فيغاس.", "ar", None, [want("2025", "gregorian", "2025", "year")]))
out.append(case("قیمت مدل کلاسیک ۲۰۲۵ تومان است.", "fa", None, []))

# Two centuries sharing عشر; the dual's era; Persian سده‌های.
out.append(case("ازدهرت الحرفة في القرنين الثاني والثالث عشر الميلاديين.", "ar", None,
                [want("القرنين الثاني والثالث عشر الميلاديين", "gregorian", "1100-01-01/1299-12-31", "year")]))
out.append(case("ازدهرت الحرفة في القرنين السابع والثامن عشر.", "ar", None,
                [want("القرنين السابع والثامن عشر", "gregorian", "1600-01-01/1799-12-31", "year")]))
C5, C7 = dt.date(*islamic.to_gregorian(400, 1, 1)), dt.date(*islamic.to_gregorian(600, 1, 1)) - dt.timedelta(days=1)
out.append(case("بنيت المدرسة في القرنين الخامس والسادس الهجريين.", "ar", None,
                [want("القرنين الخامس والسادس الهجريين", "hijri", f"{C5.isoformat()}/{C7.isoformat()}", "year", ["approximate"])]))
for cent in ["سده‌های ۱۸ و ۱۹ میلادی", "سده های 18 و 19 میلادی", "سدههای ۱۸ و ۱۹ میلادی"]:
    out.append(case(f"این بنا در {cent} ساخته شد.", "fa", None, [want(cent, "gregorian", "1700-01-01/1899-12-31", "year")]))

# A Dari ordinal day glued to هم.
for n in range(4):
    day = dt.date(rng.randrange(2015, 2026), 1, rng.randrange(11, 29))
    surface = f"{fa(day.day)}هم ماه جنوری سال {fa(day.year)}" if n % 2 == 0 else f"{fa(day.day)}هم جنوری {fa(day.year)}"
    out.append(case(f"این نشست به تاریخ {surface} برگزار شد.", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")],
                    tz="Asia/Kabul"))

# Iran's lunar calendar before its table: the civil calendar.
FA_HIJRI = ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال",
            "ذی‌القعده", "ذی‌الحجه"]
for n in range(5):
    y = rng.randrange(300, 1264)
    a = dt.date(*islamic.to_gregorian(y, 1, 1))
    b = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) - dt.timedelta(days=1)
    surface = f"در سال {fa(y)} هجری قمری"
    out.append(case(f"این مسجد {surface} ساخته شد.", "fa", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "year", ["approximate"])]))
for n in range(3):
    y, m, d = rng.randrange(300, 1264), rng.randrange(1, 13), rng.randrange(1, 30)
    surface = f"{fa(d)} {FA_HIJRI[m - 1]} {fa(y)} قمری"
    out.append(case(f"شهر در {surface} سقوط کرد.", "fa", None,
                    [want(surface, "hijri", dt.date(*islamic.to_gregorian(y, m, d)).isoformat(), "day", ["approximate"])]))
# Two years after an Arabic dual's construct, and after a year with its era.
DUALS = ["منحتي", "ميزانيتي", "موسمي", "دورتي", "نسختي", "ولايتي"]
for n, noun in enumerate(DUALS):
    y = rng.randrange(1990, 2024)
    y2 = y + [1, 1, 1, 4, 2, 4][n]
    a, b = str(y).translate(DIGITS[n % 2]), str(y2).translate(DIGITS[n % 2])
    join = "و" if n % 3 else "و "
    out.append(case(f"وأوضح أن ملف {noun} {a} {join}{b} تم توقيعهما.", "ar", None,
                    [want(a, "gregorian", str(y), "year"), want(b, "gregorian", str(y2), "year")]))
out.append(case("تقرر إيقاف تشغيل قطاري 2026 و2027 مكيف على الخط.", "ar", None, []))
for n in range(4):
    y = rng.randrange(1980, 2015)
    y2 = y + rng.randrange(4, 20)
    era = ["م", "م", " م", "م"][n]
    first = f"{y}{era}"
    out.append(case(f"لعب المنتخب في نسختين من كأس العالم ({first} و{y2}) وخرج مبكرا.", "ar", None,
                    [want(first, "gregorian", str(y), "year"), want(str(y2), "gregorian", str(y2), "year")]))
# A bare year after in before a change, "also" or "except".
for n, (txt, y, cal, val) in enumerate([
        ("میزان ابتلا به ۲۰ نفر در {y} کاهش یافته است.", 1404, "jalali", None),
        ("تعداد گردشگران در {y} افزایش یافت.", 2024, "gregorian", "2024"),
        ("این طرح در {y} نیز اجرا شد.", 1402, "jalali", None),
        ("بیماری در {y} دوباره شیوع یافت.", 2022, "gregorian", "2022")]):
    ys = fa(y) if n % 2 == 0 else str(y)
    value = val or solar_hijri_year(y)
    out.append(case(txt.format(y=ys), "fa", None,
                    [want(f"در {ys}", cal, value, "year", ["calendar_guessed"] if cal == "jalali" else [])]))
out.append(case("این بیماری در ۲۰۰۰ نقطه کاهش یافت.", "fa", None, []))
for n, (txt, y) in enumerate([("سجلت الوزارة الولادات في {y} عدا إقليم كردستان.", 2022),
                              ("ارتفع العدد في {y} باستثناء المناطق الشمالية.", 2019)]):
    out.append(case(txt.format(y=y), "ar", None, [want(f"في {y}", "gregorian", str(y), "year")]))
out.append(case("وأنجز المشروع في غضون 2016، بنجاح كبير.", "ar", None, [want("2016", "gregorian", "2016", "year")]))
# A page's "hour of publication" label between a date and its clock.
for n in range(4):
    jy, jm, jd = rng.randrange(1395, 1405), rng.randrange(1, 13), rng.randrange(1, 29)
    day = jdate(jy, jm, jd)
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    date_part = f"{fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)}" if n % 2 else f"{jd} {FA_JALALI[jm - 1]} {jy}"
    glue = "" if n < 2 else " "
    clock = f"{hh}:{mm}:{ss:02d}" if n % 2 == 0 else f"{fa(hh)}:{fa(mm).rjust(2, '۰')}"
    stamp = f"{date_part}{glue}ساعت انتشار : {clock}"
    v = clock_value(day, hh, mm, "Asia/Tehran")
    if n % 2 == 0:
        v = v[:16] + f":{ss:02d}" + v[16:]
    out.append(case(f"تاریخ انتشار : {stamp}\nخبر کوتاه است.", "fa", None,
                    [want(stamp, "jalali", v, "second" if n % 2 == 0 else "minute")]))
out.append(case("ساعت انتشار : 11:01\nخبر کوتاه است.", "fa", None, []))
# A Solar Hijri day and its Gregorian twin after "equivalent to" or مقارن without با.
for n, word in enumerate(["معادل", "معادل با", "مقارن", "همزمان با"]):
    jy, jm, jd = rng.randrange(1398, 1405), rng.randrange(1, 13), rng.randrange(1, 29)
    day = jdate(jy, jm, jd)
    FA_GREG_ = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
    surface = f"{fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)} {word} {fa(day.day)} {FA_GREG_[day.month - 1]} {fa(day.year)}"
    out.append(case(f"این همایش {surface} برگزار می‌شود.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")]))
out.append(case("قیمت این خودرو معادل ۱۰ میلیون تومان است.", "fa", None, []))
# A Persian span of years in brackets with تا; an Arabic year after في before ب on a noun with its article.
for n, (a, b) in enumerate([(1997, 2001), (1380, 1385), (2010, 2015)]):
    sa, sb = (fa(a), fa(b)) if n % 2 == 0 else (str(a), str(b))
    if a > 1500:
        value, cal, flags = f"{a}-01-01/{b}-12-31", "gregorian", []
    else:
        value, cal, flags = f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}", "jalali", ["calendar_guessed"]
    glue = "" if n == 0 else " "
    out.append(case(f"میانگین تولید در این دوره{glue}({sa} تا {sb}) با رشد همراه بود.", "fa", None,
                    [want(f"{sa} تا {sb}", cal, value, "year", flags)]))
out.append(case("قیمت هر بسته (۱۵۰۰ تا ۱۸۰۰) تومان است.", "fa", None, []))
for n, (word, y) in enumerate([("بالنظر إلى قدم تجهيزاتها", 2006), ("بالتزامن مع الأزمة", 2015), ("بالشراكة مع الوزارة", 2019)]):
    out.append(case(f"توقف المصنع عن العمل في {y} {word}.", "ar", None, [want(f"في {y}", "gregorian", str(y), "year")]))
out.append(case("ارتفعت الأسعار في 2000 بالمئة من الحالات.", "ar", None, []))
# A school year named new, next, this or last before its years; a budget's year; Morocco's برسم.
for n, (q, a) in enumerate([("المقبل", 2023), ("الحالي", 2024), ("الماضي", 2022), ("القادم", 2025)]):
    word = ["للعام الدراسي", "العام الدراسي", "السنة الدراسية", "للعام الدراسي"][n]
    q2 = "القادمة" if word.startswith("السنة") and q == "القادم" else ("الحالية" if word.startswith("السنة") and q == "الحالي" else ("الماضية" if word.startswith("السنة") else q))
    sep = ["/", "-", "/", " / "][n]
    surface = f"{word} {q2} {a}{sep}{a + 1}"
    out.append(case(f"استعدادا لانطلاق {surface} الذي يبدأ قريبا.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{a + 1}-12-31", "year")]))
for n, (txt, y) in enumerate([("يقر مجلس الوزراء موازنة {y} بعجز كبير.", 2022), ("وضمن ميزانية {y} لوزارة الطاقة مشاريع.", 2019),
                              ("ينظم المعرض الجهوي برسم {y}، الذي تنظمه الغرفة.", 2016), ("وتتضمن بميزانية {y} في القطاع.", 2024)]):
    out.append(case(txt.format(y=y), "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("تبلغ ميزانية 2500 مليون دينار سنويا.", "ar", None, []))
out.append(case("رصدت ميزانية 2000 دينار للمشروع.", "ar", None, []))
# The night from a weekday into the next, after ليلة and إلى/الى.
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
for n in range(6):
    ref = ref_day()
    wd = rng.randrange(7)
    to = ["إلى", "الى"][n % 2]
    surface = f"ليلة {AR_WD[wd]} {to} {AR_WD[(wd + 1) % 7]}"
    # the nearest such weekday pair to the reference, the end's own placing (nearest, the reference day included)
    end = min((ref + dt.timedelta(days=k) for k in range(-3, 4)), key=lambda x: (x.weekday() != (wd + 1) % 7, abs((x - ref).days), x > ref))
    start = end - dt.timedelta(days=1)
    out.append(case(f"تساقطت أمطار غزيرة {surface} على عدة مناطق.", "ar", ref.isoformat(),
                    [want(surface, "relative", f"{start.isoformat()}/{end.isoformat()}", "day")]))
# Last night in Tunisian and Algerian (الليلة الفارطة); a stamp with blanks after a rubric's bar.
for n in range(3):
    ref = ref_day()
    out.append(case("تهاطلت كميات هامة من الأمطار الليلة الفارطة على عدة ولايات.", "ar", ref.isoformat(),
                    [want("الليلة الفارطة", "relative", (ref - dt.timedelta(days=1)).isoformat(), "day")]))
for n in range(3):
    day = ref_day()
    stamp = f"{day.day:02d} {day.month:02d} {day.year}".translate(DIGITS[n % 2])
    out.append(case(f"تقارير | {stamp}\nشهدت المنطقة أحداثا كثيرة.", "ar", None, [want(stamp, "gregorian", day.isoformat(), "day")]))
out.append(case("النتيجة | 25 05 2020 هدف في الشوط الثاني.", "ar", None, []))
# A weekday, then أول without its article straight before a month: that month's first day.
for n, (month, name) in enumerate([(7, "تموز يوليو"), (7, "يوليو"), (3, "آذار/مارس"), (10, "أكتوبر")]):
    ref = ref_day()
    day = nearest_day(ref, month, 1)
    wd, y = AR_WD[day.weekday()], day.year  # the weekday the nearest 1st falls on
    surface = f"يوم {wd} أول {name}"
    out.append(case(f"تنطلق الدورة {surface} بمشاركة واسعة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{y}-{month:02d}-01", "day", ["year_inferred"])]))
out.append(case("تقام الصلاة الخميس الأول من يوليو 2021 في المسجد.", "ar", None,
                [want("الخميس الأول من يوليو 2021", "gregorian", "2021-07-01", "day")]))
# An Afghan Solar Hijri year with ه.خ.
for n, y in enumerate([1368, 1378, 1398]):
    era = ["ه.خ", "هـ.خ", "ه خ"][n]
    surface = f"در سال {fa(y)} {era}"
    out.append(case(f"این مکتب {surface} ساخته شد.", "fa", None, [want(surface, "jalali", solar_hijri_year(y), "year")], tz="Asia/Kabul"))
# Then and now: "between yesterday and today" as a title's idiom.
out.append(case("معرض الحناء بين الأمس واليوم في المدينة العتيقة.", "ar", "2021-02-21", []))
out.append(case("نمایشگاه تهران بین دیروز و امروز افتتاح شد.", "fa", "2021-02-21", []))
out.append(case("وصل الوفد الأمس واليوم غادر.", "ar", "2021-02-21",
                [want("الأمس", "relative", "2021-02-20", "day"), want("اليوم", "relative", "2021-02-21", "day")]))
# Yemen's papers named by a revolution's day, after the word for paper.
for text in ["وقالت صحيفة 14 أكتوبر إن المعرض افتتح أمس.", "وصرح لصحيفة 26 سبتمبر أن المعرض افتتح أمس.",
             "ونشرت جريدة 21 سبتمبر أن المعرض افتتح أمس.", "ونشر مقالا بصحيفة 14 أكتوبر أن المعرض افتتح أمس."]:
    out.append(case(text, "ar", "2024-10-01", [want("أمس", "relative", "2024-09-30", "day")], tz="Asia/Aden"))
out.append(case("احتفل اليمنيون في 14 أكتوبر بالذكرى.", "ar", "2024-10-01",
                [want("14 أكتوبر", "gregorian", "2024-10-14", "day", ["year_inferred"])], tz="Asia/Aden"))

emit("Forms met in the four-hundred-and-eighty-first real-text sets and after, across their families "
     "(tools/gen/cases_four_hundred_eighty_first_sets.py; datetime, zoneinfo and convertdate).",
     out)
