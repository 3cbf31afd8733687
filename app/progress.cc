#include "progress.h"

#include <cstdio>
#include <string>

namespace vanban::app {

namespace {

constexpr int kBarWidth = 30;
constexpr double kMegabyte = 1024.0 * 1024.0;

}  // namespace

ProgressBar::ProgressBar(std::ostream& out, size_t total_files, size_t total_bytes)
    : out_(out), total_files_(total_files), total_bytes_(total_bytes) {}

void ProgressBar::Update(size_t files, size_t bytes) {
  const Clock::time_point now = Clock::now();
  if (files < total_files_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double fraction =
      total_bytes_ > 0 ? static_cast<double>(bytes) / static_cast<double>(total_bytes_) : 1.0;
  const int filled = static_cast<int>(fraction * kBarWidth);
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes) / kMegabyte / seconds : 0;
  const double left = rate > 0 ? static_cast<double>(total_bytes_ - bytes) / kMegabyte / rate : 0;
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s%s] %zu/%zu files  %.1f/%.1f MB  %.1f MB/s  ETA %.0fs ",
                std::string(filled, '#').c_str(), std::string(kBarWidth - filled, '.').c_str(),
                files, total_files_, static_cast<double>(bytes) / kMegabyte,
                static_cast<double>(total_bytes_) / kMegabyte, rate, left);
  out_ << line << std::flush;
}

void ProgressBar::Finish() {
  out_ << "\r" << std::string(100, ' ') << "\r" << std::flush;
}

void ProgressBar::Clear() {
  Finish();
  last_draw_ = {};
}

}  // namespace vanban::app
