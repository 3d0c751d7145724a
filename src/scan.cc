#include "scan.h"

#include <taqvim/text/normalize.h>

#include <array>

namespace taqvim {
namespace scan {
namespace {

// Symbols of the Arabic block: Arabic punctuation and signs.
constexpr bool arabic_symbol(char32_t c) noexcept {
  return (c >= 0x600 && c <= 0x60F) || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x6DE || c == 0x6E9;
}

// Symbols that separate words although they are not ASCII.
bool is_symbol(char32_t c) noexcept {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) ||
         (c >= 0x600 && c <= 0x60F) || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x6DE || c == 0x6E9 ||
         c == 0xFD3E || c == 0xFD3F || c == 0xFFFD;  // ﴾ ﴿: ornate parentheses
}

// Longest lexicon phrase starting at s[i] that ends at a word end. Blanks
// inside the text are skipped where the trie goes on, so that a phrase
// stored as سهشنبه matches سه شنبه and سهشنبه alike.
// The node after the first character, by table rather than by search: most
// words are not in the lexicon, and most of those fail right here.
// The nodes after the first one or two characters, by table rather than by
// search: most words are not in the lexicon, and most of those fail within
// two letters. Arabic-block letters index as (lead - D8) * 64 + (b1 - 80).
struct first_steps_table {
  std::uint32_t ascii[128] = {};
  std::uint32_t arabic[256] = {};
  // For a node reached by one Arabic letter: its row in `second`, plus one.
  std::vector<std::uint16_t> row_of;
  std::vector<std::array<std::uint32_t, 256>> second;
};

std::uint32_t arabic_step(const lexicon::trie& t, std::uint32_t node, unsigned index) noexcept {
  const std::uint32_t n = lexicon::step(t, node, static_cast<unsigned char>(0xD8 + index / 64));
  return n ? lexicon::step(t, n, static_cast<unsigned char>(0x80 + index % 64)) : 0;
}

const first_steps_table& first_steps() {
  static const first_steps_table f = [] {
    first_steps_table r;
    const lexicon::trie& t = lexicon::table();
    r.row_of.assign(t.nodes, 0);
    for (unsigned b = 0; b < 128; ++b) r.ascii[b] = lexicon::step(t, 0, static_cast<unsigned char>(b));
    for (unsigned a = 0; a < 256; ++a) {
      const std::uint32_t n = arabic_step(t, 0, a);
      r.arabic[a] = n;
      if (!n || r.row_of[n]) continue;
      std::array<std::uint32_t, 256> row{};
      for (unsigned b = 0; b < 256; ++b) row[b] = arabic_step(t, n, b);
      r.second.push_back(row);
      r.row_of[n] = static_cast<std::uint16_t>(r.second.size());
    }
    return r;
  }();
  return f;
}

// Every step along one Arabic-block letter, from every node that starts a
// character, in one open-addressing table: a probe per letter instead of two
// binary searches per letter.
class letter_steps {
 public:
  letter_steps() {
    const lexicon::trie& t = lexicon::table();
    std::vector<std::uint64_t> found_keys;
    std::vector<std::uint32_t> found_values;
    std::vector<bool> seen(t.nodes, false);
    std::vector<std::uint32_t> todo{0};
    seen[0] = true;
    // Nodes that begin a character: the root, and every node one whole
    // character below such a node.
    const auto visit = [&](std::uint32_t n) {
      if (!seen[n]) {
        seen[n] = true;
        todo.push_back(n);
      }
    };
    while (!todo.empty()) {
      const std::uint32_t n = todo.back();
      todo.pop_back();
      for (std::uint32_t e = t.edge_begin[n]; e < t.edge_begin[n + 1]; ++e) {
        const unsigned b = t.labels[e];
        const std::uint32_t c = t.targets[e];
        if (b < 0x80) {
          visit(c);
          continue;
        }
        const unsigned more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
        std::vector<std::uint32_t> frontier{c};
        for (unsigned k = 0; k < more; ++k) {
          std::vector<std::uint32_t> next;
          for (std::uint32_t f : frontier)
            for (std::uint32_t g = t.edge_begin[f]; g < t.edge_begin[f + 1]; ++g) {
              next.push_back(t.targets[g]);
              if (more == 1 && b >= 0xD8 && b <= 0xDB) {
                found_keys.push_back(key(n, (b - 0xD8) * 64U + (t.labels[g] - 0x80U)));
                found_values.push_back(t.targets[g]);
              }
            }
          frontier.swap(next);
        }
        for (std::uint32_t f : frontier) visit(f);
      }
    }
    std::size_t size = 16;
    while (size < found_keys.size() * 2) size *= 2;
    mask_ = size - 1;
    keys_.assign(size, 0);
    values_.assign(size, 0);
    for (std::size_t i = 0; i < found_keys.size(); ++i) {
      std::size_t h = hash(found_keys[i]) & mask_;
      while (keys_[h] != 0) h = (h + 1) & mask_;
      keys_[h] = found_keys[i];
      values_[h] = found_values[i];
    }
  }
  // The child of `node` (which starts a character) along Arabic letter
  // `index`, or 0.
  std::uint32_t operator()(std::uint32_t node, unsigned index) const noexcept {
    const std::uint64_t k = key(node, index);
    for (std::size_t h = hash(k) & mask_;; h = (h + 1) & mask_) {
      if (keys_[h] == k) return values_[h];
      if (keys_[h] == 0) return 0;
    }
  }

 private:
  // Never 0, which marks an empty slot.
  static std::uint64_t key(std::uint32_t node, unsigned index) noexcept {
    return (std::uint64_t{node} << 8 | index) + 1;
  }
  static std::size_t hash(std::uint64_t k) noexcept {
    return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ULL) >> 32);
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t mask_ = 0;
};

const letter_steps& steps_by_letter() {
  static const letter_steps s;
  return s;
}

bool arabic_letter_bytes(std::string_view s, std::size_t i, unsigned& index) noexcept {
  if (i + 1 >= s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
  if (b0 < 0xD8 || b0 > 0xDB || (b1 & 0xC0) != 0x80) return false;
  index = (b0 - 0xD8) * 64U + (b1 - 0x80U);
  return true;
}

bool longest_phrase(std::string_view s, std::size_t i, std::uint32_t& end, std::uint32_t& eb,
                    std::uint32_t& ee) noexcept {
  const lexicon::trie& t = lexicon::table();
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::uint32_t node = 0;
  std::size_t pos = i;
  if (b0 < 0x80) {
    node = first_steps().ascii[b0];
    pos = i + 1;
  } else if (b0 >= 0xD8 && b0 <= 0xDB) {
    unsigned a = 0;
    if (!arabic_letter_bytes(s, i, a)) return false;
    const first_steps_table& f = first_steps();
    node = f.arabic[a];
    pos = i + 2;
    // A second letter straight after the first: one more table step.
    unsigned b = 0;
    if (node && arabic_letter_bytes(s, pos, b) && t.entry_begin[node] == t.entry_begin[node + 1]) {
      node = f.second[f.row_of[node] - 1][b];
      pos += 2;
    }
  } else {
    node = lexicon::step(t, 0, b0);
    pos = i + 1;
    // Finish the character by search; no entry ends inside one.
    while (node && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
      node = lexicon::step(t, node, static_cast<unsigned char>(s[pos++]));
  }
  if (!node) return false;
  bool found = false;
  const auto record = [&] {
    std::size_t len = 0;
    if (t.entry_begin[node] != t.entry_begin[node + 1] && (pos >= s.size() || !letter_at(s, pos, len))) {
      found = true;
      end = static_cast<std::uint32_t>(pos);
      eb = t.entry_begin[node];
      ee = t.entry_begin[node + 1];
    }
  };
  record();
  while (pos < s.size()) {
    std::size_t next = pos;
    if (s[pos] == ' ') {
      while (next < s.size() && s[next] == ' ') ++next;
      if (next == s.size() || !lexicon::step(t, node, static_cast<unsigned char>(s[next]))) break;
    }
    unsigned letter = 0;
    if (arabic_letter_bytes(s, next, letter)) {
      const std::uint32_t child = steps_by_letter()(node, letter);
      if (!child) break;
      node = child;
      pos = next + 2;
    } else {
      const std::uint32_t child = lexicon::step(t, node, static_cast<unsigned char>(s[next]));
      if (!child) break;
      node = child;
      pos = next + 1;
    }
    if (t.entry_begin[node] != t.entry_begin[node + 1] &&
        (pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80)) {
      std::size_t len = 0;
      if (pos >= s.size() || !letter_at(s, pos, len)) {
        found = true;
        end = static_cast<std::uint32_t>(pos);
        eb = t.entry_begin[node];
        ee = t.entry_begin[node + 1];
      }
    }
  }
  return found;
}

}  // namespace

bool letter_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return (b0 >= 'a' && b0 <= 'z') || (b0 >= 'A' && b0 <= 'Z');
  }
  // The Arabic block, most of what Persian and Arabic text holds.
  if (b0 >= 0xD8 && b0 <= 0xDB && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
    len = 2;
    const char32_t c = (char32_t{b0} & 0x1F) << 6 | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    return !arabic_symbol(c);
  }
  len = text::utf8_sequence_length(s, i);
  if (len == 0) {
    len = 1;
    return false;
  }
  return !is_symbol(text::decode_utf8(s, i, len));
}

void tokenize(std::string_view s, std::vector<token>& out) {
  bool space = false;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const char c = s[i];
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    token tok;
    tok.space_before = space;
    tok.begin = static_cast<std::uint32_t>(i);
    space = false;
    if (c == '\n') {
      tok.t = type::newline;
      tok.end = static_cast<std::uint32_t>(++i);
      out.push_back(tok);
      continue;
    }
    if (c >= '0' && c <= '9') {
      std::uint64_t v = 0;
      unsigned d = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (v < 1000000000) v = v * 10 + static_cast<unsigned>(s[i] - '0');
        ++d;
        ++i;
      }
      tok.t = type::number;
      tok.value = static_cast<std::uint32_t>(v > 999999999 ? 999999999 : v);
      tok.digits = static_cast<std::uint8_t>(d > 255 ? 255 : d);
      tok.end = static_cast<std::uint32_t>(i);
      out.push_back(tok);
      continue;
    }
    std::size_t len = 0;
    if (!letter_at(s, i, len)) {
      tok.t = type::punct;
      tok.punct = static_cast<unsigned char>(c) < 0x80 ? c : 0;
      i += len;
      tok.end = static_cast<std::uint32_t>(i);
      out.push_back(tok);
      continue;
    }
    std::uint32_t end = 0, eb = 0, ee = 0;
    if (longest_phrase(s, i, end, eb, ee)) {
      tok.t = type::lex;
    } else if (s.substr(i, 2) == "\xD9\x88" && i + 2 < n && letter_at(s, i + 2, len) &&
               longest_phrase(s, i + 2, end, eb, ee)) {
      // و (and) written onto the next word: والأربعاء, وأمس.
      tok.t = type::lex;
      tok.waw = true;
      tok.begin = static_cast<std::uint32_t>(i + 2);
    }
    if (tok.t == type::lex) {
      tok.end = end;
      tok.entry_begin = eb;
      tok.entry_end = ee;
      const lexicon::trie& lex = lexicon::table();
      for (std::uint32_t e = eb; e < ee; ++e) {
        tok.kinds |= static_cast<std::uint16_t>(1U << static_cast<unsigned>(lex.entries[e].k));
        if (lex.entries[e].k == lexicon::kind::filler)
          tok.fillers |= static_cast<std::uint16_t>(1U << static_cast<unsigned>(lex.entries[e].value));
      }
      i = end;
      out.push_back(tok);
      continue;
    }
    tok.t = type::word;
    while (i < n && letter_at(s, i, len)) i += len;
    tok.end = static_cast<std::uint32_t>(i);
    out.push_back(tok);
  }
}

}  // namespace scan
}  // namespace taqvim
