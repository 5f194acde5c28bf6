// CompiledExpr: an AST expression (engine/parse/ast.h) compiled once into an
// evaluator over rows (row_view.h), with SPARQL 1.1 semantics (§17): errors
// are values, not exceptions; `||`/`&&` are three-valued; an unbound
// variable is an error except in BOUND and COALESCE.
//
//   MapVariableSlots slots;  // or the executor's own VariableSlots
//   auto e = Compile(*ast_expr, slots);
//   if (!e.ok()) return e.status();
//   Value v = (*e)->Evaluate(row);      // a term or an error
//   bool keep = (*e)->Test(row);        // FILTER: EBV, error = false
//
// Aggregates: an expression containing aggregates (SUM(?x) * 2,
// COUNT(*) > 1 in HAVING) is compiled with an aggregate list. Each
// aggregate found is appended to it (identical ones, by text, are shared)
// as a CompiledAggregate: its function (NewAccumulator() per group) and its
// compiled argument. The executor feeds each group's rows to the
// accumulators, then evaluates the expression on a RowView whose
// GetAggregate(i) returns aggregate i's result.
//
// Compile errors (Status): kNotSupported for casts to other datatypes,
// REGEX flags/constructs RE2 lacks; kSemanticError for an invalid constant
// REGEX pattern, an aggregate where none is allowed (no aggregate list, or
// nested) and malformed trees (wrong argument counts). Errors carry the
// expression's SourceSpan. A REGEX whose pattern is computed per row treats an
// invalid pattern as an evaluation error, as SPARQL says.
//
// Thread safety: Evaluate and Test are const and may run concurrently on
// one CompiledExpr.

#ifndef SPOKE_ENGINE_EXPR_COMPILED_EXPR_H_
#define SPOKE_ENGINE_EXPR_COMPILED_EXPR_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/expr/accumulator.h"
#include "engine/expr/row_view.h"
#include "engine/expr/value.h"
#include "engine/parse/ast.h"
#include "spoke/status.h"

namespace spoke::engine::expr {

class ExprNode;
class CompiledExpr;

struct CompiledAggregate {
  AggregateFunction function;
  // The argument; nullptr for COUNT(*). Evaluate it on each row of a group
  // and Add the result (errors included) to the accumulator. For
  // COUNT(DISTINCT *) the executor passes a term identifying the row.
  std::unique_ptr<CompiledExpr> argument;
  std::string text;  // e.g. "SUM(?x)"; also the key for sharing
};

class CompiledExpr {
 public:
  // Internal: use Compile.
  CompiledExpr(std::unique_ptr<ExprNode> root, std::vector<int> slots, std::string text);
  ~CompiledExpr();
  CompiledExpr(const CompiledExpr&) = delete;
  CompiledExpr& operator=(const CompiledExpr&) = delete;

  // The expression's value on `row`. A returned term may borrow from `row`
  // or from this object: use it before either changes, or copy it.
  Value Evaluate(const RowView& row) const;
  // The effective boolean value on `row`, with an error as false (FILTER,
  // HAVING).
  bool Test(const RowView& row) const;
  // The EBV as a three-valued result.
  Tri EvaluateEbv(const RowView& row) const;

  // The slots the expression reads (sorted, unique; BOUND's included; not
  // those only read by aggregate arguments, which have their own).
  const std::vector<int>& slots() const { return slots_; }
  // The expression in SPARQL syntax, for EXPLAIN.
  const std::string& text() const { return text_; }

 private:
  std::unique_ptr<ExprNode> root_;
  std::vector<int> slots_;
  std::string text_;
};

// Compiles `expr`. Variables are looked up in `slots` (an unknown variable
// is unbound on every row). `aggregates` receives the aggregates of the
// expression; pass nullptr where aggregates are not allowed. `expr` need
// not outlive the result.
Result<std::unique_ptr<CompiledExpr>> Compile(
    const ast::Expr& expr, const VariableSlots& slots,
    std::vector<CompiledAggregate>* aggregates = nullptr);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_COMPILED_EXPR_H_
