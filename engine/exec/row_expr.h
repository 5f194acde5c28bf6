// RowExpr: an expression the executor evaluates over a row of ids. The
// planner builds them from AST expressions through the expression library
// (engine/expr); tests may implement their own.
//
// Thread safety: Evaluate/Test are const and keep no state.

#ifndef SPOKE_ENGINE_EXEC_ROW_EXPR_H_
#define SPOKE_ENGINE_EXEC_ROW_EXPR_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/exec/exec_context.h"
#include "engine/exec/row.h"
#include "spoke/term.h"

namespace spoke::engine {

class RowExpr {
 public:
  virtual ~RowExpr() = default;
  // Sets *out to the value on `row` and returns true; returns false when
  // the expression raises a SPARQL error (e.g. an unbound variable). Store
  // failures while decoding go to ctx->Fail().
  virtual bool Evaluate(const Row& row, ExecContext* ctx, Term* out) const = 0;
  // The effective boolean value on `row`; an error counts as false, as in
  // FILTER.
  virtual bool Test(const Row& row, ExecContext* ctx) const = 0;
  // The slots the expression reads.
  virtual const std::vector<int>& slots() const = 0;
  // Text for EXPLAIN.
  virtual std::string Describe() const = 0;
};

using RowExprPtr = std::unique_ptr<RowExpr>;

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_ROW_EXPR_H_
