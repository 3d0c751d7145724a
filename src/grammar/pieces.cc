// The pieces rules are made of: a day, a month name, a year (counts: pieces_count.cc; clock times: pieces_time.cc).
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

// Day of month: 1..31 as digits, or an ordinal word. Sets day, returns next.
std::size_t grammar::day_part(std::size_t i, unsigned& day) const {
  // شهید آوینی25 اردیبهشت: a headline that lost the blank before the day, a word then the day and a month; a byline's
  // Latin name, of four small letters (Laouar13 يناير 2024; not A320) or two before a year (Ali3 يونيو 2020, نيوز.ma1 ديسمبر 2025).
  const auto byline = [&](std::size_t w) {
    const std::string_view x = s_.substr(t_[w].begin, t_[w].end - t_[w].begin), letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const bool year = plain_number(i + 2) && t_[i + 2].digits == 4;
    return x.size() >= (year ? 2U : 4U) && x.find_first_not_of(letters.substr(0, year ? 52 : 26)) == std::string_view::npos;
  };
  const bool glued_day = number(i) && i > 0 && !t_[i].space_before && t_[i - 1].t == type::word &&
                         (static_cast<unsigned char>(s_[t_[i - 1].end - 1]) >= 0x80 || byline(i - 1)) && month_name(i + 1) &&
                         (!(i + 1 < n_ && !t_[i + 1].space_before) ||
                          // تهامة نيوز11يوليو2019م: a site's name and its whole date, every blank lost.
                          (i + 2 < n_ && number(i + 2) && t_[i + 2].digits == 4 && !t_[i + 2].space_before));
  if (punct(i, '(') && plain_number(i + 1) && t_[i + 1].digits <= 2 && t_[i + 1].value >= 1 && t_[i + 1].value <= 31 &&
      bracketed_day(i + 1)) {
    day = t_[i + 1].value;
    return i + 3;  // (24) ديسمبر read from its bracket
  }
  if ((plain_number(i) || glued_day) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31) {
    day = t_[i].value;
    if (bracketed_day(i)) return i + 2;
    // ۲۰ام تیر, ۹ ام دی, ۴م جوزا: Persian's ordinal suffix (م, also an era's mark, glued before a month); ۱۴هم (ماه) جنوری.
    if (persian_ && (word_is(i + 1, "\xD8\xA7\xD9\x85") || (touching(i + 1) && word_is(i + 1, "\xD9\x85") && month_name(i + 2)) ||
                     (touching(i + 1) && word_is(i + 1, "\xD9\x87\xD9\x85") && (month_name(i + 2) || word_is(i + 2, "\xD9\x85\xD8\xA7\xD9\x87")))))  // هم, ماه
      return i + 2;
    // 10. نوفمبر 2019, ۲۷.مارس ۲۰۲۴, 1. اکتبر.2017: a stop after the day, as European pages write it; only with
    // the month's year after it (۱. فروردین: ۳۱ روز numbers a list of months).
    if (punct(i + 1, '.') && touching(i + 1) && month_name(i + 2)) {
      const std::size_t y = i + 3;
      if ((plain_number(y) && t_[y].digits == 4) ||
          (punct(y, '.') && touching(y) && touching(y + 1) && plain_number(y + 1) && t_[y + 1].digits == 4))
        return i + 2;
    }
    // 13th, 1st: an English ordinal suffix.
    if (i + 1 < n_ && touching(i + 1) && t_[i + 1].t == type::word && t_[i + 1].end - t_[i + 1].begin == 2) {
      const std::string_view x = s_.substr(t_[i + 1].begin, 2);
      if (x == "st" || x == "nd" || x == "rd" || x == "th") return i + 2;
    }
    return i + 1;
  }
  if (const auto* e = entry_of(i, kind::ordinal)) {
    // هفته اول آذر, الأسبوع الأول من مارس: a week's number, not a day's.
    if (i > 0 && filler(i - 1, lexicon::fill_week_word)) return 0;
    if (e->value >= 1 && e->value <= 31) {
      day = static_cast<unsigned>(e->value);
      // الثامن و العشرين: the units, و apart, then the tens (scraped text puts a blank after و).
      if (e->value <= 9 && entry_of(i + 1, kind::connector) && !t_[i + 1].waw) {
        const auto* tens = entry_of(i + 2, kind::ordinal);
        if (tens && (tens->value == 20 || (tens->value == 30 && e->value == 1))) {
          day = static_cast<unsigned>(e->value + tens->value);
          return i + 3;
        }
      }
      // العاشر (10) من ذي الحجة: the number after it, in brackets.
      if (punct(i + 1, '(') && number(i + 2) && t_[i + 2].value == day && punct(i + 3, ')')) return i + 4;
      return i + 1;
    }
  }
  // يوم عشرين نونبر, الموافق واحد وثلاثين يوليو: an Arabic day in cardinal words, only after
  // يوم, a weekday, في, بتاريخ, الموافق or a range's من/إلى, and before a Gregorian month's name (or من شهر and it).
  if (int v = 0; !persian_ && i > 0 &&
                 (filler(i - 1, lexicon::fill_day_word) || entry_of(i - 1, kind::weekday) || filler(i - 1, lexicon::fill_in) ||
                  filler(i - 1, lexicon::fill_equals) || filler(i - 1, lexicon::fill_publication) ||
                  filler(i - 1, lexicon::fill_range_from) ||
                  (filler(i - 1, lexicon::fill_range_to) && !entry_of(i - 1, kind::connector)))) {  // not و: ساحة ٥٥ و واحد أيار
    const std::size_t k = cardinal_words(i, v);
    const std::size_t m = filler(k, lexicon::fill_of) ? (filler(k + 1, lexicon::fill_month_word) ? k + 2 : k + 1) : k;
    if (k && v >= 1 && v <= 31 && entry_of(m, kind::month_gregorian)) {
      day = static_cast<unsigned>(v);
      return k;
    }
  }
  // بیست و چهار اردیبهشت: a day in cardinal words, as Persian writes it (the caller wants a month after it).
  if (int v = 0; persian_) {
    const std::size_t k = cardinal_words(i, v);
    // دو ماه رمضان is two months of Ramadan: a day in words takes no ماه after it (دوم ماه رمضان does).
    if (k && v >= 1 && v <= 31 && !month_word_at(k)) {
      day = static_cast<unsigned>(v);
      return k;
    }
  }
  return 0;
}

// A month name that is also a common word after في/در: مهر (kindness,
// the agency), تیر (a shot), دی, بهمن (a name), صفر (zero), مه (fog).
bool grammar::common_word_month(std::size_t i) const {
  static constexpr std::string_view words[] = {
      "\xD9\x85\xD9\x87\xD8\xB1", "\xD8\xAA\xDB\x8C\xD8\xB1", "\xD8\xAF\xDB\x8C",
      "\xD8\xA8\xD9\x87\xD9\x85\xD9\x86", "\xD8\xB5\xD9\x81\xD8\xB1",
      "\xD9\x85\xD9\x87"};
  const std::string_view w = s_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  for (const std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool grammar::numeric_day_month(std::size_t d, expression& p) const {
  p.s = shape::date;
  p.sys = system::gregorian;
  p.day = t_[d].value;
  p.month = t_[d + 2].value;
  p.te = d + 3;
  return true;
}

// من نفس العام, في العام ذاته, من ذات العام, همان سال, از همان سال: the year
// a date written before it named (the driver finds that date).
bool grammar::same_year_at(std::size_t k) const {
  if (filler(k, lexicon::fill_of) || filler(k, lexicon::fill_in) || filler(k, lexicon::fill_range_from)) ++k;
  if ((word_is(k, "\xD9\x86\xD9\x81\xD8\xB3") || word_is(k, "\xD9\x87\xD9\x85\xD8\xA7\xD9\x86") ||
       word_is(k, "\xD8\xB0\xD8\xA7\xD8\xAA")) &&
      filler(k + 1, lexicon::fill_year_word))
    return true;  // نفس العام, همان سال, ذات العام
  return filler(k, lexicon::fill_year_word) &&
         (word_is(k + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87") || word_is(k + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87") ||
          word_is(k + 1, "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87\xD8\xA7") || word_is(k + 1, "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87\xD8\xA7"));
}

// Token k's Solar Hijri month of any variety (the second name of a pair).
const lexicon::entry* grammar::jalali_month_any(std::size_t k) const {
  for (std::uint32_t e = k < n_ ? t_[k].entry_begin : 0; k < n_ && e < t_[k].entry_end; ++e)
    if (lex_.entries[e].k == kind::month_jalali && (persian_ || lex_.entries[e].variety != lexicon::variety_tag::fa_af)) return &lex_.entries[e];
  return nullptr;
}

// A month name, possibly doubled ("تشرين الأول/أكتوبر", "تشرين الأول (أكتوبر)"), possibly followed by ماه. Returns next.
std::size_t grammar::month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch) const {
  bool needs_year = false;
  return month_part(i, month, sys, mismatch, needs_year);
}
std::size_t grammar::month_part(std::size_t i, unsigned& month, system& sys, bool& mismatch, bool& needs_year) const {
  const lexicon::entry* e = nullptr;
  system found = system::unknown;
  if ((e = entry_of(i, kind::month_jalali))) found = system::jalali;
  else if ((e = entry_of(i, kind::month_hijri))) found = system::hijri;
  else if ((e = entry_of(i, kind::month_gregorian))) found = system::gregorian;
  // 27 تشرين أكتوبر: تشرين without الأول or الثاني (no month alone), then the other name of the one meant.
  if (!e && !persian_ && word_is(i, "\xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86")) {  // تشرین (تشرين, folded)
    const auto* g = entry_of(i + 1, kind::month_gregorian);
    if (!g || (g->value != 10 && g->value != 11)) return 0;
    month = static_cast<unsigned>(g->value);
    sys = system::gregorian;
    return i + 2;
  }
  if (!e) return 0;
  // A name that means a month in two systems (مارس, آذار) is read as the one the text's language uses for it.
  if (found == system::jalali && entry_of(i, kind::month_gregorian) && !persian_) {
    e = entry_of(i, kind::month_gregorian);
    found = system::gregorian;
  }
  month = static_cast<unsigned>(e->value);
  needs_year = e->aux == 1;
  sys = found;
  std::size_t j = i + 1;
  // The second name of a Levantine/Egyptian pair.
  std::size_t k = j;
  bool paren = false;
  // ١٨ عقرب|آبان ١٣٩٦: a bar between the two names of one month (a Kabul site's), only the same month.
  const auto* bar = !punct(k, '|') ? nullptr : found == system::gregorian ? entry_of(k + 1, kind::month_gregorian) : found == system::jalali ? jalali_month_any(k + 1) : nullptr;
  if (punct(k, '/') || punct(k, '-') || (bar && static_cast<unsigned>(bar->value) == month)) ++k;
  else if (punct(k, '(') || (punct(k, '"') && punct(k + 2, '"'))) {  // 28 فبراير"شباط": quotes as brackets
    ++k;
    paren = true;
  } else if (const auto* g = found == system::gregorian && punct(k, 0) && punct(k + 2, 0) && !dash(k)
                                  ? entry_of(k + 1, kind::month_gregorian) : nullptr;
             g && static_cast<unsigned>(g->value) == month) {
    j = k + 3;  // يناير «كانون الثاني»: the other name of the same month in guillemets
    k = j;
  } else if (const auto* g = entry_of(k, kind::month_gregorian);
             g && found == system::gregorian && static_cast<unsigned>(g->value) == month &&
             entry_of(i, kind::month_gregorian) &&
             ((!persian_ && syriac_month(i) != syriac_month(k)) || (i > 0 && number(i - 1) && t_[i - 1].digits <= 2) ||
              (plain_number(k + 1) && t_[k + 1].digits == 4))) {
    // 30 حزيران  يونيو 2021, الأول من آب أغسطس, شهر أيلول سبتمبر: the pair with a blank alone between (the same month;
    // in Persian beside a day or year).
    j = k = k + 1;
  }
  if (k > j) {
    if (const auto* g = entry_of(k, kind::month_gregorian)) {
      const auto* first = entry_of(i, kind::month_gregorian);
      // أكتوبر - ديسمبر 2023 runs from one month to another: a pair written with a hyphen names one month twice or is no pair.
      // شهري جوان/جويلية: after "the two months", two with a slash (month_range).
      const bool range = first && first->value != g->value &&
                         (punct(j, '-') || (punct(j, '/') && i > 0 && word_is(i - 1, "\xD8\xB4\xD9\x87\xD8\xB1\xDB\x8C") &&
                                            g->value == first->value % 12 + 1));
      if (!range && (found == system::gregorian || first)) {
        if (first->value != g->value) mismatch = true;
        month = static_cast<unsigned>(first->value);
        sys = system::gregorian;
        j = k + 1;
        // حزيران (يونيو - جوان), آب (أغسطس/أوت): a third name, the Maghreb's.
        if (const auto* third = (punct(j, '-') || punct(j, '/')) ? entry_of(j + 1, kind::month_gregorian) : nullptr;
            third && third->value == g->value)
          j += 2;
        if (paren) {
          if (punct(j, ')') || punct(j, '"')) ++j;
          else j = i + 1;  // unbalanced: keep the first name only
        }
      }
    } else if (const auto* other = jalali_month_any(k);
               other && found == system::jalali && static_cast<unsigned>(other->value) == month) {
      // ۲۸ اسد (مرداد), حمل/فروردین: the Afghan and the Iranian name of one month
      // (۲۸ خرداد/ جوزا: the Afghan name read after the Iranian in any Persian).
      if (!paren) j = k + 1;
      else if (punct(k + 1, ')')) j = k + 2;
    }
  }
  if (filler(j, lexicon::fill_month_word)) ++j;
  // ژانویه‌ی ۱۹۹۹, آذرماه‌ی ۱۴۰۲: the ezafe written as its own letter before a year.
  if (persian_ && number(j + 1) && t_[j + 1].digits == 4 && j < n_ && t_[j].t == type::word &&
      s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xDB\x8C")
    ++j;
  return j;
}

// A year: digits (2 or 4; 3 with a marker), optional era marker.
std::size_t grammar::year_part(std::size_t i, int& year, bool& two_digit, system& sys, bool& sys_named,
                      bool require_marker) const {
  std::size_t j = i;
  bool word = false;
  // ۲۸ صفر در سال ۹۸: در before the year word and two digits after a day's month (رمضان در سال ۱۴۰۱ stays apart).
  if (persian_ && i > 2 && month_name(i - 1) && (number(i - 2) || (word_is(i - 2, "\xD9\x85\xD8\xA7\xD9\x87") && number(i - 3))) &&
      filler(j, lexicon::fill_in) && filler(j + 1, lexicon::fill_year_word) && !entry_of(j + 1, kind::relative) &&
      plain_number(j + 2) && t_[j + 2].digits == 2)
    ++j;
  // A fiscal year with its year (للسنة المالية 2024); a school year only spans its two (year_range): الفصل الأول للعام الدراسي 2025 is no quarter.
  if (const std::size_t e = school_year_word(j, false); e != j) {
    j = e;
    word = true;
  } else if (filler(j, lexicon::fill_year_word)) {
    // رمضان لهذا العام 3000 متوزعة, عدد المتقدمين هذا العام 123,264 طالبًا: after "this year" only a likely year of
    // four digits is its number (a count otherwise).
    if (const auto* r = entry_of(j, kind::relative); r && r->aux == lexicon::unit_year && plain_number(j + 1) &&
                                                    !entry_of(j + 2, kind::era) &&
                                                    !(t_[j + 1].digits == 4 && ((t_[j + 1].value >= 1300 && t_[j + 1].value <= 1500) ||
                                                                                (t_[j + 1].value >= 1800 && t_[j + 1].value <= 2100))))
      return 0;
    ++j;
    word = true;
    if (plain_number(j) && word_is(j + 1, "\xD8\xB1\xD9\x88\xD8\xB2\xD9\x87")) return 0;  // سالهای ۳۶۵ روزه: days, no year
  }
  // سال میلادی ۲۰۲۵, العام الهجري 1445, السنة الهجرية الجديدة 1445, العام الجديد 2023: the calendar, or the
  // word new, between the year word and a year of four digits. A one-letter marker (م, ش) is an era only after it.
  bool between = false;
  for (int n = 0; word && n < 2; ++n) {
    if (const auto* e = entry_of(j, kind::era); e && t_[j].end - t_[j].begin > 2) {
      sys = era_system(e->value);
      sys_named = true;
    } else if (!filler(j, lexicon::fill_new)) {
      break;
    }
    ++j;
    between = true;
  }
  // بهار سال (1393), سال جدید (۱۳۹۵), للعام الجديد (2015): the year in brackets after the year word (not عدد المشاركين
  // لهذا العام (1638), a count); منذ عام “2013”: a Gregorian year in quotes likewise (للعام "1447" هجري،"2026": twins).
  // رمضان (1267 ق), رمضان (1267 هـ): after a month's name, with its era.
  if (const auto* e = !word && i > 0 && month_name(i - 1) && punct(j, '(') && plain_number(j + 1) && t_[j + 1].digits == 4 && punct(j + 3, ')')
                          ? entry_of(j + 2, kind::era) : nullptr) {
    year = static_cast<int>(t_[j + 1].value), two_digit = false, sys = era_system(e->value), sys_named = true;
    return j + 4;
  }
  const auto quote = [&](std::size_t k) {
    return punct(k, '"') || (k < n_ && t_[k].t == type::punct && t_[k].punct == 0 &&
                             (s_.compare(t_[k].begin, 3, "\xE2\x80\x9C") == 0 || s_.compare(t_[k].begin, 3, "\xE2\x80\x9D") == 0));  // “ ”
  };
  if (word && (punct(j, '(') || quote(j)) && plain_number(j + 1) && t_[j + 1].digits == 4 && (punct(j, '(') ? punct(j + 2, ')') : quote(j + 2)) &&
      ((t_[j + 1].value >= 1300 && t_[j + 1].value <= 1500 && punct(j, '(')) || (t_[j + 1].value >= 1800 && t_[j + 1].value <= 2100))) {
    year = static_cast<int>(t_[j + 1].value);
    two_digit = false;
    return j + 3;
  }
  // تأسس عام /1941/: the year between slashes after the year word, as SANA writes it.
  if (word && punct(j, '/') && plain_number(j + 1) && t_[j + 1].digits == 4 && punct(j + 2, '/') && !number(j + 3)) {
    year = static_cast<int>(t_[j + 1].value), two_digit = false;
    return j + 3;
  }
  // يوم 01 نوفمبر .1962, العام .1982: a stray stop glued to the year; so a comma after the year word (سنة ,2008, سنة
  // ،٢٠١٧), the clause's own comma that mixed-direction typing moved before the number.
  if ((punct(j, '.') || (word && punct(j, ','))) && (word || !touching(j)) && touching(j + 1) && plain_number(j + 1) &&
      t_[j + 1].digits == 4)  // (عام.2018: glued on both sides after the year word)
    ++j;
  if (!plain_number(j)) {
    // هزار و چهارصد و سه, ألفين وأربعة وعشرين: a year in words, of more than one word (هزار alone is a thousand of
    // something), or of one after the year word (سال دوهزار میلادی, عام ألفين); Persian's two digits after سال too.
    int v = 0;
    std::size_t k = cardinal_words(j, v);
    // سیزده پنجاه و هفت: a Solar Hijri year said in two pairs, its century then the rest.
    if (int rest = 0; persian_ && k == j + 1 && (v == 13 || v == 14) && entry_of(j + 1, kind::cardinal) && !t_[j + 1].waw) {
      if (const std::size_t k2 = cardinal_words(j + 1, rest); k2 && rest >= 1 && rest <= 99) v = v * 100 + rest, k = k2;
    }
    const bool said_two = persian_ && k && v >= 10 && v <= 99 && ((word && word_is(i, "\xD8\xB3\xD8\xA7\xD9\x84") && !counted_noun(k) && !entry_of(k, kind::unit) &&  // سال نود و چهار; دوم فروردین نود و هشت (of 1340 on, not a count's)
                                                                   !word_is(k, "\xD8\xAC\xD8\xB4\xD9\x86") && !word_is(k, "\xD9\x86\xD9\x88\xD8\xA8\xD8\xAA") && !word_is(k, "\xD8\xA8\xD8\xA7\xD8\xB1") && !word_is(k, "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xA8\xD9\x87")) ||  // (not در یک سال دوازده جشن: twelve feasts a year; نوبت بار مرتبه: times)
                          (!word && v >= 40 && k - j >= 3 && i > 0 && entry_of(i - 1, kind::month_jalali) && !counted_noun(k) && (!entry_of(k, kind::unit) || (filler(k, lexicon::fill_hour_word) && (number(k + 1) || entry_of(k + 1, kind::cardinal)))))) &&
                          !word_is(k, "\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87");  // (سال هفتاد و دو شماره ۲۰۷۴۲: a gazette's volume)
    // سنة سبع عشرة للهجرة, العام السادس للهجرة, سال یازدهم هجری قمری, سال پنجاه هجری قمری: a year of the first Hijri
    // century in words or by its ordinal after the year word, the Hijri era's word after it.
    if (const auto* o = word && !k ? entry_of(j, kind::ordinal) : nullptr; word && (k || o)) {
      const int n = k ? v : o->value;
      const std::size_t e = k ? k : j + 1;
      if (const auto* era = entry_of(e, kind::era); n >= 1 && n < 100 && era && era_system(era->value) == system::hijri && t_[e].end - t_[e].begin > 2) {
        year = n, two_digit = false, sys = system::hijri, sys_named = true;
        return e + 1;
      }
    }
    // ذي الحجة سنة اثنتين وثلاثين ومائتين, سنة ثمانين وستمائة هجرية: a Hijri year of the first centuries in words.
    const auto* early_era = entry_of(k, kind::era);  // (سنة ثمانمائة وخمسة وثلاثين م: the Gregorian era's letter too, after words)
    const bool early = !persian_ && word && k && k - j >= 2 && v >= 100 && v < 1000 && ((i > 0 && entry_of(i - 1, kind::month_hijri)) || early_era);
    if (early) sys = early_era ? era_system(early_era->value) : system::hijri, sys_named = true;
    else if (!said_two && (!k || (k - j < 2 && !(word && v >= 2000) && t_[j].t != type::word) || v < 1000 || v > 2200)) return 0;
    year = v, two_digit = said_two, j = k;
    if (const auto* e = entry_of(j, kind::era)) {
      sys = era_system(e->value);
      sys_named = true;
      ++j;
    }
    if (require_marker && !word && !sys_named) return 0;
    return j;
  }
  const unsigned digits = t_[j].digits;
  if (before_christ(j + 1)) return 0;  // 12 ربيع الأول 53 ق.هـ: no year of an era we count
  // ۱۰ خرداد ماه ۲۵۳۶ شاهنشاهی: Iran's imperial era of 1354 to 1357, counted from Cyrus (2535 is 1355 AP).
  if (persian_ && digits == 4 && t_[j].value >= 2500 && t_[j].value <= 2540 &&
      word_is(j + 1, "\xD8\xB4\xD8\xA7\xD9\x87\xD9\x86\xD8\xB4\xD8\xA7\xD9\x87\xDB\x8C")) {  // شاهنشاهی
    year = static_cast<int>(t_[j].value) - 1180, two_digit = false, sys = system::jalali, sys_named = true;
    return j + 2;
  }
  // دوشنبه ۵ اردیبهشت ۲۵۸۱: without its word, after a Solar Hijri month (ماه between or not), a year of that era
  // from 2535 on as monarchists still write it (no Solar Hijri year of ours is so far off).
  if (persian_ && digits == 4 && t_[j].value >= 2535 && t_[j].value <= 2599 && j > 0 &&
      (entry_of(j - 1, kind::month_jalali) ||
       (j > 1 && word_is(j - 1, "\xD9\x85\xD8\xA7\xD9\x87") && entry_of(j - 2, kind::month_jalali)))) {  // ماه
    year = static_cast<int>(t_[j].value) - 1180, two_digit = false, sys = system::jalali, sys_named = true;
    return j + 1;
  }
  // 8 رمضان 9هـ, سنة 11 هجري: a year of the first Hijri centuries, of one or
  // two digits, with its era after it (not a year cut short: that is 1445's).
  if (digits <= 2 && !between && entry_of(j + 1, kind::era) &&
      era_system(entry_of(j + 1, kind::era)->value) == system::hijri && t_[j].value > 0 &&
      !word_is(j + 1, "\xD9\x82")) {  // not ق: 53 ق.هـ is before the Hijra
    year = static_cast<int>(t_[j].value);
    two_digit = false;
    sys = system::hijri;
    sys_named = true;
    return j + 2;
  }
  // ۷۰۵ هجری خورشیدی, 656 هـ: three digits with the year word or an era marker after them (of one letter only هـ: 750 م
  // is as often metres, but not after a month's name: 18 كانون الاول 630 م). In Persian the letter ق written onto the
  // year is the lunar one (۶۱۷ق), and م the Christian one after its lunar twin and a slash (۲۵۷ق/۸۷۱م).
  const auto letter = [&] {  // (not ق م: before Christ)
    return persian_ && (touching(j + 1) || (punct(j - 1, '(') && punct(j + 2, ')'))) &&  // (۳۳۰ ق): a death year in brackets
           ((word_is(j + 1, "\xD9\x82") && !word_is(j + 2, "\xD9\x85")) ||
            (word_is(j + 1, "\xD9\x85") && j >= 2 && punct(j - 1, '/') && entry_of(j - 2, kind::era) &&
             era_system(entry_of(j - 2, kind::era)->value) == system::hijri));
  };
  // ششم ربیع‌الاول 604 در بلخ, روز 8 مهر 586 به دنیا آمد: a Hijri or Solar Hijri month's year of three digits with no era, before what ends a clause or a preposition (not ۲۰ مهر ۵۸۶ نفر, a count).
  const bool history = digits == 3 && !word && !between && t_[j].value >= 100 && j > 0 && t_[j].space_before &&
                       (entry_of(j - 1, kind::month_hijri) || (persian_ && entry_of(j - 1, kind::month_jalali))) && !word_is(j - 1, "\xD9\x85\xDB\x8C\xD8\xB2\xD8\xA7\xD9\x86") &&
                       (j + 1 >= n_ || t_[j + 1].t == type::newline || (t_[j + 1].t == type::punct && !number(j + 2)) ||
                        word_is(j + 1, "\xD8\xAF\xD8\xB1") || word_is(j + 1, "\xD8\xA7\xD8\xB2") || word_is(j + 1, "\xD8\xA8\xD9\x87") || word_is(j + 1, "\xD9\x81\xDB\x8C"));  // در از به في (not میزان ۳۵۰ تا, خردادماه ۸۸۷ واحد)
  if (digits == 3 && !word && !between && !history &&
      !(entry_of(j + 1, kind::era) && (t_[j + 1].end - t_[j + 1].begin > 2 || word_is(j + 1, "\xD9\x87") ||
                                       (j > 0 && month_name(j - 1)) || letter())))
    return 0;
  // هزار و 428 هجری قمری: part of 1428; در سال 264 هزار تومان: a price a year.
  if (digits == 3 && ((j > 0 && entry_of(j - 1, kind::connector)) || counted_noun(j + 1))) return 0;
  // در طول سال ۲۲۶۳ هزار میلیارد تومان: four digits before a thousand, a million or a billion count them.
  // (In Persian only: استوردت في مارس 2025 مليون رأس is March 2025 and a million head.)
  if (persian_ && digits == 4 && (word_is(j + 1, "\xD9\x87\xD8\xB2\xD8\xA7\xD8\xB1") || word_is(j + 1, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD9\x88\xD9\x86") || word_is(j + 1, "\xD9\x85\xDB\x8C\xD9\x84\xDB\x8C\xD8\xA7\xD8\xB1\xD8\xAF")) &&  // هزار میلیون میلیارد
      !word_is(j + 2, "\xD9\x87\xD8\xA7"))  // (not میلیون‌ها, millions of)
    return 0;
  // للعام الميلادي 630: three digits after the year word and its calendar's (not a count: سال خورشیدی ۳۶۵ روز).
  if (digits != 4 && ((between && !(digits == 3 && sys_named && !entry_of(j + 1, kind::unit) &&
                                    !entry_of(j + 1, kind::span) && !(touching(j + 1) && number(j + 2)))) ||
                      (digits != 2 && digits != 3)))
    return 0;
  // 1402/05 is no year; 2008/1429, a year and its twin in the other calendar, is.
  const auto modern = [&](std::size_t k, bool lunar) {
    return t_[k].digits == 4 && (lunar ? t_[k].value >= 1300 && t_[k].value < 1500 : t_[k].value >= 1900 && t_[k].value <= 2100);
  };
  if (punct(j + 1, '/') && touching(j + 1) && number(j + 2) && touching(j + 2) &&
      !((modern(j, false) && modern(j + 2, true)) || (modern(j, true) && modern(j + 2, false))))
    return 0;
  // العام 2019-03-24: a whole date in figures after the year word, no year of its own.
  if (digits == 4 && punct(j + 1, '-') && touching(j + 1) && number(j + 2) && t_[j + 2].digits <= 2 && touching(j + 2) &&
      punct(j + 3, '-') && touching(j + 3) && number(j + 4) && t_[j + 4].digits <= 2 && touching(j + 4))
    return 0;
  // (1800م على المضمار العشبي, (1200م رملي،: a race's distance in metres opening a bracket, a word after it; a year in
  // brackets closes them or runs on to another: (1934م), (1900م - 1970م).
  if (digits == 4 && !word && j > 0 && punct(j - 1, '(') && touching(j + 1) && word_is(j + 1, "\xD9\x85") && j + 2 < n_ &&
      (t_[j + 2].t == type::word || (t_[j + 2].t == type::lex && !month_name(j + 2) && !entry_of(j + 2, kind::era))))
    return 0;
  // المغرب 24مايو 10, 2025: two digits, a comma and a year are a month-first date's day (May 10, 2025), no year.
  if (digits == 2 && punct(j + 1, ',') && plain_number(j + 2) && t_[j + 2].digits == 4) return 0;
  // السبت 27 / أبريل 19:02: two digits that a colon and minutes follow are a clock; غرة رمضان 24 الجاري: this month's day; 30 ديسمبر 83.8: a decimal.
  if (digits == 2 && ((punct(j + 1, ':') && touching(j + 1) && plain_number(j + 2) && t_[j + 2].digits == 2) || (!persian_ && entry_of(j + 1, kind::weekday_qualifier) && !demonstrative(j + 1)) ||
                      ((punct(j + 1, '.') || punct(j + 1, ',')) && touching(j + 1) && number(j + 2) && touching(j + 2)))) return 0;
  year = static_cast<int>(t_[j].value);
  two_digit = digits == 2;
  // مرداد ۰۰, ۲۳ مرداد ۰۰ ۱۹:۴۴: 00, the century's first year (1400, 2000), is 100 to the two-digit years' reading
  // (0 is no year); expand_two_digit takes it back a century.
  if (two_digit && year == 0) year = 100;
  // سال ۱۳۹۸/۲۰۱۹: a Solar Hijri year and the Gregorian year its Farvardin falls in after a slash, one year.
  if (bool jalali_first = false; digits == 4 && solar_gregorian_twin(j, jalali_first) && jalali_first) {
    sys = system::jalali;
    sys_named = true;
    j += 2;
  }
  // سال ۹۰۷(ه ق ), سال ۱۳۲۰ (ه.ش): the era marker in brackets (not (م) alone: طوله 1350 (م), metres).
  const bool bracketed = punct(j + 1, '(') && entry_of(j + 2, kind::era) && punct(j + 3, ')') && !word_is(j + 2, "\xD9\x85");
  bool marker = false;
  if (const auto* e = entry_of(j += 1 + bracketed, kind::era)) {
    sys = era_system(e->value);
    // سال ۱۳۹۵ هجری: Persian (Dari above all) writes هجری alone for the Solar Hijri year too; a year of the last and
    // this century is that one (a lunar one is هجری قمری: سال ۱۴۲۷ هجری, past 1420, stays lunar).
    if (persian_ && sys == system::hijri && word_is(j, "\xD9\x87\xD8\xAC\xD8\xB1\xDB\x8C") && year >= 1300 && year <= 1420)
      sys = system::jalali;
    // سال ۱۲۹۸ هجری (۱۹۱۹ میلادی): an older one too, where the Gregorian twin in brackets after it is the solar year's.
    if (persian_ && sys == system::hijri && word_is(j, "\xD9\x87\xD8\xAC\xD8\xB1\xDB\x8C") && year >= 1200 && year < 1300 &&
        punct(j + 1, '(') && plain_number(j + 2) && t_[j + 2].digits == 4 &&
        (t_[j + 2].value == static_cast<std::uint32_t>(year) + 621 || t_[j + 2].value == static_cast<std::uint32_t>(year) + 622))
      sys = system::jalali;
    sys_named = true;
    marker = true;
    j += 1 + bracketed;
    // موسم الحج 1446 ه- 2025: the Gregorian year the Hijri one overlaps after a dash, one year written twice (the
    // Gregorian, as with its era: 1446 هـ - 2025 م).
    if (sys == system::hijri && !two_digit && digits == 4 && dash(j) && plain_number(j + 1) && t_[j + 1].digits == 4 &&
        std::abs(static_cast<long>(t_[j + 1].value) - (static_cast<long>(year) * 32 / 33 + 622)) <= 1 && !entry_of(j + 2, kind::era)) {
      year = static_cast<int>(t_[j + 1].value);
      sys = system::gregorian;
      j += 2;
    }
    // ۱۴۰۱ هجری-خورشیدی: هجری, a dash, then the calendar's word.
    if (const auto* e2 = punct(j, '-') && touching(j) && touching(j + 1) ? entry_of(j + 1, kind::era) : nullptr) {
      sys = era_system(e2->value);
      j += 2;
    }
  }
  if (require_marker && !marker && !word) return 0;
  if (two_digit && !marker && !word && require_marker) return 0;
  // من 2 إلى 8 دجنبر 2259 حادث سير: past 2100, four digits with no era before a word count something.
  if (!marker && !word && digits == 4 && year > 2100 && j < n_ && t_[j].t == type::word) return 0;
  return j;
}

// The year after a day and month, if one is written there in the same calendar (an era marker of another calendar
// belongs to something else). Sets p.year and p.two_digit_year; returns the token after it.
std::size_t grammar::optional_year(std::size_t i, expression& p) const {
  int year = 0;
  bool two = false, named = false;
  system ysys = p.sys;
  // 14 من تموز الاغر العام 1958, 23 يوليو المجيد عام 1952: "glorious" between a revolution's day and its year.
  if (!persian_ && (word_is(i, "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xBA\xD8\xB1") ||              // الاغر (الأغر)
                    word_is(i, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xDB\x8C\xD8\xAF") ||      // المجید (المجيد)
                    word_is(i, "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xDB\x8C\xD8\xAF\xD9\x87") ||  // المجیده (المجيدة)
                    word_is(i, "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB8\xDB\x8C\xD9\x85")) &&           // العظیم (العظيم)
      (filler(i + 1, lexicon::fill_year_word) || (plain_number(i + 1) && t_[i + 1].digits == 4)))
    ++i;
  // 13 يناير، 2024, ۱۷ مهر، ۱۴۰۲, May 13, 2024, 14/ صفر/1399هـ: a comma or a slash before a four-digit year, or one
  // with its era marker. ۳۰ آبان (۱۴۰۱), 5 مايو (2023): the year in brackets, if it can be one of the month's calendar.
  if (punct(i, '(') && plain_number(i + 1) && t_[i + 1].digits == 4 && punct(i + 2, ')')) {
    const auto v = static_cast<int>(t_[i + 1].value);
    const bool fits = p.sys == system::jalali ? v >= 1200 && v < 1500
                      : p.sys == system::hijri ? v >= 1300 && v < 1500
                                               : v >= 1800 && v < 2200;
    if (fits) {
      p.year = v;
      return i + 3;
    }
  }
  // 15 خرداد (1342 ه ش), 6 أكتوبر (1973م): with its era marker, of the month's calendar.
  if (punct(i, '(') && plain_number(i + 1) && t_[i + 1].digits == 4 && entry_of(i + 2, kind::era)) {
    const std::size_t y = year_part(i + 1, year, two, ysys, named, false);
    if (y && punct(y, ')') && !two && named && ysys == p.sys) {
      p.year = year;
      return y + 1;
    }
    ysys = p.sys;
  }
  // 3 Sept. 2023: the dot of a Latin abbreviation (a month token of ASCII letters).
  const bool latin_dot = punct(i, '.') && i > 0 && t_[i - 1].t == type::lex &&
                         static_cast<unsigned char>(s_[t_[i - 1].begin]) < 0x80 && t_[i].begin == t_[i - 1].end;
  // اکتبر.2017: a stop between the month and its year, nothing around it.
  const bool glued_dot = punct(i, '.') && touching(i) && touching(i + 1) && plain_number(i + 1) && t_[i + 1].digits == 4;
  if ((punct(i, ',') || punct(i, '/') || punct(i, '-') || latin_dot || glued_dot) && plain_number(i + 1) &&
      (t_[i + 1].digits == 4 || entry_of(i + 2, kind::era))) {
    const std::size_t y = year_part(i + 1, year, two, ysys, named, false);
    if (y && !two && (!named || ysys == p.sys)) {
      p.year = year;
      return y;
    }
  }
  // Monday, 29-Jul-24 07:02:40 UTC (RFC 850's stamp): a Latin month between dashes, nothing around them, and
  // two digits.
  if (i >= 2 && punct(i - 2, '-') && t_[i - 1].t == type::lex && static_cast<unsigned char>(s_[t_[i - 1].begin]) < 0x80 &&
      punct(i, '-') && touching(i - 1) && touching(i) && touching(i + 1) && plain_number(i + 1) && t_[i + 1].digits == 2 &&
      !(i + 2 < n_ && touching(i + 2) && !punct(i + 2, ','))) {
    p.year = static_cast<int>(t_[i + 1].value);
    p.two_digit_year = true;
    return i + 2;
  }
  // ۲۶ ماه بهمن ، سال ۹۸, غرة شهر رمضان، لعام 1445 هجريًا: a comma, the year word.
  const std::size_t at = punct(i, ',') && filler(i + 1, lexicon::fill_year_word) ? i + 1 : i;
  std::size_t y = year_part(of_year(at), year, two, ysys, named, false);
  // 1 أغسطس 11 مساءً: a number before a part of the day is its hour.
  if (y && two && !named && strong_time_of_day(y)) y = 0;
  // امروز ۱۵ قوس ۹۸ دالر: a number before a currency or a count's noun is what is counted, not a two-digit year.
  if (y && two && !named && counted_noun(y)) y = 0;
  // 6 أكتوبر 32 17: a table's row (a city, then its temperatures), no year; ۱۲ ماه ژوئن ۲۲ خرداد: the twin's day.
  // (سه شنبه ۰۶ خرداد ۰۴ ۲۲:۳۰: a stamp's clock after the year, its colon and minutes touching.)
  const bool clock_after = plain_number(y) && punct(y + 1, ':') && touching(y + 1) && touching(y + 2) && plain_number(y + 2) &&
                           t_[y + 2].digits == 2;
  if (y && two && !named && ((plain_number(y) && t_[y].space_before && !clock_after) || (p.sys == system::gregorian && entry_of(y, kind::month_jalali)))) y = 0;
  // A Hijri day with a Gregorian year (۱۰ رمضان ۲۰۲۱م) is the one within that year; not one of the Hijri years of the
  // press (غرة ربيع الأول 1437م: the era's letter a slip).
  if (p.sys == system::hijri && !two && ysys == system::gregorian && year >= 1300 && year < 1500) ysys = p.sys;
  // 29 رمضان 1445 هـ.ش: no Solar Hijri year so far ahead; the lunar year, its ش a slip. 19 شوال 1311 هجری: هجری alone the month's.
  if (p.sys == system::hijri && !two && ysys == system::jalali && ((year >= 1420 && year < 1500) || word_is(y - 1, "\xD9\x87\xD8\xAC\xD8\xB1\xDB\x8C"))) ysys = p.sys;
  const bool gregorian_year = p.sys == system::hijri && !two && (ysys == system::gregorian || year >= 1700);
  if (!y || (named && ysys != p.sys && !gregorian_year)) return relative_year(i, p);
  p.year = year;
  p.two_digit_year = two;
  p.year_named = named;
  if (gregorian_year) p.year_sys = system::gregorian;
  // ۲۸ ماه صفر سال 98: in Persian a Hijri month's two-digit year after the year word is Solar Hijri (1398): the day within it.
  if (const std::size_t w = of_year(at); persian_ && p.sys == system::hijri && two && !named &&
      (filler(w, lexicon::fill_year_word) || (filler(w, lexicon::fill_in) && filler(w + 1, lexicon::fill_year_word)))) p.year_sys = system::jalali;
  return y;
}

// A year named from the reference's: ۱۵ مرداد سال گذشته, مرداد امسال, 6 أكتوبر من العام الماضي; رمضان من العام الهجري
// الحالي, سپتامبر سال میلادی گذشته: in the calendar named; غرة ربيع الأول للعام الهجري الحالي 1446: the year
// written after it is the value. Returns next, or i.
std::size_t grammar::relative_year(std::size_t i, expression& p) const {
  std::size_t r = i;
  if (filler(r, lexicon::fill_of)) ++r;
  int unit = 0, offset = 0;
  system sys = system::unknown;
  std::size_t next = 0;
  if (const auto* e = entry_of(r, kind::relative); e && e->aux == lexicon::unit_year) {
    offset = e->value;
    next = r + 1;
  } else if (int v = 0; persian_ && (next = count_part(r, v)) && v >= 2 && v <= 10 && entry_of(next, kind::relative) &&
             entry_of(next, kind::relative)->aux == lexicon::unit_year && entry_of(next, kind::relative)->value == -1) {
    offset = -v;  // اردیبهشت دو سال پیش: of the year two before (سال پیش, last year, one key)
    next += 1;
  } else if (!(next = unit_in_calendar(r, unit, offset, sys)) || unit != lexicon::unit_year) {
    return i;
  }
  if (const std::size_t b = punct(next, '(') && punct(next + 2, ')') ? 1 : 0; plain_number(next + b) && t_[next + b].digits == 4) {  // سال گذشته (۱۴۰۳)
    const int year = static_cast<int>(t_[next += b].value);
    const auto* era = entry_of(next + 1, kind::era);
    const system named = era ? era_system(era->value) : sys;
    if (((year >= 1300 && year <= 1500) || (year >= 1900 && year <= 2100)) && (era || year_can_end(next + 1) || t_[next + 1].t == type::word) &&
        !counted_noun(next + 1) && (sys == system::unknown || named == sys)) {
      p.year = year;
      p.year_named = named != system::unknown;
      if (named != system::unknown && named != p.sys) p.year_sys = named;
      if (named == system::unknown && p.sys == system::hijri && year >= 1700) p.year_sys = system::gregorian;
      return next + 1 + (era != nullptr) + (t_[next - 1].t == type::punct && t_[next - 1].punct == '(');
    }
  }
  p.year_relative = true;
  p.year_offset = offset;
  if (sys != system::unknown && sys != p.sys) p.year_sys = sys;
  return next;
}

}  // namespace grammar
}  // namespace taqvim
