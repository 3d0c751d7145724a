#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_sixty_seventh_sets.jsonl: forms met in
the hundred-and-sixty-seventh to hundred-and-eighty-second real-text sets
(fashion and shopping seasons; esports; census and statistics; mining; art
and auctions; cinema; back to school; libraries; horse and camel races;
blood drives and vaccination; the post; summer camps; expatriates; water
supply; gadgets; land registry), generated across their families.

- A year after في (or a word that bounds a time) before a particle, a
  preposition or a verb's present: في 2010 مقابل, في 2024 بين, في 1973 عن,
  في 2016 رغم, في 2011 إلى, في 1955 تم, في 2010 بنسبة, قدرت في 2025 بنحو,
  في 2008 حسبما, في 2011 وكذلك, تأسست في 2007 يرعاها: that year (not before
  a counted noun: في 2000 درهم).
- The same period of last year and its year, bracketed or not (مقارنة
  بالفترة نفسها من العام الماضي 2022, مدت مشابه سال گذشته (۱۴۰۱)): the year;
  alone, no date.
- Three months or more each the next, on و or commas with و before the
  last (أفريل وماي وجوان 2019, فروردین، اردیبهشت و خرداد ۱۴۰۲): one span.
- Put off from one day to another (تم تأجيله من 2 شتنبر إلى 21 من الشهر
  ذاته, تأجيل الجلسة من يوم 12 مارس إلى يوم 20 مارس): two days, not a span;
  but what it was put off to be is a span again (تأجيل افتتاح المعرض ليكون
  من 19 إلى 28 مايو).
- A page stamp's seconds in one digit (۱۳۹۱/۳/۷ - ۱۹:۳۰:۰).
- Solar and lunar Hijri markers with a comma for the stop or the letter
  doubled (1316هـ ، ش, 1318هـ، ش, 1249 هه ش).
- A school year written by two short years, either way round (سال تحصیلی
  ۹۳-۹۲, سال تحصیلی ۹۲-۹۳): both Solar Hijri years.
- Persian از written onto the word for year or day (ازسال۱۳۸۱, ازروز
  شنبه ۱۵ اردیبهشت ۱۴۰۳); not ازدواج.
- Hours that recur: shops' and cafés' opening and closing hours (مواعيد غلق
  المحال, فتح المحلات التجارية, المولات التجارية, الكافيهات), school hours
  (ساعت شروع کلاس های ابتدایی, ساعت شروع به کار مدارس, الطابور الصباحي, الحصة
  الأولى, دوام المدارس), hours "daily" or "open to the public" before them
  (بشكل يومي, أمام الجمهور); but the hours of one closure on a numeric date
  are that day's (تقفل المحال التجارية … من الساعة 12,00 فجر الثلاثاء
  2/12/2025 ولغاية الساعة الثانية بعد الظهر).
- No year: a race's metres (المسافة 1600م, على مسافة 1700 م), cubic metres (1370م3/ثا).
- The end of a day and its date after وحتى نهاية يوم, each end with its Hijri twin (من 18
  يناير 2026، الموافق 29 رجب 1447هـ، وحتى نهاية يوم 23 أبريل 2026، الموافق …): one span;
  between "the two months" (بين شهري نيسان وحزيران 2026): one span.
- A feast's day before a list of Eid's days on و (يوم عرفة واول وثاني ايام
  العيد): the day of Arafah.
- A stray stop glued to the year (يوم 01 نوفمبر .1962): the day.
- The first in so long (أول دار عرض … منذ 30 عاماً, لأول مرة منذ 4 سنوات): no day;
  weekdays after ماعدا recur; an operator's دوشنبه سوری is no Monday.
- A date widget with the month and its year on one line (29\nدی 1395); إلى حدود
  (up to) between two days; a year after في before a noun with its article (في
  2012 التقدم), not before a thousand (في 2000 ألف زائر); a count in brackets
  after this year (لهذا العام (1638)) is no year.

Days come from datetime, Solar Hijri days from convertdate and the Calendar
Center's leap years, zones' offsets from zoneinfo: nothing here is read from
taqvim. Run from the project root:
tools/gen/cases_hundred_sixty_seventh_sets.py > tests/extract/cases/hundred_sixty_seventh_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_DIGITS, AR_GREG, DAY, FA_JALALI, case, clock_value, emit, fa, jalali_year, jdate,
                       solar_hijri_year, want)

rng = random.Random(167)
out = []
MAGHREBI = ["يناير", "فبراير", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

# A year after في before a particle, a preposition or a verb's present.
AFTER = ["مقابل 7ر5 بالمائة في السنة السابقة", "بين أكثر من 260 ألف إصابة", "عن مطبعة الأمنية بالرباط",
         "رغم قساوته", "إلى 7 آلاف شاحنة يوميا", "تم بناء رصيف جديد", "بنسبة 9ر3 بالمائة", "بنحو 400 مليار جنيه",
         "حسبما علمته الوكالة", "وكذلك هو الحال للخدمات", "يرعاها مركز أبوظبي للغة العربية", "يتكون معظم سكان المخيم"]
for n, after in enumerate(AFTER):
    year = rng.randint(1950, 2030)
    written = str(year).translate(AR_DIGITS) if n % 4 == 3 else str(year)
    out.append(case(f"وقالت الهيئة إن الأرقام المسجلة في {written} {after}.", "ar", None,
                    [want(f"في {written}", "gregorian", str(year), "year")]))
for noun in ["درهم، كما اشترط", "مدرسة جديدة"]:
    out.append(case(f"حدد ثمن الانطلاقة في 2000 {noun}.", "ar", None, []))

# The same period of last year, and its year.
for n in range(8):
    year = rng.randint(2005, 2025)
    if n % 2 == 0:
        phrase = ["بالفترة نفسها من العام الماضي", "بنفس الفترة من العام السابق", "للفترة ذاتها من العام الماضي",
                  "الفترة المماثلة من العام السابق"][n // 2]
        written = str(year) if n % 4 == 0 else f"({year})"
        surface = str(year)
        out.append(case(f"ارتفع العدد بنسبة 6 بالمائة مقارنة {phrase} {written}، وبلغت النسبة 56 بالمائة.", "ar", None,
                        [want(surface, "gregorian", str(year), "year")]))
    else:
        jy = rng.randint(1385, 1404)
        phrase = ["مدت مشابه سال گذشته", "دوره مشابه سال قبل", "ماه مشابه سال گذشته", "مدت مشابه سال پیش"][n // 2]
        written = fa(jy) if n % 4 == 1 else f"({fa(jy)})"
        out.append(case(f"تولید نسبت به {phrase} {written} ۱۲ درصد افزایش یافت.", "fa", None,
                        [want(fa(jy), "jalali", jalali_year(jy), "year", ["calendar_guessed"])]))
out.append(case("ارتفع العدد مقارنة بالفترة نفسها من العام الماضي، وبلغت النسبة 56 بالمائة.", "ar", None, []))
out.append(case("طی چند سال گذشته ۱۴۰۰ نفر به این شهر مهاجرت کردند.", "fa", None, []))

# Three months or more each the next: one span.
for n in range(8):
    k = 3 + n % 2
    year = rng.randint(2010, 2026)
    first = rng.randint(1, 12 - k + 1)
    if n % 2 == 0:
        names = MAGHREBI if n % 4 == 0 else AR_GREG
        months = [names[first - 1 + i] for i in range(k)]
        body = months[0] + "".join((" و" if n % 4 == 0 else " و") + m for m in months[1:]) if n % 4 == 0 else \
            "، ".join(months[:-1]) + " و" + months[-1]
        surface = f"{body} {year}"
        last = dt.date(year + (first + k - 1) // 12, (first + k - 1) % 12 + 1, 1) - DAY
        out.append(case(f"سجلت الأسواق خلال أشهر {surface} ارتفاعا في الأسعار.", "ar", None,
                        [want(surface, "gregorian", f"{year}-{first:02d}-01/{last.isoformat()}", "month")]))
    else:
        jy = rng.randint(1390, 1404)
        months = [FA_JALALI[first - 1 + i] for i in range(k)]
        body = " و ".join(months) if n % 4 == 1 else "، ".join(months[:-1]) + " و " + months[-1]
        surface = f"{body} {fa(jy)}"
        end = jdate(jy + (first + k - 1) // 12, (first + k - 1) % 12 + 1, 1) - DAY
        out.append(case(f"بارش‌ها در {surface} کاهش یافت.", "fa", None,
                        [want(surface, "jalali", f"{jdate(jy, first, 1).isoformat()}/{end.isoformat()}", "month")]))
out.append(case("سجلت الأسواق في أبريل ومايو ويوليو 2019 ارتفاعا.", "ar", None,
                [want("أبريل ومايو", "gregorian", "2019-04-01/2019-05-31", "month", ["year_inferred"]),
                 want("يوليو 2019", "gregorian", "2019-07", "month")]))

# Put off from one day to another: two days.
for n in range(6):
    day = dt.date(2024, 1, 1) + rng.randint(0, 700) * DAY
    later = day + rng.randint(3, 15) * DAY
    ref = (day - rng.randint(5, 30) * DAY).isoformat()
    verb = ["تم تأجيله", "قررت المحكمة تأجيل الجلسة", "أجلت اللجنة الامتحان", "تقرر تأجيل المباراة",
            "وتأجلت الانتخابات", "قرر الاتحاد تأخير انطلاق البطولة"][n]
    m1, m2 = AR_GREG[day.month - 1], AR_GREG[later.month - 1]
    if n % 2 == 0:
        text = f"{verb} من يوم {day.day} {m1} إلى يوم {later.day} {m2}."
        s1, s2 = f"{day.day} {m1}", f"{later.day} {m2}"
    else:
        text = f"{verb} من {day.day} {m1} إلى {later.day} {m2} بسبب الظروف."
        s1, s2 = f"{day.day} {m1}", f"{later.day} {m2}"
    out.append(case(text, "ar", ref, [want(s1, "gregorian", day.isoformat(), "day", ["year_inferred"]),
                                      want(s2, "gregorian", later.isoformat(), "day", ["year_inferred"])]))
out.append(case("تقرر تأجيل افتتاح المعرض ليكون من 19 إلى 28 مايو 2022 بدلا من الموعد السابق.", "ar", None,
                [want("من 19 إلى 28 مايو 2022", "gregorian", "2022-05-19/2022-05-28", "day")]))
out.append(case("يقام المعرض من 12 مارس إلى 20 مارس 2024 في العاصمة.", "ar", None,
                [want("من 12 مارس إلى 20 مارس 2024", "gregorian", "2024-03-12/2024-03-20", "day")]))

# A page stamp's seconds in one digit.
for n in range(4):
    jy, jm, jd = rng.randint(1390, 1403), rng.randint(1, 12), rng.randint(1, 29)
    day = jdate(jy, jm, jd)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 9)
    stamp = f"{fa(jy)}/{fa(jm)}/{fa(jd)} - {fa(hh)}:{fa(mm).rjust(2, '۰')}:{fa(ss)}" if n % 2 else \
        f"{jd} {FA_JALALI[jm - 1]} {jy} {hh}:{mm:02d}:{ss}"
    v = clock_value(day, hh, mm, "Asia/Tehran")
    v = v[:16] + f":{ss:02d}" + v[16:]
    out.append(case(f"تاریخ انتشار: {stamp}\nخبر کوتاه است.", "fa", None,
                    [want(stamp, "jalali", v, "second", ["calendar_guessed"] if n % 2 else [])]))

# Hijri markers with a comma for the stop, or the letter doubled.
for marker, cal in [("هـ ، ش", "jalali"), ("هـ، ش", "jalali"), ("هه ش", "jalali"), ("ه ،ق", "hijri")]:
    y = rng.randint(1300, 1340) if cal == "jalali" else 1200
    value = solar_hijri_year(y) if cal == "jalali" else "1785-11-04/1786-10-23"  # convertdate: islamic.to_gregorian(1200, 1, 1), (1201, 1, 1) - 1 day
    sep = "" if marker.startswith("هـ") else " "
    out.append(case(f"وزارت معارف در سال {y}{sep}{marker} تأسیس شد.", "fa", None,
                    [want(f"در سال {y}{sep}{marker}", cal, value, "year", [] if cal == "jalali" else ["approximate"])]))

# A school year by two short years, either way round.
for n in range(4):
    jy = rng.randint(1390, 1398)
    a, b = (jy + 1) % 100, jy % 100
    body = f"{a}-{b}" if n % 2 == 0 else f"{b}-{a}"
    if n < 2:
        body = body.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    surface = f"سال تحصیلی {body}"
    out.append(case(f"ثبت‌نام دانش‌آموزان در {surface} آغاز شد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{(jdate(jy + 2, 1, 1) - DAY).isoformat()}",
                          "year")]))

# Persian از written onto the year or day word.
for n in range(3):
    jy = rng.randint(1370, 1402)
    glued = f"سال{fa(jy)}" if n == 0 else f"سال {fa(jy)}"
    out.append(case(f"این معدن از{glued} فعال است.", "fa", None,
                    [want(glued, "jalali", jalali_year(jy), "year", ["calendar_guessed"])]))
out.append(case("مراسم ازروز شنبه ۱۵ اردیبهشت ۱۴۰۳ آغاز می‌شود.", "fa", None,
                [want("روز شنبه ۱۵ اردیبهشت ۱۴۰۳", "jalali", jdate(1403, 2, 15).isoformat(), "day")]))
out.append(case("ازدواج آن‌ها در تابستان بود.", "fa", None, []))

# Hours that recur: shops, cafés, schools; and one closure's hours.
HOURS = [
    ("ar", "2021-07-14", "وقال المصدر إن فتح المحلات التجارية والمولات التجارية يكون في السابعة صباحًا والغلق في الساعة 12 بعد منتصف الليل بدلا من 11 مساءً."),
    ("ar", "2022-07-07", "وبالنسبة للمحلات التجارية والمولات، ستفتح من الساعة 7 صباحا وتغلق الساعة 11 مساء بالصيف، أما خلال الإجازة سيتم مد موعد الغلق لتكون الساعة 12 منتصف الليل."),
    ("ar", "2024-09-27", "تبدأ المحال والمولات التجارية عملها من الساعة 7 صباحا حتى الساعة العاشرة مساء."),
    ("ar", "2024-09-27", "تفتح الكافيهات والمطاعم من الساعة 5 صباحا حتى الساعة 12 منتصف الليل."),
    ("ar", "2025-10-16", "وبينت الوزارة أن الطابور الصباحي سيبدأ الساعة 8:15 وتكون الحصة الدراسية الأولى الساعة 8:30 صباحًا."),
    ("ar", "2023-11-01", "وبحسب الوثيقة فإن دوام المدارس الثلاثي يبدأ من 7:30 صباحاً."),
    ("ar", "2022-01-04", "ويبدأ ترصيص الإبل بشكل يومي من الساعة السابعة صباحاً وحتى الساعة الحادية عشر صباحاً."),
    ("ar", "1999-03-22", "وستكون شبابيك القبول مفتوحة امام الجمهور من الساعة الثامنة صباحا حتى الواحدة بعد الظهر."),
    ("fa", "2024-09-28", "ساعت شروع کلاس های ابتدایی ساعت ۸ صبح و کلاس های متوسطه ساعت ۷:۳۰ صبح اعلام شده است."),
    ("fa", "2025-09-22", "طی بخشنامه استانداری ساعت شروع به کار مدارس ابتدایی 8 صبح و مدارس متوسطه 7:30 صبح اعلام شد."),
]
for lang, ref, text in HOURS:
    out.append(case(text, lang, ref, []))
out.append(case("تقفل كافة المؤسسات السياحية والمحال التجارية ابتداء من الساعة 12,00 فجر الثلاثاء 2/12/2025 "
                "ولغاية الساعة الثانية بعد الظهر من التاريخ نفسه.", "ar", "2025-11-29",
                [want("الساعة 12,00 فجر الثلاثاء 2/12/2025", "gregorian", clock_value(dt.date(2025, 12, 2), 0, 0, "Asia/Beirut"),
                      "minute"),
                 want("الساعة الثانية بعد الظهر", "relative", clock_value(dt.date(2025, 12, 2), 14, 0, "Asia/Beirut"),
                      "minute")], tz="Asia/Beirut"))

# The end of a day and its date, each end with its Hijri twin (Umm al-Qura's, written): one span.
for start, end, hs, he in [(dt.date(2026, 1, 18), dt.date(2026, 4, 23), "29 رجب 1447هـ", "5 من ذي القعدة 1447هـ"),
                           (dt.date(2026, 2, 1), dt.date(2026, 5, 7), "13 شعبان 1447هـ", "20 ذو القعدة 1447هـ")]:
    surface = (f"من {start.day} {AR_GREG[start.month - 1]} {start.year}، الموافق {hs}، وحتى نهاية يوم {end.day} "
               f"{AR_GREG[end.month - 1]} {end.year}، الموافق {he}")
    out.append(case(f"يستمر التسجيل {surface}.", "ar", (start - 5 * DAY).isoformat(),
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day")]))
out.append(case("التسجيل من 14 سبتمبر 2025 وحتى نهاية يوم 18 ديسمبر 2025.", "ar", None,
                [want("من 14 سبتمبر 2025 وحتى نهاية يوم 18 ديسمبر 2025", "gregorian", "2025-09-14/2025-12-18", "day")]))

# Between "the two months", not side by side.
out.append(case("يطلق الهاتف بين شهري نيسان وحزيران 2026.", "ar", None,
                [want("نيسان وحزيران 2026", "gregorian", "2026-04-01/2026-06-30", "month")]))

# A race's metres and cubic metres; a year with the Gregorian marker after its year word.
out.append(case("بكميات تصل الى 1370م3/ثا، وقالت الوزارة إن الموجة تمر.", "ar", None, []))
out.append(case("الشوط الأول لخيل الإنتاج المسافة 1600م، والثاني على مسافة 1700 م.", "ar", None, []))
out.append(case("بني القصر عام 1600م على التلة.", "ar", None, [want("عام 1600م", "gregorian", "1600", "year")]))

# A stray stop glued to the year.
for n in range(3):
    day = dt.date(1950, 1, 1) + rng.randint(0, 20000) * DAY
    surface = f"{day.day:02d} {AR_GREG[day.month - 1]} .{day.year}"
    out.append(case(f"اندلعت الأحداث يوم {surface} في العاصمة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))

# The first in so long: a span, no day; N units ago otherwise.
for text in ["فيلم مصري في افتتاح أول دار عرض سينمائي بالسودان منذ 30 عاماً.", "خفض البنك المركزي الفائدة لأول مرة منذ 4 سنوات.",
             "هي الأولى من نوعها منذ 6 سنوات."]:
    out.append(case(text, "ar", "2024-05-13", []))
out.append(case("غادر البلاد منذ 30 عاما ولم يعد.", "ar", "2024-05-13",
                [want("منذ 30 عاما", "relative", "1994-05-13", "year")]))

# Weekdays after ماعدا, after daily hours: they recur.
out.append(case("يستقبل المعرض زواره من الساعة 10 صباحا إلى 8 مساءً ماعدا الخميس والجمعة حتى 9 مساءً.", "ar",
                "2026-01-21", [want("الساعة 10 صباحا", "relative", clock_value(dt.date(2026, 1, 21), 10, 0, "Africa/Cairo"), "minute"),
                               want("8 مساءً", "relative", clock_value(dt.date(2026, 1, 21), 20, 0, "Africa/Cairo"), "minute"),
                               want("9 مساءً", "relative", clock_value(dt.date(2026, 1, 21), 21, 0, "Africa/Cairo"), "minute")],
                tz="Africa/Cairo"))

# An operator's promotion named after Monday.
out.append(case("همراه اول اینترنت رایگان دوشنبه سوری خود را به مکالمه تبدیل کرد.", "fa", "2022-01-19", []))

# A date widget: the day alone on its line, then the month and its year on the next.
for n in range(3):
    jy, jm, jd = rng.randint(1390, 1403), rng.randint(1, 12), rng.randint(1, 29)
    out.append(case(f"تاریخ انتشار:\n{jd}\n{FA_JALALI[jm - 1]} {jy}\nخبر", "fa", None,
                    [want(f"{jd}\n{FA_JALALI[jm - 1]} {jy}", "jalali", jdate(jy, jm, jd).isoformat(), "day")]))

# إلى حدود (up to), Maghrebi: one span.
out.append(case("تم منذ غرة جوان 2024 إلى حدود 23 جويلية 2024، تسجيل 42 حالة وفاة.", "ar", None,
                [want("غرة جوان 2024 إلى حدود 23 جويلية 2024", "gregorian", "2024-06-01/2024-07-23", "day")]))

# A year after في before a noun with its article; not before a thousand.
out.append(case("يتوجب على مالكي السيارات المرقمة في 2012 التقدم إلى الوكالات.", "ar", None,
                [want("في 2012", "gregorian", "2012", "year")]))
out.append(case("بلغ عدد الزوار في 2000 ألف زائر.", "ar", None, []))

# A count in brackets after this year: this year alone.
out.append(case("وقد بلغ عدد المشاركين المسجلين لهذا العام (1638) من الجنسين.", "ar", "2023-11-18",
                [want("لهذا العام", "relative", "2023", "year")]))

# The day of Arafah before Eid's days listed on و.
out.append(case("وسوف يتم غلق المكاتب البريدية يوم عرفة واول وثاني ايام العيد.", "ar", "1999-03-22",
                [want("يوم عرفة", "hijri", "1999-03-26", "day", ["year_inferred"])]))

emit("forms of the hundred-and-sixty-seventh real-text sets: generated by tools/gen/cases_hundred_sixty_seventh_sets.py "
     "(oracles: datetime, convertdate, zoneinfo, the Calendar Center's leap years)", out)
