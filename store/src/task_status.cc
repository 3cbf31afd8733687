#include "vanban/task_status.h"

#include <cstdint>
#include <cstdio>
#include <sstream>

#include "vanban/normalizer.h"

namespace vanban::store {

namespace {

constexpr const char* kProgressNames[] = {"not-started", "in-progress", "done"};

struct StateNames {
  TaskState state;
  const char* name;
  const char* label;
};
constexpr StateNames kStates[] = {
    {TaskState::kDone, "done", "hoàn thành"},
    {TaskState::kOverdue, "overdue", "quá hạn"},
    {TaskState::kInProgress, "in-progress", "đang thực hiện"},
    {TaskState::kDueSoon, "due-soon", "sắp đến hạn"},
    {TaskState::kNotDue, "not-due", "chưa đến hạn"},
    {TaskState::kNoDeadline, "no-deadline", ""},
};

// Days since 1970-01-01 of a YYYY-MM-DD date (Howard Hinnant's algorithm),
// nullopt when it is not one.
std::optional<long> DayNumber(std::string_view iso) {
  if (iso.size() != 10) return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// FNV-1a, 64 bits: stable across builds and platforms (std::hash is not).
uint64_t Fnv1a(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

const char* ProgressName(Progress progress) {
  return kProgressNames[static_cast<int>(progress)];
}

std::optional<Progress> ParseProgress(std::string_view name) {
  for (int i = 0; i < 3; ++i) {
    if (name == kProgressNames[i]) return static_cast<Progress>(i);
  }
  return std::nullopt;
}

ProgressEntry PersonsEntry(std::string task_key, Progress progress, std::string on,
                           std::string note) {
  ProgressEntry entry;
  entry.task_key = std::move(task_key);
  entry.progress = progress;
  entry.on = std::move(on);
  entry.note = std::move(note);
  entry.source = "manual";
  return entry;
}

const char* TaskStateName(TaskState state) {
  for (const StateNames& s : kStates) {
    if (s.state == state) return s.name;
  }
  return "";
}

const char* TaskStateLabel(TaskState state) {
  for (const StateNames& s : kStates) {
    if (s.state == state) return s.label;
  }
  return "";
}

std::optional<TaskState> ParseTaskState(std::string_view name) {
  for (const StateNames& s : kStates) {
    if (name == s.name) return s.state;
  }
  return std::nullopt;
}

TaskState DeriveTaskState(const std::optional<ProgressEntry>& latest,
                          const extractor::Deadline& deadline, std::string_view as_of,
                          int soon_days) {
  if (latest && latest->progress == Progress::kDone) return TaskState::kDone;
  const std::optional<long> due = DayNumber(deadline.due.Iso());
  const std::optional<long> today = DayNumber(as_of);
  if (due && today && *due < *today) return TaskState::kOverdue;
  if (latest && latest->progress == Progress::kInProgress) return TaskState::kInProgress;
  if (!due || !today) return TaskState::kNoDeadline;
  return *due - *today <= soon_days ? TaskState::kDueSoon : TaskState::kNotDue;
}

std::string TaskKey(std::string_view doc_key, std::string_view path, std::string_view text) {
  // Folded words joined by one space: spacing, case and the placement of
  // tone marks do not change the key.
  std::istringstream words(normalizer::FoldKey(text));
  std::string joined;
  for (std::string word; words >> word;) joined += (joined.empty() ? "" : " ") + word;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(joined)));
  return std::string(doc_key) + "#" + std::string(path) + "#" + hex;
}

}  // namespace vanban::store
