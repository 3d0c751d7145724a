// Days that take their year or month from a date near them: a day before
// "of the same year" (۱۵ مرداد همان سال), a year-less day before the next
// date's year, a day "of it" (18 منه, الشهر ذاته), and moving a match by years.
#include <algorithm>

#include <date/date.h>

#include "engine/join.h"
#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

std::uint32_t same_year_after(const document& d, std::uint32_t k) {
  const auto& t = d.tokens;
  const auto word = [&](std::uint32_t x, std::string_view w) {
    return x < t.size() && d.folded.text().substr(t[x].begin, t[x].end - t[x].begin) == w;
  };
  const auto year_word = [&](std::uint32_t x) {
    return x < t.size() && t[x].t == scan::type::lex && (t[x].fillers & (1U << lexicon::fill_year_word));
  };
  constexpr std::uint32_t joining = 1U << lexicon::fill_of | 1U << lexicon::fill_in | 1U << lexicon::fill_range_from;
  if (k < t.size() && t[k].t == scan::type::lex && (t[k].fillers & joining)) ++k;
  if ((word(k, "\xD9\x86\xD9\x81\xD8\xB3") || word(k, "\xD9\x87\xD9\x85\xD8\xA7\xD9\x86") ||
       word(k, "\xD8\xB0\xD8\xA7\xD8\xAA")) &&
      year_word(k + 1))
    return k + 2;  // نفس العام, همان سال, ذات العام
  // العام نفسه, العام ذاته, السنة نفسها (ة folded to ه), السنة ذاتها
  if (year_word(k) && (word(k + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87") || word(k + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||
                       word(k + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87\xD8\xA7") || word(k + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87\xD8\xA7")))
    return k + 2;
  return 0;
}

// The same day or month moved by whole years of the calendar it was
// written in (its rule); false when that day does not exist then.
bool move_years(match& m, int years, int hijri_offset) noexcept {
  if (m.relative()) return false;
  const date_fields a = from_sys_days(m.rule, date::sys_days{m.first.time_since_epoch()}, hijri_offset);
  const date_fields b = from_sys_days(m.rule, date::sys_days{m.last.time_since_epoch()}, hijri_offset);
  const date_fields a2{a.year + years, a.month, a.day}, b2{b.year + years, b.month, b.day};
  if (a2.year < min_year || b2.year > max_year) return false;
  // A month's last day (اسفند's 29th or 30th) stays its last day.
  const bool whole = m.granularity == granularity::month && b.day == month_length(m.rule, b.year, b.month);
  const date_fields last{b2.year, b2.month, whole ? month_length(m.rule, b2.year, b2.month) : b2.day};
  if (!valid(m.rule, a2) || !valid(m.rule, last)) return false;
  m.first = date::local_days{to_sys_days(m.rule, a2, hijri_offset).time_since_epoch()};
  m.last = date::local_days{to_sys_days(m.rule, last, hijri_offset).time_since_epoch()};
  return true;
}

void same_year(const document& d, std::vector<read_match>& read, int hijri_offset) {
  std::size_t out = 0;
  for (std::size_t n = 0; n < read.size(); ++n) {
    read_match& r = read[n];
    match& m = r.m;
    // Without a reference a Gregorian day or month stays XXXX-10-06 until
    // the year is found here (سبتمبر من نفس العام after أكتوبر 2025).
    const bool unresolved = (m.flags & flag_unresolved) && m.unresolved_month != 0;
    const std::uint32_t end =
        !((m.flags & flag_year_inferred) || unresolved) || ((m.flags & flag_unresolved) && !unresolved) ||
                m.relative() || !(m.granularity == granularity::day || m.granularity == granularity::month)
            ? 0
            : same_year_after(d, r.te);
    // The year of the last date before it, near and in its calendar. With
    // none, the year the text means is out of sight: the nearest one would
    // be a wrong value, so the match goes (چهاردهم خرداد همان سال, the year
    // of a date 500 bytes back).
    bool seen = end == 0;
    for (std::size_t q = out; end != 0 && q-- > 0;) {
      const match& before = read[q].m;
      if (m.begin - before.end > same_year_reach) break;
      // 26 مارس الماضي … 27 يونيو من العام ذاته with no year anywhere: its year unknown as the other's is.
      if (unresolved && (before.flags & flag_unresolved) && before.unresolved_month != 0 && !before.relative() &&
          before.rule == m.rule) {
        const std::size_t e = d.folded.source_span(d.tokens[end - 1].begin, d.tokens[end - 1].end).second;
        if (e - m.begin > max_joined) break;
        seen = true;
        m.end = e;
        r.te = end;
        break;
      }
      if ((before.flags & flag_unresolved) || before.relative() || before.rule != m.rule) continue;
      // القرن الحادي والعشرين، وفي ديسمبر من العام ذاته: a span of years
      // (a century, a decade) names no one year.
      if (before.granularity == granularity::year && (before.last - before.first).count() > 366) continue;
      seen = true;
      const int year = from_sys_days(before.rule, date::sys_days{before.last.time_since_epoch()}, hijri_offset).year;
      match moved = m;
      if (unresolved) {
        const unsigned day = m.unresolved_day;
        const date_fields a{year, m.unresolved_month, day ? day : 1U};
        const unsigned lm = m.unresolved_last_month;  // a range's last day, past the year's end when before its first
        const date_fields b = m.unresolved_last_day ? date_fields{lm < m.unresolved_month ? year + 1 : year, lm, m.unresolved_last_day}
                              : date_fields{year, m.unresolved_month, day ? day : month_length(m.rule, year, m.unresolved_month)};
        if (!valid(m.rule, a) || !valid(m.rule, b)) break;
        moved.first = date::local_days{to_sys_days(m.rule, a, hijri_offset).time_since_epoch()};
        moved.last = date::local_days{to_sys_days(m.rule, b, hijri_offset).time_since_epoch()};
        moved.flags = static_cast<std::uint16_t>((moved.flags & ~flag_unresolved) | flag_year_inferred);
        moved.unresolved_month = moved.unresolved_day = moved.unresolved_last_month = moved.unresolved_last_day = 0;
        moved.granularity = day ? granularity::day : granularity::month;
      } else if (const int own = from_sys_days(m.rule, date::sys_days{m.first.time_since_epoch()}, hijri_offset).year;
                 year != own && !move_years(moved, year - own, hijri_offset)) {
        break;
      }
      moved.end = d.folded.source_span(d.tokens[end - 1].begin, d.tokens[end - 1].end).second;
      if (moved.end - moved.begin > max_joined) break;
      m = moved;
      r.te = end;
      break;
    }
    // A range keeps its days and takes the words: its own start named the
    // year (از ۵ فروردین ۱۳۹۲ آغاز شد و تا ۱۲ خرداد از همان سال).
    const bool range = m.granularity == granularity::day && m.first != m.last;
    if (!seen && range) {
      m.end = d.folded.source_span(d.tokens[end - 1].begin, d.tokens[end - 1].end).second;
      r.te = end;
    }
    if (seen || range) read[out++] = read[n];
  }
  read.resize(out);
}

void year_of_next(const document& d, std::vector<read_match>& read, int hijri_offset) {
  const std::string_view f = d.folded.text();
  for (std::size_t n = 0; n + 1 < read.size(); ++n) {
    match& m = read[n].m;
    const match& next = read[n + 1].m;
    const bool yearless = (m.flags & flag_year_inferred) || ((m.flags & flag_unresolved) && m.unresolved_day != 0);
    if (!yearless || m.relative() || m.granularity != granularity::day || m.first != m.last || m.written.year != 0 || m.written.day == 0 ||
        m.written.month == 0 || next.relative() || next.written.year < 1000 || next.written.month == 0 ||
        next.calendar != m.calendar || next.rule != m.rule || next.granularity != granularity::day)
      continue;
    // و between them: a word of its own, or written onto the next date.
    const std::uint32_t te = read[n].te, tb = read[n + 1].tb;
    const scan::token& t = d.tokens[te < d.tokens.size() ? te : d.tokens.size() - 1];
    const bool waw = (tb == te && t.waw) ||
                     (tb == te + 1 && f.substr(t.begin, t.end - t.begin) == "\xD9\x88");  // و
    if (!waw) continue;
    // 28 ديسمبر و3 يناير 2022; the next's year in their calendar, not as written (تاسوعا و عاشورا ۱۴۰۲: a Solar Hijri
    // year, Ashura's lunar 1445).
    const int next_year = from_sys_days(next.rule, date::sys_days{next.first.time_since_epoch()}, hijri_offset).year;
    const int year = next_year - (m.written.month > next.written.month ? 1 : 0);
    const date_fields day{year, m.written.month, m.written.day};
    if (!valid(m.rule, day)) continue;
    m.first = m.last = date::local_days{to_sys_days(m.rule, day, hijri_offset).time_since_epoch()};
    m.flags = static_cast<std::uint16_t>((m.flags & ~(flag_unresolved | flag_weekday_mismatch)) | flag_year_inferred);
    if (m.written.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(m.written.weekday))
      m.flags |= flag_weekday_mismatch;
    m.unresolved_month = m.unresolved_day = m.unresolved_last_month = m.unresolved_last_day = 0;
  }
}

void same_month(const document& d, std::vector<read_match>& read, int hijri_offset) {
  same_month_of_year(d, read, hijri_offset);
  read.erase(std::remove_if(read.begin(), read.end(), [](const read_match& r) { return r.month_only; }), read.end());
  const auto word = [&](std::uint32_t x, std::string_view w) {
    return x < d.tokens.size() && d.folded.text().substr(d.tokens[x].begin, d.tokens[x].end - d.tokens[x].begin) == w;
  };
  const std::string_view month_word = "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1";  // الشهر
  std::size_t out = 0;
  for (std::size_t n = 0; n < read.size(); ++n) {
    read_match& r = read[n];
    match& m = r.m;
    const bool unresolved = (m.flags & flag_unresolved) != 0;
    // (Not a range read whole, its start's month written: من 12 أغسطس إلى غاية 16 من نفس الشهر.)
    // (بين 26 و28 من الشهر نفسه: a range of its days, too.)
    const bool same = r.te >= 2 && (unresolved || m.granularity == granularity::day) && m.seconds < 0 && m.written.month == 0 &&
                      m.written.day != 0 &&
                      ((word(r.te - 2, month_word) && (word(r.te - 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||
                                                      word(r.te - 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87"))) ||
                       ((word(r.te - 2, "\xD9\x86\xD9\x81\xD8\xB3") || word(r.te - 2, "\xD8\xB0\xD8\xA7\xD8\xAA")) &&
                        word(r.te - 1, month_word)) ||  // نفس الشهر, ذات الشهر
                       word(r.te - 1, "\xD9\x85\xD9\x86\xD9\x87"));  // منه: of it
    // (من 12 الحالي إلى 15 منه: its start names the month, this one.)
    const auto month_named_inside = [&] {
      constexpr std::uint32_t naming = 1U << static_cast<unsigned>(lexicon::kind::weekday_qualifier) |
                                       1U << static_cast<unsigned>(lexicon::kind::relative);
      for (std::uint32_t x = r.tb; x + 1 < r.te; ++x)
        if (d.tokens[x].t == scan::type::lex && (d.tokens[x].kinds & naming)) return true;
      return false;
    };
    if (same && !unresolved && m.first != m.last && month_named_inside()) {
      read[out++] = read[n];
      continue;
    }
    if (same) {
      // The last day written before it, near: not relative, not a named day
      // (a holiday's day is the text's occasion, not its calendar).
      bool found = false;
      for (std::size_t q = out; q-- > 0;) {
        const read_match& b = read[q];
        const match& before = b.m;
        if (m.begin - before.end > same_year_reach) break;
        // يوم 19 يونيو … يوم 24 من الشهر نفسه with no year anywhere: that
        // month's day, its year unknown as the other's is.
        if (unresolved && (before.flags & flag_unresolved) && before.unresolved_month != 0 && before.unresolved_day != 0 &&
            !before.relative()) {
          m.unresolved_month = before.unresolved_month;
          m.unresolved_day = static_cast<decltype(m.unresolved_day)>(m.written.day);
          if (m.unresolved_last_day != 0) m.unresolved_last_month = before.unresolved_month;
          m.calendar = before.calendar;
          m.rule = before.rule;
          found = true;
          break;
        }
        // (A year-less day is unresolved with no reference: يوم الأحد 16 مارس 2025 … يوم الأحد 23 من الشهر نفسه
        // takes the full date's month and year all the same.)
        if ((before.flags & flag_unresolved) || before.relative() || before.seconds >= 0) continue;
        const date_fields f = from_sys_days(before.rule, date::sys_days{before.last.time_since_epoch()}, hijri_offset);
        // A day, or days or a month within one month (أيام ١٣ و١٤ و١٥ من شهر ابريل … يوم ٢٧ من نفس الشهر,
        // شهر يناير الجارى … 28 من الشهر نفسه).
        const bool one_month = (before.granularity == granularity::day || before.granularity == granularity::month) &&
                               before.last - before.first < date::days{31} &&
                               from_sys_days(before.rule, date::sys_days{before.first.time_since_epoch()}, hijri_offset).month == f.month;
        if (!one_month || (before.first == before.last && !end_of_range(d, b))) continue;
        const date_fields day{f.year, f.month, m.written.day};
        // A range's last day as written: its day of the month it was read in.
        const date_fields last{f.year, f.month,
                               unresolved ? (m.unresolved_last_day ? m.unresolved_last_day : m.written.day)
                               : m.first == m.last ? m.written.day
                                                   : from_sys_days(m.rule, date::sys_days{m.last.time_since_epoch()}, hijri_offset).day};
        if (!valid(before.rule, day) || !valid(before.rule, last)) break;
        // يوم الاثنين 7 يونيو 2024 … بداية شهر ذي الحجة … السبت 15 من الشهر ذاته: of a month or days that its weekday
        // is not, the one before.
        if (before.first != before.last && m.written.weekday >= 0 &&
            date::weekday{to_sys_days(before.rule, day, hijri_offset)}.c_encoding() != static_cast<unsigned>(m.written.weekday))
          continue;
        m.first = date::local_days{to_sys_days(before.rule, day, hijri_offset).time_since_epoch()};
        m.last = date::local_days{to_sys_days(before.rule, last, hijri_offset).time_since_epoch()};
        m.rule = before.rule;
        m.flags &= static_cast<std::uint16_t>(~(flag_weekday_mismatch | flag_unresolved));
        m.unresolved_month = m.unresolved_day = m.unresolved_last_month = m.unresolved_last_day = 0;
        if (m.written.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(m.written.weekday))
          m.flags |= flag_weekday_mismatch;
        found = true;
        break;
      }
      // No day written before it but a relative one, near (… انطلقت امس وتستمر حتى 31 من نفس الشهر): the month that
      // day is in, read against the reference as it was; not منه, "of it" (الأولى منه is as often the first part of
      // something). With neither, no month to be the same as: no day.
      const bool relative_before = !found && !unresolved && !word(r.te - 1, "\xD9\x85\xD9\x86\xD9\x87") && out > 0 &&
                                   read[out - 1].m.relative() && read[out - 1].m.first == read[out - 1].m.last &&
                                   m.begin - read[out - 1].m.end <= same_year_reach &&
                                   date::year_month_day{read[out - 1].m.first}.month() == date::year_month_day{m.first}.month();
      if (!found && !relative_before) continue;
    } else if (unresolved && m.unresolved_month == 0) {
      continue;  // 10 الجاري with no reference: no month to name
    }
    read[out++] = read[n];
  }
  read.resize(out);
}

}  // namespace engine
}  // namespace taqvim
