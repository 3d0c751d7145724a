// `taqvim format` (days written as words) and `taqvim cal` (a month in a
// calendar beside the Gregorian one).
#ifndef TAQVIM_TOOLS_TEXT_CMDS_H
#define TAQVIM_TOOLS_TEXT_CMDS_H

#include <taqvim/calendar.h>
#include <taqvim/date_text.h>

#include <date/date.h>

#include <iosfwd>
#include <string>
#include <vector>

namespace taqvim::cli {

struct format_options {
  calendar cal = calendar::jalali;
  language lang = language::fa;
  date_style style = date_style::long_form;
  month_naming naming = month_naming::standard;
  digit_script digits = digit_script::persian;
};

// Writes each Gregorian day of `dates` (or of every line of `in` when there
// are none) as text, one output line per input; a line that is not a day
// gets an empty line and a message on `err`. Returns 0, or 1 if any failed.
int run_format(const format_options& opt, const std::vector<std::string>& dates, std::istream& in,
               std::ostream& out, std::ostream& err);

// The calendar `cal` shows: its language's names and digits.
struct cal_options {
  calendar cal = calendar::jalali;
  int year = 0;
  unsigned month = 0;  // 0: the whole year
};

// The grid of one month, or of every month of the year: weeks from Saturday,
// each day in `cal` with the Gregorian day beside it (the Jalali day beside a
// Gregorian one). Every cell is set off by LEFT-TO-RIGHT MARKs, so that a
// terminal that applies the bidirectional algorithm keeps the columns where a
// plain one puts them.
void run_cal(const cal_options& opt, std::ostream& out, std::ostream& err);

// The month of `cal` that `today` falls in.
cal_options month_of(calendar cal, date::sys_days today);

}  // namespace taqvim::cli

#endif
