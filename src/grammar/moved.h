// A date put off from one day to another: تم تأجيله من 2 شتنبر إلى 21 من الشهر ذاته states two days, the old and
// the new, not the days between. Read by the grammar (no range from من) and the engine (no join).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lexicon/scan.h"

namespace taqvim {
namespace grammar {

// Whether a word for putting off stands up to five words before the token `from` (the range's من), in its clause:
// تأجيل and its forms (تأجيله, تأجيلها), أجّل, تأجّل and their feminines, تأخير, ترحيل (folded; و written onto it).
inline bool moved_before(const std::vector<scan::token>& toks, std::string_view folded, std::size_t from) noexcept {
  static constexpr std::string_view stems[] = {
      "\xD8\xAA\xD8\xA7\xD8\xAC\xDB\x8C\xD9\x84",  // تاجیل
      "\xD8\xAA\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1",  // تاخیر
      "\xD8\xAA\xD8\xB1\xD8\xAD\xDB\x8C\xD9\x84",  // ترحیل
  };
  static constexpr std::string_view verbs[] = {
      "\xD8\xA7\xD8\xAC\xD9\x84", "\xD8\xA7\xD8\xAC\xD9\x84\xD8\xAA", "\xD8\xAA\xD8\xA7\xD8\xAC\xD9\x84", "\xD8\xAA\xD8\xA7\xD8\xAC\xD9\x84\xD8\xAA", "\xD8\xA7\xD8\xAC\xD9\x84\xD9\x87", "\xD8\xA7\xD8\xAC\xD9\x84\xD9\x87\xD8\xA7",  // اجل اجلت تاجل تاجلت اجله اجلها
  };
  // تأجيل افتتاح المعرض ليكون من 19 إلى 28 أيار: what it was put off to be, a span again.
  static constexpr std::string_view to_be[] = {
      "\xD9\x84\xDB\x8C\xDA\xA9\xD9\x88\xD9\x86", "\xD9\x84\xD8\xAA\xDA\xA9\xD9\x88\xD9\x86", "\xD9\x84\xDB\x8C\xD8\xB5\xD8\xA8\xD8\xAD", "\xD9\x84\xD8\xAA\xD8\xB5\xD8\xA8\xD8\xAD", "\xD9\x84\xDB\x8C\xD9\x85\xD8\xAA\xD8\xAF", "\xD9\x84\xD8\xAA\xD9\x85\xD8\xAA\xD8\xAF",  // لیکون لتکون لیصبح لتصبح لیمتد لتمتد
  };
  for (std::size_t k = from, n = 0; k-- > 0 && n < 5; ++n) {
    const scan::token& t = toks[k];
    if (t.t != scan::type::word && t.t != scan::type::lex) return false;
    std::string_view w = folded.substr(t.begin, t.end - t.begin);
    for (const std::string_view b : to_be)
      if (w == b) return false;
    if (w.size() > 6 && w.compare(0, 2, "\xD9\x88") == 0) w.remove_prefix(2);  // و
    for (const std::string_view s : stems)
      if (w.substr(0, s.size()) == s) return true;
    for (const std::string_view v : verbs)
      if (w == v) return true;
  }
  return false;
}

}  // namespace grammar
}  // namespace taqvim
