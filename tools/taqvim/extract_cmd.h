// `taqvim extract`: dates found in documents, as JSON Lines (see the
// evaluation SCHEMA for the record formats), TSV, TimeML or annotated text.
#ifndef TAQVIM_TOOLS_EXTRACT_CMD_H
#define TAQVIM_TOOLS_EXTRACT_CMD_H

#include <taqvim/extract.h>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats.h"

namespace taqvim::cli {

struct extract_cli_options {
  // Input files hold one JSON record per line instead of one document each.
  bool jsonl = false;
  // For every document; a record's own "reference", "tz" and "lang"
  // override them. An empty tz: the zone of the text's variety; an empty
  // lang: the text's letters decide.
  std::optional<reference_time> reference;
  std::string tz;
  std::string lang;
  int hijri_offset = 0;  // days added to Hijri dates (-2..+2)
  // A --jsonl line longer than this is not read into memory: it becomes an
  // error record. Plain documents are streamed and have no limit.
  std::size_t max_record_bytes = std::size_t{64} << 20;
  output_format format = output_format::jsonl;
  // One output file per input document (or per file of records; per record
  // with timex3); empty: everything on stdout.
  std::string output_dir;
  // Threads extracting at once; the output is the same for any number.
  unsigned jobs = 1;
  // annotate: ANSI colour instead of brackets.
  bool colour = false;
  // Progress lines on stderr (for inputs of more than a few MiB), redrawn
  // in place when stderr is a terminal.
  bool progress = false;
  bool progress_terminal = false;
};

// Empty when the options fit together, else why not (a usage error).
std::string check_usage(const extract_cli_options& opt, const std::vector<std::string>& files);

// Empty when the tz database knows the zone, else a message saying it does not.
std::string check_zone(const std::string& name);

// Runs extract over `files` ("-" = `in`; none = `in`), writing each
// document's or record's output in opt.format on `out` (or under
// opt.output_dir), in input order whatever opt.jobs, and a message on `err`
// for each failure. Returns the process exit status: 0, or 1 if any input
// failed (the others are still processed) or an output could not be written.
int run_extract(const extract_cli_options& opt, const std::vector<std::string>& files, std::istream& in,
                std::ostream& out, std::ostream& err);

}  // namespace taqvim::cli

#endif
