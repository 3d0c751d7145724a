// The grammar: rules that read date expressions from tokens.
//
// Each rule is a small function that tries to read one family of expressions starting at a token and, on success, fills
// an expression and returns true. The rules share the pieces (a day, a month name, a year, a clock time) and the token
// tests below. Which reading wins when several rules read at one token, and how expressions may overlap, is the
// driver's business (src/engine/), not the rules'.
#ifndef TAQVIM_SRC_GRAMMAR_GRAMMAR_H
#define TAQVIM_SRC_GRAMMAR_GRAMMAR_H

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/expression.h"
#include "lang/profile.h"
#include "lexicon/lexicon.h"
#include "lexicon/scan.h"

namespace taqvim {
namespace grammar {

class grammar;

// What a token can be as the first of an expression: a number, a lexicon
// kind, a filler (the bits of start_bits()).
namespace start {
constexpr std::uint64_t number = 1;
constexpr std::uint64_t of(lexicon::kind k) { return std::uint64_t{2} << static_cast<unsigned>(k); }
constexpr std::uint64_t of(lexicon::filler_value f) { return std::uint64_t{1} << (33 + static_cast<unsigned>(f)); }
}  // namespace start

// The start bits of a token.
inline std::uint64_t start_bits(const scan::token& t) {
  return (t.t == scan::type::number ? start::number : 0) | std::uint64_t{t.kinds} << 1 |
         std::uint64_t{t.fillers} << 33;
}

// The calendar an era marker (or a holiday's calendar) names.
constexpr system era_system(std::int16_t era) noexcept {
  return era == lexicon::era_jalali ? system::jalali : era == lexicon::era_hijri ? system::hijri : system::gregorian;
}

// A named rule: reads one family of expressions at token i. It is tried
// only at tokens that have one of its start bits: every reading it accepts
// begins with such a token.
struct rule {
  std::string_view name;
  bool (grammar::*read)(std::size_t i, expression& out) const;
  std::uint64_t starts;
};

class grammar {
 public:
  using kind = lexicon::kind;
  using token = scan::token;
  using type = scan::type;

  // Marks each number of toks whole or not (token::plain) once, for the rules to ask at no cost.
  grammar(std::string_view folded, std::vector<token>& toks, const lang::profile& lang)
      : s_(folded),
        t_(toks),
        n_(toks.size()),
        persian_(lang.persian),
        varieties_(lang::entry_varieties(lang.id)),
        lex_(lexicon::table()) {
    for (std::size_t i = 0; i < n_; ++i)
      if (toks[i].t == type::number) toks[i].plain = whole_number(i);
  }

  // Every rule, in the order they are tried; a rule's index is its
  // expression::rule.
  static const std::vector<rule>& rules();

  // من كل عام, هر سال, كل يوم after token k (a comma, من or في may stand
  // first): what is read before it recurs, no month of one year, no time of
  // one day (يوم 08 مارس من كل عام, الخميس الأخير من أكتوبر، من كل عام).
  // Returns the token after the phrase, or 0. "Every day" (value 6) only
  // after a clock; "every week" (value 7) after a clock or a weekday alone.
  bool bracketed_date(std::size_t j, expression& p) const;  // (9 حزيران 2025) after a weekday
  // انتخابات مجلس الشيوخ 2020, مجلس النواب 2025: year token i (value v) names an election.
  bool election_year(std::size_t i, std::uint32_t v) const;
  std::size_t every_year_after(std::size_t k, bool clock, bool weekday = false) const;
  // The same past more weekdays listed after a weekday (الأربعاء والخميس من كل أسبوع).
  std::size_t every_week_after_list(std::size_t k) const;

  // Whether an expression can start at token i at all: a cheap test that
  // spares the recognizers most tokens (و, punctuation).
  bool can_start(std::size_t i) const {
    const token& t = t_[i];
    if (t.t == type::number) return true;
    if (t.t != type::lex) return false;
    constexpr unsigned starters =
        1U << static_cast<unsigned>(kind::month_jalali) | 1U << static_cast<unsigned>(kind::month_hijri) |
        1U << static_cast<unsigned>(kind::month_gregorian) | 1U << static_cast<unsigned>(kind::weekday) |
        1U << static_cast<unsigned>(kind::ordinal) | 1U << static_cast<unsigned>(kind::cardinal) |
        1U << static_cast<unsigned>(kind::relative) | 1U << static_cast<unsigned>(kind::holiday) |
        1U << static_cast<unsigned>(kind::part) | 1U << static_cast<unsigned>(kind::decade) |
        1U << static_cast<unsigned>(kind::months_of_year);
    if (t.kinds & starters) return true;
    if ((t.kinds & (1U << static_cast<unsigned>(kind::not_date))) && school_year_word(i) != i) return true;  // العام الدراسي 2025/2026
    // Words as common as در, از, من, في, قبل, بعد lead an expression only
    // when the right word follows them; most lexicon words lead none.
    constexpr unsigned leaders = 1U << static_cast<unsigned>(kind::direction) | 1U << static_cast<unsigned>(kind::unit) |
                                 1U << static_cast<unsigned>(kind::weekday_bare);
    constexpr unsigned leading_fillers =
        1U << lexicon::fill_day_word | 1U << lexicon::fill_eve | 1U << lexicon::fill_month_word |
        1U << lexicon::fill_last | 1U << lexicon::fill_century_word | 1U << lexicon::fill_range_from |
        1U << lexicon::fill_year_word | 1U << lexicon::fill_hour_word | 1U << lexicon::fill_decade_word |
        1U << lexicon::fill_in | 1U << lexicon::fill_week_word;
    if (!(t.kinds & leaders) && !(t.fillers & leading_fillers)) return false;
    const std::size_t j = i + 1;
    const bool count_next = number(j) || entry_of(j, kind::cardinal) || entry_of(j, kind::ordinal);
    if (direction(i, 0) && (count_next || entry_of(j, kind::unit))) return true;
    if (const auto* u = entry_of(i, kind::unit); u && u->value >= 1) return true;  // يومين, یکماه
    if (on_this_day(i) || (filler(i, lexicon::fill_in) && on_this_day(j))) return true;  // في مثل هذا اليوم, در چنین روزی
    if ((filler(i, lexicon::fill_day_word) || filler(i, lexicon::fill_eve)) && entry_of(j, kind::weekday)) return true;
    if (filler(i, lexicon::fill_day_word) && (punct(j, '(') || punct(j, '/')) && entry_of(j + 1, kind::weekday))
      return true;  // يوم (الأربعاء), يوم /الأحد/
    if (filler(i, lexicon::fill_day_word) && number(j) && (punct(j + 1, '/') || punct(j + 1, '-'))) return true;  // يوم 8/11, يوم 14-11
    if (filler(i, lexicon::fill_day_word) && number(j) && ((j + 1 < n_ && t_[j + 1].waw && filler(j + 1, lexicon::fill_day_word)) ||
                                                          (entry_of(j + 1, kind::connector) && filler(j + 2, lexicon::fill_day_word))))
      return true;  // يوم 10 ويوم 11, روز ۱۰ و روز ۱۱
    if (filler(i, lexicon::fill_eve) && punct(j, '"') && entry_of(j + 1, kind::weekday)) return true;  // ليلة "الخميس/الجمعة"
    if (filler(i, lexicon::fill_eve) && (entry_of(j, kind::holiday) || count_next)) return true;  // عشية عيد الفطر, ليلة 27 رمضان
    if (filler(i, lexicon::fill_day_word) && (entry_of(j, kind::ordinal) || filler(j, lexicon::fill_last)))
      return true;  // روز اول سال, روز آخر سال گذشته
    if (filler(i, lexicon::fill_month_word) && (month_name(j) || numbered_month(j))) return true;  // ماه شهریور, شهر 9
    if (filler(i, lexicon::fill_last) &&
        (entry_of(j, kind::weekday) || entry_of(j, kind::weekday_bare) || filler(j, lexicon::fill_day_word) ||
         entry_of(j, kind::unit) || (!persian_ && count_next)))
      return true;  // آخر جمعة, آخر سبت, آخر يوم, آخر أيام, آخر 3 أشهر
    if (filler(i, lexicon::fill_century_word) &&
        (entry_of(j, kind::ordinal) || number(j) || (article(j) && number(j + 1)) || entry_of(j, kind::weekday_qualifier) ||
         (persian_ && entry_of(j, kind::cardinal))))
      return true;  // القرن التاسع عشر, قرن ۲۱, القرن الـ20, القرن الماضي
    if ((t.fillers & (1U << lexicon::fill_century_word | 1U << lexicon::fill_year_word | 1U << lexicon::fill_month_word)) &&
        entry_of(j, kind::era) && entry_of(j + 1, kind::weekday_qualifier))
      return true;  // القرن الميلادي الماضي, العام الهجري المقبل, ماه میلادی گذشته
    if (filler(i, lexicon::fill_week_word) && (entry_of(j, kind::ordinal) || filler(j, lexicon::fill_last)))
      return true;  // هفته اول آذر
    if (filler(i, lexicon::fill_range_from) &&
        (count_next || month_name(j) || (article(j) && number(j + 1)) || (punct(j, '(') && number(j + 1)) || (filler(j, lexicon::fill_day_word) && plain_number(j + 1)) || (filler(j, lexicon::fill_month_word) && month_name(j + 1)) ||
         (entry_of(j, kind::part) && month_name(j + 1)) || ((filler(j, lexicon::fill_publication) || word_is(j, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE")) && number(j + 1))))  // از تاریخ ۱ آذر
      return true;  // از ۱۵ تا ۲۰ مرداد, بين كانون الأول وشباط, از ابتدای فروردین, من الـ 26 جويلية
    if (const std::size_t w = j + (filler(j, lexicon::fill_day_word) ? 1 : 0); filler(i, lexicon::fill_range_from) &&
        entry_of(w, kind::weekday) && (number(w + 1) || (filler(w + 1, lexicon::fill_equals) && number(w + 2))))
      return true;  // از شنبه ۱ تا پنجشنبه ۱۳ فروردین, از شنبه به تاریخ ۱ تا …
    if (entry_of(i, kind::weekday_bare)) {  // اثنين الاسبوع الحالي; ثلاثاء, 02/10/2026
      const auto* r = entry_of(filler(j, lexicon::fill_of) ? j + 1 : j, kind::relative);
      return (r && r->aux == lexicon::unit_week) || (punct(j, ',') && number(j + 1));
    }
    if (filler(i, lexicon::fill_range_from) && entry_of(j, kind::relative) &&
        entry_of(j, kind::relative)->aux == lexicon::unit_day)
      return true;  // از امروز تا فردا
    if (filler(i, lexicon::fill_range_from) && entry_of(j, kind::time_of_day) &&
        (entry_of(j + 1, kind::weekday) || number(j + 1)))
      return true;  // من فجر الجمعة 10 أكتوبر حتى صباح الأحد 12 أكتوبر
    // سال ۱۴۰۲; سال میلادی ۲۰۲۵, العام الجديد 2023, عام ألفين وثلاثة وعشرين, عام (1946), عام “2013”
    if (filler(i, lexicon::fill_year_word) &&
        (number(j) || filler(j, lexicon::fill_new) || entry_of(j, kind::era) || entry_of(j, kind::cardinal) || school_year_word(i) != i ||
         (!persian_ && entry_of(j, kind::ordinal) && entry_of(j + 1, kind::era)) ||  // العام السادس للهجرة
         (j < n_ && t_[j].t == type::punct && t_[j].punct != '.' && number(j + 1)) || (punct(j, '.') && touching(j + 1) && number(j + 1))))
      return true;  // سنة ,2008, العام .1982: a stray stop or comma glued to the year
    if (filler(i, lexicon::fill_hour_word) && (count_next || ((punct(j, ':') || punct(j, '(')) && number(j + 1)) || (article(j) && number(j + 1))))
      return true;  // ساعت: 18:00, الساعة الـ22:00, الساعة (8:00)
    if (filler(i, lexicon::fill_decade_word) &&
        (count_next || entry_of(j, kind::decade) ||
         (persian_ && (word_is(j, "\xD9\x87\xD8\xA7\xDB\x8C") || word_is(j, "\xDB\x8C")) &&
          (number(j + 1) || entry_of(j + 1, kind::cardinal)))))
      return true;  // دهه ۶۰, دهه‌های ۶۰ و ۷۰, دهه‌ی ۶۰, دهه ی شصت
    if (filler(i, lexicon::fill_in) && (filler(j, lexicon::fill_year_word) || filler(j, lexicon::fill_hour_word) ||
                                         (number(j) && (t_[j].digits == 4 || (t_[j].digits >= 2 && entry_of(j + 1, kind::era)))) ||
                                         (punct(j, 0) && plain_number(j + 1) && t_[j + 1].digits == 4)))
      return true;  // في عام 2022, في الساعة 10, في 1949, في 79هـ, في «1940»
    return false;
  }

  // The rules (rules_*.cc).
  bool numeric_date(std::size_t i, expression& p) const;           // 1402/05/15, 15.8.2023
  bool day_month_year(std::size_t i, expression& p) const;         // ۱۵ مرداد ۱۴۰۲
  bool numeric_date_once(std::size_t i, expression& p) const;      // numeric_date, p fresh (see reading)
  bool range_expr(std::size_t i, expression& p) const;             // ۱۵ تا ۲۰ مرداد
  bool year_range(std::size_t i, expression& p) const;             // 1280-1922 م, سال‌های ۱۳۸۸ تا ۱۳۹۲
  bool century(std::size_t i, expression& p) const;                // القرن التاسع عشر
  bool relative_expr(std::size_t i, expression& p) const, relative_read(std::size_t i, expression& p) const;  // دیروز, منذ يومين
  bool weekday_expr(std::size_t i, expression& p) const;           // الأربعاء الماضي
  bool weekdays_then_days(std::size_t i, expression& p) const;     // الثلاثاء والأربعاء 21 و22 أوت
  std::size_t weekly_schedule(std::size_t i) const;                // شنبه تا چهارشنبه 8:45 تا 9:00
  std::size_t weekday_hours(std::size_t i) const, hours_at(std::size_t j) const;  // (then) يوم الجمعة: من الساعة 8
  bool week_span_at(std::size_t j) const, hours_before_week_span(std::size_t k) const;  // … 2 ظهرا من الأحد إلى الخميس
  bool weekday_of_week(std::size_t i, expression& p) const;        // الأسبوع المقبل يوم الثلاثاء
  bool relative_day_range(std::size_t i, expression& p) const;     // از امروز تا فردا
  bool this_day_of_year(std::size_t i, expression& p) const;       // في مثل هذا اليوم من عام 1962
  bool bare_weekday_of_week(std::size_t i, expression& p) const;   // اثنين الاسبوع الحالي
  bool year_expr(std::size_t i, expression& p) const;              // سال ۱۴۰۲, 2022م
  bool time_expr(std::size_t i, expression& p) const, clock_then_date(std::size_t i, expression& p) const;  // ساعت ۱۰ صبح; ۰۹:۱۵ - ۱۴۰۱/۱۱/۲۲
  bool month_first(std::size_t i, expression& p) const;            // May 13, 2024, ۱۴۰۳ اردیبهشت ۲۴
  bool us_stamp_clock(std::size_t k) const;  // 6:45:03 PM after 11/7/2024 (month first)
  bool holiday_expr(std::size_t i, expression& p) const;           // عيد الفطر 2019, نوروز ۱۳۹۸
  bool day_of_holiday(std::size_t i, expression& p) const;         // ثالث أيام عيد الفطر, روز دوم نوروز
  bool part_expr(std::size_t i, expression& p) const;              // اوایل آذر, أواخر الشهر الماضي
  bool decade_expr(std::size_t i, expression& p) const;            // دهه ۱۳۷۰, التسعينيات
  bool day_of_numbers(std::size_t i, expression& p) const;         // يوم 8/11
  bool day_month_numbers(std::size_t i, expression& p) const;      // بتاريخ 22/4, 1/1: رأس السنة
  bool nth_weekday(std::size_t i, expression& p) const;            // آخر جمعة من رمضان
  bool months_of_year(std::size_t i, expression& p) const;         // النصف الأول من عام 2024, زمستان ۱۴۰۲
  bool week_of_month(std::size_t i, expression& p) const;          // هفته اول آذر
  bool first_months(std::size_t i, expression& p) const, days_of_month(std::size_t i, expression& p) const;
  bool months_ending(std::size_t k, unsigned n, expression& p) const;           // ۶ ماه اول امسال, أول 7 شهور من 2024

  // A part of the day just before a chosen reading whose clock has none of
  // its own moves the clock to that half of the day (the driver calls it).
  void half_of_day_before(expression& p) const;
  // The same moment in another zone just after a clock with its zone: p's half of the day.
  void same_moment_in_zone(const expression& prev, expression& p) const;

 private:
  std::string_view s_;
  const std::vector<token>& t_;
  std::size_t n_;
  bool persian_;
  unsigned varieties_;  // bit t: entries tagged variety_tag(t) are words of the text's variety
  const lexicon::trie& lex_;
  mutable reading date_memo_, numeric_memo_;

  // --- token tests. Token i's entry of kind k, among those of the text's variety.
  const lexicon::entry* entry_of(std::size_t i, kind k) const {
    if (i >= n_ || !(t_[i].kinds & (1U << static_cast<unsigned>(k)))) return nullptr;
    for (std::uint32_t e = t_[i].entry_begin; e < t_[i].entry_end; ++e) {
      const lexicon::entry& x = lex_.entries[e];
      if (x.k == k && (varieties_ >> static_cast<unsigned>(x.variety) & 1U)) return &x;
    }
    return nullptr;
  }
  // A direction word standing on the given side of a count (0 before, 1 after).
  const lexicon::entry* direction(std::size_t i, int side) const {
    if (i >= n_ || !(t_[i].kinds & (1U << static_cast<unsigned>(kind::direction)))) return nullptr;
    for (std::uint32_t e = t_[i].entry_begin; e < t_[i].entry_end; ++e)
      if (const auto& x = lex_.entries[e]; x.k == kind::direction && x.aux == side && x.value != 0 && (varieties_ >> static_cast<unsigned>(x.variety) & 1U))
        return &x;
    return nullptr;
  }
  // في مثل هذا اليوم, در چنین روزی: "on this day" before a year (direction 0).
  bool on_this_day(std::size_t i) const {
    if (i >= n_ || !(t_[i].kinds & (1U << static_cast<unsigned>(kind::direction)))) return false;
    for (std::uint32_t e = t_[i].entry_begin; e < t_[i].entry_end; ++e)
      if (lex_.entries[e].k == kind::direction && lex_.entries[e].value == 0) return true;
    return false;
  }
  bool filler(std::size_t i, lexicon::filler_value v) const {
    return i < n_ && (t_[i].fillers & (1U << static_cast<unsigned>(v)));
  }
  // A month name that is also a common word after في/در: مهر (kindness,
  // the agency), تیر (a shot), دی, بهمن (a name), صفر (zero).
  bool common_word_month(std::size_t i) const;
  // من نفس العام, من العام نفسه, من ذات العام, همان سال at token k.
  bool same_year_at(std::size_t k) const;
  // للعام الدراسي, السنة المالية before a number: the token after the phrase, else k.
  std::size_t school_year_word(std::size_t k, bool school = true) const;  // school false: fiscal only (rules_span.cc)
  bool bracketed_day(std::size_t i) const;                                 // (24) ديسمبر after a weekday (rules_span.cc)
  // A Gregorian day and month in figures at tokens d and d + 2, no year.
  bool numeric_day_month(std::size_t d, expression& p) const;
  // A word for a part of the day that is not one letter or Latin (مساءً,
  // صباحا, بعد الظهر; not م, ص, am): after a bare number it makes an hour.
  bool strong_time_of_day(std::size_t i) const {
    return entry_of(i, kind::time_of_day) && t_[i].t == type::lex && t_[i].end - t_[i].begin > 4 &&
           static_cast<unsigned char>(s_[t_[i].begin]) >= 0x80 && !entry_of(i, kind::relative);
  }
  // ماه, or a month's key that begins with it (ماه رمضان): the word month
  // after a count makes months of it (دو ماه رمضان).
  bool month_word_at(std::size_t i) const {
    return filler(i, lexicon::fill_month_word) || (i < n_ && s_.compare(t_[i].begin, 7, "\xD9\x85\xD8\xA7\xD9\x87 ") == 0);
  }
  // الآن (now) or اليوم (today) at i: after من, a count is from now.
  bool now_at(std::size_t i) const {
    const auto* today = entry_of(i, kind::relative);
    return word_is(i, "\xD8\xA7\xD9\x84\xD8\xA2\xD9\x86") || word_is(i, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86") ||
           (today && today->value == 0 && today->aux == lexicon::unit_day);
  }
  // Persian این, همین and Arabic هذا, هذه ("this"), which stand before what
  // they point at: not "of this month" after a day (جایگاه نهم این دور is
  // the ninth place, للمرة الأولى هذا الموسم the first time this season).
  bool points_ahead(std::size_t k) const { return k < n_ && demonstrative(k); }
  // h then two digits, tight after an hour: the minutes (14h32; Algerian 01سا45د).
  bool h_minutes(std::size_t j) const {
    return j + 1 < n_ && touching(j) && (word_is(j, "h") || word_is(j, "H") || word_is(j, "\xD8\xB3\xD8\xA7")) &&
           number(j + 1) && touching(j + 1) && t_[j + 1].digits == 2 && t_[j + 1].value < 60;
  }
  // Token i is the word w (folded).
  bool word_is(std::size_t i, std::string_view w) const {
    return i < n_ && s_.substr(t_[i].begin, t_[i].end - t_[i].begin) == w;
  }
  // قبل or بعد ending token d, then از at k and no این after it: "before or
  // after" an event (سال قبل از انقلاب, دو روز بعد از حادثه), not from now.
  bool before_event(std::size_t k, std::size_t d) const {
    if (before_event_glued(k, d)) return true;
    return word_is(k, "\xD8\xA7\xD8\xB2") && !(word_is(k + 1, "\xD8\xA7\xDB\x8C\xD9\x86") && !(k + 2 < n_ && (t_[k + 2].t == type::word || t_[k + 2].t == type::lex))) &&  // این (not این حادثه)
           !word_is(k + 1, "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2") &&                // امروز: ۳۳ سال قبل از امروز
           (ends_with_before_or_after(d) || event_after_pish(k + 1, d));
  }
  // یک روز پیش ازقتل: از written onto the event's noun.
  bool before_event_glued(std::size_t k, std::size_t d) const {
    return k < n_ && t_[k].t == type::word && t_[k].end - t_[k].begin > 6 && s_.compare(t_[k].begin, 4, "\xD8\xA7\xD8\xB2") == 0 &&
           event_after_pish(k, d, 4);
  }
  // A phrase whose last word is قبل or بعد (سال قبل, روز بعد), or the word itself.
  bool ends_with_before_or_after(std::size_t i) const, event_after_pish(std::size_t k, std::size_t d, std::size_t skip = 0) const;
  bool punct(std::size_t i, char c) const { return i < n_ && t_[i].t == type::punct && t_[i].punct == c; }
  bool number(std::size_t i) const { return i < n_ && t_[i].t == type::number; }
  // Arabic اليوم before an ordinal with its article: "the Nth day" (اليوم الخامس من رمضان, الليلة الـ 13 لمهرجان القلعة),
  // not "today" (Persian امروز پانزدهم مرداد is, and أن اليوم أول أيام عيد الفطر); 4 مباريات في اليوم: so many a day;
  // a daily's menu (عدد اليوم).
  bool the_nth_day(std::size_t i) const {
    const auto* r = entry_of(i, kind::relative);
    const auto al = [&](std::size_t k) { return s_.compare(t_[k].begin, 4, "\xD8\xA7\xD9\x84") == 0; };
    if (!(r && r->aux == lexicon::unit_day && r->value == 0 && al(i))) return false;
    if ((entry_of(i + 1, kind::ordinal) && al(i + 1)) || (article(i + 1) && number(i + 2))) return true;
    // عدد اليوم alone on its line: a newspaper's menu (today's issue).
    if (i > 0 && word_is(i - 1, "\xD8\xB9\xD8\xAF\xD8\xAF") && (i + 1 >= n_ || t_[i + 1].t == type::newline)) return true;
    return !persian_ && i >= 2 && filler(i - 1, lexicon::fill_in) &&
           (number(i - 2) || (i >= 3 && number(i - 3) && t_[i - 2].t == type::word) ||
            word_is(i - 2, "\xD9\x85\xD8\xB1\xD8\xAA\xDB\x8C\xD9\x86"));  // مرتین (مرتين, folded)
  }
  // Arabic اليوم or الليلة before an adjective or a relative pronoun: "the opening day", "the last day", "the day
  // which" (اليوم الافتتاحي, اليوم الأخير, اليوم الذي), not today. Not a noun that is the object or subject of the
  // verb before اليوم (أجاز اليوم الموازنة, تفصل اليوم المحكمة: today): an adjective of the day, a nisba in ي
  // (الوطني, العالمي, التالي, الافتتاحي), الذي, or a participle or adjective that describes a day (المذكور, الأخير).
  bool the_day_described(std::size_t i) const {
    const auto* r = entry_of(i, kind::relative);
    if (!(r && r->aux == lexicon::unit_day && r->value == 0 && i + 1 < n_ &&
          (t_[i + 1].t == type::word || filler(i + 1, lexicon::fill_last)) && t_[i + 1].end - t_[i + 1].begin > 4 &&
          s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0 && s_.compare(t_[i + 1].begin, 4, "\xD8\xA7\xD9\x84") == 0))
      return false;
    if (t_[i + 1].t != type::word) return true;
    const std::string_view w = s_.substr(t_[i + 1].begin, t_[i + 1].end - t_[i + 1].begin);
    const std::string_view last = w.substr(w.size() - 2);
    // ی (ي and ى fold to it): a nisba, الذي; not a noun in ى (تحل اليوم الذكرى).
    if (last == "\xDB\x8C" && w != "\xD8\xA7\xD9\x84\xD8\xB0\xDA\xA9\xD8\xB1\xDB\x8C") return true;  // الذکری
    static constexpr std::string_view described[] = {
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB0\xDA\xA9\xD9\x88\xD8\xB1",              // المذكور
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xB9\xD9\x88\xD8\xAF",              // الموعود
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB4\xD9\x87\xD9\x88\xD8\xAF",              // المشهود
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xAF\xD8\xAF",                        // المحدد
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xB1\xD8\xB1",                        // المقرر
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xB8\xD8\xB1",              // المنتظر
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB9\xD9\x87\xD9\x88\xD8\xAF",              // المعهود
        "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xDB\x8C\xD8\xB1",                        // الاخیر (الأخير, folded)
        "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84",                                  // الاول (الأول, folded)
        "\xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF",                        // الواحد
        "\xD8\xA7\xD9\x84\xDA\xA9\xD8\xA8\xDB\x8C\xD8\xB1",                        // الکبیر (الكبير)
        "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD8\xB3\xD9\x85",                        // الحاسم
        "\xD8\xA7\xD9\x84\xD8\xB7\xD9\x88\xDB\x8C\xD9\x84",                        // الطویل
        "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xAF\xDB\x8C\xD8\xAF",                        // العدید: هذا اليوم العديد من
        "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82",                        // السابق
        "\xD8\xA7\xD9\x84\xD9\x84\xD8\xA7\xD8\xAD\xD9\x82",                        // اللاحق
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x81\xD8\xAA\xD9\x88\xD8\xAD",              // المفتوح
        "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C"};             // الموالی
    for (const std::string_view d : described)
      if (w == d) return true;
    return false;
  }
  // A lexicon token that holds the word month: آبان ماه, مهرماه, ماه رمضان,
  // شهر رمضان.
  bool ends_with_month_word(std::size_t i) const {
    if (i >= n_ || t_[i].t != type::lex || t_[i].end - t_[i].begin <= 6) return false;
    constexpr std::string_view mah = "\xD9\x85\xD8\xA7\xD9\x87", shahr = "\xD8\xB4\xD9\x87\xD8\xB1";
    const std::string_view t = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
    return t.substr(t.size() - 6) == mah || t.substr(0, 6) == mah || t.substr(0, 6) == shahr;
  }
  // A year named from the reference's at token i (سال گذشته, من العام الماضي, العام الهجري المقبل).
  bool relative_year_at(std::size_t i) const { expression q; return relative_year(i, q) != i; }
  // العام الهجري الجاري, سال میلادی جاری: a year or month word, its calendar, then this, the last or the next.
  std::size_t unit_in_calendar(std::size_t i, int& unit, int& offset, system& sys) const;
  // An ordinal that can name a day: in Arabic masculine (يوم is; السادس
  // عشر, السابع عشرة, not السادسة عشرة), in Persian not the adjectival -مین
  // (بیست و چهارمین سالگرد).
  bool masculine_day_ordinal(std::size_t i) const {
    std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
    if (w.size() >= 6 && w.substr(w.size() - 6) == "\xD9\x85\xDB\x8C\xD9\x86") return false;  // مین
    w = w.substr(0, w.find(' '));
    return w.size() < 2 || w.substr(w.size() - 2) != "\xD9\x87";  // ة, folded to ه
  }
  // قبل الميلاد, پیش از میلاد, ق.م at token i: before Christ (قبل الهجرة, ق.هـ:
  // before the Hijra), a sign no era value carries, so what it follows names
  // no year here.
  bool before_christ(std::size_t i) const {
    const auto word = [&](std::size_t k, std::string_view w) {
      return k < n_ && s_.substr(t_[k].begin, t_[k].end - t_[k].begin) == w;
    };
    constexpr std::string_view qabl = "\xD9\x82\xD8\xA8\xD9\x84", pish = "\xD9\xBE\xDB\x8C\xD8\xB4",
                               az = "\xD8\xA7\xD8\xB2", milad = "\xD9\x85\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAF",
                               al_milad = "\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAF",
                               q = "\xD9\x82", m = "\xD9\x85", h = "\xD9\x87",
                               al_hijra = "\xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD8\xA9";
    if (word(i, qabl) && (word(i + 1, al_milad) || word(i + 1, milad) || word(i + 1, al_hijra) ||
                          (word(i + 1, az) && word(i + 2, milad))))
      return true;
    if (word(i, pish) && word(i + 1, az) && word(i + 2, milad)) return true;
    // ق.م, and ق.هـ (before the Hijra: 53 ق.هـ).
    return word(i, q) && (punct(i + 1, '.') || punct(i + 1, ' ')) && (word(i + 2, m) || word(i + 2, h));
  }
  // هذا, هذه, این, همین: "this", which stands before its noun (هذا الأحد),
  // so after a date it begins what follows.
  bool demonstrative(std::size_t i) const {
    const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
    return w == "\xD9\x87\xD8\xB0\xD8\xA7" || w == "\xD9\x87\xD8\xB0\xD9\x87" || w == "\xD8\xA7\xDB\x8C\xD9\x86" ||
           w == "\xD9\x87\xD9\x85\xDB\x8C\xD9\x86";
  }
  // The Arabic article alone (الـ, its tatweel folded away).
  // الـ 26 جويلية, الـ5: past the article written before a day's number.
  std::size_t past_article(std::size_t i) const { return (article(i) || waw_article(i)) && number(i + 1) ? i + 1 : i; }
  // والـ8: و and the article written onto a day's number (بين الـ29 أكتوبر والـ8 نوفمبر).
  bool waw_article(std::size_t i) const {
    return i < n_ && t_[i].end - t_[i].begin == 6 && s_.compare(t_[i].begin, 6, "\xD9\x88\xD8\xA7\xD9\x84") == 0 &&
           number(i + 1);
  }
  bool article(std::size_t i) const {
    return i < n_ && t_[i].end - t_[i].begin == 4 && s_.compare(t_[i].begin, 4, "\xD8\xA7\xD9\x84") == 0;
  }
  // A month name of any calendar.
  bool month_name(std::size_t i) const {
    return entry_of(i, kind::month_jalali) || entry_of(i, kind::month_hijri) || entry_of(i, kind::month_gregorian);
  }
  // شهر 3, شهر ثلاثة: a Gregorian month by its number after شهر, in Arabic
  // (شهر واحد is "one month"; not before a unit: شهر 3 أيام). Read only
  // where a month is named alone or after an ordinal day (الخامس من شهر 11),
  // never from the number on. Returns the month, or 0.
  unsigned numbered_month(std::size_t i) const {
    if (persian_ || i == 0 || i >= n_ || (entry_of(i + 1, kind::unit) && !filler(i + 1, lexicon::fill_year_word)) ||
        month_name(i + 1) ||
        s_.compare(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin, "\xD8\xB4\xD9\x87\xD8\xB1") != 0)
      return 0;
    if (plain_number(i) && t_[i].digits == (t_[i].value >= 10 ? 2U : 1U) && t_[i].value >= 1 && t_[i].value <= 12 &&
        !(i + 2 < n_ && (punct(i + 1, '/') || punct(i + 1, ':') || punct(i + 1, '.')) && number(i + 2)))
      return static_cast<unsigned>(t_[i].value);
    const auto* c = entry_of(i, kind::cardinal);
    return c && c->value >= 2 && c->value <= 12 ? static_cast<unsigned>(c->value) : 0;
  }
  // Two tokens touch: nothing, not even a blank, between them.
  bool touching(std::size_t i) const { return i < n_ && !t_[i].space_before; }
  // A symbol that separates a date from its clock (• | ·), not an arrow (U+2190–U+21FF), which leads from one cell of
  // a table to the next (تا تاریخ ۱۳۸۶/۰۶/۳۱ → از ساعت ۱۰ صبح یکشنبه ۱۴۰۴/۰۷/۲۰).
  bool separator_symbol(std::size_t i) const { return punct(i, 0) && !(s_.compare(t_[i].begin, 2, "\xE2\x86") == 0 || s_.compare(t_[i].begin, 2, "\xE2\x87") == 0); }
  // A hyphen, the en dash (1912–1921), a symbol the tokens do not name, or an underscore between two numbers
  // (1911 _ 1943, للموسم 2023_2024, 6_7 ايار ٢٠٢٣).
  bool dash(std::size_t i) const { return punct(i, '-') || (i < n_ && t_[i].t == type::punct && s_.compare(t_[i].begin, 3, "\xE2\x80\x93") == 0) || underscore_between(i); }
  bool underscore_between(std::size_t i) const { return punct(i, '_') && i > 0 && number(i - 1) && number(i + 1); }
  bool fiscal_word(std::size_t i) const { return word_is(i, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C") || word_is(i, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C\xD9\x87"); }  // المالی المالیه
  // A number that is a whole token: not part of 1.5, 3+3, **1426 or a longer code (whole_number, marked on the token).
  bool plain_number(std::size_t i) const { return number(i) && t_[i].plain; }
  bool whole_number(std::size_t i) const;

  // --- pieces (pieces.cc, pieces_time.cc): each returns the token after what it read, or 0.
  std::size_t day_part(std::size_t i, unsigned& day) const;
  bool counted_noun(std::size_t k) const, syriac_month(std::size_t k) const, feminine_ordinal(std::size_t k) const,
      after_number_word(std::size_t k) const;  // آب; الثالثة; شماره 20، آذر 1393
  std::size_t month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch) const;
  std::size_t month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch, bool& needs_year) const;
  std::size_t year_part(std::size_t i, int& year, bool& two_digit, system& sys, bool& sys_named, bool require_marker) const;
  const lexicon::entry* jalali_month_any(std::size_t k) const;  // the second name of a pair, Afghan or Iranian
  std::size_t optional_year(std::size_t i, expression& p) const;
  bool months_of_a_year(std::size_t k, unsigned first, unsigned last, system fixed, expression& p) const;
  // Days d1..d2 of one month, named in calendar sys (۱۵ تا ۲۰ مرداد, يوليو 13-15).
  static void days_of_a_month(expression& p, unsigned d1, unsigned d2, unsigned month, system sys) noexcept {
    p.s = shape::range;
    p.day = d1;
    p.day2 = d2;
    p.month = p.month2 = month;
    p.sys = sys;
    p.sys_from_name = true;
  }
  std::size_t lone_month(std::size_t j, expression& q) const;
  // شهر 3: the month word at i and the month's number after it (numbered_month).
  std::size_t numbered_month_part(std::size_t i, unsigned& month, system& sys) const {
    if (!filler(i, lexicon::fill_month_word) || !(month = numbered_month(i + 1))) return 0;
    sys = system::gregorian;
    return i + 2;
  }
  // 2 أغسطس من سنة 1958, شهر فبراير من عام 2037, رمضان في عام 2025, عيد الفطر، لعام 1444هـ: من (of), في (or a comma, ل
  // on the word) before a year word after a day or month; 12 فبراير من 2026: من before four digits that count nothing;
  // 11 تشرين الأول، من العام 1138: a comma before من. Returns the year word's token, or i.
  std::size_t of_year(std::size_t i) const {
    if (!persian_ && punct(i, ',') && filler(i + 1, lexicon::fill_of) && filler(i + 2, lexicon::fill_year_word)) ++i;
    return ((filler(i, lexicon::fill_of) || (filler(i, lexicon::fill_in) && !persian_) ||
             (!persian_ && punct(i, ',') && s_.compare(t_[i + 1 < n_ ? i + 1 : i].begin, 2, "\xD9\x84") == 0)) &&
            filler(i + 1, lexicon::fill_year_word)) || (!persian_ && filler(i, lexicon::fill_of) && plain_number(i + 1) && t_[i + 1].digits == 4 && !counted_noun(i + 2))
               ? i + 1 : place_year(i);
  }
  // A word of Arabic script naming no part of a date (a place, a prayer).
  bool dateless_word(std::size_t k) const;
  // شهر رمضان في دولة الكويت 2022, عيد الأضحى في المملكة العربية السعودية 2024,
  // شهر رمضان بالمغرب 2025: in Arabic a place (في and up to four words, or
  // one word on بال) between a named month or day and its year of four
  // digits. Returns the year's token, or i.
  std::size_t place_year(std::size_t i) const;
  std::size_t relative_year(std::size_t i, expression& p) const;
  std::size_t time_part(std::size_t i, expression& p, bool standalone) const;
  bool hours_to(std::size_t j) const, zone_at(std::size_t j) const;
  std::size_t local_time(std::size_t i, expression& p) const, timing_place(std::size_t i, expression& p) const;  // بالتوقيت المحلي; توقيت القدس
  int place_at(std::size_t x, bool& city, std::size_t* after = nullptr) const;  // في غزة: its zone, or -1
  std::size_t noon(std::size_t j, expression& p, bool paren) const;
  std::size_t clock_range_end(std::size_t k, bool between, expression& q, bool& own_tod) const;
  void half_of_range(std::size_t i, std::size_t k, expression& p) const;
  // The clock time written at j after what p holds, taken into p: the token
  // after it, or j when there is none.
  std::size_t time_after(std::size_t j, expression& p) const {
    expression tp;
    if (const std::size_t t = time_part(j, tp, false)) {
      take_time(tp, p);
      return t;
    }
    return j;
  }
  std::size_t smaller_unit_after(std::size_t k, int of, int& count, int& unit, int& sign) const;
  std::size_t written_zone(std::size_t i, expression& p) const;
  int utc_offset(std::size_t& i) const;
  std::size_t count_part(std::size_t i, int& count) const;
  std::size_t cardinal_words(std::size_t i, int& value) const, glued_tens(std::size_t i, int& value, bool* more = nullptr) const;

  // --- helpers of the rules
  bool full_date(std::size_t i, expression& p, bool allow_twin = true) const;
  void twin(expression& p) const;
  bool day_after_time(std::size_t d, expression& p) const, bare_year_after_in(std::size_t i, expression& p) const,
      early_year_twin(std::size_t i, expression& p) const;
  bool bare_year_after_time_word(std::size_t i, expression& p) const, year_until_now(std::size_t i, expression& p) const;
  bool headline_year(std::size_t i, expression& p) const, cited_year(std::size_t i, expression& p) const, event_year(std::size_t i, expression& p) const, census_year(std::size_t i, expression& p) const, year_word_glued(std::size_t i) const, solar_gregorian_twin(std::size_t i, bool& jalali_first) const,
      tournament_year(std::size_t i, std::uint32_t v, std::string_view w) const;
  bool listed_year(std::size_t i, expression& p) const, works_year(std::size_t i, expression& p) const,
      same_month_year(std::size_t i, expression& p) const;  // الشهر ذاته من 2024
  std::size_t work_year_at(std::size_t i, bool& listed) const;
  bool year_can_end(std::size_t k) const;
  // ظرف, طی (within), حداکثر, حداقل (at most, at least), برای (for: برای پنج
  // سال دیگر, for five more years) before token i: a count of units after
  // them is a span, no day.
  bool within(std::size_t i) const {
    return i > 0 && (word_is(i - 1, "\xD8\xB8\xD8\xB1\xD9\x81") || word_is(i - 1, "\xD8\xB7\xDB\x8C") ||
                     word_is(i - 1, "\xD8\xA8\xD8\xB1\xD8\xA7\xDB\x8C") ||  // برای
                     word_is(i - 1, "\xD8\xAD\xD8\xAF\xD8\xA7\xDA\xA9\xD8\xAB\xD8\xB1") ||
                     word_is(i - 1, "\xD8\xAD\xD8\xAF\xD8\xA7\xD9\x82\xD9\x84"));
  }
  // A month named from the reference's at j (الشهر الجاري, ماه آینده; not a count of months): read into q.
  bool relative_month_at(std::size_t j, expression& q) const {
    q = {};
    return relative_expr(j, q) && q.s == shape::relative_month && !q.counted && q.offset >= -1 && q.offset <= 1;
  }
  // روزهای, or های after روز (the ZWNJ folded to a blank): "days" before a weekday.
  bool plural_day_word(std::size_t k) const {
    if (word_is(k, "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C")) return true;  // روزهای
    return k > 0 && word_is(k, "\xD9\x87\xD8\xA7\xDB\x8C") && filler(k - 1, lexicon::fill_day_word);  // روز های
  }
  // After a word that makes a number a year (قبل از, نهاية, اواخر): any
  // token but a unit, a month or a separator that goes on to a number.
  bool year_can_end_after_time_word(std::size_t k) const {
    if (k >= n_) return true;
    if (t_[k].t == type::punct) return t_[k].punct != '%' && !number(k + 1);
    return (!entry_of(k, kind::unit) || (filler(k, lexicon::fill_hour_word) && number(k + 1))) && !month_name(k);  // ۱۴۰۰ ساعت ۱۰: a clock
  }
  // هذه السنة 2023: a year word and its year that the year rule reads, to
  // token `end`, as the year written.
  bool year_word_before(std::size_t i, std::size_t end) const {
    expression y;
    return year_expr(i, y) && y.te >= end;
  }
  std::size_t clock_of_the_day(std::size_t j, int own_tod, expression& p) const;
  int tod_value(std::size_t i) const {
    const auto* e = entry_of(i, kind::time_of_day);
    return e ? e->value : -1;
  }
  // The part of the day written as a word of its own just before token i
  // (عصر امروز, مساء الساعة 7), or -1: not am/pm's single letters, not a
  // night that is itself a day (دیشب).
  int tod_before(std::size_t i) const {
    if (i == 0 || !entry_of(i - 1, kind::time_of_day) || entry_of(i - 1, kind::relative) || t_[i - 1].t != type::lex ||
        t_[i - 1].end - t_[i - 1].begin <= 2)
      return -1;
    return tod_value(i - 1);
  }
  static void apply_tod(int tod, expression& q) { apply_part_of_day(tod, q); }
  bool iso_time(std::size_t& j, expression& p) const;
  bool date_range(std::size_t j, expression& p, bool between = false, bool tod = false) const;
  bool month_range(std::size_t j, bool between, expression& p) const, numeric_day_range(std::size_t j, bool from, expression& p) const;
};

}  // namespace grammar
}  // namespace taqvim

#endif
