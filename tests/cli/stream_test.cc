// A document larger than the pieces `taqvim extract` reads at a time: every
// date is still found once, at its byte offset in the whole file, and each
// piece resolves against the publication line at the top.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "run.h"

TEST_CASE("cli extract: a document of several MiB streams with exact offsets", "[cli][stream]") {
  const std::string path = std::string(TAQVIM_TEST_TMP_DIR) + "/stream-" + std::to_string(getpid()) + ".txt";
  std::string doc = "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\n";
  std::vector<std::size_t> offsets;
  const std::string filler_line = "متن خبر بدون تاریخ و عدد، فقط برای پر کردن فضا است.\n";
  const std::string dated = "دیروز";
  while (doc.size() < (std::size_t{5} << 20)) {
    for (int k = 0; k < 400; ++k) doc += filler_line;
    offsets.push_back(doc.size());
    doc += dated + "\n";
  }
  {
    std::ofstream(path, std::ios::binary) << doc;
  }
  const auto r = test::run_taqvim("extract '" + path + "'");
  CHECK(r.status == 0);
  // The publication date, then each دیروز resolved against it (2023-08-05).
  std::size_t from = 0, n = 0;
  const std::string first = "{\"start\":" + std::to_string(doc.find("۱۵")) + ",\"end\":";
  CHECK(r.out.find(first) != std::string::npos);
  for (std::size_t at : offsets) {
    const std::string want = "{\"start\":" + std::to_string(at) + ",\"end\":" + std::to_string(at + dated.size()) +
                             ",\"text\":\"" + dated + "\",\"calendar\":\"relative\",\"value\":\"2023-08-05\"";
    const std::size_t pos = r.out.find(want, from);
    if (pos == std::string::npos) {
      FAIL_CHECK("missing the date at byte " << at);
      break;
    }
    from = pos + want.size();
    ++n;
  }
  CHECK(n == offsets.size());
  CHECK(offsets.size() > 100);
  std::remove(path.c_str());
}

TEST_CASE("cli extract --jsonl: a record past --max-record-bytes is an error record, the rest go on",
          "[cli][stream]") {
  const std::string big(5000, 'x');
  const std::string input = "{\"id\":\"a\",\"text\":\"دیروز\",\"reference\":\"2024-01-10\"}\n"
                            "{\"id\":\"b\",\"text\":\"" + big + "\"}\n"
                            "{\"id\":\"c\",\"text\":\"أمس\",\"reference\":\"2024-01-10\"}\n";
  const auto r = test::run_taqvim("extract --jsonl --max-record-bytes 1000", input);
  CHECK(r.status == 1);
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 3);
  CHECK(out[0].rfind("{\"id\":\"a\",\"matches\":[{", 0) == 0);
  CHECK(out[0].find("\"value\":\"2024-01-09\"") != std::string::npos);
  CHECK(out[1] == "{\"id\":null,\"error\":\"record longer than 1000 bytes (--max-record-bytes)\"}");
  CHECK(out[2].rfind("{\"id\":\"c\",\"matches\":[{", 0) == 0);
  CHECK(r.err == "taqvim: <stdin>:2: record longer than 1000 bytes (--max-record-bytes)\n");
}

TEST_CASE("cli extract: a file that opens but cannot be read still gets its record", "[cli][stream]") {
  // A directory opens as a stream on Linux and fails on the first read.
  const auto r = test::run_taqvim(std::string("extract '") + TAQVIM_TEST_TMP_DIR + "'");
  CHECK(r.status == 1);
  CHECK(r.out == std::string("{\"id\":\"") + TAQVIM_TEST_TMP_DIR + "\",\"error\":\"cannot read: Is a directory\"}\n");
  CHECK(r.err == std::string("taqvim: ") + TAQVIM_TEST_TMP_DIR + ": cannot read: Is a directory\n");
}
