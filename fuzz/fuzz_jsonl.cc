// Fuzz target for `taqvim extract --jsonl`: any bytes are a file of records.
// Whatever the lines hold, every line that is not blank gets exactly one
// output line, in order, and each output line is one JSON object with the
// line's id (or null) and either "matches" or "error"; the exit status is 1
// exactly when some record failed. Nothing is lost, nothing is added.
#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract_cmd.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_jsonl: %s: %s\n", what, detail.c_str());
  std::abort();
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  // The lines `taqvim extract --jsonl` must answer: all but the blank ones.
  std::size_t records = 0;
  {
    std::size_t from = 0;
    while (from < input.size()) {
      std::size_t nl = input.find('\n', from);
      if (nl == std::string::npos) nl = input.size();
      std::string_view line(input.data() + from, nl - from);
      if (from == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
      if (!blank(line)) ++records;
      from = nl + 1;
    }
  }
  taqvim::cli::extract_cli_options opt;
  opt.jsonl = true;
  opt.reference = taqvim::reference_time::parse("2023-08-06T12:00+03:30");
  std::istringstream in(input);
  std::ostringstream out, err;
  const int status = taqvim::cli::run_extract(opt, {}, in, out, err);

  const std::string o = out.str();
  std::vector<std::string> lines;
  {
    std::istringstream s(o);
    std::string l;
    while (std::getline(s, l)) lines.push_back(l);
  }
  if (!o.empty() && o.back() != '\n') fail("output", "does not end with a newline");
  if (lines.size() != records) fail("records", std::to_string(records) + " in, " + std::to_string(lines.size()) + " out");
  bool any_error = false;
  simdjson::dom::parser parser;
  for (const std::string& l : lines) {
    simdjson::dom::element doc;
    // A numeric id is echoed as written, and JSON numbers have no size
    // limit, though simdjson's DOM refuses those past 64 bits: check such a
    // line with the number replaced by 0.
    std::string checked = l;
    if (checked.rfind("{\"id\":", 0) == 0) {
      std::size_t end = 6;
      while (end < checked.size() && std::string_view("-+.0123456789eE").find(checked[end]) != std::string_view::npos) ++end;
      if (end > 6) checked.replace(6, end - 6, "0");
    }
    if (parser.parse(checked).get(doc)) fail("not JSON", l);
    simdjson::dom::object obj;
    if (doc.get_object().get(obj)) fail("not an object", l);
    simdjson::dom::element id, matches, error;
    if (obj["id"].get(id)) fail("no id", l);
    if (!id.is_string() && !id.is_null() && !id.is_number()) fail("id", l);
    const bool has_matches = !obj["matches"].get(matches);
    const bool has_error = !obj["error"].get(error);
    if (has_matches == has_error) fail("neither or both of matches and error", l);
    if (has_error) {
      any_error = true;
      if (!error.is_string()) fail("error", l);
    } else if (!matches.is_array()) {
      fail("matches", l);
    }
  }
  if ((status == 1) != any_error || (status != 0 && status != 1)) fail("status", std::to_string(status));
  return 0;
}
