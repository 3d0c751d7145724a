// `taqvim extract --format tsv|timex3|annotate`, --output-dir, --jobs and
// --progress, through the binary as a user runs them. Expected values are
// worked out by hand: 15 Mordad 1402 is Sunday 6 August 2023 and Mordad
// 1402 runs from 23 July to 22 August 2023 (Iran's official calendar);
// weekdays and ISO weeks as Python's datetime gives them; byte offsets
// counted from UTF-8 (two bytes for each Persian letter and digit).
#include <expat.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "formats.h"
#include "run.h"

namespace {

std::string tmp_path(const std::string& name) {
  // Per process: ctest runs test cases in parallel.
  return std::string(TAQVIM_TEST_TMP_DIR) + "/fmt" + std::to_string(getpid()) + "-" + name;
}

std::string write_file(const std::string& name, const std::string& content) {
  const std::string path = tmp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Deletes a large input when the test ends, passed or failed: the build
// directory would otherwise keep hundreds of MiB from every run.
struct removed_at_end {
  std::string path;
  ~removed_at_end() { std::remove(path.c_str()); }
};

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// A TimeML document as an XML parser sees it: the character data of <TEXT>
// and the attributes of each TIMEX3 in it (and of the DCT's), in order.
struct timeml {
  bool well_formed = false;
  std::string error;
  std::string docid, text;
  std::map<std::string, std::string> dct;
  std::vector<std::map<std::string, std::string>> timexes;
};

struct parse_state {
  timeml* doc;
  std::vector<std::string> open;
  bool in(const char* name) const {
    for (const auto& e : open)
      if (e == name) return true;
    return false;
  }
};

timeml parse_timeml(const std::string& xml) {
  timeml doc;
  parse_state st{&doc, {}};
  XML_Parser p = XML_ParserCreate("UTF-8");
  XML_SetUserData(p, &st);
  XML_SetElementHandler(
      p,
      [](void* u, const XML_Char* name, const XML_Char** atts) {
        auto& s = *static_cast<parse_state*>(u);
        std::map<std::string, std::string> a;
        for (int i = 0; atts[i]; i += 2) a[atts[i]] = atts[i + 1];
        if (std::string(name) == "TIMEX3") {
          if (s.in("DCT")) {
            s.doc->dct = a;
          } else if (s.in("TEXT")) {
            s.doc->timexes.push_back(a);
          }
        }
        s.open.emplace_back(name);
      },
      [](void* u, const XML_Char*) { static_cast<parse_state*>(u)->open.pop_back(); });
  XML_SetCharacterDataHandler(p, [](void* u, const XML_Char* data, int len) {
    auto& s = *static_cast<parse_state*>(u);
    if (s.in("TEXT")) s.doc->text.append(data, static_cast<std::size_t>(len));
    if (s.in("DOCID")) s.doc->docid.append(data, static_cast<std::size_t>(len));
  });
  doc.well_formed = XML_Parse(p, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  if (!doc.well_formed) doc.error = XML_ErrorString(XML_GetErrorCode(p));
  XML_ParserFree(p);
  return doc;
}

// Seven dated forms, their UTF-8 offsets as listed in the TSV test.
const std::string seven =
    "شنبه ۱۵ مرداد و ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷ و مرداد ۱۴۰۲ و اکتبر ۲۰۲۳ و هفته گذشته و سال ۲۰۲۲ و امروز";

}  // namespace

TEST_CASE("cli extract --format tsv: a header, one row per match, eight columns", "[cli][format]") {
  const auto r = test::run_taqvim("extract --jsonl --format tsv",
                                  "{\"id\":\"t\",\"text\":\"" + seven + "\",\"reference\":\"2023-08-06\"}\n");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  // Saturday is شنبه; 6 August 2023 was a Sunday, hence weekday_mismatch.
  CHECK(r.out ==
        "id\tstart\tend\ttext\tcalendar\tvalue\tgranularity\tflags\n"
        "t\t0\t24\tشنبه ۱۵ مرداد\tjalali\t2023-08-06\tday\tweekday_mismatch,year_inferred\n"
        "t\t28\t64\t۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\tjalali\t2023-08-06T19:17+03:30\tminute\t\n"
        "t\t68\t87\tمرداد ۱۴۰۲\tjalali\t2023-07-23/2023-08-22\tmonth\t\n"
        "t\t91\t110\tاکتبر ۲۰۲۳\tgregorian\t2023-10\tmonth\t\n"
        "t\t114\t133\tهفته گذشته\trelative\t2023-07-29/2023-08-04\tweek\t\n"
        "t\t137\t152\tسال ۲۰۲۲\tgregorian\t2022\tyear\t\n"
        "t\t156\t166\tامروز\trelative\t2023-08-06\tday\t\n");
}

TEST_CASE("cli extract --format tsv: tabs, line ends and backslashes escaped", "[cli][format]") {
  // The id carries TAB, LF, CR and a backslash; a number id stays its token.
  const auto r = test::run_taqvim("extract --jsonl --format tsv",
                                  "{\"id\":\"a\\tb\\nc\\rd\\\\e\",\"text\":\"امروز\",\"reference\":\"2024-01-10\"}\n"
                                  "{\"id\":1e3,\"text\":\"no date\"}\n"
                                  "{\"id\":7,\"text\":\"امروز\",\"reference\":\"2024-01-10\"}\n");
  CHECK(r.status == 0);
  const auto rows = test::lines(r.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == "a\\tb\\nc\\rd\\\\e\t0\t10\tامروز\trelative\t2024-01-10\tday\t");
  CHECK(rows[2] == "7\t0\t10\tامروز\trelative\t2024-01-10\tday\t");
  for (const auto& row : rows) CHECK(std::count(row.begin(), row.end(), '\t') == 7);
}

TEST_CASE("cli extract --format tsv: a bad record is a message, not a row", "[cli][format]") {
  const auto r = test::run_taqvim("extract --jsonl --format tsv", "not json\n");
  CHECK(r.status == 1);
  CHECK(r.out == "id\tstart\tend\ttext\tcalendar\tvalue\tgranularity\tflags\n");
  CHECK(r.err.find("taqvim: <stdin>:1: not JSON") == 0);
}

TEST_CASE("cli extract --format timex3: TimeML whose text is the input's", "[cli][format][timex3]") {
  // Markup characters, quotes, CR LF, a lone CR and a tab around the dates.
  const std::string text = "<p class=\"x\">A & B's \t" + seven + "\r\nend\r>";
  const std::string path = write_file("seven.txt", text);
  const auto r = test::run_taqvim("extract --format timex3 --reference 2023-08-06 " + quoted(path));
  REQUIRE(r.status == 0);
  INFO(r.out);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.text == text);
  CHECK(doc.docid == path);
  CHECK(doc.dct == std::map<std::string, std::string>{{"tid", "t0"},
                                                      {"type", "DATE"},
                                                      {"value", "2023-08-06"},
                                                      {"temporalFunction", "false"},
                                                      {"functionInDocument", "CREATION_TIME"}});
  using attrs = std::map<std::string, std::string>;
  const std::vector<attrs> want{
      {{"tid", "t1"}, {"type", "DATE"}, {"value", "2023-08-06"}, {"temporalFunction", "true"}, {"anchorTimeID", "t0"}},
      // A TIME value is local, as TimeML has it: no offset.
      {{"tid", "t2"}, {"type", "TIME"}, {"value", "2023-08-06T19:17"}},
      // A Jalali month is no Gregorian unit: 31 days between two anchors.
      {{"tid", "t3"}, {"type", "DURATION"}, {"value", "P31D"}, {"beginPoint", "t4"}, {"endPoint", "t5"}},
      {{"tid", "t4"}, {"type", "DATE"}, {"value", "2023-07-23"}},
      {{"tid", "t5"}, {"type", "DATE"}, {"value", "2023-08-22"}},
      {{"tid", "t6"}, {"type", "DATE"}, {"value", "2023-10"}},
      // Saturday 29 July to Friday 4 August: not an ISO week.
      {{"tid", "t7"},
       {"type", "DURATION"},
       {"value", "P7D"},
       {"beginPoint", "t8"},
       {"endPoint", "t9"},
       {"temporalFunction", "true"},
       {"anchorTimeID", "t0"}},
      {{"tid", "t8"}, {"type", "DATE"}, {"value", "2023-07-29"}},
      {{"tid", "t9"}, {"type", "DATE"}, {"value", "2023-08-04"}},
      {{"tid", "t10"}, {"type", "DATE"}, {"value", "2022"}},
      {{"tid", "t11"}, {"type", "DATE"}, {"value", "2023-08-06"}, {"temporalFunction", "true"}, {"anchorTimeID", "t0"}},
  };
  CHECK(doc.timexes == want);
}

TEST_CASE("cli extract --format timex3: the DCT from the publication line", "[cli][format][timex3]") {
  const std::string text = "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\nدیروز جلسه بود.\n";
  const auto r = test::run_taqvim("extract --format timex3", text);
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.text == text);
  CHECK(doc.docid == "-");
  CHECK(doc.dct.at("value") == "2023-08-06");
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].at("value") == "2023-08-05");
  CHECK(doc.timexes[1].at("anchorTimeID") == "t0");
}

TEST_CASE("cli extract --format timex3: a day the story tells is no DCT", "[cli][format][timex3]") {
  // The first date is told within a sentence: it dates the year of 15 May,
  // not the document, and today is not resolved against it.
  const auto r = test::run_taqvim("extract --format timex3",
                                  "ووقع المجاهد في الأسر يوم 11 سبتمبر 1931 في البيضاء، ثم أعدم في 16 سبتمبر. وتحيي ليبيا اليوم ذكراه.");
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.dct.empty());
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].at("value") == "1931-09-11");
  CHECK(doc.timexes[1].at("value") == "1931-09-16");
  CHECK(doc.timexes[1].count("anchorTimeID") == 0);
}

TEST_CASE("cli extract --format timex3: no DCT, underspecified values", "[cli][format][timex3]") {
  const auto r = test::run_taqvim("extract --format timex3", "الاجتماع في 6 أكتوبر");
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.dct.empty());
  CHECK(r.out.find("<DCT>") == std::string::npos);
  REQUIRE(doc.timexes.size() == 1);
  // The Gregorian day is known, not the year: TimeML's XXXX.
  CHECK(doc.timexes[0].at("value") == "XXXX-10-06");
  CHECK(doc.timexes[0].count("anchorTimeID") == 0);
}

TEST_CASE("cli extract --format timex3: what XML cannot carry becomes U+FFFD", "[cli][format][timex3]") {
  // A C0 control and a byte that is not UTF-8: the document stays well-formed.
  const auto r = test::run_taqvim("extract --format timex3", std::string("a\x01 b\xff c ۱۵ مرداد ۱۴۰۲"));
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.text == "a\xEF\xBF\xBD b\xEF\xBF\xBD c ۱۵ مرداد ۱۴۰۲");
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.timexes[0].at("value") == "2023-08-06");
}

TEST_CASE("cli extract --format timex3: a document of several MiB, streamed", "[cli][format][timex3]") {
  // Larger than the 8 MiB kept whole, so it goes through the pieces; the
  // dates and multi-byte letters fall across piece boundaries somewhere.
  std::string text = "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\n";
  std::size_t dates = 1;
  while (text.size() < (std::size_t{9} << 20)) {
    text += "متن خبر & <بدون> تاریخ، برای پر کردن فضا.\r\n";
    if (text.size() % 7 == 0) {
      text += "دیروز ";
      ++dates;
    }
  }
  const std::string path = write_file("big.txt", text);
  const removed_at_end cleanup{path};
  const auto r = test::run_taqvim("extract --format timex3 " + quoted(path));
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.text == text);
  CHECK(doc.timexes.size() == dates);
}

TEST_CASE("timex3 values: Gregorian units as DATE, ISO weeks, the rest as DURATION", "[cli][timex3]") {
  using namespace date;
  auto m = [](sys_days a, sys_days b, taqvim::granularity g) {
    taqvim::match x;
    x.first = local_days{a.time_since_epoch()};
    x.last = local_days{b.time_since_epoch()};
    x.granularity = g;
    return x;
  };
  using taqvim::granularity;
  using taqvim::cli::timex3_of;
  CHECK(timex3_of(m(sys_days{2023_y / 8 / 6}, sys_days{2023_y / 8 / 6}, granularity::day)).value == "2023-08-06");
  // February of a leap year, a whole Gregorian month.
  auto feb = timex3_of(m(sys_days{2024_y / 2 / 1}, sys_days{2024_y / 2 / 29}, granularity::month));
  CHECK(feb.type == "DATE");
  CHECK(feb.value == "2024-02");
  // One day short of the month: a duration.
  auto short_feb = timex3_of(m(sys_days{2024_y / 2 / 1}, sys_days{2024_y / 2 / 28}, granularity::month));
  CHECK(short_feb.type == "DURATION");
  CHECK(short_feb.value == "P28D");
  CHECK(short_feb.begin_point == "2024-02-01");
  CHECK(short_feb.end_point == "2024-02-28");
  CHECK(timex3_of(m(sys_days{2022_y / 1 / 1}, sys_days{2022_y / 12 / 31}, granularity::year)).value == "2022");
  // ISO weeks: Monday 1 January 2024 starts 2024-W01; Monday 28 December
  // 2020 starts week 53 of 2020; Monday 30 December 2024 starts 2025-W01.
  CHECK(timex3_of(m(sys_days{2024_y / 1 / 1}, sys_days{2024_y / 1 / 7}, granularity::week)).value == "2024-W01");
  CHECK(timex3_of(m(sys_days{2020_y / 12 / 28}, sys_days{2021_y / 1 / 3}, granularity::week)).value == "2020-W53");
  CHECK(timex3_of(m(sys_days{2024_y / 12 / 30}, sys_days{2025_y / 1 / 5}, granularity::week)).value == "2025-W01");
  // A Saturday-to-Friday week.
  auto sat = timex3_of(m(sys_days{2023_y / 7 / 29}, sys_days{2023_y / 8 / 4}, granularity::week));
  CHECK(sat.type == "DURATION");
  CHECK(sat.value == "P7D");
  // Times of day, local, at the precision written.
  auto t = m(sys_days{2023_y / 8 / 6}, sys_days{2023_y / 8 / 6}, granularity::hour);
  t.seconds = 19 * 3600;
  CHECK(timex3_of(t).type == "TIME");
  CHECK(timex3_of(t).value == "2023-08-06T19");
  t.granularity = granularity::minute;
  t.seconds = 19 * 3600 + 17 * 60;
  CHECK(timex3_of(t).value == "2023-08-06T19:17");
  t.granularity = granularity::second;
  t.seconds += 5;
  CHECK(timex3_of(t).value == "2023-08-06T19:17:05");
}

TEST_CASE("cli extract --format annotate: brackets when stdout is no terminal", "[cli][format]") {
  const std::string path = write_file("one.txt", "جلسه ۱۵ مرداد ۱۴۰۲ برگزار شد");
  const auto r = test::run_taqvim("extract --format annotate " + quoted(path));
  CHECK(r.status == 0);
  CHECK(r.out == "جلسه ⟦۱۵ مرداد ۱۴۰۲⟧{2023-08-06} برگزار شد\n");
  const auto c = test::run_taqvim("extract --format annotate --color always " + quoted(path));
  CHECK(c.out == "جلسه \x1b[1;4;36m۱۵ مرداد ۱۴۰۲\x1b[0m\x1b[33m{2023-08-06}\x1b[0m برگزار شد\n");
}

TEST_CASE("cli extract --format annotate: several documents, each under its name", "[cli][format]") {
  const std::string a = write_file("a.txt", "امروز\n"), b = write_file("b.txt", "هیچ\n");
  const auto r = test::run_taqvim("extract --format annotate --reference 2024-01-10 " + quoted(a) + " " + quoted(b));
  CHECK(r.status == 0);
  CHECK(r.out == "==> " + a + " <==\n⟦امروز⟧{2024-01-10}\n\n==> " + b + " <==\nهیچ\n\n");
}

TEST_CASE("cli extract --format annotate: a terminal is not driven by the text", "[cli][format]") {
  const auto r = test::run_taqvim("extract --format annotate --color always", "a\x1b[2Jb");
  CHECK(r.out == "a\xEF\xBF\xBD[2Jb\n");
}

TEST_CASE("cli extract --output-dir: one TimeML file per document", "[cli][output-dir]") {
  const std::string a = write_file("doc-a.txt", "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\nدیروز");
  const std::string b = write_file("doc-b.md", "اکتبر ۲۰۲۳");
  const std::string dir = tmp_path("out-tml");
  const auto r = test::run_taqvim("extract --format timex3 -o " + quoted(dir) + " " + quoted(a) + " " + quoted(b));
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  const timeml da = parse_timeml(test::slurp(dir + "/" + "fmt" + std::to_string(getpid()) + "-doc-a.tml"));
  const timeml db = parse_timeml(test::slurp(dir + "/" + "fmt" + std::to_string(getpid()) + "-doc-b.tml"));
  REQUIRE(da.well_formed);
  REQUIRE(db.well_formed);
  CHECK(da.text == "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\nدیروز");
  CHECK(da.timexes.size() == 2);
  CHECK(db.text == "اکتبر ۲۰۲۳");
  CHECK(db.timexes.at(0).at("value") == "2023-10");
}

TEST_CASE("cli extract --output-dir --jsonl --format timex3: one file per record", "[cli][output-dir]") {
  const std::string dir = tmp_path("out-records");
  const auto r = test::run_taqvim("extract --jsonl --format timex3 --output-dir " + quoted(dir),
                                  "{\"id\":\"x/1\",\"text\":\"امروز\",\"reference\":\"2024-01-10\"}\n"
                                  "{\"id\":2,\"text\":\"هیچ\"}\n"
                                  "{\"id\":\"..\",\"text\":\"\"}\n"
                                  "{\"id\":2,\"text\":\"again\"}\n"
                                  "{\"id\":\"\",\"text\":\"empty id\"}\n");
  CHECK(r.status == 1);
  // "/" and a leading "." are escaped; the second record named 2 is refused.
  const timeml one = parse_timeml(test::slurp(dir + "/x%2F1.tml"));
  REQUIRE(one.well_formed);
  CHECK(one.docid == "x/1");
  CHECK(one.timexes.at(0).at("value") == "2024-01-10");
  CHECK(parse_timeml(test::slurp(dir + "/2.tml")).text == "هیچ");
  CHECK(parse_timeml(test::slurp(dir + "/%2E..tml")).well_formed);
  CHECK(parse_timeml(test::slurp(dir + "/%.tml")).text == "empty id");
  CHECK(r.err == "taqvim: " + dir + "/2.tml: written already for an earlier document; not overwritten\n");
}

TEST_CASE("cli extract --output-dir: TSV and JSON Lines per input file", "[cli][output-dir]") {
  const std::string recs = write_file("recs.jsonl", "{\"id\":\"a\",\"text\":\"امروز\",\"reference\":\"2024-01-10\"}\n");
  const std::string dir = tmp_path("out-tsv");
  auto r = test::run_taqvim("extract --jsonl --format tsv -o " + quoted(dir) + " " + quoted(recs));
  CHECK(r.status == 0);
  const std::string stem = "fmt" + std::to_string(getpid()) + "-recs";
  CHECK(test::slurp(dir + "/" + stem + ".tsv") ==
        "id\tstart\tend\ttext\tcalendar\tvalue\tgranularity\tflags\na\t0\t10\tامروز\trelative\t2024-01-10\tday\t\n");
  r = test::run_taqvim("extract --jsonl -o " + quoted(dir) + " " + quoted(recs));
  CHECK(r.status == 0);
  CHECK(test::slurp(dir + "/" + stem + ".jsonl") == test::run_taqvim("extract --jsonl " + quoted(recs)).out);
}

TEST_CASE("cli extract --output-dir: errors", "[cli][output-dir][errors]") {
  const std::string file = write_file("plain-file", "x");
  const std::string doc = write_file("d.txt", "امروز");
  SECTION("a directory that cannot be made (under a regular file)") {
    const auto r = test::run_taqvim("extract -o " + quoted(file + "/sub") + " " + quoted(doc));
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("taqvim: cannot create the output directory " + file + "/sub: ") == 0);
  }
  SECTION("an existing regular file") {
    const auto r = test::run_taqvim("extract -o " + quoted(file) + " " + quoted(doc));
    CHECK(r.status == 1);
    CHECK(r.err == "taqvim: cannot create the output directory " + file + ": Not a directory\n");
  }
  SECTION("a file that cannot be written: a directory is in its place") {
    const std::string dir = tmp_path("out-blocked");
    ::mkdir(dir.c_str(), 0755);
    const std::string blocked = dir + "/fmt" + std::to_string(getpid()) + "-d.jsonl";
    ::mkdir(blocked.c_str(), 0755);
    const std::string other = write_file("e.txt", "۱۵ مرداد ۱۴۰۲");
    const auto r = test::run_taqvim("extract -o " + quoted(dir) + " " + quoted(doc) + " " + quoted(other));
    CHECK(r.status == 1);
    CHECK(r.err == "taqvim: cannot write " + blocked + ": Is a directory\n");
    // The next document is still written.
    CHECK(test::slurp(dir + "/fmt" + std::to_string(getpid()) + "-e.jsonl").find("\"matches\":[{") !=
          std::string::npos);
  }
  SECTION("two documents of one name") {
    const std::string d1 = tmp_path("d1"), d2 = tmp_path("d2");
    ::mkdir(d1.c_str(), 0755);
    ::mkdir(d2.c_str(), 0755);
    std::ofstream(d1 + "/same.txt") << "امروز ۱۵ مرداد ۱۴۰۲";
    std::ofstream(d2 + "/same.txt") << "دیروز ۱۴ مرداد ۱۴۰۲";
    const std::string dir = tmp_path("out-same");
    const auto r = test::run_taqvim("extract --format tsv -o " + quoted(dir) + " " + quoted(d1 + "/same.txt") + " " +
                                    quoted(d2 + "/same.txt"));
    CHECK(r.status == 1);
    CHECK(r.err == "taqvim: " + dir + "/same.tsv: written already for an earlier document; not overwritten\n");
    CHECK(test::slurp(dir + "/same.tsv").find("امروز") != std::string::npos);
  }
  SECTION("an unreadable input still gets its JSON error record") {
    const std::string dir = tmp_path("out-missing");
    const auto r = test::run_taqvim("extract -o " + quoted(dir) + " " + quoted(tmp_path("nowhere.txt")));
    CHECK(r.status == 1);
    CHECK(test::slurp(dir + "/fmt" + std::to_string(getpid()) + "-nowhere.jsonl") ==
          "{\"id\":\"" + tmp_path("nowhere.txt") + "\",\"error\":\"cannot read: No such file or directory\"}\n");
  }
}

TEST_CASE("cli extract: usage errors exit 2", "[cli][errors]") {
  const std::string a = write_file("u1.txt", "x"), b = write_file("u2.txt", "y");
  for (const std::string& args : std::vector<std::string>{
           "extract --format xml", "extract --format", "extract --jobs 0", "extract --jobs x",
           "extract --progress --no-progress", "extract --color sometimes", "extract --jsonl --format timex3",
           std::string("extract --format timex3 ") + quoted(a) + " " + quoted(b)}) {
    INFO(args);
    const auto r = test::run_taqvim(args, "");
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("taqvim: ", 0) == 0);
  }
  const auto r = test::run_taqvim("extract --jsonl --format timex3");
  CHECK(r.err.find("give --output-dir DIR") != std::string::npos);
}

namespace {

// Records of every kind, good and bad, many of them: the same output for
// any number of jobs is the test.
std::string many_records(std::size_t bytes, bool bad_ones = true) {
  const std::vector<std::string> texts = {"تاریخ انتشار: ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\\nدیروز جلسه بود و هفته آینده نیز.",
                                          "الأربعاء 22 ربيع الأول 1445هـ الموافق 8 أكتوبر 2023م",
                                          "متن بدون تاریخ که فقط برای طول بیشتر است و هیچ عددی ندارد. ",
                                          "امروز",
                                          "6 تشرين الاول /اكتوبر",
                                          "سه شنبه 14 آذر 1402 - 18:23"};
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    const std::string& t = texts[i % texts.size()];
    std::string text;
    for (std::size_t k = 0; k <= i % 13; ++k) text += t + " ";
    switch (bad_ones ? i % 17 : 0) {
      case 3:
        out += "not json\n";
        break;
      case 5:
        out += "\n  \n";
        break;
      case 7:
        out += "{\"id\":" + std::to_string(i) + ",\"text\":\"x\",\"tz\":\"Mars/Olympus\"}\n";
        break;
      case 11:
        out += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
        break;
      default:
        out += "{\"id\":" + std::to_string(i) + ",\"text\":\"" + text + "\",\"reference\":\"2024-0" +
               std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + "\"}\n";
    }
  }
  return out;
}

// Runs `command` through the shell in a child of its own and returns its
// exit status and the peak resident memory, in KiB, of it and what it ran.
// fork(), not system(): a child that shares its parent's memory until exec
// (as system()'s does) is charged the parent's own peak.
std::pair<int, long> run_measured(const std::string& command) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss};
}

}  // namespace

TEST_CASE("cli extract --jobs: the same bytes for any number of jobs, records", "[cli][jobs]") {
  const std::string path = write_file("jobs.jsonl", many_records(std::size_t{12} << 20));
  const removed_at_end cleanup{path};
  for (const char* format : {"jsonl", "tsv", "annotate"}) {
    INFO(format);
    const auto one = test::run_taqvim(std::string("extract --jsonl --jobs 1 --format ") + format + " " + quoted(path));
    CHECK(one.status == 1);
    CHECK(one.out.size() > (std::size_t{1} << 20));
    for (const char* jobs : {"2", "7"}) {
      INFO(jobs);
      const auto many =
          test::run_taqvim(std::string("extract --jsonl --jobs ") + jobs + " --format " + format + " " + quoted(path));
      CHECK(many.status == one.status);
      CHECK(many.out == one.out);
      CHECK(many.err == one.err);
    }
  }
}

TEST_CASE("cli extract --jobs: the same bytes for any number of jobs, documents", "[cli][jobs]") {
  // Small documents, one missing, and one too large to be held whole
  // (streamed between the others).
  std::vector<std::string> paths;
  std::string big_doc;
  const std::string body = "تاریخ انتشار: ۱۵ مرداد ۱۴۰۲\nدیروز و امروز و فردا. ";
  for (int i = 0; i < 40; ++i) {
    std::string text;
    for (int k = 0; k <= i; ++k) text += body;
    paths.push_back(write_file("docs-" + std::to_string(i) + ".txt", text));
    if (i == 20) paths.push_back(tmp_path("docs-missing.txt"));
    if (i == 30) {
      std::string big;
      while (big.size() < (std::size_t{9} << 20)) big += body;
      paths.push_back(write_file("docs-big.txt", big));
      big_doc = paths.back();
    }
  }
  const removed_at_end cleanup{big_doc};
  std::string args;
  for (const auto& p : paths) args += " " + quoted(p);
  for (const char* format : {"jsonl", "tsv", "annotate"}) {
    INFO(format);
    const auto one = test::run_taqvim(std::string("extract --jobs 1 --format ") + format + args);
    CHECK(one.status == 1);
    const auto many = test::run_taqvim(std::string("extract --jobs 3 --format ") + format + args);
    CHECK(many.status == one.status);
    CHECK(many.out == one.out);
    CHECK(many.err == one.err);
  }
}

TEST_CASE("cli extract --jobs: memory stays bounded on a large input", "[cli][jobs]") {
  // 96 MiB of records: the reader waits for the workers rather than
  // holding the input.
  const std::string piece = write_file("jobs-piece.jsonl", many_records(std::size_t{1} << 20));
  const std::string path = tmp_path("jobs-large.jsonl");
  const removed_at_end cleanup{path}, cleanup_piece{piece};
  REQUIRE(std::system(("for i in $(seq 96); do cat " + quoted(piece) + "; done >" + quoted(path)).c_str()) == 0);
  // Under AddressSanitizer freed memory is held in a quarantine (256 MiB by
  // default), which would be measured instead of the program's own; other
  // builds ignore the variable.
  const char* asan = std::getenv("ASAN_OPTIONS");
  const std::string no_quarantine = (asan && *asan ? std::string(asan) + ":" : std::string()) +
                                    "quarantine_size_mb=0:thread_local_quarantine_size_kb=0";
  const auto [status, kib] =
      run_measured("ASAN_OPTIONS=" + quoted(no_quarantine) + " " + quoted(TAQVIM_CLI_PATH) +
                   " extract --jsonl --jobs 2 --format tsv " + quoted(path) + " >/dev/null 2>&1");
  CHECK(status == 1);
  // Holding the input would take twice the limit.
  CHECK(kib < 48 * 1024);
  CHECK(kib > 1024);
}

TEST_CASE("cli extract --progress: forced on, lines on stderr", "[cli][progress]") {
  const std::string recs = many_records(std::size_t{6} << 20, false);
  const std::string path = write_file("progress.jsonl", recs);
  const removed_at_end cleanup{path};
  std::size_t lines = 0;
  for (char c : recs) lines += c == '\n';
  const auto r = test::run_taqvim("extract --jsonl --progress " + quoted(path));
  CHECK(r.status == 0);
  const auto shown = test::lines(r.err);
  REQUIRE(!shown.empty());
  const std::regex during(
      R"(taqvim: [0-9]+\.[0-9] MiB of 6\.0 MiB \([0-9]+%\), [0-9]+ records, [0-9]+\.[0-9] MiB/s(, [0-9]+ (s|min [0-9]+ s) left)?)");
  for (std::size_t i = 0; i + 1 < shown.size(); ++i) CHECK(std::regex_match(shown[i], during));
  const std::regex done(R"(taqvim: done: 6\.0 MiB, ([0-9]+) records in [0-9]+ s \([0-9]+\.[0-9] MiB/s\))");
  std::smatch m;
  REQUIRE(std::regex_match(shown.back(), m, done));
  CHECK(m[1] == std::to_string(lines));
}

TEST_CASE("cli extract --progress: from a pipe, once past the threshold", "[cli][progress]") {
  // stdin: a size nobody said in advance.
  const auto r = test::run_taqvim("extract --progress", std::string(std::size_t{5} << 20, 'a'));
  CHECK(r.status == 0);
  CHECK(std::regex_match(r.err, std::regex(R"((taqvim: [0-9.]+ MiB, [01] documents?, [0-9.]+ MiB/s\n)*)"
                                           R"(taqvim: done: 5\.0 MiB, 1 document in [0-9]+ s \([0-9.]+ MiB/s\)\n)")));
}

TEST_CASE("cli extract --progress: nothing for small inputs or by default off a terminal", "[cli][progress]") {
  const std::string big = write_file("progress-off.jsonl", many_records(std::size_t{6} << 20));
  const removed_at_end cleanup{big};
  const std::string small = write_file("progress-small.jsonl", many_records(std::size_t{1} << 20));
  const auto quiet = [](const std::string& err) {
    for (const auto& line : test::lines(err))
      if (line.find("MiB") != std::string::npos) return false;
    return true;
  };
  CHECK(quiet(test::run_taqvim("extract --jsonl " + quoted(big)).err));
  CHECK(quiet(test::run_taqvim("extract --jsonl --no-progress " + quoted(big)).err));
  CHECK(quiet(test::run_taqvim("extract --jsonl --progress " + quoted(small)).err));
}

namespace {

// Runs `args` with stdout and stderr on a terminal (script(1) from
// util-linux gives it a pseudo-terminal); returns what the terminal showed.
std::string on_terminal(const std::string& args, const std::string& env = "") {
  const std::string shown = tmp_path("tty.out");
  const std::string inner = env + " '" + std::string(TAQVIM_CLI_PATH) + "' " + args;
  const std::string cmd = "script -qec \"" + inner + "\" /dev/null </dev/null >'" + shown + "' 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return test::slurp(shown);
}

}  // namespace

TEST_CASE("cli extract on a terminal: annotate in colour unless NO_COLOR", "[cli][format][tty]") {
  const std::string path = write_file("tty.txt", "جلسه ۱۵ مرداد ۱۴۰۲ برگزار شد");
  // The terminal turns LF into CR LF.
  CHECK(on_terminal("extract --format annotate " + quoted(path)) ==
        "جلسه \x1b[1;4;36m۱۵ مرداد ۱۴۰۲\x1b[0m\x1b[33m{2023-08-06}\x1b[0m برگزار شد\r\n");
  CHECK(on_terminal("extract --format annotate " + quoted(path), "NO_COLOR=1") ==
        "جلسه ⟦۱۵ مرداد ۱۴۰۲⟧{2023-08-06} برگزار شد\r\n");
  CHECK(on_terminal("extract --format annotate --color never " + quoted(path)) ==
        "جلسه ⟦۱۵ مرداد ۱۴۰۲⟧{2023-08-06} برگزار شد\r\n");
}

TEST_CASE("cli extract on a terminal: progress by default, redrawn in place", "[cli][progress][tty]") {
  const std::string recs = many_records(std::size_t{6} << 20, false);
  std::size_t lines = 0;
  for (char c : recs) lines += c == '\n';
  const std::string path = write_file("tty.jsonl", recs);
  const removed_at_end cleanup{path};
  const std::string shown = on_terminal("extract --jsonl " + quoted(path) + " >/dev/null");
  // Each state overwrites the last: CR, the line, erase to its end; the
  // closing one ends the line.
  const std::regex redrawn(
      R"((\rtaqvim: [0-9.]+ MiB of 6\.0 MiB \([0-9]+%\), [0-9]+ records, [0-9.]+ MiB/s(, [0-9]+ s left)?\x1b\[K)*)"
      R"(\rtaqvim: done: 6\.0 MiB, ([0-9]+) records in [0-9]+ s \([0-9.]+ MiB/s\)\x1b\[K\r\n)");
  std::smatch m;
  REQUIRE(std::regex_match(shown, m, redrawn));
  CHECK(m[3] == std::to_string(lines));
  CHECK(on_terminal("extract --jsonl --no-progress " + quoted(path) + " >/dev/null").empty());
}

TEST_CASE("cli extract --format timex3: a DCT with a time of day is a TIME", "[cli][format][timex3]") {
  const auto r = test::run_taqvim("extract --format timex3 --reference 2023-08-06T12:30+03:30", "امروز");
  REQUIRE(r.status == 0);
  const timeml doc = parse_timeml(r.out);
  REQUIRE(doc.well_formed);
  CHECK(doc.dct.at("type") == "TIME");
  CHECK(doc.dct.at("value") == "2023-08-06T12:30");
}

TEST_CASE("cli extract --jobs: the same files under --output-dir for any number of jobs", "[cli][jobs][output-dir]") {
  const std::string recs = write_file("jobs-dir.jsonl", many_records(std::size_t{2} << 20));
  const std::string one = tmp_path("jobs-dir-1"), many = tmp_path("jobs-dir-4");
  struct removed_dirs {
    std::string a, b;
    ~removed_dirs() {
      std::error_code ec;
      std::filesystem::remove_all(a, ec);
      std::filesystem::remove_all(b, ec);
    }
  } cleanup{one, many};
  const auto a = test::run_taqvim("extract --jsonl --format timex3 --jobs 1 -o " + quoted(one) + " " + quoted(recs));
  const auto b = test::run_taqvim("extract --jsonl --format timex3 --jobs 4 -o " + quoted(many) + " " + quoted(recs));
  CHECK(a.status == b.status);
  CHECK(a.err == b.err);
  // Every file of one run, byte for byte in the other, and as many files.
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(one)) {
    const std::string name = entry.path().filename().string();
    INFO(name);
    CHECK(test::slurp(entry.path().string()) == test::slurp(many + "/" + name));
    ++files;
  }
  CHECK(files > 1000);
  CHECK(static_cast<std::size_t>(
            std::distance(std::filesystem::directory_iterator(many), std::filesystem::directory_iterator())) == files);
}
