// What may end a range and the words around its ends: join_ranges' helpers (ranges.cc).
#ifndef TAQVIM_SRC_ENGINE_RANGE_ENDS_H
#define TAQVIM_SRC_ENGINE_RANGE_ENDS_H

#include "engine/join.h"

namespace taqvim {
namespace engine {

// A part of the day among r's tokens (ظهر امروز, امشب).
bool tod_in(const document& d, const read_match& r) noexcept;
// الإثنين والثلاثاء المقبلين: a dual or plural qualifier after the second of two weekdays.
bool plural_qualifier(const document& d, const read_match& r);
// هفته آینده یکشنبه, الأحد من الأسبوع المقبل: a weekday r reads in a week named from the reference's.
bool names_week(const document& d, const read_match& r);
// از عید قربان تا عید غدیر: a named day (its one day) as an end of a range that opens with from.
bool named_day(const document& d, const read_match& r) noexcept;
// من, از before the first end of a joined range: the range's too.
void take_from(const document& d, read_match& a);
// 3 يونيو, no reference: a day and month of no year.
bool yearless_day(const match& z);
// One decade of years (التسعينيات, دهه ۱۳۷۰).
bool one_decade(const match& x);
// الستينيات والسبعينيات: two decades side by side joined by و, one span.
bool decades_side_by_side(const match& x, const match& y);

}  // namespace engine
}  // namespace taqvim

#endif
