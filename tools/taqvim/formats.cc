#include "formats.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>

#include "json.h"

namespace taqvim::cli {
namespace {

void append_int(std::string& out, long long v, int width) {
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%0*lld", width, v);
  out.append(buf, static_cast<std::size_t>(n));
}

void append_ymd(std::string& out, const date::year_month_day& d) {
  append_int(out, static_cast<int>(d.year()), 4);
  out += '-';
  append_int(out, static_cast<unsigned>(d.month()), 2);
  out += '-';
  append_int(out, static_cast<unsigned>(d.day()), 2);
}

// ---- JSON Lines: the evaluation SCHEMA's record, unchanged -------------

void write_json_id(json_writer& w, const document_id& id) {
  if (id.kind == document_id::number) {
    w.raw(id.text);
  } else if (id.kind == document_id::string) {
    w.string(id.text);
  } else {
    w.null();
  }
}

class jsonl_writer final : public document_writer {
 public:
  explicit jsonl_writer(std::string& out) : out_(out), w_(out) {}
  void begin(const document_id& id, const std::optional<reference_time>&) override {
    w_.begin_object().key("id");
    write_json_id(w_, id);
    w_.key("matches").begin_array();
  }
  void add(const match& m, std::string_view surface) override {
    value_buffer value;
    format_value(m, value);
    w_.begin_object();
    w_.key("start").integer(m.begin);
    w_.key("end").integer(m.end);
    w_.key("text").string(surface);
    w_.key("calendar").string(name(m.calendar));
    w_.key("value").string(value.view());
    w_.key("granularity").string(name(m.granularity));
    w_.key("flags").begin_array();
    for (unsigned bit = 0; bit < 16; ++bit) {
      const auto f = static_cast<match_flag>(1U << bit);
      if ((m.flags & f) && !name(f).empty()) w_.string(name(f));
    }
    w_.end_array();
    w_.end_object();
  }
  void end(const std::string& error) override {
    w_.end_array();
    // Matches already written stay; the record says where it stopped.
    if (!error.empty()) w_.key("error").string(error);
    w_.end_object();
    out_ += '\n';
  }

 private:
  std::string& out_;
  json_writer w_;
};

// ---- TSV ---------------------------------------------------------------

// Tabs, line ends and backslashes escaped as \t \n \r \\, so that every row
// is one line of exactly eight fields; invalid UTF-8 shown as U+FFFD.
void append_tsv_field(std::string& out, std::string_view s) {
  std::string repaired;
  if (!valid_utf8(s)) {
    append_utf8_repaired(repaired, s);
    s = repaired;
  }
  for (const char c : s) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
}

class tsv_writer final : public document_writer {
 public:
  explicit tsv_writer(std::string& out) : out_(out) {}
  void begin(const document_id& id, const std::optional<reference_time>&) override {
    id_.clear();
    if (id.kind != document_id::none) append_tsv_field(id_, id.text);
  }
  void add(const match& m, std::string_view surface) override {
    value_buffer value;
    format_value(m, value);
    out_ += id_;
    out_ += '\t';
    append_int(out_, static_cast<long long>(m.begin), 1);
    out_ += '\t';
    append_int(out_, static_cast<long long>(m.end), 1);
    out_ += '\t';
    append_tsv_field(out_, surface);
    out_ += '\t';
    out_ += name(m.calendar);
    out_ += '\t';
    out_ += value.view();
    out_ += '\t';
    out_ += name(m.granularity);
    out_ += '\t';
    bool first = true;
    for (unsigned bit = 0; bit < 16; ++bit) {
      const auto f = static_cast<match_flag>(1U << bit);
      if ((m.flags & f) && !name(f).empty()) {
        if (!first) out_ += ',';
        out_ += name(f);
        first = false;
      }
    }
    out_ += '\n';
  }
  void end(const std::string&) override {}

 private:
  std::string& out_;
  std::string id_;
};

// ---- TimeML 1.2.1 --------------------------------------------------------

// Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that
// cannot start one.
std::size_t sequence_length(unsigned char c) noexcept {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

// XML character data. XML 1.0 cannot carry most C0 controls, U+FFFE/U+FFFF
// or invalid UTF-8 even as references: those become U+FFFD, the only change
// to the text. CR is written as &#13; because parsers turn a literal CR
// (and CR LF) into LF.
void append_xml(std::string& out, std::string_view s) {
  std::string repaired;
  if (!valid_utf8(s)) {
    append_utf8_repaired(repaired, s);
    s = repaired;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '\r':
        out += "&#13;";
        continue;
      default:
        break;
    }
    if (u < 0x20 && c != '\t' && c != '\n') {
      out += "\xEF\xBF\xBD";  // not allowed in XML 1.0, even as &#N;
    } else if (u == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += c;
    }
  }
}

std::string time_of_day(std::int32_t seconds, granularity g) {
  std::string t;
  append_int(t, seconds / 3600, 2);
  if (g == granularity::hour) return t;
  t += ':';
  append_int(t, seconds / 60 % 60, 2);
  if (g != granularity::second) return t;
  t += ':';
  append_int(t, seconds % 60, 2);
  return t;
}

void append_reference(std::string& out, const reference_time& r, bool& is_time) {
  append_ymd(out, date::year_month_day{r.day});
  is_time = r.has_time;
  if (r.has_time) {
    out += 'T';
    out += time_of_day(r.seconds, r.seconds % 60 ? granularity::second : granularity::minute);
  }
}

class timex3_writer final : public document_writer {
 public:
  explicit timex3_writer(std::string& out) : out_(out) {}
  bool wants_text() const override { return true; }

  void begin(const document_id& id, const std::optional<reference_time>& dct) override {
    out_ +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n";
    if (id.kind != document_id::none) {
      out_ += "<DOCID>";
      append_xml(out_, id.text);
      out_ += "</DOCID>\n";
    }
    has_dct_ = dct.has_value();
    if (dct) {
      std::string value;
      bool is_time = false;
      append_reference(value, *dct, is_time);
      out_ += "<DCT><TIMEX3 tid=\"t0\" type=\"";
      out_ += is_time ? "TIME" : "DATE";
      out_ += "\" value=\"" + value + "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
      out_ += value;
      out_ += "</TIMEX3></DCT>\n";
    }
    out_ += "<TEXT>";
  }

  void text(std::string_view s) override {
    // A streamed document may be cut inside a character: the cut
    // sequence waits for the rest instead of becoming U+FFFD.
    if (!carry_.empty()) {
      carry_.append(s);
      std::string joined;
      joined.swap(carry_);
      emit(joined);
      return;
    }
    emit(s);
  }

  void add(const match& m, std::string_view surface) override {
    flush_carry();
    const timex3_value t = timex3_of(m);
    const unsigned tid = ++tid_;
    out_ += "<TIMEX3 tid=\"t" + std::to_string(tid) + "\" type=\"" + t.type + "\" value=\"" + t.value + "\"";
    unsigned begin_tid = 0;
    if (!t.begin_point.empty()) {
      begin_tid = ++tid_;
      ++tid_;
      out_ += " beginPoint=\"t" + std::to_string(begin_tid) + "\" endPoint=\"t" + std::to_string(begin_tid + 1) + "\"";
    }
    // Relative and year-less expressions take their value from the DCT.
    if (has_dct_ && (m.calendar == written_calendar::relative || (m.flags & flag_year_inferred)))
      out_ += " temporalFunction=\"true\" anchorTimeID=\"t0\"";
    out_ += '>';
    append_xml(out_, surface);
    out_ += "</TIMEX3>";
    if (begin_tid) {
      // Non-consuming: empty elements that add nothing to the text.
      out_ += "<TIMEX3 tid=\"t" + std::to_string(begin_tid) + "\" type=\"DATE\" value=\"" + t.begin_point +
              "\"/><TIMEX3 tid=\"t" + std::to_string(begin_tid + 1) + "\" type=\"DATE\" value=\"" + t.end_point +
              "\"/>";
    }
  }

  void end(const std::string&) override {
    flush_carry();
    out_ += "</TEXT>\n</TimeML>\n";
  }

 private:
  void emit(std::string_view s) {
    // Keep an incomplete last sequence (at most 3 bytes) for the next call.
    std::size_t cut = s.size();
    for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
      const auto c = static_cast<unsigned char>(s[s.size() - back]);
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: look further back
      const std::size_t need = sequence_length(c);
      if (need > back) cut = s.size() - back;
      break;
    }
    append_xml(out_, s.substr(0, cut));
    carry_.assign(s.substr(cut));
  }
  void flush_carry() {
    if (carry_.empty()) return;
    append_xml(out_, carry_);
    carry_.clear();
  }

  std::string& out_;
  std::string carry_;
  unsigned tid_ = 0;
  bool has_dct_ = false;
};

// ---- annotate: the text, for a person ------------------------------------

class annotate_writer final : public document_writer {
 public:
  annotate_writer(std::string& out, const writer_options& opt) : out_(out), opt_(opt) {}
  bool wants_text() const override { return true; }

  void begin(const document_id& id, const std::optional<reference_time>&) override {
    if (!opt_.headers) return;
    out_ += "==> ";
    if (id.kind != document_id::none) append_shown(id.text);
    out_ += " <==\n";
  }
  void text(std::string_view s) override {
    append_shown(s);
    if (!s.empty()) last_ = s.back();
  }
  void add(const match& m, std::string_view surface) override {
    value_buffer value;
    format_value(m, value);
    if (opt_.colour) {
      out_ += "\x1b[1;4;36m";
      append_shown(surface);
      out_ += "\x1b[0m\x1b[33m{";
      out_ += value.view();
      out_ += "}\x1b[0m";
    } else {
      out_ += "\xE2\x9F\xA6";  // ⟦
      append_shown(surface);
      out_ += "\xE2\x9F\xA7{";  // ⟧
      out_ += value.view();
      out_ += '}';
    }
    last_ = '}';
  }
  void end(const std::string&) override {
    if (last_ != '\n' && last_ != 0) out_ += '\n';
    if (opt_.headers) out_ += '\n';
  }

 private:
  // On a terminal, a document's own escape sequences must not drive it:
  // control characters other than tab and line end are shown as U+FFFD.
  void append_shown(std::string_view s) {
    if (!opt_.colour) {
      out_ += s;
      return;
    }
    for (const char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F) {
        out_ += "\xEF\xBF\xBD";
      } else {
        out_ += c;
      }
    }
  }

  std::string& out_;
  const writer_options& opt_;
  char last_ = 0;
};

}  // namespace

timex3_value timex3_of(const match& m) {
  timex3_value t;
  if (m.flags & flag_unresolved) {
    // Already TimeML's form for an unknown year: XXXX-10-06, XXXX-10. A range
    // of such days has no TimeML form: its first day.
    match first = m;
    first.unresolved_last_month = first.unresolved_last_day = 0;
    value_buffer v;
    format_value(first, v);
    t.type = "DATE";
    t.value.assign(v.view());
    return t;
  }
  const date::year_month_day a{m.first}, b{m.last};
  if (m.seconds >= 0) {
    t.type = "TIME";
    append_ymd(t.value, a);
    t.value += 'T';
    t.value += time_of_day(m.seconds, m.granularity);
    return t;
  }
  t.type = "DATE";
  if (m.first == m.last) {
    append_ymd(t.value, a);
    return t;
  }
  if (a.day() == date::day{1} && a.year() == b.year() && a.month() == b.month() &&
      b == date::year_month_day{a.year() / a.month() / date::last}) {
    append_int(t.value, static_cast<int>(a.year()), 4);
    t.value += '-';
    append_int(t.value, static_cast<unsigned>(a.month()), 2);
    return t;
  }
  if (a.year() == b.year() && a.month() == date::January && a.day() == date::day{1} && b.month() == date::December &&
      b.day() == date::day{31}) {
    append_int(t.value, static_cast<int>(a.year()), 4);
    return t;
  }
  if ((m.last - m.first).count() == 6 && date::weekday{m.first} == date::Monday) {
    const iso_week::year_weeknum_weekday w{m.first};
    append_int(t.value, static_cast<int>(w.year()), 4);
    t.value += "-W";
    append_int(t.value, static_cast<unsigned>(w.weeknum()), 2);
    return t;
  }
  // A Jalali or Hijri month or year, a Saturday-to-Friday week, a range:
  // its length, and its first and last days as anchors.
  t.type = "DURATION";
  t.value = "P" + std::to_string((m.last - m.first).count() + 1) + "D";
  append_ymd(t.begin_point, a);
  append_ymd(t.end_point, b);
  return t;
}

std::unique_ptr<document_writer> make_writer(const writer_options& opt, std::string& out) {
  switch (opt.format) {
    case output_format::tsv:
      return std::make_unique<tsv_writer>(out);
    case output_format::timex3:
      return std::make_unique<timex3_writer>(out);
    case output_format::annotate:
      return std::make_unique<annotate_writer>(out, opt);
    case output_format::jsonl:
      break;
  }
  return std::make_unique<jsonl_writer>(out);
}

void write_error_document(const writer_options& opt, std::string& out, const document_id& id, const std::string& why) {
  if (opt.format != output_format::jsonl) return;
  json_writer w(out);
  w.begin_object().key("id");
  write_json_id(w, id);
  w.key("error").string(why).end_object();
  out += '\n';
}

std::string_view stream_header(output_format f) {
  return f == output_format::tsv ? "id\tstart\tend\ttext\tcalendar\tvalue\tgranularity\tflags\n" : "";
}

std::string_view extension(output_format f) {
  switch (f) {
    case output_format::tsv:
      return ".tsv";
    case output_format::timex3:
      return ".tml";
    case output_format::annotate:
      return ".txt";
    case output_format::jsonl:
      break;
  }
  return ".jsonl";
}

}  // namespace taqvim::cli
