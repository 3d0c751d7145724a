// Writes the CLDR part of the lexicon: month, weekday and era names as ICU
// carries them for Persian (fa) and for every Arabic locale ICU knows.
//
//   gen_cldr_lexicon data/lexicon
//
// writes, into that directory:
//   cldr_months_jalali.txt     fa@calendar=persian
//   cldr_months_hijri.txt      fa and every ar* locale, @calendar=islamic
//   cldr_months_gregorian.txt  fa and every ar* locale, @calendar=gregorian: the names fa has
//   cldr_months_gregorian_ar.txt  the names only ar* locales have (variety ar)
//   cldr_weekdays.txt          the same locales and calendars
//   cldr_eras.txt              the same locales and calendars (words only)
//
// Each entry line is SURFACE<TAB>VALUE<TAB># locales, in the format of
// data/lexicon/README.md. Spellings the matcher folds together (ژانویه and
// ژانویهٔ, أوت and اوت) share one line; the note lists the locales, the other
// spellings, and a warning for short words that are also ordinary words.
// The files are committed; regenerate them after an ICU upgrade and review
// the diff.
//
//   g++ -std=c++17 tools/gen/gen_cldr_lexicon.cc -licui18n -licuuc -o gen_cldr_lexicon
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string& why) {
  std::cerr << "gen_cldr_lexicon: " << why << '\n';
  std::exit(1);
}

std::string to_utf8(const UChar* s, int32_t n) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strToUTF8(nullptr, 0, &len, s, n, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) fail(u_errorName(status));
  std::string out(static_cast<std::size_t>(len), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), len, nullptr, s, n, &status);
  if (U_FAILURE(status)) fail(u_errorName(status));
  return out;
}

// Removes the invisible joiners and bidi marks CLDR puts into abbreviations
// ("ه‍.ش." has a ZWJ to show the medial heh), which never occur in typed
// text, turns no-break spaces into plain ones, and trims spaces. Returns "" for anything that is not a plausible
// written form in Persian or Arabic text: Latin letters, digits-only, empty.
std::string clean(const std::string& in) {
  static const char* const drop[] = {
      "\xE2\x80\x8D",  // U+200D ZERO WIDTH JOINER
      "\xE2\x80\x8E",  // U+200E LEFT-TO-RIGHT MARK
      "\xE2\x80\x8F",  // U+200F RIGHT-TO-LEFT MARK
      "\xD8\x9C",      // U+061C ARABIC LETTER MARK
      "\xE2\x81\xA0",  // U+2060 WORD JOINER
  };
  std::string s = in;
  for (const char* d : drop) {
    const std::string needle(d);
    for (std::size_t p; (p = s.find(needle)) != std::string::npos;) s.erase(p, needle.size());
  }
  static const char* const spaces[] = {
      "\xC2\xA0",      // U+00A0 NO-BREAK SPACE (ar_IQ "تشرين الأول")
      "\xE2\x80\xAF",  // U+202F NARROW NO-BREAK SPACE
      "\xE2\x80\x89",  // U+2009 THIN SPACE
  };
  for (const char* sp : spaces) {
    const std::string needle(sp);
    for (std::size_t p; (p = s.find(needle)) != std::string::npos;) s.replace(p, needle.size(), " ");
  }
  while (!s.empty() && (s.front() == ' ')) s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ')) s.pop_back();
  bool has_arabic_letter = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return "";
    // Lead bytes 0xD8..0xDB start U+0600..U+06FF, the Arabic block.
    if (c >= 0xD8 && c <= 0xDB) has_arabic_letter = true;
  }
  return has_arabic_letter ? s : "";
}

// The matching key of a surface: the folding the matcher applies to text and
// keys alike (see data/lexicon/README.md), so that spellings the matcher
// cannot tell apart become one entry. Alef forms -> ا, ؤ -> و, ئ ي ى -> ی,
// ك -> ک, ة ۀ ە -> ه; hamza, tatweel, harakat and Quranic marks dropped;
// spaces and ZWNJ removed.
std::string fold_key(const std::string& utf8) {
  // CLDR month, weekday and era names are all in the Basic Multilingual
  // Plane, so UTF-16 code units are code points here.
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> u16(utf8.size() + 1);
  int32_t n = 0;
  u_strFromUTF8(u16.data(), static_cast<int32_t>(u16.size()), &n, utf8.data(), static_cast<int32_t>(utf8.size()),
                &status);
  if (U_FAILURE(status)) fail(std::string("u_strFromUTF8: ") + u_errorName(status));
  std::vector<UChar> out;
  for (int32_t i = 0; i < n; ++i) {
    UChar c = u16[i];
    switch (c) {
      case 0x622: case 0x623: case 0x625: case 0x671: case 0x672: case 0x673: c = 0x627; break;
      case 0x624: c = 0x648; break;
      case 0x626: case 0x64A: case 0x649: case 0x6D0: case 0x6CD: case 0x6CE: c = 0x6CC; break;
      case 0x643: case 0x6AA: c = 0x6A9; break;
      case 0x629: case 0x6C0: case 0x6D5: case 0x6C1: case 0x6C2: c = 0x647; break;
      default: break;
    }
    const bool dropped = c == 0x621 || c == 0x640 || c == 0x670 || c == 0x200C || c == ' ' ||
                         (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) ||
                         (c >= 0x6D6 && c <= 0x6ED && c != 0x6DE && c != 0x6E9);
    if (!dropped) out.push_back(c);
  }
  return to_utf8(out.data(), static_cast<int32_t>(out.size()));
}

struct entry {
  std::vector<std::string> surfaces;  // first-seen spelling first, then the others that fold alike
  std::string value;
  std::vector<std::string> locales;  // in first-seen order, unique
};

// Entries of one output file, deduplicated by (matching key, value).
class table {
 public:
  void add(const std::string& surface, const std::string& value, const std::string& locale) {
    if (surface.empty()) return;
    const auto key = fold_key(surface) + '\t' + value;
    auto it = index_.find(key);
    if (it == index_.end()) {
      index_.emplace(key, entries_.size());
      entries_.push_back({{surface}, value, {locale}});
      return;
    }
    auto& e = entries_[it->second];
    if (std::find(e.surfaces.begin(), e.surfaces.end(), surface) == e.surfaces.end()) e.surfaces.push_back(surface);
    if (std::find(e.locales.begin(), e.locales.end(), locale) == e.locales.end()) e.locales.push_back(locale);
  }
  const std::vector<entry>& entries() const { return entries_; }

 private:
  std::map<std::string, std::size_t> index_;
  std::vector<entry> entries_;
};

std::vector<std::string> symbols(const std::string& locale, UDateFormatSymbolType type) {
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat* fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale.c_str(), u"UTC", -1, nullptr, 0, &status);
  if (U_FAILURE(status)) fail("udat_open " + locale + ": " + u_errorName(status));
  std::vector<std::string> out;
  const int32_t n = udat_countSymbols(fmt, type);
  for (int32_t i = 0; i < n; ++i) {
    UChar buf[256];
    status = U_ZERO_ERROR;
    const int32_t len = udat_getSymbols(fmt, type, i, buf, 256, &status);
    if (U_FAILURE(status)) fail("udat_getSymbols " + locale + ": " + u_errorName(status));
    out.push_back(to_utf8(buf, len));
  }
  udat_close(fmt);
  return out;
}

// "ar" and every "ar_XX" ICU has, sorted, "ar" first.
std::vector<std::string> arabic_locales() {
  std::set<std::string> found;
  const int32_t n = uloc_countAvailable();
  for (int32_t i = 0; i < n; ++i) {
    const std::string id = uloc_getAvailable(i);
    if (id == "ar" || id.rfind("ar_", 0) == 0) found.insert(id);
  }
  if (found.count("ar") == 0) fail("ICU has no ar locale");
  std::vector<std::string> out{"ar"};
  for (const auto& id : found)
    if (id != "ar") out.push_back(id);
  return out;
}

// Month and era names that are also ordinary words. The grammar counts them
// only beside a day or a year; the note says why.
std::string risk_note(const std::string& surface) {
  static const std::string only = "; counts only beside a day or a year";
  static const std::map<std::string, std::string> notes = {
      {"تیر", "homograph: arrow, shot" + only},
      {"مهر", "homograph: seal; Mehr News Agency" + only},
      {"دی", "homograph: short word, Latin D" + only},
      {"آذر", "homograph: given name" + only},
      {"بهمن", "homograph: given name, avalanche" + only},
      {"اسفند", "homograph: wild rue" + only},
      {"مه", "homograph: fog" + only},
      {"محرم", "homograph: given name, forbidden" + only},
      {"صفر", "homograph: zero" + only},
      {"رجب", "homograph: given name" + only},
      {"شعبان", "homograph: given name" + only},
      {"رمضان", "homograph: given name" + only},
      {"ماي", "short; homograph in transliterations" + only},
      {"جوان", "homograph: given name in transliterations" + only},
      {"نيسان", "homograph: Nissan, Hebrew Nisan" + only},
      {"تموز", "homograph: Tammuz, given name" + only},
      {"آب", "homograph: folds like أب (father), Persian آب (water)" + only},
      {"هـ", "single letter (folds to ه): an era only right after a year"},
      {"م", "single letter: an era only right after a year; also metres and the pm marker"},
      {"م.", "an era only right after a year"},
  };
  const auto it = notes.find(surface);
  return it == notes.end() ? "" : it->second;
}

struct calendar_source {
  std::string locale;    // without the @calendar keyword
  std::string calendar;  // ICU calendar keyword
  std::string value;     // our era value
};

// Standalone first: Persian format forms carry an ezafe mark (ژانویهٔ), the
// standalone ones do not, and the first spelling seen heads its line.
const UDateFormatSymbolType month_types[] = {UDAT_STANDALONE_MONTHS, UDAT_MONTHS, UDAT_STANDALONE_SHORT_MONTHS,
                                             UDAT_SHORT_MONTHS};
const UDateFormatSymbolType weekday_types[] = {UDAT_STANDALONE_WEEKDAYS, UDAT_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS,
                                               UDAT_SHORT_WEEKDAYS};
const UDateFormatSymbolType era_types[] = {UDAT_ERAS, UDAT_ERA_NAMES};

void collect_months(table& t, const calendar_source& src) {
  const std::string id = src.locale + "@calendar=" + src.calendar;
  for (auto type : month_types) {
    const auto names = symbols(id, type);
    for (std::size_t i = 0; i < names.size() && i < 12; ++i) t.add(clean(names[i]), std::to_string(i + 1), src.locale);
  }
}

void collect_weekdays(table& t, const calendar_source& src) {
  const std::string id = src.locale + "@calendar=" + src.calendar;
  for (auto type : weekday_types) {
    const auto names = symbols(id, type);
    // Index 1 is Sunday (UCAL_SUNDAY), index 0 is unused; our 0 is Sunday.
    for (std::size_t i = 1; i < names.size() && i <= 7; ++i) t.add(clean(names[i]), std::to_string(i - 1), src.locale);
  }
}

void collect_eras(table& t, const calendar_source& src) {
  const std::string id = src.locale + "@calendar=" + src.calendar;
  for (auto type : era_types) {
    const auto names = symbols(id, type);
    // The Gregorian calendar has two eras; only the second (AD, "م") names
    // the calendar. The first (BC, "ق.م") would be a wrong date, so it stays out.
    const std::size_t first = src.calendar == "gregorian" ? 1 : 0;
    for (std::size_t i = first; i < names.size(); ++i) t.add(clean(names[i]), src.value, src.locale);
  }
}

std::string icu_version() {
  UVersionInfo v;
  u_getVersion(v);
  char buf[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(v, buf);
  return buf;
}

std::string locale_note(const std::vector<std::string>& locs, const std::vector<std::string>& ar_all) {
  // Shorten "every Arabic locale" so lines stay readable.
  std::set<std::string> have(locs.begin(), locs.end());
  bool all_ar = true;
  for (const auto& a : ar_all)
    if (!have.count(a)) all_ar = false;
  std::string out;
  auto append = [&](const std::string& s) {
    if (!out.empty()) out += ' ';
    out += s;
  };
  if (have.count("fa")) append("fa");
  if (all_ar) {
    append("ar (all " + std::to_string(ar_all.size()) + " ar locales)");
  } else {
    for (const auto& l : locs)
      if (l != "fa") append(l);
  }
  return out;
}

// Which entries of a table a file takes: all, those a Persian locale has, or
// those only Arabic locales have (written as variety ar: Persian text never
// uses them, and some are Persian words: جوان, young; آب, water).
enum class part { all, with_fa, ar_only };

bool in_part(const entry& e, part p) {
  const bool fa = std::find(e.locales.begin(), e.locales.end(), "fa") != e.locales.end();
  return p == part::all || (p == part::with_fa) == fa;
}

void write(const std::string& dir, const std::string& file, const std::string& kind, const std::string& source,
           const table& t, const std::vector<std::string>& ar_all, part which = part::all) {
  const std::string path = dir + "/" + file;
  std::ofstream out(path, std::ios::binary);
  if (!out) fail("cannot write " + path);
  out << "# kind: " << kind << '\n';
  if (which == part::ar_only) out << "# variety: ar\n";
  out << "# source: " << source << '\n';
  out << "# generated by tools/gen/gen_cldr_lexicon.cc; do not edit by hand (see README.md)\n";
  // Grouped by value (months 1..12, weekdays 0..6, eras as collected), each
  // group in the order the locales were read.
  std::vector<entry> sorted;
  for (const auto& e : t.entries())
    if (in_part(e, which)) sorted.push_back(e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const entry& a, const entry& b) {
    const bool na = !a.value.empty() && a.value.find_first_not_of("0123456789") == std::string::npos;
    const bool nb = !b.value.empty() && b.value.find_first_not_of("0123456789") == std::string::npos;
    if (na && nb) return std::stoi(a.value) < std::stoi(b.value);
    return false;
  });
  for (const auto& e : sorted) {
    out << e.surfaces.front() << '\t' << e.value << "\t# " << locale_note(e.locales, ar_all);
    for (std::size_t i = 1; i < e.surfaces.size(); ++i) out << (i == 1 ? "; also " : ", ") << e.surfaces[i];
    if (const auto r = risk_note(e.surfaces.front()); !r.empty()) out << "; " << r;
    out << '\n';
  }
  if (!out) fail("error writing " + path);
  std::cerr << path << ": " << sorted.size() << " entries\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_cldr_lexicon OUTPUT_DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::string version = icu_version();
  const auto ar = arabic_locales();

  std::string ar_list;
  for (const auto& l : ar) ar_list += (ar_list.empty() ? "" : " ") + l;
  const std::string cldr = "CLDR via ICU " + version + ", locales ";

  const calendar_source persian{"fa", "persian", "jalali"};
  std::vector<calendar_source> islamic{{"fa", "islamic", "hijri"}};
  std::vector<calendar_source> gregorian{{"fa", "gregorian", "gregorian"}};
  for (const auto& l : ar) {
    islamic.push_back({l, "islamic", "hijri"});
    gregorian.push_back({l, "gregorian", "gregorian"});
  }

  table jalali_months, hijri_months, gregorian_months, weekdays, eras;
  collect_months(jalali_months, persian);
  for (const auto& s : islamic) collect_months(hijri_months, s);
  for (const auto& s : gregorian) collect_months(gregorian_months, s);
  for (const auto& s : gregorian) collect_weekdays(weekdays, s);
  collect_weekdays(weekdays, persian);
  for (const auto& s : islamic) collect_weekdays(weekdays, s);
  collect_eras(eras, persian);
  for (const auto& s : islamic) collect_eras(eras, s);
  for (const auto& s : gregorian) collect_eras(eras, s);

  write(dir, "cldr_months_jalali.txt", "month_jalali", cldr + "fa@calendar=persian (wide, abbreviated; format, standalone)",
        jalali_months, ar);
  write(dir, "cldr_months_hijri.txt", "month_hijri",
        cldr + "fa " + ar_list + " @calendar=islamic (wide, abbreviated; format, standalone)", hijri_months, ar);
  write(dir, "cldr_months_gregorian.txt", "month_gregorian",
        cldr + "fa " + ar_list + " @calendar=gregorian (wide, abbreviated; format, standalone): the names fa has",
        gregorian_months, ar, part::with_fa);
  write(dir, "cldr_months_gregorian_ar.txt", "month_gregorian",
        cldr + "fa " + ar_list + " @calendar=gregorian (wide, abbreviated; format, standalone): the names only ar locales have",
        gregorian_months, ar, part::ar_only);
  write(dir, "cldr_weekdays.txt", "weekday",
        cldr + "fa " + ar_list + " @calendar=gregorian|persian|islamic (wide, abbreviated; format, standalone); 0 = Sunday",
        weekdays, ar);
  write(dir, "cldr_eras.txt", "era",
        cldr + "fa@calendar=persian, fa " + ar_list +
            " @calendar=islamic|gregorian (abbreviated, wide); Latin and before-Christ eras left out",
        eras, ar);
  return 0;
}
