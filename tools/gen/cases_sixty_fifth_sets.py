#!/usr/bin/python3
"""Writes tests/extract/cases/sixty_fifth_sets.jsonl: forms met in the
sixty-fifth and sixty-sixth real-text sets (culture and events; markets and
banking), generated across their families.

- Arabic منذ, قبل, بعد and Persian از, پس از, قبل از, بعد از before a month
  named alone (منذ أغسطس, قبل آذار, بعد جوان, از مرداد, پس از آبان): that
  month, of the year that puts it nearest to the reference (SCHEMA; a tie
  goes to the past), as في and در before it already give; after منذ, the last
  one begun by the reference (منذ 7 أكتوبر is the last one gone by). Every Gregorian
  naming of the Arabic press (Egyptian and Gulf, Levantine, Algerian and
  Tunisian, Moroccan), and in Persian the Jalali months, the Gregorian ones
  of Iran and of Afghanistan.
- A month and its qualifier that scraping ran together (6 نوفمبرالجاري, ما
  بين 17 إلى 21 يوليوالجاري, 12 جوانالمقبل): the month so qualified.
- Not a month: a distance from it (قبل رمضان بأربعة شهور, بعد أغسطس
  بأسبوعين, دو ماه قبل از خرداد); a Hijri month's name that is a man's
  before his other names (بعد رجب طيب أردوغان); names that are also common
  words (از مهر, از دی, in Persian مه: fog, در مه غلیظ); the Afghan zodiac
  months, which are words too (از اسد: from Assad), without a day or year.

- A date with a two-digit year after a label's colon (مهلت تحویل مدارک
  :۹۹/۱۰/۱۵ الی ۹۹/۱۰/۲۰): the date, and the range, as after a blank (its
  calendar guessed from the language: calendar_guessed).
- An Arabic hour in words, then the same hour in figures without brackets
  (الساعة الرابعة 16:00 مساءً): one clock, the figures' hour.
- "The two months" and two names with a slash (شهري جوان/جويلية 2018, from
  the sixty-seventh sets): the span of both, the year written the
  second's; one month named twice (آذار/مارس) stays one.
- "The same year" after a decade or a century between (عام 1992 …
  التسعينيات … ديسمبر من العام ذاته; سال ۱۳۷۲ … دهه هفتاد … اسفند همان
  سال): the year written before them, a span of years naming none.
- A decade with ب or ل written onto it (مقارنة بتسعينيات القرن الماضي,
  بالثمانينيات).
- A Jalali month before a decimal (طی آذرماه ۵۰.۴ میلیون تومان, from the
  sixty-seventh sets): no two-digit year, no date; آذر ۹۵ still one.
- Easter and the days named by it: عيد الفصح and عید پاک (the Western
  churches'), عيد القيامة (the Copts', the Eastern computus) and شم النسيم,
  the Monday after it, in the year written or nearest the reference, or the
  next one (المقبل); عيد الفصح اليهودي (Passover) is none. A clock after a
  feast named for its event (مساء يوم 19 أبريل 2025، قداس عيد القيامة …
  الساعة التاسعة مساءً) is on the day written before them; the Eid's prayer
  (صلاة عيد الفطر … الساعة 6:30) is on the Eid.

Days from datetime, zoneinfo, python-dateutil's easter and convertdate's
persian module: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_sixty_fifth_sets.py > tests/extract/cases/sixty_fifth_sets.jsonl"""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from convertdate import persian

from case_form import SCRIPTS, case, emit, jdate, want

rng = random.Random(65)
out = []

AR_MONTHS = [
    ["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["مارس", "آذار"], ["أبريل", "نيسان", "أفريل", "إبريل"],
    ["مايو", "أيار"], ["يونيو", "حزيران", "جوان"], ["يوليو", "تموز", "جويلية", "يوليوز"], ["أغسطس", "آب", "أوت", "غشت"],
    ["سبتمبر", "أيلول", "شتنبر"], ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني", "نونبر"],
    ["ديسمبر", "كانون الأول", "دجنبر"]]
FA_GREGORIAN = [["ژانویه", "جنوری"], ["فوریه", "فبروری"], ["مارس"], ["آوریل", "اپریل"], [], ["ژوئن", "جون"],
                ["ژوئیه", "جولای"], ["اوت", "آگوست"], ["سپتامبر", "سپتمبر"], ["اکتبر", "اکتوبر"], ["نوامبر", "نومبر"],
                ["دسامبر", "دسمبر"]]
JALALI = ["فروردین", "اردیبهشت", "خرداد", None, "مرداد", "شهریور", None, "آبان", "آذر", None, None, "اسفند"]  # مهر تیر دی بهمن: words

AR_FRAMES = ["توقفت الأشغال منذ {} بسبب نقص التمويل.", "أعلنت الوزارة أن التسجيل يفتح قبل {}، وفق بيان رسمي.",
             "وسيعود الوفد بعد {} لاستكمال المفاوضات.", "لم تصرف الرواتب منذ {}.", "يتوقع الخبراء ارتفاع الأسعار قبل {} المقبل؟"]
FA_FRAMES = ["کار ساخت این پل از {} متوقف شده است.", "ثبت‌نام پس از {} آغاز می‌شود.", "این طرح قبل از {} اجرا خواهد شد.",
             "قیمت‌ها بعد از {} افزایش یافت.", "دانشجویان از {} به کلاس‌ها باز می‌گردند."]


def nearest(ref, intervals):
    """The interval nearest to ref (0 when it holds ref), a tie to the past."""
    def distance(iv):
        first, last = iv
        if first <= ref <= last:
            return 0
        return (first - ref).days if ref < first else (ref - last).days
    return min(intervals, key=lambda iv: (distance(iv), iv[0] > ref))


def gregorian_month(year, month):
    first = dt.date(year, month, 1)
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    return first, last


def jalali_month(year, month):
    first = dt.date(*persian.to_gregorian(year, month, 1))
    last = dt.date(*persian.to_gregorian(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
    return first, last


def random_ref():
    return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))


# --- Arabic: every naming of every month, a frame each.
for m, names in enumerate(AR_MONTHS, start=1):
    for k, name in enumerate(names):
        ref = random_ref()
        first, _ = nearest(ref, [gregorian_month(ref.year + d, m) for d in (-1, 0, 1)])
        frame = AR_FRAMES[(m + k) % len(AR_FRAMES)]
        # منذ {}: since it, the last one begun by the reference (this one in its own month; read so from the
        # two-hundred-and-eleventh sets on, nearest before).
        if "منذ" in frame:
            first = max((gregorian_month(ref.year + d, m) for d in (-1, 0)), key=lambda iv: (iv[0] <= ref, iv[0]))[0]
        # قبل {} المقبل: the qualifier makes it the next one.
        if "المقبل" in frame:
            nxt = min((gregorian_month(ref.year + d, m) for d in (0, 1)), key=lambda iv: (iv[0] <= ref, iv[0]))
            first = nxt[0]
            out.append(case(frame.format(name), "ar", ref.isoformat(),
                            [want(name + " المقبل", "gregorian", f"{first.year:04d}-{first.month:02d}", "month",
                                  ["year_inferred"])]))
            continue
        out.append(case(frame.format(name), "ar", ref.isoformat(),
                        [want(name, "gregorian", f"{first.year:04d}-{first.month:02d}", "month",
                              ["year_inferred"])]))

# --- Persian: Jalali months (as intervals of days) and Gregorian ones.
for m, name in enumerate(JALALI, start=1):
    if name is None:
        continue
    for frame in rng.sample(FA_FRAMES, 2):
        ref = random_ref()
        jy = persian.from_gregorian(ref.year, ref.month, ref.day)[0]
        first, last = nearest(ref, [jalali_month(jy + d, m) for d in (-1, 0, 1)])
        out.append(case(frame.format(name), "fa", ref.isoformat(),
                        [want(name, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["year_inferred"])]))
for m, names in enumerate(FA_GREGORIAN, start=1):
    for k, name in enumerate(names):
        ref = random_ref()
        first, _ = nearest(ref, [gregorian_month(ref.year + d, m) for d in (-1, 0, 1)])
        out.append(case(FA_FRAMES[(m + k) % len(FA_FRAMES)].format(name), "fa", ref.isoformat(),
                        [want(name, "gregorian", f"{first.year:04d}-{first.month:02d}", "month", ["year_inferred"])]))

# --- A month and its qualifier run together (6 نوفمبرالجاري, 12 جوانالمقبل).
for k in range(16):
    ref = random_ref()
    qualifier = ("الجاري", "المقبل")[k % 2]
    month = ref.month if qualifier == "الجاري" else rng.randrange(1, 13)
    names = [n for n in AR_MONTHS[month - 1] if " " not in n]  # تشرين الثانيالمقبل: two words, not read
    name = names[k % len(names)]
    year = ref.year if qualifier == "الجاري" or month > ref.month else ref.year + 1
    day = rng.randrange(1, 29)
    digits = SCRIPTS[k % 3]
    surface = f"{digits(str(day))} {name}{qualifier}"
    out.append(case(f"يقام المعرض يوم {surface} في قاعة المؤتمرات.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", dt.date(year, month, day).isoformat(), "day", ["year_inferred"])]))
out.append(case("قال الكاتبالماضي إن الرواية صدرت.", "ar", "2024-05-10", []))

# --- Not a month.
for text in ["بدأ عرض الإعلانات قبل رمضان بأربعة شهور.", "عاد الوفد بعد أغسطس بأسبوعين.",
             "انطلقت الحملة قبل مارس بشهرين.", "التقى الوزير بعد رجب طيب أردوغان.",
             "وصل الرئيس بعد شعبان عبد الرحمن إلى القاعة."]:
    out.append(case(text, "ar", "2024-05-10", []))
for text in ["این طرح دو ماه قبل از خرداد اجرا شد.", "دانشجویان از مهر به کلاس‌ها باز می‌گردند.",
             "این کار از دی آغاز شد.", "جاده در مه غلیظ فرو رفت.", "خودروها از مه عبور کردند.",
             "حمایت از اسد ادامه دارد.", "پس از اسد، قدرت به دیگری رسید."]:
    out.append(case(text, "fa", "2024-05-10", []))

# --- A two-digit year after a label's colon.
LABELS = ["مهلت تحویل مدارک", "آخرین مهلت ثبت نام", "تاریخ برگزاری"]
for k in range(9):
    sc = SCRIPTS[k % 3]
    yy, mm = rng.randrange(95, 100), rng.randrange(1, 12)
    d1, d2 = rng.randrange(1, 15), rng.randrange(16, 30)
    a, b = f"{yy}/{mm:02d}/{d1:02d}", f"{yy}/{mm:02d}/{d2:02d}"
    first, last = jdate(1300 + yy, mm, d1), jdate(1300 + yy, mm, d2)
    if k % 2:
        surface = f"{sc(a)}  الی  {sc(b)}"
        out.append(case(f"{LABELS[k % 3]} :{surface} است.", "fa", None,
                        [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "day", ["calendar_guessed"])]))
    else:
        out.append(case(f"{LABELS[k % 3]} :{sc(a)} اعلام شد.", "fa", None,
                        [want(sc(a), "jalali", first.isoformat(), "day", ["calendar_guessed"])]))

# --- An hour in words, then the same hour in figures.
HOURS = [("الثامنة", "8:00 صباحاً", 8, 0), ("الرابعة", "16:00 مساءً", 16, 0), ("التاسعة", "21:00 مساءً", 21, 0),
         ("العاشرة والنصف", "10:30 صباحا", 10, 30), ("الثالثة", "15:00", 15, 0)]
for k, (words, figures, hh, mi) in enumerate(HOURS * 2):
    zone = ("Africa/Algiers", "Asia/Riyadh", "Africa/Cairo")[k % 3]
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    moment = dt.datetime(day.year, day.month, day.day, hh, mi, tzinfo=ZoneInfo(zone))
    off = int(moment.utcoffset().total_seconds()) // 60
    date_words = f"{day.day} {AR_MONTHS[day.month - 1][0]} {day.year}"
    surface = f"الساعة {words} {figures} يوم {date_words}"
    out.append(case(f"تفتح القاعة أبوابها {surface}.", "ar", None,
                    [want(surface, "gregorian", f"{moment:%Y-%m-%dT%H:%M}+{off // 60:02d}:{off % 60:02d}", "minute")],
                    tz=zone))

# --- Easter and the days named by it, in the year written or nearest the reference.
WEST = ["عيد الفصح", "عيد الفصح المجيد"]
EAST = [("عيد القيامة المجيد", 0), ("عيد القيامة", 0), ("شم النسيم", 1), ("عيد شم النسيم", 1), ("عيد الشم النسيم", 1)]
for k in range(10):
    y = rng.randrange(1990, 2040)
    sc = SCRIPTS[k % 3]
    name, off = EAST[k % len(EAST)]
    sunday = easter(y, EASTER_ORTHODOX) if k % 2 else easter(y, EASTER_WESTERN)
    if k % 2 == 0:
        name, off = WEST[k // 2 % 2], 0
    day = sunday + dt.timedelta(days=off)
    surface = f"{name} {sc(str(y))}"
    out.append(case(f"أعلنت الحكومة عطلة رسمية بمناسبة {surface} للعاملين في القطاع العام.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))
for k in range(8):
    ref = random_ref()
    if k % 2:
        name, sunday, off, lang = "شم النسيم", lambda y: easter(y, EASTER_ORTHODOX), 1, "ar"
        text = "تعطل البنوك يوم {} المقبل."
    else:
        name, sunday, off, lang = ("عيد الفصح", "عید پاک")[k // 2 % 2], lambda y: easter(y, EASTER_WESTERN), 0, \
            ("ar", "fa")[k // 2 % 2]
        text = ("احتفل المسيحيون في العالم بـ{}." if lang == "ar" else "مسیحیان جهان {} را جشن گرفتند.")
    days = [sunday(y) + dt.timedelta(days=off) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if "المقبل" in text:
        day = min(d for d in days if d > ref)
        surface = name + " المقبل"
    else:
        day = min(days, key=lambda d: (abs((d - ref).days), d > ref))
        surface = name
    out.append(case(text.format(name), lang, ref.isoformat(), [want(surface, "gregorian", day.isoformat(), "day",
                                                                        ["year_inferred"])]))
# A feast named after a word for its event (قداس عيد القيامة): the clock after it is on the day
# written before it in the sentence.
for k in range(6):
    y = rng.randrange(2000, 2035)
    if k % 2:
        sunday = easter(y, EASTER_ORTHODOX)
        eve, feast, value = sunday - dt.timedelta(days=1), "قداس عيد القيامة المجيد", sunday
    else:
        eve, feast, value = dt.date(y, 12, 24), "قداس عيد الميلاد", dt.date(y, 12, 25)
    hh = (21, 20, 22)[k % 3]
    moment = dt.datetime(eve.year, eve.month, eve.day, hh, 0, tzinfo=ZoneInfo("Africa/Cairo"))
    off = int(moment.utcoffset().total_seconds()) // 60
    date_words = f"{eve.day} {AR_MONTHS[eve.month - 1][0]} {eve.year}"
    clock = {21: "التاسعة", 20: "الثامنة", 22: "العاشرة"}[hh]
    text = f"يترأس البطريرك مساء يوم {date_words}، {feast} في الكاتدرائية، وذلك في تمام الساعة {clock} مساءً."
    out.append(case(text, "ar", eve.isoformat(),
                    [want(date_words, "gregorian", eve.isoformat(), "day"),
                     want(feast.split(" ", 1)[1], "gregorian", value.isoformat(), "day", ["year_inferred"]),
                     want(f"في تمام الساعة {clock} مساءً", "relative",
                          f"{moment:%Y-%m-%dT%H:%M}+{off // 60:02d}:{off % 60:02d}", "minute")], tz="Africa/Cairo"))
# "The two months", two names with a slash (شهري جوان/جويلية 2018): both, the year the second's.
for k in range(8):
    m = rng.randrange(1, 13)
    n = m % 12 + 1
    names_m, names_n = AR_MONTHS[m - 1], AR_MONTHS[n - 1]
    a, b = names_m[k % len(names_m)], names_n[k % len(names_n)]
    y = rng.randrange(2000, 2030)
    sc = SCRIPTS[k % 3]
    first = dt.date(y - (1 if m > n else 0), m, 1)
    last = gregorian_month(y, n)[1]
    surface = f"{a}/{b} {sc(str(y))}"
    out.append(case(f"سيتم الإعلان عن النتائج في غضون شهري {surface} حسب الوزارة.", "ar", None,
                    [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "month")]))
out.append(case("صدر القرار في شهر آذار/مارس 2018 بعد مشاورات.", "ar", None,
                [want("شهر آذار/مارس 2018", "gregorian", "2018-03", "month")]))
# "The same year" after a decade or a century: the year written before them.
for k, (y, decade, surface_decade) in enumerate(((1992, 1990, "التسعينيات"), (1985, 1980, "الثمانينيات"))):
    sc = SCRIPTS[k % 3]
    text = f"ظهرت الفكرة عام {sc(str(y))}، وانتشرت خلال {surface_decade}، وفي ديسمبر من العام ذاته تبنتها المنظمة."
    out.append(case(text, "ar", None, [want(f"عام {sc(str(y))}", "gregorian", str(y), "year"),
                                       want(surface_decade, "gregorian", f"{decade}-01-01/{decade + 9}-12-31", "year"),
                                       want("ديسمبر من العام ذاته", "gregorian", f"{y}-12", "month", ["year_inferred"])]))
for jy, ref in ((1372, "2024-05-01"), (1375, "2023-01-10")):
    first, last = jalali_month(jy, 12)
    text = f"این طرح در سال {SCRIPTS[1](str(jy))} مطرح شد و در دهه هفتاد گسترش یافت و در اسفند همان سال تصویب شد."
    out.append(case(text, "fa", ref, [
        want(f"در سال {SCRIPTS[1](str(jy))}", "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 1, 1, 1) - dt.timedelta(days=1)).isoformat()}",
             "year", ["calendar_guessed"]),
        want("دهه هفتاد", "jalali", f"{jdate(1370, 1, 1).isoformat()}/{(jdate(1380, 1, 1) - dt.timedelta(days=1)).isoformat()}", "year"),
        want("اسفند همان سال", "jalali", f"{first.isoformat()}/{last.isoformat()}", "month", ["year_inferred"])]))
# A decade with ب or ل written onto it (مقارنة بتسعينيات القرن الماضي, بالثمانينيات, لستينيات).
DECADES = [("الستينيات", 1960), ("السبعينيات", 1970), ("الثمانينيات", 1980), ("التسعينيات", 1990)]
for k, (word, decade) in enumerate(DECADES * 2):
    clitic = ("ب", "ل")[k % 2]
    bare = word[2:]  # without the article: تسعينيات القرن الماضي
    surface = (clitic + word) if k < 4 else f"{clitic}{bare} القرن الماضي"
    shown = surface[1:]  # the clitic stays outside the match
    out.append(case(f"ارتفع عدد الأيام الحارة مقارنة {surface} بشكل لافت.", "ar", "2025-06-01",
                    [want(shown, "gregorian", f"{decade}-01-01/{decade + 9}-12-31", "year")]))
# A Jalali month before a decimal (طی آذرماه ۵۰.۴ میلیون تومان): no two-digit year.
for k, (name, month) in enumerate((("آذرماه", 9), ("مهر", 7), ("اسفند", 12))):
    sc = SCRIPTS[k % 3]
    out.append(case(f"متوسط قیمت هر متر مربع در تهران طی {name} {sc('50.4')} میلیون تومان شد.", "fa", None, []))
    first, last = jalali_month(1395, month)
    out.append(case(f"این طرح در {name} {sc('95')} تصویب شد.", "fa", None,
                    [want(f"{name} {sc('95')}", "jalali", f"{first.isoformat()}/{last.isoformat()}", "month")]))
# The Eid's prayer is on the Eid: its clock takes the Eid's day, not the day written before.
for k, (y, m, d) in enumerate(((2024, 4, 4), (2023, 4, 19))):
    ref = dt.date(y, m, d)
    weekday = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][ref.weekday()]
    eid = {2024: dt.date(2024, 4, 10), 2023: dt.date(2023, 4, 21)}[y]  # 1 Shawwal: tests/data/umalqura_month_starts.csv
    moment = dt.datetime(eid.year, eid.month, eid.day, 6, 30, tzinfo=ZoneInfo("Africa/Cairo"))
    off = int(moment.utcoffset().total_seconds()) // 60
    out.append(case(f"أعلنت الأوقاف اليوم {weekday} أن صلاة عيد الفطر ستقام في تمام الساعة 6:30 صباحا.", "ar",
                    ref.isoformat(),
                    [want(f"اليوم {weekday}", "relative", ref.isoformat(), "day"),
                     want("عيد الفطر", "hijri", eid.isoformat(), "day", ["year_inferred"]),
                     want("في تمام الساعة 6:30 صباحا", "relative",
                          f"{moment:%Y-%m-%dT%H:%M}+{off // 60:02d}:{off % 60:02d}", "minute")], tz="Africa/Cairo"))
# Passover is no Easter.
out.append(case("بمناسبة عيد الفصح اليهودي أغلقت السلطات المعابر.", "ar", "2024-04-20", []))
out.append(case("به مناسبت عید پاک یهودیان مراسمی برگزار شد.", "fa", "2024-04-20", []))

emit("generated by tools/gen/cases_sixty_fifth_sets.py (datetime, zoneinfo, dateutil.easter and convertdate's persian module); do not edit",
     out)
