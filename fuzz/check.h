// The failure report every fuzz target shares: where, what, then abort(),
// which libFuzzer turns into a kept reproducer.
#ifndef TAQVIM_FUZZ_CHECK_H
#define TAQVIM_FUZZ_CHECK_H

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

[[noreturn]] __attribute__((format(printf, 3, 4))) inline void fuzz_fail(const char* file, int line,
                                                                          const char* fmt, ...) {
  std::fprintf(stderr, "%s:%d: ", file, line);
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(stderr, fmt, ap);
  va_end(ap);
  std::fputc('\n', stderr);
  std::abort();
}

#endif
