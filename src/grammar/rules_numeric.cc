// Rules for numeric dates: day, month and year in figures, ISO 8601, a page's stamps.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// 1402/05/15, ۱۴۰۲-۰۵-۱۵, 15/8/2023, 2023-08-06, 06.08.2023, 11\11\1370, with blanks
// around the separators (7 / 11 / 2022, ۱۳۹۹ / ۱۰ / ۰۳), two-digit years
// (۹۹/۱/۵, 20/2/00), and ISO 8601's time and offset (2024-05-13T09:30:00+03:00).
bool grammar::numeric_date(std::size_t i, expression& p) const {
  // مصوبه شماره 3/11/1973, القرار رقم 12/5/2020: a number's figures after the word number, an id; وفق المادة 2ـ1ـ48,
  // ماده ۱/۲/۳: an article's.
  if (i > 0 && (t_[i - 1].t == type::word || t_[i - 1].t == type::lex) && (word_is(i - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87") || word_is(i - 1, "\xD8\xB1\xD9\x82\xD9\x85") ||
                word_is(i - 1, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xAF\xD9\x87") || word_is(i - 1, "\xD9\x85\xD8\xA7\xD8\xAF\xD9\x87")))  // الماده ماده
    return false;
  // در تاریخ 1397/11, بتاريخ 2019/11: a year and its month in figures after the word date (not the same without it:
  // a ratio, a code, an issue's number).
  if (i > 0 && number(i) && t_[i].digits == 4 && punct(i + 1, '/') && plain_number(i) && touching(i + 1) && plain_number(i + 2) &&
      touching(i + 2) && t_[i + 2].digits <= 2 && t_[i + 2].value >= 1 && t_[i + 2].value <= 12 && !punct(i + 3, '/') &&
      !punct(i + 3, '-') && (word_is(i - 1, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE") ||            // تاریخ
                             word_is(i - 1, "\xD8\xA8\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE"))) {  // بتاریخ
    const std::uint32_t y = t_[i].value;
    const bool jalali = persian_ && y >= 1300 && y <= 1499;
    if (jalali || (y >= 1900 && y <= 2100)) {
      p.s = shape::month;
      p.year = static_cast<int>(y);
      p.month = t_[i + 2].value;
      p.sys = jalali ? system::jalali : system::gregorian;
      p.sys_from_name = true;
      p.te = i + 3;
      return true;
    }
  }
  // عرب وعالم29-8-2021, time١٥-٠٤-٢٠٢٥, today31/08/2021: scraped text glues
  // a dateline to the word before it (a page's icon's name). A whole date
  // with a four-digit year is no code (A320) even so.
  const auto letter_end = [&](std::size_t w) {
    const unsigned char c = static_cast<unsigned char>(s_[t_[w].end - 1]);
    return c >= 0x80 || (c >= 'a' && c <= 'z' && t_[w].end - t_[w].begin >= 4);  // a word, not a code's letter (A12-15-2020)
  };
  const bool glued_to_word = number(i) && i > 0 && !t_[i].space_before && t_[i - 1].t == type::word && letter_end(i - 1) &&
                             number(i + 4) && (t_[i].digits == 4 || t_[i + 4].digits == 4);
  // 03 08 2016 alone on a page's line, 28 07 2023 05:41: a stamp with
  // blanks for its separators, two digits, two digits and the year's four,
  // and maybe its clock; after a weekday, the clause's end (يوم الأربعاء 12 12 2012، ستستقبل). The year
  // first likewise (2016 02 27 on its line), after a weekday before any word but a number (يوم السبت 2023 12 30 بمنطقة).
  // (The weekday opening its line or after يوم: توقيت غرينتش الثلاثاء 31 12 2024 17:42 is a headline's end and a stamp.)
  const bool weekday_before = plain_number(i) && i > 0 && entry_of(i - 1, kind::weekday) && t_[i].space_before &&
                              (i == 1 || t_[i - 2].t == type::newline || filler(i - 2, lexicon::fill_day_word));
  const bool year_first_blank = plain_number(i) && t_[i].digits == 4;
  const std::size_t dd = year_first_blank ? i + 2 : i, yy = year_first_blank ? i : i + 2;
  if (plain_number(i) && (i == 0 || t_[i - 1].t == type::newline || weekday_before || punct(i - 1, '|')) &&  // تقارير | 25 05 2020
      plain_number(i + 1) && t_[i + 1].digits == 2 && t_[i + 1].space_before && plain_number(i + 2) && t_[i + 2].space_before &&
      t_[dd].digits == 2 && t_[yy].digits == 4 && t_[dd].value >= 1 && t_[dd].value <= 31 && t_[i + 1].value >= 1 &&
      t_[i + 1].value <= 12 && t_[yy].value >= 1300 && t_[yy].value <= 2100) {
    expression clock;
    const std::size_t e = number(i + 3) && punct(i + 4, ':') ? time_part(i + 3, clock, false) : 0;
    const std::size_t end = e ? e : i + 3;
    if (end >= n_ || t_[end].t == type::newline || (weekday_before && (punct(end, ',') || punct(end, '.') || (year_first_blank && !number(end))))) {
      p.s = shape::date;
      p.day = t_[dd].value;
      p.month = t_[i + 1].value;
      p.year = static_cast<int>(t_[yy].value);
      if (e) take_time(clock, p);
      p.te = end;
      return true;
    }
  }
  // 09 17:33 2026 فيفري, تحديث 16 22:52 2019 جانفي: a Maghrebi site's stamp
  // (day, clock, year, month) as its right-to-left line reaches the text.
  if (number(i) && t_[i].digits <= 2 && punct(i + 2, ':') && t_[i].value >= 1 && t_[i].value <= 31 && plain_number(i) &&
      plain_number(i + 1) && t_[i + 1].space_before && plain_number(i + 3) && t_[i + 3].digits == 2 &&
      plain_number(i + 4) && t_[i + 4].digits == 4 && t_[i + 4].value >= 1900 && t_[i + 4].value <= 2100 &&
      entry_of(i + 5, kind::month_gregorian) && (i + 6 >= n_ || t_[i + 6].t == type::newline)) {
    expression clock;
    if (time_part(i + 1, clock, false) == i + 4) {
      p.s = shape::date;
      p.sys = system::gregorian;
      p.sys_from_name = true;
      p.day = t_[i].value;
      p.month = static_cast<unsigned>(entry_of(i + 5, kind::month_gregorian)->value);
      p.year = static_cast<int>(t_[i + 4].value);
      take_time(clock, p);
      p.te = i + 6;
      return true;
    }
  }
  // 12\nNOVEMBER\n2025, 2\nفبراير\n2025, ۱۸\nآبان\n۱۳۹۱, 29\nدی 1395: a page's date widget,
  // the day, the month's name and the year each alone on its line (a line
  // break between a date's parts otherwise leaves no date).
  if (number(i) && t_[i].digits <= 2 && (i == 0 || t_[i - 1].t == type::newline) && i + 1 < n_ &&
      t_[i + 1].t == type::newline && t_[i].value >= 1 && t_[i].value <= 31 && plain_number(i)) {
    const auto lines = [&](std::size_t k) {  // one or two line breaks from k: the token after them, or 0
      if (k >= n_ || t_[k].t != type::newline) return std::size_t{0};
      const std::size_t after = k + 1 < n_ && t_[k + 1].t == type::newline ? k + 2 : k + 1;
      return after < n_ ? after : std::size_t{0};  // "12\n" ending the text: no line after it
    };
    const std::size_t m = lines(i + 1);
    const auto* jalali = m && persian_ ? entry_of(m, kind::month_jalali) : nullptr;
    const auto* month = jalali ? jalali : m ? entry_of(m, kind::month_gregorian) : nullptr;
    // (۲۹\nدی ۱۳۹۵: the month and its year on one line.)
    const std::size_t y = month && m + 1 < n_ && t_[m + 1].t == type::newline ? lines(m + 1)
                          : month && plain_number(m + 1) && t_[m + 1].digits == 4 ? m + 1
                                                                                   : 0;
    const unsigned from = jalali ? 1300 : 1900, to = jalali ? 1499 : 2100;
    if (month && y && plain_number(y) && t_[y].digits == 4 && t_[y].value >= from && t_[y].value <= to &&
        (y + 1 >= n_ || t_[y + 1].t == type::newline)) {
      p.s = shape::date;
      p.sys = jalali ? system::jalali : system::gregorian;
      p.sys_from_name = true;
      p.day = t_[i].value;
      p.month = static_cast<unsigned>(month->value);
      p.year = static_cast<int>(t_[y].value);
      p.te = y + 1;
      return true;
    }
  }
  // الكويت - 22 - 10 (كونا) --: KUNA's dateline, a city, the day and the
  // month with dashes, the agency in brackets; no year.
  if (!persian_ && i > 0 && punct(i - 1, '-') && plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 &&
      t_[i].value <= 31 && punct(i + 1, '-') && plain_number(i + 2) && t_[i + 2].digits <= 2 && t_[i + 2].value >= 1 &&
      t_[i + 2].value <= 12 && punct(i + 3, '(') && word_is(i + 4, "\xDA\xA9\xD9\x88\xD9\x86\xD8\xA7") &&  // کونا (كونا)
      punct(i + 5, ')'))
    return numeric_day_month(i, p);
  // أيام 18-20/5/2026, 15-18\3\1431هـ: a first day and a dash before a whole
  // date are the range to it (a backslash typed for the slash too).
  if (plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && punct(i + 1, '-') && plain_number(i + 2) &&
      ((punct(i + 3, '/') && punct(i + 5, '/')) || (punct(i + 3, '\\') && punct(i + 5, '\\'))) && number(i + 4) &&
      number(i + 6)) {
    if (expression q; numeric_date(i + 2, q) && q.s == shape::date && q.hour < 0 && q.day > t_[i].value) {
      p = q;
      p.s = shape::range;
      p.day = t_[i].value;
      p.day2 = q.day;
      p.month2 = q.month;
      p.year2 = q.year;
      return true;
    }
  }
  // يوم الأربعاء والخميس 16-17-3-2022: the same with dashes throughout, two
  // days and then the month and a year of four digits.
  if (plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && punct(i + 1, '-') && number(i + 2) &&
      t_[i + 2].digits <= 2 && t_[i + 2].value > t_[i].value && t_[i + 2].value <= 31 && punct(i + 3, '-') &&
      number(i + 4) && t_[i + 4].digits <= 2 && t_[i + 4].value >= 1 && t_[i + 4].value <= 12 && punct(i + 5, '-') &&
      number(i + 6) && t_[i + 6].digits == 4 && !(punct(i + 7, '-') && touching(i + 7) && number(i + 8))) {
    bool tight = true;
    for (std::size_t k = i + 1; k <= i + 6; ++k) tight = tight && touching(k);
    if (tight) {
      p.s = shape::range;
      p.day = t_[i].value;
      p.day2 = t_[i + 2].value;
      p.month = p.month2 = t_[i + 4].value;
      p.year = p.year2 = static_cast<int>(t_[i + 6].value);
      p.te = i + 7;
      return true;
    }
  }
  if (!(plain_number(i) || glued_to_word) || !number(i + 2) || !number(i + 4)) return false;
  // 2021:06:30.10:17:30, 2018:02:07.08:26: a page's stamp with colons between
  // its date's parts and a dot before its clock (alone, 2021:06:30 is no date).
  const auto tight_at = [&](std::size_t k, char c) { return punct(k, c) && touching(k) && touching(k + 1) && number(k + 1); };
  if (t_[i].digits == 4 && t_[i].value >= 1900 && t_[i].value <= 2100 && tight_at(i + 1, ':') && t_[i + 2].digits == 2 &&
      tight_at(i + 3, ':') && t_[i + 4].digits == 2 && tight_at(i + 5, '.') && punct(i + 7, ':') &&
      t_[i + 2].value >= 1 && t_[i + 2].value <= 12 && t_[i + 4].value >= 1 && t_[i + 4].value <= 31) {
    expression clock;
    if (const std::size_t e = time_part(i + 6, clock, false); e && clock.hour >= 0) {
      p.s = shape::date;
      p.sys = system::gregorian;
      p.year = static_cast<int>(t_[i].value);
      p.month = t_[i + 2].value;
      p.day = t_[i + 4].value;
      take_time(clock, p);
      p.te = e;
      return true;
    }
  }
  const char sep = t_[i + 1].punct;
  // 11\11\1370: a backslash typed for the slash. مصوب ۱۳۴۸,۰۸,۲۱, 29,03,1317:
  // commas for them, written tight; the year's four digits at one end keep it
  // from a number's thousands (1,234,567).
  const bool commas = sep == ',' && touching(i + 1) && touching(i + 2) && touching(i + 3) && touching(i + 4) &&
                      ((t_[i].digits == 4 && t_[i + 4].digits <= 2) || (t_[i].digits <= 2 && t_[i + 4].digits == 4));
  if (!(sep == '/' || sep == '-' || sep == '.' || sep == '\\' || commas)) return false;
  if (!punct(i + 1, sep) || !punct(i + 3, sep)) return false;
  // Written tight, or with blanks around the separators (7 / 11 / 2022,
  // ٩ /١١ /١٤٤١هـ): on one line.
  for (std::size_t k = i + 1; k <= i + 4; ++k)
    if (t_[k].t == type::newline) return false;
  // Not part of a longer chain (1402/05/15/3, 12.5.2023.1) or a number like 2.5.
  if ((punct(i + 5, sep) || punct(i + 5, '.') || punct(i + 5, '/')) && touching(i + 5) && number(i + 6)) return false;
  // (4-3-21-مربع های سه گانه: a section's number, its dash run on to its title; a two-digit year ends no date so.)
  if (sep == '-' && t_[i].digits <= 2 && t_[i + 4].digits <= 2 && punct(i + 5, '-') && touching(i + 5) && i + 6 < n_ &&
      touching(i + 6) && t_[i + 6].t == type::word)
    return false;
  // A weekday may stand before it so (الخميس-2023-10-01 03:54 pm, a page's stamp); and an issue's number, a blank
  // before the slash, before a dashed date with its year (العدد 1690 /19-11-2025).
  if (i > 0 && t_[i - 1].t == type::punct && touching(i) &&
      (t_[i - 1].punct == sep || t_[i - 1].punct == '.' || t_[i - 1].punct == '/') &&
      !(i > 1 && t_[i - 1].punct == '-' && entry_of(i - 2, kind::weekday)) &&
      !(t_[i - 1].punct == '/' && sep == '-' && !touching(i - 1) && t_[i + 4].digits == 4))
    return false;
  const token &a = t_[i], &b = t_[i + 2], &c = t_[i + 4];
  // 10-17-2006, 05:40 PM, 03/25/2009: month first, as English writes it,
  // when the middle cannot be a month and the first can. Only before a
  // Gregorian year: no Jalali or Hijri date is written so.
  if (b.digits <= 2 && b.value > 12 && b.value <= 31 && a.digits <= 2 && a.value >= 1 && a.value <= 12 &&
      c.digits == 4 && c.value >= 1900 && c.value <= 2200 && sep != '.' && !entry_of(i + 5, kind::era)) {
    p.year = static_cast<int>(c.value);
    p.month = a.value;
    p.day = b.value;
    p.s = shape::date;
    p.sys = system::gregorian;
    p.te = time_after(i + 5, p);
    return true;
  }
  if (b.digits > 2 || b.value < 1 || b.value > 12) {
    return false;
  }
  // 1404-08-1009:06:07: a site's stamp that lost the blank between the day
  // and the hour (year first, the day and hour in one run of four digits).
  if (a.digits == 4 && c.digits == 4 && sep == '-' && touching(i + 4) && punct(i + 5, ':') && touching(i + 5) &&
      number(i + 6) && touching(i + 6) && t_[i + 6].digits == 2 && t_[i + 6].value < 60 && c.value / 100 >= 1 &&
      c.value / 100 <= 31 && c.value % 100 < 24) {
    p.s = shape::date;
    p.year = static_cast<int>(a.value);
    p.month = b.value;
    p.day = c.value / 100;
    p.hour = static_cast<int>(c.value % 100);
    p.minute = static_cast<int>(t_[i + 6].value);
    std::size_t e = i + 7;
    if (punct(e, ':') && touching(e) && number(e + 1) && touching(e + 1) && t_[e + 1].digits == 2 && t_[e + 1].value < 60) {
      p.second = static_cast<int>(t_[e + 1].value);
      e += 2;
    }
    p.te = e;
    return true;
  }
  // 20/9/202303:17 م, 12/2/202504:59 PM: the same with the year and the hour
  // in one run of six digits (a page's "last updated" line).
  if (a.digits <= 2 && c.digits == 6 && sep == '/' && touching(i + 4) && tight_at(i + 5, ':') && t_[i + 6].digits == 2 &&
      t_[i + 6].value < 60 && c.value / 100 >= 1900 && c.value / 100 <= 2100 && c.value % 100 < 24 && a.value >= 1 &&
      a.value <= 31) {
    expression clock;
    clock.hour = static_cast<int>(c.value % 100);
    clock.minute = static_cast<int>(t_[i + 6].value);
    std::size_t e = i + 7;
    if (tight_at(e, ':') && t_[e + 1].digits == 2 && t_[e + 1].value < 60) {
      clock.second = static_cast<int>(t_[e + 1].value);
      e += 2;
    }
    if (const auto* tod = entry_of(e, kind::time_of_day); tod && clock.hour <= 12) {
      apply_part_of_day(tod->value, clock);
      ++e;
    }
    p.s = shape::date;
    p.day = a.value;
    p.month = b.value;
    p.year = static_cast<int>(c.value / 100);
    take_time(clock, p);
    p.te = written_zone(e, p);
    return true;
  }
  // A two-digit year stands first when it cannot be a day (۹۹/۱/۵), last
  // when the last cannot be one (20/2/99); else first in Persian, last in
  // Arabic. Not with dots: 3.12.20 is as likely a version number.
  // With dots only year first in Persian (مورخ 94.12.22): 3.12.20 is as
  // likely a version number.
  // In brackets straight after a weekday (يوم الأحد القادم (16.7.23)) a date
  // all the same.
  const bool after_weekday = sep == '.' && i > 1 && punct(i - 1, '(') &&
                             (entry_of(i - 2, kind::weekday) || entry_of(i - 2, kind::weekday_qualifier));
  // مورخ ۱۳.۱.۹۲, بتاريخ 13.1.92, تاریخ: 5.7.98, يوم 22.2.22: after a word for "dated" or the day word likewise.
  const bool dated_dots = sep == '.' && i > 0 && (filler(i - 1, lexicon::fill_equals) || filler(i - 1, lexicon::fill_publication) ||
                                                  (!persian_ && filler(i - 1, lexicon::fill_day_word)) ||
                                                  (i > 1 && punct(i - 1, ':') && filler(i - 2, lexicon::fill_publication)));
  // رياضة⏎26.04.24⏎: an Arabic page's stamp alone on its line, two digits each after dots: day, month, then the year.
  const bool stamp_dots = sep == '.' && !persian_ && a.digits == 2 && b.digits == 2 && c.digits == 2 && (i == 0 || t_[i - 1].t == type::newline) &&
                          (i + 5 >= n_ || t_[i + 5].t == type::newline);
  const bool two = (sep != '.' || (persian_ && a.digits == 2 && a.value > 31) || after_weekday || dated_dots || stamp_dots) && a.digits <= 2 &&
                   c.digits <= 2 && (a.digits == 2 || c.digits == 2);
  // Short numbers stand alone: nothing but a bracket or a quote touches them.
  // (هفته نامه پیام زنجان،75/1/15): a comma after a word too.
  // A label's colon likewise (مهلت تحویل مدارک :۹۹/۱۰/۱۵, not a clock's 10:99/10).
  const bool comma_after_word = i > 1 && t_[i - 1].t == type::punct && (t_[i - 1].punct == ',' || t_[i - 1].punct == ':') &&
                                t_[i - 2].t != type::number;
  // مورخ6/3/86, بتاريخ1/5/23: a word for "dated" that lost its blank; a
  // weekday likewise (سه شنبه9/11/97, a table's cell), and the word for "to"
  // of a range (۰۲/۶/۸۷لغایت۰۸/۶/۸۷).
  const bool dated = i > 0 && (filler(i - 1, lexicon::fill_equals) || filler(i - 1, lexicon::fill_publication) ||
                               entry_of(i - 1, kind::weekday) || filler(i - 1, lexicon::fill_range_to));
  if (two && i > 0 && touching(i) && t_[i - 1].t != type::newline && !comma_after_word && !dated &&
      !(t_[i - 1].t == type::punct && (t_[i - 1].punct == '(' || t_[i - 1].punct == '[' || t_[i - 1].punct == '"')))
    return false;
  const bool year_first = two && !stamp_dots && a.digits == 2 && (a.value > 31 || (c.value <= 31 && persian_));
  // نمرات سه سال اخير (10 -11- 12): a run of numbers counting up is a list
  // (school years, grades), not a year that could be a day.
  if (year_first && a.value <= 31 && b.value == a.value + 1 && c.value == b.value + 1) return false;
  if ((a.digits == 4 && c.digits <= 2) || year_first) {
    p.year = static_cast<int>(a.value);
    p.month = b.value;
    p.day = c.value;
  } else if ((c.digits == 4 && a.digits <= 2) || (two && c.digits == 2)) {
    p.year = static_cast<int>(c.value);
    p.month = b.value;
    p.day = a.value;
    p.order_free = c.digits == 4 && c.value >= 1900 && c.value <= 2200 && sep != '.' && a.value >= 1 && a.value <= 12 &&
                   a.value != b.value && !entry_of(i + 5, kind::era);
    // 11/7/2024 6:45:03 PM: a server's stamp in the English (US) form,
    // seconds and a blank before AM or PM, writes the month first (as
    // 11/13/2025 6:17:00 AM shows); 16/10/2021 08:10AM does not.
    if (p.order_free && us_stamp_clock(i + 5)) std::swap(p.month, p.day);
  } else {
    return false;
  }
  p.two_digit_year = two;
  // ۰۰/۳/۱۴, 1/3/00: the year 00 of a century (0 is "no year written";
  // the resolver takes 100 to the century's 00).
  if (two && p.year == 0) p.year = 100;
  // 29/12/0000: a form's empty date, no year and no day.
  if (!two && p.year == 0) return false;
  if (p.day < 1 || p.day > 31) return false;
  p.s = shape::date;
  std::size_t j = i + 5;
  if (const auto* e = entry_of(j, kind::era)) {
    p.sys = era_system(e->value);
    p.sys_from_name = true;
    ++j;
  }
  expression tp;
  if (sep == '-' && a.digits == 4 && j == i + 5 && iso_time(j, tp)) {
    take_time(tp, p);
  } else if (const std::size_t k = time_part(j, tp, false)) {
    take_time(tp, p);
    j = k;
  }
  p.te = j;
  return true;
}

// H:MM:SS AM at k, as an English (US) server prints a moment: the hour
// unpadded, seconds, a blank before AM or PM.
bool grammar::us_stamp_clock(std::size_t k) const {
  if (!(plain_number(k) && t_[k].space_before && t_[k].value >= 1 && t_[k].value <= 12 && punct(k + 1, ':') &&
        number(k + 2) && t_[k + 2].digits == 2 && punct(k + 3, ':') && number(k + 4) && t_[k + 4].digits == 2 && k + 5 < n_ &&
        t_[k + 5].space_before))
    return false;
  const auto* t = entry_of(k + 5, kind::time_of_day);
  return t && (t->value == lexicon::tod_am || t->value == lexicon::tod_pm) && s_[t_[k + 5].begin] >= 'a' &&
         s_[t_[k + 5].begin] <= 'z';
}

// ISO 8601's time after its date: T09:30[:00][Z|±03:00]. Moves j past it.
bool grammar::iso_time(std::size_t& j, expression& p) const {
  if (j >= n_ || !touching(j) || s_.substr(t_[j].begin, t_[j].end - t_[j].begin) != "t" || !number(j + 1) ||
      !touching(j + 1) || t_[j + 1].digits != 2 || !punct(j + 2, ':'))
    return false;
  const std::size_t k = time_part(j + 1, p, false);
  if (!k || p.zone >= 0) return false;
  std::size_t e = k;
  if (e < n_ && touching(e) && s_.substr(t_[e].begin, t_[e].end - t_[e].begin) == "z") {
    p.zone_offset = 0;
    ++e;
  } else if (touching(e)) {
    const int offset = utc_offset(e);
    if (offset != expression::no_offset) p.zone_offset = offset;
  }
  j = e;
  return true;
}

// رواية 1974، "عناصر منفصمة" رواية 1984، …, من أرض بلقيس 1961 - في طريق الفجر 1967 -,
// الدار البيضاء، 1977؛: the years of a list of works, each after its title, place or
// publisher and before the list's comma, semicolon or dash (or its end). Such a
// number may be a count (عدد الشهداء 1950، والجرحى 2010،), so two stand near in one
// sentence, and one of them after a comma, before a dash or a little after a title
// in quotes (listed). Returns the token after the year, or 0.
std::size_t grammar::work_year_at(std::size_t i, bool& listed) const {
  if (i < 2 || !plain_number(i) || t_[i].digits != 4) return 0;
  const std::uint32_t v = t_[i].value;
  if (!((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v <= 1410))) return 0;
  // Not a number, a law's or a plan's (رقم, عدد, القانون, رؤية المملكة 2030, اكسبو 2020).
  static constexpr std::string_view no[] = {
      "\xD8\xB1\xD9\x82\xD9\x85", "\xD8\xB9\xD8\xAF\xD8\xAF", "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x86\xD9\x88\xD9\x86",
      "\xD9\x82\xD8\xA7\xD9\x86\xD9\x88\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xB3\xD9\x88\xD9\x85",
      "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87", "\xD9\x85\xD8\xA7\xD8\xAF\xD9\x87"};  // رقم عدد القانون قانون المرسوم شماره ماده
  // (A lexicon word that names nothing of a date: رواية, a novel, is a title word.)
  const auto word = [&](std::size_t k) {
    return t_[k].t == type::word ||
           (t_[k].t == type::lex && t_[k].fillers == 0 && t_[k].kinds == 1U << static_cast<unsigned>(kind::not_date));
  };
  const auto comma = [&](std::size_t k) {  // , ، ; ؛
    return punct(k, ',') || punct(k, ';') ||
           (k < n_ && t_[k].t == type::punct && (s_.compare(t_[k].begin, 2, "\xD8\x8C") == 0 || s_.compare(t_[k].begin, 2, "\xD8\x9B") == 0));
  };
  const auto quote = [&](std::size_t k) {  // " »
    return t_[k].t == type::punct && (t_[k].punct == '"' || s_.compare(t_[k].begin, 2, "\xC2\xBB") == 0);
  };
  const bool after_word = (word(i - 1) || quote(i - 1)) && !touching(i);
  const bool after_comma = comma(i - 1) && word(i - 2);
  if (!after_word && !after_comma) return 0;
  for (const std::string_view w : no)
    if (word_is(i - 1, w)) return 0;
  for (std::size_t k = i; k-- > 0 && k + 3 >= i;)
    if (t_[k].t == type::word && (word_is(k, "\xD8\xB1\xD9\x88\xDB\x8C\xD9\x87") ||                 // رویه (رؤية)
                                  word_is(k, "\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xA8\xD9\x88")))          // اکسبو
      return 0;
  listed = after_comma;
  for (std::size_t k = i; !listed && k-- > 0 && k + 6 >= i;)
    listed = quote(k);
  if (i + 1 >= n_ || t_[i + 1].t == type::newline) return i + 1;
  if ((comma(i + 1) || punct(i + 1, '.')) && !number(i + 2)) return i + 1;
  listed = true;
  if (dash(i + 1) && t_[i + 1].space_before && i + 2 < n_ && (t_[i + 2].t == type::word || t_[i + 2].t == type::lex)) return i + 1;
  return 0;
}

bool grammar::works_year(std::size_t i, expression& p) const {
  bool listed = false, other = false;
  const std::size_t e = work_year_at(i, listed);
  if (!e) return false;
  const auto ends = [&](std::size_t k) { return t_[k].t == type::newline || punct(k, '.') || punct(k, '!') || punct(k, '?'); };
  bool near = false;
  for (std::size_t k = i; !near && k-- > 0 && k + 16 >= i && !ends(k);) near = work_year_at(k, other) != 0;
  for (std::size_t k = e; !near && k < n_ && k <= e + 16 && !ends(k); ++k) near = work_year_at(k, other) != 0;
  if (!near || !(listed || other)) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.te = e;
  return true;
}

// الشهر ذاته من 2024, نفس الشهر من 2022: a bare year after من when "the same
// month" stands before it (the engine makes the month of it).
bool grammar::same_month_year(std::size_t i, expression& p) const {
  if (i < 3 || !plain_number(i) || t_[i].digits != 4 || t_[i].value < 1800 || t_[i].value > 2100 ||
      !word_is(i - 1, "\xD9\x85\xD9\x86"))  // من
    return false;
  const auto month = [&](std::size_t k) {  // الشهر بالشهر للشهر
    return word_is(k, "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1") || word_is(k, "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1") ||
           word_is(k, "\xD9\x84\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1");
  };
  const bool same = (month(i - 3) && (word_is(i - 2, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87") || word_is(i - 2, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||
                                      word_is(i - 2, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84") ||
                                      word_is(i - 2, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD8\xA7\xD8\xAB\xD9\x84"))) ||  // نفسه ذاته المقابل المماثل
                    (month(i - 2) && (word_is(i - 3, "\xD9\x86\xD9\x81\xD8\xB3") || word_is(i - 3, "\xD8\xA8\xD9\x86\xD9\x81\xD8\xB3") ||
                                      word_is(i - 3, "\xD9\x84\xD9\x86\xD9\x81\xD8\xB3") || word_is(i - 3, "\xD8\xB0\xD8\xA7\xD8\xAA")));  // نفس بنفس لنفس ذات
  if (!same) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.te = i + 1;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
