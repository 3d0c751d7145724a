#!/usr/bin/python3
"""Writes tests/extract/cases/two_hundred_seventy_ninth_sets.jsonl: forms met
in the two-hundred-and-seventy-ninth real-text sets and after, generated
across their families.

- A year of the first Islamic centuries with its era and, in brackets or
  after a slash, the same year in the other calendar with its era (تأسس في
  698م (79هـ), عام 145هـ (762م), سنة 79 هـ / 698 م, در سال ۷۹ هجری (۶۹۸
  میلادی)): one year written twice, the Gregorian one, as four-digit pairs
  are. Not two years that are not twins (عام 145هـ (800م)).
- Two or three digits after في or در with the Hijri era's mark or an era's
  word (توفي في 79هـ, در ۷۹ هجری قمری, في 450 ميلادية): that year. Not the
  letter م alone (في 200م is a distance) nor ق.م (before Christ).
- A stop after the day, as European pages write it, with the month's year
  after (10. نوفمبر 2019, ۲۷.مارس ۲۰۲۴, 1. اکتبر.2017, a stop glued between
  month and year too): that day. Not a numbered list of months with no year
  (۱. فروردین: ۳۱ روز).
- Persian در written onto the word for a month, century or decade
  (درماه مهر, درقرن بیستم, دردهه ۶۰ خورشیدی), as onto سال and روز.
- The first or last N months of a year with the plural and its article before
  the number with its own (الأشهر الـ10 الأولى من سنة 2018, الشهور الـ3
  الأخيرة من 2018), or the article on the number (الـ10 أشهر الأولى من
  2018): those months, the article inside; Persian's one month's first
  (یک ماهه نخست سال ۱۴۰۲): the year's first month.
- A range between two named days after the word for from (از عید قربان تا
  عید غدیر, از عید قربان تا میلاد رسول اکرم, من عيد الفطر حتى عيد الأضحى):
  the days from one to the other, each in the year nearest the reference
  (Iran's lunar calendar in Persian, Umm al-Qura's in Arabic). Not without
  from (عید قربان تا عید غدیر, two days).
- The Prophet's birthday by more of Persian's names (میلاد حضرت محمد,
  سالروز ولادت حضرت محمد, زادروز پیامبر مکرم اسلام, میلاد باسعادت پیامبر
  گرامی اسلام, میلاد رسول اکرم): 17 Rabi I by Iran's calendar; in Afghan
  text 12 Rabi I, as Afghanistan keeps it (by Umm al-Qura's months, the
  Afghan press's Hijri rule). Not the Nth year since it (یکهزار و پانصدمین
  سال میلاد حضرت محمد).
- The New Year's bonus of a Solar Hijri year (عیدی ۱۴۰۵, عیدی 1403
  کارمندان): that year, as an exam's. A day with the article "of it" (یوم
  الـ15 منه, الـ15 منه): that day of the month last written.
- Iran's water year by its two short years (سال آبی 98-97, ۹۷-۹۸, 98ــ97):
  from 1 Mehr of the first to the end of Shahrivar of the second, as by its
  full years; its start before a gloss in brackets or its own two years, then
  a range's end (از ابتدای سال آبی (ابتدای مهرماه) تا نهم شهریورماه, از ابتدای
  سال آبی 99-98 (اول مهرماه) تا هشتم آذر 98): 1 Mehr of the water year the end
  falls in, to the end. Not a range inside the brackets (its own match).
- A night named by the two days it spans, or the days after أيام, with a word
  for to and no من (ليلة 05 إلى 06 ماي 2024, أيام 05 إلى 07 ماي 2024): both
  days. Not a league's number before it (البطولة الاحترافية 2 إلى 26 شتنبر).
- A Hijri feast with the Gregorian month and year it falls in, in brackets
  (عيد الفطر المبارك (مارس 2026), عيد الأضحى (يونيو 2024)): that year's feast,
  as عيد الفطر 2026.
- The year of the same period after من (مقارنة بنفس الفترة من 2024,
  بالفترة ذاتها من 2024،, بالفترة المماثلة من 2023): that year. Not before a
  counted noun (بنفس الفترة من 2000 شخص).
- N months' written as one word, its blank lost (پنجماهه ۱۴۰۴, هشتماهه
  امسال): the first N months of that year, as پنج ماهه ۱۴۰۴. Not before no
  year (دوره پنجماهه آموزشی, کودک ششماهه).
- The first N days of a Solar Hijri year (چهارده روز نخست سال ۱۳۹۴, سه روز
  اول سال ۱۴۰۳): 1 to N Farvardin. Not of a week (سه روز نخست هفته).

Years come from the text itself, Hijri years' first days from convertdate's
arithmetic Islamic calendar (Iran's rule too before its table);
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_two_hundred_seventy_ninth_sets.py >
tests/extract/cases/two_hundred_seventy_ninth_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, FA_DIGITS, FA_JALALI, case, emit, fa, iran_lunar, jalali_month, jalali_year,
                       jdate, umm_al_qura, want)

rng = random.Random(279)
out = []


def hijri_year(y, days_later=0):
    """The Gregorian span of Hijri year y, arithmetic calendar (convertdate)."""
    a = dt.date(*islamic.to_gregorian(y, 1, 1)) + dt.timedelta(days=days_later)
    b = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) + dt.timedelta(days=days_later - 1)
    return f"{a.isoformat()}/{b.isoformat()}"


def greg_of(h):
    """A Gregorian year a Hijri year overlaps: the one its 1 Muharram falls in."""
    return islamic.to_gregorian(h, 1, 1)[0]


# A year of the first centuries and its twin.
hijri_years = rng.sample(range(20, 999), 14)
for n, h in enumerate(hijri_years):
    g = greg_of(h)
    digits = [None, AR_DIGITS][n % 2]
    hs, gs = str(h), str(g)
    if digits:
        hs, gs = hs.translate(digits), gs.translate(digits)
    forms = [(f"تأسس المسجد في {gs}م ({hs}هـ) بأمر من الوالي.", f"في {gs}م ({hs}هـ)"),
             (f"شهد عام {hs}هـ ({gs}م) فتح المدينة.", f"عام {hs}هـ ({gs}م)"),
             (f"توفي الفقيه سنة {hs} هـ / {gs} م في دمشق.", f"سنة {hs} هـ / {gs} م"),
             (f"بني القصر في {hs}هـ ({gs}م)، ثم وسع.", f"في {hs}هـ ({gs}م)")]
    text, surface = forms[n % len(forms)]
    out.append(case(text, "ar", None, [want(surface, "gregorian", f"{g:04d}", "year")]))
for h in rng.sample(range(20, 999), 4):
    g = greg_of(h)
    hs, gs = str(h).translate(FA_DIGITS), str(g).translate(FA_DIGITS)
    out.append(case(f"این بنا در سال {hs} هجری ({gs} میلادی) ساخته شد.", "fa", None,
                    [want(f"در سال {hs} هجری ({gs} میلادی)", "gregorian", f"{g:04d}", "year")]))
# Not twins: the years are centuries apart.
out.append(case("شهد عام 145هـ (800م) أحداثا كثيرة.", "ar", None,
                [want("عام 145هـ", "hijri", hijri_year(145), "year", ["approximate"])]))

# Two or three digits after في or در with an era.
for h in rng.sample(range(20, 999), 6):
    for text, surface, lang, later in [(f"توفي الإمام في {h}هـ بمكة.", f"في {h}هـ", "ar", 0),
                                       (f"وفي {str(h).translate(AR_DIGITS)} هجرية انتقل إلى بغداد.",
                                        f"في {str(h).translate(AR_DIGITS)} هجرية", "ar", 0),
                                       (f"این بنا در {str(h).translate(FA_DIGITS)} هجری قمری ساخته شد.",
                                        f"در {str(h).translate(FA_DIGITS)} هجری قمری", "fa", 0)]:
        out.append(case(text, lang, None, [want(surface, "hijri", hijri_year(h, later), "year", ["approximate"])]))
for g in rng.sample(range(100, 999), 3):
    out.append(case(f"وصل الرحالة إلى المدينة في {g} ميلادية.", "ar", None,
                    [want(f"في {g} ميلادية", "gregorian", f"{g:04d}", "year")]))
# Not a distance, nor a year before Christ.
out.append(case("فاز العداء بالذهبية في 200م حواجز.", "ar", None, []))
out.append(case("سقطت المدينة في 50 ق.م بيد الرومان.", "ar", None, []))
out.append(case("این شهر در ۵۰ ق.م ویران شد.", "fa", None, []))

# A stop after the day, the year after the month.
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
for n in range(8):
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))
    if n % 2 == 0:
        ds, ys = str(day.day), str(day.year)
        if n % 4 == 2:
            ds, ys = ds.translate(AR_DIGITS), ys.translate(AR_DIGITS)
        surface = f"{ds}. {AR_GREG[day.month - 1]} {ys}"
        out.append(case(f"نشر في {surface} - مقال", "ar", None, [want(surface, "gregorian", day.isoformat(), "day")]))
    else:
        surface = (f"{fa(day.day)}.{FA_GREG[day.month - 1]} {fa(day.year)}" if n % 4 == 1
                   else f"{day.day}. {FA_GREG[day.month - 1]}.{day.year}")
        out.append(case(f"تاریخ: {surface}\nخبر", "fa", None, [want(surface, "gregorian", day.isoformat(), "day")]))
out.append(case("ماه‌های سال:\n۱. فروردین: ۳۱ روز\n۲. اردیبهشت: ۳۱ روز", "fa", None, []))

# در written onto the word for a month, century or decade.
ref = dt.date(2020, 11, 9)
for jm in rng.sample(range(1, 13), 3):
    # The year that puts the month's 15th nearest the reference.
    a, b = min((jalali_month(jy, jm) for jy in (1398, 1399, 1400)),
               key=lambda ab: abs((ab[0] + dt.timedelta(days=14) - ref).days))
    out.append(case(f"قیمت ها درماه {FA_JALALI[jm - 1]} افزایش یافت.", "fa", ref.isoformat(),
                    [want(f"ماه {FA_JALALI[jm - 1]}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month", ["year_inferred"])]))
out.append(case("سینما نمادی از تجدد درقرن بیستم درکابل است.", "fa", ref.isoformat(),
                [want("قرن بیستم", "gregorian", "1900-01-01/1999-12-31", "year")]))
out.append(case("این ترانه دردهه ۶۰ خورشیدی ساخته شد.", "fa", ref.isoformat(),
                [want("دهه ۶۰ خورشیدی", "jalali", f"{jalali_year(1360).split('/')[0]}/{jalali_year(1369).split('/')[1]}", "year")]))
out.append(case("این درمانگاه ۱۵ تخت دارد.", "fa", ref.isoformat(), []))

# The first or last N months of a year.
for n in rng.sample(range(2, 12), 4):
    y = rng.randrange(2005, 2025)
    last_day = (dt.date(y, n + 1, 1) - dt.timedelta(days=1)) if n < 12 else dt.date(y, 12, 31)
    for text, surface, first, end in [
            (f"ارتفع العدد خلال الأشهر الـ{n} الأولى من سنة {y} بشكل ملحوظ.", f"الأشهر الـ{n} الأولى من سنة {y}",
             dt.date(y, 1, 1), last_day),
            (f"تراجعت المبيعات خلال الشهور الـ{n} الأخيرة من {y}.", f"الشهور الـ{n} الأخيرة من {y}",
             dt.date(y, 13 - n, 1), dt.date(y, 12, 31)),
            (f"سجلت خلال الـ{n} أشهر الأولى من {y} زيادة.", f"الـ{n} أشهر الأولى من {y}", dt.date(y, 1, 1), last_day)]:
        out.append(case(text, "ar", None, [want(surface, "gregorian", f"{first.isoformat()}/{end.isoformat()}", "month")]))
for jy in rng.sample(range(1390, 1404), 2):
    a, b = jalali_month(jy, 1)
    out.append(case(f"صادرات در یک ماهه نخست سال {fa(jy)} رشد کرد.", "fa", None,
                    [want(f"یک ماهه نخست سال {fa(jy)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month",
                          ["calendar_guessed"])]))
out.append(case("ستبقى الأشهر الـ10 المقبلة صعبة.", "ar", None, []))

# Ranges between named days, each the one nearest the reference.
IRAN, UAQ = iran_lunar(), umm_al_qura()
for h in rng.sample(range(1420, 1446), 4):
    qurban, ghadir = IRAN[(h, 12)] + dt.timedelta(days=9), IRAN[(h, 12)] + dt.timedelta(days=17)
    mawlid = IRAN[(h + 1, 3)] + dt.timedelta(days=16)
    ref = (qurban - dt.timedelta(days=10)).isoformat()
    out.append(case("جشن‌ها از عید قربان تا عید غدیر برگزار می‌شود.", "fa", ref,
                    [want("از عید قربان تا عید غدیر", "hijri", f"{qurban.isoformat()}/{ghadir.isoformat()}", "day",
                          ["year_inferred"])]))
    out.append(case("مسابقات از عید قربان تا میلاد رسول اکرم (ص) برگزار می‌شود.", "fa", ref,
                    [want("از عید قربان تا میلاد رسول اکرم", "hijri", f"{qurban.isoformat()}/{mawlid.isoformat()}", "day",
                          ["year_inferred"])]))
    out.append(case("جشن‌ها عید قربان تا عید غدیر ادامه دارد.", "fa", ref,
                    [want("عید قربان", "hijri", qurban.isoformat(), "day", ["year_inferred"]),
                     want("عید غدیر", "hijri", ghadir.isoformat(), "day", ["year_inferred"])]))
for h in rng.sample(range(1420, 1446), 3):
    fitr, adha = UAQ[(h, 10)], UAQ[(h, 12)] + dt.timedelta(days=9)
    out.append(case("تستمر العروض من عيد الفطر حتى عيد الأضحى في كل المدن.", "ar", (fitr - dt.timedelta(days=10)).isoformat(),
                    [want("من عيد الفطر حتى عيد الأضحى", "hijri", f"{fitr.isoformat()}/{adha.isoformat()}", "day",
                          ["year_inferred"])], tz="Asia/Riyadh"))

# The Prophet's birthday by more names: 17 Rabi I by Iran's calendar, in the year nearest the reference.
for h, name, text in [(1447, "ولادت حضرت محمد", "برنامه‌ها همزمان با سالروز ولادت حضرت محمد(ص) اعلام شد."),
                      (1446, "زادروز پیامبر", "جشن بزرگ به مناسبت زادروز پیامبر مکرم اسلام برگزار می‌شود."),
                      (1445, "میلاد باسعادت پیامبر", "همزمان با فرارسیدن میلاد باسعادت پیامبر گرامی اسلام جشن برپا شد."),
                      (1444, "میلاد حضرت محمد", "جشن میلاد حضرت محمد (ص) در اراک برگزار شد."),
                      (1443, "میلاد رسول اکرم", "مسابقه به مناسبت میلاد رسول اکرم برگزار شد.")]:
    day = IRAN[(h, 3)] + dt.timedelta(days=16)
    out.append(case(text, "fa", (day - dt.timedelta(days=1)).isoformat(),
                    [want(name, "hijri", day.isoformat(), "day", ["year_inferred"])]))

for h, name, text in [(1440, "میلاد نبی اکرم", "آتش بس از امروز تا روز میلاد نبی اکرم ادامه دارد."),
                      (1446, "میلاد پیامبر", "میلاد پیامبر در ولسوالی ها تجلیل شد."),
                      (1445, "ولادت حضرت محمد", "مراسم ولادت حضرت محمد (ص) در ولایت هرات برگزار شد.")]:
    day = UAQ[(h, 3)] + dt.timedelta(days=11)
    ref = day - dt.timedelta(days=3)
    if "امروز" in text:
        out.append(case(text, "fa-AF", ref.isoformat(),
                        [want("از امروز تا روز میلاد نبی اکرم", "hijri", f"{ref.isoformat()}/{day.isoformat()}", "day",
                              ["year_inferred"])], tz="Asia/Kabul"))
    else:
        out.append(case(text, "fa-AF", ref.isoformat(), [want(name, "hijri", day.isoformat(), "day", ["year_inferred"])],
                        tz="Asia/Kabul"))

out.append(case("از تمبر یکهزار و پانصدمین سال میلاد حضرت محمد (ص) رونمایی شد.", "fa", "2025-12-20", []))

# A bonus's year; a day with the article "of it".
for jy in (1403, 1405):
    for text, surface in [(f"جزییات نحوه محاسبه عیدی {fa(jy)} + زمان واریز", fa(jy)),
                          (f"نحوه محاسبه عیدی {jy} کارمندان بخش خصوصی", str(jy))]:
        out.append(case(text, "fa", None, [want(surface, "jalali", jalali_year(jy), "year", ["calendar_guessed"])]))
out.append(case("عیدی 1500 هزار تومان است.", "fa", None, []))
for d in rng.sample(range(14, 29), 3):
    start = dt.date(2025, 4, 13)
    out.append(case(f"تبدأ الانتخابات في 13 أفريل، على أن تغلق الصناديق مساء يوم الـ{d} منه.", "ar", "2025-04-01",
                    [want("13 أفريل", "gregorian", start.isoformat(), "day", ["year_inferred"]),
                     want(f"{d} منه", "gregorian", dt.date(2025, 4, d).isoformat(), "day", ["year_inferred"])], tz="Africa/Khartoum"))
out.append(case("نصت المادة الـ21 منه على ذلك.", "ar", "2025-04-01", []))

# Water years.
for jy in rng.sample(range(1375, 1404), 4):
    a, b = jdate(jy, 7, 1), jdate(jy + 1, 7, 1) - dt.timedelta(days=1)
    y1, y2 = jy % 100, (jy + 1) % 100
    for pair in (f"{y2:02d}-{y1:02d}", fa(f"{y1:02d}-{y2:02d}"), f"{y2:02d}ــ{y1:02d}"):
        out.append(case(f"میزان بارش در سال آبی {pair} کاهش یافت.", "fa", None,
                        [want(pair, "jalali", f"{a.isoformat()}/{b.isoformat()}", "month")]))
    end = jdate(jy + 1, 6, 9)  # 9 Shahrivar, in the water year jy–jy+1
    ref = jdate(jy + 1, 6, 10)
    out.append(case("حجم بارش از ابتدای سال آبی (ابتدای مهرماه) تا نهم شهریورماه کاهش یافت.", "fa", ref.isoformat(),
                    [want("از ابتدای سال آبی (ابتدای مهرماه) تا نهم شهریورماه", "jalali", f"{a.isoformat()}/{end.isoformat()}",
                          "day", ["year_inferred"])]))
    end2 = jdate(jy, 9, 8)
    out.append(case(f"بارش از ابتدای سال آبی {y1 + 1:02d}-{y1:02d} (اول مهرماه) تا هشتم آذر {y1:02d} ثبت شد.", "fa", None,
                    [want(f"از ابتدای سال آبی {y1 + 1:02d}-{y1:02d} (اول مهرماه) تا هشتم آذر {y1:02d}", "jalali",
                          f"{a.isoformat()}/{end2.isoformat()}", "day")]))
# A range in the brackets is its own.
out.append(case("حجم آب از ابتدای سال آبی جاری (مهرماه ۹۹ تا آخر شهریور۱۴۰۰) تا پنجمین روز از شهریورماه کاهش یافت.", "fa", None,
                [want("مهرماه ۹۹ تا آخر شهریور۱۴۰۰", "jalali", f"{jdate(1399, 7, 1).isoformat()}/{(jdate(1400, 7, 1) - dt.timedelta(days=1)).isoformat()}",
                      "month")]))

# A night over two days; days after أيام.
for n in range(4):
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3600))
    nxt = day + dt.timedelta(days=1)
    if nxt.month != day.month:
        continue
    m = AR_GREG[day.month - 1]
    out.append(case(f"يمكن رصد الخسوف ليلة {day.day:02d} إلى {nxt.day:02d} {m} {day.year}، حسب الجمعية.", "ar", None,
                    [want(f"{day.day:02d} إلى {nxt.day:02d} {m} {day.year}", "gregorian", f"{day.isoformat()}/{nxt.isoformat()}", "day")]))
    last = day + dt.timedelta(days=2)
    if last.month == day.month:
        out.append(case(f"تنظم التظاهرة أيام {day.day} إلى {last.day} {m} {day.year} بالعاصمة.", "ar", None,
                        [want(f"{day.day} إلى {last.day} {m} {day.year}", "gregorian", f"{day.isoformat()}/{last.isoformat()}", "day")]))
out.append(case("تنطلق البطولة الاحترافية 2 إلى 26 شتنبر 2024 بمشاركة الفرق.", "ar", None,
                [want("26 شتنبر 2024", "gregorian", "2024-09-26", "day")]))

# A feast with its Gregorian month and year in brackets (Umm al-Qura's day, in Arabic text).
for h in rng.sample(range(1425, 1447), 4):
    for name, month, day in (("عيد الفطر المبارك", 10, 1), ("عيد الأضحى", 12, 10)):
        feast = UAQ[(h, month)] + dt.timedelta(days=day - 1)
        surface = f"{name} ({AR_GREG[feast.month - 1]} {feast.year})"
        out.append(case(f"أعلنت الوزارة تعطيلات {surface} في المدارس.", "ar", None,
                        [want(surface, "hijri", feast.isoformat(), "day")], tz="Asia/Riyadh"))

# The year of the same period after من.
for y in rng.sample(range(2005, 2026), 3):
    for text in (f"ارتفع المخزون مقارنة بنفس الفترة من {y} حيث بلغ الذروة.",
                 f"زاد الإنتاج مقارنة بالفترة ذاتها من {y}، لكنه ما يزال أقل.",
                 f"تراجعت المبيعات مقارنة بالفترة المماثلة من {y} حسب التقرير."):
        out.append(case(text, "ar", None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("سجلنا زيادة بنفس الفترة من 2000 شخص إضافي.", "ar", None, []))

# N months' as one word.
FA_COUNT = {2: "دو", 3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت", 8: "هشت", 9: "نه", 10: "ده", 11: "یازده"}
for n in rng.sample(range(2, 12), 4):
    jy = rng.randrange(1395, 1405)
    a, b = jdate(jy, 1, 1), jalali_month(jy, n)[1]
    out.append(case(f"صادرات {FA_COUNT[n]}ماهه {fa(jy)} رشد کرد.", "fa", None,
                    [want(f"{FA_COUNT[n]}ماهه {fa(jy)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "month",
                          ["calendar_guessed"])]))
out.append(case("کودک ششماهه در بیمارستان بستری شد.", "fa", None, []))
out.append(case("این دوره پنجماهه آموزشی است.", "fa", None, []))

# The first N days of a year.
FA_DAYS = {3: "سه", 5: "پنج", 7: "هفت", 14: "چهارده", 15: "پانزده"}
for n in rng.sample(sorted(FA_DAYS), 3):
    jy = rng.randrange(1390, 1405)
    a, b = jdate(jy, 1, 1), jdate(jy, 1, n)
    for word in ("نخست", "اول"):
        out.append(case(f"در {FA_DAYS[n]} روز {word} سال {fa(jy)} مصرف بنزین بالا رفت.", "fa", None,
                        [want(f"{FA_DAYS[n]} روز {word} سال {fa(jy)}", "jalali", f"{a.isoformat()}/{b.isoformat()}", "day",
                              ["calendar_guessed"])]))
out.append(case("در سه روز نخست هفته بارش داشتیم.", "fa", None, []))

emit("forms of the two-hundred-and-seventy-ninth real-text sets: generated by "
     "tools/gen/cases_two_hundred_seventy_ninth_sets.py (oracles: datetime, convertdate)", out)
