// Resolution: an expression as written, plus a reference day, a language
// variety and a calendar rule, gives a value. Pure functions: no grammar,
// no text, no clock; the zone is looked up by the caller.
#ifndef TAQVIM_SRC_RESOLVE_RESOLVE_H
#define TAQVIM_SRC_RESOLVE_RESOLVE_H

#include <taqvim/calendar.h>
#include <taqvim/extract.h>

#include <date/date.h>
#include <date/tz.h>

#include <cstdint>
#include <string_view>

#include "grammar/expression.h"
#include "lang/profile.h"

namespace taqvim {
namespace resolve {

// Internal flag: resolution found that the expression is not a date after
// all ("5027 م" is a length); the driver drops such matches.
constexpr std::uint16_t flag_dropped = 1U << 15;

struct reference_day {
  bool known = false;
  date::sys_days day{};
  // The moment, when the reference has a clock time: seconds into day, and
  // its UTC offset if written (else the context's zone gives it).
  bool has_time = false, has_offset = false;
  std::int32_t seconds = 0, offset_minutes = 0;
  bool year_only = false;  // reference_time::year_only
};

// The day that bare years are judged against when there is no reference
// (is 1480 a Hijri year or a Gregorian one?): fixed, so that output never
// depends on the day the program runs.
constexpr date::sys_days present_day = date::sys_days{date::year{2026} / 1 / 1};

struct context {
  reference_day ref;
  const lang::profile* lang = nullptr;
  calendar hijri = calendar::hijri_iran;  // the Hijri rule in force
  bool hijri_default = true;              // the variety's rule, not one the options chose
  int hijri_offset = 0;                   // days added to its dates (a local sighting)
  const date::time_zone* zone = nullptr;  // the zone of clock times
  std::string_view zone_name;             // its name as the options or the language give it (a link's own name)
};

// The calendar of a written system under a context.
calendar calendar_of(grammar::system s, const context& c) noexcept;

// The calendar of a bare year. A Jalali or Hijri year is plausible from 150
// years before that calendar's current year (at the reference, or at
// present_day) to 10 after it; the text's own language decides between two
// plausible readings; anything else is Gregorian.
grammar::system guess_system(int year, const context& c) noexcept;

// The calendar of a numeric date written with its weekday (یکشنبه
// ۱۴۰۴/۰۷/۲۰): of the Solar and the lunar Hijri reading, the one whose day
// has that weekday (c_encoding) when the guessed one's has not and the
// year is within 150 years before, or 30 after, the other's current year;
// else `guessed`.
grammar::system weekday_system(grammar::system guessed, date_fields f, unsigned weekday, const context& c) noexcept;

// The year that puts (month, day) nearest the reference, a tie going to the
// past; only years in which the day exists count (29 Esfand, 29 February).
// False when no nearby year has that day.
bool nearest_year(calendar c, unsigned month, unsigned day, date::sys_days ref, int& year_out) noexcept;

// A Hijri day that the expression's own twin or weekday pinned (sighting):
// the day its calendar gives and the day the text states (the same when
// they agree: the text confirms the month's start).
struct pin {
  bool pinned = false;
  calendar rule = calendar::hijri_umm_al_qura;  // the Hijri day's
  date::local_days computed{}, stated{};
};

// The value of an expression; m.begin/m.end are left as they are. When
// `sighted` is given, it says whether the text pinned a Hijri day.
void resolve(const grammar::expression& e, const context& c, match& m, pin* sighted = nullptr);

}  // namespace resolve
}  // namespace taqvim

#endif
