#include "lang/profile.h"

#include <taqvim/text/normalize.h>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace lang {
namespace {

constexpr profile profiles[] = {
    {variety::fa, "fa", true, calendar::jalali, calendar::hijri_iran, "Asia/Tehran", date::Saturday},
    {variety::fa_af, "fa-AF", true, calendar::jalali, calendar::hijri_umm_al_qura, "Asia/Kabul", date::Saturday},
    // SCHEMA's default zone is Asia/Tehran for every record that names none.
    // Umm al-Qura as printed at the time before 1420 AH, as computed from then on.
    {variety::ar, "ar", false, calendar::gregorian, calendar::hijri_umm_al_qura_printed, "Asia/Tehran", date::Saturday},
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

const profile& profile_of(variety v) noexcept { return profiles[static_cast<unsigned>(v)]; }

unsigned entry_varieties(variety v) noexcept {
  using lexicon::variety_tag;
  const auto bit = [](variety_tag t) { return 1U << static_cast<unsigned>(t); };
  switch (v) {
    case variety::fa: return bit(variety_tag::any) | bit(variety_tag::fa);
    case variety::fa_af: return bit(variety_tag::any) | bit(variety_tag::fa) | bit(variety_tag::fa_af);
    case variety::ar: return bit(variety_tag::any) | bit(variety_tag::ar);
  }
  return bit(variety_tag::any);
}

bool parse_code(std::string_view code, variety& out) noexcept {
  if (code == "fa" || code == "fa-IR" || code == "fa_IR" || code == "pes") {
    out = variety::fa;
    return true;
  }
  if (code == "fa-AF" || code == "fa_AF" || code == "prs") {
    out = variety::fa_af;
    return true;
  }
  if (code == "ar" || ((starts_with(code, "ar-") || starts_with(code, "ar_")) && code.size() == 5)) {
    out = variety::ar;
    return true;
  }
  return false;
}

namespace {

// The month token i names, its variety Afghan (fa-AF) or not, as found: 0
// when it names no Jalali month.
int jalali_month_of(std::size_t i, const std::vector<scan::token>& tokens, bool& afghan) noexcept {
  const lexicon::trie& lex = lexicon::table();
  if (i >= tokens.size() || !(tokens[i].kinds & 1U << static_cast<unsigned>(lexicon::kind::month_jalali))) return 0;
  for (std::uint32_t e = tokens[i].entry_begin; e < tokens[i].entry_end; ++e)
    if (lex.entries[e].k == lexicon::kind::month_jalali) {
      afghan = lex.entries[e].variety == lexicon::variety_tag::fa_af;
      return lex.entries[e].value;
    }
  return 0;
}

// Token i and the next one (a slash, a dash, a bar or an opening bracket between)
// name one month, its Afghan name first and the Iranian one after it: 1,
// else 0. (Iranian writing glosses its own name with the Afghan one, ۲۸
// خرداد/ جوزا, in a report from Afghanistan: no mark of Afghan Persian.)
int same_month_pair(const std::vector<scan::token>& tokens, std::size_t i) noexcept {
  bool a = false, b = false;
  const int m = jalali_month_of(i, tokens, a);
  if (m == 0 || !a) return 0;
  std::size_t k = i + 1;
  if (k < tokens.size() && tokens[k].t == scan::type::punct &&
      (tokens[k].punct == '/' || tokens[k].punct == '-' || tokens[k].punct == '(' || tokens[k].punct == '|'))  // ١٨ عقرب|آبان
    ++k;
  return jalali_month_of(k, tokens, b) == m && !b ? 1 : 0;
}

// More Afghan month names beside a number (۱۵ حمل, حمل ۱۴۰۲) than Iranian
// ones: a lone میزان after a number in Iranian text (the word also means
// "amount") does not make it Afghan.
bool afghan_months(const std::vector<scan::token>& tokens, const std::vector<std::uint32_t>& starts) noexcept {
  const lexicon::trie& lex = lexicon::table();
  constexpr unsigned month = 1U << static_cast<unsigned>(lexicon::kind::month_jalali);
  int afghan = 0, iranian = 0;
  for (const std::uint32_t i : starts) {  // the lexicon tokens (and numbers) only
    const scan::token& t = tokens[i];
    if (!(t.kinds & month)) continue;
    // ۱۵ حمل, حمل ۱۴۰۲, 01-حمل-1403: a dash or slash may stand between.
    const auto number_at = [&](std::size_t k) { return k < tokens.size() && tokens[k].t == scan::type::number; };
    const auto sep_at = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].t == scan::type::punct && (tokens[k].punct == '-' || tokens[k].punct == '/');
    };
    const bool beside = (i > 0 && number_at(i - 1)) || number_at(i + 1) || (i > 1 && sep_at(i - 1) && number_at(i - 2)) ||
                        (sep_at(i + 1) && number_at(i + 2));
    // ثور / اردیبهشت, اسد (مرداد): the Afghan name of a month glossed with
    // the Iranian one is Afghan writing, with or without a number beside
    // them (دوم ثور / اردیبهشت سال ۱۳۹۴); it outweighs the Iranian name's
    // own number.
    if (const int pair = same_month_pair(tokens, i); pair != 0) {
      afghan += 2;
      continue;
    }
    if (!beside) continue;
    for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e) {
      if (lex.entries[e].k != lexicon::kind::month_jalali) continue;
      if (lex.entries[e].variety == lexicon::variety_tag::fa_af) ++afghan;
      else ++iranian;
      break;
    }
  }
  return afghan > iranian;
}

// More words only Arabic writes (6 جوان 2024, a Maghrebi month; قبل أسبوع)
// than words only Persian writes.
bool arabic_words(const std::vector<scan::token>& tokens, const std::vector<std::uint32_t>& starts) noexcept {
  const lexicon::trie& lex = lexicon::table();
  int ar = 0, fa = 0;
  for (const std::uint32_t i : starts) {
    const scan::token& t = tokens[i];
    if (t.t != scan::type::lex) continue;
    bool any_ar = false, any_fa = false;
    for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e) {
      // A qualifier only Persian reads after a weekday (قبل, بعد, این) is a
      // word of both languages all the same: no mark of either; so is an
      // Arabic weekday without its article, which folded is also Persian's
      // (جمعة, جمعه: Friday).
      if (lex.entries[e].k == lexicon::kind::weekday_qualifier || lex.entries[e].k == lexicon::kind::weekday_bare) continue;
      any_ar = any_ar || lex.entries[e].variety == lexicon::variety_tag::ar;
      any_fa = any_fa || lex.entries[e].variety == lexicon::variety_tag::fa || lex.entries[e].variety == lexicon::variety_tag::fa_af;
    }
    ar += any_ar && !any_fa;
    fa += any_fa && !any_ar;
  }
  return ar > fa;
}

}  // namespace

variety persian_variety(const std::vector<scan::token>& tokens, const std::vector<std::uint32_t>& starts) noexcept {
  return afghan_months(tokens, starts) ? variety::fa_af : variety::fa;
}

variety detect(const text::folded_text& folded, const std::vector<scan::token>& tokens,
               const std::vector<std::uint32_t>& starts) noexcept {
  if (folded.persian_letters() != folded.arabic_letters()) {
    if (folded.persian_letters() < folded.arabic_letters()) return variety::ar;
    return afghan_months(tokens, starts) ? variety::fa_af : variety::fa;
  }
  // No letter only one language writes (العام المقبل): the article ال on a
  // word is Arabic's mark, and so is a word only Arabic writes (6 جوان 2024).
  for (const scan::token& t : tokens) {
    if ((t.t == scan::type::word || t.t == scan::type::lex) && t.end - t.begin > 4 &&
        folded.text().compare(t.begin, 4, "\xD8\xA7\xD9\x84") == 0)
      return variety::ar;
  }
  if (arabic_words(tokens, starts)) return variety::ar;
  return afghan_months(tokens, starts) ? variety::fa_af : variety::fa;
}

}  // namespace lang
}  // namespace taqvim
