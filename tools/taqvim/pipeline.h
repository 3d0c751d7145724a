// Work done in parallel, its results written in the order it was handed in.
//
// The caller submits units in input order; workers run them in any order;
// each finished unit's output is handed to `deliver` on the caller's thread,
// strictly in submission order. At most `window` units (and about
// `window_bytes` of their input) are in flight, so memory stays bounded
// however large the input: a reader far ahead of the workers waits.
#ifndef TAQVIM_TOOLS_PIPELINE_H
#define TAQVIM_TOOLS_PIPELINE_H

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace taqvim::cli {

// What one unit produces; `deliver` consumes it.
struct unit_result {
  std::string out;     // output bytes
  std::string err;     // stderr messages
  int status = 0;      // 1 if the unit failed
  std::string open;    // non-empty: the output file this unit's output starts
  bool usable = true;  // false: the document could not be used at all
  // Results of further documents that follow this one (a batch of
  // records, each in its own file).
  std::vector<unit_result> more;
};

class ordered_pipeline {
 public:
  using work = std::function<void(unit_result&)>;
  using sink = std::function<void(unit_result&)>;

  // jobs <= 1: every unit runs at once on the caller's thread.
  ordered_pipeline(unsigned jobs, sink deliver, std::size_t window_bytes = std::size_t{64} << 20)
      : deliver_(std::move(deliver)), window_(jobs * 4), window_bytes_(window_bytes) {
    if (jobs > 1)
      for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { run(); });
  }
  ordered_pipeline(const ordered_pipeline&) = delete;
  ordered_pipeline& operator=(const ordered_pipeline&) = delete;
  ~ordered_pipeline() {
    {
      std::lock_guard<std::mutex> lock(m_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
  }

  // `bytes`: the size of the unit's input, for the window.
  void submit(work w, std::size_t bytes) {
    if (workers_.empty()) {
      unit_result r;
      run_unit(w, r);
      deliver_(r);
      return;
    }
    auto u = std::make_shared<unit>();
    u->fn = std::move(w);
    u->bytes = bytes;
    std::unique_lock<std::mutex> lock(m_);
    // Deliver what is done, then wait while the window is full.
    for (;;) {
      deliver_ready(lock);
      if (order_.size() < window_ && (in_flight_bytes_ < window_bytes_ || order_.empty())) break;
      done_cv_.wait(lock);
    }
    in_flight_bytes_ += bytes;
    order_.push_back(u);
    queue_.push_back(u);
    lock.unlock();
    work_cv_.notify_one();
  }

  // A unit whose result is already known, delivered in its turn.
  void submit_ready(unit_result r) {
    submit([r = std::move(r)](unit_result& out) mutable { out = std::move(r); }, 0);
  }

  // Waits for every unit submitted so far and delivers it.
  void drain() {
    if (workers_.empty()) return;
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
      deliver_ready(lock);
      if (order_.empty()) return;
      done_cv_.wait(lock);
    }
  }

 private:
  struct unit {
    work fn;
    unit_result result;
    std::size_t bytes = 0;
    bool done = false;
  };

  static void run_unit(work& w, unit_result& r) {
    try {
      w(r);
    } catch (const std::exception& x) {
      // Units catch what the library may throw; this is memory running out.
      r.err += std::string("taqvim: internal error: ") + x.what() + '\n';
      r.status = 1;
    }
  }

  // Delivers finished units at the front, without holding the lock while
  // writing.
  void deliver_ready(std::unique_lock<std::mutex>& lock) {
    while (!order_.empty() && order_.front()->done) {
      std::shared_ptr<unit> u = std::move(order_.front());
      order_.pop_front();
      in_flight_bytes_ -= u->bytes;
      lock.unlock();
      deliver_(u->result);
      lock.lock();
    }
  }

  void run() {
    for (;;) {
      std::shared_ptr<unit> u;
      {
        std::unique_lock<std::mutex> lock(m_);
        work_cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        u = std::move(queue_.front());
        queue_.pop_front();
      }
      run_unit(u->fn, u->result);
      u->fn = nullptr;  // frees the unit's input now, not at delivery
      {
        std::lock_guard<std::mutex> lock(m_);
        u->done = true;
      }
      done_cv_.notify_all();
    }
  }

  sink deliver_;
  const std::size_t window_;
  const std::size_t window_bytes_;
  std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::shared_ptr<unit>> order_, queue_;
  std::size_t in_flight_bytes_ = 0;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace taqvim::cli

#endif
