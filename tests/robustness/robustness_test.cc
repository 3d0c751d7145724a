// Hostile and enormous inputs: ill-formed UTF-8, NUL bytes, a 100 MB line,
// endless digits and month words, absurd numbers, deep brackets and every
// Unicode space. Each input has one defined result, asserted exactly: a
// match with its offsets and value, no match, or a flagged match.
//
// Nothing here is timed (a timed test fails on a busy machine, not on a slow
// algorithm); the large inputs are sized so that a quadratic algorithm would
// run for hours, not seconds. The reference is Sunday 2023-08-06 = 15 Mordad
// 1402 throughout.
#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef TAQVIM_SOURCE_DIR
#error "TAQVIM_SOURCE_DIR must name the source tree (tests/CMakeLists.txt defines it)"
#endif

namespace {

using taqvim::match;

constexpr const char* kReference = "2023-08-06T12:00+03:30";

taqvim::extract_options fixed() {
  taqvim::extract_options o;
  o.reference = taqvim::reference_time::parse(kReference);
  return o;
}

// ۱۵ مرداد ۱۴۰۲ (24 bytes) and 9 أغسطس 2023 (17 bytes).
const std::string fa_date = "\u06F1\u06F5 \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F2";
const std::string ar_date = "9 \u0623\u063A\u0633\u0637\u0633 2023";

struct want {
  std::size_t begin;
  std::size_t end;
  std::string value;
  std::string granularity = "day";
  std::vector<std::string> flags = {};
};

std::string hex(std::string_view s) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s.substr(0, 64)) {
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  if (s.size() > 64) out += "...";
  return out;
}

std::string describe(const std::vector<match>& ms) {
  std::ostringstream s;
  s << ms.size() << " match(es)";
  for (std::size_t k = 0; k < ms.size() && k < 8; ++k) {
    const match& m = ms[k];
    s << "\n  [" << m.begin << ", " << m.end << ") " << taqvim::name(m.calendar) << " " << taqvim::format_value(m)
      << " " << taqvim::name(m.granularity);
    for (std::string_view f : taqvim::flag_names(m.flags)) s << " " << f;
  }
  return s.str();
}

// What extract.h promises for any input: non-empty spans on UTF-8 sequence
// boundaries (an ill-formed byte is a sequence of its own), in text order,
// not overlapping. Checked in one pass so that it stays cheap on 100 MB.
void check_promises(std::string_view text, const std::vector<match>& ms) {
  std::vector<std::size_t> bad;
  std::size_t prev_end = 0;
  for (const match& m : ms) {
    const bool in_range = m.begin < m.end && m.end <= text.size() && m.begin >= prev_end;
    if (!in_range) {
      bad.push_back(m.begin);
      continue;
    }
    prev_end = m.end;
    for (std::size_t at : {m.begin, m.end}) {
      if (at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) continue;
      // A continuation byte is a boundary only when no sequence covers it.
      std::size_t lead = at;
      while (lead > 0 && at - lead < 3 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
      const std::size_t len = taqvim::text::utf8_sequence_length(text, lead);
      if (len != 0 && lead + len > at) bad.push_back(at);
    }
  }
  INFO(describe(ms));
  CHECK(bad.empty());
}

std::vector<match> run(std::string_view text, const taqvim::extract_options& o = fixed(), bool visitor = true) {
  std::vector<match> ms = taqvim::extract(text, o);
  check_promises(text, ms);
  if (visitor) {
    std::vector<match> seen;
    taqvim::extract(text, o, [&](const match& m) { seen.push_back(m); });
    REQUIRE(seen.size() == ms.size());
    for (std::size_t k = 0; k < ms.size(); ++k) {
      CHECK(seen[k].begin == ms[k].begin);
      CHECK(seen[k].end == ms[k].end);
      CHECK(taqvim::format_value(seen[k]) == taqvim::format_value(ms[k]));
      CHECK(seen[k].flags == ms[k].flags);
    }
  }
  return ms;
}

void expect(std::string_view text, const std::vector<want>& wants, const taqvim::extract_options& o = fixed()) {
  const std::vector<match> ms = run(text, o);
  INFO("text: " << hex(text) << "\ngot " << describe(ms));
  REQUIRE(ms.size() == wants.size());
  for (std::size_t k = 0; k < wants.size(); ++k) {
    const match& m = ms[k];
    const want& w = wants[k];
    CHECK(m.begin == w.begin);
    CHECK(m.end == w.end);
    CHECK(taqvim::format_value(m) == w.value);
    CHECK(std::string(taqvim::name(m.granularity)) == w.granularity);
    std::vector<std::string> flags;
    for (std::string_view f : taqvim::flag_names(m.flags)) flags.emplace_back(f);
    CHECK(flags == w.flags);
  }
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Every kind of ill-formed UTF-8.
const std::vector<std::pair<const char*, std::string>> ill_formed = {
    {"stray continuation 80", "\x80"},
    {"stray continuation BF", "\xBF"},
    {"run of continuations", "\x80\x81\xBF\xA0"},
    {"overlong C0 AF", "\xC0\xAF"},
    {"overlong C1 BF", "\xC1\xBF"},
    {"overlong E0 80 AF", "\xE0\x80\xAF"},
    {"overlong F0 80 80 AF", "\xF0\x80\x80\xAF"},
    {"high surrogate", "\xED\xA0\x80"},
    {"low surrogate", "\xED\xBF\xBF"},
    {"surrogate pair as CESU-8", "\xED\xA0\xBD\xED\xB8\x80"},
    {"past U+10FFFF", "\xF4\x90\x80\x80"},
    {"lead F5", "\xF5\x80\x80\x80"},
    {"five-byte form", "\xF8\x88\x80\x80\x80"},
    {"six-byte form", "\xFC\x84\x80\x80\x80\x80"},
    {"byte FE", "\xFE"},
    {"byte FF", "\xFF"},
    {"two-byte sequence cut short", "\xD9"},
    {"three-byte sequence cut short", "\xE2\x80"},
    {"four-byte sequence cut short", "\xF0\x9F\x98"},
    {"Arabic-block lead alone", "\xDB"},
};

}  // namespace

TEST_CASE("robustness: ill-formed UTF-8 around a date leaves the date and its offsets alone", "[robustness][utf8]") {
  for (const auto& [name, bad] : ill_formed) {
    INFO(name);
    const std::size_t k = bad.size();
    expect(bad + fa_date + bad, {{k, k + 24, "2023-08-06"}});
    expect(bad + ar_date + bad, {{k, k + 17, "2023-08-09"}});
    // The Hijri era mark هـ ends in a tatweel, which the span keeps.
    expect("22 \u0631\u0628\u064A\u0639 \u0627\u0644\u0623\u0648\u0644 1445\u0647\u0640" + bad,
           {{0, 31, "2023-10-07"}});
    // Alone, and as the whole text.
    expect(bad, {});
    expect(repeat(bad, 1000), {});
  }
}

TEST_CASE("robustness: ill-formed UTF-8 inside a date splits it like punctuation", "[robustness][utf8]") {
  for (const auto& [name, bad] : ill_formed) {
    INFO(name);
    const std::size_t k = bad.size();
    // Between day and month: the day is cut off, مرداد ۱۴۰۲ is a month.
    expect("\u06F1\u06F5" + bad + " \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F2",
           {{4 + k + 1, 4 + k + 1 + 19, "2023-07-23/2023-08-22", "month"}});
    // Between month and year: the year is cut off and inferred.
    expect("\u06F1\u06F5 \u0645\u0631\u062F\u0627\u062F" + bad + "\u06F1\u06F4\u06F0\u06F2",
           {{0, 15, "2023-08-06", "day", {"year_inferred"}}});
    // Inside the digits of a numeric date: no number is whole, no match.
    expect("\u06F1\u06F4" + bad + "\u06F0\u06F2/\u06F0\u06F5/\u06F1\u06F5", {});
    expect("2023-" + bad + "08-06", {});
  }
  // A Persian digit cut short: ۱ then the lead byte of ۵ alone.
  expect("\xDB\xB1\xDB \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F2",
         {{4, 23, "2023-07-23/2023-08-22", "month"}});
}

TEST_CASE("robustness: a NUL byte reads as a space", "[robustness][nul]") {
  using namespace std::string_literals;
  const std::string nul = "\0"s;
  expect(nul + fa_date + nul, {{1, 25, "2023-08-06"}});
  expect("\u06F1\u06F5"s + nul + "\u0645\u0631\u062F\u0627\u062F" + nul + "\u06F1\u06F4\u06F0\u06F2",
         {{0, 24, "2023-08-06"}});
  expect(std::string(1000, '\0') + ar_date + std::string(1000, '\0'), {{1000, 1017, "2023-08-09"}});
  expect(std::string(1 << 20, '\0'), {});
  // In a numeric date the NUL is a blank beside a separator, as in
  // ٩ /١١ /١٤٤١: the date is found whole.
  expect("1402/05"s + nul + "/15", {{0, 11, "2023-08-06", "day", {"calendar_guessed"}}});
}

TEST_CASE("robustness: a 100 MB line of Persian with a date at its start, middle and end",
          "[robustness][large]") {
  // A sentence with no date in it, checked first: all three matches below
  // must come from the dates placed around it.
  const std::string sentence =
      "\u062F\u0631 \u0627\u06CC\u0646 \u06AF\u0632\u0627\u0631\u0634 \u0622\u0645\u062F\u0647 \u0627\u0633\u062A "
      "\u06A9\u0647 \u0646\u0634\u0633\u062A \u06A9\u0627\u0631\u0634\u0646\u0627\u0633\u0627\u0646 \u0628\u0627 "
      "\u062D\u0636\u0648\u0631 \u0646\u0645\u0627\u06CC\u0646\u062F\u06AF\u0627\u0646 \u06A9\u0634\u0648\u0631"
      "\u0647\u0627\u06CC \u0645\u0646\u0637\u0642\u0647 \u0628\u0631\u06AF\u0632\u0627\u0631 \u0634\u062F \u0648 "
      "\u062F\u0631\u0628\u0627\u0631\u0647 \u0647\u0645\u06A9\u0627\u0631\u06CC \u0627\u0642\u062A\u0635\u0627"
      "\u062F\u06CC \u06AF\u0641\u062A\u200C\u0648\u06AF\u0648 \u06A9\u0631\u062F\u0646\u062F. ";
  REQUIRE(run(repeat(sentence, 20)).empty());

  const std::size_t size = std::size_t{100} << 20;
  std::string text;
  text.reserve(size + 64);
  text += fa_date + " ";
  while (text.size() < size / 2) text += sentence;
  const std::size_t middle = text.size();
  text += fa_date + " ";
  while (text.size() < size - fa_date.size()) text += sentence;
  const std::size_t last = text.size();
  text += fa_date;
  REQUIRE(text.find('\n') == std::string::npos);

  const std::vector<match> ms = run(text, fixed(), false);
  INFO(describe(ms));
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].begin == 0);
  CHECK(ms[0].end == 24);
  CHECK(ms[1].begin == middle);
  CHECK(ms[1].end == middle + 24);
  CHECK(ms[2].begin == last);
  CHECK(ms[2].end == text.size());
  for (const match& m : ms) CHECK(taqvim::format_value(m) == "2023-08-06");
}

TEST_CASE("robustness: ten thousand digits in a row are no date", "[robustness][digits]") {
  for (const char* digit : {"7", "\u06F7", "\u0667", "1"}) {
    INFO("digit " << hex(digit));
    const std::string digits = repeat(digit, 10000);
    expect(digits, {});
    expect(digits + "/05/15", {});
    expect("1402/05/" + digits, {});
    // A date between two such runs is still found where it is.
    expect(digits + " " + fa_date + " " + digits, {{digits.size() + 1, digits.size() + 25, "2023-08-06"}});
  }
  // A million digits, for scale.
  expect(std::string(1000000, '9'), {});
}

TEST_CASE("robustness: a text that ends on a word that may be followed reads no token past its end",
          "[robustness][buffers]") {
  // A rule that looks at the token after a named day, a weekday or a month
  // must stop at the last token: the buffers keep the tokens of a longer
  // text read before, which a look past the end would find.
  taqvim::extract_options o;
  o.lang = "ar";
  o.reference = taqvim::reference_time::parse("2013-02-12");
  // A long word, then في: its second token lies past the end of what follows.
  const std::string longer = std::string(40, 'a') + " \u0641\u064A \u0641\u064A \u0641\u064A";
  // عيد الأضحى, الأحد, أمس: each alone, after it.
  for (const char* text : {"\u0639\u064A\u062F \u0627\u0644\u0623\u0636\u062D\u0649", "\u0627\u0644\u0623\u062D\u062F",
                           "\u0623\u0645\u0633"}) {
    INFO(hex(text));
    (void)taqvim::extract(longer, o);
    std::vector<match> ms;
    REQUIRE_NOTHROW(ms = taqvim::extract(text, o));
    CHECK(ms.size() == 1);
  }
}

TEST_CASE("robustness: a day number alone on the text's last lines reads no token past its end",
          "[robustness][buffers]") {
  // A page's date widget is a day, a Latin month name and a year, each on
  // its own line; a text that ends on the day's line, or on the month's,
  // has nothing after its last line break, and the buffers still hold the
  // tokens of a longer text read before.
  taqvim::extract_options o;
  o.reference = taqvim::reference_time::parse("2025-11-12");
  const std::string longer = std::string(40, 'a') + " 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15";
  for (const char* text : {"12\n", "12\n\n", "\n12\n", "x\n12\nNOVEMBER\n", "12\nNOVEMBER\n\n", "12\n\nNOVEMBER\n"}) {
    INFO(hex(text));
    (void)taqvim::extract(longer, o);
    std::vector<match> ms;
    REQUIRE_NOTHROW(ms = taqvim::extract(text, o));
    CHECK(ms.empty());
  }
  // The whole widget still reads as its day.
  const std::vector<match> ms = taqvim::extract("12\nNOVEMBER\n2025\n", o);
  REQUIRE(ms.size() == 1);
  CHECK(taqvim::format_value(ms[0]) == "2025-11-12");
}

namespace {

// The month names of every calendar, read from the lexicon the library was
// built from, so that a name added there is tested here too.
std::vector<std::string> month_words() {
  std::vector<std::string> words;
  for (const char* file : {"months_jalali.txt", "months_hijri.txt", "months_gregorian_persian.txt",
                           "months_gregorian_egyptian.txt", "months_gregorian_levantine.txt",
                           "months_gregorian_maghrebi.txt"}) {
    const std::string path = std::string(TAQVIM_SOURCE_DIR) + "/data/lexicon/" + file;
    std::ifstream in(path);
    INFO(path);
    REQUIRE(in.good());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::string w = line.substr(0, line.find('\t'));
      // Not the names that hold the word month (دی ماه, شهر رمضان): those
      // name a month alone.
      if (w.find("\u0645\u0627\u0647") != std::string::npos || w.rfind("\u0634\u0647\u0631", 0) == 0) continue;
      words.push_back(w);
    }
  }
  return words;
}

}  // namespace

TEST_CASE("robustness: every month word, a million words in one text", "[robustness][large]") {
  const std::vector<std::string> words = month_words();
  REQUIRE(words.size() >= 100);
  constexpr std::size_t count = 1000000;

  SECTION("the words alone: a month name with no day or year beside it is no date") {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
      text += words[i % words.size()];
      text += ' ';
    }
    CHECK(run(text, fixed(), false).empty());
  }
  SECTION("each word repeated: no phrase grows across the repetitions") {
    for (const std::string& w : words) {
      INFO(w);
      CHECK(run(repeat(w + " ", 10000), fixed(), false).empty());
    }
  }
  SECTION("each word as a date, a hundred thousand dates: one match for each") {
    constexpr std::size_t dates = 100000;
    std::string text;
    for (std::size_t i = 0; i < dates; ++i) {
      text += "1 ";
      text += words[i % words.size()];
      text += " 1445\n";
    }
    const std::vector<match> ms = run(text, fixed(), false);
    REQUIRE(ms.size() == dates);
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < dates; ++i) {
      const std::size_t line_end = text.find('\n', line_start);
      if (ms[i].begin != line_start || ms[i].end != line_end) {
        FAIL("date " << i << " (" << words[i % words.size()] << ") matched [" << ms[i].begin << ", " << ms[i].end
                     << "), the line is [" << line_start << ", " << line_end << ")");
      }
      line_start = line_end + 1;
    }
  }
}

TEST_CASE("robustness: absurd years beside a month name", "[robustness][numbers]") {
  const std::string mordad = "15 \u0645\u0631\u062F\u0627\u062F ";  // 15 مرداد
  const std::string august = "9 \u0623\u063A\u0633\u0637\u0633 ";   // 9 أغسطس
  // A year must be written with two or four digits: anything else is not
  // taken for one, and the day stands alone with its year inferred.
  for (const char* year : {"0", "-1", "99999", "2147483648", "4294967296", "2147483647"}) {
    INFO("year " << year);
    expect(mordad + year, {{0, 13, "2023-08-06", "day", {"year_inferred"}}});
    expect(august + year, {{0, 12, "2023-08-09", "day", {"year_inferred"}}});
    expect("\u0645\u0631\u062F\u0627\u062F " + std::string(year), {});  // a month needs its year
  }
  // Four zeros are read as no year at all.
  expect(mordad + "0000", {{0, 18, "2023-08-06", "day", {"year_inferred"}}});
  expect(august + "0000", {{0, 17, "2023-08-09", "day", {"year_inferred"}}});
  // The largest four-digit years convert past Gregorian 9999.
  expect("31 \u062F\u064A\u0633\u0645\u0628\u0631 9999", {{0, 20, "9999-12-31"}});  // 31 ديسمبر 9999
}

TEST_CASE("robustness: day 0 or 32 and month 0 or 13", "[robustness][numbers]") {
  for (const char* s : {"1402/05/00", "1402/05/32", "1402/00/15", "1402/13/15", "00/05/1402", "32/05/1402",
                        "15/00/1402", "15/13/1402", "2023-13-01", "2023-00-10", "2023-08-00", "2023-08-32"}) {
    INFO(s);
    expect(s, {});
  }
  // A day that cannot be makes no date, not even of the month and year.
  expect("0 \u0645\u0631\u062F\u0627\u062F 1402", {});
  expect("32 \u0645\u0631\u062F\u0627\u062F 1402", {});
}

TEST_CASE("robustness: Esfand 30 exists only in a leap year", "[robustness][numbers]") {
  // 1402 is a common year: its Esfand 30 is no date.
  expect("\u06F3\u06F0 \u0627\u0633\u0641\u0646\u062F \u06F1\u06F4\u06F0\u06F2", {});
  // 1403 and 1399 are leap years.
  expect("\u06F3\u06F0 \u0627\u0633\u0641\u0646\u062F \u06F1\u06F4\u06F0\u06F3", {{0, 24, "2025-03-20"}});
  expect("\u06F3\u06F0 \u0627\u0633\u0641\u0646\u062F \u06F1\u06F3\u06F9\u06F9", {{0, 24, "2021-03-20"}});
  // Esfand 31 never exists.
  expect("31 \u0627\u0633\u0641\u0646\u062F 1403", {});
}

TEST_CASE("robustness: a date inside brackets nested 100,000 deep", "[robustness][large]") {
  constexpr std::size_t depth = 100000;
  expect(std::string(depth, '(') + fa_date + std::string(depth, ')'), {{depth, depth + 24, "2023-08-06"}});
  expect(repeat("([{", depth / 3) + ar_date + repeat("}])", depth / 3), {{depth / 3 * 3, depth / 3 * 3 + 17,
                                                                          "2023-08-09"}});
  // Guillemets are two bytes each.
  expect(repeat("\u00AB", depth) + fa_date + repeat("\u00BB", depth), {{2 * depth, 2 * depth + 24, "2023-08-06"}});
  // Unbalanced.
  expect(std::string(depth, '(') + fa_date, {{depth, depth + 24, "2023-08-06"}});
  // The ornate parentheses of Quranic and formal text are brackets like any
  // other (three bytes each).
  expect("\uFD3E" + fa_date + "\uFD3F", {{3, 27, "2023-08-06"}});
}

TEST_CASE("robustness: a date whose parts are separated by each Unicode space", "[robustness][spaces]") {
  struct separator {
    const char* name;
    const char* bytes;
    bool blank;  // folds to a blank: the date is found whole
  };
  const separator separators[] = {
      {"U+00A0 no-break space", "\u00A0", true},
      {"U+1680 ogham space mark", "\u1680", true},
      {"U+2000 en quad", "\u2000", true},
      {"U+2001 em quad", "\u2001", true},
      {"U+2002 en space", "\u2002", true},
      {"U+2003 em space", "\u2003", true},
      {"U+2004 three-per-em space", "\u2004", true},
      {"U+2005 four-per-em space", "\u2005", true},
      {"U+2006 six-per-em space", "\u2006", true},
      {"U+2007 figure space", "\u2007", true},
      {"U+2008 punctuation space", "\u2008", true},
      {"U+2009 thin space", "\u2009", true},
      {"U+200A hair space", "\u200A", true},
      {"U+202F narrow no-break space", "\u202F", true},
      {"U+205F medium mathematical space", "\u205F", true},
      {"U+3000 ideographic space", "\u3000", true},
      {"U+200C zero-width non-joiner", "\u200C", true},
      {"tab", "\t", true},
      // Not spaces: a line break between the parts leaves no date (but a
      // page's widget, each part alone on its line: headlines.jsonl).
      {"U+2028 line separator", "\u2028", false},
      {"U+2029 paragraph separator", "\u2029", false},
      {"U+0085 next line", "\u0085", false},
      // Scraped text uses the zero width space where it means ZWNJ.
      {"U+200B zero-width space", "\u200B", true},
      {"U+180E Mongolian vowel separator", "\u180E", true},
  };
  for (const separator& s : separators) {
    INFO(s.name);
    const std::string sep = s.bytes;
    const std::string fa = "\u06F1\u06F5" + sep + "\u0645\u0631\u062F\u0627\u062F" + sep + "\u06F1\u06F4\u06F0\u06F2";
    const std::string ar = "9" + sep + "\u0623\u063A\u0633\u0637\u0633" + sep + "2023";
    if (s.blank) {
      expect(fa, {{0, fa.size(), "2023-08-06"}});
      expect(ar, {{0, ar.size(), "2023-08-09"}});
      // سه‌شنبه with the space in the middle is still Tuesday (8 August 2023).
      expect("\u0633\u0647" + sep + "\u0634\u0646\u0628\u0647 \u06F1\u06F7 \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F2",
             {{0, 2 * 2 + sep.size() + 8 + 1 + 24, "2023-08-08"}});
    } else {
      // Words beside the parts on their lines: no page's date widget (a
      // day, a month's name and a year each alone on its line), and the
      // break is no blank.
      expect("\u062A\u0627 " + fa + " \u0627\u0633\u062A", {});  // تا … است
      expect("\u062D\u062A\u0649 " + ar + " \u0642\u0627\u0644", {});  // حتى … قال
    }
  }
  // Characters that folding drops join the parts as if nothing stood there.
  for (const char* dropped : {"\u200D", "\u200E", "\u200F", "\uFEFF", "\u00AD"}) {
    INFO("dropped " << hex(dropped));
    const std::string d = dropped;
    const std::string fa = "\u06F1\u06F5 " + d + "\u0645\u0631\u062F\u0627\u062F" + d + " \u06F1\u06F4\u06F0\u06F2";
    expect(fa, {{0, fa.size(), "2023-08-06"}});
  }
}

// Inputs that once showed defects found by fuzzing and hardening (a stack
// overflow, quadratic time, malformed values, dates cut at a piece
// boundary); each states the contract the fix meets.
TEST_CASE("robustness: a chain of 100,000 dates joined by الموافق", "[robustness][large]") {
  // full_date() and twin() once called each other once per link, and the
  // stack overflowed long before the end of the chain.
  const std::string text = repeat("1\u062F\u06CC1402\u0645\u0637\u0627\u0628\u0642", 100000) + "1\u062F\u06CC1402";
  const std::vector<match> ms = run(text, fixed(), false);
  CHECK(!ms.empty());
}

TEST_CASE("robustness: 100,000 number words joined by و", "[robustness][large]") {
  // cardinal_words() walks the whole chain from every token of it: quadratic.
  CHECK(run(repeat("\u062B\u0644\u0627\u062B\u0629 \u0648", 100000), fixed(), false).empty());
  CHECK(run(repeat("\u0633\u0647 \u0648 ", 100000), fixed(), false).empty());
}

TEST_CASE("robustness: a range never ends before it starts", "[robustness]") {
  for (const char* s : {"20 \u0623\u063A\u0633\u0637\u0633 2023 - 10 \u0623\u063A\u0633\u0637\u0633 2023",
                        "\u06F1\u06F5 \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F2 \u062A\u0627 "
                        "\u06F1\u06F0 \u0645\u0631\u062F\u0627\u062F \u06F1\u06F4\u06F0\u06F1",
                        // two-digit years across the century pivot: 1422, then 1344
                        "22/05/15 - 44/05/15", "\u0627\u0632 22/05/15 \u062A\u0627 44/05/15"}) {
    INFO(s);
    for (const match& m : run(s)) CHECK(m.first <= m.last);
  }
}

TEST_CASE("robustness: a relative year before year 1000 keeps four digits", "[robustness]") {
  // قبل 151 سنة written on 0150-08-06 is 6 August of year -1. (Centuries back from today, قبل 2024 سنة, are
  // history's rough reckoning and give no year: a reference of the second century reaches year -1 instead.)
  taqvim::extract_options early = fixed();
  early.reference = taqvim::reference_time::parse("0150-08-06");
  const std::vector<match> ms = run("\u0642\u0628\u0644 151 \u0633\u0646\u0629", early);
  REQUIRE(ms.size() == 1);
  CHECK(taqvim::format_value(ms[0]) == "-0001-08-06");
}

TEST_CASE("robustness: month values past year 9999 and before year 0 are whole", "[robustness]") {
  // format_value() takes the first 7 characters of the day: "10000-0", "-0001-1".
  taqvim::extract_options late = fixed();
  late.reference = taqvim::reference_time::parse("9999-12-31");
  std::vector<match> ms = run("\u0627\u0644\u0634\u0647\u0631 \u0627\u0644\u0645\u0642\u0628\u0644", late);  // الشهر المقبل
  REQUIRE(ms.size() == 1);
  CHECK(taqvim::format_value(ms[0]) == "10000-01");
  taqvim::extract_options early = fixed();
  early.reference = taqvim::reference_time::parse("0000-01-01");
  ms = run("\u0627\u0644\u0634\u0647\u0631 \u0627\u0644\u0645\u0627\u0636\u064A", early);  // الشهر الماضي
  REQUIRE(ms.size() == 1);
  CHECK(taqvim::format_value(ms[0]) == "-0001-12");
}

TEST_CASE("robustness: a day no year has is flagged without a reference", "[robustness]") {
  // 30 فبراير with no reference gives "XXXX-02-30" and no invalid_date flag.
  taqvim::extract_options o;
  for (const match& m : run("30 \u0641\u0628\u0631\u0627\u064A\u0631", o)) {
    INFO(taqvim::format_value(m));
    CHECK((taqvim::format_value(m) != "XXXX-02-30" || (m.flags & taqvim::flag_invalid_date) != 0));
  }
}

TEST_CASE("robustness: a line of 40 MB packed with dates has every date whole", "[robustness][large]") {
  // Past 1 MiB extract() works in pieces; a line with no newline is cut at
  // its last blank before the limit, which here is always inside a date, so
  // the date there comes out as "۱۵ مرداد" (year inferred) or "مرداد ۱۴۰۲".
  // The unit has blanks only inside the date (commas around the long word),
  // so that whatever the size of a piece, its last blank is in a date.
  const std::string unit = fa_date + "\u060C" + repeat("\u06A9", 100) + "\u060C";
  const std::size_t count = (std::size_t{40} << 20) / unit.size();
  const std::string text = repeat(unit, count);
  const std::vector<match> ms = run(text, fixed(), false);
  CHECK(ms.size() == count);
  std::size_t wrong = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].end - ms[k].begin != 24 || ms[k].begin % unit.size() != 0 || taqvim::format_value(ms[k]) != "2023-08-06")
      ++wrong;
  }
  CHECK(wrong == 0);
}
