// Text that looks like a date and is not: codes, counts, prices, scores,
// month names in their other senses, places named after dates. Alone they
// give no match; beside a real date, no match reaches into them.
#include <catch2/catch.hpp>

#include "check.h"

using xt::want;

TEST_CASE("negatives: numbers that are not years", "[extract][negatives]") {
  const auto o = xt::fixed();
  SECTION("news codes and counts") {
    for (const char* s : {"کد خبر 1515161", "کد خبر: ۱۵۱۵۱۶۱", "انتهی**1426", "ساختار 3+3", "200 وثيقة",
                          "۱۴۰۰ روستا", "در این طرح ۱۴۰۰ روستا آبرسانی شد", "تم توقيع 200 وثيقة"})
      xt::expect_none(s, o);
  }
  SECTION("a bare four-digit number with no marker") {
    for (const char* s : {"1402", "۱۴۰۲", "عدد 1402 را بنویسید", "حضر 1445 شخصا"}) xt::expect_none(s, o);
  }
  SECTION("version numbers, phone numbers, prices, percentages, scores") {
    for (const char* s : {"نسخه 1.2.3", "الإصدار 1.2.3", "021-6612-3456", "تلفن: ۰۲۱-۶۶۱۲-۳۴۵۶", "1,402 ریال",
                          "۱٬۴۰۲ تومان", "بسعر 1,402 دولار", "۱۵٪", "15%", "٪١٥", "ارتفع بنسبة ١٥٪",
                          "با نتیجه 2-1 برد", "فاز الفريق 2-1", "12.5.2023.1", "2.5"})
      xt::expect_none(s, o);
  }
  SECTION("a distance in metres, not a year with م") {
    for (const char* s : {"ركض مسافة 5000 م", "سباق 200 م"}) xt::expect_none(s, o);
  }
}

TEST_CASE("negatives: month names in their other senses", "[extract][negatives]") {
  const auto o = xt::fixed();
  SECTION("Mehr the news agency") {
    for (const char* s : {"خبرگزاری مهر", "به گزارش خبرگزاری مهر، وزیر گفت", "وكالة مهر للأنباء",
                          "نقلت وكالة مهر للأنباء عن المسؤول"})
      xt::expect_none(s, o);
  }
  SECTION("آب: water, and father") {
    for (const char* s : {"آب آشامیدنی", "قطع آب در تهران", "آب آشامیدنی ۲ روستا"}) xt::expect_none(s, o);
  }
  SECTION("تیر: a shot") { xt::expect_none("شلیک تیر هوایی", o); }
  SECTION("دی as a word") {
    for (const char* s : {"دی", "آزمایش دی\u200cان\u200cای", "او دی را دید"}) xt::expect_none(s, o);
  }
  SECTION("مارس: practised") {
    for (const char* s : {"مارس الضغط", "مارس الضغط على الحكومة"}) xt::expect_none(s, o);
  }
  SECTION("a month name alone, with no day, year or word month beside it") {
    for (const char* s : {"مرداد", "أكتوبر", "رمضان", "تیر", "اكتوبر", "مرداد هوا گرم است"}) xt::expect_none(s, o);
  }
  SECTION("Persian می, the verb prefix, is not May") {
    for (const char* s : {"قیمت ۲ برابر می\u200cشود", "دما به ۴۰ درجه می\u200cرسد", "تعداد به ۱۰ می\u200cرسد"})
      xt::expect_none(s, o);
  }
}

TEST_CASE("negatives: words that look like a count or a day", "[extract][negatives]") {
  const auto o = xt::fixed();
  SECTION("دو روزه: lasting two days") {
    for (const char* s : {"دو روزه", "سفر دو روزه", "یک دوره دو روزه"}) xt::expect_none(s, o);
  }
  SECTION("الثلاثين alone") {
    for (const char* s : {"الثلاثين", "في الثلاثين من عمره"}) xt::expect_none(s, o);
  }
  SECTION("اليوم before an ordinal: the Nth day of something, not today") {
    for (const char* s : {"في اليوم الأول من المؤتمر", "اليوم الثالث للحرب", "في الليلة الأولى من المهرجان",
                          "در دهمین روز از جنگ"})
      xt::expect_none(s, o);
  }
  SECTION("Friday in the name of the Friday prayer") {
    for (const char* s : {"امام جمعه", "نماز جمعه", "صلاة الجمعة", "خطبة الجمعة"}) xt::expect_none(s, o);
  }
}

TEST_CASE("negatives: places named after dates", "[extract][negatives]") {
  const auto o = xt::fixed();
  for (const char* s : {"شارع 14 رمضان", "خیابان ۱۵ خرداد", "ميدان 6 أكتوبر", "جسر 6 أكتوبر", "مدينة 6 أكتوبر"})
    xt::expect_none(s, o);
}

TEST_CASE("negatives: a trap beside a real date", "[extract][negatives]") {
  const auto o = xt::fixed();
  SECTION("a news code, then the date") {
    xt::expect_clear_of("کد خبر: 1515161 - ۱۵ مرداد ۱۴۰۲", o, "1515161");
    xt::expect("کد خبر: 1515161 - ۱۵ مرداد ۱۴۰۲", o, {{"۱۵ مرداد ۱۴۰۲", "jalali", "2023-08-06", "day"}});
  }
  SECTION("an end-of-story code, then a year-less date") {
    xt::expect_clear_of("انتهی**1426 ۲۰ مرداد", o, "1426");
    xt::expect("انتهی**1426 ۲۰ مرداد", o, {{"۲۰ مرداد", "jalali", "2023-08-11", "day", {"year_inferred"}}});
  }
  SECTION("the agency name after a date") {
    xt::expect("به گزارش خبرگزاری مهر، ۱۵ مرداد ۱۴۰۲", o, {{"۱۵ مرداد ۱۴۰۲", "jalali", "2023-08-06", "day"}});
    xt::expect("وكالة مهر للأنباء 9 أغسطس 2023", o, {{"9 أغسطس 2023", "gregorian", "2023-08-09", "day"}});
  }
  SECTION("a street and a date in one sentence") {
    const std::string text = "وقع الحادث في شارع 14 رمضان يوم 9 أغسطس 2023";
    xt::expect_clear_of(text, o, "14 رمضان");
    xt::expect(text, o, {{"9 أغسطس 2023", "gregorian", "2023-08-09", "day"}});
  }
  SECTION("a score and a price beside a date") {
    xt::expect_clear_of("فاز الفريق 2-1 يوم 9 أغسطس 2023", o, "2-1");
    xt::expect_clear_of("قیمت 1,402 تومان در ۱۵ مرداد ۱۴۰۲", o, "1,402");
  }
}
