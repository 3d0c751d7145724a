// Rules for years: after a year word or era marker, in a list after the year word, in brackets, a history list's year
// (bare years after "in" or a time word: rules_bare_year.cc; a headline's and a citation's: rules_year_cited.cc).
#include "grammar/grammar.h"
#include "grammar/year_words.h"

namespace taqvim {
namespace grammar {

namespace {
// أكثر من, لأزيد من, أقل من, ما يقرب من (folded): what follows من is a count.
bool more_or_less(std::string_view w) {
  if (w.size() > 2 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0)) w.remove_prefix(2);  // ل, ب
  return w == "\xD8\xA7\xDA\xA9\xD8\xAB\xD8\xB1" || w == "\xD8\xA7\xD8\xB2\xDB\x8C\xD8\xAF" ||  // اکثر, ازید
         w == "\xD8\xA7\xD9\x82\xD9\x84" || w == "\xDB\x8C\xD9\x82\xD8\xB1\xD8\xA8" ||          // اقل, یقرب
         w == "\xDB\x8C\xD8\xB2\xDB\x8C\xD8\xAF";                                                  // یزید
}
}  // namespace

// 1887 - بداية بناء برج إيفل, 1924 – سعد زغلول يؤلف: a history list's year, first on its line, then a dash and words.
bool grammar::listed_year(std::size_t i, expression& p) const {
  if (!plain_number(i) || t_[i].digits != 4 || t_[i].value < 1000 || t_[i].value > 2100) return false;
  // 1967 : إعتماد نظام النقط: a colon for the dash, also after a full stop (a history told in one paragraph).
  const bool colon = punct(i + 1, ':') && t_[i + 1].space_before;
  if (i > 0 && t_[i - 1].t != type::newline && !(t_[i - 1].t == type::punct && t_[i - 1].punct == 0 && i > 1 &&
                                                   t_[i - 2].t == type::newline) && !(colon && punct(i - 1, '.')))
    return false;  // first on its line (a bullet may stand before it)
  // 1962 –⏎الاتحاد السوفيتي يعلن: the dash ends the line, the event on the next.
  const std::size_t w = dash(i + 1) && i + 2 < n_ && t_[i + 2].t == type::newline ? i + 3 : i + 2;
  // ⏎1952⏎أول عملية زرع قرنية⏎1986⏎: a timeline, each year alone on its line
  // before its event's (another such year near it: a lone number is as often a count).
  const auto lone = [&](std::size_t k) {
    return plain_number(k) && t_[k].digits == 4 && t_[k].value >= 1800 && t_[k].value <= 2100 &&
           (k == 0 || t_[k - 1].t == type::newline) && k + 2 < n_ && t_[k + 1].t == type::newline &&
           (t_[k + 2].t == type::word || t_[k + 2].t == type::lex);  // (not a table's column of prices: 1938⏎1964⏎26)
  };
  // •  1941 انفصال دائرة الجوازات⏎  •  1966 تم تأسيس: a bulleted list, each year first after its bullet, then its
  // event's words (another such line near it).
  const auto bulleted = [&](std::size_t k) {
    return plain_number(k) && t_[k].digits == 4 && t_[k].value >= 1800 && t_[k].value <= 2100 && k >= 1 &&
           t_[k - 1].t == type::punct && t_[k - 1].punct == 0 && (k == 1 || t_[k - 2].t == type::newline) && k + 1 < n_ &&
           (t_[k + 1].t == type::word || t_[k + 1].t == type::lex);
  };
  bool timeline = false;
  for (std::size_t k = i > 16 ? i - 16 : 0; lone(i) && k < n_ && k <= i + 16 && !timeline; ++k) timeline = k != i && lone(k);
  for (std::size_t k = i > 60 ? i - 60 : 0; bulleted(i) && k < n_ && k <= i + 60 && !timeline; ++k) timeline = k != i && bulleted(k);
  if (!timeline && (!(dash(i + 1) || colon) || w >= n_ || (t_[w].t != type::word && t_[w].t != type::lex) || number(w))) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.te = i + 1;
  return true;
}

bool grammar::dateless_word(std::size_t k) const {
  constexpr auto bit = [](kind x) { return 1U << static_cast<unsigned>(x); };
  constexpr std::uint32_t dated =
      bit(kind::month_jalali) | bit(kind::month_hijri) | bit(kind::month_gregorian) | bit(kind::weekday) |
      bit(kind::era) | bit(kind::cardinal) | bit(kind::ordinal) | bit(kind::relative) | bit(kind::unit) |
      bit(kind::direction) | bit(kind::part) | bit(kind::span) | bit(kind::holiday) | bit(kind::decade) |
      bit(kind::weekday_qualifier);
  return k < n_ && (t_[k].t == type::word || (t_[k].t == type::lex && !(t_[k].kinds & dated))) &&
         static_cast<unsigned char>(s_[t_[k].begin]) >= 0x80;
}

std::size_t grammar::place_year(std::size_t i) const {
  if (i >= n_ || (persian_ && !filler(i, lexicon::fill_in))) return i;
  std::size_t k = i;
  if (filler(i, lexicon::fill_in)) {
    ++k;
    while (k < i + 5 && dateless_word(k) && !filler(k, lexicon::fill_year_word)) ++k;  // لهذا العام 2023 stands apart
    if (k == i + 1) return i;
  } else if (s_.compare(t_[i].begin, 6, "\xD8\xA8\xD8\xA7\xD9\x84") == 0 && t_[i].end - t_[i].begin > 10 &&
             dateless_word(i)) {  // بال and three letters or more: بالمغرب
    ++k;
  } else {
    return i;
  }
  // فاتح شهر رمضان المعظم بالمملكة لعام 1444 هـ, أول أيام شهر رمضان في المغرب لسنة 1440 هجرية, بالمغرب، لعام 1445 هـ: a
  // year word after a country or city (not after other words: وقفة عرفة في الحكومة الاتحادية للعام 1444هـ, عيد الأضحى
  // في المملكة السعودية لهذا العام 2023 name the year apart).
  const std::size_t w = punct(k, ',') ? k + 1 : k;
  if (filler(w, lexicon::fill_year_word) && plain_number(w + 1) && t_[w + 1].digits == 4 &&
      !entry_of(w, kind::relative)) {  // لهذا العام
    bool city = false;
    for (std::size_t x = i; x < w; ++x) {
      // Beside the places' list: المغرب (a list apart for its other sense,
      // sunset) and المملكة (the kingdom), also on ب.
      const std::size_t skip = s_.compare(t_[x].begin, 2, "\xD8\xA8") == 0 ? 2 : 0;
      const std::string_view word(s_.data() + t_[x].begin + skip, t_[x].end - t_[x].begin - skip);
      if (place_at(x, city) >= 0 || word == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xBA\xD8\xB1\xD8\xA8" ||
          word == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD9\x84\xDA\xA9\xD9\x87")
        return w;
    }
  }
  if (persian_ || !plain_number(k) || t_[k].digits != 4 || t_[k].value % 100 == 0) return i;
  // Only a year: 2022, not a count after the place (في غزة 1500 شهيد).
  const std::size_t e = entry_of(k + 1, kind::era) ? k + 2 : k + 1;
  return (t_[k].value >= 1900 && t_[k].value <= 2100) || (entry_of(k + 1, kind::era) && t_[k].value >= 1300)
             ? (year_can_end(e) || punct(e, ',') ? k : i)
             : i;
}

// از ۱۳۹۲ تاکنون, از ۹۲ تا کنون, من 2015 وحتى الآن: a year after "from", "until now" or a year named from now
// after it (a count after از or من has a unit between).
bool grammar::year_until_now(std::size_t i, expression& p) const {
  if (i == 0 || !filler(i - 1, lexicon::fill_range_from) || !plain_number(i)) return false;
  const std::uint32_t v = t_[i].value;
  const bool two = persian_ && t_[i].digits == 2 && v >= 30;  // ۹۲ is 1392; not ۱۲, which would be ahead
  if (!(two || (t_[i].digits == 4 && ((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499))))) return false;
  std::size_t k = i + 1;
  if (word_is(k, "\xD8\xAA\xD8\xA7\xDA\xA9\xD9\x86\xD9\x88\xD9\x86")) {  // تاکنون
  } else if (filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector)) {
    ++k;
    if (persian_ && word_is(k, "\xD8\xA8\xD9\x87") && word_is(k + 1, "\xD8\xAD\xD8\xA7\xD9\x84")) {  // تا به حال
    } else if (relative_year_at(k) || (entry_of(k, kind::relative) && entry_of(k, kind::relative)->aux == lexicon::unit_year)) {
      // من 2008 وحتى العام قبل الماضي, از ۱۳۸۵ تا پارسال: to a year named from now (the engine joins the span).
    } else if (!(persian_ ? word_is(k, "\xDA\xA9\xD9\x86\xD9\x88\xD9\x86") ||                    // تا کنون
                               word_is(k, "\xD8\xA7\xDA\xA9\xD9\x86\xD9\x88\xD9\x86")          // تا اکنون
                         : word_is(k, "\xD8\xA7\xD9\x84\xD8\xA2\xD9\x86") || word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86"))) {  // الآن
      return false;
    }
  } else {
    return false;
  }
  p.s = shape::year;
  p.year = static_cast<int>(v);
  p.two_digit_year = two;
  p.te = i + 1;
  return true;
}

// في عام 2022, سال ۱۴۰۲, 1402 ه.ش, 2022م
bool grammar::year_expr(std::size_t i, expression& p) const {
  // تصویب نامه 67768 /ت 250 ه: the number of a cabinet decree after its letter ت after a slash (the letter ه after it
  // is the cabinet's, no era). Not ت alone: (ت 1934م) is a death's year (توفي) in a biography.
  if (i > 1 && word_is(i - 1, "\xD8\xAA") && punct(i - 2, '/')) return false;
  // سال نو ۲۰۲۴ میلادی, سال نو ۲۰۲۶: in Persian the Gregorian new year of the year written, its first day (as سال نو
  // میلادی 2024, a named day); سال نو ۱۴۰۳ stays the Solar Hijri year.
  if (persian_ && word_is(i, "\xD8\xB3\xD8\xA7\xD9\x84") && filler(i + 1, lexicon::fill_new) && plain_number(i + 2) &&  // سال
      t_[i + 2].digits == 4 && t_[i + 2].value >= 1900 && t_[i + 2].value <= 2100 && !counted_noun(i + 3)) {
    const auto* e = entry_of(i + 3, kind::era);
    p.s = shape::date, p.sys = system::gregorian, p.sys_from_name = true;
    p.year = static_cast<int>(t_[i + 2].value), p.month = 1, p.day = 1;
    p.te = i + 3 + (e && era_system(e->value) == system::gregorian);
    return true;
  }
  // (2004 به بعد), ۱۳۹۸ به بعد: a year and "onwards" (from it on; the year).
  if (persian_ && plain_number(i) && t_[i].digits == 4 && ((t_[i].value >= 1800 && t_[i].value <= 2100) || (t_[i].value > 1300 && t_[i].value < 1500)) &&
      word_is(i + 1, "\xD8\xA8\xD9\x87") && word_is(i + 2, "\xD8\xA8\xD8\xB9\xD8\xAF") && !(i > 0 && month_name(i - 1))) {  // به بعد (مرداد ۱۳۷۳ به بعد: the month's)
    p.s = shape::year;
    p.year = static_cast<int>(t_[i].value);
    p.te = i + 3;
    return true;
  }
  // جنگ های داخلی سال های ۱۹۹۰, در سالهای ۱۹۸۰, در سالهای 70: "the years 1990" or "70", one year of a decade after
  // the plural alone, is the decade, the two digits' of the text's century (not a list's first year: سال‌های ۱۹۹۰ و ۲۰۰۰,
  // سال‌های ۱۹۹۰ تا ۱۹۹۵); so are its tens in words (سالهای پنجاه میلادی, سال‌های شصت; not پنجاه و پنج, nor a list).
  const std::size_t y = filler(i, lexicon::fill_in) ? i + 1 : i;
  const bool years_plural = persian_ && filler(y, lexicon::fill_year_word) &&
                            s_.substr(t_[y].begin, t_[y].end - t_[y].begin).find("\xD9\x87\xD8\xA7") != std::string_view::npos;  // ها
  if (const auto* c = years_plural ? entry_of(y + 1, kind::cardinal) : nullptr;
      c && c->value >= 20 && c->value <= 90 && c->value % 10 == 0 && !entry_of(y + 2, kind::cardinal) &&
      !(entry_of(y + 2, kind::connector) && (entry_of(y + 3, kind::cardinal) || number(y + 3))) && !entry_of(y + 2, kind::relative) &&
      !entry_of(y + 2, kind::direction) && !word_is(y + 2, "\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1") && !counted_noun(y + 2)) {
    p.s = shape::decade, p.year = static_cast<int>(c->value), p.two_digit_year = true, p.sys = system::unknown, p.te = y + 2;
    if (const auto* e = entry_of(y + 2, kind::era); e && t_[y + 2].end - t_[y + 2].begin > 2)
      p.sys = era_system(e->value), p.sys_from_name = true, ++p.te;
    return true;
  }
  if (years_plural &&
      plain_number(y + 1) &&
      ((t_[y + 1].digits == 4 && t_[y + 1].value >= 1900 && t_[y + 1].value <= 2090) ||
       (t_[y + 1].digits == 2 && t_[y + 1].value >= 20 && !entry_of(y + 2, kind::relative) && !entry_of(y + 2, kind::direction) &&
        !entry_of(y + 2, kind::weekday_qualifier) && !word_is(y + 2, "\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1"))) &&  // (not ۲۰ گذشته, ۲۰ اخیر: years past)
      t_[y + 1].value % 10 == 0 &&
      !((entry_of(y + 2, kind::connector) || punct(y + 2, ',') || dash(y + 2) || filler(y + 2, lexicon::fill_range_to)) &&
        number(y + 3)) &&
      !(y + 2 < n_ && t_[y + 2].waw && number(y + 2)) && !counted_noun(y + 2)) {
    p.s = shape::decade;
    p.year = static_cast<int>(t_[y + 1].value);
    p.two_digit_year = t_[y + 1].digits == 2;
    p.sys = system::gregorian;
    p.te = y + 2;
    if (const auto* e = entry_of(y + 2, kind::era); e && (!p.two_digit_year || t_[y + 2].end - t_[y + 2].begin > 2)) {
      if (p.two_digit_year) p.sys = era_system(e->value), p.sys_from_name = true;  // سالهای ۹۰ شمسی (not م, as often metres)
      ++p.te;
    } else if (p.two_digit_year) {
      p.sys = system::unknown;
    }
    return true;
  }
  // قانون الأوقاف 2008, مدونة الأوقاف 2010, دستور المملكة 2011: a law's or a code's name of one word, then its year (not a
  // round hundred, nor before what a number counts).
  if (!persian_ && plain_number(i) && t_[i].digits == 4 && i >= 2 && t_[i].value >= 1900 && t_[i].value <= 2100 && t_[i].value % 100 != 0 &&
      (t_[i - 1].t == type::word || t_[i - 1].t == type::lex) && !month_name(i - 1) &&
      (word_is(i - 2, "\xD9\x82\xD8\xA7\xD9\x86\xD9\x88\xD9\x86") || word_is(i - 2, "\xD9\x85\xD8\xAF\xD9\x88\xD9\x86\xD9\x87") || word_is(i - 2, "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x88\xD8\xB1")) &&
      !counted_noun(i + 1) && !entry_of(i + 1, kind::unit) && (i + 1 >= n_ || t_[i + 1].t != type::number) && !punct(i + 1, '/') &&
      !word_is(i - 1, "\xD8\xB1\xD9\x82\xD9\x85") && !word_is(i - 1, "\xD8\xB9\xD8\xAF\xD8\xAF")) {  // (not قانون رقم 2015/68, a law's number)
    p.s = shape::year, p.year = static_cast<int>(t_[i].value), p.te = i + 1;
    return true;
  }
  // سال انتشار: 1396, سنة التشريع: 1985, سنة النشر: 2019: a record's label, the year word and what it dates, a colon,
  // then the year.
  if (plain_number(i) && t_[i].digits == 4 && i >= 3 && punct(i - 1, ':') && filler(i - 3, lexicon::fill_year_word) &&
      (t_[i - 2].t == type::word || t_[i - 2].t == type::lex) && !month_name(i - 2) && !counted_noun(i + 1) &&
      ((t_[i].value >= 1800 && t_[i].value <= 2100) || (t_[i].value >= 1300 && t_[i].value <= 1460))) {
    p.s = shape::year, p.year = static_cast<int>(t_[i].value), p.te = i + 1;
    return true;
  }
  if (event_year(i, p)) return true;
  // تاریخ گزینش | ۱۹۸۸ |, آغاز ساخت | ۱۹۷۶ |: an infobox's row, a label's words, then the year alone in its cell.
  if (plain_number(i) && t_[i].digits == 4 && i >= 2 && punct(i - 1, '|') && (t_[i - 2].t == type::word || t_[i - 2].t == type::lex) &&
      punct(i + 1, '|') && (i + 2 >= n_ || t_[i + 2].t == type::newline) &&
      ((t_[i].value >= 1800 && t_[i].value <= 2100) || (persian_ && t_[i].value >= 1200 && t_[i].value < 1500))) {
    p.s = shape::year, p.year = static_cast<int>(t_[i].value), p.te = i + 1;
    return true;
  }
  // قرار هدم صادر من 2010..: "from" a year that punctuation or the line's end closes (not a range's start, nor a round
  // count: من 2000.). انطلاقا من 2016، بعدما, جعلت من 2017 سنة, من 1975 من أجل: a year of these decades with a comma or
  // a word that ends it (year_can_end) after it, when no comparative stands before من (أكثر من 2015 حالة counts).
  if (!persian_ && i > 0 && filler(i - 1, lexicon::fill_range_from) && plain_number(i) && t_[i].digits == 4 &&
      t_[i].value >= 1900 && t_[i].value <= 2100 && t_[i].value % 100 != 0 &&
      (i + 1 >= n_ || t_[i + 1].t == type::newline ||
       (t_[i + 1].t == type::punct && !dash(i + 1) && !punct(i + 1, '/') && !punct(i + 1, ',') && !punct(i + 1, '%')) ||
       (t_[i].value >= 1950 && t_[i].value <= 2035 && !entry_of(i + 1, kind::era) && !(i > 1 && more_or_less(s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin))) &&
        (punct(i + 1, ',') ? !number(i + 2) : (t_[i + 1].t == type::word || t_[i + 1].t == type::lex) && year_can_end(i + 1) &&
                                                  !filler(i + 1, lexicon::fill_range_to))))) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i].value);
    p.te = i + 1;
    return true;
  }
  if (early_year_twin(i, p) || bare_year_after_in(i, p)) return true;
  if (bare_year_after_time_word(i, p)) return true;
  if (year_until_now(i, p)) return true;
  if (listed_year(i, p) || works_year(i, p) || same_month_year(i, p)) return true;
  if (headline_year(i, p) || cited_year(i, p) || census_year(i, p)) return true;
  // برنامه نوروزی ۱۳۹۸/۲۰۱۹, سال ۲۰۱۹/۱۳۹۸: a Solar Hijri year and the Gregorian year its Farvardin falls in after a
  // slash, one year written twice, the first written (as in brackets).
  if (bool jalali_first = false; plain_number(i) && !(punct(i + 3, '/') && touching(i + 3)) && solar_gregorian_twin(i, jalali_first)) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i].value);
    p.sys = jalali_first ? system::jalali : system::gregorian;
    p.sys_from_name = true;
    p.lead = i > 0 && filler(i - 1, lexicon::fill_year_word) ? 1 : 0;
    p.te = i + 3;
    return true;
  }
  // در سال‌های ۲۰۰۴ و ۲۰۱۲ و ۲۰۱۶, در سالهای ۱۹۶۱، ۱۹۶۵، ۱۹۹۸، ۲۰۰۲ و ۲۰۱۳, في سنوات 2010 – 2012 – 2016: each year of a list
  // after the year word, joined by و, commas or dashes. Persian two-digit years too: سالهای ۹۰ و ۹۱.
  if (plain_number(i) && ((t_[i].digits == 4 && t_[i].value >= 1000 && t_[i].value <= 2200) || (persian_ && t_[i].digits == 2))) {
    std::size_t k = i;
    for (;;) {  // (سنوات 2005، و2007، و2009: a comma and و)
      const std::size_t b = k >= 3 && entry_of(k - 1, kind::connector) && punct(k - 2, ',') ? k - 2 : k - 1;
      if (!(k >= 2 && b >= 1 && (entry_of(b, kind::connector) || punct(b, ',') || dash(b)) && plain_number(b - 1) &&
            t_[b - 1].digits == t_[i].digits))
        break;
      k = b - 1;
    }
    // خلال الفترة (2015 - 2016 - 2017 - 2018): three years or more alone in brackets, each a year.
    const auto bracketed = [&] {
      if (k == 0 || !punct(k - 1, '(') || t_[i].digits != 4) return false;
      const auto year_at = [&](std::size_t y) {
        return plain_number(y) && t_[y].digits == 4 && t_[y].value >= 1800 && t_[y].value <= 2100;
      };
      std::size_t x = k, count = 1;
      bool joined = true;  // (2005 و 2006): two years on و, each (two by a dash are a span)
      if (!year_at(x)) return false;
      while ((dash(x + 1) || punct(x + 1, ',') || entry_of(x + 1, kind::connector)) && year_at(x + 2))
        joined = joined && entry_of(x + 1, kind::connector), x += 2, ++count;
      // (Not after the year word: للعام (٢٠٢٤و٢٠٢٥)م is one school year over two.)
      return (count >= 3 || (count == 2 && joined && !(k >= 2 && filler(k - 2, lexicon::fill_year_word)))) && punct(x + 1, ')');
    };
    if (bracketed()) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[i].value);
      p.te = i + 1;
      return true;
    }
    if (k < i && k > 0 && filler(k - 1, lexicon::fill_year_word) &&
        (t_[i].digits == 4 || s_.compare(t_[k - 1].begin, 6, "\xD8\xB3\xD8\xA7\xD9\x84") == 0) && !counted_noun(i + 1) &&
        !entry_of(i + 1, kind::unit)) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[i].value);
      p.two_digit_year = t_[i].digits == 2;
      p.te = i + 1;
      return true;
    }
  }
  // حج (1443) ﻫ.ق مطابق (1401) ﻫ.ش, موسم (1443) هـ: a year in brackets, its era marker after them.
  if (i > 0 && punct(i - 1, '(') && plain_number(i) && t_[i].digits == 4 && punct(i + 1, ')')) {
    // (Not (1200)م2, square metres.)
    if (const auto* e = entry_of(i + 2, kind::era); e && !(number(i + 3) && touching(i + 3))) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[i].value);
      p.sys = era_system(e->value);
      p.sys_from_name = true;
      p.lead = 1;
      p.te = i + 3;
      return true;
    }
  }
  // بالجزائر (2015)، وفاز, کلاه قرمزی و پسرخاله (1373) - کارگردان: four digits alone in brackets after a word, a
  // year (in Persian a Solar Hijri one of the last century too); not a count, محلية أبوحجار (1300) قطعة.
  // (Not a sanctions committee's or regime's resolution, کمیته تحریمهای افغانستان (۱۹۸۸), لجنة العقوبات (1267); nor a hotline.)
  const auto sanctions = [&] {
    for (std::size_t k = i - 2; k + 4 > i && k > 0; --k) {
      const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
      if (w.compare(0, 10, "\xD8\xAA\xD8\xAD\xD8\xB1\xDB\x8C\xD9\x85") == 0 ||  // تحریم…
          w == "\xDA\xA9\xD9\x85\xDB\x8C\xD8\xAA\xD9\x87" || w == "\xD9\x84\xD8\xAC\xD9\x86\xD9\x87" ||  // کمیته لجنه
          w == "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x82\xD9\x88\xD8\xA8\xD8\xA7\xD8\xAA" ||  // العقوبات
          // خط الوزارة الساخن (1739), سامانه (۱۴۹۰): a hotline's number.
          w == "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xAE\xD9\x86" || w == "\xD8\xB3\xD8\xA7\xD8\xAE\xD9\x86" ||  // الساخن ساخن
          w == "\xD8\xB3\xD8\xA7\xD9\x85\xD8\xA7\xD9\x86\xD9\x87" || w == "\xD9\x87\xD8\xA7\xD8\xAA\xD9\x81" ||    // سامانه هاتف
          w == "\xD8\xAA\xD9\x84\xD9\x81\xD9\x86")  // تلفن
        return true;
    }
    return false;
  };
  // وموقع دقة الأثري (1997) ومدينة سوسة: a list's next item on و after the bracket (not وحدة, a count's unit);
  // "الخوالي" (2000): a title in quotes before it.
  const auto next_item = [&](std::size_t k) {
    if (k < n_ && t_[k].t == type::lex && t_[k].waw)  // (ومدينة: a place's word, و stripped)
      return !entry_of(k, kind::unit) && !entry_of(k, kind::cardinal) && !month_name(k) && !counted_noun(k);
    const std::string_view w = k < n_ && t_[k].t == type::word ? s_.substr(t_[k].begin, t_[k].end - t_[k].begin) : "";
    return w.size() >= 8 && w.compare(0, 2, "\xD9\x88") == 0 && w != "\xD9\x88\xD8\xAD\xD8\xAF\xD9\x87" && !counted_noun(k);  // و, وحده
  };
  const bool quoted = i > 2 && punct(i - 2, '"') && t_[i - 3].t == type::word;
  if (i > 1 && punct(i - 1, '(') && plain_number(i) && t_[i].digits == 4 && punct(i + 1, ')') &&
      (t_[i - 2].t == type::word || quoted ||  // (not after a date's or a count's word: يوليو (2005), بين (2000) و(3000))
       (t_[i - 2].t == type::lex && !month_name(i - 2) && !entry_of(i - 2, kind::era) && !entry_of(i - 2, kind::cardinal) &&
        !entry_of(i - 2, kind::ordinal) &&  // فصل سوم (٢٠٢٣): a season's name
        !filler(i - 2, lexicon::fill_range_from) && !filler(i - 2, lexicon::fill_range_to))) &&
      ((t_[i].value >= 1900 && t_[i].value <= 2100) || (persian_ && t_[i].value >= 1300 && t_[i].value <= 1420) ||
       // کتابخانه مارچانا در ونیز (1468)؛: a year of the last centuries before punctuation (no Solar or lunar one yet).
       (t_[i].value >= 1450 && t_[i].value < 1900 && t_[i].value % 100 != 0 &&
        (i + 2 >= n_ || t_[i + 2].t == type::punct || t_[i + 2].t == type::newline))) &&
      !number(i + 2) && !entry_of(i + 2, kind::era) &&
      (persian_ ? !counted_noun(i + 2) && !entry_of(i + 2, kind::unit) : year_can_end(i + 2) || next_item(i + 2) ||
                               (quoted && !counted_noun(i + 2) && !entry_of(i + 2, kind::unit))) && !sanctions()) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i].value);
    if (t_[i].value > 1420 && t_[i].value < 1900) p.sys = system::gregorian;  // (1468) in Persian too
    p.lead = 1;
    p.te = i + 2;
    return true;
  }
  // سال (۵۴۰ ق), سنة (1343 هـ): the year word, then the year and its era in brackets.
  if (filler(i, lexicon::fill_year_word) && punct(i + 1, '(') && plain_number(i + 2) && t_[i + 2].digits >= 3 &&
      entry_of(i + 3, kind::era) && punct(i + 4, ')')) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i + 2].value);
    p.sys = era_system(entry_of(i + 3, kind::era)->value);
    p.sys_from_name = true;
    p.te = i + 5;
    return true;
  }
  std::size_t j = i;
  if (filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word)) ++j;
  int year = 0;
  bool two = false, named = false;
  system sys = system::unknown;
  const std::size_t k = year_part(j, year, two, sys, named, true);
  // سال ۹۷: Persian writes the Jalali year in two digits after سال. Not a count of units after it: در این سال 30 روز
  // (thirty days that year). سال 91 خورشیدی: its Solar Hijri era after it too.
  const bool persian_two = two && persian_ && filler(j, lexicon::fill_year_word) && (!named || sys == system::jalali) &&
                           s_.compare(t_[j].begin, 6, "\xD8\xB3\xD8\xA7\xD9\x84") == 0 &&
                           // (ساعت 8 after it is a clock, not a count of hours: کنکور سال 89 ساعت 8 صبح فردا.)
                           (!entry_of(k, kind::unit) || (filler(k, lexicon::fill_hour_word) && number(k + 1))) &&
                           !counted_noun(k) &&  // تا پایان سال ۱۴ کیلومتر دیگر: a distance
                           !(j > 0 && number(j - 1)) &&  // 5 سال 90 تا 100 هزار کیلومتر: a count of years before
                           !(punct(k, '.') && touching(k) && touching(k + 1) && number(k + 1)) &&  // سال ۱۴.۳: a decimal
                           // در سال‌های ۲۰ گذشته, سال‌های ۳۰ اخیر: years past, counted after the plural
                           !(s_.substr(t_[j].begin, t_[j].end - t_[j].begin).find("\xD9\x87\xD8\xA7") != std::string_view::npos &&
                             (entry_of(k, kind::weekday_qualifier) || entry_of(k, kind::relative) || word_is(k, "\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1")));
  // قانون رقم 5 لسنة 56 م: a law's year, in two digits after لسنة/لعام ("of the year") with the Gregorian era's letter
  // (the law-book style of Libya and the Gulf); not عام 70 م, which in history is the year 70.
  const bool arabic_two = two && !persian_ && filler(j, lexicon::fill_year_word) && named && sys == system::gregorian &&
                          s_.compare(t_[j].begin, 2, "\xD9\x84") == 0;
  // سال ۹۵ روز جمعه ششم اسفند ماه, سال ۱۳۹۵ روز ۶ اسفند, عام 1960 في 29 فبراير: the year written before a day and
  // month without their own ("in" between, a four-digit year; not لعام, a noun's: المخيمات لعام 2025 في 27 يوليو),
  // the day of that year.
  const bool lam = filler(j, lexicon::fill_year_word) && s_.compare(t_[j].begin, 2, "\xD9\x84") == 0;
  const std::size_t d = k && filler(k, lexicon::fill_day_word) && !entry_of(k + 1, kind::weekday) ? k + 1
                        : k && filler(k, lexicon::fill_in) && year >= 1000 && !two && !lam && plain_number(k + 1) ? k + 1 : k;
  // Not a fiscal year's (سال مالی 1400 خورشیدی امروز (سه‌شنبه، 23 جدی): the budget's year, written in the year before).
  const bool fiscal = word_is(j, "\xD8\xB3\xD8\xA7\xD9\x84 \xD9\x85\xD8\xA7\xD9\x84\xDB\x8C");  // سال مالی
  if (expression q; k && filler(j, lexicon::fill_year_word) && !fiscal && (year >= 100 || (two && persian_ && !named)) &&
                    full_date(d, q, false) && q.s == shape::date && q.year == 0 && !q.year_relative &&
                    q.month != 0 && q.day != 0 && !q.month_relative && q.qualifier == expression::nearest &&
                    (sys == system::unknown || sys == q.sys) &&
                    !every_year_after(q.te, false)) {  // منذ العام 1995 الثالث والعشرين من شهر أبريل من كل عام
    p = q;
    p.year = year;
    p.two_digit_year = two;
    p.year_named = named;
    return true;
  }
  // العام 2012 في شهر يونيو, سنة 1946 في شهر أكتوبر, سال ۱۳۹۰ در ماه مهر: the year, then "in" a month
  // without its own year: that month of the year.
  if (expression q; k && filler(j, lexicon::fill_year_word) && !fiscal && !two && year >= 1000 && filler(k, lexicon::fill_in) &&
                    (month_name(k + 1) || (filler(k + 1, lexicon::fill_month_word) && month_name(k + 2))) &&
                    full_date(k + 1, q, false) && q.s == shape::month && q.year == 0 && !q.year_relative &&
                    !q.month_relative && q.qualifier == expression::nearest &&
                    // (A year of another calendar than the month's, عام 2023 في شهر رمضان, is no such month.)
                    (sys != system::unknown ? sys : year >= 1600 ? system::gregorian : q.sys) == q.sys) {
    p = q;
    p.year = year;
    p.year_named = named;
    return true;
  }
  // عام 1921، تحديدا 17 يوليوز, سنة 1956 وبالتحديد في 26 يوليو, سال ۱۳۵۷، دقیقاً ۲۲ بهمن: the year, then
  // "precisely" a day and month without their own year: that day of the year.
  if (k && filler(j, lexicon::fill_year_word) && !fiscal && !two && year >= 1000) {
    std::size_t d2 = punct(k, ',') ? k + 1 : k;
    const std::string_view w = d2 < n_ ? s_.substr(t_[d2].begin, t_[d2].end - t_[d2].begin) : std::string_view{};
    if (w == "\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x8C\xD8\xAF\xD8\xA7" || w == "\xD9\x88\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x8C\xD8\xAF\xD8\xA7" ||  // تحدیدا وتحدیدا
        w == "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x8C\xD8\xAF" || w == "\xD9\x88\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x8C\xD8\xAF" ||  // بالتحدید وبالتحدید
        w == "\xD8\xAF\xD9\x82\xDB\x8C\xD9\x82\xD8\xA7") {  // دقیقا
      ++d2;
      if (filler(d2, lexicon::fill_in)) ++d2;
      if (filler(d2, lexicon::fill_day_word)) ++d2;
      if (expression q; full_date(d2, q, false) && q.s == shape::date && q.year == 0 && !q.year_relative && q.month != 0 &&
                        q.day != 0 && !q.month_relative && q.qualifier == expression::nearest &&
                        (sys != system::unknown ? sys : year >= 1600 ? system::gregorian : q.sys) == q.sys) {
        p = q;
        p.year = year;
        p.year_named = named;
        return true;
      }
    }
  }
  // عام 61 هجريًا, سنة 8 هـ, سال ۱۱ هجری قمری: a year of the first Hijri
  // centuries, its era after it (year_part reads it whole, not cut short).
  const bool early_hijri = !two && named && sys == system::hijri && filler(j, lexicon::fill_year_word);
  if (!k || (two && !persian_two && !arabic_two) || (year < 100 && !persian_two && !arabic_two && !early_hijri)) return false;
  if (before_christ(k)) return false;  // عام 500 قبل الميلاد
  // السنة 365 يوما, سال ۳۶۵ روز: the days of a year, counted; no year 365.
  if (!named && year < 1000 && entry_of(k, kind::unit) && !(persian_two && filler(k, lexicon::fill_hour_word))) return false;
  // قانون العفو العام 290 نزيلا, الأمين العام 3: العام after a noun with
  // its article is "general", and the number after it counts.
  if (!persian_ && !named && year < 1000 && j == i && j > 0 && t_[j - 1].t == type::word &&
      s_.compare(t_[j - 1].begin, 4, "\xD8\xA7\xD9\x84") == 0 && word_is(j, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85"))
    return false;
  // المسافة 1600م, على مسافة 1700 م: a race's metres (م for متر), no year; 1370م3/ثا: cubic metres.
  if (j == i && named && sys == system::gregorian && k < n_ && touching(k) && number(k)) return false;
  if (j == i && named && sys == system::gregorian && i > 0 &&
      (word_is(i - 1, "\xD9\x85\xD8\xB3\xD8\xA7\xD9\x81\xD9\x87") || word_is(i - 1, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA7\xD9\x81\xD9\x87") || word_is(i - 1, "\xD9\x84\xD9\x85\xD8\xB3\xD8\xA7\xD9\x81\xD9\x87") || word_is(i - 1, "\xD8\xA8\xD9\x85\xD8\xB3\xD8\xA7\xD9\x81\xD9\x87") ||  // مسافه المسافه لمسافه بمسافه
       // سباق 1500 م عدوا, 800م حرة: a race's (سباق لسباق بسباق السباق; عدوا حره حواجز موانع after it).
       word_is(i - 1, "\xD8\xB3\xD8\xA8\xD8\xA7\xD9\x82") || word_is(i - 1, "\xD9\x84\xD8\xB3\xD8\xA8\xD8\xA7\xD9\x82") ||
       word_is(i - 1, "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA7\xD9\x82") || word_is(i - 1, "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xA7\xD9\x82") ||
       word_is(k, "\xD8\xB9\xD8\xAF\xD9\x88\xD8\xA7") || word_is(k, "\xD8\xAD\xD8\xB1\xD9\x87") ||
       word_is(k, "\xD8\xAD\xD9\x88\xD8\xA7\xD8\xAC\xD8\xB2") || word_is(k, "\xD9\x85\xD9\x88\xD8\xA7\xD9\x86\xD8\xB9")))
    return false;
  p.two_digit_year = two;
  p.s = shape::year;
  p.year = year;
  p.sys = sys;
  p.sys_from_name = named;
  p.te = k;
  return true;
}

// ۱۳۹۸/۲۰۱۹ and ۲۰۱۹/۱۳۹۸ in Persian text: a Solar Hijri year and the Gregorian year its Farvardin or Esfand falls
// in, touching a slash: one year written twice (jalali_first says which calendar was written first).
bool grammar::solar_gregorian_twin(std::size_t i, bool& jalali_first) const {
  if (!persian_ || !number(i) || t_[i].digits != 4 || !punct(i + 1, '/') || !touching(i + 1) || !touching(i + 2) ||
      !number(i + 2) || t_[i + 2].digits != 4)
    return false;
  const long a = t_[i].value, b = t_[i + 2].value;
  jalali_first = a >= 1300 && a <= 1420 && (b == a + 621 || b == a + 622);
  return jalali_first || (a >= 1921 && a <= 2041 && (a == b + 621 || a == b + 622));
}

// جام جهانی ۲۰۲۶, كأس العالم 2026 التي, مونديال 2022, المپیک ۲۰۲۰ توکیو: a tournament's year (folded: المپیک موندیال الموندیال اولمبیاد الاولمبیاد یورو; جهانی العالم اسیا اسیایی افریقیا فوتبال after جام کاس قهرمانی بطوله امم ملت; کن, کان after جشنواره, مهرجان: Cannes).
bool grammar::tournament_year(std::size_t i, std::uint32_t v, std::string_view w) const {
  const auto in = [](std::string_view x, const auto& list) {
    for (const std::string_view y : list)
      if (x == y) return true;
    return false;
  };
  // كأس الخليج 1970, جام تخت جمشید ۱۳۵۴, لیگ برتر افغانستان روشن ۱۳۹۴, مهرجان كان السينمائي 1975: a cup's, a league's
  // or a festival's name of up to four words before its year (the Solar Hijri one in Persian).
  static constexpr std::string_view cups[] = {"\xDA\xA9\xD8\xA7\xD8\xB3", "\xD9\x84\xDA\xA9\xD8\xA7\xD8\xB3", "\xD8\xA8\xDA\xA9\xD8\xA7\xD8\xB3",  // کاس لکاس بکاس
                                              "\xD8\xA7\xD9\x84\xDA\xA9\xD8\xA7\xD8\xB3", "\xD8\xAC\xD8\xA7\xD9\x85", "\xD9\x84\xDB\x8C\xDA\xAF"};  // الکاس جام لیگ
  static constexpr std::string_view festivals[] = {"\xD9\x85\xD9\x87\xD8\xB1\xD8\xAC\xD8\xA7\xD9\x86", "\xD8\xAC\xD8\xB4\xD9\x86\xD9\x88\xD8\xA7\xD8\xB1\xD9\x87"};  // مهرجان جشنواره
  // (كأس الأمم الإفريقية لكرة القدم 1990: the sport's name after the four words.)
  const std::size_t top = i >= 3 && in(w, tournament_sports) ? ((word_is(i - 2, "\xD9\x84\xDA\xA9\xD8\xB1\xD9\x87") || word_is(i - 2, "\xD9\x84\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD8\xA8")) ? i - 2 : i - 1) : i;  // لکره لالعاب
  if (v % 100 != 0 && ((v >= 1900 && v <= 2100) || (persian_ && v >= 1300 && v < 1500)))
    for (std::size_t k = top; k-- > 0 && k + 5 > top && (t_[k].t == type::word || t_[k].t == type::lex) && !counted_noun(i + 1);)
      if (const std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
          k + 1 < top && (in(x, cups) || (in(x, festivals) && (!(i + 1 < n_ && t_[i + 1].t == type::word) || year_can_end(i + 1)))))
        return true;  // a festival's year before punctuation, a lexicon word or a clause's (مهرجان مسقط 2019 ينتظر زواره), not a
                      // word it may count (مهرجان الربيع 1950 زائرا)
  if (v < 1900 || v > 2100) return false;
  if (in(w, tournament_own) || (in(w, tournament_championship) && v % 100 != 0) || (w == "\xDA\xA9\xD9\x84\xD8\xA7\xD8\xB3\xDB\x8C\xDA\xA9" && word_is(i - 2, "\xD8\xA7\xD8\xB1\xD9\x86\xD9\x88\xD9\x84\xD8\xAF")) ||
      (w == "\xD8\xA7\xD8\xAF\xD8\xA8\xDB\x8C\xD8\xA7\xD8\xAA" && word_is(i - 2, "\xD9\x86\xD9\x88\xD8\xA8\xD9\x84") && v % 100 != 0)) return true;  // کلاسیک after ارنولد, ادبیات after نوبل
  // المپیک ریو ۲۰۱۶, أولمبياد باريس 2024: a city's name between; قهرمان ۲۰۲۲, نایب قهرمان ۲۰۱۸, قهرمان دوره ۲۰۲۲,
  // میزبان دوره ۲۰۲۶: a champion's or a host's edition (not a round hundred: قهرمان ۲۰۰۰ متر).
  if (v % 100 != 0 && i >= 2 && t_[i - 1].t == type::word && in(s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin), tournament_own))
    return true;
  constexpr std::string_view champion = "\xD9\x82\xD9\x87\xD8\xB1\xD9\x85\xD8\xA7\xD9\x86";  // قهرمان
  if (persian_ && v % 100 != 0 &&
      (w == champion || (w == "\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87" &&  // دوره
                         (word_is(i - 2, champion) || word_is(i - 2, "\xD9\x85\xDB\x8C\xD8\xB2\xD8\xA8\xD8\xA7\xD9\x86")))))  // میزبان
    return true;
  // كأس العالم لكرة القدم 2026, كأس العالم للأندية, جام جهانی کشتی ۲۰۲۵: the sport's name between them.
  const std::size_t a = !in(w, tournament_sports) || i < 3 ? i - 1 : (word_is(i - 2, "\xD9\x84\xDA\xA9\xD8\xB1\xD9\x87") || word_is(i - 2, "\xD9\x84\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD8\xA8")) ? i - 3 : i - 2;  // لکره لالعاب
  if (!in(s_.substr(t_[a].begin, t_[a].end - t_[a].begin), tournament_after)) return false;
  for (std::size_t k = a; k-- > 0 && k + 5 >= a;)
    if (in(s_.substr(t_[k].begin, t_[k].end - t_[k].begin), tournament_heads)) return true;
  return false;
}

}  // namespace grammar
}  // namespace taqvim
