// Ranges whose ends the grammar read apart: two matches with تا/إلى/حتى between them are one interval.
#include <date/date.h>

#include "engine/join.h"
#include "engine/range_ends.h"
#include "grammar/moved.h"
#include "lexicon/lexicon.h"

namespace taqvim {
namespace engine {

void join_ranges(const document& d, std::vector<read_match>& read, int hijri_offset) {
  join_weekday_lists(d, read);
  constexpr std::uint32_t to = 1U << lexicon::fill_range_to, from = 1U << lexicon::fill_range_from;
  std::size_t out = 0;
  for (std::size_t k = 0; k < read.size(); ++k) {
    if (out > 0) {
      read_match& a = read[out - 1];
      const read_match& b = read[k];
      match x = a.m, y = b.m;
      // One word between them, تا, إلى, حتى, لغاية (not و), and از/من before the first or nothing.
      // A comma may stand before the word (من اليوم الأحد، وإلى غاية الأربعاء),
      // a part of the day after it (وحتى مساء الخميس 6/6).
      std::uint32_t w = a.te < b.tb && d.tokens[a.te].t == scan::type::punct && d.tokens[a.te].punct == ',' ? a.te + 1 : a.te;
      bool verb = false;  // a verb on و before the word for "until": a span of days, not months
      // از ۵ جوزا آغاز و تا ۲۲ جوزا ادامه: "begins and" before تا.
      const auto word_at = [&](std::uint32_t k, std::string_view s) {
        return k < b.tb && d.folded.text().substr(d.tokens[k].begin, d.tokens[k].end - d.tokens[k].begin) == s;
      };
      // از ۲۰ آبان آغاز شده و تا ۱۵ دی, از ساعت ۸ صبح روز شنبه … آغاز و تا
      // پایان وقت اداری روز …: with شده, and a start or end at a clock time, still the days from one to the other.
      bool begins = false;
      if (word_at(w, "\xD8\xA7\xD8\xBA\xD8\xA7\xD8\xB2") || word_at(w, "\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9")) {  // اغاز (آغاز, folded), شروع
        // (Not آغاز می‌شود و تا: the sets' annotators read two days there.)
        const std::uint32_t v = word_at(w + 1, "\xD8\xB4\xD8\xAF\xD9\x87") || word_at(w + 1, "\xD8\xB4\xD8\xAF") ? w + 2 : w + 1;  // شده, شد
        if (word_at(v, "\xD9\x88")) w = v + 1, begins = true;                                                // و
      }
      // انطلق في 28 يونيو واستمر حتى 10 يوليو, تنطلق اليوم … وتتواصل الى غاية
      // 22 فيفري, 23 ديسمبر لتتواصل إلى غاية 5 جانفي: a verb written onto و
      // or ل, then the word for "until" (not after a comma: 6 حزيران، وتستمر حتى 9 من الشهر نفسه states two days).
      else if (w == a.te && w + 1 < b.tb && d.tokens[w].t == scan::type::word && d.tokens[w].end - d.tokens[w].begin > 6 &&
               (d.folded.text().compare(d.tokens[w].begin, 2, "\xD9\x88") == 0 ||
                d.folded.text().compare(d.tokens[w].begin, 2, "\xD9\x84") == 0) &&
               d.tokens[w + 1].t == scan::type::lex && (d.tokens[w + 1].fillers & to) &&
               !(d.tokens[w + 1].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))))
        w += 1, verb = true;
      // انطلق أمس السبت و يستمر إلى غاية 07 جوان: و written apart from a verb of
      // the present or past (ی, ت, ا, or the future's سی, ست; not و ساريٍ حتى, valid until).
      else if (w == a.te && w + 2 < b.tb && word_at(w, "\xD9\x88") && d.tokens[w + 1].t == scan::type::word &&
               d.tokens[w + 1].end - d.tokens[w + 1].begin > 4 &&
               [&] {
                 const std::string_view v = d.folded.text().substr(d.tokens[w + 1].begin, 4);
                 return v.compare(0, 2, "\xDB\x8C") == 0 || v.compare(0, 2, "\xD8\xAA") == 0 || v.compare(0, 2, "\xD8\xA7") == 0 ||
                        v == "\xD8\xB3\xDB\x8C" || v == "\xD8\xB3\xD8\xAA";
               }() &&
               d.tokens[w + 2].t == scan::type::lex &&
               (d.tokens[w + 2].fillers & to) && !(d.tokens[w + 2].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))))
        w += 2, verb = true;
      // غدا الإثنين 1 غشت و إلى غاية 6 منه: و written apart before the word for "until".
      else if (w == a.te && w + 1 < b.tb && word_at(w, "\xD9\x88") && d.tokens[w + 1].t == scan::type::lex &&
               (d.tokens[w + 1].fillers & to) && !(d.tokens[w + 1].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))))
        w += 1;
      // يوم 1 سبتمبر وتتواصل فعالياتها الى غاية 31 أكتوبر, وتستمر الحملة حتى: the verb's subject between.
      else if (w == a.te && w + 2 < b.tb && d.tokens[w].t == scan::type::word && d.tokens[w].end - d.tokens[w].begin > 6 &&
               d.folded.text().compare(d.tokens[w].begin, 2, "\xD9\x88") == 0 && d.tokens[w + 1].t == scan::type::word &&
               d.tokens[w + 2].t == scan::type::lex && (d.tokens[w + 2].fillers & to) &&
               !(d.tokens[w + 2].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))))
        w += 2, verb = true;
      // تا پایان وقت اداری روز شنبه, تا آخر وقت اداری امروز: the end of that day's office hours is that day.
      std::uint32_t office = 0;
      if (begins && (word_at(w + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86") || word_at(w + 1, "\xD8\xA7\xD8\xAE\xD8\xB1")) &&  // پایان, اخر
          word_at(w + 2, "\xD9\x88\xD9\x82\xD8\xAA") && word_at(w + 3, "\xD8\xA7\xD8\xAF\xD8\xA7\xD8\xB1\xDB\x8C"))          // وقت اداری
        office = 3;
      // حتى نهاية دوام يوم الأحد الموافق 31 / 8 / 2025, حتى نهاية الدوام الرسمي
      // ليوم الخميس: the end of the day's office hours is that day, in Arabic too.
      if (word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") &&  // نهايه (نهاية)
          (word_at(w + 2, "\xD8\xAF\xD9\x88\xD8\xA7\xD9\x85") || word_at(w + 2, "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD8\xA7\xD9\x85") ||  // دوام, الدوام
           word_at(w + 2, "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD8\xA7\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xB3\xD9\x85\xDB\x8C")))  // الدوام الرسمي (one phrase)
        office = 2;
      // وحتى نهاية يوم عمل 31 ديسمبر 2024م, حتى نهاية يوم العمل: the end of a working day is that day.
      else if (word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") && word_at(w + 2, "\xDB\x8C\xD9\x88\xD9\x85") &&  // نهايه يوم
               (word_at(w + 3, "\xD8\xB9\xD9\x85\xD9\x84") || word_at(w + 3, "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84")))  // عمل, العمل
        office = 3;
      const scan::token& t = d.tokens[w];
      const std::uint32_t tod = 1U << static_cast<unsigned>(lexicon::kind::time_of_day);
      // حتى صباح 5 مايو: a part of the day before the end; حتى الـ5 من سبتمبر, إلى الـ 5 أوت: the article before its day.
      const bool article_on_day = b.tb == w + 2 &&
                                  d.tokens[b.tb].t == scan::type::number &&
                                  d.folded.text().substr(d.tokens[w + 1].begin, d.tokens[w + 1].end - d.tokens[w + 1].begin) ==
                                      "\xD8\xA7\xD9\x84";  // ال
      // حتى نهاية يوم الأربعاء 1446/10/04هـ, وتمتد إلى نهاية يوم الجمعة: "the end of" a day is that day.
      // تا اواخر روز جمعه, حتى أواخر يوم الخميس, تا پایان روز شنبه: likewise.
      const bool end_of_day = b.tb == w + 2 && d.tokens[b.tb].t == scan::type::lex &&
                              (d.tokens[b.tb].fillers & (1U << lexicon::fill_day_word)) &&
                              (word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") ||   // نهايه (نهاية, folded)
                               word_at(w + 1, "\xD8\xA7\xD9\x88\xD8\xA7\xD8\xAE\xD8\xB1") ||   // اواخر (أواخر)
                               word_at(w + 1, "\xD8\xA7\xD9\x88\xD8\xA7\xDB\x8C\xD9\x84") ||   // اوایل: تا اوایل روز دوشنبه
                               word_at(w + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86"));    // پایان
      // آغاز شد و تا روز ۱۵ فبروری, از ابتدای سال تا روز ۱۱ مهر, من 5 مايو حتى
      // يوم 10 مايو: the day word before the end, after a verb or a from;
      // يوم 9 فيفري 2023 ويمتدّ إلى غاية يوم 12 من ذات الشهر (a verb with no
      // from: not من 5 سبتمبر ويتواصل إلى يوم 31 أكتوبر, two days).
      const bool from_before = a.tb > 0 && ((d.tokens[a.tb - 1].fillers & from) ||  // (از روز ۲۹ اسفند: the day word between)
                                            (a.tb > 1 && (d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_day_word)) && (d.tokens[a.tb - 2].fillers & from)));
      const bool day_word_at_end = (begins || from_before != verb) && w + 1 < b.tb &&
                                   (d.tokens[w + 1].fillers & (1U << lexicon::fill_day_word));
      // حتى آخر يونيو 1992, تا پایان خرداد: the end of a month, its last day.
      const bool end_of_month = b.tb == w + 2 && b.m.granularity == granularity::month &&
                                ((d.tokens[w + 1].fillers & (1U << lexicon::fill_last)) ||
                                 word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") ||  // نهايه (نهاية)
                                 word_at(w + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86"));   // پایان
      // حتى نهاية اليوم السادس من أغسطس, حتى منتصف ليل السادس من أغسطس, وحتى نهاية يوم 23 أبريل 2026: the
      // end or the midnight of a day is that day.
      const bool end_of_the_day = ((b.tb == w + 3 || (b.tb == w + 2 && word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87"))) &&
                                  ((word_at(w + 1, "\xD9\x86\xD9\x87\xD8\xA7\xDB\x8C\xD9\x87") &&   // نهايه (نهاية)
                                    (b.tb == w + 2 || word_at(w + 2, "\xD8\xA7\xD9\x84\xDB\x8C\xD9\x88\xD9\x85") ||  // اليوم
                                     (word_at(w + 2, "\xDB\x8C\xD9\x88\xD9\x85") && d.tokens[b.tb].t == scan::type::number))) ||  // يوم 23
                                   (word_at(w + 1, "\xD9\x85\xD9\x86\xD8\xAA\xD8\xB5\xD9\x81") &&  // منتصف
                                    (word_at(w + 2, "\xD9\x84\xDB\x8C\xD9\x84") || word_at(w + 2, "\xD9\x84\xDB\x8C\xD9\x84\xD9\x87"))))) ||  // ليل, ليلة
                                  // تا پایان ۱۸ سنبله, تا پایان روز سیزدهم فروردین: the end of a day written in figures or as the day, that day.
                                  (word_at(w + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86") && b.m.granularity == granularity::day &&
                                   ((b.tb == w + 2 && d.tokens[b.tb].t == scan::type::number) || (b.tb == w + 3 && (d.tokens[w + 2].fillers & (1U << lexicon::fill_day_word)))));
      // تا پایان وقت جمعه, تا اواخر وقت جمعه ۲۱ آذر: the end of a day's time (a sea warning's), that day.
      const bool end_of_time = b.tb == w + 3 && word_at(w + 2, "\xD9\x88\xD9\x82\xD8\xAA") && (word_at(w + 1, "\xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xD9\x86") || word_at(w + 1, "\xD8\xA7\xD9\x88\xD8\xA7\xD8\xAE\xD8\xB1") ||
                                                                                                          word_at(w + 1, "\xD8\xA7\xD9\x88\xD8\xA7\xDB\x8C\xD9\x84"));  // وقت; پایان اواخر اوایل (تا اوایل وقت فردا)
      // تا آخر سال ۱۴۰۱: the last of a year (its day, below).
      const bool last_of_year = b.tb == w + 2 && b.m.granularity == granularity::year && (d.tokens[w + 1].fillers & (1U << lexicon::fill_last));
      const bool word_before_end = (b.tb == w + 2 && ((d.tokens[w + 1].kinds & tod) || article_on_day || end_of_day ||
                                                      day_word_at_end || end_of_month || last_of_year)) ||
                                   end_of_the_day || end_of_time;
      const std::uint32_t b_tb = (office && b.tb == w + 1 + office) || word_before_end ? w + 1 : b.tb;
      // و joins the ends only after بين (بين الأربعاء والجمعة).
      const bool between = a.tb > 0 && (d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_between));
      // ما بين السادس والعشرين من يوليو الجاري، والحادي عشر من أغسطس: after بين, a comma may come before the و.
      const bool waw = (b.tb == a.te || (between && b.tb == w && w == a.te + 1)) && d.tokens[b.tb].waw;
      // بين 6 مارس سنة 1930 وبين 31 أكتوبر سنة 1932: بين again on و.
      const bool between_again = between && b_tb == w + 1 && t.t == scan::type::lex && t.waw &&
                                 (t.fillers & (1U << lexicon::fill_between));
      // تم تأجيله من 2 شتنبر إلى 21 من الشهر ذاته: put off from one day to another, two days.
      const std::uint32_t opener = a.tb > 1 && (d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_day_word)) ? a.tb - 2 : a.tb - 1;
      // (نقل امتحانات يوم الثلاثاء 13/1/2026 إلى يوم السبت 17/1/2026: the word for putting off or moving just before the
      // first day, with no from, likewise.)
      const auto moving = [&] {  // نقل, moved, three words before at most (not Persian's حمل و نقل, transport)
        for (std::uint32_t k = a.tb; k > 0 && a.tb - k < 3; --k)
          if (word_at(k - 1, "\xD9\x86\xD9\x82\xD9\x84") && !(k > 2 && word_at(k - 3, "\xD8\xAD\xD9\x85\xD9\x84"))) return true;
        return false;
      };
      const bool moved = a.tb > 0 && ((d.tokens[opener].fillers & from) ? grammar::moved_before(d.tokens, d.folded.text(), opener)
                                                                         : grammar::moved_before(d.tokens, d.folded.text(), a.tb) || moving());
      const bool one_word = !moved && ((b_tb == w + 1 && t.t == scan::type::lex && (t.fillers & to) &&
                                        (between || d.folded.text().substr(t.begin, t.end - t.begin) != "\xD9\x88")) ||
                                       (between && waw) || between_again);
      bool joined = false;
      const bool and_between = waw || (b.tb == a.te + 1 && (t.kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))));
      // Short, as every match a document_stream must read whole (max_joined).
      const bool short_enough = y.end - x.begin <= max_joined;
      if (!one_word && and_between && short_enough && decades_side_by_side(x, y) && !(x.flags & flag_unresolved) &&
          !(y.flags & flag_unresolved)) {
        a.m.last = y.last;
        a.m.end = y.end;
        a.te = b.te;
        continue;
      }
      // من الخمسينيات إلى التسعينيات, از دهه ۱۹۶۰ تا اواخر دهه ۱۹۸۰: from a decade to a later one of its calendar, one span.
      const bool part_then = b.tb == w + 2 && t.t == scan::type::lex && (t.fillers & to) && !(t.kinds & (1U << static_cast<unsigned>(lexicon::kind::connector))) &&
                             (d.tokens[w + 1].kinds & (1U << static_cast<unsigned>(lexicon::kind::part)));  // تا اواخر دهه ۱۹۸۰
      if ((one_word || part_then) && short_enough && one_decade(x) && one_decade(y) && x.calendar == y.calendar &&
          y.first > x.last && y.last - x.first <= date::days{36525} && !((x.flags | y.flags) & flag_unresolved)) {
        a.m.last = y.last;
        a.m.end = y.end;
        a.te = b.te;
        take_from(d, a);
        continue;
      }
      // من أواخر العام ١٩٩٩ إلى العام ٢٠١٨, بين نهاية العام 2018 وبداية العام 2019, من العام 2019 إلى حين العام 2022,
      // از اواخر سال ۱۳۹۸ تا اوایل سال ۱۴۰۱: from a year, a part of it or not, to a later one of its calendar, one span
      // of the whole years (parts take the value of the year they qualify), as من عام 2019 إلى عام 2022 is; not
      // after a verb (درسال ۱۳۵۲ آغاز شد و تا سال ۱۳۵۶: two years, as the sets read them) nor without a from.
      const bool until_then = b.tb == w + 2 && t.t == scan::type::lex && (t.fillers & to) &&
                              word_at(w + 1, "\xD8\xAD\xDB\x8C\xD9\x86");  // إلى حين (حین)
      const bool since_before = (d.tokens[a.tb].t == scan::type::lex && (d.tokens[a.tb].fillers & (1U << lexicon::fill_in))) ||
                                (a.tb > 0 && ((d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_since | 1U << lexicon::fill_in)) ||
                                             word_at(a.tb - 1, "\xD8\xA8\xD8\xB9\xD8\xAF")));  // منذ, في; ما بعد 1995 ولغاية عام 2001
      if ((one_word || part_then || until_then) && !verb && !begins && (from_before || between || since_before) && short_enough &&
          x.granularity == granularity::year &&
          y.granularity == granularity::year && !x.relative() && !y.relative() && x.calendar == y.calendar && x.rule == y.rule &&
          x.last - x.first <= date::days{366} && y.last - y.first <= date::days{366} && y.first > x.last &&
          y.last - x.first <= date::days{36525} && !((x.flags | y.flags) & flag_unresolved) && x.written.year != 0 &&
          y.written.year != 0) {
        a.m.last = y.last, a.m.end = y.end, a.te = b.te;  // (من stays out, as in من عام 2019 إلى عام 2022)
        continue;
      }
      // من عام 2008 إلى العام الحالي, از سال ۱۳۸۵ تا سال گذشته: from a year to a later one named from now, one span
      // (the word for to right after the first: the sets read بدءا من عام 2004 وصولا إلى العام الحالي as two).
      if (one_word && !verb && short_enough && x.granularity == granularity::year && y.granularity == granularity::year && !x.relative() &&
          x.last - x.first <= date::days{366} && y.relative() && y.first > x.last && !((x.flags | y.flags) & flag_unresolved)) {
        a.m.last = y.last, a.m.end = y.end, a.te = b.te;
        take_from(d, a);
        continue;
      }
      // یکشنبه و سه‌شنبه هفته آینده, هفته آینده شنبه و دوشنبه: a bare weekday joined by و to one in a named week is in
      // that week too (weeks start on Saturday).
      if ((waw || and_between) && x.relative() && y.relative() && x.written.weekday >= 0 && y.written.weekday >= 0 &&
          x.first == x.last && y.first == y.last && names_week(d, a) != names_week(d, b)) {
        match& bare = names_week(d, a) ? y : x;
        const match& placed = names_week(d, a) ? x : y;
        const read_match& bare_read = names_week(d, a) ? b : a;
        bool qualified = false;
        for (std::uint32_t k = bare_read.tb; k < bare_read.te; ++k)
          qualified = qualified || (d.tokens[k].kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday_qualifier)));
        if (!qualified) {
          const date::local_days saturday = placed.first - date::days{(date::weekday{placed.first}.c_encoding() + 1) % 7};
          bare.first = bare.last = saturday + date::days{(static_cast<unsigned>(bare.written.weekday) + 1) % 7};
          if (&bare == &x) a.m.first = a.m.last = x.first;
          else read[k].m.first = read[k].m.last = y.first;
        }
      }
      // الخميس والجمعة, پنجشنبه و جمعه (two days): a bare weekday on و right after the one before it is the day after
      // that one, not the nearest Friday on the other side of the reference.
      if (!one_word && (waw || and_between) && x.relative() && y.relative() && x.written.weekday >= 0 &&
          y.written.weekday == (x.written.weekday + 1) % 7 && x.first == x.last && y.first == y.last &&
          y.first < x.first && y.seconds < 0 && b.te == b.tb + 1 &&
          (d.tokens[b.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday)))) {
        read[k].m.first = read[k].m.last = y.first = y.last = x.first + date::days{1};
      }
      // يومي الاربعاء والخميس: "the two days", a weekday and the next.
      // The second may take the pair's hours (يومي الاثنين والثلاثاء، من
      // الساعة الحادية عشرة صباحاً): the pair is the two days.
      const bool clock_of_pair = y.seconds >= 0 && y.first == y.last && !(y.flags & flag_unresolved);
      if (!one_word && (waw || and_between) && short_enough && a.tb > 0 && x.relative() && y.relative() &&
          x.written.weekday >= 0 && y.written.weekday == (x.written.weekday + 1) % 7 && end_of_range(d, a) &&
          (end_of_range(d, b) || clock_of_pair) && d.tokens[a.tb - 1].t != scan::type::punct &&
          d.tokens[a.tb - 1].t != scan::type::newline &&
          (two_days(d, a.tb - 1) || names_week(d, b) ||
           (plural_qualifier(d, b) && a.te == a.tb + 1 &&
            (d.tokens[a.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::weekday)))))) {
        // The qualified one places the pair (يومي الاربعاء والخميس المقبلين).
        if (y.first > x.first) x.first = x.last = y.first - date::days{1};
        else y.first = y.last = x.first + date::days{1};
        match m = x;
        m.last = y.last;
        m.end = y.end;
        a.m = m;
        a.te = b.te;
        continue;
      }
      // يومي 30 نوفمبر و 1 ديسمبر 2025, أيام 29 و30 جوان و1 و2 جويلية 2026, يومي الاثنين 1 ديسمبر والثلاثاء 2 ديسمبر:
      // after يومي/أيام/روزهای, days written one after the other, joined by و or commas, are one span (as يومي 20 و21
      // الجاري is); a start without its year is moved next to an end that has one.
      {
        const bool comma = b.tb == a.te + 1 && d.tokens[a.te].t == scan::type::punct && d.tokens[a.te].punct == ',';
        // در مورخ ۲۹/۱۲/۱۴۰۳ و ۳۰/۱۲/۱۴۰۳: after مورخ (dated) too.
        const auto dated = [&](std::uint32_t k) {
          const std::string_view w = d.folded.text().substr(d.tokens[k].begin, d.tokens[k].end - d.tokens[k].begin);
          return w == "\xD9\x85\xD9\x88\xD8\xB1\xD8\xAE" || w == "\xD9\x85\xD9\x88\xD8\xB1\xD8\xAE\xD9\x87";  // مورخ, مورخه
        };
        if ((waw || and_between || comma) && short_enough && a.tb > 0 && (days_word(d, a.tb - 1) || dated(a.tb - 1)) && !x.relative() &&
            !y.relative() &&
            x.granularity == granularity::day && y.granularity == granularity::day && x.seconds < 0 &&
            y.seconds < 0 && !(x.flags & flag_unresolved) && !(y.flags & flag_unresolved)) {
          match start = x;
          if (y.first != start.last + date::days{1} && (x.flags & flag_year_inferred) && !(y.flags & flag_year_inferred))
            for (const int dy : {-1, 1}) {
              match moved = x;
              if (move_years(moved, dy, hijri_offset) && y.first == moved.last + date::days{1}) start = moved;
            }
          if (y.first == start.last + date::days{1}) {
            match m = start;
            m.last = y.last;
            m.end = y.end;
            m.flags = y.flags;  // the end's year, written or inferred, is the span's
            a.m = m;
            a.te = b.te;
            a.calendars |= b.calendars;
            continue;
          }
        }
      }
      // يومي الخميس 5 يونيو والجمعة 6 يونيو, no reference: two year-less days of a month, each the next, one span of no year.
      if ((waw || and_between) && short_enough && a.tb > 0 && days_word(d, a.tb - 1) && yearless_day(x) && yearless_day(y) &&
          x.rule == y.rule && x.seconds < 0 && y.seconds < 0 && y.unresolved_month == x.unresolved_month && y.unresolved_day == x.unresolved_day + 1) {
        a.m.unresolved_last_month = y.unresolved_month, a.m.unresolved_last_day = y.unresolved_day, a.m.end = y.end, a.te = b.te;
        continue;
      }
      // يومي 31 ماي و01 يونيو 2023: after the dual "two days", a day, و and the next day in the next month: one span.
      if (a.tb > 0 && word_at(a.tb - 1, "\xDB\x8C\xD9\x88\xD9\x85\xDB\x8C") &&  // یومی (يومي)
          ((b.tb == a.te + 1 && (d.tokens[a.te].kinds & (1U << static_cast<unsigned>(lexicon::kind::connector)))) ||
           (b.tb == a.te && d.tokens[b.tb].waw)) &&
          x.granularity == granularity::day && y.granularity == granularity::day && y.first == y.last && x.seconds < 0 &&
          y.seconds < 0 && !(y.flags & flag_unresolved) &&
          ((!(x.flags & flag_unresolved) && x.first == x.last && y.first == x.last + date::days{1}) ||
           // (with no reference the first's year is the second's: 31 ماي, the day before 01 يونيو 2023)
           ((x.flags & flag_unresolved) && x.calendar == written_calendar::gregorian && y.calendar == written_calendar::gregorian &&
            x.unresolved_last_day == 0 && [&] {
              const date::year_month_day before{date::sys_days{(y.first - date::days{1}).time_since_epoch()}};
              return static_cast<unsigned>(before.month()) == x.unresolved_month && static_cast<unsigned>(before.day()) == x.unresolved_day;
            }()))) {
        x.first = y.first - date::days{1};
        x.flags = static_cast<std::uint16_t>(x.flags & ~flag_unresolved);
        x.unresolved_month = x.unresolved_day = 0;
        x.last = y.last;
        x.end = y.end;
        x.flags = static_cast<std::uint16_t>((x.flags | y.flags) & (flag_year_inferred | flag_invalid_date | flag_approximate));
        a.m = x;
        a.te = b.te;
        a.calendars |= b.calendars;
        continue;
      }
      // يومي الثلاثاء والأربعاء 21 و22 الجاري: days named by their weekdays,
      // then written, are the days written when the weekdays fit them (a
      // word like مورخ or في between: روزهای چهارشنبه، پنجشنبه و جمعه مورخ ۲۸، ۲۹ و ۳۰ اردیبهشت,
      // أيام الخميس والجمعة والسبت في 28 و29 و30 تشرين الثاني).
      if ((b.tb == a.te || (b.tb == a.te + 1 && (d.tokens[a.te].fillers & (1U << lexicon::fill_equals | 1U << lexicon::fill_in)))) &&
          short_enough && x.relative() && !y.relative() && x.granularity == granularity::day &&
          y.granularity == granularity::day && x.last > x.first && y.last - y.first == x.last - x.first &&
          !(y.flags & flag_unresolved) && date::weekday{x.first} == date::weekday{y.first}) {
        y.begin = x.begin;
        a.m = y;
        a.te = b.te;
        a.calendars |= b.calendars;
        continue;
      }
      // منذ بداية سنة 2012 إلى غاية منتصف شهر أكتوبر الفارط, no reference: a year-less end (a day or a month) after a
      // year written is read in that year, or the next when it would come before the start.
      if ((y.flags & flag_unresolved) && y.unresolved_month != 0 && y.unresolved_last_day == 0 && !(x.flags & flag_unresolved) &&
          x.granularity == granularity::year && x.written.year != 0 && x.rule == y.rule && x.seconds < 0 && y.written.hour < 0) {
        for (int yr = from_sys_days(x.rule, date::sys_days{x.first.time_since_epoch()}, hijri_offset).year, n = 0; n < 2; ++yr, ++n) {
          const date_fields f{yr, y.unresolved_month, y.unresolved_day ? y.unresolved_day : 1};
          if (!valid(y.rule, f) || date::local_days{to_sys_days(y.rule, f, hijri_offset).time_since_epoch()} < x.first) continue;
          y.first = y.last = date::local_days{to_sys_days(y.rule, f, hijri_offset).time_since_epoch()};
          if (!y.unresolved_day) y.last = y.first + date::days{month_length(y.rule, yr, y.unresolved_month) - 1};
          y.flags = static_cast<std::uint16_t>((y.flags & ~flag_unresolved) | flag_year_inferred);
          y.unresolved_month = y.unresolved_day = 0;
          break;
        }
      }
      read_match b_dated = b;
      b_dated.m = y;
      // از ابتدای سال تا پایان آبان ماه: the start of a year before the end of a month is that year's first month; so is
      // the year after from before a day or month of it or of a later year (من عام 2021، وحتى 26 نوفمبر, … حتى 30 أبريل 2010).
      const bool from_year = a.tb > 0 && d.tokens[a.tb - 1].t == scan::type::lex && (d.tokens[a.tb - 1].fillers & from) &&
                             x.written.year != 0 && y.last - y.first < date::days{31} &&
                             ((y.first >= x.first && y.last <= x.last) || (y.written.year != 0 && y.first > x.last && y.first - x.first < date::days{36525}));
      bool year_start = false;
      if (one_word && x.granularity == granularity::year && !(x.flags & flag_unresolved) && end_of_range(d, b_dated) &&
          (from_year ||
           (d.tokens[a.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::part) | 1U << static_cast<unsigned>(lexicon::kind::relative))))) {
        year_start = from_year;
        const lexicon::trie& lex = lexicon::table();
        for (std::uint32_t e = d.tokens[a.tb].entry_begin; e < d.tokens[a.tb].entry_end; ++e) {
          if (lex.entries[e].k == lexicon::kind::part && lex.entries[e].value == lexicon::part_early) year_start = true;
          // امسال تا پایان مهرماه: Persian's this year, alone before the end, from
          // its start (not Arabic's: تأخر … هذه السنة إلى غاية ماي, put off to May).
          if (lex.entries[e].k == lexicon::kind::relative && lex.entries[e].aux == lexicon::unit_year && lex.entries[e].value == 0 &&
              a.te == a.tb + 1 &&
              (word_at(a.tb, "\xD8\xA7\xD9\x85\xD8\xB3\xD8\xA7\xD9\x84") ||                           // امسال
               word_at(a.tb, "\xD8\xB3\xD8\xA7\xD9\x84 \xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C")))  // سال جاری
            year_start = true;
        }
        if (year_start) {
          // از ابتدای سال آبی تا ۱۱ مهر: a water or crop year (the grammar
          // took its adjective) begins on the last 1 Mehr by the end.
          bool water = false;
          for (std::uint32_t k = a.tb; k < a.te; ++k) water = water || d.tokens[k].t == scan::type::word;
          if (water && x.rule == calendar::jalali) {
            date_fields f = from_sys_days(x.rule, date::sys_days{y.first.time_since_epoch()}, hijri_offset);
            f.year -= f.month < 7;
            f.month = 7;
            f.day = 1;
            x.first = date::local_days{to_sys_days(x.rule, f, hijri_offset).time_since_epoch()};
          } else if (water) {
            year_start = false;
          }
          const date_fields f = from_sys_days(x.rule, date::sys_days{x.first.time_since_epoch()}, hijri_offset);
          x.last = x.first + date::days{month_length(x.rule, f.year, f.month) - 1};
          x.granularity = granularity::month;
        }
      }
      // ۲۲ خرداد ماه تا پایان سال ۱۴۰۰, من 5 مارس حتى نهاية العام: a day to the end of a year, its last day.
      bool year_end = one_word && last_of_year && x.granularity == granularity::day && !(y.flags & flag_unresolved);
      if (one_word && x.granularity == granularity::day && y.granularity == granularity::year && !(y.flags & flag_unresolved) &&
          (d.tokens[b.tb].kinds & (1U << static_cast<unsigned>(lexicon::kind::part)))) {
        const lexicon::trie& lex = lexicon::table();
        for (std::uint32_t e = d.tokens[b.tb].entry_begin; e < d.tokens[b.tb].entry_end; ++e)
          year_end = year_end || (lex.entries[e].k == lexicon::kind::part && lex.entries[e].value == lexicon::part_late);
      }
      // امشب تا صبح فردا, از ساعت ۲۲ دیشب آغاز و تا ظهر امروز: two relative
      // days with their hours are two moments, not a range of days.
      // (Not two weekdays without clocks: من مساء السبت حتى الإثنين, فجر
      // الجمعة وحتى يوم الأحد are days, a curfew's or a storm's.)
      const bool weekdays = x.written.weekday >= 0 && y.written.weekday >= 0 && x.seconds < 0 && y.seconds < 0;
      // (از ساعت ۸ صبح فردا چهارشنبه آغاز شده و تا ساعت ۸ صبح روز پنجشنبه: said to begin, a weekday at each end, the days.)
      const bool moments = x.relative() && y.relative() && !weekdays &&
                           !(begins && x.written.weekday >= 0 && y.written.weekday >= 0) &&
                           (x.seconds >= 0 || y.seconds >= 0 || tod_in(d, a) || tod_in(d, b));
      // من يوم غد الأربعاء 3 يونيو الجاري حتى يوم الأربعاء المقبل 10 يونيو, no
      // reference: two year-less days of one calendar, a range of no year.
      // After a verb (يوم 23 فبراير ويستمر حتى 9 مارس), as with a reference: a
      // season's length at most, counted in a common year.
      const auto day_of_year = [](unsigned month, unsigned day) {
        constexpr unsigned before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        return before[(month - 1) % 12] + day;
      };
      const bool verb_short = !verb || (yearless_day(x) && yearless_day(y) &&
                                        day_of_year(y.unresolved_month, y.unresolved_day) -
                                                day_of_year(x.unresolved_month, x.unresolved_day) <= 92);
      if (one_word && verb_short && yearless_day(x) && yearless_day(y) && x.rule == y.rule && x.written.hour < 0 && y.written.hour < 0 &&
          !tod_in(d, a) && !tod_in(d, b) &&  // (من الساعة السادسة صباح غداً الجمعة( 10 أيار ) ولغاية صباح السبت: two moments)
          (y.unresolved_month > x.unresolved_month || (y.unresolved_month == x.unresolved_month && y.unresolved_day > x.unresolved_day)) &&
          y.end - x.begin <= max_joined) {
        a.m.unresolved_last_month = y.unresolved_month;
        a.m.unresolved_last_day = y.unresolved_day;
        a.m.end = y.end;
        a.te = b.te;
        take_from(d, a);
        continue;
      }
      // 28 يونيو واستمر حتى 10 يوليو 2025, no reference: a year-less start before an end whose year is written is read
      // in that year (moved below to the last year that keeps it before the end), as a year inferred from the reference is.
      read_match a_dated = a;
      if (yearless_day(x) && !(y.flags & flag_unresolved) && y.granularity == granularity::day && y.written.year != 0 &&
          x.rule == y.rule && x.written.hour < 0 && y.seconds < 0) {
        const date_fields f{from_sys_days(y.rule, date::sys_days{y.last.time_since_epoch()}, hijri_offset).year, x.unresolved_month,
                            x.unresolved_day};
        if (valid(x.rule, f)) {
          x.first = x.last = date::local_days{to_sys_days(x.rule, f, hijri_offset).time_since_epoch()};
          x.flags = static_cast<std::uint16_t>((x.flags & ~flag_unresolved) | flag_year_inferred);
          x.unresolved_month = x.unresolved_day = 0;
          a_dated.m = x;
        }
      }
      const bool opened_from = a.tb > 0 && d.tokens[a.tb - 1].t == scan::type::lex && (d.tokens[a.tb - 1].fillers & from);
      const bool named_a = opened_from && named_day(d, a_dated), named_b = opened_from && named_day(d, b);
      if (one_word && !moments && (end_of_range(d, a_dated, begins) || year_start || named_a) &&
          (end_of_range(d, b_dated, begins) || year_end || named_b)) {
        // A year read from one end holds for the other: از ابتدای فروردین تا
        // اول بهمن ماه سال گذشته, ابتدای مهرماه ۱۴۰۰ تا ۱۴ فروردینماه.
        const bool x_year = !(x.flags & flag_year_inferred) || x.relative();
        const bool y_year = !(y.flags & flag_year_inferred) || y.relative();
        // از ابتدای سال ۱۴۰۲ تا پایان آبان, من 5 يناير 2024 إلى 20 فبراير: a year-less end is the first of its day
        // on or after the start, whatever the reference's year.
        for (int n = 0; x_year && !y_year && n < 400; ++n) {
          match earlier = y;
          if (!move_years(earlier, -1, hijri_offset) || earlier.last < x.first) break;
          y = earlier;
        }
        // ۲۰ آبان آغاز شده و تا ۱۵ دی ماه ۱۴۰۲: a start without its year
        // before an end with one is in the last year that keeps it before the end.
        for (int n = 0; !x_year && y_year && x.first <= y.last && n < 400; ++n) {
          match later = x;
          if (!move_years(later, 1, hijri_offset) || later.first > y.last) break;
          x = later;
        }
        // ليلة السبت إلى الأحد: the night from a weekday into the next, both days (not the eve of the first), nearest as the second is.
        if (x.relative() && y.relative() && y.written.weekday == (x.written.weekday + 1) % 7 && (d.tokens[a.tb].fillers & (1U << lexicon::fill_eve)))
          x.first = x.last = y.first - date::days{1};
        for (int n = 0; y.last < x.first && n < 400; ++n) {
          if (y.relative() && y.written.weekday >= 0) {
            y.first = y.last = y.first + date::weeks{1};  // من الأحد المقبل حتى الخميس
          } else if (x_year && !y_year) {
            if (!move_years(y, 1, hijri_offset)) break;
          } else if (!x_year && (y_year || n < 2)) {
            // The start back a year; when neither end has its year, two at
            // most (از ابتدای فروردین تا اول بهمن ماه سال گذشته).
            if (!move_years(x, -1, hijri_offset)) break;
          } else {
            break;
          }
        }
        // Two weekdays: within one week (من الأحد إلى الثلاثاء المقبلين: the
        // qualifier of the second is both's).
        if (x.relative() && y.relative() && x.written.weekday >= 0 && y.written.weekday >= 0)
          while (y.last - x.first >= date::days{7}) x.first = x.last = x.first + date::weeks{1};
        // من يوم الأربعاء وحتى نهاية يوم الأحد 14 أبريل: a bare weekday before a written day with its own weekday is
        // the last such weekday by it (the week of the end), as a bare weekday after a start is the first after it.
        if (x.relative() && !y.relative() && x.written.weekday >= 0 && y.written.weekday >= 0 && x.first == x.last && x.seconds < 0 &&
            y.granularity == granularity::day && !(y.flags & flag_unresolved)) {
          constexpr std::uint32_t placing = 1U << static_cast<unsigned>(lexicon::kind::weekday_qualifier) |
                                            1U << static_cast<unsigned>(lexicon::kind::relative);
          bool bare = true;
          for (std::uint32_t k = a.tb; k < a.te; ++k) bare = bare && !(d.tokens[k].kinds & placing);
          if (bare)
            x.first = x.last = y.first - date::days{(date::weekday{y.first}.c_encoding() + 7 - static_cast<unsigned>(x.written.weekday)) % 7};
        }
        // Far apart only when من, از or بين says the first is a start (بين 6
        // مارس سنة 1930 وبين 31 أكتوبر سنة 1932): else two days of two events.
        const bool opened = a.tb > 0 && d.tokens[a.tb - 1].t == scan::type::lex &&
                            (d.tokens[a.tb - 1].fillers & (from | 1U << lexicon::fill_between));
        // After a verb, a season's length, unless both ends write their years
        // (28 سبتمبر 2025 ويستمر حتى 1 يناير 2026).
        const bool both_years = x.written.year != 0 && y.written.year != 0;
        // ثورة 25 يناير 2011، إلى 29 نوفمبر: a date in a name (a revolution's, a square's) starts no range.
        const bool named = a.tb > 0 && d.tokens[a.tb - 1].t == scan::type::lex && (d.tokens[a.tb - 1].fillers & (1U << lexicon::fill_place));
        joined = !named && x.first <= y.last && y.last - x.first <= date::days{verb && !both_years ? 92 : opened || verb ? (both_years ? 36525 : 3660) : 400} &&
                 y.end - x.begin <= max_joined;
      }
      if (joined) {
        match m = x;
        m.last = y.last;
        m.end = y.end;
        if (x.granularity == granularity::day || y.granularity == granularity::day) m.granularity = granularity::day;
        if (m.seconds >= 0 || y.seconds >= 0) m.seconds = -1, m.granularity = granularity::day;  // آغاز و تا with a clock at an end: the days
        if (x.relative() && !y.relative()) m.calendar = y.calendar;
        m.flags = static_cast<std::uint16_t>((x.flags | y.flags) & (flag_year_inferred | flag_invalid_date | flag_approximate));
        // از/من/بين before the first end is the range's, a part of the day
        // between them too (من صباح الاثنين 3/6).
        const std::uint32_t f = a.tb > 1 && (d.tokens[a.tb - 1].kinds & tod) ? a.tb - 1 : a.tb;
        if (f > 0 && (d.tokens[f - 1].fillers & from) && d.tokens[f - 1].t == scan::type::lex) {
          m.begin = d.folded.source_span(d.tokens[f - 1].begin, d.tokens[f - 1].end).first;
          a.tb = f - 1;
        }
        a.m = m;
        a.te = b.te;
        a.calendars |= b.calendars;
        // الأسبوع المقبل من الأربعاء إلى الجمعة, هفته آینده از شنبه تا
        // چهارشنبه: weekdays of the week named just before them (weeks
        // start on Saturday).
        if (out >= 2 && x.relative() && y.relative() && x.written.weekday >= 0 && y.written.weekday >= 0) {
          read_match& week = read[out - 2];
          if (week.m.relative() && week.m.granularity == granularity::week && week.te == a.tb &&
              week.m.last - week.m.first == date::days{6} && date::weekday{week.m.first} == date::Saturday) {
            const date::local_days first = week.m.first + date::days{(x.written.weekday + 1) % 7};
            const date::local_days last = week.m.first + date::days{(y.written.weekday + 1) % 7};
            if (first <= last && a.m.end - week.m.begin <= max_joined) {
              week.m.first = first;
              week.m.last = last;
              week.m.end = a.m.end;
              week.m.granularity = granularity::day;
              week.te = a.te;
              --out;
            }
          }
        }
        continue;
      }
    }
    read[out++] = read[k];
  }
  read.resize(out);
}

}  // namespace engine
}  // namespace taqvim
