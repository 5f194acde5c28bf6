#include "engine/exec/distinct_op.h"

#include <utility>

namespace spoke::engine {

DistinctOp::DistinctOp(ExecContext* ctx, OperatorPtr child,
                       std::vector<int> slots, bool reduced)
    : Operator(ctx),
      child_(std::move(child)),
      slots_(std::move(slots)),
      reduced_(reduced) {}

Row DistinctOp::Key(const Row& row) const {
  Row key;
  key.reserve(slots_.size());
  for (int s : slots_) key.push_back(row[s]);
  return key;
}

void DistinctOp::OpenImpl(const Row& seed) {
  seen_.clear();
  ctx_->Release(reserved_);
  reserved_ = 0;
  have_previous_ = false;
  child_->Open(seed);
}

bool DistinctOp::NextImpl(Row* row) {
  while (child_->Next(row)) {
    if (!ctx_->Tick()) return false;
    Row key = Key(*row);
    if (reduced_) {
      if (have_previous_ && key == previous_) continue;
      previous_ = std::move(key);
      have_previous_ = true;
      return true;
    }
    size_t bytes = key.size() * sizeof(TermId) + 48;
    if (seen_.insert(std::move(key)).second) {
      reserved_ += bytes;
      if (!ctx_->Reserve(bytes, "DISTINCT")) return false;
      return true;
    }
  }
  return false;
}

}  // namespace spoke::engine
