// The bridge from AST expressions to RowExpr: compiles an expression with
// the expression library (engine/expr) over the plan's variable slots and
// evaluates it on rows of ids, decoding only the slots it reads through
// the execution's TermTable.

#ifndef SPOKE_ENGINE_EXEC_EXPR_BRIDGE_H_
#define SPOKE_ENGINE_EXEC_EXPR_BRIDGE_H_

#include "engine/exec/row_expr.h"
#include "engine/exec/var_table.h"
#include "engine/parse/ast.h"
#include "spoke/status.h"

namespace spoke::engine {

// Compiles `expr`; variables get slots in `vars` (created if new). Errors:
// those of the expression compiler (e.g. an invalid REGEX pattern).
Result<RowExprPtr> CompileRowExpr(const ast::Expr& expr, VarTable* vars);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_EXPR_BRIDGE_H_
