// taqvim_score GOLD PRED [--json]: the C++ scorer as a command, with the
// output of score.py, so that CI can show the two scorers agree.
#include <cstring>
#include <exception>
#include <iostream>

#include "score.h"

int main(int argc, char** argv) {
  if (argc < 3 || (argc == 4 && std::strcmp(argv[3], "--json") != 0) || argc > 4) {
    std::cerr << "usage: taqvim_score GOLD.jsonl PRED.jsonl [--json]\n";
    return 2;
  }
  try {
    const auto s = test::eval::score(test::eval::read_gold(argv[1]), test::eval::read_predictions(argv[2]));
    if (argc == 4) std::cout << test::eval::to_json(s) << '\n';
    else std::cout << test::eval::to_text(s);
  } catch (const std::exception& e) {
    std::cerr << "taqvim_score: " << e.what() << '\n';
    return 2;
  }
  return 0;
}
