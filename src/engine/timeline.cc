// The year of a day written without one, from the dates around it.
#include "engine/timeline.h"

#include <taqvim/calendar.h>

#include <cstdlib>

#include "lexicon/lexicon.h"
#include "lexicon/scan.h"

namespace taqvim {
namespace engine {

namespace {

// A date whose year was written, in m's calendar: its year, or 0. A span
// of years (a decade, a century) names no one year.
int written_year(const match& a, const match& m, int hijri_offset) {
  constexpr std::uint16_t not_written = flag_unresolved | flag_year_inferred | resolve::flag_dropped;
  if ((a.flags & not_written) || a.relative() || a.rule != m.rule || a.calendar != m.calendar) return 0;
  if (a.granularity == granularity::year && (a.last - a.first).count() > 366) return 0;
  const int year = from_sys_days(a.rule, date::sys_days{a.last.time_since_epoch()}, hijri_offset).year;
  // (Nor a long span across two of the calendar's years: سال آبی 98-97 runs from Mehr to Shahrivar.)
  if ((a.last - a.first).count() > 62 &&
      from_sys_days(a.rule, date::sys_days{a.first.time_since_epoch()}, hijri_offset).year != year)
    return 0;
  return year;
}

}  // namespace

int document_year(const document& d, const std::vector<read_match>& read, const std::vector<grammar::expression>& found,
                  std::size_t n, const match& m, const resolve::context& c) {
  for (std::size_t q = read.size(); q-- > 0;) {
    const match& a = read[q].m;
    if (a.end > m.begin || m.begin - a.end > document_year_before) break;
    if (const int year = written_year(a, m, c.hijri_offset)) return year;
  }
  // None before: the first after it (the year may follow: در روزهای ۲۹ و ۳۰
  // تیر … آزمون سال ۹۶). With a reference, only on its own line: the day's
  // weekday already belies the reference's year, and a text read against a
  // reference must not read otherwise for what is written after it.
  std::size_t seen = found[n].te;
  for (std::size_t k = n + 1; k < found.size(); ++k) {
    const std::size_t begin = d.folded.source_span(d.tokens[found[k].tb].begin, d.tokens[found[k].tb].end).first;
    if (begin < m.end) continue;
    if (begin - m.end > document_year_after) break;
    for (; c.ref.known && seen < found[k].tb; ++seen)
      if (d.tokens[seen].t == scan::type::newline) return 0;
    match a;
    resolve::resolve(found[k], c, a);
    if (const int year = written_year(a, m, c.hijri_offset)) return year;
  }
  return 0;
}

bool year_of_text(const document& d, const std::vector<read_match>& read, const std::vector<grammar::expression>& found,
                  std::size_t n, const resolve::context& c, match& m, resolve::pin& sighted) {
  const grammar::expression& p = found[n];
  // With a reference, only a weekday that the nearest year belies (جمعه، دوم دی 1401 … شنبه، سوم دی: the
  // year written before, where the weekday fits).
  // Or one the weekday moved off the reference's nearest year (روز چهارشنبه
  // 12 فروردین after سال 94 on a page of 1403: 1394, the year written,
  // not 1405, the next whose 12 Farvardin is a Wednesday).
  const bool moved = c.ref.known && std::abs((date::sys_days{m.first.time_since_epoch()} - c.ref.day).count()) > 183;
  const bool belied = (m.flags & (flag_weekday_mismatch | flag_year_inferred)) == (flag_weekday_mismatch | flag_year_inferred) ||
                      (moved && (m.flags & flag_year_inferred));
  const bool weekday_written = p.weekday >= 0;
  // 13 ذي الحجة الموافق 9 يونيو: a pair without years that met in the year
  // it was read in needs no year from the text (1447 before it would put
  // the two ten days apart).
  if (p.twin && p.month2 != 0 && p.day2 != 0 && !(m.flags & (flag_unresolved | flag_dual_mismatch))) return false;
  if ((c.ref.known && !(belied && weekday_written)) || m.relative() || p.year != 0 || p.year_relative ||
      !(p.s == grammar::shape::date || p.s == grammar::shape::range))
    return false;
  // Said as a day: with its weekday, at a line's start, or after a word
  // that leads to a day (در, از, تا, روز, الموافق); not a name in a list
  // (خیابان امام، شهید جدیری، ۱۳ آبان، هفت تیر) nor a named day (نوروز).
  constexpr std::uint32_t leads = 1U << lexicon::fill_day_word | 1U << lexicon::fill_in | 1U << lexicon::fill_range_from |
                                  1U << lexicon::fill_range_to | 1U << lexicon::fill_of | 1U << lexicon::fill_equals |
                                  1U << lexicon::fill_between | 1U << lexicon::fill_since;
  const auto& toks = d.tokens;
  const bool said = p.weekday >= 0 || p.tb == 0 || toks[p.tb - 1].t == scan::type::newline ||
                    (toks[p.tb - 1].t == scan::type::lex && (toks[p.tb - 1].fillers & leads)) ||
                    (toks[p.tb - 1].t == scan::type::punct && (toks[p.tb - 1].punct == '(' || toks[p.tb - 1].punct == ':')) ||
                    (toks[p.tb].t == scan::type::lex && (toks[p.tb].fillers & leads));  // از ۱ تا ۷ اردیبهشت: its own word
  // ۱۶ حمل را روز بیعت (اعلام کرد): a day named for what it marks, every year.
  const auto lex_has = [&](std::size_t k, unsigned filler) {
    return k < toks.size() && toks[k].t == scan::type::lex && (toks[k].fillers & (1U << filler));
  };
  if (!said || (lex_has(p.te, lexicon::fill_declares) && lex_has(p.te + 1, lexicon::fill_day_word))) return false;
  for (std::size_t k = p.tb; k < p.te; ++k)
    if (toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday))) return false;
  const int year = document_year(d, read, found, n, m, c);
  if (year == 0) return false;
  grammar::expression q = p;
  q.year = year;
  match t;
  t.begin = m.begin;
  t.end = m.end;
  resolve::pin pin;
  resolve::resolve(q, c, t, &pin);
  if (t.flags & (flag_unresolved | resolve::flag_dropped | flag_weekday_mismatch)) return false;
  t.flags |= flag_year_inferred;
  m = t;
  sighted = pin;
  return true;
}

grammar::expression lunar_like_before(const grammar::expression& p, int lunar_year) noexcept {
  if (p.s != grammar::shape::year || p.sys != grammar::system::unknown || lunar_year == 0 || p.year < 1200 || p.year >= 1350 ||
      p.year < lunar_year - 5 || p.year > lunar_year + 15)
    return p;
  grammar::expression out = p;
  out.sys = grammar::system::hijri;
  return out;
}

}  // namespace engine
}  // namespace taqvim
