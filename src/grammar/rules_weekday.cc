// Rules for weekdays: a weekday alone, in a named week, on its eve or with a day number; "on this day" in a year; the
// clock time of the day a rule names (فردا عصر ساعت ۵).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// الأربعاء الماضي, يوم الأحد, شنبه and in a week (دوشنبه هفته آینده, الأحد من الأسبوع المقبل), the eve of a weekday
// (شب جمعه, ليلة الجمعة), a weekday with a day number (السبت 14).
bool grammar::weekday_expr(std::size_t i, expression& p) const {
  if (number(i) && !(persian_ && t_[i].digits == 1)) return false;  // only 5 شنبه starts at a number
  // نماز جمعه, صلاة الجمعة: the prayer, no day; but صلاة الجمعة الماضية, نماز جمعه گذشته: that day's.
  if (i > 0 && filler(i - 1, lexicon::fill_prayer) &&
      !(entry_of(i + 1, kind::weekday_qualifier) && entry_of(i + 1, kind::weekday_qualifier)->value != 0 && !direction(i + 1, 1)))
    return false;  // (not امام جمعه این استان: this province's)
  // الفائزين الاثنين, البلدين الاثنين: after a plural or dual with the article, "the two".
  if (!persian_ && i > 0 && i < n_ && t_[i - 1].t == type::word && t_[i].end - t_[i].begin == 14 &&
      s_.compare(t_[i].begin, 14, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAB\xD9\x86\xDB\x8C\xD9\x86") == 0 &&  // الاثنین
      t_[i - 1].end - t_[i - 1].begin > 8 && s_.compare(t_[i - 1].begin, 4, "\xD8\xA7\xD9\x84") == 0 &&
      s_.compare(t_[i - 1].end - 4, 4, "\xDB\x8C\xD9\x86") == 0 &&  // ال…ین
      !entry_of(i + 1, kind::weekday_qualifier) && !number(i + 1) && !punct(i + 1, ','))
    return false;
  // كاهل الاثنين معًا: "the two together".
  if (!persian_ && i < n_ && s_.compare(t_[i].begin, 14, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAB\xD9\x86\xDB\x8C\xD9\x86") == 0 &&
      word_is(i + 1, "\xD9\x85\xD8\xB9\xD8\xA7"))  // معا
    return false;
  // پرواز مشهد - دوشنبه, تهران - دوشنبه, دوشنبه پایتخت تاجیکستان: Dushanbe, a city in a route or named the capital.
  if (persian_ && word_is(i, "\xD8\xAF\xD9\x88\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87") &&  // دوشنبه
      ((i > 1 && punct(i - 1, '-') && t_[i - 2].t == type::word) ||
       word_is(i + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xAA\xD8\xAE\xD8\xAA")))  // پایتخت
    return false;
  std::size_t j = i;
  if (filler(j, lexicon::fill_eve) && entry_of(j + 1, kind::weekday)) {
    p.eve = true;
    p.afternoon_word = word_is(j, "\xD8\xB9\xD8\xB4\xDB\x8C\xD9\x87");  // عشیه (عشية)
    ++j;
  } else if (filler(j, lexicon::fill_eve) && punct(j + 1, '"') && entry_of(j + 2, kind::weekday)) {
    p.eve = true;  // ليلة "الخميس/الجمعة"
    j += 2;
  } else if (filler(j, lexicon::fill_day_word)) {
    ++j;
  }
  // يوم (الأربعاء) الماضي: the weekday in brackets after the day word;
  // يوم /الأحد/ المقبل: between slashes (an agency's style).
  const bool paren = j > i && !p.eve && entry_of(j + 1, kind::weekday) &&
                     ((punct(j, '(') && punct(j + 2, ')')) || (punct(j, '/') && punct(j + 2, '/')));
  if (paren) ++j;
  // 5 شنبه, ۴شنبه: پنجشنبه and چهارشنبه (one to five شنبه after Saturday)
  // with the number in digits; شنبه alone after such a digit is not Saturday.
  const auto numbered_at = [&](std::size_t k) {
    return persian_ && plain_number(k) && t_[k].digits == 1 && t_[k].value >= 1 && t_[k].value <= 5 &&
           word_is(k + 1, "\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87");
  };
  int numbered = -1;
  if (numbered_at(j)) {
    numbered = static_cast<int>(t_[j].value) - 1;
    ++j;
  } else if (j > 0 && numbered_at(j - 1)) {
    return false;
  }
  const auto* w = entry_of(j, kind::weekday);
  if (!w) return false;
  // ليلة الاحد 28 شتنبر 2025, ليلة السبت 5 إلى الأحد 6 جويلية 2025: a night named with its date is that date, read
  // from the weekday on.
  if (p.eve && !persian_ && plain_number(j + 1) && t_[j + 1].digits <= 2 &&
      (month_name(j + 2) || (filler(j + 2, lexicon::fill_range_to) && entry_of(j + 3, kind::weekday))))
    return false;
  // 52 جمعه, 52 روزجمعه, 52 روز جمعه, فيه 52 جمعة: a count of weekdays (a number of up to three digits, not the one
  // of 5 شنبه), no day. Not a number after the hour word (الساعة 10 الجمعة is a clock, then its day), a month, "to"
  // or "of", nor one of a date or clock written with punctuation.
  const auto counted_weekdays = [&](std::size_t k) {
    if (!plain_number(k) || t_[k].digits > 3 || t_[k].value < 2) return false;
    if (k == 0) return true;
    const type b = t_[k - 1].t;
    if (b == type::number || (b == type::punct && !punct(k - 1, ','))) return false;
    return b != type::lex || !(filler(k - 1, lexicon::fill_hour_word) || filler(k - 1, lexicon::fill_minute_word) ||
                               filler(k - 1, lexicon::fill_range_to) || filler(k - 1, lexicon::fill_of) || month_name(k - 1));
  };
  const std::size_t before = j > i ? i : (i > 0 && filler(i - 1, lexicon::fill_day_word) ? i - 1 : i);
  if (numbered < 0 && before > 0 && counted_weekdays(before - 1)) return false;
  const int day = numbered >= 0 ? numbered : w->value;
  // Arabic جمعة without its article folds to Persian's جمعه: after يوم it
  // is "a Friday" (كل أسبوع يوم جمعة); Arabic's Friday is يوم الجمعة.
  if (!persian_ && j > 0 && word_is(j, "\xD8\xAC\xD9\x85\xD8\xB9\xD9\x87") && filler(j - 1, lexicon::fill_day_word) &&
      !word_is(j - 1, "\xD8\xB1\xD9\x88\xD8\xB2"))  // not روز: Persian read as Arabic
    return false;
  // صالح جمعة, علي جمعة: after a name, without its article, a surname.
  if (!persian_ && j > 0 && t_[j - 1].t == type::word && word_is(j, "\xD8\xAC\xD9\x85\xD8\xB9\xD9\x87")) return false;
  // روزهای پنجشنبه: Thursdays, no one day; روزهای پنجشنبه و جمعه: the Thursday and Friday (the engine joins the two),
  // when the next weekday follows after و. روزهای یکشنبه و سه شنبه هفته آینده: with a named week after them, the days
  // of that week.
  const auto week_at = [&](std::size_t k) {
    const auto* r = entry_of(k, kind::relative);
    return r && r->aux == lexicon::unit_week;
  };
  // The weekday after the one at k in a list (و, a comma), or n_.
  const auto listed_after = [&](std::size_t k) {
    return k + 1 < n_ && t_[k + 1].waw                                             ? k + 1
           : k + 2 < n_ && (entry_of(k + 1, kind::connector) || punct(k + 1, ',')) ? k + 2
                                                                                   : n_;
  };
  // روزهای چهارشنبه تا جمعه (a storm's): from the weekday at k to the next are days, but the working week (Saturday to
  // Wednesday or Thursday) or with a figure after it in its sentence (its hours: از ساعت ۷:۳۰, ۸ تا ۱۴).
  const auto dated_span = [&](std::size_t k) {
    const auto* a = entry_of(k, kind::weekday);
    const std::size_t e = filler(k + 2, lexicon::fill_day_word) ? k + 3 : k + 2;
    const auto* b = filler(k + 1, lexicon::fill_range_to) && !entry_of(k + 1, kind::connector) ? entry_of(e, kind::weekday) : nullptr;
    if (!a || !b || (a->value == 6 && (b->value == 3 || b->value == 4))) return false;
    for (std::size_t x = e + 1; x < n_ && x <= e + 8 && t_[x].t != type::newline && !punct(x, '.') && !punct(x, ':'); ++x)
      if (t_[x].t == type::number) return false;
    return true;
  };
  // A word for opening (not_date value 3; when near) or working hours (5) at k.
  const auto hours_word = [&](std::size_t k, bool near) {
    for (std::uint32_t e = t_[k].entry_begin; t_[k].t == type::lex && e < t_[k].entry_end; ++e)
      if (lex_.entries[e].k == kind::not_date && ((near && lex_.entries[e].value == 3) || lex_.entries[e].value == 5))
        return true;
    return false;
  };
  // A list of weekdays after روزهای or أيام (the plural of day): روزهای پنجشنبه, أيام الجمعة alone recur (Thursdays,
  // Fridays), and so does the list, unless its days are dates: after روزهای when each is the day after the one before
  // (روزهای پنجشنبه و جمعه) or a week or qualifier follows its last (روزهای یکشنبه و سه شنبه هفته آینده); after أيام,
  // whose two days Arabic writes with يومي, when three or more are one after another (أيام السبت والأحد والإثنين,
  // أيام الجمعة السبت الاحد) or a qualifier follows (أيام الأحد والاثنين والثلاثاء المقبلة). The engine joins them.
  if (j == i || (numbered >= 0 && j == i + 1)) {
    // Arabic after أيام may list them with nothing between.
    const auto next_of = [&](std::size_t k, bool loose) {
      const std::size_t n = listed_after(k);
      return n < n_ ? n : loose && k + 1 < n_ && t_[k + 1].t == type::lex && entry_of(k + 1, kind::weekday) ? k + 1 : n_;
    };
    const auto walk = [&](bool loose, std::size_t& first, std::size_t& last, int& count, bool& one_after_another) {
      first = last = j;
      count = 1;
      one_after_another = true;
      for (int n = 0; n < 6 && first > 1; ++n) {  // back
        std::size_t prev = n_;
        for (const std::size_t d : {std::size_t{1}, std::size_t{2}})
          if (first >= d + 1 && entry_of(first - d, kind::weekday) && next_of(first - d, loose) == first) prev = first - d;
        if (prev == n_) break;
        one_after_another = one_after_another && (entry_of(prev, kind::weekday)->value + 1) % 7 == entry_of(first, kind::weekday)->value;
        first = prev;
        ++count;
      }
      for (int n = 0; n < 6; ++n) {  // on
        const std::size_t k = next_of(last, loose);
        const auto* w = k < n_ ? entry_of(k, kind::weekday) : nullptr;
        if (!w) break;
        one_after_another = one_after_another && (entry_of(last, kind::weekday)->value + 1) % 7 == w->value;
        last = k;
        ++count;
      }
    };
    std::size_t first, last;
    int count;
    bool one_after_another;
    const std::size_t head = j == i + 1 && numbered >= 0 ? i : j;  // the token before the list's first
    walk(!persian_, first, last, count, one_after_another);
    const auto days_before = [&](std::size_t f) {
      const std::size_t h = f == j ? head : f;
      return h > 0 && (persian_ ? plural_day_word(h - 1) : word_is(h - 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85"));  // ایام (أيام)
    };
    if (!persian_ && !days_before(first)) walk(false, first, last, count, one_after_another);
    if (days_before(first) && !(persian_ && count == 1 && dated_span(j))) {
      const std::size_t a = last + 1;
      // أيام الجمعة والسبت والأربعاء 24 سبتمبر: the last dated, so are they.
      const bool qualified = week_at(a) || (filler(a, lexicon::fill_of) && week_at(a + 1)) ||
                             (plain_number(a) && t_[a].digits <= 2) ||
                             (entry_of(a, kind::weekday_qualifier) && !persian_) ||
                             (persian_ && entry_of(a, kind::weekday_qualifier) && count > 1);
      // روزهای چهارشنبه دهم و پنجشنبه یازدهم دی: each weekday with its own day number is a date.
      // (Not روزهای چهارشنبه ۱۲ و ۱۹ آذرماه: the Wednesdays the 12th and the 19th, a list the engine reads.)
      const bool own_day = persian_ && last == j &&
                           (entry_of(j + 1, kind::ordinal) ||
                            (plain_number(j + 1) && t_[j + 1].digits <= 2 && (month_name(j + 2) || (listed_after(j + 1) < n_ &&
                                                                                                        entry_of(listed_after(j + 1), kind::weekday)))));
      const bool dates = persian_ ? own_day || (count > 1 && (one_after_another || qualified))
                                  : (count >= 3 && one_after_another) || (count >= 2 && qualified);
      // يفتح المتحف أيام الجمعة والسبت والأحد: opening days recur.
      bool hours = false;
      for (std::size_t k = first - 1, n = 0; !qualified && k > 0 && n < 8; --k, ++n) {
        if (t_[k - 1].t == type::newline || punct(k - 1, '.')) break;
        hours = hours || hours_word(k - 1, n < 4);
      }
      if (!dates || hours) return false;
    }
  }
  // روزهای شنبه تا چهارشنبه: the last of a span of weekdays that recur (not a dated one: روزهای شنبه تا دوشنبه).
  if (persian_ && j == i && i > 2 && filler(i - 1, lexicon::fill_range_to) && !entry_of(i - 1, kind::connector) &&
      entry_of(i - 2, kind::weekday) && plural_day_word(i - 3) && !dated_span(i - 2))
    return false;
  p.s = shape::weekday;
  p.weekday = day;
  const int glued_tod = tod_value(j);  // دوشنبهشب: the evening written onto it
  // این شنبه, همین یکشنبه, هذا يوم الجمعة: "this" before the weekday, the coming one.
  if (i > 0 && entry_of(i - 1, kind::weekday_qualifier) && entry_of(i - 1, kind::weekday_qualifier)->value == 0 &&
      (j == i || filler(i, lexicon::fill_day_word)))
    p.qualifier = 0;
  ++j;
  if (paren) ++j;
  // ليلة الخميس/ الجمعة: the night between them, the eve of the second.
  if (const lexicon::entry* w2 = nullptr; p.eve && (punct(j, '/') || punct(j, '-')) &&
                                          (w2 = entry_of(j + 1, kind::weekday)) && w2->value == (day + 1) % 7) {
    p.weekday = w2->value;
    j += 2;
  }
  // شنبه تا پنجشنبه, من السبت إلى الخميس: days of any week (opening hours), no date, unless a week or a date follows,
  // or a week stands just before (الأسبوع المقبل من الأربعاء إلى الجمعة: the engine joins them).
  const bool week_before = i > 0 && (week_at(i - 1) || (i > 1 && (filler(i - 1, lexicon::fill_range_from) ||
                                                                   filler(i - 1, lexicon::fill_between)) &&
                                                        week_at(i - 2)));
  // من السبت إلى الاثنين, از شنبه تا دوشنبه: from one to the other, the coming days (a heat wave, a closure; the
  // engine joins them); but not after a word for opening or working hours (تفتح المكاتب من الأحد إلى الخميس). A
  // phrase for working hours reaches over its sentence (تمديد ساعات العمل … إلى غاية الساعة السادسة مساءً، بدل الساعة
  // الثالثة، من يوم الاثنين إلى يوم الجمعة); a word for opening a few words. (A part of the day may stand between: من
  // مساء السبت حتى الإثنين.)
  bool from = i > 0 && (filler(i - 1, lexicon::fill_range_from) || (persian_ && !paren && j > 1 && plural_day_word(j - 2) && dated_span(j - 1)) ||
                        (i > 1 && entry_of(i - 1, kind::time_of_day) && filler(i - 2, lexicon::fill_range_from)));
  for (std::size_t k = i - 1, n = 0; from && k > 0 && n < 24; --k, ++n) {
    if (t_[k - 1].t == type::newline || punct(k - 1, '.') || punct(k - 1, '!') || punct(k - 1, '?')) break;
    if (hours_word(k - 1, n < 4)) from = false;
  }
  if (!p.eve && !week_before && !from && filler(j, lexicon::fill_range_to) && !entry_of(j, kind::connector)) {
    std::size_t k = j + 1;
    if (filler(k, lexicon::fill_day_word)) ++k;
    const auto* r = entry_of(k + 1, kind::relative);
    if (entry_of(k, kind::weekday) && !entry_of(k + 1, kind::weekday_qualifier) && !number(k + 1) &&
        !(r && r->aux == lexicon::unit_week) && !punct(k + 1, '(') && !month_name(k + 1) && !entry_of(k + 1, kind::ordinal)) {
      // من الأحد إلى الخميس من كل أسبوع: of every week, as plainly.
      const std::size_t weekly = every_year_after(k + 1, false, true);
      if (weekly || !filler(k + 1, lexicon::fill_of)) {
        p.s = shape::span;
        p.te = weekly ? weekly : k + 1;
        return true;
      }
    }
  }
  // جمعه‌ی گذشته, سه‌شنبه‌ی هفته آینده: the ezafe written as its own letter after the weekday's ه.
  if (persian_ && j + 1 < n_ && t_[j].t == type::word && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xDB\x8C" &&
      (entry_of(j + 1, kind::weekday_qualifier) || entry_of(j + 1, kind::relative)))
    ++j;
  // پنجشنبه شب گذشته: the evening of the last such weekday (شب گذشته alone is last night).
  if (const auto* r = entry_of(j, kind::relative);
      !p.eve && persian_ && r && r->aux == lexicon::unit_day && (r->value == -1 || r->value == 1) &&
      entry_of(j, kind::time_of_day) && entry_of(j, kind::time_of_day)->value == lexicon::tod_night &&
      s_.compare(t_[j].begin, 4, "\xD8\xB4\xD8\xA8") == 0) {
    p.qualifier = r->value;
    p.te = j + 1;
    return true;
  }
  // دوشنبه پیش‌بینی: پیش of a compound (پیش‌بینی, forecast, its ZWNJ folded to a blank) is no qualifier. سه شنبه بعد
  // از حضور در عرفات: بعد, قبل, پیش before از begin what follows ("after the …"), no qualifier. یکشنبه این گذرگاه را
  // بست: این, همین, هذا before a noun are its, no qualifier of the weekday (السبت هذا at a sentence's end is one).
  const auto noun_after = [&](std::size_t k) {
    return k + 1 < n_ && (t_[k + 1].t == type::word || t_[k + 1].t == type::lex);
  };
  if (const auto* q = entry_of(j, kind::weekday_qualifier);
      q && !(q->value == 0 && demonstrative(j) && noun_after(j)) && !(word_is(j, "\xD9\xBE\xDB\x8C\xD8\xB4") && word_is(j + 1, "\xD8\xA8\xDB\x8C\xD9\x86\xDB\x8C")) &&
      !(persian_ && word_is(j + 1, "\xD8\xA7\xD8\xB2") &&
        (word_is(j, "\xD8\xA8\xD8\xB9\xD8\xAF") || word_is(j, "\xD9\x82\xD8\xA8\xD9\x84") ||
         word_is(j, "\xD9\xBE\xDB\x8C\xD8\xB4")))) {  // بعد, قبل, پیش (not گذشته از: شنبه گذشته از ۳۰ هزار)
    p.qualifier = q->value;
    ++j;
    // السبت القادم 31-1: its day and month after it (no score follows a qualified weekday), in Arabic (Gregorian).
    if (!persian_ && plain_number(j) && t_[j].digits <= 2 && (punct(j + 1, '-') || punct(j + 1, '/')) && touching(j + 1) &&
        touching(j + 2) && plain_number(j + 2) && t_[j + 2].digits <= 2 && t_[j].value >= 1 && t_[j].value <= 31 &&
        t_[j + 2].value >= 1 && t_[j + 2].value <= 12 && !((punct(j + 3, '-') || punct(j + 3, '/')) && number(j + 4)) &&
        !strong_time_of_day(j + 3)) {  // (الاثنين القادم 1-3 مساءً: its hours)
      p.s = shape::date;
      p.sys = system::gregorian;
      p.day = t_[j].value;
      p.month = t_[j + 2].value;
      j += 3;
    } else if (expression q; plain_number(j) && full_date(j, q) && q.s == shape::date && q.hour < 0 && q.month >= 1 &&
                             !q.month_relative) {
      // يوم الأربعاء المقبل 10 يونيو, چهارشنبه آینده ۱۰ خرداد: the date written after it (its weekday,
      // not the qualifier, checks it; not الجمعة المقبل 28 من الشهر الجاري, a day of a relative month); with its
      // twin (يوم السبت المقبل ٥ ربيع الثاني الموافق ٢٧ سبتمبر) the pair, the weekday to find their year.
      if (q.twin) {
        const int weekday = p.weekday;
        p = q, p.weekday = weekday;
      }
      p.qualifier = expression::nearest, p.s = shape::date, p.sys = q.sys, p.sys_from_name = q.sys_from_name;
      p.day = q.day, p.month = q.month, p.year = q.year, p.two_digit_year = q.two_digit_year;
      j = q.te;
    }
    // الأحد المقبل الساعة الثالثة عصرا: the time of that day.
    p.te = time_after(j, p);
    return true;
  } else if (const std::size_t k = filler(j, lexicon::fill_of) ? j + 1 : j;
             entry_of(k, kind::relative) && entry_of(k, kind::relative)->aux == lexicon::unit_week) {
    p.in_week = true;
    p.offset = entry_of(k, kind::relative)->value;
    j = k + 1;
  } else if (!p.eve) {
    // السبت 14: a day number with no month after it; not a count of
    // something (الأحد 3 قتلى) nor part of a longer number.
    std::size_t k = j;
    if (punct(k, ',')) ++k;
    // يوم الخميس في 21, الخميس في الحادي والعشرين: "on the"; then an
    // ordinal from 1 (not the feminine: الجمعة في الثانية is an hour).
    // (Not an ordinal of a holiday's days: الإثنين، في ثالث أيام عيد الأضحى.)
    const bool in = filler(k, lexicon::fill_in) &&
                    ((plain_number(k + 1) && t_[k + 1].digits <= 2) ||
                     (entry_of(k + 1, kind::ordinal) && masculine_day_ordinal(k + 1) && !entry_of(k + 2, kind::unit)));
    if (in) ++k;
    const auto ends = [&](std::size_t e) {
      if (e >= n_ || t_[e].t == type::newline) return true;
      if (t_[e].t != type::punct || t_[e].punct == ':' || t_[e].punct == '/' || t_[e].punct == '-' || t_[e].punct == '%')
        return false;  // 21:30, 21/5, 3-1, 10 %
      // 21.5, and 17,24 (Sudan's and the Maghreb's decimal comma: سجل يوم الإثنين 17,24 متر)
      return (t_[e].punct != '.' && t_[e].punct != ',') || !(number(e + 1) && touching(e + 1) && touching(e));
    };
    // الجمعة 17 بمشاركة 12 فريقا, يوم الاثنين 29 بعد تأجيلها: a word that cannot be counted starts the sentence's
    // next part: a direction word (بعد, قبل), "at" or "from", or a noun with ب written onto it (with, in); not a unit
    // (الأحد 3 أيام) nor any other word (الأحد 3 قتلى).
    const auto day_number_then = [&](std::size_t e) {
      if (e >= n_ || entry_of(e, kind::unit)) return false;
      // بالمائة, في المئة: per cent.
      const auto percent = [&](std::size_t w) {
        return word_is(w, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xDB\x8C\xD9\x87") ||  // بالمایه
               word_is(w, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD9\x87") ||            // بالمیه
               word_is(w, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xDB\x8C\xD9\x87") ||            // المایه
               word_is(w, "\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD9\x87");                        // المیه
      };
      if (direction(e, 0) || direction(e, 1) || filler(e, lexicon::fill_range_from)) return true;
      if (filler(e, lexicon::fill_in)) return !percent(e + 1);
      // يومي الجمعة 7 والخميس 20 أكتوبر 2022: the next weekday of a list, و written on, with its day.
      if (!persian_ && t_[e].waw && entry_of(e, kind::weekday) && plain_number(e + 1) && t_[e + 1].digits <= 2) return true;
      // (or a verb on و: الأحد 21 وتستمر, not وزراء)
      return !persian_ && t_[e].t == type::word && t_[e].end - t_[e].begin >= 8 &&
             ((s_.compare(t_[e].begin, 2, "\xD8\xA8") == 0 && !percent(e)) ||
              (t_[e].end - t_[e].begin >= 10 && (s_.compare(t_[e].begin, 4, "\xD9\x88\xD8\xAA") == 0 ||
                                                 s_.compare(t_[e].begin, 4, "\xD9\x88\xDB\x8C") == 0)));  // وت, وی
    };
    // يوم الثلاثاء الموافق ٢٠ /١١, السبت 21/09: a day and month with no year after a weekday, in Arabic (Gregorian);
    // its year is the nearest. Only with a slash: السبت 3-1 is a score.
    const std::size_t d = filler(k, lexicon::fill_equals) ? k + 1 : k;
    const auto sep = [&](std::size_t e) { return punct(e, '/') || punct(e, '-') || punct(e, '.'); };
    if (!persian_ && plain_number(d) && t_[d].digits <= 2 && punct(d + 1, '/') && plain_number(d + 2) &&
        t_[d + 2].digits <= 2 && !(sep(d + 3) && number(d + 4)) && t_[d].value >= 1 && t_[d].value <= 31 &&
        t_[d + 2].value >= 1 && t_[d + 2].value <= 12) {
      p.s = shape::date;
      p.sys = system::gregorian;
      p.day = t_[d].value;
      p.month = t_[d + 2].value;
      j = d + 3;
    } else if (plain_number(k) && t_[k].digits <= 2 && t_[k].value >= 1 && t_[k].value <= 31 &&
               (ends(k + 1) || day_number_then(k + 1))) {
      p.s = shape::weekday_day;
      p.day = t_[k].value;
      j = k + 1;
      // يومي الجمعة 7 والخميس 20 أكتوبر 2022: the month and year of the next day's date.
      if (expression q; !persian_ && j < n_ && t_[j].waw && entry_of(j, kind::weekday) && full_date(j + 1, q) && q.s == shape::date &&
                        q.day > p.day && q.hour < 0) {
        p.s = shape::date;
        p.month = q.month;
        p.year = q.year;
        p.sys = q.sys;
        p.sys_from_name = q.sys_from_name;
      }
    } else if (const auto* o = entry_of(k, kind::ordinal);
               o && o->value >= (in ? 1 : 11) && o->value <= 31 && masculine_day_ordinal(k) &&
                   (persian_ || ends(k + 1) || t_[k + 1].t == type::lex)) {
      // السبت السادس عشر, الأحد السابع عشرة, شنبه بیست و هفتم: an ordinal
      // day (from 11 on: الجمعة الثانية is the second Friday); in Arabic
      // before no plain word (الجمعة الحادي عشر على التوالي counts Fridays).
      p.s = shape::weekday_day;
      p.day = static_cast<unsigned>(o->value);
      j = k + 1;
    }
  }
  // الخميس الساعة 8 مساء, پنجشنبه شب ساعت ۹, السبت 14، الساعة العاشرة: the time of that day (with its hour word or
  // part of the day: a bare 19:17 after a weekday could be a score). An eve is a night: شب جمعه ساعت ۹, ليلة الجمعة
  // الساعة 9 are at nine in the evening. مساء الثلاثاء (الساعة السادسة): a part of the day before the weekday says
  // which half of the day its hour is in.
  int own_tod = p.eve ? lexicon::tod_night : -1;
  if (const auto* before = i > 0 ? entry_of(i - 1, kind::time_of_day) : nullptr; before && !p.eve) own_tod = before->value;
  if (glued_tod >= 0 && !p.eve) own_tod = glued_tod;
  const std::size_t clock_at = punct(j, ',') ? j + 1 : punct(j, '(') && filler(j + 1, lexicon::fill_hour_word) ? j + 1 : j;
  if (const std::size_t t = clock_of_the_day(clock_at, own_tod, p)) {
    j = t;
    if (punct(clock_at - 1, '(') && punct(j, ')')) ++j;  // the bracket closed
  } else if (p.s == shape::weekday && !p.eve && plain_number(j) && t_[j].digits <= 2 && strong_time_of_day(j + 1)) {
    j = time_after(j, p);  // الاثنين 9 صباحًا, دوشنبه ۹ صبح: a bare hour with its part of the day
  }
  p.te = j;
  return true;
}

// الأسبوع المقبل يوم الثلاثاء, هفته آینده روز سه‌شنبه, الأسبوع القادم، الأحد: a week named from the reference's, then
// a weekday in it (the order of دوشنبه هفته آینده turned round). Not before a date: that weekday is the date's (هفته
// گذشته، شنبه ۱۵ مرداد). الثلاثاء والأربعاء 21 و22 أوت, الجمعة والسبت والأحد 15، 16 و17 جوان, یکشنبه و دوشنبه ۲۱ و ۲۲
// آبان: weekdays one after another, then as many days one after another of one month: those days, the first weekday
// choosing their year when none is written.
bool grammar::weekdays_then_days(std::size_t i, expression& p) const {
  std::size_t j = i;
  if (filler(j, lexicon::fill_day_word)) ++j;  // يوم, روز
  const auto* w = entry_of(j, kind::weekday);
  if (!w || w->value < 0 || w->value > 6) return false;
  // The next item of a list: after a comma, و on its own or written onto it.
  const auto next_item = [&](std::size_t k, std::size_t& at) {
    bool sep = false;
    if (punct(k, ',')) ++k, sep = true;
    if (k < n_ && entry_of(k, kind::connector)) ++k, sep = true;
    else if (k < n_ && t_[k].waw) sep = true;
    if (!sep || k >= n_) return false;
    at = k;
    return true;
  };
  const int first = w->value;
  int last = first, count = 1;
  ++j;
  for (std::size_t k = 0; count < 4 && next_item(j, k);) {
    const auto* v = entry_of(k, kind::weekday);
    if (!v || v->value != (last + 1) % 7) break;
    last = v->value;
    ++count;
    j = k + 1;
  }
  // روزهای چهارشنبه و پنجشنبه ( ۱۴ و ۱۵ تیرماه ۱۴۰۲ ): the days in brackets.
  const bool bracket = count >= 2 && punct(j, '(') && plain_number(j + 1);
  if (bracket) ++j;
  const auto closed = [&](expression& e) {
    if (!bracket) return true;
    if (!punct(e.te, ')')) return false;
    ++e.te;
    return true;
  };
  if (count < 2 || !plain_number(j) || t_[j].digits > 2) return false;
  // يوم الأربعاء والخميس 16-17-3-2022, الأحد والاثنين 18-19/5/2026: the
  // days as a numeric range, one day for each weekday.
  if (expression q; punct(j + 1, '-') && numeric_date(j, q) && q.s == shape::range && q.hour < 0 && q.month2 == q.month &&
                    q.day2 == q.day + static_cast<unsigned>(count - 1)) {
    p = q;
    p.weekday = first;
    return closed(p);
  }
  const unsigned day1 = static_cast<unsigned>(t_[j].value);
  unsigned day = day1;
  int days = 1;
  for (std::size_t k = 0; days < count && next_item(j + 1, k);) {
    if (!plain_number(k) || t_[k].digits > 2 || t_[k].value != day + 1) return false;
    day = static_cast<unsigned>(t_[k].value);
    ++days;
    j = k;
  }
  if (days != count || day1 < 1) return false;
  expression q;
  if (!full_date(j, q, false) || q.s != shape::date || q.day != day || q.weekday >= 0 || q.relative_word || q.hour >= 0)
    return false;
  p = q;
  p.s = shape::range;
  p.day = day1;
  p.day2 = day;
  p.month2 = q.month;
  p.year2 = q.year;
  p.weekday = first;
  return closed(p);
}

bool grammar::weekday_of_week(std::size_t i, expression& p) const {
  const auto* r = entry_of(i, kind::relative);
  if (!r || r->aux != lexicon::unit_week) return false;
  std::size_t j = i + 1;
  if (punct(j, ',')) ++j;
  if (filler(j, lexicon::fill_in)) ++j;
  if (!entry_of(j, kind::weekday) && !(filler(j, lexicon::fill_day_word) && entry_of(j + 1, kind::weekday))) return false;
  expression w;
  if (!weekday_expr(j, w) || w.s != shape::weekday || w.in_week || w.qualifier != expression::nearest) return false;
  const std::size_t e = w.te;
  if (number(e) || entry_of(e, kind::ordinal) || entry_of(e, kind::cardinal) || month_name(e)) return false;
  p = w;
  p.in_week = true;
  p.offset = r->value;
  return true;
}

// في مثل هذا اليوم من عام 1962, فى هذا اليوم أيضًا عام 2005, در چنین روزی
// در سال ۱۳۵۷: "on this day" before a year is the reference's month and day
// in that year (a comma, أيضا/نیز and من/از/در may stand between).
bool grammar::this_day_of_year(std::size_t i, expression& p) const {
  const std::size_t d = filler(i, lexicon::fill_in) && !on_this_day(i) ? i + 1 : i;  // در چنین روزی
  if (!on_this_day(d)) return false;
  std::size_t j = d + 1;
  if (punct(j, ',')) ++j;
  if (word_is(j, "\xD8\xA7\xDB\x8C\xD8\xB6\xD8\xA7") || word_is(j, "\xD9\x86\xDB\x8C\xD8\xB2")) ++j;  // ایضا, نیز
  if (punct(j, ',')) ++j;
  // The key may end in من (في مثل هذا اليوم من), or من/از stand after it.
  if (filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from) || filler(j, lexicon::fill_in)) ++j;
  expression y;
  // في مثل هذا اليوم ( 9 نوفمبر ) من عام 1986م: the day in brackets, then its year.
  if (expression q; punct(j, '(') && full_date(j + 1, q, false) && q.s == shape::date && q.year == 0 && !q.year_relative &&
                    !q.month_relative && q.month != 0 && punct(q.te, ')')) {
    std::size_t k = q.te + 1;
    if (filler(k, lexicon::fill_of) || filler(k, lexicon::fill_in)) ++k;
    if (year_expr(k, y) && y.s == shape::year && y.year >= 1000 && (y.sys == system::unknown || y.sys == q.sys)) {
      p = q;
      p.year = y.year;
      p.te = y.te;
      return true;
    }
    y = {};
  }
  // في مثل هذا اليوم من العام الماضي, در چنین روزی در سال گذشته: of a year
  // named from the reference's.
  if (const std::size_t r = relative_year(j, p); r != j && !p.year) {
    p.s = shape::date;
    p.day_of_reference = true;
    p.te = r;
    return true;
  }
  p = {};
  if (plain_number(j) && t_[j].digits == 4 && t_[j].value >= 1000 && t_[j].value <= 2200 && !number(j + 2)) {
    y.year = static_cast<int>(t_[j].value);  // من 1962
    y.te = j + 1;
  } else if (!year_expr(j, y) || y.s != shape::year || y.year == 0) {
    return false;
  }
  // در چنين روزي در سال 1345 ( 29 ژوئن 1966 ): the day itself in brackets after the year.
  if (expression q; punct(y.te, '(') && full_date(y.te + 1, q, false) && q.s == shape::date && q.year != 0 &&
                    punct(q.te, ')')) {
    p = q;
    p.te = q.te + 1;
    return true;
  }
  p.s = shape::date;
  p.year = y.year;
  p.sys = y.sys;
  p.sys_from_name = y.sys_from_name;
  p.day_of_reference = true;
  p.te = y.te;
  return true;
}

// اثنين الاسبوع الحالي, ثلاثاء الأسبوع الفائت: a weekday without its article
// (a common word alone) before the week it is in.
bool grammar::bare_weekday_of_week(std::size_t i, expression& p) const {
  const auto* w = entry_of(i, kind::weekday_bare);
  if (!w) return false;
  const std::size_t k = filler(i + 1, lexicon::fill_of) ? i + 2 : i + 1;
  const auto* r = entry_of(k, kind::relative);
  // ثلاثاء, 02/10/2026 - 12:57: a site's stamp, its weekday without the
  // article and a comma before a whole numeric date (أحد 11/2/2001 الأمثلة
  // is "one of").
  if (expression q; (!r || r->aux != lexicon::unit_week) && punct(i + 1, ',') && numeric_date(i + 2, q) &&
                    q.s == shape::date && q.year != 0 && q.weekday < 0) {
    p = q;
    p.weekday = w->value;
    return true;
  }
  if (!r || r->aux != lexicon::unit_week) return false;
  p.s = shape::weekday;
  p.weekday = w->value;
  p.in_week = true;
  p.offset = r->value;
  p.te = k + 1;
  return true;
}

// The clock time after a day p names, with a part of the day between them (فردا عصر ساعت ۵, غدا مساء الساعة 8,
// پنجشنبه شب ساعت ۹) or in the day's own word (امشب ساعت ۹, الليلة الساعة 9: own_tod, or -1) saying which half of the
// day the hour is in; the clock's own part (ساعت ۹ صبح) wins. p takes the time; returns the token after it, or 0.
std::size_t grammar::clock_of_the_day(std::size_t j, int own_tod, expression& p) const {
  int tod = own_tod;
  // فردا شب هم ساعت ۲۱:۴۱: "also" between the day and its clock.
  if (j + 1 < n_ && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xD9\x87\xD9\x85" && filler(j + 1, lexicon::fill_hour_word)) ++j;
  // بداية من الليلة على الساعة العاشرة ليلا: the Maghrebi "at" before the hour word.
  if (!persian_ && word_is(j, "\xD8\xB9\xD9\x84\xDB\x8C") && filler(j + 1, lexicon::fill_hour_word)) ++j;
  std::size_t k = j;
  if (entry_of(j, kind::time_of_day) && t_[j].t == type::lex && t_[j].end - t_[j].begin > 2 &&
      (filler(j + 1, lexicon::fill_hour_word) ||
       (filler(j + 1, lexicon::fill_about) && filler(j + 2, lexicon::fill_hour_word)))) {  // شنبه عصر راس ساعت ۱۷
    tod = entry_of(j, kind::time_of_day)->value;
    ++k;
  }
  // يوم غد الجمعة ومن الساعة العاشرة ليلا: "and from" opens the next span, whose clock it is.
  if (k < n_ && t_[k].waw && filler(k, lexicon::fill_range_from)) return 0;
  expression q;
  if (const std::size_t e = noon(k, q, true)) {  // الأربعاء (منتصف النهار)
    take_time(q, p);
    return e;
  }
  std::size_t t = time_part(k, q, true);
  // غدا 15:15, فردا ۱۵:۱۵: a clock with its minutes needs no hour word
  // after the day (a bare hour does: الخميس 3 is a day number).
  if (!t && k == j && number(k) && punct(k + 1, ':') && number(k + 2) && t_[k + 2].digits == 2 && touching(k + 1) &&
      touching(k + 2) && !month_name(k + 3))
    t = time_part(k, (q = {}, q), false);
  if (!t) return 0;
  bool own = false;
  for (std::size_t x = k; x < t; ++x) own = own || entry_of(x, kind::time_of_day);
  if (tod >= 0 && !own) apply_tod(tod, q);
  take_time(q, p);
  return t;
}

}  // namespace grammar
}  // namespace taqvim
