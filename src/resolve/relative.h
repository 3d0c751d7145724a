// Parts of resolve() kept apart: the clock time of a match, and the
// expressions counted from the reference (relative words, weekdays, N units
// ago). Internal to the resolve stage.
#pragma once

#include "resolve/resolve.h"

namespace taqvim {
namespace resolve {

// A match whose value needs a reference it lacks (or a day of a month the
// options do not give): the month and day as written, for the caller.
inline void mark_unresolved(match& m, unsigned month, unsigned day) noexcept {
  m.flags |= flag_unresolved;
  m.unresolved_month = month;
  m.unresolved_day = day;
}

// The clock time of p on the day m.first: seconds, granularity and the
// offset of the zone written in the text, or of the options' zone.
void set_time(const grammar::expression& p, const context& ctx, match& m);

// ۵ دقیقه پیش, منذ ساعتين: a moment counted from the reference's.
void relative_time(const grammar::expression& p, const context& ctx, match& m);

// امروز, الأسبوع المقبل, شنبه, السبت 14, ماه آینده, منذ عام وشهرين: days,
// weeks, months and years counted from the reference's day.
void relative(const grammar::expression& p, const context& ctx, match& m);

}  // namespace resolve
}  // namespace taqvim
