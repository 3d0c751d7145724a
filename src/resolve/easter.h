// Easter Sunday, the feast whose day moves with the year: as the Western
// churches keep it (the Gregorian computus) and as the Eastern ones do (the
// Julian computus, its day told in the Gregorian calendar). The press names
// days by it: عيد الفصح, عید پاک (Western), عيد القيامة of the Copts, and شم
// النسيم, Egypt's spring holiday, the Monday after the Eastern Easter.
#ifndef TAQVIM_SRC_RESOLVE_EASTER_H
#define TAQVIM_SRC_RESOLVE_EASTER_H

#include <date/date.h>

#include "grammar/expression.h"
#include "resolve/resolve.h"

namespace taqvim {
namespace resolve {

// The lexicon's months of Easter's days (holidays.txt: gregorian:easter/N,
// gregorian:orthodox_easter/N); the day is 10 + N, N days from the Sunday.
constexpr unsigned western_easter_month = 14;
constexpr unsigned orthodox_easter_month = 15;
constexpr unsigned easter_day_base = 10;

// The Gregorian computus (the "anonymous" algorithm of 1876), for years the
// Gregorian calendar has (from 1583).
constexpr date::sys_days western_easter(int y) noexcept {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, n = h + l - 7 * m + 114;
  return date::sys_days{date::year{y} / static_cast<unsigned>(n / 31) / static_cast<unsigned>(n % 31 + 1)};
}

// The Julian computus, its Julian day moved to the Gregorian calendar
// through the Julian day number.
constexpr date::sys_days orthodox_easter(int y) noexcept {
  const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int shift = (14 - month) / 12, yy = y + 4800 - shift, mm = month + 12 * shift - 3;
  const long jdn = day + (153L * mm + 2) / 5 + 365L * yy + yy / 4 - 32083;
  return date::sys_days{date::days{jdn - 2440588}};  // 2440588: the Julian day number of 1970-01-01
}

// The day p names (a day of Easter, month western_easter_month or
// orthodox_easter_month) as a Gregorian date in q, in the year written, the
// year named from the reference's, the next or last one, or else the one
// nearest the reference; `inferred` when the reference chose the year.
// False when no year can be chosen (none written, no reference) or the year
// is outside 1583..9999.
bool easter_day(const grammar::expression& p, const context& ctx, grammar::expression& q, bool& inferred) noexcept;

}  // namespace resolve
}  // namespace taqvim

#endif
