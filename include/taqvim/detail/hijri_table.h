// The shape of a published lunar Hijri table (see hijri_tables.h).
#ifndef TAQVIM_DETAIL_HIJRI_TABLE_H
#define TAQVIM_DETAIL_HIJRI_TABLE_H

#include <cstdint>

namespace taqvim {
namespace hijri {
namespace detail {

// One 32-bit word per year: bits 0..11 say which months have 30 days (bit
// m-1 for month m), bits 12..31 give the year's first day as days after
// first_day. Month starts then cost one add and a 12-bit popcount.
//
// A table may run on past what its source publishes (Iran's does, with Umm
// al-Qura's months, so that one lookup serves the common years); months after
// (exact_year, exact_month) are reported as approximate.
struct table {
  int first_year;
  int years;                  // entries in data
  unsigned last_year_months;  // months of the final entry that the table covers
  std::int64_t first_day;     // days since 1970-01-01 of 1 Muharram first_year
  int exact_year;             // the last month the source itself gives
  unsigned exact_month;
  const std::uint32_t* data;
};

// Month starts listed one by one, for a calendar whose months were not all
// 29 or 30 days (the Umm al-Qura calendar as printed before 1420 AH had months
// of 28 and 31). starts[i] is the first day (days since 1970-01-01) of month
// i % 12 + 1 of year first_year + i / 12; starts[months] closes the last month.
struct month_list {
  int first_year;
  int months;
  const std::int32_t* starts;
};

}  // namespace detail
}  // namespace hijri
}  // namespace taqvim

#endif
