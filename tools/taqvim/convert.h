#ifndef TAQVIM_TOOLS_CONVERT_H
#define TAQVIM_TOOLS_CONVERT_H

#include <taqvim/calendar.h>

#include "digits.h"

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
};

// Parses "Y-M-D" or "Y/M/D" in any digit script; a leading '-' makes the year
// negative (astronomical numbering). On failure returns nullopt and says why.
std::optional<date_fields> parse_date(std::string_view s, std::string& why);

// Converts one date; on failure returns nullopt and says why.
std::optional<std::string> convert_one(std::string_view line, const convert_options& opt,
                                       std::string& why, bool& approximate);

// Converts `dates`, or every line of `in` when there are none, writing one
// output line per input and a message on `err` for each failure.
// Returns the process exit status: 0, or 1 if any input failed.
int run_convert(const convert_options& opt, const std::vector<std::string>& dates,
                std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace taqvim::cli

#endif
