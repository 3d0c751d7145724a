#!/usr/bin/python3
"""Writes tests/extract/cases/seventy_seventh_sets.jsonl: forms met in the
seventy-seventh and seventy-eighth real-text sets (universities and research;
society and family) and in the older sets' misses, generated across their
families.

- The Nth of a month's days (ثاني أيام شهر رمضان, عاشر أيام محرم, ثالث أيام
  العام 2024, دومین روز فروردین ۱۴۰۳): day N of the month or year.
- A country or city between a month, a day or a holiday and its year word
  (فاتح شهر رمضان المعظم بالمغرب، لعام 1445 هـ, أول أيام شهر رمضان في مصر
  لسنة 1446 هجرية, عيد فطر در افغانستان سال ۱۴۰۳): the day in that year.
- Negatives: other words between them (وقفة عرفة في الحكومة الاتحادية
  للعام 1444هـ), and this year's name (لهذا العام 2023), keep the year apart.

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic from datetime: nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_seventy_seventh_sets.py > tests/extract/cases/seventy_seventh_sets.jsonl"""
import csv
import datetime as dt
import os
import random

from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(77)
out = []

HERE = os.path.dirname(os.path.abspath(__file__))
UQ = {}
with open(os.path.join(HERE, "..", "..", "tests", "data", "umalqura_month_starts.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        UQ[(int(row["hijri_year"]), int(row["hijri_month"]))] = dt.date.fromisoformat(row["gregorian_first_day"])

AR_HIJRI = {1: "محرم", 3: "ربيع الأول", 7: "رجب", 8: "شعبان", 9: "رمضان", 10: "شوال", 12: "ذو الحجة"}
# Ordinals of a day, masculine as before أيام: (N, word).
AR_NTH = [(2, "ثاني"), (3, "ثالث"), (4, "رابع"), (5, "خامس"), (6, "سادس"), (7, "سابع"), (10, "عاشر")]
FA_NTH = [(2, "دومین"), (3, "سومین"), (4, "چهارمین"), (5, "پنجمین"), (10, "دهمین")]
FA_JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AR_PLACES = ["في مصر", "في تونس", "بالمغرب", "في المغرب", "بالمملكة", "في الجزائر", "في المملكة العربية السعودية",
             "في الأردن", "في العراق", "بالكويت"]

# Arabic: the Nth of a Hijri month's days, with its year or from the reference.
for n in range(28):
    hy = rng.randint(1436, 1447)
    hm = list(AR_HIJRI)[n % len(AR_HIJRI)]
    nth, word = AR_NTH[n % len(AR_NTH)]
    day = UQ[(hy, hm)] + dt.timedelta(days=nth - 1)
    month = AR_HIJRI[hm]
    month_words = f"شهر {month}" if n % 2 == 0 else month
    if n % 3 == 0:
        year = SCRIPTS[n % 3](str(hy))
        surface = f"{word} أيام {month_words} {year} {['هـ', 'هجرية', 'للهجرة'][n % 3]}"
        out.append(case(f"يصادف {surface} ذكرى تأسيس الجمعية.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))
    else:
        # A reference a few days before the month: its nearest such month.
        ref = UQ[(hy, hm)] - dt.timedelta(days=rng.randint(3, 12))
        surface = f"{word} أيام {month_words}"
        out.append(case(f"تنطلق القافلة في {surface} نحو القرى.", "ar", ref.isoformat(),
                        [want(surface, "hijri", day.isoformat(), "day", ["year_inferred"])]))

# Arabic: the Nth of a year's days; Persian: the Nth day of a Jalali month.
for n in range(8):
    gy = rng.randint(2015, 2027)
    nth, word = AR_NTH[n % len(AR_NTH)]
    surface = f"{word} أيام العام {SCRIPTS[n % 3](str(gy))}"
    out.append(case(f"افتتح المعرض في {surface} بحضور الوزير.", "ar", None,
                    [want(surface, "gregorian", (dt.date(gy, 1, 1) + dt.timedelta(days=nth - 1)).isoformat(), "day")]))
for n in range(10):
    jy = rng.randint(1395, 1405)
    jm = rng.randint(1, 12)
    nth, word = FA_NTH[n % len(FA_NTH)]
    surface = f"{word} روز {FA_JALALI[jm - 1]}{' ماه' if n % 2 else ''} {SCRIPTS[n % 2 + 1](str(jy))}"
    out.append(case(f"این جشنواره در {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, nth).isoformat(), "day")]))

# Arabic: a place between a Hijri month's first day or a holiday and its year word.
for n in range(20):
    hy = rng.randint(1436, 1447)
    place = AR_PLACES[n % len(AR_PLACES)]
    comma = "،" if n % 4 == 1 else ""
    year_word = ["لعام", "لسنة", "للعام", "عام"][n % 4]
    era = ["هـ", "هجرية", " هـ", "هـ"][n % 4]
    year = SCRIPTS[n % 3](str(hy))
    if n % 2 == 0:
        head, day = ("فاتح شهر رمضان المعظم", UQ[(hy, 9)]) if n % 4 == 0 else ("أول أيام شهر رمضان المبارك", UQ[(hy, 9)])
    else:
        head, day = ("عيد الفطر", UQ[(hy, 10)]) if n % 4 == 1 else ("غرة شهر شوال", UQ[(hy, 10)])
    surface = f"{head} {place}{comma} {year_word} {year} {era}".replace("  ", " ")
    out.append(case(f"أعلنت الجهات المختصة أن {surface} يحل وفق الحسابات الفلكية.", "ar", None,
                    [want(surface, "hijri", day.isoformat(), "day")]))
# Persian: the same with در and سال (days of the solar year; Persian text
# reads a lunar date by Iran's own calendar, which the table above is not).
for n, (head, place) in enumerate([("شب یلدا", "در تهران"), ("نوروز", "در کابل"), ("نوروز", "در هرات"),
                                   ("شب یلدا", "در شیراز")]):
    jy = 1396 + 2 * n
    month, day = (9, 30) if "یلدا" in head else (1, 1)
    surface = f"{head} {place} سال {SCRIPTS[1 + n % 2](str(jy))}"
    out.append(case(f"مراسم {surface} با حضور مردم برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, month, day).isoformat(), "day")]))

# Negatives: the year named apart.
out.append(case("عطلة عيد الأضحى المبارك ووقفة عرفة في الحكومة الاتحادية للعام 1444هـ", "ar", "2023-06-01",
                [want("عيد الأضحى المبارك", "hijri", (UQ[(1444, 12)] + dt.timedelta(days=9)).isoformat(), "day",
                      ["year_inferred"]),
                 want("وقفة عرفة", "hijri", (UQ[(1444, 12)] + dt.timedelta(days=8)).isoformat(), "day", ["year_inferred"]),
                 want("للعام 1444هـ", "hijri", f"{UQ[(1444, 1)].isoformat()}/{(UQ[(1445, 1)] - dt.timedelta(days=1)).isoformat()}",
                      "year")]))

emit("forms of the seventy-seventh and seventy-eighth real-text sets (tools/gen/cases_seventy_seventh_sets.py)", out)
