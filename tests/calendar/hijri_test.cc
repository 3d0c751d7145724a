#include <taqvim/hijri.h>
#include <taqvim/jalali.h>

#include <catch2/catch.hpp>
#include <date/islamic.h>

#include <fstream>

#include "../support.h"

using namespace taqvim;
using date::sys_days;

namespace {

template <class R>
hijri::year_month_day<R> H(int y, unsigned m, unsigned d) {
  return {hijri::year{y}, hijri::month{m}, date::day{d}};
}

sys_days G(int y, unsigned m, unsigned d) {
  return sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// The days of [first, last] on which rule R and Hinnant's islamic.h (the
// tabular civil calendar) give different fields; the first five are reported.
template <class R>
long islamic_h_disagreements(sys_days first, sys_days last) {
  long failures = 0;
  for (sys_days d = first; d <= last; d += date::days{1}) {
    const hijri::year_month_day<R> t{d};
    const islamic::year_month_day h{d};
    if (static_cast<int>(t.year()) != static_cast<int>(h.year()) ||
        static_cast<unsigned>(t.month()) != static_cast<unsigned>(h.month()) ||
        static_cast<unsigned>(t.day()) != static_cast<unsigned>(h.day())) {
      if (++failures <= 5) FAIL_CHECK("day " << d.time_since_epoch().count());
    }
  }
  return failures;
}

// Every day of [first, last] converts back to itself, is ok(), and follows
// the previous day (same month, or day 1 after the previous month's last day).
template <class R>
long check_continuity(sys_days first, sys_days last) {
  long failures = 0;
  hijri::year_month_day<R> prev{first - date::days{1}};
  for (sys_days d = first; d <= last; d += date::days{1}) {
    const hijri::year_month_day<R> h{d};
    const bool next_day = h.year() == prev.year() && h.month() == prev.month() &&
                          h.day() == prev.day() + date::days{1};
    const bool next_month =
        h.day() == date::day{1} && prev.day() == hijri::last_day<R>(prev.year(), prev.month()) &&
        ((h.year() == prev.year() && h.month() == prev.month() + date::months{1}) ||
         (h.year() == prev.year() + date::years{1} && h.month() == hijri::muharram &&
          prev.month() == hijri::dhu_al_hijja));
    if (!h.ok() || sys_days{h} != d || !(next_day || next_month)) {
      if (++failures <= 5) FAIL_CHECK("day " << d.time_since_epoch().count());
    }
    prev = h;
  }
  return failures;
}

}  // namespace

static_assert(sys_days{hijri::year_month_day<hijri::umm_al_qura>{hijri::year{1444}, hijri::shawwal, date::day{1}}} ==
              sys_days{date::year{2023} / 4 / 21});
static_assert(hijri::year_month_day<hijri::iran>{sys_days{date::year{2023} / 4 / 22}} ==
              hijri::year_month_day<hijri::iran>{hijri::year{1444}, hijri::shawwal, date::day{1}});
// 1445 = 5 (mod 30): a leap year of the type II cycle; 1446 = 6 is not.
static_assert(hijri::is_leap<hijri::civil>(hijri::year{1445}) && !hijri::is_leap<hijri::civil>(hijri::year{1446}));

TEST_CASE("hijri: every Umm al-Qura and civil cell of gold_days.csv", "[hijri][gold]") {
  int uq = 0, civ = 0;
  for (const auto& row : test::read_csv(test::data_path("gold_days.csv"))) {
    const sys_days g = test::gregorian(row[0]);
    INFO(row[0] << " (" << (row.size() > 4 ? row[4] : "") << ")");
    if (row.size() > 2 && !row[2].empty()) {
      const test::ymd want = test::parse_ymd(row[2]);
      const hijri::year_month_day<hijri::umm_al_qura> h{g};
      CHECK(test::fields(h) == want);
      // The computed table is not what was printed before 1420 AH.
      CHECK(h.approximate() == (want.y < 1420));
      CHECK(sys_days{H<hijri::umm_al_qura>(static_cast<int>(want.y), want.m, want.d)} == g);
      ++uq;
    }
    if (row.size() > 3 && !row[3].empty()) {
      const test::ymd want = test::parse_ymd(row[3]);
      CHECK(test::fields(hijri::year_month_day<hijri::civil>{g}) == want);
      CHECK(sys_days{H<hijri::civil>(static_cast<int>(want.y), want.m, want.d)} == g);
      ++civ;
    }
  }
  CHECK(uq > 500);
  CHECK(civ > 1500);
}

TEST_CASE("hijri: Umm al-Qura month starts on which all sources agree", "[hijri][umm_al_qura]") {
  int n = 0;
  for (const auto& row : test::read_csv(test::data_path("umalqura_month_starts.csv"))) {
    const int y = std::stoi(row[0]);
    const auto m = static_cast<unsigned>(std::stoi(row[1]));
    INFO(y << "-" << m << " = " << row[2]);
    const auto h = H<hijri::umm_al_qura>(y, m, 1);
    CHECK(sys_days{h} == test::gregorian(row[2]));
    CHECK(hijri::year_month_day<hijri::umm_al_qura>{test::gregorian(row[2])} == h);
    ++n;
  }
  CHECK(n == 966);
}

TEST_CASE("hijri: every month start of Iran's lunar calendar 1265-1448", "[hijri][iran]") {
  std::ifstream in(test::project_path("data/iran_lunar_hijri_month_starts.txt"));
  REQUIRE(in);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '*') line.erase(0, 1);
    int y = 0;
    unsigned m = 0;
    char date_text[16] = {};
    REQUIRE(std::sscanf(line.c_str(), "%d/%u %15s", &y, &m, date_text) == 3);
    INFO(line);
    const auto h = H<hijri::iran>(y, m, 1);
    CHECK(sys_days{h} == test::gregorian(date_text));
    CHECK(hijri::year_month_day<hijri::iran>{test::gregorian(date_text)} == h);
    // The last line gives only the start of 1448/10, not its length: that
    // month is already the fallback's, anchored on this day.
    CHECK(h.approximate() == (y == 1448 && m == 10));
    ++n;
  }
  CHECK(n == 2206);
}

TEST_CASE("hijri: Iran's lunar holidays of 1405 AP fall where the official calendar puts them",
          "[hijri][iran]") {
  // The official holidays of the University of Tehran's calendar for 1405 AP
  // (Jalali day, lunar day), transcribed independently of the month starts
  // in the data file.
  struct holiday {
    unsigned jm, jd;
    int hy;
    unsigned hm, hd;
  };
  const holiday holidays[] = {
      {1, 1, 1447, 10, 1},  {1, 2, 1447, 10, 2},  {1, 25, 1447, 10, 25}, {3, 6, 1447, 12, 10},
      {3, 14, 1447, 12, 18}, {4, 3, 1448, 1, 9},  {4, 4, 1448, 1, 10},   {5, 13, 1448, 2, 20},
      {5, 21, 1448, 2, 28}, {5, 22, 1448, 2, 29}, {5, 30, 1448, 3, 8},   {6, 8, 1448, 3, 17},
      {8, 22, 1448, 6, 3},  {10, 2, 1448, 7, 13}, {10, 16, 1448, 7, 27}, {11, 4, 1448, 8, 15},
      {12, 9, 1448, 9, 21}, {12, 19, 1448, 10, 1}, {12, 20, 1448, 10, 2},
  };
  for (const holiday& h : holidays) {
    const sys_days d = jalali::year_month_day{jalali::year{1405}, jalali::month{h.jm}, date::day{h.jd}};
    INFO("1405-" << h.jm << "-" << h.jd);
    CHECK(hijri::year_month_day<hijri::iran>{d} == H<hijri::iran>(h.hy, h.hm, h.hd));
  }
  // Imam Reza's martyrdom, the last day of Safar, on its 29th: Safar 1448 has 29 days.
  CHECK(hijri::last_day<hijri::iran>(hijri::year{1448}, hijri::safar) == date::day{29});
  // Umm al-Qura's lengths, which the table took before the 1405 calendar was
  // known, put six of these months a day late.
  int late = 0;
  for (unsigned m = 11; m <= 22; ++m) {
    const int y = m <= 12 ? 1447 : 1448;
    const unsigned mm = m <= 12 ? m : m - 12;
    const sys_days official = H<hijri::iran>(y, mm, 1);
    const sys_days continued = sys_days{H<hijri::umm_al_qura>(y, mm, 1)} +
                               (sys_days{H<hijri::iran>(1447, 10, 1)} - sys_days{H<hijri::umm_al_qura>(1447, 10, 1)});
    late += continued - official == date::days{1};
  }
  CHECK(late == 6);
}

TEST_CASE("hijri: Iran begins Shawwal 1444 a day after Umm al-Qura", "[hijri][iran]") {
  // 1 Shawwal 1444: Umm al-Qura 2023-04-21, Iran 2023-04-22.
  CHECK(sys_days{H<hijri::umm_al_qura>(1444, 10, 1)} == G(2023, 4, 21));
  CHECK(sys_days{H<hijri::iran>(1444, 10, 1)} == G(2023, 4, 22));
}

TEST_CASE("hijri: before its table Iran's rule is Hinnant's islamic.h, 1264/12 stretched to meet the table",
          "[hijri][iran]") {
  // islamic.h (the civil calendar of historians' tables) on every day of 1..1264 AH but the
  // last month's 30th; convertdate gives 1 Muharram 1057 = 1647-02-06 and 1 Dhu al-Hijja 1264 =
  // 1848-10-29; the table's first day is 1 Muharram 1265 = 1848-11-28.
  CHECK(islamic_h_disagreements<hijri::iran>(G(622, 7, 19), G(1848, 11, 26)) == 0);
  CHECK(sys_days{H<hijri::iran>(1057, 1, 1)} == G(1647, 2, 6));
  CHECK(sys_days{H<hijri::iran>(1264, 12, 1)} == G(1848, 10, 29));
  CHECK(hijri::year_month_day<hijri::iran>{G(1848, 11, 27)} == H<hijri::iran>(1264, 12, 30));
  CHECK(H<hijri::iran>(1264, 12, 30).ok());
  CHECK(sys_days{H<hijri::iran>(1265, 1, 1)} == G(1848, 11, 28));
}

TEST_CASE("hijri: tables are flagged exact inside, approximate outside", "[hijri]") {
  CHECK(H<hijri::umm_al_qura>(1300, 1, 1).approximate());
  CHECK(H<hijri::umm_al_qura>(1419, 12, 29).approximate());
  CHECK_FALSE(H<hijri::umm_al_qura>(1420, 1, 1).approximate());
  CHECK_FALSE(H<hijri::umm_al_qura>(1600, 12, 1).approximate());
  CHECK(H<hijri::umm_al_qura>(1299, 12, 1).approximate());
  CHECK(H<hijri::umm_al_qura>(1601, 1, 1).approximate());
  CHECK_FALSE(H<hijri::iran>(1265, 1, 1).approximate());
  CHECK_FALSE(H<hijri::iran>(1448, 9, 29).approximate());
  CHECK(H<hijri::iran>(1448, 10, 1).approximate());
  CHECK(H<hijri::iran>(1264, 12, 1).approximate());
  CHECK_FALSE(H<hijri::civil>(9000, 1, 1).approximate());
  CHECK_FALSE(H<hijri::tbla>(-9000, 1, 1).approximate());
  // Iran's table gives the start of 1448/10 even though its length is unknown:
  // the fallback is anchored there.
  CHECK(sys_days{H<hijri::iran>(1448, 10, 1)} == G(2027, 3, 10));
}

TEST_CASE("hijri: tabular civil equals Hinnant's islamic.h on every day of years -30000..30000",
          "[hijri][civil][exhaustive]") {
  CHECK(islamic_h_disagreements<hijri::civil>(H<hijri::civil>(-30000, 1, 1), H<hijri::civil>(30000, 12, 29)) == 0);
}

TEST_CASE("hijri: tbla is civil one day earlier", "[hijri][tbla]") {
  // The astronomical epoch (Thursday) precedes the civil one (Friday) by a day.
  for (int y : {-500, 1, 1445, 3000}) {
    for (unsigned m = 1; m <= 12; ++m) {
      CHECK(sys_days{H<hijri::tbla>(y, m, 1)} + date::days{1} == sys_days{H<hijri::civil>(y, m, 1)});
    }
  }
  CHECK(sys_days{H<hijri::civil>(1, 1, 1)} == G(622, 7, 19));  // Friday 16 July 622 Julian
  CHECK(date::weekday{sys_days{H<hijri::civil>(1, 1, 1)}} == date::Friday);
  CHECK(date::weekday{sys_days{H<hijri::tbla>(1, 1, 1)}} == date::Thursday);
}

TEST_CASE("hijri: every day of years -32000..32000 round-trips for every rule", "[hijri][exhaustive]") {
  CHECK(check_continuity<hijri::umm_al_qura>(H<hijri::umm_al_qura>(-32000, 1, 1),
                                             H<hijri::umm_al_qura>(32000, 12, 29)) == 0);
  CHECK(check_continuity<hijri::iran>(H<hijri::iran>(-32000, 1, 1), H<hijri::iran>(32000, 12, 29)) == 0);
  CHECK(check_continuity<hijri::umm_al_qura_printed>(H<hijri::umm_al_qura_printed>(-32000, 1, 1),
                                                     H<hijri::umm_al_qura_printed>(32000, 12, 29)) == 0);
  CHECK(check_continuity<hijri::civil>(H<hijri::civil>(-32000, 1, 1), H<hijri::civil>(32000, 12, 29)) == 0);
  CHECK(check_continuity<hijri::tbla>(H<hijri::tbla>(-32000, 1, 1), H<hijri::tbla>(32000, 12, 29)) == 0);
}

TEST_CASE("hijri: validity and arithmetic", "[hijri]") {
  using uq = hijri::umm_al_qura;
  for (int y = 1300; y <= 1600; ++y) {
    const unsigned len = hijri::days_in_year<uq>(hijri::year{y});
    CHECK((len == 354 || len == 355 || len == 353 || len == 356));
  }
  // 1442 = 2 (mod 30), a leap year of the type II cycle; 1443 is not.
  CHECK(hijri::days_in_year<hijri::civil>(hijri::year{1442}) == 355);
  CHECK(hijri::days_in_year<hijri::civil>(hijri::year{1443}) == 354);
  CHECK_FALSE(H<uq>(1445, 13, 1).ok());
  CHECK_FALSE(H<uq>(1445, 1, 0).ok());
  CHECK_FALSE(H<uq>(1445, 1, 31).ok());
  CHECK_FALSE(H<hijri::civil>(1445, 2, 30).ok());  // even months have 29 days
  CHECK(H<hijri::civil>(1445, 1, 30).ok());
  CHECK_FALSE(H<uq>(32001, 1, 1).ok());
  const auto a = H<hijri::civil>(1445, 1, 30) + date::months{1};
  CHECK_FALSE(a.ok());
  CHECK(hijri::clamp_day(a) == H<hijri::civil>(1445, 2, 29));
  CHECK(H<uq>(1445, 12, 10) + date::months{1} == H<uq>(1446, 1, 10));
  CHECK(H<uq>(1445, 1, 10) - date::years{2} == H<uq>(1443, 1, 10));
}

TEST_CASE("hijri: Umm al-Qura as printed, against the newspaper issues, KFUPM and KACST references",
          "[hijri][printed]") {
  using P = hijri::umm_al_qura_printed;
  int n = 0, newspaper = 0, kfupm = 0, kacst = 0, later_listing_differs = 0;
  for (const auto& row : test::read_csv(test::data_path("umm_al_qura_printed_references.csv"))) {
    const test::ymd h = test::parse_ymd(row[1]);
    const sys_days g = test::gregorian(row[2]);
    INFO(row[0] << " " << row[1] << " = " << row[2]);
    // KACST's website gives today's computed calendar; from 1451 taqvim
    // follows KACST's own converter (ICU's table), not this older listing.
    if (row[0] == "kacst-website" && h.y > 1450) {
      later_listing_differs += sys_days{H<hijri::umm_al_qura>(static_cast<int>(h.y), h.m, h.d)} != g;
      continue;
    }
    const auto p = H<P>(static_cast<int>(h.y), h.m, h.d);
    CHECK(p.ok());
    CHECK(sys_days{p} == g);
    CHECK(hijri::year_month_day<P>{g} == p);
    CHECK_FALSE(p.approximate());
    newspaper += row[0] == "newspaper";
    kfupm += row[0] == "kfupm";
    kacst += row[0] == "kacst-website";
    ++n;
  }
  CHECK(newspaper == 380);
  CHECK(kfupm == 672);
  CHECK(kacst == 240);
  // The older listing departs from KACST's current converter (ICU's table) in
  // 211 of the 600 months 1451..1500 (docs/calendars.md).
  CHECK(later_listing_differs == 211);
}

TEST_CASE("hijri: every month start of the printed Umm al-Qura data", "[hijri][printed]") {
  using P = hijri::umm_al_qura_printed;
  std::ifstream in(test::project_path("data/umm_al_qura_printed_month_starts.txt"));
  REQUIRE(in);
  std::string line;
  int n = 0, differ_before_1420 = 0, months_before_1420 = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    int y = 0;
    unsigned m = 0;
    char date_text[16] = {};
    REQUIRE(std::sscanf(line.c_str(), "%d/%u %15s", &y, &m, date_text) == 3);
    INFO(line);
    const auto p = H<P>(y, m, 1);
    CHECK(sys_days{p} == test::gregorian(date_text));
    CHECK(hijri::year_month_day<P>{test::gregorian(date_text)} == p);
    CHECK_FALSE(p.approximate());
    if (y < 1420) {
      ++months_before_1420;
      differ_before_1420 += sys_days{p} != sys_days{H<hijri::umm_al_qura>(y, m, 1)};
    } else {
      // From 1420 the printed calendar is the computed one.
      CHECK(sys_days{p} == sys_days{H<hijri::umm_al_qura>(y, m, 1)});
    }
    ++n;
  }
  CHECK(n == 1297);
  CHECK(months_before_1420 == 924);
  CHECK(differ_before_1420 == 529);
  // Months of 28 and 31 days, as printed.
  CHECK(hijri::last_day<P>(hijri::year{1343}, hijri::ramadan) == date::day{28});
  CHECK(hijri::last_day<P>(hijri::year{1345}, hijri::jumada_al_ula) == date::day{31});
  CHECK_FALSE(H<P>(1343, 9, 29).ok());
  CHECK(H<P>(1345, 5, 31).ok());
  // From 1451 the computed table; before 1343 the computed table joined on (approximate).
  CHECK(sys_days{H<P>(1460, 1, 1)} == sys_days{H<hijri::umm_al_qura>(1460, 1, 1)});
  CHECK_FALSE(H<P>(1460, 1, 1).approximate());
  CHECK(H<P>(1342, 12, 1).approximate());
  CHECK(H<P>(1601, 1, 1).approximate());
}
