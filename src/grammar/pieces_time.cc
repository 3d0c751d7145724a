// The clock-time pieces: H[:MM[:SS]] with its words (the zone written after it: pieces_zone.cc).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

namespace {

// The lexicon's index of UTC, for a zone the grammar reads by its letters.
int utc_zone() noexcept {
  static const int index = [] {
    for (int k = 0;; ++k) {
      const std::string_view name = lexicon::zone_name(k);
      if (name.empty() || name == "UTC") return name.empty() ? -1 : k;
    }
  }();
  return index;
}

}  // namespace

// A clock time after a date or on its own: [-|,|ساعت|الساعة] H[:MM[:SS]] [صبح|م|pm].
// Returns next, or 0.
std::size_t grammar::time_part(std::size_t i, expression& p, bool standalone) const {
  std::size_t j = i;
  constexpr std::string_view oclock_word = "\xD8\xA8\xD8\xAC\xD9\x87";  // بجه, Dari's "o'clock"
  bool hour_word = false;
  // الخامسة فجرا: an Arabic ordinal hour (with its article) needs no الساعة
  // when a word for a part of the day follows it.
  const bool ordinal_hour = standalone && entry_of(i, kind::ordinal) && !filler(i, lexicon::fill_hour_word) &&
                            s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0;
  // ده و نیم صبح, هشت و بیست دقیقه, یک ربع به هشت: a Persian hour in words
  // needs no ساعت when its minutes are named in words too (checked below).
  const bool cardinal_hour = standalone && persian_ && !ordinal_hour &&
                             (entry_of(i, kind::cardinal) || (plain_number(i) && t_[i].digits <= 2 && i + 1 < n_ &&
                                                              (t_[i + 1].waw || entry_of(i + 1, kind::connector)))) &&
                             !filler(i, lexicon::fill_hour_word);
  // غدا حوالي الساعة 8, ظهر دیروز حدود ساعت 12, شنبه عصر راس ساعت ۱۷: about, or
  // exactly at, before the hour word or a clock with its minutes.
  bool about_hour = false;  // في تمام التاسعة: an Arabic ordinal hour after "exactly at", a clock
  if (filler(j, lexicon::fill_about) &&
      (filler(j + 1, lexicon::fill_hour_word) || (number(j + 1) && punct(j + 2, ':') && number(j + 3))))
    ++j;
  else if (const auto* o = !persian_ && (word_is(j, "\xD8\xAA\xD9\x85\xD8\xA7\xD9\x85") || word_is(j, "\xD9\x81\xDB\x8C\x20\xD8\xAA\xD9\x85\xD8\xA7\xD9\x85"))  // تمام, في تمام
                               ? entry_of(j + 1, kind::ordinal)
                               : nullptr;
           o && o->value >= 1 && o->value <= 12 && s_.compare(t_[j + 1].begin, 4, "\xD8\xA7\xD9\x84") == 0)
    ++j, about_hour = true;
  // 29-8-2021 | 15:33, 2024-05-06@13:21:55, الاثنين 24 أكتوبر 2016 • 19:28
  if (!standalone && (punct(j, '-') || punct(j, ',') || punct(j, '|') || punct(j, '@') || separator_symbol(j))) {
    ++j;
    if (punct(j - 1, '-') && punct(j, '-') && touching(j)) ++j;  // 04 أكتوبر 2018 -- 10:06:23: a doubled dash
  }
  // شنبه / ۲۵ اسفند ۱۳۸۶ / ۱۱:۱۵: a slash, before a clock with its minutes.
  else if (!standalone && punct(j, '/') && number(j + 1) && punct(j + 2, ':') && number(j + 3)) ++j;
  // تاريخ النشر: 22 مايو 2023 (19:34), ۱۵ مرداد ۱۴۰۲ (۱۹:۱۷): a page's clock in brackets after its date.
  else if (expression q; !standalone && punct(j, '(') && number(j + 1) && punct(j + 2, ':') && number(j + 3)) {
    const std::size_t e = time_part(j + 1, q, false);
    if ((e == j + 4 || (e == j + 6 && punct(j + 4, ':'))) && punct(e, ')')) {  // (19:34), (19:34:10)
      p.hour = q.hour, p.minute = q.minute, p.second = q.second;
      return written_zone(e + 1, p);
    }
  }
  // يوم الجمعة 19 أغسطس، تمام الساعة 20:37
  if (j > i && filler(j, lexicon::fill_about) && filler(j + 1, lexicon::fill_hour_word)) ++j;
  // October 26th, at 11:59 PM; ۱۵ مرداد در ۱۰:۳۰: "at" before a clock with its minutes.
  if (!standalone && filler(j, lexicon::fill_in) && number(j + 1) && punct(j + 2, ':') && number(j + 3)) ++j;
  // في الساعة, از ساعت ۲۳:۳۰, من الساعة: "at" or "from" (a range of clock
  // times gives its first).
  const bool from_word = filler(j, lexicon::fill_range_from);
  if ((filler(j, lexicon::fill_in) || from_word) && filler(j + 1, lexicon::fill_hour_word)) ++j;
  // ۲۶ آذر از ۸ صبح: "from" or "at" and a bare hour with its part of the day, after a date.
  else if (!standalone && (filler(j, lexicon::fill_in) || from_word) && plain_number(j + 1) &&
           t_[j + 1].digits <= 2 && strong_time_of_day(j + 2))
    ++j;
  // الجمعة 14 فبراير 2025 على الساعة 22:15: Maghrebi "at the hour", after
  // a date only (alone the time starts at الساعة).
  if (!standalone && j < n_ && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xD8\xB9\xD9\x84\xDB\x8C" &&
      filler(j + 1, lexicon::fill_hour_word))
    ++j;
  // يوم الاثنين 19 مارس 1962، في منتصف النهار, 5 ديسمبر عند منتصف النهار (على): "at" before noon, after a date.
  if (!standalone && (filler(j, lexicon::fill_in) || word_is(j, "\xD8\xB9\xD9\x86\xD8\xAF") || word_is(j, "\xD8\xB9\xD9\x84\xDB\x8C")))
    if (const std::size_t e = noon(j + 1, p, false)) return e;
  std::size_t hour_at = j;  // the hour word, when there is one
  if (filler(j, lexicon::fill_hour_word)) {
    hour_at = j;
    ++j;
    hour_word = true;
    if (filler(j, lexicon::fill_hour_word) && (number(j + 1) || entry_of(j + 1, kind::cardinal))) ++j;  // ساعت ساعت 11 (a site's template)
    // ۱۱ مرداد ۱۴۰۳ ساعت انتشار : 11:1:36: a page's "hour of publication" label after a date.
    if (!standalone && word_is(j, "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1") && punct(j + 1, ':') && number(j + 2)) ++j;  // انتشار
    if (punct(j, ':') && number(j + 1)) ++j;  // الساعة:21:05:00
    // الساعة (05:49) بتوقيت غرينتش, الساعة (1:24:50): the clock in brackets
    // after the hour word.
    const std::size_t close = punct(j + 4, ':') && number(j + 5) ? j + 6 : j + 4;
    if (punct(j, '(') && number(j + 1) && punct(j + 2, ':') && number(j + 3) && punct(close, ')')) {
      expression q;
      if (const std::size_t e = time_part(j + 1, q, false); e == close) {
        p.hour = q.hour;
        p.minute = q.minute;
        p.second = q.second;
        // الساعة (10:55) مساء: the part of the day after the bracket.
        std::size_t after = close + 1;
        if (const auto* tod = entry_of(after, kind::time_of_day);
            tod && t_[after].end - t_[after].begin > 4 && static_cast<unsigned char>(s_[t_[after].begin]) >= 0x80 &&
            q.hour <= 12) {
          apply_tod(tod->value, p);
          ++after;
        }
        return written_zone(after, p);
      }
    }
    // الساعة 35 : 01 after a page's date: the clock the right-to-left layout
    // turned round (minutes no hour can be, blanks around the colon): 01:35.
    if (plain_number(j) && t_[j].digits == 2 && t_[j].value >= 24 && t_[j].value <= 59 && punct(j + 1, ':') &&
        !touching(j + 1) && plain_number(j + 2) && !touching(j + 2) && t_[j + 2].digits <= 2 && t_[j + 2].value <= 23 &&
        !(j + 3 < n_ && punct(j + 3, ':'))) {
      p.hour = static_cast<int>(t_[j + 2].value);
      p.minute = static_cast<int>(t_[j].value);
      return written_zone(j + 3, p);
    }
    if (article(j) && number(j + 1)) ++j;     // على الساعة الـ 15:00: the article before the number
    // در ۲۴ ساعت ۱۲ ساعت برق: the hour word again after the number, a count of hours.
    if (plain_number(j) && filler(j + 1, lexicon::fill_hour_word) && !number(j + 2) && !entry_of(j + 2, kind::cardinal)) return 0;
    // از اولین ساعت 19 اردیبهشت: "the first hour of" a day; the number is that day, with its month after it.
    if (plain_number(j) && t_[j].digits <= 2 && t_[j].value >= 1 && t_[j].value <= 31 && month_name(j + 1)) return 0;
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
  // ساعت ۵۰ دقیقه بامداد, ساعت 54 دقیقه و 28 ثانیه بامداد (a new year's moment): minutes (and seconds) after
  // midnight, the hour not written.
  if (int v = 0; h < 0 && hour_word && persian_) {
    const std::size_t e = count_part(j, v);
    int sv = -1;
    std::size_t b = e + 1;  // where بامداد is
    if (e && filler(e, lexicon::fill_minute_word) && entry_of(e + 1, kind::connector))
      if (const std::size_t e2 = count_part(e + 2, sv); e2 && sv >= 0 && sv < 60 && filler(e2, lexicon::fill_second_word)) b = e2 + 1;
    if (b == e + 1) sv = -1;
    if (e && v > 0 && v < 60 && filler(e, lexicon::fill_minute_word) &&
        word_is(b, "\xD8\xA8\xD8\xA7\xD9\x85\xD8\xAF\xD8\xA7\xD8\xAF")) {
      h = 0;
      m = v;
      sec = sv;
      j = b;
      colon = true;  // the minutes are read
      minutes_named = true;
    }
  }
  // الساعة 0121 بتوقيت جرينتش: a four-digit (military) time, after the hour word and before a written zone; or
  // before a part of the day or with its hour's zero written (ساعت ۰۹۰۰ صبح, الساعة 1100 صباحاً, الساعة 0635): not
  // الساعة 1400 alone, which may be a year.
  if (h < 0 && hour_word && plain_number(j) && t_[j].digits == 4 && t_[j].value / 100 < 24 && t_[j].value % 100 < 60) {
    expression z;
    if (written_zone(j + 1, z) > j + 1) {
      p.hour = static_cast<int>(t_[j].value / 100);
      p.minute = static_cast<int>(t_[j].value % 100);
      p.second = -1;
      return written_zone(j + 1, p);
    }
    if (t_[j].value < 1000 || strong_time_of_day(j + 1)) {
      h = static_cast<int>(t_[j].value / 100);
      m = static_cast<int>(t_[j].value % 100);
      ++j;
      colon = true;
    }
  }
  if (h < 0 && (hour_word || !standalone)) {
    if (const std::size_t e = noon(j, p, !hour_word)) return e;
  }
  // الساعة 30ر1 بعد الظهر, الساعة ال00ر22سا: the Gulf and Maghrebi press's
  // ر for the decimal point, the digits in visual order (minutes ر hour),
  // and سا (ساعة) after them.
  if (h < 0 && hour_word && plain_number(j) && t_[j].digits == 2 && t_[j].value < 60 && word_is(j + 1, "\xD8\xB1") &&
      touching(j + 1) && touching(j + 2) && number(j + 2) && t_[j + 2].digits <= 2 && t_[j + 2].value <= 24) {
    h = static_cast<int>(t_[j + 2].value);
    m = static_cast<int>(t_[j].value);
    j += 3;
    colon = true;
    if (word_is(j, "\xD8\xB3\xD8\xA7") && touching(j)) ++j;  // سا
  }
  if (h >= 0) {
    // read above
  } else if (hour_word && punct(j, '(') && plain_number(j + 1) && t_[j + 1].digits <= 2 && t_[j + 1].value <= 24 &&
             punct(j + 2, ')') && !entry_of(j + 3, kind::ordinal) && !entry_of(j + 3, kind::unit)) {
    h = static_cast<int>(t_[j + 1].value);  // الساعة (5) من مساء اليوم: the hour alone in brackets (not الـ(4) الأولى, hours)
    j += 3;
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
    // الساعة 6.45 مساءً, الساعة 14.30, 1.39 بتوقيت موسكو, 9.00 صباحا: a dot for
    // the colon, after the hour word or before a written zone or a part of
    // the day only (alone 14.30 is a number).
    // الساعة 8,30, (2,43 ت غ): a comma likewise, after the hour word or before a written zone (AFP's); ساعت 7/15
    // صبح, a Persian slash.
    if ((((hour_word || zone_at(j + 2) || (!standalone && strong_time_of_day(j + 2))) && punct(j, '.')) ||
         ((hour_word || zone_at(j + 2)) && punct(j, ',')) || (hour_word && persian_ && punct(j, '/'))) &&
        touching(j) &&
        touching(j + 1) &&
        plain_number(j + 1) && t_[j + 1].digits == 2 &&
        t_[j + 1].value < 60 && !((punct(j + 2, '.') || punct(j + 2, '-') || punct(j + 2, '/')) && number(j + 3))) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
      colon = true;
      if (hour_word && filler(j, lexicon::fill_minute_word)) ++j;  // الساعة 5.47 دقيقة مساء: the minutes named
    }
    // 14h32, 18h00: the h of the Maghrebi press for the colon.
    if (!colon && h_minutes(j)) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
      colon = true;
      if (touching(j) && word_is(j, "\xD8\xAF")) ++j;  // 01سا45د: د for the minutes
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
      // ۱۹:۳۰:۰, 12:46:6: a page stamp's seconds in one digit (glued, nothing after that goes on with a number).
      const bool one_digit = j + 1 < n_ && t_[j + 1].digits == 1 && touching(j) && touching(j + 1) &&
                             !((punct(j + 2, ':') || punct(j + 2, '.') || punct(j + 2, '/')) && number(j + 3));
      if (punct(j, ':') && (spaced || (touching(j) && touching(j + 1))) && number(j + 1) &&
          (t_[j + 1].digits == 2 || one_digit) && t_[j + 1].value < 60) {
        sec = static_cast<int>(t_[j + 1].value);
        j += 2;
      }
      // ۰۰:۰۰طلوع خورشید: an empty prayer-time widget's zeros glued to its label.
      if (h == 0 && m == 0 && sec < 0 && touching(j) && j < n_ && (t_[j].t == type::word || t_[j].t == type::lex)) return 0;
      // ساعت ۵:۲۵ دقیقه عصر: the minutes named after the clock; without the
      // hour word, 2:24 دقيقة is a length (minutes and seconds).
      // ۶:۵۰ دقیقه به وقت تهران: with a written zone after, a clock too.
      if (sec < 0 && filler(j, lexicon::fill_minute_word)) {
        if (!hour_word && !zone_at(j + 1)) return 0;
        ++j;
      }
    }
  } else if (hour_word || ordinal_hour || cardinal_hour || about_hour || (persian_ && word_is(j + 1, oclock_word))) {
    const auto* e = cardinal_hour ? nullptr : entry_of(j, kind::ordinal);
    if (!e && (hour_word || cardinal_hour)) {
      // باستثناء ساعة واحدة, لمدة ساعة واحدة: an hour without its article
      // before a number in words is one hour long (the clock is الساعة الواحدة).
      if (!persian_ && hour_word && s_.compare(t_[hour_at].begin, 4, "\xD8\xA7\xD9\x84") != 0) return 0;
      e = entry_of(j, kind::cardinal);
    }
    if (!e || e->value < 0 || e->value > 24) return 0;
    // الفصل التشريعي الثامن عشر صباح يوم الأربعاء: without the hour word an
    // ordinal past twelve counts something else (the hours are twelve).
    if (ordinal_hour && !hour_word && !about_hour && e->value > 12) return 0;
    // الأولى فجر الإثنين والثانية قبيل الظهيرة: "the first" of two spans; one o'clock is الواحدة.
    if (ordinal_hour && !hour_word && !about_hour && e->value == 1 && !word_is(j, "\xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF\xD9\x87"))
      return 0;
    h = said = e->value;
    ++j;
  } else {
    return 0;
  }
  // ساعت ۵ بجه صبح, پنج بجه, ۸:۳۰ بجه: Dari's بجه ("o'clock") after the
  // hour makes any number one (after minutes in words too: هشت و نیم بجه).
  bool oclock = persian_ && h >= 0 && word_is(j, oclock_word);
  if (oclock) ++j;
  // A bare number is not a time; after a date, one before a part of the
  // day is (1 أغسطس 11 مساءً, 4 مساء غدا).
  if (!colon && !oclock && !hour_word && !ordinal_hour && !cardinal_hour && !about_hour &&
      !(!standalone && h >= 0 && h <= 12 && strong_time_of_day(j)))
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
      // والدقيقة 22 و01 ثانية: and its seconds.
      std::size_t s2 = j;
      if (s2 < n_ && entry_of(s2, kind::connector)) ++s2;
      else if (!(s2 < n_ && t_[s2].waw)) s2 = n_;
      if (s2 < n_ && plain_number(s2) && t_[s2].digits <= 2 && t_[s2].value < 60 &&
          filler(s2 + 1, lexicon::fill_second_word)) {
        sec = static_cast<int>(t_[s2].value);
        j = s2 + 2;
      }
    } else if (const int tens = !joined || !filler(k, lexicon::fill_minute_word) || s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") != 0 ? 0
                                : word_is(k + 1, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86") ? 20 : word_is(k + 1, "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xDB\x8C\xD9\x86") ? 30
                                : word_is(k + 1, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xDB\x8C\xD9\x86") ? 40 : word_is(k + 1, "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3\xDB\x8C\xD9\x86") ? 50 : 0;
               tens || (joined && filler(k, lexicon::fill_minute_word) && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") == 0 &&
                        entry_of(k + 1, kind::ordinal) && entry_of(k + 1, kind::ordinal)->value < 60)) {
      // الساعة العاشرة والدقيقة الأربعين صباحاً, والدقيقة الخامسة والعشرين:
      // the minute by its ordinal; والدقيقة السادسة والأربعين: its units,
      // then و and its tens.
      m = tens ? tens : entry_of(k + 1, kind::ordinal)->value, j = k + 2, minutes_in_words = minutes_named = true;
      const auto tens_at = [&](std::size_t x) {
        std::string_view w = x < n_ ? s_.substr(t_[x].begin, t_[x].end - t_[x].begin) : std::string_view{};
        if (w.size() > 2 && w.compare(0, 2, "\xD9\x88") == 0) w.remove_prefix(2);  // و written on
        return w == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86" ? 20 : w == "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xDB\x8C\xD9\x86" ? 30
               : w == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xDB\x8C\xD9\x86" ? 40 : w == "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3\xDB\x8C\xD9\x86" ? 50 : 0;
      };
      if (!tens && m < 10 && (t_[j].waw || (j < n_ && t_[j].t == type::word)) && tens_at(j)) m += tens_at(j), ++j;
      else if (!tens && m < 10 && entry_of(j, kind::connector) && tens_at(j + 1)) m += tens_at(j + 1), j += 2;
    } else if (joined && filler(k, lexicon::fill_half)) {
      m = 30, j = k + 1, minutes_in_words = true;
    } else if (joined && filler(k, lexicon::fill_quarter)) {
      m = 15, j = k + 1, minutes_in_words = true;
    } else if (joined && filler(k, lexicon::fill_third)) {
      m = 20, j = k + 1, minutes_in_words = true;
    } else if (const int one_or_two = !joined || persian_ || !filler(k, lexicon::fill_minute_word) ? 0
                                      : word_is(k, "\xD8\xAF\xD9\x82\xDB\x8C\xD9\x82\xD9\x87")  ? 1  // دقیقه (دقيقة)
                                      : word_is(k, "\xD8\xAF\xD9\x82\xDB\x8C\xD9\x82\xD8\xAA\xD8\xA7\xD9\x86") ||
                                                word_is(k, "\xD8\xAF\xD9\x82\xDB\x8C\xD9\x82\xD8\xAA\xDB\x8C\xD9\x86")
                                          ? 2  // دقیقتان, دقیقتین: the dual
                                          : 0) {
      // الساعة الثانية عشرة ودقيقة صباحا, العاشرة ودقيقتان: a minute or two
      // named by the singular or the dual alone.
      m = one_or_two, j = k + 1, minutes_in_words = minutes_named = true;
    } else if (const std::size_t e = joined ? count_part(k, v) : 0;
               e && v > 0 && v < 60 && (filler(e, lexicon::fill_minute_word) || (!persian_ && word_is(e, "\xD8\xAF")))) {
      // (الساعة 7 و44 د مساء: د, the Maghreb's short form of دقيقة.)
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
    } else if (const std::size_t e = joined && !persian_ && said >= 0 && !(i > 0 && filler(i - 1, lexicon::fill_between)) &&
                                         k < n_ && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") != 0
                                     ? count_part(k, v)
                                     : 0;
               e && v > 0 && v < 60 && (strong_time_of_day(e) || zone_at(e))) {
      // السابعة وثلاثين مساء, السابعة وخمسة وثلاثين في المساء: minutes
      // counted without the word minute after an hour in words, before a
      // part of the day or a zone (والثلاثين, with its article, is an
      // ordinal's tens; بين الساعة 8 و10 مساء two hours).
      m = v, j = e, minutes_in_words = true;
    } else if (const auto* w = entry_of(j, kind::weekday);
               w && w->value == 3 && h >= 1 && !persian_ &&  // not چهارشنبه شب
               s_.substr(t_[j].begin, t_[j].end - t_[j].begin).find(' ') != std::string_view::npos) {
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
  if (!oclock && minutes_in_words && persian_ && word_is(j, oclock_word)) ++j, oclock = true;
  if (h == 24 && (m != 0 || sec > 0)) return 0;
  // الساعة 7:00 (السابعة صباحاً) يوم الجمعة: a clock in figures with its
  // hour in words in brackets; the words' part of the day says its half.
  if (colon && !persian_ && punct(j, '(') && entry_of(j + 1, kind::ordinal) && h >= 0 && h <= 12) {
    const auto* o = entry_of(j + 1, kind::ordinal);
    std::size_t e = j + 2;
    const auto* tod = entry_of(e, kind::time_of_day);
    if (tod) ++e;
    if (o->value >= 1 && o->value <= 12 && o->value % 12 == h % 12 && punct(e, ')')) {
      if (tod && !entry_of(j, kind::time_of_day)) {
        expression q;
        q.hour = h;
        apply_tod(tod->value, q);
        h = q.hour;
      }
      j = e + 1;
    }
  }
  // الساعة الثامنة (20.00) مساء, السادسة (6:00) صباحا, الساعة الرابعة 16:00
  // مساءً: an hour in words with its clock in figures, in brackets or not;
  // the figures say the hour of the day.
  if (const std::size_t f = punct(j, '(') ? j + 1 : j;
      (ordinal_hour || (hour_word && said >= 0)) && !colon && plain_number(f) && t_[f].digits <= 2 &&
      (punct(f + 1, '.') || punct(f + 1, ':')) && (f != j || touching(f + 1)) && number(f + 2) && t_[f + 2].digits == 2 &&
      t_[f + 2].value < 60 && (f == j || punct(f + 3, ')')) && t_[f].value < 24 &&
      t_[f].value % 12 == static_cast<unsigned>(h % 12) && static_cast<int>(t_[f + 2].value) == m) {
    h = static_cast<int>(t_[f].value);
    j = f == j ? f + 3 : f + 4;
    colon = true;
  }
  // الساعة السابعة من صباح يوم الأحد: "of the morning of".
  if ((filler(j, lexicon::fill_of) || filler(j, lexicon::fill_range_from)) && entry_of(j + 1, kind::time_of_day))
    ++j;
  // الساعة 4:25، مساء: a comma before the part of the day of a clock in
  // figures, in Arabic (not before a relative day or weekday, which a comma
  // sets apart, nor in a list of times: الظهر 12:14، العصر 3:30, ظهر
  // ۱۲:۱۴، غروب ۱۸:۱۰).
  if (colon && !persian_ && punct(j, ',') && entry_of(j + 1, kind::time_of_day) && !entry_of(j + 1, kind::relative) &&
      !entry_of(j + 1, kind::weekday) && t_[j + 1].end - t_[j + 1].begin > 4 && !number(j + 2) && !number(j + 3))
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
  if (ordinal_hour && !tod_word && !minutes_then_day && !minutes_in_words && !zone_at(j)) return 0;
  // ده و نیم صبح; هشت و بیست دقیقه and یک ربع به هشت alone (ده و نیم alone
  // is ten and a half of anything).
  // هشت صبح: an hour of two to eleven in words with صبح after it too.
  const auto* morning = cardinal_hour && m == 0 && !colon ? entry_of(i, kind::cardinal) : nullptr;
  if (cardinal_hour && !oclock && !(minutes_in_words && tod_word) && !minutes_named &&
      !(morning && morning->value >= 2 && morning->value <= 11 && j == i + 1 && word_is(j, "\xD8\xB5\xD8\xA8\xD8\xAD")))  // صبح
    return 0;
  if (!tod_word && (ordinal_hour || (hour_word && !persian_)) && (minutes_in_words || zone_at(j)) && !minutes_then_day &&
      said >= 1 && said <= 5) {
    // صلاة العصر في تمام الثانية و46 دقيقة, الساعة الخامسة بتوقيت مكة
    // المكرمة: an Arabic ordinal hour of one to five with its minutes or a
    // written zone and no part of the day is an afternoon's (the small
    // hours are written فجرا; a kick-off or a summit is told in zones); from
    // six on the morning's.
    h += 12;
  } else if (const auto* e = entry_of(j, kind::time_of_day)) {
    // ساعت ۱۰ دیشب, ساعت ۹ دوشنبه‌شب: a night that is also a relative day
    // or a weekday says the half of the day and is left for the day after
    // the time to read.
    if (!entry_of(j, kind::relative) && !entry_of(j, kind::weekday)) ++j;
    expression q;
    q.hour = h;
    apply_part_of_day(e->value, q);
    h = q.hour;
    // الساعة السادسة عصراً وأربع دقائق: minutes in words after the part of
    // the day.
    if (!colon && m == 0 && !minutes_in_words && !persian_ && j < n_ && (t_[j].waw || entry_of(j, kind::connector))) {
      int v = 0;
      const std::size_t k = entry_of(j, kind::connector) ? j + 1 : j;
      if (const std::size_t e = count_part(k, v); e && v > 0 && v < 60 && filler(e, lexicon::fill_minute_word)) {
        m = v;
        j = e + 1;
      }
    }
  } else if (standalone && !hour_word && !oclock && !about_hour && !minutes_then_day && !(ordinal_hour && zone_at(j)) &&
             !((ordinal_hour || cardinal_hour) && minutes_in_words)) {
    return 0;  // "19:17" alone could be a score or a verse number
  }
  // من 23:24 درجة, غدا ۲۳:۲۵ درجه: two temperatures (from 23 to 24 degrees), no clock; after الساعة, one.
  if (colon && !hour_word && (word_is(j, "\xD8\xAF\xD8\xB1\xD8\xAC\xD9\x87") ||          // درجه (درجة)
                              word_is(j, "\xD8\xAF\xD8\xB1\xD8\xAC\xD8\xA7\xD8\xAA")))  // درجات
    return 0;
  if (h == 24) h = 0;
  p.hour = h;
  p.minute = m;
  p.second = sec;
  j = written_zone(j, p);
  // روز ۳ تیرماه از ساعت ۹ صبح تا ۲۳, يوم الخميس من الساعة 4:30 حتى 7:00:
  // after a date, a range of clock times stands apart from it (the day,
  // then its hours); "from" one clock alone is the moment the day's event
  // starts (روز ۱۴ خرداد از ساعت ۸ صبح).
  if (!standalone && from_word && j > i + 1 && hours_to(j)) return 0;
  // الساعة السابعة والنصف مساء بالتوقيت المحلي (17:30 ت غ): the same moment
  // in GMT in brackets, which says the instant where the local zone is not
  // the one the text is read in.
  // With its own zone (الساعة 18:45 مساء بتوقيت عمان (15:45 ت.غ)) the
  // bracket is the same moment again, read with it.
  {
    std::size_t k = j;
    if (word_is(k, "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD9\x82\xDB\x8C\xD8\xAA") &&
        word_is(k + 1, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xDB\x8C"))  // بالتوقیت المحلی (بالتوقيت المحلي)
      k += 2;
    expression g;
    if (punct(k, '(') && number(k + 1) && (punct(k + 2, ':') || punct(k + 2, '.'))) {  // (17.20 ت غ) too
      std::size_t e = time_part(k + 1, g, false);
      // ت.غ: توقيت غرينتش abbreviated with a dot, read only here (ت غ and تغ are zones of the lexicon).
      if (e && g.zone < 0 && word_is(e, "\xD8\xAA")) {
        const std::size_t f = punct(e + 1, '.') ? e + 2 : e + 1;
        if (word_is(f, "\xD8\xBA")) {
          g.zone = utc_zone();
          e = f + 1;
        }
      }
      if (e && g.zone >= 0 && lexicon::zone_name(g.zone) == "UTC" && g.zone_offset == expression::no_offset && punct(e, ')')) {
        // الساعة 4:44 صباحا بتوقيت الدوحة المحلي (1:44 صباحا بتوقيت غرينتش), الساعة 11:15 صباحًا بالتوقيت المحلي
        // (09:15 بتوقيت غرينتش): a clock with a zone of its own named, or local time, then GMT's named in full, are
        // the moment told twice, each a time of its own (not ت غ, an agency's gloss).
        const bool own = p.zone >= 0 || p.zone_offset != expression::no_offset || k > j;  // k > j: بالتوقيت المحلي
        for (std::size_t z = k + 1; own && z < e; ++z)
          if (entry_of(z, kind::zone) && t_[z].end - t_[z].begin > 6) return k;  // (بالتوقيت المحلي the first's)
        if (p.zone < 0 && p.zone_offset == expression::no_offset) {
          p.hour = g.hour;
          p.minute = g.minute;
          p.second = g.second;
          p.zone = g.zone;
        }
        return e + 1;
      }
    }
  }
  return j;
}

// A written zone at j. ت م (توقيت مكة) only with its blank: تم is a verb
// (الرؤية الأولى تم اعلان).
bool grammar::zone_at(std::size_t j) const {
  return entry_of(j, kind::zone) && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) != "\xD8\xAA\xD9\x85";
}

// After a clock that "from" began, ending at j: "to" another hour (تا ۱۴,
// إلى الساعة 2 ظهرا, حتى السابعة), past the same clock in figures in
// brackets (الواحدة صباحًا (01:00) إلى غاية الثانية زوالًا).
bool grammar::hours_to(std::size_t j) const {
  if (punct(j, '(') && number(j + 1) && punct(j + 2, ':') && number(j + 3) && punct(j + 4, ')')) j += 5;
  if (!filler(j, lexicon::fill_range_to) || entry_of(j, kind::connector)) return false;
  const std::size_t k = filler(j + 1, lexicon::fill_hour_word) ? j + 2 : j + 1;
  const auto* word = entry_of(k, kind::ordinal);
  if (!word) word = entry_of(k, kind::cardinal);
  const std::uint32_t v = number(k) && t_[k].digits <= 2 ? t_[k].value : word ? static_cast<std::uint32_t>(word->value) : 0;
  return v >= 1 && v <= 24 && !month_name(k + 1);
}

// الأربعاء (منتصف النهار), 1 أكتوبر منتصف النهار, الساعة منتصف النهار: noon
// as a clock time (12:00), in brackets where `paren` allows them. Returns
// the token after it, or 0.
std::size_t grammar::noon(std::size_t j, expression& p, bool paren) const {
  const bool open = paren && punct(j, '(');
  const std::size_t at = open ? j + 1 : j;
  if (!word_is(at, "\xD9\x85\xD9\x86\xD8\xAA\xD8\xB5\xD9\x81 \xD8\xA7\xD9\x84\xD9\x86\xD9\x87\xD8\xA7\xD8\xB1") ||
      (open && !punct(at + 1, ')')))
    return 0;
  p.hour = 12;
  p.minute = 0;
  p.second = -1;
  return open ? at + 2 : at + 1;
}

}  // namespace grammar
}  // namespace taqvim
