// What may end a range and the words around its ends, for join_ranges (ranges.cc).
#include "engine/range_ends.h"

#include <date/date.h>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

bool end_of_range(const document& d, const read_match& r, bool clock) noexcept {
  const match& m = r.m;
  if ((m.flags & flag_unresolved) || (m.seconds >= 0 && !clock)) return false;
  // A month, or a season of a year (از زمستان ۱۲۹۸ تا تابستان ۱۲۹۹).
  bool season = false;
  for (std::uint32_t k = r.tb; k < r.te; ++k) season = season || (d.tokens[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::months_of_year)));
  if (!(m.granularity == granularity::day || (clock && m.seconds >= 0) ? m.first == m.last
                                                                      : m.granularity == granularity::month && m.last - m.first < date::days{season ? 94 : 31}))
    return false;
  // Not a named day, unless its date is written too (إجازة عيد الفطر يوم الأحد 1446/10/01هـ، حتى نهاية يوم الأربعاء …).
  bool holiday = false, number = false;
  for (std::uint32_t k = r.tb; k < r.te; ++k) {
    holiday = holiday || (d.tokens[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday)));
    number = number || d.tokens[k].t == scan::type::number;
  }
  return !holiday || number;
}

// A part of the day among r's tokens (ظهر امروز, امشب).
bool tod_in(const document& d, const read_match& r) noexcept {
  for (std::uint32_t k = r.tb; k < r.te; ++k) if (d.tokens[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::time_of_day))) return true;
  return false;
}

// الإثنين والثلاثاء المقبلين: a dual or plural qualifier after the second of two weekdays makes them a pair, as يومي
// before them does; so Persian's آینده or آتی (next), which has no dual (شنبه و یکشنبه آتی).
bool plural_qualifier(const document& d, const read_match& r) {
  const scan::token& t = d.tokens[r.te - 1];
  const std::string_view w = d.folded.text().substr(t.begin, t.end - t.begin);
  return w == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84\xDB\x8C\xD9\x86" || w == "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD8\xAF\xD9\x85\xDB\x8C\xD9\x86" ||  // المقبلین القادمین
         w == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xDB\x8C\xDB\x8C\xD9\x86" ||  // الماضیین
         w == "\xD8\xA7\xDB\x8C\xD9\x86\xD8\xAF\xD9\x87" || w == "\xD8\xA7\xD8\xAA\xDB\x8C";  // اینده اتی (آینده آتی, folded)
}

// هفته آینده یکشنبه, دوشنبه هفته آینده, الأحد من الأسبوع المقبل: a weekday
// r reads in a week named from the reference's. Two weekdays side by side
// with the week named after them are a pair of days as after يومي
// (یکشنبه و دوشنبه هفته آینده); with it named before, two days of it (the
// real-text sets annotate مجلس این هفته یکشنبه و دوشنبه so).
bool names_week(const document& d, const read_match& r) {
  const lexicon::trie& lex = lexicon::table();
  for (std::uint32_t k = r.tb; k < r.te; ++k) {
    const scan::token& t = d.tokens[k];
    if (t.t != scan::type::lex || !(t.kinds & (1U << static_cast<unsigned>(lexicon::kind::relative)))) continue;
    for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e)
      if (lex.entries[e].k == lexicon::kind::relative && lex.entries[e].aux == lexicon::unit_week) return true;
  }
  return false;
}

// از عید قربان تا عید غدیر, من عيد الفطر حتى عيد الأضحى: a named day (its
// one day, a holiday's word among its tokens) as an end of a range that opens with from.
bool named_day(const document& d, const read_match& r) noexcept {
  if ((r.m.flags & flag_unresolved) || r.m.seconds >= 0 || r.m.first != r.m.last) return false;
  for (std::uint32_t k = r.tb; k < r.te; ++k) if (d.tokens[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday))) return true;
  return false;
}

void take_from(const document& d, read_match& a) {  // من, از before the first end of a joined range: the range's too
  if (a.tb > 0 && d.tokens[a.tb - 1].t == scan::type::lex && (d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_range_from))) {
    a.m.begin = d.folded.source_span(d.tokens[a.tb - 1].begin, d.tokens[a.tb - 1].end).first;
    --a.tb;
  }
}

bool yearless_day(const match& z) {  // 3 يونيو, no reference: a day and month of no year
  return (z.flags & flag_unresolved) && z.unresolved_month != 0 && z.unresolved_day != 0 && z.unresolved_last_day == 0;
}

// One decade of years (التسعينيات, دهه ۱۳۷۰).
bool one_decade(const match& x) {
  return x.granularity == granularity::year && !x.relative() && x.last - x.first >= date::days{3650} && x.last - x.first <= date::days{3660};
}

// الستينيات والسبعينيات: two decades side by side joined by و, one span.
bool decades_side_by_side(const match& x, const match& y) {
  return x.granularity == granularity::year && y.granularity == granularity::year && !x.relative() &&
         x.last - x.first >= date::days{3650} && y.last - y.first >= date::days{3650} &&
         y.last - y.first <= date::days{3660} && y.first == x.last + date::days{1};
}

}  // namespace engine
}  // namespace taqvim
