// Rules for years named by what they date: a headline's closing year, a citation's (a book's, an author's), a founding's
// or a closing's, a census's.
#include "grammar/grammar.h"
#include "grammar/year_words.h"

#include <algorithm>  // std::find
#include <iterator>   // std::begin, std::end

namespace taqvim {
namespace grammar {

// موعد صرف رواتب المتقاعدين في العراق 2025, بداية شهر رمضان في دولة الكويت 2022, بازی‌های ایران در جام جهانی 2022: a Gregorian
// year that ends a headline line after a word. Not a round hundred (a count: 2000 alone), not after a colon or bracket (تعداد
// بازدید: 1352, a page's counter), not glued to its word (a code), not Expo's name (اکسبو 2020 opened in 2021). In Persian a
// Solar Hijri year of the 1300s or 1400s too, 1400 itself included (a list of downloads: تعرفه عوارض ۱۳۹۵, ارزش معاملاتی
// 1401).
bool grammar::headline_year(std::size_t i, expression& p) const {
  const bool solar = persian_ && number(i) && t_[i].digits == 4 && t_[i].value > 1300 && t_[i].value < 1500;
  // موعد التقديم على الابتعاث الخارجي 1444: in Arabic a Hijri year of these decades ends a headline so too, a short
  // line of words (not بلغ عدد الطلاب 1450, a count).
  const bool lunar = !persian_ && number(i) && t_[i].digits == 4 && t_[i].value > 1420 && t_[i].value < 1460 && [&] {
    std::size_t k = i;
    for (; k > 0 && t_[k - 1].t != type::newline; --k)
      if (i - k >= 12 || number(k - 1) || word_is(k - 1, "\xD8\xB9\xD8\xAF\xD8\xAF") || word_is(k - 1, "\xD8\xA8\xD9\x84\xD8\xBA") || word_is(k - 1, "\xD8\xA7\xD8\xAC\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C") || word_is(k - 1, "\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9")) return false;
    return true;
  }();  // عدد بلغ اجمالی مجموع
  // تعرفه دندانپزشکی ۱۴۰۳ برای هر نوع, مناظره‌های انتخاباتی ۱۴۰۰ که: in Persian a Solar Hijri year of these decades after a
  // word runs on into its sentence before که, برای, هم, را, نیز, با (no count stands before them bare).
  const auto clause = [&](std::size_t k) {
    return word_is(k, "\xDA\xA9\xD9\x87") || word_is(k, "\xD8\xA8\xD8\xB1\xD8\xA7\xDB\x8C") || word_is(k, "\xD9\x87\xD9\x85") || word_is(k, "\xD8\xB1\xD8\xA7") ||
           word_is(k, "\xD9\x86\xDB\x8C\xD8\xB2") || word_is(k, "\xD8\xA8\xD8\xA7");  // که برای هم را نیز با
  };
  const bool runs_on = solar && t_[i].value <= 1410 && clause(i + 1) && i > 0 && t_[i - 1].end - t_[i - 1].begin > 4 &&  // (a noun: not زمستان سا 1376, a year word cut short)
                       !word_is(i - 1, "\xD8\xAD\xD8\xAF\xD9\x88\xD8\xAF") &&
                       !word_is(i - 1, "\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF") && !word_is(i - 1, "\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9") &&
                       !word_is(i - 1, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE");  // حدود تعداد مجموع: a count's; تاریخ: a coin's mint year (سکه‌های با تاریخ ۱۴۰۳ را)
  if (!number(i) || t_[i].digits != 4 || ((t_[i].value <= 1900 || t_[i].value > 2100 || t_[i].value % 100 == 0) && !solar && !lunar) ||
      (i + 1 < n_ && t_[i + 1].t != type::newline && t_[i + 1].t != type::punct && !runs_on) || !plain_number(i))
    return false;
  // جدول العطل المدرسي في تونس 2025 / 1446: the Hijri year that overlaps it after a slash.
  const long hijri = (static_cast<long>(t_[i].value) - 622) * 33 / 32;  // about the lunar year that year
  const std::size_t twin = punct(i + 1, '/') && plain_number(i + 2) && t_[i + 2].digits == 4 &&
                                   std::abs(static_cast<long>(t_[i + 2].value) - hijri) <= 2
                               ? i + 2
                               : 0;
  // 2016: عام محاسبة المشاهير: a headline that opens with its year, a colon on it, then words; so a sentence, after a
  // stop or a quote ("2011: يسقط مبارك. 2012: يسقط حكم العسكر").
  if ((i == 0 || t_[i - 1].t == type::newline || punct(i - 1, '.') || punct(i - 1, '"')) && !solar && !twin &&
      punct(i + 1, ':') && touching(i + 1) && i + 2 < n_ &&
      (t_[i + 2].t == type::word || t_[i + 2].t == type::lex) && !month_name(i + 2)) {
    p.s = shape::year;
    p.year = static_cast<int>(t_[i].value);
    p.sys = system::gregorian;
    p.te = i + 1;
    return true;
  }
  if (i == 0 || !t_[i].space_before || word_is(i - 1, "\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xA8\xD9\x88"))  // اکسبو
    return false;
  // After a word of a date (يوم 1 يناير الثاني 2023, a count, a month) the year is that date's, not a headline's.
  if (!dateless_word(i - 1)) return false;
  // رؤية (a vision) names a plan by its year: أحد برامج رؤية السعودية 2030.
  constexpr std::string_view vision = "\xD8\xB1\xD9\x88\xDB\x8C\xD9\x87";  // رؤية, folded
  if (word_is(i - 1, vision) || (i >= 2 && word_is(i - 2, vision))) return false;
  // الجريدة الرسمية العدد 1960: an issue's or a decree's number.
  if (word_is(i - 1, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xAF\xD8\xAF") || word_is(i - 1, "\xD8\xB9\xD8\xAF\xD8\xAF") ||
      word_is(i - 1, "\xD8\xB1\xD9\x82\xD9\x85") || word_is(i - 1, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87") ||
      word_is(i - 1, "\xDA\xA9\xD8\xAF") || word_is(i - 1, "\xD9\xBE\xD9\x84\xD8\xA7\xDA\xA9") ||
      word_is(i - 1, "\xD8\xB5\xD9\x81\xD8\xAD\xD9\x87"))
    return false;  // العدد, عدد, رقم, شماره; a code's, a plate's or a page's: کد, پلاک, صفحه
  // A car's model year (خودروها با مدل 1404), and a Solar Hijri year after a
  // day and an unknown word (25 ادریبهشت 1396: a month misspelt), no year alone.
  if (solar && (word_is(i - 1, "\xD9\x85\xD8\xAF\xD9\x84") || (i >= 2 && number(i - 2) && !entry_of(i - 1, kind::connector)))) return false;  // مدل
  std::size_t k = twin ? twin + 1 : i + 1;
  if (punct(k, '.') || punct(k, '!') || punct(k, '?')) ++k;
  // البريد المصري 2026: جدول المواعيد: a colon after it, then the headline's words.
  const bool colon = punct(k, ':') && touching(k) && k + 1 < n_ && !number(k + 1);
  if (k < n_ && t_[k].t != type::newline && !colon && !runs_on) return false;
  p.s = shape::year;
  p.year = static_cast<int>(t_[i].value);
  p.sys = solar ? system::unknown : lunar ? system::hijri : system::gregorian;  // Solar Hijri by the text's language, flagged as guessed
  p.te = twin ? twin + 1 : i + 1;
  return true;
}

// (دار ميم/ 2023), (تهران، 1356), (دار الآداب، 2019): a publisher's or a place's words in brackets, a comma or slash, and the
// year closing them (a book's citation). (خوارزمی ۱۳۵۸ جلد ۱ ص ۴۵۱), نشر نی، ۱۳۸۵، ص ۲۳, بيروت، 2002، ج 3: the year before a
// volume's or a page's number. (Sami, 2002), (Smith. 2010: 45): an author's Latin name and the year.
bool grammar::cited_year(std::size_t i, expression& p) const {
  if (!plain_number(i) || t_[i].digits != 4 || i < 2) return false;
  const std::uint32_t v = t_[i].value;
  if (!((v >= 1800 && v <= 2100) || (persian_ && v > 1300 && v < 1500))) return false;
  const std::size_t at = punct(i + 1, ',') ? i + 2 : i + 1;
  const bool volume = at < n_ && (word_is(at, "\xD8\xB5") || word_is(at, "\xD8\xAC") ||  // ص ج
                                  word_is(at, "\xD8\xAC\xD9\x84\xD8\xAF") || word_is(at, "\xD8\xB5\xD9\x81\xD8\xAD\xD9\x87")) &&  // جلد صفحه
                      (plain_number(at + 1) || (punct(at + 1, ':') && plain_number(at + 2))) &&  // القاهرة، 1994، صـ: 53
                      (t_[i - 1].t == type::punct || t_[i - 1].t == type::word);  // (چاپ دوم - ۱۳۸۱، ج ۳)
  const bool author = i >= 3 && (punct(i - 1, ',') || punct(i - 1, '.')) && t_[i - 2].t == type::word &&
                      static_cast<unsigned char>(s_[t_[i - 2].begin]) < 0x80 && punct(i - 3, '(') &&
                      (punct(i + 1, ')') || punct(i + 1, ':'));
  // J Prevent Med 2023; 10 (1) :36-47, طب پیشگیری. 1402; 10 (1): a journal's year, its volume and (issue) after it.
  const bool journal = punct(i + 1, ';') && plain_number(i + 2) && punct(i + 3, '(');
  if (volume || author || journal) {
    p.s = shape::year;
    p.year = static_cast<int>(v);
    p.te = i + 1;
    return true;
  }
  if (!punct(i + 1, ')') || i < 3 || !(punct(i - 1, ',') || punct(i - 1, '/'))) return false;
  std::size_t k = i - 1;
  while (k > 0 && k + 6 > i && dateless_word(k - 1)) --k;
  if (k == i - 1 || k == 0 || !punct(k - 1, '(')) return false;
  p.s = shape::year;
  p.year = static_cast<int>(v);
  p.te = i + 1;
  return true;
}

// سال تاسیس 1889, سال بنیانگذاری۱۹۶۷, سال تعطیلی۲۰۰۲, بنیانگذاری۲۰۲۱, سنة التأسيس 1889, تاريخ الإنشاء 1950: a year after a
// founding's, a closing's, a birth's or a publication's noun, itself after the year word or the word for date, or an
// infobox's label written onto its year or opening its line (not before what the number counts: تأسيس 1889 شركة).
bool grammar::event_year(std::size_t i, expression& p) const {
  if (i == 0 || !number(i) || t_[i].digits != 4 || t_[i - 1].t != type::word) return false;
  const std::uint32_t v = t_[i].value;
  if (!((v >= 1800 && v <= 2100) || (persian_ && v >= 1300 && v < 1500))) return false;
  static constexpr std::string_view fa[] = {"\xD8\xAA\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xB3", "\xD8\xA8\xD9\x86\xDB\x8C\xD8\xA7\xD9\x86\xDA\xAF\xD8\xB0\xD8\xA7\xD8\xB1\xDB\x8C", "\xD8\xAA\xD8\xB9\xD8\xB7\xDB\x8C\xD9\x84\xDB\x8C", "\xD8\xA7\xD9\x86\xD8\xAD\xD9\x84\xD8\xA7\xD9\x84", "\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD", "\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF", "\xD9\x88\xD9\x81\xD8\xA7\xD8\xAA", "\xD8\xAA\xD8\xB5\xD9\x88\xDB\x8C\xD8\xA8", "\xD8\xB3\xD8\xA7\xD8\xAE\xD8\xAA", "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1", "\xD8\xAB\xD8\xA8\xD8\xAA"};  // تاسیس بنیانگذاری تعطیلی انحلال افتتاح تولد وفات تصویب ساخت انتشار ثبت
  static constexpr std::string_view ar[] = {"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB3\xDB\x8C\xD8\xB3", "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x86\xD8\xB4\xD8\xA7", "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB4\xDB\x8C\xDB\x8C\xD8\xAF", "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x86\xD8\xA7\xD8\xA1", "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB5\xD8\xAF\xD8\xA7\xD8\xB1", "\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAF\xD9\x88\xD8\xB1", "\xD8\xA7\xD9\x84\xD9\x86\xD8\xB4\xD8\xB1", "\xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xA7\xD9\x87", "\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAF", "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x84", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xBA\xD9\x84\xD8\xA7\xD9\x82"};  // التاسیس الانشا (الإنشاء: the lone hamza folded away) التشیید البناء الافتتاح الاصدار الصدور النشر الوفاه المیلاد الحل الاغلاق
  const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  bool noun = false;
  for (const std::string_view x : fa) noun = noun || (persian_ && w == x);
  for (const std::string_view x : ar) noun = noun || (!persian_ && w == x);
  // (بنیان گذاری: the ZWNJ of بنیان‌گذاری folded to a blank.)
  std::size_t b = i - 1;
  if (!noun && persian_ && w == "\xDA\xAF\xD8\xB0\xD8\xA7\xD8\xB1\xDB\x8C" && i >= 2 && word_is(i - 2, "\xD8\xA8\xD9\x86\xDB\x8C\xD8\xA7\xD9\x86")) noun = true, b = i - 2;
  if (!noun) return false;
  const bool dated = b > 0 && (filler(b - 1, lexicon::fill_year_word) || word_is(b - 1, "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE"));  // تاریخ (تاريخ)
  // (تولد, ثبت, الميلاد alone are also births and a registration's number: تولد ۱۳۶۹ نوزاد, شمارهٔ ثبت۱۴۴۸.)
  const bool label = (!t_[i].space_before || b == 0 || t_[b - 1].t == type::newline) && w != "\xD8\xAA\xD9\x88\xD9\x84\xD8\xAF" && w != "\xD8\xAB\xD8\xA8\xD8\xAA" && w != "\xD8\xA7\xD9\x84\xD9\x85\xDB\x8C\xD9\x84\xD8\xA7\xD8\xAF";
  if (!(dated || label) || entry_of(i + 1, kind::era) ||  // (وفات 1380 قمری: the year with its era is read so)
      !(plain_number(i) || !t_[i].space_before) || counted_noun(i + 1) || entry_of(i + 1, kind::unit) ||
      (t_[i + 1 < n_ ? i + 1 : i].t == type::word && counted_after_year(s_.substr(t_[i + 1].begin, t_[i + 1].end - t_[i + 1].begin), persian_)) ||
      ((punct(i + 1, '/') || dash(i + 1) || punct(i + 1, '.')) && number(i + 2) && !(i + 3 < n_ && dash(i + 3))))
    return false;
  p.s = shape::year, p.year = static_cast<int>(v), p.te = i + 1;
  return true;
}

// التعداد السكاني 2004, (إحصاء 2006), للسكان والمنشآت 2004", سرشماری ۱۳۹۵: a census and its year (not before a count).
bool grammar::census_year(std::size_t i, expression& p) const {
  static constexpr std::string_view census[] = {"\xD8\xA7\xD8\xAD\xD8\xB5\xD8\xA7\xD8\xA1", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAD\xD8\xB5\xD8\xA7\xD8\xA1", "\xD8\xA7\xD8\xAD\xD8\xB5\xD8\xA7", "\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF", "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF",  // احصاء الاحصاء احصا تعداد التعداد
      "\xD8\xA7\xD9\x84\xD8\xB3\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C", "\xD9\x88\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB4\xD8\xA7\xD8\xAA"};  // السکانی والمنشات (Arabic's year ends its phrase or و follows: إحصاء 2004 شركة counts)
  const bool ends = i + 1 >= n_ || t_[i + 1].t == type::punct || t_[i + 1].t == type::newline || s_.compare(t_[i + 1].begin, 2, "\xD9\x88") == 0;
  if (!plain_number(i) || t_[i].digits != 4 || i == 0 || counted_noun(i + 1) || (!persian_ && !ends) ||
      (persian_ && !word_is(i - 1, "\xD8\xB3\xD8\xB1\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xDB\x8C") && !word_is(i - 1, "\xD9\x85\xD8\xB3\xDA\xA9\xD9\x86") &&  // سرشماری, … نفوس و مسکن
       !(punct(i + 1, ':') && (word_is(i - 1, "\xD8\xAC\xD9\x85\xD8\xB9\xDB\x8C\xD8\xAA") || word_is(i - 2, "\xD8\xAC\xD9\x85\xD8\xB9\xDB\x8C\xD8\xAA")))) ||  // جمعیت 1385: (a table's)
      !((t_[i].value >= 1850 && t_[i].value <= 2100) || (persian_ && t_[i].value >= 1300 && t_[i].value < 1500)) ||
      (!persian_ && std::find(std::begin(census), std::end(census), s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin)) == std::end(census)))
    return false;
  p.s = shape::year, p.year = static_cast<int>(t_[i].value), p.te = i + 1;
  return true;
}

// کنکور۱۴۰۲, منذ2019, المپیک2020: four digits glued to a word that introduces a year are that year, not a code (plain_number).
bool grammar::year_word_glued(std::size_t i) const {
  if (i == 0 || t_[i].digits != 4 || t_[i - 1].t != type::word) return false;
  const std::string_view w = s_.substr(t_[i - 1].begin, t_[i - 1].end - t_[i - 1].begin);
  for (const std::string_view x : year_exams)
    if (w == x) return true;
  for (const std::string_view x : year_bounds)
    if (w == x) return true;
  for (const std::string_view x : tournament_own)  // المپیک2020
    if (w == x) return true;
  return false;
}

// انتخابات ریاست جمهوری ۱۴۰۰, بانتخابات النواب 2020, للانتخابات العامة 2021, لرئاسيات 2019, انتخابات مجلس الشيوخ ٢٠٢٠, لرئاسة
// الجمهورية ٢٠٢٤: an election's year, its words up to four before (folded; و, ال, ل, ب, لل, بال written onto the
// word). Token i is the year, v its value.
bool grammar::election_year(std::size_t i, std::uint32_t v) const {
  if (!((v >= 1900 && v <= 2100) || (persian_ && v >= 1300 && v <= 1499)) || (v % 100 == 0 && v >= 1900)) return false;  // not البلدية 2000 مرشح
  // لمرشحي مجلس النواب 2025, مجلس الأمة 2016, (أمة 2023): a chamber named right before the year is its election's.
  static constexpr std::string_view chambers[] = {
      "\xD8\xA7\xD9\x84\xD9\x86\xD9\x88\xD8\xA7\xD8\xA8",  // النواب
      "\xD8\xA7\xD9\x84\xD8\xB4\xDB\x8C\xD9\x88\xD8\xAE",  // الشیوخ
      "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x85\xD9\x87",  // الامه
      "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xB9\xD8\xA8",  // الشعب
      "\xD8\xA7\xD9\x84\xD8\xB4\xD9\x88\xD8\xB1\xDB\x8C",  // الشوری
  };
  for (const std::string_view c : chambers)
    if (i >= 2 && word_is(i - 1, c) && word_is(i - 2, "\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3")) return true;
  if (i >= 2 && word_is(i - 1, "\xD8\xA7\xD9\x85\xD9\x87") && punct(i - 2, '(')) return true;
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
}

}  // namespace grammar
}  // namespace taqvim
