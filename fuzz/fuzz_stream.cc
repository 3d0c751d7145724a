// Differential fuzz target for document_stream (include/taqvim/extract.h): a
// document fed in pieces must give exactly the matches of extract() on the
// whole document, whatever the sizes of the pieces.
//
// Input layout (fuzz/gen_stream_corpus.py writes seeds in it; keep the two
// in step):
//
//   byte 0       options
//                  bits 0-1  reference: 0 Sunday 2023-08-06 12:00 +03:30;
//                            1 and 3 none; 2 2024-03-20 (a day only)
//                  bits 2-3  tz: Asia/Tehran, Asia/Riyadh, Africa/Cairo, UTC
//                  bits 4-5  lang: "" (letters decide), "fa", "ar", ""
//                  bit  6    the end of the document is announced by a call
//                            of its own, feed(rest, true), after the last
//                            bytes were fed as not final
//                  bit  7    Hijri rules iran/civil instead of the defaults
//   byte 1       copies - 1: the document is the text that many times over
//                (at most kMaxDocument bytes), so that short inputs make
//                documents of many pieces
//   byte 2       n, the number of read sizes that follow
//   n x 2 bytes  read sizes, little-endian (0 reads 1 byte), used in turn
//                and over again; with none, the document is read whole
//   the rest     the text
//
// The reader keeps what feed() did not consume and appends the next read to
// it, as extract.h's example does. The first piece decides the reference
// (its publication line) and the language of the whole document
// (extract.h): the expected matches are extract()'s on the whole document
// with the options the stream says it read it with.

#include "check.h"
#include "show_match.h"

#include <taqvim/extract.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace taqvim;

// Some thirty pieces of the stream, and a few milliseconds an input.
constexpr std::size_t kMaxDocument = 64 * 1024;

#define CHECK(cond, ...)                                                                          \
  do {                                                                                            \
    if (!(cond)) fuzz_fail("fuzz_stream.cc", __LINE__, "check `" #cond "` failed: " __VA_ARGS__); \
  } while (0)

struct setup {
  extract_options options;
  bool separate_end = false;
  std::vector<std::size_t> reads;
  std::string document;
};

setup decode(const std::uint8_t* data, std::size_t size) {
  setup s;
  std::size_t at = 0;
  const auto next = [&]() -> unsigned { return at < size ? data[at++] : 0; };
  const unsigned cfg = next();
  const unsigned copies = next() + 1;
  const unsigned n = next();
  for (unsigned k = 0; k < n && at + 1 < size; ++k) {
    const unsigned lo = next();
    const unsigned hi = next();
    const std::size_t r = lo | hi << 8;
    s.reads.push_back(r == 0 ? 1 : r);
  }
  switch (cfg & 3) {
    case 0: s.options.reference = reference_time::parse("2023-08-06T12:00+03:30"); break;
    case 2: s.options.reference = reference_time::parse("2024-03-20"); break;
    default: break;
  }
  static const char* const zones[] = {"Asia/Tehran", "Asia/Riyadh", "Africa/Cairo", "UTC"};
  s.options.tz = zones[(cfg >> 2) & 3];
  static const char* const langs[] = {"", "fa", "ar", ""};
  s.options.lang = langs[(cfg >> 4) & 3];
  s.separate_end = (cfg >> 6) & 1;
  if ((cfg >> 7) & 1) {
    s.options.hijri_persian = calendar::hijri_iran;
    s.options.hijri_arabic = calendar::hijri_civil;
  }
  const std::string_view text{reinterpret_cast<const char*>(data) + at, size - at};
  for (unsigned c = 0; c < copies && s.document.size() + text.size() <= kMaxDocument; ++c) s.document += text;
  return s;
}

// The reads as the document_stream example in extract.h makes them.
struct fed {
  std::vector<match> matches;
  extract_options options;  // what the stream read the document with (document_stream::options())
};

fed feed_in_pieces(const setup& s) {
  fed out;
  document_stream ds(s.options);
  const auto visit = [&](const match& m) { out.matches.push_back(m); };
  const std::string& doc = s.document;
  std::string buf;
  std::size_t pos = 0;
  std::size_t k = 0;
  std::size_t consumed = 0;
  for (;;) {
    const std::size_t want = s.reads.empty() ? doc.size() : s.reads[k++ % s.reads.size()];
    const std::size_t take = std::min(want, doc.size() - pos);
    buf.append(doc, pos, take);
    pos += take;
    const bool at_end = pos == doc.size();
    const bool final = at_end && !s.separate_end;
    const std::size_t used = ds.feed(buf, final, visit);
    CHECK(used <= buf.size(), "feed() used %zu of %zu bytes", used, buf.size());
    // A stream that has started always makes progress (extract.h: it keeps
    // only the last kilobyte or so); before that it waits for more text.
    if (final) {
      CHECK(used == buf.size(), "the final piece left %zu of %zu bytes", buf.size() - used, buf.size());
      break;
    }
    consumed += used;
    buf.erase(0, used);
    if (at_end) {
      const std::size_t last = ds.feed(buf, true, visit);
      CHECK(last == buf.size(), "the final piece left %zu of %zu bytes", buf.size() - last, buf.size());
      break;
    }
  }
  CHECK(consumed + buf.size() == doc.size(), "consumed %zu + kept %zu of %zu bytes", consumed, buf.size(),
        doc.size());
  out.options = ds.options();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const setup s = decode(data, size);
  const std::string& doc = s.document;
  const fed got = feed_in_pieces(s);

  // The first piece decides the reference and the language (extract.h);
  // with what it decided, the whole document must read the same.
  CHECK(!s.options.reference || got.options.reference, "the stream lost the reference");
  CHECK(s.options.lang.empty() || got.options.lang == s.options.lang, "the stream changed the language");
  const std::vector<match> want = extract(doc, got.options);

  for (std::size_t k = 0; k < want.size() && k < got.matches.size(); ++k)
    CHECK(want[k] == got.matches[k], "match %zu fed in pieces is %s, of the whole document %s", k,
          show(doc, got.matches[k]).c_str(), show(doc, want[k]).c_str());
  if (want.size() != got.matches.size()) {
    const bool extra = got.matches.size() > want.size();
    const match& first = extra ? got.matches[want.size()] : want[got.matches.size()];
    fuzz_fail("fuzz_stream.cc", __LINE__, "%zu matches fed in pieces, %zu of the whole document (%zu bytes); first %s: %s",
              got.matches.size(), want.size(), doc.size(), extra ? "extra" : "missing", show(doc, first).c_str());
  }
  return 0;
}
