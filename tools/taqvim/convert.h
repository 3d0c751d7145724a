#ifndef TAQVIM_TOOLS_CONVERT_H
#define TAQVIM_TOOLS_CONVERT_H

#include <taqvim/calendar.h>
#include <taqvim/date_text.h>
#include <taqvim/hijri_month_table.h>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taqvim::cli {

struct convert_options {
  calendar from = calendar::jalali;
  calendar to = calendar::gregorian;
  digit_script digits = digit_script::latin;
  // A user's Hijri calendar: month starts from a file, in place of the Hijri
  // calendar named by --from/--to within its months (its fallback outside).
  std::optional<hijri_month_table> hijri_table;
  // Days the Hijri side runs late (+1: each month begins a day later), -2..2.
  int hijri_offset = 0;
  // An approximate result is an error: an empty line and exit status 1.
  bool strict = false;
  // tsv: "INPUT<TAB>OUTPUT<TAB>STATUS" per line, STATUS exact, approximate or error.
  bool tsv = false;
};

// Converts one date; on failure returns nullopt and says why. When the
// result is approximate, `approximate` is set and `note` says why.
std::optional<std::string> convert_one(std::string_view line, const convert_options& opt,
                                       std::string& why, bool& approximate, std::string& note);

// Converts `dates`, or every line of `in` when there are none, writing one
// output line per input and a message on `err` for each failure.
// Returns the process exit status: 0, or 1 if any input failed.
int run_convert(const convert_options& opt, const std::vector<std::string>& dates,
                std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace taqvim::cli

#endif
