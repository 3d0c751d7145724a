// Rules for years written alone: after a year word or era marker, after
// "in" or a word that bounds a time, in a list after the year word.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// في 1949، في 2017 مع …, در ۱۳۹۸ و …: four digits of a likely year after "in", with no year word, before what cannot
// be a counted noun (في 2000 مدرسة counts schools): the end, punctuation, a lexicon word or a few words that begin a
// clause.
bool grammar::bare_year_after_in(std::size_t i, expression& p) const {
  if (!filler(i, lexicon::fill_in) || !plain_number(i + 1) || t_[i + 1].digits != 4) return false;
  const std::uint32_t v = t_[i + 1].value;
  if (!((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499))) return false;
  const std::size_t k = i + 2;
  if (const auto* e = entry_of(k, kind::era)) {  // في 2003م, در ۱۳۹۸ ه.ش
    p.s = shape::year;
    p.year = static_cast<int>(v);
    p.sys = era_system(e->value);
    p.sys_from_name = true;
    p.te = k + 1;
    return true;
  }
  if (!year_can_end(k)) return false;
  p.s = shape::year;
  p.year = static_cast<int>(v);
  p.te = k;
  return true;
}

// Whether a bare year can end before token k: the end, punctuation that does not go on to a number, a lexicon word
// that counts or names nothing, or a word that begins a clause.
bool grammar::year_can_end(std::size_t k) const {
  bool ends = k >= n_ || t_[k].t == type::newline;
  if (!ends && t_[k].t == type::punct)
    ends = !((t_[k].punct == '/' || t_[k].punct == '-' || t_[k].punct == ':' || t_[k].punct == '.' ||
              t_[k].punct == '%') && number(k + 1)) && t_[k].punct != '%';
  if (!ends && t_[k].t == type::lex) ends = !entry_of(k, kind::unit) && !filler(k, lexicon::fill_place) && !entry_of(k, kind::month_gregorian) &&
                                            !entry_of(k, kind::month_jalali) && !entry_of(k, kind::month_hijri);
  if (!ends && t_[k].t == type::word) {
    static constexpr std::string_view clause[] = {
        "\xD9\x85\xD8\xB9",                          // مع
        "\xD8\xB9\xD9\x84\xDB\x8C",                // علی (على)
        "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  // عندما
        "\xD8\xAD\xDB\x8C\xD9\x86",                // حین
        "\xD8\xAD\xDB\x8C\xD8\xAB",                // حیث
        "\xD8\xAB\xD9\x85",                          // ثم
        "\xDA\xA9\xD9\x85\xD8\xA7",                // کما (كما)
        "\xD8\xB9\xD9\x86",                          // عن
        "\xD9\x88",                                    // و
        "\xD8\xA8\xD9\x87",                          // به
        "\xDA\xA9\xD9\x87",                          // که
        "\xD8\xA8\xD8\xA7",                          // با
        "\xD8\xB1\xD8\xA7",                          // را
        "\xD8\xA7\xD9\x84\xD8\xB0\xDB\x8C",      // الذی (الذي)
        "\xD8\xA7\xD9\x84\xD8\xAA\xDB\x8C",      // التی (التي)
        "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",      // خلال: في 2018 خلال الدورة
        "\xD8\xB7\xDB\x8C",                          // طی
        "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7",  // اثنا (أثناء: the hamza folds away)
        "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA8",  // بسبب: فى 2012 بسبب ظروف الحرب
        "\xD9\x88\xD9\x81\xD9\x82",                // وفق: قبل 1996 وفق قانون الإيجار
        "\xD8\xAD\xD8\xB3\xD8\xA8",                // حسب
        // a clause on و: وقع في 1982 وكانت قوته (not وحدة, a count's noun)
        "\xD9\x88\xDA\xA9\xD8\xA7\xD9\x86",          // وکان (وكان)
        "\xD9\x88\xDA\xA9\xD8\xA7\xD9\x86\xD8\xAA",  // وکانت (وكانت)
        "\xD9\x88\xD9\x82\xD8\xAF",                    // وقد
        "\xD9\x88\xD9\x87\xD9\x88",                    // وهو
        "\xD9\x88\xD9\x87\xDB\x8C",                    // وهی (وهي)
        "\xD9\x88\xD9\x84\xD9\x85",                    // ولم
        "\xD9\x88\xD8\xAA\xD9\x85",                    // وتم
        // to become: ضمه في 2021 لتكون إعارته
        "\xD9\x84\xD8\xAA\xDA\xA9\xD9\x88\xD9\x86",  // لتکون (لتكون)
        "\xD9\x84\xDB\x8C\xDA\xA9\xD9\x88\xD9\x86",  // لیکون (ليكون)
        "\xD9\x84\xDB\x8C\xD8\xB5\xD8\xA8\xD8\xAD",  // لیصبح (ليصبح)
        "\xD9\x84\xD8\xAA\xD8\xB5\xD8\xA8\xD8\xAD",  // لتصبح
    };
    const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    for (const std::string_view c : clause) ends = ends || w == c;
    // في 2011 وتنتهي, فى 2005 والوفد: a verb's present on و, or a noun with
    // its article (what a number counts has none).
    if (!persian_ && w.size() >= 8 &&
        (w.compare(0, 4, "\xD9\x88\xD8\xAA") == 0 || w.compare(0, 4, "\xD9\x88\xDB\x8C") == 0 ||  // وت وی
         w.compare(0, 6, "\xD9\x88\xD8\xA7\xD9\x84") == 0))                                        // وال
      ends = true;
    // وفي 2009 شاركت دبي, في 2011 اندلعت: a verb's feminine past (ت after
    // three letters or more; not ات, وت, یت: plurals and nouns).
    if (!persian_ && w.size() >= 8 && w.substr(w.size() - 2) == "\xD8\xAA") {
      const std::string_view before = w.substr(w.size() - 4, 2);
      ends = ends || (before != "\xD8\xA7" && before != "\xD9\x88" && before != "\xDB\x8C");
    }
  }
  return ends;
}

namespace {

// Words after which four digits are a likely year (bare_year_after_time_word).
constexpr std::string_view year_bounds[] = {
    "\xD9\x85\xD9\x86\xD8\xB0",              // منذ
    "\xD9\x82\xD8\xA8\xD9\x84",              // قبل
    "\xD8\xA8\xD8\xB9\xD8\xAF",              // بعد
    "\xD8\xAD\xD8\xAA\xDB\x8C",              // حتی (حتى)
    "\xD9\x84\xD8\xBA\xD8\xA7\xDB\x8C\xD9\x87",  // لغایه (لغاية)
    "\xD8\xA7\xD9\x84\xDB\x8C \xD8\xBA\xD8\xA7\xDB\x8C\xD9\x87",  // الی غایه (إلى غاية 1975, one phrase)
    "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",    // خلال
    "\xD9\x85\xD9\x88\xD8\xB3\xD9\x85",    // موسم
    "\xD8\xAA\xD8\xA7",                        // تا
    "\xD8\xAE\xD8\xAA\xD9\x85",              // ختم
    "\xD9\xBE\xDB\x8C\xD8\xB4",              // پیش (پیش از)
    "\xD9\xBE\xD8\xB3",                        // پس (پس از)
    "\xD9\x85\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF",      // متولد (born in)
    "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF",  // موالید (مواليد)
    "\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF",              // تولد (Syrian records: تولد 1971, born in; before a counted noun it generates)
    "\xD8\xB2\xD8\xA7\xD8\xAF\xD9\x87",                          // زاده (born: زاده ۱۲۸۵)
    "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA\xD9\x87",  // درگذشته (died: درگذشته ۱۳۶۷)
    "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA",          // درگذشت
    "\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84",      // بحلول (by: بحلول 2026)
    "\xD8\xAD\xD9\x84\xD9\x88\xD9\x84",              // حلول (مع حلول 2030)
    "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA7\xD8\xA8\xD8\xA7\xD8\xAA",  // انتخابات (انتخابات 2010, انتخابات ۱۴۰۰)
    "\xD8\xAF\xD9\x81\xD8\xB9\xD9\x87",  // دفعه (دفعة ٢٠٢٤: the class of 2024)
    "\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87",  // دوره (Arabic دورة 2020: an exam's or a festival's year)
    "\xD9\x84\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87",  // لدوره (لدورة 2025)
    "\xD8\xA8\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87",  // بدوره (مقارنة بدورة 2011)
    "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x88\xD8\xB1",  // دستور (منظومة دستور 2014, a constitution's year)
    "\xD9\x85\xD8\xB5\xD9\x88\xD8\xA8",  // مصوب (قانون کار مصوب ۱۳۶۹: a law's year)
};
// An exam's year, before any word: کنکور ۱۴۰۲ دانشگاه ها, کنکور سراسری ۱۴۰۰, البكالوريا 2023 (folded).
constexpr std::string_view year_exams[] = {
    "\xDA\xA9\xD9\x86\xDA\xA9\xD9\x88\xD8\xB1",  // کنکور
    "\xDA\xA9\xD8\xA7\xD9\x86\xDA\xA9\xD9\x88\xD8\xB1",  // کانکور
    "\xD8\xB3\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xB1\xDB\x8C",  // سراسری
    "\xD8\xA8\xDA\xA9\xD8\xA7\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C\xD8\xA7",  // بکالوریا
    "\xD8\xA7\xD9\x84\xD8\xA8\xDA\xA9\xD8\xA7\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C\xD8\xA7",  // البکالوریا
    "\xD8\xA7\xD9\x84\xD8\xA8\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C\xD8\xA7",  // الباکالوریا
    "\xD8\xA8\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C\xD8\xA7",  // باکالوریا
};

}  // namespace

// کنکور۱۴۰۲, منذ2019: four digits glued to a word that introduces a year are that year, not a code (plain_number).
bool grammar::year_word_glued(std::size_t i) const {
  if (i == 0 || t_[i].digits != 4 || t_[i - 1].t != type::word) return false;
  const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  for (const std::string_view x : year_exams)
    if (w == x) return true;
  for (const std::string_view x : year_bounds)
    if (w == x) return true;
  return false;
}

// منذ 2011, قبل 1963, حتى 2030, خلال 2024, موسم ١٩٧٣, تا ۱۴۰۵, قبل از ۱۳۵۷, ختم ۲۰۱۹, متولد ۱۳۰۹, مواليد 1990: four
// digits of a likely year after a word that bounds or spans a time, before what cannot be a counted noun
// (year_can_end). The word stays out of the span (the year's value is the year's).
bool grammar::bare_year_after_time_word(std::size_t i, expression& p) const {
  if (i == 0 || !plain_number(i) || t_[i].digits != 4) return false;
  const std::uint32_t v = t_[i].value;
  // A Solar Hijri year of the 1200s only after born or died (زاده ۱۲۸۵ -
  // درگذشته ۱۳۶۷): a biography's.
  const std::string_view before = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  const bool life = before == "\xD9\x85\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF" ||                   // متولد
                    before == "\xD8\xB2\xD8\xA7\xD8\xAF\xD9\x87" ||                               // زاده
                    before == "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA\xD9\x87" ||  // درگذشته
                    before == "\xD8\xAF\xD8\xB1\xDA\xAF\xD8\xB0\xD8\xB4\xD8\xAA";             // درگذشت
  // (In Arabic a year of the 1300s or 1400s only after a season: لموسم 1447, a Hijri year.)
  if (!((v >= 1800 && v <= 2100) || (v >= 1300 && v <= 1499) || (persian_ && life && v >= 1200 && v <= 1299))) return false;
  // دوره in Persian is a term or a course (دوره ۱۴۰۰ تا ۱۴۰۴ مجلس): Arabic only.
  const auto session = [](std::string_view w) {
    return w == "\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87" || w == "\xD9\x84\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87" ||
           w == "\xD8\xA8\xD8\xAF\xD9\x88\xD8\xB1\xD9\x87";
  };
  const auto exam = [&](std::string_view w) {
    for (const std::string_view x : year_exams)
      if (w == x) return true;
    return false;
  };
  const auto bound = [&](std::size_t k) {
    const std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
    if (session(w) && (persian_ || v % 100 == 0)) return false;  // دورة 2000 متدرب: a count
    if (exam(w)) return true;
    for (const std::string_view b : year_bounds)
      if (w == b) return true;
    return false;
  };
  // انتخابات 2010 و2013: a second year joined by و to the first.
  const auto year_at = [&](std::size_t k) { return k < n_ && plain_number(k) && t_[k].digits == 4; };
  const bool second = (i >= 2 && t_[i].waw && year_at(i - 1) && bound(i - 2)) ||
                      (i >= 3 && entry_of(i - 1, kind::connector) && year_at(i - 2) && bound(i - 3));
  const bool then_second = (i + 1 < n_ && t_[i + 1].waw && year_at(i + 1)) ||
                           (entry_of(i + 1, kind::connector) && year_at(i + 2));
  if (second || (bound(i - 1) && then_second)) {
    p.s = shape::year;
    p.year = static_cast<int>(v);
    p.te = i + 1;
    return true;
  }
  // قبل از ۱۳۵۷, پس از ۲۰۱۹: از after the word; Persian پیش and پس only so.
  const bool az = persian_ && i >= 2 && filler(i - 1, lexicon::fill_range_from) && bound(i - 2);
  const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  // قانون المالية ل2016،: Arabic ل (for) written onto the year.
  const bool li = !persian_ && touching(i) && w == "\xD9\x84" && v % 100 != 0;
  // جام جهانی ۲۰۲۶, كأس العالم 2026 التي, مونديال 2022, المپیک ۲۰۲۰ توکیو: a
  // tournament's year (folded: المپیک موندیال الموندیال اولمبیاد الاولمبیاد یورو; جهانی العالم اسیا اسیایی افریقیا فوتبال after جام کاس قهرمانی بطوله امم ملت; کن, کان after جشنواره, مهرجان: Cannes).
  const auto tournament = [&]() {
    static constexpr std::string_view own[] = {"\xD8\xA7\xD9\x84\xD9\x85\xD9\xBE\xDB\x8C\xDA\xA9", "\xD9\x85\xD9\x88\xD9\x86\xD8\xAF\xDB\x8C\xD8\xA7\xD9\x84", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD9\x86\xD8\xAF\xDB\x8C\xD8\xA7\xD9\x84", "\xD8\xA7\xD9\x88\xD9\x84\xD9\x85\xD8\xA8\xDB\x8C\xD8\xA7\xD8\xAF", "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x85\xD8\xA8\xDB\x8C\xD8\xA7\xD8\xAF", "\xDB\x8C\xD9\x88\xD8\xB1\xD9\x88",
                                               "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD8\xB3\xDA\xA9\xD8\xA7\xD8\xB1", "\xD8\xA7\xD9\x88\xD8\xB3\xDA\xA9\xD8\xA7\xD8\xB1", "\xD8\xA7\xD8\xB3\xDA\xA9\xD8\xA7\xD8\xB1"};  // الاوسکار اوسکار اسکار: the Oscars' year
    static constexpr std::string_view after[] = {"\xD8\xAC\xD9\x87\xD8\xA7\xD9\x86\xDB\x8C", "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85", "\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xA7", "\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xA7\xDB\x8C\xDB\x8C", "\xD8\xA7\xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xDB\x8C\xD8\xA7", "\xD9\x81\xD9\x88\xD8\xAA\xD8\xA8\xD8\xA7\xD9\x84", "\xDA\xA9\xD9\x86", "\xDA\xA9\xD8\xA7\xD9\x86"};
    static constexpr std::string_view heads[] = {"\xD8\xAC\xD8\xA7\xD9\x85", "\xDA\xA9\xD8\xA7\xD8\xB3", "\xD9\x82\xD9\x87\xD8\xB1\xD9\x85\xD8\xA7\xD9\x86\xDB\x8C", "\xD8\xA8\xD8\xB7\xD9\x88\xD9\x84\xD9\x87", "\xD8\xA7\xD9\x85\xD9\x85", "\xD9\x85\xD9\x84\xD8\xAA",
                                                 "\xD8\xAC\xD8\xB4\xD9\x86\xD9\x88\xD8\xA7\xD8\xB1\xD9\x87", "\xD9\x85\xD9\x87\xD8\xB1\xD8\xAC\xD8\xA7\xD9\x86"};  // … جشنواره مهرجان: a festival's (جشنواره کن ۲۰۲۳, مهرجان كان 2023)
    const auto in = [](std::string_view x, const auto& list) {
      for (const std::string_view y : list)
        if (x == y) return true;
      return false;
    };
    if (v < 1900 || v > 2100) return false;
    if (in(w, own)) return true;
    if (!in(w, after)) return false;
    for (std::size_t k = i - 1; k-- > 0 && k + 4 >= i;)
      if (in(s_.substr(t_[k].begin, t_[k].end - t_[k].begin), heads)) return true;
    return false;
  };
  const bool cup = tournament();
  // ثورة 2011، بحرب 1994, وحرب 1956 «…», انقلاب ۱۳۵۷, اعتراضات ۱۴۰۱: a revolution's, a war's or a
  // crisis's year (folded; و, ب or ل written onto the word).
  const bool event = [&]() {
    static constexpr std::string_view events[] = {
        "\xD8\xAB\xD9\x88\xD8\xB1\xD9\x87", "\xD8\xA7\xD9\x86\xD8\xAA\xD9\x81\xD8\xA7\xD8\xB6\xD9\x87", "\xD8\xAD\xD8\xB1\xD8\xA8",  // ثوره انتفاضه حرب
        "\xD9\x86\xDA\xA9\xD8\xB3\xD9\x87", "\xD9\x86\xDA\xA9\xD8\xA8\xD9\x87", "\xD8\xA7\xD8\xAD\xD8\xAF\xD8\xA7\xD8\xAB",  // نکسه نکبه احداث
        "\xD8\xA7\xD8\xB2\xD9\x85\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x82\xD9\x84\xD8\xA7\xD8\xA8", "\xD8\xAC\xD9\x86\xDA\xAF",  // ازمه انقلاب جنگ
        "\xD8\xB9\xD8\xAF\xD9\x88\xD8\xA7\xD9\x86", "\xD8\xBA\xD8\xB2\xD9\x88", "\xD8\xB2\xD9\x84\xD8\xB2\xD8\xA7\xD9\x84",  // عدوان غزو زلزال
        "\xD8\xB2\xD9\x84\xD8\xB2\xD9\x84\xD9\x87", "\xD8\xAD\xD8\xB1\xD8\xA7\xDA\xA9",  // زلزله حراک
        "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xB6\xD8\xA7\xD8\xAA", "\xD8\xA7\xD8\xBA\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB4\xD8\xA7\xD8\xAA",  // اعتراضات اغتشاشات
    };
    std::string_view x = w;
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::string_view e : events)
        if (x == e) return true;
      if (pass || x.size() < 6 || !(x.compare(0, 2, "\xD9\x88") == 0 || x.compare(0, 2, "\xD8\xA8") == 0 || x.compare(0, 2, "\xD9\x84") == 0))
        break;
      x.remove_prefix(2);
    }
    return false;
  }();
  // الثانوية العامة 2026: Egypt's secondary-school exam and its year.
  const bool secondary = !persian_ && i >= 2 && w == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xD9\x87" && word_is(i - 2, "\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x88\xDB\x8C\xD9\x87");
  // لایحه بودجه ۱۴۰۳, بودجه ۱۴۰۵ سخنگوی: a Solar Hijri budget's year (not بودجه 2000 دلاری, a sum).
  // تقویم ۱۴۰۳ منتشر شد: a calendar's year, likewise.
  const bool budget = persian_ && v >= 1300 && v <= 1499 &&
                      (w == "\xD8\xA8\xD9\x88\xD8\xAF\xD8\xAC\xD9\x87" || w == "\xD8\xAA\xD9\x82\xD9\x88\xDB\x8C\xD9\x85");  // بودجه, تقویم
  // انتخابات ریاست جمهوری ۱۴۰۰, بانتخابات النواب 2020, للانتخابات العامة 2021,
  // لرئاسيات 2019, انتخابات مجلس الشيوخ ٢٠٢٠, لرئاسة الجمهورية ٢٠٢٤: an
  // election's year, its words up to four before (folded; و, ال, ل, ب, لل,
  // بال written onto the word).
  const bool election = [&]() {
    if (!((v >= 1900 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499)) || (v % 100 == 0 && v >= 1900)) return false;  // not البلدية 2000 مرشح
    static constexpr std::string_view heads[] = {
        "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA7\xD8\xA8\xD8\xA7\xD8\xAA",              // انتخابات
        "\xD8\xB1\xDB\x8C\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xA7\xD8\xAA",                      // ریاسیات (رئاسيات)
        "\xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD8\xB9\xDB\x8C\xD8\xA7\xD8\xAA",              // تشریعیات
        "\xD8\xA8\xD9\x84\xD8\xAF\xDB\x8C\xD8\xA7\xD8\xAA",                              // بلدیات
        "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x81\xD8\xAA\xD8\xA7",                              // استفتا (استفتاء)
        "\xD8\xA7\xD9\x84\xD8\xAC\xD9\x85\xD9\x87\xD9\x88\xD8\xB1\xDB\x8C\xD9\x87",  // الجمهوریه (after رئاسة)
    };
    static constexpr std::string_view prefixes[] = {"\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84",
                                                    "\xD9\x84", "\xD8\xA8"};  // بال لل ال ل ب
    const auto head = [&](std::string_view x) {
      if (x.size() > 6 && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);  // و
      for (const std::string_view h : heads)
        if (x == h) return true;
      for (const std::string_view p : prefixes)
        if (x.size() > p.size() + 6 && x.compare(0, p.size(), p) == 0)
          for (const std::string_view h : heads)
            if (x.substr(p.size()) == h) return true;
      return false;
    };
    for (std::size_t k = i; k-- > 0 && k + 4 >= i;) {
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
      const std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
      if (head(x)) {
        // الجمهوریه only after رئاسه (the presidency), not جمهوریه مصر 2020.
        const bool republic = x.size() >= 18 && x.substr(x.size() - 18) == heads[5];
        return !republic || (k > 0 && s_.substr(t_[k - 1].begin, t_[k - 1].end - t_[k - 1].begin).find(
                                          "\xD8\xB1\xDB\x8C\xD8\xA7\xD8\xB3\xD9\x87") != std::string_view::npos);  // ریاسه
      }
    }
    return false;
  }();
  // موسم الحج 2024, لموسم 2022, الموسم الفلاحي 2023, فصل زراعی ۱۴۰۲: a
  // season's year, its words up to three before (folded; و, ال, ل, ب, لل,
  // بال written onto موسم; Persian فصل alone), مرحبا 2024 and أفق 2030.
  const bool season = [&]() {
    if (!((v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1499)) || v % 100 == 0) return false;  // not موسم 2000 حاج
    static constexpr std::string_view head = "\xD9\x85\xD9\x88\xD8\xB3\xD9\x85";  // موسم
    static constexpr std::string_view prefixes[] = {"", "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84",
                                                    "\xD9\x84", "\xD8\xA8"};  // بال لل ال ل ب
    for (std::size_t k = i; k-- > 0 && k + 3 >= i;) {
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
      std::string_view x = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
      if (persian_ && x == "\xD9\x81\xD8\xB5\xD9\x84") return true;  // فصل
      // عملية مرحبا 2024: Morocco's summer crossing of its emigrants, named by
      // its year; في أفق 2030: a plan's horizon.
      if (!persian_ && k + 1 == i && (x == "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7" || x == "\xD8\xA7\xD9\x81\xD9\x82"))
        return true;  // مرحبا, افق
      if (x.size() > head.size() && x.compare(0, 2, "\xD9\x88") == 0) x.remove_prefix(2);  // و
      for (const std::string_view p : prefixes)
        if (x.size() == p.size() + head.size() && x.compare(0, p.size(), p) == 0 && x.substr(p.size()) == head) return true;
    }
    return false;
  }();
  if (!persian_ && v < 1800 && !season) return false;
  // آزمون کارشناسی ارشد ۱۴۰۳, کنکور سراسری هنر ۱۴۰۲: an exam named up to three
  // words before a Solar Hijri year.
  const bool exam_named = persian_ && v >= 1300 && v <= 1499 && v % 100 != 0 && [&]() {
    for (std::size_t k = i; k-- > 0 && k + 4 >= i;) {
      if (t_[k].t != type::word && t_[k].t != type::lex) return false;
      if (word_is(k, "\xD8\xA2\xD8\xB2\xD9\x85\xD9\x88\xD9\x86") || word_is(k, "\xD8\xA7\xD8\xB2\xD9\x85\xD9\x88\xD9\x86") ||
          exam(s_.substr(t_[k].begin, t_[k].end - t_[k].begin)))
        return true;  // آزمون (folded: ازمون), کنکور
    }
    return false;
  }();
  // صيف 2011, شتاء 2020 (folded: صیف شتا خریف ربیع): a season of the year,
  // valued as the year it is in.
  const bool weather = !persian_ && v >= 1800 && v <= 2100 &&
                       (w == "\xD8\xB5\xDB\x8C\xD9\x81" || w == "\xD8\xB4\xD8\xAA\xD8\xA7" ||
                        w == "\xD8\xAE\xD8\xB1\xDB\x8C\xD9\x81" || w == "\xD8\xB1\xD8\xA8\xDB\x8C\xD8\xB9");
  const bool alone = (bound(i - 1) || li || secondary || cup || event || budget || election || season || exam_named || weather) && w != "\xD9\xBE\xDB\x8C\xD8\xB4" && w != "\xD9\xBE\xD8\xB3";
  // متولد ۱۳۰۹ بود, خلال 2025 خفض البنك, منذ 2011 والبلاد: after "born",
  // "during" or "since" a number is a year before any word.
  const bool born = life ||
                    w == "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF" ||
                    w == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" || w == "\xD9\x85\xD9\x86\xD8\xB0" ||
                    w == "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA7\xD8\xA8\xD8\xA7\xD8\xAA" ||  // انتخابات ۱۴۰۰ شرکت کرد
                    w == "\xD8\xAF\xD9\x81\xD8\xB9\xD9\x87" ||  // دفعة ٢٠٢٤ تخرجوا (not دفعة 2000 دولار)
                    session(w) ||  // دورة 2020 التي يشارك فيها, ستنظم دورة 2024 من المعرض
                    w == "\xD9\x85\xD8\xB5\xD9\x88\xD8\xA8" ||  // قانون کار مصوب ۱۳۶۹ مجمع تشخیص
                    w == "\xD8\xAF\xD8\xB3\xD8\xAA\xD9\x88\xD8\xB1" ||  // دستور 2014 المعدل: a constitution counts nothing
                    budget || election || season || exam_named || weather ||  // بودجه ۱۴۰۵ سخنگوی, انتخابات النواب 2020، اليوم
                    exam(w) || secondary || cup || (event && v % 100 != 0);  // not أزمة 2000 موظف, a count  // نتایج نهایی کنکور ۱۴۰۲ دانشگاه ها
  // من مواليد الدقهلية 1941: born in a place, its name between.
  if (!az && !alone && !persian_ && i >= 2 && t_[i - 1].t == type::word && v <= 2100 &&
      s_.substr(t_[i - 2].begin, t_[i - 2].end - t_[i - 2].begin) == "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C\xD8\xAF" &&
      year_can_end(i + 1)) {
    p.s = shape::year;
    p.year = static_cast<int>(v);
    p.te = i + 1;
    return true;
  }
  if (!az && !alone) return false;
  if (punct(i + 1, ',') && touching(i + 1) && number(i + 2)) return false;  // مصوب ۱۳۴۸,۰۸,۲۱: a date, commas between
  if (const auto* e = entry_of(i + 1, kind::era)) {  // منذ 2003م
    p.sys = era_system(e->value);
    p.sys_from_name = true;
    p.te = i + 2;
  } else if (year_can_end(i + 1) || ((az || born) && year_can_end_after_time_word(i + 1) && !counted_noun(i + 1))) {
    // After قبل از, پس از a year is a year before any word but a unit or
    // a month (قبل از ۱۳۵۷ تصویب شد); تا, حتى alone also mean "up to" a count.
    p.te = i + 1;
  } else {
    return false;
  }
  p.s = shape::year;
  p.year = static_cast<int>(v);
  return true;
}

// 1887 - بداية بناء برج إيفل, 1924 – سعد زغلول يؤلف: a history list's
// year, first on its line, then a dash and words.
bool grammar::listed_year(std::size_t i, expression& p) const {
  if (!plain_number(i) || t_[i].digits != 4 || t_[i].value < 1000 || t_[i].value > 2100) return false;
  // 1967 : إعتماد نظام النقط: a colon for the dash, also after a full stop (a history told in one paragraph).
  const bool colon = punct(i + 1, ':') && t_[i + 1].space_before;
  if (i > 0 && t_[i - 1].t != type::newline && !(t_[i - 1].t == type::punct && t_[i - 1].punct == 0 && i > 1 &&
                                                   t_[i - 2].t == type::newline) && !(colon && punct(i - 1, '.')))
    return false;  // first on its line (a bullet may stand before it)
  if (!(dash(i + 1) || colon) || i + 2 >= n_ || (t_[i + 2].t != type::word && t_[i + 2].t != type::lex) || number(i + 2)) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.te = i + 1;
  return true;
}

// موعد صرف رواتب المتقاعدين في العراق 2025, بداية شهر رمضان في دولة الكويت
// 2022, بازی‌های ایران در جام جهانی 2022: a Gregorian year that ends a
// headline line after a word. Not a round hundred (a count: 2000 alone),
// not after a colon or bracket (تعداد بازدید: 1352, a page's counter), not
// glued to its word (a code), not Expo's name (اکسبو 2020 opened in 2021).
bool grammar::headline_year(std::size_t i, expression& p) const {
  if (!number(i) || t_[i].digits != 4 || t_[i].value <= 1900 || t_[i].value > 2100 || t_[i].value % 100 == 0 ||
      (i + 1 < n_ && t_[i + 1].t != type::newline && t_[i + 1].t != type::punct) || !plain_number(i))
    return false;
  // جدول العطل المدرسي في تونس 2025 / 1446: the Hijri year that overlaps it after a slash.
  const long hijri = (static_cast<long>(t_[i].value) - 622) * 33 / 32;  // about the lunar year that year
  const std::size_t twin = punct(i + 1, '/') && plain_number(i + 2) && t_[i + 2].digits == 4 &&
                                   std::abs(static_cast<long>(t_[i + 2].value) - hijri) <= 2
                               ? i + 2
                               : 0;
  if (i == 0 || !t_[i].space_before || word_is(i - 1, "\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xA8\xD9\x88"))  // اکسبو
    return false;
  // After a word of a date (يوم 1 يناير الثاني 2023, a count, a month) the
  // year is that date's, not a headline's.
  if (!dateless_word(i - 1)) return false;
  // رؤية (a vision) names a plan by its year: أحد برامج رؤية السعودية 2030.
  constexpr std::string_view vision = "\xD8\xB1\xD9\x88\xDB\x8C\xD9\x87";  // رؤية, folded
  if (word_is(i - 1, vision) || (i >= 2 && word_is(i - 2, vision))) return false;
  // الجريدة الرسمية العدد 1960: an issue's or a decree's number.
  if (word_is(i - 1, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xAF\xD8\xAF") || word_is(i - 1, "\xD8\xB9\xD8\xAF\xD8\xAF") ||
      word_is(i - 1, "\xD8\xB1\xD9\x82\xD9\x85") || word_is(i - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87"))
    return false;  // العدد, عدد, رقم, شماره
  std::size_t k = twin ? twin + 1 : i + 1;
  if (punct(k, '.') || punct(k, '!') || punct(k, '?')) ++k;
  // البريد المصري 2026: جدول المواعيد: a colon after it, then the headline's words.
  const bool colon = punct(k, ':') && touching(k) && k + 1 < n_ && !number(k + 1);
  if (k < n_ && t_[k].t != type::newline && !colon) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.sys = system::gregorian;
  p.te = twin ? twin + 1 : i + 1;
  return true;
}

bool grammar::dateless_word(std::size_t k) const {
  constexpr auto bit = [](kind x) { return 1U << static_cast<unsigned>(x); };
  constexpr std::uint32_t dated =
      bit(kind::month_jalali) | bit(kind::month_hijri) | bit(kind::month_gregorian) | bit(kind::weekday) |
      bit(kind::era) | bit(kind::cardinal) | bit(kind::ordinal) | bit(kind::relative) | bit(kind::unit) |
      bit(kind::direction) | bit(kind::part) | bit(kind::span) | bit(kind::holiday) | bit(kind::decade) |
      bit(kind::weekday_qualifier);
  return k < n_ && (t_[k].t == type::word || (t_[k].t == type::lex && !(t_[k].kinds & dated))) &&
         static_cast<unsigned char>(s_[t_[k].begin]) >= 0x80;
}

std::size_t grammar::place_year(std::size_t i) const {
  if (i >= n_ || (persian_ && !filler(i, lexicon::fill_in))) return i;
  std::size_t k = i;
  if (filler(i, lexicon::fill_in)) {
    ++k;
    while (k < i + 5 && dateless_word(k) && !filler(k, lexicon::fill_year_word)) ++k;  // لهذا العام 2023 stands apart
    if (k == i + 1) return i;
  } else if (s_.compare(t_[i].begin, 6, "\xD8\xA8\xD8\xA7\xD9\x84") == 0 && t_[i].end - t_[i].begin > 10 &&
             dateless_word(i)) {  // بال and three letters or more: بالمغرب
    ++k;
  } else {
    return i;
  }
  // فاتح شهر رمضان المعظم بالمملكة لعام 1444 هـ, أول أيام شهر رمضان في المغرب
  // لسنة 1440 هجرية, بالمغرب، لعام 1445 هـ: a year word after a country or
  // city (not after other words: وقفة عرفة في الحكومة الاتحادية للعام 1444هـ,
  // عيد الأضحى في المملكة السعودية لهذا العام 2023 name the year apart).
  const std::size_t w = punct(k, ',') ? k + 1 : k;
  if (filler(w, lexicon::fill_year_word) && plain_number(w + 1) && t_[w + 1].digits == 4 &&
      !entry_of(w, kind::relative)) {  // لهذا العام
    bool city = false;
    for (std::size_t x = i; x < w; ++x) {
      // Beside the places' list: المغرب (a list apart for its other sense,
      // sunset) and المملكة (the kingdom), also on ب.
      const std::size_t skip = s_.compare(t_[x].begin, 2, "\xD8\xA8") == 0 ? 2 : 0;
      const std::string_view word(s_.data() + t_[x].begin + skip, t_[x].end - t_[x].begin - skip);
      if (place_at(x, city) >= 0 || word == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xBA\xD8\xB1\xD8\xA8" ||
          word == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD9\x84\xDA\xA9\xD9\x87")
        return w;
    }
  }
  if (persian_ || !plain_number(k) || t_[k].digits != 4 || t_[k].value % 100 == 0) return i;
  // Only a year: 2022, not a count after the place (في غزة 1500 شهيد).
  const std::size_t e = entry_of(k + 1, kind::era) ? k + 2 : k + 1;
  return (t_[k].value >= 1900 && t_[k].value <= 2100) || (entry_of(k + 1, kind::era) && t_[k].value >= 1300)
             ? (year_can_end(e) || punct(e, ',') ? k : i)
             : i;
}

// از ۱۳۹۲ تاکنون, از ۹۲ تا کنون, من 2015 وحتى الآن: a year after "from",
// "until now" after it (a count after از or من has a unit between).
bool grammar::year_until_now(std::size_t i, expression& p) const {
  if (i == 0 || !filler(i - 1, lexicon::fill_range_from) || !plain_number(i)) return false;
  const std::uint32_t v = t_[i].value;
  const bool two = persian_ && t_[i].digits == 2 && v >= 30;  // ۹۲ is 1392; not ۱۲, which would be ahead
  if (!(two || (t_[i].digits == 4 && ((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499))))) return false;
  std::size_t k = i + 1;
  if (word_is(k, "\xD8\xAA\xD8\xA7\xDA\xA9\xD9\x86\xD9\x88\xD9\x86")) {  // تاکنون
  } else if (filler(k, lexicon::fill_range_to) && !entry_of(k, kind::connector)) {
    ++k;
    if (persian_ && word_is(k, "\xD8\xA8\xD9\x87") && word_is(k + 1, "\xD8\xAD\xD8\xA7\xD9\x84")) {  // تا به حال
    } else if (!(persian_ ? word_is(k, "\xDA\xA9\xD9\x86\xD9\x88\xD9\x86") ||                    // تا کنون
                               word_is(k, "\xD8\xA7\xDA\xA9\xD9\x86\xD9\x88\xD9\x86")          // تا اکنون
                         : word_is(k, "\xD8\xA7\xD9\x84\xD8\xA2\xD9\x86") || word_is(k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86"))) {  // الآن
      return false;
    }
  } else {
    return false;
  }
  p.s = shape::year;
  p.year = static_cast<int>(v);
  p.two_digit_year = two;
  p.te = i + 1;
  return true;
}

// في عام 2022, سال ۱۴۰۲, 1402 ه.ش, 2022م
bool grammar::year_expr(std::size_t i, expression& p) const {
  // تصویب نامه 67768 /ت 250 ه: the number of a cabinet decree after its
  // letter ت after a slash (the letter ه after it is the cabinet's, no era).
  // Not ت alone: (ت 1934م) is a death's year (توفي) in a biography.
  if (i > 1 && word_is(i - 1, "\xD8\xAA") && punct(i - 2, '/')) return false;
  if (bare_year_after_in(i, p)) return true;
  if (bare_year_after_time_word(i, p)) return true;
  if (year_until_now(i, p)) return true;
  if (listed_year(i, p) || works_year(i, p) || same_month_year(i, p)) return true;
  if (headline_year(i, p)) return true;
  // در سال‌های ۲۰۰۴ و ۲۰۱۲ و ۲۰۱۶, در سالهای ۱۹۶۱، ۱۹۶۵، ۱۹۹۸، ۲۰۰۲ و ۲۰۱۳, في
  // سنوات 2010 – 2012 – 2016: each year of a list after the year word, joined
  // by و, commas or dashes.
  if (plain_number(i) && t_[i].digits == 4 && t_[i].value >= 1000 && t_[i].value <= 2200) {
    std::size_t k = i;
    while (k >= 2 && (entry_of(k - 1, kind::connector) || punct(k - 1, ',') || dash(k - 1)) && plain_number(k - 2) &&
           t_[k - 2].digits == 4)
      k -= 2;
    if (k < i && k > 0 && filler(k - 1, lexicon::fill_year_word)) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[i].value);
      p.te = i + 1;
      return true;
    }
  }
  // حج (1443) ﻫ.ق مطابق (1401) ﻫ.ش, موسم (1443) هـ: a year in brackets, its
  // era marker after them.
  if (i > 0 && punct(i - 1, '(') && plain_number(i) && t_[i].digits == 4 && punct(i + 1, ')')) {
    if (const auto* e = entry_of(i + 2, kind::era)) {
      p.s = shape::year;
      p.year = static_cast<int>(t_[i].value);
      p.sys = era_system(e->value);
      p.sys_from_name = true;
      p.lead = 1;
      p.te = i + 3;
      return true;
    }
  }
  // سال (۵۴۰ ق), سنة (1343 هـ): the year word, then the year and its era in brackets.
  if (filler(i, lexicon::fill_year_word) && punct(i + 1, '(') && plain_number(i + 2) && t_[i + 2].digits >= 3 &&
      entry_of(i + 3, kind::era) && punct(i + 4, ')')) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i + 2].value);
    p.sys = era_system(entry_of(i + 3, kind::era)->value);
    p.sys_from_name = true;
    p.te = i + 5;
    return true;
  }
  std::size_t j = i;
  if (filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word)) ++j;
  int year = 0;
  bool two = false, named = false;
  system sys = system::unknown;
  const std::size_t k = year_part(j, year, two, sys, named, true);
  // سال ۹۷: Persian writes the Jalali year in two digits after سال.
  // Not a count of units after it: در این سال 30 روز (thirty days that year).
  // سال 91 خورشیدی: its Solar Hijri era after it too.
  const bool persian_two = two && persian_ && filler(j, lexicon::fill_year_word) && (!named || sys == system::jalali) &&
                           s_.compare(t_[j].begin, 6, "\xD8\xB3\xD8\xA7\xD9\x84") == 0 && !entry_of(k, kind::unit) &&
                           !counted_noun(k) &&  // تا پایان سال ۱۴ کیلومتر دیگر: a distance
                           !(punct(k, '.') && touching(k) && touching(k + 1) && number(k + 1));  // سال ۱۴.۳: a decimal
  // قانون رقم 5 لسنة 56 م: a law's year, in two digits after لسنة/لعام
  // ("of the year") with the Gregorian era's letter (the law-book style of
  // Libya and the Gulf); not عام 70 م, which in history is the year 70.
  const bool arabic_two = two && !persian_ && filler(j, lexicon::fill_year_word) && named && sys == system::gregorian &&
                          s_.compare(t_[j].begin, 2, "\xD9\x84") == 0;
  // سال ۹۵ روز جمعه ششم اسفند ماه, سال ۱۳۹۵ روز ۶ اسفند: the year written
  // before a day and month without their own, the day of that year.
  const std::size_t d = k && filler(k, lexicon::fill_day_word) && !entry_of(k + 1, kind::weekday) ? k + 1 : k;  // روز ششم
  // Not a fiscal year's (سال مالی 1400 خورشیدی امروز (سه‌شنبه، 23 جدی): the
  // budget's year, written in the year before).
  const bool fiscal = word_is(j, "\xD8\xB3\xD8\xA7\xD9\x84 \xD9\x85\xD8\xA7\xD9\x84\xDB\x8C");  // سال مالی
  if (expression q; k && filler(j, lexicon::fill_year_word) && !fiscal && (year >= 100 || (two && persian_ && !named)) &&
                    full_date(d, q, false) && q.s == shape::date && q.year == 0 && !q.year_relative &&
                    q.month != 0 && q.day != 0 && !q.month_relative && q.qualifier == expression::nearest &&
                    (sys == system::unknown || sys == q.sys)) {
    p = q;
    p.year = year;
    p.two_digit_year = two;
    p.year_named = named;
    return true;
  }
  if (!k || (two && !persian_two && !arabic_two) || (year < 100 && !persian_two && !arabic_two)) return false;
  if (before_christ(k)) return false;  // عام 500 قبل الميلاد
  // السنة 365 يوما, سال ۳۶۵ روز: the days of a year, counted; no year 365.
  if (!named && year < 1000 && entry_of(k, kind::unit)) return false;
  // قانون العفو العام 290 نزيلا, الأمين العام 3: العام after a noun with
  // its article is "general", and the number after it counts.
  if (!persian_ && !named && year < 1000 && j == i && j > 0 && t_[j - 1].t == type::word &&
      s_.compare(t_[j - 1].begin, 4, "\xD8\xA7\xD9\x84") == 0 && word_is(j, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85"))
    return false;
  p.two_digit_year = two;
  p.s = shape::year;
  p.year = year;
  p.sys = sys;
  p.sys_from_name = named;
  p.te = k;
  return true;
}

}  // namespace grammar
}  // namespace taqvim
