// One match as a fuzz target's failure report shows it.
#ifndef TAQVIM_FUZZ_SHOW_MATCH_H
#define TAQVIM_FUZZ_SHOW_MATCH_H

#include <taqvim/extract.h>

#include <cstdio>
#include <string>
#include <string_view>

inline std::string show(std::string_view text, const taqvim::match& m) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "[%zu, %zu) calendar %u granularity %u flags 0x%x value ", m.begin, m.end,
                static_cast<unsigned>(m.calendar), static_cast<unsigned>(m.granularity), m.flags);
  std::string out = buf + taqvim::format_value(m);
  if (m.begin <= m.end && m.end <= text.size() && m.end - m.begin <= 200)
    out += " surface \"" + std::string(text.substr(m.begin, m.end - m.begin)) + "\"";
  return out;
}

#endif
