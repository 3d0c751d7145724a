#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_ninety_first_sets.jsonl: forms met in
the hundred-and-ninety-first to two-hundred-and-second real-text sets (air
pollution and closures; Arbaeen and shrine visits; professional unions;
holiday travel tickets; shareholders' assemblies; harvest festivals;
occasion days; the sacrifice season; pharmacies on duty; missing persons;
thesis defences; weekly markets), generated across their families.

- The teens as ordinals without their article before a month, Maghrebi
  above all (الإثنين حادي عشر شتنبر 2025, خامس عشر ماي): that day (the day
  word before an ordinal day stays out, as before الخامس عشر).
- A verb on و before the word for until, both ends with their years, a
  season longer than three months (يفتتح يوم 28 سبتمبر 2025 ويستمر حتى 1
  يناير 2026): one span.
- A verb on و, then the day word before the end, no من before the start
  (يوم 9 فيفري 2023 ويمتدّ إلى غاية يوم 12 من ذات الشهر): one span; with من
  before the start (من 5 سبتمبر ويتواصل إلى يوم 31 أكتوبر): two days.
- A year of the first Hijri centuries after the year word, its era after it
  (عام 61 هجريًا, سنة 8 هـ, العام 11 للهجرة): that Hijri year; not without the
  year word (المادة 12 هـ).
- The first, Nth or last of a Gregorian month's days with no reference
  (اول ايام شهر يوليوز, ثالث أيام شهر مايو, آخر أيام شهر يوليو): a day of no
  year (XXXX-07-01), as 1 يوليو is; not February's last.
- The first in so long with a relative clause between (هو الأول الذي تدشنه
  ليبيا مع دول أجنبية منذ 25 عاما): no day; but after وذلك (and that was),
  N units ago again (أول مرة يسافر … وذلك منذ ٣ أشهر).
- A lunar feast of Iran's calendar with a Solar Hijri year in two digits
  (عید قربان ۹۷, عید فطر ۹۸): that feast within that year; not Muharram's
  (عاشورای ۶۱ is Karbala's year), nor before a count (عید قربان ۳۵ گروه).
- Iran's Men's Day with its year (روز مرد سال ۱۴۰۴, روز مرد ۱۴۰۳): 13 Rajab
  within that Solar Hijri year, Father's Day.
- A day and month after يوم with a dash, two digits each (يوم 14-11): that
  day; not a score (يوم 3-1).
- A Persian season with a Solar Hijri year of two digits (بهار ۹۶, پاییز
  98): its three months; not a count (تابستان ۹۰ درصد).
- A half or quarter of a year before ل written apart with its tatweel
  (السداسي الثاني لـ 2026, الربع الأول لـ 2024): those months.
- Lebanon's "which falls on" between a weekday and its date (يوم الخميس
  الواقع فيه 15/9/2016, نهار الاثنين الواقع في 3 تشرين الأول 2016): one date.
- Three days or more each the next, و and the article on each later day
  (أيام 26 والـ 27 والـ 28 من شهر فيفري 2026): one span.
- Four digits past 2100 with no era after a month count something (من 2 إلى 8
  دجنبر 2259 حادث سير): the days, of no year.
- A weekday, then في and the ordinal of a feast's days (الإثنين، في ثالث أيام
  عيد الأضحى المبارك): that day of the feast, not the month's 3rd.
- Markets named by their weekday, in the plural or with الشعبي (أسواق
  الجمعة, الإثنين الشعبي): no day.

Days come from datetime, Solar Hijri days from convertdate, Hijri years
from convertdate's civil calendar (which Arabic text follows before 1300
AH), Iran's lunar months from data/iran_lunar_hijri_month_starts.txt (the
Calendar Center's published table): nothing here is read from taqvim. Run
from the project root:
tools/gen/cases_hundred_ninety_first_sets.py > tests/extract/cases/hundred_ninety_first_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic

from case_form import AR_DIGITS, AR_GREG, AR_WEEKDAYS, DAY, case, emit, fa, iran_lunar, jdate, umm_al_qura, want

rng = random.Random(191)
out = []
MAGHREBI = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
TEENS = {11: "حادي عشر", 12: "ثاني عشر", 13: "ثالث عشر", 14: "رابع عشر", 15: "خامس عشر", 16: "سادس عشر",
         17: "سابع عشر", 18: "ثامن عشر", 19: "تاسع عشر"}


IRAN = iran_lunar()


def iran_day_in_solar_year(jy, month, day):
    """The day month/day of Iran's lunar calendar that falls within Solar Hijri year jy."""
    first, last = jdate(jy, 1, 1), jdate(jy + 1, 1, 1) - DAY
    for (hy, hm), start in IRAN.items():
        if hm == month:
            d = start + (day - 1) * DAY
            if first <= d <= last:
                return d
    raise ValueError((jy, month, day))


# The teens as ordinals without their article, with the weekday and the year.
for n, d in enumerate(range(11, 20)):
    month = rng.randint(1, 12)
    year = rng.randint(2015, 2027)
    day = dt.date(year, month, d)
    weekday = AR_WEEKDAYS[day.weekday()]
    surface = f"{weekday} {TEENS[d]} {MAGHREBI[month - 1]} {year}"
    out.append(case(f"ستنطلق العملية يوم {surface} بجميع الأقاليم.", "ar", None,
                    [want(f"يوم {surface}", "gregorian", day.isoformat(), "day")]))
for d in (12, 15, 18):
    ref = dt.date(2024, 5, 1)
    surface = f"{TEENS[d]} {MAGHREBI[8]} الجاري"
    out.append(case(f"ويجري الاقتراع يوم {surface} في كل المكاتب.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"2024-09-{d:02d}", "day", ["year_inferred"])]))
out.append(case("واحتل الفريق المركز ثالث عشر في الترتيب العام.", "ar", None, []))

# A verb on و before until, both ends with their years, more than three months apart.
VERBS = ["ويستمر حتى", "وتتواصل إلى غاية", "ويمتد إلى", "وتستمر لغاية"]
for n in range(8):
    start = dt.date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28))
    end = start + rng.randint(95, 330) * DAY
    s1 = f"{start.day} {AR_GREG[start.month - 1]} {start.year}"
    s2 = f"{end.day} {AR_GREG[end.month - 1]} {end.year}"
    verb = VERBS[n % len(VERBS)]
    surface = f"{s1} {verb} {s2}"
    out.append(case(f"يفتتح المعرض أبوابه يوم {surface} في قاعة المدينة.", "ar", None,
                    [want(surface, "gregorian", f"{start.isoformat()}/{end.isoformat()}", "day")]))

# A verb on و, the day word before the end, and no من before the start.
for n in range(6):
    year = rng.randint(2016, 2026)
    month = rng.randint(1, 12)
    d1 = rng.randint(1, 20)
    d2 = d1 + rng.randint(2, 8)
    month_name = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
                  "ديسمبر"][month - 1]
    verb = ["ويمتدّ إلى غاية", "وتتواصل إلى", "وتستمر حتى"][n % 3]
    surface = f"{d1} {month_name} {year} {verb} يوم {d2} من ذات الشهر"
    out.append(case(f"تنطلق الدورة يوم {surface} بمشاركة الجهات.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{month:02d}-{d1:02d}/{year}-{month:02d}-{d2:02d}", "day",
                          ["year_inferred"])]))  # the end's year is the month named before it, as for من نفس الشهر
out.append(case("يفتح باب الترشحات انطلاقا من 5 سبتمبر 2025 ويتواصل إلى يوم 31 أكتوبر 2025 عبر المنصة.", "ar", None,
                [want("5 سبتمبر 2025", "gregorian", "2025-09-05", "day"),
                 want("31 أكتوبر 2025", "gregorian", "2025-10-31", "day")]))

# A year of the first Hijri centuries after the year word.
ERAS = ["هجريًا", "هـ", "للهجرة", "هجرية"]
for n in range(10):
    hy = rng.randint(1, 99)
    era = ERAS[n % len(ERAS)]
    word = ["عام", "سنة", "العام", "في عام"][n % 4]
    written = str(hy).translate(AR_DIGITS) if n % 5 == 4 else str(hy)
    first = dt.date(*islamic.to_gregorian(hy, 1, 1))
    last = dt.date(*islamic.to_gregorian(hy + 1, 1, 1)) - DAY
    surface = f"{word} {written} {era}"
    out.append(case(f"وقعت الحادثة {surface} وكانت فاصلة في التاريخ.", "ar", None,
                    [want(surface, "hijri", f"{first.isoformat():0>10}/{last.isoformat():0>10}", "year", ["approximate"])]))
for text in ["وتنص المادة 12 هـ من القانون على ذلك.", "راجع البند 5 هـ من الاتفاقية."]:
    out.append(case(text, "ar", None, []))

# The first, Nth or last of a Gregorian month's days, no reference.
for n in range(9):
    month = rng.randint(1, 12)
    if month == 2:
        month = 3
    name = [AR_GREG, MAGHREBI][n % 2][month - 1]
    kind = n % 3
    if kind == 0:
        lead, day = "اول ايام", 1
    elif kind == 1:
        nth = rng.randint(2, 5)
        lead, day = ["", "", "ثاني", "ثالث", "رابع", "خامس"][nth] + " أيام", nth
    else:
        lead = "آخر أيام"
        day = (dt.date(2001 + (month == 12), month % 12 + 1, 1) - DAY).day
    surface = f"{lead} شهر {name}"
    out.append(case(f"تبدأ الحملة {surface} في جميع المدن.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{month:02d}-{day:02d}", "day", ["unresolved"])]))
out.append(case("تنتهي المهلة آخر أيام فبراير في جميع المدن.", "ar", None, []))

# The first in so long, with a relative clause between; وذلك makes it N units ago.
out.append(case("هذا الخط هو الأول الذي تدشنه ليبيا مع دول أجنبية منذ 25 عاما، وتستمر الرحلة 48 ساعة.", "ar",
                "2021-12-02", []))
out.append(case("هذه هي المرة الأولى التي يسجل فيها المصنع هذا الرقم منذ 12 عاما.", "ar", "2021-12-02", []))
for n in range(4):
    ref = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
    k = rng.randint(2, 5)
    month = ref.month - k
    year = ref.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    ago = dt.date(year, month, ref.day)
    written = str(k).translate(AR_DIGITS)
    out.append(case(f"وأكد أهالي القرية أن المتوفى أول مرة يسافر للعمل وذلك منذ {written} أشهر، وكان محبوبا.", "ar",
                    ref.isoformat(), [want(f"منذ {written} أشهر", "relative", ago.isoformat(), "month")]))

# A lunar feast of Iran's calendar with a two-digit Solar Hijri year.
FEASTS = [("عید قربان", 12, 10), ("عید فطر", 10, 1), ("عید غدیر", 12, 18), ("عید سعید قربان", 12, 10)]
for n in range(8):
    name, month, day = FEASTS[n % len(FEASTS)]
    jy = rng.randint(1370, 1399)
    d = iran_day_in_solar_year(jy, month, day)
    surface = f"{name} {fa(jy % 100)}"
    out.append(case(f"مراسم {surface} در مصلای شهر برگزار شد.", "fa", None,
                    [want(surface, "hijri", d.isoformat(), "day")]))
out.append(case("روز عید سعید قربان ۳۵ گروه سه نفره بر ذبح دام نظارت خواهند کرد.", "fa", "2025-06-01",
                [want("عید سعید قربان", "hijri", "2025-06-06", "day", ["year_inferred"])]))

# Iran's Men's Day with its year.
for n, jy in enumerate([1399, 1401, 1402, 1403, 1404]):
    d = iran_day_in_solar_year(jy, 7, 13)
    surface = f"روز مرد سال {fa(jy)}" if n % 2 == 0 else f"روز مرد {fa(jy)}"
    out.append(case(f"به مناسبت {surface} از کارگران تجلیل شد.", "fa", None,
                    [want(surface, "hijri", d.isoformat(), "day")]))

# A day and month after يوم with a dash.
for n in range(6):
    ref = dt.date(rng.randint(2010, 2025), rng.randint(1, 12), 1)
    target = ref + rng.randint(3, 60) * DAY
    surface = f"يوم {target.day:02d}-{target.month:02d}"
    out.append(case(f"سيعقد الاجتماع {surface} في مقر الجمعية.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", target.isoformat(), "day", ["year_inferred"])]))
out.append(case("فاز الفريق يوم 3-1 على ضيفه.", "ar", "2010-11-02", []))

# A Persian season with a two-digit Solar Hijri year.
SEASONS = [("بهار", 1, 3), ("تابستان", 4, 6), ("پاییز", 7, 9), ("زمستان", 10, 12)]
for n in range(8):
    name, m1, m2 = SEASONS[n % 4]
    jy = rng.randint(1370, 1399)
    written = fa(jy % 100) if n % 2 == 0 else str(jy % 100)
    first = jdate(jy, m1, 1)
    last = (jdate(jy + 1, 1, 1) if m2 == 12 else jdate(jy, m2 + 1, 1)) - DAY
    surface = f"{name} {written}"
    out.append(case(f"برنامه‌های {surface} اعلام شد.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{last.isoformat()}", "month")]))
out.append(case("تابستان ۹۰ درصد سدها خالی بود.", "fa", None, []))

# A half or quarter of a year before لـ.
PARTS = [("السداسي الأول", 1, 6), ("السداسي الثاني", 7, 12), ("الربع الأول", 1, 3), ("الربع الثالث", 7, 9),
         ("الثلاثي الثاني", 4, 6)]
for n, (name, m1, m2) in enumerate(PARTS):
    year = rng.randint(2010, 2027)
    last = (dt.date(year + 1, 1, 1) if m2 == 12 else dt.date(year, m2 + 1, 1)) - DAY
    surface = f"{name} لـ {year}"
    out.append(case(f"وارتفعت المداخيل خلال {surface} حسب التقرير.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{m1:02d}-01/{last.isoformat()}", "month")]))

# Lebanon's "which falls on" between a weekday and its date.
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
for n in range(6):
    day = dt.date(rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28))
    weekday = AR_WEEKDAYS[day.weekday()]
    written = f"{day.day}/{day.month}/{day.year}" if n % 2 == 0 else f"{day.day} {LEVANTINE[day.month - 1]} {day.year}"
    word = "الواقع فيه" if n % 2 == 0 else "الواقع في"
    surface = f"{weekday} {word} {written}"
    lead = "يوم" if n % 2 == 0 else "نهار"
    out.append(case(f"تعقد الجلسة {lead} {surface} في قصر العدل.", "ar", None,
                    [want(f"{lead} {surface}" if n % 2 == 0 else surface, "gregorian", day.isoformat(), "day")]))
out.append(case("يقع المنزل الواقع في 15 شارع الحمراء.", "ar", None, []))

# Three days each the next, و and the article on each later day.
for n in range(4):
    year = rng.randint(2015, 2026)
    month = rng.randint(1, 12)
    d1 = rng.randint(1, 25)
    days = [d1 + k for k in range(3 + n % 2)]
    written = " والـ ".join(str(d) for d in days)
    surface = f"{written} من شهر {AR_GREG[month - 1]} {year}"
    out.append(case(f"تقام المباريات أيام {surface} بالملعب البلدي.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{month:02d}-{days[0]:02d}/{year}-{month:02d}-{days[-1]:02d}", "day")]))

# Four digits past 2100 after a month: a count.
for n in range(3):
    d1 = rng.randint(1, 20)
    month = rng.randint(1, 12)
    count = rng.randint(2101, 4999)
    surface = f"من {d1} إلى {d1 + 6} {MAGHREBI[month - 1]}"
    out.append(case(f"شهد المغرب خلال الأسبوع {surface} {count} حادث سير في المناطق الحضرية.", "ar", None,
                    [want(surface, "gregorian", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d1 + 6:02d}", "day",
                          ["unresolved"])]))

# A weekday, then في and the ordinal of a feast's days (Umm al-Qura's Eid al-Adha).
UQ = umm_al_qura()
for hy, nth in ((1435, 3), (1440, 2), (1444, 3)):
    day = UQ[(hy, 12)] + (8 + nth) * DAY  # the 10th is the feast's first day
    weekday = AR_WEEKDAYS[day.weekday()]
    ordinal = {2: "ثاني", 3: "ثالث"}[nth]
    surface = f"{weekday}، في {ordinal} أيام عيد الأضحى المبارك"
    ref = day + DAY
    out.append(case(f"لقي 10 أشخاص مصرعهم في حادث سير، {surface}، على الطريق السريع.", "ar", ref.isoformat(),
                    [want(surface, "hijri", day.isoformat(), "day", ["year_inferred"])]))

# Markets named by their weekday.
out.append(case("يتوجه آلاف المواطنين إلى أسواق الجمعة في بغداد منذ الفجر.", "ar", "2017-09-15", []))
out.append(case("شهد الإثنين الشعبي بمحافظة المجاردة إقبالا واسعا من الباعة.", "ar", "2020-11-23", []))

emit("forms of the hundred-and-ninety-first real-text sets: generated by tools/gen/cases_hundred_ninety_first_sets.py "
     "(oracles: datetime, convertdate, the Calendar Center's lunar table)", out)
