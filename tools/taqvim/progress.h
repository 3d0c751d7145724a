// Progress of a long `taqvim extract` on stderr: bytes and records done,
// rate and time left, about once a second, and a closing line. Silent for
// inputs of a few megabytes or less, which finish before anyone waits.
#ifndef TAQVIM_TOOLS_PROGRESS_H
#define TAQVIM_TOOLS_PROGRESS_H

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace taqvim::cli {

class progress {
 public:
  // `total`: the input's size in bytes, 0 when unknown (a pipe).
  // `unit_name`: what is counted, in the singular ("record").
  // `terminal`: stderr is a terminal, so the line is redrawn in place
  // instead of a new line each time.
  progress(std::ostream& err, bool enabled, bool terminal, std::uint64_t total, const char* unit_name);
  // Input read so far.
  void update(std::uint64_t bytes, std::uint64_t units) {
    if (!enabled_) return;
    bytes_ = bytes;
    units_ = units;
    const auto now = clock::now();
    if (now < next_) return;
    next_ = now + std::chrono::seconds(1);
    show(now, false);
  }
  void add(std::uint64_t bytes, std::uint64_t units) { update(bytes_ + bytes, units_ + units); }
  void finish();
  // Before another message goes to stderr: a progress line being redrawn
  // in place is erased, so that the message starts a line of its own.
  void interrupt();

  static constexpr std::uint64_t threshold = std::uint64_t{4} << 20;

 private:
  using clock = std::chrono::steady_clock;
  void show(clock::time_point now, bool last);

  std::ostream& err_;
  bool enabled_;
  const bool terminal_;
  const std::uint64_t total_;
  const char* const unit_name_;
  std::uint64_t bytes_ = 0, units_ = 0;
  const clock::time_point start_;
  clock::time_point next_;
  bool shown_ = false;
};

}  // namespace taqvim::cli

#endif
