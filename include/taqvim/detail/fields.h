// Field types shared by the non-Gregorian calendars.
//
// Each calendar namespace (taqvim::jalali, taqvim::hijri) exposes `year` and
// `month` as distinct types built from these templates, so that a Jalali month
// cannot be passed where a Hijri one is expected. Days reuse date::day: a day
// number carries no calendar of its own.
#ifndef TAQVIM_DETAIL_FIELDS_H
#define TAQVIM_DETAIL_FIELDS_H

#include <date/date.h>

#include <cstdint>

namespace taqvim {
namespace detail {

// Floor division and modulo: calendar arithmetic must stay correct for
// negative day counts and years, where C++'s truncating '/' is wrong.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  return (a >= 0 ? a : a - b + 1) / b;
}
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) noexcept {
  return a - floor_div(a, b) * b;
}

// Years are int: far wider than any supported range, so `ok()` rather than
// overflow decides what is absurd. The ok() range keeps every valid date of
// every calendar inside date::year's range after conversion.
template <class Tag>
class basic_year {
  int y_ = 0;

 public:
  static constexpr int min_value = -32000;
  static constexpr int max_value = 32000;

  basic_year() = default;
  explicit constexpr basic_year(int y) noexcept : y_(y) {}
  explicit constexpr operator int() const noexcept { return y_; }
  constexpr bool ok() const noexcept { return min_value <= y_ && y_ <= max_value; }

  constexpr basic_year& operator++() noexcept { ++y_; return *this; }
  constexpr basic_year& operator--() noexcept { --y_; return *this; }
  constexpr basic_year& operator+=(date::years n) noexcept {
    y_ += static_cast<int>(n.count());
    return *this;
  }
  constexpr basic_year& operator-=(date::years n) noexcept {
    y_ -= static_cast<int>(n.count());
    return *this;
  }
  friend constexpr basic_year operator+(basic_year y, date::years n) noexcept { return y += n; }
  friend constexpr basic_year operator-(basic_year y, date::years n) noexcept { return y -= n; }
  friend constexpr date::years operator-(basic_year a, basic_year b) noexcept {
    return date::years{a.y_ - b.y_};
  }
  friend constexpr bool operator==(basic_year a, basic_year b) noexcept { return a.y_ == b.y_; }
  friend constexpr bool operator!=(basic_year a, basic_year b) noexcept { return a.y_ != b.y_; }
  friend constexpr bool operator<(basic_year a, basic_year b) noexcept { return a.y_ < b.y_; }
  friend constexpr bool operator>(basic_year a, basic_year b) noexcept { return a.y_ > b.y_; }
  friend constexpr bool operator<=(basic_year a, basic_year b) noexcept { return a.y_ <= b.y_; }
  friend constexpr bool operator>=(basic_year a, basic_year b) noexcept { return a.y_ >= b.y_; }
};

// Months 1..12; arithmetic wraps modulo 12 like date::month.
template <class Tag>
class basic_month {
  unsigned char m_ = 0;

 public:
  basic_month() = default;
  explicit constexpr basic_month(unsigned m) noexcept
      : m_(static_cast<unsigned char>(m <= 255 ? m : 0)) {}
  explicit constexpr operator unsigned() const noexcept { return m_; }
  constexpr bool ok() const noexcept { return 1 <= m_ && m_ <= 12; }

  constexpr basic_month& operator+=(date::months n) noexcept {
    m_ = static_cast<unsigned char>(floor_mod(std::int64_t{m_} - 1 + n.count(), 12) + 1);
    return *this;
  }
  constexpr basic_month& operator-=(date::months n) noexcept { return *this += -n; }
  constexpr basic_month& operator++() noexcept { return *this += date::months{1}; }
  constexpr basic_month& operator--() noexcept { return *this -= date::months{1}; }
  friend constexpr basic_month operator+(basic_month m, date::months n) noexcept { return m += n; }
  friend constexpr basic_month operator-(basic_month m, date::months n) noexcept { return m -= n; }
  friend constexpr bool operator==(basic_month a, basic_month b) noexcept { return a.m_ == b.m_; }
  friend constexpr bool operator!=(basic_month a, basic_month b) noexcept { return a.m_ != b.m_; }
  friend constexpr bool operator<(basic_month a, basic_month b) noexcept { return a.m_ < b.m_; }
  friend constexpr bool operator>(basic_month a, basic_month b) noexcept { return a.m_ > b.m_; }
  friend constexpr bool operator<=(basic_month a, basic_month b) noexcept { return a.m_ <= b.m_; }
  friend constexpr bool operator>=(basic_month a, basic_month b) noexcept { return a.m_ >= b.m_; }
};

// Adds whole months to a (year, month) pair; the day is the caller's business.
// A month outside 1..12 counts from month 1 of y (month 0 is the previous
// December, month 13 the next January), so any input gives a real month.
constexpr void add_months(int& y, unsigned& m, std::int64_t n) noexcept {
  const std::int64_t total = std::int64_t{y} * 12 + (std::int64_t{m} - 1) + n;
  y = static_cast<int>(floor_div(total, 12));
  m = static_cast<unsigned>(floor_mod(total, 12) + 1);
}

// The field arithmetic and comparisons of a calendar's year_month_day,
// written once for all calendars (as date::year_month_day has them).
// Derived has year(), month(), day() and a constructor from the three.
// Month and year arithmetic changes the fields only: the day is kept, so the
// result may not be ok() (see clamp_day()).
template <class Derived, class Year, class Month>
class ymd_operators {
  constexpr Derived& self() noexcept { return static_cast<Derived&>(*this); }
  constexpr const Derived& self() const noexcept { return static_cast<const Derived&>(*this); }

 public:
  constexpr Derived& operator+=(date::months n) noexcept {
    int y = static_cast<int>(self().year());
    unsigned m = static_cast<unsigned>(self().month());
    add_months(y, m, n.count());
    self() = Derived{Year{y}, Month{m}, self().day()};
    return self();
  }
  constexpr Derived& operator-=(date::months n) noexcept { return *this += -n; }
  constexpr Derived& operator+=(date::years n) noexcept {
    self() = Derived{self().year() + n, self().month(), self().day()};
    return self();
  }
  constexpr Derived& operator-=(date::years n) noexcept { return *this += -n; }
  [[nodiscard]] friend constexpr Derived operator+(Derived a, date::months n) noexcept { return a += n; }
  [[nodiscard]] friend constexpr Derived operator+(date::months n, Derived a) noexcept { return a += n; }
  [[nodiscard]] friend constexpr Derived operator-(Derived a, date::months n) noexcept { return a -= n; }
  [[nodiscard]] friend constexpr Derived operator+(Derived a, date::years n) noexcept { return a += n; }
  [[nodiscard]] friend constexpr Derived operator+(date::years n, Derived a) noexcept { return a += n; }
  [[nodiscard]] friend constexpr Derived operator-(Derived a, date::years n) noexcept { return a -= n; }

  friend constexpr bool operator==(const Derived& a, const Derived& b) noexcept {
    return a.year() == b.year() && a.month() == b.month() && a.day() == b.day();
  }
  friend constexpr bool operator!=(const Derived& a, const Derived& b) noexcept { return !(a == b); }
  friend constexpr bool operator<(const Derived& a, const Derived& b) noexcept {
    return a.year() != b.year()     ? a.year() < b.year()
           : a.month() != b.month() ? a.month() < b.month()
                                    : a.day() < b.day();
  }
  friend constexpr bool operator>(const Derived& a, const Derived& b) noexcept { return b < a; }
  friend constexpr bool operator<=(const Derived& a, const Derived& b) noexcept { return !(b < a); }
  friend constexpr bool operator>=(const Derived& a, const Derived& b) noexcept { return !(a < b); }
};

// A year and a month of one calendar, the middle step of date.h's
// construction syntax: year{1402}/5/15.
template <class Year, class Month>
class basic_year_month {
  Year y_;
  Month m_;

 public:
  basic_year_month() = default;
  constexpr basic_year_month(const Year& y, const Month& m) noexcept : y_(y), m_(m) {}
  [[nodiscard]] constexpr Year year() const noexcept { return y_; }
  [[nodiscard]] constexpr Month month() const noexcept { return m_; }
  [[nodiscard]] constexpr bool ok() const noexcept { return y_.ok() && m_.ok(); }
  friend constexpr bool operator==(const basic_year_month& a, const basic_year_month& b) noexcept {
    return a.y_ == b.y_ && a.m_ == b.m_;
  }
  friend constexpr bool operator!=(const basic_year_month& a, const basic_year_month& b) noexcept {
    return !(a == b);
  }
};

}  // namespace detail
}  // namespace taqvim

#endif
