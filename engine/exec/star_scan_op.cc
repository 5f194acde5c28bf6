#include "engine/exec/star_scan_op.h"

#include <algorithm>
#include <utility>

namespace spoke::engine {

StarScanOp::StarScanOp(ExecContext* ctx, OperatorPtr child,
                       std::vector<ScanPattern> patterns,
                       std::string description)
    : Operator(ctx),
      child_(std::move(child)),
      patterns_(std::move(patterns)),
      description_(std::move(description)),
      matches_(patterns_.size()),
      pos_(patterns_.size(), 0) {
  p_first_ = p_last_ = patterns_.front().p.id;
  for (const ScanPattern& p : patterns_) {
    p_first_ = std::min(p_first_, p.p.id);
    p_last_ = std::max(p_last_, p.p.id);
  }
}

void StarScanOp::OpenImpl(const Row& seed) {
  active_ = false;
  child_->Open(seed);
}

bool StarScanOp::Fill() {
  for (std::vector<TermId>& m : matches_) m.clear();
  storage::ScanSpec spec;
  if (!patterns_.front().BuildSpec(input_, &spec) || !spec.s) return false;
  spec.p = p_first_;
  spec.o.reset();
  cursor_ = ctx_->view()->ScanPredicateRange(spec, p_last_, std::move(cursor_));
  for (; cursor_->Valid(); cursor_->Next()) {
    if (!ctx_->Tick()) return false;
    const storage::IdQuad& q = cursor_->quad();
    for (size_t i = 0; i < patterns_.size(); ++i) {
      const ScanPattern& p = patterns_[i];
      if (q.p != p.p.id || (!p.o.is_var() && q.o != p.o.id)) continue;
      matches_[i].push_back(q.o);
    }
  }
  if (Status s = cursor_->status(); !s.ok()) {
    ctx_->Fail(std::move(s));
    return false;
  }
  for (const std::vector<TermId>& m : matches_) {
    if (m.empty()) return false;
  }
  std::fill(pos_.begin(), pos_.end(), 0);
  return true;
}

bool StarScanOp::Bind(Row* out) const {
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const SlotOrId& o = patterns_[i].o;
    if (!o.is_var()) continue;
    TermId value = matches_[i][pos_[i]];
    TermId& cell = (*out)[o.slot];
    if (cell == kUnbound) {
      cell = value;
    } else if (cell != value) {
      return false;
    }
  }
  return true;
}

bool StarScanOp::Advance() {
  for (size_t i = patterns_.size(); i-- > 0;) {
    if (++pos_[i] < matches_[i].size()) return true;
    pos_[i] = 0;
  }
  return false;
}

bool StarScanOp::NextImpl(Row* row) {
  while (ctx_->ok()) {
    while (active_) {
      if (!ctx_->Tick()) return false;
      *row = input_;
      bool match = Bind(row);
      active_ = Advance();
      if (match) return true;
    }
    if (!child_->Next(&input_)) return false;
    active_ = Fill();
  }
  return false;
}

}  // namespace spoke::engine
