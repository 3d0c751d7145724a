// The page's own day: a publication line, or the first full date near the
// top of the document (filters.h: find_publication).
#include <string_view>
#include <vector>

#include "engine/filters.h"
#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

using grammar::expression;
using grammar::shape;
using lexicon::kind;
using scan::token;
using scan::type;

namespace {
// ولد, ولدت, مواليد, متولد, زاده up to three words before token tb (في, در or a day word between).
bool born_before(const std::vector<token>& toks, std::string_view folded, std::size_t tb) {
  static constexpr std::string_view born[] = {
      "\xD9\x88\xD9\x84\xD8\xAF",                                  // ولد
      "\xD9\x88\xD9\x84\xD8\xAF\xD8\xAA",                        // ولدت
      "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF",    // مواليد
      "\xD9\x85\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF",              // متولد
      "\xD8\xB2\xD8\xA7\xD8\xAF\xD9\x87",                        // زاده
  };
  for (std::size_t j = tb; j > 0 && tb - j < 3 && toks[j - 1].t != type::newline; --j) {
    const std::string_view w = folded.substr(toks[j - 1].begin, toks[j - 1].end - toks[j - 1].begin);
    for (const std::string_view b : born)
      if (w == b) return true;
  }
  return false;
}
}  // namespace

// A publication line: a date after تاریخ انتشار / نشر في, else the first
// full date near the top of the document.
bool find_publication(const std::vector<expression>& found, const std::vector<token>& toks, std::string_view folded,
                      std::size_t& index, bool& in_sentence) {
  const lexicon::trie& lex = lexicon::table();
  in_sentence = false;
  // تا تاریخ ۱۳۸۶/۰۶/۳۱, حتى 30 يونيو 2024: the end of a span (a deadline),
  // not the page's day. (A start, من 5 مايو 2024, may be: the text is of its time.)
  const auto has = [&](std::size_t k, lexicon::filler_value f) {
    return toks[k].t == type::lex && (toks[k].fillers & (1U << f));
  };
  // بعد تاريخ 2024/3/1, بعد 1 مارس 2024: after a day, an event's time, likewise not the page's.
  const auto until_word = [&](std::size_t k) {
    return has(k, lexicon::fill_range_to) ||
           (toks[k].end <= folded.size() && folded.substr(toks[k].begin, toks[k].end - toks[k].begin) == "\xD8\xA8\xD8\xB9\xD8\xAF");  // بعد
  };
  const auto bounds = [&](std::size_t tb) {
    return tb > 0 && (until_word(tb - 1) || (tb > 1 && has(tb - 1, lexicon::fill_publication) && until_word(tb - 2)));
  };
  // تاریخ, التاریخ, بتاریخ (folded) are also "history" and "on the date" in
  // running text (ماه‌گرفتگی بعدی در تاریخ ۱۱ دی‌ماه ۱۴۰۷): labels only at a
  // line's start or before a colon.
  const auto word_label = [&](std::size_t x) {
    const std::string_view w = folded.substr(toks[x].begin, toks[x].end - toks[x].begin);
    return w == "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE" || w == "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE" ||
           w == "\xD8\xA8\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE";
  };
  const auto labels = [&](std::size_t x) {
    if (!word_label(x)) return true;
    if (x + 1 < toks.size() && toks[x + 1].t == type::punct && toks[x + 1].punct == ':') return true;
    return !(x > 0 && toks[x - 1].t == type::lex && (toks[x - 1].fillers & (1U << lexicon::fill_in)));
  };
  // ترحب … بالبيان الصادر … رقم (4) بتاريخ السبت 1 نوفمبر 2025: deep in a
  // sentence, a document's date, the page's day only when no dateline near
  // the top (طرابلس – 23 نوفمبر 2025 on a line of its own) gives one.
  const auto deep = [&](std::size_t x) {
    if (!word_label(x) || (x + 1 < toks.size() && toks[x + 1].t == type::punct && toks[x + 1].punct == ':')) return false;
    std::size_t words = 0;
    for (std::size_t j = x; j > 0 && toks[j - 1].t != type::newline; --j) words += toks[j - 1].t != type::punct;
    return words > 3;
  };
  std::size_t deep_date = found.size();
  const auto no_page_day = [&] {
    if (deep_date == found.size()) return false;
    index = deep_date;
    in_sentence = false;
    return true;
  };
  for (std::size_t k = 0; k < found.size(); ++k) {
    const expression& p = found[k];
    if (p.s != shape::date || p.year == 0 || p.day == 0) continue;
    // A label shortly before it on the same line.
    for (std::size_t j = p.tb; j > 0 && p.tb - j < 6; --j) {
      const token& t = toks[j - 1];
      if (t.t == type::newline) break;
      if (t.t != type::lex || (j > 1 && until_word(j - 2)) || !labels(j - 1)) continue;
      for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e) {
        if (lex.entries[e].k == kind::filler && lex.entries[e].value == lexicon::fill_publication) {
          if (!deep(j - 1)) {
            index = k;
            return true;
          }
          if (deep_date == found.size()) deep_date = k;
        }
      }
    }
  }
  // Unlabelled, only a date of the press's time: ۱۶ نوامبر ۶۳۶ میلادی at the
  // head of an "on this day" page is the story's.
  const auto modern = [](const expression& p) {
    if (p.two_digit_year) return true;
    switch (p.sys) {
      case grammar::system::jalali: return p.year >= 1280;
      case grammar::system::hijri: return p.year >= 1318;
      case grammar::system::gregorian: return p.year >= 1900;
      default: return (p.year >= 1280 && p.year < 1500) || p.year >= 1900;  // ۱۴۰۲/۰۵/۱۵: its calendar guessed later
    }
  };
  for (std::size_t k = 0; k < found.size(); ++k) {
    const expression& p = found[k];
    if (p.s == shape::date && p.year != 0 && p.day != 0 && modern(p) && toks[p.tb].begin < 600 &&
        toks[p.tb].begin < folded.size() && !bounds(p.tb)) {
      // Near its line's start, as a dateline or a header writes it; further
      // in, a day the sentence tells (وقع في الأسر يوم 11 سبتمبر 1931): the
      // text is of its year, but its "today" is not that day.
      std::size_t before = 0;
      for (std::size_t j = p.tb; j > 0 && toks[j - 1].t != type::newline; --j) before += toks[j - 1].t != type::punct;
      in_sentence = before > 3;
      if (in_sentence && deep_date != found.size()) return no_page_day();
      // الذي ولد في الثالث والعشرين من مارس 1973, متولد ۱۳۴۲: a birth told
      // within a sentence dates a life, not the text.
      if (in_sentence && born_before(toks, folded, p.tb)) continue;
      index = k;
      // امروز دوشنبه ۶ مرداد ماه ۱۴۰۴, مساء اليوم الخميس الموافق 24 أبريل
      // 2025 further on: a day the text says is today is the page's.
      const auto today_before = [&](std::size_t tb) {  // امروز, اليوم up to three tokens before
        for (std::size_t j = tb; j > 0 && tb - j < 3 && toks[j - 1].t != type::newline; --j)
          for (std::uint32_t e = toks[j - 1].entry_begin; toks[j - 1].t == type::lex && e < toks[j - 1].entry_end; ++e)
            if (lex.entries[e].k == kind::relative && lex.entries[e].aux == lexicon::unit_day && lex.entries[e].value == 0)
              return true;
        return false;
      };
      // تحيي ليبيا اليوم 9 أغسطس الذكرى … البداية كانت في 20 أكتوبر 1939: a
      // day the text calls today, without its year, before another full
      // date: that date is the story's, and the page's day unknown (not the
      // same day with its year: فردا پنجم دی ماه … ۵ دی ماه ۱۳۹۸).
      for (std::size_t t = 0; t < k; ++t)
        if (found[t].s == shape::date && found[t].year == 0 && !found[t].year_relative && found[t].day != 0 &&
            (found[t].relative_word || today_before(found[t].tb)) && (found[t].month != p.month || found[t].day != p.day))
          return no_page_day();
      for (std::size_t t = k; in_sentence && t < found.size() && toks[found[t].tb].begin < 600; ++t)
        if (found[t].s == shape::date && found[t].year != 0 && found[t].day != 0 && modern(found[t]) && !bounds(found[t].tb) &&
            (found[t].relative_word || today_before(found[t].tb))) {
          index = t;
          in_sentence = false;
        }
      return true;
    }
  }
  return no_page_day();
}

}  // namespace engine
}  // namespace taqvim
