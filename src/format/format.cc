// The SCHEMA forms of values, names and flags, and reference parsing.
#include <taqvim/extract.h>

#include <cstdio>

namespace taqvim {
namespace {

// Appends printf output to the buffer; every SCHEMA value fits.
template <class... A>
void append(value_buffer& b, const char* format, A... a) noexcept {
  const std::size_t room = sizeof b.data - b.size;
  const int n = std::snprintf(b.data + b.size, room, format, a...);
  if (n > 0) b.size += static_cast<std::size_t>(n) < room ? static_cast<std::size_t>(n) : room - 1;
}

// ISO 8601 years: at least four digits, a sign before negative ones.
void append_year(value_buffer& b, int y) noexcept { append(b, "%s%04d", y < 0 ? "-" : "", y < 0 ? -y : y); }

void append_month(value_buffer& b, date::local_days d) noexcept {
  const date::year_month_day g{d};
  append_year(b, static_cast<int>(g.year()));
  append(b, "-%02u", static_cast<unsigned>(g.month()));
}

void append_day(value_buffer& b, date::local_days d) noexcept {
  const date::year_month_day g{d};
  append_year(b, static_cast<int>(g.year()));
  append(b, "-%02u-%02u", static_cast<unsigned>(g.month()), static_cast<unsigned>(g.day()));
}

void append_days(value_buffer& b, date::local_days first, date::local_days last) noexcept {
  append_day(b, first);
  append(b, "%s", "/");  // a literal format, as -Wformat-security asks
  append_day(b, last);
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

void format_value(const match& m, value_buffer& b) noexcept {
  b.size = 0;
  if (m.flags & flag_unresolved) {
    if (m.unresolved_month == 0) {
      append(b, "%s", "XXXX-XX-XX");
    } else {
      append(b, "XXXX-%02u-%02u", m.unresolved_month, m.unresolved_day);
      if (m.unresolved_last_day != 0) append(b, "/XXXX-%02u-%02u", m.unresolved_last_month, m.unresolved_last_day);
    }
    return;
  }
  const bool gregorian_unit = m.calendar == written_calendar::gregorian ||
                              (m.calendar == written_calendar::relative &&
                               date::year_month_day{m.first}.day() == date::day{1} &&
                               date::year_month_day{m.last + date::days{1}}.day() == date::day{1});
  // One day, whatever unit it was counted in (۳ سال پیش is a day).
  if (m.first == m.last && m.granularity <= granularity::day) {
    append_day(b, m.first);
    return;
  }
  switch (m.granularity) {
    case granularity::year:
      // One Gregorian year is written as such; a decade is an interval.
      if (gregorian_unit && date::year_month_day{m.first}.month() == date::January &&
          date::year_month_day{m.last}.month() == date::December &&
          date::year_month_day{m.first}.year() == date::year_month_day{m.last}.year()) {
        append_year(b, static_cast<int>(date::year_month_day{m.first}.year()));
      } else {
        append_days(b, m.first, m.last);
      }
      return;
    case granularity::month:
      // One Gregorian month as such; months from one to another (من يناير
      // إلى مارس 2024) as an interval.
      if (gregorian_unit && date::year_month_day{m.first}.year() == date::year_month_day{m.last}.year() &&
          date::year_month_day{m.first}.month() == date::year_month_day{m.last}.month()) {
        append_month(b, m.first);
      } else {
        append_days(b, m.first, m.last);
      }
      return;
    case granularity::week:
      append_days(b, m.first, m.last);
      return;
    case granularity::day:
      if (m.first != m.last) {
        append_days(b, m.first, m.last);
      } else {
        append_day(b, m.first);
      }
      return;
    case granularity::hour:
    case granularity::minute:
    case granularity::second: {
      const int s = m.seconds < 0 ? 0 : m.seconds;
      const int off = m.offset_minutes < 0 ? -m.offset_minutes : m.offset_minutes;
      const char sign = m.offset_minutes < 0 ? '-' : '+';
      append_day(b, m.first);
      if (m.granularity == granularity::second) {
        append(b, "T%02d:%02d:%02d%c%02d:%02d", s / 3600, s / 60 % 60, s % 60, sign, off / 60, off % 60);
      } else {
        append(b, "T%02d:%02d%c%02d:%02d", s / 3600, s / 60 % 60, sign, off / 60, off % 60);
      }
      return;
    }
  }
  append_day(b, m.first);
}

std::string format_value(const match& m) {
  value_buffer b;
  format_value(m, b);
  return std::string(b.view());
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

std::string_view name(match_flag f) noexcept {
  switch (f) {
    case flag_weekday_mismatch: return "weekday_mismatch";
    case flag_year_inferred: return "year_inferred";
    case flag_calendar_guessed: return "calendar_guessed";
    case flag_approximate: return "approximate";
    case flag_dual_mismatch: return "dual_mismatch";
    case flag_tz_gap: return "tz_gap";
    case flag_tz_overlap: return "tz_overlap";
    case flag_unresolved: return "unresolved";
    case flag_invalid_date: return "invalid_date";
    case flag_none: break;
  }
  return {};
}

std::vector<std::string_view> flag_names(std::uint16_t flags) {
  std::vector<std::string_view> out;
  for (unsigned bit = 0; bit < 16; ++bit) {
    const auto f = static_cast<match_flag>(1U << bit);
    if ((flags & f) && !name(f).empty()) out.push_back(name(f));
  }
  return out;
}

}  // namespace taqvim
