// The compiled lexicon: every word and phrase of data/lexicon/*.txt, folded
// (text/normalize.h) with its spaces removed, in one byte trie generated at
// build time by tools/gen/gen_lexicon.cc.
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

// The trie: node n has edges [edge_begin[n], edge_begin[n+1]) with sorted
// labels, and entries [entry_begin[n], entry_begin[n+1]).
struct trie {
  const std::uint32_t* edge_begin;
  const std::uint8_t* labels;
  const std::uint32_t* targets;
  const std::uint32_t* entry_begin;
  const entry* entries;
  std::uint32_t nodes;
};

const trie& table() noexcept;

// The child of `node` along byte `b`, or 0 (the root is never a child).
inline std::uint32_t step(const trie& t, std::uint32_t node, unsigned char b) noexcept {
  std::uint32_t lo = t.edge_begin[node], hi = t.edge_begin[node + 1];
  while (lo < hi) {
    const std::uint32_t mid = (lo + hi) / 2;
    if (t.labels[mid] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.edge_begin[node + 1] && t.labels[lo] == b ? t.targets[lo] : 0;
}

}  // namespace lexicon
}  // namespace taqvim

#endif
