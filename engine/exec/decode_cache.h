// DecodeCache: store id -> term, shared by all executions of one
// QueryEngine, so that a term decoded once (an id2term read) is not read
// again by later queries.
//
// Safe to share for the same reason as IdCache: the dictionary is
// append-only (storage/FORMAT.md), so an id means the same term in every
// snapshot. Local (computed) ids are never put here. Bounded by entries and
// by bytes of term text: when either is exceeded the cache is cleared (the
// next executions refill it with what they use).
//
// Thread safety: thread-safe.

#ifndef SPOKE_ENGINE_EXEC_DECODE_CACHE_H_
#define SPOKE_ENGINE_EXEC_DECODE_CACHE_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "spoke/term.h"
#include "storage/term_id.h"

namespace spoke::engine {

class DecodeCache {
 public:
  explicit DecodeCache(size_t max_entries = size_t{1} << 18,
                       size_t max_bytes = size_t{64} << 20)
      : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // The term of `id`, or null if not cached. Shared, not copied: it stays
  // valid as long as the caller holds it, even if the cache is cleared.
  std::shared_ptr<const Term> Find(storage::TermId id) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = terms_.find(id);
    if (it == terms_.end()) return nullptr;
    return it->second;
  }

  void Put(storage::TermId id, std::shared_ptr<const Term> term) {
    size_t bytes = Bytes(*term);
    std::lock_guard<std::mutex> lock(mu_);
    if (terms_.size() >= max_entries_ || bytes_ + bytes > max_bytes_) {
      terms_.clear();
      bytes_ = 0;
    }
    if (bytes > max_bytes_) return;
    if (terms_.emplace(id, std::move(term)).second) bytes_ += bytes;
  }

  size_t size() {
    std::lock_guard<std::mutex> lock(mu_);
    return terms_.size();
  }

 private:
  static size_t Bytes(const Term& t) {
    return sizeof(Term) + 32 + t.value().size() + t.language().size() +
           t.datatype().size();
  }

  const size_t max_entries_;
  const size_t max_bytes_;
  std::mutex mu_;
  std::unordered_map<storage::TermId, std::shared_ptr<const Term>> terms_;
  size_t bytes_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_DECODE_CACHE_H_
