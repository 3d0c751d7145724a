// Folding Persian and Arabic text for matching, with a map back to the
// original bytes.
//
//   taqvim::text::folded_text f;
//   taqvim::text::fold("سه‌شنبه ۱۴ آذر", f);   // f.text() == "سه شنبه 14 اذر"
//   auto [b, e] = f.source_span(0, f.text().size());  // bytes of the original
//
// Folding makes spellings that real text mixes compare equal:
// - Persian (U+06F0..9) and Arabic-Indic (U+0660..9) digits become ASCII;
//   the Arabic decimal and thousands separators become '.' and ',', and
//   Arabic comma, semicolon and question mark their ASCII forms;
// - ي ى ې → ی, ك ڪ → ک, ة ۀ ە → ه, أ إ آ ٱ → ا, ؤ → و, ئ → ی; a lone hamza (ء)
//   is dropped;
// - tatweel, harakat and Quranic marks, ZWJ, soft hyphen, BOM and bidi
//   controls are dropped; but a run of tatweels between blanks is a dash
//   and becomes '-' (1143 ــ 1211 هـ);
// - ZWNJ, zero width space and every Unicode space become ' ' (so سه‌شنبه
//   reads as سه شنبه);
//   line and paragraph separators become '\n'; dashes become '-';
// - Arabic presentation forms (U+FB50..FDFF, U+FE70..FEFF) become the
//   letters they stand for (NFKC), then fold as above;
// - ASCII letters become lower case.
// - PDF text whose lam-alef came out in visual order (األحد, اإلثنين) gets
//   its article back in order (الاحد, الاثنين): no word starts with two alefs.
// Invalid UTF-8 is not an error: each byte of an ill-formed sequence becomes
// the separator '\x1a', so offsets stay exact and no word runs across it.
// Folding folded text changes nothing.
#ifndef TAQVIM_TEXT_NORMALIZE_H
#define TAQVIM_TEXT_NORMALIZE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace taqvim {
namespace text {

// What an ill-formed byte folds to.
inline constexpr char invalid_byte = '\x1a';

class folded_text;

namespace detail {
struct fold_shift {
  std::uint32_t folded;
  std::uint32_t original;
};

// The ways fold() can run, which give the same result byte for byte:
// fold() takes the fastest one the processor has. For tests and benchmarks.
enum class fold_path { portable, sse2, avx2 };
bool has_fold_path(fold_path path) noexcept;
// fold() by that path (the portable one where the processor lacks it).
void fold_with(fold_path path, std::string_view in, folded_text& out);
}  // namespace detail

class folded_text {
 public:
  std::string_view text() const noexcept { return text_; }
  std::string_view original() const noexcept { return original_; }

  // Offset in the original of the character that produced folded byte i;
  // i == text().size() gives original().size(). Logarithmic in the number of
  // places where folding changed a character's length (a digit, a ZWNJ, a
  // dropped mark).
  std::size_t source(std::size_t i) const noexcept;

  // The original bytes [begin, end) that folded bytes [fb, fe) come from:
  // from the start of the first character to the end of the last one, so a
  // span never cuts a UTF-8 sequence. Requires fb < fe <= text().size().
  std::pair<std::size_t, std::size_t> source_span(std::size_t fb, std::size_t fe) const noexcept;

  // Letters that only Persian writes (پ چ ژ گ ک ی) and letters that only
  // Arabic does (ي ك ة), as counted in the original before folding: the
  // cheapest reliable sign of the text's language.
  std::size_t persian_letters() const noexcept { return persian_; }
  std::size_t arabic_letters() const noexcept { return arabic_; }

 private:
  friend void fold(std::string_view, folded_text&);
  friend void detail::fold_with(detail::fold_path, std::string_view, folded_text&);
  std::string_view original_;
  std::string text_;
  // Where the distance between folded and original offsets changes: from
  // folded character start `folded` on, a character's original offset is
  // original + (its folded offset - folded), until the next shift.
  std::vector<detail::fold_shift> shifts_;
  std::size_t persian_ = 0;
  std::size_t arabic_ = 0;
};

// Folds `in` into `out`, reusing out's storage: no allocation once it has
// seen a text this long. `out` refers to `in`, which must outlive its use.
// Texts of 4 GiB or more are the caller's to split (offsets are 32-bit).
void fold(std::string_view in, folded_text& out);

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if the
// bytes there are not one (overlong, surrogate, past U+10FFFF, truncated).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

// The code point of the well-formed sequence of `len` bytes at s[i]
// (len from utf8_sequence_length).
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t len) noexcept;

// Writes the UTF-8 form of scalar value c (not a surrogate, at most
// U+10FFFF) to out[0..4) and returns its length.
std::size_t encode_utf8(char32_t c, char* out) noexcept;

}  // namespace text
}  // namespace taqvim

#endif
