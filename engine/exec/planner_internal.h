// The Planner class behind PlanQuery (planner.h), shared by planner.cc
// (query level, dataset) and planner_patterns.cc (graph patterns, joins).

#ifndef SPOKE_ENGINE_EXEC_PLANNER_INTERNAL_H_
#define SPOKE_ENGINE_EXEC_PLANNER_INTERNAL_H_

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/exec/bgp_order.h"
#include "engine/exec/planner.h"
#include "engine/exec/row_expr.h"

namespace spoke::engine {

class Planner {
 public:
  Planner(ExecContext* ctx, QueryPlan* plan, const PlanOptions& options)
      : ctx_(ctx), plan_(plan), options_(options) {}

  // FROM / FROM NAMED → the graph context of the default graph and the set
  // of named graphs.
  Status ResolveDataset(const ast::Query& query);

  // A sub-plan: its operator, estimated rows and cost, and the slots bound
  // in every row it produces.
  struct Piece {
    OperatorPtr op;
    double rows = 1;
    double cost = 0;
    std::set<int> certain;
    bool is_start = false;  // just a Singleton: nothing scanned yet
  };
  // A FILTER condition waiting for its variables to be bound.
  struct Pending {
    const ast::Expr* expr;
    std::set<int> slots;
    bool used = false;
  };
  // Where the patterns of the current scope match.
  struct GraphCtx {
    bool empty = false;  // the active graph has no triples (e.g. FROM NAMED
                         // only, or GRAPH <g> outside FROM NAMED)
    GraphMode mode = GraphMode::kMergedDefault;
    SlotOrId g;
    std::vector<TermId> set;
  };

  Result<Piece> Plan(const AlgNode& node, const std::set<int>& bound,
                     std::vector<Pending>* pending, const GraphCtx& gctx);
  const GraphCtx& default_graph() const { return default_graph_; }

 private:
  Result<Piece> PlanJoin(const AlgNode& node, const std::set<int>& bound,
                         std::vector<Pending>* pending, const GraphCtx& gctx);
  Result<Piece> PlanLeftJoin(const AlgNode& node, const std::set<int>& bound,
                             std::vector<Pending>* pending,
                             const GraphCtx& gctx);
  Result<Piece> PlanGraph(const AlgNode& node, const std::set<int>& bound,
                          const GraphCtx& gctx);
  // GRAPH over an empty pattern: one row per named graph.
  Piece ListGraphs(const GraphCtx& g, const std::set<int>& bound);
  Result<Piece> PlanModifier(const AlgNode& node, const std::set<int>& bound);

  // The patterns of a BGP with constants resolved; nullopt (and `why`) if
  // one can match nothing.
  Result<std::optional<std::vector<PatternInfo>>> Resolve(
      const std::vector<ast::TriplePattern>& triples, const GraphCtx& gctx,
      std::string* why);
  // Appends the BGP's scans to `input` in `order`; splits off a
  // disconnected rest into a hash join when `input` is a fresh start.
  Result<Piece> BuildChain(Piece input, const std::vector<PatternInfo>& infos,
                           const BgpOrder& order, size_t from,
                           std::vector<Pending>* pending);

  // True if joining `info` into the chain `piece` by one scan of `info`
  // alone and a hash join is estimated cheaper than one index seek per
  // row of `piece`.
  bool UseHashStep(double rows, const std::set<int>& certain,
                   const PatternInfo& info) const;
  // The steps from `k` of `order` that one StarScanOp can read for a chain
  // `piece`: step k and the steps after it on the same subject variable,
  // bound in every row of `piece`, with constant predicates (and not better
  // joined by hashing, which `fresh` chains may do). Fewer than two: no
  // star.
  std::vector<size_t> StarSteps(const Piece& piece, bool fresh,
                                const std::vector<PatternInfo>& infos,
                                const BgpOrder& order, size_t k) const;
  Piece Start(const std::set<int>& bound);
  Piece Empty(const std::string& why, std::set<int> certain);
  Piece HashJoin(Piece probe, Piece build, bool left_outer,
                 std::vector<RowExprPtr> conditions);
  // Wraps `piece` in a Filter for every pending condition whose slots it
  // binds.
  Status Consume(std::vector<Pending>* pending, Piece* piece);
  Status AddPending(const std::vector<const ast::Expr*>& exprs,
                    std::vector<Pending>* pending);
  Result<RowExprPtr> Compile(const ast::Expr& expr);
  Result<std::vector<RowExprPtr>> CompileAll(
      const std::vector<const ast::Expr*>& exprs);
  bool Bindable(const AlgNode& node) const;
  std::string SlotNames(const std::set<int>& slots) const;
  std::string TermText(const ast::PatternTerm& t) const;

  ExecContext* ctx_;
  QueryPlan* plan_;
  PlanOptions options_;
  GraphCtx default_graph_;
  bool named_restricted_ = false;  // FROM or FROM NAMED given
  std::vector<TermId> named_set_;  // FROM NAMED graphs the store knows
  std::set<int> seed_bound_;
  std::vector<int> project_slots_;
  std::optional<uint64_t> top_k_;
  std::unordered_map<TermId, std::pair<double, double>> predicate_stats_;

  friend Result<std::unique_ptr<QueryPlan>> PlanQuery(
      const ast::Query&, const std::unordered_map<std::string, Term>&,
      const PlanOptions&, ExecContext*);
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_EXEC_PLANNER_INTERNAL_H_
