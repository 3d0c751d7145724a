// Time per date conversion, each way (fields -> sys_days and sys_days ->
// fields), for taqvim's calendars against Hinnant's date (civil, solar_hijri,
// islamic) and ICU's C API. Results and how to read them: docs/performance.md.
//
// Every benchmark walks the same 4096 days, drawn at random from 1900..2100,
// in the same order. The "per_conv" column is the time of one conversion.

#include <taqvim/hijri.h>
#include <taqvim/jalali.h>

#include <date/date.h>
#include <date/islamic.h>
#include <date/solar_hijri.h>

#include <unicode/ucal.h>
#include <unicode/utypes.h>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t kInputs = 4096;
constexpr std::int32_t kUnixEpochJulianDay = 2440588;
constexpr double kMillisPerDay = 86400000.0;

// Random order, not consecutive days: consecutive days would let the branch
// predictor learn every month and year boundary, which dates coming from real
// records do not allow. Fixed seed, so that every run converts the same days.
const std::vector<date::sys_days>& input_days() {
  static const std::vector<date::sys_days> inputs = [] {
    using namespace date;
    const int lo = sys_days{year{1900} / January / 1}.time_since_epoch().count();
    const int hi = sys_days{year{2100} / December / 31}.time_since_epoch().count();
    std::mt19937 gen(1402);
    std::uniform_int_distribution<int> pick(lo, hi);
    std::vector<sys_days> v(kInputs);
    for (auto& d : v) d = sys_days{days{pick(gen)}};
    return v;
  }();
  return inputs;
}

// Each benchmark iteration converts all inputs; the per-iteration "Time"
// column is therefore for 4096 conversions, and this counter divides it out.
void report_per_conversion(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * kInputs);
  state.counters["per_conv"] = benchmark::Counter(
      static_cast<double>(kInputs),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// The fields of each input day in calendar YMD, or empty if some day does not
// survive the round trip: a wrong conversion must not get to post a time.
template <class YMD>
std::vector<YMD> fields_of_inputs() {
  std::vector<YMD> out;
  out.reserve(kInputs);
  for (date::sys_days d : input_days()) {
    const YMD f{d};
    if (date::sys_days{f} != d) return {};
    out.push_back(f);
  }
  return out;
}

template <class YMD>
void to_days(benchmark::State& state) {
  const std::vector<YMD> fields = fields_of_inputs<YMD>();
  if (fields.empty()) {
    state.SkipWithError("round trip failed");
    return;
  }
  for (auto _ : state) {
    for (const YMD& f : fields) {
      date::sys_days d{f};
      benchmark::DoNotOptimize(d);
    }
  }
  report_per_conversion(state);
}

template <class YMD>
void from_days(benchmark::State& state) {
  if (fields_of_inputs<YMD>().empty()) {
    state.SkipWithError("round trip failed");
    return;
  }
  const std::vector<date::sys_days>& days = input_days();
  for (auto _ : state) {
    for (date::sys_days d : days) {
      YMD f{d};
      benchmark::DoNotOptimize(f);
    }
  }
  report_per_conversion(state);
}

// ICU ------------------------------------------------------------------------

struct icu_fields {
  std::int32_t year;
  std::int32_t month;  // 0-based, as ICU counts
  std::int32_t day;
};

class icu_calendar {
 public:
  explicit icu_calendar(const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    // UTC, so that a day is exactly kMillisPerDay and no zone offset varies
    // with the input.
    cal_ = ucal_open(u"UTC", -1, locale, UCAL_DEFAULT, &status);
    if (U_FAILURE(status)) cal_ = nullptr;
  }
  ~icu_calendar() {
    if (cal_ != nullptr) ucal_close(cal_);
  }
  icu_calendar(const icu_calendar&) = delete;
  icu_calendar& operator=(const icu_calendar&) = delete;

  UCalendar* get() const { return cal_; }

  // ICU falls back to another calendar rather than failing on an unknown
  // keyword; a benchmark of the wrong calendar would mislead.
  bool is(const char* type) const {
    if (cal_ == nullptr) return false;
    UErrorCode status = U_ZERO_ERROR;
    const char* actual = ucal_getType(cal_, &status);
    return U_SUCCESS(status) && actual != nullptr && std::strcmp(actual, type) == 0;
  }

 private:
  UCalendar* cal_ = nullptr;
};

inline icu_fields icu_from_days(UCalendar* cal, date::sys_days d, UErrorCode& status) {
  ucal_setMillis(cal, d.time_since_epoch().count() * kMillisPerDay, &status);
  return {ucal_get(cal, UCAL_YEAR, &status), ucal_get(cal, UCAL_MONTH, &status),
          ucal_get(cal, UCAL_DATE, &status)};
}

inline void icu_set_fields(UCalendar* cal, const icu_fields& f) {
  ucal_clear(cal);
  ucal_set(cal, UCAL_EXTENDED_YEAR, f.year);
  ucal_set(cal, UCAL_MONTH, f.month);
  ucal_set(cal, UCAL_DATE, f.day);
}

// Asking for UCAL_JULIAN_DAY makes ICU complete every field, not only the
// time; that is what a caller of the field API pays.
inline std::int32_t icu_to_julian_day(UCalendar* cal, const icu_fields& f, UErrorCode& status) {
  icu_set_fields(cal, f);
  return ucal_get(cal, UCAL_JULIAN_DAY, &status);
}

// The cheapest ICU path from fields to a day: ucal_getMillis computes the
// time alone. Kept beside the field API so that the ratio to ICU is not
// flattered by work a careful caller could avoid.
inline UDate icu_to_millis(UCalendar* cal, const icu_fields& f, UErrorCode& status) {
  icu_set_fields(cal, f);
  return ucal_getMillis(cal, &status);
}

// The fields ICU itself gives for each input day, or empty if ICU does not
// map them back to the same day.
std::vector<icu_fields> icu_fields_of_inputs(UCalendar* cal) {
  std::vector<icu_fields> out;
  out.reserve(kInputs);
  UErrorCode status = U_ZERO_ERROR;
  for (date::sys_days d : input_days()) {
    const icu_fields f = icu_from_days(cal, d, status);
    const std::int32_t jd = icu_to_julian_day(cal, f, status);
    const UDate ms = icu_to_millis(cal, f, status);
    const std::int32_t day = d.time_since_epoch().count();
    if (U_FAILURE(status) || jd - kUnixEpochJulianDay != day || ms != day * kMillisPerDay)
      return {};
    out.push_back(f);
  }
  return out;
}

enum class icu_to { julian_day, millis };

void icu_to_days(benchmark::State& state, const char* locale, const char* type, icu_to how) {
  const icu_calendar cal(locale);
  if (!cal.is(type)) {
    state.SkipWithError("ICU does not provide this calendar");
    return;
  }
  const std::vector<icu_fields> fields = icu_fields_of_inputs(cal.get());
  if (fields.empty()) {
    state.SkipWithError("ICU round trip failed");
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  for (auto _ : state) {
    for (const icu_fields& f : fields) {
      if (how == icu_to::julian_day) {
        std::int32_t jd = icu_to_julian_day(cal.get(), f, status);
        benchmark::DoNotOptimize(jd);
      } else {
        UDate ms = icu_to_millis(cal.get(), f, status);
        benchmark::DoNotOptimize(ms);
      }
    }
  }
  if (U_FAILURE(status)) state.SkipWithError(u_errorName(status));
  report_per_conversion(state);
}

void icu_from_days_bench(benchmark::State& state, const char* locale, const char* type) {
  const icu_calendar cal(locale);
  if (!cal.is(type)) {
    state.SkipWithError("ICU does not provide this calendar");
    return;
  }
  if (icu_fields_of_inputs(cal.get()).empty()) {
    state.SkipWithError("ICU round trip failed");
    return;
  }
  const std::vector<date::sys_days>& days = input_days();
  UErrorCode status = U_ZERO_ERROR;
  for (auto _ : state) {
    for (date::sys_days d : days) {
      icu_fields f = icu_from_days(cal.get(), d, status);
      benchmark::DoNotOptimize(f);
    }
  }
  if (U_FAILURE(status)) state.SkipWithError(u_errorName(status));
  report_per_conversion(state);
}

// Registration -----------------------------------------------------------------

template <class YMD>
void register_native(const std::string& name) {
  benchmark::RegisterBenchmark(("BM_" + name + "_to_days").c_str(), to_days<YMD>);
  benchmark::RegisterBenchmark(("BM_" + name + "_from_days").c_str(), from_days<YMD>);
}

void register_icu(const std::string& name, const char* locale, const char* type) {
  benchmark::RegisterBenchmark(("BM_icu_" + name + "_to_days").c_str(), icu_to_days, locale,
                               type, icu_to::julian_day);
  benchmark::RegisterBenchmark(("BM_icu_" + name + "_to_millis").c_str(), icu_to_days, locale,
                               type, icu_to::millis);
  benchmark::RegisterBenchmark(("BM_icu_" + name + "_from_days").c_str(), icu_from_days_bench,
                               locale, type);
}

// Grouped by calendar, so that each of taqvim's conversions sits next to the
// implementations it is compared with.
[[maybe_unused]] const bool registered = [] {
  namespace h = taqvim::hijri;
  register_native<date::year_month_day>("hinnant_civil");
  register_icu("gregorian", "@calendar=gregorian", "gregorian");

  register_native<taqvim::jalali::year_month_day>("jalali");
  register_native<solar_hijri::year_month_day>("hinnant_solar_hijri");
  register_icu("persian", "@calendar=persian", "persian");

  register_native<h::year_month_day<h::umm_al_qura>>("hijri_umm_al_qura");
  register_icu("umalqura", "@calendar=islamic-umalqura", "islamic-umalqura");
  register_native<h::year_month_day<h::iran>>("hijri_iran");

  register_native<h::year_month_day<h::civil>>("hijri_civil");
  register_native<islamic::year_month_day>("hinnant_islamic");
  register_icu("islamic_civil", "@calendar=islamic-civil", "islamic-civil");

  register_native<h::year_month_day<h::tbla>>("hijri_tbla");
  register_icu("islamic_tbla", "@calendar=islamic-tbla", "islamic-tbla");
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
