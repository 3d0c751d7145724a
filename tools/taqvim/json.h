// A JSON writer for taqvim's output records.
//
// Whatever bytes a caller hands in, the output is valid JSON and valid UTF-8:
// ids, file names and error messages come from the outside world and may hold
// anything, and one bad record must not make a whole JSON Lines stream
// unreadable.
#ifndef TAQVIM_TOOLS_JSON_H
#define TAQVIM_TOOLS_JSON_H

#include <charconv>
#include <string>
#include <string_view>
#include <type_traits>

namespace taqvim::cli {

// Appends s with each maximal ill-formed subsequence (Unicode 15, section 3.9,
// as Python's and the WHATWG decoders count them) replaced by U+FFFD.
void append_utf8_repaired(std::string& out, std::string_view s);

// Whether s is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view s) noexcept;

// Appends s as a quoted JSON string: RFC 8259 escapes, short forms where they
// exist, and invalid UTF-8 repaired as above.
void append_json_string(std::string& out, std::string_view s);

// Appends to a caller's string. Members come out in the order they are
// written: the writer neither sorts nor checks for duplicate keys, so a
// caller that writes keys in a fixed order gets byte-identical records.
class json_writer {
 public:
  explicit json_writer(std::string& out) noexcept : out_(out) {}

  json_writer& begin_object() { return open('{'); }
  json_writer& end_object() { return close('}'); }
  json_writer& begin_array() { return open('['); }
  json_writer& end_array() { return close(']'); }

  // The next value written is this member's.
  json_writer& key(std::string_view k) {
    separate();
    append_json_string(out_, k);
    out_ += ':';
    comma_ = false;
    return *this;
  }

  json_writer& string(std::string_view s) {
    separate();
    append_json_string(out_, s);
    return *this;
  }

  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  json_writer& integer(Int v) {
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    return *this;
  }

  json_writer& boolean(bool v) {
    separate();
    out_ += v ? "true" : "false";
    return *this;
  }

  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }

  // `json` must already be one valid JSON value (e.g. a number token taken
  // from validated input); it is copied as is.
  json_writer& raw(std::string_view json) {
    separate();
    out_ += json;
    return *this;
  }

 private:
  void separate() {
    if (comma_) out_ += ',';
    comma_ = true;
  }
  json_writer& open(char c) {
    separate();
    out_ += c;
    comma_ = false;
    return *this;
  }
  json_writer& close(char c) {
    out_ += c;
    comma_ = true;
    return *this;
  }

  std::string& out_;
  // Whether the next value or key needs a comma before it. No stack is
  // needed: a finished container is itself a value of the enclosing one.
  bool comma_ = false;
};

}  // namespace taqvim::cli

#endif
