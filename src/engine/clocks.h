// The day of a clock time written alone, from the days around it.
#ifndef TAQVIM_SRC_ENGINE_CLOCKS_H
#define TAQVIM_SRC_ENGINE_CLOCKS_H

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/join.h"
#include "grammar/expression.h"
#include "lexicon/scan.h"
#include "resolve/resolve.h"

namespace taqvim {
namespace engine {

// A clock time alone (الساعة التاسعة والنصف مساء) is on the day its range's
// second clock names (من الساعة 10 حتى الساعة 12 ظهرا يوم الأحد); else on the
// day last named before it in its sentence, when one is near (يوم السبت 3
// يوليوز، على أرضية ملعب محمد الخامس، انطلاقا من الساعة التاسعة والنصف
// مساء); else on the first day named after it there; else on its schedule's
// heading; else none (the reference day). With "the next day" after it
// (الساعة الخامسة صباحا من اليوم الموالي, 01:00 صباحاً (اليوم التالي), ۲
// بامداد روز بعد), the day after that one, or the day written after those
// words (من اليوم التالي 6 أكتوبر 2021).
// found[n] is the clock, `read` the matches resolved before it. When the
// day is the one last named before it and a part of the day stands just
// before that day (مساء الغد … الساعة السادسة وعشر دقائق), *tod is that
// part's lexicon value (else -1).
std::optional<date::local_days> day_of_clock(std::string_view folded, const std::vector<scan::token>& toks,
                                             const std::vector<grammar::expression>& found,
                                             const std::vector<read_match>& read, std::size_t n,
                                             const resolve::context& c, int* tod = nullptr);

// من الساعه الثامنة مساءا وحتى الساعه الحادية عشر, از ساعت ۵ تا ۹ شب: the
// clock found[n], with no part of the day of its own, in a range with one
// that is in the afternoon or evening, is in that half of the day too when
// it keeps the range in order (11 after 8 p.m.; 5 before 9 p.m.; not 9
// before 5 p.m.). lexicon::tod_pm then, else -1.
int part_of_day_of_range(const std::vector<scan::token>& toks, const std::vector<grammar::expression>& found, std::size_t n);

// تبعا لإقرار منع الجولان من الساعة العاشرة مساءً إلى الساعة الخامسة صباحًا،
// بداية من الخميس 13 جانفي: a range of clocks (found[n] its first) with
// "starting from" a day after it: hours kept every day from then, no moment;
// so with "and goes on until" a day (…، وتستمر حتى يوم الأربعاء 15 أكتوبر).
bool hours_from_a_day(std::string_view folded, const std::vector<scan::token>& toks,
                      const std::vector<grammar::expression>& found, std::size_t n);

}  // namespace engine
}  // namespace taqvim

#endif
