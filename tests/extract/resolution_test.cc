// Resolution: which reference, which Hijri calendar, which zone offset, and
// what a match says when the written date is odd.
//
// Jalali and Umm al-Qura days were checked with ICU 72; Tehran's clock
// changes with the system tzdata (zdump): in 2022 the clock went from 00:00
// to 01:00 on 2022-03-22 and from 24:00 back to 23:00 on 2022-09-21, and
// Iran has kept +03:30 all year since 2023.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "check.h"

using xt::want;

TEST_CASE("resolution: a publication line serves as the reference", "[extract][resolution]") {
  const auto none = xt::unanchored();
  SECTION("Persian") {
    const std::string text =
        "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\n"
        "به گزارش خبرنگار ما، نشست امروز برگزار شد و دیروز نیز وزیر درباره آن سخن گفت.\n"
        "نشست بعدی ۲۰ مرداد خواهد بود.";
    xt::expect(text, none,
               {{"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", "jalali", "2023-08-06T19:17+03:30", "minute"},
                {"امروز", "relative", "2023-08-06", "day"},
                {"دیروز", "relative", "2023-08-05", "day"},
                {"۲۰ مرداد", "jalali", "2023-08-11", "day", {"year_inferred"}}});
  }
  SECTION("Arabic") {
    const std::string text = "نشر في: 9 أغسطس 2023\nعقد الاجتماع أمس في القاهرة، ويستأنف في 15 أغسطس.";
    xt::expect(text, none,
               {{"9 أغسطس 2023", "gregorian", "2023-08-09", "day"},
                {"أمس", "relative", "2023-08-08", "day"},
                {"15 أغسطس", "gregorian", "2023-08-15", "day", {"year_inferred"}}});
  }
  SECTION("a reference given by the caller wins") {
    const std::string text = "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\nنشست امروز برگزار شد.";
    xt::expect(text, xt::at("2024-01-01"),
               {{"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", "jalali", "2023-08-06T19:17+03:30", "minute"},
                {"امروز", "relative", "2024-01-01", "day"}});
  }
}

TEST_CASE("resolution: without any reference, relative expressions name no day: not reported",
          "[extract][resolution]") {
  const auto none = xt::unanchored();
  for (const char* s : {"امروز", "دیروز", "هفته گذشته", "اليوم", "أمس", "الأسبوع الماضي", "الأربعاء الماضي",
                        "شب جمعه", "ساعت ۱۰ صبح"})
    xt::expect_none(s, none);
  // With a reference the same words are dates.
  xt::expect_one("أمس", xt::at("2024-03-06"), {"أمس", "relative", "2024-03-05", "day"});
}

TEST_CASE("resolution: the Hijri calendar follows the text's language", "[extract][resolution][hijri]") {
  const auto o = xt::fixed();
  SECTION("Persian: Iran's calendar (Eid al-Adha 1444 on 8 Tir 1402)") {
    xt::expect_one("۱۰ ذی\u200cالحجه ۱۴۴۴", o, {"۱۰ ذی\u200cالحجه ۱۴۴۴", "hijri", "2023-06-29", "day"});
    // A named day with its date written after it is one expression: the date's.
    xt::expect_one("عید قربان ۱۰ ذی\u200cالحجه ۱۴۴۴ است", o,
                   {"عید قربان ۱۰ ذی\u200cالحجه ۱۴۴۴", "hijri", "2023-06-29", "day"});
  }
  SECTION("Arabic: Umm al-Qura") {
    xt::expect_one("10 ذو الحجة 1444", o, {"10 ذو الحجة 1444", "hijri", "2023-06-28", "day"});
    xt::expect_one("عيد الأضحى يوم 10 ذو الحجة 1444", o,
                   {"عيد الأضحى يوم 10 ذو الحجة 1444", "hijri", "2023-06-28", "day"});
  }
  SECTION("overridden by the options") {
    auto o2 = xt::fixed();
    o2.hijri_persian = taqvim::calendar::hijri_umm_al_qura;
    xt::expect_one("۱۰ ذی\u200cالحجه ۱۴۴۴", o2, {"۱۰ ذی\u200cالحجه ۱۴۴۴", "hijri", "2023-06-28", "day"});
    auto o3 = xt::fixed();
    o3.hijri_arabic = taqvim::calendar::hijri_iran;
    xt::expect_one("10 ذو الحجة 1444", o3, {"10 ذو الحجة 1444", "hijri", "2023-06-29", "day"});
    auto o4 = xt::fixed();
    o4.hijri_arabic = taqvim::calendar::hijri_civil;  // ICU islamic-civil: 2023-06-29
    xt::expect_one("10 ذو الحجة 1444", o4, {"10 ذو الحجة 1444", "hijri", "2023-06-29", "day"});
  }
  SECTION("the language hint decides over the letters") {
    xt::expect_one("10 ذو الحجة 1444", xt::at(xt::reference, "fa"),
                   {"10 ذو الحجة 1444", "hijri", "2023-06-29", "day"});
    xt::expect_one("۱۰ ذی\u200cالحجه ۱۴۴۴", xt::at(xt::reference, "ar"),
                   {"۱۰ ذی\u200cالحجه ۱۴۴۴", "hijri", "2023-06-28", "day"});
  }
}

TEST_CASE("resolution: Arabic with none of the Arabic-only letters is still Arabic", "[extract][resolution]") {
  // A short Arabic headline can lack every letter Persian does not have;
  // its words (the article, المقبل) are still not Persian.
  xt::expect_one("العام المقبل", xt::fixed(), {"العام المقبل", "relative", "2024", "year"});
  xt::expect_one("العام المقبل", xt::at(xt::reference, "ar"), {"العام المقبل", "relative", "2024", "year"});
}

TEST_CASE("resolution: a weekday that disagrees keeps the written date", "[extract][resolution]") {
  const auto o = xt::fixed();
  // 15 Mordad 1402 = 2023-08-06 is a Sunday, 2023-10-06 a Friday.
  xt::expect_one("سه شنبه ۱۵ مرداد ۱۴۰۲", o,
                 {"سه شنبه ۱۵ مرداد ۱۴۰۲", "jalali", "2023-08-06", "day", {"weekday_mismatch"}});
  xt::expect_one("الثلاثاء 6 أكتوبر 2023", o,
                 {"الثلاثاء 6 أكتوبر 2023", "gregorian", "2023-10-06", "day", {"weekday_mismatch"}});
  // Without its year, a date three days from the reference keeps the
  // nearest year: the weekday is the likelier slip (9 August 2022 was a
  // Tuesday, but the text is of 6 August 2023).
  xt::expect_one("الثلاثاء 9 أغسطس", o,
                 {"الثلاثاء 9 أغسطس", "gregorian", "2023-08-09", "day", {"weekday_mismatch", "year_inferred"}});
  // More than a month away, the weekday chooses among the nearest year and
  // the years either side of it: 9 November is a Thursday in 2023 (a
  // Wednesday in 2022, a Saturday in 2024), a Friday in none of them.
  xt::expect_one("الأربعاء 9 نوفمبر", o, {"الأربعاء 9 نوفمبر", "gregorian", "2022-11-09", "day", {"year_inferred"}});
  xt::expect_one("الجمعة 9 نوفمبر", o,
                 {"الجمعة 9 نوفمبر", "gregorian", "2023-11-09", "day", {"weekday_mismatch", "year_inferred"}});
  SECTION("and one that agrees is not flagged") {
    xt::expect_one("جمعه ۱۴ مهر ۱۴۰۲", o, {"جمعه ۱۴ مهر ۱۴۰۲", "jalali", "2023-10-06", "day"});
    xt::expect_one("الجمعة 6 أكتوبر 2023", o, {"الجمعة 6 أكتوبر 2023", "gregorian", "2023-10-06", "day"});
  }
}

TEST_CASE("resolution: Tehran's offset at the written moment", "[extract][resolution][tz]") {
  const auto o = xt::fixed();
  SECTION("summer 2021 had daylight saving time") {
    xt::expect_one("۱ مرداد ۱۴۰۰ ساعت ۱۰:۰۰", o,
                   {"۱ مرداد ۱۴۰۰ ساعت ۱۰:۰۰", "jalali", "2021-07-23T10:00+04:30", "minute"});
    xt::expect_one("23 يوليو 2021 الساعة 10:00", o,
                   {"23 يوليو 2021 الساعة 10:00", "gregorian", "2021-07-23T10:00+04:30", "minute"});
  }
  SECTION("summer 2023 did not") {
    xt::expect_one("۱۵ مرداد ۱۴۰۲ ساعت ۱۰:۰۰", o,
                   {"۱۵ مرداد ۱۴۰۲ ساعت ۱۰:۰۰", "jalali", "2023-08-06T10:00+03:30", "minute"});
  }
  SECTION("either side of the 2022 changes") {
    xt::expect_one("۲ فروردین ۱۴۰۱ ساعت ۰۱:۳۰", o,
                   {"۲ فروردین ۱۴۰۱ ساعت ۰۱:۳۰", "jalali", "2022-03-22T01:30+04:30", "minute"});
    xt::expect_one("۳۰ شهریور ۱۴۰۱ ساعت ۲۲:۳۰", o,
                   {"۳۰ شهریور ۱۴۰۱ ساعت ۲۲:۳۰", "jalali", "2022-09-21T22:30+04:30", "minute"});
    xt::expect_one("۳۱ شهریور ۱۴۰۱ ساعت ۰۰:۳۰", o,
                   {"۳۱ شهریور ۱۴۰۱ ساعت ۰۰:۳۰", "jalali", "2022-09-22T00:30+03:30", "minute"});
  }
  SECTION("a time the spring change skipped") {
    // 2 Farvardin 1401 = 2022-03-22.
    const std::string text = "۲ فروردین ۱۴۰۱ ساعت ۰۰:۳۰";
    const auto ms = xt::run(text, o);
    REQUIRE(ms.size() == 1);
    CHECK(xt::surface(text, ms[0]) == text);
    CHECK(xt::flag_string(ms[0].flags) == "tz_gap");
    CHECK(taqvim::name(ms[0].granularity) == "minute");
    // The offset in force before the change (docs/extraction.md).
    CHECK(taqvim::format_value(ms[0]) == "2022-03-22T00:30+03:30");
  }
  SECTION("a time the autumn change repeated") {
    // 30 Shahrivar 1401 = 2022-09-21.
    const std::string text = "۳۰ شهریور ۱۴۰۱ ساعت ۲۳:۳۰";
    const auto ms = xt::run(text, o);
    REQUIRE(ms.size() == 1);
    CHECK(xt::surface(text, ms[0]) == text);
    CHECK(xt::flag_string(ms[0].flags) == "tz_overlap");
    // The earlier of the two offsets (docs/extraction.md).
    CHECK(taqvim::format_value(ms[0]) == "2022-09-21T23:30+04:30");
  }
}

TEST_CASE("resolution: clock times in another zone", "[extract][resolution][tz]") {
  const auto riyadh = xt::at(xt::reference, "", "Asia/Riyadh");
  xt::expect_one("9 أغسطس 2023 الساعة 10:35", riyadh,
                 {"9 أغسطس 2023 الساعة 10:35", "gregorian", "2023-08-09T10:35+03:00", "minute"});
  xt::expect_one("۱ مرداد ۱۴۰۰ ساعت ۱۰:۰۰", riyadh,
                 {"۱ مرداد ۱۴۰۰ ساعت ۱۰:۰۰", "jalali", "2021-07-23T10:00+03:00", "minute"});
  // Tehran's gap is no gap in Riyadh.
  xt::expect_one("۲ فروردین ۱۴۰۱ ساعت ۰۰:۳۰", riyadh,
                 {"۲ فروردین ۱۴۰۱ ساعت ۰۰:۳۰", "jalali", "2022-03-22T00:30+03:00", "minute"});
}

TEST_CASE("resolution: a day the month does not have", "[extract][resolution]") {
  const auto o = xt::fixed();
  SECTION("Esfand 30 of a common year is no date") {
    // 1401 and 1402 are common, 1403 is leap.
    xt::expect_none("۳۰ اسفند ۱۴۰۱", o);
    xt::expect_none("سی\u200cام اسفند ۱۴۰۲", o);
  }
  SECTION("Esfand 30 of a leap year is an ordinary day") {
    xt::expect_one("۳۰ اسفند ۱۴۰۳", o, {"۳۰ اسفند ۱۴۰۳", "jalali", "2025-03-20", "day"});
  }
  SECTION("30 February, 31/02/2024, 35 مارس 2021") {
    xt::expect_none("30 فبراير 2023", o);
    xt::expect_none("31/02/2024", o);
    xt::expect_none("35 مارس 2021", o);
  }
  SECTION("the 30th of a Hijri month stands: the month kept may have had it") {
    // Umm al-Qura gives Shaban 1445 29 days (1 Shaban = 2024-02-11, 1 Ramadan
    // = 2024-03-11, ICU 72): its 30th is the day after the 29th.
    xt::expect_one("30 شعبان 1445 هـ", xt::at(xt::reference, "ar"),
                   {"30 شعبان 1445 هـ", "hijri", "2024-03-11", "day", {"invalid_date"}});
  }
}

TEST_CASE("resolution: the nearest year, a tie going to the past", "[extract][resolution]") {
  SECTION("Gregorian") {
    // 2023-03-01 and 2024-03-01 are 366 days apart; 2023-08-31 is 183 days from each.
    xt::expect_one("1 مارس", xt::at("2023-08-31"), {"1 مارس", "gregorian", "2023-03-01", "day", {"year_inferred"}});
    xt::expect_one("1 مارس", xt::at("2023-09-01"), {"1 مارس", "gregorian", "2024-03-01", "day", {"year_inferred"}});
  }
  SECTION("Jalali") {
    // 15 Mordad 1403 = 2024-08-05, 15 Mordad 1404 = 2025-08-06: 366 days;
    // 2025-02-04 is 183 days from each.
    xt::expect_one("۱۵ مرداد", xt::at("2025-02-04"), {"۱۵ مرداد", "jalali", "2024-08-05", "day", {"year_inferred"}});
    xt::expect_one("۱۵ مرداد", xt::at("2025-02-05"), {"۱۵ مرداد", "jalali", "2025-08-06", "day", {"year_inferred"}});
  }
}

TEST_CASE("resolution: weeks begin on Saturday", "[extract][resolution]") {
  SECTION("the reference a Saturday") {
    const auto sat = xt::at("2023-08-05");
    xt::expect_one("الأسبوع الماضي", sat, {"الأسبوع الماضي", "relative", "2023-07-29/2023-08-04", "week"});
    xt::expect_one("هفته جاری", sat, {"هفته جاری", "relative", "2023-08-05/2023-08-11", "week"});
  }
  SECTION("the reference a Friday") {
    const auto fri = xt::at("2023-08-04");
    xt::expect_one("الأسبوع الماضي", fri, {"الأسبوع الماضي", "relative", "2023-07-22/2023-07-28", "week"});
    xt::expect_one("هفته جاری", fri, {"هفته جاری", "relative", "2023-07-29/2023-08-04", "week"});
  }
}

TEST_CASE("resolution: two-digit years", "[extract][resolution]") {
  const auto o = xt::fixed();
  xt::expect_one("۱۳ آبان ۵۸", o, {"۱۳ آبان ۵۸", "jalali", "1979-11-04", "day"});
  xt::expect_one("9 أغسطس 23", o, {"9 أغسطس 23", "gregorian", "2023-08-09", "day"});
}

TEST_CASE("resolution: the visitor form gives the vector form's matches", "[extract][resolution][visitor]") {
  const std::string text =
      "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\n"
      "امروز یکشنبه، نشست از ۱۵ تا ۲۰ مرداد ادامه دارد. کد خبر 1515161\n"
      "22 ربيع الأول 1445هـ الموافق 7 أكتوبر 2023م، وأمس، والأسبوع المقبل، ۳ روز پیش، 1402/05/15";
  const auto same_both_ways = [&](const taqvim::extract_options& o) {
    xt::run(text, o);
    const std::vector<taqvim::match> all = taqvim::extract(text, o);
    CHECK(all.size() >= 8);
    std::vector<taqvim::match> seen;
    taqvim::extract(text, o, [&](const taqvim::match& m) { seen.push_back(m); });
    REQUIRE(seen.size() == all.size());
    for (std::size_t k = 0; k < all.size(); ++k) {
      INFO("match " << k << ": " << xt::describe(text, {all[k]}));
      CHECK(xt::same(seen[k], all[k]));
    }
  };
  SECTION("with a reference") { same_both_ways(xt::fixed()); }
  SECTION("without one") { same_both_ways(xt::unanchored()); }
  SECTION("with a language hint and another zone") { same_both_ways(xt::at("2021-07-01", "ar", "Asia/Riyadh")); }
  SECTION("a visitor that extracts again") {
    // The second call must not disturb the first one's state.
    const auto o = xt::fixed();
    const std::vector<taqvim::match> all = taqvim::extract(text, o);
    std::vector<taqvim::match> outer;
    taqvim::extract(text, o, [&](const taqvim::match& m) {
      outer.push_back(m);
      const std::vector<taqvim::match> inner = taqvim::extract(text, o);
      CHECK(inner.size() == all.size());
    });
    REQUIRE(outer.size() == all.size());
    for (std::size_t k = 0; k < all.size(); ++k) CHECK(xt::same(outer[k], all[k]));
  }
}

TEST_CASE("resolution: values in SCHEMA's forms, with and without allocation", "[extract][resolution]") {
  using date::days;
  using date::sys_days;
  using taqvim::granularity;
  using taqvim::written_calendar;
  const auto day = [](int y, unsigned m, unsigned d) {
    return sys_days{date::year{y} / date::month{m} / date::day{d}};
  };
  const auto make = [](written_calendar c, granularity g, sys_days first, sys_days last) {
    taqvim::match m;
    m.calendar = c;
    m.granularity = g;
    m.first = date::local_days{first.time_since_epoch()};
    m.last = date::local_days{last.time_since_epoch()};
    return m;
  };
  std::vector<std::pair<taqvim::match, std::string>> cases{
      {make(written_calendar::jalali, granularity::day, day(2023, 8, 6), day(2023, 8, 6)), "2023-08-06"},
      {make(written_calendar::gregorian, granularity::month, day(2023, 10, 1), day(2023, 10, 31)), "2023-10"},
      {make(written_calendar::gregorian, granularity::year, day(2022, 1, 1), day(2022, 12, 31)), "2022"},
      {make(written_calendar::jalali, granularity::month, day(2023, 7, 23), day(2023, 8, 22)),
       "2023-07-23/2023-08-22"},
      {make(written_calendar::relative, granularity::week, day(2023, 7, 29), day(2023, 8, 4)),
       "2023-07-29/2023-08-04"},
      // The extremes of the calendars' range: the longest values there are.
      {make(written_calendar::jalali, granularity::year, day(-31999, 3, 1), day(-31998, 2, 28)),
       "-31999-03-01/-31998-02-28"},
      {make(written_calendar::gregorian, granularity::year, day(32000, 1, 1), day(32000, 12, 31)), "32000"},
      {make(written_calendar::gregorian, granularity::day, day(5, 1, 2), day(5, 1, 2)), "0005-01-02"},
  };
  taqvim::match timed = make(written_calendar::jalali, granularity::second, day(2022, 9, 21), day(2022, 9, 21));
  timed.seconds = 23 * 3600 + 30 * 60 + 5;
  timed.offset_minutes = -(3 * 60 + 30);
  cases.emplace_back(timed, "2022-09-21T23:30:05-03:30");
  timed.granularity = granularity::minute;
  timed.offset_minutes = 4 * 60 + 30;
  cases.emplace_back(timed, "2022-09-21T23:30+04:30");
  taqvim::match unresolved;
  unresolved.flags = taqvim::flag_unresolved;
  unresolved.unresolved_month = 10;
  unresolved.unresolved_day = 6;
  cases.emplace_back(unresolved, "XXXX-10-06");
  unresolved.unresolved_month = 0;
  cases.emplace_back(unresolved, "XXXX-XX-XX");

  taqvim::value_buffer buffer;
  for (const auto& [m, want] : cases) {
    CAPTURE(want);
    CHECK(taqvim::format_value(m) == want);
    taqvim::format_value(m, buffer);
    CHECK(buffer.view() == want);
  }
}

TEST_CASE("resolution: every flag has its SCHEMA name, in bit order", "[extract][resolution]") {
  CHECK(taqvim::name(taqvim::flag_weekday_mismatch) == "weekday_mismatch");
  CHECK(taqvim::name(taqvim::flag_tz_overlap) == "tz_overlap");
  CHECK(taqvim::name(taqvim::flag_invalid_date) == "invalid_date");
  CHECK(taqvim::name(static_cast<taqvim::match_flag>(1U << 15)).empty());
  const std::vector<std::string_view> want{"year_inferred", "dual_mismatch", "tz_gap"};
  CHECK(taqvim::flag_names(taqvim::flag_tz_gap | taqvim::flag_year_inferred | taqvim::flag_dual_mismatch |
                           (1U << 15)) == want);
}

TEST_CASE("resolution: options are checked before any text is read", "[extract][resolution][options]") {
  taqvim::extract_options o;
  CHECK(taqvim::check(o).empty());
  o.tz = "Asia/Kabul";
  o.lang = "fa-AF";
  CHECK(taqvim::check(o).empty());
  o.tz = "Nowhere/Land";
  CHECK(taqvim::check(o) == "unknown time zone \"Nowhere/Land\"");
  // Not even a text without a clock time is read with an unknown zone.
  int visited = 0;
  CHECK_THROWS_AS(taqvim::extract("دیروز و ۱۵ مرداد ۱۴۰۲", o, [&](const taqvim::match&) { ++visited; }),
                  std::invalid_argument);
  CHECK(visited == 0);
  CHECK_THROWS_AS(taqvim::document_stream(o), std::invalid_argument);
  CHECK_THROWS_AS(taqvim::publication_date("۱۵ مرداد ۱۴۰۲", o), std::invalid_argument);
  o.tz.clear();
  o.lang = "en";
  CHECK(taqvim::check(o) == "unknown language \"en\" (fa, fa-AF or ar)");
  CHECK_THROWS_AS(taqvim::extract("x", o), std::invalid_argument);
  for (const char* code : {"fa", "fa-IR", "fa-AF", "fa_AF", "prs", "ar", "ar-EG", "ar_MA"}) {
    o.lang = code;
    INFO(code);
    CHECK(taqvim::check(o).empty());
  }
}

TEST_CASE("resolution: the zone of clock times follows the variety unless the options name one",
          "[extract][resolution][options]") {
  auto o = xt::at("2023-08-06");
  o.tz.clear();
  xt::expect("۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", o, {{"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", "jalali", "2023-08-06T19:17+03:30", "minute"}});
  o.lang = "fa-AF";  // Kabul keeps +04:30 all year
  xt::expect("۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", o, {{"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", "jalali", "2023-08-06T19:17+04:30", "minute"}});
  o.tz = "UTC";
  xt::expect("۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", o, {{"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷", "jalali", "2023-08-06T19:17+00:00", "minute"}});
}

TEST_CASE("resolution: a year-less late-month Jalali day takes its own day", "[extract][resolution]") {
  // 31 Shahrivar nearest 2024-03-06 is 31 Shahrivar 1402 = 2023-09-22 (ICU
  // 72), not a day clamped to the 29th.
  xt::expect("۳۱ شهریور", xt::at("2024-03-06"), {{"۳۱ شهریور", "jalali", "2023-09-22", "day", {"year_inferred"}}});
}

TEST_CASE("resolution: bare years are judged against a fixed present, not the clock", "[extract][resolution]") {
  // Without a reference a Hijri year is plausible up to ten years after
  // that of 2026-01-01 (1447 AH): 1457 is Hijri (28 Jumada II 1457 is
  // 2035-09-01 by Umm al-Qura), 1458 is not, whatever day the test runs.
  xt::expect("28/06/1457", xt::unanchored("ar"),
             {{"28/06/1457", "hijri", "2035-09-01", "day", {"calendar_guessed"}}});
  xt::expect("28/06/1458", xt::unanchored("ar"),
             {{"28/06/1458", "gregorian", "1458-06-28", "day", {"calendar_guessed"}}});
}

TEST_CASE("resolution: a match says what was written, the calendar it was resolved in, and its instant",
          "[extract][resolution][match]") {
  const auto o = xt::at("2023-08-06");
  const auto ms = xt::run("سه‌شنبه ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷ و ۱۰ رمضان ۱۴۴۵ و دیروز", o);
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].written == taqvim::written_fields{1402, 5, 15, 2, 19, 17, -1});
  CHECK(ms[0].rule == taqvim::calendar::jalali);
  CHECK(!ms[0].relative());
  // 19:17 at +03:30 is 15:47 UTC.
  REQUIRE(ms[0].instant());
  CHECK(*ms[0].instant() ==
        date::sys_seconds{date::sys_days{date::year{2023} / 8 / 6}} + std::chrono::hours{15} + std::chrono::minutes{47});
  CHECK(ms[1].written == taqvim::written_fields{1445, 9, 10, -1, -1, -1, -1});
  CHECK(ms[1].rule == taqvim::calendar::hijri_iran);  // Persian text: Iran's lunar calendar
  CHECK(!ms[1].instant());
  CHECK(ms[2].relative());
  CHECK(ms[2].rule == taqvim::calendar::jalali);  // relative months and years count in Jalali here
  // Value types: equal when every field is.
  taqvim::match copy = ms[0];
  CHECK(copy == ms[0]);
  copy.written.day = 16;
  CHECK(copy != ms[0]);
}

TEST_CASE("resolution: a reference known by its year only dates year-less days, not relative words",
          "[extract][resolution][reference]") {
  // The first date of the text is told within a sentence, not on a dateline:
  // publication_date gives it, marked year_only (the page's "today" is unknown).
  const std::string text = "ووقع المجاهد عمر المختار في الأسر يوم 11 سبتمبر 1931 بينما كان متوجها إلى البيضاء.";
  const auto found = taqvim::publication_date(text);
  REQUIRE(found);
  CHECK(found->day == date::local_days{date::year{1931} / 9 / 11});
  CHECK(found->year_only);
  const auto dateline = taqvim::publication_date("الثلاثاء، 11 أغسطس 2015\nأعلنت الوزارة اليوم عن خطة.");
  REQUIRE(dateline);
  CHECK_FALSE(dateline->year_only);
  // Given as options.reference, the same: 15 May takes the year nearest it;
  // today, a bare weekday and a clock alone are not reported.
  taqvim::extract_options o;
  o.lang = "ar";
  taqvim::reference_time r;
  r.day = date::local_days{date::year{2024} / 9 / 20};
  r.year_only = true;
  o.reference = r;
  const std::string said = "وصل الوفد اليوم، ويعود يوم الخميس. وكان الاجتماع في 15 مايو. ويبدأ الحفل الساعة 8 مساء.";
  const auto ms = taqvim::extract(said, o);
  REQUIRE(ms.size() == 1);
  CHECK(said.substr(ms[0].begin, ms[0].end - ms[0].begin) == "15 مايو");
  CHECK(ms[0].first == date::local_days{date::year{2024} / 5 / 15});
  r.year_only = false;
  o.reference = r;
  CHECK(taqvim::extract(said, o).size() == 4);
}
