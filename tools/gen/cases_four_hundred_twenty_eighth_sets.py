#!/usr/bin/python3
"""Writes tests/extract/cases/four_hundred_twenty_eighth_sets.jsonl: forms met
in the four-hundred-and-twenty-eighth to four-hundred-and-fifty-third
real-text sets and after, generated across their families.

- A year of the first Hijri centuries and the same year's Gregorian twin
  written straight after its era, no bracket or slash between (سنة 79 هـ 698
  م, عام 150هـ 767م): one year, the Gregorian one.
- Persian به written onto the next word when its ZWNJ or blank is lost, as در
  is (بهسال ۱۳۴۷, بهروز جمعه, بهماه مهر): the year, the day, the month.
- Not a day: a periodical's issue number before a slash and its month (شماره 2 /
  دی ماه 1398): the month of the issue.
- Two days side by side after the day word or its dual with a comma alone
  between (يوم 09 ، 10 أكتوبر 2021, يومي 9، 10 أكتوبر, روز ۹، ۱۰ مهر): one span.
- A tournament's year and a second after و (المپیک ۲۰۰۸ و ۲۰۱۲, أولمبياد 2008
  و2012, مونديال 2014 و 2018): both; not a count after it (مونديال 2014 و 2000
  متفرج).
- Not an edition's year: a round count of copies (نسخة 2000 كتاب); an edition's year
  stays one (نسخة 2020 من البطولة, طبعة 2023).
- A citation's year: before a volume's or a page's number (خوارزمی ۱۳۵۸ جلد ۱ ص
  ۴۵۱, نشر نی، ۱۳۸۵، ص ۲۳, بيروت، 2002، ج 3) or after an author's Latin name in
  brackets ((Sami, 2002), (Smith. 2010: 45)); not a count of volumes (۱۳۵۸ جلد
  کتاب).
- A year after في before a plural in ات (شهدت الأقساط في 2023 ارتفاعات قياسية): the
  year; what a number from eleven on counts stands in the singular.
- Persian از (since) before a year and که or "hither" (این روز از ۱۹۵۳ که …, از
  ۱۳۸۵ به این سو): the year.
- A year of the last centuries alone in brackets before punctuation (کتابخانه
  مارچانا در ونیز (1468)؛, مكتبة (1837)،): the Gregorian year; not a hotline's
  number (خط الوزارة الساخن (1739)،) nor a round count ((1500).).
- A general assembly's Solar Hijri year (مجمع عمومی سالیانه ۱۴۰۳); not a yearly
  count (تولید سالانه ۱۴۰۳ تن).
- Days after أيام typed right to left with slashes (أيام 3/2/1 غشت 2025, أيام 5/4
  ماي): one span from the lowest.
- The Paralympics' year (پارالمپیک ۲۰۲۴, الألعاب البارالمبية 2024, بارالمبياد طوكيو
  2020): the year.
- Not a year: a race's metres (سباق 1500 م عدوا, 800م حرة, 400 م حواجز).
- A budget's Solar Hijri year by its last two digits (لایحه بودجه 98); not a
  share (بودجه ۵۰ درصد). A law's amendment year (قانون … (الحاق 1384)).
- A wage's Solar Hijri year, the wage earners' word between or none (حداقل مزد
  ۱۴۰۴, حقوق ۱۴۰۴ کارگران, افزایش حقوق کارگران ۱۴۰۵); not a count (حقوق 1400 نفر).
- May as می before a word like برابر or مصادف (اول می برابر است با روز جهانی
  کارگر): the day, one with the named day it equals; two dates so joined stay two.
- Pajhwok's dateline with the day run onto the agency's name (پژواک٢٤جوزا٩٠).
- Not a day: the current N months counted after "during" (طی ۶ ماه جاری).
- Not August: Ibb, the Yemeni city, written إب (في محافظة إب, الأمصال في إب).
- A headline that opens with its year and a colon (2016: عام محاسبة المشاهير).
- A founding's year before any word but a counted noun (التي تأسست 1977 بمقتضى,
  أنشئت 1990 بقرار; not أنشئ 2000 مسكن); a page's year after "update" ((تحديث 2025)).
- A Persian headline's Solar Hijri year before its question (حق بیمه تامین اجتماعی
  ۱۴۰۲ چقدر است, عیدی ۱۴۰۳ کی واریز می‌شود) and an Arabic one's Hijri year ending a
  short line of words (موعد التقديم على الابتعاث الخارجي 1444; not بلغ عدد الطلاب
  1450, a count).
- A year after في before ما, كان, بلغ, a past verb of the derived forms on و or a
  Latin word of five letters or more (في 2015 ما يعادل, في 2024 كان تعهده, فى 2015
  بلغ نحو, في 2014 وارتفع, في 2025 nayrouz): the year; not a count (في 2000 وافدا,
  في 2000 Mbps).
- Not a day: "since" N units after the present of working, living or suffering
  (يعمل منذ ثلاث سنوات, يعمل في هذا المجال منذ سبع سنوات): how long; after a past
  verb (وصل الوفد منذ يومين) it stays the day.
- One year of a decade after the Persian plural alone (سال های ۱۹۹۰, در سالهای
  ۱۹۸۰ میلادی): the decade; not a list's first year (سال‌های ۱۹۹۰ و ۲۰۰۰).
- A span of Solar Hijri years after a period's word without از (دوره ۱۳۹۰ تا ۱۴۰۲,
  بازه ۱۳۹۵ تا ۱۴۰۰); not a count (دوره ۱۰۰۰ تا ۲۰۰۰ نفر).
- The first or last day of a Solar Hijri year without its word (نخستین روز ۱۴۰۳,
  آخرین روز ۱۴۰۲); a year's slogan (با شعار ۲۰۲۰ سازمان جهانی بهداشت).
- A weekday and a colon before its date, its Hijri twin and clock after a dash
  (الثلاثاء: 19 نوفمبر، 2019 - 20 ربيع الأول 1441 - 11:47 مساءً): one day, the one
  written in Gregorian, at that clock.
- Not a year: centuries back, history's rough reckoning (منذ 400 سنة, نحو 2500 عام,
  ۳۰۰ سال پیش); 115 years back stays the year.
- A law's Solar Hijri year by its last two digits after "approved" (قانون حمایت
  خانواده مصوب 53); a book's colophon (نوبت چاپ: اول / ۱۳۹۶); a year's passing
  and arrival (بانصرام 2022 وحلول 2023 بالخير); the Gregorian new year in
  Persian with its year (سال نو میلادی 2024: its first day).
- A year after "from" that punctuation or the line's end closes (قرار هدم صادر من
  2010..); not a range's start (من 2010 إلى 2015 is the span) nor a round count (من 2000.).
- Years opening sentences with a colon after a stop or a quote ("2011: يسقط مبارك.
  2012: يسقط حكم العسكر"); a range's second year after the article (منذ عام 1993
  حتّى الـ 2001); two years on و alone in brackets (( 2005 و 2006 )), each; not a
  count (عدد (2000 و 3000) شخص).
- After the Arabic year word, a Hijri year without its era and the Gregorian year it
  overlaps after a slash (لهذا العام 1445 / 2024): one year, the Gregorian one; a
  year that does not overlap stays apart (العام 1445 / 2030).
- May as مِی with its kasra before a slash closing the line (۸ مِی/).
- A Latin word run into the Arabic one after it (الساعة 04:42 pmأقامت): the
  clock's pm is read.

Gregorian years of early Hijri ones come from convertdate's islamic module,
modern Hijri years from Umm al-Qura's table (tests/data), Solar Hijri years
from the Calendar Center's leap years, days from datetime and convertdate;
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_four_hundred_twenty_eighth_sets.py >
tests/extract/cases/four_hundred_twenty_eighth_sets.jsonl"""
import random

import datetime as dt

from convertdate import islamic

from case_form import (AR_DIGITS, AR_GREG, FA_DIGITS, FA_JALALI, FA_WEEKDAYS, case, emit, jalali_month, jdate, nearest,
                       solar_hijri_year, umm_al_qura, want)

rng = random.Random(428)
out = []
LATIN = str.maketrans("", "")
SCRIPTS = [LATIN, FA_DIGITS, AR_DIGITS]


def ref_day():
    return dt.date(rng.randrange(2012, 2027), rng.randrange(1, 13), rng.randrange(1, 29))


# An early Hijri year and its Gregorian twin straight after its era.
for n in range(8):
    h = rng.randrange(1, 400)
    first = dt.date(*islamic.to_gregorian(h, 1, 1))
    last = dt.date(*islamic.to_gregorian(h + 1, 1, 1)) - dt.timedelta(days=1)
    g = first.year if n % 2 == 0 else last.year
    era1 = ["هـ", "هـ", "ه", "هـ"][n % 4]
    era2 = ["م", " م", "م", " م"][n % 4]
    glue1 = "" if n % 3 == 0 else " "
    word = ["سنة", "عام", "في سنة", "سنة"][n % 4]
    hs, gs = str(h).translate(SCRIPTS[2 * (n % 2)]), str(g).translate(SCRIPTS[2 * (n % 2)])
    surface = f"{word} {hs}{glue1}{era1} {gs}{era2}"
    out.append(case(f"توفي الخليفة {surface} في المدينة.", "ar", None, [want(surface, "gregorian", f"{g:04d}", "year")]))

# Persian به on the next word, its ZWNJ lost.
for n in range(6):
    jy = rng.randrange(1320, 1404)
    ys = str(jy).translate(SCRIPTS[n % 2])
    out.append(case(f"یکی از محققان در تحقیقات خود که بهسال {ys} به انجام رسیده است، این را نوشت.", "fa", None,
                    [want(f"سال {ys}", "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for n in range(4):
    ref = ref_day()
    w = rng.randrange(7)
    day = nearest(ref, w)
    out.append(case(f"آخرین بازی افغانستان بهروز {FA_WEEKDAYS[w]} برگزار می‌شود.", "fa", ref.isoformat(),
                    [want(f"روز {FA_WEEKDAYS[w]}", "relative", day.isoformat(), "day")]))
out.append(case("این صفحه بهروز رسانی شد.", "fa", "2024-05-01", []))

# A periodical's issue number, a slash, then its month.
for n in range(4):
    jy, jm = rng.randrange(1380, 1404), rng.randrange(1, 13)
    issue = str(rng.randrange(1, 30)).translate(SCRIPTS[n % 2])
    month = f"{FA_JALALI[jm - 1]}{[' ماه', ''][n % 2]} {str(jy).translate(SCRIPTS[n % 2])}"
    out.append(case(f"نمایه مهاجرتی ایران\n\nشماره {issue} / {month}\n\nچکیده‌ای از آخرین وضعیت", "fa", None,
                    [want(month, "jalali", "/".join(d.isoformat() for d in jalali_month(jy, jm)), "month")]))

# Two days side by side after the day word or its dual, a comma alone between.
for n in range(8):
    y, m = rng.randrange(2015, 2027), rng.randrange(1, 13)
    d = rng.randrange(1, 28)
    ds = [f"{d:02d}" if n % 3 == 0 else str(d), str(d + 1)]
    ds = [x.translate(SCRIPTS[2 * (n % 2)]) for x in ds]
    comma = [" ، ", "، ", "،", ", "][n % 4]
    word = ["يوم", "يومي"][n % 2]
    surface = f"{ds[0]}{comma}{ds[1]} {AR_GREG[m - 1]} {str(y).translate(SCRIPTS[2 * (n % 2)])}"
    out.append(case(f"حددت العصبة في اجتماعها {word} {surface} موعد بدء المنافسات.", "ar", None,
                    [want(surface, "gregorian", f"{dt.date(y, m, d).isoformat()}/{dt.date(y, m, d + 1).isoformat()}", "day")]))
for n in range(4):
    jy, jm = rng.randrange(1395, 1405), rng.randrange(1, 12)
    d = rng.randrange(1, 28)
    surface = f"{str(d).translate(SCRIPTS[n % 2])}، {str(d + 1).translate(SCRIPTS[n % 2])} {FA_JALALI[jm - 1]} {str(jy).translate(SCRIPTS[n % 2])}"
    out.append(case(f"این مسابقات روز {surface} برگزار شد.", "fa", None,
                    [want(surface, "jalali", f"{jdate(jy, jm, d).isoformat()}/{jdate(jy, jm, d + 1).isoformat()}", "day")]))
# Days apart after the day word: only the one with its month.
out.append(case("وقع الحادث يوم 9، 15 أكتوبر 2021 في المدينة.", "ar", None,
                [want("15 أكتوبر 2021", "gregorian", "2021-10-15", "day")]))

# A tournament's year and a second on و.
for n in range(8):
    a = rng.randrange(1990, 2020)
    b = a + 4
    sa, sb = str(a), str(b)
    if n < 4:
        sa, sb = sa.translate(SCRIPTS[n % 2]), sb.translate(SCRIPTS[n % 2])
        head = ["در بازی‌های المپیک", "در المپیک", "در بازیهای المپیک", "در المپیک"][n]
        tail = ["مدال گرفت", "به میدان رفت", "حضور داشت", "شرکت کرد"][n]
        out.append(case(f"این ورزشکار {head} {sa} و {sb} {tail}.", "fa", None,
                        [want(sa, "gregorian", str(a), "year"), want(sb, "gregorian", str(b), "year")]))
    else:
        sa, sb = sa.translate(SCRIPTS[2 * (n % 2)]), sb.translate(SCRIPTS[2 * (n % 2)])
        head = ["أولمبياد", "مونديال", "أولمبياد", "مونديال"][n - 4]
        joint = ["و", "و ", "و", "و "][n - 4]
        out.append(case(f"شارك المنتخب في {head} {sa} {joint}{sb} فاز بميداليتين.", "ar", None,
                        [want(sa, "gregorian", str(a), "year"), want(f"{sb}", "gregorian", str(b), "year")]))
out.append(case("حضر مونديال 2014 و 2000 متفرج من المدينة.", "ar", None, [want("2014", "gregorian", "2014", "year")]))

# An edition's year; not a round count of copies.
for n in range(4):
    y = rng.randrange(2000, 2027)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    word = ["نسخة", "نسخة", "طبعة", "نسخة"][n]
    out.append(case(f"تقام {word} {ys} من البطولة في العاصمة.", "ar", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("طبع منها نسخة 2000 كتاب وزعت على المدارس.", "ar", None, []))

# A citation's year.
for n in range(8):
    if n < 4:
        jy = rng.randrange(1330, 1404)
        ys = str(jy).translate(SCRIPTS[n % 2])
        page = str(rng.randrange(2, 500)).translate(SCRIPTS[n % 2])
        cite = [f"(فرهاد نعمانی، تکامل فئودالیسم در ایران، خوارزمی {ys} جلد ۱ ص {page})",
                f"(تهران: نشر نی، {ys}، ص {page})", f"انتشارات امیرکبیر، {ys}، ج ۲، ص {page}",
                f"(نشر چشمه، {ys}، صفحه {page})"][n]
        out.append(case(f"این واژه بر اقوام کوچ‌نشین دلالت می‌کند. {cite}.", "fa", None,
                        [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
    else:
        y = rng.randrange(1950, 2025)
        cite = [f"(Sami, {y})", f"(Smith. {y}: 45)", f"بيروت، {y}، ج 3، ص 112", f"(القاهرة: دار الشروق، {y}، ص 23)"][n - 4]
        lang = "fa" if n < 6 else "ar"
        text = (f"مهاجرت نخبگان پدیده‌ای جهانی است {cite}." if lang == "fa" else f"ورد ذلك في كتابه {cite}.")
        out.append(case(text, lang, None, [want(str(y), "gregorian", str(y), "year")]))
out.append(case("این کتابخانه ۱۳۵۸ جلد کتاب دارد.", "fa", None, []))

# A year after في before a plural in ات.
for n in range(4):
    y = rng.randrange(2011, 2027)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    noun = ["ارتفاعات قياسية", "تحولات كبيرة", "اضطرابات واسعة", "انتخابات مبكرة"][n]
    out.append(case(f"شهدت الأسواق في {ys} {noun} في المنطقة.", "ar", None, [want(f"في {ys}", "gregorian", str(y), "year")]))
out.append(case("وزعت المساعدات في 2005 حالات إنسانية.", "ar", None, []))
out.append(case("تم تسجيل الحوادث في 2000 سيارات مختلفة.", "ar", None, []))

# Persian از (since) before a year and که or "hither".
for n in range(6):
    if n < 3:
        y = rng.randrange(1900, 2025)
        v, cal = str(y), "gregorian"
    else:
        y = rng.randrange(1340, 1404)
        v, cal = solar_hijri_year(y), "jalali"
    ys = str(y).translate(SCRIPTS[n % 2])
    tail = ["که فدراسیون آن را به رسمیت شناخت", "به این سو", "به این طرف"][n % 3]
    flags = [] if cal == "gregorian" else ["calendar_guessed"]
    out.append(case(f"این جشن از {ys} {tail} هر سال برگزار می‌شود.", "fa", None, [want(ys, cal, v, "year", flags)]))

# A year of the last centuries alone in brackets before punctuation.
for n in range(6):
    y = rng.randrange(1450, 1900)
    while y % 100 == 0:
        y = rng.randrange(1450, 1900)
    place = ["کتابخانه مارچانا در ونیز", "کتابخانه ملی فرانسه", "دانشگاه لیدن", "مكتبة الإسكندرية", "جامعة القرويين", "دار الكتب"][n]
    lang = "fa" if n < 3 else "ar"
    punct = ["؛", "،", ".", "،", "؛", "."][n]
    text = (f"نخستین کتابخانه‌ها مانند {place} ({y}){punct} تاسیس شدند" if lang == "fa" else f"من أقدمها {place} ({y}){punct} ثم غيرها")
    out.append(case(text, lang, None, [want(f"({y})", "gregorian", str(y), "year")]))
out.append(case("تلقت الوزارة 54 شكوى عبر خط الوزارة الساخن (1739)، خلال الفترة.", "ar", None, []))
out.append(case("تعداد کتاب‌های اهدایی (1500).", "fa", None, []))

# A general assembly's Solar Hijri year; not a yearly count.
for n in range(3):
    jy = rng.randrange(1390, 1405)
    ys = str(jy).translate(SCRIPTS[n % 2])
    word = ["سالیانه", "سالانه", "سالیانه"][n]
    out.append(case(f"برگزاری ۳۳ مجمع عمومی {word} {ys} هیات‌های استانی", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("تولید سالانه ۱۴۰۳ تن است.", "fa", None, []))

# Days after أيام typed right to left with slashes.
MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
for n in range(4):
    y, m = rng.randrange(2015, 2027), rng.randrange(1, 13)
    d = rng.randrange(1, 26)
    count = [3, 2, 3, 2][n]
    days = "/".join(str(d + k).translate(SCRIPTS[2 * (n % 2)]) for k in reversed(range(count)))
    surface = f"{days} {MAGHREB[m - 1]} {str(y).translate(SCRIPTS[2 * (n % 2)])}"
    value = f"{dt.date(y, m, d).isoformat()}/{dt.date(y, m, d + count - 1).isoformat()}"
    out.append(case(f"ينظم المهرجان أيام {surface} بالمدينة.", "ar", None, [want(surface, "gregorian", value, "day")]))

# The Paralympics' year.
for n in range(6):
    y = rng.choice([1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024])
    if n < 3:
        ys = str(y).translate(SCRIPTS[n % 2])
        text = [f"این ورزشکار در بازی‌های پارالمپیک {ys} سئول مدال گرفت", f"مسابقات پارالمپیک {ys} به پایان رسید",
                f"کاروان ایران در پارالمپیک {ys} حضور داشت"][n]
        out.append(case(text, "fa", None, [want(ys, "gregorian", str(y), "year")]))
    else:
        ys = str(y).translate(SCRIPTS[2 * (n % 2)])
        text = [f"شارك في دورة الألعاب البارالمبية {ys} في المدينة", f"فاز بذهبية بارالمبياد {ys} في سباق الكراسي",
                f"تأهل البطل إلى البارالمبياد {ys} بعد فوزه"][n - 3]
        out.append(case(text, "ar", None, [want(ys, "gregorian", str(y), "year")]))
# A race's metres.
for text in ["حققت ذهبيتين في سباق 1500 م عدوا وسباق 800م عدوا.", "فاز بفضية 400 م حواجز في البطولة.",
             "أحرزت برونزية سباق 1900 م في المضمار.", "سجلت رقما في 1500م حرة بالمسبح الأولمبي."]:
    out.append(case(text, "ar", None, []))

# A budget's Solar Hijri year by its last two digits; a law's amendment year.
for n in range(4):
    jy = rng.randrange(1385, 1405)
    two = f"{jy % 100:02d}".translate(SCRIPTS[n % 2])
    out.append(case(f"در لایحه بودجه {two} آمده است که یارانه‌ها افزایش می‌یابد.", "fa", None,
                    [want(two, "jalali", solar_hijri_year(jy), "year")]))
out.append(case("بودجه ۵۰ درصد افزایش یافت.", "fa", None, []))
for n in range(3):
    jy = rng.randrange(1360, 1404)
    ys = str(jy).translate(SCRIPTS[n % 2])
    word = ["الحاق", "الحاقی", "اصلاحی"][n]
    out.append(case(f"بند «ز» ماده 1 قانون اخلالگران ({word} {ys}) مجازات تا 20 سال حبس است.", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))

# A wage's Solar Hijri year.
for n in range(6):
    jy = rng.randrange(1390, 1406)
    ys = str(jy).translate(SCRIPTS[n % 2])
    text = [f"فرمول حداقل مزد {ys} نهایی شد", f"جلسات تعیین حداقل مزد {ys} آغاز نشده است",
            f"برای تعیین دستمزد {ys} ورود خواهیم کرد.", f"افزایش حقوق کارگران {ys}/ پیش‌بینی شد",
            f"حزب برای حقوق {ys} کارگران پیشنهاد جدید داد", f"پیشنهاد مزد {ys} بازنشستگان ارائه شد"][n]
    out.append(case(text, "fa", None, [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
out.append(case("پرداخت حقوق 1400 نفر از کارکنان به تعویق افتاد.", "fa", None, []))

# May as می before برابر or مصادف; joined to the named day it equals.
for n in range(3):
    d = [1, 18, 31][n]
    day = ["اول", "هژدهم", "۳۱"][n]
    link = ["برابر است با", "برابر با", "مصادف است با"][n]
    named = ["روز جهانی کارگر", "روز جهانی موزه", "روز جهانی بدون دخانیات"][n]
    if n == 0:
        surface = f"{day} می {link} {named}"
        out.append(case(f"{surface}، دهها تن از کارگران تظاهرات کردند.", "fa", None,
                        [want(surface, "gregorian", "XXXX-05-01", "day", ["unresolved"])]))
    else:
        out.append(case(f"{day} می {link} مناسبتی است که هر کشوری گرامی می‌دارد.", "fa", None,
                        [want(f"{day} می", "gregorian", f"XXXX-05-{d:02d}", "day", ["unresolved"])]))
# Two dates joined by "is equal to" stay two.
out.append(case("دوشنبه اول میزان ۱۳۹۸ برابر است با ۲۳ سپتامبر ۲۰۱۹ است.", "fa", None,
                [want("دوشنبه اول میزان ۱۳۹۸", "jalali", "2019-09-23", "day"),
                 want("۲۳ سپتامبر ۲۰۱۹", "gregorian", "2019-09-23", "day")]))

# Pajhwok's dateline, the day run onto the agency's name.
for n in range(3):
    jy = rng.randrange(1388, 1400)
    jm, jd = rng.randrange(1, 13), rng.randrange(1, 29)
    zodiac = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"][jm - 1]
    stamp = f"{jd}{zodiac}{jy % 100:02d}".translate(SCRIPTS[2 if n % 2 else 1])
    out.append(case(f"بدخشان(پژواک{stamp}): مقامات محلی گفتند که راه باز شد.", "fa", None,
                    [want(stamp, "jalali", jdate(jy, jm, jd).isoformat(), "day")], tz="Asia/Kabul"))

# Not a day: the current N months counted after "during".
for n in range(3):
    ref = ref_day()
    word = ["طی", "ظرف", "طی"][n]
    count = ["۶", "۳", "9"][n]
    out.append(case(f"فوت ۱۳ نفر بر اثر هاری {word} {count} ماه جاری در کشور ثبت شد", "fa", ref.isoformat(), []))

# Not August: Ibb.
for text in ["وفاة طفل بعد إصابته بلدغة ثعبان وانعدام الأمصال في إب", "أفادت مصادر محلية في محافظة إب، وسط اليمن",
             "قتل شخص في مدينة إب برصاص مجهولين"]:
    out.append(case(text, "ar", None, []))

# A headline that opens with its year and a colon.
for n in range(3):
    y = rng.randrange(2000, 2026)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    head = ["عام محاسبة مشاهير التواصل الاجتماعي", "عام التحديات الكبرى", "حصاد الرياضة العربية"][n]
    out.append(case(f"{ys}: {head}\nنشر التقرير في الموقع.", "ar", None, [want(ys, "gregorian", str(y), "year")]))

# A founding's year before any word but a counted noun; a page's year after "update".
for n in range(4):
    y = rng.randrange(1950, 2024)
    while y % 100 == 0:
        y = rng.randrange(1950, 2024)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    text = [f"المنظمة التي تأسست {ys} بمقتضى اتفاقية بانغي", f"الهيئة التي أنشئت {ys} بقرار وزاري",
            f"النادي الذي تأسس {ys} بمبادرة من الأهالي", f"المركز الذي أنشئ {ys} بدعم حكومي"][n]
    out.append(case(text, "ar", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("أنشئ 2000 مسكن في المدينة.", "ar", None, []))
for n in range(2):
    y = rng.randrange(2015, 2027)
    out.append(case(f"1. الإدارة والقيادة (تحديث {y})", "ar", None, [want(str(y), "gregorian", str(y), "year")]))

# A Persian headline's Solar Hijri year before its question; an Arabic one's Hijri year ending a short line.
for n in range(4):
    jy = rng.randrange(1395, 1405)
    ys = str(jy).translate(SCRIPTS[n % 2])
    text = [f"حق بیمه اختیاری تامین اجتماعی {ys} چقدر است", f"عیدی کارگران {ys} کی واریز می‌شود",
            f"شرایط وام ازدواج {ys} چیست", f"ثبت نام سربازی {ys} چگونه است"][n]
    out.append(case(text, "fa", None, [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
UQ = umm_al_qura()
for n in range(4):
    h = rng.randrange(1430, 1448)
    first, last = UQ[(h, 1)], UQ[(h + 1, 1)] - dt.timedelta(days=1)  # Umm al-Qura's year, as Arabic text keeps it
    hs = str(h).translate(SCRIPTS[2 * (n % 2)])
    head = ["ما هو موعد التقديم على الابتعاث الخارجي", "تفاصيل إعفاء المنشآت الصغيرة من المقابل المالي",
            "شروط القبول في الجامعات السعودية", "مواعيد صرف حساب المواطن"][n]
    out.append(case(f"{head} {hs}\nنشر الخبر في الموقع.", "ar", None,
                    [want(hs, "hijri", f"{first.isoformat()}/{last.isoformat()}", "year")]))
out.append(case("بلغ عدد الطلاب المسجلين 1450", "ar", None, []))

# A year after في before ما or a past verb of the derived forms on و.
for n in range(4):
    y = rng.randrange(2005, 2026)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    tail = ["ما يعادل انخفاضا بنسبة 3 بالمئة", "وارتفع بحوالي مليون", "واستمر العمل حتى اليوم", "وانخفض العدد بعدها"][n]
    out.append(case(f"كان عدد السكان في {ys} {tail}.", "ar", None, [want(f"في {ys}", "gregorian", str(y), "year")]))
out.append(case("وصل في 2000 وافدا إلى المدينة.", "ar", None, []))
for n in range(4):
    y = rng.randrange(2005, 2026)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    tail = ["كان تعهده بخفض الأسعار", "بلغ عدد المواليد مليونين", "كانت الحصيلة أكبر", "nayrouz"][n]
    out.append(case(f"أعلن المسؤول أنه في {ys} {tail}", "ar", None, [want(f"في {ys}", "gregorian", str(y), "year")]))
out.append(case("سرعة الإنترنت في 2000 Mbps فقط.", "ar", None, []))

# Not a day: "since" N units after the present of working, living or suffering.
for n in range(4):
    ref = ref_day()
    text = ["يعمل منذ ثلاث سنوات مدرسا متطوعا في المدرسة.", "وهو يعمل في هذا المجال منذ سبع سنوات.",
            "كان يعاني من المرض منذ 6 سنوات قبل وفاته.", "تقيم الأسرة في المخيم منذ عامين."][n]
    out.append(case(text, "ar", ref.isoformat(), []))
ref = ref_day()
out.append(case("وصل الوفد منذ يومين إلى العاصمة.", "ar", ref.isoformat(),
                [want("منذ يومين", "relative", (ref - dt.timedelta(days=2)).isoformat(), "day")]))

# One year of a decade after the Persian plural alone.
for n in range(4):
    y = rng.choice([1950, 1960, 1970, 1980, 1990, 2000])
    ys = str(y).translate(SCRIPTS[n % 2])
    surface = [f"سال های {ys}", f"در سالهای {ys} میلادی", f"در سال‌های {ys}", f"سالهای {ys}"][n]
    out.append(case(f"جنگ‌های داخلی {surface} آثار را نابود کرد.", "fa", None,
                    [want(surface, "gregorian", f"{y}-01-01/{y + 9}-12-31", "year")]))
out.append(case("در سال‌های ۱۹۹۰ و ۲۰۰۰ رشد کرد.", "fa", None,
                [want("در سال‌های ۱۹۹۰", "gregorian", "1990", "year"), want("۲۰۰۰", "gregorian", "2000", "year")]))

# A span of Solar Hijri years after a period's word.
for n in range(3):
    a = rng.randrange(1380, 1395)
    b = rng.randrange(a + 2, 1404)
    word = ["دوره", "بازه", "دوره"][n]
    surface = f"{a} تا {b}".translate(SCRIPTS[n % 2])
    first = solar_hijri_year(a).split("/")[0]
    last = solar_hijri_year(b).split("/")[1]
    out.append(case(f"مقایسه با {word} {surface} نشان می‌دهد که کاهش یافته است.", "fa", None,
                    [want(surface, "jalali", f"{first}/{last}", "year", ["calendar_guessed"])]))
out.append(case("در دوره ۱۰۰۰ تا ۲۰۰۰ نفر شرکت کردند.", "fa", None, []))

# The first or last day of a Solar Hijri year without its word; a year's slogan.
for n in range(4):
    jy = rng.randrange(1395, 1405)
    ys = str(jy).translate(SCRIPTS[n % 2])
    first_word = ["نخستین روز", "اولین روز", "آخرین روز", "نخستین روز"][n]
    day = jdate(jy, 1, 1) if n != 2 else jdate(jy + 1, 1, 1) - dt.timedelta(days=1)
    out.append(case(f"تولد ۴۶ نوزاد در {first_word} {ys} در خراسان ثبت شد", "fa", None,
                    [want(f"{first_word} {ys}", "jalali", day.isoformat(), "day", ["calendar_guessed"])]))
for n in range(2):
    y = rng.randrange(2015, 2026)
    ys = str(y).translate(SCRIPTS[n % 2])
    out.append(case(f"هفته سلامت روان با شعار {ys} سازمان جهانی بهداشت برگزار شد", "fa", None,
                    [want(ys, "gregorian", str(y), "year")]))

# A weekday and a colon before its date; the Hijri twin and a clock after a dash.
for n in range(3):
    ref = ref_day()
    day = ref + dt.timedelta(days=rng.randrange(1, 60))
    hh, mm = rng.randrange(1, 12), rng.randrange(0, 60)
    gw = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][day.weekday()]
    # the Hijri day that Umm al-Qura's table gives for it
    months = sorted(k for k, v in UQ.items() if v <= day)
    hy, hm = months[-1]
    hd = (day - UQ[(hy, hm)]).days + 1
    HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
             "ذو القعدة", "ذو الحجة"]
    stamp = f"{gw}: {day.day} {AR_GREG[day.month - 1]}، {day.year} - {hd} {HIJRI[hm - 1]} {hy} - {hh:02d}:{mm:02d} مساءً"
    value = f"{day.isoformat()}T{hh + 12:02d}:{mm:02d}+03:00"
    out.append(case(f"{stamp}\nسلة الأخبار", "ar", ref.isoformat(), [want(stamp, "gregorian", value, "minute")], tz="Asia/Baghdad"))

# Not a year: centuries back; 115 years back stays the year.
for n in range(4):
    ref = ref_day()
    text = ["كانت المدينة موجودة منذ 400 سنة.", "بني المعبد قبل نحو 2500 عام.", "این بنا ۳۰۰ سال پیش ساخته شد.",
            "عاش أجداده هنا منذ 250 عاما."][n]
    out.append(case(text, "fa" if n == 2 else "ar", ref.isoformat(), []))
ref = ref_day()
out.append(case("أنشئ المبنى قبل 115 عام.", "ar", ref.isoformat(),
                [want("قبل 115 عام", "relative", ref.replace(year=ref.year - 115).isoformat(), "year")]))

# A law's year after "approved"; a colophon; a year's passing and arrival; the Gregorian new year in Persian.
for n in range(3):
    jy = rng.randrange(1350, 1400)
    two = f"{jy % 100:02d}".translate(SCRIPTS[n % 2])
    out.append(case(f"ماده 17 قانون حمایت خانواده مصوب {two} شرعی نمی باشد.", "fa", None,
                    [want(two, "jalali", solar_hijri_year(jy), "year")]))
for n in range(3):
    jy = rng.randrange(1380, 1404)
    ys = str(jy).translate(SCRIPTS[n % 2])
    line = [f"نوبت چاپ: اول / {ys}", f"سال چاپ: {ys}", f"نوبت چاپ: دوم، {ys}"][n]
    out.append(case(f"ناشر: انتشارات چراغ دانش\n{line}\nقطع: رقعی", "fa", None,
                    [want(ys, "jalali", solar_hijri_year(jy), "year", ["calendar_guessed"])]))
for n in range(2):
    y = rng.randrange(2005, 2026)
    a, b = str(y).translate(SCRIPTS[2 * n]), str(y + 1).translate(SCRIPTS[2 * n])
    out.append(case(f"فرن الناقوس إيذاناً بانصرام {a} وحلول {b} بالخير والبركة.", "ar", None,
                    [want(a, "gregorian", str(y), "year"), want(b, "gregorian", str(y + 1), "year")]))
for n in range(2):
    y = rng.randrange(2015, 2027)
    ys = str(y).translate(SCRIPTS[n % 2])
    out.append(case(f"دیدار با اسقف اعظم به مناسبت سال نو میلادی {ys}.", "fa", None,
                    [want(f"سال نو میلادی {ys}", "gregorian", f"{y}-01-01", "day")]))

# A year after "from" that punctuation or the line's end closes.
for n in range(3):
    y = rng.randrange(1990, 2026)
    while y % 100 == 0:
        y = rng.randrange(1990, 2026)
    ys = str(y).translate(SCRIPTS[2 * (n % 2)])
    end = ["..", ".", "\n"][n]
    out.append(case(f"قرار هدم صادر من {ys}{end} انهيار سقف عقار قديم", "ar", None, [want(ys, "gregorian", str(y), "year")]))
out.append(case("تجاوز العدد من 2000. وأضاف المسؤول", "ar", None, []))

# Years opening sentences with a colon; a range's second year after the article; two years on و in brackets.
for n in range(2):
    a = rng.randrange(2005, 2020)
    sa, sb = str(a).translate(SCRIPTS[2 * n]), str(a + 1).translate(SCRIPTS[2 * n])
    out.append(case(f'جدارية تلخص عامين: "{sa}: يسقط مبارك. {sb}: يسقط حكم العسكر".', "ar", None,
                    [want(sa, "gregorian", str(a), "year"), want(sb, "gregorian", str(a + 1), "year")]))
for n in range(2):
    a = rng.randrange(1980, 2000)
    b = a + rng.randrange(3, 15)
    surface = f"عام {a} حتّى الـ {b}".translate(SCRIPTS[2 * n])
    out.append(case(f"عمل في الإذاعة منذ {surface} ثم تقاعد.", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))
for n in range(2):
    a = rng.randrange(1995, 2020)
    sa, sb = str(a).translate(SCRIPTS[2 * n]), str(a + 1).translate(SCRIPTS[2 * n])
    out.append(case(f"بطل العالم مرتين في الفورمولا واحد ( {sa} و {sb} ) في الدورة المقبلة", "ar", None,
                    [want(sa, "gregorian", str(a), "year"), want(sb, "gregorian", str(a + 1), "year")]))
out.append(case("بلغ عدد (2000 و 3000) شخص في المدينتين.", "ar", None, []))

# A Hijri year without its era and its Gregorian twin after a slash, after the year word.
UQ_YEARS = umm_al_qura()
for n in range(4):
    h = rng.randrange(1420, 1448)
    g = (UQ_YEARS[(h, 1)] + dt.timedelta(days=200)).year  # a Gregorian year the Hijri one overlaps
    word = ["لهذا العام", "للعام", "عام", "العام"][n]
    surface = f"{word} {h} / {g}".translate(SCRIPTS[2 * (n % 2)])
    out.append(case(f"خطة الوزارة {surface} تشمل عدة مشاريع.", "ar", None, [want(surface, "gregorian", str(g), "year")]))

# May as مِی with its kasra before a slash closing the line.
out.append(case("۸ مِی/\nروز جهانی تالاسمی است.", "fa", None, [want("۸ مِی", "gregorian", "XXXX-05-08", "day", ["unresolved"])]))

# A Latin word run into the Arabic one after it.
for n in range(3):
    ref = ref_day()
    hh, mm = rng.randrange(1, 12), rng.randrange(0, 60)
    am = ["pm", "PM", "am"][n]
    h24 = hh + 12 if am.lower() == "pm" else hh
    stamp = f"{ref.day:02d} {AR_GREG[ref.month - 1]} {ref.year} الساعة {hh:02d}:{mm:02d} {am}"
    value = f"{ref.isoformat()}T{h24:02d}:{mm:02d}+03:00"
    out.append(case(f"الحوثي تحت المجهر - {stamp}أقامت المليشيات فعاليات في صنعاء.", "ar", None,
                    [want(stamp, "gregorian", value, "minute")], tz="Asia/Aden"))

emit("Forms met in the four-hundred-and-twenty-eighth real-text sets and after, across their families "
     "(tools/gen/cases_four_hundred_twenty_eighth_sets.py; convertdate, datetime and the Calendar Center's leap years).",
     out)
