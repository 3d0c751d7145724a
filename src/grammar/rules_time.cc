// Rules for clock times that stand before their day, or alone after ساعت/الساعة.
#include "grammar/grammar.h"
#include <cstdlib>

namespace taqvim {
namespace grammar {

// ساعت ۱۰ صبح, الساعة العاشرة صباحا
// and an Arabic ordinal hour with a part of the day (الخامسة فجرا).
bool grammar::time_expr(std::size_t i, expression& p) const {
  // 12:34, 00:00:30 alone: a clock in figures with two-digit minutes, not
  // inside a longer chain of numbers.
  if (plain_number(i) && t_[i].digits <= 2 && punct(i + 1, ':') && touching(i + 1) && touching(i + 2) &&
      plain_number(i + 2) && t_[i + 2].digits == 2 &&
      !(i > 0 && touching(i) && t_[i - 1].t != type::word && t_[i - 1].t != type::newline) &&
      !(i > 0 && t_[i - 1].t == type::number)) {
    const std::size_t k = time_part(i, p, false);
    if (!k || p.hour < 0) return false;
    if (p.second >= 0 && t_[i].digits == 1) return false;  // 1:25:30: a race's time, a length
    // مدت زمان ویدیو: 00:01:42, مدة الفيديو: 00:03:15: a length after the word for duration, up to three tokens back.
    for (std::size_t x = i; p.second >= 0 && x > 0 && i - x < 3 && t_[x - 1].t != type::newline; --x)
      if (word_is(x - 1, "\xD9\x88\xDB\x8C\xD8\xAF\xDB\x8C\xD9\x88") || word_is(x - 1, "\xD9\x85\xD8\xAF\xD8\xAA") ||  // ویدیو مدت
          word_is(x - 1, "\xD9\x85\xD8\xAF\xD9\x87") || word_is(x - 1, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD9\x87") ||  // مده المده (مدة)
          word_is(x - 1, "\xD8\xA7\xD9\x84\xD9\x81\xDB\x8C\xD8\xAF\xDB\x8C\xD9\x88"))  // الفیدیو
        return false;
    // (Not inside a chain of numbers; but a closing bracket or a full stop may end it: (سا 15:00), … 15:00.)
    const bool ends = k < n_ && t_[k].t == type::punct && (t_[k].punct == ')' || t_[k].punct == ']' || t_[k].punct == '.') &&
                      !(touching(k + 1) && number(k + 1));
    if (k < n_ && touching(k) && (t_[k].t == type::number || t_[k].t == type::punct) && !ends) return false;
    if (k < n_ && t_[k].t == type::number) return false;  // 0:00 0:07:35: a player's times
    p.s = shape::time_only;
    p.te = k;
    return true;
  }
  // از ساعت ۱۶ تا ۲۰ امروز, من الساعة 13 حتى 17 اليوم: the bare end of a range
  // of clocks before a relative day, an hour past noon: that day at that hour
  // (without the day such an end is left unread: ranges of hours recur).
  // ۹ امشب: an evening's hour before tonight, after a word that leads to it or none (not قسمت ۹ امشب, an episode).
  if (persian_ && plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 6 && t_[i].value <= 11 &&
      word_is(i + 1, "\xD8\xA7\xD9\x85\xD8\xB4\xD8\xA8") &&
      (i == 0 || t_[i - 1].t == type::punct || t_[i - 1].t == type::newline || (t_[i - 1].t == type::lex && t_[i - 1].fillers))) {
    p.s = shape::time_only;
    p.hour = static_cast<int>(t_[i].value) + 12;
    p.minute = 0;
    p.te = i + 1;
    return day_after_time(i + 1, p);
  }
  // روز سه‌شنبه ۱۱ شهریور از ساعت ۸ تا ۲۳, ساعت ۸ تا ۲۳ روز سه‌شنبه ۴ شهریور: so
  // after the hour word, between a day and the range or before its day.
  if (plain_number(i) && t_[i].digits == 2 && t_[i].value >= 13 && t_[i].value <= 24 && i >= 2 &&
      filler(i - 1, lexicon::fill_range_to) && plain_number(i - 2) && t_[i - 2].digits <= 2 && t_[i - 2].value < t_[i].value) {
    const bool hour_word = i >= 3 && filler(i - 3, lexicon::fill_hour_word);
    const std::size_t before = hour_word && i >= 5 && filler(i - 4, lexicon::fill_range_from) ? i - 5 : i - 4;
    p.s = shape::time_only;
    p.hour = static_cast<int>(t_[i].value % 24);
    p.minute = 0;
    p.te = i + 1;
    if (entry_of(i + 1, kind::relative) && entry_of(i + 1, kind::relative)->aux == lexicon::unit_day) return day_after_time(i + 1, p);
    if (hour_word && i >= 4 && (month_name(before) || (plain_number(before) && t_[before].digits == 4 && before > 0 && month_name(before - 1))) &&
        !counted_noun(i + 1))
      return true;
    if (hour_word && (entry_of(i + 1, kind::weekday) || (filler(i + 1, lexicon::fill_day_word) && entry_of(i + 2, kind::weekday))) &&
        day_after_time(i + 1, p))
      return true;
    p = {};
  }
  // الثامنة مساء بتوقيت الإمارات، 8 بتوقيت مكة المكرمة, ۸ به وقت تهران: an
  // hour in figures with its zone written right after it.
  if (plain_number(i) && t_[i].digits <= 2 && t_[i].value <= 24 && !(i > 0 && t_[i - 1].t == type::number) &&
      !(i > 0 && t_[i - 1].t == type::punct && touching(i)) && zone_at(i + 1)) {  // not ۲۲/۴ بتوقيت
    const std::size_t k = written_zone(i + 1, p);
    if (k <= i + 1) return false;
    p.s = shape::time_only;
    p.hour = static_cast<int>(t_[i].value);
    p.minute = 0;
    p.te = k;
    return true;
  }
  // ۹ و ۳۰ دقیقه صبح: a Persian hour in figures with its minutes named.
  // ۸ و نیم صبح, ۷ و ربع عصر: or its half or quarter before a part of the day.
  const bool figures_and_minutes = persian_ && plain_number(i) && t_[i].digits <= 2 && i + 3 < n_ &&
                                   (t_[i + 1].waw || entry_of(i + 1, kind::connector)) &&
                                   (filler(entry_of(i + 1, kind::connector) ? i + 3 : i + 2, lexicon::fill_minute_word) ||
                                    (entry_of(i + 1, kind::connector) && (filler(i + 2, lexicon::fill_half) || filler(i + 2, lexicon::fill_quarter)) &&
                                     entry_of(i + 3, kind::time_of_day)));
  // پنج بجه, ۱۰ بجه قبل از ظهر: Dari's "o'clock" after an hour, in words or
  // figures (asked only when nothing else makes one a clock: every number starts here).
  const auto oclock_at = [&] {
    return persian_ && i + 1 < n_ && t_[i + 1].t == type::word && word_is(i + 1, "\xD8\xA8\xD8\xAC\xD9\x87") &&  // بجه
           ((plain_number(i) && t_[i].digits <= 2) || entry_of(i, kind::cardinal));
  };
  bool oclock = false;
  if (!filler(i, lexicon::fill_hour_word) && !(filler(i, lexicon::fill_in) && filler(i + 1, lexicon::fill_hour_word)) &&
      !entry_of(i, kind::ordinal) && !(persian_ && entry_of(i, kind::cardinal)) && !figures_and_minutes && !(oclock = oclock_at()))
    return false;
  // A Persian hour in words goes on with its minutes (ده و نیم, یک ربع به), or
  // is one of the morning (هشت صبح شنبه; not یک صبح, a morning, nor سه شب,
  // three nights): turned away at once, as most number words are counts.
  // A day must follow the morning's (روزنامه هشت صبح is a paper; از شش صبح تا ده شب, daily hours).
  const auto* c = entry_of(i, kind::cardinal);
  const bool morning = c && c->value >= 2 && c->value <= 11 && word_is(i + 1, "\xD8\xB5\xD8\xA8\xD8\xAD");  // صبح
  if (persian_ && !filler(i, lexicon::fill_hour_word) && !filler(i, lexicon::fill_in) && !entry_of(i, kind::ordinal) &&
      !(i + 1 < n_ && (t_[i + 1].waw || entry_of(i + 1, kind::connector) || filler(i + 1, lexicon::fill_quarter))) &&
      !(oclock || oclock_at()) && !morning)
    return false;
  const bool bare_morning = persian_ && morning && !(oclock || oclock_at());
  const std::size_t k = time_part(i, p, true);
  if (!k || hours_before_week_span(k)) return false;
  // A part of the day just before the clock (عصر ساعت ۵) is the driver's to
  // apply (half_of_day_before); without one, a range's second clock says it.
  bool own = false;
  for (std::size_t x = i; x < k; ++x) own = own || entry_of(x, kind::time_of_day);
  if (!own && tod_before(i) < 0) half_of_range(i, k, p);
  p.s = shape::time_only;
  p.te = k;
  std::size_t d = k;
  if (punct(d, ',')) ++d;
  // السابعة مساء غد الثلاثاء بتوقيت القاهرة: a zone written after the day
  // is the clock's.
  const bool day = day_after_time(d, p);
  if (day && p.zone < 0 && p.zone_offset == expression::no_offset) p.te = written_zone(p.te, p);
  return day || !bare_morning;
}

// The time before its day: ساعت ۱۰ صبح روز دوشنبه ۲۳ مهر ۱۴۰۳, الساعة
// العاشرة صباح يوم الأحد 6 أغسطس 2023, ۰۹:۱۵ - ۱۴۰۱/۱۱/۲۲, or a relative day:
// ساعت ۸ شب فردا. When a day starts at token d, p (holding the time)
// becomes that day at that time.
bool grammar::day_after_time(std::size_t d, expression& p) const {
  const std::size_t after_clock = d;
  // الخامسة مساءً، ويوم الأربعاء حتى الخامسة والنصف: and on another day, another item;
  // 2 ظهرا من الأحد إلى الخميس: the span of a week's schedule, no day.
  if ((d < n_ && t_[d].waw) || week_span_at(d)) return false;
  // Not after a comma: الثالثة ظهرا، من يوم الاثنين … حتى is a range's start.
  if (!punct(d - 1, ',') && filler(d, lexicon::fill_of) && (entry_of(d + 1, kind::relative) || entry_of(d + 1, kind::weekday) ||
                                      (filler(d + 1, lexicon::fill_day_word) && entry_of(d + 2, kind::weekday))))
    ++d;  // الساعة التاسعة من اليوم الثلاثاء, الرابعة عصراً من يوم الأربعاء
  // الساعة 05:00 من تاريخ 6-12-2025, الساعة 8 من يوم 6/12/2025: "of the date" and its figures.
  else if (!punct(d - 1, ',') && filler(d, lexicon::fill_of) &&
           (filler(d + 1, lexicon::fill_day_word) || word_is(d + 1, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE")) &&  // تاریخ
           number(d + 2))
    d += 2;
  // الساعة 11.00 تغ من صباح الأربعاء: "of the morning of" a weekday (the
  // clock says the half of the day already).
  else if (!punct(d - 1, ',') && filler(d, lexicon::fill_of) && p.hour >= 0 && entry_of(d + 1, kind::time_of_day) &&
           t_[d + 1].t == type::lex && !entry_of(d + 1, kind::relative) && entry_of(d + 2, kind::weekday))
    d += 2;
  // الساعة 23:00 بتوقيت غرينيتش ليل الجمعة: the night of the weekday after the clock.
  else if (!persian_ && p.hour >= 0 && word_is(d, "\xD9\x84\xDB\x8C\xD9\x84") && entry_of(d + 1, kind::weekday))
    ++d;  // (ليل: night, of the weekday named; ليلة before it is its eve)
  // الساعة 21:00 بتوقيت مكة مساء الاثنين: the part of the day comes after the
  // clock's zone, before its weekday (Persian شب there begins an eve).
  else if (const lexicon::entry* tod = d == after_clock && d < n_ && p.hour >= 0 && (p.zone >= 0 || p.zone_offset != expression::no_offset) &&
                                               t_[d].t == type::lex && !entry_of(d, kind::relative)
                                           ? entry_of(d, kind::time_of_day)
                                           : nullptr;
           tod && (entry_of(d + 1, kind::weekday) || (filler(d + 1, lexicon::fill_day_word) && entry_of(d + 2, kind::weekday)))) {
    bool own = false;  // العاشرة صباحا بتوقيت الجزائر: the clock's own part of the day first
    for (std::size_t x = d; x-- > 0 && !number(x) && x + 6 > d;) own = own || entry_of(x, kind::time_of_day);
    if (!own && (p.hour <= 12 || (tod->value != lexicon::tod_am && tod->value != lexicon::tod_morning))) {
      apply_tod(tod->value, p);
      // ساعت ۹ به وقت تهران شب دوشنبه: 21:00 on the eve, which the weekday's rule reads with شب.
      if (!(persian_ && tod->value == lexicon::tod_night)) ++d;
    }
  }
  if (filler(d, lexicon::fill_day_word) && !entry_of(d + 1, kind::weekday)) ++d;
  expression q;
  // ساعت 10:40 دقیقه شب یکشنبه: the clock's شب begins the weekday's eve,
  // Saturday night (یکشنبه شب would be Sunday's).
  if (d == after_clock && d > 0 && filler(d - 1, lexicon::fill_eve) && entry_of(d, kind::weekday) &&
      !(full_date(d, q) && q.s == shape::date) && (q = {}, weekday_expr(d - 1, q)) && q.s == shape::weekday && q.eve) {
    take_time(p, q);
    p = q;
    return true;
  }
  q = {};
  if (((full_date(d, q) || (q = {}, numeric_date(d, q))) && q.s == shape::date && q.hour < 0) ||
      ((q = {}, relative_expr(d, q)) && q.s == shape::relative_day && q.hour < 0) ||
      // 16:40|یکشنبه, آذر 04 ,1403: a weekday, then its date month first (a site's stamp).
      ((q = {}, month_first(d, q)) && q.s == shape::date && q.hour < 0 && q.weekday >= 0) ||
      ((q = {}, weekday_expr(d, q)) && q.s == shape::weekday) ||
      // الساعة الواحدة من صباح آخر يوم جمعة من شهر تشرين الأول
      ((q = {}, nth_weekday(d, q)) && q.hour < 0)) {
    // ساعت ۲۴ روز اول فروردین: the end of that day (the clock change of
    // Iran's notices), written as the day.
    const bool end_of_day = p.hour == 0 && p.minute == 0 && after_clock > 0 && plain_number(after_clock - 1) &&
                            t_[after_clock - 1].value == 24;
    if (!end_of_day) take_time(p, q);
    p = q;
    return true;
  }
  return false;
}

// عصر روز ۱۵ مرداد ساعت ۵, مساء يوم 15 مايو الساعة 9, عصر یکشنبه ساعت ۵:
// a part of the day just before a day (or its day word) whose clock has no
// part of the day of its own says the clock's half of the day. For every
// rule's reading, once it is chosen.
void grammar::half_of_day_before(expression& p) const {
  if (p.hour < 0 || p.hour > 12) return;
  for (std::size_t x = p.tb; x < p.te; ++x)
    if (entry_of(x, kind::time_of_day)) return;
  const std::size_t b = p.tb > 0 && filler(p.tb - 1, lexicon::fill_day_word) ? p.tb - 1 : p.tb;
  const int tod = tod_before(b);
  // اليوم الخميس من الساعة 4 إلى الساعة 8 مساءً: without one, a range's
  // second clock says it, for a clock after its day too.
  if (tod < 0) half_of_range(p.tb, p.te, p);
  apply_tod(tod, p);
}

// الساعة التاسعة مساءً بتوقيت الإمارات، الثامنة بتوقيت مكة المكرمة، السابعة
// بتوقيت السودان: an hour with its zone and no part of the day, right after
// a clock with its own zone (a comma or و between), is the same moment told
// in another zone: of the half of the day that puts the two hours nearest
// (the zones of the region are at most a few hours apart).
void grammar::same_moment_in_zone(const expression& prev, expression& p) const {
  const auto zoned = [](const expression& e) { return e.zone >= 0 || e.zone_offset != expression::no_offset; };
  if (p.s != shape::time_only || prev.hour < 0 || p.hour < 1 || p.hour >= 12 || !zoned(p) || !zoned(prev)) return;
  if (p.tb < prev.te || p.tb - prev.te > 2) return;
  for (std::size_t x = prev.te; x < p.tb; ++x)
    if (!punct(x, ',') && !entry_of(x, kind::connector)) return;
  if (p.tb == prev.te && !t_[p.tb].waw) return;
  for (std::size_t x = p.tb; x < p.te; ++x)
    if (entry_of(x, kind::time_of_day)) return;
  if (std::abs(prev.hour - (p.hour + 12)) < std::abs(prev.hour - p.hour)) p.hour += 12;
}

// The second clock of a range of clock times, after the first ends at k:
// "to" (تا, إلى, حتى, لغاية), a dash, or و after بين, then a clock read as
// one after a date reads it (الساعة 10 مساء, 22:00, 6 مساء). q takes it;
// own_tod says whether it has its own part of the day. Returns the token
// after it, or 0.
std::size_t grammar::clock_range_end(std::size_t k, bool between, expression& q, bool& own_tod) const {
  std::size_t j = k;
  if (punct(j, '-') || (filler(j, lexicon::fill_range_to) && !entry_of(j, kind::connector)) ||
      (between && entry_of(j, kind::connector)))
    ++j;
  else if (!(between && j < n_ && t_[j].waw))
    return 0;
  std::size_t e = time_part(j, q, false);
  // حتى الثامنة مساء: an ordinal hour with its part of the day, no الساعة.
  if (!e) e = (q = {}, time_part(j, q, true));
  if (!e || q.hour < 0) return 0;
  own_tod = false;
  for (std::size_t x = j; x < e; ++x) own_tod = own_tod || entry_of(x, kind::time_of_day);
  return e;
}

// من الساعة 8 إلى الساعة 10 مساء, بين الساعة 8 و10 مساء: the first clock of
// a range (tokens i to k, no part of the day of its own) is in the half of
// the day the second's part of the day says, when it can come before it
// there (من الساعة 11 إلى 1 ظهرا stays at eleven).
void grammar::half_of_range(std::size_t i, std::size_t k, expression& p) const {
  if (p.hour < 0 || p.hour >= 12) return;
  // بين before the clock, or inside a reading that starts with its day
  // (غدا بين الساعة 4 و8 مساء).
  bool between = i > 0 && filler(i - 1, lexicon::fill_between);
  for (std::size_t x = i; x < k && !between; ++x) between = filler(x, lexicon::fill_between);
  expression q;
  bool own = false;
  if (!clock_range_end(k, between, q, own) || !own || q.hour < 12) return;
  if (p.hour + 12 <= q.hour) p.hour += 12;
}

// A clock time with its minutes before its date (news sites' stamps:
// ۰۹:۱۵ - ۱۴۰۱/۱۱/۲۲, 19:17 | 15 مرداد 1402); alone, only with a part of the
// day (6:40 صباحا) or as a live blog's stamp ([14:05]): a bare 19:17 could
// be a score or a verse.
bool grammar::clock_then_date(std::size_t i, expression& p) const {
  // 4 مساء غدا, 11 صباحا الخميس: a bare hour with its part of the day, only
  // before the day it is on.
  // Not the second number of a score (إلى 4-2 مساء الأحد).
  // Nor the fraction of a decimal or a dotted clock (9.00 صباحا: read at the 9).
  // A range's second hour is none (الساعة 4-5 مساءً, من 10-12 صباحا).
  const bool hour_range = i >= 3 && punct(i - 1, '-') && t_[i - 2].digits <= 2 && t_[i - 2].value <= 12 &&
                          (filler(i - 3, lexicon::fill_hour_word) || filler(i - 3, lexicon::fill_range_from) ||
                           filler(i - 3, lexicon::fill_between));
  const bool score = i >= 2 && (punct(i - 1, '-') || punct(i - 1, ':') || punct(i - 1, '.')) && touching(i) && number(i - 2) &&
                     !hour_range;
  // مساء 7, بعد الظهر 7:00: the part of the day written before the clock.
  const int tod_first = !score && plain_number(i) && t_[i].digits <= 2 && t_[i].value <= 12 && !persian_ ? tod_before(i) : -1;
  // (Not a name's number: جامعة الجزائر 2 صبيحة اليوم, the university's.)
  bool city = false;
  const auto university = [&](std::size_t k) {  // جامعة, بجامعة, لجامعة (folded)
    return k < n_ && t_[k].end - t_[k].begin >= 10 && s_.compare(t_[k].end - 10, 10, "\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xD9\x87") == 0;
  };
  const bool bare = plain_number(i) && t_[i].digits <= 2 && strong_time_of_day(i + 1) && !score &&
                    !(i > 0 && place_at(i - 1, city) >= 0) && !(i > 1 && university(i - 2));
  // سأعود مساء 7.: a bare hour after its part of the day, closing the clause.
  if (tod_first >= 0 && strong_time_of_day(i - 1) && t_[i].value >= 1 &&
      (i + 1 >= n_ || t_[i + 1].t == type::newline || (t_[i + 1].t == type::punct && !punct(i + 1, ':') && !punct(i + 1, '/') &&
                                                      !punct(i + 1, '-') && !punct(i + 1, '.')) ||
       (punct(i + 1, '.') && !number(i + 2)))) {
    p.hour = static_cast<int>(t_[i].value);
    p.minute = 0;
    apply_tod(tod_first, p);
    p.s = shape::time_only;
    p.te = i + 1;
    return true;
  }
  // 1.39 بتوقيت موسكو: a dot for the colon before a written zone (a comma too).
  // 9.00 صباحا (بتوقيت غرينيتش): or before a part of the day, as a bare hour.
  const bool dotted_tod = punct(i + 1, '.') && touching(i + 1) && touching(i + 2) && number(i + 2) &&
                          t_[i + 2].digits == 2 && t_[i].digits <= 2 && t_[i].value <= 12 && strong_time_of_day(i + 3) &&
                          !score && !(i > 0 && t_[i - 1].t == type::number);
  const bool dotted = ((punct(i + 1, '.') || punct(i + 1, ',')) && number(i + 2) && zone_at(i + 3)) || dotted_tod;  // (2,43 ت غ): AFP's comma
  const bool h_style = number(i) && t_[i].digits <= 2 && t_[i].value < 24 && h_minutes(i + 1);  // 18h00
  // من 5 إلى 6 مساء, از ۲۰:۰۰ تا ۲۲:۰۰, بين 10:00 و12:00: after "from" or
  // "between", a bare hour or a clock with its minutes that a second clock
  // ends (a bare hour only before one with its part of the day).
  const bool from = i > 0 && (filler(i - 1, lexicon::fill_range_from) || filler(i - 1, lexicon::fill_between)) &&
                    number(i) && t_[i].digits <= 2 && t_[i].value < 24 && !score;
  bool range_start = false;
  if (from) {
    const bool minutes = punct(i + 1, ':') && touching(i + 1) && number(i + 2) && t_[i + 2].digits == 2 && touching(i + 2);
    const std::size_t after = minutes ? i + 3 : i + 1;
    expression q;
    bool own = false;
    if ((minutes || t_[i].value <= 12) && !entry_of(after, kind::time_of_day)) {
      const std::size_t e = clock_range_end(after, filler(i - 1, lexicon::fill_between), q, own);
      bool colon_end = false;
      for (std::size_t x = after; x < e; ++x) colon_end = colon_end || punct(x, ':');
      range_start = e && (own || (minutes && colon_end));
    }
  }
  // … إلى 22:00 after a first clock with its minutes, its part of the day between (07:00 صباحًا إلى 14:00): the range's end.
  const std::size_t b = i >= 5 && entry_of(i - 2, kind::time_of_day) ? i - 1 : i;
  const bool range_end = b >= 4 && punct(i + 1, ':') && touching(i + 1) && number(i + 2) && t_[i + 2].digits == 2 &&
                         t_[i].digits <= 2 && t_[i].value < 24 &&
                         ((filler(i - 1, lexicon::fill_range_to) && !entry_of(i - 1, kind::connector)) ||
                          punct(i - 1, '-') || (entry_of(i - 1, kind::connector) && i >= 5 && filler(i - 5, lexicon::fill_between))) &&
                         number(b - 2) && t_[b - 2].digits == 2 && punct(b - 3, ':') && number(b - 4) && t_[b - 4].digits <= 2;
  // ۴۵ : ۱۲ - ۰۵ اسفند ۱۳۹۴: a page stamp whose clock the right-to-left
  // layout turned round (minutes that no hour can be, blanks around the
  // colon), before its date: 12:45.
  if (plain_number(i) && t_[i].digits == 2 && t_[i].value >= 24 && t_[i].value <= 59 && punct(i + 1, ':') &&
      !touching(i + 1) && plain_number(i + 2) && !touching(i + 2) && t_[i + 2].digits <= 2 && t_[i + 2].value <= 23 &&
      (punct(i + 3, '-') || punct(i + 3, '|'))) {
    p.hour = static_cast<int>(t_[i + 2].value);
    p.minute = static_cast<int>(t_[i].value);
    return day_after_time(i + 4, p);
  }
  if (range_start && !punct(i + 1, ':')) {
    if (hours_before_week_span(i + 1)) return false;
    // من 5 إلى 6 مساء: the bare hour, in the half of the day of the second.
    p.hour = static_cast<int>(t_[i].value);
    p.minute = 0;
    half_of_range(i, i + 1, p);
    p.s = shape::time_only;
    p.te = i + 1;
    return true;
  }
  if (!number(i) || !(punct(i + 1, ':') || bare || dotted || h_style)) return false;
  const std::size_t k = time_part(i, p, false);
  if (!k || hours_before_week_span(k)) return false;
  if (expression probe = p; (range_start || range_end) && !entry_of(k - 1, kind::time_of_day) && !day_after_time(k, probe)) {
    if (range_start) half_of_range(i, k, p);
    p.s = shape::time_only;
    p.te = k;
    return true;
  }
  std::size_t d = k;
  // 02:33 الجمعة بتوقيت غرينتش: a zone written after the day is the clock's.
  const auto zone_after = [&]() {
    if (p.zone < 0 && p.zone_offset == expression::no_offset) p.te = written_zone(p.te, p);
    return true;
  };
  if (bare || dotted_tod) {
    if (day_after_time(punct(d, ',') ? d + 1 : d, p)) return zone_after();
    // ۹ صبح, 6 صباحا, 11 ليلا alone: a clock time; not with Persian شب (۳
    // شب is also three nights' stay), after a word that counts (ساعة, دقیقه) or before one
    // that says "in a row".
    const std::size_t tod = bare ? i + 1 : i + 3;
    // ۸صبح، پروان: …, به ۸صبح گفت: the Afghan daily Hasht-e Subh (8 a.m.),
    // at the head of its dateline (a comma, a place, a colon) or told a thing.
    const auto newspaper = [&]() {
      if (!persian_ || !bare || t_[i].value != 8) return false;
      const std::string_view next = tod + 1 < n_ ? s_.substr(t_[tod + 1].begin, t_[tod + 1].end - t_[tod + 1].begin) : "";
      if (word_is(i - 1, "\xD8\xA8\xD9\x87") &&
          (next.substr(0, 6) == "\xDA\xAF\xD9\x81\xD8\xAA" || next.substr(0, 10) == "\xD8\xA7\xD9\x81\xD8\xB2\xD9\x88\xD8\xAF"))
        return true;  // گفت…, افزود
      if (!(i == 0 || t_[i - 1].t == type::newline) || !punct(tod + 1, ',')) return false;
      for (std::size_t x = tod + 2; x < n_ && x < tod + 6 && t_[x].t != type::newline; ++x)
        if (punct(x, ':')) return true;
      return false;
    };
    if (newspaper()) return false;
    if ((persian_ && entry_of(tod, kind::time_of_day)->value == lexicon::tod_night) || (i > 0 && entry_of(i - 1, kind::unit)) ||
        word_is(tod + 1, "\xD9\x85\xD8\xAA\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C") ||
        word_is(tod + 1, "\xD9\xBE\xDB\x8C\xD8\xA7\xD9\xBE\xDB\x8C"))
      return false;  // ۳ صبح متوالی, پیاپی: three mornings in a row
    // من 10 إلى 12 صباحا, ساعت ۱۰-۱۲ صبح: a morning's range ends at noon.
    if (p.hour == 0 && t_[i].value == 12 && i >= 2 && number(i - 2) && t_[i - 2].value >= 1 && t_[i - 2].value < 12 &&
        (punct(i - 1, '-') || (filler(i - 1, lexicon::fill_range_to) && !entry_of(i - 1, kind::connector))))
      p.hour = 12;
    p.s = shape::time_only;
    p.te = k;
    return zone_after();
  }
  // ١٩:٢٨ • الاثنين ٢٤ اكتوبر ٢٠١٦: a bullet or other symbol as the separator too.
  if (punct(d, '-') || punct(d, ',') || punct(d, '|') || separator_symbol(d)) ++d;

  if (day_after_time(d, p)) return zone_after();
  p.s = shape::time_only;
  p.te = k;
  // 6:40 صباحا, 16:40 بتوقيت السعودية: a part of the day or a zone makes it
  // a time; so does the h of 18h00, which no score or verse writes.
  if (entry_of(k - 1, kind::time_of_day) || p.zone >= 0 || p.zone_offset != expression::no_offset || h_style) return true;
  if (tod_first >= 0 && strong_time_of_day(i - 1) && punct(i + 1, ':') && number(i + 2) && t_[i + 2].digits == 2) {  // not a score: مساء 2:1
    apply_tod(tod_first, p);
    return true;
  }
  // آخر تحديث GMT 15:32:48: a zone written before it (the driver gives it).
  if (i > 0 && entry_of(i - 1, kind::zone) && punct(i + 1, ':')) return true;
  // • 2021-05-10 / • 16:09: a page stamp's clock alone on its line (hours
  // and minutes of two digits), not a score.
  const auto line_start = [&](std::size_t x) { return x == 0 || t_[x - 1].t == type::newline; };
  if ((line_start(i) || (punct(i - 1, 0) && line_start(i - 1))) && (k >= n_ || t_[k].t == type::newline) &&
      i > 0 &&  // a page's line after others, not a text of its own (what follows changes nothing)
      punct(i + 1, ':') && number(i + 2) && t_[i + 2].digits == 2 && t_[i].value < 24)
    return true;
  return i > 0 && punct(i - 1, '[') && touching(i) && punct(k, ']') && touching(k);
}

// من الأحد إلى الخميس, از شنبه تا چهارشنبه at j: a span of weekdays of any
// week (no qualifier, no date after the second), as opening hours name.
bool grammar::week_span_at(std::size_t j) const {
  if (punct(j, ',')) ++j;
  if (!filler(j, lexicon::fill_range_from)) return false;
  ++j;
  if (filler(j, lexicon::fill_day_word)) ++j;
  if (!entry_of(j, kind::weekday)) return false;
  ++j;
  if (!(punct(j, '-') || filler(j, lexicon::fill_range_to)) || entry_of(j, kind::connector)) return false;
  ++j;
  if (filler(j, lexicon::fill_day_word)) ++j;
  if (!entry_of(j, kind::weekday)) return false;
  ++j;
  return !entry_of(j, kind::weekday_qualifier) && !number(j) && !entry_of(j, kind::relative) && !filler(j, lexicon::fill_week_word);
}

// من الساعة 8 صباحا حتى 2 ظهرا من الأحد إلى الخميس, از ساعت ۸ صبح تا ۲ بعدازظهر
// از شنبه تا چهارشنبه: hours before a span of weekdays of any week, only clock
// words between (the end of a range of hours, a second range after a comma), recur: no day.
bool grammar::hours_before_week_span(std::size_t k) const {
  for (std::size_t x = k; x < n_ && x < k + 20 && t_[x].t != type::newline; ++x) {
    if (week_span_at(x)) return true;
    if (!(number(x) || punct(x, ':') || punct(x, ',') || filler(x, lexicon::fill_range_to) || filler(x, lexicon::fill_range_from) ||
          filler(x, lexicon::fill_hour_word) ||
          entry_of(x, kind::time_of_day) || entry_of(x, kind::ordinal) || entry_of(x, kind::cardinal)))
      return false;
  }
  return false;
}

}  // namespace grammar
}  // namespace taqvim
