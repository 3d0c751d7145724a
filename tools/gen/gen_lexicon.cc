// Compiles data/lexicon/*.txt into the trie of src/lexicon/lexicon.h.
//
//   gen_lexicon OUTPUT.cc FILE.txt...
//
// Keys are folded exactly as text is (text/normalize.h) and lose their
// spaces, so one entry matches every spacing and spelling that folds alike.
// Any malformed line stops the build with FILE:LINE and the reason.
#include <taqvim/text/normalize.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "lexicon/lexicon.h"

namespace {

using taqvim::lexicon::entry;
using taqvim::lexicon::kind;

std::string where;  // FILE:LINE of the line being read

[[noreturn]] void fail(const std::string& why) {
  std::cerr << "gen_lexicon: " << where << ": " << why << '\n';
  std::exit(1);
}

// A schema name's index: the enumerator it names.
template <std::size_t N>
std::map<std::string, std::int16_t> names(const std::string_view (&list)[N]) {
  std::map<std::string, std::int16_t> m;
  for (std::size_t i = 0; i < N; ++i)
    if (!list[i].empty()) m.emplace(std::string(list[i]), static_cast<std::int16_t>(i));
  return m;
}

std::int16_t word_value(const std::map<std::string, std::int16_t>& names, const std::string& v) {
  const auto it = names.find(v);
  if (it == names.end()) fail("unknown value '" + v + "'");
  return it->second;
}

std::int16_t integer(const std::string& v, int lo, int hi) {
  char* end = nullptr;
  const long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || n < lo || n > hi)
    fail("value '" + v + "' is not an integer in " + std::to_string(lo) + ".." + std::to_string(hi));
  return static_cast<std::int16_t>(n);
}

const std::map<std::string, std::int16_t> units = names(taqvim::lexicon::unit_names);

// "UNIT" or "UNIT:N"; a bare unit takes bare_count.
std::pair<std::int16_t, std::int16_t> unit_and_number(const std::string& v, int lo, int hi, bool number_required,
                                                      std::int16_t bare_count = 1) {
  const auto colon = v.find(':');
  if (colon == std::string::npos) {
    if (number_required) fail("value '" + v + "' needs the form UNIT:N");
    return {word_value(units, v), bare_count};
  }
  return {word_value(units, v.substr(0, colon)), integer(v.substr(colon + 1), lo, hi)};
}

// The zones that kind::zone entries name, in order of first mention.
std::vector<std::string> zones;
// kind::place entries: the folded name, its zone's index, and 1 for a city.
struct place {
  std::string name;
  std::int16_t zone, city;
  bool operator<(const place& o) const { return name < o.name; }
};
std::vector<place> places;

entry make(kind k, int value, int aux) {
  return {k, static_cast<std::int16_t>(value), static_cast<std::int16_t>(aux), taqvim::lexicon::variety_tag::any};
}

entry parse_value(kind k, const std::string& v) {
  using namespace taqvim::lexicon;
  switch (k) {
    case kind::month_jalali:
    case kind::month_hijri:
    case kind::month_gregorian: {
      // "N+year": a name that is a month only when a year stands beside it.
      const auto plus = v.find("+year");
      if (plus != std::string::npos && plus + 5 == v.size()) return make(k, integer(v.substr(0, plus), 1, 12), 1);
      return make(k, integer(v, 1, 12), 0);
    }
    case kind::weekday:
    case kind::weekday_bare: return make(k, integer(v, 0, 6), 0);
    case kind::era: return make(k, word_value(names(era_names), v), 0);
    case kind::cardinal: return make(k, integer(v, 0, 9999), 0);
    case kind::ordinal: return make(k, integer(v, 1, 100), 0);
    case kind::relative: {
      const auto [u, n] = unit_and_number(v, -100, 100, true);
      return make(k, n, u);
    }
    case kind::unit: {
      // 0 for the unit alone (روز, يوم), the count a word holds written in it (يومين 2, یکماه 1).
      const auto [u, n] = unit_and_number(v, 1, 100, false, 0);
      return make(k, n, u);
    }
    case kind::direction: {
      const auto colon = v.find(':');
      if (colon == std::string::npos) fail("value '" + v + "' needs the form before:N or after:N");
      const std::int16_t side = word_value({{"before", 0}, {"after", 1}}, v.substr(0, colon));
      return make(k, integer(v.substr(colon + 1), -1, 1), side);
    }
    case kind::weekday_qualifier: return make(k, integer(v, -2, 2), 0);
    case kind::time_of_day: return make(k, word_value(names(time_names), v), 0);
    case kind::filler: return make(k, word_value(names(filler_names), v), 0);
    case kind::connector: return make(k, 0, 0);
    case kind::not_date: return make(k, integer(v, 0, 11), 0);
    case kind::negation: return make(k, integer(v, 0, 0), 0);
    case kind::span: return make(k, word_value(units, v), 0);
    case kind::part: return make(k, word_value(names(part_names), v), 0);
    case kind::months_of_year: {
      // "[CALENDAR:]FIRST-LAST", e.g. 1-6, jalali:10-12
      const auto colon = v.find(':');
      const std::int16_t era = colon == std::string::npos ? 0 : word_value(names(era_names), v.substr(0, colon));
      const std::string range = colon == std::string::npos ? v : v.substr(colon + 1);
      const auto dash = range.find('-');
      if (dash == std::string::npos) fail("value '" + v + "' needs the form [CALENDAR:]FIRST-LAST");
      const std::int16_t first = integer(range.substr(0, dash), 1, 12), last = integer(range.substr(dash + 1), 1, 12);
      if (last < first) fail("value '" + v + "': the last month before the first");
      return make(k, static_cast<std::int16_t>(first * 100 + last), era);
    }
    case kind::holiday: {
      // "CALENDAR:MONTH/DAY", e.g. hijri:10/1
      const auto colon = v.find(':'), slash = v.find('/');
      if (colon == std::string::npos || slash == std::string::npos || slash < colon)
        fail("value '" + v + "' needs the form CALENDAR:MONTH/DAY, CALENDAR:MONTH/FIRST-LAST, CALENDAR:MONTH/last or CALENDAR:MONTH/last-WEEKDAY");
      const std::int16_t era = word_value(names(era_names), v.substr(0, colon));
      // gregorian:national/1: a country's national day, gregorian:national/2
      // its liberation day, the country the options' zone's (month 13).
      if (v.substr(colon + 1, slash - colon - 1) == "national")
        return make(k, static_cast<std::int16_t>(1300 + integer(v.substr(slash + 1), 1, 2)), era);
      // gregorian:easter/N, gregorian:orthodox_easter/N: N days (-7..7) from
      // Easter Sunday, Western or Eastern (months 14 and 15, day 10 + N;
      // src/resolve/easter.h).
      if (const std::string feast = v.substr(colon + 1, slash - colon - 1); feast == "easter" || feast == "orthodox_easter")
        return make(k, static_cast<std::int16_t>((feast == "easter" ? 1400 : 1500) + 10 + integer(v.substr(slash + 1), -7, 7)), era);
      const std::int16_t month = integer(v.substr(colon + 1, slash - colon - 1), 1, 12);
      // MONTH/last-friday: the last such weekday of the month (روز قدس), day 40 + weekday.
      const std::string d = v.substr(slash + 1);
      if (d.compare(0, 5, "last-") == 0) {
        const std::int16_t wd = word_value({{"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
                                            {"thursday", 4}, {"friday", 5}, {"saturday", 6}}, d.substr(5));
        return make(k, static_cast<std::int16_t>(month * 100 + 40 + wd), era);
      }
      // MONTH/last: the month's last day, whichever it is (day 39).
      if (d == "last") return make(k, static_cast<std::int16_t>(month * 100 + 39), era);
      // MONTH/FIRST-LAST: a named span of days of one month (دهه فجر, 12–22
      // Bahman), from 16384 up: month * 1024 + first * 32 + last.
      if (const auto dash = d.find('-'); dash != std::string::npos) {
        const std::int16_t first = integer(d.substr(0, dash), 1, 31), last = integer(d.substr(dash + 1), 1, 31);
        if (last <= first) fail("value '" + v + "': the last day not after the first");
        return make(k, static_cast<std::int16_t>(16384 + month * 1024 + first * 32 + last), era);
      }
      const std::int16_t day = integer(d, 1, 31);
      return make(k, static_cast<std::int16_t>(month * 100 + day), era);
    }
    case kind::decade: return make(k, integer(v, 0, 90), 0);
    case kind::place: {  // ZONE [city]
      const auto blank = v.find(' ');
      entry e = parse_value(kind::zone, v.substr(0, blank));
      if (blank != std::string::npos && v.substr(blank + 1) != "city") fail("value '" + v + "': a zone, then city or nothing");
      return make(k, e.value, blank != std::string::npos ? 1 : 0);
    }
    case kind::zone: {
      if (v.empty() || v.find_first_of(" \"\\") != std::string::npos) fail("value '" + v + "' is not a zone name");
      auto at = std::find(zones.begin(), zones.end(), v);
      if (at == zones.end()) at = zones.insert(zones.end(), v);
      return make(k, static_cast<std::int16_t>(at - zones.begin()), 0);
    }
  }
  fail("unknown kind");
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// A trie over characters (code points), not bytes: the scanner steps one
// character at a time through a dense table indexed by character class.
struct node {
  std::map<char32_t, std::unique_ptr<node>> children;
  std::vector<entry> entries;
  std::uint32_t id = 0;
  std::set<char32_t> blank_before;  // children some key reaches across a space or ZWNJ
  std::size_t plain = 0, glued = 0;  // its entries from other files and from "# blank: never" files
};

bool same(const entry& a, const entry& b) {
  return a.k == b.k && a.value == b.value && a.aux == b.aux && a.variety == b.variety;
}

void insert(node& root, const std::u32string& key, const std::vector<bool>& blank_before, const entry& e, bool glued) {
  node* n = &root;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char32_t c = key[i];
    if (blank_before[i]) n->blank_before.insert(c);
    auto& child = n->children[c];
    if (!child) child = std::make_unique<node>();
    n = child.get();
  }
  for (const entry& x : n->entries)
    if (same(x, e)) return;
  n->entries.push_back(e);
  ++(glued ? n->glued : n->plain);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: gen_lexicon OUTPUT.cc FILE.txt...\n";
    return 2;
  }
  node root;
  std::size_t entries = 0;
  std::set<char32_t> alphabet;
  taqvim::text::folded_text folded;
  for (int a = 2; a < argc; ++a) {
    std::ifstream in(argv[a]);
    where = argv[a];
    if (!in) fail("cannot read");
    std::string line;
    bool have_kind = false;
    kind k{};
    taqvim::lexicon::variety_tag variety = taqvim::lexicon::variety_tag::any;
    bool glued = false;  // "# blank: never": a blank in the text never stands inside these keys
    for (int n = 1; std::getline(in, line); ++n) {
      where = std::string(argv[a]) + ":" + std::to_string(n);
      if (line.rfind("# kind:", 0) == 0) {
        const std::string name = trim(line.substr(7));
        k = static_cast<kind>(word_value(names(taqvim::lexicon::kind_names), name));
        have_kind = true;
        continue;
      }
      if (line.rfind("# variety:", 0) == 0) {
        variety = static_cast<taqvim::lexicon::variety_tag>(
            word_value(names(taqvim::lexicon::variety_names), trim(line.substr(10))));
        continue;
      }
      if (line.rfind("# blank:", 0) == 0) {
        if (trim(line.substr(8)) != "never") fail("'# blank:' takes only 'never'");
        glued = true;
        continue;
      }
      if (trim(line).empty() || trim(line)[0] == '#') continue;
      if (!have_kind) fail("an entry before the '# kind:' line");
      const auto tab = line.find('\t');
      if (tab == std::string::npos) fail("no TAB between surface and value");
      const std::string surface = trim(line.substr(0, tab));
      std::string value = line.substr(tab + 1);
      const auto note = value.find('\t');
      if (note != std::string::npos) value = value.substr(0, note);
      value = trim(value);
      taqvim::text::fold(surface, folded);
      std::u32string key;
      std::vector<bool> blank_before;  // a space (or ZWNJ) before key[i]
      bool blank = false;
      const std::string_view f = folded.text();
      for (std::size_t i = 0; i < f.size();) {
        const std::size_t len = taqvim::text::utf8_sequence_length(f, i);
        if (len == 0 || f[i] == '\n' || f[i] == taqvim::text::invalid_byte)
          fail("surface is not one line of valid UTF-8");
        const char32_t c = taqvim::text::decode_utf8(f, i, len);
        if (c != ' ') {
          key += c;
          blank_before.push_back(blank);
          blank = false;
          alphabet.insert(c);
        } else {
          blank = !key.empty();
        }
        i += len;
      }
      // A closing dot (ه.ش., هـ.) is left to the text: there it may as well
      // end the sentence, and a match should not take the full stop.
      while (!key.empty() && key.back() == '.') key.pop_back();
      if (key.empty()) fail("empty surface");
      entry e = parse_value(k, value);
      e.variety = variety;
      if (k == kind::place) {  // a table of its own, not the trie: see lexicon::place_zone
        std::string name(trim(std::string(f)));
        places.push_back({std::move(name), e.value, e.aux});
        ++entries;
        continue;
      }
      if (glued && std::find(blank_before.begin(), blank_before.end(), true) != blank_before.end())
        fail("a key with a blank in a '# blank: never' file");
      insert(root, key, blank_before, e, glued);
      ++entries;
    }
  }

  // Character classes are 1..alphabet.size() in code point order; the
  // scanner packs a class and a letter bit into one byte, keeps class 127 for
  // itself, and nodes in 16 bits.
  where = "data/lexicon";
  if (alphabet.size() > 126) fail("more than 126 distinct characters in the keys");
  const std::vector<char32_t> letters(alphabet.begin(), alphabet.end());
  const auto class_of = [&](char32_t c) {
    return static_cast<unsigned>(std::lower_bound(letters.begin(), letters.end(), c) - letters.begin()) + 1;
  };

  // Breadth-first numbering keeps the nodes near the root together.
  std::vector<node*> order{&root};
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i]->id = static_cast<std::uint32_t>(i);
    for (auto& [label, child] : order[i]->children) order.push_back(child.get());
  }

  std::ostringstream out;
  out << "// Generated by tools/gen/gen_lexicon.cc from data/lexicon; do not edit.\n"
         "#include \"lexicon/lexicon.h\"\n\nnamespace taqvim {\nnamespace lexicon {\nnamespace {\n\n";
  auto array = [&](const char* type, const char* name, const auto& values) {
    out << "const " << type << ' ' << name << "[] = {";
    std::size_t i = 0;
    for (const auto& v : values) out << (i++ % 16 == 0 ? "\n  " : " ") << +v << ',';
    out << "\n};\n\n";
  };
  std::vector<std::uint32_t> edge_begin, targets, entry_begin;
  std::vector<unsigned> labels, blank, glued;
  std::vector<entry> all;
  for (node* n : order) {
    edge_begin.push_back(static_cast<std::uint32_t>(labels.size()));
    entry_begin.push_back(static_cast<std::uint32_t>(all.size()));
    for (auto& [label, child] : n->children) {
      blank.push_back(n->blank_before.count(label) ? 1 : 0);
      labels.push_back(class_of(label));
      targets.push_back(child->id);
    }
    // A key's entries of one variety before those of every variety, the Afghan before the Persian: a token
    // test takes the first of its kind that the text's variety reads (میلاد پیامبر is 17 Rabi I in Iran, the
    // 12th in Afghanistan).
    std::stable_sort(n->entries.begin(), n->entries.end(), [](const entry& a, const entry& b) {
      const auto rank = [](taqvim::lexicon::variety_tag v) {
        return v == taqvim::lexicon::variety_tag::any ? 2 : v == taqvim::lexicon::variety_tag::fa ? 1 : 0;
      };
      return rank(a.variety) < rank(b.variety);
    });
    all.insert(all.end(), n->entries.begin(), n->entries.end());
    glued.push_back(n->glued > 0 && n->plain == 0 ? 1 : 0);
  }
  edge_begin.push_back(static_cast<std::uint32_t>(labels.size()));
  entry_begin.push_back(static_cast<std::uint32_t>(all.size()));
  if (order.size() > 65535) fail("more than 65535 trie nodes");
  if (all.size() > 65535) fail("more than 65535 entries (scan::token keeps them in 16 bits)");
  array("char32_t", "alphabet", letters);
  array("std::uint32_t", "edge_begin", edge_begin);
  array("std::uint8_t", "labels", labels);
  array("std::uint32_t", "targets", targets);
  array("std::uint32_t", "entry_begin", entry_begin);
  array("std::uint8_t", "blank", blank);
  array("std::uint8_t", "glued", glued);
  out << "const entry entries[] = {";
  for (std::size_t i = 0; i < all.size(); ++i) {
    out << (i % 6 == 0 ? "\n  " : " ") << "{kind(" << static_cast<int>(all[i].k) << "), " << all[i].value
        << ", " << all[i].aux << ", variety_tag(" << static_cast<int>(all[i].variety) << ")},";
  }
  std::sort(places.begin(), places.end());
  out << "\n};\n\nstruct place_key {\n  std::string_view name;\n  int zone;\n  bool city;\n};\n\nconst place_key places[] = {";
  for (const place& p : places) out << "\n  {\"" << p.name << "\", " << p.zone << ", " << (p.city ? "true" : "false") << "},";
  out << "\n  {{}, -1, false},\n};\n\nconst char* const zones[] = {";
  for (const std::string& z : zones) out << "\n  \"" << z << "\",";
  out << "\n  nullptr,\n};\n\n}  // namespace\n\n"
         "std::string_view zone_name(int index) noexcept {\n"
         "  return index >= 0 && index < " << zones.size() << " ? zones[index] : std::string_view{};\n}\n\n"
         "int place_zone(std::string_view text, std::size_t& length, bool& city) noexcept {\n"
         "  int zone = -1;\n  length = 0;\n"
         "  for (const place_key* p = places; p->zone >= 0; ++p)\n"
         "    if (p->name.size() > length && text.substr(0, p->name.size()) == p->name) {\n"
         "      zone = p->zone;\n      length = p->name.size();\n      city = p->city;\n    }\n"
         "  return zone;\n}\n\n"
         "const trie& table() noexcept {\n"
         "  static constexpr trie t{alphabet, " << letters.size()
      << ", edge_begin, labels, targets, entry_begin, entries, " << order.size() << ", blank, glued};\n  return t;\n}\n\n}  // namespace lexicon\n}  // namespace taqvim\n";

  // Write only on change, so that an unchanged lexicon rebuilds nothing.
  const std::string text = out.str();
  std::ifstream old(argv[1], std::ios::binary);
  std::stringstream previous;
  previous << old.rdbuf();
  if (!old || previous.str() != text) {
    std::ofstream f(argv[1], std::ios::binary);
    f << text;
    if (!f) {
      where = argv[1];
      fail("cannot write");
    }
  }
  std::cerr << "gen_lexicon: " << entries << " entries, " << order.size() << " nodes\n";
  return 0;
}
