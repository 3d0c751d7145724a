// The day of a clock time alone (clocks.h).
#include "engine/clocks.h"

#include "engine/filters.h"
#include "lexicon/lexicon.h"

#include <cstdlib>  // std::abs

namespace taqvim {
namespace engine {

namespace {

std::optional<date::local_days> day_named(std::string_view folded, const std::vector<scan::token>& toks,
                                          const std::vector<grammar::expression>& found, const std::vector<read_match>& read,
                                          std::size_t n, const resolve::context& c, int* tod);

}  // namespace

std::optional<date::local_days> day_of_clock(std::string_view folded, const std::vector<scan::token>& toks,
                                             const std::vector<grammar::expression>& found, const std::vector<read_match>& read,
                                             std::size_t n, const resolve::context& c, int* tod) {
  std::optional<date::local_days> day = day_named(folded, toks, found, read, n, c, tod);
  // إلى الساعة الخامسة صباحا من اليوم الموالي, 01:00 صباحاً (اليوم التالي), تا ۲
  // بامداد روز بعد: the day after the one the clock would be on.
  std::size_t k = found[n].te;
  const auto word = [&](std::size_t x, std::string_view w) {
    return x < toks.size() && folded.substr(toks[x].begin, toks[x].end - toks[x].begin) == w;
  };
  if (k < toks.size() && toks[k].t == scan::type::punct && toks[k].punct == '(') ++k;
  if (k < toks.size() && toks[k].t == scan::type::lex && (toks[k].fillers & (1U << lexicon::fill_range_from))) ++k;
  const bool next = word(k, "\xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD9\x84\xDB\x8C") ||  // الیوم التالی
                    word(k, "\xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C") ||  // الیوم الموالی
                    (word(k, "\xD8\xB1\xD9\x88\xD8\xB2") && word(k + 1, "\xD8\xA8\xD8\xB9\xD8\xAF"));  // روز بعد
  if (!next) return day;
  // … من اليوم التالي 6 أكتوبر 2021, روز بعد (شنبه ۱۱ فروردین): the next day written, that day.
  std::size_t w = k + (word(k, "\xD8\xB1\xD9\x88\xD8\xB2") ? 2 : 1);
  while (w < toks.size() && ((toks[w].t == scan::type::punct && (toks[w].punct == '(' || toks[w].punct == ',')) ||
                             (toks[w].t == scan::type::lex && (toks[w].fillers & (1U << lexicon::fill_equals)))))
    ++w;
  for (std::size_t m = n + 1; m < found.size() && found[m].tb <= w; ++m) {
    if (found[m].tb != w || found[m].s == grammar::shape::time_only) continue;
    match written;
    resolve::resolve(found[m], c, written);
    if (written.first == written.last && written.granularity == granularity::day && written.seconds < 0 &&
        !(written.flags & (flag_unresolved | resolve::flag_dropped)))
      return written.first;
  }
  if (!day && !c.ref.known) return std::nullopt;
  return (day ? *day : date::local_days{c.ref.day.time_since_epoch()}) + date::days{1};
}

namespace {

std::optional<date::local_days> day_named(std::string_view folded, const std::vector<scan::token>& toks,
                                          const std::vector<grammar::expression>& found, const std::vector<read_match>& read,
                                          std::size_t n, const resolve::context& c, int* tod) {
  if (tod) *tod = -1;
  const grammar::expression& p = found[n];
  const auto on_day = [](date::local_days day) { return std::optional<date::local_days>{day}; };
  // من الساعة 10 حتى الساعة 12 ظهرا يوم الأحد: the first of a range of clock
  // times is on the day the second names.
  if (n + 1 < found.size()) {
    const grammar::expression& q = found[n + 1];
    const scan::token* to = q.tb == p.te + 1 ? &toks[p.te] : nullptr;  // q follows p, so p.te is a token
    if (to && q.s != grammar::shape::time_only && q.hour >= 0 && to->t == scan::type::lex &&
        (to->fillers & (1U << lexicon::fill_range_to)) && !(to->kinds & (1U << static_cast<unsigned>(lexicon::kind::connector)))) {
      match day;
      resolve::resolve(q, c, day);
      // من الساعة 18.00 ولغاية الساعة 1.00 بعد منتصف الليل من تاريخ 18-12-2025: an end before the start's hour
      // is past midnight, the start on the day before.
      const bool past_midnight = p.hour >= 12 && q.hour < p.hour;
      if (day.first == day.last && !(day.flags & (flag_unresolved | resolve::flag_dropped)))
        return on_day(past_midnight ? day.first - date::days{1} : day.first);
    }
  }
  const auto ends = [&](std::size_t from, std::size_t to) { return sentence_ends(toks, from, to); };
  if (!read.empty()) {
    // مساء اليوم السبت الموافق 19 أبريل 2025، قداس عيد القيامة المجيد …
    // الساعة التاسعة مساءً, امروز (سه‌شنبه) همزمان با ایام شهادت … از ساعت ۹
    // صبح: a feast named after a word for what happens then (its mass, its
    // days) is no day for the clock when its sentence wrote a day before it:
    // that day's. Not after في/در or يوم/روز, nor after صلاة/نماز: the Eid's
    // prayer (صلاة عيد الفطر … الساعة 6:30) is on the Eid; a feast's mass
    // (قداس) is held on its eve.
    std::size_t last = read.size() - 1;
    const auto event_name = [&](const read_match& r) {
      constexpr unsigned dated = 1U << static_cast<unsigned>(lexicon::kind::relative) |
                                 1U << static_cast<unsigned>(lexicon::kind::weekday) |
                                 1U << static_cast<unsigned>(lexicon::kind::time_of_day);
      constexpr unsigned on_it = 1U << lexicon::fill_in | 1U << lexicon::fill_day_word | 1U << lexicon::fill_prayer;
      if (r.tb == 0 || !(toks[r.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday)))) return false;
      const scan::token& word = toks[r.tb - 1];
      const bool mass = folded.substr(word.begin, word.end - word.begin) == "\xD9\x82\xD8\xAF\xD8\xA7\xD8\xB3";  // قداس
      if (!mass && word.t != scan::type::word && !(word.t == scan::type::lex && !(word.kinds & dated) && !(word.fillers & on_it)))
        return false;
      for (std::size_t k = r.tb; k < r.te; ++k)
        if (toks[k].t == scan::type::number || (toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday))))
          return false;
      return true;
    };
    if (last > 0 && event_name(read[last])) {
      const read_match& b = read[last - 1];
      if (b.m.first == b.m.last && !(b.m.flags & flag_unresolved) && b.m.granularity >= granularity::day &&
          !ends(b.te, read[last].tb))
        --last;
    }
    const read_match& a = read[last];
    const bool day = a.m.first == a.m.last && !(a.m.flags & flag_unresolved) && a.m.granularity != granularity::year &&
                     a.m.granularity != granularity::month && a.m.granularity != granularity::week;
    // من يوم الاثنين إلى يوم الخميس: من الساعة الثامنة: the end of a range of
    // days is not the day of the hours after it, from one to another (… إلى
    // غاية يوم غد السبت، على الساعة السابعة is that Saturday's seven).
    const auto filled = [&](std::size_t k, unsigned f) {
      return k > 0 && toks[k - 1].t == scan::type::lex && (toks[k - 1].fillers & (1U << f));
    };
    const bool range_end = filled(a.tb, lexicon::fill_range_to) && filled(p.tb, lexicon::fill_range_from);
    // A month or year before it is no day, and does not keep the clock from
    // the day after it (… حتى أكتوبر، … الساعة 18:00 بتوقيت جرينتش أي …
    // غدا الثلاثاء).
    if (a.te <= p.tb && a.m.granularity >= granularity::day && within_clock_reach(toks, a, p.tb) && !ends(a.te, p.tb)) {
      // توفي صباح أمس الثلاثاء، ومن المقرر أن … يدفن في الثانية بعد الظهر, دیروز … و قرار است ساعت ۱۰: what is
      // scheduled after a day gone by is to come; not that day's (the reference's, as a clock alone).
      bool scheduled = false;
      for (std::size_t k = a.te; k < p.tb && c.ref.known && date::sys_days{a.m.first.time_since_epoch()} < c.ref.day; ++k) {
        const std::string_view w = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
        scheduled = scheduled || w == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xB1\xD8\xB1" ||  // المقرر
                    (w == "\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1" && k + 1 < p.tb &&
                     folded.substr(toks[k + 1].begin, toks[k + 1].end - toks[k + 1].begin) == "\xD8\xA7\xD8\xB3\xD8\xAA");  // قرار است
      }
      if (scheduled) return std::nullopt;
      if (day && !range_end) {
        // مساء الغد … بحلول الساعة السادسة وعشر دقائق: the day's part of the
        // day (a word of its own just before it, not a night that is the day).
        // Past the clocks of that day before this one (… الساعة الخامسة …،
        // … الساعة السادسة).
        std::size_t r = last;
        while (r > 0 && read[r].m.seconds >= 0 && read[r - 1].m.first == a.m.first && !ends(read[r - 1].te, read[r].tb)) --r;
        const read_match& named = read[r];
        const scan::token& before = toks[named.tb > 0 ? named.tb - 1 : named.tb];
        if (tod && named.tb > 0 && before.t == scan::type::lex &&
            (before.kinds & (1U << static_cast<unsigned>(lexicon::kind::time_of_day))) &&
            !(before.kinds & (1U << static_cast<unsigned>(lexicon::kind::relative))) && before.end - before.begin > 2) {
          const lexicon::trie& lex = lexicon::table();
          for (std::uint32_t e = before.entry_begin; e < before.entry_end; ++e)
            if (lex.entries[e].k == lexicon::kind::time_of_day) *tod = lex.entries[e].value;
        }
        return on_day(a.m.first);
      }
      // من يوم الأحد 14/9/2025 ولغاية يوم الخميس 18/9/2025، حتى الساعة 12
      // ظهرًا: "until" a clock after a span of days is on its last day.
      if (a.m.first != a.m.last && a.m.granularity == granularity::day && a.m.seconds < 0 &&
          !(a.m.flags & flag_unresolved) && filled(p.tb, lexicon::fill_range_to) &&
          !(toks[p.tb - 1].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))))
        return on_day(a.m.last);
      return std::nullopt;  // another day in the sentence before it: not one after it either
    }
  }
  // الساعة الثالثة عصرا بالتوقيت المحلي … في الثالث من يونيو المقبل: else the
  // day named after it in its sentence, past other clock times, when near.
  // Not past a line break, not even a list's after a colon (الساعة 1
  // مساء:\n15 أغسطس): what the next line dates is its own, and text written
  // after a line cannot change how the line reads.
  const auto line_ends = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (toks[k].t == scan::type::newline) return true;
    return false;
  };
  bool named_after = false;  // a day named after it in its sentence, a relative one too
  for (std::size_t m = n + 1; m < found.size(); ++m) {
    const grammar::expression& q = found[m];
    if (toks[q.tb].begin - toks[p.te - 1].end > near_clock_reach || ends(p.te, q.tb) || line_ends(p.te, q.tb)) break;
    // (Past a year alone too: … عصراً بتوقيت القاهرة حين وقع زلزال القاهرة 1992 في يوم 12 أكتوبر 1992.)
    if (q.s == grammar::shape::time_only || q.s == grammar::shape::year) continue;
    match day;
    resolve::resolve(q, c, day);
    // A written date (not a relative day: من الساعة 10 صباحا وبعضهم متواجدون
    // منذ الأمس is today's ten o'clock; but one with its date written, من يوم
    // الأمس الأربعاء 10 سبتمبر 2025); or the same moment told again with
    // its day after أي (الساعة 18:00 بتوقيت جرينتش أي الساعة السابعة مساء
    // بتوقيت القاهرة غدا الثلاثاء).
    const std::string_view f = folded;
    const bool again = q.hour >= 0 && q.tb == p.te + 1 &&
                       f.substr(toks[p.te].begin, toks[p.te].end - toks[p.te].begin) == "\xD8\xA7\xDB\x8C";
    if (day.first == day.last && !(day.flags & (flag_unresolved | resolve::flag_dropped)) &&
        ((day.seconds < 0 && day.granularity == granularity::day && (!day.relative() || (q.day != 0 && q.month != 0))) ||
         again))
      return on_day(day.first);
    named_after = day.granularity == granularity::day;
    break;
  }
  if (const read_match* h = schedule_heading(toks, read, p.tb)) return on_day(h->m.first);
  // تنطلق يوم الاثنين 9 شباط 2026 … ⏎ ويقام حفل الافتتاح عند السادسة مساءً, روز جمعه ۲۱ آذر … برگزار می‌شود. … از
  // ساعت ۱۱:۳۰: else, with the reference's whole day known, the day last named in the sentence before, when its
  // own names none after it (… الساعة الثانية صباحا أن الخميس أول أيام عيد), when near and not before the
  // reference (what is to come is told, then its hours; a day gone by is as often the story's background as the
  // clock's), and not a holiday's name, nor a span's end (… حتى 14 من الشهر ذاته: the hours are the first
  // day's), nor a page's stamp (۱۰:۳۳ ⏎ ۱۴۰۴/۰۷/۲۰: the date after it is the clock's, read as one).
  // With no reference, or one of a year only (a date in a sentence), likewise when that day is written with its
  // weekday, as what is to come is announced (… يوم الخميس 11 أفريل 2024. ⏎ وسيتم فتح … من الساعة التاسعة صباحًا; not …
  // که در ۲۰ فبروری ۲۰۰۸ … ایجاد … . از ساعت ۶ صبح الی ۲ شب, a founding's day and its daily hours), but not a
  // list's line of its own, a label and a colon before its clock (… يوم الأحد 2 مارس 2025 … ⏎ الفجر: 4:53
  // صباحا: a timetable's hours).
  if (!read.empty()) {
    const read_match& a = read.back();
    const bool day = a.m.first == a.m.last && !(a.m.flags & flag_unresolved) && a.m.granularity != granularity::year &&
                     a.m.granularity != granularity::month && a.m.granularity != granularity::week;
    const auto holiday = [&] {
      for (std::size_t k = a.tb; k < a.te; ++k)
        if (toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::holiday))) return true;
      return false;
    };
    // (2024-06-02@08:05:54 GMT ⏎ ⏎ حتى 11 ليلا: a page's stamp of time, alone on its line, dates the page, not
    // the clocks after it.)
    const bool stamped = a.m.seconds >= 0 && (a.tb == 0 || toks[a.tb - 1].t == scan::type::newline) &&
                         a.te < toks.size() && toks[a.te].t == scan::type::newline;
    // (Nor a span's start or end: بداية من يوم غد … ⏎ … قبل الساعة الثامنة صباحا, از 20 تیر ماه پرواز … برقرار
    // می‌شود. … ساعت 12:55: from a day on, the hours are every day's.)
    const bool range_end = a.tb > 0 && toks[a.tb - 1].t == scan::type::lex &&
                           (toks[a.tb - 1].fillers & (1U << lexicon::fill_range_to | 1U << lexicon::fill_range_from));
    // (… يوم 6 سبتمبر المقبل. // انتهى // 19:23 ت م: a wire's stamp after "end", its sending time.)
    std::size_t w = p.tb;
    while (w > a.te && toks[w - 1].t == scan::type::punct && toks[w - 1].punct == '/') --w;
    const bool sent = w > a.te && folded.substr(toks[w - 1].begin, toks[w - 1].end - toks[w - 1].begin) ==
                                      "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xDB\x8C";  // انتهى
    const bool stamp = sent || (p.te + 1 < toks.size() && toks[p.te].t == scan::type::newline && n + 1 < found.size() &&
                       found[n + 1].tb == p.te + 1 &&  // the date alone on its line, as a stamp is
                       (found[n + 1].te >= toks.size() || toks[found[n + 1].te].t == scan::type::newline));
    // One sentence's end between them at most (جمعه ۱۴ مهر ۱۴۰۲ ⏎ مسابقه لغو شد. ⏎ جلسه بعدی ساعت ۱۷: a story of
    // its own comes between).
    const auto breaks = [&] {
      int runs = 0;
      bool in_run = false;
      for (std::size_t k = a.te; k < p.tb; ++k) {
        const bool end = toks[k].t == scan::type::newline ||
                         (toks[k].t == scan::type::punct && (toks[k].punct == '.' || toks[k].punct == '!' || toks[k].punct == '?'));
        runs += end && !in_run;
        in_run = end;
      }
      return runs;
    };
    const auto weekday = [&] {  // (or just before it: يوم الاثنين المقبل، 12 يناير 2026, the relative weekday unread)
      for (std::size_t k = a.tb >= 4 ? a.tb - 4 : 0; k < a.te; ++k)
        if (toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday))) return true;
      return false;
    };
    const auto listed = [&] {
      bool colon = false;
      for (std::size_t k = p.tb; k > a.te; --k) {
        if (toks[k - 1].t == scan::type::newline) return colon;
        colon = colon || (toks[k - 1].t == scan::type::punct && toks[k - 1].punct == ':');
      }
      return false;
    };
    if (day && a.te <= p.tb && toks[p.tb].begin - toks[a.te - 1].end <= near_clock_reach && breaks() <= 1 && !named_after &&
        (!c.ref.known || date::sys_days{a.m.first.time_since_epoch()} >= c.ref.day) &&
        ((c.ref.known && !c.ref.year_only) || (weekday() && !listed())) && !holiday() &&
        !range_end && !stamp && !stamped)
      return on_day(a.m.first);
  }
  return std::nullopt;
}

}  // namespace

bool hours_from_a_day(std::string_view folded, const std::vector<scan::token>& toks,
                      const std::vector<grammar::expression>& found, std::size_t n) {
  const auto has = [&](std::size_t k, unsigned f) {
    return k < toks.size() && toks[k].t == scan::type::lex && (toks[k].fillers & (1U << f)) &&
           !(toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector)));
  };
  const grammar::expression& p = found[n];
  if (n + 1 >= found.size() || !(has(p.tb, lexicon::fill_range_from) || (p.tb > 0 && has(p.tb - 1, lexicon::fill_range_from))))
    return false;
  const grammar::expression& q = found[n + 1];
  if (q.s != grammar::shape::time_only || q.tb != p.te + 1 || !has(p.te, lexicon::fill_range_to)) return false;
  std::size_t k = q.te;
  if (k < toks.size() && toks[k].t == scan::type::punct && toks[k].punct == ',') ++k;
  // تبدأ أعمالها من التاسعة صباحًا حتى الخامسة مساءً، وتستمر حتى يوم الأربعاء 15 أكتوبر: the hours of every day until then.
  if (k + 1 < toks.size() && has(k + 1, lexicon::fill_range_to)) {
    std::string_view v = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (v.size() > 8 && v.compare(0, 2, "\xD9\x88") == 0) v.remove_prefix(2);  // و
    if (v == "\xD8\xAA\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1" || v == "\xDB\x8C\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1")  // تستمر یستمر
      return true;
  }
  if (k >= toks.size() || !has(k + 1, lexicon::fill_range_from)) return false;
  const std::string_view w = folded.substr(toks[k].begin, toks[k].end - toks[k].begin);
  return w == "\xD8\xA8\xD8\xAF\xD8\xA7\xDB\x8C\xD9\x87" ||          // بدایه (بداية)
         w == "\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7" ||          // ابتدا (ابتداء)
         w == "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7" ||  // اعتبارا
         w == "\xD8\xA7\xD9\x86\xD8\xB7\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7";    // انطلاقا
}

int part_of_day_of_range(const std::vector<scan::token>& toks, const std::vector<grammar::expression>& found, std::size_t n) {
  const auto own = [&](const grammar::expression& e) {
    for (std::size_t k = e.tb > 0 ? e.tb - 1 : 0; k < e.te; ++k)
      if (toks[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::time_of_day))) return true;
    return false;
  };
  // a and b, in that order, are two clocks with "to" between them.
  const auto range = [&](const grammar::expression& a, const grammar::expression& b) {
    return a.s == grammar::shape::time_only && b.s == grammar::shape::time_only && b.tb == a.te + 1 &&
           toks[a.te].t == scan::type::lex && (toks[a.te].fillers & (1U << lexicon::fill_range_to)) &&
           !(toks[a.te].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector)));
  };
  const grammar::expression& p = found[n];
  if (p.hour < 1 || p.hour >= 12 || own(p)) return -1;
  if (n > 0 && range(found[n - 1], p) && own(found[n - 1]) && found[n - 1].hour >= 12 && p.hour > found[n - 1].hour - 12)
    return lexicon::tod_pm;
  if (n + 1 < found.size() && range(p, found[n + 1]) && own(found[n + 1]) && found[n + 1].hour >= 12 &&
      p.hour < found[n + 1].hour - 12)
    return lexicon::tod_pm;
  // الثامنة والنصف مساءً بتوقيت مكة المكرمة وبغداد، السابعة والنصف بتوقيت القاهرة: one moment in a second zone after
  // a comma (a second city of the first zone on و before it or not), both zones written; an evening's hour there is
  // as many hours, less the few between the two zones.
  const auto zoned = [](const grammar::expression& e) { return e.zone >= 0 || e.zone_offset != grammar::expression::no_offset; };
  // (غدا السبت (16:00 غرينيتش +1)، في تمام الساعة السادسة بتوقيت الدوحة: the first a day's clock, its hours past noon.)
  if (n > 0 && zoned(p) && zoned(found[n - 1]) && found[n - 1].hour >= 13 && p.tb > found[n - 1].te && p.tb <= found[n - 1].te + 2 &&
      toks[p.tb - 1].t == scan::type::punct && toks[p.tb - 1].punct == ',' && std::abs(found[n - 1].hour - 12 - p.hour) <= 3)
    return lexicon::tod_pm;
  // في تمام الساعة السادسة بتوقيت الدوحة (16:00 غرينيتش+1): the same moment in brackets after it, past noon.
  if (n + 1 < found.size() && zoned(p) && zoned(found[n + 1]) && found[n + 1].hour >= 13 && found[n + 1].tb == p.te + 1 &&
      toks[p.te].t == scan::type::punct && toks[p.te].punct == '(' && std::abs(found[n + 1].hour - 12 - p.hour) <= 3)
    return lexicon::tod_pm;
  return -1;
}

}  // namespace engine
}  // namespace taqvim
