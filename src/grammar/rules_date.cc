// Rules for written dates: day-month-year with its twin, month first (numeric: rules_numeric.cc; years alone: rules_year.cc).
#include "grammar/grammar.h"
#include "grammar/month_words.h"

#include <taqvim/calendar.h>

#include <algorithm>
#include <iterator>

namespace taqvim {
namespace grammar {

// [weekday [,]] [روز|يوم] [weekday] day month [year] [era] [time]; [weekday [,]] month year; and a twin after الموافق.
bool grammar::full_date(std::size_t i, expression& p, bool allow_twin) const {
  // 1404 چهارشنبه 14 آبان: a Persian site's stamp, the Jalali year first.
  if (persian_ && plain_number(i) && t_[i].digits == 4 && t_[i].value >= 1300 && t_[i].value <= 1499 &&
      entry_of(i + 1, kind::weekday)) {
    if (expression q; full_date(i + 1, q, allow_twin) && q.s == shape::date && q.year == 0 && q.sys == system::jalali) {
      q.year = static_cast<int>(t_[i].value);
      p = q;
      return true;
    }
  }
  // الأول من يونيو, الخامس شعبان: an ordinal day before its month (after في, a weekday's date).
  const auto ordinal_of_month = [&](std::size_t k) {
    return entry_of(k, kind::ordinal) &&
           (month_name(k + 1) || (filler(k + 1, lexicon::fill_of) &&
                                  (month_name(k + 2) || (filler(k + 2, lexicon::fill_month_word) && month_name(k + 3)))));
  };
  std::size_t j = i;
  if (filler(j, lexicon::fill_day_word) && entry_of(j + 1, kind::weekday)) ++j;
  // يوم /الخميس/ 4 أبريل: the weekday between slashes (an agency's style).
  else if (filler(j, lexicon::fill_day_word) && punct(j + 1, '/') && entry_of(j + 2, kind::weekday) && punct(j + 3, '/'))
    j += 2;
  if (the_nth_day(j)) {
    ++j;
  } else if (const auto* w = entry_of(j, kind::weekday)) {
    p.weekday = w->value;
    ++j;
    // شنبه / ۲۵ اسفند; الثلاثاء: 19 نوفمبر، 2019 (a colon, not before a clock's minutes).
    if (punct(j, ',') || punct(j, ';') || punct(j, '-') || (punct(j, '/') && !number(j - 2)) || (punct(j, ':') && !touching(j + 1))) ++j;  // (دوشنبه؛ ۱۷ شهریور)
    // يوم الجمعة في 5/9/2025: في/در before the weekday's date; پنجشنبه تاریخ 24 حوت 1357, الخميس تاريخ 19 أكتوبر: "date" (folded تاریخ) as "dated"; Saturday the 28th of March.
    if (filler(j, lexicon::fill_equals) || (filler(j, lexicon::fill_in) && (number(j + 1) || ordinal_of_month(j + 1))) ||
        ((word_is(j, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE") || word_is(j, "the")) && number(j + 1)))
      ++j;
  } else if (const auto* r = entry_of(j, kind::relative)) {
    if (r->aux != lexicon::unit_day) return false;  // امروز (یکشنبه) ۱۵ مرداد
    p.relative_word = true;
    p.relative_days = r->value;
    ++j;
    std::size_t k = j;
    if (punct(k, ':') && (entry_of(k + 1, kind::weekday) || number(k + 1))) ++k;  // امروز: يکشنبه ۰۹ ارديبهشت ۱۴۰۳, a page's header
    if (punct(k, '(')) {
      if (const auto* wd = entry_of(k + 1, kind::weekday); wd && punct(k + 2, ')')) {
        p.weekday = wd->value;
        k += 3;
      }
    } else if (const auto* wd = entry_of(k, kind::weekday)) {
      p.weekday = wd->value;
      ++k;
    }
    if (punct(k, ',')) ++k;
    if (p.weekday >= 0 && filler(k, lexicon::fill_in) && ordinal_of_month(k + 1)) ++k;  // اليوم الأربعاء، في الأول من يونيو
    j = k;
  }
  // اليوم الإثنين، (9 حزيران 2025), سه‌شنبه (۱۴۰۲/۱/۱): a date in brackets after a relative day or a weekday.
  if (j > i && punct(j, '(') && (p.weekday >= 0 || p.relative_word) && bracketed_date(j, p)) return true;
  // الاثنين3-3-1902, شنبه ۱۴۰۲/۰۵/۱۴: a weekday before a numeric date.
  if (j > i && (p.weekday >= 0 || p.relative_word)) {
    if (expression q; numeric_date(j, q)) {
      // روز سهشنبه مورخ 95.1.3 لغایت 95.1.4, يوم الأحد 30/3/2025 حتى يوم
      // الأربعاء 2/4/2025: the date begins a range, and the weekday is its first day's.
      if (expression r; range_expr(j, r) && r.te > q.te) {
        p = r;
        return true;
      }
      q.weekday = p.weekday;
      q.relative_word = p.relative_word;
      q.relative_days = p.relative_days;
      p = q;
      if (allow_twin) twin(p);
      return true;
    }
    // يوم الاربعاء الموافق 10-10: after الموافق, a day and month in figures, no year (Arabic, Gregorian).
    if (!persian_ && j > 0 && filler(j - 1, lexicon::fill_equals) && plain_number(j) && (punct(j + 1, '-') || punct(j + 1, '/')) &&
        plain_number(j + 2) && t_[j].value >= 1 && t_[j].value <= 31 && t_[j + 2].value >= 1 && t_[j + 2].value <= 12 &&
        t_[j + 2].digits <= 2 && !((punct(j + 3, '-') || punct(j + 3, '/') || punct(j + 3, '.')) && number(j + 4)))
      return p.s = shape::date, p.sys = system::gregorian, p.day = t_[j].value, p.month = t_[j + 2].value, p.te = j + 3, true;
  }
  unsigned day = 0;
  std::size_t k = day_part(j, day);  // (not نسختها الثالثة أبريل: a feminine ordinal is an edition's; days are masculine)
  if (k && feminine_ordinal(j) && month_name(k)) return false;
  // روز شنبه چهاردهم⏎مرداد 1396, في 8⏎أغسطس 1988: a hard-wrapped line broken between the day and its month, the day after
  // a weekday, a relative day or the word for in, day, from or to on its line; the month's line going on (۱۵⏎مرداد⏎۱۴۰۲,
  // each part on a line of its own, is no date).
  if (k && k + 1 < n_ && t_[k].t == type::newline && month_name(k + 1) && !(k + 2 < n_ && t_[k + 2].t == type::newline) &&
      (j > i || (j > 0 && (filler(j - 1, lexicon::fill_in) || filler(j - 1, lexicon::fill_day_word) ||
                           filler(j - 1, lexicon::fill_range_from) || filler(j - 1, lexicon::fill_range_to)))))
    ++k;
  if (k == j + 2 && j == i && punct(j + 1, ')') && j > 0 && punct(j - 1, '(')) p.lead = 1;  // (13) سبتمبر: its bracket too
  // پانزدهمین روز مرداد, پانزدهمین روز از مرداد: the Nth day of a month.
  if (k && entry_of(j, kind::ordinal) && filler(k, lexicon::fill_day_word)) {
    ++k;
    if (filler(k, lexicon::fill_range_from)) ++k;
  }
  if (k && filler(k, lexicon::fill_of)) ++k;
  // يوم 20 في الشهر الجاري: في for من after the day word, before a relative month.
  else if (k && !persian_ && j > 0 && filler(j - 1, lexicon::fill_day_word) && filler(k, lexicon::fill_in) &&
           entry_of(k + 1, kind::relative) && entry_of(k + 1, kind::relative)->aux == lexicon::unit_month)
    ++k;
  // الخامس من شهر شعبان, ۱۵ ماه مرداد; ١٤ -شعبان, 2- أكتوبر, 14/ صفر/1399هـ, 2nd, November 2023
  // اول ماه هجری قمری شوال: the calendar's words between the word month and the name.
  bool at_name = false;
  if (k && filler(k, lexicon::fill_month_word) && entry_of(k + 1, kind::era)) {
    std::size_t e = k + 1;
    while (e < k + 3 && entry_of(e, kind::era)) ++e;
    if (month_name(e)) {
      k = e;
      at_name = true;
    }
  }
  // فاز 1-صفر: a score (صفر is also zero), no day of Safar, unless a year follows.
  const bool score = punct(k, '-') && touching(k) && touching(k + 1) && k + 1 < n_ &&
                     s_.substr(t_[k + 1].begin, t_[k + 1].end - t_[k + 1].begin) == "\xD8\xB5\xD9\x81\xD8\xB1" &&
                     !(number(k + 2) || ((punct(k + 2, '-') || punct(k + 2, '/')) && number(k + 3)));
  if (score) return false;
  // The comma only before a Latin month (2nd, November 2023) or a month its year follows (۳۰ , شهریور, ۱۳۹۳: a stamp),
  // the day in figures: سال ششم، دی ماه ۱۳۷۸ (a volume), العدد السادس، يناير 2020, شماره 2 / دی ماه 1398 are no day.
  const auto year_at = [&](std::size_t y) { return plain_number(y) && t_[y].digits == 4; };
  // ۲۵ ماه می از پاکستان: after the word month, a name that is also a word
  // (می, the verb's prefix) is the month's, year or not.
  const bool month_word_before = k && filler(k, lexicon::fill_month_word) && month_name(k + 1);
  // 18 - شوال - 1445: blanks around both dashes when the year follows.
  // 2 - أبريل 2026: one dash between blanks when the month's year follows it.
  const bool spaced_dashes = punct(k, '-') && ((punct(k + 2, '-') && year_at(k + 3)) || year_at(k + 2));
  if (k && !at_name && (filler(k, lexicon::fill_month_word) || (punct(k, '-') && (touching(k) || touching(k + 1) || spaced_dashes)) || (punct(k, '/') && !after_number_word(j)) ||
            (punct(k, ',') && (static_cast<unsigned char>(s_[t_[k + 1 < n_ ? k + 1 : k].begin]) < 0x80 ||
                               (number(j) && !after_number_word(j) && (year_at(k + 2) || (punct(k + 2, ',') && year_at(k + 3))))))) &&
      month_name(k + 1))
    ++k;
  unsigned month = 0;
  system sys = system::unknown;
  bool mismatch = false, needs_year = false;
  std::size_t m = k ? month_part(k, month, sys, mismatch, needs_year) : 0;
  if (m && plain_number(m) && t_[m].digits <= 2 && punct(m + 1, ',') && plain_number(m + 2) && t_[m + 2].digits == 4) return false;  // 24مايو 10, 2025
  // سقف ذخیره 9 ماه می باشد: a verb after the prefix (its third person ends in د), "nine months is", no May.
  const auto verb_after = [&](std::size_t k) {
    return k < n_ && t_[k].t == type::word && t_[k].end - t_[k].begin >= 4 && s_.compare(t_[k].end - 2, 2, "\xD8\xAF") == 0;
  };
  if (month_word_before && needs_year && verb_after(m)) return false;
  if (month_word_before) needs_year = false;
  if (!m && k && entry_of(j, kind::ordinal)) m = numbered_month_part(k, month, sys);  // الخامس من شهر 11
  // الخامس عشر من الشهر القادم, الـ19 من هذا الشهر, 29 الجاري: a day of a month named from the reference's.
  // در ۳ ماه گذشته is "in the past three months" (a span), ۳ ماه قبل "three months ago", پانزدهم ماه آینده the 15th
  // of next month: in Persian only an ordinal names the day (۱۵ ماه جاری, of no count, is the 15th too).
  // يوم الخميس 28 من الشهر ذاته, الثامن من الشهر نفسه, 12 من نفس الشهر: a day of the month last written (the
  // engine's same_month); read in the reference's month until then.
  const auto of_same_month = [&](std::size_t te) {
    p.s = shape::date;
    p.day = day;
    p.month_relative = true;
    p.offset = 0;
    p.te = te;
    return true;
  };
  // حتى 13 منه, الموافق 18 منه, الثلاثاء 7 منه, للثالث والعشرين منه: the day "of it", of the month last written,
  // likewise; after a word that makes a day of the number (not المادة 21 منه, an article of a law).
  if (!m && k && day >= 1 && !persian_ && word_is(k, "\xD9\x85\xD9\x86\xD9\x87") &&  // منه
      (j > i || entry_of(j, kind::ordinal) || (j > 0 && article(j - 1)) ||  // الـ15 منه: the 15th of it
       (j > 0 && (filler(j - 1, lexicon::fill_range_to) || filler(j - 1, lexicon::fill_in) ||
                  filler(j - 1, lexicon::fill_equals) || filler(j - 1, lexicon::fill_day_word)))))
    return of_same_month(k + 1);
  if (!m && k && day >= 1 && !persian_ && k > j && filler(k - 1, lexicon::fill_of)) {
    const std::string_view month_word = "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1";  // الشهر
    const bool same = (word_is(k, month_word) && (word_is(k + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||  // ذاته
                                                  word_is(k + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87"))) ||  // نفسه
                      ((word_is(k, "\xD9\x86\xD9\x81\xD8\xB3") || word_is(k, "\xD8\xB0\xD8\xA7\xD8\xAA")) &&
                       word_is(k + 1, month_word));  // نفس الشهر, ذات الشهر
    if (same) return of_same_month(k + 2);
  }
  // روز ۲۰ ماه گذشته: after the day word, digits are a day too; طی ۶ ماه جاری (during) counts months.
  if (!m && k && day >= 1 &&
      !(persian_ && !entry_of(j, kind::ordinal) && !(j > 0 && filler(j - 1, lexicon::fill_day_word)) && entry_of(k, kind::relative) &&
        (entry_of(k, kind::relative)->value != 0 || within(j)))) {
    const auto* r = entry_of(k, kind::relative);
    const auto* q = entry_of(k, kind::weekday_qualifier);
    // (29 من الجاري, التاسع والعشرين من الجاري: "of the current" too.)
    const bool this_month = q && q->value == 0 && !direction(k, 1) && k > j &&
                            (!filler(k - 1, lexicon::fill_of) || word_is(k, "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C")) &&
                            !points_ahead(k);
    const bool other_month = !persian_ && q && (q->value == -1 || q->value == 1) && !direction(k, 1) && k > j && !filler(k - 1, lexicon::fill_of) &&  // يوم 26 الماضي, في 15 المقبل: of last or next month
                             j > 0 && (filler(j - 1, lexicon::fill_day_word) || (filler(j - 1, lexicon::fill_in) && plain_number(j)));
    if ((r && r->aux == lexicon::unit_month) || this_month || other_month) {
      p.s = shape::date;
      p.day = day;
      p.month_relative = true;
      p.offset = r && r->aux == lexicon::unit_month ? r->value : other_month ? q->value : 0;
      if (expression q; r && relative_expr(k, q) && q.s == shape::relative_month && q.sys != system::unknown)  // اول ماه روان
        p.sys = q.sys, p.sys_from_name = true, k = q.te - 1;  // میلادی, العاشر من الشهر الهجري الجاري: that calendar's month
      p.te = time_after(k + 1, p);
      return true;
    }
  }
  if (!m) {
    // month year, and a month with a year named from the reference's
    // (آذر سال گذشته, نوفمبر من العام الماضي) or a qualifier (نوفمبر الماضي): a month name alone is not a date.
    if (p.relative_word) return false;
    // 35 مارس 2021: a number that cannot be a day makes no date of the month.
    if (j == i && i > 0 && plain_number(i - 1) && t_[i - 1].digits <= 2 &&
        (t_[i - 1].value == 0 || t_[i - 1].value > 31))
      return false;
    // دو ماه رمضان: months counted in words (a day in words takes no ماه).
    if (j == i && i > 0 && persian_ && entry_of(i - 1, kind::cardinal) && month_word_at(j)) return false;
    // شهر رمضان 1445, ماه شهریور; آبان ماه, مهرماه: a month named as one.
    bool month_word = false;
    if (filler(j, lexicon::fill_month_word) && month_name(j + 1)) {
      ++j;
      month_word = true;
    }
    m = month_part(j, month, sys, mismatch, needs_year);
    if (!m && (m = numbered_month_part(j, month, sys)) != 0) month_word = true;  // شهر 3 من عام 2024
    if (!m) return false;
    // ماه می, ماه می گذشته: after the month word می is May, unless a verb
    // follows the prefix (ماه می درخشد: the moon shines).
    if (needs_year && persian_ && month_word && !verb_after(m)) needs_year = false;
    // مرتبات الموظفين لشهر ابريل: ل or ب on the word month before a
    // Gregorian month; before a Hijri one it is the occasion (احتفل بشهر رمضان), no month of one year.
    if (month_word && j > i && sys == system::hijri && !word_is(j - 1, "\xD8\xB4\xD9\x87\xD8\xB1") &&
        !word_is(j - 1, "\xD9\x85\xD8\xA7\xD9\x87") && !number(m) && !filler(m, lexicon::fill_year_word) &&
        !(punct(m, ',') && number(m + 1)))
      return false;  // لشهر رمضان لعام 1445 is the month of that year
    month_word = month_word || m > j + 1 || ends_with_month_word(j);
    // هذا يناير, هذا تشرين الأول: "this" before a Gregorian month's name in
    // Arabic is that month of the reference's year.
    if (!persian_ && j == i && i > 0 && demonstrative(i - 1) && sys == system::gregorian && !number(m) &&
        !filler(m, lexicon::fill_year_word) && !entry_of(m, kind::weekday_qualifier) && !filler(m, lexicon::fill_of) &&
        !filler(m, lexicon::fill_in)) {
      p.s = shape::month;
      p.sys = sys;
      p.sys_from_name = true;
      p.month = month;
      p.qualifier = 0;
      p.lead = 1;
      p.te = m;
      return true;
    }
    p.s = shape::month;
    p.sys = sys;
    p.sys_from_name = true;
    p.month = month;
    p.dual_mismatch = mismatch;
    int year = 0;
    bool two = false, named = false;
    system ysys = sys;
    // يناير, 2001, ژانویه، ۲۰۰۱: a comma before a four-digit year.
    const bool numeric_after = (punct(m + 2, '-') || punct(m + 2, '/') || punct(m + 2, '.')) && touching(m + 2) && number(m + 3);
    // شهر كانون الأول/2009, ديسمبر/2009: a slash written onto the month before its year.
    const std::size_t at_year =
        (punct(m, ',') || (punct(m, '/') && touching(m) && !punct(m + 2, '/') && !punct(j - 1, '/'))) && plain_number(m + 1) &&
                t_[m + 1].digits == 4 &&
                !numeric_after
            ? m + 1
            : punct(m, ',') && filler(m + 1, lexicon::fill_year_word) ? m + 1 : of_year(m);  // في شهر ابريل، سنة 2009
    std::size_t y = year_part(at_year, year, two, ysys, named, false);
    // في رمضان 2000 شخص: in Ramadan, two thousand people (not a magnitude: استوردت في مارس 2025 مليون رأس).
    if (y && at_year == m && !named && counted_noun(y) && !word_is(y, "\xD9\x85\xD9\x84\xDB\x8C\xD9\x88\xD9\x86") &&
        !word_is(y, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86") && !word_is(y, "\xD9\x85\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1") &&
        !word_is(y, "\xD8\xA7\xD9\x84\xD9\x81") && !word_is(y, "\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1"))  // ملیون میلیون ملیار الف هزار
      y = 0;
    // مطلع شهر يوليو المقبل من العام الجاري 2024, شهر مايو الماضي لعام 2022: the year written after the month's qualifier.
    const bool lam = filler(m + 1, lexicon::fill_year_word) && s_.compare(t_[m + 1].begin, 2, "\xD9\x84") == 0;
    if (!y && !persian_ && entry_of(m, kind::weekday_qualifier) && (filler(m + 1, lexicon::fill_of) || lam)) {
      int y2 = 0;
      bool two2 = false, named2 = false;
      system s2 = sys;
      const std::size_t at = lam ? m + 1 : of_year(m + 1);
      if (const std::size_t e = year_part(at, y2, two2, s2, named2, false); e && !two2 && y2 >= 1000 && (lam || at != m + 1))
        y = e, year = y2, two = two2, named = named2, ysys = s2;
      // … من العام الجاري 2024, من السنة الحالية 2024: this year, then its number.
      const auto* r = entry_of(m + 2, kind::relative);
      const std::size_t n = r && r->aux == lexicon::unit_year && r->value == 0 ? m + 3 : 0;
      if (!y && n && plain_number(n) && t_[n].digits == 4 && !counted_noun(n + 1))
        y = n + 1, year = static_cast<int>(t_[n].value);
    }
    // آذر ۹۵, اسفند ۹۶, فروردین ۰۲: a Jalali month with a two-digit year, in
    // Persian; not one that could be a day (مرداد 15), nor a figure (میزان ۴۰
    // درصد: "a rate of 40 percent", میزان the Afghan name of a month; طی آذرماه ۵۰.۴ میلیون: a decimal).
    const bool persian_two = two && persian_ && sys == system::jalali && (!named || ysys == system::jalali) && y > 0 &&  // تیر ماه سال ۹۲ خورشیدی
                             (year > 31 || (!named && t_[y - 1].value < 10)) && !counted_noun(y) &&
                             !((punct(y, '.') || punct(y, ',')) && touching(y) && number(y + 1) && touching(y + 1));
    // نكسة يونيو 67, انتفاضة يناير 84: a Gregorian month and two digits no day can be, in Arabic; not a count or a price
    // (تسليم نوفمبر 81 سنتاً, شهر تموز 58 ألفا), nor a decimal, nor a revolution's name (بثورة يوليو 52, as ثورة 23 يوليو).
    // (Nor a name in quotes: المستشفى الجامعي الجديد "نوفمبر 54".)
    const auto revolution = [&] {
      if (i > 0 && (punct(i - 1, '"') || (punct(i - 1, 0) && s_.compare(t_[i - 1].begin, 2, "\xC2\xAB") == 0))) return true;  // " «
      if (i == 0 || (t_[i - 1].t != type::word && t_[i - 1].t != type::lex)) return false;
      const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
      return w.size() >= 8 && w.substr(w.size() - 8) == "\xD8\xAB\xD9\x88\xD8\xB1\xD9\x87";  // ثوره (folded)
    };
    const bool arabic_two = two && !persian_ && sys == system::gregorian && !named && y > 0 && year > 31 && t_[y - 1].digits == 2 &&
                            !revolution() &&
                            !counted_noun(y) && !number(y) && !entry_of(y, kind::cardinal) && !entry_of(y, kind::unit) &&
                            !punct(y, '%') && !((punct(y, '.') || punct(y, ',')) && touching(y) && number(y + 1));
    // ماه مبارک رمضان 95: a Hijri month after the month word, a Solar Hijri year of two digits (as عید فطر ۹۸).
    if (two && persian_ && sys == system::hijri && month_word && !named && y > 0 && year > 31 && t_[y - 1].digits == 2 &&
        !counted_noun(y) && !number(y) && !((punct(y, '.') || punct(y, ',')) && touching(y) && number(y + 1)))
      year += 1300, two = false;
    // يوليوز وشتنبر 2026, شهري أكتوبر وديسمبر من العام الجاري, آبان ماه و اسفندماه ۱۴۰۳: before و, a month shares the
    // year of the next month named with one (the month after it on و is one span with it, month_range).
    if (expression q; !y && !needs_year && m < n_ && (month_word || !common_word_month(j)) &&
                      (word_is(m, "\xD9\x88") || (t_[m].t == type::lex && t_[m].waw)) &&
                      full_date(word_is(m, "\xD9\x88") ? m + 1 : m, q, false) && q.s == shape::month && q.sys == sys &&
                      q.month != month && q.month != month % 12 + 1 && (q.year != 0 || q.year_relative)) {
      p.year = q.year, p.year_named = q.year_named, p.year_sys = q.year_sys, p.two_digit_year = q.two_digit_year;
      p.year_relative = q.year_relative, p.year_offset = q.year_offset;
      p.te = m;
      return true;
    }
    if (!y || (two && !persian_two && !arabic_two)) {
      // Only a month of the calendar the text's language counts in, and no
      // name that is also a common word beside them: آب سال گذشته is last year's water, مهر امسال this year's agency.
      if (needs_year) return false;
      // ماه شهریور, شهر سبتمبر, آبان ماه: the nearest such month; so is one after في/در (في يناير, در خرداد, في رمضان),
      // unless its name is also a common word there (در مهر: in kindness; في صفر: in zero) or من follows (في فبراير من
      // نفس العام; من كل عام the driver reads).
      // خلال مارس, طوال مارس, على مدى مارس, طی خرداد: during it, likewise.
      const bool during = i > 0 && ((word_is(i - 1, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") &&                 // خلال, not من خلال (by means of)
                                     !(i > 1 && filler(i - 2, lexicon::fill_range_from))) ||
                                    word_is(i - 1, "\xD8\xB7\xD9\x88\xD8\xA7\xD9\x84") ||                  // طوال
                                    word_is(i - 1, "\xD8\xB7\xDB\x8C") ||                                      // طی
                                    // بشباط, بفبراير: في as ب written onto a Gregorian month's name (not بأكتوبر: in
                                    // Egypt's 6th of October City, called October).
                                    (!persian_ && sys == system::gregorian && month != 10 && t_[i].begin >= 2 && t_[i - 1].end + 2 <= t_[i].begin &&
                                     s_.compare(t_[i].begin - 2, 2, "\xD8\xA8") == 0) ||
                                    (i > 1 && word_is(i - 1, "\xD9\x85\xD8\xAF\xDB\x8C") && word_is(i - 2, "\xD8\xB9\xD9\x84\xDB\x8C")));  // على مدى
      // في فبراير من نفس العام: a year the text named; not في يناير من 21.3% (from a figure).
      const bool from_figure = plain_number(m + 1) && t_[m + 1].digits != 4;
      // إلى غاية أكتوبر, لغاية أكتوبر: until it, likewise; a Gregorian month
      // in Arabic only (تا میزان is "up to the amount", حتى رمضان mostly a season's span).
      const bool until = !persian_ && sys == system::gregorian && i > 0 && filler(i - 1, lexicon::fill_range_to);
      // منذ أغسطس, قبل رمضان, از مرداد, پس از خرداد: since, before, after or from it; not
      // a distance from it (قبل رمضان بأربعة شهور, دو ماه پیش از خرداد: a count before the
      // word, or on ب after the month), nor one of two names (آذار/ماس) the words after qualify.
      const std::size_t word = persian_ && i > 1 && word_is(i - 1, "\xD8\xA7\xD8\xB2") ? i - 2 : i - 1;  // پیش از, قبل از
      const bool counted = word > 0 && (number(word - 1) || entry_of(word - 1, kind::unit) || entry_of(word - 1, kind::cardinal));
      // A Hijri month's name is also a man's (بعد رجب طيب أردوغان): not before a word.
      const bool named_man = sys == system::hijri && m < n_ && t_[m].t == type::word;
      const auto distance_after = [&] {
        if (m >= n_ || t_[m].t == type::newline || s_.compare(t_[m].begin, 2, "\xD8\xA8") != 0) return false;  // ب
        if (entry_of(m + 1, kind::unit)) return true;  // بأربعة شهور, بعدة أيام
        // بشهر, بشهرين, بأسبوع(ين), بيوم(ين), بعام(ين), بسنة, بسنتين (folded).
        static constexpr std::string_view units[] = {
            "\xD8\xB4\xD9\x87\xD8\xB1", "\xD8\xB4\xD9\x87\xD8\xB1\xDB\x8C\xD9\x86", "\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x88\xD8\xB9",
            "\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x88\xD8\xB9\xDB\x8C\xD9\x86", "\xDB\x8C\xD9\x88\xD9\x85", "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C\xD9\x86",
            "\xD8\xB9\xD8\xA7\xD9\x85", "\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C\xD9\x86", "\xD8\xB3\xD9\x86\xD9\x87", "\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C\xD9\x86"};
        const std::string_view w = s_.substr(t_[m].begin + 2, t_[m].end - t_[m].begin - 2);
        return std::find(std::begin(units), std::end(units), w) != std::end(units);
      };
      const bool around =
          i > 0 && !counted && !named_man && !punct(m, '/') && !distance_after() &&
          (persian_ ? word_is(i - 1, "\xD8\xA7\xD8\xB2")  // از (تا, also "so that", stays out)
                    : word_is(i - 1, "\xD9\x85\xD9\x86\xD8\xB0") ||                            // منذ
                          word_is(i - 1, "\xD9\x82\xD8\xA8\xD9\x84") ||                      // قبل
                          word_is(i - 1, "\xD8\xA8\xD8\xB9\xD8\xAF"));                        // بعد
      // اعتبارا من يناير, وبدءًا من مارس: starting from it (و written onto the word or not).
      const bool starting = !persian_ && sys == system::gregorian && i > 1 && word_is(i - 1, "\xD9\x85\xD9\x86") && [&] {  // من
        std::string_view x = s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin);
        if (x.size() > 4 && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);
        return std::find(std::begin(month_start_words_ar), std::end(month_start_words_ar), x) != std::end(month_start_words_ar);
      }();
      const bool after_in = j == i && i > 0 && (filler(i - 1, lexicon::fill_in) || during || until || around || starting) && m == j + 1 &&
                            !common_word_month(j) && ((!filler(m, lexicon::fill_of) && !filler(m, lexicon::fill_range_from)) || from_figure);
      // سبتمبر من نفس العام, آبان همان سال: of a year the text named.
      const bool of_same_year = j == i && m == j + 1 && same_year_at(m);  // بهمن همان سال too
      // حقوق مرداد, صرف رواتب أكتوبر: the month a pay is for, after the word for the pay (month_words.h).
      const auto pay_word = [&](const auto& words) {
        return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return word_is(i - 1, w); });
      };
      const bool pay = j == i && i > 0 && m == j + 1 &&
                       (persian_ ? pay_word(month_pay_words_fa) : sys == system::gregorian && pay_word(month_pay_words_ar));
      const bool lone = (month_word || after_in || of_same_year || pay) && !two && !relative_year_at(m) &&
                        !entry_of(m, kind::weekday_qualifier);
      if (lone) {
        p.te = m;
        if (around && word_is(i - 1, "\xD9\x85\xD9\x86\xD8\xB0")) p.qualifier = -1, p.since = true;  // منذ فبراير: the last begun
        return true;
      }
      // محرم امسال, رمضان العام الماضي: a Hijri month with a relative year is that month of the reference's Hijri
      // year (or the one before or after): said during or after a Ramadan, رمضان امسال is that Ramadan, even once a
      // new Jalali or Gregorian year has begun.
      const bool hijri_relative = sys == system::hijri && relative_year_at(m);
      // آگوست سال گذشته میلادی: a Gregorian month of the Gregorian year
      // named from the reference's (in Persian only with the calendar word).
      expression g;
      const std::size_t gr = persian_ && sys == system::gregorian && relative_year_at(m) ? relative_year(m, g) : m;
      const auto* era = gr != m ? entry_of(gr, kind::era) : nullptr;
      // Without it (ماه آگست سال جاری), the month within the Jalali year named.
      const bool jalali_year = gr != m && !era && !needs_year && g.year_sys == system::unknown;  // (سال میلادی گذشته: named)
      const bool gregorian_relative = (era && era_system(era->value) == system::gregorian) || jalali_year || g.year_sys == system::gregorian;
      if (jalali_year) p.year_sys = system::jalali;
      // ژوئیه گذشته, ژانویه آینده: a Gregorian month whose Persian name is no
      // common word, with a qualifier after it, is the last or next one.
      const bool gregorian_qualified = persian_ && sys == system::gregorian && !needs_year && !relative_year_at(m) &&
                                       entry_of(m, kind::weekday_qualifier) && !direction(m, 1);
      if ((persian_ ? sys != system::jalali : sys == system::jalali) && !hijri_relative && !gregorian_relative &&
          !gregorian_qualified)
        return false;
      if (const std::size_t r = relative_year(m, p); r != m) {
        p.te = gregorian_relative && era ? r + 1 : r;
        return true;
      }
      // Not قبل, بعد, پیش: after a month they rarely qualify it; nor این,
      // همین, هذا, which stand before their noun (تا اول مهر این کشور).
      if (const auto* q = entry_of(m, kind::weekday_qualifier); q && !direction(m, 1) && (q->value != 0 || !demonstrative(m))) {
        p.qualifier = q->value;
        p.te = m + 1;
        // بداية سبتمبر المقبل 2025: its year written after it, as a day's is.
        if (!persian_ && number(m + 1) && t_[m + 1].digits == 4 && !counted_noun(m + 2))
          if (const std::size_t y = optional_year(m + 1, p); y > m + 1 && p.year != 0) {
            p.qualifier = expression::nearest;
            p.te = y;
          }
        return true;
      }
      return false;
    }
    if (named && ysys != sys && !(sys == system::hijri && ysys == system::gregorian)) return false;
    // حکومت اسد ۲۰۱۱: no Jalali month has a Gregorian year.
    if (sys == system::jalali && !named && year >= 1700) return false;
    p.year = year;
    p.two_digit_year = two;
    p.year_named = named;
    if (sys == system::hijri && (ysys == system::gregorian || year >= 1700)) p.year_sys = system::gregorian;
    p.te = y;
    return true;
  }
  p.s = shape::date;
  p.day = day;
  p.month = month;
  p.sys = sys;
  p.sys_from_name = true;
  p.dual_mismatch = mismatch;
  std::size_t e = optional_year(m, p);
  // ۱۰ می‌رسد: not without a year, unless punctuation or the line's end closes it (مطابق ۳۱ می، روز تاریخی): a verb's prefix is followed by its verb.
  if (needs_year && p.year == 0 && !p.year_relative && !(p.weekday >= 0 && !verb_after(m)) &&  // سه شنبه،۷ می در روسیه
      !(e == m && (e >= n_ || t_[e].t == type::newline ||
                   (t_[e].t == type::punct && t_[e].punct != '-' && t_[e].punct != '/' && t_[e].punct != ':' &&
                    t_[e].punct != '.' ) ||
                   (t_[e].t == type::punct && (t_[e].punct == '.' || t_[e].punct == '/') && !number(e + 1)) ||  // ۸ مِی/⏎
                   word_is(e, "\xDB\x8C\xD8\xA7") || word_is(e, "\xD9\x88") || word_is(e, "\xD8\xB1\xD9\x88\xD8\xB2") ||  // یا, و, روز (8 می روز جهانی صلیب سرخ است)
                   filler(e, lexicon::fill_equals))))  // برابر, مصادف (اول می برابر است با روز کارگر)
    return false;
  // 13 أكتوبر المقبل, ۱۵ آذر گذشته: the next or last such day; 1 مايو الجاري, of this month.
  if (p.year == 0 && !p.year_relative && !direction(e, 1)) {
    if (const auto* q = entry_of(e, kind::weekday_qualifier); q && (q->value != 0 || !demonstrative(e))) {
      p.qualifier = q->value;
      ++e;
      // الأول من شهر يناير الجاري 2025م: this month's, then its year written (29 محرم القادم 1446: the next's).
      // (… من شهر يناير المقبل من عام 2025: the year word after من.)
      if (!persian_ && (number(e) || (filler(e, lexicon::fill_of) && filler(e + 1, lexicon::fill_year_word) && number(e + 2)) ||
                        (punct(e, '(') && number(e + 1) && t_[e + 1].digits == 4)) &&  // 24 أغسطس الماضي (2015م)
          (!number(e) || t_[e].digits == 4) && !counted_noun(e + 1)) {  // not 2000 شخص
        if (const std::size_t y = optional_year(e, p); y > e && p.year != 0) {
          p.qualifier = expression::nearest;
          e = y;
        }
      }
    } else if (i > 0 && filler(i - 1, lexicon::fill_since)) {
      p.qualifier = -1;  // منذ 7 أكتوبر: since a day, so one gone by
      p.since = true;
    }
  }
  expression tp;
  if (const std::size_t t = time_part(e, tp, false)) {
    take_time(tp, p);
    e = t;
  } else if (p.year != 0 && e < n_ && t_[e].t == type::word &&
             ((number(e + 1) && punct(e + 2, ':')) || filler(e + 1, lexicon::fill_hour_word))) {
    // A dateline's place between the date and its time: یکشنبه ۴ آذر ۱۴۰۳ تهران ۱۶:۰۵,
    // دوشنبه ۲۲ آبان ۱۴۰۲ تهران ساعت ۱۰:۳۰.
    // (پنجشنبه ۱ آذر ۱۴۰۳ ایران ۲۱:۲۸, a page abroad: the place's zone is the clock's.)
    if (const std::size_t t2 = time_part(e + 1, tp, false)) {
      bool city = false;
      if (const int z = place_at(e, city); z >= 0 && tp.zone < 0 && tp.zone_offset == expression::no_offset) tp.zone = z;
      take_time(tp, p);
      e = t2;
    }
  }
  p.te = e;
  if (allow_twin) twin(p);
  return true;
}

// Month before day: May 13, 2024, Monday, May 13, 2024 (English in Persian and Arabic pages); and year first:
// ۱۴۰۳ اردیبهشت ۲۴, 1337 آذر 22, شنبه. Both only with their year: a month and a number alone are too often something else.
bool grammar::month_first(std::size_t i, expression& p) const {
  std::size_t j = i;
  if (const auto* w = entry_of(j, kind::weekday)) {
    p.weekday = w->value;
    ++j;
    if (punct(j, ',')) ++j;
  }
  unsigned month = 0, day = 0;
  system sys = system::unknown;
  bool mismatch = false, needs_year = false;
  // سال ۱۴۰۳ اردیبهشت ۲۴, در سال 1402 مرداد 15: the year word before the year first.
  const std::size_t w = j;  // after the weekday
  if (j == i && filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word)) ++j;
  if (filler(j, lexicon::fill_year_word) && plain_number(j + 1) && t_[j + 1].digits == 4 && month_name(j + 2)) ++j;
  if (j > w && !plain_number(j)) return false;
  // 1398/تیر/16, 89-مهر-12: the same dash or slash on both sides of the month.
  const char sep = plain_number(j) && (punct(j + 1, '/') || punct(j + 1, '-')) && touching(j + 1) ? t_[j + 1].punct : 0;
  if (plain_number(j) && (t_[j].digits == 4 || (sep && persian_ && t_[j].digits == 2))) {
    // Persian's order with a Jalali month and year, and English's (2025 June 21, 2020August 9) with a Gregorian one.
    const int year = static_cast<int>(t_[j].value);
    const bool two = t_[j].digits == 2;
    std::size_t m = month_part(j + (sep ? 2 : 1), month, sys, mismatch, needs_year);
    const bool jalali_order = sys == system::jalali && (two || (year >= 1200 && year <= 1500));
    const bool english_order = !sep && sys == system::gregorian && year >= 1800 && year <= 2200 &&
                               static_cast<unsigned char>(s_[t_[j + 1].begin]) < 0x80;
    if (m && sep) m = punct(m, sep) && touching(m) && touching(m + 1) ? m + 1 : 0;
    if (!m || !(jalali_order || english_order) || !plain_number(m) || t_[m].digits > 2) return false;
    p.two_digit_year = two;
    const std::size_t d = day_part(m, day);
    // ۱۴۰۳ مهر ۱۵ آبان: not this (but ۱۴۷۳ مهر ۱۲ می‌توان: می there is a verb's prefix).
    if (!d || (month_name(d) && !(d < n_ && s_.substr(t_[d].begin, t_[d].end - t_[d].begin) == "\xD9\x85\xDB\x8C")))
      return false;
    p.year = year;
    j = d;
    if (p.weekday < 0 && punct(j, ',') && entry_of(j + 1, kind::weekday)) {  // ICU's fa: 1337 آذر 22, شنبه
      p.weekday = entry_of(j + 1, kind::weekday)->value;
      j += 2;
    }
  } else {
    std::size_t m = month_part(j, month, sys, mismatch, needs_year);
    if (!m) return false;
    // Sept. 3, 2023: the dot of a Latin abbreviation.
    if (punct(m, '.') && t_[m].begin == t_[m - 1].end && static_cast<unsigned char>(s_[t_[j].begin]) < 0x80 &&
        plain_number(m + 1))
      ++m;
    const std::size_t d = day_part(m, day);
    if (!d || !number(m)) return false;
    // يوليو 13-15, تموز 13 الى 15, July 13-15, 2024: days of the month named first.
    // (March 21 and 22, 2024: two days side by side joined by and.)
    const bool joined = entry_of(d, kind::connector) && filler(d, lexicon::fill_range_to);
    if ((punct(d, '-') && touching(d) && touching(d + 1)) || filler(d, lexicon::fill_range_to)) {
      unsigned day2 = 0;
      std::size_t d2 = plain_number(d + 1) ? day_part(d + 1, day2) : 0;
      if (joined && day2 != day + 1) d2 = 0;
      // Not the start of a numeric date (صفر ۰۲-٠٦-١٤٣٥).
      const bool numeric = (punct(d2, '-') || punct(d2, '/') || punct(d2, '.')) && number(d2 + 1);
      // Written as days are, without a leading zero (أيلول ۰۱-۱۲ is no range).
      const auto bare = [&](std::size_t k) { return t_[k].digits == (t_[k].value >= 10 ? 2U : 1U); };
      if (d2 && day2 > day && !month_name(d2) && !numeric && bare(m) && bare(d + 1)) {
        days_of_a_month(p, day, day2, month, sys);
        p.dual_mismatch = mismatch;
        std::size_t e = d2, y2 = punct(d2, ',') ? d2 + 1 : d2;
        if (plain_number(y2) && t_[y2].digits == 4) {
          p.year = static_cast<int>(t_[y2].value);
          e = y2 + 1;
        } else if (needs_year) {
          return false;
        }
        p.te = e;
        return true;
      }
    }
    std::size_t y = d;
    if (punct(y, ',')) ++y;
    if (plain_number(y) && t_[y].digits == 4) {
      p.year = static_cast<int>(t_[y].value);
      j = y + 1;
    } else if (sys == system::gregorian && static_cast<unsigned char>(s_[t_[j].begin]) < 0x80 && !needs_year &&
               (!number(y) || (punct(y + 1, ':') && touching(y + 1))) && !month_name(y) &&  // April 9th, 10:25pm: a clock
               !(j > 0 && t_[j - 1].t == type::word && static_cast<unsigned char>(s_[t_[j - 1].begin]) < 0x80)) {
      // October 26th, Oct 26 in a Persian or Arabic page: an English month
      // and day, the year the reference's. Not inside English (you may 2 go).
      j = d;
    } else {
      return false;
    }
  }
  p.s = shape::date;
  p.sys = sys;
  p.sys_from_name = true;
  p.month = month;
  p.day = day;
  p.dual_mismatch = mismatch;
  p.te = time_after(j, p);
  return true;
}

}  // namespace grammar
}  // namespace taqvim
