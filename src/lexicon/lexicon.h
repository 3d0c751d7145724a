// The compiled lexicon: every word and phrase of data/lexicon/*.txt, folded
// (text/normalize.h) with its spaces removed, in one character trie
// generated at build time by tools/gen/gen_lexicon.cc.
#ifndef TAQVIM_SRC_LEXICON_H
#define TAQVIM_SRC_LEXICON_H

#include <cstdint>
#include <string_view>

namespace taqvim {
namespace lexicon {

// The `# kind:` of a data file.
enum class kind : std::uint8_t {
  month_jalali,       // value 1..12; aux 1: a month only with a year beside it
  month_hijri,        // value 1..12; aux as above
  month_gregorian,    // value 1..12; aux as above
  weekday,            // value 0..6, 0 = Sunday
  era,                // value: era_value
  cardinal,           // value: the number
  ordinal,            // value: the number
  relative,           // value: offset; aux: unit
  unit,               // value: count (1, or 2 for an Arabic dual); aux: unit
  direction,          // value: -1 or +1; aux: 0 = stands before the count, 1 = after it
  weekday_qualifier,  // value: -1, 0, +1
  time_of_day,        // value: time_value
  filler,             // value: filler_value
  connector,          // "و" between number words
};
inline constexpr int kind_count = 14;

enum era_value : std::int16_t { era_jalali = 1, era_hijri = 2, era_gregorian = 3 };
enum unit_value : std::int16_t { unit_day = 1, unit_week = 2, unit_month = 3, unit_year = 4 };
enum time_value : std::int16_t { tod_am = 1, tod_pm, tod_noon, tod_night, tod_morning, tod_evening };
enum filler_value : std::int16_t {
  fill_day_word = 1,
  fill_month_word,
  fill_year_word,
  fill_hour_word,
  fill_minute_word,
  fill_equals,
  fill_range_to,
  fill_range_from,
  fill_of,
  fill_publication,
  fill_in,
  fill_place,   // a street, square or bridge: the date after it is a name
  fill_prayer,  // نماز, صلاة, خطبة: the Friday after it is the prayer, not a day
};

struct entry {
  kind k;
  std::int16_t value;
  std::int16_t aux;
};

// The trie, over characters: keys are spelled in classes 1..alphabet_size,
// class k standing for alphabet[k - 1] (sorted code points). Node n has
// edges [edge_begin[n], edge_begin[n+1]) with sorted class labels, and
// entries [entry_begin[n], entry_begin[n+1]). The root is node 0, and never
// a child. At most 126 classes and 65535 nodes (gen_lexicon checks).
struct trie {
  const char32_t* alphabet;
  std::uint32_t alphabet_size;
  const std::uint32_t* edge_begin;
  const std::uint8_t* labels;
  const std::uint32_t* targets;
  const std::uint32_t* entry_begin;
  const entry* entries;
  std::uint32_t nodes;
};

const trie& table() noexcept;

}  // namespace lexicon
}  // namespace taqvim

#endif
