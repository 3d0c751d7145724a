#!/usr/bin/python3
"""Writes tests/extract/cases/two_hundred_eleventh_sets.jsonl: forms met in
the two-hundred-and-eleventh real-text sets and after, generated across
their families.

- Two days of this month or the next, each with its own word, as a range
  (من 12 الحالي حتى 15 الحالي, اعتبارا من ١٢ الجاري ولغاية ١٥ الشهر الجاري,
  من 3 الشهر المقبل إلى 9 الشهر المقبل), or the second day "of it" (من 12
  الحالي إلى 15 منه): one span of that month; two ends in different months
  stay a span across them (من 28 الجاري حتى 3 الشهر المقبل).
- A Hijri year and the Gregorian year it overlaps, written together with a
  slash, a dash, brackets, الموافق or nothing between (لعام 1446هـ/2025م,
  للعام 1447هـ/2026, عام 1139هـ (1727م), في عام 1727م (1139هـ), 1443 هـ
  2022 م): one year, the Gregorian; a Hijri month after the word month with
  the year it falls in after it (شهر رمضان لعام 1447 هـ – 2026 م): that
  month (without the word, عملية رمضان, a name: two); not a year the
  Hijri one does not overlap (1447 هـ / 2030 م: two), nor a Gregorian year
  before a Hijri day (لسنة 1959 مؤرخ في 25 ذي القعدة 1378: two).
- A year, then in (في, در) a month without its own year (العام 2012 في شهر
  يونيو, سال ۱۳۹۰ در ماه مهر): that month of the year; not a month of another
  calendar than the year's (عام 2023 في شهر رمضان).
- Dari's last year written apart (ماه سرطان پار سال): the month in the year
  before the reference's.
- "On this day" of a year with no reference (في مثل هذا اليوم من عام 1924,
  در چنین روزی در سال ۱۳۵۷): only its year is known, that year; with the day
  itself in brackets after the key or the year (في مثل هذا اليوم ( 9 نوفمبر )
  من عام 1986م, در چنين روزي در سال 1345 ( 29 ژوئن 1966 )): that day.
- A span of years with و written apart before the word for until (في سنة
  1863 و إلى غاية 1958): one span.
- A year before a day and month that recur every year (منذ العام 1995
  الثالث والعشرين من شهر أبريل من كل عام): the year alone.
- The night of a Hijri day (شب نوزدهم ماه رمضان, ليلة السابعة والعشرين من
  شهر رمضان 1444): the evening before that day, as the lunar day begins at
  sunset; not a Solar Hijri or Gregorian day's (شب ۳۰ آذر is that evening).
- Two decades of the last century with no reference (الستينيات والسبعينيات
  من القرن الماضي): both, in the twentieth century, as one decade of it is.
- Universal time written out after a clock (1:51 مساء بالتوقيت العالمي,
  ساعت ۱۰ صبح به وقت جهانی): UTC.
- Days of this month named in a calendar (از ۱۹ تا ۲۶ ماه جاری میلادی, من 4
  إلى 22 من الشهر الهجري الجاري): that calendar's current month; "our
  current month" (من 22 وحتى 25 من شهرنا الجاري) as the current month.
- Places named for a day after a sports complex, a border company or a
  clinic (مجموعه ورزشی پنجم مرداد, گروهان مرزی ۱۷ شهریور, درمانگاه
  تاسوعا): no date; a clock after them stays a clock (درمانگاه ۹ و نیم صبح
  باز می‌شود).
- A month alone after منذ (منذ فبراير شباط, منذ أكتوبر): the last one begun by
  the reference (said in that month, this one).
- Two centuries counted down before Christ (بين القرنين الخامس والثاني قبل
  الميلاد): no years; the dual with one number is a place's name (مياه
  القرنين 2).
- Persian last evening (شامگاه گذشته, with its clock in the evening): the day
  before the reference.
- A title with العام, "general", before a word that also qualifies a year
  (الرئيس المدير العام السابق, الأمين العام الجديد): no year; العام السابق alone
  is last year.
- A Hijri range whose first day's weekday is a day off the computed one (من
  يوم الجمعة 10 رمضان إلى 16 منه): the whole range moved to that weekday, as
  sighting moves a day.

Days come from datetime, Hijri years and months from the Umm al-Qura table
(tests/data/umalqura_month_starts.csv) and convertdate's civil calendar
before it, Solar Hijri months from convertdate: nothing here is read from
taqvim. Run from the
project root:
tools/gen/cases_two_hundred_eleventh_sets.py > tests/extract/cases/two_hundred_eleventh_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, DAY, FA_JALALI, FA_ZODIAC, case, emit, fa, iran_lunar, jalali_month, jdate, jday,
                       offset, umm_al_qura, want)

rng = random.Random(211)
out = []


def add_months(day, k):
    m = day.month - 1 + k
    return dt.date(day.year + m // 12, m % 12 + 1, 1)


# Two days of this or next month, each end with its own word, or "of it" at the end.
THIS = ["الحالي", "الجاري", "الشهر الجاري", "الشهر الحالي", "من الشهر الجاري"]
NEXT = ["الشهر المقبل", "الشهر القادم", "من الشهر المقبل"]
TO = ["حتى", "إلى", "ولغاية", "وحتى", "إلى غاية"]
for n in range(12):
    ref = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
    ahead = n % 3 == 2
    first = add_months(ref, 1 if ahead else 0)
    d1 = rng.randint(1, 20)
    d2 = d1 + rng.randint(1, 8)
    word = (NEXT if ahead else THIS)[n % (3 if ahead else 5)]
    second = "منه" if n % 4 == 1 else word
    w1, w2 = (str(d1), str(d2)) if n % 3 else (str(d1).translate(AR_DIGITS), str(d2).translate(AR_DIGITS))
    surface = f"من {w1} {word} {TO[n % len(TO)]} {w2} {second}"
    value = f"{first.replace(day=d1).isoformat()}/{first.replace(day=d2).isoformat()}"
    out.append(case(f"تقرر تنظيم الدورة التكوينية {surface} بمقر الوزارة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", value, "day", ["year_inferred"])]))
# Across this month's end into the next.
for n in range(3):
    ref = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 20))
    nxt = add_months(ref, 1)
    d1, d2 = rng.randint(24, 28), rng.randint(1, 6)
    surface = f"من {d1} الجاري حتى {d2} الشهر المقبل"
    value = f"{ref.replace(day=d1).isoformat()}/{nxt.replace(day=d2).isoformat()}"
    out.append(case(f"تستمر الحملة {surface} في كل المحافظات.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", value, "day", ["year_inferred"])]))

UQ = umm_al_qura()


def hijri_year(hy):
    """First and last Gregorian days of Hijri year hy (Umm al-Qura, else the civil calendar)."""
    if (hy, 1) in UQ and (hy + 1, 1) in UQ:
        return UQ[(hy, 1)], UQ[(hy + 1, 1)] - DAY
    return dt.date(*islamic.to_gregorian(hy, 1, 1)), dt.date(*islamic.to_gregorian(hy + 1, 1, 1)) - DAY


# A Hijri year and the Gregorian year it overlaps, written together.
FORMS = ["لعام {h}هـ/{g}م", "للعام {h}هـ/{g}", "عام {h}هـ ({g}م)", "في عام {g}م ({h}هـ)", "سنة {h} هـ - {g} م",
         "للعام {h} هجري، الموافق {g} ميلادي", "لهذه السنة {h} هجرية {g} ميلادية", "لسنة {h}هـ / {g}"]
for n in range(16):
    hy = rng.randint(1100, 1450)
    first, last = hijri_year(hy)
    greg = [first.year, last.year][n % 2]
    surface = FORMS[n % len(FORMS)].format(h=hy, g=greg)
    if n % 5 == 4:
        surface = surface.translate(AR_DIGITS)
    out.append(case(f"أصدرت الهيئة تقريرها السنوي {surface} بعد اجتماعها.", "ar", None,
                    [want(surface, "gregorian", str(greg), "year")]))
for n in range(4):
    hy = rng.randint(1420, 1450)
    start, end = UQ[(hy, 9)], UQ[(hy, 10)] - DAY
    surface = f"شهر رمضان لعام {hy} هـ – {start.year} م"
    out.append(case(f"تبدأ الحملة مع {surface} في كل المدن.", "ar", None,
                    [want(surface, "hijri", f"{start.isoformat()}/{end.isoformat()}", "month")]))
first, last = hijri_year(1447)
out.append(case("صدر الكتاب عام 1447 هـ / 2030 م في طبعته الأولى.", "ar", None,
                [want("عام 1447 هـ", "hijri", f"{first.isoformat()}/{last.isoformat()}", "year"),
                 want("2030 م", "gregorian", "2030", "year")]))

# A year, then "in" a month without its own year.
for n in range(8):
    year = rng.randint(1950, 2025)
    month = rng.randint(1, 12)
    lead = ["العام", "عام", "سنة", "في عام"][n % 4]
    inner = ["في شهر", "في", "في شهر", "في"][n % 4]
    surface = f"{lead} {year} {inner} {AR_GREG[month - 1]}"
    out.append(case(f"أجري التمرين {surface}، بمشاركة عدة دول.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{month:02d}", "month")]))
for n in range(4):
    jy = rng.randint(1360, 1403)
    month = rng.randint(1, 12)
    start, end = jalali_month(jy, month)
    surface = f"سال {fa(jy)} در ماه {FA_JALALI[month - 1]}"
    out.append(case(f"این طرح {surface} به بهره برداری رسید.", "fa", None,
                    [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "month")]))
out.append(case("وأقيمت البطولة عام 2023 في شهر رمضان بمشاركة واسعة.", "ar", None, [want("عام 2023", "gregorian", "2023", "year")]))

# Dari's last year written apart.
for n in range(4):
    ref = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    jy = jday(ref)[0] - 1
    month = rng.randint(1, 12)
    start, end = jalali_month(jy, month)
    surface = f"ماه {FA_ZODIAC[month - 1]} پار سال"
    out.append(case(f"نیروی هوایی از {surface} ماموریت ها را آغاز کرد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "month", ["year_inferred"])],
                    tz="Asia/Kabul"))

# "On this day" of a year, no reference.
for n in range(6):
    year = rng.randint(1900, 2020)
    key = ["في مثل هذا اليوم من عام", "في مثل هذا اليوم من سنة", "فى مثل هذا اليوم من العام"][n % 3]
    surface = f"{key} {year}"
    out.append(case(f"{surface} افتتحت المكتبة العامة في المدينة.", "ar", None, [want(surface, "gregorian", str(year), "year")]))
for n in range(3):
    jy = rng.randint(1320, 1400)
    surface = f"در چنین روزی در سال {fa(jy)}"
    out.append(case(f"{surface} نخستین کتابخانه عمومی شهر گشایش یافت.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - DAY).isoformat()}", "year",
                          ["calendar_guessed"])]))
for n in range(4):
    day = dt.date(rng.randint(1920, 2020), rng.randint(1, 12), rng.randint(1, 28))
    surface = f"في مثل هذا اليوم ( {day.day} {AR_GREG[day.month - 1]} ) من عام {day.year}م"
    out.append(case(f"{surface} أعلن عن تأسيس النادي.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
for n in range(3):
    day = dt.date(rng.randint(1930, 2020), rng.randint(1, 12), rng.randint(1, 28))
    jy = jday(day)[0]
    surface = f"در چنين روزي در سال {jy} ( {day.day} {['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'][day.month - 1]} {day.year} )"
    out.append(case(f"{surface} قرارداد ساخت کارخانه امضا شد.", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")]))

# A span of years with و written apart before the word for until.
for n in range(4):
    y1 = rng.randint(1800, 1990)
    y2 = y1 + rng.randint(2, 60)
    to = ["و إلى غاية", "و حتى", "و إلى", "و لغاية"][n]
    surface = f"في سنة {y1} {to} {y2}"
    out.append(case(f"وكان المقر في القصبة {surface}، ثم انتقل.", "ar", None,
                    [want(surface, "gregorian", f"{y1}-01-01/{y2}-12-31", "year")]))

# A year before a day and month that recur every year.
for n in range(3):
    year = rng.randint(1950, 2020)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    ordinal = ["الأول", "الخامس", "العاشر"][n]
    surface = f"العام {year}"
    out.append(case(f"أقرت المنظمة منذ {surface} {ordinal} من شهر {AR_GREG[month - 1]} من كل عام يوما عالميا للكتاب.", "ar", None,
                    [want(surface, "gregorian", str(year), "year")]))

# The night of a Hijri day: the evening before it (Umm al-Qura for Arabic, Iran's table for Persian).
IRAN = iran_lunar()
AR_ORD = {19: "التاسع عشر", 21: "الحادي والعشرين", 23: "الثالث والعشرين", 27: "السابع والعشرين"}
FA_NIGHT = {19: "نوزدهم", 21: "بیست و یکم", 23: "بیست و سوم", 27: "بیست و هفتم"}
for n, day in enumerate((19, 21, 23, 27)):
    hy = rng.randint(1438, 1446)
    eve = UQ[(hy, 9)] + (day - 2) * DAY
    surface = f"ليلة {AR_ORD[day]} من شهر رمضان {hy}"
    out.append(case(f"تقام صلاة التهجد {surface} في المسجد الكبير.", "ar", None, [want(surface, "hijri", eve.isoformat(), "day")]))
    eve = IRAN[(hy, 9)] + (day - 2) * DAY
    surface = f"شب {FA_NIGHT[day]} ماه رمضان {fa(hy)}"
    out.append(case(f"مراسم احیای {surface} در مصلی برگزار شد.", "fa", None, [want(surface, "hijri", eve.isoformat(), "day")]))
out.append(case("جشن شب ۳۰ آذر ۱۴۰۲ در فرهنگسرا برگزار شد.", "fa", None,
                [want("۳۰ آذر ۱۴۰۲", "jalali", jdate(1402, 9, 30).isoformat(), "day")]))

# Two decades of the last century, no reference.
DECADES = ["العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات", "السبعينيات", "الثمانينيات", "التسعينيات"]
for n in range(4):
    k = rng.randint(0, 6)
    surface = f"{DECADES[k]} و{DECADES[k + 1]} من القرن الماضي"
    out.append(case(f"شهد المسرح ازدهارا في حقبة {surface} قبل أن يتراجع.", "ar", None,
                    [want(surface, "gregorian", f"19{k + 2}0-01-01/19{k + 3}9-12-31", "year")]))

# Universal time written out after a clock.
for n in range(3):
    day = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
    hh, mm = rng.randint(1, 11), rng.randint(0, 59)
    surface = f"عند الساعة {hh}:{mm:02d} مساء بالتوقيت العالمي"  # عند before the hour word is the match's
    out.append(case(f"يولد الهلال {surface} وفق الحسابات.", "ar", day.isoformat(),
                    [want(surface, "relative", f"{day.isoformat()}T{hh + 12:02d}:{mm:02d}+00:00", "minute")]))
day = dt.date(2021, 8, 8)
out.append(case("کسوف ساعت ۱۰ صبح به وقت جهانی آغاز می‌شود.", "fa", day.isoformat(),
                [want("ساعت ۱۰ صبح به وقت جهانی", "relative", "2021-08-08T10:00+00:00", "minute")]))

# A Hijri range pinned by its first day's weekday (Umm al-Qura's day, moved one day either way).
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
for n in range(4):
    hy = rng.randint(1438, 1446)
    d1 = rng.randint(2, 12)
    d2 = d1 + rng.randint(3, 8)
    shift = [-1, 1][n % 2]
    first = UQ[(hy, 9)] + (d1 - 1 + shift) * DAY
    last = UQ[(hy, 9)] + (d2 - 1 + shift) * DAY
    surface = f"من يوم {AR_WD[first.weekday()]} {d1} رمضان {hy} إلى {d2} منه"
    out.append(case(f"تستقبل اللجنة الطلبات {surface} في مقرها.", "ar", None,
                    [want(surface, "hijri", f"{first.isoformat()}/{last.isoformat()}", "day", ["weekday_mismatch"])]))

# Days of this month in a named calendar, and "our current month".
for lang, form, frame in (("fa", "از {} تا {} ماه جاری میلادی", "این دوره {} در دانشگاه برگزار شد."),
                          ("ar", "من {} وحتى {} من شهرنا الجاري", "تتواصل الدورة {} بالقاعة المغطاة.")):
    for n in range(3):
        ref = dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28))
        d1, d2 = rng.randint(1, 10), rng.randint(15, 28)
        surface = form.format(fa(d1), fa(d2)) if lang == "fa" else form.format(d1, d2)
        out.append(case(frame.format(surface), lang, ref.isoformat(),
                        [want(surface, "gregorian", f"{ref.replace(day=d1).isoformat()}/{ref.replace(day=d2).isoformat()}",
                              "day", ["year_inferred"])]))

# Places named for a day.
for text in ("مسابقات در سالن مجموعه ورزشی پنجم مرداد اراک برگزار شد.",
             "مرزبانان گروهان مرزی ۱۷ شهریور محموله را توقیف کردند.",
             "کلنگ ساخت درمانگاه تاسوعا در شهرستان بابل به زمین زده شد."):
    out.append(case(text, "fa", "2024-05-26", []))

# Titles with العام before a qualifier: no year.
for title in ("الرئيس المدير العام السابق", "الأمين العام الجديد", "النائب العام السابق", "المدعي العام الحالي"):
    out.append(case(f"رفضت المحكمة مطالب الإفراج عن {title} لأحد البنوك العمومية.", "ar", "2025-10-31", []))
out.append(case("ارتفعت الصادرات خلال العام السابق بنسبة كبيرة.", "ar", "2025-10-31",
                [want("العام السابق", "relative", "2024", "year")]))

# A month alone after منذ: the last one begun.
for n in range(5):
    ref = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    month = [ref.month, rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 12)][n]
    year = ref.year if month <= ref.month else ref.year - 1
    surface = AR_GREG[month - 1]
    out.append(case(f"المصفاة مغلقة منذ {surface} لكن من المقرر إعادة تشغيلها.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{year}-{month:02d}", "month", ["year_inferred"])]))
# Centuries before Christ counted down, and the dual with one number.
out.append(case("يلقي الضوء على حياة السكان بين القرنين الخامس والثاني قبل الميلاد.", "ar", None, []))
out.append(case("يشمل القطع مناطق مثل المدينة 1، مياه القرنين 2، والصرف الصحي 2.", "ar", None, []))
out.append(case("ازدهرت المدينة في القرنين الثاني والثالث الميلاديين.", "ar", None,
                [want("القرنين الثاني والثالث الميلاديين", "gregorian", "0100-01-01/0299-12-31", "year")]))
# Persian last evening.
for n in range(3):
    ref = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(2, 28))
    day = ref - DAY
    if n < 2:
        out.append(case("شامگاه گذشته سیل و رانش زمین به تاسیسات روستا آسیب وارد کرد.", "fa", ref.isoformat(),
                        [want("شامگاه گذشته", "relative", day.isoformat(), "day")]))
    else:
        out.append(case("شامگاه گذشته ساعت ۸ سیل به روستا رسید.", "fa", ref.isoformat(),
                        [want("شامگاه گذشته ساعت ۸", "relative", f"{day.isoformat()}T20:00{offset(day, 20, 0, 'Asia/Tehran')}",
                              "minute")]))

emit("forms of the two-hundred-and-eleventh real-text sets: generated by tools/gen/cases_two_hundred_eleventh_sets.py "
     "(oracles: datetime, convertdate, the Umm al-Qura table)", out)
