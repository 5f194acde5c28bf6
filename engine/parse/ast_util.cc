#include "engine/parse/ast_util.h"

#include <algorithm>

namespace spoke::engine::ast {

bool ContainsAggregate(const Expr& e) {
  if (e.kind == ExprKind::kAggregate) return true;
  for (const ExprPtr& a : e.args) {
    if (ContainsAggregate(*a)) return true;
  }
  return false;
}

void CollectVariables(const Expr& e, bool skip_aggregates,
                      std::vector<const Expr*>* out) {
  if (e.kind == ExprKind::kVariable) {
    out->push_back(&e);
    return;
  }
  if (skip_aggregates && e.kind == ExprKind::kAggregate) return;
  for (const ExprPtr& a : e.args) CollectVariables(*a, skip_aggregates, out);
}

namespace {

void AddVar(const PatternTerm& t, bool include_anonymous,
            std::vector<std::string>* out) {
  if (!t.is_var() || (t.anonymous && !include_anonymous)) return;
  if (std::find(out->begin(), out->end(), t.var) == out->end()) {
    out->push_back(t.var);
  }
}

}  // namespace

void CollectInScopeVariables(const GroupPattern& g, bool include_anonymous,
                             std::vector<std::string>* out) {
  for (const auto& p : g.elements) {
    switch (p->kind) {
      case PatternKind::kBgp:
        for (const TriplePattern& t : p->triples) {
          AddVar(t.subject, include_anonymous, out);
          AddVar(t.predicate, include_anonymous, out);
          AddVar(t.object, include_anonymous, out);
        }
        break;
      case PatternKind::kGraph:
        AddVar(p->graph, include_anonymous, out);
        CollectInScopeVariables(*p->group, include_anonymous, out);
        break;
      case PatternKind::kGroup:
      case PatternKind::kOptional:
        CollectInScopeVariables(*p->group, include_anonymous, out);
        break;
      case PatternKind::kUnion:
        for (const auto& alt : p->alternatives) {
          CollectInScopeVariables(*alt, include_anonymous, out);
        }
        break;
    }
  }
}

}  // namespace spoke::engine::ast
