#include "engine/exec/pattern_scan_op.h"

#include <utility>

namespace spoke::engine {

PatternScanOp::PatternScanOp(ExecContext* ctx, OperatorPtr child,
                             ScanPattern pattern, std::string description)
    : Operator(ctx),
      child_(std::move(child)),
      pattern_(std::move(pattern)),
      description_(std::move(description)) {}

void PatternScanOp::OpenImpl(const Row& seed) {
  scanning_ = false;
  child_->Open(seed);
}

bool PatternScanOp::Bind(const storage::IdQuad& quad, Row* out) const {
  auto bind = [out](const SlotOrId& pos, TermId value) {
    if (!pos.is_var()) return true;
    TermId& cell = (*out)[pos.slot];
    if (cell == kUnbound) {
      cell = value;
      return true;
    }
    return cell == value;
  };
  if (!bind(pattern_.s, quad.s) || !bind(pattern_.p, quad.p) ||
      !bind(pattern_.o, quad.o)) {
    return false;
  }
  if (pattern_.mode == GraphMode::kNamed && !bind(pattern_.g, quad.g)) {
    return false;
  }
  return true;
}

bool PatternScanOp::NextImpl(Row* row) {
  while (ctx_->ok()) {
    if (scanning_) {
      while (cursor_->Valid()) {
        if (!ctx_->Tick()) return false;
        *row = input_;
        bool match = Bind(cursor_->quad(), row);
        cursor_->Next();
        if (match) return true;
      }
      if (Status s = cursor_->status(); !s.ok()) {
        ctx_->Fail(std::move(s));
        return false;
      }
      scanning_ = false;
    }
    if (!child_->Next(&input_)) return false;
    storage::ScanSpec spec;
    if (!pattern_.BuildSpec(input_, &spec)) continue;
    // The finished cursor is re-seeked: no new iterator per row.
    cursor_ = ctx_->view()->Rescan(spec, std::move(cursor_));
    scanning_ = true;
  }
  return false;
}

}  // namespace spoke::engine
