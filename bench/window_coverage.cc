// How much of a text a prefilter would still have to fold and tokenize if
// it handed the extractor only windows around the tokens an expression can
// be made of: numbers and lexicon words (not the fillers and connectors
// alone, which only join others). For each file and window size K (tokens
// either side of such a token) it prints the share of the text's bytes the
// windows cover. An estimate of the prefilter's best case, before any cost
// of its own; see docs/performance.md.
//
//   build/bench/window_coverage examples/articles/*.txt
#include <taqvim/text/normalize.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/scan.h"

int main(int argc, char** argv) {
  using namespace taqvim;
  constexpr unsigned joiners =
      1U << static_cast<unsigned>(lexicon::kind::filler) | 1U << static_cast<unsigned>(lexicon::kind::connector);
  constexpr std::size_t windows[] = {0, 2, 4, 8, 16};
  std::printf("%-40s %10s %8s", "file", "bytes", "core");
  for (const std::size_t k : windows) std::printf("   K=%-3zu", k);
  std::printf("\n");
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[a]);
      return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text::folded_text folded;
    text::fold(text, folded);
    std::vector<scan::token> tokens;
    std::vector<std::uint32_t> starts;
    std::vector<std::uint64_t> stops;
    scan::tokenize(folded.text(), tokens, starts, stops);
    std::vector<std::size_t> core;
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].t == scan::type::number || (tokens[i].t == scan::type::lex && (tokens[i].kinds & ~joiners)))
        core.push_back(i);
    std::printf("%-40s %10zu %8zu", argv[a], text.size(), core.size());
    for (const std::size_t k : windows) {
      // Folded bytes covered by the union of the windows, as a share of all.
      std::size_t covered = 0, end = 0;
      for (const std::size_t c : core) {
        const std::size_t first = c >= k ? c - k : 0;
        const std::size_t last = c + k < tokens.size() ? c + k : tokens.size() - 1;
        const std::size_t b = std::max<std::size_t>(tokens[first].begin, end);
        const std::size_t e = tokens[last].end;
        if (e > b) covered += e - b;
        if (e > end) end = e;
      }
      std::printf("   %5.1f%%", folded.text().empty() ? 0.0 : 100.0 * static_cast<double>(covered) / static_cast<double>(folded.text().size()));
    }
    std::printf("\n");
  }
  return 0;
}
