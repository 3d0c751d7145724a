// Rules for ranges of days and dates (spans of years are in rules_span.cc).
#include "grammar/grammar.h"
#include "grammar/moved.h"

#include <cstdlib>
#include <utility>

namespace taqvim {
namespace grammar {

// [از|من|بين] D (تا|إلى|و|-) D month [year]  or  [از|من] date (تا|إلى|-) date
bool grammar::range_expr(std::size_t i, expression& p) const {
  std::size_t j = i;
  const bool from = filler(j, lexicon::fill_range_from);
  const bool between = filler(j, lexicon::fill_between);
  // تم تأجيله من 2 شتنبر إلى 21 منه: two days (from من, or from the day after it).
  const std::size_t opener = from ? i : i > 1 && filler(i - 1, lexicon::fill_day_word) ? i - 2 : i - 1;
  if ((from || i > 0) && filler(opener, lexicon::fill_range_from) && moved_before(t_, s_, opener)) return false;
  // نقل امتحانات يوم الثلاثاء 13/1/2026 إلى يوم السبت 17/1/2026: with no من, put off or moved just before the first.
  if (!from && i > 0 && !filler(opener, lexicon::fill_range_from) && !filler(opener, lexicon::fill_between) &&
      !filler(i - 1, lexicon::fill_range_to) &&  // (تأجيل مباراتين إلى 10 و11 يناير: what it was put off to)
      (moved_before(t_, s_, i) || [&] {
        for (std::size_t k = i; k > 0 && i - k < 5; --k)
          if (word_is(k - 1, "\xD9\x86\xD9\x82\xD9\x84")) return true;  // نقل
        return false;
      }()))
    return false;
  if (from) ++j;
  // از تاریخ ۱ آذر تا تاریخ ۱۵ آذر, من تاريخ 21 إلى 30 سبتمبر (the word for date, a label only before a colon or at
  // a line's start, in running text after from).
  if (from && (filler(j, lexicon::fill_publication) || word_is(j, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE"))) ++j;  // تاریخ
  // من فجر الجمعة 10 أكتوبر حتى صباح الأحد 12 أكتوبر: a part of the day before each end.
  const bool tod = from && entry_of(j, kind::time_of_day) && t_[j].t == type::lex && t_[j].end - t_[j].begin > 2 &&
                   !entry_of(j, kind::relative);
  if (tod) ++j;
  if (from || between) j = past_article(j);  // من الـ 26 جويلية إلى الـ 5 أوت, بين الـ 1 و الـ 3 أوت
  if ((from || between) && punct(j, '(') && plain_number(j + 1) && t_[j + 1].digits <= 2 && !dash(j + 2)) ++j;  // ما بين (28 وحتى 29 نيسان)
  if (date_range(j, p, between, tod)) return true;
  // من يوم 20 مارس إلى يوم 23 مارس: the day word before the first date.
  if (from && !tod && filler(j, lexicon::fill_day_word) && plain_number(j + 1) && (p = {}, date_range(j + 1, p, between, tod)))
    return true;
  if (tod) return false;
  p = {};
  // بين شهري نيسان وحزيران 2026: "the two months" between بين and the first.
  const bool between_months = between || (i >= 2 && word_is(i - 1, "\xD8\xB4\xD9\x87\xD8\xB1\xDB\x8C") &&  // شهری (شهري)
                                          filler(i - 2, lexicon::fill_between));
  if (month_range(j, between_months, p)) return true;
  p = {};
  if (numeric_day_range(j, from, p)) return true;
  p = {};
  unsigned d1 = 0, d2 = 0;
  // شنبه ۱ تا پنجشنبه ۱۳ فروردین, من السبت 1 إلى الخميس 13 مارس: a weekday before each day (then only a
  // dash or a word for "to" between them: two weekdays joined by و are two days, but after يومي).
  const auto weekday_before = [&](std::size_t& at) {
    std::size_t w = at;
    if (filler(w, lexicon::fill_day_word) && entry_of(w + 1, kind::weekday)) ++w;
    if (!entry_of(w, kind::weekday)) return false;
    // از روز چهارشنبه به تاریخ ۱۴ تا …, من الأربعاء الموافق 14 إلى …: "dated".
    if (filler(w + 1, lexicon::fill_equals) && number(w + 2)) ++w;
    // (از شنبه اول تا پنجشنبه ششم دی: Persian ordinal days too.)
    if (!number(w + 1) && !(persian_ && entry_of(w + 1, kind::ordinal))) return false;
    at = w + 1;
    return true;
  };
  // The weekday at x (after the day word), or -1.
  const auto weekday_at = [&](std::size_t x) {
    if (filler(x, lexicon::fill_day_word) && entry_of(x + 1, kind::weekday)) ++x;
    const auto* w = entry_of(x, kind::weekday);
    return w ? w->value : -1;
  };
  const int first_weekday = weekday_at(j);
  const bool weekdays = weekday_before(j);
  // من يوم 20 و لغاية يوم 23 من اذار: the day word before each day.
  // روز اول تا روز پنجم محرم: Persian ordinal days after the day word, with or without از.
  // يوم 10 ويوم 11 من شهر رجب, روز ۱۰ و روز ۱۱ دی: the day word again on و before the second.
  // (The next day only: يوم 10 ويوم 15 are two days, as يومي 10 و15.)
  const bool again = plain_number(j + 1) && ((j + 2 < n_ && t_[j + 2].waw && filler(j + 2, lexicon::fill_day_word) && plain_number(j + 3) &&
                                              t_[j + 3].value == t_[j + 1].value + 1) ||
                                             (entry_of(j + 2, kind::connector) && filler(j + 3, lexicon::fill_day_word) && plain_number(j + 4) &&
                                              t_[j + 4].value == t_[j + 1].value + 1));
  const bool day_word = !weekdays && filler(j, lexicon::fill_day_word) &&
                        ((from && plain_number(j + 1)) || again || (persian_ && entry_of(j + 1, kind::ordinal) && !number(j + 1)));
  if (day_word) ++j;
  std::size_t k = day_part(j, d1);
  if (!k) return false;
  std::size_t sep = k;
  const bool dashed = punct(sep, '-') || underscore_between(sep);  // (6_7 ايار ٢٠٢٣ too)
  // الجلسة الثامنة عشرة - الحادي والعشرون من شهر فبراير, بتأجيل الجلسة الأولى إلى العاشر من الشهر: a feminine ordinal
  // (ة, folded ه, on its first word; الأولى) starting it is a session's or a round's; a day is masculine.
  if (feminine_ordinal(j)) return false;
  // يومي 24/25 يونيو 2024: two days side by side with a slash between (typed right to left too: يومي 21/20 نوفمبر).
  // أيام 16\17\18 ماي: a backslash typed for it; three days or more so, each the next, one span (below).
  const char slash = punct(sep, '\\') ? '\\' : '/';
  const bool slashed = punct(sep, slash) && plain_number(j) && plain_number(sep + 1) &&
                       (t_[sep + 1].value == d1 + 1 || (t_[sep + 1].value + 1 == d1 && j > 0 && (word_is(j - 1, "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C") ||  // یومی
                                                                                     word_is(j - 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85"))));  // ایام (أيام 3/2/1 غشت)
  // روزهای 27، 28 و 29 اسفندماه, أيام 8، 9 و10 فبراير: a list of days after the plural of day, commas before its last و.
  // After مورخ (dated: روزهای چهارشنبه، پنجشنبه و جمعه مورخ ۲۸، ۲۹ و ۳۰ اردیبهشت) too.
  const auto days_word = [&](std::size_t x) {
    return word_is(x, "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C") ||  // روزهای
           word_is(x, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85") ||                        // ایام (أيام)
           word_is(x, "\xD9\x85\xD9\x88\xD8\xB1\xD8\xAE") || word_is(x, "\xD9\x85\xD9\x88\xD8\xB1\xD8\xAE\xD9\x87");  // مورخ, مورخه
  };
  // The list's later days too (۹ in روزهای ۷، ۹، ۱۵ و ۲۴ تیر): back over its days and commas to the word.
  std::size_t head = j;
  while (head >= 2 && punct(head - 1, ',') && plain_number(head - 2)) head -= 2;
  // ۱۶، ۱۷، ۱۸ و ۱۹ دیماه, 16، 17، 18 و19 يناير: without the word, three days or more each the next, commas between
  // them and و before the last, then the month.
  const auto run_of_days = [&](std::size_t x) {
    unsigned prev = 0, d = 0;
    for (int count = 1;; ++count) {
      const std::size_t y = plain_number(x) ? day_part(x, d) : 0;
      if (!y || (count > 1 && d != prev + 1)) return false;
      prev = d;
      if (punct(y, ',')) {
        x = y + 1;
        continue;
      }
      const std::size_t z = entry_of(y, kind::connector) ? y + 1 : y < n_ && t_[y].waw ? y : 0;
      const std::size_t last = count >= 2 && z && plain_number(z) ? day_part(z, d) : 0;
      return last && d == prev + 1 && (month_name(last) || (filler(last, lexicon::fill_month_word) && month_name(last + 1)));
    }
  };
  // يوم 09 ، 10 أكتوبر, يومي 9، 10 أكتوبر: after the day word or its dual, two days side by side with a comma alone.
  const bool two_days = head == j && head > 0 && plain_number(sep + 1) && t_[sep + 1].value == d1 + 1 &&
                        (filler(head - 1, lexicon::fill_day_word) || word_is(head - 1, "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C"));  // یومی
  const bool comma_list = punct(sep, ',') && head > 0 && (days_word(head - 1) || run_of_days(head) || two_days);
  // و لغاية with a blank after و: the word for "to" is the separator.
  if (from && entry_of(sep, kind::connector) && !t_[sep].waw && filler(sep + 1, lexicon::fill_range_to)) ++sep;
  if (from && dashed && filler(sep + 1, lexicon::fill_range_to)) ++sep;  // من 8 - حتى 12 يونيو, از ۵ - تا ۹ مهر
  // للعاشر والحادي عشر من ذي الحجة, الأول والثاني والثالث من شهر شوال:
  // ordinals side by side, و written onto each but the first.
  const bool glued = !between && !dashed && !comma_list && !weekdays && !day_word && sep < n_ && t_[sep].waw &&
                     entry_of(sep, kind::ordinal) && entry_of(j, kind::ordinal);
  // البطولة الاحترافية 2 إلى 26 شتنبر: in Arabic a range of days in figures joined by a word for "to"
  // starts with من, بين or a list's label (عيد الأضحى: 9 إلى 11 ذي الحجة); else the first number is
  // most often something else's (a league's, a count).
  const bool to_word = filler(sep, lexicon::fill_range_to) && !entry_of(sep, kind::connector);
  // (ليلة 05 إلى 06 ماي 2024, أيام 05 إلى 07 ماي: after the night or the days, a range too; a night's are the two
  // days it spans.)
  const bool night = !persian_ && j > 0 && filler(j - 1, lexicon::fill_eve) && !entry_of(j - 1, kind::holiday);
  // (القرعة في 9 إلى 20 أكتوبر, خلال الفترة 9 إلى 20 أكتوبر: after في or the word for a period, a range too.)
  const bool in_period = j > 0 && (filler(j - 1, lexicon::fill_in) || word_is(j - 1, "\xD8\xA7\xD9\x84\xD9\x81\xD8\xAA\xD8\xB1\xD9\x87"));  // الفتره
  if (!persian_ && !from && !between && !weekdays && plain_number(j) && to_word && !(j > 0 && punct(j - 1, ':')) &&
      !night && !(j > 0 && days_word(j - 1)) && !in_period)
    return false;
  // الـ12 والـ13 من كانون الثاني, يومي 29 والـ 30 من شهر ديسمبر: و and the article on the second day.
  // يومي الجمعة 9 والسبت 10 أوت: after the dual "two days", a weekday on و and its day (side by side, below).
  // (أيام too: خلال أيام السبت 23 والأحد 24 أغسطس 2025.)
  const bool pair = weekdays && i > 0 && (word_is(i - 1, "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C") || word_is(i - 1, "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C") ||
                                          word_is(i - 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85")) && sep < n_ && t_[sep].waw;
  // الجمعة 25 والسبت 26 والأحد 27 تشرين الثاني, چهارشنبه ۸، پنج شنبه ۹، جمعه ۱۰ و شنبه ۱۱ تیرماه: weekdays each with
  // its day, each weekday and day the next (و, a comma or both between): one span, with or without a word for days
  // before them. At x, the separator; the next weekday's day when it is so, else n_.
  const auto next_weekday_day = [&](std::size_t x, unsigned day, int weekday) {
    std::size_t y = x;
    if (punct(y, ',')) ++y;
    if (y < n_ && entry_of(y, kind::connector) && !entry_of(y, kind::weekday)) ++y;
    if (y == x && !(y < n_ && t_[y].waw)) return n_;
    const int w = weekday_at(y);
    if (w < 0 || w != (weekday + 1) % 7 || !weekday_before(y)) return n_;
    unsigned d = 0;
    return day_part(y, d) && d == day + 1 ? y : n_;
  };
  const std::size_t listed_weekday = weekdays && first_weekday >= 0 && !pair ? next_weekday_day(sep, d1, first_weekday) : n_;
  if (listed_weekday < n_) {
    sep = listed_weekday;  // at the second day
  } else if (dashed || slashed || comma_list || filler(sep, lexicon::fill_range_to) ||
             (from && !persian_ && word_is(sep, "\xD9\x84") && plain_number(sep + 1)) ||  // من ٢٧ لـ ٣٠ نوفمبر: Egypt's ل for "to"
      (!weekdays && (entry_of(sep, kind::connector) || (!persian_ && waw_article(sep)))))
    ++sep;
  else if (!(again && day_word && t_[sep].waw) && !glued && !pair && !(between && sep < n_ && (t_[sep].waw || waw_article(sep))))
    return false;  // بين الخامس عشر والتاسع عشر (ويوم 11: passed below)
  const bool by_connector = entry_of(sep - 1, kind::connector);  // before a weekday moves sep to its day
  // (من 04 إلى يوم 09 سبتمبر, از ۴ تا روز ۹ شهریور: before the second only, after from and to.)
  if ((day_word || (from && to_word)) && filler(sep, lexicon::fill_day_word) &&
      (plain_number(sep + 1) || (day_word && persian_ && entry_of(sep + 1, kind::ordinal))))
    ++sep;
  if (weekdays && listed_weekday == n_ && !weekday_before(sep)) return false;
  sep = past_article(sep);
  // ۱- ۱۵ رمضان, ۴- ۳ اردیبهشت: a list's number at the start of a line, the dash on it, then the date.
  if (dashed && (j == 0 || t_[j - 1].t == type::newline) && touching(k) && !touching(sep)) return false;
  std::size_t k2 = day_part(sep, d2);
  // از دوم تا پایان دی‌ماه ۱۴۰۴, من 5 إلى نهاية مارس: to the month's end.
  const bool to_end = !k2 && from && to_word && !weekdays && (word_is(sep, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86") ||
                                                             word_is(sep, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") ||
                                                             filler(sep, lexicon::fill_last)) &&
                      (month_name(sep + 1) || (filler(sep + 1, lexicon::fill_month_word) && month_name(sep + 2)));  // پایان, نهایه, آخر
  if (to_end && d1 < 28) d2 = 28, k2 = sep + 1;  // 28: a day every month has; resolution runs to the end
  // 29-28 مايو, يومي 21/20 نوفمبر: a pair typed right to left is the same two days.
  const bool typed_down = k2 && slashed && d2 < d1;
  if (k2 && (dashed || slashed) && d2 < d1 && plain_number(j) && plain_number(sep)) std::swap(d1, d2);
  // أيام 8 و9 و10 فبراير: more days side by side after و, one span; after أيام/روزهای also with dashes
  // or commas alone (أيام 16 – 17 – 18 يونيو, أيام 16، 17، 18 يونيو) when each day is the next.
  // يوم 12-13-14 يونيو, 12-13-14 يونيو: after the day word, or three days or more, too.
  const bool dash_list = dashed && ((j > 0 && (days_word(j - 1) || filler(j - 1, lexicon::fill_day_word))) ||
                                    (k2 && punct(k2, '-') && d2 == d1 + 1 && [&] {
                                      unsigned dn = 0;
                                      return day_part(k2 + 1, dn) && dn == d2 + 1;
                                    }()));
  const bool slash_list = slashed && k2 && punct(k2, slash) && touching(k2) && [&] {
    unsigned dn = 0;
    return touching(k2 + 1) && day_part(k2 + 1, dn) && (typed_down ? dn + 1 == d1 : dn == d2 + 1);
  }();
  const bool listed = (!dashed && (comma_list || by_connector)) || dash_list || slash_list || glued;
  const bool side_by_side = d2 == d1 + 1;
  if (pair && !(k2 && side_by_side)) return false;
  if (glued && !(k2 && side_by_side)) return false;
  bool joined_by_waw = !comma_list || side_by_side;  // else a comma list ends with و
  for (unsigned dn = 0; k2 && listed && side_by_side &&
                        (entry_of(k2, kind::connector) || (comma_list && punct(k2, ',')) || (dash_list && punct(k2, '-')) || (slash_list && punct(k2, slash)) ||
                         (glued && k2 < n_ && t_[k2].waw && entry_of(k2, kind::ordinal)) || (comma_list && k2 < n_ && t_[k2].waw && plain_number(k2)));) {
    const std::size_t kn = day_part((glued || comma_list) && t_[k2].waw ? k2 : k2 + 1, dn);
    if (!kn || dn != (typed_down ? d1 - 1 : d2 + 1)) break;
    joined_by_waw = joined_by_waw || entry_of(k2, kind::connector);
    (typed_down ? d1 : d2) = dn;  // (أيام 3/2/1 غشت: each day the one before, down to the first)
    k2 = kn;
  }
  // أيام الـ 26 والـ 27 والـ 28 من شهر فيفري: و and the article on each later day, each the next.
  for (unsigned dn = 0; k2 && side_by_side && !persian_ && !weekdays && waw_article(k2) && number(k2 + 1);) {
    const std::size_t kn = day_part(k2 + 1, dn);
    if (!kn || dn != d2 + 1) break;
    d2 = dn;
    k2 = kn;
  }
  if ((listed_weekday < n_ || pair) && k2 && side_by_side)  // the list's later weekdays and days
    for (int w = (first_weekday + 2) % 7;;) {
      const std::size_t y = next_weekday_day(k2, d2, (w + 6) % 7);
      if (y == n_) break;
      k2 = day_part(y, d2);
      w = (w + 1) % 7;
    }
  // 7 و8 و9 و12 و13 و14 يونيو, روزهای ۷، ۹ و ۱۲ خرداد: a list whose days are not all side by side,
  // its month after the last day; each run of days side by side is read at its own first day.
  std::size_t last = k2;
  if (k2 && listed && !dash_list && !glued && !pair && !from && !between)
    for (unsigned prev = d2, dn = 0; entry_of(last, kind::connector) || punct(last, ',');) {
      const std::size_t x = punct(last, ',') && entry_of(last + 1, kind::connector) ? last + 2 : last + 1;
      const std::size_t kn = day_part(x, dn);
      if (!kn || dn <= prev) break;
      joined_by_waw = joined_by_waw || entry_of(x - 1, kind::connector);
      prev = dn;
      last = kn;
    }
  if (!joined_by_waw) return false;
  if (k2) {
    unsigned month = 0;
    system sys = system::unknown;
    bool mismatch = false, needs_year = false;
    // بين الخامس عشر والتاسع عشر من نوفمبر, ... السادس والعشرين من شهر اكتوبر:
    // "of" and the word month before the month.
    std::size_t at = last;
    // بين (12 - 22) أيلول الجاري: the days in brackets, the month after them.
    if (punct(at, ')') && j > 0 && punct(j - 1, '(')) ++at;
    if (filler(at, lexicon::fill_of)) ++at;
    if (filler(at, lexicon::fill_month_word) && month_name(at + 1)) ++at;
    if (!month_name(at)) at = last;
    const std::size_t m = month_part(at, month, sys, mismatch, needs_year);
    if (!m && d2 > d1) {
      // من 4 إلى 22 هذا الشهر, سوم تا پنجم همین ماه, ... إلى 23 في الشهر
      // المقبل: days of a month named from the reference's (in Persian not
      // after digits, where ۳ تا ۵ ماه آینده counts months).
      std::size_t r = k2;
      if (filler(r, lexicon::fill_in) || filler(r, lexicon::fill_of)) ++r;
      const auto* rel = entry_of(r, kind::relative);
      // يومي 20 و21 الجاري: الجاري/الحالي straight after the days, this month's.
      const auto* q = r == k2 ? entry_of(r, kind::weekday_qualifier) : nullptr;
      const bool this_month = !persian_ && q && q->value == 0 && !direction(r, 1) && !points_ahead(r);
      // بين 26 و28 من الشهر نفسه, أيام 5 و6 و7 من الشهر ذاته, يومي الـ 4 و الـ5 من نفس الشهر: days of the month last
      // written (the engine's same_month), read in the reference's month until then; not days apart (21 و28).
      std::size_t same = 0;
      if (!persian_ && (between || from || to_word || side_by_side)) {
        const std::size_t f = filler(k2, lexicon::fill_of) ? k2 + 1 : k2;
        const std::string_view month_word = "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1";  // الشهر
        if ((word_is(f, month_word) && (word_is(f + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||        // ذاته
                                        word_is(f + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87"))) ||      // نفسه
            ((word_is(f, "\xD9\x86\xD9\x81\xD8\xB3") || word_is(f, "\xD8\xB0\xD8\xA7\xD8\xAA")) &&  // نفس, ذات
             word_is(f + 1, month_word)))
          same = f + 2;
      }
      if (same || (rel && rel->aux == lexicon::unit_month && !(persian_ && !entry_of(sep, kind::ordinal) && rel->value != 0)) ||
          this_month) {
        p.s = shape::range;
        p.day = d1;
        p.day2 = d2;
        p.month_relative = true;
        p.offset = !same && rel && rel->aux == lexicon::unit_month ? rel->value : 0;
        p.te = same ? same : r + 1;
        // از ۱۹ تا ۲۶ ماه جاری میلادی, من 4 إلى 22 من الشهر الهجري الجاري: that calendar's month.
        if (expression q; !same && rel && relative_expr(r, q) && q.s == shape::relative_month && q.sys != system::unknown)
          p.sys = q.sys, p.sys_from_name = true, p.te = q.te;
        return true;
      }
    }
    // من 25 إلى 01 أوت 2023: after "from", a first day past the second is in the month before.
    const bool back = m && d2 < d1 && d1 >= 20 && d2 <= 10 && from && to_word && !weekdays && !day_word;
    if (!m || (d2 < d1 && !back)) return false;
    days_of_a_month(p, d1, d2, month, sys);
    if (to_end) p.part_of_month = 2;
    if (back) p.month = month == 1 ? 12 : month - 1;
    std::size_t e = optional_year(m, p);
    if (back && month == 1 && p.year != 0) p.year2 = p.year, p.year_before = true;
    if (needs_year && p.year == 0 && !p.year_relative) return false;
    // الـ12 والـ13 من كانون الثاني الحالي, 10 إلى 15 مارس المقبل: the month
    // named from the reference's.
    if (const auto* q = p.year == 0 && !p.year_relative && !direction(e, 1) ? entry_of(e, kind::weekday_qualifier) : nullptr;
        q && (q->value != 0 || !demonstrative(e))) {
      p.qualifier = q->value;
      ++e;
    }
    p.te = e;
    // ۲۵ و ۲۹ آبان: two days, each its own date, the first of the month
    // named after the second (the second is read at its own token); days
    // side by side (۱۶ و ۱۷ مرداد) are one span.
    if (listed && !dash_list && !from && !between && !side_by_side) {
      p.s = shape::date;
      p.day2 = p.month2 = 0;
      p.te = k;
    } else if (last != k2) {
      p.te = k2;
    }
    return true;
  }
  return false;
}

// ۲۸ مرداد تا ۲ شهریور [۱۴۰۲], 30 سبتمبر - 2 أكتوبر 2023: two dates of one
// calendar; a year written only at the end serves both.
bool grammar::date_range(std::size_t j, expression& p, bool between, bool tod) const {
  expression a, b;
  // ۹۶/۰۸/۰۵ تا ۹۶/۰۸/۳۰, 1/1/1391 تا 29/12/1398: numeric dates too, both ends alike.
  const bool numeric = numeric_date_once(j, a);
  if (!numeric && (a = {}, !day_month_year(j, a))) return false;
  if (a.s != shape::date || a.relative_word || a.hour >= 0 || a.twin) return false;
  std::size_t k = a.te;
  // من 28 أكتوبر مساء إلى غاية 02 نوفمبر 2021: a part of the day after the first, before the word for "to".
  if (entry_of(k, kind::time_of_day) && t_[k].t == type::lex && t_[k].end - t_[k].begin > 2 && !entry_of(k, kind::relative) &&
      filler(k + 1, lexicon::fill_range_to))
    ++k;
  if (punct(k, ',') && filler(k + 1, lexicon::fill_range_to)) ++k;  // 9 نيسان 2024، ولغاية السبت 13 نيسان
  // من 15/2/2017 و لغاية 15/4/2017: و written apart from the word for "to".
  else if (word_is(k, "\xD9\x88") && filler(k + 1, lexicon::fill_range_to)) ++k;
  // 1402/11/14\nلغایت\n1403/03/23, 24/6/97\n\nلغایت پنجشنبه 20/10/97,
  // 26/10/97 لغایت\n\nسه شنبه9/11/97: a table's cell, its lines broken
  // before or after the word for "to" (numeric dates both; a blank line at most).
  const auto lines = [&](std::size_t x) {
    std::size_t c = 0;
    while (numeric && c < 2 && x + c < n_ && t_[x + c].t == type::newline) ++c;
    return c;
  };
  const std::size_t before_to = lines(k);
  const bool broken = numeric && filler(k + before_to, lexicon::fill_range_to) &&
                      !entry_of(k + before_to, kind::connector) && (before_to || lines(k + before_to + 1));
  if (broken) k += before_to;
  // و joins two dates ("on the 15th and the 20th"), it does not span them;
  // after بين it does (بين 13 يونيو و7 يوليو), as the proclitic too.
  const bool waw = between && k < n_ && (t_[k].waw || waw_article(k));
  if (!(punct(k, '-') || (filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector)) ||
        (between && entry_of(k, kind::connector)) || waw))
    return false;
  if (!waw) ++k;
  if (broken) k += lines(k);
  // الى غاية⏎ السابع عشر من نفس الشهر: a line wrapped after the word for "to", which ends none.
  else if (k < n_ && t_[k].t == type::newline && filler(k - 1, lexicon::fill_range_to) && k + 1 < n_ && t_[k + 1].t != type::newline) ++k;
  if (filler(k, lexicon::fill_publication)) ++k;  // تا تاریخ ۱۵ آذر
  if (filler(k, lexicon::fill_day_word) && plain_number(k + 1)) ++k;  // إلى يوم 23 مارس
  k = past_article(k);                                                  // إلى الـ 5 أوت
  if (tod && entry_of(k, kind::time_of_day) && !entry_of(k, kind::relative)) ++k;
  // من التاسع من نيسان حتى 13 منه: the second day "of it", the first's month.
  if (unsigned d2 = 0; !numeric && a.day != 0) {
    const std::size_t e = day_part(k, d2);
    // ولغاية 12 من الشهر ذاته, … نفسه, من نفس الشهر: likewise.
    const auto word = [&](std::size_t x, std::string_view w) {
      return x < n_ && s_.substr(t_[x].begin, t_[x].end - t_[x].begin) == w;
    };
    const std::string_view month_word = "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1";  // الشهر
    const std::size_t same =
        e && filler(e, lexicon::fill_of) && word(e + 1, month_word) &&
                (word(e + 2, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") || word(e + 2, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87"))
            ? e + 3
        : e && filler(e, lexicon::fill_of) && word(e + 1, "\xD9\x86\xD9\x81\xD8\xB3") && word(e + 2, month_word) ? e + 3
                                                                                                      : 0;
    if (e && same && d2 > a.day) {
      p = a;
      p.s = shape::range;
      p.day2 = d2;
      p.month2 = a.month;
      // … وحتى التاسع عشر من الشهر ذاته في عام 2025: the year after it, both ends'.
      if (expression y = a; a.year == 0 && !a.year_relative) {
        y.year = 0;
        if (const std::size_t ye = optional_year(same, y); ye && y.year != 0) {
          p.year = y.year;
          p.te = ye;
        }
      }
      p.year2 = p.year;
      if (p.te <= same) p.te = same;
      return true;
    }
    if (e && e < n_ && d2 > a.day && s_.substr(t_[e].begin, t_[e].end - t_[e].begin) == "\xD9\x85\xD9\x86\xD9\x87") {
      p = a;
      p.s = shape::range;
      p.day2 = d2;
      p.month2 = a.month;
      p.year2 = a.year;
      p.te = e + 1;
      return true;
    }
  }
  if (numeric) {  // 94.12.22 لغایت شنبه 94.12.29: a weekday before the second
    if (filler(k, lexicon::fill_day_word) && entry_of(k + 1, kind::weekday)) ++k;
    if (entry_of(k, kind::weekday)) ++k;
  }
  if (numeric ? !numeric_date(k, b) : !full_date(k, b)) return false;
  if (b.s != shape::date || b.relative_word || b.twin || b.sys != a.sys) return false;
  // من 12 الحالي حتى 15 الحالي: two days of the month named from the
  // reference's, the same month, one span; a month written at one end only
  // is not shared.
  if (a.month_relative || b.month_relative) {
    if (!(a.month_relative && b.month_relative) || a.offset != b.offset || b.day <= a.day) return false;
    p = a;
    p.s = shape::range;
    p.day2 = b.day;
    p.te = b.te;
    return true;
  }
  if (numeric && (b.hour >= 0 || a.two_digit_year != b.two_digit_year)) return false;
  if (a.year != 0 && b.year == 0) return false;  // "۱۵ مرداد ۱۴۰۲ تا ۲۰ شهریور": the year is not shared
  // 24/1/1388- 13/4/2009: years of two calendars, one day written twice (the engine's twin), no span.
  if (a.year != 0 && b.year != 0 && std::abs(b.year - a.year) > 500) return false;
  if (a.year != 0 && std::make_tuple(a.year, a.month, a.day) > std::make_tuple(b.year, b.month, b.day))
    return false;  // it would run backwards
  p.s = shape::range;
  p.sys = a.sys;
  p.sys_from_name = true;
  p.day = a.day;
  p.month = a.month;
  p.year = a.year != 0 ? a.year : b.year;
  if (a.year == 0) {
    p.year_relative = b.year_relative;
    p.year_offset = b.year_offset;
    // من الأول من ديسمبر إلى 31 ديسمبر المقبل: the second's "next" or "last" is both's, as of one month's days.
    if (b.year == 0 && a.qualifier == expression::nearest) p.qualifier = b.qualifier;
  }
  p.two_digit_year = a.year != 0 ? a.two_digit_year : b.two_digit_year;
  p.day2 = b.day;
  p.month2 = b.month;
  p.year2 = b.year;
  // A shared year that would make the range run backwards belongs to the
  // second date: ۲۸ اسفند تا ۲ فروردین ۱۴۰۳ starts in 1402.
  // (A year named from the reference's likewise: از ۱۲ بهمن تا ۳۰ شهریور سال آینده.)
  p.year_before = a.year == 0 && (b.year != 0 || b.year_relative) && (a.month > b.month || (a.month == b.month && a.day > b.day));
  p.te = b.te;
  return true;
}

// من 24/7 وحتى 4/8, من 10/6 إلى 15/6: Arabic day/month pairs without a
// year, only between من and a word that ends a range (24/7 alone is "all
// the time", and Persian writes month/day). Gregorian, the year the
// reference's nearest.
bool grammar::numeric_day_range(std::size_t j, bool from, expression& p) const {
  // يومي 26 و27/ 1/ 2026, ۲۶ و ۲۷/۱۰/۱۴۰۴, 4 و5 و6-10-2025: days one after another on و before the whole date of
  // the last.
  for (std::size_t k = j, steps = 0; steps < 6 && plain_number(j) && t_[j].digits <= 2 && !(j > 0 && (punct(j - 1, '/') || punct(j - 1, '-')));
       ++steps) {
    const std::size_t nk = entry_of(k + 1, kind::connector) && !t_[k + 1].waw ? k + 2 : k + 1;
    if (!(plain_number(nk) && (nk == k + 2 || t_[nk].waw) && t_[nk].digits <= 2 && t_[nk].value == t_[k].value + 1)) break;
    if (expression b; numeric_date(nk, b) && b.s == shape::date && b.year != 0 && b.hour < 0 && b.day == t_[nk].value) {
      p = b;
      p.s = shape::range;
      p.day = t_[j].value;
      p.day2 = b.day;
      p.month2 = b.month;
      p.year2 = b.year;
      return true;
    }
    k = nk;
  }
  if (!from && !punct(j + 1, '/')) return false;  // (without من only pairs with a slash, below)
  // للفترة 18/3- 24/3, الفترة 1/7-15/7: after the word for a period, a dash between two day/month pairs is "to".
  const bool period = !from && !persian_ && j > 0 && t_[j - 1].end - t_[j - 1].begin >= 8 &&
                      s_.compare(t_[j - 1].end - 8, 8, "\xD9\x81\xD8\xAA\xD8\xB1\xD9\x87") == 0;  // …فتره (الفترة)
  if (from && filler(j, lexicon::fill_day_word) && plain_number(j + 1)) ++j;  // من يوم 29- 6 وتمتد حتى 1-7
  const auto pair_at = [&](std::size_t k, unsigned& day, unsigned& month) -> std::size_t {
    if (!plain_number(k) || t_[k].digits > 2 || !number(k + 2) || t_[k + 2].digits > 2) return 0;
    const char sep = t_[k + 1].punct;
    if (!(sep == '/' || sep == '-') || !punct(k + 1, sep)) return 0;
    if (sep == '-' && !touching(k + 1)) return 0;  // 20/ 09 as 7 / 11 / 2022, 29- 6; not 3 - 1
    // (18/3-24/3: a dash before another pair is "to".)
    if ((punct(k + 3, '/') || punct(k + 3, '-') || punct(k + 3, '.')) && touching(k + 3) && number(k + 4) &&
        !(punct(k + 3, '-') && t_[k + 4].digits <= 2 && punct(k + 5, '/') && touching(k + 5)))
      return 0;
    day = t_[k].value;
    month = t_[k + 2].value;
    if (day < 1 || day > 31 || month < 1 || month > 12) return 0;
    return k + 3;
  };
  unsigned d1 = 0, m1 = 0, d2 = 0, m2 = 0;
  // 18/3 - 24/3/2024, 18/3-24/3/2024: a dash, then a whole date, with or without من; then as after a word for "to".
  const auto whole_after = [&](std::size_t at) {
    return plain_number(at) && t_[at].digits <= 2 && punct(at + 1, '/') && number(at + 2) && punct(at + 3, '/') &&
           number(at + 4) && t_[at + 4].digits == 4;
  };
  std::size_t k = pair_at(j, d1, m1);
  // من 24 إلى 26/12, من 24 إلى 26/12/2024: a bare day, a word for to, then the second day's figures (its month's).
  if (!k && from && plain_number(j) && t_[j].digits <= 2 && t_[j].value >= 1 && filler(j + 1, lexicon::fill_range_to) &&
      !entry_of(j + 1, kind::connector) && plain_number(j + 2)) {
    if (expression b; numeric_date(j + 2, b) && b.s == shape::date && b.year != 0 && b.hour < 0 && b.day == t_[j + 2].value &&
                      t_[j].value < b.day) {
      p = b;
      p.s = shape::range, p.day = t_[j].value, p.day2 = b.day, p.month2 = b.month, p.year2 = b.year;
      return true;
    }
    if (const std::size_t e = persian_ ? 0 : pair_at(j + 2, d2, m2);  // (not من 2 إلى 3/4: a fraction; a day over 12 or two digits each)
        e && t_[j].value < d2 && (d2 > 12 || (t_[j + 2].digits == 2 && t_[j + 4].digits == 2))) {
      p.s = shape::range, p.sys = system::gregorian, p.day = t_[j].value, p.month = m2, p.day2 = d2, p.month2 = m2, p.te = e;
      return true;
    }
  }
  if (!k && plain_number(j) && t_[j].digits <= 2 && punct(j + 1, '/') && plain_number(j + 2) && t_[j + 2].digits <= 2 &&
      punct(j + 3, '-') && whole_after(j + 4) && t_[j].value >= 1 && t_[j].value <= 31 && t_[j + 2].value >= 1 && t_[j + 2].value <= 12) {
    d1 = t_[j].value, m1 = t_[j + 2].value, k = j + 3;
  }
  // من 24 - 1 الى 26- 1 - 2016: blanks around the first pair's dash, when "to" and a whole date follow it (alone, 3 - 1
  // is as often a score).
  if (expression b; !k && from && plain_number(j) && t_[j].digits <= 2 && punct(j + 1, '-') && plain_number(j + 2) &&
                    t_[j + 2].digits <= 2 && filler(j + 3, lexicon::fill_range_to) && !entry_of(j + 3, kind::connector) &&
                    t_[j].value >= 1 && t_[j].value <= 31 && t_[j + 2].value >= 1 && t_[j + 2].value <= 12 &&
                    numeric_date(j + 4, b) && b.s == shape::date && b.year != 0 && b.hour < 0 && b.month == t_[j + 2].value)
    d1 = t_[j].value, m1 = t_[j + 2].value, k = j + 3;
  if (!k) return false;
  const bool dash = punct(k, '-') && !punct(k + 1, '-');
  if (!from && !dash && !period) return false;
  if (!from && !period && !whole_after(k + 1)) return false;
  if (punct(k, ',')) ++k;
  // وتمتد حتى, ويستمر إلى: a verb written onto و before the word for "to".
  if (k + 1 < n_ && t_[k].t == type::word && t_[k].end - t_[k].begin > 6 && s_.compare(t_[k].begin, 2, "\xD9\x88") == 0 &&
      filler(k + 1, lexicon::fill_range_to))
    ++k;
  if (!dash && (!filler(k, lexicon::fill_range_to) || entry_of(k, kind::connector))) return false;
  // من 20/ 09 إلى 25/ 09 /2025م, از ۲۰/۰۶ تا ۲۵/۰۶/۱۴۰۴: the second whole,
  // day first; the first in its year (or the year before: 28/12 إلى 3/1/2025).
  if (expression b; plain_number(k + 1) && t_[k + 1].digits <= 2 && numeric_date(k + 1, b) && b.s == shape::date &&
                    b.year != 0 && b.hour < 0 && b.day == t_[k + 1].value && (b.month != m1 || b.day != d1)) {
    p = b;
    p.s = shape::range;
    p.day = d1;
    p.month = m1;
    p.day2 = b.day;
    p.month2 = b.month;
    p.year2 = b.year;
    p.year_before = m1 > b.month || (m1 == b.month && d1 > b.day);
    return true;
  }
  if (persian_) return false;
  const std::size_t e = pair_at(k + 1, d2, m2);
  if (!e || std::make_pair(m1, d1) == std::make_pair(m2, d2)) return false;
  p.s = shape::range;
  p.sys = system::gregorian;
  p.day = d1;
  p.month = m1;
  p.day2 = d2;
  p.month2 = m2;
  p.te = e;
  return true;
}

// از امروز تا فردا, من اليوم حتى الغد, امروز تا دو روز دیگر: days named from
// the reference's, the second after the first.
bool grammar::relative_day_range(std::size_t i, expression& p) const {
  std::size_t j = i;
  if (filler(j, lexicon::fill_range_from)) ++j;
  const auto day = [&](std::size_t k, expression& e) {
    return relative_expr(k, e) && e.s == shape::relative_day && e.hour < 0 && e.weekday < 0 && !e.days_span;
  };
  expression a, b;
  if (!day(j, a)) return false;
  std::size_t k = a.te;
  if (!(filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector))) return false;
  ++k;
  if (!day(k, b) || b.offset <= a.offset) return false;
  // امشب تا صبح فردا, امروز ظهر تا فردا: with a part of the day at either
  // end, two moments of a day each, as the press writes a cut's hours.
  for (std::size_t x = j; x < b.te; ++x)
    if (entry_of(x, kind::time_of_day)) return false;
  p = a;
  p.offset2 = b.offset;
  p.days_span = true;
  p.te = b.te;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
