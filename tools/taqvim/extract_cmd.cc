#include "extract_cmd.h"

#include <date/tz.h>
#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <istream>
#include <ostream>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>

#include "formats.h"
#include "json.h"
#include "pipeline.h"
#include "progress.h"

namespace taqvim::cli {
namespace {

namespace od = simdjson::ondemand;

// Input text quoted for a message: quotes and control characters escaped,
// so that neither the JSON record nor a terminal showing stderr can be
// confused by what a document holds.
std::string shown(std::string_view s) {
  std::string q;
  append_json_string(q, s);
  return q;
}

// What a record's member turned out to be.
enum class kind { absent, null, string, number, other };

struct member {
  kind k = kind::absent;
  // The unescaped string, or the number's JSON token; it lives in the
  // parser's buffers until the next document is parsed.
  std::string_view s;
};

struct record {
  bool is_object = false;
  member id, text, reference, tz, lang;
};

std::string_view trim_token(std::string_view t) noexcept {
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r' || t.back() == '\n')) {
    t.remove_suffix(1);
  }
  return t;
}

// RFC 8259's number grammar. simdjson's parsers refuse numbers beyond
// double or 64-bit range, which are still JSON (and still ids).
bool number_syntax(std::string_view t) noexcept {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.' && (++i, !digits())) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

// Reads every part of the value, so that malformed JSON anywhere in a
// record is caught; the On-Demand API would otherwise skip unread members
// ("lang": tru) without looking at them.
template <class Value>
simdjson::error_code validate(Value& v) {
  od::json_type t{};
  if (auto e = v.type().get(t)) return e;
  switch (t) {
    case od::json_type::array: {
      od::array a;
      if (auto e = v.get_array().get(a)) return e;
      for (auto element : a) {
        od::value x;
        if (auto e = std::move(element).get(x)) return e;
        if (auto e = validate(x)) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::object: {
      od::object o;
      if (auto e = v.get_object().get(o)) return e;
      for (auto f : o) {
        od::field field;
        std::string_view key;
        if (auto e = std::move(f).get(field)) return e;
        if (auto e = field.unescaped_key().get(key)) return e;
        if (auto e = validate(field.value())) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::number:
      return number_syntax(trim_token(v.raw_json_token())) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    case od::json_type::string: {
      std::string_view s;
      return v.get_string().get(s);
    }
    case od::json_type::boolean: {
      bool b = false;
      return v.get_bool().get(b);
    }
    case od::json_type::null: {
      bool is_null = false;
      if (auto e = v.is_null().get(is_null)) return e;
      return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code read_member(od::value& v, member& m) {
  od::json_type t{};
  if (auto e = v.type().get(t)) return e;
  if (t == od::json_type::string) {
    const simdjson::error_code e = v.get_string().get(m.s);
    m.k = e ? kind::other : kind::string;
    return e;
  }
  if (t == od::json_type::number) {
    // Echoed raw in an error record, so only once known to be a number.
    m.s = trim_token(v.raw_json_token());
    m.k = number_syntax(m.s) ? kind::number : kind::other;
  } else {
    m.k = t == od::json_type::null ? kind::null : kind::other;
  }
  return validate(v);
}

// Fills `r` as far as the JSON is readable; the error is the first JSON
// error met, after which the members read so far (the id, say) stay usable.
simdjson::error_code read_record(od::document& doc, record& r) {
  od::json_type t{};
  if (auto e = doc.type().get(t)) return e;
  if (t != od::json_type::object) return validate(doc);
  r.is_object = true;
  od::object o;
  if (auto e = doc.get_object().get(o)) return e;
  for (auto f : o) {
    od::field field;
    std::string_view key;
    if (auto e = std::move(f).get(field)) return e;
    if (auto e = field.unescaped_key().get(key)) return e;
    // A repeated member replaces the earlier one, as in most JSON readers.
    member* m = key == "id"          ? &r.id
                : key == "text"      ? &r.text
                : key == "reference" ? &r.reference
                : key == "tz"        ? &r.tz
                : key == "lang"      ? &r.lang
                                     : nullptr;
    if (m) {
      *m = member{};
      if (auto e = read_member(field.value(), *m)) return e;
    } else if (auto e = validate(field.value())) {
      return e;
    }
  }
  // A finished document has no location left; anything else is a second value.
  if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) return simdjson::TRAILING_CONTENT;
  return simdjson::SUCCESS;
}

// simdjson's messages speak of its own workings ("does not have the
// requested type" for a misspelt `true`); these speak of the line.
std::string json_problem(simdjson::error_code e) {
  switch (e) {
    case simdjson::UNCLOSED_STRING: return "a string is not closed";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: return "an object or array is not closed";
    case simdjson::TAPE_ERROR: return "a comma, colon, brace or bracket is missing or misplaced";
    case simdjson::TRAILING_CONTENT: return "more than one value on the line";
    case simdjson::STRING_ERROR: return "a string has a bad escape or a lone surrogate";
    case simdjson::UNESCAPED_CHARS: return "a string holds an unescaped control character";
    case simdjson::DEPTH_ERROR: return "nested too deeply";
    case simdjson::INCORRECT_TYPE:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::NUMBER_ERROR:
      return "a value is none of string, number, object, array, true, false, null";
    default: return simdjson::error_message(e);
  }
}

// std::getline, but a line past `limit` bytes is skipped to its end rather
// than stored, and whole runs of bytes are searched for the line end (the
// reader is the one part of `extract --jsonl` that does not run in
// parallel). Reads what the stream has at hand, so records arriving through
// a pipe are answered as they come.
class line_reader {
 public:
  // `whole_reads`: the input is a file, read in large blocks straight into
  // the reader's buffer; otherwise (a pipe, a terminal) the reader takes
  // what has arrived.
  line_reader(std::istream& in, bool whole_reads) : sb_(in.rdbuf()), whole_reads_(whole_reads) {}

  // Appends the next line, without its LF, to `dest`. False at the end of
  // input (or at a read error: see bad()); `too_long` for a line past
  // `limit` bytes, skipped to its end and not appended.
  bool next(std::string& dest, std::size_t limit, bool& too_long) {
    const std::size_t start = dest.size();
    too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == end_ && !refill()) return any;
      any = true;
      const char* s = buf_ + pos_;
      const auto* nl = static_cast<const char*>(std::memchr(s, '\n', end_ - pos_));
      const std::size_t len = nl ? static_cast<std::size_t>(nl - s) : end_ - pos_;
      if (!too_long) {
        if (dest.size() - start + len > limit) {
          too_long = true;
          dest.resize(start);
        } else {
          dest.append(s, len);
        }
      }
      pos_ += len + (nl ? 1 : 0);
      consumed_ += len + (nl ? 1 : 0);
      if (nl) return true;
    }
  }
  bool bad() const noexcept { return bad_; }
  // Bytes of input read so far, line ends and skipped lines included.
  std::uint64_t consumed() const noexcept { return consumed_; }

 private:
  bool refill() {
    if (done_) return false;
    pos_ = end_ = 0;
    try {
      std::streamsize n = 0;
      if (whole_reads_) {
        n = sb_->sgetn(buf_, sizeof buf_);
      } else if (sb_->sgetc() != std::char_traits<char>::eof()) {
        // sgetc() waits for some input; in_avail() then says how much is buffered.
        const std::streamsize avail = std::max<std::streamsize>(1, sb_->in_avail());
        n = sb_->sgetn(buf_, std::min<std::streamsize>(avail, sizeof buf_));
      }
      end_ = n > 0 ? static_cast<std::size_t>(n) : 0;
    } catch (const std::exception&) {
      // libstdc++'s file buffer throws on a read error (a directory, EIO).
      bad_ = true;
    }
    if (end_ == 0) done_ = true;
    return end_ > 0;
  }

  std::streambuf* sb_;
  const bool whole_reads_;
  char buf_[1 << 16];
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t consumed_ = 0;
  bool done_ = false, bad_ = false;
};

bool blank(std::string_view line) noexcept {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A message for stderr, as every failure prints it.
void message(unit_result& r, const std::string& where, std::size_t n, const std::string& why) {
  r.err += "taqvim: " + where;
  if (n) r.err += ':' + std::to_string(n);
  r.err += ": " + why + '\n';
  r.status = 1;
}

document_id make_id(kind k, std::string_view s) {
  document_id id;
  id.kind = k == kind::string ? document_id::string : k == kind::number ? document_id::number : document_id::none;
  if (id.kind != document_id::none) id.text = s;
  return id;
}

// The name under --output-dir of a document named by its id: the bytes
// that are safe in a file name on every system kept, the rest as %XX; the
// empty id is "%", which no other id gives.
std::string file_name_of(std::string_view id) {
  if (id.empty()) return "%";
  std::string name;
  const bool utf8 = valid_utf8(id);
  for (const char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '_' ||
        (c == '.' && !name.empty()) || (u >= 0x80 && utf8)) {
      name += c;
    } else {
      static const char hex[] = "0123456789ABCDEF";
      name += '%';
      name += hex[u >> 4];
      name += hex[u & 15];
    }
  }
  return name;
}

// "dir/news.txt" -> "news"; "-" -> "stdin".
std::string stem_of(const std::string& file) {
  if (file == "-") return "stdin";
  std::string base = std::filesystem::path(file).filename().string();
  const std::size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.erase(dot);
  return base.empty() ? "stdin" : base;
}

// Everything that turns inputs into results; shared by the worker threads,
// so nothing in it changes once work has started.
struct extract_context {
  const extract_cli_options& opt;
  writer_options writer;

  extract_options base_options() const {
    extract_options o;
    o.reference = opt.reference;
    o.tz = opt.tz;
    o.lang = opt.lang;
    o.hijri_offset = opt.hijri_offset;
    return o;
  }

  // The path this document's output goes to, or empty for the one output.
  std::string output_file(const std::string& stem) const {
    if (opt.output_dir.empty()) return {};
    return (std::filesystem::path(opt.output_dir) / (stem + std::string(extension(opt.format)))).string();
  }

  void fail(unit_result& r, const std::string& where, std::size_t n, kind id_kind, std::string_view id,
            const std::string& why) const {
    write_error_document(writer, r.out, make_id(id_kind, id), why);
    message(r, where, n, why);
    r.usable = false;
  }

  // One document of any size, in bounded memory: read in pieces of about
  // piece_bytes and handed to a document_stream, the output handed to
  // `flush` (when there is one) as it grows.
  void document(const std::string& id, std::istream& in, unit_result& r,
                const std::function<void(unit_result&)>& flush, progress* prog) const {
    static constexpr std::size_t piece_bytes = std::size_t{1} << 20;
    const extract_options options = base_options();
    std::string piece;
    std::string error;
    char chunk[1 << 16];
    const auto fill = [&] {
      errno = 0;
      const std::size_t before = piece.size();
      while (piece.size() < piece_bytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
        piece.append(chunk, static_cast<std::size_t>(in.gcount()));
      if (prog) prog->add(piece.size() - before, 0);
    };
    fill();
    if (in.bad() && piece.empty()) {  // nothing read at all (a directory, say)
      fail(r, id, 0, kind::string, id, std::string("cannot read: ") + (errno ? std::strerror(errno) : "read error"));
      return;
    }
    std::optional<reference_time> dct = options.reference;
    // The stream takes the first piece's publication line, and so does the DCT.
    if (!dct && opt.format == output_format::timex3) dct = publication_date(piece, options);
    if (dct && dct->year_only) dct.reset();  // a day the story tells is not the document's
    const std::unique_ptr<document_writer> w = make_writer(writer, r.out);
    const bool wants_text = w->wants_text();
    w->begin(make_id(kind::string, id), dct);
    document_stream stream(options);
    std::size_t done = 0;    // document offset of piece[0]
    std::size_t shown = 0;   // document offset up to which the text has been written
    for (bool first = true;; first = false) {
      if (!first) fill();
      if (in.bad()) {
        error = std::string("cannot read after byte ") + std::to_string(done + piece.size()) + ": " +
                (errno ? std::strerror(errno) : "read error");
        break;
      }
      const bool last = in.eof();
      try {
        const std::size_t used = stream.feed(piece, last, [&](const match& m) {
          if (wants_text) w->text(std::string_view(piece.data() + (shown - done), m.begin - shown));
          w->add(m, std::string_view(piece.data() + (m.begin - done), m.end - m.begin));
          shown = m.end;
        });
        // The stream is done with the bytes before `used`: no match starts there any more.
        if (wants_text && done + used > shown) {
          w->text(std::string_view(piece.data() + (shown - done), done + used - shown));
          shown = done + used;
        }
        piece.erase(0, used);
        done += used;
      } catch (const std::exception& x) {
        error = std::string("internal error: ") + x.what();
        break;
      }
      if (flush && r.out.size() >= (1u << 16)) flush(r);
      if (last && piece.empty()) break;
    }
    w->end(error);
    if (!error.empty()) message(r, id, 0, error);
  }

  // One --jsonl line, in a worker.
  void record_line(const std::string& where, std::size_t n, std::string_view line, unit_result& r) const {
    // Per thread: a parser's buffers are reused from record to record.
    thread_local od::parser parser;
    thread_local std::string padded;
    thread_local std::set<std::string, std::less<>> zones;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end.
    padded.assign(line);
    padded.append(simdjson::SIMDJSON_PADDING, ' ');
    record rec;
    od::document doc;
    simdjson::error_code e = parser.iterate(padded.data(), line.size(), padded.size()).get(doc);
    if (!e) e = read_record(doc, rec);
    std::string why;
    if (e == simdjson::UTF8_ERROR) {
      why = "not valid UTF-8";
      // The id is still worth echoing if it is readable once the bad bytes are replaced.
      padded.clear();
      append_utf8_repaired(padded, line);
      const std::size_t size = padded.size();
      padded.append(simdjson::SIMDJSON_PADDING, ' ');
      rec = record{};
      if (!parser.iterate(padded.data(), size, padded.size()).get(doc)) read_record(doc, rec);
    } else if (e) {
      why = "not JSON: " + json_problem(e);
    } else if (!rec.is_object) {
      why = "not a JSON object";
    } else if (rec.id.k == kind::absent) {
      why = "no \"id\"";
    } else if (rec.id.k != kind::string && rec.id.k != kind::number) {
      why = "\"id\" is not a string or a number";
    } else if (rec.text.k == kind::absent) {
      why = "no \"text\"";
    } else if (rec.text.k != kind::string) {
      why = "\"text\" is not a string";
    }
    extract_options options = base_options();
    if (why.empty() && rec.reference.k != kind::absent && rec.reference.k != kind::null) {
      if (rec.reference.k != kind::string) {
        why = "\"reference\" is not a string";
      } else if (auto ref = reference_time::parse(rec.reference.s)) {
        options.reference = ref;
      } else {
        why = "bad reference " + shown(rec.reference.s) + " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM)";
      }
    }
    if (why.empty() && rec.tz.k != kind::absent && rec.tz.k != kind::null) {
      if (rec.tz.k != kind::string) {
        why = "\"tz\" is not a string";
      } else if (zones.count(rec.tz.s) || check_zone(std::string(rec.tz.s)).empty()) {
        zones.emplace(rec.tz.s);
        options.tz = std::string(rec.tz.s);
      } else {
        why = "unknown time zone " + shown(rec.tz.s);
      }
    }
    if (why.empty() && rec.lang.k != kind::absent && rec.lang.k != kind::null) {
      if (rec.lang.k != kind::string) {
        why = "\"lang\" is not a string";
      } else {
        options.lang = std::string(rec.lang.s);
        if (!check(options).empty()) why = "unknown language " + shown(rec.lang.s) + " (fa, fa-AF or ar)";
      }
    }
    // One TimeML document per record: each its own file.
    if (why.empty() && opt.format == output_format::timex3 && !opt.output_dir.empty())
      r.open = output_file(file_name_of(rec.id.s));
    if (!why.empty()) {
      fail(r, where, n, rec.id.k, rec.id.s, why);
      return;
    }
    // A library failure costs one record, not the rest of the stream.
    const std::size_t mark = r.out.size();
    try {
      const std::string_view text = rec.text.s;
      std::optional<reference_time> dct = options.reference;
      if (!dct && opt.format == output_format::timex3) dct = publication_date(text, options);
      if (dct && dct->year_only) dct.reset();  // a day the story tells is not the document's
      const std::unique_ptr<document_writer> w = make_writer(writer, r.out);
      const bool wants_text = w->wants_text();
      w->begin(make_id(rec.id.k, rec.id.s), dct);
      std::size_t at = 0;
      extract(text, options, [&](const match& m) {
        if (wants_text) w->text(text.substr(at, m.begin - at));
        w->add(m, text.substr(m.begin, m.end - m.begin));
        at = m.end;
      });
      if (wants_text) w->text(text.substr(at));
      w->end({});
    } catch (const std::exception& x) {
      r.out.resize(mark);
      r.open.clear();
      fail(r, where, n, rec.id.k, rec.id.s, std::string("internal error: ") + x.what());
    }
  }
};

// Where results go, in order: stdout, or one file per document (or per
// file of records) under --output-dir.
class output_sink {
 public:
  output_sink(const extract_cli_options& opt, std::ostream& out, std::ostream& err, progress& prog)
      : opt_(opt), out_(out), err_(err), prog_(prog) {
    if (opt_.output_dir.empty()) out_ << stream_header(opt_.format);
  }

  void deliver(unit_result& r) {
    if (!r.open.empty() && (r.usable || !r.out.empty())) open(r.open);
    if (!r.out.empty()) {
      if (opt_.output_dir.empty()) {
        out_.write(r.out.data(), static_cast<std::streamsize>(r.out.size()));
      } else if (file_.is_open()) {
        file_.write(r.out.data(), static_cast<std::streamsize>(r.out.size()));
      }
      r.out.clear();
    }
    if (!r.err.empty()) {
      prog_.interrupt();
      err_ << r.err;
      r.err.clear();
    }
    r.open.clear();
    if (r.status) status_ = 1;
    for (unit_result& m : r.more) deliver(m);
    r.more.clear();
  }

  int finish() {
    close();
    out_.flush();
    if (!out_) {
      err_ << "taqvim: cannot write output\n";
      return 1;
    }
    return status_;
  }

 private:
  void open(const std::string& path) {
    close();
    // Two documents of one name (a/x.txt and b/x.txt) would overwrite each other.
    if (!written_.insert(path).second) {
      prog_.interrupt();
      err_ << "taqvim: " << path << ": written already for an earlier document; not overwritten\n";
      status_ = 1;
      return;
    }
    file_.open(path, std::ios::binary | std::ios::trunc);
    if (!file_) {
      prog_.interrupt();
      err_ << "taqvim: cannot write " << path << ": " << std::strerror(errno) << '\n';
      status_ = 1;
      return;
    }
    path_ = path;
    file_ << stream_header(opt_.format);
  }
  void close() {
    if (!file_.is_open()) return;
    file_.close();
    if (!file_) {
      prog_.interrupt();
      err_ << "taqvim: cannot write " << path_ << '\n';
      status_ = 1;
    }
    file_.clear();
  }

  const extract_cli_options& opt_;
  std::ostream& out_;
  std::ostream& err_;
  progress& prog_;
  std::ofstream file_;
  std::string path_;
  std::set<std::string> written_;
  int status_ = 0;
};
}  // namespace

std::string check_zone(const std::string& name) {
  try {
    date::locate_zone(name);
    return {};
  } catch (const std::exception&) {
    return "unknown time zone " + shown(name);
  }
}

std::string check_usage(const extract_cli_options& opt, const std::vector<std::string>& files) {
  if (opt.format == output_format::timex3 && opt.output_dir.empty() && (opt.jsonl || files.size() > 1))
    return "--format timex3 writes one TimeML document per input document: with --jsonl or several "
           "FILEs, give --output-dir DIR";
  return {};
}

int run_extract(const extract_cli_options& opt, const std::vector<std::string>& files, std::istream& in,
                std::ostream& out, std::ostream& err) {
  if (!opt.output_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(opt.output_dir, ec);
    if (ec || !std::filesystem::is_directory(opt.output_dir, ec)) {
      err << "taqvim: cannot create the output directory " << opt.output_dir << ": "
          << (ec ? ec.message() : std::string("it exists and is not a directory")) << '\n';
      return 1;
    }
  }
  // The tz database is read on first use, and so is each zone's data: done
  // here, before any worker starts, for the zone most records use.
  try {
    date::locate_zone(opt.tz)->get_info(date::sys_seconds{});
  } catch (const std::exception&) {
    // An unknown zone: each record that needs it reports the error.
  }
  static const std::vector<std::string> stdin_only{"-"};
  const std::vector<std::string>& inputs = files.empty() ? stdin_only : files;

  extract_context ctx{opt, {}};
  ctx.writer.format = opt.format;
  ctx.writer.colour = opt.colour;
  ctx.writer.headers = opt.jsonl || (inputs.size() > 1 && opt.output_dir.empty());

  // Each input's size when it is a regular file (one stat each), and the
  // total when every input has one.
  std::vector<std::optional<std::uintmax_t>> sizes(inputs.size());
  std::uint64_t total = 0;
  bool all_known = true;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::error_code ec;
    const auto st = std::filesystem::status(inputs[i], ec);
    if (inputs[i] != "-" && !ec && std::filesystem::is_regular_file(st)) {
      const std::uintmax_t size = std::filesystem::file_size(inputs[i], ec);
      if (!ec) sizes[i] = size;
    }
    if (sizes[i]) {
      total += *sizes[i];
    } else {
      all_known = false;
    }
  }
  if (!all_known) total = 0;
  progress prog(err, opt.progress, opt.progress_terminal, total, opt.jsonl ? "record" : "document");

  output_sink sink(opt, out, err, prog);
  ordered_pipeline pipe(opt.jobs, [&](unit_result& r) { sink.deliver(r); });
  // A document a worker takes whole; larger ones are streamed here, one at
  // a time, with their output written as it is found.
  static constexpr std::uintmax_t whole_bytes = std::uintmax_t{8} << 20;
  // Files of up to whole_bytes go to the workers in batches, and the
  // workers open and read them too: for a folder of news articles, opening
  // and reading the files is as much work as finding their dates.
  static constexpr std::size_t docs_bytes = std::size_t{1} << 18, docs_count = 64;
  struct doc_batch {
    std::vector<std::string> files;
    std::size_t bytes = 0;
  };
  auto docs = std::make_shared<doc_batch>();
  const auto submit_docs = [&] {
    if (docs->files.empty()) return;
    const std::size_t bytes = docs->bytes;
    pipe.submit(
        [&ctx, &opt, b = std::move(docs)](unit_result& r) {
          // Under --output-dir each document starts a file of its own.
          const bool own_files = !opt.output_dir.empty();
          for (const std::string& file : b->files) {
            unit_result own;
            unit_result& into = own_files ? own : r;
            into.open = ctx.output_file(stem_of(file));
            std::ifstream f(file, std::ios::binary);
            if (f) {
              ctx.document(file, f, into, nullptr, nullptr);
            } else {
              ctx.fail(into, file, 0, kind::string, file, std::string("cannot read: ") + std::strerror(errno));
            }
            if (own_files) r.more.push_back(std::move(own));
          }
        },
        bytes);
    docs = std::make_shared<doc_batch>();
  };

  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const std::string& file = inputs[i];
    const bool is_stdin = file == "-";
    if (!opt.jsonl && sizes[i] && *sizes[i] <= whole_bytes) {
      prog.add(*sizes[i], 1);
      docs->files.push_back(file);
      docs->bytes += static_cast<std::size_t>(*sizes[i]);
      if (docs->bytes >= docs_bytes || docs->files.size() >= docs_count) submit_docs();
      continue;
    }
    std::ifstream f;
    if (!is_stdin) {
      f.open(file, std::ios::binary);
      if (!f) {
        unit_result r;
        const std::string why = std::strerror(errno);
        // A document that cannot be read still gets its record; a file of
        // records does not, since nothing could stand for records nobody has seen.
        if (opt.jsonl) {
          message(r, file, 0, "cannot read: " + why);
        } else {
          r.open = ctx.output_file(stem_of(file));
          ctx.fail(r, file, 0, kind::string, file, "cannot read: " + why);
        }
        submit_docs();
        pipe.submit_ready(std::move(r));
        continue;
      }
    }
    std::istream& src = is_stdin ? in : f;
    if (opt.jsonl) {
      const std::string where = is_stdin ? "<stdin>" : file;
      if (!opt.output_dir.empty() && opt.format != output_format::timex3) {
        unit_result r;
        r.open = ctx.output_file(stem_of(file));
        pipe.submit_ready(std::move(r));
      }
      line_reader reader(src, !is_stdin);
      // Records go to the workers in batches of about batch_bytes: one
      // record is too little work to be worth a hand-over between threads.
      static constexpr std::size_t batch_bytes = std::size_t{1} << 18, batch_records = 512;
      struct entry {
        std::size_t n, offset, size;
        bool too_long;
      };
      struct batch {
        std::string bytes;
        std::vector<entry> entries;
      };
      auto current = std::make_shared<batch>();
      const bool file_per_record = opt.format == output_format::timex3 && !opt.output_dir.empty();
      const auto submit_batch = [&] {
        if (current->entries.empty()) return;
        const std::size_t bytes = current->bytes.size();
        pipe.submit(
            [&ctx, &where, &opt, file_per_record, b = std::move(current)](unit_result& r) {
              for (const entry& e : b->entries) {
                unit_result own;
                unit_result& into = file_per_record ? own : r;
                if (e.too_long) {
                  ctx.fail(into, where, e.n, kind::absent, {},
                           "record longer than " + std::to_string(opt.max_record_bytes) +
                               " bytes (--max-record-bytes)");
                } else {
                  ctx.record_line(where, e.n, std::string_view(b->bytes).substr(e.offset, e.size), into);
                }
                if (file_per_record) r.more.push_back(std::move(own));
              }
            },
            bytes);
        current = std::make_shared<batch>();
      };
      std::size_t n = 1;
      for (;; ++n) {
        errno = 0;  // so that a read error's errno is the read's own
        bool too_long = false;
        // Read straight into the batch: the line is not copied again.
        std::string& bytes = current->bytes;
        const std::size_t offset = bytes.size();
        const std::uint64_t before = reader.consumed();
        if (!reader.next(bytes, opt.max_record_bytes, too_long)) break;
        prog.add(reader.consumed() - before, 1);
        if (too_long) {
          current->entries.push_back({n, offset, 0, true});
        } else {
          // A BOM is no part of the JSON, but editors on Windows write one.
          if (n == 1 && bytes.compare(offset, 3, "\xEF\xBB\xBF") == 0) bytes.erase(offset, 3);
          if (blank(std::string_view(bytes).substr(offset))) {
            bytes.resize(offset);
            continue;
          }
          current->entries.push_back({n, offset, bytes.size() - offset, false});
        }
        if (bytes.size() >= batch_bytes || current->entries.size() >= batch_records) submit_batch();
      }
      submit_batch();
      if (reader.bad() || src.bad()) {
        unit_result r;
        message(r, where, n, std::string("cannot read: ") + (errno ? std::strerror(errno) : "read error"));
        pipe.submit_ready(std::move(r));
      }
      // `where` lives only for this file.
      pipe.drain();
      continue;
    }
    // Streamed on this thread once everything before it is out, with its
    // output written as it is found.
    submit_docs();
    pipe.drain();
    unit_result r;
    r.open = ctx.output_file(stem_of(file));
    const auto flush = [&](unit_result& part) { sink.deliver(part); };
    ctx.document(file, src, r, flush, &prog);
    prog.add(0, 1);
    sink.deliver(r);
  }
  submit_docs();
  pipe.drain();
  prog.finish();
  return sink.finish();
}

}  // namespace taqvim::cli
