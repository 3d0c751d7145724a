// Generated extraction tests with ICU as the oracle.
//
// Random days of 1900-2100 are written out the way ICU's date formatting
// writes them in every Persian and Arabic locale it has (gregorian, persian
// and islamic-umalqura calendars; full, long, medium and short patterns), in
// the locale's own digits and re-rendered in the two other digit scripts,
// and by hand templates for forms CLDR lacks (datelines, Hijri dates with
// their Gregorian twin, spaced numerics, times in words, weekday + date,
// date + clock time) whose every number and name comes from ICU. Each
// rendering is put inside a real sentence and must be found by
// taqvim::extract exactly once, spanning exactly the rendering, with
// exactly ICU's day (and the template's clock time).
//
//   taqvim_oracle [--seed N] [--count N]   the groups expected to pass
//                                           (N days a group, 40 by default)
//   taqvim_oracle --known-failures         the groups listed as failing:
//                                           which of them pass now
//   taqvim_oracle --all                    every group; failures written in
//                                           the form of known_failures.txt
//   --group TEXT                           only groups whose name contains TEXT
//   --verbose                              every case's text and verdict
//   --data DIR                             where the sentences and the list are
//
// A group is (locale, calendar, pattern or template, digit script); its
// cases are drawn from a generator seeded by the seed and the group's name,
// so a group sees the same cases whichever other groups run.
#include <taqvim/extract.h>

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef TAQVIM_ORACLE_DIR
#define TAQVIM_ORACLE_DIR "."
#endif

namespace {

using date::sys_days;

// ---------------------------------------------------------------- text

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

enum class digits { latn, arab, arabext };
const char* name(digits d) { return d == digits::latn ? "latn" : d == digits::arab ? "arab" : "arabext"; }

// Every decimal digit of the three scripts written in `to`.
std::string with_digits(const std::string& s, digits to) {
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    int value = -1;
    std::size_t len = 1;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
      value = c - '0';
    } else if (i + 1 < s.size()) {
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      if (c == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9) value = c1 - 0xA0, len = 2;        // U+0660..0669
      else if (c == 0xDB && c1 >= 0xB0 && c1 <= 0xB9) value = c1 - 0xB0, len = 2;   // U+06F0..06F9
    }
    if (value < 0) {
      out += s[i++];
      continue;
    }
    if (to == digits::latn) out += static_cast<char>('0' + value);
    else if (to == digits::arab) out += "\xD9", out += static_cast<char>(0xA0 + value);
    else out += "\xDB", out += static_cast<char>(0xB0 + value);
    i += len;
  }
  return out;
}

std::string two(int n) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// ---------------------------------------------------------------- ICU

void check(UErrorCode status, const std::string& what) {
  if (U_FAILURE(status)) throw std::runtime_error("ICU: " + what + ": " + u_errorName(status));
}

// Noon UTC of the day, as ICU's milliseconds, so no zone moves it.
UDate noon(sys_days d) { return (static_cast<double>(d.time_since_epoch().count()) + 0.5) * 86400000.0; }

struct fields {
  int year = 0, month = 0, day = 0;
  int weekday = 0;  // 1 = Sunday .. 7 = Saturday, as ICU counts
};

// The day in one calendar, by icu::Calendar.
class icu_calendar {
 public:
  explicit icu_calendar(const std::string& type) {
    UErrorCode status = U_ZERO_ERROR;
    cal_.reset(icu::Calendar::createInstance(icu::TimeZone::createTimeZone("UTC"),
                                             icu::Locale(("@calendar=" + type).c_str()), status));
    check(status, "calendar " + type);
  }
  // The day of a date in this calendar.
  sys_days day_of(int year, int month, int day) const {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(year, month - 1, day, 12, 0);
    const UDate ms = cal_->getTime(status);
    check(status, "calendar day");
    return sys_days{date::days{static_cast<int>(std::floor(ms / 86400000.0))}};
  }
  fields at(sys_days d) const {
    UErrorCode status = U_ZERO_ERROR;
    cal_->setTime(noon(d), status);
    fields f{cal_->get(UCAL_YEAR, status), cal_->get(UCAL_MONTH, status) + 1, cal_->get(UCAL_DATE, status),
             cal_->get(UCAL_DAY_OF_WEEK, status)};
    check(status, "calendar fields");
    return f;
  }

 private:
  std::unique_ptr<icu::Calendar> cal_;
};

// Wide month and weekday names of a locale in a calendar.
struct names {
  std::vector<std::string> months;    // [0] = month 1
  std::vector<std::string> weekdays;  // [1] = Sunday
  names(const std::string& locale, const std::string& cal) {
    // The symbols of a formatter for the locale and calendar (a bare
    // DateFormatSymbols ignores the calendar keyword and names Gregorian months).
    std::unique_ptr<icu::DateFormat> fmt(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale((locale + "@calendar=" + cal).c_str())));
    const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(fmt.get());
    if (!simple) throw std::runtime_error("ICU: no date format for " + locale + " " + cal);
    const icu::DateFormatSymbols& sym = *simple->getDateFormatSymbols();
    int32_t n = 0;
    const icu::UnicodeString* m = sym.getMonths(n, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < n; ++i) months.push_back(utf8(m[i]));
    const icu::UnicodeString* w = sym.getWeekdays(n, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < n; ++i) weekdays.push_back(utf8(w[i]));
    if (months.size() < 12 || weekdays.size() < 8) throw std::runtime_error("ICU: short symbol table for " + locale);
  }
};

// ---------------------------------------------------------------- cases

constexpr int no_offset = -100000;

// One generated text and what the extractor must find in it.
struct test_case {
  std::string text;
  std::size_t begin = 0, end = 0;  // the rendering, in bytes
  sys_days day{};
  sys_days last{};                 // the range's last day; == day for one day
  sys_days reference{};            // one to ten years after the day
  int seconds = -1;                // the clock time written, or -1
  int offset = no_offset;          // a UTC offset written with it, in minutes
  std::string tz = "UTC";          // the options' zone: clock times are checked as written
  std::uint16_t flags = 0;         // flags the match must carry
  bool check_calendar = true;
  taqvim::written_calendar calendar = taqvim::written_calendar::gregorian;
  // Trailing bytes of the rendering the match may leave out: a final '.'
  // (ICU's "ه‍.ق.") cannot be told from a sentence's full stop.
  std::size_t optional_tail = 0;
  bool expect_none = false;        // a sentence alone: no match at all
};

struct group {
  std::string name;  // "locale calendar form digits"
  std::string lang;  // "fa" or "ar"
  std::vector<test_case> cases;
};

// mt19937_64 is specified exactly; the draws below avoid the library's
// distributions, which are not, so a seed means the same cases everywhere.
class draw {
 public:
  draw(std::uint64_t seed, const std::string& group) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a of the group name
    for (unsigned char c : group) h = (h ^ c) * 1099511628211ULL;
    rng_.seed(seed ^ h);
  }
  std::uint64_t below(std::uint64_t n) { return rng_() % n; }
  int in(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  std::mt19937_64 rng_;
};

const sys_days first_day = date::year{1900} / 1 / 1;
const sys_days last_day = date::year{2100} / 12 / 31;

sys_days random_day(draw& r) {
  return first_day + date::days{static_cast<int>(r.below(static_cast<std::uint64_t>((last_day - first_day).count() + 1)))};
}

// A news report names a past day: the reference is one to ten years later.
// No value may come from it (every form writes its year), but a numeric
// date with a Jalali or Hijri year is read as such only when the year is
// near the reference's (docs/extraction.md, "Calendars"), as in real text.
sys_days reference_after(draw& r, sys_days day) { return day + date::days{r.in(366, 3652)}; }

struct sentences {
  std::vector<std::string> fa, ar;
  const std::vector<std::string>& of(const std::string& lang) const { return lang == "fa" ? fa : ar; }
};

// What a form writes: the expression, with words around it that belong to
// the context (a dateline's city and agency), not to the date.
struct rendering {
  std::string before, expr, after;
  std::optional<sys_days> day;  // when the form names another day than the one drawn
  std::optional<sys_days> last; // a range's last day
  int seconds = -1;
  int offset = no_offset;
  std::string tz = "UTC";
  std::uint16_t flags = 0;
  bool check_calendar = true;
  taqvim::written_calendar calendar = taqvim::written_calendar::gregorian;
  bool line_start = false;  // a dateline: it opens the line, the sentence follows
};

// The rendering in digit script d, placed among the words of a sentence (or
// at the head of the line, for a dateline).
test_case place(draw& r, const std::vector<std::string>& text, const rendering& w, digits d) {
  const std::string before = with_digits(w.before, d), expr = with_digits(w.expr, d), after = with_digits(w.after, d);
  test_case c;
  const std::string& s = r.pick(text);
  if (w.line_start) {
    c.text = before + expr + after + s;
    c.begin = before.size();
  } else {
    // Never where the sentence's own words would rightly join the date: after
    // a number word ("دو" + "شنبه ..." is دوشنبه, Monday) or a word that
    // opens a range ("بین" + "۲۲ تا ۲۸ مرداد"), or before a calendar word
    // ("منظومه شمسی" cut as "منظومه ۹ ژوئن ۲۰۰۰ شمسی"); nor after a word for
    // a place, a movement or a name, which makes the date its name ("وحركة 20
    // فبراير", the 20 February Movement; "اسم 8 آذار").
    // Nor after a word for a part of a month (نهاية من يناير, the end of),
    // في (في الساعة, في عام are read whole), a demonstrative (ذلك اليوم) or
    // a name that makes اليوم a newspaper's (روسيا اليوم), or a word that
    // makes a weekday recurring (هر یکشنبه, every Sunday).
    static const std::set<std::string> joins_before = {"یک", "دو", "سه", "چهار", "پنج", "نه", "از", "بین", "تا",
                                                       "نهاية", "بداية", "مطلع", "أواخر", "أوائل", "منتصف",
                                                       "في", "وفي", "ذلك", "هذا", "هذه", "تلك", "نفس", "ذات",
                                                       "روسيا", "بغداد", "فلسطين", "مصر", "المصري", "لبنان",
                                                       "هر", "كل", "روزهای", "أيام",
                                                       "من", "بين", "إلى", "حتى", "حركة", "وحركة", "تحالف",
                                                       "قوى", "ثورة", "محطة", "مطار", "جامعة", "ملعب",
                                                       "لحركة", "بحركة", "لتحالف", "بتحالف", "لقوى", "لثورة",
                                                       "بثورة", "اسم", "باسم", "تسمى", "يسمى", "المسماة", "المسمى"};
    static const std::set<std::string> joins_after = {"شمسی", "قمری", "خورشیدی", "میلادی", "هجری",
                                                      "الشمسي", "الشمسية", "هجري", "ميلادي"};
    std::vector<std::size_t> words = {0};
    for (std::size_t i = 0; i < s.size(); ++i)
      if (s[i] == ' ') words.push_back(i + 1);
    std::vector<std::size_t> spaces;
    for (std::size_t k = 1; k < words.size(); ++k) {
      const std::size_t space = words[k] - 1;
      const std::size_t next_end = k + 1 < words.size() ? words[k + 1] - 1 : s.size();
      if (joins_before.count(s.substr(words[k - 1], space - words[k - 1]))) continue;
      if (joins_after.count(s.substr(words[k], next_end - words[k]))) continue;
      spaces.push_back(space);
    }
    const std::size_t at = spaces.empty() ? s.size() : spaces[r.below(spaces.size())];
    c.text = s.substr(0, at) + " " + before + expr + after + (at < s.size() ? s.substr(at) : std::string(" "));
    c.begin = at + 1 + before.size();
  }
  c.end = c.begin + expr.size();
  if (!expr.empty() && expr.back() == '.') c.optional_tail = 1;
  c.seconds = w.seconds;
  c.offset = w.offset;
  c.tz = w.tz;
  c.flags = w.flags;
  c.check_calendar = w.check_calendar;
  c.calendar = w.calendar;
  return c;
}

std::string lang_of(const std::string& locale) { return locale.compare(0, 2, "fa") == 0 ? "fa" : "ar"; }

taqvim::written_calendar written(const std::string& cal) {
  if (cal == "persian") return taqvim::written_calendar::jalali;
  if (cal == "gregorian") return taqvim::written_calendar::gregorian;
  return taqvim::written_calendar::hijri;
}

// Every Persian and Arabic locale ICU has.
std::vector<std::string> icu_locales() {
  std::vector<std::string> locales;
  int32_t n = 0;
  const icu::Locale* all = icu::Locale::getAvailableLocales(n);
  for (int32_t i = 0; i < n; ++i) {
    const std::string l = all[i].getName();
    if (l == "fa" || l == "ar" || l.compare(0, 3, "fa_") == 0 || l.compare(0, 3, "ar_") == 0) locales.push_back(l);
  }
  std::sort(locales.begin(), locales.end());
  return locales;
}

const digits all_digits[] = {digits::latn, digits::arab, digits::arabext};

// ICU's own patterns: every locale, calendar and style, each in all three
// digit scripts. The short style is numeric but never ambiguous here: ICU
// writes the full year, in the locale's fixed order (y/M/d in Persian,
// d/M/y in Arabic). English dates as Persian and Arabic pages quote them
// (`Monday 13 May 2024`, `May 13, 2024`) are rendered by ICU's en and
// en_GB in Latin digits, Gregorian only, without the short style
// (`5/13/24`: month first, two-digit year).
void cldr_groups(std::uint64_t seed, int count, const sentences& text, std::vector<group>& out) {
  const std::pair<icu::DateFormat::EStyle, const char*> styles[] = {
      {icu::DateFormat::kFull, "full"},
      {icu::DateFormat::kLong, "long"},
      {icu::DateFormat::kMedium, "medium"},
      {icu::DateFormat::kShort, "short"}};
  struct source {
    std::string locale, lang;
  };
  std::vector<source> sources;
  for (const std::string& locale : icu_locales()) sources.push_back({locale, lang_of(locale)});
  for (const std::string english : {"en", "en_GB"})
    for (const std::string lang : {"fa", "ar"}) sources.push_back({english, lang});
  for (const auto& [locale, lang] : sources) {
    const bool english = locale.compare(0, 2, "en") == 0;
    for (const std::string cal : {"gregorian", "persian", "islamic-umalqura"}) {
      if (english && cal != "gregorian") continue;
      for (const auto& [style, style_name] : styles) {
        if (english && style == icu::DateFormat::kShort) continue;
        std::unique_ptr<icu::DateFormat> fmt(
            icu::DateFormat::createDateInstance(style, icu::Locale((locale + "@calendar=" + cal).c_str())));
        if (!fmt) throw std::runtime_error("ICU: no date format for " + locale + " " + cal);
        fmt->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
        for (digits d : all_digits) {
          if (english && d != digits::latn) continue;
          const std::string where = english ? locale + "/" + lang : locale;
          group g{where + " " + cal + " " + style_name + " " + name(d), lang, {}};
          draw r(seed, g.name);
          for (int i = 0; i < count; ++i) {
            const sys_days day = random_day(r);
            icu::UnicodeString s;
            fmt->format(noon(day), s);
            rendering w;
            w.expr = utf8(s);
            w.calendar = written(cal);
            test_case c = place(r, text.of(g.lang), w, d);
            c.day = c.last = day;
            c.reference = reference_after(r, day);
            g.cases.push_back(std::move(c));
          }
          out.push_back(std::move(g));
        }
      }
    }
  }
}

// ---------------------------------------------------------------- templates

// Everything a template may write about one day, all from ICU.
struct day_words {
  fields g, j, h;  // Gregorian, Jalali (ICU "persian"), Umm al-Qura
  const names *gn, *jn, *hn;
  const icu_calendar *gc, *jc, *hc;  // for the other days a form names
  sys_days day;
  std::string gm() const { return gn->months[g.month - 1]; }
  std::string jm() const { return jn->months[j.month - 1]; }
  std::string hm() const { return hn->months[h.month - 1]; }
  std::string wd() const { return gn->weekdays[g.weekday]; }
};

std::string num(int n) { return std::to_string(n); }

// A number in words, by ICU's rule-based spellout (runs of spaces, which
// some Arabic rules leave, made one).
std::string spelled(const std::string& locale, const char* rules, int n) {
  static std::map<std::string, std::unique_ptr<icu::RuleBasedNumberFormat>> formats;
  auto& f = formats[locale];
  UErrorCode status = U_ZERO_ERROR;
  if (!f) {
    f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale.c_str()), status);
    check(status, "spellout " + locale);
  }
  icu::UnicodeString out;
  icu::FieldPosition pos;
  f->format(static_cast<int32_t>(n), icu::UnicodeString(rules, -1, US_INV), out, pos, status);
  check(status, std::string("spellout ") + rules);
  std::string s = utf8(out), one;
  for (char c : s)
    if (!(c == ' ' && !one.empty() && one.back() == ' ')) one += c;
  return one;
}

struct hhmm {
  std::string text;
  int seconds;
};
hhmm clock_digits(draw& r) {
  const int h = r.in(0, 23), m = r.in(0, 59);
  return {two(h) + ":" + two(m), (h * 60 + m) * 60};
}

// Two days of one month of a calendar, up to ten days apart, around the day drawn.
std::pair<sys_days, sys_days> same_month(draw& r, const icu_calendar& cal, sys_days day) {
  const date::days k{r.in(1, 10)};
  // A month has at least 29 days: if day + k is in the next month, day - k
  // is in this one.
  if (cal.at(day + k).month == cal.at(day).month) return {day, day + k};
  return {day - k, day};
}

// A day of a month and one early in the next month of the same year.
std::pair<sys_days, sys_days> across_months(draw& r, const icu_calendar& cal, sys_days day) {
  const fields f = cal.at(day);
  const int month = std::min(f.month, 11);
  return {cal.day_of(f.year, month, std::min(f.day, 28)), cal.day_of(f.year, month + 1, r.in(1, 10))};
}

// Two months of one year, the second one to three months after the first:
// the first day of the one and the last day of the other, by the calendar.
struct months_span {
  int year, first_month, last_month;
  sys_days first, last;
};
months_span month_span(draw& r, const icu_calendar& cal, sys_days day, int most = 3) {
  const fields f = cal.at(day);
  const int m1 = std::min(f.month, 11);
  const int m2 = m1 + r.in(1, std::min(most, 12 - m1));
  const sys_days after = m2 == 12 ? cal.day_of(f.year + 1, 1, 1) : cal.day_of(f.year, m2 + 1, 1);
  return {f.year, m1, m2, cal.day_of(f.year, m1, 1), after - date::days{1}};
}

// A written zone wins over the zone of the options (Asia/Tehran here).
rendering clock_in_zone(draw& r, const std::vector<std::pair<std::string, int>>& zones) {
  const hhmm t = clock_digits(r);
  const auto& [zone, minutes] = r.pick(zones);
  rendering w;
  w.expr = t.text + " " + zone;
  w.seconds = t.seconds;
  w.offset = minutes;
  w.tz = "Asia/Tehran";
  return w;
}

// ISO 8601 with a written offset, which wins over the zone of the options.
rendering iso_datetime(draw& r, const fields& g) {
  static const std::vector<std::pair<std::string, int>> offsets = {
      {"+03:30", 210}, {"+04:30", 270}, {"+03:00", 180}, {"+02:00", 120}, {"-05:00", -300}, {"Z", 0}};
  const auto& [suffix, minutes] = r.pick(offsets);
  const int h = r.in(0, 23), m = r.in(0, 59), sec = r.in(0, 59);
  rendering w;
  w.expr = num(g.year) + "-" + two(g.month) + "-" + two(g.day) + "T" + two(h) + ":" + two(m) + ":" + two(sec) + suffix;
  w.seconds = (h * 60 + m) * 60 + sec;
  w.offset = minutes;
  return w;
}

// The clock, in words or digits, with the day part that fixes its hour.
struct clock_words {
  std::string text;
  int seconds = 0;
};

// Arabic: الساعة العاشرة والنصف صباحا. The hour is the feminine ordinal;
// صباحا keeps it, مساء adds 12; "إلا ربعا" is a quarter before it.
clock_words arabic_clock(draw& r, bool construct) {
  static const std::vector<std::string> hours = {"الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
                                                 "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"};
  const bool morning = r.below(2) == 0;
  const int h = morning ? r.in(6, 11) : r.in(4, 11);
  int minutes = 0;
  std::string fraction;
  switch (r.below(4)) {
    case 0: break;
    case 1: fraction = " والنصف", minutes = 30; break;
    case 2: fraction = " والربع", minutes = 15; break;
    default: fraction = " إلا ربعا", minutes = -15; break;
  }
  const int clock = (morning ? h : h + 12) * 60 + minutes;
  // "صباح يوم ..." (construct) before a day; "صباحا" after one.
  const std::string part = morning ? (construct ? "صباح" : "صباحا") : "مساء";
  return {"الساعة " + hours[h - 1] + fraction + " " + part, clock * 60};
}

// Persian: ساعت ده و نیم صبح. صبح keeps the hour; عصر and شب add 12.
clock_words persian_clock(draw& r) {
  static const std::vector<std::string> hours = {"یک", "دو", "سه", "چهار", "پنج", "شش",
                                                 "هفت", "هشت", "نه", "ده", "یازده", "دوازده"};
  int h = 0, add = 0;
  std::string part;
  switch (r.below(3)) {
    case 0: h = r.in(6, 11), part = "صبح"; break;
    case 1: h = r.in(3, 6), part = "عصر", add = 12; break;
    default: h = r.in(8, 11), part = "شب", add = 12; break;
  }
  int minutes = 0;
  std::string fraction;
  switch (r.below(3)) {
    case 0: break;
    case 1: fraction = " و نیم", minutes = 30; break;
    default: fraction = " و ربع", minutes = 15; break;
  }
  return {"ساعت " + hours[h - 1] + fraction + " " + part, ((h + add) * 60 + minutes) * 60};
}


using template_fn = rendering (*)(draw&, const day_words&);

struct form {
  const char* name;
  const char* calendar;  // the group's calendar label
  std::vector<std::string> locales;
  template_fn render;
  bool latin_only = false;  // written in Latin digits only (ISO 8601)
};

const std::vector<std::string> fa_cities = {"تهران", "مشهد", "اصفهان", "شیراز", "تبریز"};
const std::vector<std::string> fa_agencies = {"ایرنا", "ایسنا", "تسنیم", "فارس", "مهر"};
const std::vector<std::string> ar_cities = {"القاهرة", "الرياض", "دبي", "بيروت", "دمشق", "بغداد", "الرباط", "الجزائر", "تونس", "طهران"};
const std::vector<std::string> ar_agencies = {"رويترز", "واس", "وام", "سانا", "قنا", "كونا", "إرنا", "أ ف ب"};

rendering written_as(taqvim::written_calendar c) {
  rendering w;
  w.calendar = c;
  return w;
}

const std::vector<std::string> fa = {"fa"};
const std::vector<std::string> ar_regions = {"ar_EG", "ar_LB", "ar_MA", "ar_DZ"};  // the four ways of naming Gregorian months

// Forms CLDR has no pattern for, as news writes them. Their expected span is
// `expr`; the value is ICU's day (and the clock time the template wrote).
const std::vector<form>& forms() {
  using wc = taqvim::written_calendar;
  static const std::vector<form> f = {
      // Persian
      {"dateline", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.before = r.pick(fa_cities) + " - " + r.pick(fa_agencies) + " - ";
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year);
         w.after = " - ";
         w.line_start = true;
         return w;
       }},
      {"weekday_date", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = x.wd() + " " + num(x.j.day) + " " + x.jm() + " " + num(x.j.year);
         return w;
       }},
      {"ruz_weekday_date", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = "روز " + x.wd() + " " + num(x.j.day) + " " + x.jm() + " " + num(x.j.year);
         return w;
       }},
      {"weekday_comma_date", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = x.wd() + "، " + num(x.j.day) + " " + x.jm() + " " + num(x.j.year);
         return w;
       }},
      {"date_dash_clock", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         const hhmm t = clock_digits(r);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " - " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"numeric_dash_clock", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         const hhmm t = clock_digits(r);
         w.expr = num(x.j.year) + "/" + two(x.j.month) + "/" + two(x.j.day) + " - " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"clock_dash_numeric", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         const hhmm t = clock_digits(r);
         w.expr = t.text + " - " + num(x.j.year) + "/" + two(x.j.month) + "/" + two(x.j.day);
         w.seconds = t.seconds;
         return w;
       }},
      {"date_time_words", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         const clock_words t = persian_clock(r);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"date_time_minutes", "persian", fa, [](draw& r, const day_words& x) {
         // ساعت ۶ و ۴۰ دقیقه صبح
         rendering w = written_as(wc::jalali);
         const int h = r.in(6, 11), m = r.in(1, 59);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " ساعت " + num(h) + " و " + num(m) + " دقیقه صبح";
         w.seconds = (h * 60 + m) * 60;
         return w;
       }},
      {"time_words_date", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::jalali);
         const clock_words t = persian_clock(r);
         w.expr = t.text + " روز " + x.wd() + " " + num(x.j.day) + " " + x.jm() + " " + num(x.j.year);
         w.seconds = t.seconds;
         return w;
       }},
      {"spaced_ymd", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.year) + " / " + two(x.j.month) + " / " + two(x.j.day);
         return w;
       }},
      {"dotted_dmy", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " . " + num(x.j.month) + " . " + num(x.j.year);
         return w;
       }},
      {"twin_barabar_hijri", "persian+islamic-umalqura", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " برابر با " + num(x.h.day) + " " + x.hm() + " " +
                  num(x.h.year);
         w.check_calendar = false;
         return w;
       }},
      {"twin_paren_hijri", "persian+islamic-umalqura", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " (" + num(x.h.day) + " " + x.hm() + " " +
                  num(x.h.year) + ")";
         w.check_calendar = false;
         return w;
       }},
      {"twin_barabar_gregorian", "persian+gregorian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " برابر با " + num(x.g.day) + " " + x.gm() + " " +
                  num(x.g.year);
         w.check_calendar = false;
         return w;
       }},
      {"year_first", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.year) + " " + x.jm() + " " + num(x.j.day);
         return w;
       }},
      {"date_comma_year", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " " + x.jm() + "، " + num(x.j.year);
         return w;
       }},
      {"two_digit_ymd", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = two(x.j.year % 100) + "/" + num(x.j.month) + "/" + num(x.j.day);
         return w;
       }},
      {"cardinal_day_words", "persian", fa, [](draw&, const day_words& x) {
         // بیست و چهار اردیبهشت ۱۴۰۳
         rendering w = written_as(wc::jalali);
         w.expr = spelled("fa", "%spellout-cardinal", x.j.day) + " " + x.jm() + " " + num(x.j.year);
         return w;
       }},
      {"year_words", "persian", fa, [](draw&, const day_words& x) {
         rendering w = written_as(wc::jalali);
         w.expr = num(x.j.day) + " " + x.jm() + " " + spelled("fa", "%spellout-numbering-year", x.j.year);
         return w;
       }},
      {"iso_datetime", "gregorian", fa, [](draw& r, const day_words& x) { return iso_datetime(r, x.g); }, true},
      {"date_clock_zone", "persian", fa, [](draw& r, const day_words& x) {
         rendering w = clock_in_zone(r, {{"به وقت گرینویچ", 0}, {"به وقت GMT", 0}});
         w.expr = num(x.j.day) + " " + x.jm() + " " + num(x.j.year) + " ساعت " + w.expr;
         w.calendar = wc::jalali;
         return w;
       }},
      {"range_same_month", "persian", fa, [](draw& r, const day_words& x) {
         // ۱۵ تا ۲۰ مرداد ۱۴۰۲
         const auto [a, b] = same_month(r, *x.jc, x.day);
         const fields f1 = x.jc->at(a), f2 = x.jc->at(b);
         rendering w = written_as(wc::jalali);
         w.expr = num(f1.day) + " تا " + num(f2.day) + " " + x.jn->months[f1.month - 1] + " " + num(f1.year);
         w.day = a, w.last = b;
         return w;
       }},
      {"range_across_months", "persian", fa, [](draw& r, const day_words& x) {
         // ۲۸ مرداد تا ۲ شهریور ۱۴۰۲
         const auto [a, b] = across_months(r, *x.jc, x.day);
         const fields f1 = x.jc->at(a), f2 = x.jc->at(b);
         rendering w = written_as(wc::jalali);
         w.expr = num(f1.day) + " " + x.jn->months[f1.month - 1] + " تا " + num(f2.day) + " " +
                  x.jn->months[f2.month - 1] + " " + num(f2.year);
         w.day = a, w.last = b;
         return w;
       }},
      {"month_range", "persian", fa, [](draw& r, const day_words& x) {
         // از فروردین تا خرداد ۱۴۰۲
         const months_span m = month_span(r, *x.jc, x.day);
         rendering w = written_as(wc::jalali);
         w.expr = "از " + x.jn->months[m.first_month - 1] + " تا " + x.jn->months[m.last_month - 1] + " " + num(m.year);
         w.day = m.first, w.last = m.last;
         return w;
       }},
      {"month_pair_and", "persian", fa, [](draw& r, const day_words& x) {
         // بهمن و اسفند ۱۴۰۲: two consecutive months
         const months_span m = month_span(r, *x.jc, x.day, 1);
         rendering w = written_as(wc::jalali);
         w.expr = x.jn->months[m.first_month - 1] + " و " + x.jn->months[m.last_month - 1] + " " + num(m.year);
         w.day = m.first, w.last = m.last;
         return w;
       }},
      {"first_day_of_year", "persian", fa, [](draw& r, const day_words& x) {
         // روز نخست سال ۱۴۰۳, روز آخر سال ۱۴۰۲
         const bool last = r.below(2) == 1;
         rendering w = written_as(wc::jalali);
         w.expr = std::string(last ? "روز آخر" : r.below(2) ? "روز نخست" : "روز اول") + " سال " + num(x.j.year) + " خورشیدی";
         w.day = last ? x.jc->day_of(x.j.year + 1, 1, 1) - date::days{1} : x.jc->day_of(x.j.year, 1, 1);
         return w;
       }},
      {"year_calendar_word", "gregorian", fa, [](draw&, const day_words& x) {
         // در سال میلادی ۲۰۲۵
         rendering w = written_as(wc::gregorian);
         w.expr = "در سال میلادی " + num(x.g.year);
         w.day = x.gc->day_of(x.g.year, 1, 1);
         w.last = x.gc->day_of(x.g.year, 12, 31);
         return w;
       }},
      // Arabic
      {"month_range", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         // من يناير إلى مارس 2024, بين كانون الأول وشباط 2024, من أكتوبر - ديسمبر 2023
         const months_span m = month_span(r, *x.gc, x.day);
         const std::string a = x.gn->months[m.first_month - 1], b = x.gn->months[m.last_month - 1];
         rendering w = written_as(wc::gregorian);
         switch (r.below(3)) {
           case 0: w.expr = "من " + a + " إلى " + b + " " + num(m.year); break;
           case 1: w.expr = "بين " + a + " و" + b + " " + num(m.year); break;
           default: w.expr = "من " + a + " - " + b + " " + num(m.year); break;
         }
         w.day = m.first, w.last = m.last;
         return w;
       }},
      {"month_range", "islamic-umalqura", {"ar"}, [](draw& r, const day_words& x) {
         // من رمضان إلى ذي الحجة 1445 هـ
         const months_span m = month_span(r, *x.hc, x.day);
         rendering w = written_as(wc::hijri);
         w.expr = "من " + x.hn->months[m.first_month - 1] + " إلى " + x.hn->months[m.last_month - 1] + " " +
                  num(m.year) + " هـ";
         w.day = m.first, w.last = m.last;
         return w;
       }},
      {"first_day_of_month", "islamic-umalqura", {"ar"}, [](draw& r, const day_words& x) {
         // أول أيام شهر رمضان 1445 هـ, آخر أيام شهر رمضان 1445 هـ
         const bool last = r.below(2) == 1;
         rendering w = written_as(wc::hijri);
         w.expr = std::string(last ? "آخر" : "أول") + " أيام شهر " + x.hm() + " " + num(x.h.year) + " هـ";
         const sys_days next = x.h.month == 12 ? x.hc->day_of(x.h.year + 1, 1, 1) : x.hc->day_of(x.h.year, x.h.month + 1, 1);
         w.day = last ? next - date::days{1} : x.hc->day_of(x.h.year, x.h.month, 1);
         return w;
       }},
      {"first_day_of_year", "islamic-umalqura", {"ar"}, [](draw& r, const day_words& x) {
         // اليوم الأول من العام الهجري 1445, فاتح السنة الهجرية 1445
         rendering w = written_as(wc::hijri);
         w.expr = (r.below(2) ? "اليوم الأول من العام الهجري " : "فاتح السنة الهجرية ") + num(x.h.year);
         w.day = x.hc->day_of(x.h.year, 1, 1);
         return w;
       }},
      {"last_day_of_year", "gregorian", {"ar"}, [](draw&, const day_words& x) {
         // اليوم الأخير من عام 2023
         rendering w = written_as(wc::gregorian);
         w.expr = "اليوم الأخير من عام " + num(x.g.year);
         w.day = x.gc->day_of(x.g.year, 12, 31);
         return w;
       }},
      {"year_calendar_word", "islamic-umalqura", {"ar"}, [](draw&, const day_words& x) {
         // في السنة الهجرية 1445
         rendering w = written_as(wc::hijri);
         w.expr = "في السنة الهجرية " + num(x.h.year);
         w.day = x.hc->day_of(x.h.year, 1, 1);
         w.last = x.hc->day_of(x.h.year + 1, 1, 1) - date::days{1};
         return w;
       }},
      {"dateline", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.before = r.pick(ar_cities) + " - ";
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year);
         w.after = " (" + r.pick(ar_agencies) + ") - ";
         w.line_start = true;
         return w;
       }},
      {"month_pair_slash", "gregorian", {"ar_LB"}, [](draw&, const day_words& x) {
         // تشرين الأول/أكتوبر: the Levantine name, then the Egyptian one.
         static const names eg("ar_EG", "gregorian");
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " " + x.gm() + "/" + eg.months[x.g.month - 1] + " " + num(x.g.year);
         return w;
       }},
      {"month_pair_paren", "gregorian", {"ar_LB"}, [](draw&, const day_words& x) {
         static const names eg("ar_EG", "gregorian");
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " " + x.gm() + " (" + eg.months[x.g.month - 1] + ") " + num(x.g.year);
         return w;
       }},
      {"yawm_weekday_date", "gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = "يوم " + x.wd() + " " + num(x.g.day) + " " + x.gm() + " " + num(x.g.year);
         return w;
       }},
      {"weekday_date_m", "gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = x.wd() + " " + num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + "م";
         return w;
       }},
      {"yawm_weekday_muwafiq", "gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = "يوم " + x.wd() + " الموافق " + num(x.g.day) + " " + x.gm() + " " + num(x.g.year);
         return w;
       }},
      {"date_clock", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         const hhmm t = clock_digits(r);
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + " الساعة " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"date_dash_clock", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         const hhmm t = clock_digits(r);
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + " - " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"numeric_clock", "gregorian", {"ar"}, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         const hhmm t = clock_digits(r);
         w.expr = two(x.g.day) + "/" + two(x.g.month) + "/" + num(x.g.year) + " " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"date_time_words", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         const clock_words t = arabic_clock(r, false);
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + " " + t.text;
         w.seconds = t.seconds;
         return w;
       }},
      {"time_words_date", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         const clock_words t = arabic_clock(r, true);
         w.expr = t.text + " يوم " + x.wd() + " " + num(x.g.day) + " " + x.gm() + " " + num(x.g.year);
         w.seconds = t.seconds;
         return w;
       }},
      {"spaced_dmy", "gregorian", {"ar"}, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " / " + num(x.g.month) + " / " + num(x.g.year);
         return w;
       }},
      {"spaced_dmy_dash", "gregorian", {"ar"}, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " - " + num(x.g.month) + " - " + num(x.g.year);
         return w;
       }},
      {"twin_muwafiq", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::hijri);
         w.expr = num(x.h.day) + " " + x.hm() + " " + num(x.h.year) + "هـ الموافق " + num(x.g.day) + " " + x.gm() + " " +
                  num(x.g.year) + "م";
         w.check_calendar = false;
         return w;
       }},
      {"twin_muwafiq_li", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::hijri);
         w.expr = num(x.h.day) + " " + x.hm() + " " + num(x.h.year) + " هـ الموافق لـ " + num(x.g.day) + " " + x.gm() +
                  " " + num(x.g.year) + " م";
         w.check_calendar = false;
         return w;
       }},
      {"twin_paren", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::hijri);
         w.expr = num(x.h.day) + " " + x.hm() + " " + num(x.h.year) + " هـ (" + num(x.g.day) + " " + x.gm() + " " +
                  num(x.g.year) + " م)";
         w.check_calendar = false;
         return w;
       }},
      {"twin_slash", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::hijri);
         w.expr = num(x.h.day) + " " + x.hm() + " " + num(x.h.year) + " هـ / " + num(x.g.day) + " " + x.gm() + " " +
                  num(x.g.year) + " م";
         w.check_calendar = false;
         return w;
       }},
      {"twin_gregorian_first", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + " م الموافق " + num(x.h.day) + " " + x.hm() + " " +
                  num(x.h.year) + " هـ";
         w.check_calendar = false;
         return w;
       }},
      {"weekday_twin", "islamic-umalqura+gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::hijri);
         w.expr = x.wd() + " " + num(x.h.day) + " " + x.hm() + " " + num(x.h.year) + " هـ الموافق " + num(x.g.day) + " " +
                  x.gm() + " " + num(x.g.year) + " م";
         w.check_calendar = false;
         return w;
       }},
      {"ordinal_min", "gregorian", ar_regions, [](draw&, const day_words& x) {
         // الخامس من أكتوبر 2023
         rendering w = written_as(wc::gregorian);
         w.expr = spelled("ar", "%spellout-ordinal-masculine", x.g.day) + " من " + x.gm() + " " + num(x.g.year);
         return w;
       }},
      {"ordinal_min_shahr", "islamic-umalqura", {"ar"}, [](draw&, const day_words& x) {
         // الخامس من شهر شعبان 1445 هـ
         rendering w = written_as(wc::hijri);
         w.expr = spelled("ar", "%spellout-ordinal-masculine", x.h.day) + " من شهر " + x.hm() + " " + num(x.h.year) + " هـ";
         return w;
       }},
      {"ghurra", "islamic-umalqura", {"ar"}, [](draw&, const day_words& x) {
         // غرة رمضان 1445 هـ: the first day of the month
         static const icu_calendar umm_al_qura("islamic-umalqura");
         rendering w = written_as(wc::hijri);
         w.expr = "غرة " + x.hm() + " " + num(x.h.year) + " هـ";
         w.day = umm_al_qura.day_of(x.h.year, x.h.month, 1);
         return w;
       }},
      {"date_comma_year", "gregorian", ar_regions, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + " " + x.gm() + "، " + num(x.g.year);
         return w;
       }},
      {"two_digit_dmy", "gregorian", {"ar"}, [](draw&, const day_words& x) {
         rendering w = written_as(wc::gregorian);
         w.expr = num(x.g.day) + "/" + num(x.g.month) + "/" + two(x.g.year % 100);
         return w;
       }},
      {"weekday_glued_numeric", "gregorian", {"ar"}, [](draw&, const day_words& x) {
         // السبت25-5-2024
         rendering w = written_as(wc::gregorian);
         w.expr = x.wd() + num(x.g.day) + "-" + num(x.g.month) + "-" + num(x.g.year);
         return w;
       }},
      {"iso_datetime", "gregorian", {"ar"}, [](draw& r, const day_words& x) { return iso_datetime(r, x.g); }, true},
      {"twin_one_day_off", "islamic-umalqura+gregorian", ar_regions, [](draw& r, const day_words& x) {
         // The Hijri date as a country that sighted the moon a day apart
         // kept it; the Gregorian twin says which day it was.
         const fields h = x.hc->at(x.day + date::days{r.below(2) ? 1 : -1});
         rendering w = written_as(wc::hijri);
         w.expr = num(h.day) + " " + x.hn->months[h.month - 1] + " " + num(h.year) + " هـ الموافق " + num(x.g.day) + " " +
                  x.gm() + " " + num(x.g.year) + " م";
         w.check_calendar = false;
         w.flags = taqvim::flag_dual_mismatch;
         return w;
       }},
      {"weekday_hijri_one_day_off", "islamic-umalqura", {"ar"}, [](draw& r, const day_words& x) {
         // The weekday pins the day when the Hijri date is one day off.
         const fields h = x.hc->at(x.day + date::days{r.below(2) ? 1 : -1});
         rendering w = written_as(wc::hijri);
         w.expr = "يوم " + x.wd() + " " + num(h.day) + " " + x.hn->months[h.month - 1] + " " + num(h.year) + " هـ";
         w.flags = taqvim::flag_weekday_mismatch;
         return w;
       }},
      {"date_clock_zone", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         rendering w = clock_in_zone(
             r, {{"بتوقيت غرينتش", 0}, {"بتوقيت جرينتش", 0}, {"بتوقيت مكة المكرمة", 180}});
         w.expr = num(x.g.day) + " " + x.gm() + " " + num(x.g.year) + " الساعة " + w.expr;
         w.calendar = wc::gregorian;
         return w;
       }},
      {"range_same_month", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         // من 6 إلى 8 أكتوبر 2023
         const auto [a, b] = same_month(r, *x.gc, x.day);
         const fields f1 = x.gc->at(a), f2 = x.gc->at(b);
         rendering w = written_as(wc::gregorian);
         w.expr = "من " + num(f1.day) + " إلى " + num(f2.day) + " " + x.gn->months[f1.month - 1] + " " + num(f1.year);
         w.day = a, w.last = b;
         return w;
       }},
      {"range_dash", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         // 6-8 أكتوبر 2023
         const auto [a, b] = same_month(r, *x.gc, x.day);
         const fields f1 = x.gc->at(a), f2 = x.gc->at(b);
         rendering w = written_as(wc::gregorian);
         w.expr = num(f1.day) + "-" + num(f2.day) + " " + x.gn->months[f1.month - 1] + " " + num(f1.year);
         w.day = a, w.last = b;
         return w;
       }},
      {"range_across_months", "gregorian", ar_regions, [](draw& r, const day_words& x) {
         // من 28 يونيو إلى 2 يوليو 2024
         const auto [a, b] = across_months(r, *x.gc, x.day);
         const fields f1 = x.gc->at(a), f2 = x.gc->at(b);
         rendering w = written_as(wc::gregorian);
         w.expr = "من " + num(f1.day) + " " + x.gn->months[f1.month - 1] + " إلى " + num(f2.day) + " " +
                  x.gn->months[f2.month - 1] + " " + num(f2.year);
         w.day = a, w.last = b;
         return w;
       }},
  };
  return f;
}

void template_groups(std::uint64_t seed, int count, const sentences& text, std::vector<group>& out) {
  const icu_calendar gc("gregorian"), jc("persian"), hc("islamic-umalqura");
  std::map<std::string, std::unique_ptr<names>> symbols;  // "locale cal"
  auto symbols_of = [&](const std::string& locale, const std::string& cal) -> const names* {
    auto& p = symbols[locale + " " + cal];
    if (!p) p = std::make_unique<names>(locale, cal);
    return p.get();
  };
  for (const form& f : forms()) {
    for (const std::string& locale : f.locales) {
      const day_words words_base{{},  {},  {},  symbols_of(locale, "gregorian"), symbols_of(locale, "persian"),
                                 symbols_of(locale, "islamic-umalqura"), &gc, &jc, &hc, {}};
      for (digits d : all_digits) {
        if (f.latin_only && d != digits::latn) continue;
        group g{locale + " " + f.calendar + " " + f.name + " " + name(d), lang_of(locale), {}};
        draw r(seed, g.name);
        for (int i = 0; i < count; ++i) {
          const sys_days day = random_day(r);
          day_words x = words_base;
          x.g = gc.at(day), x.j = jc.at(day), x.h = hc.at(day), x.day = day;
          const rendering w = f.render(r, x);
          test_case c = place(r, text.of(g.lang), w, d);
          c.day = w.day.value_or(day);
          c.last = w.last.value_or(c.day);
          c.reference = reference_after(r, day);
          g.cases.push_back(std::move(c));
        }
        out.push_back(std::move(g));
      }
    }
  }
}

// Each sentence alone must give nothing: otherwise a failure above could be
// the sentence's, not the date's.
void sentence_groups(const sentences& text, std::vector<group>& out) {
  for (const std::string lang : {"fa", "ar"}) {
    group g{lang + " - sentence-alone -", lang, {}};
    for (const std::string& s : text.of(lang)) {
      test_case c;
      c.text = s;
      c.expect_none = true;
      c.reference = date::year{2023} / 8 / 6;
      g.cases.push_back(std::move(c));
    }
    out.push_back(std::move(g));
  }
}

// ---------------------------------------------------------------- checking

std::string iso(sys_days d) {
  const date::year_month_day ymd{d};
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return b;
}

std::string describe(const std::string& text, const taqvim::match& m) {
  std::string s = "«" + text.substr(m.begin, m.end - m.begin) + "» " + taqvim::format_value(m) + " " +
                  std::string(taqvim::name(m.calendar));
  for (std::string_view f : taqvim::flag_names(m.flags)) s += " " + std::string(f);
  return s;
}

// The match begins where the rendering begins, or at the preposition "in"
// (في, در) just before it: whether a span takes it is a matter of style
// (في الساعة العاشرة), not of finding the date.
bool begin_ok(const test_case& c, std::size_t begin) {
  if (begin == c.begin) return true;
  for (const std::string p : {"في ", "در "}) {
    const std::size_t at = c.begin - std::min(c.begin, p.size());
    if (begin == at && c.text.compare(at, p.size(), p) == 0 && (at == 0 || c.text[at - 1] == ' ')) return true;
  }
  return false;
}

// Empty when the case passes; else what went wrong.
std::string verdict(const test_case& c, const std::string& lang) {
  taqvim::extract_options o;
  o.lang = lang;
  o.tz = c.tz;
  // The oracle's Hijri calendar is Umm al-Qura as computed today, so the
  // text is read with it (by default Persian text uses Iran's calendar,
  // which ICU does not have, and Arabic text before 1420 AH the edition
  // printed then).
  o.hijri_persian = taqvim::calendar::hijri_umm_al_qura;
  o.hijri_arabic = taqvim::calendar::hijri_umm_al_qura;
  o.reference = taqvim::reference_time::parse(iso(c.reference) + "T12:00+00:00");
  const std::vector<taqvim::match> ms = taqvim::extract(c.text, o);

  std::string found;
  for (const taqvim::match& m : ms) found += (found.empty() ? "" : "; ") + describe(c.text, m);
  if (c.expect_none) return ms.empty() ? "" : "matched a date-free sentence: " + found;

  const std::string want = "«" + c.text.substr(c.begin, c.end - c.begin) + "» " + iso(c.day) +
                           (c.last != c.day ? "/" + iso(c.last) : "") +
                           (c.seconds >= 0 ? " " + two(c.seconds / 3600) + ":" + two(c.seconds / 60 % 60) : "");
  if (ms.empty()) return "not found; want " + want;
  if (ms.size() > 1) return std::to_string(ms.size()) + " matches: " + found + "; want " + want;
  const taqvim::match& m = ms.front();
  const bool end_ok = m.end == c.end || (c.optional_tail > 0 && m.end + c.optional_tail == c.end);
  if (!begin_ok(c, m.begin) || !end_ok) return "span: " + found + "; want " + want;
  if ((m.flags & taqvim::flag_unresolved) || m.first != date::local_days{c.day.time_since_epoch()} ||
      m.last != date::local_days{c.last.time_since_epoch()})
    return "value: " + found + "; want " + want;
  if (m.seconds != c.seconds) return "time: " + found + "; want " + want;
  if (c.offset != no_offset && m.offset_minutes != c.offset) return "offset: " + found + "; want " + want;
  constexpr std::uint16_t wrong = taqvim::flag_weekday_mismatch | taqvim::flag_dual_mismatch |
                                  taqvim::flag_invalid_date | taqvim::flag_approximate;
  // The cases are written from ICU's Umm al-Qura table, KACST's computation
  // of today; before 1420 AH the calendar printed at the time differs from it
  // (docs/calendars.md), and the extractor says so with `approximate`.
  std::uint16_t flags = c.flags;
  if (c.calendar == taqvim::written_calendar::hijri) {
    const int hy = taqvim::from_sys_days(taqvim::calendar::hijri_umm_al_qura, c.day).year;
    if (hy < 1420 || hy > 1600) flags |= taqvim::flag_approximate;
  }
  if ((m.flags & wrong & ~flags) || (m.flags & flags) != flags) {
    std::string want_flags;
    for (std::string_view f : taqvim::flag_names(flags)) want_flags += " " + std::string(f);
    return "flags: " + found + "; want " + want + want_flags;
  }
  if (c.check_calendar && m.calendar != c.calendar) return "calendar: " + found + "; want " + want;
  return "";
}

struct group_result {
  int failed = 0;
  std::string example;  // the first failure: why, then the text
};

group_result run(const group& g, bool verbose) {
  group_result r;
  for (const test_case& c : g.cases) {
    const std::string why = verdict(c, g.lang);
    if (verbose) std::cout << (why.empty() ? "ok   " : "FAIL ") << g.name << ": " << c.text << (why.empty() ? "" : "\n     " + why) << "\n";
    if (why.empty()) continue;
    if (r.failed++ == 0) {
      std::string text = c.text;
      for (char& ch : text)
        if (ch == '\t' || ch == '\n') ch = ' ';
      r.example = why + "\t" + text;
    }
  }
  return r;
}

// known_failures.txt: "group<TAB>why<TAB>text" a line, '#' comments, one
// of which names the ICU version the list was made with.
std::set<std::string> read_known(const std::string& path, std::string& icu_version) {
  std::set<std::string> known;
  for (const std::string& line : read_lines(path)) {
    if (line[0] == '#') {
      const std::size_t at = line.find("(ICU ");
      if (at != std::string::npos) icu_version = line.substr(at + 5, line.find(')', at) - at - 5);
      continue;
    }
    known.insert(line.substr(0, line.find('\t')));
  }
  return known;
}

int usage() {
  std::cerr << "usage: taqvim_oracle [--seed N] [--count N] [--known-failures | --all] [--group TEXT] [--verbose] [--data DIR]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) try {
  std::uint64_t seed = 1;
  int count = 40;
  enum { enabled, known_only, everything } mode = enabled;
  std::string filter, dir = TAQVIM_ORACLE_DIR;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--seed" && has_value) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--count" && has_value) count = std::atoi(argv[++i]);
    else if (a == "--group" && has_value) filter = argv[++i];
    else if (a == "--data" && has_value) dir = argv[++i];
    else if (a == "--known-failures") mode = known_only;
    else if (a == "--all") mode = everything;
    else if (a == "--verbose") verbose = true;
    else return usage();
  }
  if (count < 1) return usage();

  sentences text{read_lines(dir + "/sentences_fa.txt"), read_lines(dir + "/sentences_ar.txt")};
  std::string listed_with;
  const std::set<std::string> known = read_known(dir + "/known_failures.txt", listed_with);
  if (mode != everything && !listed_with.empty() && listed_with != U_ICU_VERSION)
    std::cout << "note: known_failures.txt was made with ICU " << listed_with << ", this is ICU " U_ICU_VERSION
              << ", whose patterns may differ\n";

  std::vector<group> groups;
  sentence_groups(text, groups);
  cldr_groups(seed, count, text, groups);
  template_groups(seed, count, text, groups);

  // A listed group that is no longer generated would hide nothing, but the
  // list would lie: it must be edited.
  std::set<std::string> names;
  for (const group& g : groups) names.insert(g.name);
  int stale = 0;
  for (const std::string& k : known)
    if (!names.count(k)) std::cerr << "known_failures.txt lists a group that is not generated: " << k << "\n", ++stale;
  if (stale) return 2;

  int run_groups = 0, failed_groups = 0, now_passing = 0;
  long cases = 0, failed_cases = 0;
  if (mode == everything)
    std::cout << "# The groups of taqvim_oracle that fail today, one a line: the group, its first failure,\n"
                 "# the text it failed on. ctest's extract_oracle does not run them; `taqvim_oracle\n"
                 "# --known-failures` says which pass now (delete their lines). Made by:\n"
                 "# taqvim_oracle --all --seed " << seed << " --count " << count << " (ICU " U_ICU_VERSION ")\n";
  for (const group& g : groups) {
    if (!filter.empty() && g.name.find(filter) == std::string::npos) continue;
    const bool listed = known.count(g.name) > 0;
    if ((mode == enabled && listed) || (mode == known_only && !listed)) continue;
    ++run_groups;
    cases += static_cast<long>(g.cases.size());
    const group_result r = run(g, verbose);
    failed_cases += r.failed;
    if (r.failed == 0) {
      if (mode == known_only) std::cout << "now passes: " << g.name << "\n", ++now_passing;
      continue;
    }
    ++failed_groups;
    if (mode == everything) std::cout << g.name << "\t" << r.example << "\n";
    else if (mode == enabled)
      std::cout << "FAIL " << g.name << " (" << r.failed << " of " << g.cases.size() << "): " << r.example << "\n";
  }
  std::ostream& summary = mode == everything ? std::cerr : std::cout;
  summary << "seed " << seed << ", " << count << " days a group, ICU " U_ICU_VERSION ": " << run_groups << " groups, "
          << cases << " cases; " << failed_groups << " groups failed (" << failed_cases << " cases)";
  if (mode == enabled) summary << "; " << known.size() << " groups listed as known failures, not run";
  if (mode == known_only) summary << "; " << now_passing << " now pass: remove them from known_failures.txt";
  summary << "\n";
  if (mode == known_only) return 0;
  return failed_groups > 0 ? 1 : 0;
} catch (const std::exception& e) {
  std::cerr << "taqvim_oracle: " << e.what() << "\n";
  return 2;
}
