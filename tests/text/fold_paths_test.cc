// Folding's vector paths (SSE2, AVX2) against its portable one: the same
// folded text, offset map and letter counts for every input, whichever
// character starts at whichever byte of a block. And one long text folded
// to the code points normalize.h promises, written out by hand, so that
// the paths do not only agree with each other.
#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "../support.h"

using taqvim::text::folded_text;
using taqvim::text::detail::fold_path;
using taqvim::text::detail::fold_with;
using taqvim::text::detail::has_fold_path;

namespace {

std::string utf8(char32_t c) {
  char bytes[4];
  return std::string(bytes, taqvim::text::encode_utf8(c, bytes));
}

std::vector<fold_path> vector_paths() {
  std::vector<fold_path> out;
  for (fold_path p : {fold_path::sse2, fold_path::avx2})
    if (has_fold_path(p)) out.push_back(p);
  return out;
}

const char* name(fold_path p) { return p == fold_path::sse2 ? "sse2" : p == fold_path::avx2 ? "avx2" : "portable"; }

// The original offset of each folded byte, and of the end.
std::vector<std::size_t> sources(const folded_text& f) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i <= f.text().size(); ++i) out.push_back(f.source(i));
  return out;
}

// Every path folds s as the portable one does.
void check_paths(const std::string& s) {
  folded_text want;
  fold_with(fold_path::portable, s, want);
  const std::vector<std::size_t> want_sources = sources(want);
  for (fold_path p : vector_paths()) {
    folded_text got;
    fold_with(p, s, got);
    if (got.text() == want.text() && got.persian_letters() == want.persian_letters() &&
        got.arabic_letters() == want.arabic_letters() && sources(got) == want_sources)
      continue;
    CAPTURE(name(p), s);
    CHECK(got.text() == want.text());
    CHECK(got.persian_letters() == want.persian_letters());
    CHECK(got.arabic_letters() == want.arabic_letters());
    CHECK(sources(got) == want_sources);
  }
}

}  // namespace

TEST_CASE("fold paths: the processor's own path is one of them", "[normalize]") {
  CHECK(has_fold_path(fold_path::portable));
#if defined(__x86_64__)
  CHECK(has_fold_path(fold_path::sse2));  // the x86-64 baseline
#endif
}

TEST_CASE("fold paths: each character at each offset of a block", "[normalize]") {
  // Every code point up to U+07FF (ASCII, Latin, Arabic, Syriac, Thaana,
  // NKo), and the three-byte characters folding knows, between letters
  // that blocks take, at every offset of a 32-byte block; then at the end
  // of the text, where a block has no room.
  std::vector<std::string> chars;
  for (char32_t c = 0; c < 0x800; ++c) chars.push_back(utf8(c));
  for (char32_t c : {0x200C, 0x200B, 0x200D, 0x200E, 0x2028, 0x2013, 0x2212, 0xFEFF, 0xFEFB, 0xFEDF, 0xFDF2, 0xFE8D})
    chars.push_back(utf8(c));
  chars.push_back("\xD9");      // a first byte alone
  chars.push_back("\x80");      // a continuation byte alone
  chars.push_back("\xE2\x80");  // a truncated sequence
  for (const std::string& ch : chars) {
    for (std::size_t pad = 0; pad < 34; ++pad) {
      std::string s(pad % 2, 'x');
      for (std::size_t k = 0; k < pad / 2; ++k) s += "\xD8\xA8";  // ب
      s += ch;
      std::string tail = s;
      for (int k = 0; k < 20; ++k) s += "\xD9\x85";  // م
      check_paths(s);
      check_paths(tail);
    }
  }
}

TEST_CASE("fold paths: the reversed article of PDF text, across blocks", "[normalize]") {
  // اال at a word's start, at every offset, after ASCII or a letter, with
  // the alefs written with hamza or madda.
  for (const char* word : {"\xD8\xA7\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAF", "\xD8\xA7\xD8\xA5\xD9\x84\xD8\xAB",
                           "\xD8\xA3\xD8\xA7\xD9\x84\xD8\xAD", "\xD8\xA7\xD8\xA7\xD9\x84"}) {
    for (std::size_t pad = 0; pad < 70; ++pad) {
      for (const char* before : {" ", "\xD8\xA8", "\n"}) {
        std::string s;
        for (std::size_t k = 0; k < pad; ++k) s += k % 3 == 2 ? " " : "\xD9\x85";
        s += before;
        s += word;
        s += " \xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85\xD9\x85";
        check_paths(s);
      }
    }
  }
}

TEST_CASE("fold paths: random text of the characters news is made of", "[normalize]") {
  // Letters the blocks take and swap, and what they leave: digits, marks,
  // ZWNJ, tatweel, ligatures, capitals, controls, invalid bytes.
  const std::vector<std::string> alphabet = {
      "\xD8\xA7", "\xD9\x84", "\xD8\xA3", "\xD8\xA5", "\xD8\xA2", "\xD9\x8A", "\xD9\x89", "\xD9\x83", "\xD8\xA9",
      "\xD8\xA4", "\xD8\xA6", "\xDB\x8C", "\xDA\xA9", "\xD9\xBE", "\xDA\x86", "\xDA\x98", "\xDA\xAF", "\xD9\x85",
      "\xD9\x86", "\xD9\x87", "\xD8\xB1", "\xD8\xA8", "\xD8\xA1", "\xD9\x80", "\xD9\x8E", "\xD9\xA1", "\xDB\xB2",
      "\xD8\x8C", "\xE2\x80\x8C", "\xEF\xBB\xBB", "\xEF\xBA\x8D", " ", " ", " ", "\n", "\r", "\t", "A", "z", "7",
      "/", "-", ".", "\xFF", "\xC3\xA9", "\xDB\x8D", "\xD9\xB1", "\xDA\xAA", "\xDB\x80", "\x00"};
  std::mt19937 rng(20261202);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 160);
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    const std::size_t len = length(rng);
    for (std::size_t k = 0; k < len; ++k) s += alphabet[pick(rng)];
    check_paths(s);
  }
}

TEST_CASE("fold paths: the bundled articles", "[normalize]") {
  for (const char* file : {"examples/articles/000_ac446ef064864016.txt", "examples/articles/003_c79d7cf8e118746b.txt",
                           "bench/data/wikipedia/fa-mars.txt"}) {
    std::ifstream in(test::project_path(file), std::ios::binary);
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(text.size() > 3000);
    check_paths(text);
  }
}

TEST_CASE("fold paths: a long text folds to the promised letters on every path", "[normalize]") {
  // Written out by hand from normalize.h's list: ي ى ئ → ی, ك → ک,
  // ة → ه, أ إ آ → ا, ؤ → و, capitals to lower case, tab and CR to blanks;
  // پ چ ژ گ ک ی counted as Persian, ي ك ة as Arabic.
  const std::string in =
      "\xD8\xA5\xD9\x84\xD9\x89 \xD8\xA3\xD9\x8A\xD9\x86 \xD9\x8A\xD8\xB0\xD9\x87\xD8\xA8 \xD8\xA7\xD9\x84\xD9\x85"
      "\xD8\xA4\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84\xD9\x83\xD8"
      "\xAA\xD8\xA7\xD8\xA8\xD8\xA9 \xD8\xA2\xD8\xB0\xD8\xA7\xD8\xB1\tPDF\r\n\xD9\xBE\xDA\x86\xDA\x98\xDA\xAF\xDA"
      "\xA9\xDB\x8C \xDA\xA9\xD8\xAA\xD8\xA7\xD8\xA8\xD9\x87\xD8\xA7\xDB\x8C \xD9\x85\xD8\xA7 \xD8\xAF\xD8\xB1 \xD8"
      "\xAA\xD9\x87\xD8\xB1\xD8\xA7\xD9\x86";
  // إلى أين يذهب المؤتمرحالسبائلكتابة آذار<TAB>PDF<CR>\nپچژگکی کتابهای ما در تهران
  const std::string want =
      "\xD8\xA7\xD9\x84\xDB\x8C \xD8\xA7\xDB\x8C\xD9\x86 \xDB\x8C\xD8\xB0\xD9\x87\xD8\xA8 \xD8\xA7\xD9\x84\xD9\x85"
      "\xD9\x88\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xA7\xDB\x8C\xD9\x84\xDA\xA9\xD8"
      "\xAA\xD8\xA7\xD8\xA8\xD9\x87 \xD8\xA7\xD8\xB0\xD8\xA7\xD8\xB1 pdf \n\xD9\xBE\xDA\x86\xDA\x98\xDA\xAF\xDA"
      "\xA9\xDB\x8C \xDA\xA9\xD8\xAA\xD8\xA7\xD8\xA8\xD9\x87\xD8\xA7\xDB\x8C \xD9\x85\xD8\xA7 \xD8\xAF\xD8\xB1 \xD8"
      "\xAA\xD9\x87\xD8\xB1\xD8\xA7\xD9\x86";
  for (fold_path p : {fold_path::portable, fold_path::sse2, fold_path::avx2}) {
    if (!has_fold_path(p)) continue;
    folded_text f;
    fold_with(p, in, f);
    CAPTURE(name(p));
    CHECK(f.text() == want);
    CHECK(f.persian_letters() == 8);   // پ چ ژ گ ک ی, and the ک ی of کتابهای
    CHECK(f.arabic_letters() == 4);    // ي ي ك ة
    CHECK(f.source(f.text().size()) == in.size());
    // No character changed length: each starts where it started.
    for (std::size_t i = 0; i < f.text().size(); ++i)
      if ((static_cast<unsigned char>(f.text()[i]) & 0xC0) != 0x80) REQUIRE(f.source(i) == i);
  }
}
