// PlanQuery: the query level (dataset, parameters, solution modifiers).
// Graph patterns are planned in planner_patterns.cc.

#include <algorithm>
#include <utility>

#include "engine/exec/basic_ops.h"
#include "engine/exec/distinct_op.h"
#include "engine/exec/expr_bridge.h"
#include "engine/exec/group_op.h"
#include "engine/exec/order_op.h"
#include "engine/exec/planner_internal.h"

namespace spoke::engine {

#define SPOKE_ASSIGN_OR_RETURN(lhs, expr) \
  auto lhs##_result = (expr);             \
  if (!lhs##_result.ok()) return lhs##_result.status(); \
  auto lhs = std::move(*lhs##_result)

namespace {

// The store ids of `graphs` that the store knows, sorted.
Result<std::vector<TermId>> GraphIds(const std::vector<Term>& graphs,
                                     TermTable* terms) {
  std::vector<TermId> ids;
  for (const Term& g : graphs) {
    SPOKE_ASSIGN_OR_RETURN(id, terms->LookupStored(g));
    if (id) ids.push_back(*id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

Status Planner::ResolveDataset(const ast::Query& q) {
  named_restricted_ = !q.from.empty() || !q.from_named.empty();
  if (!q.from.empty()) {
    // FROM: the default graph is the merge of these graphs, each triple
    // once, whatever the default-graph option says.
    SPOKE_ASSIGN_OR_RETURN(ids, GraphIds(q.from, ctx_->terms()));
    default_graph_.mode = GraphMode::kMergedDefault;
    default_graph_.set = std::move(ids);
    default_graph_.empty = default_graph_.set.empty();
  } else if (!q.from_named.empty()) {
    // FROM NAMED without FROM: the default graph is empty (SPARQL 13.2).
    default_graph_.empty = true;
  } else {
    default_graph_.mode = options_.union_default_graph
                              ? GraphMode::kMergedDefault
                              : GraphMode::kPlainDefault;
  }
  if (!q.from_named.empty()) {
    SPOKE_ASSIGN_OR_RETURN(ids, GraphIds(q.from_named, ctx_->terms()));
    named_set_ = std::move(ids);
  }
  return Status::OK();
}

Result<RowExprPtr> Planner::Compile(const ast::Expr& expr) {
  return CompileRowExpr(expr, &plan_->vars);
}

Result<std::vector<RowExprPtr>> Planner::CompileAll(
    const std::vector<const ast::Expr*>& exprs) {
  std::vector<RowExprPtr> out;
  for (const ast::Expr* e : exprs) {
    SPOKE_ASSIGN_OR_RETURN(c, Compile(*e));
    out.push_back(std::move(c));
  }
  return out;
}

Result<Planner::Piece> Planner::PlanModifier(const AlgNode& node,
                                             const std::set<int>& bound) {
  if (node.op == AlgOp::kSlice) {
    // ORDER BY under LIMIT (through the projection, not through DISTINCT):
    // keep only the top offset + limit rows.
    const AlgNode* child = node.children[0].get();
    if (child->op == AlgOp::kProject) child = child->children[0].get();
    if (child->op == AlgOp::kOrderBy && node.limit) {
      top_k_ = node.offset + *node.limit;
    }
  }
  SPOKE_ASSIGN_OR_RETURN(piece,
                         Plan(*node.children[0], bound, nullptr, default_graph_));
  switch (node.op) {
    case AlgOp::kGroup: {
      std::vector<GroupKeySpec> keys;
      std::set<int> certain = seed_bound_;
      for (const AlgGroupKey& k : node.keys) {
        GroupKeySpec spec;
        spec.target_slot = plan_->vars.Slot(k.var);
        spec.text = ExprToString(*k.expr);
        if (k.expr->kind == ast::ExprKind::kVariable) {
          spec.source_slot = plan_->vars.Slot(k.expr->var);
        } else {
          SPOKE_ASSIGN_OR_RETURN(e, Compile(*k.expr));
          spec.expr = std::move(e);
          spec.text += " AS ?" + k.var;
        }
        keys.push_back(std::move(spec));
      }
      std::vector<AggregateSpec> aggs;
      for (const AlgAggregate& a : node.aggregates) {
        AggregateSpec spec;
        spec.function.kind = a.aggregate->aggregate;
        spec.function.distinct = a.aggregate->distinct;
        spec.function.count_star = a.aggregate->is_count_star();
        spec.function.separator = a.aggregate->separator;
        spec.target_slot = plan_->vars.Slot(a.var);
        spec.text = ExprToString(*a.aggregate);
        if (spec.function.kind == ast::AggregateKind::kCount &&
            !a.aggregate->args.empty() &&
            a.aggregate->args[0]->kind == ast::ExprKind::kVariable) {
          spec.count_slot = plan_->vars.Slot(a.aggregate->args[0]->var);
        } else if (!a.aggregate->args.empty()) {
          SPOKE_ASSIGN_OR_RETURN(e, Compile(*a.aggregate->args[0]));
          spec.arg = std::move(e);
        } else if (a.aggregate->distinct) {
          for (int slot = 0; slot < plan_->vars.size(); ++slot) {
            if (plan_->vars.name(slot)[0] != '$') spec.row_slots.push_back(slot);
          }
        }
        aggs.push_back(std::move(spec));
      }
      double rows = keys.empty() ? 1 : std::max(1.0, piece.rows / 4);
      piece.op = std::make_unique<GroupOp>(ctx_, std::move(piece.op),
                                           std::move(keys), std::move(aggs));
      piece.op->set_estimated_rows(rows);
      piece.rows = rows;
      piece.certain = certain;
      break;
    }
    case AlgOp::kExtend: {
      SPOKE_ASSIGN_OR_RETURN(e, Compile(*node.expr));
      piece.op = std::make_unique<ExtendOp>(ctx_, std::move(piece.op),
                                            plan_->vars.Slot(node.var),
                                            std::move(e), node.var);
      piece.op->set_estimated_rows(piece.rows);
      break;
    }
    case AlgOp::kOrderBy: {
      std::vector<OrderKey> keys;
      for (const AlgOrder& o : node.order) {
        SPOKE_ASSIGN_OR_RETURN(e, Compile(*o.expr));
        keys.push_back(OrderKey{std::move(e), o.descending});
      }
      std::optional<uint64_t> k = top_k_;
      top_k_.reset();
      if (k) piece.rows = std::min(piece.rows, static_cast<double>(*k));
      piece.op = std::make_unique<OrderOp>(ctx_, std::move(piece.op),
                                           std::move(keys), k);
      piece.op->set_estimated_rows(piece.rows);
      break;
    }
    case AlgOp::kProject:
      project_slots_.clear();
      for (const std::string& v : node.vars) {
        project_slots_.push_back(plan_->vars.Slot(v));
      }
      break;
    case AlgOp::kDistinct:
    case AlgOp::kReduced:
      piece.op = std::make_unique<DistinctOp>(ctx_, std::move(piece.op),
                                              project_slots_,
                                              node.op == AlgOp::kReduced);
      piece.op->set_estimated_rows(piece.rows);
      break;
    case AlgOp::kSlice: {
      double rows = std::max(0.0, piece.rows - static_cast<double>(node.offset));
      if (node.limit) rows = std::min(rows, static_cast<double>(*node.limit));
      piece.op = std::make_unique<SliceOp>(ctx_, std::move(piece.op),
                                           node.offset, node.limit);
      piece.op->set_estimated_rows(rows);
      piece.rows = rows;
      break;
    }
    default:
      return Status::Internal("unexpected algebra node");
  }
  piece.is_start = false;
  return piece;
}

Result<std::unique_ptr<QueryPlan>> PlanQuery(
    const ast::Query& query,
    const std::unordered_map<std::string, Term>& parameters,
    const PlanOptions& options, ExecContext* ctx) {
  auto plan = std::make_unique<QueryPlan>();
  SPOKE_ASSIGN_OR_RETURN(algebra, TranslateQuery(query));
  plan->algebra = std::move(algebra);
  Planner planner(ctx, plan.get(), options);
  SPOKE_RETURN_IF_ERROR(planner.ResolveDataset(query));

  std::set<std::string> known = AllVars(*plan->algebra.root);
  std::vector<std::pair<int, TermId>> bindings;
  for (const auto& [name, value] : parameters) {
    if (value.is_none()) {
      return Status::InvalidArgument("parameter ?" + name + " has no value");
    }
    if (!known.count(name) &&
        std::find(query.result_vars.begin(), query.result_vars.end(), name) ==
            query.result_vars.end()) {
      return Status::InvalidArgument("parameter ?" + name +
                                     " is not a variable of the query");
    }
    SPOKE_ASSIGN_OR_RETURN(id, ctx->terms()->Intern(value));
    int slot = plan->vars.Slot(name);
    bindings.emplace_back(slot, id);
    planner.seed_bound_.insert(slot);
  }
  SPOKE_ASSIGN_OR_RETURN(
      piece, planner.Plan(*plan->algebra.root, planner.seed_bound_, nullptr,
                          planner.default_graph()));
  plan->root = std::move(piece.op);
  plan->columns = query.result_vars;
  for (const std::string& v : query.result_vars) {
    plan->column_slots.push_back(plan->vars.Slot(v));
  }
  plan->seed.assign(plan->vars.size(), kUnbound);
  for (const auto& [slot, id] : bindings) plan->seed[slot] = id;
  return plan;
}

}  // namespace spoke::engine
