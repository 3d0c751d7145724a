// Filters of the driver: what a form read at a token is not (a name, a
// date said of every year), and where a document's publication line is.
#ifndef TAQVIM_SRC_ENGINE_FILTERS_H
#define TAQVIM_SRC_ENGINE_FILTERS_H

#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/join.h"
#include "grammar/expression.h"
#include "lexicon/scan.h"

namespace taqvim {
namespace engine {

// How far back a word that makes a date recur may stand (folded bytes).
constexpr std::size_t max_recurring_reach = 128;
// How far a place's name written as a date (خیابان ۱۵ خرداد) is remembered,
// so that the same words alone are the place again: within the context a
// document_stream reads again before a piece (extract.cc).
constexpr std::size_t max_place_reach = 512;
// How far after a word for working hours its sentence's clocks are its
// (أوقات جميع جلسات التداول … الساعة 30ر10 الى 35ر10، ومرحلة الافتتاح ستكون
// الساعة 35ر10): within that context too.
constexpr std::size_t max_working_hours_reach = 400;

// A date that says which day it is: its own year, or its weekday written
// with it or right after it (ثورة 23 يوليو يوم الاربعاء); or a month with
// its year.
bool dated(const grammar::expression& e, const std::vector<scan::token>& toks);

// Whether the date at token i names a place, a movement or a title (شارع
// 14 رمضان, جسر الأعظمية (14 رمضان), برنامج "العاشرة مساء").
// with_year: the date has its own year or weekday (after a word for a
// revolution it is then a day: ثورة السابع عشر من فبراير 2011م). persian:
// the text is Persian (مجتمع, a complex there, is a page's section in Arabic).
bool names_place(const std::vector<scan::token>& toks, std::string_view folded, std::size_t i, bool with_year, bool persian);

// Whether e is one of Lebanon's coalitions (تحالف 8 آذار, قوى «14 آذار»).
// تقاطعهای کاشانی- فارابی، حافظ، ۱۲ محرم، شریعتی: a date at token i that is an item of a list of names after a plural
// word for streets or crossings (names.cc).
bool in_street_list(const std::vector<scan::token>& toks, std::string_view folded, std::size_t i);
bool names_coalition(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// Whether e is Egypt's 6th of October City (مدينة 6 أكتوبر, كوبري 6 أكتوبر).
bool names_city(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// Whether e is an outlet named by a day in a dateline (عدن/ 14 أكتوبر:, 21 سبتمبر |صنعاء) or after the word for sources
// (مصادر "2 ديسمبر").
bool names_outlet(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);
// Whether e is a day and month alone in quotes, a name («26 يوليو», “22 فبراير”).
bool names_quoted(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// ستار نوروز إن …: in Arabic a one-word named day before إن or أن is a speaker's name.
bool names_speaker(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// (عدا يوم الجمعة), باستثناء الجمعة, بجز جمعه: a weekday alone after "except",
// the days a schedule leaves out (every week's), not one day.
bool excepted_weekday(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// و, یا, أو: whether token t joins two forms.
bool either_or(std::string_view text, const scan::token& t);

// Whether a word for "every year" or "always" stands before token i (or,
// for a clock time, a weekday that recurs: كل يوم أربعاء).
bool yearly_before(const std::vector<scan::token>& toks, std::string_view text, std::size_t i, bool clock);

// ساعات کاری ادارات … از ساعت ۷:۳۰ تا ۱۳, ساعات الدوام من الساعة 8 صباحا: a
// clock time in the sentence of a word for working hours (lexicon not_date
// value 5) or for every day (value 6: سيتم قطع الإنترنت يومياً لمدة ساعتين
// من الساعة الـ6 صباحاً), before it and near (max_working_hours_reach),
// recurs: no day; unless a day is named between them (امروز شنبه ۶ مرداد
// نیز تا ساعت ۱۰).
bool in_working_hours(const std::vector<scan::token>& toks, std::string_view folded, std::size_t i, std::size_t end);

// Whether a sentence ends among tokens [from, to): a line break or . ! ?;
// but a line ending with a colon goes on in the items of its list, each on
// a line of its own after a dash (في الأوقات التالية:\n- في تمام الساعة 5م …),
// and from inside such an item on to the next.
bool sentence_ends(const std::vector<scan::token>& toks, std::size_t from, std::size_t to);

// رؤية هلال شهر شوال: a month without its year after the word for its
// crescent names the crescent, no span of days (Arabic; Persian news
// writes هلال ماه شوال for the month that begins).
bool crescent(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// صوم يوم عاشوراء, قیام عاشورا, فضل يوم عرفة: a named day without its year
// after a word for what it stands for (its fast, virtue, uprising, message),
// the day word between them or none, is the idea, no day.
bool named_day_idea(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// یک روز بعد after a date written before it in its sentence (Persian): N
// units after that date, the story's time, no day of its own.
bool after_story_date(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded,
                      const std::vector<grammar::expression>& found);

// حذف چهار صفر از پول ملی, 4 صفر کمرنگ: zeros of a banknote (صفر is zero as
// well as the month Safar), a count of them before صفر and no year after.
bool zeros_of_money(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// A site's visit counter: امروز 3, بازدید دیروز : 120, زوار الأمس: 35 (today
// or yesterday, a count, the line's end).
bool visit_counter(const grammar::expression& e, const std::vector<scan::token>& toks);

// في اليوم after a count (مليون برميل في اليوم, ثلاث مرات في اليوم, 699 مليون متر مكعب في اليوم; في الساعة الواحدة): "a
// day", "per day", not today.
bool per_day(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// الحرب المستمرة منذ عامين, إضراب متواصل منذ شهرين: "ago" after a word for
// what goes on (or stays shut, stopped) since then is how long, no day.
bool lasting_since(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// وردت إلى “الإمارات اليوم”, تهيب «القطيف اليوم»: today at the end of a
// name in quotes, one or two words before it inside them, the first with
// the article: an outlet's name.
bool quoted_today(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// A date inside a link (https://…/…-20-شهریور-ماه), or today joined to a site's name by an underscore (تاربة_اليوم).
bool in_link_or_handle(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// وليمة غداء, غداء عمل: lunch, which folds to tomorrow's غدا once its hamza is dropped; the written word tells them apart.
bool lunch(const grammar::expression& e, const document& d);
// في محافظة إب: Ibb, a Yemeni city, folds as آب (August); a month alone whose word is written so is none. In Arabic,
// a weekday alone written جمعه (تم جمعه, collected) is none either (the caller asks in Arabic text only).
bool ibb(const grammar::expression& e, const document& d);

// اطلعت عليه "الساعة 24": a clock alone in quotes, nothing else inside
// them, names an outlet or a programme.
bool quoted_clock(const grammar::expression& e, const std::vector<scan::token>& toks);

// روزنامه ۸صبح (Kabul's daily, به نقل از ۸صبح), به گزارش 9 صبح (a site): a clock time alone
// that names an outlet. Likewise a page's age in the widget beside its
// stamp (تم نشره منذُ 1 شهر، آخر تحديث : منذ 3 أشهر): the page's, no date.
bool named_by_clock(const grammar::expression& e, const std::vector<scan::token>& toks, std::string_view folded);

// How far from a day a clock time alone may be read as on it: a written
// day or weekday before it in its sentence up to the farther, a named day or
// a day after it up to the nearer.
constexpr std::size_t max_clock_reach = 400;
constexpr std::size_t near_clock_reach = 256;
// Whether the clock time at token tb is near enough to the day a, before
// it in its sentence, to be on it.
bool within_clock_reach(const std::vector<scan::token>& toks, const read_match& a, std::size_t tb);

// How far below a schedule's heading its entries' clock times may stand
// (within the context a document_stream reads again, extract.cc).
constexpr std::size_t max_schedule_reach = 400;
// A schedule (fixtures, a programme): a day alone on its line, then lines
// of entries with their clock times and no sentence's end between
// (جمعه – ۲۵ مهر ۱۴۰۴ / گلگهر سیرجان – چادرملوی اردکان، ساعت ۱۶:۴۵). The
// heading's read match, among `read`, for a clock time alone at token tb
// on a later line; or null.
const read_match* schedule_heading(const std::vector<scan::token>& toks, const std::vector<read_match>& read,
                                   std::size_t tb);

// روز دوشنبه اول دیماه تا ۲۸ اسفندماه، از ساعت ۸ صبح تا ۱۴, من يوم 5 إلى
// يوم 9 مايو من الساعة 10 حتى 14: whether the clock time p (alone), from
// one clock to another, follows a span of days in its sentence (`previous`,
// the match read last): the hours of each of its days, no moment.
bool daily_hours(const std::vector<scan::token>& toks, const grammar::expression& p, const read_match* previous);

// The index in `found` of the publication line's date, if any; in_sentence
// when it is a date told within a sentence near the top, not a labelled or
// dateline one (then it dates only the year: reference_time::year_only).
bool find_publication(const std::vector<grammar::expression>& found, const std::vector<scan::token>& toks,
                      std::string_view folded, std::size_t& index, bool& in_sentence);

}  // namespace engine
}  // namespace taqvim

#endif
