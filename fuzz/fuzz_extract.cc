// Fuzz target for extraction (include/taqvim/extract.h): any bytes are a
// document, and every promise extract.h and SCHEMA make about the result must
// hold for it.
//
// Input: the text itself, read with a fixed reference (Sunday 2023-08-06
// 12:00 +03:30), zone Asia/Tehran, language from the letters. An input that
// starts with 0xFF (never a byte of UTF-8, so no real text starts with it)
// takes its second byte as options instead and the rest as the text:
//
//   bits 0-1  reference: 0 the fixed one; 1 none; 2 2024-03-20 (a day only,
//             the first day of a Jalali leap year); 3 the text's first line,
//             parsed with reference_time::parse (none when malformed), the
//             rest of the text after it
//   bits 2-3  tz: Asia/Tehran, Asia/Riyadh, Africa/Cairo (clock changes), UTC
//   bits 4-5  lang: "" (letters decide), "fa", "ar", ""
//   bits 6-7  Hijri rules for Persian/Arabic text: the defaults, iran/civil,
//             tbla/iran, and calendars that are not Hijri at all, which a
//             caller may still pass
//
// fuzz/gen_text_corpus.py writes the seeds in fuzz/corpus/extract/ in this
// layout; keep the two in step.

#include "check.h"
#include "show_match.h"

#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <date/date.h>

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace taqvim;

constexpr unsigned char kOptionsMarker = 0xFF;
constexpr const char* kReference = "2023-08-06T12:00+03:30";

// Text appended after a newline to show that what follows a document cannot
// change what was found in it. Dates of several forms, so that the grammar
// is in full use right after the boundary; and no letter that only one of
// the two languages writes (ی ک گ پ چ ژ, ي ك ة) and no word that starts with
// ال, so that it cannot tip the guess of the text's language either. Nor
// of its variety: Persian text is Afghan when it has more Afghan month names
// beside a number than Iranian ones, so one of each (مرداد, حمل) keeps the
// balance as the text has it; and a text with neither letter is Arabic when
// it has more words only Arabic writes than only Persian does, so one of
// each (أغسطس, حمل) keeps that balance too.
constexpr std::string_view kJunk =
    "\xDB\xB1\xDB\xB5 \xD9\x85\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2\xD8\x8C "  // ۱۵ مرداد ۱۴۰۲،
    "9 \xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3 2023 \xD9\x88 "                                          // 9 أغسطس 2023 و
    "\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2/\xDB\xB0\xDB\xB5/\xDB\xB1\xDB\xB5 - 19:17 "                        // ۱۴۰۲/۰۵/۱۵ - 19:17
    "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2 "                                                          // امروز
    "22 \xD8\xB1\xD9\x85\xD8\xB6\xD8\xA7\xD9\x86 1444 - "                                              // 22 رمضان 1444 -
    "3 \xD8\xAD\xD9\x85\xD9\x84";                                                                      // 3 حمل
// ۱۵ مرداد ۱۴۰۲ at the start of kJunk, with the reference given.
constexpr std::size_t kJunkFirstLength = 24;
constexpr std::string_view kJunkFirstValue = "2023-08-06";

#define CHECK(cond, ...)                                   \
  do {                                                     \
    if (!(cond)) fuzz_fail("fuzz_extract.cc", __LINE__, "check `" #cond "` failed: " __VA_ARGS__); \
  } while (0)

struct setup {
  extract_options options;
  std::string_view text;
};

setup decode(const std::uint8_t* data, std::size_t size) {
  setup s;
  std::string_view all{reinterpret_cast<const char*>(data), size};
  unsigned cfg = 0;
  if (size >= 2 && data[0] == kOptionsMarker) {
    cfg = data[1];
    all.remove_prefix(2);
  }
  switch (cfg & 3) {
    case 0: s.options.reference = reference_time::parse(kReference); break;
    case 1: break;
    case 2: s.options.reference = reference_time::parse("2024-03-20"); break;
    case 3: {
      const std::size_t nl = all.find('\n');
      const std::string_view line = all.substr(0, nl);
      s.options.reference = reference_time::parse(line);
      all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
      break;
    }
  }
  static const char* const zones[] = {"Asia/Tehran", "Asia/Riyadh", "Africa/Cairo", "UTC"};
  s.options.tz = zones[(cfg >> 2) & 3];
  static const char* const langs[] = {"", "fa", "ar", ""};
  s.options.lang = langs[(cfg >> 4) & 3];
  switch ((cfg >> 6) & 3) {
    case 0: break;
    case 1:
      s.options.hijri_persian = calendar::hijri_iran;
      s.options.hijri_arabic = calendar::hijri_civil;
      break;
    case 2:
      s.options.hijri_persian = calendar::hijri_tbla;
      s.options.hijri_arabic = calendar::hijri_iran;
      break;
    case 3:
      s.options.hijri_persian = calendar::gregorian;
      s.options.hijri_arabic = calendar::jalali;
      break;
  }
  s.text = all;
  return s;
}

// Starts of the code points fold() sees: every well-formed sequence and every
// byte of an ill-formed one; plus the end of the text.
std::vector<bool> boundaries(std::string_view s) {
  std::vector<bool> b(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size();) {
    b[i] = true;
    const std::size_t len = text::utf8_sequence_length(s, i);
    i += len == 0 ? 1 : len;
  }
  b[s.size()] = true;
  return b;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = text::utf8_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// A small reader for the value forms of SCHEMA.
class value_reader {
 public:
  explicit value_reader(std::string_view s) : s_(s) {}
  bool done() const { return i_ == s_.size(); }
  bool lit(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool lit(std::string_view w) {
    if (s_.substr(i_, w.size()) == w) {
      i_ += w.size();
      return true;
    }
    return false;
  }
  bool digits(std::size_t n, int& v) {
    if (i_ + n > s_.size()) return false;
    v = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const char c = s_[i_ + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    i_ += n;
    return true;
  }
  // A year: an optional '-', then four digits, or five for years past 9999
  // (a Jalali or Hijri year near 9999 is one), never with a leading zero
  // beyond the four.
  bool year(int& y) {
    const bool neg = lit('-');
    const std::size_t start = i_;
    std::size_t n = 0;
    while (i_ + n < s_.size() && s_[i_ + n] >= '0' && s_[i_ + n] <= '9') ++n;
    if (n < 4 || n > 5 || (n == 5 && s_[start] == '0')) return false;
    if (!digits(n, y)) return false;
    if (neg) y = -y;
    return !(neg && y == 0);
  }
  bool month(int& m) { return digits(2, m) && m >= 1 && m <= 12; }
  bool day(date::sys_days& d) {
    int y = 0, m = 0, dd = 0;
    if (!year(y) || !lit('-') || !month(m) || !lit('-') || !digits(2, dd)) return false;
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(dd)}};
    if (!ymd.ok()) return false;
    d = date::sys_days{ymd};
    return true;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

// The value of one match against SCHEMA's forms and against the match's own
// fields.
void check_value(std::string_view text, const match& m) {
  const std::string v = format_value(m);
  const std::string what = show(text, m);
  const char* w = what.c_str();
  value_reader r{v};
  if (m.flags & flag_unresolved) {
    int mo = 0, d = 0;
    if (m.unresolved_month == 0) {
      CHECK(v == "XXXX-XX-XX", "unresolved value %s", w);
    } else {
      // A day, or a range of such days (XXXX-06-05/XXXX-09-15) when the match has its last day.
      const bool range = m.unresolved_last_month != 0;
      int mo2 = 0, d2 = 0;
      CHECK(r.lit("XXXX-") && r.month(mo) && r.lit('-') && r.digits(2, d) &&
                (!range || (r.lit("/XXXX-") && r.month(mo2) && r.lit('-') && r.digits(2, d2))) && r.done(),
            "unresolved value %s", w);
      // Any day a Gregorian month can have in some year (Feb 29 included).
      const date::year_month_day leap{date::year{2000}, date::month{static_cast<unsigned>(mo)},
                                      date::day{static_cast<unsigned>(d)}};
      CHECK(leap.ok() && static_cast<unsigned>(mo) == m.unresolved_month &&
                static_cast<unsigned>(d) == m.unresolved_day,
            "unresolved day %s", w);
      if (range) {
        const date::year_month_day leap2{date::year{2000}, date::month{static_cast<unsigned>(mo2)},
                                         date::day{static_cast<unsigned>(d2)}};
        CHECK(leap2.ok() && static_cast<unsigned>(mo2) == m.unresolved_last_month &&
                  static_cast<unsigned>(d2) == m.unresolved_last_day,
              "unresolved last day %s", w);
      }
    }
    return;
  }
  // The value reader counts sys_days; a match's days are local days, the same count.
  const date::sys_days first{m.first.time_since_epoch()}, last{m.last.time_since_epoch()};
  CHECK(first <= last, "first after last: %s", w);
  date::sys_days a{}, b{};
  const auto interval = [&] {
    value_reader i{v};
    return i.day(a) && i.lit('/') && i.day(b) && i.done() && a == first && b == last && a <= b;
  };
  // One day counted in a larger unit (۳ سال پیش): written as the day.
  if (first == last && m.granularity <= granularity::day) {
    value_reader day_reader{v};
    CHECK(day_reader.day(a) && day_reader.done() && a == first, "one-day value %s", w);
    return;
  }
  switch (m.granularity) {
    case granularity::year: {
      int y = 0;
      if (r.year(y) && r.done()) {
        const date::sys_days jan1{date::year{y} / 1 / 1}, dec31{date::year{y} / 12 / 31};
        CHECK(first == jan1 && last == dec31, "year value not the year's days: %s", w);
      } else {
        CHECK(interval(), "year value %s", w);
      }
      break;
    }
    case granularity::month: {
      int y = 0, mo = 0;
      if (r.year(y) && r.lit('-') && r.month(mo) && r.done()) {
        const date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(mo)}};
        CHECK(first == date::sys_days{ym / 1} && last == date::sys_days{ym / date::last},
              "month value not the month's days: %s", w);
      } else {
        CHECK(interval(), "month value %s", w);
      }
      break;
    }
    case granularity::week:
      CHECK(interval() && last - first == date::days{6}, "week value %s", w);
      break;
    case granularity::day: {
      date::sys_days d{};
      if (r.day(d) && r.done()) {
        CHECK(d == first && first == last, "day value %s", w);
      } else {
        CHECK(interval(), "day value %s", w);
      }
      break;
    }
    case granularity::hour:
    case granularity::minute:
    case granularity::second: {
      date::sys_days d{};
      int h = 0, mi = 0, sec = 0, oh = 0, om = 0;
      bool ok = r.day(d) && r.lit('T') && r.digits(2, h) && h <= 23 && r.lit(':') && r.digits(2, mi) && mi <= 59;
      if (ok && m.granularity == granularity::second) ok = r.lit(':') && r.digits(2, sec) && sec <= 59;
      const bool minus = ok && r.lit('-');
      ok = ok && (minus || r.lit('+')) && r.digits(2, oh) && oh <= 14 && r.lit(':') && r.digits(2, om) &&
           om <= 59 && r.done();
      CHECK(ok, "time value %s", w);
      CHECK(d == first && first == last && m.seconds == h * 3600 + mi * 60 + sec &&
                m.offset_minutes == (minus ? -1 : 1) * (oh * 60 + om),
            "time value disagrees with the match: %s", w);
      break;
    }
    default:
      fuzz_fail("fuzz_extract.cc", __LINE__, "granularity out of range: %s", w);
  }
}

bool same(const match& a, const match& b) {
  return a.begin == b.begin && a.end == b.end && a.calendar == b.calendar && a.granularity == b.granularity &&
         a.flags == b.flags && a.first == b.first && a.last == b.last && a.seconds == b.seconds &&
         a.offset_minutes == b.offset_minutes && a.unresolved_month == b.unresolved_month &&
         a.unresolved_day == b.unresolved_day;
}

void check_same(std::string_view text, const std::vector<match>& want, const std::vector<match>& got,
                const char* what) {
  CHECK(want.size() == got.size(), "%s: %zu matches, expected %zu", what, got.size(), want.size());
  for (std::size_t k = 0; k < want.size(); ++k)
    CHECK(same(want[k], got[k]), "%s: match %zu is %s, expected %s", what, k, show(text, got[k]).c_str(),
          show(text, want[k]).c_str());
}

void check_matches(std::string_view text, const std::vector<match>& ms) {
  const std::vector<bool> at_boundary = boundaries(text);
  std::size_t prev_end = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const match& m = ms[k];
    CHECK(m.begin < m.end && m.end <= text.size(), "match %zu: [%zu, %zu) in %zu bytes", k, m.begin, m.end,
          text.size());
    CHECK(at_boundary[m.begin] && at_boundary[m.end], "match %zu cuts a UTF-8 sequence: %s", k,
          show(text, m).c_str());
    CHECK(m.begin >= prev_end, "match %zu starts at %zu, before the previous one ends (%zu)", k, m.begin, prev_end);
    prev_end = m.end;
    CHECK(valid_utf8(text.substr(m.begin, m.end - m.begin)), "match %zu text is not UTF-8: %s", k,
          show(text, m).c_str());
    const std::string_view cal = name(m.calendar);
    CHECK(static_cast<unsigned>(m.calendar) <= 3 &&
              (cal == "gregorian" || cal == "jalali" || cal == "hijri" || cal == "relative"),
          "match %zu calendar %u", k, static_cast<unsigned>(m.calendar));
    // Only the bits extract.h defines; an internal flag must not leak out.
    CHECK((m.flags & ~0x1FFU) == 0, "match %zu flags 0x%x", k, m.flags);
    CHECK(flag_names(m.flags).size() == static_cast<std::size_t>(__builtin_popcount(m.flags)),
          "match %zu flags 0x%x have no names", k, m.flags);
    check_value(text, m);
  }
}

// Whatever a visitor does, even extracting from another text, must not
// disturb the extraction that called it.
struct nested_visitor {
  const extract_options* options;
  std::vector<match>* out;
  bool nested = false;
  void operator()(const match& m) {
    out->push_back(m);
    if (!nested && options->reference) {
      nested = true;
      const std::vector<match> inner = extract(kJunk, *options);
      CHECK(!inner.empty() && inner[0].begin == 0 && inner[0].end == kJunkFirstLength &&
                format_value(inner[0]) == kJunkFirstValue,
            "extraction inside a visitor found %zu matches, the first %s", inner.size(),
            inner.empty() ? "-" : show(kJunk, inner[0]).c_str());
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const setup s = decode(data, size);
  const std::string_view text = s.text;
  const extract_options& o = s.options;

  const std::vector<match> ms = extract(text, o);
  check_matches(text, ms);

  std::vector<match> visited;
  extract(text, o, nested_visitor{&o, &visited});
  check_same(text, ms, visited, "visitor form");

  // Without a reference, a publication line in the appended text could
  // become the reference; with one, nothing after the text may matter.
  if (o.reference) {
    std::string longer{text};
    longer += '\n';
    longer += kJunk;
    const std::vector<match> all = extract(longer, o);
    check_matches(longer, all);
    std::vector<match> before;
    bool junk_found = false;
    for (const match& m : all) {
      CHECK(m.end <= text.size() || m.begin > text.size(), "a match runs across the appended newline: %s",
            show(longer, m).c_str());
      if (m.end <= text.size()) before.push_back(m);
      if (m.begin == text.size() + 1 && m.end == text.size() + 1 + kJunkFirstLength &&
          format_value(m) == kJunkFirstValue)
        junk_found = true;
    }
    check_same(text, ms, before, "with text appended");
    CHECK(junk_found, "the first date of the appended text was not found after %zu bytes", text.size());

    // And the same text again, after other texts have used the buffers.
    check_same(text, ms, extract(text, o), "second extraction");
  }
  return 0;
}
