// The pieces rules are made of: a day, a month name, a year, a clock time, a count.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// Day of month: 1..31 as digits, or an ordinal word. Sets day, returns next.
std::size_t grammar::day_part(std::size_t i, unsigned& day) const {
  if (plain_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31) {
    day = t_[i].value;
    // ۲۰ام تیر, ۹ ام دی: Persian's ordinal suffix.
    if (persian_ && i + 1 < n_ && t_[i + 1].t == type::word && s_.substr(t_[i + 1].begin, t_[i + 1].end - t_[i + 1].begin) == "\xD8\xA7\xD9\x85")
      return i + 2;
    // 13th, 1st: an English ordinal suffix.
    if (i + 1 < n_ && touching(i + 1) && t_[i + 1].t == type::word && t_[i + 1].end - t_[i + 1].begin == 2) {
      const std::string_view x = s_.substr(t_[i + 1].begin, 2);
      if (x == "st" || x == "nd" || x == "rd" || x == "th") return i + 2;
    }
    return i + 1;
  }
  if (const auto* e = entry_of(i, kind::ordinal)) {
    // هفته اول آذر, الأسبوع الأول من مارس: a week's number, not a day's.
    if (i > 0 && filler(i - 1, lexicon::fill_week_word)) return 0;
    if (e->value >= 1 && e->value <= 31) {
      day = static_cast<unsigned>(e->value);
      // العاشر (10) من ذي الحجة: the number after it, in brackets.
      if (punct(i + 1, '(') && number(i + 2) && t_[i + 2].value == day && punct(i + 3, ')')) return i + 4;
      return i + 1;
    }
  }
  // يوم عشرين نونبر, السبت واحد مارس: an Arabic day in cardinal words, only
  // after يوم, a weekday or في and before a Gregorian month's name.
  if (int v = 0; !persian_ && i > 0 &&
                 (filler(i - 1, lexicon::fill_day_word) || entry_of(i - 1, kind::weekday) || filler(i - 1, lexicon::fill_in))) {
    const std::size_t k = cardinal_words(i, v);
    if (k && v >= 1 && v <= 31 && entry_of(k, kind::month_gregorian)) {
      day = static_cast<unsigned>(v);
      return k;
    }
  }
  // بیست و چهار اردیبهشت: a day in cardinal words, as Persian writes it (the
  // caller wants a month after it).
  if (int v = 0; persian_) {
    const std::size_t k = cardinal_words(i, v);
    // دو ماه رمضان is two months of Ramadan: a day in words takes no ماه
    // after it (دوم ماه رمضان does).
    if (k && v >= 1 && v <= 31 && !month_word_at(k)) {
      day = static_cast<unsigned>(v);
      return k;
    }
  }
  return 0;
}

// A month name, possibly doubled ("تشرين الأول/أكتوبر", "تشرين الأول (أكتوبر)"),
// possibly followed by ماه. Returns next.
std::size_t grammar::month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch) const {
  bool needs_year = false;
  return month_part(i, month, sys, mismatch, needs_year);
}
std::size_t grammar::month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch, bool& needs_year) const {
  const lexicon::entry* e = nullptr;
  system found = system::unknown;
  if ((e = entry_of(i, kind::month_jalali))) found = system::jalali;
  else if ((e = entry_of(i, kind::month_hijri))) found = system::hijri;
  else if ((e = entry_of(i, kind::month_gregorian))) found = system::gregorian;
  if (!e) return 0;
  // A name that means a month in two systems (مارس, آذار) is read as the
  // one the text's language uses for it.
  if (found == system::jalali && entry_of(i, kind::month_gregorian) && !persian_) {
    e = entry_of(i, kind::month_gregorian);
    found = system::gregorian;
  }
  month = static_cast<unsigned>(e->value);
  needs_year = e->aux == 1;
  sys = found;
  std::size_t j = i + 1;
  // The second name of a Levantine/Egyptian pair.
  std::size_t k = j;
  bool paren = false;
  if (punct(k, '/') || punct(k, '-')) ++k;
  else if (punct(k, '(')) {
    ++k;
    paren = true;
  } else if (const auto* g = entry_of(k, kind::month_gregorian);
             g && found == system::gregorian && static_cast<unsigned>(g->value) == month &&
             entry_of(i, kind::month_gregorian) &&
             ((i > 0 && number(i - 1) && t_[i - 1].digits <= 2) || (plain_number(k + 1) && t_[k + 1].digits == 4))) {  // beside a day or year
    // 30 حزيران  يونيو 2021: the pair with a blank alone between (the same month).
    j = k = k + 1;
  }
  if (k > j) {
    if (const auto* g = entry_of(k, kind::month_gregorian)) {
      const auto* first = entry_of(i, kind::month_gregorian);
      // أكتوبر - ديسمبر 2023 runs from one month to another: a pair
      // written with a hyphen names one month twice or is no pair.
      const bool range = punct(j, '-') && first && first->value != g->value;
      if (!range && (found == system::gregorian || first)) {
        if (first->value != g->value) mismatch = true;
        month = static_cast<unsigned>(first->value);
        sys = system::gregorian;
        j = k + 1;
        if (paren) {
          if (punct(j, ')')) ++j;
          else j = i + 1;  // unbalanced: keep the first name only
        }
      }
    } else if (const auto* other = entry_of(k, kind::month_jalali);
               other && found == system::jalali && static_cast<unsigned>(other->value) == month) {
      // ۲۸ اسد (مرداد), حمل/فروردین: the Afghan and the Iranian name of one month.
      if (!paren) j = k + 1;
      else if (punct(k + 1, ')')) j = k + 2;
    }
  }
  if (filler(j, lexicon::fill_month_word)) ++j;
  // ژانویه‌ی ۱۹۹۹, آذرماه‌ی ۱۴۰۲: the ezafe written as its own letter before a year.
  if (persian_ && number(j + 1) && t_[j + 1].digits == 4 && j < n_ && t_[j].t == type::word &&
      s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xDB\x8C")
    ++j;
  return j;
}

// A year: digits (2 or 4; 3 with a marker), optional era marker.
std::size_t grammar::year_part(std::size_t i, int& year, bool& two_digit, system& sys, bool& sys_named,
                      bool require_marker) const {
  std::size_t j = i;
  bool word = false;
  if (filler(j, lexicon::fill_year_word)) {
    ++j;
    word = true;
  }
  // سال میلادی ۲۰۲۵, العام الهجري 1445, السنة الهجرية الجديدة 1445, العام
  // الجديد 2023: the calendar, or the word new, between the year word and a
  // year of four digits. A one-letter marker (م, ش) is an era only after it.
  bool between = false;
  for (int n = 0; word && n < 2; ++n) {
    if (const auto* e = entry_of(j, kind::era); e && t_[j].end - t_[j].begin > 2) {
      sys = era_system(e->value);
      sys_named = true;
    } else if (!filler(j, lexicon::fill_new)) {
      break;
    }
    ++j;
    between = true;
  }
  // بهار سال (1393): the year in brackets after the year word.
  if (word && !between && punct(j, '(') && plain_number(j + 1) && t_[j + 1].digits == 4 && punct(j + 2, ')')) {
    year = static_cast<int>(t_[j + 1].value);
    two_digit = false;
    return j + 3;
  }
  if (!plain_number(j)) {
    // هزار و چهارصد و سه, ألفين وأربعة وعشرين: a year in words, of more than
    // one word (هزار alone is a thousand of something), or of one after the
    // year word (سال دوهزار میلادی, عام ألفين).
    int v = 0;
    const std::size_t k = cardinal_words(j, v);
    if (!k || (k - j < 2 && !(word && v >= 2000)) || v < 1000 || v > 2200) return 0;
    year = v;
    two_digit = false;
    j = k;
    if (const auto* e = entry_of(j, kind::era)) {
      sys = era_system(e->value);
      sys_named = true;
      ++j;
    }
    if (require_marker && !word && !sys_named) return 0;
    return j;
  }
  const unsigned digits = t_[j].digits;
  if (digits != 4 && (between || (digits != 2 && !(digits == 3 && word)))) return 0;
  if (punct(j + 1, '/') && touching(j + 1) && number(j + 2) && touching(j + 2)) return 0;  // 1402/05
  year = static_cast<int>(t_[j].value);
  two_digit = digits == 2;
  ++j;
  bool marker = false;
  if (const auto* e = entry_of(j, kind::era)) {
    sys = era_system(e->value);
    sys_named = true;
    marker = true;
    ++j;
  }
  if (require_marker && !marker && !word) return 0;
  if (two_digit && !marker && !word && require_marker) return 0;
  return j;
}

// The year after a day and month, if one is written there in the same
// calendar (an era marker of another calendar belongs to something else).
// Sets p.year and p.two_digit_year; returns the token after it.
std::size_t grammar::optional_year(std::size_t i, expression& p) const {
  int year = 0;
  bool two = false, named = false;
  system ysys = p.sys;
  // 13 يناير، 2024, ۱۷ مهر، ۱۴۰۲, May 13, 2024, 14/ صفر/1399هـ: a comma or a
  // slash before a four-digit year, or one with its era marker.
  // ۳۰ آبان (۱۴۰۱), 5 مايو (2023): the year in brackets, if it can be one
  // of the month's calendar.
  if (punct(i, '(') && plain_number(i + 1) && t_[i + 1].digits == 4 && punct(i + 2, ')')) {
    const auto v = static_cast<int>(t_[i + 1].value);
    const bool fits = p.sys == system::jalali ? v >= 1200 && v < 1500
                      : p.sys == system::hijri ? v >= 1300 && v < 1500
                                               : v >= 1800 && v < 2200;
    if (fits) {
      p.year = v;
      return i + 3;
    }
  }
  // 3 Sept. 2023: the dot of a Latin abbreviation (a month token of ASCII letters).
  const bool latin_dot = punct(i, '.') && i > 0 && t_[i - 1].t == type::lex &&
                         static_cast<unsigned char>(s_[t_[i - 1].begin]) < 0x80 && t_[i].begin == t_[i - 1].end;
  if ((punct(i, ',') || punct(i, '/') || punct(i, '-') || latin_dot) && plain_number(i + 1) &&
      (t_[i + 1].digits == 4 || entry_of(i + 2, kind::era))) {
    const std::size_t y = year_part(i + 1, year, two, ysys, named, false);
    if (y && !two && (!named || ysys == p.sys)) {
      p.year = year;
      return y;
    }
  }
  std::size_t y = year_part(of_year(i), year, two, ysys, named, false);
  // 1 أغسطس 11 مساءً: a number before a part of the day is its hour.
  if (y && two && !named && strong_time_of_day(y)) y = 0;
  // امروز ۱۵ قوس ۹۸ دالر: a number before a currency or a count's noun is
  // what is counted, not a two-digit year.
  if (y && two && !named && y < n_ && t_[y].t == type::word) {
    static constexpr std::string_view counted[] = {
        "\xD8\xAF\xD8\xA7\xD9\x84\xD8\xB1",                    // دالر
        "\xD8\xAF\xD9\x84\xD8\xA7\xD8\xB1",                    // دلار
        "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xDB\x8C",  // افغانی
        "\xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86",          // تومان
        "\xD8\xB1\xDB\x8C\xD8\xA7\xD9\x84",                    // ریال (ريال)
        "\xD8\xAF\xD9\x88\xD9\x84\xD8\xA7\xD8\xB1",          // دولار
        "\xD8\xAF\xD8\xB1\xD8\xB5\xD8\xAF",                    // درصد
        "\xD9\x86\xD9\x81\xD8\xB1",                              // نفر
        "\xD9\x8A\xD9\x88\xD8\xB1\xD9\x88", "\xDB\x8C\xD9\x88\xD8\xB1\xD9\x88",  // یورو
        // دوازدهم دلو ۱۶ میلیون دالر: a magnitude.
        "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86",  // میلیون (ميليون)
        "\xD9\x85\xD9\x84\xDB\x8C\xD9\x88\xD9\x86",              // ملیون (مليون)
        "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xAF",  // میلیارد
        "\xD9\x85\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1",              // ملیار (مليار)
        "\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1",                          // هزار
        "\xD8\xA7\xD9\x84\xD9\x81",                                      // الف (ألف)
    };
    const std::string_view w = s_.substr(t_[y].begin, t_[y].end - t_[y].begin);
    for (const std::string_view c : counted)
      if (w == c) y = 0;
  }
  // A Hijri day with a Gregorian year (۱۰ رمضان ۲۰۲۱م) is the one within that year.
  const bool gregorian_year = p.sys == system::hijri && !two && (ysys == system::gregorian || year >= 1700);
  if (!y || (named && ysys != p.sys && !gregorian_year)) return relative_year(i, p);
  p.year = year;
  p.two_digit_year = two;
  p.year_named = named;
  if (gregorian_year) p.year_sys = system::gregorian;
  return y;
}

// A year named from the reference's: ۱۵ مرداد سال گذشته, مرداد امسال,
// 6 أكتوبر من العام الماضي. Returns next, or i.
std::size_t grammar::relative_year(std::size_t i, expression& p) const {
  std::size_t r = i;
  if (filler(r, lexicon::fill_of)) ++r;
  const auto* e = entry_of(r, kind::relative);
  if (!e || e->aux != lexicon::unit_year) return i;
  p.year_relative = true;
  p.year_offset = e->value;
  return r + 1;
}

// A clock time after a date or on its own: [-|,|ساعت|الساعة] H[:MM[:SS]] [صبح|م|pm].
// Returns next, or 0.
std::size_t grammar::time_part(std::size_t i, expression& p, bool standalone) const {
  std::size_t j = i;
  bool hour_word = false;
  // الخامسة فجرا: an Arabic ordinal hour (with its article) needs no الساعة
  // when a word for a part of the day follows it.
  const bool ordinal_hour = standalone && entry_of(i, kind::ordinal) && !filler(i, lexicon::fill_hour_word) &&
                            s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0;
  // ده و نیم صبح, هشت و بیست دقیقه, یک ربع به هشت: a Persian hour in words
  // needs no ساعت when its minutes are named in words too (checked below).
  const bool cardinal_hour = standalone && persian_ && !ordinal_hour && entry_of(i, kind::cardinal) &&
                             !filler(i, lexicon::fill_hour_word);
  // غدا حوالي الساعة 8, ظهر دیروز حدود ساعت 12, شنبه عصر راس ساعت ۱۷: about, or
  // exactly at, before the hour word or a clock with its minutes.
  if (filler(j, lexicon::fill_about) &&
      (filler(j + 1, lexicon::fill_hour_word) || (number(j + 1) && punct(j + 2, ':') && number(j + 3))))
    ++j;
  // 29-8-2021 | 15:33, 2024-05-06@13:21:55, الاثنين 24 أكتوبر 2016 • 19:28
  if (!standalone && (punct(j, '-') || punct(j, ',') || punct(j, '|') || punct(j, '@') || punct(j, 0))) ++j;
  // شنبه / ۲۵ اسفند ۱۳۸۶ / ۱۱:۱۵: a slash, before a clock with its minutes.
  else if (!standalone && punct(j, '/') && number(j + 1) && punct(j + 2, ':') && number(j + 3)) ++j;
  // يوم الجمعة 19 أغسطس، تمام الساعة 20:37
  if (j > i && filler(j, lexicon::fill_about) && filler(j + 1, lexicon::fill_hour_word)) ++j;
  // October 26th, at 11:59 PM; ۱۵ مرداد در ۱۰:۳۰: "at" before a clock with its minutes.
  if (!standalone && filler(j, lexicon::fill_in) && number(j + 1) && punct(j + 2, ':') && number(j + 3)) ++j;
  // في الساعة, از ساعت ۲۳:۳۰, من الساعة: "at" or "from" (a range of clock
  // times gives its first).
  if ((filler(j, lexicon::fill_in) || filler(j, lexicon::fill_range_from)) && filler(j + 1, lexicon::fill_hour_word)) ++j;
  // ۲۶ آذر از ۸ صبح: "from" or "at" and a bare hour with its part of the day, after a date.
  else if (!standalone && (filler(j, lexicon::fill_in) || filler(j, lexicon::fill_range_from)) && plain_number(j + 1) &&
           t_[j + 1].digits <= 2 && strong_time_of_day(j + 2))
    ++j;
  // الجمعة 14 فبراير 2025 على الساعة 22:15: Maghrebi "at the hour", after
  // a date only (alone the time starts at الساعة).
  if (!standalone && j < n_ && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xD8\xB9\xD9\x84\xDB\x8C" &&
      filler(j + 1, lexicon::fill_hour_word))
    ++j;
  if (filler(j, lexicon::fill_hour_word)) {
    ++j;
    hour_word = true;
    if (filler(j, lexicon::fill_hour_word) && (number(j + 1) || entry_of(j + 1, kind::cardinal))) ++j;  // ساعت ساعت 11 (a site's template)
    if (punct(j, ':') && number(j + 1)) ++j;  // الساعة:21:05:00
    if (article(j) && number(j + 1)) ++j;     // على الساعة الـ 15:00: the article before the number
  }
  int h = -1, m = 0, sec = -1;
  int said = -1;  // an hour in words, before minutes to it are taken off
  bool colon = false;
  // ساعت یک ربع به هشت, ساعت ده دقیقه به نه: Persian's minutes to the hour.
  bool minutes_named = false;  // a minute word (دقیقه) or a quarter to the hour: only a clock says these
  if (int v = 0; (hour_word || cardinal_hour) && persian_) {
    int less = 0;
    std::size_t k = j;
    if (const std::size_t e = count_part(j, v); e && v > 0 && v < 60) {
      if (filler(e, lexicon::fill_minute_word)) less = v, k = e + 1;
      else if (filler(e, lexicon::fill_quarter) && v <= 3) less = 15 * v, k = e + 1;
    }
    // به then the hour, in words or digits.
    int hour = -1;
    if (less && k + 1 < n_ && s_.substr(t_[k].begin, t_[k].end - t_[k].begin) == "\xD8\xA8\xD9\x87") {
      if (const auto* c = entry_of(k + 1, kind::cardinal)) hour = c->value;
      else if (plain_number(k + 1) && t_[k + 1].digits <= 2) hour = static_cast<int>(t_[k + 1].value);
    }
    if (hour >= 1 && hour <= 24) {
      h = hour - 1;
      m = 60 - less;
      j = k + 2;
      colon = true;  // the minutes are read
      minutes_named = true;
    }
  }
  // ساعت ۵۰ دقیقه بامداد: minutes after midnight, the hour not written.
  if (int v = 0; h < 0 && hour_word && persian_) {
    if (const std::size_t e = count_part(j, v); e && v > 0 && v < 60 && filler(e, lexicon::fill_minute_word) &&
                                                word_is(e + 1, "\xD8\xA8\xD8\xA7\xD9\x85\xD8\xAF\xD8\xA7\xD8\xAF")) {
      h = 0;
      m = v;
      j = e + 1;
      colon = true;  // the minutes are read
      minutes_named = true;
    }
  }
  // الساعة 0121 بتوقيت جرينتش: a four-digit (military) time, after the hour
  // word and before a written zone only.
  if (h < 0 && hour_word && plain_number(j) && t_[j].digits == 4 && t_[j].value / 100 < 24 && t_[j].value % 100 < 60) {
    expression z;
    if (written_zone(j + 1, z) > j + 1) {
      p.hour = static_cast<int>(t_[j].value / 100);
      p.minute = static_cast<int>(t_[j].value % 100);
      p.second = -1;
      return written_zone(j + 1, p);
    }
  }
  if (h >= 0) {
    // read above
  } else if (number(j) && t_[j].digits <= 2 && t_[j].value <= 24) {
    h = static_cast<int>(t_[j].value);
    ++j;
    // After a date a stamp may drop the minutes' zero: ۹ مهر ۱۳۹۸ | ۱۳:۴.
    const bool short_minutes = !standalone && number(j + 1) && t_[j + 1].digits == 1;
    // ساعت 8: 30, الساعة 10 : 30: after the hour word a blank may stand
    // beside the colon; so after a date (۲۸ آبان ۱۳۹۵ ۲۰ : ۵۶, a stamp as
    // tokenized text keeps it).
    const bool tight = (touching(j) && touching(j + 1)) ||
                       ((hour_word || !standalone) && number(j + 1) && t_[j + 1].digits == 2);
    // الساعة 6.45 مساءً, الساعة 14.30, 1.39 بتوقيت موسكو: a dot for the colon,
    // after the hour word or before a written zone only (alone 14.30 is a number).
    if ((hour_word || entry_of(j + 2, kind::zone)) && punct(j, '.') && touching(j) && touching(j + 1) &&
        plain_number(j + 1) && t_[j + 1].digits == 2 &&
        t_[j + 1].value < 60 && !((punct(j + 2, '.') || punct(j + 2, '-') || punct(j + 2, '/')) && number(j + 3))) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
      colon = true;
    }
    // 14h32, 18h00: the h of the Maghrebi press for the colon.
    if (!colon && h_minutes(j)) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
      colon = true;
    }
    // ساعت 19:352021-08-26: a page's clock with its ISO date glued on, after
    // a date: the minutes are the first two digits.
    if (!standalone && !colon && punct(j, ':') && touching(j) && touching(j + 1) && number(j + 1) &&
        t_[j + 1].digits == 6 && t_[j + 1].value / 10000 < 60 && t_[j + 1].value % 10000 >= 1900 &&
        t_[j + 1].value % 10000 <= 2100 && punct(j + 2, '-') && touching(j + 2) && number(j + 3) &&
        t_[j + 3].digits == 2 && punct(j + 4, '-') && number(j + 5) && t_[j + 5].digits == 2) {
      m = static_cast<int>(t_[j + 1].value / 10000);
      j += 2;
      colon = true;
    }
    // 9:75 is no time at all, not 9 o'clock.
    if (!colon && punct(j, ':') && tight && number(j + 1) &&
        ((t_[j + 1].digits != 2 && !short_minutes) || t_[j + 1].value >= 60))
      return 0;
    if (!colon && punct(j, ':') && tight && number(j + 1) &&
        (t_[j + 1].digits == 2 || short_minutes) && t_[j + 1].value < 60) {
      const bool spaced = !touching(j) || !touching(j + 1);  // 5 : 32 : 00 keeps its blanks throughout
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
      colon = true;
      if (punct(j, ':') && (spaced || (touching(j) && touching(j + 1))) && number(j + 1) &&
          t_[j + 1].digits == 2 && t_[j + 1].value < 60) {
        sec = static_cast<int>(t_[j + 1].value);
        j += 2;
      }
      // ساعت ۵:۲۵ دقیقه عصر: the minutes named after the clock.
      if (sec < 0 && filler(j, lexicon::fill_minute_word)) ++j;
    }
  } else if (hour_word || ordinal_hour || cardinal_hour) {
    const auto* e = cardinal_hour ? nullptr : entry_of(j, kind::ordinal);
    if (!e && (hour_word || cardinal_hour)) e = entry_of(j, kind::cardinal);
    if (!e || e->value < 0 || e->value > 24) return 0;
    h = said = e->value;
    ++j;
  } else {
    return 0;
  }
  // A bare number is not a time; after a date, one before a part of the
  // day is (1 أغسطس 11 مساءً, 4 مساء غدا).
  if (!colon && !hour_word && !ordinal_hour && !cardinal_hour && !(!standalone && h >= 0 && h <= 12 && strong_time_of_day(j)))
    return 0;
  bool minutes_in_words = minutes_named;
  if (!colon) {
    // Minutes in words: ساعت ۶ و ۴۰ دقیقه, ساعت هفت و نیم, العاشرة والنصف,
    // السابعة والربع, السادسة إلا ربعا, الثامنة إلا عشر دقائق.
    std::size_t k = j;
    const bool joined = entry_of(k, kind::connector) ? (++k, true) : (k < n_ && t_[k].waw);
    int v = 0;
    // الدور الثاني والنصف النهائي, والربع النهائي: the semi- and
    // quarter-finals, no minutes.
    const bool final_round = word_is(k + 1, "\xD8\xA7\xD9\x84\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xDB\x8C") ||
                             word_is(k + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xDB\x8C");
    if (final_round) {
      // no minutes
    } else if (joined && filler(k, lexicon::fill_minute_word) && plain_number(k + 1) && t_[k + 1].digits <= 2 &&
               t_[k + 1].value < 60 && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") == 0) {
      // الساعة السابعة والدقيقة 20: "and the minute 20".
      m = static_cast<int>(t_[k + 1].value), j = k + 2, minutes_in_words = minutes_named = true;
    } else if (joined && filler(k, lexicon::fill_half)) {
      m = 30, j = k + 1, minutes_in_words = true;
    } else if (joined && filler(k, lexicon::fill_quarter)) {
      m = 15, j = k + 1, minutes_in_words = true;
    } else if (joined && filler(k, lexicon::fill_third)) {
      m = 20, j = k + 1, minutes_in_words = true;
    } else if (const std::size_t e = joined ? count_part(k, v) : 0;
               e && v > 0 && v < 60 && filler(e, lexicon::fill_minute_word)) {
      m = v, j = e + 1, minutes_in_words = minutes_named = true;
      // ساعت ۶ و ۳۶ دقیقه و ۲۶ ثانیه: and the seconds.
      std::size_t s2 = j;
      int sv = 0;
      if (entry_of(s2, kind::connector) ? (++s2, true) : (s2 < n_ && t_[s2].waw)) {
        if (const std::size_t e2 = count_part(s2, sv); e2 && sv >= 0 && sv < 60 && filler(e2, lexicon::fill_second_word)) {
          sec = sv;
          j = e2 + 1;
        }
      }
    } else if (const auto* w = entry_of(j, kind::weekday);
               w && w->value == 3 && h >= 1 && s_.substr(t_[j].begin, t_[j].end - t_[j].begin).find(' ') != std::string_view::npos) {
      // إلا ربعا folds, blanks aside, to الأربعاء (Wednesday): after an hour
      // it is a quarter to.
      h -= 1;
      m = 45;
      ++j;
      minutes_in_words = true;
    } else if (filler(j, lexicon::fill_minus) && h >= 1) {
      k = j + 1;
      int less = 0;
      if (filler(k, lexicon::fill_quarter)) less = 15, ++k;
      else if (filler(k, lexicon::fill_third)) less = 20, ++k;
      else if (const std::size_t e = count_part(k, v); e && v > 0 && v < 60 && filler(e, lexicon::fill_minute_word))
        less = v, k = e + 1;
      if (less) {
        h -= 1;
        m = 60 - less;
        j = k;
        minutes_in_words = true;
      }
    }
  }
  if (h == 24 && (m != 0 || sec > 0)) return 0;
  // الساعة السابعة من صباح يوم الأحد: "of the morning of".
  if ((filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from)) && entry_of(j + 1, kind::time_of_day))
    ++j;
  // Not a single letter (م, ص) or am/pm after a bare ordinal: السابع م.
  const bool tod_word = entry_of(j, kind::time_of_day) && t_[j].end - t_[j].begin > 4 && t_[j].t == type::lex &&
                        static_cast<unsigned char>(s_[t_[j].begin]) >= 0x80;
  // السابعة إلا الربع غدًا: with its minutes in words, before the day it is
  // on (not الثانية اليوم: للمرة الثانية اليوم).
  const bool minutes_then_day = m != 0 && !colon && entry_of(j, kind::relative) && entry_of(j, kind::relative)->aux == lexicon::unit_day;
  // الثامنة بتوقيت القاهرة: or a written zone after it.
  // العاشرة والنصف, السادسة إلا ربع, السابعة وخمس دقائق: or its minutes in
  // words, which only a clock has.
  if (ordinal_hour && !tod_word && !minutes_then_day && !minutes_in_words && !entry_of(j, kind::zone)) return 0;
  // ده و نیم صبح; هشت و بیست دقیقه and یک ربع به هشت alone (ده و نیم alone
  // is ten and a half of anything).
  if (cardinal_hour && !(minutes_in_words && tod_word) && !minutes_named) return 0;
  if (!tod_word && ordinal_hour && minutes_in_words && !minutes_then_day && !entry_of(j, kind::zone) && said >= 1 &&
      said <= 5) {
    // صلاة العصر في تمام الثانية و46 دقيقة: an Arabic ordinal hour of one
    // to five with its minutes and no part of the day is an afternoon's
    // (the small hours are written فجرا); from six on the morning's.
    h += 12;
  } else if (const auto* e = entry_of(j, kind::time_of_day)) {
    // ساعت ۱۰ دیشب: a night that is also a relative day says the half of
    // the day and is left for the day after the time to read.
    if (!entry_of(j, kind::relative)) ++j;
    switch (e->value) {
      case lexicon::tod_pm:
      case lexicon::tod_evening:
        if (h < 12) h += 12;
        break;
      case lexicon::tod_night:
        if (h >= 6 && h < 12) h += 12;
        else if (h == 12) h = 0;
        break;
      case lexicon::tod_noon:
        if (h < 5) h += 12;
        break;
      case lexicon::tod_am:
      case lexicon::tod_morning:
        if (h == 12) h = 0;
        break;
      default: break;
    }
  } else if (standalone && !hour_word && !minutes_then_day && !(ordinal_hour && entry_of(j, kind::zone)) &&
             !((ordinal_hour || cardinal_hour) && minutes_in_words)) {
    return 0;  // "19:17" alone could be a score or a verse number
  }
  if (h == 24) h = 0;
  p.hour = h;
  p.minute = m;
  p.second = sec;
  return written_zone(j, p);
}

// بتوقيت مكة المكرمة, به وقت تهران, GMT, GMT+3, UTC-04:30 after a clock time.
// Returns the token after it, or i when there is none.
std::size_t grammar::written_zone(std::size_t i, expression& p) const {
  const auto* z = entry_of(i, kind::zone);
  if (!z) return i;
  p.zone = z->value;
  std::size_t j = i + 1;
  // بتوقيت القاهرة المحلي: the city's local time.
  if (j < n_ && t_[j].t == type::word && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xDB\x8C")
    ++j;
  if (lexicon::zone_name(z->value) == "UTC" && (punct(j, '+') || punct(j, '-')) && touching(j)) {
    std::size_t k = j;
    const int offset = utc_offset(k);
    if (offset != expression::no_offset) {
      p.zone_offset = offset;
      j = k;
    }
  }
  return j;
}

// +3, -04:30, +0330 at token i (a sign touching its digits); the offset in
// minutes, i moved past it, or no_offset.
int grammar::utc_offset(std::size_t& i) const {
  if (!(punct(i, '+') || punct(i, '-')) || !number(i + 1) || !touching(i + 1)) return expression::no_offset;
  const int sign = t_[i].punct == '-' ? -1 : 1;
  const token& n = t_[i + 1];
  int h = 0, m = 0;
  std::size_t j = i + 2;
  if (n.digits <= 2) {
    h = static_cast<int>(n.value);
    if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && t_[j + 1].digits == 2) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
    }
  } else if (n.digits == 4) {
    h = static_cast<int>(n.value / 100);
    m = static_cast<int>(n.value % 100);
  } else {
    return expression::no_offset;
  }
  if (h > 14 || m > 59) return expression::no_offset;
  i = j;
  return sign * (h * 60 + m);
}

// A count: digits, or cardinal words joined by و.
std::size_t grammar::count_part(std::size_t i, int& count) const {
  if (plain_number(i) && t_[i].digits <= 4) {
    count = static_cast<int>(t_[i].value);
    return i + 1;
  }
  return cardinal_words(i, count);
}

std::size_t grammar::cardinal_words(std::size_t i, int& value) const {
  const auto* e = entry_of(i, kind::cardinal);
  if (!e) return 0;
  long total = 0, current = e->value;
  std::size_t j = i + 1;
  // A count or a year in words has a few parts (هزار و چهارصد و دو);
  // stopping there keeps a long run of number words linear.
  for (int parts = 1; parts < 8; ++parts) {
    std::size_t k = j;
    if (entry_of(k, kind::connector)) ++k;
    const auto* next = entry_of(k, kind::cardinal);
    if (!next || (k == j && !t_[k].waw && next->value < 100)) break;
    if (next->value >= 100 && next->value > current && k == j && (next->value == 100 || next->value == 1000)) {
      current *= next->value;
    } else if (next->value >= 1000 && current < 1000 && k == j) {
      current *= next->value;
    } else {
      total += current;
      current = next->value;
    }
    j = k + 1;
  }
  value = static_cast<int>(total + current);
  return j;
}

}  // namespace grammar
}  // namespace taqvim
