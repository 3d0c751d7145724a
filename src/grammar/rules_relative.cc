// Rules for dates relative to the reference: relative words and counts of units (weekdays: rules_weekday.cc).
#include "grammar/grammar.h"

#include <algorithm>  // std::find
#include <iterator>   // std::begin, std::end

namespace taqvim {
namespace grammar {

// امروز, روز گذشته, هفته گذشته, N روز پیش, منذ يومين, قبل ثلاثة أيام
std::size_t grammar::unit_in_calendar(std::size_t i, int& unit, int& offset, system& sys) const {
  const bool year = filler(i, lexicon::fill_year_word);
  if (!year && !filler(i, lexicon::fill_month_word) && !word_is(i, "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x87\xD8\xB1"))  // الشهر
    return 0;
  const auto* e = entry_of(i + 1, kind::era);
  const auto* q = entry_of(i + 2, kind::weekday_qualifier);
  // Not the one-letter markers (م, ش), nor سال میلادی قبل از ...: before an event.
  if (!e || !q || q->value < -1 || q->value > 1 || t_[i + 1].end - t_[i + 1].begin <= 2 || era_system(e->value) == system::unknown ||
      (persian_ && before_event(i + 3, i + 2)))
    return 0;
  unit = year ? lexicon::unit_year : lexicon::unit_month;
  offset = q->value;
  sys = era_system(e->value);
  return i + 3;
}

// منذ يوم أو يومين, یک روز یا دو روز بعد, بعد يوم أو ساعات: a count with another after or before it on "or" is a rough
// time, no day.
bool grammar::relative_expr(std::size_t i, expression& p) const {
  if (!relative_read(i, p)) return false;
  const auto or_at = [&](std::size_t k) {
    return word_is(k, "\xD8\xA7\xD9\x88") || word_is(k, "\xDB\x8C\xD8\xA7");  // او (أو, folded), یا
  };
  const auto count_at = [&](std::size_t k) { return k < n_ && (number(k) || entry_of(k, kind::cardinal) || entry_of(k, kind::unit)); };
  // (یک هفته یا دو هفته پیش: not هفته پیش, last week, after the second count either.)
  if (!p.counted) return !(i >= 2 && (number(i - 1) || entry_of(i - 1, kind::cardinal)) && or_at(i - 2) && count_at(i - 3));
  return !(or_at(p.te) && count_at(p.te + 1)) && !(i >= 2 && or_at(i - 1) && count_at(i - 2));
}

bool grammar::relative_read(std::size_t i, expression& p) const {
  if (the_nth_day(i) || the_day_described(i)) return false;
  // سال مالی جاری in Afghan text: the Republic's fiscal year ran from Jadi to
  // Qaws, the Emirate's is the solar year; which one, the words do not say.
  if ((varieties_ >> static_cast<unsigned>(lexicon::variety_tag::fa_af) & 1U) && i < n_ &&
      s_.substr(t_[i].begin, t_[i].end - t_[i].begin).find("\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C") != std::string_view::npos)
    return false;  // مالی
  // ماه گذشته (فوریه), الشهر الماضي (مارس): the month named in brackets after
  // a relative one, the last or next such month, is the value.
  const auto month_in_brackets = [&](std::size_t j, expression& q) {
    unsigned month = 0;
    system sys = system::unknown;
    bool mismatch = false;
    const std::size_t m = q.s == shape::relative_month && q.offset >= -1 && q.offset <= 1 && punct(j, '(')
                              ? month_part(j + 1, month, sys, mismatch)
                              : 0;
    if (!m || !punct(m, ')') || mismatch) return j;
    const int offset = q.offset;
    q = {};
    q.s = shape::month;
    q.sys = sys;
    q.sys_from_name = true;
    q.month = month;
    q.qualifier = offset;
    return m + 1;
  };
  // العام الهجري الجاري, السنة الميلادية المقبلة, الشهر الميلادي الماضي, سال
  // میلادی جاری, ماه قمری گذشته: counted in the calendar named; with a year
  // of four digits after it (للعام الهجري المقبل 1447هـ), that year.
  if (int unit = 0, offset = 0; const std::size_t e = unit_in_calendar(i, unit, offset, p.sys)) {
    p.sys_from_name = true;
    if (unit == lexicon::unit_year && (p.te = relative_year(i, p)) != i && p.year != 0) {
      p.s = shape::year;
      return true;
    }
    const system sys = p.sys;
    p = {};
    p.sys = sys;
    p.sys_from_name = true;
    p.s = unit == lexicon::unit_year ? shape::relative_year : shape::relative_month;
    p.offset = offset;
    p.te = month_in_brackets(e, p);
    return true;
  }
  if (const auto* r = entry_of(i, kind::relative)) {
    // سال قبل از انقلاب, روز بعد از حادثه, تحویل سال قبل از ظهر: "the year
    // before …", a narrative point or a preposition, not last year.
    if (persian_ && before_event(i + 1, i)) return false;
    // امروز: at the head of a line is a label in Persian news (the site
    // Emrooz, as ایسنا: names its agency), not today, unless the day it names
    // follows (امروز: چهارشنبه، ۲۶ اردیبهشت ۱۴۰۳). Arabic's اليوم: heads a
    // headline about today.
    if (persian_ && r->aux == lexicon::unit_day && r->value == 0 && (i == 0 || t_[i - 1].t == type::newline) && punct(i + 1, ':') &&
        touching(i + 1) && !number(i + 2) && !entry_of(i + 2, kind::weekday))
      return false;
    // متابعات – تعز اليوم: a site named "<city> today" crediting a story.
    if (!persian_ && r->aux == lexicon::unit_day && r->value == 0 && punct(i + 1, ':') && i > 0 &&
        t_[i - 1].t == type::word && (i == 1 || t_[i - 2].t == type::newline || dash(i - 2)))
      return false;
    // ⏎ الغد-عبدالرحمن الخوالدة, ⏎اليمن الغد/ تقرير, ⏎عمان- الغد- تحت: a newspaper's name in a byline, its dash or
    // slash before the writer (or the story), the city before it.
    const auto line_start = [&](std::size_t k) { return k == 0 || t_[k - 1].t == type::newline; };
    const auto city = [&](std::size_t k) { return (t_[k].t == type::word || t_[k].t == type::lex) && line_start(k); };
    if (!persian_ && r->aux == lexicon::unit_day && r->value == 1 && word_is(i, "\xD8\xA7\xD9\x84\xD8\xBA\xD8\xAF") &&  // الغد
        (punct(i + 1, '-') || punct(i + 1, '/')) &&
        (line_start(i) || (i > 0 && t_[i - 1].t == type::word && line_start(i - 1)) || (i > 1 && dash(i - 1) && city(i - 2))))
      return false;
    // على بكرة أبيه: "all together", an idiom (بكرة is tomorrow in Egypt and the Levant).
    if (!persian_ && r->aux == lexicon::unit_day && r->value == 1 && word_is(i, "\xD8\xA8\xDA\xA9\xD8\xB1\xD9\x87") &&  // بکره (بكرة)
        (word_is(i + 1, "\xD8\xA7\xD8\xA8\xDB\x8C\xD9\x87") || word_is(i + 1, "\xD8\xA7\xD8\xA8\xDB\x8C\xD9\x87\xD8\xA7") ||  // ابیه ابیها
         word_is(i + 1, "\xD8\xA7\xD8\xA8\xDB\x8C\xD9\x87\xD9\x85")))  // ابیهم
      return false;
    // 300 ألف م3/اليوم, 5 طن/اليوم, ۲۰۰ تن/روز: a rate per day after a slash written onto a unit, not today.
    if (r->aux == lexicon::unit_day && r->value == 0 && i > 1 && punct(i - 1, '/') && touching(i) && touching(i - 1) &&
        t_[i - 2].t != type::punct)
      return false;
    // هفته پیش از آن: the week before that (a time the text spoke of).
    if (persian_ && word_is(i + 1, "\xD8\xA7\xD8\xB2") && word_is(i + 2, "\xD8\xA7\xD9\x86") &&
        t_[i].end - t_[i].begin > 7 && s_.compare(t_[i].end - 7, 7, " \xD9\xBE\xDB\x8C\xD8\xB4") == 0)
      return false;
    // این هفته از لیگ آزادگان: a round of a league, no week of the calendar.
    if (persian_ && r->aux == lexicon::unit_week && word_is(i + 1, "\xD8\xA7\xD8\xB2") &&
        (word_is(i + 2, "\xD9\x84\xDB\x8C\xDA\xAF") || word_is(i + 2, "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82\xD8\xA7\xD8\xAA") ||  // لیگ, مسابقات
         word_is(i + 2, "\xD8\xB1\xD9\x82\xD8\xA7\xD8\xA8\xD8\xAA\xD9\x87\xD8\xA7") || word_is(i + 2, "\xD8\xB1\xD9\x82\xD8\xA7\xD8\xA8\xD8\xAA")))  // رقابتها رقابت (رقابت‌ها)
      return false;
    // دیدارهای این هفته, در دیگر دیدار این هفته, بازی این هفته: this round's matches (a league's week), no week of
    // the calendar.
    if (persian_ && r->aux == lexicon::unit_week && r->value == 0 && i > 0 &&
        (word_is(i - 1, "\xD8\xAF\xDB\x8C\xD8\xAF\xD8\xA7\xD8\xB1") || word_is(i - 1, "\xD8\xAF\xDB\x8C\xD8\xAF\xD8\xA7\xD8\xB1\xD9\x87\xD8\xA7\xDB\x8C") || word_is(i - 1, "\xD8\xA8\xD8\xA7\xD8\xB2\xDB\x8C")))  // دیدار دیدارهای بازی
      return false;
    // مساء هذا اليوم الخميس التاسع والعشرين من شهر رمضان: "this day" with
    // its weekday and date after it is the day the text states (the weekday
    // reads it); not today.
    if (!persian_ && entry_of(i + 1, kind::weekday)) {
      constexpr std::string_view this_day = "\xD9\x87\xD8\xB0\xD8\xA7 \xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85";  // هذا الیوم
      const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
      if (w.size() > this_day.size() && w.substr(w.size() - this_day.size()) == this_day) return false;
    }
    // مدت ۲ سال دیگر, به مدت یک سال دیگر: سال دیگر after a count is "N more
    // years", read with its count or not at all.
    if (persian_ && i > 0 && (number(i - 1) || entry_of(i - 1, kind::cardinal)) && t_[i].end - t_[i].begin > 9 &&
        s_.compare(t_[i].end - 9, 9, " \xD8\xAF\xDB\x8C\xDA\xAF\xD8\xB1") == 0)
      return false;
    // ۲۰۲۲ سال پیش, دو هزار سال پیش, ۶۵ میلیون سال پیش, هزاران سال پیش, میلیون‌ها سال پیش: the unit and direction of a count
    // (read with it, or not at all).
    if (persian_ && i > 0 && s_.compare(t_[i].begin, 7, "\xD8\xB3\xD8\xA7\xD9\x84 ") == 0 && ((plain_number(i - 1) && t_[i - 1].digits >= 3) || (entry_of(i - 1, kind::cardinal) && entry_of(i - 1, kind::cardinal)->value >= 100) ||
                              word_is(i - 1, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86") || word_is(i - 1, "\xD9\x85\xD9\x84\xDB\x8C\xD9\x88\xD9\x86") || word_is(i - 1, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xAF") ||
                              word_is(i - 1, "\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86") || word_is(i - 1, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86\xD9\x87\xD8\xA7") || word_is(i - 1, "\xD9\x87\xD8\xA7")) &&
        !(i > 1 && filler(i - 2, lexicon::fill_year_word)))  // سال …
      return false;
    // چند هفته آتی, چندین سال گذشته: a few units back or ahead, a span.
    if (persian_ && i > 0 && (word_is(i - 1, "\xDA\x86\xD9\x86\xD8\xAF") ||
                              word_is(i - 1, "\xDA\x86\xD9\x86\xD8\xAF\xDB\x8C\xD9\x86")) &&
        s_.substr(t_[i].begin, t_[i].end - t_[i].begin).find(' ') != std::string_view::npos) {
      p.s = shape::span;
      p.te = i + 1;
      return true;
    }
    // در این ماه, از این ماه: in Persian news "this month" is mostly the
    // month the text speaks of (ماه جاری is the current one); read only
    // with a day of it (پانزدهم این ماه).
    if (persian_ && r->aux == lexicon::unit_month && r->value == 0 &&
        s_.compare(t_[i].begin, 7, "\xD8\xA7\xDB\x8C\xD9\x86 ") == 0)
      return false;
    // سال جاری آبی, سال زراعی گذشته: a water or crop year, from 1 Mehr
    // (read only as a range's start: part_expr).
    if (persian_ && r->aux == lexicon::unit_year &&
        (word_is(i + 1, "\xD8\xA7\xD8\xA8\xDB\x8C") || word_is(i + 1, "\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xB9\xDB\x8C")))
      return false;
    p.offset = r->value;
    p.s = r->aux == lexicon::unit_day     ? shape::relative_day
          : r->aux == lexicon::unit_week  ? shape::relative_week
          : r->aux == lexicon::unit_month ? shape::relative_month
                                          : shape::relative_year;
    std::size_t j = i + 1;
    if (p.s == shape::relative_day) {
      // الحناء بين الأمس واليوم, تهران بین دیروز و امروز: "between yesterday and today", then and now (a title's idiom).
      const auto day_at = [&](std::size_t k, int v) {
        const auto* d = k < n_ ? entry_of(k, kind::relative) : nullptr;
        return d && d->aux == lexicon::unit_day && d->value == v;
      };
      const auto between_at = [&](std::size_t k) { return word_is(k, "\xD8\xA8\xDB\x8C\xD9\x86"); };  // بین (بين)
      if ((r->value == -1 && i > 0 && between_at(i - 1) &&
           ((i + 1 < n_ && t_[i + 1].waw && day_at(i + 1, 0)) || (entry_of(i + 1, kind::connector) && day_at(i + 2, 0)))) ||
          (r->value == 0 && i > 1 && t_[i].waw && day_at(i - 1, -1) && between_at(i - 2)) ||
          (r->value == 0 && i > 2 && !t_[i].waw && entry_of(i - 1, kind::connector) && day_at(i - 2, -1) && between_at(i - 3)))
        return false;
      // اليوم الأربعاء, امروز یکشنبه, امروز (یکشنبه)
      if (const auto* w = entry_of(j, kind::weekday)) {
        // اليوم الأحد 21 وتستمر: today's weekday with its day number, read as السبت 14 is.
        if (expression q; !persian_ && weekday_expr(j, q) && q.s == shape::weekday_day) {
          p = q;
          return true;
        }
        p.weekday = w->value;
        ++j;
      } else if (punct(j, '(') && entry_of(j + 1, kind::weekday) && punct(j + 2, ')')) {
        p.weekday = entry_of(j + 1, kind::weekday)->value;
        j += 3;
      }
      // فردا ساعت ۸ شب, غدا الساعة العاشرة صباحا: the time of that day (a
      // part of the day before the day, عصر امروز ساعت ۵, the driver applies).
      if (const std::size_t t = clock_of_the_day(j, tod_value(i), p)) j = t;
      // شب گذشته، ساعت 11:47 دقیقه: a night's clock after a comma, in the
      // evening; so with the part of the day before the day (مساء أمس، الساعة التاسعة).
      else if (const int tod = tod_value(i) >= 0 ? tod_value(i) : tod_before(i);
               const std::size_t c = punct(j, ',') && tod >= 0 && filler(j + 1, lexicon::fill_hour_word)
                                         ? clock_of_the_day(j + 1, tod, p)
                                         : 0)
        j = c;
    } else if (p.s == shape::relative_month &&
               (s_.substr(t_[i].begin, t_[i].end - t_[i].begin).find("\xD9\x87\xD8\xAC\xD8\xB1\xDB\x8C") != std::string_view::npos ||
                s_.substr(t_[i].begin, t_[i].end - t_[i].begin).find("\xD9\x82\xD9\x85\xD8\xB1\xDB\x8C") != std::string_view::npos)) {
      p.sys = system::hijri;  // الشهر الهجري الحالي, ماه قمری جاری: counted in Hijri months
    } else if (p.s == shape::relative_month &&
               s_.substr(t_[i].begin, t_[i].end - t_[i].begin).find("\xD9\x85\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAF\xDB\x8C") !=
                   std::string_view::npos) {
      p.sys = system::gregorian;  // الشهر الميلادي المقبل
    } else if (const auto* e = entry_of(j, kind::era); e && (p.s == shape::relative_year || p.s == shape::relative_month)) {
      // سال آینده میلادی: counted in the calendar named.
      p.sys = era_system(e->value);
      ++j;
    }
    // سال گذشته در چنین روزی, العام الماضي في مثل هذا اليوم: the reference's
    // month and day in that year.
    if (const std::size_t d = filler(j, lexicon::fill_in) && !on_this_day(j) ? j + 1 : j;
        p.s == shape::relative_year && p.sys == system::unknown && on_this_day(d)) {
      const int offset = p.offset;
      p = {};
      p.s = shape::date;
      p.day_of_reference = true;
      p.year_relative = true;
      p.year_offset = offset;
      p.te = d + 1;
      return true;
    }
    // سال گذشته (1392), سال جاری(1390), العام الماضي (2023): the year it
    // stands for, written beside it, is the value.
    // بالعام الماضي 2024 الذي سجل, العام الحالي 2018 ارتفع: likewise without
    // brackets, before what cannot be a counted noun.
    // (Not عدد المشاركين المسجلين لهذا العام (1638): a count, no likely year.)
    if (p.s == shape::relative_year && punct(j, '(') && plain_number(j + 1) && t_[j + 1].digits == 4 &&
        ((t_[j + 1].value >= 1900 && t_[j + 1].value <= 2100) || (t_[j + 1].value >= 1300 && t_[j + 1].value <= 1500)) &&
        punct(j + 2, ')')) {
      p = {};
      p.s = shape::year;
      p.year = static_cast<int>(t_[j + 1].value);
      j += 3;
    } else if (const std::size_t y = (word_is(j, "\xD8\xA7\xDB\x8C") || word_is(j, "\xDB\x8C\xD8\xB9\xD9\x86\xDB\x8C")) ? j + 1 : j;
               // هذه السنة أي 2023, سال جاری یعنی ۱۴۰۲: "that is" before the year.
               p.s == shape::relative_year && plain_number(y) && t_[y].digits == 4 &&
               ((t_[y].value >= 1900 && t_[y].value <= 2100) || (t_[y].value >= 1300 && t_[y].value <= 1500)) &&
               (entry_of(y + 1, kind::era) || year_can_end(y + 1) || (t_[y + 1].t == type::word && !counted_noun(y + 1))) &&
               !year_word_before(i, y + 1)) {
      const int offset = p.offset;
      const system sys = p.sys;
      p = {};
      p.s = shape::year;
      p.year = static_cast<int>(t_[y].value);
      p.year_relative = true;  // resolution checks the one against the other
      p.year_offset = offset;
      p.sys = sys;
      j = y + 1;
      if (const auto* era = entry_of(j, kind::era)) {  // العام المقبل 1447هـ: counted in that calendar
        p.sys = era_system(era->value);
        p.sys_from_name = true;
        ++j;
      }
    } else if (p.s == shape::relative_year && p.sys == system::unknown) {
      // سال گذشته در تاریخ ۱۵ آگوست, العام الماضي في 15 أغسطس: a day without
      // its year straight after, in that year.
      std::size_t k = punct(j, ',') ? j + 1 : j;
      const std::size_t word_at = k;
      if (filler(k, lexicon::fill_in) && !t_[k].waw) ++k;
      if (word_is(k, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE")) ++k;  // تاریخ (تاريخ)
      expression q;
      if (k > word_at && full_date(k, q, false) && q.s == shape::date && q.year == 0 && !q.year_relative &&
          q.qualifier == expression::nearest && q.month != 0 && q.day != 0 && !q.month_relative) {
        const int offset = p.offset;
        p = q;
        p.year_relative = true;
        p.year_offset = offset;
        j = q.te;
      }
    }
    p.te = month_in_brackets(j, p);
    // The year-less "سال جاری" and such stay relative; "در سال جاری" takes the "در".
    return true;
  }
  // تا ۹ روز دیگر, تا شانزده روز دیگر, (به) مدت دو روز دیگر: for N more
  // days, a span. (Not after a day: امروز تا دو روز دیگر runs from today.)
  if (int v = 0; persian_ && i > 0 &&
                 ((word_is(i - 1, "\xD8\xAA\xD8\xA7") && !(i > 1 && entry_of(i - 2, kind::relative))) ||
                  word_is(i - 1, "\xD9\x85\xD8\xAF\xD8\xAA"))) {  // تا, مدت
    // (تا دوسال دیگر: the count written onto its unit, likewise.)
    const auto* glued = entry_of(i, kind::unit);
    const std::size_t u = number(i) ? i + 1 : glued && glued->value > 0 ? i : count_part(i, v);
    if (u && entry_of(u, kind::unit) && word_is(u + 1, "\xD8\xAF\xDB\x8C\xDA\xAF\xD8\xB1")) return false;  // دیگر
    // به مدت یک سال دیگر, برای مدت دو هفته دیگر: the unit and دیگر as one
    // phrase of the lexicon (سال دیگر, next year). After تا it is a point
    // (تا دو هفته دیگر برگزار خواهد شد: in two weeks).
    constexpr std::string_view more = " \xD8\xAF\xDB\x8C\xDA\xAF\xD8\xB1";  // " دیگر"
    if (u && u < n_ && word_is(i - 1, "\xD9\x85\xD8\xAF\xD8\xAA") && entry_of(u, kind::relative) && t_[u].end - t_[u].begin > more.size() &&
        s_.compare(t_[u].end - more.size(), more.size(), more) == 0)
      return false;
  }
  // Arabic: direction before the count.
  std::size_t j = i;
  int sign = 0;
  if (const auto* d = direction(j, 0)) {
    sign = d->value;
    ++j;
  }
  // الأقوى منذ 12 عامًا, الأعلى منذ عقد: after a superlative (ال, then أفعل),
  // منذ counts a span, no day.
  if (!persian_ && sign != 0 && i > 0 && word_is(i, "\xD9\x85\xD9\x86\xD8\xB0") && t_[i - 1].end - t_[i - 1].begin == 12 &&
      s_.compare(t_[i - 1].begin, 6, "\xD8\xA7\xD9\x84\xD8\xA7") == 0)
    return false;
  // لم يحدث في سماء المملكة منذ 22 عاما: after a denied verb, for so long.
  if (!persian_ && sign != 0 && word_is(i, "\xD9\x85\xD9\x86\xD8\xB0")) {
    for (std::size_t k = i, n = 0; k > 0 && n < 6; --k, ++n) {
      const token& t = t_[k - 1];
      if (t.t == type::newline || (t.t == type::punct && t.punct != '"')) break;
      if (entry_of(k - 1, kind::negation)) return false;
    }
    // لأول مرة منذ 20 سنة, الأولى من نوعها منذ 6 سنوات, أول دار عرض سينمائي بالسودان منذ 30 عاما: the first in so
    // long, a span (folded: اول الاول الاولی لاول اولی); a relative clause
    // may come between: هو الأول الذي تدشنه ليبيا مع دول أجنبية منذ 25 عاما.
    // (Not past وذلك, "and that was": أول مرة يسافر … وذلك منذ ٣ أشهر, three months ago.)
    for (std::size_t k = i, n = 0; k > 0 && n < 8; --k, ++n) {
      const token& t = t_[k - 1];
      if (t.t == type::newline || (t.t == type::punct && t.punct != '"' && t.punct != ',')) break;
      if (word_is(k - 1, "\xD9\x88\xD8\xB0\xD9\x84\xDA\xA9")) break;  // وذلك (folded)
      if (word_is(k - 1, "\xD8\xA7\xD9\x88\xD9\x84") || word_is(k - 1, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84") || word_is(k - 1, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C") || word_is(k - 1, "\xD9\x84\xD8\xA7\xD9\x88\xD9\x84") || word_is(k - 1, "\xD8\xA7\xD9\x88\xD9\x84\xDB\x8C")) return false;
      // أشد موجة برد تضرب المنطقة منذ 5 سنوات, أكبر مجموعة من السياح … منذ عشر سنوات: the most so in so long, a span.
      static constexpr std::string_view most[] = {
          "\xD8\xA7\xD8\xB4\xD8\xAF", "\xD8\xA7\xDA\xA9\xD8\xA8\xD8\xB1", "\xD8\xA7\xD8\xB9\xD9\x84\xDB\x8C",  // اشد اکبر اعلی
          "\xD8\xA7\xD9\x82\xD9\x88\xDB\x8C", "\xD8\xA7\xD8\xB3\xD9\x88\xD8\xA7", "\xD8\xA7\xD8\xAF\xD9\x86\xDB\x8C",  // اقوی اسوا ادنی
          "\xD8\xA7\xDA\xA9\xD8\xAB\xD8\xB1", "\xD8\xA7\xD9\x82\xD9\x84", "\xD8\xA7\xD9\x81\xD8\xB6\xD9\x84",  // اکثر اقل افضل
          "\xD8\xA7\xD8\xB7\xD9\x88\xD9\x84", "\xD8\xA7\xD8\xB9\xD9\x86\xD9\x81", "\xD8\xA7\xD8\xA8\xD8\xB1\xD8\xAF",  // اطول اعنف ابرد
          "\xD8\xA7\xD8\xBA\xD8\xB2\xD8\xB1", "\xD8\xA7\xD8\xAE\xD8\xB7\xD8\xB1", "\xD8\xA7\xD8\xB6\xD8\xAE\xD9\x85"};  // اغزر اخطر اضخم
      if (std::find(std::begin(most), std::end(most), s_.substr(t_[k - 1].begin, t_[k - 1].end - t_[k - 1].begin)) != std::end(most))
        return false;
    }
  }
  // ظرف, طی, حداکثر (within); کمتر از دو هفته دیگر, بیش از, به مدت یک سال
  // دیگر (less or more than, for); دو روز دیگر هم (two days more, too):
  // the units after are a span or a count, no day. end: the token after them.
  const auto span_of = [&](std::size_t end) {
    const bool than = i > 1 && word_is(i - 1, "\xD8\xA7\xD8\xB2") &&
                      (word_is(i - 2, "\xDA\xA9\xD9\x85\xD8\xAA\xD8\xB1") || word_is(i - 2, "\xD8\xA8\xDB\x8C\xD8\xB4"));
    return within(i) || than || (i > 0 && word_is(i - 1, "\xD9\x85\xD8\xAF\xD8\xAA")) || word_is(end, "\xD9\x87\xD9\x85");
  };
  int count = 0, sign2 = 0;
  std::size_t k = count_part(j, count);
  int unit = 0;
  bool half_hour = false;
  if (k) {
    const auto* u = entry_of(k, kind::unit);
    const auto* r = entry_of(k, kind::relative);
    if (u && u->value == 0) {
      unit = u->aux;
      ++k;
    } else if (!sign && (entry_of(k, kind::span) ||
                         (persian_ && r && r->value == 0 && r->aux == lexicon::unit_month && within(i)))) {
      // در ۴۵ روز گذشته, ۳ سال آینده: the past or next N units, a span; طی ۶ ماه جاری, the current N months.
      p.s = shape::span;
      p.te = k + 1;
      return true;
    } else if (!sign && r && (r->value == 1 || r->value == -1) &&
               s_.substr(t_[k].begin, t_[k].end - t_[k].begin).find(' ') != std::string_view::npos) {
      // "۳ روز قبل": the lexicon holds "روز قبل" (the day before) as one
      // phrase; after a count it is the unit and the direction. Not a word
      // of its own: حج تمتع 90 فردا is "the Hajj of (13)90, tomorrow". Nor
      // before از: یک روز بعد از حادثه counts from the event.
      if (persian_ && before_event(k + 1, k)) return false;
      // Nor with the article: أصيب 11 العام الماضي, iPhone 11 العام الماضي is
      // a count or a name, then last year (N years ago is منذ 11 عاما).
      if (!persian_ && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") == 0) return false;
      // یک سال دیگر تمدید می‌کند: extended for one more year, a span.
      if (persian_ && r->value > 0 && k + 1 < n_ &&
          s_.compare(t_[k + 1].begin, 10, "\xD8\xAA\xD9\x85\xD8\xAF\xDB\x8C\xD8\xAF") == 0)  // تمدید
        return false;
      if (persian_ && r->value > 0 && span_of(k + 1)) {  // ظرف دو هفته دیگر, تا حداکثر یک ماه دیگر: a span
        p.s = shape::span;
        p.te = k + 1;
        return true;
      }
      p.offset = r->value * count;
      p.s = r->aux == lexicon::unit_day     ? shape::relative_day
            : r->aux == lexicon::unit_week  ? shape::relative_week
            : r->aux == lexicon::unit_month ? shape::relative_month
                                            : shape::relative_year;
      p.te = k + 1;
      // ۳۳ سال قبل از امروز: "than today", the count's own reference.
      if (persian_ && r->value < 0 && word_is(k + 1, "\xD8\xA7\xD8\xB2") &&
          word_is(k + 2, "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2"))
        p.te = k + 3;
      p.counted = true;
      // (۲۰۲۲ سال پیش, the birth of Christ: no year a count of more than 500 names is meant; ۳۰۰ سال پیش, from 200 on,
      // history's rough reckoning, is read whole and gives none.)
      if (r->aux == lexicon::unit_year && count >= 200) p.s = shape::span;
      return count > 0 && count <= (r->aux == lexicon::unit_year ? 500 : 10000);
    } else {
      return false;
    }
  } else if (const auto* u = entry_of(j, kind::unit); u && u->value >= 1) {
    // یکصدو سی و پنجسال قبل: the last word of a count in words, not the whole count.
    if (persian_ && j > 0 && (t_[j].waw || entry_of(j - 1, kind::connector) || entry_of(j - 1, kind::cardinal))) return false;
    count = u->value;  // Arabic dual: يومين; Persian count written onto its unit: یکماه, دوسال
    unit = u->aux;
    k = j + 1;
  } else if (u && sign && !persian_ && filler(j, lexicon::fill_one_unit) && smaller_unit_after(j + 1, u->aux, count, unit, sign2)) {
    count = 1;  // منذ عام وشهرين: one unit and a smaller one (read below)
    unit = u->aux;
    k = j + 1;
  } else if (u && sign && !persian_ && filler(j, lexicon::fill_one_unit) && !number(j + 1) &&
             !(j + 2 < n_ && t_[j + 1].t == type::punct && plain_number(j + 2) && t_[j + 2].digits == 4) &&  // منذ عام “2013”
             !(entry_of(j + 1, kind::cardinal) && entry_of(j + 1, kind::cardinal)->value >= 1000) &&  // منذ عام ألفين وسبعة عشر: a year in words
             !entry_of(j + 1, kind::weekday) && !month_name(j + 1) && !(filler(j + 1, lexicon::fill_of) && !now_at(j + 2)) &&
             !(filler(j + 1, lexicon::fill_range_from) && !now_at(j + 2)) &&
             // و written onto the next word or apart from it (قبل شهر و نصف من حلول رمضان).
             !(j + 1 < n_ && (t_[j + 1].waw || entry_of(j + 1, kind::connector)) &&
               [&](std::size_t a) {
                 return entry_of(a, kind::unit) || entry_of(a, kind::cardinal) ||
                        (filler(a, lexicon::fill_half) && u->aux != lexicon::unit_hour) || filler(a, lexicon::fill_quarter) ||
                        filler(a, lexicon::fill_third);
               }(entry_of(j + 1, kind::connector) ? j + 2 : j + 1)) &&
             !(j + 1 < n_ && t_[j + 1].t == type::word && t_[j + 1].end - t_[j + 1].begin > 4 &&
               s_.compare(t_[j + 1].begin, 4, "\xD8\xA7\xD9\x84") == 0)) {
    // بعد أسبوع, قبل عام: one unit. Not a unit in construct (بعد يوم
    // الانتخابات, after election day; بعد شهر رمضان) nor one of a sum
    // counted from an event (بعد سنة وشهر على استقالة).
    count = 1;
    unit = u->aux;
    k = j + 1;
    // منذ يوم واحد, قبل سنة واحدة: the "one" written after the unit.
    if (const auto* one = entry_of(k, kind::cardinal); one && one->value == 1 && !t_[k].waw) ++k;
  } else {
    return false;
  }
  // یک ساعت و نیم پیش, منذ ساعة ونصف, قبل ساعتين ونصف: and a half hour.
  if (const std::size_t h = entry_of(k, kind::connector) ? k + 1 : k; filler(h, lexicon::fill_half) && (h > k || t_[h].waw)) {
    if (unit == lexicon::unit_hour) {
      half_hour = true;
      k = h + 1;
    } else if (!persian_ && sign && (filler(h + 1, lexicon::fill_of) || word_is(h + 1, "\xD8\xB9\xD9\x84\xDB\x8C"))) {
      return false;  // بعد ثلاث سنوات ونصف من الاستفتاء: counted from an event
    }
  }
  // منذ عام وشهرين, یک سال و شش ماه پیش, 1 شهر و 21 يوم من الآن: and a
  // smaller unit after و, counted the same way.
  int more_days = 0;
  if (int v = 0, unit2 = 0, sign2 = 0; const std::size_t e = smaller_unit_after(k, unit, v, unit2, sign2)) {
    if (unit2 == lexicon::unit_month) {  // years and months: months
      count = count * 12 + v;
      unit = lexicon::unit_month;
    } else {
      more_days = unit2 == lexicon::unit_week ? 7 * v : v;
    }
    if (unit == lexicon::unit_week) {  // weeks and days: days
      count = count * 7 + more_days;
      more_days = 0;
      unit = lexicon::unit_day;
    }
    k = e;
    // بعد سنة وشهر (13 شهرا) على استقالة الحكومة: after بعد a sum of units
    // counts from an event, unless from now (بعد عامين وستة أشهر من الآن).
    if (!persian_ && sign > 0 && !(filler(k, lexicon::fill_of) && now_at(k + 1))) return false;
    if (sign2 && sign) return false;
    if (sign2) {
      // دو سال و سه ماه قبل از انقلاب: counted from the event; ظرف یک سال و
      // شش ماه آینده: a span.
      if (persian_ && before_event(k, k - 1)) return false;
      // در یک سال و هفت ماه گذشته, طی دو سال و سه ماه گذشته: the past N units and M more, a span, as in
      // در ۴۵ روز گذشته.
      constexpr std::string_view past = "\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA\xD9\x87";  // گذشته (ماه گذشته is one phrase)
      const bool past_span = sign2 < 0 && i > 0 && (filler(i - 1, lexicon::fill_in) || within(i)) &&
                             t_[k - 1].end - t_[k - 1].begin >= past.size() && s_.compare(t_[k - 1].end - past.size(), past.size(), past) == 0;
      if (persian_ && ((sign2 > 0 && span_of(k)) || past_span)) {
        p.s = shape::span;
        p.te = k;
        return true;
      }
      sign = sign2;
    }
  }
  // بعد يومين من الحادث, قبل أسبوع من الانتخابات: counted from an event;
  // قبل 34 عاما من الآن, بعد أسبوع من اليوم: from now.
  // قبل ثلاثة شهور فقط من بداية القرن, بعد شهر كامل من التوقف: "only",
  // "about" or "whole" between them.
  const bool only = !persian_ && (word_is(k, "\xD9\x81\xD9\x82\xD8\xB7") ||                      // فقط
                                  word_is(k, "\xD8\xAA\xD9\x82\xD8\xB1\xDB\x8C\xD8\xA8\xD8\xA7") ||  // تقريبا
                                  word_is(k, "\xDA\xA9\xD8\xA7\xD9\x85\xD9\x84") ||              // کامل (كامل, folded)
                                  word_is(k, "\xDA\xA9\xD8\xA7\xD9\x85\xD9\x84\xD9\x87"));      // کامله (كاملة, folded)
  if (sign && !persian_ && only && (filler(k + 1, lexicon::fill_of) || word_is(k + 1, "\xD8\xB9\xD9\x84\xDB\x8C")) &&
      !now_at(k + 2))
    return false;
  if (sign && !persian_ && filler(k, lexicon::fill_of)) {
    if (!now_at(k + 1)) return false;
    k += 2;
  } else if (sign && !persian_ && (word_is(k, "\xD8\xB9\xD9\x84\xDB\x8C") || word_is(k, "\xD8\xB9\xD9\x86"))) {
    return false;  // بعد أسبوع على العملية, بعد مرور عام على الحادث, قبل خمسة أيام عن تخليد الذكرى
  } else if (sign > 0 && !persian_ && k < n_ && t_[k].t == type::word) {
    // بعد 15 عاما قضاها في المنفى, بعد عامين أمضاها هناك: the years spent, a span.
    const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    for (const std::string_view spent : {"\xD9\x82\xD8\xB6\xD8\xA7", "\xD8\xA7\xD9\x85\xD8\xB6\xD8\xA7",  // قضا, امضا
                                         "\xD8\xB9\xD8\xA7\xD8\xB4"})                                 // عاش
      if (w.size() > spent.size() && w.compare(0, spent.size(), spent) == 0) return false;
  }
  if (!sign) {
    const auto* d = direction(k, 1);
    if (!d) return false;
    sign = d->value;
    ++k;
    // دو روز قبل از انتخابات, یک روز بعد از حادثه: counted from the event
    // (not پیش: سه روز پیش از روستای … is "three days ago, from the
    // village"; and قبل از این is before now).
    if (persian_ && before_event(k, k - 1)) return false;
    // عملیه هشت روز دیگر تمدید گردیده: extended by eight more days, a span.
    if (persian_ && sign > 0 && k < n_ && s_.compare(t_[k].begin, 10, "\xD8\xAA\xD9\x85\xD8\xAF\xDB\x8C\xD8\xAF") == 0) return false;
    // ۳۳ سال قبل از امروز: "than today", the count's own reference.
    if (persian_ && word_is(k, "\xD8\xA7\xD8\xB2") && word_is(k + 1, "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2")) k += 2;
    // Arabic counts forward with بعد before the count (بعد 3 أيام); after
    // it, بعد begins what follows (عن عمر ناهز الـ 90 عاما بعد إصابته) unless
    // the sentence ends or ذلك follows (ثلاثة أيام بعد ذلك).
    // (Not before a quote or bracket that opens what follows: 79 عاما بعد "مسيرة من العطاء".)
    if (!persian_ && !(k >= n_ || t_[k].t == type::newline || word_is(k, "\xD8\xB0\xD9\x84\xDA\xA9") ||  // ذلک (ذلك)
                       (t_[k].t == type::punct && t_[k].punct != '"' && t_[k].punct != 0 && t_[k].punct != '(')))
      return false;
    // در ۲۴ ساعت بعد: "within" the N units after, a span (۲۴ ساعت بعد alone
    // is a point); so after ظرف, طی (within) and حداکثر, حداقل (at most, at
    // least): تا حداکثر یک ماه دیگر is a deadline, no day.
    if (persian_ && sign > 0 && i > 0 && (filler(i - 1, lexicon::fill_in) || span_of(k))) {
      p.s = shape::span;
      p.te = k;
      return true;
    }
  }
  if (count <= 0 || count > 10000) return false;
  p.offset = sign * count;
  p.counted = true;
  if (unit == lexicon::unit_hour || unit == lexicon::unit_minute) {
    // ۵ دقیقه پیش, منذ ساعتين, بعد 30 دقيقة: a moment, counted in minutes.
    p.s = shape::relative_time;
    p.offset = sign * (count * (unit == lexicon::unit_hour ? 60 : 1) + (half_hour ? 30 : 0));
    p.in_hours = unit == lexicon::unit_hour && !half_hour;
    p.te = k;
    return true;
  }
  p.s = unit == lexicon::unit_day    ? shape::relative_day
        : unit == lexicon::unit_week ? shape::relative_week
        : unit == lexicon::unit_month ? shape::relative_month
                                      : shape::relative_year;
  // منذ 400 سنة, نحو 2500 عام: centuries back are history's rough reckoning, no year; read whole, none given.
  if (unit == lexicon::unit_year && count >= 200) p.s = shape::span;
  p.counted_days = sign * more_days;
  p.te = k;
  return true;
}

// After a count of years, months or weeks at k: و and a count of a smaller
// unit (وشهرين, و شش ماه, و 21 يوم, وأسبوع, وستة أشهر). The token after that
// unit, or 0; `count` its count and `unit` its unit, and `sign` the
// direction when the unit's word has it (و شش ماه پیش).
std::size_t grammar::smaller_unit_after(std::size_t k, int of, int& count, int& unit, int& sign) const {
  if (of != lexicon::unit_year && of != lexicon::unit_month && of != lexicon::unit_week) return 0;
  std::size_t c = k;
  if (entry_of(c, kind::connector)) ++c;            // و 21 يوم
  else if (!(c < n_ && t_[c].waw)) return 0;        // وشهرين, وستة أشهر: و written onto the next word
  int v = 0;
  std::size_t e = count_part(c, v);
  if (e && (v <= 0 || v >= 1000)) return 0;
  const std::size_t at = e ? e : c;
  const auto* u = entry_of(at, kind::unit);
  // شش ماه پیش: the lexicon's "ماه پیش" (last month) after a count is the
  // unit and the direction.
  const auto* r = u ? nullptr : entry_of(at, kind::relative);
  if (r && e && (r->value == 1 || r->value == -1) &&
      s_.substr(t_[at].begin, t_[at].end - t_[at].begin).find(' ') != std::string_view::npos) {
    if (r->aux < lexicon::unit_day || r->aux >= of) return 0;
    count = v;
    unit = r->aux;
    sign = r->value;
    return at + 1;
  }
  // Days, weeks and months are ordered as their values: a smaller one only.
  if (!u || u->aux < lexicon::unit_day || u->aux >= of || (e && u->value != 0)) return 0;
  count = e ? v : u->value ? u->value : 1;  // شهرين: a dual; شهر: one
  unit = u->aux;
  return at + 1;
}

}  // namespace grammar
}  // namespace taqvim
