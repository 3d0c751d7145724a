// Numbers as people type them in Persian and Arabic: ASCII, Persian
// (U+06F0..U+06F9) and Arabic-Indic (U+0660..U+0669) digits, freely mixed.
#ifndef TAQVIM_TOOLS_DIGITS_H
#define TAQVIM_TOOLS_DIGITS_H

#include <string>
#include <string_view>

namespace taqvim::cli {

enum class digit_script { latin, persian, arabic };

// Reads one digit at s[i]; on success stores its value, advances i past its
// bytes and returns true.
bool read_digit(std::string_view s, std::size_t& i, unsigned& value) noexcept;

// Rewrites the ASCII digits of s in the given script.
std::string render_digits(std::string_view s, digit_script script);

}  // namespace taqvim::cli

#endif
