// Joining: one day written twice, or named and then written, is one match.
#include "engine/join.h"

#include <date/date.h>

#include <cstdlib>
#include <initializer_list>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

using lexicon::kind;

namespace {

// x a weekday (relative, one day) and b a written day that is that weekday.
bool x_weekday_matches(const match& x, const match& b) noexcept {
  return x.relative() && x.written.weekday >= 0 && x.first == x.last && x.seconds < 0 && !b.relative() &&
         b.first == b.last && !(b.flags & flag_unresolved) &&
         date::weekday{b.first}.c_encoding() == static_cast<unsigned>(x.written.weekday);
}

// Only a comma and يوم/روز between tokens from and to.
bool only_comma_or_day_word(const document& d, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const scan::token& t = d.tokens[k];
    if (t.t == scan::type::punct && t.punct == ',') continue;
    if (t.t == scan::type::lex && (t.fillers & (1U << lexicon::fill_day_word))) continue;
    return false;
  }
  return true;
}

// A holiday's name among tokens [from, to): أول أيام عيد الأضحى.
bool names_holiday(const document& d, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < d.tokens.size(); ++k)
    if (d.tokens[k].kinds & (1U << static_cast<unsigned>(kind::holiday))) return true;
  return false;
}

// r is a weekday, or weekdays one after another (a day word, a qualifier
// or a named week beside them): the days it has, or 0; placed when a word
// beside them places them, day_word when that is a day's (اليوم, غدا).
int weekdays_of(const document& d, const read_match& r, bool& placed, bool& day_word) {
  const match& m = r.m;
  if (!m.relative() || m.written.weekday < 0 || m.seconds >= 0 || (m.flags & flag_unresolved) ||
      m.granularity != granularity::day)
    return 0;
  int days = 0;
  placed = day_word = false;
  constexpr std::uint32_t placing = 1U << static_cast<unsigned>(kind::weekday_qualifier) |
                                    1U << static_cast<unsigned>(kind::relative);
  const lexicon::trie& lex = lexicon::table();
  for (std::uint32_t k = r.tb; k < r.te; ++k) {
    const scan::token& t = d.tokens[k];
    if (t.kinds & (1U << static_cast<unsigned>(kind::weekday))) {
      ++days;
    } else if (t.kinds & placing) {
      placed = true;
      for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e)
        day_word = day_word || (lex.entries[e].k == kind::relative && lex.entries[e].aux == lexicon::unit_day);
    }
    else if (t.t == scan::type::lex && (t.fillers & (1U << lexicon::fill_eve))) return 0;  // an eve is the evening before
  }
  return days > 0 && m.last - m.first == date::days{days - 1} ? days : 0;
}

}  // namespace

bool two_days(const document& d, std::size_t k) {
  std::string_view w = d.folded.text().substr(d.tokens[k].begin, d.tokens[k].end - d.tokens[k].begin);
  if (w.size() > 8 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0)) w.remove_prefix(2);
  return w == "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C" || w == "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C\xD9\x86" ||  // یومی, یومین
         w == "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C" ||  // روزهای (its weekdays paired by the grammar)
         (w == "\xD9\x87\xD8\xA7\xDB\x8C" && k > 0 && (d.tokens[k - 1].fillers & (1U << lexicon::fill_day_word)));  // روز های
}

bool days_word(const document& d, std::size_t k) {
  if (two_days(d, k)) return true;
  std::string_view w = d.folded.text().substr(d.tokens[k].begin, d.tokens[k].end - d.tokens[k].begin);
  if (w.size() > 8 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0)) w.remove_prefix(2);
  return w == "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85";  // ایام (أيام, folded)
}

void join_weekday_lists(const document& d, std::vector<read_match>& read) {
  // و on the next, or one token between: و or a comma; after أيام or
  // روزهای (plural), also nothing (أيام الجمعة السبت الاحد).
  const auto listed = [&](const read_match& a, const read_match& b, bool plural) {
    const scan::token& t = d.tokens[a.te];
    return (b.tb == a.te && (t.waw || plural)) ||
           (b.tb == a.te + 1 && ((t.t == scan::type::punct && t.punct == ',') ||
                                 (t.t == scan::type::lex && (t.kinds & (1U << static_cast<unsigned>(kind::connector))))));
  };
  std::size_t out = 0;
  for (std::size_t k = 0; k < read.size();) {
    bool placed = false, day_word = false;
    int days = weekdays_of(d, read[k], placed, day_word);
    const bool plural = days > 0 && read[k].tb > 0 && days_word(d, read[k].tb - 1);
    std::size_t last = k;
    // The first day, as the placed one (or else the first) puts it.
    date::local_days first = read[k].m.first;
    bool fixed = placed;
    while (days > 0 && last + 1 < read.size()) {
      const read_match& a = read[last];
      const read_match& b = read[last + 1];
      bool b_placed = false, b_day_word = false;
      const int b_days = weekdays_of(d, b, b_placed, b_day_word);
      if (b.m.end - read[k].m.begin > max_joined || !listed(a, b, plural)) break;
      if (!b_days || b.m.written.weekday != (a.m.written.weekday + (a.m.last - a.m.first).count() + 1) % 7) {
        // أيام الجمعة والسبت والأربعاء 24 سبتمبر: a list whose days are not
        // all one after another is of days each alone.
        if (b.m.written.weekday >= 0) last = k;
        break;
      }
      if (b_placed) {
        const date::local_days b_first = b.m.first - date::days{days};
        if (fixed && b_first != first) break;  // two placed ones must agree
        first = b_first;
        fixed = true;
      }
      days += b_days;
      day_word = day_word || b_day_word;
      ++last;
    }
    // Two weekdays alone (الثلاثاء والأربعاء), or named as today and
    // tomorrow (اليوم الأحد وغدا الاثنين), are two days, as the real-text
    // sets annotate them; after أيام or روزهای they are a span.
    if (last > k && (plural || (days >= 3 && !day_word))) {
      read_match r = read[k];
      r.m.first = first;
      r.m.last = first + date::days{days - 1};
      r.m.end = read[last].m.end;
      r.te = read[last].te;
      read[out++] = r;
      k = last + 1;
    } else {
      read[out++] = read[k++];
    }
  }
  read.resize(out);
}

bool join(const document& d, read_match& a, const read_match& next) {
  const match& b = next.m;
  const std::size_t tb = next.tb, b_te = next.te;
  const std::string_view text = d.text;
  if (tb < a.te || tb - a.te > 8) return false;
  // Short, as a date written out is: a chain of joins stays far inside the
  // text a document_stream reads again at a piece's end (overlap_bytes).
  if (b.begin - a.m.end > max_join_gap || b.end - a.m.begin > max_joined) return false;
  // Bytes that are no UTF-8 between them part them: a match is text.
  for (std::size_t k = a.m.end; k < b.begin;) {
    const std::size_t n = text::utf8_sequence_length(text, k);
    if (n == 0) return false;
    k += n;
  }
  // Two dates of one calendar are two dates, however alike: a dateline
  // written twice (الجمعة 03 ماي 2024 م | 24 شوال 1445 هـ after the same).
  const unsigned calendar = 1U << static_cast<unsigned>(b.calendar);
  // Two relative matches are one only as a day and its weekday (اليوم،
  // الأربعاء) or a day and its clock time (امروز دوشنبه در روز تاسوعا ساعت
  // هفت صبح): not a relative word said twice (غدا ... غدا).
  const bool weekday_of_day = a.calendars == calendar && a.m.written.weekday < 0 && b.written.weekday >= 0;
  const bool clock_of_day = b.seconds >= 0 && a.m.seconds < 0 && b.written.weekday < 0;
  // ۲۸ صفر مصادف با سالروز شهادت امام حسن مجتبی: a named day after a word like
  // مصادف با, the same day as the date of its calendar before it (checked below).
  const scan::token& first = d.tokens[tb];
  const bool named_day = (first.kinds & (1U << static_cast<unsigned>(kind::holiday))) ||
                         (tb + 1 < d.tokens.size() && (first.fillers & (1U << lexicon::fill_eve)) &&
                          (d.tokens[tb + 1].kinds & (1U << static_cast<unsigned>(kind::holiday))));
  const bool same_calendar = (a.calendars & calendar) != 0;
  if (same_calendar && !named_day && (!b.relative() || !(weekday_of_day || clock_of_day))) return false;
  bool equals = false, stop = false, qualifier = false;
  int open = 0;  // brackets opened between them: closed after b
  for (std::size_t k = a.te; k < tb; ++k) {
    const scan::token& t = d.tokens[k];
    const std::string_view w = d.folded.text().substr(t.begin, t.end - t.begin);
    if (named_day && equals && (w == "\xD8\xA7\xD8\xB3\xD8\xAA" || w == "\xD8\xA8\xD8\xA7")) {
      // ۱ می برابر است با روز جهانی کارگر: "is equal to" before a named day (two dates so joined stay two).
    } else if (t.t == scan::type::newline) {
      stop = true;
    } else if (t.t == scan::type::punct) {
      // صبح فردا؛ دوشنبه هشتم آذرماه: a semicolon after a relative day names it too.
      if (t.punct == '.' || t.punct == '!' || t.punct == '?' || (t.punct == ';' && !(a.m.relative() && tb == a.te + 1)))
        stop = true;
      if (t.punct == '(') ++open;
      // A bracket opened just before a: (اليوم) الثلاثاء الثلاثين من أغسطس.
      if (t.punct == ')' && --open < 0) {
        if (open < -1 || a.tb == 0 || d.tokens[a.tb - 1].t != scan::type::punct || d.tokens[a.tb - 1].punct != '(')
          return false;
      }
    } else if (t.t == scan::type::lex) {
      constexpr std::uint32_t joining = 1U << lexicon::fill_in | 1U << lexicon::fill_day_word;
      // ميلاديًا, هجري: a calendar's word between the forms.
      constexpr std::uint32_t kinds = 1U << static_cast<unsigned>(lexicon::kind::connector) |
                                      1U << static_cast<unsigned>(lexicon::kind::era);
      if (t.fillers & (1U << lexicon::fill_equals)) equals = true;
      else if (t.kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday_qualifier))) qualifier = true;
      else if (!(t.fillers & joining) && !(t.kinds & kinds))
        return false;
    } else if (t.t == scan::type::word && t.end - t.begin <= 2 && k > a.te && k + 1 < tb &&
               d.tokens[k - 1].t == scan::type::punct && d.tokens[k - 1].punct == '(' &&
               d.tokens[k + 1].t == scan::type::punct && d.tokens[k + 1].punct == ')') {
      // شهادت امام حسن مجتبی(ع) و رحلت پیامبر اکرم(ص): an honorific's letter in brackets.
    } else if (t.t == scan::type::word && k + 1 == tb && equals && (w == "\xD9\x84" || w == "\xD9\x84\xD9\x84")) {
      // الموافق للـ25 من أبريل: ل (on the article, its tatweel dropped) after الموافق, before the day.
    } else if (t.t == scan::type::word && k + 1 < tb && (d.tokens[k + 1].fillers & (1U << lexicon::fill_equals)) &&
               d.folded.text().substr(t.begin, t.end - t.begin) == "\xD8\xA8\xD9\x87") {
      // به مناسبت: the preposition before a word like مناسبت.
    } else {
      return false;
    }
  }
  // ۱ فروردین ۱۴۰۲، مطابق ۲۸ شعبان ۱۴۴۴ و 21 مارس 2023: a third form after و.
  if (a.twins && !stop) equals = true;
  // A page's header, a date on a line of its own and its Hijri twin on the
  // next (06 فبراير 2023 م / 16 رجب 1444 هــ): one day written twice.
  if (stop && tb == a.te + 1 && d.tokens[a.te].t == scan::type::newline && (a.tb == 0 || d.tokens[a.tb - 1].t == scan::type::newline) &&
      (b_te >= d.tokens.size() || d.tokens[b_te].t == scan::type::newline) && !a.m.relative() && !b.relative() &&
      (a.m.calendar == written_calendar::hijri) != (b.calendar == written_calendar::hijri) && a.m.written.year != 0 &&
      b.written.year != 0) {
    stop = false;
    equals = true;
  }
  // الاربعاء المقبل 24 يوليوز: a qualified weekday and the date it falls on.
  const bool weekday_of_date = qualifier && !stop && x_weekday_matches(a.m, b);
  if ((stop || qualifier) && !equals && !weekday_of_date) return false;
  const match& x = a.m;
  // (۱ می برابر است با روز جهانی کارگر: without a reference, the same day of no year written twice, too.)
  const bool same = (x.first == b.first && x.last == b.last && !(x.flags & flag_unresolved) && !(b.flags & flag_unresolved)) ||
                    ((x.flags & flag_unresolved) && (b.flags & flag_unresolved) && x.calendar == b.calendar &&
                     x.written.month != 0 && x.written.day != 0 && x.written.month == b.written.month && x.written.day == b.written.day);
  const auto one_day = [](const match& m) { return m.first == m.last && !(m.flags & flag_unresolved); };
  // اول ماه شوال سال 1447 هجری قمری، روز عید سعید فطر: the named day of a
  // Hijri date the text pinned, a day or two off the computed one, is that date.
  // Not another day of that month (… يوم السبت 9 / 12 / 1445 هـ … الموافق
  // للخامس عشر من شهر يونية، وعيد الأضحى المبارك يوم الأحد: the tenth).
  const bool same_written_day = x.calendar != written_calendar::hijri || x.written.month == 0 || b.written.month == 0 ||
                                (x.written.month == b.written.month && x.written.day == b.written.day);
  const bool pinned_named = same_calendar && named_day && equals && one_day(x) && one_day(b) && same_written_day &&
                            b.calendar == written_calendar::hijri && std::labs((x.first - b.first).count()) <= 2;
  if (same_calendar && named_day && !(equals && same) && !pinned_named) return false;
  // A clock time in two zones (التاسعة مساء بتوقيت القاهرة، العاشرة ليلًا
  // بتوقيت مكة المكرمة) is written twice on purpose: two matches.
  if (x.seconds >= 0 && b.seconds >= 0) return false;
  // A date with its time and the same day without one: one only after a word
  // like مطابق (a dateline's ۲۱ دی ۱۳۹۵ - ۱۲:۵۸ 10 January 2017 is two).
  // But a stamp's Jalali day and its Hijri twin side by side, the clock after
  // the second (۰۳ آذر ۱۴۰۳ ۲۲ جمادی الاول ۱۴۴۶ - ۲۳ : ۰۴), is one.
  // (الثلاثاء: 19 نوفمبر، 2019 - 20 ربيع الأول 1441 - 11:47 مساءً: a dash between them too.)
  const bool dashed_pair = tb == a.te + 1 && d.tokens[a.te].t == scan::type::punct && d.tokens[a.te].punct == '-';
  const bool stamp_clock = x.seconds < 0 && b.seconds >= 0 && (tb == a.te || dashed_pair) && !x.relative() && !b.relative() &&
                           x.calendar != written_calendar::hijri && b.calendar == written_calendar::hijri;
  // A stamp's clock and its day's twin run together (ساعت 17:472022-07-29) are one too.
  const bool glued_twin = x.seconds >= 0 && b.seconds < 0 && tb == a.te && b.begin == x.end && !x.relative() &&
                          !b.relative() && x.calendar != b.calendar;
  if ((x.seconds >= 0) != (b.seconds >= 0) && !x.relative() && !b.relative() && !equals && !stamp_clock && !glued_twin) return false;
  // یکشنبه, ۴ آذر , ۱۴۰۳ - 23 جماد أول 1446: a dash or slash alone between a date and its twin, as nothing.
  const bool dash_between = dashed_pair || (tb == a.te + 1 && d.tokens[a.te].t == scan::type::punct && d.tokens[a.te].punct == '/');
  match out;
  // A Hijri day among the two that the other one pins, and the day it is.
  const match* hijri = nullptr;
  date::local_days stated{};
  if (pinned_named && !same) {
    out = x;  // the day the text gave
  } else if (same) {
    // The one that says more: a clock time, else a written date.
    const bool take_b = (b.seconds >= 0 && x.seconds < 0) ||
                        ((b.seconds < 0) == (x.seconds < 0) && x.relative() && !b.relative());
    out = take_b ? b : x;
    if (stamp_clock) {  // a stamp's day and its Hijri twin with the clock: the first written's, at that clock
      out = x;
      out.seconds = b.seconds;
      out.offset_minutes = b.offset_minutes;
      out.granularity = b.granularity;
    }
    // 14:01 - February 01, 2014: the clock on the day written after it, of that day's calendar; and
    // 22 مايو 2023 (19:34 بتوقيت غرينتش), the clock after it.
    const match& day = take_b ? x : b;
    if ((take_b ? b : x).relative() && out.seconds >= 0 && !day.relative() && day.seconds < 0) {
      out.calendar = day.calendar;
      out.rule = day.rule;
      out.flags |= day.flags & (flag_year_inferred | flag_calendar_guessed);
    }
    if (one_day(x) && (x.calendar == written_calendar::hijri) != (b.calendar == written_calendar::hijri)) {
      hijri = x.calendar == written_calendar::hijri ? &x : &b;
      stated = x.first;
    }
  } else if (equals && one_day(x) && one_day(b) && x.relative() && !b.relative() && x.seconds >= 0 && b.seconds < 0 &&
             x.written.weekday >= 0 && !(b.flags & flag_unresolved) &&
             date::weekday{b.first}.c_encoding() == static_cast<unsigned>(x.written.weekday)) {
    // الساعة العاشرة مساء غدًا الجمعة الموافق 20 سبتمبر 2024: a clock on a relative day with its weekday, then the date
    // that weekday is: the clock on that date (the relative day may be read against no more than a year).
    out = b;
    out.seconds = x.seconds;
    out.offset_minutes = x.offset_minutes;
    out.granularity = x.granularity;
  } else if (equals && one_day(x) && one_day(b) && x.relative() != b.relative() &&
             (x.relative() ? x : b).seconds < 0 &&
             // امروز مصادف با ۲۸ مرداد ۱۲۹۸: a relative day (no weekday) and
             // a date years away is an anniversary, not the day's twin.
             !(x.relative() && x.written.weekday < 0 && std::labs((b.first - x.first).count()) > 7) &&
             (x.relative() || b.written.weekday >= 0 ||
              (b.calendar == written_calendar::relative && std::labs((b.first - x.first).count()) <= 2))) {
    // يوم الأحد المقبل الموافق 15 شباط; 12 ربيع الأول 1445 هجرية، يوافق
    // الخميس (a weekday after the date; a relative day after it only
    // after such a word: فاتح ربيع الأول … سيصادف يوم بعد غد الخميس).
    out = x.relative() ? b : x;
    const match& named = x.relative() ? x : b;
    // The date stands; flagged when the weekday (or امروز's day) is not its.
    if (named.written.weekday >= 0 ? date::weekday{out.first}.c_encoding() != static_cast<unsigned>(named.written.weekday)
                                   : named.first != out.first)
      out.flags |= flag_weekday_mismatch;
    // But a Hijri day the text pins to a weekday or relative day one or two
    // days off the computed one is that day: sighting decides, as for a
    // weekday written with the date.
    if (out.calendar == written_calendar::hijri && std::labs((named.first - out.first).count()) <= 2 &&
        (named.written.weekday < 0 || date::weekday{named.first}.c_encoding() == static_cast<unsigned>(named.written.weekday))) {
      hijri = x.relative() ? &b : &x;
      stated = out.first = out.last = named.first;
    }
  } else if (equals && one_day(x) && x.relative() && x.seconds < 0 && !b.relative() && b.first == x.first &&
             !(b.flags & flag_unresolved)) {
    out = b;  // روز سهشنبه مورخ 95.1.3 لغایت 95.1.4: the weekday of a range's first day
  } else if (open == 1 && one_day(x) && !x.relative() && b.relative() && b.written.weekday >= 0 && b.seconds < 0 &&
             tb == a.te + 1) {
    // یکم خرداد ۱۴۰۳ (سه‌شنبه): the weekday of the date before it.
    out = x;
    // 13أوت (الإثنين) written in December 2017: without its year, the
    // weekday picks the year next to the nearest, as written before it does
    // (resolve); a Hijri day's weekday pins its day instead (sighting).
    const auto fits = [&](const match& m) {
      return date::weekday{m.first}.c_encoding() == static_cast<unsigned>(b.written.weekday);
    };
    if (!fits(out) && (out.flags & flag_year_inferred) && out.calendar != written_calendar::hijri) {
      for (const int dy : {1, -1}) {
        match moved = out;
        if (move_years(moved, dy, 0) && fits(moved)) {
          out = moved;
          break;
        }
      }
    }
    if (!fits(out)) out.flags |= flag_weekday_mismatch;
  } else if (open == 0 && !stop && !equals && one_day(x) && !x.relative() && b.relative() && b.written.weekday >= 0 &&
             b.seconds < 0 && b_te - tb <= 2 && only_comma_or_day_word(d, a.te, tb) &&
             !(d.tokens[a.tb].kinds & (1U << static_cast<unsigned>(kind::holiday))) &&  // عيد الأضحى يوم الأربعاء: two (sighting)
             date::weekday{x.first}.c_encoding() == static_cast<unsigned>(b.written.weekday)) {
    // ۲۳ تیر روز چهارشنبه, 23 يوليو يوم الاربعاء: the date's own weekday
    // after it (another weekday there is another day).
    out = x;
  } else if ((equals || ((tb == a.te || dash_between) && !x.relative() && !b.relative() && !names_holiday(d, a.tb, a.te) &&
                         !names_holiday(d, tb, b_te))) &&
             one_day(x) && one_day(b) &&
             // والخميس 29 مايو غرة شهر ذي الحجة: side by side, nothing
             // between, the Hijri day is the other's twin too (not a named
             // day: عيد الأضحى يوم الأربعاء is two, for sighting).
             ((x.calendar == written_calendar::hijri && b.calendar != written_calendar::hijri && !b.relative()) ||
              (x.calendar != written_calendar::hijri && !x.relative() && b.calendar == written_calendar::hijri)) &&
             (x.first - b.first).count() >= -2 && (x.first - b.first).count() <= 2) {
    out = x.calendar != written_calendar::hijri ? x : b;  // the Gregorian or Jalali twin's day
    out.flags |= flag_dual_mismatch;
    if (stamp_clock) {  // the stamp's clock, on the day the exact calendar gives
      out.seconds = b.seconds;
      out.offset_minutes = b.offset_minutes;
      out.granularity = b.granularity;
    }
    hijri = x.calendar != written_calendar::hijri ? &b : &x;
    stated = out.first;
  } else if (!stop && !x.relative() && !b.relative() && x.seconds < 0 && b.seconds < 0 && !(x.flags & flag_unresolved) &&
             !(b.flags & flag_unresolved) && (x.calendar == written_calendar::hijri) != (b.calendar == written_calendar::hijri) &&
             (x.calendar == written_calendar::gregorian || b.calendar == written_calendar::gregorian) &&
             [&] {
               // لعام 1446هـ/2025م, عام 1139هـ (1727م), للعام 1445 هجري، الموافق 2024 ميلادي, 1443 هـ 2022 م: a Hijri
               // year and the Gregorian year it overlaps, one year written twice; شهر رمضان لعام 1447 هـ – 2026 م: a
               // Hijri month or day with the year it falls in, only after it and with no word between (a year then
               // a day, لسنة 1959 مؤرخ في 25 ذي القعدة 1378, and a day الموافق a year, are two).
               const match& greg = x.calendar == written_calendar::gregorian ? x : b;
               const match& lunar = x.calendar == written_calendar::gregorian ? b : x;
               if (greg.granularity != granularity::year || greg.last - greg.first > date::days{365} ||
                   lunar.last - lunar.first > date::days{355} || lunar.first > greg.last || greg.first > lunar.last)
                 return false;
               // (A month only with the word month before it: عملية رمضان للعام الحالي 1445هـ / 2024م names an
               // operation, its year the pair's.)
               return lunar.granularity == granularity::year ||
                      (&lunar == &x && !equals &&
                       (lunar.granularity == granularity::day ||
                        d.folded.text().substr(d.tokens[a.tb].begin, d.tokens[a.tb].end - d.tokens[a.tb].begin)
                                .find("\xD8\xB4\xD9\x87\xD8\xB1") <= 2));  // شهر, لشهر, بشهر
             }()) {
    const match& greg = x.calendar == written_calendar::gregorian ? x : b;
    const match& lunar = x.calendar == written_calendar::gregorian ? b : x;
    out = lunar.granularity == granularity::year ? greg : lunar;  // the Gregorian year, or the month or day
  } else if (!stop && (open > 0 || equals || (tb == a.te + 1 && d.tokens[a.te].t == scan::type::punct && d.tokens[a.te].punct == '/')) &&
             !x.relative() && !b.relative() && x.seconds < 0 && b.seconds < 0 && !(x.flags & flag_unresolved) &&
             !(b.flags & flag_unresolved) && x.granularity == b.granularity &&
             ((x.calendar == written_calendar::jalali && b.calendar == written_calendar::gregorian) ||
              (x.calendar == written_calendar::gregorian && b.calendar == written_calendar::jalali)) &&
             ((x.granularity == granularity::year && x.last - x.first <= date::days{366} && b.last - b.first <= date::days{366} &&
               date::year_month_day{date::sys_days{x.first.time_since_epoch()}}.year() ==
                   date::year_month_day{date::sys_days{b.first.time_since_epoch()}}.year()) ||
              (x.granularity == granularity::month && open == 0 && !equals && x.last - x.first <= date::days{31} &&
               b.last - b.first <= date::days{31} &&
               (std::min(x.last, b.last) - std::max(x.first, b.first)).count() >= 9))) {
    // سال ۱۳۱۱ خورشیدی (۱۹۳۲ میلادی), سال ۱۲۹۸ هجری (۱۹۱۹ میلادی): a Solar Hijri year and the Gregorian year its
    // Farvardin falls in, in brackets, after a slash or a word for "equals" (not سال ۱۳۹۸ و ۲۰۱۹: two years), one
    // year written twice, either first (در سال ۲۰۱۴ میلادی (۱۳۹۳ خورشیدی)), as the sets write it; the first written
    // stands; so a month and the one it shares ten days or more with after a slash (قوس 1391 / نوومبر 2012; the sets
    // write a month's twin in brackets apart: اکتبر سال ۲۰۲۰ (مهر ماه ۱۳۹۹)). Not years' ranges (۱۲۹۹- ۱۳۰۰ (۱۹۲۰-۱۹۲۱)).
    out = x;
  } else {
    return false;
  }
  out.begin = open < 0 ? d.folded.source_span(d.tokens[a.tb - 1].begin, d.tokens[a.tb - 1].end).first : x.begin;
  out.end = b.end;
  // ۱ فروردین ۱۴۰۲ (سه شنبه), چهارم ژانویه (۱۵ دیماه): the bracket closed.
  std::size_t e = b_te;
  while (open > 0 && e < d.tokens.size() && d.tokens[e].t == scan::type::punct && d.tokens[e].punct == ')') {
    out.end = d.folded.source_span(d.tokens[e].begin, d.tokens[e].end).second;
    --open;
    ++e;
  }
  if (!a.pinned && next.pinned) a.pin(next.hijri_rule, next.computed, next.stated);
  if (hijri && !a.pinned) a.pin(*hijri, stated);
  a.m = out;
  if (open < 0) --a.tb;
  a.te = static_cast<std::uint32_t>(e);
  a.calendars |= calendar;
  a.twins = a.twins || equals;
  return true;
}

void same_month_of_year(const document& d, std::vector<read_match>& read, int hijri_offset) {
  const auto word = [&](std::uint32_t x, std::initializer_list<std::string_view> ws) {
    if (x >= d.tokens.size()) return false;
    const std::string_view t = d.folded.text().substr(d.tokens[x].begin, d.tokens[x].end - d.tokens[x].begin);
    for (const std::string_view w : ws)
      if (t == w) return true;
    return false;
  };
  // الشهر, بالشهر, للشهر; نفس, بنفس, لنفس, ذات, بذات, لذات; نفسه, ذاته, المقابل, المماثل (folded)
  const std::initializer_list<std::string_view> month = {"\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1",
                                                         "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1",
                                                         "\xD9\x84\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1", "\xD9\x85\xD8\xA7\xD9\x87"};  // and Persian's ماه (همان ماه از سال ۱۳۸۳, ماه مشابه سال ۱۴۰۲)
  // الربع, بالربع, للربع: the same quarter, after a quarter.
  const std::initializer_list<std::string_view> quarter = {"\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA8\xD8\xB9",
                                                           "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA8\xD8\xB9",
                                                           "\xD9\x84\xD9\x84\xD8\xB1\xD8\xA8\xD8\xB9"};
  const std::initializer_list<std::string_view> same_before = {"\xD9\x86\xD9\x81\xD8\xB3", "\xD8\xA8\xD9\x86\xD9\x81\xD8\xB3",
                                                               "\xD9\x84\xD9\x86\xD9\x81\xD8\xB3", "\xD8\xB0\xD8\xA7\xD8\xAA",
                                                               "\xD8\xA8\xD8\xB0\xD8\xA7\xD8\xAA", "\xD9\x84\xD8\xB0\xD8\xA7\xD8\xAA", "\xD9\x87\xD9\x85\xD8\xA7\xD9\x86"};  // همان
  const std::initializer_list<std::string_view> same_after = {
      "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87", "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87",
      "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD8\xA7\xD8\xAB\xD9\x84", "\xD9\x85\xD8\xB4\xD8\xA7\xD8\xA8\xD9\x87"};  // مشابه
  for (std::size_t n = 0; n < read.size(); ++n) {
    read_match& r = read[n];
    match& m = r.m;
    // (الشهر ذاته عام 2013, بنفس الشهر في 2015: the year word or في for من.)
    const std::uint32_t of = r.tb > 0 && word(r.tb - 1, {"\xD9\x85\xD9\x86", "\xD9\x81\xDB\x8C", "\xD8\xA7\xD8\xB2", "\xD8\xAF\xD8\xB1"}) ? 1 : 0;  // من في از در
    if (m.granularity != granularity::year || (m.flags & flag_unresolved) || r.tb < 2 + of) continue;
    const std::uint32_t k = r.tb - 2 - of;
    const bool of_quarter = (word(k, same_before) && word(k + 1, quarter)) || (word(k, quarter) && word(k + 1, same_after));
    if (!of_quarter && !((word(k, same_before) && word(k + 1, month)) || (word(k, month) && word(k + 1, same_after)))) continue;
    // The month last written before it, near (a relative one too: الشهر الماضي), no relative day: its month in that year.
    for (std::size_t q = n; q-- > 0;) {
      const match& before = read[q].m;
      if (m.begin - before.end > same_year_reach) break;
      // (في شهر سبتمبر الماضي … مقارنة بالشهر ذاته من عام 2013 with no reference: the month is written, its year not.)
      const bool month_only = (before.flags & flag_unresolved) && before.unresolved_month != 0 && !of_quarter;
      if ((before.relative() && before.granularity != granularity::month) || ((before.flags & flag_unresolved) && !month_only) ||
          read[q].te > k || (!month_only && before.granularity != granularity::month && before.granularity != granularity::day))
        continue;
      date_fields f = from_sys_days(before.rule, date::sys_days{before.first.time_since_epoch()}, hijri_offset);
      if (month_only) f.month = before.unresolved_month;
      const date_fields l = from_sys_days(before.rule, date::sys_days{before.last.time_since_epoch()}, hijri_offset);
      // A quarter's: three whole months, the first of them 1, 4, 7 or 10.
      if (of_quarter && !(before.granularity == granularity::month && f.day == 1 && f.month % 3 == 1 && l.month == f.month + 2 &&
                          l.year == f.year && l.day == month_length(before.rule, l.year, l.month)))
        break;
      const date_fields y = from_sys_days(before.rule, date::sys_days{m.first.time_since_epoch()}, hijri_offset);
      const date::sys_days first = to_sys_days(before.rule, {y.year, f.month, 1}, hijri_offset);
      const unsigned last_month = of_quarter ? f.month + 2 : f.month;
      m.first = date::local_days{first.time_since_epoch()};
      m.last = date::local_days{to_sys_days(before.rule, {y.year, last_month, month_length(before.rule, y.year, last_month)}, hijri_offset)
                                    .time_since_epoch()};
      m.granularity = granularity::month;
      m.rule = before.rule;
      m.calendar = before.calendar;
      if (!(before.flags & flag_calendar_guessed)) m.flags &= ~flag_calendar_guessed;  // (the month named it: همان ماه از سال ۱۳۸۳)
      m.begin = d.folded.source_span(d.tokens[k].begin, d.tokens[k].end).first;
      r.tb = k;
      break;
    }
  }
}

}  // namespace engine
}  // namespace taqvim
