// The driver: text in, matches out. Folds and tokenizes the text, decides its language variety, runs the grammar's
// rules at each token that can start an expression and keeps the longest reading, drops what overlaps or names a
// place, finds the publication line, and resolves each expression against the reference. Long texts go through in
// pieces (document_stream).
#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <date/tz.h>

#include <algorithm>
#include <stdexcept>

#include "engine/clocks.h"
#include "engine/filters.h"
#include "engine/join.h"
#include "engine/timeline.h"
#include "grammar/grammar.h"
#include "lang/profile.h"
#include "lexicon/lexicon.h"
#include "lexicon/scan.h"
#include "resolve/resolve.h"

namespace taqvim {
namespace {

using grammar::expression;
using grammar::shape;
using lexicon::kind;
using resolve::reference_day;
using scan::token;
using scan::type;
using engine::either_or;
using engine::find_publication;
using engine::max_recurring_reach;
using engine::excepted_weekday;
using engine::names_coalition;
using engine::names_place;
using engine::yearly_before;

// Buffers that outlive a call, so that extracting from many documents on
// one thread allocates only when a document is larger than any before.
struct buffers {
  text::folded_text folded;
  std::vector<token> tokens;
  std::vector<std::uint32_t> starts;  // tokens that can start an expression
  std::vector<std::uint64_t> stops;   // scanner scratch
  std::vector<expression> found;
  std::vector<engine::read_match> read;  // resolved, before one date written twice is joined
  std::string zone_name;
  const date::time_zone* zone = nullptr;
  bool busy = false;  // a visitor that extracts again gets fresh buffers
};

// The zone named, through this thread's one-entry cache (records of a
// stream mostly share one); nullptr for a name the database does not have.
const date::time_zone* find_zone(buffers& b, std::string_view name) {
  if (b.zone && b.zone_name == name) return b.zone;
  try {
    b.zone = date::locate_zone(name);
  } catch (const std::runtime_error&) {
    b.zone = nullptr;
    b.zone_name.clear();
    return nullptr;
  }
  b.zone_name = std::string(name);
  return b.zone;
}

std::string unknown_zone(std::string_view name) { return "unknown time zone \"" + std::string(name) + "\""; }
std::string unknown_lang(std::string_view code) {
  return "unknown language \"" + std::string(code) + "\" (fa, fa-AF or ar)";
}

class runner {
 public:
  runner(const extract_options& o, buffers& b) : opt_(o), b_(b) {}

  void run(std::string_view text, void (*visit)(const match&, void*), void* ctx);
  // Folds, tokenizes and reads text into b_.found; returns its variety.
  const lang::profile& scan(std::string_view text);
  // The date of the document's publication line among b_.found, if any.
  reference_day publication(const lang::profile& lang);

 private:
  const extract_options& opt_;
  buffers& b_;

  resolve::context context(const lang::profile& lang, reference_day ref);
  resolve::context day_of_clock(std::size_t n, const resolve::context& c, int* tod = nullptr) const;
};

const lang::profile& runner::scan(std::string_view text) {
  text::fold(text, b_.folded);
  b_.tokens.clear();
  b_.starts.clear();
  scan::tokenize(b_.folded.text(), b_.tokens, b_.starts, b_.stops);
  lang::variety v;
  if (!lang::parse_code(opt_.lang, v)) v = lang::detect(b_.folded, b_.tokens, b_.starts);
  else if (opt_.lang == "fa") v = lang::persian_variety(b_.tokens, b_.starts);  // Persian, of Iran or of Afghanistan
  // Persian read in Kabul's zone is Afghan Persian: its Hijri days are the
  // ones Afghanistan kept (Umm al-Qura's), though no zodiac month is written.
  if (v == lang::variety::fa && opt_.tz == "Asia/Kabul") v = lang::variety::fa_af;
  const lang::profile& profile = lang::profile_of(v);

  const grammar::grammar g(b_.folded.text(), b_.tokens, profile);
  const std::vector<grammar::rule>& rules = grammar::grammar::rules();
  b_.found.clear();
  std::size_t free_from = 0;  // the first token not inside an expression found
  std::size_t recurring_begin = 0, recurring_end = 0;  // the last date left out as recurring
  // خیابان ١٥خرداد … حدفاصل ١٥خرداد تا میدان: the words of the last date
  // read as a place's name, which the text may write again alone, near.
  std::size_t place_begin = 0, place_end = 0;
  const auto named_place_again = [&](const expression& e) {
    const std::string_view f = b_.folded.text();
    const std::size_t b = b_.tokens[e.tb].begin, n = b_.tokens[e.te - 1].end - b;
    // Not after a word that makes a date of it (في: 20 فبراير, منذ, يوم).
    if (e.tb == 0) return false;
    const token& before = b_.tokens[e.tb - 1];
    if (before.t == type::lex || before.t == type::newline || (before.t == type::punct && before.punct == ':')) return false;
    return place_end > place_begin && b >= place_end &&
           b_.folded.source(b) - b_.folded.source(place_begin) <= engine::max_place_reach && n == place_end - place_begin &&
           f.compare(b, n, f.substr(place_begin, n)) == 0;
  };
  bool recurring_clock = false;                          // and whether it was a clock time alone
  std::size_t schedule_begin = std::string_view::npos;   // the last week's schedule
  for (const std::uint32_t i : b_.starts) {
    if (i < free_from || !g.can_start(i)) continue;
    // شنبه تا چهارشنبه 8:45 تا 9:00: a week's schedule; its hours recur, and so do a weekday's own
    // hours after it, near: in its sentence, or first on a line of the list (* يوم الجمعة: من الساعة 8).
    const bool in_schedule = schedule_begin <= b_.tokens[i].begin && b_.tokens[i].begin - schedule_begin <= engine::max_schedule_reach;
    const auto listed = [&](std::size_t e) {
      std::size_t k = i;
      if (k > 0 && b_.tokens[k - 1].t == type::punct && b_.tokens[k - 1].punct != ':') --k;  // * - •
      // (-يوم الجمعة من الساعة السابعة: or after the list's mark, its hours straight after it.)
      if (k > 0 && b_.tokens[k - 1].t == type::newline)
        return k < i || (e < b_.tokens.size() && b_.tokens[e].t == type::punct && b_.tokens[e].punct == ':');
      return !engine::sentence_ends(b_.tokens, recurring_end, i);
    };
    const std::size_t week = g.weekly_schedule(i);
    if (const std::size_t e = week ? week : in_schedule ? g.weekday_hours(i) : 0; e && (week || listed(e))) {
      recurring_begin = b_.tokens[i].begin;
      if (week) schedule_begin = recurring_begin;
      recurring_end = e;
      recurring_clock = true;
      free_from = e;
      continue;
    }
    // The longest reading wins; among equally long ones, the earlier rule.
    const std::uint64_t bits = grammar::start_bits(b_.tokens[i]);
    expression best, e;
    bool found = false;
    for (std::size_t r = 0; r < rules.size(); ++r) {
      if (!(rules[r].starts & bits)) continue;
      e = {};
      if ((g.*rules[r].read)(i, e) && (!found || e.te > best.te)) {
        best = e;
        best.rule = static_cast<std::uint8_t>(r);
        found = true;
      }
    }
    if (!found) continue;
    best.tb = i >= free_from + best.lead ? i - best.lead : i;
    // به وقت نیویورک پنجشنبه، ۲۰ مارس ۲۰۲۵، ساعت ۵:۰۱:۰۰ صبح: a zone written
    // before a clock time's date (a comma or برابر با between) is the time's.
    if (best.hour >= 0 && best.zone < 0 && best.zone_offset == expression::no_offset) {
      std::size_t k = i;
      while (k > free_from && k + 3 > i && b_.tokens[k - 1].t != type::newline &&
             ((b_.tokens[k - 1].t == type::punct && (b_.tokens[k - 1].punct == ',' || b_.tokens[k - 1].punct == ':')) ||
              (b_.tokens[k - 1].fillers & (1U << lexicon::fill_equals))))
        --k;
      if (k > free_from && (b_.tokens[k - 1].kinds & (1U << static_cast<unsigned>(kind::zone)))) {
        const lexicon::trie& lex = lexicon::table();
        for (std::uint32_t e = b_.tokens[k - 1].entry_begin; e < b_.tokens[k - 1].entry_end; ++e)
          if (lex.entries[e].k == kind::zone) {
            best.zone = lex.entries[e].value;
            best.tb = k - 1;
            break;
          }
      }
    }
    g.half_of_day_before(best);
    if (!b_.found.empty()) g.same_moment_in_zone(b_.found.back(), best);
    const bool yearless = best.year == 0 && !best.year_relative && !(best.twin && best.year2 != 0);  // a twin's year counts
    // همیشه در مرداد یا شهریور, دائمًا ما بين أواخر يوليو وأواخر سبتمبر: what is joined by و/یا/أو to a date that
    // recurs recurs too. Near, as all that changes how a date reads must be: a document_stream reads again only so
    // much before a piece's first date (context_bytes). يوم 08 مارس من كل عام، باليوم العالمي للمرأة, كل عام في 21
    // مارس بعيد الأم: so is the day named beside it, after a comma or none.
    const bool joined_to_recurring =
        yearless && recurring_end != 0 && i >= recurring_end && i <= recurring_end + 1 &&
        b_.tokens[i].begin - recurring_begin <= max_recurring_reach &&
        (i == recurring_end ? b_.tokens[i].waw || (b_.tokens[i].kinds & (1U << static_cast<unsigned>(kind::holiday)))
                            : either_or(b_.folded.text(), b_.tokens[i - 1]) ||
                                  // أسبوعياً من الأحد إلى الخميس: the end of a span that recurs
                                  (b_.tokens[i - 1].t == type::lex &&
                                   (b_.tokens[i - 1].fillers & (1U << lexicon::fill_range_to))) ||
                                  (b_.tokens[i - 1].t == type::punct &&
                                   (b_.tokens[i - 1].punct == ',' || b_.tokens[i - 1].punct == '(')));  // its twin: روز ۲۴ خرداد هر سال (۱۴ ژوئن)
    // إذ تبدأ الجلسة الأولى يوميًا عند الساعة 11 صباحًا، فيما تبدأ الثانية عند الساعة 2 بعد الظهر: a clock alone in
    // the sentence of a clock that recurs recurs too (near, as above).
    const auto same_sentence = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to; ++k) {
        const token& t = b_.tokens[k];
        const bool after_colon = k > 0 && b_.tokens[k - 1].t == type::punct && b_.tokens[k - 1].punct == ':';
        if ((t.t == type::newline && !after_colon && !(k > 0 && b_.tokens[k - 1].t == type::newline)) ||
            (t.t == type::punct && (t.punct == '.' || t.punct == '!' || t.punct == '?')))
          return false;
      }
      return true;
    };
    const bool clock_of_recurring = best.s == shape::time_only && best.offset == 0 && recurring_clock &&
                                    recurring_end != 0 && i >= recurring_end &&
                                    b_.tokens[i].begin - recurring_begin <= max_recurring_reach &&
                                    same_sentence(recurring_end, i);
    std::size_t every_year =
        yearless ? g.every_year_after(best.te, best.s == shape::time_only || best.hour >= 0, best.s == shape::weekday) : 0;
    if (!every_year && yearless && best.s == shape::weekday && best.hour < 0) every_year = g.every_week_after_list(best.te);
    if (clock_of_recurring) {
      recurring_end = best.te;
    } else if (best.s == shape::time_only && best.offset == 0 && engine::in_working_hours(b_.tokens, b_.folded.text(), best.tb, best.te)) {
      // the hours of a schedule: no day
    } else if (yearless && (joined_to_recurring || yearly_before(b_.tokens, b_.folded.text(), i, best.s == shape::time_only) || every_year)) {
      recurring_begin = b_.tokens[i].begin;
      recurring_end = every_year ? every_year : best.te;  // past من كل عام: what follows it is beside the date
      recurring_clock = best.s == shape::time_only;
    } else if (((best.s != shape::month || best.year == 0) && best.s != shape::time_only &&  // درمانگاه ۹ و نیم صبح باز می‌شود: a clock
                names_place(b_.tokens, b_.folded.text(), i,
                            engine::dated(best, b_.tokens) || best.s == shape::year || best.s == shape::years, profile.persian)) ||
               engine::named_by_clock(best, b_.tokens, b_.folded.text())) {
      place_begin = b_.tokens[best.tb].begin;
      place_end = b_.tokens[best.te - 1].end;
    } else if (!(!profile.persian && (names_coalition(best, b_.tokens, b_.folded.text()) ||
                                      engine::names_city(best, b_.tokens, b_.folded.text()) || engine::names_outlet(best, b_.tokens, b_.folded.text()) || engine::names_quoted(best, b_.tokens, b_.folded.text()) ||
                                      engine::names_speaker(best, b_.tokens, b_.folded.text()))) &&
               !excepted_weekday(best, b_.tokens, b_.folded.text()) && !(yearless && named_place_again(best)) &&
               !(!profile.persian && engine::crescent(best, b_.tokens, b_.folded.text())) &&
               !engine::named_day_idea(best, b_.tokens, b_.folded.text()) &&
               !(profile.persian && engine::after_story_date(best, b_.tokens, b_.folded.text(), b_.found)) &&
               !engine::quoted_clock(best, b_.tokens) && !(!profile.persian && (engine::per_day(best, b_.tokens, b_.folded.text()) || engine::lasting_since(best, b_.tokens, b_.folded.text()))) &&
               !engine::visit_counter(best, b_.tokens) && !(profile.persian && engine::zeros_of_money(best, b_.tokens, b_.folded.text())) && !engine::quoted_today(best, b_.tokens, b_.folded.text()) &&
               !engine::in_link_or_handle(best, b_.tokens, b_.folded.text()) && !engine::lunch(best, {text, b_.folded, b_.tokens}) && !(!profile.persian && engine::ibb(best, {text, b_.folded, b_.tokens}))) {
      b_.found.push_back(best);
    }
    free_from = best.te;
  }
  return profile;
}

resolve::context runner::context(const lang::profile& lang, reference_day ref) {
  resolve::context c;
  c.ref = ref;
  c.lang = &lang;
  const std::optional<calendar>& rule = lang.persian ? opt_.hijri_persian : opt_.hijri_arabic;
  c.hijri = rule ? *rule : lang.hijri;
  c.hijri_default = !rule;
  c.hijri_offset = opt_.hijri_offset;
  // Checked up front (run()), so it exists.
  c.zone_name = opt_.tz.empty() ? lang.zone : std::string_view{opt_.tz};
  c.zone = find_zone(b_, c.zone_name);
  return c;
}

resolve::context runner::day_of_clock(std::size_t n, const resolve::context& c, int* tod) const {
  const std::optional<date::local_days> day = engine::day_of_clock(b_.folded.text(), b_.tokens, b_.found, b_.read, n, c, tod);
  if (!day) return c;
  resolve::context on = c;
  on.ref = reference_day{};
  on.ref.known = true;
  on.ref.day = date::sys_days{day->time_since_epoch()};
  return on;
}

void runner::run(std::string_view text, void (*visit)(const match&, void*), void* ctx) {
  // The options are checked before any text is read.
  lang::variety v;
  if (!opt_.lang.empty() && !lang::parse_code(opt_.lang, v)) throw std::invalid_argument(unknown_lang(opt_.lang));
  if (!opt_.tz.empty() && !find_zone(b_, opt_.tz)) throw std::invalid_argument(unknown_zone(opt_.tz));
  if (opt_.hijri_offset < -2 || opt_.hijri_offset > 2) throw std::invalid_argument(check(opt_));
  const lang::profile& lang = scan(text);
  reference_day ref;
  if (opt_.reference) {
    ref.known = true;
    ref.day = date::sys_days{opt_.reference->day.time_since_epoch()};
    ref.has_time = opt_.reference->has_time;
    ref.has_offset = opt_.reference->has_offset;
    ref.seconds = opt_.reference->seconds;
    ref.offset_minutes = opt_.reference->offset_minutes;
    ref.year_only = opt_.reference->year_only;
  } else if (opt_.publication_line) {
    ref = publication(lang);
  }
  const resolve::context c = context(lang, ref);
  // What needs the reference's day, not only its year, against none.
  const resolve::context unreferenced = ref.year_only ? context(lang, reference_day{}) : c;
  b_.read.clear();
  std::size_t daily_to = b_.tokens.size();  // the "to" after the first clock of daily hours left out
  int lunar_year = 0;  // the last lunar Hijri year a Persian text wrote with its era or month
  for (std::size_t n = 0; n < b_.found.size(); ++n) {
    const expression& p = b_.found[n];
    // Both clocks of the hours: the second straight after the first's "to".
    if (p.s == shape::time_only &&
        (p.tb == daily_to + 1 || engine::daily_hours(b_.tokens, p, b_.read.empty() ? nullptr : &b_.read.back()) ||
         engine::hours_from_a_day(b_.folded.text(), b_.tokens, b_.found, n))) {
      daily_to = p.te + (p.te + 1 < b_.tokens.size() && (b_.tokens[p.te].kinds & 1U << static_cast<unsigned>(lexicon::kind::connector)));  // و حتى
      continue;
    }
    match m;
    const auto [b, e] = b_.folded.source_span(b_.tokens[p.tb].begin, b_.tokens[p.te - 1].end);
    if (b > 0 && text[b - 1] == '#') continue;  // #jan25: a hashtag, a topic's name
    // © 2001-2024, ©۲۰۲۴: a copyright's years, the page's, no date of the text.
    if (std::size_t k = b; (k > 1 && text.compare(k - 2, 2, "\xC2\xA9") == 0) ||
                           (k > 2 && text[k - 1] == ' ' && text.compare(k - 3, 2, "\xC2\xA9") == 0))
      continue;
    m.begin = b;
    m.end = e;
    resolve::pin sighted;
    if (p.s == shape::time_only) {
      // مساء الغد … الساعة السادسة وعشر دقائق: a clock without a part of the day of its own takes the one written before its day.
      int tod = -1;
      const resolve::context on = day_of_clock(n, c, &tod);
      bool own = false;
      for (std::size_t k = p.tb > 0 ? p.tb - 1 : 0; k < p.te; ++k)
        own = own || (b_.tokens[k].kinds & (1U << static_cast<unsigned>(kind::time_of_day)));
      expression q = p;
      if (!own) grammar::apply_part_of_day(tod >= 0 ? tod : engine::part_of_day_of_range(b_.tokens, b_.found, n), q);
      resolve::resolve(q, on.ref.year_only ? unreferenced : on, m, &sighted);
    } else {
      resolve::resolve(engine::lunar_like_before(p, lunar_year), c, m, &sighted);
      // (Not one whose twin follows, الأحد الساعة 3:43 الموافق 22 أيلول 2024: the twin gives its day.)
      if (c.ref.year_only && m.relative() &&
          !(p.te < b_.tokens.size() && b_.tokens[p.te].t == scan::type::lex &&
            (b_.tokens[p.te].fillers & (1U << lexicon::fill_equals)))) {
        m = match{};
        m.begin = b;
        m.end = e;
        sighted = resolve::pin{};
        resolve::resolve(p, unreferenced, m, &sighted);
      }
    }
    if (m.flags & resolve::flag_dropped) continue;
    if (c.lang->persian && p.sys == grammar::system::hijri && m.calendar == written_calendar::hijri) lunar_year = p.year;
    if (m.flags & (flag_weekday_mismatch | flag_year_inferred)) engine::year_of_text({text, b_.folded, b_.tokens}, b_.read, b_.found, n, c, m, sighted);
    // With nothing to resolve it against, a relative word, a bare weekday or a Jalali or Hijri day without its year
    // names no day: not reported. A Gregorian day without its year still names one (XXXX-10-06); a month only when
    // "the same year" follows, to be read below, or until same_month has read "the same month of" a year after it
    // (الشهر ذاته من 2013). (A day of the month last written, يوم 24 من الشهر نفسه, waits for same_month.)
    bool month_only = false;
    if ((m.flags & flag_unresolved) && !((p.s == shape::date || p.s == shape::range) && p.month_relative && p.offset == 0) &&
        !(m.calendar == written_calendar::gregorian && m.unresolved_month != 0 &&
          (m.unresolved_day != 0 || engine::same_year_after({text, b_.folded, b_.tokens}, static_cast<std::uint32_t>(p.te)))) &&
        !engine::year_of_text({text, b_.folded, b_.tokens}, b_.read, b_.found, n, c, m, sighted) &&
        !(month_only = m.calendar == written_calendar::gregorian && m.unresolved_month != 0))
      continue;
    engine::read_match r{m, static_cast<std::uint32_t>(p.tb), static_cast<std::uint32_t>(p.te),
                         1U << static_cast<unsigned>(m.calendar), false, month_only};
    if (sighted.pinned) r.pin(sighted.rule, sighted.computed, sighted.stated);
    if (!b_.read.empty() && !(month_only || b_.read.back().month_only) && engine::join({text, b_.folded, b_.tokens}, b_.read.back(), r)) continue;
    b_.read.push_back(r);
  }
  engine::sight({text, b_.folded, b_.tokens}, b_.read, c.hijri_offset);
  // The same month before ranges: a range may end on a day of it (من 15 سبتمبر وتستمر حتى الأربعاء 24 من الشهر ذاته).
  engine::same_month({text, b_.folded, b_.tokens}, b_.read, c.hijri_offset);
  // The same year before ranges too: از ۵ فروردین ۱۳۹۵ آغاز شد و تا ۱۲ خرداد
  // از همان سال ends in 1395 whatever the reference.
  engine::same_year({text, b_.folded, b_.tokens}, b_.read, c.hijri_offset);
  engine::join_ranges({text, b_.folded, b_.tokens}, b_.read, c.hijri_offset);
  engine::year_of_next({text, b_.folded, b_.tokens}, b_.read, c.hijri_offset);
  for (const engine::read_match& r : b_.read)
    if (!(r.m.flags & flag_unresolved) || r.m.unresolved_day != 0) visit(r.m, ctx);  // a month whose year was not found
}

reference_day runner::publication(const lang::profile& lang) {
  reference_day ref;
  std::size_t k = 0;
  bool in_sentence = false;
  if (find_publication(b_.found, b_.tokens, b_.folded.text(), k, in_sentence)) {
    match m;
    resolve::resolve(b_.found[k], context(lang, reference_day{}), m);
    // 1 يناير 1970: a page's stamp of time zero (a missing date printed), no day.
    constexpr date::local_days epoch = date::local_days{date::days{0}};
    if (!(m.flags & flag_unresolved) && m.first != epoch) {
      ref.known = true;
      ref.year_only = in_sentence;
      ref.day = date::sys_days{m.first.time_since_epoch()};
      if (m.seconds >= 0) {  // ۱۴۰۲/۰۵/۱۵ - 19:17: the moment too
        ref.has_time = ref.has_offset = true;
        ref.seconds = m.seconds;
        ref.offset_minutes = m.offset_minutes;
      }
    }
  }
  return ref;
}

}  // namespace

namespace detail {

namespace {

// This thread's buffers: one set, whichever entry point uses them (a
// thread_local inside the template below would be one set per caller).
buffers& thread_buffers() {
  thread_local buffers shared;
  return shared;
}

// Runs `f(buffers&)` on this thread's buffers, or on fresh ones when a visitor calls back into the library.
template <class F>
void with_buffers(F&& f) {
  buffers& shared = thread_buffers();
  if (shared.busy) {
    buffers own;
    f(own);
    return;
  }
  struct release {
    bool& busy;
    ~release() { busy = false; }
  } guard{shared.busy};
  shared.busy = true;
  f(shared);
}

// Longer texts are taken in pieces of about this size (document_stream), so that memory stays bounded and offsets fit
// the folded map's 32 bits. A piece can hold a token per byte ("1/1/1/…"), 32 bytes each: 1 MiB keeps that worst case
// near 40 MB.
constexpr std::size_t piece_bytes = std::size_t{1} << 20;

}  // namespace

void extract_each(std::string_view text, const extract_options& options, void (*visit)(const match&, void*),
                  void* context) {
  if (text.size() <= piece_bytes) {
    with_buffers([&](buffers& b) { runner(options, b).run(text, visit, context); });
    return;
  }
  document_stream ds(options);
  std::size_t from = 0;
  while (from < text.size()) {
    const bool final = text.size() - from <= piece_bytes;
    const std::string_view piece = text.substr(from, final ? std::string_view::npos : piece_bytes);
    from += ds.feed(piece, final, [&](const match& m) { visit(m, context); });
  }
}

}  // namespace detail

namespace {
// Text re-read at the end of a piece that is not the last: longer than any date expression, short against a piece.
constexpr std::size_t overlap_bytes = 1024;
// Text re-read before the first match left to the next piece: more than any word or phrase that changes how a date
// after it reads, and than the reach of a Hijri day the text pinned (sighting) with the words before it, and than the
// reach of the date that gives a day its year (with its own words before it).
constexpr std::size_t context_bytes = 256 + engine::sighting_reach + engine::document_year_before;
static_assert(engine::document_year_after + 256 <= overlap_bytes, "a year after a day is read in the same piece");
static_assert(engine::max_place_reach <= context_bytes && engine::max_working_hours_reach <= context_bytes &&
              engine::max_schedule_reach <= context_bytes && engine::max_clock_reach <= context_bytes &&
                  grammar::local_place_reach <= context_bytes,
              "within it");
}  // namespace

std::size_t document_stream::feed_each(std::string_view piece, bool final, void (*visit)(const match&, void*),
                                       void* context) {
  // Too little to make progress: wait for more. (A match that runs into the overlap starts past the context before
  // it, so the next piece can start at that context.)
  if (!final && piece.size() < 2 * overlap_bytes + context_bytes) return 0;
  if (!started_) {
    // The first piece decides the reference and the language of the whole.
    started_ = true;
    detail::with_buffers([&](buffers& b) {
      runner r(options_, b);
      const lang::profile& lang = r.scan(piece.substr(0, std::min(piece.size(), detail::piece_bytes)));
      if (!options_.reference && options_.publication_line) {
        const reference_day ref = r.publication(lang);
        if (ref.known) {
          reference_time t;
          t.day = date::local_days{ref.day.time_since_epoch()};
          t.has_time = ref.has_time;
          t.has_offset = ref.has_offset;
          t.seconds = ref.seconds;
          t.offset_minutes = ref.offset_minutes;
          t.year_only = ref.year_only;
          options_.reference = t;
        }
      }
      if (options_.lang.empty()) options_.lang = std::string(lang.code);
    });
    options_.publication_line = false;
  }
  // Matches that end in the overlap are left for the next piece.
  std::size_t limit = final ? piece.size() : piece.size() - overlap_bytes;
  while (!final && limit > 0 && (static_cast<unsigned char>(piece[limit]) & 0xC0) == 0x80) --limit;
  std::size_t next = limit;  // the first match left for the next piece, or limit
  // The next piece starts at most two contexts before the first match left to it, which starts less than an overlap
  // before limit: the matches reported from this piece that end past that (piece offsets), so that it does not start
  // inside one (read again from its own context, a match joined from several, runner::join, or a chain of ranges
  // paired from its start, comes out the same). Few: they end in some 2.3 KiB of text.
  const std::size_t reach_back = 2 * context_bytes + overlap_bytes;
  const std::size_t floor_of_start = limit > reach_back ? limit - reach_back : 0;
  std::vector<std::pair<std::size_t, std::size_t>> tail;
  struct state {
    document_stream* self;
    void (*visit)(const match&, void*);
    void* context;
    std::size_t limit;
    std::size_t* next;
    std::size_t floor;
    std::vector<std::pair<std::size_t, std::size_t>>* tail;
  } st{this, visit, context, limit, &next, floor_of_start, &tail};
  detail::with_buffers([&](buffers& b) {
    runner(options_, b).run(
        piece,
        [](const match& m, void* c) {
          auto* s = static_cast<state*>(c);
          if (m.end > s->limit) {
            if (m.begin < *s->next) *s->next = m.begin;
            return;
          }
          match moved = m;
          moved.begin += s->self->base_;
          moved.end += s->self->base_;
          // The previous piece read everything before done_: what ends there or overlaps what it reported is its.
          if (moved.end <= s->self->done_ || moved.begin < s->self->reported_) return;
          s->self->reported_ = moved.end;
          if (m.end > s->floor) s->tail->emplace_back(m.begin, m.end);
          s->visit(moved, s->context);
        },
        &st);
  });
  if (final) {
    base_ += piece.size();
    return piece.size();
  }
  done_ = base_ + limit;
  // The next piece starts some way before the first match left to it, at a blank, so that its words, and the words
  // before its dates, read as in the whole document.
  std::size_t start = next > context_bytes ? next - context_bytes : 0;
  const std::size_t floor = start > context_bytes ? start - context_bytes : 0;
  while (start > floor && piece[start - 1] != ' ' && piece[start - 1] != '\n') --start;
  if (start == floor) {
    start = next > context_bytes ? next - context_bytes : 0;
    while (start > 0 && (static_cast<unsigned char>(piece[start]) & 0xC0) == 0x80) --start;
  }
  // Not inside a match reported: the next piece starts where that match starts, so that what follows is joined
  // (runner::join) as in the whole document; one at the very start is stepped over.
  for (const auto& [b, e] : tail) {
    if (e > start && b < start) {
      start = b > 0 ? b : e;
      break;
    }
  }
  if (start == 0) start = limit;  // no room for context: move on
  base_ += start;
  return start;
}

std::optional<reference_time> publication_date(std::string_view text, const extract_options& options) {
  if (std::string why = check(options); !why.empty()) throw std::invalid_argument(why);
  std::optional<reference_time> out;
  const std::string_view head = text.substr(0, std::min(text.size(), detail::piece_bytes));
  detail::with_buffers([&](buffers& b) {
    runner r(options, b);
    const reference_day ref = r.publication(r.scan(head));
    if (ref.known) {
      reference_time t;
      t.day = date::local_days{ref.day.time_since_epoch()};
      t.year_only = ref.year_only;
      out = t;
    }
  });
  return out;
}

std::string check(const extract_options& options) {
  lang::variety v;
  if (!options.lang.empty() && !lang::parse_code(options.lang, v)) return unknown_lang(options.lang);
  if (options.hijri_offset < -2 || options.hijri_offset > 2)
    return "Hijri offset " + std::to_string(options.hijri_offset) + " is outside -2..+2";
  if (!options.tz.empty()) {
    try {
      (void)date::locate_zone(options.tz);
    } catch (const std::runtime_error&) {
      return unknown_zone(options.tz);
    }
  }
  return {};
}

document_stream::document_stream(extract_options options) : options_(std::move(options)) {
  if (std::string why = check(options_); !why.empty()) throw std::invalid_argument(why);
}

std::vector<match> extract(std::string_view text, const extract_options& options) {
  std::vector<match> out;
  detail::extract_each(
      text, options, [](const match& m, void* c) { static_cast<std::vector<match>*>(c)->push_back(m); }, &out);
  return out;
}

}  // namespace taqvim
