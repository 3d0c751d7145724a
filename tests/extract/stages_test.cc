// The stages of the extractor one at a time: a grammar rule on the tokens
// of a folded text, and resolution as a pure function of an expression, a
// reference day, a variety and a Hijri rule (docs/architecture.md).
#include <taqvim/text/normalize.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <type_traits>
#include <vector>

#include "grammar/grammar.h"
#include "lang/profile.h"
#include "lexicon/scan.h"
#include "resolve/easter.h"
#include "resolve/resolve.h"

namespace {

using taqvim::grammar::expression;
using taqvim::grammar::shape;
using taqvim::grammar::system;

// The tokens of a text, as the driver makes them.
struct tokens {
  taqvim::text::folded_text folded;
  std::vector<taqvim::scan::token> toks;
  explicit tokens(const std::string& s) {
    taqvim::text::fold(s, folded);
    std::vector<std::uint32_t> starts;
    std::vector<std::uint64_t> stops;
    taqvim::scan::tokenize(folded.text(), toks, starts, stops);
  }
};

const taqvim::lang::profile& persian = taqvim::lang::profile_of(taqvim::lang::variety::fa);
const taqvim::lang::profile& arabic = taqvim::lang::profile_of(taqvim::lang::variety::ar);

// A match's days are wall-calendar days in no zone; its instant is the
// first day at the written clock time, less the zone's offset.
static_assert(std::is_same_v<decltype(taqvim::match::first), date::local_days>);
static_assert(std::is_same_v<decltype(taqvim::match::last), date::local_days>);

date::local_days day(int y, unsigned m, unsigned d) {
  return date::local_days{date::year{y} / static_cast<int>(m) / static_cast<int>(d)};
}

}  // namespace

TEST_CASE("stages: a rule reads the fields as written from tokens", "[extract][stages]") {
  SECTION("day_month_year") {
    tokens t("سه‌شنبه ۱۴ آذر ۱۴۰۲");
    const taqvim::grammar::grammar g(t.folded.text(), t.toks, persian);
    expression e;
    REQUIRE(g.day_month_year(0, e));
    CHECK(e.s == shape::date);
    CHECK(e.sys == system::jalali);
    CHECK(e.year == 1402);
    CHECK(e.month == 9);
    CHECK(e.day == 14);
    CHECK(e.weekday == 2);
    CHECK(e.te == t.toks.size());
  }
  SECTION("nth_weekday, and the day-month rule does not take it") {
    tokens t("آخر جمعة من رمضان");
    const taqvim::grammar::grammar g(t.folded.text(), t.toks, arabic);
    expression e;
    REQUIRE(g.nth_weekday(0, e));
    CHECK(e.s == shape::nth_weekday);
    CHECK(e.inner == shape::month);
    CHECK(e.weekday == 5);
    CHECK(e.offset == -1);
    CHECK(e.month == 9);
    CHECK(e.sys == system::hijri);
  }
  SECTION("a date read again at its token, after another token's, reads the same") {
    // The range rule reads its first end where the day-month rule read.
    tokens t("۱۵ مرداد تا ۲ شهریور ۱۴۰۲");
    const taqvim::grammar::grammar g(t.folded.text(), t.toks, persian);
    expression first, second, again, none;
    REQUIRE(g.day_month_year(0, first));
    CHECK(first.day == 15);
    CHECK(first.month == 5);
    CHECK(first.year == 0);
    REQUIRE(g.day_month_year(3, second));
    CHECK(second.day == 2);
    CHECK(second.month == 6);
    CHECK(second.year == 1402);
    REQUIRE(g.day_month_year(0, again));
    CHECK(again.day == 15);
    CHECK(again.month == 5);
    CHECK(again.te == first.te);
    CHECK_FALSE(g.day_month_year(2, none));  // تا
    CHECK_FALSE(g.numeric_date_once(0, none));
    expression range;
    REQUIRE(g.range_expr(0, range));
    CHECK(range.s == shape::range);
    CHECK(range.te == t.toks.size());
  }
  SECTION("a rule is named in the table") {
    bool found = false;
    for (const taqvim::grammar::rule& r : taqvim::grammar::grammar::rules()) found = found || r.name == "nth_weekday";
    CHECK(found);
  }
}

TEST_CASE("stages: resolution is a pure function of the expression and its context", "[extract][stages]") {
  taqvim::resolve::context c;
  c.ref = {true, date::sys_days{day(2023, 8, 6).time_since_epoch()}};
  c.lang = &persian;
  c.hijri = taqvim::calendar::hijri_iran;
  c.zone = date::locate_zone("Asia/Tehran");

  SECTION("a year-less Jalali day takes the nearest year") {
    expression e;
    e.s = shape::date;
    e.sys = system::jalali;
    e.month = 9;
    e.day = 14;  // 14 Azar nearest 2023-08-06: 1402 (2023-12-05)
    taqvim::match m;
    taqvim::resolve::resolve(e, c, m);
    CHECK(m.first == day(2023, 12, 5));
    CHECK(m.flags == taqvim::flag_year_inferred);
  }
  SECTION("the same expression under another Hijri rule") {
    expression e;
    e.s = shape::date;
    e.sys = system::hijri;
    e.year = 1444;
    e.month = 12;
    e.day = 10;
    taqvim::match iran, uaq;
    taqvim::resolve::resolve(e, c, iran);
    taqvim::resolve::context c2 = c;
    c2.hijri = taqvim::calendar::hijri_umm_al_qura;
    taqvim::resolve::resolve(e, c2, uaq);
    CHECK(iran.first == day(2023, 6, 29));  // Iran's Eid al-Adha 1444
    CHECK(uaq.first == day(2023, 6, 28));   // Umm al-Qura's
  }
  SECTION("N years ago is a day") {
    expression e;
    e.s = shape::relative_year;
    e.offset = -3;
    e.counted = true;
    taqvim::match m;
    taqvim::resolve::resolve(e, c, m);
    CHECK(m.first == m.last);
    CHECK(m.granularity == taqvim::granularity::year);
    CHECK(m.first == day(2020, 8, 5));  // 15 Mordad 1399
  }
}

TEST_CASE("stages: Easter by both computuses, against python-dateutil's table", "[extract][stages][easter]") {
  // tests/data/easter_1583_2299.csv: dateutil.easter, EASTER_WESTERN and EASTER_ORTHODOX.
  std::ifstream in(std::string(TAQVIM_SOURCE_DIR) + "/tests/data/easter_1583_2299.csv");
  REQUIRE(in.good());
  std::string line;
  std::getline(in, line);  // header
  const auto parse = [](const std::string& s) {
    return date::sys_days{date::year{std::stoi(s.substr(0, 4))} / std::stoi(s.substr(5, 2)) / std::stoi(s.substr(8, 2))};
  };
  int years = 0;
  while (std::getline(in, line)) {
    const auto a = line.find(','), b = line.find(',', a + 1);
    const int y = std::stoi(line.substr(0, a));
    INFO(line);
    CHECK(taqvim::resolve::western_easter(y) == parse(line.substr(a + 1, b - a - 1)));
    CHECK(taqvim::resolve::orthodox_easter(y) == parse(line.substr(b + 1)));
    ++years;
  }
  CHECK(years == 717);
  static_assert(taqvim::resolve::western_easter(2024) == date::sys_days{date::year{2024} / 3 / 31}, "constexpr");
}
