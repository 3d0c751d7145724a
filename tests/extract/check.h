// Checks shared by the extractor tests.
//
// Every call goes through run(), which holds the result to what extract.h
// promises for any input (offsets on UTF-8 boundaries, text order, no
// overlap) and to the visitor form agreeing with the vector form, so that
// each example also exercises those promises.
#ifndef TAQVIM_TESTS_EXTRACT_CHECK_H
#define TAQVIM_TESTS_EXTRACT_CHECK_H

#include <taqvim/extract.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace xt {

// Sunday 2023-08-06 = 15 Mordad 1402 = 19 Muharram 1445 (Umm al-Qura).
inline constexpr const char* reference = "2023-08-06T12:00+03:30";

inline taqvim::extract_options at(std::string_view ref, std::string lang = {}, std::string tz = "Asia/Tehran") {
  const std::optional<taqvim::reference_time> r = taqvim::reference_time::parse(ref);
  INFO("reference " << ref);
  REQUIRE(r.has_value());
  taqvim::extract_options o;
  o.reference = r;
  o.lang = std::move(lang);
  o.tz = std::move(tz);
  return o;
}

inline taqvim::extract_options fixed() { return at(reference); }

inline taqvim::extract_options unanchored(std::string lang = {}) {
  taqvim::extract_options o;
  o.lang = std::move(lang);
  return o;
}

// What one match should be. Flags in any order, by their SCHEMA names.
struct want {
  std::string surface;
  std::string calendar;
  std::string value;
  std::string granularity;
  std::vector<std::string> flags = {};
};

inline std::string surface(std::string_view text, const taqvim::match& m) {
  if (m.begin > m.end || m.end > text.size()) return "<out of range>";
  return std::string(text.substr(m.begin, m.end - m.begin));
}

inline std::string flag_string(std::uint16_t flags) {
  std::vector<std::string> names;
  for (std::string_view n : taqvim::flag_names(flags)) names.emplace_back(n);
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ",") + n;
  return out;
}

inline std::string flag_string(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ",") + n;
  return out;
}

inline std::string describe(std::string_view text, const std::vector<taqvim::match>& ms) {
  std::ostringstream s;
  s << ms.size() << " match(es)";
  for (const taqvim::match& m : ms) {
    s << "\n  [" << surface(text, m) << "] @" << m.begin << "-" << m.end << " " << taqvim::name(m.calendar) << " "
      << taqvim::format_value(m) << " " << taqvim::name(m.granularity) << " {" << flag_string(m.flags) << "}";
  }
  return s.str();
}

// Not inside a multi-byte sequence: the byte there does not continue one.
inline bool on_boundary(std::string_view text, std::size_t i) {
  return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

inline bool same(const taqvim::match& a, const taqvim::match& b) {
  return a.begin == b.begin && a.end == b.end && a.calendar == b.calendar && a.granularity == b.granularity &&
         a.flags == b.flags && a.first == b.first && a.last == b.last && a.seconds == b.seconds &&
         a.offset_minutes == b.offset_minutes && a.unresolved_month == b.unresolved_month &&
         a.unresolved_day == b.unresolved_day;
}

inline std::vector<taqvim::match> run(std::string_view text, const taqvim::extract_options& o) {
  const std::vector<taqvim::match> ms = taqvim::extract(text, o);
  INFO("text: " << text << "\n" << describe(text, ms));
  std::size_t previous_end = 0;
  for (const taqvim::match& m : ms) {
    CHECK(m.begin < m.end);
    CHECK(m.end <= text.size());
    if (m.begin >= m.end || m.end > text.size()) continue;
    CHECK(on_boundary(text, m.begin));
    CHECK(on_boundary(text, m.end));
    CHECK(m.begin >= previous_end);  // in text order and not overlapping
    previous_end = m.end;
  }
  std::vector<taqvim::match> visited;
  taqvim::extract(text, o, [&](const taqvim::match& m) { visited.push_back(m); });
  CHECK(visited.size() == ms.size());
  for (std::size_t k = 0; k < std::min(visited.size(), ms.size()); ++k) {
    INFO("visitor match " << k);
    CHECK(same(visited[k], ms[k]));
  }
  return ms;
}

inline void check_match(std::string_view text, const taqvim::match& m, const want& w) {
  CHECK(surface(text, m) == w.surface);
  CHECK(std::string(taqvim::name(m.calendar)) == w.calendar);
  CHECK(taqvim::format_value(m) == w.value);
  CHECK(std::string(taqvim::name(m.granularity)) == w.granularity);
  CHECK(flag_string(m.flags) == flag_string(w.flags));
}

// Exactly these matches, in this order.
inline std::vector<taqvim::match> expect(std::string_view text, const taqvim::extract_options& o,
                                         const std::vector<want>& wants) {
  const std::vector<taqvim::match> ms = run(text, o);
  INFO("text: " << text << "\n" << describe(text, ms));
  CHECK(ms.size() == wants.size());
  for (std::size_t k = 0; k < std::min(ms.size(), wants.size()); ++k) {
    INFO("match " << k << ", expected [" << wants[k].surface << "]");
    check_match(text, ms[k], wants[k]);
  }
  return ms;
}

inline taqvim::match expect_one(std::string_view text, const taqvim::extract_options& o, const want& w) {
  const std::vector<taqvim::match> ms = expect(text, o, {w});
  return ms.empty() ? taqvim::match{} : ms.front();
}

inline void expect_none(std::string_view text, const taqvim::extract_options& o) {
  const std::vector<taqvim::match> ms = run(text, o);
  INFO("text: " << text << "\n" << describe(text, ms));
  CHECK(ms.empty());
}

// No match touches the bytes of `trap` (its first occurrence in text).
inline std::vector<taqvim::match> expect_clear_of(std::string_view text, const taqvim::extract_options& o,
                                                  std::string_view trap) {
  const std::size_t tb = text.find(trap);
  INFO("trap [" << trap << "]");
  REQUIRE(tb != std::string_view::npos);
  const std::size_t te = tb + trap.size();
  const std::vector<taqvim::match> ms = run(text, o);
  INFO("text: " << text << "\n" << describe(text, ms));
  for (const taqvim::match& m : ms) CHECK((m.end <= tb || m.begin >= te));
  return ms;
}

}  // namespace xt

#endif
