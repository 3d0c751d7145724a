// Rules for a day and a month written as numbers without their year (يوم 8/11, 1/1: رأس السنة).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// يوم 8/11, يوم9/11 (glued): a day and month with no year after the day
// word, in Arabic (Gregorian, day first); the year the nearest. Only with a
// slash and nothing numeric after (يوم 8/11/2025 is a whole date, 3-1 a score).
bool grammar::day_of_numbers(std::size_t i, expression& p) const {
  if (persian_ || !filler(i, lexicon::fill_day_word)) return false;
  const std::size_t d = i + 1;
  if (!number(d) || t_[d].digits > 2 || !punct(d + 1, '/') || !number(d + 2) || t_[d + 2].digits > 2) return false;
  if ((punct(d + 3, '/') || punct(d + 3, '-') || punct(d + 3, '.')) && number(d + 4)) return false;
  if (t_[d].value < 1 || t_[d].value > 31 || t_[d + 2].value < 1 || t_[d + 2].value > 12) return false;
  return numeric_day_month(d, p);
}

// 22/4 without a year, in Arabic: after بتاريخ or تاريخ (بتاريخ 22/4), before
// a word that places it in time (في 22/4 الماضي), at the head of a list's line
// before a colon (1/1: رأس السنة الميلادية, 27-30/5: عيد الأضحى, 3/20-22: عيد
// الفطر), or after في when it cannot be a fraction (في 22/4, في 05/04; not في
// 3/4 من الحالات). Day first; month first when only the second number can be
// the day (3/14). The year is the nearest; a dash before or after the pair
// makes a range of days. Not in Persian, whose short dates drop the year of
// a year-first date.
bool grammar::day_month_numbers(std::size_t i, expression& p) const {
  if (persian_ || !plain_number(i) || t_[i].digits > 2) return false;
  // Not within a longer chain (2024/4/22, 1/2/3, 1.5/2).
  if (i > 0 && t_[i - 1].t == type::punct && touching(i) &&
      (t_[i - 1].punct == '/' || t_[i - 1].punct == '.' || t_[i - 1].punct == '-' || t_[i - 1].punct == ':'))
    return false;
  std::size_t k = i + 1;
  unsigned a = t_[i].value, a2 = 0;
  // 27-30/5, 6 -12/10: a range of days before the month.
  if (punct(k, '-') && plain_number(k + 1) && t_[k + 1].digits <= 2 && touching(k + 1) && punct(k + 2, '/')) {
    a2 = t_[k + 1].value;
    k += 2;
  }
  if (!punct(k, '/') || !touching(k) || !plain_number(k + 1) || t_[k + 1].digits > 2 || !touching(k + 1)) return false;
  const unsigned b = t_[k + 1].value;
  std::size_t e = k + 2;
  unsigned b2 = 0;
  // 3/20-22: a month, then a range of days.
  if (!a2 && punct(e, '-') && touching(e) && plain_number(e + 1) && t_[e + 1].digits <= 2 && touching(e + 1) && a <= 12 &&
      b > 12) {
    b2 = t_[e + 1].value;
    e += 2;
  }
  if ((punct(e, '/') || punct(e, '.') || punct(e, '-') || punct(e, ':')) && touching(e) && number(e + 1)) return false;
  unsigned day = a, month = b, day2 = a2;
  if (b2) {
    day = b, month = a, day2 = b2;
  } else if (!a2 && a >= 1 && a <= 12 && b > 12) {
    day = b, month = a;  // 3/14
  }
  static constexpr unsigned last[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > last[month - 1]) return false;
  if (day2 && (day2 <= day || day2 > last[month - 1])) return false;
  const auto line_start = [&](std::size_t x) { return x == 0 || t_[x - 1].t == type::newline; };
  const bool list_head = (line_start(i) || (punct(i - 1, 0) && line_start(i - 1))) && punct(e, ':');
  const bool labelled = i > 0 && (filler(i - 1, lexicon::fill_equals) || filler(i - 1, lexicon::fill_publication));
  const auto* q = day2 || direction(e, 1) ? nullptr : entry_of(e, kind::weekday_qualifier);
  const bool placed = q && (q->value != 0 || !demonstrative(e));
  const bool after_in = !day2 && i > 0 && filler(i - 1, lexicon::fill_in) && (day > 12 || (t_[i].digits == 2 && t_[k + 1].digits == 2)) &&
                        !filler(e, lexicon::fill_of) && !punct(e, '%');
  if (!(list_head || labelled || placed || after_in)) return false;
  p.s = day2 ? shape::range : shape::date;
  p.sys = system::gregorian;
  p.day = day;
  p.month = month;
  if (day2) {
    p.day2 = day2;
    p.month2 = month;
  }
  if (placed) p.qualifier = q->value;  // في 22/4 الماضي: the last such day
  p.te = placed ? e + 1 : e;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
