#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>

#include <string>

using taqvim::text::fold;
using taqvim::text::folded_text;

namespace {

std::string folded(const std::string& s) {
  folded_text f;
  fold(s, f);
  return std::string(f.text());
}

// Every folded byte maps into the original, monotonically, and the map ends
// at the original's size.
void check_map(const std::string& s) {
  folded_text f;
  fold(s, f);
  std::size_t prev = 0;
  for (std::size_t i = 0; i <= f.text().size(); ++i) {
    CHECK(f.source(i) <= s.size());
    CHECK(f.source(i) >= prev);
    prev = f.source(i);
  }
  CHECK(f.source(f.text().size()) == s.size());
}

}  // namespace

TEST_CASE("normalize: digits of three scripts become ASCII", "[normalize]") {
  CHECK(folded("۱۴۰۲") == "1402");
  CHECK(folded("١٤٠٢") == "1402");
  CHECK(folded("۱4٠2") == "1402");
  CHECK(folded("٣٫٥") == "3.5");   // Arabic decimal separator
  CHECK(folded("١٬٤٠٠") == "1,400");  // Arabic thousands separator
  CHECK(folded("الف، ب؛ ج؟") == folded("الف") + ", " + folded("ب") + "; " + folded("ج") + "?");
}

TEST_CASE("normalize: Arabic and Persian letter variants fold together", "[normalize]") {
  CHECK(folded("يكشنبه") == folded("یکشنبه"));
  CHECK(folded("ارديبهشت") == folded("اردیبهشت"));
  CHECK(folded("الحجة") == folded("الحجه"));
  CHECK(folded("أكتوبر") == folded("اكتوبر"));
  CHECK(folded("إسفند") == folded("اسفند"));
  CHECK(folded("آبان") == folded("ابان"));
  CHECK(folded("ٱلله") == folded("الله"));
  CHECK(folded("مؤتمر") == folded("موتمر"));
  CHECK(folded("جزائر") == folded("جزایر"));
  CHECK(folded("الأربعاء") == folded("الاربعا"));  // the lone hamza is dropped
  CHECK(folded("ى") == folded("ی"));
  CHECK(folded("ۀ") == folded("ه"));
  CHECK(folded("\u06BE\u062C\u0631\u06CC") == "\u0647\u062C\u0631\u06CC");  // ھجری, an Urdu keyboard's heh
  CHECK(folded("\u06C3") == "\u0647");                                        // teh marbuta goal
}

TEST_CASE("normalize: tatweel between blanks is a dash", "[normalize]") {
  // (1143 ــ 1211 هـ / 1730 ــ 1796 م): a run of tatweels standing alone.
  CHECK(folded("1730 ــ 1796 م") == "1730 - 1796 \xD9\x85");
  CHECK(folded("القاهرة ـ قال") == folded("القاهرة") + " - " + folded("قال"));
  CHECK(folded("ـــ\nب") == "-\n\xD8\xA8");
  CHECK(folded("ب ـ") == "\xD8\xA8 -");
  // Inside or at the edge of a word it draws a letter out: dropped.
  CHECK(folded("مـــرداد ـمرداد مرداد ـ9") == folded("مرداد") + " " + folded("مرداد") + " " + folded("مرداد") + " 9");
  folded_text f;
  fold("1730 ــ 1796", f);  // the dash maps to the run's first tatweel
  CHECK(f.text() == "1730 - 1796");
  CHECK(f.source(5) == 5);
  CHECK(f.source(7) == 10);
  // A span that ends just before that dash does not take its tatweels, as
  // it takes those drawn out of its last letter.
  CHECK(f.source_span(0, 5) == std::pair<std::size_t, std::size_t>{0, 5});
  fold("1730 ـ", f);
  CHECK(f.text() == "1730 -");
  CHECK(f.source_span(0, 5) == std::pair<std::size_t, std::size_t>{0, 5});
  fold("بـ 9", f);
  CHECK(f.source_span(0, 2) == std::pair<std::size_t, std::size_t>{0, 4});
}

TEST_CASE("normalize: tatweel between digits is a dash", "[normalize]") {
  // (۱۹۱۴ـ۲۰۰۷), حک: ۱۹۳۳ـ۱۹۷۳, a score 2ـ1: the digits of two numbers, not one.
  CHECK(folded("۱۹۱۴ـ۲۰۰۷") == "1914-2007");
  CHECK(folded("2ــ1") == "2-1");
  CHECK(folded("٣ـ١") == "3-1");
  // 1552ـ 1820م: a blank after it, then the next number.
  CHECK(folded("1552ـ 1820") == "1552- 1820");
  CHECK(folded("۱۳۵۷ـ ۱۳۶۷") == "1357- 1367");
  // Not a blank then a letter (9ـ م): dropped.
  CHECK(folded("9ـ م") == "9 " + folded("م"));
  // Not with a letter on either side (9ـم, مـ9): dropped.
  CHECK(folded("9ـم") == "9" + folded("م"));
  CHECK(folded("مـ9") == folded("م") + "9");
  folded_text f;
  fold("2ــ1", f);  // the dash maps to the run's first tatweel
  CHECK(f.source(1) == 1);
  CHECK(f.source(2) == 5);
}

TEST_CASE("normalize: tatweel, harakat and marks are dropped", "[normalize]") {
  CHECK(folded("مـرداد") == folded("مرداد"));
  CHECK(folded("أَغُسْطُس") == folded("اغسطس"));
  CHECK(folded("ربيعٌ") == folded("ربيع"));
  CHECK(folded("\u200F15\u200E") == "15");  // bidi marks
  CHECK(folded("\u25AB\uFE0F\u0633\u0627\u0639\u062A") == "\u25AB\u0633\u0627\u0639\u062A");  // ▫️ساعت: a variation selector
  CHECK(folded("\u061C15") == "15");
  CHECK(folded("\u202B15\u202C") == "15");
  CHECK(folded("\xEF\xBB\xBF" "15") == "15");  // BOM
  CHECK(folded("a\u00ADb") == "ab");           // soft hyphen
}

TEST_CASE("normalize: ZWNJ and Unicode spaces become a space", "[normalize]") {
  CHECK(folded("سه\u200Cشنبه") == folded("سه شنبه"));
  CHECK(folded("1\u00A02") == "1 2");
  CHECK(folded("1\u2009" "2") == "1 2");
  CHECK(folded("1\u202F" "2") == "1 2");
  CHECK(folded("1\u3000" "2") == "1 2");
  CHECK(folded("1\u2028" "2") == "1\n2");
  CHECK(folded("1\t2\r") == "1 2 ");
  CHECK(folded("1\u2013" "2") == "1-2");  // en dash
}

TEST_CASE("normalize: presentation forms become letters", "[normalize]") {
  CHECK(folded("\uFEFB") == folded("لا"));              // lam-alef ligature
  CHECK(folded("\uFEE3\uFEAE\uFEAA\uFE8D\uFEA9") == folded("مرداد"));
  CHECK(folded("\uFDF2") == folded("الله"));           // one code point, four letters
  check_map("\uFDFA x");
}

TEST_CASE("normalize: ASCII letters lower case", "[normalize]") {
  CHECK(folded("PM AM") == "pm am");
}

TEST_CASE("normalize: invalid UTF-8 becomes separators, offsets stay exact", "[normalize]") {
  const std::string bad[] = {
      std::string("\xC0\xAF"),          // overlong '/'
      std::string("\xE0\x80\xAF"),      // overlong, three bytes
      std::string("\xED\xA0\x80"),      // a surrogate
      std::string("\xF4\x90\x80\x80"),  // past U+10FFFF
      std::string("\xD9"),              // truncated
      std::string("\x80\xBF"),          // stray continuation bytes
      std::string("\xFF\xFE"),
  };
  for (const std::string& b : bad) {
    const std::string s = "15 " + b + " 2023";
    folded_text f;
    fold(s, f);
    INFO("bytes " << s.size());
    CHECK(f.text().size() == s.size());  // one separator per ill-formed byte
    for (char c : f.text().substr(3, b.size())) CHECK(c == taqvim::text::invalid_byte);
    check_map(s);
  }
  CHECK(folded(std::string("a\0b", 3)) == "a b");
}

TEST_CASE("normalize: the map leads back to whole characters", "[normalize]") {
  const std::string s = "تاریخ: ۱۵ مـرداد";
  folded_text f;
  fold(s, f);
  const auto at = f.text().find("15");
  REQUIRE(at != std::string::npos);
  const auto [b, e] = f.source_span(at, at + 2);
  CHECK(s.substr(b, e - b) == "۱۵");
  const auto [b2, e2] = f.source_span(f.text().size() - folded("مرداد").size(), f.text().size());
  CHECK(s.substr(b2, e2 - b2) == "مـرداد");
  check_map(s);
}

TEST_CASE("normalize: folding folded text changes nothing", "[normalize]") {
  for (const std::string s : {"سه‌شنبه ۱۴ آذر ١٤٠٢", "\uFEFB \uFDF2 ك ي ة أ", "٦ أَغُسْطُس ٢٠٢٣",
                              "a\xFF\xC0 b", "PM\u00A0\u2009x"}) {
    const std::string once = folded(s);
    CHECK(folded(once) == once);
  }
}

TEST_CASE("normalize: storage is reused", "[normalize]") {
  folded_text f;
  fold(std::string(1000, 'a'), f);
  const char* before = f.text().data();
  fold("short text", f);
  CHECK(f.text() == "short text");
  CHECK(f.text().data() == before);
}

TEST_CASE("normalize: UTF-8 encoding of scalar values at every length boundary", "[normalize]") {
  const std::pair<char32_t, std::string> cases[] = {
      {U'\0', std::string(1, '\0')}, {U'\x7F', "\x7F"},      {U'\x80', "\xC2\x80"},
      {U'\x7FF', "\xDF\xBF"},        {U'\x800', "\xE0\xA0\x80"}, {U'\x6CC', "\xDB\x8C"},  // ی
      {U'\xFFFD', "\xEF\xBF\xBD"},   {U'\xFFFF', "\xEF\xBF\xBF"}, {U'\x10000', "\xF0\x90\x80\x80"},
      {U'\x10FFFF', "\xF4\x8F\xBF\xBF"}};
  for (const auto& [c, bytes] : cases) {
    CAPTURE(static_cast<unsigned>(c));
    char out[4];
    const std::size_t n = taqvim::text::encode_utf8(c, out);
    CHECK(std::string(out, n) == bytes);
    CHECK(taqvim::text::utf8_sequence_length(bytes, 0) == n);
    CHECK(taqvim::text::decode_utf8(bytes, 0, n) == c);
  }
}
