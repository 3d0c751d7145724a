#include "lang/profile.h"

#include <taqvim/text/normalize.h>

namespace taqvim {
namespace lang {
namespace {

constexpr profile profiles[] = {
    {variety::fa, "fa", true, calendar::jalali, calendar::hijri_iran, "Asia/Tehran", date::Saturday},
    {variety::fa_af, "fa-AF", true, calendar::jalali, calendar::hijri_umm_al_qura, "Asia/Kabul", date::Saturday},
    // SCHEMA's default zone is Asia/Tehran for every record that names none.
    {variety::ar, "ar", false, calendar::gregorian, calendar::hijri_umm_al_qura, "Asia/Tehran", date::Saturday},
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

const profile& profile_of(variety v) noexcept { return profiles[static_cast<unsigned>(v)]; }

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

variety detect(const text::folded_text& folded, const std::vector<scan::token>& tokens) noexcept {
  if (folded.persian_letters() != folded.arabic_letters())
    return folded.persian_letters() > folded.arabic_letters() ? variety::fa : variety::ar;
  // No letter only one language writes (العام المقبل): the article ال on a
  // word is Arabic's mark.
  for (const scan::token& t : tokens) {
    if ((t.t == scan::type::word || t.t == scan::type::lex) && t.end - t.begin > 4 &&
        folded.text().compare(t.begin, 4, "\xD8\xA7\xD9\x84") == 0)
      return variety::ar;
  }
  return variety::fa;
}

}  // namespace lang
}  // namespace taqvim
