#include "convert.h"

#include <istream>
#include <ostream>

namespace taqvim::cli {
namespace {

// Bytes people paste around a date: blanks, CR, bidi marks.
std::string_view trim(std::string_view s) { return taqvim::trim_pasted(s); }

// One side of a conversion: a calendar, with the user's Hijri table and
// offset where that calendar is Hijri.
struct side {
  calendar c;
  const hijri_month_table* table;
  int offset;

  side(calendar cal, const convert_options& opt)
      : c(cal), table(opt.hijri_table && opt.hijri_table->fallback() == cal ? &*opt.hijri_table : nullptr),
        offset(is_hijri(cal) ? opt.hijri_offset : 0) {}
  unsigned month_length(int y, unsigned m) const {
    return table ? table->month_length(y, m) : taqvim::month_length(c, y, m);
  }
  bool valid(const date_fields& f) const { return table ? table->valid(f) : taqvim::valid(c, f); }
  date::sys_days to_days(const date_fields& f) const {
    return (table ? table->to_sys_days(f) : taqvim::to_sys_days(c, f)) + date::days{offset};
  }
  date_fields from_days(date::sys_days d) const {
    d -= date::days{offset};
    return table ? table->from_sys_days(d) : taqvim::from_sys_days(c, d);
  }
  bool approximate(const date_fields& f) const {
    return table ? table->approximate(f) : taqvim::approximate(c, f);
  }
  // Why a date of this side is approximate.
  std::string reason(const date_fields& f) const {
    if (table && table->approximate(f)) return "outside the months of the --hijri-table file";
    if (c == calendar::hijri_umm_al_qura && f.year >= 1300 && f.year < 1420)
      return "Umm al-Qura before 1420 AH as computed today, not as printed then (see hijri-printed)";
    return "outside the published table of " + std::string(name(c));
  }
};

}  // namespace

std::optional<std::string> convert_one(std::string_view line, const convert_options& opt,
                                       std::string& why, bool& approx, std::string& note) {
  const auto f = parse_ymd(line, why);
  if (!f) return std::nullopt;
  const side from(opt.from, opt), to(opt.to, opt);
  if (!from.valid(*f)) {
    const unsigned len = from.month_length(f->year, f->month);
    std::string month = format_ymd({f->year, f->month, 1});
    month.resize(month.size() - 3);  // drop "-01"
    why = "day " + std::to_string(f->day) + " does not exist: " + std::string(name(opt.from)) +
          " " + month + " has " + std::to_string(len) + " days";
    return std::nullopt;
  }
  const date_fields out = to.from_days(from.to_days(*f));
  approx = from.approximate(*f) || to.approximate(out);
  if (approx) note = from.approximate(*f) ? from.reason(*f) : to.reason(out);
  return format_ymd(out, opt.digits);
}

int run_convert(const convert_options& opt, const std::vector<std::string>& dates,
                std::istream& in, std::ostream& out, std::ostream& err) {
  int status = 0;
  auto one = [&](std::string_view text, const char* where, std::size_t n) {
    std::string why, note;
    bool approx = false;
    const auto r = convert_one(text, opt, why, approx, note);
    if (opt.tsv) {
      // The input as read, minus the blanks trim() drops; a tab or CR inside
      // it would break the columns.
      std::string echo(trim(text));
      for (char& ch : echo) {
        if (ch == '\t' || ch == '\r') ch = ' ';
      }
      const bool shown = r && !(approx && opt.strict);
      out << echo << '\t' << (shown ? *r : std::string()) << '\t'
          << (!r ? "error" : approx ? "approximate" : "exact") << '\n';
    }
    if (r && approx && opt.strict) {
      if (!opt.tsv) out << '\n';
      err << "taqvim: " << where << ' ' << n << ": " << trim(text) << ": approximate (--strict): " << note
          << '\n';
      status = 1;
    } else if (r) {
      if (!opt.tsv) out << *r << '\n';
      if (approx) err << "taqvim: " << where << ' ' << n << ": note: " << trim(text) << ": approximate: " << note << '\n';
    } else {
      if (!opt.tsv) out << '\n';
      err << "taqvim: " << where << ' ' << n << ": ";
      if (!trim(text).empty()) err << trim(text) << ": ";
      err << why << '\n';
      status = 1;
    }
  };
  if (!dates.empty()) {
    for (std::size_t i = 0; i < dates.size(); ++i) one(dates[i], "argument", i + 1);
  } else {
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) one(line, "line", n);
  }
  out.flush();
  if (!out) {
    err << "taqvim: cannot write output\n";
    return 1;
  }
  return status;
}

}  // namespace taqvim::cli
