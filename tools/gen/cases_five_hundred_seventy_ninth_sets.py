#!/usr/bin/python3
"""Writes tests/extract/cases/five_hundred_seventy_ninth_sets.jsonl: forms met
in the five-hundred-and-seventy-ninth real-text sets and after (and in the
misses of the sets before them), generated across their families.

- An Arabic year of the last two centuries after في before any word a number
  cannot count, as encyclopedias write a life or a building's history (وفي
  1920 أدخل المستعمر, في ١٨٦٦ حصل, ولد في 1893 ودرس, في 1939 وأخرى, ففي 1972
  أدت): the year, في with it; an older year of the second millennium only
  before punctuation, the end or its era (بناوه في 1612 ، ودارولو توسعة في 1794
  ..), flagged as guessed as any year before 1800 without its era; ف written
  onto في (ففي) as و is. Not a round hundred, nor before what a number counts
  (في 1850 حالة, في 1893 طالبا, في 1500 ،).
- Three-digit years after the year word spanned by a dash (عام 691-692, سنة
  850-870): the span of whole years; not more than a century apart (عام
  300-900 is no span of one reign).
- Persian's "the years" and a number of tens in words, the decade (سالهای
  پنجاه میلادی, در سال‌های شصت, سالهای هفتاد خورشیدی): the Solar Hijri decade
  without an era (as دهه شصت), the Gregorian one with میلادی; not
  tens and units (سال‌های پنجاه و پنج), nor a list (سال‌های پنجاه و شصت).
- A year after a founding's, closing's or publication's noun, itself after the
  year word or the word for date, or an infobox's label written onto its year
  or opening its line (سال تاسیس 1889, سال بنیانگذاری۱۹۶۷, سال تعطیلی۲۰۰۲,
  بنیانگذاری۲۰۲۱, سنة التأسيس 1889, تاريخ الإنشاء 1950): the year; not
  before what it counts (التأسيس 1889 شركة), not births or a registration's
  number alone (تولد ۱۳۶۹ نوزاد, شمارهٔ ثبت۱۴۴۸).
- A citation's year before the page's number with a colon (القاهرة، 1994،
  صـ: 53): the year, as before ص 53.
- An edition named by its host and year (بنسخة قطر 2022, النسخة 2022 من
  البطولة): the year; not a round hundred, nor a count (نسخة واحدة 2019 دينار).

- ب written onto a year, as the Levant says "in" (بـ1884، غيّروا, ب1908،
  تسمت, بـ1773، صار اسمها: older years only before a comma): the year; not a
  price, a rise or a count (بـ1500 دولار, بـ1850 نقطة, بـ1987 صوتا).
- A day and month alone between quotes, no year or weekday inside and no
  day word before («26 يوليو».. مترو الأنفاق, تحمل اسم «26 يوليو», “22
  فبراير”): a name (a street's, a revolution's); يوم «26 يوليو» الجاري,
  اليوم الأحد "9 يونيو" and «26 يوليو 1952» stay days. An uprising's day with
  ل or ب on its word (لانتفاضة 17 فبراير): a name, as after انتفاضة.
- A cup's name of four words, then its sport (كأس الأمم الإفريقية لكرة القدم
  1990), and a championship's region (بطولة أوروبا 2024, دوري أبطال افريقيا
  2014, قهرمانی آسیای 2013, the Olympics glued to their year: المپیک2020):
  the year.
- N units before an attack, a war, a fall, a coup, a death (یک سال پیش از
  حمله شوروی, دو روز پیش از سقوط): counted from the event, no day.
- The eighth Imam's birth or martyrdom by his name, Ali son of Musa
  (ولادت حضرت علی ابن موسی الرضا, شهادت امام علی بن موسی الرضا): 11 Dhu
  al-Qa'da and the last of Safar by Iran's calendar, not Imam Ali's birth.
- في, then the clause's comma that mixed-direction typing moved before the
  year (في ،1964 المنصب الذي): the year; not before a counted noun (في
  ،1964 طالبا).
- The Solar Hijri era cut short with its stop and a blank (سال ۱۳۱۵ ه. خ,
  هـ. خ): the Solar Hijri year, as ه.خ.
- Persian's "from" alone and a year before what begins a clause (از ۲۰۰۹ تحت
  حفریات قرار دارد): the year; not a count (از ۱۳۹۸ دانش‌آموز) nor a price's
  change (از ۱۸۵۰ به ۱۸۰۰ افغانی).
- An infobox's label written onto a span of two years that ends its line
  (تاریخ کاوش۱۹۶۴ - ۱۹۷۸, انتشار اولیه۱۳۴۶–۱۳۴۹): the span; not a Latin
  code (ABC1964-1978).
- August as Dari typed without گ (۲۲اکست ۱۹۷۳): the month.
- A Solar Hijri year of these decades after a word in Persian, running on
  into its sentence before که, برای, هم, را, نیز or با (تعرفه دندانپزشکی ۱۴۰۳
  برای هر نوع درمان, مناظره‌های انتخاباتی ۱۴۰۰ که): the year, flagged as
  guessed; not after a count's word (حدود ۱۴۰۰ که, تعداد ۱۳۹۸ را).
- The hour in words with its figures in brackets, then the zone of both
  (السادسة مساء (18:00) بتوقيت مصر, الساعة العاشرة مساء (10:00) بتوقيت
  الإمارات): that hour in the written zone; not figures of another hour.
- A month, a comma, then the year word and a year (في شهر ابريل، سنة 2009,
  ماه مهر، سال ۱۳۹۸): that month of that year.
- Two years of these centuries joined by تا that end their line or sentence,
  in Persian (دادگاه‌های انقلاب اسلامی، ۱۳۵۷ تا ۱۳۷۳): the span; not a
  price's range (۱۳۸۰ تا ۱۴۰۰ تومان).
- A year of the first Hijri century in words or by its ordinal after the
  year word, the Hijri era's word after it (سنة سبع عشرة للهجرة, في العام
  السادس للهجرة, السنة الثامنة من الهجرة, العام العاشر الهجري): that Hijri
  year by the arithmetic calendar, flagged approximate.
- A day and month with "next" or "last", then من and the year word and a
  year, or the year in brackets (اليوم الخامس عشر من شهر يناير المقبل من عام
  2025, 15 يناير المقبل من عام 2025, يوم الاثنين 24 أغسطس الماضي (2015م)):
  that day of that year.
- The secondary exams of Jordan and Palestine and Saudi Arabia's attainment
  test before their year (التوجيهي 2024, اختبار التحصيلي 2023): the year;
  not a round hundred, a count (نجح في التوجيهي 2000 طالب). The World Cup
  with its blank lost (جامجهانی 2014): the year.
- A Hijri or Solar Hijri month with a year of three digits and no era,
  before punctuation, the end or در, از, به, في (روز ششم ربیع‌الاول 604 در
  بلخ, روز 8 مهر 586 به دنیا آمد, 4 دی 652 از دنیا رفت, 6 ربيع الأول 604 في
  بلخ): that day, the Hijri one by the arithmetic calendar (approximate),
  the Solar Hijri one by convertdate's Persian calendar; not before a count or a
  range (خردادماه ۸۸۷ واحد, میزان ۳۵۰ تا ۳۸۰ هزار تن).
- In Persian, four digits after the year word and before هزار, میلیون or
  میلیارد (در طول سال ۲۲۶۳ هزار میلیارد تومان درآمد): a sum, no year; in
  Arabic a million after a month's year stays a count of its own
  (استوردت في مارس 2025 مليون رأس: March 2025).
- The dual of the constitution before two years (دستوري 1970 و1972): each
  year, as منحتي 2014 و2015; a fiscal year "ended" (السنة المنتهية 2019):
  the year, as السنة الجديدة 2019.
- A Hijri day whose written Gregorian twin is three days off the computed
  one (يوم 25 شوال 1364هجريا الموافق 4 أكتوبر 1945م, اليوم الحادي عشر من
  شهر ذي الحجة الموافق الثاني من شهر يوليو 2023): the day the text states,
  flagged dual_mismatch (Umm al-Qura's table from tests/data), when the
  arithmetic calendar's day is within three days too; further off, two
  dates.
- Persian's "the same month" of another year after a month (بهمن ۱۳۸۲ …
  همان ماه از سال ۱۳۸۳, مهر ۱۴۰۲ … ماه مشابه سال ۱۴۰۱, همان ماه در سال
  ۱۴۰۳): that month of that year, as Arabic's نفس الشهر من عام 2004.
- Two days each with its day word, the second on و, the next day (يوم 10
  ويوم 11 من شهر رجب 1446ه, روز ۱۰ و روز ۱۱ دی ماه ۱۴۰۳): the two days, as
  يومي 10 و11.
- A Persian year said as two digits in words after سال stays a count
  before a feast, "times" or a unit (در یک سال دوازده جشن ماهانه): no year;
  سال نود و چهار اگر stays 1394.

Solar Hijri years come from the Calendar Center's table via case_form, the
Hijri years of the first century from convertdate's arithmetic calendar;
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_five_hundred_seventy_ninth_sets.py >
tests/extract/cases/five_hundred_seventy_ninth_sets.jsonl"""
import datetime as dt
import random

from convertdate import islamic

from case_form import AR_DIGITS, AR_ZONES, case, emit, fa, jdate, solar_hijri_year, umm_al_qura, want

rng = random.Random(579)
out = []


def ar_digits(n, k):
    return str(n).translate(AR_DIGITS) if k % 2 else str(n)


def year_not_round(lo, hi):
    while True:
        y = rng.randrange(lo, hi)
        if y % 100:
            return y


# في and a year of 1800-2100 before a verb, a noun or a clause's word; و or ف on في.
AR_AFTER = ["أدخل المستعمر إصلاحا على الجامع", "حصل على لقب خديوي", "ودرس التعليم الابتدائي بدمشق", "وأخرى للآداب والحقوق",
            "أدت أغنية من بعيد", "انتقل إلى القاهرة", "صدر العدد الأول من الجريدة", "أعيد بناء المسجد", "هاجر إلى البرازيل",
            "توسعت المدينة نحو الشمال"]
AR_IN = ["في", "وفي", "ففي"]
for n, after in enumerate(AR_AFTER):
    y = year_not_round(1800, 1950) if n < 6 else year_not_round(1950, 2024)
    fi = AR_IN[n % 3]
    surface = f"{fi} {ar_digits(y, n)}"  # (و stays out of the match, as before any word; ففي is a word of its own)
    out.append(case(f"تقول المصادر إنه {surface} {after} بعد سنوات من الانتظار.", "ar", None,
                    [want(surface.removeprefix("و"), "gregorian", str(y), "year", [])], tz=AR_ZONES[n % len(AR_ZONES)]))
# An older year of the second millennium: before punctuation, the end, or its era.
for n, tail in enumerate([" ، ودارولو توسعة لاحقا.", " .. الله أعلم.", "، ثم هدم.", "م وسط احتفالات", ""]):
    y = year_not_round(1000, 1800)
    surface = f"في {ar_digits(y, n)}" + ("م" if tail.startswith("م") else "")
    text = f"يقولو بناوه {surface}{tail[1:] if tail.startswith('م') else tail}"
    out.append(case(text, "ar", None, [want(surface, "gregorian", f"{y:04d}", "year",
                                            [] if tail.startswith("م") else ["calendar_guessed"])], tz="Africa/Algiers"))
# Not a year: a count's noun after it, a round hundred, an older year before a word.
for text in ["سجلت الوزارة في 1850 حالة جديدة خلال الموسم.", "وصل عدد المسجلين في 1893 طالبا إلى القاعة.",
             "شارك في 1500 ، ثم انسحب.", "توزعت المساعدات في 1250 قرية نائية.", "تم توزيع الحصص في 1900 وحدة سكنية.",
             "تم تسجيل في 1725 منزلا جديدا."]:
    out.append(case(text, "ar", None, []))

# The year word, then two three-digit years by a dash.
for n, word in enumerate(["عام", "سنة", "العام", "سنة"]):
    a = rng.randrange(600, 950)
    b = a + rng.randrange(1, 40)
    dash = ["-", "-", " - ", "–"][n]
    surface = f"{word} {ar_digits(a, n)}{dash}{ar_digits(b, n)}"
    out.append(case(f"بنيت القبة في العصر الأموي {surface}، ثم انهارت.", "ar", None,
                    [want(surface, "gregorian", f"{a:04d}-01-01/{b:04d}-12-31", "year", ["calendar_guessed"])]))
out.append(case("بنيت القبة عام 300-900 كما يقال.", "ar", None,
                [want("عام 300", "gregorian", "0300", "year", ["calendar_guessed"])]))

# Persian's "the years" and tens in words.
TENS = [("بیست", 20), ("سی", 30), ("چهل", 40), ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80), ("نود", 90)]
YEARS_PLURAL = ["سالهای", "سال‌های", "سال های"]
for n, (word, tens) in enumerate(TENS):
    plural = YEARS_PLURAL[n % 3]
    era = ["", " میلادی", " هجری شمسی", " خورشیدی"][n % 4]
    lead = "در " if n % 2 else ""
    surface = f"{lead}{plural} {word}{era}"
    if era == " میلادی":
        value, cal, flags = f"19{tens}-01-01/19{tens + 9}-12-31", "gregorian", []
    else:
        first, last = solar_hijri_year(1300 + tens).split("/")[0], solar_hijri_year(1309 + tens).split("/")[1]
        value, cal, flags = f"{first}/{last}", "jalali", []  # (a decade in words is Solar Hijri in Persian, as دهه هفتاد)
    out.append(case(f"شاگردان سابق {surface} در این مراسم حضور داشتند.", "fa", None, [want(surface, cal, value, "year", flags)]))
for text in ["سال‌های پنجاه و پنج نفر آمدند.", "در سال‌های پنجاه و شصت کارخانه رونق داشت.", "سالهای سی نفر را دیدم."]:
    out.append(case(text, "fa", None, []))

# A founding's, closing's or publication's year.
FA_EVENTS = ["سال تاسیس", "سال تأسیس", "سال بنیانگذاری", "سال بنیان‌گذاری", "سال تعطیلی", "سال افتتاح", "تاریخ تأسیس", "سال انحلال"]
for n, label in enumerate(FA_EVENTS):
    y = year_not_round(1850, 2024)
    glued = n % 3 == 2
    digits = fa(y) if n % 2 else str(y)
    surface = f"{label}{'' if glued else ' '}{digits}"
    out.append(case(f"باشگاه موهان باگان هند، {surface}، قدیمی‌ترین تیم آسیاست.", "fa", None,
                    [want(digits, "gregorian", str(y), "year", [])]))
for n, label in enumerate(["بنیانگذاری", "تعطیلی", "انحلال"]):
    y = year_not_round(1900, 2024)
    out.append(case(f"منطقه آسیا\n{label}{fa(y)}\nشمار تیم‌ها متغیر", "fa", None, [want(fa(y), "gregorian", str(y), "year", [])]))
for n, label in enumerate(["سال تأسیس", "تاریخ افتتاح"]):
    jy = rng.randrange(1320, 1400)
    out.append(case(f"این مدرسه {label} {fa(jy)} را در کارنامه دارد.", "fa", None,
                    [want(fa(jy), "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
AR_EVENTS = ["سنة التأسيس", "تاريخ الإنشاء", "سنة الافتتاح", "سنة الإصدار", "تاريخ التأسيس"]
for n, label in enumerate(AR_EVENTS):
    y = year_not_round(1850, 2024)
    out.append(case(f"النادي الأهلي، {label} {ar_digits(y, n)}، أقدم الأندية.", "ar", None,
                    [want(ar_digits(y, n), "gregorian", str(y), "year", [])], tz=AR_ZONES[n]))
for text, lang in [("تولد ۱۳۶۹ نوزاد در دوران کرونا", "fa"), ("اطلاعات ثبتی\nشمارهٔ ثبت۱۴۴۸\n", "fa"),
                   ("التأسيس 1889 شركة جديدة في المدينة", "ar"), ("سال تولد 1950 نفر ثبت شد", "fa")]:
    out.append(case(text, lang, None, []))
out.append(case("زادگاه کربلا\nوفات 1380 قمری\nمدفن کربلا", "fa", None,
                [want("1380 قمری", "hijri", "1960-06-26/1961-06-14", "year", [])]))

# A citation's year before the page's number after a colon.
for n, page in enumerate(["صـ: 53", "ص: 120", "ص 77", "صـ : 9"]):
    y = year_not_round(1950, 2024)
    surface = ar_digits(y, n)
    out.append(case(f"القاموس الجغرافي، الهيئة المصرية العامة للكتاب، القاهرة، {surface}، {page}.", "ar", None,
                    [want(surface, "gregorian", str(y), "year", [])]))

# An edition named by its host and its year.
for n, (lead, host) in enumerate([("بنسخة", "قطر"), ("النسخة", "المغرب"), ("في نسخة", "روسيا"), ("للنسخة", "البرازيل")]):
    y = year_not_round(1970, 2031)
    out.append(case(f"تابع المشجعون المباريات {lead} {host} {ar_digits(y, n)} بعد تأكيد الجدول.", "ar", None,
                    [want(ar_digits(y, n), "gregorian", str(y), "year", [])], tz=AR_ZONES[n]))
out.append(case("تابع المشجعون المباريات في النسخة 2022 من البطولة.", "ar", None, [want("2022", "gregorian", "2022", "year", [])]))
for text in ["طبعت نسخة واحدة 2019 دينار للقارئ.", "وزعت النسخة الأولى 2000 نسخة على المكتبات."]:
    out.append(case(text, "ar", None, []))

# ب written onto a year.
for n, (lead, y, tail, flags) in enumerate([("بعد 24 سنة، بـ", 1884, "، غيّروا اسم الساحة.", []), ("ومع بداية الثورة بـ", 1908, "، تسمت الساحة.", []),
                                            ("تغيّر اسمها 6 مرّات. بـ", 1773, "، صار اسمها ساحة المدفع.", ["calendar_guessed"]),
                                            ("بس ب", 1860, "، استبدل أسطول فرنسي المدافع.", [])]):
    digits = ar_digits(y, n)
    out.append(case(f"{lead}{digits}{tail}", "ar", None, [want(digits, "gregorian", str(y), "year", flags)], tz="Asia/Beirut"))
for text in ["بيعت اللوحة بـ1500 دولار في المزاد.", "ارتفع المؤشر بـ1850 نقطة أمس.", "فاز المرشح بـ1987 صوتا فقط."]:
    out.append(case(text, "ar", None, []))

# A day and month quoted as a name; quoted days that stay days.
for text in ["«26 يوليو».. مترو الأنفاق يعرقل الحركة في شارع التاريخ", "والجسور التي تحمل اسم «26 يوليو».",
             "كما أن “22 فبراير” أصبح اسما لأحد الشوارع الرئيسية.", "وكانت الصحيفة \"14 أكتوبر\" تصدر في عدن.",
             "الاحتفال بالذكرى الرابعة لانتفاضة 17 فبراير التي أطاحت بالنظام.", "وشارك الآلاف بانتفاضة 17 فبراير في بنغازي."]:
    out.append(case(text, "ar", None, []))
out.append(case("وصل الوفد يوم «26 يوليو» الجاري إلى القاهرة.", "ar", "2024-08-01",
                [want("26 يوليو", "gregorian", "2024-07-26", "day", ["year_inferred"])]))
out.append(case("غادر الملك في «26 يوليو 1952» إلى منفاه.", "ar", None, [want("26 يوليو 1952", "gregorian", "1952-07-26", "day", [])]))
out.append(case('تسرب اليوم الأحد "9 يونيو" امتحان اللغة الإنجليزية.', "ar", "2024-06-09",
                [want('اليوم الأحد "9 يونيو', "gregorian", "2024-06-09", "day", ["year_inferred"])]))

# A cup's name and its sport; a championship's region; the Olympics glued to their year.
for n, (name, y) in enumerate([("كأس الأمم الإفريقية لكرة القدم", 1990), ("بطولة أوروبا", 2024), ("دوري أبطال افريقيا", 2014),
                               ("بطولة أوروبا لألعاب القوى", 2018), ("استعدادا لبطولة أوروبا", 2016)]):
    digits = ar_digits(y, n)
    out.append(case(f"شارك المنتخب {'' if name.startswith('استعدادا') else 'في '}{name} {digits} التي أقيمت بنجاح.", "ar", None, [want(digits, "gregorian", str(y), "year", [])],
                    tz=AR_ZONES[n]))
for n, (name, y) in enumerate([("رقابت های قهرمانی آسیای", 2013), ("مسابقات قهرمانی اروپا", 2022), ("رقابت‌های المپیک", 2020)]):
    digits = fa(y) if n % 2 else str(y)
    out.append(case(f"او در {name} {digits} مدال طلا گرفت.", "fa", None, [want(digits, "gregorian", str(y), "year", [])]))
for n, word in enumerate(["المپیک", "المپیک"]):
    y = [2020, 2016][n]
    digits = fa(y) if n else str(y)
    out.append(case(f"دونده کشورمان از صعود به نیمه نهایی رقابتهای {word}{digits} بازماند.", "fa", None,
                    [want(digits, "gregorian", str(y), "year", [])]))

# Counted from an event after پیش از.
for text in ["در سال ۱۹۷۸، یک سال پیش از حمله شوروی به افغانستان، کاوش آغاز شد.", "دو روز پیش از سقوط شهر، نامه رسید.",
             "سه ماه پیش از کودتا، سفیر بازگشت.", "یک هفته پیش از درگذشت شاعر، دیوانش چاپ شد."]:
    expect = [want("در سال ۱۹۷۸", "gregorian", "1978", "year", [])] if "۱۹۷۸" in text else []
    out.append(case(text, "fa", "2024-10-15", expect))
out.append(case("او سه روز پیش از روستای خود رفت.", "fa", "2024-10-15", [want("سه روز پیش", "relative", "2024-10-12", "day", [])]))

# The eighth Imam by his name (Iran's lunar calendar: 11 Dhu al-Qa'da 1443 is 2022-06-11, the last of Safar 1444 2022-09-27).
for n, (text, surface, value) in enumerate([
        ("همزمان با سالروز ولادت حضرت علی ابن موسی الرضا (ع) ایستگاه افتتاح شد.", "ولادت حضرت علی ابن موسی الرضا", "2022-06-11"),
        ("به مناسبت میلاد امام علی بن موسی الرضا جشن برگزار شد.", "میلاد امام علی بن موسی الرضا", "2022-06-11"),
        ("در سالروز شهادت علی بن موسی الرضا زائران آمدند.", "شهادت علی بن موسی الرضا", "2022-09-27")]):
    out.append(case(text, "fa", "2022-06-11", [want(surface, "hijri", value, "day", ["year_inferred"])]))

# في, a comma moved before the year.
for n, y in enumerate([1964, 1978, 2011]):
    digits = ar_digits(y, n)
    out.append(case(f"تولى قيادة الناحية العسكرية في ،{digits} المنصب الذي حافظ عليه.", "ar", None,
                    [want(digits, "gregorian", str(y), "year", [])], tz="Africa/Algiers"))
out.append(case("سجلت المدرسة في ،1964 طالبا جديدا.", "ar", None, []))

# The Solar Hijri era with its stop and a blank.
for n, era in enumerate(["ه. خ", "هـ. خ"]):
    jy = rng.randrange(1300, 1400)
    out.append(case(f"این مکتب در سال {fa(jy)} {era} تأسیس شد.", "fa", None,
                    [want(f"در سال {fa(jy)} {era}", "jalali", solar_hijri_year(jy), "year", [])], tz="Asia/Kabul"))

# از alone and a year before a clause's word.
for n, y in enumerate([2009, 2014]):
    digits = fa(y) if n else str(y)
    out.append(case(f"این محوطه از {digits} تحت حفریات قرار دارد.", "fa", None, [want(digits, "gregorian", str(y), "year", [])],
                    tz="Asia/Kabul"))
for text in ["بورسیه از ۱۳۹۸ دانش‌آموز حمایت کرد.", "قیمت روغن از ۱۸۵۰ به ۱۸۰۰ افغانی کاهش یافت."]:
    out.append(case(text, "fa", None, []))

# An infobox's label written onto a span of years.
for n, (label, a, b, cal) in enumerate([("تاریخ کاوش", 1964, 1978, "gregorian"), ("انتشار اولیه", 1346, 1349, "jalali"),
                                         ("دوره فعالیت", 1995, 2003, "gregorian")]):
    dash = ["–", " - ", "-"][n]
    surface = f"{fa(a)}{dash}{fa(b)}"
    if cal == "gregorian":
        value, flags = f"{a}-01-01/{b}-12-31", []
    else:
        value, flags = f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}", ["calendar_guessed"]
    out.append(case(f"نام سایت\n{label}{surface}\nمیراث در خطر", "fa", None, [want(surface, cal, value, "year", flags)]))
out.append(case("کد قطعه ABC1964-1978 است.", "fa", None, []))

# August typed without گ.
out.append(case("۲۲اکست ۱۹۷۳ کودتا شد.", "fa", None, [want("۲۲اکست ۱۹۷۳", "gregorian", "1973-08-22", "day", [])], tz="Asia/Kabul"))

# A Solar Hijri year after a word, running on into its sentence.
for n, (before, after) in enumerate([("تعرفه دندانپزشکی", "برای هر نوع درمان متفاوت است."), ("در مناظره‌های انتخاباتی", "که از فیلترینگ انتقاد می‌کرد"),
                                     ("بودجه عمرانی", "را مجلس تصویب کرد."), ("مالیات بر ارزش افزوده", "نیز افزایش یافت."),
                                     ("جدول حقوق کارکنان", "با افزایش ۲۰ درصدی ابلاغ شد.")]):
    jy = rng.randrange(1385, 1411)
    digits = fa(jy) if n % 2 == 0 else str(jy)
    out.append(case(f"{before} {digits} {after}", "fa", None, [want(digits, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for text in ["حدود ۱۴۰۰ که در صف بودند برگشتند.", "تعداد ۱۳۹۸ را ثبت کردند."]:
    out.append(case(text, "fa", None, []))

# The hour in words, its figures in brackets, then the zone.
for n, (words, hh, zone, off) in enumerate([("السادسة مساء", 18, "بتوقيت مصر", "+02:00"), ("السابعة مساء", 19, "بتوقيت السعودية", "+03:00"),
                                            ("الساعة العاشرة مساء", 22, "بتوقيت الإمارات", "+04:00"), ("الخامسة مساء", 17, "بتوقيت الجزائر", "+01:00")]):
    fig = f"{hh}:00" if n % 2 == 0 else f"{hh - 12}:00"
    surface = f"{words} ({fig}) {zone}"
    out.append(case(f"تنطلق المباراة {surface}، والقنوات الناقلة معروفة.", "ar", "2026-01-24",
                    [want(surface, "relative", f"2026-01-24T{hh}:00{off}", "minute", [])], tz="Africa/Algiers"))  # (a clock alone: on the reference day)
out.append(case("تنطلق المباراة الساعة السادسة مساء (17:00) بتوقيت القاهرة.", "ar", "2026-01-24",
                [want("الساعة السادسة مساء", "relative", "2026-01-24T18:00+02:00", "minute", [])], tz="Africa/Cairo"))

# A month, a comma, the year word and the year.
out.append(case("في شهر ابريل، سنة 2009، كتب الدكتور مقالا.", "ar", None, [want("شهر ابريل، سنة 2009", "gregorian", "2009-04", "month", [])]))
out.append(case("في يوليو، عام ٢٠١٢، افتتح الجسر.", "ar", None, [want("يوليو، عام ٢٠١٢", "gregorian", "2012-07", "month", [])]))
out.append(case("ماه مهر، سال ۱۳۹۸ مدرسه افتتاح شد.", "fa", None,
                [want("ماه مهر، سال ۱۳۹۸", "jalali", "2019-09-23/2019-10-22", "month", [])]))

# Two years joined by تا, closing their line.
for n, (a, b) in enumerate([(1357, 1373), (1320, 1332)]):
    surface = f"{fa(a)} تا {fa(b)}"
    out.append(case(f"دادگاه‌های انقلاب اسلامی، {surface}\nچهارچوب قانونی", "fa", None,
                    [want(surface, "jalali", f"{solar_hijri_year(a).split('/')[0]}/{solar_hijri_year(b).split('/')[1]}", "year", ["calendar_guessed"])]))
out.append(case("قیمت هر کیلو ۱۳۸۰ تا ۱۴۰۰ تومان است.", "fa", None, []))

# A year of the first Hijri century in words or by its ordinal.
def hijri_year_days(y):
    first = dt.date(*islamic.to_gregorian(y, 1, 1))
    last = dt.date(*islamic.to_gregorian(y + 1, 1, 1)) - dt.timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


for n, (words, y, era) in enumerate([("سنة سبع عشرة", 17, "للهجرة"), ("سنة ثمان عشرة", 18, "للهجرة"), ("العام السادس", 6, "للهجرة"),
                                     ("السنة الثامنة", 8, "من الهجرة"), ("العام العاشر", 10, "الهجري"), ("سنة خمس وعشرين", 25, "للهجرة"),
                                     ("العام الأول", 1, "للهجرة")]):
    surface = f"في {words} {era}"
    out.append(case(f"وقعت المعركة {surface} كما تذكر المصادر.", "ar", None,
                    [want(surface, "hijri", hijri_year_days(y), "year", ["approximate"])]))
out.append(case("حصل على المركز السادس للمرة الأولى.", "ar", None, []))

# A day and month with "next", then من and the year word.
out.append(case("توفي يوم الاثنين 24 أغسطس الماضي (2015م) في المستشفى.", "ar", None,
                [want("يوم الاثنين 24 أغسطس الماضي (2015م)", "gregorian", "2015-08-24", "day", [])]))
out.append(case("توفي في 3 مارس الماضي (٢٠١٩) بعد مرض.", "ar", None, [want("3 مارس الماضي (٢٠١٩)", "gregorian", "2019-03-03", "day", [])]))
for n, (day_words, d) in enumerate([("اليوم الخامس عشر من شهر يناير", 15), ("15 يناير", 15), ("الأول من مارس", 1)]):
    surface = f"{day_words} المقبل من عام 2025"
    month = {"يناير": 1, "مارس": 3}[day_words.split()[-1]]
    out.append(case(f"تكون بداية الامتحانات في {surface}.", "ar", None, [want(surface, "gregorian", f"2025-{month:02d}-{d:02d}", "day", [])]))

# Exams and the World Cup glued.
for n, (text, surface, y, lang) in enumerate([("أعلنت الوزارة نتائج التوجيهي 2024 اليوم.", "2024", 2024, "ar"),
                                               ("سجل الطلاب في اختبار التحصيلي 2023 للقبول.", "2023", 2023, "ar"),
                                               ("طلبة التوجيهي ٢٠٢٢ يبدأون امتحاناتهم.", "٢٠٢٢", 2022, "ar"),
                                               ("او قهرمان جامجهانی 2014 شد.", "2014", 2014, "fa")]):
    out.append(case(text, lang, None, [want(surface, "gregorian", str(y), "year", [])]))
out.append(case("نجح في التوجيهي 2000 طالب هذا الصيف.", "ar", None, []))

# A month's year of three digits with no era, in history.
for n, (text, surface, value, cal, flags, lang) in enumerate([
        ("این شاعر به روز ششم ربیع‌الاول 604 در بلخ به دنیا آمد.", "ششم ربیع‌الاول 604", dt.date(*islamic.to_gregorian(604, 3, 6)).isoformat(), "hijri", ["approximate"], "fa"),
        ("او در روز 8 مهر 586 به دنیا آمد.", "8 مهر 586", jdate(586, 7, 8).isoformat(), "jalali", [], "fa"),
        ("و در 4 دی 652 از دنیا رفت.", "4 دی 652", jdate(652, 10, 4).isoformat(), "jalali", [], "fa"),
        ("ولد في 6 ربيع الأول 604 في بلخ.", "6 ربيع الأول 604", dt.date(*islamic.to_gregorian(604, 3, 6)).isoformat(), "hijri", ["approximate"], "ar"),
        ("توفي في 12 رجب 723.", "12 رجب 723", dt.date(*islamic.to_gregorian(723, 7, 12)).isoformat(), "hijri", ["approximate"], "ar")]):
    out.append(case(text, lang, None, [want(surface, cal, value, "day", flags)]))
out.append(case("در خردادماه ۸۸۷ واحد مسکن افتتاح شد.", "fa", "2025-07-01",
                [want("خردادماه", "jalali", f"{jdate(1404, 3, 1).isoformat()}/{jdate(1404, 3, 31).isoformat()}", "month", ["year_inferred"])]))
out.append(case("از این میزان ۳۵۰ تا ۳۸۰ هزار تن نمک است.", "fa", "2025-07-01", []))

# Four digits before a thousand, a million or a billion in Persian.
out.append(case("دولت در طول سال ۲۲۶۳ هزار میلیارد تومان درآمد خواهد داشت.", "fa", None, []))
out.append(case("در سال ۱۴۰۲ میلیون‌ها نفر سفر کردند.", "fa", None, [want("در سال ۱۴۰۲", "jalali", solar_hijri_year(1402), "year", ["calendar_guessed"])]))
out.append(case("استوردت الجزائر في مارس 2025 مليون رأس ماشية.", "ar", None, [want("مارس 2025", "gregorian", "2025-03", "month", [])]))

# The constitutions' dual; the year ended.
out.append(case("ألغى الانقلاب نص دستوري 1970 و1972 المعدلين.", "ar", None,
                [want("1970", "gregorian", "1970", "year", []), want("1972", "gregorian", "1972", "year", [])]))
out.append(case("حققت الشركة خلال السنة المنتهية 2019، أرباحا قياسية.", "ar", None,
                [want("السنة المنتهية 2019", "gregorian", "2019", "year", [])]))

# A Hijri day and its Gregorian twin three days off: the twin's day; four days off: the computed day.
UQ = umm_al_qura()
AR_GREG_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
                   "ذو القعدة", "ذو الحجة"]
# (The twin is paired when within three days of the arithmetic calendar's day, convertdate's; its day taken when within
# three of Umm al-Qura's; five days off both, two dates.)
for n, (hy, hm, hd, gap) in enumerate([(1445, 10, 12, 3), (1440, 3, 5, -3), (1430, 7, 20, 3), (1438, 9, 2, -2), (1445, 10, 12, 5)]):
    computed = UQ[(hy, hm)] + dt.timedelta(days=hd - 1)
    civil = dt.date(*islamic.to_gregorian(hy, hm, hd))
    twin = computed + dt.timedelta(days=gap)
    if abs(gap) <= 3 and abs((twin - civil).days) > 3:
        continue  # (the arithmetic day too far to pair them: not this family)
    hijri_text = f"{hd} {AR_HIJRI_MONTHS[hm - 1]} {hy} هـ"
    greg_text = f"{twin.day} {AR_GREG_MONTHS[twin.month - 1]} {twin.year}م"
    surface = f"{hijri_text} الموافق {greg_text}"
    if abs(gap) <= 3:
        expect = [want(surface, "hijri", twin.isoformat(), "day", ["dual_mismatch"])]
    else:
        expect = [want(hijri_text, "hijri", computed.isoformat(), "day", []), want(greg_text, "gregorian", twin.isoformat(), "day", [])]
    out.append(case(f"عقد الاجتماع يوم {surface} في العاصمة.", "ar", None, expect, tz="Asia/Riyadh"))

# Persian's "the same month" of another year.
for n, (first, m, y1, phrase, y2) in enumerate([("بهمن", 11, 1382, "در همان ماه از سال", 1383), ("مهر", 7, 1402, "نسبت به ماه مشابه سال", 1401),
                                                ("آبان", 8, 1399, "در همان ماه در سال", 1400)]):
    surface2 = phrase.split(" ", 1)[1] + f" {fa(y2)}" if phrase.startswith(("در ", "نسبت به ")) else f"{phrase} {fa(y2)}"
    surface2 = surface2.removeprefix("به ")
    value1 = f"{jdate(y1, m, 1).isoformat()}/{(jdate(y1, m + 1, 1) - dt.timedelta(days=1)).isoformat()}"
    value2 = f"{jdate(y2, m, 1).isoformat()}/{(jdate(y2, m + 1, 1) - dt.timedelta(days=1)).isoformat()}"
    out.append(case(f"فروش در {first} {fa(y1)} رشد کرد و {phrase} {fa(y2)} تغییر کرد.", "fa", None,
                    [want(f"{first} {fa(y1)}", "jalali", value1, "month", []), want(surface2, "jalali", value2, "month", [])]))

# Two days each with its day word, the next day.
UQ_1446_7 = UQ[(1446, 7)]
out.append(case("تقام الامتحانات يوم 10 ويوم 11 من شهر رجب 1446ه في المدارس.", "ar", None,
                [want("يوم 10 ويوم 11 من شهر رجب 1446ه", "hijri",
                      f"{(UQ_1446_7 + dt.timedelta(days=9)).isoformat()}/{(UQ_1446_7 + dt.timedelta(days=10)).isoformat()}", "day", [])]))
out.append(case("امتحانات روز ۱۰ و روز ۱۱ دی ماه ۱۴۰۳ برگزار می شود.", "fa", None,
                [want("روز ۱۰ و روز ۱۱ دی ماه ۱۴۰۳", "jalali", f"{jdate(1403, 10, 10).isoformat()}/{jdate(1403, 10, 11).isoformat()}", "day", [])]))

# A year said in words after سال, or a count.
out.append(case("باشندگان فلات ایران در یک سال دوازده جشن ماهانه برگزار می‌کردند.", "fa", None, []))
out.append(case("در سال نود و چهار اگر باران ببارد خوب است.", "fa", None, [want("در سال نود و چهار", "jalali", solar_hijri_year(1394), "year", ["calendar_guessed"])]))

emit("tools/gen/cases_five_hundred_seventy_ninth_sets.py: years after في in history, three-digit spans, Persian decades "
     "in words, founding years, citations, editions, ب on a year, quoted names, championships' regions (docs/accuracy.md)", out)
