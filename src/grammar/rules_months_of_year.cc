// Rules for runs of months of a year: halves, quarters and seasons (النصف
// الأول من عام 2024, زمستان ۱۴۰۲), a year's first or last N months (۶ ماه اول
// امسال, آخر 3 أشهر من 2023) and the N months ending with a month or day (۳
// ماهه منتهی به آذرماه ۱۴۰۰).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// Months first..last of the year written at k ([من|از] year, relative
// year or a bare four-digit year), in the calendar `fixed` or else the
// year's, as a range of whole months. Returns false when no year is there.
bool grammar::months_of_a_year(std::size_t k, unsigned first, unsigned last, system fixed, expression& p) const {
  // السداسي الثاني لـ 2026: ل written apart, with its tatweel, before the year.
  if (filler(k, lexicon::fill_of) || filler(k, lexicon::fill_range_from) || (!persian_ && word_is(k, "\xD9\x84"))) ++k;
  // ۶ ماهه اول سال امسال: the year word before a year named from the reference's.
  if (filler(k, lexicon::fill_year_word) && entry_of(k + 1, kind::relative) &&
      entry_of(k + 1, kind::relative)->aux == lexicon::unit_year)
    ++k;
  expression q;
  const bool read = relative_expr(k, q);
  const bool relative = read && q.s == shape::relative_year && !q.counted;
  const bool written = read && q.s == shape::year;  // زمستان امسال ۱۴۰۴: the year written beside it
  if (!relative && !written && (q = {}, !year_expr(k, q))) {
    // زمستان ۱۴۰۲, الربع الثالث من 2023: a bare year of four digits.
    int year = 0;
    bool two = false, named = false;
    system ysys = system::unknown;
    const std::size_t y = year_part(k, year, two, ysys, named, false);
    // بهار ۹۶, پاییز 97: a Persian season takes a Solar Hijri year of two digits
    // too, not a count's (تابستان ۹۰ درصد).
    const bool season_two = two && persian_ && fixed == system::jalali && !named && !counted_noun(y) &&
                            !entry_of(y, kind::unit) && !month_name(y);
    if (!y || (two && !season_two)) return false;
    q = {};
    q.two_digit_year = two;
    q.year = year;
    q.sys = named ? ysys : system::unknown;
    q.sys_from_name = named;
    q.te = y;
  }
  // نیمسال دوم سال تحصیلی ۱۴۰۳-۱۴۰۴: the half of a school year over two years is no half of the first.
  if (school_year_word(k) != k && dash(q.te) && plain_number(q.te + 1)) return false;
  system sys = fixed != system::unknown ? fixed : q.sys;
  if (fixed != system::unknown && q.sys != system::unknown && q.sys != fixed) return false;  // زمستان ۲۰۲۴ میلادی
  if (sys == system::jalali && !relative && q.year >= 1700) return false;
  if (relative && sys == system::unknown) sys = persian_ ? system::jalali : system::gregorian;
  p.s = shape::range;
  p.whole_months = true;
  p.sys = sys;
  p.sys_from_name = fixed != system::unknown || q.sys_from_name || relative;
  p.month = first;
  p.month2 = last;
  p.day = p.day2 = 1;
  if (relative) {
    p.year_relative = true;
    p.year_offset = q.offset;
  } else {
    p.year = p.year2 = q.year;
    p.two_digit_year = q.two_digit_year;
  }
  p.te = q.te;
  return true;
}

// النصف الأول من عام 2024, نیمه نخست سال ۱۴۰۲, سه ماهه دوم امسال, الربع
// الثالث من العام الجاري, زمستان ۱۴۰۲: a run of months of the year that
// follows, in the calendar the words fix (a Persian season is Jalali) or
// else the year's.
bool grammar::months_of_year(std::size_t i, expression& p) const {
  const auto* e = entry_of(i, kind::months_of_year);
  // شش و نیم ماه اول سال مالی: a count before ماه اول counts months (first_months), no first month.
  if (e && persian_ && i > 0 && e->value / 100 == e->value % 100 &&
      (number(i - 1) || entry_of(i - 1, kind::cardinal) || word_is(i - 1, "\xD9\x86\xDB\x8C\xD9\x85")))  // نیم
    return false;
  if (!e) return false;
  const unsigned first = static_cast<unsigned>(e->value / 100);
  unsigned last = static_cast<unsigned>(e->value % 100);
  std::size_t k = i + 1;
  // سه ماهه اول و دوم سال 1391: a quarter and the next one's ordinal on و, both quarters.
  if (const auto* o = persian_ && last == first + 2 && entry_of(k, kind::connector) ? entry_of(k + 1, kind::ordinal) : nullptr;
      o && o->value >= 2 && o->value <= 4 && static_cast<unsigned>(o->value) * 3 > last)
    last = static_cast<unsigned>(o->value) * 3, k += 2;
  // پاییز و زمستان ۱۴۰۲, بهار وتابستان ۱۴۰۳: a season and the next on و, both (the months they run over).
  if (k == i + 1 && persian_ && e->aux != 0) {
    const std::size_t s2 = entry_of(k, kind::connector) ? k + 1 : t_[k < n_ ? k : i].waw ? k : 0;
    if (const auto* n2 = s2 ? entry_of(s2, kind::months_of_year) : nullptr;
        n2 && n2->aux == e->aux && static_cast<unsigned>(n2->value / 100) == last + 1)
      last = static_cast<unsigned>(n2->value % 100), k = s2 + 1;
  }
  if (months_of_a_year(k, first, last, e->aux != 0 ? era_system(e->aux) : system::unknown, p)) return true;
  // تابستان آینده, زمستان گذشته, پاییز پیش رو, بهار جاری: a Persian season
  // with its qualifier, the next one to begin after the reference, the last
  // one ended before it, or the reference's year's. Not a count's (دو
  // تابستان پیش), nor قبل از (before what follows), nor این before its noun.
  const auto* q = entry_of(i + 1, kind::weekday_qualifier);
  if (!persian_ || e->aux == 0 || !q || q->value < -1 || q->value > 1 || filler(i + 2, lexicon::fill_range_from) ||
      (q->value == 0 && demonstrative(i + 1)) || (i > 0 && (number(i - 1) || entry_of(i - 1, kind::cardinal))))
    return false;
  p.s = shape::range;
  p.whole_months = true;
  p.season = true;
  p.sys = era_system(e->aux);
  p.sys_from_name = true;
  p.month = first;
  p.month2 = last;
  p.day = p.day2 = 1;
  p.qualifier = q->value;
  p.te = i + 2;
  return true;
}

// ۶ ماه اول امسال, ۱۱ ماهه اول سال ۱۳۴۷, ۴ ماهه ابتدای سال ۸۹, أول 7 شهور من
// 2024: the first N months of a year; چهار ماه پایانی سال ۱۴۰۳, سه ماه آخر
// امسال, آخر 3 أشهر من 2023: its last N.
bool grammar::first_months(std::size_t i, expression& p) const {
  if (days_of_month(i, p)) return true;
  std::size_t j = i;
  const bool arabic_first = !persian_ && entry_of(j, kind::ordinal) && entry_of(j, kind::ordinal)->value == 1 &&
                            !filler(j, lexicon::fill_first_day);
  const bool arabic_last = !persian_ && !arabic_first && filler(j, lexicon::fill_last);
  if (arabic_first || arabic_last) ++j;  // أول 7 شهور, آخر 3 أشهر
  int n = 0;
  std::size_t k = count_part(j, n);
  // الأشهر الـ10 الأولى من سنة 2018, الشهور الـ3 الأخيرة: the plural with its article, then the number with its
  // own, then first or last.
  if (!persian_ && k == i + 1 && i >= 2 && n >= 2 && n <= 11 && article(i - 1) &&
      (word_is(i - 2, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB4\xD9\x87\xD8\xB1") ||        // الاشهر (folded)
       word_is(i - 2, "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD9\x88\xD8\xB1"))) {  // الشهور
    const auto* o = entry_of(k, kind::ordinal);
    const bool last = filler(k, lexicon::fill_last);
    if ((o && o->value == 1) || last) {
      p.lead = 2;
      return months_of_a_year(k + 1, last ? 13 - static_cast<unsigned>(n) : 1, last ? 12 : static_cast<unsigned>(n),
                              system::unknown, p);
    }
  }
  // الـ10 أشهر الأولى: the article written onto the number is the phrase's.
  const bool the = !persian_ && j == i && i >= 1 && article(i - 1);
  // أول شهرين من العام الحالي: the dual counts two by itself.
  if (const auto* dual = entry_of(j, kind::unit); !k && (arabic_first || arabic_last) && dual && dual->value == 2) {
    n = 2;
    k = j;
  }
  // پنجماهه ۱۴۰۴, هشتماهه امسال: N months' as one word, its blank lost.
  const auto ends_maheh = [&](std::size_t x) {
    const std::string_view w = s_.substr(t_[x].begin, t_[x].end - t_[x].begin);
    return w.size() >= 8 && w.substr(w.size() - 8) == "\xD9\x85\xD8\xA7\xD9\x87\xD9\x87";  // ماهه
  };
  if (const auto* g = !k && persian_ ? entry_of(j, kind::unit) : nullptr;
      g && g->aux == lexicon::unit_month && g->value >= 2 && g->value <= 12 && ends_maheh(j)) {
    n = g->value;
    k = j;
  }
  // چهارده روز نخست سال ۱۳۹۴, سه روز اول امسال: the year's first N days.
  if (persian_ && k && n >= 2 && n <= 31) {
    const auto* du = entry_of(k, kind::unit);
    const auto* o = entry_of(k + 1, kind::ordinal);
    if (du && du->aux == lexicon::unit_day && o && o->value == 1 && months_of_a_year(k + 2, 1, 1, system::unknown, p)) {
      p.whole_months = false;
      p.day = 1;
      p.day2 = static_cast<unsigned>(n);
      return true;
    }
  }
  // یک ماهه نخست سال ۱۴۰۲: one month's, the year's first.
  const bool one = persian_ && k && n == 1 && word_is(k, "\xD9\x85\xD8\xA7\xD9\x87\xD9\x87") &&  // ماهه
                   ((entry_of(k + 1, kind::ordinal) && entry_of(k + 1, kind::ordinal)->value == 1) ||
                    (entry_of(k + 1, kind::part) && entry_of(k + 1, kind::part)->value == lexicon::part_early));
  if (!k || (n < 2 && !one) || n > 12) return false;
  if (the) p.lead = 1;
  // ۶ ماه اول امسال, چهار ماه پایانی سال 1403, ۶ ماه دوم سال: a count before
  // the phrase for one month of a year (ماه اول, a key of its own) counts N
  // months from there.
  if (const auto* m = persian_ ? entry_of(k, kind::months_of_year) : nullptr;
      m && m->value / 100 == m->value % 100 && s_.compare(t_[k].begin, 7, "\xD9\x85\xD8\xA7\xD9\x87 ") == 0) {  // ماه
    const unsigned v = static_cast<unsigned>(m->value % 100), c = static_cast<unsigned>(n);
    if (v == 12) return months_of_a_year(k + 1, 13 - c, 12, system::unknown, p);
    return v * c <= 12 && months_of_a_year(k + 1, (v - 1) * c + 1, v * c, system::unknown, p);
  }
  const auto* u = entry_of(k, kind::unit);
  if (!u || u->aux != lexicon::unit_month) return false;
  ++k;
  // تورم دوازده ماهه منتهی به بهمن: the indicator's name; its date is the month.
  const bool inflation = i > 0 && word_is(i - 1, "\xD8\xAA\xD9\x88\xD8\xB1\xD9\x85");  // تورم
  if (!arabic_first && !arabic_last && !inflation && months_ending(k, static_cast<unsigned>(n), p)) return true;
  if (n > 11) return false;
  bool last = arabic_last;
  if (!arabic_first && !arabic_last) {
    // ۶ ماه اول, ۶ ماه نخست, ۴ ماهه ابتدای; ۸ ماهه امسال, عملکرد ۹ ماهه ۱۴۰۲:
    // N months' of a year, its first N.
    const auto* o = entry_of(k, kind::ordinal);
    const auto* e = entry_of(k, kind::part);
    const bool maheh = persian_ && ends_maheh(k - 1);
    // (سه ماهه ابتدایی سال 93, شش ماه اولیه سال: "initial", as اول.)
    if ((o && o->value == 1) || (e && e->value == lexicon::part_early) ||
        (persian_ && (word_is(k, "\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7\xDB\x8C\xDB\x8C") ||  // ابتدایی
                      word_is(k, "\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C\xD9\x87")))) {                  // اولیه
      ++k;
    } else if (persian_ && (filler(k, lexicon::fill_last) || word_is(k, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86\xDB\x8C") ||
                            word_is(k, "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xA7\xDB\x8C\xDB\x8C"))) {
      last = true;  // ماه آخر, ماه پایانی, ماهه انتهایی
      ++k;
    } else if (!maheh || entry_of(k, kind::ordinal)) {
      return false;
    }
  }
  return last ? months_of_a_year(k, 13 - static_cast<unsigned>(n), 12, system::unknown, p)
              : months_of_a_year(k, 1, static_cast<unsigned>(n), system::unknown, p);
}

// ۳ ماهه منتهی به آذرماه ۱۴۰۰, ۶ ماهه منتهی به ۳۱ شهریور ۱۴۰۲, التسعة أشهر
// المنتهية في 30 سبتمبر 2023 (k after the unit): the n months that end with
// that month, or on that day, as a financial report counts them.
bool grammar::months_ending(std::size_t k, unsigned n, expression& p) const {
  std::size_t e = 0;
  if (persian_ && word_is(k - 1, "\xD9\x85\xD8\xA7\xD9\x87\xD9\x87") &&
      word_is(k, "\xD9\x85\xD9\x86\xD8\xAA\xD9\x87\xDB\x8C") &&
      (word_is(k + 1, "\xD8\xA8\xD9\x87") || filler(k + 1, lexicon::fill_equals)))  // ماهه منتهی به (به تاریخ)
    e = k + 2;
  else if (!persian_ && word_is(k, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD9\x87\xDB\x8C\xD9\x87") && filler(k + 1, lexicon::fill_in))
    e = k + 2;  // المنتهية في (folded)
  if (!e) return false;
  if (word_is(e, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE")) ++e;  // منتهی به تاریخ ۳۱ شهریور ماه ۱۳۹۹
  expression q;
  if (((full_date(e, q) && q.s == shape::date) || (q = {}, numeric_date(e, q))) && q.day != 0 && q.year != 0 &&
      q.hour < 0 && !q.twin) {  // … منتهی به 1398/06/31 too
    p.day2 = q.day;
  } else {
    q = {};
    bool mismatch = false;
    const std::size_t m = month_part(e, q.month, q.sys, mismatch);
    if (!m || mismatch) return false;
    q.te = optional_year(m, q);
    if (q.year == 0) {  // آذرماه سال ۱۴۰۰: the year word between
      std::size_t y = m;
      if (filler(y, lexicon::fill_year_word)) ++y;
      int year = 0;
      bool two = false, named = false;
      system ysys = q.sys;
      const std::size_t ye = year_part(y, year, two, ysys, named, false);
      if (!ye || two) return false;
      q.year = year;
      q.te = ye;
    }
    p.day2 = 1;
    p.whole_months = true;
  }
  int y1 = q.year;
  int m1 = static_cast<int>(q.month) - static_cast<int>(n) + 1;
  if (m1 < 1) {
    m1 += 12;
    --y1;
  }
  p.s = shape::range;
  p.sys = q.sys;
  p.sys_from_name = true;
  p.day = 1;
  p.month = static_cast<unsigned>(m1);
  p.year = y1;
  p.month2 = q.month;
  p.year2 = q.year;
  p.two_digit_year = q.two_digit_year;  // آذر 95: both years read in the text's century
  p.te = q.te;
  return y1 > 0;
}

// ۵ روز نخست فروردین, ۲۰ روز پایانی اسفند ۱۴۰۲, الأيام الخمسة الأولى من شهر يناير 2024, العشرين يوما الأخيرة من
// شهر ديسمبر 2022, آخر 10 أيام من شهر مارس, أول ثلاثة أيام من أبريل: a month's first or last N days. Ten last days
// are its last tenth (21 to the end), as the tenth's own words read (العشرة أيام الأخيرة, ده روز پایانی).
bool grammar::days_of_month(std::size_t i, expression& p) const {
  // A unit of days or weeks at or after i, near (a bit test each), or the plural before: most tokens here start no
  // such phrase and go no further.
  const auto plural_at = [&](std::size_t k) {
    return word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85") ||                 // الأيام (folded)
           word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xA7\xD8\xA8\xDB\x8C\xD8\xB9");  // الأسابيع
  };
  constexpr std::uint32_t unit_bit = 1U << static_cast<unsigned>(kind::unit);
  bool unit_near = false;
  for (std::size_t x = i; !unit_near && x < i + 5 && x < n_; ++x)
    if (t_[x].kinds & unit_bit)
      if (const auto* u = entry_of(x, kind::unit); u && (u->aux == lexicon::unit_day || u->aux == lexicon::unit_week)) unit_near = true;
  if (!unit_near && !(!persian_ && i > 0 && (plural_at(i - 1) || (i > 1 && article(i - 1) && plural_at(i - 2))))) return false;
  const auto article_on = [&](std::size_t k) { return k < n_ && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") == 0; };  // ال
  std::size_t j = i;
  int before = -1;  // Arabic أول (0) or آخر (1) before the count
  if (!persian_) {
    if (const auto* o = entry_of(j, kind::ordinal); o && o->value == 1 && !filler(j, lexicon::fill_first_day)) before = 0;
    else if (filler(j, lexicon::fill_last)) before = 1;
    if (before >= 0) ++j;
  }
  int n = 0;
  std::size_t k = count_part(j, n);
  // أول يومين من, آخر أسبوعين من, اليومين الأولين من: the dual counts two by itself.
  bool counted = k != 0;  // (k may be 0: a dual at the text's start)
  if (const auto* dual = !k && (before >= 0 || (!persian_ && article_on(j))) ? entry_of(j, kind::unit) : nullptr; dual && dual->value == 2) {
    n = 2;
    k = j;
    counted = true;
  }
  // العشرين يوم الأخيرة: the count as its ordinal's word with the article.
  if (const auto* o = !k && !persian_ && before < 0 ? entry_of(j, kind::ordinal) : nullptr;
      o && o->value >= 11 && s_.compare(t_[j].begin, 4, "\xD8\xA7\xD9\x84") == 0) {  // ال
    n = o->value;
    k = j + 1;
    counted = true;
  }
  if (!counted || n < 2 || n > 29) return false;
  // الأيام الخمسة الأولى, الأسابيع الثلاثة الأولى: the plural with its article before the count.
  // (الأيام الـ5 الأولى, الـ10 أيام الأولى: the article written apart from the number is the phrase's.)
  const std::size_t the = !persian_ && before < 0 && j == i && i > 0 && article(i - 1) ? 1 : 0;
  int week = 0;  // 7: weeks counted
  const bool days_before = !persian_ && before < 0 && j == i && i > the &&
                           plural_at(i - 1 - the) &&
                           (word_is(i - 1 - the, "\xD8\xA7\xD9\x84\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85") || (week = 7, true));  // الأيام, else الأسابيع
  if (!days_before) {  // the unit after the count: days, or weeks of seven (۲ هفته پایانی اسفند, أول أسبوعين من)
    week = 0;
    const auto* u = entry_of(k, kind::unit);
    if (!u || (u->aux != lexicon::unit_day && u->aux != lexicon::unit_week) || u->value > (k == j ? 2 : 1)) return false;
    if (u->aux == lexicon::unit_week) week = 7;
    ++k;
  }
  if (week) {
    if (n > 4) return false;
    n *= week;
  }
  bool last = before == 1;
  if (before < 0) {
    const auto* o = entry_of(k, kind::ordinal);
    if ((o && o->value == 1) || word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C\xD9\x86")) {  // الأولين (folded)
      last = false;
    } else if (filler(k, lexicon::fill_last) || word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1\xDB\x8C\xD9\x86")) {  // الأخيرين
      last = true;
    } else if (persian_ ? word_is(k, "\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7\xDB\x8C\xDB\x8C") ||    // ابتدایی
                              word_is(k, "\xD8\xA7\xD8\xBA\xD8\xA7\xD8\xB2\xDB\x8C\xD9\x86") ||        // آغازین (folded)
                              word_is(k, "\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C\xD9\x87")                   // اولیه
                        : word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD8\xA7\xDB\x8C\xD9\x84")) {  // الأوائل (folded)
      last = false;
    } else if (persian_ ? word_is(k, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86\xDB\x8C") ||             // پایانی
                              word_is(k, "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xA7\xDB\x8C\xDB\x8C")   // انتهایی
                        : word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD8\xA7\xD8\xAE\xD8\xB1")) {  // الاواخر
      last = true;
    } else {
      return false;
    }
    ++k;
  } else if (days_before) {
    return false;
  }
  if (filler(k, lexicon::fill_of) || (persian_ && word_is(k, "\xD8\xA7\xD8\xB2"))) ++k;  // من, از
  expression q;
  if (relative_month_at(k, q)) {  // آخر 5 أيام من الشهر الجاري, ۱۰ روز نخست ماه آینده
    p.s = shape::range;
    p.month_relative = true;
    p.offset = q.offset;
  } else {
    const std::size_t at = k;
    if (filler(k, lexicon::fill_month_word) && month_name(k + 1)) ++k;
    q = {};
    if ((full_date(k, q, false) && q.s == shape::month) || ((q = {}), lone_month(k, q))) {
      if (q.part != 0) return false;
      const expression m = q;
      p = m;
      p.s = shape::range;
      p.month2 = m.month;
      // (رمضان المعظم لسنة 2026: a year of another calendar names the start's; the end is in the same one.)
      p.year2 = m.year_sys != system::unknown && m.year_sys != m.sys ? 0 : m.year;
    } else if (q = {}; months_of_a_year(at, last ? 12 : 1, last ? 12 : 1, system::unknown, q)) {
      p = q;  // الأيام العشرة الأولى من عام 2024, ۲۰ روز پایانی سال ۱۴۰۲: the year's first or last month's
      p.whole_months = false;
    } else {
      return false;
    }
  }
  p.lead = static_cast<std::uint8_t>(the + (days_before ? 1 : 0));
  if (!last) {
    p.day = 1;
    p.day2 = static_cast<unsigned>(n);
    p.part_of_month = 1;
  } else if (n == 10) {
    p.day = 21;
    p.day2 = 28;  // a day every month has; resolution runs the tenth to the month's end
    p.part_of_month = 2;
  } else {
    p.day = 1;
    p.day2 = 28;
    p.part_of_month = 2;
    p.last_days = n;
  }
  p.te = q.te;
  return true;
}

// Token k's Gregorian month by its Syriac-derived Levantine name (آب, أيلول,
// كانون الثاني, folded), which the Levant and Iraq gloss with the standard
// one: آب أغسطس, not مارس مارس (a word typed twice) or جانفي يناير.
bool grammar::syriac_month(std::size_t k) const {
  static constexpr std::string_view stems[] = {
      "\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xB7",                          // شباط
      "\xD8\xA7\xD8\xB0\xD8\xA7\xD8\xB1",                          // اذار (آذار)
      "\xD9\x86\xDB\x8C\xD8\xB3\xD8\xA7\xD9\x86",              // نیسان (نيسان)
      "\xD8\xA7\xDB\x8C\xD8\xA7\xD8\xB1",                          // ایار (أيار)
      "\xD9\x85\xD8\xA7\xDB\x8C\xD8\xB3",                          // مایس (مايس)
      "\xD8\xAD\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86",  // حزیران (حزيران)
      "\xD8\xAA\xD9\x85\xD9\x88\xD8\xB2",                          // تموز
      "\xD8\xA7\xD8\xA8",                                                // اب (آب)
      "\xD8\xA7\xDB\x8C\xD9\x84\xD9\x88\xD9\x84",              // ایلول (أيلول)
      "\xDA\xA9\xD8\xA7\xD9\x86\xD9\x88\xD9\x86",              // کانون (كانون)
      "\xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86",              // تشرین (تشرين)
  };
  if (k >= n_ || !entry_of(k, kind::month_gregorian)) return false;
  const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  for (const std::string_view x : stems)
    if (w == x || (w.size() > x.size() && w.compare(0, x.size(), x) == 0 && w[x.size()] == ' ')) return true;
  return false;
}

// Token k an Arabic ordinal in the feminine with its article (its first
// word ending in ة, folded ه: الثالثة, الثامنة عشرة; غرة is the first day):
// a session's, a round's or an edition's, never a day's, which Arabic
// counts in the masculine (الثالث من أبريل).
// So is a Persian ordinal after the year word or an issue's (سال چهارم جدی
// 1385, شماره ششم: a periodical's volume and issue).
bool grammar::feminine_ordinal(std::size_t k) const {
  if (k >= n_ || !entry_of(k, kind::ordinal)) return false;
  if (persian_)
    return k > 0 && (word_is(k - 1, "\xD8\xB3\xD8\xA7\xD9\x84") || word_is(k - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87"));  // سال, شماره
  std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  w = w.substr(0, std::min(w.find(' '), w.size()));
  // (not غرة; الأولى, the first's feminine, ends in ى, folded ی)
  return w.size() > 6 && w.compare(0, 4, "\xD8\xA7\xD9\x84") == 0 &&
         (w.substr(w.size() - 2) == "\xD9\x87" || w == "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C");
}

// Token k right after the word number (شماره 20، آذر 1393: an issue's
// number, then the month of the issue; شماره پیاپی 12, its serial number; العدد, عدد, رقم).
bool grammar::after_number_word(std::size_t k) const {
  if (k > 1 && word_is(k - 1, "\xD9\xBE\xDB\x8C\xD8\xA7\xD9\xBE\xDB\x8C")) --k;  // پیاپی
  return k > 0 && (word_is(k - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87") || word_is(k - 1, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xAF\xD8\xAF") ||
                   word_is(k - 1, "\xD8\xB9\xD8\xAF\xD8\xAF") || word_is(k - 1, "\xD8\xB1\xD9\x82\xD9\x85"));
}

}  // namespace grammar
}  // namespace taqvim
