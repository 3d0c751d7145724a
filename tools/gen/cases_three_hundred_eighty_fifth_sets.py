#!/usr/bin/python3
"""Writes tests/extract/cases/three_hundred_eighty_fifth_sets.jsonl: forms met
in the three-hundred-and-eighty-fifth real-text sets and after, generated
across their families.

- Two months joined by و that are not each the next, the year written after
  the second only (شهري أكتوبر وديسمبر 2023, يوليوز وشتنبر 2026, في يناير
  ومارس ٢٠٢٤, أكتوبر وديسمبر من العام الجاري, آبان ماه و اسفندماه ۱۴۰۳): two
  months, the first in the second's year; months each the next stay one span
  (شهري يوليو وأغسطس 2024), and a Persian month's name that is also a common
  word does not take the year without the word month (خبرگزاری مهر و دی ماه
  ۱۴۰۳: the agency).
- A range of days whose line breaks after its word for "to" (من الخامس عشر
  من شهر ديسمبر الى غاية⏎ السابع عشر من نفس الشهر, از ۵ مهر تا⏎۱۰ مهر ۱۴۰۳):
  one span; a blank line between leaves two days.
- Not a day: Ashura as an idea with its epithet, or as a school's or a
  poetry's name (قیام سرخ عاشورا, نهضت خونین عاشورا, مکتب عاشورا, کنگره شعر
  عاشورا); روز عاشورا stays the day.
- The Games' year in Persian, the ZWNJ of بازی‌های kept or not (بازی‌های آسیایی
  ۲۰۲۲, بازی‌های کشورهای اسلامی ۲۰۲۵): the year; not a sum (بانک‌های اسلامی ۲۰۲۵
  میلیارد); a championship's year after its word for the world or for whom it
  is (قهرمانی جهان ۲۰۲۷, قهرمانی مردان ۲۰۲۳ آسیا) or its sport (المپیاد جهانی شطرنج
  2014, جام فوتسال ۲۰۲۴), not a count (جوانان ۲۰۰۰ نفر, مسابقات شطرنج 2000 نفر).
- Editions' years after the plural (في نسخ 2014 و 2016 و 2017: each); not a
  round count of copies (نسخ 2000 كتاب); the duals, two editions or two
  championships (في نسختي 2013 و2020, ببطولتي 1970 و1972), likewise.
- A founding's year after the verb (التي تأسست 2019, تأسس 1990) and "by" a year in
  Arabic (في حدود 2025); not a round sum (في حدود 2000 دينار) nor Persian's "about"
  (حدود ۱۴۰۳ نفر).
- Not the year of the same period last year: a rate with its decimals after it
  (مدت مشابه سال گذشته 1990.5درصد).
- Three years and more on و after a word for a time (خلال 2026 و2027 و2028): each
  year; not distances (خلال 1500 و1600 و1700 كلم).
- Not a feast's day: a cup named for it (جام عیدقربان, جام عید فطر).
- Not today: an outlet named "<place> today" after the word for a satellite
  channel (فضائية روسيا اليوم، فيديو); الفضائية اليوم alone stays today.
- منذ typed with dal in Arabic before a count and its unit (مند 4 أيام): that
  long ago; in Persian مند is a suffix (علاقه مند ۳ سال), no word for ago.
- A page's clock in brackets after its date (تاريخ النشر: 22 مايو 2023 (19:34),
  ۱۵ مرداد ۱۴۰۲ (۱۹:۱۷), seconds too): the moment, in the page's zone; a city
  alone in brackets after a clock, and the Hijri twin after الموافق (2005/12/24
  الساعة 00:19 (مكة المكرمة) الموافق 1426/11/24 هـ): one moment in that city's zone.
- Not tomorrow: على بكرة أبيه, "all together"; a newspaper's name between its city and the story in a byline
  (عمان- الغد- تحت الرعاية); حتى الغد stays.

Days come from datetime, Solar Hijri months and days from convertdate;
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_three_hundred_eighty_fifth_sets.py >
tests/extract/cases/three_hundred_eighty_fifth_sets.jsonl"""
import calendar
import random

import datetime as dt

from case_form import (AR_DIGITS, AR_GREG, AR_LEVANTINE, FA_DIGITS, FA_JALALI, case, clock_value, emit, iran_lunar, jalali_month,
                       jdate, jday, umm_al_qura, want)

rng = random.Random(385)
UMM = umm_al_qura()
UMM_DAY = {}  # Gregorian day -> its Umm al-Qura (year, month, day)
for (hy, hm), first in sorted(UMM.items()):
    nxt = UMM.get((hy + hm // 12, hm % 12 + 1))
    if nxt:
        for k in range((nxt - first).days):
            UMM_DAY[first + k * dt.timedelta(days=1)] = (hy, hm, k + 1)
out = []
DAY = dt.timedelta(days=1)
LATIN = str.maketrans("", "")
SCRIPTS = [LATIN, FA_DIGITS, AR_DIGITS]
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
ALGERIAN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = [AR_GREG, MAGHREB, ALGERIAN, AR_LEVANTINE]


def greg_month(y, m):
    return f"{y}-{m:02d}"


def two_months(n):
    """Two months of one year, the second at least two after the first."""
    m1 = rng.randrange(1, 11)
    m2 = rng.randrange(m1 + 2, 13)
    return m1, m2


# Gregorian months on و, the year after the second, with or without the dual.
for n in range(16):
    names = NAMES[n % 4]
    m1, m2 = two_months(n)
    y = rng.randrange(1990, 2027)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    lead = ["شهري ", "", "خلال شهري ", "في "][n // 4]
    waw = "و" if n % 3 else "و "
    year_words = ["", "", "من العام ", "عام "][(n // 2) % 4]
    second = f"{names[m2 - 1]} {year_words}{ys}"
    text = f"ستنظم سباقات مماثلة {lead}{names[m1 - 1]} {waw}{second} في العاصمة."
    out.append(case(text, "ar", None,
                    [want(names[m1 - 1], "gregorian", greg_month(y, m1), "month"),
                     want(second, "gregorian", greg_month(y, m2), "month")]))
# The second with a year named from the reference's: both in that year.
for n in range(6):
    ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    m1, m2 = two_months(n)
    rel, y = [("من العام الجاري", ref.year), ("من العام الماضي", ref.year - 1), ("من العام المقبل", ref.year + 1)][n % 3]
    second = f"{AR_GREG[m2 - 1]} {rel}"
    text = f"ستنظم سباقات مماثلة خلال شهري {AR_GREG[m1 - 1]} و{second}، و أخرى لاحقا."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(AR_GREG[m1 - 1], "gregorian", greg_month(y, m1), "month", ["year_inferred"]),
                     want(second, "gregorian", greg_month(y, m2), "month", ["year_inferred"])]))
# Months each the next: one span.
for n in range(4):
    m1 = rng.randrange(1, 12)
    y = rng.randrange(2000, 2027)
    surface = f"{AR_GREG[m1 - 1]} و{AR_GREG[m1]} {y}"
    last = calendar.monthrange(y, m1 + 1)[1]
    out.append(case(f"تقام المعارض في شهري {surface}.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m1:02d}-01/{y}-{m1 + 1:02d}-{last:02d}", "month")]))
# Solar Hijri months, the month word on the first or glued.
for n in range(10):
    m1, m2 = two_months(n)
    jy = rng.randrange(1370, 1406)
    ys = str(jy).translate(SCRIPTS[n % 2])
    first = FA_JALALI[m1 - 1] + [" ماه", "ماه", "‌ماه"][n % 3]
    second = f"{FA_JALALI[m2 - 1]}{['ماه', ' ماه', ''][n % 3]} {['', 'سال '][n % 2]}{ys}"
    a, b = jalali_month(jy, m1)
    c, d = jalali_month(jy, m2)
    out.append(case(f"این طرح در {first} و {second} اجرا شد", "fa", None,
                    [want(first, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month"),
                     want(second, "jalali", f"{c.isoformat()}/{d.isoformat()}", "month")]))
# Not the agency: مهر, a common word, without the word month.
for n in range(3):
    jy = rng.randrange(1390, 1406)
    second = f"دی ماه {str(jy).translate(FA_DIGITS)}"
    c, d = jalali_month(jy, 10)
    out.append(case(f"به گزارش خبرگزاری مهر و {second} این خبر منتشر شد", "fa", None,
                    [want(second, "jalali", f"{c.isoformat()}/{d.isoformat()}", "month")]))

# A range broken after its word for "to".
AR_ORD = {15: "الخامس عشر", 17: "السابع عشر", 10: "العاشر", 12: "الثاني عشر", 20: "العشرين", 5: "الخامس"}
for n in range(6):
    m = rng.randrange(1, 13)
    d1, d2 = [(15, 17), (5, 10), (10, 20)][n % 3]
    to = ["الى غاية", "إلى", "حتى"][n % 3]
    if n < 3:
        surface = f"من {AR_ORD[d1]} من شهر {AR_GREG[m - 1]} {to}\n {AR_ORD[d2]} من نفس الشهر"
        value, flags = f"XXXX-{m:02d}-{d1:02d}/XXXX-{m:02d}-{d2:02d}", ["unresolved"]
    else:
        y = rng.randrange(2000, 2027)
        ys = str(y).translate(SCRIPTS[2 * (n % 2)])
        surface = f"من {d1} {AR_GREG[m - 1]} {to}\n{d2} {AR_GREG[m - 1]} {ys}"
        value, flags = f"{y}-{m:02d}-{d1:02d}/{y}-{m:02d}-{d2:02d}", []
    out.append(case(f"عاشت المدينة {surface} على وقع مهرجانها.", "ar", None, [want(surface, "gregorian", value, "day", flags)]))
for n in range(4):
    jm, jy = rng.randrange(1, 13), rng.randrange(1390, 1406)
    d1, d2 = rng.randrange(1, 10), rng.randrange(11, 30)
    surface = f"از {d1} {FA_JALALI[jm - 1]} تا\n{d2} {FA_JALALI[jm - 1]} {jy}".translate(SCRIPTS[n % 2])
    out.append(case(f"این جشنواره {surface} برگزار می‌شود", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d1).isoformat()}/{jdate(jy, jm, d2).isoformat()}", "day")]))
# A blank line between: two days, the first taking the second's year as a day near a dated one does.
for n in range(2):
    m, y = rng.randrange(1, 13), rng.randrange(2000, 2027)
    a, b = f"5 {AR_GREG[m - 1]}", f"10 {AR_GREG[m - 1]} {y}"
    out.append(case(f"من {a} إلى\n\n{b} في المدينة", "ar", None,
                    [want(a, "gregorian", f"{y}-{m:02d}-05", "day", ["year_inferred"]), want(b, "gregorian", f"{y}-{m:02d}-10", "day")]))

# Ashura as an idea, a school's or a poetry's name: no day. The day itself stays.
LUNAR = iran_lunar()
for text in ["ما با بهره گیری از قیام سرخ عاشورا تا جان در بدن داریم ایستاده‌ایم", "درس‌های نهضت خونین عاشورا را بازگو کرد",
             "مکتب عاشورا الگوی مقاومت است", "دبیرخانه کنگره شعر عاشورا فراخوان داد", "فرهنگ عاشورا در جامعه زنده است"]:
    out.append(case(text, "fa", "2025-09-28", []))
for ref in ["2024-07-01", "2025-06-20"]:
    r = dt.date.fromisoformat(ref)
    # The 10 Muharram by Iran's calendar nearest the reference.
    days = [LUNAR[(y, 1)] + 9 * DAY for y in (1445, 1446, 1447)]
    day = min(days, key=lambda d: (abs((d - r).days), d > r))
    out.append(case("مراسم روز عاشورا در میدان شهر برگزار می‌شود", "fa", ref,
                    [want("روز عاشورا", "hijri", day.isoformat(), "day", ["year_inferred"])]))

# The Games' year in Persian: بازی‌های آسیایی ۲۰۲۲, بازی‌های کشورهای اسلامی ۲۰۲۵.
GAMES = ["بازی‌های آسیایی", "بازیهای آسیایی", "بازی های آسیایی", "بازی‌های کشورهای اسلامی", "بازی‌های همبستگی کشورهای اسلامی"]
for n in range(10):
    y = rng.randrange(1951, 2027)
    ys = str(y).translate(SCRIPTS[n % 3])
    out.append(case(f"این ورزشکار در {GAMES[n % 5]} {ys} مدال گرفت", "fa", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("سپرده بانک‌های اسلامی ۲۰۲۵ میلیارد دلار شد", "fa", None, []))
# A championship's year after its word for the world or for whom it is (قهرمانی جهان ۲۰۲۷, قهرمانی مردان ۲۰۲۳ آسیا).
CHAMPS = ["مسابقات قهرمانی جهان", "قهرمانی مردان", "مسابقات والیبال قهرمانی زنان", "جام جهان", "قهرمانی جوانان",
          "قهرمانی بانوان", "قهرمانی نوجوانان"]
for n in range(7):
    y = rng.randrange(1960, 2028)
    ys = str(y).translate(SCRIPTS[n % 3])
    out.append(case(f"تیم ملی جواز حضور در {CHAMPS[n]} {ys} آسیا را گرفت", "fa", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("تیم ملی جوانان ۲۰۰۰ نفر را جذب کرد", "fa", None, []))
# A sport's name before the year, after an Olympiad, a cup or a championship (المپیاد جهانی شطرنج 2014, جام فوتسال ۲۰۲۴).
SPORTS = ["المپیاد جهانی شطرنج", "مسابقات قهرمانی والیبال", "جام فوتسال", "قهرمانی بسکتبال", "المپیاد شطرنج"]
for n in range(5):
    y = rng.randrange(1970, 2028)
    ys = str(y).translate(SCRIPTS[n % 3])
    out.append(case(f"ششمین دور از {SPORTS[n]} {ys} با تساوی پایان یافت", "fa", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("در مسابقات شطرنج 2000 نفر شرکت کردند", "fa", None, []))
# Editions' years after the plural (في نسخ 2014 و 2016 و 2017); not copies of a round count.
for n in range(4):
    ys = sorted(rng.sample(range(1990, 2027), 3))
    ws = [str(y).translate(SCRIPTS[2 * (n % 2)]) for y in ys]
    text = f"تأهل الفريق لبطولة العالم في 3 مناسبات كانت في نسخ {ws[0]} و {ws[1]} و {ws[2]}."
    out.append(case(text, "ar", None, [want(w, "gregorian", str(y), "year") for w, y in zip(ws, ys)]))
out.append(case("وزعت الوزارة نسخ 2000 كتاب على المدارس.", "ar", None, []))
# The duals: two editions, two championships (في نسختي 2013 و2020, الفائز ببطولتي 1970 و1972).
for n in range(6):
    a, b = sorted(rng.sample(range(1960, 2027), 2))
    word = ["نسختي", "ببطولتي", "بطولتي"][n % 3]
    wa, wb = (str(a).translate(SCRIPTS[2 * (n % 2)]), str(b).translate(SCRIPTS[2 * (n % 2)]))
    out.append(case(f"وهو الفائز {word} {wa} و{wb} على التوالي.", "ar", None,
                    [want(wa, "gregorian", str(a), "year"), want(wb, "gregorian", str(b), "year")]))
for text in ["شارك في بطولتي 2000 لاعب من العالم.", "طبعت نسختي 2000 كتاب."]:
    out.append(case(text, "ar", None, []))
# A founding's year after the verb, and "by" a year in Maghrebi Arabic (تأسست 2019, في حدود 2025).
for n in range(6):
    y = rng.choice([y for y in range(1950, 2031) if y % 100])
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    text = [f"الجمعية التي تأسست {ys} ؛ وتطرق رئيسها إلى أهدافها.", f"النادي تأسس {ys} في العاصمة.",
            f"لتصل الطاقة الإنتاجية إلى 40 مليون طن في حدود {ys}، وستستثمر الشركة."][n % 3]
    out.append(case(text, "ar", None, [want(ys, "gregorian", str(y), "year")]))
for text, lang in [("بلغ المبلغ في حدود 2000 دينار.", "ar"), ("در این مراسم حدود ۱۴۰۳ نفر شرکت کردند", "fa"),
                   ("قیمت میلگرد نسبت به مدت مشابه سال گذشته 1990.5درصد گران شده است", "fa"),
                   ("قیمت تیرآهن نسبت به مدت مشابه سال گذشته 2012.3 درصد افزایش یافت", "fa")]:
    out.append(case(text, lang, None, []))
# A cup named for a feast: no day; the feast stays.
out.append(case("رقابت‌های قهرمانی هندبال زیر نام جام عیدقربان در ولایت لوگر برگزار شد", "fa", "2022-05-30", []))
out.append(case("مسابقات جام عید فطر آغاز شد", "fa", "2022-05-30", []))

# منذ typed with dal in Arabic, before a count and its unit: that long ago (months and years by the Gregorian
# calendar, the day clamped to the month's last); in Persian مند is a suffix written apart.
def months_back(day, n):
    y, m = divmod(day.year * 12 + day.month - 1 - n, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


UNITS = [("أيام", "day", lambda d, n: d - n * DAY), ("أشهر", "month", months_back),
         ("سنوات", "year", lambda d, n: months_back(d, 12 * n)), ("أسابيع", "week", lambda d, n: d - 7 * n * DAY)]
for n in range(8):
    ref = dt.date(rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    count = rng.randrange(3, 10)
    word, gran, back = UNITS[n % 4]
    surface = f"مند {str(count).translate(SCRIPTS[2 * (n % 2)])} {word}"
    out.append(case(f"وأشار المواطنون إلى أن الخدمة غير متوفرة {surface}، مطالبين بالإصلاح.", "ar", ref.isoformat(),
                    [want(surface, "relative", back(ref, count).isoformat(), gran)]))
for text in ["آنها علاقه مند ۳ سال تحصیل در خارج هستند", "کشاورزان از این طرح بهره مند ۲ سال شدند"]:
    out.append(case(text, "fa", "2024-05-01", []))

# A page's clock in brackets after its date, seconds or not: the moment, in the page's zone.
for n in range(8):
    day = dt.date(rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    clock = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if n % 4 == 3 else "")
    value = clock_value(day, hh, mm, "Africa/Algiers") if n % 4 != 3 else \
        clock_value(day, hh, mm, "Africa/Algiers").replace(f"T{hh:02d}:{mm:02d}", f"T{hh:02d}:{mm:02d}:{ss:02d}")
    if n % 2:
        surface = f"{day.day} {AR_GREG[day.month - 1]} {day.year} ({clock})"
    else:
        surface = f"{day.day:02d}/{day.month:02d}/{day.year} ({clock})"
    out.append(case(f"التحرير\nتاريخ النشر: {surface}\nأزمة الخبز تعود.", "ar", None,
                    [want(surface, "gregorian", value, "second" if n % 4 == 3 else "minute")], tz="Africa/Algiers"))
# With its zone inside the brackets: the zone's offset, the day's calendar.
for n, (word, offset) in enumerate([("بتوقيت غرينتش", "+00:00"), ("بتوقيت مكة", "+03:00"), ("GMT", "+00:00")]):
    day = dt.date(rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    surface = f"{day.day} {AR_GREG[day.month - 1]} {day.year} ({hh:02d}:{mm:02d} {word})"
    out.append(case(f"آخر تحديث: {surface}\nأزمة الخبز تعود.", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{hh:02d}:{mm:02d}{offset}", "minute")], tz="Africa/Cairo"))
# A city alone in brackets after the clock, and the Hijri twin after الموافق (Al Jazeera's stamps): one moment.
for n in range(4):
    day = dt.date(rng.randrange(2003, 2019), rng.randrange(1, 13), rng.randrange(1, 29))
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    h = UMM_DAY[day]
    surface = f"{day.year}/{day.month}/{day.day} الساعة {hh:02d}:{mm:02d} (مكة المكرمة) الموافق {h[0]}/{h[1]}/{h[2]} هـ"
    out.append(case(f"الأخبار\nآخر تحديث: {surface}\nاغلاق", "ar", None,
                    [want(surface, "gregorian", f"{day.isoformat()}T{hh:02d}:{mm:02d}+03:00", "minute")], tz="Asia/Qatar"))
for n in range(4):
    day = dt.date(rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    jy, jm, jd = jday(day)
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    surface = f"{jd} {FA_JALALI[jm - 1]} {jy} ({hh:02d}:{mm:02d})".translate(SCRIPTS[n % 2])
    out.append(case(f"تاریخ انتشار: {surface}\nقیمت نان افزایش یافت", "fa", None,
                    [want(surface, "jalali", clock_value(day, hh, mm, "Asia/Tehran"), "minute")]))

# Three years and more on و after a word for a time (خلال 2026 و2027 و2028): each; not a list of distances or counts.
for n in range(6):
    ys = sorted(rng.sample(range(1960, 2031), 3 + n % 2))
    word = ["خلال", "انتخابات", "منذ"][n % 3]
    ws = [str(y).translate(SCRIPTS[2 * (n % 2)]) for y in ys]
    text = f"ارتفعت الأجور {word} {ws[0]}" + "".join(f" و{w}" for w in ws[1:]) + "، في حين بقيت التعريفة نفسها."
    out.append(case(text, "ar", None, [want(w, "gregorian", str(y), "year") for w, y in zip(ws, ys)]))
for text in ["قطع الرحالة خلال 1500 و1600 و1700 كلم."]:
    out.append(case(text, "ar", None, []))

# A list of days that the text ends in, no month after it: no date (and nothing read past the text's end).
for text, lang in [("تقام الدورة أيام 8، 9", "ar"), ("تقام الدورة أيام 8، 9، 10", "ar"), ("للعاشر والحادي", "ar"),
                   ("يومي 8 و9", "ar"), ("روزهای ۱۶، ۱۷", "fa"), ("روزهای ۱۶، ۱۷ و", "fa")]:
    out.append(case(text, lang, None, []))

# A newspaper's name between its city and the story.
for city in ["عمان", "إربد", "الزرقاء"]:
    out.append(case(f"عناوين الأخبار\n   {city}- الغد- تحت الرعاية الملكية السامية يشهد الميدان انطلاقة المسابقات.", "ar",
                    "2006-09-17", []))
# An outlet named "<place> today" after the word for a satellite channel: its name; today stays after the word alone.
for place in ["روسيا", "المغرب", "فلسطين"]:
    for word in ["فضائية", "لفضائية"]:
        out.append(case(f"وعرضت {word} {place} اليوم، فيديو للمحمية.", "ar", "2019-02-04", []))
out.append(case("وبثت الفضائية اليوم برنامجا عن المحمية.", "ar", "2019-02-04", [want("اليوم", "relative", "2019-02-04", "day")]))
# Not tomorrow: على بكرة أبيه, "all together" (بكرة alone stays tomorrow).
for text in ["ازدحم المجمع التجاري على بكرة أبيه بالمتسوقين.", "خرجت القرية على بكرة أبيها لاستقبالهم.",
             "حضر الأهالي على بكرة أبيهم."]:
    out.append(case(text, "ar", "2011-12-04", []))
out.append(case("نلتقي بكرة إن شاء الله.", "ar", "2011-12-04", [want("بكرة", "relative", "2011-12-05", "day")]))
out.append(case("ويستمر المعرض حتى الغد في عمان.", "ar", "2006-09-17",
                [want("الغد", "relative", "2006-09-18", "day")]))

emit("forms of the three-hundred-and-eighty-fifth real-text sets: generated by tools/gen/cases_three_hundred_eighty_fifth_sets.py "
     "(oracles: datetime, convertdate, Iran's lunar month starts)", out)
