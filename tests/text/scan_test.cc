// The word-boundary bitmap of the scanner: the SSE2 path against the
// portable one, and both against characters of known kind; the lexicon's
// zones against the tz database.
#include "lexicon/scan.h"

#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>
#include <date/tz.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

using taqvim::scan::word_stops;
using taqvim::scan::word_stops_avx2;
using taqvim::scan::word_stops_portable;
using taqvim::scan::word_stops_sse2;

namespace {

std::string utf8(char32_t c) {
  char bytes[4];
  return std::string(bytes, taqvim::text::encode_utf8(c, bytes));
}

bool bit(const std::vector<std::uint64_t>& bits, std::size_t k) { return (bits[k / 64] >> (k % 64)) & 1U; }

// Bytes [at, at + len) of s each flagged or not as a whole character would be.
void check_character(const std::string& ch, bool stops, const std::string& after = "\xD8\xA8\xD8\xA8") {
  // Inside letters on both sides, at every offset of a 16-byte block.
  for (std::size_t pad = 0; pad < 40; ++pad) {  // every offset of a 64-byte AVX2 step
    std::string s;
    for (std::size_t k = 0; k < pad; ++k) s += "\xD8\xA8";  // ب
    const std::size_t at = s.size();
    s += ch;
    s += after;
    std::vector<std::uint64_t> fast, sse2, portable;
    word_stops(s, fast);
    word_stops_sse2(s, sse2);
    word_stops_portable(s, portable);
    CAPTURE(ch, pad);
    CHECK(fast == portable);
    CHECK(sse2 == portable);
    CHECK(bit(fast, at) == stops);
    for (std::size_t k = 1; k < ch.size(); ++k) CHECK_FALSE(bit(fast, at + k));
  }
}

}  // namespace

TEST_CASE("scan: the characters that end a word are flagged, letters are not", "[scan]") {
  // Flagging a letter costs a second look, not correctness: letters that
  // share a first byte with a symbol (é with ×) may be flagged; the letters
  // of Persian and Arabic words and of ASCII must not be, but for an ASCII
  // letter before a byte of 80 or more (word_end() looks again: pmأقامت ends
  // before أ, décembre runs on).
  for (const char* letter : {"\xD8\xA7", "\xDB\x8C", "\xDA\xA9", "\xD9\xBE", "\xDA\xAF", "\xD9\x87", "\xD8\xA1",
                             "\xD8\xBA", "\xD9\x8A", "\xD0\x96", "\xD7\x90"}) {
    // ا ی ک پ گ ه ء غ ي Ж א
    check_character(letter, false);
  }
  for (const char* letter : {"a", "z", "A", "Z"}) {
    check_character(letter, false, "ab");
    check_character(letter, true);
  }
  for (const char* symbol : {" ", "\n", ".", ",", "0", "9", "-", "/", "(", "@", "[", "`", "{", "\x1a",
                             "\xC2\xAB", "\xC2\xBB", "\xC3\x97", "\xC3\xB7", "\xD8\x8B", "\xD8\x80", "\xD8\x8F",
                             "\xD9\xAD", "\xDB\x9E", "\xDB\xA9", "\xDB\x94"}) {
    // ASCII punctuation and digits; « » × ÷ ؋ ؀ ؏ ٭ ۞ ۩ ۔
    check_character(symbol, true);
  }
  // Three- and four-byte characters are all flagged, to be looked at again.
  for (const char* other : {"\xE2\x80\xA6", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80"}) check_character(other, true);
}

TEST_CASE("scan: the SSE2 and AVX2 word-boundary bitmaps equal the portable one on any bytes", "[scan]") {
  std::mt19937 rng(20261122);
  // Bytes biased toward the ones the bitmap looks at: leads D8..DB and C0..C3,
  // continuation bytes, ASCII letters and punctuation.
  const unsigned char common[] = {0xD8, 0xD9, 0xDA, 0xDB, 0xC2, 0xC3, 0x80, 0x8F, 0x90, 0x94, 0x9E, 0xA9,
                                  0xAA, 0xAD, 0xAE, 0xBF, 'a', 'z', 'A', 'Z', ' ', '.', '0', 0xE0, 0xFF};
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 300, '\0');  // past a 64-byte AVX2 step and its tail
    for (char& c : s) {
      c = static_cast<char>(rng() % 2 ? common[rng() % sizeof common] : rng() % 256);
    }
    std::vector<std::uint64_t> fast, sse2, avx2, portable;
    word_stops(s, fast);
    word_stops_portable(s, portable);
    word_stops_sse2(s, sse2);
    REQUIRE(fast == portable);
    REQUIRE(sse2 == portable);
    if (word_stops_avx2(s, avx2)) REQUIRE(avx2 == portable);  // where the processor has AVX2
  }
}

TEST_CASE("scan: a character ends a word exactly when it is a token of its own", "[scan]") {
  // The bitmap says where a word may end and the tokenizer then looks at the
  // character itself; a symbol the bitmap missed would be read as part of
  // the word around it. Every one- and two-byte character and the
  // three-byte ranges of punctuation, each alone and between two letters.
  std::vector<char32_t> chars;
  for (char32_t c = 1; c < 0x800; ++c) chars.push_back(c);
  for (char32_t c = 0x2000; c < 0x2070; ++c) chars.push_back(c);
  for (char32_t c = 0xFD3E; c < 0xFD40; ++c) chars.push_back(c);
  for (char32_t c = 0xFE10; c < 0xFE70; ++c) chars.push_back(c);
  taqvim::text::folded_text f;
  std::vector<taqvim::scan::token> tokens;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint64_t> stops;
  const auto tokenize = [&](const std::string& s) {
    taqvim::text::fold(s, f);
    const std::string folded(f.text());  // readable terminator, as tokenize() needs
    tokens.clear();
    starts.clear();
    taqvim::scan::tokenize(folded, tokens, starts, stops);
    return folded;
  };
  for (const char32_t c : chars) {
    // Tatweel folds by what stands around it (a dash between blanks, nothing
    // inside a word: normalize.h), so alone it is not what it is between letters.
    if (c == 0x640) continue;
    const std::string ch = utf8(c);
    const std::string alone = tokenize(ch);
    if (alone.empty() || alone.find_first_of(" \n0123456789") != std::string::npos || tokens.size() != 1) continue;
    const bool symbol = tokens[0].t == taqvim::scan::type::punct;
    tokenize("\xD8\xA8" + ch + "\xD8\xA8");  // ب X ب
    CAPTURE(static_cast<unsigned>(c));
    CHECK((tokens.size() == 3) == symbol);
  }
}

namespace {
// A text folded and tokenized as the driver does, its buffers kept.
struct scanned {
  taqvim::text::folded_text f;
  std::vector<taqvim::scan::token> tokens;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint64_t> stops;
  void run(const std::string& s) {
    taqvim::text::fold(s, f);
    const std::string folded(f.text());
    tokens.clear();
    starts.clear();
    taqvim::scan::tokenize(folded, tokens, starts, stops);
  }
};
}  // namespace

TEST_CASE("scan: a table's cells glued by scraping, a year and the next day, are two numbers", "[scan]") {
  scanned sc;
  std::vector<taqvim::scan::token>& tokens = sc.tokens;
  std::vector<std::uint32_t>& starts = sc.starts;
  const auto numbers = [&](const std::string& s) {
    sc.run(s);
    std::vector<std::uint32_t> values;
    for (const auto& t : tokens)
      if (t.t == taqvim::scan::type::number) values.push_back(t.value);
    return values;
  };
  // ۰۱/۰۳/۱۴۰۳۱۵/۰۳/۱۴۰۳ (Persian digits)
  CHECK(numbers("\xDB\xB0\xDB\xB1/\xDB\xB0\xDB\xB3/\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3\xDB\xB1\xDB\xB5/"
                "\xDB\xB0\xDB\xB3/\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3") ==
        std::vector<std::uint32_t>{1, 3, 1403, 15, 3, 1403});
  CHECK(tokens[5].begin == tokens[4].end);
  CHECK_FALSE(tokens[5].space_before);
  CHECK(starts.size() == 6);
  CHECK(numbers("01/03/202431/03/2024") == std::vector<std::uint32_t>{1, 3, 2024, 31, 3, 2024});
  // Not a year and a day, or nothing after: one number.
  CHECK(numbers("01/03/123456/03") == std::vector<std::uint32_t>{1, 3, 123456, 3});
  CHECK(numbers("01/03/140399/03/1403") == std::vector<std::uint32_t>{1, 3, 140399, 3, 1403});
  CHECK(numbers("01/03/140315") == std::vector<std::uint32_t>{1, 3, 140315});
  CHECK(numbers("01 03 140315/03") == std::vector<std::uint32_t>{1, 3, 140315, 3});
}

TEST_CASE("scan: a month and its qualifier run together by scraping are two lexicon tokens", "[scan]") {
  scanned sc;
  const std::vector<taqvim::scan::token>& tokens = sc.tokens;
  // The kinds of the lexicon tokens, in order; 0 for any other token.
  const auto kinds = [&](const std::string& s) {
    sc.run(s);
    std::vector<std::uint32_t> k;
    for (const auto& t : tokens) k.push_back(t.t == taqvim::scan::type::lex ? t.kinds : 0);
    return k;
  };
  using taqvim::lexicon::kind;
  const auto bit = [](kind k) { return 1U << static_cast<unsigned>(k); };
  // نوفمبرالجاري, جوانالمقبلة, مارسالماضي
  for (const char* glued : {"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1\xD9\x8A",
                            "\xD8\xAC\xD9\x88\xD8\xA7\xD9\x86\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84\xD8\xA9",
                            "\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A"}) {
    INFO(glued);
    const std::vector<std::uint32_t> k = kinds(std::string("6 ") + glued);
    REQUIRE(k.size() == 3);
    CHECK((k[1] & bit(kind::month_gregorian)) != 0);
    CHECK((k[2] & bit(kind::weekday_qualifier)) != 0);
    CHECK(tokens[2].begin == tokens[1].end);
    CHECK_FALSE(tokens[2].space_before);
  }
  // A word that only ends like a qualifier (الكاتبالماضي), or a qualifier
  // glued to no month: one word.
  CHECK(kinds("\xD8\xA7\xD9\x84\xD9\x83\xD8\xA7\xD8\xAA\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A") ==
        std::vector<std::uint32_t>{0});
}

TEST_CASE("scan: a Latin word run into an Arabic one by scraping ends where the Arabic letters start", "[scan]") {
  scanned sc;
  // The tokens' texts, in order.
  const auto words = [&](const std::string& s) {
    sc.run(s);
    const std::string_view folded = sc.f.text();
    std::vector<std::string> w;
    for (const auto& t : sc.tokens) w.emplace_back(folded.substr(t.begin, t.end - t.begin));
    return w;
  };
  // pmأقامت, IFMالثلاثاء, Homeالأخبار: two tokens, the first a lexicon key where it is one (pm).
  CHECK(words("pm\xD8\xA7\xD9\x82\xD8\xA7\xD9\x85\xD8\xAA") ==
        std::vector<std::string>{"pm", "\xD8\xA7\xD9\x82\xD8\xA7\xD9\x85\xD8\xAA"});
  CHECK(sc.tokens[0].t == taqvim::scan::type::lex);
  // (The tokens are of the folded text: Latin in lower case, الثلاثاء without its final hamza.)
  CHECK(words("IFM\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1") ==
        std::vector<std::string>{"ifm", "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7"});
  CHECK((sc.tokens[1].kinds & (1U << static_cast<unsigned>(taqvim::lexicon::kind::weekday))) != 0);
  // A Latin word with a letter of another script stays whole (décembre), as does an Arabic word with Latin letters
  // run onto its end (the bitmap flags no Arabic letter after a Latin one there: none follows).
  CHECK(words("d\xC3\xA9" "cembre") == std::vector<std::string>{"d\xC3\xA9" "cembre"});
  CHECK(words("\xD8\xA8\xD8\xA8pm") == std::vector<std::string>{"\xD8\xA8\xD8\xA8pm"});
}

TEST_CASE("lexicon: every zone a written zone names is in the tz database", "[lexicon][zone]") {
  int zones = 0;
  for (int i = 0; !taqvim::lexicon::zone_name(i).empty(); ++i, ++zones) {
    const std::string name(taqvim::lexicon::zone_name(i));
    INFO(name);
    CHECK_NOTHROW(date::locate_zone(name));
  }
  CHECK(zones >= 10);
  CHECK(taqvim::lexicon::zone_name(-1).empty());
}

TEST_CASE("lexicon: data/lexicon/README.md documents every kind, filler and variety of the schema",
          "[lexicon][schema]") {
  std::ifstream in(std::string(TAQVIM_SOURCE_DIR) + "/data/lexicon/README.md");
  REQUIRE(in.good());
  const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto documented = [&](std::string_view name) {
    INFO(name);
    CHECK(readme.find("`" + std::string(name) + "`") != std::string::npos);
  };
  for (std::string_view k : taqvim::lexicon::kind_names) documented(k);
  for (std::string_view f : taqvim::lexicon::filler_names)
    if (!f.empty()) documented(f);
  for (std::string_view p : taqvim::lexicon::part_names)
    if (!p.empty()) documented(p);
  for (std::string_view t : taqvim::lexicon::time_names)
    if (!t.empty()) documented(t);
}
