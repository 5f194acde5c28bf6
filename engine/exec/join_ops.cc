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

// HashSlots with its bits mixed, so that the low bits pick buckets well.
uint64_t KeyHash(const Row& row, const std::vector<int>& slots) {
  uint64_t h = HashSlots(row, slots);
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 29);
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
  hashes_.clear();
  keyed_.clear();
  heads_.clear();
  next_.clear();
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

void HashJoinOp::BuildBuckets() {
  size_t buckets = 16;
  while (buckets < keyed_.size() * 2) buckets *= 2;
  heads_.assign(buckets, kNoRow);
  next_.assign(hashes_.size(), kNoRow);
  mask_ = buckets - 1;
  // Pushed at the head in reverse, so each chain is in build order.
  for (size_t i = keyed_.size(); i-- > 0;) {
    uint32_t index = keyed_[i];
    uint32_t& head = heads_[hashes_[index] & mask_];
    next_[index] = head;
    head = index;
  }
}

void HashJoinOp::OpenImpl(const Row& seed) {
  ReleaseTable();
  have_probe_ = false;
  width_ = seed.size();
  build_->Open(seed);
  Row row;
  while (build_->Next(&row)) {
    size_t bytes = row.size() * sizeof(TermId) + 16;
    reserved_ += bytes;
    if (!ctx_->Reserve(bytes, "hash join") || !ctx_->Tick()) return;
    if (row.size() != width_) {
      return ctx_->Fail(Status::Internal("hash join: row width mismatch"));
    }
    if (hashes_.size() >= kNoRow - 1) {
      return ctx_->Fail(Status::ResourceExhausted("hash join: too many rows"));
    }
    uint32_t index = static_cast<uint32_t>(hashes_.size());
    if (KeyBound(row)) {
      hashes_.push_back(KeyHash(row, key_slots_));
      keyed_.push_back(index);
    } else {
      hashes_.push_back(0);
      unkeyed_.push_back(index);
    }
    rows_.insert(rows_.end(), row.begin(), row.end());
  }
  if (!ctx_->ok()) return;
  BuildBuckets();
  probe_->Open(seed);
}

bool HashJoinOp::NextImpl(Row* row) {
  const size_t count = hashes_.size();
  while (ctx_->ok()) {
    if (have_probe_) {
      // Candidates: the probe key's chain (or every row when the probe row
      // lacks a key value), then the build rows without a key value.
      while (true) {
        uint32_t index;
        if (probe_all_) {
          if (bucket_pos_ >= count) break;
          index = static_cast<uint32_t>(bucket_pos_++);
        } else if (chain_ != kNoRow) {
          index = chain_;
          chain_ = next_[index];
          if (hashes_[index] != probe_hash_) continue;
        } else if (unkeyed_pos_ < unkeyed_.size()) {
          index = unkeyed_[unkeyed_pos_++];
        } else {
          break;
        }
        if (!ctx_->Tick()) return false;
        const TermId* candidate = BuildRow(index);
        bool compatible = true;
        for (size_t i = 0; i < width_; ++i) {
          TermId a = probe_row_[i], b = candidate[i];
          if (a != kUnbound && b != kUnbound && a != b) {
            compatible = false;
            break;
          }
        }
        if (!compatible) continue;
        *row = probe_row_;
        for (size_t i = 0; i < width_; ++i) {
          if (candidate[i] != kUnbound) (*row)[i] = candidate[i];
        }
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
    chain_ = kNoRow;
    probe_all_ = !KeyBound(probe_row_);
    if (!probe_all_) {
      probe_hash_ = KeyHash(probe_row_, key_slots_);
      chain_ = heads_.empty() ? kNoRow : heads_[probe_hash_ & mask_];
    }
  }
  return false;
}

}  // namespace spoke::engine
