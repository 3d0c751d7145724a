#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_thirty_ninth_sets.jsonl: forms met in the
hundred-and-thirty-ninth to hundred-and-forty-sixth real-text sets (public
transport; lotteries and prize draws; insurance, pensions and social
security; startups and technology; charity; mosques and religious
programmes; sports clubs; agriculture, fishing and hunting), generated
across their families.

- A Persian count from one to ten written onto its unit when the ZWNJ is
  lost (یکماه پیش, دوسال دیگر, سهروز قبل, چارهفته پیش): the count and the unit,
  as یک ماه پیش; the same words apart (سه ماه پایانی سال ۱۴۰۲) stay the count
  and the unit of a run of months; after a count in words (یکصدو سی و پنجسال
  قبل) and before گذشته (در یکسال گذشته, a span): no day.
- Tunisia's feminine quarters and halves (الثلاثية الثالثة لسنة 2021,
  للثلاثية الأولى من سنة 2019, السداسية الثانية من سنة 2023): the months of
  that year.
- A server's stamp in the English (US) form, seconds and a blank before AM
  or PM (11/7/2024 6:45:03 PM): the month first; 16/10/2021 08:10AM stays
  day first.
- Two-digit day and month and the year with blanks for separators after a
  weekday (يوم الأربعاء 12 12 2012، ستستقبل): that date.
- A document's date deep in a sentence after بتاريخ (ترحب … بالبيان الصادر
  … رقم (4) بتاريخ السبت 1 نوفمبر 2025): not the page's day when a dateline
  near the top (طرابلس – 23 نوفمبر 2025) gives one.
- After تا, a count written onto its unit before دیگر (تا دوسال دیگر): for so
  long, no day, as تا ۹ روز دیگر.
- Moroccan and Gulf epithets of Ramadan before a Hijri year (3 رمضان الأبرك
  1432 ه, لفاتح شهر رمضان الفضيل 1441ه): the day.
- A range ending on a day of its start's month with no reference (من 12 اوت
  الى غاية 16 من نفس الشهر, من 12 أغسطس حتى 16 منه): XXXX-08-12/XXXX-08-16.
  With a year after the end (… وحتى التاسع عشر من الشهر ذاته في عام 2025):
  that year, both ends'.
- A day then في and a relative month after the day word (يوم 20 في الشهر
  الجاري): that day of that month.
- A page's stamp glued to the Latin word of its icon (time١٥-٠٤-٢٠٢٥,
  today31/08/2021): the date; a code's single letter (A12-15-2020) is none.
- A team's age group (لمواليد 1997): the year.
- A range whose end's year is named from the reference's (از ۱۲ بهمن تا ۳۰
  شهریور سال آینده, من 12 نوفمبر حتى 3 فبراير العام المقبل): the end in that
  year, the start the last one before it.
- Dari برج (the zodiac sign) before a month (سوم برج اسد ۱۳۹۷): that month;
  فیبروری, February.
- Persian weekdays before ordinal days of a range (از شنبه اول تا پنجشنبه
  ششم دی): the days.
- A timetable's clocks (تشغيل المترو سيبدأ في الخامسة والربع صباحًا, يبدأ
  أول قطار … الساعة 5:15, در روزهای عادی از ساعت ۶ صبح تا ۱۸): they recur, no
  day.

Days come from datetime, Solar Hijri days from convertdate, Hijri days from
Umm al-Qura's month starts (tests/data/umalqura_month_starts.csv): nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_thirty_ninth_sets.py > tests/extract/cases/hundred_thirty_ninth_sets.jsonl"""
import datetime as dt
import random

from case_form import AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, FA_JALALI, FA_ORD, case, emit, fa, jdate, jday, umm_al_qura, want

rng = random.Random(139)
out = []


def ref_day():
    return dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY


def jalali_shift(day, months):
    """The day `months` Solar Hijri months from day, its day of the month
    kept (days 1..29 only here, so that no month is too short)."""
    y, m, d = jday(day)
    k = (y * 12 + m - 1) + months
    return jdate(k // 12, k % 12 + 1, d)


# Counts written onto their units.
COUNTS = [("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("چار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8),
          ("ده", 10)]
UNITS = [("روز", "day"), ("هفته", "week"), ("ماه", "month"), ("سال", "year")]
for n in range(20):
    word, count = COUNTS[n % len(COUNTS)]
    unit, gran = UNITS[n % len(UNITS)]
    ref = ref_day()
    while jday(ref)[2] > 29:
        ref -= DAY
    direction, sign = [("پیش", -1), ("قبل", -1), ("دیگر", 1), ("بعد", 1)][n % 4]
    if gran == "day":
        value = ref + sign * count * DAY
    elif gran == "week":
        value = ref + sign * 7 * count * DAY
    elif gran == "month":
        value = jalali_shift(ref, sign * count)
    else:
        value = jalali_shift(ref, sign * 12 * count)
    surface = f"{word}{unit} {direction}"
    text = f"مدیرکل این اداره گفت: {surface} این طرح اجرا شد." if sign < 0 else f"وی افزود: {surface} نتایج اعلام می‌شود."
    out.append(case(text, "fa", ref.isoformat(), [want(surface, "relative", value.isoformat(), gran)]))
# The same words apart: a run of the year's last three months.
for n in range(3):
    jy = rng.randint(1395, 1410)
    surface = f"سه ماه پایانی سال {fa(jy)}"
    first, last = jdate(jy, 10, 1), jdate(jy + 1, 1, 1) - DAY
    out.append(case(f"حقوق بازنشستگان در {surface} افزایش می‌یابد.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["calendar_guessed"])]))
# No day: a span, and the last word of a count in words.
for text in ["قیمت‌ها در یکسال گذشته دو برابر شد.", "طی دوسال اخیر تولید افزایش یافت.",
             "این بنا یکصدو سی و پنجسال قبل ساخته شد."]:
    out.append(case(text, "fa", "2024-05-10", []))

# Tunisia's feminine quarters and halves.
AR_Q = [("الثلاثية الأولى", 1, 3), ("الثلاثية الثانية", 4, 6), ("الثلاثية الثالثة", 7, 9), ("الثلاثية الرابعة", 10, 12),
        ("السداسية الأولى", 1, 6), ("السداسية الثانية", 7, 12)]
for n, (name, m1, m2) in enumerate(AR_Q):
    y = rng.randint(2010, 2030)
    pre = ["", "لل", "بال"][n % 3]
    word = name if not pre else pre + name[2:]
    of = [" لسنة ", " من سنة ", " من "][n % 3]
    surface = f"{word}{of}{y}"
    last = (dt.date(y + 1, 1, 1) if m2 == 12 else dt.date(y, m2 + 1, 1)) - DAY
    out.append(case(f"وتشمل الاشتراكات الراجعة {surface} بالنسبة للمؤجرين.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m1:02d}-01/{last.isoformat()}", "month")]))

# A US server stamp: month first; glued AM without seconds: day first.
for n in range(4):
    day = dt.date(rng.randint(2015, 2030), rng.randint(1, 12), rng.randint(1, 12))
    if day.day == day.month:
        day += DAY
    hh, mm, ss = rng.randint(1, 12), rng.randint(0, 59), rng.randint(0, 59)
    ampm = "PM" if n % 2 else "AM"
    h24 = hh % 12 + (12 if ampm == "PM" else 0)
    surface = f"{day.month}/{day.day}/{day.year} {hh}:{mm:02d}:{ss:02d} {ampm}"
    out.append(case(f"نشر في {surface}\nأعلنت الوزارة عن المواعيد الجديدة.", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{h24:02d}:{mm:02d}:{ss:02d}+03:00", "second")],
                    tz="Asia/Riyadh"))
for n in range(2):
    day = dt.date(rng.randint(2015, 2030), rng.randint(1, 12), rng.randint(13, 28))
    hh, mm = rng.randint(1, 11), rng.randint(0, 59)
    surface = f"{day.day:02d}/{day.month:02d}/{day.year} {hh:02d}:{mm:02d}AM"
    out.append(case(f"{surface}\nأعلنت الوزارة عن المواعيد الجديدة.", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{hh:02d}:{mm:02d}+03:00", "minute")],
                    tz="Asia/Riyadh"))

# A weekday before a day, month and year with blanks for separators.
for n in range(4):
    day = dt.date(2005, 1, 1) + rng.randint(0, 9000) * DAY
    while day.day < 10 or day.month < 10:
        day += DAY
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {day.day:02d} {day.month:02d} {day.year}"
    out.append(case(f"{surface}، ستستقبل المدينة الترامواي الجديد.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))

# A document's date deep in a sentence is no page's day: the dateline above is.
for n in range(3):
    day = dt.date(2015, 1, 1) + rng.randint(0, 4000) * DAY
    doc = day - rng.randint(3, 20) * DAY
    dateline = f"طرابلس – {day.day} {AR_GREG[day.month - 1]} {day.year}"
    today = f"اليوم {AR_WEEKDAYS[day.weekday()]}"
    docdate = f"{AR_WEEKDAYS[doc.weekday()]} {doc.day} {AR_GREG[doc.month - 1]} {doc.year}"
    text = (f"توقيع اتفاق تعاون.\n{dateline}\nوقعت الهيئة، {today}، اتفاق تعاون.\n"
            f"ترحب المؤسسة بالبيان الصادر عن النقابة رقم (4) بتاريخ {docdate}، الذي عبر عن روح مسؤولة.")
    out.append(case(text, "ar", None, [want(f"{day.day} {AR_GREG[day.month - 1]} {day.year}", "gregorian", day.isoformat(), "day"),
                                      want(today, "relative", day.isoformat(), "day"),
                                      want(docdate, "gregorian", doc.isoformat(), "day")]))

# A timetable's clocks recur.
out.append(case("أكدت الوزارة أن تشغيل المترو سيبدأ في الخامسة والربع صباحًا من المحطات الانتهائية.", "ar", "2025-10-29", []))
out.append(case("كما يبدأ أول قطار من محطة عدلي منصور في تمام الساعة 5:15 صباحًا.", "ar", "2025-10-29", []))
out.append(case("وی ادامه داد: در خط ۲، خدمات‌رسانی در روزهای عادی از ساعت ۶ صبح تا ۱۸ انجام می‌شود.", "fa", "2025-09-23", []))
out.append(case("مواعيد القطارات من الساعة السادسة صباحا حتى منتصف الليل.", "ar", "2025-10-29", []))

# After تا, a glued count before دیگر: for so long.
out.append(case("قرار است تا دوسال دیگر ضرورت به بازسازی نباشد.", "fa", "2015-07-27", []))
out.append(case("این پروژه تا یکماه دیگر ادامه دارد.", "fa", "2015-07-27", []))

# Epithets of Ramadan before a Hijri year (Umm al-Qura's month starts).
UQ = umm_al_qura()
for n, epithet in enumerate(["الأبرك", "الفضيل", "الابرك"]):
    hy = rng.randint(1430, 1450)
    d = rng.randint(2, 27)
    day = UQ[(hy, 9)] + (d - 1) * DAY
    surface = f"{d} رمضان {epithet} {hy} ه"
    out.append(case(f"يبدأ البرنامج يوم {surface} بالمسجد الكبير.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))
for n, epithet in enumerate(["الأبرك", "الفضيل"]):
    hy = rng.randint(1430, 1450)
    surface = f"فاتح شهر رمضان {epithet} {hy}ه"
    out.append(case(f"أعلنت الوزارة أن {surface} سيكون موعد انطلاق الحملة.", "ar", None,
                    [want(surface, "hijri", UQ[(hy, 9)].isoformat(), "day")]))

# A range to a day of its start's month, no reference.
for n in range(4):
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 14)
    d2 = d1 + rng.randint(1, 13)
    month = ["أغسطس", "اوت", "مارس", "يونيو"][n]
    mnum = [8, 8, 3, 6][n]
    end = ["الى غاية {} من نفس الشهر", "إلى غاية {} من الشهر نفسه", "حتى {} منه", "إلى {} من الشهر ذاته"][n].format(d2)
    surface = f"من {d1} {month} {end}"
    out.append(case(f"تنظم القافلة {surface} بمختلف الولايات.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{mnum:02d}-{d1:02d}/XXXX-{mnum:02d}-{d2:02d}", "day", ["unresolved"])]))

for n in range(3):
    y = rng.randint(2005, 2030)
    m = rng.randint(1, 12)
    d1, d2 = rng.randint(1, 9), rng.randint(11, 28)
    ords = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس", 7: "السابع", 8: "الثامن", 9: "التاسع"}
    surface = f"من {ords[d1]} من {AR_GREG[m - 1]} وحتى {d2} من الشهر ذاته في عام {y}"
    out.append(case(f"نقلت الرحلات الحجاج خلال الفترة {surface}، حيث تم نقل 10 آلاف حاج.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{d2:02d}", "day")]))

# A day, في, a relative month.
for n in range(3):
    ref = ref_day()
    d = rng.randint(1, 28)
    word, shift = [("الجاري", 0), ("المقبل", 1), ("القادم", 1)][n]
    y, m = (ref.year, ref.month + shift) if ref.month + shift <= 12 else (ref.year + 1, 1)
    out.append(case(f"تعقد الجمعية العامة يوم {d} في الشهر {word} بمقر النادي.", "ar", ref.isoformat(),
                    [want(f"{d} في الشهر {word}", "gregorian", f"{y}-{m:02d}-{d:02d}", "day", ["year_inferred"])]))

# A stamp glued to its icon's Latin word; a code's letter.
for n in range(3):
    day = dt.date(2015, 1, 1) + rng.randint(0, 4000) * DAY
    word = ["time", "today", "date"][n]
    written = f"{day.day:02d}-{day.month:02d}-{day.year}".translate(AR_DIGITS) if n == 0 else f"{day.day:02d}/{day.month:02d}/{day.year}"
    out.append(case(f"المصري اليوم\n\n{word}{written}\n\nأعمال", "ar", None, [want(written, "gregorian", day.isoformat(), "day")]))
out.append(case("الرمز B12-15-2021 ليس تاريخا", "ar", None, []))

# An age group's year.
for n in range(3):
    y = rng.randint(1990, 2015)
    out.append(case(f"قررت الجامعة إقامة بطولة الجمهورية لمواليد {y} لأندية القسم الأول.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")]))

# Persian weekdays before ordinal days of a range.
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
for n in range(3):
    jy = rng.randint(1398, 1408)
    jm = rng.randint(1, 12)
    d1 = rng.randint(1, 9)
    d2 = d1 + rng.randint(1, 6)
    a, b = jdate(jy, jm, d1), jdate(jy, jm, d2)
    surface = f"{FA_WD[a.weekday()]} {FA_ORD[d1]} تا {FA_WD[b.weekday()]} {FA_ORD[d2]} {FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"این نمایشگاه از {surface} برپا است.", "fa", None,
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# A range's end in a year named from the reference's.
for n in range(4):
    ref = ref_day()
    jy = jday(ref)[0]
    m1 = rng.randint(8, 12)
    m2 = rng.randint(1, m1 - 1)
    d1, d2 = rng.randint(1, 29), rng.randint(1, 29)
    end = jdate(jy + 1, m2, d2)
    start = jdate(jy, m1, d1)
    surface = f"از {fa(d1)} {FA_JALALI[m1 - 1]} تا {fa(d2)} {FA_JALALI[m2 - 1]} سال آینده"
    out.append(case(f"ثبت‌نام {surface} ادامه دارد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))
for n in range(2):
    ref = ref_day()
    m1 = rng.randint(7, 12)
    m2 = rng.randint(1, m1 - 1)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    surface = f"من {d1} {AR_GREG[m1 - 1]} حتى {d2} {AR_GREG[m2 - 1]} العام المقبل"
    out.append(case(f"تستمر الحملة {surface} في كل المحافظات.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{ref.year}-{m1:02d}-{d1:02d}/{ref.year + 1}-{m2:02d}-{d2:02d}", "day",
                          ["year_inferred"])]))

# Dari برج before a zodiac month; فیبروری.
FA_ZOD = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
for n in range(3):
    jy = rng.randint(1390, 1405)
    jm = rng.randint(1, 12)
    d = rng.randint(1, 9)
    surface = f"{FA_ORD[d]} برج {FA_ZOD[jm - 1]} {fa(jy)}"
    out.append(case(f"این مراسم روز {surface} در ولایت هرات برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, d).isoformat(), "day")]))
for n in range(2):
    day = dt.date(rng.randint(2010, 2030), 2, rng.randint(1, 28))
    surface = f"{day.day} فیبروری {day.year}"
    out.append(case(f"این نشست به تاریخ {surface} در کابل برگزار شد.", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")]))

emit("forms of the hundred-and-thirty-ninth real-text sets: generated by tools/gen/cases_hundred_thirty_ninth_sets.py "
     "(oracles: datetime, convertdate, Umm al-Qura's month starts)", out)
