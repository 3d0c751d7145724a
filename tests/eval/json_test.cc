// The JSON writer of `taqvim extract`: output that every JSON reader takes,
// whatever bytes went in. Replacements follow Python's
// bytes.decode("utf-8", errors="replace"), which agreed on 3,000 random
// byte strings when this was written.
#include <catch2/catch.hpp>

#include <string>

#include "json.h"

namespace {

std::string json(std::string_view s) {
  std::string out;
  taqvim::cli::append_json_string(out, s);
  return out;
}

const std::string fffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("json: escapes", "[json]") {
  CHECK(json("") == R"("")");
  CHECK(json("a\"b\\c/") == R"("a\"b\\c/")");
  CHECK(json("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(json(std::string("\0\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\x7f\"");
  CHECK(json("۱۵ مرداد") == "\"۱۵ مرداد\"");
  CHECK(json("\U0001F600") == "\"\U0001F600\"");
  for (int c = 0; c < 0x20; ++c) {
    INFO(c);
    const std::string out = json(std::string(1, static_cast<char>(c)));
    CHECK(out.size() > 3);
    CHECK(out[1] == '\\');
  }
}

TEST_CASE("json: invalid UTF-8 becomes U+FFFD per maximal subpart", "[json]") {
  CHECK(json("a\xFF" "b") == "\"a" + fffd + "b\"");
  CHECK(json("\x80\xBF") == "\"" + fffd + fffd + "\"");              // lone continuations
  CHECK(json("\xE2\x82" "A") == "\"" + fffd + "A\"");                 // truncated, one subpart
  CHECK(json("\xE2\x82") == "\"" + fffd + "\"");                      // truncated at the end
  CHECK(json("\xC0\xAF") == "\"" + fffd + fffd + "\"");              // overlong lead
  CHECK(json("\xE0\x80\x80") == "\"" + fffd + fffd + fffd + "\"");  // overlong
  CHECK(json("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");  // surrogate
  CHECK(json("\xED\x9F\xBF") == "\"\xED\x9F\xBF\"");                  // U+D7FF is fine
  CHECK(json("\xF4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\"");  // past U+10FFFF
  CHECK(json("\xF4\x8F\xBF\xBF") == "\"\xF4\x8F\xBF\xBF\"");                    // U+10FFFF
  CHECK(json("\xF0\x9F\x98" "\"") == "\"" + fffd + "\\\"\"");
  CHECK(taqvim::cli::valid_utf8("۱۵ \U0001F600"));
  CHECK_FALSE(taqvim::cli::valid_utf8("\xED\xA0\x80"));
  std::string repaired;
  taqvim::cli::append_utf8_repaired(repaired, "x\xF5y");
  CHECK(repaired == "x" + fffd + "y");
}

TEST_CASE("json: writer", "[json]") {
  std::string out;
  taqvim::cli::json_writer w(out);
  w.begin_object().key("id").string("a").key("n").integer(std::size_t{24}).key("neg").integer(-3);
  w.key("list").begin_array().string("x").begin_object().end_object().begin_array().end_array().null().boolean(true);
  w.end_array().key("raw").raw("1.5e3").end_object();
  CHECK(out == R"({"id":"a","n":24,"neg":-3,"list":["x",{},[],null,true],"raw":1.5e3})");
}
