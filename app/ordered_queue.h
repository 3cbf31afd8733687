// Hands results from worker threads to one consumer in input order, so that
// a parallel ingest stores files in the order a sequential one would. A
// worker that gets more than `window` items ahead of the consumer waits,
// which bounds the memory held by finished but unconsumed items.
#ifndef VANBAN_APP_ORDERED_QUEUE_H_
#define VANBAN_APP_ORDERED_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <utility>

namespace vanban::app {

template <typename T>
class OrderedQueue {
 public:
  // `window` must be at least the number of producers, or they can block
  // each other out of the item the consumer is waiting for.
  explicit OrderedQueue(size_t window) : window_(window) {}

  void Put(size_t index, T item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return index < next_ + window_; });
    items_.emplace(index, std::move(item));
    arrived_.notify_all();
  }

  // The item with the next index, once it has arrived.
  T Take() {
    std::unique_lock lock(mutex_);
    arrived_.wait(lock, [&] { return items_.count(next_) > 0; });
    auto node = items_.extract(next_);
    ++next_;
    room_.notify_all();
    return std::move(node.mapped());
  }

 private:
  const size_t window_;
  std::mutex mutex_;
  std::condition_variable arrived_, room_;
  std::map<size_t, T> items_;
  size_t next_ = 0;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_ORDERED_QUEUE_H_
