// GroupOp: GROUP BY with aggregates (SPARQL 1.1 §18.5). Materialises one
// entry per group — key ids plus one expr::Accumulator per aggregate —
// counted against the memory limit, then emits one row per group with the
// key slots and the aggregate slots bound (an aggregate error leaves its
// slot unbound). Without GROUP BY keys the whole input is one group, so an
// empty input still gives one row (COUNT(*) = 0).

#ifndef SPOKE_ENGINE_EXEC_GROUP_OP_H_
#define SPOKE_ENGINE_EXEC_GROUP_OP_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/row_expr.h"
#include "engine/expr/accumulator.h"

namespace spoke::engine {

struct GroupKeySpec {
  int source_slot = -1;  // a plain variable key: copy this slot
  RowExprPtr expr;       // else: evaluate this
  int target_slot = -1;
  std::string text;      // for EXPLAIN
};

struct AggregateSpec {
  expr::AggregateFunction function;
  RowExprPtr arg;  // nullptr for COUNT(*)
  // COUNT(DISTINCT *): the slots that make up a solution; each row is fed
  // to the accumulator as a term naming their ids.
  std::vector<int> row_slots;
  // COUNT(?v) / COUNT(DISTINCT ?v) of a plain variable: counted on the ids
  // in this slot (bound or not; distinct ids are distinct terms), without
  // decoding any term. `arg` is then unused.
  int count_slot = -1;
  int target_slot = -1;
  std::string text;  // for EXPLAIN
};

class GroupOp : public Operator {
 public:
  GroupOp(ExecContext* ctx, OperatorPtr child, std::vector<GroupKeySpec> keys,
          std::vector<AggregateSpec> aggregates);
  ~GroupOp() override { ctx_->Release(reserved_); }
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  // The state of a COUNT on ids (AggregateSpec::count_slot).
  struct IdCount {
    int64_t count = 0;
    std::unique_ptr<std::unordered_set<TermId>> seen;  // DISTINCT only
  };
  struct Group {
    Row key;
    // Per aggregate: an accumulator, or (count_slot >= 0) an IdCount.
    std::vector<std::unique_ptr<expr::Accumulator>> accumulators;
    std::vector<IdCount> id_counts;
  };
  struct KeyHash {
    size_t operator()(const Row& r) const {
      uint64_t h = 0x9e3779b97f4a7c15ull;
      for (TermId id : r) h ^= id + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
      return static_cast<size_t>(h);
    }
  };

  Group* NewGroup(Row key);
  void Accumulate(const Row& row, Group* group);

  OperatorPtr child_;
  std::vector<GroupKeySpec> keys_;
  std::vector<AggregateSpec> aggregates_;
  std::vector<Group> groups_;
  std::unordered_map<Row, size_t, KeyHash> index_;
  Row seed_;
  size_t pos_ = 0;
  size_t reserved_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_GROUP_OP_H_
