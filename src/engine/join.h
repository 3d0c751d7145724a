// Stages after resolution that relate one match to its neighbours: one
// day written twice is one match (join), and a Hijri day the text pins
// fixes the others of its month (sighting).
#ifndef TAQVIM_SRC_ENGINE_JOIN_H
#define TAQVIM_SRC_ENGINE_JOIN_H

#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/scan.h"

namespace taqvim {
namespace engine {

// The longest gap between two forms of one date, and the longest match they
// make together (a date, its time and two twins run to about 250 bytes).
constexpr std::size_t max_join_gap = 96;
constexpr std::size_t max_joined = 480;

// A resolved match with the tokens it was read from.
struct read_match {
  match m;
  std::uint32_t tb, te;
  unsigned calendars;  // bit c for each written_calendar c joined into it
  bool twins;          // joined after a word like الموافق: the forms after و are twins too
};

// The document the matches were read from: the text, folded, and its tokens.
struct document {
  std::string_view text;
  const text::folded_text& folded;
  const std::vector<scan::token>& tokens;
};

// One day written twice, or named and then written, is one match: a
// relative day or weekday and its date (امروز: دوشنبه، ۱۷ دی ۱۴۰۳; اليوم،
// الثلاثاء), a date and its twin in another calendar (۲۰ خرداد ۱۴۰۰ شمسی و
// ۲۹ شوال ۱۴۴۲; ٢٤ ذو الحجة ١٣٩٦هـ، الموافق: ١٦ ديسمبر ١٩٧٦م) or its weekday in
// brackets (یکم آبان ۱۴۰۱ (یکشنبه)), with only punctuation, و, في/در,
// يوم/روز and words like الموافق/مصادف با between them. Two different days
// are one only after such a word: a weekday and the date it names (يوم الأحد
// المقبل الموافق 15 شباط: the written date, weekday_mismatch when they
// differ), a Hijri date and its Gregorian twin a day or two off (the twin's
// day, dual_mismatch: sighting). `b` was read from tokens [tb, b_te); a
// takes it in and returns true, or nothing changes.
bool join(const document& d, read_match& a, const match& b, std::size_t tb, std::size_t b_te);

}  // namespace engine
}  // namespace taqvim

#endif
