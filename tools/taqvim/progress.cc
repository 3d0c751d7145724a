#include "progress.h"

#include <cstdio>
#include <ostream>

namespace taqvim::cli {
namespace {

std::string mib(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

std::string duration(double s) {
  char buf[32];
  if (s < 60) {
    std::snprintf(buf, sizeof buf, "%.0f s", s);
  } else if (s < 3600) {
    std::snprintf(buf, sizeof buf, "%d min %02d s", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%d h %02d min", static_cast<int>(s) / 3600, static_cast<int>(s) / 60 % 60);
  }
  return buf;
}

// "1 record", "2 records".
std::string count(std::uint64_t n, const char* unit) { return std::to_string(n) + ' ' + unit + (n == 1 ? "" : "s"); }

}  // namespace

progress::progress(std::ostream& err, bool enabled, bool terminal, std::uint64_t total, const char* unit_name)
    : err_(err),
      // A known small input never shows; an unknown one shows once it has
      // passed the threshold.
      enabled_(enabled && (total == 0 || total > threshold)),
      terminal_(terminal),
      total_(total),
      unit_name_(unit_name),
      start_(clock::now()),
      next_(start_ + std::chrono::seconds(1)) {}

void progress::show(clock::time_point now, bool last) {
  if (total_ == 0 && bytes_ <= threshold) return;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(bytes_) / elapsed : 0;
  std::string line = "taqvim: ";
  if (last) {
    line += "done: " + mib(bytes_) + ", " + count(units_, unit_name_) + " in " + duration(elapsed) + " (" +
            mib(static_cast<std::uint64_t>(rate)) + "/s)";
  } else {
    line += mib(bytes_);
    if (total_) {
      char pct[16];
      std::snprintf(pct, sizeof pct, " (%.0f%%)", 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_));
      line += " of " + mib(total_) + pct;
    }
    line += ", " + count(units_, unit_name_) + ", " + mib(static_cast<std::uint64_t>(rate)) + "/s";
    if (total_ && rate > 0 && bytes_ <= total_)
      line += ", " + duration(static_cast<double>(total_ - bytes_) / rate) + " left";
  }
  if (terminal_) {
    // Redrawn in place: back to the line's start, then clear what is left of the old one.
    err_ << '\r' << line << "\x1b[K";
    if (last) err_ << '\n';
  } else {
    err_ << line << '\n';
  }
  err_.flush();
  shown_ = true;
}

void progress::interrupt() {
  if (enabled_ && terminal_ && shown_) {
    err_ << "\r\x1b[K";
    shown_ = false;
  }
}

void progress::finish() {
  if (!enabled_) return;
  show(clock::now(), true);
  enabled_ = false;
}

}  // namespace taqvim::cli
