#!/usr/bin/python3
"""Writes tests/extract/cases/seventy_third_sets.jsonl: forms met in the
seventy-third and seventy-fourth real-text sets (Arabic and Persian news of
the other's countries, and international and exile outlets), generated
across their families.

- A year or month named in its calendar with a relative word between or
  after (العام الهجري المقبل, السنة الميلادية الجارية, الشهر الميلادي
  الماضي, سال میلادی جاری, ماه میلادی گذشته): counted in that calendar from
  the reference's day; with a year of four digits after it (للعام الهجري
  المقبل 1447هـ, غرة ربيع الأول للعام الهجري الحالي 1446), that year.
- A day of such a month (الخامس عشر من الشهر الميلادي المقبل).
- A month named by a relative word, then its name in brackets (الشهر
  الماضي (أبريل), اوایل ماه میلادی گذشته (فوریه)): that month.
- A month with such a year (رمضان من العام الميلادي الحالي: the Ramadan
  within this Gregorian year; سپتامبر سال میلادی گذشته).
- Negatives: سال میلادی قبل از ... (before an event), a year word and its
  calendar alone.
- From the sets' own text: ماه می (May after the month word, not before a
  verb), a Jalali month with a two-digit year and its era (تیر ماه سال ۹۲
  خورشیدی), a year in words without و between tens and units, a weekday's
  nights (یکشنبه شبها, شب‌های جمعه: they recur), today named with the
  weekday one day off (the weekday's day), a page's clock at a line's start
  before its date, ليل الجمعة after a clock's zone, a lunar month marked
  هـ.ش by a slip, the page's Solar Hijri year in Arabic, a day of the month
  last written with no year anywhere, a birth that does not date the text,
  and names and spans (حزب الغد, هذا الشهر الفضيل, بعد 15 عاما قضاها,
  الفائزين الاثنين, یک سال دیگر تمدید).

Hijri month starts are Umm al-Qura's from tests/data/umalqura_month_starts.csv
(ICU and another library agreeing); Jalali days from convertdate's persian
module; Gregorian arithmetic from datetime: nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_seventy_third_sets.py > tests/extract/cases/seventy_third_sets.jsonl"""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from convertdate import persian

from case_form import SCRIPTS, case, emit, jdate, umm_al_qura, want

rng = random.Random(73)
TEHRAN = ZoneInfo("Asia/Tehran")
out = []

UQ = umm_al_qura()


def hijri_of(day):
    """The Umm al-Qura (year, month) holding a Gregorian day."""
    best = None
    for (y, m), first in UQ.items():
        if first <= day and (best is None or first > UQ[best]):
            best = (y, m)
    return best


def next_month(y, m, n=1):
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


def hijri_year_span(y):
    return span(UQ[(y, 1)], UQ[(y + 1, 1)] - dt.timedelta(days=1))


def hijri_month_span(y, m):
    ny, nm = next_month(y, m)
    return span(UQ[(y, m)], UQ[(ny, nm)] - dt.timedelta(days=1))


def greg_add_months(d, n):
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def random_day(lo=2015, hi=2026):
    a = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(a, dt.date(hi, 12, 31).toordinal()))


# Qualifiers: offset, masculine, feminine.
AR_QUALS = [(-1, "الماضي", "الماضية"), (-1, "المنصرم", "المنصرمة"), (0, "الجاري", "الجارية"), (0, "الحالي", "الحالية"),
            (1, "المقبل", "المقبلة"), (1, "القادم", "القادمة")]
AR_GREG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
            "ذو القعدة", "ذو الحجة"]
FA_QUALS = [(-1, "گذشته"), (-1, "قبل"), (-1, "پیش"), (0, "جاری"), (1, "آینده"), (1, "بعد")]
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
AR_DAYS = {1: "الأول", 2: "الثاني", 3: "الثالث", 5: "الخامس", 10: "العاشر", 12: "الثاني عشر", 15: "الخامس عشر",
           20: "العشرين", 25: "الخامس والعشرين"}

# Arabic: a Hijri or Gregorian year named so.
for n in range(24):
    ref = random_day()
    off, masc, fem = AR_QUALS[n % len(AR_QUALS)]
    hijri = n % 2 == 0
    fem_form = n % 4 >= 2
    if hijri:
        surface = f"{'السنة الهجرية' if fem_form else 'العام الهجري'} {fem if fem_form else masc}"
        value = hijri_year_span(hijri_of(ref)[0] + off)
    else:
        surface = f"{'السنة الميلادية' if fem_form else 'العام الميلادي'} {fem if fem_form else masc}"
        value = str(ref.year + off)
    out.append(case(f"أعلنت الوزارة خطتها خلال {surface} في مؤتمر صحفي.", "ar", ref.isoformat(),
                    [want(surface, "relative", value, "year")]))

# Arabic: a Hijri year named so, then its number (the number is the value).
for n in range(12):
    ref = random_day(2016, 2025)
    off, masc, fem = AR_QUALS[n % len(AR_QUALS)]
    hy = hijri_of(ref)[0] + off
    sc = SCRIPTS[n % 3]
    era = ["هـ", " هـ", "", " للهجرة"][n % 4]
    surface = f"العام الهجري {masc} {sc(str(hy))}{era}"
    out.append(case(f"تبدأ الإجازة في {surface} وفق التقويم.", "ar", ref.isoformat(),
                    [want(surface, "hijri", hijri_year_span(hy), "year")]))

# Arabic: the Gregorian month named so, and a day of it.
for n in range(18):
    ref = random_day()
    off, masc, _ = AR_QUALS[n % len(AR_QUALS)]
    y, m = greg_add_months(ref, off)
    if n % 2 == 0:
        surface = f"الشهر الميلادي {masc}"
        out.append(case(f"ترتفع الأسعار خلال {surface} بحسب التوقعات.", "ar", ref.isoformat(),
                        [want(surface, "relative", f"{y:04d}-{m:02d}", "month")]))
    else:
        d = list(AR_DAYS)[n % len(AR_DAYS)]
        surface = f"{AR_DAYS[d]} من الشهر الميلادي {masc}"
        out.append(case(f"ينعقد المجلس في {surface} لمناقشة الموازنة.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", dt.date(y, m, d).isoformat(), "day", ["year_inferred"])]))

# A month named by a relative word, then its name in brackets.
for n in range(12):
    ref = random_day()
    off = [-1, 1, 0][n % 3]
    y, m = greg_add_months(ref, off)
    if n % 2 == 0:
        word = {-1: "الشهر الماضي", 0: "الشهر الجاري", 1: "الشهر المقبل"}[off]
        surface = f"{word} ({AR_GREG[m - 1]})"
        out.append(case(f"سجلت الصادرات ارتفاعا في {surface} مقارنة بما سبقه.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))
    else:
        word = {-1: "ماه میلادی گذشته", 0: "ماه میلادی جاری", 1: "ماه میلادی آینده"}[off]
        surface = f"{word} ({FA_GREG[m - 1]})"
        out.append(case(f"قیمت نفت در {surface} کاهش یافت.", "fa", ref.isoformat(),
                        [want(surface, "gregorian", f"{y:04d}-{m:02d}", "month", ["year_inferred"])]))

# Persian: the Gregorian year or month named so.
for n in range(18):
    ref = random_day()
    off, qual = FA_QUALS[n % len(FA_QUALS)]
    if n % 2 == 0:
        surface = f"سال میلادی {qual}"
        value, gran = str(ref.year + off), "year"
    else:
        surface = f"ماه میلادی {qual}"
        y, m = greg_add_months(ref, off)
        value, gran = f"{y:04d}-{m:02d}", "month"
    out.append(case(f"صادرات ایران در {surface} افزایش یافت.", "fa", ref.isoformat(), [want(surface, "relative", value, gran)]))

# A month with a year named in another calendar: the Hijri month within the
# Gregorian year; the Gregorian month of the Gregorian year.
for n in range(12):
    ref = random_day(2016, 2025)
    off, masc, _ = AR_QUALS[n % len(AR_QUALS)]
    gy = ref.year + off
    if n % 2 == 0:
        hm = [9, 10, 12, 1, 3][n % 5]
        # the Hijri month whose first day falls within that Gregorian year
        # (none of these cases lets it start in one year and hold another's)
        starts = [(y, m) for (y, m), first in UQ.items() if m == hm and first.year == gy]
        if len(starts) != 1:
            continue
        hy, _ = starts[0]
        surface = f"شهر {AR_HIJRI[hm - 1]} من العام الميلادي {masc}"
        out.append(case(f"تنطلق الحملة في {surface} في جميع المحافظات.", "ar", ref.isoformat(),
                        [want(surface, "hijri", hijri_month_span(hy, hm), "month", ["year_inferred"])]))
    else:
        m = rng.randint(1, 12)
        surface = f"{AR_GREG[m - 1]} من العام الميلادي {masc}"
        out.append(case(f"افتتح المشروع في {surface} بحضور الوزير.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{gy:04d}-{m:02d}", "month", ["year_inferred"])]))
for n in range(6):
    ref = random_day()
    off, qual = FA_QUALS[[0, 3, 4][n % 3]]
    m = rng.randint(1, 12)
    surface = f"{FA_GREG[m - 1]} سال میلادی {qual}"
    out.append(case(f"این قرارداد در {surface} امضا شد.", "fa", ref.isoformat(),
                    [want(surface, "gregorian", f"{ref.year + off:04d}-{m:02d}", "month", ["year_inferred"])]))

# Negatives: before an event; a year word and its calendar alone.
out.append(case("در سال میلادی قبل از همه‌گیری، سفرها بیشتر بود.", "fa", "2024-05-10", []))
out.append(case("يعتمد التقويم على العام الهجري في المعاملات الرسمية.", "ar", "2024-05-10", []))
out.append(case("ماه میلادی با ماه شمسی برابر نیست.", "fa", "2024-05-10", []))

# --- Forms of the sets' own text ---
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # datetime's weekday(): Monday 0
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

# ماه می (May after the month word), not before a verb.
for n in range(8):
    ref = random_day()
    if n % 2 == 0:
        off, qual = [(-1, "گذشته"), (1, "آینده")][n % 4 // 2]
        y = ref.year + off if (off < 0 and ref.month <= 5) or (off > 0 and ref.month >= 5) else ref.year
        surface = f"ماه می {qual}"
        out.append(case(f"مذاکرات در {surface} برگزار شد.", "fa", ref.isoformat(),
                        [want(surface, "gregorian", f"{y:04d}-05", "month", ["year_inferred"])]))
    else:
        y = rng.randint(2000, 2030)
        surface = f"ماه می {SCRIPTS[n % 3](str(y))}"
        out.append(case(f"این توافق در {surface} امضا شد.", "fa", None, [want(surface, "gregorian", f"{y:04d}-05", "month")]))
out.append(case("ماه می درخشد و شب روشن است.", "fa", "2024-05-10", []))
out.append(case("سقف ذخیره ۹ ماه می باشد.", "fa", "2024-05-10", []))

# A Jalali month with a two-digit year and its era (تیر ماه سال ۹۲ خورشیدی).
for n in range(9):
    yy = rng.randint(60, 99)
    m = rng.randint(1, 12)
    sc = SCRIPTS[n % 3]
    era = ["خورشیدی", "شمسی", "هجری شمسی"][n % 3]
    mname = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"][m - 1]
    y = 1300 + yy
    last = 31 if m <= 6 else 30 if m <= 11 else (30 if persian.leap(y) else 29)
    if n % 2 == 0:
        surface = f"{mname} ماه سال {sc(str(yy))} {era}"
        out.append(case(f"این صفحه‌ها از {surface} فعال بودند.", "fa", None,
                        [want(surface, "jalali", span(jdate(y, m, 1), jdate(y, m, last)), "month")]))
    else:
        d = rng.randint(1, last)
        surface = f"{sc(str(d))} {mname} سال {sc(str(yy))} {era}"
        out.append(case(f"بازداشت در {surface} رخ داد.", "fa", None, [want(surface, "jalali", jdate(y, m, d).isoformat(), "day")]))

# A year in words without و between its tens and units (هزار و سیصد هشتاد چهار).
TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
UNITS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
for n in range(6):
    t, u = rng.choice(list(TENS)), rng.randint(1, 9)
    y = 1300 + t + u
    surface = f"اسفند ماه سال هزار و سیصد {TENS[t]} {UNITS[u]} خورشیدی"
    out.append(case(f"این ماجرا در {surface} گذشت.", "fa", None,
                    [want(surface, "jalali", span(jdate(y, 12, 1), jdate(y, 12, 30 if persian.leap(y) else 29)), "month")]))

# A weekday's nights, plural: they recur.
for w in ["یکشنبه شبها", "پنجشنبه شب‌ها", "شب‌های جمعه", "شبهای دوشنبه"]:
    out.append(case(f"این برنامه {w} از رادیو پخش می‌شود.", "fa", "2024-05-10", []))

# Today named with the weekday one day off: the weekday's day.
for n in range(8):
    ref = random_day()
    k = [-1, 1][n % 2]
    d = ref + dt.timedelta(days=k)
    if n % 4 < 2:
        surface = f"اليوم {AR_WD[d.weekday()]}"
        out.append(case(f"أعلنت الحكومة {surface} خطتها الجديدة.", "ar", ref.isoformat(),
                        [want(surface, "relative", d.isoformat(), "day", ["weekday_mismatch"])]))
    else:
        surface = f"امروز {FA_WD[d.weekday()]}"
        out.append(case(f"دولت {surface} برنامه خود را اعلام کرد.", "fa", ref.isoformat(),
                        [want(surface, "relative", d.isoformat(), "day", ["weekday_mismatch"])]))

# A page's clock at a line's start, then its date after a dash.
for n in range(4):
    d = random_day()
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"][d.month - 1]
    stamp = f"{hh:02d}:{mm:02d} - {en} {d.day:02d}, {d.year}"
    off = dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=TEHRAN).utcoffset()
    zone = f"+{off.seconds // 3600:02d}:{off.seconds % 3600 // 60:02d}"
    out.append(case(f"قائد الثورة يزور المرقد\n\n{stamp}\nرمز الخبر: 1369123", "ar", None,
                    [want(stamp, "gregorian", f"{d.isoformat()}T{hh:02d}:{mm:02d}{zone}", "minute")]))

# ليل: the night of the weekday after a clock in a written zone.
for n in range(4):
    ref = random_day()
    back = (ref.weekday() - 4) % 7  # the nearest Friday, a tie to the past (SCHEMA)
    d = ref - dt.timedelta(days=back) if back <= 3 else ref + dt.timedelta(days=7 - back)
    hh = rng.randint(20, 23)
    surface = f"الساعة {hh}:00 بتوقيت غرينتش ليل الجمعة"
    out.append(case(f"انسحبت بريطانيا رسميا {surface} من الاتحاد.", "ar", ref.isoformat(),
                    [want(surface, "relative", f"{d.isoformat()}T{hh}:00+00:00", "minute")]))

# A lunar month with the Solar Hijri marker by a slip (29 رمضان 1445 هـ.ش): its
# year is no Solar Hijri year yet, so the lunar one.
for n, (hy, hm) in enumerate([(1445, 9), (1444, 10), (1446, 1), (1443, 12)]):
    d = rng.randint(1, 28)
    surface = f"{d} {AR_HIJRI[hm - 1]} {hy} هـ.ش"
    out.append(case(f"ثبتت الرؤية يوم {surface} لدى المكتب.", "ar", None,
                    [want(surface, "hijri", (UQ[(hy, hm)] + dt.timedelta(days=d - 1)).isoformat(), "day")]))

# In Arabic, the page's own Solar Hijri year when the lunar year so written is
# decades gone (أقيمت احتفالات للعام الجديد 1402 on 21 March 2023).
for n in range(4):
    ref = random_day(2016, 2025)
    jy = persian.from_gregorian(ref.year, ref.month, ref.day)[0]
    y = jy + [0, 1, 0, -1][n]
    surface = f"عام {y}"
    ny = y + 1
    out.append(case(f"أقيم حفل بدء {surface} في شيراز بحضور الناس.", "ar", ref.isoformat(),
                    [want(surface, "jalali", span(jdate(y, 1, 1), jdate(ny, 1, 1) - dt.timedelta(days=1)), "year",
                          ["calendar_guessed"])]))

# A day of the month last written, both without their year.
for n in range(4):
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 14)
    d2 = rng.randint(d1 + 2, 28)
    text = f"يلعب المنتخب يوم {d1} {AR_GREG[m - 1]} أمام البرازيل، على أن يختتم يوم {d2} من الشهر نفسه أمام هايتي."
    out.append(case(text, "ar", None, [want(f"{d1} {AR_GREG[m - 1]}", "gregorian", f"XXXX-{m:02d}-{d1:02d}", "day", ["unresolved"]),
                                       want(f"{d2} من الشهر نفسه", "gregorian", f"XXXX-{m:02d}-{d2:02d}", "day", ["unresolved"])]))

# A birth told within a sentence does not date the text.
out.append(case("تقام المباراة اليوم السبت 26 ماي في كييف، ويقودها الحكم الذي ولد في الثالث والعشرين من مارس 1973 في مدينة فرباس.",
                "ar", None, [want("اليوم السبت 26 ماي", "gregorian", "XXXX-05-26", "day", ["unresolved"]),
                             want("الثالث والعشرين من مارس 1973", "gregorian", "1973-03-23", "day")]))

# Negatives: names and spans.
for text in ["فاز السيسي على منافسه رئيس حزب الغد موسى مصطفى موسى.", "نشرت جريدة الغد الأردنية تقريرا.",
             "نسأل الله أن يبارك هذا الشهر الفضيل لجميع المسلمين.", "عاد إلى البلاد بعد خمسة عشر عاما قضاها في المنفى.",
             "انسحبت بريطانيا بعد ثلاث سنوات ونصف من الاستفتاء.", "تنافس الفائزين الاثنين في الدورة الثانية.",
             "اوباما تحریم‌ها را یک سال دیگر تمدید می کند."]:
    out.append(case(text, "ar" if "تحریم" not in text else "fa", "2020-02-01", []))
out.append(case("يعود المسافرين الاثنين المقبل إلى بلادهم.", "ar", "2022-04-11",
                [want("الاثنين المقبل", "relative", "2022-04-18", "day")]))

# Local time (بالتوقيت المحلي, به وقت محلی): the zone of the place written
# right after the words, else of the nearest city before the clock, else of
# the nearest country; with none, the record's zone. Offsets from zoneinfo.
def stamp(d, hh, mm, zone):
    off = dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=ZoneInfo(zone)).utcoffset()
    sign = "-" if off.days < 0 else "+"
    secs = abs(int(off.total_seconds()))
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}{sign}{secs // 3600:02d}:{secs % 3600 // 60:02d}"


AR_PLACES = [("كابل", "Asia/Kabul"), ("نيويورك", "America/New_York"), ("طوكيو", "Asia/Tokyo"), ("بغداد", "Asia/Baghdad"),
             ("موسكو", "Europe/Moscow"), ("باريس", "Europe/Paris"), ("الخرطوم", "Africa/Khartoum"), ("بيروت", "Asia/Beirut")]
FA_PLACES = [("کابل", "Asia/Kabul"), ("توکیو", "Asia/Tokyo"), ("لندن", "Europe/London"), ("دبی", "Asia/Dubai"),
             ("پکن", "Asia/Shanghai"), ("هرات", "Asia/Kabul")]
for n in range(16):
    ref = random_day(2016, 2025)
    hh, mm = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
    if n % 2 == 0:
        place, zone = AR_PLACES[n // 2 % len(AR_PLACES)]
        clock = f"عند الساعة {hh}:{mm:02d} بالتوقيت المحلي"
        text = f"وقع الانفجار في {place} اليوم. وحدث ذلك {clock} بحسب مصادر أمنية."
        out.append(case(text, "ar", ref.isoformat(), [want("اليوم", "relative", ref.isoformat(), "day"),
                                                       want(clock, "relative", stamp(ref, hh, mm, zone), "minute")],
                        tz="Asia/Riyadh"))
    else:
        place, zone = FA_PLACES[n // 2 % len(FA_PLACES)]
        clock = f"ساعت {SCRIPTS[n % 3](f'{hh}:{mm:02d}')} به وقت محلی"
        text = f"مسابقه در {place} برگزار می‌شود و از {clock} آغاز خواهد شد."
        out.append(case(text, "fa", ref.isoformat(), [want(clock, "relative", stamp(ref, hh, mm, zone), "minute")]))
for n, (place, zone) in enumerate([("غزة", "Asia/Gaza"), ("القاهرة", "Africa/Cairo"), ("دمشق", "Asia/Damascus")]):
    ref = random_day(2018, 2025)
    clock = "الساعة 8:30 صباحا بالتوقيت المحلي"
    out.append(case(f"انطلقت المسيرة {clock} في {place} وسط حضور كبير.", "ar", ref.isoformat(),
                    [want(clock, "relative", stamp(ref, 8, 30, zone), "minute")], tz="Europe/London"))
# A city over a country named nearer (سفارت ایران in a story from Kabul).
out.append(case("انفجاری در شهر کابل نزدیک سفارت ایران رخ داد. این بمب حوالی ساعت 9:30 صبح به وقت محلی منفجر شد.", "fa",
                "2014-09-28", [want("ساعت 9:30 صبح به وقت محلی", "relative", stamp(dt.date(2014, 9, 28), 9, 30, "Asia/Kabul"),
                                    "minute")], tz="Asia/Tehran"))
# No place named: the record's zone.
out.append(case("تبدأ الجلسة الساعة العاشرة صباحا بالتوقيت المحلي.", "ar", "2024-03-05",
                [want("الساعة العاشرة صباحا بالتوقيت المحلي", "relative", stamp(dt.date(2024, 3, 5), 10, 0, "Asia/Amman"), "minute")],
                tz="Asia/Amman"))

# A Persian clock with a slash between hour and minutes, after the hour word.
for n in range(4):
    ref = random_day()
    hh, mm = rng.randint(6, 11), rng.choice([15, 30, 45])
    clock = f"ساعت {SCRIPTS[n % 3](f'{hh}/{mm}')} صبح"
    out.append(case(f"مراسم {clock} در مهدیه برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(clock, "relative", stamp(ref, hh, mm, "Asia/Tehran"), "minute")]))

# On this day a year named from the reference's: its month and day in that year.
for n in range(6):
    ref = random_day(2016, 2025)
    if n % 2 == 0:
        surface = ["في مثل هذا اليوم من العام الماضي", "العام الماضي في مثل هذا اليوم"][n // 2 % 2]
        d = ref.replace(year=ref.year - 1) if not (ref.month == 2 and ref.day == 29) else None
        if d is None:
            continue
        out.append(case(f"{surface} أعلنت الحكومة خطتها.", "ar", ref.isoformat(), [want(surface, "relative", d.isoformat(), "day")]))
    else:
        jy, jm, jd = persian.from_gregorian(ref.year, ref.month, ref.day)
        if jm == 12 and jd == 30:
            continue
        surface = ["سال گذشته در چنین روزی", "در چنین روزی در سال گذشته"][n // 2 % 2]
        out.append(case(f"{surface} طالبان وارد کابل شدند.", "fa", ref.isoformat(),
                        [want(surface, "relative", jdate(jy - 1, jm, jd).isoformat(), "day")]))

# A curfew's hours: a range of clocks in its sentence recurs each night (no
# date); its first night named between, or one clock alone, is a day's.
for n in range(6):
    ref = random_day()
    h1, h2 = rng.choice([(21, 5), (22, 6), (23, 4), (23, 5)])
    phrase = ["حظر التجول", "حظر الجولان", "منع التجوال"][n % 3]
    if n % 3 == 0:
        out.append(case(f"ويكون {phrase} من الساعة {h1} ليلا إلى الساعة {h2} صباحا في كامل الولاية.", "ar", ref.isoformat(), []))
    elif n % 3 == 1:
        surface = f"الساعة {h1} ليلا"
        out.append(case(f"أعلنت السلطات انتهاء {phrase} في العاصمة {surface}.", "ar", ref.isoformat(),
                        [want(surface, "relative", stamp(ref, h1, 0, "Asia/Amman"), "minute")], tz="Asia/Amman"))
    else:
        surface = f"الليلة على الساعة {dict([(21, 'التاسعة'), (22, 'العاشرة'), (23, 'الحادية عشرة')])[h1]} ليلا"
        out.append(case(f"تقرر {phrase} بداية من {surface} في كامل الولاية.", "ar", ref.isoformat(),
                        [want(surface, "relative", stamp(ref, h1, 0, "Africa/Tunis"), "minute")], tz="Africa/Tunis"))
out.append(case("منع تردد شبانه از ساعت ۲۲ تا ۴ صبح در شهر اعمال می‌شود.", "fa", "2024-05-10", []))

# ایران امروز, اصفهان امروز: outlets' names, but in running text the place
# and today; the outlet only as a credit.
for n, text in enumerate(["دور دوم اعتصاب کامیونداران ایران امروز آغاز شد.", "شرکت گاز استان اصفهان امروز اعلام کرد که گاز قطع می‌شود.",
                          "نمایشگاه با مشارکت شرکت‌های ایران امروز در کابل آغاز به کار کرد."]):
    ref = random_day()
    out.append(case(text, "fa", ref.isoformat(), [want("امروز", "relative", ref.isoformat(), "day")]))
out.append(case("به گزارش ایران امروز، قیمت‌ها بالا رفت.", "fa", "2024-05-10", []))
# News bulletins named by their hour, in the plural too (بخش‌های خبری ساعت ۱۹).
for text in ["بخش‌های خبری ساعت 19 شبکه یک تغییر کرد.", "بخشهای خبری ساعت ۲۱ کوتاه شد."]:
    out.append(case(text, "fa", "2016-01-31", []))

emit("forms of the seventy-third and seventy-fourth real-text sets (tools/gen/cases_seventy_third_sets.py)", out)
