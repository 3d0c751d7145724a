#!/usr/bin/python3
"""Writes tests/extract/cases/tenths.jsonl: the tenths of a month (دهه اول
محرم, دهه آخر اسفند ۱۴۰۲, العشر الأواخر من رمضان, العشر الأوائل من ذي
الحجة): days 1-10, 11-20, and 21 to the month's last day; its halves (نیمه
دوم مهر, النصف الأول من مايو): 1-15, 16 to the end. Jalali days from
convertdate's persian module, Gregorian from datetime, Hijri month starts
from ../shared/data (umalqura_month_starts.csv for Arabic,
iran_lunar_hijri_month_starts.txt for Persian). Run from the project root:
tools/gen/cases_tenths.py ../shared/data > tests/extract/cases/tenths.jsonl"""
import calendar
import datetime as dt
import json
import sys

from convertdate import persian

import month_starts

uq, iran = month_starts.read(sys.argv[1])

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREG_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HIJRI_AR = {1: "محرم", 9: "رمضان", 10: "شوال", 12: "ذي الحجة"}
HIJRI_FA = {1: "محرم", 2: "صفر", 9: "رمضان"}
# (words, first day, last day or None for the month's last)
TENTHS_FA = [("دهه اول", 1, 10), ("دهه دوم", 11, 20), ("دهه آخر", 21, None), ("دهه سوم", 21, None),
             ("نیمه اول", 1, 15), ("نیمه دوم", 16, None),
             # the ezafe as its own letter after a ZWNJ, or glued on
             ("دهه\u200cی اول", 1, 10), ("دههی دوم", 11, 20), ("نیمه\u200cی دوم", 16, None), ("نیمهی نخست", 1, 15)]
TENTHS_AR = [("العشر الأوائل من", 1, 10), ("العشر الأواسط من", 11, 20), ("العشر الأواخر من", 21, None),
             ("العشر الأخيرة من", 21, None), ("النصف الأول من", 1, 15), ("النصف الثاني من", 16, None)]


def span(first, length, part):
    a = first + dt.timedelta(days=part[0] - 1)
    b = first + dt.timedelta(days=(part[1] if part[1] else length) - 1)
    return f"{a.isoformat()}/{b.isoformat()}"


def case(text, ref, lang, surface, calendar_, value, flags):
    return {"text": text, "reference": ref, "lang": lang,
            "expect": [{"surface": surface, "calendar": calendar_, "value": value, "granularity": "day", "flags": flags}]}


def week_case(template, surface, lang, cal, ref, first, length, a, b):
    """A week of a month: days a..b (a negative a counts from the month's
    end; b None is its last day)."""
    start = first + dt.timedelta(days=(a - 1 if a > 0 else length + a))
    end = first + dt.timedelta(days=(b - 1 if b else length - 1))
    e = case(template.format(surface), ref.isoformat(), lang, surface, cal,
             f"{start.isoformat()}/{end.isoformat()}", ["year_inferred"])
    e["expect"][0]["granularity"] = "week"
    return e


out = []
for year in (1402, 1403):
    for m, name in enumerate(JALALI, 1):
        first = dt.date(*persian.to_gregorian(year, m, 1))
        length = persian.month_length(year, m)
        for (word, *part), script in zip(TENTHS_FA, (str, lambda s: s.translate(FA), lambda s: s.translate(AR), str,
                                                      lambda s: s.translate(FA), str) * 2):
            yy = script(str(year))
            surface = f"{word} {name} {yy}"
            out.append(case(f"برنامه در {surface} اجرا می‌شود", "2024-05-15", "fa", surface, "jalali",
                            span(first, length, part), []))
for year in (2023, 2024):
    for m, name in enumerate(GREG_AR, 1):
        first = dt.date(year, m, 1)
        length = calendar.monthrange(year, m)[1]
        for word, *part in TENTHS_AR:
            surface = f"{word} {name} {year}"
            out.append(case(f"تقام الفعاليات خلال {surface} في المدينة", "2024-05-15", "ar", surface, "gregorian",
                            span(first, length, part), []))
# Hijri months without a year: the nearest to the reference (Umm al-Qura in Arabic, Iran's calendar in Persian).
for ref in ("2024-05-15", "2025-01-20"):
    r = dt.date.fromisoformat(ref)
    for table, months, lang, tenths, tmpl in (
        (uq, HIJRI_AR, "ar", TENTHS_AR, "الاعتكاف في {} المسجد"),
        (iran, HIJRI_FA, "fa", TENTHS_FA, "مراسم {} در مسجد"),
    ):
        for m, name in months.items():
            cands = [(y, table[(y, m)]) for y in range(1440, 1450) if (y, m) in table and (y, m + 1 if m < 12 else 1) in table]
            def mid(c):
                y, first = c
                nxt = table[(y, m + 1)] if m < 12 else table[(y + 1, 1)]
                return first + (nxt - first) / 2
            y, first = min(cands, key=lambda c: (abs((mid(c) - r).days), mid(c)))
            nxt = table[(y, m + 1)] if m < 12 else table[(y + 1, 1)]
            for word, *part in tenths:
                surface = f"{word} {name}"
                out.append(case(tmpl.format(surface), ref, lang, surface, "hijri", span(first, (nxt - first).days, part),
                                ["year_inferred"]))
# Parts and weeks of a month named from the reference's: this month's and next month's, in the text's calendar
# (Jalali in Persian, Gregorian in Arabic).
REL_FA = [("ماه جاری", 0), ("ماه آینده", 1)]
REL_AR = [("الشهر الجاري", 0), ("الشهر المقبل", 1)]
WEEKS_FA = [("هفته اول", 1, 7), ("هفته آخر", -7, None)]
WEEKS_AR = [("الأسبوع الأول من", 1, 7), ("الأسبوع الأخير من", -7, None)]
for ref in (dt.date(2024, 5, 15), dt.date(2025, 2, 20), dt.date(2025, 12, 30)):
    for rel, off in REL_FA:
        jy, jm, _ = persian.from_gregorian(ref.year, ref.month, ref.day)
        jm += off
        if jm > 12:
            jy, jm = jy + 1, jm - 12
        first = dt.date(*persian.to_gregorian(jy, jm, 1))
        length = persian.month_length(jy, jm)
        for word, *part in TENTHS_FA[:6]:
            surface = f"{word} {rel}"
            out.append(case(f"برنامه در {surface} اجرا می‌شود", ref.isoformat(), "fa", surface, "jalali",
                            span(first, length, part), ["year_inferred"]))
        for word, a, b in WEEKS_FA:
            out.append(week_case("جلسه در {} برگزار می‌شود", f"{word} {rel}", "fa", "jalali", ref, first, length, a, b))
    for rel, off in REL_AR:
        y, m = ref.year + (ref.month - 1 + off) // 12, (ref.month - 1 + off) % 12 + 1
        first = dt.date(y, m, 1)
        length = calendar.monthrange(y, m)[1]
        for word, *part in TENTHS_AR:
            surface = f"{word} {rel}"
            out.append(case(f"تقام الفعاليات خلال {surface} في المدينة", ref.isoformat(), "ar", surface, "gregorian",
                            span(first, length, part), ["year_inferred"]))
        for word, a, b in WEEKS_AR:
            out.append(week_case("يعقد الاجتماع في {}", f"{word} {rel}", "ar", "gregorian", ref, first, length, a, b))

# Not a tenth of a month: a decade, a tenth of something else.
for text in ("دهه اول انقلاب اسلامی", "في العشر الأواخر من عمره"):
    out.append({"text": text, "reference": "2024-05-15", "lang": "fa" if "دهه" in text else "ar", "expect": []})

print("# The tenths of a month: days 1-10, 11-20 and 21 to the month's end (دهه اول محرم, دهه آخر اسفند ۱۴۰۲,"
      " العشر الأواخر من رمضان, العشر الأوائل من ذي الحجة), and its halves, 1-15 and 16 to the end (نیمه دوم مهر,"
      " النصف الأول من مايو); without a year, the month nearest the reference; and of this or next month, with its"
      " first or last week (العشر الأواخر من الشهر الجاري, نیمه دوم ماه جاری, هفته آخر ماه آینده). Generated by"
      " tools/gen/cases_tenths.py: Jalali days by convertdate, Gregorian by datetime, Hijri month starts from"
      " ../shared/data (Umm al-Qura for Arabic, Iran's calendar for Persian).")
for c in out:
    print(json.dumps(c, ensure_ascii=False))
