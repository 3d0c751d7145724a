// The vocabulary's schema, defined once: the kinds of entry (the `# kind:`
// of a data/lexicon file), the values each kind takes, and the language
// varieties an entry may belong to (`# variety:`). The generator reads the
// names below to parse the data files; the grammar reads the enumerators;
// data/lexicon/README.md documents them, and a test checks that it names
// every one.
#ifndef TAQVIM_SRC_LEXICON_SCHEMA_H
#define TAQVIM_SRC_LEXICON_SCHEMA_H

#include <cstdint>
#include <string_view>

namespace taqvim {
namespace lexicon {

// The kind of an entry, and what its value and aux mean.
enum class kind : std::uint8_t {
  month_jalali,       // value 1..12; aux 1: a month only with a year beside it
  month_hijri,        // value 1..12; aux as above
  month_gregorian,    // value 1..12; aux as above
  weekday,            // value 0..6, 0 = Sunday
  era,                // value: era_value
  cardinal,           // value: the number
  ordinal,            // value: the number
  relative,           // value: offset; aux: unit
  unit,               // value: the count written in the word (2 for يومين, 1 for یکماه), 0 for a bare unit; aux: unit
  direction,          // value: -1 or +1; aux: 0 = stands before the count, 1 = after it
  weekday_qualifier,  // value: -1, 0, +1
  time_of_day,        // value: time_value
  filler,             // value: filler_value
  connector,          // "و" between number words
  not_date,           // a phrase with a date word in it that is no date: a name (جمعه سیاه, اليوم الوطني),
                      // an anaphora (في اليوم ذاته); value 0; 1 "every year"; 2 a word for a title (برنامج,
                      // سریال): a date in quotes or brackets right after it is a programme's or book's name; 3 a
                      // word for opening or working hours (تفتح, الدوام, باز): a span of weekdays after it recurs; 4 a
                      // weekday that recurs (كل يوم أربعاء, هر پنجشنبه): a clock time after it recurs too; 5
                      // a phrase for working hours; 6 "every day" (كل يوم, هر روز): as 1, but before it only a
                      // clock time recurs; 7 "every week" (كل أسبوع): as 6, and a weekday before it too;
                      // 8 "always, usually" (عادة, همیشه): as 1, but after a comma it begins the next clause
                      // 9 an outlet named for a place and today (بغداد اليوم): as 0, but not before a weekday;
                      // 10 one whose first word is a place: as 9, and in running text only a dateline or credit;
                      // 11 a curfew (حظر التجول, منع تردد): as 5, for the clocks of a range only
  span,               // after a count, a unit that makes a span, not a point: ۴۵ روز گذشته is "the
                      // past 45 days"; value: unit
  part,               // a part of a month or year: value part_value (اوایل, منتصف, أواخر)
  holiday,            // a named day: value month * 100 + day, aux the era_value of its calendar
  decade,             // a decade named by a word: value its first year within a century (التسعينيات 90)
  zone,               // a written time zone (بتوقيت مكة المكرمة, به وقت تهران, GMT): value its index in
                      // lexicon::zone_name()
  weekday_bare,       // an Arabic weekday without its article (خميس, سبت): value 0..6; read only after
                      // an ordinal or a word for last (أول خميس من الشهر), as alone it is a common word
  months_of_year,     // a run of months within a year, read only before a year: a half, a quarter, a
                      // Persian season (النصف الأول, سه ماهه دوم, زمستان); value first month * 100 + last
                      // month, aux the era_value of the calendar it fixes (0: the year's own)
  negation,           // a word that denies the statement it stands in (لم, لن, نکرد, نشد): a day said
                      // not to be a named day does not pin it; value 0
  place,              // a country or city (كابل, افغانستان, الإيرانية): a clock "in local time" (بالتوقيت
                      // المحلي, به وقت محلی) is read in the zone of the place near it; value as zone's
};
inline constexpr std::string_view kind_names[] = {
    "month_jalali", "month_hijri", "month_gregorian", "weekday",           "era",
    "cardinal",     "ordinal",     "relative",        "unit",              "direction",
    "weekday_qualifier", "time_of_day", "filler",     "connector",         "not_date",
    "span",         "part",        "holiday",         "decade",            "zone",
    "weekday_bare", "months_of_year", "negation",    "place",
};
inline constexpr int kind_count = sizeof kind_names / sizeof kind_names[0];
static_assert(kind_count == static_cast<int>(kind::place) + 1, "a name for every kind");
static_assert(kind_count <= 32, "kinds are bits of a 32-bit mask (scan::token::kinds)");

// Values of the kinds whose values are words; index = value (0 unused).
enum era_value : std::int16_t { era_jalali = 1, era_hijri, era_gregorian };
inline constexpr std::string_view era_names[] = {"", "jalali", "hijri", "gregorian"};

enum unit_value : std::int16_t { unit_day = 1, unit_week, unit_month, unit_year, unit_hour, unit_minute };
inline constexpr std::string_view unit_names[] = {"", "day", "week", "month", "year", "hour", "minute"};

// The tenths of a month (دهه اول, العشر الأواخر): days 1-10, 11-20, 21 to
// its end; its halves (نیمه دوم مهر, النصف الأول من مايو): 1-15, 16 to its end.
enum part_value : std::int16_t {
  part_early = 1,
  part_middle,
  part_late,
  part_first_tenth,
  part_second_tenth,
  part_last_tenth,
  part_first_half,
  part_second_half,
  part_season,  // صيف 2011, شتاء 2029: an Arabic season before a Gregorian year, which is its value
};
inline constexpr std::string_view part_names[] = {"",           "early",       "middle",     "late",       "first_tenth",
                                                  "second_tenth", "last_tenth", "first_half", "second_half", "season"};

enum time_value : std::int16_t { tod_am = 1, tod_pm, tod_noon, tod_night, tod_morning, tod_evening };
inline constexpr std::string_view time_names[] = {"", "am", "pm", "noon", "night", "morning", "evening"};

enum filler_value : std::int16_t {
  fill_day_word = 1,  // روز, يوم
  fill_month_word,    // ماه, شهر
  fill_year_word,     // سال, عام
  fill_hour_word,     // ساعت, الساعة
  fill_minute_word,   // دقیقه, دقيقة
  fill_equals,        // برابر با, الموافق: a twin follows
  fill_range_to,      // تا, إلى, حتى
  fill_range_from,    // از, من, بين
  fill_of,            // از, من between a day and its month
  fill_publication,   // تاریخ انتشار, نشر في
  fill_in,            // در, في
  fill_place,         // a street, square or bridge: the date after it is a name
  fill_prayer,        // نماز, صلاة, خطبة: the Friday after it is the prayer, not a day
  fill_eve,           // شب, ليلة before a weekday: the evening before that day
  fill_decade_word,   // دهه, عقد before a decade's year
  fill_half,          // نیم, النصف after an hour and و: half past
  fill_quarter,       // ربع, الربع: a quarter past, or to after إلا
  fill_third,         // ثلث, الثلث: twenty minutes
  fill_minus,         // إلا between an hour and what is taken from it
  fill_last,          // آخر, آخرین, الأخيرة: the last such weekday of a month or year
  fill_century_word,  // القرن, قرن before an ordinal
  fill_second_word,   // ثانیه, ثانية after a count of seconds
  fill_new,           // جدید, الجديد between a year word and its year (العام الجديد 2023)
  fill_first_day,     // غرة, فاتح: the first day of the year or month after it
  fill_week_word,     // هفته, الأسبوع before an ordinal: the Nth week of a month (هفته اول آذر)
  fill_since,         // منذ before a date without a year: the last such day (منذ 7 أكتوبر)
  fill_one_unit,      // a singular unit that counts one by itself after قبل or بعد (بعد أسبوع, قبل عام)
  fill_between,       // بين, بین: و then joins the two ends of a range (بين 13 يونيو و7 يوليو)
  fill_about,         // حوالي, حدود, راس before a clock time: about, or exactly at (غدا حوالي الساعة 8)
  fill_declares,      // هو, را, به عنوان between a day and the named day it is said to be (الخميس هو أول
                      // أيام عيد الفطر, امروز جمعه را عید فطر اعلام کرد): sighting
};
inline constexpr std::string_view filler_names[] = {
    "",           "day_word",    "month_word", "year_word", "hour_word", "minute_word", "equals",
    "range_to",   "range_from",  "of",         "publication", "in",      "place",       "prayer",
    "eve",        "decade_word", "half",      "quarter",   "third",     "minus",       "last",
    "century_word", "second_word", "new", "first_day", "week_word", "since", "one_unit", "between", "about",
    "declares",
};
static_assert(sizeof filler_names / sizeof filler_names[0] == fill_declares + 1, "a name for every filler");
static_assert(fill_declares < 31, "fillers are bits of a 32-bit mask (scan::token::fillers) and of start bits 33..63");

// The language variety an entry belongs to: any, or one that only it writes
// (the Afghan zodiac month names are Afghan Persian's).
enum class variety_tag : std::uint8_t { any, fa, fa_af, ar };
inline constexpr std::string_view variety_names[] = {"any", "fa", "fa-AF", "ar"};

struct entry {
  kind k;
  std::int16_t value;
  std::int16_t aux;
  variety_tag variety;
};

}  // namespace lexicon
}  // namespace taqvim

#endif
