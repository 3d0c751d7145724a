// The SCHEMA forms of values, names and flags, and reference parsing.
#include <taqvim/extract.h>

#include <cstdio>

namespace taqvim {
namespace {

// ISO 8601 years: at least four digits, a sign before negative ones.
std::string year_string(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%04d", y < 0 ? "-" : "", y < 0 ? -y : y);
  return buf;
}

std::string month_string(date::sys_days d) {
  const date::year_month_day g{d};
  char buf[8];
  std::snprintf(buf, sizeof buf, "-%02u", static_cast<unsigned>(g.month()));
  return year_string(static_cast<int>(g.year())) + buf;
}

std::string day_string(date::sys_days d) {
  const date::year_month_day g{d};
  char buf[24];
  const int y = static_cast<int>(g.year());
  std::snprintf(buf, sizeof buf, "%s%04d-%02u-%02u", y < 0 ? "-" : "", y < 0 ? -y : y,
                static_cast<unsigned>(g.month()), static_cast<unsigned>(g.day()));
  return buf;
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::optional<reference_time> reference_time::parse(std::string_view s) noexcept {
  int y = 0, mo = 0, d = 0;
  if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d))
    return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  reference_time r;
  r.day = date::local_days{ymd};
  if (s.size() == 10) return r;
  int h = 0, mi = 0, sec = 0;
  if (s[10] != 'T' || !digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, mi) || h > 23 ||
      mi > 59)
    return std::nullopt;
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    if (!digits(s, i + 1, 2, sec) || sec > 59) return std::nullopt;
    i += 3;
  }
  r.has_time = true;
  r.seconds = h * 3600 + mi * 60 + sec;
  if (i == s.size()) return r;
  if (s[i] == 'Z' && i + 1 == s.size()) {
    r.has_offset = true;
    return r;
  }
  int oh = 0, om = 0;
  if ((s[i] != '+' && s[i] != '-') || !digits(s, i + 1, 2, oh) || i + 6 != s.size() || s[i + 3] != ':' ||
      !digits(s, i + 4, 2, om) || oh > 14 || om > 59)
    return std::nullopt;
  r.has_offset = true;
  r.offset_minutes = (s[i] == '-' ? -1 : 1) * (oh * 60 + om);
  return r;
}

std::string format_value(const match& m) {
  if (m.flags & flag_unresolved) {
    if (m.unresolved_month == 0) return "XXXX-XX-XX";
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02u-%02u", m.unresolved_month, m.unresolved_day);
    return buf;
  }
  const bool gregorian_unit = m.calendar == written_calendar::gregorian ||
                              (m.calendar == written_calendar::relative &&
                               date::year_month_day{m.first}.day() == date::day{1} &&
                               date::year_month_day{m.last + date::days{1}}.day() == date::day{1});
  switch (m.granularity) {
    case granularity::year:
      if (gregorian_unit && date::year_month_day{m.first}.month() == date::January &&
          date::year_month_day{m.last}.month() == date::December) {
        return year_string(static_cast<int>(date::year_month_day{m.first}.year()));
      }
      return day_string(m.first) + "/" + day_string(m.last);
    case granularity::month:
      if (gregorian_unit) return month_string(m.first);
      return day_string(m.first) + "/" + day_string(m.last);
    case granularity::week:
      return day_string(m.first) + "/" + day_string(m.last);
    case granularity::day:
      if (m.first != m.last) return day_string(m.first) + "/" + day_string(m.last);
      return day_string(m.first);
    case granularity::hour:
    case granularity::minute:
    case granularity::second: {
      char buf[48];
      const int s = m.seconds < 0 ? 0 : m.seconds;
      const int off = m.offset_minutes < 0 ? -m.offset_minutes : m.offset_minutes;
      if (m.granularity == granularity::second) {
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d%c%02d:%02d", s / 3600, s / 60 % 60, s % 60,
                      m.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
      } else {
        std::snprintf(buf, sizeof buf, "T%02d:%02d%c%02d:%02d", s / 3600, s / 60 % 60,
                      m.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
      }
      return day_string(m.first) + buf;
    }
  }
  return day_string(m.first);
}

std::string_view name(written_calendar c) noexcept {
  switch (c) {
    case written_calendar::gregorian: return "gregorian";
    case written_calendar::jalali: return "jalali";
    case written_calendar::hijri: return "hijri";
    case written_calendar::relative: return "relative";
  }
  return "gregorian";
}

std::string_view name(granularity g) noexcept {
  switch (g) {
    case granularity::year: return "year";
    case granularity::month: return "month";
    case granularity::week: return "week";
    case granularity::day: return "day";
    case granularity::hour: return "hour";
    case granularity::minute: return "minute";
    case granularity::second: return "second";
  }
  return "day";
}

std::vector<std::string_view> flag_names(std::uint16_t flags) {
  static constexpr std::pair<match_flag, std::string_view> names[] = {
      {flag_weekday_mismatch, "weekday_mismatch"}, {flag_year_inferred, "year_inferred"},
      {flag_calendar_guessed, "calendar_guessed"}, {flag_approximate, "approximate"},
      {flag_dual_mismatch, "dual_mismatch"},       {flag_tz_gap, "tz_gap"},
      {flag_tz_overlap, "tz_overlap"},             {flag_unresolved, "unresolved"},
      {flag_invalid_date, "invalid_date"}};
  std::vector<std::string_view> out;
  for (const auto& [f, n] : names)
    if (flags & f) out.push_back(n);
  return out;
}

}  // namespace taqvim
