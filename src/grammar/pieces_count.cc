// Counts: a number in digits or in cardinal words (هزار و چهارصد و سه, ألفين وأربعة وعشرين), the piece behind days,
// years and clock times written in words.
#include "grammar/grammar.h"

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
  if (!e) return glued_tens(i, value);
  // هزار و سیصدو نود و نه: a hundred with و written onto it, its blank lost; the next number word follows as after و.
  const auto glued_hundred = [&](std::size_t k) {
    static constexpr std::pair<std::string_view, int> hundreds[] = {
        {"\xD8\xB5\xD8\xAF\xD9\x88", 100},                                  // صدو
        {"\xDB\x8C\xDA\xA9\xD8\xB5\xD8\xAF\xD9\x88", 100},              // یکصدو
        {"\xD8\xAF\xD9\x88\xDB\x8C\xD8\xB3\xD8\xAA\xD9\x88", 200},    // دویستو
        {"\xD8\xB3\xDB\x8C\xD8\xB5\xD8\xAF\xD9\x88", 300},              // سیصدو
        {"\xDA\x86\xD9\x87\xD8\xA7\xD8\xB1\xD8\xB5\xD8\xAF\xD9\x88", 400},  // چهارصدو
        {"\xD9\xBE\xD8\xA7\xD9\x86\xD8\xB5\xD8\xAF\xD9\x88", 500},    // پانصدو
        {"\xD8\xB4\xD8\xB4\xD8\xB5\xD8\xAF\xD9\x88", 600},              // ششصدو
        {"\xD9\x87\xD9\x81\xD8\xAA\xD8\xB5\xD8\xAF\xD9\x88", 700},    // هفتصدو
        {"\xD9\x87\xD8\xB4\xD8\xAA\xD8\xB5\xD8\xAF\xD9\x88", 800},    // هشتصدو
        {"\xD9\x86\xD9\x87\xD8\xB5\xD8\xAF\xD9\x88", 900}};             // نهصدو
    if (!persian_ || k >= n_ || t_[k].t != type::word) return 0;
    for (const auto& [w, v] : hundreds)
      if (word_is(k, w)) return v;
    return 0;
  };
  long total = 0, current = e->value;
  std::size_t j = i + 1;
  bool glued_before = false;
  // A count or a year in words has a few parts (هزار و چهارصد و دو);
  // stopping there keeps a long run of number words linear.
  for (int parts = 1; parts < 8; ++parts) {
    std::size_t k = j;
    if (entry_of(k, kind::connector)) ++k;
    const auto* next = entry_of(k, kind::cardinal);
    const int glued = next ? 0 : glued_hundred(k);
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
    if (glued && !entry_of(k + 1, kind::cardinal)) break;  // سیصدو بر: no number after it
    glued_before = glued != 0;
    if (v >= 100 && v > current && k == j && (v == 100 || v == 1000)) {
      current *= v;
    } else if (v >= 1000 && current < 1000 && k == j) {
      current *= v;
    } else {
      // هفت و دو دقیقه is seven and two minutes, not nine: each part stands below the place of the one before
      // (هزار و چهارصد و دو), or in Arabic units before their tens (أربعة وعشرين).
      const long place = current % 1000 == 0 ? 1000 : current % 100 == 0 ? 100 : current % 10 == 0 ? 10 : 1;
      if (v >= place && !(!persian_ && current < 10 && v >= 20 && v < 100 && v % 10 == 0)) break;
      total += current;
      current = v;
    }
    j = k + 1;
  }
  value = static_cast<int>(total + current);
  return j;
}

// نودوچهار, پنجاهوهفت: Persian tens and units with و between, the blanks
// lost (سال نودوچهار); one word, a number 21..99.
std::size_t grammar::glued_tens(std::size_t i, int& value) const {
  static constexpr std::pair<std::string_view, int> tens[] = {
      {"\xD8\xA8\xDB\x8C\xD8\xB3\xD8\xAA", 20}, {"\xD8\xB3\xDB\x8C", 30},                      // بیست سی
      {"\xDA\x86\xD9\x87\xD9\x84", 40}, {"\xD9\xBE\xD9\x86\xD8\xAC\xD8\xA7\xD9\x87", 50},  // چهل پنجاه
      {"\xD8\xB4\xD8\xB5\xD8\xAA", 60}, {"\xD9\x87\xD9\x81\xD8\xAA\xD8\xA7\xD8\xAF", 70},  // شصت هفتاد
      {"\xD9\x87\xD8\xB4\xD8\xAA\xD8\xA7\xD8\xAF", 80}, {"\xD9\x86\xD9\x88\xD8\xAF", 90}};  // هشتاد نود
  static constexpr std::pair<std::string_view, int> units[] = {
      {"\xDB\x8C\xDA\xA9", 1}, {"\xD8\xAF\xD9\x88", 2}, {"\xD8\xB3\xD9\x87", 3},                     // یک دو سه
      {"\xDA\x86\xD9\x87\xD8\xA7\xD8\xB1", 4}, {"\xDA\x86\xD8\xA7\xD8\xB1", 4},                    // چهار چار
      {"\xD9\xBE\xD9\x86\xD8\xAC", 5}, {"\xD8\xB4\xD8\xB4", 6}, {"\xD9\x87\xD9\x81\xD8\xAA", 7},  // پنج شش هفت
      {"\xD9\x87\xD8\xB4\xD8\xAA", 8}, {"\xD9\x86\xD9\x87", 9}};                                      // هشت نه
  if (!persian_ || i >= n_ || t_[i].t != type::word || t_[i].end - t_[i].begin < 8) return 0;
  const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  if (w.find("\xD9\x88", 4) == std::string_view::npos) return 0;  // no و after the tens: most words, at once
  for (const auto& [t, tv] : tens) {
    if (w.size() <= t.size() + 2 || w.compare(0, t.size(), t) != 0 || w.compare(t.size(), 2, "\xD9\x88") != 0) continue;
    for (const auto& [u, uv] : units)
      if (w.substr(t.size() + 2) == u) {
        value = tv + uv;
        return i + 1;
      }
  }
  return 0;
}

}  // namespace grammar
}  // namespace taqvim
