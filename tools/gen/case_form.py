"""The pieces the case generators share: the three digit scripts, the
Gregorian day of a Jalali date (convertdate's persian module, never taqvim),
a Solar Hijri year by the Calendar Center's leap years,
and the JSON form of one extraction case (tests/extract/cases/*.jsonl, read
by tests/extract/cases_test.cc)."""
import csv
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

from convertdate import persian

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Latin, Persian and Arabic-Indic digits.
SCRIPTS = (lambda s: s, lambda s: s.translate(FA), lambda s: s.translate(AR))

# Month and weekday names as the press writes them (weekdays from Monday, as
# date.weekday() counts).
AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
FA_WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_ZODIAC = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
AR_LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                "تشرين الثاني", "كانون الأول"]
FA_ORD = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم",
          11: "یازدهم", 12: "دوازدهم", 13: "سیزدهم", 14: "چهاردهم", 15: "پانزدهم"}
DAY = dt.timedelta(days=1)
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# The zones of six Arabic-speaking countries, West to East and back, that generated Arabic cases cycle through.
AR_ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]
# Clock hours one to eleven as Arabic writes them after الساعة.
AR_CLOCK_HOURS = ["الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
                  "العاشرة", "الحادية عشرة"]


def umm_al_qura():
    """Umm al-Qura's month starts from tests/data/umalqura_month_starts.csv
    (ICU and another library agreeing): (hijri year, month) -> the Gregorian
    date of the month's first day."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "umalqura_month_starts.csv")
    with open(path, encoding="utf-8") as f:
        return {(int(r["hijri_year"]), int(r["hijri_month"])): dt.date.fromisoformat(r["gregorian_first_day"])
                for r in csv.DictReader(f)}


def iran_lunar():
    """Iran's lunar month starts from data/iran_lunar_hijri_month_starts.txt
    (the Calendar Center's published table): (hijri year, month) -> the
    Gregorian date of the month's first day."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "iran_lunar_hijri_month_starts.txt")
    starts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                ym, day = line.split()
                y, m = ym.lstrip("*").split("/")  # *: the sources disagreed on that month
                starts[(int(y), int(m))] = dt.date.fromisoformat(day)
    return starts


def jalali_month(jy, month):
    """The first and last Gregorian days of Solar Hijri month jy/month (convertdate)."""
    end = jdate(jy + 1, 1, 1) if month == 12 else jdate(jy, month + 1, 1)
    return jdate(jy, month, 1), end - dt.timedelta(days=1)


def jday(day):
    """The Solar Hijri (year, month, day) of a Gregorian date (convertdate)."""
    return persian.from_gregorian(day.year, day.month, day.day)


def jdate(y, m, d):
    return dt.date(*persian.to_gregorian(y, m, d))


def offset(day, hh, mm, zone):
    """The UTC offset of zone at that local day and time, as +HH:MM (zoneinfo)."""
    o = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(zone)).utcoffset()
    minutes = int(o.total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_value(day, hh, mm, zone):
    """SCHEMA's value of a day and clock time in zone."""
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}{offset(day, hh, mm, zone)}"


def jalali_year(jy):
    """SCHEMA's value of a Solar Hijri year: its first and last days."""
    return f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}"


def official_leaps():
    """The leap years of the Calendar Center's table, 1206-1498
    (tests/data/official_ut_leaps_1206_1498.txt)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data",
                        "official_ut_leaps_1206_1498.txt")
    with open(path, encoding="utf-8") as f:
        return {int(w) for line in f if not line.startswith("#") for w in line.split()}


OFFICIAL_LEAPS = official_leaps()


def solar_hijri_year(jy):
    """The first and last days of Solar Hijri year jy by the Calendar
    Center's leap years (where convertdate's arithmetic rule differs, as for
    1345): 1 Farvardin 1206 is 1827-03-22, and each year has 365 days, 366
    when leap."""
    day = dt.timedelta(days=1)
    first = dt.date(1827, 3, 22)
    for y in range(1206, jy):
        first += (366 if y in OFFICIAL_LEAPS else 365) * day
    last = first + (365 if jy in OFFICIAL_LEAPS else 364) * day
    return f"{first.isoformat()}/{last.isoformat()}"


def fa(n):
    """n in Persian digits."""
    return str(n).translate(FA_DIGITS)


def nearest_day(ref, m, d):
    """The day d of month m nearest ref, a tie to the past (docs/extraction.md, Missing year)."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = dt.date(y, m, d)
        except ValueError:
            continue
        key = (abs((day - ref).days), day > ref)
        if best is None or key < best[0]:
            best = (key, day)
    return best[1]


def nearest(ref, weekday):
    """The day of that weekday nearest ref, ref included, a tie to the past."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    return ref - back * DAY if back <= ahead else ref + ahead * DAY


def want(surface, cal, value, gran, flags=()):
    return {"surface": surface, "calendar": cal, "value": value, "granularity": gran, "flags": list(flags)}


def case(text, lang, ref, expect, tz=None):
    c = {"text": text, "lang": lang}
    if tz:
        c["tz"] = tz
    if ref:
        c["reference"] = ref
    c["expect"] = expect
    return c


def emit(header, cases):
    """Prints a cases file: its comment line, then one case per line."""
    print("# " + header)
    for c in cases:
        print(json.dumps(c, ensure_ascii=False))
