#!/usr/bin/python3
"""Writes tests/extract/cases/four_hundred_eighth_sets.jsonl: forms met in the
four-hundred-and-eighth real-text sets and after, generated across their
families.

- Not a day: "ago" after a word for what goes on, or stays shut or stopped,
  since then (الحرب المستمرة منذ عامين, إضراب متواصل منذ شهرين, المعبر المغلق منذ
  ثلاث سنوات, العالقين منذ يومين): how long, no point; after a verb (اندلعت منذ
  عامين, وصل الوفد منذ يومين) it stays the day that far back.
- Not a clock: Kabul's daily Hasht-e Subh quoted (به نقل از ۸صبح); ساعت ۸صبح stays.
- A month's qualifier "previous" (شهر يناير السابق 2023) and a year written
  after the qualifier with ل on the year word (شهر مايو الماضي لعام 2022, مايو
  المقبل للعام 2026): that month of the year written.
- Decades from one to a later one (من الخمسينيات الى التسعينيات, من الستينات حتى
  الثمانينات, از دهه ۱۹۶۰ تا اواخر دهه ۱۹۸۰, دهه‌های ۵۰ تا ۹۰ میلادی, از دهه ۵۰ تا
  دهه ۷۰, دهه ۶۰ تا ۸۰): one span, in the calendar named after the second or the
  text's.
- A founding's year after the passive (الذي أنشئ 2022, التي أنشئت 1990); not a count. A
  year after في before a subjunctive of four letters on ل (في 2020 ليصل إلى).
- What a thing dates back to (يعود تاريخ المقهى إلى 1920, ويرجع بناؤه إلى 1880,
  به ۱۲۹۷ برمی‌گردد, به۱۳۴۰ باز می‌گردد): the year; not a count (به ۲۰۰۰ نفر
  برمی‌گردد, يعود إلى 2000 شخص).
- Not yesterday, not today, not tonight: a span of days and nights (طی سه
  شبانه روز گذشته), a newspaper (روزنامه آرمان امروز), a mawlid's closing or
  great night (الليلة الختامية لمولد, الليلة الكبيرة).
- Two days side by side after يومي typed right to left with a slash (يومي
  21/20 نوفمبر): the two days.
- A span of weekdays after روزهای that is not the working week and has no
  hours after it (بارش در روزهای شنبه تا دوشنبه, روزهای چهارشنبه تا جمعه): those
  days; روزهای شنبه تا چهارشنبه and a span with its hours recur.
- Places named for a day: a stadium with the article or ب (الملعب الخامس
  جويلية, باستاد 22 مايو), a sports complex (بمركب 5 جويلية), a dam (سد ۱۵
  خرداد); a date after في or يوم near the word stays.
- A day number with last or next after the day word or في (يوم 26 الماضي, في 15
  المقبل): that day of last or next month.
- From the start of a year, or from the year, to a day or month of it written
  without its year (منذ بداية سنة 2012 إلى غاية منتصف شهر أكتوبر الفارط, من عام
  2021، وحتى 26 نوفمبر): one span in that year, with or without a reference.
- May as می before روز (8 می روز جهانی صلیب سرخ است); not last year: a year
  and a half gone by (یکونیم سال گذشته).
- Not a day: a newspaper "<word> today" in quotes in Persian (نشریه «شهروند
  امروز»), a weekly named by a day with the ZWNJ lost (هفتهنامه «9 دی»), the given
  name محمد جمعه. The baccalaureate's year with ل on the word (لبكالوريا 2016). A
  Solar Hijri date between dashes glued to the word before it (شدند10-مرداد-1401).
- The entrance exam's Solar Hijri year by its last two digits (کنکور ۹۹); a year
  and its month in figures after the word date (در تاریخ 1397/11, بتاريخ 2019/11).
- GMT with its dots, and a zone with its offset in brackets after a clock
  (الساعة 4:00 ت.غ, الساعة الرابعة من عصر الثلاثاء (ت.ج+3), 16:00 (GMT+3)): the
  written offset.

Days come from datetime, Solar Hijri months and days from convertdate;
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_four_hundred_eighth_sets.py >
tests/extract/cases/four_hundred_eighth_sets.jsonl"""
import calendar
import random

import datetime as dt

from case_form import (AR_DIGITS, AR_GREG, AR_LEVANTINE, FA_DIGITS, FA_JALALI, case, clock_value, emit, jdate, nearest,
                       solar_hijri_year, want)

rng = random.Random(408)
out = []
DAY = dt.timedelta(days=1)
LATIN = str.maketrans("", "")
SCRIPTS = [LATIN, FA_DIGITS, AR_DIGITS]
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALGERIAN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = [AR_GREG, MAGHREB, ALGERIAN, AR_LEVANTINE]


def add_months(day, n):
    """The same day n months on (the month's last day when it has fewer)."""
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def ref_day():
    return dt.date(rng.randrange(2012, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


# "Ago" after a word for what lasts: no day.
LASTING = ["المستمرة", "المستمر", "مستمرة", "مستمر", "المتواصلة", "المتواصل", "الدائرة", "المستعرة", "المتوقفة", "المغلق",
           "المقطوعة", "المنقطعة", "المتراكمة", "العالقين"]
SPANS = ["عامين", "ثلاث سنوات", "أسبوعين", "شهرين", "5 أيام", "عشر سنوات", "ثمانية أشهر"]
for n, word in enumerate(LASTING):
    span = SPANS[n % len(SPANS)].translate(SCRIPTS[2 * (n % 2)])
    out.append(case(f"وقد تركت الأزمة {word} منذ {span} آثارا كبيرة على السكان.", "ar", ref_day().isoformat(), []))
# After a verb: that day back.
for n, (verb, span, back, gran) in enumerate([("اندلعت", "عامين", ("years", 2), "year"), ("وصل الوفد", "يومين", ("days", 2), "day"),
                                             ("بدأت", "ثلاثة أشهر", ("months", 3), "month"), ("غادر", "أسبوعين", ("days", 14), "week")]):
    ref = ref_day()
    kind, k = back
    day = (dt.date(ref.year - k, ref.month, ref.day) if kind == "years" else add_months(ref, -k) if kind == "months"
           else ref - k * DAY)
    out.append(case(f"{verb} منذ {span} في المدينة.", "ar", ref.isoformat(), [want(f"منذ {span}", "relative", day.isoformat(), gran)]))

# Hasht-e Subh quoted: no clock.
for n, lead in enumerate(["به نقل از ۸صبح، ولسوال گفت", "به نقل از 8صبح، مقامات گفتند", "به نقل ز ۸صبح، این خبر تایید شد",
                          "به گزارش اسپوتنیک به نقل از ۸ صبح، والی گفت"]):
    out.append(case(f"{lead} که راه بسته است.", "fa", "2020-01-08", []))
for n in range(2):
    ref = ref_day()
    out.append(case(f"جلسه ساعت {['۸صبح', '8 صبح'][n]} امروز برگزار شد", "fa", ref.isoformat(),
                    [want(f"ساعت {['۸صبح', '8 صبح'][n]} امروز", "relative", clock_value(ref, 8, 0, "Asia/Tehran"), "minute")]))

# A month "previous" with its year; a year on ل after the qualifier.
for n in range(8):
    names = NAMES[n % 4]
    m, y = rng.randrange(1, 13), rng.randrange(2000, 2027)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    qual = ["السابق", "الماضي", "المنصرم", "الفائت"][n % 4]
    year = ["", "لعام ", "للعام ", "لسنة "][(n // 2) % 4]
    if qual != "السابق" and not year:
        year = "لعام "
    surface = f"شهر {names[m - 1]} {qual} {year}{ys}"
    out.append(case(f"ارتفعت الأسعار في {surface} بشكل كبير.", "ar", None, [want(surface, "gregorian", f"{y}-{m:02d}", "month")]))
for n in range(4):
    m, y = rng.randrange(1, 13), rng.randrange(2000, 2027)
    surface = f"{AR_GREG[m - 1]} {['المقبل', 'القادم'][n % 2]} {['للعام', 'لعام'][n // 2]} {y}"
    out.append(case(f"ويبدأ التطبيق في {surface}.", "ar", None, [want(surface, "gregorian", f"{y}-{m:02d}", "month")]))
# السابق alone: the last such month before the reference.
for n in range(3):
    ref = ref_day()
    m = rng.randrange(1, 13)
    y = ref.year if m < ref.month else ref.year - 1
    surface = f"شهر {AR_GREG[m - 1]} السابق"
    out.append(case(f"زادت الأسعار مرتين في {surface}.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{y}-{m:02d}", "month", ["year_inferred"])]))

# Decades from one to a later one.
AR_DECADES = {20: "العشرينيات", 30: "الثلاثينيات", 40: "الأربعينيات", 50: "الخمسينيات", 60: "الستينيات", 70: "السبعينيات",
              80: "الثمانينيات", 90: "التسعينيات"}
AR_DECADES_SHORT = {50: "الخمسينات", 60: "الستينات", 70: "السبعينات", 80: "الثمانينات", 90: "التسعينات"}
for n in range(8):
    a = rng.choice([20, 30, 40, 50, 60, 70])
    b = rng.choice([d for d in (40, 50, 60, 70, 80, 90) if d > a])
    names = AR_DECADES if n % 2 == 0 or a < 50 else AR_DECADES_SHORT
    to = ["الى", "إلى", "حتى", "ولغاية"][n % 4]
    from_word = n < 5
    surface = f"{'من ' if from_word else ''}{names[a]} {to} {names[b]}"
    out.append(case(f"ازدهرت المقاهي {'' if from_word else 'في '}{surface} في المدينة.", "ar", None,
                    [want(surface, "gregorian", f"19{a}-01-01/19{b + 9}-12-31", "year")]))
# Persian: Gregorian decades in four digits (the part word before the second), two-digit ones with the calendar after
# the second, and Solar Hijri ones (the text's calendar).
for n in range(4):
    a = rng.choice([1940, 1950, 1960, 1970])
    b = rng.choice([d for d in (1960, 1970, 1980, 1990) if d > a])
    part = ["", "اواخر ", "اوایل ", ""][n]
    surface = f"از دهه {a} تا {part}دهه {b}".translate(SCRIPTS[n % 2])
    out.append(case(f"{surface}، نفوذ این کشور افزایش یافت", "fa", None, [want(surface, "gregorian", f"{a}-01-01/{b + 9}-12-31", "year")]))
for n in range(4):
    a = rng.choice([20, 30, 40, 50, 60])
    b = rng.choice([d for d in (40, 50, 60, 70, 80, 90) if d > a])
    word = ["دهه های", "دهه‌های", "دهه", "دهه‌ی"][n]
    era = ["میلادی", "میلادی", "میلادی", "میلادی"][n]
    surface = f"{word} {a} تا {b} {era}".translate(SCRIPTS[n % 2])
    out.append(case(f"خودروهای مربوط به {surface}، در نمایشگاه بود", "fa", None,
                    [want(surface, "gregorian", f"19{a}-01-01/19{b + 9}-12-31", "year")]))
for n in range(5):
    a = rng.choice([40, 50, 60, 70])
    b = rng.choice([d for d in (50, 60, 70, 80, 90) if d > a])
    second = ["دهه ", "", "دهه ", "", ""][n]
    word = ["دهه", "دهه", "دهه‌های", "دهه های", "دهه"][n]
    surface = f"{word} {a} تا {second}{b}".translate(SCRIPTS[n % 2])
    first = solar_hijri_year(1300 + a).split("/")[0]
    last = solar_hijri_year(1300 + b + 9).split("/")[1]
    out.append(case(f"از {surface} این فیلم‌ها ساخته شد", "fa", None, [want(f"از {surface}", "jalali", f"{first}/{last}", "year")]))

# What a thing dates back to.
for n in range(6):
    y = rng.randrange(1800, 2011)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    verb = ["يعود تاريخ المقهى", "ويرجع بناؤه", "تعود نشأة السوق", "يعود تأسيس النادي", "وترجع الحكاية", "يعود"][n]
    out.append(case(f"{verb} إلى {ys} حين افتتحه أحد التجار.", "ar", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("يعود إلى 2000 شخص يعملون في الميناء.", "ar", None, []))
# A founding's year after the passive (الذي أنشئ 2022, التي أنشئت 1990); not a count (أنشئ 2000 مسكن).
for n in range(4):
    y = rng.randrange(1900, 2026)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    out.append(case(f"{['هذا الملعب، الذي أنشئ', 'الجمعية التي أنشئت'][n % 2]} {ys}، هو الأكبر في البلاد.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
out.append(case("أنشئ 2000 مسكن في المدينة.", "ar", None, []))
# A year after في before a four-letter subjunctive on ل (في 2020 ليصل إلى, في 2019 لتصل إلى); not before ليرة.
for n in range(3):
    y = rng.randrange(2000, 2026)
    verb = ["ليصل", "لتصل", "ليتم"][n]
    out.append(case(f"تراجع العدد قليلاً في {y} {verb} إلى 2968، ثم عاد للارتفاع.", "ar", None, [want(f"في {y}", "gregorian", str(y), "year")]))
out.append(case("اشتريته في 2000 ليرة.", "ar", None, []))
for n in range(6):
    jy = rng.randrange(1250, 1400)
    ys = str(jy).translate(SCRIPTS[n % 2])
    glue = ["به", "به ", "به ", "به", "به ", "به "][n]
    verb = ["برمیگردد", "برمی‌گردد", "بر می گردد", "باز می‌گردد", "بازمی‌گردد", "برمی گردد"][n]
    # (A bare year's calendar is the text's guess: flagged.)
    out.append(case(f"سال تاسیس این کافه {glue}{ys} {verb} و هنوز باز است", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("تعداد زائران به ۲۰۰۰ نفر برمی‌گردد", "fa", None, []))

# Not yesterday, today or tonight.
for text, lang in [("طوفان ها در جریان حدود سه شبانه روز گذشته چندین ولایت را آماج قرار داده", "fa"),
                   ("در شبانه‌روز گذشته ۵ نفر کشته شدند", "fa"), ("پیش بینی می شود در دو شبانه روز آینده باران ببارد", "fa"),
                   ("روزنامه آرمان امروز در گزارشی نوشت", "fa"), ("آرمان امروز : در سالهای اخیر گرد و غبار افزایش یافته", "fa"),
                   ("توافد الآلاف لإحياء الليلة الختامية لمولد السيد البدوي", "ar"), ("وتشهد الليلة الكبيرة للمولد حضورا كبيرا", "ar")]:
    out.append(case(text, lang, "2025-10-16", []))
out.append(case("روز گذشته باران آمد", "fa", "2025-10-16", [want("روز گذشته", "relative", "2025-10-15", "day")]))
out.append(case("تحيي الفرقة الليلة حفلا", "ar", "2025-10-16", [want("الليلة", "relative", "2025-10-16", "day")]))

# يومي, two days typed right to left with a slash.
for n in range(6):
    names = NAMES[n % 4]
    m = rng.randrange(1, 13)
    d = rng.randrange(2, 28)
    yr = rng.randrange(2000, 2027) if n % 2 else None
    tail = f" {yr}" if yr else ""
    surface = f"{d + 1}/{d} {names[m - 1]}{tail}".translate(SCRIPTS[2 * (n % 3 == 2)])
    y = str(yr) if yr else "XXXX"
    out.append(case(f"وتصادف الذكرى هذا العام يومي {surface}، في المدينة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m:02d}-{d:02d}/{y}-{m:02d}-{d + 1:02d}", "day",
                          [] if yr else ["unresolved"])]))

# A span of weekdays after روزهای: those days, unless the working week or with hours after it.
FA_SAT = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]  # from Saturday
for n in range(8):
    ref = ref_day()
    a = rng.randrange(0, 6)
    b = rng.randrange(a + 1, 7)
    if a == 0 and b in (4, 5):
        b = 2
    py_a, py_b = (a + 5) % 7, (b + 5) % 7  # date.weekday(): Monday 0, Saturday 5
    first = nearest(ref, py_a)
    last = nearest(ref, py_b)
    if last < first:
        last += 7 * DAY
    while (last - first).days >= 7:
        first += 7 * DAY
    surface = f"{FA_SAT[a]} تا {FA_SAT[b]}"
    out.append(case(f"به گفته کارشناسان، بارش برف در روزهای {surface} ادامه دارد.", "fa", ref.isoformat(),
                    [want(surface, "relative", f"{first.isoformat()}/{last.isoformat()}", "day")]))
for text in ["ادارات در روزهای شنبه تا چهارشنبه باز هستند", "بانک‌ها روزهای شنبه تا پنجشنبه فعالند",
             "روزهای یکشنبه تا سه‌شنبه از ساعت ۸ تا ۱۴ باز است"]:
    out.append(case(text, "fa", "2025-09-18", []))

# Places named for a day.
for text, lang in [("أرضية الملعب الخامس جويلية تحضيرا للموسم الجديد", "ar"), ("أشغال التأهيل الخاصة باستاد 22 مايو الدولي", "ar"),
                   ("تجري المباراة بمركب 5 جويلية الأولمبي", "ar"), ("استاد 22 مايو", "ar"), ("لاستاد 22 مايو جمهور كبير", "ar"),
                   ("کشف جسد فرد غرق شده در سد ۱۵ خرداد دلیجان", "fa"), ("سطح آب سد 15 خرداد کاهش یافت", "fa")]:
    out.append(case(text, lang, "2021-08-29", []))
out.append(case("وصل الملعب يوم 5 جويلية 2021 إلى حالته النهائية", "ar", None,
                [want("5 جويلية 2021", "gregorian", "2021-07-05", "day")]))
out.append(case("آب سد در ۱۵ خرداد ۱۴۰۰ به حداقل رسید", "fa", None, [want("۱۵ خرداد ۱۴۰۰", "jalali", "2021-06-05", "day")]))

# A day of last or next month.
for n in range(8):
    ref = ref_day()
    d = rng.randrange(1, 29)
    step, word = [(-1, "الماضي"), (1, "المقبل"), (-1, "المنصرم"), (1, "القادم")][n % 4]
    month = add_months(ref.replace(day=1), step)
    lead = ["يوم", "في"][n % 2]
    ds = str(d).translate(SCRIPTS[2 * (n // 4)])
    out.append(case(f"تقرر إغلاق الملعب {lead} {ds} {word} بعد المباراة", "ar", ref.isoformat(),
                    [want(f"{ds} {word}", "gregorian", month.replace(day=d).isoformat(), "day", ["year_inferred"])]))
out.append(case("بموجب المادة 26 الماضي ذكرها", "ar", "2015-04-01", []))

# From the start of a year written, or from the year, to a day or month of it without its year, no reference: one span.
for n in range(6):
    y = rng.randrange(2005, 2026)
    m = rng.randrange(2, 13)
    names = NAMES[n % 4]
    if n < 3:
        start = [f"بداية سنة {y}", f"مطلع عام {y}", f"بداية {y}"][n]
        end = f"منتصف شهر {names[m - 1]} الفارط"
        surface = f"{start} إلى غاية {end}"
        value = f"{y}-01-01/{y}-{m:02d}-15"
        text = f"توفي عشرات الأشخاص منذ {surface} حسب الحصيلة."
    else:
        d = rng.randrange(1, 29)
        surface = f"من عام {y}، وحتى {d} {names[m - 1]}"
        value = f"{y}-01-01/{y}-{m:02d}-{d:02d}"
        text = f"ارتفع عدد الحالات {surface}، بحسب الوزارة."
    out.append(case(text, "ar", None, [want(surface, "gregorian", value, "day", ["year_inferred"])]))

# May written می before روز (a day's name after it): the month, not the verb's prefix.
for n in range(3):
    ref = ref_day()
    d = rng.randrange(1, 29)
    ds = str(d).translate(SCRIPTS[n % 2])
    day = dt.date(ref.year, 5, d)
    cands = [dt.date(ref.year + k, 5, d) for k in (-1, 0, 1)]
    day = min(cands, key=lambda x: (abs((x - ref).days), x > ref))
    out.append(case(f"{ds} می روز جهانی صلیب سرخ است", "fa", ref.isoformat(), [want(f"{ds} می", "gregorian", day.isoformat(), "day",
                                                                                     ["year_inferred"])]))
out.append(case("این کار 8 می شود", "fa", "2009-05-09", []))
# A year and a half gone by.
for text, lang in [("طی یکونیم سال گذشته حجم کمک‌ها افزایش یافت", "fa"), ("در یک و نیم سال گذشته", "fa")]:
    out.append(case(text, lang, "2025-12-30", []))

# A newspaper "<word> today" in quotes in Persian, a weekly's name in quotes with the ZWNJ lost, a given name: no day.
for text in ["نشریه «شهروند امروز» و روزنامه «روزگار» توقیف شدند.", "هفتهنامه «9 دی» توقیف شد", "هفتهنامه «۱۵ خرداد» منتشر شد",
             "محمد جمعه عدیل سرپرست ولایت هرات گفت"]:
    out.append(case(text, "fa", "2011-09-06", []))
out.append(case("او گفت «ما امروز می‌رویم»", "fa", "2011-09-06", [want("امروز", "relative", "2011-09-06", "day")]))
# The baccalaureate's year with ل on the word (لبكالوريا 2016, للبكالوريا 2024).
for n in range(3):
    y = rng.randrange(2000, 2027)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    out.append(case(f"حذرت الوزارة المترشحين {['لبكالوريا', 'للبكالوريا', 'لبكالوريا'][n]} {ys}، من الغش.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")]))
# A Solar Hijri date between dashes glued to the word before it (بازداشت شدند10-مرداد-1401).
for n in range(3):
    jy, jm, jd = rng.randrange(1390, 1405), rng.randrange(1, 13), rng.randrange(1, 30)
    surface = f"{jd}-{FA_JALALI[jm - 1]}-{jy}"
    out.append(case(f"۸۰۰ نفر بازداشت شدند{surface}\nهدف این بازداشت ها روشن نیست", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# The entrance exam's Solar Hijri year by its last two digits (کنکور ۹۹: 1399; کنکور ۰۲: 1402); not a count (کنکور ۹۹ نفر).
for n in range(4):
    jy = rng.choice([1385, 1392, 1398, 1399, 1401, 1402, 1403])
    ys = f"{jy % 100:02d}".translate(SCRIPTS[n % 2])
    out.append(case(f"سوالات کنکور {ys} برگزار شد", "fa", None, [want(ys, "jalali", solar_hijri_year(jy), "year")]))
out.append(case("در کنکور ۹۹ نفر رتبه آوردند", "fa", None, []))
# A year and its month in figures after the word date (در تاریخ 1397/11, بتاريخ 2019/11); not without it.
for n in range(4):
    if n < 2:
        jy, jm = rng.randrange(1380, 1405), rng.randrange(1, 13)
        surface = f"{jy}/{jm:02d}".translate(SCRIPTS[n % 2])
        a, b = jdate(jy, jm, 1), jdate(jy + jm // 12, jm % 12 + 1, 1) - DAY
        out.append(case(f"در تاریخ {surface} مستندات تحویل داده شد", "fa", None,
                        [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")]))
    else:
        y, m = rng.randrange(2000, 2027), rng.randrange(1, 13)
        surface = f"{y}/{m}"
        out.append(case(f"صدر القرار بتاريخ {surface} عن الوزارة.", "ar", None, [want(surface, "gregorian", f"{y}-{m:02d}", "month")]))
out.append(case("در 1397/11 منتشر شد", "fa", None, []))

# GMT with its dots, a zone with its offset in brackets.
for n in range(6):
    ref = ref_day()
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    zone, off = [("ت.غ", "+00:00"), ("(ت.غ)", "+00:00"), ("(ت.غ+3)", "+03:00"), ("(ت.ج+3)", "+03:00"), ("(GMT+3)", "+03:00"),
                 ("(GMT+2)", "+02:00")][n]
    surface = f"عند الساعة {hh:02d}:{mm:02d} {zone}"  # (about or at: عند is the clock's)
    out.append(case(f"اليوم وقع الزلزال {surface}.", "ar", ref.isoformat(),
                    [want("اليوم", "relative", ref.isoformat(), "day"),
                     want(surface, "relative", f"{ref.isoformat()}T{hh:02d}:{mm:02d}{off}", "minute")], tz="Asia/Tehran"))

emit("forms of the four-hundred-and-eighth real-text sets: generated by tools/gen/cases_four_hundred_eighth_sets.py "
     "(oracles: datetime, convertdate)", out)
