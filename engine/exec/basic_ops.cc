#include "engine/exec/basic_ops.h"

#include <utility>

namespace spoke::engine {

FilterOp::FilterOp(ExecContext* ctx, OperatorPtr child,
                   std::vector<RowExprPtr> conditions)
    : Operator(ctx),
      child_(std::move(child)),
      conditions_(std::move(conditions)) {}

std::string FilterOp::Describe() const {
  std::string out = "Filter";
  for (size_t i = 0; i < conditions_.size(); ++i) {
    out += (i == 0 ? " " : " && ") + conditions_[i]->Describe();
  }
  return out;
}

bool FilterOp::NextImpl(Row* row) {
  while (child_->Next(row)) {
    if (!ctx_->Tick()) return false;
    ctx_->terms()->Trim();
    bool pass = true;
    for (const RowExprPtr& cond : conditions_) {
      if (!cond->Test(*row, ctx_)) {
        pass = false;
        break;
      }
    }
    if (!ctx_->ok()) return false;
    if (pass) return true;
  }
  return false;
}

ExtendOp::ExtendOp(ExecContext* ctx, OperatorPtr child, int slot,
                   RowExprPtr expr, std::string var_name)
    : Operator(ctx),
      child_(std::move(child)),
      slot_(slot),
      expr_(std::move(expr)),
      var_name_(std::move(var_name)) {}

std::string ExtendOp::Describe() const {
  return "Extend ?" + var_name_ + " := " + expr_->Describe();
}

bool ExtendOp::NextImpl(Row* row) {
  if (!child_->Next(row)) return false;
  ctx_->terms()->Trim();
  Term value;
  if (expr_->Evaluate(*row, ctx_, &value) && !value.is_none()) {
    Result<TermId> id = ctx_->terms()->Intern(value);
    if (!id.ok()) {
      ctx_->Fail(id.status());
      return false;
    }
    (*row)[slot_] = *id;
  }
  return ctx_->ok();
}

UnionOp::UnionOp(ExecContext* ctx, std::vector<OperatorPtr> children)
    : Operator(ctx), children_(std::move(children)) {}

std::vector<const Operator*> UnionOp::children() const {
  std::vector<const Operator*> out;
  for (const OperatorPtr& c : children_) out.push_back(c.get());
  return out;
}

void UnionOp::OpenImpl(const Row& seed) {
  seed_ = seed;
  current_ = 0;
  if (!children_.empty()) children_[0]->Open(seed_);
}

bool UnionOp::NextImpl(Row* row) {
  while (current_ < children_.size() && ctx_->ok()) {
    if (children_[current_]->Next(row)) return true;
    if (++current_ < children_.size()) children_[current_]->Open(seed_);
  }
  return false;
}

GraphBindOp::GraphBindOp(ExecContext* ctx, OperatorPtr child, int var_slot,
                         int hidden_slot, std::string var_name)
    : Operator(ctx),
      child_(std::move(child)),
      var_slot_(var_slot),
      hidden_slot_(hidden_slot),
      var_name_(std::move(var_name)) {}

void GraphBindOp::OpenImpl(const Row& seed) {
  seed_ = seed;
  Row inner = seed;
  inner[hidden_slot_] = seed[var_slot_];
  // ?g itself is not visible inside the pattern unless the pattern binds
  // it; the seed's value is restored in NextImpl.
  inner[var_slot_] = kUnbound;
  child_->Open(inner);
}

bool GraphBindOp::NextImpl(Row* row) {
  while (child_->Next(row)) {
    TermId graph = (*row)[hidden_slot_];
    TermId& var = (*row)[var_slot_];
    if (var == kUnbound || var == graph) {
      var = graph;
      return true;
    }
  }
  return false;
}

SliceOp::SliceOp(ExecContext* ctx, OperatorPtr child, uint64_t offset,
                 std::optional<uint64_t> limit)
    : Operator(ctx), child_(std::move(child)), offset_(offset), limit_(limit) {}

std::string SliceOp::Describe() const {
  std::string out = "Slice offset=" + std::to_string(offset_);
  if (limit_) out += " limit=" + std::to_string(*limit_);
  return out;
}

void SliceOp::OpenImpl(const Row& seed) {
  skipped_ = 0;
  returned_ = 0;
  if (limit_ && *limit_ == 0) return;
  child_->Open(seed);
}

bool SliceOp::NextImpl(Row* row) {
  if (limit_ && returned_ >= *limit_) return false;
  while (skipped_ < offset_) {
    if (!child_->Next(row)) return false;
    ++skipped_;
  }
  if (!child_->Next(row)) return false;
  ++returned_;
  return true;
}

}  // namespace spoke::engine
