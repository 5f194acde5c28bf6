// IdCache: term -> store id, shared by all executions of one QueryEngine.
//
// Safe to share because the store's dictionary is append-only (ids are
// never reused or deleted, storage/FORMAT.md), so a found id stays right
// for every later snapshot. Only found ids are kept: a term the store has
// not seen yet may be added later. Bounded: cleared when full.
//
// Thread safety: thread-safe.

#ifndef SPOKE_ENGINE_EXEC_ID_CACHE_H_
#define SPOKE_ENGINE_EXEC_ID_CACHE_H_

#include <cstddef>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "spoke/term.h"
#include "storage/term_id.h"

namespace spoke::engine {

class IdCache {
 public:
  explicit IdCache(size_t capacity = 1 << 16) : capacity_(capacity) {}

  std::optional<storage::TermId> Find(const Term& term) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = ids_.find(term);
    if (it == ids_.end()) return std::nullopt;
    return it->second;
  }
  void Put(const Term& term, storage::TermId id) {
    std::lock_guard<std::mutex> lock(mu_);
    if (ids_.size() >= capacity_) ids_.clear();
    ids_.emplace(term, id);
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::unordered_map<Term, storage::TermId> ids_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_ID_CACHE_H_
