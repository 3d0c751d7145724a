#!/usr/bin/python3
"""Writes tests/extract/cases/eighty_ninth_sets.jsonl: forms met in the
eighty-ninth real-text sets and in the older sets' misses, generated across
their families.

- Three or more weekdays one after another, joined by و, commas or (after
  أيام) nothing (أيام الأحد والاثنين والثلاثاء المقبلة, الجمعة السبت الأحد
  القادمة, یکشنبه، دوشنبه و سه‌شنبه هفته آینده, روزهای شنبه و یکشنبه و دوشنبه
  آینده): one span of days. A word after the last places it (المقبلة: the
  next such day after the reference; الماضية: the last before; هفته آینده:
  in the week from next Saturday); without one the first is the weekday
  nearest the reference. After أيام (Arabic writes two days with يومي),
  أيام الجمعة السبت الأحد and two with a qualifier are days too.
  Negatives: a weekday or a list after أيام or روزهای whose days are not one
  after another and have no qualifier, or after a word for opening hours,
  recurs (أيام الجمعة والسبت, روزهای یکشنبه، سه‌شنبه و پنجشنبه, يفتح المتحف
  أيام الجمعة والسبت والأحد), and so does a clock after it (أيام الخميس الساعة
  العاشرة صباحا, روزهای پنجشنبه ساعت ۱۰ صبح). Two weekdays alone
  (الثلاثاء والأربعاء) are two days. A list whose last has its date (أيام
  الجمعة والسبت والأربعاء 24 سبتمبر) is of days each alone.
- An election's year with its words before it, up to four (بانتخابات النواب
  2020، للانتخابات العامة 2021, لرئاسيات 2019, انتخابات مجلس الشيوخ ٢٠٢٠,
  لرئاسة الجمهورية ٢٠٢٤, انتخابات ریاست جمهوری ۱۴۰۰ ساعت ۱۰): the year, a
  Solar Hijri one in Persian. Negatives: a round thousand before a noun
  (الانتخابات البلدية 2000 مرشح), جمهورية with no رئاسة before it.
- "On this day" with ف or without في (ففي هذا اليوم من عام 1944, مثل هذا
  اليوم من سنة 1938): the reference's month and day in that year.
- A tatweel between digits is a dash (۱۹۱۴ـ۲۰۰۷: the years from one to the
  other); a score so written (2ـ1) is no date.
- The ezafe's ی written onto a weekday, هفته or a relative year without a
  ZWNJ (یکشنبهی هفتهی آینده, هفتهی گذشته, سال آیندهی خورشیدی): read as
  with it.
- The minute as an ordinal of units and tens after والدقيقة (الساعة السادسة
  والدقيقة السادسة والأربعين صباحا: 06:46).
- Two digits after سال with a Solar Hijri era word (سال 91 خورشیدی, سال ۹۱
  شمسی): that year of the 1300s; a Solar Hijri calendar's year (تقویم ۱۴۰۳).
- A list of days after مورخ, and weekdays before it that fit them (روزهای
  چهارشنبه، پنجشنبه و جمعه مورخ ۲۸، ۲۹ و ۳۰ اردیبهشت ماه ۱۴۰۱): one span.
- The eastern and western United States as written zones (به وقت آمریکای
  شرقی, بتوقيت شرق الولايات المتحدة): their offsets.
- Two decades joined by و with the century after the second (ستينيات
  وسبعينيات القرن الماضي, للخمسينات والستينات من القرن العشرين), ل on a decade
  with its article (للثمانينيات), Persian decades in words joined by و (دهه
  شصت و هفتاد, دهه بیست و سی و چهل و پنجاه): the years of all. Not دهه
  هفتاد و پنج (seventy-five).
- A day with its weekday and no year, on a page whose reference is years
  later, after a year the text writes where the weekday fits (تعطیلات سال
  ۱۳۹۴ … روز چهارشنبه ۱۲ فروردین on a page of 1403): that year, not the one
  next to the reference's where the weekday also fits.
- Weekdays, then في and their days (أيام الخميس والجمعة والسبت في 28 و29 و30
  تشرين الثاني): one span.
- A headline's year with a colon after it (البريد المصري 2026: جدول
  المواعيد), a history's year with a colon for its dash (1967 : إعتماد نظام
  النقط), a month and its qualifier with the year after them (بداية سبتمبر
  المقبل 2025): the year, the month of that year.
- A Solar Hijri month with "last year" and that year in brackets after it
  (از دی ماه سال گذشته (۱۴۰۳)): that month of the year written.
- A year in words after منذ عام or منذ سنة (منذ عام ألفين وسبعة عشر): the
  year, not a year ago (منذ عام واحد still is).
- Not dates: the hour word again after the hour (در ۲۴ ساعت ۱۲ ساعت برق:
  twelve hours of power a day), a day after كل عام هجري (every Hijri year), weekdays in brackets
  after the weekend (عطلة نهاية الأسبوع الرسمية (السبت والأحد)), جمعه after
  امامان (the Friday preachers), اربعین عزیزان (the dead's fortieth day).

Weekdays and spans come from datetime, offsets from zoneinfo; Solar Hijri
years and days from the Calendar
Center's leap years (tests/data/official_ut_leaps_1206_1498.txt): nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_eighty_ninth_sets.py > tests/extract/cases/eighty_ninth_sets.jsonl"""
import datetime as dt
import random

from case_form import AR_GREG, AR_WEEKDAYS, FA_JALALI, FA_WEEKDAYS, SCRIPTS, case, clock_value, emit, solar_hijri_year, want

rng = random.Random(89)
out = []

DAY = dt.timedelta(days=1)


def nearest(ref, weekday):
    """The day of that weekday nearest ref, ref included, a tie to the past."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    return ref - back * DAY if back <= ahead else ref + ahead * DAY


def next_after(ref, weekday):
    return ref + ((weekday - ref.weekday() - 1) % 7 + 1) * DAY


def last_before(ref, weekday):
    return ref - ((ref.weekday() - weekday - 1) % 7 + 1) * DAY


def span(first, n):
    return f"{first.isoformat()}/{(first + (n - 1) * DAY).isoformat()}"


def ar_list(days, joiner):
    names = [AR_WEEKDAYS[d] for d in days]
    if joiner == "waw":
        return names[0] + "".join(" و" + x for x in names[1:])
    if joiner == "comma":
        return "، ".join(names[:-1]) + " و" + names[-1]
    return " ".join(names)  # nothing between, after أيام


def fa_list(days, joiner, spaced=False):
    names = [FA_WEEKDAYS[d] for d in days]
    if spaced:
        names = [x.replace("\u200c", " ") for x in names]
    if joiner == "waw":
        return " و ".join(names)
    return "، ".join(names[:-1]) + " و " + names[-1]


def list_days(n):
    """n weekdays one after another (Monday = 0), and a reference whose
    weekday is none of them, so that every reading of "next" agrees."""
    start = rng.randint(0, 6)
    days = [(start + k) % 7 for k in range(n)]
    ref = dt.date(2021, 1, 4) + rng.randint(0, 1800) * DAY
    while ref.weekday() in days:
        ref += DAY
    return days, ref


# Arabic: a qualifier after the last places the list.
QUALIFIERS = [("المقبلة", +1), ("القادمة", +1), ("المقبلين", +1), ("القادمين", +1), ("الماضية", -1)]
for n in range(15):
    count = 3 if n % 3 else 4
    days, ref = list_days(count)
    word, sign = QUALIFIERS[n % len(QUALIFIERS)]
    last = next_after(ref, days[-1]) if sign > 0 else last_before(ref, days[-1])
    first = last - (count - 1) * DAY
    joiner = ("waw", "comma", "none")[n % 3]
    head = "أيام " if joiner == "none" or n % 2 == 0 else ""
    surface = f"{ar_list(days, joiner)} {word}"
    text = f"وتقام المنافسات {head}{surface} في ملعب المدينة."
    out.append(case(text, "ar", ref.isoformat(), [want(surface, "relative", span(first, count), "day")]))

# Arabic: after أيام with no qualifier, three or more one after another; the
# first is the weekday nearest the reference.
for n in range(6):
    days, ref = list_days(3 + n % 2)
    joiner = ("waw", "comma", "none")[n % 3]
    surface = ar_list(days, joiner)
    first = nearest(ref, days[0])
    out.append(case(f"تشهد المدينة أيام {surface} حملة تطعيم واسعة.", "ar", ref.isoformat(),
                    [want(surface, "relative", span(first, len(days)), "day")]))

# Persian: a named week or آینده after the last places the list, with روزهای
# (or روز های, its ZWNJ lost) before it or not.
for n in range(12):
    count = 3 if n % 4 else 4
    days, ref = list_days(count)
    # weeks run Saturday (5) to Friday (4): a list inside one week
    start = rng.randint(0, 7 - count)
    days = [(5 + start + k) % 7 for k in range(count)]
    while ref.weekday() in days:
        ref += DAY
    saturday_next = next_after(ref, 5)
    kind = ("هفته آینده", "آینده", "هفته بعد")[n % 3]
    if kind == "آینده":
        first = next_after(ref, days[-1]) - (count - 1) * DAY
    else:
        first = saturday_next + start * DAY
    head = ("روزهای ", "روز های ", "")[n % 3]
    surface = f"{fa_list(days, ('waw', 'comma')[n % 2], spaced=n % 4 == 1)} {kind}"
    text = f"کلاس‌های حضوری {head}{surface} برگزار می‌شود."
    out.append(case(text, "fa", ref.isoformat(), [want(surface, "relative", span(first, count), "day")]))

# Negatives: lists that recur, and a clock after them.
for n, (text, lang) in enumerate([
        ("العطلة الأسبوعية أيام الجمعة والسبت في أغلب الدوائر.", "ar"),
        ("يفتح المتحف أبوابه أيام الجمعة والسبت والأحد للزوار.", "ar"),
        ("تعرض الحلقات أيام الأحد والثلاثاء والخميس على القناة.", "ar"),
        ("يبث البرنامج أيام الخميس الساعة العاشرة صباحا.", "ar"),
        ("تقام الدروس أيام الاثنين والأربعاء من الساعة الرابعة عصرا.", "ar"),
        ("این برنامه روزهای پنجشنبه ساعت ۱۰ صبح پخش می‌شود.", "fa"),
        ("کلاس‌ها روزهای یکشنبه، سه‌شنبه و پنجشنبه ساعت ۹ صبح برگزار می‌شود.", "fa"),
        ("بازار روزهای جمعه تعطیل است.", "fa")]):
    out.append(case(text, lang, "2024-06-12", []))

# Two weekdays alone are two days (the second the day after the first); a list whose last has its date is of days
# each alone.
for n in range(4):
    ref = dt.date(2022, 3, 1) + rng.randint(0, 900) * DAY
    a = rng.randint(0, 6)
    b = (a + 1) % 7
    text = f"تنطلق الدورة {AR_WEEKDAYS[a]} و{AR_WEEKDAYS[b]} في العاصمة."
    # (the second is the day after the first, not the nearest on the reference's other side)
    out.append(case(text, "ar", ref.isoformat(), [want(AR_WEEKDAYS[a], "relative", nearest(ref, a).isoformat(), "day"),
                                                  want(AR_WEEKDAYS[b], "relative", (nearest(ref, a) + DAY).isoformat(), "day")]))
for n in range(3):
    ref = dt.date(2023, 1, 2) + rng.randint(0, 700) * DAY
    dated = ref + rng.randint(3, 6) * DAY
    a, b = (dated.weekday() + 2) % 7, (dated.weekday() + 3) % 7  # not the day before the dated one
    surface = f"{AR_WEEKDAYS[dated.weekday()]} {dated.day} {AR_GREG[dated.month - 1]}"
    text = f"تجرى الجولة أيام {AR_WEEKDAYS[a]} و{AR_WEEKDAYS[b]} و{surface}، بمشاركة الفرق كلها."
    out.append(case(text, "ar", ref.isoformat(), [want(AR_WEEKDAYS[a], "relative", nearest(ref, a).isoformat(), "day"),
                                                  want(AR_WEEKDAYS[b], "relative", nearest(ref, b).isoformat(), "day"),
                                                  want(surface, "gregorian", dated.isoformat(), "day", ["year_inferred"])]))

# An election's year, its words before it.
AR_ELECTIONS = ["بانتخابات النواب {y}،", "للانتخابات العامة {y}،", "الممهدة لرئاسيات {y} في", "في انتخابات مجلس الشيوخ {y}، وذلك",
                "المرشح المحتمل لرئاسة الجمهورية {y} في", "انتخابات مجلس النواب العراقي {y} المقبلة", "نتائج الانتخابات التشريعية {y} تظهر",
                "وانتخابات البلديات {y} كذلك"]
for n, form in enumerate(AR_ELECTIONS):
    y = rng.choice([2011, 2014, 2019, 2020, 2021, 2024, 2025])
    digits = SCRIPTS[(0, 2)[n % 2]]
    year = digits(str(y))
    out.append(case("وأعلنت الهيئة " + form.format(y=year) + " حسب البيان.", "ar", None,
                    [want(year, "gregorian", str(y), "year")]))
for n, (form, jy) in enumerate([("نتایج انتخابات ریاست جمهوری {y} ساعت ۱۰ صبح اعلام شد", 1400),
                                ("انتخابات مجلس {y} با مشارکت کم برگزار شد", 1402),
                                ("در انتخابات شوراهای شهر {y} نامزد شد", 1396)]):
    year = SCRIPTS[1](str(jy))
    text = form.format(y=year)
    out.append(case(text + ".", "fa", None, [want(year, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("وترشح في الانتخابات البلدية 2000 مرشح في كل الدوائر.", "ar", None, []))
out.append(case("وقالت إن جمهورية مصر 2021 شهدت نموا.", "ar", None, []))

# On this day, with ف on في or without في.
for n, head in enumerate(["ففي هذا اليوم من عام", "ففي مثل هذا اليوم من سنة", "مثل هذا اليوم من العام", "وفي هذا اليوم من عام"]):
    ref = dt.date(2022, 1, 1) + rng.randint(0, 1000) * DAY
    if ref.month == 2 and ref.day == 29:
        ref -= DAY
    y = rng.randint(1920, 1990)
    surface = f"{head} {y}".removeprefix("و")  # و written on is no part of a match
    out.append(case(f"{head} {y} أعلنت الحركة الوطنية بيانها.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", ref.replace(year=y).isoformat(), "day")]))
out.append(case("مثل هذا اليوم ليس عاديا في حياة المدينة.", "ar", "2024-06-12", []))

# A tatweel between digits: a dash.
for n in range(3):
    a = rng.randint(1880, 1950)
    b = a + rng.randint(20, 70)
    digits = SCRIPTS[1 + n % 2]
    surface = f"{digits(str(a))}\u0640{digits(str(b))}"
    out.append(case(f"محمد ظاهرشاه ({surface}) پادشاه افغانستان بود.", "fa", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))
out.append(case("وفاز الفريق على غريمه 2\u06401 في مباراة مؤجلة.", "ar", None, []))

# The ezafe's ی written on without a ZWNJ.
for n in range(6):
    ref = dt.date(2022, 1, 1) + rng.randint(0, 1000) * DAY
    wd = rng.randint(0, 6)
    saturday_next = next_after(ref, 5)
    glued = FA_WEEKDAYS[wd].replace("\u200c", "") + "ی"
    if n % 2 == 0:
        surface = f"{glued} هفتهی آینده"
        day = saturday_next + ((wd - 5) % 7) * DAY
    else:
        surface = f"{glued} هفتهی گذشته"
        day = saturday_next - 14 * DAY + ((wd - 5) % 7) * DAY
    out.append(case(f"جلسه در {surface} برگزار شد.", "fa", ref.isoformat(), [want(surface, "relative", day.isoformat(), "day")]))
for n, (word, sign) in enumerate([("آیندهی", 1), ("گذشتهی", -1)]):
    ref = dt.date(2023, 5, 1) + rng.randint(0, 600) * DAY
    jy_ref = next(y for y in range(1395, 1410) if solar_hijri_year(y)[:10] <= ref.isoformat() <= solar_hijri_year(y)[11:])
    surface = f"سال {word} خورشیدی"
    out.append(case(f"این طرح در {surface} اجرا می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "relative", solar_hijri_year(jy_ref + sign), "year")]))

# The minute as an ordinal of units and tens after والدقيقة.
UNITS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"]
TENS = {20: "والعشرين", 30: "والثلاثين", 40: "والأربعين", 50: "والخمسين"}
HOURS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
         "الحادية عشرة"]
for n in range(6):
    ref = dt.date(2023, 1, 1) + rng.randint(0, 900) * DAY
    h = rng.randint(1, 11)
    mm = rng.choice([20, 30, 40, 50]) + rng.randint(1, 9)
    tens = TENS[mm // 10 * 10] if n % 2 else TENS[mm // 10 * 10].replace("و", "و ", 1)
    surface = f"الساعة {HOURS[h - 1]} والدقيقة {UNITS[mm % 10 - 1]} {tens} صباحا"
    out.append(case(f"ويبدأ الحفل اليوم عند {surface} في القاعة.", "ar", ref.isoformat(),
                    [want(f"اليوم عند {surface}", "relative", clock_value(ref, h, mm, "Asia/Riyadh"), "minute")],
                    tz="Asia/Riyadh"))

# Two digits after سال with a Solar Hijri era word; a Solar Hijri calendar's year.
for n, era in enumerate(["خورشیدی", "شمسی", "هجری شمسی"]):
    jy = rng.randint(1360, 1399)
    surface = f"سال {SCRIPTS[n % 2](str(jy - 1300))} {era}"
    out.append(case(f"این قانون در {surface} تصویب شد.", "fa", None, [want(f"در {surface}", "jalali", solar_hijri_year(jy), "year")]))
for jy in (1402, 1403):
    year = SCRIPTS[1](str(jy))
    out.append(case(f"تقویم {year} منتشر شد.", "fa", None, [want(year, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))


def solar_hijri_day(jy, jm, jd):
    """The Gregorian day of jy/jm/jd: months of 31 days, then 30, Esfand 29 or 30."""
    first = dt.date.fromisoformat(solar_hijri_year(jy)[:10])
    return first + ((jm - 1) * 31 if jm <= 7 else 186 + (jm - 7) * 30) * DAY + (jd - 1) * DAY


# A list of days after مورخ, and weekdays before it that fit them.
for n in range(4):
    jy, jm = rng.randint(1399, 1403), rng.randint(1, 6)
    jd = rng.randint(1, 26)
    days = [jd, jd + 1, jd + 2]
    first = solar_hijri_day(jy, jm, jd)
    names = [FA_WEEKDAYS[(first + k * DAY).weekday()] for k in range(3)]
    digits = SCRIPTS[1]
    dated = f"{digits(str(days[0]))}، {digits(str(days[1]))} و {digits(str(days[2]))} {FA_JALALI[jm - 1]} ماه {digits(str(jy))}"
    if n % 2:
        surface = f"{names[0]}، {names[1]} و {names[2]} مورخ {dated}"
    else:
        surface = dated
    ref = first - rng.randint(1, 300) * DAY  # the weekdays, read from it, fit the days they name
    out.append(case(f"آزمون روزهای {surface} برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{first.isoformat()}/{(first + 2 * DAY).isoformat()}", "day")]))

# The eastern and western United States as written zones.
for n, (zone_words, zone, lang) in enumerate([("به وقت آمریکای شرقی", "America/New_York", "fa"),
                                               ("به وقت شرق آمریکا", "America/New_York", "fa"),
                                               ("بتوقيت شرق الولايات المتحدة", "America/New_York", "ar"),
                                               ("به وقت ساحل غربی آمریکا", "America/Los_Angeles", "fa")]):
    ref = dt.date(2024, 1, 10) + rng.randint(0, 500) * DAY
    h = rng.randint(7, 11)
    if lang == "fa":
        surface = f"ساعت {SCRIPTS[1](str(h))} بعدازظهر {zone_words}"
        text = f"حوزه‌ها امروز {surface} بسته می‌شوند."
        expect = want(f"امروز {surface}", "relative", clock_value(ref, h + 12, 0, zone), "minute")
    else:
        surface = f"الساعة {HOURS[h - 1]} مساء {zone_words}"
        text = f"تغلق الصناديق اليوم {surface} حسب اللجنة."
        expect = want(f"اليوم {surface}", "relative", clock_value(ref, h + 12, 0, zone), "minute")
    out.append(case(text, lang, ref.isoformat(), [expect], tz="Asia/Tehran" if lang == "fa" else "Asia/Riyadh"))

# Two decades and the century after the second; Persian decades in words.
DECADES = {30: "ثلاثينيات", 40: "أربعينيات", 50: "خمسينيات", 60: "ستينيات", 70: "سبعينيات", 80: "ثمانينيات"}
CENTURIES = [("القرن العشرين", 1900, None), ("القرن الماضي", 1900, "2015-06-01"), ("من القرن العشرين", 1900, None),
             ("القرن التاسع عشر", 1800, None)]
for n, (century, base, ref) in enumerate(CENTURIES):
    a = rng.choice([30, 40, 50, 60])
    b = a + 10 * rng.randint(1, 2)
    first = DECADES[a] if n % 2 == 0 else "لل" + DECADES[a].replace("يات", "ات")
    surface = f"{first} و{DECADES[b]} {century}"
    out.append(case(f"ازدهرت الحركة الفنية في {surface} في المدينة.", "ar", ref,
                    [want(surface, "gregorian", f"{base + a}-01-01/{base + b + 9}-12-31", "year")]))
out.append(case("وكانت أسعار النفط بالنسبة للثمانينيات مرتفعة.", "ar", None,
                [want("للثمانينيات", "gregorian", "1980-01-01/1989-12-31", "year")]))
FA_TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد"}
for n, tens in enumerate([(60, 70), (50, 60), (20, 30, 40, 50), (40, 50, 60)]):
    words = " و ".join(FA_TENS[t] for t in tens)
    surface = f"{('دهه', 'دهه‌های')[n % 2]} {words}"
    first = solar_hijri_year(1300 + tens[0])[:10]
    last = solar_hijri_year(1300 + tens[-1] + 9)[11:]
    out.append(case(f"سینمای ایران در {surface} رونق گرفت.", "fa", None, [want(surface, "jalali", f"{first}/{last}", "year")]))
out.append(case("در دهه هفتاد و پنج نفر عضو بودند.", "fa", None, []))

# A month with "last year" and the year in brackets.
for n in range(3):
    jy, jm = rng.randint(1398, 1403), rng.randint(1, 11)
    first = solar_hijri_day(jy, jm, 1)
    last = solar_hijri_day(jy, jm + 1, 1) - DAY
    surface = f"{FA_JALALI[jm - 1]} ماه سال گذشته ({SCRIPTS[1](str(jy))})"
    out.append(case(f"کارگران گفتند از {surface} طلبکاریم.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month")]))

# A year in words after منذ عام.
AR_UNITS = {1: "واحد", 2: "اثنين", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"}
for n, y in enumerate([2005, 2009, 2013, 2017, 2019]):
    u = y - 2000
    words = f"ألفين و{AR_UNITS[u]}" if u < 10 else f"ألفين و{AR_UNITS[u - 10]} عشر"
    head = ("عام", "سنة")[n % 2]
    surface = f"{head} {words}"
    out.append(case(f"يعمل في المؤسسة منذ {surface} دون انقطاع.", "ar", "2024-03-01", [want(surface, "gregorian", str(y), "year")]))
out.append(case("غادر المدينة منذ عام واحد فقط.", "ar", "2024-03-01", [want("منذ عام واحد", "relative", "2023-03-01", "year")]))

# Not dates: what recurs every year or week, a prayer's Friday, the dead's fortieth day.
for text, lang in [("الذكرى التي تحل في كل عام هجري في الثاني عشر من شهر ربيع الأول.", "ar"),
                   ("وستدمج العطلة مع عطلة نهاية الأسبوع الرسمية (السبت والأحد) في الإمارة.", "ar"),
                   ("امامان جمعه در خطبه‌ها از مردم خواستند.", "fa"),
                   ("خانواده شهدا در تدارک مراسم اربعین عزیزان خود بودند.", "fa"),
                   ("ما که در کابل هستیم در ۲۴ ساعت ۱۲ ساعت برق داریم.", "fa"),
                   ("در شبانه روز 8 ساعت خاموشی داریم و ساعت 6 ساعت کار.", "fa")]:
    out.append(case(text, lang, "2025-09-03", []))

# A weekday-dated day after a written year, on a page years later.
made = 0
while made < 6:
    persian = made % 2 == 0
    if persian:
        y = rng.randint(1385, 1396)
        jm, jd = rng.randint(1, 6), rng.randint(1, 28)
        day = solar_hijri_day(y, jm, jd)
        ref = solar_hijri_day(y + rng.randint(5, 14), rng.randint(1, 12), 5)
        # the day in the reference's year and the one after: neither the weekday written
        ref_y = next(k for k in range(1380, 1420) if solar_hijri_year(k)[:10] <= ref.isoformat() <= solar_hijri_year(k)[11:])
        near = [solar_hijri_day(k, jm, jd) for k in (ref_y - 1, ref_y, ref_y + 1)]
        if near[1].weekday() == day.weekday() or day.weekday() not in (near[0].weekday(), near[2].weekday()):
            continue  # the weekday fits a year next to the reference's, not its own
        surface = f"روز {FA_WEEKDAYS[day.weekday()]} {SCRIPTS[1](str(jd))} {FA_JALALI[jm - 1]}"
        text = f"تعطیلات سال {SCRIPTS[1](str(y))} اعلام شد. دور دوم از {surface} آغاز می‌شود."
        out.append(case(text, "fa", ref.isoformat(), [want(f"سال {SCRIPTS[1](str(y))}", "jalali", solar_hijri_year(y), "year", ["calendar_guessed"]),
                                                      want(surface, "jalali", day.isoformat(), "day", ["year_inferred"])]))
    else:
        y = rng.randint(2008, 2016)
        day = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        ref = dt.date(y + rng.randint(5, 14), rng.randint(1, 12), 5)
        near = [day.replace(year=k) for k in (ref.year - 1, ref.year, ref.year + 1)]
        if near[1].weekday() == day.weekday() or day.weekday() not in (near[0].weekday(), near[2].weekday()):
            continue
        surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]}"
        text = f"أعلنت الوزارة عطل عام {y}. وتبدأ العطلة الثانية {surface} في كل المدارس."
        out.append(case(text, "ar", ref.isoformat(), [want(f"عام {y}", "gregorian", str(y), "year"),
                                                      want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])]))
    made += 1

# Weekdays, then في and their days.
for n in range(3):
    first = dt.date(2019, 1, 1) + rng.randint(0, 1500) * DAY
    names = [AR_WEEKDAYS[(first + k * DAY).weekday()] for k in range(3)]
    days = [(first + k * DAY) for k in range(3)]
    if days[2].month != first.month:
        continue
    surface = f"{names[0]} و{names[1]} و{names[2]} في {days[0].day} و{days[1].day} و{days[2].day} {AR_GREG[first.month - 1]} {first.year}"
    out.append(case(f"تقام الدورة أيام {surface} في بيروت.", "ar", (first - 20 * DAY).isoformat(),
                    [want(surface, "gregorian", f"{first.isoformat()}/{days[2].isoformat()}", "day")]))

# A headline's year before a colon, a history's year before one, a month and
# its qualifier with the year after them.
for n in range(3):
    y = rng.randint(2011, 2029)
    if y % 100 == 0:
        y += 1
    out.append(case(f"البريد المصري {y}: جدول المواعيد الرسمي والخدمات\nأعلنت الهيئة المواعيد.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")]))
for n in range(2):
    a, b = rng.randint(1920, 1960), rng.randint(1961, 1999)
    text = f"{a} : الإنشاء أنشئ الصندوق في العاصمة. {b} : إعتماد نظام النقط في احتساب المعاشات."
    out.append(case(text, "ar", None, [want(str(a), "gregorian", str(a), "year"), want(str(b), "gregorian", str(b), "year")]))
for n, (word, month) in enumerate([("المقبل", 9), ("القادم", 3), ("الماضي", 11)]):
    y = rng.randint(2015, 2026)
    names = (AR_GREG, ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
                       "ديسمبر"])[n % 2]
    surface = f"بداية {names[month - 1]} {word} {y}"
    out.append(case(f"موعد الصرف المتوقع {surface}، حسب الوزارة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{month:02d}", "month")]))
out.append(case("ينتظر في سبتمبر المقبل 2000 شخص دورهم.", "ar", None, []))

emit("forms of the eighty-ninth real-text sets: generated by tools/gen/cases_eighty_ninth_sets.py (oracles: datetime, "
     "convertdate)", out)
