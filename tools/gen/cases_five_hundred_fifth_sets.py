#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_fifth_sets.jsonl: forms met in the
five-hundred-and-fifth real-text sets and after (and in the misses of the
sets before them), generated across their families.

- An Arabic year of these decades (1950 to 2035, not a round hundred) after
  في before any word that what a number counts is not: a verb or a noun that
  starts a clause (في 2019 مشاركة 1030 دار نشر, في 2023 أظهر تقييم, في 2018
  بتبرع, في 1956 صار اسمها): the year; not before a currency or a count's noun
  (في 2019 درهم, في 1987 قتيلا, في 2017 منزل, في 2015 طالبا: a count's noun
  stands bare, its accusative on ا), nor a round hundred (في 2000 مدرسة), nor a
  number of the years before (في 1946 حادثة سير counts accidents).
- A Persian year after در before the words of its clause, Solar Hijri of
  1300 to 1410 or Gregorian of 1950 to 2035 (در ۱۳۴۹ قحطی را تجربه کردیم, در
  ۲۰۲۴ صورت می‌گیرد, در 1919 ایجاد شد): the year; not a round hundred (در ۱۴۰۰
  شهر), nor a count's noun (در ۱۳۵۰ تومان, در ۱۸۵۶ نفر).
- An Arabic year after من with a comma or a word that ends it (انطلاقا من
  2016، بعدما افتتح, ما سجل من 2019، وفق, اعتبارا من 2026 في الساعة): the year;
  not a count after a comparative (أكثر من 2015 حالة, لأزيد من 1987 مشارك,
  ما يقرب من 2013 عسكريا), nor the first of two numbers (من 2016، 2017).
- A day and month, then من and a year of four digits without a year word
  (يوم 12 فبراير من 2026, 3 شباط من 2019, 14 جويلية من 2022): one day; the
  year word's form (من عام 2026) as before; not a count (5 يوليو من 2000 شخص
  leaves the day without a year).

- A Solar Hijri day and month, then a year of 1340 to 1399 said in words without
  سال, a clock after it or not (دوم فروردین نود و هشت ساعت دو ظهر, ۱۵ خرداد
  هفتاد و پنج): the day in that year; not a count (۱۰ اسفند سی و یک روز, ۱۵
  خرداد پنجاه و هفت نفر: the day without a year).
- A Hijri day and month in Persian with its year and هجری alone
  (۱۹ شوال ۱۳۱۱ هجری, 19شوال1311هجري glued): the lunar day (هجری alone before
  a year of the last century is the Solar Hijri one only without a lunar
  month before it: سال ۱۳۴۰ هجری).
- Ages ago: a magnitude before "years ago" (۶۵ میلیون سال پیش, دو هزار سال
  قبل, هزاران سال پیش, ۲۰۰۰ سال پیش): no date, not last year.

- An Arabic page's stamp alone on its line, two digits each between dots
  after a rubric (رياضة⏎26.04.24⏎): day, month, two-digit year; not a race's
  time in brackets (بزمن (01.10.78)) nor a version inside a sentence.

- A year after منذ, حتى or قبل, then the clause's comma and a count (منذ
  2017، 157 قضية, ومنذ ٢٠١٩، ٣٠ حالة): the year; a date whose parts commas join,
  nothing between them (مصوب ۱۳۴۸,۰۸,۲۱), stays one date.

- An Arabic year of the 1200s that no Hijri year near the reference can be
  (قاد الحملة الصليبية من العام 1248 إلى 1254 on a page of 2014): the
  Gregorian year, not the Solar Hijri one; the page's own Solar Hijri year
  stays one (للعام الجديد 1402 on 21 March 2023).

- AFP's clock with a comma before its zone, in brackets after the local one
  (الساعة 22,43 (2,43 ت غ), (14,00 ت غ), 1,39 بتوقيت موسكو): the clock in that
  zone; not a decimal before a count (2,43 مليون). بحسب written onto the
  zone's phrase (الساعة 04:50 اليوم الجمعة بحسب توقيت غرينتش): the zone.
- A year of these decades after بعد, قبل or منذ before any word no number
  counts (بعد 2011 حاولوا إنشاء, منذ 2019 تعمل): the year; not a count (قبل
  2015 طالبا, بعد 2000 متر), nor after ل (لرؤيتها لـ2021 بتحقيق: a vision's).
- Consecutive months listed with a comma and و before each after the first
  (أشهر يوليو، وأغسطس، وسبتمبر): one span, as without the commas; not the end
  of a longer list with a gap (محرم، رجب، ذو القعدة، وذو الحجة).

- An infobox's row, a label's words then the year alone in its cell
  (تاریخ گزینش | ۱۹۸۸ |, آغاز ساخت | ۱۳۷۶ |, تاريخ التأسيس | 1931 |): the year;
  not a count in its cell (قیمت | ۲۵۰۰ |).

- A byline's English month run onto the Latin word before it and its year
  onto a page's count after it (Bawar Media CenterApril 29, 2021207): the day;
  not a word that merely ends in may (dismay 5 times).

- A prize's year after its word or list (الفائز بالجائزة 2020, القائمة القصيرة
  2021, البوكر 2019, برنده نوبل ادبیات 2006): the year; not a prize's amount
  (جائزة 2000 دولار, جایزه ۲۰۰۰ دلاری).
- A record's label, the year word and what it dates, then a colon and the year
  (سال انتشار: 1396, سنة التشريع: 1977, سنة النشر: 2019): the year.
- Persian سال and two digits after a count of years (تا 5 سال 90 تا 100 هزار
  کیلومتر): no year.

- A law's or a code's name of one word, then its year (قانون الأوقاف 2008,
  مدونة الأوقاف 2010, دستور المملكة 2011): the year; not a law's number (قانون
  رقم 2015/68, قانون عدد 2020/79), nor a count (قانون العمل 2000 عامل).
- From a year to a day of a later year written whole (من عام 1993 حتى 30
  أبريل 2010, من 1993م حتى …): one span from the year's first day.

- Imam Ali's birthday with its two words apart (میلاد امیر المومنین, ولادت امیر
  المؤمنین): 13 Rajab by Iran's calendar, the one nearest the reference.

- The Maghreb's summer season before a year (لصائفة 2016, صائفة 2023, بصائفة
  2019): the year, as صيف 2011 is.

- Today as the last word of an outlet's name, one word with its article after
  the word for site, paper, magazine, channel, network or agency, or the two in
  quotes (موقع السعودي اليوم, «بلدنا اليوم»): no date; today after a name
  without its article stays today (بموقع فيسبوك اليوم).

Days come from datetime, the Solar Hijri years from the Calendar Center's
table via case_form, Iran's lunar months from its published table, offsets
from zoneinfo; nothing here is read from taqvim. Run from the project
root: tools/gen/cases_five_hundred_fifth_sets.py >
tests/extract/cases/five_hundred_fifth_sets.jsonl"""
import random

import datetime as dt

from case_form import case, clock_value, emit, fa, iran_lunar, solar_hijri_year, want

rng = random.Random(505)
out = []

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def year_of_decades():
    while True:
        y = rng.randrange(1950, 2036)
        if y % 100:
            return y


# في and a year before a word of its clause.
AR_AFTER_IN = [
    "مشاركة 1030 دار نشر من 36 بلدا.", "أظهر تقييم أن الأنظمة لا تزال ضعيفة.", "بتبرع من أحد رجال الأعمال.",
    "صار اسمها رسميا الإذاعة الوطنية.", "تورط اللاعب في قضية منشطات.", "ثمرة شراكة بين البلدين.",
    "موسوعة غينيس للأرقام القياسية.", "كهيئة مستقلة عن الاتحاد.", "تضمن ضوابط استيراد السيارات.",
    "جعل عملية الاستئناف صعبة للغاية.", "وصل إلى 7 مليار أوقية.", "بوادر انتعاش في القطاع.",
]
for n, tail in enumerate(AR_AFTER_IN):
    y = year_of_decades()
    ys = str(y).translate(AR_DIGITS) if n % 3 == 1 else str(y)
    out.append(case(f"وكان المشروع قد انطلق في {ys} {tail}", "ar", None,
                    [want(f"في {ys}", "gregorian", str(y), "year")], tz="Africa/Cairo"))
for text in ["بلغت قيمة الصفقة في 2019 درهم واحد للمتر.", "سقط في 1987 قتيلا في الحادث.", "تم توزيع الكتب في 2000 مدرسة.",
             "سجلت في 1946 حادثة سير داخل المدن.", "توزعت في 1824 مركز اقتراع.", "شارك في 2015 طالبا من المدارس.",
             "ساهم في 2014 متطوعا في الحملة.", "شيدت الشركة في 2017 منزل جديد.", "سافر في 2023 حاج إلى مكة."]:
    out.append(case(text, "ar", None, [], tz="Africa/Casablanca"))

# در and a year before the words of its clause.
FA_AFTER_IN = [("قحطی را تجربه کردیم.", "jalali"), ("ایجاد شد و گسترش یافت.", "gregorian"),
               ("صورت می‌گیرد و آغاز می‌شود.", "gregorian"), ("چهره‌ای تازه پیدا کرده است.", "jalali"),
               ("تصمیم گرفتند کار را متوقف کنند.", "gregorian"), ("به قتل رسید.", "jalali"),
               ("تاسیس شد و کار خود را آغاز کرد.", "jalali"), ("ساخته شد.", "gregorian")]
for n, (tail, cal) in enumerate(FA_AFTER_IN):
    while True:
        y = rng.randrange(1300, 1411) if cal == "jalali" else year_of_decades()
        if y % 100:
            break
    ys = fa(y) if n % 2 == 0 else str(y)
    value = solar_hijri_year(y) if cal == "jalali" else str(y)
    out.append(case(f"این مجموعه در {ys} {tail}", "fa", None,
                    [want(f"در {ys}", cal, value, "year", ["calendar_guessed"] if cal == "jalali" else [])]))
for text in ["راهپیمایی در ۳۸ هزار روستا و در ۱۴۰۰ شهر برگزار شد.", "قیمت در ۱۳۵۰ تومان ثابت ماند.",
             "این طرح در ۱۸۵۶ نفر آزمایش شد."]:
    out.append(case(text, "fa", None, []))

# من and a year with a comma or a word that ends it.
AR_FROM = ["انطلاقا من {y}، بعدما افتتح المتحف أبوابه.", "تراجعت المبيعات مقارنة بما سجل من {y}، وفق التقرير.",
           "وتعمل المنظمة في اليمن من {y} في إقامة المخيمات.", "ينطلق الدوري اعتبارا من {y} في الساعة السادسة.",
           "انخفضت الأسعار مقارنة بالربع المماثل من {y}، الذي شهد قفزة في الطلب."]
for n, tmpl in enumerate(AR_FROM):
    y = year_of_decades()
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    out.append(case(tmpl.format(y=ys), "ar", None, [want(ys, "gregorian", str(y), "year")], tz="Africa/Algiers"))
for text in ["سجلت المديرية أكثر من 2015 حالة وفاة.", "بمشاركة لأزيد من 1987 مشارك من 61 دولة.",
             "سيصل ما يقرب من 2013 عسكريا إلى المنطقة.", "ارتفعت الحصيلة من 2016، 2017 و2018 حالة.",
             "تصل الحرارة إلى أقل من 1985 درجة."]:
    out.append(case(text, "ar", None, [], tz="Africa/Algiers"))

# A day and month, then من and a year of four digits.
MONTHS = [["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["مارس", "آذار"], ["أبريل", "نيسان", "أفريل"],
          ["مايو", "أيار", "ماي"], ["يونيو", "حزيران", "جوان"], ["يوليو", "تموز", "جويلية", "يوليوز"],
          ["أغسطس", "آب", "أوت", "غشت"], ["سبتمبر", "أيلول", "شتنبر"], ["أكتوبر", "تشرين الأول"],
          ["نوفمبر", "تشرين الثاني", "نونبر"], ["ديسمبر", "كانون الأول", "دجنبر"]]
for n in range(12):
    day = dt.date(rng.randrange(1960, 2031), n + 1, rng.randrange(1, 29))
    name = MONTHS[n][n % len(MONTHS[n])]
    d, y = str(day.day), str(day.year)
    if n % 3 == 2:
        d, y = d.translate(AR_DIGITS), y.translate(AR_DIGITS)
    surface = f"{d} {name} من {y}"
    out.append(case(f"حدد البنك المركزي يوم {surface} أول اجتماع للجنة السياسة النقدية.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Cairo"))
out.append(case("عقد الاجتماع في 5 يوليو من عام 2026 بالعاصمة.", "ar", None,
                [want("5 يوليو من عام 2026", "gregorian", "2026-07-05", "day")], tz="Africa/Cairo"))
out.append(case("وزعت الوجبات في 5 يوليو من 2000 شخص بالعاصمة.", "ar", None,
                [want("5 يوليو", "gregorian", "XXXX-07-05", "day", ["unresolved"])], tz="Africa/Cairo"))

# A Solar Hijri day and month, then a year said in words.
FA_TENS = {40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
FA_ONES = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه"}
FA_ORD = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم", 10: "دهم", 12: "دوازدهم", 20: "بیستم"}
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def jalali_official(jy, m, d):
    """Solar Hijri jy/m/d as a Gregorian date, from the first day of jy by the Calendar Center's leap years."""
    first = dt.date.fromisoformat(solar_hijri_year(jy).split("/")[0])
    return first + dt.timedelta(days=(m - 1) * 31 if m <= 7 else 186 + (m - 7) * 30) + dt.timedelta(days=d - 1)


for n in range(10):
    tens, ones = rng.choice(sorted(FA_TENS)), rng.randrange(1, 10)
    yy = tens + ones
    m = rng.randrange(1, 13)
    d = rng.choice(sorted(FA_ORD)) if n % 2 == 0 else rng.randrange(1, 29)
    day = jalali_official(1300 + yy, m, d)
    said = f"{FA_TENS[tens]} و {FA_ONES[ones]}"
    first = FA_ORD[d] if n % 2 == 0 else fa(d)
    surface = f"{first} {FA_MONTHS[m - 1]} {said}"
    if n % 3 == 0:
        surface += " ساعت دو ظهر"
        value, gran = clock_value(day, 14, 0, "Asia/Tehran"), "minute"
    else:
        value, gran = day.isoformat(), "day"
    out.append(case(f"خاطرات سفر\n{surface} حرکت کردیم و شب را در راه ماندیم.", "fa", None,
                    [want(surface, "jalali", value, gran)]))
out.append(case("گفت ۱۰ اسفند سی و یک روز طول کشید.", "fa", "2021-06-27",
                [want("۱۰ اسفند", "jalali", "2021-02-28", "day", ["year_inferred"])]))
out.append(case("روز ۱۵ خرداد پنجاه و هفت نفر آمدند.", "fa", "2021-06-27",
                [want("۱۵ خرداد", "jalali", "2021-06-05", "day", ["year_inferred"])]))

# A Hijri day and month in Persian with هجری alone after its year.
IRAN = iran_lunar()
FA_HIJRI = ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان", "رمضان",
            "شوال", "ذیقعده", "ذیحجه"]
for n in range(6):
    while True:
        hy, hm, hd = rng.randrange(1300, 1400), rng.randrange(1, 13), rng.randrange(1, 29)
        if (hy, hm) in IRAN:
            break
    day = IRAN[(hy, hm)] + dt.timedelta(days=hd - 1)
    era = "هجری" if n % 2 == 0 else "هجري"
    surface = f"{fa(hd)} {FA_HIJRI[hm - 1]} {fa(hy)} {era}" if n % 3 else f"{hd}{FA_HIJRI[hm - 1]}{hy}{era}"
    out.append(case(f"در کتاب آمده است که در {surface} فرمان صادر شد.", "fa", None,
                    [want(surface, "hijri", day.isoformat(), "day")]))
out.append(case("این بنا در سال ۱۳۴۰ هجری ساخته شد.", "fa", None,
                [want("در سال ۱۳۴۰ هجری", "jalali", solar_hijri_year(1340), "year")]))

# Ages ago: a magnitude before "years ago".
for text in ["دایناسورها ۶۵ میلیون سال پیش منقرض شدند.", "این شهر دو هزار سال قبل ساخته شد.",
             "انسان‌ها هزاران سال پیش در این غار زندگی می‌کردند.", "این درخت ۲۰۰۰ سال پیش کاشته شد.",
             "گمان می‌رود که پسته حدود ۴–۳ هزار سال قبل اهلی شده است.", "میلیون‌ها سال پیش این منطقه دریا بود."]:
    out.append(case(text, "fa", "2021-06-27", []))
out.append(case("این درخت سال پیش کاشته شد.", "fa", "2021-06-27",
                [want("سال پیش", "relative", solar_hijri_year(1399), "year")]))

# An Arabic page's stamp alone on its line: DD.MM.YY.
RUBRICS = ["رياضة", "ثقافة", "اقتصاد", "محليات"]
for n in range(6):
    day = dt.date(rng.randrange(2001, 2031), rng.randrange(1, 13), rng.randrange(1, 29))
    stamp = f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    out.append(case(f"{RUBRICS[n % 4]}\n{stamp}\n\nعودة الحياة إلى الملعب بعد سنوات من الغياب.", "ar", None,
                    [want(stamp, "gregorian", day.isoformat(), "day", ["calendar_guessed"])], tz="Africa/Tripoli"))
out.append(case("المركز الأول بزمن (01.10.78) ثانيا.", "ar", None, [], tz="Asia/Kuwait"))
out.append(case("صدر التحديث الإصدار 12.05.24 للتطبيق.", "ar", None, [], tz="Asia/Kuwait"))



def years_after_words(template, pairs, tz):
    """A year of these decades after each word, in every other case in Arabic-Indic digits: the year alone."""
    for n, (word, tail) in enumerate(pairs):
        y = year_of_decades()
        ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
        out.append(case(template.format(word=word, y=ys, tail=tail), "ar", None, [want(ys, "gregorian", str(y), "year")], tz=tz))


# A year after منذ, حتى or قبل, then the clause's comma and a count.
years_after_words("وعالجت المصالح {word} {y}، {tail}.",
                  [("منذ", "157 قضية تخص المؤثرات العقلية"), ("ومنذ", "30 حالة سجلت في المدينة"),
                   ("حتى", "45 مشروعا أنجزت في الولاية"), ("قبل", "12 مصنعا أغلقت أبوابها")], "Africa/Algiers")
out.append(case("وفق القانون مصوب ۱۳۴۸,۰۸,۲۱ مجلس شورای ملی.", "fa", None,
                [want("۱۳۴۸,۰۸,۲۱", "jalali", jalali_official(1348, 8, 21).isoformat(), "day", ["calendar_guessed"])]))

# An Arabic year of the 1200s far from the reference's Hijri year: Gregorian.
for n, (a, b) in enumerate([(1248, 1254), (1212, 1218), (1270, 1272)]):
    ref = dt.date(rng.randrange(2010, 2027), rng.randrange(1, 13), rng.randrange(1, 29))
    surface = f"العام {a} إلى {b}"
    out.append(case(f"الملك الذي قاد الحملة من {surface}، وأمر بترميم القلعة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year", ["calendar_guessed"])], tz="Asia/Beirut"))
    out.append(case(f"بنيت القلعة في عام {a} على يد الصليبيين.", "ar", ref.isoformat(),
                    [want(f"في عام {a}", "gregorian", str(a), "year", ["calendar_guessed"])], tz="Asia/Beirut"))
out.append(case("أقيمت احتفالات للعام الجديد 1402 في طهران.", "ar", "2023-03-21",
                [want("للعام الجديد 1402", "jalali", solar_hijri_year(1402), "year", ["calendar_guessed"])], tz="Asia/Tehran"))

# AFP's clock with a comma before its zone.
for n in range(5):
    ref = dt.date(rng.randrange(2015, 2027), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    zone_word = ["ت غ", "بتوقيت غرينتش", "ت غ", "بتوقيت غرينتش", "ت غ"][n]
    clock = f"{hh},{mm:02d} {zone_word}"
    out.append(case(f"ينطلق الصاروخ من القاعدة ({clock}) حسب وكالة الفضاء.", "ar", ref.isoformat(),
                    [want(clock, "relative", f"{ref.isoformat()}T{hh:02d}:{mm:02d}+00:00", "minute")], tz="Asia/Hebron"))
out.append(case("بلغت قيمة الصادرات 2,43 مليون دولار.", "ar", "2023-05-08", [], tz="Asia/Hebron"))
for n, (zone_phrase, off) in enumerate([("بحسب توقيت غرينتش", "+00:00"), ("بحسب توقيت مكة المكرمة", "+03:00")]):
    ref = dt.date(2025, 8, 20)
    surface = f"الساعة 04:50 {zone_phrase}"
    out.append(case(f"انطلق الصاروخ {surface} من قاعدة الإطلاق.", "ar", ref.isoformat(),
                    [want(surface, "relative", f"2025-08-20T04:50{off}", "minute")], tz="Africa/Cairo"))

# A year after بعد, قبل or منذ before a word no number counts.
years_after_words("وأشار المدير إلى أنه {word} {y} {tail}.",
                  [("بعد", "حاولوا إنشاء شبكات جديدة"), ("منذ", "تعمل الشركة في المنطقة"),
                   ("قبل", "كانت الأسعار أقل"), ("بعد", "عادت الحياة إلى طبيعتها")], "Africa/Tripoli")
for text in ["سجل قبل 2015 طالبا في المدرسة.", "توقف السباق بعد 2000 متر من الانطلاق.",
             "وفقاً لرؤيتها لـ2021 بتحقيق الاستدامة."]:
    out.append(case(text, "ar", None, [], tz="Africa/Tripoli"))

# Consecutive months with a comma and و before each after the first.
for n, (a, names) in enumerate([(7, "يوليو، وأغسطس، وسبتمبر"), (3, "مارس، وأبريل، ومايو"), (10, "أكتوبر، ونوفمبر")]):
    ref = dt.date(2018, 5, 10)
    last = a + len(names.split("،")) - 1
    end = (dt.date(2018, last + 1, 1) - dt.timedelta(days=1)) if last < 12 else dt.date(2018, 12, 31)
    out.append(case(f"لن تكون هناك عمليات إطلاق في أشهر {names}، بل في الخريف.", "ar", ref.isoformat(),
                    [want(names, "gregorian", f"2018-{a:02d}-01/{end.isoformat()}", "month", ["year_inferred"])], tz="Africa/Cairo"))
out.append(case("الأشهر الحرم هي: محرم، رجب، ذو القعدة، وذو الحجة.", "ar", None, [], tz="Asia/Hebron"))

# An infobox's row: a label's words, then the year alone in its cell.
for n, (label, y, lang) in enumerate([("تاریخ گزینش", 1988, "fa"), ("آغاز ساخت", 1376, "fa"), ("گشایش", 2016, "fa"),
                                      ("تاريخ التأسيس", 1931, "ar"), ("الافتتاح", 2009, "ar")]):
    ys = fa(y) if lang == "fa" else str(y)
    cal = "jalali" if y < 1500 else "gregorian"
    value = solar_hijri_year(y) if cal == "jalali" else str(y)
    other = "مدت سفر | ۸ روز |" if lang == "fa" else "المدة | 8 أيام |"
    out.append(case(f"{other}\n{label} | {ys} |\n{'مالک' if lang == 'fa' else 'المالك'} | |", lang, None,
                    [want(ys, cal, value, "year", ["calendar_guessed"] if cal == "jalali" else [])]))
out.append(case("قیمت | ۲۵۰۰ |\nتعداد | ۱۹۸۸۰ |", "fa", None, []))

# A byline's English month run onto the word before it, the year onto a count after it.
EN = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
for n in range(6):
    day = dt.date(rng.randrange(2018, 2026), rng.choice([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]), rng.randrange(1, 29))
    name = EN[[1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].index(day.month)]
    count = rng.randrange(10, 999)
    stamp = f"{name} {day.day}, {day.year}"
    out.append(case(f"کمپاین نهال‌شانی در بلخ آغاز شد\n\nBawar Media Center{stamp}{count}\n{count + 17}_balkh\n\nکمپاین آغاز شد.",
                    "fa", None, [want(stamp, "gregorian", day.isoformat(), "day")], tz="Asia/Kabul"))
out.append(case("He said it with dismay 5 times.", "fa", None, []))

# A prize's year.
for n, (tmpl, y) in enumerate([("وصل الكاتب (الفائز بالجائزة {y}) إلى المرحلة الأخيرة.", 2020),
                               ("ووصل خطيبي (القائمة القصيرة {y}) إلى المرحلة الأخيرة.", 2021),
                               ("وكانت روايته قد وصلت إلى القائمة الطويلة {y} للجائزة.", 2018),
                               ("نال الروائي جائزة البوكر {y} عن روايته.", 2019)]):
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    out.append(case(tmpl.format(y=ys), "ar", None, [want(ys, "gregorian", str(y), "year")], tz="Asia/Qatar"))
out.append(case("برنده نوبل ادبیات 2006 که کارهای مشهور خود را نوشت.", "fa", None, [want("2006", "gregorian", "2006", "year")]))
for text, lang in [("وقيمة جائزة 2000 دولار للفائز.", "ar"), ("یک جایزه ۲۰۰۰ دلاری به او رسید.", "fa")]:
    out.append(case(text, lang, None, []))
# A record's label, a colon, the year.
for n, (text, y, lang) in enumerate([("سال انتشار: {y} نوع سند: مقاله", 1396, "fa"), ("رقم التشريع: 2\nسنة التشريع: {y}\nتاريخ", 1977, "ar"),
                                     ("سنة النشر: {y} دار النشر", 2019, "ar"), ("سال تاسیس: {y} محل", 1385, "fa")]):
    ys = fa(y) if lang == "fa" and n == 3 else str(y)
    cal = "jalali" if y < 1500 else "gregorian"
    out.append(case(text.format(y=ys), lang, None,
                    [want(ys, cal, solar_hijri_year(y) if cal == "jalali" else str(y), "year", ["calendar_guessed"] if cal == "jalali" else [])]))
out.append(case("عمر مفید تایرها تا 5 سال 90 تا 100 هزار کیلومتر است.", "fa", None, []))

# A law's or a code's name of one word, then its year.
for n, (head, name) in enumerate([("قانون", "الأوقاف"), ("مدونة", "الأسرة"), ("دستور", "المملكة"), ("قانون", "الاستثمار")]):
    y = year_of_decades()
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    out.append(case(f"وأجرت الحكومة تعديلا في {head} {name} {ys} ليصبح قانونا واحدا.", "ar", None,
                    [want(ys, "gregorian", str(y), "year")], tz="Africa/Khartoum"))
for text in ["الالتزام بأحكام قانون رقم 2015/68 في شأن العمالة.", "مشروع قانون عدد 2020/79 يتعلق بالمصادقة.",
             "يشمل قانون العمل 2000 عامل في القطاع."]:
    out.append(case(text, "ar", None, [], tz="Asia/Kuwait"))
# From a year to a day of a later year written whole.
for n in range(4):
    a = rng.randrange(1960, 2000)
    end = dt.date(rng.randrange(a + 11, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    start = [f"من عام {a}", f"من {a}م", f"من سنة {a}", f"من عام {a}"][n]
    era = "م" if n == 1 else ""
    surface = f"{start} حتى {end.day} {['يناير','فبراير','مارس','أبريل','مايو','يونيو','يوليو','أغسطس','سبتمبر','أكتوبر','نوفمبر','ديسمبر'][end.month - 1]} {end.year}{era}"
    out.append(case(f"أصدرت المصلحة خلال الفترة {surface} خمسة ملايين بطاقة.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{end.isoformat()}", "day")], tz="Africa/Cairo"))

# Imam Ali's birthday with its two words apart: 13 Rajab by Iran's calendar, nearest the reference.
for n, hy in enumerate([1445, 1446, 1447]):
    day = IRAN[(hy, 7)] + dt.timedelta(days=12)
    ref = day + dt.timedelta(days=[0, 3, -5][n])
    phrase = ["میلاد امیر المومنین", "ولادت امیر المؤمنین", "میلاد امیر المؤمنین"][n]
    out.append(case(f"همزمان با {phrase} علی (ع) سازمان ثبت احوال اعلام کرد.", "fa", ref.isoformat(),
                    [want(phrase, "hijri", day.isoformat(), "day", ["year_inferred"])]))

# The Maghreb's summer season before a year.
for n, word in enumerate(["لصائفة", "صائفة", "بصائفة", "الصائفة"]):
    y = year_of_decades()
    ys = str(y).translate(AR_DIGITS) if n % 2 else str(y)
    out.append(case(f"انطلقت المخيمات الصيفية {word} {ys} بمشاركة واسعة.", "ar", None,
                    [want(f"{word} {ys}", "gregorian", str(y), "year")], tz="Africa/Algiers"))

# Today as the last word of an outlet's name.
for text in ["ويقدم لكم موقع السعودي اليوم دليلا شاملا حول تجديد البطاقة.", "وتستعرض «بلدنا اليوم» خلال هذا التقرير كافة الشروط.",
             "وقالت صحيفة الخليج اليوم إن المعرض افتتح.", "وأفادت شبكة العراق اليوم بأن الطريق أغلق."]:
    out.append(case(text, "ar", "2024-11-06", [], tz="Asia/Riyadh"))
out.append(case("في بيان نشرته على صفحتها بموقع فيسبوك اليوم، أن المقبرة فتحت.", "ar", "2024-11-06",
                [want("اليوم", "relative", "2024-11-06", "day")], tz="Asia/Baghdad"))

emit("Forms met in the five-hundred-and-fifth real-text sets and after, across their families "
     "(tools/gen/cases_five_hundred_fifth_sets.py; datetime and the Solar Hijri table).",
     out)
