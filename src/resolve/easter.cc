#include "resolve/easter.h"

namespace taqvim {
namespace resolve {
namespace {

using grammar::expression;
using grammar::system;

// The day p names in Gregorian year y: its Easter's Sunday, moved.
date::sys_days day_in(const expression& p, int y) noexcept {
  const date::sys_days sunday = p.month == orthodox_easter_month ? orthodox_easter(y) : western_easter(y);
  return sunday + date::days{static_cast<int>(p.day) - static_cast<int>(easter_day_base)};
}

}  // namespace

bool easter_day(const expression& p, const context& ctx, expression& q, bool& inferred) noexcept {
  int y = 0;
  inferred = false;
  if (p.year != 0) {
    // A Gregorian year; a two-digit or a Solar Hijri one names no Easter.
    if (p.two_digit_year || (p.year_sys != system::unknown && p.year_sys != system::gregorian)) return false;
    y = p.year;
  } else if (!ctx.ref.known) {
    return false;
  } else {
    const date::sys_days ref = ctx.ref.day;
    const int ry = static_cast<int>(date::year_month_day{ref}.year());
    if (ry < 1584 || ry > 9998) return false;
    inferred = true;
    if (p.year_relative) {
      y = ry + p.year_offset;  // عيد الفصح هذا العام, عید پاک سال گذشته
    } else if (p.qualifier == 1) {
      y = day_in(p, ry) > ref ? ry : ry + 1;  // عيد الفصح المقبل: the next after the reference
    } else if (p.qualifier == -1) {
      y = day_in(p, ry) < ref ? ry : ry - 1;
    } else {
      // The nearest; a tie goes to the past (SCHEMA).
      y = ry - 1;
      for (const int c : {ry, ry + 1}) {
        const auto far = [&](int x) { return date::abs(day_in(p, x) - ref); };
        if (far(c) < far(y)) y = c;
      }
    }
  }
  if (y < 1583 || y > 9999) return false;
  const date::year_month_day d{day_in(p, y)};
  q = p;
  q.sys = system::gregorian;
  q.month = static_cast<unsigned>(d.month());
  q.day = static_cast<unsigned>(d.day());
  q.year = static_cast<int>(d.year());
  q.year_sys = system::unknown;
  q.guess_year = false;
  q.two_digit_year = false;
  q.year_relative = false;
  q.year_offset = 0;
  q.qualifier = expression::nearest;
  return true;
}

}  // namespace resolve
}  // namespace taqvim
