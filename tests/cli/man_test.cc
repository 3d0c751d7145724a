// The manual page documents every command and every option that --help
// lists, so that the two cannot drift apart.
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

#include "run.h"

namespace {

const std::string page = test::slurp(std::string(TAQVIM_SOURCE_DIR) + "/man/taqvim.1.in");

// Long options in a --help text's Options section: "--jobs", "--output-dir" ...
std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> out;
  const std::size_t from = help.find("Options:");
  REQUIRE(from != std::string::npos);
  const std::string options = help.substr(from);
  const std::regex option(R"((^|[ ,])--([a-z][a-z0-9-]*))");
  for (auto it = std::sregex_iterator(options.begin(), options.end(), option); it != std::sregex_iterator(); ++it)
    out.insert((*it)[2]);
  return out;
}

// "--output-dir" as roff writes it: \-\-output\-dir.
std::string roff(const std::string& name) {
  std::string s = "\\-\\-";
  for (char c : name) s += c == '-' ? std::string("\\-") : std::string(1, c);
  return s;
}

}  // namespace

TEST_CASE("man page: a section for every command, every option described", "[cli][man]") {
  REQUIRE(!page.empty());
  const auto top = test::run_taqvim("--help");
  REQUIRE(top.status == 0);
  const std::size_t at = top.out.find("Subcommands:");
  REQUIRE(at != std::string::npos);
  const auto commands = test::lines(top.out.substr(at));
  std::size_t seen = 0;
  for (std::size_t i = 1; i < commands.size(); ++i) {
    // A command's line is indented by two spaces; its description's further lines by more.
    const std::string& line = commands[i];
    if (line.size() < 3 || line.compare(0, 2, "  ") != 0 || line[2] == ' ') continue;
    const std::string name = line.substr(2, line.find(' ', 2) - 2);
    INFO(name);
    ++seen;
    CHECK(page.find(".SS \"taqvim " + name + "\"") != std::string::npos);
    const auto help = test::run_taqvim(name + " --help");
    REQUIRE(help.status == 0);
    for (const std::string& option : long_options(help.out)) {
      if (option == "help") continue;
      INFO(option);
      CHECK(page.find(roff(option)) != std::string::npos);
    }
  }
  CHECK(seen >= 2);
}
