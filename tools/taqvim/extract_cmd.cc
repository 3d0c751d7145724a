#include "extract_cmd.h"

#include <date/tz.h>
#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <istream>
#include <ostream>
#include <set>

#include "json.h"

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

// One match in SCHEMA's form; `surface` is the matched text. Allocates
// nothing beyond the output's own growth.
void write_match(json_writer& w, const match& m, std::string_view surface) {
  value_buffer value;
  format_value(m, value);
  w.begin_object();
  w.key("start").integer(m.begin);
  w.key("end").integer(m.end);
  w.key("text").string(surface);
  w.key("calendar").string(name(m.calendar));
  w.key("value").string(value.view());
  w.key("granularity").string(name(m.granularity));
  w.key("flags").begin_array();
  for (unsigned bit = 0; bit < 16; ++bit) {
    const auto f = static_cast<match_flag>(1U << bit);
    if ((m.flags & f) && !name(f).empty()) w.string(name(f));
  }
  w.end_array();
  w.end_object();
}

// `{"id":…,"matches":[…]}` without the closing brace's newline. A number
// id is written as its input token, unchanged.
void write_matches_record(std::string& out, bool number_id, std::string_view id, std::string_view text,
                          const extract_options& options) {
  json_writer w(out);
  w.begin_object().key("id");
  if (number_id) {
    w.raw(id);
  } else {
    w.string(id);
  }
  w.key("matches").begin_array();
  extract(text, options, [&](const match& m) { write_match(w, m, text.substr(m.begin, m.end - m.begin)); });
  w.end_array().end_object();
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
// than stored: false at the end of input, `too_long` for a skipped line.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  std::streambuf* sb = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (too_long) continue;
    if (line.size() >= limit) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
      continue;
    }
    line += static_cast<char>(c);
  }
}

bool blank(std::string_view line) noexcept {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

class extractor_run {
 public:
  extractor_run(const extract_cli_options& opt, std::ostream& out, std::ostream& err)
      : opt_(opt), out_(out), err_(err) {}

  // One document of any size, in bounded memory: read in pieces of about
  // piece_bytes and handed to a document_stream, each piece's matches
  // written as soon as they are found.
  void stream_document(const std::string& id, std::istream& in) {
    static constexpr std::size_t piece_bytes = std::size_t{1} << 20;
    extract_options options;
    options.reference = opt_.reference;
    options.tz = opt_.tz;
    options.lang = opt_.lang;
    std::string piece;
    std::string error;
    char chunk[1 << 16];
    const auto fill = [&] {
      errno = 0;
      while (piece.size() < piece_bytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
        piece.append(chunk, static_cast<std::size_t>(in.gcount()));
    };
    fill();
    if (in.bad() && piece.empty()) {  // nothing read at all (a directory, say)
      fail(id, 0, kind::string, id, std::string("cannot read: ") + (errno ? std::strerror(errno) : "read error"));
      return;
    }
    json_writer w(buf_);
    w.begin_object().key("id").string(id).key("matches").begin_array();
    document_stream stream(options);
    std::size_t done = 0;  // document offset of piece[0]
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
          write_match(w, m, std::string_view(piece.data() + (m.begin - done), m.end - m.begin));
        });
        piece.erase(0, used);
        done += used;
      } catch (const std::exception& x) {
        error = std::string("internal error: ") + x.what();
        break;
      }
      if (buf_.size() >= (1u << 16)) flush();
      if (last && piece.empty()) break;
    }
    w.end_array();
    if (!error.empty()) {
      // Matches already written stay; the record says where it stopped.
      w.key("error").string(error);
      err_ << "taqvim: " << id << ": " << error << '\n';
      status_ = 1;
    }
    w.end_object();
    buf_ += '\n';
    if (buf_.size() >= (1u << 16)) flush();
  }

  // A document that cannot be read still gets its line; a file of records
  // does not, since no output line could stand for records nobody has seen.
  void unreadable(const std::string& file, const std::string& why) {
    if (opt_.jsonl) {
      err_ << "taqvim: " << file << ": cannot read: " << why << '\n';
      status_ = 1;
    } else {
      fail(file, 0, kind::string, file, "cannot read: " + why);
    }
  }

  void jsonl(const std::string& where, std::istream& in) {
    std::string line;
    std::size_t n = 1;
    for (;; ++n) {
      errno = 0;  // so that a read error's errno is the read's own
      bool too_long = false;
      if (!read_line(in, line, opt_.max_record_bytes, too_long)) break;
      if (too_long) {
        fail(where, n, kind::absent, {},
             "record longer than " + std::to_string(opt_.max_record_bytes) + " bytes (--max-record-bytes)");
        continue;
      }
      // A BOM is no part of the JSON, but editors on Windows write one.
      if (n == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (!blank(line)) record_line(where, n, line);
    }
    if (in.bad()) {
      err_ << "taqvim: " << where << ':' << n << ": cannot read: " << (errno ? std::strerror(errno) : "read error")
           << '\n';
      status_ = 1;
    }
  }

  int finish() {
    flush();
    out_.flush();
    if (!out_) {
      err_ << "taqvim: cannot write output\n";
      return 1;
    }
    return status_;
  }

 private:
  void record_line(const std::string& where, std::size_t n, std::string_view line) {
    // simdjson reads up to SIMDJSON_PADDING bytes past the end.
    padded_.assign(line);
    padded_.append(simdjson::SIMDJSON_PADDING, ' ');
    record r;
    od::document doc;
    simdjson::error_code e = parser_.iterate(padded_.data(), line.size(), padded_.size()).get(doc);
    if (!e) e = read_record(doc, r);
    std::string why;
    if (e == simdjson::UTF8_ERROR) {
      why = "not valid UTF-8";
      // The id is still worth echoing if it is readable once the bad bytes are replaced.
      padded_.clear();
      append_utf8_repaired(padded_, line);
      const std::size_t size = padded_.size();
      padded_.append(simdjson::SIMDJSON_PADDING, ' ');
      r = record{};
      if (!parser_.iterate(padded_.data(), size, padded_.size()).get(doc)) read_record(doc, r);
    } else if (e) {
      why = "not JSON: " + json_problem(e);
    } else if (!r.is_object) {
      why = "not a JSON object";
    } else if (r.id.k == kind::absent) {
      why = "no \"id\"";
    } else if (r.id.k != kind::string && r.id.k != kind::number) {
      why = "\"id\" is not a string or a number";
    } else if (r.text.k == kind::absent) {
      why = "no \"text\"";
    } else if (r.text.k != kind::string) {
      why = "\"text\" is not a string";
    }
    extract_options options;
    options.reference = opt_.reference;
    options.tz = opt_.tz;
    options.lang = opt_.lang;
    if (why.empty() && r.reference.k != kind::absent && r.reference.k != kind::null) {
      if (r.reference.k != kind::string) {
        why = "\"reference\" is not a string";
      } else if (auto ref = reference_time::parse(r.reference.s)) {
        options.reference = ref;
      } else {
        why = "bad reference " + shown(r.reference.s) + " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM)";
      }
    }
    if (why.empty() && r.tz.k != kind::absent && r.tz.k != kind::null) {
      if (r.tz.k != kind::string) {
        why = "\"tz\" is not a string";
      } else if (known_zone(r.tz.s)) {
        options.tz = std::string(r.tz.s);
      } else {
        why = "unknown time zone " + shown(r.tz.s);
      }
    }
    if (why.empty() && r.lang.k != kind::absent && r.lang.k != kind::null) {
      if (r.lang.k != kind::string) {
        why = "\"lang\" is not a string";
      } else {
        options.lang = std::string(r.lang.s);
        if (!check(options).empty()) why = "unknown language " + shown(r.lang.s) + " (fa, fa-AF or ar)";
      }
    }
    if (!why.empty()) {
      fail(where, n, r.id.k, r.id.s, why);
    } else {
      guarded(where, n, r.id.k, r.id.s,
              [&] { write_matches_record(buf_, r.id.k == kind::number, r.id.s, r.text.s, options); });
    }
  }

  bool known_zone(std::string_view name) {
    if (zones_.count(name)) return true;
    if (!check_zone(std::string(name)).empty()) return false;
    zones_.emplace(name);
    return true;
  }

  // A library failure costs one record, not the rest of the stream.
  void guarded(const std::string& where, std::size_t n, kind id_kind, std::string_view id,
               const std::function<void()>& write) {
    const std::size_t mark = buf_.size();
    try {
      write();
      buf_ += '\n';
    } catch (const std::exception& x) {
      buf_.resize(mark);
      fail(where, n, id_kind, id, std::string("internal error: ") + x.what());
    }
    if (buf_.size() >= (1u << 16)) flush();
  }

  // An error record and its message. `id` is echoed when it is a string or
  // a number, as the input had it; anything else becomes null.
  void fail(const std::string& where, std::size_t n, kind id_kind, std::string_view id, const std::string& why) {
    json_writer w(buf_);
    w.begin_object().key("id");
    if (id_kind == kind::string) {
      w.string(id);
    } else if (id_kind == kind::number) {
      w.raw(id);
    } else {
      w.null();
    }
    w.key("error").string(why).end_object();
    buf_ += '\n';
    err_ << "taqvim: " << where;
    if (n) err_ << ':' << n;
    err_ << ": " << why << '\n';
    status_ = 1;
  }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  const extract_cli_options& opt_;
  std::ostream& out_;
  std::ostream& err_;
  std::string buf_;
  std::string padded_;
  od::parser parser_;
  std::set<std::string, std::less<>> zones_;
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

int run_extract(const extract_cli_options& opt, const std::vector<std::string>& files, std::istream& in,
                std::ostream& out, std::ostream& err) {
  extractor_run run(opt, out, err);
  static const std::vector<std::string> stdin_only{"-"};
  for (const std::string& file : files.empty() ? stdin_only : files) {
    const bool is_stdin = file == "-";
    std::ifstream f;
    if (!is_stdin) {
      f.open(file, std::ios::binary);
      if (!f) {
        run.unreadable(file, std::strerror(errno));
        continue;
      }
    }
    std::istream& src = is_stdin ? in : f;
    if (opt.jsonl) {
      run.jsonl(is_stdin ? "<stdin>" : file, src);
      continue;
    }
    run.stream_document(file, src);
  }
  return run.finish();
}

}  // namespace taqvim::cli
