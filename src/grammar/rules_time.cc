// Rules for clock times that stand before their day, or alone after ساعت/الساعة.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// ساعت ۱۰ صبح, الساعة العاشرة صباحا
bool grammar::time_expr(std::size_t i, expression& p) const {
  if (!filler(i, lexicon::fill_hour_word) && !(filler(i, lexicon::fill_in) && filler(i + 1, lexicon::fill_hour_word)))
    return false;
  const std::size_t k = time_part(i, p, true);
  if (!k) return false;
  p.s = shape::time_only;
  p.te = k;
  // The time before its day: ساعت ۱۰ صبح روز دوشنبه ۲۳ مهر ۱۴۰۳,
  // الساعة العاشرة صباح يوم الأحد 6 أغسطس 2023.
  std::size_t d = k;
  if (punct(d, ',')) ++d;
  if (filler(d, lexicon::fill_day_word) && !entry_of(d + 1, kind::weekday)) ++d;
  // ساعت ۸ شب فردا, الساعة العاشرة من صباح الغد: or before a relative day.
  expression q;
  if ((full_date(d, q) && q.s == shape::date && q.hour < 0) ||
      ((q = {}, relative_expr(d, q)) && q.s == shape::relative_day && q.hour < 0)) {
    q.hour = p.hour;
    q.minute = p.minute;
    q.second = p.second;
    p = q;
  }
  return true;
}

}  // namespace grammar
}  // namespace taqvim
