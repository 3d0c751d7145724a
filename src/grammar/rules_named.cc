// Rules for named days and spans: holidays, parts of a month or year.
#include "grammar/grammar.h"

#include <algorithm>

namespace taqvim {
namespace grammar {

// نوروز, عيد الفطر 2019, عید فطر ۱۴۰۲, عيد الأضحى العام الماضي, شب یلدا: a
// named day of its own calendar, in the year written (in any calendar) or
// named from the reference's, else the nearest.
bool grammar::holiday_expr(std::size_t i, expression& p) const {
  // عشية عيد الفطر, ليلة رأس السنة, شب عید فطر: the eve, the day before.
  if (filler(i, lexicon::fill_eve) && !entry_of(i, kind::holiday) && entry_of(i + 1, kind::holiday)) {
    // (وقفة only before a feast, عيد: وقفة يوم عرفة is Arafa's day itself, its standing.)
    if (word_is(i, "\xD9\x88\xD9\x82\xD9\x81\xD9\x87") && s_.compare(t_[i + 1].begin, 6, "\xD8\xB9\xDB\x8C\xD8\xAF") != 0) return false;
    if (!holiday_expr(i + 1, p) || p.s != shape::date || p.day == 0) return false;
    p.eve = true;
    return true;
  }
  // شب نوزدهم ماه رمضان, ليلة السابع والعشرين من رمضان 1444: the night of a Hijri day is the evening before it
  // (the lunar day begins at sunset); not a Gregorian or Solar Hijri day's (شب ۳۰ آذر is that evening).
  if (expression q; filler(i, lexicon::fill_eve) && !entry_of(i, kind::holiday) && full_date(i + 1, q, false) &&
                    q.s == shape::date && q.day != 0 && q.month != 0 && q.sys == system::hijri && !q.month_relative &&
                    q.hour < 0) {
    p = q;
    p.eve = true;
    return true;
  }
  const auto* h = entry_of(i, kind::holiday);
  std::size_t j = i + 1;
  // بازارهای یلدای سالهای گذشته, گرانترین شب یلدای سال های اخیر: the feast of years past, of no one year.
  // (سالهای گذشته is a lexicon phrase of its own: the word's letters tell.)
  if (h && persian_ && j < n_ && t_[j].end - t_[j].begin > 6 && s_.compare(t_[j].begin, 6, "\xD8\xB3\xD8\xA7\xD9\x84") == 0 &&  // سال…
      !number(j + 1) && s_.substr(t_[j].begin + 6, t_[j].end - t_[j].begin - 6).find("\xD9\x87\xD8\xA7") <= 2)  // …ها, …های
    return false;
  unsigned span_last = 0;  // دهه فجر: a named span of days, its last
  if (h && h->value >= 16384) {
    p.sys = era_system(h->aux);
    p.month = static_cast<unsigned>((h->value - 16384) / 1024);
    p.day = static_cast<unsigned>((h->value - 16384) % 1024 / 32);
    span_last = static_cast<unsigned>(h->value % 32);
  } else if (h) {
    p.sys = era_system(h->aux);
    p.month = static_cast<unsigned>(h->value / 100);
    p.day = static_cast<unsigned>(h->value % 100);
  } else if (persian_ && plain_number(i) && ((t_[i].digits == 4 && t_[i].value >= 1300 && t_[i].value <= 1499) || t_[i].digits == 2) &&
             i > 0 && word_is(i - 1, "\xD8\xB9\xDB\x8C\xD8\xAF")) {
    // عید ۱۴۰۳, تعطیلات عید ۱۴۰۲, برای عید ۹۶: عید with a Solar Hijri year is Nowruz of it (the word before the year
    // belongs to the match).
    p.sys = system::jalali;
    p.month = 1;
    p.day = 1;
    p.lead = 1;
    j = i;
  } else if (persian_ && plain_number(i) && t_[i].value == 13 && word_is(i + 1, "\xD8\xA8\xD8\xAF\xD8\xB1")) {
    // ۱۳ بدر, 13بدر: سیزده‌بدر with its number in digits.
    p.sys = system::jalali;
    p.month = 1;
    p.day = 13;
    j = i + 2;
  } else {
    return false;
  }
  // زائران اربعین, پروازهای اربعین, موکب داران اربعین حسینی: Arbaeen in construct after who or what goes to it, the
  // pilgrimage (the sets trap it); with its year after it (زائران اربعین ۱۴۰۲) the day of that year still.
  if (persian_ && h && i > 0 && s_.compare(t_[i].begin, 12, "\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xDB\x8C\xD9\x86") == 0 &&  // اربعین
      !(plain_number(i + 1) && (t_[i + 1].digits == 4 || t_[i + 1].digits == 2))) {
    std::size_t k = i - 1;
    if (k > 0 && word_is(k, "\xD9\x87\xD8\xA7\xDB\x8C")) --k;  // های apart
    static constexpr std::string_view goers[] = {
        "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1", "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86",  // زایر زایران (ئ folded)
        "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1\xDB\x8C\xD9\x86", "\xD8\xB2\xD9\x88\xD8\xA7\xD8\xB1",  // زایرین زوار
        "\xD9\xBE\xD8\xB1\xD9\x88\xD8\xA7\xD8\xB2", "\xD9\xBE\xD8\xB1\xD9\x88\xD8\xA7\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C",  // پرواز پروازهای
        "\xD8\xB3\xD9\x81\xD8\xB1", "\xD8\xB3\xD9\x81\xD8\xB1\xD9\x87\xD8\xA7\xDB\x8C",  // سفر سفرهای
        "\xD8\xA7\xD8\xAA\xD9\x88\xD8\xA8\xD9\x88\xD8\xB3", "\xD8\xA7\xD8\xAA\xD9\x88\xD8\xA8\xD9\x88\xD8\xB3\xD9\x87\xD8\xA7\xDB\x8C",  // اتوبوس اتوبوسهای
        "\xD9\x82\xD8\xB7\xD8\xA7\xD8\xB1", "\xDA\xA9\xD8\xA7\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86",  // قطار کاروان
        "\xDA\xA9\xD8\xA7\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C",  // کاروانهای
        "\xD9\x85\xD9\x88\xDA\xA9\xD8\xA8", "\xD9\x85\xD9\x88\xDA\xA9\xD8\xA8\xD9\x87\xD8\xA7\xDB\x8C",  // موکب موکبهای
        "\xD8\xAF\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86", "\xD9\x85\xD9\x88\xDA\xA9\xD8\xA8\xD8\xAF\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86",  // داران موکبداران
        "\xD8\xA8\xD9\x84\xDB\x8C\xD8\xAA", "\xD9\x85\xD8\xB1\xD8\xAF\xD9\x85\xDB\x8C",  // بلیت مردمی (ستاد مردمی)
        "\xD8\xB1\xD8\xA7\xD9\x87\xD9\xBE\xDB\x8C\xD9\x85\xD8\xA7\xDB\x8C\xDB\x8C"};  // راهپیمایی
    const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    for (const std::string_view g : goers)
      if (w == g) return false;
  }
  // چهل و پنجمین سالروز پیروزی انقلاب, ۳۳مین سالگرد: a counted
  // anniversary, an occasion (its day is named apart when meant).
  if (persian_ && h && i > 0 && (s_.compare(t_[i].begin, 12, "\xD8\xB3\xD8\xA7\xD9\x84\xD8\xB1\xD9\x88\xD8\xB2") == 0 ||
                                 s_.compare(t_[i].begin, 12, "\xD8\xB3\xD8\xA7\xD9\x84\xDA\xAF\xD8\xB1\xD8\xAF") == 0)) {
    const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
    if (entry_of(i - 1, kind::ordinal) || (w.size() >= 6 && w.substr(w.size() - 6) == "\xD9\x85\xDB\x8C\xD9\x86")) return false;
  }
  // اربعین در لغت به معنای «چهلم» است, عاشوراء لغةً, عرفة تعني: the name
  // as a word being explained, no day.
  if (h && ((word_is(j, "\xD8\xAF\xD8\xB1") && word_is(j + 1, "\xD9\x84\xD8\xBA\xD8\xAA")) ||  // در لغت
            (word_is(j, "\xD8\xA8\xD9\x87") && (word_is(j + 1, "\xD9\x85\xD8\xB9\xD9\x86\xD8\xA7\xDB\x8C") ||  // به معنای
                                                 word_is(j + 1, "\xD9\x85\xD8\xB9\xD9\x86\xDB\x8C"))) ||          // به معنی
            word_is(j, "\xD9\x84\xD8\xBA\xD9\x87") ||                                                    // لغة
            (word_is(j, "\xD9\x81\xDB\x8C") && word_is(j + 1, "\xD8\xA7\xD9\x84\xD9\x84\xD8\xBA\xD9\x87")) ||  // في اللغة
            word_is(j, "\xD8\xAA\xD8\xB9\xD9\x86\xDB\x8C") ||                                          // تعني
            word_is(j, "\xD9\x85\xD8\xB9\xD9\x86\xD8\xA7\xD9\x87")))                                  // معناه
    return false;
  p.s = shape::date;
  p.sys_from_name = true;
  // عید قربان ۱۰ ذی‌الحجه ۱۴۴۴, عيد الأضحى يوم 10 ذو الحجة: the date written
  // after the name is the one meant.
  std::size_t d = j;
  if (punct(d, ',') || punct(d, '-') || punct(d, '(')) ++d;
  if (filler(d, lexicon::fill_day_word) && !entry_of(d + 1, kind::weekday)) ++d;
  // وقفة عرفات، والأحد 16 يونيو أول أيام عيد الأضحى: after a comma, a day
  // joined by و is the next of a list, not this one's.
  const bool next_of_list = d > j && punct(d - 1, ',') && d < n_ && t_[d].waw;
  if (expression q; !next_of_list && (full_date(d, q) || (q = {}, numeric_date(d, q))) && q.s == shape::date) {
    const bool paren = punct(d - 1, '(') && d - 1 == j;
    if (!paren || punct(q.te, ')')) {
      p = q;
      if (paren) ++p.te;
      return true;
    }
  }
  // عيد الاتحاد الـ54, اليوم الوطني السعودي 90, عيد الاتحاد الرابع والخمسين:
  // the Nth celebration, an occasion and no day (in Persian a number of two
  // digits is a year: نوروز ۹۸).
  if (!persian_) {
    // الـ95, الـ(95); العيد الوطني لبلادهم الـ 88: a word on ل (for a country) between.
    const std::size_t at = j < n_ && t_[j].t == type::word && t_[j].end - t_[j].begin > 6 && s_.compare(t_[j].begin, 2, "\xD9\x84") == 0 &&
                                   article(j + 1) && number(j + 2) ? j + 1 : j;
    const std::size_t c = article(at) && number(at + 1) ? at + 1 : article(at) && punct(at + 1, '(') && number(at + 2) ? at + 2 : j;
    // Not a count of days after it: إجازة عيد الفطر 6 أيام.
    if ((plain_number(c) && t_[c].digits <= 3 && !entry_of(c + 1, kind::unit)) ||
        (entry_of(c, kind::ordinal) && !t_[c].waw && !month_name(c + 1) && !filler(c + 1, lexicon::fill_of) &&  // (not يوم عرفة واول وثاني ايام العيد)
         // not عيد الفطر أول أيام شهر شوال: its day, named again
         !word_is(c + 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85") && !filler(c + 1, lexicon::fill_day_word)))
      return false;
  }
  // عاشورای حسینی (ع) سال ۱۴۰۲, روز اربعین حسینی امسال: the adjective حسینی or an honorific's letter in brackets
  // between the name and its year (or this year), passed.
  if (std::size_t k = j + word_is(j, "\xD8\xAD\xD8\xB3\xDB\x8C\xD9\x86\xDB\x8C"); persian_ && h) {  // حسینی
    if (punct(k, '(') && k + 2 < n_ && t_[k + 1].t == type::word && t_[k + 1].end - t_[k + 1].begin <= 4 && punct(k + 2, ')')) k += 3;
    if (k > j && (plain_number(k) || filler(k, lexicon::fill_year_word) || entry_of(k, kind::relative))) j = k;
  }
  int year = 0;
  bool two = false, named = false;
  system ysys = system::unknown;
  // العيد الوطني, written without its country, takes no year: the zone may
  // name no country, and the year after it stands on its own then
  // (اليوم الوطني للعام 1446 للهجري).
  if (p.month == 13) {
    p.te = j;
    return true;
  }
  // فاتح السنة الهجرية الجديدة 1445هـ: the word new before the year.
  if (filler(j, lexicon::fill_new) && plain_number(j + 1)) ++j;
  // نوروز سال ۹۷: in Persian a Solar Hijri year of two digits after سال.
  // نوروز 89, نوروز ۹۸: a Solar Hijri day's name takes it alone too, before
  // what cannot be a counted noun (نوروز ۹۸ نفر: people).
  // عید قربان ۹۷ too, a lunar one of the 1350s to 1390s (not Muharram's:
  // عاشورای ۶۱ is Karbala's year).
  const bool persian_two = persian_ && ((filler(j, lexicon::fill_year_word) &&
                                         s_.compare(t_[j].begin, 6, "\xD8\xB3\xD8\xA7\xD9\x84") == 0) ||
                                        ((p.sys == system::jalali ||
                                          (p.sys == system::hijri && p.month != 1 && plain_number(j) && t_[j].value >= 50)) &&
                                         (h || p.lead == 1) && plain_number(j) && t_[j].digits == 2 && !counted_noun(j + 1) &&
                                         !entry_of(j + 1, kind::unit) && !month_name(j + 1) &&
                                         // (not آجیل شب یلدا 60 تا 100 هزار تومان: a price's range)
                                         !(filler(j + 1, lexicon::fill_range_to) && number(j + 2))));
  // عيد الفطر المبارك (مارس 2026): the Gregorian month and year it falls in, in brackets: that year's.
  if (punct(j, '(') && entry_of(j + 1, kind::month_gregorian) && plain_number(j + 2) && t_[j + 2].digits == 4 &&
      punct(j + 3, ')') && h && p.sys == system::hijri) {
    p.year = static_cast<int>(t_[j + 2].value);
    p.year_sys = system::gregorian;
    j += 4;
  } else if (const std::size_t y = year_part(of_year(j), year, two, ysys, named, false); y && (!two || (persian_two && !named))) {
    p.year = year;
    if (two) {
      p.two_digit_year = true;
      p.year_sys = system::jalali;
    } else if (named) {
      p.year_sys = ysys;
    } else {
      p.guess_year = true;
    }
    j = y;
    // عيد الأضحى لسنة 2008/1429 ه, عيد الفطر 1445هـ/2024م: the year in the
    // other calendar after a slash, the same feast; a named one wins.
    int y2 = 0;
    bool two2 = false, named2 = false;
    system s2 = system::unknown;
    if (const std::size_t e = !two && punct(j, '/') && plain_number(j + 1) && t_[j + 1].digits == 4
                                  ? year_part(j + 1, y2, two2, s2, named2, false)
                                  : 0;
        e && !two2) {
      if (named2 && !named) {
        p.year = y2;
        p.year_sys = s2;
        p.guess_year = false;
      }
      j = e;
    }
  } else {
    j = relative_year(j, p);
  }
  // عيد الفطر المقبل, عيد الأضحى الماضي, نوروز آینده: the next or last one.
  if (p.year == 0 && !p.year_relative) {
    if (const auto* q = entry_of(j, kind::weekday_qualifier); q && q->value != 0 && q->value >= -1 && q->value <= 1) {
      p.qualifier = q->value;
      ++j;
    }
  }
  // همزمان با ایام شهادت حضرت فاطمه زهرا, در ایام نوروز: the days around a
  // named day, a season of it, with no year that places them.
  if (persian_ && h && p.year == 0 && !p.year_relative && p.qualifier == expression::nearest && i > 0 &&
      word_is(i - 1, "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85"))  // ایام
    return false;
  // تعطیلات عید نوروز یکی از تعطیلات رسمی ایران است: the holidays of a named
  // day in general, with no year or word that places them, are no one day.
  constexpr std::string_view holidays = "\xD8\xAA\xD8\xB9\xD8\xB7\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAA";  // تعطیلات
  if (persian_ && h && p.year == 0 && !p.year_relative && p.qualifier == expression::nearest && i > 0 &&
      (word_is(i - 1, holidays) || (i > 1 && word_is(i - 2, holidays) && word_is(i - 1, "\xD8\xB1\xD8\xB3\xD9\x85\xDB\x8C"))))  // رسمی
    return false;
  // سفر اربعین, زیارت اربعین, راهپیمایی اربعین, زيارة الأربعين: the
  // pilgrimage, which lasts days and recurs each year, with no year or word
  // that places it, is no one day.
  if (h && h->value == 220 && p.year == 0 && !p.year_relative && p.qualifier == expression::nearest && i > 0) {
    static constexpr std::string_view pilgrimage[] = {
        "\xD8\xB3\xD9\x81\xD8\xB1",                                          // سفر
        "\xD8\xB2\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xAA",                      // زیارت
        "\xD8\xB2\xDB\x8C\xD8\xA7\xD8\xB1\xD9\x87",                      // زیاره (زيارة)
        "\xD8\xB1\xD8\xA7\xD9\x87\xD9\xBE\xDB\x8C\xD9\x85\xD8\xA7\xDB\x8C\xDB\x8C",  // راهپیمایی
        "\xD9\xBE\xDB\x8C\xD8\xA7\xD8\xAF\xD9\x87\xD8\xB1\xD9\x88\xDB\x8C",  // پیادهروی
        "\xD8\xB9\xD9\x85\xD9\x84\xDB\x8C\xD8\xA7\xD8\xAA",            // عملیات
        // ویزای اربعین, روادید اربعین, زائران اربعین, بیمه اربعین: a thing or
        // the people of the pilgrimage (folded: ZWNJ gone, ئ as ی).
        "\xD9\x88\xDB\x8C\xD8\xB2\xD8\xA7",  // ویزا
        "\xD9\x88\xDB\x8C\xD8\xB2\xD8\xA7\xDB\x8C",  // ویزای
        "\xD9\x88\xDB\x8C\xD8\xB2\xD9\x87",  // ویزه
        "\xD8\xB1\xD9\x88\xD8\xA7\xD8\xAF\xDB\x8C\xD8\xAF",  // روادید
        "\xDA\xAF\xD8\xB0\xD8\xB1\xD9\x86\xD8\xA7\xD9\x85\xD9\x87",  // گذرنامه
        "\xD9\x88\xDB\x8C\xDA\x98\xD9\x87",  // گذرنامه ویژه اربعین
        "\xD8\xAA\xD8\xB1\xD8\xAF\xD8\xAF",  // برگ تردد اربعین
        "\xD8\xA8\xDB\x8C\xD9\x85\xD9\x87",  // بیمه
        "\xD8\xA8\xDB\x8C\xD9\x85\xD9\x87\xDA\xAF\xD8\xB1",  // بیمه‌گر
        "\xDA\xAF\xD8\xB1",  // بیمه‌گر with its ZWNJ, a break between two words
        "\xD8\xA7\xD8\xB1\xD8\xB2",  // ارز
        "\xD8\xAA\xD8\xB3\xD9\x87\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAA",  // تسهیلات
        "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1",  // زائر
        "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86",  // زائران
        "\xD8\xB2\xD8\xA7\xDB\x8C\xD8\xB1\xDB\x8C\xD9\x86",  // زائرین
        "\xD8\xB7\xD8\xB1\xD8\xAD",  // طرح
        "\xDA\xA9\xD8\xA7\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86",  // کاروان
        "\xDA\xA9\xD8\xA7\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C",  // کاروانهای (its ZWNJ lost)
        "\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1\xDA\xAF\xD8\xA7\xD9\x87",  // قرارگاه دائمی اربعین: its base, its tents
        "\xD9\x85\xD9\x88\xDA\xA9\xD8\xA8",  // موکب
        "\xD9\x85\xD9\x88\xDA\xA9\xD8\xA8\xD9\x87\xD8\xA7\xDB\x8C",  // موکبهای (its ZWNJ lost)
    };
    // کاروان‌های اربعین (the ZWNJ folds to a blank), راهپیمایی عظیم اربعین,
    // زائران خارجی اربعین, قرارگاه دائمی اربعین, زائران گیلانی اربعین: a plural
    // ending or an adjective between (a word of the form ending in ی: a province's or a people's).
    const auto adjective = [&](std::size_t k) {
      return (t_[k].t == type::word || t_[k].t == type::lex) && t_[k].end - t_[k].begin > 8 && s_.compare(t_[k].end - 6, 6, "\xD8\xA7\xD9\x86\xDB\x8C") == 0;  // …انی
    };
    const std::size_t before =
        i > 1 && (word_is(i - 1, "\xD9\x87\xD8\xA7\xDB\x8C") || word_is(i - 1, "\xD8\xB9\xD8\xB8\xDB\x8C\xD9\x85") || word_is(i - 1, "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xDB\x8C") ||
                  word_is(i - 1, "\xD8\xAF\xD8\xA7\xDB\x8C\xD9\x85\xDB\x8C") || adjective(i - 1))  // دائمی (permanent; ئ folds to ی)
            ? i - 2
            : i - 1;
    for (const std::string_view w : pilgrimage)
      if (word_is(before, w) || s_.compare(t_[i].begin, w.size(), w) == 0) return false;  // also the phrase زيارة الأربعين
    if (i > 1 && word_is(i - 1, "\xD8\xB1\xD9\x88\xDB\x8C") &&
        word_is(i - 2, "\xD9\xBE\xDB\x8C\xD8\xA7\xD8\xAF\xD9\x87"))  // پیاده روی
      return false;
  }
  // روز قدس, يوم القدس العالمي: the last such weekday of its month (day 40 +
  // the weekday, holidays.txt), on or before its 29th (14 April 2023, not
  // the 21st, Ramadan's 30th that year in Iran).
  // شهادت امام رضا: the last day of its month (day 39, holidays.txt), Safar's
  // 29th or 30th as the month had.
  if (p.day == 39) {
    p.weekday = -1;
    p.day = 0;
    p.inner = shape::month;
    p.offset_of_inner = 0;
    p.s = shape::nth_weekday;
    p.offset = -1;
  }
  // ستاد مرکزی دهه فجر, در آستانه ایام دهه فجر: the span in general names
  // none of its years; with a year (دهه فجر ۹۷, دهه فجر امسال) it is that one.
  if (span_last && p.year == 0 && !p.year_relative && p.qualifier == expression::nearest) return false;
  if (span_last) {
    p.s = shape::range;
    p.day2 = span_last;
    p.month2 = p.month;
  }
  if (p.day >= 40) {
    p.weekday = static_cast<int>(p.day) - 40;
    p.day = 0;
    p.inner = shape::month;
    p.offset_of_inner = 0;
    p.s = shape::nth_weekday;
    p.offset = -1;
    p.by_29th = true;
  }
  p.te = j;
  return true;
}

// ثاني أيام عيد الفطر, اليوم الثالث من عيد الأضحى, روز دوم نوروز, دومین روز
// عید قربان: the Nth day of a named day that lasts several. A date written
// after the name (ثاني أيام العيد 11 أبريل) is the day meant, as written.
bool grammar::day_of_holiday(std::size_t i, expression& p) const {
  const auto nth = [&](std::size_t k) {
    const auto* o = entry_of(k, kind::ordinal);
    return o && o->value >= 1 && o->value <= 13 ? static_cast<int>(o->value) : 0;
  };
  const auto* today = entry_of(i, kind::relative);  // اليوم: "the day" before an ordinal
  const bool day_word = filler(i, lexicon::fill_day_word) ||
                        (today && today->aux == lexicon::unit_day && today->value == 0 &&
                         s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0);
  const auto* days = entry_of(i + 1, kind::unit);
  std::size_t j = i + 2;
  int n = 0;
  if (day_word && (n = nth(i + 1)) != 0) {
  } else if ((n = nth(i)) != 0 && (filler(i + 1, lexicon::fill_day_word) || (days && days->aux == lexicon::unit_day))) {
  } else {
    return false;
  }
  if (filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from)) ++j;
  const auto* h = entry_of(j, kind::holiday);
  expression q;
  if (!h || !holiday_expr(j, q) || q.s != shape::date || q.day == 0) return false;
  p = q;
  if (q.sys_from_name && q.month == static_cast<unsigned>(h->value / 100) && q.day == static_cast<unsigned>(h->value % 100))
    p.days_after = n - 1;
  return true;
}

// A month name alone, after a word that says which part or day of it is
// meant (اوایل آذر, آخر جمعة من رمضان, هفته اول آذر): the month, of no
// year, in q. Returns the token after it, or 0 (also for a name that is a
// month only beside a year: می).
std::size_t grammar::lone_month(std::size_t j, expression& q) const {
  q = {};
  if (filler(j, lexicon::fill_month_word) && month_name(j + 1)) ++j;
  unsigned month = 0;
  system sys = system::unknown;
  bool mismatch = false, needs_year = false;
  std::size_t m = month_part(j, month, sys, mismatch, needs_year);
  if (!m) m = numbered_month_part(j, month, sys);  // بداية شهر 3
  if (!m || needs_year) return 0;
  q.s = shape::month;
  q.sys = sys;
  q.sys_from_name = true;
  q.month = month;
  q.dual_mismatch = mismatch;
  q.te = m;
  return m;
}

// اوایل آذر ۱۴۰۲, اواخر سال ۱۴۰۲, أواخر الشهر الماضي, مطلع العام المقبل,
// منتصف رمضان, نیمه شعبان: early and late take the value of the month or
// year they qualify, the middle of a month is its 15th day.
bool grammar::part_expr(std::size_t i, expression& p) const {
  const auto* e = entry_of(i, kind::part);
  if (!e) return false;
  // نوبت اول سال ۱۴۰۲: after a noun, اول is its ordinal (the year is read alone).
  if (persian_ && i > 0 && t_[i - 1].t == type::word && word_is(i, "\xD8\xA7\xD9\x88\xD9\x84")) return false;
  std::size_t j = i + 1;
  if (filler(j, lexicon::fill_of)) ++j;
  expression q;
  // بداية من سنة 2004 إلى سنة 2008: "starting from", a span after it; the span.
  if (j == i + 2 && e->value == lexicon::part_early && !persian_ &&
      year_range(j - 1, q) && q.s == shape::years) {
    p = q;
    return true;
  }
  q = {};
  // نهاية 2025, مطلع 2024, اواخر ۱۴۰۲, صيف 2011: a bare year of four digits
  // after the part (Persian's Solar Hijri years of the 1400s too), its era
  // marker with it; false before a unit or month.
  const auto bare_year = [&](bool solar) {
    // نهاية ,2009, متم ,2007: the clause's comma that mixed-direction typing moved before the number.
    const std::size_t y = (punct(j, ',') || punct(j, '.')) && !touching(j) && touching(j + 1) && plain_number(j + 1) &&
                                  t_[j + 1].digits == 4
                              ? j + 1
                              : j;
    if (!(plain_number(y) && t_[y].digits == 4 &&
          ((t_[y].value >= 1800 && t_[y].value <= 2100) || (solar && t_[y].value >= 1300 && t_[y].value <= 1499)) &&
          year_can_end_after_time_word(y + 1) && !counted_noun(y + 1)))  // not شهرستان میانه ۱۴۰۲ نفر: a count
      return false;
    q = {};
    q.s = shape::year;
    q.year = static_cast<int>(t_[y].value);
    q.te = y + 1;
    if (const auto* era = entry_of(y + 1, kind::era)) {
      q.sys = era_system(era->value);
      q.sys_from_name = true;
      ++q.te;
    }
    return true;
  };
  if (e->value == lexicon::part_season) {
    // في صيف 2011, صيف عام 2014, لشتاء 2026: the Gregorian year written after
    // the season (not one of a pair, ربيع وصيف عام 1978: the year is read alone).
    const auto* before = i > 0 ? entry_of(i - 1, kind::part) : nullptr;
    if ((before && before->value == lexicon::part_season) || (i + 1 < n_ && entry_of(i + 1, kind::connector))) return false;
    if (!(year_expr(j, q) && q.s == shape::year && q.year != 0) && !(!counted_noun(j + 1) && bare_year(false))) return false;
    if (q.sys != system::unknown && q.sys != system::gregorian) return false;
    p = q;
    return true;
  }
  // منتصف نهار الاثنين المقبل, منتصف نهار اليوم: the midday (نهار, the
  // daytime) of a day is that day (the real-text sets annotate the day,
  // as for ظهر اليوم; منتصف النهار after a day is its clock, 12:00).
  if (e->value == lexicon::part_middle && !persian_ && word_is(i + 1, "\xD9\x86\xD9\x87\xD8\xA7\xD8\xB1") &&  // نهار
      ((relative_expr(i + 2, q) && q.s == shape::relative_day) || ((q = {}), weekday_expr(i + 2, q)))) {
    p = q;
    return true;
  }
  q = {};
  if (e->value >= lexicon::part_first_tenth) {
    // دهه اول محرم, العشر الأواخر من رمضان, نیمه دوم مهر: days of a month
    // named (its last tenth or second half runs to its end).
    if (filler(j, lexicon::fill_month_word) && month_name(j + 1)) ++j;
    static constexpr unsigned first[] = {1, 11, 21, 1, 16}, last[] = {10, 20, 28, 15, 28};
    const auto n = static_cast<std::size_t>(e->value - lexicon::part_first_tenth);
    if (relative_month_at(j, q)) {  // العشر الأواخر من الشهر الجاري, نیمه دوم ماه آینده
      p.s = shape::range;
      p.month_relative = true;
      p.offset = q.offset;
      p.day = first[n];
      p.day2 = last[n];
      p.part_of_month = last[n] == 28 ? 2 : 1;
      p.te = q.te;
      return true;
    }
    q = {};
    // ده روز نخست سال ۱۴۰۱, ده روز پایانی امسال: a tenth of a year is its first or last month's; الثلث الأول من
    // 2024, الثلث الأخير من العام الجاري: a third of a year is four months, as a third of a month is ten days.
    const std::string_view yw = s_.substr(t_[j].begin, t_[j].end - t_[j].begin);  // not سال‌های, years
    const bool third = s_.compare(t_[i].begin, 10, "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xAB") == 0;  // الثلث
    if (third && n <= 2 && months_of_a_year(j, 4 * static_cast<unsigned>(n) + 1, 4 * static_cast<unsigned>(n) + 4, system::unknown, q)) {
      p = q;
      return true;
    }
    q = {};
    if (n <= 2 && !third && !filler(i + 1, lexicon::fill_month_word) &&
        (yw.size() < 6 || yw.substr(yw.size() - 6) != "\xD9\x87\xD8\xA7\xDB\x8C") && months_of_a_year(j, n == 2 ? 12 : 1, n == 2 ? 12 : 1, system::unknown, q)) {
      p = q;
      p.whole_months = false;
      p.day = first[n];
      p.day2 = last[n];
      p.part_of_month = last[n] == 28 ? 2 : 1;
      return true;
    }
    q = {};
    if (!(full_date(j, q, false) && q.s == shape::month) && !((q = {}), lone_month(j, q))) return false;
    if (q.part != 0) return false;  // الأيام العشرة الأولى من سبتمبر المقبل: a month named from the reference's too
    p = q;
    p.s = shape::range;
    p.month2 = q.month;
    p.year2 = q.year_sys != system::unknown && q.year_sys != q.sys ? 0 : q.year;  // رمضان 2026: the end in the start's year
    p.day = first[n];
    p.day2 = last[n];  // 28: a day every month has; resolution runs the part to the month's end
    p.part_of_month = last[n] == 28 ? 2 : 1;
    return true;
  }
  // از ابتدای سال آبی جاری تا, از ابتدای سال جاری آبی تا: the water or crop
  // year (from 1 Mehr), taken only as a range's start, where the end names
  // it (ranges.cc). Alone, or up to now (تا کنون), neither it nor the
  // calendar year.
  const auto water_word = [&](std::size_t k) {
    return persian_ && (word_is(k, "\xD8\xA7\xD8\xA8\xDB\x8C") ||                 // آبی
                        word_is(k, "\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xB9\xDB\x8C"));  // زراعی
  };
  // (از ابتدای سال آبی (ابتدای مهرماه) تا, از ابتدای سال آبی 99-98 (اول مهرماه) تا: the water year's two years and
  // a gloss in brackets between; the end still names the year.)
  int water_year = 0;  // the first of the water year's two years, when written
  const auto water_start = [&](std::size_t k) {  // k: the adjective; returns the start's end
    std::size_t to = k + 1 + word_is(k + 1, "\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C");  // جاری
    if (plain_number(to) && dash(to + 1) && plain_number(to + 2) && t_[to].digits == t_[to + 2].digits &&
        (t_[to].digits == 2 || t_[to].digits == 4)) {
      int y = static_cast<int>(std::min(t_[to].value, t_[to + 2].value));
      if (t_[to].digits == 2) y += y < 50 ? 1400 : 1300;
      water_year = y;
      to += 3;
    }
    if (punct(to, '(')) {
      std::size_t c = to + 1;
      // (Not a range in them: (مهرماه ۹۹ تا آخر شهریور۱۴۰۰) is read for itself.)
      while (c < n_ && c < to + 8 && !punct(c, ')') && t_[c].t != type::newline && !filler(c, lexicon::fill_range_to)) ++c;
      if (punct(c, ')')) to = c + 1;
    }
    return water_word(k) && filler(to, lexicon::fill_range_to) && !word_is(to + 1, "\xDA\xA9\xD9\x86\xD9\x88\xD9\x86") ? to : 0;  // کنون
  };
  const auto* r = entry_of(j, kind::relative);
  if (const std::size_t to = e->value != lexicon::part_early ? 0
                             : filler(j, lexicon::fill_year_word) ? water_start(j + 1)
                             : r && r->aux == lexicon::unit_year && r->value == 0 ? water_start(j + 1) : 0) {
    p = {};
    p.s = shape::relative_year;
    if (water_year) {  // its years written: no reference needed
      p.s = shape::year;
      p.year = water_year;
      p.sys = system::jalali;
      p.sys_from_name = true;
    }
    p.te = to;
    p.part = e->value;
    return true;
  }
  // نهاية الربع الأول 2023, بنهاية النصف الأول من 2015م, پایان سه ماهه دوم
  // سال ۱۴۰۳, نهاية القرن الثالث عشر الهجري: as نهاية عام 2026 is the year,
  // the run of months or the century named.
  if ((entry_of(j, kind::months_of_year) && months_of_year(j, q)) ||
      ((q = {}), filler(j, lexicon::fill_century_word) && century(j, q))) {
    p = q;
    return true;
  }
  if (!(full_date(j, q) && q.s == shape::month) &&
      // (ماه میلادی گذشته (فوریه), العام الهجري الحالي 1446: a month or year named so.)
      !((q = {}, relative_expr(j, q)) && (q.s == shape::relative_month || q.s == shape::relative_year ||
                                          q.s == shape::month || (q.s == shape::year && q.year != 0))) &&
      // (آغاز سال تحصیلی ۱۴۰۵-۱۴۰۴: a school year's two years, the span.)
      !((q = {}, persian_ && year_range(j, q) && q.s == shape::years)) &&
      !((q = {}, year_expr(j, q)))) {
    if (lone_month(j, q)) {  // a month alone: safe after a word that names a part of it
    } else if (bare_year(persian_)) {
    } else if (filler(j, lexicon::fill_year_word) && !number(j + 1) && !entry_of(j + 1, kind::era) && !water_word(j + 1) &&
               s_.substr(t_[j].begin, t_[j].end - t_[j].begin).find(' ') == std::string_view::npos &&  // سال مالی: the fiscal year's
               !filler(j + 1, lexicon::fill_new) && !entry_of(j + 1, kind::cardinal) &&
               (persian_ || s_.compare(t_[j].begin, 4, "\xD8\xA7\xD9\x84") == 0)) {
      // منذ مطلع العام, تا پایان سال: the year is the reference's.
      q = {};
      q.s = shape::relative_year;
      q.offset = 0;
      q.te = j + 1;
    } else {
      return false;
    }
  }
  p = q;
  p.part = e->value;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
