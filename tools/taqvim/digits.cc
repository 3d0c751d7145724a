#include "digits.h"

namespace taqvim::cli {

bool read_digit(std::string_view s, std::size_t& i, unsigned& value) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 >= '0' && b0 <= '9') {
    value = b0 - '0';
    i += 1;
    return true;
  }
  if (i + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  // U+0660..U+0669 is D9 A0..D9 A9; U+06F0..U+06F9 is DB B0..DB B9.
  if ((b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) || (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9)) {
    value = b1 & 0x0F;
    i += 2;
    return true;
  }
  return false;
}

std::string render_digits(std::string_view s, digit_script script) {
  if (script == digit_script::latin) return std::string(s);
  const unsigned char lead = script == digit_script::persian ? 0xDB : 0xD9;
  const unsigned char base = script == digit_script::persian ? 0xB0 : 0xA0;
  std::string out;
  out.reserve(s.size() * 2);
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      out += static_cast<char>(lead);
      out += static_cast<char>(base + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace taqvim::cli
