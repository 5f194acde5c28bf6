// Small queries over the AST, shared by the transformer's checks and usable
// by the planner. Internal to engine/.

#ifndef SPOKE_ENGINE_PARSE_AST_UTIL_H_
#define SPOKE_ENGINE_PARSE_AST_UTIL_H_

#include <string>
#include <vector>

#include "engine/parse/ast.h"

namespace spoke::engine::ast {

// True if `e` contains an aggregate anywhere.
bool ContainsAggregate(const Expr& e);

// Appends the kVariable nodes of `e` in source order; with
// skip_aggregates, those inside aggregates are left out.
void CollectVariables(const Expr& e, bool skip_aggregates,
                      std::vector<const Expr*>* out);

// Appends the variables in scope of `g` (SPARQL 1.1 §18.2.1: those of triple
// patterns and GRAPH ?g, recursively), each once, in order of first
// appearance. Anonymous (blank node) variables only with include_anonymous.
void CollectInScopeVariables(const GroupPattern& g, bool include_anonymous,
                             std::vector<std::string>* out);

}  // namespace spoke::engine::ast

#endif  // SPOKE_ENGINE_PARSE_AST_UTIL_H_
