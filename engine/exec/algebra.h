// The SPARQL 1.1 algebra of a query (SPARQL 1.1 §18.2), translated from the
// AST: what the query means, before any physical choice. The planner
// (planner.h) turns it into operators.
//
// Translation follows §18.2.2.6 for groups (a group's FILTERs wrap the
// whole group; OPTIONAL { P FILTER(F) } becomes LeftJoin(G, P, F); GRAPH
// becomes Graph) and §18.2.4–18.2.5 for the query level: Group (with each
// aggregate computed into a hidden variable "$aggN" and every expression
// that used it rewritten to read that variable), Filter for HAVING, Extend
// for SELECT expressions, OrderBy, Project, Distinct / Reduced, Slice.
//
// Expressions are pointers into the ast::Query (which must outlive the
// algebra) or into Algebra::owned (the rewritten ones).

#ifndef SPOKE_ENGINE_EXEC_ALGEBRA_H_
#define SPOKE_ENGINE_EXEC_ALGEBRA_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/parse/ast.h"
#include "spoke/status.h"

namespace spoke::engine {

enum class AlgOp : uint8_t {
  kTable,  // the unit table: one empty solution (an empty group {})
  kBgp,
  kJoin,
  kLeftJoin,
  kFilter,
  kUnion,
  kGraph,
  kGroup,
  kExtend,
  kOrderBy,
  kProject,
  kDistinct,
  kReduced,
  kSlice,
};

struct AlgGroupKey {
  const ast::Expr* expr;
  std::string var;  // the variable the key is bound to (maybe hidden)
};

struct AlgAggregate {
  const ast::Expr* aggregate;  // an ExprKind::kAggregate node
  std::string var;             // hidden "$aggN"
};

struct AlgOrder {
  const ast::Expr* expr;
  bool descending = false;
};

struct AlgNode {
  AlgOp op = AlgOp::kTable;
  std::vector<std::unique_ptr<AlgNode>> children;
  std::vector<ast::TriplePattern> triples;  // kBgp
  std::vector<const ast::Expr*> exprs;      // kFilter; kLeftJoin condition
  ast::PatternTerm graph;                   // kGraph
  std::string var;                          // kExtend
  const ast::Expr* expr = nullptr;          // kExtend
  std::vector<AlgGroupKey> keys;            // kGroup
  std::vector<AlgAggregate> aggregates;     // kGroup
  std::vector<AlgOrder> order;              // kOrderBy
  std::vector<std::string> vars;            // kProject
  uint64_t offset = 0;                      // kSlice
  std::optional<uint64_t> limit;            // kSlice
};

struct Algebra {
  std::unique_ptr<AlgNode> root;
  std::vector<ast::ExprPtr> owned;  // rewritten expressions
};

// Translates `query` (which must outlive the result). Errors: kInternal for
// an AST that breaks ast.h's invariants.
Result<Algebra> TranslateQuery(const ast::Query& query);

// The algebra as an S-expression, e.g.
// (project (?s) (filter (?o > 1) (bgp (?s <p> ?o)))).
std::string AlgebraToString(const AlgNode& node);
// An expression in SPARQL-like syntax, for EXPLAIN and AlgebraToString.
std::string ExprToString(const ast::Expr& expr);

// Variables an expression reads (BOUND's argument included).
void CollectExprVars(const ast::Expr& expr, std::set<std::string>* out);
// Variables the algebra certainly binds in every solution (SPARQL's
// "certain" variables: Join unites, Union intersects, LeftJoin keeps the
// left side's).
std::set<std::string> CertainVars(const AlgNode& node);
// Every variable the algebra may bind.
std::set<std::string> MaybeVars(const AlgNode& node);
// Every variable the algebra mentions, in patterns or expressions.
std::set<std::string> AllVars(const AlgNode& node);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_ALGEBRA_H_
