// Joins of two sub-plans.
//
// BindJoinOp / BindLeftJoinOp are index nested-loop joins: the right side is
// re-opened with each left row as its seed, so its scans use the left row's
// bindings. The planner uses them only when that is equivalent to joining
// independently evaluated sides (the right side is "bindable", see
// planner.cc).
//
// HashJoinOp materialises its build side (counted against the memory limit)
// into one flat array of ids with a chained hash table over it (bucket
// heads + next links, no per-row allocation) and probes it with each row of
// the probe side, on the slots both sides always bind; the remaining shared
// slots are checked for compatibility.
// With left_outer it is SPARQL's LeftJoin: the build side is the optional
// part and `conditions` (the OPTIONAL's filters) are tested on each merged
// row.

#ifndef SPOKE_ENGINE_EXEC_JOIN_OPS_H_
#define SPOKE_ENGINE_EXEC_JOIN_OPS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/row_expr.h"

namespace spoke::engine {

class BindJoinOp : public Operator {
 public:
  BindJoinOp(ExecContext* ctx, OperatorPtr left, OperatorPtr right);
  std::string Describe() const override { return "NestedLoopJoin"; }
  std::vector<const Operator*> children() const override {
    return {left_.get(), right_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  OperatorPtr left_, right_;
  Row left_row_;
  bool right_open_ = false;
};

class BindLeftJoinOp : public Operator {
 public:
  BindLeftJoinOp(ExecContext* ctx, OperatorPtr left, OperatorPtr right,
                 std::vector<RowExprPtr> conditions);
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {left_.get(), right_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  bool Accept(const Row& row);

  OperatorPtr left_, right_;
  std::vector<RowExprPtr> conditions_;
  Row left_row_;
  bool right_open_ = false;
  bool matched_ = false;
};

class HashJoinOp : public Operator {
 public:
  HashJoinOp(ExecContext* ctx, OperatorPtr probe, OperatorPtr build,
             std::vector<int> key_slots, bool left_outer,
             std::vector<RowExprPtr> conditions, std::string key_names);
  ~HashJoinOp() override;
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {probe_.get(), build_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  static constexpr uint32_t kNoRow = ~uint32_t{0};

  bool KeyBound(const Row& row) const;
  bool Accept(const Row& row);
  void ReleaseTable();
  // Links the keyed build rows into buckets (after the build side is read).
  void BuildBuckets();
  const TermId* BuildRow(uint32_t index) const {
    return rows_.data() + static_cast<size_t>(index) * width_;
  }

  OperatorPtr probe_, build_;
  std::vector<int> key_slots_;
  bool left_outer_;
  std::vector<RowExprPtr> conditions_;
  std::string key_names_;

  size_t width_ = 0;                // slots per build row
  std::vector<TermId> rows_;        // build rows, width_ ids each
  std::vector<uint64_t> hashes_;    // per build row: its key hash
  std::vector<uint32_t> keyed_;     // build rows with every key slot bound
  std::vector<uint32_t> heads_;     // per bucket: first row, or kNoRow
  std::vector<uint32_t> next_;      // per build row: next row in its bucket
  uint64_t mask_ = 0;               // heads_.size() - 1
  std::vector<uint32_t> unkeyed_;   // build rows with an unbound key slot
  size_t reserved_ = 0;

  Row probe_row_;
  bool have_probe_ = false;
  bool probe_all_ = false;  // the probe row has an unbound key slot
  uint64_t probe_hash_ = 0;
  uint32_t chain_ = kNoRow;  // next candidate in the probe's bucket
  size_t bucket_pos_ = 0;    // probe_all_: next build row
  size_t unkeyed_pos_ = 0;
  bool matched_ = false;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_JOIN_OPS_H_
