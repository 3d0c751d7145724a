// A stand-in for libFuzzer's main, for compilers without libFuzzer: runs
// LLVMFuzzerTestOneInput once on every file named on the command line or found
// (recursively) under a directory named there. This is how each fuzz target's
// corpus becomes an ordinary test.
//
//   fuzz_NAME_replay fuzz/corpus/NAME [more files or directories...]
//
// Exit status: 0 when every input ran; 1 when a path is missing or unreadable,
// or when no input was found at all (an empty run would prove nothing). A
// failing check in the target aborts the process, so the last "running" line
// on stderr names the culprit.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Optional in a target, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

namespace {

bool collect(const fs::path& root, std::vector<fs::path>& out) {
  std::error_code ec;
  const auto status = fs::status(root, ec);
  if (ec || !fs::exists(status)) {
    std::fprintf(stderr, "replay: %s: no such file or directory\n", root.c_str());
    return false;
  }
  if (!fs::is_directory(status)) {
    out.push_back(root);
    return true;
  }
  std::vector<fs::path> found;
  for (fs::recursive_directory_iterator it{root, fs::directory_options::follow_directory_symlink, ec}, end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) found.push_back(it->path());
  }
  if (ec) {
    std::fprintf(stderr, "replay: %s: %s\n", root.c_str(), ec.message().c_str());
    return false;
  }
  // Directory order is arbitrary; a fixed order makes a failure reproducible.
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
  return true;
}

bool read_file(const fs::path& p, std::vector<std::uint8_t>& bytes) {
  std::ifstream in{p, std::ios::binary};
  if (!in) return false;
  bytes.assign(std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{});
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);

  std::vector<fs::path> inputs;
  bool ok = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    // libFuzzer flags (-runs=1 and the like) may be passed by habit; they mean nothing here.
    if (!arg.empty() && arg[0] == '-') continue;
    ok = collect(arg, inputs) && ok;
  }
  if (!ok) return 1;
  if (inputs.empty()) {
    std::fprintf(stderr, "replay: no inputs (usage: %s FILE_OR_DIR...)\n", argc > 0 ? argv[0] : "replay");
    return 1;
  }

  std::vector<std::uint8_t> bytes;
  for (const auto& p : inputs) {
    if (!read_file(p, bytes)) {
      std::fprintf(stderr, "replay: %s: cannot read\n", p.c_str());
      return 1;
    }
    std::fprintf(stderr, "replay: running %s (%zu bytes)\n", p.c_str(), bytes.size());
    // An exact-size heap copy, so that a sanitizer build catches a read past the input.
    const std::size_t n = bytes.size();
    std::unique_ptr<std::uint8_t[]> copy{new std::uint8_t[n > 0 ? n : 1]};
    std::copy(bytes.begin(), bytes.end(), copy.get());
    LLVMFuzzerTestOneInput(copy.get(), n);
  }
  std::printf("replay: %zu inputs ran\n", inputs.size());
  return 0;
}
