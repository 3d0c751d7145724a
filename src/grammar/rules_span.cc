// Rules for spans of years: ranges of whole years and centuries (decades: rules_decade.cc).
#include "grammar/grammar.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace taqvim {
namespace grammar {

// 1280-1922 م, 2018-2020, 1879-1867, سال ۱۳۹۲ تا ۱۴۰۲, سال‌های ۱۳۸۸ تا ۱۳۹۲,
// سالهای ۹۲ الی ۹۸, من عام 1438 حتى 1443 هـ, من 2011 إلى 2015: whole years.
bool grammar::year_range(std::size_t i, expression& p) const {
  std::size_t j = i;
  const bool from = filler(j, lexicon::fill_range_from);
  if (from) ++j;
  if (!from && filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word)) ++j;  // در سال‌های
  const std::size_t school_at = j, school = school_year_word(j);  // للعام الدراسي 2025/2026
  const bool school_word = school != j;
  bool word = school_word || filler(j, lexicon::fill_year_word);
  if (word) j = school != j ? school : j + 1;
  // من العام الجاري 2025 حتى العام 2027: this year, then its number, as the year word and a year.
  const auto* this_year = !word ? entry_of(j, kind::relative) : nullptr;
  if (this_year && this_year->aux == lexicon::unit_year && this_year->value == 0 && plain_number(j + 1) && t_[j + 1].digits == 4)
    ++j, word = true;
  // تاریخ کاوش۱۹۶۴ - ۱۹۷۸, انتشار اولیه۱۳۴۶–۱۳۴۹: an infobox's label written onto a span of two years that ends its line.
  const bool labelled = !from && !word && number(j) && j > 0 && t_[j - 1].t == type::word && !t_[j].space_before && static_cast<unsigned char>(s_[t_[j - 1].begin]) >= 0x80 &&
                        t_[j].digits == 4 && dash(j + 1) && number(j + 2) && t_[j + 2].digits == 4 && (j + 3 >= n_ || t_[j + 3].t == type::newline);
  if (!plain_number(j) && !labelled) return false;
  // فسيبدأ العام الدراسي 2025 في, للعام الدراسي 2024 بشأن, العام الدراسي 1444 هـ: a school year named by one year, that
  // year (its era after it or not; not a count, nor a round hundred before a word: العام الدراسي 2000 طالب; not a
  // pair's first, 2023.2024, 1446 هـ - 2024/2025; nor after a part, بداية العام الدراسي الجديد 2024: its start, no day).
  if (school_word && !persian_ && t_[j].digits == 4 && !counted_noun(j + 1) && !(school_at > 0 && entry_of(school_at - 1, kind::part)) &&
      !(t_[j].value % 100 == 0 && j + 1 < n_ && t_[j + 1].t == type::word)) {
    const std::size_t e = entry_of(j + 1, kind::era) ? j + 2 : j + 1;
    if (!dash(e) && !punct(e, '/') && !(punct(e, '.') && number(e + 1))) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[j].value);
      p.te = e;
      if (e > j + 1) p.sys = era_system(entry_of(j + 1, kind::era)->value), p.sys_from_name = true;
      return true;
    }
  }
  const token& a = t_[j];
  // (26-86هـ), سنة 10-75 هـ: a life or a reign of the first Hijri century, two digits and then two or three, its era after
  // the second, in brackets or after the year word.
  const bool early_hijri = a.digits <= 2 && a.value > 0 && j > 0 && (punct(j - 1, '(') || word) && dash(j + 1) && number(j + 2) && t_[j + 2].digits <= 3 && t_[j + 2].value > a.value &&
                           entry_of(j + 3, kind::era) && era_system(entry_of(j + 3, kind::era)->value) == system::hijri && !before_christ(j + 3);
  const bool two = a.digits == 2 && !early_hijri;
  // ۵۱۱ ـ ۵۵۲ق, 749- 1517م, ۱۲۸۵ش - ۱۳۶۷ش: a span of years by a dash, its era after the second: years of three digits
  // too (a life, a dynasty). (The letter م is as often metres, بين 300 - 400 م: with it only a span in brackets, as a
  // life's is, (749- 1517م).)
  const auto era_closes = [&](std::size_t x) {
    if (entry_of(x, kind::era)) ++x;
    if (before_christ(x + 2) || (word_is(x + 2, "\xD9\x82") && word_is(x + 3, "\xD9\x85")))
      return false;  // 556ـ539 ق م, ق.م: before Christ
    const auto* e = dash(x) && number(x + 1) && t_[x + 1].digits >= 3 && t_[x + 1].digits <= 4 ? entry_of(x + 2, kind::era) : nullptr;
    if (!e) return false;
    const bool letter_m = era_system(e->value) == system::gregorian && t_[x + 2].end - t_[x + 2].begin <= 2;
    return !letter_m || (j > 0 && punct(x + 3, ')') && (punct(j - 1, '(') ||  // or after a Hijri span's era: (1156-1198هـ/1744-1783م)
                                                         (j > 1 && (punct(j - 1, '/') || punct(j - 1, '=')) && entry_of(j - 2, kind::era))));
  };
  const bool medieval = (a.digits == 3 || (a.digits == 4 && entry_of(j + 1, kind::era))) && era_closes(j + 1);
  // سال آبی 98-97: a water year by its two short years (below).
  const bool water = persian_ && !word && j >= 2 && word_is(j - 1, "\xD8\xA7\xD8\xA8\xDB\x8C") && filler(j - 2, lexicon::fill_year_word);
  // سال ۷۸۶ تا ۱۲۱۵ میلادی, من سنة 750 إلى 1258 م: three digits after the year word, a word for to, and the era after
  // the second year. (از ۲۲۴ تا ۶۵۱ میلادی after from; بین سالهای 427 و 440 قمری, و after between and the year word.)
  const bool and_between = word && j >= 2 && filler(j - 2, lexicon::fill_between) && entry_of(j + 1, kind::connector);
  const bool three_to = a.digits == 3 && (word || from) && ((filler(j + 1, lexicon::fill_range_to) && !entry_of(j + 1, kind::connector)) || and_between) &&
                        plain_number(j + 2) && t_[j + 2].digits >= 3 && t_[j + 2].value > a.value && entry_of(j + 3, kind::era);
  // عام 691-692, سنة 1022-23's elder: three digits after the year word, a dash and a later three-digit year (a span of
  // the first millennium; no era needed after the year word).
  const bool word_three = a.digits == 3 && word && dash(j + 1) && plain_number(j + 2) && t_[j + 2].digits == 3 &&
                          t_[j + 2].value > a.value && t_[j + 2].value <= a.value + 100;
  if (!(a.digits == 4 || (two && (word || water) && persian_) || (a.digits == 3 && (medieval || three_to || word_three)) || early_hijri)) return false;
  std::size_t k = j + 1;
  // من 2019م وحتى 2024م, منذ 1928م حتى 1990م: the era after the first year too.
  const lexicon::entry* first_era = nullptr;
  const bool since = !persian_ && j > 0 && word_is(j - 1, "\xD9\x85\xD9\x86\xD8\xB0");  // منذ
  if ((from || word || medieval || since) && entry_of(k, kind::era) &&
      (filler(k + 1, lexicon::fill_range_to) || dash(k + 1) ||
       (word && punct(k + 1, '/') && plain_number(k + 2) && t_[k + 2].value == a.value + 1)))  // لعام 2012م/2013م
    first_era = entry_of(k++, kind::era);
  // العام الدراسي 2025/2026, 2025 / 2026: a school or fiscal year over two; a season's (موسم 2023/2024, لموسم, للموسم).
  const auto season = [&] {
    if (j == 0) return false;
    // للموسم الحالي 2020 / 2021, للموسم الجامعي 2025/2026: its word for this, next or last, or its kind, between.
    std::size_t b = j - 1;
    for (const std::string_view w : {"\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD9\x84\xDB\x8C", "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84", "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD8\xAF\xD9\x85", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xDB\x8C",  // الحالی الجاری المقبل القادم الماضی
                                     "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xDB\x8C", "\xD8\xA7\xD9\x84\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xDB\x8C"})  // الجامعی الدراسی
      if (j >= 2 && word_is(j - 1, w)) b = j - 2;
    for (const std::string_view w : {"\xD9\x85\xD9\x88\xD8\xB3\xD9\x85", "\xD9\x84\xD9\x85\xD9\x88\xD8\xB3\xD9\x85",
                                     "\xD9\x84\xD9\x84\xD9\x85\xD9\x88\xD8\xB3\xD9\x85", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xB3\xD9\x85",
                                     "\xD8\xA8\xD9\x85\xD9\x88\xD8\xB3\xD9\x85", "\xD9\x88\xD9\x85\xD9\x88\xD8\xB3\xD9\x85"})
      if (word_is(b, w)) return true;  // موسم لموسم للموسم الموسم بموسم وموسم
    return false;
  };
  // ميزانية 2023- 2024, موازنة 2024/2025: a budget's two years, its fiscal year likewise (resolve), by a slash too.
  const bool budget = j > 0 && (word_is(j - 1, "\xD9\x85\xDB\x8C\xD8\xB2\xD8\xA7\xD9\x86\xDB\x8C\xD9\x87") ||  // میزانیه
                                word_is(j - 1, "\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD8\xB2\xD8\xA7\xD9\x86\xDB\x8C\xD9\x87") ||  // المیزانیه
                                word_is(j - 1, "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB2\xD9\x86\xD9\x87") ||  // موازنه
                                word_is(j - 1, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xA7\xD8\xB2\xD9\x86\xD9\x87"));  // الموازنه
  // ما بين 2020/2024, الفترة 2020/2024: after بين or the word for a period, a span of years by a slash.
  const bool period = !word && j > 0 && (filler(j - 1, lexicon::fill_between) || word_is(j - 1, "\xD8\xA7\xD9\x84\xD9\x81\xD8\xAA\xD8\xB1\xD9\x87"));  // الفتره
  // (للعام الدراسي المقبل 2017/2016, للموسم الجامعي 2026/2025: the two typed right to left too.)
  const bool slashed = (word || season() || period || budget) && punct(k, '/') && plain_number(k + 1) && t_[k + 1].digits == a.digits &&
                       (t_[k + 1].value == a.value + 1 || (!period && t_[k + 1].value + 1 == a.value) ||
                        (period && a.digits == 4 && t_[k + 1].value > a.value && t_[k + 1].value <= a.value + 20));
  // من 2013، وحتى 2024: a comma before "and until" after من.
  if (from && punct(k, ',') && filler(k + 1, lexicon::fill_range_to) && (t_[k + 1].waw || k + 2 < n_)) ++k;
  // في سنة 1863 و إلى غاية 1958: و written apart from the word for "to".
  else if (word && word_is(k, "\xD9\x88") && filler(k + 1, lexicon::fill_range_to) && !entry_of(k + 1, kind::connector)) ++k;
  // الخماسي 2005/2009, المخطط الخماسي الجديد 2010/2014: a five-year plan's years.
  const bool five_year = !word && j > 0 &&
                         (word_is(j - 1, "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xA7\xD8\xB3\xDB\x8C") || (word_is(j - 1, "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xAF\xDB\x8C\xD8\xAF") && word_is(j - 2, "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xA7\xD8\xB3\xDB\x8C")) ||
                          word_is(j - 1, "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3\xDB\x8C\xD9\x87")) &&
                         punct(k, '/') && plain_number(k + 1) && t_[k + 1].digits == 4 && t_[k + 1].value == a.value + 4;
  // للعام 1447هـ/2026, 1446 هـ/2025: a Hijri year, its era, a slash and the Gregorian year it overlaps: one year
  // written twice, the Gregorian one (with the Gregorian era after it, the engine joins them likewise).
  // (لهذا العام 1445 / 2024: after the year word in Arabic, the Hijri year's era may go unwritten.)
  const auto* hijri_era = entry_of(j + 1, kind::era);
  const bool eraless = !hijri_era && word && !persian_ && a.value > 1400 && a.value < 1500;
  if (const std::size_t e = eraless ? j : j + 1; (eraless || (hijri_era && era_system(hijri_era->value) == system::hijri)) &&
                                                  a.digits == 4 && punct(e + 1, '/') && plain_number(e + 2) &&
                                                  t_[e + 2].digits == 4 && !punct(e + 3, '/') && !punct(e + 3, '-')) {
    const int lunar = static_cast<int>(a.value), greg = static_cast<int>(t_[e + 2].value);
    if (greg >= 622 && std::abs((greg - 622) * 33 / 32 - lunar) <= 1) {
      p.s = shape::year;
      p.sys = system::gregorian;
      p.year = greg;
      p.te = e + 3;
      if (const auto* g = entry_of(e + 3, kind::era); g && era_system(g->value) == system::gregorian) ++p.te;
      return true;
    }
  }
  // للعام الدراسي 1446 هـ - 2024/2025 م: a school year by its Hijri year, a dash and the two Gregorian years it overlaps.
  if (const auto* e = entry_of(j + 1, kind::era); e && school_word && a.digits == 4 && era_system(e->value) == system::hijri &&
                                                   dash(j + 2) && plain_number(j + 3) && t_[j + 3].digits == 4 &&
                                                   punct(j + 4, '/') && plain_number(j + 5) && t_[j + 5].value == t_[j + 3].value + 1) {
    const int lunar = static_cast<int>(a.value), greg = static_cast<int>(t_[j + 3].value);
    if (greg >= 622 && std::abs((greg - 622) * 33 / 32 - lunar) <= 1) {
      p.s = shape::years;
      p.sys = system::gregorian;
      p.sys_from_name = true;
      p.year = greg;
      p.year2 = greg + 1;
      p.te = j + 6;
      if (const auto* g = entry_of(j + 6, kind::era); g && era_system(g->value) == system::gregorian) ++p.te;
      return true;
    }
  }
  const bool dashed = dash(k) || slashed || five_year;  // 1912–1921
  // بين عام 2010 وعام 2015, بين العام 2010 والعام 2015: the year word again on و after بين.
  const bool between_words = !dashed && word && i > 0 && filler(i - 1, lexicon::fill_between) && k < n_ && t_[k].waw &&
                             filler(k, lexicon::fill_year_word) && plain_number(k + 1);
  const bool to = !dashed && (filler(k, lexicon::fill_range_to) || between_words);
  if (!dashed && !to) return false;
  // 2018 و 2020: two years, no span; but 1164 الی 1261 شمسی, 1730 إلى 1796 م: the era after the second says they are
  // years of a span.
  const auto era_after_second = [&] {
    return plain_number(k + 1) && t_[k + 1].digits == 4 && entry_of(k + 2, kind::era) &&
           !entry_of(k, kind::connector);
  };
  // منذ 2015 وحتى 2018: since, then a word for until, is from; دوره ۱۳۹۰ تا ۱۴۰۲, بازه ۱۳۹۵ تا ۱۴۰۰: so is a period's word.
  // (۱۹۹۷ تا ۲۰۰۱): so are brackets around the two.
  const bool period_word = persian_ && j == i && i > 0 && (word_is(i - 1, "\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87") || word_is(i - 1, "\xD8\xA8\xD8\xA7\xD8\xB2\xD9\x87") ||  // دوره بازه
                                                          (punct(i - 1, '(') && plain_number(k + 1) && punct(k + 2, ')') &&
                                                           ((a.value >= 1800 && a.value <= 2100) || (a.value >= 1200 && a.value < 1500)) &&  // (1297 الی 1308): a reign
                                                           !counted_noun(k + 3) && !entry_of(k + 3, kind::unit)));  // (not a price's: (۱۵۰۰ تا ۲۰۰۰) تومان)
  // دادگاه‌های انقلاب اسلامی، ۱۳۵۷ تا ۱۳۷۳: two years of these centuries that end their line or sentence (not a price's range).
  const bool closing = persian_ && j == i && a.digits == 4 && plain_number(k + 1) && t_[k + 1].digits == 4 && t_[k + 1].value > a.value &&
                       t_[k + 1].value <= a.value + 100 && ((a.value >= 1300 && a.value < 1500) || (a.value >= 1900 && a.value <= 2100)) &&
                       (k + 2 >= n_ || t_[k + 2].t == type::newline || punct(k + 2, '.'));
  if (to && !word && !from && !period_word && !closing && !(!persian_ && j == i && i > 0 && word_is(i - 1, "\xD9\x85\xD9\x86\xD8\xB0")) &&  // منذ
      !era_after_second())
    return false;
  // سال‌های ۹۴ و سال ۹۸, سال 1391 و 1392: و lists years, only بين spans them, or the dual's year word before two years
  // in a row (لعامي 2020 و2021, سنتي 2016 و 2017: the two years).
  const auto dual = [&] {
    for (const std::string_view w : {"\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C", "\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C",  // عامی لعامی
                                     "\xD8\xA8\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C", "\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C",  // بعامی سنتی
                                     "\xD9\x84\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C", "\xD8\xA8\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C",  // لسنتی بسنتی
                                     "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C\xD9\x86", "\xD9\x84\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xDB\x8C\xD9\x86",  // العامین للعامین
                                     "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C\xD9\x86", "\xD9\x84\xD9\x84\xD8\xB3\xD9\x86\xD8\xAA\xDB\x8C\xD9\x86"})  // السنتین للسنتین
      if (word && school == j - 1 && word_is(j - 1, w)) return true;
    // للأعوام 2023 و2024, الأعوام 2012 و2013: the plural with its article before two years alone, the two (three or
    // more, الأعوام 2024 و2025 و2026, are each its own).
    for (const std::string_view w : {"\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB9\xD9\x88\xD8\xA7\xD9\x85",           // الاعوام
                                     "\xD9\x84\xD9\x84\xD8\xA7\xD8\xB9\xD9\x88\xD8\xA7\xD9\x85",           // للاعوام
                                     "\xD9\x84\xD8\xA7\xD8\xB9\xD9\x88\xD8\xA7\xD9\x85"})                    // لاعوام
      if (word && school == j - 1 && word_is(j - 1, w) && !(entry_of(k + 2, kind::connector) && plain_number(k + 3)))
        return true;
    return false;
  };
  const bool listed = to && entry_of(k, kind::connector) && !filler(i, lexicon::fill_between) && !(i > 0 && filler(i - 1, lexicon::fill_between));
  if (listed && !dual()) return false;
  ++k;
  // من 2015 وحتى نهاية 2018, از ۱۳۹۸ تا پایان ۱۴۰۲, من عام 1954 وحتى مطلع عام 1970: to a part of a year is to the year.
  if (entry_of(k, kind::part) && plain_number(k + 1 + filler(k + 1, lexicon::fill_year_word))) ++k;
  if (!between_words && filler(k, lexicon::fill_year_word)) ++k;  // تا سال ۱۴۰۲
  else if (!persian_ && !between_words && to && past_article(k) > k && plain_number(past_article(k))) k = past_article(k);  // حتّى الـ 2001
  if (!plain_number(k)) return false;
  int first = static_cast<int>(a.value), last = static_cast<int>(t_[k].value);
  bool two_digit = two;
  // سال تحصیلی ۱۳۹۵-۹۶, ۹۶-۱۳۹۵, سال ۱۳۹۵-۹۶, العام الدراسي 2024-25: after a year word, the second year by its last two
  // digits (either way round).
  if (t_[k].digits != a.digits && !medieval && !three_to && !early_hijri) {
    if (!word || !dashed || a.digits + t_[k].digits != 6) return false;
    if (a.digits == 4 && last == (first + 1) % 100) last = first + 1;
    else if (a.digits == 2 && first == (last + 1) % 100) first = last++;  // right to left
    else if (a.digits == 2 && (first + 1) % 100 == last % 100) first = last - 1;  // ۹۹-۱۴۰۰
    else return false;
    two_digit = false;
  }
  if (listed && last != first + 1) return false;  // عامي 1974 و1976: two years apart, no span
  const int least = early_hijri ? 1 : medieval || three_to || word_three ? 100 : 1000;
  if (!two_digit && (first < least || last < least || first > 2200 || last > 2200)) return false;
  // لعام 1444-2023, 2023-1444 هجرية: a lunar year and the Gregorian one it overlaps, one year written twice, no span: without an
  // era the Gregorian year; with one, each is read alone and the engine joins them (لعام 1438هـ - 2017م, the Gregorian year).
  if (const int greg = std::max(first, last), lunar = std::min(first, last);
      !two_digit && lunar >= 1300 && lunar <= 1500 && greg >= 1880 && greg <= 2100 &&
      (std::abs((greg - 622) * 33 / 32 - lunar) <= 2 || (persian_ && std::abs(greg - 621 - lunar) <= 1))) {  // (Copyright 2015-1394: a solar twin)
    if (!dashed || entry_of(k + 1, kind::era)) return false;
    p.s = shape::year;
    p.sys = system::gregorian;
    p.year = greg;
    p.te = k + 1;
    return true;
  }
  if (last < first) {
    // سال تحصیلی ۹۳-۹۲: a school year's two short years, written right to left.
    if (!dashed || (two_digit && !((school_word || water) && last + 1 == first))) return false;
    std::swap(first, last);  // 1879-1867, written right to left
  }
  if (last == first || last - first > 1000) return false;
  if (j > 1 && punct(j - 1, '/') && touching(j) && !entry_of(j - 2, kind::era)) return false;  // سیام.(د)/1701ـ1415: a news code
  // في سنوات 2010 – 2012 – 2016 – 2018: a chain of dashes lists years.
  const auto year_at = [&](std::size_t x) { return x < n_ && plain_number(x) && t_[x].digits == 4; };
  // 2019-2020-2021-2022م: a chain of years each the next, typed without blanks and no year word before, is their span.
  std::size_t chain = k;
  while (dashed && !slashed && touching(chain + 1) && dash(chain + 1) && touching(chain + 2) && year_at(chain + 2) &&
         t_[chain + 2].value == t_[chain].value + 1 && t_[chain].value == static_cast<std::uint32_t>(first) + (chain - j) / 2)
    chain += 2;
  if (chain > k && !word && !(j >= 2 && dash(j - 1) && year_at(j - 2)) && touching(j + 1) && touching(k)) {  // (لسنوات 2013-2014-2015: each)
    last = static_cast<int>(t_[chain].value);
    k = chain;
  }
  if (dashed && !slashed && ((dash(k + 1) && year_at(k + 2)) || (j >= 2 && dash(j - 1) && year_at(j - 2)))) return false;
  // سال آبی ۱۴۰۳-۱۴۰۴ (۱۴۰۵-۱۴۰۴ too): Iran's water year, from 1 Mehr of
  // the first to the end of Shahrivar of the second.
  if (water && two_digit) {  // 97-98: the likelier century, as a two-digit year after سال
    first += first < 50 ? 1400 : 1300;
    last += last < 50 ? 1400 : 1300;
  }
  if (water && dashed && last == first + 1 && first >= 1300 && first < 1500) {  // سال ابی
    p.s = shape::range;
    p.whole_months = true;
    p.sys = system::jalali;
    p.sys_from_name = true;
    p.day = p.day2 = 1;
    p.month = 7;
    p.month2 = 6;
    p.year = first;
    p.year2 = last;
    p.te = k + 1;
    return true;
  }
  ++k;
  if (counted_noun(k)) return false;  // ما بين 1049 و1099 دولاراً: prices
  // بين 1500 و1600 زائر: round hundreds before a noun count it.
  if (first % 100 == 0 && last % 100 == 0 && first < 1800 && k < n_ && t_[k].t == type::word) return false;
  p.sys = system::unknown;
  if (const auto* e = entry_of(k, kind::era)) {
    // لعام 1438هـ - 2017م: a year and its twin in another calendar, not a span.
    if (first_era && era_system(first_era->value) != era_system(e->value)) return false;
    p.sys = era_system(e->value);
    p.sys_from_name = true;
    ++k;
  }
  p.s = shape::years;
  p.year = first;
  p.year2 = last;
  p.two_digit_year = two_digit;
  p.te = k;
  // للعام المالي 2025/2026, السنة المالية الحالية 2021-2022: a fiscal year over the two (its country's months: resolve).
  p.fiscal = !persian_ && last == first + 1 &&
             ((school_word && (fiscal_word(j - 1) || (j >= 2 && fiscal_word(j - 2)))) || (!school_word && budget));
  return true;
}

// القرن التاسع عشر, القرن الرابع عشر الهجري, قرن بیستم: the Nth century, its years (N-1)00 to (N-1)99 — Gregorian
// unless named otherwise, Jalali for a Persian century up to the 14th (قرن چهاردهم, the 1300s AP).
bool grammar::century(std::size_t i, expression& p) const {
  if (!filler(i, lexicon::fill_century_word)) return false;
  std::size_t k = i + 1;
  // القرن الماضي, القرن الميلادي الماضي, القرن الحالي, قرن گذشته: named from the reference's century. In Persian only with its
  // calendar named (قرن گذشته میلادی): alone, the last century is the Gregorian twentieth or the Solar Hijri 1300s.
  {
    std::size_t q = k;
    system sys = system::gregorian;
    bool named = false;
    if (const auto* e = entry_of(q, kind::era)) {
      sys = era_system(e->value);
      named = true;
      ++q;
    }
    if (const auto* w = entry_of(q, kind::weekday_qualifier); w && w->value >= -1 && w->value <= 1) {
      ++q;
      if (const auto* e = entry_of(q, kind::era); e && !named) {
        sys = era_system(e->value);
        named = true;
        ++q;
      }
      if (persian_ && !named) return false;
      p.s = shape::years;
      p.sys = sys;
      p.century_relative = true;
      p.offset = w->value;
      p.year = 0;
      p.year2 = 99;
      p.te = q;
      return true;
    }
  }
  // قرن‌های ۱۸ و ۱۹: the plural's ending, apart.
  if (persian_ && word_is(k, "\xD9\x87\xD8\xA7\xDB\x8C")) ++k;  // های
  // The Nth at k: its ordinal, number or number in words; the token after it, or 0.
  const auto nth = [&](std::size_t x, int& n) -> std::size_t {
    n = 0;
    if (const auto* o = entry_of(x, kind::ordinal)) {
      n = o->value;
      return x + 1;
    }
    // قرن ۲۱, القرن 19, القرن الـ20, القرن الـ 21: its number.
    if (article(x) && number(x + 1)) ++x;
    if (plain_number(x) && t_[x].digits == (t_[x].value >= 10 ? 2U : 1U) &&
        !((punct(x + 1, '/') || punct(x + 1, '.') || punct(x + 1, '-')) && number(x + 2))) {
      n = static_cast<int>(t_[x].value);
      return x + 1;
    }
    // قرن بیست و یک, قرن بیست ویک: its number in words.
    if (int v = 0; persian_ && entry_of(x, kind::cardinal))
      if (const std::size_t c = cardinal_words(x, v); c && v >= 1 && v <= 21) return n = v, c;
    return 0;
  };
  int n = 0;
  k = nth(k, n);
  if (!k || n < 1 || n > 21) return false;
  // القرنين الثاني والثالث, القرنين 18 و19, قرن ۳ تا ۶ میلادی: a second
  // century, later, after و or a word for "to"; the calendar after both.
  int n2 = n;
  if (k < n_ && (entry_of(k, kind::connector) || filler(k, lexicon::fill_range_to) || (t_[k].waw && entry_of(k, kind::ordinal)))) {
    int m = 0;
    const std::size_t at = t_[k].waw && entry_of(k, kind::ordinal) ? k : k + 1;
    if (const std::size_t e = nth(at, m); e && m > n && m <= 21 && !filler(at, lexicon::fill_century_word)) {
      if (n <= 9 && m >= 11 && m <= 19 && n + 10 < m) n += 10;  // القرنين الثاني والثالث عشر: the two share عشر
      n2 = m;
      k = e;
    } else if (e && m < n && before_christ(e)) {
      return false;  // بين القرنين الخامس والثاني قبل الميلاد: counted down before Christ
    }
  }
  // مياه القرنين 2: the dual names two centuries; with one number it is a place's name.
  if (n2 == n && t_[i].end - t_[i].begin > 4 && s_.compare(t_[i].end - 4, 4, "\xDB\x8C\xD9\x86") == 0) return false;
  p.sys = persian_ && n <= 14 ? system::jalali : system::gregorian;
  if (const auto* e = entry_of(k, kind::era)) {
    p.sys = era_system(e->value);
    // قرن هشتم ق.م: before Christ (قبل از میلاد), not the lunar Hijri ق.
    if (word_is(k, "\xD9\x82") && punct(k + 1, '.') && word_is(k + 2, "\xD9\x85")) return false;
    ++k;
  }
  if (before_christ(k)) return false;  // القرن الثالث قبل الميلاد
  // القرن الثامن – السادس قبل الميلاد: a span of centuries before Christ, counted down.
  if (int m = 0; dash(k) || filler(k, lexicon::fill_range_to))
    if (const std::size_t e = nth(k + 1, m); e && before_christ(e)) return false;
  p.s = shape::years;
  p.year = (n - 1) * 100;
  p.year2 = (n2 - 1) * 100 + 99;
  p.te = k;
  // از قرن هجدهم تا قرن بیستم, من القرن الثامن عشر إلى القرن العشرين: from
  // one century to a later one of the same calendar, one span.
  if (expression c; filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector) && century(k + 1, c) &&
                    !c.century_relative && c.sys == p.sys && c.year > p.year) {
    p.year2 = c.year2;
    p.te = c.te;
  }
  // القرن العاشر الهجري (السادس عشر الميلادي), القرن التاسع الهجري/الخامس عشر الميلادي: the same span in another
  // calendar, its ordinal and era alone: one span, the Gregorian century's years (as a date's twin gives its day in the
  // common calendar).
  if (int t = 0; punct(k, '(') || punct(k, '/')) {
    const std::size_t e = nth(k + 1, t);
    if (const auto* era = e ? entry_of(e, kind::era) : nullptr;
        era && t >= 1 && t <= 21 && era_system(era->value) != p.sys && !before_christ(e + 1)) {
      if (era_system(era->value) == system::gregorian) {
        p.sys = system::gregorian;
        p.year = (t - 1) * 100;
        p.year2 = p.year + 99;
      }
      p.te = punct(k, '(') && punct(e + 1, ')') ? e + 2 : e + 1;
    }
  }
  return true;
}

// العام الدراسي 2025/2026, للسنة المالية 2024: a school, academic or fiscal
// year with its years after it (alone, بداية العام الدراسي, no date).
std::size_t grammar::school_year_word(std::size_t k, bool school) const {
  if (k >= n_ || t_[k].t != type::lex) return k;
  if (persian_) {  // سال تحصیلی ۱۴۰۲-۱۴۰۳ (one key), سال تعلیمی, سال مالی 2023/2024, ۹۶-۱۳۹۵ (a year by its last two digits)
    const std::size_t e = word_is(k, "\xD8\xB3\xD8\xA7\xD9\x84\x20\xD8\xAA\xD8\xAD\xD8\xB5\xDB\x8C\xD9\x84\xDB\x8C") || word_is(k, "\xD8\xB3\xD8\xA7\xD9\x84\x20\xD8\xAA\xD8\xB9\xD9\x84\xDB\x8C\xD9\x85\xDB\x8C") ? k + 1 : filler(k, lexicon::fill_year_word) && word_is(k + 1, "\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C") ? k + 2 : k;
    // ۹۳-۹۲, ۹۲-۹۳: both by their last two digits, one the next of the other.
    const auto short_pair = [&](std::size_t x) {
      const std::uint32_t a = t_[x].value, b = t_[x + 2].value;
      return t_[x + 2].digits == 2 && ((a + 1) % 100 == b || (b + 1) % 100 == a);
    };
    return e > k && plain_number(e) &&
                   (t_[e].digits == 4 || (t_[e].digits == 2 && dash(e + 1) && plain_number(e + 2) && (t_[e + 2].digits == 4 || short_pair(e))))
               ? e
               : k;
  }
  static constexpr std::string_view kinds[] = {
      "\xD8\xA7\xD9\x84\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xDB\x8C",                // الدراسی (الدراسي)
      "\xD8\xA7\xD9\x84\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xDB\x8C\xD9\x87",        // الدراسیه (الدراسية)
      "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xDB\x8C",                // الجامعی (الجامعي)
      "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xDB\x8C\xD9\x87",        // الجامعیه (السنة الجامعية 2019/2020)
      "\xD8\xA7\xD9\x84\xD8\xA7\xDA\xA9\xD8\xA7\xD8\xAF\xDB\x8C\xD9\x85\xDB\x8C",  // الاکادیمی (للعام الأكاديمي 2021/2022)
      "\xD8\xA7\xD9\x84\xD8\xA7\xDA\xA9\xD8\xA7\xD8\xAF\xDB\x8C\xD9\x85\xDB\x8C\xD9\x87",  // الاکادیمیه (الأكاديمية)
      "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C",                          // المالی (المالي)
      "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C\xD9\x87",                  // المالیه (المالية)
      // للعام التدريبي 2014, السنة القضائية 2019: a training or judicial year, read with one year as a fiscal one.
      "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAF\xD8\xB1\xDB\x8C\xD8\xA8\xDB\x8C",                 // التدریبی (التدريبي)
      "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xAF\xD8\xB1\xDB\x8C\xD8\xA8\xDB\x8C\xD9\x87",         // التدریبیه (التدريبية)
      "\xD8\xA7\xD9\x84\xD9\x82\xD8\xB6\xD8\xA7\xDB\x8C\xDB\x8C",                         // القضایی (القضائي)
      "\xD8\xA7\xD9\x84\xD9\x82\xD8\xB6\xD8\xA7\xDB\x8C\xDB\x8C\xD9\x87"};                 // القضاییه (القضائية)
  const auto ends_with_kind = [&](std::string_view w, bool whole) {
    for (std::size_t n = school ? 0 : 6; n < std::size(kinds); ++n) {  // from the seventh on: a year of one year
      const std::string_view x = kinds[n];
      if (whole ? w == x : (w.size() > x.size() && w.substr(w.size() - x.size()) == x && w[w.size() - x.size() - 1] == ' '))
        return true;
    }
    return false;
  };
  std::size_t e = k;
  if (ends_with_kind(s_.substr(t_[k].begin, t_[k].end - t_[k].begin), false)) e = k + 1;  // one key: العام الدراسي
  else if (filler(k, lexicon::fill_year_word) && k + 1 < n_ &&
           ends_with_kind(s_.substr(t_[k + 1].begin, t_[k + 1].end - t_[k + 1].begin), true))
    e = k + 2;  // للعام + الدراسي, السنة + المالية
  // العام الدراسي الجديد 2025 / 2026, للعام الدراسي المقبل 2023/2024, الحالي: new, next or this, then its years.
  if (e > k && (filler(e, lexicon::fill_new) || entry_of(e, kind::weekday_qualifier)) && plain_number(e + 1)) ++e;
  return e > k && plain_number(e) && t_[e].digits == 4 ? e : k;
}

// في (13) سبتمبر الجاري, اليوم الخميس (24) ديسمبر: the day at i in brackets before its month, after "on", "from",
// "to", يوم or a weekday (a list's (1) كانون الثاني names a holiday's day every year).
bool grammar::bracketed_day(std::size_t i) const {
  // (يوم (15) من شهر أكتوبر الحالي: after the day word, من and the month after it too.)
  return i > 1 && punct(i - 1, '(') && punct(i + 1, ')') &&
         (month_name(i + 2) || (filler(i - 2, lexicon::fill_day_word) && filler(i + 2, lexicon::fill_of))) &&
         (filler(i - 2, lexicon::fill_in) || filler(i - 2, lexicon::fill_day_word) || filler(i - 2, lexicon::fill_range_from) ||
          filler(i - 2, lexicon::fill_range_to) || entry_of(i - 2, kind::weekday) || entry_of(i - 2, kind::weekday_qualifier));
}

}  // namespace grammar
}  // namespace taqvim
