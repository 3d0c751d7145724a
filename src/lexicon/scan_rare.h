// The tokenizer's rarer readings, out of line (scan_rare.cc); scan.cc calls
// them where its fast path leaves a word or a number in doubt.
#ifndef TAQVIM_SRC_LEXICON_SCAN_RARE_H
#define TAQVIM_SRC_LEXICON_SCAN_RARE_H

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/automaton.h"
#include "lexicon/scan.h"

namespace taqvim {
namespace scan {

using detail::automaton;

// Whether the lexicon phrase `node` at s[begin, end) is an outlet's name (بغداد اليوم) that the text reads as a place
// and today (شهد المغرب اليوم السبت), to be split after its first word.
bool outlet_as_place(const automaton& a, std::string_view s, std::uint32_t node, std::size_t begin,
                     std::size_t end) noexcept;

// Six digits v ending at s[i], the last token of `out`, that are two numbers run together: a year and the next
// table cell's day (۰۱/۰۳/۱۴۰۳۱۵/۰۳/۱۴۰۳), minutes and a year (17:472022-07-29), a year and an hour (201718:37).
bool glued_cells(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept;
bool glued_minutes(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept;
bool glued_hour(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v) noexcept;
// Five to eight digits v, the last token of `out`, after a month, a day and a comma (April 29, 2021207): a year of
// four digits and a page's count run together.
bool glued_count(const std::vector<token>& out, std::uint64_t v, unsigned digits) noexcept;
// Of `digits` digits v ending at s[i] (five to eight), how many lead a number run onto the next (4 or 2), or 0.
unsigned glued_head(const std::vector<token>& out, std::string_view s, std::size_t i, std::uint64_t v, unsigned digits) noexcept;
// The token before the last of `out` (the last a number's, begun after a blank), a folded Latin word that ends in an
// English month's full name with at least three letters before it (centerapril 29): cut before the month, the month
// made its lexicon token in the number's place and the number's token pushed after it.
void split_latin_month(const automaton& a, std::string_view s, std::vector<token>& out, std::vector<std::uint32_t>& starts);

// A month name and its qualifier run together in the word s[i, we) (6 نوفمبرالجاري): where the month ends, node its
// key, or 0.
std::size_t month_before_qualifier(const automaton& a, std::string_view s, std::size_t i, std::size_t we,
                                   std::uint32_t& node) noexcept;

// ت1, ت2, ك1, ك2 (the Lebanese short names of تشرين الأول … كانون الثاني): the one-letter word s[i, we) and the digit
// after it as the full name's key; sets end and node.
bool short_syriac_month(const automaton& a, std::string_view s, std::size_t i, std::size_t we, std::uint32_t& end,
                        std::uint32_t& node) noexcept;

}  // namespace scan
}  // namespace taqvim

#endif
