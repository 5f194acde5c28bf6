// Planning of graph patterns: BGPs, joins, OPTIONAL, UNION, GRAPH, FILTER.

#include <algorithm>
#include <utility>

#include "engine/exec/basic_ops.h"
#include "engine/exec/graph_list_op.h"
#include "engine/exec/join_ops.h"
#include "engine/exec/pattern_scan_op.h"
#include "engine/exec/planner_internal.h"
#include "engine/exec/star_scan_op.h"

namespace spoke::engine {
namespace {

// Below this many left rows an index nested-loop join is always used.
constexpr double kHashMinRows = 64;

std::set<int> Intersect(const std::set<int>& a, const std::set<int>& b) {
  std::set<int> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::inserter(out, out.begin()));
  return out;
}

std::set<int> Unite(std::set<int> a, const std::set<int>& b) {
  a.insert(b.begin(), b.end());
  return a;
}

}  // namespace

#define SPOKE_ASSIGN_OR_RETURN(lhs, expr) \
  auto lhs##_result = (expr);             \
  if (!lhs##_result.ok()) return lhs##_result.status(); \
  auto lhs = std::move(*lhs##_result)

Planner::Piece Planner::Start(const std::set<int>& bound) {
  Piece p;
  p.op = std::make_unique<SingletonOp>(ctx_);
  p.op->set_estimated_rows(1);
  p.certain = bound;
  p.is_start = true;
  return p;
}

Planner::Piece Planner::Empty(const std::string& why, std::set<int> certain) {
  Piece p;
  p.op = std::make_unique<EmptyOp>(ctx_, why);
  p.rows = 0;
  p.certain = std::move(certain);
  return p;
}

std::string Planner::SlotNames(const std::set<int>& slots) const {
  std::string out;
  for (int s : slots) out += (out.empty() ? "?" : " ?") + plan_->vars.name(s);
  return out;
}

std::string Planner::TermText(const ast::PatternTerm& t) const {
  return t.is_var() ? "?" + t.var : t.term.ToNTriples();
}

namespace {

// Appends the conjuncts of `e` (A && B && ... at the top) to `out`. A
// FILTER or OPTIONAL condition A && B keeps a row iff A and B are both
// true (an error or false in either drops it), so each conjunct can be
// applied on its own, as soon as its own variables are bound.
void SplitConjuncts(const ast::Expr* e, std::vector<const ast::Expr*>* out) {
  if (e->kind == ast::ExprKind::kBinary && e->binary_op == ast::BinaryOp::kAnd &&
      e->args.size() == 2) {
    SplitConjuncts(e->args[0].get(), out);
    SplitConjuncts(e->args[1].get(), out);
    return;
  }
  out->push_back(e);
}

}  // namespace

Status Planner::AddPending(const std::vector<const ast::Expr*>& exprs,
                           std::vector<Pending>* pending) {
  std::vector<const ast::Expr*> conjuncts;
  for (const ast::Expr* e : exprs) SplitConjuncts(e, &conjuncts);
  for (const ast::Expr* e : conjuncts) {
    std::set<std::string> names;
    CollectExprVars(*e, &names);
    Pending p{e, {}, false};
    for (const std::string& n : names) p.slots.insert(plan_->vars.Slot(n));
    pending->push_back(std::move(p));
  }
  return Status::OK();
}

Status Planner::Consume(std::vector<Pending>* pending, Piece* piece) {
  if (pending == nullptr) return Status::OK();
  std::vector<RowExprPtr> ready;
  for (Pending& p : *pending) {
    if (p.used) continue;
    if (!std::includes(piece->certain.begin(), piece->certain.end(),
                       p.slots.begin(), p.slots.end())) {
      continue;
    }
    SPOKE_ASSIGN_OR_RETURN(expr, Compile(*p.expr));
    ready.push_back(std::move(expr));
    p.used = true;
  }
  if (ready.empty()) return Status::OK();
  double rows = piece->rows;
  for (size_t i = 0; i < ready.size(); ++i) rows *= 0.5;
  piece->op = std::make_unique<FilterOp>(ctx_, std::move(piece->op),
                                         std::move(ready));
  piece->op->set_estimated_rows(rows);
  piece->rows = rows;
  piece->is_start = false;
  return Status::OK();
}

bool Planner::Bindable(const AlgNode& n) const {
  switch (n.op) {
    case AlgOp::kBgp:
    case AlgOp::kTable:
      return true;
    case AlgOp::kJoin:
    case AlgOp::kUnion:
    case AlgOp::kGraph:
      for (const auto& c : n.children) {
        if (!Bindable(*c)) return false;
      }
      return true;
    case AlgOp::kFilter: {
      if (!Bindable(*n.children[0])) return false;
      std::set<std::string> certain = CertainVars(*n.children[0]);
      for (const ast::Expr* e : n.exprs) {
        std::set<std::string> vars;
        CollectExprVars(*e, &vars);
        for (const std::string& v : vars) {
          if (!certain.count(v)) return false;
        }
      }
      return true;
    }
    default:
      return false;
  }
}

Planner::Piece Planner::HashJoin(Piece probe, Piece build, bool left_outer,
                                 std::vector<RowExprPtr> conditions) {
  if (!left_outer && build.rows > probe.rows) std::swap(probe, build);
  std::set<int> keys = Intersect(probe.certain, build.certain);
  Piece out;
  double matches = keys.empty() ? probe.rows * build.rows
                                : std::max(probe.rows, build.rows);
  out.rows = left_outer ? std::max(probe.rows, matches) : matches;
  out.cost = probe.cost + build.cost + probe.rows + build.rows;
  out.certain = left_outer ? probe.certain : Unite(probe.certain, build.certain);
  std::string names = SlotNames(keys);
  out.op = std::make_unique<HashJoinOp>(
      ctx_, std::move(probe.op), std::move(build.op),
      std::vector<int>(keys.begin(), keys.end()), left_outer,
      std::move(conditions), names);
  out.op->set_estimated_rows(out.rows);
  return out;
}

bool Planner::UseHashStep(double rows, const std::set<int>& certain,
                          const PatternInfo& info) const {
  if (rows < kHashMinRows) return false;
  double seeks = rows * (kSeekCost + EstimatePattern(info, certain));
  // One scan of the pattern alone, each of its rows hashed or probed, and
  // each row of the chain so far put into or looked up in the table.
  double hash = kSeekCost + 2 * info.base + 2 * rows;
  return hash < seeks;
}

std::vector<size_t> Planner::StarSteps(const Piece& piece, bool fresh,
                                       const std::vector<PatternInfo>& infos,
                                       const BgpOrder& order, size_t k) const {
  const ScanPattern& first = infos[order.order[k]].scan;
  if (!first.s.is_var() || !piece.certain.contains(first.s.slot)) return {};
  auto member = [&](const ScanPattern& p) {
    return p.s.is_var() && p.s.slot == first.s.slot && !p.p.is_var() &&
           (p.mode != GraphMode::kNamed || !p.g.is_var() ||
            piece.certain.contains(p.g.slot));
  };
  if (!member(first)) return {};
  std::vector<size_t> steps = {k};
  std::set<int> certain = piece.certain;
  const std::set<int>& slots = infos[order.order[k]].slots;
  certain.insert(slots.begin(), slots.end());
  for (size_t j = k + 1; j < order.order.size(); ++j) {
    const PatternInfo& info = infos[order.order[j]];
    if (order.starts_component[j] || !member(info.scan) ||
        (fresh && UseHashStep(order.rows_after[j - 1], certain, info))) {
      break;
    }
    steps.push_back(j);
    certain.insert(info.slots.begin(), info.slots.end());
  }
  return steps;
}

Result<std::optional<std::vector<PatternInfo>>> Planner::Resolve(
    const std::vector<ast::TriplePattern>& triples, const GraphCtx& gctx,
    std::string* why) {
  using Infos = std::optional<std::vector<PatternInfo>>;
  if (gctx.empty) {
    *why = "empty graph";
    return Infos();
  }
  std::vector<PatternInfo> infos;
  for (const ast::TriplePattern& t : triples) {
    PatternInfo info;
    info.scan.mode = gctx.mode;
    info.scan.g = gctx.g;
    info.scan.graph_set = gctx.set;
    SlotOrId* positions[3] = {&info.scan.s, &info.scan.p, &info.scan.o};
    const ast::PatternTerm* terms[3] = {&t.subject, &t.predicate, &t.object};
    storage::ScanSpec spec;
    std::optional<TermId>* spec_pos[3] = {&spec.s, &spec.p, &spec.o};
    for (int i = 0; i < 3; ++i) {
      if (terms[i]->is_var()) {
        *positions[i] = SlotOrId::Var(plan_->vars.Slot(terms[i]->var));
        info.slots.insert(positions[i]->slot);
        continue;
      }
      SPOKE_ASSIGN_OR_RETURN(id, ctx_->terms()->LookupStored(terms[i]->term));
      if (!id) {
        *why = terms[i]->term.ToNTriples() + " not in store";
        return Infos();
      }
      *positions[i] = SlotOrId::Const(*id);
      *spec_pos[i] = *id;
    }
    if (gctx.mode == GraphMode::kNamed && gctx.g.is_var()) {
      info.slots.insert(gctx.g.slot);
    }
    info.text = TermText(t.subject) + " " + TermText(t.predicate) + " " +
                TermText(t.object);
    if (!info.scan.BuildSpec(Row(plan_->vars.size(), kUnbound), &spec)) {
      *why = "graph outside the dataset";
      return Infos();
    }
    // BuildSpec reset the constants; put them back for the estimate.
    if (!info.scan.s.is_var()) spec.s = info.scan.s.id;
    if (!info.scan.p.is_var()) spec.p = info.scan.p.id;
    if (!info.scan.o.is_var()) spec.o = info.scan.o.id;
    info.base = static_cast<double>(ctx_->view()->EstimateCount(spec));
    if (!info.scan.p.is_var()) {
      TermId p = info.scan.p.id;
      auto it = predicate_stats_.find(p);
      if (it == predicate_stats_.end()) {
        std::pair<double, double> st{0, 0};
        Result<storage::PredicateStats> ps = ctx_->view()->StatsFor(p);
        if (ps.ok()) {
          st = {static_cast<double>(ps->distinct_subjects),
                static_cast<double>(ps->distinct_objects)};
        }
        it = predicate_stats_.emplace(p, st).first;
      }
      info.subjects = it->second.first;
      info.objects = it->second.second;
    }
    infos.push_back(std::move(info));
  }
  return Infos(std::move(infos));
}

Result<Planner::Piece> Planner::BuildChain(Piece input,
                                           const std::vector<PatternInfo>& infos,
                                           const BgpOrder& order, size_t from,
                                           std::vector<Pending>* pending) {
  Piece piece = std::move(input);
  const std::set<int> start_bound = piece.certain;
  const bool fresh = piece.is_start;
  SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
  for (size_t k = from; k < order.order.size(); ++k) {
    if (order.starts_component[k] && fresh) {
      // The rest shares no variable with what is bound: plan it on its own
      // and join the two parts by hashing instead of re-scanning the rest
      // for every row.
      std::vector<PatternInfo> rest;
      for (size_t j = k; j < order.order.size(); ++j) {
        rest.push_back(infos[order.order[j]]);
      }
      BgpOrder rest_order = OrderPatterns(rest, start_bound, 1);
      SPOKE_ASSIGN_OR_RETURN(
          right, BuildChain(Start(start_bound), rest, rest_order, 0, pending));
      piece = HashJoin(std::move(piece), std::move(right), false, {});
      SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
      return piece;
    }
    const PatternInfo& info = infos[order.order[k]];
    if (fresh && UseHashStep(piece.rows, piece.certain, info)) {
      // Seeking the pattern once per row costs more than scanning it once
      // on its own and hashing: join the chain so far with that scan.
      PatternInfo alone = info;
      BgpOrder one;
      one.order = {0};
      one.rows_after = {info.base};
      one.starts_component = {false};
      SPOKE_ASSIGN_OR_RETURN(right, BuildChain(Start(start_bound), {alone},
                                               one, 0, nullptr));
      right.rows = info.base;
      double rows_after = order.rows_after[k];
      piece = HashJoin(std::move(piece), std::move(right), false, {});
      piece.rows = rows_after;
      piece.op->set_estimated_rows(rows_after);
      SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
      continue;
    }
    std::vector<bool> bound(plan_->vars.size(), false);
    for (int s : piece.certain) bound[s] = true;
    if (std::vector<size_t> star = StarSteps(piece, fresh, infos, order, k);
        star.size() >= 2) {
      // One range scan of the subject's quads per row reads them all.
      std::vector<ScanPattern> patterns;
      std::string text = "StarScan";
      for (size_t j : star) {
        const PatternInfo& member = infos[order.order[j]];
        patterns.push_back(member.scan);
        text += (j == k ? " " : " ; ") + member.text;
        piece.cost += piece.rows * EstimatePattern(member, piece.certain);
        piece.certain.insert(member.slots.begin(), member.slots.end());
      }
      text += " (" + info.scan.IndexName(bound) + ")";
      piece.op = std::make_unique<StarScanOp>(ctx_, std::move(piece.op),
                                              std::move(patterns),
                                              std::move(text));
      piece.cost += piece.rows * kSeekCost;
      k = star.back();
      piece.rows = order.rows_after[k];
      piece.op->set_estimated_rows(piece.rows);
      piece.is_start = false;
      SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
      continue;
    }
    std::string text = "IndexScan " + info.text + " (" +
                       info.scan.IndexName(bound) + ")";
    piece.op = std::make_unique<PatternScanOp>(ctx_, std::move(piece.op),
                                               info.scan, std::move(text));
    piece.cost += piece.rows * (kSeekCost + EstimatePattern(info, piece.certain));
    piece.rows = order.rows_after[k];
    piece.op->set_estimated_rows(piece.rows);
    piece.certain.insert(info.slots.begin(), info.slots.end());
    piece.is_start = false;
    SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
  }
  return piece;
}

Result<Planner::Piece> Planner::Plan(const AlgNode& node,
                                     const std::set<int>& bound,
                                     std::vector<Pending>* pending,
                                     const GraphCtx& gctx) {
  switch (node.op) {
    case AlgOp::kTable: {
      Piece p = Start(bound);
      SPOKE_RETURN_IF_ERROR(Consume(pending, &p));
      return p;
    }
    case AlgOp::kBgp: {
      std::string why;
      SPOKE_ASSIGN_OR_RETURN(infos, Resolve(node.triples, gctx, &why));
      if (!infos) {
        std::set<std::string> names = CertainVars(node);
        std::set<int> certain = bound;
        for (const auto& n : names) certain.insert(plan_->vars.Slot(n));
        return Empty(why, certain);
      }
      BgpOrder order = OrderPatterns(*infos, bound, 1);
      return BuildChain(Start(bound), *infos, order, 0, pending);
    }
    case AlgOp::kJoin:
      return PlanJoin(node, bound, pending, gctx);
    case AlgOp::kLeftJoin:
      return PlanLeftJoin(node, bound, pending, gctx);
    case AlgOp::kFilter: {
      std::vector<Pending> local;
      SPOKE_RETURN_IF_ERROR(AddPending(node.exprs, &local));
      SPOKE_ASSIGN_OR_RETURN(piece,
                             Plan(*node.children[0], bound, &local, gctx));
      // Conditions whose variables are not always bound are tested on top.
      std::vector<RowExprPtr> rest;
      for (Pending& p : local) {
        if (p.used) continue;
        SPOKE_ASSIGN_OR_RETURN(expr, Compile(*p.expr));
        rest.push_back(std::move(expr));
      }
      if (!rest.empty()) {
        double rows = piece.rows * 0.5;
        piece.op = std::make_unique<FilterOp>(ctx_, std::move(piece.op),
                                              std::move(rest));
        piece.op->set_estimated_rows(rows);
        piece.rows = rows;
        piece.is_start = false;
      }
      SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
      return piece;
    }
    case AlgOp::kUnion: {
      std::vector<OperatorPtr> ops;
      Piece out;
      out.rows = 0;
      for (size_t i = 0; i < node.children.size(); ++i) {
        SPOKE_ASSIGN_OR_RETURN(p, Plan(*node.children[i], bound, nullptr, gctx));
        out.rows += p.rows;
        out.cost += p.cost;
        out.certain = i == 0 ? p.certain : Intersect(out.certain, p.certain);
        ops.push_back(std::move(p.op));
      }
      out.op = std::make_unique<UnionOp>(ctx_, std::move(ops));
      out.op->set_estimated_rows(out.rows);
      SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
      return out;
    }
    case AlgOp::kGraph: {
      SPOKE_ASSIGN_OR_RETURN(piece, PlanGraph(node, bound, gctx));
      SPOKE_RETURN_IF_ERROR(Consume(pending, &piece));
      return piece;
    }
    default:
      return PlanModifier(node, bound);
  }
}

Result<Planner::Piece> Planner::PlanJoin(const AlgNode& node,
                                         const std::set<int>& bound,
                                         std::vector<Pending>* pending,
                                         const GraphCtx& gctx) {
  SPOKE_ASSIGN_OR_RETURN(left, Plan(*node.children[0], bound, pending, gctx));
  const AlgNode& right = *node.children[1];
  if (right.op == AlgOp::kBgp) {
    std::string why;
    SPOKE_ASSIGN_OR_RETURN(infos, Resolve(right.triples, gctx, &why));
    if (!infos) return Empty(why, Unite(left.certain, bound));
    BgpOrder chained = OrderPatterns(*infos, left.certain, left.rows);
    BgpOrder alone = OrderPatterns(*infos, bound, 1);
    double alone_rows = alone.rows_after.empty() ? 1 : alone.rows_after.back();
    double hash_cost = alone.cost + left.rows + alone_rows;
    if (left.rows >= kHashMinRows && hash_cost < chained.cost) {
      SPOKE_ASSIGN_OR_RETURN(r, BuildChain(Start(bound), *infos, alone, 0, pending));
      Piece out = HashJoin(std::move(left), std::move(r), false, {});
      SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
      return out;
    }
    return BuildChain(std::move(left), *infos, chained, 0, pending);
  }
  SPOKE_ASSIGN_OR_RETURN(alone, Plan(right, bound, nullptr, gctx));
  if (Bindable(right) &&
      (left.rows < kHashMinRows || left.rows * kSeekCost < alone.cost)) {
    SPOKE_ASSIGN_OR_RETURN(r, Plan(right, left.certain, nullptr, gctx));
    Piece out;
    out.rows = left.rows * std::max(r.rows, 1e-3);
    out.cost = left.cost + left.rows * (kSeekCost + r.cost);
    out.certain = Unite(left.certain, r.certain);
    out.op = std::make_unique<BindJoinOp>(ctx_, std::move(left.op),
                                          std::move(r.op));
    out.op->set_estimated_rows(out.rows);
    SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
    return out;
  }
  Piece out = HashJoin(std::move(left), std::move(alone), false, {});
  SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
  return out;
}

Result<Planner::Piece> Planner::PlanLeftJoin(const AlgNode& node,
                                             const std::set<int>& bound,
                                             std::vector<Pending>* pending,
                                             const GraphCtx& gctx) {
  SPOKE_ASSIGN_OR_RETURN(left, Plan(*node.children[0], bound, pending, gctx));
  const AlgNode& right = *node.children[1];
  SPOKE_ASSIGN_OR_RETURN(alone, Plan(right, bound, nullptr, gctx));
  if (Bindable(right) &&
      (left.rows < kHashMinRows || left.rows * kSeekCost < alone.cost)) {
    // Re-run the optional part per left row. Its conditions see the merged
    // row there, so they may be applied as soon as their variables are
    // bound inside the optional part.
    std::vector<Pending> conds;
    SPOKE_RETURN_IF_ERROR(AddPending(node.exprs, &conds));
    SPOKE_ASSIGN_OR_RETURN(r, Plan(right, left.certain, &conds, gctx));
    std::vector<RowExprPtr> rest;
    for (Pending& p : conds) {
      if (p.used) continue;
      SPOKE_ASSIGN_OR_RETURN(expr, Compile(*p.expr));
      rest.push_back(std::move(expr));
    }
    Piece out;
    out.rows = left.rows * std::max(r.rows, 1.0);
    out.cost = left.cost + left.rows * (kSeekCost + r.cost);
    out.certain = left.certain;
    out.op = std::make_unique<BindLeftJoinOp>(ctx_, std::move(left.op),
                                              std::move(r.op), std::move(rest));
    out.op->set_estimated_rows(out.rows);
    SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
    return out;
  }
  SPOKE_ASSIGN_OR_RETURN(conds, CompileAll(node.exprs));
  Piece out = HashJoin(std::move(left), std::move(alone), true, std::move(conds));
  SPOKE_RETURN_IF_ERROR(Consume(pending, &out));
  return out;
}

Planner::Piece Planner::ListGraphs(const GraphCtx& g,
                                   const std::set<int>& bound) {
  Piece p;
  if (g.empty) return Empty("empty graph", bound);
  p.op = std::make_unique<GraphListOp>(ctx_, g.g, named_restricted_,
                                       named_set_);
  p.rows = g.g.is_var() ? 10 : 1;
  p.op->set_estimated_rows(p.rows);
  p.certain = bound;
  if (g.g.is_var()) p.certain.insert(g.g.slot);
  return p;
}

Result<Planner::Piece> Planner::PlanGraph(const AlgNode& node,
                                          const std::set<int>& bound,
                                          const GraphCtx& outer) {
  (void)outer;  // GRAPH ranges over the dataset's named graphs, whatever
                // graph is active around it.
  GraphCtx g;
  g.mode = GraphMode::kNamed;
  g.set = named_set_;
  g.empty = named_restricted_ && named_set_.empty();
  const AlgNode& inner = *node.children[0];
  if (!node.graph.is_var()) {
    SPOKE_ASSIGN_OR_RETURN(id, ctx_->terms()->LookupStored(node.graph.term));
    if (!id || (named_restricted_ &&
                !std::binary_search(named_set_.begin(), named_set_.end(), *id))) {
      g.empty = true;
    } else {
      g.g = SlotOrId::Const(*id);
    }
    if (inner.op == AlgOp::kTable) return ListGraphs(g, bound);
    return Plan(inner, bound, nullptr, g);
  }
  if (inner.op == AlgOp::kTable) {
    g.g = SlotOrId::Var(plan_->vars.Slot(node.graph.var));
    return ListGraphs(g, bound);
  }
  int var = plan_->vars.Slot(node.graph.var);
  int hidden = plan_->vars.Hidden("graph");
  g.g = SlotOrId::Var(hidden);
  std::set<int> inner_bound = bound;
  if (inner_bound.erase(var)) inner_bound.insert(hidden);
  SPOKE_ASSIGN_OR_RETURN(piece, Plan(inner, inner_bound, nullptr, g));
  piece.op = std::make_unique<GraphBindOp>(ctx_, std::move(piece.op), var,
                                           hidden, node.graph.var);
  piece.op->set_estimated_rows(piece.rows);
  piece.certain.insert(var);
  piece.certain.erase(hidden);
  piece.is_start = false;
  return piece;
}

}  // namespace spoke::engine
