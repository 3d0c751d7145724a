// taqvim: dates in Persian and Arabic text, and calendar conversion.
//
// Exit status: 0 success, 1 some input failed (the rest was still processed),
// 2 usage error. Diagnostics go to stderr, prefixed "taqvim:".
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <thread>
#include <string>
#include <vector>

#include "convert.h"
#include "extract_cmd.h"

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

  taqvim::cli::extract_cli_options ext;
  std::vector<std::string> files;
  std::string reference;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Find dates in documents and write them as JSON Lines, TSV, TimeML or annotated text.\n"
      "  taqvim extract news.txt   ->  {\"id\":\"news.txt\",\"matches\":[{\"start\":37,\"end\":73,...}]}\n"
      "  taqvim extract --format annotate news.txt   ->  ... ⟦۱۵ مرداد ۱۴۰۲⟧{2023-08-06} ...\n"
      "Each FILE is one document (\"-\" or none: stdin). With --jsonl, each input line is a record\n"
      "{\"id\": ..., \"text\": ..., \"reference\": ..., \"tz\": ...} (reference and tz optional);\n"
      "a line of only spaces, tabs or CR is not a record. Output, in input order whatever --jobs:\n"
      "  jsonl     one JSON line per document or record; start/end are UTF-8 byte offsets\n"
      "  tsv       a header, then one row per match: id start end text calendar value granularity flags\n"
      "  timex3    one TimeML 1.2.1 document per input document (several need --output-dir)\n"
      "  annotate  the text, each date marked: ⟦text⟧{value}, or in colour on a terminal\n"
      "An input that cannot be used gets {\"id\": ..., \"error\": ...} in jsonl, a message on\n"
      "stderr, and exit status 1 at the end. See 'man taqvim'.");
  extract->add_flag("--jsonl", ext.jsonl, "Read JSON Lines records instead of whole documents");
  extract
      ->add_option("--reference", reference,
                   "Moment that relative and year-less dates resolve against:\n"
                   "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM; a record's own reference wins.\n"
                   "Without one, a publication date found in the text serves")
      ->check([](const std::string& s) {
        return taqvim::reference_time::parse(s) ? std::string()
                                                : "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM";
      });
  extract->add_option("--tz", ext.tz, "IANA zone in which clock times are read; a record's own tz wins")
      ->check([](const std::string& s) { return taqvim::cli::check_zone(s); })
      ->capture_default_str();
  extract
      ->add_option("--max-record-bytes", ext.max_record_bytes,
                   "With --jsonl, a longer line becomes an error record without being held in memory")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40));
  std::string format = "jsonl", colour = "auto";
  extract
      ->add_option("--format", format,
                   "jsonl: one JSON line per document; tsv: one row per match;\n"
                   "timex3: TimeML 1.2.1 with TIMEX3 tags; annotate: the text with each date marked")
      ->check(CLI::IsMember({"jsonl", "tsv", "timex3", "annotate"}))
      ->type_name("FORMAT")
      ->capture_default_str();
  extract->add_option("--output-dir,-o", ext.output_dir,
                      "Write DIR/<name>.jsonl|.tsv|.tml|.txt for each FILE (with --jsonl --format timex3:\n"
                      "DIR/<id>.tml for each record) instead of stdout; DIR is created if missing")
      ->type_name("DIR");
  const unsigned cores = std::thread::hardware_concurrency();
  ext.jobs = cores ? cores : 1;
  extract->add_option("--jobs,-j", ext.jobs, "Documents or records processed at once; the output is the same")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N")
      ->capture_default_str();
  bool progress_on = false, progress_off = false;
  extract->add_flag("--progress", progress_on,
                    "Show bytes and records done, rate and time left on stderr for inputs over 4 MiB\n"
                    "(default: when stderr is a terminal)");
  extract->add_flag("--no-progress", progress_off, "Never show progress")->excludes("--progress");
  extract->add_option("--color,--colour", colour, "annotate: auto (when stdout is a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->capture_default_str();
  extract->add_option("FILE", files, "Documents, or with --jsonl files of records");

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
  if (extract->parsed()) {
    if (!reference.empty()) ext.reference = taqvim::reference_time::parse(reference);
    ext.format = format == "tsv"        ? taqvim::cli::output_format::tsv
                 : format == "timex3"   ? taqvim::cli::output_format::timex3
                 : format == "annotate" ? taqvim::cli::output_format::annotate
                                        : taqvim::cli::output_format::jsonl;
    // Colour only where a person reads it, and never when NO_COLOR asks for none.
    const char* no_colour = std::getenv("NO_COLOR");
    ext.colour = colour == "always" || (colour == "auto" && ext.output_dir.empty() && isatty(STDOUT_FILENO) &&
                                        !(no_colour && *no_colour));
    ext.progress_terminal = isatty(STDERR_FILENO);
    ext.progress = progress_on || (!progress_off && ext.progress_terminal);
    const std::string problem = taqvim::cli::check_usage(ext, files);
    if (!problem.empty()) {
      std::cerr << "taqvim: " << problem << "\nRun 'taqvim extract --help' for more information.\n";
      return 2;
    }
    return taqvim::cli::run_extract(ext, files, std::cin, std::cout, std::cerr);
  }
  return 2;
}
