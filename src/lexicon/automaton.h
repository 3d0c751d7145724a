// The lexicon as the tokenizer reads it: the trie as a dense table, the
// character classes of one- and two-byte characters, and a hash of every
// short key's text. Internal to scan.cc, kept apart so that each file holds
// one part of the stage; everything is inline, as the tokenizer's hot path
// needs it.
#pragma once

#include <taqvim/text/normalize.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace scan {
namespace detail {

// Symbols that separate words although they are not ASCII.
inline bool is_symbol(char32_t c) noexcept {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) ||
         (c >= 0x600 && c <= 0x60F) || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x6DE || c == 0x6E9 ||
         c == 0xFD3E || c == 0xFD3F || c == 0xFFFD ||  // ﴾ ﴿: ornate parentheses
         (c >= 0x1F000 && c <= 0x1FAFF);  // emoji and flags glued to a word (🇮🇷در۱۴مهر, a channel's post)
}

// What the scanner knows of a character, in one byte: whether it is a
// letter, and its class in the lexicon's alphabet (0: no key has it).
constexpr std::uint8_t letter_bit = 0x80;
constexpr std::uint8_t class_bits = 0x7F;
// Not a one- or two-byte character: decode it (class 127 is not used).
constexpr std::uint8_t other_char = 0xFF;

// The lexicon trie as a dense table, [node][class] -> child; the
// character bytes of the one- and two-byte characters, where all Persian
// and Arabic letters are, by one load each; and a hash table of the text
// of every node up to 16 bytes, so that a whole word, which is most often
// in no key at all, costs one probe rather than a step per letter.
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
    blank_.assign(std::size_t{t_.nodes} * width_, 0);
    kinds_.assign(t_.nodes, 0);
    kinds_below_.assign(t_.nodes, 0);
    fillers_.assign(t_.nodes, 0);
    paths_.assign(t_.nodes, path{});
    // At most half full, however the lexicon grows: a probe ends at an empty slot.
    std::size_t slots = 64;
    while (slots < 2 * std::size_t{t_.nodes}) slots *= 2;
    words_.assign(slots, 0);
    std::vector<std::string> text_of(t_.nodes);
    for (std::uint32_t n = 0; n < t_.nodes; ++n) {
      for (std::uint32_t e = t_.edge_begin[n]; e < t_.edge_begin[n + 1]; ++e)
        next_[std::size_t{n} * width_ + t_.labels[e]] = static_cast<std::uint16_t>(t_.targets[e]);
      for (std::uint32_t e = t_.edge_begin[n]; e < t_.edge_begin[n + 1]; ++e)
        blank_[std::size_t{n} * width_ + t_.labels[e]] = t_.blank[e];
      for (std::uint32_t e = t_.entry_begin[n]; e < t_.entry_begin[n + 1]; ++e) {
        const lexicon::entry& x = t_.entries[e];
        kinds_[n] |= 1U << static_cast<unsigned>(x.k);
        if (x.k == lexicon::kind::filler) fillers_[n] |= 1U << x.value;
      }
      // Children are numbered after their parents (breadth first).
      for (std::uint32_t e = t_.edge_begin[n]; e < t_.edge_begin[n + 1]; ++e)
        text_of[t_.targets[e]] = text_of[n] + utf8(t_.alphabet[t_.labels[e] - 1]);
      kinds_below_[n] = kinds_[n];
      const std::string& w = text_of[n];
      if (n == 0 || w.size() > 16) continue;
      char bytes[16] = {};
      w.copy(bytes, w.size());
      path& pa = paths_[n];
      std::memcpy(&pa.lo, bytes, 8);
      std::memcpy(&pa.hi, bytes + 8, 8);
      pa.length = static_cast<std::uint32_t>(w.size());
      const std::uint64_t h = hash(pa.lo, pa.hi, w.size());
      std::size_t k = h & (words_.size() - 1);
      while (words_[k] != 0) k = (k + 1) & (words_.size() - 1);
      words_[k] = static_cast<std::uint32_t>(h >> 48) << 16 | n;
    }
    // Children after parents: from the last node back, each hands its kinds up.
    for (std::uint32_t n = t_.nodes; n-- > 0;)
      for (std::uint32_t e = t_.edge_begin[n]; e < t_.edge_begin[n + 1]; ++e) kinds_below_[n] |= kinds_below_[t_.targets[e]];
    static constexpr std::string_view article = "\xD8\xA7\xD9\x84";  // ال, folded
    for (std::size_t k = 0, len = 0; k < article.size(); k += len) {
      article_node_ = child(article_node_, at(article, k, len));
      if (!article_node_) break;
    }
  }

  std::uint32_t kinds_below(std::uint32_t node) const noexcept { return kinds_below_[node]; }
  // The node of the Arabic article ال, where the keys that have it go on.
  std::uint32_t article_node() const noexcept { return article_node_; }

  // The kinds of the keys that start with the first (up to) two letters of
  // s[i, end): 0 when no key does. Two steps down the trie, to turn a word
  // away before its hash probe.
  std::uint32_t kinds_starting(std::string_view s, std::size_t i, std::size_t end) const noexcept {
    std::uint32_t node = 0;
    for (int step = 0; step < 2 && i < end; ++step) {
      std::size_t len = 0;
      node = child(node, at(s, i, len));
      if (!node) return 0;
      i += len;
    }
    return kinds_below_[node];
  }

  // The node a whole word of 1..16 bytes at p leads to, or 0; p[0..16) is
  // readable. One hash probe instead of a step per letter: most words are
  // not in the lexicon, and a walk would stop at an unforeseeable letter.
  std::uint32_t word_node(const char* p, std::size_t length) const noexcept {
    static constexpr unsigned char keep[32] = {255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
                                               255, 255, 255, 255, 255};
    std::uint64_t lo, hi, keep_lo, keep_hi;
    std::memcpy(&lo, p, 8);
    std::memcpy(&hi, p + 8, 8);
    std::memcpy(&keep_lo, keep + 16 - length, 8);
    std::memcpy(&keep_hi, keep + 24 - length, 8);
    lo &= keep_lo;
    hi &= keep_hi;
    const std::uint64_t h = hash(lo, hi, length);
    const auto tag = static_cast<std::uint32_t>(h >> 48);
    for (std::size_t k = h & (words_.size() - 1);; k = (k + 1) & (words_.size() - 1)) {
      const std::uint32_t e = words_[k];
      if (e == 0) return 0;
      if (e >> 16 != tag) continue;
      const std::uint32_t node = e & 0xFFFF;
      const path& pa = paths_[node];
      if (pa.lo == lo && pa.hi == hi && pa.length == length) return node;
    }
  }
  bool has_children(std::uint32_t node) const noexcept { return t_.edge_begin[node] != t_.edge_begin[node + 1]; }

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
  // A key has a blank between node's text and the letter of class c. A
  // blank in the text may stand there, or after a whole word (یک شنبه for
  // یکشنبه, اسفند ماه for اسفندماه: phrase_past_word); not inside a word:
  // أو آخر is "or last", not أواخر; وبه من is not وبهمن.
  bool key_has_blank(std::uint32_t node, std::uint8_t c) const noexcept {
    return blank_[std::size_t{node} * width_ + (c & class_bits)] != 0;
  }
  // node's entries are all keys written as one word (یکماه): not found
  // across a blank (یک ماه).
  bool glued(std::uint32_t node) const noexcept { return t_.glued[node] != 0; }
  const lexicon::trie& trie() const noexcept { return t_; }
  std::uint32_t kinds(std::uint32_t node) const noexcept { return kinds_[node]; }
  std::uint32_t fillers(std::uint32_t node) const noexcept { return fillers_[node]; }

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

  static std::uint64_t hash(std::uint64_t lo, std::uint64_t hi, std::size_t length) noexcept {
    std::uint64_t h = (lo ^ (length * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
    h ^= hi * 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return h * 0xD6E8FEB86659FD93ULL;
  }
  static std::string utf8(char32_t c) {
    char bytes[4];
    return std::string(bytes, text::encode_utf8(c, bytes));
  }

  const lexicon::trie& t_;
  std::uint32_t width_;
  // The text of each node of at most 16 bytes, zero-padded, and a hash
  // table of them: node | the hash's top 16 bits << 16 (0: empty).
  struct path {
    std::uint64_t lo = 0, hi = 0;
    std::uint32_t length = 0;
  };
  std::vector<path> paths_;
  std::vector<std::uint32_t> words_;
  std::uint8_t ascii_[128] = {};
  // Indexed by a character's first byte | its second byte << 8.
  std::vector<std::uint8_t> pairs_;
  std::vector<std::uint16_t> next_;
  std::vector<std::uint8_t> blank_;  // by node and class: a key crosses a blank there
  std::vector<std::uint32_t> kinds_, fillers_;
  std::vector<std::uint32_t> kinds_below_;  // the kinds of a node and of every key below it
  std::uint32_t article_node_ = 0;
};

inline const automaton& lexicon_automaton() {
  static const automaton a;
  return a;
}

}  // namespace detail
}  // namespace scan
}  // namespace taqvim
