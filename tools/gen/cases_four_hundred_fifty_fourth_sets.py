#!/usr/bin/python3
"""Writes tests/extract/cases/four_hundred_fifty_fourth_sets.jsonl: forms met
in the four-hundred-and-fifty-fourth real-text sets and after, generated
across their families.

- An Arabic year in words whose units are one, written وأحد or واحد after
  the thousands (عام ألفين وأحد عشر, سنة ألفين واحد وعشرين, لعام ألفين وأحد
  وعشرين من الميلاد): folded, وأحد is the word واحد (one); the year; not a count
  without the year word (ألفين وأحد عشر شخصا).
- A part of a month or year named relative to now straight after a word for a
  place (ممثلين عن كل محافظة منتصف الشهر الجارى, افتتاح ملعب نهاية العام
  الجاري): when, not the place's name; a day after the word stays a name
  (محافظة 6 أكتوبر).
- An Arabic Gregorian month alone with في written onto it as ب, in every
  region's naming (وقع الحادث بشباط, ارتفعت الأسعار بمارس الماضي, بجويلية,
  بشتنبر): the month nearest the reference; not بأكتوبر (in Egypt, the 6th of
  October City) nor a Hijri month so written (اتصل برمضان: a man).
- A year after منذ or خلال with the clause's comma that mixed-direction typing
  moved before it (منذ ،2003 وقد, خلال ,2018 ارتفعت, خلال, 2018 حسبما): the year; not a count
  (منذ ،2000 شخص).

Years in words are composed from the hand table below; days come from
datetime; nothing here is read from taqvim. Run from the project root:
tools/gen/cases_four_hundred_fifty_fourth_sets.py >
tests/extract/cases/four_hundred_fifty_fourth_sets.jsonl"""
import random

import datetime as dt

from case_form import AR_GREG, AR_LEVANTINE, case, emit, want

rng = random.Random(454)
out = []

# Arabic numbers in words: the units and teens with one, the tens.
ELEVEN = ["أحد عشر", "إحدى عشرة", "احد عشر"]
TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين", 80: "ثمانين", 90: "تسعين"}
ONE = ["وأحد", "واحد", "وواحد"]


def ref_day():
    return dt.date(rng.randrange(2012, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


# A year in words whose units are one.
for n in range(12):
    word = ["عام", "سنة", "لعام", "العام", "في عام", "منذ عام"][n % 6]
    if n % 2 == 0:
        year, tail = 2011, f"و{ELEVEN[n % 3]}" if n % 4 == 0 else f"و {ELEVEN[n % 3]}"
        if n % 3 == 1:
            tail = "واحد عشر"
    else:
        tens = [20] if n < 6 else [20, 30, 40]
        t = tens[n % len(tens)]
        year = 2000 + t + 1 if word != "منذ عام" else 2021
        if word == "منذ عام":
            t = 20
        tail = f"{ONE[n % 3]} و{TENS[t]}"
    era = " من الميلاد" if n % 5 == 4 else ""
    surface = f"{word} ألفين {tail}{era}"
    shown = surface[4:] if word.startswith("منذ ") else surface  # في عام is read with its في, منذ is not
    out.append(case(f"قال إن المشروع بدأ {surface} في العاصمة.", "ar", None, [want(shown, "gregorian", str(year), "year")]))
# Not a count: the number without the year word.
out.append(case("بلغ عدد الزوار ألفين وأحد عشر شخصا في اليوم الأول.", "ar", None, []))
out.append(case("وزعت الجمعية ألفين واحد وعشرين سلة غذائية.", "ar", None, []))

# A part of a month or year named relative to now, straight after a word for a place.
PARTS_MONTH = [("منتصف", "middle"), ("مطلع", "start"), ("أواخر", "end"), ("نهاية", "end")]
RELS = [("الجاري", 0), ("الجارى", 0), ("الحالي", 0), ("المقبل", 1), ("القادم", 1), ("الماضي", -1)]
PLACES = ["عن كل محافظة", "في كل مدينة", "افتتاح ملعب", "افتتاح مستشفى", "بمحافظة الجيزة", "في جامعة"]
for n in range(12):
    ref = ref_day()
    part, kind = PARTS_MONTH[n % 4]
    rel, off = RELS[n % 6]
    place = PLACES[n % 6]
    if n < 9:
        y, m = ref.year, ref.month + off
        if m == 0:
            y, m = y - 1, 12
        elif m == 13:
            y, m = y + 1, 1
        value, gran = (f"{y:04d}-{m:02d}-15", "day") if kind == "middle" else (f"{y:04d}-{m:02d}", "month")
        surface = f"{part} الشهر {rel}"
    else:
        value, gran = str(ref.year + off), "year"
        surface = f"{part} العام {rel}"
    out.append(case(f"تجري القرعة بحضور ممثلين {place} {surface} وفق الجدول.", "ar", ref.isoformat(),
                    [want(surface, "relative", value, gran)]))
# A day after the word stays its name.
out.append(case("وصل الوفد إلى محافظة 6 أكتوبر صباحا.", "ar", "2024-05-01", []))

# An Arabic Gregorian month alone with ب written onto it.
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALGERIA = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = [AR_GREG, AR_LEVANTINE, MAGHREB, ALGERIA]


def nearest_month(ref, m):
    """The year that puts month m nearest the reference, counted in months (no tie asked for)."""
    best = min((abs((y - ref.year) * 12 + m - ref.month), y) for y in (ref.year - 1, ref.year, ref.year + 1))
    return best[1]


for n in range(16):
    ref = ref_day()
    m = rng.randrange(1, 13)
    while m == 10 or abs(m - ref.month) == 6:
        m = rng.randrange(1, 13)
    name = NAMES[n % 4][m - 1]
    tail = ["", " الماضي", "", " المقبل"][n % 4] if n % 8 < 4 else ""
    y = nearest_month(ref, m)
    if tail == " الماضي":
        y = ref.year if m < ref.month else ref.year - 1
    elif tail == " المقبل":
        y = ref.year if m > ref.month else ref.year + 1
    if tail and m == ref.month:
        continue
    head = ["وقع الحادث", "ارتفعت الأسعار", "بدأ الموسم", "انطلقت الحملة"][n % 4]
    out.append(case(f"{head} ب{name}{tail} في المدينة.", "ar", ref.isoformat(),
                    [want(f"{name}{tail}", "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))
out.append(case("افتتاح فرع جديد بأكتوبر والشيخ زايد.", "ar", "2024-05-01", []))
out.append(case("اتصل برمضان صباحا.", "ar", "2024-05-01", []))

# A year after since or during, the clause's comma moved before it.
DIGITS = [str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"), str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")]
for n in range(9):
    y = rng.randrange(1950, 2026)
    while y % 100 == 0:
        y = rng.randrange(1950, 2026)
    ys = str(y).translate(DIGITS[n % 3])
    word = ["منذ", "خلال", "منذ"][n % 3]
    comma = ["،", ",", ", ", "، "][(n + n // 3) % 4]
    before = "" if comma.endswith(" ") else " "  # خلال, 2018: the comma on the word, or moved onto the year
    out.append(case(f"وأشار التقرير إلى تراجع الإنتاج {word}{before}{comma}{ys} وقد ارتفعت الأسعار.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
out.append(case("وزعت المساعدات منذ ،2000 شخص في المخيم.", "ar", None, []))

emit("Forms met in the four-hundred-and-fifty-fourth real-text sets and after, across their families "
     "(tools/gen/cases_four_hundred_fifty_fourth_sets.py; datetime and a hand table of number words).",
     out)
