// Extraction throughput over the bundled news articles, repeated to about
// 64 MiB of text: one document per article copy, the way a pipeline feeds
// the library. See docs/performance.md.
#include <taqvim/extract.h>
#include <taqvim/text/normalize.h>

#include <benchmark/benchmark.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> load_articles() {
  std::vector<std::string> out;
  const std::string dir = TAQVIM_ARTICLES_DIR;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  std::vector<std::string> names;
  while (const dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 4 && n.substr(n.size() - 4) == ".txt") names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const auto& n : names) {
    std::ifstream in(dir + "/" + n, std::ios::binary);
    out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return out;
}

constexpr std::size_t target_bytes = 64u << 20;

// The documents, cycled until about 64 MiB.
const std::vector<std::string>& corpus() {
  static const std::vector<std::string> docs = [] {
    const std::vector<std::string> articles = load_articles();
    std::vector<std::string> all;
    std::size_t bytes = 0;
    for (std::size_t i = 0; !articles.empty() && bytes < target_bytes; ++i) {
      all.push_back(articles[i % articles.size()]);
      bytes += all.back().size();
    }
    return all;
  }();
  return docs;
}

void run(benchmark::State& state, const taqvim::extract_options& options) {
  const auto& docs = corpus();
  if (docs.empty()) {
    state.SkipWithError("no articles in " TAQVIM_ARTICLES_DIR);
    return;
  }
  std::size_t bytes = 0, matches = 0;
  for (const auto& d : docs) bytes += d.size();
  for (auto _ : state) {
    for (const auto& d : docs) {
      taqvim::extract(d, options, [&](const taqvim::match& m) {
        benchmark::DoNotOptimize(m.first);
        ++matches;
      });
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["matches_per_pass"] =
      benchmark::Counter(static_cast<double>(matches) / static_cast<double>(state.iterations()));
}

// Without a reference: each document resolves against its own publication line.
void BM_extract_articles(benchmark::State& state) { run(state, {}); }

void BM_extract_articles_with_reference(benchmark::State& state) {
  taqvim::extract_options o;
  o.reference = taqvim::reference_time::parse("2023-08-06T12:00+03:30");
  run(state, o);
}

// Folding alone (text/normalize.h), the first of extraction's three passes:
// by the path fold() takes (state.range(0) == -1), or by one path (0
// portable, 1 SSE2, 2 AVX2) where the processor has it.
void BM_fold_articles(benchmark::State& state) {
  using taqvim::text::detail::fold_path;
  const auto& docs = corpus();
  if (docs.empty()) {
    state.SkipWithError("no articles in " TAQVIM_ARTICLES_DIR);
    return;
  }
  const bool own = state.range(0) < 0;
  const auto path = static_cast<fold_path>(own ? 0 : state.range(0));
  if (!own && !taqvim::text::detail::has_fold_path(path)) {
    state.SkipWithError("this processor lacks the path");
    return;
  }
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  taqvim::text::folded_text f;
  for (auto _ : state) {
    for (const auto& d : docs) {
      if (own) taqvim::text::fold(d, f);
      else taqvim::text::detail::fold_with(path, d, f);
      benchmark::DoNotOptimize(f.text().data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

}  // namespace

BENCHMARK(BM_extract_articles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_articles_with_reference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fold_articles)->Arg(-1)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
