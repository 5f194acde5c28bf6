#include "engine/exec/algebra.h"

#include <algorithm>
#include <utility>

namespace spoke::engine {
namespace {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;

std::unique_ptr<AlgNode> Node(AlgOp op) {
  auto n = std::make_unique<AlgNode>();
  n->op = op;
  return n;
}

std::unique_ptr<AlgNode> Wrap(AlgOp op, std::unique_ptr<AlgNode> child) {
  auto n = Node(op);
  n->children.push_back(std::move(child));
  return n;
}

// Join(G, A), simplifying Join(unit, A) = A.
std::unique_ptr<AlgNode> JoinWith(std::unique_ptr<AlgNode> g,
                                  std::unique_ptr<AlgNode> a) {
  if (g->op == AlgOp::kTable) return a;
  auto n = Node(AlgOp::kJoin);
  n->children.push_back(std::move(g));
  n->children.push_back(std::move(a));
  return n;
}

std::unique_ptr<AlgNode> TranslateGroup(const ast::GroupPattern& group,
                                        bool with_filters);

std::unique_ptr<AlgNode> TranslatePattern(const ast::Pattern& p) {
  switch (p.kind) {
    case ast::PatternKind::kBgp: {
      auto n = Node(AlgOp::kBgp);
      n->triples = p.triples;
      return n;
    }
    case ast::PatternKind::kGroup:
    case ast::PatternKind::kOptional:
      return TranslateGroup(*p.group, true);
    case ast::PatternKind::kUnion: {
      std::unique_ptr<AlgNode> acc;
      for (const auto& alt : p.alternatives) {
        auto branch = TranslateGroup(*alt, true);
        if (acc == nullptr) {
          acc = std::move(branch);
          continue;
        }
        auto u = Node(AlgOp::kUnion);
        u->children.push_back(std::move(acc));
        u->children.push_back(std::move(branch));
        acc = std::move(u);
      }
      return acc != nullptr ? std::move(acc) : Node(AlgOp::kTable);
    }
    case ast::PatternKind::kGraph: {
      auto n = Wrap(AlgOp::kGraph, TranslateGroup(*p.group, true));
      n->graph = p.graph;
      return n;
    }
  }
  return Node(AlgOp::kTable);
}

std::unique_ptr<AlgNode> TranslateGroup(const ast::GroupPattern& group,
                                        bool with_filters) {
  std::unique_ptr<AlgNode> g = Node(AlgOp::kTable);
  for (const auto& element : group.elements) {
    if (element->kind == ast::PatternKind::kOptional) {
      auto n = Node(AlgOp::kLeftJoin);
      n->children.push_back(std::move(g));
      n->children.push_back(TranslateGroup(*element->group, false));
      for (const ExprPtr& f : element->group->filters) {
        n->exprs.push_back(f.get());
      }
      g = std::move(n);
    } else {
      g = JoinWith(std::move(g), TranslatePattern(*element));
    }
  }
  if (with_filters && !group.filters.empty()) {
    auto f = Wrap(AlgOp::kFilter, std::move(g));
    for (const ExprPtr& e : group.filters) f->exprs.push_back(e.get());
    g = std::move(f);
  }
  return g;
}

ExprPtr CloneExpr(const Expr& e) {
  auto c = std::make_unique<Expr>();
  c->kind = e.kind;
  c->term = e.term;
  c->var = e.var;
  c->unary_op = e.unary_op;
  c->binary_op = e.binary_op;
  c->builtin = e.builtin;
  c->cast_datatype = e.cast_datatype;
  c->aggregate = e.aggregate;
  c->distinct = e.distinct;
  c->separator = e.separator;
  c->negated = e.negated;
  c->span = e.span;
  for (const ExprPtr& a : e.args) c->args.push_back(CloneExpr(*a));
  return c;
}

// Copies `e` with every aggregate replaced by a variable "$aggN", adding
// the aggregates to `aggs`.
ExprPtr RewriteAggregates(const Expr& e, std::vector<AlgAggregate>* aggs) {
  if (e.kind == ExprKind::kAggregate) {
    auto v = std::make_unique<Expr>();
    v->kind = ExprKind::kVariable;
    v->var = "$agg" + std::to_string(aggs->size());
    v->span = e.span;
    aggs->push_back(AlgAggregate{&e, v->var});
    return v;
  }
  ExprPtr c = CloneExpr(e);
  for (size_t i = 0; i < e.args.size(); ++i) {
    c->args[i] = RewriteAggregates(*e.args[i], aggs);
  }
  return c;
}

}  // namespace

Result<Algebra> TranslateQuery(const ast::Query& q) {
  Algebra alg;
  std::unique_ptr<AlgNode> p = TranslateGroup(q.where, true);
  auto own = [&alg](ExprPtr e) {
    alg.owned.push_back(std::move(e));
    return alg.owned.back().get();
  };

  std::vector<const Expr*> having;
  std::vector<std::pair<std::string, const Expr*>> extends;
  std::vector<AlgOrder> order;
  if (q.is_grouped) {
    auto group = Wrap(AlgOp::kGroup, std::move(p));
    for (size_t i = 0; i < q.group_by.size(); ++i) {
      const ast::GroupCondition& gc = q.group_by[i];
      if (gc.expr == nullptr) return Status::Internal("group key without expression");
      std::string var = gc.var;
      if (var.empty()) {
        var = gc.expr->kind == ExprKind::kVariable
                  ? gc.expr->var
                  : "$key" + std::to_string(i);
      }
      group->keys.push_back(AlgGroupKey{gc.expr.get(), var});
    }
    for (const ExprPtr& h : q.having) {
      having.push_back(own(RewriteAggregates(*h, &group->aggregates)));
    }
    for (const ast::ProjectionItem& item : q.projection) {
      if (item.expr == nullptr) continue;
      extends.emplace_back(item.var,
                           own(RewriteAggregates(*item.expr, &group->aggregates)));
    }
    for (const ast::OrderCondition& oc : q.order_by) {
      order.push_back(AlgOrder{
          own(RewriteAggregates(*oc.expr, &group->aggregates)), oc.descending});
    }
    p = std::move(group);
  } else {
    for (const ExprPtr& h : q.having) having.push_back(h.get());
    for (const ast::ProjectionItem& item : q.projection) {
      if (item.expr != nullptr) extends.emplace_back(item.var, item.expr.get());
    }
    for (const ast::OrderCondition& oc : q.order_by) {
      order.push_back(AlgOrder{oc.expr.get(), oc.descending});
    }
  }
  if (!having.empty()) {
    p = Wrap(AlgOp::kFilter, std::move(p));
    p->exprs = having;
  }
  for (auto& [var, expr] : extends) {
    p = Wrap(AlgOp::kExtend, std::move(p));
    p->var = var;
    p->expr = expr;
  }
  if (!order.empty()) {
    p = Wrap(AlgOp::kOrderBy, std::move(p));
    p->order = std::move(order);
  }
  if (q.form == ast::QueryForm::kSelect) {
    p = Wrap(AlgOp::kProject, std::move(p));
    p->vars = q.result_vars;
    if (q.distinct) p = Wrap(AlgOp::kDistinct, std::move(p));
    if (q.reduced) p = Wrap(AlgOp::kReduced, std::move(p));
  }
  if (q.offset > 0 || q.limit) {
    p = Wrap(AlgOp::kSlice, std::move(p));
    p->offset = q.offset;
    p->limit = q.limit;
  }
  alg.root = std::move(p);
  return alg;
}

void CollectExprVars(const ast::Expr& e, std::set<std::string>* out) {
  if (e.kind == ExprKind::kVariable) out->insert(e.var);
  for (const ExprPtr& a : e.args) CollectExprVars(*a, out);
}

namespace {

void PatternVars(const ast::PatternTerm& t, std::set<std::string>* out) {
  if (t.is_var()) out->insert(t.var);
}

}  // namespace

std::set<std::string> CertainVars(const AlgNode& n) {
  std::set<std::string> out;
  switch (n.op) {
    case AlgOp::kBgp:
      for (const auto& t : n.triples) {
        PatternVars(t.subject, &out);
        PatternVars(t.predicate, &out);
        PatternVars(t.object, &out);
      }
      break;
    case AlgOp::kJoin:
      for (const auto& c : n.children) {
        auto v = CertainVars(*c);
        out.insert(v.begin(), v.end());
      }
      break;
    case AlgOp::kUnion: {
      out = CertainVars(*n.children[0]);
      for (size_t i = 1; i < n.children.size(); ++i) {
        auto v = CertainVars(*n.children[i]);
        std::set<std::string> both;
        std::set_intersection(out.begin(), out.end(), v.begin(), v.end(),
                              std::inserter(both, both.begin()));
        out = std::move(both);
      }
      break;
    }
    case AlgOp::kGraph:
      out = CertainVars(*n.children[0]);
      PatternVars(n.graph, &out);
      break;
    case AlgOp::kTable:
      break;
    case AlgOp::kGroup:
      for (const auto& k : n.keys) out.insert(k.var);
      break;
    default:  // LeftJoin keeps the left; unary nodes keep their child's
      out = CertainVars(*n.children[0]);
      break;
  }
  return out;
}

std::set<std::string> MaybeVars(const AlgNode& n) {
  std::set<std::string> out;
  if (n.op == AlgOp::kBgp) return CertainVars(n);
  if (n.op == AlgOp::kGraph) PatternVars(n.graph, &out);
  if (n.op == AlgOp::kExtend) out.insert(n.var);
  if (n.op == AlgOp::kGroup) {
    for (const auto& k : n.keys) out.insert(k.var);
    for (const auto& a : n.aggregates) out.insert(a.var);
    return out;
  }
  for (const auto& c : n.children) {
    auto v = MaybeVars(*c);
    out.insert(v.begin(), v.end());
  }
  return out;
}
std::set<std::string> AllVars(const AlgNode& n) {
  std::set<std::string> out = MaybeVars(n);
  auto add = [&out](const ast::Expr* e) {
    if (e != nullptr) CollectExprVars(*e, &out);
  };
  for (const ast::Expr* e : n.exprs) add(e);
  add(n.expr);
  for (const auto& k : n.keys) add(k.expr);
  for (const auto& a : n.aggregates) add(a.aggregate);
  for (const auto& o : n.order) add(o.expr);
  for (const auto& c : n.children) {
    auto v = AllVars(*c);
    out.insert(v.begin(), v.end());
  }
  return out;
}

}  // namespace spoke::engine
