#include "engine/exec/graph_list_op.h"

#include <algorithm>
#include <utility>

#include "engine/exec/term_table.h"

namespace spoke::engine {

GraphListOp::GraphListOp(ExecContext* ctx, SlotOrId graph, bool restricted,
                         std::vector<TermId> named_set)
    : Operator(ctx),
      graph_(graph),
      restricted_(restricted),
      named_set_(std::move(named_set)) {}

std::string GraphListOp::Describe() const {
  return graph_.is_var() ? "GraphList" : "GraphExists";
}

bool GraphListOp::IsGraph(TermId id) {
  if (id == kUnbound || TermTable::IsLocal(id)) return false;
  if (restricted_ &&
      !std::binary_search(named_set_.begin(), named_set_.end(), id)) {
    return false;
  }
  storage::ScanSpec spec;
  spec.g = id;
  std::unique_ptr<storage::QuadCursor> c = ctx_->view()->Scan(spec);
  if (c->Valid()) return true;
  ctx_->Fail(c->status());
  return false;
}

void GraphListOp::OpenImpl(const Row& seed) {
  seed_ = seed;
  pos_ = 0;
  cursor_.reset();
  seen_.clear();
  ctx_->Release(reserved_);
  reserved_ = 0;
  candidates_.clear();
  TermId known = graph_.is_var() ? seed[graph_.slot] : graph_.id;
  if (known != kUnbound) {
    candidates_.push_back(known);
  } else if (restricted_) {
    candidates_ = named_set_;
  } else {
    storage::ScanSpec spec;
    spec.named_graphs_only = true;
    cursor_ = ctx_->view()->Scan(spec);
  }
}

bool GraphListOp::NextImpl(Row* row) {
  while (ctx_->ok() && pos_ < candidates_.size()) {
    TermId id = candidates_[pos_++];
    if (!IsGraph(id)) continue;
    *row = seed_;
    if (graph_.is_var()) (*row)[graph_.slot] = id;
    return true;
  }
  if (cursor_ == nullptr) return false;
  while (cursor_->Valid()) {
    if (!ctx_->Tick()) return false;
    TermId g = cursor_->quad().g;
    cursor_->Next();
    if (!seen_.insert(g).second) continue;
    reserved_ += 32;
    if (!ctx_->Reserve(32, "GRAPH listing")) return false;
    *row = seed_;
    (*row)[graph_.slot] = g;
    return true;
  }
  ctx_->Fail(cursor_->status());
  cursor_.reset();
  return false;
}

}  // namespace spoke::engine
