// Fuzz target for the Jalali and Hijri calendars (include/taqvim/jalali.h,
// include/taqvim/hijri.h).
//
// Input: one little-endian record; missing bytes read as zero, extra bytes are
// ignored (so short seeds stay meaningful and libFuzzer can grow them freely).
//
//   offset  size  field
//   0       4     int32  day count z, days since 1970-01-01 (folded into ±kDayLimit)
//   4       4     int32  year Y (raw: any int, valid or not)
//   8       1     uint8  month M (raw: 0..255)
//   9       1     uint8  day D (raw: 0..255)
//   10      4     int32  months to add, n (INT32_MIN reads as -INT32_MAX)
//   14      2     int16  years to add, k
//
// fuzz/gen_calendar_corpus.py writes the seeds in fuzz/corpus/calendar/ with
// this layout; keep the two in step.

#include "check.h"

#include <string>
#include <taqvim/hijri.h>
#include <taqvim/jalali.h>

#include <date/date.h>
#include <date/islamic.h>

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace taqvim;

// ok() years are -32000..32000 in every calendar, i.e. about -12.2M..11.2M days
// (Jalali) and -11.8M..10.9M days (Hijri). A limit just past both keeps the
// transition of ok() at either end inside the fuzzed range.
constexpr std::int64_t kDayLimit = 12'500'000;

// Years beyond this make add_months' int result (and int year arithmetic)
// overflow by construction; that is the caller's business, not the header's.
constexpr std::int64_t kArithmeticYearLimit = 100'000'000;

// Year numbering: islamic.h's year 1 is 1 AH and its formulas are floor-based,
// so its year 0 is 1 BH, like taqvim's astronomical numbering: the two compare
// field for field with no offset. These anchors pin that down.
static_assert(date::sys_days{islamic::year{1445} / 1 / 1} == date::sys_days{date::year{2023} / 7 / 19});
static_assert(date::sys_days{islamic::year{1} / 1 / 1} == date::sys_days{date::year{622} / 7 / 19});
static_assert(date::sys_days{hijri::year_month_day<hijri::civil>{hijri::year{1445}, hijri::muharram, date::day{1}}} ==
              date::sys_days{date::year{2023} / 7 / 19});
static_assert(date::sys_days{hijri::year_month_day<hijri::civil>{hijri::year{1}, hijri::muharram, date::day{1}}} ==
              date::sys_days{date::year{622} / 7 / 19});
static_assert(date::sys_days{hijri::year_month_day<hijri::civil>{hijri::year{0}, hijri::muharram, date::day{1}}} ==
              date::sys_days{islamic::year{0} / 1 / 1});

class reader {
  const std::uint8_t* p_;
  std::size_t n_;

 public:
  reader(const std::uint8_t* p, std::size_t n) : p_(p), n_(n) {}
  template <class U>
  U take() {
    U v = 0;
    for (unsigned i = 0; i < sizeof(U); ++i) {
      const U byte = n_ > 0 ? (--n_, *p_++) : 0;
      v = static_cast<U>(v | static_cast<U>(byte << (8 * i)));
    }
    return v;
  }
};

struct inputs {
  std::int64_t z;
  int y;
  unsigned m;
  unsigned d;
  int n;
  int k;
};

inputs decode(const std::uint8_t* data, std::size_t size) {
  reader r{data, size};
  inputs in{};
  std::int64_t z = static_cast<std::int32_t>(r.take<std::uint32_t>());
  if (z < -kDayLimit || z > kDayLimit) z = detail::floor_mod(z, 2 * kDayLimit + 1) - kDayLimit;
  in.z = z;
  in.y = static_cast<std::int32_t>(r.take<std::uint32_t>());
  in.m = r.take<std::uint8_t>();
  in.d = r.take<std::uint8_t>();
  // Negating months{INT32_MIN} overflows int before the header sees it.
  in.n = static_cast<std::int32_t>(r.take<std::uint32_t>());
  if (in.n == INT32_MIN) in.n = -INT32_MAX;
  in.k = static_cast<std::int16_t>(r.take<std::uint16_t>());
  return in;
}

[[noreturn]] __attribute__((format(printf, 4, 5))) void fail(const char* calendar, int line, const char* cond,
                                                           const char* fmt, ...) {
  const std::string prefix = std::string(calendar) + ": check `" + cond + "` failed: ";
  va_list ap;
  va_start(ap, fmt);
  fuzz_vfail("fuzz_calendar.cc", line, prefix.c_str(), fmt, ap);
}

#define CHECK(cond, ...)                                         \
  do {                                                           \
    if (!(cond)) fail(C::name, __LINE__, #cond, __VA_ARGS__);    \
  } while (0)

// One interface over the five calendars, so each property is written once.
struct jalali_cal {
  static constexpr const char* name = "jalali";
  using ymd = jalali::year_month_day;
  using year = jalali::year;
  using month = jalali::month;
  static date::day last_day(year y, month m) { return jalali::last_day(y, m); }
  static unsigned days_in_year(year y) { return jalali::days_in_year(y); }
  static constexpr bool lunar = false;
  static constexpr unsigned shortest_year = 365, longest_year = 366;
  static bool approximate(const ymd&) { return false; }
  static bool expect_approximate(int, unsigned) { return false; }
};

template <class Rule>
struct hijri_cal {
  using ymd = hijri::year_month_day<Rule>;
  using year = hijri::year;
  using month = hijri::month;
  static date::day last_day(year y, month m) { return hijri::last_day<Rule>(y, m); }
  static unsigned days_in_year(year y) { return hijri::days_in_year<Rule>(y); }
  static constexpr bool lunar = true;
  static constexpr unsigned shortest_year = 354, longest_year = 355;
  static bool approximate(const ymd& x) { return x.approximate(); }
};

// The ranges below are restated from the header's documentation rather than
// read from detail::*_table, so that a wrong table bound is caught.
struct civil_cal : hijri_cal<hijri::civil> {
  static constexpr const char* name = "hijri civil";
  static bool expect_approximate(int, unsigned) { return false; }
};
struct tbla_cal : hijri_cal<hijri::tbla> {
  static constexpr const char* name = "hijri tbla";
  static bool expect_approximate(int, unsigned) { return false; }
};
struct umm_al_qura_cal : hijri_cal<hijri::umm_al_qura> {
  static constexpr const char* name = "hijri umm_al_qura";
  // Before 1420 the computed table is not the calendar printed at the time.
  static bool expect_approximate(int y, unsigned) { return y < 1420 || y > 1600; }
};
struct iran_cal : hijri_cal<hijri::iran> {
  static constexpr const char* name = "hijri iran";
  // Months as observed, not computed: the data has two years of 353 days
  // (1267 and 1401 AH), and 356 is as possible.
  static constexpr unsigned shortest_year = 353, longest_year = 356;
  static bool expect_approximate(int y, unsigned m) {
    return y < 1265 || y > 1448 || (y == 1448 && m > 9);
  }
};
struct printed_cal : hijri_cal<hijri::umm_al_qura_printed> {
  static constexpr const char* name = "hijri umm_al_qura_printed";
  // As printed 1343..1450: months of 28 to 31 days, years of 353 to 356.
  static constexpr unsigned shortest_year = 353, longest_year = 356;
  static bool expect_approximate(int y, unsigned) { return y < 1343 || y > 1600; }
};

template <class C>
int iy(const typename C::ymd& x) {
  return static_cast<int>(x.year());
}
template <class C>
unsigned im(const typename C::ymd& x) {
  return static_cast<unsigned>(x.month());
}
template <class C>
unsigned id(const typename C::ymd& x) {
  return static_cast<unsigned>(x.day());
}

template <class C>
typename C::ymd make(std::int64_t y, unsigned m, unsigned d) {
  return typename C::ymd{typename C::year{static_cast<int>(y)}, typename C::month{m}, date::day{d}};
}

template <class C>
std::int64_t days_of(const typename C::ymd& x) {
  return date::sys_days{x}.time_since_epoch().count();
}

template <class C>
typename C::ymd from_days(std::int64_t z) {
  return typename C::ymd{date::sys_days{date::days{static_cast<int>(z)}}};
}

// (a) day -> fields -> day, (c) day + 1 is the next date, (f) approximate().
template <class C>
typename C::ymd check_day(std::int64_t z) {
  const auto x = from_days<C>(z);
  const int y = iy<C>(x);
  const unsigned m = im<C>(x), d = id<C>(x);
  const unsigned last = static_cast<unsigned>(C::last_day(x.year(), x.month()));
  CHECK(1 <= m && m <= 12 && 1 <= d && d <= last, "day %lld -> %d-%u-%u (month has %u days)",
        static_cast<long long>(z), y, m, d, last);
  CHECK(x.ok() == x.year().ok(), "day %lld -> %d-%u-%u, ok() %d", static_cast<long long>(z), y, m, d,
        x.ok());
  CHECK(days_of<C>(x) == z, "day %lld -> %d-%u-%u -> day %lld", static_cast<long long>(z), y, m, d,
        static_cast<long long>(days_of<C>(x)));
  if (C::lunar)
    CHECK(C::approximate(x) == C::expect_approximate(y, m), "%d-%u-%u approximate() is %d", y, m, d,
          C::approximate(x));

  const auto next = from_days<C>(z + 1);
  const auto want = d < last ? make<C>(y, m, d + 1)
                    : m < 12 ? make<C>(y, m + 1, 1)
                             : make<C>(std::int64_t{y} + 1, 1, 1);
  CHECK(next == want, "day %lld is %d-%u-%u but day %lld is %d-%u-%u, not %d-%u-%u",
        static_cast<long long>(z), y, m, d, static_cast<long long>(z + 1), iy<C>(next), im<C>(next),
        id<C>(next), iy<C>(want), im<C>(want), id<C>(want));

  // Month lengths must add up to the year that to_days() spans.
  if (x.year().ok()) {
    unsigned sum = 0;
    for (unsigned mm = 1; mm <= 12; ++mm)
      sum += static_cast<unsigned>(C::last_day(x.year(), typename C::month{mm}));
    const std::int64_t span = days_of<C>(make<C>(std::int64_t{y} + 1, 1, 1)) - days_of<C>(make<C>(y, 1, 1));
    CHECK(sum == C::days_in_year(x.year()) && span == sum,
          "year %d: months sum to %u, days_in_year %u, to_days spans %lld", y, sum,
          C::days_in_year(x.year()), static_cast<long long>(span));
    CHECK(C::shortest_year <= sum && sum <= C::longest_year, "year %d has %u days", y, sum);
  }
  return x;
}

// (b) fields -> day -> fields, and the documented meaning of fields that are
// not a date; also (f) for arbitrary fields.
template <class C>
void check_fields(int y, unsigned m, unsigned d) {
  const auto x = make<C>(y, m, d);
  const typename C::year yy{y};
  const typename C::month mm{m};
  const bool month_ok = 1 <= m && m <= 12;
  const unsigned last = month_ok ? static_cast<unsigned>(C::last_day(yy, mm)) : 0;
  CHECK(static_cast<unsigned>(C::last_day(yy, mm)) == last, "%d-%u has %u days", y, m,
        static_cast<unsigned>(C::last_day(yy, mm)));
  const bool ok = yy.ok() && month_ok && 1 <= d && d <= last;
  CHECK(x.ok() == ok, "%d-%u-%u ok() is %d", y, m, d, x.ok());

  // Converting fields that are not a date is allowed; it must be defined
  // behaviour whatever the fields (a sanitizer build checks that).
  const std::int64_t z = days_of<C>(x);

  if (ok) {
    const auto back = from_days<C>(z);
    CHECK(back == x, "%d-%u-%u -> day %lld -> %d-%u-%u", y, m, d, static_cast<long long>(z), iy<C>(back),
          im<C>(back), id<C>(back));
  }
  if (y >= -1'000'000 && y <= 1'000'000) {
    // Documented for fields that are not ok(): the day spills past the month's
    // end, and month 0 or 13 is the previous December or the next January
    // (month index 12 y + m - 1, as in date's arithmetic).
    const std::int64_t index = std::int64_t{y} * 12 + (std::int64_t{m} - 1);
    const std::int64_t ny = detail::floor_div(index, 12);
    const auto nm = static_cast<unsigned>(detail::floor_mod(index, 12) + 1);
    const std::int64_t first = days_of<C>(make<C>(ny, nm, 1));
    CHECK(z == first + std::int64_t{d} - 1, "%d-%u-%u is day %lld but %lld-%u-1 is day %lld", y, m, d,
          static_cast<long long>(z), static_cast<long long>(ny), nm, static_cast<long long>(first));
    if (C::lunar && month_ok)
      CHECK(C::approximate(x) == C::expect_approximate(y, m), "%d-%u-%u approximate() is %d", y, m, d,
            C::approximate(x));
  }
}

// (e) field arithmetic and clamp_day.
template <class C>
void check_arithmetic(const typename C::ymd& x, int n, int k) {
  const int y = iy<C>(x);
  const unsigned m = im<C>(x), d = id<C>(x);
  if (y < -kArithmeticYearLimit || y > kArithmeticYearLimit) return;

  const auto plus = x + date::months{n};
  const int py = iy<C>(plus);
  const unsigned pm = im<C>(plus);
  CHECK(1 <= pm && pm <= 12, "%d-%u-%u + %d months gives month %u", y, m, d, n, pm);
  CHECK(id<C>(plus) == d, "%d-%u-%u + %d months changed the day to %u", y, m, d, n, id<C>(plus));
  // Months count from year 0, month 1, as in date::year_month + months: month
  // m of year y is index 12 y + m - 1, for any m, valid or not.
  const std::int64_t index = std::int64_t{y} * 12 + (std::int64_t{m} - 1) + n;
  CHECK(std::int64_t{py} * 12 + (pm - 1) == index, "%d-%u-%u + %d months gives %d-%u-%u, expected %lld-%lld",
        y, m, d, n, py, pm, id<C>(plus), static_cast<long long>(detail::floor_div(index, 12)),
        static_cast<long long>(detail::floor_mod(index, 12) + 1));
  if (1 <= m && m <= 12) {
    const auto back = plus - date::months{n};
    CHECK(back == x, "%d-%u-%u + %d - %d months gives %d-%u-%u", y, m, d, n, n, iy<C>(back), im<C>(back),
          id<C>(back));
  }

  const auto clamped = clamp_day(plus);
  const unsigned plast = static_cast<unsigned>(C::last_day(plus.year(), plus.month()));
  CHECK(clamped.year() == plus.year() && clamped.month() == plus.month(),
        "clamp_day(%d-%u-%u) changed the month to %d-%u", py, pm, id<C>(plus), iy<C>(clamped), im<C>(clamped));
  CHECK(id<C>(clamped) == (d < plast ? d : plast), "clamp_day(%d-%u-%u) gives day %u of %u", py, pm, d,
        id<C>(clamped), plast);
  if (d >= 1) CHECK(clamped.ok() == plus.year().ok(), "clamp_day(%d-%u-%u) ok() is %d", py, pm, d, clamped.ok());

  const auto later = x + date::years{k};
  CHECK(iy<C>(later) == y + k && later.month() == x.month() && later.day() == x.day(),
        "%d-%u-%u + %d years gives %d-%u-%u", y, m, d, k, iy<C>(later), im<C>(later), id<C>(later));
  CHECK(later - date::years{k} == x, "%d-%u-%u + %d - %d years", y, m, d, k, k);
}

template <class C>
void check_calendar(const inputs& in) {
  const auto x = check_day<C>(in.z);
  check_fields<C>(iy<C>(x), im<C>(x), id<C>(x));
  check_arithmetic<C>(x, in.n, in.k);
  check_fields<C>(in.y, in.m, in.d);
  check_arithmetic<C>(make<C>(in.y, in.m, in.d), in.n, in.k);
}

// (d) The tabular civil rule against date/islamic.h, which implements the
// same type II leap years and Friday epoch. islamic::year holds a short, so
// compare only ok() years (|y| <= 32000).
void check_islamic(const inputs& in) {
  using C = civil_cal;
  const auto x = C::ymd{date::sys_days{date::days{in.z}}};
  if (x.year().ok()) {
    const islamic::year_month_day i{date::sys_days{date::days{in.z}}};
    CHECK(static_cast<int>(i.year()) == iy<C>(x) && static_cast<unsigned>(i.month()) == im<C>(x) &&
              static_cast<unsigned>(i.day()) == id<C>(x),
          "day %lld is %d-%u-%u, islamic.h says %d-%u-%u", static_cast<long long>(in.z), iy<C>(x), im<C>(x),
          id<C>(x), static_cast<int>(i.year()), static_cast<unsigned>(i.month()),
          static_cast<unsigned>(i.day()));
  }
  // Both sides are linear in the day, so fields with a day past the month's
  // end must agree too.
  if (hijri::year{in.y}.ok() && 1 <= in.m && in.m <= 12) {
    const auto t = date::sys_days{make<C>(in.y, in.m, in.d)};
    const auto i = date::sys_days{islamic::year_month_day{islamic::year{in.y}, islamic::month{in.m},
                                                          islamic::day{in.d}}};
    CHECK(t == i, "%d-%u-%u is day %lld, islamic.h says %lld", in.y, in.m, in.d,
          static_cast<long long>(t.time_since_epoch().count()),
          static_cast<long long>(i.time_since_epoch().count()));
  }
}

#undef CHECK

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const inputs in = decode(data, size);
  check_calendar<jalali_cal>(in);
  check_calendar<civil_cal>(in);
  check_calendar<tbla_cal>(in);
  check_calendar<umm_al_qura_cal>(in);
  check_calendar<iran_cal>(in);
  check_calendar<printed_cal>(in);
  check_islamic(in);
  return 0;
}
