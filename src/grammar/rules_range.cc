// Rules for ranges of days and dates.
#include "grammar/grammar.h"

#include <tuple>

namespace taqvim {
namespace grammar {

// [از|من|بين] D (تا|إلى|و|-) D month [year]  or  [از|من] date (تا|إلى|-) date
bool grammar::range_expr(std::size_t i, expression& p) const {
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
bool grammar::date_range(std::size_t j, expression& p) const {
  expression a, b;
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

}  // namespace grammar
}  // namespace taqvim
