// DistinctOp: SPARQL DISTINCT / REDUCED over the projected slots, comparing
// ids (id equality is term equality). DISTINCT keeps a hash set of the rows
// seen (counted against the memory limit); REDUCED only drops a row equal
// to the one before it, which SPARQL allows and which needs no memory.

#ifndef SPOKE_ENGINE_EXEC_DISTINCT_OP_H_
#define SPOKE_ENGINE_EXEC_DISTINCT_OP_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "engine/exec/operator.h"

namespace spoke::engine {

class DistinctOp : public Operator {
 public:
  DistinctOp(ExecContext* ctx, OperatorPtr child, std::vector<int> slots,
             bool reduced);
  ~DistinctOp() override { ctx_->Release(reserved_); }
  std::string Describe() const override {
    return reduced_ ? "Reduced" : "Distinct";
  }
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  struct KeyHash {
    size_t operator()(const Row& r) const {
      uint64_t h = 0x9e3779b97f4a7c15ull;
      for (TermId id : r) h ^= id + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
      return static_cast<size_t>(h);
    }
  };

  Row Key(const Row& row) const;

  OperatorPtr child_;
  std::vector<int> slots_;
  bool reduced_;
  std::unordered_set<Row, KeyHash> seen_;
  Row previous_;
  bool have_previous_ = false;
  size_t reserved_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_DISTINCT_OP_H_
