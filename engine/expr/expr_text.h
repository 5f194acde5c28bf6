// ExprText: an AST expression in SPARQL-like syntax, for EXPLAIN output and
// as the identity of an aggregate (two aggregates with equal text compute
// the same value). E.g. "(?x > 1)", "REGEX(?n, \"^a\", \"i\")",
// "GROUP_CONCAT(DISTINCT ?n; SEPARATOR=\", \")".

#ifndef SPOKE_ENGINE_EXPR_EXPR_TEXT_H_
#define SPOKE_ENGINE_EXPR_EXPR_TEXT_H_

#include <string>

#include "engine/parse/ast.h"

namespace spoke::engine::expr {

std::string ExprText(const ast::Expr& expr);
// The SPARQL name of a built-in / aggregate ("isIRI", "GROUP_CONCAT").
const char* BuiltinName(ast::Builtin b);
const char* AggregateName(ast::AggregateKind k);

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_EXPR_TEXT_H_
