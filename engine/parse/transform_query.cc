// Transformer, part 2: the statement, SELECT / ASK, projection, dataset
// clauses, solution modifiers and the grouping checks of SPARQL 1.1 §11.

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "engine/parse/ast_util.h"
#include "engine/parse/transformer.h"

namespace spoke::engine {

using P = g::SpokeParser;

namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Result<ast::Statement> Transformer::Transform(P::StatementContext* tree) {
  try {
    ast::Statement st;
    if (auto* ex = tree->explain()) {
      st.explain = true;
      st.analyze = ex->K_ANALYZE() != nullptr;
    }
    TransformPrologue(tree->prologue());
    P::BodyContext* body = tree->body();
    if (auto* sel = body->selectQuery()) {
      st.kind = ast::StatementKind::kQuery;
      TransformSelect(sel, &st.query);
    } else if (auto* ask = body->askQuery()) {
      st.kind = ast::StatementKind::kQuery;
      TransformAsk(ask, &st.query);
    } else if (auto* other = body->unsupportedQuery()) {
      NotSupported(Upper(other->getStart()->getText()), other);
    } else {
      st.kind = ast::StatementKind::kUpdate;
      if (tree->explain()) NotSupported("EXPLAIN of an update", tree->explain());
      TransformUpdate(body->update(), &st.update);
    }
    if (auto* values = body->valuesClause()) NotSupported("VALUES", values);
    return st;
  } catch (TransformError& e) {
    return std::move(e.status);
  }
}

void Transformer::TransformDataset(
    const std::vector<P::DatasetClauseContext*>& clauses, ast::Query* q) {
  for (auto* c : clauses) {
    Term g = TransformIri(c->iri());
    (c->K_NAMED() ? q->from_named : q->from).push_back(std::move(g));
  }
}

void Transformer::TransformSelect(P::SelectQueryContext* ctx, ast::Query* q) {
  q->form = ast::QueryForm::kSelect;
  TransformDataset(ctx->datasetClause(), q);
  aggregate_forbidden_where_ = "WHERE";
  q->where = TransformGroup(ctx->whereClause()->groupGraphPattern());
  TransformProjection(ctx->selectClause(), q);
  TransformSolutionModifier(ctx->solutionModifier(), q);
  for (const auto& item : q->projection) {
    if (item.expr == nullptr) continue;
    if (ast::ContainsAggregate(*item.expr)) q->is_grouped = true;
    // GROUP BY (expr AS ?v) binds ?v before SELECT runs (SPARQL 1.1 §18.2.4.1).
    for (const auto& cond : q->group_by) {
      if (cond.var == item.var) {
        Fail(Status::Code::kSemanticError,
             "variable ?" + item.var + " is already bound by GROUP BY",
             item.span);
      }
    }
  }
  CheckGrouping(ctx->selectClause(), q);
  if (q->select_all) {
    ast::CollectInScopeVariables(q->where, false, &q->result_vars);
  } else {
    for (const auto& item : q->projection) q->result_vars.push_back(item.var);
  }
}

void Transformer::TransformAsk(P::AskQueryContext* ctx, ast::Query* q) {
  q->form = ast::QueryForm::kAsk;
  TransformDataset(ctx->datasetClause(), q);
  aggregate_forbidden_where_ = "WHERE";
  q->where = TransformGroup(ctx->whereClause()->groupGraphPattern());
  TransformSolutionModifier(ctx->solutionModifier(), q);
}

void Transformer::TransformProjection(P::SelectClauseContext* ctx,
                                      ast::Query* q) {
  q->distinct = ctx->K_DISTINCT() != nullptr;
  q->reduced = ctx->K_REDUCED() != nullptr;
  q->select_all = ctx->STAR() != nullptr;
  std::vector<std::string> in_scope;
  ast::CollectInScopeVariables(q->where, false, &in_scope);
  std::set<std::string, std::less<>> projected;
  for (auto* item : ctx->selectItem()) {
    ast::ProjectionItem p;
    p.var = Var(item->var());
    p.span = SpanOf(item->var());
    if (item->expression()) {
      p.expr = TransformExprWith(item->expression(), AggregateUse::kAllowed);
      if (std::find(in_scope.begin(), in_scope.end(), p.var) !=
          in_scope.end()) {
        Fail(Status::Code::kSemanticError,
             "variable ?" + p.var + " is already bound in the WHERE clause",
             p.span);
      }
    }
    if (!projected.insert(p.var).second) {
      Fail(Status::Code::kSemanticError,
           "variable ?" + p.var + " is projected twice", p.span);
    }
    q->projection.push_back(std::move(p));
  }
}

// SPARQL 1.1 §11.4 / §18.2.4.1: in a grouped query, SELECT may use a
// variable outside an aggregate only if it is a GROUP BY key (or an earlier
// `AS` result), and SELECT * is not allowed.
void Transformer::CheckGrouping(P::SelectClauseContext* select, ast::Query* q) {
  if (!q->is_grouped) return;
  if (q->select_all) {
    Fail(Status::Code::kSemanticError,
         "SELECT * is not allowed with GROUP BY or aggregates",
         select->STAR()->getSymbol());
  }
  std::set<std::string, std::less<>> keys;
  for (const auto& cond : q->group_by) {
    if (!cond.var.empty()) {
      keys.insert(cond.var);
    } else if (cond.expr->kind == ast::ExprKind::kVariable) {
      keys.insert(cond.expr->var);
    }
  }
  for (const auto& item : q->projection) {
    if (item.expr == nullptr) {
      if (!keys.count(item.var)) {
        Fail(Status::Code::kSemanticError,
             "variable ?" + item.var +
                 " is selected but neither grouped nor aggregated",
             item.span);
      }
      continue;
    }
    std::vector<const ast::Expr*> vars;
    ast::CollectVariables(*item.expr, /*skip_aggregates=*/true, &vars);
    for (const ast::Expr* v : vars) {
      if (!keys.count(v->var)) {
        Fail(Status::Code::kSemanticError,
             "variable ?" + v->var +
                 " is used outside an aggregate but not grouped",
             v->span);
      }
    }
    keys.insert(item.var);
  }
}

void Transformer::TransformSolutionModifier(P::SolutionModifierContext* ctx,
                                            ast::Query* q) {
  std::vector<std::string> in_scope;
  ast::CollectInScopeVariables(q->where, false, &in_scope);
  if (auto* group = ctx->groupClause()) {
    q->is_grouped = true;
    aggregate_forbidden_where_ = "GROUP BY";
    for (auto* c : group->groupCondition()) {
      ast::GroupCondition cond;
      if (auto* call = c->builtInCall()) {
        aggregate_use_ = AggregateUse::kForbidden;
        cond.expr = TransformBuiltIn(call);
      } else if (auto* fn = c->functionCall()) {
        aggregate_use_ = AggregateUse::kForbidden;
        cond.expr = TransformFunctionCall(fn->iri(), fn->argList());
      } else if (auto* e = c->expression()) {
        cond.expr = TransformExprWith(e, AggregateUse::kForbidden);
        if (auto* v = c->var()) {
          cond.var = Var(v);
          if (std::find(in_scope.begin(), in_scope.end(), cond.var) !=
              in_scope.end()) {
            Fail(Status::Code::kSemanticError,
                 "variable ?" + cond.var +
                     " is already bound in the WHERE clause",
                 v);
          }
        }
      } else {
        cond.expr = NewExpr(ast::ExprKind::kVariable, c->getStart());
        cond.expr->var = Var(c->var());
      }
      q->group_by.push_back(std::move(cond));
    }
  }
  if (auto* having = ctx->havingClause()) {
    for (auto* c : having->constraint()) {
      ast::ExprPtr e = TransformConstraintWith(c, AggregateUse::kAllowed);
      if (ast::ContainsAggregate(*e)) q->is_grouped = true;
      q->having.push_back(std::move(e));
    }
  }
  if (auto* order = ctx->orderClause()) {
    for (auto* c : order->orderCondition()) {
      ast::OrderCondition cond;
      if (auto* b = c->brackettedExpression()) {
        cond.descending = c->K_DESC() != nullptr;
        cond.expr = TransformExprWith(b->expression(), AggregateUse::kAllowed);
      } else if (auto* k = c->constraint()) {
        cond.expr = TransformConstraintWith(k, AggregateUse::kAllowed);
      } else {
        cond.expr = NewExpr(ast::ExprKind::kVariable, c->getStart());
        cond.expr->var = Var(c->var());
      }
      if (ast::ContainsAggregate(*cond.expr)) q->is_grouped = true;
      q->order_by.push_back(std::move(cond));
    }
  }
  if (auto* lo = ctx->limitOffsetClauses()) {
    if (auto* limit = lo->limitClause()) {
      q->limit = TransformCount(limit->countValue(), "LIMIT");
    }
    if (auto* offset = lo->offsetClause()) {
      q->offset = TransformCount(offset->countValue(), "OFFSET");
    }
  }
}

uint64_t Transformer::TransformCount(P::CountValueContext* ctx,
                                     const char* clause) {
  antlr4::Token* t = ctx->getStart();
  if (t->getType() == P::INTEGER_NEGATIVE) {
    Fail(Status::Code::kSemanticError,
         std::string(clause) + " must not be negative", t);
  }
  uint64_t n = 0;
  for (char c : t->getText()) {
    uint64_t d = static_cast<uint64_t>(c - '0');
    if (n > (UINT64_MAX - d) / 10) {
      Fail(Status::Code::kSemanticError,
           std::string(clause) + " " + t->getText() + " is too large", t);
    }
    n = n * 10 + d;
  }
  return n;
}

}  // namespace spoke::engine
