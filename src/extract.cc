// Extraction: fold, tokenize, parse date expressions with a small grammar
// over tokens, then resolve each against a reference.
//
// The grammar is a set of hand-written recognizers tried at each token; the
// longest recognized expression wins and scanning resumes after it, so that
// matches never overlap. See docs/extraction.md for the forms.
#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <date/tz.h>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <stdexcept>

#include "lexicon/lexicon.h"
#include "lexicon/scan.h"

namespace taqvim {
namespace {

using lexicon::kind;

// Internal: resolution found the expression is not a date after all.
constexpr std::uint16_t flag_dropped = 1U << 15;
using scan::token;
using scan::type;

// What an expression says, before it is resolved.
enum class shape : std::uint8_t {
  date,           // day, month, maybe year (calendar set)
  month,          // month and year, or month alone
  year,           // a year alone (with a marker)
  range,          // days day..day2 of one month, or two dates
  relative_day,   // offset days from the reference
  relative_week,  // offset weeks (Saturday-based)
  relative_month,
  relative_year,
  weekday,        // a weekday relative to the reference (qualifier -1/0/+1, or nearest)
  time_only,      // a clock time on the reference day
};

enum class system : std::uint8_t { unknown, jalali, hijri, gregorian };

struct parsed {
  std::size_t tb = 0, te = 0;  // token range
  shape s = shape::date;
  system sys = system::unknown;
  bool sys_from_name = false;  // a month name or era marker fixed the calendar
  int year = 0;                // 0: not written
  bool two_digit_year = false;
  bool year_relative = false;  // ۱۵ مرداد سال گذشته: the reference's year + year_offset
  int year_offset = 0;
  unsigned month = 0, day = 0;
  int year2 = 0;  // range end (0: same as start)
  unsigned month2 = 0, day2 = 0;
  int weekday = -1;
  int qualifier = 2;  // for shape::weekday: -1, 0, +1; 2 = nearest
  int offset = 0;     // relative shapes
  int hour = -1, minute = -1, second = -1;
  bool dual_mismatch = false;
  bool relative_word = false;  // led by امروز/اليوم: a reference-day check
  int relative_days = 0;
  bool year_before = false;  // a range whose first date is in the year before year2
  bool twin = false;         // year2/month2/day2 are the same day written again
  system twin_sys = system::unknown;
};

// ---------------------------------------------------------------- grammar

class grammar {
 public:
  grammar(std::string_view folded, const std::vector<token>& toks, bool persian)
      : s_(folded), t_(toks), n_(toks.size()), persian_(persian), lex_(lexicon::table()) {}

  // Whether an expression can start at token i at all: a cheap test that
  // spares the recognizers most tokens (و, punctuation).
  bool can_start(std::size_t i) const {
    const token& t = t_[i];
    if (t.t == type::number) return true;
    if (t.t != type::lex) return false;
    constexpr unsigned starters =
        1U << static_cast<unsigned>(kind::month_jalali) | 1U << static_cast<unsigned>(kind::month_hijri) |
        1U << static_cast<unsigned>(kind::month_gregorian) | 1U << static_cast<unsigned>(kind::weekday) |
        1U << static_cast<unsigned>(kind::ordinal) | 1U << static_cast<unsigned>(kind::cardinal) |
        1U << static_cast<unsigned>(kind::relative);
    if (t.kinds & starters) return true;
    // Words as common as در, از, من, في, قبل, بعد lead an expression only
    // when the right word follows them.
    const std::size_t j = i + 1;
    const bool count_next = number(j) || entry_of(j, kind::cardinal) || entry_of(j, kind::ordinal);
    if (direction(i, 0) && (count_next || entry_of(j, kind::unit))) return true;
    if (const auto* u = entry_of(i, kind::unit); u && u->value >= 2) return true;  // يومين
    if (filler(i, lexicon::fill_day_word) && entry_of(j, kind::weekday)) return true;
    if (filler(i, lexicon::fill_range_from) && count_next) return true;
    if (filler(i, lexicon::fill_year_word) && number(j)) return true;
    if (filler(i, lexicon::fill_hour_word) && count_next) return true;
    if (filler(i, lexicon::fill_in) && (filler(j, lexicon::fill_year_word) || filler(j, lexicon::fill_hour_word)))
      return true;
    return false;
  }

  // The longest expression starting at token i.
  bool parse(std::size_t i, parsed& out) const {
    if (!can_start(i)) return false;
    parsed best;
    bool found = false;
    auto consider = [&](bool ok, const parsed& p) {
      if (ok && (!found || p.te > best.te)) {
        best = p;
        found = true;
      }
    };
    parsed p;
    p = {};
    consider(numeric_date(i, p), p);
    p = {};
    consider(full_date(i, p), p);
    p = {};
    consider(range_expr(i, p), p);
    p = {};
    consider(relative_expr(i, p), p);
    p = {};
    consider(weekday_expr(i, p), p);
    p = {};
    consider(year_expr(i, p), p);
    p = {};
    consider(time_expr(i, p), p);
    if (found) {
      out = best;
      out.tb = i;
    }
    return found;
  }

 private:
  std::string_view s_;
  const std::vector<token>& t_;
  std::size_t n_;
  bool persian_;
  const lexicon::trie& lex_;

  // --- token tests

  const lexicon::entry* entry_of(std::size_t i, kind k) const {
    if (i >= n_ || !(t_[i].kinds & (1U << static_cast<unsigned>(k)))) return nullptr;
    for (std::uint32_t e = t_[i].entry_begin; e < t_[i].entry_end; ++e)
      if (lex_.entries[e].k == k) return &lex_.entries[e];
    return nullptr;
  }
  // A direction word standing on the given side of a count (0 before, 1 after).
  const lexicon::entry* direction(std::size_t i, int side) const {
    if (i >= n_ || t_[i].t != type::lex) return nullptr;
    for (std::uint32_t e = t_[i].entry_begin; e < t_[i].entry_end; ++e)
      if (lex_.entries[e].k == kind::direction && lex_.entries[e].aux == side) return &lex_.entries[e];
    return nullptr;
  }
  bool filler(std::size_t i, lexicon::filler_value v) const {
    return i < n_ && (t_[i].fillers & (1U << static_cast<unsigned>(v)));
  }
  bool punct(std::size_t i, char c) const { return i < n_ && t_[i].t == type::punct && t_[i].punct == c; }
  bool number(std::size_t i) const { return i < n_ && t_[i].t == type::number; }
  // Arabic اليوم before an ordinal: "the Nth day" (اليوم الأول من المؤتمر,
  // اليوم الخامس من رمضان), not "today". Persian امروز پانزدهم مرداد is today.
  bool the_nth_day(std::size_t i) const {
    const auto* r = entry_of(i, kind::relative);
    return r && r->aux == lexicon::unit_day && r->value == 0 && entry_of(i + 1, kind::ordinal) &&
           s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0;
  }
  // Two tokens touch: nothing, not even a blank, between them.
  bool touching(std::size_t i) const { return i < n_ && !t_[i].space_before; }

  // A number that is a whole token: not part of 1.5, 3+3, **1426 or a longer code.
  bool plain_number(std::size_t i) const {
    if (!number(i)) return false;
    const auto glued = [&](std::size_t j) {
      return j < n_ && t_[j].t == type::punct && !t_[j].space_before &&
             (t_[j].punct == '+' || t_[j].punct == '*' || t_[j].punct == '=' || t_[j].punct == '%' ||
              t_[j].punct == '#' || t_[j].punct == '_' || t_[j].punct == '&' || t_[j].punct == '^' ||
              t_[j].punct == '$' || t_[j].punct == '@' || t_[j].punct == '~');
    };
    if (i > 0 && !t_[i].space_before && (glued(i - 1) || t_[i - 1].t == type::word)) return false;
    if (i + 1 < n_ && glued(i + 1)) return false;
    if (i > 0 && t_[i - 1].t == type::punct && !t_[i].space_before &&
        (t_[i - 1].punct == '+' || t_[i - 1].punct == '*'))
      return false;
    return true;
  }

  // --- pieces

  // Day of month: 1..31 as digits, or an ordinal word. Sets day, returns next.
  std::size_t day_part(std::size_t i, unsigned& day) const {
    if (plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31) {
      day = t_[i].value;
      return i + 1;
    }
    if (const auto* e = entry_of(i, kind::ordinal)) {
      if (e->value >= 1 && e->value <= 31) {
        day = static_cast<unsigned>(e->value);
        return i + 1;
      }
    }
    return 0;
  }

  // A month name, possibly doubled ("تشرين الأول/أكتوبر", "تشرين الأول (أكتوبر)"),
  // possibly followed by ماه. Returns next.
  std::size_t month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch) const {
    bool needs_year = false;
    return month_part(i, month, sys, mismatch, needs_year);
  }
  std::size_t month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch, bool& needs_year) const {
    const lexicon::entry* e = nullptr;
    system found = system::unknown;
    if ((e = entry_of(i, kind::month_jalali))) found = system::jalali;
    else if ((e = entry_of(i, kind::month_hijri))) found = system::hijri;
    else if ((e = entry_of(i, kind::month_gregorian))) found = system::gregorian;
    if (!e) return 0;
    // A name that means a month in two systems (مارس, آذار) is read as the
    // one the text's language uses for it.
    if (found == system::jalali && entry_of(i, kind::month_gregorian) && !persian_) {
      e = entry_of(i, kind::month_gregorian);
      found = system::gregorian;
    }
    month = static_cast<unsigned>(e->value);
    needs_year = e->aux == 1;
    sys = found;
    std::size_t j = i + 1;
    // The second name of a Levantine/Egyptian pair.
    std::size_t k = j;
    bool paren = false;
    if (punct(k, '/') || punct(k, '-')) ++k;
    else if (punct(k, '(')) {
      ++k;
      paren = true;
    }
    if (k > j) {
      if (const auto* g = entry_of(k, kind::month_gregorian)) {
        if (found == system::gregorian || entry_of(i, kind::month_gregorian)) {
          const auto* first = entry_of(i, kind::month_gregorian);
          if (first->value != g->value) mismatch = true;
          month = static_cast<unsigned>(first->value);
          sys = system::gregorian;
          j = k + 1;
          if (paren) {
            if (punct(j, ')')) ++j;
            else j = i + 1;  // unbalanced: keep the first name only
          }
        }
      }
    }
    if (filler(j, lexicon::fill_month_word)) ++j;
    return j;
  }

  // A year: digits (2 or 4; 3 with a marker), optional era marker.
  std::size_t year_part(std::size_t i, int& year, bool& two_digit, system& sys, bool& sys_named,
                        bool require_marker) const {
    std::size_t j = i;
    bool word = false;
    if (filler(j, lexicon::fill_year_word)) {
      ++j;
      word = true;
    }
    if (!plain_number(j)) return 0;
    const unsigned digits = t_[j].digits;
    if (digits != 4 && digits != 2 && !(digits == 3 && word)) return 0;
    if (punct(j + 1, '/') && touching(j + 1) && number(j + 2) && touching(j + 2)) return 0;  // 1402/05
    year = static_cast<int>(t_[j].value);
    two_digit = digits == 2;
    ++j;
    bool marker = false;
    if (const auto* e = entry_of(j, kind::era)) {
      sys = e->value == lexicon::era_jalali ? system::jalali
            : e->value == lexicon::era_hijri ? system::hijri
                                              : system::gregorian;
      sys_named = true;
      marker = true;
      ++j;
    }
    if (require_marker && !marker && !word) return 0;
    if (two_digit && !marker && !word && require_marker) return 0;
    return j;
  }

  // The year after a day and month, if one is written there in the same
  // calendar (an era marker of another calendar belongs to something else).
  // Sets p.year and p.two_digit_year; returns the token after it.
  std::size_t optional_year(std::size_t i, parsed& p) const {
    int year = 0;
    bool two = false, named = false;
    system ysys = p.sys;
    const std::size_t y = year_part(i, year, two, ysys, named, false);
    if (!y || (named && ysys != p.sys)) return relative_year(i, p);
    p.year = year;
    p.two_digit_year = two;
    return y;
  }

  // A year named from the reference's: ۱۵ مرداد سال گذشته, مرداد امسال,
  // 6 أكتوبر من العام الماضي. Returns next, or i.
  std::size_t relative_year(std::size_t i, parsed& p) const {
    std::size_t r = i;
    if (filler(r, lexicon::fill_of)) ++r;
    const auto* e = entry_of(r, kind::relative);
    if (!e || e->aux != lexicon::unit_year) return i;
    p.year_relative = true;
    p.year_offset = e->value;
    return r + 1;
  }

  // A clock time after a date or on its own: [-|,|ساعت|الساعة] H[:MM[:SS]] [صبح|م|pm].
  // Returns next, or 0.
  std::size_t time_part(std::size_t i, parsed& p, bool standalone) const {
    std::size_t j = i;
    bool hour_word = false;
    if (!standalone && (punct(j, '-') || punct(j, ',') || punct(j, '|'))) ++j;
    if (filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_hour_word)) ++j;
    if (filler(j, lexicon::fill_hour_word)) {
      ++j;
      hour_word = true;
    }
    int h = -1, m = 0, sec = -1;
    bool colon = false;
    if (number(j) && t_[j].digits <= 2 && t_[j].value <= 24) {
      h = static_cast<int>(t_[j].value);
      ++j;
      if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && t_[j + 1].digits == 2 &&
          t_[j + 1].value < 60) {
        m = static_cast<int>(t_[j + 1].value);
        j += 2;
        colon = true;
        if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && t_[j + 1].digits == 2 &&
            t_[j + 1].value < 60) {
          sec = static_cast<int>(t_[j + 1].value);
          j += 2;
        }
      }
    } else if (hour_word) {
      const auto* e = entry_of(j, kind::ordinal);
      if (!e) e = entry_of(j, kind::cardinal);
      if (!e || e->value < 0 || e->value > 24) return 0;
      h = e->value;
      ++j;
    } else {
      return 0;
    }
    if (!colon && !hour_word) return 0;  // a bare number is not a time
    if (h == 24 && (m != 0 || sec > 0)) return 0;
    if (const auto* e = entry_of(j, kind::time_of_day)) {
      ++j;
      switch (e->value) {
        case lexicon::tod_pm:
        case lexicon::tod_evening:
          if (h < 12) h += 12;
          break;
        case lexicon::tod_night:
          if (h >= 6 && h < 12) h += 12;
          else if (h == 12) h = 0;
          break;
        case lexicon::tod_noon:
          if (h < 5) h += 12;
          break;
        case lexicon::tod_am:
        case lexicon::tod_morning:
          if (h == 12) h = 0;
          break;
        default: break;
      }
    } else if (standalone && !hour_word) {
      return 0;  // "19:17" alone could be a score or a verse number
    }
    if (h == 24) h = 0;
    p.hour = h;
    p.minute = m;
    p.second = sec;
    return j;
  }

  // --- recognizers

  // 1402/05/15, ۱۴۰۲-۰۵-۱۵, 15/8/2023, 2023-08-06, 06.08.2023
  bool numeric_date(std::size_t i, parsed& p) const {
    if (!plain_number(i) || !number(i + 2) || !number(i + 4)) return false;
    const char sep = t_[i + 1].punct;
    if (!(sep == '/' || sep == '-' || sep == '.')) return false;
    if (!punct(i + 1, sep) || !punct(i + 3, sep)) return false;
    for (std::size_t k = i + 1; k <= i + 4; ++k)
      if (!touching(k)) return false;
    // Not part of a longer chain (1402/05/15/3, 12.5.2023.1) or a number like 2.5.
    if ((punct(i + 5, sep) || punct(i + 5, '.') || punct(i + 5, '/')) && touching(i + 5) && number(i + 6)) return false;
    if (i > 0 && t_[i - 1].t == type::punct && touching(i) &&
        (t_[i - 1].punct == sep || t_[i - 1].punct == '.' || t_[i - 1].punct == '/'))
      return false;
    const token &a = t_[i], &b = t_[i + 2], &c = t_[i + 4];
    if (b.digits > 2 || b.value < 1 || b.value > 12) {
      return false;
    }
    if (a.digits == 4 && c.digits <= 2) {
      p.year = static_cast<int>(a.value);
      p.month = b.value;
      p.day = c.value;
    } else if (c.digits == 4 && a.digits <= 2) {
      if (sep == '-' && a.value > 12 && false) return false;
      p.year = static_cast<int>(c.value);
      p.month = b.value;
      p.day = a.value;
    } else {
      return false;
    }
    if (p.day < 1 || p.day > 31) return false;
    p.s = shape::date;
    std::size_t j = i + 5;
    if (const auto* e = entry_of(j, kind::era)) {
      p.sys = e->value == lexicon::era_jalali ? system::jalali
              : e->value == lexicon::era_hijri ? system::hijri
                                                : system::gregorian;
      p.sys_from_name = true;
      ++j;
    }
    parsed tp;
    if (const std::size_t k = time_part(j, tp, false)) {
      p.hour = tp.hour;
      p.minute = tp.minute;
      p.second = tp.second;
      j = k;
    }
    p.te = j;
    return true;
  }

  // [weekday [,]] [روز|يوم] [weekday] day month [year] [era] [time]
  // [weekday [,]] month year
  // and a twin after الموافق.
  bool full_date(std::size_t i, parsed& p, bool allow_twin = true) const {
    std::size_t j = i;
    if (filler(j, lexicon::fill_day_word) && entry_of(j + 1, kind::weekday)) ++j;
    if (the_nth_day(j)) {
      ++j;
    } else if (const auto* w = entry_of(j, kind::weekday)) {
      p.weekday = w->value;
      ++j;
      if (punct(j, ',') || punct(j, '-')) ++j;
      if (filler(j, lexicon::fill_equals)) ++j;
    } else if (const auto* r = entry_of(j, kind::relative)) {
      // امروز (یکشنبه) ۱۵ مرداد
      if (r->aux != lexicon::unit_day) return false;
      p.relative_word = true;
      p.relative_days = r->value;
      ++j;
      std::size_t k = j;
      if (punct(k, '(')) {
        if (const auto* wd = entry_of(k + 1, kind::weekday); wd && punct(k + 2, ')')) {
          p.weekday = wd->value;
          k += 3;
        }
      } else if (const auto* wd = entry_of(k, kind::weekday)) {
        p.weekday = wd->value;
        ++k;
      }
      if (punct(k, ',')) ++k;
      j = k;
    }
    unsigned day = 0;
    std::size_t k = day_part(j, day);
    // پانزدهمین روز مرداد, پانزدهمین روز از مرداد: the Nth day of a month.
    if (k && entry_of(j, kind::ordinal) && filler(k, lexicon::fill_day_word)) {
      ++k;
      if (filler(k, lexicon::fill_range_from)) ++k;
    }
    if (k && filler(k, lexicon::fill_of)) ++k;
    unsigned month = 0;
    system sys = system::unknown;
    bool mismatch = false, needs_year = false;
    std::size_t m = k ? month_part(k, month, sys, mismatch, needs_year) : 0;
    if (!m) {
      // month [year]: needs a year beside a month name to count.
      if (p.relative_word) return false;
      m = month_part(j, month, sys, mismatch);
      if (!m) return false;
      int year = 0;
      bool two = false, named = false;
      system ysys = sys;
      // Not a year named from the reference: آب سال گذشته is last year's water.
      const std::size_t y = year_part(m, year, two, ysys, named, false);
      if (!y || two) return false;
      if (named && ysys != sys) return false;
      p.s = shape::month;
      p.sys = sys;
      p.sys_from_name = true;
      p.month = month;
      p.year = year;
      p.dual_mismatch = mismatch;
      p.te = y;
      return true;
    }
    p.s = shape::date;
    p.day = day;
    p.month = month;
    p.sys = sys;
    p.sys_from_name = true;
    p.dual_mismatch = mismatch;
    std::size_t e = optional_year(m, p);
    if (needs_year && p.year == 0 && !p.year_relative) return false;  // ۱۰ می‌رسد
    parsed tp;
    if (const std::size_t t = time_part(e, tp, false)) {
      p.hour = tp.hour;
      p.minute = tp.minute;
      p.second = tp.second;
      e = t;
    }
    p.te = e;
    if (allow_twin) twin(p);
    return true;
  }

  // "22 ربيع الأول 1445هـ الموافق 8 أكتوبر 2023م": one match, cross-checked later.
  void twin(parsed& p) const {
    std::size_t j = p.te;
    const bool paren = punct(j, '(');
    if (paren) ++j;
    if (!filler(j, lexicon::fill_equals)) return;
    ++j;
    parsed q;  // the twin has no twin of its own: a chain of them is not one date
    if (!full_date(j, q, false) && !numeric_date(j, q)) return;
    if (q.s != shape::date || q.year == 0) return;
    std::size_t e = q.te;
    if (paren) {
      if (!punct(e, ')')) return;
      ++e;
    }
    p.year2 = q.year;
    p.month2 = q.month;
    p.day2 = q.day;
    p.te = e;
    p.twin = true;
    p.twin_sys = q.sys == system::unknown ? system::gregorian : q.sys;
  }

  // [از|من|بين] D (تا|إلى|و|-) D month [year]  or  [از|من] date (تا|إلى|-) date
  bool range_expr(std::size_t i, parsed& p) const {
    std::size_t j = i;
    if (filler(j, lexicon::fill_range_from)) ++j;
    if (date_range(j, p)) return true;
    p = {};
    unsigned d1 = 0, d2 = 0;
    std::size_t k = day_part(j, d1);
    if (!k) return false;
    std::size_t sep = k;
    if (punct(sep, '-') || filler(sep, lexicon::fill_range_to) || entry_of(sep, kind::connector)) ++sep;
    else return false;
    const std::size_t k2 = day_part(sep, d2);
    if (k2) {
      unsigned month = 0;
      system sys = system::unknown;
      bool mismatch = false, needs_year = false;
      const std::size_t m = month_part(k2, month, sys, mismatch, needs_year);
      if (!m || d2 < d1) return false;
      p.s = shape::range;
      p.day = d1;
      p.day2 = d2;
      p.month = p.month2 = month;
      p.sys = sys;
      p.sys_from_name = true;
      const std::size_t e = optional_year(m, p);
      if (needs_year && p.year == 0 && !p.year_relative) return false;
      p.te = e;
      return true;
    }
    return false;
  }

  // ۲۸ مرداد تا ۲ شهریور [۱۴۰۲], 30 سبتمبر - 2 أكتوبر 2023: two dates of one
  // calendar; a year written only at the end serves both.
  bool date_range(std::size_t j, parsed& p) const {
    parsed a, b;
    if (!full_date(j, a) || a.s != shape::date || a.relative_word || a.hour >= 0 || a.twin) return false;
    std::size_t k = a.te;
    // و joins two dates ("on the 15th and the 20th"), it does not span them.
    if (!(punct(k, '-') || (filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector)))) return false;
    ++k;
    if (!full_date(k, b) || b.s != shape::date || b.relative_word || b.twin || b.sys != a.sys) return false;
    if (a.year != 0 && b.year == 0) return false;  // "۱۵ مرداد ۱۴۰۲ تا ۲۰ شهریور": the year is not shared
    if (a.year != 0 && std::make_tuple(a.year, a.month, a.day) > std::make_tuple(b.year, b.month, b.day))
      return false;  // it would run backwards
    p.s = shape::range;
    p.sys = a.sys;
    p.sys_from_name = true;
    p.day = a.day;
    p.month = a.month;
    p.year = a.year != 0 ? a.year : b.year;
    if (a.year == 0) {
      p.year_relative = b.year_relative;
      p.year_offset = b.year_offset;
    }
    p.two_digit_year = a.year != 0 ? a.two_digit_year : b.two_digit_year;
    p.day2 = b.day;
    p.month2 = b.month;
    p.year2 = b.year;
    // A shared year that would make the range run backwards belongs to the
    // second date: ۲۸ اسفند تا ۲ فروردین ۱۴۰۳ starts in 1402.
    p.year_before = a.year == 0 && b.year != 0 && (a.month > b.month || (a.month == b.month && a.day > b.day));
    p.te = b.te;
    return true;
  }

  // امروز, روز گذشته, هفته گذشته, N روز پیش, منذ يومين, قبل ثلاثة أيام
  bool relative_expr(std::size_t i, parsed& p) const {
    if (the_nth_day(i)) return false;
    if (const auto* r = entry_of(i, kind::relative)) {
      p.offset = r->value;
      p.s = r->aux == lexicon::unit_day     ? shape::relative_day
            : r->aux == lexicon::unit_week  ? shape::relative_week
            : r->aux == lexicon::unit_month ? shape::relative_month
                                            : shape::relative_year;
      std::size_t j = i + 1;
      if (p.s == shape::relative_day) {
        // اليوم الأربعاء, امروز یکشنبه, امروز (یکشنبه)
        if (const auto* w = entry_of(j, kind::weekday)) {
          p.weekday = w->value;
          ++j;
        } else if (punct(j, '(') && entry_of(j + 1, kind::weekday) && punct(j + 2, ')')) {
          p.weekday = entry_of(j + 1, kind::weekday)->value;
          j += 3;
        }
        // فردا ساعت ۸ شب, غدا الساعة العاشرة صباحا: the time of that day.
        if (const std::size_t t = time_part(j, p, true)) j = t;
      }
      p.te = j;
      // The year-less "سال جاری" and such stay relative; "در سال جاری" takes the "در".
      return true;
    }
    // Arabic: direction before the count.
    std::size_t j = i;
    int sign = 0;
    if (const auto* d = direction(j, 0)) {
      sign = d->value;
      ++j;
    }
    int count = 0;
    std::size_t k = count_part(j, count);
    int unit = 0;
    if (k) {
      const auto* u = entry_of(k, kind::unit);
      const auto* r = entry_of(k, kind::relative);
      if (u && u->value == 1) {
        unit = u->aux;
        ++k;
      } else if (!sign && r && (r->value == 1 || r->value == -1)) {
        // "۳ روز قبل": the lexicon holds "روز قبل" (the day before) as one
        // phrase; after a count it is the unit and the direction.
        p.offset = r->value * count;
        p.s = r->aux == lexicon::unit_day     ? shape::relative_day
              : r->aux == lexicon::unit_week  ? shape::relative_week
              : r->aux == lexicon::unit_month ? shape::relative_month
                                              : shape::relative_year;
        p.te = k + 1;
        return count > 0 && count <= 10000;
      } else {
        return false;
      }
    } else if (const auto* u = entry_of(j, kind::unit); u && u->value >= 2) {
      count = u->value;  // Arabic dual: يومين
      unit = u->aux;
      k = j + 1;
    } else {
      return false;
    }
    if (!sign) {
      const auto* d = direction(k, 1);
      if (!d) return false;
      sign = d->value;
      ++k;
    }
    if (count <= 0 || count > 10000) return false;
    p.offset = sign * count;
    p.s = unit == lexicon::unit_day    ? shape::relative_day
          : unit == lexicon::unit_week ? shape::relative_week
          : unit == lexicon::unit_month ? shape::relative_month
                                        : shape::relative_year;
    p.te = k;
    return true;
  }

  // A count: digits, or cardinal words joined by و.
  std::size_t count_part(std::size_t i, int& count) const {
    if (plain_number(i) && t_[i].digits <= 4) {
      count = static_cast<int>(t_[i].value);
      return i + 1;
    }
    return cardinal_words(i, count);
  }

  std::size_t cardinal_words(std::size_t i, int& value) const {
    const auto* e = entry_of(i, kind::cardinal);
    if (!e) return 0;
    long total = 0, current = e->value;
    std::size_t j = i + 1;
    // A count or a year in words has a few parts (هزار و چهارصد و دو);
    // stopping there keeps a long run of number words linear.
    for (int parts = 1; parts < 8; ++parts) {
      std::size_t k = j;
      if (entry_of(k, kind::connector)) ++k;
      const auto* next = entry_of(k, kind::cardinal);
      if (!next || (k == j && !t_[k].waw && next->value < 100)) break;
      if (next->value >= 100 && next->value > current && k == j && (next->value == 100 || next->value == 1000)) {
        current *= next->value;
      } else if (next->value >= 1000 && current < 1000 && k == j) {
        current *= next->value;
      } else {
        total += current;
        current = next->value;
      }
      j = k + 1;
    }
    value = static_cast<int>(total + current);
    return j;
  }

  // الأربعاء الماضي, يوم الأحد, شنبه
  bool weekday_expr(std::size_t i, parsed& p) const {
    if (i > 0 && filler(i - 1, lexicon::fill_prayer)) return false;  // نماز جمعه, صلاة الجمعة
    std::size_t j = i;
    if (filler(j, lexicon::fill_day_word)) ++j;
    const auto* w = entry_of(j, kind::weekday);
    if (!w) return false;
    p.s = shape::weekday;
    p.weekday = w->value;
    ++j;
    if (const auto* q = entry_of(j, kind::weekday_qualifier)) {
      p.qualifier = q->value;
      ++j;
    }
    p.te = j;
    return true;
  }

  // في عام 2022, سال ۱۴۰۲, 1402 ه.ش, 2022م
  bool year_expr(std::size_t i, parsed& p) const {
    std::size_t j = i;
    if (filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word)) ++j;
    int year = 0;
    bool two = false, named = false;
    system sys = system::unknown;
    const std::size_t k = year_part(j, year, two, sys, named, true);
    if (!k || two || year < 100) return false;
    p.s = shape::year;
    p.year = year;
    p.sys = sys;
    p.sys_from_name = named;
    p.te = k;
    return true;
  }

  // ساعت ۱۰ صبح, الساعة العاشرة صباحا
  bool time_expr(std::size_t i, parsed& p) const {
    if (!filler(i, lexicon::fill_hour_word) && !(filler(i, lexicon::fill_in) && filler(i + 1, lexicon::fill_hour_word)))
      return false;
    const std::size_t k = time_part(i, p, true);
    if (!k) return false;
    p.s = shape::time_only;
    p.te = k;
    // The time before its day: ساعت ۱۰ صبح روز دوشنبه ۲۳ مهر ۱۴۰۳,
    // الساعة العاشرة صباح يوم الأحد 6 أغسطس 2023.
    std::size_t d = k;
    if (punct(d, ',')) ++d;
    if (filler(d, lexicon::fill_day_word) && !entry_of(d + 1, kind::weekday)) ++d;
    // ساعت ۸ شب فردا, الساعة العاشرة من صباح الغد: or before a relative day.
    parsed q;
    if ((full_date(d, q) && q.s == shape::date && q.hour < 0) ||
        ((q = {}, relative_expr(d, q)) && q.s == shape::relative_day && q.hour < 0)) {
      q.hour = p.hour;
      q.minute = p.minute;
      q.second = p.second;
      p = q;
    }
    return true;
  }
};

// ---------------------------------------------------------------- resolution

struct reference_day {
  bool known = false;
  date::sys_days day{};
};

calendar hijri_rule(const extract_options& o, bool persian) {
  return persian ? o.hijri_persian : o.hijri_arabic;
}

calendar calendar_of(system s, const extract_options& o, bool persian) {
  switch (s) {
    case system::jalali: return calendar::jalali;
    case system::hijri: return hijri_rule(o, persian);
    default: return calendar::gregorian;
  }
}

// The calendar of a bare year. A Jalali or Hijri year is plausible from
// 150 years before that calendar's current year (at the reference, or at
// the moment of reading) to 10 after it; the text's own language decides
// between two plausible readings; anything else is Gregorian.
system guess_system(int year, const reference_day& ref, bool persian) {
  const date::sys_days at = ref.known ? ref.day : date::floor<date::days>(std::chrono::system_clock::now());
  const int jy = static_cast<int>(jalali::year_month_day{at}.year());
  const int hy = static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year());
  const bool j = year >= jy - 150 && year <= jy + 10;
  const bool h = year >= hy - 150 && year <= hy + 10;
  if (j && (persian || !h)) return system::jalali;
  if (h) return system::hijri;
  return system::gregorian;
}

// A year that could be meant as a date: not far in any calendar's future.
bool plausible_year(int year, system s, const reference_day& ref) {
  const date::sys_days at = ref.known ? ref.day : date::floor<date::days>(std::chrono::system_clock::now());
  switch (s) {
    case system::jalali: return year <= static_cast<int>(jalali::year_month_day{at}.year()) + 100;
    case system::hijri: return year <= static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year()) + 100;
    default: return year <= static_cast<int>(date::year_month_day{at}.year()) + 300;
  }
}

int expand_two_digit(int yy, system s, const reference_day& ref, const extract_options& o, bool persian) {
  const date::sys_days at = ref.known ? ref.day : date::floor<date::days>(std::chrono::system_clock::now());
  const int now = from_sys_days(calendar_of(s, o, persian), at).year;
  int best = now - now % 100 + yy;
  if (best > now + 20) best -= 100;
  return best;
}

// The year that puts (month, day) nearest the reference, a tie going to the
// past; only years in which the day exists count (29 Esfand, 29 February).
// False when no nearby year has that day.
bool nearest_year(calendar c, unsigned month, unsigned day, date::sys_days ref, int& year_out) {
  const int y = from_sys_days(c, ref).year;
  long best_d = -1;
  date::sys_days best{};
  for (int cand = y - 4; cand <= y + 4; ++cand) {
    if (!valid(c, {cand, month, day})) continue;
    const date::sys_days d = to_sys_days(c, {cand, month, day});
    const long dist = std::labs((d - ref).count());
    if (best_d < 0 || dist < best_d || (dist == best_d && d < best)) {
      best = d;
      best_d = dist;
      year_out = cand;
    }
  }
  return best_d >= 0;
}

// Whether `day` can be a day of `month` in some year of calendar c.
bool day_exists(calendar c, unsigned month, unsigned day) {
  const int leap = c == calendar::gregorian ? 2000 : c == calendar::jalali ? 1403 : 1445;
  return day >= 1 && day <= std::max({month_length(c, leap, month), month_length(c, leap + 1, month),
                                      month_length(c, leap + 2, month)});
}

// Buffers that outlive a call, so that extracting from many documents on
// one thread allocates only when a document is larger than any before.
struct buffers {
  text::folded_text folded;
  std::vector<token> tokens;
  std::vector<std::uint32_t> starts;  // tokens that can start an expression
  std::vector<std::uint64_t> stops;   // scanner scratch
  std::vector<parsed> found;
  std::string zone_name;
  const date::time_zone* zone = nullptr;
  bool busy = false;  // a visitor that extracts again gets fresh buffers
};

class runner {
 public:
  runner(const extract_options& o, buffers& b)
      : opt_(o), folded_(b.folded), tokens_(b.tokens), found_(b.found), b_(b) {}

  void run(std::string_view text, void (*visit)(const match&, void*), void* ctx);
  // Folds, tokenizes and parses text into found_; says whether it is Persian.
  bool scan(std::string_view text);
  // The date of the document's publication line among found_, if any.
  reference_day publication(bool persian);

 private:
  const extract_options& opt_;
  text::folded_text& folded_;
  std::vector<token>& tokens_;
  std::vector<parsed>& found_;
  buffers& b_;

  void resolve(const parsed& p, const reference_day& ref, bool persian, match& m);
  void set_time(const parsed& p, match& m);
};

void runner::set_time(const parsed& p, match& m) {
  if (p.hour < 0) return;
  m.seconds = p.hour * 3600 + p.minute * 60 + (p.second > 0 ? p.second : 0);
  m.granularity = p.second >= 0 ? granularity::second : granularity::minute;
  if (!b_.zone || b_.zone_name != opt_.tz) {
    b_.zone = date::locate_zone(opt_.tz);  // throws std::runtime_error for an unknown zone
    b_.zone_name = opt_.tz;
  }
  const date::local_seconds local{date::local_days{m.first.time_since_epoch()} + std::chrono::seconds{m.seconds}};
  const date::local_info info = b_.zone->get_info(local);
  m.offset_minutes = static_cast<std::int32_t>(info.first.offset.count() / 60);
  if (info.result == date::local_info::nonexistent) m.flags |= flag_tz_gap;
  if (info.result == date::local_info::ambiguous) m.flags |= flag_tz_overlap;
}

void runner::resolve(const parsed& p, const reference_day& ref, bool persian, match& m) {
  m.flags = flag_none;
  m.seconds = -1;
  const auto unresolved = [&](unsigned month, unsigned day) {
    m.flags |= flag_unresolved;
    m.unresolved_month = month;
    m.unresolved_day = day;
  };
  switch (p.s) {
    case shape::date:
    case shape::range:
    case shape::month:
    case shape::year: {
      system sys = p.sys;
      int year = p.year;
      if (sys == system::unknown) {
        sys = guess_system(year, ref, persian);
        // A year from 1800 on can only be Gregorian: no guess to report.
        if (year < 1800) m.flags |= flag_calendar_guessed;
      }
      const calendar c = calendar_of(sys, opt_, persian);
      if (year != 0 && p.two_digit_year) year = expand_two_digit(year, sys, ref, opt_, persian);
      m.calendar = sys == system::jalali ? written_calendar::jalali
                   : sys == system::hijri ? written_calendar::hijri
                                          : written_calendar::gregorian;
      if (p.s == shape::year) {
        // "5027 م" is more likely 5027 metres than a year.
        if (!plausible_year(year, sys, ref)) {
          m.flags |= flag_dropped;
          return;
        }
        if (year < min_year || year > max_year) return unresolved(0, 0);
        m.first = to_sys_days(c, {year, 1, 1});
        m.last = to_sys_days(c, {year + 1, 1, 1}) - date::days{1};
        m.granularity = granularity::year;
        if (approximate(c, {year, 1, 1}) || approximate(c, {year, 12, 1})) m.flags |= flag_approximate;
        return;
      }
      if (year == 0 && p.year_relative && ref.known) {
        year = from_sys_days(c, ref.day).year + p.year_offset;
        m.flags |= flag_year_inferred;
      }
      if (year == 0) {
        if (p.s == shape::month) return unresolved(0, 0);
        const bool exists = day_exists(c, p.month, p.day);
        if (!exists) m.flags |= flag_invalid_date;  // 30 فبراير
        if (!ref.known) {
          if (!exists) return unresolved(0, 0);  // no year would give it a day
          // Without a year, only a Gregorian day is still a day of the year.
          if (sys == system::gregorian) return unresolved(p.month, p.day);
          if (sys == system::jalali) {
            // Jalali days fall on nearly fixed Gregorian days; name the
            // usual one (that of 1403 AP) and say it is approximate.
            const date::year_month_day g{to_sys_days(calendar::jalali, {1403, p.month, std::min(p.day, 29U)})};
            m.flags |= flag_approximate;
            return unresolved(static_cast<unsigned>(g.month()), static_cast<unsigned>(g.day()));
          }
          return unresolved(0, 0);
        }
        if (!nearest_year(c, p.month, p.day, ref.day, year)) {
          // No year has that day: the reference's year, and the day spills.
          year = from_sys_days(c, ref.day).year;
        }
        m.flags |= flag_year_inferred;
      }
      if (year < min_year || year > max_year) return unresolved(p.month, p.day);
      if (p.s == shape::month) {
        m.first = to_sys_days(c, {year, p.month, 1});
        m.last = m.first + date::days{month_length(c, year, p.month) - 1};
        m.granularity = granularity::month;
        if (approximate(c, {year, p.month, 1})) m.flags |= flag_approximate;
        return;
      }
      const date_fields f{year, p.month, p.day};
      if (!valid(c, f)) m.flags |= flag_invalid_date;
      // Arithmetic spill for a day past the month's end, as documented.
      m.first = to_sys_days(c, {year, p.month, 1}) + date::days{p.day - 1};
      if (approximate(c, f)) m.flags |= flag_approximate;
      m.last = m.first;
      m.granularity = granularity::day;
      if (p.s == shape::range) {
        int year2 = p.year2 != 0 ? p.year2 : year;
        if (p.year2 != 0 && p.two_digit_year) year2 = expand_two_digit(p.year2, sys, ref, opt_, persian);
        if (p.year_before && year2 == year) {
          year -= 1;  // ۲۸ اسفند تا ۲ فروردین ۱۴۰۳
          m.first = to_sys_days(c, {year, p.month, 1}) + date::days{p.day - 1};
          if (!valid(c, {year, p.month, p.day})) m.flags |= flag_invalid_date;
        }
        m.last = to_sys_days(c, {year2, p.month2, 1}) + date::days{p.day2 - 1};
        if (m.last < m.first && p.year2 == 0) {
          ++year2;  // both years inferred: the second date is the later one
          m.last = to_sys_days(c, {year2, p.month2, 1}) + date::days{p.day2 - 1};
        }
        if (!valid(c, {year2, p.month2, p.day2})) m.flags |= flag_invalid_date;
        return;
      }
      if (p.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday))
        m.flags |= flag_weekday_mismatch;
      if (p.relative_word && ref.known && m.first != ref.day + date::days{p.relative_days}) {
        // "امروز ۱۵ مرداد" that is not today: the written date wins; say so.
        m.flags |= flag_weekday_mismatch;
      }
      if (p.twin) {
        const calendar tc = calendar_of(p.twin_sys, opt_, persian);
        const date_fields tf{p.year2, p.month2, p.day2};
        if (!valid(tc, tf) || to_sys_days(tc, tf) != m.first) m.flags |= flag_dual_mismatch;
      }
      if (p.dual_mismatch) m.flags |= flag_dual_mismatch;
      set_time(p, m);
      return;
    }
    case shape::relative_day:
    case shape::relative_week:
    case shape::relative_month:
    case shape::relative_year:
    case shape::weekday:
    case shape::time_only: {
      m.calendar = written_calendar::relative;
      if (!ref.known) return unresolved(0, 0);
      const date::sys_days r = ref.day;
      if (p.s == shape::relative_day || p.s == shape::time_only) {
        m.first = m.last = r + date::days{p.offset};
        m.granularity = granularity::day;
        if (p.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday))
          m.flags |= flag_weekday_mismatch;
        set_time(p, m);
        return;
      }
      if (p.s == shape::relative_week) {
        // Weeks start on Saturday.
        const unsigned since_saturday = (date::weekday{r} - date::Saturday).count();
        m.first = r - date::days{since_saturday} + date::weeks{p.offset};
        m.last = m.first + date::days{6};
        m.granularity = granularity::week;
        return;
      }
      if (p.s == shape::weekday) {
        const date::weekday w{static_cast<unsigned>(p.weekday)};
        date::sys_days d = r;
        if (p.qualifier == -1) d = r - date::days{1} - (date::weekday{r - date::days{1}} - w);
        else if (p.qualifier == 1) d = r + date::days{1} + (w - date::weekday{r + date::days{1}});
        else {
          const date::sys_days after = r + (w - date::weekday{r});
          const date::sys_days before = r - (date::weekday{r} - w);
          d = (after - r) < (r - before) ? after : before;
        }
        m.first = m.last = d;
        m.granularity = granularity::day;
        return;
      }
      // Months and years of the text's own calendar: Jalali in Persian,
      // Gregorian in Arabic.
      const calendar c = persian ? calendar::jalali : calendar::gregorian;
      m.calendar = written_calendar::relative;
      date_fields f = from_sys_days(c, r);
      if (p.s == shape::relative_month) {
        int y = f.year;
        unsigned mo = f.month;
        taqvim::detail::add_months(y, mo, p.offset);
        m.first = to_sys_days(c, {y, mo, 1});
        m.last = m.first + date::days{month_length(c, y, mo) - 1};
        m.granularity = granularity::month;
      } else {
        const int y = f.year + p.offset;
        m.first = to_sys_days(c, {y, 1, 1});
        m.last = to_sys_days(c, {y + 1, 1, 1}) - date::days{1};
        m.granularity = granularity::year;
      }
      return;
    }
  }
}

// A publication line: a date after تاریخ انتشار / نشر في, else the first
// full date near the top of the document.
bool find_publication(const std::vector<parsed>& found, const std::vector<token>& toks, std::string_view folded,
                      std::size_t& index) {
  const lexicon::trie& lex = lexicon::table();
  for (std::size_t k = 0; k < found.size(); ++k) {
    const parsed& p = found[k];
    if (p.s != shape::date || p.year == 0 || p.day == 0) continue;
    // A label shortly before it on the same line.
    for (std::size_t j = p.tb; j > 0 && p.tb - j < 6; --j) {
      const token& t = toks[j - 1];
      if (t.t == type::newline) break;
      if (t.t != type::lex) continue;
      for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e) {
        if (lex.entries[e].k == kind::filler && lex.entries[e].value == lexicon::fill_publication) {
          index = k;
          return true;
        }
      }
    }
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    const parsed& p = found[k];
    if (p.s == shape::date && p.year != 0 && p.day != 0 && toks[p.tb].begin < 600 && toks[p.tb].begin < folded.size()) {
      index = k;
      return true;
    }
  }
  return false;
}

void runner::run(std::string_view text, void (*visit)(const match&, void*), void* ctx) {
  const bool persian = scan(text);
  reference_day ref;
  if (opt_.reference) {
    ref.known = true;
    ref.day = date::sys_days{opt_.reference->day.time_since_epoch()};
  } else {
    ref = publication(persian);
  }
  for (const parsed& p : found_) {
    match m;
    const auto [b, e] = folded_.source_span(tokens_[p.tb].begin, tokens_[p.te - 1].end);
    m.begin = b;
    m.end = e;
    resolve(p, ref, persian, m);
    if (m.flags & flag_dropped) continue;
    visit(m, ctx);
  }
}

reference_day runner::publication(bool persian) {
  reference_day ref;
  std::size_t k = 0;
  if (find_publication(found_, tokens_, folded_.text(), k)) {
    match m;
    resolve(found_[k], reference_day{}, persian, m);
    if (!(m.flags & flag_unresolved)) {
      ref.known = true;
      ref.day = m.first;
    }
  }
  return ref;
}

bool runner::scan(std::string_view text) {
  text::fold(text, folded_);
  tokens_.clear();
  b_.starts.clear();
  scan::tokenize(folded_.text(), tokens_, b_.starts, b_.stops);
  bool persian = opt_.lang == "fa";
  if (opt_.lang.empty()) {
    if (folded_.persian_letters() != folded_.arabic_letters()) {
      persian = folded_.persian_letters() > folded_.arabic_letters();
    } else {
      // No letter only one language writes (العام المقبل): the article ال
      // on a word is Arabic's mark.
      persian = true;
      for (const token& t : tokens_) {
        if ((t.t == type::word || t.t == type::lex) && t.end - t.begin > 4 &&
            folded_.text().compare(t.begin, 4, "\xD8\xA7\xD9\x84") == 0) {
          persian = false;
          break;
        }
      }
    }
  }

  grammar g(folded_.text(), tokens_, persian);
  std::vector<parsed>& found = found_;
  found.clear();
  parsed p;
  std::size_t free_from = 0;  // the first token not inside an expression found
  for (const std::uint32_t i : b_.starts) {
    if (i < free_from) continue;
    if (g.parse(i, p)) {
      // A date that names a street (شارع 14 رمضان) is not a date.
      bool place = false;
      if (i > 0 && tokens_[i - 1].t == type::lex) {
        const auto& t = tokens_[i - 1];
        const auto& lex = lexicon::table();
        for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e)
          if (lex.entries[e].k == kind::filler && lex.entries[e].value == lexicon::fill_place) place = true;
      }
      if (!place) found.push_back(p);
      free_from = p.te;
    }
  }
  return persian;
}

}  // namespace

namespace detail {

namespace {

// This thread's buffers: one set, whichever entry point uses them (a
// thread_local inside the template below would be one set per caller).
buffers& thread_buffers() {
  thread_local buffers shared;
  return shared;
}

// Runs `f(buffers&)` on this thread's buffers, or on fresh ones when a
// visitor calls back into the library.
template <class F>
void with_buffers(F&& f) {
  buffers& shared = thread_buffers();
  if (shared.busy) {
    buffers own;
    f(own);
    return;
  }
  struct release {
    bool& busy;
    ~release() { busy = false; }
  } guard{shared.busy};
  shared.busy = true;
  f(shared);
}

// Longer texts are taken in pieces of about this size (document_stream),
// so that memory stays bounded and offsets fit the folded map's 32 bits.
// A piece can hold a token per byte ("1/1/1/…"), 32 bytes each: 1 MiB keeps
// that worst case near 40 MB.
constexpr std::size_t piece_bytes = std::size_t{1} << 20;

}  // namespace

void extract_each(std::string_view text, const extract_options& options, void (*visit)(const match&, void*),
                  void* context) {
  if (text.size() <= piece_bytes) {
    with_buffers([&](buffers& b) { runner(options, b).run(text, visit, context); });
    return;
  }
  document_stream ds(options);
  std::size_t from = 0;
  while (from < text.size()) {
    const bool final = text.size() - from <= piece_bytes;
    const std::string_view piece = text.substr(from, final ? std::string_view::npos : piece_bytes);
    from += ds.feed(piece, final, [&](const match& m) { visit(m, context); });
  }
}

}  // namespace detail

namespace {
// Text re-read at the end of a piece that is not the last: longer than any
// date expression, short against a piece.
constexpr std::size_t overlap_bytes = 1024;
}  // namespace

std::size_t document_stream::feed_each(std::string_view piece, bool final, void (*visit)(const match&, void*),
                                       void* context) {
  if (!final && piece.size() < 2 * overlap_bytes) return 0;  // too little to make progress; wait for more
  if (!started_) {
    started_ = true;
    if (!options_.reference) options_.reference = publication_date(piece, options_);
  }
  // Matches that end in the overlap are left for the next piece, which
  // starts no later than the first of them.
  std::size_t limit = final ? piece.size() : piece.size() - overlap_bytes;
  while (!final && limit > 0 && (static_cast<unsigned char>(piece[limit]) & 0xC0) == 0x80) --limit;
  std::size_t next = limit;
  struct state {
    document_stream* self;
    void (*visit)(const match&, void*);
    void* context;
    std::size_t limit;
    std::size_t* next;
  } st{this, visit, context, limit, &next};
  detail::with_buffers([&](buffers& b) {
    runner(options_, b).run(
        piece,
        [](const match& m, void* c) {
          auto* s = static_cast<state*>(c);
          if (m.end > s->limit) {
            if (m.begin < *s->next) *s->next = m.begin;
            return;
          }
          match moved = m;
          moved.begin += s->self->base_;
          moved.end += s->self->base_;
          if (moved.begin < s->self->reported_) return;  // found already, in the previous piece
          s->self->reported_ = moved.end;
          s->visit(moved, s->context);
        },
        &st);
  });
  if (final) next = piece.size();
  if (next == 0) next = limit;  // a single match spanning the whole overlap region: move on
  base_ += next;
  return next;
}

std::optional<reference_time> publication_date(std::string_view text, const extract_options& options) {
  std::optional<reference_time> out;
  const std::string_view head = text.substr(0, std::min(text.size(), detail::piece_bytes));
  detail::with_buffers([&](buffers& b) {
    runner r(options, b);
    const reference_day ref = r.publication(r.scan(head));
    if (ref.known) {
      reference_time t;
      t.day = date::local_days{ref.day.time_since_epoch()};
      out = t;
    }
  });
  return out;
}

std::vector<match> extract(std::string_view text, const extract_options& options) {
  std::vector<match> out;
  detail::extract_each(
      text, options, [](const match& m, void* c) { static_cast<std::vector<match>*>(c)->push_back(m); }, &out);
  return out;
}

}  // namespace taqvim
