// taqvim: dates in Persian and Arabic text, and calendar conversion.
//
// Exit status: 0 success, 1 some input failed (the rest was still processed),
// 2 usage error. Diagnostics go to stderr, prefixed "taqvim:".
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

#include "convert.h"
#include "extract_cmd.h"
#include "text_cmds.h"

#include <date/tz.h>

#include <chrono>

namespace {

const std::vector<std::string> calendar_names{"gregorian",   "jalali",      "hijri",        "hijri-iran",
                                              "hijri-civil", "hijri-tbla", "hijri-printed"};

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
      "Calendars: gregorian, jalali, hijri (Umm al-Qura as KACST computes it), hijri-printed\n"
      "(Umm al-Qura as printed and used, 1343-1450 AH), hijri-iran, hijri-civil, hijri-tbla.");
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
  convert->add_flag("--strict", conv.strict,
                   "An approximate result (outside a Hijri calendar's published table) is an error:\n"
                   "an empty output line, a message on stderr, exit status 1");
  std::string convert_format = "plain";
  convert
      ->add_option("--format", convert_format,
                   "plain: one result per line; tsv: INPUT<TAB>OUTPUT<TAB>STATUS per line,\n"
                   "STATUS exact, approximate or error")
      ->check(CLI::IsMember({"plain", "tsv"}))
      ->capture_default_str();
  convert
      ->add_option("--hijri-offset", conv.hijri_offset,
                   "Days the Hijri calendar runs late (+1: every month begins a day later), -2..2")
      ->check(CLI::Range(-2, 2))
      ->capture_default_str();
  std::string hijri_table_file;
  convert->add_option("--hijri-table", hijri_table_file,
                      "File of Hijri month starts (lines YEAR/MONTH YYYY-MM-DD) that replace, within\n"
                      "its months, the Hijri calendar named by --from or --to");
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
      "{\"id\": ..., \"text\": ..., \"reference\": ..., \"tz\": ..., \"lang\": ...} (all but id and text optional);\n"
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
  extract
      ->add_option("--tz", ext.tz,
                   "IANA zone in which clock times are read; a record's own tz wins.\n"
                   "Default: Asia/Tehran, or Asia/Kabul for Afghan Persian")
      ->check([](const std::string& s) { return taqvim::cli::check_zone(s); });
  extract
      ->add_option("--lang", ext.lang,
                   "fa, fa-AF or ar: the language of every document; a record's own lang wins.\n"
                   "Default: the text's letters decide")
      ->check([](const std::string& s) {
        taqvim::extract_options o;
        o.lang = s;
        return taqvim::check(o);
      });
  extract
      ->add_option("--hijri-offset", ext.hijri_offset,
                   "Days added to every Hijri date (-2..2), for a local sighting: +1 moves\n"
                   "1 Ramadan 1445 from 2024-03-11 to 2024-03-12. A date the text pins stays")
      ->check(CLI::Range(-2, 2));
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

  taqvim::cli::format_options fmt;
  std::vector<std::string> fmt_dates;
  CLI::App* format_cmd = app.add_subcommand(
      "format",
      "Write Gregorian days as text in a calendar.\n"
      "  taqvim format --style full 2023-08-06   ->  یکشنبه ۱۵ مرداد ۱۴۰۲\n"
      "  taqvim format --lang ar --calendar hijri --style full 2023-10-07  ->  السبت 22 ربيع الأول 1445 هـ\n"
      "With no DATE, reads one Gregorian date per line from stdin and writes one line per input line.");
  std::string fmt_calendar, fmt_lang = "fa", fmt_style = "long", fmt_names = "standard", fmt_digits;
  format_cmd->add_option("--calendar,-c", fmt_calendar,
                         "Calendar of the text (default: jalali for fa, gregorian for ar)")
      ->check(CLI::IsMember(calendar_names));
  format_cmd->add_option("--lang,-l", fmt_lang, "Language: fa or ar")
      ->check(CLI::IsMember({"fa", "ar"}))
      ->capture_default_str();
  format_cmd->add_option("--style,-s", fmt_style,
                         "full (with the weekday), long, short (day and month) or numeric (Y/MM/DD)")
      ->check(CLI::IsMember({"full", "long", "short", "numeric"}))
      ->capture_default_str();
  format_cmd
      ->add_option("--names", fmt_names,
                   "Month names: egyptian, levantine, iraqi, maghrebi (ar); persian, afghan (fa)")
      ->check(CLI::IsMember({"standard", "egyptian", "levantine", "iraqi", "maghrebi", "persian", "afghan"}))
      ->capture_default_str();
  format_cmd->add_option("--digits", fmt_digits, "latin, persian or arabic (default: persian for fa, latin for ar)")
      ->check(CLI::IsMember({"latin", "persian", "arabic"}));
  format_cmd->add_option("DATE", fmt_dates, "Gregorian dates as Y-M-D or Y/M/D, in any digits");

  std::string cal_calendar = "jalali";
  CLI::App* cal_cmd = app.add_subcommand(
      "cal",
      "Show a month (or a year) of a calendar, weeks from Saturday, the Gregorian day beside each day.\n"
      "  taqvim cal 1402 5        the Jalali month Mordad 1402\n"
      "  taqvim cal --calendar hijri 1445     every month of 1445 AH (Umm al-Qura)\n"
      "With no YEAR, today's month.");
  cal_cmd->add_option("--calendar,-c", cal_calendar, "jalali, hijri, hijri-iran, hijri-printed or gregorian")
      ->check(CLI::IsMember({"jalali", "hijri", "hijri-iran", "hijri-printed", "gregorian"}))
      ->capture_default_str();
  std::string cal_year, cal_month;
  cal_cmd->add_option("YEAR", cal_year, "Year of the calendar, in any digits (default: today's month)");
  cal_cmd->add_option("MONTH", cal_month, "Month 1..12 (default: the whole year)");

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
    conv.digits = digits == "persian"  ? taqvim::digit_script::persian
                  : digits == "arabic" ? taqvim::digit_script::arabic
                                       : taqvim::digit_script::latin;
    conv.tsv = convert_format == "tsv";
    if (!hijri_table_file.empty()) {
      const taqvim::calendar base = taqvim::is_hijri(conv.from) ? conv.from : conv.to;
      if (!taqvim::is_hijri(base)) {
        std::cerr << "taqvim: --hijri-table needs a Hijri calendar in --from or --to\n";
        return 2;
      }
      std::ifstream file(hijri_table_file, std::ios::binary);
      std::ostringstream text;
      text << file.rdbuf();
      if (!file) {
        std::cerr << "taqvim: " << hijri_table_file << ": cannot read\n";
        return 2;
      }
      std::string why;
      conv.hijri_table = taqvim::hijri_month_table::parse(text.str(), base, why);
      if (!conv.hijri_table) {
        std::cerr << "taqvim: " << hijri_table_file << ": " << why << '\n';
        return 2;
      }
    }
    return taqvim::cli::run_convert(conv, dates, std::cin, std::cout, std::cerr);
  }
  if (format_cmd->parsed()) {
    fmt.lang = fmt_lang == "ar" ? taqvim::language::ar : taqvim::language::fa;
    if (fmt_calendar.empty()) fmt_calendar = fmt.lang == taqvim::language::ar ? "gregorian" : "jalali";
    taqvim::parse_calendar(fmt_calendar, fmt.cal);
    fmt.style = fmt_style == "full"    ? taqvim::date_style::full
                : fmt_style == "short" ? taqvim::date_style::short_form
                : fmt_style == "numeric" ? taqvim::date_style::numeric
                                         : taqvim::date_style::long_form;
    const std::pair<const char*, taqvim::month_naming> namings[] = {
        {"egyptian", taqvim::month_naming::egyptian}, {"levantine", taqvim::month_naming::levantine},
        {"iraqi", taqvim::month_naming::iraqi},       {"maghrebi", taqvim::month_naming::maghrebi},
        {"persian", taqvim::month_naming::persian},   {"afghan", taqvim::month_naming::afghan}};
    for (const auto& [n, v] : namings) {
      if (fmt_names == n) fmt.naming = v;
    }
    if (fmt_digits.empty()) fmt_digits = fmt.lang == taqvim::language::ar ? "latin" : "persian";
    fmt.digits = fmt_digits == "persian"  ? taqvim::digit_script::persian
                 : fmt_digits == "arabic" ? taqvim::digit_script::arabic
                                          : taqvim::digit_script::latin;
    return taqvim::cli::run_format(fmt, fmt_dates, std::cin, std::cout, std::cerr);
  }
  if (cal_cmd->parsed()) {
    taqvim::calendar c{};
    taqvim::parse_calendar(cal_calendar, c);
    taqvim::cli::cal_options co;
    if (cal_year.empty()) {
      // Today in the machine's zone; UTC when the zone cannot be found.
      const auto now = std::chrono::system_clock::now();
      date::sys_days today = date::floor<date::days>(now);
      try {
        today = date::sys_days{date::floor<date::days>(date::make_zoned(date::current_zone(), now).get_local_time())
                                   .time_since_epoch()};
      } catch (const std::exception&) {
      }
      co = taqvim::cli::month_of(c, today);
    } else {
      std::string why;
      // YEAR and MONTH read as a date's fields, so any digits serve.
      const std::string text = cal_year + "-" + (cal_month.empty() ? std::string("1") : cal_month) + "-1";
      const auto f = taqvim::parse_ymd(text, why);
      if (!f) {
        std::cerr << "taqvim: cal: " << (why.rfind("not a date", 0) == 0 ? "YEAR and MONTH must be numbers" : why)
                  << "\nRun 'taqvim --help' for more information.\n";
        return 2;
      }
      co = {c, f->year, cal_month.empty() ? 0U : f->month};
    }
    taqvim::cli::run_cal(co, std::cout, std::cerr);
    std::cout.flush();
    return std::cout ? 0 : 1;
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
