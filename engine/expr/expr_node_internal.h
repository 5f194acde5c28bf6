// The nodes a CompiledExpr is made of (internal to engine/expr). Each
// evaluates to a Value; children are owned. Built by compiled_expr.cc.

#ifndef SPOKE_ENGINE_EXPR_EXPR_NODE_INTERNAL_H_
#define SPOKE_ENGINE_EXPR_EXPR_NODE_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/expr/comparison.h"
#include "engine/expr/numeric.h"
#include "engine/expr/regex.h"
#include "engine/expr/row_view.h"
#include "engine/expr/value.h"

namespace spoke::engine::expr {

class ExprNode {
 public:
  virtual ~ExprNode() = default;
  virtual Value Eval(const RowView& row) const = 0;
};

using NodePtr = std::unique_ptr<ExprNode>;
using NodeList = std::vector<NodePtr>;
using UnaryFn = Value (*)(const Term&);
using BinaryFn = Value (*)(const Term&, const Term&);

NodePtr MakeConstant(Term t);
// slot -1: a variable the query does not have (always unbound).
NodePtr MakeVariable(int slot);
NodePtr MakeAggregateRef(int index);
NodePtr MakeNot(NodePtr arg);
NodePtr MakeAnd(NodePtr a, NodePtr b);
NodePtr MakeOr(NodePtr a, NodePtr b);
NodePtr MakeCompare(CompareOp op, NodePtr a, NodePtr b);
NodePtr MakeArith(ArithOp op, NodePtr a, NodePtr b);
// A function of evaluated arguments: any argument error is the result.
NodePtr MakeUnaryFn(UnaryFn fn, NodePtr arg);
NodePtr MakeBinaryFn(BinaryFn fn, NodePtr a, NodePtr b);
NodePtr MakeBound(int slot);
NodePtr MakeIn(NodePtr lhs, NodeList list, bool negated);
NodePtr MakeIf(NodePtr cond, NodePtr then_node, NodePtr else_node);
NodePtr MakeCoalesce(NodeList args);
NodePtr MakeCast(std::string datatype, NodePtr arg);
// REGEX with a pattern fixed at compile time.
NodePtr MakeRegex(NodePtr text, std::unique_ptr<Regex> regex);
// REGEX whose pattern or flags are computed per row (`flags` may be null).
NodePtr MakeDynamicRegex(NodePtr text, NodePtr pattern, NodePtr flags);
// A node that is always an error (e.g. REGEX with a constant non-string
// pattern).
NodePtr MakeError();

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_EXPR_NODE_INTERNAL_H_
