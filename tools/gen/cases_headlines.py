#!/usr/bin/python3
"""Writes tests/extract/cases/headlines.jsonl: forms of news headlines, page
furniture and notices met in the fifty-seventh to fifty-ninth real-text sets,
generated across their families.

- A Gregorian year that ends a headline's line after a word (موعد صرف رواتب
  المتقاعدين في العراق 2025, بازی‌های ایران در جام جهانی 2022), in the three
  digit scripts, the line ending in a line break, the text's end or a full
  stop.
- A named month or day, then a place, then its year (شهر رمضان في دولة الكويت
  2022, شهر رمضان بالمغرب 2025, عيد الأضحى في المملكة العربية السعودية 2024,
  فاتح شهر رمضان المعظم بالمملكة لعام 1444 هـ): Ramadan is the Umm al-Qura
  month within that Gregorian year, an Eid its day; the place (في and up to
  four words, or one word on بال) belongs to the match.
- Negatives: a round hundred alone (a count: عدد الزوار 2000), a year after a
  colon (a page's counter: تعداد بازدید: 1352), one glued to its word (a code),
  Expo's name (اكسبو 2020), a year after a Latin word (Petra (Arabic) 2016), a
  count after a place (رمضان في غزة 1500 شهيد); outlets and phrases named with the
  word for today, in quotes after the article or known (“الإمارات اليوم”,
  «القطيف اليوم», به گزارش تجارت امروز), a quarter or half of a day (ربع
  اليوم); but today in a quoted sentence (\"سنلتقي اليوم\") or after a place
  (الطقس في الإمارات اليوم) is today, and so is an outlet's name before a
  weekday (شهد المغرب اليوم السبت, کاروان ورزشی ایران امروز چهارشنبه: the
  place, then today; weekdays from datetime). A war's years in brackets
  after its name (حرب الاستنزاف (1967-1970)) are its span.
- Page furniture: a Maghrebi site's stamp, day, clock, year and month as
  its right-to-left line reaches the text (09 17:33 2026 فيفري, تحديث 16
  22:52 2019 جانفي; the offset from zoneinfo); a date widget, the day, the
  month's Latin name and the year each alone on its line
  (12\\nNOVEMBER\\n2025), or its Arabic or Persian name (2\\nفبراير\\n2025,
  ۱۸\\nآبان\\n۱۳۹۱); not with words after the year, a year out of range or no
  year (a line break between a date's parts otherwise leaves no date).
- The month a pay is for, after the word for the pay: حقوق مرداد, فیش حقوق
  آبان, مستمری دی, یارانه مهر, صرف رواتب أكتوبر, معاشات نوفمبر (the month
  nearest the reference); a month of a year after a word for a place is that
  month (ایستگاه اسفند ۱۳۹۹ افتتاح شده بود), no name. The end of a day's
  office hours ends a range on that day (وحتى نهاية دوام يوم الأحد الموافق
  31 / 8 / 2025, نهاية الدوام الرسمي; weekdays from datetime).

Umm al-Qura month starts from the evaluation's table (month_starts.py, the
folder given as the first argument), Jalali days from convertdate's persian
module, Gregorian days, weekdays and offsets from datetime and zoneinfo:
nothing here is read from taqvim. Run from the project root:
tools/gen/cases_headlines.py ../shared/data > tests/extract/cases/headlines.jsonl"""
import datetime as dt
import sys
from zoneinfo import ZoneInfo

import month_starts
from case_form import SCRIPTS, case, emit, jdate, want

WEEKDAY_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

JALALI = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]

out = []
# --- A Gregorian year ending a headline's line.
HEADLINES_AR = ["موعد صرف رواتب المتقاعدين في العراق {}", "العطل الرسمية في الجزائر {}",
                "إعلان هام بخصوص مسابقة الالتحاق برتبة أستاذ مساعد {}", "موعد إجازة اليوم الوطني العماني {}",
                "عشية انتخابات السلطات المحلية {}", "صرف الدفعة الأولى من الدعم الاجتماعي المباشر المغرب {}"]
HEADLINES_FA = ["بازی‌های ایران در جام جهانی {}", "نتایج مسابقات جهانی کشتی {}"]
ENDS = ["\n\nوفقاً للبيان الرسمي الصادر عن الجهات المختصة.", "", "."]
ENDS_FA = ["\n\nبه گزارش خبرنگار ورزشی.", "", "."]
years = [2025, 2023, 2024, 2019, 2022, 2026, 2018, 2021]
for k, h in enumerate(HEADLINES_AR + HEADLINES_FA):
    fa = k >= len(HEADLINES_AR)
    for s, sc in enumerate(SCRIPTS):
        y = years[(k + s) % len(years)]
        end = (ENDS_FA if fa else ENDS)[(k + s) % 3]
        out.append(case(h.format(sc(str(y))) + end, "fa" if fa else "ar", None,
                        [want(sc(str(y)), "gregorian", str(y), "year")]))
# --- A named month or day, a place, then its Gregorian year.
uq, _ = month_starts.read(sys.argv[1])


def hijri_in(year, month):
    """The Hijri year whose month `month` begins within Gregorian `year` (Umm al-Qura)."""
    return [h for (h, m), d in uq.items() if m == month and d.year == year]


PLACES = ["في دولة الكويت", "بالمغرب", "في المملكة العربية السعودية", "في السعودية والامارات وقطر", "في تونس",
          "في مصر", "بالجزائر"]
NAMES = [("شهر رمضان", 9, "month"), ("رمضان", 9, "month"), ("عيد الفطر", 10, 1), ("عيد الأضحى", 12, 10),
         ("عيد الفطر المبارك", 10, 1)]
for k, (name, month, what) in enumerate(NAMES):
    for j, place in enumerate(PLACES):
        if (k + j) % 2:
            continue
        y = 2019 + (k * 3 + j) % 7
        sc = SCRIPTS[(k + j) % 3]
        (h,) = hijri_in(y, month)
        start = uq[(h, month)]
        if what == "month":
            end = uq[(h, month + 1)] - dt.timedelta(days=1)
            value, gran = f"{start}/{end}", "month"
        else:
            value, gran = (start + dt.timedelta(days=what - 1)).isoformat(), "day"
        surface = f"{name} {place} {sc(str(y))}"
        out.append(case(f"موعد {surface}\n\nتعرف على التفاصيل.", "ar", None, [want(surface, "hijri", value, gran)]))
# its year word after a place on بال
h = 1444
surface = "فاتح شهر رمضان المعظم بالمملكة لعام 1444 هـ"
out.append(case(f"أعلنت المحكمة موعد {surface}.", "ar", None,
                [want(surface, "hijri", uq[(h, 9)].isoformat(), "day")]))
# --- Negatives.
for text, lang in (("عدد الزوار 2000", "ar"), ("تعداد بازدید: 1352", "fa"), ("رمز المنتج البرنس2010\nالتفاصيل", "ar"),
                   ("بطول 15 كلم بين محطة نخيل وموقع اكسبو 2020.", "ar"), ("بين محطة نخيل وموقع إكسبو 2020", "ar"),
                   ("© Jordan News Agency - Petra (Arabic) 2016", "ar"),
                   ("وردت إلى “الإمارات اليوم”، إن الأشخاص", "ar"), ("هذا وتهيب «القطيف اليوم» بجميع سكان المحافظة", "ar"),
                   ("تستغرق الأرض في دورتها حول الشمس 365 يوما وربع اليوم، وربع اليوم يساوي 6 ساعات", "ar"),
                   ("به گزارش تجارت امروز؛ شاخص کل بورس ریزش کرد", "fa")):
    out.append(case(text, lang, "2020-01-01", []))
# today in quotes after a verb is a quoted sentence's; today after a place outside quotes is today
for text, surface in (("قال: \"سنلتقي اليوم\" في المقر", "اليوم"), ("الطقس في الإمارات اليوم صحو إلى غائم جزئياً", "اليوم"),
                      ("أنباء عن قرار بإغلاق مدينة الدار البيضاء اليوم\n\nكشفت مصادر", "اليوم")):
    out.append(case(text, "ar", "2020-08-10", [want(surface, "relative", "2020-08-10", "day")]))
# --- An outlet's name (بغداد اليوم, ایران امروز) before a weekday: the place, then today.
PLACES_TODAY = [("المغرب", "ar"), ("العراق", "ar"), ("الأردن", "ar"), ("مصر", "ar"), ("ایران", "fa")]
WEEKDAYS = {"ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
            "fa": ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]}
for k, (place, lang) in enumerate(PLACES_TODAY):
    ref = dt.date(2025, 11, 17) + dt.timedelta(days=k * 2)
    today = "اليوم" if lang == "ar" else "امروز"
    between = [" ", "، ", " ("][k % 3]
    surface = f"{today}{between}{WEEKDAYS[lang][ref.weekday()]}" + (")" if "(" in between else "")
    text = f"أعلنت السلطات في {place} {surface} عن قرار جديد" if lang == "ar" else f"کاروان ورزشی {place} {surface} راهی شد"
    out.append(case(text, lang, ref.isoformat(), [want(surface, "relative", ref.isoformat(), "day")]))
for text in ("قال في بيان تلقته (بغداد اليوم)، أنه سيعلن", "بغداد اليوم- واسط\n\nأعلنت المديرية", "المغرب اليوم -\n\nرحيل الفنان"):
    out.append(case(text, "ar", "2025-11-17", []))
# --- A war's years in brackets after its name are its span (not a name: حرب 6 أكتوبر is one).
for k, (war, a, b) in enumerate((("حرب الاستنزاف", 1967, 1970), ("حرب الخليج", 1990, 1991), ("حرب لبنان", 1975, 1990))):
    sc = SCRIPTS[k]
    surface = f"{sc(str(a))}{['-', ' – ', '-'][k]}{sc(str(b))}"
    out.append(case(f"بخلاف {war} ({surface}) التي غيرت المنطقة", "ar", None,
                    [want(surface, "gregorian", f"{a}-01-01/{b}-12-31", "year")]))
# --- Page furniture: a Maghrebi site's stamp (day, clock, year, month), and a date widget (day,
# month, year each alone on its line).
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
for k, (zone, (y, m, d, hh, mm)) in enumerate((("Africa/Algiers", (2026, 2, 9, 17, 33)), ("Africa/Tunis", (2019, 1, 16, 22, 52)),
                                               ("Africa/Algiers", (2025, 8, 11, 20, 26)), ("Africa/Tunis", (2023, 6, 3, 9, 5)))):
    moment = dt.datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(zone))
    off = moment.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    hours, rest = divmod(abs(int(off.total_seconds())) // 60, 60)
    surface = f"{d:02d} {hh:02d}:{mm:02d} {y} {MAGHREB[m - 1]}"
    out.append(case(f"الأكثر مشاهدة\n\n{['', 'تحديث '][k % 2]}{surface}\n\nيتميز الطقس بظهور سحب", "ar", None,
                    [want(surface, "gregorian", f"{moment:%Y-%m-%dT%H:%M}{sign}{hours:02d}:{rest:02d}", "minute")], tz=zone))
WIDGETS = [("NOVEMBER", 11, 2025, 12, "ar"), ("November", 11, 2024, 3, "ar"), ("JUNE", 6, 2016, 21, "fa"), ("MARCH", 3, 2023, 7, "ar")]
for k, (name, m, y, d, lang) in enumerate(WIDGETS):
    sc = SCRIPTS[k % 3]
    surface = f"{sc(str(d))}\n{['', chr(10)][k % 2]}{name}\n{sc(str(y))}"
    out.append(case(f"للطريق الساحلي\n\n{surface}\nتواصل الوزارة أعمالها", lang, None,
                    [want(surface, "gregorian", dt.date(y, m, d).isoformat(), "day")]))
# The same with an Arabic or Persian name (2\nفبراير\n2025, ۱۸\nآبان\n۱۳۹۱: real-text sets fa52 and ar65).
for text, lang, value in (("۲۱\nژوئن\n۲۰۱۶", "fa", "2016-06-21"), ("12\nنوفمبر\n2025", "ar", "2025-11-12"),
                          ("2\n\nفبراير\n\n2025", "ar", "2025-02-02"), ("٧\nآذار\n٢٠٢٣", "ar", "2023-03-07"),
                          ("۵\nآبان\n۱۴۰۳", "fa", jdate(1403, 8, 5).isoformat()),
                          ("18\nاسفند\n1402", "fa", jdate(1402, 12, 18).isoformat())):
    out.append(case(f"{text}\nخبر", lang, None,
                    [want(text, "jalali" if "آبان" in text or "اسفند" in text else "gregorian", value, "day")]))
# not a widget: a year out of range, words after the year on its line, no year
for text, lang in (("5\nMARCH\n1450\nخبر", "ar"), ("12\nNOVEMBER\n2025 مليون دينار", "ar"), ("12\nNOVEMBER\nالوزارة", "ar"),
                   ("۵\nآبان\n۲۰۲۴\nخبر", "fa"), ("12\nنوفمبر\n2025 مليون\nخبر", "ar"), ("12\nنوفمبر الماضي\n2025\nخبر", "ar")):
    out.append(case(text, lang, None, []))
# --- The month a pay is for, after the word for the pay (حقوق مرداد, صرف رواتب أكتوبر): the month
# nearest the reference (each within three months of it here). A month of a year after a word for a
# place is that month, no name (ایستگاه اسفند ۱۳۹۹ افتتاح شده بود).
def jmonth(y, m):
    start = jdate(y, m, 1)
    end = jdate(y + 1, 1, 1) if m == 12 else jdate(y, m + 1, 1)
    return f"{start}/{end - dt.timedelta(days=1)}"


for k, (word, month, ref) in enumerate((("فیش حقوق", 5, (1404, 5, 22)), ("حقوق", 8, (1404, 9, 1)), ("مستمری", 10, (1403, 11, 5)),
                                        ("یارانه", 7, (1402, 8, 10)), ("دستمزد", 12, (1402, 12, 20)))):
    surface = JALALI[month - 1]
    out.append(case(f"هنوز {word} {surface} بازنشستگان صادر نشده است", "fa", jdate(*ref).isoformat(),
                    [want(surface, "jalali", jmonth(ref[0], month), "month", ["year_inferred"])]))
for k, (word, month, ref) in enumerate((("صرف رواتب", 10, "2025-10-13"), ("معاشات", 11, "2025-10-28"), ("راتب", 12, "2026-01-05"),
                                        ("مرتبات", 1, "2025-12-20"), ("أجور", 3, "2024-03-02"), ("معاش", 6, "2023-06-10"))):
    name = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"][month - 1]
    r = dt.date.fromisoformat(ref)

    def gap(y):  # days from the reference to the month of year y (0 within it)
        first, last = dt.date(y, month, 1), dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return 0 if first <= r <= last else min(abs((first - r).days), abs((r - last).days))
    y = min((r.year - 1, r.year, r.year + 1), key=gap)
    out.append(case(f"موعد {word} {name} للمتقاعدين", "ar", ref, [want(name, "gregorian", f"{y}-{month:02d}", "month", ["year_inferred"])]))
for k, (y, m) in enumerate(((1399, 12), (1401, 3), (1398, 7))):
    surface = f"{JALALI[m - 1]} {SCRIPTS[k](str(y))}"
    out.append(case(f"ورودی نخست این ایستگاه {surface} افتتاح شده بود", "fa", None, [want(surface, "jalali", jmonth(y, m), "month")]))
out.append(case("حقوق بگیران و بازنشستگان منتظر افزایش هستند", "fa", "2025-08-13", []))
# --- The end of a day's office hours ends a range on that day (حتى نهاية دوام يوم الأحد …).
for k, (a, b, end) in enumerate((((2025, 7, 16), (2025, 8, 31), "نهاية دوام"), ((2018, 7, 1), (2018, 8, 30), "نهاية الدوام"),
                                 ((2024, 7, 14), (2024, 8, 29), "نهاية الدوام الرسمي"))):
    da, db = dt.date(*a), dt.date(*b)
    wa, wb = WEEKDAY_AR[da.weekday()], WEEKDAY_AR[db.weekday()]
    sc = SCRIPTS[k * 2 % 3]
    surface = (f"من صباح يوم {wa} الموافق {sc(f'{da.day} / {da.month} / {da.year}')} وحتى {end} يوم {wb} الموافق "
               f"{sc(f'{db.day} / {db.month} / {db.year}')}")
    out.append(case(f"تقرر تعطيل المحاكم اعتبارا {surface} بمناسبة العطلة القضائية.", "ar", None,
                    [want(surface, "gregorian", f"{da}/{db}", "day")]))
# a count after a place is no year: Ramadan alone is the one nearest the reference (1441)
out.append(case("سقط في رمضان في غزة 1500 شهيد", "ar", "2020-01-01",
                [want("رمضان", "hijri", f"{uq[(1441, 9)]}/{uq[(1441, 10)] - dt.timedelta(days=1)}", "month",
                      ["year_inferred"])]))
emit("Forms of news headlines, page furniture and notices met in the fifty-seventh real-text sets and later, generated "
     "across their families by tools/gen/cases_headlines.py (its docstring lists them): a Gregorian year ending a "
     "headline's line; a named month or day, a place, then its year; outlets named for a place and today before a "
     "weekday; a war's years; a Maghrebi stamp and a date widget; the month a pay is for; the end of a day's office hours "
     "ending a range; and the negatives (a round hundred, a page's counter, a code, Expo's name, a Latin line, a count "
     "after a place, outlets named with the word for today).", out)
