// Every Arabic presentation form folds to the letters of its compatibility
// decomposition, as the installed ICU gives it: the oracle for the committed
// table (src/text/presentation_forms.h) that fold() reads instead of ICU.
#include "text/presentation_forms.h"

#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <string>
#include <vector>

namespace {

namespace pf = taqvim::text::presentation;

constexpr char32_t dropped = 0xFFFFFFFF;

// What folding does to each letter and mark that a decomposition holds,
// written out from the rules of docs/extraction.md: marks, tatweel and the
// lone hamza go; letter variants become the Persian letter; all else stays.
char32_t expected_letter(char32_t c) {
  if (c == 0x621 || c == 0x640 || c == 0x670 || (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F))
    return dropped;
  switch (c) {
    case 0x622: case 0x623: case 0x625: case 0x671: case 0x672: case 0x673: return 0x627;  // alef
    case 0x624: return 0x648;                                                             // waw
    case 0x626: case 0x64A: case 0x649: case 0x6D0: case 0x6CD: case 0x6CE: return 0x6CC;  // yeh
    case 0x643: case 0x6AA: return 0x6A9;                                                 // kaf
    case 0x629: case 0x6C0: case 0x6D5: case 0x6C1: case 0x6C2: case 0x6C3: case 0x6BE: return 0x647;  // heh
    default: return c;
  }
}

std::string utf8(char32_t c) {
  char b[4];
  return std::string(b, taqvim::text::encode_utf8(c, b));
}

std::vector<char32_t> icu_decomposition(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  REQUIRE(U_SUCCESS(status));
  UChar buf[64];
  const int32_t n = unorm2_getDecomposition(nfkc, static_cast<UChar32>(c), buf, 64, &status);
  REQUIRE(U_SUCCESS(status));
  std::vector<char32_t> out;
  for (int32_t k = 0; k < n; ++k) {
    REQUIRE(!(buf[k] >= 0xD800 && buf[k] <= 0xDFFF));  // every part is in the BMP
    out.push_back(buf[k]);
  }
  return out;
}

// Assigned no later than the Unicode of the table (a later ICU may know
// forms the table does not).
bool in_table_unicode(char32_t c) {
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(c), age);
  return age[0] < pf::unicode_major || (age[0] == pf::unicode_major && age[1] <= pf::unicode_minor);
}

}  // namespace

TEST_CASE("presentation forms: each folds to its ICU decomposition's letters", "[normalize][icu]") {
  std::size_t decomposed = 0;
  for (const auto& [first, end] : {std::pair<char32_t, char32_t>{0xFB50, 0xFE00}, {0xFE70, 0xFEFF}}) {
    for (char32_t c = first; c < end; ++c) {
      if (!in_table_unicode(c)) continue;
      CAPTURE(static_cast<unsigned>(c));
      const std::vector<char32_t> parts = icu_decomposition(c);
      std::string want;
      if (parts.empty()) {
        want = utf8(c);  // not decomposed: kept as it is
      } else {
        ++decomposed;
        for (char32_t p : parts)
          if (expected_letter(p) != dropped) want += utf8(expected_letter(p));
      }
      const std::string in = utf8(c);
      taqvim::text::folded_text f;
      taqvim::text::fold(in, f);
      CHECK(std::string(f.text()) == want);
      // All that comes of the form leads back to the whole of it.
      for (std::size_t i = 0; i < f.text().size(); ++i) CHECK(f.source(i) == 0);
      CHECK(f.source(f.text().size()) == in.size());
    }
  }
  // Unicode 15 decomposes 731 of them; far fewer would mean a broken oracle.
  CHECK(decomposed > 700);
}

TEST_CASE("presentation forms: the table holds ICU's decomposition of each form", "[normalize][icu]") {
  for (const auto& [first, end] : {std::pair<char32_t, char32_t>{pf::first_block_begin, pf::first_block_end},
                                  {pf::second_block_begin, pf::second_block_end}}) {
    for (char32_t c = first; c < end; ++c) {
      if (!in_table_unicode(c)) continue;
      CAPTURE(static_cast<unsigned>(c));
      const long slot = pf::slot(c);
      REQUIRE(slot >= 0);
      const std::vector<char32_t> table(pf::parts + pf::index[slot], pf::parts + pf::index[slot + 1]);
      CHECK(table == icu_decomposition(c));
    }
  }
  CHECK(pf::slot(0xFB4F) == -1);
  CHECK(pf::slot(0xFE00) == -1);
  CHECK(pf::slot(0xFE6F) == -1);
  CHECK(pf::slot(0xFEFF) == -1);  // the byte order mark, which folding drops
}
