// Sighting: the text's own word on when a Hijri month began.
#include <date/date.h>

#include <cstdlib>

#include "engine/join.h"
#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

namespace {

// One day, resolved, without a clock time.
bool one_day(const match& m) noexcept { return m.first == m.last && !(m.flags & flag_unresolved) && m.seconds < 0; }

// A Hijri day computed from a table, which the text has not pinned.
bool open_hijri(const read_match& r) noexcept {
  return r.m.calendar == written_calendar::hijri && is_hijri(r.m.rule) && !r.pinned && one_day(r.m);
}

// A day the text states: written in an exact calendar, relative, or a
// Hijri day already pinned.
// A written date keeps its day with its clock time (a site's header: الأحد 11
// يناير 2026 05:28 صـ 23 رجب 1447 هـ).
bool stated_day(const read_match& r) noexcept {
  const match& m = r.m;
  const bool day = one_day(m) || (m.first == m.last && !(m.flags & flag_unresolved) &&
                                  m.calendar != written_calendar::relative && m.calendar != written_calendar::hijri);
  return day && (m.calendar != written_calendar::hijri || r.pinned);
}

// Only punctuation inside a sentence, يوم/روز, في/در and words like هو,
// صادف, را, به عنوان between a and b: the one is said to be the other. With nothing but
// punctuation between them, a day then its named day (الخميس 24 سبتمبر
// أول أيام عيد الأضحى) or a named day then its weekday, not a Hijri date
// then a date.
bool declared(const document& d, const read_match& a, const read_match& b, bool hijri_first) {
  if (b.tb < a.te || b.tb - a.te > 6 || b.m.begin < a.m.end || b.m.begin - a.m.end > max_join_gap) return false;
  // وقفة عرفة يوم الثلاثاء (27 يونيو)، وعيد الأضحى: the next of a list.
  if (d.tokens[b.tb].waw) return false;
  constexpr std::uint32_t words = 1U << lexicon::fill_declares | 1U << lexicon::fill_day_word | 1U << lexicon::fill_in;
  bool said = false;
  // أول شعبان 1440 رسميا في سلطنة عمان هو يوم الأحد: a few plain words
  // (where, how) before the word that declares it.
  std::size_t others = 0, last_other = 0;
  for (std::size_t k = a.te; k < b.tb; ++k) {
    const scan::token& t = d.tokens[k];
    if (t.t == scan::type::punct) {
      if (t.punct == '.' || t.punct == '!' || t.punct == '?') return false;
    } else if (t.t == scan::type::lex && (t.fillers & words)) {
      said = said || (t.fillers & (1U << lexicon::fill_declares));
      if (others && !(t.fillers & (1U << lexicon::fill_declares)) && !(t.fillers & (1U << lexicon::fill_in))) return false;
    } else if (t.t == scan::type::word && hijri_first && ++others <= 3) {
      last_other = k;
    } else {
      return false;  // a newline, a number, any other word
    }
  }
  if (others) {
    bool declared_after = false;
    for (std::size_t k = last_other + 1; k < b.tb; ++k)
      declared_after = declared_after || (d.tokens[k].t == scan::type::lex && (d.tokens[k].fillers & (1U << lexicon::fill_declares)));
    if (!declared_after) return false;
  }
  // در شامگاه سه‌شنبه ۲۱ فروردین عید فطر اعلام شود, مساء الثلاثاء عيد الفطر:
  // an evening or a night just before a day, then the named day with
  // nothing between, is when the month is announced; the feast is the next
  // day, as the Hijri day begins at sunset. Not a statement of the day.
  if (!said && !hijri_first && a.tb > 0) {
    const scan::token& t = d.tokens[a.tb - 1];
    const lexicon::trie& lex = lexicon::table();
    for (std::uint32_t e = t.entry_begin; t.t == scan::type::lex && e < t.entry_end; ++e)
      if (lex.entries[e].k == lexicon::kind::time_of_day &&
          (lex.entries[e].value == lexicon::tod_evening || lex.entries[e].value == lexicon::tod_night))
        return false;
  }
  // عيد الأضحى يوم الأربعاء: a named day, then the weekday it falls on.
  return said || !hijri_first || b.m.written.weekday >= 0;
}

// A word that denies the statement a and b stand in, up to five tokens
// before a or three after b, in their sentence: اعلام نکردند, لم تعلن
// الحكومة أن.
bool denied(const document& d, const read_match& a, const read_match& b) {
  constexpr std::uint32_t negation = 1U << static_cast<unsigned>(lexicon::kind::negation);
  const auto ends = [&](const scan::token& t) {
    return t.t == scan::type::newline || (t.t == scan::type::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?'));
  };
  for (std::size_t k = a.tb, n = 0; k > 0 && n < 5 && !ends(d.tokens[k - 1]); --k, ++n)
    if (d.tokens[k - 1].kinds & negation) return true;
  for (std::size_t k = b.te, n = 0; k < d.tokens.size() && n < 3 && !ends(d.tokens[k]); ++k, ++n)
    if (d.tokens[k].kinds & negation) return true;
  return false;
}

// The Hijri year and month of a day under a rule (and the user's offset).
date_fields month_of(calendar rule, date::local_days day, int hijri_offset) noexcept {
  date_fields f = from_sys_days(rule, date::sys_days{day.time_since_epoch()}, hijri_offset);
  f.day = 0;
  return f;
}

bool newline_between(const document& d, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t k = from; k < to; ++k)
    if (d.tokens[k].t == scan::type::newline) return true;
  return false;
}

}  // namespace

void sight(const document& d, std::vector<read_match>& read, int hijri_offset) {
  // A day said to be a Hijri day a day or two off the computed one.
  bool any = false;
  for (std::size_t k = 0; k + 1 < read.size(); ++k) {
    read_match& a = read[k];
    read_match& b = read[k + 1];
    read_match* hijri = open_hijri(b) && stated_day(a) ? &b : open_hijri(a) && stated_day(b) ? &a : nullptr;
    if (hijri) {
      read_match& day = hijri == &b ? a : b;
      // A weekday or relative day one day off; a date up to two (as twins).
      long off = std::labs((day.m.first - hijri->m.first).count());
      // A weekday said to be a named day is the one beside it: عيد الأضحى
      // يوم الأربعاء, written a week before, is not the Wednesday nearest
      // the reference but the one next to the computed Eid.
      date::local_days weekday_near{};
      const bool far_weekday = day.m.relative() && day.m.written.weekday >= 0 && off > 1;
      if (far_weekday) {
        for (const int shift : {-1, 1, 0}) {
          const date::local_days w = hijri->m.first + date::days{shift};
          if (date::weekday{w}.c_encoding() == static_cast<unsigned>(day.m.written.weekday)) {
            weekday_near = w;
            off = std::labs(shift);
          }
        }
      }
      if (off <= (day.m.relative() ? 1 : 2) && declared(d, a, b, hijri == &a) && !denied(d, a, b)) {
        if (far_weekday) day.m.first = day.m.last = weekday_near;
        hijri->pin(hijri->m, day.m.first);
        if (hijri->m.first != day.m.first) hijri->m.flags |= flag_dual_mismatch;
        hijri->m.first = hijri->m.last = day.m.first;
      }
    }
    any = any || a.pinned || b.pinned;
  }
  if (!any) return;
  // The other days of a pinned month: as the nearest pin of that month
  // moved; one after them only on their own line.
  for (std::size_t k = 0; k < read.size(); ++k) {
    read_match& r = read[k];
    if (!open_hijri(r)) continue;
    const date_fields month = month_of(r.m.rule, r.m.first, hijri_offset);
    const read_match* best = nullptr;
    std::size_t best_distance = sighting_reach + 1;
    const auto consider = [&](std::size_t j) {
      const read_match& p = read[j];
      const std::size_t distance = j < k ? r.m.begin - p.m.begin : p.m.begin - r.m.begin;
      if (!p.pinned || p.hijri_rule != r.m.rule || distance >= best_distance) return;
      if (month_of(p.hijri_rule, p.computed, hijri_offset) != month) return;
      if (j > k && newline_between(d, r.te, p.tb)) return;
      best = &p;
      best_distance = distance;
    };
    // Matches are in text order and do not overlap: the pins in reach are
    // the neighbours less than sighting_reach bytes away.
    for (std::size_t j = k; j > 0 && r.m.begin - read[j - 1].m.begin <= sighting_reach; --j) consider(j - 1);
    for (std::size_t j = k + 1; j < read.size() && read[j].m.begin - r.m.begin <= sighting_reach; ++j) consider(j);
    if (best) {
      r.m.first += best->stated - best->computed;
      r.m.last = r.m.first;
    }
  }
}

}  // namespace engine
}  // namespace taqvim
