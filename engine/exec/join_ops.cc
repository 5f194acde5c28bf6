#include "engine/exec/join_ops.h"

#include <utility>

namespace spoke::engine {
namespace {

std::string DescribeConditions(const std::vector<RowExprPtr>& conditions) {
  std::string out;
  for (size_t i = 0; i < conditions.size(); ++i) {
    out += (i == 0 ? " on " : " && ") + conditions[i]->Describe();
  }
  return out;
}

bool AllTrue(const std::vector<RowExprPtr>& conditions, const Row& row,
             ExecContext* ctx) {
  ctx->terms()->Trim();
  for (const RowExprPtr& cond : conditions) {
    if (!cond->Test(row, ctx)) return false;
  }
  return true;
}

}  // namespace

BindJoinOp::BindJoinOp(ExecContext* ctx, OperatorPtr left, OperatorPtr right)
    : Operator(ctx), left_(std::move(left)), right_(std::move(right)) {}

void BindJoinOp::OpenImpl(const Row& seed) {
  right_open_ = false;
  left_->Open(seed);
}

bool BindJoinOp::NextImpl(Row* row) {
  while (ctx_->ok()) {
    if (right_open_ && right_->Next(row)) return true;
    right_open_ = false;
    if (!left_->Next(&left_row_)) return false;
    right_->Open(left_row_);
    right_open_ = true;
  }
  return false;
}

BindLeftJoinOp::BindLeftJoinOp(ExecContext* ctx, OperatorPtr left,
                               OperatorPtr right,
                               std::vector<RowExprPtr> conditions)
    : Operator(ctx),
      left_(std::move(left)),
      right_(std::move(right)),
      conditions_(std::move(conditions)) {}

std::string BindLeftJoinOp::Describe() const {
  return "NestedLoopLeftJoin" + DescribeConditions(conditions_);
}

void BindLeftJoinOp::OpenImpl(const Row& seed) {
  right_open_ = false;
  left_->Open(seed);
}

bool BindLeftJoinOp::Accept(const Row& row) {
  return AllTrue(conditions_, row, ctx_);
}

bool BindLeftJoinOp::NextImpl(Row* row) {
  while (ctx_->ok()) {
    if (right_open_) {
      while (right_->Next(row)) {
        if (Accept(*row)) {
          matched_ = true;
          return true;
        }
        if (!ctx_->Tick()) return false;
      }
      right_open_ = false;
      if (!ctx_->ok()) return false;
      if (!matched_) {
        *row = left_row_;
        return true;
      }
    }
    if (!left_->Next(&left_row_)) return false;
    right_->Open(left_row_);
    right_open_ = true;
    matched_ = false;
  }
  return false;
}

HashJoinOp::HashJoinOp(ExecContext* ctx, OperatorPtr probe, OperatorPtr build,
                       std::vector<int> key_slots, bool left_outer,
                       std::vector<RowExprPtr> conditions,
                       std::string key_names)
    : Operator(ctx),
      probe_(std::move(probe)),
      build_(std::move(build)),
      key_slots_(std::move(key_slots)),
      left_outer_(left_outer),
      conditions_(std::move(conditions)),
      key_names_(std::move(key_names)) {}

HashJoinOp::~HashJoinOp() { ReleaseTable(); }

std::string HashJoinOp::Describe() const {
  std::string out = left_outer_ ? "HashLeftJoin" : "HashJoin";
  out += key_names_.empty() ? " (cross product)" : " keys " + key_names_;
  return out + DescribeConditions(conditions_);
}

void HashJoinOp::ReleaseTable() {
  ctx_->Release(reserved_);
  reserved_ = 0;
  rows_.clear();
  buckets_.clear();
  unkeyed_.clear();
}

bool HashJoinOp::KeyBound(const Row& row) const {
  for (int s : key_slots_) {
    if (row[s] == kUnbound) return false;
  }
  return true;
}

bool HashJoinOp::Accept(const Row& row) {
  return AllTrue(conditions_, row, ctx_);
}

void HashJoinOp::OpenImpl(const Row& seed) {
  ReleaseTable();
  have_probe_ = false;
  build_->Open(seed);
  Row row;
  while (build_->Next(&row)) {
    size_t bytes = row.size() * sizeof(TermId) + 48;
    reserved_ += bytes;
    if (!ctx_->Reserve(bytes, "hash join") || !ctx_->Tick()) return;
    uint32_t index = static_cast<uint32_t>(rows_.size());
    if (KeyBound(row)) {
      buckets_[HashSlots(row, key_slots_)].push_back(index);
    } else {
      unkeyed_.push_back(index);
    }
    rows_.push_back(row);
  }
  if (!ctx_->ok()) return;
  probe_->Open(seed);
}

bool HashJoinOp::NextImpl(Row* row) {
  static const std::vector<uint32_t> kEmpty;
  while (ctx_->ok()) {
    if (have_probe_) {
      // Candidates: the probe key's bucket (or every row when the probe row
      // lacks a key value), then the build rows without a key value.
      while (true) {
        uint32_t index;
        if (probe_all_) {
          if (bucket_pos_ >= rows_.size()) break;
          index = static_cast<uint32_t>(bucket_pos_++);
        } else if (bucket_pos_ < bucket_->size()) {
          index = (*bucket_)[bucket_pos_++];
        } else if (unkeyed_pos_ < unkeyed_.size()) {
          index = unkeyed_[unkeyed_pos_++];
        } else {
          break;
        }
        if (!ctx_->Tick()) return false;
        const Row& candidate = rows_[index];
        if (!Compatible(probe_row_, candidate)) continue;
        *row = probe_row_;
        MergeInto(row, candidate);
        if (left_outer_ && !Accept(*row)) continue;
        matched_ = true;
        return true;
      }
      have_probe_ = false;
      if (!ctx_->ok()) return false;
      if (left_outer_ && !matched_) {
        *row = probe_row_;
        return true;
      }
    }
    if (!probe_->Next(&probe_row_)) return false;
    have_probe_ = true;
    matched_ = false;
    bucket_pos_ = 0;
    unkeyed_pos_ = 0;
    probe_all_ = !KeyBound(probe_row_);
    if (!probe_all_) {
      auto it = buckets_.find(HashSlots(probe_row_, key_slots_));
      bucket_ = it == buckets_.end() ? &kEmpty : &it->second;
    }
  }
  return false;
}

}  // namespace spoke::engine
