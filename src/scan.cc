#include "scan.h"

#include <taqvim/text/normalize.h>

#include <algorithm>
#include <vector>

namespace taqvim {
namespace scan {
namespace {

// Symbols that separate words although they are not ASCII.
bool is_symbol(char32_t c) noexcept {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) ||
         (c >= 0x600 && c <= 0x60F) || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x6DE || c == 0x6E9 ||
         c == 0xFD3E || c == 0xFD3F || c == 0xFFFD;  // ﴾ ﴿: ornate parentheses
}

// What the scanner knows of a character, in one byte: whether it is a
// letter, and its class in the lexicon's alphabet (0: no key has it).
constexpr std::uint8_t letter_bit = 0x80;
constexpr std::uint8_t class_bits = 0x7F;
// Not a one- or two-byte character: decode it (class 127 is not used).
constexpr std::uint8_t other_char = 0xFF;

// The lexicon trie as a dense table, [node][class] -> child, and the
// character bytes of the one- and two-byte characters, where all Persian
// and Arabic letters are: one load per character and one per trie step.
// Most words are not in the lexicon and leave it within two characters.
class automaton {
 public:
  automaton() : t_(lexicon::table()), width_(t_.alphabet_size + 1) {
    for (unsigned b = 0; b < 128; ++b) {
      const bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      ascii_[b] = static_cast<std::uint8_t>((letter ? letter_bit : 0) | class_of(b));
    }
    pairs_.assign(0x10000, other_char);
    for (unsigned b = 0; b < 128; ++b)
      for (unsigned next = 0; next < 256; ++next) pairs_[b | next << 8] = ascii_[b];
    for (unsigned lead = 0xC2; lead <= 0xDF; ++lead)
      for (unsigned cont = 0x80; cont <= 0xBF; ++cont) {
        const char32_t c = (char32_t{lead} & 0x1F) << 6 | (cont & 0x3F);
        pairs_[lead | cont << 8] = static_cast<std::uint8_t>((is_symbol(c) ? 0 : letter_bit) | class_of(c));
      }
    next_.assign(std::size_t{t_.nodes} * width_, 0);
    kinds_.assign(t_.nodes, 0);
    fillers_.assign(t_.nodes, 0);
    for (std::uint32_t n = 0; n < t_.nodes; ++n) {
      for (std::uint32_t e = t_.edge_begin[n]; e < t_.edge_begin[n + 1]; ++e)
        next_[std::size_t{n} * width_ + t_.labels[e]] = static_cast<std::uint16_t>(t_.targets[e]);
      for (std::uint32_t e = t_.entry_begin[n]; e < t_.entry_begin[n + 1]; ++e) {
        const lexicon::entry& x = t_.entries[e];
        kinds_[n] |= static_cast<std::uint16_t>(1U << static_cast<unsigned>(x.k));
        if (x.k == lexicon::kind::filler) fillers_[n] |= static_cast<std::uint16_t>(1U << x.value);
      }
    }
  }

  // The character byte of the character at s[i] (folded text), and its
  // length. One load indexed by the character's first two bytes; s[i + 1]
  // is readable even at the end (see tokenize()).
  std::uint8_t at(std::string_view s, std::size_t i, std::size_t& len) const noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const std::uint8_t c = pairs_[b0 | static_cast<unsigned>(static_cast<unsigned char>(s.data()[i + 1])) << 8];
    if (c == other_char) return decode(s, i, len);
    len = b0 < 0x80 ? 1 : 2;
    return c;
  }

  std::uint32_t child(std::uint32_t node, std::uint8_t c) const noexcept {
    return next_[std::size_t{node} * width_ + (c & class_bits)];
  }
  bool has_entries(std::uint32_t node) const noexcept {
    return t_.entry_begin[node] != t_.entry_begin[node + 1];
  }
  const lexicon::trie& trie() const noexcept { return t_; }
  std::uint16_t kinds(std::uint32_t node) const noexcept { return kinds_[node]; }
  std::uint16_t fillers(std::uint32_t node) const noexcept { return fillers_[node]; }

 private:
  std::uint8_t decode(std::string_view s, std::size_t i, std::size_t& len) const noexcept {
    len = text::utf8_sequence_length(s, i);
    if (len == 0) {
      len = 1;
      return 0;
    }
    const char32_t c = text::decode_utf8(s, i, len);
    return static_cast<std::uint8_t>((is_symbol(c) ? 0 : letter_bit) | class_of(c));
  }
  std::uint8_t class_of(char32_t c) const noexcept {
    const char32_t* end = t_.alphabet + t_.alphabet_size;
    const char32_t* it = std::lower_bound(t_.alphabet, end, c);
    return it != end && *it == c ? static_cast<std::uint8_t>(it - t_.alphabet + 1) : 0;
  }

  const lexicon::trie& t_;
  std::uint32_t width_;
  std::uint8_t ascii_[128] = {};
  // Indexed by a character's first byte | its second byte << 8.
  std::vector<std::uint8_t> pairs_;
  std::vector<std::uint16_t> next_;
  std::vector<std::uint16_t> kinds_, fillers_;
};

const automaton& lexicon_automaton() {
  static const automaton a;
  return a;
}

// Longest lexicon phrase starting at s[i] that ends at a word end: its end
// and its trie node. Blanks inside the text are skipped where the trie goes
// on, so that a phrase stored as سهشنبه matches سه شنبه and سهشنبه alike.
// `letters_to`: how far the text from i is known to be letters, so that a
// word not in the lexicon is not classified twice.
bool longest_phrase(const automaton& a, std::string_view s, std::size_t i, std::uint32_t& end,
                    std::uint32_t& found, std::size_t& letters_to) noexcept {
  const std::size_t n = s.size();
  std::uint32_t node = 0;
  bool any = false;
  bool in_word = true;
  std::size_t len = 0;
  std::uint8_t c = a.at(s, i, len);
  letters_to = i;
  for (;;) {
    const std::uint32_t next = a.child(node, c);
    if (!next) break;
    node = next;
    i += len;
    if (in_word) letters_to = i;
    if (i >= n) {
      if (a.has_entries(node)) {
        any = true;
        end = static_cast<std::uint32_t>(i);
        found = node;
      }
      break;
    }
    c = a.at(s, i, len);
    if (!(c & letter_bit)) {
      in_word = false;
      if (a.has_entries(node)) {
        any = true;
        end = static_cast<std::uint32_t>(i);
        found = node;
      }
      if (s[i] == ' ') {
        while (i < n && s[i] == ' ') ++i;
        if (i == n) break;
        c = a.at(s, i, len);
      }
    }
  }
  return any;
}

}  // namespace

void tokenize(std::string_view s, std::vector<token>& out, std::vector<std::uint32_t>& starts) {
  const automaton& a = lexicon_automaton();
  bool space = false;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const char c = s[i];
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    // Built in place: a token assembled on the stack and then copied is
    // read back wider than it was written, which stalls store forwarding.
    token& tok = out.emplace_back();
    tok.space_before = space;
    tok.begin = static_cast<std::uint32_t>(i);
    space = false;
    if (c == '\n') {
      tok.t = type::newline;
      tok.end = static_cast<std::uint32_t>(++i);
      continue;
    }
    if (c >= '0' && c <= '9') {
      std::uint64_t v = 0;
      unsigned d = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (v < 1000000000) v = v * 10 + static_cast<unsigned>(s[i] - '0');
        ++d;
        ++i;
      }
      tok.t = type::number;
      starts.push_back(static_cast<std::uint32_t>(out.size() - 1));
      tok.value = static_cast<std::uint32_t>(v > 999999999 ? 999999999 : v);
      tok.digits = static_cast<std::uint8_t>(d > 255 ? 255 : d);
      tok.end = static_cast<std::uint32_t>(i);
      continue;
    }
    std::size_t len = 0;
    if (!(a.at(s, i, len) & letter_bit)) {
      tok.t = type::punct;
      tok.punct = static_cast<unsigned char>(c) < 0x80 ? c : 0;
      i += len;
      tok.end = static_cast<std::uint32_t>(i);
      continue;
    }
    std::uint32_t end = 0, node = 0;
    std::size_t letters_to = i, ignored = 0;
    if (longest_phrase(a, s, i, end, node, letters_to)) {
      tok.t = type::lex;
    } else if (s.substr(i, 2) == "\xD9\x88" && i + 2 < n && (a.at(s, i + 2, len) & letter_bit) &&
               longest_phrase(a, s, i + 2, end, node, ignored)) {
      // و (and) written onto the next word: والأربعاء, وأمس.
      tok.t = type::lex;
      tok.waw = true;
      tok.begin = static_cast<std::uint32_t>(i + 2);
    }
    if (tok.t == type::lex) {
      tok.end = end;
      tok.entry_begin = a.trie().entry_begin[node];
      tok.entry_end = a.trie().entry_begin[node + 1];
      tok.kinds = a.kinds(node);
      tok.fillers = a.fillers(node);
      starts.push_back(static_cast<std::uint32_t>(out.size() - 1));
      i = end;
      continue;
    }
    tok.t = type::word;
    i = letters_to;
    while (i < n && (a.at(s, i, len) & letter_bit)) i += len;
    tok.end = static_cast<std::uint32_t>(i);
  }
}

}  // namespace scan
}  // namespace taqvim
