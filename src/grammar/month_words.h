// Words around a month named alone (rules_date.cc), folded as the tokenizer
// folds them.
#pragma once

#include <string_view>

namespace taqvim {
namespace grammar {

// صرف رواتب أكتوبر, معاشات نوفمبر: the month a pay is for, after the word for the pay.
inline constexpr std::string_view month_pay_words_ar[] = {
    "\xD8\xB1\xD9\x88\xD8\xA7\xD8\xAA\xD8\xA8",          // رواتب
    "\xD8\xB1\xD8\xA7\xD8\xAA\xD8\xA8",                  // راتب
    "\xD9\x85\xD8\xB9\xD8\xA7\xD8\xB4\xD8\xA7\xD8\xAA",  // معاشات
    "\xD9\x85\xD8\xB9\xD8\xA7\xD8\xB4",                  // معاش
    "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAA",  // مرتبات
    "\xD8\xA7\xD8\xAC\xD9\x88\xD8\xB1",                  // اجور (أجور)
};

// حقوق مرداد, فیش حقوق آبان, مستمری دی, یارانه آذر: likewise in Persian.
inline constexpr std::string_view month_pay_words_fa[] = {
    "\xD8\xAD\xD9\x82\xD9\x88\xD9\x82",                  // حقوق
    "\xD9\x85\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xDB\x8C",  // مستمری
    "\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xA7\xD9\x86\xD9\x87",  // یارانه
    "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB2\xD8\xAF",  // دستمزد
};

// اعتبارا من يناير, بدءًا من مارس: "starting", before من and a month alone (folded).
inline constexpr std::string_view month_start_words_ar[] = {
    "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7",  // اعتبارا
    "\xD8\xA8\xD8\xAF\xD8\xA7",                          // بدا (بدءا: folding drops a lone hamza)
    "\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7",      // ابتدا (ابتداء)
    "\xD8\xA8\xD8\xAF\xD8\xA7\xDB\x8C\xD9\x87",                    // بدایه (بداية)
};

}  // namespace grammar
}  // namespace taqvim
