// ExecContext: the state one query execution shares among its operators —
// the snapshot, the term table, the first error, and the limits (cancel
// flag, deadline, memory budget for sort / group / distinct / hash tables).
//
// Operators report errors by Fail(); the first error wins and every
// operator stops producing rows once !ok().
//
// Thread safety: one execution, one thread (the cancel flag may be set from
// any thread).

#ifndef SPOKE_ENGINE_EXEC_EXEC_CONTEXT_H_
#define SPOKE_ENGINE_EXEC_EXEC_CONTEXT_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "engine/exec/term_table.h"
#include "spoke/status.h"
#include "storage/quad_store.h"

namespace spoke::engine {

struct ExecLimits {
  const std::atomic<bool>* cancel = nullptr;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  size_t memory_limit_bytes = 0;  // 0: unlimited
};

class ExecContext {
 public:
  // `view` (and `ids` / `decoded`, caches shared across executions, if
  // given) must outlive the context.
  ExecContext(const storage::ReadView* view, const ExecLimits& limits,
              bool analyze, IdCache* ids = nullptr,
              DecodeCache* decoded = nullptr)
      : view_(view),
        terms_(view, ids, decoded),
        limits_(limits),
        analyze_(analyze) {}

  const storage::ReadView* view() const { return view_; }
  TermTable* terms() { return &terms_; }
  bool analyze() const { return analyze_; }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // Records `s` as the execution's error unless one is already recorded.
  void Fail(Status s) {
    if (status_.ok() && !s.ok()) status_ = std::move(s);
  }

  // Called once per unit of work (a row scanned, joined, sorted ...):
  // every 256th call checks cancellation and the deadline. Returns ok().
  bool Tick() {
    if ((++ticks_ & 255) != 0) return status_.ok();
    return CheckNow();
  }
  // Checks cancellation and the deadline now. Returns ok().
  bool CheckNow();

  // Accounts `bytes` more held by an operator (`what`, e.g. "ORDER BY").
  // Returns false and fails the execution with kResourceExhausted past the
  // limit.
  bool Reserve(size_t bytes, const char* what);
  void Release(size_t bytes) { used_bytes_ -= bytes < used_bytes_ ? bytes : used_bytes_; }
  size_t peak_bytes() const { return peak_bytes_; }

 private:
  const storage::ReadView* view_;
  TermTable terms_;
  ExecLimits limits_;
  bool analyze_;
  Status status_;
  uint64_t ticks_ = 0;
  size_t used_bytes_ = 0;
  size_t peak_bytes_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_EXEC_CONTEXT_H_
