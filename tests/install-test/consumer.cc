#include <taqvim/calendar.h>

#include <cstdio>

int main() {
  using namespace taqvim;
  const date::year_month_day g{to_sys_days(calendar::jalali, {1402, 5, 15})};
  std::printf("%04d-%02u-%02u\n", static_cast<int>(g.year()), static_cast<unsigned>(g.month()),
              static_cast<unsigned>(g.day()));
  return 0;
}
