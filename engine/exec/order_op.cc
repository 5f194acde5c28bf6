#include "engine/exec/order_op.h"

#include <algorithm>
#include <utility>

#include "engine/expr/term_order.h"

namespace spoke::engine {

OrderOp::OrderOp(ExecContext* ctx, OperatorPtr child,
                 std::vector<OrderKey> keys, std::optional<uint64_t> top_k)
    : Operator(ctx),
      child_(std::move(child)),
      keys_(std::move(keys)),
      top_k_(top_k) {}

std::string OrderOp::Describe() const {
  std::string out = top_k_ ? "TopK k=" + std::to_string(*top_k_) : "Sort";
  for (const OrderKey& k : keys_) {
    out += std::string(k.descending ? " DESC(" : " ASC(") + k.expr->Describe() +
           ")";
  }
  return out;
}

bool OrderOp::Less(const Entry& a, const Entry& b) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    int c = expr::OrderCompare(&a.keys[i], &b.keys[i]);
    if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
  }
  return a.seq < b.seq;
}

void OrderOp::OpenImpl(const Row& seed) {
  entries_.clear();
  ctx_->Release(reserved_);
  reserved_ = 0;
  pos_ = 0;
  if (top_k_ && *top_k_ == 0) return;
  child_->Open(seed);
  auto less = [this](const Entry& a, const Entry& b) { return Less(a, b); };
  Row row;
  uint64_t seq = 0;
  while (child_->Next(&row)) {
    if (!ctx_->Tick()) return;
    ctx_->terms()->Trim();
    Entry e;
    e.seq = seq++;
    e.keys.resize(keys_.size());
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (!keys_[i].expr->Evaluate(row, ctx_, &e.keys[i])) e.keys[i] = Term();
    }
    if (!ctx_->ok()) return;
    if (top_k_ && entries_.size() == *top_k_) {
      // entries_ is a max-heap on `less`: replace the worst if e is better.
      if (!less(e, entries_.front())) continue;
      std::pop_heap(entries_.begin(), entries_.end(), less);
      entries_.back() = std::move(e);
      entries_.back().row = row;
      std::push_heap(entries_.begin(), entries_.end(), less);
      continue;
    }
    size_t bytes = row.size() * sizeof(TermId) + keys_.size() * sizeof(Term) + 64;
    for (const Term& t : e.keys) bytes += t.value().size();
    reserved_ += bytes;
    if (!ctx_->Reserve(bytes, "ORDER BY")) return;
    e.row = row;
    entries_.push_back(std::move(e));
    if (top_k_) std::push_heap(entries_.begin(), entries_.end(), less);
  }
  if (!ctx_->ok()) return;
  if (top_k_) {
    std::sort_heap(entries_.begin(), entries_.end(), less);
  } else {
    std::sort(entries_.begin(), entries_.end(), less);
  }
}

bool OrderOp::NextImpl(Row* row) {
  if (!ctx_->ok() || pos_ >= entries_.size()) return false;
  *row = std::move(entries_[pos_++].row);
  return true;
}

}  // namespace spoke::engine
