#!/usr/bin/python3
"""Writes tests/extract/cases/eighty_first_sets.jsonl: forms met in the
eighty-first real-text sets and in the older sets' misses, generated across
their families.

- A site's header that gives the Gregorian day with its clock, then the
  Hijri day (الأحد 11 يناير 2026 05:28 صـ 23 رجب 1447 هـ): the Hijri day is the day the header states,
  flagged dual_mismatch where the calendar's day differs by one. Negative:
  three days apart, more than a sighting moves a month's start.
- A range of bare hours with a dash after the hour word, من or بين (الساعة
  4-5 مساءً, من 10-12 صباحا, ساعت ۴-۶ عصر): two clock times, as a range of
  clocks is read; a morning's range that ends at 12 ends at noon (من 10 إلى
  12 صباحا). Negative: a score (فاز 4-2 مساء الأحد).
- نص (Egyptian and Levantine for "half") before a month: its 15th day (نص
  شهر مارس 2025). Negatives: نص القرار (the text), إجازة نص العام (the
  mid-year holiday's name).
- A clock in brackets after the hour word, alone (لغاية الساعة (12:30) ظهرا,
  من الساعة (8:00) ولغاية الساعة (22:00)): the clock. Negative: a count in
  brackets (الساعة (4) الأولى).
- دورة (an exam's or a festival's session) before a Gregorian year, whatever
  word follows (امتحانات دورة 2020 التي يشارك فيها, مقارنة بدورة 2011):
  the year. Negative: a round hundred (دورة 2000 متدرب, a count).
- Arabic ل written onto a year (قانون المالية ل2016،), a constitution's year
  (دستور 2014). Negatives: ل on a count (ل2000 شخص), a gazette's issue
  number ending a line (العدد 1960), a parliament's legislative year (بداية
  السنة التشريعية), an ordinal past twelve before a part of the day (الفصل
  التشريعي الثامن عشر صباح يوم ...: no eighteen o'clock).

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Gregorian arithmetic and offsets from
datetime and zoneinfo: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_eighty_first_sets.py > tests/extract/cases/eighty_first_sets.jsonl"""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from case_form import SCRIPTS, case, emit, umm_al_qura, want

rng = random.Random(81)
out = []

UQ = umm_al_qura()
# Umm al-Qura's (year, month, day) of a Gregorian day.
HIJRI_OF = {}
for (hy, hm), first in UQ.items():
    nxt = UQ.get((hy, hm + 1) if hm < 12 else (hy + 1, 1))
    if nxt:
        for k in range((nxt - first).days):
            HIJRI_OF[first + dt.timedelta(days=k)] = (hy, hm, k + 1)

AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def offset(day, hh, mm, zone):
    o = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(zone)).utcoffset()
    minutes = int(o.total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_value(day, hh, mm, zone):
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}{offset(day, hh, mm, zone)}"


# A header: the Gregorian day and its clock, then the Hijri day, the
# calendar's or one off it (a country's sighting).
for n in range(12):
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
    shift = (0, 1, -1)[n % 3]
    hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=shift)]
    if hd == 1 or hd >= 29:  # keep the shifted day inside its month
        day += dt.timedelta(days=3)
        hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=shift)]
    hh, mm = rng.randint(1, 11), rng.randint(0, 59)
    pm = n % 2 == 1
    digits = SCRIPTS[n % 3 if n % 3 != 1 else 0]
    mark = ("مـ" if pm else "صـ") if n % 4 < 2 else ("مساءً" if pm else "صباحاً")
    sep = (" ", " | ", " - ")[n % 3]
    greg = f"{AR_WEEKDAYS[day.weekday()]} {digits(str(day.day))} {AR_GREG[day.month - 1]} {digits(str(day.year))}{sep}{digits(f'{hh:02d}:{mm:02d}')} {mark}"
    hij = f"{digits(str(hd))} {AR_HIJRI[hm - 1]} {digits(str(hy))} هـ"
    zone = ("Africa/Cairo", "Asia/Riyadh", "Asia/Amman")[n % 3]
    text = f"جريدة المساء\n{greg} {hij}\nبوابة الأخبار | أخبار اليوم"
    flags = ["dual_mismatch"] if shift else []
    out.append(case(text, "ar", None, [want(greg, "gregorian", clock_value(day, hh + (12 if pm else 0), mm, zone), "minute"),
                                       want(hij, "hijri", day.isoformat(), "day", flags)], tz=zone))

# Negative: three days apart, no sighting moves a month so far: each keeps
# its own day.
for n in range(3):
    day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
    hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=3)]
    if hd <= 3 or hd >= 27:
        day += dt.timedelta(days=5)
        hy, hm, hd = HIJRI_OF[day + dt.timedelta(days=3)]
    greg = f"{AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year} 09:1{n} صـ"
    hij = f"{hd} {AR_HIJRI[hm - 1]} {hy} هـ"
    out.append(case(f"{greg} {hij}\nبوابة الأخبار", "ar", None,
                    [want(greg, "gregorian", clock_value(day, 9, 10 + n, "Africa/Cairo"), "minute"),
                     want(hij, "hijri", (day + dt.timedelta(days=3)).isoformat(), "day")], tz="Africa/Cairo"))

# A range of bare hours with a dash after the hour word, من or بين (الساعة
# 4-5 مساءً, من 10-12 صباحا, ساعت ۴-۶ عصر): two clock times, the first in the
# half of the day the second's part of the day says; a morning's range that
# ends at 12 ends at noon. Negative: a score (فاز 4-2 مساء الأحد).
REF = dt.date(2024, 3, 10)
for n in range(9):
    digits = SCRIPTS[n % 3]
    pm = n % 3 != 1
    h1 = rng.randint(1, 9) if pm else rng.randint(7, 10)
    h2 = h1 + rng.randint(1, 2) if pm else 12
    if n < 6:
        head = ("الساعة ", "من ", "من الساعة ")[n % 3]
        tod = "مساءً" if pm else "صباحا"
        first = f"اليوم {head}{digits(str(h1))}"
        second = f"{digits(str(h2))} {tod}"
        text = f"يفتح المعرض أبوابه اليوم {head}{digits(str(h1))}-{second} للزوار."
        lang, zone = "ar", "Asia/Riyadh"
    else:
        tod = "عصر" if pm else "صبح"
        first = f"امروز از ساعت {digits(str(h1))}"
        second = f"{digits(str(h2))} {tod}"
        text = f"نمایشگاه {first}-{second} باز است."
        lang, zone = "fa", "Asia/Tehran"
    v1 = clock_value(REF, h1 + (12 if pm else 0), 0, zone)
    v2 = clock_value(REF, h2 + (12 if pm else 0), 0, zone)
    # اليوم من 10-12 صباحا: a bare hour after من stays apart from the day
    # before it, as in اليوم من 10 إلى 12 صباحا.
    day = [want("اليوم", "relative", REF.isoformat(), "day")] if first == f"اليوم من {digits(str(h1))}" else []
    if day:
        first = digits(str(h1))
    out.append(case(text, lang, REF.isoformat(), day + [want(first, "relative", v1, "minute"), want(second, "relative", v2, "minute")],
                    tz=zone))
out.append(case("فاز الفريق 4-2 مساء الأحد على ملعبه.", "ar", REF.isoformat(),
                [want("الأحد", "relative", REF.isoformat(), "day")], tz="Asia/Riyadh"))

# نص (Egyptian and Levantine for "half") before a month: its middle, the
# 15th. Negatives: نص before no month (نص القرار, the text), the mid-year
# holiday's name (إجازة نص العام).
for n, (head, month, year) in enumerate([("نص شهر", "مارس", 2025), ("نص", "أغسطس", 2023), ("نص شهر", "رمضان", None)]):
    if year:
        m = AR_GREG.index(month) + 1
        surface = f"{head} {month} {year}"
        out.append(case(f"سيتم الافتتاح في {surface} بإذن الله.", "ar", None,
                        [want(surface, "gregorian", dt.date(year, m, 15).isoformat(), "day")]))
    else:
        surface = f"{head} {month} 1446"
        out.append(case(f"وصلت الشحنة في {surface} إلى الميناء.", "ar", None,
                        [want(surface, "hijri", (UQ[(1446, 9)] + dt.timedelta(days=14)).isoformat(), "day")]))
out.append(case("ونشرت الوزارة نص القرار كاملا على موقعها.", "ar", "2024-03-10", []))
out.append(case("وتبدأ إجازة نص العام للطلاب بعد الامتحانات.", "ar", "2024-03-10", []))

# A clock in brackets after the hour word, alone (لغاية الساعة (12:30)
# ظهرا, من الساعة (8:00) ولغاية الساعة (22:00)): the clock, on the reference's
# day. Negative: counts in brackets (الساعة (4) شهداء is no clock).
for n in range(6):
    hh, mm = rng.randint(7, 11), rng.choice([0, 15, 30, 45])
    hh2 = hh + rng.randint(2, 8)
    digits = SCRIPTS[n % 3]
    a = f"الساعة ({digits(f'{hh}:{mm:02d}')})"
    b = f"الساعة ({digits(f'{hh2}:{mm:02d}')})"
    zone = ("Asia/Amman", "Asia/Baghdad", "Africa/Cairo")[n % 3]
    if n % 2 == 0:
        out.append(case(f"ويستقبل المركز المراجعين من {a} ولغاية {b} دون توقف.", "ar", REF.isoformat(),
                        [want(a, "relative", clock_value(REF, hh, mm, zone), "minute"),
                         want(b, "relative", clock_value(REF, hh2, mm, zone), "minute")], tz=zone))
    else:
        tail = f"الساعه ({digits(f'{hh2 - 12 if hh2 > 12 else hh2}:{mm:02d}')}) {'مساء' if hh2 > 12 else 'ظهرا'}"
        out.append(case(f"ويستمر الدوام لغاية {tail} في جميع الفروع.", "ar", REF.isoformat(),
                        [want(tail, "relative", clock_value(REF, hh2, mm, zone), "minute")], tz=zone))
out.append(case("وقتل (3) أشخاص في الساعة (4) الأولى من الهجوم.", "ar", REF.isoformat(), []))

# دورة (an exam's or a festival's session) before a Gregorian year: the year,
# whatever word follows (امتحانات دورة 2020 التي, لدورة 2025 بمشاركة,
# مقارنة بدورة 2011.). Negatives: a round hundred (دورة 2000 متدرب, a count),
# Persian دوره (a term: دوره ۱۴۰۲ مجلس is read by other rules, if at all).
for n, (head, tail) in enumerate([("انطلقت امتحانات دورة", "التي يشارك فيها أكثر من 600 ألف طالب"),
                                  ("بدأت امتحانات الشهادة الثانوية لدورة", "بمشاركة 344 ألف طالب"),
                                  ("تراجع عدد المترشحين مقارنة بدورة", "في عدة ولايات"),
                                  ("وستنظم دورة", "من المعرض الدولي للكتاب")]):
    year = rng.randint(2005, 2026)
    digits = SCRIPTS[(0, 2)[n % 2]]
    out.append(case(f"{head} {digits(str(year))} {tail}.", "ar", None, [want(digits(str(year)), "gregorian", str(year), "year")]))
out.append(case("نظمت الوزارة دورة 2000 متدرب في مجال الحاسوب.", "ar", None, []))

# Arabic ل written onto a year (قانون المالية ل2016،) and a constitution's
# year (منظومة دستور 2014،): the year. Negatives: ل on a count (تبرع ل2000
# شخص), a gazette's issue number ending its line (العدد 1960), a
# parliament's legislative year (بداية السنة التشريعية الثانية), an ordinal
# past twelve before a part of the day (الفصل التشريعي الثامن عشر صباح يوم
# الأربعاء: the day alone).
for n in range(4):
    year = rng.randint(2008, 2026)
    digits = SCRIPTS[(0, 2)[n % 2]]
    if n < 2:
        out.append(case(f"يناقش المجلس اليوم مشروع قانون المالية ل{digits(str(year))}، المثير للجدل.", "ar", None,
                        [want(digits(str(year)), "gregorian", str(year), "year")]))
    else:
        out.append(case(f"جاء البرلمان الحالي بعد مسار ألغى منظومة دستور {digits(str(year))}، وغير قواعد الانتخابات.", "ar", None,
                        [want(digits(str(year)), "gregorian", str(year), "year")]))
out.append(case("تبرع رجل الأعمال ل2000 شخص من المحتاجين.", "ar", None, []))
out.append(case("فهرس الجريدة الرسمية العدد 1960\nالجريدة الخاصة بالتشريعات", "ar", None, []))
out.append(case("بداية السنة التشريعية الثانية\nافتتح المجلس جلسته الأولى.", "ar", "2015-07-01", []))
day = dt.date(2024, 4, 17)
surface = f"يوم {AR_WEEKDAYS[day.weekday()]} الموافق 17 أبريل 2024"
out.append(case(f"يدعى المجلس للانعقاد للدور الأول من الفصل التشريعي الثامن عشر صباح {surface}.", "ar", None,
                [want(surface, "gregorian", day.isoformat(), "day")]))

emit("forms of the eighty-first real-text sets (tools/gen/cases_eighty_first_sets.py)", out)
