// Dates that name something else: Lebanon's coalitions (names_coalition),
// Egypt's 6th of October City (names_city), an outlet named by a day in a
// dateline (names_outlet), a day quoted as a name (names_quoted), a banknote's zeros read as Safar
// (zeros_of_money) and a street in a list of them (in_street_list), declared in filters.h.
#include "engine/filters.h"

#include <string>

#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

using grammar::expression;
using grammar::shape;
using lexicon::kind;
using scan::token;
using scan::type;

bool in_street_list(const std::vector<token>& toks, std::string_view folded, std::size_t i) {
  const auto text = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  const auto comma = [&](std::size_t k) { return toks[k].t == type::punct && (toks[k].punct == ',' || text(k) == "\xD8\x8C"); };  // ،
  if (i == 0 || !comma(i - 1)) return false;  // an item of the list, after its comma
  for (std::size_t k = i - 1, n = 0; k > 0 && n < 40; ++n) {
    --k;
    const std::string_view w = text(k);
    // تقاطعهای, خیابانهای, their ZWNJ kept or folded to a blank (the plural's های then a word of its own).
    const auto plural_of = [&](std::string_view x) {
      const std::string_view a = "\xD8\xAA\xD9\x82\xD8\xA7\xD8\xB7\xD8\xB9", b = "\xD8\xAE\xDB\x8C\xD8\xA7\xD8\xA8\xD8\xA7\xD9\x86";  // تقاطع خیابان
      return x.substr(0, a.size()) == a || x.substr(0, b.size()) == b;
    };
    const std::string_view hay = "\xD9\x87\xD8\xA7\xDB\x8C";  // های
    if ((w.size() > hay.size() && w.substr(w.size() - hay.size()) == hay && plural_of(w)) || (w == hay && k > 0 && plural_of(text(k - 1))))
      return true;
    // Names, commas, dashes and underscores between (کاشانی- فارابی, شریعتی _ حافظ); a stop, a line's end, a number
    // or a date word ends the search.
    if (toks[k].t == type::newline || toks[k].t == type::number || (toks[k].t == type::lex && !(toks[k].fillers & (1U << lexicon::fill_place))) ||
        (toks[k].t == type::punct && !comma(k) && toks[k].punct != '-' && toks[k].punct != '_'))
      return false;
  }
  return false;
}

// Lebanon's two coalitions are named by the days of 2005 they rallied on,
// written as the Levant writes March, without a year: تحالف 8 آذار, قوى «14
// آذار», فريقي 8 و14 آذار. Such a day of آذار with no year, weekday or word
// like الجاري, in quotes or brackets, after a word for a camp or its
// members, or paired with the other, is the coalition (14 آذار alone, 14
// آذار الجاري, الجمعة 14 آذار are days).
bool names_coalition(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::date || e.year != 0 || e.year_relative || e.weekday >= 0 || e.month != 3 || (e.day != 8 && e.day != 14))
    return false;
  if (e.qualifier != expression::nearest || e.tb == 0) return false;
  const token& before = toks[e.tb - 1];
  const std::string_view word = folded.substr(before.begin, before.end - before.begin);
  // فريق فريقي تحالفي منظومة مكونات زعماء قيادات تسمية قوى, and the words for
  // a camp's government, members, allies or side (حكومة 8 آذار, في صالح 8 آذار).
  static const std::vector<std::string> camps = [] {
    std::vector<std::string> out;
    for (const char* w : {"\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82", "\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82\xD9\x8A",
                          "\xD8\xAA\xD8\xAD\xD8\xA7\xD9\x84\xD9\x81\xD9\x8A",
                          "\xD9\x85\xD9\x86\xD8\xB8\xD9\x88\xD9\x85\xD8\xA9",
                          "\xD9\x85\xD9\x83\xD9\x88\xD9\x86\xD8\xA7\xD8\xAA",
                          "\xD8\xB2\xD8\xB9\xD9\x85\xD8\xA7\xD8\xA1", "\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAF\xD8\xA7\xD8\xAA",
                          "\xD8\xAA\xD8\xB3\xD9\x85\xD9\x8A\xD8\xA9", "\xD9\x82\xD9\x88\xD9\x89",
                          // حكومة صالح لصالح نواب وزراء حلفاء جمهور معسكر أحزاب كتلة جماعة
                          "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA9", "\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD",
                          "\xD9\x84\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD", "\xD9\x86\xD9\x88\xD8\xA7\xD8\xA8",
                          "\xD9\x88\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xA1", "\xD8\xAD\xD9\x84\xD9\x81\xD8\xA7\xD8\xA1",
                          "\xD8\xAC\xD9\x85\xD9\x87\xD9\x88\xD8\xB1", "\xD9\x85\xD8\xB9\xD8\xB3\xD9\x83\xD8\xB1",
                          "\xD8\xA3\xD8\xAD\xD8\xB2\xD8\xA7\xD8\xA8", "\xD9\x83\xD8\xAA\xD9\x84\xD8\xA9",
                          "\xD8\xAC\xD9\x85\xD8\xA7\xD8\xB9\xD8\xA9"}) {
      text::folded_text f;
      text::fold(w, f);
      out.emplace_back(f.text());
    }
    return out;
  }();
  const bool quoted = before.t == type::punct && (before.punct == '"' || before.punct == '(' || before.punct == 0);
  // المدعومين من 14 آذار, المقربين من 8 آذار: backed by or close to a camp.
  static const std::vector<std::string> backed = [] {
    std::vector<std::string> out;
    for (const char* w : {"\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x85\xD9\x8A\xD9\x86",  // المدعومين
                          "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x85",  // المدعوم
                          "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x85\xD8\xA9",  // المدعومة
                          "\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x85", "\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x85\xD9\x8A\xD9\x86",  // مدعوم مدعومين
                          "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xB1\xD8\xA8",  // المقربين المقرب
                          "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB3\xD9\x88\xD8\xA8\xD9\x8A\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB3\xD9\x88\xD8\xA8"}) {  // المحسوبين المحسوب
      text::folded_text f;
      text::fold(w, f);
      out.emplace_back(f.text());
    }
    return out;
  }();
  const auto word_at = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  const bool camp = before.t != type::punct && (std::find(camps.begin(), camps.end(), word) != camps.end() ||
                                                (e.tb >= 2 && word == "\xD9\x85\xD9\x86" &&  // من
                                                 std::find(backed.begin(), backed.end(), word_at(e.tb - 2)) != backed.end()));
  bool paired = before.t == type::lex && (before.kinds & (1U << static_cast<unsigned>(kind::connector)));  // 8 و14 آذار
  if (e.te < toks.size() && toks[e.te].t == type::lex && toks[e.te].waw) paired = true;
  for (std::size_t k = e.tb; k < e.te && k < toks.size(); ++k)
    if (toks[k].t == type::lex && (toks[k].kinds & (1U << static_cast<unsigned>(kind::connector)))) paired = true;
  if (!quoted && !camp && !paired) return false;
  static const std::string adhar = [] {
    text::folded_text f;
    text::fold("\xD8\xA2\xD8\xB0\xD8\xA7\xD8\xB1", f);  // آذار
    return std::string(f.text());
  }();
  // The month is the expression's, or a list's after it (8 و14 آذار).
  for (std::size_t k = e.tb; k < toks.size() && k < e.te + 3; ++k)
    if (folded.substr(toks[k].begin, toks[k].end - toks[k].begin) == adhar)
      return k + 1 >= toks.size() || !(toks[k + 1].kinds & (1U << static_cast<unsigned>(kind::weekday_qualifier)));
  return false;
}

// مدينة 6 أكتوبر, كوبري 6 أكتوبر, عطلة 6 أكتوبر, الجيزة - 6 أكتوبر: in Arabic,
// 6 October without its year or weekday, straight after a word that is no
// lexicon word (a place's, a bridge's, a holiday's), after such a word and a
// dash or slash, or after a number (a weather table's row, on its line), is Egypt's city
// or what is named for the war's day far more often than a day; after يوم,
// في, منذ, حتى or و, alone, or with its weekday or year, it is the day.
bool names_city(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::date || e.year != 0 || e.year_relative || e.weekday >= 0 || e.month != 10 || e.day != 6 || e.day2 != 0)
    return false;
  if (e.qualifier != expression::nearest || e.te != e.tb + 2 || e.tb == 0) return false;
  const std::string_view month = folded.substr(toks[e.tb + 1].begin, toks[e.tb + 1].end - toks[e.tb + 1].begin);
  if (month != "\xD8\xA7\xDA\xA9\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1") return false;  // اکتوبر (أكتوبر, folded)
  const token& before = toks[e.tb - 1];
  if (before.t == type::word || before.t == type::number) return true;
  if (before.t == type::newline && e.tb > 1 && toks[e.tb - 2].t == type::number) return true;  // a table's row: 6 أكتوبر 37 25
  if (before.t == type::lex && (before.fillers & (1U << lexicon::fill_place))) return true;
  return before.t == type::punct && (before.punct == '-' || before.punct == '/') && e.tb > 1 && toks[e.tb - 2].t == type::word;
}

// «26 يوليو».. مترو الأنفاق, تحمل اسم «26 يوليو», “22 فبراير”: a day and month alone between quotes, with no year,
// weekday or word like الجاري inside, names a street, a revolution or a paper far more often than it quotes a day.
bool names_quoted(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.s != shape::date || e.year != 0 || e.year_relative || e.weekday >= 0 || e.day2 != 0 || e.qualifier != expression::nearest ||
      e.tb == 0 || e.te >= toks.size() || toks[e.tb].space_before || toks[e.te].space_before)
    return false;
  const auto quote = [&](std::size_t k) {  // " « » “ ” (typed right to left, either guillemet opens)
    const std::string_view q = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
    return toks[k].t == type::punct && (q == "\"" || q == "\xC2\xAB" || q == "\xC2\xBB" || q == "\xE2\x80\x9C" || q == "\xE2\x80\x9D");
  };
  // (Not after يوم, روز or a weekday, nor before a word like الجاري: يوم «26 يوليو» الجاري is the day.)
  const auto dated = [&](std::size_t k) {
    return k < toks.size() && toks[k].t == type::lex &&
           ((toks[k].fillers & (1U << lexicon::fill_day_word)) || (toks[k].kinds & (1U << static_cast<unsigned>(kind::weekday_qualifier))) ||
            (toks[k].kinds & (1U << static_cast<unsigned>(kind::relative) | 1U << static_cast<unsigned>(kind::weekday))));
  };
  // (A day in figures and its month: not a holiday's name quoted, "الإسراء والمعراج", nor "22 بهمن" (11 فبراير) with its twin.)
  // (Nor a day the words just before name, or a feast's day: في اليوم الذي يليه "29 نوفمبر", أعياد الوحدة الخالدة «22 مايو».)
  for (std::size_t k = e.tb - 1; k > 0 && k + 5 > e.tb && toks[k - 1].t != type::newline;) {
    const std::string_view w = folded.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
    if (dated(--k) || w == "\xD8\xA7\xD8\xB9\xDB\x8C\xD8\xA7\xD8\xAF" || w == "\xD8\xB9\xDB\x8C\xD8\xAF" || w == "\xD8\xB0\xDA\xA9\xD8\xB1\xDB\x8C" || w == "\xD8\xA7\xD8\xAD\xD8\xAA\xD9\x81\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA" || w == "\xD8\xA8\xD9\x85\xD9\x86\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x87")  // اعیاد عید ذکری احتفالات بمناسبه
      return false;
  }
  return toks[e.tb].t == type::number && e.te == e.tb + 2 && quote(e.tb - 1) && quote(e.te) &&
         !dated(e.te + 1) && !(e.te + 1 < toks.size() && toks[e.te + 1].t == type::punct && toks[e.te + 1].punct == '(');
}

bool zeros_of_money(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  const auto word = [&](std::size_t k) {
    return k < toks.size() ? folded.substr(toks[k].begin, toks[k].end - toks[k].begin) : std::string_view{};
  };
  constexpr std::string_view safar = "\xD8\xB5\xD9\x81\xD8\xB1";  // صفر
  // One to six zeros; the month after the date, or after the next number
  // when the date is the first of a list (یک و 4 صفر: 1 and 4 Safar).
  if (e.s != shape::date || e.year != 0 || e.day < 1 || e.day > 6) return false;
  std::size_t m = e.te - 1;
  if (word(m) != safar) {
    m = e.te + 2;
    if (word(m) != safar || toks[e.te + 1].t != type::number || toks[e.te + 1].value > 6) return false;
  }
  // Before it: حذف (removing), رنگ (the colour of), و (یک و 4 صفر).
  if (e.tb > 0) {
    const std::string_view b = word(e.tb - 1);
    if (b == "\xD8\xAD\xD8\xB0\xD9\x81" || b == "\xD8\xB1\xD9\x86\xDA\xAF") return true;  // حذف رنگ
  }
  // After it: از (from the currency), or the banknote's words.
  static constexpr std::string_view after[] = {
      "\xD8\xA7\xD8\xB2",                                              // از
      "\xDA\xA9\xD9\x85\xD8\xB1\xD9\x86\xDA\xAF",                  // کمرنگ
      "\xD8\xA7\xD8\xB3\xDA\xA9\xD9\x86\xD8\xA7\xD8\xB3",        // اسکناس
      "\xD8\xA7\xD8\xB1\xD9\x82\xD8\xA7\xD9\x85",                  // ارقام
      "\xD9\xBE\xD9\x88\xD9\x84",                                      // پول
      "\xD8\xB1\xDB\x8C\xD8\xA7\xD9\x84",                            // ریال
  };
  const std::string_view a = word(m + 1);
  for (const std::string_view x : after)
    if (a == x) return true;
  return false;
}

// Yemen's papers and sites are named by the days of its revolutions (14
// أكتوبر, 26 سبتمبر, 21 سبتمبر): in a dateline such a day, with no year or
// weekday, stands between the city's slash and a colon or another slash
// (عدن/ 14 أكتوبر:, الخرطوم / 14 أكتوبر / متابعات:), first on its line
// before a bar (21 سبتمبر |صنعاء) or after the word for paper (صحيفة 14
// أكتوبر); or after the word for sources, in quotes or not (مصادر "2 ديسمبر",
// ووفقا لمصادر 28 نوفمبر فإن: outlets' names, any day).
bool names_outlet(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  // موقع السعودي اليوم, «بلدنا اليوم»: today as the last word of an outlet's name, one word with its article after the word
  // for site, paper, magazine, channel, network or agency (ل, ب or و on it), or the two in quotes (not دار النشر اليوم).
  if (e.te == e.tb + 1 && e.tb >= 2 && e.te < toks.size() && toks[e.tb - 1].t == type::word &&
      folded.substr(toks[e.tb].begin, toks[e.tb].end - toks[e.tb].begin) == "\xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85") {
    const auto text = [&](std::size_t k) { return folded.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    if (text(e.tb - 2) == "\xC2\xAB" && text(e.te) == "\xC2\xBB") return true;  // « »
    std::string_view w = text(e.tb - 2);
    if (text(e.tb - 1).compare(0, 4, "\xD8\xA7\xD9\x84") != 0) w = {};  // the name with its article (not بموقع فيسبوك اليوم)
    if (w.size() > 6 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0 || w.compare(0, 2, "\xD9\x88") == 0)) w.remove_prefix(2);
    static constexpr std::string_view outlets[] = {"\xD9\x85\xD9\x88\xD9\x82\xD8\xB9", "\xD8\xB5\xD8\xAD\xDB\x8C\xD9\x81\xD9\x87", "\xD8\xAC\xD8\xB1\xDB\x8C\xD8\xAF\xD9\x87", "\xD9\x85\xD8\xAC\xD9\x84\xD9\x87", "\xD9\x82\xD9\x86\xD8\xA7\xD9\x87", "\xD8\xB4\xD8\xA8\xDA\xA9\xD9\x87", "\xD9\x88\xDA\xA9\xD8\xA7\xD9\x84\xD9\x87"};  // موقع صحیفه جریده مجله قناه شبکه وکاله
    for (const std::string_view x : outlets)
      if (w == x) return true;
  }
  if (e.s != shape::date || e.year != 0 || e.year_relative || e.weekday >= 0 || e.hour >= 0 || e.te >= toks.size())
    return false;
  if (std::size_t k = e.tb > 0 && toks[e.tb - 1].t == type::punct && (toks[e.tb - 1].punct == '"' || toks[e.tb - 1].punct == 0) ? e.tb - 1 : e.tb;
      k > 0 && toks[k - 1].t == type::word) {
    std::string_view w = folded.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
    if (w.size() > 10 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD9\x88") == 0)) w.remove_prefix(2);  // لمصادر ومصادر
    if (w == "\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1") return true;  // مصادر
  }
  // (Only these: طهران/ 4 تشرين الثاني /نوفمبر/إرنا- is an agency's dateline with its day.)
  if (!((e.month == 10 && e.day == 14) || (e.month == 9 && (e.day == 26 || e.day == 21)))) return false;
  const auto punct = [&](std::size_t k, char c) { return k < toks.size() && toks[k].t == type::punct && toks[k].punct == c; };
  const auto line_start = [&](std::size_t k) { return k == 0 || toks[k - 1].t == type::newline; };
  if (line_start(e.tb) && punct(e.te, '|')) return true;
  // صحيفة 14 أكتوبر, لجريدة 26 سبتمبر: after the word for paper (ل, ب or و on it).
  if (e.tb > 0 && (toks[e.tb - 1].t == type::word || toks[e.tb - 1].t == type::lex)) {
    std::string_view w = folded.substr(toks[e.tb - 1].begin, toks[e.tb - 1].end - toks[e.tb - 1].begin);
    if (w.size() > 10 && (w.compare(0, 2, "\xD9\x84") == 0 || w.compare(0, 2, "\xD8\xA8") == 0 || w.compare(0, 2, "\xD9\x88") == 0)) w.remove_prefix(2);
    if (w == "\xD8\xB5\xD8\xAD\xDB\x8C\xD9\x81\xD9\x87" || w == "\xD8\xAC\xD8\xB1\xDB\x8C\xD8\xAF\xD9\x87") return true;  // صحیفه جریده
  }
  // The city: one word first on its line (or after a headline's dash) before the slash.
  return e.tb >= 2 && punct(e.tb - 1, '/') && (punct(e.te, ':') || punct(e.te, '/')) &&
         (toks[e.tb - 2].t == type::word || toks[e.tb - 2].t == type::lex) && line_start(e.tb - 2);
}

// وذكر مدير عام دائرة شؤون الفروع ستار نوروز إن …, وبين نوروز أن …: in
// Arabic a named day written as one word, right before إن or أن (that, after
// a verb of saying), is the speaker's name (a Kurdish or Persian surname).
bool names_speaker(const expression& e, const std::vector<token>& toks, std::string_view folded) {
  if (e.te != e.tb + 1 || e.te >= toks.size() || e.year != 0 || toks[e.tb].t != type::lex ||
      !(toks[e.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday))))
    return false;
  return folded.substr(toks[e.te].begin, toks[e.te].end - toks[e.te].begin) == "\xD8\xA7\xD9\x86";  // ان (أن, إن)
}

}  // namespace engine
}  // namespace taqvim
