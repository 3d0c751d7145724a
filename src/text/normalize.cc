#include <taqvim/text/normalize.h>

#include "presentation_forms.h"

#include <algorithm>
#include <array>
#include <cstdint>

// Blocks of 16 (SSE2) or 32 (AVX2, where the processor has it) bytes on
// x86 with GCC or Clang; the scalar loop everywhere, and for what the
// blocks leave.
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__)) && defined(__SSE2__)
#define TAQVIM_FOLD_SIMD 1
#include <immintrin.h>
#define TAQVIM_ALWAYS_INLINE __attribute__((always_inline))
#else
#define TAQVIM_FOLD_SIMD 0
#define TAQVIM_ALWAYS_INLINE
#endif

namespace taqvim {
namespace text {
namespace {

constexpr char32_t drop = 0xFFFFFFFF;

// Folded form of each code point of the Arabic block U+0600..U+06FF:
// `drop`, or the replacement (itself when unchanged).
constexpr std::array<char32_t, 256> make_arabic_block() {
  std::array<char32_t, 256> t{};
  for (char32_t c = 0; c < 256; ++c) t[c] = 0x600 + c;
  auto set = [&](char32_t from, char32_t to) { t[from - 0x600] = to; };
  for (char32_t c = 0x660; c <= 0x669; ++c) set(c, '0' + (c - 0x660));
  for (char32_t c = 0x6F0; c <= 0x6F9; ++c) set(c, '0' + (c - 0x6F0));
  set(0x66B, '.');  // Arabic decimal separator
  set(0x66C, ',');  // Arabic thousands separator
  set(0x60C, ',');  // Arabic comma
  set(0x61B, ';');
  set(0x61F, '?');
  set(0x66A, '%');
  set(0x6D4, '.');  // Arabic full stop
  // Alef with hamza or madda, wasla and wavy hamza: bare alef.
  for (char32_t c : {0x622, 0x623, 0x625, 0x671, 0x672, 0x673}) set(c, 0x627);
  set(0x624, 0x648);  // waw with hamza
  set(0x626, 0x6CC);  // yeh with hamza
  for (char32_t c : {0x64A, 0x649, 0x6D0, 0x6CD, 0x6CE}) set(c, 0x6CC);  // Arabic yeh, alef maksura
  for (char32_t c : {0x643, 0x6AA}) set(c, 0x6A9);                      // Arabic kaf, swash kaf
  // Teh marbuta, heh with yeh, goal and doachashmee (Urdu keyboards' heh: ھجری شمسی).
  for (char32_t c : {0x629, 0x6C0, 0x6D5, 0x6C1, 0x6C2, 0x6C3, 0x6BE}) set(c, 0x647);
  set(0x621, drop);  // a lone hamza: written or not, inconsistently
  set(0x640, drop);  // tatweel
  for (char32_t c = 0x610; c <= 0x61A; ++c) set(c, drop);  // honorifics, small marks
  for (char32_t c = 0x64B; c <= 0x65F; ++c) set(c, drop);  // harakat
  set(0x670, drop);                                        // superscript alef
  for (char32_t c = 0x6D6; c <= 0x6ED; ++c) {
    if (c != 0x6DE && c != 0x6E9) set(c, drop);  // Quranic annotation marks
  }
  set(0x61C, drop);  // Arabic letter mark (bidi)
  return t;
}

constexpr std::array<char32_t, 256> arabic_block = make_arabic_block();

// The folded bytes of every two-byte sequence, indexed by
// (lead - C2) * 64 + (continuation - 80): the fast path of fold().
struct two_byte_fold {
  std::uint8_t length;  // 0: dropped
  char bytes[2];
  std::uint8_t mark;  // language_marks of the code point, | special
};
// In two_byte_fold::mark: the character needs more than its two bytes
// copied (it shrinks, so the offset map notes it; or it folds to ل, which
// may be a PDF's reversed article). One test keeps the common letter's path
// short.
constexpr std::uint8_t special = 4;
// 1 for letters only Persian uses, 2 for letters only Arabic uses.
constexpr std::array<std::uint8_t, 256> make_language_marks() {
  std::array<std::uint8_t, 256> t{};
  for (char32_t c : {0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC}) t[c - 0x600] = 1;
  for (char32_t c : {0x64A, 0x643, 0x629}) t[c - 0x600] = 2;
  return t;
}
constexpr std::array<std::uint8_t, 256> language_marks = make_language_marks();



constexpr char32_t fold_code_point(char32_t c) noexcept {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    if (c == '\n') return c;
    if (c < 0x20 || c == 0x7F) return c == 0 || c == '\t' || c == '\r' || c == '\v' || c == '\f' ? ' ' : c;
    return c;
  }
  if (c >= 0x600 && c <= 0x6FF) return arabic_block[c - 0x600];
  switch (c) {
    case 0x200C:  // ZWNJ: a word part boundary, like a space
    case 0x200B:  // zero width space, which scraped text uses like ZWNJ
    case 0x180E:
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return ' ';
    case 0x0085: case 0x2028: case 0x2029:
      return '\n';
    case 0x200D: case 0x200E: case 0x200F: case 0x00AD: case 0xFEFF:
      return drop;
    case 0x2212: return '-';
    case 0x2044: case 0x2215: return '/';
    default: break;
  }
  if (c >= 0x2000 && c <= 0x200A) return ' ';
  if (c >= 0x2010 && c <= 0x2015) return '-';
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return drop;
  // Variation selectors (▫️, the emoji form of a symbol) render nothing and
  // must not glue the symbol to the word after it.
  if (c >= 0xFE00 && c <= 0xFE0F) return drop;
  return c;
}

std::array<two_byte_fold, 30 * 64> make_two_byte_folds() {
  std::array<two_byte_fold, 30 * 64> t{};
  for (unsigned lead = 0xC2; lead <= 0xDF; ++lead) {
    for (unsigned cont = 0x80; cont <= 0xBF; ++cont) {
      const char32_t c = (char32_t{lead} & 0x1F) << 6 | (cont & 0x3F);
      two_byte_fold& e = t[(lead - 0xC2) * 64 + (cont - 0x80)];
      const char32_t f = fold_code_point(c);
      e.mark = c >= 0x600 && c <= 0x6FF ? language_marks[c - 0x600] : 0;
      if (f == drop || f < 0x80 || f == 0x644) e.mark |= special;
      if (f == drop) {
        e.length = 0;
      } else if (f < 0x80) {
        e.length = 1;
        e.bytes[0] = static_cast<char>(f);
      } else {
        e.length = 2;
        e.bytes[0] = static_cast<char>(0xC0 | (f >> 6));
        e.bytes[1] = static_cast<char>(0x80 | (f & 0x3F));
      }
    }
  }
  return t;
}

constexpr std::array<char, 128> make_ascii_folds() {
  std::array<char, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = static_cast<char>(fold_code_point(c));
  return t;
}
constexpr std::array<char, 128> ascii_folds = make_ascii_folds();

const std::array<two_byte_fold, 30 * 64>& two_byte_folds() {
  static const std::array<two_byte_fold, 30 * 64> t = make_two_byte_folds();
  return t;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto n = s.size() - i;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const auto cont = [&](std::size_t k) {
    return k < n && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (n < 3 || !cont(1) || !cont(2)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (n < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t len) noexcept {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  switch (len) {
    case 1: return b(0);
    case 2: return (char32_t{b(0)} & 0x1F) << 6 | (b(1) & 0x3F);
    case 3: return (char32_t{b(0)} & 0x0F) << 12 | (char32_t{b(1)} & 0x3F) << 6 | (b(2) & 0x3F);
    default:
      return (char32_t{b(0)} & 0x07) << 18 | (char32_t{b(1)} & 0x3F) << 12 | (char32_t{b(2)} & 0x3F) << 6 |
             (b(3) & 0x3F);
  }
}

std::size_t folded_text::source(std::size_t i) const noexcept {
  if (i >= text_.size()) return original_.size();
  // Folded text is well-formed UTF-8: back to the start of the character.
  while (i > 0 && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) --i;
  const auto after = std::upper_bound(shifts_.begin(), shifts_.end(), i,
                                      [](std::size_t v, const detail::fold_shift& s) { return v < s.folded; });
  const detail::fold_shift& s = *(after - 1);  // shifts_ starts at folded offset 0
  return s.original + (i - s.folded);
}

std::size_t encode_utf8(char32_t c, char* out) noexcept {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

std::pair<std::size_t, std::size_t> folded_text::source_span(std::size_t fb, std::size_t fe) const noexcept {
  const std::size_t begin = source(fb);
  const std::size_t last = source(fe - 1);
  const std::size_t len = utf8_sequence_length(original_, last);
  std::size_t end = last + (len == 0 ? 1 : len);
  // The marks written on the last letter belong to it (هـ, غداً, الأربعاء),
  // though folding drops them; bidi controls do not. Not what folds to a
  // character of its own (a tatweel after a blank, folded to a dash).
  const std::size_t next = fe < text_.size() ? source(fe) : original_.size();
  while (end + 1 < original_.size() && end < next && utf8_sequence_length(original_, end) == 2) {
    const char32_t c = (char32_t{static_cast<unsigned char>(original_[end])} & 0x1F) << 6 |
                       (static_cast<unsigned char>(original_[end + 1]) & 0x3F);
    if (c != 0x640 && c != 0x621 && c != 0x670 && !(c >= 0x64B && c <= 0x65F)) break;
    end += 2;
  }
  return {begin, end};
}

namespace {

using shift_list = std::vector<detail::fold_shift>;

// The folded character at `fo` comes from the original character at `at`.
void note_shift(shift_list& shifts, std::size_t fo, std::size_t at) {
  detail::fold_shift& last = shifts.back();
  if (last.folded == fo) {
    last.original = static_cast<std::uint32_t>(at);
  } else if (at + last.folded != fo + last.original) {
    shifts.push_back({static_cast<std::uint32_t>(fo), static_cast<std::uint32_t>(at)});
  }
}

std::size_t put(char32_t c, char* w, std::size_t o) { return o + encode_utf8(c, w + o); }

// األحد, اإلثنين, األسبوع: PDF text whose lam-alef ligature came out in
// visual order puts the article's ل after the alef with its hamza. No word
// starts with two alefs, so when the folded text w[0, o) ends in ا ا ل at a
// word's start, the ل goes back after the first alef. Called after every ل
// written, whichever path wrote it, so that folded text folds to itself.
void unreverse_article(char* w, std::size_t o) {
  if (o >= 6 && w[o - 2] == '\xD9' && w[o - 1] == '\x84' && w[o - 6] == '\xD8' && w[o - 5] == '\xA7' &&
      w[o - 4] == '\xD8' && w[o - 3] == '\xA7' && (o == 6 || static_cast<unsigned char>(w[o - 7]) < 0x80)) {
    w[o - 4] = '\xD9';
    w[o - 3] = '\x84';
    w[o - 2] = '\xD8';
    w[o - 1] = '\xA7';
  }
}

// Folds the character of `len` bytes at in[i] that the fast paths of fold()
// leave (three- and four-byte sequences), writing at t[o]; returns the new o.
// Only a presentation form folds to more bytes than it had: that path makes
// room in t for itself and for the rest of the input.
std::size_t fold_other(std::string_view in, std::size_t i, std::size_t len, std::string& t, std::size_t o,
                       shift_list& shifts) {
  const char32_t c = decode_utf8(in, i, len);
  const std::size_t before = o;
  const long slot = presentation::slot(c);
  if (slot >= 0 && presentation::index[slot] != presentation::index[slot + 1]) {
    // Compatibility decomposition (e.g. U+FEFB lam-alef -> U+0644 U+0627),
    // each part then folded like any letter. The table is ICU's NFKC
    // decomposition, generated (tools/gen/gen_presentation_forms.cc) so
    // that folding needs no ICU at run time.
    for (std::size_t k = presentation::index[slot]; k < presentation::index[slot + 1]; ++k) {
      const char32_t f = fold_code_point(presentation::parts[k]);
      if (f == drop) continue;
      const std::size_t need = o + 4 + (in.size() - i);
      if (need > t.size()) t.resize(std::max(t.size() * 2, need));
      note_shift(shifts, o, i);
      o = put(f, t.data(), o);
      if (f == 0x644) unreverse_article(t.data(), o);
    }
    note_shift(shifts, o, i + len);
    return o;
  }
  const char32_t f = fold_code_point(c);
  if (f != drop) o = put(f, t.data(), o);
  if (f == 0x644) unreverse_article(t.data(), o);
  if (o - before != len) note_shift(shifts, o, i + len);
  return o;
}

// The fold of `in` into t and shifts (set up by the caller); returns the
// language marks counted (Persian in the low half, Arabic in the high).
// With Width != 0, Block folds runs of common characters Width bytes at a
// time (fold_block.inc); the scalar path takes every other character.
template <std::size_t Width, std::size_t (*Block)(const unsigned char*, char*, std::size_t, std::uint64_t&) noexcept>
TAQVIM_ALWAYS_INLINE inline std::uint64_t fold_loop(std::string_view in, std::string& t, shift_list& shifts) {
  // Room for the common case, where no character grows; fold_other() makes
  // more when one does. Then t.size() - o >= n - i throughout.
  t.resize(in.size());
  // Locals only in the loop: a char store through `w` could otherwise
  // alias any of them and force a reload.
  char* w = t.data();
  std::size_t o = 0;
  std::size_t i = 0;
  const std::size_t n = in.size();
  // Persian letters in the low half, Arabic ones in the high half: one
  // counter keeps the loop's live values in registers (texts are < 4 GiB).
  std::uint64_t marks = 0;
  static constexpr std::uint64_t mark_count[8] = {0, 1, std::uint64_t{1} << 32, 0, 0, 1, std::uint64_t{1} << 32, 0};
  const two_byte_fold* folds = two_byte_folds().data();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t retry = 0;  // where a block is tried again after one that did little
  // Every character but a last lone byte has a second byte to look at.
  while (i + 1 < n) {
    if constexpr (Width != 0) {
      // A block reads Width + 1 bytes and writes Width.
      if (i >= retry && n - i > Width) {
        const std::size_t done = Block(p + i, w, o, marks);
        i += done;
        o += done;
        if (done == Width) continue;
        // Text dense in what the block leaves (digits, marks) goes the
        // scalar way for a while rather than start a block at each letter.
        if (done < 8) retry = i + 4 * Width;
        // The character that ended the block, on the scalar path (n - i >= 2).
      }
    }
    const unsigned b0 = p[i];
    const unsigned b1 = p[i + 1];
    // Two-byte sequences carry every Arabic and Persian letter: tested
    // first, as most characters of the text are one.
    if (b0 - 0xC2U < 30U && (b1 & 0xC0) == 0x80) {
      const two_byte_fold f = folds[(b0 - 0xC2U) * 64U + (b1 - 0x80U)];
      marks += mark_count[f.mark];
      // Both bytes whatever the length: o + 2 <= i + 2 <= n, or fold_other()
      // made room for the rest of the input.
      w[o] = f.bytes[0];
      w[o + 1] = f.bytes[1];
      o += f.length;
      i += 2;
      if (f.mark & special) {
        if (f.length != 2) {
          // A run of tatweels between blanks is a dash (1143 ــ 1211 هـ,
          // القاهرة ـ), not a letter drawn out; so is one between digits
          // (۱۹۱۴ـ۲۰۰۷, 1552ـ 1820م, a score 2ـ1), which would else make one number.
          const bool after_digit = o > 0 && w[o - 1] >= '0' && w[o - 1] <= '9';
          if (b0 == 0xD9 && b1 == 0x80 && (o == 0 || w[o - 1] == ' ' || w[o - 1] == '\n' || after_digit)) {
            std::size_t e = i;
            while (e + 1 < n && p[e] == 0xD9 && p[e + 1] == 0x80) e += 2;
            const auto digit_at = [&](std::size_t x) {
              return x < n && ((p[x] >= '0' && p[x] <= '9') ||
                               (x + 1 < n && ((p[x] == 0xDB && p[x + 1] >= 0xB0 && p[x + 1] <= 0xB9) ||    // ۰-۹
                                              (p[x] == 0xD9 && p[x + 1] >= 0xA0 && p[x + 1] <= 0xA9))));  // ٠-٩
            };
            // (1552ـ 1820م: a blank after it before the next number.)
            const bool digit_next = digit_at(e) || (e < n && p[e] == ' ' && digit_at(e + 1));
            if (after_digit ? digit_next : (e == n || p[e] == ' ' || p[e] == '\n')) {
              w[o++] = '-';
              i = e;
            }
          }
          note_shift(shifts, o, i);
        } else {
          unreverse_article(w, o);  // ل
        }
      }
      continue;
    }
    if (b0 < 0x80) {
      w[o++] = ascii_folds[b0];
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(in, i);
    if (len == 0) {
      w[o++] = invalid_byte;
      ++i;
      continue;
    }
    o = fold_other(in, i, len, t, o, shifts);
    w = t.data();
    i += len;
  }
  if (i < n) w[o++] = p[i] < 0x80 ? ascii_folds[p[i]] : invalid_byte;  // a byte >= 0x80 alone is no character
  t.resize(o);
  return marks;
}

#if TAQVIM_FOLD_SIMD
// Each byte value 32 times: a vector constant is a load from here, which
// the compiler folds into the instruction that uses it. Seen as constants,
// GCC 12 builds each from a general register instead (three instructions,
// every time): hidden_splats() hides the table's address from it.
struct splat_table {
  alignas(32) unsigned char b[256][32];
};
constexpr splat_table make_splats() {
  splat_table t{};
  for (unsigned v = 0; v < 256; ++v)
    for (unsigned k = 0; k < 32; ++k) t.b[v][k] = static_cast<unsigned char>(v);
  return t;
}
constexpr splat_table splats = make_splats();
using splat_row = unsigned char[32];
// The table, its address hidden from the compiler (see above).
inline const splat_row* hidden_splats() noexcept {
  const splat_row* t = splats.b;
  __asm__("" : "+r"(t));
  return t;
}

namespace sse2 {
using vec = __m128i;
constexpr std::size_t width = 16;
inline vec load(const unsigned char* p) noexcept { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline vec splat(const splat_row* t, unsigned b) noexcept { return _mm_load_si128(reinterpret_cast<const __m128i*>(t[b])); }
inline vec eq(vec a, vec b) noexcept { return _mm_cmpeq_epi8(a, b); }
inline vec and_(vec a, vec b) noexcept { return _mm_and_si128(a, b); }
inline vec or_(vec a, vec b) noexcept { return _mm_or_si128(a, b); }
inline vec andnot(vec a, vec b) noexcept { return _mm_andnot_si128(a, b); }
inline vec in_range(const splat_row* t, vec x, unsigned lo, unsigned hi) noexcept {
  const vec d = _mm_sub_epi8(x, splat(t, lo));
  return eq(_mm_min_epu8(d, splat(t, hi - lo)), d);
}
inline vec shift_up(vec x) noexcept { return _mm_slli_si128(x, 1); }
inline std::uint64_t bits(vec x) noexcept { return static_cast<std::uint32_t>(_mm_movemask_epi8(x)); }
inline std::uint64_t count(std::uint64_t m) noexcept {  // no popcnt instruction in the SSE2 baseline
  m = m - (m >> 1 & 0x55555555U);
  m = (m & 0x33333333U) + (m >> 2 & 0x33333333U);
  return ((m + (m >> 4)) & 0x0F0F0F0FU) * 0x01010101U >> 24 & 0xFF;
}
inline int ctz(std::uint64_t m) noexcept { return __builtin_ctzll(m); }
inline void store(char* p, vec x) noexcept { _mm_storeu_si128(reinterpret_cast<__m128i*>(p), x); }
#include "fold_block.inc"
}  // namespace sse2

std::uint64_t fold_sse2(std::string_view in, std::string& t, shift_list& shifts) {
  return fold_loop<sse2::width, sse2::fold_block>(in, t, shifts);
}

// AVX2 and POPCNT for the functions of this namespace only; fold() calls
// them where the processor has both.
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,popcnt"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2,popcnt")
#endif
namespace avx2 {
using vec = __m256i;
constexpr std::size_t width = 32;
inline vec load(const unsigned char* p) noexcept { return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)); }
inline vec splat(const splat_row* t, unsigned b) noexcept { return _mm256_load_si256(reinterpret_cast<const __m256i*>(t[b])); }
inline vec eq(vec a, vec b) noexcept { return _mm256_cmpeq_epi8(a, b); }
inline vec and_(vec a, vec b) noexcept { return _mm256_and_si256(a, b); }
inline vec or_(vec a, vec b) noexcept { return _mm256_or_si256(a, b); }
inline vec andnot(vec a, vec b) noexcept { return _mm256_andnot_si256(a, b); }
inline vec in_range(const splat_row* t, vec x, unsigned lo, unsigned hi) noexcept {
  const vec d = _mm256_sub_epi8(x, splat(t, lo));
  return eq(_mm256_min_epu8(d, splat(t, hi - lo)), d);
}
// The byte shift crosses the two 128-bit lanes: the low lane's last byte
// comes in at the high lane's start.
inline vec shift_up(vec x) noexcept { return _mm256_alignr_epi8(x, _mm256_permute2x128_si256(x, x, 0x08), 15); }
inline std::uint64_t bits(vec x) noexcept { return static_cast<std::uint32_t>(_mm256_movemask_epi8(x)); }
inline std::uint64_t count(std::uint64_t m) noexcept { return static_cast<std::uint64_t>(__builtin_popcountll(m)); }
inline int ctz(std::uint64_t m) noexcept { return __builtin_ctzll(m); }
inline void store(char* p, vec x) noexcept { _mm256_storeu_si256(reinterpret_cast<__m256i*>(p), x); }
#include "fold_block.inc"
}  // namespace avx2

std::uint64_t fold_avx2(std::string_view in, std::string& t, shift_list& shifts) {
  return fold_loop<avx2::width, avx2::fold_block>(in, t, shifts);
}
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif  // TAQVIM_FOLD_SIMD

std::uint64_t fold_portable(std::string_view in, std::string& t, shift_list& shifts) {
  return fold_loop<0, nullptr>(in, t, shifts);
}

using fold_function = std::uint64_t (*)(std::string_view, std::string&, shift_list&);

fold_function fold_of(detail::fold_path path) noexcept {
  switch (path) {
#if TAQVIM_FOLD_SIMD
    case detail::fold_path::sse2: return fold_sse2;
    case detail::fold_path::avx2: return fold_avx2;
#endif
    default: return fold_portable;
  }
}

// The fastest path this processor has, chosen once.
fold_function best_fold() noexcept {
  static const fold_function f = fold_of(detail::has_fold_path(detail::fold_path::avx2)   ? detail::fold_path::avx2
                                         : detail::has_fold_path(detail::fold_path::sse2) ? detail::fold_path::sse2
                                                                                          : detail::fold_path::portable);
  return f;
}

}  // namespace

namespace detail {

bool has_fold_path(fold_path path) noexcept {
  switch (path) {
    case fold_path::portable: return true;
#if TAQVIM_FOLD_SIMD
    case fold_path::sse2: return true;
    case fold_path::avx2: return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
#endif
    default: return false;
  }
}

void fold_with(fold_path path, std::string_view in, folded_text& out) {
  out.original_ = in;
  out.shifts_.assign(1, {0, 0});
  const std::uint64_t marks = fold_of(has_fold_path(path) ? path : fold_path::portable)(in, out.text_, out.shifts_);
  out.persian_ = static_cast<std::size_t>(marks & 0xFFFFFFFFU);
  out.arabic_ = static_cast<std::size_t>(marks >> 32);
}

}  // namespace detail

void fold(std::string_view in, folded_text& out) {
  out.original_ = in;
  out.shifts_.assign(1, {0, 0});
  const std::uint64_t marks = best_fold()(in, out.text_, out.shifts_);
  out.persian_ = static_cast<std::size_t>(marks & 0xFFFFFFFFU);
  out.arabic_ = static_cast<std::size_t>(marks >> 32);
}

}  // namespace text
}  // namespace taqvim
