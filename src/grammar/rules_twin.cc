// The same day written again in another calendar (الموافق, brackets, a slash): a date's twin.
#include "grammar/grammar.h"

#include <taqvim/calendar.h>

namespace taqvim {
namespace grammar {

// A Hijri date and a date of another calendar said to be the same day more
// than three days apart (no sighting moves a month's start that far), or a
// Jalali and a Gregorian date a day or more apart. They are two dates, each
// as written: a history's Julian day beside the Hijri one (9 صفر 656 هجري
// الموافق العاشر من فبراير 1258), or a slip.
namespace {
bool far_twin(const expression& p, const expression& q) noexcept {
  const system qs = q.sys;  // a numeric date's calendar is not known here
  if (p.sys == qs || p.sys == system::unknown || qs == system::unknown || p.year == 0 || p.two_digit_year || q.two_digit_year || p.day == 0 || q.day == 0) return false;
  const auto day = [](system s, int y, unsigned m, unsigned d) {
    const taqvim::calendar c = s == system::hijri    ? taqvim::calendar::hijri_civil
                              : s == system::jalali ? taqvim::calendar::jalali
                                                    : taqvim::calendar::gregorian;
    return to_sys_days(c, {y, m, 1}) + date::days{d - 1};
  };
  const auto apart = day(p.sys, p.year, p.month, p.day) - day(qs, q.year, q.month, q.day);
  // Jalali and Gregorian days are exact: any day between them is two dates
  // (۱۸ اکتبر ۲۰۲۵ (۲۵ مهرماه ۱۴۰۴): 25 Mehr is the 17th).
  if (p.sys != system::hijri && qs != system::hijri) return apart != date::days{0};
  return apart > date::days{3} || apart < date::days{-3};
}

// The day of y-m-d in calendar s (Hijri by the arithmetic calendar: a
// sighted month is within a day or two of it).
date::sys_days day_in(system s, int y, unsigned m, unsigned d) noexcept {
  const taqvim::calendar c = s == system::hijri    ? taqvim::calendar::hijri_civil
                            : s == system::jalali ? taqvim::calendar::jalali
                                                  : taqvim::calendar::gregorian;
  return to_sys_days(c, {y, m, 1}) + date::days{d - 1};
}

// ۲۶ ماه بهمن ، سال ۹۸ « ۱۹ جمادی الثانی »: the year of a twin written
// without one, the one that puts it within three days of the date's day;
// 0 when none does. A two-digit year is taken in its likelier century
// (its resolution may still differ: then the pair is flagged).
int twin_year(const expression& p, const expression& q) noexcept {
  int year = p.year;
  if (p.two_digit_year) year += p.sys == system::gregorian ? (year >= 50 ? 1900 : 2000) : (year >= 50 ? 1300 : 1400);
  const date::sys_days day = day_in(p.sys, year, p.month, p.day);
  const taqvim::calendar qc = q.sys == system::hijri    ? taqvim::calendar::hijri_civil
                             : q.sys == system::jalali ? taqvim::calendar::jalali
                                                       : taqvim::calendar::gregorian;
  const int around = from_sys_days(qc, day).year;
  for (const int y : {around, around - 1, around + 1}) {
    const auto apart = day_in(q.sys, y, q.month, q.day) - day;
    if (apart <= date::days{3} && apart >= date::days{-3}) return y;
  }
  return 0;
}
}  // namespace

// The same day written again, in another calendar: one match, cross-checked
// later. After الموافق (22 ربيع الأول 1445هـ الموافق 8 أكتوبر 2023م), or in
// brackets or after a slash when its month names another calendar
// (23 ربيع الآخر 1492 هـ (13 يونيو 2069 م), 22 صفر 1371 هـ / 22 نوفمبر 1951 م,
// ۲۸ اردیبهشت ۱۴۰۹ (۱۵ محرم ۱۴۵۲)).
void grammar::twin(expression& p) const {
  std::size_t j = p.te;
  if (punct(j, '.') && filler(j + 1, lexicon::fill_equals)) ++j;  // 1445 هـ. الموافق
  const bool paren = punct(j, '(');
  const bool slash = !paren && punct(j, '/');
  const auto guillemet = [&](std::size_t k, char second) {  // « (C2 AB), » (C2 BB)
    return punct(k, 0) && t_[k].end - t_[k].begin == 2 && s_[t_[k].begin] == '\xC2' && s_[t_[k].begin + 1] == second;
  };
  const bool quoted = !paren && !slash && guillemet(j, '\xAB');
  // ۱۲ ژوئن-۲۳ خرداد ۱۴۰۳: a dash, when both days are named by their months
  // in two calendars, the first has no year and they are one day (checked
  // below; else a range's). A page's stamp (۲۴ شهريور ۱۴۰۰ - 15 September
  // 2021) is two dates, each with its year.
  const bool dash = !paren && !slash && !quoted && punct(j, '-');
  if (paren || slash || quoted || dash) ++j;
  const bool equals = filler(j, lexicon::fill_equals);
  if (equals) ++j;
  else if (!paren && !slash && !quoted && !dash) return;
  expression q;  // the twin has no twin of its own: a chain of them is not one date
  if (!full_date(j, q, false) && !(equals && (q = {}, numeric_date(j, q)))) return;
  // يوم الأربعاء 29 رمضان الموافق 18 مارس, شنبه ۲۵ شهریور (۲۵ ذی الحجه):
  // without a year on either side, a Hijri day and its twin in another
  // calendar by its month's name: the pair says the year (resolve's
  // year_of_twins). Not a Jalali and a Gregorian day, which meet every year.
  const bool yearless_pair = p.year == 0 && !p.year_relative && q.year == 0 && !q.year_relative && (equals || paren) &&
                             q.sys_from_name && p.sys_from_name && q.sys != p.sys && p.qualifier == expression::nearest &&
                             q.qualifier == expression::nearest && (p.sys == system::hijri || q.sys == system::hijri);
  // ۲۶ بهمن ۱۳۹۸ (۱۹ جمادی الثانی), ... برابر با ۱۹ جمادی الثانی: a Hijri
  // twin without its year beside a date with one (or the reverse), in the
  // year that makes them one day.
  if (q.s == shape::date && q.year == 0 && !q.year_relative && p.year != 0 && p.day != 0 && q.day != 0 &&
      (equals || paren || quoted) && q.sys_from_name && q.sys != p.sys && q.qualifier == expression::nearest &&
      (p.sys == system::hijri || q.sys == system::hijri) && p.sys != system::unknown)
    q.year = twin_year(p, q);
  if (q.s != shape::date || (q.year == 0 && !yearless_pair) || (quoted && q.year == 0)) return;
  if (!equals && (!q.sys_from_name || q.sys == p.sys)) return;  // a list of dates, not a twin
  if (far_twin(p, q)) return;
  if (dash && !equals) {
    if (!p.sys_from_name || !q.sys_from_name || p.sys == system::unknown || p.day == 0 || q.day == 0 || p.year != 0 ||
        p.year_relative)
      return;
    expression r = p;
    r.year = twin_year(q, p);
    if (r.year == 0 || far_twin(r, q)) return;
  }
  std::size_t e = q.te;
  if (paren || quoted) {
    if (paren ? !punct(e, ')') : !guillemet(e, '\xBB')) return;
    ++e;
  }
  p.year2 = q.year;
  p.month2 = q.month;
  p.day2 = q.day;
  // 30 من ذي القعدة 1424هـ الموافق 22 يناير 2004م الساعة السادسة عصراً: the
  // clock after the twin is the date's.
  if (q.hour >= 0 && p.hour < 0) take_time(q, p);
  p.te = e;
  p.twin = true;
  p.twin_sys = q.sys == system::unknown ? system::gregorian : q.sys;
}

// عام 145هـ (762م), في 698م (79هـ), سنة 79 هـ / 698 م: a year of the first centuries with its era and, in brackets or
// after a slash or nothing, the same year in the other calendar with its era: one year written twice, the Gregorian one.
// (Four-digit pairs are read apart and joined by the engine.)
bool grammar::early_year_twin(std::size_t i, expression& p) const {
  std::size_t j = filler(i, lexicon::fill_in) ? i + 1 : i;
  if (filler(j, lexicon::fill_year_word)) ++j;
  if (!plain_number(j) || t_[j].digits > 4 || t_[j].value == 0) return false;
  const auto* e1 = entry_of(j + 1, kind::era);
  // سنة ١٠٢١ (١٦١٢), سنة 270 (884م): in Arabic after the year word, a Hijri year without its era and its Gregorian twin.
  if (const std::size_t g = j + 2; !persian_ && !e1 && j > 0 && filler(j - 1, lexicon::fill_year_word) && punct(j + 1, '(') && plain_number(g)) {
    const auto* ge = entry_of(g + 1, kind::era);
    const std::size_t close = ge && era_system(ge->value) == system::gregorian ? g + 2 : g + 1;
    const double from = 622.537 + (static_cast<int>(t_[j].value) - 1) * 0.970224, greg = t_[g].value;
    if (!punct(close, ')') || t_[j].value >= 1500 || greg < 622 || !(from < greg + 1.02 && from + 0.970224 > greg - 0.02)) return false;
    p.s = shape::year, p.sys = system::gregorian, p.sys_from_name = true, p.year = static_cast<int>(greg), p.te = close + 1;
    return true;
  }
  // the second year in brackets, after a slash, or straight after the first's era (سنة 79 هـ 698 م)
  const bool open = punct(j + 2, '('), bare = !open && !punct(j + 2, '/');
  const std::size_t k = bare ? j + 1 : j + 2;
  if (!e1 || !plain_number(k + 1) || t_[k + 1].digits > 4 ||
      (t_[j].digits == 4 && t_[k + 1].digits == 4))
    return false;
  const auto* e2 = entry_of(k + 2, kind::era);
  if (!e2 || (open && !punct(k + 3, ')'))) return false;
  const system s1 = era_system(e1->value), s2 = era_system(e2->value);
  if (!((s1 == system::hijri && s2 == system::gregorian) || (s1 == system::gregorian && s2 == system::hijri))) return false;
  const int lunar = static_cast<int>(t_[s1 == system::hijri ? j : k + 1].value);
  const int greg = static_cast<int>(t_[s1 == system::hijri ? k + 1 : j].value);
  // Hijri year h runs from about 622.54 (1 Muharram 1 AH, 16 July 622, as a fraction of its year) + (h - 1) × 0.970224
  // (its mean length in Gregorian years) for 0.970224; the Gregorian year must meet it, a week either side allowed.
  const double from = 622.537 + (lunar - 1) * 0.970224;
  if (greg < 622 || !(from < greg + 1.02 && from + 0.970224 > greg - 0.02)) return false;
  p.s = shape::year, p.sys = system::gregorian, p.sys_from_name = true, p.year = greg, p.te = open ? k + 4 : k + 3;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
