// Runs the taqvim binary through the shell, as a user would.
#ifndef TAQVIM_TESTS_CLI_RUN_H
#define TAQVIM_TESTS_CLI_RUN_H

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace test {

struct run_result {
  int status = -1;
  std::string out, err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `args` is pasted into a shell command line: quote what needs it.
inline run_result run_taqvim(const std::string& args, const std::string& input = "") {
  static int counter = 0;
  // ctest runs test cases as parallel processes: the pid keeps their files apart.
  const std::string base = std::string(TAQVIM_TEST_TMP_DIR) + "/cli" + std::to_string(getpid()) + "-" +
                           std::to_string(++counter);
  {
    std::ofstream(base + ".in", std::ios::binary) << input;
  }
  const std::string cmd = std::string("'") + TAQVIM_CLI_PATH + "' " + args + " <'" + base + ".in' >'" + base +
                          ".out' 2>'" + base + ".err'";
  const int raw = std::system(cmd.c_str());
  run_result r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  // Outputs of large inputs run to tens of MiB: none is kept once read.
  for (const char* ext : {".in", ".out", ".err"}) std::remove((base + ext).c_str());
  return r;
}

inline std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

}  // namespace test

#endif
