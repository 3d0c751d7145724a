// Rules for decades: دهه ۱۳۷۰, دهه هفتاد, التسعينيات, عقد الثمانينات (spans of years and centuries: rules_span.cc).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// دهه ۱۳۷۰, دهه ۷۰, دهه هفتاد, عقد التسعينيات, الثمانينات: ten years.
bool grammar::decade_expr(std::size_t i, expression& p) const {
  std::size_t j = i;
  const bool word = filler(j, lexicon::fill_decade_word);
  if (word) ++j;
  // دهه‌های ۶۰ و ۷۰: the plural's suffix after ZWNJ (a blank once folded),
  // or written on without it (دهههای, a key of its own).
  const bool suffix = word && persian_ && word_is(j, "\xD9\x87\xD8\xA7\xDB\x8C");
  const bool plural = suffix || (word && persian_ && t_[i].end - t_[i].begin > 6 &&
                                 s_.compare(t_[i].end - 6, 6, "\xD9\x87\xD8\xA7\xDB\x8C") == 0);
  if (suffix) ++j;
  // دهه ی ۶۰: the ezafe written apart.
  if (word && persian_ && word_is(j, "\xDB\x8C")) ++j;
  int start = -1;
  bool full = false;
  const std::size_t figures = j;  // دهه ۷۰: the decade's number, when written in figures
  if (const auto* d = entry_of(j, kind::decade)) {
    start = d->value;
    ++j;
  } else if (!word) {
    return false;
  } else if (plain_number(j) && (t_[j].digits == 4 || t_[j].digits == 2) && t_[j].value % 10 == 0) {
    start = static_cast<int>(t_[j].value);
    full = t_[j].digits == 4;
    ++j;
  } else if (const std::size_t last = [&] {
               // دهه شصت و هفتاد, دهه‌های پنجاه و شصت, دهه بیست و سی و چهل و پنجاه: decades in words joined by و, each
               // later than the one before: the last's token (not a number of tens and units: دهه هفتاد و پنج).
               const auto tens = [&](std::size_t x) {
                 const auto* c = entry_of(x, kind::cardinal);
                 return c && c->value >= 10 && c->value <= 90 && c->value % 10 == 0 ? c->value : 0;
               };
               std::size_t k = j;
               // (دهه‌های سی تا شصت: تا joins the first and the last; دهه های چهل وپنجاه: و written onto the next.)
               for (std::size_t x = 0; persian_ && tens(k); k = x) {
                 x = (entry_of(k + 1, kind::connector) || filler(k + 1, lexicon::fill_range_to)) && tens(k + 2) > tens(k) ? k + 2
                     : k + 1 < n_ && t_[k + 1].waw && tens(k + 1) > tens(k)                                                 ? k + 1
                                                                                                                            : 0;
                 if (!x) break;
               }
               return k > j && !entry_of(k + 1, kind::cardinal) ? k : 0;
             }()) {
    p.s = shape::years;
    p.year = entry_of(j, kind::cardinal)->value;
    p.year2 = entry_of(last, kind::cardinal)->value + 9;
    p.two_digit_year = true;
    p.te = last + 1;
    if (const auto* e = entry_of(p.te, kind::era); e && t_[p.te].end - t_[p.te].begin > 2) {
      p.sys = era_system(e->value);
      p.sys_from_name = true;
      ++p.te;
    }
    return true;
  } else if (int v = 0; const std::size_t k = cardinal_words(j, v)) {
    if (v < 10 || v > 90 || v % 10 != 0) return false;
    start = v;
    j = k;
  } else {
    return false;
  }
  // درجات الحرارة في الأربعينات, حرارة عموما ستكون في الأربعينات: degrees
  // (a decade word alone, a heat word before it in the sentence, up to 24 words: … درجات الحرارة العظمى الى اواخر
  // العشرينيات في شمال وغرب البلاد وتصل الى اوائل الثلاثينيات).
  if (!word && !persian_ && start >= 10 && start <= 50) {
    for (std::size_t x = i; x > 0 && i - x < 24 && t_[x - 1].t != type::newline && !punct(x - 1, '.'); --x) {
      const std::string_view w = s_.substr(t_[x - 1].begin, t_[x - 1].end - t_[x - 1].begin);
      if (w.find("\xD8\xAD\xD8\xB1\xD8\xA7\xD8\xB1") != std::string_view::npos ||  // حرار (حرارة, الحرارة)
          w.find("\xD8\xAF\xD8\xB1\xD8\xAC") != std::string_view::npos)           // درج (درجة, درجات)
        return false;
    }
  }
  // في الثمانينيات من عمره: an age, no decade of the calendar.
  if (filler(j, lexicon::fill_of) && j + 1 < n_ && t_[j + 1].t == type::word &&
      (s_.compare(t_[j + 1].begin, 6, "\xD8\xB9\xD9\x85\xD8\xB1") == 0 ||
       s_.compare(t_[j + 1].begin, 10, "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD8\xB1") == 0))
    return false;
  // شباب في العشرينات, امرأة في الثلاثينات, أعمارهم في العشرينات: people's ages, the person (or the word for age) just
  // before في. (Not before its century: شاب في العشرينيات من القرن الماضي.)
  if (expression c; !word && !persian_ && i >= 2 && filler(i - 1, lexicon::fill_in) && t_[i - 2].t != type::punct &&
                    t_[i - 2].t != type::newline && !century(filler(j, lexicon::fill_of) ? j + 1 : j, c)) {
    std::string_view w = s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin);
    if (w.size() > 4 && w.compare(0, 4, "\xD8\xA7\xD9\x84") == 0) w.remove_prefix(4);  // ال
    static constexpr std::string_view people[] = {
        "\xD8\xB4\xD8\xA7\xD8\xA8", "\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xA8", "\xD8\xB4\xD8\xA8\xD8\xA7\xD9\x86",  // شاب شباب شبان
        "\xD8\xB1\xD8\xAC\xD9\x84", "\xD8\xB1\xD8\xAC\xD8\xA7\xD9\x84",                                      // رجل رجال
        "\xD8\xA7\xD9\x85\xD8\xB1\xD8\xA7\xD9\x87", "\xD9\x86\xD8\xB3\xD8\xA7",                              // امراه (امرأة) نسا (نساء)
        "\xD9\x81\xD8\xAA\xD8\xA7\xD9\x87", "\xD9\x81\xD8\xAA\xDB\x8C\xD8\xA7\xD8\xAA",                      // فتاه فتیات
        "\xD8\xB3\xDB\x8C\xD8\xAF\xD9\x87",                                                                  // سیده
        // موظفة في الثلاثينيات, وهي في الأربعينيات: a person named by a trade or kin, or a pronoun.
        "\xD9\x85\xD9\x88\xD8\xB8\xD9\x81", "\xD9\x85\xD9\x88\xD8\xB8\xD9\x81\xD9\x87",      // موظف موظفه
        "\xD9\x85\xD8\xB9\xD9\x84\xD9\x85", "\xD9\x85\xD8\xB9\xD9\x84\xD9\x85\xD9\x87",      // معلم معلمه
        "\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8", "\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8\xD9\x87",      // طالب طالبه
        "\xD9\x85\xD9\x87\xD9\x86\xD8\xAF\xD8\xB3", "\xD9\x85\xD9\x87\xD9\x86\xD8\xAF\xD8\xB3\xD9\x87",  // مهندس مهندسه
        "\xD9\x85\xD9\x85\xD8\xB1\xD8\xB6\xD9\x87", "\xD8\xB7\xD8\xA8\xDB\x8C\xD8\xA8",      // ممرضه طبیب
        "\xD8\xB3\xD8\xA7\xD8\xA6\xD9\x82", "\xD8\xB3\xD8\xA7\xDB\x8C\xD9\x82",                // سائق سایق
        "\xD8\xA7\xD9\x85", "\xD8\xA7\xD8\xA8", "\xD8\xA7\xD8\xA8\xD9\x86", "\xD8\xA7\xD8\xA8\xD9\x86\xD9\x87",  // ام اب ابن ابنه
        "\xD8\xB2\xD9\x88\xD8\xAC", "\xD8\xB2\xD9\x88\xD8\xAC\xD9\x87",                          // زوج زوجه
        "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB7\xD9\x86", "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB7\xD9\x86\xD9\x87",  // مواطن مواطنه
        "\xD9\x87\xD9\x88", "\xD9\x87\xDB\x8C", "\xD9\x88\xD9\x87\xD9\x88", "\xD9\x88\xD9\x87\xDB\x8C"};  // هو هی وهو وهی
    const bool age = w.compare(0, 6, "\xD8\xB9\xD9\x85\xD8\xB1") == 0 ||                // عمر…
                     w.compare(0, 10, "\xD8\xA7\xD8\xB9\xD9\x85\xD8\xA7\xD8\xB1") == 0;  // اعمار…
    if (age || std::find(std::begin(people), std::end(people), w) != std::end(people)) return false;
  }
  p.s = shape::decade;
  p.year = start;
  p.two_digit_year = !full;
  // دهه نود میلادی, دهه نود عیسوی, دهه ۷۰ شمسی: the calendar named after it
  // (a word, not a letter: م after a number is as often metres).
  if (const auto* e = entry_of(j, kind::era); e && word && t_[j].end - t_[j].begin > 2) {
    p.sys = era_system(e->value);
    p.sys_from_name = true;
    ++j;
  }
  p.te = j;
  // دهه‌های ۶۰ و ۷۰, دهه‌های ۱۳۶۰ و ۱۳۷۰, دهه ۶۰ و ۷۰, دهه‌های ۵۰ تا ۹۰ میلادی, از دهه ۵۰ تا دهه ۷۰: two decades, the
  // years of both and between (the word singular too: "the decade of the 60s and 70s"); the calendar after the second.
  const bool to = filler(j, lexicon::fill_range_to) && !entry_of(j, kind::connector);
  if (const std::size_t x = to && filler(j + 1, lexicon::fill_decade_word) ? j + 2 : j + 1;
      (plural || (word && persian_)) && (entry_of(j, kind::connector) || to) && plain_number(x) && plain_number(figures) && figures + 1 == j &&
      t_[x].digits == t_[figures].digits && !entry_of(x + 1, kind::unit) && !punct(x + 1, '%') &&
      t_[x].value % 10 == 0 && static_cast<int>(t_[x].value) > start) {
    p.s = shape::years;
    p.year2 = static_cast<int>(t_[x].value) + 9;
    p.te = x + 1;
    if (to && i > 0 && filler(i - 1, lexicon::fill_range_from) && !entry_of(i - 1, kind::connector)) p.lead = 1;  // از: the span's
    if (const auto* e = entry_of(p.te, kind::era); e && to && t_[p.te].end - t_[p.te].begin > 2) {
      p.sys = era_system(e->value);
      p.sys_from_name = true;
      ++p.te;
    }
    return true;
  }
  // ثمانينيات القرن الماضي, ستينيات القرن التاسع عشر, الستينيات من القرن
  // الماضي: the decade of the century named after it.
  const std::size_t of = filler(j, lexicon::fill_of) ? j + 1 : j;
  if (expression c; !word && !full && century(of, c)) {
    p.sys = c.sys;
    p.two_digit_year = false;
    p.century_relative = c.century_relative;
    p.offset = c.offset;
    p.year = c.year + start;
    p.te = c.te;
  } else if (std::size_t k = j; !word && !full) {
    // ستينيات وسبعينيات القرن الماضي, للخمسينات والستينات من القرن العشرين:
    // and a later decade of the century named after it: the years of both.
    const lexicon::entry* d2 = nullptr;
    if (k < n_ && t_[k].waw && (d2 = entry_of(k, kind::decade))) ++k;
    else if (entry_of(k, kind::connector) && (d2 = entry_of(k + 1, kind::decade))) k += 2;
    if (expression c; d2 && d2->value > start && century(filler(k, lexicon::fill_of) ? k + 1 : k, c)) {
      p.s = shape::years;
      p.sys = c.sys;
      p.two_digit_year = false;
      p.century_relative = c.century_relative;
      p.offset = c.offset;
      p.year = c.year + start;
      p.year2 = c.year + d2->value + 9;
      p.te = c.te;
    } else if (s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") != 0 && s_.compare(t_[i].begin, 4, "\xD9\x84\xD9\x84") != 0) {
      return false;  // ثمانينيات without its article (ال, or لل: للثمانينيات): only before its century
    }
  }
  return true;
}

}  // namespace grammar
}  // namespace taqvim
