// The rules of the reference scorer score.py (see SCHEMA.md of the
// evaluation), so that the tests can score the extractor without Python.
//
// Spans are compared in characters (code points), as Python slices strings;
// a predicted byte offset inside a character counts as that character.
// Gold surfaces are found by their first occurrence at or after one
// character past the previous expected surface's start (the whole text when
// not found there); traps by every occurrence.
#ifndef TAQVIM_TESTS_EVAL_SCORE_H
#define TAQVIM_TESTS_EVAL_SCORE_H

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace test::eval {

struct gold_entry {
  std::string surface;
  // Only a string value can equal a prediction's str(value); a gold value of
  // another JSON type never matches, as in Python.
  std::optional<std::string> value;
  std::string category;  // the entry's, else the case's lang, else "all"
  bool optional = false;
};

struct gold_case {
  std::string id;  // see id_key
  std::string text;
  std::optional<std::string> lang, reference, tz;
  std::vector<gold_entry> expected;
  std::vector<std::string> traps;
};

struct predicted_match {
  // What Python would index its offset table with: a JSON integer (or
  // true/false, which are ints to Python). Empty when the member is
  // missing or of another type, which makes the match "bad offsets".
  std::optional<long long> start, end;
  // str(m.get("value", "")) before strip(), Python's rendering of the JSON value.
  std::string value = {};
  // The match is a JSON object at all (else it is "bad offsets").
  bool is_object = true;
};

struct prediction {
  std::string id;  // see id_key
  std::vector<predicted_match> matches;
};

// A JSON id as a map key: a string id is itself, any other id is its Python
// rendering behind a NUL, so that 42 and "42" stay apart as in Python.
std::string id_key_of_non_string(std::string_view python_str);

struct category_scores {
  long gold = 0;
  double recall = 0, strict_recall = 0;
};

// score.py's result: rates rounded to 4 places as it rounds them.
struct scores {
  long cases = 0, gold = 0, predicted = 0;
  double precision = 0, recall = 0, f1 = 0, value_accuracy = 0, strict_f1 = 0;
  long false_positives = 0, trap_hits = 0, fp_in_dateless_cases = 0, traps = 0, bad_offsets = 0;
  std::map<std::string, category_scores> by_category;
  // Counts behind the rates, which score.py does not print.
  long found = 0, right = 0, true_positive_predictions = 0;
};

// One line of score.py's error list: ("missed" | "wrong value" |
// "false positive" | "bad offsets", the surface or matched text, detail).
struct score_error {
  std::string id, what, text, detail;
};

// Throws std::runtime_error when a gold surface is not in its text (where
// score.py exits).
scores score(const std::vector<gold_case>& gold, const std::vector<prediction>& predictions,
             std::vector<score_error>* errors = nullptr);

// One JSON Lines record; throws std::runtime_error when it is not JSON or
// lacks what score.py reads unconditionally (id, text, surface, an object).
gold_case parse_gold(std::string_view json);
prediction parse_prediction(std::string_view json);

// Whole files, skipping lines that are blank after Python's strip().
std::vector<gold_case> read_gold(const std::string& path);
std::vector<prediction> read_predictions(const std::string& path);

// Byte-identical to `score.py --json`, and to its plain report.
std::string to_json(const scores& s);
std::string to_text(const scores& s);

// Python's repr() of a float.
std::string python_repr(double x);
// Python's round(x, 4).
double round4(double x);

}  // namespace test::eval

#endif
