// Tokens of folded text: numbers, lexicon phrases, other words, punctuation
// and line breaks. The grammar (extract.cc) works on these only.
#ifndef TAQVIM_SRC_SCAN_H
#define TAQVIM_SRC_SCAN_H

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace scan {

enum class type : std::uint8_t { number, lex, word, punct, newline };

struct token {
  type t = type::word;
  bool space_before = false;  // blank (not a line break) between this token and the previous
  bool waw = false;           // a lex token that followed the proclitic و (and), stripped
  char punct = 0;             // the ASCII character of a punct token; 0 for any other symbol
  std::uint8_t digits = 0;    // a number's digit count (capped at 255)
  bool plain = false;         // a number that is a whole token, not part of 1.5, 3+3 or a code (grammar::whole_number)
  std::uint32_t begin = 0;    // folded byte span
  std::uint32_t end = 0;
  std::uint32_t value = 0;    // a number's value, capped at 999999999
  std::uint16_t entry_begin = 0;  // a lex token's lexicon entries (gen_lexicon keeps them under 65536)
  std::uint16_t entry_end = 0;
  std::uint32_t kinds = 0;    // bit k set when an entry has kind k
  std::uint32_t fillers = 0;  // bit v set when an entry is filler v
};

// Appends the tokens of folded text `s` to `out`, and to `starts` the
// indices of those that can start an expression (numbers and lexicon
// phrases). The byte after the last, s.data()[s.size()], must be readable:
// folded_text::text() views a string, whose terminator it is.
// `stops` is scratch space for word_stops().
void tokenize(std::string_view s, std::vector<token>& out, std::vector<std::uint32_t>& starts,
              std::vector<std::uint64_t>& stops);

// Sets bit k of `bits` (bits[k / 64] >> k % 64) for each byte s[k] of folded
// text that may start a character that is not a letter: every such
// character's first byte, and a few letters' (checked again by the caller).
// Never a continuation byte. Reads s.data()[s.size()], as tokenize() does.
// word_stops() uses AVX2 where the processor has it, else SSE2 where the
// target has it; word_stops_portable() gives the same bits on any target,
// word_stops_sse2() by SSE2 (portable without it), word_stops_avx2() by
// AVX2 (false, and nothing done, where the processor lacks it).
void word_stops(std::string_view s, std::vector<std::uint64_t>& bits);
void word_stops_portable(std::string_view s, std::vector<std::uint64_t>& bits);
void word_stops_sse2(std::string_view s, std::vector<std::uint64_t>& bits);
bool word_stops_avx2(std::string_view s, std::vector<std::uint64_t>& bits);

}  // namespace scan
}  // namespace taqvim

#endif
