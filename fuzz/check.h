// The failure report every fuzz target shares: where, what, then abort(),
// which libFuzzer turns into a kept reproducer.
#ifndef TAQVIM_FUZZ_CHECK_H
#define TAQVIM_FUZZ_CHECK_H

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

// "FILE:LINE: PREFIX" and the formatted message.
[[noreturn]] inline void fuzz_vfail(const char* file, int line, const char* prefix, const char* fmt, va_list ap) {
  std::fprintf(stderr, "%s:%d: %s", file, line, prefix);
  std::vfprintf(stderr, fmt, ap);
  std::fputc('\n', stderr);
  std::abort();
}

[[noreturn]] __attribute__((format(printf, 3, 4))) inline void fuzz_fail(const char* file, int line,
                                                                          const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fuzz_vfail(file, line, "", fmt, ap);
}

#endif
