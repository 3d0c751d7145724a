#include "json.h"

namespace taqvim::cli {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed sequence at s[i] (Unicode table 3-7), or 0
// with `bad` set to the length of the maximal ill-formed subpart there, so
// that "\xE2\x82" + "A" becomes one U+FFFD and an "A", not two U+FFFD.
std::size_t sequence_length(std::string_view s, std::size_t i, std::size_t& bad) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 == 0xE0) {
    need = 2, lo = 0xA0;  // no overlongs
  } else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) {
    need = 2;
  } else if (b0 == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (b0 == 0xF0) {
    need = 3, lo = 0x90;  // no overlongs
  } else if (b0 >= 0xF1 && b0 <= 0xF3) {
    need = 3;
  } else if (b0 == 0xF4) {
    need = 3, hi = 0x8F;  // nothing past U+10FFFF
  } else {
    bad = 1;  // a continuation byte, C0, C1 or F5..FF
    return 0;
  }
  std::size_t n = 1;
  for (int k = 0; k < need; ++k, lo = 0x80, hi = 0xBF) {
    if (i + n >= s.size()) {
      bad = n;
      return 0;
    }
    const auto c = static_cast<unsigned char>(s[i + n]);
    if (c < lo || c > hi) {
      bad = n;
      return 0;
    }
    ++n;
  }
  return n;
}

// Whether the byte can be copied into a JSON string as is.
constexpr bool plain_ascii(unsigned char c) noexcept { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

}  // namespace

bool valid_utf8(std::string_view s) noexcept {
  std::size_t bad = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(s, i, bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

void append_utf8_repaired(std::string& out, std::string_view s) {
  std::size_t run = 0;  // start of the pending well-formed bytes
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t bad = 0;
    if (const std::size_t n = sequence_length(s, i, bad)) {
      i += n;
      continue;
    }
    out.append(s.data() + run, i - run);
    out += replacement;
    i += bad;
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  std::size_t run = 0;
  std::size_t i = 0;
  auto flush = [&] { out.append(s.data() + run, i - run); };
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (plain_ascii(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t bad = 0;
      if (const std::size_t n = sequence_length(s, i, bad)) {
        i += n;
        continue;
      }
      flush();
      out += replacement;
      i += bad;
      run = i;
      continue;
    }
    flush();
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
    run = ++i;
  }
  flush();
  out += '"';
}

}  // namespace taqvim::cli
