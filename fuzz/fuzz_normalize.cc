// Fuzz target for folding (include/taqvim/text/normalize.h): any bytes are a
// text to fold, and the offset map, source_span(), idempotence and the
// well-formedness of the folded text must hold for it, and every path of
// fold() (portable, SSE2, AVX2) must give the same result.
//
// Input: the text, as is. The spans checked are derived from the input
// itself, so a run is reproducible from the input alone.

#include "check.h"

#include <taqvim/text/normalize.h>

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using taqvim::text::fold;
using taqvim::text::folded_text;
using taqvim::text::utf8_sequence_length;


#define CHECK(cond, ...)                                                   \
  do {                                                                     \
    if (!(cond)) fuzz_fail("fuzz_normalize.cc", __LINE__, "check `" #cond "` failed: " __VA_ARGS__); \
  } while (0)

// Starts of the code points fold() sees: every well-formed sequence and every
// byte of an ill-formed one; plus the end of the text.
std::vector<bool> boundaries(std::string_view s) {
  std::vector<bool> b(s.size() + 1, false);
  for (std::size_t i = 0; i < s.size();) {
    b[i] = true;
    const std::size_t len = utf8_sequence_length(s, i);
    i += len == 0 ? 1 : len;
  }
  b[s.size()] = true;
  return b;
}

// Characters normalize.h promises never to leave in folded text.
bool folded_away(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0 || c == '\t' || c == '\r' || c == '\v' || c == '\f') return true;
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9)) return true;  // digits
  if (c == 0x60C || c == 0x61B || c == 0x61F || c == 0x66B || c == 0x66C) return true;
  switch (c) {
    case 0x64A: case 0x649: case 0x6D0: case 0x6CD: case 0x6CE:  // yeh forms
    case 0x643: case 0x6AA:                                      // kaf forms
    case 0x629: case 0x6C0: case 0x6D5: case 0x6C1: case 0x6C2:  // teh marbuta, heh forms
    case 0x622: case 0x623: case 0x625: case 0x671: case 0x672: case 0x673:  // alef forms
    case 0x66A: case 0x6D4: case 0x670:
    case 0x2212: case 0x2044: case 0x2215:
    case 0x624: case 0x626: case 0x621:  // hamza carriers, lone hamza
    case 0x640:                          // tatweel
    case 0x200C: case 0x200D:            // ZWNJ, ZWJ
    case 0x00AD: case 0xFEFF:            // soft hyphen, BOM
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x0085: case 0x2028: case 0x2029:
    case 0x200E: case 0x200F: case 0x061C:
      return true;
    default: break;
  }
  if (c >= 0x64B && c <= 0x65F) return true;  // harakat
  if (c >= 0x610 && c <= 0x61A) return true;  // honorifics, small marks
  if (c >= 0x6D6 && c <= 0x6ED && c != 0x6DE && c != 0x6E9) return true;  // Quranic marks
  if (c >= 0x2000 && c <= 0x200A) return true;  // spaces
  if (c >= 0x2010 && c <= 0x2015) return true;  // dashes
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return true;  // bidi controls
  return false;
}

void check_fold(std::string_view in, const folded_text& f) {
  const std::string_view out = f.text();
  CHECK(f.original().data() == in.data() && f.original().size() == in.size(), "original() is not the input");
  const std::vector<bool> at_boundary = boundaries(in);

  // The map: monotone, in bounds, on boundaries, ending at the input's size.
  std::size_t prev = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::size_t s = f.source(i);
    CHECK(s < in.size(), "source(%zu) = %zu, input has %zu bytes", i, s, in.size());
    CHECK(s >= prev, "source(%zu) = %zu goes back from %zu", i, s, prev);
    CHECK(at_boundary[s], "source(%zu) = %zu is inside a UTF-8 sequence", i, s);
    prev = s;
  }
  CHECK(f.source(out.size()) == in.size(), "source(end) = %zu, input has %zu bytes", f.source(out.size()),
        in.size());

  // Well-formed UTF-8 throughout; the separator for ill-formed input is
  // ASCII, so it needs no exception here. No character that folding removes
  // is left, and each folded character comes from one original character.
  for (std::size_t i = 0; i < out.size();) {
    const std::size_t len = utf8_sequence_length(out, i);
    CHECK(len > 0, "folded byte %zu (0x%02x) starts an ill-formed sequence", i,
          static_cast<unsigned char>(out[i]));
    const char32_t c = taqvim::text::decode_utf8(out, i, len);
    CHECK(!folded_away(c), "U+%04X left in folded text at %zu", static_cast<unsigned>(c), i);
    for (std::size_t k = 1; k < len; ++k)
      CHECK(f.source(i + k) == f.source(i), "folded character at %zu maps to two places", i);
    if (c == static_cast<unsigned char>(taqvim::text::invalid_byte) && len == 1) {
      // Either the input had the byte itself, or an ill-formed byte stood there.
      const std::size_t s = f.source(i);
      CHECK(in[s] == taqvim::text::invalid_byte || utf8_sequence_length(in, s) == 0,
            "separator at %zu from a well-formed sequence at %zu", i, s);
    }
    i += len;
  }
  // Every ill-formed byte leaves its separator, so no word runs across it.
  std::size_t o = 0;
  for (std::size_t s = 0; s < in.size();) {
    const std::size_t len = utf8_sequence_length(in, s);
    if (len == 0) {
      while (o < out.size() && f.source(o) < s) ++o;
      CHECK(o < out.size() && f.source(o) == s && out[o] == taqvim::text::invalid_byte,
            "ill-formed byte at %zu did not become the separator", s);
    }
    s += len == 0 ? 1 : len;
  }
  CHECK(f.persian_letters() + f.arabic_letters() <= in.size() / 2, "%zu + %zu marked letters in %zu bytes",
        f.persian_letters(), f.arabic_letters(), in.size());
}

void check_span(std::string_view in, const folded_text& f, const std::vector<bool>& at_boundary, std::size_t fb,
                std::size_t fe) {
  const auto [b, e] = f.source_span(fb, fe);
  CHECK(b < e && e <= in.size(), "source_span(%zu, %zu) = [%zu, %zu) in %zu bytes", fb, fe, b, e, in.size());
  CHECK(b == f.source(fb), "source_span(%zu, %zu) starts at %zu, not at source %zu", fb, fe, b, f.source(fb));
  CHECK(e > f.source(fe - 1), "source_span(%zu, %zu) = [%zu, %zu) misses the last character at %zu", fb, fe, b, e,
        f.source(fe - 1));
  CHECK(e <= f.source(fe) || fe == f.text().size() || f.source(fe) == f.source(fe - 1),
        "source_span(%zu, %zu) = [%zu, %zu) runs into the next folded character at %zu", fb, fe, b, e,
        f.source(fe));
  CHECK(at_boundary[b] && at_boundary[e], "source_span(%zu, %zu) = [%zu, %zu) cuts a UTF-8 sequence", fb, fe, b, e);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in{reinterpret_cast<const char*>(data), size};
  folded_text f;
  fold(in, f);
  check_fold(in, f);

  // Spans: all of them for a short text, a spread of them otherwise, drawn
  // from a generator seeded by the input.
  const std::size_t n = f.text().size();
  const std::vector<bool> at_boundary = boundaries(in);
  if (n > 0) {
    if (n <= 48) {
      for (std::size_t fb = 0; fb < n; ++fb)
        for (std::size_t fe = fb + 1; fe <= n; ++fe) check_span(in, f, at_boundary, fb, fe);
    } else {
      std::uint64_t x = 0x9E3779B97F4A7C15ULL ^ size;
      for (std::size_t i = 0; i < size && i < 64; ++i) x = (x ^ data[i]) * 0x100000001B3ULL;
      for (int k = 0; k < 512; ++k) {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        const std::uint64_t r = x * 0x2545F4914F6CDD1DULL;
        const std::size_t fb = static_cast<std::size_t>(r % n);
        const std::size_t fe = fb + 1 + static_cast<std::size_t>((r >> 32) % (n - fb));
        check_span(in, f, at_boundary, fb, fe);
      }
      check_span(in, f, at_boundary, 0, n);
      check_span(in, f, at_boundary, n - 1, n);
    }
  }

  // Folding folded text changes nothing; and a folded_text that held a
  // longer text before gives the same result (its storage is reused).
  const std::string once{f.text()};
  folded_text g;
  fold(once, g);
  CHECK(g.text() == once, "folding is not idempotent: %zu bytes fold again to %zu", once.size(), g.text().size());
  // Nothing is dropped or replaced the second time, so each byte maps to the
  // start of its own character.
  const std::vector<bool> once_boundary = boundaries(once);
  for (std::size_t i = 0, start = 0; i < g.text().size(); ++i) {
    if (once_boundary[i]) start = i;
    CHECK(g.source(i) == start, "refolding maps byte %zu to %zu, not %zu", i, g.source(i), start);
  }
  std::string bigger(in);
  bigger.append(in.size() + 7, '\xD8');
  fold(bigger, g);
  fold(in, g);
  CHECK(g.text() == once, "folding into a reused folded_text differs");
  for (std::size_t i = 0; i <= once.size(); ++i)
    CHECK(g.source(i) == f.source(i), "reused folded_text maps byte %zu differently", i);

  // Every path (portable, SSE2, AVX2 where the processor has them) folds
  // as fold() did: the same text, map and letter counts.
  using taqvim::text::detail::fold_path;
  for (fold_path p : {fold_path::portable, fold_path::sse2, fold_path::avx2}) {
    if (!taqvim::text::detail::has_fold_path(p)) continue;
    taqvim::text::detail::fold_with(p, in, g);
    const int path = static_cast<int>(p);
    CHECK(g.text() == once, "path %d folds to %zu bytes, fold() to %zu", path, g.text().size(), once.size());
    CHECK(g.persian_letters() == f.persian_letters() && g.arabic_letters() == f.arabic_letters(),
          "path %d counts %zu/%zu marked letters, fold() %zu/%zu", path, g.persian_letters(), g.arabic_letters(),
          f.persian_letters(), f.arabic_letters());
    for (std::size_t i = 0; i <= once.size(); ++i)
      CHECK(g.source(i) == f.source(i), "path %d maps byte %zu to %zu, fold() to %zu", path, i, g.source(i),
            f.source(i));
  }
  return 0;
}
