// The tokenizer's rarer readings (scan.h): an outlet's name read as a place
// and today, numbers run together, a month run into its qualifier, the
// Lebanese short month names. Out of line: most text never reaches them.
#include "lexicon/scan_rare.h"

#include "lexicon/phrase.h"

#include <taqvim/text/normalize.h>

#include <array>

namespace taqvim {
namespace scan {
namespace {

using detail::letter_bit;
using phrase::longest_phrase;
using phrase::word_node;

constexpr std::uint32_t weekday_kind = 1U << static_cast<unsigned>(lexicon::kind::weekday);
constexpr std::uint32_t qualifier_kind = 1U << static_cast<unsigned>(lexicon::kind::weekday_qualifier);
constexpr std::uint32_t month_kinds = 1U << static_cast<unsigned>(lexicon::kind::month_gregorian) |
                                      1U << static_cast<unsigned>(lexicon::kind::month_hijri) |
                                      1U << static_cast<unsigned>(lexicon::kind::month_jalali);

// Whether the node's phrase has a not_date entry of the given value.
bool not_date_value(const automaton& a, std::uint32_t node, unsigned value) noexcept {
  const lexicon::trie& t = a.trie();
  for (std::uint32_t e = t.entry_begin[node]; e < t.entry_begin[node + 1]; ++e)
    if (t.entries[e].k == lexicon::kind::not_date && static_cast<unsigned>(t.entries[e].value) == value) return true;
  return false;
}

// Whether the character at s[k] (not a blank) is neither a letter nor a
// digit: punctuation, a dash, a quote, a line break.
bool symbol_at(const automaton& a, std::string_view s, std::size_t k) noexcept {
  const auto b = static_cast<unsigned char>(s[k]);
  if (b >= '0' && b <= '9') return false;
  std::size_t len = 0;
  return !(a.at(s, k, len) & letter_bit);
}

}  // namespace

// A phrase of the lexicon that is an outlet's name (not_date 9, بغداد اليوم;
// 10, one named by a place) that the text reads as a place and today, to be
// split after its first word. Before a weekday (blanks and one comma,
// bracket, slash or dash may stand between): شهد المغرب اليوم السبت. One
// named by a place, also in running text: تحتفل سوريا اليوم, في العراق اليوم
// رفع; the outlet is read only as a dateline or a credit, at a line's start,
// after punctuation or a word for an outlet or a title (not_date 2), or
// before punctuation (not a comma) or a line's end: الرباط - المغرب اليوم,
// "الكويت اليوم", موقع روسيا اليوم, بغداد اليوم - بغداد.
bool outlet_as_place(const automaton& a, std::string_view s, std::uint32_t node, std::size_t begin,
                     std::size_t end) noexcept {
  const bool place = not_date_value(a, node, 10);
  if (!place && !not_date_value(a, node, 9)) return false;
  std::size_t j = end;
  while (j < s.size() && s[j] == ' ') ++j;
  const std::size_t next = j;
  if (j < s.size() && (s[j] == ',' || s[j] == '(' || s[j] == '/' || s[j] == '-')) ++j;
  while (j < s.size() && s[j] == ' ') ++j;
  std::size_t len = 0;
  if (j < s.size() && (a.at(s, j, len) & letter_bit)) {
    // The weekday's word end, letter by letter (word_end stays tokenize's
    // alone, and inlined there).
    std::size_t we = j;
    for (std::size_t l = 0; we < s.size() && (a.at(s, we, l) & letter_bit); we += l) {
    }
    std::uint32_t e2 = 0, n2 = 0;
    if (longest_phrase(a, s, j, we, e2, n2) && (a.kinds(n2) & weekday_kind)) return true;
  }
  if (!place) return false;
  // After it: the end, a line's end or punctuation other than commas (but after the word for city, the place:
  // قرار بإغلاق مدينة الدار البيضاء اليوم at a headline's end).
  const bool closed = next >= s.size() ||
                      (symbol_at(a, s, next) && s[next] != ',' && !(s[next] == '\xD8' && s[next + 1] == '\x8C') &&  // ،
                       !(s[next] == '\xD8' && s[next + 1] == '\x9B') && s[next] != '.');                         // ؛
  // Before it: the start, a line's end or punctuation, or a word for an outlet.
  std::size_t k = begin;
  while (k > 0 && s[k - 1] == ' ') --k;
  if (k == 0) return false;
  std::size_t lead = k - 1;
  while (lead > 0 && (static_cast<unsigned char>(s[lead]) & 0xC0) == 0x80) --lead;
  // (After a sentence's stop, a sentence that opens with the place and today, unless closed after it too: … بوده
  // است.تهران امروز صبح دمای منفی۳ درجه را تجربه کرده است.)
  if (symbol_at(a, s, lead))
    return !closed && (s[lead] == '.' || s[lead] == '!' || s[lead] == '?' || (s[lead] == '\xD8' && s[lead + 1] == '\x9F'));
  std::size_t word = lead;
  while (word > 0) {
    std::size_t p = word - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    std::size_t l = 0;
    if (!(a.at(s, p, l) & letter_bit)) break;
    word = p;
  }
  // لـ written apart (في حديث لـ بغداد اليوم), folded to ل, and the source
  // of a report (به نقل از روسیا الیوم, نقلا عن مصر اليوم): the outlet's.
  const std::string_view w = s.substr(word, k - word);
  if (closed)
    return w == "\xD9\x85\xD8\xAF\xDB\x8C\xD9\x86\xD9\x87" || w == "\xD8\xA8\xD9\x85\xD8\xAF\xDB\x8C\xD9\x86\xD9\x87";  // مدينة, بمدينة (folded)
  if (w == "\xD9\x84" || w == "\xD8\xA7\xD8\xB2" || w == "\xD8\xB9\xD9\x86" ||
      w == "\xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB4")  // (and به گزارش ایران امروز)
    return false;
  const std::uint32_t before = word_node(a, s, word, k);
  return !(before && not_date_value(a, before, 2));
}

// Six digits after a day and month with slashes, then a slash and a month:
// a year and the next cell's day, glued (۰۱/۰۳/۱۴۰۳۱۵/۰۳/۱۴۰۳). `out` ends
// with the number's token; s[i] follows its digits.
bool glued_cells(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept {
  const std::size_t n = out.size();
  if (n < 4 || out[n - 1].space_before) return false;
  const token &slash = out[n - 2], &month = out[n - 3], &slash0 = out[n - 4];
  if (slash.t != type::punct || slash.punct != '/' || month.t != type::number || month.digits > 2 ||
      slash0.t != type::punct || slash0.punct != '/' || slash.space_before || month.space_before)
    return false;
  const std::uint64_t year = v / 100, day = v % 100;
  return i + 1 < s.size() && s[i] == '/' && s[i + 1] >= '0' && s[i + 1] <= '9' && day >= 1 && day <= 31 &&
         ((year >= 1300 && year <= 1499) || (year >= 1900 && year <= 2199));
}

// 17:472022-07-29: a stamp's clock and the date after it run together, the
// minutes and a year; the six digits at i's end follow an hour and a colon
// and go on to a dash or slash and a digit.
bool glued_minutes(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept {
  const std::size_t n = out.size();
  if (n < 3 || out[n - 1].space_before) return false;
  const token &colon = out[n - 2], &hour = out[n - 3];
  if (colon.t != type::punct || colon.punct != ':' || colon.space_before || hour.t != type::number || hour.digits > 2 ||
      hour.value > 24)
    return false;
  const std::uint64_t minutes = v / 10000, year = v % 10000;
  return i + 1 < s.size() && (s[i] == '-' || s[i] == '/') && s[i + 1] >= '0' && s[i + 1] <= '9' && minutes < 60 &&
         ((year >= 1300 && year <= 1499) || (year >= 1900 && year <= 2199));
}

bool glued_count(const std::vector<token>& out, std::uint64_t v, unsigned digits) noexcept {
  const std::size_t n = out.size();
  if (n < 4 || out[n - 1].space_before == false) return false;
  const token &comma = out[n - 2], &day = out[n - 3], &month = out[n - 4];
  if (comma.t != type::punct || comma.punct != ',' || day.t != type::number || day.digits > 2 || month.t != type::lex)
    return false;
  std::uint64_t cut = 1;
  for (unsigned k = 4; k < digits; ++k) cut *= 10;
  const std::uint64_t year = v / cut;
  return year >= 1900 && year <= 2199;
}

unsigned glued_head(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v, unsigned digits) noexcept {
  if (digits == 6) {
    if (glued_cells(out, s, i, v) || glued_hour(out, s, i, v)) return 4;
    if (glued_minutes(out, s, i, v)) return 2;
  }
  return glued_count(out, v, digits) ? 4 : 0;
}

void split_latin_month(const automaton& a, std::string_view s, std::vector<token>& out, std::vector<std::uint32_t>& starts) {
  // (Not may: dismay.)
  static constexpr std::string_view months[] = {"january", "february", "march",   "april",    "june",    "july",
                                                "august",  "september", "october", "november", "december"};
  const std::size_t n = out.size();
  token& w = out[n - 2];
  const std::size_t i = w.begin, we = w.end;
  for (const std::string_view m : months) {
    if (we - i < m.size() + 3 || s.compare(we - m.size(), m.size(), m) != 0) continue;
    std::uint32_t end = 0, node = 0;
    if (!longest_phrase(a, s, we - m.size(), we, end, node) || end != we) return;
    w.end = static_cast<std::uint32_t>(we - m.size());
    token& tok = out[n - 1];  // the number's token, not yet filled: the month's now, the number's pushed after it
    const std::uint32_t number_begin = tok.begin;
    tok.t = type::lex;
    tok.space_before = false;
    tok.begin = static_cast<std::uint32_t>(we - m.size());
    tok.end = end;
    tok.entry_begin = static_cast<std::uint16_t>(a.trie().entry_begin[node]);
    tok.entry_end = static_cast<std::uint16_t>(a.trie().entry_begin[node + 1]);
    tok.kinds = a.kinds(node);
    tok.fillers = a.fillers(node);
    starts.push_back(static_cast<std::uint32_t>(n - 1));
    token& number = out.emplace_back();
    number.begin = number_begin;
    number.space_before = true;
    return;
  }
}

// 08 Jun 201718:37 PM, 10 بهمن 139210:02: a stamp's year (Gregorian, or Solar
// Hijri) and the hour after it run together; the six digits at i's end follow
// a word (the month) and go on to a colon and the minutes.
bool glued_hour(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept {
  const std::size_t n = out.size();
  if (n < 2 || (out[n - 2].t != type::lex && out[n - 2].t != type::word)) return false;
  const std::uint64_t year = v / 100, hour = v % 100;
  return i + 2 < s.size() && s[i] == ':' && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
         hour <= 24 && ((year >= 1900 && year <= 2199) || (year >= 1300 && year <= 1499));
}

// 6 نوفمبرالجاري, ما بين 17 إلى 21 يوليوالجاري: a month and the qualifier
// after it (الجاري, الماضي, المقبلة: the article and four or five letters)
// that scraping ran together. Returns where the month ends, node its key,
// or 0.
std::size_t month_before_qualifier(const automaton& a, std::string_view s, std::size_t i, std::size_t we,
                                   std::uint32_t& node) noexcept {
  for (const std::size_t n : {std::size_t{12}, std::size_t{14}}) {
    const std::size_t k = we - n;
    if (we - i < n + 4 || s[k] != '\xD8' || s[k + 1] != '\xA7' || s[k + 2] != '\xD9' || s[k + 3] != '\x84') continue;
    if (!(a.kinds(word_node(a, s, k, we)) & qualifier_kind)) continue;
    const std::uint32_t m = word_node(a, s, i, k);
    if (m && a.has_entries(m) && (a.kinds(m) & month_kinds)) {
      node = m;
      return k;
    }
  }
  return 0;
}

// ت1, ت2, ك1, ك2: the Lebanese press's short names of تشرين الأول, تشرين
// الثاني, كانون الأول and كانون الثاني, the letter and the month's order glued
// (15 ت1 2023, ١ ك٢ ٢٠٢٤, من 1 ت1/ أكتوبر). The one-letter word at s[i, we)
// and the digit after it read as the full name's key: its end and node.
bool short_syriac_month(const automaton& a, std::string_view s, std::size_t i, std::size_t we, std::uint32_t& end,
                        std::uint32_t& node) noexcept {
  const bool tishrin = s[i] == '\xD8' && s[i + 1] == '\xAA', kanun = s[i] == '\xDA' && s[i + 1] == '\xA9';  // ت, ک (folded ك)
  if (!(tishrin || kanun) || we + 1 > s.size() || (s[we] != '1' && s[we] != '2')) return false;
  if (we + 1 < s.size()) {
    std::size_t len = 0;
    if ((s[we + 1] >= '0' && s[we + 1] <= '9') || (a.at(s, we + 1, len) & letter_bit)) return false;
  }
  // The four names' keys, found once through the same folding as the text.
  static const std::array<std::uint32_t, 4> keys = [&a] {
    std::array<std::uint32_t, 4> k{};
    const char* names[4] = {"\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84",  // تشرين الأول
                            "\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A",  // تشرين الثاني
                            "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84",  // كانون الأول
                            "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A"};  // كانون الثاني
    for (int n = 0; n < 4; ++n) {
      text::folded_text f;
      text::fold(names[n], f);
      const std::string_view t = f.text();
      std::uint32_t e = 0, found = 0;
      if (longest_phrase(a, t, 0, t.find(' '), e, found) && e == t.size()) k[static_cast<std::size_t>(n)] = found;
    }
    return k;
  }();
  node = keys[(kanun ? 2U : 0U) + (s[we] == '2' ? 1U : 0U)];
  end = static_cast<std::uint32_t>(we + 1);
  return node != 0;
}

}  // namespace scan
}  // namespace taqvim
