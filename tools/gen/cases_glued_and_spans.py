#!/usr/bin/python3
"""Writes tests/extract/cases/glued_and_spans.jsonl: forms met in the forty-eighth
real-text sets, generated across their families.

- Persian در/تا written onto ساعت (درساعت ۸ صبح امروز); مورخ/مورخه
  written onto a short numeric date (مورخ6/3/86).
- The last N months of a year (چهار ماه پایانی سال ۱۴۰۳, سه ماه آخر امسال,
  آخر 3 أشهر من عام 2023).
- Ranges of whole months in a relative year (از خرداد تا اسفند سال گذشته,
  من يونيو إلى ديسمبر من العام الماضي) and to the end of a year (از خرداد تا
  پایان سال ۱۳۹۹, من جوان حتى نهاية العام 2020).
- نیمه‌های خرداد: the 15th, as نیمه.
- A Hijri day and its twin in another calendar, neither with a year (يوم الأحد 1 شوال الموافق 21
  أبريل, روز شنبه ۲۵ شهریور (۲۵ ذی الحجه)): the one year between 1900 and 2100 they meet in (Umm
  al-Qura's and Iran's month starts from the evaluation's tables, when their folder is given).
- A comma between a clock in figures and its part of the day (الساعة 4:25، مساء); Moroccan ت ج and
  Central European time (بتوقيت وسط أوروبا) as written zones.
- Tunisian موفى (the end of) before a year or a month (موفى 2020, موفى شهر جوان); a range from a month
  to the end of a bare year (من شتنبر 2025 إلى نهاية 2027, از مهر ۱۴۰۱ تا پایان ۱۴۰۲); دهه فجر by its
  full name with a relative year (دهه فجر انقلاب اسلامی امسال).
- Negatives: words that begin with a month's name (تیراندازی, آذربایجان),
  «9 ماه می باشد» (months, then a verb), «میزان ۴۰ درصد» (a rate), «في اليوم»
  after a count (per day), a site's visit counter (بازدید امروز : 35), a span of more days after مدت
  (به مدت دو روز دیگر), N days before عن an event (قبل خمسة أيام عن تخليد الذكرى).

Jalali days from convertdate's persian module, Gregorian from datetime, zone
offsets from zoneinfo: nothing here is read from taqvim. Run from the project
root: tools/gen/cases_glued_and_spans.py ../shared/data > tests/extract/cases/glued_and_spans.jsonl"""
import calendar
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

from convertdate import persian

import month_starts
from case_form import SCRIPTS, case, jdate, want

JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREG_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MAGHREB = {6: "جوان", 7: "جويلية", 9: "سبتمبر", 1: "جانفي", 2: "فيفري"}


def jmonth(y, m):
    first = jdate(y, m, 1)
    return first, first + dt.timedelta(days=persian.month_length(y, m) - 1)


def jyear_of(day):
    return persian.from_gregorian(day.year, day.month, day.day)[0]


out = []
# --- در and تا written onto ساعت.
for k, h in enumerate((7, 8, 9, 10, 16, 18)):
    sc = SCRIPTS[k % 3]
    ref = "2025-10-26"
    tz = ZoneInfo("Asia/Tehran")
    for glued, part, hour in (("درساعت", "صبح", h if h < 12 else h - 12), ("تاساعت", "", h)):
        hh = hour if part != "صبح" else hour
        at = dt.datetime(2025, 10, 26, hh, 0, tzinfo=tz)
        off = at.strftime("%z")
        value = f"2025-10-26T{hh:02d}:00{off[:3]}:{off[3:]}"
        clock = f"ساعت {sc(str(hour))}" + (f" {part}" if part else "")
        out.append(case(f"نشست شورا {glued[:2]}{clock} امروز برگزار شد.", "fa", ref,
                        [want(f"{clock} امروز", "relative", value, "minute")]))
# --- مورخ, مورخه written onto a short numeric date (Jalali, two-digit year).
WEEKDAY_FA = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
for k, (y, m, d) in enumerate(((86, 3, 6), (86, 3, 8), (95, 11, 20), (99, 7, 1), (91, 1, 15), (88, 12, 27))):
    g = jdate(1300 + y, m, d)
    wd = WEEKDAY_FA[g.weekday()]
    for word in ("مورخ", "مورخه"):
        surface = f"روز {wd} {word}{d}/{m}/{y}"
        out.append(case(f"جلسه شورا {surface} با حضور اعضا برگزار شد.", "fa", None,
                        [want(surface, "jalali", g.isoformat(), "day", ["calendar_guessed"])]))
# --- The last N months of a year.
NUM_FA = {2: "دو", 3: "سه", 4: "چهار", 6: "شش"}
for k, n in enumerate((2, 3, 4, 6)):
    sc = SCRIPTS[k % 3]
    for year in (1402, 1403):
        a, _ = jmonth(year, 13 - n)
        _, b = jmonth(year, 12)
        for count, unit, last in ((NUM_FA[n], "ماه", "پایانی"), (sc(str(n)), "ماهه", "پایانی"), (NUM_FA[n], "ماه", "آخر"),
                                  (sc(str(n)), "ماه", "انتهایی")):
            surface = f"{count} {unit} {last} سال {sc(str(year))}"
            out.append(case(f"حقوق بازنشستگان در {surface} افزایش می‌یابد.", "fa", "2024-05-01",
                            [want(surface, "jalali", f"{a}/{b}", "month", ["calendar_guessed"])]))
    ref = dt.date(2024, 5, 1)
    jy = jyear_of(ref)
    for word, off in (("امسال", 0), ("سال گذشته", -1), ("سال جاری", 0)):
        a, _ = jmonth(jy + off, 13 - n)
        _, b = jmonth(jy + off, 12)
        surface = f"{NUM_FA[n]} ماه پایانی {word}"
        out.append(case(f"صادرات در {surface} رشد کرد.", "fa", ref.isoformat(),
                        [want(surface, "jalali", f"{a}/{b}", "month", ["year_inferred"])]))
NUM_AR = {3: "ثلاثة", 4: "أربعة", 6: "ستة"}
for k, n in enumerate((3, 4, 6)):
    sc = SCRIPTS[k % 3]
    for year in (2022, 2023):
        a, b = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
        for count in (sc(str(n)), NUM_AR[n]):
            surface = f"آخر {count} أشهر من عام {sc(str(year))}"
            out.append(case(f"ارتفعت الصادرات خلال {surface} بنسبة كبيرة.", "ar", "2024-05-01",
                            [want(surface, "gregorian", f"{a}/{b}", "month")]))
    surface = f"آخر {NUM_AR[n]} أشهر من العام الماضي"
    out.append(case(f"ارتفعت الصادرات خلال {surface}.", "ar", "2024-05-01",
                    [want(surface, "gregorian", f"2023-{13 - n:02d}-01/2023-12-31", "month", ["year_inferred"])]))
# --- Ranges of whole months in a relative year, and to the end of a year.
for ref in ("2020-05-07", "2024-11-05"):
    r = dt.date.fromisoformat(ref)
    jy = jyear_of(r)
    for m1, m2 in ((3, 12), (1, 6), (7, 9)):
        for word, off in (("سال گذشته", -1), ("امسال", 0), ("سال آینده", 1)):
            a, _ = jmonth(jy + off, m1)
            _, b = jmonth(jy + off, m2)
            surface = f"از {JALALI[m1 - 1]} تا {JALALI[m2 - 1]} {word}"
            out.append(case(f"این طرح {surface} اجرا شد.", "fa", ref,
                            [want(surface, "jalali", f"{a}/{b}", "month", ["year_inferred"])]))
        for end, off in (("پایان امسال", 0), ("پایان سال جاری", 0)):
            a, _ = jmonth(jy + off, m1)
            _, b = jmonth(jy + off, 12)
            surface = f"از {JALALI[m1 - 1]} تا {end}"
            out.append(case(f"این طرح {surface} اجرا می‌شود.", "fa", ref,
                            [want(surface, "jalali", f"{a}/{b}", "month", ["year_inferred"])]))
    for m1, m2 in ((6, 12), (1, 3), (9, 11)):
        for word, off in (("من العام الماضي", -1), ("من العام الجاري", 0), ("العام الماضي", -1)):
            y = r.year + off
            surface = f"من {GREG_AR[m1 - 1]} إلى {GREG_AR[m2 - 1]} {word}"
            out.append(case(f"ستوفر الزيادة مليار دينار {surface} حسب القانون.", "ar", ref,
                            [want(surface, "gregorian", f"{dt.date(y, m1, 1)}/{dt.date(y, m2, calendar.monthrange(y, m2)[1])}",
                                  "month", ["year_inferred"])]))
        surface = f"من {GREG_AR[m1 - 1]} حتى نهاية العام الجاري"
        out.append(case(f"ستوفر الزيادة مليار دينار {surface}.", "ar", ref,
                        [want(surface, "gregorian", f"{dt.date(r.year, m1, 1)}/{dt.date(r.year, 12, 31)}", "month",
                              ["year_inferred"])]))
for k, year in enumerate((2019, 2020, 2021)):
    sc = SCRIPTS[k % 3]
    for m1, name in MAGHREB.items():
        surface = f"من {name} حتى نهاية العام {sc(str(year))}"
        out.append(case(f"ستوفر الزيادة 41 مليار دينار {surface}.", "ar", "2020-05-07",
                        [want(surface, "gregorian", f"{dt.date(year, m1, 1)}/{dt.date(year, 12, 31)}", "month")]))
    for m1 in (2, 5, 8):
        a, _ = jmonth(1397 + k, m1)
        _, b = jmonth(1397 + k, 12)
        surface = f"از {JALALI[m1 - 1]} تا پایان سال {sc(str(1397 + k))}"
        out.append(case(f"این طرح {surface} اجرا می‌شود.", "fa", "2020-05-07",
                        [want(surface, "jalali", f"{a}/{b}", "month")]))
# --- نیمه‌های and نیمههای before a month: its 15th.
for k, m in enumerate((1, 3, 5, 8, 11)):
    sc = SCRIPTS[k % 3]
    for word in ("نیمه‌های", "نیمههای"):
        surface = f"{word} {JALALI[m - 1]} {sc('1402')}"
        out.append(case(f"خرید گندم از {surface} آغاز شد.", "fa", "2024-09-23",
                        [want(surface, "jalali", jdate(1402, m, 15).isoformat(), "day")]))
# --- Forty-ninth sets: Tunisian موفى (the end of) before a year or a month; a range from a month to
# the end of a bare year; دهه فجر by its full name with a relative year.
for k, year in enumerate((2019, 2020, 2027)):
    sc = SCRIPTS[k % 3]
    surface = f"موفى {sc(str(year))}"
    out.append(case(f"لتنتهي الأشغال قبل {surface} حسب الوزارة.", "ar", "2020-10-08", [want(surface, "gregorian", str(year), "year")]))
    for m1, name in ((9, "شتنبر"), (6, "جوان"), (3, "مارس")):
        y1 = year - 2
        surface = f"من {name} {sc(str(y1))} إلى نهاية {sc(str(year))}"
        out.append(case(f"الأشغال المبرمجة {surface} تشمل بناء الخط.", "ar", None,
                        [want(surface, "gregorian", f"{dt.date(y1, m1, 1)}/{dt.date(year, 12, 31)}", "month")]))
    for m1 in (2, 7):
        a, _ = jmonth(1400 + k, m1)
        _, b = jmonth(1401 + k, 12)
        surface = f"از {JALALI[m1 - 1]} {sc(str(1400 + k))} تا پایان {sc(str(1401 + k))}"
        out.append(case(f"این طرح {surface} اجرا می‌شود.", "fa", None, [want(surface, "jalali", f"{a}/{b}", "month")]))
for m, name in ((6, "جوان"), (12, "ديسمبر")):
    for ref in ("2020-10-08", "2021-03-01"):
        r = dt.date.fromisoformat(ref)
        y = min((r.year - 1, r.year, r.year + 1), key=lambda y: (abs((dt.date(y, m, 15) - r).days), dt.date(y, m, 15) > r))
        surface = f"موفى شهر {name}"
        out.append(case(f"تنتهي الأشغال في {surface} حسب الوزارة.", "ar", ref,
                        [want(surface, "gregorian", f"{y}-{m:02d}", "month", ["year_inferred"])]))
for ref in ("2024-01-09", "2025-01-20"):
    r = dt.date.fromisoformat(ref)
    jy = jyear_of(r)
    for word, off in (("امسال", 0), ("سال آینده", 1), ("سال گذشته", -1)):
        a, b = jdate(jy + off, 11, 12), jdate(jy + off, 11, 22)
        for name in ("دهه فجر انقلاب اسلامی", "دهه فجر انقلاب"):
            surface = f"{name} {word}"
            out.append(case(f"این سد در {surface} به بهره برداری می‌رسد.", "fa", ref,
                            [want(surface, "jalali", f"{a}/{b}", "day", ["year_inferred"])]))
# --- Fiftieth sets: a comma between a clock in figures and its part of the day; Moroccan ت.ج. and
# Central European time as written zones (offsets from zoneinfo).
for k, (h, mi, part, add) in enumerate(((4, 25, "مساء", 12), (9, 40, "صباحا", 0), (7, 5, "مساءً", 12))):
    sc = SCRIPTS[k % 3]
    hh = h + add
    off = dt.datetime(2020, 11, 14, hh, mi, tzinfo=ZoneInfo("Africa/Cairo")).strftime("%z")
    surface = f"الساعة {sc(str(h))}:{sc(f'{mi:02d}')}، {part}"
    out.append(case(f"ضربت هزة أرضية اليوم وتحديدًا {surface}، بقوة 2.6 درجة.", "ar", "2020-11-14",
                    [want("اليوم", "relative", "2020-11-14", "day"),
                     want(surface, "relative", f"2020-11-14T{hh:02d}:{mi:02d}{off[:3]}:{off[3:]}", "minute")], tz="Africa/Cairo"))
for day, hh, mi in (("2024-03-29", 8, 12), ("2024-07-15", 14, 30), ("2025-01-10", 22, 5)):
    d = dt.date.fromisoformat(day)
    off = dt.datetime(d.year, d.month, d.day, hh, mi, tzinfo=ZoneInfo("Europe/Berlin")).strftime("%z")
    surface = f"الساعة {hh}:{mi:02d} بتوقيت وسط أوروبا"
    out.append(case(f"سجلت الشبكة الهزة اليوم {surface}.", "ar", day,
                    [want(f"اليوم {surface}", "relative", f"{day}T{hh:02d}:{mi:02d}{off[:3]}:{off[3:]}", "minute")],
                    tz="Africa/Cairo"))
for day, hh, mi in (("2025-05-06", 11, 21), ("2024-11-02", 3, 4)):
    for zone in ("ت ج", "ت غ"):
        surface = f"الساعة {hh}:{mi:02d} {zone}"
        out.append(case(f"وقعت الهزة {surface} حسب المعهد.", "ar", day,
                        [want(surface, "relative", f"{day}T{hh:02d}:{mi:02d}+00:00", "minute")], tz="Africa/Casablanca"))
# --- Fifty-first sets: a Hijri day and its twin in another calendar, neither with a year and no
# reference: the pair names the one year they meet in (Umm al-Qura month starts from the evaluation's
# table for Arabic, Iran's for Persian, when their folder is given: tools/gen/... ../shared/data).
if len(sys.argv) > 1:
    uq, iran = month_starts.read(sys.argv[1])
    WD_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    HM_AR = {9: "رمضان", 10: "شوال", 12: "ذي الحجة", 3: "ربيع الأول", 1: "محرم"}
    HM_FA = {9: "رمضان", 10: "شوال", 12: "ذی الحجه", 1: "محرم", 2: "صفر"}
    for k, (hy, hm, hd) in enumerate(((1445, 9, 29), (1445, 10, 1), (1446, 12, 10), (1446, 3, 12), (1447, 1, 10),
                                      (1444, 10, 3), (1447, 9, 1))):
        sc = SCRIPTS[k % 3]
        g = uq[(hy, hm)] + dt.timedelta(days=hd - 1)
        surface = f"يوم {WD_AR[g.weekday()]} {sc(str(hd))} {HM_AR[hm]} الموافق {sc(str(g.day))} {GREG_AR[g.month - 1]}"
        out.append(case(f"تبدأ العطلة {surface} حسب القرار.", "ar", None,
                        [want(surface, "hijri", g.isoformat(), "day", ["year_inferred"])]))
    for k, (hy, hm, hd) in enumerate(((1438, 12, 25), (1445, 1, 10), (1444, 9, 21), (1446, 2, 28))):
        sc = SCRIPTS[(k + 1) % 3]
        g = iran[(hy, hm)] + dt.timedelta(days=hd - 1)
        jy, jm, jd = persian.from_gregorian(g.year, g.month, g.day)
        surface = f"روز {WEEKDAY_FA[g.weekday()]} {sc(str(jd))} {JALALI[jm - 1]} ({sc(str(hd))} {HM_FA[hm]})"
        out.append(case(f"امتحانات {surface} برگزار می‌شود.", "fa", None,
                        [want(surface, "jalali", g.isoformat(), "day", ["year_inferred"])]))
# --- Negatives.
for text, lang in (("تیراندازی در آذربایجان غربی ۳ زخمی داشت.", "fa"),
                   ("مهرسازی و اسفندیار و تیرانداز در ۵ شهر.", "fa"),
                   ("سقف ذخیره بنزین 9 ماه می باشد .", "fa"),
                   ("این مرحله ۶ ماه می شود و پایان می یابد.", "fa"),
                   ("قرار شد به میزان ۴۰ درصد به حقوق افزوده شود.", "fa"),
                   ("افزایش میزان ۳۵ درصد در بودجه.", "fa"),
                   ("رفع الإنتاج إلى مليون و36 ألف برميل في اليوم ، مضيفة أن", "ar"),
                   ("يتناول المريض الدواء ثلاث مرات في اليوم لمدة أسبوع.", "ar"),
                   ("يعمل العمال 8 ساعات في اليوم.", "ar"),
                   ("اشترت 3 مايوهات جديدة للصيف.", "ar"),
                   ("بازدید امروز : 35\nبازدید دیروز : 120\nکل بازدید : 5000", "fa"),
                   ("کل 5820 امروز 3\n\nاخبار ویژه", "fa"),
                   ("زوار اليوم: 35\nزوار الأمس: 120", "ar"),
                   ("خلال آخر 3 أشهر ارتفعت الأسعار.", "ar"),
                   ("مراسم افتتاح بند مدت دو روز دیگر به تعویق افتاد.", "fa"),
                   ("مراسم افتتاح به مدت سه روز دیگر به تعویق افتاد.", "fa"),
                   ("أتت الهزة قبل خمسة أيام عن تخليد الذكرى الثانية للزلزال.", "ar"),
                   ("جاء القرار قبل ثلاثة أسابيع عن موعد الانتخابات.", "ar")):
    out.append(case(text, lang, "2025-03-17", []))
print("# Forms met in the forty-eighth to fifty-first real-text sets, generated across their families by "
      "tools/gen/cases_glued_and_spans.py (its docstring lists them): در/تا on ساعت; مورخ/مورخه on a short numeric "
      "date; the last N months of a year; ranges of months in a relative year and to the end of a year (a bare year "
      "too); نیمه‌های; موفى; دهه فجر انقلاب اسلامی; a comma before a clock's part of the day; ت ج and "
      "بتوقيت وسط أوروبا; and their negatives (تیراندازی, 9 ماه می باشد, میزان ۴۰ درصد, "
      "في اليوم after a count, visit counters, مدت دو روز دیگر, قبل خمسة أيام عن).")
for c in out:
    print(json.dumps(c, ensure_ascii=False))
