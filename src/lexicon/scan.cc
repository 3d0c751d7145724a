#include "lexicon/scan.h"

#include "lexicon/automaton.h"
#include "lexicon/phrase.h"
#include "lexicon/scan_rare.h"

#include <taqvim/text/normalize.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace taqvim {
namespace scan {
namespace {

using detail::automaton;
using detail::class_bits;
using detail::is_symbol;
using detail::letter_bit;
using detail::lexicon_automaton;
using detail::other_char;
using phrase::article_word_node;
using phrase::longest_phrase;
using phrase::phrase_past_word;
using phrase::word_node;

constexpr std::uint32_t proclitic_months = 1U << static_cast<unsigned>(lexicon::kind::month_gregorian) |
                                           1U << static_cast<unsigned>(lexicon::kind::month_hijri);
constexpr std::uint32_t proclitic_ordinals = 1U << static_cast<unsigned>(lexicon::kind::ordinal);
constexpr std::uint32_t proclitic_holidays = 1U << static_cast<unsigned>(lexicon::kind::holiday);
constexpr std::uint32_t proclitic_decades = 1U << static_cast<unsigned>(lexicon::kind::decade);
constexpr std::uint32_t jalali_month = 1U << static_cast<unsigned>(lexicon::kind::month_jalali);
// ف (so, then) is written onto these: فالأول من فبراير, فاليوم, فالسبت.
constexpr std::uint32_t proclitic_fa = 1U << static_cast<unsigned>(lexicon::kind::ordinal) |
                                       1U << static_cast<unsigned>(lexicon::kind::weekday) |
                                       1U << static_cast<unsigned>(lexicon::kind::relative);

// An ordinal, one word or a phrase (الحادي عشر), whose article the word
// s[i, word_end) dropped after ل: its end and node.
inline bool ordinal_after_li(const automaton& a, std::string_view s, std::size_t i, std::size_t word_end,
                             std::uint32_t& end, std::uint32_t& found, std::uint32_t kinds = proclitic_ordinals) noexcept {
  std::uint32_t node = article_word_node(a, s, i, word_end, kinds);
  if (!node) return false;
  end = static_cast<std::uint32_t>(word_end);
  std::uint32_t phrase_end = 0, phrase = 0;
  if (a.has_children(node) && phrase_past_word(a, s, node, word_end, phrase_end, phrase)) {
    end = phrase_end;
    node = phrase;
  }
  found = node;
  return (a.kinds(node) & kinds) != 0;
}

// تأجيل القضية للأربعاء القادم, للأحد 9 فبراير: after a weekday at s[.., end), its qualifier (القادم, المقبل, الماضي:
// folded) or its day's figures.
inline bool dated_after(std::string_view s, std::size_t end) noexcept {
  std::size_t k = end;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k >= s.size()) return false;
  if (s[k] >= '0' && s[k] <= '9') return true;
  const std::string_view rest = s.substr(k);
  for (const std::string_view w : {std::string_view{"\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD8\xAF\xD9\x85"},   // القادم
                                   std::string_view{"\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84"},   // المقبل
                                   std::string_view{"\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xDB\x8C"}})  // الماضی
    if (rest.compare(0, w.size(), w) == 0) return true;
  // Arabic-Indic and Persian figures, if folding kept them.
  return rest.size() >= 2 && ((rest[0] == '\xD9' && static_cast<unsigned char>(rest[1]) >= 0xA0 && static_cast<unsigned char>(rest[1]) <= 0xA9) ||
                              (rest[0] == '\xDB' && static_cast<unsigned char>(rest[1]) >= 0xB0 && static_cast<unsigned char>(rest[1]) <= 0xB9));
}

constexpr std::uint32_t proclitic_relatives = 1U << static_cast<unsigned>(lexicon::kind::relative);
// What Persian در and تا are written onto: a relative word, a weekday, or
// the words year, day and hour (not a month name, دردی is "a pain"; nor the word
// month, whose glued در ماه جوزا speaks of any year's).
constexpr std::uint32_t filler_kind = 1U << static_cast<unsigned>(lexicon::kind::filler);
constexpr std::uint32_t glued_prepositions = proclitic_relatives | 1U << static_cast<unsigned>(lexicon::kind::weekday) |
                                             filler_kind;
constexpr std::uint32_t weekday_kind = 1U << static_cast<unsigned>(lexicon::kind::weekday);
constexpr std::uint32_t ordinal_kind = 1U << static_cast<unsigned>(lexicon::kind::ordinal);
constexpr std::uint32_t not_date_kind = 1U << static_cast<unsigned>(lexicon::kind::not_date);
constexpr std::uint32_t week_filler = 1U << lexicon::fill_week_word;
constexpr std::uint32_t glued_fillers = 1U << lexicon::fill_year_word | 1U << lexicon::fill_day_word | week_filler |  // درهفته اول
                                       1U << lexicon::fill_hour_word |  // درساعت7 صبح
                                       1U << lexicon::fill_month_word | 1U << lexicon::fill_century_word |
                                       1U << lexicon::fill_decade_word;  // درماه ثور, درقرن بیستم, دردهه ۶۰

// Persian در (in), تا (until), از (from) or به (to), two letters at i, written onto the next word: درسال گذشته, تاهفته آینده,
// درروز جمعه, درنهم مرداد (a day's ordinal), ازسال۱۳۸۱, درقرن بیستم, درماه حمل; onto a month of four letters or
// more, or one with ماه (درمهرماه, تااسفند), as ب is. Its end and node.
inline bool glued_preposition(const automaton& a, std::string_view s, std::size_t i, std::size_t we, std::uint32_t& end,
                              std::uint32_t& node) noexcept {
  return i + 4 < we && (a.kinds_starting(s, i + 4, we) & (glued_prepositions | jalali_month | ordinal_kind)) &&
         longest_phrase(a, s, i + 4, we, end, node) &&
         ((a.kinds(node) & ((glued_prepositions & ~filler_kind) | ordinal_kind)) || (a.fillers(node) & glued_fillers) ||
          ((a.kinds(node) & jalali_month) && end >= i + 12));
}

// ب or ل on a relative phrase of more than one word, with its article:
// بالعام الماضي, بالشهر المقبل (ب + the phrase), للعام الحالي (ل + the
// phrase, whose article's alef drops after ل). The phrase's end and node,
// and how many bytes of proclitic stand before it (2, or 0 for لل, whose
// token keeps the whole word as للثامن does). Only phrases that go past the
// word: a one-word key (بالأمس, للعام) is the lexicon's own.
inline bool relative_after_proclitic(const automaton& a, std::string_view s, std::size_t i, std::size_t word_end,
                                     std::uint32_t& end, std::uint32_t& found, std::size_t& skip) noexcept {
  if (i + 6 >= word_end) return false;
  const bool bi = s[i] == '\xD8' && s[i + 1] == '\xA8', li = s[i] == '\xD9' && s[i + 1] == '\x84';
  if (!bi && !li) return false;
  std::uint32_t node = 0;
  if (s[i + 2] == '\xD8' && s[i + 3] == '\xA7' && s[i + 4] == '\xD9' && s[i + 5] == '\x84') {  // ال
    node = word_node(a, s, i + 2, word_end);
    skip = 2;
  } else if (li && s[i + 2] == '\xD9' && s[i + 3] == '\x84') {  // لل
    node = article_word_node(a, s, i + 4, word_end, proclitic_relatives);
    skip = 0;
  }
  if (!node || !(a.kinds_below(node) & proclitic_relatives) || !a.has_children(node)) return false;
  std::uint32_t phrase_end = 0, phrase = 0;
  if (!phrase_past_word(a, s, node, word_end, phrase_end, phrase) || phrase_end <= word_end ||
      !(a.kinds(phrase) & proclitic_relatives))
    return false;
  end = phrase_end;
  found = phrase;
  return true;
}

// بالأسبوع الأول من ديسمبر, للأسبوع الأخير من رمضان: the word for week with its article after ب or ل (لل: the
// article's alef dropped after ل; the token keeps the whole word, as للثامن's does). Its end, node and skip.
[[gnu::noinline]] bool week_after_clitic(const automaton& a, std::string_view s, std::size_t i, std::size_t we,
                                         std::uint32_t& end, std::uint32_t& node, std::size_t& skip) noexcept {
  // (The word's bytes are asked for first: most words on بال or لل are no week.)
  constexpr std::string_view week = "\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x88\xD8\xB9";  // اسبوع (أسبوع, folded)
  const bool with_article = we == i + 16 && s.compare(i + 2, 4, "\xD8\xA7\xD9\x84") == 0 && s.compare(i + 6, 10, week) == 0;
  const bool on_li = we == i + 14 && s[i] == '\xD9' && s.compare(i + 2, 2, "\xD9\x84") == 0 && s.compare(i + 4, 10, week) == 0;
  if (!with_article && !on_li) return false;
  const std::uint32_t w = with_article ? word_node(a, s, i + 2, we) : article_word_node(a, s, i + 4, we, filler_kind);
  if (!w || !(a.fillers(w) & week_filler)) return false;
  end = static_cast<std::uint32_t>(we);
  node = w;
  if (on_li) skip = 0;
  return true;
}

// ب or ل (in, for, to) written onto a key at s[i + 2, we): a Gregorian or
// Hijri month name (بمايو المقبل, لرمضان; not onto شهر: بشهر رمضان is "in
// the month of Ramadan", no date), a Solar Hijri month of four letters or
// more or one with ماه after ب (بفروردین ۱۴۰۲, بمهرماه; not بدی, بمهر,
// بتیر, بآذر: words), a named day (بالمولد النبوي, بعيد الفطر, لعيد
// الأضحى), an ordinal without its article (لخامس يوم رمضان), or a relative
// phrase of two words (بالشهر الماضي, للأسبوع المقبل). Sets end, node and skip (the proclitic's bytes). The kinds of
// the keys the rest can start are read once: two steps down the trie turn
// most words away before any hash probe.
inline bool key_after_clitic(const automaton& a, std::string_view s, std::size_t i, std::size_t we, std::uint32_t& end,
                             std::uint32_t& node, std::size_t& skip) noexcept {
  const std::uint32_t starting = a.kinds_starting(s, i + 2, we);
  skip = 2;
  if (starting & proclitic_months) {
    const std::uint32_t w = word_node(a, s, i + 2, we);
    if ((a.kinds(w) & proclitic_months) && longest_phrase(a, s, i + 2, we, end, node)) return true;
    // لتشرين ثاني, بكانون الأول: a Levantine month of two words, the first no month alone.
    const std::string_view rest = s.substr(i + 2, we - i - 2);
    if (w && (rest == "\xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86" || rest == "\xDA\xA9\xD8\xA7\xD9\x86\xD9\x88\xD9\x86") &&  // تشرين كانون (folded)
        longest_phrase(a, s, i + 2, we, end, node) && (a.kinds(node) & proclitic_months))
      return true;
  }
  if ((starting & jalali_month) && s[i] == '\xD8' && i + 10 <= we && longest_phrase(a, s, i + 2, we, end, node) &&
      (a.kinds(node) & jalali_month) && end >= i + 10)
    return true;
  if ((starting & proclitic_holidays) && longest_phrase(a, s, i + 2, we, end, node) && (a.kinds(node) & proclitic_holidays))
    return true;
  // مقارنة بتسعينيات القرن الماضي, بالثمانينيات: a decade.
  if ((starting & proclitic_decades) && longest_phrase(a, s, i + 2, we, end, node) && (a.kinds(node) & proclitic_decades))
    return true;
  // لخامس يوم رمضان, بثاني أيام العيد: an ordinal without its article (not
  // after an alef: بال…, لل… and بأول are read elsewhere, and are most
  // words that come here).
  if ((starting & proclitic_ordinals) && !(s[i + 2] == '\xD8' && s[i + 3] == '\xA7') &&
      (a.kinds(word_node(a, s, i + 2, we)) & proclitic_ordinals) &&
      longest_phrase(a, s, i + 2, we, end, node) && (a.kinds(node) & proclitic_ordinals))
    return true;
  if (relative_after_proclitic(a, s, i, we, end, node, skip)) return true;
  // (A word of the week's length only: the rest of the reading stays out of line.)
  return (we == i + 16 || we == i + 14) && week_after_clitic(a, s, i, we, end, node, skip);
}

int lowest_bit(std::uint64_t m) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
  unsigned long k;
  _BitScanForward64(&k, m);
  return static_cast<int>(k);
#else
  return __builtin_ctzll(m);
#endif
}


// The first position at or after i whose bit is set, or n.
std::size_t next_stop(const std::vector<std::uint64_t>& bits, std::size_t i, std::size_t n) noexcept {
  std::size_t w = i >> 6;
  std::uint64_t m = bits[w] & (~std::uint64_t{0} << (i & 63));
  while (!m) {
    if (++w >= bits.size()) return n;
    m = bits[w];
  }
  const std::size_t k = (w << 6) + static_cast<std::size_t>(lowest_bit(m));
  return k < n ? k : n;
}

// Where the word of letters starting at s[i] ends: the first stop that is
// not a letter after all.
std::size_t word_end(const automaton& a, std::string_view s, const std::vector<std::uint64_t>& stops,
                     std::size_t i) noexcept {
  const std::size_t n = s.size();
  for (;;) {
    const std::size_t k = next_stop(stops, i, n);
    if (k >= n) return k;
    const auto b = static_cast<unsigned char>(s[k]);
    if (b < 0x41) return k;  // a blank, a digit, most punctuation: the ends most words have, asked first
    if (b < 0x80) {
      if ((b | 0x20U) - 'a' >= 26U) return k;
      // A Latin letter the bitmap flags for the byte after it: pmأقامت, a Latin word scraped text ran into an Arabic
      // or Persian one, ends before the other script's letter (not before é: décembre stays whole).
      if ((static_cast<unsigned char>(s[k + 1]) & 0xFCU) == 0xD8U) return k + 1;
      i = k + 1;
      continue;
    }
    std::size_t len = 0;
    if (!(a.at(s, k, len) & letter_bit)) return k;
    i = k + len;
  }
}


}  // namespace

void tokenize(std::string_view s, std::vector<token>& out, std::vector<std::uint32_t>& starts,
              std::vector<std::uint64_t>& stops) {
  const automaton& a = lexicon_automaton();
  word_stops(s, stops);
  bool space = false;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const char c = s[i];
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    // Built in place: a token assembled on the stack and then copied is
    // read back wider than it was written, which stalls store forwarding.
    token& tok = out.emplace_back();
    tok.space_before = space;
    tok.begin = static_cast<std::uint32_t>(i);
    space = false;
    if (c == '\n') {
      tok.t = type::newline;
      tok.end = static_cast<std::uint32_t>(++i);
      continue;
    }
    if (c >= '0' && c <= '9') {
      // Bawar Media CenterApril 29, 2021: an English month run onto the Latin word before the number ends that word, the
      // month a token of its own (split_latin_month; asked only after a blank and a Latin word).
      if (tok.space_before && out.size() >= 2 && out[out.size() - 2].t == type::word &&
          static_cast<unsigned char>(s[out[out.size() - 2].begin]) < 0x80 && out[out.size() - 2].end + 1 == i)
        split_latin_month(a, s, out, starts);
      token& num = out.back();
      std::uint64_t v = 0;
      unsigned d = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (v < 1000000000) v = v * 10 + static_cast<unsigned>(s[i] - '0');
        ++d;
        ++i;
      }
      num.t = type::number;
      starts.push_back(static_cast<std::uint32_t>(out.size() - 1));
      num.value = static_cast<std::uint32_t>(v > 999999999 ? 999999999 : v);
      num.digits = static_cast<std::uint8_t>(d > 255 ? 255 : d);
      num.end = static_cast<std::uint32_t>(i);
      // ۰۱/۰۳/۱۴۰۳۱۵/۰۳/۱۴۰۳: a table's two cells run together, a year and
      // the next date's day; 17:472022-07-29, minutes and a year; 201718:37,
      // a year and an hour; April 29, 2021207, a year and a page's count: two numbers (glued_head).
      if (const unsigned head = __builtin_expect(d >= 5 && d <= 8, 0) ? glued_head(out, s, i, v, d) : 0) {
        std::uint64_t cut = 1;
        for (unsigned k = head; k < d; ++k) cut *= 10;
        num.value = static_cast<std::uint32_t>(v / cut);
        num.digits = static_cast<std::uint8_t>(head);
        num.end = num.begin + head;
        token& rest = out.emplace_back();
        rest.t = type::number;
        rest.begin = static_cast<std::uint32_t>(i - (d - head));
        rest.end = static_cast<std::uint32_t>(i);
        rest.value = static_cast<std::uint32_t>(v % cut);
        rest.digits = static_cast<std::uint8_t>(d - head);
        starts.push_back(static_cast<std::uint32_t>(out.size() - 1));
      }
      continue;
    }
    std::size_t len = 0;
    if (!(a.at(s, i, len) & letter_bit)) {
      tok.t = type::punct;
      tok.punct = static_cast<unsigned char>(c) < 0x80 ? c : 0;
      i += len;
      tok.end = static_cast<std::uint32_t>(i);
      continue;
    }
    const std::size_t we = word_end(a, s, stops, i);
    std::uint32_t end = 0, node = 0;
    std::size_t skip = 0;
    if (longest_phrase(a, s, i, we, end, node)) {
      tok.t = type::lex;
      // بغداد اليوم (an outlet) read as a place and today: شهد المغرب اليوم
      // السبت, تحتفل سوريا اليوم. Its first word alone, then.
      if (__builtin_expect(end > we && (a.kinds(node) & not_date_kind) != 0, 0) && outlet_as_place(a, s, node, i, end)) {
        end = static_cast<std::uint32_t>(we);
        node = word_node(a, s, i, we);
        if (!node || !a.has_entries(node)) tok.t = type::word;
      }
      // بالعام الماضي, للعام الحالي: a one-word key (بالعام, للعام) that is
      // ب or ل on the head of a longer relative phrase gives way to it.
      if (end == we && relative_after_proclitic(a, s, i, we, end, node, skip))
        tok.begin = static_cast<std::uint32_t>(i + skip);
    } else if (__builtin_expect(we == i + 2, 0) && we < n && s[we] >= '1' && s[we] <= '2' &&
               short_syriac_month(a, s, i, we, end, node)) {
      tok.t = type::lex;
    } else if (i + 2 < we) {
      // A letter written onto a key: the word's first letter picks the one
      // reading to try (most words' is none of these).
      switch (static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1])) {
        case 0xD988:  // و
          if (longest_phrase(a, s, i + 2, we, end, node) || relative_after_proclitic(a, s, i + 2, we, end, node, skip)) {
            // و (and) written onto the next word: والأربعاء, وأمس; or onto ب or
            // ل on a relative phrase: وبالعام الماضي, وللعام الحالي.
            tok.t = type::lex;
            tok.waw = true;
            // وبالعام الماضي: a one-word key (بالعام) that heads a longer relative phrase gives way to it.
            if (std::size_t sk = 0; skip == 0 && end == we && relative_after_proclitic(a, s, i + 2, we, end, node, sk)) skip = sk;
            tok.begin = static_cast<std::uint32_t>(i + 2 + skip);
          }
          break;
        case 0xD8A8:  // ب
        case 0xD984:  // ل
          if (key_after_clitic(a, s, i, we, end, node, skip)) {
            // ب or ل (in, for, to) written onto a key.
            tok.t = type::lex;
            tok.begin = static_cast<std::uint32_t>(i + skip);
          } else if (s[i + 1] == '\xA8' && s[i + 2] == '\xD9' && s[i + 3] == '\x87' && glued_preposition(a, s, i, we, end, node)) {
            // Persian به (to, in) written onto the next word when its ZWNJ or blank is lost, as در is: بهسال ۱۳۴۷.
            tok.t = type::lex;
            tok.begin = static_cast<std::uint32_t>(i + 4);
          } else if (i + 6 < we && s[i + 1] == '\x84' && s[i + 2] == '\xD9' && s[i + 3] == '\x84' &&
                     ordinal_after_li(a, s, i + 4, we, end, node, proclitic_ordinals | weekday_kind) &&
                     ((a.kinds(node) & proclitic_ordinals) || dated_after(s, end))) {
            // ل on an ordinal or a weekday with its article: للثامن من ديسمبر (for the 8th of
            // December), تأجيل القضية للأربعاء القادم (to next Wednesday: the weekday only before "next", "last"
            // or its date; من الاثنين للجمعة is a week's schedule, المعنى المجتمعي للجمعة Friday's meaning). The
            // token keeps the whole word: its second ل is the article's.
            tok.t = type::lex;
          }
          break;
        case 0xD981:  // ف
          if ((a.kinds_starting(s, i + 2, we) & proclitic_fa) && longest_phrase(a, s, i + 2, we, end, node) &&
              ((a.kinds(node) & proclitic_fa) || (a.kinds(word_node(a, s, i + 2, we)) & proclitic_fa))) {
            // ف (so, then) written onto an ordinal, a weekday or a relative word
            // or phrase: فالأول من شهر فبراير, فاليوم, فالأسبوع الماضي, فهذه السنة.
            tok.t = type::lex;
            tok.begin = static_cast<std::uint32_t>(i + 2);
          }
          break;
        case 0xD8AF:  // د
        case 0xD8AA:  // ت
          if (i + 4 < we && s[i + 2] == '\xD8' && s[i + 3] == (s[i + 1] == '\xAF' ? '\xB1' : '\xA7') &&  // در, تا
              glued_preposition(a, s, i, we, end, node)) {
            tok.t = type::lex;
            tok.begin = static_cast<std::uint32_t>(i + 4);
          }
          break;
        case 0xD8A7:  // ا
          if (i + 4 < we && s[i + 2] == '\xD8' && s[i + 3] == '\xB2' && glued_preposition(a, s, i, we, end, node)) {  // از
            tok.t = type::lex;
            tok.begin = static_cast<std::uint32_t>(i + 4);
            break;
          }
          // Persian امروز (today) written onto the next word when the ZWNJ or blank is lost: امروزآغاز می‌شود,
          // امروزبا اشتراک; not امروزی, امروزه, امروزین (modern, nowadays).
          if (i + 14 <= we && s.compare(i, 10, "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2") == 0 &&
              s.compare(i + 10, 2, "\xDB\x8C") != 0 && s.compare(i + 10, 2, "\xD9\x87") != 0) {
            if (const std::uint32_t n = word_node(a, s, i, i + 10); n && a.has_entries(n)) {
              tok.t = type::lex;
              end = static_cast<std::uint32_t>(i + 10);
              node = n;
            }
          }
          break;
        case 0xD8B1:  // ر
          if (i + 6 < we && s[i + 2] == '\xD9' && s[i + 3] == '\x88' && s[i + 4] == '\xD8' && s[i + 5] == '\xB2' &&
              (a.kinds_starting(s, i + 6, we) & weekday_kind) && longest_phrase(a, s, i + 6, we, end, node) &&
              (a.kinds(node) & weekday_kind)) {
            // Persian روز (day) written onto its weekday: روزیکشنبه, روزشنبه. The
            // token keeps the whole word, the day it names.
            tok.t = type::lex;
          }
          break;
        default:
          break;
      }
    }
    // Only after a day or a word like شهر or من, as such a month stands.
    if (tok.t != type::lex && we - i >= 16 && out.size() >= 2 &&
        (out[out.size() - 2].t == type::number || out[out.size() - 2].t == type::lex)) {
      if (const std::size_t k = month_before_qualifier(a, s, i, we, node)) {
        tok.t = type::lex;
        end = static_cast<std::uint32_t>(k);
      }
    }
    if (tok.t == type::lex) {
      tok.end = end;
      tok.entry_begin = static_cast<std::uint16_t>(a.trie().entry_begin[node]);
      tok.entry_end = static_cast<std::uint16_t>(a.trie().entry_begin[node + 1]);
      tok.kinds = a.kinds(node);
      tok.fillers = a.fillers(node);
      starts.push_back(static_cast<std::uint32_t>(out.size() - 1));
      i = end;
      continue;
    }
    tok.t = type::word;
    i = we;
    tok.end = static_cast<std::uint32_t>(i);
  }
}

}  // namespace scan
}  // namespace taqvim
