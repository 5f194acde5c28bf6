// OrderOp: ORDER BY. Materialises its input with the decoded sort keys
// (counted against the memory limit) and sorts by SPARQL's ORDER BY order
// (engine/expr/term_order.h; an expression error sorts as unbound). With a
// limit k (ORDER BY ... LIMIT, k = offset + limit) it keeps only the best k
// rows in a heap: top-k in O(n log k) time and O(k) memory. The sort is
// stable, so rows that tie keep their input order.

#ifndef SPOKE_ENGINE_EXEC_ORDER_OP_H_
#define SPOKE_ENGINE_EXEC_ORDER_OP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/row_expr.h"

namespace spoke::engine {

struct OrderKey {
  RowExprPtr expr;
  bool descending = false;
};

class OrderOp : public Operator {
 public:
  OrderOp(ExecContext* ctx, OperatorPtr child, std::vector<OrderKey> keys,
          std::optional<uint64_t> top_k);
  ~OrderOp() override { ctx_->Release(reserved_); }
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  struct Entry {
    std::vector<Term> keys;  // kNone for unbound / error
    // Per key (the first 64): bit i set when key i is a canonical
    // xsd:integer within int64, with its value in ints[i]; two such keys
    // compare by value without parsing (equal values are then equal terms).
    std::vector<int64_t> ints;
    uint64_t int_mask = 0;
    uint64_t seq;            // input position, for stability
    Row row;
  };
  // True if a sorts before b.
  bool Less(const Entry& a, const Entry& b) const;

  OperatorPtr child_;
  std::vector<OrderKey> keys_;
  std::optional<uint64_t> top_k_;
  std::vector<Entry> entries_;
  size_t pos_ = 0;
  size_t reserved_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_ORDER_OP_H_
