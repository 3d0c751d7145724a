// The word-end bitmap of folded text (word_stops): one bit per byte that may
// start a character other than a letter, by vector blocks where the
// processor has them. tokenize() finds a word's end from it.
#include "lexicon/scan.h"

#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// AVX2 where the processor has it (chosen at run time), on x86 with GCC or Clang.
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__)) && defined(__SSE2__)
#define TAQVIM_SCAN_AVX2 1
#include <immintrin.h>
#else
#define TAQVIM_SCAN_AVX2 0
#endif

namespace taqvim {
namespace scan {
namespace {

// The first bytes of is_symbol()'s two-byte characters (C2 and C3 leads
// whole, for brevity), of every longer character, and of ASCII that is not
// a letter; and ASCII letters before a byte of 80 or more. word_stops() computes the same; scan_test.cc checks both
// against the tokenizer's own reading of every character.
bool stop_byte(unsigned b, unsigned next) noexcept {
  // (A Latin letter before a byte of 80 or more too: word_end() ends a Latin word run into an Arabic one there.)
  if (b < 0x80) return (b | 0x20U) - 'a' >= 26U || next >= 0x80;
  if (b < 0xC0) return false;  // continuation
  if (b <= 0xC3 || b >= 0xE0) return true;
  if (b == 0xD8) return next - 0x80U < 0x10U;
  if (b == 0xD9) return next - 0xAAU < 4U;
  if (b == 0xDB) return next == 0x94 || next == 0x9E || next == 0xA9;
  return false;
}

void word_stops_from(std::string_view s, std::size_t from, std::vector<std::uint64_t>& bits) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t k = from; k < s.size(); ++k)
    if (stop_byte(p[k], p[k + 1])) bits[k >> 6] |= std::uint64_t{1} << (k & 63);
}

}  // namespace

void word_stops_portable(std::string_view s, std::vector<std::uint64_t>& bits) {
  bits.assign(s.size() / 64 + 1, 0);
  word_stops_from(s, 0, bits);
}

void word_stops_sse2(std::string_view s, std::vector<std::uint64_t>& bits) {
#if defined(__SSE2__)
  bits.assign(s.size() / 64 + 1, 0);
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t j = 0;
  const auto splat = [](int v) { return _mm_set1_epi8(static_cast<char>(v)); };
  // Sixteen bytes and the byte after them (readable, see tokenize()).
  for (; j + 16 <= n; j += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j + 1));
    // ASCII and not a letter: signed bytes >= 0 whose lower case is outside a..z.
    const __m128i lower = _mm_or_si128(v, splat(0x20));
    const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, splat('a' - 1)), _mm_cmplt_epi8(lower, splat('z' + 1)));
    const __m128i ascii = _mm_cmpgt_epi8(v, splat(-1));
    __m128i stop = _mm_andnot_si128(alpha, ascii);
    stop = _mm_or_si128(stop, _mm_and_si128(alpha, _mm_cmplt_epi8(w, splat(0))));  // a letter before 80 or more
    // Leads C0..C3 and E0..FF.
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(_mm_and_si128(v, splat(0xFC)), splat(0xC0)));
    stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmpgt_epi8(v, splat(0xDF - 256)), _mm_cmplt_epi8(v, splat(0))));
    // D8 80..8F, D9 AA..AD, DB 94 / 9E / A9: signed compares on the second byte.
    stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xD8)), _mm_cmplt_epi8(w, splat(0x90 - 256))));
    stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xD9)),
                                            _mm_and_si128(_mm_cmpgt_epi8(w, splat(0xAA - 1 - 256)),
                                                          _mm_cmplt_epi8(w, splat(0xAE - 256)))));
    const __m128i db = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, splat(0x94)), _mm_cmpeq_epi8(w, splat(0x9E))),
                                    _mm_cmpeq_epi8(w, splat(0xA9)));
    stop = _mm_or_si128(stop, _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xDB)), db));
    const auto m = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(stop)));
    bits[j >> 6] |= m << (j & 63);
  }
  word_stops_from(s, j, bits);
#else
  word_stops_portable(s, bits);
#endif
}

#if TAQVIM_SCAN_AVX2
// The same tests as word_stops_sse2(), 32 bytes at a time: one 64-bit word
// of the bitmap per two blocks.
__attribute__((target("avx2"))) void word_stops_avx2_path(std::string_view s, std::vector<std::uint64_t>& bits) {
  bits.assign(s.size() / 64 + 1, 0);
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t j = 0;
  const __m256i c20 = _mm256_set1_epi8(0x20), a_1 = _mm256_set1_epi8('a' - 1), z1 = _mm256_set1_epi8('z' + 1);
  const __m256i minus1 = _mm256_set1_epi8(-1), zero = _mm256_setzero_si256(), fc = _mm256_set1_epi8(static_cast<char>(0xFC));
  const __m256i c0 = _mm256_set1_epi8(static_cast<char>(0xC0)), df = _mm256_set1_epi8(static_cast<char>(0xDF));
  const __m256i d8 = _mm256_set1_epi8(static_cast<char>(0xD8)), x90 = _mm256_set1_epi8(static_cast<char>(0x90));
  const __m256i d9 = _mm256_set1_epi8(static_cast<char>(0xD9)), xa9 = _mm256_set1_epi8(static_cast<char>(0xA9));
  const __m256i xae = _mm256_set1_epi8(static_cast<char>(0xAE)), db = _mm256_set1_epi8(static_cast<char>(0xDB));
  const __m256i x94 = _mm256_set1_epi8(static_cast<char>(0x94)), x9e = _mm256_set1_epi8(static_cast<char>(0x9E));
  // Sixty-four bytes and the byte after them (readable, see tokenize()).
  for (; j + 64 <= n; j += 64) {
    std::uint64_t word = 0;
    for (unsigned h = 0; h < 2; ++h) {
      const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j + 32 * h));
      const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j + 32 * h + 1));
      const __m256i lower = _mm256_or_si256(v, c20);
      const __m256i alpha = _mm256_and_si256(_mm256_cmpgt_epi8(lower, a_1), _mm256_cmpgt_epi8(z1, lower));
      __m256i stop = _mm256_andnot_si256(alpha, _mm256_cmpgt_epi8(v, minus1));
      stop = _mm256_or_si256(stop, _mm256_and_si256(alpha, _mm256_cmpgt_epi8(zero, w)));  // a letter before 80 or more
      stop = _mm256_or_si256(stop, _mm256_cmpeq_epi8(_mm256_and_si256(v, fc), c0));
      stop = _mm256_or_si256(stop, _mm256_and_si256(_mm256_cmpgt_epi8(v, df), _mm256_cmpgt_epi8(zero, v)));
      stop = _mm256_or_si256(stop, _mm256_and_si256(_mm256_cmpeq_epi8(v, d8), _mm256_cmpgt_epi8(x90, w)));
      stop = _mm256_or_si256(stop, _mm256_and_si256(_mm256_cmpeq_epi8(v, d9),
                                                    _mm256_and_si256(_mm256_cmpgt_epi8(w, xa9), _mm256_cmpgt_epi8(xae, w))));
      const __m256i last = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(w, x94), _mm256_cmpeq_epi8(w, x9e)),
                                           _mm256_cmpeq_epi8(w, xa9));
      stop = _mm256_or_si256(stop, _mm256_and_si256(_mm256_cmpeq_epi8(v, db), last));
      word |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(stop))) << (32 * h);
    }
    bits[j >> 6] = word;
  }
  word_stops_from(s, j, bits);
}
#endif

bool word_stops_avx2(std::string_view s, std::vector<std::uint64_t>& bits) {
#if TAQVIM_SCAN_AVX2
  static const bool has = __builtin_cpu_supports("avx2");
  if (has) {
    word_stops_avx2_path(s, bits);
    return true;
  }
#endif
  (void)s;
  (void)bits;
  return false;
}

void word_stops(std::string_view s, std::vector<std::uint64_t>& bits) {
  if (!word_stops_avx2(s, bits)) word_stops_sse2(s, bits);
}

}  // namespace scan
}  // namespace taqvim
