// Writes include/taqvim/detail/hijri_tables.h: the Umm al-Qura table as ICU
// carries it (1300..1600 AH, from KACST), Iran's lunar Hijri month starts
// from data/iran_lunar_hijri_month_starts.txt, and the Umm al-Qura calendar
// as printed 1343..1450 AH from data/umm_al_qura_printed_month_starts.txt.
//
//   gen_hijri_tables data/iran_lunar_hijri_month_starts.txt \
//     data/umm_al_qura_printed_month_starts.txt > include/taqvim/detail/hijri_tables.h
//
// The header is committed; the test `hijri_tables_current` regenerates it and
// fails if the two differ, so the data and the table cannot drift apart.
#include <unicode/ucal.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t unix_epoch_jd = 2440588;  // ICU's UCAL_JULIAN_DAY of 1970-01-01

[[noreturn]] void fail(const std::string& why) {
  std::cerr << "gen_hijri_tables: " << why << '\n';
  std::exit(1);
}

struct month_start {
  int year;
  int month;
  std::int64_t day;  // days since 1970-01-01
};

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  // Proleptic Gregorian day count; kept local so the generator depends on
  // nothing it is meant to feed.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::vector<month_start> umm_al_qura_from_icu() {
  UErrorCode status = U_ZERO_ERROR;
  UCalendar* cal = ucal_open(u"UTC", -1, "en@calendar=islamic-umalqura", UCAL_DEFAULT, &status);
  if (U_FAILURE(status)) fail(std::string("ICU: ") + u_errorName(status));
  std::vector<month_start> out;
  for (int y = 1300; y <= 1601; ++y) {
    for (int m = 1; m <= 12 && !(y == 1601 && m > 1); ++m) {
      ucal_clear(cal);
      ucal_set(cal, UCAL_EXTENDED_YEAR, y);
      ucal_set(cal, UCAL_MONTH, m - 1);
      ucal_set(cal, UCAL_DATE, 1);
      const std::int32_t jd = ucal_get(cal, UCAL_JULIAN_DAY, &status);
      if (U_FAILURE(status)) fail(std::string("ICU: ") + u_errorName(status));
      out.push_back({y, m, jd - unix_epoch_jd});
    }
  }
  ucal_close(cal);
  return out;
}

// Lines: "[*]YEAR/MONTH YYYY-MM-DD # sources"; '*' marks an observed start.
std::vector<month_start> read_month_starts(const char* path) {
  std::ifstream in(path);
  if (!in) fail(std::string("cannot read ") + path);
  std::vector<month_start> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '*') line.erase(0, 1);
    int y = 0, m = 0, gy = 0, gm = 0, gd = 0;
    if (std::sscanf(line.c_str(), "%d/%d %d-%d-%d", &y, &m, &gy, &gm, &gd) != 5)
      fail(std::string(path) + ":" + std::to_string(n) + ": unreadable line");
    out.push_back({y, m, days_from_civil(gy, static_cast<unsigned>(gm), static_cast<unsigned>(gd))});
  }
  return out;
}

// Consecutive month starts -> the packed words of detail::table. The last
// start only closes the month before it.
struct packed {
  int first_year;
  unsigned last_year_months;
  std::int64_t first_day;
  std::vector<std::uint32_t> words;
  int exact_year = 0;
  unsigned exact_month = 0;
};

packed pack(const std::vector<month_start>& s, const char* what) {
  if (s.size() < 2 || s.front().month != 1) fail(std::string(what) + ": must start with month 1");
  packed p{s.front().year, 0, s.front().day, {}};
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const int ny = s[i].month == 12 ? s[i].year + 1 : s[i].year;
    const int nm = s[i].month == 12 ? 1 : s[i].month + 1;
    if (s[i + 1].year != ny || s[i + 1].month != nm)
      fail(std::string(what) + ": gap after " + std::to_string(s[i].year) + "/" + std::to_string(s[i].month));
    const std::int64_t len = s[i + 1].day - s[i].day;
    if (len != 29 && len != 30)
      fail(std::string(what) + ": month " + std::to_string(s[i].year) + "/" + std::to_string(s[i].month) +
           " has " + std::to_string(len) + " days");
    if (s[i].month == 1) {
      const std::int64_t off = s[i].day - p.first_day;
      if (off < 0 || off >= (1 << 20)) fail(std::string(what) + ": table too long for 20-bit offsets");
      p.words.push_back(static_cast<std::uint32_t>(off) << 12);
    }
    if (len == 30) p.words.back() |= 1U << (s[i].month - 1);
    p.last_year_months = static_cast<unsigned>(s[i].month);
  }
  p.exact_year = p.first_year + static_cast<int>(p.words.size()) - 1;
  p.exact_month = p.last_year_months;
  return p;
}

void emit(std::ostream& out, const packed& p, const char* name) {
  out << "inline constexpr std::uint32_t " << name << "_data[] = {";
  for (std::size_t i = 0; i < p.words.size(); ++i) {
    out << (i % 6 == 0 ? "\n    " : " ");
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x,", p.words[i]);
    out << buf;
  }
  out << "\n};\ninline constexpr table " << name << "_table{" << p.first_year << ", "
      << p.words.size() << ", " << p.last_year_months << ", " << p.first_day << ", "
      << p.exact_year << ", " << p.exact_month << ", " << name << "_data};\n\n";
}

// A list of month starts: consecutive months from a month 1, each 28 to 31 days.
void check_list(const std::vector<month_start>& s, const char* what) {
  if (s.size() < 2 || s.front().month != 1) fail(std::string(what) + ": must start with month 1");
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const int ny = s[i].month == 12 ? s[i].year + 1 : s[i].year;
    const int nm = s[i].month == 12 ? 1 : s[i].month + 1;
    if (s[i + 1].year != ny || s[i + 1].month != nm)
      fail(std::string(what) + ": gap after " + std::to_string(s[i].year) + "/" + std::to_string(s[i].month));
    const std::int64_t len = s[i + 1].day - s[i].day;
    if (len < 28 || len > 31)
      fail(std::string(what) + ": month " + std::to_string(s[i].year) + "/" + std::to_string(s[i].month) +
           " has " + std::to_string(len) + " days");
  }
}

void emit_list(std::ostream& out, const std::vector<month_start>& s, const char* name) {
  out << "inline constexpr std::int32_t " << name << "_starts[] = {";
  for (std::size_t i = 0; i < s.size(); ++i) {
    out << (i % 8 == 0 ? "\n    " : " ") << s[i].day << ',';
  }
  out << "\n};\ninline constexpr month_list " << name << "_table{" << s.front().year << ", "
      << s.size() - 1 << ", " << name << "_starts};\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_hijri_tables IRAN_MONTH_STARTS.txt PRINTED_MONTH_STARTS.txt > hijri_tables.h\n";
    return 2;
  }
  const std::vector<month_start> uaq_starts = umm_al_qura_from_icu();
  const packed uaq = pack(uaq_starts, "umm_al_qura");
  // Iran's months run on with Umm al-Qura's lengths from the first month the
  // data does not close, anchored on its last known start: the same values
  // the fallback would give, found with one table lookup instead of two.
  std::vector<month_start> ir_starts = read_month_starts(argv[1]);
  const packed published = pack(ir_starts, "iran");
  const month_start last_known = ir_starts.back();
  for (std::size_t i = 1; i + 1 < uaq_starts.size(); ++i) {
    const month_start& u = uaq_starts[i];
    if (u.year < last_known.year || (u.year == last_known.year && u.month <= last_known.month)) continue;
    const std::int64_t prev_len = uaq_starts[i].day - uaq_starts[i - 1].day;
    ir_starts.push_back({u.year, u.month, ir_starts.back().day + prev_len});
  }
  ir_starts.push_back({1601, 1, ir_starts.back().day + (uaq_starts.back().day - uaq_starts[uaq_starts.size() - 2].day)});
  packed ir = pack(ir_starts, "iran");
  ir.exact_year = published.exact_year;
  ir.exact_month = published.exact_month;
  // The printed edition must hand over to the computed table with no shift:
  // its last line (1451/1) is the computed table's start of that month.
  // Its months are not all 29 or 30 days (the calendar as printed had months
  // of 28 and 31), so it is kept as a list of month starts, not packed.
  const std::vector<month_start> printed_starts = read_month_starts(argv[2]);
  check_list(printed_starts, "umm_al_qura_printed");
  bool joined = false;
  for (const month_start& u : uaq_starts) {
    if (u.year == printed_starts.back().year && u.month == printed_starts.back().month) {
      if (u.day != printed_starts.back().day) fail("umm_al_qura_printed: its last month start is not the computed table's");
      joined = true;
    }
  }
  if (!joined) fail("umm_al_qura_printed: its last month start is outside the computed table");
  std::ostream& out = std::cout;
  out << "// Generated by tools/gen/gen_hijri_tables.cc; do not edit. Regenerate with the\n"
         "// target gen_hijri_tables (see docs/calendars.md).\n"
         "//\n"
         "// umm_al_qura: 1300..1600 AH, month lengths as ICU carries them (ICU's table\n"
         "//   comes from KACST, the body that publishes the Umm al-Qura calendar).\n"
         "// iran: data/iran_lunar_hijri_month_starts.txt, lunar Hijri months as kept in\n"
         "//   Iran, from roozbehp/qamari (CC0 1.0); sources: Iranian almanacs and the\n"
         "//   Calendar Center of the University of Tehran's Institute of Geophysics;\n"
         "//   1447/11..1448/10 from the Calendar Center's official calendar of 1405 AP.\n"
         "//   Past the data's last month, Umm al-Qura's month lengths (approximate).\n"
         "// umm_al_qura_printed: data/umm_al_qura_printed_month_starts.txt, the Umm\n"
         "//   al-Qura calendar as printed and used 1343..1450 AH, compiled from primary\n"
         "//   sources in the hijridate package (MIT licence, (c) Mohammed Alshehri).\n"
         "#ifndef TAQVIM_DETAIL_HIJRI_TABLES_H\n#define TAQVIM_DETAIL_HIJRI_TABLES_H\n\n"
         "#include <taqvim/detail/hijri_table.h>\n\n#include <cstdint>\n\n"
         "namespace taqvim {\nnamespace hijri {\nnamespace detail {\n\n";
  emit(out, uaq, "umm_al_qura");
  emit(out, ir, "iran");
  emit_list(out, printed_starts, "umm_al_qura_printed");
  out << "}  // namespace detail\n}  // namespace hijri\n}  // namespace taqvim\n\n#endif\n";
  return out ? 0 : 1;
}
