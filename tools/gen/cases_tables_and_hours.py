#!/usr/bin/python3
"""Writes tests/extract/cases/tables_and_hours.jsonl: forms met in the fifty-second
real-text sets and later, generated across their families.

- Ranges of numeric dates in a table's cells, the line broken before or after
  the word for "to" (24/6/97\\n\\nلغایت پنجشنبه 20/10/97, 26/10/97 لغایت\\n\\nسه
  شنبه9/11/97, من 01/09/2024\\n\\nإلى 30/09/2024), a weekday written onto the
  date (سه شنبه9/11/97, الاثنين30/9/24).
- و written apart from the word for "to" in a range (من 15/2/2017 و لغاية
  15/4/2017, از ۱۵ مهر ۱۴۰۲ و تا ۲۰ آبان ۱۴۰۲).
- The fiscal year (سال مالی ۱۴۰۰, سال مالی 1403 خورشیدی): the Solar Hijri year,
  which it lends to no day after it.
- An arrow between a table's cells ends a date's reach: the clock after it is
  the next cell's (تا تاریخ ۱۳۸۶/۰۶/۳۱ → از ساعت ۱۰ صبح یکشنبه ۱۴۰۴/۰۷/۲۰).
- A numeric date whose year both the Solar and the lunar Hijri calendar could
  hold, with its weekday (دوشنبه ۱۴۰۴/۰۹/۱۰ on a page of 2007): the calendar
  whose day has that weekday.
- Arbaeen with a year after a word for its pilgrims or papers (زائران اربعین
  ۱۴۰۲: the day, from Iran's month starts when their folder is given).
- Negatives: the hours of Afghan offices (آغاز کار ساعت ۷:۳۰ صبح و ختم کار
  ساعت ۴:۳۰ بعد از ظهر, اوقات کار … از ساعت ۷ صبح الی ۱ بعد از ظهر, رژیم
  کاری): they recur, no day. Arbaeen without a year after such a word
  (روادید اربعین, زائر اربعین, بیمه اربعین: the pilgrimage's visa, pilgrims,
  insurance). A date after تا تاریخ (a deadline) is not the page's day. The
  days of a year counted after the year word (السنة 365 يوما, سال ۳۶۵ روز).
  Clocks after a word for every day in their sentence (يومياً … من الساعة
  الـ6 صباحاً ولغاية الـ8 صباحاً, روزانه از ساعت ۸ تا ۱۰), or every other
  night or day (یک شب در میان, یک روز در میان, كل يومين); a span of weekdays
  in the sentence of a phrase for working hours (تمديد ساعات العمل … من يوم
  الاثنين إلى يوم الجمعة).

Jalali days from convertdate's persian module, Gregorian days and weekdays
from datetime: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_tables_and_hours.py ../shared/data > tests/extract/cases/tables_and_hours.jsonl"""
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

from convertdate import islamic

import month_starts
from case_form import SCRIPTS, case, jdate, want

JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
# Monday first, as datetime's weekday(); two spellings of Tuesday and Thursday as tables write them.
WEEKDAY_FA = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
WEEKDAY_FA_ALT = {1: "سه‌شنبه", 3: "پنج شنبه"}
WEEKDAY_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


out = []
# --- Numeric ranges in a table's cells: the line broken before or after the word for "to".
# (first day, last day) of a term, Jalali; the year written with two digits (97) or four.
TERMS = [((1397, 6, 24), (1397, 10, 20)), ((1397, 10, 26), (1397, 11, 9)), ((1397, 11, 16), (1398, 3, 28)),
         ((1398, 4, 1), (1398, 4, 15)), ((1402, 11, 14), (1403, 3, 23)), ((1403, 7, 1), (1403, 7, 30))]
BREAKS_FA = [("\n\n", " "), (" ", "\n\n"), ("\n\n", "\n\n"), ("\n", " "), (" ", "\n")]
TO_FA = ["لغایت", "تا", "الی"]
for k, (a, b) in enumerate(TERMS):
    ga, gb = jdate(*a), jdate(*b)
    for v, (before, after) in enumerate(BREAKS_FA):
        sc = SCRIPTS[(k + v) % 2]  # Persian tables write Latin or Persian digits
        short = (k + v) % 3 != 0 and a[0] % 100 > 31 and b[0] % 100 > 31  # ۹۷: no day, so the year
        da = f"{a[2]}/{a[1]}/{a[0] % 100 if short else a[0]}"
        db = f"{b[2]}/{b[1]}/{b[0] % 100 if short else b[0]}"
        wd = WEEKDAY_FA_ALT.get(gb.weekday(), WEEKDAY_FA[gb.weekday()]) if v % 2 else WEEKDAY_FA[gb.weekday()]
        glued = (k + v) % 2 == 0  # a weekday written onto its date, as the cells of a scraped table are
        second = f"{wd}{sc(db)}" if glued else f"{wd} {sc(db)}"
        surface = f"{sc(da)}{before}{TO_FA[(k + v) % 3]}{after}{second}"
        text = f"نیمسال اول\n\nاز تاریخ {surface}\n\nحذف و اضافه"
        # (از تاریخ in the match, as the sets write a range after it, as من before the Arabic ones below)
        out.append(case(text, "fa", None, [want(f"از تاریخ {surface}", "jalali", f"{ga}/{gb}", "day", ["calendar_guessed"])]))
GREG_TERMS = [(dt.date(2024, 9, 1), dt.date(2024, 9, 30)), (dt.date(2023, 1, 15), dt.date(2023, 2, 2)),
              (dt.date(2025, 6, 28), dt.date(2025, 7, 3))]
TO_AR = ["إلى", "حتى", "لغاية"]
for k, (ga, gb) in enumerate(GREG_TERMS):
    for v, (before, after) in enumerate(BREAKS_FA[:3]):
        sc = SCRIPTS[(k + v) % 3 if (k + v) % 3 != 1 else 0]
        da, db = f"{ga.day:02d}/{ga.month:02d}/{ga.year}", f"{gb.day:02d}/{gb.month:02d}/{gb.year}"
        surface = f"من {sc(da)}{before}{TO_AR[(k + v) % 3]}{after}{sc(db)}"
        out.append(case(f"فترة التسجيل\n\n{surface}\n\nللطلبة الجدد", "ar", None,
                        [want(surface, "gregorian", f"{ga}/{gb}", "day")]))
        # an Arabic weekday written onto a date with a two-digit year: the year last, Gregorian
        wa, wb = WEEKDAY_AR[ga.weekday()], WEEKDAY_AR[gb.weekday()]
        surface = f"{wa}{sc(f'{ga.day}/{ga.month}/{ga.year % 100}')} {TO_AR[v]} {wb}{sc(f'{gb.day}/{gb.month}/{gb.year % 100}')}"
        out.append(case(f"التسجيل من {surface} للطلبة.", "ar", None,
                        [want(surface, "gregorian", f"{ga}/{gb}", "day", ["calendar_guessed"])]))
# --- A range glued to its word for "to", two-digit years (a power-cut notice).
for k, ((y1, m1, d1), (y2, m2, d2)) in enumerate((((1387, 6, 2), (1387, 6, 8)), ((1398, 4, 1), (1398, 4, 15)))):
    for v, to in enumerate(("لغایت", "تا")):
        sc = SCRIPTS[(k + v) % 2]
        surface = f"{sc(f'{d1:02d}/{m1}/{y1 % 100}')}{to}{sc(f'{d2:02d}/{m2}/{y2 % 100}')}"
        out.append(case(f"برنامه خاموشی ها را از تاریخ ({surface}) اعلام كرد.", "fa", None,
                        [want(surface, "jalali", f"{jdate(y1, m1, d1)}/{jdate(y2, m2, d2)}", "day", ["calendar_guessed"])]))
# --- و written apart from the word for "to".
for k, (a, b) in enumerate(((dt.date(2017, 2, 15), dt.date(2017, 4, 15)), (dt.date(2024, 5, 5), dt.date(2024, 5, 9)))):
    for v, to in enumerate(("لغاية", "حتى", "إلى")):
        sc = SCRIPTS[(k + v) % 3 if (k + v) % 3 != 1 else 0]
        surface = (f"من {sc(f'{a.day}/{a.month}/{a.year}')} و {to} {sc(f'{b.day}/{b.month}/{b.year}')}" if k == 0 else
                   f"من {sc(str(a.day))} مايو {sc(str(a.year))} و {to} {sc(str(b.day))} مايو {sc(str(b.year))}")
        out.append(case(f"يسمح بالصيد {surface} فقط.", "ar", None, [want(surface, "gregorian", f"{a}/{b}", "day")]))
for k, ((y1, m1, d1), (y2, m2, d2)) in enumerate((((1402, 7, 15), (1402, 8, 20)), ((1403, 1, 20), (1403, 2, 5)))):
    sc = SCRIPTS[k % 2]
    surface = f"از {sc(str(d1))} {JALALI[m1 - 1]} {sc(str(y1))} و تا {sc(str(d2))} {JALALI[m2 - 1]} {sc(str(y2))}"
    out.append(case(f"صید {surface} ادامه دارد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(y1, m1, d1)}/{jdate(y2, m2, d2)}", "day")]))
# --- The fiscal year: the Solar Hijri year; it lends its year to no day written after it.
for k, y in enumerate((1400, 1403, 1398)):
    sc = SCRIPTS[k % 2]
    first, last = jdate(y, 1, 1), jdate(y + 1, 1, 1) - dt.timedelta(days=1)
    era = " خورشیدی" if k == 1 else ""
    surface = f"سال مالی {sc(str(y))}{era}"
    out.append(case(f"لایحه بودجه {surface} به مجلس رسید.", "fa", None,
                    [want(surface, "jalali", f"{first}/{last}", "year", [] if era else ["calendar_guessed"])]))
ref = dt.date(2021, 1, 12)
out.append(case("12 January 2021\nپیش‌نویس بودجۀ سال مالی 1400 خورشیدی امروز (سه‌شنبه، 23 جدی) به پارلمان فرستاده می‌شود.",
                "fa", None, [want("12 January 2021", "gregorian", ref.isoformat(), "day"),
                             want("سال مالی 1400 خورشیدی", "jalali", f"{jdate(1400, 1, 1)}/{jdate(1401, 1, 1) - dt.timedelta(days=1)}", "year"),
                             want("امروز (سه‌شنبه، 23 جدی)", "jalali", jdate(1399, 10, 23).isoformat(), "day", ["year_inferred"])],
                tz="Asia/Kabul"))
# --- An arrow between a table's cells: the clock after it is the next cell's.
for k, ((y1, m1, d1), (y2, m2, d2)) in enumerate((((1386, 6, 31), (1404, 7, 20)), ((1386, 8, 30), (1404, 7, 23)),
                                                  ((1386, 9, 30), (1404, 7, 26)))):
    g1, g2 = jdate(y1, m1, d1), jdate(y2, m2, d2)
    sc = SCRIPTS[k % 2]
    arrow = ("→", "←", "⇐")[k]
    first = sc(f"{y1}/{m1:02d}/{d1:02d}")
    second = f"ساعت {sc('10')} صبح {WEEKDAY_FA[g2.weekday()]} {sc(f'{y2}/{m2:02d}/{d2:02d}')}"
    at = dt.datetime(g2.year, g2.month, g2.day, 10, tzinfo=ZoneInfo("Asia/Tehran"))
    off = at.strftime("%z")
    out.append(case(f"دارندگان قبوض تا تاریخ {first} {arrow} از {second}\n\nدارندگان", "fa", None,
                    [want(first, "jalali", g1.isoformat(), "day", ["calendar_guessed"]),
                     want(second, "jalali", f"{g2.isoformat()}T10:00{off[:3]}:{off[3:]}", "minute", ["calendar_guessed"])]))
for k, (a, b) in enumerate(((dt.date(2008, 6, 30), dt.date(2024, 7, 7)), (dt.date(2009, 12, 31), dt.date(2025, 1, 12)))):
    sc = SCRIPTS[2 * k]
    arrow = ("←", "→")[k]
    first = sc(f"{a.day:02d}/{a.month:02d}/{a.year}")
    second = f"الساعة {sc('10')} صباحا يوم {WEEKDAY_AR[b.weekday()]} {sc(f'{b.day:02d}/{b.month:02d}/{b.year}')}"
    out.append(case(f"المواليد حتى {first} {arrow} من {second} للتسجيل", "ar", None,
                    [want(first, "gregorian", a.isoformat(), "day"),
                     want(second, "gregorian", f"{b.isoformat()}T10:00+03:00", "minute")], tz="Asia/Riyadh"))
# --- The weekday decides between a Solar and a lunar Hijri reading of a year both could hold (the page's
# first date, of 2007, is the reference). Dates whose arithmetic Hijri reading has another weekday.
for k, (y, m, d) in enumerate(((1404, 9, 10), (1404, 7, 2), (1405, 1, 20), (1403, 11, 5))):
    g = jdate(y, m, d)
    h = dt.date(*islamic.to_gregorian(y, m, d))
    if abs(h.weekday() - g.weekday()) in (0, 1, 6):
        continue  # the lunar reading's weekday is the same or a day off (sighting): no decision to test
    sc = SCRIPTS[k % 2]
    surface = f"{WEEKDAY_FA[g.weekday()]} {sc(f'{y}/{m:02d}/{d:02d}')}"
    out.append(case(f"ثبت نام از {surface} آغاز می شود.", "fa", "2007-09-22",
                    [want(surface, "jalali", g.isoformat(), "day", ["calendar_guessed"])]))
# --- Arbaeen (20 Safar, by Iran's calendar) with its Solar year after a word for its pilgrims: the day.
if len(sys.argv) > 1:
    _, iran = month_starts.read(sys.argv[1])
    for k, (jy, hy) in enumerate(((1402, 1445), (1403, 1446))):
        day = iran[(hy, 2)] + dt.timedelta(days=19)
        sc = SCRIPTS[k % 2]
        surface = f"اربعین {sc(str(jy))}"
        out.append(case(f"نام‌نویسی زائران {surface} در سامانه سماح انجام می‌شود.", "fa", None,
                        [want(surface, "hijri", day.isoformat(), "day")]))
# --- Negatives: Arbaeen without a year after a word for its visa, pilgrims or papers.
for text in ("صدور روادید اربعین متوقف می‌شود.", "مبلغ بیمه هر زائر اربعین ۳۵ هزار تومان است.",
             "دریافت ارز اربعین و گذرنامه ویژه اربعین ضروری است.", "ویزای اربعین برای زائرین اربعین صادر شد.",
             "طرح اربعین در مرز مهران اجرا شد.", "تسهیلات اربعین و بیمه‌گر اربعین اعلام شد."):
    out.append(case(text, "fa", "2023-07-24", []))
# --- Negatives: a deadline (تا تاریخ …) is not the page's day: امسال after it has no year to name.
out.append(case("دارندگان قبوض تا تاریخ ۱۳۸۶/۰۶/۳۱ ثبت نام کنند. امسال ثبت نام آغاز شد.", "fa", None,
                [want("۱۳۸۶/۰۶/۳۱", "jalali", jdate(1386, 6, 31).isoformat(), "day", ["calendar_guessed"])]))
# --- Negatives: the days of a year, counted after the year word (no year 365).
for k, (text, lang) in enumerate((("تتكون السنة {} يوما أما السنة الكبيسة فتتكون من {} يوما.", "ar"),
                                  ("عدد أيام السنة {} يوم.", "ar"),
                                  ("سال {} روز دارد و سال کبیسه {} روز است.", "fa"))):
    for sc in SCRIPTS:
        out.append(case(text.format(sc("365"), sc("366")), lang, "2020-02-28", []))
# --- Negatives: clocks after a word for every day in their sentence recur.
for text, lang in (("وقال المصدر إنه سيتم قطع الإنترنت يومياً لمدة ساعتين من الساعة الـ6 صباحاً ولغاية الـ8 صباحاً.", "ar"),
                   ("الحجب سيستمر يوميًا خلال فترة الامتحانات من الساعة الثانية ظهرًا وحتى الخامسة مساءً.", "ar"),
                   ("يتم قطع الخدمة كل يوم خلال فترة الامتحانات من الساعة 9 صباحا حتى 11 صباحا.", "ar"),
                   ("اینترنت روزانه در ایام امتحانات از ساعت ۸ صبح تا ۱۰ صبح قطع می‌شود.", "fa"),
                   ("خاموشی هر روز در این منطقه از ساعت 14 تا 16 اعمال می‌شود.", "fa"),
                   ("هر منطقه یک شب در میان، از ساعت ۹ شب به بعد، با کاهش فشار آب مواجه می‌شود.", "fa"),
                   ("آب یک روز در میان از ساعت ۸ تا ۱۲ قطع است.", "fa"),
                   ("يتم ضخ المياه كل يومين من الساعة 8 صباحا حتى 12 ظهرا.", "ar"),
                   # a span of weekdays in the sentence of a phrase for working hours recurs too
                   ("تقرر تمديد ساعات العمل والاستقبال إلى غاية الساعة السادسة مساءً، بدل الساعة الثالثة، من يوم "
                    "الاثنين إلى يوم الجمعة، إلى جانب تنظيم مداومة.", "ar"),
                   ("ساعات کاری ادارات استان در تابستان از ساعت ۷ صبح آغاز می‌شود و این برنامه از شنبه تا "
                    "چهارشنبه اجرا خواهد شد.", "fa")):
    out.append(case(text, lang, "2025-08-24", []))
# --- Negatives: the hours of Afghan offices recur; no day.
for text in ("آغاز کار ساعت ۷:۳۰ صبح و ختم کار ساعت ۴:۳۰ بعد از ظهر با داشتن یک ساعت وقفه.",
             "در شش ماه دوم سال، شروع کار ساعت ۸ صبح و ختم کار ساعت ۴ بعد از ظهر می‌باشد.",
             "اوقات کار در روزهای پنجشنبه از ساعت ۷ صبح الی ۱ بعد از ظهر در نظر گرفته شده است.",
             "رژیم کاری ادارات دولتی از ساعت ۸:۰۰ صبح تا ۱:۰۰ بعدازظهر بدون وقفه تنظیم شده است.",
             "اوقات کاری ادارات از ساعت 8 صبح الی 4 عصر است."):
    out.append(case(text, "fa", "2013-04-01T15:46+04:30", [], tz="Asia/Kabul"))
print("# Forms met in the fifty-second real-text sets and later, generated across their families by "
      "tools/gen/cases_tables_and_hours.py (its docstring lists them): numeric ranges in a table's cells broken over "
      "lines around the word for \"to\", a weekday written onto its date, a range glued to its word for \"to\"; و apart from the word for \"to\"; an arrow between cells; the fiscal year; "
      "the weekday deciding a year's calendar; Arbaeen with a year after its pilgrims; and the negatives (the hours of Afghan offices, Arbaeen's visa and pilgrims without a year, a "
      "deadline that is not the page's day, the days of a year counted, clocks after a word for every day or every other night).")
for c in out:
    print(json.dumps(c, ensure_ascii=False))
