// A Hijri calendar whose month starts are known only at run time: a country's
// own sightings, a ministry's announcements, a user's file.
//
//   std::string why;
//   auto t = taqvim::hijri_month_table::parse(
//       "1445/9 2024-03-12\n1445/10 2024-04-10\n1445/11 2024-05-10\n",
//       taqvim::calendar::hijri_umm_al_qura, why);
//   if (!t) { /* why says which line is wrong */ }
//   t->to_sys_days({1445, 9, 1});   // 2024-03-12
//   t->from_sys_days(date::sys_days{date::year{2024} / 4 / 9});   // 1445-09-29
//
// The listed months come from the table; every other month from the fallback
// calendar: before the table as the fallback has it, its month before the
// table stretched or cut to meet the table's first day when that leaves it 29
// or 30 days long, else (and after the table) moved by whole days so that it
// joins the table with no gap or overlap (as the built-in tables join theirs). The last
// start only closes the month before it: that month is the fallback's,
// anchored there. Dates outside the listed months are approximate() unless
// the join needs no shift and the fallback itself is exact there.
//
// This is the run-time twin of the compile-time rules of hijri.h; it is a
// value type, cheap to copy for short tables.
#ifndef TAQVIM_HIJRI_MONTH_TABLE_H
#define TAQVIM_HIJRI_MONTH_TABLE_H

#include <taqvim/calendar.h>

#include <date/date.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taqvim {

class hijri_month_table {
 public:
  struct month_start {
    int year = 0;
    unsigned month = 0;
    date::sys_days first;
  };

  // Consecutive month starts (at least two), each month 29 or 30 days; the
  // fallback must be a Hijri calendar. On failure returns nullopt and says why.
  static std::optional<hijri_month_table> make(const std::vector<month_start>& starts, calendar fallback,
                                               std::string& why) {
    if (!is_hijri(fallback)) {
      why = "the fallback of a Hijri month table must be a Hijri calendar, not " + std::string(name(fallback));
      return std::nullopt;
    }
    if (starts.size() < 2) {
      why = "a month table needs at least two month starts (the last closes the month before it)";
      return std::nullopt;
    }
    hijri_month_table t;
    t.fallback_ = fallback;
    t.first_index_ = index(starts[0].year, starts[0].month);
    for (std::size_t i = 0; i < starts.size(); ++i) {
      const month_start& s = starts[i];
      const std::string what = std::to_string(s.year) + "/" + std::to_string(s.month);
      if (s.month < 1 || s.month > 12 || s.year < min_year || s.year > max_year) {
        why = what + ": not a month";
        return std::nullopt;
      }
      if (i > 0) {
        if (index(s.year, s.month) != index(starts[i - 1].year, starts[i - 1].month) + 1) {
          why = what + ": months must be consecutive, one line each";
          return std::nullopt;
        }
        const auto len = (s.first - starts[i - 1].first).count();
        if (len != 29 && len != 30) {
          why = what + ": the month before it would have " + std::to_string(len) +
                " days (a lunar month has 29 or 30)";
          return std::nullopt;
        }
      }
      t.starts_.push_back(s.first.time_since_epoch().count());
    }
    const date_fields first = fields_of(t.first_index_);
    const date_fields end = fields_of(t.first_index_ + static_cast<std::int64_t>(t.starts_.size()) - 1);
    t.shift_before_ = t.starts_.front() - taqvim::to_sys_days(fallback, first).time_since_epoch().count();
    t.shift_after_ = t.starts_.back() - taqvim::to_sys_days(fallback, end).time_since_epoch().count();
    // Before the table the fallback's own dates stand when its month before the first start, stretched or cut
    // to meet it, is 29 or 30 days long (as hijri.h's tables are continued).
    t.boundary_start_ = taqvim::to_sys_days(fallback, fields_of(t.first_index_ - 1)).time_since_epoch().count();
    if (const std::int64_t len = t.starts_.front() - t.boundary_start_; len == 29 || len == 30) t.shift_before_ = 0;
    else t.boundary_start_ = t.starts_.front();  // no month of the fallback's own is stretched
    return t;
  }

  // Lines "YEAR/MONTH YYYY-MM-DD" (Hijri month, Gregorian first day), in
  // order; text from '#' to the end of a line is a comment, blank lines are
  // skipped, and a leading '*' (an observed start in taqvim's own data files)
  // is ignored.
  static std::optional<hijri_month_table> parse(std::string_view text, calendar fallback, std::string& why) {
    std::vector<month_start> starts;
    std::size_t line_no = 0;
    while (!text.empty()) {
      ++line_no;
      const std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
      if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (!line.empty() && line.front() == '*') line.remove_prefix(1);
      if (line.empty()) continue;
      long v[5] = {};
      std::size_t i = 0;
      const char seps[] = {'/', ' ', '-', '-', '\0'};
      bool ok = true;
      for (int k = 0; k < 5 && ok; ++k) {
        std::size_t digits = 0;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 9) {
          v[k] = v[k] * 10 + (line[i++] - '0');
          ++digits;
        }
        ok = digits > 0;
        if (ok && k < 4) {
          if (k == 1) {
            const std::size_t before = i;
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
            ok = i > before;
          } else {
            ok = i < line.size() && line[i++] == seps[k];
          }
        }
      }
      if (!ok || i != line.size()) {
        why = "line " + std::to_string(line_no) + ": expected YEAR/MONTH YYYY-MM-DD";
        return std::nullopt;
      }
      const date::year_month_day g{date::year{static_cast<int>(v[2])}, date::month{static_cast<unsigned>(v[3])},
                                   date::day{static_cast<unsigned>(v[4])}};
      if (v[2] > 32767 || !g.ok()) {
        why = "line " + std::to_string(line_no) + ": not a Gregorian date";
        return std::nullopt;
      }
      starts.push_back({static_cast<int>(v[0]), static_cast<unsigned>(v[1]), date::sys_days{g}});
    }
    auto t = make(starts, fallback, why);
    if (!t && starts.empty()) why = "no month starts";
    return t;
  }

  calendar fallback() const noexcept { return fallback_; }

  unsigned month_length(int year, unsigned month) const noexcept {
    if (month < 1 || month > 12) return 0;
    if (const std::int64_t i = listed(year, month); i >= 0) return static_cast<unsigned>(starts_[i + 1] - starts_[i]);
    if (stretched(year, month)) return static_cast<unsigned>(starts_.front() - boundary_start_);
    return taqvim::month_length(fallback_, year, month);
  }
  bool valid(const date_fields& x) const noexcept { return x.day >= 1 && x.day <= month_length(x.year, x.month); }

  // Requires valid(x).
  date::sys_days to_sys_days(const date_fields& x) const noexcept {
    if (const std::int64_t i = listed(x.year, x.month); i >= 0)
      return date::sys_days{date::days{starts_[i] + x.day - 1}};
    if (stretched(x.year, x.month)) return date::sys_days{date::days{boundary_start_ + x.day - 1}};
    const bool before = index(x.year, x.month) < first_index_;
    return taqvim::to_sys_days(fallback_, x) + date::days{before ? shift_before_ : shift_after_};
  }
  date_fields from_sys_days(date::sys_days d) const noexcept {
    const std::int64_t z = d.time_since_epoch().count();
    if (z < starts_.front() && z >= boundary_start_) {
      date_fields f = fields_of(first_index_ - 1);
      f.day = static_cast<unsigned>(z - boundary_start_) + 1;
      return f;
    }
    if (z < starts_.front()) return taqvim::from_sys_days(fallback_, d - date::days{shift_before_});
    if (z >= starts_.back()) return taqvim::from_sys_days(fallback_, d - date::days{shift_after_});
    // The last start not after z.
    const auto i = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), z) - starts_.begin()) - 1;
    date_fields f = fields_of(first_index_ + static_cast<std::int64_t>(i));
    f.day = static_cast<unsigned>(z - starts_[i]) + 1;
    return f;
  }
  bool approximate(const date_fields& x) const noexcept {
    if (listed(x.year, x.month) >= 0) return false;
    const bool before = index(x.year, x.month) < first_index_;
    return (before ? shift_before_ : shift_after_) != 0 || taqvim::approximate(fallback_, x) ||
           (stretched(x.year, x.month) && month_length(x.year, x.month) != taqvim::month_length(fallback_, x.year, x.month));
  }

 private:
  static constexpr std::int64_t index(std::int64_t y, unsigned m) noexcept { return y * 12 + m - 1; }
  static constexpr date_fields fields_of(std::int64_t i) noexcept {
    const std::int64_t y = i >= 0 ? i / 12 : (i - 11) / 12;
    return {static_cast<int>(y), static_cast<unsigned>(i - y * 12) + 1, 1};
  }
  // The month just before the table, when it runs from the fallback's start to the table's first.
  bool stretched(int y, unsigned m) const noexcept {
    return index(y, m) == first_index_ - 1 && boundary_start_ < starts_.front();
  }
  // Position of a listed month in starts_, or -1.
  std::int64_t listed(int y, unsigned m) const noexcept {
    const std::int64_t i = index(y, m) - first_index_;
    return i >= 0 && i + 1 < static_cast<std::int64_t>(starts_.size()) ? i : -1;
  }

  calendar fallback_ = calendar::hijri_umm_al_qura;
  std::int64_t first_index_ = 0;
  std::vector<std::int64_t> starts_;
  std::int64_t shift_before_ = 0;
  std::int64_t shift_after_ = 0;
  std::int64_t boundary_start_ = 0;  // the first day of the month before the table, when it meets the table unshifted
};

}  // namespace taqvim

#endif
