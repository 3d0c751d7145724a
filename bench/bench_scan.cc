// The throughput issue's comparison, in one run over one buffer: taqvim
// end to end (one 64 MiB document, read in pieces as the CLI reads a
// file), RE2 running one simple month-name pattern, a multi-literal engine
// (Vectorscan) looking for every lexicon key, hand-written SIMD scans for
// the digits of three scripts (SSE2, and AVX2 where the CPU has it), and
// memchr. The buffer is the five bundled articles and the two Wikipedia
// articles in bench/data, repeated to 64 MiB. See docs/performance.md.
#include <taqvim/extract.h>

#include <benchmark/benchmark.h>

#if defined(TAQVIM_BENCH_RE2)
#include <re2/re2.h>
#endif
#if defined(TAQVIM_BENCH_HS)
#include <hs.h>
#endif
#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include <dirent.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> files_in(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
        names.push_back(dir + "/" + n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The articles and the Wikipedia text, one after another, a line break
// between, repeated to 64 MiB; cut at a line break.
const std::string& corpus() {
  static const std::string text = [] {
    std::string one;
    for (const std::string& dir : {std::string(TAQVIM_ARTICLES_DIR), std::string(TAQVIM_WIKIPEDIA_DIR)})
      for (const std::string& f : files_in(dir, ".txt")) one += read_file(f) + "\n";
    std::string all;
    constexpr std::size_t target = std::size_t{64} << 20;
    if (one.empty()) return all;
    while (all.size() < target) all += one;
    all.resize(target);
    all.resize(all.rfind('\n') + 1);
    return all;
  }();
  return text;
}

template <class F>
void over_corpus(benchmark::State& state, F&& pass) {
  const std::string& text = corpus();
  if (text.empty()) {
    state.SkipWithError("no text in " TAQVIM_ARTICLES_DIR);
    return;
  }
  std::size_t found = 0;
  for (auto _ : state) found += pass(text);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["found_per_pass"] =
      benchmark::Counter(static_cast<double>(found) / static_cast<double>(state.iterations()));
}

// taqvim: the whole buffer as one document (the library reads it in 1 MiB
// pieces, as `taqvim extract --jobs 1 FILE` does), against a reference.
void BM_taqvim_extract(benchmark::State& state) {
  taqvim::extract_options o;
  o.reference = taqvim::reference_time{};
  o.reference->day = date::local_days{date::year{2024} / 5 / 13};
  over_corpus(state, [&](const std::string& text) {
    std::size_t n = 0;
    taqvim::extract(text, o, [&](const taqvim::match& m) {
      benchmark::DoNotOptimize(m.first);
      ++n;
    });
    return n;
  });
}
BENCHMARK(BM_taqvim_extract)->Unit(benchmark::kMillisecond);

// memchr: every line break, the floor of any pass over the bytes.
void BM_memchr_lines(benchmark::State& state) {
  over_corpus(state, [](const std::string& text) {
    std::size_t n = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
      ++n;
      ++p;
    }
    return n;
  });
}
BENCHMARK(BM_memchr_lines)->Unit(benchmark::kMillisecond);

// The digits of three scripts (ASCII, Arabic-Indic U+0660..9 = D9 A0..A9,
// Persian U+06F0..9 = DB B0..B9): the first bytes of the positions a
// prefilter must hand on. Portable, then 16 and 32 bytes at a time.
std::size_t digits_portable(const std::string& text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    n += (p[i] - 0x30U < 10U) | (p[i] == 0xD9 && p[i + 1] - 0xA0U < 10U) | (p[i] == 0xDB && p[i + 1] - 0xB0U < 10U);
  return n;
}

void BM_digits_portable(benchmark::State& state) { over_corpus(state, digits_portable); }
BENCHMARK(BM_digits_portable)->Unit(benchmark::kMillisecond);

#if defined(__SSE2__)
std::size_t digits_sse2(const std::string& text) {
  const char* p = text.data();
  const std::size_t size = text.size();
  std::size_t n = 0, i = 0;
  const auto splat = [](int v) { return _mm_set1_epi8(static_cast<char>(v)); };
  for (; i + 17 <= size; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    // Unsigned range tests as signed compares after a shift by 0x80.
    const __m128i ascii = _mm_cmplt_epi8(_mm_sub_epi8(v, splat('0' + 0x80)), splat(10 - 0x80));
    const __m128i ar = _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xD9)),
                                     _mm_cmplt_epi8(_mm_sub_epi8(w, splat(0xA0 + 0x80)), splat(10 - 0x80)));
    const __m128i fa = _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xDB)),
                                     _mm_cmplt_epi8(_mm_sub_epi8(w, splat(0xB0 + 0x80)), splat(10 - 0x80)));
    const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, _mm_or_si128(ar, fa))));
    n += static_cast<std::size_t>(__builtin_popcount(m));
  }
  return n + digits_portable(text.substr(i));
}

void BM_digits_sse2(benchmark::State& state) { over_corpus(state, digits_sse2); }
BENCHMARK(BM_digits_sse2)->Unit(benchmark::kMillisecond);

#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("avx2"))) std::size_t digits_avx2(const std::string& text) {
  const char* p = text.data();
  const std::size_t size = text.size();
  std::size_t n = 0, i = 0;
  // Constants set once: a lambda returning a 256-bit value would not be
  // compiled for AVX2 (the target attribute is this function's alone).
  const __m256i ten = _mm256_set1_epi8(static_cast<char>(10 - 0x80));
  const __m256i zero_ascii = _mm256_set1_epi8(static_cast<char>('0' + 0x80));
  const __m256i zero_ar = _mm256_set1_epi8(static_cast<char>(0xA0 + 0x80));
  const __m256i zero_fa = _mm256_set1_epi8(static_cast<char>(0xB0 + 0x80));
  const __m256i lead_ar = _mm256_set1_epi8(static_cast<char>(0xD9));
  const __m256i lead_fa = _mm256_set1_epi8(static_cast<char>(0xDB));
  for (; i + 33 <= size; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 1));
    const __m256i ascii = _mm256_cmpgt_epi8(ten, _mm256_sub_epi8(v, zero_ascii));
    const __m256i ar = _mm256_and_si256(_mm256_cmpeq_epi8(v, lead_ar), _mm256_cmpgt_epi8(ten, _mm256_sub_epi8(w, zero_ar)));
    const __m256i fa = _mm256_and_si256(_mm256_cmpeq_epi8(v, lead_fa), _mm256_cmpgt_epi8(ten, _mm256_sub_epi8(w, zero_fa)));
    const auto m = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_or_si256(ascii, _mm256_or_si256(ar, fa))));
    n += static_cast<std::size_t>(__builtin_popcount(m));
  }
  return n + digits_portable(text.substr(i));
}

void BM_digits_avx2(benchmark::State& state) {
  if (!__builtin_cpu_supports("avx2")) {
    state.SkipWithError("this CPU has no AVX2");
    return;
  }
  over_corpus(state, digits_avx2);
}
BENCHMARK(BM_digits_avx2)->Unit(benchmark::kMillisecond);
#endif
#endif

#if defined(TAQVIM_BENCH_RE2)
// RE2 with one simple pattern: a day number then a Jalali or Gregorian
// month name (Persian and Arabic spellings), the kind of single pattern a
// regex-based extractor starts from.
void BM_re2_one_month_pattern(benchmark::State& state) {
  const RE2 pattern(
      "[0-9\u06F0-\u06F9\u0660-\u0669]{1,2} "
      "(\u0641\u0631\u0648\u0631\u062F\u06CC\u0646|\u0627\u0631\u062F\u06CC\u0628\u0647\u0634\u062A|"
      "\u062E\u0631\u062F\u0627\u062F|\u062A\u06CC\u0631|\u0645\u0631\u062F\u0627\u062F|"
      "\u0634\u0647\u0631\u06CC\u0648\u0631|\u0645\u0647\u0631|\u0622\u0628\u0627\u0646|\u0622\u0630\u0631|"
      "\u062F\u06CC|\u0628\u0647\u0645\u0646|\u0627\u0633\u0641\u0646\u062F|"
      "\u064A\u0646\u0627\u064A\u0631|\u0641\u0628\u0631\u0627\u064A\u0631|\u0645\u0627\u0631\u0633|"
      "\u0623\u0628\u0631\u064A\u0644|\u0645\u0627\u064A\u0648|\u064A\u0648\u0646\u064A\u0648|"
      "\u064A\u0648\u0644\u064A\u0648|\u0623\u063A\u0633\u0637\u0633|\u0633\u0628\u062A\u0645\u0628\u0631|"
      "\u0623\u0643\u062A\u0648\u0628\u0631|\u0646\u0648\u0641\u0645\u0628\u0631|\u062F\u064A\u0633\u0645\u0628\u0631)");
  if (!pattern.ok()) {
    state.SkipWithError("the pattern does not compile");
    return;
  }
  over_corpus(state, [&](const std::string& text) {
    std::size_t n = 0;
    re2::StringPiece rest(text);
    while (RE2::FindAndConsume(&rest, pattern)) ++n;
    return n;
  });
}
BENCHMARK(BM_re2_one_month_pattern)->Unit(benchmark::kMillisecond);
#endif

#if defined(TAQVIM_BENCH_HS)
// The keys of the lexicon (data/lexicon/*.txt, as written there: the raw
// variants a real prefilter would need are not added), every key (0) or
// those of the kinds an expression starts with (1: months, weekdays,
// relative words, holidays, parts, decades, number words; not fillers,
// connectors, units, zones), and the digits of the three scripts, as
// literals, found by Vectorscan in one pass: the speed of a well-kept
// multi-literal engine on the anchor set.
bool start_kind(const std::string& kind) {
  for (const char* k : {"month_gregorian", "month_hijri", "month_jalali", "weekday", "relative", "holiday", "part",
                        "decade", "months_of_year", "cardinal", "ordinal"})
    if (kind == k) return true;
  return false;
}

std::vector<std::string> lexicon_keys(bool starts_only) {
  std::vector<std::string> keys;
  for (const std::string& f : files_in(TAQVIM_LEXICON_DIR, ".txt")) {
    std::ifstream in(f);
    bool take = !starts_only;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("# kind: ", 0) == 0) take = !starts_only || start_kind(line.substr(8));
      if (!take || line.empty() || line[0] == '#') continue;
      const std::string key = line.substr(0, line.find('\t'));
      if (!key.empty() && key.find_first_not_of(' ') != std::string::npos) keys.push_back(key);
    }
  }
  for (char d = '0'; d <= '9'; ++d) keys.emplace_back(1, d);
  for (unsigned d = 0; d < 10; ++d) {
    keys.push_back(std::string{'\xD9', static_cast<char>(0xA0 + d)});
    keys.push_back(std::string{'\xDB', static_cast<char>(0xB0 + d)});
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void BM_vectorscan_lexicon_keys(benchmark::State& state) {
  const std::vector<std::string> keys = lexicon_keys(state.range(0) == 1);
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags(keys.size(), 0), ids(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    expressions.push_back(keys[k].data());
    lengths.push_back(keys[k].size());
    ids[k] = static_cast<unsigned>(k);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(keys.size()), HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    state.SkipWithError(error ? error->message : "hs_compile_lit_multi failed");
    hs_free_compile_error(error);
    return;
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  over_corpus(state, [&](const std::string& text) {
    std::size_t n = 0;
    // Block mode takes at most 4 GiB at a time; 64 MiB is one block.
    hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
            [](unsigned, unsigned long long, unsigned long long, unsigned, void* c) {
              ++*static_cast<std::size_t*>(c);
              return 0;
            },
            &n);
    return n;
  });
  state.counters["literals"] = static_cast<double>(keys.size());
  hs_free_scratch(scratch);
  hs_free_database(db);
}
BENCHMARK(BM_vectorscan_lexicon_keys)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
