// Dates as text: "Y-M-D" in any calendar and digit script, and dates in
// words as Persian and Arabic text writes them.
//
//   using namespace taqvim;
//   std::string why;
//   auto f = parse_date("۱۴۰۲/۰۵/۱۵", calendar::jalali, why);        // {1402, 5, 15}
//   format_ymd(*f, digit_script::arabic);                            // "١٤٠٢-٠٥-١٥"
//   const date::sys_days d = to_sys_days(calendar::jalali, *f);
//   format(d, calendar::jalali, language::fa, date_style::full,
//          month_naming::standard, digit_script::persian);            // "یکشنبه ۱۵ مرداد ۱۴۰۲"
//   format(d, calendar::hijri_umm_al_qura, language::ar, date_style::full,
//          month_naming::standard, digit_script::latin);              // "الأحد 19 محرم 1445 هـ"
//   format(d, calendar::gregorian, language::ar, date_style::full,
//          month_naming::levantine, digit_script::latin);             // "الأحد 6 آب/أغسطس 2023"
//
// Every name written here is one that taqvim::extract reads (the spellings of
// data/lexicon/), so that text written by format() is found again by
// extract(); the tests check the round trip over thousands of days.
#ifndef TAQVIM_DATE_TEXT_H
#define TAQVIM_DATE_TEXT_H

#include <taqvim/calendar.h>

#include <date/date.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace taqvim {

// ASCII, Persian (U+06F0..U+06F9) or Arabic-Indic (U+0660..U+0669) digits.
enum class digit_script : unsigned char { latin, persian, arabic };

enum class language : unsigned char { fa, ar };

// full: weekday, day, month, year (and the era of a Hijri year);
// long: the same without the weekday; short: day and month only;
// numeric: Y/MM/DD in the chosen digits (and the era of a Hijri year).
enum class date_style : unsigned char { full, long_form, short_form, numeric };

// Which names of the months, where regions differ. Arabic: egyptian
// (يناير … أغسطس …, the standard), levantine (the Syriac name with the
// Egyptian one: آب/أغسطس), iraqi (Syriac names, مايس for May), maghrebi
// (Algeria and Tunisia: جانفي … أوت …). Persian: persian (Iran's names, the
// standard), afghan (the zodiac names of the solar months, حمل … حوت, and Dari
// Gregorian names, جنوری …). A naming of the other language counts as standard.
enum class month_naming : unsigned char { standard, egyptian, levantine, iraqi, maghrebi, persian, afghan };

namespace detail {

inline constexpr std::string_view jalali_months[12] = {
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
// Afghanistan's solar months (the zodiac names of its official calendar).
inline constexpr std::string_view afghan_months[12] = {
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"};
inline constexpr std::string_view hijri_months_ar[12] = {
    "محرم",   "صفر",  "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب",    "شعبان", "رمضان",      "شوال",       "ذو القعدة",    "ذو الحجة"};
inline constexpr std::string_view hijri_months_fa[12] = {
    "محرم",  "صفر",   "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
    "رجب",   "شعبان", "رمضان",      "شوال",        "ذیقعده",      "ذیحجه"};
inline constexpr std::string_view gregorian_egyptian[12] = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
inline constexpr std::string_view gregorian_levantine[12] = {
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز",         "آب",   "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
inline constexpr std::string_view gregorian_iraqi[12] = {
    "كانون الثاني", "شباط", "آذار", "نيسان", "مايس", "حزيران",
    "تموز",         "آب",   "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
inline constexpr std::string_view gregorian_maghrebi[12] = {
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
inline constexpr std::string_view gregorian_persian[12] = {
    "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};
inline constexpr std::string_view gregorian_dari[12] = {
    "جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"};
// date::weekday's numbering: Sunday is 0.
inline constexpr std::string_view weekdays_fa[7] = {"یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه",
                                                    "پنجشنبه", "جمعه",   "شنبه"};
inline constexpr std::string_view weekdays_ar[7] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                                                    "الخميس", "الجمعة",  "السبت"};

inline month_naming effective(language lang, month_naming n) noexcept {
  const bool arabic_naming = n == month_naming::egyptian || n == month_naming::levantine ||
                             n == month_naming::iraqi || n == month_naming::maghrebi;
  const bool persian_naming = n == month_naming::persian || n == month_naming::afghan;
  if (lang == language::ar) return arabic_naming ? n : month_naming::egyptian;
  return persian_naming ? n : month_naming::persian;
}

inline std::string year_text(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d", y);
  return buf;
}

}  // namespace detail

// Reads one digit of any script at s[i]; on success stores its value,
// advances i past its bytes and returns true.
inline bool read_digit(std::string_view s, std::size_t& i, unsigned& value) noexcept {
  if (i >= s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 >= '0' && b0 <= '9') {
    value = b0 - '0';
    i += 1;
    return true;
  }
  if (i + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  // U+0660..U+0669 is D9 A0..D9 A9; U+06F0..U+06F9 is DB B0..DB B9.
  if ((b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) || (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9)) {
    value = b1 & 0x0F;
    i += 2;
    return true;
  }
  return false;
}

// The ASCII digits of s rewritten in the given script; everything else as is.
inline std::string render_digits(std::string_view s, digit_script script) {
  if (script == digit_script::latin) return std::string(s);
  const unsigned char lead = script == digit_script::persian ? 0xDB : 0xD9;
  const unsigned char base = script == digit_script::persian ? 0xB0 : 0xA0;
  std::string out;
  out.reserve(s.size() * 2);
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      out += static_cast<char>(lead);
      out += static_cast<char>(base + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

// "Y-MM-DD", the year padded to four digits, '-' before a negative year.
inline std::string format_ymd(const date_fields& f, digit_script digits = digit_script::latin) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%04d-%02u-%02u", f.year < 0 ? "-" : "", f.year < 0 ? -f.year : f.year,
                f.month % 100, f.day % 100);
  return render_digits(buf, digits);
}

// "Y-M-D" or "Y/M/D" in any digits (mixed freely), each field 1 to 9
// digits, a leading '-' for a negative year; the year within
// [min_year, max_year] and the month within 1..12. Surrounding blanks, CR
// and the bidi marks U+200E, U+200F and U+061C are ignored. On failure
// returns nullopt and says why.
// Without the bytes people paste around a date: ASCII blanks, CR from DOS
// files, and the bidi marks U+200E, U+200F and U+061C.
constexpr std::string_view trim_pasted(std::string_view s) noexcept {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1);
    } else if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(0, 3) == "\u200E" || s.substr(0, 3) == "\u200F")) {
      s.remove_prefix(3);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\u200E" || s.substr(s.size() - 3) == "\u200F")) {
      s.remove_suffix(3);
    } else if (s.size() >= 2 && s.substr(0, 2) == "\u061C") {
      s.remove_prefix(2);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\u061C") {
      s.remove_suffix(2);
    } else {
      return s;
    }
  }
}

inline std::optional<date_fields> parse_ymd(std::string_view s, std::string& why) {
  s = trim_pasted(s);
  if (s.empty()) {
    why = "empty line";
    return std::nullopt;
  }
  // At most nine digits a field, so the value always fits and absurd inputs
  // still get a range message rather than an overflow.
  auto number = [&](std::size_t& i, long& value) {
    value = 0;
    int n = 0;
    unsigned d = 0;
    while (i < s.size() && read_digit(s, i, d)) {
      if (++n > 9) return false;
      value = value * 10 + d;
    }
    return n > 0;
  };
  std::size_t i = 0;
  const bool negative = s[0] == '-';
  if (negative) ++i;
  long y = 0, m = 0, d = 0;
  const bool shape = number(i, y) && i < s.size() && (s[i] == '-' || s[i] == '/') && number(++i, m) &&
                     i < s.size() && (s[i] == '-' || s[i] == '/') && number(++i, d) && i == s.size();
  if (!shape) {
    why = "not a date (expected Y-M-D or Y/M/D)";
    return std::nullopt;
  }
  if (negative) y = -y;
  if (y < min_year || y > max_year) {
    why = "year " + std::to_string(y) + " is outside " + std::to_string(min_year) + ".." + std::to_string(max_year);
    return std::nullopt;
  }
  if (m < 1 || m > 12) {
    why = "month " + std::to_string(m) + " does not exist (months are 1..12)";
    return std::nullopt;
  }
  return date_fields{static_cast<int>(y), static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

// parse_ymd, and the day must exist in calendar c.
inline std::optional<date_fields> parse_date(std::string_view s, calendar c, std::string& why) {
  auto f = parse_ymd(s, why);
  if (!f) return std::nullopt;
  if (!valid(c, *f)) {
    std::string month = format_ymd({f->year, f->month, 1});
    month.resize(month.size() - 3);  // drop "-01"
    why = "day " + std::to_string(f->day) + " does not exist: " + std::string(name(c)) + " " + month + " has " +
          std::to_string(month_length(c, f->year, f->month)) + " days";
    return std::nullopt;
  }
  return f;
}

// The month's name in that calendar, language and naming ("مرداد", "ربيع الأول", "آب/أغسطس").
inline std::string month_name(calendar c, unsigned month, language lang, month_naming naming = month_naming::standard) {
  if (month < 1 || month > 12) return {};
  const unsigned i = month - 1;
  const month_naming n = detail::effective(lang, naming);
  if (c == calendar::jalali) {
    return std::string(n == month_naming::afghan ? detail::afghan_months[i] : detail::jalali_months[i]);
  }
  if (is_hijri(c)) return std::string(lang == language::ar ? detail::hijri_months_ar[i] : detail::hijri_months_fa[i]);
  switch (n) {
    case month_naming::levantine:
      return std::string(detail::gregorian_levantine[i]) + "/" + std::string(detail::gregorian_egyptian[i]);
    case month_naming::iraqi: return std::string(detail::gregorian_iraqi[i]);
    case month_naming::maghrebi: return std::string(detail::gregorian_maghrebi[i]);
    case month_naming::persian: return std::string(detail::gregorian_persian[i]);
    case month_naming::afghan: return std::string(detail::gregorian_dari[i]);
    case month_naming::egyptian:
    case month_naming::standard: break;
  }
  return std::string(detail::gregorian_egyptian[i]);
}

// The weekday's name (Sunday is 0, as date::weekday counts).
inline std::string weekday_name(date::weekday w, language lang) {
  const unsigned i = w.c_encoding() % 7;
  return std::string(lang == language::ar ? detail::weekdays_ar[i] : detail::weekdays_fa[i]);
}

// Day `day` written in calendar c: "یکشنبه ۱۵ مرداد ۱۴۰۲", "الأحد 22 ربيع الأول
// 1445 هـ", "الأحد 6 آب/أغسطس 2023", "1445/03/22 هـ". A Hijri year carries its
// era (هـ in Arabic, ه.ق in Persian) so that a reader, and the extractor,
// cannot take it for a solar year.
inline std::string format(date::sys_days day, calendar c, language lang, date_style style,
                          month_naming naming = month_naming::standard,
                          digit_script digits = digit_script::latin) {
  const date_fields f = from_sys_days(c, day);
  const std::string era = !is_hijri(c) ? std::string() : lang == language::ar ? " هـ" : " ه.ق";
  if (style == date_style::numeric) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d/%02u/%02u", f.year, f.month, f.day);
    return render_digits(buf, digits) + era;
  }
  std::string out;
  if (style == date_style::full) out = weekday_name(date::weekday{day}, lang) + " ";
  out += render_digits(std::to_string(f.day), digits) + " " + month_name(c, f.month, lang, naming);
  if (style != date_style::short_form) out += " " + render_digits(detail::year_text(f.year), digits) + era;
  return out;
}

}  // namespace taqvim

#endif
