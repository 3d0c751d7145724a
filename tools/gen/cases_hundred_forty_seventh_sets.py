#!/usr/bin/python3
"""Writes tests/extract/cases/hundred_forty_seventh_sets.jsonl: forms met in
the hundred-and-forty-seventh to hundred-and-fifty-fourth real-text sets
(oil and gas; cars; medicines and pharmacies; the internet; weddings;
wildlife and veterinary services; refugees; civil registry), generated
across their families.

- Persian weekdays each with its own day after روزهای (روزهای دوشنبه دهم و
  سه‌شنبه یازدهم دی, روزهای دوشنبه ۱۰ و سه شنبه ۱۱ دی): the days, one span;
  a weekday alone after روزهای (روزهای پنجشنبه) still recurs.
- Three days or more with dashes between them (يوم 12-13-14 يونيو,
  12-13-14 يونيو 2024, روز ۱۲-۱۳-۱۴ تیر): one span.
- A day or days "of the same month" (يوم الأحد 23 من الشهر نفسه, بين 26 و28
  من الشهر نفسه, أيام 5 و6 و7 من الشهر ذاته, يومي 4 و5 من نفس الشهر) after a
  full date with no reference, a list of days of a month, or a month: that
  month's, in the year of the date before; a weekday written with the day
  picks, among a month and a day named before, the one it falls in.
- A day "of the same year" after a year-less day with no reference (26
  مارس الماضي … 27 يونيو من العام ذاته): XXXX-06-27.
- A rate's "daily" before a date (4.5 مليون برميل يوميا في حزيران الماضي,
  80 ألف برميل يومياً يوم 21 أغسطس): the date stands.
- A month, its qualifier, then "of this year" and the year's number (مطلع
  شهر يوليو المقبل من العام الجاري 2024): that month of that year.
- Outlets named for a place and today (الدار البيضاء اليوم  - …, به گزارش
  راه امروز:): no today; after the word for city at a headline's end
  (قرار بإغلاق مدينة الدار البيضاء اليوم) and in running text (این راه امروز
  بازگشایی شد), today.
- Jumada written جماد with neither alef maqsura nor article (23 - جماد أول -
  1446, 5 جماد ثاني 1445هـ): the month.
- A date and its Hijri twin a day off with a dash between (الأحد 24 نوفمبر
  2024 - 23 جمادى الأولى 1446): one day, the Gregorian one, flagged.
- Pharmacies' hours (فيما تفتح صيدليات الليل أبوابها … من الساعة الرابعة مساء,
  وبالنسبة إلى أيام السبت تفتح الصيدليات … من الساعة 8:30 صباحا): they recur.
- The first N months of a year with ابتدایی or اولیه (سه ماهه ابتدایی سال 93,
  شش ماه اولیه سال ۱۴۰۲): those months.
- A verb on و, its subject, then the word for until (يوم 1 سبتمبر وتتواصل
  فعالياتها الى غاية 31 أكتوبر): one span.
- Three digits after the year word before a magnitude (در سال 264 هزار
  تومان): a price, no year; things made for Arbaeen (گذر ویژه اربعین) and
  «not born today» (ليست وليدة اليوم): no day.
- Arabic day/month pairs after من يوم, a dash glued to the day only, a verb
  on و before حتى (من يوم 29- 6 وتمتد حتى 1-7): one span, the reference's
  nearest year.
- Persian امروز written onto the next word (امروزآغاز می‌شود, امروزبا اشتراک):
  today; امروزی, امروزه (modern, nowadays): no day.
- A one-word named day before إن or أن in Arabic (وذكر المدير ستار نوروز إن,
  وبين نوروز أن): a speaker's name, no day.

Days come from datetime, Solar Hijri days from convertdate, Hijri days from
Umm al-Qura's month starts (tests/data/umalqura_month_starts.csv): nothing
here is read from taqvim. Run from the project root:
tools/gen/cases_hundred_forty_seventh_sets.py > tests/extract/cases/hundred_forty_seventh_sets.jsonl"""
import datetime as dt
import random

from case_form import (AR_DIGITS, AR_GREG, AR_LEVANTINE, AR_WEEKDAYS, DAY, FA_JALALI, FA_ORD, FA_WEEKDAYS, case, emit, fa, jdate,
                       jday, umm_al_qura, want)

rng = random.Random(147)
out = []

# Persian weekdays each with its own day after روزهای: a span of the two days.
for n in range(6):
    jy = rng.randint(1395, 1408)
    jm = rng.randint(1, 12)
    d = rng.randint(1, 14)
    first = jdate(jy, jm, d)
    second = first + DAY
    w1, w2 = FA_WEEKDAYS[first.weekday()], FA_WEEKDAYS[second.weekday()]
    if n % 2:
        surface = f"{w1} {fa(d)} و {w2} {fa(d + 1)} {FA_JALALI[jm - 1]} {fa(jy)}"
    else:
        surface = f"{w1} {FA_ORD[d]} و {w2} {FA_ORD[d + 1]} {FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"ساعت فعالیت پایگاه‌ها در روزهای {surface} اعلام شد.", "fa", None,
                    [want(surface, "jalali", f"{first.isoformat()}/{second.isoformat()}", "day")]))
out.append(case("روزهای پنجشنبه در این شهر ادارات تعطیل است.", "fa", "2024-12-01", []))

# Three days or more with dashes between them.
for n in range(6):
    year = rng.randint(2012, 2030)
    m = rng.randint(1, 12)
    d = rng.randint(1, 25)
    k = 3 + n % 2
    days = "-".join(str(d + i) for i in range(k))
    first, last = dt.date(year, m, d), dt.date(year, m, d + k - 1)
    if n % 3 == 0:
        surface = f"{days} {AR_GREG[m - 1]} {year}"
        text = f"تقام الدورة يوم {surface} في الرباط."
    elif n % 3 == 1:
        surface = f"{days} {AR_GREG[m - 1]} {year}".translate(AR_DIGITS)
        text = f"تنظم التظاهرة أيام {surface} بالعاصمة."
    else:
        surface = f"{days} {AR_GREG[m - 1]} {year}"
        text = f"ينعقد المؤتمر {surface} بمشاركة عشرين دولة."
    out.append(case(text, "ar", None, [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day")]))
for n in range(2):
    jy = rng.randint(1395, 1408)
    jm = rng.randint(1, 12)
    d = rng.randint(1, 25)
    surface = f"{fa(d)}-{fa(d + 1)}-{fa(d + 2)} {FA_JALALI[jm - 1]} {fa(jy)}"
    out.append(case(f"این نمایشگاه روز {surface} برگزار می‌شود.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d).isoformat()}/{jdate(jy, jm, d + 2).isoformat()}", "day")]))

# A day of the same month after a full date, no reference.
SAME = ["من الشهر نفسه", "من الشهر ذاته", "من نفس الشهر"]
for n in range(6):
    start = dt.date(2012, 1, 1) + rng.randint(0, 5000) * DAY
    while start.day > 15:
        start -= 10 * DAY
    later = start + rng.randint(3, 12) * DAY
    w1 = AR_WEEKDAYS[start.weekday()]
    head = f"يوم {w1} {start.day} {AR_GREG[start.month - 1]} {start.year}"
    if n % 2:
        end = f"يوم {AR_WEEKDAYS[later.weekday()]} {later.day} {SAME[n % 3]}"
        exp_end = want(f"{end}", "gregorian", later.isoformat(), "day", ["year_inferred"])
    else:
        end = f"{later.day} {SAME[n % 3]}"
        exp_end = want(end, "gregorian", later.isoformat(), "day", ["year_inferred"])
    text = f"تنطلق العطلة {head}، وتمتد إلى غاية {end}، ثم تستأنف الدراسة."
    out.append(case(text, "ar", None, [want(head, "gregorian", start.isoformat(), "day"), exp_end]))

# Days of the same month: a range after بين, أيام, يومي.
for n in range(6):
    start = dt.date(2012, 1, 1) + rng.randint(0, 5000) * DAY
    while start.day > 12:
        start -= 9 * DAY
    a = start.day + rng.randint(4, 8)
    b = a + (2 if n % 3 == 0 else 1)
    first, last = dt.date(start.year, start.month, a), dt.date(start.year, start.month, b)
    head = f"{start.day} {AR_GREG[start.month - 1]} {start.year}"
    if n % 3 == 0:
        rng_s = f"{a} و{a + 1} و{b} {SAME[n % 3]}"
        lead = "أيام "
    elif n % 3 == 1:
        rng_s = f"بين {a} و{b} {SAME[n % 3]}"
        lead = ""
    else:
        rng_s = f"{a} و{b} {SAME[n % 3]}"
        lead = "يومي "
    text = f"تقام مباراة الذهاب يوم {head}، على أن يقام الإياب {lead}{rng_s}."
    out.append(case(text, "ar", None, [want(head, "gregorian", start.isoformat(), "day"),
                                      want(rng_s, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day", ["year_inferred"])]))
# With a reference: after a list of a month's days, and after a month.
for n in range(3):
    ref = dt.date(2013, 1, 1) + rng.randint(0, 4000) * DAY
    ref = ref.replace(day=min(ref.day, 10))
    m = ref.month % 12 + 1
    year = ref.year + (1 if m == 1 else 0)
    d = rng.randint(5, 12)
    later = rng.randint(20, 28)
    lst = f"{d} و{d + 1} و{d + 2} من شهر {AR_GREG[m - 1]}"
    tail = f"{later} من نفس الشهر"
    text = f"حددت المفوضية أيام {lst} للاقتراع، على أن تعلن النتائج يوم {tail}."
    out.append(case(text, "ar", ref.isoformat(),
                    [want(lst, "gregorian", f"{dt.date(year, m, d).isoformat()}/{dt.date(year, m, d + 2).isoformat()}", "day",
                          ["year_inferred"]),
                     want(tail, "gregorian", dt.date(year, m, later).isoformat(), "day", ["year_inferred"])]))
for n in range(3):
    ref = dt.date(2013, 1, 1) + rng.randint(0, 4000) * DAY
    ref = ref.replace(day=min(ref.day, 10))
    later = rng.randint(20, 28)
    month = f"شهر {AR_GREG[ref.month - 1]} الجاري"
    tail = f"{later} من الشهر نفسه"
    text = f"أعلنت الوزارة مواعيد صرف مرتبات {month} للعاملين أيام {later - 7} و{later - 6} و{tail}، حيث"
    out.append(case(text, "ar", ref.isoformat(),
                    [want(month, "gregorian", f"{ref.year}-{ref.month:02d}", "month", ["year_inferred"]),
                     want(tail, "gregorian", ref.replace(day=later).isoformat(), "day", ["year_inferred"])]))
# The weekday picks the month: a Hijri month's start named after a Gregorian date.
UQ = umm_al_qura()
for hy in rng.sample(range(1436, 1450), 3):
    g = UQ[(hy, 12)]  # 1 Dhu al-Hijja
    arafa = g + 8 * DAY
    head = f"يوم {AR_WEEKDAYS[g.weekday()]} {g.day} {AR_GREG[g.month - 1]} {g.year}"
    tail = f"{AR_WEEKDAYS[arafa.weekday()]} {arafa.day} من الشهر ذاته"
    if g.month != arafa.month or arafa.day == 9:
        continue
    text = f"وقالت الهيئة إن {head} سيكون بداية شهر ذي الحجة، على أن يصادف {tail}، ويحل العيد بعده."
    out.append(case(text, "ar", None,
                    [want(head, "gregorian", g.isoformat(), "day"),
                     want("بداية شهر ذي الحجة", "hijri", f"{g.isoformat()}/{(UQ[(hy + 1, 1)] - DAY).isoformat()}", "month",
                          ["year_inferred"]),
                     want(tail, "gregorian", arafa.isoformat(), "day", ["year_inferred"])]))

# A day of the same year after a year-less day, no reference.
for n in range(3):
    m1, m2 = rng.randint(1, 5), rng.randint(7, 12)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    first = f"{d1} {AR_LEVANTINE[m1 - 1]}/{AR_GREG[m1 - 1]} الماضي" if n % 2 else f"{d1} {AR_GREG[m1 - 1]} الماضي"
    second = f"{d2} {AR_GREG[m2 - 1]} من العام ذاته"
    text = f"توقفت المصفاة عن العمل في {first}، كما تم استهدافها في {second}؛ ما أدى إلى اشتعال النيران."
    out.append(case(text, "ar", None, [want(first, "gregorian", f"XXXX-{m1:02d}-{d1:02d}", "day", ["unresolved"]),
                                      want(second, "gregorian", f"XXXX-{m2:02d}-{d2:02d}", "day", ["unresolved"])]))

# A rate's "daily" before a date.
for n in range(4):
    ref = dt.date(2012, 1, 1) + rng.randint(0, 4500) * DAY
    if n % 2:
        m = (ref.month - 2) % 12 + 1
        year = ref.year - (1 if m > ref.month else 0)
        surface = f"{AR_LEVANTINE[m - 1]} الماضي"
        daily = "يوميا" if n == 1 else "يومياً"
        text = f"وأوضحت الشركة أن العراق ضخ 4.5 مليون برميل {daily} في {surface}، بحسب البيان."
        out.append(case(text, "ar", ref.isoformat(), [want(surface, "gregorian", f"{year}-{m:02d}", "month", ["year_inferred"])]))
    else:
        back = ref - rng.randint(20, 90) * DAY
        surface = f"{back.day} {AR_GREG[back.month - 1]}"
        daily = "يومياً" if n == 0 else "يوميا"
        text = f"وكان حريق قد دمر وحدات تبلغ طاقتها 80 ألف برميل {daily} يوم {surface}، وقالت الشركة."
        out.append(case(text, "ar", ref.isoformat(), [want(surface, "gregorian", back.isoformat(), "day", ["year_inferred"])]))

# A month, its qualifier, then "of this year" and its number.
for n in range(4):
    year = rng.randint(2012, 2030)
    m = rng.randint(1, 12)
    qual = ["المقبل", "الماضي", "القادم", "المقبل"][n]
    this = ["من العام الجاري", "من العام الحالي", "من العام الجاري", "من السنة الحالية"][n]
    lead = ["مطلع شهر ", "شهر ", "", "خلال شهر "][n]
    surface = f"{lead}{AR_GREG[m - 1]} {qual} {this} {year}"
    if lead == "خلال شهر ":
        surface = surface[len("خلال "):]
    out.append(case(f"تعقد اللجنة اجتماعها، وتحديدا في {surface}، حيث يأتي الاجتماع وسط ترقب.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{m:02d}", "month")]))

# Outlets named for a place and today.
out.append(case("آخر تحديث GMT 06:25:28\nالدار البيضاء اليوم  -\n\nمسلحون يقطعون الانترنت عن مناطق في ليبيا", "ar",
                "2013-12-22T09:00+01:00", [want("GMT 06:25:28", "relative", "2013-12-22T06:25:28+00:00", "second")]))
ref = "2020-08-10"
out.append(case("أنباء عن صدور قرار بإغلاق مدينة الدار البيضاء اليوم\n\nكشفت مصادر متفرقة القرار.", "ar", ref,
                [want("اليوم", "relative", ref, "day")]))
out.append(case("به گزارش راه امروز: داده‌های یک پژوهش نشان می‌دهد موجودی کالاها افزایش یافته است.", "fa", "2021-12-16", []))
out.append(case("مدیرکل راهداری گفت: این راه امروز بازگشایی شد.", "fa", "2021-12-16", [want("امروز", "relative", "2021-12-16", "day")]))

# Jumada written جماد, without alef maqsura or article.
for n, (name, m) in enumerate([("جماد أول", 5), ("جماد ثاني", 6), ("جماد أولى", 5), ("جماد آخر", 6)]):
    hy = rng.randint(1430, 1450)
    d = rng.randint(1, 28)
    day = UQ[(hy, m)] + (d - 1) * DAY
    surface = f"{d} - {name} - {hy}" if n % 2 == 0 else f"{d} {name} {hy}هـ"
    out.append(case(f"صدر القرار بتاريخ {surface} عن الوزارة.", "ar", None, [want(surface, "hijri", day.isoformat(), "day")]))

# A date and its Hijri twin a day off, a dash between.
for n in range(3):
    hy = rng.randint(1435, 1450)
    hm = rng.randint(1, 12)
    d = rng.randint(2, 27)
    computed = UQ[(hy, hm)] + (d - 1) * DAY
    stated = computed - DAY  # the month began a day later where the page was written
    twin = f"{d} {['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'][hm - 1]} {hy}"
    surface = f"{AR_WEEKDAYS[stated.weekday()]} {stated.day} {AR_GREG[stated.month - 1]} {stated.year} - {twin}"
    out.append(case(f"{surface}\nأعلنت الوزارة عن المواعيد الجديدة.", "ar", None,
                    [want(surface, "gregorian", stated.isoformat(), "day", ["dual_mismatch"])]))

# Pharmacies' hours recur.
out.append(case("فيما تفتح صيدليات الليل أبوابها، خلال هذه الأيام، من الساعة الرابعة مساء الى الثامنة والنصف صباحا.", "ar",
                "2021-04-09", []))
out.append(case("وبالنسبة إلى أيام السبت تفتح الصيدليات من صنف « أ » من الساعة 8:30 صباحا إلى الساعة 13 زوالا، فيما تعمل "
                "صيدليات الاستمرار من الساعة 8:30 صباحا إلى 19:30مساء.", "ar", "2026-02-13", []))
out.append(case("وتفتح الصيدليات من صنف « ب » أبوابها للعمل من الساعة السابعة والنصف مساء إلى حدود الساعة 8:30 صباحا.", "ar",
                "2026-02-13", []))
out.append(case("كما ستشتغل صيدليات حراسة نهارية من التاسعة صباحا إلى التاسعة ليلا.", "ar", "2020-03-23", []))

# The first N months of a year with ابتدایی or اولیه.
for n in range(4):
    jy = rng.randint(1390, 1405)
    count, word = [(3, "سه ماهه"), (6, "۶ ماه"), (9, "۹ماهه"), (6, "شش ماه")][n]
    initial = ["ابتدایی", "ابتدایی", "ابتدایی", "اولیه"][n]
    yy = fa(jy % 100) if n % 2 and jy % 100 >= 10 else fa(jy)
    surface = f"{word} {initial} سال{'' if n == 2 else ' '}{yy}"
    last = jdate(jy, count + 1, 1) - DAY
    out.append(case(f"زیان انباشته بانک در {surface} به ۲۲ هزار میلیارد تومان رسید.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, 1, 1).isoformat()}/{last.isoformat()}", "month", ["calendar_guessed"])]))

# A verb on و, its subject, then the word for until.
for n in range(4):
    year = rng.randint(2012, 2030)
    m = rng.randint(1, 10)
    d1 = rng.randint(1, 20)
    d2 = rng.randint(1, 28)
    m2 = m + rng.randint(0, 2)
    if m2 == m and d2 <= d1:
        d2 = d1 + 3
    verb = ["وتتواصل فعالياتها الى غاية", "وتستمر الحملة حتى", "ويستمر المعرض إلى غاية", "وتتواصل أشغالها إلى"][n]
    surface = f"{d1} {AR_GREG[m - 1]} {verb} {d2} {AR_GREG[m2 - 1]} {year}"
    out.append(case(f"تنطلق الحملة يوم {surface} بكامل ولايات الجمهورية.", "ar", None,
                    [want(surface, "gregorian", f"{year}-{m:02d}-{d1:02d}/{year}-{m2:02d}-{d2:02d}", "day", ["year_inferred"])]))

# No year, no day.
out.append(case("-برای سفر اول هر مسافر ایرانی به خارج از کشور در سال  264 هزار تومان \n- برای سفر دوم در سال   396 هزار تومان",
                "fa", None, []))
out.append(case("نسبت به صدور گذر ویژه اربعین و تمدید آن، اقدامی انجام ندهند.", "fa", "2022-09-09", []))
out.append(case("وأكد الوزير أن أزمة الكلاب الضالة ليست وليدة اليوم.", "ar", "2026-01-06", []))

# A speaker named like a day.
out.append(case("وذكر مدير عام دائرة شؤون الفروع في الوزارة ستار نوروز إن الوزارة نقلت النازحين.", "ar", "2018-08-30", []))
out.append(case("وبين نوروز أن مخيمات جنوب الموصل شهدت عودة النازحين.", "ar", "2018-08-30", []))

# Day/month pairs after من يوم, with a verb before حتى.
for n in range(4):
    ref = dt.date(2013, 1, 1) + rng.randint(0, 4000) * DAY
    first = ref + rng.randint(3, 20) * DAY
    last = first + rng.randint(2, 20) * DAY
    if last.year != first.year:
        continue
    a = [f"{first.day}- {first.month}", f"{first.day}/{first.month}", f"{first.day}-{first.month}", f"{first.day}- {first.month}"][n]
    b = [f"{last.day}-{last.month}", f"{last.day}/{last.month}", f"{last.day}-{last.month}", f"{last.day}/{last.month}"][n]
    verb = ["وتمتد حتى", "وتستمر حتى", "ويستمر إلى", "وحتى"][n]
    surface = f"من يوم {a} {verb} {b}"
    out.append(case(f"تبدأ العطلة {surface} حسب قرار الوزارة.", "ar", ref.isoformat(),
                    [want(surface, "gregorian", f"{first.isoformat()}/{last.isoformat()}", "day", ["year_inferred"])]))
out.append(case("وانتهت المباراة بنتيجة 3 - 1 إلى 4 - 2 في الشوط الثاني.", "ar", "2023-06-20", []))

# امروز written onto the next word.
for n, (text, surface) in enumerate([("کارزار واکسین پولیو در سراسر کشور امروزآغاز می شود.", "امروز"),
                                     ("این مراسم امروزبا اشتراک مقامات دولتی برگزار شد.", "امروز"),
                                     ("نام‌نویسی تازه از متقاضیان طرح مسکن از امروزآغاز می‌شود.", "امروز")]):
    ref = dt.date(2012, 1, 1) + rng.randint(0, 4700) * DAY
    out.append(case(text, "fa", ref.isoformat(), [want(surface, "relative", ref.isoformat(), "day")]))
out.append(case("نسل امروزی و امروزه جوانان به فضای مجازی وابسته‌اند.", "fa", "2024-06-03", []))

emit("forms of the hundred-and-forty-seventh real-text sets: generated by tools/gen/cases_hundred_forty_seventh_sets.py "
     "(oracles: datetime, convertdate, Umm al-Qura's month starts)", out)
