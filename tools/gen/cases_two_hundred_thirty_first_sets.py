#!/usr/bin/python3
"""Writes tests/extract/cases/two_hundred_thirty_first_sets.jsonl: forms met
in the two-hundred-and-thirty-first real-text sets and after, generated
across their families.

- A month's Afghan and Iranian names side by side (دوم ثور / اردیبهشت سال
  ۱۳۹۴, ۴ اسد (مرداد) ۱۳۹۴, ۱۵ مرداد (اسد), حمل/فروردین ۱۴۰۲), with a slash,
  a dash or brackets between, in text that says nothing else of
  Afghanistan: one day or month. The zodiac name first is Afghan writing,
  so it is a month there even with no number beside it; after the Iranian
  name it is read as its gloss (the text stays Iranian Persian). Not a
  zodiac word beside another month (اسد (رئیس جمهور)), nor names of two
  months.
- A comma or a stop glued to a year after the year word, a blank before it
  (إلى سنة ,2008 وتتعلق, ديسمبر سنة ،٢٠١٧, العام .1982, سال ،۱۳۹۸): the
  clause's own mark that mixed-direction typing moved before the number; the
  year; a stop glued on both sides after the year word too (عام.2018). Not a
  number after another word (رقم ,2008).
- A weekday, then في (در) and an ordinal day of a month (اليوم الأربعاء، في
  الأوّل من يونيو/ حزيران 2022, يوم الخميس في الثالث من شهر مارس, چهارشنبه
  در یازدهم خرداد ۱۴۰۱): that day, as with a day in figures.
- An English month and day, then a comma and a clock (April 9th, 10:25pm,
  Oct 3, 7:05 am) in Arabic or Persian text: that day at that time, the
  year the nearest to the reference's.
- A Persian season with its qualifier (تابستان آینده, زمستان گذشته, پاییز
  پیش رو, بهار جاری): the next one to begin after the reference, the last
  one ended before it, or the one of the reference's Solar Hijri year. Not a
  count's (دو تابستان پیش), nor قبل از, nor این before its noun.
- A decade after في with a person or the word for age before it (شباب في
  العشرينات, امرأة في الثلاثينات, أعمارهم في العشرينات): an age, no years;
  before its century (شاب في العشرينيات من القرن الماضي) and after a verb
  (ولد في العشرينات) a decade still.
- The ordinal third misspelt with ت (الثالت, الثالت عشر): the third, the
  thirteenth.
- A span of years by a dash with its era after the second, years of three
  digits too, as lives and dynasties are written (۵۱۱ ـ ۵۵۲ق, (٦٥٦ - ٧٤٩
  هـ), (749- 1517م), ۱۲۸۵ش - ۱۳۶۷ش): the years from the first to the
  second. Not before Christ (556ـ539 ق م), nor metres (بين 300 - 400 م).
- A lunar year of three digits with ق written onto it in Persian (۶۱۷ق), and
  with its Christian twin after a slash (۲۵۷ق/۸۷۱م: the Gregorian year).
- A day, a verb on و (or و apart from it) and a word for until, then a day,
  with no reference (يوم 23 فبراير ويستمر حتى 9 مارس, في الخامس من نونبر
  الجاري ويستمر حتى الحادي عشر منه): one range of no year, as with a
  reference, a season's length at most; و apart before a verb with a
  reference (أمس السبت و يستمر إلى غاية 07 جوان الجاري); not و before an
  adjective (و ساريٍ حتى), nor after a comma.
- The end of a day in figures after تا (از ابتدای سال جاری تا پایان ۱۸
  سنبله): that day.
- A Gregorian month's other name in guillemets (8 يناير «كانون الثاني»
  2013, شهر يناير «كانون الثاني» من عام 2013): one month, as in brackets;
  the second of the Levantine names misspelt with ت (تشرين التاني, كانون
  التاني): November, January.
- Egypt's ل for "to" between two days after من (من ٢٧ لـ ٣٠ نوفمبر الماضى):
  the range; not before a count (من 5 لـ 9 أشخاص). لآخر, to the end of,
  between two months (من تشرين الأول 2023 لآخر تشرين التاني 2024): from the
  first's first day to the second's last.
- A Gregorian day with its Solar Hijri twin side by side in Persian (روز ۱۲
  ماه ژوئن ۲۲ خرداد ماه): the two digits before the Solar Hijri month are its
  day, no year of June; one match, the year the twin's nearest.
- A day, one dash between blanks, then its month and year (2 - أبريل 2026):
  that day.
- Persian's this year alone before تا and an end inside it (امسال تا پایان
  مهرماه, سال جاری تا ۱۵ مهر): from the year's first day; not Arabic's
  (تأخر … هذه السنة إلى غاية ماي, put off to May: two).

Days come from convertdate's Solar Hijri and civil Hijri calendars (Iran's
lunar years before its table one day later, as include/taqvim/hijri.h
continues them), the Calendar Center's leap years (case_form), datetime and
zoneinfo: nothing here is read from taqvim. Run from the project root:
tools/gen/cases_two_hundred_thirty_first_sets.py > tests/extract/cases/two_hundred_thirty_first_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, AR_LEVANTINE, AR_WEEKDAYS, DAY, FA_JALALI, FA_ORD, FA_WEEKDAYS, FA_ZODIAC,
                       case, clock_value, emit, fa, jalali_month, jdate, jday, solar_hijri_year, want)

rng = random.Random(231)
out = []

# The Afghan and the Iranian name of one month side by side.
SEPARATORS = ["/", " / ", "-", " ({}) "]
for n in range(24):
    jy = rng.randint(1385, 1405)
    month = rng.randint(1, 12)
    day = rng.randint(1, 29)
    zodiac, iranian = FA_ZODIAC[month - 1], FA_JALALI[month - 1]
    first, second = (zodiac, iranian) if n % 2 == 0 else (iranian, zodiac)
    sep = SEPARATORS[n % 4]
    names = f"{first} ({second})" if "(" in sep else f"{first}{sep}{second}"
    digits = fa if n % 3 else str
    shape = n % 4
    if shape == 0:  # an ordinal day in words, then the year after سال
        d = min(day, 15)
        surface = f"{FA_ORD[d]} {names} سال {digits(jy)}"
        value, gran = jdate(jy, month, d).isoformat(), "day"
    elif shape == 1:  # a day in figures and the year
        surface = f"{digits(day)} {names} {digits(jy)}"
        value, gran = jdate(jy, month, day).isoformat(), "day"
    elif shape == 2:  # the month and its year
        surface = f"{names} {digits(jy)}"
        a, b = jalali_month(jy, month)
        value, gran = f"{a.isoformat()}/{b.isoformat()}", "month"
    else:  # the month after ماه and its year
        surface = f"ماه {names} {digits(jy)}"
        a, b = jalali_month(jy, month)
        value, gran = f"{a.isoformat()}/{b.isoformat()}", "month"
    text = rng.choice(["انتخابات شوراهای ولایتی {} برگزار می‌شود اما بودجه آن هنوز تامین نشده است.",
                       "به گفته مسئولان، ثبت نام داوطلبان تا {} ادامه دارد.",
                       "این نشست در {} با حضور نمایندگان برگزار شد."]).format(surface)
    out.append(case(text, "fa", None, [want(surface, "jalali", value, gran)]))
# A day and the two names, no year: the nearest such day to the reference
# (the day word stays outside, as elsewhere).
for n in range(6):
    ref = dt.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
    month = rng.randint(1, 12)
    day = rng.randint(1, 29)
    ry = jday(ref)[0]
    # The nearest of that day in the Solar Hijri years around the reference's.
    cands = [jdate(y, month, day) for y in (ry - 1, ry, ry + 1)]
    best = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
    zodiac, iranian = FA_ZODIAC[month - 1], FA_JALALI[month - 1]
    names = [f"{iranian} ({zodiac})", f"{zodiac}/{iranian}", f"{zodiac} / {iranian}"][n % 3]
    surface = f"{fa(day) if n % 2 else day} {names}"
    out.append(case(f"کمیسیون اعلام کرد که فهرست نهایی روز {surface} منتشر خواهد شد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", best.isoformat(), "day", ["year_inferred"])]))
# Not a pair: a zodiac word beside something else, or two months' names.
out.append(case("بشار اسد (رئیس جمهور سوریه) در ۱۵ مرداد ۱۴۰۲ به تهران سفر کرد.", "fa", None,
                [want("۱۵ مرداد ۱۴۰۲", "jalali", jdate(1402, 5, 15).isoformat(), "day")]))
out.append(case("حمل (بار) کالا در ماه مهر ۱۴۰۱ افزایش یافت.", "fa", None,
                [want("ماه مهر ۱۴۰۱", "jalali", "/".join(d.isoformat() for d in jalali_month(1401, 7)), "month")]))
out.append(case("بیماری سرطان (تیروئید) در ۲ تیر ۱۴۰۰ تشخیص داده شد.", "fa", None,
                [want("۲ تیر ۱۴۰۰", "jalali", jdate(1400, 4, 2).isoformat(), "day")]))

# A stray comma or stop glued to the year after the year word.
AR_YEAR_WORDS = ["سنة", "عام", "العام", "السنة"]
for n in range(12):
    year = rng.randint(1990, 2025)
    mark = [",", "،", "."][n % 3]
    digits = str(year) if n % 2 == 0 else str(year).translate(AR_DIGITS)
    surface = f"{AR_YEAR_WORDS[n % 4]} {mark}{digits}"
    out.append(case(f"تعود هذه القضية إلى {surface} وتتعلق بمجموعة من المتهمين.", "ar", None,
                    [want(surface, "gregorian", str(year), "year")]))
for n in range(4):
    jy = rng.randint(1380, 1404)
    surface = f"سال {['،', ','][n % 2]}{fa(jy) if n < 2 else jy}"
    out.append(case(f"این قانون در {surface} تصویب شد.", "fa", None,
                    [want(f"در {surface}", "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("صدر القرار رقم ,2008 عن المحكمة الإدارية.", "ar", None, []))
for n in range(2):
    year = rng.randint(1990, 2025)
    surface = f"{['عام', 'العام'][n]}.{year}"
    out.append(case(f"شارك المنتخب في المونديال {surface} وتجولت الجماهير في الشوارع.", "ar", None,
                    [want(surface, "gregorian", str(year), "year")]))

# A weekday, then في or در and an ordinal day before its month.
AR_ORD = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
for n in range(10):
    day = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 10))
    lead = ["اليوم ", "يوم ", ""][n % 3]
    month = AR_GREG[day.month - 1] if n % 2 == 0 else f"{AR_GREG[day.month - 1]}/ {AR_LEVANTINE[day.month - 1]}"
    of = "من شهر" if n % 4 == 3 else "من"
    surface = f"{lead}{AR_WEEKDAYS[day.weekday()]}{'،' if n % 2 else ''} في {AR_ORD[day.day - 1]} {of} {month} {day.year}"
    out.append(case(f"انطلقت {surface} عملية تبادل الأسرى بين الطرفين.", "ar", None,
                    [want(surface, "gregorian", day.isoformat(), "day")]))
for n in range(4):
    jy, jm, jd = 1395 + n * 2, rng.randint(1, 12), rng.randint(1, 15)
    day = jdate(jy, jm, jd)
    surface = f"{FA_WEEKDAYS[day.weekday()]}{'،' if n % 2 else ''} در {FA_ORD[jd]} {FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"این مراسم {surface} برگزار شد.", "fa", None, [want(surface, "jalali", day.isoformat(), "day")]))

# An English month and day, a comma, then a clock.
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
for n in range(8):
    ref = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
    month, dd = rng.randint(1, 12), rng.randint(1, 28)
    near = min((dt.date(y, month, dd) for y in (ref.year - 1, ref.year, ref.year + 1)),
               key=lambda c: (abs((c - ref).days), c > ref))
    hh, mm = rng.randint(1, 12), rng.randint(0, 59)
    pm = n % 2 == 0
    h24 = (hh % 12) + (12 if pm else 0)
    name = EN_MONTHS[month - 1] if n % 3 else EN_MONTHS[month - 1][:3]
    surface = f"{name} {dd}{SUFFIX.get(dd, 'th') if n % 4 < 2 else ''}, {hh}:{mm:02d}{['pm', ' am', ' PM', 'am'][n % 4]}"
    zone = "Asia/Riyadh" if n < 5 else "Asia/Tehran"
    text = (f"نُشر الخبر في {surface} على موقع الوكالة." if n < 5 else f"این خبر در {surface} منتشر شد.")
    out.append(case(text, "ar" if n < 5 else "fa", ref.isoformat(),
                    [want(surface, "gregorian", clock_value(near, h24, mm, zone), "minute", ["year_inferred"])], tz=zone))

# A Persian season with its qualifier.
SEASONS = [("بهار", 1), ("تابستان", 4), ("پاییز", 7), ("زمستان", 10)]
QUALIFIERS = [("آینده", 1), ("گذشته", -1), ("پیش رو", 1), ("جاری", 0), ("بعد", 1)]


def season_of(jy, first):
    return jalali_month(jy, first)[0], jalali_month(jy, first + 2)[1]


for n in range(15):
    ref = dt.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
    name, first = SEASONS[n % 4]
    word, q = QUALIFIERS[n % 5]
    ry = jday(ref)[0]
    if q > 0:
        jy = min(y for y in (ry - 1, ry, ry + 1) if season_of(y, first)[0] > ref)
    elif q < 0:
        jy = max(y for y in (ry - 1, ry, ry + 1) if season_of(y, first)[1] < ref)
    else:
        jy = ry
    a, b = season_of(jy, first)
    surface = f"{name} {word}"
    out.append(case(f"نیروگاه بادی تا {surface} وارد مدار می‌شود.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month", ["year_inferred"])]))
for text in ("دو تابستان پیش به این شهر آمدیم.", "زمستان قبل از انقلاب سرد بود.", "تابستان این کشور گرم است."):
    out.append(case(text, "fa", "2025-01-10", []))

# A decade as people's age.
DECADES = [("العشرينات", 1920), ("الثلاثينات", 1930), ("الأربعينيات", 1940), ("الخمسينات", 1950)]
PEOPLE = ["شباب", "امرأة", "رجل", "أعمارهم", "الشاب", "فتاة", "سيدة", "نساء"]
for n in range(8):
    decade, start = DECADES[n % 4]
    out.append(case(f"المتهمون {PEOPLE[n]} في {decade} وينحدرون من المدينة نفسها.", "ar", None, []))
    if n < 4:
        surface = f"{decade} من القرن الماضي"
        out.append(case(f"كان {PEOPLE[n]} في {surface} يعملون في الميناء.", "ar", "2024-05-01",
                        [want(surface, "gregorian", f"{start}-01-01/{start + 9}-12-31", "year")]))
out.append(case("ولد في العشرينات في قرية صغيرة.", "ar", None,
                [want("العشرينات", "gregorian", "1920-01-01/1929-12-31", "year")]))
# The third misspelt with ت.
for n in range(4):
    day = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), 3 if n < 2 else 13)
    word = "الثالت" if n < 2 else "الثالت عشر"
    surface = f"{AR_WEEKDAYS[day.weekday()]} في {word} من {AR_LEVANTINE[day.month - 1]} {day.year}"
    out.append(case(f"مساء {surface} نشر فيديو عن الحادثة.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))

# Spans of years with the era after the second; lunar years of three digits.
def civil_year(y, shift=0):
    """Hijri year y's first and last days by the civil calendar (convertdate),
    moved by shift days (none: Iran's lunar calendar before its table is the civil one)."""
    a = dt.date(*islamic.to_gregorian(y, 1, 1)) + shift * DAY
    b = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) - DAY + shift * DAY
    return a, b


for n in range(6):
    y1 = rng.randint(300, 880)
    y2 = y1 + rng.randint(10, 60)
    sep = [" ـ ", "-", " - "][n % 3]
    era = ["ق", " قمری", " ه.ق"][n % 3]
    surface = f"{fa(y1) if n % 2 else y1}{sep}{fa(y2) if n % 2 else y2}{era}"
    a, b = civil_year(y1)[0], civil_year(y2)[1]
    out.append(case(f"این سلسله ({surface}) بر بخشی از ایران فرمان راند.", "fa", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "year", ["approximate"])]))
for n in range(4):
    y1 = rng.randint(300, 880)
    y2 = y1 + rng.randint(10, 60)
    surface = f"{str(y1).translate(AR_DIGITS) if n % 2 else y1} - {str(y2).translate(AR_DIGITS) if n % 2 else y2} هـ"
    a, b = civil_year(y1)[0], civil_year(y2)[1]
    out.append(case(f"عاش الفقيه في العصر المملوكي ({surface}) وترك مؤلفات كثيرة.", "ar", None,
                    [want(surface, "hijri", f"{a.isoformat()}/{b.isoformat()}", "year", ["approximate"])]))
for n in range(3):
    y1 = rng.randint(600, 999)
    y2 = y1 + rng.randint(100, 700)
    surface = f"{y1}- {y2}م"
    out.append(case(f"العصر العباسي ({surface}) شهد ازدهار العلوم.", "ar", None,
                    [want(surface, "gregorian", f"{y1:04d}-01-01/{y2:04d}-12-31", "year")]))
for n in range(2):
    y1 = rng.randint(1260, 1320)
    y2 = y1 + rng.randint(30, 80)
    surface = f"{fa(y1)}ش - {fa(y2)}ش"
    out.append(case(f"شاعر معاصر ({surface}) در تهران زندگی کرد.", "fa", None,
                    [want(surface, "jalali", f"{solar_hijri_year(y1).split('/')[0]}/{solar_hijri_year(y2).split('/')[1]}", "year")]))
for n in range(3):
    y = rng.randint(200, 990)
    a, b = civil_year(y)
    out.append(case(f"او در {fa(y)}ق درگذشت.", "fa", None,
                    [want(f"{fa(y)}ق", "hijri", f"{a.isoformat()}/{b.isoformat()}", "year", ["approximate"])]))
for n in range(3):
    y = rng.randint(200, 990)
    greg = civil_year(y)[0].year
    # The Gregorian year the lunar one begins in, or the next when it begins in its last months.
    g = greg if n % 2 == 0 else civil_year(y)[1].year
    surface = f"{fa(y)}ق/{fa(g)}م"
    out.append(case(f"این کتاب در ({surface}) نوشته شد.", "fa", None, [want(surface, "gregorian", f"{g:04d}", "year")]))
for text, lang in (("نبونیدوس (حک : 556ـ539 ق م) معبد را کاوید.", "fa"), ("بين 300 - 400 م من الطريق.", "ar"),
                   ("سباق 100-400م للناشئين.", "ar")):
    out.append(case(text, lang, None, []))

# Days on each side of a verb and a word for until, with no reference.
VERBS = ["ويستمر", "وتستمر", "ويتواصل", "وتتواصل", "و يستمر", "وسيستمر"]
UNTIL = ["حتى", "إلى غاية", "الى غاية", "لغاية"]
for n in range(8):
    start = dt.date(2021, rng.randint(1, 9), rng.randint(1, 28))
    end = start + dt.timedelta(days=rng.randint(3, 80))
    a = f"{start.day} {AR_GREG[start.month - 1]}"
    b = f"{end.day} {AR_GREG[end.month - 1]}" if end.month != start.month or n % 2 else f"{end.day} منه"
    surface = f"{a} {VERBS[n % 6]} {UNTIL[n % 4]} {b}"
    out.append(case(f"يبدأ المعرض في استقبال زواره من يوم {surface} في قاعة المعارض.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{start.month:02d}-{start.day:02d}/XXXX-{end.month:02d}-{end.day:02d}", "day",
                          ["unresolved"])]))
for n in range(3):
    ref = dt.date(rng.randint(2015, 2025), rng.randint(2, 11), rng.randint(2, 20))
    start = ref - DAY
    end = ref + dt.timedelta(days=rng.randint(3, 9))
    surface = f"أمس {AR_WEEKDAYS[start.weekday()]} و يستمر إلى غاية {end.day:02d} {AR_GREG[end.month - 1]} الجاري"
    if end.month != ref.month:
        continue
    out.append(case(f"المهرجان الذي انطلق {surface} بمشاركة خطاطين من عدة دول.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day", ["year_inferred"])]))
out.append(case("يبدأ التسجيل اليوم الأحد 30 نوفمبر و ساري حتى العاشر من شهر ديسمبر المقبل.", "ar", "2025-11-30",
                [want("اليوم الأحد 30 نوفمبر", "gregorian", "2025-11-30", "day", ["year_inferred"]),
                 want("العاشر من شهر ديسمبر المقبل", "gregorian", "2025-12-10", "day", ["year_inferred"])]))
# From the start of the year to the end of a day in figures.
for n in range(3):
    ref = dt.date(2025, rng.randint(5, 12), rng.randint(1, 28))
    ry = jday(ref)[0]
    jm, jd = rng.randint(1, jday(ref)[1]), rng.randint(1, 29)
    end = jdate(ry, jm, jd)
    if end > ref:
        end = jdate(ry, jm, 1)
    jd = jday(end)[2]
    month = [FA_ZODIAC, FA_JALALI][n % 2][jm - 1]
    surface = f"از ابتدای سال جاری تا پایان {fa(jd)} {month}"
    out.append(case(f"۹۴۰ هزار تبعه {surface} از مرز دوغارون بازگردانده شدند.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{jdate(ry, 1, 1).isoformat()}/{end.isoformat()}", "day", ["year_inferred"])],
                    tz="Asia/Kabul" if n % 2 == 0 else None))

# The other name in guillemets; التاني.
for n in range(6):
    day = dt.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28))
    pair = f"{AR_GREG[day.month - 1]} «{AR_LEVANTINE[day.month - 1]}»"
    if n < 3:
        surface = f"{day.day} {pair} {day.year}"
        out.append(case(f"وقعت الحادثة في {surface} قرب الحدود.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
    else:
        surface = f"شهر {pair} من عام {day.year}"
        out.append(case(f"بدأت الحملة في {surface} واستمرت أسابيع.", "ar", None,
                        [want(surface, "gregorian", f"{day.year}-{day.month:02d}", "month")]))
for n, (name, month) in enumerate((("تشرين التاني", 11), ("كانون التاني", 1))):
    day = dt.date(rng.randint(2005, 2025), month, rng.randint(1, 28))
    surface = f"{day.day} {name} {day.year}"
    out.append(case(f"صدر القرار في {surface} عن المجلس.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))

# ل for "to"; this year until an end inside it.
for n in range(4):
    ref = dt.date(rng.randint(2015, 2025), rng.randint(2, 12), 28)
    month = ref.month - 1
    d1, d2 = rng.randint(1, 14), rng.randint(15, 28)
    digits = (lambda x: str(x).translate(AR_DIGITS)) if n % 2 else str
    surface = f"من {digits(d1)} {['لـ', 'ل'][n % 2]} {digits(d2)} {AR_GREG[month - 1]} الماضي"
    out.append(case(f"أقيم المعرض {surface} بمشاركة واسعة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{ref.year}-{month:02d}-{d1:02d}/{ref.year}-{month:02d}-{d2:02d}", "day",
                          ["year_inferred"])]))
out.append(case("وزع المتطوعون الوجبات من 5 لـ 9 أشخاص في كل أسرة.", "ar", "2024-05-01", []))
for n in range(3):
    y = rng.randint(2010, 2023)
    m1, m2 = rng.randint(6, 12), rng.randint(1, 11)
    last = (dt.date(y + 1, m2 + 1, 1) - DAY).day
    surface = f"من {AR_LEVANTINE[m1 - 1]} {y} لآخر {AR_LEVANTINE[m2 - 1]} {y + 1}"
    out.append(case(f"{surface}، تعرض القطاع لأضرار كبيرة.", "ar", None,
                    [want(surface, "gregorian", f"{y}-{m1:02d}-01/{y + 1}-{m2:02d}-{last:02d}", "month")]))
for n in range(4):
    ref = dt.date(2017 + n, rng.randint(9, 12), 15)
    ry, rm, _ = jday(ref)
    jm = rng.randint(2, rm - 1)
    first = jdate(ry, 1, 1)
    if n % 2 == 0:
        surface = f"{['امسال', 'سال جاری'][n // 2]} تا پایان {FA_JALALI[jm - 1]}ماه"
        end = jalali_month(ry, jm)[1]
    else:
        jd = rng.randint(1, 29)
        surface = f"{['امسال', 'سال جاری'][n // 2]} تا {fa(jd)} {FA_JALALI[jm - 1]}"
        end = jdate(ry, jm, jd)
    out.append(case(f"{surface} ۲ میلیون تن گندم خریداری شد.", "fa", ref.isoformat(),
                    [want(surface, "jalali", f"{first.isoformat()}/{end.isoformat()}", "day" if n % 2 else "month",
                          ["year_inferred"])]))
out.append(case("تأخر انطلاق عملية البيع هذه السنة إلى غاية ماي عوض أفريل.", "ar", "2016-06-02",
                [want("هذه السنة", "relative", "2016", "year"), want("ماي", "gregorian", "2016-05", "month", ["year_inferred"])]))

# A Gregorian day and its Solar Hijri twin side by side; a day, a spaced dash, a month and year.
for n in range(4):
    ref = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
    day = ref + dt.timedelta(days=rng.randint(-60, 60))
    jy, jm, jd = jday(day)
    en = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"][day.month - 1]
    surface = f"{fa(day.day)} ماه {en} {fa(jd)} {FA_JALALI[jm - 1]} ماه"
    out.append(case(f"جشنواره روز {surface} برگزار شد.", "fa", ref.isoformat(),
                    [want(surface, "gregorian", day.isoformat(), "day", ["year_inferred"])]))
for n in range(4):
    day = dt.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
    surface = f"{day.day} - {AR_GREG[day.month - 1]} {day.year}"
    out.append(case(f"نشر يوم {surface} خبر الإيقاف.", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))

emit("forms of the two-hundred-and-thirty-first real-text sets: generated by "
     "tools/gen/cases_two_hundred_thirty_first_sets.py (oracles: datetime, convertdate)", out)
