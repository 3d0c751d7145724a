// The compiled lexicon: every word and phrase of data/lexicon/*.txt, folded
// (text/normalize.h) with its spaces removed, in one character trie
// generated at build time by tools/gen/gen_lexicon.cc.
#ifndef TAQVIM_SRC_LEXICON_H
#define TAQVIM_SRC_LEXICON_H

#include <cstdint>
#include <string_view>

#include "lexicon/schema.h"

namespace taqvim {
namespace lexicon {

// The trie, over characters: keys are spelled in classes 1..alphabet_size,
// class k standing for alphabet[k - 1] (sorted code points). Node n has
// edges [edge_begin[n], edge_begin[n+1]) with sorted class labels, and
// entries [entry_begin[n], entry_begin[n+1]). The root is node 0, and never
// a child. At most 126 classes and 65535 nodes (gen_lexicon checks).
// blank[e] is 1 where some key had a space or ZWNJ before edge e's letter
// (سه شنبه, بعد از ظهر): text may have a blank there too. glued[n] is 1
// where node n's entries are all keys never written apart (یکماه: یک ماه is
// the count and the unit, two words): text with a blank on the way to it is
// not that key.
struct trie {
  const char32_t* alphabet;
  std::uint32_t alphabet_size;
  const std::uint32_t* edge_begin;
  const std::uint8_t* labels;
  const std::uint32_t* targets;
  const std::uint32_t* entry_begin;
  const entry* entries;
  std::uint32_t nodes;
  const std::uint8_t* blank;
  const std::uint8_t* glued;
};

const trie& table() noexcept;

// The IANA name of the zone a kind::zone entry names ("Asia/Riyadh", "UTC");
// empty past the last.
std::string_view zone_name(int index) noexcept;

// The place (kind::place, data/lexicon/places.txt) whose folded name begins
// `text`, the longest: its zone's index for zone_name(), its length in
// `length`, and whether it is a city or province (not a country or its
// adjective) in `city`; -1 when none. Places are kept out of the trie: they
// are common words, looked up only near a clock "in local time".
int place_zone(std::string_view text, std::size_t& length, bool& city) noexcept;

}  // namespace lexicon
}  // namespace taqvim

#endif
