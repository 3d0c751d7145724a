#include "text_cmds.h"

#include <istream>
#include <ostream>
#include <string_view>

namespace taqvim::cli {

int run_format(const format_options& opt, const std::vector<std::string>& dates, std::istream& in,
               std::ostream& out, std::ostream& err) {
  int status = 0;
  auto one = [&](std::string_view text, const char* where, std::size_t n) {
    std::string why;
    const auto g = parse_date(text, calendar::gregorian, why);
    if (!g) {
      out << '\n';
      err << "taqvim: " << where << ' ' << n << ": ";
      if (why != "empty line") err << text << ": ";
      err << why << '\n';
      status = 1;
      return;
    }
    const date::sys_days day = to_sys_days(calendar::gregorian, *g);
    out << format(day, opt.cal, opt.lang, opt.style, opt.naming, opt.digits) << '\n';
    const date_fields f = from_sys_days(opt.cal, day);
    if (approximate(opt.cal, f)) {
      err << "taqvim: " << where << ' ' << n << ": note: " << text << ": approximate in " << name(opt.cal) << '\n';
    }
  };
  if (!dates.empty()) {
    for (std::size_t i = 0; i < dates.size(); ++i) one(dates[i], "argument", i + 1);
  } else {
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      one(line, "line", n);
    }
  }
  out.flush();
  if (!out) {
    err << "taqvim: cannot write output\n";
    return 1;
  }
  return status;
}

namespace {

// U+200E: a strong left-to-right character of no width.
constexpr std::string_view lrm = "\u200E";

struct look {
  language lang;
  digit_script digits;         // of the calendar's days
  calendar beside;             // the calendar of the small numbers
  digit_script beside_digits;
};

look look_of(calendar c) {
  if (c == calendar::gregorian) return {language::fa, digit_script::latin, calendar::jalali, digit_script::persian};
  if (c == calendar::jalali || c == calendar::hijri_iran)
    return {language::fa, digit_script::persian, calendar::gregorian, digit_script::latin};
  return {language::ar, digit_script::arabic, calendar::gregorian, digit_script::latin};
}

// Weekday headings from Saturday, each two columns wide.
constexpr std::string_view heads_fa[7] = {"ش ", "ی ", "د ", "س ", "چ ", "پ ", "ج "};
constexpr std::string_view heads_ar[7] = {"سـ", "أح", "إث", "ثل", "أر", "خم", "جم"};

std::string number(unsigned n, digit_script d, bool pad) {
  std::string s = std::to_string(n);
  if (pad && s.size() < 2) s = " " + s;
  return render_digits(s, d);
}

void month_grid(calendar c, int year, unsigned month, std::ostream& out, std::ostream& err) {
  const look lk = look_of(c);
  const unsigned len = month_length(c, year, month);
  const date::sys_days first = to_sys_days(c, {year, month, 1});
  const date::sys_days last = first + date::days{len - 1};
  out << lrm << month_name(c, month, lk.lang) << ' ' << render_digits(std::to_string(year), lk.digits) << lrm
      << "   " << format_ymd(from_sys_days(calendar::gregorian, first)) << " .. "
      << format_ymd(from_sys_days(calendar::gregorian, last)) << '\n';
  // Cells are seven columns: the day (2), a space, the day beside (2), two spaces.
  for (unsigned w = 0; w < 7; ++w) {
    out << lrm << (lk.lang == language::fa ? heads_fa[w] : heads_ar[w]) << lrm << (w < 6 ? "     " : "\n");
  }
  // date::weekday counts from Sunday = 0; Saturday (6) is the first column.
  const unsigned lead = (date::weekday{first}.c_encoding() + 1) % 7;
  unsigned col = 0;
  for (; col < lead; ++col) out << lrm << "       ";
  for (unsigned d = 1; d <= len; ++d) {
    const date::sys_days day = first + date::days{d - 1};
    const date_fields b = from_sys_days(lk.beside, day);
    out << lrm << number(d, lk.digits, true) << lrm << ' ' << lrm << number(b.day, lk.beside_digits, true) << lrm;
    if (++col == 7 || d == len) {
      out << '\n';
      col = 0;
    } else {
      out << "  ";
    }
  }
  if (approximate(c, {year, month, 1})) {
    err << "taqvim: note: " << name(c) << ' ' << year << '-' << month
        << ": approximate (outside the calendar's published table)\n";
  }
}

}  // namespace

void run_cal(const cal_options& opt, std::ostream& out, std::ostream& err) {
  if (opt.month != 0) {
    month_grid(opt.cal, opt.year, opt.month, out, err);
    return;
  }
  for (unsigned m = 1; m <= 12; ++m) {
    if (m > 1) out << '\n';
    month_grid(opt.cal, opt.year, m, out, err);
  }
}

cal_options month_of(calendar cal, date::sys_days today) {
  const date_fields f = from_sys_days(cal, today);
  return {cal, f.year, f.month};
}

}  // namespace taqvim::cli
