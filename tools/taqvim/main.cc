// taqvim: dates in Persian and Arabic text, and calendar conversion.
//
// Exit status: 0 success, 1 some input failed (the rest was still processed),
// 2 usage error. Diagnostics go to stderr, prefixed "taqvim:".
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "convert.h"

namespace {

const std::vector<std::string> calendar_names{"gregorian",   "jalali",      "hijri",
                                              "hijri-iran", "hijri-civil", "hijri-tbla"};

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"taqvim: find dates in Persian and Arabic text; convert between Jalali, Hijri and Gregorian"};
  app.set_version_flag("--version", std::string("taqvim ") + TAQVIM_VERSION);
  app.require_subcommand(1);

  taqvim::cli::convert_options conv;
  std::vector<std::string> dates;
  CLI::App* convert = app.add_subcommand(
      "convert",
      "Convert dates between calendars.\n"
      "  taqvim convert --from jalali --to gregorian 1402-05-15   ->  2023-08-06\n"
      "With no DATE, reads one date per line from stdin and writes one line per input line;\n"
      "a line that is not a valid date gets an empty output line, a message on stderr,\n"
      "and exit status 1 at the end.\n"
      "Calendars: gregorian, jalali, hijri (Umm al-Qura), hijri-iran, hijri-civil, hijri-tbla.");
  std::string from = "jalali", to = "gregorian", digits = "latin";
  convert->add_option("--from,-f", from, "Calendar of the input")
      ->check(CLI::IsMember(calendar_names))
      ->capture_default_str();
  convert->add_option("--to,-t", to, "Calendar of the output")
      ->check(CLI::IsMember(calendar_names))
      ->capture_default_str();
  convert->add_option("--digits", digits, "Digits of the output: latin, persian or arabic")
      ->check(CLI::IsMember({"latin", "persian", "arabic"}))
      ->capture_default_str();
  convert->add_option("DATE", dates,
                      "Dates as Y-M-D or Y/M/D, in ASCII, Persian or Arabic-Indic digits");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and version are "errors" with status 0 that CLI11 prints itself.
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "taqvim: " << e.what() << "\nRun 'taqvim --help' for more information.\n";
    return 2;
  }

  if (convert->parsed()) {
    taqvim::parse_calendar(from, conv.from);
    taqvim::parse_calendar(to, conv.to);
    conv.digits = digits == "persian"  ? taqvim::cli::digit_script::persian
                  : digits == "arabic" ? taqvim::cli::digit_script::arabic
                                       : taqvim::cli::digit_script::latin;
    return taqvim::cli::run_convert(conv, dates, std::cin, std::cout, std::cerr);
  }
  return 2;
}
