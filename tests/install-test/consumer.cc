// A program outside taqvim's tree: converts a Jalali date (header-only
// calendars) and finds a date in text (the compiled library).
#include <taqvim/calendar.h>
#include <taqvim/extract.h>

#include <cstdio>

int main() {
  using namespace taqvim;
  const date::year_month_day g{to_sys_days(calendar::jalali, {1402, 5, 15})};
  std::printf("%04d-%02u-%02u\n", static_cast<int>(g.year()), static_cast<unsigned>(g.month()),
              static_cast<unsigned>(g.day()));
  // "15 Mordad 1402" in Persian digits and letters.
  const auto found = extract("\xDB\xB1\xDB\xB5 \xD9\x85\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2");
  std::printf("%zu %s\n", found.size(), found.empty() ? "-" : format_value(found[0]).c_str());
  return 0;
}
