// Language varieties: what differs between Persian of Iran, Persian of
// Afghanistan and Arabic once a date has been read — the calendar its months
// and years count in, its Hijri rule, its clock zone — and how a text's
// variety is told from its letters.
#ifndef TAQVIM_SRC_LANG_PROFILE_H
#define TAQVIM_SRC_LANG_PROFILE_H

#include <taqvim/calendar.h>

#include <date/date.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/scan.h"

namespace taqvim {
namespace text {
class folded_text;
}
namespace lang {

enum class variety : std::uint8_t { fa, fa_af, ar };

struct profile {
  variety id;
  std::string_view code;       // as a record's "lang" names it: "fa", "fa-AF", "ar"
  bool persian;                // Persian words and Jalali counting (months and years of relative words)
  calendar relative_calendar;  // the calendar "last month", "in three years" count in
  calendar hijri;              // the Hijri rule of the variety's press, unless the options say otherwise
  std::string_view zone;       // the zone of clock times when the options name none
  date::weekday week_start;    // the first day of "this week"
};

const profile& profile_of(variety v) noexcept;

// The lexicon entries that are words of variety v, as bits indexed by
// lexicon::variety_tag: those of any variety, and those tagged with v or
// with the language v is a variety of.
unsigned entry_varieties(variety v) noexcept;

// The variety a record's "lang" names ("fa-IR", "fa-AF"/"fa_AF"/"prs", "ar"
// or "ar-XX"; "fa", Persian of either country, gives fa); false for an
// empty or unknown code.
bool parse_code(std::string_view code, variety& out) noexcept;

// The variety of a folded text by its letters: letters only Persian writes
// (پ چ ژ گ ی ک) against letters only Arabic writes (ة ي ك ى before folding);
// with neither, the Arabic article ال on a word. Persian text is Afghan
// Persian when an Afghan month name (حمل … حوت) stands beside a number.
// `starts` lists the tokens that are numbers or lexicon entries (tokenize()).
variety detect(const text::folded_text& folded, const std::vector<scan::token>& tokens,
               const std::vector<std::uint32_t>& starts) noexcept;

// Persian of Iran or of Afghanistan, for text known to be Persian ("fa"):
// Afghan when more Afghan month names than Iranian ones stand beside a
// number.
variety persian_variety(const std::vector<scan::token>& tokens, const std::vector<std::uint32_t>& starts) noexcept;

}  // namespace lang
}  // namespace taqvim

#endif
