#!/usr/bin/python3
"""Writes tests/extract/cases/months_ending.jsonl: the N months that end
with a month or on a day, as financial reports write them (سه ماهه منتهی به
آذرماه سال ۱۴۰۰, ۶ ماهه منتهی به ۳۱ شهریور ۱۴۰۲, التسعة أشهر المنتهية في 30
سبتمبر 2023, 12 شهرا المنتهية في 31 مارس 2024): from the first day of the
month N-1 months before the last one, to the end of that month or that day.
Jalali days from convertdate's persian module, Gregorian ones from datetime
and calendar. Run from the project root:
tools/gen/cases_months_ending.py > tests/extract/cases/months_ending.jsonl"""
import calendar
import datetime as dt
import json

from convertdate import persian

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREG_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
COUNT_FA = {3: ["سه", "۳"], 6: ["شش", "۶"], 9: ["نه", "۹"], 12: ["دوازده", "۱۲"]}
COUNT_AR = {3: ["الثلاثة أشهر", "3 أشهر"], 6: ["الستة أشهر", "6 أشهر"], 9: ["التسعة أشهر", "9 أشهر"],
            12: ["12 شهرا", "١٢ شهرا"]}


def back(year, month, n):
    """The year and month n-1 months before (year, month)."""
    k = year * 12 + (month - 1) - (n - 1)
    return k // 12, k % 12 + 1


def jalali(y, m, d):
    return dt.date(*persian.to_gregorian(y, m, d))


def case(text, lang, tz, surface, cal, value, granularity):
    return {"text": text, "lang": lang, "tz": tz,
            "expect": [{"surface": surface, "calendar": cal, "value": value, "granularity": granularity}]}


out = []
# Persian, Jalali: every month as the last, N and the written forms in turn.
for i, (year, month) in enumerate((y, m) for y in (1399, 1402) for m in range(1, 13)):
    n = [3, 6, 9, 12][i % 4]
    count = COUNT_FA[n][i % 2]
    y1, m1 = back(year, month, n)
    last = persian.month_length(year, month)
    start = jalali(y1, m1, 1)
    name = JALALI[month - 1]
    ys = str(year).translate(FA) if i % 3 else str(year)
    if i % 2 == 0:  # the whole month: آذرماه سال ۱۴۰۰, مهر ماه ۱۴۰۲, دی ۱۳۹۹
        month_text = [f"{name}ماه سال {ys}", f"{name} ماه {ys}", f"{name} {ys}"][i % 3]
        surface = f"{count} ماهه منتهی به {month_text}"
        value = f"{start.isoformat()}/{jalali(year, month, last).isoformat()}"
        gran = "month"
    else:  # its last day: ۳۰ آذر ۱۴۰۲
        day = str(last).translate(FA) if i % 3 else str(last)
        surface = f"{count} ماهه منتهی به {day} {name} {ys}"
        value = f"{start.isoformat()}/{jalali(year, month, last).isoformat()}"
        gran = "day"
    out.append(case(f"صورت‌های مالی {surface} منتشر شد.", "fa", "Asia/Tehran", surface, "jalali", value, gran))

# Arabic, Gregorian: a quarter's last day, as reports close their periods.
for i, (year, month) in enumerate((y, m) for y in (2023, 2024) for m in (3, 6, 9, 12)):
    n = [3, 6, 9, 12][(i + year) % 4]
    count = COUNT_AR[n][i % 2]
    y1, m1 = back(year, month, n)
    last = calendar.monthrange(year, month)[1]
    day, ys = (str(last), str(year)) if i % 2 == 0 else (str(last).translate(AR), str(year).translate(AR))
    surface = f"{count} المنتهية في {day} {GREG_AR[month - 1]} {ys}"
    value = f"{dt.date(y1, m1, 1).isoformat()}/{dt.date(year, month, last).isoformat()}"
    out.append(case(f"ارتفعت أرباح الشركة خلال {surface} بنسبة 5%.", "ar", "Asia/Riyadh", surface, "gregorian", value,
                    "day"))

print("# The N months that end with a month or on a day, as financial reports write them: written by "
      "tools/gen/cases_months_ending.py (Jalali days from convertdate's persian module, Gregorian ones from "
      "Python's datetime and calendar), every Jalali month of 1399 and 1402 as the last, 3, 6, 9 and 12 months, "
      "counts in words and digits, the whole month or its last day; Arabic quarters' last days of 2023 and 2024.")
for c in out:
    print(json.dumps(c, ensure_ascii=False))
