// Filters of the driver (filters.h).
#include "engine/filters.h"

#include <taqvim/text/normalize.h>

#include <algorithm>
#include <string>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

using grammar::expression;
using grammar::shape;
using lexicon::kind;
using scan::token;
using scan::type;

// Whether the date at token i is a name: right after a word for a place or a movement (شارع 14 رمضان, ملعب 5
// جويلية, تحالف 14 آذار), or in brackets or quotes after one, a word or two back (جسر الأعظمية (14 رمضان), شارع "29 أيار").
bool dated(const grammar::expression& e, const std::vector<token>& toks) {
  using grammar::shape;
  if (e.s == shape::month) return e.year != 0;  // لثورة سبتمبر 1962: a month of a year
  if (e.s != shape::date) return false;
  if (e.year != 0 || e.weekday >= 0) return true;
  std::size_t k = e.te;
  if (k < toks.size() && toks[k].t == type::lex && (toks[k].fillers & (1U << lexicon::fill_day_word))) ++k;
  return k < toks.size() && toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::weekday)));
}

bool names_place(const std::vector<token>& toks, std::string_view folded, std::size_t i, bool with_year, bool persian) {
  if (toks[i].t == type::lex && (toks[i].fillers & (1U << lexicon::fill_hour_word))) return false;  // تیم ساعت ۱۸:۳۰: a clock is no name
  const auto place = [&](std::size_t k) {
    return toks[k].t == type::lex && (toks[k].fillers & (1U << static_cast<unsigned>(lexicon::fill_place))) &&
           (persian || folded.substr(toks[k].begin, toks[k].end - toks[k].begin) !=
                           "\xD9\x85\xD8\xAC\xD8\xAA\xD9\x85\xD8\xB9");  // مجتمع: in Arabic, society
  };
  // ذكرى ثورة السابع عشر من فبراير 2011م, إجازة ثورة 23 يوليو يوم الاربعاء: after a word for a revolution, an
  // uprising or a war, a date with its own year or weekday is a day (the one it broke out, or its anniversary).
  // لثورة الـ26 من سبتمبر: the article between the word and the day.
  std::size_t before = i;
  if (before > 1 && toks[before - 1].end - toks[before - 1].begin == 4 &&
      folded.compare(toks[before - 1].begin, 4, "\xD8\xA7\xD9\x84") == 0)
    --before;
  if (with_year && before > 0 && place(before - 1)) {
    std::string_view w = folded.substr(toks[before - 1].begin, toks[before - 1].end - toks[before - 1].begin);
    if (w.size() > 2 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0)) w.remove_prefix(2);
    if (w == "\xD8\xAB\xD9\x88\xD8\xB1\xD9\x87" ||                      // ثوره (ثورة, folded)
        w == "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x81\xD8\xA7\xD8\xB6\xD9\x87" ||  // انتفاضه
        w == "\xD8\xAD\xD8\xB1\xD8\xA8" ||                                // حرب (حرب 6 أكتوبر 1973)
        w == "\xD8\xAC\xD9\x86\xDA\xAF" ||                                // جنگ
        w == "\xD9\x82\xDB\x8C\xD8\xA7\xD9\x85" ||                      // قیام (قیام ۱۵ خرداد ۱۳۴۲)
        w == "\xD9\x82\xDB\x8C\xD8\xA7\xD9\x85 \xD8\xAE\xD9\x88\xD9\x86\xDB\x8C\xD9\x86" ||  // قیام خونین
        w == "\xDA\xA9\xD8\xB4\xD8\xAA\xD8\xA7\xD8\xB1" ||              // کشتار
        w == "\xD9\x81\xD8\xA7\xD8\xAC\xD8\xB9\xD9\x87" ||              // فاجعه
        w == "\xD8\xB4\xD9\x87\xD8\xAF\xD8\xA7\xDB\x8C")              // شهدای (شهدای هفدهم شهریور 1357)
      return false;
  }
  // برنامج "العاشرة مساء", سریال «شب یلدا»: a title word, then the date in quotes.
  const auto title = [&](std::size_t k) {
    if (toks[k].t != type::lex || !(toks[k].kinds & (1U << static_cast<unsigned>(kind::not_date)))) return false;
    const lexicon::trie& lex = lexicon::table();
    for (std::uint32_t e = toks[k].entry_begin; e < toks[k].entry_end; ++e)
      if (lex.entries[e].k == kind::not_date && lex.entries[e].value == 2) return true;
    return false;
  };
  if (i == 0) return false;
  // امتحانات دانشگاه فردا، ۱۳ تیر: a relative word straight after a place's word is when, not the place's name; so
  // is a part of one (ممثلين عن كل محافظة منتصف الشهر الجارى).
  const auto relative_at = [&](std::size_t k) {
    return k < toks.size() && toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::relative))) &&
           !(toks[k].kinds & (1U << static_cast<unsigned>(kind::weekday)));
  };
  const bool relative = relative_at(i) || (toks[i].t == type::lex && (toks[i].kinds & (1U << static_cast<unsigned>(kind::part))) && relative_at(i + 1));
  // دیدار این ۲ تیم روز سه شنبه ۴ آذر: a weekday and its date after a place's (or a team's) word is when; no name holds one.
  const std::size_t w = toks[i].t == type::lex && (toks[i].fillers & (1U << lexicon::fill_day_word)) ? i + 1 : i;
  const bool weekday_date = w + 1 < toks.size() && toks[w].t == type::lex &&
                            (toks[w].kinds & (1U << static_cast<unsigned>(kind::weekday))) && toks[w + 1].t == type::number;
  // في كل مدرسة من 18 ديسمبر 2023 حتى 9 فبراير 2024: a range's "from" after the word is when, too (and "in" or the year
  // word: این ساختمان در سال ۱۳۵۳ ساخته شد).
  const bool from = toks[i].t == type::lex && (toks[i].fillers & (1U << lexicon::fill_range_from | 1U << lexicon::fill_between |
                                                                  1U << lexicon::fill_in | 1U << lexicon::fill_year_word));
  if (place(before - 1)) return !relative && !weekday_date && !from;
  // بیمارستان شهدای هفتم تیر: a place named for the martyrs of a day (alone, شهدای هفدهم شهریور 1357 are the day's).
  if (before > 1 && place(before - 2) && !relative && !(toks[i].kinds & (1U << static_cast<unsigned>(kind::weekday))) &&
      folded.substr(toks[before - 1].begin, toks[before - 1].end - toks[before - 1].begin) ==
          "\xD8\xB4\xD9\x87\xD8\xAF\xD8\xA7\xDB\x8C")  // شهدای
    return true;
  // جسر شهداء 15 يوليو: a bridge or a square named for a day's martyrs, the date without its year.
  if (!with_year && !persian && before > 0 && toks[i].t == type::number &&
      (folded.substr(toks[before - 1].begin, toks[before - 1].end - toks[before - 1].begin) == "\xD8\xB4\xD9\x87\xD8\xAF\xD8\xA7\xD8\xA1" ||
       folded.substr(toks[before - 1].begin, toks[before - 1].end - toks[before - 1].begin) == "\xD8\xB4\xD9\x87\xD8\xAF\xD8\xA7"))
    return true;  // شهداء, شهدا
  if (in_street_list(toks, folded, i)) return true;
  // خیابانهای اشراق و ۲۲ بهمن: the last of a list of names after a word for places.
  if (i >= 3 && toks[i - 1].t == type::lex && (toks[i - 1].kinds & (1U << static_cast<unsigned>(kind::connector))) &&
      toks[i - 2].t == type::word && place(i - 3)) {
    const std::string_view w = folded.substr(toks[i - 3].begin, toks[i - 3].end - toks[i - 3].begin);
    if (w == "\xD8\xAE\xDB\x8C\xD8\xA7\xD8\xA8\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C" ||  // خیابانهای (plural only:
        w == "\xD8\xB4\xD9\x88\xD8\xA7\xD8\xB1\xD8\xB9")                                      // شوارع    خیابان آزادی و ۲۲ بهمن may be a day)
      return true;
  }
  // A quote opens what it touches; one a blank follows closes what stood
  // before it (ووفق "تلفزيون سوريا" اليوم الخميس: today, after the name).
  const auto opening = [&](std::size_t k) {
    return toks[k].t == type::punct &&
           (toks[k].punct == '(' || ((toks[k].punct == '"' || toks[k].punct == 0) && k + 1 < toks.size() && !toks[k + 1].space_before));
  };
  // برنامج «مساء الخميس»: a word of the title before the date in its quotes.
  std::size_t q = i - 1;
  if (!opening(q) && q > 0 && opening(q - 1) && (toks[q].t == type::word || toks[q].t == type::lex)) --q;
  if (!opening(q)) return false;
  // ولد بمدينة الدويم (17 مايو 1908): in brackets with its own year, the
  // date of what the sentence tells, not the place's name.
  if (with_year && toks[q].punct == '(') return false;
  // يستضيف فريق الجزيرة “السبت” فريق النصر: a weekday alone in quotes is
  // the name only right after the word for the place (سوق «الجمعة»).
  const bool weekday_alone = q == i - 1 && toks[q].punct != '(' && toks[i].t == type::lex &&
                             (toks[i].kinds & (1U << static_cast<unsigned>(kind::weekday))) && i + 1 < toks.size() &&
                             toks[i + 1].t == type::punct;
  for (std::size_t k = q, words = 0; k > 0 && words <= (weekday_alone ? 0 : 2); ++words) {
    --k;
    if (place(k) || title(k)) return true;
    if (toks[k].t != type::word && toks[k].t != type::lex) return false;
  }
  return false;
}

// و, یا, أو between two forms: and, or.
bool either_or(std::string_view text, const token& t) {
  if (t.t == type::lex && (t.kinds & (1U << static_cast<unsigned>(kind::connector)))) return true;
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  return t.t == type::word && (w == "\xDB\x8C\xD8\xA7" || w == "\xD8\xA7\xD9\x88");  // یا, او (أو)
}

// "Every year", "always" before a date (في or در between them): هر ساله در روز جمعه آخر رمضان, كل عام في 21 مارس,
// همیشه در مرداد. A date without its own year after it names what recurs, not a day.
bool yearly_before(const std::vector<token>& toks, std::string_view text, std::size_t i, bool clock) {
  const lexicon::trie& lex = lexicon::table();
  // كل يوم أربعاء في العاشرة و35 دقيقة ليلا, هر پنجشنبه ساعت ۱۰: a clock time after a weekday that recurs recurs with it.
  // خمس جلسات تداول أسبوعياً من الأحد إلى الخميس: weekdays after "every week" recur too.
  const auto weekday_at = [&](std::size_t k) {
    return k < toks.size() && toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::weekday)));
  };
  const bool weekdays = weekday_at(i) || (i + 1 < toks.size() && toks[i].t == type::lex &&
                                          (toks[i].fillers & (1U << lexicon::fill_range_from)) && weekday_at(i + 1));
  // روزهای پنجشنبه ساعت ۱۰, أيام الجمعة والسبت من العاشرة: the last weekday of a list after the plural of day
  // (the grammar read none of them as a day: they recur).
  const auto after_plural_days = [&](std::size_t k) {
    for (int n = 0; n < 7 && weekday_at(k) && k > 0; ++n) {
      const std::string_view w = text.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
      if (w == "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C" || w == "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85" ||  // روزهای, ایام
          (w == "\xD9\x87\xD8\xA7\xDB\x8C" && k > 1 && (toks[k - 2].fillers & (1U << lexicon::fill_day_word))))  // روز های
        return true;
      if (toks[k].waw || weekday_at(k - 1)) --k;
      else if (k > 1 && weekday_at(k - 2) && (either_or(text, toks[k - 1]) || (toks[k - 1].t == type::punct && toks[k - 1].punct == ',')))
        k -= 2;
      else return false;
    }
    return false;
  };
  const auto yearly = [&](std::size_t k) {
    if (clock && after_plural_days(k)) return true;
    for (std::uint32_t e = toks[k].entry_begin; toks[k].t == type::lex && e < toks[k].entry_end; ++e)
      // (Every day before a day of a month is a rate's: برميل يومياً يوم 21 أغسطس, يوميا في حزيران الماضي.)
      if (lex.entries[e].k == kind::not_date && (lex.entries[e].value == 1 || lex.entries[e].value == 8 || (lex.entries[e].value == 6 && (clock || weekdays)) ||
                                                  (clock && (lex.entries[e].value == 4 || lex.entries[e].value == 7)) || (weekdays && lex.entries[e].value == 7)))
        return true;
    return false;
  };
  if (i == 0) return false;
  if (yearly(i - 1)) return true;
  // دائمًا ما بين أواخر يوليو, همیشه در مرداد, هر سال در روز نخست حمل: up to
  // two words between them, each في/در, بين/از, روز/يوم or ما, and near.
  const auto near = [&](std::size_t k) { return toks[i].begin - toks[k].begin <= max_recurring_reach; };
  const auto between = [&](std::size_t k) {
    const scan::token& t = toks[k];
    const std::uint32_t joining = 1U << lexicon::fill_in | 1U << lexicon::fill_between | 1U << lexicon::fill_range_from |
                                  1U << lexicon::fill_day_word | 1U << lexicon::fill_eve;  // هر سال در روز نخست حمل, همه ساله شب 28 مارس
    const std::string_view w = text.substr(t.begin, t.end - t.begin);
    return (t.t == type::lex && (t.fillers & joining)) || (t.t == type::word && w == "\xD9\x85\xD8\xA7") ||  // ما
           (t.t == type::punct && (t.punct == ',' || t.punct == '(')) ||  // طبق روال همه‌ساله، 31 شهریور; نهاية الأسبوع (السبت
           (t.t == type::lex && (t.kinds & (1U << static_cast<unsigned>(kind::era)))) ||  // كل عام هجري في الثاني عشر
           // عطلة نهاية الأسبوع (السبت والأحد): the weekdays listed before this one.
           (weekdays && t.t == type::lex && (t.kinds & (1U << static_cast<unsigned>(kind::weekday) | 1U << static_cast<unsigned>(kind::connector)))) ||
           // هرساله به مناسبت …, كل عام بمناسبة …: on the occasion of
           w == "\xD8\xA8\xD9\x87" || w == "\xD9\x85\xD9\x86\xD8\xA7\xD8\xB3\xD8\xA8\xD8\xAA" ||
           w == "\xD8\xA8\xD9\x85\xD9\x86\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x87" ||
           // كل عام للاحتفال بعيد الميلاد, لإحياء, هر سال برای جشن نوروز: to celebrate
           w == "\xD9\x84\xD9\x84\xD8\xA7\xD8\xAD\xD8\xAA\xD9\x81\xD8\xA7\xD9\x84" ||
           w == "\xD8\xA7\xD8\xAD\xD8\xAA\xD9\x81\xD8\xA7\xD9\x84\xD8\xA7" || w == "\xD9\x84\xD8\xA7\xD8\xAD\xDB\x8C\xD8\xA7" ||
           w == "\xD8\xA8\xD8\xB1\xD8\xA7\xDB\x8C" || w == "\xD8\xAC\xD8\xB4\xD9\x86" ||
           // هر سال در سالروز شهادت …, كل عام في ذكرى …: on the anniversary of
           w == "\xD8\xB3\xD8\xA7\xD9\x84\xD8\xB1\xD9\x88\xD8\xB2" || w == "\xD8\xB3\xD8\xA7\xD9\x84\xDA\xAF\xD8\xB1\xD8\xAF" ||
           w == "\xD8\xB0\xDA\xA9\xD8\xB1\xDB\x8C" ||
           (clock && w == "\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7");  // ابتداء (من), a lexicon word (ابتدا)
  };
  for (std::size_t k = i - 1, n = 0; k > 0 && n < (weekdays ? 6 : 2) && between(k); --k, ++n)
    if (yearly(k - 1) && near(k - 1)) return true;
  return false;
}

bool excepted_weekday(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::weekday || e.qualifier != expression::nearest || e.in_week || e.hour >= 0 || e.tb == 0) return false;
  std::size_t k = e.tb - 1;
  const auto day_word = [&](std::size_t x) { return toks[x].t == type::lex && (toks[x].fillers & (1U << lexicon::fill_day_word)); };
  const auto weekday = [&](std::size_t x) { return toks[x].t == type::lex && (toks[x].kinds & (1U << static_cast<unsigned>(kind::weekday))); };
  // باستثناء الجمعة والسبت: the second of two.
  if (toks[e.tb].waw && weekday(k) && k > 0) --k;
  if ((day_word(k) || folded.substr(toks[k].begin, toks[k].end - toks[k].begin) == "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C") &&
      k > 0)  // يوم, يومي (the two days)
    --k;
  const std::string_view w = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
  return w == "\xD8\xB9\xD8\xAF\xD8\xA7" ||                                  // عدا
         w == "\xD9\x85\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA7" ||                  // ماعدا (ما عدا as one word)
         w == "\xD8\xA8\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xAB\xD9\x86\xD8\xA7" ||  // باستثنا (باستثناء)
         w == "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xAB\xD9\x86\xD8\xA7" ||              // استثنا (مع استثناء يومي الجمعة والسبت)
         w == "\xD8\xA8\xD8\xAC\xD8\xB2" || w == "\xD8\xAC\xD8\xB2";               // بجز, جز
}

bool in_working_hours(const std::vector<token>& toks, std::string_view folded, std::size_t i, std::size_t end) {
  const lexicon::trie& lex = lexicon::table();
  // وبالنسبة إلى أيام السبت تفتح الصيدليات … من الساعة 8:30 صباحا, روزهای پنجشنبه از ساعت ۸: one weekday after the
  // plural of day is every such day, and so are the clocks of its sentence (not أيام السبت والأحد المقبلة, days).
  const auto weekday_at = [&](std::size_t k) {
    return k < toks.size() && toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::weekday)));
  };
  const auto plural_weekday = [&](std::size_t k) {
    if (k == 0 || !weekday_at(k) || weekday_at(k + 1)) return false;
    const token& n = k + 1 < toks.size() ? toks[k + 1] : toks[k];
    if (k + 1 < toks.size() && (n.t == type::number || (n.t == type::lex && (n.kinds & (1U << static_cast<unsigned>(kind::weekday_qualifier) |
                                                                                       1U << static_cast<unsigned>(kind::connector))))))
      return false;
    const std::string_view w = folded.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
    return w == "\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x85" || w == "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87\xD8\xA7\xDB\x8C";  // ایام (أيام), روزهای
  };
  // ساعت کاری همه مراکز دولتی امروز شنبه ۶ مرداد نیز تا ساعت ۱۰: the hours of one day named between them are that
  // day's (a relative day, or a day of a month: not ماه رمضان alone, whose hours recur).
  constexpr std::uint32_t months = 1U << static_cast<unsigned>(kind::month_jalali) |
                                   1U << static_cast<unsigned>(kind::month_gregorian) |
                                   1U << static_cast<unsigned>(kind::month_hijri);
  const auto names_day = [&](std::size_t k) {
    const token& t = toks[k];
    // تقفل … المحال التجارية … ابتداء من الساعة 12,00 فجر الثلاثاء 2/12/2025 ولغاية الساعة الثانية: a numeric date.
    const auto slash = [&](std::size_t x) { return x < toks.size() && toks[x].t == type::punct && toks[x].punct == '/'; };
    const auto number = [&](std::size_t x) { return x < toks.size() && toks[x].t == type::number; };
    if (t.t == type::number && slash(k + 1) && number(k + 2) && slash(k + 3) && number(k + 4)) return true;
    if (t.t != type::lex) return false;
    if ((t.kinds & months) && k > 0 && toks[k - 1].t == type::number) return true;
    for (std::uint32_t e = t.entry_begin; e < t.entry_end; ++e)
      if (lex.entries[e].k == kind::relative && lex.entries[e].aux == lexicon::unit_day) return true;
    return false;
  };
  bool day_named = false;
  for (std::size_t k = i; k-- > 0;) {
    const token& t = toks[k];
    if (toks[i].begin - t.begin > max_working_hours_reach || t.t == type::newline ||
        (t.t == type::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?')))
      return false;
    for (std::uint32_t e = t.entry_begin; t.t == type::lex && e < t.entry_end; ++e) {
      if (lex.entries[e].k == kind::not_date && (lex.entries[e].value == 5 || lex.entries[e].value == 6)) return !day_named;
      // A curfew's: only a clock that opens or closes a range (من الساعة العاشرة ليلا إلى الساعة الخامسة صباحا);
      // one alone is an event (انتهاء حظر التجول الساعة 11 ليلا).
      if (lex.entries[e].k == kind::not_date && lex.entries[e].value == 11) {
        const auto has = [&](std::size_t x, lexicon::filler_value f) {
          return x < toks.size() && toks[x].t == type::lex && (toks[x].fillers & (1U << f));
        };
        const bool ranged = has(i, lexicon::fill_range_from) || (i > 0 && has(i - 1, lexicon::fill_range_from)) ||
                            (i > 0 && has(i - 1, lexicon::fill_range_to)) || has(end, lexicon::fill_range_to);
        return ranged && !day_named;
      }
    }
    if (plural_weekday(k)) return !day_named;
    day_named = day_named || names_day(k);
  }
  return false;
}

bool sentence_ends(const std::vector<token>& toks, std::size_t from, std::size_t to) {
  const auto punct_at = [&](std::size_t k, char ch) {
    return k < toks.size() && toks[k].t == type::punct && toks[k].punct == ch;
  };
  // The line's start is looked for only a little way back (128 bytes), well
  // inside the context a document_stream reads again.
  std::size_t start = from;
  while (start > 0 && toks[start - 1].t != type::newline && from < toks.size() &&
         toks[from].begin - toks[start - 1].begin <= 128)
    --start;
  bool list = start > 0 && toks[start - 1].t == type::newline &&
              (punct_at(start, '-') || (start >= 3 && punct_at(start - 2, '-') && toks[start - 3].t == type::newline));
  for (std::size_t k = from; k < to; ++k) {
    const token& t = toks[k];
    const bool item_next = k + 1 < toks.size() && toks[k + 1].t == type::newline && punct_at(k + 2, '-');
    if (t.t == type::newline) {
      if (k > 0 && punct_at(k - 1, ':')) list = true;
      // The dash may stand on a line of its own, its item on the next
      // (عند:\n-\n9:00 مساءً بتوقيت الأردن, a list's markup lost).
      else if (!(list && (punct_at(k + 1, '-') || (punct_at(k - 1, '-') && k >= 2 && toks[k - 2].t == type::newline))))
        return true;
    } else if (t.t == type::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?') && !(list && item_next)) {
      // بقوة 3.0 درجة: a decimal point, no sentence's end.
      const bool decimal = t.punct == '.' && k > 0 && toks[k - 1].t == type::number && k + 1 < toks.size() &&
                           toks[k + 1].t == type::number && !t.space_before && !toks[k + 1].space_before;
      if (!decimal) return true;
    }
  }
  return false;
}

const read_match* schedule_heading(const std::vector<token>& toks, const std::vector<read_match>& read,
                                   std::size_t tb) {
  std::size_t end = tb;  // the line before the clock's ends at token end - 1, a line break
  while (end > 0 && toks[end - 1].t != type::newline) --end;
  const auto ends = [&](const token& t) { return t.t == type::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?'); };
  bool entry = true;  // the clock's own line ends no sentence: a table's (۰۴:۱۶:۵۷ |), not a notice's
  for (std::size_t k = end; k < toks.size() && toks[k].t != type::newline; ++k) entry = entry && !ends(toks[k]);
  for (int lines = 0; end > 0 && lines < 12 && toks[tb].begin - toks[end - 1].begin <= max_schedule_reach; ++lines) {
    std::size_t last = end - 1;  // the line break
    while (last > 0 && toks[last - 1].t == type::newline) --last;  // blank lines
    std::size_t first = last;
    while (first > 0 && toks[first - 1].t != type::newline) --first;
    if (first == last) return nullptr;
    // The line's read match, if one covers it all but punctuation at its ends.
    std::size_t a = first, b = last;
    while (a < b && toks[a].t == type::punct) ++a;
    while (b > a && toks[b - 1].t == type::punct) --b;
    const auto at = std::lower_bound(read.begin(), read.end(), a,
                                     [](const read_match& r, std::size_t k) { return r.te <= k; });
    // (A line that is a clock alone is one of its entries: ۰۴:۱۶:۵۷ |.)
    if (at != read.end() && at->tb <= a && at->te >= b && a < b &&
        !(at->m.seconds >= 0 && at->m.calendar == written_calendar::relative)) {
      const match& m = at->m;
      return m.first == m.last && m.seconds < 0 && m.granularity == granularity::day && !(m.flags & flag_unresolved) ? &*at : nullptr;
    }
    // … اوقات شرعی مشهد در روز یکشنبه (۲۶ اسفند ۱۴۰۳) … به شرح زیر است: a sentence closing on a colon that names one
    // day (twins aside) heads the lines below it; one that names nothing (گروه الف:, a group's label), no day: past it.
    if (entry && b < last && toks[b].t == type::punct && toks[b].punct == ':' && at != read.end() && at->tb < last) {
      const read_match* day = nullptr;
      for (auto r = at; r != read.end() && r->tb < last; day = &*r++)
        if (r->m.first != r->m.last || r->m.seconds >= 0 || r->m.granularity != granularity::day ||
            (r->m.flags & flag_unresolved) || (day && day->m.first != r->m.first))
          return nullptr;
      return day;
    }
    // An entry's line: no sentence ends in it.
    for (std::size_t k = first; k < last; ++k) if (ends(toks[k])) return nullptr;
    end = first;
  }
  return nullptr;
}

bool crescent(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::month || e.year != 0 || e.year_relative || e.tb == 0) return false;
  std::size_t k = e.tb - 1;
  if (toks[k].t == type::lex && (toks[k].fillers & (1U << lexicon::fill_month_word)) && k > 0) --k;
  std::string_view w = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
  for (const std::string_view before : {"\xD8\xA7\xD9\x84", "\xD9\x84", "\xD8\xA8", "\xD9\x88"})  // ال, ل, ب, و
    if (w.size() > before.size() + 6 && w.compare(0, before.size(), before) == 0) {
      w.remove_prefix(before.size());
      break;
    }
  return w == "\xD9\x87\xD9\x84\xD8\xA7\xD9\x84";  // هلال
}

bool named_day_idea(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  // 1 المحرم – 2 صفر – 3 ربيع الأول: the months numbered in a list, no days.
  if (e.s == shape::range && e.year == 0 && e.day == e.month && e.day2 == e.month2 && e.month2 == e.month + 1) return true;
  if (e.s != shape::date || e.year != 0 || e.year_relative || e.tb == 0) return false;
  const auto is = [&](std::size_t k, kind what) {
    return toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(what)));
  };
  const auto day_word = [&](std::size_t k) { return toks[k].t == type::lex && (toks[k].fillers & (1U << lexicon::fill_day_word)); };
  std::size_t h = e.tb, k = e.tb - 1;
  if (day_word(h) && h + 1 < e.te) ++h;  // يوم عاشوراء read whole
  else if (day_word(k) && k > 0) --k;    // the day word before it
  if (!is(h, kind::holiday)) return false;
  // Read as text, not as lexicon keys: these are common words, and a key each would cost every sentence a trie walk.
  static constexpr std::string_view ideas[] = {
      "\xD8\xB5\xD9\x88\xD9\x85",                                  // صوم
      "\xD8\xB5\xDB\x8C\xD8\xA7\xD9\x85",                        // صیام (صيام)
      "\xD8\xA8\xD8\xB5\xDB\x8C\xD8\xA7\xD9\x85",              // بصیام
      "\xD8\xA8\xD8\xB5\xD9\x88\xD9\x85",                        // بصوم
      "\xD9\x81\xD8\xB6\xD9\x84",                                  // فضل
      "\xD9\x81\xD8\xB6\xD8\xA7\xDB\x8C\xD9\x84",              // فضایل (فضائل, its ئ folded)
      "\xD9\x81\xD8\xB6\xDB\x8C\xD9\x84\xD8\xAA",              // فضیلت
      "\xD9\x82\xDB\x8C\xD8\xA7\xD9\x85",                        // قیام (Arabic قيام, the night prayer, too)
      "\xD9\x81\xD9\x84\xD8\xB3\xD9\x81\xD9\x87",              // فلسفه (فلسفة)
      "\xD9\xBE\xDB\x8C\xD8\xA7\xD9\x85",                        // پیام
      "\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84\xD9\x87",              // رساله (رسالة)
      "\xD8\xAF\xD8\xB1\xD8\xB3\xD9\x87\xD8\xA7\xDB\x8C",    // درسهای
      "\xD8\xAF\xD8\xB1\xD9\x88\xD8\xB3",                        // دروس
      "\xD9\x81\xD8\xB1\xD9\x87\xD9\x86\xDA\xAF",              // فرهنگ
      "\xD8\xAB\xD9\x82\xD8\xA7\xD9\x81\xD9\x87",              // ثقافه (ثقافة)
      "\xD8\xAD\xD9\x85\xD8\xA7\xD8\xB3\xD9\x87",              // حماسه (حماسة)
      "\xD9\x86\xD9\x87\xD8\xB6\xD8\xAA",                        // نهضت
      "\xD9\x86\xD9\x87\xD8\xB6\xD9\x87",                        // نهضه (نهضة)
      "\xD9\x85\xDA\xA9\xD8\xAA\xD8\xA8",              // مکتب (the school of Ashura)
      "\xD8\xB4\xD8\xB9\xD8\xB1",                        // شعر (its poetry)
      "\xD8\xAC\xD8\xA7\xD9\x85",                        // جام (جام عیدقربان: a cup named for it)
  };
  std::string_view w = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
  // قیام سرخ عاشورا, نهضت خونین عاشورا: the idea with its epithet between.
  if (k > 0 && (toks[k - 1].t == type::word || toks[k - 1].t == type::lex) &&
      (w == "\xD8\xB3\xD8\xB1\xD8\xAE" || w == "\xD8\xAE\xD9\x88\xD9\x86\xDB\x8C\xD9\x86"))  // سرخ, خونین
    w = folded.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
  if (std::find(std::begin(ideas), std::end(ideas), w) != std::end(ideas)) return true;
  // یکهزار و پانصدمین سال میلاد حضرت محمد: the Nth year since it (an ordinal on مین before سال), no day.
  if (w == "\xD8\xB3\xD8\xA7\xD9\x84" && k > 0) {  // سال
    const std::string_view o = folded.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
    return o.size() > 6 && o.compare(o.size() - 6, 6, "\xD9\x85\xDB\x8C\xD9\x86") == 0;  // مین
  }
  return false;
}

bool named_by_clock(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.counted && e.tb > 0) {
    std::size_t k = e.tb - 1;
    if (k > 0 && toks[k].t == type::punct && toks[k].punct == ':') --k;
    return toks[k].t == type::lex && (toks[k].fillers & (1U << lexicon::fill_publication));
  }
  if (e.s != shape::time_only || e.tb == 0) return false;
  const auto word = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  const std::string_view w = word(e.tb - 1);
  // (به نقل از ۸صبح: quoted from it.)
  const bool quoted_from = (w == "\xD8\xA7\xD8\xB2" || w == "\xD8\xB2") && e.tb > 1 && word(e.tb - 2) == "\xD9\x86\xD9\x82\xD9\x84";
  return quoted_from || w == "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x86\xD8\xA7\xD9\x85\xD9\x87" ||  // روزنامه
         w == "\xDA\xAF\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB4";                                          // گزارش
}

bool daily_hours(const std::vector<token>& toks, const expression& p, const read_match* previous) {
  if (!previous || p.te >= toks.size()) return false;
  const auto has = [&](std::size_t k, unsigned f) {
    const token& t = toks[k];
    return t.t == type::lex && (t.fillers & (1U << f)) && !(t.kinds & (1U << static_cast<unsigned>(kind::connector)));
  };
  const bool from = has(p.tb, lexicon::fill_range_from) || (p.tb > 0 && has(p.tb - 1, lexicon::fill_range_from));
  // (و حتى: "and until", the و apart.)
  const bool to = has(p.te, lexicon::fill_range_to) ||
                  (p.te + 1 < toks.size() && toks[p.te].t == type::lex && (toks[p.te].kinds & (1U << static_cast<unsigned>(kind::connector))) &&
                   has(p.te + 1, lexicon::fill_range_to));
  if (!from || !to) return false;
  // A span of days: an interval of them, or the last day of a range the
  // driver joins later (من يوم 12 يونيو إلى يوم 15 يونيو).
  const read_match& a = *previous;
  const bool span = a.m.seconds < 0 && ((a.m.first != a.m.last && a.m.granularity == granularity::day) ||
                                        (a.tb > 0 && has(a.tb - 1, lexicon::fill_range_to)));
  return span && a.te <= p.tb && toks[p.tb].begin - toks[a.te - 1].end <= near_clock_reach && !sentence_ends(toks, a.te, p.tb);
}

bool within_clock_reach(const std::vector<token>& toks, const read_match& a, std::size_t tb) {
  const std::size_t gap = toks[tb].begin - toks[a.te - 1].end;
  if (gap <= near_clock_reach) return true;
  // وسيكون يوم السبت المقبل موعداً لإقامة ثلاثة لقاءات … في الساعة الثانية والنصف ظهراً: a fixture's day, then
  // its games told at length; not a holiday's name, whose clock is as often another day's event.
  for (std::size_t k = a.tb; k < a.te; ++k)
    if (toks[k].kinds & (1U << static_cast<unsigned>(kind::holiday))) return false;
  return gap <= max_clock_reach;
}

bool after_story_date(const expression& e, const std::vector<token>& toks, std::string_view folded,
                      const std::vector<expression>& found) {
  if (!e.counted || e.offset <= 0 || e.te == 0) return false;
  const token& last = toks[e.te - 1];
  if (last.end - last.begin < 6 || folded.compare(last.end - 6, 6, "\xD8\xA8\xD8\xB9\xD8\xAF") != 0) return false;  // بعد
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    if (it->te > e.tb || sentence_ends(toks, it->te, e.tb)) return false;
    if (it->s == shape::date && it->day != 0) return true;
  }
  return false;
}

bool lasting_since(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (!e.counted || e.offset >= 0 || e.tb == 0) return false;
  const auto word = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  std::size_t k = e.tb;
  if (word(k) != "\xD9\x85\xD9\x86\xD8\xB0") k = e.tb - 1;  // منذ
  if (word(k) != "\xD9\x85\xD9\x86\xD8\xB0" || k == 0) return false;
  std::string_view w = word(k - 1);
  if (w.size() > 4 && w.substr(0, 4) == "\xD8\xA7\xD9\x84") w.remove_prefix(4);                  // ال
  if (w.size() > 2 && w.substr(w.size() - 2) == "\xD9\x87") w.remove_suffix(2);                    // ة (folded)
  else if (w.size() > 6 && (w.substr(w.size() - 4) == "\xDB\x8C\xD9\x86" || w.substr(w.size() - 4) == "\xD9\x88\xD9\x86"))
    w.remove_suffix(4);                                                                              // ین, ون (plurals)
  static constexpr std::string_view lasting[] = {
      "\xD9\x85\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1", "\xD9\x85\xD8\xAA\xD9\x88\xD8\xA7\xD8\xB5\xD9\x84",  // مستمر متواصل
      "\xD8\xAF\xD8\xA7\xDB\x8C\xD8\xB1", "\xD9\x85\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xB1",              // دائر (ئ folds to ی) مستعر
      "\xD9\x85\xD8\xAA\xD9\x88\xD9\x82\xD9\x81", "\xD9\x85\xD8\xBA\xD9\x84\xD9\x82",              // متوقف مغلق
      "\xD9\x85\xD9\x82\xD8\xB7\xD9\x88\xD8\xB9", "\xD9\x85\xD9\x86\xD9\x82\xD8\xB7\xD8\xB9",  // مقطوع منقطع
      "\xD9\x85\xD8\xAA\xD8\xB1\xD8\xA7\xDA\xA9\xD9\x85", "\xD8\xB9\xD8\xA7\xD9\x84\xD9\x82",  // متراکم (ك folds to ک) عالق
  };
  if (std::find(std::begin(lasting), std::end(lasting), w) != std::end(lasting)) return true;
  // يعمل منذ ثلاث سنوات, يعمل في هذا المجال منذ سبع سنوات: the present of working, living, suffering or holding a
  // post, a few words before in its sentence (ي or ت folded): how long, no day.
  static constexpr std::string_view ongoing[] = {
      "\xDB\x8C\xD8\xB9\xD9\x85\xD9\x84", "\xD8\xAA\xD8\xB9\xD9\x85\xD9\x84", "\xDB\x8C\xD8\xB9\xDB\x8C\xD8\xB4", "\xD8\xAA\xD8\xB9\xDB\x8C\xD8\xB4", "\xDB\x8C\xD9\x82\xDB\x8C\xD9\x85", "\xD8\xAA\xD9\x82\xDB\x8C\xD9\x85", "\xDB\x8C\xD8\xB9\xD8\xA7\xD9\x86\xDB\x8C", "\xD8\xAA\xD8\xB9\xD8\xA7\xD9\x86\xDB\x8C", "\xDB\x8C\xD8\xB4\xD8\xBA\xD9\x84", "\xD8\xAA\xD8\xB4\xD8\xBA\xD9\x84", "\xDB\x8C\xD8\xAF\xD8\xB1\xD8\xB3", "\xD8\xAA\xD8\xAF\xD8\xB1\xD8\xB3", "\xDB\x8C\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", "\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3",  // یعمل تعمل یعیش تعیش یقیم تقیم یعانی تعانی یشغل تشغل یدرس تدرس یمارس تمارس
      "\xDB\x8C\xD8\xB9\xD8\xAA\xD9\x85\xD8\xAF", "\xD8\xAA\xD8\xB9\xD8\xAA\xD9\x85\xD8\xAF", "\xDB\x8C\xD8\xB3\xDA\xA9\xD9\x86", "\xD8\xAA\xD8\xB3\xDA\xA9\xD9\x86"};  // یعتمد تعتمد یسکن تسکن (relying, dwelling)
  for (std::size_t j = k; j > 0 && j + 5 > k;) {
    const token& t = toks[--j];
    if (t.t != type::word && t.t != type::lex) break;
    if (std::find(std::begin(ongoing), std::end(ongoing), word(j)) != std::end(ongoing)) return true;
  }
  return false;
}

bool quoted_clock(const expression& e, const std::vector<token>& toks) {
  if (e.s != shape::time_only || e.tb == 0 || e.te >= toks.size()) return false;
  const auto quote = [&](std::size_t k) { return toks[k].t == type::punct && (toks[k].punct == '"' || toks[k].punct == 0); };
  return quote(e.tb - 1) && !toks[e.tb].space_before && quote(e.te) && !toks[e.te].space_before;
}

bool quoted_today(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::relative_day || e.offset != 0 || e.hour >= 0 || e.te != e.tb + 1 || e.te >= toks.size() || e.tb < 2)
    return false;
  const auto quote = [&](std::size_t k) { return toks[k].t == type::punct && (toks[k].punct == '"' || toks[k].punct == 0); };
  if (!quote(e.te) || toks[e.te].space_before) return false;
  // The opening quote one or two words before, glued to the first of them,
  // a name with the article (not a sentence quoted: "سنلتقي اليوم"); in
  // Persian one word (نشریه «شهروند امروز», Persian names no article).
  const bool emruz = folded.substr(toks[e.tb].begin, toks[e.tb].end - toks[e.tb].begin) == "\xD8\xA7\xD9\x85\xD8\xB1\xD9\x88\xD8\xB2";
  for (std::size_t k = e.tb - 1, n = 0; k > 0 && n < 2; --k, ++n) {
    if (toks[k].t != type::word && toks[k].t != type::lex) return false;
    if (quote(k - 1))
      return !toks[k].space_before && (folded.compare(toks[k].begin, 4, "\xD8\xA7\xD9\x84") == 0 || (emruz && n == 0));
  }
  return false;
}

bool per_day(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  const auto word = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  // (10 آلاف قارورة ماء في الساعة الواحدة: per single hour, likewise; one o'clock is a clock after no count.)
  const std::size_t at = e.te == e.tb + 3 ? e.tb + 1 : e.tb;  // (the clock read with its في)
  const bool hour = e.s == shape::time_only && e.hour == 1 && e.minute <= 0 && e.te == at + 2 && at >= 2 &&
                    word(at) == "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xB9\xD9\x87";  // الساعه (الساعة)
  if (!hour && (e.s != shape::relative_day || e.offset != 0 || e.hour >= 0 || e.te != e.tb + 1 || e.tb < 2 ||
                word(e.tb) != "\xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85"))  // اليوم
    return false;
  const std::size_t in = at - 1;
  if (toks[in].t != type::lex || !(toks[in].fillers & (1U << lexicon::fill_in)) || word(in) != "\xD9\x81\xDB\x8C") return false;  // في
  // Nothing after it that makes it a day: a weekday, a number, a part of the day.
  if (e.te < toks.size() && (toks[e.te].t == type::number ||
                             (toks[e.te].t == type::lex && (toks[e.te].kinds & (1U << static_cast<unsigned>(kind::weekday) |
                                                                                 1U << static_cast<unsigned>(kind::time_of_day))))))
    return false;
  for (std::size_t k = in, n = 0; k-- > 0 && n < 5; ++n) {  // the count up to five words back: 699 مليون متر مكعب
    if (toks[k].t == type::newline || (toks[k].t == type::punct && toks[k].punct != 0 && toks[k].punct != '(' && toks[k].punct != ')'))
      return false;
    if (toks[k].t == type::number || (toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::cardinal) |
                                                                                   1U << static_cast<unsigned>(kind::unit)))))
      return true;  // (ساعتين في اليوم: a unit's dual counts too)
    if (k + 1 == in && (word(k) == "\xD9\x85\xD8\xB1\xD9\x87" || word(k) == "\xD9\x85\xD8\xB1\xD8\xAA\xDB\x8C\xD9\x86"))  // مره مرتین
      return true;  // مرة في اليوم, مرتين في اليوم: once or twice a day
  }
  return false;
}

bool visit_counter(const expression& e, const std::vector<token>& toks) {
  if (e.s != shape::relative_day || e.hour >= 0 || e.te != e.tb + 1 || e.offset < -1 || e.offset > 0) return false;
  std::size_t k = e.te;
  if (k < toks.size() && toks[k].t == type::punct && toks[k].punct == ':') ++k;
  if (k >= toks.size() || toks[k].t != type::number) return false;
  ++k;
  return k == toks.size() || toks[k].t == type::newline;
}

// A date inside a link (https://…/افزایش-قیمت-نان-20-شهریور-ماه), or today joined to a site's name by an underscore
// (تاربة_اليوم, a handle): no date of the text. The link is the run of tokens with no blank before the match, from one
// that holds "://" or "www".
bool in_link_or_handle(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.tb >= 2 && e.s == shape::relative_day && toks[e.tb - 1].t == type::punct && toks[e.tb - 1].punct == '_' &&
      !toks[e.tb - 1].space_before && !toks[e.tb].space_before && toks[e.tb - 2].t == type::word)
    return true;
  std::size_t k = e.tb;
  for (int n = 0; k > 0 && n < 64 && !toks[k].space_before && toks[k - 1].t != type::newline; ++n) --k;
  if (k == e.tb) return false;
  const std::string_view run = folded.substr(toks[k].begin, toks[e.tb].begin - toks[k].begin);
  return run.find("://") != std::string_view::npos || run.find("www.") != std::string_view::npos;
}

bool lunch(const expression& e, const document& d) {
  if (e.s != shape::relative_day || e.te != e.tb + 1) return false;
  const std::string_view f = d.folded.text().substr(d.tokens[e.tb].begin, d.tokens[e.tb].end - d.tokens[e.tb].begin);
  if (f.size() < 6 || f.substr(f.size() - 6) != "\xD8\xBA\xD8\xAF\xD8\xA7") return false;  // غدا
  const auto [b, end] = d.folded.source_span(d.tokens[e.tb].begin, d.tokens[e.tb].end);
  std::string_view w = d.text.substr(b, end - b);
  while (w.size() >= 2 && static_cast<unsigned char>(w[w.size() - 2]) == 0xD9 &&
         static_cast<unsigned char>(w.back()) >= 0x8B && static_cast<unsigned char>(w.back()) <= 0x92)
    w.remove_suffix(2);  // tanween and other marks: غداءً
  return w.size() >= 4 && w.substr(w.size() - 4) == "\xD8\xA7\xD8\xA1";  // اء
}

bool ibb(const expression& e, const document& d) {
  // تم جمعه: collected; Arabic writes Friday with ة (جمعة), the ه of the Persian word is a pronoun's.
  const bool weekday = e.s == shape::weekday && e.te == e.tb + 1 && !(e.tb > 0 && (d.tokens[e.tb - 1].fillers & (1U << lexicon::fill_day_word)));
  if (!weekday && (e.s != shape::month || e.year != 0 || e.year_relative || e.qualifier != expression::nearest)) return false;
  const auto [b, end] = d.folded.source_span(d.tokens[e.te - 1].begin, d.tokens[e.te - 1].end);
  return d.text.substr(b, end - b) == (weekday ? "\xD8\xAC\xD9\x85\xD8\xB9\xD9\x87" : "\xD8\xA5\xD8\xA8");  // جمعه, إب
}

}  // namespace engine
}  // namespace taqvim
