#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_fifty_seventh_sets.jsonl: forms met in
the five-hundred-and-fifty-seventh real-text sets and after (and in the misses
of the sets before them), generated across their families.

- A count of days, weeks, months or hours with another joined to it by "or"
  (منذ يوم أو يومين, بعد يوم أو ساعات, قبل ساعة أو ساعتين, بعد شهر أو شهرين,
  یک روز یا دو روز بعد, یک هفته یا دو هفته پیش): a rough time, no day; one
  count alone (منذ يومين, بعد أسبوع, سه روز پیش) is still that day.
- A journal's year before its volume and issue, Vancouver style (J Prevent
  Med 2023; 10 (1) :36-47, طب پیشگیری. 1402; 10 (1) :36-47, فصلنامه طب مکمل.
  ۱۴۰۱؛ ۱۲ (۱): ۱۰۰-۱۱۷, مجلة العلوم 2019;7(2):15-20): that year, the
  Solar Hijri one in Persian; not a count with a semicolon after it (عدد
  الحضور 2023; 45 منهم نساء).
- A range of clocks whose first has its minutes and its part of the day and
  whose second is a 24-hour clock alone, a comma after it (من الساعة 07:00
  صباحًا إلى 14:00، غلق الطريق under `* الثلاثاء 6 جانفي 2026:`; از ساعت ۰۸:۰۰
  صبح تا ۱۴:۰۰، بسته است): both clocks, on the day they are written under.
- A decade of "the last century" (ستينات القرن الماضي, أواخر السبعينيات من
  القرن الماضي) in a text with no reference whose first sentence tells of a
  day of an older year (شهدت يوم 12 مارس 1938 فيضانا): the 1900s, named from
  now, not from the year the text tells of.
- Persian number words with و (and) written onto them, a blank lost (در سال
  دوهزارو پانزده میلادی, در سال دوهزارودوازده میلادی, در سال
  هزاروسیصدونودوهشت): the year, as with the blanks; not an amount (دوهزارو
  پانصد تومان), nor an Arabic verb after الساعة (الساعة ستواصل, "the clock
  will go on").
- عید with a Solar Hijri year of two digits (برای عید ۹۶ انبار شده بود, بعد
  از عید ۹۸): Nowruz of that year, as with four; not before a counted noun
  (عید 25 نفر) or a day of a month (عید ۱۲ فروردین).
- A Hijri month with its year and era in brackets after it (در رمضان (1267
  ق), شعبان (۱۳۴۵ هـ ق), في رمضان (1401 هـ)): that month of that year, by
  Iran's lunar calendar in Persian and Umm al-Qura's in Arabic; a lunar year
  of three digits with ق alone in brackets (ابوالفضل بلعمی (۳۳۰ ق)): that
  year, by the arithmetic calendar.
- A byline's or a site's Latin name of two or three letters, capitals too,
  run into the day before its month and year (Ahmed Ali3 يونيو 2020,
  بلادي نيوز.ma1 ديسمبر 2025, Reza Ali12 خرداد 1399): that day, as for
  four small letters; not a model's code before a month (A320 مايو 2020:
  the month).
- Arabic's nights of a weekday, each week (في معظم ليالي السبت, ليالي
  الجمعة): no day, as شب‌های جمعه; one night (ليلة السبت) is still a day. A
  park named for a day (بوستان ۸ شهریور, بوستان ۱۵ خرداد): no day, as پارک.
- The day before yesterday with the article (الأول من أمس, يوم الأول من أمس
  الجمعة, مساء الأول من أمس): as أول من أمس, two days before the reference.
- "Since" after a superlative a few words before (أشد موجة برد تضرب المنطقة
  منذ 5 سنوات, أكبر مجموعة من السياح الذين يزورون البلاد منذ عشر سنوات, أعلى
  مستوى منذ عقد): the most so in so long, a span, no day; and after the
  present of relying or dwelling (الذي يعتمد عليه منذ 16 عاماً, تسكن الحي منذ
  سنتين), as after working or living; a plain منذ stays the day that far.
- Today's children and yesterday's generation (أطفال اليوم, نسل دیروز و امروز,
  نسل فردا): no day, as جيل اليوم and نسل امروز.
- A census and its year, as encyclopedia pages of towns write it (التعداد
  السكاني 2004 |, (إحصاء 2006), "نتائج التعداد العام للسكان والمنشآت 2004"،,
  استمارة إحصاء 1998 وبطاقة, در سرشماری ۱۳۹۵ جمعیت, سرشماری نفوس و مسکن 1395,
  a table's جمعیت 1385: and جمعیت روستایی 1395:): the year; not a count
  after إحصاء (إحصاء 2004 شركة ناشئة), nor Persian's تعداد (count: تعداد ۲۰۰۰
  نفر).
- A Persian year of the 1000s or 1100s after سال, with no era (در سال ۱۱۶۷,
  در سال 1034): a Solar Hijri year, flagged as guessed, as one of the 1200s
  to 1400s is (not a Gregorian year of the Middle Ages); one of three digits
  (در سال 384) a lunar Hijri year, by the arithmetic calendar.
- A span of Hijri years and its span of Gregorian years after a slash or an
  equals sign, as encyclopedias write a reign or a life ((1156-1198هـ/1744-1783م),
  (297-567هـ/910-1171م), (731 – 749هـ = 1331م – 1348م)): two spans, the Hijri
  one by the arithmetic calendar (flagged approximate), the Gregorian one.
- A cup's or a league's name of up to four words before its year (كأس الخليج
  1970, كأس الخليج الأولى 1970, لكأس العالم 2022،, كأس الأمم الأفريقية 2015,
  جام تخت جمشید ۱۳۵۴, جام حذفی ۱۳۵۶, لیگ برتر افغانستان روشن ۱۳۹۴): the year,
  the Solar Hijri one in Persian; not a round count (كأس الخليج 2000 مشجع).
- Classical Arabic years in words, counted up from the units (في ذي الحجة سنة
  اثنتين وثلاثين ومائتين, سنة ثمانين وستمائة هجرية, سنة ثلاث عشرة وألف): a
  Hijri month or year of the first centuries after a Hijri month or before
  the Hijri era (by the arithmetic calendar, flagged approximate); 1013 with
  the thousand; a Gregorian year of the first millennium in words before the
  Christian era (سنة ثمانمائة وخمسة وثلاثين م, عام ثمانمائة وستة وسبعين ميلادية).
- Iran's imperial era (۱۰ خرداد ماه ۲۵۳۶ شاهنشاهی, سال ۲۵۳۵ شاهنشاهی): the
  Solar Hijri year 1180 less (2535 is 1355 AP). A lunar year of three digits
  after در with ق alone (در ۹۱۸ ق،): that Hijri year; not ق م or ق.م (before
  Christ). ذی العقده, a common misspelling of ذی القعده: Dhu al-Qa'da.
- A span of years to a part of the last (من عام 1954 وحتى مطلع عام 1970, و حتى
  apart too; از ۱۳۹۸ تا اوایل ۱۴۰۲): the whole years, as to نهاية and پایان.
- A span of the first Hijri century, two digits and then two or three, its
  era after the second, in brackets or after the year word ((26-86هـ), (13-23هـ),
  سنة 10-75 هـ): the span, by the arithmetic calendar; not a score (2-3 هـ).
- A treaty's or an agreement's year (قرارداد 1919, موافقتنامه 1907, معاهدة
  1936): the year; not a sum (قرارداد 2000 دلاری).
- In Arabic, after the year word, a Hijri year without its era and its
  Gregorian twin in brackets (سنة ١٠٢١ (١٦١٢), سنة 270 (884م)): one year, the
  Gregorian one; not when they do not meet (سنة 2000 (1500)).
- A death's year with ت written onto it in brackets ((ت241هـ), (ت232هـ)): the
  Hijri year; not a code in brackets without an era ((ت2)).
- The year between slashes after the year word, as SANA writes it (عام
  /1941/): the year. Two days with their years joined by a verb on و and إلى
  or حتى (3 أيلول 1954 واستمرت إلى 17 كانون الأول 1955): one span, longer
  than a year too. A Friday mosque's name (مسجد جمعه, مسجد آدینه): no Friday.
- Spans of years of three digits: after بین and the year word with و (بین
  سالهای 427 و 440 قمری), after از with تا (از ۲۲۴ تا ۶۵۱ میلادی), the era after
  the second; the first Hijri century (القرن الأول الهجري) from the year 1.
- N units پیش از an event's noun (سه روز پیش از اقامه نماز, ۱۳ روز پیش از
  برکناری, ده روز پیش از موعد): counted from the event, no day; before a
  place it is still ago (سه روز پیش از روستای خود رفت).
- A bare year after در before Persian's "when" (در 1868 زمانی که, در ۱۳۵۷ وقتی,
  هنگامی): the year.
- A day of a month after the hour word, "from the first hour of" (از اولین
  ساعت 19 اردیبهشت 1399, از نخستین ساعت ۱ فروردین, (ساعة 7 نوفمبر), a
  clock tower's name): the number is the month's day, not an hour.
- A day and month, a comma, then من and the year word (في 11 تشرين الأول، من
  العام 1138, 5 أكتوبر، من عام 1938, ٣ رمضان، من سنة ١٤٤٠ هـ): that day of
  that year.
- The year word and a four-digit year, then "in" a day and month without
  their own (عام 1960 في 29 فبراير, سنة ١٩١١ م في ١١ ديسمبر, سال ۱۳۵۷ در ۲۲
  بهمن): that day of that year; not after لعام, a noun's year (المخيمات
  الصيفية لعام 2025 في 27 يوليو: the year, and the day of the reference's).
- In Persian, a year of the 1200s with no era a little after a lunar year
  written with its era (در سال ۱۲۶۶ قمری … تا سال ۱۲۶۹ ادامه داشت): lunar too;
  not after a Solar Hijri one (۱۲۳۱ شمسی … سال ۱۲۳۵), nor decades after the
  lunar one (۱۲۶۶ قمری … سال ۱۳۰۵): Solar Hijri.
- "Starting from" a year to another (بداية من سنة 2004 إلى سنة 2008, ابتداء من
  عام ٢٠١٠ حتى عام ٢٠١٥): the span, the word with it; one year alone after it
  (بداية من 2020) stays that year.
- A festival's name of up to four words before its year, punctuation or the
  text's end after it (مهرجان كان السينمائي 1975،, مهرجان قرطاج 2019., جشنواره
  فیلم فجر ۱۳۹۸،: the Solar Hijri year in Persian), the festival's word first
  in the text too; not before a word it may count (مهرجان الربيع 1950 زائرا,
  جشنواره فیلم ۱۳۵۰ اثر).
- A year in guillemets after "in" before punctuation or a word that begins a
  clause (في «1940» وفي «1944» تم, در «۱۳۵۷»،): the year, في and the marks with
  it; not a round hundred, nor before a word it may count (في «1950» نقطة).
- The pilgrims' phone application Hamyar-e Arbaeen (اپلیکیشن همیار اربعین):
  no Arbaeen.

Days come from datetime, Hijri months from Iran's and Umm al-Qura's tables
and convertdate's arithmetic calendar, the Solar Hijri years from the
Calendar Center's table via case_form (before 1206 from ICU's Persian
calendar); nothing here is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_fifty_seventh_sets.py >
tests/extract/cases/five_hundred_fifty_seventh_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import AR_HIJRI, AR_LEVANTINE, iran_lunar, umm_al_qura, AR_GREG, AR_WEEKDAYS, FA_JALALI, FA_WEEKDAYS, case, clock_value, emit, fa, jdate, solar_hijri_year, want

rng = random.Random(557)
out = []

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]


def some_day():
    return dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))


# Arabic: one unit, or two, on أو / او with another after it; before or after the count's word.
AR_ROUGH = [("منذ", "يوم", "يومين"), ("قبل", "يوم", "يومين"), ("بعد", "يوم", "ساعات"), ("قبل", "ساعة", "ساعتين"),
            ("بعد", "شهر", "شهرين"), ("منذ", "أسبوع", "أسبوعين"), ("بعد", "أسبوع", "أسبوعين"), ("منذ", "سنة", "سنتين"),
            ("قبل", "عام", "عامين"), ("بعد", "يوم", "أيام")]
for n, (word, one, other) in enumerate(AR_ROUGH):
    ref = some_day()
    orw = "أو" if n % 2 == 0 else "او"
    text = f"قال الشاهد إن ما جرى وقع {word} {one} {orw} {other} في الحي القديم."
    out.append(case(text, "ar", ref.isoformat(), [], tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(4):
    ref = some_day()
    a = rng.randrange(2, 6)
    text = f"وصلت القافلة بعد {str(a).translate(AR_DIGITS) if n % 2 else a} أيام أو {a + 2} أيام من انطلاقها."
    out.append(case(text, "ar", ref.isoformat(), [], tz=AR_ZONES[n % len(AR_ZONES)]))
# One count alone, in the same sentences: the day that far.
AR_ONE = [("منذ", "يومين", -2, "day"), ("بعد", "أسبوع", 7, "week"), ("قبل", "يوم", -1, "day"), ("منذ", "ثلاثة أيام", -3, "day")]
for n, (word, unit, days, gran) in enumerate(AR_ONE):
    ref = some_day()
    surface = f"{word} {unit}"
    out.append(case(f"قال الشاهد إن ما جرى وقع {surface} في الحي القديم.", "ar", ref.isoformat(),
                    [want(surface, "relative", (ref + dt.timedelta(days=days)).isoformat(), gran)], tz=AR_ZONES[n]))

# Persian: یا between two counts, the direction after the second.
FA_ROUGH = [("یک روز", "دو روز", "بعد"), ("یک هفته", "دو هفته", "پیش"), ("دو روز", "سه روز", "پیش"),
            ("یک ماه", "دو ماه", "قبل"), ("۳ روز", "۴ روز", "بعد"), ("یک سال", "دو سال", "پیش")]
for n, (a, b, direction) in enumerate(FA_ROUGH):
    ref = some_day()
    out.append(case(f"این اتفاق {a} یا {b} {direction} در محله رخ داد.", "fa", ref.isoformat(), []))
FA_ONE = [("سه روز پیش", -3), ("دو روز بعد", 2), ("یک روز قبل", -1)]
for n, (surface, days) in enumerate(FA_ONE):
    ref = some_day()
    out.append(case(f"این اتفاق {surface} در محله رخ داد.", "fa", ref.isoformat(),
                    [want(surface, "relative", (ref + dt.timedelta(days=days)).isoformat(), "day")]))

# A journal's year, its volume and issue after it (Vancouver style).
JOURNALS_LATIN = ["J Prevent Med", "Iran J Public Health", "cmja", "Arch Trauma Res", "Toxicon"]
for n in range(8):
    y = rng.randrange(2005, 2026)
    vol, issue, page = rng.randrange(1, 40), rng.randrange(1, 13), rng.randrange(1, 300)
    blank = " " if n % 2 else ""
    tail = f"; {vol}{blank}({issue}){blank}:{page}-{page + rng.randrange(5, 20)}"
    name = JOURNALS_LATIN[n % len(JOURNALS_LATIN)]
    lang = "fa" if n % 2 else "ar"
    lead = "منبع: Sadeghi A, Karimi M. Scorpion stings in Khuzestan." if lang == "fa" else "المصدر: Hassan A, Ali M. Snakebite in Yemen."
    out.append(case(f"{lead} {name} {y}{tail}", lang, None, [want(str(y), "gregorian", str(y), "year")],
                    tz=None if lang == "fa" else "Asia/Aden"))
FA_JOURNALS = ["طب پیشگیری.", "فصلنامه طب مکمل.", "مجله دانشگاه علوم پزشکی.", "پژوهش در پزشکی."]
for n in range(6):
    jy = rng.randrange(1390, 1405)
    vol, issue, page = rng.randrange(1, 30), rng.randrange(1, 5), rng.randrange(1, 200)
    year = fa(jy) if n % 2 else str(jy)
    sep = "؛" if n % 3 == 0 else ";"
    tail = f"{sep} {fa(vol) if n % 2 else vol} ({fa(issue) if n % 2 else issue}) :{page}-{page + 12}"
    out.append(case(f"جعفری علی، محمدی زهرا. گزش عقرب در جنوب ایران. {FA_JOURNALS[n % len(FA_JOURNALS)]} {year}{tail}", "fa", None,
                    [want(year, "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
for n in range(3):
    y = rng.randrange(2005, 2026)
    out.append(case(f"المصدر: دراسة عن لدغات الأفاعي. مجلة العلوم الطبية {str(y).translate(AR_DIGITS) if n == 2 else y};{n + 3}({n + 1}):15-20", "ar",
                    None, [want(str(y).translate(AR_DIGITS) if n == 2 else str(y), "gregorian", str(y), "year")], tz="Africa/Cairo"))
# Not a journal: a count, then a semicolon.
out.append(case("قال المنظمون إن عدد الحضور 2023; 45 منهم نساء (تقريبا).", "ar", None, [], tz="Africa/Cairo"))
out.append(case("تعداد شرکت‌کنندگان ۱۲۵۰; ۳۰ نفر (زن) بودند.", "fa", None, []))

# A range of clocks under a day's heading: the first with its minutes and part of the day, the second a 24-hour
# clock alone.
AR_PARTS = [("صباحًا", 6, 9), ("صباحا", 6, 9), ("مساءً", 18, 20), ("ليلًا", 20, 21)]
for n in range(8):
    day = some_day()
    zone = AR_ZONES[n % len(AR_ZONES)]
    part, lo, hi = AR_PARTS[n % len(AR_PARTS)]
    h1, m1 = rng.randrange(lo, hi + 1), rng.choice([0, 15, 30])
    h2 = h1 + 2 if h1 >= 18 else rng.randrange(12, 18)
    m2 = rng.choice([0, 30])
    first, second = f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
    if n % 3 == 2:
        first, second = first.translate(AR_DIGITS), second.translate(AR_DIGITS)
    to = ["إلى", "الى", "حتى"][n % 3]
    heading = f"{AR_WEEKDAYS[day.weekday()]} {day.day} {AR_GREG[day.month - 1]} {day.year}"
    surface = f"الساعة {first} {part}"
    out.append(case(f"* {heading}:\nمن {surface} {to} {second}، غلق جزء من الطريق المؤدي إلى المفترق.", "ar", None,
                    [want(heading, "gregorian", day.isoformat(), "day"),
                     want(surface, "relative", clock_value(day, h1, m1, zone), "minute"),
                     want(second, "relative", clock_value(day, h2, m2, zone), "minute")], tz=zone))
for n in range(4):
    jy, jm, jd = rng.randrange(1400, 1405), rng.randrange(1, 13), rng.randrange(1, 29)
    day = jdate(jy, jm, jd)
    h1, h2 = rng.randrange(7, 10), rng.randrange(13, 18)
    first, second = f"{h1:02d}:00", f"{h2:02d}:30"
    heading = f"{FA_WEEKDAYS[day.weekday()]} {jd} {FA_JALALI[jm - 1]} {jy}"
    if n % 2:
        first, second = fa(first[:2]) + ":" + fa("00"), fa(second[:2]) + ":" + fa("30")
        heading = f"{FA_WEEKDAYS[day.weekday()]} {fa(jd)} {FA_JALALI[jm - 1]} {fa(jy)}"
    surface = f"ساعت {first} صبح"
    out.append(case(f"{heading}:\nاز {surface} تا {second}، این خیابان بسته است.", "fa", None,
                    [want(heading, "jalali", day.isoformat(), "day"),
                     want(surface, "relative", clock_value(day, h1, 0, "Asia/Tehran"), "minute"),
                     want(second, "relative", clock_value(day, h2, 30, "Asia/Tehran"), "minute")]))

# A decade of the last century after a day of an older year told in the first sentence, no reference.
DECADES = [("الستينات", 1960), ("السبعينيات", 1970), ("ثمانينيات", 1980), ("تسعينات", 1990), ("الخمسينيات", 1950)]
for n, (word, start) in enumerate(DECADES):
    y = rng.randrange(1900, 1946)
    day = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 28))
    lead = f"{day.day} {AR_GREG[day.month - 1]} {y}"
    surface = f"{word} من القرن الماضي" if n % 2 else f"{word} القرن الماضي"
    text = f"قال المؤرخ إن المدينة شهدت يوم {lead} فيضانا كبيرا. وفي {surface} بني السد الجديد."
    out.append(case(text, "ar", None, [want(lead, "gregorian", day.isoformat(), "day"),
                                       want(surface, "gregorian", f"{start}-01-01/{start + 9}-12-31", "year")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))

# Persian number words with و glued on.
FA_ONES = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده",
           "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
FA_TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}


def fa_words(n):
    """n < 100 in Persian words, parts joined by و."""
    if n < 20:
        return [FA_ONES[n]]
    return [FA_TENS[n - n % 10]] + ([FA_ONES[n % 10]] if n % 10 else [])


for n in range(6):
    y = rng.randrange(2001, 2026)
    parts = ["دوهزار"] + fa_words(y - 2000)
    glued = "و".join(parts) if n % 2 else parts[0] + "و " + " و ".join(parts[1:])
    surface = f"در سال {glued} میلادی"  # (در with a year in words is the year's)
    out.append(case(f"این پل {surface} افتتاح شد.", "fa", None, [want(surface, "gregorian", str(y), "year")]))
for n in range(4):
    jy = rng.randrange(1391, 1400)
    parts = ["هزار", "سیصد"] + fa_words(jy - 1300)
    surface = f"در سال {'و'.join(parts)}"
    out.append(case(f"این بنا {surface} مرمت شد.", "fa", None,
                    [want(surface, "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
out.append(case("قیمت هر بلیت دوهزارو پانصد تومان است.", "fa", None, []))
out.append(case("القطارات التي تكون في مسيرها خلال فترة تغيير الساعة ستواصل رحلتها بشكل طبيعي.", "ar", "2025-10-30", [],
                tz="Africa/Cairo"))

# عید with a two-digit Solar Hijri year: Nowruz.
for n in range(5):
    jy = rng.randrange(1385, 1400)
    yy = fa(jy % 100) if n % 2 else str(jy % 100)
    text = [f"کالاها برای عید {yy} انبار شده بودند.", f"بعد از عید {yy} کار شروع شد.", f"تعطیلات عید {yy} تمام شد."][n % 3]
    out.append(case(text, "fa", None, [want(f"عید {yy}", "jalali", jdate(jy, 1, 1).isoformat(), "day")]))
out.append(case("در عید 25 نفر آمدند.", "fa", None, []))
out.append(case("عید ۱۲ فروردین تمام شد و مدارس باز شدند.", "fa", "2024-03-25", [want("۱۲ فروردین", "jalali", "2024-03-31", "day", ("year_inferred",))]))

# A Hijri month with its year and era in brackets.
IRAN = iran_lunar()
UQ = umm_al_qura()
FA_HIJRI = ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان", "رمضان", "شوال",
            "ذیقعده", "ذیحجه"]
for n in range(5):
    hy, hm = rng.randrange(1340, 1446), rng.randrange(1, 12)
    era = ["ق", "هـ ق", "ه.ق"][n % 3]
    year = fa(hy) if n % 2 else str(hy)
    surface = f"{FA_HIJRI[hm - 1]} ({year} {era})"
    out.append(case(f"وی در {surface} در شهر خوانسار به دنیا آمد.", "fa", None,
                    [want(surface, "hijri", f"{IRAN[(hy, hm)]}/{IRAN[(hy, hm + 1)] - dt.timedelta(days=1)}", "month")]))
for n in range(4):
    hy, hm = rng.randrange(1421, 1446), rng.randrange(1, 12)
    surface = f"{AR_HIJRI[hm - 1]} ({str(hy).translate(AR_DIGITS) if n % 2 else hy} هـ)"
    out.append(case(f"ولد الشيخ في {surface} في المدينة المنورة.", "ar", None,
                    [want(surface, "hijri", f"{UQ[(hy, hm)]}/{UQ[(hy, hm + 1)] - dt.timedelta(days=1)}", "month")],
                    tz="Asia/Riyadh"))
for n in range(3):
    hy = rng.randrange(250, 700)
    first, last = islamic.to_gregorian(hy, 1, 1), islamic.to_gregorian(hy + 1, 1, 1)
    value = f"{dt.date(*first)}/{dt.date(*last) - dt.timedelta(days=1)}"
    out.append(case(f"با خردمندی وزیرانی چون ابوالفضل بلعمی ({fa(hy)} ق) بخارا مرکز علمی شد.", "fa", None,
                    [want(f"{fa(hy)} ق", "hijri", value, "year", ("approximate",))]))

# A byline's Latin name run into the day.
AR_MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
for n, name in enumerate(["Ahmed Ali", "بلادي نيوز.ma", "Omar Ben", "Hiba EL", "Sara Mo", "الخبر.dz"]):
    day = some_day()
    months = AR_MAGHREB if n % 2 else AR_GREG
    surface = f"{day.day} {months[day.month - 1]} {day.year}"
    out.append(case(f"قصة المصعد تطفو من جديد\n\n{name}{surface}\nقصة المصعد تطفو من جديد", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz=AR_ZONES[n % len(AR_ZONES)]))
for n, name in enumerate(["Reza Ali", "Mina KH", "IRNA.ir"]):
    jy, jm, jd = rng.randrange(1395, 1404), rng.randrange(1, 13), rng.randrange(1, 29)
    surface = f"{jd} {FA_JALALI[jm - 1]} {jy}"
    out.append(case(f"سقوط آسانسور در تهران\n{name}{surface}\nسقوط آسانسور در تهران", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
out.append(case("وصلت طائرة A320 مايو 2020 إلى المطار.", "ar", None, [want("مايو 2020", "gregorian", "2020-05", "month")],
                tz="Africa/Cairo"))

# Nights of a weekday, each week; a park's name.
for n, wd in enumerate(["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]):
    out.append(case(f"وفي معظم ليالي {wd} يضيق الشارع بالسيارات المتوقفة.", "ar", some_day().isoformat(), [],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
for name in ["۸ شهریور", "۱۵ خرداد", "۲۲ بهمن"]:
    out.append(case(f"مراحل پایانی ساخت سرویس بهداشتی بوستان {name} آغاز شد.", "fa", some_day().isoformat(), []))

# The day before yesterday with the article.
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
for n in range(6):
    ref = some_day()
    before = ref - dt.timedelta(days=2)
    surface = ["يوم الأول من أمس " + AR_WD[before.weekday()], "الأول من أمس", "الأول من أمس " + AR_WD[before.weekday()]][n % 3]
    found = surface[4:] if surface.startswith("يوم ") else surface
    out.append(case(f"تقرر إيقاف التلفريك عن العمل {surface} لإجراء صيانة اضطرارية.", "ar", ref.isoformat(),
                    [want(found, "relative", before.isoformat(), "day")], tz=AR_ZONES[n % len(AR_ZONES)]))

# Since, after a superlative or an ongoing state: a span.
for n, (most, rest) in enumerate([("أشد", "موجة برد تضرب المنطقة"), ("أكبر", "مجموعة من السياح الذين يزورون البلاد"),
                                  ("أعلى", "مستوى تسجله الأسعار"), ("أسوأ", "أزمة يمر بها القطاع"), ("أقوى", "عاصفة تضرب الساحل")]):
    count = ["5 سنوات", "عشر سنوات", "ثلاث سنوات", "عقد", "سنتين"][n]
    out.append(case(f"قال الخبراء إن هذه {most} {rest} منذ {count}.", "ar", some_day().isoformat(), [], tz=AR_ZONES[n % len(AR_ZONES)]))
for n, verb in enumerate(["يعتمد عليه", "تعتمد عليها", "يسكن الحي", "تسكن المدينة"]):
    out.append(case(f"قال المريض إن الجهاز الذي {verb} منذ 16 عاماً أصبح أقرب أصدقائه.", "ar", some_day().isoformat(), [],
                    tz="Asia/Baghdad"))
for n in range(3):
    ref = some_day()
    years = [5, 7, 12][n]
    out.append(case(f"وصل الوفد إلى المدينة منذ {years} سنوات وعاد أمس.", "ar", ref.isoformat(),
                    [want(f"منذ {years} سنوات", "relative", ref.replace(year=ref.year - years).isoformat() if not (ref.month == 2 and ref.day == 29) else ref.replace(year=ref.year - years, day=28).isoformat(), "year"),
                     want("أمس", "relative", (ref - dt.timedelta(days=1)).isoformat(), "day")], tz="Africa/Cairo"))

# Generations named by a day.
out.append(case("تناول العرض ما يتعرض له أطفال اليوم من تأثيرات الأجهزة الذكية.", "ar", "2025-09-03", [], tz="Africa/Cairo"))
out.append(case("در پایان این مراسم، جمعی از پزشکان نسل دیروز و امروز جامعه پزشکی گرد هم آمدند.", "fa", "2011-08-25", []))
out.append(case("باید به نسل فردا فکر کنیم.", "fa", "2011-08-25", []))

# A census and its year.
for n in range(6):
    y = rng.randrange(1960, 2024)
    sy = str(y).translate(AR_DIGITS) if n % 3 == 2 else str(y)
    text, surface = [(f"السكان | |\nالتعداد السكاني {sy} | |\nالسكان | 6٬830 |", sy),
                     (f"التعداد السكاني 5345 نسمة (إحصاء {sy})", sy),
                     (f'1. "نتائج التعداد العام للسكان والمنشآت {sy}"، المكتب المركزي للإحصاء.', sy),
                     (f"الذين لا يتمتعون بالوثائق القديمة كاستمارة إحصاء {sy} وبطاقة التعريف القديمة.", sy),
                     (f"بلغ عدد سكان القرية 2300 نسمة حسب الإحصاء {sy}.", sy),
                     (f"بلغ عدد السكان 5000 نسمة وفق تعداد {sy}.", sy)][n]
    out.append(case(text, "ar", None, [want(surface, "gregorian", str(y), "year")], tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(3):
    jy = rng.randrange(1355, 1400)
    year = fa(jy) if n % 2 else str(jy)
    out.append(case(f"جمعیت این روستا در سرشماری {year} برابر ۲۳۰ نفر بوده است.", "fa", None,
                    [want(year, "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
for n in range(3):
    jy = rng.randrange(1365, 1400)
    year = fa(jy) if n % 2 else str(jy)
    text = [f"نتایج سرشماری نفوس و مسکن {year} نشان می‌دهد جمعیت افزایش یافته است.", f"مرکز: اراک\nجمعیت {year}: 1351257\n",
            f"جمعیت روستایی {year}: 329475"][n]
    out.append(case(text, "fa", None, [want(year, "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
out.append(case("جمعیت 1385 نفر است.", "fa", None, []))
out.append(case("أكد الوزير اليوم عن إحصاء 2004 شركة ناشئة في الإنتاج الصناعي.", "ar", None, [], tz="Africa/Algiers"))
out.append(case("تعداد ۲۰۰۰ نفر در این مراسم شرکت کردند.", "fa", None, []))

def jalali_span(a, b):
    return f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}"


# Persian years of the 1000s and 1100s: their first and last days by ICU's Persian calendar (the 33-year rule and its
# corrections; the Calendar Center's table starts at 1206).
def icu_solar_year(jy):
    import icu
    fields = icu.UCalendarDateFields

    def nowruz(y):
        c = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale("en_US@calendar=persian"))
        c.clear()
        c.set(fields.EXTENDED_YEAR, y)
        c.set(fields.MONTH, 0)
        c.set(fields.DATE, 1)
        g = icu.GregorianCalendar(icu.TimeZone.getGMT())
        g.setTime(c.getTime())
        return dt.date(g.get(fields.YEAR), g.get(fields.MONTH) + 1, g.get(fields.DATE))
    return f"{nowruz(jy)}/{nowruz(jy + 1) - dt.timedelta(days=1)}"


for n in range(5):
    jy = rng.randrange(1001, 1200)
    year = fa(jy) if n % 2 else str(jy)
    out.append(case(f"این بنا در سال {year} به دستور شاه ساخته شد.", "fa", None,
                    [want(f"در سال {year}", "jalali", icu_solar_year(jy), "year", ("calendar_guessed",))]))

# Twin spans of years: Hijri, then Gregorian after a slash or =.
def hijri_years(a, b):
    first = dt.date(*islamic.to_gregorian(a, 1, 1))
    after = dt.date(*islamic.to_gregorian(b + 1, 1, 1))
    return f"{first}/{after - dt.timedelta(days=1)}"


for n in range(6):
    ha = rng.randrange(600, 1250)
    hb = ha + rng.randrange(10, 50)
    ga, gb = dt.date(*islamic.to_gregorian(ha, 1, 1)).year, dt.date(*islamic.to_gregorian(hb, 12, 29)).year
    hijri = f"{ha}-{hb}هـ" if n % 2 == 0 else f"{ha} – {hb}هـ"
    greg = f"{ga}-{gb}م" if n % 3 else f"{ga}م – {gb}م"
    sep = "/" if n < 4 else " = "
    out.append(case(f"حكم السلطان ({hijri}{sep}{greg}) وأسس الدولة.", "ar", None,
                    [want(hijri, "hijri", hijri_years(ha, hb), "year", ("approximate",)),
                     want(greg, "gregorian", f"{ga}-01-01/{gb}-12-31", "year")], tz="Asia/Baghdad"))

# A cup's or a league's year.
AR_CUPS = ["كأس الخليج", "كأس الخليج الأولى", "لكأس العالم", "كأس الأمم الأفريقية", "بكأس العرب", "كأس ملك المغرب"]
for n, cup in enumerate(AR_CUPS):
    y = rng.randrange(1960, 2026)
    if y % 100 == 0:
        y += 1
    sy = str(y).translate(AR_DIGITS) if n % 3 == 2 else str(y)
    out.append(case(f"شارك المنتخب في {cup} {sy}، وحقق نتائج لافتة.", "ar", None, [want(sy, "gregorian", str(y), "year")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
FA_CUPS = ["جام تخت جمشید", "جام حذفی", "لیگ برتر افغانستان روشن", "جام باشگاه‌های آسیا"]
for n, cup in enumerate(FA_CUPS):
    jy = rng.randrange(1350, 1404)
    year = fa(jy) if n % 2 else str(jy)
    out.append(case(f"این تیم قهرمان {cup} {year} شد.", "fa", None,
                    [want(year, "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
out.append(case("حضر كأس الخليج 2000 مشجع في الملعب.", "ar", None, [], tz="Asia/Kuwait"))

# Classical Arabic years in words, counted up.
AR_UNITS = ["", "واحد", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
AR_TENS = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين", 8: "ثمانين", 9: "تسعين"}
AR_HUNDREDS = ["", "مائة", "مائتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"]
AR_HIJRI_PLAIN = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                  "شوال", "ذي القعدة", "ذي الحجة"]
for n in range(6):
    units, tens, hundreds = rng.randrange(2, 10), rng.randrange(2, 10), rng.randrange(1, 10)
    hy = units + 10 * tens + 100 * hundreds
    words = f"{AR_UNITS[units]} و{AR_TENS[tens]} و{AR_HUNDREDS[hundreds]}"
    if n % 2 == 0:
        hm = rng.randrange(1, 12)
        surface = f"{AR_HIJRI_PLAIN[hm - 1]} سنة {words}"
        first, after = islamic.to_gregorian(hy, hm, 1), islamic.to_gregorian(hy, hm + 1, 1)
        value, gran = f"{dt.date(*first)}/{dt.date(*after) - dt.timedelta(days=1)}", "month"
        text = f"توفي الإمام في {surface} ودفن في بغداد."
    else:
        surface = f"سنة {words} هجرية"
        value, gran = hijri_years(hy, hy), "year"
        text = f"وقعت المعركة بتاريخ {surface} قرب دمشق."
    out.append(case(text, "ar", None, [want(surface, "hijri", value, gran, ("approximate",))], tz="Asia/Baghdad"))

# Persian years of three digits: lunar Hijri.
for n in range(3):
    hy = rng.randrange(150, 1000)
    year = fa(hy) if n % 2 else str(hy)
    out.append(case(f"محمود غزنوی در سال {year} به سلطنت رسید.", "fa", None,
                    [want(f"در سال {year}", "hijri", hijri_years(hy, hy), "year", ("calendar_guessed", "approximate"))]))

# Iran's imperial era; a lunar year after در with ق; ذی العقده.
for n in range(4):
    iy = rng.randrange(2535, 2538)
    jy, jm, jd = iy - 1180, rng.randrange(1, 13), rng.randrange(1, 29)
    year = fa(iy) if n % 2 else str(iy)
    if n < 2:
        surface = f"{fa(jd) if n % 2 else jd} {FA_JALALI[jm - 1]} ماه {year} شاهنشاهی"
        out.append(case(f"شاه از صنایع سنگین اراک {surface} بازدید کرد.", "fa", None,
                        [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
    else:
        surface = f"در سال {year} شاهنشاهی"
        out.append(case(f"این کارخانه {surface} افتتاح شد.", "fa", None, [want(surface, "jalali", solar_hijri_year(jy), "year")]))
for n in range(3):
    hy = rng.randrange(700, 1000)
    year = fa(hy) if n % 2 else str(hy)
    out.append(case(f"پس از روی کار آمدن سلطان در {year} ق، وی به برخورد با شیعیان پرداخت.", "fa", None,
                    [want(f"در {year} ق", "hijri", hijri_years(hy, hy), "year", ("approximate",))]))
out.append(case("این تمدن در ۵۰۰ ق.م شکوفا شد.", "fa", None, []))
IRAN_LUNAR = iran_lunar()
for n in range(2):
    hy, d = rng.randrange(1300, 1400), rng.randrange(1, 28)
    surface = f"{d} ذی العقده سال {hy}"
    out.append(case(f"آیت‌الله در روز {surface} درگذشت.", "fa", None,
                    [want(surface, "hijri", (IRAN_LUNAR[(hy, 11)] + dt.timedelta(days=d - 1)).isoformat(), "day")]))

# A span of years to a part of the last.
for n, part in enumerate(["مطلع", "بداية", "أواخر", "منتصف"]):
    a = rng.randrange(1940, 2000)
    b = a + rng.randrange(3, 20)
    to = "وحتى" if n % 2 == 0 else "و حتى"
    surface = f"عام {a} {to} {part} عام {b}"
    out.append(case(f"استمرت قيادته للفريق من {surface} وحقق الألقاب.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")], tz="Asia/Amman"))
for n, part in enumerate(["اوایل", "اواخر"]):
    a = rng.randrange(1360, 1395)
    b = a + rng.randrange(3, 8)
    surface = f"از {fa(a)} تا {part} {fa(b)}"
    out.append(case(f"این طرح {surface} ادامه داشت.", "fa", None,
                    [want(surface, "jalali", jalali_span(a, b), "year", ("calendar_guessed",))]))

# Spans of the first Hijri century.
for n in range(4):
    a = rng.randrange(1, 60)
    b = a + rng.randrange(10, 60)
    inner = f"{a}-{b}هـ" if n % 2 == 0 else f"{a}-{b} هـ"
    if n < 2:
        text, surface = f"وكان الخليفة ({inner}) من أبرز الصحابة.", inner
    else:
        text, surface = f"عاش سنة {inner} في المدينة.", f"سنة {inner}"
    out.append(case(text, "ar", None, [want(surface, "hijri", hijri_years(a, b), "year", ("approximate",))], tz="Asia/Riyadh"))
out.append(case("انتهت المباراة بالنتيجة 2-3 هـ في الملعب.", "ar", None, [], tz="Asia/Riyadh"))

# A treaty's year.
for n, (word, lang) in enumerate([("قرارداد", "fa"), ("موافقتنامه", "fa"), ("معاهدة", "ar"), ("قرارداد", "fa")]):
    y = rng.randrange(1900, 2020)
    if y % 100 == 0:
        y += 1
    sy = fa(y) if lang == "fa" and n % 2 else str(y)
    text = f"{word} {sy} میان دو کشور امضا شد." if lang == "fa" else f"وقعت {word} {sy} بين مصر وبريطانيا."
    out.append(case(text, lang, None, [want(sy, "gregorian", str(y), "year")], tz=None if lang == "fa" else "Africa/Cairo"))
out.append(case("قرارداد 2000 دلاری امضا شد.", "fa", None, []))

# A Hijri year without its era and its Gregorian twin in brackets.
for n in range(5):
    hy = rng.randrange(200, 1440)
    g = dt.date(*islamic.to_gregorian(hy, 6, 1)).year  # a Gregorian year the Hijri one meets
    sh, sg = (str(hy).translate(AR_DIGITS), str(g).translate(AR_DIGITS)) if n % 2 else (str(hy), str(g))
    inner = f"{sg}م" if n == 2 else sg
    surface = f"سنة {sh} ({inner})"
    out.append(case(f"بني المسجد {surface} في عهد السلطان.", "ar", None,
                    [want(surface, "gregorian", f"{g:04d}", "year")], tz="Africa/Cairo"))

# A death's year with ت glued on.
for n in range(3):
    hy = rng.randrange(100, 1000)
    digits = str(hy).translate(AR_DIGITS) if n % 2 else str(hy)
    out.append(case(f"روى عنه الإمام (ت{digits}هـ) وغيره من العلماء.", "ar", None,
                    [want(f"{digits}هـ", "hijri", hijri_years(hy, hy), "year", ("approximate",))], tz="Asia/Baghdad"))
out.append(case("يحمل المنتج الرمز (ت2) في الكتالوج.", "ar", None, [], tz="Asia/Baghdad"))

# The year between slashes; a long span after a verb on و; a Friday mosque.
for n in range(3):
    y = rng.randrange(1930, 2020)
    sy = str(y).translate(AR_DIGITS) if n == 2 else str(y)
    out.append(case(f"تأسس الحزب عام /{sy}/ في دمشق.", "ar", None, [want(f"عام /{sy}/", "gregorian", str(y), "year")],
                    tz="Asia/Damascus"))
for n in range(3):
    a = dt.date(rng.randrange(1940, 2015), rng.randrange(1, 13), rng.randrange(1, 28))
    b = a + dt.timedelta(days=rng.randrange(400, 900))
    names = AR_LEVANTINE if n % 2 else AR_GREG
    verb = ["واستمرت إلى", "واستمر حتى", "وتواصلت إلى"][n]
    surface = f"{a.day} {names[a.month - 1]} {a.year} {verb} {b.day} {names[b.month - 1]} {b.year}"
    out.append(case(f"بدأت الحرب في {surface} حين وقعت الهدنة.", "ar", None,
                    [want(surface, "gregorian", f"{a}/{b}", "day")], tz="Asia/Beirut"))
out.append(case("مسجد جامع عتیق یا مسجد جمعه یا مسجد آدینه، از کهن‌ترین مساجد شیراز است.", "fa", "2023-08-25", []))

# Spans of three-digit years; the first Hijri century.
for n in range(3):
    a = rng.randrange(300, 900)
    b = a + rng.randrange(5, 40)
    sa, sb = (fa(a), fa(b)) if n % 2 else (str(a), str(b))
    surface = f"سالهای {sa} و {sb} قمری"
    out.append(case(f"این بنا بین {surface} ساخته شد.", "fa", None,
                    [want(surface, "hijri", hijri_years(a, b), "year", ("approximate",))]))
for n in range(2):
    a = rng.randrange(100, 700)
    b = a + rng.randrange(50, 300)
    surface = f"از {fa(a)} تا {fa(b)} میلادی"
    out.append(case(f"ساسانیان {surface} فرمانروایی کردند.", "fa", None, [want(surface, "gregorian", f"{a:04d}-01-01/{b:04d}-12-31", "year")]))
out.append(case("عاش في القرن الأول الهجري كثير من الصحابة.", "ar", None,
                [want("القرن الأول الهجري", "hijri", hijri_years(1, 99), "year", ("approximate",))], tz="Asia/Riyadh"))

# Gregorian years of the first millennium in words, before the era.
AR_UNITS_M = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
for n in range(3):
    hundreds, tens, units = rng.randrange(3, 10), rng.randrange(2, 10), rng.randrange(1, 10)
    y = 100 * hundreds + 10 * tens + units
    era = ["م", "ميلادية", "للميلاد"][n]
    surface = f"سنة {AR_HUNDREDS[hundreds]} و{AR_UNITS_M[units]} و{AR_TENS[tens]} {era}"
    out.append(case(f"بني القصر {surface} في عهد الأمير.", "ar", None, [want(surface, "gregorian", f"{y:04d}", "year")], tz="Africa/Cairo"))

# N units before an event.
for n, (count, event) in enumerate([("سه روز", "اقامه نماز"), ("۱۳ روز", "برکناری امیرکبیر"), ("ده روز", "موعد مقرر"),
                                    ("پنج روز", "برگزاری انتخابات"), ("دو سال", "انقلاب")]):
    out.append(case(f"مؤمنان {count} پیش از {event} روزه گرفتند.", "fa", some_day().isoformat(), []))
ref = some_day()
out.append(case("او سه روز پیش از روستای خود به تهران رفت.", "fa", ref.isoformat(),
                [want("سه روز پیش", "relative", (ref - dt.timedelta(days=3)).isoformat(), "day")]))

# A bare year after در before "when".
for n, when in enumerate(["زمانی که", "وقتی", "هنگامی که"]):
    y = rng.randrange(1820, 1900)
    out.append(case(f"حتی در {y} {when} پدرش لشکر را رهبری می‌کرد، این بیماری شایع بود.", "fa", None,
                    [want(f"در {y}", "gregorian", str(y), "year")]))

# The first hour of a day: the number after the hour word is the day of the month after it.
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
for n, first in enumerate(["از اولین ساعت", "از نخستین ساعت", "در اولین ساعت", "از ساعت"]):
    jy, jm, jd = rng.randrange(1390, 1404), rng.randrange(1, 13), rng.randrange(1, 29)
    digits = (lambda x: fa(x)) if n % 2 else str
    surface = f"{digits(jd)} {FA_JALALI[jm - 1]} {digits(jy)}"
    out.append(case(f"این طرح {first} {surface} اجرا شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
    day = some_day()
    surface = f"{digits(day.day)} {FA_GREG[day.month - 1]} {digits(day.year)}"
    out.append(case(f"این طرح {first} {surface} اجرا شد.", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")]))
    day = some_day()
    surface = f"{day.day} {AR_GREG[day.month - 1]} {day.year}"
    out.append(case(f"بدأ التطبيق منذ الساعة الأولى من {surface}.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))

# A day and month, a comma, then من and the year word.
for n, word in enumerate(["العام", "عام", "سنة", "العام", "عام", "سنة"]):
    day = dt.date(1100, 1, 1) + dt.timedelta(days=rng.randrange(0, 330000))
    months = [AR_LEVANTINE, AR_GREG, AR_MAGHREB][n % 3]
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n >= 3 else str
    surface = f"{digits(day.day)} {months[day.month - 1]}، من {word} {digits(day.year)}"
    out.append(case(f"وفي مثل هذا اليوم، أي في {surface}، وقع زلزال مدمر.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(3):
    y, hm = rng.choice(sorted(k for k in UQ if 1420 <= k[0] <= 1446))
    hd = rng.randrange(1, 29)
    first = UQ[(y, hm)] + dt.timedelta(days=hd - 1)
    surface = f"{hd} {AR_HIJRI[hm - 1]}، من عام {y} هـ"
    out.append(case(f"وفي {surface}، افتتح المسجد.", "ar", None, [want(surface, "hijri", first.isoformat(), "day")],
                    tz="Asia/Riyadh"))

# The year word and a year, then "in" a day and month.
for n, (word, era) in enumerate([("عام", ""), ("سنة", " م"), ("العام", ""), ("عام", " م"), ("سنة", ""), ("العام", " م")]):
    day = dt.date(1900, 1, 1) + dt.timedelta(days=rng.randrange(0, 45000))
    months = [AR_GREG, AR_LEVANTINE, AR_MAGHREB][n % 3]
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n % 2 else str
    surface = f"{word} {digits(day.year)}{era} في {digits(day.day)} {months[day.month - 1]}"
    out.append(case(f"ضرب الزلزال المدينة {surface} ودمرها.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(4):
    jy, jm, jd = rng.randrange(1320, 1404), rng.randrange(1, 13), rng.randrange(1, 29)
    digits = fa if n % 2 else str
    surface = f"در سال {digits(jy)} در {digits(jd)} {FA_JALALI[jm - 1]}"
    out.append(case(f"این زلزله {surface} رخ داد.", "fa", None, [want(surface, "jalali", jdate(jy, jm, jd).isoformat(), "day")]))
out.append(case("انطلقت فعاليات المخيمات الصيفية لعام 2025 في 27 يوليو.", "ar", "2025-06-01",
                [want("لعام 2025", "gregorian", "2025", "year"), want("27 يوليو", "gregorian", "2025-07-27", "day", ("year_inferred",))],
                tz="Africa/Casablanca"))

# A Persian year of the 1200s after a lunar one written with its era: by Iran's table where it has the year,
# else by the arithmetic calendar, approximate.
def fa_lunar_year(y, surface):
    if (y, 1) in IRAN and (y + 1, 1) in IRAN:
        return want(surface, "hijri", f"{IRAN[(y, 1)]}/{IRAN[(y + 1, 1)] - dt.timedelta(days=1)}", "year")
    return want(surface, "hijri", hijri_years(y, y), "year", ("approximate",))


for n, era in enumerate(["قمری", "هـ.ق", "ق", "هجری قمری"]):
    ha = rng.randrange(1210, 1330)
    hb = ha + rng.randrange(0, 12)
    digits = fa if n % 2 else str
    first = f"در سال {digits(ha)} {era}"
    out.append(case(f"ساختمان مدرسه {first} آغاز شد و عملیات آن تا سال {digits(hb)} ادامه داشت.", "fa", None,
                    [fa_lunar_year(ha, first), fa_lunar_year(hb, f"سال {digits(hb)}")]))
for n in range(2):
    ja = rng.randrange(1220, 1300)
    jb = ja + rng.randrange(1, 8)
    out.append(case(f"ساختمان مدرسه در سال {ja} شمسی آغاز شد و عملیات آن تا سال {jb} ادامه داشت.", "fa", None,
                    [want(f"در سال {ja} شمسی", "jalali", solar_hijri_year(ja), "year"),
                     want(f"سال {jb}", "jalali", solar_hijri_year(jb), "year", ("calendar_guessed",))]))
ha = rng.randrange(1230, 1260)
out.append(case(f"ساختمان مدرسه در سال {ha} قمری آغاز شد و بازسازی آن در سال ۱۳۰۵ انجام شد.", "fa", None,
                [fa_lunar_year(ha, f"در سال {ha} قمری"),
                 want("در سال ۱۳۰۵", "jalali", solar_hijri_year(1305), "year", ("calendar_guessed",))]))

# Starting from a year to another.
for n, (start, word, to) in enumerate([("بداية من", "سنة ", "إلى"), ("ابتداء من", "عام ", "حتى"), ("بداية من", "", "إلى"),
                                       ("ابتداء من", "سنة ", "إلى"), ("بداية من", "عام ", "حتى")]):
    a = rng.randrange(1950, 2020)
    b = a + rng.randrange(1, 9)
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n % 2 else str
    surface = f"{start} {word}{digits(a)} {to} {word}{digits(b)}"
    out.append(case(f"تضاعف عدد السكان {surface} في المدينة.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")], tz=AR_ZONES[n % len(AR_ZONES)]))
out.append(case("تطبق الزيادة بداية من 2020 في المدينة.", "ar", None, [want("بداية من 2020", "gregorian", "2020", "year")],
                tz="Africa/Algiers"))

# A festival's year.
for n, name in enumerate(["مهرجان كان السينمائي", "مهرجان قرطاج", "مهرجان برلين السينمائي الدولي", "مهرجان جرش"]):
    y = rng.randrange(1960, 2025)
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n % 2 else str
    lead = "" if n == 0 else "شارك الفيلم في "
    out.append(case(f"{lead}{name} {digits(y)}، وفاز بجائزة.", "ar", None, [want(digits(y), "gregorian", str(y), "year")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
for n, name in enumerate(["جشنواره فیلم فجر", "جشنواره تئاتر فجر", "جشنواره موسیقی"]):
    jy = rng.randrange(1370, 1404)
    digits = fa if n % 2 else str
    out.append(case(f"این فیلم در {name} {digits(jy)}، سیمرغ گرفت.", "fa", None,
                    [want(digits(jy), "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
out.append(case("زار مهرجان الربيع 1950 زائرا في يومه الأول.", "ar", None, [], tz="Africa/Cairo"))
out.append(case("دبیرخانه در جشنواره فیلم ۱۳۵۰ اثر دریافت کرد.", "fa", None, []))

# A year in guillemets after "in".
for n in range(4):
    a = rng.randrange(1850, 2020)
    b = a + rng.randrange(1, 9)
    if a % 100 == 0 or b % 100 == 0:
        a, b = a + 1, b + 1
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n % 2 else str
    out.append(case(f"أنشئت كلية للآداب في «{digits(a)}» وفي «{digits(b)}» تم تجميع الكليات.", "ar", None,
                    [want(f"في «{digits(a)}»", "gregorian", str(a), "year"), want(f"في «{digits(b)}»", "gregorian", str(b), "year")],
                    tz=AR_ZONES[n % len(AR_ZONES)]))
for n in range(2):
    jy = rng.randrange(1320, 1399)
    digits = fa if n % 2 else str
    out.append(case(f"این دانشکده در «{digits(jy)}»، تأسیس شد.", "fa", None,
                    [want(f"در «{digits(jy)}»", "jalali", solar_hijri_year(jy), "year", ("calendar_guessed",))]))
out.append(case("حصل الفريق في «1950» نقطة هذا الموسم.", "ar", None, [], tz="Africa/Cairo"))
out.append(case("حصل الفريق في «2000» نقطة هذا الموسم.", "ar", None, [], tz="Africa/Cairo"))

# The pilgrims' application, and the walk itself named after it.
for n in range(3):
    ref = dt.date(2023 + n, 8, 1) + dt.timedelta(days=rng.randrange(0, 20))
    out.append(case("تمامی کارگزاران اپلیکیشن همیار اربعین را روی گوشی نصب کرده بودند.", "fa", ref.isoformat(), []))

emit("tools/gen/cases_five_hundred_fifty_seventh_sets.py: counts joined by or, a journal's year, a clock range's bare end, "
     "Hamyar-e Arbaeen "
     "(docs/accuracy.md)", out)
