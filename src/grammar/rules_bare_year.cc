// Rules for bare years: four digits with no year word, read after "in" (في 1949، در ۱۳۹۸ و …) or after a word that
// bounds a time (قبل 1963, منذ 2011م, بحلول نهاية 2025), when what follows cannot make the number a count.
#include "grammar/grammar.h"
#include "grammar/year_words.h"

#include <algorithm>  // std::find
#include <iterator>   // std::begin, std::end

namespace taqvim {
namespace grammar {

// في 1949، في 2017 مع …, در ۱۳۹۸ و …: four digits of a likely year after "in", with no year word, before what cannot be a
// counted noun (في 2000 مدرسة counts schools): the end, punctuation, a lexicon word or a few words that begin a clause.
bool grammar::bare_year_after_in(std::size_t i, expression& p) const {
  // في الـ2024 صدر: the article written onto the year (read from the year on: the match starts there).
  const bool article_on = !persian_ && i >= 2 && number(i) && t_[i].digits == 4 && t_[i].value % 100 != 0 && article(i - 1) &&
                          filler(i - 2, lexicon::fill_in);
  if (article_on) i -= 1;
  // كلية للآداب في «1940» وفي «1944», در «۱۳۵۷»: a year of the last centuries (or Solar Hijri) in guillemets after
  // "in", the marks with it.
  const auto mark = [&](std::size_t k, char second) {  // « (C2 AB), » (C2 BB)
    return punct(k, 0) && t_[k].end - t_[k].begin == 2 && s_[t_[k].begin] == '\xC2' && s_[t_[k].begin + 1] == second;
  };
  if (!article_on && filler(i, lexicon::fill_in) && mark(i + 1, '\xAB') && plain_number(i + 2) && t_[i + 2].digits == 4 &&
      ((t_[i + 2].value >= 1800 && t_[i + 2].value <= 2100) || (persian_ && t_[i + 2].value >= 1300 && t_[i + 2].value < 1500)) &&
      t_[i + 2].value % 100 != 0 && mark(i + 3, '\xBB') && year_can_end(i + 4)) {  // not في «1950» نقطة
    p.s = shape::year, p.year = static_cast<int>(t_[i + 2].value), p.te = i + 4;
    return true;
  }
  if (!(filler(i, lexicon::fill_in) || article_on) || !plain_number(i + 1)) return false;
  const std::uint32_t v = t_[i + 1].value;
  // توفي في 79هـ, در ۷۹ هجری قمری, في 450 ميلادية: a year of the first centuries after "in" with the Hijri era's mark
  // or an era's word (of the letters only هـ: في 200م is a distance, در ۵۰ ق.م before Christ).
  if (t_[i + 1].digits >= 2 && t_[i + 1].digits <= 3 && v >= 1) {
    const auto* e = entry_of(i + 2, kind::era);
    const bool lunar = persian_ && !touching(i + 2) && word_is(i + 2, "\xD9\x82") && !word_is(i + 3, "\xD9\x85") && !(punct(i + 3, '.') && word_is(i + 4, "\xD9\x85"));  // در ۹۱۸ ق،
    if (!lunar && (!e || !(t_[i + 2].end - t_[i + 2].begin > 2 || word_is(i + 2, "\xD9\x87")) || before_christ(i + 2))) return false;
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 3, p.sys = lunar ? system::hijri : era_system(e->value), p.sys_from_name = true;
    return true;
  }
  if (t_[i + 1].digits != 4) return false;
  // بناوه في 1612 ، ودارولو توسعة في 1794 ..: an Arabic year of 1000 to 1799 (not a round hundred) before its era, or
  // before punctuation or the end alone (a count after في has its noun).
  const bool older = !persian_ && v >= 1000 && v < 1800 && v % 100 != 0;
  if (!older && !((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499))) return false;
  const std::size_t k = i + 2;
  if (const auto* e = entry_of(k, kind::era)) {  // في 2003م, در ۱۳۹۸ ه.ش
    p.s = shape::year, p.year = static_cast<int>(v), p.te = k + 1, p.sys = era_system(e->value), p.sys_from_name = true;
    return true;
  }
  if (older && !(k >= n_ || t_[k].t == type::newline || (t_[k].t == type::punct && year_can_end(k)))) return false;
  // في 2019 مشاركة, در ۱۳۴۹ قحطی, وفي 1920 أدخل, في ١٨٦٦ حصل: a year of these decades (1300-1410 in Persian too; in
  // Arabic the last two centuries) before a word no number counts.
  if (!year_can_end(k) && !(((v >= 1950 && v <= 2035) || (persian_ && v >= 1300 && v <= 1410) || (!persian_ && v >= 1800)) &&
                             v % 100 != 0 && t_[k].t == type::word &&
                             !counted_noun(k) && !counted_after_year(s_.substr(t_[k].begin, t_[k].end - t_[k].begin), persian_)))
    return false;
  p.s = shape::year, p.year = static_cast<int>(v), p.te = k;
  return true;
}

namespace {

// After a bare Arabic year, a word that what a number counts cannot be (a counted noun stands bare, singular and
// indefinite right after its number): في 2014 ب 13 مليار, في 2016 بـ16.94 (the preposition alone); أغلق في 2012
// للتوسعة (ل and the article); في 1952 لتعلو, في 2010 ليكسر (a verb's subjunctive: not لیرة, لتر, four letters or
// fewer); في 1948 سماها (a pronoun on the word: not هم, which ends سهم, درهم, متهم); في 2015 وستعود (a future on
// و: not وسیلة); في 2017 ونسخته; في 2050 وفقا لـ, في 2024 بينما, في 2019 أي قبل (adverbs and conjunctions).
bool arabic_clause_after_year(std::string_view w) {
  const std::size_t letters = w.size() / 2;
  const auto starts = [&](std::string_view x) { return w.compare(0, x.size(), x) == 0; };
  if (w == "\xD8\xA8") return true;                                            // ب
  if (letters >= 4 && starts("\xD9\x84\xD9\x84")) return true;                  // لل
  if (letters >= 5 && (starts("\xD9\x84\xDB\x8C") || starts("\xD9\x84\xD8\xAA") ||  // لی لت
                       starts("\xD9\x84\xD9\x86")))                                // لن
    return true;
  if (letters >= 5 && w.substr(w.size() - 4) == "\xD9\x87\xD8\xA7") return true;  // ها
  if ((letters >= 5 && starts("\xD9\x88\xD8\xB3\xD8\xAA")) ||                      // وست
      (letters >= 6 && starts("\xD9\x88\xD8\xB3\xDB\x8C")) ||                      // وسی
      (letters >= 5 && starts("\xD9\x88\xD9\x86")))                                // ون
    return true;
  static constexpr std::string_view adverbs[] = {
      "\xD9\x88\xD9\x81\xD9\x82\xD8\xA7",                              // وفقا
      "\xD8\xB7\xD8\xA8\xD9\x82\xD8\xA7",                              // طبقا
      "\xD8\xAA\xD8\xA8\xD8\xB9\xD8\xA7",                              // تبعا
      "\xD9\x86\xD8\xB8\xD8\xB1\xD8\xA7",                              // نظرا
      "\xD8\xB9\xD9\x85\xD9\x84\xD8\xA7",                              // عملا
      "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x86\xD8\xA7\xD8\xAF\xD8\xA7",  // استنادا
      "\xD9\x82\xDB\x8C\xD8\xA7\xD8\xB3\xD8\xA7",                    // قیاسا
      "\xD9\x85\xD9\x82\xD8\xA7\xD8\xB1\xD9\x86\xD9\x87",            // مقارنه (مقارنة)
      "\xD8\xA8\xDB\x8C\xD9\x86\xD9\x85\xD8\xA7",                    // بینما
      "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",                    // بعدما
      "\xD8\xAD\xDB\x8C\xD9\x86\xD9\x85\xD8\xA7",                    // حینما
      "\xD9\x84\xDA\xA9\xD9\x86", "\xD9\x88\xD9\x84\xDA\xA9\xD9\x86",  // لکن، ولکن (لكن)
      "\xD9\x82\xD8\xA8\xD9\x84", "\xD8\xA8\xD8\xB9\xD8\xAF",        // قبل، بعد
      "\xD8\xAD\xD8\xAA\xDB\x8C",                                      // حتی (حتى)
      "\xD8\xA7\xDB\x8C\xD8\xB6\xD8\xA7",                              // ایضا (أيضا)
      "\xD9\x81\xD9\x82\xD8\xB7",                                      // فقط
      "\xD8\xA7\xDB\x8C",                                              // ای (أي: that is)
      "\xD9\x84\xDB\x8C\xD8\xB5\xD9\x84", "\xD9\x84\xD8\xAA\xD8\xB5\xD9\x84",  // لیصل لتصل (في 2020 ليصل إلى: four letters)
      "\xD9\x84\xDB\x8C\xD8\xAA\xD9\x85",                            // لیتم
  };
  for (const std::string_view a : adverbs)  // (ووفقًا: و on the word too)
    if (w == a || (w.size() == a.size() + 2 && w.compare(0, 2, "\xD9\x88") == 0 && w.substr(2) == a)) return true;
  return false;
}

}  // namespace

// Whether a bare year can end before token k: the end, punctuation that does not go on to a number, a lexicon word
// that counts or names nothing, or a word that begins a clause.
bool grammar::year_can_end(std::size_t k) const {
  bool ends = k >= n_ || t_[k].t == type::newline;
  if (!ends && t_[k].t == type::punct)
    ends = !((t_[k].punct == '/' || t_[k].punct == '-' || t_[k].punct == ':' || t_[k].punct == '.' ||
              t_[k].punct == '%') && number(k + 1)) && t_[k].punct != '%' &&
           !(t_[k].punct == ')' && (counted_noun(k + 1) || entry_of(k + 1, kind::unit)));  // ((۱۵۰۰ تا ۱۸۰۰) تومان: a price)
  // (Not في 2000 ألف زائر: a thousand, a million after it count.) (در ۱۴۰۰ شهر: in Persian شهر is a city, counted.)
  if (!ends && t_[k].t == type::lex) ends = !entry_of(k, kind::unit) && !counted_noun(k) && !filler(k, lexicon::fill_place) && !entry_of(k, kind::month_gregorian) &&
                                            !(persian_ && word_is(k, "\xD8\xB4\xD9\x87\xD8\xB1")) &&
                                            !entry_of(k, kind::month_jalali) && !entry_of(k, kind::month_hijri);
  if (!ends && t_[k].t == type::word) {
    const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    // في 2025 nayrouz: a Latin word of five letters or more (an outlet's, a name) is no counted noun of Arabic or
    // Persian (km, kg, MW, Mbps, shorter, are units).
    if (static_cast<unsigned char>(w[0]) < 0x80) return w.size() >= 5;
    for (const std::string_view c : year_clause_words) ends = ends || w == c;
    // في 2010 مقابل 7ر5 بالمائة, في 2024 بين, في 1973 عن مطبعة, في 2016 رغم, في 2011 إلى 7 آلاف, في 1955 تم بناء,
    // في 2010 بنسبة, قدرت في 2025 بنحو: a particle or preposition that a counted noun would come before.
    if (!persian_)
      for (const std::string_view c : year_count_particles) ends = ends || w == c;
    // تأسست في 2007 يرعاها, في 2012 يتكون: a verb's present (ی and three letters or more; what a number counts does
    // not begin so, but for the day, a unit, and the months, lexicon words).
    if (!persian_ && w.size() >= 6 && w.compare(0, 2, "\xDB\x8C") == 0) ends = true;  // (يتم, يخص: three letters too)
    // المرقمة في 2012 التقدم إلى, في 2006 بالنظر لقدم: a noun with its article, ب on it too (not بالمئة, بالمائة: a rate).
    if (!persian_ && w.size() >= 8 && (w.compare(0, 4, "\xD8\xA7\xD9\x84") == 0 ||
                                       (w.size() >= 12 && w.compare(0, 6, "\xD8\xA8\xD8\xA7\xD9\x84") == 0 && w.compare(0, 10, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C") != 0 &&
                                        w.compare(0, 10, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7") != 0)))  // بال, not بالمی بالما
      ends = true;
    // في 2011 وتنتهي, فى 2005 والوفد: a verb's present on و, or a noun with its article (what a number counts has none).
    if (!persian_ && w.size() >= 8 &&
        (w.compare(0, 4, "\xD9\x88\xD8\xAA") == 0 || w.compare(0, 4, "\xD9\x88\xDB\x8C") == 0 ||  // وت وی
         w.compare(0, 6, "\xD9\x88\xD8\xA7\xD9\x84") == 0))                                        // وال
      ends = true;
    // في 2014 وارتفع, في 2010 واستمر: a past verb of the derived forms on و (وا and four letters or more).
    if (!persian_ && w.size() >= 12 && w.compare(0, 4, "\xD9\x88\xD8\xA7") == 0) ends = true;
    // وفي 2009 شاركت دبي, في 2011 اندلعت: a verb's feminine past (ت after three letters or more; not ات, وت, یت: plurals and nouns).
    if (!persian_ && w.size() >= 8 && w.substr(w.size() - 2) == "\xD8\xAA") {
      const std::string_view before = w.substr(w.size() - 4, 2);
      ends = ends || (before != "\xD8\xA7" && before != "\xD9\x88" && before != "\xDB\x8C");
    }
    // شهدت في 2023 ارتفاعات قياسية: a plural in ات of three letters or more before it; what a number of eleven on counts stands in
    // the singular (not after 2003 to 2010, whose last part counts plurals, nor a round hundred: في 2000 سيارات, written as spoken).
    if (!persian_ && !ends && w.size() >= 10 && w.substr(w.size() - 4) == "\xD8\xA7\xD8\xAA" && k > 0 && number(k - 1) &&
        t_[k - 1].value % 100 > 10)
      ends = true;
    if (!persian_ && !ends) ends = arabic_clause_after_year(w);
    // سجل في 2019 وحده 131.100 حالة: alone (وحدها; وحده before a number or a stop, not وحدة, a unit, folded alike).
    if (!persian_ && (w == "\xD9\x88\xD8\xAD\xD8\xAF\xD9\x87\xD8\xA7" || (w == "\xD9\x88\xD8\xAD\xD8\xAF\xD9\x87" && (k + 1 >= n_ || number(k + 1) || t_[k + 1].t == type::punct)))) ends = true;
  }
  return ends;
}

// منذ 2011, قبل 1963, حتى 2030, خلال 2024, موسم ١٩٧٣, تا ۱۴۰۵, قبل از ۱۳۵۷, ختم ۲۰۱۹, متولد ۱۳۰۹, مواليد 1990: four
// digits of a likely year after a word that bounds or spans a time, before what cannot be a counted noun
// (year_can_end). The word stays out of the span (the year's value is the year's).
bool grammar::bare_year_after_time_word(std::size_t i, expression& p) const {
  // کنکور ۹۹, کنکور ۰۲, بودجه 98, مصوب 53: the entrance exam's, budget's or law's Solar Hijri year by its last two digits (the 1300s from
  // 50 on, else the 1400s).
  if (persian_ && i > 0 && number(i) && t_[i].digits == 2 &&
      (word_is(i - 1, "\xDA\xA9\xD9\x86\xDA\xA9\xD9\x88\xD8\xB1") || word_is(i - 1, "\xDA\xA9\xD8\xA7\xD9\x86\xDA\xA9\xD9\x88\xD8\xB1") ||  // کنکور کانکور
       word_is(i - 1, "\xD8\xA8\xD9\x88\xD8\xAF\xD8\xAC\xD9\x87") || word_is(i - 1, "\xD9\x85\xD8\xB5\xD9\x88\xD8\xA8") ||  // بودجه مصوب (لایحه بودجه 98, قانون حمایت خانواده مصوب 53)
       word_is(i - 1, "\xD8\xB3\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xB1\xDB\x8C") ||  // سراسری (کنکور سراسری ۹۹, the national exam's)
       word_is(i - 1, "\xD8\xAF\xD8\xB1\xDA\xA9\xD9\x86\xDA\xA9\xD9\x88\xD8\xB1")) &&  // درکنکور (در written onto it)
      plain_number(i) && (year_can_end(i + 1) || year_can_end_after_time_word(i + 1)) && !counted_noun(i + 1)) {
    p.s = shape::year, p.year = static_cast<int>(t_[i].value) + (t_[i].value >= 50 ? 1300 : 1400), p.sys = system::jalali, p.te = i + 1;
    return true;
  }
  // ۱۳۹۹ بدترین سال برای خبرنگاران, ۲۰۱۸ مرگبارترین سال, ۲۰۲۳ گرم‌ترین سال: a year, then "the worst", "the deadliest" year.
  const bool superlative_year = persian_ && number(i) && t_[i].digits == 4 && i + 2 < n_ && t_[i + 1].t == type::word &&
                                ((t_[i].value >= 1300 && t_[i].value <= 1420) || (t_[i].value >= 1900 && t_[i].value <= 2100)) && plain_number(i);
  for (std::size_t k = i + 2; superlative_year && k < n_ && k <= i + 3 && (k == i + 2 || word_is(i + 2, "\xD8\xAA\xD8\xB1\xDB\x8C\xD9\x86")); ++k)
    if (const std::string_view x = s_.substr(t_[i + 1].begin, t_[k - 1].end - t_[i + 1].begin); x.size() > 8 &&
        x.substr(x.size() - 8) == "\xD8\xAA\xD8\xB1\xDB\x8C\xD9\x86" && word_is(k, "\xD8\xB3\xD8\xA7\xD9\x84")) {  // …ترین سال
      p.s = shape::year, p.year = static_cast<int>(t_[i].value), p.te = i + 1;
      return true;
    }
  if (i == 0 || !plain_number(i) || t_[i].digits != 4) return false;
  const std::uint32_t v = t_[i].value;
  // بـ1931 كذكرى, بعد 24 سنة، بـ1884، غيّروا: ب written onto the year, as the Levant says "in", before what ends or begins a
  // clause only (بـ1500 دولار, بـ1850 نقطة: a price, a rise by); an older year before a comma (بـ1773، صار اسمها).
  if (!persian_ && word_is(i - 1, "\xD8\xA8") && touching(i) && (v >= 1800 || (v >= 1000 && punct(i + 1, ','))) && v <= 2100 && v % 100 != 0 && year_can_end(i + 1) &&
      !(i + 1 < n_ && t_[i + 1].t == type::lex && !entry_of(i + 1, kind::connector))) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // منذ ,2003, خلال, 2018, في ،1964 المنصب: since, during or in, then the clause's comma that mixed-direction typing moved
  // before the year.
  if (!persian_ && i >= 2 && punct(i - 1, ',') && v >= 1900 && v <= 2100 && !counted_noun(i + 1) &&
      !entry_of(i + 1, kind::unit) && (word_is(i - 2, "\xD9\x85\xD9\x86\xD8\xB0") || word_is(i - 2, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") ||  // منذ خلال
                                       (filler(i - 2, lexicon::fill_in) && touching(i) && v % 100 != 0 && year_can_end(i + 1)))) {  // في ،1964 المنصب
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // A Solar Hijri year of the 1200s only after born or died (زاده ۱۲۸۵ - درگذشته ۱۳۶۷): a biography's; or before "dates back".
  const std::string_view before = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  const bool life = before == "\xD9\x85\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF" ||                   // متولد
                    before == "\xD8\xB2\xD8\xA7\xD8\xAF\xD9\x87" ||                               // زاده
                    before == "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA\xD9\x87" ||  // درگذشته
                    before == "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA" ||           // درگذشت
                    before == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD9\x88\xD9\x81\xDB\x8C";   // المتوفی (المتوفى 1926)
  if (before == "\xD8\xAD\xD8\xAF\xD9\x88\xD8\xAF" && (persian_ || v % 100 == 0)) return false;  // حدود ۱۴۰۰ نفر, في حدود 2000 دينار
  // نسخ 2000 كتاب, نسخة 2000, نسختي 2000 كتاب, بطولتي 2000 لاعب: copies or players, a round count.
  if (v % 100 == 0 && (before == "\xD9\x86\xD8\xB3\xD8\xAE" || before == "\xD9\x86\xD8\xB3\xD8\xAE\xD8\xAA\xDB\x8C" || before == "\xD9\x86\xD8\xB3\xD8\xAE\xD9\x87" ||
                       before == "\xD8\xA8\xD8\xB7\xD9\x88\xD9\x84\xD8\xAA\xDB\x8C" || before == "\xD8\xA8\xD8\xA8\xD8\xB7\xD9\x88\xD9\x84\xD8\xAA\xDB\x8C"))
    return false;
  // (In Arabic a year of the 1300s or 1400s only after a season: لموسم 1447, a Hijri year.)
  if (!((v >= 1800 && v <= 2100) || (v >= 1300 && v <= 1499) || (persian_ && (life || before == "\xD8\xA8\xD9\x87") && v >= 1200 && v <= 1299))) return false;
  // دوره in Persian is a term or a course (دوره ۱۴۰۰ تا ۱۴۰۴ مجلس): Arabic only.
  const auto session = [](std::string_view w) { return w == "\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87" || w == "\xD9\x84\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87" || w == "\xD8\xA8\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87"; };  // دوره لدوره بدوره
  const auto exam = [&](std::string_view w) { return std::find(std::begin(year_exams), std::end(year_exams), w) != std::end(year_exams); };
  const auto bound = [&](std::size_t k) {
    std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    // وحلول 2023, بانصرام 2022: و or ب written onto the word.
    if (!persian_ && w.size() > 8 && (w.compare(0, 2, "\xD9\x88") == 0 || w.compare(0, 2, "\xD8\xA8") == 0)) {
      const std::string_view rest = w.substr(2);
      for (const std::string_view b : year_bounds)
        if (rest == b && b.size() >= 8) return true;
    }
    if (session(w) && (persian_ || v % 100 == 0)) return false;  // دورة 2000 متدرب: a count
    if (exam(w)) return true;
    for (const std::string_view b : year_bounds)
      if (w == b) return true;
    return false;
  };
  // انتخابات 2010 و2013: a second year joined by و to the first.
  const auto year_at = [&](std::size_t k) { return k < n_ && plain_number(k) && t_[k].digits == 4; };
  // في 2030 و2034: after في too, when the second can end there as the first does.
  const auto first_at = [&](std::size_t k) { return bound(k) || (filler(k, lexicon::fill_in) && year_can_end(i + 1)); };
  // خلال 2026 و2027 و2028: the third and later too, each year before it on و, back to the first.
  // (Past the second, only years of the 1800s to 2100 each, the last able to end: not خلال 1500 و1800 و1900 كلم.)
  const auto chained = [&] {
    std::size_t e = i;
    while (entry_of(e + 1, kind::connector) && year_at(e + 2)) e += 2;
    for (std::size_t k = i; k >= 3 && entry_of(k - 1, kind::connector) && year_at(k - 2); k -= 2) {
      if (!first_at(k - 3)) continue;
      if (k == i) return true;
      for (std::size_t y = k - 2; y <= e; y += 2)
        if (t_[y].value < 1800 || t_[y].value > 2100) return false;
      return year_can_end(e + 1);
    }
    return false;
  };
  // المپیک ۲۰۰۸ و ۲۰۱۲, أولمبياد 2008 و2012: a second year on و after a first this rule takes by its own word (one
  // step back only: the first is no list's later year itself).
  const auto listed_after = [&](std::size_t f) {
    expression q;
    return f < i && !(f >= 1 && t_[f].waw && year_at(f - 1)) && !(f >= 2 && entry_of(f - 1, kind::connector) && year_at(f - 2)) &&
           bare_year_after_time_word(f, q) && q.te == f + 1 && v % 100 != 0 && !counted_noun(i + 1) &&
           !entry_of(i + 1, kind::unit);
  };
  // كان 2025، 2027 و2029: a list of years on commas, closed by و (comma_list_closes), read back to its first.
  const auto comma_list_first = [&](std::size_t k) {
    while (k >= 2 && punct(k - 1, ',') && year_at(k - 2)) k -= 2;
    return k;
  };
  const auto comma_list_closes = [&](std::size_t k) {
    while (punct(k + 1, ',') && year_at(k + 2)) k += 2;
    return (k + 1 < n_ && t_[k + 1].waw && year_at(k + 1)) || (entry_of(k + 1, kind::connector) && year_at(k + 2));
  };
  // على 3 دفعات: 2020 و2021 و2022: three years or more on و after a colon, each of the 1800s to 2100, the last able to end.
  const auto colon_list = [&] {
    std::size_t f = i, e = i;
    while (f >= 2 && entry_of(f - 1, kind::connector) && year_at(f - 2)) f -= 2;
    while (entry_of(e + 1, kind::connector) && year_at(e + 2)) e += 2;
    if (f == 0 || !punct(f - 1, ':') || e < f + 4) return false;
    for (std::size_t y = f; y <= e; y += 2)
      if (t_[y].value < 1800 || t_[y].value > 2100) return false;
    return year_can_end(e + 1);
  };
  // منحتي 2014 و2015, موسمي 2019 و2020: an Arabic dual's construct before two years a few apart (year_duals; not
  // قطاري 2026 و2027, two trains' numbers).
  const auto dual_pair = [&](std::size_t d, std::size_t a, std::size_t b) {
    const std::string_view x = s_.substr(t_[d].begin, t_[d].end - t_[d].begin);
    return !persian_ && std::find(std::begin(year_duals), std::end(year_duals), x) != std::end(year_duals) && t_[a].value >= 1900 &&
           t_[b].value > t_[a].value && t_[b].value <= t_[a].value + 10 && t_[b].value <= 2100 && !counted_noun(b + 1) &&
           !entry_of(b + 1, kind::unit);
  };
  // (1996م و2015): after a year with its era, the next on و.
  const bool joined = i >= 2 && entry_of(i - 1, kind::connector);  // و apart from the year (t_[i].waw: written onto it)
  const bool after_era = (joined || t_[i].waw) && i >= 3 && entry_of(i - 1 - joined, kind::era) && year_at(i - 2 - joined) &&
                         t_[i - 2 - joined].value >= 1800 && v > t_[i - 2 - joined].value && v <= 2100 && !counted_noun(i + 1) &&
                         !entry_of(i + 1, kind::unit);
  const bool second = (i >= 2 && t_[i].waw && year_at(i - 1) && first_at(i - 2)) || chained() || colon_list() || after_era ||
                      (i >= 3 && (joined || t_[i].waw) && year_at(i - 1 - joined) && dual_pair(i - 2 - joined, i - 1 - joined, i)) ||
                      (t_[i].waw && year_at(i - 1) && listed_after(comma_list_first(i - 1))) ||
                      (entry_of(i - 1, kind::connector) && i >= 2 && year_at(i - 2) && listed_after(comma_list_first(i - 2))) ||
                      (i >= 2 && punct(i - 1, ',') && year_at(i - 2) && comma_list_closes(i) && listed_after(comma_list_first(i - 2)));
  const bool then_second = (i + 1 < n_ && t_[i + 1].waw && year_at(i + 1)) ||
                           (entry_of(i + 1, kind::connector) && year_at(i + 2));
  const std::size_t next = entry_of(i + 1, kind::connector) ? i + 2 : i + 1;  // the year after و, if one is
  // (1996م و2015): a year with its era, then the next on و.
  const std::size_t after = entry_of(i + 1, kind::era) ? (entry_of(i + 2, kind::connector) ? i + 3 : i + 2) : 0;
  const bool era_pair = after && year_at(after) && (after == i + 3 || t_[after].waw) && v >= 1800 &&
                        t_[after].value > v && t_[after].value <= 2100 && !counted_noun(after + 1) && !entry_of(after + 1, kind::unit);
  if (second || era_pair || (bound(i - 1) && then_second) || (then_second && year_at(next) && dual_pair(i - 1, i, next))) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    if (era_pair && !second) p.sys = era_system(entry_of(i + 1, kind::era)->value), p.sys_from_name = true, p.te = i + 2;
    return true;
  }
  // قبل از ۱۳۵۷, پس از ۲۰۱۹: از after the word; Persian پیش and پس only so.
  const bool az = persian_ && i >= 2 && filler(i - 1, lexicon::fill_range_from) && bound(i - 2);
  // حق بیمه تامین اجتماعی ۱۴۰۲ چقدر است, عیدی ۱۴۰۳ کی واریز می‌شود: a headline's Solar Hijri year before its question.
  if (persian_ && v >= 1380 && v <= 1420 && (t_[i - 1].t == type::word || t_[i - 1].t == type::lex) &&
      (word_is(i + 1, "\xDA\x86\xD9\x82\xD8\xAF\xD8\xB1") || word_is(i + 1, "\xDA\x86\xDB\x8C\xD8\xB3\xD8\xAA") || word_is(i + 1, "\xDA\x86\xDA\xAF\xD9\x88\xD9\x86\xD9\x87") || word_is(i + 1, "\xDA\xA9\xDB\x8C"))) {  // چقدر چیست چگونه کی
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // نوبت چاپ: اول / ۱۳۹۶, سال چاپ: ۱۴۰۳: a book's colophon, the print's year closing its line.
  if (persian_ && v > 1300 && v <= 1420 && (i + 1 >= n_ || t_[i + 1].t == type::newline || t_[i + 1].t == type::punct) && [&] {
        bool print = false;  // (not تیراژ چاپ ۱۴۰۰, شمارگان: a print run's copies)
        for (std::size_t k = i; k > 0 && k + 6 > i && t_[k - 1].t != type::newline; --k) {
          if (word_is(k - 1, "\xD8\xAA\xDB\x8C\xD8\xB1\xD8\xA7\xDA\x98") || word_is(k - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xDA\xAF\xD8\xA7\xD9\x86")) return false;  // تیراژ شمارگان
          print = print || word_is(k - 1, "\xDA\x86\xD8\xA7\xD9\xBE");  // چاپ
        }
        return print;
      }()) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // این روز از ۱۹۵۳ که …, از ۱۳۸۵ به این سو: Persian از (since) before a year and که or "hither".
  if (persian_ && filler(i - 1, lexicon::fill_range_from) && ((v >= 1800 && v <= 2100) || (v >= 1300 && v <= 1420)) &&
      (word_is(i + 1, "\xDA\xA9\xD9\x87") ||                                                                 // که
       (word_is(i + 1, "\xD8\xA8\xD9\x87") && word_is(i + 2, "\xD8\xA7\xDB\x8C\xD9\x86") &&                // به این
        (word_is(i + 3, "\xD8\xB3\xD9\x88") || word_is(i + 3, "\xD8\xB7\xD8\xB1\xD9\x81"))))) {          // سو طرف
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  // قانون المالية ل2016،: Arabic ل (for) written onto the year.
  const bool li = !persian_ && touching(i) && w == "\xD9\x84" && v % 100 != 0;
  const bool cup = tournament_year(i, v, w);
  // ثورة 2011، بحرب 1994, وحرب 1956 «…», انقلاب ۱۳۵۷, اعتراضات ۱۴۰۱: a revolution's, a war's or a
  // crisis's year (folded; و, ب or ل written onto the word).
  const bool event = [&]() {
    static constexpr std::string_view events[] = {
        "\xD8\xAB\xD9\x88\xD8\xB1\xD9\x87", "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x81\xD8\xA7\xD8\xB6\xD9\x87", "\xD8\xAD\xD8\xB1\xD8\xA8",  // ثوره انتفاضه حرب
        "\xD9\x86\xDA\xA9\xD8\xB3\xD9\x87", "\xD9\x86\xDA\xA9\xD8\xA8\xD9\x87", "\xD8\xA7\xD8\xAD\xD8\xAF\xD8\xA7\xD8\xAB",  // نکسه نکبه احداث
        "\xD8\xA7\xD8\xB2\xD9\x85\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x82\xD9\x84\xD8\xA7\xD8\xA8", "\xD8\xAC\xD9\x86\xDA\xAF",  // ازمه انقلاب جنگ
        "\xD8\xB9\xD8\xAF\xD9\x88\xD8\xA7\xD9\x86", "\xD8\xBA\xD8\xB2\xD9\x88", "\xD8\xB2\xD9\x84\xD8\xB2\xD8\xA7\xD9\x84",  // عدوان غزو زلزال
        "\xD8\xB2\xD9\x84\xD8\xB2\xD9\x84\xD9\x87", "\xD8\xAD\xD8\xB1\xD8\xA7\xDA\xA9",  // زلزله حراک
        "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xB6\xD8\xA7\xD8\xAA", "\xD8\xA7\xD8\xBA\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB4\xD8\xA7\xD8\xAA",  // اعتراضات اغتشاشات
        "\xD9\x81\xDB\x8C\xD8\xB6\xD8\xA7\xD9\x86\xD8\xA7\xD8\xAA", "\xD9\x81\xDB\x8C\xD8\xB6\xD8\xA7\xD9\x86", "\xD8\xB3\xDB\x8C\xD9\x88\xD9\x84", "\xD8\xA7\xD8\xB9\xD8\xB5\xD8\xA7\xD8\xB1", "\xD8\xB3\xDB\x8C\xD9\x84",  // فیضانات فیضان سیول اعصار سیل
        "\xD8\xB2\xD9\x85\xDB\x8C\xD9\x86\xD9\x84\xD8\xB1\xD8\xB2\xD9\x87", "\xD9\x84\xD8\xB1\xD8\xB2\xD9\x87",  // زمینلرزه (زمین‌لرزه) لرزه
        "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82", "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xDB\x8C\xD9\x87", "\xD8\xAA\xD9\x88\xD8\xA7\xD9\x81\xD9\x82",  // اتفاق 2015, توافق ۲۰۱۵: an agreement's year
        "\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF", "\xD9\x85\xD9\x88\xD8\xA7\xD9\x81\xD9\x82\xD8\xAA\xD9\x86\xD8\xA7\xD9\x85\xD9\x87", "\xD9\x85\xD8\xB9\xD8\xA7\xD9\x87\xD8\xAF\xD9\x87",  // قرارداد 1919, موافقتنامه 1907, معاهده (a treaty's)
    };
    std::string_view x = w;
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::string_view e : events)
        if (x == e) return true;
      if (pass || x.size() < 6 || !(x.compare(0, 2, "\xD9\x88") == 0 || x.compare(0, 2, "\xD8\xA8") == 0 || x.compare(0, 2, "\xD9\x84") == 0))
        break;
      x.remove_prefix(2);
    }
    // زلزال الحوز 2023, زلزال القاهرة 1992, إعصار دانيال 2023, زلزله بم ۱۳۸۲: a
    // disaster's year, a place's or a storm's name of one or two words between.
    if (!((v >= 1900 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499))) return false;
    static constexpr std::string_view named[] = {"\xD8\xB2\xD9\x84\xD8\xB2\xD8\xA7\xD9\x84", "\xD8\xB2\xD9\x84\xD8\xB2\xD9\x84\xD9\x87", "\xD9\x81\xDB\x8C\xD8\xB6\xD8\xA7\xD9\x86\xD8\xA7\xD8\xAA", "\xD9\x81\xDB\x8C\xD8\xB6\xD8\xA7\xD9\x86", "\xD8\xB3\xDB\x8C\xD9\x88\xD9\x84", "\xD8\xA7\xD8\xB9\xD8\xB5\xD8\xA7\xD8\xB1", "\xD8\xB3\xDB\x8C\xD9\x84", "\xD8\xB2\xD9\x85\xDB\x8C\xD9\x86\xD9\x84\xD8\xB1\xD8\xB2\xD9\x87", "\xD9\x84\xD8\xB1\xD8\xB2\xD9\x87"};  // زلزال زلزله فیضانات فیضان سیول اعصار سیل زمینلرزه (زمین‌لرزه) لرزه
    for (std::size_t k = i - 1; k-- > 0 && k + 3 >= i;) {
      if (t_[k + 1].t != type::word) return false;
      for (const std::string_view e : named)
        if (word_is(k, e)) return true;
    }
    return false;
  }();
  // الثانوية العامة 2026: Egypt's secondary-school exam and its year.
  const bool secondary = !persian_ && i >= 2 && w == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xD9\x87" && word_is(i - 2, "\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x88\xDB\x8C\xD9\x87");
  // لایحه بودجه ۱۴۰۳, بودجه ۱۴۰۵ سخنگوی: a Solar Hijri budget's year (not بودجه 2000 دلاری, a sum).
  // تقویم ۱۴۰۳ منتشر شد: a calendar's year, likewise.
  const auto wage = [](std::string_view x) {
    return x == "\xD9\x85\xD8\xB2\xD8\xAF" || x == "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB2\xD8\xAF" || x == "\xD8\xAD\xD9\x82\xD9\x88\xD9\x82";  // مزد دستمزد حقوق
  };
  const bool budget = persian_ && v >= 1300 && v <= 1499 &&
                      (w == "\xD8\xA8\xD9\x88\xD8\xAF\xD8\xAC\xD9\x87" || w == "\xD8\xAA\xD9\x82\xD9\x88\xDB\x8C\xD9\x85" ||  // بودجه, تقویم
                       // حداقل مزد ۱۴۰۴, حقوق ۱۴۰۴ کارگران, افزایش حقوق کارگران ۱۴۰۵: a wage's year, the wage earners' word
                       // between or none (not حقوق 1400 نفر, a count).
                       (v >= 1380 && v <= 1420 && !counted_noun(i + 1) && !entry_of(i + 1, kind::unit) &&
                        (wage(w) || (i >= 2 && t_[i - 1].t == type::word && wage(s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin))))) ||
                       // مجمع عمومی سالیانه ۱۴۰۳: a general assembly's year (not تولید سالانه ۱۴۰۳ تن, a yearly count).
                       ((w == "\xD8\xB3\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86\xD9\x87" || w == "\xD8\xB3\xD8\xA7\xD9\x84\xDB\x8C\xD8\xA7\xD9\x86\xD9\x87") &&  // سالانه سالیانه
                        i >= 2 && word_is(i - 2, "\xD8\xB9\xD9\x85\xD9\x88\xD9\x85\xDB\x8C") && v <= 1420) ||  // عمومی
                       // گزارش 1400, گزارش سالانه ۱۴۰۳, گزارش دیجیکالا ۱۴۰۰: a report's year, a word between or none.
                       ((w == "\xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB4" || (i >= 2 && (t_[i - 1].t == type::word || t_[i - 1].t == type::lex) && word_is(i - 2, "\xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB4"))) &&
                        !word_is(i + 1, "\xD9\x85\xD9\x88\xD8\xB1\xD8\xAF")));  // گزارش (not گزارش ۱۳۵۰ مورد: cases)
  const bool election = election_year(i, v);
  // موسم الحج 2024, لموسم 2022, الموسم الفلاحي 2023, فصل زراعی ۱۴۰۲: a season's year, its words up to three before
  // (folded; و, ال, ل, ب, لل, بال written onto موسم; Persian فصل alone), مرحبا 2024 and أفق 2030.
  const bool season = [&]() {
    if (!((v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1499)) || v % 100 == 0) return false;  // not موسم 2000 حاج
    static constexpr std::string_view head = "\xD9\x85\xD9\x88\xD8\xB3\xD9\x85";  // موسم
    static constexpr std::string_view prefixes[] = {"", "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84",
                                                    "\xD9\x84", "\xD8\xA8"};  // بال لل ال ل ب
    for (std::size_t k = i; k-- > 0 && k + 3 >= i;) {
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
      std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
      if (persian_ && x == "\xD9\x81\xD8\xB5\xD9\x84") return true;  // فصل
      // حج تمتع ۱۴۰۴, زائران حج ۱۴۰۳, عمره مفرده ۱۴۰۲: a pilgrimage's season by its Solar Hijri year (not حج ۱۳۸۰ نفر, a count).
      if (persian_ && v >= 1300 && (x == "\xD8\xAD\xD8\xAC" || x == "\xD8\xB9\xD9\x85\xD8\xB1\xD9\x87") &&  // حج عمره
          !counted_noun(i + 1))
        return true;
      // حج 2025 : إطلاق برنامج, موعد الحج 2024،, للحج 1446.: in Arabic the pilgrimage's word right before its year,
      // Gregorian or Hijri, before punctuation, a line's end or a lexicon word (not الحج 2024 حاج, a count).
      if (!persian_ && k + 1 == i && (i + 1 >= n_ || t_[i + 1].t != type::word) && !counted_noun(i + 1)) {
        if (x.size() > 4 && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);  // و
        static constexpr std::string_view pilgrimages[] = {
            "\xD8\xAD\xD8\xAC", "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC", "\xD9\x84\xD9\x84\xD8\xAD\xD8\xAC",  // حج الحج للحج
            "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC",                                                    // بالحج
            "\xD8\xB9\xD9\x85\xD8\xB1\xD9\x87", "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD8\xB1\xD9\x87"};   // عمره العمره
        for (const std::string_view w2 : pilgrimages)
          if (x == w2) return true;
      }
      // عملية مرحبا 2024: Morocco's summer crossing of its emigrants, named by its year; في أفق 2030: a plan's horizon.
      if (k + 1 == i && ((!persian_ && x == "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7") || x == "\xD8\xA7\xD9\x81\xD9\x82"))
        return true;  // مرحبا, افق (افق ۱۴۰۴ too)
      if (x.size() > head.size() && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);  // و
      for (const std::string_view p : prefixes)
        if (x.size() == p.size() + head.size() && x.compare(0, p.size(), p) == 0 && x.substr(p.size()) == head) return true;
    }
    return false;
  }();
  if (!persian_ && v < 1800 && !season) return false;
  // آزمون کارشناسی ارشد ۱۴۰۳, کنکور سراسری هنر ۱۴۰۲: an exam named up to three words before a Solar Hijri year.
  const bool exam_named = persian_ && v >= 1300 && v <= 1499 && v % 100 != 0 && [&]() {
    for (std::size_t k = i; k-- > 0 && k + 4 >= i;) {
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
      if (word_is(k, "\xD8\xA2\xD8\xB2\xD9\x85\xD9\x88\xD9\x86") || word_is(k, "\xD8\xA7\xD8\xB2\xD9\x85\xD9\x88\xD9\x86") ||
          exam(s_.substr(t_[k].begin, t_[k].end - t_[k].begin)))
        return true;  // آزمون (folded: ازمون), کنکور
    }
    return false;
  }();
  // صيف 2011, شتاء 2020 (folded: صیف شتا خریف ربیع): a season of the year, valued as the year it is in.
  const bool weather = !persian_ && v >= 1800 && v <= 2100 &&
                       (w == "\xD8\xB5\xDB\x8C\xD9\x81" || w == "\xD8\xB4\xD8\xAA\xD8\xA7" ||
                        w == "\xD8\xAE\xD8\xB1\xDB\x8C\xD9\x81" || w == "\xD8\xB1\xD8\xA8\xDB\x8C\xD8\xB9");
  // يعود بناؤها إلى 1965, يرجع تاريخه إلى 1920, به ۱۲۹۷ برمی‌گردد: what a thing "dates back to" (folded; ZWNJ a blank).
  const bool dates_back = v >= 1000 && v <= 2100 && [&]() {
    const auto starts = [&](std::size_t k, std::string_view x) { return k < n_ && s_.compare(t_[k].begin, x.size(), x) == 0; };
    if (persian_) {
      const std::size_t k = i + 1, m = word_is(k, "\xD8\xA8\xD8\xB1") || word_is(k, "\xD8\xA8\xD8\xA7\xD8\xB2") ? k + 1 : k;  // بر باز
      return w == "\xD8\xA8\xD9\x87" && (starts(m, "\xD8\xA8\xD8\xB1\xD9\x85\xDB\x8C\xDA\xAF\xD8\xB1\xD8\xAF") ||  // به; برمیگرد
                                            starts(m, "\xD8\xA8\xD8\xA7\xD8\xB2\xD9\x85\xDB\x8C\xDA\xAF\xD8\xB1\xD8\xAF") ||  // بازمیگرد
                                            ((word_is(m, "\xD8\xA8\xD8\xB1\xD9\x85\xDB\x8C") || word_is(m, "\xD8\xA8\xD8\xA7\xD8\xB2\xD9\x85\xDB\x8C") ||
                                              (m > k && word_is(m, "\xD9\x85\xDB\x8C"))) && starts(m + 1, "\xDA\xAF\xD8\xB1\xD8\xAF")));  // برمی بازمی می; گرد
    }
    if (w != "\xD8\xA7\xD9\x84\xDB\x8C") return false;  // الی (إلى)
    for (std::size_t k = i - 1; k-- > 0 && k + 5 >= i;) {
      std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
      if (x.size() > 8 && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);  // و
      if (x == "\xDB\x8C\xD8\xB9\xD9\x88\xD8\xAF" || x == "\xD8\xAA\xD8\xB9\xD9\x88\xD8\xAF" ||  // یعود تعود
          x == "\xDB\x8C\xD8\xB1\xD8\xAC\xD8\xB9" || x == "\xD8\xAA\xD8\xB1\xD8\xAC\xD8\xB9")    // یرجع ترجع
        return true;
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
    }
    return false;
  }();
  // مس عینک از ۲۰۰۹ تحت حفریات قرار دارد: Persian's "from" alone, then a year before what ends or begins a clause (از ۲۰۰۹
  // تا ۲۰۱۲ is a span's; از ۱۳۹۸ دانش‌آموز counts).
  const bool since = persian_ && w == "\xD8\xA7\xD8\xB2" && v % 100 != 0 && !filler(i + 1, lexicon::fill_range_to) && !word_is(i + 1, "\xD8\xA8\xD9\x87") && year_can_end(i + 1);  // (not از ۱۸۵۰ به ۱۸۰۰ افغانی, a price's change)
  // الانتقالات الصيفية 2021, الميركاتو الشتوي 2023, الألعاب الشتوية 2022: a summer's or winter's (its adjective) year.
  const bool season_of = !persian_ && v % 100 != 0 && (w == "\xD8\xA7\xD9\x84\xD8\xB5\xDB\x8C\xD9\x81\xDB\x8C\xD9\x87" || w == "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAA\xD9\x88\xDB\x8C\xD9\x87" ||
                                                     w == "\xD8\xA7\xD9\x84\xD8\xB5\xDB\x8C\xD9\x81\xDB\x8C" || w == "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAA\xD9\x88\xDB\x8C");  // الصیفیه الشتویه الصیفی الشتوی
  const bool alone = (bound(i - 1) || li || season_of || since || secondary || cup || event || budget || election || season || exam_named || weather || dates_back) && w != "\xD9\xBE\xDB\x8C\xD8\xB4" && w != "\xD9\xBE\xD8\xB3";
  // متولد ۱۳۰۹ بود, خلال 2025 خفض البنك, منذ 2011 والبلاد: after "born", "during" or "since" a number is a year before any word.
  const bool born = life ||
                    w == "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF" ||
                    w == "\xD9\x84\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF" ||  // لمواليد 2012 لأندية
                    w == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" || w == "\xD9\x85\xD9\x86\xD8\xB0" || w == "\xD9\x85\xD8\xB0" ||
                    w == "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA7\xD8\xA8\xD8\xA7\xD8\xAA" ||  // انتخابات ۱۴۰۰ شرکت کرد
                    w == "\xD8\xAF\xD9\x81\xD8\xB9\xD9\x87" ||  // دفعة ٢٠٢٤ تخرجوا (not دفعة 2000 دولار)
                    session(w) ||  // دورة 2020 التي يشارك فيها, ستنظم دورة 2024 من المعرض
                    w == "\xD9\x85\xD8\xB5\xD9\x88\xD8\xA8" ||  // قانون کار مصوب ۱۳۶۹ مجمع تشخیص
                    w == "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x88\xD8\xB1" ||  // دستور 2014 المعدل: a constitution counts nothing
                    (li && i >= 3 && number(i - 2) && word_is(i - 3, "\xD8\xB1\xD9\x82\xD9\x85")) ||  // قرار رقم 43 لـ2024 بشأن: a law's number and year
                    (w == "\xD8\xB4\xD8\xB9\xD8\xA7\xD8\xB1" && v % 100 != 0) ||  // شعار ۲۰۲۰ سازمان: a slogan's
                    // بانصرام 2022 وحلول 2023 بالخير: a year's passing and arrival, و or ب on the word or not
                    (!persian_ && v % 100 != 0 && [&] {
                      std::string_view x = w;
                      if (x.size() > 8 && (x.compare(0, 2, "\xD9\x88") == 0 || x.compare(0, 2, "\xD8\xA8") == 0)) x.remove_prefix(2);
                      return x == "\xD8\xAD\xD9\x84\xD9\x88\xD9\x84" || x == "\xD8\xA7\xD9\x86\xD8\xB5\xD8\xB1\xD8\xA7\xD9\x85" || x == "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB2\xD9\x86\xD9\x87" || x == "\xD9\x85\xDB\x8C\xD8\xB2\xD8\xA7\xD9\x86\xDB\x8C\xD9\x87";  // حلول انصرام, a budget's: موازنه میزانیه
                    }()) ||
                    // التي تأسست 1977 بمقتضى, أنشئت 1990 بقرار: founded (not a round hundred: أنشئ 2000 مسكن)
                    ((w == "\xD8\xAA\xD8\xA7\xD8\xB3\xD8\xB3\xD8\xAA" || w == "\xD8\xAA\xD8\xA7\xD8\xB3\xD8\xB3" ||
                      w == "\xD8\xA7\xD9\x86\xD8\xB4\xDB\x8C" || w == "\xD8\xA7\xD9\x86\xD8\xB4\xDB\x8C\xD8\xAA") && v % 100 != 0) ||
                    budget || election || season || exam_named || weather ||  // بودجه ۱۴۰۵ سخنگوی, انتخابات النواب 2020، اليوم
                    (exam(w) && (persian_ || v % 100 != 0)) || secondary || cup || dates_back || (event && v % 100 != 0);  // (نجح في التوجيهي 2000 طالب: a count)  // not أزمة 2000 موظف, a count  // نتایج نهایی کنکور ۱۴۰۲ دانشگاه ها
  // من مواليد الدقهلية 1941: born in a place, its name between.
  if (!az && !alone && !persian_ && i >= 2 && t_[i - 1].t == type::word && v <= 2100 &&
      s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin) == "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF" &&
      year_can_end(i + 1)) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // بنسخة قطر 2022 بعد, النسخة المغرب 2030: an edition named by its host and its year (not a round hundred).
  if (!az && !alone && !persian_ && i >= 2 && t_[i - 1].t == type::word && v >= 1950 && v <= 2100 && v % 100 != 0 && year_can_end(i + 1) &&
      [&] {
        std::string_view x = s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin);
        if (x.size() > 8 && (x.compare(0, 2, "\xD8\xA8") == 0 || x.compare(0, 2, "\xD9\x88") == 0)) x.remove_prefix(2);  // ب و
        return x == "\xD9\x86\xD8\xB3\xD8\xAE\xD9\x87" || x == "\xD8\xA7\xD9\x84\xD9\x86\xD8\xB3\xD8\xAE\xD9\x87" || x == "\xD9\x84\xD9\x84\xD9\x86\xD8\xB3\xD8\xAE\xD9\x87";  // نسخه النسخه للنسخه
      }()) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // مقارنة بنفس الفترة من 2024, بالفترة ذاتها من 2024, بالفترة المماثلة من 2024: the year of the same period, after من.
  const auto period_word = [&](std::size_t k) {
    const std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    return x.size() >= 8 && x.substr(x.size() - 8) == "\xD9\x81\xD8\xAA\xD8\xB1\xD9\x87";  // …فتره (الفترة, بالفترة, للفترة)
  };
  const auto same_word = [&](std::size_t k) {
    return word_is(k, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87\xD8\xA7") || word_is(k, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87\xD8\xA7") ||  // نفسها ذاتها
           word_is(k, "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD8\xA7\xD8\xAB\xD9\x84\xD9\x87");  // المماثله
  };
  const auto same_word_before = [&](std::size_t k) {
    return word_is(k, "\xD9\x86\xD9\x81\xD8\xB3") || word_is(k, "\xD8\xA8\xD9\x86\xD9\x81\xD8\xB3") ||  // نفس بنفس
           word_is(k, "\xD9\x84\xD9\x86\xD9\x81\xD8\xB3");  // لنفس
  };
  if (!az && !alone && !persian_ && i >= 4 && v >= 1900 && v <= 2100 && word_is(i - 1, "\xD9\x85\xD9\x86") &&  // من
      ((same_word(i - 2) && period_word(i - 3)) || (period_word(i - 2) && same_word_before(i - 3))) &&
      (year_can_end(i + 1) || punct(i + 1, ','))) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  // مقارنة بالفترة نفسها من العام الماضي 2022, مدت مشابه سال گذشته (۱۴۰۱): the year that the same period, no date
  // alone, is of (the phrase is one word of the lexicon).
  const auto same_period = [&](std::size_t k) {
    if (!entry_of(k, kind::not_date)) return false;
    const std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    static constexpr std::string_view years[] = {
        "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85 \xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xDB\x8C",  // العام الماضی
        "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82",  // العام السابق
        "\xD8\xB3\xD8\xA7\xD9\x84 \xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA\xD9\x87",  // سال گذشته
        "\xD8\xB3\xD8\xA7\xD9\x84 \xD9\x82\xD8\xA8\xD9\x84",                      // سال قبل
        "\xD8\xB3\xD8\xA7\xD9\x84 \xD9\xBE\xDB\x8C\xD8\xB4",                      // سال پیش
    };
    // (Not چند سال گذشته: a few years gone, no period.)
    if (x.find("\xD9\x81\xD8\xAA\xD8\xB1\xD9\x87") == std::string_view::npos &&  // فتره
        x.find("\xD9\x85\xD8\xB4\xD8\xA7\xD8\xA8\xD9\x87") == std::string_view::npos)  // مشابه
      return false;
    for (const std::string_view y : years)
      if (x.size() > y.size() && x.substr(x.size() - y.size()) == y) return true;
    return false;
  };
  // (Not a decimal: مدت مشابه سال گذشته 1990.5درصد گران شده, a rate.)
  const bool decimal = (punct(i + 1, '.') || punct(i + 1, ',')) && touching(i + 1) && number(i + 2);
  if (!az && !alone && !decimal && (same_period(i - 1) || (i >= 2 && punct(i - 1, '(') && same_period(i - 2) && punct(i + 1, ')')))) {
    p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
    return true;
  }
  if (!az && !alone) return false;
  if (punct(i + 1, ',') && touching(i + 1) && number(i + 2) && touching(i + 2)) return false;  // مصوب ۱۳۴۸,۰۸,۲۱: a date, commas between
  if (const auto* e = entry_of(i + 1, kind::era)) {  // منذ 2003م
    p.sys = era_system(e->value), p.sys_from_name = true, p.te = i + 2;
  } else if (year_can_end(i + 1) || ((az || born) && year_can_end_after_time_word(i + 1) && !counted_noun(i + 1)) ||
             (!persian_ && before_or_since(before) && v >= 1950 && v <= 2035 && v % 100 != 0 && i + 1 < n_ && t_[i + 1].t == type::word && !counted_noun(i + 1) &&
              !counted_after_year(s_.substr(t_[i + 1].begin, t_[i + 1].end - t_[i + 1].begin), false))) {  // بعد 2011 حاولوا
    // After قبل از, پس از a year is a year before any word but a unit or
    // a month (قبل از ۱۳۵۷ تصویب شد); تا, حتى alone also mean "up to" a count.
    p.te = i + 1;
  } else {
    return false;
  }
  p.s = shape::year, p.year = static_cast<int>(v);
  return true;
}
}  // namespace grammar
}  // namespace taqvim
