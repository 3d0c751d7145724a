// Walking the lexicon's trie over folded text: the steps the tokenizer
// (scan.cc) and its rarer readings (scan_rare.cc) share. Inline, as they
// run on every word.
#ifndef TAQVIM_SRC_LEXICON_PHRASE_H
#define TAQVIM_SRC_LEXICON_PHRASE_H

#include <cstdint>
#include <string_view>

#include "lexicon/automaton.h"

namespace taqvim {
namespace scan {
namespace phrase {

using detail::automaton;
using detail::letter_bit;

// The trie node that the word of letters s[i, word_end) leads to, or 0.
inline std::uint32_t word_node(const automaton& a, std::string_view s, std::size_t i,
                               std::size_t word_end) noexcept {
  if (word_end - i <= 16 && i + 16 <= s.size()) return a.word_node(s.data() + i, word_end - i);
  std::uint32_t node = 0;
  std::size_t len = 0;
  while (i < word_end) {
    node = a.child(node, a.at(s, i, len));
    if (!node) return 0;
    i += len;
  }
  return node;
}

// The longest phrase from a word's node on, the word ending at i: over
// blanks and the symbols a key has (ه.ش), to a word end.
inline bool phrase_past_word(const automaton& a, std::string_view s, std::uint32_t node, std::size_t i,
                      std::uint32_t& end, std::uint32_t& found) noexcept {
  const std::size_t n = s.size();
  bool any = false, crossed = false;
  const auto record = [&] {
    if (a.has_entries(node) && !(crossed && a.glued(node))) {
      any = true;
      end = static_cast<std::uint32_t>(i);
      found = node;
    }
  };
  std::size_t len = 0;
  std::uint8_t c = 0;
  for (;;) {
    if (i >= n) {
      record();
      break;
    }
    c = a.at(s, i, len);
    if (!(c & letter_bit)) {
      record();
      if (s[i] == ' ') {
        while (i < n && s[i] == ' ') ++i;
        if (i == n) break;
        c = a.at(s, i, len);
        const bool keyed = a.key_has_blank(node, c);
        if (!keyed && !a.has_entries(node)) break;
        crossed = true;
        // 18 ماي و9 أوت: و alone after the blank is "and", not the end of
        // a longer key (مايو) past a whole word; unless a key has the blank
        // there (بیست و سوم).
        std::size_t l2 = 0;
        if (!keyed && s[i] == '\xD9' && i + 1 < n && s[i + 1] == '\x88' &&
            (i + 2 >= n || !(a.at(s, i + 2, l2) & letter_bit)))
          break;
      }
    }
    const std::uint32_t next = a.child(node, c);
    if (!next) break;
    node = next;
    i += len;
  }
  return any;
}

// The trie node of the word s[i, word_end) with the article ال before it
// (للثامن is ل + الثامن: the article's alef drops after ل), or 0 as soon as
// no key of the kinds `wanted` lies below.
inline std::uint32_t article_word_node(const automaton& a, std::string_view s, std::size_t i,
                                       std::size_t word_end, std::uint32_t wanted) noexcept {
  std::uint32_t node = a.article_node();
  std::size_t len = 0;
  while (node && i < word_end) {
    node = a.child(node, a.at(s, i, len));
    if (!node || !(a.kinds_below(node) & wanted)) return 0;
    i += len;
  }
  return node;
}

// Longest lexicon phrase starting at letter s[i], whose word ends at
// `word_end`, that itself ends at a word end. Blanks inside the text are
// skipped where the trie goes on, so that a phrase stored as سهشنبه matches
// سه شنبه and سهشنبه alike.
inline bool longest_phrase(const automaton& a, std::string_view s, std::size_t i, std::size_t word_end,
                           std::uint32_t& end, std::uint32_t& found) noexcept {
  // Within the word every character is a letter: no phrase ends before its end.
  const std::uint32_t node = word_node(a, s, i, word_end);
  if (!node) return false;
  if (a.has_children(node)) return phrase_past_word(a, s, node, word_end, end, found);
  if (!a.has_entries(node)) return false;
  end = static_cast<std::uint32_t>(word_end);
  found = node;
  return true;
}

}  // namespace phrase
}  // namespace scan
}  // namespace taqvim

#endif
