// `taqvim extract` as a user runs it: one output line per input record, in
// order, whatever the records hold.
#include <catch2/catch.hpp>

#include <simdjson.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "../cli/run.h"

namespace {

std::string write_file(const std::string& name, const std::string& content) {
  // Per process, like run_taqvim's files: ctest runs test cases in parallel.
  const std::string path = std::string(TAQVIM_TEST_TMP_DIR) + "/" + std::to_string(getpid()) + "-" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Every output line is a JSON object with an id and either matches or an error.
void check_json_lines(const std::vector<std::string>& lines) {
  simdjson::ondemand::parser parser;
  for (const std::string& line : lines) {
    INFO(line);
    const simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    REQUIRE(parser.iterate(padded).get(doc) == simdjson::SUCCESS);
    simdjson::ondemand::object o;
    REQUIRE(doc.get_object().get(o) == simdjson::SUCCESS);
    bool id = false, matches = false, error = false;
    for (auto f : o) {
      simdjson::ondemand::field field;
      std::string_view key;
      REQUIRE(std::move(f).get(field) == simdjson::SUCCESS);
      REQUIRE(field.unescaped_key().get(key) == simdjson::SUCCESS);
      id = id || key == "id";
      if (key == "matches") {
        simdjson::ondemand::array a;
        matches = field.value().get_array().get(a) == simdjson::SUCCESS;
        for (auto m : a) CHECK(m.error() == simdjson::SUCCESS);
      } else if (key == "error") {
        std::string_view s;
        error = field.value().get_string().get(s) == simdjson::SUCCESS && !s.empty();
      }
    }
    CHECK(id);
    CHECK(matches != error);
  }
}

const std::string good_1 =
    R"({"id":"good-1","matches":[{"start":0,"end":24,"text":"۱۵ مرداد ۱۴۰۲","calendar":"jalali",)"
    R"("value":"2023-08-06","granularity":"day","flags":[]}]})";

}  // namespace

TEST_CASE("cli extract --jsonl: good and bad records, one line each, in order", "[cli][extract]") {
  // Line numbers matter for the messages; line 8 is blank and is no record.
  const std::string input = std::string(R"({"id":"good-1","text":"۱۵ مرداد ۱۴۰۲","reference":"2023-08-06"})") + "\n" +
                            "this is not json\n" +                                                  // 2
                            R"({"id":"no-text"})" + "\n" +                                          // 3
                            R"({"id":"bad-ref","text":"x","reference":"next tuesday"})" + "\n" +    // 4
                            R"({"id":"bad-tz","text":"x","tz":"Mars/Olympus_Mons"})" + "\n" +       // 5
                            "{\"id\":\"bad-utf8\",\"text\":\"\xD8\xA7\xFF\xFE\"}\n" +               // 6
                            R"({"id":42,"text":"۱۵ مرداد ۱۴۰۲"})" + "\n" +                          // 7
                            " \t\r\n" +                                                             // 8
                            R"({"id":"good-2","text":"nothing here"})" + "\r\n" +                   // 9
                            "{\"id\":\"bad-\xC3\",\"text\":\"x\"}\n" +                              // 10
                            R"({"id":"q\"\\\u0001","text":""})" + "\n" +                            // 11
                            R"({"id":"trailing","text":"x"} {"id":"again","text":"y"})" + "\n" +    // 12
                            R"({"id":"lang","text":"x","lang":tru})" + "\n" +                       // 13
                            R"(["id","text"])";                                                     // 14, no newline
  const std::string path = write_file("extract_mixed.jsonl", input);
  const auto r = test::run_taqvim("extract --jsonl '" + path + "'");
  CHECK(r.status == 1);
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 13);
  CHECK(out[0] == good_1);
  CHECK(out[1].rfind(R"({"id":null,"error":"not JSON)", 0) == 0);
  CHECK(out[2] == R"({"id":"no-text","error":"no \"text\""})");
  CHECK(out[3].rfind(R"({"id":"bad-ref","error":"bad reference \"next tuesday\")", 0) == 0);
  CHECK(out[4] == R"({"id":"bad-tz","error":"unknown time zone \"Mars/Olympus_Mons\""})");
  CHECK(out[5] == R"({"id":"bad-utf8","error":"not valid UTF-8"})");
  // A number id is echoed as written, like a string one.
  CHECK(out[6] == R"({"id":42,"matches":[{"start":0,"end":24,"text":"۱۵ مرداد ۱۴۰۲","calendar":"jalali",)"
                  R"("value":"2023-08-06","granularity":"day","flags":[]}]})");
  CHECK(out[7] == R"({"id":"good-2","matches":[]})");
  CHECK(out[8] == "{\"id\":\"bad-\xEF\xBF\xBD\",\"error\":\"not valid UTF-8\"}");  // U+FFFD
  CHECK(out[9] == R"({"id":"q\"\\\u0001","matches":[]})");
  CHECK(out[10].rfind(R"({"id":"trailing","error":"not JSON)", 0) == 0);
  CHECK(out[11].rfind(R"({"id":"lang","error":"not JSON)", 0) == 0);
  CHECK(out[12] == R"({"id":null,"error":"not a JSON object"})");
  check_json_lines(out);

  const auto err = test::lines(r.err);
  const std::vector<int> bad_lines{2, 3, 4, 5, 6, 10, 12, 13, 14};
  REQUIRE(err.size() == bad_lines.size());
  for (std::size_t i = 0; i < err.size(); ++i) {
    INFO(err[i]);
    CHECK(err[i].rfind("taqvim: " + path + ":" + std::to_string(bad_lines[i]) + ": ", 0) == 0);
  }
  CHECK(err[0].find("not JSON") != std::string::npos);
  CHECK(err[2].find("next tuesday") != std::string::npos);
}

TEST_CASE("cli extract --jsonl: ids are echoed unchanged; only strings and numbers are ids", "[cli][extract]") {
  const std::string input = std::string(R"({"id":-1.50E+3,"text":"x"})") + "\n" +
                            R"({"id":123456789012345678901234567890,"text":"x"})" + "\n" +
                            R"({"id":0 ,"text":"x"})" + "\n" +
                            R"({"id":true,"text":"x"})" + "\n" +
                            R"({"id":{"n":1},"text":"x"})" + "\n" +
                            R"({"id":null,"text":"x"})" + "\n";
  const auto r = test::run_taqvim("extract --jsonl", input);
  CHECK(r.status == 1);
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 6);
  CHECK(out[0] == R"({"id":-1.50E+3,"matches":[]})");
  CHECK(out[1] == R"({"id":123456789012345678901234567890,"matches":[]})");
  CHECK(out[2] == R"({"id":0,"matches":[]})");
  CHECK(out[3] == R"({"id":null,"error":"\"id\" is not a string or a number"})");
  CHECK(out[4] == R"({"id":null,"error":"\"id\" is not a string or a number"})");
  CHECK(out[5] == R"({"id":null,"error":"\"id\" is not a string or a number"})");
  check_json_lines(out);
  CHECK(test::lines(r.err).size() == 3);
}

TEST_CASE("cli extract --jsonl: stdin, and the evaluation's own gold file as input", "[cli][extract]") {
  const auto r = test::run_taqvim("extract --jsonl", test::slurp(std::string(TAQVIM_TEST_DATA_DIR) + "/dev.jsonl"));
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const auto out = test::lines(r.out);
  CHECK(out.size() == test::lines(test::slurp(std::string(TAQVIM_TEST_DATA_DIR) + "/dev.jsonl")).size());
  check_json_lines(out);
  REQUIRE(!out.empty());
  CHECK(out[0].rfind(R"({"id":"dev-001","matches":[{"start":0,"end":24,)", 0) == 0);

  // No output line can stand for the records of a file that cannot be read.
  const auto missing = test::run_taqvim("extract --jsonl '" + std::string(TAQVIM_TEST_TMP_DIR) + "/no-such.jsonl'");
  CHECK(missing.status == 1);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("no-such.jsonl: cannot read: ") != std::string::npos);

  const auto bad = test::run_taqvim("extract --jsonl -", "{\n");
  CHECK(bad.status == 1);
  CHECK(bad.out == "{\"id\":null,\"error\":\"not JSON: an object or array is not closed\"}\n");
  CHECK(bad.err.rfind("taqvim: <stdin>:1: ", 0) == 0);
}

TEST_CASE("cli extract: --reference and --tz apply to records without their own", "[cli][extract]") {
  const std::string input = std::string(R"({"id":"a","text":"۱۵ مرداد"})") + "\n" +
                            R"({"id":"b","text":"۱۵ مرداد","reference":"2023-08-06"})" + "\n" +
                            R"({"id":"c","text":"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷"})" + "\n" +
                            R"({"id":"d","text":"۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷","tz":"Asia/Tehran"})" + "\n";
  const auto r = test::run_taqvim("extract --jsonl --reference=2024-08-01 --tz=Europe/London", input);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 4);
  // 15 Mordad nearest to 2024-08-01 is 1403-05-15; to 2023-08-06, 1402-05-15.
  CHECK(out[0].find(R"("value":"2024-08-05")") != std::string::npos);
  CHECK(out[1].find(R"("value":"2023-08-06")") != std::string::npos);
  CHECK(out[2].find(R"("value":"2023-08-06T19:17+01:00")") != std::string::npos);
  CHECK(out[3].find(R"("value":"2023-08-06T19:17+03:30")") != std::string::npos);

  const auto zone = test::run_taqvim("extract --tz=Nowhere/Land", "x");
  CHECK(zone.status == 2);
  CHECK(zone.out.empty());
  CHECK(zone.err.find("Nowhere/Land") != std::string::npos);
  const auto ref = test::run_taqvim("extract --reference=2023-08", "x");
  CHECK(ref.status == 2);
  CHECK(ref.out.empty());
}

TEST_CASE("cli extract: a record's lang is honoured, an unknown one is an error record", "[cli][extract]") {
  // 10 Jumada al-Thani 1439: 2018-02-26 by Umm al-Qura (the Arabic
  // default), 2018-02-27 by Iran's calendar (the Persian one): the text
  // alone has no letter that tells the language, so lang decides.
  const std::string input = std::string(R"({"id":1,"text":"10-06-1439 هـ","lang":"ar"})") + "\n" +
                            R"({"id":2,"text":"10-06-1439 هـ","lang":"fa"})" + "\n" +
                            R"({"id":3,"text":"10-06-1439 هـ","lang":"xx"})" + "\n" +
                            R"({"id":4,"text":"10-06-1439 هـ","lang":7})" + "\n" +
                            R"({"id":5,"text":"10-06-1439 هـ"})" + "\n";
  const auto r = test::run_taqvim("extract --jsonl", input);
  CHECK(r.status == 1);
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 5);
  CHECK(out[0].find(R"("value":"2018-02-26")") != std::string::npos);
  CHECK(out[1].find(R"("value":"2018-02-27")") != std::string::npos);
  CHECK(out[2] == R"j({"id":3,"error":"unknown language \"xx\" (fa, fa-AF or ar)"})j");
  CHECK(out[3] == R"({"id":4,"error":"\"lang\" is not a string"})");
  CHECK(out[4].find(R"("value":"2018-02-27")") != std::string::npos);
  CHECK(r.err.find("unknown language") != std::string::npos);

  // --lang for every record without its own.
  const auto all = test::run_taqvim("extract --jsonl --lang=ar", R"({"id":1,"text":"10-06-1439 هـ"})");
  CHECK(all.status == 0);
  CHECK(all.out.find(R"("value":"2018-02-26")") != std::string::npos);
  const auto bad = test::run_taqvim("extract --lang=en", "x");
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
}

TEST_CASE("cli extract: each file is one document", "[cli][extract]") {
  const std::string path = write_file("extract_doc.txt", "تاریخ: ۱۵ مرداد ۱۴۰۲\n");
  const std::string missing = std::string(TAQVIM_TEST_TMP_DIR) + "/no-such-file.txt";
  const auto r =
      test::run_taqvim("extract --reference=2023-08-06 '" + path + "' '" + missing + "' -", "۱۵ مرداد ۱۴۰۲");
  CHECK(r.status == 1);
  const auto out = test::lines(r.out);
  REQUIRE(out.size() == 3);
  // "تاریخ: " is 12 bytes.
  CHECK(out[0].rfind(R"({"id":")" + path + R"(","matches":[{"start":12,"end":36,"text":"۱۵ مرداد ۱۴۰۲",)", 0) == 0);
  CHECK(out[1].rfind(R"({"id":")" + missing + R"(","error":"cannot read: )", 0) == 0);
  CHECK(out[2] == R"({"id":"-","matches":[{"start":0,"end":24,"text":"۱۵ مرداد ۱۴۰۲","calendar":"jalali",)"
                  R"("value":"2023-08-06","granularity":"day","flags":[]}]})");
  check_json_lines(out);
  REQUIRE(test::lines(r.err).size() == 1);
  CHECK(r.err.rfind("taqvim: " + missing + ": cannot read: ", 0) == 0);
}
