// The compiled half of the Python package: extraction and calendar columns.
// The Python half (taqvim/__init__.py) checks and converts arguments and
// builds the Match objects; everything that loops over text or arrays is
// here, with the GIL released.
#include <taqvim/calendar.h>
#include <taqvim/extract.h>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "convert.h"

namespace py = pybind11;

namespace {

// extract_options::hijri_offset is newer than some builds of the library;
// detected here so that the module builds against either and says plainly
// when a caller asks for what the library cannot do.
template <class T, class = void>
struct has_hijri_offset : std::false_type {};
template <class T>
struct has_hijri_offset<T, std::void_t<decltype(std::declval<T&>().hijri_offset)>> : std::true_type {};

constexpr bool hijri_offset_supported = has_hijri_offset<taqvim::extract_options>::value;

template <class Options>
void set_hijri_offset(Options& o, int days) {
  if constexpr (has_hijri_offset<Options>::value) {
    o.hijri_offset = static_cast<decltype(o.hijri_offset)>(days);
  } else if (days != 0) {
    PyErr_SetString(PyExc_NotImplementedError, "hijri_offset is not supported by this build of taqvim");
    throw py::error_already_set();
  }
}

taqvim::calendar calendar_named(const std::string& s) {
  taqvim::calendar c{};
  if (!taqvim::parse_calendar(s, c)) {
    throw py::value_error("unknown calendar '" + s +
                          "' (expected gregorian, jalali, hijri, hijri-iran, hijri-civil or hijri-tbla)");
  }
  return c;
}

// The UTF-8 bytes of a str, without a copy (CPython caches them on the
// object). A lone surrogate cannot be encoded: Python's own
// UnicodeEncodeError, which says where it is, propagates.
std::string_view utf8_of(const py::str& s) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(s.ptr(), &size);
  if (data == nullptr) throw py::error_already_set();
  return {data, static_cast<std::size_t>(size)};
}

// One match as a tuple for the Python side:
// (start, end, byte_start, byte_end, calendar, value, granularity, flags,
//  first, last, seconds, offset_minutes, unresolved)
// where first/last are days since 1970-01-01.
py::tuple match_tuple(const taqvim::match& m, std::size_t start, std::size_t end) {
  taqvim::value_buffer value;
  taqvim::format_value(m, value);
  py::list flags;
  for (std::string_view f : taqvim::flag_names(m.flags)) flags.append(py::str(f.data(), f.size()));
  const std::string_view cal = taqvim::name(m.calendar);
  const std::string_view gran = taqvim::name(m.granularity);
  return py::make_tuple(start, end, m.begin, m.end, py::str(cal.data(), cal.size()),
                        py::str(value.data, value.size), py::str(gran.data(), gran.size()), flags,
                        m.first.time_since_epoch().count(), m.last.time_since_epoch().count(), m.seconds,
                        m.offset_minutes, (m.flags & taqvim::flag_unresolved) != 0);
}

py::list extract_tuples(const py::str& text, const std::optional<std::string>& reference,
                        const std::string& tz, const std::string& lang, int hijri_offset) {
  taqvim::extract_options options;
  if (reference) {
    options.reference = taqvim::reference_time::parse(*reference);
    if (!options.reference) {
      throw py::value_error("bad reference '" + *reference +
                            "' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM))");
    }
  }
  options.tz = tz;
  options.lang = lang;
  if (hijri_offset < -2 || hijri_offset > 2) {
    throw py::value_error("hijri_offset must be between -2 and 2 days, not " + std::to_string(hijri_offset));
  }
  set_hijri_offset(options, hijri_offset);
  // The library's own check (zone, language), so that the messages are its own.
  if (std::string why = taqvim::check(options); !why.empty()) throw py::value_error(why);

  const std::string_view bytes = utf8_of(text);
  std::vector<taqvim::match> found;
  {
    py::gil_scoped_release nogil;
    found = taqvim::extract(bytes, options);
  }
  // Byte offsets to code point offsets in one pass: matches come in text
  // order and the offsets fall on character boundaries.
  py::list out;
  std::size_t byte = 0, chars = 0;
  auto advance_to = [&](std::size_t target) {
    for (; byte < target; ++byte) chars += (static_cast<unsigned char>(bytes[byte]) & 0xC0) != 0x80;
    return chars;
  };
  for (const taqvim::match& m : found) {
    const std::size_t start = advance_to(m.begin);
    const std::size_t end = advance_to(m.end);
    out.append(match_tuple(m, start, end));
  }
  return out;
}

std::string convert(const std::string& date, const std::string& from, const std::string& to) {
  taqvim::cli::convert_options opt;
  opt.from = calendar_named(from);
  opt.to = calendar_named(to);
  std::string why;
  std::string note;
  bool approximate = false;
  if (auto r = taqvim::cli::convert_one(date, opt, why, approximate, note)) return *r;
  throw py::value_error(date + ": " + why);
}

constexpr std::int64_t nat = std::numeric_limits<std::int64_t>::min();

// The days whose date in calendar c has a year in [min_year, max_year], and
// whose Gregorian year does too: outside them the arithmetic is not
// defined, so those days are refused rather than converted.
std::pair<std::int64_t, std::int64_t> day_range(taqvim::calendar c) {
  using taqvim::calendar;
  const auto days = [](calendar k, taqvim::date_fields f) {
    return std::int64_t{taqvim::to_sys_days(k, f).time_since_epoch().count()};
  };
  const auto last = [](calendar k, int y) { return taqvim::date_fields{y, 12, taqvim::month_length(k, y, 12)}; };
  const std::int64_t lo = std::max(days(calendar::gregorian, {taqvim::min_year, 1, 1}), days(c, {taqvim::min_year, 1, 1}));
  const std::int64_t hi =
      std::min(days(calendar::gregorian, last(calendar::gregorian, taqvim::max_year)), days(c, last(c, taqvim::max_year)));
  return {lo, hi};
}

// days: contiguous int64 (datetime64[D] viewed as int64). NaT gives 0, 0, 0.
py::tuple to_calendar(py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> days,
                      const std::string& calendar_name) {
  const taqvim::calendar c = calendar_named(calendar_name);
  const auto [lo, hi] = day_range(c);
  const py::ssize_t n = days.size();
  py::array_t<std::int32_t> year(n), month(n), day(n);
  const std::int64_t* in = days.data();
  std::int32_t* y = year.mutable_data();
  std::int32_t* m = month.mutable_data();
  std::int32_t* d = day.mutable_data();
  py::ssize_t bad = -1;
  {
    py::gil_scoped_release nogil;
    for (py::ssize_t i = 0; i < n; ++i) {
      const std::int64_t v = in[i];
      if (v == nat) {
        y[i] = m[i] = d[i] = 0;
        continue;
      }
      if (v < lo || v > hi) {
        bad = i;
        break;
      }
      const taqvim::date_fields f =
          taqvim::from_sys_days(c, date::sys_days{date::days{static_cast<int>(v)}});
      y[i] = f.year;
      m[i] = static_cast<std::int32_t>(f.month);
      d[i] = static_cast<std::int32_t>(f.day);
    }
  }
  if (bad >= 0) {
    throw py::value_error("day " + std::to_string(in[bad]) + " (days since 1970-01-01) at index " +
                          std::to_string(bad) + " is outside the years " + std::to_string(taqvim::min_year) +
                          ".." + std::to_string(taqvim::max_year) + " of " + calendar_name);
  }
  return py::make_tuple(year, month, day);
}

// Equal-length contiguous int64 columns; a day that does not exist gives NaT.
py::array_t<std::int64_t> from_calendar(py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> year,
                                        py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> month,
                                        py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> day,
                                        const std::string& calendar_name) {
  const taqvim::calendar c = calendar_named(calendar_name);
  const py::ssize_t n = year.size();
  if (month.size() != n || day.size() != n) throw py::value_error("year, month and day differ in length");
  py::array_t<std::int64_t> out(n);
  const std::int64_t* y = year.data();
  const std::int64_t* m = month.data();
  const std::int64_t* d = day.data();
  std::int64_t* o = out.mutable_data();
  {
    py::gil_scoped_release nogil;
    for (py::ssize_t i = 0; i < n; ++i) {
      // Range-checked before narrowing, so that 2**40 is not read as some other year.
      const bool in_range = y[i] >= taqvim::min_year && y[i] <= taqvim::max_year && m[i] >= 1 && m[i] <= 12 &&
                            d[i] >= 1 && d[i] <= 31;
      const taqvim::date_fields f{static_cast<int>(in_range ? y[i] : 0), static_cast<unsigned>(in_range ? m[i] : 0),
                                  static_cast<unsigned>(in_range ? d[i] : 0)};
      o[i] = in_range && taqvim::valid(c, f) ? taqvim::to_sys_days(c, f).time_since_epoch().count() : nat;
    }
  }
  return out;
}

}  // namespace

PYBIND11_MODULE(_taqvim, m) {
  m.doc() = "The compiled part of taqvim; use the functions of the taqvim package.";
  m.attr("HIJRI_OFFSET_SUPPORTED") = py::bool_(hijri_offset_supported);
  m.def("extract_tuples", &extract_tuples, py::arg("text"), py::arg("reference"), py::arg("tz"), py::arg("lang"),
        py::arg("hijri_offset"));
  m.def("convert", &convert, py::arg("date"), py::arg("from_calendar"), py::arg("to_calendar"));
  m.def("to_calendar", &to_calendar, py::arg("days"), py::arg("calendar"));
  m.def("from_calendar", &from_calendar, py::arg("year"), py::arg("month"), py::arg("day"), py::arg("calendar"));
}
