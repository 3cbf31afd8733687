// A one-line progress bar for long runs on a terminal: files, MB, rate, ETA.
#ifndef VANBAN_APP_PROGRESS_H_
#define VANBAN_APP_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>

namespace vanban::app {

class ProgressBar {
 public:
  ProgressBar(std::ostream& out, size_t total_files, size_t total_bytes);
  // Redraws the line, at most ten times a second.
  void Update(size_t files, size_t bytes);
  // Erases the line, so the summary that follows starts clean.
  void Finish();
  // Erases the line so that a message can be written on a line of its own;
  // the next Update draws the bar again at once.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& out_;
  const size_t total_files_;
  const size_t total_bytes_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

}  // namespace vanban::app

#endif  // VANBAN_APP_PROGRESS_H_
