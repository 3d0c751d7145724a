#!/usr/bin/python3
"""Writes tests/extract/cases/years_written.jsonl: years written beside a
word (on this day in a year, a relative year with its number, a bare year
after a word that bounds a time) and relative words with ب/ل/لل, in every
digit script. Values from Python's datetime and convertdate's persian
module, never from the extractor. Run: tools/gen/cases_years_written.py > FILE"""
import datetime as dt
import json
import sys

from convertdate import persian

AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
SCRIPTS = [lambda s: s, lambda s: s.translate(AR), lambda s: s.translate(FA)]


def iso(d):
    return d.isoformat()


def jalali_year(y):
    a = dt.date(*persian.to_gregorian(y, 1, 1))
    b = dt.date(*persian.to_gregorian(y + 1, 1, 1)) - dt.timedelta(days=1)
    return f"{iso(a)}/{iso(b)}"


def week(ref, offset):  # weeks start on Saturday
    start = ref - dt.timedelta(days=(ref.weekday() - 5) % 7) + dt.timedelta(weeks=offset)
    return f"{iso(start)}/{iso(start + dt.timedelta(days=6))}"


def month(ref, offset):
    m = ref.month - 1 + offset
    return f"{ref.year + m // 12:04d}-{m % 12 + 1:02d}"


def case(text, ref, lang, expect):
    return {"text": text, "reference": iso(ref), "lang": lang, "expect": expect}


def e(surface, calendar, value, granularity, flags=()):
    return {"surface": surface, "calendar": calendar, "value": value, "granularity": granularity, "flags": list(flags)}


out = []
refs = [dt.date(2018, 8, 5), dt.date(2023, 4, 24), dt.date(2024, 2, 29), dt.date(2025, 12, 31)]
for n, ref in enumerate(refs):
    for script in SCRIPTS:
        # On this day in a Gregorian year (Arabic), a Jalali or Gregorian one (Persian).
        for y in (1962, 2005):
            yy = script(str(y))
            try:
                day = ref.replace(year=y)
            except ValueError:  # 29 February in a common year: no such day
                continue
            for text, surface in (
                (f"رحلت في مثل هذا اليوم من عام {yy} الفنانة", f"في مثل هذا اليوم من عام {yy}"),
                (f"وفى هذا اليوم أيضًا عام {yy}، رحل الفنان", f"فى هذا اليوم أيضًا عام {yy}"),
                (f"في مثل هذا اليوم، من سنة {yy}، وقعت المعركة", f"في مثل هذا اليوم، من سنة {yy}"),
                (f"في مثل هذا اليوم من {yy} توفي", f"في مثل هذا اليوم من {yy}"),
            ):
                out.append(case(text, ref, "ar", [e(surface, "gregorian", iso(day), "day")]))
            text = f"در چنین روزی در سال {yy} میلادی فضاپیما"
            out.append(case(text, ref, "fa", [e(f"در چنین روزی در سال {yy} میلادی", "gregorian", iso(day), "day")]))
        jy, jm, jd = persian.from_gregorian(ref.year, ref.month, ref.day)
        for y in (1357, 1320):
            if jd > persian.month_length(y, jm):
                continue
            day = dt.date(*persian.to_gregorian(y, jm, jd))
            yy = script(str(y))
            for text, surface in (
                (f"در چنین روزی در سال {yy} امام به ایران بازگشت", f"در چنین روزی در سال {yy}"),
                (f"همچین روزی از سال {yy} بود که", f"همچین روزی از سال {yy}"),
            ):
                out.append(case(text, ref, "fa", [e(surface, "jalali", iso(day), "day", ["calendar_guessed"])]))
        # A relative year with the year it is written beside; the number after
        # it is not a year when a counted noun follows.
        last = script(str(ref.year - 1))
        out.append(case(f"ارتفع العدد مقارنة بالعام الماضي {last} الذي سجل 76 طالبا", ref, "ar",
                        [e(f"العام الماضي {last}", "gregorian", str(ref.year - 1), "year")]))
        this = script(str(ref.year))
        out.append(case(f"الميزانية للعام الحالي {this}، وقال الوزير", ref, "ar",
                        [e(f"للعام الحالي {this}", "gregorian", str(ref.year), "year")]))
        out.append(case(f"العام الماضي {last} حالة", ref, "ar",
                        [e("العام الماضي", "relative", str(ref.year - 1), "year")]))
        # A bare year after a word that bounds or spans a time.
        for y in (1963, 2011):
            yy = script(str(y))
            for text, surface in (
                (f"الحياة الاجتماعية في دمشق قبل {yy} (0)", yy),
                (f"تعيش البلاد أزمة منذ {yy}م، وقال", f"{yy}م"),
                (f"ستستمر الخطة حتى {yy}.", yy),
                (f"خلال {yy}، ارتفعت الصادرات", yy),
                (f"فاز النادي بالدوري موسم {yy}", yy),
            ):
                out.append(case(text, ref, "ar", [e(surface, "gregorian", str(y), "year")]))
            for text, surface in ((f"بحلول نهاية {yy} سيتم الانتهاء", f"نهاية {yy}"), (f"في مطلع {yy}، أعلنت", f"مطلع {yy}")):
                out.append(case(text, ref, "ar", [e(surface, "gregorian", str(y), "year")]))
        for y in (1357, 1405):
            yy = script(str(y))
            for text, surface in ((f"این قانون قبل از {yy} تصویب شد", yy), (f"برنامه تا {yy}.", yy),
                                  (f"در اواخر {yy} اعلام شد", f"اواخر {yy}"), (f"تا پایان {yy} تکمیل می‌شود", f"پایان {yy}")):
                out.append(case(text, ref, "fa", [e(surface, "jalali", jalali_year(y), "year", ["calendar_guessed"])]))
        # ب, ل, لل on a relative phrase of two words.
        for text, surface, value, gran in (
            ("ارتفعت الأسعار مقارنة بالعام الماضي", "العام الماضي", str(ref.year - 1), "year"),
            ("ارتفعت الأسعار مقارنة بالسنة الماضية", "السنة الماضية", str(ref.year - 1), "year"),
            ("أقرت الحكومة الموازنة للعام المقبل", "للعام المقبل", str(ref.year + 1), "year"),
            ("تراجع المؤشر مقارنة بالشهر الماضي", "الشهر الماضي", month(ref, -1), "month"),
            ("تأجيل الاجتماع للشهر المقبل", "للشهر المقبل", month(ref, 1), "month"),
            ("تأجيل الجلسة للأسبوع المقبل", "للأسبوع المقبل", week(ref, 1), "week"),
        ):
            if script is SCRIPTS[0]:
                out.append(case(text, ref, "ar", [e(surface, "relative", value, gran)]))

# Not dates: on this day without a year; numbers after such words that count.
ref = dt.date(2024, 5, 15)
for text in ("في هذا اليوم، رحل الفنان حسن حسين", "يبعد بعد 2000 متر عن الشاطئ", "ارتفع المؤشر إلى 2030 نقطة",
             "الحادث وقع منذ 1500 متر"):
    out.append(case(text, ref, "ar", []))

print("# Years written beside a word: on this day in a year (في مثل هذا اليوم من عام 1962, فى هذا اليوم أيضًا عام 2005,"
      " در چنین روزی در سال ۱۳۵۷: the reference's day of the year in the year's calendar), a relative year with its"
      " number (بالعام الماضي 2024 الذي), a bare year after a word that bounds a time (قبل 1963, منذ 2011م, حتى 2030,"
      " خلال 2024, موسم ١٩٧٣, قبل از ۱۳۵۷, تا ۱۴۰۵) or a part of a year (نهاية 2025, اواخر ۱۴۰۲), ب/ل/لل on a relative phrase (بالعام الماضي, للعام المقبل,"
      " بالشهر الماضي), in the three digit scripts; and their negatives. Generated by tools/gen/cases_years_written.py:"
      " Gregorian values by Python's datetime, Jalali by convertdate's persian module.")
for c in out:
    print(json.dumps(c, ensure_ascii=False))
