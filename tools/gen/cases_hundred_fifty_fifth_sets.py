#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_fifty_fifth_sets.jsonl: forms met in
the hundred-and-fifty-fifth to hundred-and-sixty-sixth real-text sets (bread
and subsidies; literary prizes; ports and customs; banks; universities;
e-government; races; Hajj and Umrah; telecom; national days; border
crossings; individual sports), generated across their families.

- Weekdays each with its day, one after the other, joined by و, commas or
  both, with or without a word for days before them (روزهای, أيام: outside
  the span) (الجمعة 25 والسبت 26
  والأحد 27 نوفمبر, الاثنين 3، الثلاثاء 4 والأربعاء 5 يوليو, چهارشنبه ۸، پنج
  شنبه ۹، جمعه ۱۰ و شنبه ۱۱ تیرماه): one span.
- Three days or more each the next, commas between them and و before the
  last, with no word for days (۱۶، ۱۷، ۱۸ و ۱۹ دیماه, 16، 17 و18 يناير): one
  span.
- A school year whose other year is written by its last two digits, either
  way round (سال تحصیلی ۹۶-۱۳۹۵, سال تحصیلی ۱۳۹۵-۹۶, سال تحصیلی ۹۹-۱۴۰۰,
  العام الدراسي 2024-25): both years; a half of a school year over two years
  (نیمسال دوم سال تحصیلی ۱۴۰۳-۱۴۰۴) is the school year.
- Maghrebi qualifiers: الفارط, المنقضي (the last: الثلاثاء الفارط, يوم
  الأربعاء المنقضي, نوفمبر الفارط) and الداخل (the coming: الشهر الداخل,
  الأسبوع الداخل, العام الداخل).
- ما بين written as one word (الفترة مابين 15 إبريل 2024 و 29 مايو 2024):
  one span.
- The end of a working day (اعتباراً من 18 ديسمبر 2024م وحتى نهاية يوم عمل
  31 ديسمبر 2024م): that day, one span.
- A bare weekday before an end that has its date and weekday (من يوم
  الأربعاء وحتى نهاية يوم الأحد 14 أبريل): the last such weekday by it.
- Dari ordinals: سیوم, چارم, چاردهم, بیست و چارم (سیوم جدی ۱۴۰۲).
- A day in brackets after a weekday (اليوم الخميس (24) ديسمبر 2015): that day.
- Persian ordinal days after the day word (روز اول تا روز پنجم مهر ۱۴۰۲): one
  span; said to begin with a weekday and a clock at each end (از ساعت ۸ صبح
  فردا چهارشنبه آغاز شده و تا ساعت ۸ صبح روز پنجشنبه): the days.
- Two days one after the other after مورخ (در مورخ ۲۹/۱۲/۱۴۰۳ و ۳۰/۱۲/۱۴۰۳):
  one span; a second bare year on و after في (في 2030 و2034): that year.
- No day: a literary prize named Nowruz (جایزه‌ی ادبی نوروز), pilgrims of a
  province and Arbaeen (زائران گیلانی اربعین), a news bulletin named by its
  hour (نشرة الثامنة مساء), banks' and bakeries' hours (ساعت کار بانک‌ها …,
  در ساعت پخت …, ساعت شروع فعالیت اداری …), hours "all days of the week"
  (كامل أيام الأسبوع, على مدار أيام الأسبوع), the outlet الصباح اليوم, the
  Nth national day (بالعيد الوطني لبلادهم الـ 88); a date
  after بعد is no page's day.

Days come from datetime, Solar Hijri days from convertdate and the Calendar
Center's leap years: nothing here is read from taqvim. Run from the project
root:
tools/gen/cases_hundred_fifty_fifth_sets.py > tests/extract/cases/hundred_fifty_fifth_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, FA_JALALI, FA_WEEKDAYS, FA_ZODIAC, case, emit, fa, jdate,
                       solar_hijri_year, want)

rng = random.Random(155)
out = []
FA_ORD_DARI = {3: "سیوم", 4: "چارم", 14: "چاردهم", 23: "بیست و سیوم", 24: "بیست و چارم"}


def some_day(lo=2012, span=5000):
    return dt.date(lo, 1, 1) + rng.randint(0, span) * DAY


# Arabic weekdays each with its day, one after the other.
JOINS_AR = [(" و", " و"), ("، ", " و"), ("، و", "، و"), (" و ", " و ")]
for n in range(10):
    k = 2 + n % 3
    first = some_day()
    while first.day > 28 - k or first.month != (first + (k - 1) * DAY).month:
        first -= 5 * DAY
    days = [first + i * DAY for i in range(k)]
    join, last_join = JOINS_AR[n % 4]
    parts = [f"{AR_WEEKDAYS[d.weekday()]} {d.day}" for d in days]
    body = parts[0]
    for i, p in enumerate(parts[1:], 1):
        body += (last_join if i == k - 1 else join) + p
    with_year = n % 2 == 0
    surface = f"{body} {AR_GREG[first.month - 1]}" + (f" {first.year}" if with_year else "")
    if n % 5 == 3:
        surface = surface.translate(AR_DIGITS)
    ref = None if with_year else (first - rng.randint(3, 40) * DAY).isoformat()
    value = f"{days[0].isoformat()}/{days[-1].isoformat()}"
    out.append(case(f"تقام المنافسات {surface} بمشاركة عشرين فريقا.", "ar", ref,
                    [want(surface, "gregorian", value, "day", [] if with_year else ["year_inferred"])]))
# Persian likewise, the Solar Hijri month after the last.
JOINS_FA = [("، ", " و "), ("، ", "، و "), (" و ", " و ")]
for n in range(8):
    k = 2 + n % 3
    jy = rng.randint(1395, 1408)
    jm = rng.randint(1, 12)
    d = rng.randint(1, 29 - k)
    days = [jdate(jy, jm, d + i) for i in range(k)]
    join, last_join = JOINS_FA[n % 3]
    parts = [f"{FA_WEEKDAYS[g.weekday()]} {fa(d + i) if n % 4 else d + i}" for i, g in enumerate(days)]
    body = parts[0]
    for i, p in enumerate(parts[1:], 1):
        body += (last_join if i == k - 1 else join) + p
    month = FA_JALALI[jm - 1] + ("ماه" if n % 2 else "")
    with_year = n % 2 == 1
    surface = f"{body} {month}" + (f" {fa(jy)}" if with_year else "")
    ref = None if with_year else (days[0] - rng.randint(3, 40) * DAY).isoformat()
    lead = "روزهای " if n == 4 else ""
    out.append(case(f"مسابقات در {lead}{surface} برگزار می‌شود.", "fa", ref,
                    [want(surface, "jalali", f"{days[0].isoformat()}/{days[-1].isoformat()}", "day",
                          [] if with_year else ["year_inferred"])]))
# Not one after the other: the weekdays do not follow (two days, each its own).
first = dt.date(2023, 7, 3)
out.append(case("تقام المنافسات الاثنين 3 والأربعاء 5 يوليو 2023 في الرباط.", "ar", None,
                [want("الاثنين 3", "gregorian", "2023-07-03", "day"), want("الأربعاء 5 يوليو 2023", "gregorian", "2023-07-05", "day")]))

# Runs of three days or more with commas, no word for days.
for n in range(6):
    k = 3 + n % 2
    if n % 2 == 0:
        jy = rng.randint(1395, 1408)
        jm = rng.randint(1, 12)
        d = rng.randint(1, 29 - k)
        nums = [fa(d + i) for i in range(k)]
        surface = "، ".join(nums[:-1]) + " و " + nums[-1] + " " + FA_JALALI[jm - 1] + " " + fa(jy)
        out.append(case(f"امتحانات پایان ترم {surface} برگزار خواهد شد.", "fa", None,
                        [want(surface, "jalali", f"{jdate(jy, jm, d).isoformat()}/{jdate(jy, jm, d + k - 1).isoformat()}", "day")]))
    else:
        first = some_day()
        while first.day > 28 - k:
            first -= 5 * DAY
        nums = [str(first.day + i) for i in range(k)]
        surface = "، ".join(nums[:-1]) + (" و" if n % 4 == 1 else " و ") + nums[-1] + " " + AR_GREG[first.month - 1] + f" {first.year}"
        out.append(case(f"تجري الامتحانات {surface} في كل الولايات.", "ar", None,
                        [want(surface, "gregorian", f"{first.isoformat()}/{(first + (k - 1) * DAY).isoformat()}", "day")]))

# School years by two digits of one of their years.
for n, jy in enumerate(rng.sample(range(1385, 1405), 6)):
    a, b = jy, jy + 1
    forms = [f"{fa(b % 100):0>2}-{fa(a)}", f"{fa(a)}-{fa(b % 100)}", f"{b % 100:02d}-{a}"]
    written = forms[n % 3]
    if n % 3 == 0:
        written = f"{fa(b % 100)}-{fa(a)}" if b % 100 >= 10 else f"{fa(a)}-{fa(b % 100).rjust(2, '۰')}"
    surface = f"سال تحصیلی {written}"
    first = solar_hijri_year(a).split("/")[0]
    last = solar_hijri_year(b).split("/")[1]
    out.append(case(f"مراسم دانش‌آموختگان {surface} دانشگاه برگزار شد.", "fa", None,
                    [want(surface, "jalali", f"{first}/{last}", "year", ["calendar_guessed"])]))
out.append(case("مراسم دانش‌آموختگان سال تحصیلی ۹۹-۱۴۰۰ دانشگاه برگزار شد.", "fa", None,
                [want("سال تحصیلی ۹۹-۱۴۰۰", "jalali", f"{solar_hijri_year(1399).split('/')[0]}/{solar_hijri_year(1400).split('/')[1]}",
                      "year", ["calendar_guessed"])]))
for y in rng.sample(range(2010, 2030), 2):
    surface = f"العام الدراسي {y}-{(y + 1) % 100:02d}"
    out.append(case(f"تنطلق الدراسة في {surface} بعد العطلة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y + 1}-12-31", "year")]))
for jy in rng.sample(range(1395, 1405), 2):
    surface = f"سال تحصیلی {fa(jy)}-{fa(jy + 1)}"
    out.append(case(f"جشن فارغ‌التحصیلی دانشجویان نیمسال دوم {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", f"{solar_hijri_year(jy).split('/')[0]}/{solar_hijri_year(jy + 1).split('/')[1]}", "year",
                          ["calendar_guessed"])]))

# Maghrebi qualifiers.
for n in range(4):
    ref = some_day(2014, 4000)
    w = rng.randint(0, 6)
    back = (ref.weekday() - w) % 7 or 7
    day = ref - back * DAY
    word = ["الفارط", "المنقضي", "الفارط", "المنقضي"][n]
    surface = f"{'يوم ' if n % 2 else ''}{AR_WEEKDAYS[w]} {word}"
    out.append(case(f"استقبل الميناء {surface} الباخرة السياحية.", "ar", ref.isoformat(),
                    [want(surface, "relative", day.isoformat(), "day")]))
for n in range(2):
    ref = some_day(2014, 4000)
    m = (ref.month - 1 - rng.randint(1, 5)) % 12 + 1
    year = ref.year if m < ref.month else ref.year - 1
    surface = f"{AR_GREG[m - 1]} الفارط"
    out.append(case(f"ارتفعت الأسعار منذ {surface} بشكل ملحوظ.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{year}-{m:02d}", "month", ["year_inferred"])]))
ref = some_day(2014, 4000)
nxt = (ref.replace(day=1) + 32 * DAY).replace(day=1)
out.append(case("ويبدأ التسجيل مطلع الشهر الداخل حسب البلاغ.", "ar", ref.isoformat(), []) if False else
           case("ويستمر التسجيل طيلة الشهر الداخل حسب البلاغ.", "ar", ref.isoformat(),
                [want("الشهر الداخل", "relative", f"{nxt.year}-{nxt.month:02d}", "month")]))
ref = some_day(2014, 4000)
out.append(case("وتنطلق الحملة العام الداخل في كل الولايات.", "ar", ref.isoformat(),
                [want("العام الداخل", "relative", str(ref.year + 1), "year")]))

# ما بين written as one word.
for n in range(3):
    a = some_day()
    b = a + rng.randint(10, 60) * DAY
    surface = f"مابين {a.day} {AR_GREG[a.month - 1]} {a.year} و{' ' if n % 2 else ''}{b.day} {AR_GREG[b.month - 1]} {b.year}"
    out.append(case(f"تمتد المراجعة في الفترة {surface} على امتداد التراب الوطني.", "ar", None,
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# The end of a working day.
for n in range(3):
    a = some_day()
    b = a + rng.randint(5, 30) * DAY
    end = f"{b.day} {AR_GREG[b.month - 1]} {b.year}م"
    surface = f"من {a.day} {AR_GREG[a.month - 1]} {a.year}م وحتى نهاية يوم {'عمل' if n % 2 == 0 else 'العمل'} {end}"
    out.append(case(f"يستمر الاستبدال اعتباراً {surface}.", "ar", None,
                    [want(surface, "gregorian", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# A bare weekday before an end with its date and weekday.
for n in range(4):
    end = some_day(2014, 4000)
    w = rng.randint(0, 6)
    back = (end.weekday() - w) % 7
    if back == 0:
        continue
    start = end - back * DAY
    ref = start - rng.randint(1, 6) * DAY
    if n % 2:
        surface = f"من {AR_WEEKDAYS[w]} حتى {AR_WEEKDAYS[end.weekday()]} {end.day} {AR_GREG[end.month - 1]}"
        out.append(case(f"ستظل البنوك مغلقة {surface}.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))
    else:
        surface = (f"من يوم {AR_WEEKDAYS[w]} وحتى نهاية يوم {AR_WEEKDAYS[end.weekday()]} {end.day} "
                   f"{AR_GREG[end.month - 1]}")
        out.append(case(f"ستظل البنوك مغلقة {surface}.", "ar", ref.isoformat(),
                        [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))

# Dari ordinals.
for n, d in enumerate(FA_ORD_DARI):
    jy = rng.randint(1390, 1405)
    jm = rng.randint(1, 12)
    surface = f"{FA_ORD_DARI[d]} {FA_ZODIAC[jm - 1]} {fa(jy)}"
    out.append(case(f"این نشست به تاریخ {surface} در کابل برگزار شد.", "fa", None,
                    [want(surface, "jalali", jdate(jy, jm, d).isoformat(), "day")], tz="Asia/Kabul"))
out.append(case("مراسم ساعت 16 روز شنبه (چهاردم تیرماه 99) برگزار می‌شود.", "fa", None,
                [want("ساعت 16 روز شنبه (چهاردم تیرماه 99)", "jalali", "2020-07-04T16:00+04:30", "minute")]))

# Two consecutive full dates on و after مورخ (dated).
for n in range(2):
    jy = rng.randint(1395, 1405)
    jm = rng.randint(1, 12)
    d = rng.randint(1, 28)
    a, b = f"{fa(d)}/{fa(jm)}/{fa(jy)}", f"{fa(d + 1)}/{fa(jm)}/{fa(jy)}"
    surface = f"{a} و {b}"
    out.append(case(f"اسناد تمامی سامانه‌ها در مورخ {surface} در سامانه ساتنا تسویه می‌شود.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d).isoformat()}/{jdate(jy, jm, d + 1).isoformat()}", "day",
                          ["calendar_guessed"])]))
# A second bare year on و after في.
for n in range(2):
    a = rng.randint(2025, 2040)
    b = a + rng.randint(2, 6)
    out.append(case(f"تستضيف الدولتان البطولة في {a} و{b}، بحسب الاتحاد.", "ar", None,
                    [want(f"في {a}", "gregorian", str(a), "year"), want(str(b), "gregorian", str(b), "year")]))

# Persian ordinal days after the day word, a range without از.
for n in range(3):
    jy = rng.randint(1395, 1405)
    jm = rng.randint(1, 12)
    d1, d2 = rng.randint(1, 4), rng.randint(6, 10)
    ords = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 6: "ششم", 7: "هفتم", 8: "هشتم", 9: "نهم", 10: "دهم"}
    surface = f"روز {ords[d1]} تا {'روز ' if n % 2 == 0 else ''}{ords[d2]} {FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"آمار زائران {surface} افزایش داشته است.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d1).isoformat()}/{jdate(jy, jm, d2).isoformat()}", "day")]))
# Said to begin, a weekday and a clock at each end: the days.
for n in range(2):
    ref = some_day(2014, 4000)
    a, b = ref + DAY, ref + 2 * DAY
    surface = (f"از ساعت ۸ صبح فردا {FA_WEEKDAYS[a.weekday()]} آغاز شده و تا ساعت ۸ صبح روز {FA_WEEKDAYS[b.weekday()]}")
    out.append(case(f"این توقف فعالیت {surface} ادامه خواهد داشت.", "fa", ref.isoformat(),
                    [want(surface, "relative", f"{a.isoformat()}/{b.isoformat()}", "day")]))

# A day in brackets before its month after a weekday or a qualifier.
for n in range(3):
    day = some_day()
    w = AR_WEEKDAYS[day.weekday()]
    surface = [f"اليوم {w} ({day.day}) {AR_GREG[day.month - 1]} {day.year}", f"يوم {w}({day.day}) {AR_GREG[day.month - 1]} {day.year}",
               f"{w} ({day.day}) {AR_GREG[day.month - 1]} {day.year}"][n]
    out.append(case(f"يحتفل الليبيون {surface} بالذكرى.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))

# No day.
out.append(case("شكا المواطنون من تعطل الصرافات تزامنا مع الاحتفال بالعيد الوطني لبلادهم الـ 88 في الرياض.", "ar", "2018-09-23", [],
                tz="Asia/Riyadh"))
out.append(case("محمدحسین محمدی دبیر جایزه‌ی ادبی نوروز نامزدهای نهایی را معرفی کرد.", "fa", "2013-02-04", [], tz="Asia/Kabul"))
out.append(case("برای خدمات‌رسانی مطلوب به زائران گیلانی اربعین حسینی، بانک‌ها باز هستند.", "fa", "2025-08-06", []))
out.append(case("وأضاف في مداخلة خلال نشرة الثامنة مساء على الوطنية الأولى أن المنصة جاهزة.", "ar", "2022-09-25", [],
                tz="Africa/Tunis"))
out.append(case("ساعت کار بانک‌ها برای مشتریان از ساعت ۷ تا ۱۳ خواهد بود.", "fa", "2021-07-09", []))
out.append(case("در تغییرات ساعت پخت، نانوایان از ساعت 9:30 تا 10 کار خود را شروع می‌کنند.", "fa", "2015-06-16", []))
out.append(case("قبلاً ساعت شروع فعالیت اداری در تهران 9 صبح تعیین شده بود.", "fa", "2021-02-20", []))
out.append(case("ووضعت الهيئة الرقم 1814 كامل أيام الأسبوع من الساعة 8 صباحا الى الساعة 22 ليلا.", "ar", "2023-11-15", [],
                tz="Africa/Tunis"))
out.append(case("يستقبل المركز زواره من الساعة التاسعة صباحاً وحتى الساعة الرابعة عصراً على مدار أيام الأسبوع.", "ar",
                "2024-03-02", [], tz="Africa/Cairo"))
out.append(case("بوابة الصباح اليوم: رئيس التحرير صلاح توفيق", "ar", "2025-09-07", [], tz="Africa/Cairo"))
out.append(case("أصدرت المديرية اليوم الخميس توضيحاً حول وقف الإصدار الورقي بعد تاريخ 2024/3/1.", "ar", None,
                [want("2024/3/1", "gregorian", "2024-03-01", "day")]))

emit("forms of the hundred-and-fifty-fifth real-text sets: generated by tools/gen/cases_hundred_fifty_fifth_sets.py "
     "(oracles: datetime, convertdate, the Calendar Center's leap years)", out)
