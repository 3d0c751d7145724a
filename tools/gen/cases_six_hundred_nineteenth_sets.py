#!/usr/bin/python3
"""Writes tests/extract/cases/six_hundred_nineteenth_sets.jsonl: forms met in
the six-hundred-and-nineteenth real-text sets and after (and in the misses of
the sets before them), generated across their families.

- Noon after a date with "at" or "in" before it (يوم الاثنين 19 مارس 1962،
  في منتصف النهار, 5 ديسمبر 2024 عند منتصف النهار, على منتصف النهار): the
  day at 12:00, as منتصف النهار right after the date.
- RFC 850's stamp, a Latin month between dashes and a two-digit year
  (Monday, 29-Jul-24 07:02:40 UTC): the day, at its clock in its zone.
- Slips of the keyboard in Gregorian months' names, a letter added or its
  dots moved (الاحد 27 فيراير 1991, يوم السبت 11فبرابر, في 29 نوفمبير القادم).
- A year, month and day with blanks for separators (2016 02 27 on its line,
  يوم السبت 2023 12 30 بمنطقة): the day, as the day-first form; not inside a
  sentence without a weekday before it, nor before another number.
- A chamber named right before its year (لمرشحي مجلس النواب 2025, مجلس
  الأمة 2016, Kuwait's (أمة 2023)): its election's year.
- Persian میانه, "the middle of", before a month (در میانه مهرماه گذشته,
  میانه‌ی اسفند ۱۴۰۲): its 15th, as نیمه; not a part before a year that a
  count follows (شهرستان میانه ۱۴۰۲ نفر, اواسط ۱۴۰۲ نفر).
- A hard-wrapped line broken between a day and its month, the day after a
  weekday or the word for in, day, from or to on its line (در روز شنبه
  چهاردهم⏎مرداد 1396, في 8⏎أغسطس 1988): the day; not after another word
  (عدد الضحايا 8⏎أغسطس 1988: the month).
- One moment in a second zone after a comma, its part of the day unwritten
  (الثامنة والنصف مساءً بتوقيت مكة المكرمة وبغداد، السابعة والنصف بتوقيت
  القاهرة): the evening's hour there too, the zones a few hours apart; not
  after a morning's (التاسعة صباحا …، الثامنة بتوقيت القاهرة: 08:00).
- A range of days of two months named, "next" or "last" after the second
  (من الأول من ديسمبر إلى 31 ديسمبر المقبل): the qualifier is both's.
- The Africa Cup of Nations by its French initials (كان 2025, الكان 2025):
  its year; years listed on commas and closed by و after a year its own word
  reads (كان 2025، 2027 و2029, مونديال 2026، 2030 و2034): each a year; not
  a number that a noun counts (مونديال 2026، 2030 لاعب).
- A schedule's day alone on its line, then a group's label closing on a colon
  (دوشنبه 13/2/89 ⏎ گروه الف: ⏎ * تیم - تیم، ساعت 16:30، ورزشگاه): the
  clocks of the lines below are that day's.
- A clock after "it is scheduled that" (ومن المقرر أن, قرار است) in the
  sentence of a day gone by (توفي صباح أمس الثلاثاء، ومن المقرر أن … يدفن في
  الثانية بعد الظهر): to come, the reference's day, not the day before;
  without it the past day's (وصل الوفد أمس، وبدأ الاجتماع في الثانية).
- Ramadan by its epithets beside a year (أول أيام الشهر الفضيل لعام 2026,
  الشهر الكريم 1447, شهر الصيام لعام 2025): Ramadan of that year, by Umm
  al-Qura's table; alone (خلال الشهر الكريم) nothing. A month and a number a
  noun counts (في رمضان 2000 شخص, في يناير 2000 شخص): the month alone, the
  number a count; not before a magnitude (في مارس 2025 مليون رأس: the year).
- Two Persian seasons on و before a year (پاییز و زمستان ۱۴۰۲, بهار
  وتابستان ۱۴۰۳): the six months they run over, by convertdate's Persian
  calendar; not two seasons apart (پاییز و بهار ۱۴۰۲: the second alone).
- A day "of the same month" with no day written before it but a relative
  one (… انطلقت امس وتستمر حتى 31 من نفس الشهر): that day's month; not منه
  ("of it", as often another thing's part), nor with no day before it at
  all (وسيعقد الاجتماع في 12 من الشهر ذاته: no month to be the same as).
- A law's number, then ل written onto its year (قرار رقم 43 لـ2024 بشأن):
  the year; a summer's or winter's adjective before a year (الانتقالات
  الصيفية 2021, الميركاتو الشتوي 2023): the year, not before a counted noun.
- Days one after another on و before the whole date of the last (4 و5
  و6-10-2025): the span; not days apart (4 و5 و7-10-2025: the last alone).
- Morocco's دجنبر with its dot moved (دحنبر).
- Hours after a qualified weekday, a dash between them and a part of the day
  after (يوم الاثنين القادم 1-3 مساءً): the weekday alone, no day and month
  (السبت القادم 31-1 is still 31 January).
- Persian decades in words with و written onto the next (دهه های چهل
  وپنجاه خورشیدی): the span of both, as with و apart (Solar Hijri years
  from the Calendar Center's table); not tens and units (دهه هفتاد و پنج).
- Weekdays after the plural of day, each with its day and month in brackets
  (روزهای یکشنبه (۱۱ شهریور) و سه‌شنبه (۱۳ شهریور), أيام الأحد (11 سبتمبر)
  والثلاثاء (13 سبتمبر)): those days; alone (روزهای یکشنبه) they recur.
- A session's feminine ordinal before "to" a day (بتأجيل الجلسة الأولى إلى
  العاشر من الشهر الحالي): no range from the first, the day alone.
- An issue's number, a blank before the slash, then a dashed date with its
  year (العدد 1690 /19-11-2025): the date; not a number run on with no
  blank (الرقم 12/5-3-2020).
- Persian در فاصله, "in the interval", as from before a span (در فاصله آغاز
  سال ۱۳۹۸ تا روز ۱۹ اردیبهشت ماه گذشته); not before a distance (در فاصله ۵
  کیلومتری).
- A Persian semicolon between a weekday and its date (ساعت ۱۰ روز دوشنبه؛ ۱۷
  شهریورماه): one date, at its clock.
- A number before a magnitude's adjective (سکه بهار ۳۶ میلیونی شد): a price,
  no season's year.
- A country's time by its adjective after a clock (في الثامنة مساء
  بالتوقيت المغربي, حسب التوقيت السعودي): that country's zone, by zoneinfo.
- A part of a school year written over two years, in either order (آغاز سال
  تحصیلی ۱۴۰۵-۱۴۰۴): the span of both.
- A decade of 10 to 50 far after a heat word in its sentence (… درجات الحرارة
  العظمى الى اواخر العشرينيات في شمال وغرب البلاد وتصل الى اوائل
  الثلاثينيات): degrees, no decade.
- GMT's bare word spelled غرينيتش or جرينيتش after a clock, and its offset
  after a blank (16:00 غرينيتش +1): that offset; a first clock without its
  part of the day before the same moment past noon in brackets (في تمام
  الساعة السادسة بتوقيت الدوحة (16:00 غرينيتش+1)), or after a day's clock
  past noon and a comma: the evening's hour, by zoneinfo's offsets.
- A part of the day after a range's first day, before the word for "to" (من
  28 أكتوبر مساء إلى غاية 02 نوفمبر 2021, از ۲۸ مهر عصر تا ۲ آبان): the range.
- Ramadan's epithets with ل or ب on the article (للشهر المبارك لعام 1446 هـ,
  بالشهر الكريم للعام 2026): Ramadan of that year, as without them.
- "Before dawn" after a clock (الساعة الثانية والدقيقة 47 قبل الفجر بتوقيت
  القاهرة … يوم الجمعة الموافق 2025/2/28م): the small hours, 02:47.
- An Arabic school year named by one year (فسيبدأ العام الدراسي 2025 في,
  للعام الدراسي 2024 بشأن, العام الدراسي 1444 هـ): that year, Gregorian or
  Umm al-Qura's Hijri; not a count (العام الدراسي 2000 طالب), nor after a
  part (بداية العام الدراسي الجديد 2024: its start, no date), nor a pair's
  first (للعام الدراسي 1446 هـ - 2024/2025 م: the pair).
- A named day without its year on و before another with a Solar Hijri year
  (تاسوعا و عاشورا ۱۴۰۲): the first takes the second's year in its own
  calendar (Ashura 1402 SH is 10 Muharram 1445; Tasua the day before, by
  Iran's lunar table), not 1402 read as a lunar year (1981).
- A weekday, الموافق and a day and month in figures with no year (يوم
  الاربعاء الموافق 10-10): that day of the month, the nearest such (not the
  nearest Wednesday alone); not before a third number (a whole date).
- A named day, then the adjective حسینی or an honorific's letter in brackets,
  then its year or this year (عاشورای حسینی (ع) سال ۱۴۰۲, روز اربعین حسینی
  امسال, شهادت امام رضا (ع) امسال): that year's day, by Iran's lunar table.
- A qualified weekday, then a Hijri day and its Gregorian twin without years
  (يوم السبت المقبل ٥ ربيع الثاني الموافق ٢٧ سبتمبر), no reference: the year
  the pair and the weekday meet, by Umm al-Qura's table.

Oracles: datetime (weekdays, days), zoneinfo (offsets), convertdate's Persian calendar."""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from convertdate import persian

from case_form import (AR_DIGITS, AR_GREG, AR_WEEKDAYS, FA_DIGITS, FA_JALALI, FA_ORD, FA_WEEKDAYS, case, clock_value, emit, umm_al_qura,
                       iran_lunar, solar_hijri_year, want)

rng = random.Random(619)
out = []


def digits(s, script):
    return s.translate(AR_DIGITS) if script == 1 else s.translate(FA_DIGITS) if script == 2 else s


# Noon after a date, "at" or "in" before it.
ZONES = ["Africa/Cairo", "Asia/Riyadh", "Africa/Casablanca", "Asia/Amman", "Africa/Algiers", "Asia/Baghdad"]
for n in range(12):
    zone = ZONES[n % 6]
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500))
    at = ["في", "عند", "على"][n % 3]
    comma = "، " if n % 2 else " "
    date_text = digits(f"{day.day} {AR_GREG[day.month - 1]} {day.year}", n % 2)
    head = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}" if n % 4 < 2 else date_text
    surface = f"{head}{comma}{at} منتصف النهار"
    out.append(case(f"أعلنت اللجنة أن الحفل سيقام {surface} في الساحة الكبرى.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, 12, 0, zone), "minute")], tz=zone))
# Not noon: the word after في is another (في منتصف الأسبوع is no clock of the day).
out.append(case("سيقام الحفل في 5 ديسمبر 2024 في منتصف الأسبوع.", "ar", None,
                [want("5 ديسمبر 2024", "gregorian", "2024-12-05", "day")], tz="Africa/Cairo"))

# RFC 850's stamp.
LATIN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LATIN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for n in range(10):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 3800))
    hh, mm, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    zone_word = ["UTC", "GMT"][n % 2]
    stamp = f"{LATIN_DAYS[day.weekday()]}, {day.day:02d}-{LATIN_MONTHS[day.month - 1]}-{day.year % 100:02d} {hh:02d}:{mm:02d}:{ss:02d} {zone_word}"
    value = f"{day.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+00:00"
    if n % 2:
        text, lang = f"آخر تحديث: {stamp}\nأعلنت الوزارة نتائج المسابقة.", "ar"
    else:
        text, lang = f"آخرین به‌روزرسانی: {stamp}\nوزارت نتایج را اعلام کرد.", "fa"
    out.append(case(text, lang, None, [want(stamp, "gregorian", value, "second")], tz="Asia/Tehran" if lang == "fa" else "Asia/Riyadh"))

# Slips in the months' names.
SLIPS = [("فيراير", 2), ("فبرابر", 2), ("نوفمبير", 11)]
for n in range(9):
    word, month = SLIPS[n % 3]
    year = rng.randrange(1990, 2026)
    d = rng.randrange(1, 29)
    day = dt.date(year, month, d)
    date_text = digits(f"{d} {word} {year}", n % 2)
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}" if n % 3 == 0 else date_text
    out.append(case(f"وقعت الحادثة {surface} في المدينة.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Cairo"))
ref = dt.date(2019, 5, 1)
out.append(case("ستجرى الانتخابات في 29 نوفمبير القادم وفق الدستور.", "ar", ref.isoformat(),
                [want("29 نوفمبير القادم", "gregorian", "2019-11-29", "day", ["year_inferred"])], tz="Africa/Algiers"))

# Year, month and day with blanks.
for n in range(10):
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 5000))
    stamp = digits(f"{day.year} {day.month:02d} {day.day:02d}", n % 2)
    if n % 2:
        surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {stamp}"
        text = f"انطلقت صباح {surface} بمنطقة الساحل حملة التلقيح."
    else:
        surface = stamp
        text = f"هدوء حذر في المدينة\n\n{stamp}\n\nدخل الاتفاق حيز التنفيذ."
    out.append(case(text, "ar", None, [want(surface, "gregorian", day.isoformat(), "day")], tz="Africa/Nouakchott"))
# Not in a sentence without a weekday, nor before another number.
out.append(case("صدر العدد 2016 02 27 من المجلة.", "ar", None, [], tz="Africa/Cairo"))
out.append(case("سجل الفريق الثلاثاء 2023 12 30 5 أهداف.", "ar", None, [], tz="Africa/Cairo"))

# A chamber before its year.
CHAMBERS = ["مجلس النواب", "مجلس الشيوخ", "مجلس الأمة", "مجلس الشعب", "مجلس الشورى"]
for n in range(10):
    year = rng.randrange(2000, 2027)
    if year % 100 == 0:
        year += 1
    chamber = CHAMBERS[n % 5]
    lead = ["لمرشحي", "قوائم", "نتائج"][n % 3]
    y = digits(str(year), n % 2)
    surface = f"{chamber} {y}"
    out.append(case(f"أعلنت الهيئة {lead} {surface} رسميا.", "ar", None,
                    [want(y, "gregorian", str(year), "year")], tz="Asia/Kuwait"))
out.append(case("يتوجه الناخبون الكويتيون إلى صناديق الاقتراع لانتخاب أعضاء مجلس الأمة، في فصله التشريعي (أمة 2023).", "ar", None,
                [want("2023", "gregorian", "2023", "year")], tz="Asia/Kuwait"))

# Persian میانه before a month.
for n in range(8):
    jy = rng.randrange(1395, 1405)
    jm = rng.randrange(1, 13)
    day = dt.date(*persian.to_gregorian(jy, jm, 15))
    word = ["میانه", "میانه‌ی"][n % 2]
    y = digits(str(jy), 2 if n % 3 else 0)
    surface = f"{word} {FA_JALALI[jm - 1]} {y}"
    out.append(case(f"این طرح در {surface} به تصویب رسید.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")]))
ref = dt.date(2023, 11, 8)
out.append(case("ماده واحده در میانه مهرماه گذشته به تصویب رسیده است.", "fa", ref.isoformat(),
                [want("میانه مهرماه گذشته", "jalali", dt.date(*persian.to_gregorian(1402, 7, 15)).isoformat(), "day", ["year_inferred"])]))
out.append(case("جمعیت شهرستان میانه ۱۴۰۲ نفر افزایش یافت.", "fa", None, []))
out.append(case("در اواسط ۱۴۰۲ نفر ثبت نام کردند.", "fa", None, []))

# A line broken between a day and its month.
for n in range(10):
    if n % 2:
        jy, jm, jd = rng.randrange(1390, 1404), rng.randrange(1, 13), rng.randrange(1, 16)
        day = dt.date(*persian.to_gregorian(jy, jm, jd))
        head = f"روز {FA_WEEKDAYS[day.weekday()]} {FA_ORD[jd]}"
        tail = f"{FA_JALALI[jm - 1]} {digits(str(jy), n % 3)}"
        text = f"کلیه ادارات و نهادهای عمومی در {head}\n{tail} در شهر تهران تعطیل است."
        out.append(case(text, "fa", None, [want(f"{head}\n{tail}", "jalali", day.isoformat(), "day")]))
    else:
        day = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(0, 15000))
        lead = ["في", "يوم", "من"][n % 3]
        d = digits(str(day.day), n % 4 // 2)
        tail = f"{AR_GREG[day.month - 1]} {digits(str(day.year), n % 4 // 2)}"
        if lead == "من":
            end = day + dt.timedelta(days=3)
            rest = f" إلى {end.day} {AR_GREG[end.month - 1]} {end.year}"
            surface, value = f"من {d}\n{tail}{rest}", f"{day.isoformat()}/{end.isoformat()}"
            if end.year != day.year:
                continue
        else:
            surface, value = f"{d}\n{tail}", day.isoformat()
            rest = ""
        text = f"واستمرت المفاوضات بين البلدين إلى أن وافق الطرفان على وقف إطلاق النار {lead} {d}\n{tail}{rest} بعد وساطة دولية."
        out.append(case(text, "ar", None, [want(surface, "gregorian", value, "day")], tz="Asia/Baghdad"))
out.append(case("بلغ عدد الضحايا 8\nأغسطس 1988 كان شهرا داميا.", "ar", None, [want("أغسطس 1988", "gregorian", "1988-08", "month")],
                tz="Asia/Baghdad"))

# One moment in a second zone: its hour there by zoneinfo's offsets.
SECOND = [("بتوقيت القاهرة", "Africa/Cairo"), ("بتوقيت أبوظبي", "Asia/Dubai"), ("بتوقيت المغرب", "Africa/Casablanca")]
AR_HOUR_WORDS = {5: "الخامسة", 6: "السادسة", 7: "السابعة", 8: "الثامنة", 9: "التاسعة", 10: "العاشرة", 11: "الحادية عشرة"}
for n in range(9):
    name2, zone2 = SECOND[n % 3]
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    h1 = rng.choice([7, 8, 9, 10])
    half = n % 2
    mm = 30 if half else 0
    moment = dt.datetime(day.year, day.month, day.day, h1 + 12, mm, tzinfo=ZoneInfo("Asia/Riyadh"))
    there = moment.astimezone(ZoneInfo(zone2))
    h2 = there.hour - 12
    w1 = AR_HOUR_WORDS[h1] + (" والنصف" if half else "")
    w2 = AR_HOUR_WORDS[h2] + (" والنصف" if half else "")
    first = f"الساعة {w1} مساءً بتوقيت مكة المكرمة"
    second = f"{w2} {name2}"
    text = f"وانطلقت المباراة في تمام {first}، {second}."
    out.append(case(text, "ar", day.isoformat(), [want(f"في تمام {first}", "relative", clock_value(day, h1 + 12, mm, "Asia/Riyadh"), "minute"),
                                                  want(second, "relative", clock_value(there.date(), there.hour, mm, zone2), "minute")],
                    tz="Asia/Riyadh"))
day = dt.date(2024, 2, 20)
out.append(case("تبدأ الجلسة الساعة التاسعة صباحا بتوقيت مكة، الثامنة بتوقيت القاهرة.", "ar", day.isoformat(),
                [want("الساعة التاسعة صباحا بتوقيت مكة", "relative", clock_value(day, 9, 0, "Asia/Riyadh"), "minute"),
                 want("الثامنة بتوقيت القاهرة", "relative", clock_value(day, 8, 0, "Africa/Cairo"), "minute")], tz="Asia/Riyadh"))

# A range of two months' days, qualified after the second.
for n in range(8):
    ref = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 1500))
    qual = ["المقبل", "القادم", "الماضي", "المنصرم"][n % 4]
    ahead = n % 4 < 2
    m2 = rng.randrange(1, 13)
    d1 = rng.randrange(1, 10)
    d2 = rng.randrange(20, 29)
    # The month the second end names, by the qualifier from the reference (after it, or before it, its day counted).
    y = ref.year
    end = dt.date(y, m2, d2)
    if ahead and end <= ref:
        end = dt.date(y + 1, m2, d2)
    if not ahead and end >= ref:
        end = dt.date(y - 1, m2, d2)
    start = dt.date(end.year, m2, d1)
    first = f"الأول من {AR_GREG[m2 - 1]}" if d1 == 1 else f"{d1} {AR_GREG[m2 - 1]}"
    surface = f"من {first} إلى {d2} {AR_GREG[m2 - 1]} {qual}"
    out.append(case(f"تمتد المهلة خلال الفترة {surface} لتسوية الأوضاع.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])], tz="Asia/Kuwait"))

# The Africa Cup's initials; lists of years on commas.
for n in range(6):
    y = rng.randrange(2010, 2030)
    word = ["كان", "الكان"][n % 2]
    ys = digits(str(y), n % 2)
    out.append(case(f"تأهل المنتخب إلى {word} {ys} بعد فوزه الكبير.", "ar", None, [want(ys, "gregorian", str(y), "year")], tz="Africa/Algiers"))
for n in range(6):
    head = ["كان", "مونديال", "أولمبياد"][n % 3]
    y1 = rng.randrange(2010, 2024)
    years = [y1, y1 + 2, y1 + 4] if n % 2 == 0 else [y1, y1 + 4, y1 + 8, y1 + 12]
    ys = [digits(str(y), n % 2) for y in years]
    listed = "، ".join(ys[:-1]) + " و" + ys[-1]
    out.append(case(f"قد تتنازل البلاد عن سباق التنافس لتنظيم {head} {listed} بحسب المصادر.", "ar", None,
                    [want(y, "gregorian", str(v), "year") for y, v in zip(ys, years)], tz="Africa/Algiers"))
out.append(case("شارك في مونديال 2026، 2030 لاعب من القارة.", "ar", None, [want("2026", "gregorian", "2026", "year")], tz="Africa/Cairo"))

# A schedule's day, a group's label, then the fixtures' clocks.
for n in range(6):
    jy, jm, jd = rng.randrange(1385, 1404), rng.randrange(1, 13), rng.randrange(1, 29)
    day = dt.date(*persian.to_gregorian(jy, jm, jd))
    header = f"{FA_WEEKDAYS[day.weekday()]} {jd}/{jm}/{jy % 100:02d}"
    hh, mm = rng.choice([(16, 30), (15, 0), (17, 45)])
    clock = f"ساعت {hh}:{mm:02d}"
    text = (f"برنامه هفته بیست و یکم لیگ به شرح زیر است:\n\n{header}\n\nگروه الف:\n\n"
            f"* تربیت یزد - شاهین اهواز، {clock}، ورزشگاه نصیری\n\n* کاوه تهران - صنعت نفت، {clock}، ورزشگاه شهرداری")
    out.append(case(text, "fa", None, [want(header, "jalali", day.isoformat(), "day", ["calendar_guessed"]),
                                       want(clock, "relative", clock_value(day, hh, mm, "Asia/Tehran"), "minute"),
                                       want(clock, "relative", clock_value(day, hh, mm, "Asia/Tehran"), "minute")]))

# A clock scheduled after a day gone by.
# (language, zone, the day's words, the clock's words, the text scheduled and not, each with {day} and {clock})
SCHEDULED = [
    ("ar", "Africa/Cairo", lambda y: f"أمس {AR_WEEKDAYS[y.weekday()]}",
     lambda hh: {10: "العاشرة صباحا", 14: "الثانية بعد الظهر", 16: "الرابعة عصرا"}[hh],
     "وتوفي الفنان صباح {day}، ومن المقرر أن تبدأ مراسم الجنازة، ثم يدفن الجثمان في {clock}، بمقابر الأسرة.",
     "ووصل الوفد صباح {day}، وبدأ الاجتماع في {clock}، بمقر الوزارة."),
    ("fa", "Asia/Tehran", lambda y: f"دیروز {FA_WEEKDAYS[y.weekday()]}", lambda hh: f"ساعت {digits(str(hh), 2)}",
     "رئیس جمهور {day} به شهر رسید و قرار است {clock} با استاندار دیدار کند.",
     "رئیس جمهور {day} به شهر رسید و {clock} با استاندار دیدار کرد."),
]
for n in range(8):
    ref = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 1500))
    y = ref - dt.timedelta(days=1)
    hh = rng.choice([10, 14, 16])
    lang, zone, day_words, clock_words, scheduled, told = SCHEDULED[n % 2]
    day_s, clock = day_words(y), clock_words(hh)
    ahead = n % 4 < 2
    text = (scheduled if ahead else told).format(day=day_s, clock=clock)
    value = clock_value(ref if ahead else y, hh, 0, zone)
    out.append(case(text, lang, ref.isoformat(), [want(day_s, "relative", y.isoformat(), "day"),
                                                  want(clock, "relative", value, "minute")], tz=zone))

# Ramadan's epithets beside a year.
UMM = umm_al_qura()
EPITHETS = ["الشهر الفضيل", "الشهر الكريم", "الشهر المبارك", "شهر الصيام"]
for n in range(8):
    hy = rng.randrange(1440, 1449)
    start, end = UMM[(hy, 9)], UMM[(hy, 10)] - dt.timedelta(days=1)
    ep = EPITHETS[n % 4]
    if n % 2:
        ys = digits(str(hy), n % 3 == 0)
        surface = f"{ep} {ys}"
    else:
        gy = start.year
        surface = f"{ep} لعام {digits(str(gy), n % 4 == 0)}"
        if start.year != end.year:
            continue
    if n % 4 == 2:
        out.append(case(f"وأعلنت الجهات المختصة أن أول أيام {surface} سيكون موعدا للانطلاق.", "ar", None,
                        [want(f"أول أيام {surface}", "hijri", start.isoformat(), "day")], tz="Asia/Riyadh"))
    else:
        out.append(case(f"وتستمر الحملة طوال {surface} في جميع المناطق.", "ar", None,
                        [want(surface, "hijri", f"{start.isoformat()}/{end.isoformat()}", "month")], tz="Asia/Riyadh"))
out.append(case("وتستمر الحملة خلال الشهر الكريم في جميع المناطق.", "ar", None, [], tz="Asia/Riyadh"))
out.append(case("وزعت الجمعية في الشهر المبارك 2000 شخص من المحتاجين.", "ar", None, [], tz="Asia/Riyadh"))
out.append(case("و كانت الجزائر استوردت في مارس 2025 مليون رأس ماشية.", "ar", None, [want("مارس 2025", "gregorian", "2025-03", "month")],
                tz="Africa/Algiers"))

# Two Persian seasons on و.
SEASONS = ["بهار", "تابستان", "پاییز", "زمستان"]
for n in range(6):
    jy = rng.randrange(1395, 1405)
    s1 = n % 3
    join = " و " if n % 2 else " و"
    surface = f"{SEASONS[s1]}{join}{SEASONS[s1 + 1]} {digits(str(jy), 2)}"
    first = dt.date(*persian.to_gregorian(jy, 3 * s1 + 1, 1))
    m_end = 3 * (s1 + 2)
    last = dt.date(*persian.to_gregorian(jy + 1, 1, 1)) - dt.timedelta(days=1) if m_end == 12 else dt.date(*persian.to_gregorian(jy, m_end + 1, 1)) - dt.timedelta(days=1)
    out.append(case(f"این سریال‌ها در جدول پخش {surface} پلتفرم‌ها بودند.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month")]))

# The same month with no month before it.
for n in range(4):
    ref = dt.date(2013, 1, 4) + dt.timedelta(days=rng.randrange(0, 1200))
    ref = ref.replace(day=rng.randrange(2, 10))
    y = ref - dt.timedelta(days=1)
    d = rng.randrange(25, 29)
    phrase = ["من نفس الشهر", "من الشهر نفسه", "من الشهر ذاته", "من ذات الشهر"][n]
    surface = f"امس وتستمر حتى {d} {phrase}"
    out.append(case(f"بدأت فترة الانتقالات الشتوية التي انطلقت {surface} لتسجيل اللاعبين.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{y.isoformat()}/{ref.replace(day=d).isoformat()}", "day", ["year_inferred"])],
                    tz="Asia/Kuwait"))
out.append(case("وأنجز العمال امس المرحلة الأولى منه في الموعد.", "ar", "2020-03-05", [want("امس", "relative", "2020-03-04", "day")],
                tz="Asia/Kuwait"))

# A law's number and its year; a season's adjective and a year.
for n in range(4):
    y = rng.randrange(1960, 2026)
    out.append(case(f"أصدر الاتحاد قرار رقم {rng.randrange(2, 90)} لـ{y} بشأن تسجيل اللاعبين.", "ar", None,
                    [want(str(y), "gregorian", str(y), "year")], tz="Africa/Tripoli"))
for n in range(6):
    y = rng.randrange(2010, 2026)
    word = ["الانتقالات الصيفية", "الانتقالات الشتوية", "الميركاتو الصيفي", "الميركاتو الشتوي", "الألعاب الشتوية", "الدورة الصيفية"][n]
    ys = digits(str(y), n % 2)
    out.append(case(f"خلال فترة {word} {ys} ، تعاقد النادي مع ثلاثة لاعبين.", "ar", None, [want(ys, "gregorian", str(y), "year")],
                    tz="Africa/Casablanca"))
out.append(case("شارك في الدورة الصيفية 2021 طالبا من مختلف المدارس.", "ar", None, [], tz="Africa/Casablanca"))

# Days on و before the whole date of the last.
for n in range(6):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    if day.day > 25:
        day = day.replace(day=20)
    k = 2 + n % 2
    days = [day + dt.timedelta(days=i) for i in range(k + 1)]
    sep = ["-", "/"][n % 2]
    last = days[-1]
    head = " و".join(str(x.day) for x in days[:-1]) + " و"
    surface = f"{head}{last.day}{sep}{last.month}{sep}{last.year}"
    out.append(case(f"وذلك أيام {surface} بالقاعة الكبرى.", "ar", None,
                    [want(surface, "gregorian", f"{days[0].isoformat()}/{last.isoformat()}", "day")], tz="Africa/Tunis"))
out.append(case("وذلك أيام 4 و5 و7-10-2025 بالقاعة الكبرى.", "ar", None, [want("7-10-2025", "gregorian", "2025-10-07", "day")],
                tz="Africa/Tunis"))

# Hours after a qualified weekday.
for n in range(6):
    ref = dt.date(2017, 1, 2) + dt.timedelta(days=rng.randrange(0, 2000))
    wd = n % 7
    ahead = (wd - ref.weekday()) % 7 or 7
    day = ref + dt.timedelta(days=ahead)
    qual = ["القادم", "المقبل"][n % 2]
    h1 = rng.randrange(1, 8)
    part = ["مساءً", "صباحا", "مساء"][n % 3]
    surface = f"يوم {AR_WEEKDAYS[wd]} {qual}"
    out.append(case(f"حدد لي اجتماعًا {surface} {h1}-{h1 + 2} {part} في المكتب.", "ar", ref.isoformat(),
                    [want(surface, "relative", day.isoformat(), "day")], tz="Asia/Riyadh"))

# Persian decades in words, و written onto the next.
TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
for n in range(6):
    t1 = [20, 30, 40, 50, 60, 70][n]
    t2 = t1 + 10
    head = ["دهه های", "دهه‌های", "دهه"][n % 3]
    era = [" خورشیدی", "", " شمسی"][n % 3]
    surface = f"{head} {TENS[t1]} و{TENS[t2]}{era}"
    first = solar_hijri_year(1300 + t1).split("/")[0]
    last = solar_hijri_year(1300 + t2 + 9).split("/")[1]
    out.append(case(f"این سبک موسیقی در {surface} رواج داشت.", "fa", None, [want(surface, "jalali", f"{first}/{last}", "year")]))
out.append(case("در دهه هفتاد و پنج نفر از اعضا رفتند.", "fa", None, []))

# Weekdays after the plural of day, each with its date in brackets.
for n in range(6):
    if n % 2:
        ref = dt.date(2024, 8, 25) + dt.timedelta(days=rng.randrange(0, 400))
        d1 = ref + dt.timedelta(days=3)
        d2 = d1 + dt.timedelta(days=2)
        s1 = f"{AR_WEEKDAYS[d1.weekday()]} ({d1.day} {AR_GREG[d1.month - 1]})"
        s2 = f"{AR_WEEKDAYS[d2.weekday()]} ({d2.day} {AR_GREG[d2.month - 1]})"
        text = f"تغلق المدارس أيام {s1} و{s2} بمناسبة العيد."
        out.append(case(text, "ar", ref.isoformat(), [want(s1, "gregorian", d1.isoformat(), "day", ["year_inferred"]),
                                                      want(s2, "gregorian", d2.isoformat(), "day", ["year_inferred"])],
                        tz="Africa/Cairo"))
    else:
        jy = 1403
        jm = rng.randrange(1, 12)
        jd = rng.randrange(1, 25)
        ref = dt.date(*persian.to_gregorian(jy, jm, 1))
        d1 = dt.date(*persian.to_gregorian(jy, jm, jd))
        d2 = dt.date(*persian.to_gregorian(jy, jm, jd + 2))
        s1 = f"{FA_WEEKDAYS[d1.weekday()]} ({digits(str(jd), 2)} {FA_JALALI[jm - 1]})"
        s2 = f"{FA_WEEKDAYS[d2.weekday()]} ({digits(str(jd + 2), 2)} {FA_JALALI[jm - 1]})"
        text = f"لزومی بر تعطیلی سینماها در روزهای {s1} و {s2} وجود ندارد."
        out.append(case(text, "fa", ref.isoformat(), [want(s1, "jalali", d1.isoformat(), "day", ["year_inferred"]),
                                                      want(s2, "jalali", d2.isoformat(), "day", ["year_inferred"])]))
out.append(case("سینماها در روزهای یکشنبه تعطیل است.", "fa", "2024-08-30", []))

# A session's feminine ordinal before "to" a day.
for n in range(4):
    ref = dt.date(2012, 5, 4) + dt.timedelta(days=rng.randrange(0, 1500))
    ref = ref.replace(day=rng.randrange(1, 8))
    d = rng.randrange(10, 28)
    ordw = {10: "العاشر", 11: "الحادي عشر", 12: "الثاني عشر", 13: "الثالث عشر", 14: "الرابع عشر", 15: "الخامس عشر",
            16: "السادس عشر", 17: "السابع عشر", 18: "الثامن عشر", 19: "التاسع عشر", 20: "العشرين"}.get(d)
    if not ordw:
        continue
    surface = f"{ordw} من الشهر الحالي"
    out.append(case(f"قرار يقضي بتأجيل الجلسة الأولى إلى {surface} إثر تقديم طعن.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", ref.replace(day=d).isoformat(), "day", ["year_inferred"])], tz="Asia/Baghdad"))

# An issue's number, then its dashed date.
for n in range(4):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 3800))
    stamp = digits(f"{day.day}-{day.month}-{day.year}", n % 2)
    num = digits(str(rng.randrange(100, 9000)), n % 2)
    out.append(case(f"محاكمات الساحل: تأجيل الجلسة\nالعدد {num} /{stamp}\nانتهت الجلسة الأولى للمحاكمة.", "ar", None,
                    [want(stamp, "gregorian", day.isoformat(), "day")], tz="Asia/Damascus"))
out.append(case("صدر القرار الرقم 12/5-3-2020 عن الوزارة.", "ar", None, [], tz="Asia/Damascus"))

# در فاصله before a span.
for n in range(4):
    jy = rng.randrange(1395, 1404)
    jm = rng.randrange(2, 6)
    jd = rng.randrange(1, 29)
    ref = dt.date(*persian.to_gregorian(jy, 6, 1))
    start = dt.date(*persian.to_gregorian(jy, 1, 1))
    end = dt.date(*persian.to_gregorian(jy, jm, jd))
    surface = f"در فاصله آغاز سال {digits(str(jy), 2)} تا روز {digits(str(jd), 2)} {FA_JALALI[jm - 1]} ماه گذشته"
    out.append(case(f"{surface}، قیمت دلار افزایش یافت.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))
out.append(case("روستا در فاصله ۵ کیلومتری شهر قرار دارد.", "fa", "2024-06-01", []))

# A Persian semicolon between a weekday and its date.
for n in range(4):
    jy = 1404
    jm, jd = rng.randrange(1, 12), rng.randrange(1, 29)
    day = dt.date(*persian.to_gregorian(jy, jm, jd))
    ref = day - dt.timedelta(days=4)
    hh = rng.choice([9, 10, 12])
    surface = f"ساعت {digits(str(hh), 2)} روز {FA_WEEKDAYS[day.weekday()]}؛ {digits(str(jd), 2)} {FA_JALALI[jm - 1]}ماه"
    out.append(case(f"متقاضیان تا {surface}، فرصت دارند مبلغ را واریز کنند.", "fa", ref.isoformat(),
                    [want(surface, "jalali", clock_value(day, hh, 0, "Asia/Tehran"), "minute", ["year_inferred"])]))
out.append(case("سکه بهار ۳۶ میلیونی شد.", "fa", None, []))
out.append(case("قیمت سکه ۴۵ میلیاردی شد و طلا ۲۰ هزاری بالا رفت.", "fa", None, []))

# A country's time by its adjective.
ADJ = [("بالتوقيت المغربي", "Africa/Casablanca"), ("حسب التوقيت السعودي", "Asia/Riyadh"), ("بالتوقيت المصري", "Africa/Cairo"),
       ("بالتوقيت الجزائري", "Africa/Algiers"), ("بحسب التوقيت العراقي", "Asia/Baghdad"), ("بالتوقيت الأردني", "Asia/Amman")]
for n, (words, zone) in enumerate(ADJ):
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    hh = rng.randrange(13, 23)
    date_text = f"{day.day} {AR_GREG[day.month - 1]} {day.year}"
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {date_text}، في الساعة {hh}:00 {words}"
    out.append(case(f"تقام المباراة {surface} على الملعب الكبير.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, hh, 0, zone), "minute")], tz="Asia/Riyadh"))
out.append(case("قال المسؤول المغربي إن الاجتماع انتهى.", "ar", None, [], tz="Africa/Casablanca"))

# A part of a two-year school year, either order.
for n in range(4):
    y = rng.randrange(1395, 1405)
    first = solar_hijri_year(y).split("/")[0]
    last = solar_hijri_year(y + 1).split("/")[1]
    years = f"{y + 1}-{y}" if n % 2 else f"{y}-{y + 1}"
    part = ["آغاز", "پایان", "ابتدای", "اواخر"][n]
    surface = f"{part} سال تحصیلی {digits(years, 2)}"
    out.append(case(f"مراسم {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", f"{first}/{last}", "year", ["calendar_guessed"])]))

# A decade far after a heat word: degrees.
for n in range(3):
    a, b = [("العشرينيات", "الثلاثينيات"), ("الثلاثينيات", "الأربعينيات"), ("العشرينات", "الثلاثينات")][n]
    out.append(case(f"يترتب على ذلك تراجع درجات الحرارة العظمى الى اواخر {a} في شمال وغرب البلاد وتصل الى اوائل {b} وسط وجنوب البلاد.",
                    "ar", "2025-10-20", [], tz="Asia/Baghdad"))
out.append(case("ولد الكاتب في الثلاثينيات من القرن الماضي.", "ar", "2025-01-01",
                [want("الثلاثينيات من القرن الماضي", "gregorian", "1930-01-01/1939-12-31", "year")], tz="Asia/Baghdad"))

# GMT's bare spellings and the same moment in brackets.
for n in range(6):
    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    gmt_h = rng.randrange(13, 19)
    off = [1, 0, 1, 2, 0, 1][n]
    word = ["غرينيتش", "جرينيتش", "غرينتش"][n % 3]
    moment = dt.datetime(day.year, day.month, day.day, gmt_h, 0, tzinfo=dt.timezone(dt.timedelta(hours=off)))
    doha = moment.astimezone(ZoneInfo("Asia/Qatar"))
    if doha.date() != day or doha.hour < 13:
        continue
    sign = f"+{off}" if off else ""
    stamp = f"{gmt_h}:00 {word}{sign}" if n % 2 else f"{gmt_h}:00 {word} {sign}".rstrip()
    offset = f"+{off:02d}:00"
    hour_word = AR_HOUR_WORDS.get(doha.hour - 12)
    if not hour_word:
        continue
    first = f"في تمام الساعة {hour_word} بتوقيت الدوحة"
    text = f"يخوض الفريق حصة تدريبية على أرضية الملعب، {first} ({stamp})."
    out.append(case(text, "ar", day.isoformat(), [want(first, "relative", clock_value(day, doha.hour, 0, "Asia/Qatar"), "minute"),
                                                  want(stamp, "relative", f"{day.isoformat()}T{gmt_h:02d}:00{offset}", "minute")],
                    tz="Africa/Casablanca"))

# A part of the day after a range's first day.
for n in range(6):
    if n % 2 == 0:
        start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500))
        end = start + dt.timedelta(days=rng.randrange(3, 9))
        part = ["مساء", "صباحا", "ليلا"][n // 2]
        surface = f"من {start.day} {AR_GREG[start.month - 1]} {part} إلى غاية {end.day:02d} {AR_GREG[end.month - 1]} {end.year}"
        out.append(case(f"تنظم التظاهرة {surface} بقصر المعارض.", "ar", None,
                        [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day")], tz="Africa/Tunis"))
    else:
        jy = rng.randrange(1398, 1405)
        jm = rng.randrange(1, 12)
        jd = rng.randrange(20, 29)
        start = dt.date(*persian.to_gregorian(jy, jm, jd))
        end = dt.date(*persian.to_gregorian(jy, jm + 1, 2))
        part = ["عصر", "صبح", "شب"][n // 2]
        surface = f"از {digits(str(jd), 2)} {FA_JALALI[jm - 1]} {part} تا {digits('2', 2)} {FA_JALALI[jm]} {digits(str(jy), 2)}"
        out.append(case(f"نمایشگاه {surface} برپا است.", "fa", None,
                        [want(surface, "jalali", f"{start.isoformat()}/{end.isoformat()}", "day")]))

# Ramadan's epithets with ل or ب.
for n in range(4):
    hy = rng.randrange(1441, 1449)
    start, end = UMM[(hy, 9)], UMM[(hy, 10)] - dt.timedelta(days=1)
    ep = ["للشهر المبارك", "بالشهر الكريم", "للشهر الفضيل", "بالشهر المبارك"][n]
    year = f"لعام {hy} هـ" if n % 2 == 0 else f"للعام {start.year}"
    if n % 2 and start.year != end.year:
        continue
    surface = f"{ep} {year}"
    out.append(case(f"أعلنت الجمعية استعداداتها {surface} في كل المناطق.", "ar", None,
                    [want(surface, "hijri", f"{start.isoformat()}/{end.isoformat()}", "month")], tz="Asia/Riyadh"))

# Before dawn after a clock.
for n in range(3):
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
    hh, mm = rng.randrange(1, 5), rng.randrange(10, 59)
    hour_word = AR_HOUR_WORDS.get(hh) or {1: "الواحدة", 2: "الثانية", 3: "الثالثة", 4: "الرابعة"}[hh]
    stamp = f"{day.year}/{day.month}/{day.day}م"
    surface = f"الساعة {hour_word} والدقيقة {mm} قبل الفجر بتوقيت القاهرة يوم {AR_WEEKDAYS[day.weekday()]} الموافق {stamp}"
    out.append(case(f"يولد الهلال بعد {surface} حسب المعهد.", "ar", None,
                    [want(surface, "gregorian", clock_value(day, hh, mm, "Africa/Cairo"), "minute")], tz="Africa/Cairo"))

# An Arabic school year named by one year.
for n in range(6):
    if n % 3 == 2:
        hy = rng.randrange(1440, 1448)
        first, last = UMM[(hy, 1)], UMM[(hy + 1, 1)] - dt.timedelta(days=1)
        ys = digits(str(hy), n % 2)
        surface = f"العام الدراسي {ys} هـ"
        out.append(case(f"تبدأ الدراسة في {surface} بجميع المدارس.", "ar", None,
                        [want(surface, "hijri", f"{first.isoformat()}/{last.isoformat()}", "year")], tz="Asia/Riyadh"))
    else:
        y = rng.randrange(2015, 2027)
        word = ["للعام الدراسي", "العام الدراسي"][n % 2]
        ys = digits(str(y), n % 2)
        surface = f"{word} {ys}"
        out.append(case(f"أعلنت الوزارة مواعيد الامتحانات {surface} في سلطنة عمان.", "ar", None,
                        [want(surface, "gregorian", str(y), "year")], tz="Asia/Muscat"))
out.append(case("التحق العام الدراسي 2000 طالب بالمدارس.", "ar", None, [], tz="Asia/Muscat"))
out.append(case("أعلنت الوزارة عن موعد بداية العام الدراسي الجديد 2024، حيث سيبدأ قريبا.", "ar", None, [], tz="Asia/Baghdad"))
out.append(case("التقويم الدراسي للعام الدراسي 1446 هـ - 2024/2025 م في المملكة.", "ar", None,
                [want("للعام الدراسي 1446 هـ - 2024/2025 م", "gregorian", "2024-01-01/2025-12-31", "year")], tz="Asia/Riyadh"))

# A named day on و before another with a Solar Hijri year.
IRAN = iran_lunar()
for n, jy in enumerate([1398, 1400, 1402]):
    # Ashura of that Solar Hijri year: the 10 Muharram that falls in it (Iran's table).
    start, end = dt.date(*persian.to_gregorian(jy, 1, 1)), dt.date(*persian.to_gregorian(jy + 1, 1, 1))
    ashura = next(d for (hy, hm), first in sorted(IRAN.items()) if hm == 1 for d in [first + dt.timedelta(days=9)] if start <= d < end)
    tasua = ashura - dt.timedelta(days=1)
    ys = digits(str(jy), 2)
    out.append(case(f"مراسم تاسوعا و عاشورا {ys} در شهر برگزار شد.", "fa", (ashura - dt.timedelta(days=30)).isoformat(),
                    [want("تاسوعا", "hijri", tasua.isoformat(), "day", ["year_inferred"]),
                     want(f"عاشورا {ys}", "hijri", ashura.isoformat(), "day")]))

# A weekday, الموافق and a day and month in figures.
for n in range(4):
    ref = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    day = ref + dt.timedelta(days=rng.randrange(3, 20))
    sep = ["-", "/"][n % 2]
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} الموافق {day.day}{sep}{day.month}"
    out.append(case(f"تقام الأمسية {surface} بالمسرح البلدي.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])], tz="Africa/Tunis"))

# A named day, حسینی or an honorific in brackets, then its year.
for n, jy in enumerate([1399, 1401, 1403]):
    start, end = dt.date(*persian.to_gregorian(jy, 1, 1)), dt.date(*persian.to_gregorian(jy + 1, 1, 1))
    ashura = next(d for (hy, hm), first in sorted(IRAN.items()) if hm == 1 for d in [first + dt.timedelta(days=9)] if start <= d < end)
    arbaeen = next(d for (hy, hm), first in sorted(IRAN.items()) if hm == 2 for d in [first + dt.timedelta(days=19)] if start <= d < end)
    ys = digits(str(jy), 2)
    s1 = f"عاشورای حسینی (ع) سال {ys}"
    out.append(case(f"مراسم {s1} در شهر برگزار شد.", "fa", None, [want(s1, "hijri", ashura.isoformat(), "day")]))
    ref = arbaeen - dt.timedelta(days=40)
    s2 = "روز اربعین حسینی امسال" if n % 2 else "روز اربعین حسینی (ع) امسال"
    out.append(case(f"بدین ترتیب {s2} در ایران و عراق در یک روز خواهد بود.", "fa", ref.isoformat(),
                    [want(s2, "hijri", arbaeen.isoformat(), "day", ["year_inferred"])]))

# A qualified weekday, then a twin pair without years.
AR_HIJRI_NAMES = ["محرم", "صفر", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
                  "ذو القعدة", "ذو الحجة"]
for n in range(4):
    hy, hm = rng.randrange(1440, 1448), rng.randrange(1, 13)
    hd = rng.randrange(2, 28)
    day = UMM[(hy, hm)] + dt.timedelta(days=hd - 1)
    # (A Hijri day and a Gregorian one meet again only some 33 years apart: this one, the nearest 2026-01-01.)
    qual = ["المقبل", "القادم"][n % 2]
    hd_s, gd_s = digits(str(hd), n % 2), digits(str(day.day), n % 2)
    surface = f"يوم {AR_WEEKDAYS[day.weekday()]} {qual} {hd_s} {AR_HIJRI_NAMES[hm - 1]} الموافق {gd_s} {AR_GREG[day.month - 1]}"
    out.append(case(f"أعلنت الجهات المختصة أن {surface} موعد الحفل.", "ar", None,
                    [want(surface, "hijri", day.isoformat(), "day", ["year_inferred"])], tz="Asia/Riyadh"))

emit("tools/gen/cases_six_hundred_nineteenth_sets.py: noon after a date with at or in, RFC 850's stamp, slips in months' names, "
     "year-month-day with blanks, a chamber before its election's year, Persian میانه, a line broken between day and month, a second zone's evening, a qualified range of two months, the Africa Cup and lists of years, a schedule's group labels, a clock scheduled after a day gone by, Ramadan's epithets, two seasons, the same month by the reference, a law's year, a season's adjective, days on و, hours after a qualified weekday, Persian decades on و, weekdays with bracketed dates after the plural of day, a session's feminine ordinal, an issue's number and date, در فاصله, the Persian semicolon, a magnitude's adjective, zones by adjective, a part of a school year, degrees after a far heat word, GMT's bare spellings and bracketed twins, a part of the day after a range's start, Ramadan's epithets with ل or ب, before dawn, a school year of one year, a named day's year from the next, a weekday and الموافق before a day and month, a named day's honorific before its year, a qualified weekday's twin pair (docs/accuracy.md)", out)
