#include "engine/exec/order_op.h"

#include <algorithm>
#include <charconv>
#include <string_view>
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

namespace {

// The value of `t` if it is an xsd:integer in canonical form (the form
// from_chars reads and to_chars writes back unchanged) within int64.
std::optional<int64_t> CanonicalInt(const Term& t) {
  if (!t.is_literal() || t.datatype() != kXsdInteger) return std::nullopt;
  const std::string& v = t.value();
  int64_t out = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
  char buf[24];
  auto [back, ec2] = std::to_chars(buf, buf + sizeof(buf), out);
  if (ec2 != std::errc() || std::string_view(buf, back - buf) != v) {
    return std::nullopt;
  }
  return out;
}

}  // namespace

bool OrderOp::Less(const Entry& a, const Entry& b) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i < 64 && (a.int_mask & b.int_mask & (uint64_t{1} << i))) {
      if (a.ints[i] != b.ints[i]) {
        return keys_[i].descending ? a.ints[i] > b.ints[i]
                                   : a.ints[i] < b.ints[i];
      }
      continue;
    }
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
    e.ints.assign(std::min<size_t>(keys_.size(), 64), 0);
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (!keys_[i].expr->Evaluate(row, ctx_, &e.keys[i])) e.keys[i] = Term();
      if (i >= 64) continue;
      if (std::optional<int64_t> v = CanonicalInt(e.keys[i])) {
        e.ints[i] = *v;
        e.int_mask |= uint64_t{1} << i;
      }
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
    size_t bytes = row.size() * sizeof(TermId) +
                   keys_.size() * (sizeof(Term) + sizeof(int64_t)) + 64;
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
