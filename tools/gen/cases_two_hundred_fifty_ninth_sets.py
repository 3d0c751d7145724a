#!/usr/bin/python3
"""Writes tests/extract/cases/two_hundred_fifty_ninth_sets.jsonl: forms met
in the two-hundred-and-fifty-ninth real-text sets and after, generated
across their families.

- An Arabic year after في with no year word, then a word that what a number
  counts cannot be (a counted noun stands bare, singular and indefinite,
  right after its number): the preposition ب alone (في 2014 ب 13 مليار, في
  2016 بـ16.94), ل with the article (أغلق في 2012 للتوسعة), a verb's
  subjunctive on ل (في 1952 لتعلو, في 2010 ليكسر), a pronoun on the word (في
  1948 سماها), a verb's present of three letters too (في 2019 يتم), a future
  on و (في 2015 وستعود), ون (في 2017 ونسخته), adverbs
  and conjunctions (في 2050 وفقا لـ, في 2024 بينما, في 2011 حينما): that
  year. Not before a counted noun that looks like one of those: ليرة, لتر,
  سهم, درهم, متهم, وسيلة, بيت, مركز.

- An edition's, a budget's, a law's or a plan's year after its noun (طبعة
  2014, لنسخة 2019, موازنة 2022, ميزانية 2019, قانون 1909, آفاق 2030): that
  year, the noun outside. Not before a counted noun (نسخة 2000 نسخة, قانون
  1500 دينار).
- A range whose start writes its year and whose end does not (من 5 يناير 2024
  إلى 20 فبراير, از ۵ مهر ۱۴۰۳ تا ۲۰ آبان, از اول سال ۱۴۰۳ تا ۲۰ آبان): the end
  is the first such day on or after the start, whatever the reference's
  year (before, the end was the one nearest the reference).
- A day/month pair, a dash and a whole date (18/3 - 24/3/2024,
  18/3-24/3/2024): the range, with no من before it too (before, the second
  day alone was read with the first's month: 3 - 24/3/2024); two pairs
  with a dash or a word for to after the word for a period (للفترة 18/3-
  24/3, في الفترة 18/3-24/3, للفترة 18/3 إلى 24/3): the range, the year
  the reference's nearest (XXXX without one). Not two pairs with nothing
  before them (النتيجة 1/2-3/4).
- A decade after a person named by a trade or kin, or a pronoun (موظفة في
  الثلاثينيات, وهي في الأربعينيات, سائق في الخمسينيات): an age, no years.
- The Yemeni site تاربة اليوم on its own line: a name, not today; سبتمر
  (a letter dropped) as September.
- Arabic فردا (فرداً, a person counted: تطلق سراح 537 فردا, إنقاذ 150
  فردًا): no tomorrow, as Persian's فردا is (جلسه فردا, فردا شب, پس فردا).
- A rate per day, اليوم after a slash written onto a unit (300 ألف
  م3/اليوم, 5 طن/اليوم): no today. الجمعة البيضاء, Black Friday as Gulf and
  Egyptian shops name it: no Friday, as الجمعة السوداء.
- A clock, then "of the date" or "of the day" and the date (الساعة 05:00 من
  تاريخ 6-12-2025, الساعة الثامنة من يوم 23 جوان 2023): that moment; a range
  of clocks whose end is before its start's hour (من الساعة 18.00 ولغاية
  الساعة 1.00 بعد منتصف الليل من تاريخ 18-12-2025): the start on the day
  before the end's.
- A day, then ومن and a clock (يوم غد الجمعة ومن الساعة العاشرة ليلا): the
  clock opens the next span, not the day's; the night of a weekday in
  construct (الساعة التاسعة من ليل الخميس): that weekday at night, not its
  eve.
- The twenty-first and thirty-first with و apart (الحادي و العشرون من شهر
  فبراير 2016م); a feminine ordinal before a dash is a session's, no day
  (الجلسة الثامنة عشرة - الحادي والعشرون من شهر فبراير 2016م: the 21st
  only).
- Persian's past N units and M more after در or طی (در یک سال و هفت ماه
  گذشته): a span, no day, as در ۴۵ روز گذشته.
- A month name, a slash and its year (شهر كانون الأول/2009, ديسمبر/2009):
  that month; not a day's month between slashes (07/رمضان/1445).
- الفاتح or فاتح after a weekday (يوم الخميس الفاتح أكتوبر): the first of
  the month, not the first Thursday; a fiscal year (قانون المالية 2025,
  للسنة الجبائية 2026).
- دوشنبه in a route or named the capital (پرواز مشهد - دوشنبه, تهران -
  دوشنبه, دوشنبه پایتخت تاجیکستان): Dushanbe, no Monday; not two weekdays
  with a dash (شنبه - دوشنبه).
- Arbaeen in construct after who or what goes to it (زائران اربعین,
  پروازهای اربعین, موکب داران اربعین حسینی): the pilgrimage, no day; with
  its year (زائران اربعین ۱۴۰۲) that year's Arbaeen. یلدای مهربانی, a
  charity campaign: no Yalda.
- A Gregorian year and its Solar Hijri twin with a dash (Copyright 2015-1394):
  the Gregorian year, no span of six centuries.
- After يومي, a day, و and the next day in the next month (يومي 31 ماي و01
  يونيو 2023, يومي 31 ديسمبر و1 يناير 2024): one span, the first in the
  year before the second's when it crosses the year; not days apart (يومي 10
  ماي و20 يونيو 2023).
- Persian's two-digit year after سال before a clock (کنکور سال 89 ساعت 8
  صبح فردا): the year, and the clock; not a count of hours (در این سال 30
  ساعت کار).
- A clock in figures closed by a bracket or a full stop ((سا 15:00), عند
  15:00)): that time; not before a comma (a schedule's end, 7:59 مساءً،) nor
  a decimal (12:30.5).
- A training or judicial year with its year (للعام التدريبي 2014, السنة
  القضائية 2019): that year, as a fiscal one.
- A date in a name starts no range (ثورة 25 يناير 2011، إلى 29 نوفمبر
  القادم: the revolution's date and the day the trial was put off to, two
  days); بعد اظهر, بعد از ظهر run together as typed (ساعت 4 بعد اظهر): the
  afternoon.

Years come from the text itself, days from datetime and convertdate's
Solar Hijri calendar; nothing here is read from taqvim. Run from
the project root: tools/gen/cases_two_hundred_fifty_ninth_sets.py >
tests/extract/cases/two_hundred_fifty_ninth_sets.jsonl"""
import random

import datetime as dt

from case_form import AR_DIGITS, AR_GREG, FA_JALALI, case, emit, fa, jdate, jday, want

rng = random.Random(259)
out = []

# A bare Arabic year after في, then a word no count's noun can be.
AFTER = ["ب 13 مليار دينار", "بـ16.94 درجة", "بـ 20 ألف طن", "للتوسعة والترميم", "لتعلو أصوات المحتجين",
         "ليكسر قلوب المشجعين", "لتنتقل الإدارة إلى الجنوب", "سماها المستوطنون باسم آخر", "ونفذها تنظيم مسلح",
         "وستعود المصفاة للعمل", "وسيعود الفريق إلى الملعب", "ونسخته الثانية أكبر", "وفقا لمعدلات الإنجاب",
         "طبقا للقانون الجديد", "عملا بأحكام الدستور", "نظرا لظروف الحرب", "مقارنة بالعام الذي قبله",
         "بينما تنتهي المرحلة الثانية", "بعدما توقف الإنتاج", "حينما استقل الجنوب", "لكن الأشغال توقفت",
         "قبل أن يغلق نهائيا", "أي قبل الجائحة", "يتم افتتاح المصنع", "يخص إنشاء 17 مركزا", "بعد أن أعلن الإفلاس", "حتى نهاية الموسم", "أيضا في الجولة الأولى", "فقط بعد الحرب"]
VERBS = ["وقع الحادث", "أغلق الملعب", "توقف الإنتاج", "بدأ المشروع", "ارتفع الرقم", "انطلقت الدورة"]
for n, tail in enumerate(AFTER):
    year = rng.randint(1900, 2030)
    digits = str(year) if n % 3 else str(year).translate(AR_DIGITS)
    surface = f"في {digits}"
    out.append(case(f"{VERBS[n % len(VERBS)]} {surface} {tail}.", "ar", None,
                    [want(surface, "gregorian", str(year), "year")]))
# Before a counted noun that looks like one of those words: a count.
for text in ["بلغ ثمن الافتتاح في 2000 ليرة للسهم الواحد.", "باع المصنع في 1500 لتر من الزيت.",
             "تداول المستثمرون في 2000 سهم خلال الجلسة.", "حدد ثمن السمسرة في 2000 درهم للمتر.",
             "حقق القضاء في 1900 متهم في القضية.", "استعملت في 2000 وسيلة نقل خلال الحملة.",
             "حلت الأزمة في 2000 بيت من البيوت المتضررة.", "صوت الناخبون في 1824 مركز اقتراع.",
             "وزعت المساعدات في 2000 لترا من الماء."]:
    out.append(case(text, "ar", None, []))

# An edition's, a budget's, a law's or a plan's year after its noun.
NOUNS = [("صدرت طبعة {} من الموسوعة في القاهرة.", "طبعة"), ("تستعد المدينة لنسخة {} من المهرجان.", "لنسخة"),
         ("صادق البرلمان على موازنة {} بعد نقاش طويل.", "موازنة"), ("لم تتضمن ميزانية {} أي زيادة في الأجور.", "ميزانية"),
         ("ألغى الحكم قانون {} المتعلق بالأراضي.", "قانون"), ("يندرج المشروع في إطار رؤية آفاق {} للتنمية.", "آفاق")]
for n in range(12):
    text, noun = NOUNS[n % len(NOUNS)]
    year = rng.randint(1900, 2035)
    digits = str(year) if n < 6 else str(year).translate(AR_DIGITS)
    out.append(case(text.format(digits), "ar", None, [want(digits, "gregorian", str(year), "year")]))
for text in ["طبعت دار النشر نسخة 2000 نسخة من الكتاب.", "فرض قانون 1500 دينار غرامة على المخالفين."]:
    out.append(case(text, "ar", None, []))

# A range whose start writes its year and whose end does not: the end's first day on or after the start.
for n in range(16):
    ref = dt.date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28))
    start = ref - dt.timedelta(days=rng.randint(400, 1500))
    length = rng.randint(5, 300)
    end = start + dt.timedelta(days=length)
    if n % 2 == 0:  # Gregorian, in Arabic
        surface = f"من {start.day} {AR_GREG[start.month - 1]} {start.year} {['إلى', 'حتى', 'ولغاية'][n % 3]} {end.day} {AR_GREG[end.month - 1]}"
        out.append(case(f"تمتد فترة التسجيل {surface} في جميع المراكز.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))
    else:  # Solar Hijri, in Persian
        sy, sm, sd = jday(start)
        ey, em, ed = jday(end)
        surface = f"از {fa(sd)} {FA_JALALI[sm - 1]} {fa(sy)} تا {fa(ed)} {FA_JALALI[em - 1]}"
        out.append(case(f"ثبت نام {surface} ادامه داشت.", "fa", ref.isoformat(),
                        [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))

# A day/month pair, a dash and a whole date; two pairs after the word for a period.
for n in range(12):
    ref = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
    start = ref - dt.timedelta(days=rng.randint(0, 60))
    end = start + dt.timedelta(days=rng.randint(1, 20))
    if n < 4:
        dash = [" - ", "-", "- ", " -"][n % 4]
        surface = f"{start.day}/{start.month}{dash}{end.day}/{end.month}/{end.year}"
        out.append(case(f"سجلت الأسعار {surface} انخفاضا طفيفا.", "ar", None,
                        [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day")]))
        continue
    to = ["- ", "-", " - ", " إلى ", " حتى "][n % 5]
    surface = f"{start.day}/{start.month}{to}{end.day}/{end.month}"
    period = ["للفترة", "في الفترة", "خلال الفترة", "الفترة"][n % 4]
    # The year the reference's nearest: the pair's days lie within the two months before the reference.
    years = [ref.year - 1, ref.year, ref.year + 1]
    best = min((dt.date(y, start.month, start.day) for y in years), key=lambda c: (abs((c - ref).days), c > ref))
    last = dt.date(best.year + (1 if (end.month, end.day) < (start.month, start.day) else 0), end.month, end.day)
    out.append(case(f"أظهرت النشرة أسعار السلع {period} {surface} مع ارتفاع الأرز.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{best.isoformat()}/{last.isoformat()}", "day", ["year_inferred"])]))
out.append(case("أظهرت النشرة للفترة 18/3- 24/3 انخفاض اسعار الدجاج.", "ar", None,
                [want("18/3- 24/3", "gregorian", "XXXX-03-18/XXXX-03-24", "day", ["unresolved"])]))
out.append(case("كانت النتيجة 1/2-3/4 في نهاية الشوط.", "ar", "2024-03-25", []))

# A decade after a person, or a pronoun: an age.
for text in ["تسترجع السيدة سعاد، موظفة في الثلاثينيات، تجربتها السيئة.", "توفيت وهي في الأربعينيات بعد صراع مع المرض.",
             "قال سائق في الخمسينيات إن الأجرة ارتفعت.", "روت معلمة في العشرينيات ما حدث."]:
    out.append(case(text, "ar", "2025-06-05", []))
out.append(case("بني المسجد في الثلاثينيات على الطراز المغربي.", "ar", None,
                [want("الثلاثينيات", "gregorian", "1930-01-01/1939-12-31", "year")]))

# A site named by its place and today, on its own line; a month name with a letter dropped.
out.append(case("مصادر تحدد موعد تأدية اليمين الدستورية –\nتاربة اليوم\n2026-02-09 06:03:00", "ar", None,
                [want("2026-02-09 06:03:00", "gregorian", "2026-02-09T06:03:00+03:00", "second")], tz="Asia/Aden"))
out.append(case("افتتح المعرض في سبتمر 2017 بحضور الوزير.", "ar", None, [want("سبتمر 2017", "gregorian", "2017-09", "month")]))

# Arabic فردا is a person counted; Persian's is tomorrow.
for n in range(6):
    ref = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
    count = rng.randint(12, 900)
    word = ["فردا", "فردًا", "فرداً"][n % 3]
    out.append(case(f"أطلقت السلطات سراح {count} {word} من المحتجزين.", "ar", ref.isoformat(), []))
    fa_word, days = [("فردا", 1), ("فردا شب", 1), ("پس فردا", 2)][n % 3]
    out.append(case(f"جلسه شورا {fa_word} برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(fa_word, "relative", (ref + dt.timedelta(days=days)).isoformat(), "day")]))

# A rate per day; Black Friday's other name.
for unit in ["م3", "طن", "لتر", "كلم"]:
    out.append(case(f"بطاقة إنتاجية تصل إلى {rng.randint(2, 900)} ألف {unit}/اليوم لمدة عام.", "ar", "2025-11-22", []))
out.append(case("الجمعة البيضاء .. يترقب المستهلكون في مصر انطلاق موسم الخصومات.", "ar", "2025-10-27", []))

# A clock, then of the date or of the day and the date.
for n in range(8):
    day = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
    hour = rng.randint(1, 11)
    if n % 2 == 0:
        surface = f"الساعة {hour:02d}:00 من تاريخ {day.day}-{day.month}-{day.year}"
    else:
        surface = f"الساعة {hour:02d}:00 من يوم {day.day} {AR_GREG[day.month - 1]} {day.year}"
    out.append(case(f"تقرر غلق الطريق ابتداء من {surface} بسبب الأشغال.", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{hour:02d}:00+03:00", "minute")], tz="Asia/Riyadh"))
out.append(case("وتحويله على الخط البحري من الساعة 18.00 ولغاية الساعة 1.00 بعد منتصف الليل من تاريخ 18-12-2025 وسيتم قطع الطريق.",
                "ar", "2025-12-14", [want("الساعة 18.00", "relative", "2025-12-17T18:00+02:00", "minute"),
                                     want("الساعة 1.00 بعد منتصف الليل من تاريخ 18-12-2025", "gregorian", "2025-12-18T01:00+02:00", "minute")],
                tz="Asia/Beirut"))
# A day, then ومن and a clock; the night of a weekday in construct.
out.append(case("إغلاق النفق ولغاية الساعة الرابعة من عصر يوم غد الجمعة ومن الساعة العاشرة ليلا من يوم الجمعة.", "ar", "2020-07-09",
                [want("الساعة الرابعة من عصر يوم غد الجمعة", "relative", "2020-07-10T16:00+03:00", "minute"),
                 want("الساعة العاشرة ليلا من يوم الجمعة", "relative", "2020-07-10T22:00+03:00", "minute")], tz="Asia/Amman"))
out.append(case("تحويل جزئي لحركة المرور بداية من الساعة التاسعة من ليل الخميس إلى الساعة الخامسة من صباح الجمعة.", "ar", "2026-01-14",
                [want("الساعة التاسعة من ليل الخميس", "relative", "2026-01-15T21:00+01:00", "minute"),
                 want("الساعة الخامسة من صباح الجمعة", "relative", "2026-01-16T05:00+01:00", "minute")], tz="Africa/Tunis"))
# The twenty-first and thirty-first with و apart; a feminine ordinal before a dash.
for n, (words, d) in enumerate([("الحادي و العشرون", 21), ("الحادي و العشرين", 21), ("الحادي و الثلاثين", 31), ("الواحد و العشرين", 21)]):
    month = [1, 3, 5, 7][n]
    year = rng.randint(2000, 2025)
    surface = f"{words} من شهر {AR_GREG[month - 1]} {year}"
    out.append(case(f"عقدت الجلسة يوم {surface} بمقر المجلس.", "ar", None,
                    [want(surface, "gregorian", dt.date(year, month, d).isoformat(), "day")]))
out.append(case("الجلسة الثامنة عشرة - الحادي والعشرون من شهر فبراير 2016م", "ar", None,
                [want("الحادي والعشرون من شهر فبراير 2016م", "gregorian", "2016-02-21", "day")]))
out.append(case("الدورة الخامسة - العاشر من مارس 2016", "ar", None, [want("العاشر من مارس 2016", "gregorian", "2016-03-10", "day")]))
# Persian's past N units and M more after در or طی: a span.
for text in ["طالبان در یک سال و هفت ماه گذشته تلاش کرده‌اند.", "طی دو سال و سه ماه گذشته قیمت‌ها بالا رفت."]:
    out.append(case(text, "fa", "2023-01-29", []))
# A month name, a slash and its year.
for n in range(4):
    year = rng.randint(2000, 2025)
    month = rng.randint(1, 12)
    name = [AR_GREG[month - 1], "شهر " + AR_GREG[month - 1]][n % 2]
    surface = f"{name}/{year}"
    out.append(case(f"تشمل الإعفاءات الفترة الضريبية {surface} وما قبلها.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{month:02d}", "month")]))
# الفاتح after a weekday; a fiscal year.
out.append(case("تنطلق الحملة يوم الخميس الفاتح أكتوبر في كل الولايات.", "ar", None,
                [want("يوم الخميس الفاتح أكتوبر", "gregorian", "XXXX-10-01", "day", ["unresolved"])]))
out.append(case("يتضمن مشروع قانون المالية 2025 الذي صادق عليه البرلمان إجراءات جديدة.", "ar", None, [want("2025", "gregorian", "2025", "year")]))
out.append(case("أعلنت المديرية للسنة الجبائية 2026 عن تخفيضات.", "ar", None, [want("2026", "gregorian", "2026", "year")]))

# Dushanbe in a route or named the capital.
for text in ["پرواز مشهد - دوشنبه برقرار شد.", "برنامه پرواز میان مشهد و دوشنبه پایتخت کشور تاجیکستان آغاز شد.",
             "پروازهای تهران - دوشنبه از هفته آینده برنامه‌ریزی شده است."]:
    out.append(case(text, "fa", "2019-08-13", [] if "هفته آینده" not in text else
                    [want("هفته آینده", "relative", "2019-08-17/2019-08-23", "week")]))
out.append(case("جلسات شنبه - دوشنبه برگزار می‌شود.", "fa", "2019-08-13",
                [want("شنبه", "relative", "2019-08-10", "day"), want("دوشنبه", "relative", "2019-08-12", "day")]))
# Arbaeen in construct after who or what goes to it; with its year, that year's.
for goer in ["زائران", "پروازهای", "اتوبوس", "موکب داران", "کاروان‌های"]:
    out.append(case(f"ثبت نام {goer} اربعین حسینی از طریق سامانه انجام می‌شود.", "fa", None, []))
out.append(case("نام‌نویسی زائران اربعین ۱۴۰۲ از طریق سامانه سماح انجام می‌شود.", "fa", None,
                [want("اربعین ۱۴۰۲", "hijri", "2023-09-06", "day")]))
out.append(case("توزیع بسته‌های یلدای مهربانی به خانواده‌های نیازمند آغاز شد.", "fa", "2025-12-20", []))
# A Gregorian year and its Solar Hijri twin with a dash.
out.append(case("Copyright@ 2015-1394 abtingheteh.Com. All right reserved", "fa", None,
                [want("2015-1394", "gregorian", "2015", "year")]))
# After يومي, a day, و and the next day in the next month.
for first, second, value in [("31 ماي", "01 يونيو 2023", "2023-05-31/2023-06-01"), ("30 يونيو", "1 يوليو 2024", "2024-06-30/2024-07-01"),
                             ("31 ديسمبر", "1 يناير 2024", "2023-12-31/2024-01-01")]:
    surface = f"{first} و{second}"
    out.append(case(f"تجرى الاختبارات يومي {surface} بالنسبة للقطب العلمي.", "ar", None,
                    [want(surface, "gregorian", value, "day")]))
out.append(case("تجرى الاختبارات يومي 10 ماي و20 يونيو 2023 في كل المراكز.", "ar", None,
                [want("10 ماي", "gregorian", "2023-05-10", "day", ["year_inferred"]), want("20 يونيو 2023", "gregorian", "2023-06-20", "day")]))

# Persian's two-digit year after سال before a clock.
out.append(case("نتایج اولیه کنکور سراسری سال 89 ساعت 8 صبح فردا اعلام می‌شود.", "fa", "2010-08-01",
                [want("سال 89", "jalali", "2010-03-21/2011-03-20", "year", ["calendar_guessed"]),
                 want("ساعت 8 صبح فردا", "relative", "2010-08-02T08:00+04:30", "minute")]))
out.append(case("در این سال 30 ساعت کار داوطلبانه ثبت شد.", "fa", "2010-08-01", []))
# A clock in figures closed by a bracket or a full stop.
out.append(case("تعلن النتائج عن طريق موقع الديوان (سا 15:00) وعن طريق الإلصاق.", "ar", "2017-07-24",
                [want("15:00", "relative", "2017-07-24T15:00+01:00", "minute")], tz="Africa/Algiers"))
out.append(case("وصل الوفد عند الساعة 15:00.", "ar", "2017-07-24",
                [want("عند الساعة 15:00", "relative", "2017-07-24T15:00+03:00", "minute")], tz="Asia/Riyadh"))
out.append(case("سجل العداء زمنا قدره 12:30.5 ثانية.", "ar", "2017-07-24", [], tz="Asia/Riyadh"))
# A training or judicial year with its year.
for text, surface, year in [("تتضمن الخطة للعام التدريبي 2014 عشرين دورة.", "للعام التدريبي 2014", 2014),
                            ("افتتحت السنة القضائية 2019 بحضور الوزير.", "السنة القضائية 2019", 2019)]:
    out.append(case(text, "ar", None, [want(surface, "gregorian", str(year), "year")]))

# A date in a name starts no range; بعد اظهر.
out.append(case("أجلت المحكمة النطق بالحكم في قضية قتل المتظاهرين إبان ثورة 25 يناير 2011، إلى 29 نوفمبر القادم.", "ar", None,
                [want("25 يناير 2011", "gregorian", "2011-01-25", "day"),
                 want("29 نوفمبر القادم", "gregorian", "2011-11-29", "day", ["year_inferred"])]))
out.append(case("جلسه ساعت 4 بعد اظهر امروز برگزار شد.", "fa", "2016-06-26",
                [want("ساعت 4 بعد اظهر امروز", "relative", "2016-06-26T16:00+04:30", "minute")]))

emit("forms of the two-hundred-and-fifty-ninth real-text sets: generated by "
     "tools/gen/cases_two_hundred_fifty_ninth_sets.py (oracles: datetime, convertdate)", out)
