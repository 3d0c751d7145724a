// Stages after resolution that relate one match to its neighbours: one
// day written twice is one match (join), and a Hijri day the text pins
// fixes the others of its month (sighting).
#ifndef TAQVIM_SRC_ENGINE_JOIN_H
#define TAQVIM_SRC_ENGINE_JOIN_H

#include <taqvim/calendar.h>
#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/scan.h"

namespace taqvim {
namespace engine {

// The longest gap between two forms of one date, and the longest match they
// make together (a date, its time and two twins run to about 250 bytes).
constexpr std::size_t max_join_gap = 96;
constexpr std::size_t max_joined = 480;

// How far from a Hijri day the text pinned (sighting) another day of that
// month is read by it: about two sentences. A document_stream reads this
// much more again around a piece's boundary.
constexpr std::size_t sighting_reach = 384;

// A resolved match with the tokens it was read from.
struct read_match {
  match m;
  std::uint32_t tb, te;
  unsigned calendars;  // bit c for each written_calendar c joined into it
  bool twins;          // joined after a word like الموافق: the forms after و are twins too
  bool month_only = false;  // a Gregorian month with no year, read for الشهر ذاته من 2013 only
  // A Hijri day in it that the text pinned (its twin, its weekday, a day
  // it is said to be): the rule it was computed by, the day computed and
  // the day the text gave. The month's other days move as it did.
  bool pinned = false;
  calendar hijri_rule = calendar::hijri_umm_al_qura;
  date::local_days computed{}, stated{};

  void pin(const match& hijri, date::local_days day) noexcept { pin(hijri.rule, hijri.first, day); }
  void pin(calendar rule, date::local_days day_computed, date::local_days day) noexcept {
    pinned = true;
    hijri_rule = rule;
    computed = day_computed;
    stated = day;
  }
};

// The document the matches were read from: the text, folded, and its tokens.
struct document {
  std::string_view text;
  const text::folded_text& folded;
  const std::vector<scan::token>& tokens;
};

// One day written twice, or named and then written, is one match: a
// relative day or weekday and its date (امروز: دوشنبه، ۱۷ دی ۱۴۰۳; اليوم،
// الثلاثاء), a date and its twin in another calendar (۲۰ خرداد ۱۴۰۰ شمسی و
// ۲۹ شوال ۱۴۴۲; ٢٤ ذو الحجة ١٣٩٦هـ، الموافق: ١٦ ديسمبر ١٩٧٦م) or its weekday in
// brackets (یکم آبان ۱۴۰۱ (یکشنبه)), with only punctuation, و, في/در,
// يوم/روز and words like الموافق/مصادف با between them. Two different days
// are one only after such a word: a weekday and the date it names (يوم الأحد
// المقبل الموافق 15 شباط: the written date, weekday_mismatch when they
// differ), a Hijri date and its Gregorian twin a day or two off (the twin's
// day, dual_mismatch: sighting). a takes `next` in and returns true, or
// nothing changes.
bool join(const document& d, read_match& a, const read_match& next);

// A day, or a month or part of one: an end a range can have. Not a clock
// time (من الساعة 10 حتى 12 is the grammar's; `clock` allows one), a year, a
// week, a span of days, nor a named day (عطلة عيد الفطر إلى الأربعاء المقبل:
// the holiday lasts until then; the Eid is its own day).
bool end_of_range(const document& d, const read_match& r, bool clock = false) noexcept;

// The same day or month moved by whole years of the calendar it was
// written in (its rule); false when that day does not exist then.
bool move_years(match& m, int years, int hijri_offset) noexcept;

// Sighting: a Hijri day the text says another day is (الخميس 24 سبتمبر أول
// أيام عيد الأضحى; امروز جمعه را عید فطر اعلام کرد; عيد الأضحى يحل يوم الإثنين
// 12 غشت 2019), a day or two off the computed one, is that day, flagged
// dual_mismatch; and the other days of a Hijri month the text pinned (here
// or by a twin or weekday) move as that day did: the month began when the
// text says it did. Only near the pin (sighting_reach), and not back across
// a line: what follows a document's last line changes nothing in it.
void sight(const document& d, std::vector<read_match>& read, int hijri_offset);

// يومي, ليومي, بيومي, ليومين ("the two days", with a proclitic), روزهای at
// token k: a dual before two weekdays.
bool two_days(const document& d, std::size_t k);

// يومي, أيام, روزهای at token k: before a list of days that are one span.
bool days_word(const document& d, std::size_t k);

// Weekdays listed one after another (الأربعاء والخميس, أيام الأحد والاثنين
// والثلاثاء المقبلة, یکشنبه، دوشنبه و سه شنبه هفته آینده), joined by و or
// commas, are one span of days; a qualified one (a word like المقبلة, a
// named week, اليوم or غد) places them, or else the first. Run by
// join_ranges first.
void join_weekday_lists(const document& d, std::vector<read_match>& read);

// Ranges whose ends were read apart (از فردا سه شنبه تا یک شنبه آینده,
// ابتدای مهرماه ۱۴۰۰ تا ۱۴ فروردینماه): two days or months with one word
// like تا, إلى, حتى between them are one interval from the first's first
// day to the second's last; a year written at one end holds for the other,
// and a bare weekday at the end is the first after the start.
void join_ranges(const document& d, std::vector<read_match>& read, int hijri_offset);

// How far before a date "of the same year" the date whose year it takes may
// stand (source bytes); a document_stream reads more than this again.
constexpr std::size_t same_year_reach = 256;

// من نفس العام, من العام نفسه, في العام ذاته, من ذات العام, همان سال, از
// همان سال at token k: the token after the phrase, or 0.
std::uint32_t same_year_after(const document& d, std::uint32_t k);

// في 24 سبتمبر من نفس العام, ۱۵ مرداد همان سال: a day or month without its
// year, then words for "the same year", is in the year of the last date
// written before it (near, and of its calendar); the words join the match.
// With no such date in reach the match is dropped (its year is out of
// sight), and a Gregorian month without a reference waits here for its year.
void same_year(const document& d, std::vector<read_match>& read, int hijri_offset);

// يوم 14 جوان و25 أكتوبر 2021, ۱۴ خرداد و ۲۵ مهر ۱۴۰۰: a day without its
// year, then و and a day of the same calendar with its year, is in that
// year (the year before when its month comes later in the year).
void year_of_next(const document& d, std::vector<read_match>& read, int hijri_offset);

// يوم الخميس 28 من الشهر ذاته, الثامن من الشهر نفسه, في 18 منه: a day of
// "the same month" is in the month of the last date written before it (near, within
// same_year_reach, not relative, no named day), in that date's calendar;
// its weekday, when written, is checked against the day found. Without
// such a date it names no day and is dropped.
void same_month(const document& d, std::vector<read_match>& read, int hijri_offset);

// نفس الشهر من العام السابق 2022, الشهر المماثل من عام 2023م, بالشهر نفسه
// من العام الماضي: "the same month of" a year is the month of the last month
// or day written before it (near; no relative day) in that year, and نفس الربع the
// quarter last written (called by same_month).
void same_month_of_year(const document& d, std::vector<read_match>& read, int hijri_offset);

}  // namespace engine
}  // namespace taqvim

#endif
