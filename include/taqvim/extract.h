// Finding dates in Persian and Arabic text.
//
//   taqvim::extract_options opt;
//   opt.reference = taqvim::reference_time::parse("2023-08-06T12:00+03:30");
//   for (const taqvim::match& m : taqvim::extract(text, opt)) {
//     std::string_view surface = text.substr(m.begin, m.end - m.begin);
//     std::string value = taqvim::format_value(m);      // "2023-08-06", "2023-07-23/2023-08-22" ...
//   }
//
// Matches come in text order, never overlap, and carry UTF-8 byte offsets
// into the caller's original text. Nothing is thrown for any text: invalid
// UTF-8 is skipped as non-text. Options that cannot be used (an unknown zone
// name) are a programmer's error: std::invalid_argument, thrown before any
// text is read (see check()).
#ifndef TAQVIM_EXTRACT_H
#define TAQVIM_EXTRACT_H

#include <taqvim/calendar.h>

#include <date/date.h>

#include <cstdint>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace taqvim {

// The calendar an expression was written in.
enum class written_calendar : unsigned char { gregorian, jalali, hijri, relative };

// How precise the value is.
enum class granularity : unsigned char { year, month, week, day, hour, minute, second };

// What a reader should know about a match (bit flags; see SCHEMA names).
enum match_flag : std::uint16_t {
  flag_none = 0,
  flag_weekday_mismatch = 1 << 0,  // the written weekday disagrees with the date
  flag_year_inferred = 1 << 1,     // the year came from the reference
  flag_calendar_guessed = 1 << 2,  // e.g. a bare 14xx year with no month name or marker
  flag_approximate = 1 << 3,       // outside a calendar's table
  flag_dual_mismatch = 1 << 4,     // two written forms of one date disagree
  flag_tz_gap = 1 << 5,            // the local time was skipped by a clock change
  flag_tz_overlap = 1 << 6,        // the local time happened twice
  flag_unresolved = 1 << 7,        // no reference: the value is underspecified
  flag_invalid_date = 1 << 8,      // the written day does not exist (Esfand 30 of a common year);
                                   // the value is where the day count spills (1 Farvardin)
};

// The moment relative and year-less expressions resolve against.
struct reference_time {
  date::local_days day{};        // local calendar day
  std::int32_t seconds = 0;      // seconds into that day
  std::int32_t offset_minutes = 0;
  bool has_time = false;
  bool has_offset = false;
  // Only the year of the text's days is known from it (a day a sentence
  // near the top tells, not a dateline): a day without its year takes the
  // year nearest it, but a relative word, a bare weekday or a clock alone
  // is not resolved against it.
  bool year_only = false;

  // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)"; nullopt when malformed.
  static std::optional<reference_time> parse(std::string_view s) noexcept;
};

// The parts of a date as the text wrote them, before any reference or
// calendar arithmetic; 0 (year, month, day) or -1 (the others): not written.
struct written_fields {
  std::int32_t year = 0;     // in the written calendar; two-digit years as written (99)
  std::uint8_t month = 0;    // 1..12 of the written calendar
  std::uint8_t day = 0;      // 1..31
  std::int8_t weekday = -1;  // 0 = Sunday
  std::int8_t hour = -1, minute = -1, second = -1;

  friend constexpr bool operator==(const written_fields& a, const written_fields& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.weekday == b.weekday && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second;
  }
  friend constexpr bool operator!=(const written_fields& a, const written_fields& b) noexcept { return !(a == b); }
};

// One date expression found in text.
struct match {
  std::size_t begin = 0;  // UTF-8 byte offsets into the original text, end exclusive
  std::size_t end = 0;
  written_calendar calendar = written_calendar::gregorian;
  taqvim::granularity granularity = taqvim::granularity::day;
  std::uint16_t flags = flag_none;

  // The value as an inclusive interval of days (first == last for one day):
  // days of the wall calendar, in no zone (date::local_days; the calendars'
  // sys_days count them alike, sys_days{first.time_since_epoch()}).
  // For an underspecified match (flag_unresolved) only the fields below are set.
  date::local_days first{};
  date::local_days last{};
  // Time of day when written (granularity hour/minute/second), local to the
  // zone; offset_minutes is that zone's UTC offset at that moment.
  std::int32_t seconds = -1;
  std::int32_t offset_minutes = 0;

  // Gregorian month and day of an underspecified match ("XXXX-10-06"); 0 if unknown.
  unsigned unresolved_month = 0;
  unsigned unresolved_day = 0;
  // Its last day when it is a range of days ("XXXX-11-25/XXXX-11-27"); 0 for one day.
  unsigned unresolved_last_month = 0;
  unsigned unresolved_last_day = 0;

  // The calendar the value was worked out in, with its Hijri rule
  // (hijri_iran, hijri_umm_al_qura_printed, ...): for a relative expression,
  // the calendar its months and years count in.
  taqvim::calendar rule = taqvim::calendar::gregorian;
  // What the text wrote.
  written_fields written;

  // Resolved from the reference (today, last week, a bare weekday, three
  // days ago), not written as a date.
  constexpr bool relative() const noexcept { return calendar == written_calendar::relative; }
  // The moment, when a clock time is known: the first day at that local
  // time, less the zone's offset.
  std::optional<date::sys_seconds> instant() const noexcept {
    if (seconds < 0 || (flags & flag_unresolved)) return std::nullopt;
    return date::sys_seconds{first.time_since_epoch()} + std::chrono::seconds{seconds} -
           std::chrono::minutes{offset_minutes};
  }

  friend bool operator==(const match& a, const match& b) noexcept {
    return a.begin == b.begin && a.end == b.end && a.calendar == b.calendar && a.granularity == b.granularity &&
           a.flags == b.flags && a.first == b.first && a.last == b.last && a.seconds == b.seconds &&
           a.offset_minutes == b.offset_minutes && a.unresolved_month == b.unresolved_month &&
           a.unresolved_day == b.unresolved_day && a.unresolved_last_month == b.unresolved_last_month &&
           a.unresolved_last_day == b.unresolved_last_day && a.rule == b.rule && a.written == b.written;
  }
  friend bool operator!=(const match& a, const match& b) noexcept { return !(a == b); }
};

struct extract_options {
  // When absent, a publication date found in the text itself serves; when
  // there is none, year-less and relative expressions stay underspecified.
  std::optional<reference_time> reference;
  // IANA zone in which clock times are read; empty: the zone of the text's
  // variety (Asia/Tehran; Asia/Kabul for Afghan Persian).
  std::string tz;
  // The Hijri rule of Persian text and of Arabic text; unset: Iran's
  // official lunar calendar for Persian of Iran, Umm al-Qura otherwise (in
  // Arabic text, 1343-1420 AH as it was printed then: hijri-printed; before
  // 1343 AH, when none was printed, the computed one).
  std::optional<calendar> hijri_persian;
  std::optional<calendar> hijri_arabic;
  // Days added to every Hijri date the rule gives (-2..+2), for a local
  // sighting that differs from it: +1 moves 1 Ramadan 1445 AH from
  // 2024-03-11 (Umm al-Qura) to 2024-03-12. A date the text pins by its own
  // Gregorian twin or weekday keeps the day the text states.
  int hijri_offset = 0;
  // "fa", "fa-AF" (Afghan Persian) or "ar" (also "ar-EG" and the like) when
  // known; empty: the text's letters decide.
  std::string lang;
  // With no reference, look for the document's own publication line; when
  // false, year-less and relative expressions stay underspecified.
  bool publication_line = true;
};

// Why `options` cannot be used — an unknown zone or language, a Hijri
// offset outside -2..+2 — or an empty
// string when they can. extract() and document_stream check their options
// before reading any text and throw std::invalid_argument with this
// message; callers that serve many records check each record's options
// first and report the record instead.
[[nodiscard]] std::string check(const extract_options& options);

// The value in the forms of SCHEMA: "2023-08-06", "2023-08-06T19:17+03:30",
// "2023-10", "2022", "2023-07-23/2023-08-22", "XXXX-10-06".
std::string format_value(const match& m);

// The same text without allocating, for writers of many matches:
//   taqvim::value_buffer v;
//   taqvim::format_value(m, v);  // v.view() == "2023-08-06"
// Every value fits (the longest, an interval of five-digit years, is 25 bytes).
struct value_buffer {
  char data[48];
  std::size_t size = 0;
  std::string_view view() const noexcept { return {data, size}; }
};
void format_value(const match& m, value_buffer& out) noexcept;

// The names SCHEMA uses for the calendar, the granularity and the flags;
// name() of a flag takes a single bit, and is empty for an undefined one.
std::string_view name(written_calendar c) noexcept;
std::string_view name(granularity g) noexcept;
std::string_view name(match_flag f) noexcept;
std::vector<std::string_view> flag_names(std::uint16_t flags);

// The document's own publication date, as extract() finds it when
// options.reference is absent: a full date after a label such as
// تاریخ انتشار or تاريخ النشر, else the first full date near the top. For
// callers that feed one document in pieces and want each piece resolved
// against the same date.
std::optional<reference_time> publication_date(std::string_view text, const extract_options& options = {});

// One document fed in pieces, for texts too large to hold at once:
//
//   taqvim::document_stream ds(options);
//   std::string buf;                     // unconsumed text
//   while (read more into buf) {
//     std::size_t used = ds.feed(buf, at_end, visit);
//     buf.erase(0, used);
//   }
//
// feed() reports each match once, with offsets into the whole document, and
// returns how many leading bytes of `piece` it is done with; the caller
// keeps the rest and puts more text after it. The last kilobyte or so of a
// piece that is not final is read again with the next one, so a date cut by
// a piece boundary is still found whole. The first piece decides what the
// whole document is read with: its publication line is the reference when
// options.reference is absent (and no later line is looked for), and its
// letters the language when options.lang is empty; options() then says so,
// and extract(document, stream.options()) gives the same matches.
class document_stream {
 public:
  // Throws std::invalid_argument when check(options) finds a fault.
  explicit document_stream(extract_options options);

  // The options the document is read with: those given, completed by the
  // first piece as above.
  const extract_options& options() const noexcept { return options_; }

  template <class Visitor>
  std::size_t feed(std::string_view piece, bool final, Visitor&& visit) {
    using V = std::remove_reference_t<Visitor>;
    return feed_each(
        piece, final, [](const match& m, void* c) { (*static_cast<V*>(c))(m); },
        const_cast<void*>(static_cast<const void*>(&visit)));
  }

 private:
  std::size_t feed_each(std::string_view piece, bool final, void (*visit)(const match&, void*), void* context);
  extract_options options_;
  std::size_t base_ = 0;      // document offset of the next piece's first byte
  std::size_t reported_ = 0;  // end of the last match reported
  std::size_t done_ = 0;      // the text before this is read: later pieces report only matches ending past it
  bool started_ = false;
};

// All matches in text order.
std::vector<match> extract(std::string_view text, const extract_options& options = {});

namespace detail {
void extract_each(std::string_view text, const extract_options& options,
                  void (*visit)(const match&, void*), void* context);
}

// The same, handing each match to `visit` (any callable taking const match&)
// as it is found; allocates nothing per match.
template <class Visitor>
void extract(std::string_view text, const extract_options& options, Visitor&& visit) {
  using V = std::remove_reference_t<Visitor>;
  detail::extract_each(
      text, options, [](const match& m, void* c) { (*static_cast<V*>(c))(m); },
      const_cast<void*>(static_cast<const void*>(&visit)));
}

}  // namespace taqvim

#endif
