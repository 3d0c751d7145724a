// Counts: a number in digits or in cardinal words (هزار و چهارصد و سه, ألفين وأربعة وعشرين), the piece behind days,
// years and clock times written in words.
#include "grammar/grammar.h"

#include <algorithm>  // std::find
#include <iterator>   // std::begin, std::end

namespace taqvim {
namespace grammar {

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
  bool more = false;
  int first = 0;
  if (!e) {
    const std::size_t g = glued_tens(i, first, &more);
    if (!g || !more) return g && !more ? (value = first, g) : 0;
  }
  long total = 0, current = e ? e->value : first;
  std::size_t j = i + 1;
  bool glued_before = more;  // دوهزارو پانزده: the next number word follows as after و
  // A count or a year in words has a few parts (هزار و چهارصد و دو);
  // stopping there keeps a long run of number words linear.
  for (int parts = 1; parts < 8; ++parts) {
    std::size_t k = j;
    if (entry_of(k, kind::connector)) ++k;
    const auto* next = entry_of(k, kind::cardinal);
    // هزار و سیصدو نود و نه, هزار و سیصدونودوهشت: number words glued by و as one (on و: the next one follows).
    int glued = 0;
    bool glued_more = false;
    if (!next && !glued_tens(k, glued, &glued_more)) glued = 0;
    const long v = next ? next->value : glued;
    // یک هزار و سه صد دوازده: in Dari the و after a hundred may be left out.
    const bool after_hundred = persian_ && current >= 100 && current < 1000 && current % 100 == 0;
    // هزار و سیصد هشتاد چهار: and after the tens of a year's hundreds.
    const bool after_ten = persian_ && total >= 1000 && current >= 20 && current < 100 && current % 10 == 0 && v < 10;
    // ألفين وأحد وعشرين, ألفين و أحد عشر: folded, وأحد (and و أحد) is the word واحد (one); after a thousand it is و
    // and one, or with عشر after it و and eleven.
    const bool waw_one = !persian_ && v == 1 && k == j && total + current >= 1000 && t_[k].end - t_[k].begin > 2 &&
                         s_.compare(t_[k].begin, 2, "\xD9\x88") == 0;
    if (!v || (k == j && !t_[k].waw && v < 100 && !glued_before && !after_hundred && !after_ten && !waw_one)) break;
    if (waw_one && entry_of(k + 1, kind::cardinal) && entry_of(k + 1, kind::cardinal)->value == 10 && !t_[k + 1].waw) {
      total += current + 11;
      current = 0;
      j = k + 2;
      continue;
    }
    if (glued_more && !entry_of(k + 1, kind::cardinal)) break;  // سیصدو بر: no number after it
    glued_before = glued_more;
    if (v >= 100 && v > current && k == j && !t_[k].waw && (v == 100 || v == 1000)) {
      current *= v;
    } else if (v >= 1000 && current < 1000 && k == j && !t_[k].waw) {
      current *= v;
    } else {
      // هفت و دو دقیقه is seven and two minutes, not nine: each part stands below the place of the one before
      // (هزار و چهارصد و دو), or in Arabic units before their tens (أربعة وعشرين).
      const long place = current % 1000 == 0 ? 1000 : current % 100 == 0 ? 100 : current % 10 == 0 ? 10 : 1;
      // سنة اثنتين وثلاثين ومائتين, ثمانين وستمائة, ثلاث عشرة وألف: classical Arabic counts up, units to thousands.
      const bool up = !persian_ && (k > j || t_[k].waw) && (v % 100 == 0 || v == 1000) && v > total + current &&
                      total + current < (v >= 1000 ? 1000 : 100);
      if (v >= place && !up && !(!persian_ && current < 10 && v >= 20 && v < 100 && v % 10 == 0)) break;
      total += current;
      current = v;
    }
    j = k + 1;
  }
  value = static_cast<int>(total + current);
  return j;
}

// A currency, a magnitude or a count's noun at token k (دالر, تومان, دولار,
// درصد, نفر, میلیون, ألف): the number before it is what is counted.
bool grammar::counted_noun(std::size_t k) const {
  // هزار and ألف are also lexicon words (cardinals).
  if (k >= n_ || (t_[k].t != type::word && t_[k].t != type::lex)) return false;
  static constexpr std::string_view counted[] = {
      "\xD8\xAF\xD8\xA7\xD9\x84\xD8\xB1", "\xD8\xAF\xD9\x84\xD8\xA7\xD8\xB1",  // دالر دلار
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
      "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C", "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xAF\xDB\x8C", "\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1\xDB\x8C",  // میلیونی میلیاردی هزاری: سکه بهار ۳۶ میلیونی شد
      "\xD8\xA7\xD9\x84\xD9\x81", "\xD8\xA7\xD9\x84\xD9\x81\xD8\xA7",  // الف (ألف), الفا (ألفاً): شهر تموز 58 ألفا
      "\xD8\xB3\xD9\x86\xD8\xAA", "\xD8\xB3\xD9\x86\xD8\xAA\xD8\xA7",  // سنت, سنتا (سنتاً): تسليم نوفمبر 81 سنتاً
      "\xD8\xAF\xD9\x88\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA7",  // دولارا (دولاراً)
      "\xD8\xAC\xD9\x86\xDB\x8C\xD9\x87", "\xD9\x85\xD9\x84\xDB\x8C\xD9\x85",  // جنیه (جنيه), ملیم (مليم: Tunisia's millime)
      "\xD8\xAF\xD8\xB1\xD9\x87\xD9\x85",  // درهم
      "\xD8\xBA\xD8\xB1\xD8\xA7\xD9\x85", "\xD8\xAC\xD8\xB1\xD8\xA7\xD9\x85", "\xDA\xAF\xD8\xB1\xD9\x85", "\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88\xDA\xAF\xD8\xB1\xD9\x85", "\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88", "\xDA\xA9\xD8\xBA", "\xD8\xB7\xD9\x86", "\xD8\xAA\xD9\x86", "\xD9\x84\xD8\xAA\xD8\xB1", "\xD9\x84\xDB\x8C\xD8\xAA\xD8\xB1", "\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88\xD9\x85\xD8\xAA\xD8\xB1", "\xDA\xA9\xD9\x84\xD9\x85",  // غرام جرام گرم کیلوگرم کیلو کغ طن تن لتر لیتر کیلومتر کلم: weights and measures (بين 1900 و2100 غرام)
      "\xD8\xAF\xDB\x8C\xD9\x86\xD8\xA7\xD8\xB1",      // دینار (دينار)
      // casualties and cases: 32 وفاة, بين 1300 الى 1500 قتيل, ۱۵ کشته
      "\xD9\x82\xD8\xAA\xDB\x8C\xD9\x84", "\xD9\x82\xD8\xAA\xDB\x8C\xD9\x84\xD8\xA7",  // قتیل (قتيل), قتیلا (قتيلاً)
      "\xD9\x82\xD8\xAA\xD9\x84\xDB\x8C", "\xD9\x88\xD9\x81\xD8\xA7\xD9\x87",  // قتلی (قتلى), وفاه (وفاة)
      "\xD8\xAC\xD8\xB1\xDB\x8C\xD8\xAD", "\xD8\xAC\xD8\xB1\xDB\x8C\xD8\xAD\xD8\xA7",  // جریح (جريح), جریحا (جريحاً)
      "\xD8\xA7\xD8\xB5\xD8\xA7\xD8\xA8\xD9\x87",        // اصابه (إصابة)
      "\xD8\xAD\xD8\xA7\xD9\x84\xD9\x87",                  // حاله (حالة)
      "\xD8\xB4\xD8\xAE\xD8\xB5",                            // شخص
      "\xD8\xB4\xD8\xAE\xD8\xB5\xD8\xA7",                  // شخصا (شخصاً)
      "\xDA\xA9\xD8\xB4\xD8\xAA\xD9\x87", "\xD8\xB2\xD8\xAE\xD9\x85\xDB\x8C",  // کشته, زخمی
      // distances, volumes, areas and power: سال ۱۴ کیلومتر, 2000 متر, لیتر, لتر, هکتار, مگاوات, میگاوات
      "\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88\xD9\x85\xD8\xAA\xD8\xB1", "\xD9\x85\xD8\xAA\xD8\xB1", "\xD9\x84\xDB\x8C\xD8\xAA\xD8\xB1",
      "\xD9\x84\xD8\xAA\xD8\xB1", "\xD9\x87\xDA\xA9\xD8\xAA\xD8\xA7\xD8\xB1", "\xD9\x85\xDA\xAF\xD8\xA7\xD9\x88\xD8\xA7\xD8\xAA",
      "\xD9\x85\xDB\x8C\xDA\xAF\xD8\xA7\xD9\x88\xD8\xA7\xD8\xAA",
  };
  const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  for (const std::string_view c : counted)
    if (w == c) return true;
  return false;
}

// نودوچهار, دوهزارودوازده, هزاروسیصدونودوهشت, دوهزارو (then پانزده): Persian number words with و between them, the
// blanks lost, in one word; each part below the place of the one before. value and the index after the word; the word
// ending on و (and) sets `more`: the number goes on in the next word.
std::size_t grammar::glued_tens(std::size_t i, int& value, bool* more) const {
  static constexpr std::pair<std::string_view, int> parts[] = {
      {"\xDB\x8C\xDA\xA9\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1", 1000}, {"\xD8\xAF\xD9\x88\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1", 2000},  // یکهزار دوهزار
      {"\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1", 1000}, {"\xDB\x8C\xDA\xA9\xD8\xB5\xD8\xAF", 100}, {"\xD8\xB5\xD8\xAF", 100},  // هزار یکصد صد
      {"\xD8\xAF\xD9\x88\xDB\x8C\xD8\xB3\xD8\xAA", 200}, {"\xD8\xB3\xDB\x8C\xD8\xB5\xD8\xAF", 300},  // دویست سیصد
      {"\xDA\x86\xD9\x87\xD8\xA7\xD8\xB1\xD8\xB5\xD8\xAF", 400}, {"\xD9\xBE\xD8\xA7\xD9\x86\xD8\xB5\xD8\xAF", 500},  // چهارصد پانصد
      {"\xD8\xB4\xD8\xB4\xD8\xB5\xD8\xAF", 600}, {"\xD9\x87\xD9\x81\xD8\xAA\xD8\xB5\xD8\xAF", 700},  // ششصد هفتصد
      {"\xD9\x87\xD8\xB4\xD8\xAA\xD8\xB5\xD8\xAF", 800}, {"\xD9\x86\xD9\x87\xD8\xB5\xD8\xAF", 900},  // هشتصد نهصد
      {"\xD8\xA8\xDB\x8C\xD8\xB3\xD8\xAA", 20}, {"\xD8\xB3\xDB\x8C\xD8\xB2\xD8\xAF\xD9\x87", 13}, {"\xD8\xB3\xDB\x8C", 30},  // بیست سیزده سی
      {"\xDA\x86\xD9\x87\xD9\x84", 40}, {"\xD9\xBE\xD9\x86\xD8\xAC\xD8\xA7\xD9\x87", 50}, {"\xD8\xB4\xD8\xB5\xD8\xAA", 60},  // چهل پنجاه شصت
      {"\xD9\x87\xD9\x81\xD8\xAA\xD8\xA7\xD8\xAF", 70}, {"\xD9\x87\xD8\xB4\xD8\xAA\xD8\xA7\xD8\xAF", 80}, {"\xD9\x86\xD9\x88\xD8\xAF", 90},  // هفتاد هشتاد نود
      {"\xDB\x8C\xD8\xA7\xD8\xB2\xD8\xAF\xD9\x87", 11}, {"\xD8\xAF\xD9\x88\xD8\xA7\xD8\xB2\xD8\xAF\xD9\x87", 12},  // یازده دوازده
      {"\xDA\x86\xD9\x87\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x87", 14}, {"\xD9\xBE\xD8\xA7\xD9\x86\xD8\xB2\xD8\xAF\xD9\x87", 15},  // چهارده پانزده
      {"\xD8\xB4\xD8\xA7\xD9\x86\xD8\xB2\xD8\xAF\xD9\x87", 16}, {"\xD9\x87\xD9\x81\xD8\xAF\xD9\x87", 17},  // شانزده هفده
      {"\xD9\x87\xD8\xAC\xD8\xAF\xD9\x87", 18}, {"\xD9\x86\xD9\x88\xD8\xB2\xD8\xAF\xD9\x87", 19}, {"\xD8\xAF\xD9\x87", 10},  // هجده نوزده ده
      {"\xDB\x8C\xDA\xA9", 1}, {"\xD8\xAF\xD9\x88", 2}, {"\xD8\xB3\xD9\x87", 3}, {"\xDA\x86\xD9\x87\xD8\xA7\xD8\xB1", 4},  // یک دو سه چهار
      {"\xDA\x86\xD8\xA7\xD8\xB1", 4}, {"\xD9\xBE\xD9\x86\xD8\xAC", 5}, {"\xD8\xB4\xD8\xB4", 6}, {"\xD9\x87\xD9\x81\xD8\xAA", 7},  // چار پنج شش هفت
      {"\xD9\x87\xD8\xB4\xD8\xAA", 8}, {"\xD9\x86\xD9\x87", 9}};  // هشت نه
  if (!persian_ || i >= n_ || t_[i].t != type::word || t_[i].end - t_[i].begin < 6) return 0;
  const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  // The first two letters of a number word (یک دو سه چه چا پن شش هف هش نه ده یا شا هج نو بی سی شص هز صد پا), as one
  // 32-bit value each: most words are turned away here, before any part is compared.
  static constexpr std::uint32_t heads[] = {0xDB8CDAA9, 0xD8AFD988, 0xD8B3D987, 0xDA86D987, 0xDA86D8A7, 0xD9BED986,
                                            0xD8B4D8B4, 0xD987D981, 0xD987D8B4, 0xD986D987, 0xD8AFD987, 0xDB8CD8A7,
                                            0xD8B4D8A7, 0xD987D8AC, 0xD986D988, 0xD8A8DB8C, 0xD8B3DB8C, 0xD8B4D8B5,
                                            0xD987D8B2, 0xD8B5D8AF, 0xD9BED8A7};
  const auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[k])); };
  const std::uint32_t head = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
  if (std::find(std::begin(heads), std::end(heads), head) == std::end(heads)) return 0;
  if (w.find("\xD9\x88", 2) == std::string_view::npos) return 0;  // no و after a first letter
  long total = 0, current = 0, place = 100000;
  bool open = false;
  for (std::size_t p = 0; p < w.size();) {
    int v = 0;
    std::size_t len = 0;
    for (const auto& [part, pv] : parts)  // the longest part that is followed by و or the end
      if (part.size() > len && w.compare(p, part.size(), part) == 0 &&
          (p + part.size() == w.size() || w.compare(p + part.size(), 2, "\xD9\x88") == 0))
        v = pv, len = part.size();
    if (!v) return 0;
    if (v == 1000 || v == 2000) {
      if (current != 0 || total != 0) return 0;
      total = v;
      place = 1000;
    } else {
      if (v >= place) return 0;
      current += v;
      place = v >= 100 ? 100 : v >= 20 ? 10 : 1;
    }
    p += len;
    open = p < w.size();
    if (open) p += 2;  // و
  }
  if (open && !more) return 0;  // a trailing و only where the caller reads on
  if (more) *more = open;
  value = static_cast<int>(total + current);
  return i + 1;
}

// A number that is a whole token: not part of 1.5, 3+3, **1426 or a longer code (plain_number reads it from the token).
bool grammar::whole_number(std::size_t i) const {
  if (!number(i)) return false;
  const auto glued = [&](std::size_t j) {
    return j < n_ && t_[j].t == type::punct && !t_[j].space_before &&
           (t_[j].punct == '+' || t_[j].punct == '*' || t_[j].punct == '=' || t_[j].punct == '%' ||
            t_[j].punct == '#' || t_[j].punct == '_' || t_[j].punct == '&' || t_[j].punct == '^' ||
            t_[j].punct == '$' || t_[j].punct == '@' || t_[j].punct == '~');
  };
  // Glued to a word it is part of a code (A320), but not to the Arabic article: الـ16 من آذار, the 16th (and والـ17);
  // nor to ل written apart with its tatweel (لـ6 نوفمبر), ب or به written onto it (به۱۵ آذر, ب۱۵ آذر), a word that
  // introduces a year (کنکور۱۴۰۲, منذ2019), the agency in its dateline (پژواک٢٤جوزا٩٠), nor before a month named
  // between dashes (بازداشت شدند10-مرداد-1401).
  const auto lam = [&](std::size_t j) {
    if (t_[j].t != type::word) return false;
    const std::string_view w = s_.substr(t_[j].begin, t_[j].end - t_[j].begin);
    return w == "\xD9\x84" || w == "\xD8\xA8" || w == "\xD8\xA8\xD9\x87" || w == "\xD9\x84\xD9\x84" ||  // لل (للـ25 من أبريل)
           w == "\xD9\xBE\xDA\x98\xD9\x88\xD8\xA7\xDA\xA9" || (w == "\xD8\xAA" && j > 0 && punct(j - 1, '('));  // پژواک; (ت241هـ), died
  };
  if (i > 0 && !t_[i].space_before &&
      ((glued(i - 1) && !underscore_between(i - 1)) || (t_[i - 1].t == type::word && !article(i - 1) && !waw_article(i - 1) && !lam(i - 1) && !year_word_glued(i) &&
                        !(punct(i + 1, '-') && touching(i + 1) && month_name(i + 2) && punct(i + 3, '-') && number(i + 4)))))
    return false;
  // سال 1396*, ۱۴۰۰_ خبری: a closing emphasis or aside's underscore after it (not 5*3, a product), no code.
  if (i + 1 < n_ && glued(i + 1) && !(punct(i + 1, '*') && (!touching(i + 2) || t_[i + 2].t != type::number)) &&
      !(punct(i + 1, '_') && (!touching(i + 2) || underscore_between(i + 1)))) return false;
  if (i > 0 && t_[i - 1].t == type::punct && !t_[i].space_before &&
      (t_[i - 1].punct == '+' || t_[i - 1].punct == '*'))
    return false;
  return true;
}

// سه روز پیش از اقامه نماز, ۱۳ روز پیش از برکناری: پیش (before) and از, then an event's noun: counted from it (not the place of
// سه روز پیش از روستای …, three days ago, from the village).
bool grammar::event_after_pish(std::size_t k, std::size_t d, std::size_t skip) const {
  static constexpr std::string_view events[] = {
      "\xD8\xA7\xD9\x82\xD8\xA7\xD9\x85\xD9\x87", "\xD8\xA8\xD8\xB1\xDA\xA9\xD9\x86\xD8\xA7\xD8\xB1\xDB\x8C", "\xD8\xA8\xD8\xB1\xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xDB\x8C",  // اقامه برکناری برگزاری
      "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD", "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1", "\xD9\x88\xD9\x81\xD8\xA7\xD8\xAA",  // افتتاح انتشار وفات
      "\xD8\xB5\xD8\xAF\xD9\x88\xD8\xB1", "\xD9\x85\xD9\x88\xD8\xB9\xD8\xAF", "\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA7\xD9\x85", "\xD9\x85\xD8\xB1\xDA\xAF",  // صدور موعد اعدام مرگ
      "\xD8\xA2\xD8\xBA\xD8\xA7\xD8\xB2", "\xD8\xA7\xD8\xBA\xD8\xA7\xD8\xB2", "\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9", "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86",  // آغاز اغاز شروع پایان
      "\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF", "\xD8\xB1\xD8\xAD\xD9\x84\xD8\xAA", "\xD8\xA7\xD9\x86\xD9\x82\xD9\x84\xD8\xA7\xD8\xA8", "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA7\xD8\xA8\xD8\xA7\xD8\xAA",  // تولد رحلت انقلاب انتخابات
      "\xD8\xAD\xD9\x85\xD9\x84\xD9\x87", "\xD8\xAC\xD9\x86\xDA\xAF", "\xD9\x88\xD8\xB1\xD9\x88\xD8\xAF", "\xD8\xB3\xD9\x82\xD9\x88\xD8\xB7", "\xDA\xA9\xD9\x88\xD8\xAF\xD8\xAA\xD8\xA7", "\xD8\xAA\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xB3", "\xD9\x82\xD8\xAA\xD9\x84", "\xD8\xAA\xD8\xB1\xD9\x88\xD8\xB1", "\xD8\xB4\xD9\x87\xD8\xA7\xD8\xAF\xD8\xAA", "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA", "\xD8\xA7\xD8\xB2\xD8\xAF\xD9\x88\xD8\xA7\xD8\xAC", "\xD9\x81\xD9\x88\xD8\xAA", "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD9\x84\xD8\xA7\xD9\x84", "\xD8\xA7\xD8\xB4\xD8\xBA\xD8\xA7\xD9\x84", "\xD8\xAA\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85"};  // حمله جنگ ورود سقوط کودتا تاسیس قتل ترور شهادت درگذشت ازدواج فوت استقلال اشغال تهاجم (یک سال پیش از حمله شوروی)
  constexpr std::string_view pish = "\xD9\xBE\xDB\x8C\xD8\xB4";  // پیش, or a phrase ending with it (سال پیش)
  const std::string_view dw = d < n_ ? s_.substr(t_[d].begin, t_[d].end - t_[d].begin) : std::string_view{};
  if (!persian_ || k >= n_ || dw.size() < pish.size() || dw.substr(dw.size() - pish.size()) != pish) return false;
  const std::string_view w = s_.substr(t_[k].begin + skip, t_[k].end - t_[k].begin - skip);  // (skip: از written onto it)
  for (const std::string_view e : events)
    if (w == e) return true;
  return false;
}

bool grammar::ends_with_before_or_after(std::size_t i) const {
  const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  constexpr std::string_view before = " \xD9\x82\xD8\xA8\xD9\x84", after = " \xD8\xA8\xD8\xB9\xD8\xAF";
  return w == before.substr(1) || w == after.substr(1) ||
         (w.size() > before.size() && w.substr(w.size() - before.size()) == before) ||
         (w.size() > after.size() && w.substr(w.size() - after.size()) == after);
}

}  // namespace grammar
}  // namespace taqvim
