// Weeks' schedules: a span or list of weekdays with hours (شنبه تا چهارشنبه
// 8:45 تا 9:00, أيام السبت والأحد من الساعة 8), a table of opening hours, and
// one weekday's own hours after them: recurring times, no day.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// شنبه تا چهارشنبه 8:45 تا 9:00, من الأحد إلى الخميس من الساعة 8 صباحا,
// از شنبه تا چهارشنبه از ساعت ۸: a span of weekdays with hours right after
// it is a week's schedule, no day; the driver takes the clocks after it in
// its sentence as recurring. Returns the token after the second weekday, or 0.
std::size_t grammar::weekly_schedule(std::size_t i) const {
  // من الساعة 8 صباحا حتى 2 ظهرا من الأحد إلى الخميس: the span after hours (read at من or its weekday).
  if (const std::size_t f = i > 0 && filler(i - 1, lexicon::fill_range_from) ? i - 1 : i;
      f > 0 && (number(f - 1) || entry_of(f - 1, kind::time_of_day)) && week_span_at(f)) {
    std::size_t e = f + 2;
    while (!entry_of(e, kind::weekday) || !(filler(e - 1, lexicon::fill_range_to) || filler(e - 1, lexicon::fill_day_word) || punct(e - 1, '-'))) ++e;
    return e + 1;
  }
  // روزهای یکشنبه، دوشنبه و سه‌شنبه از ساعت ۷ تا ۱۹, أيام السبت والأحد من الساعة 8: weekdays listed after the
  // plural of day, then hours; one alone (روزهای پنجشنبه, Thursdays) recurs with the clocks of its sentence.
  if (entry_of(i, kind::weekday) && i > 0 && (word_is(i - 1, "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C") ||
                                              word_is(i - 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85"))) {  // روزهای, ایام
    std::size_t k = i + 1;
    for (;;) {
      if ((punct(k, ',') || entry_of(k, kind::connector)) && !entry_of(k + 1, kind::weekday_qualifier) && entry_of(k + 1, kind::weekday)) k += 2;
      else if (k < n_ && t_[k].waw && entry_of(k, kind::weekday)) ++k;
      else break;
    }
    if (!entry_of(k, kind::weekday_qualifier) && !entry_of(k, kind::relative) && !number(k) &&
        !(persian_ && entry_of(k, kind::ordinal)) &&  // روزهای دوشنبه دهم و …: dates
        !(punct(k, '(') && number(k + 1)) &&  // روزهای یکشنبه (۱۱ شهریور) و سه‌شنبه (۱۳ شهریور): so
        (hours_at(k) || (punct(k, ':') && hours_at(k + 1)) ||  // - أيام الاثنين والثلاثاء: من الساعة الثامنة (a list's line)
         (k == i + 1 && !entry_of(k, kind::weekday) && !filler(k, lexicon::fill_range_to))))
      return k;
  }
  std::size_t j = i;
  // الإثنين: 10:00 - 12:00 … الجمعة: مغلق: a table of opening hours, a
  // weekday first on its line, a colon, then its hours or "closed".
  if (entry_of(i, kind::weekday) && (i == 0 || t_[i - 1].t == type::newline) && punct(i + 1, ':')) {
    const std::size_t k = i + 2;
    if ((number(k) && punct(k + 1, ':') && number(k + 2)) || word_is(k, "\xD9\x85\xD8\xBA\xD9\x84\xD9\x82") ||  // مغلق
        word_is(k, "\xD8\xA8\xD8\xB3\xD8\xAA\xD9\x87") || word_is(k, "\xD8\xB9\xD8\xB7\xD9\x84\xD9\x87") ||  // بسته, عطله
        word_is(k, "\xD8\xAA\xD8\xB9\xD8\xB7\xDB\x8C\xD9\x84"))                                                   // تعطیل
      return i + 1;
  }
  if (filler(j, lexicon::fill_range_from)) ++j;
  if (filler(j, lexicon::fill_day_word)) ++j;
  if (!entry_of(j, kind::weekday)) return 0;
  ++j;
  if (!(punct(j, '-') || filler(j, lexicon::fill_range_to)) || entry_of(j, kind::connector)) return 0;
  ++j;
  if (filler(j, lexicon::fill_day_word)) ++j;
  if (!entry_of(j, kind::weekday)) return 0;
  const std::size_t end = ++j;
  if (punct(j, ',') || punct(j, ':')) ++j;
  if (punct(j - 1, ':'))  // من يوم الاثنين إلى يوم الخميس:\n\nمن الساعة 08:00
    while (j < n_ && t_[j].t == type::newline) ++j;
  if (hours_at(j)) return end;
  // من الإثنين إلى الجمعة alone on its line, a list of hours under it (• الصيدليات صنف “أ”: من 8:30 صباحًا إلى …):
  // its heading.
  const std::size_t first = i > 0 && !filler(i, lexicon::fill_range_from) && filler(i - 1, lexicon::fill_range_from) ? i - 1 : i;
  if (j < n_ && t_[j].t == type::newline && (first == 0 || t_[first - 1].t == type::newline)) {
    while (j < n_ && t_[j].t == type::newline) ++j;
    for (std::size_t k = j, n = 0; k < n_ && n < 12 && t_[k].t != type::newline; ++k, ++n)
      if (punct(k, ':') && hours_at(k + 1)) return end;
  }
  return 0;
}

// Hours at token j (من or في may stand first): الساعة, 8:30, 8 صباحا, التاسعة صباحا.
std::size_t grammar::hours_at(std::size_t j) const {
  if (filler(j, lexicon::fill_range_from) || filler(j, lexicon::fill_in)) ++j;
  return filler(j, lexicon::fill_hour_word) || (number(j) && punct(j + 1, ':') && number(j + 2)) ||
         ((plain_number(j) || entry_of(j, kind::ordinal)) && t_[j].digits <= 2 && strong_time_of_day(j + 1));
}

// In a week's schedule, one weekday's own hours after it (* يوم الجمعة: من
// الساعة 08:00 إلى 13:00, فيما يبدأ الدوام يوم الجمعة من التاسعة صباحا,
// و پنجشنبه از ۷ تا ۱۲): the token after the weekday, or 0.
std::size_t grammar::weekday_hours(std::size_t i) const {
  std::size_t j = i + filler(i, lexicon::fill_day_word);
  if (!entry_of(j, kind::weekday) || entry_of(j + 1, kind::weekday_qualifier) || entry_of(j + 1, kind::relative)) return 0;
  const std::size_t end = ++j;
  if (punct(j, ',') || punct(j, ':')) ++j;
  const std::size_t k = j + (filler(j, lexicon::fill_range_from) || filler(j, lexicon::fill_in));
  return hours_at(j) || (plain_number(k) && t_[k].digits <= 2 && filler(k + 1, lexicon::fill_range_to) && plain_number(k + 2))
             ? end
             : 0;
}

// كل عام, هر روز, عادة, كل أسبوع after a date or a clock (a phrase of not_dates.txt whose value says what recurs
// before it): it recurs. Returns the token after the phrase, or 0.
std::size_t grammar::every_year_after(std::size_t k, bool clock, bool weekday) const {
  // من الساعة 8.30 صباحا إلى 3 عصر يوميا: past the second clock of a range.
  if (filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector)) {
    expression t;
    if (const std::size_t e = time_part(k + 1, t, false); e && every_year_after(e, true)) return every_year_after(e, true);
  }
  const bool comma = punct(k, ',');
  if (comma) ++k;
  if (filler(k, lexicon::fill_of) || filler(k, lexicon::fill_in)) ++k;
  for (std::uint32_t e = k < n_ && t_[k].t == type::lex ? t_[k].entry_begin : 0; k < n_ && t_[k].t == type::lex && e < t_[k].entry_end; ++e) {
    const lexicon::entry& x = lex_.entries[e];
    if (x.k != kind::not_date) continue;
    if (x.value == 1 || (x.value == 8 && !comma) || (clock && x.value == 6) || ((clock || weekday) && x.value == 7)) return k + 1;
  }
  return 0;
}

// يومي الأربعاء والخميس من كل أسبوع: weekdays listed (و or a comma between), then every week: the first recurs too.
std::size_t grammar::every_week_after_list(std::size_t k) const {
  for (std::size_t n = 0; k < n_ && n < 6; ++n) {
    std::size_t w = k;
    if (punct(w, ',')) ++w;
    if (entry_of(w, kind::connector)) ++w;
    else if (w == k && !(w < n_ && t_[w].waw)) break;
    if (!entry_of(w, kind::weekday)) break;
    k = w + 1;
  }
  return every_year_after(k, false, true);
}

}  // namespace grammar
}  // namespace taqvim
