#include "score.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <utility>

namespace test::eval {
namespace {

namespace od = simdjson::ondemand;

// ---------------------------------------------------------------- Python's str

// The code points for which Python's str.isspace() holds, which strip() removes.
bool python_space(char32_t c) noexcept {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

std::size_t char_length(unsigned char lead) noexcept {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

char32_t decode_at(std::string_view s, std::size_t i, std::size_t n) noexcept {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  switch (n) {
    case 1: return b(0);
    case 2: return (b(0) & 0x1Fu) << 6 | (b(1) & 0x3Fu);
    case 3: return (b(0) & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu);
    default: return (b(0) & 0x07u) << 18 | (b(1) & 0x3Fu) << 12 | (b(2) & 0x3Fu) << 6 | (b(3) & 0x3Fu);
  }
}

// str.strip() on valid UTF-8.
std::string_view python_strip(std::string_view s) noexcept {
  for (;;) {
    if (s.empty()) return s;
    const std::size_t n = std::min(char_length(static_cast<unsigned char>(s[0])), s.size());
    if (!python_space(decode_at(s, 0, n))) break;
    s.remove_prefix(n);
  }
  for (;;) {
    if (s.empty()) return s;
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (!python_space(decode_at(s, start, s.size() - start))) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool integer_syntax(std::string_view token) noexcept {
  return token.find_first_of(".eE") == std::string_view::npos;
}

std::string_view trim_token(std::string_view t) noexcept {
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r' || t.back() == '\n')) {
    t.remove_suffix(1);
  }
  return t;
}

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }

void check(simdjson::error_code e, const char* what) {
  if (e) fail(std::string(what) + ": " + simdjson::error_message(e));
}

// Python's str() of a JSON number: ints exactly (any size), floats by repr.
std::string python_number(od::value& v) {
  const std::string_view token = trim_token(v.raw_json_token());
  if (integer_syntax(token)) {
    od::number n;
    check(v.get_number().get(n), "number");
    return token == "-0" ? "0" : std::string(token);
  }
  double d = 0;
  check(v.get_double().get(d), "number");
  return python_repr(d);
}

// Python's str() of a JSON scalar. An array or object keeps its JSON text,
// which differs from Python's repr but no more equals a SCHEMA value than it.
std::string python_str(od::value& v) {
  od::json_type t{};
  check(v.type().get(t), "value");
  switch (t) {
    case od::json_type::string: {
      std::string_view s;
      check(v.get_string().get(s), "string");
      return std::string(s);
    }
    case od::json_type::number: return python_number(v);
    case od::json_type::boolean: {
      bool b = false;
      check(v.get_bool().get(b), "boolean");
      return b ? "True" : "False";
    }
    case od::json_type::null: return "None";
    case od::json_type::array: {
      od::array a;
      std::string_view raw;
      check(v.get_array().get(a), "array");
      check(a.raw_json().get(raw), "array");
      return std::string(raw);
    }
    case od::json_type::object: {
      od::object o;
      std::string_view raw;
      check(v.get_object().get(o), "object");
      check(o.raw_json().get(raw), "object");
      return std::string(raw);
    }
  }
  return {};
}

bool python_truthy(od::value& v) {
  od::json_type t{};
  check(v.type().get(t), "value");
  switch (t) {
    case od::json_type::string: {
      std::string_view s;
      check(v.get_string().get(s), "string");
      return !s.empty();
    }
    case od::json_type::number: {
      double d = 0;
      check(v.get_double().get(d), "number");
      return d != 0;
    }
    case od::json_type::boolean: {
      bool b = false;
      check(v.get_bool().get(b), "boolean");
      return b;
    }
    case od::json_type::null: return false;
    case od::json_type::array: {
      std::size_t n = 0;
      check(v.count_elements().get(n), "array");
      return n > 0;
    }
    case od::json_type::object: {
      std::size_t n = 0;
      check(v.count_fields().get(n), "object");
      return n > 0;
    }
  }
  return false;
}

std::string string_member(od::value& v, const char* what) {
  std::string_view s;
  if (v.get_string().get(s)) fail(std::string(what) + " is not a string");
  return std::string(s);
}

std::string id_key(od::value& v) {
  od::json_type t{};
  check(v.type().get(t), "id");
  if (t == od::json_type::string) return string_member(v, "id");
  return id_key_of_non_string(python_str(v));
}

// What Python can index a list with: an int, or a bool.
std::optional<long long> python_index(od::value& v) {
  od::json_type t{};
  check(v.type().get(t), "offset");
  if (t == od::json_type::boolean) {
    bool b = false;
    check(v.get_bool().get(b), "offset");
    return b ? 1 : 0;
  }
  if (t != od::json_type::number || !integer_syntax(trim_token(v.raw_json_token()))) return std::nullopt;
  std::int64_t i = 0;
  // Beyond 64 bits it could only raise IndexError: no text is that long.
  if (v.get_int64().get(i)) return std::numeric_limits<long long>::max();
  return i;
}

// Runs `each(key, value)` over the members of the single JSON object in `json`.
template <class Each>
void for_members(std::string_view json, Each&& each) {
  const simdjson::padded_string padded(json);
  od::parser parser;
  od::document doc;
  check(parser.iterate(padded).get(doc), "not JSON");
  od::object o;
  check(doc.get_object().get(o), "not a JSON object");
  for (auto f : o) {
    od::field field;
    std::string_view key;
    check(std::move(f).get(field), "not JSON");
    check(field.unescaped_key().get(key), "not JSON");
    each(key, field.value());
  }
  if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) fail("not JSON: trailing content");
}

template <class Each>
void for_elements(od::value& v, const char* what, Each&& each) {
  od::array a;
  if (v.get_array().get(a)) fail(std::string(what) + " is not an array");
  for (auto element : a) {
    od::value x;
    check(std::move(element).get(x), what);
    each(x);
  }
}

template <class Parse>
auto read_jsonl(const std::string& path, Parse&& parse) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path);
  std::vector<decltype(parse(std::string_view()))> rows;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    const std::string_view s = python_strip(line);
    if (s.empty()) continue;
    try {
      rows.push_back(parse(s));
    } catch (const std::exception& e) {
      fail(path + ":" + std::to_string(n) + ": " + e.what());
    }
  }
  return rows;
}

// ---------------------------------------------------------------- spans

// Character offset of every UTF-8 byte offset 0..size (score.py's byte_to_char).
std::vector<long> byte_to_char(std::string_view text) {
  std::vector<long> table(text.size() + 1);
  long i = 0;
  std::size_t b = 0;
  while (b < text.size()) {
    const std::size_t n = std::min(char_length(static_cast<unsigned char>(text[b])), text.size() - b);
    for (std::size_t k = 0; k < n; ++k) table[b + k] = i;
    b += n;
    ++i;
  }
  table[text.size()] = i;
  return table;
}

// The byte offset one character after `at`; past the end when at == size,
// where Python's find() then finds nothing, not even "".
std::size_t next_char(std::string_view text, std::size_t at) noexcept {
  return at >= text.size() ? text.size() + 1 : at + char_length(static_cast<unsigned char>(text[at]));
}

struct span {
  long begin, end;
};

bool overlaps(span a, span b) noexcept { return a.begin < b.end && b.begin < a.end; }

// Byte search finds what character search finds: in valid UTF-8 a match
// of a valid needle starts on a character boundary.
std::vector<span> gold_spans(const gold_case& c, const std::vector<long>& b2c) {
  std::vector<span> out;
  std::size_t pos = 0;
  for (const gold_entry& g : c.expected) {
    std::size_t at = c.text.find(g.surface, pos);
    if (at == std::string::npos) at = c.text.find(g.surface);
    if (at == std::string::npos) fail("case " + c.id + ": surface not in text: " + g.surface);
    out.push_back({b2c[at], b2c[at + g.surface.size()]});
    pos = next_char(c.text, at);
  }
  return out;
}

std::vector<span> trap_spans(const gold_case& c, const std::vector<long>& b2c) {
  std::vector<span> out;
  for (const std::string& t : c.traps) {
    for (std::size_t at = c.text.find(t); at != std::string::npos; at = c.text.find(t, next_char(c.text, at))) {
      out.push_back({b2c[at], b2c[at + t.size()]});
    }
  }
  return out;
}

// table[i] with Python's negative indexing; false where Python raises IndexError.
bool python_at(const std::vector<long>& table, long long i, long& out) noexcept {
  const auto size = static_cast<long long>(table.size());
  if (i < 0) i += size;
  if (i < 0 || i >= size) return false;
  out = table[static_cast<std::size_t>(i)];
  return true;
}

std::string char_slice(std::string_view text, long begin, long end) {
  std::size_t b = 0;
  long i = 0;
  for (; b < text.size() && i < begin; ++i) b += char_length(static_cast<unsigned char>(text[b]));
  std::size_t e = b;
  for (; e < text.size() && i < end; ++i) e += char_length(static_cast<unsigned char>(text[e]));
  return std::string(text.substr(b, std::min(e, text.size()) - b));
}

double ratio(double a, double b) noexcept { return b != 0 ? a / b : 0.0; }

// json.dumps(s, ensure_ascii=False).
void append_python_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

std::string fixed3(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

}  // namespace

std::string id_key_of_non_string(std::string_view python_str) {
  std::string key(1, '\0');
  key += python_str;
  return key;
}

std::string python_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (x == 0) return std::signbit(x) ? "-0.0" : "0.0";
  // Shortest round-trip digits, as repr uses; then repr's layout: positional
  // for decimal exponents -4..15, else d.ddde±XX.
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  const std::string_view sci(buf, static_cast<std::size_t>(r.ptr - buf));
  const std::size_t e_at = sci.find('e');
  std::string_view mantissa = sci.substr(0, e_at);
  const int exp = std::atoi(std::string(sci.substr(e_at + 1)).c_str());
  std::string sign;
  if (mantissa[0] == '-') {
    sign = "-";
    mantissa.remove_prefix(1);
  }
  std::string digits;
  for (const char c : mantissa) {
    if (c != '.') digits += c;
  }
  std::string out = sign;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out += "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
    } else {
      const auto int_digits = static_cast<std::size_t>(exp) + 1;
      if (digits.size() <= int_digits) {
        out += digits + std::string(int_digits - digits.size(), '0') + ".0";
      } else {
        out += digits.substr(0, int_digits) + "." + digits.substr(int_digits);
      }
    }
  } else {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += e;
  }
  return out;
}

double round4(double x) {
  // printf rounds the exact binary value correctly, ties to even, as
  // Python's round() does through its own dtoa.
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  return std::strtod(buf, nullptr);
}

scores score(const std::vector<gold_case>& gold, const std::vector<prediction>& predictions,
             std::vector<score_error>* errors) {
  std::map<std::string, const std::vector<predicted_match>*> preds;
  for (const prediction& p : predictions) preds[p.id] = &p.matches;  // a repeated id: the last wins
  struct counts {
    long gold = 0, found = 0, right = 0;
  };
  std::map<std::string, counts> cat;
  scores s;
  long pred = 0, tp_pred = 0, right_pred = 0, found_total = 0, right_total = 0;
  auto error = [&](const std::string& id, const char* what, std::string text, std::string detail) {
    if (errors) errors->push_back({id, what, std::move(text), std::move(detail)});
  };
  for (const gold_case& c : gold) {
    const std::vector<long> b2c = byte_to_char(c.text);
    const std::vector<span> golds = gold_spans(c, b2c);
    const std::vector<span> traps = trap_spans(c, b2c);
    std::vector<bool> found(golds.size()), right(golds.size());
    std::vector<std::string> got(golds.size(), "None");
    const auto it = preds.find(c.id);
    if (it != preds.end()) {
      for (const predicted_match& m : *it->second) {
        span p{};
        if (!m.is_object || !m.start || !m.end || !python_at(b2c, *m.start, p.begin) ||
            !python_at(b2c, *m.end, p.end)) {
          ++s.bad_offsets;
          error(c.id, "bad offsets", "", "");
          continue;
        }
        std::vector<std::size_t> hit;
        for (std::size_t i = 0; i < golds.size(); ++i) {
          if (overlaps(p, golds[i])) hit.push_back(i);
        }
        if (hit.empty()) {
          ++pred;
          ++s.false_positives;
          if (golds.empty()) ++s.fp_in_dateless_cases;
          for (const span& t : traps) {
            if (overlaps(p, t)) {
              ++s.trap_hits;
              break;
            }
          }
          error(c.id, "false positive", char_slice(c.text, p.begin, p.end), m.value);
          continue;
        }
        bool all_optional = true;
        for (const std::size_t i : hit) all_optional = all_optional && c.expected[i].optional;
        if (all_optional) continue;
        ++pred;
        ++tp_pred;
        const std::string value(python_strip(m.value));
        // Strict precision counts predictions: one that makes a gold date
        // right for the first time is one right prediction, however many
        // gold dates it covers (a date and its twin).
        bool made_right = false;
        for (const std::size_t i : hit) {
          found[i] = true;
          if (c.expected[i].value && value == *c.expected[i].value) {
            made_right = made_right || !(right[i] || c.expected[i].optional);
            right[i] = true;
          } else if (!right[i]) {
            got[i] = m.value;
          }
        }
        if (made_right) ++right_pred;
      }
    }
    for (std::size_t i = 0; i < golds.size(); ++i) {
      const gold_entry& g = c.expected[i];
      if (g.optional) continue;
      counts& k = cat[g.category];
      ++s.gold;
      ++k.gold;
      if (found[i]) {
        ++found_total;
        ++k.found;
      }
      const std::string want = g.value ? *g.value : "";
      if (right[i]) {
        ++right_total;
        ++k.right;
      } else if (found[i]) {
        error(c.id, "wrong value", g.surface, "got " + got[i] + " want " + want);
      } else {
        error(c.id, "missed", g.surface, want);
      }
    }
    s.traps += static_cast<long>(c.traps.size());
  }
  const double p = ratio(tp_pred, pred);
  const double r = ratio(found_total, s.gold);
  const double strict_r = ratio(right_total, s.gold);
  const double strict_p = ratio(right_pred, pred);
  s.cases = static_cast<long>(gold.size());
  s.predicted = pred;
  s.precision = round4(p);
  s.recall = round4(r);
  s.f1 = round4(ratio(2 * p * r, p + r));
  s.value_accuracy = round4(ratio(right_total, found_total));
  s.strict_f1 = round4(ratio(2 * strict_p * strict_r, strict_p + strict_r));
  for (const auto& [name, k] : cat) {
    s.by_category[name] = {k.gold, round4(ratio(k.found, k.gold)), round4(ratio(k.right, k.gold))};
  }
  s.found = found_total;
  s.right = right_total;
  s.true_positive_predictions = tp_pred;
  return s;
}

gold_case parse_gold(std::string_view json) {
  gold_case c;
  bool has_id = false, has_text = false;
  struct pending {
    gold_entry entry;
    bool has_category = false;
  };
  std::vector<pending> expected;
  for_members(json, [&](std::string_view key, od::value& v) {
    if (key == "id") {
      c.id = id_key(v);
      has_id = true;
    } else if (key == "text") {
      c.text = string_member(v, "text");
      has_text = true;
    } else if (key == "lang" || key == "reference" || key == "tz") {
      bool null = false;
      if (!v.is_null().get(null) && null) return;
      std::string s = string_member(v, std::string(key).c_str());
      (key == "lang" ? c.lang : key == "reference" ? c.reference : c.tz) = std::move(s);
    } else if (key == "expected") {
      expected.clear();
      for_elements(v, "expected", [&](od::value& e) {
        pending g;
        bool has_surface = false;
        od::object o;
        if (e.get_object().get(o)) fail("an expected entry is not an object");
        for (auto f : o) {
          od::field field;
          std::string_view k;
          check(std::move(f).get(field), "not JSON");
          check(field.unescaped_key().get(k), "not JSON");
          od::value& x = field.value();
          if (k == "surface") {
            g.entry.surface = string_member(x, "surface");
            has_surface = true;
          } else if (k == "value") {
            std::string_view s;
            g.entry.value.reset();
            if (!x.get_string().get(s)) g.entry.value = std::string(s);
          } else if (k == "optional") {
            g.entry.optional = python_truthy(x);
          } else if (k == "category") {
            g.entry.category = string_member(x, "category");
            g.has_category = true;
          }
        }
        if (!has_surface) fail("an expected entry has no surface");
        expected.push_back(std::move(g));
      });
    } else if (key == "traps") {
      c.traps.clear();
      for_elements(v, "traps", [&](od::value& t) { c.traps.push_back(string_member(t, "a trap")); });
    }
  });
  if (!has_id) fail("no id");
  if (!has_text) fail("no text");
  for (pending& g : expected) {
    if (!g.has_category) g.entry.category = c.lang ? *c.lang : "all";
    c.expected.push_back(std::move(g.entry));
  }
  return c;
}

prediction parse_prediction(std::string_view json) {
  prediction p;
  bool has_id = false;
  for_members(json, [&](std::string_view key, od::value& v) {
    if (key == "id") {
      p.id = id_key(v);
      has_id = true;
    } else if (key == "matches") {
      p.matches.clear();
      for_elements(v, "matches", [&](od::value& e) {
        predicted_match m;
        od::json_type t{};
        check(e.type().get(t), "match");
        if (t != od::json_type::object) {
          m.is_object = false;
          p.matches.push_back(m);
          return;
        }
        od::object o;
        check(e.get_object().get(o), "match");
        for (auto f : o) {
          od::field field;
          std::string_view k;
          check(std::move(f).get(field), "not JSON");
          check(field.unescaped_key().get(k), "not JSON");
          od::value& x = field.value();
          if (k == "start") {
            m.start = python_index(x);
          } else if (k == "end") {
            m.end = python_index(x);
          } else if (k == "value") {
            m.value = python_str(x);
          }
        }
        p.matches.push_back(std::move(m));
      });
    }
  });
  if (!has_id) fail("no id");
  return p;
}

std::vector<gold_case> read_gold(const std::string& path) { return read_jsonl(path, parse_gold); }

std::vector<prediction> read_predictions(const std::string& path) { return read_jsonl(path, parse_prediction); }

std::string to_json(const scores& s) {
  std::string out = "{";
  auto num = [&](const char* key, long v) { out += '"' + std::string(key) + "\": " + std::to_string(v) + ", "; };
  auto real = [&](const char* key, double v) { out += '"' + std::string(key) + "\": " + python_repr(v) + ", "; };
  num("cases", s.cases);
  num("gold", s.gold);
  num("predicted", s.predicted);
  real("precision", s.precision);
  real("recall", s.recall);
  real("f1", s.f1);
  real("value_accuracy", s.value_accuracy);
  real("strict_f1", s.strict_f1);
  num("false_positives", s.false_positives);
  num("trap_hits", s.trap_hits);
  num("fp_in_dateless_cases", s.fp_in_dateless_cases);
  num("traps", s.traps);
  num("bad_offsets", s.bad_offsets);
  out += "\"by_category\": {";
  bool first = true;
  for (const auto& [name, c] : s.by_category) {
    if (!first) out += ", ";
    first = false;
    append_python_json_string(out, name);
    out += ": {\"gold\": " + std::to_string(c.gold) + ", \"recall\": " + python_repr(c.recall) +
           ", \"strict_recall\": " + python_repr(c.strict_recall) + "}";
  }
  out += "}}";
  return out;
}

std::string to_text(const scores& s) {
  std::string out;
  auto line = [&](const char* key, const std::string& v) {
    std::string k = key;
    k.resize(std::max<std::size_t>(k.size(), 16), ' ');
    out += k + ' ' + v + '\n';
  };
  line("cases", std::to_string(s.cases));
  line("gold", std::to_string(s.gold));
  line("predicted", std::to_string(s.predicted));
  line("precision", python_repr(s.precision));
  line("recall", python_repr(s.recall));
  line("f1", python_repr(s.f1));
  line("value_accuracy", python_repr(s.value_accuracy));
  line("strict_f1", python_repr(s.strict_f1));
  line("false_positives", std::to_string(s.false_positives));
  line("trap_hits", std::to_string(s.trap_hits));
  line("fp_in_dateless_cases", std::to_string(s.fp_in_dateless_cases));
  line("traps", std::to_string(s.traps));
  line("bad_offsets", std::to_string(s.bad_offsets));
  for (const auto& [name, c] : s.by_category) {
    std::string k = name + std::string(24 - std::min<std::size_t>(24, code_points(name)), ' ');
    char gold[32];
    std::snprintf(gold, sizeof gold, "%4ld", c.gold);
    out += "  " + k + " gold " + gold + "  recall " + fixed3(c.recall) + "  strict " + fixed3(c.strict_recall) + '\n';
  }
  return out;
}

}  // namespace test::eval
