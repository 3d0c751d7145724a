// The output formats of `taqvim extract`: one writer per document, fed the
// document's text between matches and the matches themselves, in order.
#ifndef TAQVIM_TOOLS_FORMATS_H
#define TAQVIM_TOOLS_FORMATS_H

#include <taqvim/extract.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace taqvim::cli {

enum class output_format { jsonl, tsv, timex3, annotate };

// How a document is named in the output: a string, a JSON number token
// kept as written, or nothing usable (null).
struct document_id {
  enum kind_t { string, number, none } kind = string;
  std::string_view text;
};

struct writer_options {
  output_format format = output_format::jsonl;
  // annotate: ANSI colour instead of brackets.
  bool colour = false;
  // annotate: a "==> id <==" line before each document, for output that
  // holds several.
  bool headers = false;
};

// Appends to `out`, which must outlive the writer and may be emptied
// between calls (a streamed document is flushed as it goes).
class document_writer {
 public:
  virtual ~document_writer() = default;
  // `dct`: the document creation time (timex3 writes it as <DCT>).
  virtual void begin(const document_id& id, const std::optional<reference_time>& dct) = 0;
  // The document's text from the end of the last match to the next one.
  virtual void text(std::string_view) {}
  virtual void add(const match& m, std::string_view surface) = 0;
  // `error`: why the document stopped early, or empty.
  virtual void end(const std::string& error) = 0;
  // Whether text() is used: formats that do not show the text let a
  // caller skip handing it over.
  virtual bool wants_text() const { return false; }
};

std::unique_ptr<document_writer> make_writer(const writer_options& opt, std::string& out);

// What a format writes for a document that could not be used at all:
// JSON Lines has its error record, the others write nothing (stderr says why).
void write_error_document(const writer_options& opt, std::string& out, const document_id& id, const std::string& why);

// What starts each output stream (TSV's header line), or empty.
std::string_view stream_header(output_format f);

// The file name extension of a format's output, with the dot.
std::string_view extension(output_format f);

// The TIMEX3 type and value for a match (exposed for tests of the mapping).
struct timex3_value {
  std::string type;   // DATE, TIME or DURATION
  std::string value;  // 2023-08-06, 2023-08-06T19:17, 2023-W32, P31D ...
  // A DURATION spans these days, written as beginPoint/endPoint anchors.
  std::string begin_point, end_point;
};
timex3_value timex3_of(const match& m);

}  // namespace taqvim::cli

#endif
