// Rules for a day and a month written as numbers without their year (يوم 8/11, 1/1: رأس السنة), for
// weeks and weekdays counted within a month (هفته اول آذر, أول خميس من الشهر المقبل), and for ranges of
// whole months (از فروردین تا خرداد ۱۴۰۲, من جوان حتى نهاية العام 2020).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// يوم 8/11, يوم9/11 (glued): a day and month with no year after the day
// word, in Arabic (Gregorian, day first); the year the nearest. Only with a
// slash and nothing numeric after (يوم 8/11/2025 is a whole date, 3-1 a score);
// with a dash only two digits each, written together (يوم 14-11).
bool grammar::day_of_numbers(std::size_t i, expression& p) const {
  if (persian_ || !filler(i, lexicon::fill_day_word)) return false;
  const std::size_t d = i + 1;
  const bool dash = punct(d + 1, '-') && number(d) && t_[d].digits == 2 && touching(d + 1) && number(d + 2) &&
                    t_[d + 2].digits == 2 && touching(d + 2);
  if (!number(d) || t_[d].digits > 2 || !(punct(d + 1, '/') || dash) || !number(d + 2) || t_[d + 2].digits > 2) return false;
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
  // اليوم الإثنين 28-4: after a weekday, a dash for the slash, the day past 12 (not a score: الأحد 3-1).
  const bool after_weekday = !a2 && i > 0 && entry_of(i - 1, kind::weekday) && punct(k, '-') && a > 12;
  // اليوم الأحد (2|8): a bar for the slash, in brackets after a weekday (a news site's).
  const bool barred = punct(k, '|') && i >= 2 && punct(i - 1, '(') && entry_of(i - 2, kind::weekday) && punct(k + 2, ')');
  if (!(punct(k, '/') || after_weekday || barred) || !touching(k) || !plain_number(k + 1) || t_[k + 1].digits > 2 || !touching(k + 1)) return false;
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
  const auto line_start = [&](std::size_t x) { return x == 0 || t_[x - 1].t == type::newline; };
  // 02/14 22:15, 10/08 23:17 alone on their line under a headline: a page's
  // stamp, its clock after it; the month first (02/14, 11/19 show it).
  expression clock;
  const std::size_t stamp_end = !a2 && !b2 && line_start(i) && number(e) && punct(e + 1, ':') ? time_part(e, clock, false) : 0;
  const bool stamp = stamp_end && clock.hour >= 0 && (stamp_end >= n_ || t_[stamp_end].t == type::newline);
  if (b2) {
    day = b, month = a, day2 = b2;
  } else if (!a2 && a >= 1 && a <= 12 && (b > 12 || stamp)) {
    day = b, month = a;  // 3/14
  }
  static constexpr unsigned last[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > last[month - 1]) return false;
  if (day2 && (day2 <= day || day2 > last[month - 1])) return false;
  const bool list_head = (line_start(i) || (punct(i - 1, 0) && line_start(i - 1))) && punct(e, ':');
  const bool labelled = i > 0 && (filler(i - 1, lexicon::fill_equals) || filler(i - 1, lexicon::fill_publication));
  const auto* q = day2 || direction(e, 1) ? nullptr : entry_of(e, kind::weekday_qualifier);
  const bool placed = q && (q->value != 0 || !demonstrative(e));
  const bool after_in = !day2 && i > 0 && filler(i - 1, lexicon::fill_in) && (day > 12 || (t_[i].digits == 2 && t_[k + 1].digits == 2)) &&
                        !filler(e, lexicon::fill_of) && !punct(e, '%');
  if (!(list_head || labelled || placed || after_in || stamp || after_weekday || barred)) return false;
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
  if (stamp && !list_head && !labelled && !placed && !after_in) {
    take_time(clock, p);
    p.te = stamp_end;
  }
  return true;
}

// هفته اول آذر, الأسبوع الأول من شهر مارس 2024, هفته آخر اسفند, الأسبوع
// الأخير من رمضان: the Nth seven days of a month (1-7, 8-14, ...), or its
// last seven.
bool grammar::week_of_month(std::size_t i, expression& p) const {
  if (!filler(i, lexicon::fill_week_word)) return false;
  std::size_t j = i + 1;
  int nth = 0;
  if (filler(j, lexicon::fill_last)) nth = -1;
  else if (const auto* o = entry_of(j, kind::ordinal); o && o->value >= 1 && o->value <= 4) nth = o->value;
  if (nth == 0) return false;
  ++j;
  if (filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from) || filler(j, lexicon::fill_in)) ++j;
  expression q;
  if (relative_month_at(j, q)) {  // الأسبوع الأخير من الشهر الجاري, هفته اول ماه آینده
    p.s = shape::range;
    p.month_relative = true;
    p.offset = q.offset;
    p.week_of_month = nth;
    p.day = nth > 0 ? static_cast<unsigned>(7 * nth - 6) : 1;
    p.day2 = nth > 0 ? static_cast<unsigned>(7 * nth) : 28;
    p.te = q.te;
    return true;
  }
  if (!(full_date(j, q, false) && q.s == shape::month) && !lone_month(j, q)) return false;
  if (q.part != 0) return false;
  p = q;
  p.s = shape::range;
  p.week_of_month = nth;
  p.month2 = q.month;
  p.year2 = q.year;
  p.day = nth > 0 ? static_cast<unsigned>(7 * nth - 6) : 1;
  p.day2 = nth > 0 ? static_cast<unsigned>(7 * nth) : 1;
  return true;
}

// آخر جمعة من رمضان, اولین شنبه آذر ۱۴۰۲, أول خميس من الشهر المقبل,
// آخرین پنجشنبه سال ۹۹; الجمعة الأخيرة من أكتوبر 2025, الجمعة الثانية من
// أبريل: the Nth (or last) such weekday of a month or a year.
bool grammar::nth_weekday(std::size_t i, expression& p) const {
  std::size_t j = i;
  int nth = 0;
  const auto count = [&](std::size_t k) {
    if (filler(k, lexicon::fill_last)) return -1;
    const auto* o = entry_of(k, kind::ordinal);
    // (Not فاتح, الفاتح, غرة: the first day, never the first of a weekday: الخميس الفاتح أكتوبر is 1 October.)
    if (o && o->value == 1 && k > 0 && entry_of(k - 1, kind::weekday) && (filler(k, lexicon::fill_first_day) || word_is(k, "\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD8\xAD")))
      return 0;
    return o && o->value >= 1 && o->value <= 5 ? static_cast<int>(o->value) : 0;
  };
  if (filler(j, lexicon::fill_day_word) && entry_of(j + 1, kind::weekday)) ++j;
  const auto* w = entry_of(j, kind::weekday);
  bool day = false, first_too = false;  // آخر يوم في أكتوبر, اولین روز سال: the first or last day; first_too: p.first_too
  // روز اول سال ۱۴۰۳, روز آخر سال گذشته, اليوم الأول من العام الهجري 1445,
  // اليوم الأخير من عام 2023: the day word first. In Persian only before a
  // year (روز اول مهر is the date اول مهر).
  bool day_first = false;
  // غرة العام 2024, فاتح السنة الهجرية الجديدة 1445هـ: the first day of a year
  // (before a month name the word is a day, read as a date).
  bool year_only = false;
  if (!w) {
    const auto* today = entry_of(j, kind::relative);  // اليوم: "the day" before an ordinal
    const bool day_word = filler(j, lexicon::fill_day_word) ||
                          (today && today->aux == lexicon::unit_day && today->value == 0 &&
                           s_.compare(t_[j].begin, 4, "\xD8\xA7\xD9\x84") == 0);
    if (const int c = day_word ? count(j + 1) : 0; (c == 1 || c == -1) && !entry_of(j + 2, kind::weekday)) {
      nth = c;
      day = day_first = true;
      j += 2;
      // روز نخست از فروردین ۱۴۰۳: with از after it, of a month too.
      // روز آخر اسفند, روز آخر ذی الحجه ۱۴۰۴: the last day of a month too.
      year_only = persian_ && c == 1 && !filler(j, lexicon::fill_of) && !filler(j, lexicon::fill_range_from);
    } else if ((filler(j, lexicon::fill_first_day) && !entry_of(j + 1, kind::weekday)) ||
               (persian_ && j == i && word_is(j, "\xD8\xA7\xD9\x88\xD9\x84") &&  // از اول سال ۱۴۰۴, در اول سال جاری: its first day
                (i == 0 || filler(i - 1, lexicon::fill_range_from) || filler(i - 1, lexicon::fill_in) ||
                 filler(i - 1, lexicon::fill_range_to)))) {  // (نوبت اول سال ۱۴۰۲, شش ماهه اول سال: an ordinal of the noun before)
      nth = 1;
      day = year_only = true;
      j += 1;
    }
  }
  if (day) {
  } else if (w) {
    // الجمعة الأخيرة, الجمعة الثانية: Arabic's order, with a feminine
    // ordinal or a word for last (الأحد الثاني من مارس is 2 March; Persian's
    // جمعه اول فروردین is a date, but پنجشنبه آخر سال is the last Thursday).
    if (persian_ && !filler(j + 1, lexicon::fill_last)) return false;
    // يوم الأحد فاتح مارس: فاتح, غرة are the month's first day, and the
    // weekday is that day's.
    if (filler(j + 1, lexicon::fill_first_day)) return false;
    nth = count(j + 1);
    // الخميس أول تموز يوليو: أول without its article straight before a month is its first day too.
    if (nth == 1 && s_.compare(t_[j + 1].begin, 4, "\xD8\xA7\xD9\x84") != 0 && month_name(j + 2)) return false;
    // Feminine: ending in ة (folded ه), or الأولى (folded ی) for the first.
    const auto ends = [&](const char* two) {
      return t_[j + 1].end - t_[j + 1].begin >= 2 && s_.compare(t_[j + 1].end - 2, 2, two) == 0;
    };
    // The masculine الأول too (يوم الجمعة الاول من شهر كانون الاول): the
    // first such weekday is the 1st whenever the 1st is that weekday.
    if (nth > 0 && !ends("\xD9\x87") && nth != 1) return false;
    first_too = nth == 1 && !ends("\xD9\x87") && !ends("\xDB\x8C") && j > 0 && filler(j - 1, lexicon::fill_day_word);  // (after يوم: not a title, “الإثنين الأول من شهر أيار”)
    j += 2;
  } else {
    nth = count(j);  // آخر جمعة, اولین شنبه, أول خميس
    // أول يوم جمعة من رمضان, آخر يوم أحد من الشهر: the day word between.
    if (nth != 0 && filler(j + 1, lexicon::fill_day_word) && (entry_of(j + 2, kind::weekday) || entry_of(j + 2, kind::weekday_bare)))
      ++j;
    w = entry_of(j + 1, kind::weekday);
    if (!w) w = entry_of(j + 1, kind::weekday_bare);
    // أول أيام شهر رمضان, آخر أيام العام: the first or last of its days;
    // ثاني أيام شهر رمضان, عاشر أيام محرم: the Nth.
    const auto* days = entry_of(j + 1, kind::unit);
    day = !w && (filler(j + 1, lexicon::fill_day_word) || (days && days->aux == lexicon::unit_day && days->value == 0));
    if (const auto* o = entry_of(j, kind::ordinal); day && o && o->value >= 2 && o->value <= 30) nth = static_cast<int>(o->value);
    day = day && nth != 0;
    j += 2;
  }
  if ((!w && !day) || nth == 0) return false;
  if (filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from) || filler(j, lexicon::fill_in)) ++j;
  expression q;
  if (year_only) {
    if (!((q = {}, relative_expr(j, q) && q.s == shape::relative_year) || (q = {}, year_expr(j, q)))) return false;
  } else if ((full_date(j, q, false) && q.s == shape::month) ||
      ((q = {}), relative_expr(j, q) && (q.s == shape::relative_month || q.s == shape::relative_year)) ||
      ((q = {}), year_expr(j, q)) || (day && ((q = {}), months_of_year(j, q)))) {
  } else if (const auto* season = entry_of(j, kind::months_of_year); day && season && season->aux != 0) {
    // آخرین روز پاییز, نخستین روز زمستان: a season of the nearest year.
    q = {};
    q.s = shape::range;
    q.whole_months = true;
    q.sys = era_system(season->aux);
    q.sys_from_name = true;
    q.month = static_cast<unsigned>(season->value / 100);
    q.month2 = static_cast<unsigned>(season->value % 100);
    q.day = q.day2 = 1;
    q.te = j + 1;
  } else if (persian_ && day && plain_number(j) && t_[j].digits == 4 && t_[j].value > 1300 && t_[j].value <= 1420 &&
             !counted_noun(j + 1) && !entry_of(j + 1, kind::unit)) {
    // نخستین روز ۱۴۰۳, آخرین روز ۱۴۰۲: a Solar Hijri year without its word.
    q = {};
    q.s = shape::year;
    q.year = static_cast<int>(t_[j].value);
    q.te = j + 1;
  } else if (!lone_month(j, q)) {  // a month name alone: آخر جمعة من رمضان
    return false;
  }
  p = q;
  p.inner = q.s;
  p.offset_of_inner = q.offset;
  p.s = shape::nth_weekday;
  p.weekday = day ? -1 : w->value;
  p.offset = nth;
  p.first_too = first_too;
  return true;
}

// از فروردین تا خرداد ۱۴۰۲, من يناير إلى مارس 2024, بين كانون الأول وشباط,
// بهمن و اسفند ۱۴۰۲, ماه می تا پایان جولای, من يناير 2011 حتى سبتمبر 2012:
// whole months of one calendar, from the first day of the first to the last
// day of the second. و spans two months only after بين or when they are
// consecutive (يناير ومارس are two months, not a span).
bool grammar::month_range(std::size_t j, bool between, expression& p) const {
  const auto month_at = [&](std::size_t k, unsigned& month, system& sys, bool& needs_year) -> std::size_t {
    if (filler(k, lexicon::fill_month_word) && month_name(k + 1)) ++k;
    bool mismatch = false;
    return month_part(k, month, sys, mismatch, needs_year);
  };
  // بهمن و اسفند 97: a Solar Hijri year in two digits after Persian months.
  bool two_digits = false;
  const auto year_at = [&](std::size_t k, system sys, int& year) -> std::size_t {
    bool two = false, named = false;
    system ysys = sys;
    const std::size_t y = year_part(k, year, two, ysys, named, false);
    const bool jalali_two = two && persian_ && sys == system::jalali && !counted_noun(y);
    if (!y || (two && !jalali_two) || (named && ysys != sys) || (sys == system::jalali && !named && year >= 1700)) {
      year = 0;
      return k;
    }
    two_digits = two_digits || two;
    return y;
  };
  unsigned m1 = 0, m2 = 0;
  system s1 = system::unknown, s2 = system::unknown;
  bool ny1 = false, ny2 = false;
  // شهري جوان/جويلية 2018: "the two months", then two names with a slash
  // (else one month named twice, آذار/مارس).
  if (const auto *a = entry_of(j, kind::month_gregorian), *b = entry_of(j + 2, kind::month_gregorian);
      a && b && j > 0 && word_is(j - 1, "\xD8\xB4\xD9\x87\xD8\xB1\xDB\x8C") && punct(j + 1, '/') &&  // شهری (شهري)
      static_cast<unsigned>(b->value) == static_cast<unsigned>(a->value) % 12 + 1) {
    int year = 0;
    p.s = shape::range;
    p.whole_months = true;
    p.sys = system::gregorian;
    p.sys_from_name = true;
    p.day = p.day2 = 1;
    p.month = static_cast<unsigned>(a->value);
    p.month2 = static_cast<unsigned>(b->value);
    p.te = year_at(j + 3, system::gregorian, year);
    p.year = p.year2 = year;
    p.year_before = year != 0 && p.month > p.month2;  // شهري ديسمبر/يناير 2019: its year the second's
    return true;
  }
  // از ابتدای فروردین تا پایان شهریور: a word for the start before the first.
  // من أول يناير حتى آخر مارس: أول, the first day, likewise before a range's end word.
  const auto* first = entry_of(j, kind::ordinal);
  const bool first_day = first && first->value == 1 && month_name(j + 1);
  if (const auto* e = entry_of(j, kind::part); e && e->value == lexicon::part_early) ++j;
  else if (first_day) ++j;
  const std::size_t k1 = month_at(j, m1, s1, ny1);
  if (!k1) return false;
  int y1 = 0, y2 = 0;
  std::size_t sep = year_at(k1, s1, y1);
  if (punct(sep, ',') && filler(sep + 1, lexicon::fill_range_to)) ++sep;
  const bool dashed = dash(sep);
  // و alone, or as the proclitic of the second month (وشباط).
  // (Not وحتى, وإلى: و on the word for "to".)
  const bool waw = !dashed && sep < n_ && t_[sep].t == type::lex && t_[sep].waw && !filler(sep, lexicon::fill_range_to);
  // فروردین، اردیبهشت و خرداد: a comma between, when و comes before the last (below).
  // (Not the end of a longer list with a gap: محرم، رجب، ذو القعدة، وذو الحجة.)
  const bool comma = !dashed && !between && y1 == 0 && punct(sep, ',') && !filler(sep + 1, lexicon::fill_range_to) &&
                     !(j >= 2 && punct(j - 1, ',') && month_name(j - 2));
  const bool conj = !dashed && (waw || entry_of(sep, kind::connector) || comma);
  if (!dashed && !conj && !filler(sep, lexicon::fill_range_to)) return false;
  if (!waw) ++sep;
  const auto* late = entry_of(sep, kind::part);
  if (late && late->value == lexicon::part_late) ++sep;  // تا پایان جولای
  // اول حمل الی آخر سنبله, من أول يناير حتى آخر مارس: the last (day) of the second.
  const bool last = !late && filler(sep, lexicon::fill_last) && (month_name(sep + 1) || filler(sep + 1, lexicon::fill_month_word));
  if (last) ++sep;
  const auto relative_year_word = [&](std::size_t k) {
    const auto* r = entry_of(k, kind::relative);
    return r && r->aux == lexicon::unit_year;
  };
  // من جوان حتى نهاية العام 2020, از خرداد تا پایان سال جاری: to the end of
  // the year, the first month's.
  const bool to_year_end = !conj && !dashed && late && late->value == lexicon::part_late && m1 != 12 &&
                           (filler(sep, lexicon::fill_year_word) || relative_year_word(sep) ||
                            (plain_number(sep) && t_[sep].digits == 4));  // من شتنبر 2025 إلى نهاية 2027
  // اردیبهشت ۱۳۳۰ تا ۲۸ مرداد ۱۳۳۲, من يناير 2020 حتى 15 مارس 2021: from a
  // month's first day to a day written whole, of the same calendar.
  if (expression b; !conj && !dashed && !late && !last && (y1 != 0 || !first_day) && full_date(sep, b, false) &&
                    b.s == shape::date && b.day != 0 && b.year != 0 && !b.relative_word && b.hour < 0 && !b.twin &&
                    b.sys == s1 && (y1 == 0 || std::make_pair(y1, m1) < std::make_pair(b.year, b.month))) {
    p.s = shape::range;
    p.sys = s1;
    p.sys_from_name = true;
    p.day = 1;
    p.month = m1;
    p.year = y1 != 0 ? y1 : b.year;
    p.year_before = y1 == 0 && m1 > b.month;
    p.day2 = b.day;
    p.month2 = b.month;
    p.year2 = b.year;
    p.te = b.te;
    return true;
  }
  std::size_t k2 = 0;
  if (to_year_end) {
    m2 = 12;
    s2 = s1;
    k2 = sep;
  } else {
    k2 = month_at(sep, m2, s2, ny2);
  }
  if (!k2 || s2 != s1 || m2 == m1) return false;
  if (conj && !between && m2 != m1 % 12 + 1) return false;
  // أفريل وماي وجوان 2019, فروردین و اردیبهشت و خرداد: more months on و, each the next, one span with them.
  bool and_last = !comma || (t_[sep].t == type::lex && t_[sep].waw);  // يوليو، وأغسطس، وسبتمبر: و after each comma too
  for (int more = 0; conj && more < 10 && k2 < n_; ++more) {
    const bool on_waw = (t_[k2].t == type::lex && t_[k2].waw) || entry_of(k2, kind::connector);
    if (and_last && !on_waw && !(punct(k2, ',') && k2 + 1 < n_ && t_[k2 + 1].t == type::lex && t_[k2 + 1].waw)) break;  // after و, no comma goes on (but ، و)
    const std::size_t k = t_[k2].t == type::lex && t_[k2].waw ? k2
                          : entry_of(k2, kind::connector) || punct(k2, ',') ? k2 + 1
                                                                             : n_;
    unsigned m3 = 0;
    system s3 = system::unknown;
    bool ny3 = false;
    const std::size_t k3 = k < n_ && !filler(k, lexicon::fill_range_to) ? month_at(k, m3, s3, ny3) : 0;
    if (!k3 || s3 != s1 || ny3 || m3 != m2 % 12 + 1) break;
    m2 = m3;
    k2 = k3;
    and_last = and_last || on_waw || (t_[k].t == type::lex && t_[k].waw);
  }
  if (!and_last) return false;
  std::size_t e = year_at(k2, s2, y2);
  // از خرداد تا اسفند سال گذشته, من يونيو إلى ديسمبر من العام الماضي: both
  // months in the year the relative year names.
  if (y1 == 0 && y2 == 0) e = relative_year(e, p);
  // من مايو وحتى أغسطس الماضي, من يناير إلى مارس المقبل: a qualifier after
  // the second month places it (the last before the reference, the next
  // after it), and the first before it.
  if (const auto* q = entry_of(e, kind::weekday_qualifier);
      !persian_ && y1 == 0 && y2 == 0 && !p.year_relative && q && !direction(e, 1) && (q->value != 0 || !demonstrative(e))) {
    p.qualifier = q->value;
    ++e;
  }
  if (to_year_end && y2 == 0 && !p.year_relative) return false;
  // می is May only beside a year or after the word month: ماه می تا پایان
  // جولای (۲۰۲۵), as the second month of a range too.
  if ((ny1 && y1 == 0 && !filler(j, lexicon::fill_month_word)) || (ny2 && y2 == 0 && y1 == 0)) return false;
  if (y1 != 0 && y2 != 0 && std::make_pair(y1, m1) > std::make_pair(y2, m2)) return false;
  p.s = shape::range;
  p.whole_months = true;
  // مهرماه ۹۹ تا آخر شهریور۱۴۰۰: two digits beside four take their century.
  if (two_digits && y1 != 0 && y2 != 0 && (y1 < 100) != (y2 < 100)) {
    int& short_year = y1 < 100 ? y1 : y2;
    const int full = y1 < 100 ? y2 : y1;
    short_year += full / 100 * 100;
    if (y1 > y2) y1 -= 100;  // ۹۹ before ۱۴۰۰
    two_digits = false;
  }
  if (y1 >= 100 || y2 >= 100) two_digits = false;  // (a year 00 reads as none)
  p.two_digit_year = two_digits;
  p.first_last_days = first_day && last;
  p.sys = s1;
  p.sys_from_name = true;
  p.day = p.day2 = 1;
  p.month = m1;
  p.month2 = m2;
  p.year = y1 != 0 ? y1 : y2;
  p.year2 = y2 != 0 ? y2 : y1;
  if (y1 != 0 && y2 == 0 && m2 < m1) p.year2 = y1 + 1;  // من نوفمبر 2023 إلى فبراير
  p.year_before = y1 == 0 && y2 != 0 && m1 > m2;       // بين كانون الأول وشباط 2023
  p.te = e;
  return true;
}

// اليوم الإثنين، (9 حزيران 2025), سه‌شنبه (۱۴۰۲/۱/۱), مساء اليوم الاثنين (21-8): the date in brackets at token j (an
// open bracket) after the weekday or relative day read into p. Returns whether it was read, into p.
bool grammar::bracketed_date(std::size_t j, expression& p) const {
  expression q;
  // مساء اليوم الاثنين (21-8): a day and month in Arabic, the year the nearest.
  const std::size_t d = j + 1;
  const bool day_month = !persian_ && plain_number(d) && t_[d].digits <= 2 && (punct(d + 1, '-') || punct(d + 1, '/')) &&
                         plain_number(d + 2) && t_[d + 2].digits <= 2 && punct(d + 3, ')') && t_[d].value >= 1 &&
                         t_[d].value <= 31 && t_[d + 2].value >= 1 && t_[d + 2].value <= 12;
  if (day_month) {
    q.s = shape::date;
    q.sys = system::gregorian;
    q.day = t_[d].value;
    q.month = t_[d + 2].value;
    q.te = d + 3;
  }
  if ((day_month || (full_date(j + 1, q, false) && q.s == shape::date) || (q = {}, numeric_date(j + 1, q))) &&
      punct(q.te, ')')) {
    q.weekday = p.weekday;
    q.relative_word = p.relative_word;
    q.relative_days = p.relative_days;
    p = q;
    p.te = time_after(q.te + 1, p);
    return true;
  }
  return false;
}

}  // namespace grammar
}  // namespace taqvim
