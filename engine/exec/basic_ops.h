// Small streaming operators, one row in, at most one row out: Filter,
// Extend, Union, GraphBind, Slice. Kept together because each is a few
// lines; the materialising and joining operators have their own files.

#ifndef SPOKE_ENGINE_EXEC_BASIC_OPS_H_
#define SPOKE_ENGINE_EXEC_BASIC_OPS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/exec/operator.h"
#include "engine/exec/row_expr.h"

namespace spoke::engine {

// Keeps the rows on which every condition's effective boolean value is
// true (an error counts as false).
class FilterOp : public Operator {
 public:
  FilterOp(ExecContext* ctx, OperatorPtr child,
           std::vector<RowExprPtr> conditions);
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override { child_->Open(seed); }
  bool NextImpl(Row* row) override;

 private:
  OperatorPtr child_;
  std::vector<RowExprPtr> conditions_;
};

// Binds `slot` to the value of `expr` (left unbound when it errors), as
// SPARQL's Extend: SELECT (expr AS ?v), GROUP BY (expr AS ?v).
// REQUIRES: the slot is unbound in the child's rows.
class ExtendOp : public Operator {
 public:
  ExtendOp(ExecContext* ctx, OperatorPtr child, int slot, RowExprPtr expr,
           std::string var_name);
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override { child_->Open(seed); }
  bool NextImpl(Row* row) override;

 private:
  OperatorPtr child_;
  int slot_;
  RowExprPtr expr_;
  std::string var_name_;
};

// The rows of each child in turn (SPARQL Union: a bag union).
class UnionOp : public Operator {
 public:
  UnionOp(ExecContext* ctx, std::vector<OperatorPtr> children);
  std::string Describe() const override { return "Union"; }
  std::vector<const Operator*> children() const override;

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  std::vector<OperatorPtr> children_;
  Row seed_;
  size_t current_ = 0;
};

// Ends GRAPH ?g { P }: P's patterns bind the graph to a hidden slot, so
// that inside P ?g means only what P binds (SPARQL evaluates P, then joins
// with ?g). This binds ?g from the hidden slot, or drops the row if P bound
// ?g to another value. On open, a ?g already bound in the seed is copied to
// the hidden slot so the scans use it.
class GraphBindOp : public Operator {
 public:
  GraphBindOp(ExecContext* ctx, OperatorPtr child, int var_slot,
              int hidden_slot, std::string var_name);
  std::string Describe() const override { return "GraphBind ?" + var_name_; }
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  OperatorPtr child_;
  int var_slot_;
  int hidden_slot_;
  std::string var_name_;
  Row seed_;
};

// OFFSET / LIMIT: skips `offset` rows, then stops pulling after `limit`.
class SliceOp : public Operator {
 public:
  SliceOp(ExecContext* ctx, OperatorPtr child, uint64_t offset,
          std::optional<uint64_t> limit);
  std::string Describe() const override;
  std::vector<const Operator*> children() const override {
    return {child_.get()};
  }

 protected:
  void OpenImpl(const Row& seed) override;
  bool NextImpl(Row* row) override;

 private:
  OperatorPtr child_;
  uint64_t offset_;
  std::optional<uint64_t> limit_;
  uint64_t skipped_ = 0;
  uint64_t returned_ = 0;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_BASIC_OPS_H_
